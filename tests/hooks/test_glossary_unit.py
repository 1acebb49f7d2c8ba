import pytest
from guide import GuideError
from guide.glossary import Resolver, Term, glossary_md, load_glossary, slugify, term_usage, undefined_abbreviations


def write(tmp_path, text):
    path = tmp_path / "glossary.yml"
    path.write_text(text)
    return path


def test_duplicate_terms_and_empty_definitions_name_lines(tmp_path):
    path = write(tmp_path, "- term: Feature\n  definition: An input.\n- term: feature\n  definition: ''\n")
    with pytest.raises(GuideError) as error:
        load_glossary(path)
    text = str(error.value)
    assert f"{path}:3: 'feature' has an empty definition" in text
    assert f"{path}:3: duplicate term 'feature' (first defined on line 1)" in text


def test_undefined_abbreviation_is_found_with_its_line(tmp_path):
    terms = load_glossary(write(tmp_path, "- term: AWS Key Management Service\n  abbr: KMS\n  definition: Keys.\n"))
    lines = [(10, "Encrypt with KMS keys."), (11, "Train an RCF model on EC2."), (12, "Use `SSE-S3` here.")]
    assert undefined_abbreviations(terms, {"EC2"}, lines) == [(11, "RCF")]


def test_code_links_and_urls_are_not_prose():
    assert undefined_abbreviations([], set(), [(1, "Call `GetRecords` or see [docs](https://x.io/ABC) <b id='XY'>")]) == []


def test_usage_counts_terms_aliases_and_abbreviations():
    from guide.glossary import Term

    terms = [Term("AWS Key Management Service", "Keys.", 1, abbr="KMS"),
             Term("Feature store", "Features.", 2, aliases=["Feature Store"])]
    usage = term_usage(terms, {"a.md": "Use KMS keys", "b.md": "the feature store", "c.md": "KMSX"})
    assert usage == {"aws-key-management-service": ["a.md"], "feature-store": ["b.md"]}
    by_section = term_usage(terms, {("a.md", ""): "intro", ("a.md", "keys"): "KMS keys"})
    assert by_section["aws-key-management-service"] == [("a.md", "keys")]


def titles(src, anchor):
    sections = {"": ("X page", "X page", 0), "encryption": ("X page", "Encrypt at rest", 10),
                "keys": ("X page", "Rotate keys", 20)}
    return sections[anchor]


def test_rendering_gives_one_anchor_per_term_and_links_to_sections():
    terms = [Term("AWS Key Management Service", "Keys.", 1, abbr="KMS", see_also=["Envelope encryption"],
                  exam_angle="Pick it for customer managed keys."),
             Term("Envelope encryption", "Data key inside a key.", 5)]
    usage = {"aws-key-management-service": [("exams/x.md", "keys"), ("exams/x.md", "encryption"),
                                            ("glossary.md", "")]}
    body = glossary_md(terms, usage, "glossary.md", titles)
    assert "### AWS Key Management Service (KMS) {#aws-key-management-service .glossary-term}" in body
    assert ("Used on: X page: [Encrypt at rest](exams/x.md#encryption), [Rotate keys](exams/x.md#keys)"
            in body)  # in page order, never the glossary itself
    assert "See also: [Envelope encryption](#envelope-encryption)" in body
    assert "**Exam angle:** Pick it for customer managed keys." in body
    assert 'data-names="aws key management service|kms"' in body
    assert '<a href="#letter-a">A</a>' in body and '<span class="glossary-az-empty" aria-hidden="true">B</span>' in body
    assert body.count('<div class="glossary-entry"') == 2
    assert slugify("Amazon S3 (Simple Storage Service)") == "amazon-s3-simple-storage-service"


