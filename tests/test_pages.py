"""Page standards: every page has a description, and no heading is left empty."""

from __future__ import annotations

import re

HEADING = re.compile(r"^(#{1,6})\s")


def empty_headings(page) -> list[int]:
    """Lines of headings followed by a heading of the same or a higher level, or by nothing."""
    lines = [(n, text) for n, text in page.prose if text.strip()]
    found = []
    for i, (number, text) in enumerate(lines):
        match = HEADING.match(text)
        if not match:
            continue
        level = len(match.group(1))
        following = lines[i + 1] if i + 1 < len(lines) else None
        nxt = HEADING.match(following[1]) if following else None
        generated = any(d.line > number for d in page.directives) and following is None
        if (following is None and not generated) or (nxt and len(nxt.group(1)) <= level):
            found.append(number)
    return found


def test_no_empty_headings(index):
    problems = [f"docs/{src}:{line}: heading with no content under it"
                for src, page in sorted(index.pages.items()) for line in empty_headings(page)]
    assert not problems, "\n".join(problems)


def test_every_page_has_a_description(index):
    missing = [f"docs/{src}:1: add 'description:' to the front matter (search results and link previews)"
               for src, page in sorted(index.pages.items()) if not str(page.meta.get("description", "")).strip()]
    assert not missing, "\n".join(missing)


def test_empty_heading_checker_flags_the_right_lines(repo):
    repo.write("docs/page.md", "# Title\n\nIntro.\n\n## Empty\n\n## Full\n\nText.\n\n### Last\n")
    page = repo.index().pages["page.md"]
    assert empty_headings(page) == [5, 11]
