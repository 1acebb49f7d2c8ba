"""Hook: the MLS-C01 -> MLA-C01 map and the retirement notice, rendered from data.

``@exam-map`` renders the map table (data/mls-to-mla.yml); MLS-C01 task pages
get "MLA-C01 counterparts", MLA-C01 task pages "MLS-C01 pages that go deeper";
every page of a retired exam gets the retirement notice from data/exams/<exam>.yml.
Must run before the crosslinks hook, so these sections come before the
generated syllabus checklist.
"""

from guide import GuideError, state
from guide.directives import expand
from guide.exammap import (counterparts_md, deeper_md, exam_of_page, insert_after_title, map_table_md,
                           retirement_notice_md)
from mkdocs.exceptions import PluginError


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    exams = index.syllabus.exams
    exam_map = index.exam_map

    def link_task(task):
        target = index.task_page(task.id)
        return index.link(here, target) if target else None

    def table(args):
        if exam_map is None:
            raise KeyError("no exam map (data/mls-to-mla.yml)")
        return map_table_md(exam_map, index.syllabus, link_task)

    where, first_line = state.where(here)
    try:
        markdown = expand(markdown, {"exam-map": table}, where, first_line)
        info = index.pages.get(here)
        task = info.task[0] if info and info.task else None
        if exam_map is not None and task:
            if task.startswith(exam_map.old + "/"):
                markdown += counterparts_md(exam_map, index.syllabus, task, link_task)
            elif task.startswith(exam_map.new + "/"):
                markdown += deeper_md(exam_map, index.syllabus, task, link_task)
        code = exam_of_page(here, page.meta, exams)
        if code and exams[code].retired:
            successor = exams.get(exam_map.new) if exam_map and exam_map.old == code else None
            overview = f"exams/{successor.code}/index.md" if successor else None
            target = index.link(here, overview) if overview in index.pages else None
            markdown = insert_after_title(markdown, retirement_notice_md(exams[code], successor, target))
    except (KeyError, ValueError) as exc:
        raise PluginError(f"\n{where}:{first_line}: {exc}") from None
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    return markdown
