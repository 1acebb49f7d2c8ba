"""SageMaker AI built-in algorithms: load ``data/algorithms.yml``, check it, render it.

One file feeds the algorithms reference page, the algorithms cheat sheet and
any page that wants the summary table, so they cannot disagree. Every problem
is reported as ``data/algorithms.yml:line: message``.
"""

from __future__ import annotations

import datetime
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import GuideError
from .yamlines import load

CATEGORIES = {
    "tabular": "Tabular data",
    "text": "Text",
    "image": "Images",
    "time-series": "Time series",
    "unsupervised": "Unsupervised (clustering, dimensions, anomalies)",
}
LEARNING = {"supervised": "supervised", "unsupervised": "unsupervised", "both": "both (by mode)"}
MODES = ("File", "Pipe")
# Content type -> short label used in dense tables.
CONTENT_TYPES = {
    "text/csv": "CSV",
    "text/libsvm": "LibSVM",
    "text/plain": "text, one sentence per line",
    "application/x-parquet": "Parquet",
    "application/x-recordio-protobuf": "RecordIO-protobuf",
    "application/x-recordio": "RecordIO (MXNet)",
    "application/x-image": "image",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "application/json": "JSON",
    "application/jsonlines": "JSON Lines",
    "application/x-text": "text",
}
REQUIRED = ("id", "name", "category", "problem", "learning", "training", "inference", "instances",
            "distributed", "hyperparameters", "tuning", "exam", "sources", "checked")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DOCS_URL = re.compile(r"^https://docs\.aws\.amazon\.com/\S+$")


@dataclass
class Algorithm:
    """One built-in algorithm, as checked by :func:`parse_algorithms`."""

    id: str
    name: str
    category: str
    problem: str
    learning: str
    channels: str
    modes: list[str]
    formats: list[str]
    inference: list[str]
    training_instances: str
    instance_note: str
    distributed: str
    required: list[str]
    decisive: list[str]
    tuning: list[str]
    exam: str
    sources: list[dict]
    checked: str
    teaches: list[str] = field(default_factory=list)
    line: int = 0
    teaches_line: int = 0


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def parse_algorithms(data, where: str = "data/algorithms.yml") -> list[Algorithm]:
    """Check the parsed YAML (LineDict/LineList) and return the algorithms in file order."""
    if not isinstance(data, dict) or not isinstance(data.get("algorithms"), list):
        raise GuideError([f"{where}:1: expected a mapping with an 'algorithms:' list"])
    problems, found, seen = [], [], {}
    for entry in data["algorithms"]:
        line = getattr(entry, "line", 0)
        at = lambda key: f"{where}:{entry.line_of(key) if hasattr(entry, 'line_of') else line}"  # noqa: E731
        if not isinstance(entry, dict):
            problems.append(f"{where}:{line}: each algorithm must be a mapping")
            continue
        missing = [key for key in REQUIRED if key not in entry]
        if missing:
            problems.append(f"{where}:{line}: algorithm {entry.get('id', '?')!r} is missing {', '.join(missing)}")
            continue
        unknown = sorted(set(entry) - set(REQUIRED) - {"teaches"})
        if unknown:
            problems.append(f"{at(unknown[0])}: unknown field(s) {', '.join(unknown)}")
        ident = str(entry["id"])
        if not ID.match(ident):
            problems.append(f"{at('id')}: id {ident!r} must be lower-case letters, digits and hyphens")
        if ident in seen:
            problems.append(f"{at('id')}: duplicate id {ident!r} (first at line {seen[ident]})")
        seen.setdefault(ident, entry.line_of("id") if hasattr(entry, "line_of") else line)
        for key in ("name", "problem", "exam", "distributed"):
            if not isinstance(entry[key], str) or not entry[key].strip():
                problems.append(f"{at(key)}: {key} must be a non-empty string")
        if entry["category"] not in CATEGORIES:
            problems.append(f"{at('category')}: category {entry['category']!r} is not one of {', '.join(CATEGORIES)}")
        if entry["learning"] not in LEARNING:
            problems.append(f"{at('learning')}: learning {entry['learning']!r} is not one of {', '.join(LEARNING)}")
        if isinstance(entry["distributed"], str) and not re.match(r"^(yes|no)\b", entry["distributed"]):
            problems.append(f"{at('distributed')}: distributed must start with 'yes' or 'no' (quote it in YAML)")
        training = entry["training"]
        if not isinstance(training, dict) or not {"channels", "modes", "formats"} <= set(training):
            problems.append(f"{at('training')}: training needs channels, modes and formats")
            continue
        if not _strings(training["modes"]) or not training["modes"] or set(training["modes"]) - set(MODES):
            problems.append(f"{at('training')}: training modes must be a list of {', '.join(MODES)}")
        for key, types in (("training", training["formats"]), ("inference", entry["inference"])):
            if not _strings(types) or not types:
                problems.append(f"{at(key)}: {key} formats must be a non-empty list of content types")
                continue
            for ctype in types:
                if ctype not in CONTENT_TYPES:
                    problems.append(f"{at(key)}: unknown content type {ctype!r} (known: {', '.join(CONTENT_TYPES)})")
        instances = entry["instances"]
        if not isinstance(instances, dict) or not isinstance(instances.get("training"), str) \
                or not isinstance(instances.get("note"), str):
            problems.append(f"{at('instances')}: instances needs 'training' (CPU, GPU, CPU or GPU) and 'note' (AWS's hedge)")
            continue
        if not re.fullmatch(r"CPU|GPU|CPU or GPU", instances["training"]):
            problems.append(f"{at('instances')}: instances.training must be CPU, GPU or 'CPU or GPU'")
        hyper = entry["hyperparameters"]
        if not isinstance(hyper, dict) or not _strings(hyper.get("required")) \
                or not _strings(hyper.get("decisive")) or not hyper.get("decisive"):
            problems.append(f"{at('hyperparameters')}: hyperparameters needs 'required' (list, may be empty) "
                            "and 'decisive' (non-empty list)")
            continue
        if not isinstance(entry["tuning"], list) or (entry["tuning"] and not _strings(entry["tuning"])):
            problems.append(f"{at('tuning')}: tuning must be a list of metric names (empty if AWS lists none)")
        sources = entry["sources"]
        if not isinstance(sources, list) or not sources:
            problems.append(f"{at('sources')}: sources must list at least one AWS documentation page")
            continue
        for source in sources:
            if not isinstance(source, dict) or not source.get("title") or not DOCS_URL.match(str(source.get("url", ""))):
                problems.append(f"{where}:{getattr(source, 'line', line)}: each source needs a title and a "
                                "https://docs.aws.amazon.com/ url")
        checked = entry["checked"]
        if not isinstance(checked, (datetime.date, str)) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(checked)):
            problems.append(f"{at('checked')}: checked must be an ISO date (YYYY-MM-DD)")
        teaches = entry.get("teaches", []) or []
        if not isinstance(teaches, list) or (teaches and not _strings(teaches)):
            problems.append(f"{at('teaches')}: teaches must be a list of 'page.md#anchor' (may be empty)")
            teaches = []
        found.append(Algorithm(
            id=ident, name=str(entry["name"]), category=str(entry["category"]), problem=str(entry["problem"]),
            learning=str(entry["learning"]), channels=str(training["channels"]), modes=list(training["modes"]),
            formats=list(training["formats"]), inference=list(entry["inference"]),
            training_instances=instances["training"], instance_note=instances["note"],
            distributed=str(entry["distributed"]), required=list(hyper.get("required") or []),
            decisive=list(hyper["decisive"]), tuning=list(entry["tuning"] or []), exam=str(entry["exam"]),
            sources=[dict(s) for s in sources], checked=str(checked), teaches=list(teaches), line=line,
            teaches_line=entry.line_of("teaches") if hasattr(entry, "line_of") else line))
    if problems:
        raise GuideError(problems)
    return found


