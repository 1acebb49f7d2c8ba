"""Read what a Markdown page declares, with line numbers.

The site index needs, for every page, its front matter (``task``, ``covers``),
the syllabus bullets its sections claim (``data-covers`` on a heading), its
anchors, the snippet sections it includes and the directives it uses. This
module extracts them from the raw source, before MkDocs renders anything.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from markdown.extensions.toc import slugify

from . import GuideError
from .yamlines import loads

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*$")
ATTR_LIST = re.compile(r"\s*\{:?\s*([^}]*)\}\s*$")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
INCLUDE = re.compile(r'^\s*-{2}8<-{2}\s+"([^"]+)"\s*$')
DIRECTIVE = re.compile(r"^<!--\s*@([a-z][a-z-]*)\s*(.*?)\s*-->\s*$")


@dataclass
class Claim:
    """A section heading that claims syllabus bullets."""

    bullet: str
    anchor: str
    heading: str
    line: int


@dataclass
class Include:
    """One ``--8<--`` include of a snippet file (and optional section)."""

    path: str
    section: str | None
    line: int


@dataclass
class Directive:
    """One ``<!-- @name args -->`` line."""

    name: str
    args: list[str]
    line: int


@dataclass
class Page:
    """What one Markdown source declares."""

    src: str  # docs-relative POSIX path
    path: Path
    meta: dict
    body_start: int  # line number of the first body line
    title: str
    covers: list[tuple[str, int]] = field(default_factory=list)
    task: tuple[str, int] | None = None
    claims: list[Claim] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    includes: list[Include] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    prose: list[tuple[int, str]] = field(default_factory=list)  # (line, text) outside code
    sections: list[tuple[int, str, str]] = field(default_factory=list)  # (line, anchor, title) per heading

    def section_at(self, line: int) -> tuple[str, str]:
        """(anchor, title) of the heading a line sits under; ("", page title) above the first one."""
        found = ("", self.title)
        for start, anchor, title in self.sections:
            if start > line:
                break
            found = (anchor, title)
        return found

    def covered_tasks(self) -> set[str]:
        """Task ids from front matter plus the tasks of claimed bullets."""
        tasks = {ident for ident, _ in self.covers}
        tasks |= {claim.bullet.rsplit("/", 1)[0] for claim in self.claims}
        return tasks


def split_front_matter(text: str) -> tuple[dict, int, str]:
    """Return (meta, first body line, body)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            meta = loads(text[4:end]) or {}
            body_start = text[:end].count("\n") + 3
            body = text[end + 4:].split("\n", 1)[1] if "\n" in text[end + 4:] else ""
            return meta, body_start, body
    return {}, 1, text


def parse_attrs(attrs: str) -> dict[str, str]:
    """Parse a Markdown attr_list body (``#id .class key="v w"``)."""
    result = {}
    for token in shlex.split(attrs):
        if token.startswith("#"):
            result["id"] = token[1:]
        elif "=" in token:
            key, value = token.split("=", 1)
            result[key] = value
    return result


def unique_id(anchor: str, used: set[str]) -> str:
    """Python-Markdown's toc rule: a repeated heading id gets ``_1``, ``_2``... (records the result)."""
    candidate = anchor
    while candidate in used or not candidate:
        match = re.match(r"^(.*)_([0-9]+)$", candidate)
        candidate = f"{match.group(1)}_{int(match.group(2)) + 1}" if match else f"{candidate}_1"
    used.add(candidate)
    return candidate


def parse_page(src: str, path: Path, text: str | None = None) -> Page:
    """Parse one Markdown page; problems in its front matter raise :class:`GuideError`."""
    text = path.read_text(encoding="utf-8") if text is None else text
    try:
        meta, body_start, body = split_front_matter(text)
    except Exception as exc:  # YAML errors carry their own mark
        raise GuideError([f"docs/{src}:1: invalid front matter: {exc}"]) from exc
    offset = body_start - 1 if meta else 0
    page = Page(src=src, path=path, meta=meta, body_start=body_start, title=str(meta.get("title", "")))
    meta_line = lambda key: meta.line_of(key) + 1 if hasattr(meta, "line_of") else 1  # noqa: E731
    covers = meta.get("covers") or []
    if not isinstance(covers, list):
        raise GuideError([f"docs/{src}:{meta_line('covers')}: covers must be a list of task statement ids"])
    page.covers = [(str(c), meta_line("covers")) for c in covers]
    if meta.get("task"):
        page.task = (str(meta["task"]), meta_line("task"))
    fence = None
    explicit_ids = set(re.findall(r'\{[^}]*#([A-Za-z][\w-]*)[^}]*\}', body)) | set(re.findall(r'\bid="([^"]+)"', body))
    used_ids = set(explicit_ids)
    for number, line in enumerate(body.split("\n"), offset + 1):
        match = INCLUDE.match(line)
        if match:
            target, _, section = match.group(1).partition(":")
            page.includes.append(Include(target, section or None, number))
            continue
        fence_match = FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and line.strip() == marker:
                fence = None
            continue
        if fence is not None:
            continue
        directive = DIRECTIVE.match(line)
        if directive:
            page.directives.append(Directive(directive.group(1), directive.group(2).split(), number))
            continue
        heading = HEADING.match(line)
        if heading:
            title = heading.group(2)
            attrs = {}
            attr_match = ATTR_LIST.search(title)
            if attr_match:
                attrs = parse_attrs(attr_match.group(1))
                title = title[: attr_match.start()].strip()
            anchor = attrs.get("id")
            if not anchor:
                anchor = unique_id(slugify(re.sub(r"[*_`]", "", title), "-"), used_ids)
            page.anchors.add(anchor)
            if len(heading.group(1)) == 1 and not page.title:
                page.title = title
            if len(heading.group(1)) > 1:
                page.sections.append((number, anchor, re.sub(r"[*_`]", "", title)))
            for bullet in attrs.get("data-covers", "").split():
                page.claims.append(Claim(bullet, anchor, title, number))
        for explicit in re.findall(r'\{[^}]*#([A-Za-z][\w-]*)[^}]*\}', line):
            page.anchors.add(explicit)
        for explicit in re.findall(r'\bid="([^"]+)"', line):
            page.anchors.add(explicit)
        page.prose.append((number, line))
    if not page.title:
        page.title = Path(src).stem.replace("-", " ").capitalize()
    return page


def scan_docs(docs_dir: Path) -> dict[str, Page]:
    """Parse every Markdown page under ``docs_dir``, keyed by docs-relative path."""
    pages, problems = {}, []
    for path in sorted(Path(docs_dir).rglob("*.md")):
        src = path.relative_to(docs_dir).as_posix()
        try:
            pages[src] = parse_page(src, path)
        except GuideError as exc:
            problems += exc.problems
    if problems:
        raise GuideError(problems)
    return pages
