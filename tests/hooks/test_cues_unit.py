from guide.cues import THRESHOLDS, bank_cues, cue_problems, question_cues
from guide.questions import Question


def q(qid, options, answer, qtype="single", stem="Which option fits?", pairs=(), spare=()):
    return Question(id=qid, exam="mla-c01", task="mla-c01/1.1", type=qtype, stem=stem, explanation="x",
                    teaches="x.md", file="data/questions/mla-c01/1.1-x.yml", line=7,
                    options=[{"id": i, "text": t, "why": "w"} for i, t in options], answer=list(answer),
                    pairs=list(pairs), spare=list(spare))


def test_longest_key_and_position_are_detected():
    found = question_cues(q("a", [("a", "short"), ("b", "a much longer, hedged key option"), ("c", "mid size")], ["b"]))
    assert found["key_longest"] and found["position"] == 1


def test_multiple_keys_that_are_the_two_longest():
    item = q("m", [("a", "tiny"), ("b", "the longest option here"), ("c", "second longest option"), ("d", "small")],
             ["b", "c"], qtype="multiple")
    assert question_cues(item)["multi_longest"]


def test_all_of_the_above_and_one_to_one_matching():
    assert question_cues(q("n", [("a", "S3"), ("b", "All of the above")], ["b"]))["forbidden"]
    pairs = [{"left": f"l{i}", "right": f"r{i}", "why": "w"} for i in range(3)]
    assert question_cues(q("p", [], [], qtype="matching", pairs=pairs))["one_to_one"]
    assert "one_to_one" not in question_cues(q("p", [], [], qtype="matching", pairs=pairs, spare=["r9"]))


def test_stem_echo_and_absolutes_only_in_distractors():
    item = q("e", [("a", "Use customer managed keys"), ("b", "Always use AWS owned keys")], ["a"],
             stem="The bank requires customer managed encryption.")
    found = question_cues(item)
    assert found["stem_echo"] == "customer managed"
    assert found["absolute_in_distractors"]


def test_problems_name_every_offending_question_by_file_and_line():
    bank = [q(f"k{i}", [("a", "a long key text"), ("b", "short")], ["a"]) for i in range(4)]
    text = "\n".join(cue_problems(bank_cues(bank)))
    assert "mla-c01: key longest: 100% of the items, over the 30% limit" in text
    assert "data/questions/mla-c01/1.1-x.yml:7: k3" in text
    assert "100% of single-answer keys sit in position A" in text


def test_a_balanced_bank_has_no_problems():
    bank = []
    for i in range(8):
        options = [("a", "option one"), ("b", "option two"), ("c", "option six"), ("d", "option ten")]
        bank.append(q(f"b{i}", options, ["abcd"[i % 4]]))
    assert cue_problems(bank_cues(bank)) == []
    assert set(THRESHOLDS) >= {"key_longest", "key_position", "multi_longest"}


def test_a_key_that_is_always_the_shortest_is_a_cue_too():
    bank = [q(f"s{i}", [("a", "short"), ("b", "a much longer option"), ("c", "another long option")], ["a"])
            for i in range(4)]
    assert "key shortest: 100% of the items, over the 35% limit" in "\n".join(cue_problems(bank_cues(bank)))
