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
        """The spellings counted as a use of the term (abbreviation excluded).

        "Amazon SageMaker Model Registry" is also used where a page says
        "SageMaker Model Registry": the vendor prefix is dropped in running text.
        """
        names = [self.term, *self.aliases]
        for name in list(names):
            for prefix in ("Amazon ", "AWS "):
                if name.startswith(prefix) and len(name) > len(prefix) + 3:
                    names.append(name[len(prefix):])
        return names


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
        # every spelling counted as a use, including "SageMaker X" for "Amazon SageMaker X"
        keys += [("name", slugify(name)) for name in term.names() if slugify(name) != term.slug]
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


WORDS = re.compile(r"[A-Za-z0-9]+")
MAX_TERM_WORDS = 8


def _stem(word: str) -> str:
    """Lower-case and drop a plural ending, so "endpoints" matches "endpoint"."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _phrases(words: list[str], longest: int) -> set[str]:
    """Every run of 1..longest consecutive words, joined by one space."""
    return {" ".join(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}


def term_usage(terms: list[Term], texts: dict[str, str]) -> dict[str, list[str]]:
    """Map each term slug to the sorted page paths whose text uses it.

    Terms and aliases match whole words, case-insensitively, singular or
    plural ("Target tracking" also matches "target-tracking policies");
    abbreviations match case-sensitively. Each page is tokenised once into
    word runs, so the cost grows with pages plus terms, not their product.
    """
    longest = max([len(WORDS.findall(n)) for t in terms for n in t.names()] + [1])
    longest = min(longest, MAX_TERM_WORDS)
    pages = {}
    for src, text in texts.items():
        words = WORDS.findall(text)
        exact = _phrases(words, 3)
        exact |= {phrase[:-1] for phrase in exact if phrase.endswith("s")}  # "ACLs" uses "ACL"
        pages[src] = (_phrases([_stem(w) for w in words], longest), exact)
    usage: dict[str, list[str]] = {}
    for term in terms:
        names = {" ".join(_stem(w) for w in WORDS.findall(name)) for name in term.names()}
        abbr = " ".join(WORDS.findall(term.abbr)) if term.abbr else None
        usage[term.slug] = sorted(src for src, (stems, exact) in pages.items()
                                  if names & stems or (abbr and abbr in exact))
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


def _blank(match) -> str:
    return " " * len(match.group(0))


def blank_markup(text: str) -> str:
    """:func:`strip_markup` for a joined paragraph: markup becomes spaces, so offsets still map to lines."""
    if text.lstrip().startswith("*["):  # an abbreviation definition
        return " " * len(text)
    text = re.sub(r"`[^`]*`", _blank, text)
    text = re.sub(r"\]\([^)]*\)", lambda m: "]" + " " * (len(m.group(0)) - 1), text)
    text = re.sub(r"<[^>]+>", _blank, text)
    text = re.sub(r"\{[:#.][^}]*\}|\{ *#[^}]*\}", _blank, text)
    text = re.sub(r"https?://\S+", _blank, text)
    return text


def undefined_abbreviations_in(terms: list[Term], allowed: set[str], paragraphs) -> list[tuple[str, str]]:
    """Return (``file:line``, abbreviation) for every undefined abbreviation in joined paragraphs.

    ``paragraphs`` are :class:`guide.prose.Paragraph` objects; the line is the
    one where the abbreviation starts.
    """
    defined = {t.abbr for t in terms if t.abbr} | allowed
    defined |= {t.term for t in terms if ABBREVIATION.fullmatch(t.term)}
    found = []
    for paragraph in paragraphs:
        for match in ABBREVIATION.finditer(blank_markup(paragraph.text)):
            if match.group(1) not in defined:
                found.append((paragraph.where(match.start()), match.group(1)))
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
