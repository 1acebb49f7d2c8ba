"""Quiz pages score as on the exam, in Chromium, on the served and the file:// build.

The first complete try counts; the score line shows attempted, first-try
correct and score; multiple response is all-or-nothing; "Reset progress"
asks first; a reload restores answers with their verdicts and never shows a
verdict beside an empty answer; old per-question keys are migrated. Matching
items with spare and reused choices are checked on a page rendered from a
synthetic question (the bank need not contain one).
"""

from __future__ import annotations

import json
import shutil

import markdown
import pytest

from testkit import ROOT, serve_directory

pytestmark = pytest.mark.browser

JS = ROOT / "docs" / "assets" / "javascripts"


@pytest.fixture(scope="module", params=["served", "file"])
def domain_page(request):
    """URL of the MLA-C01 domain 1 practice page in each build."""
    if request.param == "served":
        site = request.getfixturevalue("built_site")
        with serve_directory(site) as base:
            yield base + "practice/mla-c01/domain-1/"
    else:
        site = request.getfixturevalue("offline_site")
        yield (site / "practice" / "mla-c01" / "domain-1.html").as_uri()


def answer_of(question):
    return json.loads(question.get_attribute("data-answer"))


def choose(question, values):
    question.locator("input").evaluate_all("els => els.forEach(e => { e.checked = false; })")
    for value in values:
        question.locator(f"input[value='{value}']").check()


def score(page):
    return tuple(page.locator(sel).first.inner_text() for sel in (".quiz-attempted", ".quiz-first", ".quiz-percent"))


def test_first_try_counts_and_partial_multiple_scores_zero(domain_page, page):
    page.goto(domain_page)
    total = page.locator(".quiz-question").count()
    single = page.locator(".quiz-question[data-type='single']").first
    right = answer_of(single)[0]
    wrong = next(v for v in single.locator("input").evaluate_all("els => els.map(e => e.value)") if v != right)
    choose(single, [wrong])
    single.locator(".quiz-check").click()
    assert single.locator(".quiz-result").inner_text().startswith("Not quite")
    choose(single, [right])
    single.locator(".quiz-check").click()
    assert single.locator(".quiz-result").inner_text().startswith("Correct.")
    assert "first try was wrong" in single.locator(".quiz-result").inner_text()
    assert score(page) == ("1", "0", "0%")

    multiple = page.locator(".quiz-question[data-type='multiple']").first
    choose(multiple, answer_of(multiple)[:1])  # one of the two or more keys: partial
    multiple.locator(".quiz-check").click()
    assert multiple.locator(".quiz-result").inner_text().startswith("Not quite")
    assert score(page) == ("2", "0", "0%")

    ordering = page.locator(".quiz-question[data-type='ordering']").first
    ordering.locator(".quiz-check").click()  # nothing chosen: incomplete, not scored
    assert ordering.locator(".quiz-result").inner_text() == "Answer every part first."
    for position, item in enumerate(answer_of(ordering), 1):
        ordering.locator(f"select[data-item='{item}']").select_option(str(position))
    ordering.locator(".quiz-check").click()
    assert ordering.locator(".quiz-result").inner_text() == "Correct."
    assert score(page) == ("3", "1", f"{round(100 / total)}%")

    # reload: the answers come back with their verdicts, and no verdict sits beside an empty answer
    page.reload()
    assert score(page) == ("3", "1", f"{round(100 / total)}%")
    assert single.locator(f"input[value='{right}']").is_checked()
    assert single.locator(".quiz-result").inner_text().startswith("Correct.")
    assert multiple.locator(".quiz-result").inner_text().startswith("Not quite")
    empty_with_verdict = page.evaluate("""() => [...document.querySelectorAll('.quiz-question')].filter(q => {
        const verdict = q.classList.contains('quiz-correct') || q.classList.contains('quiz-incorrect');
        const chosen = q.querySelectorAll('input:checked').length +
          [...q.querySelectorAll('select')].filter(s => s.value).length;
        return verdict && chosen === 0; }).map(q => q.dataset.qid)""")
    assert empty_with_verdict == []

    # reset asks first; "Keep them" keeps, "Clear my answers" clears
    page.locator(".quiz-reset").click()
    assert page.locator(".quiz-confirm").is_visible()
    page.locator(".quiz-reset-no").click()
    assert score(page)[0] == "3"
    page.locator(".quiz-reset").click()
    page.locator(".quiz-reset-yes").click()
    assert score(page) == ("0", "0", "0%")
    assert not single.locator(f"input[value='{right}']").is_checked()
    assert single.locator(".quiz-result").inner_text() == ""
    page.reload()
    assert score(page) == ("0", "0", "0%")


