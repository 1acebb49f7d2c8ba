import pytest
from guide import GuideError
from guide.questions import load_questions, question_md, quiz_md

TASKS = {"mla-c01/1.1", "mla-c01/2.3"}

GOOD = """
cases:
  retail:
    title: Retail
    scenario: A retailer stores sales as CSV in Amazon S3.
questions:
  - id: mla-c01-1.1-columnar
    task: mla-c01/1.1
    type: single
    case: retail
    stem: Which format cuts Athena scan costs?
    options:
      - {id: a, text: CSV, why: Row-based; every column is scanned.}
      - {id: b, text: Parquet, why: Columnar and compressed.}
    answer: [b]
    explanation: Columnar formats let the engine read only the needed columns.
    teaches: exams/x.md#formats
  - id: mla-c01-1.1-partition
    task: mla-c01/1.1
    type: single
    case: retail
    stem: Which layout lets Athena skip old days?
    options:
      - {id: a, text: Partition by date, why: Athena prunes partitions.}
      - {id: b, text: One file per store, why: Every file is still scanned.}
    answer: [a]
    explanation: Partition pruning skips whole prefixes.
    teaches: exams/x.md#formats
  - id: mla-c01-1.1-order
    task: mla-c01/1.1
    type: ordering
    stem: Order the steps.
    options:
      - {id: a, text: Ingest, why: First.}
      - {id: b, text: Transform, why: Second.}
      - {id: c, text: Train, why: Third.}
    answer: [a, b, c]
    explanation: Data flows in this order.
    teaches: exams/x.md
  - id: mla-c01-2.3-match
    task: mla-c01/2.3
    type: matching
    stem: Match metric and goal.
    pairs:
      - {left: Few false alarms, right: Precision, why: TP over predicted positives.}
      - {left: Miss no fraud, right: Recall, why: TP over actual positives.}
      - {left: Regression error, right: RMSE, why: Penalises large errors.}
    spare: [AUC]
    explanation: Each metric answers one question.
    teaches: exams/x.md
"""


def load_text(tmp_path, text):
    folder = tmp_path / "questions" / "mla-c01"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "1.1-test.yml").write_text(text)
    return load_questions(tmp_path / "questions", TASKS, tmp_path)


def problems(tmp_path, text):
    with pytest.raises(GuideError) as error:
        load_text(tmp_path, text)
    return str(error.value)


def test_a_good_file_loads_all_types(tmp_path):
    questions = load_text(tmp_path, GOOD)
    assert [q.type for q in questions] == ["single", "single", "ordering", "matching"]
    assert questions[0].case["title"] == "Retail"


def test_answer_not_among_options_names_file_and_line(tmp_path):
    text = problems(tmp_path, GOOD.replace("answer: [b]", "answer: [e]"))
    assert "questions/mla-c01/1.1-test.yml:15: question mla-c01-1.1-columnar: answer 'e' is not among the options" in text


def test_single_with_two_answers_and_incomplete_ordering(tmp_path):
    text = problems(tmp_path, GOOD.replace("answer: [b]", "answer: [a, b]").replace("answer: [a, b, c]", "answer: [a, b]"))
    assert "needs exactly one answer" in text
    assert "must list every option id exactly once" in text


def test_matching_needs_three_pairs_and_unknown_task_and_type(tmp_path):
    bad = GOOD.replace("      - {left: Regression error, right: RMSE, why: Penalises large errors.}\n", "")
    bad = bad.replace("task: mla-c01/2.3", "task: mla-c01/7.7").replace("type: ordering", "type: essay")
    text = problems(tmp_path, bad)
    assert "unknown task statement 'mla-c01/7.7'" in text
    assert "type must be one of single, multiple, ordering, matching, not 'essay'" in text


def test_missing_why_and_unknown_case(tmp_path):
    bad = GOOD.replace(", why: Columnar and compressed.", "").replace("case: retail", "case: wholesale")
    text = problems(tmp_path, bad)
    assert "option without 'why'" in text and "unknown case 'wholesale'" in text


def test_duplicate_ids_across_the_bank(tmp_path):
    text = problems(tmp_path, GOOD.replace("mla-c01-1.1-order", "mla-c01-1.1-columnar"))
    assert "duplicate question id mla-c01-1.1-columnar" in text


