"""The glossary in Chromium: filter box, A-Z bar, and abbreviation meanings on focus and tap."""

from __future__ import annotations

import pytest

from testkit import ROOT, serve_directory

pytestmark = pytest.mark.browser

TASK_PAGE = "exams/mla-c01/4-3-secure-aws-resources/"


@pytest.fixture(scope="module")
def server(built_site):
    with serve_directory(built_site) as base:
        yield base


def test_filter_box_narrows_the_entries_and_hides_empty_letters(server, page):
    page.goto(server + "glossary/")
    box = page.locator("#glossary-filter-input")
    assert box.is_visible()
    total = page.locator(".glossary-entry").count()
    box.type("kms", delay=10)
    assert page.locator("#aws-key-management-service").is_visible()
    assert not page.locator("#a-b-testing").is_visible()
    assert not page.locator("#letter-b").is_visible()  # no B term contains "kms"
    shown = page.locator(".glossary-entry:not([hidden])").count()
    assert 0 < shown < total
    assert page.locator(".glossary-count").inner_text() == f"{shown} of {total} terms"
    box.fill("")
    box.dispatch_event("input")
    assert page.locator(".glossary-entry:not([hidden])").count() == total
    assert page.locator(".glossary-count").inner_text() == ""


def test_az_bar_jumps_to_a_letter(server, page):
    page.goto(server + "glossary/")
    page.locator(".glossary-az a", has_text="K").first.click()
    assert page.url.endswith("#letter-k")
    assert page.locator("#letter-k").is_visible()


def test_filter_logic_as_a_plain_function(page):
    page.set_content("<!doctype html><title>probe</title>")  # the function needs no page around it
    page.add_script_tag(path=str(ROOT / "docs" / "assets" / "javascripts" / "glossary.js"))
    assert page.evaluate("GlossaryFilter.matches('aws key management service|kms', ' KMS ')") is True
    assert page.evaluate("GlossaryFilter.matches('feature|features', 'kms')") is False
    assert page.evaluate("GlossaryFilter.matches('anything', '')") is True
    assert page.evaluate("GlossaryFilter.matches(null, 'x')") is False


def test_abbreviation_meaning_shows_on_keyboard_focus_and_hides_on_escape(server, page):
    page.goto(server + TASK_PAGE)
    abbr = page.locator("article abbr[data-tip]").first
    assert abbr.get_attribute("tabindex") == "0"
    meaning = abbr.get_attribute("data-tip")
    # reach it with the keyboard: focus the element just before it, then Tab
    abbr.evaluate("el => { const b = document.createElement('button'); b.id = 'before'; "
                  "el.parentNode.insertBefore(b, el); }")
    page.locator("#before").focus()
    page.keyboard.press("Tab")
    tip = page.locator("#glossary-tip")
    assert tip.is_visible() and tip.inner_text() == meaning
    assert abbr.get_attribute("aria-describedby") == "glossary-tip"
    page.keyboard.press("Escape")
    assert not tip.is_visible()


def test_abbreviation_meaning_shows_on_tap(server, browser):
    context = browser.new_context(has_touch=True, is_mobile=True, viewport={"width": 390, "height": 800})
    tab = context.new_page()
    tab.goto(server + TASK_PAGE)
    abbr = tab.locator("article abbr[data-tip]").first
    abbr.scroll_into_view_if_needed()
    abbr.tap()
    tip = tab.locator("#glossary-tip")
    assert tip.is_visible() and tip.inner_text() == abbr.get_attribute("data-tip")
    context.close()


def test_first_use_in_a_section_links_to_the_glossary_entry(server, page):
    page.goto(server + TASK_PAGE)
    link = page.locator("article a.glossary-link").first
    href = link.get_attribute("href")
    assert "glossary/#" in href
    link.click()  # instant navigation: the filter box must be set up again on the new page
    page.wait_for_selector("#" + href.split("#")[1], state="visible")
    page.wait_for_selector("#glossary-filter-input", state="visible")


def test_without_javascript_the_filter_box_stays_hidden(server, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(server + "glossary/")
    assert not tab.locator("#glossary-filter-input").is_visible()
    assert tab.locator(".glossary-az a").count() > 20
    context.close()
