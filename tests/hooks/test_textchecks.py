"""Outdated names and hand-typed exam facts, read across line breaks, reported by line."""

import pytest

from guide.prose import markdown_text_paragraphs
from guide.textchecks import (ExamNames, dated_facts_of_exams, hand_typed_dates, hand_typed_exam_facts,
                              outdated_names)


def scan(check, text, *args):
    return [problem for p in markdown_text_paragraphs(text, "docs/p.md") for problem in check(p, *args)]


@pytest.mark.parametrize("text, lines", [
    ("Stream into Kinesis Data Firehose.", [1]),
    ("Send events to Amazon Kinesis Data\nFirehose, which buffers them.", [1]),
    ("Amazon Data Firehose (formerly Kinesis Data Firehose) buffers records.", []),
    ("Amazon Data Firehose (formerly\nKinesis Data Firehose) buffers records.", []),
    ("Amazon Data Firehose, formerly known as Amazon Kinesis Data\nFirehose, buffers.", []),
    ("Formerly a niche tool. Later, Kinesis Data Analytics was used.", [1]),
    ("Open Amazon SageMaker and create a domain.", [1]),
    ("Amazon SageMaker\nAI hosts the endpoint.", []),
    ("Amazon SageMaker Feature Store keeps features.", []),
    ("SageMaker Edge\nManager was discontinued in 2024.", []),
    ("Deploy with SageMaker Edge\nManager.", [1]),
    ("Kinesis Data Analytics was retired, they say.", [1]),
    ("Use `Kinesis Data Firehose` in code.", []),
])
def test_outdated_names_across_line_breaks(text, lines):
    found = scan(outdated_names, text)
    assert [int(p.split(":")[1]) for p in found] == lines, found


def test_outdated_name_is_reported_on_the_line_where_it_starts():
    [problem] = scan(outdated_names, "First line.\nA second line, then Kinesis Data\nFirehose.\n")
    assert problem.startswith("docs/p.md:2: outdated name 'Kinesis Data Firehose', use Amazon Data Firehose")


@pytest.fixture(scope="module")
def names(index):
    return ExamNames.from_exams(index.syllabus.exams)


@pytest.mark.parametrize("text, kinds", [
    ("You get 170 minutes for the\nMLA-C01, and you need 700 to pass.", ["duration", "passing score"]),
    ("The exam gives you 170 minutes.", ["duration"]),
    ("The MLA-C01 exam costs USD 150 and has 65\nquestions.", ["question count", "price"]),
    ("Domain 1 of MLA-C01 weighs 28 % of the scored content.", ["weight"]),
    ("MLS-C01 was retired on 31 March 2026.", ["date"]),
    ("Score 720 out of 1,000 and you pass.", ["passing score"]),
    ("Batch transform runs every 15 minutes.", []),
    ("Facts exam items turn on: a feature group holds 2,500 features and a TTL of 10 minutes.", []),
    ("The Specialty exam phrased task 1.1 questions as short scenarios.", []),
    ("MLA-C01 lasts <!-- @fact mla-c01 duration --> for <!-- @fact mla-c01 questions --> questions.", []),
    ("Write `<!-- @fact mla-c01 duration -->` to show 130 minutes of the MLA-C01 exam.", ["duration"]),
])
def test_hand_typed_exam_facts(names, text, kinds):
    found = scan(hand_typed_exam_facts, text, names)
    assert sorted(p.split(": ")[1].split(" '")[0] for p in found) == sorted(kinds), found


def test_hand_typed_fact_names_its_line_the_data_value_and_the_macro(names, index):
    minutes = index.syllabus.exams["mla-c01"].data["duration_min"]
    problems = scan(hand_typed_exam_facts, "Intro.\n\nThe MLA-C01 exam is long:\nit lasts 170 minutes.\n", names)
    assert problems == [f"docs/p.md:4: duration '170 minutes' typed by hand near an exam's name; data/exams/mla-c01.yml "
                        f"has {minutes} minutes: write <!-- @fact mla-c01 duration --> (or reword if it is not an exam fact)"]
    [generic] = scan(hand_typed_exam_facts, "In the exam you get\n170 minutes.\n", names)
    assert generic.startswith("docs/p.md:2: duration '170 minutes' typed by hand near an exam's name; render it from "
                              "data/exams/*.yml with <!-- @fact <exam> <key> -->")


def test_a_date_kept_in_the_exam_data_is_flagged_anywhere(index):
    dated = dated_facts_of_exams(index.syllabus.exams)
    text = "A note: the old exam closed on March 31,\n2026, so plan ahead.\n\nOn 2026-03-31 it closed.\n"
    problems = scan(hand_typed_dates, text, dated)
    assert [p.split(": ")[0] for p in problems] == ["docs/p.md:1", "docs/p.md:4"]
    assert "write <!-- @fact mls-c01 status-date --> instead" in problems[0]
    assert "data/exams/mls-c01.yml:" in problems[0]


def test_dates_of_other_data_files_are_found_with_their_lines(tmp_path):
    from guide.textchecks import dated_facts_of_data

    (tmp_path / "data" / "questions").mkdir(parents=True)
    (tmp_path / "data" / "availability.yml").write_text(
        "notices:\n  - service: Amazon Forecast\n    closed_to_new_customers: 2025-11-07\n    note: text\n")
    (tmp_path / "data" / "questions" / "q.yml").write_text("when: 2020-01-01\n")
    [fact] = dated_facts_of_data(tmp_path)
    assert fact.source == "data/availability.yml:3"
    problems = scan(hand_typed_dates, "Forecast closed to new customers on 7 November\n2025.\n", [fact])
    assert problems and problems[0].startswith("docs/p.md:1: date '7 November 2025' is a fact kept in data/availability.yml:3")