def load_algorithms(path: Path) -> list[Algorithm]:
    """Load and check ``data/algorithms.yml``."""
    path = Path(path)
    display = f"data/{path.name}" if path.parent.name == "data" else str(path)
    return parse_algorithms(load(path), display)


def teaches_problems(algorithms: list[Algorithm], anchors: dict[str, set[str]],
                     where: str = "data/algorithms.yml") -> list[str]:
    """Every ``teaches`` entry must name an existing page (docs path) and anchor."""
    found = []
    for algo in algorithms:
        for target in algo.teaches:
            page, _, anchor = target.partition("#")
            if page not in anchors:
                found.append(f"{where}:{algo.teaches_line}: {algo.id}: teaches {target!r}: no such page")
            elif anchor and anchor not in anchors[page]:
                found.append(f"{where}:{algo.teaches_line}: {algo.id}: teaches {target!r}: no such anchor on that page")
    return found


# ------------------------------------------------------------------ rendering
def _rel(here: str, target: str) -> str:
    page, _, anchor = target.partition("#")
    rel = posixpath.relpath(page, posixpath.dirname(here) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def short_formats(types: list[str]) -> str:
    """Short labels for content types, in order, without repeats (``CSV, Parquet``)."""
    labels = []
    for ctype in types:
        label = CONTENT_TYPES[ctype]
        if label not in labels:
            labels.append(label)
    return ", ".join(labels)


def _code_list(items: list[str]) -> str:
    return ", ".join(f"`{i}`" if " " not in i else f"`{i.split(' ', 1)[0]}` {i.split(' ', 1)[1]}" for i in items)


def instance_text(algo: Algorithm) -> str:
    """``CPU or GPU (single instance only)``: the family with AWS's hedge."""
    return f"{algo.training_instances} ({algo.instance_note})"


def _teach_links(algo: Algorithm, here: str, titles: dict[str, str]) -> str:
    links = []
    for target in algo.teaches:
        page = target.partition("#")[0]
        links.append(f"[{titles.get(page, page)}]({_rel(here, target)})")
    return ", ".join(links) if links else "not yet taught in the guide"


def reference_md(algorithms: list[Algorithm], here: str, titles: dict[str, str]) -> str:
    """The full reference: one section per category, one sub-section per algorithm."""
    out = []
    for category, label in CATEGORIES.items():
        group = [a for a in algorithms if a.category == category]
        if not group:
            continue
        out += [f"## {label} {{#{category}}}", ""]
        for algo in group:
            out += [f"### {algo.name} {{#{algo.id}}}", "", algo.problem, "",
                    "| | |", "|---|---|",
                    f"| Learning | {LEARNING[algo.learning]} |",
                    f"| Training channels | {_cell(algo.channels)} |",
                    f"| Training input | {', '.join(f'`{t}`' for t in algo.formats)} ({short_formats(algo.formats)}) |",
                    f"| Input modes | {', '.join(algo.modes)} |",
                    f"| Inference input | {', '.join(f'`{t}`' for t in algo.inference)} |",
                    f"| Training instances | {_cell(instance_text(algo))} |",
                    f"| Distributed training | {_cell(algo.distributed)} |",
                    f"| Required hyperparameters | {_code_list(algo.required) if algo.required else 'none (all have defaults)'} |",
                    f"| Decisive hyperparameters | {_code_list(algo.decisive)} |",
                    f"| Tuning objective metrics | {_code_list(algo.tuning) if algo.tuning else 'none listed by AWS for automatic model tuning'} |",
                    f"| Exam cue | {_cell(algo.exam)} |",
                    f"| Taught in | {_teach_links(algo, here, titles)} |",
                    "| AWS documentation | " + ", ".join(f"[{s['title']}]({s['url']})" for s in algo.sources)
                    + f" (checked {algo.checked}) |",
                    ""]
    return "\n".join(out)


def summary_md(algorithms: list[Algorithm], here: str, reference: str) -> str:
    """One dense table, one row per algorithm, each name linking to its reference section."""
    out = ["| Algorithm | Problem | Learning | Training input | File/Pipe | Training instances | Distributed |"
           " Key hyperparameters | Tuning metric |",
           "|---|---|---|---|---|---|---|---|---|"]
    for category, label in CATEGORIES.items():
        group = [a for a in algorithms if a.category == category]
        if not group:
            continue
        out.append(f"| **{label}** | | | | | | | | |")
        for algo in group:
            link = _rel(here, f"{reference}#{algo.id}") if here != reference else f"#{algo.id}"
            keys = algo.required + [d for d in algo.decisive if d not in algo.required]
            out.append(
                f"| [{algo.name}]({link}) | {_cell(algo.problem)} | {LEARNING[algo.learning]} | "
                f"{short_formats(algo.formats)} | {' + '.join(algo.modes)} | {_cell(instance_text(algo))} | "
                f"{_cell(algo.distributed)} | {_code_list(keys[:5])} | "
                f"{_code_list(algo.tuning[:2]) if algo.tuning else 'none listed'} |")
    return "\n".join(out)


def compact_md(algorithms: list[Algorithm], here: str, reference: str) -> str:
    """A narrower table for task pages: name, learning, problem, training input, modes, exam cue."""
    out = ["| Algorithm | Learning | Problem | Training input | File/Pipe | What questions turn on |",
           "|---|---|---|---|---|---|"]
    for algo in algorithms:
        link = _rel(here, f"{reference}#{algo.id}")
        out.append(f"| [{algo.name}]({link}) | {LEARNING[algo.learning]} | {_cell(algo.problem)} | "
                   f"{short_formats(algo.formats)} | {' + '.join(algo.modes)} | {_cell(algo.exam)} |")
    return "\n".join(out)


def facts_md(algorithms: list[Algorithm], here: str, reference: str) -> str:
    """The groupings questions test (CPU only, GPU only, single instance...), computed from the rows."""
    def names(pick) -> str:
        chosen = [a for a in algorithms if pick(a)]
        return ", ".join(f"[{a.name}]({_rel(here, f'{reference}#{a.id}')})" for a in chosen) or "none"

    groups = [
        ("Reads only RecordIO-protobuf for training", lambda a: a.formats == ["application/x-recordio-protobuf"]),
        ("CPU for training (required or recommended: read each note)", lambda a: a.training_instances == "CPU"),
        ("GPU only for training", lambda a: a.training_instances == "GPU"),
        ("One instance per training job (not distributable)", lambda a: a.distributed.startswith("no")),
        ("Parallel over the GPUs of one instance only", lambda a: "one instance" in a.distributed),
        ("Unsupervised, or unsupervised in one of its modes", lambda a: a.learning in ("unsupervised", "both")),
        ("Pipe input mode supported", lambda a: "Pipe" in a.modes),
        ("No objective metric for automatic model tuning listed by AWS", lambda a: not a.tuning),
    ]
    return "\n".join(f"- **{label}**: {names(pick)}." for label, pick in groups)


def cues_md(algorithms: list[Algorithm], here: str, reference: str) -> str:
    """Exam cue per algorithm: ``- **cue** → Algorithm``, linked to the reference."""
    out = []
    for algo in algorithms:
        out.append(f"- {algo.exam} → [{algo.name}]({_rel(here, f'{reference}#{algo.id}')})")
    return "\n".join(out)
