"""Versioned publishing with mike: versions list, `latest` alias, outdated banner.

Deploys two versions of a small site (real config, theme and hooks) into a temporary git repository
(`mike deploy` without `--push`), then reads the gh-pages branch back.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from testkit import mini_site

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("versions")]
MIKE = str(Path(sys.executable).with_name("mike"))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """Two versions of a small site that uses the real config, theme and hooks.

    The version selector and the outdated banner come from mkdocs.yml's
    ``extra.version`` and the theme, which every page shares; a two-page site
    tests them in seconds, where two builds of the whole guide took a minute.
    """
    # one publish per test run, shared by the xdist workers (their temp folders share a parent)
    shared = tmp_path_factory.getbasetemp().parent / "mike-published"
    shared.mkdir(exist_ok=True)
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "done").exists():
            checkout = _publish(tmp_path_factory)
            (shared / "done").write_text(str(checkout))
        return Path((shared / "done").read_text())


def _publish(tmp_path_factory) -> Path:
    repo = mini_site(tmp_path_factory.mktemp("publish"), {
        "index.md": "# Home\n\nThe guide's home page.\n",
        "glossary.md": "# Glossary\n\n**Feature**: an input column.\n",
    })
    git(repo, "init", "-q", "-b", "main")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "site")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_MKDOCS_2_WARNING": "1", "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
    for version, alias in (("2026.10", []), ("2026.11", ["latest"])):
        command = [MIKE, "deploy", "--update-aliases", "--alias-type", "copy", version, *alias]
        result = subprocess.run(command, cwd=repo, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr[-4000:]
    result = subprocess.run([MIKE, "set-default", "latest"], cwd=repo, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    checkout = tmp_path_factory.mktemp("gh-pages")
    git(repo, "worktree", "add", "-q", str(checkout), "gh-pages")
    return checkout


def test_versions_list_and_latest_alias(published):
    versions = json.loads((published / "versions.json").read_text())
    assert [v["version"] for v in versions] == ["2026.11", "2026.10"]
    assert versions[0]["aliases"] == ["latest"]
    assert (published / "latest" / "index.html").is_file()
    assert "latest/" in (published / "index.html").read_text()  # the root redirects to the default


def test_pages_carry_the_version_selector_and_outdated_banner(published):
    for version in ("2026.10", "2026.11"):
        page = (published / version / "index.html").read_text()
        assert '"provider": "mike"' in page or "provider&#34;: &#34;mike" in page or '"provider":"mike"' in page
        assert 'data-md-component="outdated"' in page
        assert "You are reading an older version" in page


@pytest.mark.browser
def test_banner_shows_on_the_old_version_only(published, browser):
    """Material's version integration reads versions.json and flags every version but the default."""
    from testkit import serve_directory

    context = browser.new_context()
    tab = context.new_page()
    try:
        with serve_directory(published) as base:
            for version, outdated in (("2026.10", True), ("2026.11", False)):
                tab.goto(f"{base}{version}/")
                tab.wait_for_selector(".md-version__current", timeout=10000)  # versions.json was read
                banner = tab.locator("[data-md-component=outdated]")
                if outdated:
                    banner.wait_for(state="visible", timeout=10000)
                else:
                    tab.wait_for_timeout(500)  # give a wrong banner the chance to appear
                assert banner.is_visible() is outdated, f"{version}: outdated banner visible={banner.is_visible()}"
            label = tab.locator(".md-version__current").inner_text()
            assert label.startswith("2026.11") and "latest" in label
    finally:
        context.close()
