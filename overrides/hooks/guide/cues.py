"""Test-wiseness cues: can a question be answered by its shape instead of its content?

Certification items are written so that the key does not stand out: it is not
the longest option, it does not sit in one favourite position, and it does not
echo the stem. :func:`bank_cues` measures those cues per exam over the whole
bank, and :func:`cue_problems` turns every figure over its threshold into
``file:line`` messages naming the questions that carry the cue.

Options of single and multiple-response items are rendered in the order they
are authored (the renderer shuffles only ordering steps and matching choices),
so the key position measured here is the position a reader sees.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .questions import Question

#: The one place for the thresholds (share of an exam's items of that type).
THRESHOLDS = {
    "key_longest": 0.30,      # single answer: key strictly the longest option
    "key_shortest": 0.35,     # single answer: key strictly the shortest (the over-corrected cue)
    "key_position": 0.35,     # single answer: share of keys in the most frequent position
    "multi_longest": 0.25,    # multiple response: keys exactly the k longest options
    "stem_echo": 0.15,        # key repeats a distinctive stem phrase that no distractor repeats
    "absolute_in_distractors": 0.15,  # absolute words appear only in distractors
}
#: Cues that no item may carry at all.
FORBIDDEN = ("all of the above", "none of the above", "both of the above", "neither of the above")

_WORD = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
_ABSOLUTE = re.compile(r"\b(always|never|only|cannot|can't|must|guarantees?|impossible|every|none)\b", re.I)
_ALL_NONE = re.compile(r"\b(?:all|none|both|neither) of (?:the )?(?:above|these|the options|the answers)\b", re.I)
# Words too common in this bank to make a phrase distinctive.
_STOP = set("""
a an the and or of to in on for with by from at as is are be it its this that these those which what
when how your you their they them we our can will should would may might must not no do does use uses
used using into than then there more most least each per all any some one two three new set sets
amazon aws sagemaker ai model models data team company engineer ml machine learning service services
""".split())


def _length(text: str) -> int:
    return len(str(text).strip())


def _phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of adjacent content words (both not stop words): the bank's notion of a phrase."""
    words = _WORD.findall(str(text).lower())
    return {(a, b) for a, b in zip(words, words[1:]) if a not in _STOP and b not in _STOP}


@dataclass
class ExamCues:
    """Cue figures for one exam, with the questions behind each figure."""

    exam: str
    single: int = 0
    multiple: int = 0
    matching: int = 0
    positions: Counter = field(default_factory=Counter)
    key_longest: list[Question] = field(default_factory=list)
    key_shortest: list[Question] = field(default_factory=list)
    multi_longest: list[Question] = field(default_factory=list)
    one_to_one: list[Question] = field(default_factory=list)
    forbidden: list[Question] = field(default_factory=list)
    stem_echo: list[Question] = field(default_factory=list)
    absolute_in_distractors: list[Question] = field(default_factory=list)
    by_position: dict[int, list[Question]] = field(default_factory=dict)

    def share(self, cue: str) -> float:
        """The share of items carrying ``cue`` (a :data:`THRESHOLDS` key)."""
        if cue == "key_position":
            return max(self.positions.values(), default=0) / (self.single or 1)
        if cue == "multi_longest":
            return len(self.multi_longest) / (self.multiple or 1)
        if cue in ("stem_echo", "absolute_in_distractors"):
            return len(getattr(self, cue)) / ((self.single + self.multiple) or 1)
        return len(getattr(self, cue)) / (self.single or 1)

    def summary(self) -> str:
        """One line of figures, as the closing note and ``make cues`` print them."""
        top = max(self.positions, key=self.positions.get) if self.positions else 0
        return (f"{self.exam}: {self.single} single, {self.multiple} multiple, {self.matching} matching; "
                f"key longest {self.share('key_longest'):.0%}, key shortest {self.share('key_shortest'):.0%}, "
                f"top key position {chr(65 + top)} {self.share('key_position'):.0%}, "
                f"multiple keys the longest {self.share('multi_longest'):.0%}, "
                f"one-to-one matching {len(self.one_to_one)}, all/none of the above {len(self.forbidden)}, "
                f"key echoes stem {self.share('stem_echo'):.0%}, "
                f"absolutes only in distractors {self.share('absolute_in_distractors'):.0%}")


