"""Practice questions (``data/questions/<exam>/*.yml``): schema and quiz rendering.

A question is data. This module validates it (every problem names the file
and line) and renders it as Markdown with embedded HTML that works without
JavaScript (the answer sits in a ``<details>`` block a reader opens on
demand) and with it (``assets/javascripts/quiz.js`` scores the form).
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

import markdown as md

from . import GuideError
from .yamlines import load

TYPES = ("single", "multiple", "ordering", "matching")
QUESTION_KEYS = {"id", "task", "type", "case", "stem", "options", "answer", "pairs", "spare", "fact",
                 "explanation", "teaches"}
CASE_SET_SIZE = (2, 4)  # questions per case-study set, as on the exam
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9.-]*$")


@dataclass
class Question:
    """One validated practice question."""

    id: str
    exam: str
    task: str
    type: str
    stem: str
    explanation: str
    teaches: str
    file: str
    line: int
    options: list[dict] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    pairs: list[dict] = field(default_factory=list)
    spare: list[str] = field(default_factory=list)
    case: dict | None = None
    fact: str = ""
    teaches_line: int = 0

    @property
    def domain(self) -> str:
        """The domain number of the task statement ("2" for ``mla-c01/2.3``)."""
        return self.task.split("/")[1].split(".")[0]

    def choices(self) -> list[str]:
        """Right-hand choices of a matching item: each distinct right side once, then the spares."""
        rights = list(dict.fromkeys(str(p["right"]) for p in self.pairs))
        return rights + [s for s in self.spare if s not in rights]


def _problem(file: str, line: int, message: str) -> str:
    return f"{file}:{line}: {message}"


def _missing_keys(items: list, keys: tuple[str, ...], kind: str, file: str, line: int, where: str) -> list[str]:
    """One problem per item (option or pair) that lacks one of ``keys``, at the item's line."""
    return [_problem(file, getattr(item, "line", line), f"{where}: {kind} without '{key}'")
            for item in items for key in keys if not str(item.get(key) or "").strip()]


def validate_question(raw: dict, file: str, exam: str, cases: dict, task_ids: set[str]) -> tuple[Question | None, list[str]]:
    """Check one raw question mapping; return the question (or None) and the problems."""
    line = getattr(raw, "line", 0)
    at = raw.line_of if hasattr(raw, "line_of") else (lambda key: line)
    problems = []
    if not isinstance(raw, dict):
        return None, [_problem(file, line, "each question must be a mapping")]
    unknown = set(raw) - QUESTION_KEYS
    if unknown:
        problems.append(_problem(file, line, f"unknown keys {sorted(unknown)}"))
    for key in ("id", "task", "type", "stem", "explanation", "teaches"):
        if not str(raw.get(key) or "").strip():
            problems.append(_problem(file, at(key), f"missing or empty '{key}'"))
    if problems:
        return None, problems
    qid, qtype, task = str(raw["id"]), str(raw["type"]), str(raw["task"])
    where = f"question {qid}"
    if not ID_PATTERN.match(qid):
        problems.append(_problem(file, at("id"), f"{where}: id must be lower-case kebab case"))
    if qtype not in TYPES:
        problems.append(_problem(file, at("type"), f"{where}: type must be one of {', '.join(TYPES)}, not {qtype!r}"))
    if task not in task_ids:
        problems.append(_problem(file, at("task"), f"{where}: unknown task statement {task!r}"))
    elif not task.startswith(exam + "/"):
        problems.append(_problem(file, at("task"), f"{where}: task {task!r} is not an {exam} task (file is under {exam}/)"))
    case = None
    if raw.get("case"):
        case = cases.get(str(raw["case"]))
        if case is None:
            problems.append(_problem(file, at("case"), f"{where}: unknown case {raw['case']!r}"))
    options, answer, pairs, spare = [], [], [], []
    if raw.get("spare") is not None and qtype != "matching":
        problems.append(_problem(file, at("spare"), f"{where}: only matching questions have 'spare' choices"))
    if qtype == "matching":
        pairs = list(raw.get("pairs") or [])
        if len(pairs) < 3:
            problems.append(_problem(file, at("pairs"), f"{where}: a matching question needs at least 3 pairs"))
        problems += _missing_keys(pairs, ("left", "right", "why"), "pair", file, at("pairs"), where)
        rights = [str(p.get("right")) for p in pairs]
        raw_spare = raw.get("spare") or []
        if not isinstance(raw_spare, list) or not all(isinstance(x, str) and x.strip() for x in raw_spare):
            problems.append(_problem(file, at("spare"), f"{where}: 'spare' is a list of choice texts"))
            raw_spare = []
        spare = [str(x).strip() for x in raw_spare]
        lefts = [str(p.get("left")) for p in pairs]
        if len(set(lefts)) != len(lefts):
            problems.append(_problem(file, at("pairs"), f"{where}: left-hand prompts must be distinct"))
        if set(spare) & set(rights):
            problems.append(_problem(file, at("spare"), f"{where}: spare choices {sorted(set(spare) & set(rights))} "
                                     "also answer a prompt; a spare matches no prompt"))
        if len(set(spare)) != len(spare):
            problems.append(_problem(file, at("spare"), f"{where}: spare choices must be distinct"))
        if "options" in raw or "answer" in raw:
            problems.append(_problem(file, at("options") if "options" in raw else at("answer"),
                                     f"{where}: matching questions use 'pairs', not options/answer"))
    elif qtype in TYPES:
        options = list(raw.get("options") or [])
        ids = [str(o.get("id")) for o in options if isinstance(o, dict)]
        if len(options) < 2:
            problems.append(_problem(file, at("options"), f"{where}: needs at least 2 options"))
        if len(set(ids)) != len(ids):
            problems.append(_problem(file, at("options"), f"{where}: option ids must be unique"))
        problems += _missing_keys(options, ("id", "text", "why"), "option", file, at("options"), where)
        answer = [str(a) for a in (raw.get("answer") or [])] if isinstance(raw.get("answer"), list) else [str(raw.get("answer"))]
        for a in answer:
            if a not in ids:
                problems.append(_problem(file, at("answer"), f"{where}: answer {a!r} is not among the options {ids}"))
        if qtype == "single" and len(answer) != 1:
            problems.append(_problem(file, at("answer"), f"{where}: a single-answer question needs exactly one answer"))
        if qtype == "multiple" and len(answer) < 2:
            problems.append(_problem(file, at("answer"), f"{where}: a multiple-response question needs two or more answers"))
        if qtype == "ordering" and sorted(answer) != sorted(ids):
            problems.append(_problem(file, at("answer"), f"{where}: an ordering answer must list every option id exactly once"))
    if raw.get("fact") is not None and not (isinstance(raw.get("fact"), str) and raw["fact"].strip()):
        problems.append(_problem(file, at("fact"), f"{where}: 'fact' is one sentence of text"))
    if problems:
        return None, problems
    return Question(
        id=qid, exam=exam, task=task, type=qtype, stem=str(raw["stem"]).strip(),
        explanation=str(raw["explanation"]).strip(), teaches=str(raw["teaches"]).strip(),
        file=file, line=line, options=options, answer=answer, pairs=pairs, spare=spare, case=case,
        fact=str(raw.get("fact") or "").strip(), teaches_line=at("teaches"),
    ), []


