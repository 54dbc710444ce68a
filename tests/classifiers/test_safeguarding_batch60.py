"""safeguarding, batch 60-62 mechanisms: the school run, replies to a headteacher's X account,
mental health week and Safer Internet Day, in wording that is not in the case file.

A member of staff giving a child their own number (``staff_number_to_child``), violence from
a partner told by the one it is done to (``partner_violence_told``), the trusted adult who is
"the one doing it" (``trusted_adult_is_the_harm``), help refused with the mind made up
(``help_refused_mind_made_up``), a child told to be groomed (``child_groomed_told``), a carer
drunk at the school run with small children (``carer_drunk_with_child``, widened) and a
stranger taking close-up photos of children (``child_photographed_by_stranger``, widened).
Self-harm named as a topic (a post "about self harm", "self harm awareness training",
"suicide is preventable" on a slide) is no longer read as a disclosure, and a forecast of a
road accident ("drivers doing 40 ... someone will get killed") is no longer a threat, a
trade's, a childminder's, a lift share's or a selling team's "message me" to adults no longer
an adult's private contact, and "a slap of reality" is an idiom. The
threats said coldly are in ``test_threat_grammar.py``. The hard negatives share the words.
The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)

MECHANISMS = [
    ("the netball coach handed my daughter his personal mobile number after training", SG, "staff_number_to_child"),
    ("mr carver gave the year 8 girls his snapchat so they could ask about homework", SG, "staff_number_to_child"),
    ("the tutor's private number is on a post-it, he asked my son to text him on it", SG, "staff_number_to_child"),
    ("my boyfriend keeps slapping me when he's had a drink and the baby is in the next room", SG, "partner_violence_told"),
    ("my other half has started punching me, the children have heard it", SG, "partner_violence_told"),
    ("everyone says tell someone you trust but the person i'm meant to tell is the one hurting me", SG, "trusted_adult_is_the_harm"),
    ("what do you do when your trusted adult was the one doing it", SG, "trusted_adult_is_the_harm"),
    ("stop sending me samaritans links. my mind's made up", SG, "help_refused_mind_made_up"),
    ("counselling didn't work and i've already decided", SG, "help_refused_mind_made_up"),
    ("i think my daughter is being groomed by a man she met on a game", SG, "child_groomed_told"),
    ("i'm self harming again and the talk about self harm made it worse", SG, "self_harm_owned"),
    ("he was groomed by older lads from the estate and now he won't come home", SG, "child_groomed_told"),
    ("one of the mums was steaming at pick up again, the little ones with her could barely keep up", SG, "carer_drunk_with_child"),
    ("a bloke in a van was taking zoomed in pictures of the girls at the bus stop", SG, "child_photographed_by_stranger"),
]

HARD_NEGATIVES = [
    "the school office number is on the website, the teacher gave it to the kids for the residential trip",
    "my wife kicked me by accident in her sleep, now i'm limping at drop off",
    "my husband hit me up about the parking rota, is it our turn this week",
    "the trusted adult scheme is the one thing the pshe team got right this year",
    "i've made up my mind about which sixth form, thanks for the helpline tips anyway",
    "the pony was groomed by the girls for the show and looked lovely",
    "the assembly was about how to spot signs a child is being groomed online",
    "mum was steaming mad at pick up because the gates were locked",
    "the school photographer will take close up photos of the children for the yearbook",
    "the speaker at the assembly talked about self-harm with real care",
    "year 9 had a self harm awareness session this morning, leaflets are in the office",
    "we need speed bumps, drivers doing 30 past the gate and someone will get hurt",
    "i never self harmed myself but the talk about self harm was useful",
    # adults called on by a trade, a childminder, a lift share or a selling team
    "mobile valeting at the school gates, slots left for friday, message me",
    "car share to the secondary from the village? whatsapp me, two seats free",
    "registered childminder with spaces available from september, inbox me",
    "Dads! earn extra cash around the school run, join my team, inbox me",
    # an idiom of a slap
    "that parent on the zigzags needs a slap of common sense",
]

STILL_FLAGGED = [
    # the same words, meant: a self-harm told of, a threat beside the school run's speed
    "i read the leaflet about self harm but i've been self harming for a year",
    "forget speed bumps, i'll stab the next driver who speeds past my kids",
    "earn extra money, only for year 7 girls, dm me",
    "the new dinner lady needs a slap, keep her away from my kids",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch60_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch60_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_batch60_vetoes_leave_the_meant_words_flagged(safeguarding_pipeline: Pipeline, text: str) -> None:
    assert "safeguarding" in safeguarding_pipeline.classify(text).labels
