"""Choosing the categoriser's safeguarding thresholds on unseen batches: folds, curve, rule."""

from __future__ import annotations

import json

import pytest

from classifiers.base import LABELS
from classifiers.datasets import Example, Split, load_school_cases
from classifiers.experiments.model_threshold import (
    FOLD_SETS,
    FOLDS,
    batch_of,
    build_curve,
    choose_thresholds,
    expand_folds,
    fold_records,
    main,
    rule_flags,
    select_folds,
    split_fold,
    summarise,
)


def _case(ident: str, labels: set[str], text: str | None = None) -> Example:
    return Example(text or f"text {ident}", frozenset(labels), frozenset(LABELS), "school", ident, ident)


def _rec(p: float, truth: bool, rules: bool = False, role: str = "held", fold: str = "a") -> dict:
    return {"id": f"x-{p}-{truth}", "fold": fold, "role": role, "truth": truth, "p": p, "rules": rules}


def test_batch_is_the_id_without_its_number() -> None:
    assert batch_of("sc11-0042") == "sc11"
    assert batch_of("sb-0003") == "sb"
    assert batch_of("sc-0001") == "sc"


def test_folds_cover_each_batch_of_the_case_file_exactly_once() -> None:
    in_file = {batch_of(ex.ident) for ex in load_school_cases()}
    batches = [b for group in FOLDS.values() for b in group]
    assert len(batches) == len(set(batches))  # no batch in two folds
    assert set(batches) == in_file  # every batch of the case file in a fold, no fold batch missing from it
    assert {"sc", "sc12", "sc13", "sc13a", "sc38"} <= in_file


def test_fold_sets_split_the_folds_into_the_first_reading_and_the_batches_since() -> None:
    early, later, newest = FOLD_SETS["to-sc12"], FOLD_SETS["sc13-sc38"], FOLD_SETS["sc39-on"]
    assert early == ("sc-sb-sc2-sc3", "sc4-sc5", "sc6-sc7-sc8", "sc10", "sc11", "sc12")  # the old names still work
    assert set(early) | set(later) | set(newest) == set(FOLDS)
    assert len(early) + len(later) + len(newest) == len(FOLDS)  # no fold in two sets
    assert newest[0] == "sc39-sc40-sc41" and all(len(FOLDS[name]) == 3 for name in newest)
    assert FOLDS["sc13-sc13a-sc14"] == ("sc13", "sc13a", "sc14")
    assert all(len(FOLDS[name]) == 3 for name in later)
    assert expand_folds(["sc12", "sc13-sc38", "sc36-sc37-sc38"]) == ("sc12",) + later
    with pytest.raises(KeyError):
        expand_folds(["sc9"])


def test_redraw_reads_only_the_chosen_folds(tmp_path, capsys) -> None:
    records = [_rec(0.9, True, fold="sc12"), _rec(0.2, False, fold="sc12"),
               _rec(0.6, False, fold="sc12", role="other"),
               _rec(0.7, True, fold="sc36-sc37-sc38"), _rec(0.4, True, fold="sc36-sc37-sc38"),
               _rec(0.1, False, fold="sc36-sc37-sc38"), _rec(0.65, False, fold="sc36-sc37-sc38", role="other")]
    assert [r["fold"] for r in select_folds(records, ["sc13-sc38"])] == ["sc36-sc37-sc38"] * 4
    path = tmp_path / "records.json"
    path.write_text(json.dumps({"shipped": records}), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["--from-records", str(path), "--fold", "sc13-sc38", "--json", str(out)]) == 0
    (name, report), = json.loads(out.read_text(encoding="utf-8")).items()
    assert "sc13-sc38" in name and name in capsys.readouterr().out
    assert (report["summary"]["cases"], report["summary"]["positives"]) == (3, 2)
    assert list(report["summary"]["folds"]) == ["sc36-sc37-sc38"]
    half = {row["threshold"]: row for row in report["curve"]}[0.5]
    # held 0.7 T flagged, 0.4 T not; the outside 0.65 F flagged: sc12's records play no part
    assert (half["model_r"], half["model_p"], half["model_p_mixed"]) == (0.5, 1.0, 0.5)


