from guide.crosslinks import exam_lens_md, objectives_md, syllabus_map_md, task_study_md

from test_index import TASK_PAGE, setup_snippet


def test_task_page_gets_checklist_and_study_links(repo):
    repo.write("docs/exams/ingest.md", TASK_PAGE)
    repo.write("docs/journey/m1.md", "---\ncovers: [mla-c01/1.1]\n---\n# Module 1\n")
    setup_snippet(repo)
    index = repo.index()
    block = task_study_md(index, "mla-c01/1.1", "exams/ingest.md")
    assert "| K `k1` | Data formats" in block
    assert "[Formats](ingest.md#formats)" in block
    assert "*not yet taught*" in block  # other bullets are unclaimed
    assert "**Also taught on:** [Module 1](../journey/m1.md)" in block
    assert "`snippets/demo/show.py`" in block


def test_module_lists_objectives_and_map_counts_bullets(repo):
    repo.write("docs/exams/ingest.md", TASK_PAGE)
    repo.write("docs/journey/m1.md", "---\ncovers: [mla-c01/1.1]\n---\n# Module 1\n")
    setup_snippet(repo)
    index = repo.index()
    objectives = objectives_md(index, "journey/m1.md")
    assert "| MLA-C01 | [1.1 Ingest and store data](../exams/ingest.md) | — |" in objectives
    table = syllabus_map_md(index, "map.md")
    assert "| 1.1 Ingest and store data | [1.1 page](exams/ingest.md) | 1/10 |" in table
    assert "MLS-C01" in table and "(retired)" in table


def test_exam_lens_box_from_covers(repo):
    repo.write("docs/exams/ingest.md", TASK_PAGE)
    repo.write("docs/journey/m2.md", "---\ncovers: [mla-c01/1.1, mls-c01/1.1]\n---\n# Module 2\n\n"
               '## Formats {#fmt data-covers="mla-c01/1.1/k1"}\n')
    setup_snippet(repo)
    box = exam_lens_md(repo.index(), "journey/m2.md")
    assert box.startswith('!!! abstract "Exam lens"')
    assert "    - **MLA-C01** [1.1 Ingest and store data](../exams/ingest.md): 1 of 10 bullets taught here" in box
    assert "**MLS-C01 (retired)** 1.1" in box


def test_exam_lens_needs_covers(repo):
    import pytest

    repo.write("docs/journey/m3.md", "---\ntitle: x\n---\n# Module 3\n")
    with pytest.raises(ValueError, match="lists no known task statement"):
        exam_lens_md(repo.index(), "journey/m3.md")
