"""The light/dark switch's markup stays the theme's own (overrides/partials/palette.html).

The override differs from the installed theme's partial in one attribute only, so the
theme's styles and keyboard focus rules keep applying; a theme upgrade that changes the
partial fails here, and the override is then brought in line by hand.
"""

import re
from pathlib import Path

import material

from testkit import ROOT

THEME = Path(material.__file__).parent / "templates" / "partials" / "palette.html"
OURS = ROOT / "overrides" / "partials" / "palette.html"


def body(text: str) -> str:
    """The template without its leading Jinja comment."""
    return re.sub(r"^\s*\{#-.*?-#\}\s*", "", text, flags=re.S).strip()


def test_palette_override_is_the_theme_markup_but_for_the_component_attribute():
    theme = body(THEME.read_text(encoding="utf-8"))
    ours = body(OURS.read_text(encoding="utf-8"))
    assert 'data-md-component="palette"' in theme, f"{THEME}: the theme no longer marks its palette component"
    assert ours == theme.replace('data-md-component="palette"', "data-guide-palette"), (
        f"{OURS} drifted from the theme's {THEME}: copy it again and keep only the "
        "data-guide-palette attribute in place of data-md-component=\"palette\"")


def test_palette_script_replaces_the_themes_and_runs_after_the_header():
    theme_js = THEME.parent / "javascripts" / "palette.html"
    assert theme_js.exists(), f"{theme_js}: the theme moved its inline palette script"
    ours = (ROOT / "overrides" / "partials" / "javascripts" / "palette.html").read_text(encoding="utf-8")
    assert "<script" not in ours, "the theme's inline palette script is back"
    main = (ROOT / "overrides" / "main.html").read_text(encoding="utf-8")
    assert re.search(r'\{% block header %\}\s*\{\{ super\(\) \}\}\s*<script>\{% include "partials/palette.js" %\}</script>', main), \
        "overrides/main.html must run partials/palette.js right after the header"
    script = (ROOT / "overrides" / "partials" / "palette.js").read_text(encoding="utf-8")
    for jinja in ("{{", "{%", "{#"):
        assert jinja not in script, f"palette.js is included as a template: it must not contain {jinja!r}"
