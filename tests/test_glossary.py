"""The real glossary, strictly: every in-scope service and abbreviation defined, every term used.

Also: every spelling of a term resolves to one entry, every availability
notice belongs to an entry, and a term inside a longer token (MLA in
MLA-C01) is never marked on the built site.
"""

from __future__ import annotations

import re

import pytest
import yaml

from testkit import ROOT
from guide.glossary import Resolver, notice_for, undefined_abbreviations_in
from guide.prose import corpus

ALLOWLIST = ROOT / "data" / "abbreviations_allowlist.yml"
MIN_TERMS = 25
pytestmark = pytest.mark.text


def allowed() -> set[str]:
    entries = yaml.safe_load(ALLOWLIST.read_text()) or []
    for entry in entries:
        assert entry.get("abbr") and entry.get("reason"), f"{ALLOWLIST}: every entry needs abbr and reason: {entry}"
    return {entry["abbr"] for entry in entries}


def test_allowlist_stays_short():
    assert len(allowed()) <= 20, "the allow-list is for a few generic tokens; define real abbreviations in the glossary"


def test_glossary_has_enough_terms(index):
    assert len(index.glossary) >= MIN_TERMS


def test_every_abbreviation_in_prose_is_defined(index):
    """Pages, notebook Markdown cells and question texts, read as joined paragraphs."""
    paragraphs = [p for p in corpus(ROOT, index.pages) if p.file != "data/glossary.yml"]
    problems = [f"{where}: abbreviation '{abbr}' is not defined in data/glossary.yml"
                for where, abbr in undefined_abbreviations_in(index.glossary, allowed(), paragraphs)]
    assert not problems, ("add a glossary term with 'abbr:' (or, for generic tokens, an allow-list entry):\n"
                          + "\n".join(sorted(set(problems))))


def test_every_term_is_used_by_a_page_besides_the_glossary(index):
    unused = [f"data/glossary.yml:{t.line}: '{t.term}' is used by no page"
              for t in index.glossary if not [s for s in index.usage[t.slug] if s != "glossary.md"]]
    assert not unused, "\n".join(unused)


def test_every_in_scope_service_of_both_exam_guides_is_defined(index):
    resolver = Resolver(index.glossary)
    missing = [f"data/exams/{exam.code}.yml: in-scope service {listed!r} ({category}) has no glossary entry"
               for exam in index.syllabus.exams.values()
               for category, services in (exam.data.get("in_scope_services") or {}).items()
               for listed in services if resolver.service(str(listed)) is None]
    assert not missing, "add a term (or an alias) to data/glossary.yml:\n" + "\n".join(missing)


def test_every_form_of_a_term_resolves_to_that_one_entry(index):
    resolver = Resolver(index.glossary)
    problems = []
    for term in index.glossary:
        forms = term.names() + ([term.abbr] if term.abbr else [])
        for form in forms:
            found = resolver.find(form)
            if found is not term:
                problems.append(f"data/glossary.yml:{term.line}: '{form}' resolves to "
                                f"'{found.term if found else None}', not to '{term.term}'")
    assert not problems, "\n".join(problems)


def test_every_availability_notice_belongs_to_a_glossary_entry(index):
    owned = {id(notice_for(t, index.availability)) for t in index.glossary}
    orphans = [f"data/availability.yml:{n.line}: '{n.service}' matches no glossary term or alias"
               for n in index.availability if id(n) not in owned]
    assert not orphans, "\n".join(orphans)


def test_allow_list_does_not_repeat_glossary_abbreviations(index):
    defined = {t.abbr for t in index.glossary if t.abbr}
    assert not (allowed() & defined), f"defined in the glossary, drop from the allow-list: {allowed() & defined}"


@pytest.mark.slow
def test_no_term_is_marked_inside_a_longer_token(built_site):
    marked = re.compile(r"(<abbr\b[^>]*>|<a class=\"glossary-link\"[^>]*>)([^<]*)</(?:abbr|a)>([-\w])")
    problems = []
    for page in sorted(built_site.rglob("*.html")):
        for match in marked.finditer(page.read_text(encoding="utf-8")):
            problems.append(f"{page.relative_to(built_site)}: '{match.group(2)}' marked inside "
                            f"'{match.group(2)}{match.group(3)}...'")
    assert not problems, "\n".join(problems[:20])
