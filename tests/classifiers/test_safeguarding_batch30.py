"""safeguarding, batch 30-32 mechanisms: a special school, posts shared into community groups
and regional voices, in wording that is not in the case file.

Threats at a group and doxxing calls (``threat_at_group``): a vehicle driven through a crowd,
"kill the <group>", a group that "needs the rope", "target practice" with a group told to stay
home, a description given "do with that info what you will", a call to dox, a weapon brought
in, "something for the staff who excluded me", "do the same to whoever ... see how they like
it", "anyone who gets in our way gets hurt", lads "waiting for" someone who "won't come back",
a wish the attacker "had done the teachers", windows put in "and him through one", a person
thrown off a height or held under, "remember the date ... first", a bombing joke taken back
("only joking... or am i"), "imagine if someone brought a machete to", a teacher's home
address asked for. Other risks: a carer or escort who leaves a child crying, bruises after a
child was "held"; self-injury told and escalating, cutting "again"; what stops an ending, a
farewell apologising for being "hard work", no point "in owt"; a child's home, hotel or
characteristic shown to strangers; coercive control lived; children running for others, paid;
a child "being beaten at home", hands on a woman's neck; extremist symbols on a child's books;
private contact with a child addressed by year or looks; a parent afraid of hurting their
child. A threat heard and passed on, or feared by a parent, stays safeguarding without abuse. The hard negatives share the words.
The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threat_grammar.threat_at_group
    ("somebody needs to plough a lorry into the march on saturday", SG, None),
    ("someone should drive a car through them families at the gates", SG_ABUSE, "threat_at_group"),
    ("kill all the nonces. start with the drama teacher", SG_ABUSE, "threat_at_group"),
    ("the governors who voted for this want stringing up", SG_ABUSE, "threat_at_group"),
    ("target practice at the parade 🎯 those kids had better stay home", SG_ABUSE, "threat_at_group"),
    ("mrs cole, red fiat, parks by the chapel at 8. do with this information what you like", SG_ABUSE, "threat_at_group"),
    ("time to doxx the organisers, every last one", SG_ABUSE, "threat_at_group"),
    ("i'm bringing my uncle's machete in tomorrow, you'll all see", SG_ABUSE, "threat_at_group"),
    ("bringing something for the teachers who expelled my brother. watch", SG_ABUSE, "threat_at_group"),
    ("if my girl comes home with a black eye again i'll do the same to whoever did it, see how they like it", SG_ABUSE, "threat_at_group"),
    ("we're taking the banner down monday and anybody who steps in our way will get hurt", SG_ABUSE, "threat_at_group"),
    ("the boys will be waiting by the chippy for them lads from the hostel. they won't try it again", SG_ABUSE, "threat_at_group"),
    ("wish that gunman had gone into the staffroom and finished the teachers", SG_ABUSE, "threat_at_group"),
    ("gonna smash her windows in and her through one of them", SG_ABUSE, "threat_at_group"),
    ("we'll chuck him off the pier and hold him under till he's still", SG_ABUSE, "threat_at_group"),
    ("remember this date. 3rd may. the head and her deputies first", SG_ABUSE, "threat_at_group"),
    ("petrol bomb the mosque and no more noise, only joking.. or am i", SG, "threat_at_group"),
    ("imagine if somebody turned up with a shotgun to the pride picnic", SG, "threat_at_group"),
    ("does anyone have the home address of the RE teacher? want a word", SG_ABUSE, "threat_at_group"),
    # safeguarding.py, batch 30-32 rules
    ("the taxi escort shouts at her the whole way and she came home in tears again", SG, "carer_harms_child"),
    ("he was restrained at school and has bruises round both his upper arms", SG, "carer_harms_child"),
    ("my daughter bites her own arms until they bleed and no one at school has asked why", SG, "self_injury_told"),
    ("started cutting again. dont tell anyone", SG, "self_injury_told"),
    ("honestly the only thing keeping me here is my little brother", SG, "ending_held_back"),
    ("bye everyone, sorry for being such a burden this year", SG, "ending_held_back"),
    ("dinnae see the point o school or of anything", SG, "ending_held_back"),
    ("the new family from the welcome video are staying at the Grange hotel, the boy is 8", SG, "child_exposed_to_strangers"),
    ("the adopted girl is Maya Brook in year 5, everyone should know", SG, "child_exposed_to_strangers"),
    ("my husband won't let me go out without him, i can't come to parents evening", SG, "coercive_control_lived"),
    ("half the year 9 boys are running for the olders now, everyone knows", SG, "children_run_for_others"),
    ("£40 a day for kids with a bike, just drop bags to a few flats after school", SG, "children_run_for_others"),
    ("everyone knows the twins are getting hit at home, nobody does anything", SG, "harm_at_home_told"),
    ("a man had his hands round his partner's throat at pick up, kids watching", SG, "harm_at_home_told"),
    ("my son has a sonnenrad as his lock screen and won't say where he got it", SG, "extremist_symbols"),
    ("msg me privately if you're in year 6, got gifts for you", SG, "private_contact"),
    ("the little lass in the choir video is a stunner, snap me", SG, "private_contact"),
    ("my grandson stormed out after tea and hasnt come home, its dark now", SG, "child_reported_missing"),
    ("I am a burden to everyone, no one would notice, i'm so tired", SG, "hopelessness"),
    ("made masel sick after lunch again so nobody sees", SG, None),
    ("im so scared im gonna hurt my baby, i havent slept in days", SG, "carer_fears_harming_child"),
    # evasions come from the folding views
    ("k i l l the groomers", SG_ABUSE, "threat_at_group"),
    ("d0x the lot of them", SG_ABUSE, "threat_at_group"),
]

HARD_NEGATIVES = [
    # the words of threats at a group, without one
    "drive the minibus through the car wash before the trip please",
    "kill the lights when the parade goes past, it looks magical",
    "the hedge needs a rope to tie it back",
    "archery club was target practice heaven, kids loved it",
    "do what you will with the leftover cakes, they're free",
    "i'm bringing my dad's old camera in for the photography club",
    "bringing something for the staff who helped on the trip, thank you all",
    "we'll be waiting at the gates for the coach, they won't be back before 6",
    "remember the date: sports day 14th, parents welcome",
    "i wish the lad had gone through to the final",
    "the new boy lives near the park and loves football",
    # the other risks' words, without them
    "the bus escort is brilliant, he came home in tears because he'll miss her",
    "cutting the grass again on saturday if anyone wants to help",
    "the only thing stopping me from booking is the price",
    "goodbye everyone, sorry for the long post, see you at the fair",
    "don't see the point of the new car park or of the one-way system",
    "the girl who lives at 4 Mill Lane lost her scarf by the gate",
    "my husband won't let me forget the cake sale lol",
    "running for the same team as last year at sports day, £5 entry",
    "we're beaten at home every time we play the juniors",
    "the black sun rose over the eclipse trip, amazing photos",
    "can someone dm me the date for the year 4 trip?",
    "made myself a sandwich after school",
    "suicide prevention training for staff on the inset day was excellent",
    "the paperwork is enough to make anyone want to jump off a cliff",
    "do the kids need knives and forks for the picnic?",
    "the year 8 drama piece on knife crime was moving",
    "she's a silly old bat sometimes but we love the lollipop lady",
    "i could murder a pasty after that walk",
    "my mam's gonna murder me for posting this 😂 so proud of her",
    "he punches the punch bag at boxing club now, much calmer",
    "any parents in the same boat, message me on whatsapp, happy to share what helped",
    "retail jobs, £11 ph, 16+ welcome, apply via the link",
    "i shook him awake at 7 and he still missed the bus lol",
    "i'm worried i'm going to lose my voice before the concert",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch30_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch30_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_parents_told_to_keep_children_away_are_not_the_target(safeguarding_pipeline: Pipeline) -> None:
    # the warning is safeguarding; "your kids" names the readers' children, not a target
    verdict = safeguarding_pipeline.classify("something big going down at the academy friday 💣 keep your kids home")
    assert "safeguarding" in verdict.labels, verdict.to_dict()
    assert "abuse" not in verdict.labels, verdict.to_dict()
    threat = safeguarding_pipeline.classify("something big going down at the academy friday 💣 the staff will see")
    assert "abuse" in threat.labels, threat.to_dict()


@pytest.mark.parametrize("text", [
    "word is the year 10s have got a blade and are bringing it friday, dont know who its for",
    "three men came to our house and said my uncle will be stabbed if he talks",
    "i'm scared i'm going to hurt my daughter, i slapped her yesterday and i've never done that",
])
def test_threats_passed_on_or_feared_stay_safeguarding_only(safeguarding_pipeline: Pipeline, text: str) -> None:
    # heard and passed on, or a parent's fear of their own temper: a risk for a person to
    # look at, not the writer's abuse of anyone
    verdict = safeguarding_pipeline.classify(text)
    assert verdict.labels == ("safeguarding",), verdict.to_dict()


def test_a_threat_passed_on_to_you_is_still_abuse(safeguarding_pipeline: Pipeline) -> None:
    verdict = safeguarding_pipeline.classify("word is you're getting stabbed friday, i'll make sure of it")
    assert verdict.labels == ("abuse", "safeguarding"), verdict.to_dict()
