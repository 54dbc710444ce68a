"""Commercial round 3: recruiting and online applications, a shop pointed at for its
prices, and a vote for the school that is not a personal campaign; each rule next to the
hard negative that shares its words."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline

COM = ("commercial",)
NONE: tuple[str, ...] = ()

# (text, labels, rule expected among the commercial explanations or None)
TABLE = [
    # job_advert: recruiting, applying online
    ("We're recruiting lunchtime supervisors at the leisure centre, apply online", COM, "job_advert"),
    ("Now recruiting: weekend staff for our cafe", COM, "job_advert"),
    ("Can I apply online for the school place?", NONE, None),
    ("We applied online for the secondary place last week", NONE, None),
    # business_advert: "go to <shop> for the best prices"
    ("Go to example-deals.com for the best prices on trainers", COM, "business_advert"),
    ("Sports Direct had the best prices on school shoes last week", NONE, None),
    # personal_campaign: a vote for the writer's school is the school's, not a campaign
    ("Vote for me in the council election on Thursday", COM, "personal_campaign"),
    ("Please vote for our school in the eco awards", NONE, None),
    ("Vote for our class in the Christmas door competition!", NONE, None),
]


@pytest.mark.parametrize(("text", "labels", "rule"), TABLE)
def test_commercial_round3_table(commercial_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    verdict = commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",)))
    assert verdict.labels == labels, verdict.to_dict()
    if rule is not None:
        assert rule in {e.rule for e in verdict.explanations["commercial"]}, verdict.to_dict()
