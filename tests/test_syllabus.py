"""The real sources: ids resolve, every MLA-C01 bullet is taught (names are checked in test_text.py)."""

from __future__ import annotations

import re



MIN_TASK_PAGE_WORDS = 1500


def test_every_id_link_and_include_resolves(index):
    problems = index.problems()
    assert not problems, "\n".join(problems)


def test_every_mla_c01_bullet_is_claimed_by_a_section(index):
    missing = [f"{b.id}: {b.text}" for b in index.syllabus.bullets.values()
               if b.id.startswith("mla-c01/") and not index.claims_for(b.id)]
    assert not missing, ("MLA-C01 bullets no section claims (add data-covers to the heading that teaches it):\n"
                         + "\n".join(missing))


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


def test_task_pages_teach_enough(index):
    problems = []
    for src, page in task_pages(index, "mla-c01"):
        words = prose_words(page)
        if words < MIN_TASK_PAGE_WORDS:
            problems.append(f"docs/{src}:1: {words} words of prose, fewer than {MIN_TASK_PAGE_WORDS}")
        if "exam-angle" not in page.anchors:
            problems.append(f"docs/{src}:1: no '## Exam angle {{#exam-angle}}' section")
        text = page.path.read_text()
        if "```mermaid" not in text and not re.search(r"^\|.*\|\s*$\n^\|[-:| ]+\|\s*$", text, re.M):
            problems.append(f"docs/{src}:1: no comparison table or Mermaid diagram")
        domain = int(page.task[0].split("/")[1].split(".")[0])
        wanted = 2 if domain <= 2 else 1
        if len({inc.path for inc in page.includes}) < wanted:
            problems.append(f"docs/{src}:1: fewer than {wanted} snippet files included")
    assert not problems, "\n".join(problems)
