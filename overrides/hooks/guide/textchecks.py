"""Text checks over joined paragraphs: outdated service names and hand-typed exam facts.

Both checks read :class:`guide.prose.Paragraph` objects, so a name or a
number wrapped over two lines is still found, and each problem names the
source line where the hit starts. They are plain text scans (no build), so
the tests run them first and fail within seconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import FACT, MONTHS, format_date

_SENTENCE = re.compile(r"(?:[^.!?]|[.!?](?!\s|$))*(?:[.!?]+|$)")

# ---------------------------------------------------------------- outdated names

#: Former AWS service names and what to write instead. A name is allowed right after "formerly".
OUTDATED_NAMES = {
    r"\bKinesis Data Firehose\b": "Amazon Data Firehose",
    r"\bKinesis Data Analytics\b": "Amazon Managed Service for Apache Flink",
    r"\bElasticsearch Service\b": "Amazon OpenSearch Service",
    r"\bAmazon SageMaker(?! AI\b)(?= [a-z]|[.,;:)]|$)": "Amazon SageMaker AI",
    r"\bSageMaker Edge Manager\b": "SageMaker Neo with AWS IoT Greengrass (Edge Manager is discontinued)",
    r"\bAWS Elemental MediaStore\b": "another service (MediaStore is out of scope)",
}

#: "formerly" (or "formerly known as", "formerly called") right before the name.
_FORMERLY = re.compile(r"\bformerly\b(?: known as| called| named)?[^.;!?()]{0,12}\(?\s*$", re.I)
#: A discontinued service (not a renamed one) may be named in a sentence that says so.
_DISCONTINUED = re.compile(r"\b(?:discontinued|retired|no longer available|end of (?:life|support))\b", re.I)


def _markup_free(text: str) -> str:
    """Blank out inline code and link targets, keeping every other character's offset."""
    blank = lambda match: " " * len(match.group(0))  # noqa: E731
    text = re.sub(r"`[^`]*`", blank, text)
    text = re.sub(r"\]\([^)]*\)", lambda m: "]" + " " * (len(m.group(0)) - 1), text)
    text = re.sub(r"https?://\S+", blank, text)
    return text


def _sentence_at(text: str, offset: int) -> str:
    """The sentence of ``text`` that holds character ``offset``."""
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() <= offset < max(sentence.end(), sentence.start() + 1):
            return sentence.group(0)
    return ""


def outdated_names(paragraph, names: dict[str, str] = OUTDATED_NAMES) -> list[str]:
    """``file:line`` problems for every former service name not introduced by "formerly"."""
    text = _markup_free(paragraph.text)
    found = []
    for pattern, current in names.items():
        for match in re.finditer(pattern, text):
            if _FORMERLY.search(text[max(0, match.start() - 60):match.start()]):
                continue
            renamed = current.startswith(("Amazon", "AWS"))
            if not renamed and _DISCONTINUED.search(_sentence_at(text, match.start())):
                continue  # a discontinued service may be named in a sentence that says so
            example = f", as in '{current} (formerly {match.group(0)})'" if renamed else ""
            found.append(f"{paragraph.where(match.start())}: outdated name '{match.group(0)}', use {current} "
                         f"(an old name may follow 'formerly'{example})")
    return found


# ---------------------------------------------------------------- hand-typed exam facts

_MONTH = "|".join(MONTHS)
_DATE = (rf"\b\d{{1,2}}\s+(?:{_MONTH})\s+\d{{4}}\b|\b(?:{_MONTH})\s+\d{{1,2}},?\s+\d{{4}}\b"
         rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{_MONTH})\s+\d{{4}}\b")
_NUMBER = r"(?<![\w.,])\d[\d,]*"

