"""safeguarding, batch 66-68 mechanisms: knife crime and county lines, admissions rows and
the leavers' prom, in wording that is not in the case file.

Each idea is written once, at the level of who does what to whom, and proved with new
wordings (other actors, verbs, registers) plus hard negatives sharing the words:

- a threat aimed at the street's or an office's people ("that care worker", "the parking
  officer", "them hillside lot") is abuse as well as safeguarding (``_PERSON_TARGET``);
  "a lot of", "thanks a lot" name no one;
- a rumour opened with "heard" or that "everyone is all saying" is passed on, not aimed:
  it stays safeguarding without the abuse a threat at a person carries (``_REPORTED``).

The street-attack threats themselves ("gets jumped next time", "ur shank is coming") are in
``test_threat_grammar.py``. The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

TARGETS = [
    # a threat at the street's or an office's people is abuse too
    ("the care worker better stay off our road or he's leaving in an ambulance", SG_ABUSE, "threat_said_coldly"),
    ("that probation officer will be going home in a body bag", SG_ABUSE, None),
    ("them hillside lot are getting shanked outside the chippy on saturday", SG_ABUSE, "threat_street_attack"),
    ("tell the parking officer he'll get jumped next time he tickets my van", SG_ABUSE, "threat_street_attack"),
    # a rumour passed on stays safeguarding without abuse
    ("heard the year 10s are getting jumped after school friday, please keep an eye out", SG, "threat_street_attack"),
    ("people are all saying the lads from the estate get shanked tonight, is it true?", SG, "threat_street_attack"),
]

HARD_NEGATIVES = [
    "the admissions officer was really helpful with our appeal, thank you",
    "thanks a lot to the youth worker, my son loved the session",
    "a lot of the hillside lot came to the open evening, lovely to see",
]


@pytest.mark.parametrize(("text", "labels", "rule"), TARGETS)
def test_batch66_threat_targets(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch66_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
