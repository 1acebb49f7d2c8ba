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
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOKS = ROOT / "overrides" / "hooks"

BUILD_INPUTS = ("docs", "data", "overrides", "snippets", "mkdocs.yml", "mkdocs.offline.yml", "requirements.lock")
PY = sys.executable
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))

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


def build_once(profile: str) -> Path:
    """Build ``profile`` ("site" or "offline") unless an identical build exists."""
    cache = ROOT / ".cache" / "test-builds"
    cache.mkdir(parents=True, exist_ok=True)
    key = f"{profile}-{fingerprint()}"
    out = cache / key
    with open(cache / f"{profile}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / ".complete").exists():
            for old in cache.glob(f"{profile}-*"):
                shutil.rmtree(old, ignore_errors=True)
            config = "mkdocs.yml" if profile == "site" else "mkdocs.offline.yml"
            env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            proc = subprocess.run([MKDOCS, "build", "--strict", "-f", config, "-d", str(out / "site")],
                                  cwd=ROOT, capture_output=True, text=True, env=env)
            (out).mkdir(parents=True, exist_ok=True)
            (out / "build.log").write_text(proc.stdout + proc.stderr)
            if proc.returncode != 0:
                pytest.fail(f"mkdocs build ({profile}) failed:\n{proc.stderr[-6000:]}", pytrace=False)
            (out / ".complete").write_text("ok")
        return out / "site"



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
