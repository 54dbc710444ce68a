"""The commercial detector's offer words: an offer near a service is an advert, while
"I do" or "we do" alone is ordinary speech (hard negatives next to each positive)."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline

COM = ("commercial",)
NONE: tuple[str, ...] = ()

TABLE = [
    ("I do nails from home, message me", COM),
    ("We do hope the cake stall goes well tomorrow", NONE),
    ("Lashes only £20, book now", COM),
    ("I do think the bake sale raised a lot", NONE),
    ("Two for one on all cakes at my shop this week", COM),
    ("We do love the new playground", NONE),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_offer_words_table(commercial_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    verdict = commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",)))
    assert verdict.labels == labels, verdict.to_dict()
