"""Availability notices (``data/availability.yml``): validation and rendering.

One entry per service that AWS renamed, closed to new customers or
discontinued. Pages show a notice with ``<!-- @availability "Amazon Forecast" -->``
and the glossary adds a line to the service's entry, so a later change is
made in the data file only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GuideError
from .yamlines import load

STATUSES = {
    "renamed": "Renamed",
    "closed-to-new-customers": "Closed to new customers",
    "discontinued": "Discontinued",
    "end-of-support": "End of support announced",
}
#: ``date: unpublished``: AWS announced the change but published no date for it.
UNPUBLISHED = "unpublished"
#: What a date column shows for such a notice.
NO_DATE = "no date published"
KEYS = {"service", "former_names", "status", "date", "note", "sources"}
REQUIRED = KEYS - {"former_names"}
SOURCE_KEYS = {"url", "title", "checked"}
#: A second sentence inside a note: end punctuation, a space, then a capital.
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")


@dataclass
class Source:
    """Where a notice was checked."""

    url: str
    title: str
    checked: dt.date


@dataclass
class Notice:
    """One availability change of one service."""

    service: str
    status: str
    date: dt.date | None  # None: AWS published no date (``date: unpublished``)
    note: str
    sources: list[Source]
    line: int
    former_names: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Human label of the status ("Closed to new customers")."""
        return STATUSES[self.status]

    def names(self) -> list[str]:
        """Current and former names."""
        return [self.service, *self.former_names]


def parse_date(value) -> dt.date:
    """Accept a YAML date or an ISO ``YYYY-MM-DD`` string; raise ValueError otherwise."""
    if isinstance(value, dt.datetime):
        raise ValueError(f"{value!r} has a time; give a date (YYYY-MM-DD)")
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return dt.date.fromisoformat(value.strip())
    raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD)")


def parse_notice_date(value) -> dt.date | None:
    """A notice's ``date``: an ISO date, or ``unpublished`` (None); ValueError otherwise."""
    if value == UNPUBLISHED:
        return None
    try:
        return parse_date(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD) or '{UNPUBLISHED}'") from None


def human_date(day: dt.date) -> str:
    """``2024-07-29`` -> ``29 July 2024`` (the guide's date style)."""
    return f"{day.day} {day.strftime('%B')} {day.year}"


def date_cell(notice: Notice) -> str:
    """The notice's date for a table column: ``29 July 2024`` or ``no date published``."""
    return NO_DATE if notice.date is None else human_date(notice.date)


def by_date(notice: Notice) -> tuple:
    """Sort key for tables: dated notices oldest first, then the undated ones, each by service."""
    return (notice.date is None, notice.date or dt.date.min, notice.service)


def _line(entry, key=None) -> int:
    if key is not None and hasattr(entry, "line_of"):
        return entry.line_of(key)
    return getattr(entry, "line", 0)


def _sources(path, entry, problems) -> list[Source]:
    raw = entry.get("sources")
    if not isinstance(raw, list) or not raw:
        problems.append(f"{path}:{_line(entry, 'sources')}: '{entry.get('service')}': sources must be a non-empty list")
        return []
    found = []
    for i, item in enumerate(raw):
        line = raw.item_lines[i] if hasattr(raw, "item_lines") else _line(entry, "sources")
        if not isinstance(item, dict):
            problems.append(f"{path}:{line}: a source must be a mapping with url, title and checked")
            continue
        missing, unknown = SOURCE_KEYS - set(item), set(item) - SOURCE_KEYS
        if missing:
            problems.append(f"{path}:{line}: source without {sorted(missing)}")
        if unknown:
            problems.append(f"{path}:{line}: unknown source keys {sorted(unknown)} (allowed: url, title, checked)")
        url = str(item.get("url") or "")
        if url and not url.startswith("https://"):
            problems.append(f"{path}:{line}: source url must start with https://: {url!r}")
        if "title" in item and not str(item.get("title") or "").strip():
            problems.append(f"{path}:{line}: source title is empty")
        checked = None
        if "checked" in item:
            try:
                checked = parse_date(item["checked"])
            except ValueError as exc:
                problems.append(f"{path}:{_line(item, 'checked')}: checked: {exc}")
        if not missing and checked:
            found.append(Source(url=url, title=str(item["title"]).strip(), checked=checked))
    return found


