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

    return sorted(e.term for entries in load_lexicon().entries.values() for e in entries
                  if e.kind == "slur" and e.target == target and e.tier == tier and " " not in e.term
                  and e.term == e.term.rstrip("s"))[0]


def assert_hate_implies_abuse(detector: Any, texts: Iterable[str]) -> None:
    """Wherever ``detector`` calls a text hate, it calls it abuse at least as strongly."""
    for text in texts:
        scores = best_scores(detector, text)
        if scores.get("hate", 0.0) >= 0.5:
            assert scores.get("abuse", 0.0) >= scores["hate"], text
