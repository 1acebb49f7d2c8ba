"""The exams' structure (``data/exams/*.yml``) and the Markdown rendered from it.

Exam facts (question counts, duration, passing score, weights, status) are
typed once, in the data files, and every page shows them through the
renderers here. Ids: task statement ``mla-c01/1.1``, knowledge bullet
``mla-c01/1.1/k2``, skill bullet ``mla-c01/1.1/s3``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import GuideError
from .yamlines import load


@dataclass
class Bullet:
    """One knowledge or skill bullet of a task statement."""

    id: str
    kind: str  # "knowledge" or "skill"
    text: str
    task: "Task"


@dataclass
class Task:
    """One task statement, e.g. ``mla-c01/1.1`` "Ingest and store data"."""

    id: str
    exam: str
    number: str
    title: str
    domain: "Domain"
    bullets: list[Bullet] = field(default_factory=list)


@dataclass
class Domain:
    """One exam domain with its weight in percent."""

    exam: str
    number: int
    title: str
    weight: int
    tasks: list[Task] = field(default_factory=list)


@dataclass
class Exam:
    """One exam: its facts as loaded, and its domains."""

    code: str
    data: dict
    domains: list[Domain] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Full exam name, e.g. "AWS Certified Machine Learning Engineer - Associate"."""
        return self.data["name"]

    @property
    def label(self) -> str:
        """Upper-case code, e.g. ``MLA-C01``."""
        return self.data["code"]

    @property
    def retired(self) -> bool:
        """True when the exam can no longer be taken."""
        return self.data["status"]["state"] == "retired"

    def domain(self, number: int) -> Domain:
        """Return domain ``number`` (1-based)."""
        for domain in self.domains:
            if domain.number == int(number):
                return domain
        raise KeyError(f"{self.code} has no domain {number}")


@dataclass
class Syllabus:
    """Every exam, with look-ups by id."""

    exams: dict[str, Exam]
    tasks: dict[str, Task]
    bullets: dict[str, Bullet]

    def is_known(self, ident: str) -> bool:
        """True for a known task statement or bullet id."""
        return ident in self.tasks or ident in self.bullets


REQUIRED_FACTS = ("code", "name", "questions", "duration_min", "passing_score", "score_scale",
                  "question_types", "status", "facts", "domains")


def load_syllabus(exams_dir: Path) -> Syllabus:
    """Load every ``<code>.yml`` in ``exams_dir``; problems raise :class:`GuideError`."""
    exams, tasks, bullets, problems = {}, {}, {}, []
    for path in sorted(Path(exams_dir).glob("*.yml")):
        data = load(path)
        code = path.stem
        missing = [key for key in REQUIRED_FACTS if key not in data]
        if missing:
            problems.append(f"{path}:{data.line}: missing keys {', '.join(missing)}")
            continue
        if data["code"].lower() != code:
            problems.append(f"{path}:{data.line_of('code')}: code {data['code']!r} does not match file name")
        exam = Exam(code=code, data=data)
        total = 0
        for d in data["domains"]:
            domain = Domain(exam=code, number=int(d["id"]), title=d["title"], weight=int(d["weight"]))
            total += domain.weight
            for t in d["tasks"]:
                task = Task(id=f"{code}/{t['id']}", exam=code, number=str(t["id"]), title=t["title"], domain=domain)
                for kind, key in (("knowledge", "knowledge"), ("skill", "skills")):
                    for b in t.get(key) or []:
                        bullet = Bullet(id=f"{task.id}/{b['id']}", kind=kind, text=b["text"], task=task)
                        if bullet.id in bullets:
                            problems.append(f"{path}:{b.line}: duplicate bullet id {bullet.id}")
                        bullets[bullet.id] = bullet
                        task.bullets.append(bullet)
                tasks[task.id] = task
                domain.tasks.append(task)
            exam.domains.append(domain)
        if total != 100:
            problems.append(f"{path}:{data.line_of('domains')}: domain weights add up to {total}, not 100")
        exams[code] = exam
    if problems:
        raise GuideError(problems)
    return Syllabus(exams=exams, tasks=tasks, bullets=bullets)


def _status_text(exam: Exam) -> str:
    status = exam.data["status"]
    if status["state"] == "retired":
        return f"**Retired** on {status['date']}: the exam can no longer be taken"
    return "**Active**: you can book this exam"


