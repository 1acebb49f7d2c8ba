"""The real question bank: schema (checked when the index loads), size and balance."""

from __future__ import annotations

from collections import Counter

MIN_PER_MLA_TASK = 10
WEIGHT_TOLERANCE_POINTS = 3.0


def test_every_mla_task_has_enough_questions(index):
    counts = Counter(q.task for q in index.questions)
    short = {t: counts[t] for t in index.syllabus.tasks if t.startswith("mla-c01/") and counts[t] < MIN_PER_MLA_TASK}
    assert not short, f"tasks with fewer than {MIN_PER_MLA_TASK} questions: {short}"


def test_every_written_mls_task_has_enough_questions(index):
    """MLS-C01 pages arrive task by task (issue 8): each task page that exists brings its questions."""
    counts = Counter(q.task for q in index.questions)
    short = {t: counts[t] for t in index.syllabus.tasks
             if t.startswith("mls-c01/") and index.task_page(t) and counts[t] < MIN_PER_MLA_TASK}
    assert not short, f"MLS-C01 tasks with a page but fewer than {MIN_PER_MLA_TASK} questions: {short}"


def test_bank_follows_the_domain_weights(index):
    """The task-statement sets follow the exam's weights; journey self-checks follow the story
    (the mock exam draws by weight whatever the bank's shape)."""
    exam = index.syllabus.exams["mla-c01"]
    questions = [q for q in index.questions if q.exam == "mla-c01" and "/journey-" not in q.file]
    per_domain = Counter(q.task.split("/")[1].split(".")[0] for q in questions)
    off = []
    for domain in exam.domains:
        share = 100 * per_domain[str(domain.number)] / len(questions)
        if abs(share - domain.weight) > WEIGHT_TOLERANCE_POINTS:
            off.append(f"domain {domain.number}: {share:.1f}% of questions, weight {domain.weight}%")
    assert not off, "\n".join(off)


def test_bank_uses_every_question_type_and_case_studies(index):
    mla = [q for q in index.questions if q.exam == "mla-c01"]
    assert {q.type for q in mla} == {"single", "multiple", "ordering", "matching"}
    assert sum(1 for q in mla if q.case) >= 4


def test_mls_questions_use_only_the_formats_that_exam_had(index):
    assert {q.type for q in index.questions if q.exam == "mls-c01"} <= {"single", "multiple"}


def test_every_quiz_question_is_rendered_somewhere(index):
    unrendered = [q.id for q in index.questions if not index.quiz_page_for(q.task)]
    assert not unrendered, f"questions no @quiz directive renders: {unrendered}"
