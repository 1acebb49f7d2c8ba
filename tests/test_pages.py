"""Page standards: every page has a description, and no heading is left empty."""

from __future__ import annotations

import re

from testkit import ROOT

import pytest

pytestmark = pytest.mark.text
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


# ---------------------------------------------------------------- every page in the nav

def _config_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)  # !ENV, !!python/name: not needed here
    return Loader


def nav_entries(config_text: str) -> list[str]:
    """Every docs path listed under ``nav:`` of an mkdocs.yml text."""
    import yaml

    found = []

    def walk(node):
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)

    walk((yaml.load(config_text, Loader=_config_loader()) or {}).get("nav") or [])
    return [entry for entry in found if "://" not in entry]


def pages_missing_from_nav(sources: list[str], config_text: str, config_name: str = "mkdocs.yml") -> list[str]:
    """``docs/page:1: ...`` for each page the nav omits, with where in the config to add it."""
    import posixpath

    entries = nav_entries(config_text)
    lines = config_text.split("\n")
    problems = []
    for src in sorted(set(sources) - set(entries)):
        folder = posixpath.dirname(src)
        sibling = next((e for e in entries if posixpath.dirname(e) == folder), None)
        line = next((n for n, text in enumerate(lines, 1) if sibling and sibling in text), None)
        if line is None:
            line = next((n for n, text in enumerate(lines, 1) if text.startswith("nav:")), 1)
        problems.append(f"docs/{src}:1: no nav entry, so no menu or link reaches this page; add "
                        f"'- {src}' to nav in {config_name} (next to line {line}"
                        + (f", '{sibling}')" if sibling else ")") + ", or link to it and list it under not_in_nav")
    return problems


def nav_entries_without_a_page(sources: list[str], config_text: str, config_name: str = "mkdocs.yml") -> list[str]:
    """``mkdocs.yml:line: ...`` for each nav entry that names no file under docs/."""
    problems = []
    for entry in nav_entries(config_text):
        if entry not in sources:
            line = next((n for n, text in enumerate(config_text.split("\n"), 1) if entry in text), 1)
            problems.append(f"{config_name}:{line}: nav entry '{entry}' names no file under docs/ (create docs/{entry} "
                            "or fix the path)")
    return problems


def test_every_nav_entry_is_a_page(index):
    problems = nav_entries_without_a_page([*index.pages, *index.notebooks], (ROOT / "mkdocs.yml").read_text())
    assert not problems, "\n".join(problems)


def test_every_page_is_in_the_nav(index):
    config = (ROOT / "mkdocs.yml").read_text()
    import yaml

    not_in_nav = ((yaml.load(config, Loader=_config_loader()) or {}).get("not_in_nav") or "").split()
    sources = [src for src in [*index.pages, *index.notebooks] if src not in not_in_nav]
    problems = pages_missing_from_nav(sources, config)
    assert not problems, "\n".join(problems)


def test_a_nav_entry_without_a_page_names_the_config_line():
    config = "site_name: x\nnav:\n  - index.md\n  - Mock: practice/mock.md\n"
    assert nav_entries_without_a_page(["index.md"], config) == [
        "mkdocs.yml:4: nav entry 'practice/mock.md' names no file under docs/ (create docs/practice/mock.md or fix the path)"]


def test_a_page_missing_from_the_nav_is_named_with_where_to_add_it():
    config = "site_name: x\nnav:\n  - index.md\n  - Practice:\n      - practice/index.md\n"
    assert pages_missing_from_nav(["index.md", "practice/index.md", "practice/new.md"], config) == [
        "docs/practice/new.md:1: no nav entry, so no menu or link reaches this page; add '- practice/new.md' to nav "
        "in mkdocs.yml (next to line 5, 'practice/index.md'), or link to it and list it under not_in_nav"]
