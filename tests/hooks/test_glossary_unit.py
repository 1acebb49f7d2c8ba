import pytest
from guide import GuideError
from guide.glossary import (abbreviations_md, glossary_md, load_glossary, slugify, term_usage,
                            undefined_abbreviations)


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


def test_rendering_gives_one_anchor_per_term_and_back_links():
    from guide.glossary import Term

    terms = [Term("AWS Key Management Service", "Keys.", 1, abbr="KMS")]
    body = glossary_md(terms, {"aws-key-management-service": ["exams/x.md"]}, {"exams/x.md": "X page"}, "glossary.md")
    assert "### AWS Key Management Service (KMS) {#aws-key-management-service .glossary-term}" in body
    assert "Used on: [X page](exams/x.md)" in body
    assert abbreviations_md(terms) == "*[KMS]: AWS Key Management Service\n"
    assert slugify("Amazon S3 (Simple Storage Service)") == "amazon-s3-simple-storage-service"


def test_a_term_defined_with_and_without_the_vendor_prefix_is_a_duplicate(tmp_path):
    path = write(tmp_path, "- term: Amazon SageMaker Model Registry\n  definition: Versions.\n"
                           "- term: SageMaker Model Registry\n  definition: Versions again.\n")
    with pytest.raises(GuideError) as error:
        load_glossary(path)
    assert f"{path}:3: duplicate term 'sagemaker-model-registry'" in str(error.value)
