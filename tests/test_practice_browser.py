"""The practice room (docs/practice/study.md) in Chromium, on the served and the file:// build.

Practice by topic scores every item type (a partial multiple-response answer
scores zero) and keeps progress across a reload; a short mock is flagged,
navigated, reloaded and resumed, then times out into a report by domain;
flashcards move between Leitner boxes; progress is exported, cleared and
imported, and corrupt, foreign or newer files are refused with progress
unchanged. axe-core finds no serious or critical violation on the four
views, in the light and the dark scheme, at a phone's width.
"""

from __future__ import annotations

import json
import time

import pytest
from playwright.sync_api import expect

from a11y import COLOUR_RULES, axe_violations, describe
from testkit import serve_directory

pytestmark = pytest.mark.browser



@pytest.fixture(scope="module", params=["served", "file"])
def study(request):
    """URL of the practice room in each build."""
    if request.param == "served":
        site = request.getfixturevalue("built_site")
        with serve_directory(site) as base:
            yield base + "practice/study/"
    else:
        site = request.getfixturevalue("offline_site")
        yield (site / "practice" / "study.html").as_uri()


def open_room(page, url, hash_=""):
    """Open the room at ``hash_`` and wait until that section is the one shown."""
    page.goto(url + hash_)
    page.wait_for_selector("html.pa-ready")
    section = hash_.lstrip("#").split("/")[0]
    if section:
        page.locator(f"[data-section='{section}']").wait_for(state="visible")


def bank_question(page, qid):
    return page.evaluate("""qid => { for (const b of Object.values(window.MLGuideBank))
        for (const q of b.questions) if (q.id === qid) return q; }""", qid)


def answer(page, widget, values):
    """Answer the question shown in ``widget`` with ``values`` (the bank's answer shape)."""
    kind = widget.get_attribute("data-type")
    if kind in ("single", "multiple"):
        for value in values:
            widget.locator(f"input[value='{value}']").check()
    elif kind == "ordering":
        for position, item in enumerate(values, 1):
            widget.locator(f"select[data-item='{item}']").select_option(str(position))
    else:
        for row, right in enumerate(values):
            widget.locator(f"select[data-row='{row}']").select_option(right)


def show_type(page, section, kind, limit=60):
    """Click Next until the shown question has type ``kind``; return its locator."""
    for _ in range(limit):
        widget = page.locator(f"[data-section='{section}'] .pa-question")
        if widget.get_attribute("data-type") == kind:
            return widget
        page.locator(f"[data-section='{section}'] .pa-next").click()
    raise AssertionError(f"no {kind} question in this set")


def stored(page):
    return json.loads(page.evaluate("() => localStorage.getItem('mlguide')") or "null")


def test_practice_by_topic_scores_every_type_and_keeps_progress(study, page):
    open_room(page, study, "#topics/mla-c01/d1")
    topics = page.locator("[data-section='topics']")
    assert topics.is_visible() and not page.locator("[data-section='mock']").is_visible()
    verdicts = {}
    for kind in ("single", "ordering", "matching", "multiple"):
        widget = show_type(page, "topics", kind)
        q = bank_question(page, widget.get_attribute("data-qid"))
        given = q["answer"][:1] if kind == "multiple" else q["answer"]  # multiple: a partial answer
        answer(page, widget, given)
        topics.locator(".pa-check").click()
        verdicts[kind] = (q["id"], widget.locator(".pa-result").inner_text())
        assert widget.locator(".pa-feedback").is_visible()
        assert widget.locator(".pa-feedback a", has_text="Study this topic").count() == 1
        if kind in ("single", "multiple"):  # every option explained
            assert widget.locator(".pa-whys li").count() == len(q["options"])
    assert all(v[1].startswith("Correct.") for k, v in verdicts.items() if k != "multiple"), verdicts
    assert verdicts["multiple"][1].startswith("Not quite.")  # partial multiple response scores zero
    data = stored(page)
    assert data["answers"][verdicts["multiple"][0]]["first"] is False
    assert sum(a["first"] for a in data["answers"].values()) == 3

    # flag the shown question; the filters narrow the set
    topics.locator(".pa-flag").click()
    page.reload()
    page.wait_for_selector("html.pa-ready")
    topics.locator("select").nth(2).select_option("wrong")
    assert topics.locator(".pa-question").get_attribute("data-qid") == verdicts["multiple"][0]
    assert topics.locator(".pa-result").inner_text().startswith("Not quite.")  # restored with its answer
    topics.locator("select").nth(2).select_option("flagged")
    assert "1 questions in this view" in topics.locator(".pa-set-status").inner_text()
    topics.locator("select").nth(2).select_option("new")
    assert topics.locator(".pa-question").get_attribute("data-qid") not in {v[0] for v in verdicts.values()}


