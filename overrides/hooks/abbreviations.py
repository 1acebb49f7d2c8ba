"""Hook: abbreviation tooltips on every page, from the glossary's ``abbr`` entries.

Listed last in mkdocs.yml: it prepends lines, which would shift the line
numbers other hooks report.
"""

from guide import state
from guide.glossary import abbreviations_md


def on_page_markdown(markdown, page, config, files):
    # Prepended, so that a page can override one meaning locally (Markdown's abbr
    # extension keeps the last definition): `*[CI]: Continuous integration`.
    return abbreviations_md(state.current().glossary) + "\n" + markdown
