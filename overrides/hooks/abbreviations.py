"""Hook: glossary links and focusable abbreviations in every page's HTML.

The first use of a term in each section links to its glossary entry; other
abbreviations become ``<abbr tabindex="0">`` elements whose meaning
``glossary.js`` shows on focus, tap and hover. Runs on the rendered HTML so
headings, code, links and existing ``<abbr>`` elements are easy to skip.
"""

from guide import state
from guide.termlinks import TermMatcher, annotate
from mkdocs.utils import get_relative_url

GLOSSARY = "glossary.md"
_matcher: tuple[int, TermMatcher] | None = None


def matcher() -> TermMatcher:
    """One matcher per build (the index object changes when sources are read again)."""
    global _matcher
    index = state.current()
    if _matcher is None or _matcher[0] != id(index):
        _matcher = (id(index), TermMatcher(index.glossary))
    return _matcher[1]


def on_page_content(html, page, config, files):
    glossary = files.get_file_from_path(GLOSSARY)
    if glossary is None or page.file.src_uri.endswith(".ipynb"):
        return html
    href = None if page.file.src_uri == GLOSSARY else get_relative_url(glossary.url, page.url)
    return annotate(html, matcher(), href)
