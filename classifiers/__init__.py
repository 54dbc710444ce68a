"""Comment classification: evasion folding, detectors and the pipeline that runs them."""

from classifiers.base import LABELS, Detection, Explanation, Label, Verdict

__all__ = ["LABELS", "Detection", "Explanation", "Label", "Verdict"]
