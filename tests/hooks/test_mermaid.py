"""Mermaid blocks are found with their lines; Mermaid's errors map back to the source line."""

import json

from guide.mermaid import Block, blocks_in_markdown, blocks_in_notebook, problem


def test_blocks_in_markdown_with_fence_lines_and_indentation():
    text = "# P\n\n```mermaid\ngraph LR\n  A --> B\n```\n\n=== \"Tab\"\n\n    ```mermaid\n    graph TD\n      X --> Y\n    ```\n"
    blocks = blocks_in_markdown(text, "docs/p.md")
    assert [(b.line, b.code) for b in blocks] == [(3, "graph LR\n  A --> B"), (10, "graph TD\n  X --> Y")]


def test_a_parse_error_names_the_source_line_and_mermaids_message():
    block = Block("docs/p.md", 40, "flowchart LR\n    A[Alarm (error rate)] --> B")
    message = "Parse error on line 2:\n...\n------^\nExpecting 'SQE', 'PE', got 'PS'"
    assert problem(block, message) == ("docs/p.md:42: Mermaid syntax error in 'A[Alarm (error rate)] --> B': "
                                       "Expecting 'SQE', 'PE', got 'PS'")
    assert problem(block, "Unknown diagram type").startswith("docs/p.md:41: Mermaid syntax error in 'flowchart LR'")


def test_notebook_blocks_sit_on_their_json_lines(tmp_path):
    notebook = {"cells": [{"cell_type": "markdown", "metadata": {},
                           "source": ["# Lab\n", "\n", "```mermaid\n", "graph LR\n", "  A --> B\n", "```"]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "lab.ipynb"
    path.write_text(json.dumps(notebook, indent=1))
    [block] = blocks_in_notebook(path, "docs/labs/lab.ipynb")
    raw = path.read_text().split("\n")
    assert "```mermaid" in raw[block.line - 1] and block.code == "graph LR\n  A --> B"
    assert problem(block, "Parse error on line 2:").startswith(f"docs/labs/lab.ipynb:{block.line + 2} (cell 0)")