def load_questions(questions_dir: Path, task_ids: set[str], root: Path | None = None) -> list[Question]:
    """Load every question file; raise :class:`GuideError` listing all problems."""
    questions, problems, seen = [], [], {}
    defined: dict[tuple[str, str], dict] = {}  # (exam, case id) -> first definition
    for path in sorted(Path(questions_dir).glob("*/*.yml")):
        exam = path.parent.name
        file = path.relative_to(root).as_posix() if root else str(path)
        try:
            data = load(path)
        except GuideError as exc:
            problems += [p.replace(str(path), file) for p in exc.problems]
            continue
        if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
            problems.append(f"{file}:1: a question file is a mapping with a 'questions' list (and optional 'cases')")
            continue
        cases = {}
        declared = data.get("cases") or {}
        for key, case in declared.items():
            case.line = declared.line_of(key) if hasattr(declared, "line_of") else case.line
            if not str(case.get("title") or "").strip() or not str(case.get("scenario") or "").strip():
                problems.append(f"{file}:{case.line}: case {key!r} needs a title and a scenario")
            cases[key] = {"id": key, "title": str(case.get("title") or "").strip(),
                          "scenario": str(case.get("scenario") or "").strip(), "where": f"{file}:{case.line}"}
            first = defined.setdefault((exam, key), cases[key])
            if first is not cases[key]:
                # a set may span files (task statements); every copy must tell the same scenario
                if (first["title"], first["scenario"]) != (cases[key]["title"], cases[key]["scenario"]):
                    problems.append(f"{file}:{case.line}: case {key!r} disagrees with its definition at "
                                    f"{first['where']}: a case-study set shares one title and scenario")
                cases[key] = first
        for raw in data["questions"]:
            question, found = validate_question(raw, file, exam, cases, task_ids)
            problems += found
            if question:
                if question.id in seen:
                    problems.append(f"{file}:{question.line}: duplicate question id {question.id} (also {seen[question.id]})")
                seen[question.id] = f"{file}:{question.line}"
                questions.append(question)
    problems += case_set_problems(questions, defined)
    if problems:
        raise GuideError(problems)
    return questions


