"""Leave-one-video-out: the left-out video never reaches training, and the counting is right."""

from __future__ import annotations

import argparse
from types import SimpleNamespace

import pytest

from classifiers.datasets import Example, Split
from classifiers.experiments.leave_batch_out import _batch_prefix, _without_batch
from classifiers.experiments.leave_video_out import spam_counts, without_video


def _comment(video: str, index: int, spam: bool) -> Example:
    return Example(f"comment {index}", frozenset({"spam"} if spam else ()), frozenset({"spam"}),
                   "youtube", video, f"{video}:{index}")


def test_the_left_out_video_is_scored_and_never_trained_on() -> None:
    train = (_comment("01-a", 1, True), _comment("04-b", 2, False), _comment("01-a", 3, False))
    test = (_comment("09-c", 4, True),)
    splits = {"youtube": Split("youtube", train, test, frozenset({"spam"}))}
    fit, held = without_video(splits, "01-a")
    assert [ex.ident for ex in held] == ["01-a:1", "01-a:3"]
    assert [ex.ident for ex in fit["youtube"].train] == ["04-b:2"]
    assert fit["youtube"].test == test  # the held-out video stays where it was, unread
    assert splits["youtube"].train == train  # the caller's splits are left alone
    with pytest.raises(ValueError, match="09-c"):
        without_video(splits, "09-c")  # a test video is not a training video


class _Model:
    """Stands in for a loaded categoriser: a fixed spam probability per text."""

    def __init__(self, probabilities: dict[str, float]) -> None:
        self.probabilities = probabilities

    def pipe(self, texts):
        return [SimpleNamespace(cats={"spam": self.probabilities[text]}) for text in texts]


def test_spam_counts_at_the_threshold() -> None:
    examples = [_comment("01-a", 1, True), _comment("01-a", 2, True), _comment("01-a", 3, False),
                _comment("01-a", 4, False)]
    model = _Model({"comment 1": 0.9, "comment 2": 0.4, "comment 3": 0.5, "comment 4": 0.1})
    got = spam_counts(model, examples, 0.5)
    # 0.5 counts as flagged: one hit, one false alarm, one miss
    assert got == {"n": 4, "tp": 1, "fp": 1, "fn": 1, "f1": 0.5}
    assert spam_counts(model, examples, 0.95)["f1"] == 0.0


@pytest.mark.parametrize("text", ["sc27", "sc11", "sc100"])
def test_batch_prefixes_are_accepted(text: str) -> None:
    assert _batch_prefix(text) == text


@pytest.mark.parametrize("text", ["sc", "27", "sc27-", "bl2", "sc27,sc28"])
def test_other_batch_names_are_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        _batch_prefix(text)


def test_a_batch_with_no_cases_is_refused() -> None:
    case = Example("text", frozenset(), frozenset({"safeguarding"}), "school", "sc27-0001", "sc27-0001")
    splits = {"school": Split("school", (case,), (), frozenset({"safeguarding"}))}
    assert [ex.ident for ex in _without_batch(splits, "sc27")[1]] == ["sc27-0001"]
    with pytest.raises(ValueError, match="sc99"):
        _without_batch(splits, "sc99")
