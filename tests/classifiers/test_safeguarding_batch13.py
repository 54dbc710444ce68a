"""safeguarding, batch 13 mechanisms: risk told in words no phrase rule anticipated.

Each mechanism reads an idea rather than a phrase: an ending offered as relief, punishment
named by its implement, coercion told vaguely, coercive control at home, adults supplying
children, a child gone from school, harm pictured as a joke, a fate with no act named,
stay-away warnings, weapon emoji beside a day or a person; and concept pairs (a worried
parent beside any sign of harm, food rules beside body goals, a stranger's pet name beside
a move to another app, someone in a child's room while the house sleeps, a parent's
contempt, easy money for the young, drugs on a child, dares gone wrong, extremist words
near a child, intimate images spread). Last, a review-band model probability is settled
by one word of risk. Each row names the rule expected to explain the flag; the hard
negatives share the mechanisms' vocabulary.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.safeguarding import CORROBORATED_SCORE, SafeguardingDetector, corroborate
from classifiers.normalize import fold
from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

# (text, labels, rule the explanation must name)
MECHANISMS = [
    ("dont stress about me, i wont be a bother to any of you for much longer", SG, "ending_as_relief"),
    ("after friday i'll stop being everyone's problem", SG, "ending_as_relief"),
    ("spent all night looking up painless ways to go to sleep", SG, "ending_as_relief"),
    ("got the slipper again for forgetting my reading book, normal", SG, "implement_punishment"),
    ("he gets a good hiding off his dad when he loses at football", SG, "implement_punishment"),
    ("older boys made him do stuff in the changing rooms and recorded it", SG, "coerced_act"),
    ("dad hides mums car keys and her bank card so she can't leave the house", SG, "coercive_control"),
    ("mum has to ask him for permission to buy clothes for us", SG, "coercive_control"),
    ("some bloke keeps buying the girls vodka at the rec", SG, "adult_supplies_children"),
    ("nobody has seen the twins at school since easter and the house is empty", SG, "missing_from_education"),
    ("wouldn't it be funny if the canteen went up with the staff still inside 😂", SG_ABUSE, "imagined_harm"),
    ("imagine if someone cut the brakes on mr hill's car lol", SG_ABUSE, "imagined_harm"),
    ("grasses end up in the river round here, tell ur sister", SG_ABUSE, "veiled_fate"),
    ("that dinner lady won't be working here much longer once my brothers find her", SG_ABUSE, "veiled_fate"),
    ("if i were you i wouldn't send your kids in on the 3rd", SG, "stay_away_warning"),
    ("anyone sensible had better be somewhere else next tuesday", SG, "stay_away_warning"),
    ("see you all in assembly tomorrow 🔫", SG_ABUSE, "weapon_emoji"),
    ("is it normal that my son's tutor wants to be alone with him in his bedroom?", SG, "concepts:worry_about_harm"),
    ("not sure who to tell but my niece has been really hungry and scared lately", SG, "concepts:worry_about_harm"),
    ("day 4 of only water, can nearly see my collar bones", SG, "concepts:restriction_for_body"),
    ("tips to purge quietly at a sleepover?", SG, "concepts:restriction_strong"),
    ("hey cutie loved ur gymnastics clip, add me on telegram x", SG, "concepts:stranger_courts_child"),
    ("my uncle creeps in my room at night when mum is at work", SG, "concepts:night_visits"),
    ("my mum screams that i ruined her life every single day", SG, "concepts:degraded_at_home"),
    ("easy cash for year 9s, no questions asked, message for details", SG, "concepts:easy_money_for_young"),
    ("found edibles in my 13 year old's pencil case", SG, "concepts:drugs_on_a_child"),
    ("kids in year 5 played a choking game and one girl passed out", SG, "concepts:dare_gone_wrong"),
    ("my 14 year old keeps sharing memes about incels being right", SG, "concepts:extremism_near_child"),
    ("someone set up a fake account posting naked edits of girls in year 10", SG, "concepts:intimate_images_spread"),
    ("i know the new pe teacher jogs round the park alone every evening. just saying", SG_ABUSE, "insinuated_threat"),
    ("the summer fair will be memorable this year, for all the wrong reasons", SG, "insinuated_threat"),
    ("that staffroom would look so much better on fire haha", SG, "insinuated_threat"),
    ("my 14 year old keeps sneaking out at 2am and getting into cars with older lads", SG, "concepts:out_at_night_with_adults"),
    ("i binge at night then hide food wrappers so no one knows", SG, "concepts:binge_and_hide"),
    ("whoever reported me will never know what hit them", SG_ABUSE, "menace_idiom"),
    ("the caretaker should sleep with one eye open from now on", SG_ABUSE, "menace_idiom"),
    ("kids are sniffing aerosol cans behind the sports hall to get high", SG, "intoxication_at_school"),
    ("a boy in year 8 is selling his adhd tablets at lunch", SG, "intoxication_at_school"),
    ("my son has a fat lip and went really quiet when i asked about his weekend at his uncle's", SG, "concepts:injury_and_silence"),
    ("the swimming instructor messages my daughter late at night on instagram", SG, "concepts:staff_private_contact"),
    ("my nephew says outsiders are replacing us and he wants to fight back", SG, "concepts:conspiracy_and_action"),
    ("somebody leaked her private pics and the whole school has seen them", SG, "concepts:intimate_images_spread"),
]

# the same ideas behind the usual disguises (folded before matching)
EVASIONS = [
    ("w o n t  b e  a  p r o b l e m  f o r  a n y  o f  u  m u c h  l o n g e r", SG, "ending_as_relief"),
    ("GOT THE BELT AGAIN FOR MY REPORT", SG, "implement_punishment"),
    ("sn1tches end up in the c@nal", SG, "veiled_fate"),
    ("ｄｏｎｔ ｓｅｎｄ ｕｒ ｋｉｄｓ ｉｎ on friday", SG, "stay_away_warning"),
]

HARD_NEGATIVES = [
    "my son wont be a problem at bedtime much longer, the new routine is working",
    "my daughter got her black belt at karate for being so dedicated",
    "the coach made them do laps in the rain and they loved it",
    "mum took my phone because i didn't do my homework 🙄",
    "the leavers do is at the cricket club, soft drinks only",
    "she's off school with chickenpox, not back until next week",
    "imagine if we won the county cup this year!",
    "wouldn't it be funny if the teachers did the bake off, cake everywhere",
    "the pe kit order says delivery after half term",
    "the duck race on the canal walk raised £200",
    "don't send your kids in on friday if they have a temperature",
    "the school is closed on the 3rd for an inset day, stay home",
    "what an amazing disco 💥 the kids had a blast",
    "is it normal that he's so tired after swimming lessons?",
    "not sure who to tell, my son's reading book is missing again",
    "my son fasts for ramadan and skips lunch, can he go to the library?",
    "gorgeous photos from the nativity, any more pics on the website?",
    "the kids all piled into my room at night during the thunderstorm",
    "my mum always says i'm useless at football lol",
    "good money raised at the car boot sale for the kids' charity",
    "the drugs awareness talk for year 9 parents was really useful",
    "my son fainted at sports day from the heat, he's fine now",
    "the year 9 history unit on the holocaust was handled so well",
    "please don't share photos of other children in the group chats, thank you",
    "thank you for the leaflet on county lines at parents evening",
    "mr davies is going to kill it as santa this year",
    "i know mr peters runs the park run every saturday, such a legend",
    "the christmas lights would look better on the front of the school",
    "the year 11s were picked up at midnight from the ski trip coach, all safe",
    "we binge watched the whole series over half term",
    "the year 6s will never know what hit them when the surprise party starts",
    "my son has a cold and keeps sniffing in class, sorry to his teacher",
    "she fell off her bike and has a fat lip, went quiet for a bit but she's fine",
    "the coach messages the parents late on friday with the team for saturday",
    "year 9 learnt how propaganda says the enemy will replace us, a great history unit",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS + EVASIONS)
def test_batch13_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch13_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert verdict.labels == NONE, verdict.to_dict()


@pytest.mark.parametrize(("text", "flagged"), [
    ("i just want everything to stop forever", True),
    ("a man at the park gave my son a phone for helping him", True),
    ("she'll die of embarrassment if i come to the disco, forever uncool", False),  # hyperbole vetoes
    ("can he bring his tablets for hay fever to the residential?", False),  # no word of risk
])
def test_review_band_is_settled_by_a_word_of_risk(text: str, flagged: bool) -> None:
    # the model's half-sure probability alone stays in the review band; with a word of risk
    # and nothing ordinary beside it, a person is asked to look
    found = corroborate(fold(text), 0.45)
    assert bool(found) is flagged
    if flagged:
        [why] = found
        assert why.score == CORROBORATED_SCORE >= 0.5
        assert why.explanation.rule == "model_corroborated"
        assert why.explanation.matched == text[why.explanation.start:why.explanation.end]
        assert "0.45" in why.explanation.adjustments[0]


def test_corroboration_needs_the_review_band(safeguarding_pipeline: Pipeline) -> None:
    # below the band the model says nothing, above it the model acts alone: the word of
    # risk never makes a flag by itself
    detector = SafeguardingDetector()
    doc = safeguarding_pipeline.nlp.make_doc("i just want everything to stop forever")
    doc._.folded = fold(doc.text)
    for probability, expected in ((0.2, False), (0.45, True), (0.9, False)):
        doc.cats = {"safeguarding": probability}
        rules = [d.explanation.rule for d in detector.detect(doc)]
        assert ("model_corroborated" in rules) is expected, (probability, rules)


def test_veiled_fate_span_points_at_the_original_text(safeguarding_pipeline: Pipeline) -> None:
    text = "Snitches END UP in the canal, just so you know"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "veiled_fate"]
    assert why.matched == text[why.start:why.end]
    assert why.matched.lower().startswith("end up in the canal")


def test_on_a_long_post_the_model_alone_asks_for_review(safeguarding_pipeline: Pipeline) -> None:
    # a bag of words grows surer with length: past LONG_TEXT_CHARS its probability alone
    # only asks a person to look, unless a word of risk backs it
    from classifiers.detectors.safeguarding import LONG_TEXT_CHARS, MODEL_ACT

    detector = SafeguardingDetector()
    sentence = "We had a long discussion about the reading scheme and the new library books. "
    plain = sentence * (LONG_TEXT_CHARS // len(sentence) + 1)
    risky = plain + "My daughter says she wants to die."
    short = sentence
    for text, acts in ((short, True), (plain, False), (risky, True)):
        doc = safeguarding_pipeline.nlp.make_doc(text)
        doc._.folded = fold(doc.text)
        doc.cats = {"safeguarding": max(MODEL_ACT, 0.9)}
        found = [d for d in detector.detect(doc) if d.label == "safeguarding"]
        assert (max(d.score for d in found) >= 0.5) is acts, (len(text), [(d.explanation.rule, d.score) for d in found])
        model = next(d for d in found if d.explanation.rule == "model:safeguarding")
        assert ("held for review" in " ".join(model.explanation.adjustments)) is (len(text) > LONG_TEXT_CHARS)
