"""safeguarding, batch 48-50 mechanisms: a secondary's winter term, a safeguarding lead's
month and a school video gone viral, in wording that is not in the case file.

An adult fixing on a child seen online (``adult_fixating_on_child``): her accounts or more
videos of her sought, "is she single", a compliment on looks with a lift or a private
message offered, a call "with no parents", "never been kissed ... i could show her".
Self-harm said sideways (``self_harm_sideways``): the least painful way, a height "high
enough", a blade held, the river "is the answer", not eating since being called fat. Harm at
home said sideways (``home_harm_sideways``): a refuge, shouting and smashing, a child made to
keep house and kept off school, sniffing gas. Threats said sideways (``threat_sideways``): a
brick through a window, an ultimatum "or you'll regret it", a family named and "think about
that", possessions listed and "we know", a face kicked in, a school fire forecast; a threat
aimed at a person is abuse too. The hard negatives share the words. The pipeline is the
safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

MECHANISMS = [
    ("anyone got that lad's insta? he's well fit", SG, "adult_fixating_on_child"),
    ("post more pics of that girl please, the ones from the concert", SG, "adult_fixating_on_child"),
    ("how old is the drummer, is he single?", SG, "adult_fixating_on_child"),
    ("you all look gorgeous in your kit, if any of you need a lift just ask x", SG, "adult_fixating_on_child"),
    ("facetime me tonight sweetie, no parents though", SG, "adult_fixating_on_child"),
    ("the lad has never been kissed i bet, i could show him", SG, "adult_fixating_on_child"),
    ("what is the least painful way tbh", SG, "self_harm_sideways"),
    ("if you jump off the car park roof is it high enough", SG, "self_harm_sideways"),
    ("been staring at the pills all night", SG, "self_harm_sideways"),
    ("the river is the only way out now", SG, "self_harm_sideways"),
    ("she won't eat anything since the boys said she's fat", SG, "self_harm_sideways"),
    ("we escaped to a women's refuge in march, please keep them off the website", SG, "home_harm_sideways"),
    ("half term was awful, dad screaming and smashing plates every night", SG, "home_harm_sideways"),
    ("my nephew is forced to look after his baby brother and hasn't been at school since october", SG, "home_harm_sideways"),
    ("year 8s are sniffing gas behind the sports hall", SG, "home_harm_sideways"),
    ("that ref is getting a rock through his front window", SG_ABUSE, "threat_sideways"),
    ("mr cole has got until tuesday to apologise or he'll be sorry", SG_ABUSE, "threat_sideways"),
    ("you have got kids too miss. think about it", SG_ABUSE, "threat_sideways"),
    ("your house, your car, your family. we know", SG_ABUSE, "threat_sideways"),
    ("i'll kick that teacher's face in", SG_ABUSE, None),
]

HARD_NEGATIVES = [
    "my daughter's tiktok is private, thanks for asking",
    "are there more photos of her from sports day? so proud of my granddaughter",
    "is she single-handedly running the fair this year? amazing",
    "someone upthread was asking about her insta, creepy, reported",
    "what's the least painful way to take off a plaster on a 5 year old",
    "looking at the rope course photos, looks so fun",
    "my son hasn't eaten since breakfast, is lunch late today?",
    "the refuge collection for the food bank is on friday",
    "the kids were shouting and laughing all the way home",
    "we've got until friday to hand in the permission slips",
    "the fire drill at the school tonight was quick",
    "the teacher stamped the books in class",
    # the school's and a charity's words about suicide and self-harm
    "the cake sale for the suicide prevention helpline made £300",
    "the wellbeing hub offers support with anxiety, low mood and self harm, just drop in",
    "our head boy talked in a tutor session about his uncle's suicide and where to find help",
    "can someone share her number for the lift rota? thanks",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch48_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch48_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
