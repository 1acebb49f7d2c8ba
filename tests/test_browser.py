"""Smoke test of the served site (directory URLs, instant navigation) in Chromium."""

from __future__ import annotations


import pytest

from testkit import assert_diagram_rendered, serve_directory

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("site")]


@pytest.fixture(scope="module")
def server(built_site):
    with serve_directory(built_site) as base:
        yield base


def outside(requests, base):
    return sorted({u for u in requests if not u.startswith((base, "data:", "blob:", "about:"))})


def test_home_search_quiz_and_dark_mode(server, page):
    page.goto(server)
    assert page.locator("h1").first.is_visible()

    page.locator(".md-search__input").first.click()
    page.keyboard.type("Firehose", delay=20)  # fill() skips the keyboard events search listens to
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert "Firehose" in page.locator(".md-search-result").inner_text()

    page.goto(server + "practice/mla-c01/domain-1/")
    question = page.locator(".quiz-question[data-type='multiple']").first
    for value in eval(question.get_attribute("data-answer")):  # a JSON list of option ids
        question.locator(f"input[value='{value}']").check()
    question.locator(".quiz-check").click()
    assert question.locator(".quiz-result").inner_text() == "Correct."
    assert page.locator(".quiz-first").first.inner_text() == "1"

    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert before != after

    assert outside(page.requests, server) == []


def test_wrong_answers_score_as_wrong_and_answers_work_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(server + "practice/mla-c01/domain-1/")
    first = tab.locator(".quiz-question").first
    assert not first.locator(".quiz-check").is_visible()  # no scoring button without JavaScript
    first.locator("details summary").click()
    assert first.locator("details").get_attribute("open") is not None
    assert "Answer" in first.locator("details").inner_text()
    context.close()


def test_diagram_renders_after_instant_navigation(server, page):
    page.goto(server)
    page.goto(server + "exams/mla-c01/")
    page.locator("a[href$='domain-1-data-preparation/']").first.click()
    assert_diagram_rendered(page)
    assert outside(page.requests, server) == []


def test_ordering_and_matching_questions_score(server, page):
    import json

    page.goto(server + "practice/mla-c01/domain-1/")
    ordering = page.locator(".quiz-question[data-type='ordering']").first
    for position, item in enumerate(json.loads(ordering.get_attribute("data-answer")), 1):
        ordering.locator(f"select[data-item='{item}']").select_option(str(position))
    ordering.locator(".quiz-check").click()
    assert ordering.locator(".quiz-result").inner_text() == "Correct."

    matching = page.locator(".quiz-question[data-type='matching']").first
    rights = json.loads(matching.get_attribute("data-answer"))
    for row, right in enumerate(rights):
        matching.locator(f"select[data-row='{row}']").select_option(right)
    # swap the first two answers: a wrong match must score as wrong
    matching.locator("select[data-row='0']").select_option(rights[1])
    matching.locator("select[data-row='1']").select_option(rights[0])
    matching.locator(".quiz-check").click()
    assert matching.locator(".quiz-result").inner_text().startswith("Not quite")
    matching.locator("select[data-row='0']").select_option(rights[0])
    matching.locator("select[data-row='1']").select_option(rights[1])
    matching.locator(".quiz-check").click()
    assert matching.locator(".quiz-result").inner_text().startswith("Correct.")  # the first try still counts
