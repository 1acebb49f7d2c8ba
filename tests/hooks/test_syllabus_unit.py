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
