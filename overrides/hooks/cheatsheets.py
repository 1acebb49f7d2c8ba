"""Hook: the algorithms reference and the cheat sheets, rendered from data.

Listed right after ``site_index.py`` so that directives inside an included
sheet are expanded by the hooks that follow it. Directives:

- ``@cheatsheet-include <file.md>``: inline a sheet of ``docs/cheatsheets/`` (the print-all page);
- ``@algorithms-reference``, ``@algorithms-table [compact]``, ``@algorithm-cues``, ``@algorithm-facts``: from ``data/algorithms.yml``;
- ``@exam-angles <exam>``: the ``## Exam angle`` points of every task page of an exam;
- ``@availability-list A; B``: one line per named service from its notice
  (the full table, ``@availability-table``, is the glossary hook's);
- ``@ai-services-table``: ``data/ai_services.yml`` joined with those notices.
"""

from pathlib import Path

from guide import GuideError, state
from guide.algorithms import compact_md, cues_md, facts_md, load_algorithms, reference_md, summary_md, teaches_problems
from guide.cheatsheets import (ai_services_md, availability_list_md, exam_angles_md, include_sheet_md,
                               parse_ai_services)
from guide.directives import expand
from guide.yamlines import load
from mkdocs.exceptions import PluginError

REFERENCE = "reference/algorithms.md"
SHEETS = "cheatsheets"
_algorithms = []
_services = []
_root = Path(".")


def on_files(files, config):
    global _algorithms, _services, _root
    _root = Path(config.config_file_path).parent
    index = state.current()
    algorithms, services = _root / "data" / "algorithms.yml", _root / "data" / "ai_services.yml"
    try:  # a site without these files (the small test sites) simply has no such tables
        _algorithms = load_algorithms(algorithms) if algorithms.is_file() else []
        _services = parse_ai_services(load(services)) if services.is_file() else []
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
    anchors = {src: index.anchors(src) for src in index.pages}
    problems = teaches_problems(_algorithms, anchors)
    for entry in _services:
        for target in entry["teaches"]:
            page, _, anchor = target.partition("#")
            if page not in anchors or (anchor and anchor not in anchors[page]):
                problems.append(f"data/ai_services.yml:{entry.line}: {entry['service']}: teaches {target!r}: "
                                "no such page or anchor")
    if problems:
        raise PluginError("\n" + "\n".join(problems))
    return files


def _availability():
    """The availability notices the site index loaded (``data/availability.yml``)."""
    return state.current().availability


def _need(items, name):
    if not items:
        raise KeyError(f"data/{name} is missing or empty")
    return items


def on_page_markdown(markdown, page, config, files):
    index = state.current()
    here = page.file.src_uri
    titles = {src: index.title(src) for src in index.pages}

    def include(args):
        src = f"{SHEETS}/{args[0]}"
        path = Path(config.docs_dir) / src
        if not path.is_file():
            raise KeyError(f"no cheat sheet docs/{src}")
        return include_sheet_md(path.read_text(encoding="utf-8"), src, here, Path(args[0]).stem)

    def exam_angles(args):
        exam = index.syllabus.exams[args[0]]
        pages = []
        for domain in exam.domains:
            for task in domain.tasks:
                src = index.task_page(task.id)
                if src:
                    pages.append((src, index.title(src), index.pages[src].prose))
        return exam_angles_md(pages, here)

    try:
        markdown = expand(markdown, {"cheatsheet-include": include}, *state.where(here))
        handlers = {
            "algorithms-reference": lambda a: reference_md(_need(_algorithms, "algorithms.yml"), here, titles),
            "algorithms-table": lambda a: (compact_md if a == ["compact"] else summary_md)(
                _need(_algorithms, "algorithms.yml"), here, REFERENCE),
            "algorithm-cues": lambda a: cues_md(_need(_algorithms, "algorithms.yml"), here, REFERENCE),
            "algorithm-facts": lambda a: facts_md(_need(_algorithms, "algorithms.yml"), here, REFERENCE),
            "exam-angles": exam_angles,
            "availability-list": lambda a: availability_list_md(
                [n.strip() for n in " ".join(a).split(";") if n.strip()], _availability()),
            "ai-services-table": lambda a: ai_services_md(
                _need(_services, "ai_services.yml"), _availability(), here, titles),
        }
        return expand(markdown, handlers, *state.where(here))
    except GuideError as exc:
        raise PluginError("\n" + str(exc)) from None
