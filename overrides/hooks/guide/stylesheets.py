"""Stylesheet links that block the first paint only where a page needs them.

A ``<link rel="stylesheet">`` in ``<head>`` holds the first paint until the
file arrives, and every one is a request more on a slow phone connection.
Two of ours need not block:

- ``print.css`` holds only ``@page`` and ``@media print`` rules: linked with
  ``media="print"``, the browser still has it when printing but no longer
  waits for it to draw the screen;
- mkdocstrings adds ``_mkdocstrings.css`` to every page; it styles only the
  API reference it renders (``class="doc doc-..."``), so other pages drop it.
  The theme's instant loading adds and removes head links as pages change.
"""

from __future__ import annotations

import re

PRINT_LINK = re.compile(r'<link rel="stylesheet" href="([^"]*assets/stylesheets/print\.css)">')
MKDOCSTRINGS_LINK = re.compile(r'\s*<link rel="stylesheet" href="[^"]*assets/_mkdocstrings\.css">')
MKDOCSTRINGS_OUTPUT = 'class="doc doc-'


def print_only(html: str) -> str:
    """Mark the link to print.css ``media="print"``."""
    return PRINT_LINK.sub(r'<link rel="stylesheet" href="\1" media="print">', html)


def without_unused_mkdocstrings(html: str) -> str:
    """Drop the link to mkdocstrings' stylesheet from a page that has no API reference."""
    return html if MKDOCSTRINGS_OUTPUT in html else MKDOCSTRINGS_LINK.sub("", html)


def lighter_head(html: str) -> str:
    """Both of the above."""
    return without_unused_mkdocstrings(print_only(html))
