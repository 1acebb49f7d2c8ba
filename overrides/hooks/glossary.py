"""Hook: the glossary page, abbreviation tooltips on every page, "used on" links.

``@glossary`` renders data/glossary.yml; every page gets the abbreviation
definitions appended so the ``abbr`` extension adds hover tooltips.
"""

from guide import GuideError, state
from guide.directives import expand
from guide.glossary import abbreviations_md, glossary_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    titles = {src: index.title(src) for src in index.pages}
    handlers = {"glossary": lambda a: glossary_md(index.glossary, index.usage, titles, here)}
    try:
        markdown = expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    return markdown + "\n\n" + abbreviations_md(index.glossary)
