from guide.notebook_links import rewrite_md_links

PAGES = {"journey/01-frame.md": "../../journey/01-frame/", "glossary.md": "../../glossary/"}


def test_md_links_become_page_urls_and_unknown_targets_are_reported():
    html = ('<a href="../journey/01-frame.md#costs">m1</a> <a href="../glossary.md">g</a> '
            '<a href="https://x.io/a.md">ext</a> <a href="../nope.md">bad</a>')
    out, missing = rewrite_md_links(html, "labs/lab.ipynb", PAGES.get)
    assert 'href="../../journey/01-frame/#costs"' in out
    assert 'href="../../glossary/"' in out
    assert 'href="https://x.io/a.md"' in out
    assert missing == ["../nope.md"]
