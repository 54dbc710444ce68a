"""safeguarding, batches 17-18 mechanisms: risk told in passing and threats with no verb of violence.

The writers of batches 17 and 18 buried risk in ordinary news (a trip refund, then children
made to carry for older lads) and threatened without naming an act (a last week to enjoy,
protection mocked, tyres found slashed, a school that "deserves to burn"). Each mechanism
below reads the idea; every row is a wording that is not in the case file, and the hard
negatives share the mechanisms' words. Each flagged row names the rule expected to explain
it; a threat aimed at a person is also abuse (``assert_flagged`` checks how).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threats at the school as a place
    ("bombing up this academy friday, tell your mates", SG_ABUSE, "threat_school"),
    ("the academy is gonna get what it deserves next week", SG, "threat_school"),
    ("honestly that building deserves to be burnt down", SG, "threat_school"),
    ("monday will be the last day for a few of you lot", SG_ABUSE, "threat_school"),
    ("some of them won't be going home after the leavers assembly", SG_ABUSE, "threat_school"),
    ("somebody needs to torch the head's office", SG_ABUSE, "threat_school"),
    # menace with no verb of violence
    ("enjoy your last few days mr osei", SG_ABUSE, "threat_veiled_menace"),
    ("she'll find out the hard way. i know what time she leaves the car park", SG, "threat_veiled_menace"),
    ("your cctv won't protect you forever", SG_ABUSE, "threat_veiled_menace"),
    ("nobody can protect him now", SG_ABUSE, "threat_veiled_menace"),
    ("wait until the head wakes up to her windscreen smashed", SG_ABUSE, "threat_veiled_menace"),
    ("you ruined my son's last year of school, now i'll ruin your kids", SG_ABUSE, "threat_veiled_menace"),
    ("miss carter, watch your children on the walk home", SG_ABUSE, "threat_veiled_menace"),
    ("that ta will be six feet under by half term", SG_ABUSE, "threat_veiled_menace"),
    ("the deputy deserves a bullet in the back of the head", SG_ABUSE, "threat_veiled_menace"),
    ("wait till everyone sees what i've got planned for sports day 💣", SG, "threat_veiled_menace"),
    ("year 10s organising a scrap on the field tomorrow and some are bringing knives", SG_ABUSE, "threat_veiled_menace"),
    # intent with a gang as the agent, "do him in", arriving armed
    ("my brothers will do him in after school", SG_ABUSE, "threat_intent_violence"),
    ("carry on like this and i'll be waiting outside with a baseball bat", SG, "threat_intent_violence"),
    # fate: an ambulance needed, regret made sure of, a beating if seen
    ("she's gonna need a hospital bed when i'm done with her", SG_ABUSE, "threat_fate"),
    ("mrs dale will regret giving my girl detention, i'll make sure of it", SG_ABUSE, "threat_fate"),
    ("if we catch him at the bus stop he's getting sparked", SG_ABUSE, "threat_fate_foretold"),
    # safeguarding told in passing
    ("i'm not planning on sticking around much after christmas, nobody would care", SG, "ending_dated"),
    ("older boys keep getting year 7s to hide stuff in their lockers for them", SG, "child_used_to_carry"),
    ("my nephew was handed a bag to 'look after' by a lad from the flats", SG, "child_used_to_carry"),
    ("looking for younger lads to do drops, cash daily", SG, "child_used_to_carry"),
    ("yr 8s wanted, easy £££ this weekend, snap me", SG, "child_used_to_carry"),
    ("their mum has a non-molestation order against him and he still waits at the gate", SG, "contact_order_breached"),
    ("her dad rolled up wasted at the school gates again to collect her", SG, "contact_order_breached"),
    ("an old man keeps handing chocolate to the reception children over the fence", SG, "adult_reaching_children"),
    ("a bloke with a drone keeps hovering it over the junior playground at lunch", SG, "adult_reaching_children"),
    ("my daughter stormed out at 4 and still hasn't come home, please share", SG, "child_ran_off"),
    ("a girl from year 7 has been sleeping in the stairwell of the flats", SG, "child_sleeping_out"),
    ("he's only eating a rice cake a day and doing sit ups at night", SG, "child_eating_too_little"),
    ("my son wants to travel to syria to fight, he watches those videos all night", SG, "concepts:extremism_near_child"),
    ("her step mum shuts her out in the garden when she wets herself", SG, "concepts:punished_by_family"),
    ("we can't afford the electric and the kids have holes in their shoes", SG, "concepts:hardship_and_neglect"),
    ("my son says he's a burden on everyone and should just disappear", SG, None),
]

# Hard negatives sharing the mechanisms' words, and the false alarms of batches 17-18 told
# in other words
HARD_NEGATIVES = [
    "enjoy your last week before retirement mrs hughes, we'll miss you!",
    "year 6, enjoy your last term at primary school",
    "the new gates will stop the dogs getting onto the field",
    "the sunflowers will be dead by christmas if nobody waters them",
    "wait till you see what happens at the christmas concert, the year 2s have practised so hard 🔥",
    "the nerf fight with foam blades was the best part of the party",
    "the PE department is getting what it deserves, new kit at last",
    "friday is the last day for some of our staff who are retiring",
    "we'll do maths in the hall on thursday",
    "i'll do spellings in the car on the way",
    "if she loses her reading book again i'll kill her lol",
    "i'm not planning on being around for sports day, i'm working that shift",
    "our dog ran off on the field and hasn't come back, please share",
    "year 9 lads made easy work of st mary's in the final",
    "the photographer with a long lens at sports day got lovely shots of the children",
    "brownies are camping in the park and sleeping in a tent overnight",
    "five a day! she's eating one apple a day at least",
    "our history lesson covered the war in syria",
    "we can't afford the trip this month, is there a payment plan?",
    "I found a wallet by the gate, DM me your card details to get it back",
    "DM me for lash appointments this week ladies",
    "thanks for the info on county lines at the parents' evening",
    "my son won't be sharing a changing room with year 11s, they're huge",
    "my wife is going to kill me when she sees the cake sale receipt",
    "sort the parking out or we will go to the council",
    "the caretaker shouts at the kids for running in the corridor",
    "Mr Jones, enjoy your last week with us, you will be missed",
    "enjoy your last day of term everyone, see you in january!",
    "nothing can stop us now, champions league here we come",
    "the cameras can't stop them parking on the zig zags",
    "my nan will be in hospital by friday for her hip operation",
    "the school is getting what it deserves - a new sports hall",
    "my son ran out of school and hasn't come back to pick up his coat",
    "older lads getting year 7s to carry their bags is a tradition",
    "a lovely lady from the church gave out chocolate to the kids at the gate",
    "there's a camera at the gate pointed at the playground for security",
    "we have a child arrangements order so dad picks up on fridays",
    "my son wants to go to iraq to see where grandad lived",
    "he'll need an ambulance if he keeps climbing that tree",
    "watch your kids mrs jones, cars are flying down the lane",
    "that boy with the walking frame is a drain on the class, move him",
    "year 7 want to blow up the classroom with confetti for miss's birthday",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch17_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch17_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_menace_span_points_at_the_original_text(safeguarding_pipeline: Pipeline) -> None:
    text = "Dear Mr Osei, ENJOY your last week"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "threat_veiled_menace"]
    assert text[why.start:why.end] == why.matched
    assert why.matched.lower().startswith("enjoy your last")
