"""The bank cannot be passed by test-wiseness: cue figures per exam stay under the thresholds.

Thresholds live in ``guide.cues.THRESHOLDS``; CONTRIBUTING ("Answer cues")
explains each cue. ``make cues`` prints the figures.
"""

from __future__ import annotations

from guide.cues import bank_cues, cue_problems


def test_no_exam_can_be_answered_by_the_shape_of_its_options(index):
    report = bank_cues(index.questions)
    problems = cue_problems(report)
    figures = "\n".join(cues.summary() for cues in report.values())
    assert not problems, f"{figures}\n\n" + "\n\n".join(problems)


def test_case_study_sets_per_exam(index):
    from guide.questions import case_sets

    sets = {exam: [k for k, members in case_sets([q for q in index.questions if q.exam == exam]).items()]
            for exam in index.syllabus.exams}
    assert len(sets["mla-c01"]) >= 6, f"MLA-C01 has {len(sets['mla-c01'])} case-study sets; the exam has case studies, keep at least 6"
    mls = [q for q in index.questions if q.exam == "mls-c01"]
    if len(mls) >= 150:  # MLS-C01 sets arrive with its task pages
        assert len(sets["mls-c01"]) >= 6, f"MLS-C01 has {len(sets['mls-c01'])} case-study sets; keep at least 6"
