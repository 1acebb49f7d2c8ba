"""Hook: fail the build on any ``<!-- @directive -->`` that no hook expanded."""

from guide import state
from guide.directives import leftovers
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    problems = leftovers(markdown, *state.where(page.file.src_uri))
    if problems:
        raise PluginError("\n" + "\n".join(problems))
    return markdown
