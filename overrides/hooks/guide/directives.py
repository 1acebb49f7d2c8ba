"""Expand ``<!-- @name args -->`` directive lines into generated Markdown.

A directive is an HTML comment on a line of its own, so an unprocessed one
stays invisible; ``directives_check`` fails the build if any survives.
"""

from __future__ import annotations

from typing import Callable

from . import GuideError
from .pages import DIRECTIVE, FENCE

Handler = Callable[[list[str]], str]


def expand(markdown: str, handlers: dict[str, Handler], where: str, first_line: int = 1) -> str:
    """Replace every directive handled by ``handlers``; others are left alone.

    ``where`` and ``first_line`` place errors (``docs/page.md:line``).
    """
    out, fence, problems = [], None, []
    for number, line in enumerate(markdown.split("\n"), first_line):
        fence_match = FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and line.strip() == marker:
                fence = None
        match = DIRECTIVE.match(line) if fence is None else None
        if match and match.group(1) in handlers:
            try:
                out.append(handlers[match.group(1)](match.group(2).split()))
            except (KeyError, ValueError, IndexError) as exc:
                problems.append(f"{where}:{number}: directive @{match.group(1)} {match.group(2)}: {exc}")
                out.append(line)
            continue
        out.append(line)
    if problems:
        raise GuideError(problems)
    return "\n".join(out)


def leftovers(markdown: str, where: str, first_line: int = 1) -> list[str]:
    """Problems for directives no hook handled (outside code fences)."""
    problems, fence = [], None
    for number, line in enumerate(markdown.split("\n"), first_line):
        fence_match = FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            fence = marker if fence is None else (None if line.strip() == marker else fence)
            continue
        if fence is None and DIRECTIVE.match(line):
            problems.append(f"{where}:{number}: unknown directive '{line.strip()}'")
    return problems
