"""The two-way map between a retired exam and its successor, and the retirement notice.

``data/mls-to-mla.yml`` links every MLS-C01 task statement to the MLA-C01
task statements that now test the same skills, with a short reason per link.
From that one file the site renders the map table on the MLS-C01 overview, an
"MLA-C01 counterparts" section on every MLS-C01 task page and an "MLS-C01
pages that go deeper" section on every MLA-C01 task page. The retirement
notice on every page of a retired exam is rendered from the exam's data file
(``status.state`` and ``status.date``), never typed by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import GuideError
from .syllabus import Exam, Syllabus, Task
from .yamlines import load

#: ``link(task) -> relative link or None`` (None: the task has no page yet).
TaskLink = Callable[[Task], "str | None"]

MAP_KEYS = {"from", "to", "map"}
ENTRY_KEYS = {"mls", "emphasis", "mla"}
LINK_KEYS = {"task", "why"}


@dataclass
class MapLink:
    """One link: an old task statement is now tested by a new one, for a reason."""

    old: str  # task id, e.g. mls-c01/1.2
    new: str  # task id, e.g. mla-c01/1.1
    why: str
    line: int


@dataclass
class ExamMap:
    """Every link from the retired exam (``old``) to its successor (``new``)."""

    old: str  # exam code, e.g. mls-c01
    new: str
    links: list[MapLink] = field(default_factory=list)
    emphasis: dict[str, str] = field(default_factory=dict)  # old task id -> change in emphasis

    def counterparts(self, old_task: str) -> list[MapLink]:
        """Links from one task statement of the retired exam, in file order."""
        return [link for link in self.links if link.old == old_task]

    def deeper(self, new_task: str) -> list[MapLink]:
        """Links into one task statement of the successor exam, in file order."""
        return [link for link in self.links if link.new == new_task]


def _text(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def load_exam_map(path: Path, syllabus: Syllabus) -> ExamMap:
    """Load and check the map; every problem raises :class:`GuideError` as ``file:line: message``.

    Checked: known keys, both exams exist, every task id exists in its exam,
    every task statement of the old exam appears exactly once, every link has
    a reason, no link is repeated, and every task of the new exam is reached.
    """
    data = load(path)
    problems: list[str] = []
    if not isinstance(data, dict):
        raise GuideError([f"{path}:1: expected a mapping with keys from, to, map"])
    for key in sorted(set(data) - MAP_KEYS):
        problems.append(f"{path}:{data.line_of(key)}: unknown key {key!r} (expected {', '.join(sorted(MAP_KEYS))})")
    old, new = str(data.get("from", "")), str(data.get("to", ""))
    fatal = []
    for key, code in (("from", old), ("to", new)):
        if code not in syllabus.exams:
            fatal.append(f"{path}:{data.line_of(key)}: {key}: unknown exam {code!r}")
    entries = data.get("map")
    if not isinstance(entries, list) or not entries:
        fatal.append(f"{path}:{data.line_of('map')}: map must be a non-empty list")
    if fatal:
        raise GuideError(problems + fatal)
    result = ExamMap(old=old, new=new)
    seen_old: dict[str, int] = {}
    seen_links: set[tuple[str, str]] = set()
    for entry, entry_line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, dict):
            problems.append(f"{path}:{entry_line}: each map entry is a mapping with keys mls, emphasis, mla")
            continue
        for key in sorted(set(entry) - ENTRY_KEYS):
            problems.append(f"{path}:{entry.line_of(key)}: unknown key {key!r} in map entry")
        old_task = f"{old}/{entry.get('mls')}"
        if old_task not in syllabus.tasks:
            problems.append(f"{path}:{entry.line_of('mls')}: unknown {old} task statement {entry.get('mls')!r}")
            continue
        if old_task in seen_old:
            problems.append(f"{path}:{entry.line_of('mls')}: {old_task} is mapped twice (first on line {seen_old[old_task]})")
            continue
        seen_old[old_task] = entry.line_of("mls")
        if not _text(entry.get("emphasis")):
            problems.append(f"{path}:{entry.line_of('emphasis')}: {old_task}: say in a few words how the emphasis changed")
        result.emphasis[old_task] = _text(entry.get("emphasis"))
        targets = entry.get("mla")
        if not isinstance(targets, list) or not targets:
            problems.append(f"{path}:{entry.line_of('mla')}: {old_task}: mla must list at least one task statement")
            continue
        for link, link_line in zip(targets, targets.item_lines, strict=True):
            if not isinstance(link, dict):
                problems.append(f"{path}:{link_line}: each mla item is a mapping with keys task and why")
                continue
            for key in sorted(set(link) - LINK_KEYS):
                problems.append(f"{path}:{link.line_of(key)}: unknown key {key!r} in link")
            new_task = f"{new}/{link.get('task')}"
            if new_task not in syllabus.tasks:
                problems.append(f"{path}:{link.line_of('task')}: unknown {new} task statement {link.get('task')!r}")
                continue
            if (old_task, new_task) in seen_links:
                problems.append(f"{path}:{link.line_of('task')}: link {old_task} -> {new_task} is listed twice")
                continue
            why = _text(link.get("why"))
            if not why:
                problems.append(f"{path}:{link.line_of('why')}: link {old_task} -> {new_task} needs a short reason (why)")
                continue
            seen_links.add((old_task, new_task))
            result.links.append(MapLink(old_task, new_task, why, link.line))
    for exam_code, side in ((old, "old"), (new, "new")):
        for domain in syllabus.exams[exam_code].domains:
            for task in domain.tasks:
                if side == "old" and task.id not in seen_old:
                    problems.append(f"{path}:{data.line_of('map')}: {task.id} ({task.title}) is not mapped")
                if side == "new" and not any(link.new == task.id for link in result.links):
                    problems.append(f"{path}:{data.line_of('map')}: no {old} task statement leads to {task.id} ({task.title})")
    if problems:
        raise GuideError(problems)
    return result


def _task_name(task: Task, link: TaskLink, label: str = "") -> str:
    name = f"{label}{task.number} {task.title}"
    target = link(task)
    return f"[{name}]({target})" if target else name


def map_table_md(exam_map: ExamMap, syllabus: Syllabus, link: TaskLink) -> str:
    """The map table: each old task statement, its new counterparts and the change in emphasis."""
    old, new = syllabus.exams[exam_map.old], syllabus.exams[exam_map.new]
    lines = [f"| {old.label} task statement | {new.label} task statements that test it now | Change in emphasis |",
             "|---|---|---|"]
    for domain in old.domains:
        for task in domain.tasks:
            targets = "<br>".join(
                f"{_task_name(syllabus.tasks[l.new], link)}: {l.why}" for l in exam_map.counterparts(task.id))
            lines.append(f"| {_task_name(task, link)} | {targets} | {exam_map.emphasis[task.id]} |")
    return "\n".join(lines) + "\n"


def counterparts_md(exam_map: ExamMap, syllabus: Syllabus, old_task: str, link: TaskLink) -> str:
    """The "MLA-C01 counterparts" section of a task page of the retired exam."""
    new = syllabus.exams[exam_map.new]
    task = syllabus.tasks[old_task]
    links = exam_map.counterparts(old_task)
    if not links:
        raise KeyError(f"{old_task} is not in the exam map")
    out = ["", f"## {new.label} counterparts {{#{new.code}-counterparts}}", "",
           f"Task statement {task.number} is now tested by these {new.label} task statements "
           f"({exam_map.emphasis[old_task]}):", ""]
    out += [f"- {_task_name(syllabus.tasks[l.new], link, new.label + ' ')}: {l.why}" for l in links]
    return "\n".join(out) + "\n"


def deeper_md(exam_map: ExamMap, syllabus: Syllabus, new_task: str, link: TaskLink) -> str:
    """The "MLS-C01 pages that go deeper" section of a task page of the successor exam.

    A task statement whose page is not written yet is named without a link.
    Returns an empty string when no old task statement leads here.
    """
    old = syllabus.exams[exam_map.old]
    links = exam_map.deeper(new_task)
    if not links:
        return ""
    out = ["", f"## {old.label} pages that go deeper {{#{old.code}-deeper}}", "",
           f"The retired {old.label} exam tested these skills in more depth; its pages "
           "stay useful when you want the modeling detail behind an answer.", ""]
    for l in links:
        old_task = syllabus.tasks[l.old]
        written = "" if link(old_task) else " (page not written yet)"
        out.append(f"- {_task_name(old_task, link, old.label + ' ')}{written}: {l.why}")
    return "\n".join(out) + "\n"


def _long_date(value) -> str:
    if isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"status.date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    return f"{day.day} {day.strftime('%B')} {day.year}"


def retirement_notice_md(exam: Exam, successor: Exam | None = None, successor_link: str | None = None) -> str:
    """The notice shown on every page of a retired exam; empty for an active exam."""
    if not exam.retired:
        return ""
    status = exam.data["status"]
    if not status.get("date"):
        raise ValueError(f"{exam.label} is retired but status.date is missing")
    when = _long_date(status["date"])
    lines = [f'!!! warning "{exam.label} is retired"', "",
             f"    AWS retired the {exam.name} exam ({exam.label}) on {when}; "
             "it can no longer be booked or taken. This page keeps its syllabus as a map of ML "
             "practice on AWS."]
    if successor is not None:
        name = f"[{successor.label}]({successor_link})" if successor_link else successor.label
        lines[-1] += f" The exam that now tests these skills is {name}, {successor.name}."
    return "\n".join(lines) + "\n"


def insert_after_title(markdown: str, block: str) -> str:
    """Insert ``block`` after the page's first level-1 heading (at the top if there is none)."""
    if not block:
        return markdown
    lines = markdown.split("\n")
    in_fence = False
    for number, line in enumerate(lines):
        if line.strip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if not in_fence and line.startswith("# "):
            return "\n".join(lines[: number + 1] + ["", block.rstrip("\n"), ""] + lines[number + 1:])
    return block.rstrip("\n") + "\n\n" + markdown


def exam_of_page(src: str, meta: dict, exams: dict[str, Exam]) -> str | None:
    """The exam a page belongs to: its folder (``exams/<code>/``, ``practice/<code>/``),
    or its front matter ``exam:`` or ``task:``; None for pages of no single exam."""
    parts = src.split("/")
    if len(parts) >= 3 and parts[0] in ("exams", "practice") and parts[1] in exams:
        return parts[1]
    for key in ("exam", "task"):
        value = str(meta.get(key) or "").split("/")[0]
        if value in exams:
            return value
    return None
