"""Hook: append generated cross-links and render the syllabus map.

Task-statement pages (``task:`` in front matter) get a syllabus checklist and
"Study and practise" links; journey modules get the exam objectives they
serve; ``@exam-lens`` puts a box of them at the top of a module;
``@syllabus-map`` renders every task of both exams with its coverage.
"""

from guide import GuideError, state
from guide.crosslinks import exam_lens_md, objectives_md, syllabus_map_md, task_study_md
from guide.directives import expand
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    try:
        markdown = expand(markdown, {"syllabus-map": lambda a: syllabus_map_md(index, here),
                                     "exam-lens": lambda a: exam_lens_md(index, here)}, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    info = index.pages.get(here)
    if info and info.task:
        markdown += "\n" + task_study_md(index, info.task[0], here)
    elif here.startswith("journey/"):
        markdown += "\n" + objectives_md(index, here)
    return markdown
