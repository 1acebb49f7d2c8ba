"""axe-core in Playwright: ``axe_violations(page)`` for any browser test.

axe-core is vendored for the tests only (``tests/vendor/axe.min.js``, from
npm, MPL-2.0); it is never copied into the site. Use it on a loaded page::

    from a11y import axe_violations, describe

    problems = axe_violations(page)              # serious and critical only
    assert not problems, describe(problems)

The script is injected from disk, so it works on served and ``file://``
pages alike and asks no other host for anything.
"""

from __future__ import annotations

from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
BLOCKING = ("serious", "critical")
# WCAG 2.0/2.1/2.2 A and AA, plus axe's best practices (landmarks, headings).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


#: The rules whose result depends on colours: enough after a change of colour scheme.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_violations(page, impacts=BLOCKING, tags=TAGS, context=None, disable=(), rules=None) -> list[dict]:
    """Run axe-core on ``page`` and return its violations of the given impacts.

    Each violation is axe's own dict (``id``, ``impact``, ``help``,
    ``helpUrl``, ``nodes`` with ``target`` and ``failureSummary``).
    ``context`` is an axe context (a CSS selector or ``{"include": ..., "exclude": ...}``);
    ``disable`` lists rule ids to switch off, each with a reason in the caller;
    ``rules`` runs only those rule ids instead of the tags.
    """
    # blocks far from the viewport skip layout (guide.css, lazy-blocks); axe must see them drawn
    page.evaluate("document.documentElement.classList.remove('lazy-blocks')")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    run_only = {"type": "rule", "values": list(rules)} if rules else {"type": "tag", "values": list(tags)}
    options = {"runOnly": run_only, "resultTypes": ["violations"],
               "rules": {rule: {"enabled": False} for rule in disable}}
    result = page.evaluate(
        "([context, options]) => axe.run(context || document, options)", [context, options])
    return [v for v in result["violations"] if v.get("impact") in impacts]


def describe(violations: list[dict], limit: int = 5) -> str:
    """One line per violation and up to ``limit`` offending elements each, for assert messages."""
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} ({len(v['nodes'])} elements): {v['help']}")
        for node in v["nodes"][:limit]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {' > '.join(map(str, node['target']))}: {summary[:220]}")
    return "\n".join(lines)
