"""Hook: the glossary page and availability notices.

``@glossary`` renders data/glossary.yml: an A-Z bar, a filter box, one
anchored entry per term with "used on" links to the sections that use it.
``@availability "Service name"`` renders a notice from data/availability.yml.
Term links and abbreviation tooltips on every page: ``abbreviations.py``.
"""

from guide import GuideError, state
from guide.availability import directive_name, find_notice, notice_md
from guide.directives import expand
from guide.glossary import glossary_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri

    def section_title(src, anchor):
        source = index.pages.get(src)
        if source is None:
            return (index.title(src), "", 0)
        for line, name, title in source.sections:
            if name == anchor:
                return (source.title, title, line)
        return (source.title, source.title, 0)

    handlers = {
        "glossary": lambda a: glossary_md(index.glossary, index.section_usage, here, section_title,
                                          index.availability),
        "availability": lambda a: notice_md(find_notice(index.availability, directive_name(a))),
    }
    try:
        return expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