def load_availability(path: Path, today: dt.date | None = None) -> list[Notice]:
    """Load and validate the notices; every problem names ``file:line``.

    ``today`` (default: the real date) rejects a ``checked`` date in the future.
    """
    today = today or dt.date.today()
    data = load(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise GuideError([f"{path}:1: the availability file must be a list of notices"])
    problems, notices, seen = [], [], {}
    previous = None
    for entry in data:
        line = _line(entry)
        if not isinstance(entry, dict):
            problems.append(f"{path}:{line}: a notice must be a mapping")
            continue
        service = str(entry.get("service") or "").strip()
        missing = sorted(REQUIRED - set(entry))
        if missing:
            problems.append(f"{path}:{line}: notice '{service or '?'}' lacks {missing}")
        unknown = sorted(set(entry) - KEYS)
        if unknown:
            problems.append(f"{path}:{line}: unknown keys {unknown} (allowed: {', '.join(sorted(KEYS))})")
        if not service:
            problems.append(f"{path}:{line}: notice without a service name")
            continue
        status = entry.get("status")
        if "status" in entry and status not in STATUSES:
            problems.append(f"{path}:{_line(entry, 'status')}: '{service}': status {status!r} is not one of "
                            f"{', '.join(STATUSES)}")
        day, dated = None, False
        if "date" in entry:
            try:
                day = parse_notice_date(entry["date"])
                dated = True
            except ValueError as exc:
                problems.append(f"{path}:{_line(entry, 'date')}: '{service}': date: {exc}")
            if dated and day is None and status == "end-of-support":
                problems.append(f"{path}:{_line(entry, 'date')}: '{service}': end-of-support needs the end date "
                                f"AWS announced, not '{UNPUBLISHED}'")
        note = " ".join(str(entry.get("note") or "").split())
        if "note" in entry and not note:
            problems.append(f"{path}:{_line(entry, 'note')}: '{service}': empty note")
        elif note and (SENTENCE_BREAK.search(note) or not note.endswith(".")):
            problems.append(f"{path}:{_line(entry, 'note')}: '{service}': note must be one sentence ending with '.'")
        former = entry.get("former_names") or []
        if not isinstance(former, list) or not all(isinstance(n, str) and n.strip() for n in former):
            problems.append(f"{path}:{_line(entry, 'former_names')}: '{service}': former_names must be a list of names")
            former = []
        if status == "renamed" and not former:
            problems.append(f"{path}:{line}: '{service}': a renamed service needs former_names")
        sources = _sources(path, entry, problems)
        for source in sources:
            if source.checked > today:
                problems.append(f"{path}:{line}: '{service}': source checked date {source.checked} is in the future")
        for name in [service, *former]:
            key = name.strip().lower()
            if key in seen:
                problems.append(f"{path}:{line}: name '{name}' already used on line {seen[key]}")
            else:
                seen[key] = line
        if previous is not None and service.lower() < previous.lower():
            problems.append(f"{path}:{line}: '{service}' is out of order: keep notices sorted by service "
                            f"(it belongs before '{previous}')")
        previous = service
        if not missing and dated and status in STATUSES and note:
            notices.append(Notice(service=service, status=status, date=day, note=note, sources=sources,
                                  line=line, former_names=[n.strip() for n in former]))
    if problems:
        raise GuideError(problems)
    return notices


def find_notice(notices: list[Notice], name: str) -> Notice:
    """The notice for a current or former name (case-insensitive); KeyError if none.

    A name of two words or more also finds the one notice whose name ends with
    it ("Edge Manager" finds "Amazon SageMaker Edge Manager").
    """
    found = match_notice(notices, [name])
    if found is None:
        raise KeyError(f"no availability notice for {name!r} in data/availability.yml")
    return found


def match_notice(notices: list[Notice], names: list[str]) -> Notice | None:
    """The notice for any of ``names``: an exact name first, else a unique multi-word suffix."""
    wanted = {n.strip().strip("\"'").lower() for n in names}
    for notice in notices:
        if wanted & {n.lower() for n in notice.names()}:
            return notice
    suffixes = {w for w in wanted if len(w.split()) >= 2}
    hits = [notice for notice in notices
            if any(n.lower().endswith(" " + s) for n in notice.names() for s in suffixes)]
    return hits[0] if len(hits) == 1 else None


def summary(notice: Notice) -> str:
    """One sentence of fact: what happened, when, and under which name.

    An undated notice says that AWS gives no date instead of inventing one.
    """
    if notice.date is None:
        return _undated_summary(notice)
    when = human_date(notice.date)
    if notice.status == "renamed":
        formerly = " and ".join(notice.former_names)
        return f"{notice.service} (formerly {formerly}) has carried its current name since {when}."
    if notice.status == "closed-to-new-customers":
        return f"{notice.service} has been closed to new customers since {when}."
    if notice.status == "discontinued":
        return f"{notice.service} was discontinued on {when}."
    return f"AWS ends support for {notice.service} on {when}."


def _undated_summary(notice: Notice) -> str:
    if notice.status == "renamed":
        what = f"{notice.service} is the current name of {' and '.join(notice.former_names)}"
    elif notice.status == "closed-to-new-customers":
        what = f"{notice.service} is closed to new customers"
    else:
        what = f"{notice.service} is discontinued"
    return f"AWS's documentation says {what}; it gives no date."


def sources_md(notice: Notice) -> str:
    """``Source: [title](url), checked 3 December 2026.`` for each source."""
    parts = [f"[{s.title}]({s.url}) (checked {human_date(s.checked)})" for s in notice.sources]
    return ("Sources: " if len(parts) > 1 else "Source: ") + "; ".join(parts) + "."


def notice_md(notice: Notice) -> str:
    """An admonition for a page (``@availability``)."""
    kind = "note" if notice.status == "renamed" else "warning"
    body = f"{summary(notice)} {notice.note} {sources_md(notice)}"
    return f'!!! {kind} "{notice.label}"\n    {body}\n'


def glossary_line(notice: Notice) -> str:
    """The availability line appended to a glossary entry."""
    return f"**Availability:** {summary(notice)} {notice.note} {sources_md(notice)}"


def directive_name(args: list[str]) -> str:
    """Join directive arguments back into one quoted or bare service name."""
    text = " ".join(args).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        text = text[1:-1]
    if not text:
        raise ValueError("give a service name: <!-- @availability \"Amazon Forecast\" -->")
    return text
