"""Every snippet runs offline, prints what its page shows, and is used by a page."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from testkit import ROOT
from studyguide.outputs import compare, run_snippet

SNIPPETS = sorted(p for p in (ROOT / "snippets").rglob("*.py")
                  if "studyguide" not in p.parts and "__pycache__" not in p.parts)
FIGURES = ROOT / "docs" / "assets" / "figures"
SECTION = re.compile(r"#\s*-{2}8<-{2}\s*\[(start|end):([^\]]+)\]")


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("path", SNIPPETS, ids=rel)
def test_snippet_output_matches_its_comments(path, tmp_path, snippet_runner):
    result = snippet_runner.run(path, env={"STUDYGUIDE_FIGURES_DIR": str(tmp_path)})
    problems = compare(path, result, rel(path))
    for figure in sorted(tmp_path.glob("*.svg")):
        committed = FIGURES / figure.name
        if not committed.exists():
            problems.append(f"{rel(path)}: figure {figure.name} is not committed; run make snippets-update")
        elif committed.read_bytes() != figure.read_bytes():
            problems.append(f"{rel(path)}: figure {figure.name} differs from docs/assets/figures/{figure.name}; "
                            "run make snippets-update and review the image")
    assert not problems, "\n".join(problems) + "\n(after a deliberate change: make snippets-update)"


def sections_of(path: Path) -> list[tuple[str, int]]:
    found = []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        match = SECTION.search(line)
        if match and match.group(1) == "start":
            found.append((match.group(2), number))
    return found


def test_every_snippet_file_and_section_is_used_by_a_page(index):
    used = {(inc.path, inc.section) for page in index.pages.values() for inc in page.includes}
    used_files = {p for p, _ in used}
    problems = []
    for path in SNIPPETS:
        name = rel(path)
        if name not in used_files:
            problems.append(f"{name}:1: no page includes this snippet")
            continue
        if (name, None) in used:
            continue
        for section, line in sections_of(path):
            if (name, section) not in used:
                problems.append(f"{name}:{line}: section '{section}' is not included by any page")
    assert not problems, "\n".join(problems)


def test_sections_are_well_formed():
    problems = []
    for path in SNIPPETS:
        opened = {}
        for number, line in enumerate(path.read_text().splitlines(), 1):
            match = SECTION.search(line)
            if not match:
                continue
            kind, name = match.groups()
            if not re.fullmatch(r"[a-z][-_0-9a-z]*", name):
                problems.append(f"{rel(path)}:{number}: section name '{name}' must match [a-z][-_0-9a-z]*")
            if kind == "start":
                opened[name] = number
            elif name not in opened:
                problems.append(f"{rel(path)}:{number}: [end:{name}] without a [start:{name}] before it")
            else:
                opened.pop(name)
        problems += [f"{rel(path)}:{n}: [start:{name}] is never closed" for name, n in opened.items()]
    assert not problems, "\n".join(problems)


def test_every_committed_figure_is_shown_on_a_page():
    pages = "\n".join(p.read_text() for p in (ROOT / "docs").rglob("*.md"))
    orphans = [f.name for f in FIGURES.glob("*.svg") if f"figures/{f.name}" not in pages]
    assert not orphans, f"figures no page shows: {orphans}"


# ---------------------------------------------------------------- the checker itself

def write(tmp_path, body: str) -> Path:
    path = tmp_path / "probe.py"
    path.write_text(textwrap.dedent(body).lstrip())
    return path


@pytest.fixture
def check(snippet_runner):
    return lambda path: compare(path, snippet_runner.run(path), "probe.py")


def test_drifted_output_is_reported_with_a_diff(tmp_path, check):
    path = write(tmp_path, """
        total = 2 + 2
        print(total)
        #> 5
    """)
    [problem] = check(path)
    assert problem.startswith("probe.py:3: shown output differs from real output")
    assert "-5" in problem and "+4" in problem


def test_a_snippet_that_raises_names_the_line(tmp_path, check):
    path = write(tmp_path, """
        values = [1, 2]
        print(values[5])
    """)
    [problem] = check(path)
    assert problem.startswith("probe.py:2: snippet raised an exception") and "IndexError" in problem


def test_unshown_output_and_stale_comments_are_reported(tmp_path, check):
    path = write(tmp_path, """
        print("shown nowhere")
        x = 1
        #> stale
    """)
    problems = check(path)
    assert problems[0].startswith("probe.py:1: print output is not shown")
    assert problems[1].startswith("probe.py:3: '#>' lines follow a statement that printed nothing")


def test_network_access_fails_the_snippet(tmp_path, check):
    path = write(tmp_path, """
        import urllib.request
        urllib.request.urlopen("https://example.com", timeout=2)
    """)
    [problem] = check(path)
    assert "probe.py:2: snippet raised an exception" in problem and "network access blocked" in problem


def test_aws_calls_run_against_moto_with_fake_credentials(tmp_path, check):
    path = write(tmp_path, """
        import boto3
        sts = boto3.client("sts", region_name="us-east-1")
        print(sts.get_caller_identity()["Account"])
        #> 123456789012
    """)
    assert check(path) == []


def test_update_rewrites_only_the_output_lines(tmp_path):
    from studyguide.outputs import rewrite

    path = write(tmp_path, """
        for i in range(2):
            print(i)
            #> 9
        print("done")
    """)
    assert rewrite(path, run_snippet(path))  # the plain one-process path, as readers' tools use
    assert path.read_text() == "for i in range(2):\n    print(i)\n    #> 0\n    #> 1\nprint(\"done\")\n#> done\n"


def test_snippets_import_the_helper_package_of_this_checkout(tmp_path, monkeypatch):
    """Another copy of studyguide on the path (an editable install of another checkout) must not win."""
    decoy = tmp_path / "decoy" / "studyguide"
    decoy.mkdir(parents=True)
    (decoy / "__init__.py").write_text("raise ImportError('the decoy studyguide was imported')\n")
    monkeypatch.setenv("PYTHONPATH", str(decoy.parent))
    path = write(tmp_path, f"""
        import studyguide
        from pathlib import Path
        print(Path(studyguide.__file__).resolve().parent == Path({str(ROOT / "snippets" / "studyguide")!r}))
        #> True
    """)
    assert compare(path, run_snippet(path), "probe.py") == []
