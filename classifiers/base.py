"""Shared types of the classification layer.

A :class:`Detector` looks at one comment and returns :class:`Detection` objects; each
names a label, a score in [0, 1] and an :class:`Explanation` saying which detector and
rule fired on which span of the *original* text, with any score adjustments. The
pipeline combines detections into one :class:`Verdict` per comment.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = ["LABELS", "Detection", "Detector", "Explanation", "Label", "Verdict"]


class Label(str, enum.Enum):
    ABUSE = "abuse"
    HATE = "hate"
    SPAM = "spam"
    COMMERCIAL = "commercial"
    PERSONAL_INFO = "personal_info"
    SAFEGUARDING = "safeguarding"


LABELS: tuple[str, ...] = tuple(label.value for label in Label)


@dataclass(frozen=True)
class Explanation:
    """Why a label was given: detector, rule, span in the original text, adjustments."""

    detector: str
    rule: str
    start: int | None = None
    end: int | None = None
    matched: str | None = None  # the original-text span (may be masked for personal info)
    adjustments: tuple[str, ...] = ()  # e.g. ("-0.4 hard negative 'killing it'",)

    def to_dict(self) -> dict[str, Any]:
        return {
            "detector": self.detector,
            "rule": self.rule,
            "span": [self.start, self.end] if self.start is not None else None,
            "matched": self.matched,
            "adjustments": list(self.adjustments),
        }


@dataclass(frozen=True)
class Detection:
    label: str
    score: float
    explanation: Explanation


@dataclass(frozen=True)
class Verdict:
    """The classification of one comment.

    ``scores`` has an entry for every label (0.0 when nothing fired); ``labels`` lists
    the labels whose score reached the pipeline's reporting threshold; ``needs_review``
    is set when a detector failed, so a failure never reads as "clean".
    """

    labels: tuple[str, ...]
    scores: dict[str, float]
    explanations: dict[str, list[Explanation]]
    detector_versions: dict[str, str] = field(default_factory=dict)
    needs_review: bool = False
    errors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "explanations": {
                k: [e.to_dict() for e in v] for k, v in self.explanations.items() if v
            },
            "detector_versions": dict(self.detector_versions),
            "needs_review": self.needs_review,
            "errors": list(self.errors),
        }


class Detector(Protocol):
    """One detector: a name, a version, and ``detect`` over a prepared document."""

    name: str
    version: str

    def detect(self, doc: Any) -> list[Detection]: ...
