"""The cheat sheets print cleanly: no site chrome, whole tables, link addresses, one sheet per page."""

from __future__ import annotations

import pytest

from testkit import serve_directory

pytestmark = pytest.mark.browser

SHEETS = ["algorithms", "streaming-ingestion", "data-prep", "storage-formats", "training", "inference",
          "metrics", "security", "ai-services", "exam-keywords"]


@pytest.fixture(scope="module")
def server(built_site):
    with serve_directory(built_site) as base:
        yield base


def test_print_all_page_holds_every_sheet_hides_chrome_and_keeps_tables_inside_the_page(server, page):
    """One load of the print-all page (ten sheets, nine diagrams), checked at A4 and Letter width."""
    page.set_viewport_size({"width": 794, "height": 1100})
    page.emulate_media(media="print")
    page.goto(server + "cheatsheets/print-all/")
    sheets = page.eval_on_selector_all(".cheatsheet-break", "els => els.map(e => e.dataset.sheet)")
    assert sheets == SHEETS
    breaks = page.eval_on_selector_all(".cheatsheet-break", "els => els.map(e => getComputedStyle(e).breakBefore)")
    assert set(breaks) == {"page"}
    assert page.locator("article h2", has_text="Cheat sheet: inference").count() == 1
    # Without scrolling, every diagram of the ten sheets is drawn (the first one is near the top).
    page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=30000)
    assert page.locator("div.mermaid").count() >= 9
    for width in (794, 816):  # A4 and Letter at 96 px per inch
        page.set_viewport_size({"width": width, "height": 1100})
        for selector in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-tabs"):
            for element in page.locator(selector).all():
                assert not element.is_visible(), f"{selector} is printed"
        overflow = page.evaluate("""() => [...document.querySelectorAll('article table')]
            .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map(t => t.closest('.md-typeset__table') ? t.rows[0].innerText.slice(0, 60) : '?')""")
        assert overflow == [], f"{width} px: tables wider than the page: {overflow}"
        scrollers = page.evaluate("""() => [...document.querySelectorAll('.md-typeset__scrollwrap')]
            .filter(e => getComputedStyle(e).overflowX !== 'visible').length""")
        assert scrollers == 0


def test_print_shows_link_addresses_but_not_for_glossary_terms(server, page):
    page.emulate_media(media="print")
    page.goto(server + "cheatsheets/inference/")
    after = page.evaluate("""sel => getComputedStyle(document.querySelector(sel), '::after').content""",
                          "article a[href*='3-1-select-deployment-infrastructure']")
    assert "3-1-select-deployment-infrastructure" in after
    glossary = page.locator("article a.glossary-link")
    if glossary.count():
        assert page.evaluate("e => getComputedStyle(e, '::after').content", glossary.first.element_handle()) \
            in ("none", "normal")
