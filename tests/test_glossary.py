"""The real glossary: loads cleanly, covers every abbreviation in prose, every term is used."""

from __future__ import annotations

import pytest
import yaml

from testkit import ROOT
from guide.glossary import undefined_abbreviations_in
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
