"""The inline ``<!-- @fact <exam> <key> -->`` macro: renders from data, bad keys name file and line."""

import pytest

from guide import GuideError
from guide.facts import expand_facts, fact_problems, format_date, render_fact
from guide.prose import markdown_text_paragraphs


@pytest.fixture(scope="module")
def exams(index):
    return index.syllabus.exams


def test_each_fact_renders_from_the_data_file(exams):
    data = exams["mla-c01"].data
    assert render_fact(exams, "mla-c01 duration") == f"{data['duration_min']} minutes"
    assert render_fact(exams, "mla-c01 questions") == str(data["questions"]["total"])
    assert render_fact(exams, "mla-c01 passing-score") == str(data["passing_score"])
    assert render_fact(exams, "mla-c01 cost") == f"{data['cost_usd']} USD"
    assert render_fact(exams, "mla-c01 weight 1") == f"{exams['mla-c01'].domain(1).weight}%"
    assert render_fact(exams, "MLS-C01 status-date") == format_date(exams["mls-c01"].data["status"]["date"])
    assert format_date("2026-03-31") == "31 March 2026"


@pytest.mark.parametrize("spec, message", [
    ("mla-c01", "write <!-- @fact <exam> <key> -->"),
    ("xyz-c01 duration", "unknown exam 'xyz-c01'"),
    ("mla-c01 durations", "unknown fact 'durations'"),
    ("mla-c01 weight", "weight needs a domain number"),
    ("mla-c01 weight 9", "has no domain 9"),
    ("mla-c01 status-date", "MLA-C01 has no status date"),
])
def test_bad_macros_say_why(exams, spec, message):
    with pytest.raises((ValueError, KeyError)) as error:
        render_fact(exams, spec)
    assert message in str(error.value)


def test_expand_replaces_prose_but_not_code_and_names_the_line_of_a_bad_macro(exams):
    text = ("Intro.\nIt lasts <!-- @fact mla-c01 duration -->.\n"
            "Write `<!-- @fact mla-c01 duration -->` in prose.\n```\n<!-- @fact mla-c01 duration -->\n```\n")
    out = expand_facts(text, exams, "docs/p.md")
    duration = render_fact(exams, "mla-c01 duration")
    assert f"It lasts {duration}." in out
    assert out.count("<!-- @fact mla-c01 duration -->") == 2  # inline code and fenced code stay
    with pytest.raises(GuideError) as error:
        expand_facts("One.\n\nTwo <!-- @fact mla-c01 minutes --> here.\n", exams, "docs/p.md", first_line=5)
    assert error.value.problems == [
        "docs/p.md:7: <!-- @fact mla-c01 minutes -->: unknown fact 'minutes' (known: name, code, questions, "
        "scored-questions, unscored-questions, duration, passing-score, score-scale, cost, status, status-date, "
        "last-checked, weight)"]


def test_fact_problems_in_paragraphs_name_the_line(exams):
    paragraphs = markdown_text_paragraphs("A wrapped line and\nthen <!-- @fact mla-c01 weight 7 -->.\n", "docs/p.md")
    [problem] = fact_problems(paragraphs, exams)
    assert problem.startswith("docs/p.md:2: <!-- @fact mla-c01 weight 7 -->:")


def test_a_fact_in_a_question_renders_and_the_index_checks_it(repo):
    repo.write("docs/index.md", "# Home\n\nThe exam takes <!-- @fact mla-c01 durration -->.\n")
    repo.write("data/questions/mla-c01/1.1-x.yml", """
        questions:
          - id: mla-c01-1.1-fact
            task: mla-c01/1.1
            type: single
            stem: |
              You have <!-- @fact mla-c01 duration --> and
              <!-- @fact mla-c01 nope --> questions.
            options:
              - {id: a, text: A, why: Because.}
              - {id: b, text: B, why: Because.}
            answer: [a]
            explanation: Because.
            teaches: index.md
    """)
    problems = repo.index().problems()
    assert any(p.startswith("docs/index.md:3: <!-- @fact mla-c01 durration -->: unknown fact") for p in problems)
    assert any(p.startswith("data/questions/mla-c01/1.1-x.yml:7: <!-- @fact mla-c01 nope -->") for p in problems), problems
