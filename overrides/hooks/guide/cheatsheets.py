"""Cheat sheets: gather exam-angle points, include sheets in one printable page, notices.

Plain functions over Markdown text and page objects from :mod:`guide.pages`:

- :func:`exam_angles_md` collects the ``## Exam angle`` section of every task
  page of an exam, in syllabus order, with links rebased for the page that
  shows them;
- :func:`include_sheet_md` inlines one cheat sheet into the "print all" page
  (front matter dropped, headings one level down, explicit ids prefixed so
  ten sheets never share an anchor);
- :func:`ai_services_md` and :func:`availability_list_md` join services with
  their availability notices (the full notices table is the glossary hook's).
"""

from __future__ import annotations

import posixpath
import re

from .availability import NO_DATE, UNPUBLISHED, human_date
from .pages import FENCE, HEADING, split_front_matter

LINK = re.compile(r"\]\(([^)\s]+)\)")
EXPLICIT_ID = re.compile(r"(\{[^}]*#)([A-Za-z][\w-]*)")
EXAM_ANGLE = "exam-angle"


def rebase_links(text: str, src: str, here: str) -> str:
    """Rewrite relative Markdown links written on page ``src`` so they work on page ``here``.

    External links (``http:``, ``mailto:``) and site-absolute ones stay; a bare
    ``#anchor`` becomes a link to ``src`` with that anchor.
    """
    def fix(match):
        target = match.group(1)
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
            return match.group(0)
        path, _, anchor = target.partition("#")
        absolute = src if not path else posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
        rel = posixpath.relpath(absolute, posixpath.dirname(here) or ".")
        return f"]({rel}{'#' + anchor if anchor else ''})"
    return LINK.sub(fix, text)


def section_lines(prose: list[tuple[int, str]], anchor: str) -> list[str]:
    """Lines of the section whose heading has ``{#anchor}``, up to the next heading of its level or higher."""
    out, level = [], None
    for _, line in prose:
        heading = HEADING.match(line)
        if heading:
            depth = len(heading.group(1))
            if level is not None and depth <= level:
                break
            if level is None and re.search(r"\{[^}]*#" + re.escape(anchor) + r"[\s}]", line):
                level = depth
                continue
        if level is not None:
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    while out and not out[0].strip():
        out.pop(0)
    return out


def exam_angles_md(task_pages: list[tuple[str, str, list[tuple[int, str]]]], here: str) -> str:
    """One block per task page: a linked title, then its exam-angle points.

    ``task_pages`` holds ``(src, title, prose)`` in syllabus order. A page
    without an ``{#exam-angle}`` section raises ``ValueError`` (a task page
    must have one).
    """
    out = []
    for src, title, prose in task_pages:
        lines = section_lines(prose, EXAM_ANGLE)
        if not lines:
            raise ValueError(f"docs/{src} has no '## Exam angle {{#{EXAM_ANGLE}}}' section to gather")
        target = posixpath.relpath(src, posixpath.dirname(here) or ".")
        out += [f"### [{title}]({target}#{EXAM_ANGLE})", "", rebase_links("\n".join(lines), src, here), ""]
    return "\n".join(out)


def include_sheet_md(text: str, src: str, here: str, prefix: str) -> str:
    """Inline a sheet: drop its front matter, demote headings one level, prefix explicit ids."""
    _, _, body = split_front_matter(text)
    out, fence = [], None
    for line in body.split("\n"):
        marker = FENCE.match(line)
        if marker:
            fence = marker.group(1) if fence is None else (None if line.strip() == fence else fence)
        elif fence is None:
            if HEADING.match(line) and not line.startswith("######"):
                line = "#" + line
            line = EXPLICIT_ID.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", line)
        out.append(line)
    body = rebase_links("\n".join(out), src, here).strip("\n")
    return f'<div class="cheatsheet-break" data-sheet="{prefix}"></div>\n\n{body}\n'


STATUS_LABELS = {
    "renamed": "renamed",
    "closed-to-new-customers": "closed to new customers",
    "discontinued": "discontinued",
    "end-of-support": "end of support announced",
}


