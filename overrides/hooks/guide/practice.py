"""The practice side's data: one question bank per exam, the flashcards, the Anki deck.

Questions stay data (``data/questions``): the build turns the site index into
one JavaScript file per exam (``assets/practice/bank-<exam>.js``) that
assigns ``window.MLGuideBank[<exam>]``. A script file, not a JSON file:
the offline build is opened from ``file://``, where Chromium refuses
``fetch`` of local JSON, while a ``<script>`` loads everywhere. The
flashcards (glossary terms and each question's key fact) go to
``assets/practice/cards.js``, and the same cards, plus the questions, to an
Anki package whose note ids derive from term and question ids, so
re-importing a newer deck updates notes instead of duplicating them.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
from pathlib import Path

import markdown as md

from . import GuideError
from .glossary import Term
from .questions import Question, _shuffled
from .syllabus import Exam

BANK_DIR = "assets/practice"
ANKI_FILE = f"{BANK_DIR}/ml-on-aws-study-guide.apkg"
SCALE = re.compile(r"^\s*(\d+)\s*-\s*(\d+)")

# Fixed Anki ids: changing one makes Anki treat the deck or note type as new.
ANKI_DECK_ID = 1_733_800_000_001
ANKI_TERM_MODEL_ID = 1_733_800_000_101
ANKI_QUESTION_MODEL_ID = 1_733_800_000_102

_MD = md.Markdown(extensions=["tables", "fenced_code", "sane_lists"])


def html_of(text: str) -> str:
    """Markdown to HTML (block level)."""
    return _html_of(str(text or "").strip())


@functools.lru_cache(maxsize=None)  # the banks and the Anki deck convert the same texts
def _html_of(text: str) -> str:
    return _MD.reset().convert(text)


def inline_html(text: str) -> str:
    """Markdown to HTML without the wrapping paragraph."""
    return re.sub(r"^<p>(.*)</p>$", r"\1", html_of(text), flags=re.S)


def page_key(src: str) -> str:
    """A page's key in the reader's store, the same in every build and version.

    ``exams/mla-c01/1-1-x.md`` -> ``exams/mla-c01/1-1-x``; ``practice/index.md`` -> ``practice``.
    The browser derives the same key from the page URL (``loader.js``).
    """
    key = re.sub(r"\.(md|ipynb)$", "", src)
    key = re.sub(r"(^|/)index$", "", key)
    return key.strip("/")


def scaling(exam: Exam) -> dict:
    """How a mock result maps onto the exam's scale, with the caveat, from the exam data file."""
    data = exam.data
    line = data.line_of if hasattr(data, "line_of") else (lambda key: 1)
    where = f"data/exams/{exam.code}.yml"
    match = SCALE.match(str(data["score_scale"]))
    if not match:
        raise GuideError([f"{where}:{line('score_scale')}: score_scale {data['score_scale']!r} does not start with 'min-max'"])
    mock = data.get("mock_scaling") or {}
    if not str(mock.get("caveat") or "").strip():
        at = line("mock_scaling") if "mock_scaling" in data else 1
        raise GuideError([f"{where}:{at}: mock_scaling.caveat is missing: the mock's scaled "
                          "score must say how rough it is"])
    return {"min": int(match.group(1)), "max": int(match.group(2)), "passing": int(data["passing_score"]),
            "method": str(mock.get("method") or "linear"), "caveat": str(mock["caveat"]).strip()}


def question_data(q: Question, url) -> dict:
    """One question as the practice page needs it (HTML already rendered)."""
    page, _, anchor = q.teaches.partition("#")
    item = {"id": q.id, "task": q.task.split("/")[1], "domain": q.domain, "type": q.type,
            "stem": html_of(q.stem), "explanation": html_of(q.explanation),
            "teaches": url(page) + (f"#{anchor}" if anchor else "")}
    if q.case:
        item["case"] = q.case["id"]
    if q.fact:
        item["fact"] = inline_html(q.fact)  # HTML, like the stem (code spans, emphasis)
    if q.type == "matching":
        item["rows"] = [inline_html(p["left"]) for p in q.pairs]
        item["why"] = [inline_html(p["why"]) for p in q.pairs]
        item["choices"] = _shuffled(q.choices(), q.id)
        item["spare"] = list(q.spare)
        item["answer"] = [str(p["right"]) for p in q.pairs]
    else:
        options = list(q.options)
        if q.type == "ordering":  # authors list the steps in order; readers must not see it
            options = _shuffled(options, q.id)
        item["options"] = [{"id": str(o["id"]), "text": inline_html(o["text"]), "why": inline_html(o["why"])}
                           for o in options]
        item["answer"] = list(q.answer)
    return item


def exam_bank(index, exam_code: str, url) -> dict:
    """The bank of one exam: facts for the mock, domains, task statements and questions.

    ``url(src)`` gives the site-relative URL of a docs page (``exams/x/`` or ``exams/x.html``).
    """
    exam = index.syllabus.exams[exam_code]
    data = exam.data
    questions = [q for q in index.questions if q.exam == exam_code]
    cases = {}
    for q in questions:
        if q.case:
            cases[q.case["id"]] = {"title": q.case["title"], "scenario": html_of(q.case["scenario"])}
    tasks = []
    for domain in exam.domains:
        for task in domain.tasks:
            own = index.task_page(task.id)
            pages = ([own] if own else []) + index.pages_covering(task.id)
            tasks.append({"id": task.number, "title": task.title, "domain": str(domain.number),
                          "page": url(own) if own else None,
                          "pages": [page_key(src) for src in pages]})
    return {
        "exam": exam_code, "label": exam.label, "name": exam.name, "retired": exam.retired,
        "count": int(data["questions"]["total"]), "minutes": int(data["duration_min"]),
        "scaling": scaling(exam),
        "domains": [{"id": str(d.number), "title": d.title, "weight": d.weight} for d in exam.domains],
        "tasks": tasks, "cases": cases,
        "questions": [question_data(q, url) for q in questions],
    }


