"""One exam fact inside a sentence: ``<!-- @fact mla-c01 duration -->`` renders "130 minutes".

The block directives (``@exam-facts`` and friends) render whole tables; a
sentence that needs one number uses this inline macro instead, so the number
still comes from ``data/exams/<exam>.yml`` and a change there updates every
page. The macro is an HTML comment, so an unexpanded one never shows a wrong
number (and the build test fails on any ``<!-- @`` left in the HTML).

Keys (``<!-- @fact <exam> <key> [<domain>] -->``):

===================  ==============================  ==========================
key                  renders                         from
===================  ==============================  ==========================
name                 AWS Certified Machine Learn...  ``name``
code                 MLA-C01                         ``code``
questions            65                              ``questions.total``
scored-questions     50                              ``questions.scored``
unscored-questions   15                              ``questions.unscored``
duration             130 minutes                     ``duration_min``
passing-score        720                             ``passing_score``
score-scale          100-1000                        ``score_scale``
cost                 150 USD                         ``cost_usd``
status               active / retired                ``status.state``
status-date          31 March 2026                   ``status.date``
last-checked         21 November 2026                ``last_checked``
weight <n>           28%                             ``domains[n].weight``
===================  ==============================  ==========================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import GuideError

#: The inline macro; ``group(1)`` holds "<exam> <key> [<arg>]".
FACT = re.compile(r"<!--\s*@fact\b\s*(.*?)\s*-->")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def format_date(value) -> str:
    """``2026-03-31`` (a date or an ISO string) as "31 March 2026"."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value.strip())
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def _weight(exam, args):
    if not args:
        raise ValueError("weight needs a domain number: <!-- @fact <exam> weight <n> -->")
    return f"{exam.domain(int(args[0])).weight}%"


def _status_date(exam, args):
    date = exam.data["status"].get("date")
    if not date:
        raise ValueError(f"{exam.label} has no status date in data/exams/{exam.code}.yml")
    return format_date(date)


FACTS = {
    "name": lambda exam, args: exam.name,
    "code": lambda exam, args: exam.label,
    "questions": lambda exam, args: str(exam.data["questions"]["total"]),
    "scored-questions": lambda exam, args: str(exam.data["questions"]["scored"]),
    "unscored-questions": lambda exam, args: str(exam.data["questions"]["unscored"]),
    "duration": lambda exam, args: f"{exam.data['duration_min']} minutes",
    "passing-score": lambda exam, args: str(exam.data["passing_score"]),
    "score-scale": lambda exam, args: str(exam.data["score_scale"]).split(" ")[0],
    "cost": lambda exam, args: f"{exam.data['cost_usd']} USD",
    "status": lambda exam, args: str(exam.data["status"]["state"]),
    "status-date": _status_date,
    "last-checked": lambda exam, args: format_date(exam.data["last_checked"]),
    "weight": _weight,
}


def render_fact(exams: dict, spec: str) -> str:
    """Render one macro body ("mla-c01 duration"); a bad one raises ``ValueError`` saying why."""
    parts = spec.split()
    if len(parts) < 2:
        raise ValueError("write <!-- @fact <exam> <key> -->, for example <!-- @fact mla-c01 duration -->")
    code, key, args = parts[0].lower(), parts[1], parts[2:]
    if code not in exams:
        raise ValueError(f"unknown exam {parts[0]!r} (known: {', '.join(sorted(exams))})")
    if key not in FACTS:
        raise ValueError(f"unknown fact {key!r} (known: {', '.join(FACTS)})")
    try:
        return FACTS[key](exams[code], args)
    except KeyError as exc:
        raise ValueError(f"data/exams/{code}.yml has no value for {key!r} ({exc})") from None


def _in_code(line: str, offset: int) -> bool:
    """True when ``offset`` of ``line`` sits inside an inline code span."""
    return any(span.start() <= offset < span.end() for span in re.finditer(r"(`+)(?:(?!\1).)+?\1", line))


def expand_facts(markdown: str, exams: dict, where: str, first_line: int = 1) -> str:
    """Replace every ``<!-- @fact ... -->`` outside code; bad ones raise :class:`GuideError` with ``file:line``."""
    from .pages import FENCE

    out, problems, fence = [], [], None
    for number, line in enumerate(markdown.split("\n"), first_line):
        fence_match = FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            fence = marker if fence is None else (None if line.strip() == marker else fence)
        if fence is None and "@fact" in line:
            def render(match, line=line, number=number):
                if _in_code(line, match.start()):
                    return match.group(0)
                try:
                    return render_fact(exams, match.group(1))
                except ValueError as exc:
                    problems.append(f"{where}:{number}: {match.group(0)}: {exc}")
                    return match.group(0)
            line = FACT.sub(render, line)
        out.append(line)
    if problems:
        raise GuideError(problems)
    return "\n".join(out)


def fact_problems(paragraphs, exams: dict) -> list[str]:
    """``file:line`` problems for every macro in joined paragraphs that does not render."""
    problems = []
    for paragraph in paragraphs:
        if "@fact" not in paragraph.text:
            continue
        for match in FACT.finditer(paragraph.text):
            if _in_code(paragraph.text, match.start()):
                continue
            try:
                render_fact(exams, match.group(1))
            except ValueError as exc:
                problems.append(f"{paragraph.where(match.start())}: {match.group(0)}: {exc}")
    return problems


def expand_question_facts(question, exams: dict):
    """A copy of a practice question with the macros in its texts rendered."""
    render = lambda text: expand_facts(str(text), exams, question.file, question.line)  # noqa: E731
    options = [{**o, **{k: render(o[k]) for k in ("text", "why") if k in o}} for o in question.options]
    pairs = [{**p, **{k: render(p[k]) for k in ("left", "right", "why") if k in p}} for p in question.pairs]
    case = {**question.case, "scenario": render(question.case["scenario"])} if question.case else None
    return dataclasses.replace(question, stem=render(question.stem), explanation=render(question.explanation),
                               options=options, pairs=pairs, case=case)
