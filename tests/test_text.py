"""Text scans of every paragraph of prose: current service names, no exam fact typed by hand.

These read pages, notebook Markdown cells, practice questions and the
glossary as joined paragraphs (guide.prose), so a name or a number wrapped
over two lines is still found, and each failure names the line where it
starts. They need no build and run first (see conftest.py).
"""

from __future__ import annotations

import pytest

from testkit import ROOT
from guide.prose import corpus
from guide.textchecks import (ExamNames, dated_facts_of_data, dated_facts_of_exams, hand_typed_dates,
                              hand_typed_exam_facts, outdated_names)

pytestmark = pytest.mark.text


@pytest.fixture(scope="module")
def paragraphs(index):
    return corpus(ROOT, index.pages)


def test_service_names_are_current(paragraphs):
    problems = [problem for paragraph in paragraphs for problem in outdated_names(paragraph)]
    assert not problems, "\n".join(problems)


def test_no_exam_fact_is_typed_by_hand(index, paragraphs):
    names = ExamNames.from_exams(index.syllabus.exams)
    dated = dated_facts_of_exams(index.syllabus.exams) + dated_facts_of_data(ROOT)
    problems = [problem for paragraph in paragraphs
                for problem in hand_typed_exam_facts(paragraph, names) + hand_typed_dates(paragraph, dated)]
    assert not problems, "\n".join(problems)


def test_every_fact_macro_renders(index, paragraphs):
    from guide.facts import fact_problems

    problems = fact_problems(paragraphs, index.syllabus.exams)
    assert not problems, "\n".join(problems)
