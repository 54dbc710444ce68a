"""safeguarding, batch 69-71 mechanisms: school dinners and allergies, staff recruitment and
supply teachers, relationships education, in wording that is not in the case file.

Each idea is written once, at the level of who does what to whom, and proved with new
wordings (other actors, verbs, settings) plus hard negatives sharing the words:

- an adult of a child's world (a coach, a relief teacher, a volunteer) reaching a child on
  the child's own channels: a console or an app, following pupils' accounts, asking a pupil
  for a number, playing with them into the night (``staff_reaches_child_privately``);
- an adult seeking children on their own: time alone with them, taking them away without
  staff, wanting to help them undress, dodging the vetting, a liking for "the younger ones",
  no parents wanted, contact kept secret, a record involving a child
  (``adult_seeks_children_alone``);
- despair in the writer's own words ("can't keep going anymore", wanting the pain to end),
  alone or with a going for good ("won't be here much longer"), where a body's pain
  (a toothache, the dentist) takes it back (``despair_told``, ``despair_and_leaving``);
- a note written beside "it isn't your fault" (``farewell_note``, widened);
- a young person sent away by the family (overseas, "married off", a one-way journey packed
  for) beside a plea or a coercion (``sent_away_against_will``).

The threats of these batches (an injury after a walk over, a person dragged by the body,
an allergen slipped into a child's food, a body dumped, a list, a home sought) are in
``test_threat_grammar.py``; the kitchen's, the office's and recruitment's people as targets
of a threat (a threat at them is abuse too) are in ``TARGETS`` below. The pipeline is the
safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

TARGETS = [
    # the kitchen's, the office's and recruitment's people are targets of a threat
    ("i'll put that caterer in a body bag", SG_ABUSE, "threat_intent_place"),
    ("i'm going to find where the secretary lives and she'll regret it", SG_ABUSE, "threat_home_found"),
    ("im gonna drive over there and snap that agency recruiter's arm", SG_ABUSE, "threat_intent_injury"),
]

MECHANISMS = [
    # staff_reaches_child_privately
    ("the swimming instructor told my daughter to add him on roblox, she's 9", SG, "concepts:staff_reaches_child_privately"),
    ("our new netball coach has been following lots of year 5 girls on instagram", SG, "concepts:staff_reaches_child_privately"),
    ("the relief teacher asked my 10 year old son for his snapchat", SG, "concepts:staff_reaches_child_privately"),
    ("a brownies volunteer plays fortnite with the girls until the early hours", SG, "concepts:staff_reaches_child_privately"),
    # adult_seeks_children_alone
    ("would i get time alone with the little ones if i helped at forest school?", SG, "concepts:adult_seeks_children_alone"),
    ("any chance i could take the pupils to the woods by myself on fridays?", SG, "concepts:adult_seeks_children_alone"),
    ("i'd love to help the boys get undressed for PE, it's no bother", SG, "concepts:adult_seeks_children_alone"),
    ("how do i get round the dbs, i've babysat for years", SG, "concepts:adult_seeks_children_alone"),
    ("honestly i prefer the younger girls, they're more trusting", SG, "concepts:adult_seeks_children_alone"),
    ("the new tennis coach says the under 10s are welcome at his flat, no parents required", SG, "concepts:adult_seeks_children_alone"),
    ("he's got a conviction involving a child but says he's changed, and he's applying to be a lunchtime supervisor", SG, "concepts:adult_seeks_children_alone"),
]

DESPAIR = [
    ("honestly i can't keep going anymore, nobody would even notice", SG, "concepts:despair_told"),
    ("all i want is for this pain to end. nobody in my form gets it", SG, "concepts:despair_told"),
    ("i c4nt k33p g0ing any m0re, n0body n0tices", SG, "concepts:despair_told"),
    ("there's no way out of this for me, gone by morning", SG, "concepts:despair_and_leaving"),
    ("finished the note last night. tell mum it isn't her fault", SG, "concepts:farewell_note"),
]

SENT_AWAY = [
    ("they keep saying they'll ship me overseas to my grandparents if i don't stop seeing him. please help", SG, "concepts:sent_away_against_will"),
    ("been packing my bags all night, dad says i'm not coming back, no choice", SG, "concepts:sent_away_against_will"),
]

HARD_NEGATIVES = [
    "we're moving to spain! i'm not coming back after easter, going to miss everyone so much, thank you miss",
    "please help, my son's flight is tomorrow and his passport is missing",
    "started packing my things for the residential trip, so excited, can someone help me find the kit list",
    "i just want this pain to end, the toothache is unreal, dentist on monday",
    "we're leaving soon for the coast, can't cope with the traffic",
    "i left a note for the teacher about his glasses, it wasn't his fault they broke",
    "my son can't do his times tables anymore after the holidays",
    "the school never leaves anyone alone with children without a DBS",
    "the PE teacher asked every pupil for their kit sizes",
    "our coach asked my son for his shirt number for the new kits",
    "the teacher follows the school's netball account on instagram",
    "my kids play fortnite until 8 on fridays, is that too late?",
    "the DBS check took ages but i'm finally cleared to help on the school trip",
    "can parent helpers take the children to the library on their own or does a teacher need to come?",
    "my daughter prefers the younger ones at brownies, she's a natural leader",
    "the reception staff help the little ones get changed for PE, thank you so much",
    "is there any way round the DBS cost for parent helpers? it's £40",
]


@pytest.mark.parametrize(("text", "labels", "rule"), TARGETS)
def test_batch69_threat_targets(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch69_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize(("text", "labels", "rule"), DESPAIR)
def test_batch69_despair_in_own_words(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize(("text", "labels", "rule"), SENT_AWAY)
def test_batch69_sent_away_against_will(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch69_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
