"""Helpers the detector table tests share."""

from __future__ import annotations

from typing import Any


def best_scores(detector: Any, text: str) -> dict[str, float]:
    """The highest score ``detector`` gives each label on ``text``."""
    best: dict[str, float] = {}
    for det in detector.detect(text):
        best[det.label] = max(best.get(det.label, 0.0), det.score)
    return best