def test_mock_flag_navigate_resume_and_time_out_into_a_report(study, page):
    open_room(page, study, "#mock/mla-c01")
    mock = page.locator("[data-section='mock']")
    mock.locator("select").nth(1).select_option("quick")
    mock.locator("input.pa-seed").fill("test-seed")
    mock.locator(".pa-start").click()
    first = mock.locator(".pa-question")
    assert "Question 1 of 10" in first.locator("h3").inner_text()
    q1 = bank_question(page, first.get_attribute("data-qid"))
    answer(page, first, q1["answer"])
    assert not mock.locator(".pa-feedback").is_visible()  # no explanations before submit
    mock.locator(".pa-next").click()
    mock.locator(".pa-flag").click()
    q2 = mock.locator(".pa-question").get_attribute("data-qid")
    mock.locator(".pa-navigator button").nth(4).click()
    assert "Question 5 of 10" in mock.locator(".pa-question h3").inner_text()

    page.reload()  # resume where the reader was, with answers and flags
    page.wait_for_selector("html.pa-ready")
    assert page.locator("[data-section='mock']").is_visible()
    assert "Question 5 of 10" in mock.locator(".pa-question h3").inner_text()
    labels = mock.locator(".pa-navigator button").evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")
    assert labels[0] == "Question 1, answered" and labels[1] == "Question 2, not answered, flagged"
    mock.locator(".pa-review").click()
    assert "1 of 10 answered, 1 flagged" in mock.inner_text()
    mock.locator(".pa-back").click()

    # the same seed draws the same questions
    run = stored(page)["mocks"]["mla-c01"]["active"]
    assert run["seed"] == "test-seed" and q2 in run["ids"] and len(set(run["ids"])) == 10
    # shorten the timer, as if the time ran out while the page was closed
    page.evaluate("""() => { const d = JSON.parse(localStorage.getItem('mlguide'));
        d.mocks['mla-c01'].active.deadline = Date.now() + 1500; localStorage.setItem('mlguide', JSON.stringify(d)); }""")
    page.reload()
    page.wait_for_selector(".pa-report-heading", timeout=10000)
    assert "Time ran out" in mock.inner_text()
    assert mock.locator(".pa-score").inner_text().startswith("1 of 10 correct")
    domains = mock.locator(".pa-report-domains tbody tr")
    assert domains.count() == 4
    assert sum(int(domains.nth(i).locator("td").nth(2).inner_text().split(" of ")[1]) for i in range(4)) == 10
    assert mock.locator(".pa-caveat").inner_text().strip()
    assert mock.locator(".pa-report-tasks a[href^='#topics/mla-c01/']").count() >= 1
    assert mock.locator(".pa-feedback").first.is_visible()  # explanations after submit
    history = stored(page)["mocks"]["mla-c01"]
    assert history["active"] is None and history["history"][-1]["correct"] == 1

    # the dashboard shows the mock and the practice
    open_room(page, study, "#progress/mla-c01")
    expect(page.locator("[data-section='progress'] .pa-summary")).to_contain_text("latest 1 of 10")


def test_flashcards_move_between_boxes(study, page):
    open_room(page, study, "#flashcards")
    cards = page.locator("[data-section='flashcards']")

    def box(n):
        return int(cards.locator(f".pa-boxes li[data-box='{n}'] strong").inner_text())

    total = box(1)
    cards.locator(".pa-start-cards").click()
    cards.locator(".pa-show").click()
    cards.locator(".pa-knew").click()
    assert (box(1), box(2)) == (total - 1, 1)
    cards.locator(".pa-show").click()
    cards.locator(".pa-not-yet").click()  # back to box 1, again at the end of the session
    assert (box(1), box(2)) == (total - 1, 1)
    page.reload()
    page.wait_for_selector("html.pa-ready")
    assert box(2) == 1
    assert "cards due today" in cards.locator(".pa-due").inner_text()
    assert cards.locator("a[href$='.apkg']").count() == 1


def test_export_clear_import_and_rejected_files(study, page, tmp_path):
    open_room(page, study, "#topics/mla-c01/1.1")
    widget = page.locator("[data-section='topics'] .pa-question")
    q = bank_question(page, widget.get_attribute("data-qid"))
    answer(page, widget, q["answer"])
    page.locator("[data-section='topics'] .pa-check").click()
    open_room(page, study, "#your-data")
    data = page.locator("[data-section='your-data']")
    expect(data.locator(".pa-stats")).to_contain_text("1 answers")
    with page.expect_download() as download:
        data.locator(".pa-export").click()
    exported = tmp_path / "progress.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["answers"][q["id"]]["first"] is True

    data.locator("button", has_text="Clear all progress").click()
    data.locator(".pa-yes").click()
    assert "0 answers" in data.locator(".pa-stats").inner_text()
    data.locator("input[type=file]").set_input_files(exported)
    page.wait_for_function("() => document.querySelector('.pa-stats').textContent.includes('1 answers')")

    before = stored(page)
    bad = {"corrupt.json": "{ this is not json", "foreign.json": json.dumps({"app": "someone-else", "schema": 1}),
           "newer.json": json.dumps({**before, "schema": 99})}
    for name, text in bad.items():
        (tmp_path / name).write_text(text)
        data.locator("input[type=file]").set_input_files(tmp_path / name)
        page.wait_for_function("() => document.querySelector('.pa-error').textContent.length > 0")
        message = data.locator(".pa-error").inner_text()
        assert "unchanged" in message, message
        assert stored(page) == before
        page.evaluate("() => { document.querySelector('.pa-error').textContent = ''; }")
    page.reload()
    page.wait_for_selector("html.pa-ready")
    assert stored(page) == before


