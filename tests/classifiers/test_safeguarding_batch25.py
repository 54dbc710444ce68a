"""safeguarding, batch 25-29 mechanisms: the risks of five fresh batches in new words.

Each row tells an idea the batches carried in wording that is not in the case file. Threats
told sideways (``threat_told_sideways``): a person who "needs a bullet", a bullet put "in
every" teacher, "imagine if" someone fell down the stairs with "i could arrange that", the
exits blocked with the fire alarm set off, a bomb that "would sort this place out", "won't
be laughing when i see you", "not a threat, a promise", a body part "getting broken", what
a person "is owed", dogs set on someone, a person put through a window, "make him sorry he
ever", "wait till you see what i do to", "not safe ... we're watching", "i know where you
live, sleep well", a house known by its road, a fire "with the lot of you inside", "see how
many make it home", a lesson taught with a crowbar, a visit paid "with a few tools", "kill
the head", "take out whoever". Weaker hints (``threat_hinted``), vetoed more widely: a
countdown to a fire, "bring a mop", "you're all going to pay.", whoever "is getting dealt
with", names written down with a day, vests to wear, "getting it, watch", "something is
happening, wouldn't go", the teachers made to "pay" with a date, "a day people will
remember". Other risks: a child reported missing, a child left out in the cold, a pictured
child's age or address asked, a lift offered to children, drugs sold to or left near
children, children recruited by extremists, money mules and paid runners, domestic abuse
told by or about a child, an ending planned, starving for weight, a dog that attacked a
child. The hard negatives share the words. The pipeline is the safeguarding detector alone
(no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threat_grammar.threat_told_sideways
    ("the deputy head deserves a bullet for what she did", SG_ABUSE, "threat_told_sideways"),
    ("im gonna put a knife in every one of the lads who laughed", SG_ABUSE, "threat_told_sideways"),
    ("imagine if mr patel got pushed off the stage at the concert. shame that 😏", SG_ABUSE, "threat_told_sideways"),
    ("pull the fire alarm then chain the exits, see who gets out", SG, "threat_told_sideways"),
    ("a gunman in the canteen would fix this place", SG, "threat_told_sideways"),
    ("the receptionist won't be smiling once i get hold of her", SG_ABUSE, "threat_told_sideways"),
    ("the supply teacher will cry on monday. not a threat, it's a promise", SG_ABUSE, "threat_told_sideways"),
    ("the year 11 who grassed is getting his jaw smashed in", SG_ABUSE, "threat_told_sideways"),
    ("that deputy is going to get what she's owed after half term", SG_ABUSE, "threat_told_sideways"),
    ("if the dinner lady shouts again i'll set my dogs on her", SG_ABUSE, "threat_told_sideways"),
    ("keep talking and im throwing him through the glass door", SG_ABUSE, "threat_told_sideways"),
    ("i'll make that teacher sorry he was born", SG_ABUSE, "threat_told_sideways"),
    ("wait till everyone sees what we do to mrs hale on sports day", SG_ABUSE, "threat_told_sideways"),
    ("you're never safe going home on that path, we're always watching", SG_ABUSE, "threat_told_sideways"),
    ("we know where your nan lives. sleep tight", SG_ABUSE, "threat_told_sideways"),
    ("i know which flat on church lane is hers", SG_ABUSE, "threat_told_sideways"),
    ("torch the staffroom with them all inside", SG_ABUSE, "threat_told_sideways"),
    ("put something in the tea urn and see how many of the staff get home", SG_ABUSE, "threat_told_sideways"),
    ("somebody teach that caretaker a lesson using a hammer", SG_ABUSE, "threat_told_sideways"),
    ("paying her a visit with some bats tonight, she'll regret it", SG_ABUSE, "threat_told_sideways"),
    ("hope somebody stabs that teacher on the way home", SG_ABUSE, "threat_told_sideways"),
    ("sh00t the teachers. all of them.", SG_ABUSE, "threat_told_sideways"),
    # threat_grammar.threat_hinted
    ("can't wait to watch the science block burn down. two more weeks", SG, "threat_hinted"),
    ("see you at the gates, kyle. bring a stretcher", SG_ABUSE, "threat_hinted"),
    ("they're all going to pay. every last one", SG, "threat_hinted"),
    ("whoever told on my brother will be dealt with", SG_ABUSE, "threat_hinted"),
    ("got the names of every teacher who laughed. friday.", SG_ABUSE, "threat_hinted"),
    ("wear your stab vests on thursday year 8", SG_ABUSE, "threat_hinted"),
    ("the office staff are getting it next week, mark my words", SG_ABUSE, "threat_hinted"),
    ("something bad is going down at the school fete, i wouldn't come", SG, "threat_hinted"),
    ("we are going to make the staff pay, every single one", SG_ABUSE, "threat_hinted"),
    ("the last day of term will be a day everyone will remember 💣", SG, "threat_hinted"),
    # safeguarding.py
    ("have you seen my daughter, 12, didn't come home from the park, police know", SG, "child_reported_missing"),
    ("our lad has gone missing from his placement again", SG, "child_reported_missing"),
    ("two of the year 10s never came back to the hostel on the geography trip", SG, "child_reported_missing"),
    ("the little boy from no 4 was out in the snow in just a t-shirt again", SG, "child_left_in_the_cold"),
    ("the kids over the road are left outside till their dad gets back at 9, every night", SG, "child_left_in_the_cold"),
    ("nobody cooks for us at my dads house", SG, "child_left_in_the_cold"),
    ("the girl in the second photo is gorgeous, how old is she?", SG, "interest_in_pictured_child"),
    ("who has his snap? the lad in the team pic, want to send him something", SG, "interest_in_pictured_child"),
    ("a man in a silver car tried to get two year 5 girls into his car by the park", SG, "lift_offered_to_child"),
    ("some bloke keeps offering the year 8 girls lifts after netball", SG, "lift_offered_to_child"),
    ("k3t and pingers for sale, year 10s hmu", SG, "drugs_near_children"),
    ("found a baggie of powder by the swings, kids everywhere", SG, "drugs_near_children"),
    ("he tells the boys at the youth club they have to protect their own race", SG, "extremist_recruiting_children"),
    ("lend me your bank card for a week and i'll give you £200, sixth formers only", SG, "money_mule_or_runner"),
    ("runners wanted 15+, cash daily, no questions", SG, "money_mule_or_runner"),
    ("my little one said daddy hits mummy when she burns tea", SG, "domestic_abuse_told"),
    ("i'm quiet in class because of what goes on at home", SG, "domestic_abuse_told"),
    ("been googling how high the car park roof is", SG, "ending_planned"),
    ("made my mind up about what i'm doing if my results are bad", SG, "ending_planned"),
    ("giving all my books away to my little sister. won't need them", SG, "ending_planned"),
    ("this'll be my last comment. thanks for trying miss, sorry", SG, "ending_planned"),
    ("three weeks of water only to lose 10 lbs before the leavers ball", SG, "starving_for_weight"),
    ("my 9 year old says 300 calories is too much for lunch", SG, "starving_for_weight"),
    ("an xl bully off its lead bit a year 2 boy at the gates", SG, "dog_attacked_child"),
    # this round's misses: "i don't really see the point"
    ("i don't honestly see the point of getting up anymore", SG, "suicidal_intent"),
]

HARD_NEGATIVES = [
    "the bullet points in the newsletter were really clear",
    "imagine if mr patel did the dance at the concert 😂",
    "please don't block the fire exits with buggies at the nativity",
    "a bouncy castle in the hall would sort the wet play problem",
    "you won't be laughing when you see the bill for the trip",
    "the PTA is getting what it's owed from the raffle at last",
    "my son is putting his friends through their paces at football training",
    "wait till you see what we do to the hall for the christmas fair!",
    "i know where your yard is, i'll drop the eggs round",
    "see how many of them make it to the top of the climbing wall",
    "teach your kids a lesson with a board game instead of screens",
    "kill the lights before the play starts please",
    "see you at cycling proficiency. bring a helmet",
    "you're all going to pay for your own tickets this year",
    "whoever keeps parking on the zigzags is getting reported to the council",
    "i've written down the names of everyone who helped at the fair, thank you! monday's newsletter",
    "wear your vests tomorrow, it's cold for the trip",
    "something big is happening at the fete, don't miss it!",
    "has anyone seen a year 3 girl's blue coat? it's missing from the peg",
    "the cat from no 12 has gone missing, she's ginger",
    "the kids were barefoot on the beach at the summer fair, so cute",
    "how old is the school building? it looks lovely",
    "does anyone have her address? my daughter wants to send her a party invite",
    "grandad offered the kids a lift to the fair, so kind",
    "green jumpers for sale, £5, ask me at pick up",
    "my daughter defends her friends so fiercely",
    "the tomato plants need runners cut, cash for the garden club",
    "dad beats mum at scrabble every sunday",
    "the fun run needs runners 10+, sponsor forms in bags",
    "already decided what i'm doing if it rains - indoor picnic",
    "this is my last post as chair of the PTA, thank you all, sorry for the long notices",
    "lost 2 stone after the operation, doctor said it was expected",
    "my dog went for a walk with the reception class, they loved him",
    "the self-harm awareness session was really sensitive, thank you",
    "i could murder whoever invented glitter",
    "these exam papers should be shot, metaphorically",
    # this round's false alarms, retold
    "metaphorically speaking, the mock results should be shot",
    "my daughter wants to die her hair pink for the disco, is that ok?",
    "the talk about knife crime frightened me but the police officer was lovely",
    "i know people are worried about the new road layout, please be patient",
    "shoot your shot at the school disco, you'll regret it if you don't",
    "hope you all choke on your cornflakes, no snow day tomorrow",
    "avon catalogue is out, 20% off for school mums, message me",
    "need to kill the slugs on the veg patch before the garden club",
    # the weaker hints beside a day out, and a declutter
    "beach clean on the 14th, see you there. bring a bucket",
    "see you at the skate park tomorrow, bring a helmet",
    "has anyone seen a little boy's red scooter? missing from the bike shed",
    "gave all my old toys away to my little cousin, outgrown them. feels right",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch25_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch25_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_laughter_does_not_take_back_an_arranged_accident(safeguarding_pipeline: Pipeline) -> None:
    text = "lol imagine if Miss Hart fell down the stairs. I could arrange that 😂"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "threat_told_sideways"]
    assert text[why.start:why.end] == why.matched
    assert why.matched.lower().startswith("imagine if")
