"""Generated cross-links: what teaches a task statement, what a module serves.

Nobody maintains these lists by hand. Task-statement pages get a syllabus
checklist (each bullet linked to the section that claims it) and the pages,
snippets, labs and questions that teach the task; journey modules get the
exam objectives they serve; the syllabus map shows both exams at a glance.
"""

from __future__ import annotations

from .index import SiteIndex
from .syllabus import Task


def _page_link(index: SiteIndex, here: str, src: str, anchor: str = "") -> str:
    return f"[{index.title(src)}]({index.link(here, src, anchor)})"


def _section_label(index: SiteIndex, here: str, src: str, anchor: str) -> str:
    """The section's heading, prefixed with its page title when it is on another page."""
    heading = next(c.heading for c in index.pages[src].claims if c.anchor == anchor)
    return heading if src == here else f"{index.title(src)} › {heading}"


def checklist_md(index: SiteIndex, task: Task, here: str) -> str:
    """A table of the task's bullets, each linked to the sections that teach it."""
    lines = ["| | Syllabus bullet | Taught in |", "|---|---|---|"]
    for bullet in task.bullets:
        claims = index.claims_for(bullet.id)
        where = ", ".join(
            f"[{_section_label(index, here, src, anchor)}]({index.link(here, src, anchor)})" for src, anchor in claims
        ) or "*not yet taught*"
        kind = "K" if bullet.kind == "knowledge" else "S"
        code = bullet.id.rsplit("/", 1)[1]
        lines.append(f"| {kind} `{code}` | {bullet.text} | {where} |")
    return "\n".join(lines) + "\n"


def task_study_md(index: SiteIndex, task_id: str, here: str) -> str:
    """The generated "Study and practise" section of a task-statement page."""
    task = index.syllabus.tasks[task_id]
    out = ["", "## Syllabus checklist {#syllabus-checklist}", "",
           f"Every knowledge (K) and skill (S) bullet of task statement {task.number}, "
           "and where this guide teaches it.", "", checklist_md(index, task, here), "",
           "## Study and practise {#study-and-practise}", ""]
    others = index.pages_covering(task_id)
    if others:
        out.append("**Also taught on:** " + ", ".join(_page_link(index, here, src) for src in others) + "\n")
    snippets = index.snippets_for([here, *others])
    if snippets:
        out.append("**Runnable snippets:** " + ", ".join(f"`{path}`" for path in snippets) + "\n")
    labs = index.labs_for(task_id)
    if labs:
        out.append("**Labs:** " + ", ".join(_page_link(index, here, nb.src) for nb in labs) + "\n")
    questions = index.questions_for(task_id)
    quiz = index.quiz_page_for(task_id)
    if questions and quiz:
        anchor = f"task-{task.number.replace('.', '-')}"
        out.append(f"**Practice:** [{len(questions)} questions on task {task.number}]"
                   f"({index.link(here, quiz, anchor)})\n")
    return "\n".join(out)


def objectives_md(index: SiteIndex, here: str) -> str:
    """The generated "Exam objectives" section of a journey module or topic page."""
    page = index.pages[here]
    tasks = sorted(page.covered_tasks(), key=lambda t: (t.split("/")[0], [int(x) for x in t.split("/")[1].split(".")]))
    if not tasks:
        return ""
    out = ["", "## Exam objectives this page serves {#exam-objectives}", "",
           "| Exam | Task statement | Bullets taught here |", "|---|---|---|"]
    for task_id in tasks:
        task = index.syllabus.tasks.get(task_id)
        if task is None:
            continue
        target = index.task_page(task_id)
        name = f"{task.number} {task.title}"
        name = f"[{name}]({index.link(here, target)})" if target else name
        claimed = sorted({c.bullet.rsplit('/', 1)[1] for c in page.claims if c.bullet.startswith(task_id + "/")})
        exam = index.syllabus.exams[task.exam]
        lines_exam = exam.label + (" (retired)" if exam.retired else "")
        out.append(f"| {lines_exam} | {name} | {', '.join(f'`{b}`' for b in claimed) or '—'} |")
    return "\n".join(out) + "\n"


def exam_lens_md(index: SiteIndex, here: str) -> str:
    """An "Exam lens" box for the top of a journey module, from its ``covers:`` front matter.

    It names each task statement the module serves (linked to its task page
    when one exists) and how many of its bullets the module teaches, so a
    reader preparing for an exam knows why the module matters before reading it.
    """
    page = index.pages[here]
    tasks = [t for t, _ in page.covers if t in index.syllabus.tasks]
    if not tasks:
        raise ValueError("the page's front matter lists no known task statement in covers:")
    out = ['!!! abstract "Exam lens"', "",
           "    This module serves these task statements; the exam-angle section at the end lists",
           "    what their questions turn on.", ""]
    for task_id in sorted(tasks, key=lambda t: (t.split("/")[0], [int(x) for x in t.split("/")[1].split(".")])):
        task = index.syllabus.tasks[task_id]
        exam = index.syllabus.exams[task.exam]
        target = index.task_page(task_id)
        name = f"{task.number} {task.title}"
        name = f"[{name}]({index.link(here, target)})" if target else name
        taught = {c.bullet for c in page.claims if c.bullet.startswith(task_id + "/")}
        retired = " (retired)" if exam.retired else ""
        out.append(f"    - **{exam.label}{retired}** {name}: {len(taught)} of {len(task.bullets)} bullets taught here")
    return "\n".join(out) + "\n"


def syllabus_map_md(index: SiteIndex, here: str) -> str:
    """Every task statement of every exam with where it is taught and practised."""
    out = []
    for exam in index.syllabus.exams.values():
        status = " (retired)" if exam.retired else ""
        out += [f"## {exam.label}: {exam.name}{status} {{#{exam.code}}}", "",
                "| Task statement | Task page | Bullets taught | Also taught on | Labs | Questions |",
                "|---|---|---:|---|---|---:|"]
        for domain in exam.domains:
            for task in domain.tasks:
                page = index.task_page(task.id)
                page_link = f"[{task.number} page]({index.link(here, page)})" if page else "—"
                claimed = sum(1 for b in task.bullets if index.claims_for(b.id))
                others = ", ".join(_page_link(index, here, src) for src in index.pages_covering(task.id)) or "—"
                labs = ", ".join(_page_link(index, here, nb.src) for nb in index.labs_for(task.id)) or "—"
                questions = len(index.questions_for(task.id))
                quiz = index.quiz_page_for(task.id)
                q_cell = f"[{questions}]({index.link(here, quiz, 'task-' + task.number.replace('.', '-'))})" if questions and quiz else str(questions)
                out.append(f"| {task.number} {task.title} | {page_link} | {claimed}/{len(task.bullets)} | "
                           f"{others} | {labs} | {q_cell} |")
        out.append("")
    return "\n".join(out)