def case_set_problems(questions: list[Question], defined: dict[tuple[str, str], dict]) -> list[str]:
    """A case-study set is 2-4 questions of one exam domain that share one case."""
    low, high = CASE_SET_SIZE
    problems = []
    for (exam, key), case in defined.items():
        members = [q for q in questions if q.exam == exam and q.case and q.case["id"] == key]
        where = case["where"]
        if not members:
            problems.append(f"{where}: case {key!r} is used by no question")
            continue
        if not low <= len(members) <= high:
            problems.append(f"{where}: case {key!r} has {len(members)} question(s); a case-study set has "
                            f"{low} to {high} questions that share its scenario")
        domains = sorted({q.domain for q in members})
        if len(domains) > 1:
            problems.append(f"{where}: case {key!r} spans domains {domains}; its questions render together "
                            "on one domain's practice page, so keep a set within one domain")
    return problems


def case_sets(questions: list[Question]) -> dict[str, list[Question]]:
    """Questions grouped by case id, in bank order (the questions of each set)."""
    sets: dict[str, list[Question]] = {}
    for q in questions:
        if q.case:
            sets.setdefault(q.case["id"], []).append(q)
    return sets


# ---------------------------------------------------------------- rendering

_MARKDOWN = md.Markdown()  # one instance: building a converter costs far more than using it


def _inline(text: str) -> str:
    """Render inline Markdown (code, emphasis) to HTML without a wrapping <p>."""
    rendered = _MARKDOWN.reset().convert(html.unescape(str(text)))
    return re.sub(r"^<p>(.*)</p>$", r"\1", rendered.strip(), flags=re.S)


_VERDICT = re.compile(r"^(?:correct|incorrect|wrong|right)\s*[.:!-]\s*", re.I)


def _without_verdict(text: str) -> str:
    """Drop a leading "Correct." or "Incorrect:" the renderer already prints."""
    return _VERDICT.sub("", str(text).strip(), count=1)


def _shuffled(items: list, seed: str) -> list:
    """A fixed, seed-dependent order (stable across builds, not the answer order)."""
    keyed = [(hashlib.sha256(f"{seed}:{i}".encode()).hexdigest(), item) for i, item in enumerate(items)]
    order = [item for _, item in sorted(keyed, key=lambda pair: pair[0])]
    if len(order) > 1 and order == items:
        order = order[1:] + order[:1]
    return order


def _letters(n: int) -> list[str]:
    return [chr(ord("A") + i) for i in range(n)]


