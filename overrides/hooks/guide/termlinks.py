"""Link glossary terms and mark abbreviations in a page's rendered HTML.

The first use of a term in each section (the text between two headings)
becomes a link to its glossary entry; every other abbreviation becomes an
``<abbr>`` that can take keyboard focus, so its meaning shows on focus and
tap as well as on hover (``glossary.js``). Headings, code, links, existing
``<abbr>`` elements, form controls and diagrams are left alone. A term inside
a longer token is not a use: ``MLA`` in ``MLA-C01``, ``S3`` in ``s3://``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .glossary import Resolver, Term

#: Elements whose text is never linked or marked.
SKIP = {"a", "abbr", "code", "pre", "kbd", "samp", "script", "style", "button", "label", "select", "option",
        "textarea", "svg", "math", "summary", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "title"}
#: Classes whose whole subtree is skipped (diagrams, generated glossary parts, admonition titles).
SKIP_CLASSES = {"mermaid", "admonition-title", "glossary-az", "glossary-filter", "glossary-used-on",
                "glossary-see-also", "headerlink", "md-source-file"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
TOKEN = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
TAG = re.compile(r"<\s*(/)?\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/)?\s*>", re.S)
CLASS = re.compile(r"""\bclass\s*=\s*("([^"]*)"|'([^']*)')""")
#: No word character, hyphen, slash, dot or @ directly before; none of them (a dot only
#: before another word character) directly after: "MLA-C01", "s3://", "ml.m5" are not uses.
BEFORE = r"(?<![\w/.@-])"
AFTER = r"(?![\w-]|\.\w|/\w)"


def meaning(term: Term) -> str:
    """What an abbreviation stands for (its term, or the definition's first sentence)."""
    if term.abbr and term.term != term.abbr:
        return term.term
    return term.definition.split(". ")[0].rstrip(".")


@dataclass
class Match:
    term: Term
    abbreviation: bool


class TermMatcher:
    """One regular expression for every spelling of every term."""

    def __init__(self, terms: list[Term]):
        self.resolver = Resolver(terms)
        names: dict[str, bool] = {}  # name -> match case-insensitively
        for term in terms:
            if term.autolink:
                for name, insensitive in link_forms(term):
                    names[name] = names.get(name, False) or insensitive
        abbrs = {t.abbr for t in terms if t.abbr}
        name_alt = "|".join(f"(?i:{_flexible(n)})" if names[n] else _flexible(n)
                            for n in sorted(names, key=len, reverse=True))
        abbr_alt = "|".join(re.escape(a) for a in sorted(abbrs, key=len, reverse=True))
        parts = []  # names first, so "S3 Transfer Acceleration" wins over the abbreviation "S3"
        if name_alt:
            parts.append(f"(?P<name>{name_alt})(?i:e?s)?")
        if abbr_alt:
            parts.append(f"(?P<abbr>{abbr_alt})s?")
        self.pattern = re.compile(BEFORE + "(?:" + "|".join(parts) + ")" + AFTER) if parts else None

    def find(self, match: re.Match) -> Match | None:
        """The term a regex match stands for."""
        groups = match.groupdict()
        if groups.get("abbr"):
            term = self.resolver.by_abbr.get(groups["abbr"])
            return Match(term, True) if term else None
        term = self.resolver.find(groups["name"])
        return Match(term, False) if term else None


def link_forms(term: Term) -> list[tuple[str, bool]]:
    """The spellings that link to a term, each with "match case-insensitively".

    The term's own name and multi-word aliases match in any case ("feature
    store", "Feature Store"). A one-word alias matches only as written, and an
    all-lower-case one not at all ("step" is too common a word to link). The
    name without "Amazon "/"AWS " matches only as written, so "Batch" links to
    AWS Batch but "batch" does not.
    """
    forms = [(term.term, True)]
    for alias in term.aliases:
        if " " in alias.strip():
            forms.append((alias, True))
        elif alias != alias.lower():
            forms.append((alias, False))
    listed = {n.lower() for n in [term.term, *term.aliases]}
    forms += [(n, False) for n in term.names() if n.lower() not in listed]
    return [(name, insensitive) for name, insensitive in forms if len(name) >= 3]


def _flexible(name: str) -> str:
    """A name as a pattern in which any run of spaces may be any whitespace (wrapped lines)."""
    return r"\s+".join(re.escape(part) for part in name.split())


def annotate(page_html: str, matcher: TermMatcher, href: str | None) -> str:
    """Link the first use of each term per section to ``href + '#' + slug``; mark abbreviations.

    With ``href=None`` (the glossary page itself) nothing is linked and
    abbreviations are only marked.
    """
    if matcher.pattern is None:
        return page_html
    out, stack, skipping, linked = [], [], 0, set()
    for token in TOKEN.split(page_html):
        if not token:
            continue
        if token.startswith("<"):
            out.append(token)
            tag = TAG.match(token)
            if not tag or token.startswith("<!--"):
                continue
            closing, name, attrs, selfclose = tag.group(1), tag.group(2).lower(), tag.group(3), tag.group(4)
            if closing:
                # pop to the matching element (tolerates unclosed <p>, <li>...)
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        skipping -= sum(1 for _, skip in stack[i:] if skip)
                        del stack[i:]
                        break
                continue
            if name in HEADINGS:
                linked = set()
            if name in VOID or selfclose:
                continue
            classes = set()
            for found in CLASS.finditer(attrs):
                classes |= set((found.group(2) or found.group(3) or "").split())
            skip = name in SKIP or bool(classes & SKIP_CLASSES)
            stack.append((name, skip))
            skipping += skip
            continue
        if skipping:
            out.append(token)
            continue
        out.append(_annotate_text(token, matcher, href, linked))
    return "".join(out)


def _annotate_text(text: str, matcher: TermMatcher, href: str | None, linked: set[str]) -> str:
    pieces, last = [], 0
    for match in matcher.pattern.finditer(text):
        found = matcher.find(match)
        if found is None:
            continue
        term, word = found.term, match.group(0)
        if href is not None and term.autolink and term.slug not in linked:
            linked.add(term.slug)
            title = f' title="{html.escape(meaning(term))}"' if found.abbreviation else ""
            replacement = f'<a class="glossary-link" href="{href}#{term.slug}"{title}>{word}</a>'
        elif found.abbreviation:
            replacement = f'<abbr title="{html.escape(meaning(term))}" tabindex="0">{word}</abbr>'
        else:
            continue
        pieces += [text[last:match.start()], replacement]
        last = match.end()
    return "".join(pieces) + text[last:] if pieces else text
