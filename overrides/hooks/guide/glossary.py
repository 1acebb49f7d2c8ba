"""The glossary (``data/glossary.yml``): validation, usage and rendering.

One list of terms feeds the glossary page (one anchor per term, with "used
on" links to the sections that use it), the term links and abbreviation
tooltips on every page (``termlinks``), and the checks that every
abbreviation in prose is defined and every term is used somewhere.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GuideError
from .yamlines import load

KEYS = {"term", "abbr", "aliases", "definition", "see_also", "exam_angle", "autolink"}

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
    see_also: list[str] = field(default_factory=list)
    exam_angle: str | None = None
    autolink: bool = True  # False for everyday words ("construct") that pages use in their plain sense

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
    previous = None
    for entry in data:
        line = getattr(entry, "line", 0)
        if not isinstance(entry, dict) or not str(entry.get("term") or "").strip():
            problems.append(f"{path}:{line}: entry without a term")
            continue
        unknown = set(entry) - KEYS
        if unknown:
            problems.append(f"{path}:{line}: unknown keys {sorted(unknown)} (allowed: {', '.join(sorted(KEYS))})")
        see_also = entry.get("see_also") or []
        if not isinstance(see_also, list) or not all(isinstance(s, str) and s.strip() for s in see_also):
            problems.append(f"{path}:{line}: '{entry['term']}': see_also must be a list of term names")
            see_also = []
        definition = str(entry.get("definition") or "").strip()
        if not definition:
            problems.append(f"{path}:{line}: '{entry['term']}' has an empty definition")
        term = Term(term=str(entry["term"]).strip(), definition=definition, line=line,
                    abbr=(str(entry["abbr"]).strip() if entry.get("abbr") else None),
                    aliases=[str(a) for a in entry.get("aliases") or []],
                    see_also=[str(s).strip() for s in see_also],
                    exam_angle=(" ".join(str(entry["exam_angle"]).split()) if entry.get("exam_angle") else None),
                    autolink=entry.get("autolink", True) is not False)
        if "autolink" in entry and not isinstance(entry["autolink"], bool):
            problems.append(f"{path}:{line}: '{term.term}': autolink must be true or false")
        keys = [("term", term.slug)] + ([("abbr", slugify(term.abbr))] if term.abbr else [])
        # every spelling counted as a use, including "SageMaker X" for "Amazon SageMaker X"
        keys += [("name", slugify(name)) for name in term.names() if slugify(name) != term.slug]
        for kind, key in dict((key, (kind, key)) for kind, key in keys).values():
            if key in seen:
                problems.append(f"{path}:{line}: duplicate {kind} '{key}' (first defined on line {seen[key]})")
            else:
                seen[key] = line
        if previous is not None and term.term.lower() < previous.lower():
            problems.append(f"{path}:{line}: '{term.term}' is out of order: keep the glossary sorted by term "
                            f"(it belongs before '{previous}')")
        previous = term.term
        terms.append(term)
    resolver = Resolver(terms)
    for term in terms:
        for name in term.see_also:
            target = resolver.find(name)
            if target is None:
                problems.append(f"{path}:{term.line}: '{term.term}': see_also '{name}' is not a glossary term")
            elif target is term:
                problems.append(f"{path}:{term.line}: '{term.term}': see_also points to the term itself")
    if problems:
        raise GuideError(problems)
    return terms


class Resolver:
    """Every spelling of every term (name, alias, vendor-less name, abbreviation) -> its one entry."""

    def __init__(self, terms: list[Term]):
        self.by_name: dict[str, Term] = {}
        self.by_abbr: dict[str, Term] = {}
        for term in terms:
            for name in term.names():
                self.by_name.setdefault(name.lower(), term)
            if term.abbr:
                self.by_abbr.setdefault(term.abbr, term)
                for prefix in ("Amazon ", "AWS "):
                    self.by_name.setdefault((prefix + term.abbr).lower(), term)

    def find(self, text: str) -> Term | None:
        """The entry for ``text`` (names case-insensitive, abbreviations exact), or None."""
        text = " ".join(text.split())
        return self.by_abbr.get(text) or self.by_name.get(text.lower())

    def service(self, listed: str) -> Term | None:
        """The entry for a service as an exam guide lists it.

        "Amazon Augmented AI (Amazon A2I)" resolves by its name or by the part
        in brackets; "Amazon DocumentDB (with MongoDB compatibility)" by the
        name without the brackets.
        """
        bare = re.sub(r"\s*\([^)]*\)", "", listed).strip()
        for candidate in [listed, bare, *re.findall(r"\(([^)]*)\)", listed)]:
            found = self.find(candidate)
            if found:
                return found
        return None


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


def _letter(term: Term) -> str:
    first = term.term[0].upper()
    return first if "A" <= first <= "Z" else "#"


def notice_for(term: Term, notices) -> object | None:
    """The availability notice whose current or former name is one of the term's names."""
    from .availability import match_notice

    return match_notice(list(notices), term.names())


