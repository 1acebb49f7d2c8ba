"""The real sources: ids resolve, every MLA-C01 bullet is taught (names are checked in test_text.py)."""

from __future__ import annotations

import calendar
import re



MIN_TASK_PAGE_WORDS = 1500


def test_every_id_link_and_include_resolves(index):
    problems = index.problems()
    assert not problems, "\n".join(problems)


#: Exams whose every bullet must be taught. MLS-C01 (retired) is written task by task: its
#: bullets must be taught only for task statements whose page exists yet. Pages for its other
#: domains are written later (issue 8); once all 15 exist, this holds for every bullet.
FULLY_COVERED = ("mla-c01",)
COVERED_WHERE_PAGE_EXISTS = ("mls-c01",)


def bullets_to_teach(index):
    """Bullets some section must claim: all of MLA-C01, and MLS-C01 where its task page exists."""
    for bullet in index.syllabus.bullets.values():
        exam = bullet.id.split("/")[0]
        if exam in FULLY_COVERED or (exam in COVERED_WHERE_PAGE_EXISTS and index.task_page(bullet.task.id)):
            yield bullet


def test_every_bullet_is_claimed_by_a_section(index):
    missing = [f"{b.id}: {b.text}" for b in bullets_to_teach(index) if not index.claims_for(b.id)]
    assert not missing, ("bullets no section claims (add data-covers to the heading that teaches it):\n"
                         + "\n".join(missing))


def test_coverage_rule_follows_the_pages_that_exist(repo):
    repo.write("docs/exams/mls-c01/1-2-ingest.md", """
        ---
        task: mls-c01/1.2
        description: d
        ---
        # 1.2

        ## Batch and streaming {#jobs data-covers="mls-c01/1.2/s1"}

        Text.
    """)
    index = repo.index()
    mls = {b.id for b in bullets_to_teach(index) if b.id.startswith("mls-c01/")}
    assert mls == {"mls-c01/1.2/s1", "mls-c01/1.2/s2", "mls-c01/1.2/s3"}
    assert [b for b in mls if not index.claims_for(b)] != []  # s2, s3 would fail the real test


def test_every_mla_c01_task_and_domain_has_a_page(index):
    exam = index.syllabus.exams["mla-c01"]
    missing = [t.id for d in exam.domains for t in d.tasks if not index.task_page(t.id)]
    missing += [f"domain {d.number}" for d in exam.domains if not index.domain_page("mla-c01", d.number)]
    assert not missing, f"pages missing for: {missing}"


def prose_words(page) -> int:
    return sum(len(re.findall(r"[A-Za-z0-9][\w'’-]*", line)) for _, line in page.prose
               if not line.lstrip().startswith(("|", "<", "!!!", "<!--")))


def task_pages(index, exam):
    return [(src, p) for src, p in sorted(index.pages.items()) if p.task and p.task[0].startswith(exam + "/")]


#: Snippet files a task page includes at least, per exam and domain (issue 8 for MLS-C01).
MIN_SNIPPET_FILES = {"mla-c01": {1: 2, 2: 2}, "mls-c01": {2: 2, 3: 2}}


def test_task_pages_teach_enough(index):
    problems = []
    for exam in ("mla-c01", "mls-c01"):
        for src, page in task_pages(index, exam):
            words = prose_words(page)
            if words < MIN_TASK_PAGE_WORDS:
                problems.append(f"docs/{src}:1: {words} words of prose, fewer than {MIN_TASK_PAGE_WORDS}")
            if "exam-angle" not in page.anchors:
                problems.append(f"docs/{src}:1: no '## Exam angle {{#exam-angle}}' section")
            text = page.path.read_text()
            if "```mermaid" not in text and not re.search(r"^\|.*\|\s*$\n^\|[-:| ]+\|\s*$", text, re.M):
                problems.append(f"docs/{src}:1: no comparison table or Mermaid diagram")
            domain = int(page.task[0].split("/")[1].split(".")[0])
            wanted = MIN_SNIPPET_FILES[exam].get(domain, 1)
            if len({inc.path for inc in page.includes}) < wanted:
                problems.append(f"docs/{src}:1: fewer than {wanted} snippet files included")
    assert not problems, "\n".join(problems)


def test_retirement_notice_is_never_typed_by_hand(index):
    """The notice comes from data/exams/<exam>.yml through the exam_map hook; no page repeats its date."""
    problems = []
    for code, exam in index.syllabus.exams.items():
        if not exam.retired:
            continue
        day = str(exam.data["status"]["date"])
        y, m, d = (int(x) for x in day.split("-"))
        spellings = {day, f"{d} {calendar.month_name[m]} {y}", f"{calendar.month_name[m]} {d}, {y}"}
        for src, page in sorted(index.pages.items()):
            for number, line in page.prose:
                for spelling in spellings:
                    if spelling in line:
                        problems.append(f"docs/{src}:{number}: retirement date {spelling!r} typed by hand; "
                                        "the notice and @exam-facts render it from the exam data")
    assert not problems, "\n".join(problems)