def bank_script(bank: dict) -> str:
    """The bank as a script that assigns a global (loads from file:// where fetch cannot)."""
    payload = json.dumps(bank, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return ("(window.MLGuideBank = window.MLGuideBank || {})[" + json.dumps(bank["exam"]) + "] = "
            + payload + ";\n")


def glossary_cards(terms: list[Term], glossary_url: str) -> list[dict]:
    """One card per glossary term (the page shows it either way round)."""
    return [{"id": f"term:{t.slug}", "term": t.term + (f" ({t.abbr})" if t.abbr else ""),
             "definition": inline_html(t.definition), "link": f"{glossary_url}#{t.slug}"} for t in terms]


def cards_script(cards: list[dict]) -> str:
    payload = json.dumps(cards, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return "window.MLGuideCards = " + payload + ";\n"


# ---------------------------------------------------------------- Anki


def note_guid(kind: str, ident: str) -> str:
    """Stable Anki note guid from what the note is about (a term or a question id)."""
    import genanki

    return genanki.guid_for("ml-on-aws-study-guide", kind, ident)


def anki_package(terms: list[Term], questions: list[Question], path: Path) -> int:
    """Write the deck to ``path``; return the number of notes.

    Glossary notes have two cards (term -> definition and back); question
    notes one (question -> answer, explanation and key fact).
    """
    import genanki

    css = ".card { font-family: sans-serif; font-size: 18px; text-align: left; } .why { color: #555; }"
    term_model = genanki.Model(
        ANKI_TERM_MODEL_ID, "ML on AWS Study Guide: term",
        fields=[{"name": "Term"}, {"name": "Definition"}, {"name": "Id"}],
        templates=[
            {"name": "Term to definition", "qfmt": "{{Term}}", "afmt": "{{FrontSide}}<hr id=answer>{{Definition}}"},
            {"name": "Definition to term", "qfmt": "{{Definition}}", "afmt": "{{FrontSide}}<hr id=answer>{{Term}}"},
        ], css=css, sort_field_index=0)
    question_model = genanki.Model(
        ANKI_QUESTION_MODEL_ID, "ML on AWS Study Guide: question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Fact"}, {"name": "Id"}],
        templates=[{"name": "Question", "qfmt": "{{Question}}",
                    "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}{{#Fact}}<p><b>Key fact:</b> {{Fact}}</p>{{/Fact}}"}],
        css=css, sort_field_index=3)
    deck = genanki.Deck(ANKI_DECK_ID, "ML on AWS Study Guide")
    for t in sorted(terms, key=lambda t: t.slug):
        deck.add_note(genanki.Note(model=term_model, guid=note_guid("term", t.slug),
                                   fields=[t.term + (f" ({t.abbr})" if t.abbr else ""),
                                           inline_html(t.definition), t.slug],
                                   tags=["glossary"]))
    for q in sorted(questions, key=lambda q: q.id):
        deck.add_note(genanki.Note(model=question_model, guid=note_guid("question", q.id),
                                   fields=[_anki_front(q), _anki_back(q), inline_html(q.fact) if q.fact else "", q.id],
                                   tags=[q.exam, "task-" + q.task.split("/")[1], q.type]))
    genanki.Package(deck).write_to_file(str(path))
    return len(deck.notes)


def _anki_front(q: Question) -> str:
    out = [f"<p><small>{q.exam.upper()} · task {q.task.split('/')[1]}</small></p>"]
    if q.case:
        out.append(f"<div><b>Case study: {q.case['title']}</b>{html_of(q.case['scenario'])}</div>")
    out.append(html_of(q.stem))
    if q.type in ("single", "multiple"):
        out.append("<ol type=A>" + "".join(f"<li>{inline_html(o['text'])}</li>" for o in q.options) + "</ol>")
    elif q.type == "ordering":
        out.append("<p>Put in order:</p><ul>" + "".join(f"<li>{inline_html(o['text'])}</li>"
                                                         for o in _shuffled(list(q.options), q.id)) + "</ul>")
    else:
        out.append("<p>Match each item with one of: " + ", ".join(q.choices()) + "</p><ul>"
                   + "".join(f"<li>{inline_html(p['left'])}</li>" for p in q.pairs) + "</ul>")
    return "".join(out)


def _anki_back(q: Question) -> str:
    if q.type in ("single", "multiple"):
        letters = {str(o["id"]): chr(65 + i) for i, o in enumerate(q.options)}
        key = "<p><b>Answer: " + ", ".join(letters[a] for a in q.answer) + "</b></p>"
        whys = "".join(f"<li>{letters[str(o['id'])]}: {inline_html(o['why'])}</li>" for o in q.options)
    elif q.type == "ordering":
        by_id = {str(o["id"]): o for o in q.options}
        key = "<ol>" + "".join(f"<li>{inline_html(by_id[a]['text'])}</li>" for a in q.answer) + "</ol>"
        whys = ""
    else:
        key = "<ul>" + "".join(f"<li>{inline_html(p['left'])} → <b>{p['right']}</b></li>" for p in q.pairs) + "</ul>"
        whys = ""
    return key + html_of(q.explanation) + (f"<ul class=why>{whys}</ul>" if whys else "")


def anki_bytes(terms: list[Term], questions: list[Question]) -> bytes:
    """The Anki package as bytes (for a generated build file)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "deck.apkg"
        anki_package(terms, questions, path)
        return path.read_bytes()