#: Fact-shaped numbers. "anywhere" kinds are exam facts wherever they appear; the others only
#: in a paragraph that names an exam, or in a sentence that says "exam".
FACT_SHAPES = {
    "passing score": (re.compile(
        rf"\b{_NUMBER}\s*(?:points?\s*)?(?:is\s+(?:the\s+)?|are\s+)?(?:needed\s+|required\s+)?to\s+pass\b"
        rf"|\bpass(?:ing)?\s+(?:score|mark|grade|threshold)\b[^.;]{{0,40}}?\b\d{{3,4}}\b"
        rf"|\b\d{{3,4}}\s+(?:out\s+)?of\s+1,?000\b|\b100\s*(?:-|–|to)\s*1,?000\b"
        rf"|\bscaled\s+score\b[^.;]{{0,40}}?\b\d{{3,4}}\b|\bpass\s+(?:at|with)\s+\d{{3,4}}\b", re.I), "anywhere"),
    "duration": (re.compile(rf"\b{_NUMBER}\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?)\b", re.I), "exam"),
    "question count": (re.compile(rf"\b{_NUMBER}\s+(?:(?:scored|unscored|multiple[- ]choice|exam)\s+)?(?:questions|items)\b",
                                  re.I), "exam"),
    "price": (re.compile(rf"(?:\bUSD|US\$|\$)\s?{_NUMBER}\b|\b{_NUMBER}\s?(?:USD|US dollars|dollars)\b"), "exam"),
    "weight": (re.compile(r"\b\d{1,3}(?:\.\d+)?\s?(?:%|percent\b)"), "exam"),
    "date": (re.compile(_DATE), "exam"),
}

#: "exam" as the exam itself, not "exam items", "exam angle" or "exam questions" (which talk about content).
_EXAM_WORD = re.compile(r"\b(?:exams?|certification)\b(?![- ](?:items?|questions?|angle|tips?|traps?|scenarios?|stems?|"
                        r"keywords?|signals?|writers?|guides?|topics?|objectives?)\b)", re.I)


@dataclass
class ExamNames:
    """How prose names each exam (code, full name, "Specialty exam"), and the exams themselves."""

    patterns: list[tuple[str, re.Pattern]]
    exams: dict

    @classmethod
    def from_exams(cls, exams: dict) -> "ExamNames":
        names = []
        for code, exam in exams.items():
            spellings = {exam.label, exam.name, exam.name.replace(" - ", " – "), exam.name.split(" - ")[-1] + " exam"}
            names += [(code, re.compile(r"(?<![\w-])" + re.escape(s).replace(r"\ ", r"\s+") + r"(?![\w-])", re.I))
                      for s in spellings]
        return cls(names, exams)

    def named_in(self, text: str) -> list[str]:
        """Codes of the exams ``text`` names, in the order of the data."""
        return sorted({code for code, pattern in self.patterns if pattern.search(text)})


#: The macro key that renders each kind of fact.
FACT_KEYS = {"passing score": "passing-score", "duration": "duration", "question count": "questions",
             "price": "cost", "weight": "weight <n>", "date": "status-date"}


def _hint(kind: str, codes: list[str], names: ExamNames) -> str:
    """"data/exams/mla-c01.yml has 130 minutes: write <!-- @fact mla-c01 duration -->" (or a general hint)."""
    from .facts import render_fact

    key = FACT_KEYS[kind]
    hints = []
    for code in codes:
        try:
            value = "" if " " in key else f" has {render_fact(names.exams, f'{code} {key}')}"
        except ValueError:
            continue
        hints.append(f"data/exams/{code}.yml{value}: write <!-- @fact {code} {key} -->")
    if hints:
        return "; ".join(hints)
    return "render it from data/exams/*.yml with <!-- @fact <exam> <key> --> (see CONTRIBUTING, 'Exam facts')"


def _blank_facts(text: str) -> str:
    """The paragraph with rendered-fact macros, inline code and links blanked (offsets kept)."""
    text = FACT.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"<!--.*?-->", lambda m: " " * len(m.group(0)), text)
    return _markup_free(text)


