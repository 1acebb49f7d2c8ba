"""Internal links of the built site: linkchecker for targets, our parser for anchors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from testkit import ROOT
from site_checks import broken_anchors, linkchecker_failures, source_for

# linkchecker switches to user "nobody" when started as root (CI runs as root),
# and nobody may not read the build folder; skip that step, nothing else changes.
LINKCHECKER = [sys.executable, "-c", "import sys, linkcheck.command.linkchecker as lc; "
               "lc.drop_privileges = lambda: None; sys.argv[0] = 'linkchecker'; sys.exit(lc.linkchecker())"]
CONFIG = str(ROOT / "tests" / "linkcheckerrc")


def run_linkchecker(site: Path, start: str = "index.html") -> list[str]:
    result = subprocess.run([*LINKCHECKER, "--config", CONFIG, "--no-status", (site / start).as_uri()],
                            capture_output=True, text=True, timeout=600)
    if result.returncode not in (0, 1):
        pytest.fail(f"linkchecker crashed ({result.returncode}):\n{result.stderr[-3000:]}")
    return linkchecker_failures(result.stdout, site)


def with_source(problem: str) -> str:
    """Prefix a ``built.html:line: ...`` problem with the source file that produced the page."""
    built, _, rest = problem.partition(":")
    source = source_for(built, ROOT)
    return problem if source == built else f"{source}: built page {built}:{rest}"


def test_every_internal_link_resolves(offline_site):
    problems = [with_source(p) for p in run_linkchecker(offline_site)]
    assert not problems, "\n".join(problems)


def test_every_anchor_exists(offline_site):
    problems = [with_source(p) for p in broken_anchors(offline_site)]
    assert not problems, "\n".join(problems)


def test_every_page_is_reachable_from_home(offline_site):
    """linkchecker only sees what links reach, so an orphan page would escape it."""
    import posixpath

    from site_checks import parse

    seen, todo = set(), ["index.html"]
    while todo:
        page = todo.pop()
        if page in seen or not (offline_site / page).is_file():
            continue
        seen.add(page)
        for href, _ in parse(offline_site / page).links:
            target = href.split("#")[0]
            if target.endswith(".html") and "://" not in target:
                todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(page), target)))
    pages = {p.relative_to(offline_site).as_posix() for p in offline_site.rglob("*.html")} - {"404.html"}
    problems = [f"{source_for(built, ROOT)}:1: no link reaches this page from the home page (built as {built}); "
                "add it to nav in mkdocs.yml or link to it from a page (tests/test_pages.py says where)"
                for built in sorted(pages - seen)]
    assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- bad input

def test_checkers_report_broken_links_and_anchors(tmp_path):
    (tmp_path / "index.html").write_text(
        '<h1 id="top">Home</h1>\n<a href="other.html#there">ok</a>\n<a href="other.html#gone">bad anchor</a>\n'
        '<a href="missing.html">missing page</a>\n')
    (tmp_path / "other.html").write_text('<h2 id="there">There</h2>\n')
    assert broken_anchors(tmp_path) == ["index.html:3: link 'other.html#gone': no id 'gone' in other.html"]
    problems = run_linkchecker(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("index.html:4: missing.html:")


def test_external_links_are_listed_not_fetched(offline_site):
    """External links are never fetched in `make test`; they are listed for `make linkcheck-external`."""
    from site_checks import parse

    found: dict[str, set[str]] = {}
    for page in sorted(offline_site.rglob("*.html")):
        for href, _ in parse(page).links:
            if href.startswith(("http://", "https://")):
                found.setdefault(href, set()).add(page.relative_to(offline_site).as_posix())
    listing = ROOT / ".cache" / "external-links.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text("".join(f"{url}\t{', '.join(sorted(pages))}\n" for url, pages in sorted(found.items())))
    insecure = sorted(url for url in found if url.startswith("http://") and "127.0.0.1" not in url)
    assert not insecure, f"use https for external links: {insecure}"
