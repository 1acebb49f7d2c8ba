"""Hook: stylesheet links block the first paint only where a page needs them (see ``guide.stylesheets``)."""

from guide.stylesheets import lighter_head


def on_post_page(output, page, config):
    return lighter_head(output)
