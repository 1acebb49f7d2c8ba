"""Mermaid blocks of pages and notebooks, with their lines, and Mermaid's errors mapped back to them.

A diagram with a syntax error builds without a warning: MkDocs copies the
text into ``<pre class="mermaid">`` and the browser shows "Syntax error"
instead of a picture. The test ``tests/test_diagrams.py`` gives every block
found here to the vendored Mermaid's ``parse`` in one headless page and
reports each failure with :func:`problem`, as ``docs/page.md:line``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_OPEN = re.compile(r"^(\s*)(`{3,}|~{3,})\s*mermaid\b")


@dataclass
class Block:
    """One Mermaid diagram: its source text and the line of its opening fence."""

    file: str
    line: int  # the ```mermaid line; the diagram's first line is line + 1
    code: str
    label: str = ""


def blocks_in_markdown(text: str, file: str, first_line: int = 1, label: str = "") -> list[Block]:
    """Every fenced ``mermaid`` block of Markdown ``text`` (indented fences included)."""
    found, lines, i = [], text.split("\n"), 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if not match:
            i += 1
            continue
        indent, marker = match.group(1), match.group(2)
        body, j = [], i + 1
        while j < len(lines) and not (lines[j].strip().startswith(marker[0] * len(marker))
                                      and lines[j].strip().strip(marker[0]) == ""):
            body.append(lines[j][len(indent):] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        found.append(Block(file=file, line=first_line + i, code="\n".join(body), label=label))
        i = j + 1
    return found


def blocks_in_notebook(path: Path, file: str) -> list[Block]:
    """Mermaid blocks in a notebook's Markdown cells, placed on their lines in the ``.ipynb`` file."""
    from .prose import notebook_cells

    found = []
    for number, kind, lines in notebook_cells(path):
        if kind != "markdown" or not lines:
            continue
        for block in blocks_in_markdown("\n".join(text for _, text in lines), file, 1, label=f"cell {number}"):
            block.line = lines[block.line - 1][0]
            found.append(block)
    return found


def all_blocks(root: Path) -> list[Block]:
    """Every Mermaid block under ``docs/`` (pages and notebooks)."""
    root = Path(root)
    found = []
    for path in sorted((root / "docs").rglob("*.md")):
        found += blocks_in_markdown(path.read_text(encoding="utf-8"), path.relative_to(root).as_posix())
    for path in sorted((root / "docs").rglob("*.ipynb")):
        if ".ipynb_checkpoints" not in path.parts:
            found += blocks_in_notebook(path, path.relative_to(root).as_posix())
    return found


def problem(block: Block, message: str, line_in_block: int | None = None) -> str:
    """``file:line: Mermaid syntax error: ...`` for an error Mermaid raised on ``block``.

    Mermaid counts lines from the diagram's first line; its message says
    "Parse error on line N" (or the caller passes the line from the error).
    """
    if line_in_block is None:
        match = re.search(r"\bon line (\d+)", message)
        line_in_block = int(match.group(1)) if match else 1
    line_in_block = max(1, min(line_in_block, block.code.count("\n") + 1))
    where = f"{block.file}:{block.line + line_in_block}" + (f" ({block.label})" if block.label else "")
    text = block.code.split("\n")[line_in_block - 1].strip()
    detail = " ".join(message.split("\n")[-1:]) if "Expecting" in message else message.replace("\n", " ")
    return f"{where}: Mermaid syntax error in {text!r}: {detail}"