def test_pages_read_count_on_the_dashboard(study, page):
    if not study.startswith("http"):
        page_url = study.replace("practice/study.html", "exams/mla-c01/1-1-ingest-and-store-data.html")
    else:
        page_url = study.replace("practice/study/", "exams/mla-c01/1-1-ingest-and-store-data/")
    page.goto(page_url)
    page.keyboard.press("End")
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")  # End may fire before layout settles
    page.wait_for_function("() => (JSON.parse(localStorage.getItem('mlguide') || '{}').reads || {})"
                           "['exams/mla-c01/1-1-ingest-and-store-data'] !== undefined", timeout=20000)
    open_room(page, study, "#progress/mla-c01")
    row = page.locator("[data-section='progress'] tr[data-task='1.1']")
    assert row.locator("td").first.inner_text().startswith("1 of")
    assert row.locator("a[href*='#topics/mla-c01/1.1']").count() == 1


# ---------------------------------------------------------------- accessibility (served build only)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_accessibility_violations(built_site, browser, scheme):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 390, "height": 844})
    page = context.new_page()
    problems = []
    with serve_directory(built_site) as base:
        url = base + "practice/study/"
        for view in ("topics", "mock", "flashcards", "progress"):
            open_room(page, url, f"#{view}")
            if view == "mock":
                page.locator(".pa-start").click()
            if view == "flashcards":
                page.locator(".pa-start-cards").click()
                page.locator(".pa-show").click()
            if view == "topics":
                page.locator("[data-section='topics'] .pa-check").click()
            expected = "slate" if scheme == "dark" else "default"
            assert page.locator("body").get_attribute("data-md-color-scheme") == expected
            # the page around the room stays the same: check it with the first view only
            where = None if view == "topics" else f"[data-section='{view}']"
            # the dark scheme changes colours only: the structural rules ran in the light one
            found = axe_violations(page, context=where, rules=COLOUR_RULES if scheme == "dark" else None)
            if found:
                problems.append(f"{view} ({scheme}):\n{describe(found)}")
        # the per-domain quiz pages: tests/test_reader_experience.py checks one in both schemes
    context.close()
    assert not problems, "\n".join(problems)


def test_keyboard_only_answers_a_question(built_site, page):
    with serve_directory(built_site) as base:
        open_room(page, base + "practice/study/", "#topics/mla-c01/1.1")
        page.locator("[data-section='topics'] .pa-question input, [data-section='topics'] .pa-question select").first.focus()
        kind = page.locator("[data-section='topics'] .pa-question").get_attribute("data-type")
        if kind == "single":
            page.keyboard.press("Space")
        for _ in range(30):  # tab to the check button
            page.keyboard.press("Tab")
            if page.evaluate("() => document.activeElement.classList.contains('pa-check')"):
                break
        page.keyboard.press("Enter")
        assert page.locator("[data-section='topics'] .pa-result").inner_text()
        page.keyboard.press("Tab")
        page.keyboard.press("Tab")  # flag, then next (the disabled "Previous" is skipped)
        page.keyboard.press("Enter")
        time.sleep(0.2)
        assert "Question 2" in page.evaluate("() => document.activeElement.textContent")  # focus moved to the new question


def test_instant_navigation_opens_the_practice_room(built_site, page):
    with serve_directory(built_site) as base:
        page.goto(base + "practice/")
        page.locator("article a[href$='study/#mock']").first.click()
        page.wait_for_selector("[data-section='mock'] .pa-start")
        assert page.locator("[data-section='mock']").is_visible()
        page.locator("[data-section='mock'] .pa-start").click()
        assert page.locator("[data-section='mock'] .pa-question").count() == 1


def test_progress_carries_across_site_versions(built_site, page, tmp_path):
    """mike serves each version under its own folder of one origin: the one key serves them all."""
    (tmp_path / "2026.11").symlink_to(built_site, target_is_directory=True)
    (tmp_path / "2026.12").symlink_to(built_site, target_is_directory=True)
    with serve_directory(tmp_path) as base:
        open_room(page, base + "2026.11/practice/study/", "#topics/mla-c01/1.1")
        widget = page.locator("[data-section='topics'] .pa-question")
        q = bank_question(page, widget.get_attribute("data-qid"))
        answer(page, widget, q["answer"])
        page.locator("[data-section='topics'] .pa-check").click()
        page.goto(base + "2026.12/practice/mla-c01/domain-1/")
        assert page.locator(".quiz-attempted").first.inner_text() == "1"
        assert page.locator(f"[data-qid='{q['id']}'] .quiz-result").inner_text().startswith("Correct.")
