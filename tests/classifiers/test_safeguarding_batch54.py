"""safeguarding, batch 54-56 mechanisms: a nursery, a school trip and a hard winter, in
wording that is not in the case file.

Threats said plainly (``threat_said_plain``, in the threat grammar, so a threat at a person
is abuse too): the harm the target "will get", anyone "in the way" who gets hurt, a grave
"first", pushed off a height, regret "being born", found out and dealt with, waiting for
someone with a weapon or after a last warning, turning up with a bat, hoping they never walk
home alone, doors they "better keep locked", "bring a first aid kit", a "talk" that won't be
talking, "one way or another", "don't test me", a gang coming round tonight, "see what i do
to", a group to be gassed. New targets: a trip leader, a bursar, an instructor, a host
family, "whichever mum", "the dad who".

Harm told plainly (``harm_told_plainly``): a child not seen since with the police involved,
a pupil left at the services by the coach, a carer passed out or taking drugs with a baby, a
toddler left outside a pub, a partner hurting the youngest, a partner controlling all the
money, an adult after close-ups or a child's name by private message or messaging children
directly, a volunteer "good with little girls", a teenage boyfriend with a child, a group to
be wiped out with a plan, a child without food for days, a family unseen behind shut
curtains, an adult sharing a room with a pupil, photos of a child undressed "for records", a
child collected by someone nobody knew, cash to drop parcels. The hard negatives share the
words, among them a plate battered in the dialects, a toddler "trying to kill me" with early
mornings, "i'm gonna die" at a chore, and an advert's 💥. The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

MECHANISMS = [
    ("tell that dinner lady she'll get a kicking if she speaks to my girl like that again", SG_ABUSE, "threat_said_plain"),
    ("he'll get a bottle in his face next time i see him at the gates", SG_ABUSE, "threat_said_plain"),
    ("i'm collecting my son friday and anybody who gets in my way will get hurt", SG_ABUSE, "threat_said_plain"),
    ("that teacher will be in the ground before she sees my kids again", SG_ABUSE, "threat_said_plain"),
    ("i would have thrown him off the cliff on that walk if i'd been there", SG_ABUSE, "threat_said_plain"),
    ("the host family who sent my son home will regret ever being born", SG_ABUSE, "threat_said_plain"),
    ("i will find out who did this and i will sort them", SG_ABUSE, "threat_said_plain"),
    ("if the instructor shouts at my boy again i'll be waiting at the centre for him", SG_ABUSE, "threat_said_plain"),
    ("i'll be waiting outside the office for the bursar with my bat", SG_ABUSE, "threat_said_plain"),
    ("if they cut our hours again im coming down there with a hammer", SG, "threat_said_plain"),
    ("the coach driver better pray he never bumps into me", SG_ABUSE, "threat_said_plain"),
    ("i know where the group leader is staying, she should lock her door", SG_ABUSE, "threat_said_plain"),
    ("see you at the gate mrs cole, bring a stretcher", SG_ABUSE, "threat_said_plain"),
    ("my cousins are coming up to 'talk' to the head. it won't be a chat", SG_ABUSE, "threat_said_plain"),
    ("i'll make sure the room leader never works with kids again, one way or the other", SG_ABUSE, "threat_said_plain"),
    ("the mum who keeps parking on my drive, i'll put her in the bin. don't try me", SG_ABUSE, "threat_said_plain"),
    ("that landlord who evicted us, we're coming over tonight, five of us", SG_ABUSE, "threat_said_plain"),
    ("someone needs to gas all of the staff at that nursery", SG_ABUSE, "threat_said_plain"),
    ("please share, 9 year old Ellie missing since tea time, police are out looking", SG, "harm_told_plainly"),
    ("my daughter got left behind at the station by the school for two hours", SG, "harm_told_plainly"),
    ("dad was off his face at drop off with the toddler strapped in the back", SG, "harm_told_plainly"),
    ("the baby was left outside on her own while her dad was in the bookies", SG, "harm_told_plainly"),
    ("i think my friend's boyfriend hits the kids when she's at work", SG, "harm_told_plainly"),
    ("my partner takes all of my wages and gives me £20 for the week", SG, "harm_told_plainly"),
    ("lovely pics of the toddlers at bath time, could i have the full set privately", SG, "harm_told_plainly"),
    ("can you dm me the name of the little boy in the red coat in the second photo", SG, "harm_told_plainly"),
    ("i run a youth club and would love to text the girls directly about it", SG, "harm_told_plainly"),
    ("retired man, great with young girls, happy to help at forest school", SG, "harm_told_plainly"),
    ("my niece is a 13 year old girl and her boyfriend is 19, her mum doesn't care", SG, "harm_told_plainly"),
    ("my lad hasn't had a meal for three days, the electric's off", SG, "harm_told_plainly"),
    ("not heard the family at 22 in over a week, post piling up at the door", SG, "harm_told_plainly"),
    ("the leader said he would share a tent with my daughter because of the rain", SG, "harm_told_plainly"),
    ("a woman picked up Reggie from the nursery and no one recognised her", SG, "harm_told_plainly"),
    ("older lads giving year 8s cash to deliver packages after school", SG, "harm_told_plainly"),
    ("my nephew got offered £40 to 'carry bags' across town", SG, "harm_told_plainly"),
    ("need lads for c o u n t y 🚆 work, good money", SG, "harm_told_plainly"),
]

HARD_NEGATIVES = [
    # a kicking in a match, a hiding at cards, a waiting parent, a first aid kit packed
    "we'll get a kicking off the league leaders on saturday, they're unbeaten",
    "i'll be waiting in the car park for them when the coach gets back",
    "i'll be waiting at the gate for her with her coat and a snack",
    "please bring a first aid kit and a whistle on the walk",
    "we're coming round tonight, 4 of us, for the birthday tea",
    "you should lock your doors tonight, there have been break ins on the estate",
    "better hope it doesn't rain for sports day",
    "we need to talk to the council about the bins, it won't be easy",
    "i'll find out who runs the uniform swap and message them",
    "she'll be in hospital for a few days after her operation",
    "my son threw his bag off the bus again, nightmare",
    # a missing thing, a left coat, a meal skipped
    "still no sign of the lost property from the trip, anyone seen a blue coat?",
    "he left his coat at the services on the way back from the museum",
    "my partner controls the tv remote in our house 😂",
    "could you post more pictures of the little ones at sports day please",
    "she's not eaten her crusts for days, fussy madam",
    "the instructor shared a room with the other instructors, all fine",
    "my husband picked up the kids today because i was at work",
    "the £5 is to deliver the parcels to the food bank, thank you volunteers",
    "the county show is on saturday, we're getting the 🚂 there",
    # the safeguarding training retold
    "at the volunteer induction they said never promise to keep it a secret if a child tells you something",
    # a plate in the dialects, a small child's mornings, a chore's drama, an advert's sparkle
    "our lass is gonna smash that full english after the fun run",
    "me dad'll batter this fry up, he's starving after his shift",
    "our toddler is trying to kill me with these 4am starts",
    "she keeps saying 'i'm gonna die' when she has to tidy her room",
    "💥 tomorrow only: comment YES for the link, half price school shoes 💥",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch54_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch54_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
