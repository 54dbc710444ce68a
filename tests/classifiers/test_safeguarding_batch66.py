"""safeguarding, batch 66-68 mechanisms: knife crime and county lines, admissions rows and
the leavers' prom, in wording that is not in the case file.

Each idea is written once, at the level of who does what to whom, and proved with new
wordings (other actors, verbs, registers) plus hard negatives sharing the words:

- a threat aimed at the street's or an office's people ("that care worker", "the parking
  officer", "them hillside lot") is abuse as well as safeguarding (``_PERSON_TARGET``);
  a group is a target as the object of the act ("riding out on them X lot"), not as its doer
  ("the older lads reckon ..."); "a lot of", "thanks a lot" name no one;
- a rumour opened with "heard" or that "everyone is all saying" is passed on, not aimed:
  it stays safeguarding without the abuse a threat at a person carries (``_REPORTED``);
- a child's age asked with desire ("is she 17 yet" beside "peng" or a smirk,
  ``child_age_asked_with_desire``);
- an adult offering a child "work" in a room, a hotel or after the party
  (``child_offered_work_in_private``);
- an adult buying pupils drinks at a bar, not squash on sports day
  (``adult_gave_students_alcohol``, widened);
- a young person handed a phone, a sim or cash to travel out of town (``exploitation``,
  widened: county lines in plain words).

False alarms, by their general cause: a child's horror at a parent told with a laugh ("would
sooner die than ... 😂", the ``hyperbole`` concept), an evening, slides or a workshop about
county lines (``exploitation``), a knife the police showed pupils (``knife_and_lines_slang``).
The same words without those stay flagged (``STILL_FLAGGED``).

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
    ("bring blades for the parkside lot, they get jumped next time", SG_ABUSE, "threat_street_attack"),
    # the group as the doer is no target
    ("the older lads from the flats say theres a bomb in the sports hall, wait and see", SG, "threat_bomb_placed"),
    ("tell the parking officer he'll get jumped next time he tickets my van", SG_ABUSE, "threat_street_attack"),
    # a rumour passed on stays safeguarding without abuse
    ("heard the year 10s are getting jumped after school friday, please keep an eye out", SG, "threat_street_attack"),
    ("people are all saying the lads from the estate get shanked tonight, is it true?", SG, "threat_street_attack"),
]

MECHANISMS = [
    # child_age_asked_with_desire
    ("the blonde one in the green gown looks peng, is she 17 yet? 😏", SG, "child_age_asked_with_desire"),
    ("how old is the lad in the navy suit, he's fit, dm me", SG, "child_age_asked_with_desire"),
    # child_offered_work_in_private
    ("a man at the hotel bar asked my niece if she wanted \"modelling\" up in his room later", SG, "child_offered_work_in_private"),
    ("some guy offering the year 10 girls a job back at his flat tonight, cash", SG, "child_offered_work_in_private"),
    # adult_gave_students_alcohol
    ("some bloke at the club kept buying the year 10s drinks, my lad came home wasted", SG, "adult_gave_students_alcohol"),
    # exploitation
    ("older boys got him a burner and cash to travel to other towns, he's 13", SG, "exploitation"),
    ("they keep sending my cousin a new sim and money to stay up the line, she's only 15", SG, "exploitation"),
]

STILL_FLAGGED = [
    ("older lads are paying my brother to carry packages for them", SG, "exploitation"),
    ("he's carrying a zombie knife in his bag", SG, "knife_and_lines_slang"),
]

HARD_NEGATIVES = [
    "is she 16 yet? time flies, happy birthday sweetheart",
    "is he 18 yet? cute, he wants to drive to the ball himself, bless him",
    "the careers fair lady asked if he wanted work experience at the hotel kitchen",
    "the PTA is buying the year 6s drinks and ice lollies for sports day",
    "grandad gave him money to go into town for his birthday",
    "my lad says he'd sooner die than let me drop him at the gates in the old car 😂",
    "can we have the presentation from the county lines evening please, my husband missed it",
    "the police officer showed them a confiscated machete in assembly, scary stuff",
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


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch66_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize(("text", "labels", "rule"), STILL_FLAGGED)
def test_batch66_vetoes_leave_the_harm_flagged(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)
