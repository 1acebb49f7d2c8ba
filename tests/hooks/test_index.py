"""The site index: every cross-reference problem names the file and line."""

TASK_PAGE = """
    ---
    title: Ingest
    task: mla-c01/1.1
    covers: [mla-c01/1.1]
    ---
    # Ingest

    ## Formats {#formats data-covers="mla-c01/1.1/k1"}

    Text.

    ```python
    --8<-- "snippets/demo/show.py:load"
    ```
"""


def setup_snippet(repo, section="load"):
    repo.write("snippets/demo/show.py", f"""
        # --8<-- [start:{section}]
        print(1)
        #> 1
        # --8<-- [end:{section}]
    """)


def test_clean_sources_have_no_problems(repo):
    repo.write("docs/ingest.md", TASK_PAGE)
    setup_snippet(repo)
    index = repo.index()
    assert index.problems() == []
    assert index.task_page("mla-c01/1.1") == "ingest.md"
    assert index.claims_for("mla-c01/1.1/k1") == [("ingest.md", "formats")]
    assert index.snippets_for(["ingest.md"]) == ["snippets/demo/show.py"]


def test_unknown_task_id_in_covers_names_file_and_line(repo):
    repo.write("docs/ingest.md", TASK_PAGE.replace("covers: [mla-c01/1.1]", "covers: [mla-c01/9.9]"))
    setup_snippet(repo)
    problems = repo.index().problems()
    assert problems == ["docs/ingest.md:4: unknown task statement id 'mla-c01/9.9' in covers"]


def test_unknown_bullet_id_names_the_heading_line(repo):
    repo.write("docs/ingest.md", TASK_PAGE.replace("mla-c01/1.1/k1", "mla-c01/1.1/k99"))
    setup_snippet(repo)
    assert repo.index().problems() == [
        "docs/ingest.md:8: unknown syllabus bullet id 'mla-c01/1.1/k99' in data-covers"]


def test_missing_snippet_section_names_the_include_line(repo):
    repo.write("docs/ingest.md", TASK_PAGE)
    setup_snippet(repo, section="other")
    assert repo.index().problems() == [
        "docs/ingest.md:13: snippet 'snippets/demo/show.py' has no section 'load'"]


def test_missing_snippet_file_is_reported(repo):
    repo.write("docs/ingest.md", TASK_PAGE)
    assert repo.index().problems() == [
        "docs/ingest.md:13: snippet file 'snippets/demo/show.py' does not exist"]


def test_question_teaching_link_to_a_missing_anchor_is_reported(repo):
    repo.write("docs/ingest.md", TASK_PAGE)
    setup_snippet(repo)
    repo.write("data/questions/mla-c01/1.1-ingest.yml", """
        questions:
          - id: mla-c01-1.1-demo
            task: mla-c01/1.1
            type: single
            stem: Which format?
            options:
              - {id: a, text: Parquet, why: Columnar.}
              - {id: b, text: CSV, why: Row-based.}
            answer: [a]
            explanation: Columnar formats scan less.
            teaches: ingest.md#no-such-section
    """)
    problems = repo.index().problems()
    assert problems == ["data/questions/mla-c01/1.1-ingest.yml:11: question mla-c01-1.1-demo: "
                        "teaches 'ingest.md#no-such-section': no such anchor on that page"]


def test_two_pages_for_one_task_is_an_error(repo):
    repo.write("docs/ingest.md", TASK_PAGE)
    repo.write("docs/again.md", TASK_PAGE)
    setup_snippet(repo)
    problems = repo.index().problems()
    assert any("task mla-c01/1.1 already has a page" in p for p in problems)


def test_includes_inside_fences_and_directives_outside_them_are_found(repo):
    repo.write("docs/page.md", """
        # Page

        <!-- @exam-facts mla-c01 -->

        ```markdown
        <!-- @not-a-directive -->
        ```
    """)
    page = repo.index().pages["page.md"]
    assert [(d.name, d.args, d.line) for d in page.directives] == [("exam-facts", ["mla-c01"], 3)]


SECTIONS_PAGE = """
    ---
    title: Keys
    ---
    # Keys

    Intro without terms.

    ## Encrypt {#encrypt}

    Use KMS keys here.

    ## Notes

    Nothing.

    ## Notes

    A Random Cut Forest scores anomalies.

    <!-- @availability "Amazon Forecast" -->
"""

NOTICE = """
    - service: Amazon Forecast
      status: closed-to-new-customers
      date: 2024-07-29
      note: Existing customers keep using it.
      sources:
      - url: https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html
        title: What is Amazon Forecast?
        checked: 2026-12-01
"""


def test_usage_is_recorded_per_section_with_toc_style_anchors(repo):
    repo.write("docs/keys.md", SECTIONS_PAGE)
    repo.write("data/availability.yml", NOTICE)
    index = repo.index()
    page = index.pages["keys.md"]
    assert [anchor for _, anchor, _ in page.sections] == ["encrypt", "notes", "notes_1"]
    assert page.section_at(6) == ("", "Keys")  # above the first subheading
    assert index.section_usage["aws-key-management-service"] == [("keys.md", "encrypt")]
    assert index.section_usage["random-cut-forest"] == [("keys.md", "notes_1")]
    assert index.usage["random-cut-forest"] == ["keys.md"]
    assert index.problems() == []
    assert [n.service for n in index.availability] == ["Amazon Forecast"]


def test_unknown_service_in_availability_and_services_directives_names_the_line(repo):
    repo.write("docs/keys.md", SECTIONS_PAGE.replace("Amazon Forecast", "Amazon Nothing")
               + "\n    <!-- @services mla-c01 -->\n    <!-- @services xyz -->\n")
    repo.write("data/availability.yml", NOTICE)
    problems = "\n".join(repo.index().problems())
    assert "docs/keys.md:20: directive @availability: \"no availability notice for 'Amazon Nothing'" in problems
    assert "docs/keys.md:22: directive @services mla-c01: in-scope service 'Amazon Athena' has no entry" in problems
    assert "docs/keys.md:23: directive @services needs an exam code" in problems


def test_a_bad_availability_file_stops_the_index_with_its_line(repo):
    import pytest
    from guide import GuideError

    repo.write("docs/keys.md", SECTIONS_PAGE)
    repo.write("data/availability.yml", NOTICE.replace("closed-to-new-customers", "gone"))
    with pytest.raises(GuideError) as error:
        repo.index()
    assert "data/availability.yml:2: 'Amazon Forecast': status 'gone'" in str(error.value)


def test_section_titles_include_quiz_task_sections(repo):
    repo.write("docs/keys.md", SECTIONS_PAGE)
    repo.write("docs/quiz.md", "# Quiz\n\n<!-- @quiz mla-c01 1 -->\n")
    index = repo.index()
    assert index.section_title("keys.md", "encrypt")[:2] == ("Keys", "Encrypt")
    assert index.section_title("quiz.md", "task-1-1")[1] == "1.1 Ingest and store data"
    assert index.section_title("quiz.md", "task-1-1")[2] < index.section_title("quiz.md", "task-1-2")[2]
    assert index.section_title("nope.md", "x") == ("nope.md", "", 0)
