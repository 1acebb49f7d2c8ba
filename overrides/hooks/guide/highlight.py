"""Fewer elements in highlighted code, drawn exactly as before.

Pygments wraps every token of a code block in a ``<span>``: on the longest
task page that is 2,300 of its 3,800 elements, and the browser styles and
lays out each one several times while the theme starts (long tasks on a
phone). Most spans change nothing on screen: the theme draws names in the
plain code colour, leaves whitespace and string prefixes unstyled, and gives
punctuation and operators one colour. :func:`slim` unwraps the spans that
draw like plain text and merges neighbours that draw alike, so the page
keeps its colours with about a third fewer elements.

``COLOUR_GROUPS`` mirrors the theme's highlight rules;
``tests/hooks/test_highlight.py`` compares it with the installed theme's
stylesheet and with the colours ``guide.css`` overrides, so a theme upgrade
or a palette change that recolours a token fails there.
"""

from __future__ import annotations

import re

#: Token classes that draw in one colour, keyed by the class a merged span keeps.
#: Mirrors Material's ``.highlight .<class>`` rules, except the name rule (see
#: ``PLAIN_STYLED``). Each key is a member, so a merged span keeps a styled class.
COLOUR_GROUPS: dict[str, frozenset[str]] = {
    "p": frozenset({"p", "o", "ow"}),  # one colour in both schemes once guide.css has set them
    "s": frozenset({"cpf", "l", "s", "s1", "s2", "sb", "sc", "si", "ss"}),
    "se": frozenset({"cp", "se", "sh", "sr", "sx"}),
    "m": frozenset({"il", "m", "mb", "mf", "mh", "mi", "mo"}),
    "k": frozenset({"k", "kd", "kn", "kp", "kr", "kt", "nd", "ni", "nl", "nt"}),
    "nb": frozenset({"bp", "nb", "no"}),
    "nf": frozenset({"nc", "ne", "nf", "nn"}),
    "c": frozenset({"c", "c1", "ch", "cm", "cs", "sd"}),
    "nv": frozenset({"na", "nv", "vc", "vg", "vi"}),
    "go": frozenset({"ge", "gh", "go", "gp", "gr", "gs", "gt", "gu"}),
}
#: Classes with more than a colour (backgrounds, block lines): never merged or unwrapped.
KEEP = frozenset({"gd", "gi", "hll"})
#: Drawn like plain code text: the theme's name colour (names, keyword constants) is the code colour.
PLAIN_STYLED = frozenset({"n", "kc"})

_GROUP_OF = {cls: group for group, members in COLOUR_GROUPS.items() for cls in members}
_BLOCK = re.compile(r'(<div class="(?:[^"]* )?highlight(?: [^"]*)?">(?:(?!</div>).)*?<code>)(.*?)(</code>)', re.S)
_TOKEN = re.compile(r'<span class="([a-z0-9]+)">([^<]*)</span>|([^<]+)|(<[^>]*>)')


def _group(cls: str) -> str | None:
    """The colour group a token class draws in; None when it draws like plain text."""
    if cls in KEEP:
        return cls
    if cls in PLAIN_STYLED:
        return None
    return _GROUP_OF.get(cls)  # classes the theme does not style draw like plain text


def slim_code(code: str) -> str:
    """The inside of one ``<code>`` element with plain-looking spans unwrapped and alike ones merged."""
    out: list[str] = []
    open_group: str | None = None  # the group of the span at the end of ``out``, if it can grow
    pending_space = ""  # whitespace after an open span: joins it if the next token matches
    for match in _TOKEN.finditer(code):
        cls, inner, text, tag = match.groups()
        if tag is not None:  # any markup (an anchor, a highlighted line) ends a run
            out.append(pending_space + tag)
            open_group, pending_space = None, ""
            continue
        group = None if text is not None else _group(cls)
        if group is None:  # plain text, or a span that draws like it
            text = inner if text is None else text
            if open_group is not None and not text.strip() and "\n" not in text:
                pending_space += text  # whitespace may still join the open span
            else:
                out.append(pending_space + text)
                open_group, pending_space = None, ""
            continue
        if group == open_group and group not in KEEP:
            out[-1] = out[-1][: -len("</span>")] + pending_space + inner + "</span>"
        else:
            out.append(f'{pending_space}<span class="{cls if group in KEEP else group}">{inner}</span>')
            open_group = group
        pending_space = ""
    out.append(pending_space)
    return "".join(out)


def slim(html: str) -> str:
    """Every highlighted block of a page's HTML slimmed by :func:`slim_code`; other HTML untouched."""
    return _BLOCK.sub(lambda m: m.group(1) + slim_code(m.group(2)) + m.group(3), html)
