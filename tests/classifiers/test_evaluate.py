"""Evaluation: metric arithmetic, the confusion table, and a run on a tiny dataset tree."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from classifiers.datasets import Example, load_splits
from classifiers.evaluate import (
    BLIND2_CASES_PATH,
    BLIND_CASES_PATH,
    evaluate,
    load_blind_cases,
    load_sandbox_scenario,
    main,
    render_table,
    score_split,
)


def _ex(ident: str, labels: set[str]) -> Example:
    return Example(f"text {ident}", frozenset(labels), frozenset(), "school", ident, ident)


def test_score_split_counts_precision_recall_f1_and_confusion() -> None:
    examples = [_ex("a", {"abuse"}), _ex("b", {"abuse", "hate"}), _ex("c", set()), _ex("d", {"spam"})]
    predicted = [{"abuse"}, {"abuse"}, {"abuse"}, set()]
    result = score_split("t", examples, predicted, {"abuse", "hate", "spam"})
    abuse = result["labels"]["abuse"]
    assert (abuse["tp"], abuse["fp"], abuse["fn"]) == (2, 1, 0)
    assert abuse["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert abuse["recall"] == 1.0
    assert abuse["f1"] == pytest.approx(0.8, abs=1e-4)
    hate = result["labels"]["hate"]
    assert (hate["tp"], hate["fn"], hate["recall"], hate["f1"]) == (0, 1, 0.0, 0.0)
    assert result["misses"]["abuse"]["false_positives"] == ["c"]
    assert result["misses"]["spam"]["false_negatives"] == ["d"]
    confusion = result["confusion"]
    assert confusion["hate"]["abuse"] == 1  # the hate comment was only called abuse
    assert confusion["none"]["abuse"] == 1
    assert confusion["spam"]["none"] == 1
    # each example contributes |true| x |predicted| cells
    assert sum(sum(row.values()) for row in confusion.values()) == 1 + 2 + 1 + 1


def test_spam_and_commercial_are_also_scored_as_one_label() -> None:
    """A promotion called spam instead of commercial still counts for the combined figure."""
    examples = [_ex("a", {"spam"}), _ex("b", {"commercial"}), _ex("c", set()), _ex("d", {"spam", "commercial"}),
                _ex("e", {"commercial"})]
    predicted = [{"commercial"}, {"spam"}, {"spam"}, {"spam"}, set()]
    result = score_split("t", examples, predicted, {"spam", "commercial", "abuse"})
    both = result["spam_or_commercial"]
    assert (both["tp"], both["fp"], both["fn"]) == (3, 1, 1)
    assert both["f1"] == pytest.approx(0.75, abs=1e-4)
    assert result["labels"]["spam"]["tp"] == 1  # per-label figures are unchanged
    assert "spam|commerc." in render_table({"splits": [result], "seconds": 0, "quick": False})
    assert "spam_or_commercial" not in score_split("t", examples, predicted, {"spam", "abuse"})


# --- a tiny, invented dataset tree in the shared datasets' formats ------------------------

SCHOOL = [
    ("t-1", "The head is a useless idiot", ["abuse"]),
    ("t-2", "you are pathetic, all of you", ["abuse"]),
    ("t-3", "Lovely to see the children at the fair", []),
    ("t-4", "What time does the nativity start?", []),
    ("t-5", "Sub to my channel for free robux", ["spam"]),
    ("t-6", "Ring me on 07700 900461", ["personal_info"]),
    ("t-7", "Muslims are all terrorists", ["hate"]),
    ("t-8", "Well done to the netball team", []),
    ("t-9", "I'm going to come to the school and stab the head", ["abuse", "safeguarding"]),
]


def _write_tree(root: Path) -> Path:
    yt = root / "youtube-spam-collection"
    yt.mkdir(parents=True)
    for video, rows in {
        "09-pRpeEdMmmQ0": [("check out my channel please subscribe", 1), ("love this song", 0)],
        "01-9bZkp7q19f0": [("free gift cards at my site", 1), ("great dance", 0)],
    }.items():
        with (yt / f"{video}.csv").open("w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["COMMENT_ID", "AUTHOR", "DATE", "CONTENT", "CLASS"])
            for i, (text, cls) in enumerate(rows):
                w.writerow([f"c{i}", "Invented Person", "2015-01-01T00:00:00", text + "\ufeff", cls])
    dv = root / "davidson-hate-offensive"
    dv.mkdir()
    with (dv / "labeled_data.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["", "count", "hate_speech", "offensive_language", "neither", "class", "tweet"])
        for i in range(30):
            cls = i % 3
            text = ["you idiot number %d", "what a moron %d", "nice weather today %d"][cls] % i
            w.writerow([i, 3, int(cls == 0) * 3, int(cls == 1) * 3, int(cls == 2) * 3, cls, f"RT @someone: {text}"])
    sms = root / "sms-spam-collection"
    sms.mkdir()
    (sms / "SMSSpamCollection").write_text(
        "".join(f"{'spam' if i % 4 == 0 else 'ham'}\t{'WIN a prize call now' if i % 4 == 0 else 'see you at'} {i}\n"
                for i in range(30)), encoding="utf-8")
    pr = root / "presidio-synthetic-pii"
    pr.mkdir()
    items = [{"full_text": f"Call me on 07700 900{100 + i}", "masked": "", "template_id": i,
              "spans": [{"entity_type": "PHONE_NUMBER", "entity_value": "x", "start_position": 11,
                         "end_position": 24}], "metadata": None} for i in range(10)]
    items += [{"full_text": f"The meeting is at noon {i}", "masked": "", "template_id": 100 + i, "spans": [],
               "metadata": None} for i in range(10)]
    (pr / "synth_dataset_v2.json").write_text(json.dumps(items), encoding="utf-8")
    jg = root / "jigsaw-toxic-sample"
    jg.mkdir()
    with (jg / "test_examples.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["comment_text", "toxic", "severe_toxic", "obscene", "threat", "insult", "identity_hate"])
        w.writerow(["you are an idiot", 1, 0, 0, 0, 1, 0])
        w.writerow(["thanks for the edit", 0, 0, 0, 0, 0, 0])
    cases = root / "cases.jsonl"
    cases.write_text("".join(json.dumps({"id": i, "text": t, "labels": labels, "source": "school",
                                         "kind": "threat" if i == "t-9" else "test"}) + "\n"
                             for i, t, labels in SCHOOL),
                     encoding="utf-8")
    return cases


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("datasets")
    return root, _write_tree(root)


def test_splits_hold_out_the_video_and_dedupe(tree) -> None:
    root, cases = tree
    splits = load_splits(root, cases)
    assert {ex.group for ex in splits["youtube"].test} == {"09-pRpeEdMmmQ0"}
    assert {ex.group for ex in splits["youtube"].train} == {"01-9bZkp7q19f0"}
    assert all("\ufeff" not in ex.text and not ex.text.startswith("RT") for s in splits.values()
               for ex in s.train + s.test)
    school = splits["school"]
    assert len(school.train) + len(school.test) == len(SCHOOL)
    hate = next(ex for ex in school.train + school.test if ex.ident == "t-7")
    assert hate.labels == {"hate", "abuse"}  # hate always implies abuse


def test_evaluate_runs_the_pipeline_and_reports_consistent_numbers(tree) -> None:
    root, cases = tree
    report = evaluate(datasets_root=root, school_path=cases)
    by_name = {s["name"]: s for s in report["splits"]}
    assert set(by_name) == {"school", "blind", "blind2", "youtube", "davidson", "sms", "presidio", "jigsaw", "sandbox"}
    assert set(by_name["youtube"]["labels"]) == {"spam"}
    assert set(by_name["presidio"]["labels"]) == {"personal_info"}
    for split in report["splits"]:
        for label, m in split["labels"].items():
            assert m["support"] == m["tp"] + m["fn"]
            assert 0.0 <= m["precision"] <= 1.0 and 0.0 <= m["recall"] <= 1.0
            if m["tp"]:
                expected = 2 * m["tp"] / (2 * m["tp"] + m["fp"] + m["fn"])
                assert m["f1"] == pytest.approx(expected, abs=1e-3)
        # every example appears in the confusion table at least once
        assert sum(sum(row.values()) for row in split["confusion"].values()) >= split["n"]
    assert by_name["youtube"]["n"] == 2 and by_name["jigsaw"]["n"] == 2
    school = by_name["school"]
    if any(ex.ident == "t-9" for ex in load_splits(root, cases)["school"].test):
        threat = school["threat_recall"]
        assert threat["total"] == 1 and threat["recall"] == threat["caught"]
    else:
        assert "threat_recall" not in school
    table = render_table(report)
    assert "== school" in table and "precision" in table and "confusion" in table


def test_main_prints_the_table_and_writes_json(tree, tmp_path, capsys) -> None:
    root, cases = tree
    out = tmp_path / "report.json"
    code = main(["--quick", "--only", "youtube", "--only", "jigsaw", "--datasets", str(root),
                 "--cases", str(cases), "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "== youtube" in printed and "== jigsaw" in printed and "== school" not in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["name"] for s in data["splits"]] == ["youtube", "jigsaw"]
    assert data["quick"] is True


def test_main_reports_a_missing_dataset_folder(tmp_path, capsys) -> None:
    assert main(["--only", "sms", "--datasets", str(tmp_path / "nowhere")]) == 2
    assert "dataset file not found" in capsys.readouterr().err


def test_sandbox_scenario_split_skips_the_schools_own_comments(tmp_path) -> None:
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text(
        "items:\n"
        "  - {key: a, to: feed, at: 1, by: Invented Parent, labels: [hate], text: 'x'}\n"
        "  - {key: b, to: a, at: 2, by: school, text: 'Thank you!'}\n"
        "  - {key: c, to: feed, at: 3, by: Another Parent, text: 'Lovely day'}\n",
        encoding="utf-8")
    split = load_sandbox_scenario(scenario)
    assert [ex.ident for ex in split.test] == ["scenario.yaml:a", "scenario.yaml:c"]
    assert split.test[0].labels == {"hate", "abuse"} and split.test[1].labels == frozenset()


@pytest.mark.parametrize(("path", "name", "prefix"), [(BLIND_CASES_PATH, "blind", "sc9-"),
                                                     (BLIND2_CASES_PATH, "blind2", "bl2-")])
def test_blind_cases_are_test_only_and_never_reach_training(path: Path, name: str, prefix: str) -> None:
    from classifiers.datasets import clean_text, load_school_cases
    from classifiers.train import build_training_examples

    blind = load_blind_cases(path, name)
    assert blind.name == name
    assert len(blind.test) >= 200 and blind.train == ()
    assert all(ex.ident.startswith(prefix) for ex in blind.test)
    # hate implies abuse here as in the case file, and every label is one of the six
    assert all("abuse" in ex.labels for ex in blind.test if "hate" in ex.labels)
    assert {label for ex in blind.test for label in ex.labels} <= set(blind.scope)
    blind_texts = {clean_text(ex.text) for ex in blind.test}
    # the training script reads only the case file: no blind text is trained on
    school = load_splits(include={"school"})
    trained = {clean_text(text) for text, _ in build_training_examples(school)}
    assert not blind_texts & trained
    assert not blind_texts & {clean_text(ex.text) for ex in load_school_cases()}


def test_evaluate_reports_the_blind_split() -> None:
    report = evaluate(only=["blind"])
    (split,) = report["splits"]
    assert split["name"] == "blind" and split["n"] == len(load_blind_cases().test)
    assert set(split["labels"]) == {"abuse", "hate", "spam", "commercial", "personal_info", "safeguarding"}
