"""safeguarding, batch 57-59 mechanisms: exam season, faith and festivals, a school's
reels, in wording that is not in the case file.

Threats told aside (``threat_told_aside``, in the threat grammar, so a threat at a person is
abuse too): people "lined up and shot", a place someone "should gas", fireworks "not the nice
kind", a person "on my list" with a "tick tock", a gun brought to an evening or a place of
worship, a person "swinging from" a height, a staff room that "is gonna learn".

Harms told at exam time and after: a child missing told as an appeal
(``child_missing_told``), an ending said as thanks to those "kind to me" or a fear of not
making it in distress (``ending_said_as_thanks``), "all be over" said in earnest
(``over_said_in_earnest``), hair pulled out in chunks (``hair_pulled_out``), calories cut to
a few hundred or food withheld for a week (``food_cut_or_withheld``), an adult who tells a
child to delete their messages (``adult_asks_child_to_delete``), a child of 15 or under
engaged or with a wedding booked (``child_marriage_arranged``), a named dangerous prank done
to someone (``dangerous_prank_on_someone``). The hard negatives share the words. The
pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

MECHANISMS = [
    ("the marking team need to be lined up and shot, all of them", SG_ABUSE, "threat_told_aside"),
    ("whoever set that paper should be lined up and hanged", SG_ABUSE, "threat_told_aside"),
    ("somebody should torch that church hall before the carol service", SG, "threat_told_aside"),
    ("we should petrol bomb their minibus", SG, "threat_told_aside"),
    ("there'll be a bang at the diwali assembly, not the festive sort", SG, "threat_told_aside"),
    ("mr hale is on my list. tick tock mate", SG_ABUSE, "threat_told_aside"),
    ("the head of maths is on my hit list, counting down to results day", SG_ABUSE, "threat_told_aside"),
    ("i'm carrying my knife into that results day if mr hale is there", SG_ABUSE, "threat_told_aside"),
    ("my uncle says he is bringing a rifle to the mosque open day", SG, "threat_told_aside"),
    ("keep going with the pride assembly and that vicar will be hanging from the goalposts", SG_ABUSE, "threat_told_aside"),
    ("mark my words, the teachers are gonna learn.", SG_ABUSE, "threat_told_aside"),
    ("please share, my nephew went missing after the fair, he's 12, we're searching the woods", SG, "child_missing_told"),
    ("the girl from number 4 has not been seen since sunday and nobody is saying anything", SG, "child_missing_told"),
    ("Jordan in year 10 has been missing school since easter, if anybody has seen him ring his dad", SG, "child_missing_told"),
    ("this is my final post, thank you to the ones who were ever nice to me", SG, "ending_said_as_thanks"),
    ("panic attacks every night, i dont know if i'll get through this", SG, "ending_said_as_thanks"),
    ("cant wait for everything to be over. for real", SG, "over_said_in_earnest"),
    ("stress has me pulling my own hair out in clumps", SG, "hair_pulled_out"),
    ("she keeps pulling her eyelashes out, there are bald patches now", SG, "hair_pulled_out"),
    ("down to 600 calories a day and still not thin enough", SG, "food_cut_or_withheld"),
    ("tracking cals every meal, got them under 500 this week", SG, "food_cut_or_withheld"),
    ("dad said if my report is bad i'm not allowed to have dinner for two weeks", SG, "food_cut_or_withheld"),
    ("the tutor told my son to delete the chats after every lesson", SG, "adult_asks_child_to_delete"),
    ("the football coach asks the kids to delete all his snaps", SG, "adult_asks_child_to_delete"),
    ("my friend is only 14 and she's getting married in the summer holidays", SG, "child_marriage_arranged"),
    ("her wedding is booked for june and she's only 13", SG, "child_marriage_arranged"),
    ("pull the skullcrusher on the year 7 by the lockers", SG, "dangerous_prank_on_someone"),
]

HARD_NEGATIVES = [
    # lined up for photos, a gas cooker, fireworks at the display, a list of thanks
    "the leavers were lined up and photographed on the field, lovely",
    "someone should check the gas in the food tech room, it smells",
    "there'll be fireworks at the diwali display, the nice kind, bring the kids",
    "mrs obi is on my list for a thank you card, she knows why",
    "my dad is bringing the axe to the forest school session for the firewood",
    "she'll be hanging from the monkey bars all afternoon",
    "the year 3s are going to learn about the romans next term",
    # a lost thing, a film, a pet gone missing
    "my son's PE bag went missing after the trip, he's 11 and it has his name in",
    "our cat has not been seen since friday, black with white paws",
    "he's been missing school since his operation, back after half term",
    # a last exam, a thank-you, an ordinary wish
    "last exam today! thank you to all the teachers who were kind to me over five years",
    "cant wait for it all to be over genuinely, exams are a nightmare",
    "i don't know if i'll make it to the fair in time, traffic is awful",
    "these exams have me pulling my hair out lol",
    "this recipe is only 400 calories per portion, perfect after the run",
    "we won't get dinner for a week if the boiler man doesn't come, the oven's on it too",
    "the teacher told the kids to delete the chain messages, good advice",
    "my 15 year old is a bridesmaid at her aunt's wedding in august",
    "don't do the skull breaker on anyone, the letter explains why",
    # warning signs told to parents, a death promised by an exam question, a day that will
    # "kill me", a shoot with its lighting (the false-alarm causes fixed this round)
    "the leaflet on suicide warning signs was really useful, thank you",
    "useful page on the signs of self-harm, shared it with the other parents",
    "i will actually die if they put another essay question on the history paper",
    "sports day is gonna kill me, four races and the parents' sprint",
    "shoot it again from the stage, the lighting is better there",
]

STILL_FLAGGED = [
    # the same words, meant: a death wished on a day, a threat to shoot a person
    "i want to die if there's another day like this",
    "i'm gonna shoot the next one who laughs at me",
    "i've been self harming and i know the warning signs are there",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch57_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch57_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_batch57_hard_negative_vetoes_leave_the_meant_words_flagged(safeguarding_pipeline: Pipeline, text: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), ("safeguarding",), None)
