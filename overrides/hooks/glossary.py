"""Hook: the glossary page, with one anchor per term and "used on" back-links.

``@glossary`` renders data/glossary.yml (tooltips: ``abbreviations.py``).
"""

from guide import GuideError, state
from guide.directives import expand
from guide.glossary import glossary_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    titles = {src: index.title(src) for src in index.pages}
    handlers = {"glossary": lambda a: glossary_md(index.glossary, index.usage, titles, here)}
    try:
        return expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
