"""safeguarding, batches 14-16 mechanisms: the ideas that carried the risk in wording
written by people who never saw the detectors.

Each mechanism reads an idea: an ending said plainly (a last post, sorry left for a parent,
tablets saved up, the least painful way), neglect told through what a child lacks (food
from bins, a car for a home, nothing eaten), a missing-person notice, means found on a
child, starving for a challenge, an innocent cause of an injury denied, a stranger luring a
child into a car, an adult who "isn't anyone's dad" at the gate, a child asked to go on
camera, a grown man in the children's chat, keys and phone taken "again", paid runs for the
young, porn shown to a child; and wider concept lists (extremist groups near a child, a
worried neighbour asking someone to check on a child, an injury nobody asks about, an adult
walking in on a child in the bathroom). The rows are new wordings of each idea, not the
cases they were drawn from; the hard negatives share their words. The threat grammar's
new families are tabled in test_threat_grammar.py.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.safeguarding import corroborate
from classifiers.normalize import fold
from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
NONE: tuple[str, ...] = ()

# (text, labels, rule the explanation must name)
MECHANISMS = [
    ("this is my last message. tell my dad im sorry", SG, "ending_said_plainly"),
    ("might as well just end it, nothing ever changes", SG, "ending_said_plainly"),
    ("what's the quickest way to go without it hurting", SG, "ending_said_plainly"),
    ("been stockpiling paracetamol since october", SG, "ending_said_plainly"),
    ("the twins next door are living in their car with their mum since the eviction", SG, "neglect_told"),
    ("he told me he had nothing to eat all weekend except crisps", SG, "neglect_told"),
    ("their dad drinks all day and the little one is always hungry", SG, "neglect_told"),
    ("MISSING - Tyler, aged 13, last seen near the retail park", SG, "missing_notice"),
    ("she left home after a row with her stepdad and we can't reach her", SG, "missing_notice"),
    ("found blades in my son's blazer pocket, what do i do", SG, "means_found_on_child"),
    ("my sister is starving herself before the prom", SG, "eating_disorder_more"),
    ("she only eats one rice cake a day now", SG, "eating_disorder_more"),
    ("the marks on her arms aren't from the cat, whatever she says", SG, "injury_cause_denied"),
    ("a man in a white van tried to get two girls to get in on the way home", SG, "lure_child"),
    ("someone keeps trying to get the year 3s to come and see his kittens", SG, "lure_child"),
    ("there's a bloke by the juniors gate most mornings who isn't anyone's dad", SG, "not_a_parent"),
    ("a man on roblox asked my 8 year old to turn on her camera", SG, "child_asked_on_camera"),
    ("this account got her to send him pics of her room", SG, "child_asked_on_camera"),
    ("an adult man joined the year 6 group chat and started asking the girls questions", SG, "adult_in_children_chat"),
    ("someone keeps messaging the girls late at night on snap", SG, "adult_in_children_chat"),
    ("he took my bank card again so i can't get the bus to pick the kids up", SG, "coercive_control_told"),
    ("quick cash for year 8s, just do drops to the next town, hmu", SG, "paid_runs_for_young"),
    ("need youngers for runs 2 the coast, good pay", SG, "paid_runs_for_young"),
    ("my nephew's older cousin showed him and his mates porn on his phone at the sleepover", SG, "porn_shown"),
    # wider concept lists
    ("my 14 year old has started watching far-right videos and says we are at war with them", SG, "concepts:extremism_near_child"),
    ("can someone check on the girl in year 4 who's always in the same clothes and hungry", SG, "concepts:worry_about_harm"),
    ("my nephew keeps coming in with a black eye and nobody asks why", SG, "concepts:injury_and_silence"),
    ("mum's boyfriend walks in on me in the bathroom", SG, "concepts:night_visits"),
]

HARD_NEGATIVES = [
    # the words of the new mechanisms, no risk
    "this is my last post as chair of the PTA, thank you all",
    "the surgery said stop saving up tablets, take them back to the pharmacy",
    "the camping trip was brilliant even if we had nothing to eat but burnt sausages lol",
    "Missing: Biscuit, our cat, 3, ginger, answers to his name",
    "found some blades in my son's bag, they're for the d&t project",
    "the parents' workshop covered how to talk to kids who cut",
    "he eats one apple a day, an apple a day keeps the doctor away lol",
    "the bruises aren't from school, he fell off his bike",
    "we tried to get the kids to go and see the panto but it sold out",
    "the new lollipop lady isn't a parent here but she's lovely with the children",
    "the teacher asked them to video call grandma for the history project",
    "our online safety assembly: adults messaging children at night is a red flag",
    "my husband took the car keys again lol, had to walk to school",
    "the fun run to the coast raised loads, thanks year 9",
    "the e-safety talk showed us how to block porn sites",
    "history lesson on the far-right in 1930s germany was excellent",
    # false alarms of sc14-sc16, in other words
    "We're going to murder a massive roast after the fun run, well done all",
    "miss k is going to kill us if we forget our recorders again",
    "someone is going to get hurt on those zig zags, please slow down",
    "the assembly on self-harm was really sensitive",
    "the year 10 play about a boy running away from home was moving",
    "can someone message me the details for the class secret santa",
    "our drama production had a knife fight scene, so well done",
    "came home from the hockey tournament covered in bruises and beaming",
    "hate the new lunch times, my son is starving by 1pm",
    "no one cares about your excuses, just hand the form in",
    "year 8 are studying radicalisation in pshe after half term",
    "who has my son's water bottle? it's been missing since monday",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch15_mechanism(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch15_hard_negative(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_new_rules_explain_on_the_original_words(safeguarding_pipeline: Pipeline) -> None:
    text = "Found BLADES in my son's blazer pocket"
    verdict = safeguarding_pipeline.classify(text)
    why = next(e for e in verdict.explanations["safeguarding"] if e.rule == "means_found_on_child")
    assert text[why.start:why.end] == why.matched
    assert why.matched.startswith("Found BLADES")


@pytest.mark.parametrize(("text", "flagged"), [
    # a small-hours time is a word of risk, a school morning is not
    ("he keeps messaging her at 3am", True),
    ("breakfast club opens at 8am, bring a coat", False),
    # the police warning parents about scams is ordinary company for the review band
    ("the police are worried about her", True),
    ("the police gave a great talk about scams and phishing", False),
])
def test_corroboration_reads_the_hour_and_the_topic(text: str, flagged: bool) -> None:
    assert bool(corroborate(fold(text), 0.45)) is flagged