def exam_facts_md(exam: Exam) -> str:
    """Render the facts table of one exam, with the sources behind each fact."""
    d = exam.data
    q = d["questions"]
    rows = [
        ("Exam", f"{exam.name} ({exam.label})"),
        ("Status", _status_text(exam)),
        ("Questions", f"{q['total']} ({q['scored']} scored, {q['unscored']} unscored that do not count)"),
        ("Duration", f"{d['duration_min']} minutes"),
        ("Passing score", f"{d['passing_score']} on a scaled score of {d['score_scale']}"),
        ("Question types", ", ".join(d["question_types"])),
    ]
    if "cost_usd" in d:
        rows.append(("Cost", f"{d['cost_usd']} USD"))
    lines = ["| Fact | Value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
    checked = f", last checked {d['last_checked']}" if d.get("last_checked") else ""
    lines += ["", f'??? info "Sources for these {exam.label} facts{checked}"', ""]
    for fact in d["facts"]:
        confidence = f" (confidence: {fact['confidence']})" if fact.get("confidence") else ""
        lines.append(f"    - {fact['fact']}: {fact['source']}, as of {fact['as_of']}{confidence}.")
    if d["status"].get("note"):
        lines.append(f"    - Status: {d['status']['note']}")
    return "\n".join(lines) + "\n"


def exam_at_a_glance_md(exam: Exam, link: str | None = None) -> str:
    """Render one exam's key facts as a compact list for the home page.

    ``link`` (a relative URL, or None) is where the full facts table and its
    sources live. Missing or malformed facts raise ``KeyError``
    or ``ValueError`` naming the field, which the directive reports with file
    and line.
    """
    d = exam.data
    q = d["questions"]
    for key in ("total", "scored"):
        if not isinstance(q.get(key), int) or q[key] <= 0:
            raise ValueError(f"{exam.code}: questions.{key} must be a positive whole number, got {q.get(key)!r}")
    if not isinstance(d["duration_min"], int) or d["duration_min"] <= 0:
        raise ValueError(f"{exam.code}: duration_min must be a positive whole number, got {d['duration_min']!r}")
    if exam.retired:
        status = f"retired on {d['status']['date']}"
    else:
        status = "active"
    items = [
        f"**{q['total']} questions** ({q['scored']} scored)",
        f"**{d['duration_min']} minutes**",
        f"pass at **{d['passing_score']}** (scale {str(d['score_scale']).split(' ')[0]})",
    ]
    if "cost_usd" in d:
        items.append(f"**{d['cost_usd']} USD**")
    items.append(f"{len(d['question_types'])} question types: {', '.join(d['question_types'])}")
    lines = ['<div class="exam-glance" markdown>', "", f"**{exam.label}** ({status})", ""]
    lines += [f"- {item}" for item in items] + [""]
    if link:
        checked = f" (last checked {d['last_checked']})" if d.get("last_checked") else ""
        lines += [f"[Every fact with its source{checked}]({link})", ""]
    lines.append("</div>")
    return "\n".join(lines) + "\n"


def exam_domains_md(exam: Exam, link) -> str:
    """Render the domain weights table; ``link(domain)`` gives a relative link or None."""
    lines = ["| Domain | Weight | Task statements |", "|---|---:|---|"]
    for domain in exam.domains:
        target = link(domain)
        name = f"[{domain.number}. {domain.title}]({target})" if target else f"{domain.number}. {domain.title}"
        tasks = ", ".join(t.number for t in domain.tasks)
        lines.append(f"| {name} | {domain.weight}% | {tasks} |")
    return "\n".join(lines) + "\n"


def domain_tasks_md(domain: Domain, link) -> str:
    """Render the task statements of one domain; ``link(task)`` gives a relative link or None."""
    lines = [f"Domain {domain.number} carries **{domain.weight}%** of the scored content.", ""]
    lines += ["| Task statement | Knowledge bullets | Skill bullets |", "|---|---:|---:|"]
    for task in domain.tasks:
        target = link(task)
        title = f"{task.number} {task.title}"
        name = f"[{title}]({target})" if target else title
        kinds = [b.kind for b in task.bullets]
        lines.append(f"| {name} | {kinds.count('knowledge')} | {kinds.count('skill')} |")
    return "\n".join(lines) + "\n"


def study_plan_md(exam: Exam, hours: int, link) -> str:
    """Split ``hours`` of study across domains by weight (largest remainder, whole hours)."""
    shares = [(domain, hours * domain.weight / 100) for domain in exam.domains]
    allotted = {domain.number: int(share) for domain, share in shares}
    left = hours - sum(allotted.values())
    for domain, _ in sorted(shares, key=lambda item: item[1] - int(item[1]), reverse=True)[:left]:
        allotted[domain.number] += 1
    lines = [f"| Domain | Weight | Hours of {hours} | Start with |", "|---|---:|---:|---|"]
    for domain in exam.domains:
        first = domain.tasks[0]
        target = link(first)
        start = f"[{first.number} {first.title}]({target})" if target else f"{first.number} {first.title}"
        lines.append(f"| {domain.number}. {domain.title} | {domain.weight}% | {allotted[domain.number]} | {start} |")
    return "\n".join(lines) + "\n"
