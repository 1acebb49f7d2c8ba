"""Hook: render practice questions from data/questions/ into quiz pages.

Directives: ``@quiz <exam> [<domain>|<task>]`` renders a quiz section per task
statement; ``@question <id>`` renders one question (used for worked examples).
"""

from guide import GuideError, state
from guide.directives import expand
from guide.facts import expand_question_facts
from guide.questions import question_md, quiz_md
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

    def question(args):
        if args[0] not in by_id:
            raise KeyError(f"unknown question id {args[0]!r}")
        return question_md(expand_question_facts(by_id[args[0]], exams), "example", here)

    try:
        return expand(markdown, {"quiz": quiz, "question": question}, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
