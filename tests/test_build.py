"""The strict build: passes on the real sources, fails with page and line on bad ones."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from site_checks import external_assets
from testkit import MKDOCS, ROOT, build_result, first_error, mini_site



def html_pages(site: Path):
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("profile", ["site", "offline"])
def test_strict_build(profile):
    """The strict build of each profile succeeds and prints no warning; a failure shows its first error."""
    site, log = build_result(profile)
    assert site is not None, (f"mkdocs build --strict ({profile}) failed. First error:\n{first_error(log)}\n"
                              f"(full log: .cache/test-builds/{profile}-*/build.log)")
    assert "WARNING" not in log and "ERROR" not in log, first_error(log)


def test_no_directive_survives_and_no_asset_comes_from_the_network(built_site):
    problems = [f"{page.relative_to(built_site)}: unexpanded directive"
                for page in html_pages(built_site) if "<!-- @" in page.read_text(encoding="utf-8")]
    problems += external_assets(built_site, ROOT)
    assert not problems, "\n".join(problems)


def test_generated_sections_are_on_their_pages(built_site, index):
    task = (built_site / "exams" / "mla-c01" / "1-1-ingest-and-store-data" / "index.html").read_text()
    assert 'id="syllabus-checklist"' in task and 'id="study-and-practise"' in task
    glossary = (built_site / "glossary" / "index.html").read_text()
    missing = [t.slug for t in index.glossary if f'id="{t.slug}"' not in glossary]
    assert not missing, f"glossary anchors missing: {missing}"
    quiz = (built_site / "practice" / "mla-c01" / "domain-1" / "index.html").read_text()
    assert quiz.count('class="quiz-question"') == sum(1 for q in index.questions if q.task.startswith("mla-c01/1."))
    home = (built_site / "index.html").read_text()
    assert "mermaid.min.js" not in home, "the 3.5 MB Mermaid bundle must load only on demand"


def test_glossary_contents_list_the_letters_not_every_term(built_site):
    glossary = (built_site / "glossary" / "index.html").read_text()
    assert 'class="md-nav__link"' in glossary and 'href="#letter-a" class="md-nav__link"' in glossary
    assert 'href="#a-b-testing" class="md-nav__link"' not in glossary, \
        "the glossary's table of contents lists every term again (guide.glossary.letters_only)"


def test_only_the_stylesheets_a_page_needs_block_its_first_paint(built_site):
    task = (built_site / "exams" / "mla-c01" / "2-2-train-and-refine-models" / "index.html").read_text()
    assert 'print.css" media="print">' in task, "print.css blocks the first paint again"
    assert "_mkdocstrings.css" not in task, "a page without an API reference links mkdocstrings' stylesheet"
    reference = (built_site / "reference" / "studyguide" / "index.html").read_text()
    assert "_mkdocstrings.css" in reference, "the API reference lost its stylesheet"


def test_search_index_stays_small(built_site):
    path = built_site / "search" / "search_index.json"
    size = path.stat().st_size
    assert size < 5_000_000, f"search index is {size} bytes; exclude notebook outputs from search"
    # the glossary's "Used on" lists were a tenth of the index, and matched every page title
    listed = [doc["location"] for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]
              if "Used on:" in doc["text"]]
    assert not listed, f"glossary 'Used on' lists are in the search index again: {listed[:5]}"


# ---------------------------------------------------------------- bad input

def build(site: Path) -> subprocess.CompletedProcess:
    return subprocess.run([MKDOCS, "build", "--strict", "-d", str(site / "out")], cwd=site,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def test_broken_link_and_anchor_fail_the_build_with_file_and_line(tmp_path):
    site = mini_site(tmp_path, {
        "index.md": "# Home\n\nSee [the page](other.md#no-such-anchor) and [gone](missing.md).\n",
        "other.md": "# Other\n\n## Real section\n",
    })
    result = build(site)
    assert result.returncode != 0
    # the site index reports them with the line before MkDocs' own validation (which names only the page)
    assert "docs/index.md:3: link 'missing.md': docs/missing.md does not exist" in result.stderr
    assert "docs/index.md:3: link 'other.md#no-such-anchor': docs/other.md has no anchor '#no-such-anchor'" in result.stderr


def test_unknown_task_id_and_missing_snippet_fail_with_file_and_line(tmp_path):
    site = mini_site(tmp_path, {
        "index.md": """
            ---
            covers: [mla-c01/8.8]
            ---
            # Home

            ```python
            --8<-- "snippets/studyguide/__init__.py:no-such-section"
            ```
        """,
    })
    result = build(site)
    assert result.returncode != 0
    assert "docs/index.md:2: unknown task statement id 'mla-c01/8.8' in covers" in result.stderr
    assert "docs/index.md:7: snippet 'snippets/studyguide/__init__.py' has no section 'no-such-section'" in result.stderr


def test_unknown_directive_fails_the_build(tmp_path):
    site = mini_site(tmp_path, {"index.md": "# Home\n\n<!-- @exam-factz mla-c01 -->\n"})
    result = build(site)
    assert result.returncode != 0
    assert "docs/index.md:3: unknown directive '<!-- @exam-factz mla-c01 -->'" in result.stderr


def test_exam_map_and_retirement_notice_are_rendered(built_site, index):
    """Every page of the retired exam shows the notice from its data file; task pages show the map."""
    from guide.exammap import exam_of_page

    exams = index.syllabus.exams
    problems = []
    for src, page in sorted(index.pages.items()):
        code = exam_of_page(src, page.meta, exams)
        if not code or not exams[code].retired:
            continue
        html_path = built_site / (src[:-len("index.md")] + "index.html" if src.endswith("index.md")
                                  else src[:-3] + "/index.html")
        html = html_path.read_text(encoding="utf-8")
        if "admonition warning" not in html or "is retired" not in html:
            problems.append(f"docs/{src}:1: no retirement notice in {html_path.relative_to(built_site)}")
        if page.task and 'id="mla-c01-counterparts"' not in html:
            problems.append(f"docs/{src}:1: no 'MLA-C01 counterparts' section")
    mla = (built_site / "exams" / "mla-c01" / "1-1-ingest-and-store-data" / "index.html").read_text()
    if 'id="mls-c01-deeper"' not in mla:
        problems.append("docs/exams/mla-c01/1-1-ingest-and-store-data.md:1: no 'MLS-C01 pages that go deeper' section")
    assert not problems, "\n".join(problems)