def test_used_on_lists_the_live_exam_first_and_counts_what_it_leaves_out():
    from guide.glossary import MAX_PAGES

    terms = [Term("Feature", "An input.", 1)]
    pages = [f"exams/mls-c01/{i}.md" for i in range(MAX_PAGES)] + ["journey/m.md", "exams/mla-c01/t.md"]
    body = glossary_md(terms, {"feature": [(src, "") for src in pages]}, "glossary.md",
                       lambda src, anchor: (src, src, 0))
    used = next(line for line in body.splitlines() if line.startswith("Used on:"))
    assert used.startswith("Used on: exams/mla-c01/t.md: [introduction](exams/mla-c01/t.md); journey/m.md:")
    assert used.count("](") == MAX_PAGES
    assert used.endswith("; and 2 more pages (search finds them)")


def test_a_section_at_the_top_of_a_page_links_to_the_page():
    terms = [Term("Feature", "An input.", 1)]
    body = glossary_md(terms, {"feature": [("exams/x.md", "")]}, "glossary.md", titles)
    assert "Used on: X page: [introduction](exams/x.md)" in body


def test_see_also_must_resolve_and_terms_stay_sorted(tmp_path):
    path = write(tmp_path, "- term: Zeta\n  definition: Z.\n  see_also: [Nope, Zeta]\n"
                           "- term: Alpha\n  definition: A.\n  autolink: maybe\n")
    with pytest.raises(GuideError) as error:
        load_glossary(path)
    text = str(error.value)
    assert f"{path}:1: 'Zeta': see_also 'Nope' is not a glossary term" in text
    assert f"{path}:1: 'Zeta': see_also points to the term itself" in text
    assert f"{path}:4: 'Alpha' is out of order" in text
    assert f"{path}:4: 'Alpha': autolink must be true or false" in text


def test_an_abbreviation_and_a_name_may_not_collide(tmp_path):
    path = write(tmp_path, "- term: Key Management\n  abbr: KM\n  definition: K.\n"
                           "- term: Km\n  definition: Kilometre.\n")
    with pytest.raises(GuideError) as error:
        load_glossary(path)
    assert f"{path}:4: duplicate term 'km' (first defined on line 1)" in str(error.value)


def test_every_form_resolves_to_one_entry():
    terms = [Term("Amazon Simple Storage Service", "Objects.", 1, abbr="S3", aliases=["Amazon S3"]),
             Term("Amazon Augmented AI", "Reviews.", 2, abbr="A2I")]
    resolver = Resolver(terms)
    for form in ("Amazon Simple Storage Service", "simple storage service", "Amazon S3", "S3", "AWS S3"):
        assert resolver.find(form) is terms[0], form
    assert resolver.find("s3") is None  # abbreviations are case-sensitive
    assert resolver.service("Amazon Augmented AI (Amazon A2I)") is terms[1]
    assert resolver.service("Amazon S3 (with a note)") is terms[0]
    assert resolver.service("Amazon Neptune") is None


def test_a_term_defined_with_and_without_the_vendor_prefix_is_a_duplicate(tmp_path):
    path = write(tmp_path, "- term: Amazon SageMaker Model Registry\n  definition: Versions.\n"
                           "- term: SageMaker Model Registry\n  definition: Versions again.\n")
    with pytest.raises(GuideError) as error:
        load_glossary(path)
    assert f"{path}:3: duplicate term 'sagemaker-model-registry'" in str(error.value)


def notices(tmp_path):
    import datetime as dt

    from guide.availability import load_availability

    path = tmp_path / "availability.yml"
    path.write_text(
        "- service: Amazon Data Firehose\n  former_names: [Amazon Kinesis Data Firehose]\n  status: renamed\n"
        "  date: 2024-02-09\n  note: Only the name changed.\n"
        "  sources: [{url: 'https://docs.aws.amazon.com/firehose/', title: Firehose, checked: 2026-12-01}]\n"
        "- service: Amazon Forecast\n  status: closed-to-new-customers\n  date: 2024-07-29\n"
        "  note: Existing customers keep using it.\n"
        "  sources: [{url: 'https://docs.aws.amazon.com/forecast/', title: Forecast, checked: 2026-12-01}]\n")
    return load_availability(path, today=dt.date(2026, 12, 3))