def test_fold_cases_come_from_both_halves_and_never_reach_training() -> None:
    train = (_case("sc11-0001", {"safeguarding"}), _case("sc-0001", set()), _case("sb-0002", set()))
    test = (_case("sc11-0002", set()), _case("sc10-0009", set()), _case("sc10-0010", {"safeguarding"}),
            _case("sc-0005", set()))
    splits = {"school": Split("school", train, test, frozenset(LABELS))}
    fit, held, others = split_fold(splits, ("sc11", "sc"))
    assert {ex.ident for ex in held} == {"sc11-0001", "sc11-0002", "sc-0001", "sc-0005"}
    assert {ex.ident for ex in fit["school"].train} == {"sb-0002"}
    # outside negatives: test half, other batches, safeguarding negatives only
    assert [ex.ident for ex in others] == ["sc10-0009"]
    assert splits["school"].train == train  # the caller's splits are left alone


def test_curve_counts_by_hand() -> None:
    records = [
        _rec(0.9, True, rules=True), _rec(0.7, True), _rec(0.4, True), _rec(0.2, True, rules=True),
        _rec(0.8, False), _rec(0.3, False, rules=True),
        _rec(0.75, False, role="other"), _rec(0.1, False, role="other", rules=True),
        # public spam-set rows: only their own column, never the school figures
        _rec(0.95, False, role="public"), _rec(0.6, False, role="public"), _rec(0.05, False, role="public"),
    ]
    row = {r["threshold"]: r for r in build_curve(records, grid=(0.5, 0.85))}
    half = row[0.5]
    # model alone: p >= 0.5 -> 0.9 T, 0.7 T, 0.8 F among held; 0.75 F outside
    assert half["model_p"] == pytest.approx(2 / 3, abs=1e-4)
    assert half["model_r"] == pytest.approx(2 / 4, abs=1e-4)
    assert half["model_p_mixed"] == pytest.approx(2 / 4, abs=1e-4)
    # rules or model: TP 0.9, 0.7, 0.2; FP 0.8, 0.3; outside 0.75 and the rule-flagged 0.1
    assert half["both_p"] == pytest.approx(3 / 5, abs=1e-4)
    assert half["both_r"] == pytest.approx(3 / 4, abs=1e-4)
    assert half["both_p_mixed"] == pytest.approx(3 / 7, abs=1e-4)
    # what the model adds to the rules: 0.7 T; 0.8 F held; 0.75 F outside
    assert (half["added_tp"], half["added_fp"], half["added_fp_other"]) == (1, 1, 1)
    assert half["added_p_mixed"] == pytest.approx(1 / 3, abs=1e-4)
    # the rules miss 0.7 and 0.4; the model catches one of them
    assert half["rule_missed_caught"] == pytest.approx(1 / 2, abs=1e-4)
    assert half["public_flagged"] == pytest.approx(2 / 3, abs=1e-4)
    high = row[0.85]
    assert (high["model_p"], high["model_r"], high["model_p_mixed"]) == (1.0, 0.25, 1.0)
    assert (half["model_flags_mixed"], high["model_flags_mixed"]) == (4, 1)
    assert high["public_flagged"] == pytest.approx(1 / 3, abs=1e-4)


def test_thresholds_are_the_lowest_from_which_precision_holds() -> None:
    curve = [
        {"threshold": 0.3, "model_p_mixed": 0.45, "both_p_mixed": 0.50, "model_flags_mixed": 40},
        {"threshold": 0.4, "model_p_mixed": 0.55, "both_p_mixed": 0.74, "model_flags_mixed": 30},
        {"threshold": 0.5, "model_p_mixed": 0.82, "both_p_mixed": 0.76, "model_flags_mixed": 20},
        # a dip: 0.5 does not hold for the model alone
        {"threshold": 0.6, "model_p_mixed": 0.78, "both_p_mixed": 0.77, "model_flags_mixed": 15},
        {"threshold": 0.7, "model_p_mixed": 0.85, "both_p_mixed": 0.80, "model_flags_mixed": 10},
        # no model flag at all: nothing false
        {"threshold": 0.8, "model_p_mixed": 0.0, "both_p_mixed": 0.80, "model_flags_mixed": 0},
    ]
    assert choose_thresholds(curve, 0.75, 0.80, 0.50) == {"MODEL_ACT": 0.5, "MODEL_ACT_MODEL_ALONE": 0.7,
                                                          "MODEL_REVIEW": 0.4}
    # a review floor the act threshold already fails: review never above act
    assert choose_thresholds(curve, 0.75, 0.80, 0.84)["MODEL_REVIEW"] == 0.5
    # a floor nothing holds: no threshold
    assert choose_thresholds(curve, 0.90, 0.80, 0.50)["MODEL_ACT"] is None


