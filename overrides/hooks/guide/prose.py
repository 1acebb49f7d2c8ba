"""Read prose as paragraphs, with the line each piece of text came from.

Prose is hard-wrapped, so a check that reads one line at a time misses a
name split over two lines ("Amazon Kinesis Data" / "Firehose") and cannot
see that "(formerly" on the line before exempts it. The readers here join
each paragraph into one string and keep a map from character offsets back
to source lines, so a check matches across line breaks and still reports
``file:line`` of the line where the hit starts.

Three sources of prose are read the same way: Markdown pages (outside code
fences and front matter), the text fields of YAML data (questions, glossary)
and the Markdown cells of notebooks.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

#: A line that starts a block of its own: heading, list item, table row, quote, admonition, HTML.
_BLOCK_START = re.compile(r"^\s*(#{1,6}\s|[-*+]\s|\*\[|\d+[.)]\s|\||>|!!!|\?\?\?|<(?!!--\s*@fact))")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


@dataclass
class Paragraph:
    """One paragraph joined into ``text``; ``starts`` holds the offset where each source line begins."""

    file: str
    text: str = ""
    lines: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    label: str = ""  # extra context for messages, such as "cell 3"

    def add(self, line: int, text: str) -> None:
        """Append one source line (stripped of its indentation) to the paragraph."""
        text = text.strip()
        if self.text:
            self.text += " "
        self.starts.append(len(self.text))
        self.lines.append(line)
        self.text += text

    @property
    def line(self) -> int:
        """The first source line of the paragraph."""
        return self.lines[0] if self.lines else 0

    def line_at(self, offset: int) -> int:
        """The source line holding character ``offset`` of :attr:`text`."""
        if not self.lines:
            return 0
        return self.lines[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def where(self, offset: int = 0) -> str:
        """``file:line`` of the character at ``offset`` (plus the label, if any)."""
        suffix = f" ({self.label})" if self.label else ""
        return f"{self.file}:{self.line_at(offset)}{suffix}"


def paragraphs_of_lines(lines, file: str, label: str = "") -> list[Paragraph]:
    """Group ``(line number, text)`` pairs into paragraphs.

    A blank line, a gap in the numbering (code removed), or a line that opens
    a block of its own (heading, list item, table row, admonition, HTML)
    starts a new paragraph. Code fences are skipped.
    """
    found: list[Paragraph] = []
    current: Paragraph | None = None
    previous = None
    fence = None
    for number, text in lines:
        match = _FENCE.match(text)
        if match:
            marker = match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and text.strip() == marker:
                fence = None
            current = None
            continue
        if fence is not None:
            continue
        if not text.strip():
            current = None
        else:
            gap = previous is not None and number != previous + 1
            if current is None or gap or _BLOCK_START.match(text) or current.text.startswith("#"):
                current = Paragraph(file=file, label=label)
                found.append(current)
            current.add(number, text)
        previous = number
    return found


def markdown_paragraphs(page) -> list[Paragraph]:
    """Paragraphs of a parsed page (``guide.pages.Page``: prose lines outside code)."""
    return paragraphs_of_lines(page.prose, f"docs/{page.src}")


def markdown_text_paragraphs(text: str, file: str, first_line: int = 1) -> list[Paragraph]:
    """Paragraphs of raw Markdown text (code fences skipped)."""
    return paragraphs_of_lines(enumerate(text.split("\n"), first_line), file)


#: YAML keys whose values are prose (questions, glossary, exam notes).
TEXT_KEYS = ("stem", "explanation", "text", "why", "left", "right", "scenario", "title", "definition",
             "fact", "note", "term", "spare")
_KEY = re.compile(r"^(\s*)(?:-\s+)?([A-Za-z_]+):(?:\s+(.*))?$")
_ITEM = re.compile(r"^(\s*)-\s+(.*)$")
_FLOW = re.compile(r"^\s*(?:-\s+)?(?:[A-Za-z_]+:\s+)?\{.*\}\s*$")


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    if text and text[0] in "'\"":
        return text[1:]
    if text and text[-1] in "'\"":
        return text[:-1]
    return text


def yaml_paragraphs(text: str, file: str, keys=TEXT_KEYS) -> list[Paragraph]:
    """Paragraphs of the prose values in a YAML file, read from its raw lines.

    For each ``key: value`` whose key is in ``keys``, the value's lines (plain,
    quoted, folded ``>`` or literal ``|``) are the lines after the key that are
    indented deeper than it; a blank line inside a block scalar starts a new
    paragraph. Reading raw lines keeps every hit on its real line number.
    """
    lines = text.split("\n")
    found: list[Paragraph] = []
    i = 0
    while i < len(lines):
        if _FLOW.match(lines[i]):  # a flow mapping ({id: a, text: ..., why: ...}): read the whole line
            paragraph = Paragraph(file=file)
            paragraph.add(i + 1, lines[i])
            found.append(paragraph)
            i += 1
            continue
        match = _KEY.match(lines[i])
        if not match or match.group(2) not in keys:
            i += 1
            continue
        indent = len(match.group(1)) + (2 if lines[i].lstrip().startswith("- ") else 0)
        first = match.group(3) or ""
        collected = []
        if first and first[0] not in "|>":
            collected.append((i + 1, _unquote(first)))
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            item = _ITEM.match(line) if first == "" else None  # a list value (spare: [...] as items)
            collected.append((j + 1, _unquote(item.group(2)) if item else _unquote(line) if line.strip() else ""))
            j += 1
        current = None
        for number, value in collected:
            if not value:
                current = None
                continue
            if current is None:
                current = Paragraph(file=file)
                found.append(current)
            current.add(number, value)
        i = j if j > i + 1 else i + 1
    return found


def notebook_cells(path: Path) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(cell number, cell type, [(line in the .ipynb file, source line)]) for every cell.

    nbformat writes one source line per JSON line, so each JSON-encoded
    source line is searched for in the raw file from where the previous one
    was found; the numbers are then made strictly increasing.
    """
    raw = Path(path).read_text(encoding="utf-8")
    raw_lines = raw.split("\n")
    cells = []
    cursor = 0
    for number, cell in enumerate(json.loads(raw).get("cells", [])):
        source = cell.get("source", [])
        source = source if isinstance(source, list) else source.splitlines(keepends=True)
        numbered = []
        for piece in source:
            needle = json.dumps(piece)[1:-1]
            at = cursor
            while at < len(raw_lines) and needle not in raw_lines[at]:
                at += 1
            if at < len(raw_lines):
                cursor = at
            numbered.append((cursor + 1, piece.rstrip("\n")))
        cells.append((number, cell.get("cell_type", ""), _renumber(numbered)))
    return cells


