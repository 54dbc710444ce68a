"""safeguarding, batch 19-20 mechanisms: the risks of two terms' comments in new words.

Each row tells an idea the batches carried in wording that is not in the case file: a joke
disowned ("but fr"), the mafia idiom, a drill that will not be a drill, the school that
"will burn", a bomb placed in a block at a time, a warning that "something's happening",
an injury a face would "look better with", a person to be found, parents as a gang; giving
up with the blame taken on, help refused with the mind made up, "i'll just end it",
"s/h" abbreviated, danger left where children play, a child not brought back or taken
abroad, money to carry a package, an online adult asking if a child is home alone,
pictures held for payment, nitrous oxide, a child unheard from since a trip, no power
at home. The hard negatives share the words; the last group retells this round's false
alarms in other words. The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threats: the school's people and the school itself (threat_grammar.threat_menace_school)
    ("haha jokes but seriously i'm going to smack that dinner lady at lunch", SG_ABUSE, "threat_menace_school"),
    ("lol not really... tho deadass ima stab him after school", SG_ABUSE, "threat_menace_school"),
    ("lovely playground you've got, would be a real shame if anything happened to it over half term", SG_ABUSE, "threat_menace_school"),
    ("be a pity if something bad happened to your car mr hale", SG_ABUSE, "threat_menace_school"),
    ("fire drill on thursday? that one won't be a drill", SG, "threat_menace_school"),
    ("all these drills, good practice for the real one coming soon", SG, "threat_menace_school"),
    ("parents evening tonight, hope the fire doors are unlocked 😏", SG, "threat_menace_school"),
    ("this academy is going to burn. remember i said it", SG, "threat_menace_school"),
    ("device under the sports hall, 2pm friday. not joking", SG, "threat_menace_school"),
    ("stay away from the leavers assembly, something is going down, cant say who", SG, "threat_menace_school"),
    ("the deputy would look better with a broken nose tbh", SG_ABUSE, "threat_menace_school"),
    ("whoever keyed my car in the car park, i'll track you down and you will regret it", SG_ABUSE, "threat_menace_school"),
    ("someone find out where the head lives and pay her a little visit", SG_ABUSE, "threat_menace_school"),
    ("me and a few of the other mums are going to sort that receptionist out properly", SG_ABUSE, "threat_menace_school"),
    ("bomb at the canteen tmrw lunchtime, evacuate", SG, "threat_menace_school"),
    ("that crossing lady will get knocked down one morning and it won't be an accident", SG_ABUSE, "threat_menace_school"),
    ("my cousins will be waiting for mr dale by the bins. pass it on", SG_ABUSE, "threat_menace_school"),
    ("told the head twice. the next time it'll be with a bat", SG_ABUSE, "threat_menace_school"),
    ("got his number plate off the school run and ive bought petrol", SG_ABUSE, "threat_menace_school"),
    ("the head hides behind her office door. doors can get kicked in", SG_ABUSE, "threat_menace_school"),
    ("sir won't be coaching after easter, i'll make sure of it", SG_ABUSE, "threat_menace_school"),
    ("mr pike might want to check under his car tomorrow morning", SG_ABUSE, "threat_menace_school"),
    ("we know which house is hers on the estate, miss", SG_ABUSE, "threat_menace_school"),
    ("that dinner lady won't be working again once i get hold of her", SG_ABUSE, "threat_menace_school"),
    ("somethings going down on the coach home from the trip, can't say more", SG, "threat_menace_school"),
    # safeguarding in plain words
    ("i feel like giving up. nobody would notice and it's all my fault anyway", SG, "giving_up_self_blame"),
    ("please don't try to stop me, my mind is made up", SG, "giving_up_self_blame"),
    ("got a 2 in maths again, might just end it tbh", SG, "giving_up_self_blame"),
    ("s/h relapse after 40 days clean, don't tell anyone", SG, "giving_up_self_blame"),
    ("there were needles on the slide at the park and a toddler touched one", SG, "danger_left_for_children"),
    ("their dad has threatened to take the children abroad, the school must not let him collect", SG, "danger_left_for_children"),
    ("his mum refused to send him back after the weekend and won't answer the phone", SG, "danger_left_for_children"),
    ("my daughter was offered 20 quid to carry a bag to the flats", SG, "danger_left_for_children"),
    ("a man on a gaming app asked her what school she goes to and whether she was home alone", SG, "danger_left_for_children"),
    ("someone got her nudes and wants money or else they share", SG, "danger_left_for_children"),
    ("year 10s are inhaling nitrous at the park after school", SG, "danger_left_for_children"),
    ("we haven't seen our son since yesterday afternoon, his phone is off and police are looking", SG, "danger_left_for_children"),
    ("we've had no money for the meter, using candles and my brother is freezing", SG, "concepts:hardship_and_neglect"),
]

HARD_NEGATIVES = [
    # the words of the mechanisms, no risk
    "lol jokes but fr the new head is lovely",
    "would be a shame if anything happened to the nature garden, please keep dogs off it",
    "the fire drill went really well, the children were calm and quick",
    "good practice today for the real thing, which we hope never happens",
    "hope the fire exits are clear at the christmas fair, last year they were blocked by stalls",
    "the school will burn off some energy at the fun run",
    "the bath bomb stall in the main hall tomorrow sold out by 11am",
    "something is happening at the summer fair - a surprise! can't say more 🎉",
    "the panda in her drawing would look better with black eyes",
    "i'll find you a seat at the front for the nativity",
    "i feel like giving up chocolate for lent this year",
    "don't try to help me pick a prom dress, i've decided already",
    "i'll just end it there, thanks for all the replies",
    "s/h uniform for sale, good condition, £5",
    "the pharmacy gave me the wrong tablets, left them in the car park",
    "we're taking the children abroad for half term, back on the 3rd",
    "the library asked her to bring the books back by friday",
    "my son was offered £5 to take a parcel to the post office for our neighbour",
    "the balloons for the year 6 disco are in the hall",
    "we haven't heard from our daughter since she started uni, typical teenager",
    "the fall on the ice this morning wasn't an accident waiting to happen, it was bad gritting",
    "please check under your car for cats before driving in this cold weather",
    "i know which house is yours, i'll pop the costume round tonight",
    "the next time is with my hands in the cake mix, can't wait for bake club",
    "mrs cole won't be teaching after easter, she's retiring and we'll make sure she has a lovely send-off",
    # this round's false alarms, retold
    "brilliant anti-bullying week, they learnt to report it if someone says 'go die' online",
    "the year 9 theatre production about suicide was handled with such care",
    "Now hiring: weekend waiting staff, 16+, £7.50/hr, apply in person",
    "DM me 'FREE' for my e-book on how I made six figures from my kitchen table",
    "online safety evening: no trusted adult asks a child to keep secrets from their parents",
    "great information night about county lines and exploitation signs",
    "i'm going to strangle my son if he loses another calculator",
    "that's me off to murder a greggs after the match",
    "the talent show video is up on the website now",
    "just watched the whole show video, the singing was unreal",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch19_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch19_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_disowned_joke_span_points_at_the_original_text(safeguarding_pipeline: Pipeline) -> None:
    text = "LMAO jokes BUT FR I'm gonna punch the deputy head"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "threat_menace_school"]
    assert text[why.start:why.end] == why.matched
    assert why.matched.lower().startswith("but fr")
