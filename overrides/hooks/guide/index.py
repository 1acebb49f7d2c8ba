"""The site index: every page, claim, snippet, lab, term and question, cross-checked.

:func:`build_index` reads the sources once per build (no rendering) and
:meth:`SiteIndex.problems` lists everything that does not resolve, each as
``file:line: message``. The hooks render from the same object, so what the
tests check and what the site shows cannot disagree.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import GuideError
from .exammap import ExamMap, load_exam_map
from .availability import Notice, load_availability
from .glossary import Term, load_glossary, term_usage
from .facts import fact_problems
from .pages import Page, scan_docs
from .prose import markdown_paragraphs, yaml_paragraphs
from .questions import Question, load_questions
from .syllabus import Syllabus, load_syllabus


#: The retired exam's map onto its successor (optional: the mini test repositories have none).
EXAM_MAP = Path("data") / "mls-to-mla.yml"
#: A Markdown link or image, inline form: ``[text](target "title")`` / ``![alt](src)``; or an HTML src/href.
LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)>\s]+)[^)]*\)|\b(?:src|href)=\"([^\"]+)\"")


def blank_code(text: str) -> str:
    """``text`` with inline code spans replaced by spaces (offsets kept)."""
    return re.sub(r"(`+)(?:(?!\1).)+?\1", lambda m: " " * len(m.group(0)), text)


#: Site paths that hooks write during the build (the practice banks and the Anki deck), so
#: links to them cannot be checked against docs/.
GENERATED_AT_BUILD = ("assets/practice/",)


@dataclass
class Notebook:
    """A lab notebook under ``docs/labs``."""

    src: str
    title: str
    covers: list[str]


@dataclass
class SiteIndex:
    """Everything the hooks and tests need to know about the sources."""

    root: Path
    docs_dir: Path
    syllabus: Syllabus
    pages: dict[str, Page]
    glossary: list[Term]
    questions: list[Question]
    notebooks: dict[str, Notebook]
    usage: dict[str, list[str]] = field(default_factory=dict)  # term slug -> pages
    section_usage: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # slug -> (page, anchor)
    availability: list[Notice] = field(default_factory=list)
    exam_map: ExamMap | None = None  # data/mls-to-mla.yml, when present

    # ------------------------------------------------------------ look-ups
    def task_page(self, task_id: str) -> str | None:
        """Docs path of the page whose front matter says ``task: <task_id>``."""
        for src, page in self.pages.items():
            if page.task and page.task[0] == task_id:
                return src
        return None

    def domain_page(self, exam: str, number: int) -> str | None:
        """Docs path of ``exams/<exam>/domain-<n>-*.md``, if it exists."""
        for src in self.pages:
            if re.fullmatch(rf"exams/{exam}/domain-{number}-[^/]+\.md", src):
                return src
        return None

    def pages_covering(self, task_id: str) -> list[str]:
        """Pages that cover a task (front matter or claims), the task page excluded."""
        own = self.task_page(task_id)
        return sorted(src for src, page in self.pages.items() if task_id in page.covered_tasks() and src != own)

    def claims_for(self, bullet_id: str) -> list[tuple[str, str]]:
        """(page, anchor) of every section that claims ``bullet_id``."""
        return [(src, claim.anchor) for src, page in sorted(self.pages.items())
                for claim in page.claims if claim.bullet == bullet_id]

    def snippets_for(self, srcs: list[str]) -> list[str]:
        """Snippet files included by the given pages, sorted and unique."""
        return sorted({inc.path for src in srcs for inc in self.pages[src].includes})

    def labs_for(self, task_id: str) -> list[Notebook]:
        """Notebooks whose metadata ``covers`` lists the task."""
        return [nb for nb in self.notebooks.values() if task_id in nb.covers]

    def questions_for(self, task_id: str) -> list[Question]:
        """Practice questions of a task statement."""
        return [q for q in self.questions if q.task == task_id]

    def questions_in_scope(self, exam: str, scope: str | None = None) -> list[Question]:
        """Questions a ``@quiz <exam> [scope]`` renders: all, one domain ("2") or one task ("2.1")."""
        return [q for q in self.questions if q.exam == exam and (
            scope is None or q.task == f"{exam}/{scope}" or q.task.split("/")[1].split(".")[0] == scope)]

    def questions_in_file(self, stem: str) -> list[Question]:
        """Questions of ``data/questions/<exam>/<stem>.yml`` (a journey module's self-check)."""
        return [q for q in self.questions if q.file.rsplit("/", 1)[-1] == f"{stem}.yml"]

    def quiz_page_for(self, task_id: str) -> str | None:
        """The page whose ``@quiz`` directive renders this task's questions."""
        exam, number = task_id.split("/")
        domain = number.split(".")[0]
        for src, page in self.pages.items():
            for d in page.directives:
                if d.name == "quiz" and d.args and d.args[0] == exam and (
                        len(d.args) == 1 or d.args[1] in (number, domain)):
                    return src
        return None

    def rendered_question_text(self, src: str) -> str:
        """The text of the questions a page renders with ``@quiz`` or ``@question``."""
        return "\n".join(self.directive_text(d) for d in self.pages[src].directives)

    def directive_text(self, d) -> str:
        """The words a directive puts on the page, for glossary usage (questions, services, notices)."""
        chosen = []
        if d.name == "question":
            chosen += [q for q in self.questions if d.args and q.id == d.args[0]]
        elif d.name == "quiz" and d.args:
            chosen += self.questions_in_scope(d.args[0], d.args[1] if len(d.args) > 1 else None)
        elif d.name == "self-check" and d.args:
            chosen += self.questions_in_file(d.args[0])
        elif d.name == "services" and d.args and d.args[0] in self.syllabus.exams:
            groups = self.syllabus.exams[d.args[0]].data.get("in_scope_services") or {}
            return "\n".join(str(s) for services in groups.values() for s in services)
        elif d.name == "availability-table":
            return "\n".join(f"{n.service} {' '.join(n.former_names)}" for n in self.availability)
        elif d.name == "availability" and d.args:
            from .availability import match_notice

            notice = match_notice(self.availability, [" ".join(d.args)])
            return f"{notice.service}. {notice.note}" if notice else ""
        return "\n".join(question_text(q) for q in chosen)

    def title(self, src: str) -> str:
        """Title of a page or notebook."""
        if src in self.pages:
            return self.pages[src].title
        if src in self.notebooks:
            return self.notebooks[src].title
        return src

    def section_title(self, src: str, anchor: str) -> tuple[str, str, float]:
        """(page title, section title, position) of a section; ``task-1-1`` anchors are quiz sections."""
        page = self.pages.get(src)
        if page is None:
            return (self.title(src), "", 0)
        for line, name, title in page.sections:
            if name == anchor:
                return (page.title, title, line)
        if anchor.startswith("task-"):  # a quiz section rendered by @quiz
            number = anchor[5:].replace("-", ".")
            exams = {d.args[0] for d in page.directives if d.name == "quiz" and d.args}
            names = [t.title for t in self.syllabus.tasks.values() if t.number == number and t.exam in exams]
            order = 100000 + sum(int(n) * 100.0 ** -i for i, n in enumerate(number.split(".")) if n.isdigit())
            return (page.title, f"{number} {names[0]}" if names else f"Task {number}", order)
        return (page.title, page.title, 0)

    def anchors(self, src: str) -> set[str]:
        """Anchors a page is known to have (headings and explicit ids)."""
        page = self.pages.get(src)
        if page is None:
            return set()
        found = set(page.anchors)
        for d in page.directives:
            if d.name == "quiz" and d.args:
                shown = self.questions_in_scope(d.args[0], d.args[1] if len(d.args) > 1 else None)
                found |= {f"q-{q.id}" for q in shown}
                found |= {f"task-{q.task.split('/')[1].replace('.', '-')}" for q in shown}
            if d.name == "question" and d.args:
                found.add(f"q-{d.args[0]}")
            if d.name == "self-check" and d.args:
                found |= {f"q-{q.id}" for q in self.questions_in_file(d.args[0])}
            if d.name == "glossary":
                found |= {t.slug for t in self.glossary}
            if d.name == "syllabus-map":
                found |= set(self.syllabus.exams)
            if d.name == "algorithms-reference":  # one section per category and per algorithm
                from .algorithms import CATEGORIES, load_algorithms

                algorithms = load_algorithms(self.root / "data" / "algorithms.yml")
                found |= {a.id for a in algorithms} | {c for c in CATEGORIES if any(a.category == c for a in algorithms)}
        if page.task:  # appended by the crosslinks hook
            found |= {"syllabus-checklist", "study-and-practise"}
        elif src.startswith("journey/"):
            found.add("exam-objectives")
        return found

    # ------------------------------------------------------------ checks
    def problems(self) -> list[str]:
        """Every unresolved id, link or claim, as ``file:line: message``."""
        found = []
        task_pages: dict[str, str] = {}
        for src, page in sorted(self.pages.items()):
            where = f"docs/{src}"
            for ident, line in page.covers:
                if ident not in self.syllabus.tasks:
                    hint = " (covers lists task statements; claim bullets on headings)" if ident in self.syllabus.bullets else ""
                    found.append(f"{where}:{line}: unknown task statement id {ident!r} in covers{hint}")
            if page.task:
                ident, line = page.task
                if ident not in self.syllabus.tasks:
                    found.append(f"{where}:{line}: unknown task statement id {ident!r} in task")
                elif ident in task_pages:
                    found.append(f"{where}:{line}: task {ident} already has a page: docs/{task_pages[ident]}")
                else:
                    task_pages[ident] = src
            for claim in page.claims:
                if claim.bullet not in self.syllabus.bullets:
                    found.append(f"{where}:{claim.line}: unknown syllabus bullet id {claim.bullet!r} in data-covers")
            for inc in page.includes:
                found += self._include_problems(where, inc)
            found += self._directive_problems(where, page)
        for q in self.questions:
            page, _, anchor = q.teaches.partition("#")
            if page not in self.pages and page not in self.notebooks:
                found.append(f"{q.file}:{q.teaches_line}: question {q.id}: teaches {q.teaches!r}: no such page")
            elif anchor and page in self.pages and anchor not in self.anchors(page):
                found.append(f"{q.file}:{q.teaches_line}: question {q.id}: teaches {q.teaches!r}: no such anchor on that page")
        paragraphs = {src: markdown_paragraphs(page) for src, page in sorted(self.pages.items())}
        for src, page_paragraphs in paragraphs.items():
            found += self.link_problems(src, page_paragraphs)
        found += fact_problems([p for ps in paragraphs.values() for p in ps], self.syllabus.exams)
        for path in sorted({q.file for q in self.questions}):
            text = (self.root / path).read_text(encoding="utf-8")
            found += fact_problems(yaml_paragraphs(text, path), self.syllabus.exams)
        for nb in self.notebooks.values():
            for ident in nb.covers:
                if ident not in self.syllabus.tasks:
                    found.append(f"docs/{nb.src}:1: unknown task statement id {ident!r} in notebook metadata covers")
        return found

    def link_problems(self, src: str, paragraphs) -> list[str]:
        """Broken Markdown links, anchors and images of one page, as ``docs/page.md:line: ...``.

        MkDocs reports these too, but only with the page name; this runs first
        (from the site_index hook and the fast tests) and names the line.
        """
        found = []
        for paragraph in paragraphs:
            text = blank_code(paragraph.text)
            for match in LINK.finditer(text):
                image, target = match.group(1) == "!", (match.group(2) or match.group(3) or "").strip()
                problem = self._target_problem(src, target.split()[0] if target else target, image)
                if problem:
                    found.append(f"{paragraph.where(match.start())}: {problem}")
        return found

    def _target_problem(self, src: str, target: str, image: bool) -> str | None:
        what = "image" if image else "link"
        parts = urlsplit(target)
        if not target or parts.scheme or parts.netloc or target.startswith(("mailto:", "{{")):
            return None
        if target.startswith("/"):
            return f"{what} {target!r}: use a path relative to this page (absolute links break offline and under a version)"
        path = unquote(parts.path)
        dest = posixpath.normpath(posixpath.join(posixpath.dirname(src), path)) if path else src
        if dest.startswith("../"):
            return f"{what} {target!r} points outside docs/"
        if path and dest.startswith(GENERATED_AT_BUILD):
            return None
        if path and not (self.docs_dir / dest).exists():
            hint = ""
            if not image and not dest.endswith((".md", ".ipynb")) and (self.docs_dir / (dest.rstrip("/") + ".md")).exists():
                hint = f" (link to the source file: {path.rstrip('/')}.md)"
            return f"{what} {target!r}: docs/{dest} does not exist{hint}"
        if not image and path and (self.docs_dir / dest).is_dir():
            return f"link {target!r}: docs/{dest} is a folder; link to a page (.md) in it"
        anchor = unquote(parts.fragment)
        if anchor and dest in self.pages and anchor not in self.anchors(dest):
            return f"link {target!r}: docs/{dest} has no anchor '#{anchor}'"
        return None

    def _directive_problems(self, where: str, page) -> list[str]:
        """Unknown services in ``@availability`` and ``@services`` (checked before any expansion shifts lines)."""
        from .availability import directive_name, find_notice
        from .glossary import Resolver

        found, resolver = [], None
        for d in page.directives:
            if d.name == "availability":
                try:
                    find_notice(self.availability, directive_name(d.args))
                except (KeyError, ValueError) as exc:
                    found.append(f"{where}:{d.line}: directive @availability: {exc}")
            elif d.name == "services":
                exam = self.syllabus.exams.get(d.args[0]) if d.args else None
                if exam is None:
                    found.append(f"{where}:{d.line}: directive @services needs an exam code, such as mla-c01")
                    continue
                resolver = resolver or Resolver(self.glossary)
                for services in (exam.data.get("in_scope_services") or {}).values():
                    for listed in services:
                        if resolver.service(str(listed)) is None:
                            found.append(f"{where}:{d.line}: directive @services {d.args[0]}: in-scope service "
                                         f"{listed!r} has no entry in data/glossary.yml")
        return found

    def _include_problems(self, where: str, inc) -> list[str]:
        path = self.root / inc.path
        if not path.is_file():
            return [f"{where}:{inc.line}: snippet file {inc.path!r} does not exist"]
        if inc.section:
            text = path.read_text(encoding="utf-8")
            if f"[start:{inc.section}]" not in text or f"[end:{inc.section}]" not in text:
                return [f"{where}:{inc.line}: snippet {inc.path!r} has no section {inc.section!r}"]
        return []

    # ------------------------------------------------------------ rendering
    def link(self, here: str, target: str, anchor: str = "") -> str:
        """Relative Markdown link target from page ``here`` to docs path ``target``."""
        rel = posixpath.relpath(target, posixpath.dirname(here) or ".")
        return rel + (f"#{anchor}" if anchor else "")


def load_notebooks(docs_dir: Path) -> dict[str, Notebook]:
    """Read title and ``covers`` from every notebook's metadata."""
    found = {}
    for path in sorted(Path(docs_dir).rglob("*.ipynb")):
        if ".ipynb_checkpoints" in path.parts:
            continue
        src = path.relative_to(docs_dir).as_posix()
        data = json.loads(path.read_text(encoding="utf-8"))
        title = path.stem.replace("-", " ").capitalize()
        for cell in data.get("cells", []):
            if cell.get("cell_type") == "markdown":
                text = "".join(cell.get("source", []))
                match = re.search(r"^#\s+(.+)$", text, re.M)
                if match:
                    title = match.group(1).strip()
                    break
        found[src] = Notebook(src=src, title=title, covers=list(data.get("metadata", {}).get("covers", [])))
    return found


def build_index(root: Path, docs_dir: Path | None = None) -> SiteIndex:
    """Read every source under ``root``; structural problems raise :class:`GuideError`."""
    root = Path(root)
    docs_dir = Path(docs_dir) if docs_dir else root / "docs"
    problems = []
    try:
        syllabus = load_syllabus(root / "data" / "exams")
    except GuideError as exc:
        raise GuideError(exc.problems) from exc
    pages, glossary, questions = {}, [], []
    for loader in ("pages", "glossary", "questions"):
        try:
            if loader == "pages":
                pages = scan_docs(docs_dir)
            elif loader == "glossary":
                glossary = load_glossary(root / "data" / "glossary.yml")
            else:
                questions = load_questions(root / "data" / "questions", set(syllabus.tasks), root)
        except GuideError as exc:
            problems += [problem.replace(f"{root}/", "") for problem in exc.problems]
    exam_map = None
    if (root / EXAM_MAP).is_file():
        try:
            exam_map = load_exam_map(root / EXAM_MAP, syllabus)
        except GuideError as exc:
            problems += [problem.replace(f"{root}/", "") for problem in exc.problems]
    if problems:
        raise GuideError(problems)
    index = SiteIndex(root=root, docs_dir=docs_dir, syllabus=syllabus, pages=pages, glossary=glossary,
                      questions=questions, notebooks=load_notebooks(docs_dir), exam_map=exam_map)
    notices_file = root / "data" / "availability.yml"
    if notices_file.exists():
        try:
            index.availability = load_availability(notices_file)
        except GuideError as exc:
            raise GuideError([p.replace(f"{root}/", "") for p in exc.problems]) from exc
    index.section_usage = term_usage(glossary, section_texts(index))
    index.usage = {slug: sorted({src for src, _ in keys}) for slug, keys in index.section_usage.items()}
    return index


def question_text(q: Question) -> str:
    """Everything a rendered question shows: stem, options, reasons, explanation, case."""
    parts = [q.stem, q.explanation, *(f"{o.get('text')} {o.get('why')}" for o in q.options),
             *(f"{p['left']} {p['right']} {p['why']}" for p in q.pairs)]
    if q.case:
        parts.append(q.case["scenario"])
    return "\n".join(parts)


def section_texts(index: SiteIndex) -> dict[tuple[str, str], str]:
    """The words of every section of every page, keyed by (page, heading anchor).

    Text above a page's first subheading has the anchor "". What a directive
    renders (questions, service lists, notices) counts for its section.
    """
    texts: dict[tuple[str, str], list[str]] = {}
    for src, page in index.pages.items():
        for number, text in page.prose:
            texts.setdefault((src, page.section_at(number)[0]), []).append(text)
        for d in page.directives:
            if d.name == "quiz" and d.args:  # a quiz has one section per task statement
                for q in index.questions_in_scope(d.args[0], d.args[1] if len(d.args) > 1 else None):
                    anchor = "task-" + q.task.split("/")[1].replace(".", "-")
                    texts.setdefault((src, anchor), []).append(question_text(q))
                continue
            texts.setdefault((src, page.section_at(d.line)[0]), []).append(index.directive_text(d))
    return {key: "\n".join(parts) for key, parts in texts.items()}
