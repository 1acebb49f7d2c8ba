import pytest
from guide import GuideError
from guide.syllabus import exam_domains_md, exam_facts_md, load_syllabus, study_plan_md

from testkit import ROOT


@pytest.fixture(scope="module")
def syllabus():
    return load_syllabus(ROOT / "data" / "exams")


def test_ids_are_stable_and_hierarchical(syllabus):
    assert "mla-c01/1.1" in syllabus.tasks
    assert syllabus.bullets["mla-c01/1.1/k1"].kind == "knowledge"
    assert syllabus.bullets["mla-c01/1.1/s2"].task.id == "mla-c01/1.1"
    assert len([t for t in syllabus.tasks if t.startswith("mla-c01/")]) == 12


def test_facts_table_renders_the_data_not_typed_numbers(syllabus):
    exam = syllabus.exams["mla-c01"]
    table = exam_facts_md(exam)
    assert f"{exam.data['passing_score']} on a scaled score" in table
    assert f"{exam.data['duration_min']} minutes" in table
    assert "Sources for these MLA-C01 facts" in table
    retired = exam_facts_md(syllabus.exams["mls-c01"])
    assert "**Retired** on 2026-03-31" in retired


def test_domain_table_links_only_existing_pages(syllabus):
    exam = syllabus.exams["mla-c01"]
    table = exam_domains_md(exam, lambda d: "d1.md" if d.number == 1 else None)
    assert "[1. Data Preparation for Machine Learning (ML)](d1.md)" in table
    assert "| 2. ML Model Development | 26% |" in table


@pytest.mark.parametrize("hours", [10, 37, 60, 101])
def test_study_plan_hours_add_up(syllabus, hours):
    table = study_plan_md(syllabus.exams["mla-c01"], hours, lambda t: None)
    rows = [line.split("|") for line in table.splitlines()[2:]]
    assert sum(int(row[3]) for row in rows) == hours


def test_weights_that_do_not_add_up_are_reported_with_line(tmp_path):
    source = (ROOT / "data" / "exams" / "mla-c01.yml").read_text()
    (tmp_path / "mla-c01.yml").write_text(source.replace("weight: 28", "weight: 29", 1))
    with pytest.raises(GuideError) as error:
        load_syllabus(tmp_path)
    assert "mla-c01.yml:" in str(error.value) and "add up to 101" in str(error.value)


def test_exam_at_a_glance_renders_the_data_and_links_to_the_sources(syllabus):
    from guide.syllabus import exam_at_a_glance_md

    exam = syllabus.exams["mla-c01"]
    d = exam.data
    text = exam_at_a_glance_md(exam, "exams/mla-c01/index.md#exam-at-a-glance")
    assert f"**{d['questions']['total']} questions** ({d['questions']['scored']} scored)" in text
    assert f"**{d['duration_min']} minutes**" in text
    assert f"pass at **{d['passing_score']}**" in text
    assert "(exams/mla-c01/index.md#exam-at-a-glance)" in text
    assert "**MLA-C01** (active)" in text
    assert f"\n- **{d['duration_min']} minutes**\n" in text  # one fact per list item
    assert "](" not in exam_at_a_glance_md(exam, None)
    assert "retired on 2026-03-31" in exam_at_a_glance_md(syllabus.exams["mls-c01"])


@pytest.mark.parametrize("field, value, message", [
    ("questions", {"total": "sixty-five", "scored": 50}, "questions.total must be a positive whole number"),
    ("questions", {"total": 65}, "questions.scored"),
    ("duration_min", 0, "duration_min must be a positive whole number"),
])
def test_exam_at_a_glance_rejects_bad_facts(syllabus, field, value, message):
    import copy

    from guide.syllabus import exam_at_a_glance_md

    exam = copy.deepcopy(syllabus.exams["mla-c01"])
    exam.data[field] = value
    with pytest.raises(ValueError, match=message):
        exam_at_a_glance_md(exam)


def test_exam_at_a_glance_directive_errors_name_file_and_line(syllabus):
    from guide.directives import expand
    from guide.syllabus import exam_at_a_glance_md

    handlers = {"exam-at-a-glance": lambda a: exam_at_a_glance_md(syllabus.exams[a[0]])}
    out = expand("x\n<!-- @exam-at-a-glance mla-c01 -->\n", handlers, "docs/index.md", 5)
    assert "**MLA-C01** (active)" in out
    for bad in ("<!-- @exam-at-a-glance nope-c01 -->", "<!-- @exam-at-a-glance -->"):
        with pytest.raises(GuideError) as error:
            expand("x\n" + bad, handlers, "docs/index.md", 5)
        assert "docs/index.md:6: directive @exam-at-a-glance" in str(error.value)
