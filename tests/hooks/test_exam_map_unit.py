"""The MLS-C01 -> MLA-C01 map and the retirement notice: plain functions, bad input included."""

import textwrap

import pytest
from guide import GuideError
from guide.exammap import (counterparts_md, deeper_md, exam_of_page, insert_after_title, load_exam_map,
                           map_table_md, retirement_notice_md)
from guide.syllabus import load_syllabus

from testkit import ROOT

REAL_MAP = ROOT / "data" / "mls-to-mla.yml"


@pytest.fixture(scope="module")
def syllabus():
    return load_syllabus(ROOT / "data" / "exams")


@pytest.fixture(scope="module")
def exam_map(syllabus):
    return load_exam_map(REAL_MAP, syllabus)


def write(tmp_path, text):
    path = tmp_path / "map.yml"
    path.write_text(textwrap.dedent(text).lstrip("\n"))
    return path


def problems_of(tmp_path, syllabus, text):
    with pytest.raises(GuideError) as error:
        load_exam_map(write(tmp_path, text), syllabus)
    return error.value.problems


def test_the_real_map_reaches_every_task_of_both_exams(exam_map, syllabus):
    assert {link.old for link in exam_map.links} == {t for t in syllabus.tasks if t.startswith("mls-c01/")}
    assert {link.new for link in exam_map.links} == {t for t in syllabus.tasks if t.startswith("mla-c01/")}
    assert all(link.why for link in exam_map.links)


def test_unknown_tasks_keys_and_exams_are_reported_with_lines(tmp_path, syllabus):
    problems = problems_of(tmp_path, syllabus, """
        from: mls-c01
        to: mla-c01
        colour: blue
        map:
          - mls: "9.9"
            emphasis: x
            mla: [{task: "1.1", why: y}]
          - mls: "1.1"
            emphasis: x
            note: stray
            mla:
              - task: "7.7"
                why: y
    """)
    text = "\n".join(problems)
    assert "map.yml:3: unknown key 'colour'" in text
    assert "map.yml:5: unknown mls-c01 task statement '9.9'" in text
    assert "map.yml:10: unknown key 'note' in map entry" in text
    assert "map.yml:12: unknown mla-c01 task statement '7.7'" in text
    assert "mls-c01/4.4 (Deploy and operationalize ML solutions) is not mapped" in text


def test_missing_reason_duplicates_and_empty_links_are_reported(tmp_path, syllabus):
    problems = problems_of(tmp_path, syllabus, """
        from: mls-c01
        to: mla-c01
        map:
          - mls: "1.1"
            emphasis: ""
            mla:
              - task: "1.1"
                why: ""
              - task: "1.2"
                why: fine
              - task: "1.2"
                why: again
          - mls: "1.1"
            emphasis: x
            mla: [{task: "1.3", why: y}]
          - mls: "1.2"
            emphasis: x
            mla: []
    """)
    text = "\n".join(problems)
    assert "map.yml:5: mls-c01/1.1: say in a few words how the emphasis changed" in text
    assert "map.yml:8: link mls-c01/1.1 -> mla-c01/1.1 needs a short reason (why)" in text
    assert "map.yml:11: link mls-c01/1.1 -> mla-c01/1.2 is listed twice" in text
    assert "map.yml:13: mls-c01/1.1 is mapped twice (first on line 4)" in text
    assert "map.yml:18: mls-c01/1.2: mla must list at least one task statement" in text


def test_unknown_exam_and_wrong_shapes_fail_early(tmp_path, syllabus):
    assert problems_of(tmp_path, syllabus, "from: mls-c99\nto: mla-c01\nmap: []\n") == [
        f"{tmp_path}/map.yml:1: from: unknown exam 'mls-c99'",
        f"{tmp_path}/map.yml:3: map must be a non-empty list"]
    assert problems_of(tmp_path, syllabus, "- just a list\n") == [
        f"{tmp_path}/map.yml:1: expected a mapping with keys from, to, map"]


def test_table_links_only_pages_that_exist(exam_map, syllabus):
    pages = {"mls-c01/1.1": "mls-1-1.md", "mla-c01/1.3": "mla-1-3.md"}
    table = map_table_md(exam_map, syllabus, lambda task: pages.get(task.id))
    rows = table.splitlines()
    assert rows[0].startswith("| MLS-C01 task statement |")
    assert len(rows) == 2 + 15
    assert rows[2].startswith("| [1.1 Create data repositories for ML](mls-1-1.md) |")
    assert "[1.3 Ensure data integrity and prepare data for modeling](mla-1-3.md)" in rows[2]
    assert "| 1.2 Identify and implement a data ingestion solution |" in rows[3]


def test_counterparts_and_deeper_sections(exam_map, syllabus):
    section = counterparts_md(exam_map, syllabus, "mls-c01/1.2", lambda task: f"{task.number}.md")
    assert "## MLA-C01 counterparts {#mla-c01-counterparts}" in section
    assert "- [MLA-C01 3.3 Use automated orchestration tools" in section
    deeper = deeper_md(exam_map, syllabus, "mla-c01/1.1",
                       lambda task: "m.md" if task.id == "mls-c01/1.1" else None)
    assert "## MLS-C01 pages that go deeper {#mls-c01-deeper}" in deeper
    assert "- [MLS-C01 1.1 Create data repositories for ML](m.md): " in deeper
    assert "- MLS-C01 1.2 Identify and implement a data ingestion solution (page not written yet): " in deeper
    with pytest.raises(KeyError):
        counterparts_md(exam_map, syllabus, "mla-c01/1.1", lambda task: None)


def test_retirement_notice_comes_from_the_data(syllabus):
    mls, mla = syllabus.exams["mls-c01"], syllabus.exams["mla-c01"]
    notice = retirement_notice_md(mls, mla, "../mla-c01/index.md")
    assert notice.startswith('!!! warning "MLS-C01 is retired"')
    assert "on 31 March 2026" in notice and "[MLA-C01](../mla-c01/index.md)" in notice
    assert retirement_notice_md(mla) == ""


@pytest.mark.parametrize("date", [None, "", "31/03/2026", "soon"])
def test_retirement_notice_rejects_a_missing_or_bad_date(syllabus, date):
    from guide.syllabus import Exam

    real = syllabus.exams["mls-c01"]
    data = dict(real.data, status={"state": "retired", "date": date})
    with pytest.raises(ValueError):
        retirement_notice_md(Exam(code="mls-c01", data=data))


def test_notice_goes_after_the_title_and_never_into_code():
    page = "```\n# not a title\n```\n# Title\n\nText.\n"
    assert insert_after_title(page, "NOTE\n") == "```\n# not a title\n```\n# Title\n\nNOTE\n\n\nText.\n"
    assert insert_after_title("No title here.\n", "NOTE\n") == "NOTE\n\nNo title here.\n"
    assert insert_after_title("# T\n", "") == "# T\n"


def test_exam_of_page(syllabus):
    exams = syllabus.exams
    assert exam_of_page("exams/mls-c01/index.md", {}, exams) == "mls-c01"
    assert exam_of_page("practice/mls-c01/domain-1.md", {}, exams) == "mls-c01"
    assert exam_of_page("journey/x.md", {"task": "mls-c01/3.1"}, exams) == "mls-c01"
    assert exam_of_page("journey/x.md", {"exam": "nope"}, exams) is None
    assert exam_of_page("exams/index.md", {}, exams) is None
