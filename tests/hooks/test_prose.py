"""Paragraph readers: joined text, every hit mapped back to its source line."""

import json

from guide.prose import markdown_text_paragraphs, notebook_paragraphs, paragraphs_of_lines, yaml_paragraphs


def test_a_wrapped_paragraph_is_one_string_and_offsets_map_to_lines():
    [first, second] = markdown_text_paragraphs("Stream into Amazon Kinesis Data\nFirehose today.\n\nNext one.\n", "docs/p.md")
    assert first.text == "Stream into Amazon Kinesis Data Firehose today."
    assert first.where(first.text.index("Firehose")) == "docs/p.md:2"
    assert first.where(first.text.index("Kinesis")) == "docs/p.md:1"
    assert second.line == 4


def test_code_fences_headings_lists_and_tables_split_paragraphs():
    text = "# Title\nIntro line\n```python\nx = 'Kinesis Data Firehose'\n```\n- one\n  more\n- two\n| a | b |\n| 1 | 2 |\n"
    texts = [p.text for p in markdown_text_paragraphs(text, "docs/p.md")]
    assert texts == ["# Title", "Intro line", "- one more", "- two", "| a | b |", "| 1 | 2 |"]


def test_a_gap_in_line_numbers_starts_a_new_paragraph():
    found = paragraphs_of_lines([(1, "a"), (2, "b"), (5, "c")], "docs/p.md")
    assert [(p.line, p.text) for p in found] == [(1, "a b"), (5, "c")]


def test_yaml_prose_values_keep_their_lines():
    text = ("questions:\n  - id: q1\n    stem: |\n      Amazon Kinesis Data\n      Firehose loads it.\n\n"
            "      Second paragraph.\n    options:\n      - id: a\n        text: \"Quoted option\"\n"
            "        why: >-\n          Folded\n          reason.\n    teaches: x.md\n")
    found = {p.text: p.line for p in yaml_paragraphs(text, "data/q.yml")}
    assert found == {"Amazon Kinesis Data Firehose loads it.": 4, "Second paragraph.": 7,
                     "Quoted option": 10, "Folded reason.": 12}
    stem = next(p for p in yaml_paragraphs(text, "data/q.yml") if p.text.startswith("Amazon"))
    assert stem.where(stem.text.index("Firehose")) == "data/q.yml:5"


def test_yaml_flow_mappings_are_read_whole():
    [flow] = yaml_paragraphs("options:\n  - {id: a, text: Use Kinesis Data Firehose, why: Old name.}\n", "data/q.yml")
    assert flow.line == 2 and "Kinesis Data Firehose" in flow.text


def test_notebook_markdown_cells_are_read_on_their_json_lines(tmp_path):
    notebook = {"cells": [{"cell_type": "code", "metadata": {}, "source": ["print('Kinesis Data Firehose')\n"],
                           "outputs": [], "execution_count": None},
                          {"cell_type": "markdown", "metadata": {}, "source": ["# Lab\n", "\n", "Send to Amazon Kinesis Data\n",
                                                                               "Firehose now."]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "lab.ipynb"
    path.write_text(json.dumps(notebook, indent=1))
    found = notebook_paragraphs(path, "docs/labs/lab.ipynb")
    assert [p.text for p in found] == ["# Lab", "Send to Amazon Kinesis Data Firehose now."]
    raw = path.read_text().split("\n")
    line = found[1].line_at(found[1].text.index("Firehose"))
    assert "Firehose now." in raw[line - 1]
    assert found[1].where().endswith("(cell 1)")
