import datetime as dt

import pytest
from guide import GuideError
from guide.availability import (Notice, by_date, date_cell, directive_name, find_notice, glossary_line, human_date,
                                load_availability, notice_md, parse_date, summary)

TODAY = dt.date(2026, 12, 3)
GOOD = """\
- service: Amazon Data Firehose
  former_names:
  - Amazon Kinesis Data Firehose
  status: renamed
  date: 2024-02-09
  note: Only the name changed.
  sources:
  - url: https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html
    title: What is Amazon Data Firehose?
    checked: 2026-12-01
- service: Amazon Forecast
  status: closed-to-new-customers
  date: '2024-07-29'
  note: Existing customers keep using it.
  sources:
  - url: https://docs.aws.amazon.com/forecast/latest/dg/what-is-forecast.html
    title: What is Amazon Forecast?
    checked: 2026-12-01
"""


def write(tmp_path, text):
    path = tmp_path / "availability.yml"
    path.write_text(text)
    return path


def problems(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(GuideError) as error:
        load_availability(path, today=TODAY)
    return path, str(error.value)


def test_good_file_loads_with_dates_and_lines(tmp_path):
    notices = load_availability(write(tmp_path, GOOD), today=TODAY)
    assert [n.service for n in notices] == ["Amazon Data Firehose", "Amazon Forecast"]
    assert notices[1].date == dt.date(2024, 7, 29) and notices[1].line == 11
    assert notices[0].former_names == ["Amazon Kinesis Data Firehose"]
    assert notices[0].sources[0].checked == dt.date(2026, 12, 1)


def test_missing_and_unknown_keys_name_the_line(tmp_path):
    path, text = problems(tmp_path, "- service: Amazon Forecast\n  status: closed-to-new-customers\n  colour: red\n")
    assert f"{path}:1: notice 'Amazon Forecast' lacks ['date', 'note', 'sources']" in text
    assert f"{path}:1: unknown keys ['colour']" in text


def test_bad_status_date_and_note(tmp_path):
    bad = GOOD.replace("status: closed-to-new-customers", "status: retired") \
              .replace("'2024-07-29'", "29/07/2024") \
              .replace("Existing customers keep using it.", "Closed. Existing customers stay")
    path, text = problems(tmp_path, bad)
    assert f"{path}:12: 'Amazon Forecast': status 'retired' is not one of" in text
    assert f"{path}:13: 'Amazon Forecast': date: '29/07/2024' is not an ISO date" in text
    assert f"{path}:14: 'Amazon Forecast': note must be one sentence" in text


def test_sources_must_be_complete_https_and_not_checked_in_the_future(tmp_path):
    bad = GOOD.replace("https://docs.aws.amazon.com/forecast", "http://docs.aws.amazon.com/forecast") \
              .replace("    checked: 2026-12-01\n", "    checked: 2027-01-01\n", 1) \
              .replace("    title: What is Amazon Forecast?\n", "")
    path, text = problems(tmp_path, bad)
    assert "source url must start with https://" in text
    assert "source without ['title']" in text
    assert f"{path}:1: 'Amazon Data Firehose': source checked date 2027-01-01 is in the future" in text


def test_empty_sources_duplicates_order_and_renamed_without_former_names(tmp_path):
    text = ("- service: Amazon Forecast\n  status: renamed\n  date: 2024-07-29\n  note: X.\n  sources: []\n"
            "- service: amazon forecast\n  status: discontinued\n  date: 2024-07-29\n  note: Y.\n"
            "  sources:\n  - {url: 'https://a.b', title: T, checked: 2026-01-01}\n"
            "- service: Amazon Bedrock\n  status: discontinued\n  date: 2024-07-29\n  note: Z.\n"
            "  sources:\n  - {url: 'https://a.b', title: T, checked: 2026-01-01}\n")
    path, out = problems(tmp_path, text)
    assert f"{path}:5: 'Amazon Forecast': sources must be a non-empty list" in out
    assert f"{path}:1: 'Amazon Forecast': a renamed service needs former_names" in out
    assert f"{path}:6: name 'amazon forecast' already used on line 1" in out
    assert f"{path}:12: 'Amazon Bedrock' is out of order" in out


def test_not_a_list_and_invalid_yaml(tmp_path):
    path, text = problems(tmp_path, "service: x\n")
    assert f"{path}:1: the availability file must be a list" in text
    path, text = problems(tmp_path, "- service: [x\n")
    assert "invalid YAML" in text


def test_parse_date_rejects_times_and_text():
    assert parse_date("2024-02-09") == dt.date(2024, 2, 9)
    with pytest.raises(ValueError):
        parse_date(dt.datetime(2024, 2, 9, 10, 0))
    with pytest.raises(ValueError):
        parse_date("February 2024")
    with pytest.raises(ValueError):
        parse_date(None)


def test_rendering_and_lookup_by_former_name(tmp_path):
    notices = load_availability(write(tmp_path, GOOD), today=TODAY)
    firehose = find_notice(notices, '"Amazon Kinesis Data Firehose"')
    assert firehose.service == "Amazon Data Firehose"
    md = notice_md(firehose)
    assert md.startswith('!!! note "Renamed"\n    Amazon Data Firehose (formerly Amazon Kinesis Data Firehose)')
    assert "since 9 February 2024" in md and "(checked 1 December 2026)" in md
    forecast = notice_md(find_notice(notices, "amazon forecast"))
    assert forecast.startswith('!!! warning "Closed to new customers"')
    assert glossary_line(notices[1]).startswith("**Availability:** Amazon Forecast has been closed to new customers")
    with pytest.raises(KeyError):
        find_notice(notices, "Amazon Polly")
    assert human_date(dt.date(2025, 11, 7)) == "7 November 2025"


def test_directive_name_joins_quoted_words():
    assert directive_name(['"Amazon', 'Forecast"']) == "Amazon Forecast"
    assert directive_name(["AWS", "DeepLens"]) == "AWS DeepLens"
    with pytest.raises(ValueError):
        directive_name(['""'])


UNDATED = GOOD[GOOD.index("- service: Amazon Forecast"):] + """\
- service: Amazon SageMaker Ground Truth
  status: closed-to-new-customers
  date: unpublished
  note: Existing customers keep using it.
  sources:
  - url: https://docs.aws.amazon.com/sagemaker/latest/dg/sms-create-labeling-job-api.html
    title: Create a Labeling Job (API)
    checked: 2026-12-03
"""


def test_unpublished_date_loads_as_none_and_renders_without_a_date(tmp_path):
    notices = load_availability(write(tmp_path, UNDATED), today=TODAY)
    ground_truth = find_notice(notices, "Ground Truth")
    assert ground_truth.date is None and ground_truth.line == 9
    summary_text = ("AWS's documentation says Amazon SageMaker Ground Truth is closed to new customers; "
                    "it gives no date.")
    assert notice_md(ground_truth) == (
        '!!! warning "Closed to new customers"\n    ' + summary_text + " Existing customers keep using it. "
        "Source: [Create a Labeling Job (API)](https://docs.aws.amazon.com/sagemaker/latest/dg/"
        "sms-create-labeling-job-api.html) (checked 3 December 2026).\n")
    assert glossary_line(ground_truth).startswith("**Availability:** " + summary_text)
    assert "since" not in notice_md(ground_truth)
    assert date_cell(ground_truth) == "no date published"
    assert date_cell(notices[0]) == "29 July 2024"


def test_undated_notices_sort_after_every_dated_one():
    def notice(service, day):
        return Notice(service=service, status="closed-to-new-customers", date=day, note="X.", sources=[], line=1)

    notices = [notice("B undated", None), notice("Z late", dt.date(2026, 7, 30)),
               notice("A undated", None), notice("M early", dt.date(2024, 7, 29))]
    assert [n.service for n in sorted(notices, key=by_date)] == ["M early", "Z late", "A undated", "B undated"]


def test_undated_summary_for_renamed_and_discontinued():
    renamed = Notice(service="New", status="renamed", date=None, note="X.", sources=[], line=1, former_names=["Old"])
    gone = Notice(service="Gone", status="discontinued", date=None, note="X.", sources=[], line=1)
    assert summary(renamed) == "AWS's documentation says New is the current name of Old; it gives no date."
    assert summary(gone) == "AWS's documentation says Gone is discontinued; it gives no date."


def test_a_date_word_other_than_unpublished_names_the_line(tmp_path):
    for word in ("unknown", "Unpublished", "''"):
        path, text = problems(tmp_path, UNDATED.replace("date: unpublished", f"date: {word}"))
        assert f"{path}:11: 'Amazon SageMaker Ground Truth': date: " in text
        assert "is not an ISO date (YYYY-MM-DD) or 'unpublished'" in text
    path, text = problems(tmp_path, UNDATED.replace("date: unpublished", "date:"))
    assert f"{path}:11: 'Amazon SageMaker Ground Truth': date: None is not an ISO date" in text


def test_end_of_support_needs_its_announced_date(tmp_path):
    bad = UNDATED.replace("  status: closed-to-new-customers\n  date: unpublished",
                          "  status: end-of-support\n  date: unpublished")
    path, text = problems(tmp_path, bad)
    assert f"{path}:11: 'Amazon SageMaker Ground Truth': end-of-support needs the end date AWS announced" in text
