"""Hook: render practice questions from data/questions/ into quiz pages.

Directives: ``@quiz <exam> [<domain>|<task>]`` renders a quiz section per task
statement; ``@question <id>`` renders one question (used for worked examples);
``@self-check <file stem>`` renders the questions of one question file (a
journey module's self-check) as a short quiz.
"""

from guide import GuideError, state
from guide.directives import expand
from guide.facts import expand_question_facts
from guide.questions import question_md, quiz_md, self_check_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    titles = {task.id: task.title for task in index.syllabus.tasks.values()}
    exams = index.syllabus.exams
    by_id = {q.id: q for q in index.questions}

    def quiz(args):
        exam, scope = args[0], (args[1] if len(args) > 1 else None)
        if exam not in index.syllabus.exams:
            raise KeyError(f"unknown exam {exam!r}")
        chosen = index.questions_in_scope(exam, scope)
        if not chosen:
            raise ValueError("no questions match")
        return quiz_md([expand_question_facts(q, exams) for q in chosen], here, titles)

    def self_check(args):
        chosen = index.questions_in_file(args[0])
        if not chosen:
            raise ValueError(f"no questions in data/questions/*/{args[0]}.yml")
        return self_check_md([expand_question_facts(q, exams) for q in chosen], here)

    shown_cases = set()

    def question(args):
        if args[0] not in by_id:
            raise KeyError(f"unknown question id {args[0]!r}")
        q = expand_question_facts(by_id[args[0]], exams)
        first = bool(q.case) and q.case["id"] not in shown_cases
        if q.case:
            shown_cases.add(q.case["id"])
        return question_md(q, "example", here, show_case=first)  # a set's scenario once per page

    try:
        return expand(markdown, {"quiz": quiz, "question": question, "self-check": self_check}, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