def test_rendering_works_without_javascript(tmp_path):
    questions = load_text(tmp_path, GOOD)
    html = quiz_md(questions, "practice/mla-c01/domain-1.md", {"mla-c01/1.1": "Ingest and store data"})
    assert '<details class="quiz-answer" markdown>' in html
    assert "**Answer: B.**" in html
    assert "[Study this topic](../../exams/x.md#formats)" in html
    assert 'data-answer="[&quot;b&quot;]"' in html
    assert "## 1.1 Ingest and store data {#task-1-1}" in html
    assert '<p class="quiz-actions" hidden>' in html  # buttons appear only with JavaScript
    single = question_md(questions[3], 1, "exams/mla-c01/index.md")
    assert single.count("<select") == 3


def test_ordering_steps_are_not_shown_in_answer_order(tmp_path):
    questions = load_text(tmp_path, GOOD.replace("answer: [a, b, c]", "answer: [a, b, c]"))
    html = question_md(questions[2], 1, "practice/x.md")
    shown = [html.index(f'data-item="{item}"') for item in ("a", "b", "c")]
    assert shown != sorted(shown), "ordering steps appear in the answer order"


def test_the_verdict_is_printed_once(tmp_path):
    questions = load_text(tmp_path, GOOD.replace("why: Columnar and compressed.", "why: Correct. Columnar and compressed."))
    html = question_md(questions[0], 1, "practice/x.md")
    assert "**B – Correct.** Columnar and compressed." in html


def test_matching_spare_choices_are_offered_and_explained(tmp_path):
    questions = load_text(tmp_path, GOOD)
    html = question_md(questions[3], 1, "practice/x.md")
    assert html.count('<option value="AUC">') == 3  # one per prompt row
    assert "Matches no item: *AUC*." in html
    assert "some choices fit no item" in html


def test_spare_that_answers_a_prompt_and_spare_on_a_single_item(tmp_path):
    text = problems(tmp_path, GOOD.replace("spare: [AUC]", "spare: [RMSE]")
                    .replace("    answer: [a]\n", "    answer: [a]\n    spare: [x]\n", 1))
    assert "question mla-c01-2.3-match: spare choices ['RMSE'] also answer a prompt" in text
    assert "question mla-c01-1.1-partition: only matching questions have 'spare' choices" in text


def test_a_matching_choice_may_answer_two_prompts(tmp_path):
    text = GOOD.replace("right: RMSE", "right: Recall").replace("    spare: [AUC]\n", "")
    questions = load_text(tmp_path, text)
    assert questions[3].choices() == ["Precision", "Recall"]


def test_case_set_sizes_and_domains(tmp_path):
    single = GOOD.replace("    case: retail\n    stem: Which layout", "    stem: Which layout")
    assert "case 'retail' has 1 question(s); a case-study set has 2 to 4" in problems(tmp_path, single)
    spread = GOOD.replace("id: mla-c01-1.1-partition\n    task: mla-c01/1.1", "id: mla-c01-1.1-partition\n    task: mla-c01/2.3")
    assert "case 'retail' spans domains ['1', '2']" in problems(tmp_path, spread)
    unused = GOOD.replace("    case: retail\n", "")
    assert "1.1-test.yml:3: case 'retail' is used by no question" in problems(tmp_path, unused)


def test_a_set_across_files_must_tell_one_scenario(tmp_path):
    load_text(tmp_path, GOOD)
    other = tmp_path / "questions" / "mla-c01" / "1.2-other.yml"
    other.write_text("cases:\n  retail:\n    title: Retail\n    scenario: A different story.\nquestions: []\n")
    with pytest.raises(GuideError) as error:
        load_questions(tmp_path / "questions", TASKS, tmp_path)
    assert "1.2-other.yml:2: case 'retail' disagrees with its definition at questions/mla-c01/1.1-test.yml:3" in str(error.value)


def test_a_case_set_renders_under_one_scenario(tmp_path):
    questions = load_text(tmp_path, GOOD)
    html = quiz_md(questions, "practice/x.md", {"mla-c01/1.1": "Ingest", "mla-c01/2.3": "Analyze"})
    assert html.count("A retailer stores sales as CSV") == 1
    assert '<div class="quiz-case-set" id="case-retail"' in html
    assert "questions 1–2" in html


def test_self_check_has_no_task_sections(tmp_path):
    from guide.questions import self_check_md

    questions = load_text(tmp_path, GOOD)
    html = self_check_md(questions, "journey/m.md")
    assert "## 1.1" not in html and "{#task-" not in html
    assert "<strong>Question 4</strong>" in html
