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


def test_code_cells_get_one_tab_stop_and_other_html_is_untouched():
    from guide.notebook_links import focusable_code_cells

    html = ('<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div>'
            '<div class="highlight-ipynb" tabindex="-1"></div><div class="highlight">y</div>'
            '<div class="highlight"><pre><span></span>sm.delete()</pre></div>'
            '<div class="highlight"><pre><span></span><code>import boto3</code></pre></div>')
    out = focusable_code_cells(html)
    assert out.count('tabindex="0"') == 3
    assert '<div class="highlight"><pre tabindex="0"><span></span>sm.delete()' in out
    # the theme's code blocks scroll in <code>: the one stop goes there
    assert '<div class="highlight"><pre><span></span><code tabindex="0">import boto3' in out
    assert '<div class="highlight-ipynb hl-python" tabindex="0">' in out
    assert '<div class="highlight-ipynb" tabindex="-1">' in out  # an author's choice is kept
    assert focusable_code_cells(out) == out  # idempotent
    assert focusable_code_cells("") == ""
