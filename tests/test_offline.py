"""The offline build works from file:// and asks for nothing but local files."""

from __future__ import annotations

import sys
import zipfile

import pytest

from testkit import assert_diagram_rendered

from testkit import ROOT

pytestmark = pytest.mark.browser


def non_file(requests):
    return sorted({url for url in requests if not url.startswith(("file:", "data:", "blob:", "about:"))})


@pytest.mark.real_search_index
def test_navigation_search_quiz_and_diagram_work_from_file_urls(offline_site, page):
    home = offline_site / "index.html"
    page.goto(home.as_uri())
    assert "ML on AWS" in page.title()

    # follow a link in the navigation to a task page, then to its practice questions
    page.goto((offline_site / "exams" / "mla-c01" / "index.html").as_uri())
    page.locator("a[href$='1-1-ingest-and-store-data.html']").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("1-1-ingest-and-store-data.html")
    assert page.locator("#syllabus-checklist").count() == 1

    # search: the index is inlined and the worker runs through the vendored iframe-worker
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("Parquet", delay=20)  # fill() skips the keyboard events search listens to
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0

    # a quiz question scores with JavaScript
    page.goto((offline_site / "practice" / "mla-c01" / "domain-1.html").as_uri())
    question = page.locator(".quiz-question[data-type='single']").first
    answer = question.get_attribute("data-answer")
    question.locator(f"input[value={answer[2:-2]!r}]").check()
    question.locator(".quiz-check").click()
    assert question.locator(".quiz-result").inner_text() == "Correct."

    # a Mermaid diagram renders from the vendored library
    page.goto((offline_site / "exams" / "mla-c01" / "domain-1-data-preparation.html").as_uri())
    assert_diagram_rendered(page)

    assert non_file(page.requests) == [], f"requests that left file://: {non_file(page.requests)}"


def test_no_page_loads_anything_from_the_network(offline_site):
    """The static twin of the browser test above: no page or stylesheet names a remote asset."""
    from site_checks import external_assets

    problems = external_assets(offline_site, ROOT)
    assert not problems, "\n".join(problems)


def test_offline_zip_contains_the_site(offline_site, tmp_path):
    """`make offline` packs the build with tools/pack_offline.py; every file must survive."""
    sys.path.insert(0, str(ROOT / "tools"))
    from pack_offline import pack

    archive = tmp_path / "site.zip"
    count = pack(offline_site, archive)
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
    assert len(names) == count == sum(1 for p in offline_site.rglob("*") if p.is_file())
    assert {"index.html", "search/search_index.js", "assets/vendor/mermaid/mermaid.min.js"} <= names
