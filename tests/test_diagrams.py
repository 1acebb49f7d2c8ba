"""Every Mermaid block of every page and notebook parses and draws with the vendored Mermaid.

One headless Chromium page loads ``overrides/assets/vendor/mermaid/mermaid.min.js``
and gives each block to ``mermaid.parse``, then to ``mermaid.render`` (a
block can parse and still fail to draw); a failure names ``docs/page.md:line``
and carries Mermaid's own message. No build is needed, so this runs early.
tests/test_browser.py checks that the pages themselves draw their diagrams.
"""

from __future__ import annotations

import pytest

from testkit import ROOT
from guide.mermaid import Block, all_blocks, problem

pytestmark = pytest.mark.browser
MERMAID = ROOT / "overrides" / "assets" / "vendor" / "mermaid" / "mermaid.min.js"

PARSE_ALL = """async (blocks) => {
  const out = [];
  for (const [i, code] of blocks.entries()) {
    try {
      await mermaid.parse(code);
      const {svg} = await mermaid.render('diagram-' + i, code);
      if (!svg.includes('<svg')) throw new Error('mermaid.render returned no <svg>');
      out.push(null);
    }
    catch (error) {
      const loc = error && error.hash && error.hash.loc;
      out.push({message: String((error && error.message) || error), line: loc ? loc.first_line : null});
    }
  }
  return out;
}"""


@pytest.fixture(scope="module")
def parse(browser):
    """``parse(blocks)`` -> one problem string per block that Mermaid rejects."""
    context = browser.new_context()
    tab = context.new_page()
    tab.set_content("<!doctype html><html><body></body></html>")
    tab.add_script_tag(path=str(MERMAID))
    tab.evaluate("mermaid.initialize({startOnLoad: false})")

    def run(blocks: list[Block]) -> list[str]:
        results = tab.evaluate(PARSE_ALL, [b.code for b in blocks])
        return [problem(block, result["message"], result["line"])
                for block, result in zip(blocks, results) if result]

    yield run
    context.close()


def test_every_mermaid_block_parses_and_draws(parse):
    blocks = all_blocks(ROOT)
    assert blocks, "no Mermaid block found under docs/ (did the fence syntax change?)"
    problems = parse(blocks)
    assert not problems, "\n".join(problems)


def test_a_broken_diagram_is_reported_with_file_and_line(parse):
    from guide.mermaid import blocks_in_markdown

    text = "# Page\n\n```mermaid\nflowchart LR\n    A[Alarm (error rate)] --> B\n```\n\n```mermaid\ngraph TD\n    X --> Y\n```\n"
    [broken] = parse(blocks_in_markdown(text, "docs/probe.md"))
    assert broken.startswith("docs/probe.md:5: Mermaid syntax error in 'A[Alarm (error rate)] --> B':")
    assert "Expecting" in broken
