"""Rewrite ``.md`` links in rendered notebooks to the pages' real URLs.

MkDocs rewrites ``page.md`` links in Markdown pages, but mkdocs-jupyter
renders notebooks to HTML itself, so a lab's link to ``../journey/x.md``
would stay a dead link. :func:`rewrite_md_links` fixes them after rendering
and reports any target that is not a page of the site.
"""

from __future__ import annotations

import posixpath
import re
from typing import Callable

HREF = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|/|#)([^"#?]+\.md)(#[^"]*)?"', re.I)


def rewrite_md_links(html: str, src_uri: str, relative_url: Callable[[str], str | None]) -> tuple[str, list[str]]:
    """Return (html with .md links replaced, targets that do not exist).

    ``relative_url(target_src)`` returns the URL of a docs page relative to the
    notebook's page, or None when there is no such page.
    """
    missing = []

    def replace(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), match.group(1)))
        url = relative_url(target)
        if url is None:
            missing.append(match.group(1))
            return match.group(0)
        return f'href="{url}{match.group(2) or ""}"'

    return HREF.sub(replace, html), missing


CODE_CELL = re.compile(r'<div class="highlight-ipynb([^"]*)"(?![^>]*\btabindex=)')
MARKDOWN_CODE = re.compile(r'<div class="highlight"><pre>(<span></span>)?(<code(?: tabindex="0")?>)?')


def focusable_code_cells(html: str) -> str:
    """Give each code cell and code block ``tabindex="0"`` so keyboard users can scroll a wide one.

    Without a tab stop the hidden part of a wide block cannot be reached from
    the keyboard (axe rule ``scrollable-region-focusable``). The stop goes on
    the element that scrolls:

    - a notebook's code cell, ``<div class="highlight-ipynb ...">``;
    - in a Markdown code block, the ``<code>`` inside ``<pre>`` (the theme's
      stylesheet scrolls that one). The theme's script, which also sets it on
      wide blocks, runs only as a block nears the viewport (``content.lazy``),
      so far blocks need it from the build; it removes the stop from blocks
      that turn out not to scroll;
    - a code block of a notebook's Markdown cell has no ``<code>``: its ``<pre>``.
    """
    html = CODE_CELL.sub(r'<div class="highlight-ipynb\1" tabindex="0"', html)

    def stop(match: re.Match) -> str:
        span = match.group(1) or ""
        if match.group(2):
            return f'<div class="highlight"><pre>{span}<code tabindex="0">'
        return f'<div class="highlight"><pre tabindex="0">{span}'

    return MARKDOWN_CODE.sub(stop, html)
