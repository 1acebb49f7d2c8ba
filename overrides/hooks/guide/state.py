"""The site index of the build in progress, shared by the hook modules."""

from __future__ import annotations

from pathlib import Path

from .index import SiteIndex, build_index

_current: SiteIndex | None = None


def rebuild(root: Path, docs_dir: Path) -> SiteIndex:
    """Read all sources again (once per build, from the first hook's ``on_files``)."""
    global _current
    _current = build_index(root, docs_dir)
    return _current


def current() -> SiteIndex:
    """The index of this build; fails loudly if the index hook did not run first."""
    if _current is None:
        raise RuntimeError("site_index hook must run before the other guide hooks (check mkdocs.yml hooks order)")
    return _current


def where(src: str) -> tuple[str, int]:
    """(``docs/<src>``, first body line) for error messages about a page."""
    page = current().pages.get(src)
    return f"docs/{src}", (page.body_start if page and page.meta else 1)