def question_md(q: Question, number: int | str, here: str, show_case: bool = True) -> str:
    """Render one question as Markdown + HTML, with links relative to page ``here``."""
    anchor = f"q-{q.id}"
    name = f"q-{re.sub(r'[^a-z0-9]+', '-', q.id)}"
    label = {"single": "Choose one", "multiple": f"Choose {len(q.answer)}",
             "ordering": "Put in order",
             "matching": "Match each item (some choices fit no item)" if q.spare else
                         "Match each item (a choice can fit more than one item)"}[q.type]
    if q.case:
        label += " · case study"
    teaches_page, _, teaches_anchor = q.teaches.partition("#")
    link = posixpath.relpath(teaches_page, posixpath.dirname(here) or ".") + (f"#{teaches_anchor}" if teaches_anchor else "")
    answer_data = html.escape(json.dumps(q.answer if q.type != "matching" else
                                         [str(p["right"]) for p in q.pairs]), quote=True)
    out = [f'<div class="quiz-question" id="{anchor}" data-qid="{q.id}" data-type="{q.type}" '
           f'data-answer="{answer_data}" markdown>', "",
           f'<p class="quiz-meta"><strong>Question {number}</strong> · {label} · task {q.task.split("/")[1]}</p>', ""]
    if q.case and show_case:
        out += ['<div class="quiz-case" markdown>', "", f"**Case study: {q.case['title']}**", "",
                q.case["scenario"], "", "</div>", ""]
    out += [q.stem, ""]
    letters = _letters(len(q.options))
    letter_of = dict(zip((str(o["id"]) for o in q.options), letters, strict=True))
    if q.type in ("single", "multiple"):
        kind = "radio" if q.type == "single" else "checkbox"
        out.append('<ul class="quiz-options">')
        for option, letter in zip(q.options, letters, strict=True):
            out.append(f'<li><label><input type="{kind}" name="{name}" value="{html.escape(str(option["id"]))}"> '
                       f'<span class="quiz-letter">{letter}.</span> {_inline(option["text"])}</label></li>')
        out.append("</ul>")
    elif q.type == "ordering":
        positions = "".join(f'<option value="{i}">{i}</option>' for i in range(1, len(q.options) + 1))
        out.append('<ol class="quiz-ordering" type="A">')
        for option in _shuffled(list(q.options), q.id):  # authors list steps in order; readers must not see it
            out.append(f'<li><label><select name="{name}" data-item="{html.escape(str(option["id"]))}" '
                       f'aria-label="Position">'
                       f'<option value="">–</option>{positions}</select> {_inline(option["text"])}</label></li>')
        out.append("</ol>")
    else:
        rights = _shuffled(q.choices(), q.id)
        choices = "".join(f'<option value="{html.escape(r)}">{html.escape(r)}</option>' for r in rights)
        out.append('<table class="quiz-matching"><tbody>')
        for i, pair in enumerate(q.pairs):
            out.append(f'<tr><td>{_inline(pair["left"])}</td><td><select name="{name}-{i}" data-row="{i}" '
                       f'aria-label="Match for item {i + 1}"><option value="">Choose…</option>{choices}</select></td></tr>')
        out.append("</tbody></table>")
    out += ["", '<p class="quiz-actions" hidden><button type="button" class="md-button quiz-check">Check answer</button> '
            '<span class="quiz-result" role="status"></span></p>', ""]
    # the answer, revealed on demand (works without JavaScript)
    out += ['<details class="quiz-answer" markdown>', "<summary>Show answer and explanation</summary>", ""]
    if q.type in ("single", "multiple"):
        right = ", ".join(letter_of[a] for a in q.answer)
        out += [f"**Answer: {right}.** {q.explanation}", ""]
        for option, letter in zip(q.options, letters, strict=True):
            mark = "Correct" if str(option["id"]) in q.answer else "Incorrect"
            out.append(f"- **{letter} – {mark}.** {_without_verdict(option['why'])}")
    elif q.type == "ordering":
        by_id = {str(o["id"]): o for o in q.options}
        out += [f"**Answer:** {q.explanation}", ""]
        for position, oid in enumerate(q.answer, 1):
            out.append(f"{position}. {by_id[oid]['text']}: {by_id[oid]['why']}")
    else:
        out += [f"**Answer:** {q.explanation}", ""]
        for pair in q.pairs:
            out.append(f"- {pair['left']} → **{pair['right']}**: {pair['why']}")
        if q.spare:
            out += ["", "Matches no item: " + ", ".join(f"*{_inline(x)}*" for x in q.spare) + "."]
    out += ["", f"[Study this topic]({link})", "", "</details>", "", "</div>", ""]
    return "\n".join(out)


def quiz_md(questions: list[Question], here: str, task_titles: dict[str, str]) -> str:
    """Render a quiz: one section per task statement, questions numbered from 1.

    The questions of a case-study set render together, under one scenario, in
    the section of the set's first task statement (as on the exam, where a set
    shares one scenario).
    """
    out = ['<div class="quiz" markdown>', "",
           '<div class="quiz-score" hidden><p>'
           f'<span class="quiz-attempted">0</span> of <span class="quiz-score-total">{len(questions)}</span> attempted · '
           '<span class="quiz-first">0</span> correct at the first try · score '
           '<span class="quiz-percent">0%</span> '
           '<button type="button" class="md-button quiz-reset">Reset progress</button></p></div>', ""]
    number = 0
    by_task: dict[str, list[Question]] = {}
    sets = case_sets(questions)
    placed: set[str] = set()
    for q in questions:
        if q.case:
            if q.case["id"] in placed:
                continue
            placed.add(q.case["id"])
        by_task.setdefault(q.task, []).append(q)
    for task in sorted(by_task, key=lambda t: [int(x) for x in t.split("/")[1].split(".")]):
        number_label = task.split("/")[1]
        out += [f"## {number_label} {task_titles.get(task, '')} {{#task-{number_label.replace('.', '-')}}}", ""]
        for q in by_task[task]:
            if not q.case:
                number += 1
                out.append(question_md(q, number, here))
                continue
            members = sets[q.case["id"]]
            out += [f'<div class="quiz-case-set" id="case-{q.case["id"]}" markdown>', "",
                    '<div class="quiz-case" markdown>', "",
                    f"**Case study: {q.case['title']}** · questions {number + 1}–{number + len(members)}", "",
                    q.case["scenario"], "", "</div>", ""]
            for member in members:
                number += 1
                out.append(question_md(member, number, here, show_case=False))
            out += ["</div>", ""]
    out += ["</div>", ""]
    return "\n".join(out)


def self_check_md(questions: list[Question], here: str) -> str:
    """A short quiz for the end of a journey module: the questions in bank order, numbered from 1.

    It scores like a practice page (same markup), without task-statement
    sections; case-study sets still render under one scenario.
    """
    quiz = quiz_md(questions, here, {})
    return re.sub(r"^## [0-9.]+ +\{#task-[0-9-]+\}\n\n", "", quiz, flags=re.M)
