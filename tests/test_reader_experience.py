"""What a reader meets on a phone, in the dark, and in search (issue 11), in Chromium.

Each check runs on the served build; search and the phone quiz also run on
the offline build from ``file://``. Accessibility uses axe-core through
``a11y.axe_violations`` (vendored for tests only).
"""

from __future__ import annotations

import re

import pytest

from a11y import COLOUR_RULES, axe_violations, describe
from testkit import serve_directory

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# One page of each kind (the served URL; the offline file is derived from it).
PAGES_BY_KIND = {
    "home": "",
    "journey module": "journey/01-frame-the-business-problem/",
    "task page": "exams/mla-c01/2-2-train-and-refine-models/",
    "domain page": "exams/mla-c01/domain-1-data-preparation/",
    "practice": "practice/mla-c01/domain-1/",
    "glossary": "glossary/",
    "syllabus map": "syllabus-map/",
    "lab": "labs/churn-baseline-to-xgboost/",
}


@pytest.fixture(scope="module")
def server(built_site):
    with serve_directory(built_site) as base:
        yield base


def offline_url(site, path: str) -> str:
    """file:// URL of a served path in the offline build (no directory URLs)."""
    return (site / (path.rstrip("/") + ".html" if path else "index.html")).as_uri()


def tab(browser, scheme="light", viewport=None, real_search_index=False):
    context = browser.new_context(color_scheme=scheme, viewport=viewport or {"width": 1366, "height": 900},
                                  real_search_index=real_search_index)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


# ------------------------------------------------------------------ search

SEARCHES = [
    # query, a fragment of the result URL that must be listed
    ("SMOTE", "glossary"),            # only inside brackets: "... Technique (SMOTE)"
    ("TNR", "2-3-analyze-model-performance"),  # "Specificity (TNR)" in a table cell
    ("ml.m5.xlarge", "exams/mla-c01/"),
    ("x-amz-server-side-encryption", "1-3-ensure-data-integrity"),
]


def search(page, query: str) -> list[str]:
    """Type ``query`` into the search box (replacing any earlier query); return the result links."""
    box = page.locator(".md-search__input").first
    if not box.is_visible():
        page.locator("label.md-search__icon, .md-search__input").first.click()
    box.focus()
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.wait_for_selector(".md-search-result__item", state="detached", timeout=20_000)  # no stale results
    # one search, for the whole query: insert all but the last character, then type that one,
    # since search listens to keyboard events (which fill() and insert_text() do not send)
    page.keyboard.insert_text(query[:-1])
    page.keyboard.type(query[-1])
    # results carry the highlighted words in ?h=: wait for those of this query, not of a prefix
    last_word = re.split(r"[^A-Za-z0-9]+", query)[-1].lower()
    page.wait_for_function("""word => Array.from(document.querySelectorAll('.md-search-result__item a'))
        .some(a => (new URL(a.href).searchParams.get('h') || '').toLowerCase().includes(word))""",
                           arg=last_word, timeout=20_000)
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")


def missed_searches(page) -> list[str]:
    """One message per query of SEARCHES whose expected page is not among the results.

    The queries share one page, so the search index is built once per build.
    """
    missed = []
    for query, expected in SEARCHES:
        links = search(page, query)
        if not any(expected in link for link in links):
            missed.append(f"{query!r}: no result under {expected!r} in {links[:8]}")
    return missed


def test_search_finds_acronyms_in_brackets_and_dotted_names_served(server, browser):
    context, page = tab(browser, real_search_index=True)
    page.goto(server)
    missed = missed_searches(page)
    context.close()
    assert not missed, "\n".join(missed)


def test_search_finds_acronyms_in_brackets_offline(offline_site, browser):
    context, page = tab(browser, real_search_index=True)
    page.goto(offline_url(offline_site, ""))
    missed = missed_searches(page)
    context.close()
    assert not missed, "\n".join(missed)


