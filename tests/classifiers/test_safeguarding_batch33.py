"""safeguarding, batch 33-35 mechanisms: a school's hard week, games and apps, a nursery and
infant school, in wording that is not in the case file.

Threats told as what will follow (``threat_as_outcome``): the last weekend to enjoy with
names and addresses held, mates "who know where you live", the writer outside the house
now, a teacher's house to "visit", a person who "won't be walking when we're done", a
camera "going in the river with you", a wish to "see him get battered", "anyone who ...
gets shot", "you're getting jumped", a person "put in a box", a brick through a window
imagined, heads to roll "and i don't mean" sackings, cowards who "get hurt", eggs "and
more than eggs", a next time that "won't be a drill", weapons "welcome", the law that
"won't" so the writer will, a game's kill "for real", a blade waited with at a gate, a
stabbing "happening", a fire "there will be" at a school, "petrol. matches.", a teacher's
home asked for "a word", "i know what she drives". Other risks: a carer drunk with a child
and a car; children drawn after a death ("i'll join you", "who's next", "how he did it");
a child gambling; an adult's stated liking for young children; neglect seen on a young
child; a child unsafe out of sight (missing with new phones, run away twice, a man
exposing himself or climbing the fence, needles where children play, a parent fleeing
abuse, a game praising school shooters). A parent telling their own child's play words is
not a threat. The hard negatives share the words. The pipeline is the safeguarding
detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threat_grammar.threat_as_outcome
    ("enjoy your last few days, mr price. the lads know where you live", SG_ABUSE, "threat_as_outcome"),
    ("we've got all your addresses now. see you soon", SG_ABUSE, "threat_as_outcome"),
    ("ive got cousins who know where she lives, remember that miss", SG_ABUSE, "threat_as_outcome"),
    ("i'm parked outside your house right now. nice curtains", SG_ABUSE, "threat_as_outcome"),
    ("a few of us will pay a visit to the deputy head's house on friday", SG_ABUSE, "threat_as_outcome"),
    ("he won't be walking anywhere when we're done with him", SG_ABUSE, "threat_as_outcome"),
    ("that phone of yours is going in the river with you", SG_ABUSE, "threat_as_outcome"),
    ("i'd pay to see that coach get glassed outside the club", SG_ABUSE, "threat_as_outcome"),
    ("anybody who grasses on my brother gets stabbed", SG_ABUSE, "threat_as_outcome"),
    ("you're gonna get jumped after school, all of you", SG_ABUSE, "threat_as_outcome"),
    ("my mate will put that dinner lady in a coffin", SG_ABUSE, "threat_as_outcome"),
    ("be a shame if a rock went through the head's kitchen window", SG_ABUSE, "threat_as_outcome"),
    ("heads will roll at the academy, and i don't mean jobs", SG_ABUSE, "threat_as_outcome"),
    ("grasses get stitches. the year 9 who told knows who i mean", SG_ABUSE, "threat_as_outcome"),
    ("protest at the gates. bring flour. bring something harder than flour", SG, "threat_as_outcome"),
    ("next time it won't be a drill, tell the staff", SG_ABUSE, "threat_as_outcome"),
    ("meeting at the rec at 9, hammers welcome", SG, "threat_as_outcome"),
    ("it hurt my girl. if the police can't sort the caretaker then i will", SG_ABUSE, "threat_as_outcome"),
    ("the lad in 9T is getting it friday, ive told my brothers", SG_ABUSE, "threat_as_outcome"),
    ("gonna drop that kid from the bus like in apex but irl", SG_ABUSE, "threat_as_outcome"),
    ("friday is gonna be just like cod but for real, stay home", SG, "threat_as_outcome"),
    ("i'll be waiting outside the gym w/ a knife for that boy", SG_ABUSE, "threat_as_outcome"),
    ("the shooting is happening on friday, stay away from the field", SG, "threat_as_outcome"),
    ("there will be a bomb at the academy next week", SG, "threat_as_outcome"),
    ("petrol, lighter, school. you'll see", SG_ABUSE, "threat_as_outcome"),
    ("where does that deputy head live? a couple of dads want a quiet word", SG_ABUSE, "threat_as_outcome"),
    ("i know what car he drives and when he leaves, sir", SG_ABUSE, None),
    ("we're coming in to school monday and you'll regret ringing social services", SG_ABUSE, "threat_as_outcome"),
    # safeguarding.py, batch 33-35 rules
    ("her dad was hammered at the school gate, slurring, then strapped the twins in the car and drove off", SG, "carer_drunk_with_child"),
    ("the mum stank of vodka at collection and nearly dropped her toddler on the path", SG, "carer_drunk_with_child"),
    ("on the memorial page a year 8 wrote 'i'll be joining you soon'", SG, "suicide_contagion"),
    ("kids in the group chat are asking how she did it, this is so worried", SG, "suicide_contagion"),
    ("the counsellor was useless so im off home to finish what i started", SG, "suicide_contagion"),
    ("my son is 14 and has lost £300 on case opening sites, he took my card", SG, "child_gambling"),
    ("my daughter is 12 and a streamer told her to use his code on a roulette site", SG, "child_gambling"),
    ("will pay well for worn swimsuits from your little girls, message me", SG, "adult_preference_for_children"),
    ("could you dm me the originals of the sports day photos, especially the little girls", SG, "adult_preference_for_children"),
    ("single guy, great with little ones, happy to do overnights", SG, "adult_preference_for_children"),
    ("my mate is 23 and wants ur snaps, year 9 girls only", SG, "adult_preference_for_children"),
    ("the boy in reception is always dirty with nits and rotten teeth at 4", SG, "neglect_seen"),
    ("she's lost so much weight since her step mum locks up the fridge", SG, "neglect_seen"),
    ("he always comes in with bruises on his arms every monday", SG, "neglect_seen"),
    ("my daughter keeps going missing after school and has a second phone she won't explain", SG, "child_unsafe_out_of_sight"),
    ("our lad has run away three times since christmas", SG, "child_unsafe_out_of_sight"),
    ("a man was flashing himself at the bus stop by the infants", SG, "child_unsafe_out_of_sight"),
    ("a stranger was climbing over the nursery gate at lunch", SG, "child_unsafe_out_of_sight"),
    ("found two syringes by the sandpit this morning", SG, "child_unsafe_out_of_sight"),
    ("after what he did i fled to a refuge. please never let their dad collect the kids", SG, "child_unsafe_out_of_sight"),
    ("there's a game where you play as a gunman in a school and the chat is glorifying real shooters", SG, "child_unsafe_out_of_sight"),
    ("uncut clip from behind the chippy, the year 7 gets stamped on at the end 😳", SG, "assault_footage_shared"),
    ("anyone got the video of the little lad getting battered at the bus stop", SG, "assault_footage_shared"),
    # evasions come from the folding views
    ("i d o n t w a n n a b e h e r e a n y m o r e", SG, "gravest_phrase_unspaced"),
    ("any1 who talks to the police gets sh0t", SG, "threat_as_outcome"),
    ("ur g3tting jumped tmrw", SG_ABUSE, "threat_as_outcome"),
]

HARD_NEGATIVES = [
    # the words of the new threat family, without a threat
    "enjoy your last week of term, year 6, we'll miss you",
    "enjoy your last day at primary tomorrow, the leavers assembly is at 2",
    "we've got your names down for the trip, see you on monday",
    "i'm outside the school office, can someone let me in?",
    "i'm coming in to school on monday, you'll love the cakes",
    "the reception class will pay a visit to the fire station on friday",
    "going in the river with the kayak club next week, bring a towel",
    "i'd love to see him get the award, he worked so hard",
    "a brick fell through the roof of the old shed, it's fenced off now",
    "heads will roll if the cake stall sells out before 3",
    "bring eggs and flour for the bake off, and bring an apron",
    "the next fire drill will be on tuesday, it won't be announced",
    "dads welcome at the football coaching, bring boots",
    "gonna do that quiz again, it was so much fun",
    "there will be a fire engine at the nursery open day",
    "petrol station near the school is closed on sundays",
    "where does the new teacher live? she said near the park, just curious",
    # the other risks' words, without them
    "drink driving awareness talk for year 12 was excellent",
    "i was so drunk at the pta quiz lol, thank god for taxis",
    "i'll join you at the cake stall at 2",
    "who's going next in the spelling bee?",
    "my son asked the chef how he did it, the cake was amazing",
    "won £20 on the tombola, spent it all on the raffle",
    "selling my daughter's outgrown uniform, worn once, size 7",
    "the girls especially loved the panto, thank you",
    "he's always filthy after forest school, love it",
    "she's lost so much weight since starting the gym, fair play",
    "our dog has run away again, have you seen him?",
    "someone climbed the fence to get the football back",
    "found some pine needles by the gate from the christmas tree",
    "the book club's next read is about a gunman in history",
    # batch 33-35 false alarms' causes: idioms, pets, a warning thanked for, a look, karma
    "she screamed blue murder at the dentist but was fine after",
    "the thunder scared the life out of my year 2 last night",
    "grief is just love with nowhere to go. sending hugs",
    "i'll throttle the hamster if he chews the charger again",
    "great e-safety evening, every parent should watch it",
    "got the skull breaker challenge warning from school, thank you",
    "that lad looks like he's about to blow the roof off with his trumpet",
    "hope the dog thief gets what's coming, karma always wins",
    "full video of the snowball fight on the field is on the class page",
    "the unedited video of the leavers show is up, the moment ms gray goes down the slide is class",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch33_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch33_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_bring_your_own_names_no_target(safeguarding_pipeline: Pipeline) -> None:
    # an invitation to violence is safeguarding; "bring ur own" names none of the readers
    verdict = safeguarding_pipeline.classify("saturday is gonna be like the games but irl, bring ur own helmet")
    assert verdict.labels == ("safeguarding",), verdict.to_dict()


def test_a_planned_fight_everyone_knows_of_is_not_aimed(safeguarding_pipeline: Pipeline) -> None:
    verdict = safeguarding_pipeline.classify("the stabbing is happening after school, everyone knows but no one's telling a teacher")
    assert verdict.labels == ("safeguarding",), verdict.to_dict()


@pytest.mark.parametrize("text", [
    "my son says 'i'm going to kill him' about his brother every night over the xbox",
    "my little one has started saying 'i'll kill you' to his teddies at bedtime",
])
def test_a_parents_report_of_their_childs_play_lowers_the_threat_rules(safeguarding_pipeline: Pipeline, text: str) -> None:
    # the words are a threat's, the frame is a child at play told by a parent: the threat
    # rules that match are lowered as a hard negative (the concepts layer may still ask a
    # person to look)
    verdict = safeguarding_pipeline.classify(text)
    lowered = [e for e in verdict.explanations.get("safeguarding", ())
               if e.rule in {"threat_of_violence", "threat_intent_violence", "gravest_phrase_unspaced"}]
    assert lowered, verdict.to_dict()
    assert all(any("hard negative" in a for a in e.adjustments) for e in lowered), verdict.to_dict()
