"""The practice data: per-exam banks, flashcards and the Anki package (guide.practice)."""

from __future__ import annotations

import json
import sqlite3
import zipfile

import pytest

from guide import GuideError
from guide.practice import (anki_package, bank_script, exam_bank, glossary_cards, note_guid, page_key,
                            scaling)

QUESTIONS = """
cases:
  shop:
    title: Shop
    scenario: A shop sells things.
questions:
  - id: q-single
    task: mla-c01/1.1
    type: single
    stem: Pick **one**.
    options:
      - {id: a, text: A, why: not this}
      - {id: b, text: B, why: this one}
    answer: [b]
    explanation: B.
    fact: B is the one.
    teaches: exams/page.md#here
  - id: q-match
    task: mla-c01/1.1
    type: matching
    case: shop
    stem: Match.
    pairs:
      - {left: x, right: one, why: w}
      - {left: y, right: one, why: w}
      - {left: z, right: two, why: w}
    spare: [three]
    explanation: Matches.
    teaches: exams/page.md
  - id: q-order
    task: mla-c01/1.1
    type: ordering
    case: shop
    stem: Order.
    options:
      - {id: a, text: first, why: w}
      - {id: b, text: second, why: w}
      - {id: c, text: third, why: w}
    answer: [a, b, c]
    explanation: In order.
    teaches: exams/page.md
"""


@pytest.fixture
def index(repo):
    repo.write("docs/exams/page.md", "---\ntitle: Page\ntask: mla-c01/1.1\n---\n# Page\n\n## Here {#here}\n\ntext\n")
    repo.write("data/questions/mla-c01/1.1-x.yml", QUESTIONS)
    return repo.index()


def test_bank_holds_questions_facts_and_scaling(index):
    bank = exam_bank(index, "mla-c01", lambda src: src.replace(".md", "/"))
    assert bank["count"] == 65 and bank["minutes"] == 130  # from data/exams/mla-c01.yml
    assert bank["scaling"]["min"] == 100 and bank["scaling"]["passing"] == 720 and bank["scaling"]["caveat"]
    assert sum(d["weight"] for d in bank["domains"]) == 100
    by_id = {q["id"]: q for q in bank["questions"]}
    assert by_id["q-single"]["stem"] == "<p>Pick <strong>one</strong>.</p>"
    assert by_id["q-single"]["teaches"] == "exams/page/#here" and by_id["q-single"]["fact"] == "B is the one."
    assert by_id["q-match"]["answer"] == ["one", "one", "two"]
    assert sorted(by_id["q-match"]["choices"]) == ["one", "three", "two"]
    assert [o["id"] for o in by_id["q-order"]["options"]] != ["a", "b", "c"]  # shown shuffled
    assert bank["cases"]["shop"]["title"] == "Shop"
    task = next(t for t in bank["tasks"] if t["id"] == "1.1")
    assert task["page"] == "exams/page/" and task["pages"] == ["exams/page"]
    script = bank_script(bank)
    assert script.startswith('(window.MLGuideBank = window.MLGuideBank || {})["mla-c01"] = ')
    assert json.loads(script.split('["mla-c01"] = ', 1)[1].rstrip(";\n"))["exam"] == "mla-c01"


def test_page_keys_match_the_browser_keys():
    assert page_key("exams/mla-c01/1-1-x.md") == "exams/mla-c01/1-1-x"
    assert page_key("practice/index.md") == "practice"
    assert page_key("index.md") == ""


def test_scaling_needs_its_caveat(index):
    exam = index.syllabus.exams["mla-c01"]
    del exam.data["mock_scaling"]
    with pytest.raises(GuideError, match="mock_scaling.caveat"):
        scaling(exam)


def test_glossary_cards(index):
    cards = glossary_cards(index.glossary, "glossary/")
    assert cards[0] == {"id": "term:aws-key-management-service", "term": "AWS Key Management Service (KMS)",
                        "definition": "Creates and controls encryption keys.",
                        "link": "glossary/#aws-key-management-service"}


def anki_notes(path):
    with zipfile.ZipFile(path) as bundle:
        db = path.with_suffix(".db")
        db.write_bytes(bundle.read("collection.anki2"))
    with sqlite3.connect(db) as con:
        notes = dict(con.execute("select guid, flds from notes").fetchall())
        cards = con.execute("select count(*) from cards").fetchone()[0]
    return notes, cards


def test_anki_package_counts_cards_and_keeps_ids_stable(index, tmp_path):
    first, second = tmp_path / "one.apkg", tmp_path / "two.apkg"
    assert anki_package(index.glossary, index.questions, first) == 2 + 3
    notes, cards = anki_notes(first)
    assert cards == 2 * 2 + 3  # a term gives two cards (both ways), a question one
    assert note_guid("question", "q-single") in notes and note_guid("term", "random-cut-forest") in notes
    # a re-build (even with edited text) keeps every note id, so Anki updates instead of duplicating
    index.questions[0].explanation = "Edited."
    anki_package(index.glossary, index.questions, second)
    assert set(anki_notes(second)[0]) == set(notes)
    assert note_guid("question", "q-single") == note_guid("question", "q-single")
    assert note_guid("question", "q-single") != note_guid("term", "q-single")


def test_scaling_names_the_file_when_the_scale_is_unreadable(index):
    exam = index.syllabus.exams["mla-c01"]
    exam.data["score_scale"] = "scaled"
    with pytest.raises(GuideError, match=r"data/exams/mla-c01.yml:\d+: score_scale 'scaled'"):
        scaling(exam)