def glossary_md(terms: list[Term], section_usage: dict[str, list[tuple[str, str]]], here: str,
                section_title, notices=()) -> str:
    """Render the glossary page body.

    An A-Z jump bar and a filter box (made live by ``glossary.js``), then one
    group per letter and one ``<div class="glossary-entry">`` per term with an
    anchored heading, the definition, the exam angle, the availability notice
    (from ``data/availability.yml``), see-also links and "used on" links to
    each section that uses the term. ``section_title(page, anchor)`` returns
    (page title, section title, line of the heading).
    """
    from .availability import glossary_line

    resolver = Resolver(terms)
    ordered = sorted(terms, key=lambda t: t.term.lower())
    letters = {_letter(t) for t in ordered}
    bar = []
    for letter in [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"]:
        slug = "other" if letter == "#" else letter.lower()
        if letter in letters:
            bar.append(f'<a href="#letter-{slug}">{letter}</a>')
        elif letter != "#":
            bar.append(f'<span class="glossary-az-empty" aria-hidden="true">{letter}</span>')
    out = [
        '<nav class="glossary-az" aria-label="Glossary by letter">' + " ".join(bar) + "</nav>",
        "",
        '<div class="glossary-filter" hidden>',
        '<label for="glossary-filter-input">Filter the glossary</label>',
        '<input type="search" id="glossary-filter-input" autocomplete="off" spellcheck="false" '
        'placeholder="Type a term or an abbreviation, such as KMS">',
        '<span class="glossary-count" aria-live="polite"></span>',
        "</div>",
        "",
    ]
    letter = None
    for term in ordered:
        if _letter(term) != letter:
            if letter is not None:
                out += ["</div>", ""]
            letter = _letter(term)
            slug = "other" if letter == "#" else letter.lower()
            out += ['<div class="glossary-letter" markdown>', "", f"## {letter} {{#letter-{slug}}}", ""]
        names = [term.term, *(term.aliases), *([term.abbr] if term.abbr else [])]
        data = "|".join(n.lower().replace('"', "") for n in names)
        heading = term.term + (f" ({term.abbr})" if term.abbr and term.abbr != term.term else "")
        out += [f'<div class="glossary-entry" data-names="{data}" markdown>', "",
                f"### {heading} {{#{term.slug} .glossary-term}}", "", term.definition, ""]
        if term.aliases:
            out += ["Also written: " + ", ".join(term.aliases) + ".", "{: .glossary-aliases }", ""]
        if term.exam_angle:
            out += [f"**Exam angle:** {term.exam_angle}", "{: .glossary-exam-angle }", ""]
        notice = notice_for(term, notices)
        if notice is not None:
            out += [glossary_line(notice), "{: .glossary-availability }", ""]
        if term.see_also:
            links = ", ".join(f"[{target.term}](#{target.slug})"
                              for target in (resolver.find(name) for name in term.see_also) if target)
            out += [f"See also: {links}", "{: .glossary-see-also }", ""]
        used = _used_on(section_usage.get(term.slug, []), here, section_title)
        if used:
            # not in the search index: a tenth of it, and every query for a page title
            # ("Exam angle", a task's name) matched hundreds of these lists
            out += [f"Used on: {used}", "{: .glossary-used-on data-search-exclude }", ""]
        out += ["</div>", ""]
    if letter is not None:
        out += ["</div>", ""]
    return "\n".join(out)


#: Sections listed per page under "Used on"; the first ones in page order, then a count.
MAX_SECTIONS = 3
#: Pages listed under "Used on", the live exam's pages first, then a count: a term such as
#: Amazon S3 is used on 60 pages, and 60 links help no reader (search finds them all).
MAX_PAGES = 6
#: Which pages come first under "Used on": the live exam, the journey, the retired exam, the rest.
PAGE_PRIORITY = ("exams/mla-c01/", "journey/", "exams/mls-c01/")


def _priority(src: str) -> int:
    return next((i for i, prefix in enumerate(PAGE_PRIORITY) if src.startswith(prefix)), len(PAGE_PRIORITY))


def _used_on(keys: list[tuple[str, str]], here: str, section_title) -> str:
    """"Page: [Section](page.md#anchor), [Section](...); Other page: ..." for the sections that use a term."""
    by_page: dict[str, list[str]] = {}
    for src, anchor in keys:
        if src != here:
            by_page.setdefault(src, []).append(anchor)
    parts = []
    ordered = sorted(by_page, key=lambda s: (_priority(s), section_title(s, "")[0].lower()))
    for src in ordered[:MAX_PAGES]:
        rel = posixpath.relpath(src, posixpath.dirname(here) or ".")
        page_title = section_title(src, "")[0]
        links = []
        anchors = sorted(by_page[src], key=lambda a: section_title(src, a)[2])
        for anchor in anchors[:MAX_SECTIONS]:
            title = section_title(src, anchor)[1] if anchor else "introduction"
            links.append(f"[{title}]({rel}{'#' + anchor if anchor else ''})")
        more = len(anchors) - MAX_SECTIONS
        parts.append(f"{page_title}: " + ", ".join(links) + (f" (+{more} more)" if more > 0 else ""))
    hidden = len(ordered) - MAX_PAGES
    return "; ".join(parts) + (f"; and {hidden} more page{'s' if hidden > 1 else ''} (search finds them)"
                               if hidden > 0 else "")


def services_md(groups: dict, terms: list[Term], notices, glossary_href: str) -> str:
    """The in-scope services of an exam guide as a table, each linked to its glossary entry.

    ``groups`` maps a category to the services the exam guide lists. A service
    with an availability notice shows its status. A service with no glossary
    entry raises KeyError (the build then names the page and line).
    """
    resolver = Resolver(terms)
    rows = ["| Category | Services |", "|---|---|"]
    for category, services in groups.items():
        cells = []
        for listed in services:
            term = resolver.service(str(listed))
            if term is None:
                raise KeyError(f"in-scope service {listed!r} has no glossary entry in data/glossary.yml")
            shown = re.sub(r"\s*\((listed as|formerly)[^)]*\)", "", str(listed))
            cell = f"[{shown}]({glossary_href}#{term.slug})"
            notice = notice_for(term, notices)
            if notice is not None and notice.status == "renamed":
                if shown != notice.service:
                    cell += f" (now {notice.service})"
            elif notice is not None:
                same = notice.service.lower() in (shown.lower(), term.term.lower())
                cell += f" ({notice.label.lower()})" if same else f" ({notice.service}: {notice.label.lower()})"
            cells.append(cell)
        rows.append(f"| {category} | {', '.join(cells)} |")
    return "\n".join(rows) + "\n"


def availability_table_md(notices, terms: list[Term], glossary_href: str) -> str:
    """Every availability notice as one table: service, former names, status, date.

    Oldest first; notices without a published date come last.
    """
    from .availability import by_date, date_cell

    resolver = Resolver(terms)
    rows = ["| Service | Formerly | Status | Since |", "|---|---|---|---|"]
    for notice in sorted(notices, key=by_date):
        term = next((t for t in map(resolver.find, notice.names()) if t), None) or next(
            (t for t in terms if notice_for(t, [notice]) is notice), None)
        name = f"[{notice.service}]({glossary_href}#{term.slug})" if term else notice.service
        former = ", ".join(notice.former_names) or "–"
        rows.append(f"| {name} | {former} | {notice.label} | {date_cell(notice)} |")
    return "\n".join(rows) + "\n"


def letters_only(toc) -> None:
    """Cut a table of contents to its letters: drop the entries under each ``h2``.

    The glossary's contents listed every term twice (in the sidebar the page
    hides, and in a phone's navigation drawer): over a thousand links a reader
    cannot scan, which the theme also measured one by one as the page started.
    The A-Z bar, the filter box and search find a term; the contents keep the
    letters.
    """
    for item in toc:
        if item.level >= 2:
            item.children = []
        else:
            letters_only(item.children)