def question_cues(q: Question) -> dict[str, object]:
    """The cues one question carries: {cue name: detail}. Empty when it has none."""
    found: dict[str, object] = {}
    texts = [str(o.get("text", "")) for o in q.options] + [str(p.get("right", "")) for p in q.pairs] + list(q.spare)
    if any(_ALL_NONE.search(t) for t in texts):
        found["forbidden"] = True
    if q.type == "matching":
        rights = [str(p["right"]) for p in q.pairs]
        if not q.spare and len(set(rights)) == len(rights):
            found["one_to_one"] = True
        return found
    if q.type not in ("single", "multiple"):
        return found
    ids = [str(o["id"]) for o in q.options]
    lengths = {str(o["id"]): _length(o["text"]) for o in q.options}
    keys = set(q.answer)
    distractors = [str(o["text"]) for o in q.options if str(o["id"]) not in keys]
    key_texts = [str(o["text"]) for o in q.options if str(o["id"]) in keys]
    if q.type == "single":
        key = q.answer[0]
        found["position"] = ids.index(key)
        if lengths[key] > max(v for i, v in lengths.items() if i != key):
            found["key_longest"] = True
        if lengths[key] < min(v for i, v in lengths.items() if i != key):
            found["key_shortest"] = True
    else:
        longest = sorted(ids, key=lambda i: -lengths[i])[: len(keys)]
        if set(longest) == keys and len(set(lengths.values())) > 1:
            found["multi_longest"] = True
    stem = _phrases(q.stem)
    echoed = {p for t in key_texts for p in _phrases(t) & stem} - {p for t in distractors for p in _phrases(t)}
    if echoed:
        found["stem_echo"] = " ".join(sorted(echoed)[0])
    if any(_ABSOLUTE.search(t) for t in distractors) and not any(_ABSOLUTE.search(t) for t in key_texts):
        found["absolute_in_distractors"] = True
    return found


def bank_cues(questions: list[Question]) -> dict[str, ExamCues]:
    """Cue figures per exam over ``questions``."""
    exams: dict[str, ExamCues] = {}
    for q in questions:
        cues = exams.setdefault(q.exam, ExamCues(q.exam))
        found = question_cues(q)
        cues.single += q.type == "single"
        cues.multiple += q.type == "multiple"
        cues.matching += q.type == "matching"
        if "position" in found:
            cues.positions[found["position"]] += 1
            cues.by_position.setdefault(found["position"], []).append(q)
        for name in ("key_longest", "key_shortest", "multi_longest", "one_to_one", "forbidden", "stem_echo", "absolute_in_distractors"):
            if name in found:
                getattr(cues, name).append(q)
    return exams


def cue_problems(report: dict[str, ExamCues], thresholds: dict[str, float] = THRESHOLDS) -> list[str]:
    """Every figure over its threshold, naming the questions (``file:line: id``) that carry the cue."""
    problems = []

    def named(items: list[Question]) -> str:
        return "".join(f"\n    {q.file}:{q.line}: {q.id}" for q in items)

    for exam, cues in sorted(report.items()):
        for cue, limit in thresholds.items():
            share = cues.share(cue)
            if share <= limit:
                continue
            if cue == "key_position":
                top = max(cues.positions, key=cues.positions.get)
                items = cues.by_position[top]
                what = f"{share:.0%} of single-answer keys sit in position {chr(65 + top)}"
            else:
                items = getattr(cues, cue)
                what = f"{cue.replace('_', ' ')}: {share:.0%} of the items"
            problems.append(f"{exam}: {what}, over the {limit:.0%} limit; rework some of these:{named(items)}")
        if cues.one_to_one:
            problems.append(f"{exam}: matching items pair prompts and choices one to one, so the last pair is free; "
                            f"add 'spare:' choices or reuse a choice:{named(cues.one_to_one)}")
        if cues.forbidden:
            problems.append(f"{exam}: 'all/none of the above' options:{named(cues.forbidden)}")
    return problems
