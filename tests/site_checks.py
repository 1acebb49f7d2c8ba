"""Checks over built HTML that MkDocs' own validation cannot see.

Links and anchors added by hooks, templates and notebooks exist only in the
output. Each page is parsed once (:func:`parse`) for its ids, links and
assets: :func:`broken_links` checks that every local link, script, style,
image and CSS ``url()`` points to a file, :func:`broken_anchors` that every
same-site ``href`` with a fragment names an id of its target.
"""

from __future__ import annotations

import functools
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []
        self.assets: list[tuple[str, int]] = []  # scripts, styles, images a browser loads with the page

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(key):
                self.ids.add(attributes[key])
        if tag == "a" and attributes.get("href"):
            self.links.append((attributes["href"], self.getpos()[0]))
        elif tag == "link" and attributes.get("href") and "canonical" not in (attributes.get("rel") or ""):
            self.assets.append((attributes["href"], self.getpos()[0]))
        elif tag in ("script", "img", "source", "iframe") and attributes.get("src"):
            self.assets.append((attributes["src"], self.getpos()[0]))


@functools.lru_cache(maxsize=None)  # several checks read the same built pages; a build never changes
def parse(path: Path) -> _Collector:
    """The ids and links of one built page (parsed once per test worker)."""
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8", errors="replace"))
    return collector


def broken_anchors(site: Path) -> list[str]:
    """Every ``page.html#frag`` link whose target page has no element with that id."""
    pages = {p.relative_to(site).as_posix(): parse(p) for p in site.rglob("*.html")}
    problems = []
    for src, page in sorted(pages.items()):
        for href, line in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.fragment:
                continue
            target = src if not parts.path else posixpath.normpath(posixpath.join(posixpath.dirname(src), unquote(parts.path)))
            if target.endswith("/") or target == ".":
                target = posixpath.join(target, "index.html").lstrip("./")
            elif target not in pages and target + "/index.html" in pages:
                target += "/index.html"
            if target not in pages:
                continue  # missing pages are linkchecker's to report
            fragment = unquote(parts.fragment)
            if fragment and fragment not in pages[target].ids:
                problems.append(f"{src}:{line}: link {href!r}: no id {fragment!r} in {target}")
    return problems


def _local_target(site: Path, src: str, href: str) -> Path | None:
    """The file a relative link of page ``src`` points to, or None for other hosts and special URLs."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith(("#", "mailto:", "data:", "javascript:")) or not parts.path:
        return None
    path = unquote(parts.path)
    relative = path.lstrip("/") if path.startswith("/") else posixpath.normpath(posixpath.join(posixpath.dirname(src), path))
    return site / relative / "index.html" if path.endswith("/") else site / relative


def _shown(site: Path, target: Path) -> str:
    return target.relative_to(site).as_posix() if target.is_relative_to(site) else str(target)


def broken_links(site: Path, skip=("404.html",)) -> list[str]:
    """``page.html:line: link 'x': missing file`` for every local link, script, style or image that is not there.

    Reads the same parsed pages as :func:`broken_anchors`; CSS files are read for their ``url(...)``s.
    """
    problems = []
    for page in sorted(site.rglob("*.html")):
        src = page.relative_to(site).as_posix()
        if src in skip:  # the 404 page uses root-absolute URLs for web servers, by design
            continue
        parsed = parse(page)
        for href, line in sorted(parsed.links + parsed.assets, key=lambda item: item[1]):
            target = _local_target(site, src, href)
            if target is not None and not target.exists():
                problems.append(f"{src}:{line}: link {href!r}: {_shown(site, target)} does not exist")
    for css in sorted(site.rglob("*.css")):
        src = css.relative_to(site).as_posix()
        for number, text in enumerate(css.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            for url in re.findall(r"url\((?:'|\")?([^)'\"]+)", text):
                target = _local_target(site, src, url)
                if target is not None and not target.exists():
                    problems.append(f"{src}:{number}: url({url}): {_shown(site, target)} does not exist")
    return problems


EXTERNAL_ASSET = re.compile(
    r"""<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=["']((?:https?:)?//[^"']+)"""
    r"""|<link\b[^>]*\bhref=["']((?:https?:)?//[^"']+)["'][^>]*>""", re.I)
CSS_URL = re.compile(r"url\((['\"]?)(https?://[^)'\"]+)")
# <link rel="canonical"> and feeds name a URL; a browser does not fetch them with the page
NOT_FETCHED = re.compile(r"""rel=["']?(?:canonical|alternate)""", re.I)


def external_assets(site: Path, root: Path | None = None) -> list[str]:
    """Every script, style, image, frame or font a page or stylesheet would load from the network.

    Each URL is reported once, at the source that emits it (a template in
    ``overrides/``, a page or notebook in ``docs/``, ``mkdocs.yml``), found by
    :func:`trace_to_source`; the built pages follow as examples.
    """
    seen: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        for match in EXTERNAL_ASSET.finditer(page.read_text(encoding="utf-8", errors="replace")):
            if not NOT_FETCHED.search(match.group(0)):
                seen.setdefault(match.group(1) or match.group(2), []).append(page.relative_to(site).as_posix())
    for css in sorted(site.rglob("*.css")):
        for _, url in CSS_URL.findall(css.read_text(errors="ignore")):
            seen.setdefault(url, []).append(css.relative_to(site).as_posix())
    problems = []
    for url, pages in sorted(seen.items()):
        example = ", ".join(pages[:3]) + (f" and {len(pages) - 3} more" if len(pages) > 3 else "")
        origin = trace_to_source(url, root) if root else None
        where = origin or f"{pages[0]} (built; not found in overrides/, docs/ or mkdocs.yml: the theme or a plugin adds it)"
        problems.append(f"{where}: loads {url} from the network (in {len(pages)} built file(s): {example}); "
                        "vendor it under overrides/assets/ or docs/assets/")
    return problems


SOURCE_GLOBS = ("overrides/**/*.html", "overrides/**/*.js", "overrides/**/*.css", "docs/**/*.md", "docs/**/*.ipynb",
                "docs/**/*.js", "docs/**/*.css", "docs/**/*.html", "mkdocs.yml", "mkdocs.offline.yml")


def trace_to_source(url: str, root: Path) -> str | None:
    """``file:line`` of the first source file that names ``url`` (or its scheme-less form), else None."""
    bare = url.split("//", 1)[-1]
    for pattern in SOURCE_GLOBS:
        for path in sorted(root.glob(pattern)):
            if "vendor" in path.parts or not path.is_file():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
                if url in line or bare in line:
                    return f"{path.relative_to(root).as_posix()}:{number}"
    return None


def source_for(built: str, root: Path) -> str:
    """The source file under ``docs/`` that produced built page ``built`` (either URL style).

    ``exams/mla-c01/index.html`` -> ``docs/exams/mla-c01/index.md``;
    ``labs/lab/index.html`` or ``labs/lab.html`` -> ``docs/labs/lab.ipynb``.
    """
    stem = built[:-len(".html")] if built.endswith(".html") else built
    candidates = [stem]
    if stem == "index" or stem.endswith("/index"):
        folder = stem[:-len("index")].rstrip("/")
        candidates = [stem, folder] if folder else [stem]
    for candidate in candidates:
        for suffix in (".md", ".ipynb"):
            if (root / "docs" / (candidate + suffix)).is_file():
                return f"docs/{candidate}{suffix}"
    return built
