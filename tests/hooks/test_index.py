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


def test_broken_links_anchors_and_images_name_file_and_line(repo):
    repo.write("docs/other.md", "# Other\n\n## Real section\n")
    repo.write("docs/index.md", """
        # Home

        See [the page](other.md#real-section), [a wrong anchor](other.md#no-such-anchor)
        and [a missing page](missing.md).

        A link wrapped over two lines: [the other
        page](gone/away.md). ![A figure](assets/none.svg)

        `[code](not-checked.md)` and [external](https://example.com/x.md) are fine.
        [Absolute](/other.md) is not.
    """)
    problems = [p for p in repo.index().problems() if p.startswith("docs/index.md")]
    assert problems == [
        "docs/index.md:3: link 'other.md#no-such-anchor': docs/other.md has no anchor '#no-such-anchor'",
        "docs/index.md:4: link 'missing.md': docs/missing.md does not exist",
        "docs/index.md:6: link 'gone/away.md': docs/gone/away.md does not exist",
        "docs/index.md:7: image 'assets/none.svg': docs/assets/none.svg does not exist",
        "docs/index.md:10: link '/other.md': use a path relative to this page (absolute links break offline and under a version)",
    ]
