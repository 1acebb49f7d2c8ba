"""Smoke test of the served site (directory URLs, instant navigation) in Chromium."""

from __future__ import annotations

import re

import pytest

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from site_checks import source_for
from testkit import ROOT, assert_diagram_rendered, serve_directory

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(built_site):
    with serve_directory(built_site) as base:
        yield base


def outside(requests, base):
    return sorted({u for u in requests if not u.startswith((base, "data:", "blob:", "about:"))})


@pytest.mark.real_search_index
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


def page_kind(built: str) -> str:
    """``exams/mla-c01/1-1-x/index.html`` -> ``exams/mla-c01 task``; the kinds share one template each."""
    parts = built.split("/")
    if parts[0] == "exams" and len(parts) > 2:
        return f"exams/{parts[1]} " + ("domain" if parts[2].startswith("domain-") else "task" if parts[2][:1].isdigit() else "index")
    return parts[0] if len(parts) > 1 else "home"


def diagram_hidden_in_a_container(html: str) -> bool:
    """True when a Mermaid block sits inside a fold, a content tab or an admonition."""
    depth_hiding, stack = 0, []
    for match in re.finditer(r'<(/?)(details|div)\b([^>]*)>|<pre class="mermaid"', html):
        if match.group(0).startswith("<pre"):
            if depth_hiding:
                return True
            continue
        closing, tag, attrs = match.groups()
        if closing:
            if stack:
                depth_hiding -= stack.pop()
            continue
        hiding = tag == "details" or re.search(r'class="(tabbed-set|admonition)', attrs) is not None
        stack.append(int(hiding))
        depth_hiding += hiding
    return False


def walk_sample(built_site) -> list:
    """The diagram pages a reader's walk must cover: one of each kind (the smallest), and every page that folds one away.

    Every block also draws in tests/test_diagrams.py; here the pages prove the
    loader works in each template and in each kind of container.
    """
    pages, kinds = [], set()
    for html in sorted(built_site.rglob("*.html"), key=lambda p: p.stat().st_size):  # the lightest of each kind
        text = html.read_text(encoding="utf-8")
        if 'class="mermaid"' not in text:
            continue
        built = html.relative_to(built_site).as_posix()
        kind = page_kind(built)
        if kind not in kinds or diagram_hidden_in_a_container(text):
            kinds.add(kind)
            pages.append(html)
    return pages


def test_every_kind_of_diagram_page_renders(server, page, built_site):
    """No page of the walk keeps a raw <pre class="mermaid"> or shows Mermaid's "Syntax error".

    Pages are visited with instant navigation (a click on a link, as a reader
    moves through the guide), so Mermaid loads once.
    """
    from guide.mermaid import blocks_in_markdown

    problems = []
    pages = walk_sample(built_site)
    assert len(pages) >= 5, f"expected diagram pages of five kinds or more, found {pages}"
    page.goto(server)
    for html in pages:
        built = html.relative_to(built_site).as_posix()
        source = source_for(built, ROOT)
        url = server + built.removesuffix("index.html")
        page.evaluate(CLICK_LINK, url)
        page.wait_for_function("u => location.href === u && document.querySelector('.mermaid')", arg=url)
        # the library loads when a diagram nears the viewport; visit each (they are replaced as they render)
        page.evaluate("""async () => { for (const e of Array.from(document.querySelectorAll('.mermaid'))) {
            if (e.isConnected) e.scrollIntoView(); await new Promise(r => setTimeout(r, 50)); } }""")
        try:
            page.wait_for_function("document.querySelectorAll('pre.mermaid').length === 0", timeout=20000)
        except PlaywrightTimeout:
            pass
        raw = page.evaluate("Array.from(document.querySelectorAll('.mermaid')).map(e => e.tagName === 'PRE')")
        lines = [b.line for b in blocks_in_markdown((ROOT / source).read_text(), source)] if source.endswith(".md") else []
        for i, still_raw in enumerate(raw):
            if still_raw:
                where = f"{source}:{lines[i]}" if i < len(lines) else f"{source} (diagram {i + 1})"
                problems.append(f"{where}: diagram {i + 1} of {built} was not rendered (still a raw <pre class=\"mermaid\">)")
        if "Syntax error" in page.locator("body").inner_text():
            problems.append(f"{source}: {built} shows Mermaid's \"Syntax error\"; tests/test_diagrams.py names the line")
    assert not problems, "\n".join(problems)
    assert outside(page.requests, server) == []


#: Follow a link the way a reader does, so Material's instant navigation handles it.
CLICK_LINK = "u => { const a = document.createElement('a'); a.href = u; document.body.appendChild(a); a.click(); }"


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
