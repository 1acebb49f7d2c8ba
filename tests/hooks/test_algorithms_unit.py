"""data/algorithms.yml: the real file loads, bad rows fail with file:line, renderers link correctly."""

import copy
import textwrap

import pytest
from guide import GuideError
from guide.algorithms import (CATEGORIES, load_algorithms, parse_algorithms, reference_md, short_formats,
                              summary_md, teaches_problems)
from guide.yamlines import loads

from testkit import ROOT

GOOD = textwrap.dedent("""\
    algorithms:
      - id: xgboost
        name: XGBoost
        category: tabular
        problem: Boosted trees.
        learning: supervised
        training:
          channels: train, optional validation
          modes: [File, Pipe]
          formats: [text/csv, text/libsvm]
        inference: [text/csv]
        instances:
          training: CPU or GPU
          note: GPU supported from version 1.2-1
        distributed: "yes"
        hyperparameters:
          required: [num_round]
          decisive: [eta, max_depth]
        tuning: ["validation:auc"]
        exam: Tabular data.
        sources:
          - url: https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html
            title: XGBoost
        checked: 2026-12-03
        teaches: [exams/t.md#algos]
    """)


def parse(text):
    return parse_algorithms(loads(text), "data/algorithms.yml")


def test_real_file_loads_and_covers_every_category():
    algorithms = load_algorithms(ROOT / "data" / "algorithms.yml")
    assert len(algorithms) >= 24
    assert {a.category for a in algorithms} == set(CATEGORIES)
    names = {a.name for a in algorithms}
    for expected in ("XGBoost", "Linear Learner", "Factorization Machines", "DeepAR Forecasting",
                     "Random Cut Forest (RCF)", "IP Insights", "Semantic Segmentation", "Object2Vec"):
        assert expected in names


def test_real_file_keeps_the_facts_questions_turn_on():
    by_id = {a.id: a for a in load_algorithms(ROOT / "data" / "algorithms.yml")}
    assert by_id["factorization-machines"].formats == ["application/x-recordio-protobuf"]
    assert by_id["random-cut-forest"].training_instances == "CPU"
    assert by_id["seq2seq"].training_instances == "GPU"
    assert by_id["lda"].distributed == "no"
    assert "test:f1" in by_id["random-cut-forest"].tuning


def test_good_row_parses():
    (algo,) = parse(GOOD)
    assert algo.id == "xgboost" and algo.modes == ["File", "Pipe"] and algo.checked == "2026-12-03"


@pytest.mark.parametrize("old, new, message", [
    ("category: tabular", "category: tables", "category 'tables' is not one of"),
    ("learning: supervised", "learning: sometimes", "learning 'sometimes' is not one of"),
    ("modes: [File, Pipe]", "modes: [File, Stream]", "training modes must be a list of File, Pipe"),
    ("formats: [text/csv, text/libsvm]", "formats: [text/csv, text/tsv]", "unknown content type 'text/tsv'"),
    ("training: CPU or GPU", "training: TPU", "instances.training must be CPU, GPU"),
    ('distributed: "yes"', "distributed: maybe", "distributed must start with 'yes' or 'no'"),
    ("decisive: [eta, max_depth]", "decisive: []", "hyperparameters needs 'required'"),
    ("url: https://docs.aws.amazon.com/sagemaker/latest/dg/xgboost.html", "url: http://example.com/x",
     "https://docs.aws.amazon.com/ url"),
    ("checked: 2026-12-03", "checked: last week", "checked must be an ISO date"),
    ("exam: Tabular data.", "exam: Tabular data.\n    colour: blue", "unknown field(s) colour"),
])
def test_bad_rows_fail_with_file_and_line(old, new, message):
    assert old in GOOD
    with pytest.raises(GuideError) as err:
        parse(GOOD.replace(old, new))
    assert message in str(err.value)
    assert str(err.value).startswith("data/algorithms.yml:")


def test_missing_field_and_duplicate_id_are_reported():
    with pytest.raises(GuideError, match=r"data/algorithms.yml:2: algorithm 'xgboost' is missing tuning"):
        parse(GOOD.replace('    tuning: ["validation:auc"]\n', ""))
    doubled = GOOD + GOOD.split("algorithms:\n", 1)[1]
    with pytest.raises(GuideError, match="duplicate id 'xgboost'"):
        parse(doubled)


def test_not_a_list_is_rejected():
    with pytest.raises(GuideError, match="expected a mapping with an 'algorithms:' list"):
        parse("algorithms: {}\n")


def test_teaches_must_resolve_to_a_page_and_anchor():
    (algo,) = parse(GOOD)
    assert teaches_problems([algo], {"exams/t.md": {"algos"}}) == []
    assert "no such anchor" in teaches_problems([algo], {"exams/t.md": {"other"}})[0]
    problem = teaches_problems([algo], {})[0]
    assert problem.startswith("data/algorithms.yml:25: xgboost: teaches 'exams/t.md#algos': no such page")


def test_summary_links_each_name_to_the_reference_from_any_page():
    (algo,) = parse(GOOD)
    table = summary_md([algo], "cheatsheets/algorithms.md", "reference/algorithms.md")
    assert "[XGBoost](../reference/algorithms.md#xgboost)" in table
    assert "| CSV, LibSVM | File + Pipe | CPU or GPU (GPU supported from version 1.2-1) | yes |" in table
    same_page = summary_md([algo], "reference/algorithms.md", "reference/algorithms.md")
    assert "[XGBoost](#xgboost)" in same_page


def test_reference_has_one_anchor_per_algorithm_and_links_the_teaching_page():
    (algo,) = parse(GOOD)
    text = reference_md([algo], "reference/algorithms.md", {"exams/t.md": "Task page"})
    assert "### XGBoost {#xgboost}" in text
    assert "[Task page](../exams/t.md#algos)" in text
    assert "`text/csv`, `text/libsvm` (CSV, LibSVM)" in text
    untaught = copy.copy(algo)
    untaught.teaches = []
    assert "not yet taught in the guide" in reference_md([untaught], "reference/algorithms.md", {})


def test_short_formats_drop_repeated_labels():
    assert short_formats(["image/jpeg", "application/x-image", "image/jpeg"]) == "JPEG, image"


def test_fact_groups_are_computed_from_the_rows():
    from guide.algorithms import facts_md

    algorithms = load_algorithms(ROOT / "data" / "algorithms.yml")
    text = facts_md(algorithms, "cheatsheets/algorithms.md", "reference/algorithms.md")
    lines = {line.split("**")[1]: line for line in text.splitlines()}
    assert "[Random Cut Forest (RCF)]" in lines["CPU for training (required or recommended: read each note)"]
    assert "[LightGBM]" in lines["CPU for training (required or recommended: read each note)"]
    assert "[Semantic Segmentation]" in lines["GPU only for training"]
    assert "[XGBoost]" not in lines["One instance per training job (not distributable)"]
    assert lines["Reads only RecordIO-protobuf for training"].count("](") == 2  # FM and Seq2Seq
    assert "(../reference/algorithms.md#factorization-machines)" in text
