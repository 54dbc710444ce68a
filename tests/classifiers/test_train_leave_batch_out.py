"""The leave-batch-out protocol: its metrics, and that the left-out batch never reaches training."""

from __future__ import annotations

import pytest

from classifiers.datasets import Example, Split
from classifiers.experiments.leave_batch_out import (
    ARCHITECTURES,
    _without_batch,
    average_precision,
    recall_at_precision,
)
from classifiers.train import bow_architecture


def _case(ident: str, labels: set[str]) -> Example:
    return Example(f"text {ident}", frozenset(labels), frozenset({"safeguarding"}), "school", ident, ident)


@pytest.mark.parametrize(("scores", "truths", "recall", "threshold"), [
    # perfect ranking: every positive above every negative
    ([0.9, 0.8, 0.2, 0.1], [True, True, False, False], 1.0, 0.8),
    # cutting at 0.5 gives 2 of 3 positives at precision 2/3 < 0.75; at 0.7 it is 1/1
    ([0.9, 0.6, 0.5, 0.4, 0.1], [True, False, True, False, True], 1 / 3, 0.9),
    # tied scores go in together: 0.7 holds one positive and three negatives
    ([0.9, 0.7, 0.7, 0.7, 0.7], [True, True, False, False, False], 0.5, 0.9),
    ([0.5, 0.4], [False, False], 0.0, 1.0),
])
def test_recall_at_precision(scores, truths, recall, threshold) -> None:
    got, cut = recall_at_precision(scores, truths, 0.75)
    assert got == pytest.approx(recall)
    assert cut == pytest.approx(threshold)


def test_average_precision_matches_the_hand_computed_figure() -> None:
    # positives at ranks 1 and 3: (1/1 + 2/3) / 2
    assert average_precision([0.9, 0.8, 0.7, 0.1], [True, False, True, False]) == pytest.approx(5 / 6)
    assert average_precision([0.9, 0.1], [True, True]) == pytest.approx(1.0)
    assert average_precision([0.9], [False]) == 0.0


def test_left_out_batch_is_scored_from_both_halves_and_never_trained_on() -> None:
    train = (_case("sc11-0001", {"safeguarding"}), _case("sc12-0001", set()), _case("sc10-0005", set()))
    test = (_case("sc12-0002", {"safeguarding"}), _case("sc10-0009", set()))
    splits = {"school": Split("school", train, test, frozenset({"safeguarding"}))}
    fit, held = _without_batch(splits, "sc12")
    assert {ex.ident for ex in held} == {"sc12-0001", "sc12-0002"}
    assert {ex.ident for ex in fit["school"].train} == {"sc11-0001", "sc10-0005"}
    assert fit["school"].test == test
    assert splits["school"].train == train  # the caller's splits are left alone


def test_the_baseline_architecture_is_the_shipped_one() -> None:
    assert ARCHITECTURES["bow"]() == bow_architecture()
    first = bow_architecture()
    first["ngram_size"] = 3
    assert bow_architecture()["ngram_size"] != 3  # a fresh dict each call
