"""Helpers the detector table tests share."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def best_scores(detector: Any, text: str) -> dict[str, float]:
    """The highest score ``detector`` gives each label on ``text``."""
    best: dict[str, float] = {}
    for det in detector.detect(text):
        best[det.label] = max(best.get(det.label, 0.0), det.score)
    return best


def lexicon_slur(target: str, tier: str) -> str:
    """A single-word, singular slur of the abuse lexicon with this target and tier, so a
    table can use one without the test file ever spelling it out."""
    from classifiers.detectors.abuse import load_lexicon

    return min(e.term for entries in load_lexicon().entries.values() for e in entries
               if e.kind == "slur" and e.target == target and e.tier == tier and " " not in e.term
               and e.term == e.term.rstrip("s"))


def assert_hate_implies_abuse(detector: Any, texts: Iterable[str]) -> None:
    """Wherever ``detector`` calls a text hate, it calls it abuse at least as strongly."""
    for text in texts:
        scores = best_scores(detector, text)
        if scores.get("hate", 0.0) >= 0.5:
            assert scores.get("abuse", 0.0) >= scores["hate"], text


#: the labels that send a comment to the promotion queue
PROMOTION_LABELS = frozenset({"spam", "commercial"})


def assert_flags(verdict: Any, label: str, expected: bool = True) -> None:
    """The verdict does (or, with ``expected`` False, does not) carry ``label``."""
    assert (label in verdict.labels) is expected, verdict.to_dict()


def assert_promotion(verdict: Any, label: str | None = None) -> None:
    """The verdict calls the comment spam or commercial (and ``label`` at 0.5 or more)."""
    assert PROMOTION_LABELS & set(verdict.labels), verdict.to_dict()
    if label is not None:
        assert verdict.scores[label] >= 0.5, verdict.to_dict()


def assert_not_promotion(verdict: Any) -> None:
    """The verdict calls the comment neither spam nor commercial."""
    assert not PROMOTION_LABELS & set(verdict.labels), verdict.to_dict()


def assert_child_offer(verdict: Any) -> None:
    """Money or gifts offered to children: safeguarding through the spam detector's
    ``offer_to_children`` rule, and held out of the promotion queue."""
    from classifiers.detectors.spam import CHILD_OFFER_RULE

    assert "safeguarding" in verdict.labels, verdict.to_dict()
    assert_not_promotion(verdict)
    assert CHILD_OFFER_RULE in {e.rule for e in verdict.explanations["safeguarding"]}


def assert_not_child_offer(verdict: Any) -> None:
    """Talk of children and money that offers a child nothing: neither a risk nor spam."""
    assert_flags(verdict, "safeguarding", False)
    assert_flags(verdict, "spam", False)


def assert_personal_info(verdict: Any, expected: bool, min_score: float = 0.0) -> None:
    """Personal information found (at ``min_score`` or more) when ``expected``, else not."""
    if expected:
        assert "personal_info" in verdict.labels, verdict.to_dict()
        assert verdict.scores["personal_info"] >= min_score, verdict.to_dict()
    else:
        assert "personal_info" not in verdict.labels, verdict.to_dict()


def assert_abuse_and_hate(detector: Any, text: str, expected: Iterable[str]) -> None:
    """Of abuse and hate, ``detector`` gives exactly the ``expected`` labels 0.5 or more."""
    scores = best_scores(detector, text)
    reached = {label for label in ("abuse", "hate") if scores.get(label, 0.0) >= 0.5}
    assert reached == set(expected), (text, scores)
