"""Cheat sheets: exam-angle gathering, link rebasing, sheet inclusion, availability tables."""

import datetime as dt
import textwrap

import pytest
from guide import GuideError
from guide.cheatsheets import (ai_services_md, exam_angles_md, include_sheet_md,
                               notice_for, parse_ai_services, rebase_links, section_lines)
from guide.pages import parse_page
from guide.yamlines import loads

TASK = textwrap.dedent("""\
    ---
    title: "1.1 Ingest"
    task: mla-c01/1.1
    ---

    # 1.1 Ingest

    ## Formats {#formats}

    Text.

    ## Exam angle {#exam-angle}

    - **Columnar** → Parquet; see [formats](#formats) and [task 1.2](1-2-transform.md#tools).
    - Docs: [AWS](https://docs.aws.amazon.com/x.html) and ![plot](../../assets/figures/a.svg).

    ```python
    # ## Not a heading
    ```

    ## After {#after}

    Not gathered.
    """)


def page(tmp_path, text=TASK, src="exams/mla-c01/1-1-ingest.md"):
    path = tmp_path / "p.md"
    path.write_text(text)
    return parse_page(src, path)


def test_rebase_links_for_another_page():
    src, here = "exams/mla-c01/1-1-ingest.md", "cheatsheets/exam-keywords.md"
    assert rebase_links("[a](1-2-x.md#y)", src, here) == "[a](../exams/mla-c01/1-2-x.md#y)"
    assert rebase_links("[a](#formats)", src, here) == "[a](../exams/mla-c01/1-1-ingest.md#formats)"
    assert rebase_links("[a](https://aws.amazon.com/)", src, here) == "[a](https://aws.amazon.com/)"
    assert rebase_links("![p](../../assets/f.svg)", src, here) == "![p](../assets/f.svg)"
    assert rebase_links("[g](../../glossary.md#kms)", src, here) == "[g](../glossary.md#kms)"


def test_section_lines_stop_at_the_next_heading_and_skip_code(tmp_path):
    lines = section_lines(page(tmp_path).prose, "exam-angle")
    assert lines[0].startswith("- **Columnar**")
    assert all("Not gathered" not in line for line in lines)
    assert section_lines(page(tmp_path).prose, "missing") == []


def test_exam_angles_are_gathered_with_a_linked_title_and_rebased_links(tmp_path):
    p = page(tmp_path)
    md = exam_angles_md([(p.src, p.title, p.prose)], "cheatsheets/exam-keywords.md")
    assert md.startswith("### [1.1 Ingest](../exams/mla-c01/1-1-ingest.md#exam-angle)")
    assert "[formats](../exams/mla-c01/1-1-ingest.md#formats)" in md
    assert "[task 1.2](../exams/mla-c01/1-2-transform.md#tools)" in md
    assert "Not gathered" not in md


def test_a_task_page_without_an_exam_angle_is_an_error(tmp_path):
    p = page(tmp_path, TASK.replace("## Exam angle {#exam-angle}", "## Tips {#tips}"))
    with pytest.raises(ValueError, match=r"docs/exams/mla-c01/1-1-ingest.md has no '## Exam angle"):
        exam_angles_md([(p.src, p.title, p.prose)], "cheatsheets/x.md")


def test_include_sheet_drops_front_matter_demotes_headings_and_prefixes_ids():
    sheet = textwrap.dedent("""\
        ---
        title: Sheet
        ---

        # Sheet

        ## Table {#table}

        ```bash
        # not a heading
        ```

        [ref](../reference/algorithms.md#xgboost)
        """)
    out = include_sheet_md(sheet, "cheatsheets/algorithms.md", "cheatsheets/print-all.md", "algorithms")
    assert out.startswith('<div class="cheatsheet-break" data-sheet="algorithms"></div>')
    assert "title: Sheet" not in out
    assert "\n## Sheet\n" in out and "### Table {#algorithms-table}" in out
    assert "# not a heading" in out and "## not a heading" not in out
    assert "[ref](../reference/algorithms.md#xgboost)" in out


NOTICES = [
    {"service": "Amazon Forecast", "status": "closed-to-new-customers", "date": dt.date(2024, 7, 29),
     "note": "Use Canvas | DeepAR.", "sources": [{"url": "https://docs.aws.amazon.com/f.html", "title": "Forecast"}]},
    {"service": "Amazon Data Firehose", "former_names": ["Amazon Kinesis Data Firehose"], "status": "renamed",
     "date": dt.date(2024, 2, 9), "note": "Name only.", "sources": []},
]


def test_notices_are_found_by_current_or_former_name():
    assert notice_for("Amazon Kinesis Data Firehose", NOTICES)["service"] == "Amazon Data Firehose"
    assert notice_for("Amazon Polly", NOTICES) is None


def test_ai_services_join_availability_and_link_sections():
    services = parse_ai_services(loads(textwrap.dedent("""\
        services:
          - service: Amazon Forecast
            job: Forecasts
            customize: your series
            teaches: [exams/mla-c01/2-1-x.md#ai-services]
          - service: Amazon Polly
            job: Speech
            customize: lexicons
            teaches: []
        """)))
    table = ai_services_md(services, NOTICES, "cheatsheets/ai-services.md", {"exams/mla-c01/2-1-x.md": "2.1"})
    assert "**closed to new customers** since 29 July 2024 ([source](https://docs.aws.amazon.com/f.html))" in table
    assert "[2.1](../exams/mla-c01/2-1-x.md#ai-services)" in table
    assert "| Speech | Amazon Polly | lexicons | available | — |" in table


def test_bad_ai_services_file_names_the_line():
    with pytest.raises(GuideError, match=r"data/ai_services.yml:2: service 'Amazon Polly' is missing teaches"):
        parse_ai_services(loads("services:\n  - service: Amazon Polly\n    job: Speech\n    customize: x\n"))
    with pytest.raises(GuideError, match="expected a mapping with a 'services:' list"):
        parse_ai_services(loads("services: nope\n"))


def test_availability_list_renders_named_notices_and_fails_on_an_unknown_name():
    from guide.cheatsheets import availability_list_md

    text = availability_list_md(["Amazon Kinesis Data Firehose"], NOTICES)
    assert text == "- **Amazon Data Firehose**: renamed since 9 February 2024. Name only."
    with pytest.raises(KeyError, match="no availability notice for 'Amazon Polly'"):
        availability_list_md(["Amazon Polly"], NOTICES)


def test_a_notice_without_a_published_date_shows_no_date():
    from guide.cheatsheets import availability_list_md

    undated = [{"service": "Amazon Augmented AI", "status": "closed-to-new-customers", "date": None,
                "note": "Existing customers keep it.", "sources": [{"url": "https://docs.aws.amazon.com/a.html"}]}]
    assert availability_list_md(["Amazon Augmented AI"], undated) == (
        "- **Amazon Augmented AI**: closed to new customers, no date published. Existing customers keep it.")
    services = parse_ai_services(loads("services:\n  - service: Amazon Augmented AI\n    job: Review\n"
                                       "    customize: task templates\n    teaches: []\n"))
    table = ai_services_md(services, undated, "cheatsheets/ai-services.md")
    assert ("| Review | Amazon Augmented AI | task templates | **closed to new customers**, no date published "
            "([source](https://docs.aws.amazon.com/a.html)) | — |") in table
    assert "since" not in table
