from guide.glossary import Term
from guide.termlinks import TermMatcher, annotate, meaning

TERMS = [
    Term("AWS Certified Machine Learning Engineer – Associate", "The exam.", 1, abbr="MLA"),
    Term("AWS Key Management Service", "Keys.", 2, abbr="KMS", aliases=["AWS KMS"]),
    Term("Amazon Simple Storage Service", "Objects.", 3, abbr="S3", aliases=["Amazon S3"]),
    Term("S3 Transfer Acceleration", "Fast uploads.", 4),
    Term("Construct", "A CDK building block.", 5, autolink=False),
    Term("Feature store", "Features.", 6, aliases=["Feature Store"]),
    Term("YAML", "YAML Ain't Markup Language. A data format.", 7, abbr="YAML"),
]
MATCHER = TermMatcher(TERMS)
HREF = "../glossary/"


def run(html, href=HREF):
    return annotate(html, MATCHER, href)


def test_first_use_per_section_links_and_later_abbreviations_are_focusable():
    out = run("<p>Encrypt with KMS. KMS again.</p><h2 id='x'>Next</h2><p>Use AWS Key Management Service.</p>")
    assert out.count('href="../glossary/#aws-key-management-service"') == 2  # once per section
    assert '<a class="glossary-link" href="../glossary/#aws-key-management-service" title="AWS Key Management Service">KMS</a>' in out
    assert '<abbr title="AWS Key Management Service" tabindex="0">KMS</abbr> again' in out
    assert "<h2 id='x'>Next</h2>" in out  # headings untouched


def test_a_term_inside_a_longer_token_is_not_marked():
    out = run("<p>Book MLA-C01 and copy s3://bucket/key to ml.m5.xlarge and KMSX or XKMS.</p>")
    assert "<a" not in out and "<abbr" not in out


def test_headings_code_links_and_existing_abbr_are_skipped():
    html = ("<h3>KMS keys</h3><p><code>KMS</code> <a href='x'>AWS KMS</a> <abbr title='k'>KMS</abbr> "
            "<pre><code>S3</code></pre><span class='mermaid'>S3</span></p>")
    assert run(html) == html


def test_longest_name_wins_and_names_match_across_case_wrapping_and_plurals():
    out = run("<p>Turn on S3 Transfer\nAcceleration, then build feature stores.</p>")
    assert '<a class="glossary-link" href="../glossary/#s3-transfer-acceleration">S3 Transfer\nAcceleration</a>' in out
    assert '<a class="glossary-link" href="../glossary/#feature-store">feature stores</a>' in out


def test_terms_marked_autolink_false_stay_plain_and_the_glossary_page_only_marks_abbreviations():
    assert run("<p>Construct a plan.</p>") == "<p>Construct a plan.</p>"
    out = run("<p>KMS and Amazon S3.</p>", href=None)
    assert '<abbr title="AWS Key Management Service" tabindex="0">KMS</abbr>' in out
    assert "<a " not in out


def test_broken_or_odd_html_does_not_raise():
    assert run("") == ""
    assert run("<p>unclosed <b>KMS") .count("glossary-link") == 1
    assert run("<!-- KMS --><p>text</p>") == "<!-- KMS --><p>text</p>"
    assert TermMatcher([]).pattern is None and annotate("<p>KMS</p>", TermMatcher([]), HREF) == "<p>KMS</p>"


def test_meaning_of_an_abbreviation_that_is_its_own_term():
    assert meaning(TERMS[6]) == "YAML Ain't Markup Language"
    assert meaning(TERMS[1]) == "AWS Key Management Service"


def test_one_word_and_vendorless_spellings_link_only_as_written():
    terms = [Term("AWS Batch", "Queued jobs.", 1), Term("Training step", "A pipeline step.", 2, aliases=["step"]),
             Term("AWS Auto Scaling", "Scaling plans.", 3), Term("AWS Lambda", "Functions.", 4, aliases=["Lambda"])]
    matcher = TermMatcher(terms)
    out = annotate("<p>Run batches in a step with auto scaling.</p>", matcher, HREF)
    assert "<a" not in out.replace("<abbr", "")
    out = annotate("<p>Batch runs jobs.</p><h2>x</h2><p>A Lambda function and AWS Batch.</p>", matcher, HREF)
    assert out.count('href="../glossary/#aws-batch"') == 2 and '#aws-lambda">Lambda</a>' in out
    assert annotate("<p>lambda expressions</p>", matcher, HREF) == "<p>lambda expressions</p>"