def notebook_paragraphs(path: Path, file: str) -> list[Paragraph]:
    """Paragraphs of a notebook's Markdown cells, each mapped to its line in the ``.ipynb`` file."""
    found: list[Paragraph] = []
    for number, kind, lines in notebook_cells(path):
        if kind == "markdown":
            found += paragraphs_of_lines(lines, file, label=f"cell {number}")
    return found


def _renumber(lines):
    """Keep JSON line numbers but make them strictly increasing, so gaps do not split paragraphs."""
    out, previous = [], None
    for number, text in lines:
        if previous is not None and number <= previous:
            number = previous + 1
        out.append((number, text))
        previous = number
    return out


def corpus(root: Path, pages: dict) -> list[Paragraph]:
    """Every paragraph of prose in the checkout: pages, notebooks, questions, glossary."""
    root = Path(root)
    found = []
    for _, page in sorted(pages.items()):
        found += markdown_paragraphs(page)
    for path in sorted((root / "docs").rglob("*.ipynb")):
        if ".ipynb_checkpoints" not in path.parts:
            found += notebook_paragraphs(path, path.relative_to(root).as_posix())
    data = sorted((root / "data" / "questions").rglob("*.yml")) + [root / "data" / "glossary.yml"]
    for path in data:
        if path.is_file():
            found += yaml_paragraphs(path.read_text(encoding="utf-8"), path.relative_to(root).as_posix())
    return found
