"""Hook: render exam facts from data/exams/*.yml (facts are never typed in prose).

Directives: ``@exam-facts <exam>``, ``@exam-domains <exam>``,
``@domain-tasks <exam> <n>``, ``@study-plan <exam> <hours>``,
``@exam-at-a-glance <exam>`` (compact facts linking to the exam page); inside a
sentence, ``<!-- @fact <exam> <key> -->`` (see ``guide.facts``).
"""

from guide import GuideError, state
from guide.directives import expand
from guide.facts import expand_facts
from guide.syllabus import domain_tasks_md, exam_at_a_glance_md, exam_domains_md, exam_facts_md, study_plan_md
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    exams = index.syllabus.exams

    def link_domain(domain):
        target = index.domain_page(domain.exam, domain.number)
        return index.link(here, target) if target else None

    def link_task(task):
        target = index.task_page(task.id)
        return index.link(here, target) if target else None

    def link_exam(code):
        target = f"exams/{code}/index.md"
        return index.link(here, target, "exam-at-a-glance") if target in index.pages and target != here else None

    handlers = {
        "exam-at-a-glance": lambda a: exam_at_a_glance_md(exams[a[0]], link_exam(a[0])),
        "exam-facts": lambda a: exam_facts_md(exams[a[0]]),
        "exam-domains": lambda a: exam_domains_md(exams[a[0]], link_domain),
        "domain-tasks": lambda a: domain_tasks_md(exams[a[0]].domain(int(a[1])), link_task),
        "study-plan": lambda a: study_plan_md(exams[a[0]], int(a[1]), link_task),
    }
    try:
        markdown = expand_facts(markdown, exams, *state.where(here))  # first: keeps line numbers
        return expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
