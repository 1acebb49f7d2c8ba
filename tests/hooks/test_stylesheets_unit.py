"""guide.stylesheets: print.css stops blocking the first paint; mkdocstrings' sheet stays only where it styles something."""

from guide.stylesheets import lighter_head

HEAD = ('<link rel="stylesheet" href="../assets/stylesheets/main.css">\n'
        '<link rel="stylesheet" href="../assets/_mkdocstrings.css">\n'
        '<link rel="stylesheet" href="../assets/stylesheets/print.css">')


def test_print_sheet_is_print_only_and_unused_mkdocstrings_sheet_goes():
    out = lighter_head(HEAD + "<p>prose</p>")
    assert '<link rel="stylesheet" href="../assets/stylesheets/print.css" media="print">' in out
    assert "_mkdocstrings.css" not in out
    assert '<link rel="stylesheet" href="../assets/stylesheets/main.css">' in out


def test_reference_page_keeps_the_mkdocstrings_sheet_and_the_change_is_idempotent():
    page = HEAD + '<div class="doc doc-object doc-module">'
    out = lighter_head(page)
    assert "_mkdocstrings.css" in out
    assert lighter_head(out) == out