def test_search_separator_keeps_dotted_names_and_splits_brackets():
    """The separator in both configs, applied as lunr applies it (JS and Python agree on this class)."""
    from testkit import ROOT

    for config in ("mkdocs.yml", "mkdocs.offline.yml"):
        found = re.findall(r"^\s+separator: '(.+)'$", (ROOT / config).read_text(), re.M)
        assert len(found) == 1, f"{config}: expected one search separator, found {found}"
        separator = found[0].replace("''", "'")
        split = re.compile(separator)
        tokens = [t for t in split.split('Technique (SMOTE), [PCA]; "KMS"/ACM: ml.m5.xlarge x-amz-meta-*') if t]
        assert {"SMOTE", "PCA", "KMS", "ACM", "ml.m5.xlarge", "amz", "meta"} <= set(tokens), (config, tokens)


# ------------------------------------------------------------------ phone layout

CONTROLS = ".quiz input, .quiz select, .quiz button, .quiz summary, .quiz-options label, .quiz-ordering label"


def small_targets(page, minimum: float) -> list[str]:
    """Visible quiz controls smaller than ``minimum`` CSS pixels in either direction."""
    return page.eval_on_selector_all(CONTROLS, """(els, minimum) => els
        .filter(e => e.offsetParent !== null)
        .map(e => [e, e.getBoundingClientRect()])
        .filter(([e, r]) => r.width < minimum || r.height < minimum)
        .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.width)}x${Math.round(r.height)}`)""",
                                 minimum)


def check_phone_quiz(page):
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
    assert small_targets(page, 24) == []
    # selects, buttons and answer rows get 44 px (the answer rows are as wide as the column)
    big = ".quiz select, .quiz .md-button, .quiz-options label"
    heights = page.eval_on_selector_all(big, "els => els.filter(e => e.offsetParent).map(e => e.getBoundingClientRect().height)")
    assert heights and min(heights) >= 43.5, min(heights)
    # matching: the prompt sits above its choice, and both use the column's width
    matching = page.locator(".quiz-question[data-type='matching']").first
    prompt = matching.locator("td").first.bounding_box()
    choice = matching.locator("select").first.bounding_box()
    assert prompt["width"] > 280 and choice["width"] > 280, (prompt, choice)
    assert choice["y"] >= prompt["y"] + prompt["height"] - 1
    # ordering and matching are operable by touch: pick answers, score them
    import json

    ordering = page.locator(".quiz-question[data-type='ordering']").first
    for position, item in enumerate(json.loads(ordering.get_attribute("data-answer")), 1):
        ordering.locator(f"select[data-item='{item}']").select_option(str(position))
    ordering.locator(".quiz-check").tap()
    assert ordering.locator(".quiz-result").inner_text() == "Correct."
    for row, right in enumerate(json.loads(matching.get_attribute("data-answer"))):
        matching.locator(f"select[data-row='{row}']").select_option(right)
    matching.locator(".quiz-check").tap()
    assert matching.locator(".quiz-result").inner_text() == "Correct."


