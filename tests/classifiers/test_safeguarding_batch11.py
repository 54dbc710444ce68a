"""safeguarding, batch 11 rule families: harms told without their usual words.

Each row names the rule family expected to explain the flag, so a case caught only by
accident elsewhere does not pass silently; the hard negatives share the families'
vocabulary (trips, sleepovers, sports day, fire drills, parent hyperbole).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

# (text, labels, rule the explanation must name)
FAMILIES = [
    # suicidal intent said sideways
    ("nobody is going to talk me out of it this time", SG, "suicidal_intent_indirect"),
    ("dont think ill be around after the exams tbh", SG, "suicidal_intent_indirect"),
    ("thinking about not existing is all i do at night", SG, "suicidal_intent_indirect"),
    ("want to unalive myself", SG, "suicidal_intent_indirect"),
    ("un4live is all i think about", SG, "suicidal_intent_indirect"),  # leetspeak
    ("sorry to everyone i hurt, this is the last message ill send", SG, "suicidal_intent_indirect"),
    # self-harm hidden or relapsed
    ("wearing my hoodie in PE so nobody sees my wrists", SG, "self_harm_hidden"),
    ("six weeks clean and then i did it again last night", SG, "self_harm_hidden"),
    ("the razor is the only thing that calms me down", SG, "self_harm_hidden"),
    ("her thighs are all cut up and she wont talk to us", SG, "self_harm_hidden"),
    # eating disorders through behaviour
    ("only had an apple all day and still feel fat", SG, "eating_disorder_signs"),
    ("my son is making himself sick in the toilets after lunch", SG, "eating_disorder_signs"),
    ("she bins her packed lunch every day, the dinner staff noticed", SG, "eating_disorder_signs"),
    # adults keeping parents out
    ("you can come round to mine after school, your mum doesnt need to know", SG, "parents_kept_out"),
    ("I can give her a lift home without her mum knowing, no problem", SG, "parents_kept_out"),
    ("students can message me on my personal snap, parents dont need to know", SG, "parents_kept_out"),
    # strangers approaching children
    ("an older man in a van was asking the year 3s where they live", SG, "stranger_approach"),
    ("some bloke has been photographing the girls at the bus stop", SG, "stranger_approach"),
    # interest in minors, paid content
    ("anyone 15+ want to earn cash for content? dm me", SG, "interest_in_minors"),
    ("i prefer younger girls tbh, any in year 10?", SG, "interest_in_minors"),
    ("a dad dragged his son by the collar out of the gates", SG, "interest_in_minors"),
    # sextortion
    ("he says he'll send my pics to my mum unless i pay him", SG, "sextortion"),
    ("my daughter was pressured into sending a video and now he wants more", SG, "sextortion"),
    # threats without a weapon or a verb of violence
    ("that teacher had better not walk to her car alone tonight", SG_ABUSE, "veiled_warning"),
    ("his kids aren't safe, tell him that", SG_ABUSE, "veiled_warning"),
    ("that teacher is lucky i didn't go down there today", SG_ABUSE, "veiled_warning"),
    ("the head will need an ambulance when i get hold of him", SG_ABUSE, "violent_outcome"),
    ("i'm going to put that boy through a window", SG_ABUSE, "violent_outcome"),
    ("someone's getting shanked at the bus stop", SG, "violent_outcome"),
    ("that academy will be a crime scene by friday", SG, "place_threat"),
    ("the canteen is going up in flames next week", SG, "place_threat"),
    ("lock the doors and torch it", SG, "place_threat"),
]

# concept combinations: neglect and abuse told through circumstances
CONCEPT_CASES = [
    ("my little sister flinches when our dad walks in", SG, "concepts:afraid_of_family"),
    ("when mum gets drunk we hide under the bed", SG, "concepts:afraid_of_family"),
    ("he has a black eye and you can hear screaming from their house", SG, "concepts:injury_and_fear"),
    ("i had to kneel in the garden in the rain for hours", SG, "concepts:harsh_punishment"),
    ("electric ran out days ago and theres no food for my brother", SG, None),
    ("the kids at number 4 are out until 2am with nobody looking for them", SG, "concepts:neglect_signs"),
    ("cute little lad in the front, which estate does he live near?", SG, None),
    ("my son has two phones now and wont say who pays for them", SG, None),
    ("we got kicked out and have been sleeping in the car with the kids", SG, None),
]

HARD_NEGATIVES = [
    "no point bringing a coat, the sun is out",
    "my son won't be in on monday, he has a hospital appointment",
    "goodbye and thank you to Mr Shah, you were kind to all of us",
    "the last post from the PTA before the summer, have a lovely break",
    "we're all dying to know who won the raffle",
    "I could murder a pizza after that sponsored walk",
    "the kids will kill each other in the car if the rain keeps up 😂",
    "she fell off her bike and has a massive bruise, she's fine",
    "my son slept at his nan's and came back with a new game",
    "my daughter came home from her birthday party with money and a new top",
    "don't tell the children, the secret reader is the mayor!",
    "the fire drill went brilliantly, everyone was out in two minutes",
    "the christmas lights at the school went up this week, it looks lovely lit up",
    "watch out year 6, the staff team want the tug of war trophy back",
    "someone is going to get hurt on that pothole by the gate, please fix it",
    "my son's friends sleep over at ours most weekends",
    "the county lines awareness talk for parents was excellent",
    "my son asked what self harm means after the assembly, so we talked about it",
    "Tutoring for 11+ exams, £30 an hour, message me",
    "he is so hungry after swimming, can he bring a bigger snack?",
    "my daughter is vegetarian and barely eats the school dinners",
    "the year 7s wrote a play about a boy who walks into the sea",
    "the school is finished for the summer, have a good break everyone",
]


@pytest.mark.parametrize(("text", "labels", "rule"), FAMILIES + CONCEPT_CASES)
def test_batch11_families_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...],
                                           rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch11_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert verdict.labels == NONE, verdict.to_dict()


def test_place_threat_alone_is_not_abuse(safeguarding_pipeline: Pipeline) -> None:
    # a threat to the building names nobody: safeguarding, not abuse (labelling convention)
    verdict = safeguarding_pipeline.classify("that school won't be standing by friday")
    assert verdict.labels == SG
    [why] = [e for e in verdict.explanations["safeguarding"] if e.rule == "place_threat"]
    assert why.matched and "school" in why.matched