def test_summary_ranks_positives_among_the_outside_negatives() -> None:
    records = [_rec(0.9, True), _rec(0.6, True), _rec(0.2, False), _rec(0.7, False, role="other"),
               _rec(0.5, True, fold="b"), _rec(0.1, False, fold="b"), _rec(0.8, False, role="public")]
    summary = summarise(records, act_floor=0.75)
    assert summary["positives"] == 3
    assert summary["ap"] == pytest.approx(1.0, abs=1e-4)  # within the held cases the ranking is perfect
    # mixed ranking 0.9 T, 0.7 F, 0.6 T, 0.5 T: (1 + 2/3 + 3/4) / 3
    assert summary["ap_mixed"] == pytest.approx((1 + 2 / 3 + 3 / 4) / 3, abs=1e-4)
    assert summary["recall_at_floor_mixed"] == pytest.approx(1.0, abs=1e-4)  # 3 of 4 at 0.5
    assert summary["folds"]["a"]["recall_at_floor_mixed"] == pytest.approx(0.5, abs=1e-4)


def test_rule_flags_leave_the_model_out() -> None:
    from classifiers.evaluate import DEFAULT_ALLOW_PHRASES
    from classifiers.pipeline import ClassifierContext, build_pipeline

    pipeline = build_pipeline(ClassifierContext(allow_phrases=DEFAULT_ALLOW_PHRASES))
    cases = [_case("t-1", {"safeguarding"}, "I am going to kill myself tonight, I can't go on"),
             _case("t-2", set(), "What time does the school disco finish on Friday?")]
    flags = rule_flags(cases, pipeline)
    assert flags == {"t-1": True, "t-2": False}


@pytest.mark.timeout(120)
def test_fold_records_score_every_left_out_case(tmp_path) -> None:
    risky = [f"i want to hurt myself tonight {i}" for i in range(4)]
    calm = [f"what time does the fair start {i}" for i in range(4)]
    train = tuple(_case(f"sc{i % 2 + 4}-{i:04d}", {"safeguarding"}, t) for i, t in enumerate(risky)) + tuple(
        _case(f"sc{i % 2 + 4}-{i + 10:04d}", set(), t) for i, t in enumerate(calm))
    test = (_case("sc5-0100", set(), "lovely photos of the nativity"),
            _case("sc4-0101", {"safeguarding"}, "nobody would miss me if i was gone"))
    splits = {"school": Split("school", train, test, frozenset(LABELS))}
    rules = {ex.ident: "hurt myself" in ex.text for ex in train + test}
    public = [Example("subscribe to my channel", frozenset({"spam"}), frozenset({"spam"}), "youtube", "yt:1", "yt:1")]
    records = fold_records(splits, rules, {"four": ("sc4",), "five": ("sc5",)}, epochs=2, work_dir=tmp_path,
                           public=public, label_repeat={"safeguarding": 2})
    held = [r for r in records if r["role"] == "held"]
    assert sorted(r["id"] for r in held) == sorted(ex.ident for ex in train + test)
    assert {r["fold"] for r in held if r["id"].startswith("sc4-")} == {"four"}
    # each fold also scores the other fold's test-half negative
    assert [(r["fold"], r["id"]) for r in records if r["role"] == "other"] == [("four", "sc5-0100")]
    assert [(r["fold"], r["id"], r["truth"], r["rules"]) for r in records if r["role"] == "public"] == [
        ("four", "yt:1", False, False), ("five", "yt:1", False, False)]
    assert all(0.0 <= r["p"] <= 1.0 for r in records)
    assert all(r["rules"] == rules[r["id"]] for r in records if r["role"] != "public")
    assert list(tmp_path.iterdir()) == []  # the fold models are removed