def test_practice_page_works_on_a_phone_served(server, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(server + "practice/mla-c01/domain-1/")
    check_phone_quiz(page)
    context.close()


def test_practice_page_works_on_a_phone_offline(offline_site, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(offline_url(offline_site, "practice/mla-c01/domain-1/"))
    check_phone_quiz(page)
    context.close()


@pytest.mark.parametrize("path", [
    "exams/mla-c01/1-1-ingest-and-store-data/", "exams/mla-c01/2-3-analyze-model-performance/",
    "exams/mla-c01/", "syllabus-map/", "glossary/",
])
def test_wide_tables_scroll_in_their_own_box_on_a_phone(server, browser, path):
    context, page = tab(browser, viewport=PHONE)
    page.goto(server + path)
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
    wide = page.eval_on_selector_all(".md-content table", """tables => tables
        .filter(t => t.scrollWidth > t.closest('.md-content').clientWidth)
        .filter(t => !t.closest('.md-typeset__scrollwrap'))
        .map(t => t.outerHTML.slice(0, 80))""")
    context.close()
    assert wide == [], f"wide tables outside a scroll box: {wide}"


def check_diagram_zoom(page):
    page.evaluate("document.querySelector('.mermaid').scrollIntoView()")
    page.wait_for_selector("div.mermaid", timeout=20_000)
    diagram = page.locator("div.mermaid-zoomable").first
    diagram.wait_for(timeout=20_000)
    assert diagram.get_attribute("role") == "button"
    diagram.tap()
    dialog = page.locator("dialog.mermaid-zoom[open]")
    dialog.wait_for()
    svg = dialog.locator("svg").first.bounding_box()
    assert svg["width"] > PHONE["width"] * 0.9  # drawn at its own size, scrollable
    assert svg["height"] > svg["width"] * 0.5  # redrawn top to bottom (left to right it is about 0.4)
    dialog.locator(".mermaid-zoom__close").tap()
    # the dialog leaves the page on its "close" event, which the browser fires in a later task
    page.locator("dialog.mermaid-zoom").wait_for(state="detached", timeout=5_000)


def test_wide_diagram_turns_vertical_and_opens_full_size_on_a_phone(server, browser):
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(server + "exams/mla-c01/1-1-ingest-and-store-data/")
    check_diagram_zoom(page)
    context.close()


def test_diagram_zoom_and_axe_work_offline(offline_site, browser):
    """The same checks from file://: diagram full size on tap, axe on the task page in the dark."""
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(offline_url(offline_site, "exams/mla-c01/1-1-ingest-and-store-data/"))
    check_diagram_zoom(page)
    context.close()
    # the stylesheets must load from file:// too; the dark scheme has the most colours to get right,
    # and the task page the most kinds of content (code, tables, admonitions, quizzes, diagrams)
    path = PAGES_BY_KIND["task page"]
    context, page = tab(browser, "dark")
    page.goto(offline_url(offline_site, path))
    prepare(page)
    problems = axe_violations(page)
    context.close()
    assert not problems, f"offline {path} (dark):\n{describe(problems)}"


# ------------------------------------------------------------------ accessibility in both schemes


def prepare(page):
    """Show what a reader can reveal, so axe measures every colour: open folds, score some
    questions, render diagrams."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    checks = page.locator(".quiz-check")
    for i in range(min(3, checks.count())):
        checks.nth(i).click()
    if page.locator(".quiz-question").count():
        page.locator(".quiz-check").first.hover()  # hover colours must pass too
    if page.locator(".mermaid").count():
        # the <pre> may be swapped for the drawn <div> at any moment: scroll by script, not by handle
        page.evaluate("document.querySelector('.mermaid').scrollIntoView()")
        page.wait_for_selector("div.mermaid", timeout=20_000)


@pytest.mark.parametrize("kind", list(PAGES_BY_KIND))
def test_no_serious_or_critical_axe_violations(server, browser, kind):
    """Light, then dark after a click on the palette toggle, as a reader switches: one load, two checks."""
    context, page = tab(browser, "light")
    page.goto(server + PAGES_BY_KIND[kind])
    prepare(page)
    if kind == "glossary":
        trim_glossary(page)
    problems = []
    for scheme, expected in (("light", "default"), ("dark", "slate")):
        if scheme == "dark":
            page.locator("label.md-header__button[for^='__palette']:visible").first.click()
        page.wait_for_function("s => document.body.getAttribute('data-md-color-scheme') === s", arg=expected)
        # the scheme changes colours only: in the dark, the rules about colour are the ones to run again
        found = axe_violations(page, rules=COLOUR_RULES if scheme == "dark" else None)
        if found:
            problems.append(f"{kind} ({scheme}):\n{describe(found)}")
    context.close()
    assert not problems, "\n".join(problems)


def trim_glossary(page, per_letter: int = 3):
    """Keep the first entries of each letter (all kinds of line occur among them) and every availability line.

    axe's time grows with the whole page (the glossary has several times the
    elements of a task page); every entry comes from one template, so a sample
    of each letter and of each kind of line checks the same colours and structure.
    """
    page.evaluate("""n => {
        document.querySelectorAll('.glossary-letter').forEach(letter => {
            letter.querySelectorAll('.glossary-entry').forEach((entry, i) => {
                if (i >= n && !entry.querySelector('.glossary-availability')) entry.remove();
            });
        });
    }""", per_letter)


# ------------------------------------------------------------------ long pages: fast, and anchors still land


#: The target's distance from the viewport top once it has not moved for 0.4 s (late
#: layout, such as a diagram drawn above it, would move it), or after 5 s.
SETTLED_TOP = """id => new Promise(resolve => {
    const tops = [], started = performance.now();
    const timer = setInterval(() => {
        tops.push(document.getElementById(id).getBoundingClientRect().top);
        const last = tops.slice(-5);
        if ((last.length === 5 && last.every(t => t === last[0])) || performance.now() - started > 5000) {
            clearInterval(timer); resolve(tops[tops.length - 1]);
        }
    }, 100);
})"""


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1366, "height": 900}], ids=["phone", "desktop"])
def test_links_to_sections_and_questions_land_on_their_target(server, built_site, browser, viewport):
    """Links to sections and questions land at the top of the viewport on a phone and a desktop."""
    context, page = tab(browser, viewport=viewport)
    quiz = (built_site / "practice" / "mla-c01" / "domain-1" / "index.html").read_text(encoding="utf-8")
    questions = re.findall(r'<div class="quiz-question[^"]*"[^>]*\bid="([^"]+)"', quiz)
    targets = [("exams/mla-c01/2-2-train-and-refine-models/", "exam-angle"),  # near the end of the longest page
               ("glossary/", "amazon-athena"),
               ("practice/mla-c01/domain-1/", questions[-3])]
    for path, anchor in targets:
        page.goto(server + path + "#" + anchor)
        top = page.evaluate(SETTLED_TOP, anchor)
        assert 0 <= top <= 150, f"{path}#{anchor} landed {top:.0f} px from the top of the viewport"
    context.close()


LONGEST = PAGES_BY_KIND["task page"]  # the longest task page
SKIPPED_BLOCKS = """() => [...document.querySelectorAll('.md-content__inner > *')]
    .filter(el => getComputedStyle(el).contentVisibility === 'auto').length"""


def assert_jumps_land_after_lazy_open(page, url):
    """A page opened without a fragment skips far blocks; a click on a link down the page
    (the key points box links to its sections) draws them first and lands on the target.
    A code block gets the theme's copy button as it nears the viewport (`content.lazy`),
    also one inside a skipped block."""
    page.goto(url)
    assert page.evaluate("document.documentElement.classList.contains('lazy-blocks')")
    assert page.evaluate(SKIPPED_BLOCKS) > 20, "far blocks of the longest page are not skipped"
    blocks = page.locator("article > div.highlight")  # not inside a closed fold
    assert blocks.count() > 10
    assert blocks.last.locator("button.md-code__button").count() == 0, \
        "a code block at the end of the page was set up as the page opened"
    for block in (blocks.first, blocks.last):
        block.evaluate("el => el.scrollIntoView()")
        block.locator("button.md-code__button").wait_for(state="attached")
    page.locator('article a[href$="#exam-angle"]').first.click()  # instant loading makes hrefs absolute
    top = page.evaluate(SETTLED_TOP, "exam-angle")
    assert 0 <= top <= 150, f"{url}: the link to #exam-angle landed {top:.0f} px from the top of the viewport"
    assert page.evaluate(SKIPPED_BLOCKS) == 0


def test_far_blocks_are_skipped_until_a_link_jumps_served(server, browser):
    """On a phone, where estimated block heights differ most from real ones (without the
    jump rule the link lands about 1,800 px off)."""
    context, page = tab(browser, viewport=PHONE)
    assert_jumps_land_after_lazy_open(page, server + LONGEST)
    # opened with a fragment: nothing is skipped (the browser scrolls before any script could act)
    page.goto(server + LONGEST + "#model-registry")
    assert not page.evaluate("document.documentElement.classList.contains('lazy-blocks')")
    assert page.evaluate(SKIPPED_BLOCKS) == 0
    context.close()


def test_far_blocks_are_skipped_until_a_link_jumps_offline(offline_site, browser):
    context, page = tab(browser, viewport=PHONE)
    assert_jumps_land_after_lazy_open(page, offline_url(offline_site, LONGEST))
    context.close()


def test_instant_navigation_to_a_section_of_another_page_lands_on_it(server, browser):
    """The theme swaps pages in place (instant loading); a link to a far section of a long
    page must land there too, on a phone where estimated block heights differ most."""
    context, page = tab(browser, viewport=PHONE)
    page.goto(server + "exams/mla-c01/")
    page.evaluate("""target => { const a = document.createElement('a'); a.href = target; a.id = 'jump';
        a.textContent = 'jump'; document.querySelector('article').prepend(a); }""",
                  server + LONGEST + "#exam-angle")
    page.click("#jump")
    page.wait_for_url("**/2-2-train-and-refine-models/#exam-angle")
    page.wait_for_selector("#exam-angle", state="attached")
    top = page.evaluate(SETTLED_TOP, "exam-angle")
    assert 0 <= top <= 150, f"instant navigation to #exam-angle landed {top:.0f} px from the top"
    context.close()


# ------------------------------------------------------------------ light and dark, search index


SCHEME = "document.body.getAttribute('data-md-color-scheme')"
STORED = "Object.keys(localStorage).filter(k => k.endsWith('.__palette')).map(k => JSON.parse(localStorage[k]))"
META_SCHEME = "document.querySelector('meta[name=color-scheme]').content"


def test_palette_follows_the_system_until_the_reader_chooses(server, browser):
    """The light/dark switch (overrides/partials/palette.js, in place of the theme's
    component): set before the content is parsed, stored only when the reader chooses,
    kept across a reload and an instant page change."""
    context, page = tab(browser, "dark", viewport=PHONE)
    page.goto(server + LONGEST)
    assert page.locator("[data-md-component=palette]").count() == 0, "the theme's palette component is back"
    assert page.evaluate(SCHEME) == "slate" and page.evaluate(META_SCHEME) == "dark"
    assert page.evaluate(STORED) == [], "a choice was stored without the reader making one"
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    assert page.evaluate(SCHEME) == "default" and page.evaluate(META_SCHEME) == "light"
    assert [entry["index"] for entry in page.evaluate(STORED)] == [0]
    page.wait_for_function("!document.body.hasAttribute('data-md-color-switching')")
    page.reload()
    assert page.evaluate(SCHEME) == "default"
    page.locator("a.md-footer__link--next").click()  # the next task page, loaded in place
    page.wait_for_url("**/2-3-analyze-model-performance/")
    assert page.evaluate(SCHEME) == "default"
    # the theme's keyboard behaviour: Enter on the focused option switches
    page.focus("#__palette_0")
    page.keyboard.press("Enter")
    page.wait_for_function(f"{SCHEME} === 'slate'")
    context.close()


def test_search_index_is_requested_after_the_page_has_loaded(server, browser):
    """The 2.4 MB search index is not requested while the page loads (first-render.html),
    but soon after, or at once on a page opened from a search result; the search tests
    above check that a reader who types at once gets results (a key sends the request)."""
    context, page = tab(browser, viewport=PHONE, real_search_index=True)
    requested = []
    page.on("request", lambda r: requested.append(r.url) if r.url.endswith("/search/search_index.json") else None)
    page.goto(server + LONGEST, wait_until="load")
    assert requested == [], "the search index was requested before the page's load event"
    page.wait_for_function("() => performance.getEntriesByType('resource')"
                           ".some(e => e.name.endsWith('/search/search_index.json'))", timeout=10_000)
    # opened from a search result: the words are highlighted, so the index is sent at once
    requested.clear()
    page.goto(server + "glossary/?h=smote", wait_until="domcontentloaded")
    assert requested, "a page opened from a search result (?h=) held the search index"
    page.wait_for_selector("article mark", timeout=15_000)
    context.close()


def test_home_page_answers_where_to_start_in_one_screen(server, browser):
    context, page = tab(browser)
    page.goto(server)
    paths = page.locator(".start-paths li")
    assert paths.count() == 3
    hrefs = page.eval_on_selector_all(".start-paths a", "links => links.map(a => a.href)")
    expected = {"exams/mla-c01/", "exams/mla-c01/#study-plan", "journey/", "exams/mls-c01/"}
    assert {server + path for path in expected} <= set(hrefs), hrefs
    glance = page.locator(".exam-glance")
    assert glance.bounding_box()["y"] < 900, "the live exam's facts are below the first screen"
    assert "questions" in glance.inner_text() and "minutes" in glance.inner_text()
    context.close()
