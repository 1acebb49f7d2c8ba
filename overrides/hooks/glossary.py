"""Hook: the glossary page and availability notices.

``@glossary`` renders data/glossary.yml: an A-Z bar, a filter box, one
anchored entry per term with "used on" links to the sections that use it.
``@availability "Service name"`` renders a notice from data/availability.yml,
``@availability-table`` all of them; ``@services <exam>`` the exam guide's
in-scope services, each linked to its glossary entry.
Term links and abbreviation tooltips on every page: ``abbreviations.py``.
"""

from guide import GuideError, state
from guide.availability import directive_name, find_notice, notice_md
from guide.directives import expand
from guide.glossary import availability_table_md, glossary_md, letters_only, services_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    glossary_href = index.link(here, "glossary.md")
    handlers = {
        "glossary": lambda a: glossary_md(index.glossary, index.section_usage, here, index.section_title,
                                          index.availability),
        "availability": lambda a: notice_md(find_notice(index.availability, directive_name(a))),
        "availability-table": lambda a: availability_table_md(index.availability, index.glossary, glossary_href),
        "services": lambda a: services_md(index.syllabus.exams[a[0]].data.get("in_scope_services") or {},
                                          index.glossary, index.availability, glossary_href),
    }
    try:
        return expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None


def on_page_content(html, page, config, files):
    if page.file.src_uri == "glossary.md":  # the page the @glossary directive renders
        letters_only(page.toc)
    return html