def hand_typed_exam_facts(paragraph, names: ExamNames) -> list[str]:
    """``file:line`` problems for exam facts typed as numbers instead of ``<!-- @fact ... -->``.

    A passing-score shape ("700 to pass", "720 out of 1,000") is flagged
    anywhere. Durations, question counts, prices, percentages and dates are
    flagged in a paragraph that names an exam (code or name), or in a
    sentence that says "exam" or "certification". The message gives the
    value the data file holds and the macro that renders it.
    """
    text = _blank_facts(paragraph.text)
    named = names.named_in(text)
    found = []
    for kind, (shape, scope) in FACT_SHAPES.items():
        for match in shape.finditer(text):
            if scope == "exam" and not named and not _EXAM_WORD.search(_sentence_at(text, match.start())):
                continue
            found.append((match.start(), f"{paragraph.where(match.start())}: {kind} '{match.group(0).strip()}' typed "
                          f"by hand near an exam's name; {_hint(kind, named, names)} "
                          "(or reword if it is not an exam fact)"))
    return [message for _, message in sorted(found)]


# ---------------------------------------------------------------- other dated facts in data

@dataclass
class DatedFact:
    """A date that lives in a data file, and the macro that renders it."""

    value: object  # a date or an ISO string
    source: str  # "data/exams/mls-c01.yml:22"
    macro: str  # "<!-- @fact mls-c01 status-date -->"

    def spellings(self) -> list[str]:
        """The ways prose writes this date: 31 March 2026, March 31, 2026, 2026-03-31."""
        day = format_date(self.value)
        d, month, year = day.split()
        return [day, f"{month} {d}, {year}", f"{month} {d} {year}", f"{year}-{MONTHS.index(month) + 1:02d}-{int(d):02d}"]


def dated_facts_of_exams(exams: dict) -> list[DatedFact]:
    """Every date in the exam data files that prose may show only through a macro."""
    found = []
    for exam in exams.values():
        status, data = exam.data["status"], exam.data
        where = lambda mapping, key: (f"data/exams/{exam.code}.yml:{mapping.line_of(key)}"  # noqa: E731
                                      if hasattr(mapping, "line_of") else f"data/exams/{exam.code}.yml")
        if status.get("date"):
            found.append(DatedFact(status["date"], where(status, "date"), f"<!-- @fact {exam.code} status-date -->"))
        if data.get("last_checked"):
            found.append(DatedFact(str(data["last_checked"]), where(data, "last_checked"),
                                   f"<!-- @fact {exam.code} last-checked -->"))
    return found


def dated_facts_of_data(root, exclude=("exams", "questions", "glossary.yml", "abbreviations_allowlist.yml")) -> list[DatedFact]:
    """Dates (YAML date values) in the other data files, such as availability notices.

    Prose must show them through the directive that renders that file; the
    check only needs to know the date and where it lives.
    """
    import datetime as dt
    from pathlib import Path

    from .yamlines import load

    found = []
    data_dir = Path(root) / "data"
    for path in sorted(data_dir.rglob("*.yml")):
        if path.relative_to(data_dir).parts[0] in exclude:
            continue
        relative = path.relative_to(root).as_posix()

        def walk(node):
            if isinstance(node, dict):
                for key, value in node.items():
                    if isinstance(value, dt.date):
                        line = node.line_of(key) if hasattr(node, "line_of") else 1
                        found.append(DatedFact(value, f"{relative}:{line}",
                                               f"the directive that renders {relative} (see CONTRIBUTING)"))
                    else:
                        walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)

        try:
            walk(load(path))
        except Exception:  # a broken data file is its own loader's to report
            continue
    return found


def hand_typed_dates(paragraph, facts: list[DatedFact]) -> list[str]:
    """``file:line`` problems for a date from the data written out by hand, anywhere."""
    years = set(re.findall(r"\d{4}", paragraph.text))
    if not years:
        return []  # every spelling holds the year: most paragraphs need no further look
    text = _blank_facts(paragraph.text)
    found = []
    for fact in facts:
        spellings = fact.spellings()
        if spellings[-1][:4] not in years:  # the ISO spelling starts with the year
            continue
        for spelling in spellings:
            for match in re.finditer(re.escape(spelling).replace(r"\ ", r"\s+"), text):
                found.append(f"{paragraph.where(match.start())}: date '{match.group(0)}' is a fact kept in "
                             f"{fact.source}; write {fact.macro} instead")
    return found