def test_services_table_links_every_service_and_shows_its_status(tmp_path):
    from guide.glossary import services_md

    terms = [Term("Amazon Data Firehose", "Delivery.", 1, aliases=["Amazon Kinesis Data Firehose"]),
             Term("Amazon Forecast", "Forecasts.", 2), Term("Amazon Augmented AI", "Review.", 3, abbr="A2I")]
    groups = {"Analytics": ["Amazon Kinesis Data Firehose"],
              "Machine Learning": ["Amazon Augmented AI (Amazon A2I)", "Amazon Forecast"]}
    table = services_md(groups, terms, notices(tmp_path), "../glossary.md")
    assert "| Analytics | [Amazon Kinesis Data Firehose](../glossary.md#amazon-data-firehose) (now Amazon Data Firehose) |" in table
    assert "[Amazon Augmented AI (Amazon A2I)](../glossary.md#amazon-augmented-ai)" in table
    assert "[Amazon Forecast](../glossary.md#amazon-forecast) (closed to new customers)" in table
    with pytest.raises(KeyError, match="Amazon Neptune"):
        services_md({"Database": ["Amazon Neptune"]}, terms, [], "../glossary.md")


def test_availability_table_lists_notices_oldest_first_and_the_glossary_shows_the_notice(tmp_path):
    from guide.glossary import availability_table_md

    terms = [Term("Amazon Data Firehose", "Delivery.", 1), Term("Amazon Forecast", "Forecasts.", 2)]
    table = availability_table_md(notices(tmp_path), terms, "glossary.md")
    rows = table.splitlines()[2:]
    assert rows[0] == ("| [Amazon Data Firehose](glossary.md#amazon-data-firehose) | Amazon Kinesis Data Firehose "
                       "| Renamed | 9 February 2024 |")
    assert rows[1].startswith("| [Amazon Forecast](glossary.md#amazon-forecast) | – | Closed to new customers |")
    body = glossary_md(terms, {}, "glossary.md", titles, notices(tmp_path))
    assert "**Availability:** Amazon Forecast has been closed to new customers since 29 July 2024." in body


def test_availability_table_puts_notices_without_a_date_last(tmp_path):
    import datetime as dt

    from guide.availability import load_availability
    from guide.glossary import availability_table_md

    path = tmp_path / "availability.yml"
    path.write_text(
        "- service: Amazon Augmented AI\n  status: closed-to-new-customers\n  date: unpublished\n"
        "  note: Existing customers keep it.\n"
        "  sources: [{url: 'https://docs.aws.amazon.com/a2i/', title: A2I, checked: 2026-12-01}]\n"
        "- service: Amazon Forecast\n  status: closed-to-new-customers\n  date: 2024-07-29\n"
        "  note: Existing customers keep using it.\n"
        "  sources: [{url: 'https://docs.aws.amazon.com/forecast/', title: Forecast, checked: 2026-12-01}]\n")
    undated = load_availability(path, today=dt.date(2026, 12, 3))
    terms = [Term("Amazon Augmented AI", "Review.", 1, abbr="A2I"), Term("Amazon Forecast", "Forecasts.", 2)]
    rows = availability_table_md(undated, terms, "glossary.md").splitlines()[2:]
    assert rows[0].startswith("| [Amazon Forecast](glossary.md#amazon-forecast) |")
    assert rows[1] == ("| [Amazon Augmented AI](glossary.md#amazon-augmented-ai) | – | Closed to new customers "
                       "| no date published |")
    body = glossary_md(terms, {}, "glossary.md", titles, undated)
    assert ("**Availability:** AWS's documentation says Amazon Augmented AI is closed to new customers; "
            "it gives no date. Existing customers keep it.") in body


def test_glossary_contents_keep_the_letters_and_drop_the_terms():
    from mkdocs.structure.toc import AnchorLink

    from guide.glossary import letters_only

    title = AnchorLink("Glossary", "glossary", 1)
    letter = AnchorLink("A", "letter-a", 2)
    letter.children = [AnchorLink("A/B testing", "a-b-testing", 3)]
    title.children = [letter]
    letters_only([title])
    assert [child.id for child in title.children] == ["letter-a"]
    assert letter.children == []
