"""Internal links of the built sites: every linked page, script, style, image and anchor exists.

One parser (tests/site_checks.py) reads each built page once for its links,
assets and ids. linkchecker, which reads every page again (20 s here), runs
in `make linkcheck-external`, where it also fetches the external links.
"""

from __future__ import annotations

import pytest

from testkit import ROOT
from site_checks import broken_anchors, broken_links, source_for


def with_source(problem: str) -> str:
    """Prefix a ``built.html:line: ...`` problem with the source file that produced the page."""
    built, _, rest = problem.partition(":")
    source = source_for(built, ROOT)
    return problem if source == built else f"{source}: built page {built}:{rest}"


@pytest.mark.parametrize("profile", ["offline", "site"])
def test_every_internal_link_resolves(profile, request):
    site = request.getfixturevalue("offline_site" if profile == "offline" else "built_site")
    problems = [with_source(p) for p in broken_links(site)]
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
    assert broken_links(tmp_path) == ["index.html:4: link 'missing.html': missing.html does not exist"]
    (tmp_path / "page").mkdir()
    (tmp_path / "page" / "index.html").write_text(
        '<link rel="stylesheet" href="../gone.css">\n<img src="../img/none.png">\n<a href="../nowhere/">dir</a>\n'
        '<a href="https://example.com/x">external</a> <a href="#top">here</a> <a href="../other.html">ok</a>\n')
    (tmp_path / "site.css").write_text("body { background: url('missing.svg'); }\n")
    assert broken_links(tmp_path)[1:] == [
        "page/index.html:1: link '../gone.css': gone.css does not exist",
        "page/index.html:2: link '../img/none.png': img/none.png does not exist",
        "page/index.html:3: link '../nowhere/': nowhere/index.html does not exist",
        "site.css:1: url(missing.svg): missing.svg does not exist"]


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
