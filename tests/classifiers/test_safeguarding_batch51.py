"""safeguarding, batch 51-53 mechanisms: a touchline, a special school and a sixth form, in
wording that is not in the case file.

Harm in care (``harm_in_care``): a child shut in a locked room or a car boot, prone restraint
or an adult who "sits on" a child, finger-shaped bruises, a child dragged by the hood, a child
dropped and hurt or concussed with nobody told, left alone in a fire drill, a lone man
changing a girl, children's distress filmed, a child told they would be called a liar, a
relative who "hurts her". Despair said sideways (``despair_sideways``): letters written to
one's children, driving into a wall thought about. Exploitation said sideways
(``exploitation_sideways``): a gift for "jobs" at an adult's home, cash work needing one's own
bank account, webcam work that does not check ages, a trial offered in private messages, a
child gone with a man, a child "staying with friends" in another city, "defending our race",
extremist material with weapons. Threats said sideways (``threat_sideways_more``): "see how
brave he is then", "or i'll shut it for you", a building burnt with people in it, "lucky i'm
not the type to", all of a group to be killed; a threat at a person is abuse too. A partner
who smashes one's things (``controlling_partner``). The hard negatives share the words,
among them the touchline's banter, a scoreline and a night out. The pipeline is the
safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

MECHANISMS = [
    ("they shut my son in a dark room on his own until he stopped crying", SG, "harm_in_care"),
    ("she said the escort put him in the boot of the taxi for being loud", SG, "harm_in_care"),
    ("staff at the unit use face down restraint on the little ones", SG, "harm_in_care"),
    ("my daughter signed that the driver 'sits on her' in the bus", SG, "harm_in_care"),
    ("he has fingertip bruises on his wrist and nobody can tell me why", SG, "harm_in_care"),
    ("a ta dragged my boy by the collar across the playground", SG, "harm_in_care"),
    ("she was dropped from the changing bench and has a fractured ankle", SG, "harm_in_care"),
    ("he came home with a broken arm and no one rang me until the evening", SG, "harm_in_care"),
    ("my son was forgotten alone in the toilets during the fire alarm", SG, "harm_in_care"),
    ("a man from the agency was showering my daughter on his own", SG, "harm_in_care"),
    ("the carer films clips of the pupils having seizures on her phone", SG, "harm_in_care"),
    ("if i tell my nan he said she'll say i am a liar", SG, "harm_in_care"),
    ("the boy in my group says his stepdad hits him when he wets the bed", SG, "harm_in_care"),
    ("i've written goodbye notes to my boys and put them in the drawer", SG, "despair_sideways"),
    ("on the motorway i thought about just swerving into the barrier", SG, "despair_sideways"),
    ("free match tickets for any of the u14s, pop round to my flat and do some errands", SG, "exploitation_sideways"),
    ("need lads for drops, £150 a day in cash, you just need your own bank account", SG, "exploitation_sideways"),
    ("webcam modelling for college girls, great money, we never check id", SG, "exploitation_sideways"),
    ("dm me after the game, i can get u a trial at the academy x", SG, "exploitation_sideways"),
    ("our son left the bowling alley with an older man nobody knew", SG, "exploitation_sideways"),
    ("she's been staying with mates in a different town and has new trainers", SG, "exploitation_sideways"),
    ("the karate coach keeps going on about protecting the white race to the boys", SG, "exploitation_sideways"),
    ("he watches far right videos and talks about knives and a list of names", SG, "exploitation_sideways"),
    ("wait by the car park for the ref, see how tough he is then", SG_ABUSE, "threat_sideways_more"),
    ("stop posting about my kid or i'll shut it for you", SG_ABUSE, "threat_sideways_more"),
    ("petrol bomb the staff room with the head inside it", SG_ABUSE, "threat_sideways_more"),
    ("mr price, you're lucky i'm not the sort to wait outside your house", SG_ABUSE, "threat_sideways_more"),
    ("burn the town hall down with the councillors in it", SG_ABUSE, "threat_sideways_more"),
    ("my boyfriend threw my phone at the wall again because i texted my mate", SG, "controlling_partner"),
]

HARD_NEGATIVES = [
    # the touchline's banter, a scoreline and a night out
    "we'll smash you next season, great game today lads",
    "absolute bloodbath on the pitch, 7-1 to the visitors",
    "leavers ball is going to be a bomb night",
    "subscribe for all the school hockey highlights and big hits 💥",
    # the same words in the care and home of an ordinary week
    "the new sensory room is lovely, she sits on the beanbag for ages",
    "mrs hale sits on her chair and reads to them every afternoon",
    "he dragged his bag along the corridor all the way home",
    "the ball got dropped in the final and we lost 2-1",
    "the fire drill went well, every child was out in two minutes",
    "we wrote thank you letters to the kids' teachers",
    "i thought about just driving to the coast for the weekend",
    "my daughter got a free kit from the club, the coach gave them to the whole team",
    "the bank asks students to have their own bank account for the bursary",
    "the webcam in the nest box has had two chicks this week",
    "my son is staying with friends for the weekend, back monday",
    "we did a great topic in history on how wars start",
    "see how fast he is then, he's been practising his sprint all week",
    "lucky i'm not the type to get stressed about results day",
    "we kill all the weeds in the allotment before spring",
    "my boyfriend broke my record for the fastest lap lol",
    # a game, a fight with the system, a budget cut
    "my son threatened to hit his sister at monopoly, then lost 😂",
    "my guide 'how we beat the local authority at tribunal' is free to download",
    "the councillor has cut my kids' services again and i'm bruised from the fight",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch51_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch51_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