def test_old_per_question_keys_are_migrated_into_the_one_store(domain_page, page):
    page.goto(domain_page)
    first = page.locator(".quiz-question").first
    qid = first.get_attribute("data-qid")
    page.evaluate("""qid => { localStorage.clear(); localStorage.setItem('mlguide.quiz.' + qid, 'correct'); }""", qid)
    page.reload()
    assert score(page)[:2] == ("1", "1")
    keys = page.evaluate("() => Object.keys(localStorage)")
    assert "mlguide" in keys and not [k for k in keys if k.startswith("mlguide.quiz.")]
    stored = json.loads(page.evaluate("() => localStorage.getItem('mlguide')"))
    assert stored["schema"] == 1 and stored["answers"][qid]["first"] is True
    # the old verdict counts, but no verdict is shown beside the (unkept) empty answer
    assert "quiz-correct" not in (first.get_attribute("class") or "")
    assert "earlier version" in first.locator(".quiz-result").inner_text()


def test_case_study_sets_render_together(domain_page, page):
    page.goto(domain_page)
    sets = page.locator(".quiz-case-set")
    assert sets.count() >= 1
    for i in range(sets.count()):
        members = sets.nth(i).locator(".quiz-question").count()
        assert 2 <= members <= 4
        assert sets.nth(i).locator(".quiz-case").count() == 1  # the scenario once, above its questions


# ---------------------------------------------------------------- matching with spare and reused choices


@pytest.fixture(scope="module")
def matching_page(tmp_path_factory):
    from guide.questions import Question, question_md

    def matching(qid, pairs, spare):
        return Question(id=qid, exam="mla-c01", task="mla-c01/1.1", type="matching", stem="Match them.",
                        explanation="Because.", teaches="exams/x.md", file="f.yml", line=1,
                        pairs=[{"left": l, "right": r, "why": "w"} for l, r in pairs], spare=spare)

    spare = matching("spare-demo", [("CSV", "row"), ("Parquet", "columnar"), ("JSON", "document")], ["graph"])
    reuse = matching("reuse-demo", [("ORC", "columnar"), ("Parquet", "columnar"), ("CSV", "row")], [])
    body = "\n".join(question_md(q, n, "practice/demo.md") for n, q in enumerate((spare, reuse), 1))
    content = markdown.markdown('<div class="quiz" markdown>\n\n' + body + "\n</div>", extensions=["md_in_html"])
    folder = tmp_path_factory.mktemp("matching")
    for name in ("practice/storage.js", "practice/scoring.js", "quiz.js"):
        shutil.copy(JS / name, folder / name.replace("/", "-"))
    scripts = "".join(f'<script src="{n.replace("/", "-")}"></script>'
                      for n in ("practice/storage.js", "practice/scoring.js", "quiz.js"))
    (folder / "index.html").write_text(f"<!doctype html><html><body>{content}{scripts}</body></html>")
    with serve_directory(folder) as base:
        yield base


def test_matching_with_spare_and_reused_choices(matching_page, page):
    page.goto(matching_page)
    spare = page.locator("#q-spare-demo")
    options = spare.locator("select[data-row='0'] option").evaluate_all("els => els.map(e => e.value)")
    assert sorted(v for v in options if v) == ["columnar", "document", "graph", "row"]  # the spare is offered
    for row, right in enumerate(["row", "columnar", "graph"]):  # the spare matches no prompt
        spare.locator(f"select[data-row='{row}']").select_option(right)
    spare.locator(".quiz-check").click()
    assert spare.locator(".quiz-result").inner_text().startswith("Not quite")

    reuse = page.locator("#q-reuse-demo")
    options = reuse.locator("select[data-row='0'] option").evaluate_all("els => els.map(e => e.value)")
    assert sorted(v for v in options if v) == ["columnar", "row"]  # each distinct choice once
    for row, right in enumerate(["columnar", "columnar", "row"]):  # one choice answers two prompts
        reuse.locator(f"select[data-row='{row}']").select_option(right)
    reuse.locator(".quiz-check").click()
    assert reuse.locator(".quiz-result").inner_text() == "Correct."
    page.reload()
    assert reuse.locator("select[data-row='1']").input_value() == "columnar"
    assert reuse.locator(".quiz-result").inner_text() == "Correct."
