"""Shared paths and helpers: the project root, tools, and builds made once per source state.

Builds are expensive, so each profile (normal, offline) is built at most once
per test run and reused across runs while no source file changes: the build
directory is keyed by a fingerprint of every input, and a file lock makes
xdist workers wait for the first one instead of building twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import threading
import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "overrides" / "hooks"

BUILD_INPUTS = ("docs", "data", "overrides", "snippets", "mkdocs.yml", "mkdocs.offline.yml", "requirements.lock")
PY = sys.executable
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))

#: Served in place of the real search index to every browser context except those of the
#: tests that search (conftest.py, ``real_search_index=True``): after each page load the
#: theme's worker indexes the real one (2.4 MB), about 1.6 s of CPU, which made it the
#: largest single cost of the browser tests. The served build fetches the JSON; from
#: file:// the offline build loads the same index as a script that sets ``__index``.
SEARCH_INDEX_URLS = "**/search/search_index.json"
OFFLINE_SEARCH_INDEX_URLS = "**/search/search_index.js"
EMPTY_SEARCH_INDEX = '{"config": {"lang": ["en"], "separator": "[\\\\s\\\\-]+", "pipeline": []}, "docs": []}'
EMPTY_OFFLINE_SEARCH_INDEX = f"var __index = {EMPTY_SEARCH_INDEX};"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-gpu",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def fingerprint(paths=BUILD_INPUTS) -> str:
    """Hash of the names, sizes and mtimes of every build input."""
    digest = hashlib.sha256()
    for name in paths:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts:
                continue
            stat = file.stat()
            digest.update(f"{file.relative_to(ROOT)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


class SiteDidNotBuild(Exception):
    """The strict build failed; tests that need the site report this instead of a setup error."""


def first_error(log: str, limit: int = 12) -> str:
    """The first WARNING or ERROR of an MkDocs log, with the lines that continue it."""
    lines = log.splitlines()
    for i, line in enumerate(lines):
        if line.startswith(("WARNING", "ERROR")) or "Traceback" in line:
            out = [line]
            for more in lines[i + 1:i + limit]:
                if more.startswith(("INFO", "WARNING", "ERROR", "Aborted", "DEBUG")):
                    break
                out.append(more)
            return "\n".join(out).strip()
    return "\n".join(lines[-limit:]).strip() or "(mkdocs printed nothing)"


def build_result(profile: str) -> tuple[Path | None, str]:
    """Build ``profile`` ("site" or "offline") unless an identical build (or failure) exists.

    Returns the site folder (None when the build failed) and the build log.
    A failure is cached like a success, so a broken build runs once, not once
    per test that needs it.
    """
    cache = ROOT / ".cache" / "test-builds"
    cache.mkdir(parents=True, exist_ok=True)
    key = f"{profile}-{fingerprint()}"
    out = cache / key
    with open(cache / f"{profile}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / ".complete").exists() and not (out / ".failed").exists():
            for old in cache.glob(f"{profile}-*"):
                shutil.rmtree(old, ignore_errors=True)
            config = "mkdocs.yml" if profile == "site" else "mkdocs.offline.yml"
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            proc = subprocess.run([MKDOCS, "build", "--strict", "-f", config, "-d", str(out / "site")],
                                  cwd=ROOT, capture_output=True, text=True, env=env)
            out.mkdir(parents=True, exist_ok=True)
            (out / "build.log").write_text(proc.stdout + proc.stderr)
            (out / (".complete" if proc.returncode == 0 else ".failed")).write_text(str(proc.returncode))
        log = (out / "build.log").read_text()
        return (out / "site" if (out / ".complete").exists() else None), log


def build_once(profile: str) -> Path:
    """The built site of ``profile``; raises :class:`SiteDidNotBuild` (with the first error) if it failed."""
    site, log = build_result(profile)
    if site is None:
        config = "mkdocs.yml" if profile == "site" else "mkdocs.offline.yml"
        raise SiteDidNotBuild(f"site did not build ({config}); tests/test_build.py::test_strict_build[{profile}] "
                              f"shows the log. First error:\n{first_error(log)}")
    return site


def chromium_or_skip():
    """Return the Chromium path; skip outside CI when it is missing, fail under CI."""
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (browser tests never skip under CI=true)", pytrace=False)
    pytest.skip(message)


def assert_diagram_rendered(page):
    """Material replaces <pre class="mermaid"> by a <div> whose SVG sits in a closed shadow root."""
    # the library loads near the viewport; the <pre> may already be swapped for the
    # drawn <div> (a diagram on the first screen), so scroll by script, not by handle
    page.wait_for_selector(".mermaid", state="attached", timeout=20000)  # instant navigation may still be swapping
    page.evaluate("document.querySelector('.mermaid').scrollIntoView()")
    page.wait_for_selector("div.mermaid", timeout=20000)
    assert page.locator("pre.mermaid").count() == 0
    assert page.locator("div.mermaid").first.bounding_box()["height"] > 40


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output readable
        pass


@contextlib.contextmanager
def serve_directory(folder: Path):
    """Serve ``folder`` on a free loopback port; yields the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


def mini_site(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A tiny site using the real theme, hooks and exam data."""
    for name in ("overrides", "snippets"):
        (tmp_path / name).symlink_to(ROOT / name)
    shutil.copytree(ROOT / "data" / "exams", tmp_path / "data" / "exams")
    (tmp_path / "data" / "questions").mkdir()
    (tmp_path / "data" / "glossary.yml").write_text("- term: Feature\n  definition: An input column.\n")
    for name, body in pages.items():
        path = tmp_path / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body).lstrip())
    nav = "\n".join(f"  - {name}" for name in pages)
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\nsite_url: http://127.0.0.1/\nplugins:\n  - search\nnav:\n{nav}\n")
    return tmp_path
