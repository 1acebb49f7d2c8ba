"""Hook: make ``.md`` links inside rendered notebooks point at the built pages; give wide code a tab stop on every page."""

from guide.notebook_links import focusable_code_cells, rewrite_md_links
from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return focusable_code_cells(html)

    def relative_url(target):
        file = files.get_file_from_path(target)
        return get_relative_url(file.url, page.url) if file else None

    html, missing = rewrite_md_links(html, page.file.src_uri, relative_url)
    if missing:
        raise PluginError(f"docs/{page.file.src_uri}: links to pages that do not exist: {', '.join(missing)}")
    return focusable_code_cells(html)
