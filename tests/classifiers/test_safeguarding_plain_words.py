"""safeguarding: risk said in plain, everyday words.

Rule families for wording the older phrase rules left to the model: hopelessness ("don't
see the point of anything any more"), a stranger asking when someone's child leaves or
offering that child a lift, children recruited to carry or sell for money, violence
announced for a day ("there will be a shooting on Friday"), marks left by a belt or a
cable, a stranger asking a child's name by her looks, a first-person goodbye, filming up
a skirt, an online stranger after a child's address or older than he claims, and an
injury nobody will explain. The hard negatives are the ordinary school sentences built
from the same words: a pointless homework app, lifts to parties and football, volunteers
for the tuck shop, photo shoots and fire drills, goodbyes to a teacher or the leavers,
heavy bags, addresses for raffles and trip forms, bruises from rugby.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

# (text, rule the explanation must name)
FAMILIES = [
    ("honestly don't see the point of anything any more", "hopelessness_more"),
    ("i cant see any point in being here, everything is too much", "hopelessness_more"),
    ("there's no reason to carry on, nobody would notice", "hopelessness_more"),
    ("what time does your daughter finish? I can give her a lift", "routine_asked"),
    ("when does ur son walk home? i'll give him a lift, no need to tell your mum", "routine_asked"),
    ("need a couple of young lads to run for me, pays well", "recruitment_offer"),
    ("looking for younger kids to drop parcels, easy money", "recruitment_offer"),
    ("carry a few bags for us after school, £50 cash", "recruitment_offer"),
    ("there will be a shooting on friday", "violence_forecast"),
    ("there's gonna be a stabbing at the gates tomorrow", "violence_forecast"),
    ("attack is planned for monday, stay away", "violence_forecast"),
    ("i've got marks on my back from the belt", "injury_from_implement"),
    ("she has red marks across her legs from dad's cable", "injury_from_implement"),
    ("is the blonde girl in year 4 in the front row yours? what's her name?", "child_identity_asked"),
    ("what's her snap, the pretty girl on the end?", "child_identity_asked"),
    ("i've said my goodbyes, thanks for everything", "concepts:farewell_note"),
    ("a boy in my class filmed up my skirt on the stairs", "concepts:voyeurism"),
    ("this guy on fortnite wants my address so he can send me a gift card", "online_stranger"),
    ("she's been chatting to someone online who says he's 14 but his voice sounds like a man", "online_stranger"),
    ("our son came home with bruises and won't say who did it", "unexplained_injury"),
    # evasions
    ("there will be a sh00ting on friday", "violence_forecast"),
    ("i dont see the p o i n t of anything any more", "hopelessness_more"),
]

HARD_NEGATIVES = [
    "I don't see the point of the new homework app, it never loads",
    "what's the point of the uniform rule if nobody follows it",
    "honestly don't see the point in these Friday meetings",
    "what's the point of going on about the car park again",
    "what time does your daughter finish swimming on Tuesdays? we could share lifts",
    "I can give her a lift to the party on Saturday if that helps",
    "happy to give him a lift to football practice after school",
    "we need a few young people to run the tuck shop at the fair",
    "looking for young volunteers to run the cake stall, all money to the PTA",
    "need some young lads to carry the chairs into the hall after assembly",
    "the kids will run for the charity fun run, sponsorship pays well for the school",
    "there will be a photo shoot for year 6 on Friday",
    "there's going to be a shooting stars theme for the disco",
    "there will be a netball shooting practice at lunch",
    "there will be a fire drill on Thursday morning",
    "Goodbye Mrs Hale, thank you for everything you have done for our children!",
    "we said our goodbyes to year 6 today, thanks for everything",
    "the wind blew up my skirt on the way to the car lol",
    "what's her name, the lovely lady in the office who found my son's coat?",
    "the blonde girl in the nativity photo is my niece, she was brilliant",
    "my son got marks on his back from the rucksack straps, are the bags too heavy?",
    "she got her yellow belt at karate, the marks from the grading were top",
    "the PTA wants my address so they can send the raffle prize",
    "the school office asked for our home address for the trip forms",
    "our son came home with bruises from rugby and won't say how bad it hurts, typical boy",
    "my daughter came home with a black eye from netball, she won't stop talking about the match",
]


@pytest.fixture(scope="module")
def pipeline(safeguarding_pipeline: Pipeline) -> Pipeline:
    return safeguarding_pipeline


@pytest.mark.parametrize(("text", "rule"), FAMILIES)
def test_plain_wording_is_flagged_and_explained(pipeline: Pipeline, text: str, rule: str) -> None:
    assert_flagged(pipeline.classify(text), ("safeguarding",), rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_ordinary_school_sentences_with_the_same_words_stay_clean(pipeline: Pipeline, text: str) -> None:
    verdict = pipeline.classify(text)
    assert verdict.labels == (), verdict.to_dict()


def test_an_announced_attack_with_no_one_named_is_not_abuse(pipeline: Pipeline) -> None:
    verdict = pipeline.classify("there will be a shooting on friday")
    assert verdict.labels == ("safeguarding",), verdict.to_dict()
