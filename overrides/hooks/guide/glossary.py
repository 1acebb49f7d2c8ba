"""The glossary (``data/glossary.yml``): validation, usage and rendering.

One list of terms feeds three things: the glossary page (one anchor per
term, with "used on" back-links), abbreviation tooltips appended to every
page, and the checks that every abbreviation in prose is defined and every
term is used somewhere.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GuideError
from .yamlines import load

#: An abbreviation in prose: two or more capitals (digits allowed), optional plural "s".
ABBREVIATION = re.compile(r"(?<![\w/.-])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)(?:s)?(?![\w-])")


@dataclass
class Term:
    """One glossary entry."""

    term: str
    definition: str
    line: int
    abbr: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        """Anchor on the glossary page: the term lower-cased, non-alphanumerics as '-'."""
        return slugify(self.term)

    def names(self) -> list[str]:
        """The spellings counted as a use of the term (abbreviation excluded)."""
        return [self.term, *self.aliases]


def slugify(text: str) -> str:
    """Return the glossary anchor for ``text`` (``"AWS KMS"`` -> ``"aws-kms"``)."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_glossary(path: Path) -> list[Term]:
    """Load and validate the glossary; every problem names ``file:line``."""
    data = load(path)
    problems, terms = [], []
    if not isinstance(data, list):
        raise GuideError([f"{path}:1: the glossary must be a list of terms"])
    seen: dict[str, int] = {}
    for entry in data:
        line = getattr(entry, "line", 0)
        if not isinstance(entry, dict) or not str(entry.get("term") or "").strip():
            problems.append(f"{path}:{line}: entry without a term")
            continue
        unknown = set(entry) - {"term", "abbr", "aliases", "definition"}
        if unknown:
            problems.append(f"{path}:{line}: unknown keys {sorted(unknown)} (allowed: term, abbr, aliases, definition)")
        definition = str(entry.get("definition") or "").strip()
        if not definition:
            problems.append(f"{path}:{line}: '{entry['term']}' has an empty definition")
        term = Term(term=str(entry["term"]).strip(), definition=definition, line=line,
                    abbr=(str(entry["abbr"]).strip() if entry.get("abbr") else None),
                    aliases=[str(a) for a in entry.get("aliases") or []])
        keys = [("term", term.slug)] + ([("abbr", term.abbr)] if term.abbr else [])
        keys += [("alias", slugify(alias)) for alias in term.aliases if slugify(alias) != term.slug]
        for kind, key in dict((key, (kind, key)) for kind, key in keys).values():
            if key in seen:
                problems.append(f"{path}:{line}: duplicate {kind} '{key}' (first defined on line {seen[key]})")
            else:
                seen[key] = line
        terms.append(term)
    if problems:
        raise GuideError(problems)
    return terms


def strip_markup(line: str) -> str:
    """Remove inline code, links' targets, HTML tags, attr lists and URLs from a prose line."""
    line = re.sub(r"`[^`]*`", " ", line)
    line = re.sub(r"\]\([^)]*\)", "]", line)
    line = re.sub(r"<[^>]+>", " ", line)
    line = re.sub(r"\{[:#.][^}]*\}|\{ *#[^}]*\}", " ", line)
    line = re.sub(r"https?://\S+", " ", line)
    line = re.sub(r"^\s*\*\[[^\]]+\]:.*$", " ", line)  # abbreviation definitions
    return line


def _name_pattern(name: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.IGNORECASE)


def term_usage(terms: list[Term], texts: dict[str, str]) -> dict[str, list[str]]:
    """Map each term slug to the sorted page paths whose text uses it."""
    usage: dict[str, list[str]] = {}
    for term in terms:
        patterns = [_name_pattern(name) for name in term.names()]
        abbr = re.compile(r"(?<![\w-])" + re.escape(term.abbr) + r"s?(?![\w-])") if term.abbr else None
        usage[term.slug] = sorted(
            src for src, text in texts.items()
            if any(p.search(text) for p in patterns) or (abbr and abbr.search(text))
        )
    return usage


def undefined_abbreviations(terms: list[Term], allowed: set[str], lines) -> list[tuple[int, str]]:
    """Return (line, abbreviation) for every undefined abbreviation in ``lines``.

    ``lines`` is an iterable of (line number, raw prose text).
    """
    defined = {t.abbr for t in terms if t.abbr} | allowed
    defined |= {t.term for t in terms if ABBREVIATION.fullmatch(t.term)}
    found = []
    for number, text in lines:
        for match in ABBREVIATION.finditer(strip_markup(text)):
            if match.group(1) not in defined:
                found.append((number, match.group(1)))
    return found


def abbreviations_md(terms: list[Term]) -> str:
    """Markdown abbreviation definitions (``*[KMS]: ...``) for every term with an ``abbr``."""
    lines = []
    for term in sorted((t for t in terms if t.abbr), key=lambda t: t.abbr):
        title = term.term if term.term != term.abbr else term.definition.split(".")[0]
        lines.append(f"*[{term.abbr}]: {title}".replace("\n", " "))
    return "\n".join(lines) + "\n"


def glossary_md(terms: list[Term], usage: dict[str, list[str]], titles: dict[str, str], here: str) -> str:
    """Render the glossary page body: letter groups, one anchored heading per term."""
    out = []
    letter = None
    for term in sorted(terms, key=lambda t: t.term.lower()):
        first = term.term[0].upper() if term.term[0].isalpha() else "#"
        if first != letter:
            letter = first
            out += [f"## {letter} {{#letter-{letter.lower() if letter != '#' else 'other'}}}", ""]
        heading = term.term + (f" ({term.abbr})" if term.abbr and term.abbr != term.term else "")
        out += [f"### {heading} {{#{term.slug} .glossary-term}}", "", term.definition, ""]
        pages = [src for src in usage.get(term.slug, []) if src != here]
        if pages:
            links = ", ".join(
                f"[{titles.get(src, src)}]({posixpath.relpath(src, posixpath.dirname(here) or '.')})"
                for src in pages
            )
            out += [f"Used on: {links}", "{: .glossary-used-on }", ""]
    return "\n".join(out)
