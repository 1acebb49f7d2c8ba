"""guide.highlight: slimmed code draws the same text in the same colours as the theme would."""

import html as html_lib
import re
from pathlib import Path

import material
from guide.highlight import COLOUR_GROUPS, KEEP, PLAIN_STYLED, slim, slim_code

from testkit import ROOT

STYLES = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
RULE = re.compile(r"((?:\.highlight \.[a-z0-9]+,?)+)\{color:var\(--md-code-hl-([a-z]+)-color\)\}")


def theme_groups() -> dict[str, set[str]]:
    """Token classes per colour variable, read from the installed theme's stylesheet."""
    css = next(STYLES.glob("main.*.min.css")).read_text(encoding="utf-8")
    groups: dict[str, set[str]] = {}
    for selectors, colour in RULE.findall(css):
        groups.setdefault(colour, set()).update(re.findall(r"\.highlight \.([a-z0-9]+)", selectors))
    return groups


def test_colour_groups_match_the_installed_theme():
    groups = theme_groups()
    assert groups, f"no highlight colour rules found in {STYLES}"
    colour_of = {cls: colour for colour, members in groups.items() for cls in members}
    for key, members in COLOUR_GROUPS.items():
        assert key in members, f"group {key!r} must keep one of its own classes"
        colours = {colour_of.get(cls) for cls in members}
        assert len(colours) == 1 or colours == {"operator", "punctuation"}, (key, colours)
    assert PLAIN_STYLED == groups["name"], "the name rule changed: review PLAIN_STYLED"
    assert not KEEP & set(colour_of)
    # names draw plain only while the theme gives them the code colour in both schemes
    for sheet in (next(STYLES.glob("main.*.min.css")), next(STYLES.glob("palette.*.min.css"))):
        assert "--md-code-hl-name-color:var(--md-code-fg-color)" in sheet.read_text(encoding="utf-8"), sheet.name


def test_our_stylesheet_gives_operators_and_punctuation_one_colour_in_both_schemes():
    """guide.css overrides code colours for contrast; merged p/o spans must not change colour."""
    css = (ROOT / "docs" / "assets" / "stylesheets" / "guide.css").read_text(encoding="utf-8")
    for scheme in ("default", "slate"):
        block = re.search(r'\[data-md-color-scheme="%s"\] \{([^}]*)\}' % scheme, css)
        assert block, f"guide.css: no code colour block for the {scheme} scheme"
        operator = re.search(r"--md-code-hl-operator-color:\s*([^;]+);", block.group(1))
        punctuation = re.search(r"--md-code-hl-punctuation-color:\s*([^;]+);", block.group(1))
        assert operator and punctuation and operator.group(1) == punctuation.group(1), (
            f"guide.css, {scheme} scheme: operators and punctuation need one colour for guide.highlight")


CODE = ('<a id="__codelineno-0-1" href="#__codelineno-0-1"></a><span class="n">steps</span> '
        '<span class="o">=</span> <span class="nb">int</span><span class="p">(</span><span class="n">np</span>'
        '<span class="o">.</span><span class="n">ceil</span><span class="p">(</span><span class="n">rows</span>'
        '<span class="w"> </span><span class="o">/</span><span class="w"> </span><span class="n">size</span>'
        '<span class="p">))</span>\n<span class="nb">print</span><span class="p">(</span><span class="sa">f</span>'
        '<span class="s2">&quot;</span><span class="si">{</span><span class="n">steps</span><span class="si">}</span>'
        '<span class="s2"> steps&quot;</span><span class="p">)</span>  <span class="c1"># per epoch</span>')


def visible(markup: str) -> str:
    return html_lib.unescape(re.sub(r"<[^>]+>", "", markup))


def colours(markup: str) -> list[tuple[str, str | None]]:
    """(character, colour variable) for every character: what a reader sees."""
    groups = {cls: colour for colour, members in theme_groups().items() for cls in members}
    groups.update({cls: "plain" for cls in PLAIN_STYLED})
    out = []
    for match in re.finditer(r'<span class="([a-z0-9]+)">([^<]*)</span>|([^<]+)', markup):
        cls, text = match.group(1), match.group(2) if match.group(1) else match.group(3)
        colour = groups.get(cls, "plain") if cls else "plain"
        colour = "punctuation" if colour == "operator" else colour  # the same colour in both schemes
        out += [(ch, colour) for ch in html_lib.unescape(text) if not ch.isspace()]
    return out


def test_slimmed_code_shows_the_same_characters_in_the_same_colours():
    slimmed = slim_code(CODE)
    assert visible(slimmed) == visible(CODE)
    assert colours(slimmed) == colours(CODE)
    assert slimmed.count("<span") <= 0.6 * CODE.count("<span")
    assert 'class="n"' not in slimmed and 'class="w"' not in slimmed
    assert '<span class="p">(</span>rows <span class="p">/</span> size<span class="p">))</span>' in slimmed


def test_line_anchors_and_kept_classes_stay():
    code = ('<a id="l1"></a><span class="gi">+ added</span><span class="gi">+ more</span>'
            '<span class="hll"><span class="n">x</span></span>')
    slimmed = slim_code(code)
    assert '<a id="l1"></a>' in slimmed
    assert slimmed.count('<span class="gi">') == 2  # a background per token, never merged
    assert visible(slimmed) == visible(code)


def test_slim_touches_highlighted_blocks_only():
    block = f'<div class="language-python highlight"><pre><span></span><code>{CODE}</code></pre></div>'
    notebook = f'<div class="highlight-ipynb"><pre><code>{CODE}</code></pre></div>'
    inline = '<p><code class="highlight"><span class="n">x</span></code></p>'
    page = block + notebook + inline
    out = slim(page)
    assert out.count('class="n"') == page.count('class="n"') - CODE.count('class="n"')
    assert notebook in out and inline in out
    assert visible(out) == visible(page)