def _get(obj, key, default=None):
    """Read a field from a dict or an object (the availability loader returns objects)."""
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def notice_for(service: str, notices) -> object | None:
    """The availability notice of a service, found by its current or a former name."""
    for notice in notices:
        if service == _get(notice, "service") or service in (_get(notice, "former_names") or []):
            return notice
    return None


def parse_ai_services(data, where: str = "data/ai_services.yml") -> list[dict]:
    """Check ``data/ai_services.yml``: a ``services`` list of service, job, customize, teaches."""
    from . import GuideError

    if not isinstance(data, dict) or not isinstance(data.get("services"), list):
        raise GuideError([f"{where}:1: expected a mapping with a 'services:' list"])
    problems, seen = [], set()
    for entry in data["services"]:
        line = getattr(entry, "line", 0)
        if not isinstance(entry, dict):
            problems.append(f"{where}:{line}: each service must be a mapping")
            continue
        missing = [k for k in ("service", "job", "customize", "teaches") if k not in entry]
        unknown = sorted(set(entry) - {"service", "job", "customize", "teaches"})
        if missing:
            problems.append(f"{where}:{line}: service {entry.get('service', '?')!r} is missing {', '.join(missing)}")
            continue
        if unknown:
            problems.append(f"{where}:{line}: unknown field(s) {', '.join(unknown)}")
        if entry["service"] in seen:
            problems.append(f"{where}:{line}: duplicate service {entry['service']!r}")
        seen.add(entry["service"])
        if not isinstance(entry["teaches"], list):
            problems.append(f"{where}:{line}: teaches must be a list (may be empty)")
    if problems:
        raise GuideError(problems)
    return list(data["services"])


def _since(day) -> str:
    """`` since 29 July 2024``, or ``, no date published`` for a notice AWS gave no date
    (``date: unpublished``, which the loader turns into None)."""
    if day is None or day == UNPUBLISHED:
        return f", {NO_DATE}"
    return f" since {human_date(day)}" if hasattr(day, "strftime") else f" since {day}"


def ai_services_md(services: list[dict], notices, here: str, titles: dict[str, str] | None = None) -> str:
    """Which service for which job, with availability joined from the notices file."""
    titles = titles or {}
    out = ["| Job | Service | When the generic model is not enough | Availability | Learn more |",
           "|---|---|---|---|---|"]
    for entry in services:
        notice = notice_for(entry["service"], notices)
        if notice is None:
            availability = "available"
        else:
            status = STATUS_LABELS.get(_get(notice, "status"), _get(notice, "status"))
            sources = _get(notice, "sources") or []
            first = sources[0] if sources else None
            link = f" ([source]({_get(first, 'url')}))" if first else ""
            availability = f"**{status}**{_since(_get(notice, 'date'))}{link}"
        links = ", ".join(
            f"[{titles.get(t.partition('#')[0], t.partition('#')[0])}]"
            f"({posixpath.relpath(t.partition('#')[0], posixpath.dirname(here) or '.')}"
            f"{'#' + t.partition('#')[2] if '#' in t else ''})" for t in entry["teaches"])
        out.append(f"| {entry['job']} | {entry['service']} | {entry['customize']} | {availability} | {links or '—'} |")
    return "\n".join(out)


def availability_list_md(names: list[str], notices) -> str:
    """A bullet per named service: status, date and note from its availability notice.

    An unknown name raises ``KeyError`` so that a removed notice fails the build
    instead of leaving a stale sentence on the page.
    """
    out = []
    for name in names:
        notice = notice_for(name, notices)
        if notice is None:
            raise KeyError(f"no availability notice for {name!r} in data/availability.yml")
        status = STATUS_LABELS.get(_get(notice, "status"), _get(notice, "status"))
        note = " ".join(str(_get(notice, "note")).split())
        out.append(f"- **{_get(notice, 'service')}**: {status}{_since(_get(notice, 'date'))}. {note}")
    return "\n".join(out)
