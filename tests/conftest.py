"""Fixtures shared by every test module (helpers live in testkit.py)."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from testkit import (HOOKS, ROOT, SiteDidNotBuild, build_once, chromium_or_skip, CHROMIUM_ARGS,  # noqa: E402
                     EMPTY_OFFLINE_SEARCH_INDEX, EMPTY_SEARCH_INDEX, OFFLINE_SEARCH_INDEX_URLS,
                     SEARCH_INDEX_URLS)

sys.path.insert(0, str(HOOKS))
sys.path.insert(0, str(ROOT / "snippets"))


# ---------------------------------------------------------------- order: fast scans first

#: Collection order decides what the xdist workers start with (they take tests in
#: order, in turns): text scans and unit tests of the plain functions first (they
#: fail within seconds), then the two strict builds side by side (one per worker),
#: then snippets and notebooks (they need no build, so nothing waits for one),
#: then checks of the built sites, then the browser tests.
NEEDS_NO_BUILD = ("test_snippets.py", "test_notebooks.py")
READS_THE_BUILD = ("test_build.py", "test_links.py", "test_versions.py")


def _rank(item) -> int:
    reads_a_build = {"built_site", "offline_site"} & set(getattr(item, "fixturenames", ()))
    if item.get_closest_marker("text") and not reads_a_build:
        return 0
    if "/tests/hooks/" in str(item.path) or item.path.name == "test_diagrams.py":  # diagrams: one page, seconds
        return 1
    if item.originalname == "test_strict_build":
        return 3
    if item.path.name in NEEDS_NO_BUILD:
        return 4
    if item.path.name in READS_THE_BUILD or (reads_a_build and not item.get_closest_marker("browser")):
        return 5
    if item.get_closest_marker("browser") or item.get_closest_marker("slow"):
        return 6
    return 2


def pytest_collection_modifyitems(config, items):
    items.sort(key=_rank)  # stable: keeps file order inside each rank


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A test whose site fixture found a failed build fails with "site did not build", not a setup error."""
    outcome = yield
    report = outcome.get_result()
    if call.when == "setup" and call.excinfo is not None and call.excinfo.errisinstance(SiteDidNotBuild):
        report.outcome, report.when = "failed", "call"
        report.longrepr = str(call.excinfo.value)


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The strict build of mkdocs.yml (directory URLs, instant loading)."""
    return build_once("site")


@pytest.fixture(scope="session")
def offline_site() -> Path:
    """The strict build of mkdocs.offline.yml (works from file://)."""
    return build_once("offline")


@pytest.fixture(scope="session")
def index():
    """The site index of the real sources (raises if they do not load)."""
    from guide.index import build_index

    return build_index(ROOT)


class GuideBrowser:
    """The session's Chromium. Its new contexts are served an empty search index, on the
    served build and from ``file://``, unless created with ``real_search_index=True``
    (see testkit.EMPTY_SEARCH_INDEX)."""

    def __init__(self, chrome):
        self._chrome = chrome

    def new_context(self, *, real_search_index: bool = False, **options):
        context = self._chrome.new_context(**options)
        if not real_search_index:
            context.route(SEARCH_INDEX_URLS, lambda route: route.fulfill(
                body=EMPTY_SEARCH_INDEX, content_type="application/json"))
            context.route(OFFLINE_SEARCH_INDEX_URLS, lambda route: route.fulfill(
                body=EMPTY_OFFLINE_SEARCH_INDEX, content_type="text/javascript"))
        return context

    def __getattr__(self, name):
        return getattr(self._chrome, name)


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium that can reach nothing but loopback and file://."""
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chrome = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield GuideBrowser(chrome)
        chrome.close()


@pytest.fixture(scope="session")
def snippet_runner():
    """One pre-imported fork server per test worker (see studyguide.outputs.SnippetRunner)."""
    from studyguide.outputs import SnippetRunner

    with SnippetRunner() as runner:
        yield runner


@pytest.fixture
def page(browser, request):
    """A fresh browser tab that records every URL it requests in ``page.requests``.

    Mark a test ``@pytest.mark.real_search_index`` to serve it the real search index."""
    context = browser.new_context(real_search_index=request.node.get_closest_marker("real_search_index") is not None)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    tab.requests = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    yield tab
    context.close()


# ---------------------------------------------------------------- a miniature repository


class MiniRepo:
    """Writes files relative to a temporary root that mirrors the real layout."""

    def __init__(self, root: Path):
        self.root = root
        (root / "data" / "exams").mkdir(parents=True)
        for exam in (ROOT / "data" / "exams").glob("*.yml"):
            shutil.copy(exam, root / "data" / "exams" / exam.name)
        (root / "docs").mkdir()
        (root / "data" / "questions" / "mla-c01").mkdir(parents=True)
        self.write("data/glossary.yml", """
            - term: AWS Key Management Service
              abbr: KMS
              definition: Creates and controls encryption keys.
            - term: Random Cut Forest
              abbr: RCF
              definition: An unsupervised anomaly-detection algorithm.
        """)

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
        return path

    def index(self):
        from guide.index import build_index

        return build_index(self.root)


@pytest.fixture
def repo(tmp_path) -> MiniRepo:
    return MiniRepo(tmp_path)
