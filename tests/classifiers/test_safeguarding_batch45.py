"""safeguarding, batch 45-47 mechanisms: a primary's summer term, pupils in their own words
online and a trust's account in the culture wars, in wording that is not in the case file.

An adult watching children (``adult_watching_children``): someone with no child of their own
at children's things, watching or photographing them, asking children where they live, or
asking a child to his room or cabin alone. A child at risk told plainly
(``child_at_risk_told_plainly``): a child shut in a hot car, a game of undressing, a child
told what to say about an injury, food thrown away and a lie about eating, sleeves kept on in
summer, money to keep something at home, a home without gas or food, a partner who broke a
bone. A child unaccounted for (``child_unaccounted_for``): "has anyone seen a little boy" with
an age or clothes, a child who "hasn't come back" with the police or the dark. Absence as
relief (``absence_as_relief``): "everyone will be better off", "if i wasnt here no one would
notice", a child's talk of wanting to die told by a parent. Threats over a policy
(``threat_over_policy``): a home found and a crowd called to it, a bodyguard advised, "a
shame if it didn't start", "wants stringing up", hanging "every last one", a lesson
"delivered with a bat", "someone give that teacher a slap", a disappearance nobody would
look into, "something to pray about". A crowd called to a place
(``crowd_called_to_a_place``): turning up at the gates "to show them", bringing something
heavy, "won't be so smug when we're outside his house", a building to be burnt down. A threat
said in a threat's idiom (``threat_idiom``): "dead when i see u", a face nobody will
recognise, eyes taken out, "i won't be responsible for what i do", "bring your mates, it
won't help", "lined up against the wall", every window smashed wished for. A threat aimed at a person is abuse too. The hard
negatives share the words, and cover the false alarms' causes: a machine or the weather
"killed", a race "about to die on", a family member who will "murder" a parent or be
"strangled if he loses" something, a game between siblings, grief, a knife arch. The pipeline is the safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # adult_watching_children
    ("a bloke with no kids was filming the reception children at the gala", SG, "adult_watching_children"),
    ("a woman at the park asked my two for their home address and their snapchat", SG, "adult_watching_children"),
    ("the football coach keeps asking my son to come to his van alone after training", SG, "adult_watching_children"),
    ("a man without any child stood by the fence staring at the year 3 girls all afternoon", SG, "adult_watching_children"),
    # child_at_risk_told_plainly
    ("someone locked a toddler in their car outside the fete, windows shut and he was screaming", SG, "child_at_risk_told_plainly"),
    ("my daughter says her friend's brother has a game where you take your clothes off in the den", SG, "child_at_risk_told_plainly"),
    ("dad made me say i tripped on the stairs when miss asked about my arm", SG, "child_at_risk_told_plainly"),
    ("i bin my packed lunch every day and tell them i ate it at break", SG, "child_at_risk_told_plainly"),
    ("my stepdad said to tell school i walked into a door", SG, "child_at_risk_told_plainly"),
    ("i skip lunch and tell everyone i already ate", SG, "child_at_risk_told_plainly"),
    ("i always wear hoodies in july and nobody says anything", SG, "child_at_risk_told_plainly"),
    ("a lad paid me £200 to keep a parcel at mine till friday", SG, "child_at_risk_told_plainly"),
    ("we've got no electric so we sit in our coats after school", SG, "child_at_risk_told_plainly"),
    ("my partner fractured my wrist last christmas and the kids saw", SG, "child_at_risk_told_plainly"),
    # child_unaccounted_for
    ("has anybody seen a little girl aged 6 in a yellow dress near the bandstand? please share", SG, "child_unaccounted_for"),
    ("our Tyler hasn't come home from the park and it's getting dark, please share", SG, "child_unaccounted_for"),
    # absence_as_relief
    ("i keep thinking it over. my family would be better off.", SG, "absence_as_relief"),
    ("if i weren't around nobody would even notice till monday", SG, "absence_as_relief"),
    ("my 10 year old keeps saying things about wanting to be dead, is that normal", SG, "absence_as_relief"),
    # threat_over_policy
    ("worked out where that RE teacher lives. there's loads of us, see you friday", SG_ABUSE, "threat_over_policy"),
    ("the ceo's house is on Elm Road, for anyone going up for a chat tonight", SG_ABUSE, "threat_over_policy"),
    ("i'll track down your house miss, you won't be smug then", SG_ABUSE, "threat_over_policy"),
    ("that headteacher should hire himself a bodyguard after this letter", SG_ABUSE, "threat_over_policy"),
    ("would be a real pity if his car caught fire in the staff car park", SG_ABUSE, "threat_over_policy"),
    ("every governor who signed this deserves horsewhipping", SG_ABUSE, "threat_over_policy"),
    ("string up every last one of the teachers pushing this", SG_ABUSE, "threat_over_policy"),
    ("their equality week needs an answer delivered with a cricket bat", SG, "threat_over_policy"),
    ("somebody needs to give that head of pshe a good hiding", SG_ABUSE, "threat_over_policy"),
    ("if the chair of governors went missing nobody would search very far", SG_ABUSE, "threat_over_policy"),
    ("let's give the pride club kids something to cry about", SG_ABUSE, "threat_over_policy"),
    # crowd_called_to_a_place
    ("everyone turn up at the academy on monday and show those teachers what happens", SG_ABUSE, "crowd_called_to_a_place"),
    ("meet outside the school at 3, bring bricks", SG, "crowd_called_to_a_place"),
    ("the deputy won't be so cocky when there's twenty of us at the gates", SG_ABUSE, "crowd_called_to_a_place"),
    ("we'll be outside her house tonight, all of us", SG_ABUSE, "crowd_called_to_a_place"),
    ("if the trust goes ahead that library'll be torched to the ground", SG, "crowd_called_to_a_place"),
    ("the governors deserve to be hauled out of the meeting", SG_ABUSE, "crowd_called_to_a_place"),
    # threat_idiom
    ("dylan ur proper dead when i catch u at the bus stop", SG_ABUSE, "threat_idiom"),
    ("touch my lad again and your mum won't recognise your own face", SG_ABUSE, "threat_idiom"),
    ("if sir bins my vape again im gouging his eyes out", SG_ABUSE, "threat_idiom"),
    ("gonna kick that ref in the teeth after the match", SG_ABUSE, "threat_idiom"),
    ("i can't be held responsible for what i'll do to that deputy head", SG_ABUSE, "threat_idiom"),
    ("call ur brothers, it won't save you", SG_ABUSE, "threat_idiom"),
    ("those governors should be put against a wall", SG_ABUSE, "threat_idiom"),
    ("i hope somebody torches every car in that staff car park", SG_ABUSE, "threat_idiom"),
    # evasions through the folding views
    ("f0und out where th4t teacher lives, pl3nty of us", SG_ABUSE, "threat_over_policy"),
    ("s o m e o n e give that teacher a slap", SG_ABUSE, "threat_over_policy"),
]

HARD_NEGATIVES = [
    # adult_watching_children's words in school life
    "the official photographer with no child of her own took pictures of every race",
    "the office asked for their home addresses on the trip form",
    "my son wants to come to his grandad's room on his own to watch the football",
    # child_at_risk_told_plainly's words
    "we left the kids in the car for a sec while i paid for fuel",
    "the drama has a game where you take your coat off and swap places",
    "my son told me to say i fell over so nobody laughs at my dance moves lol",
    "he said to tell the ref he tripped, lol, he dived",
    "i always wear long sleeves in the sun, i burn so easily",
    "we ran out of gas for the bbq so we had sandwiches",
    "he broke my phone screen by accident at football",
    # child_unaccounted_for
    "has anyone seen a little boy's blue coat, about age 7 size, left at sports day",
    "the parcel hasn't come back yet, please share the tracking",
    # absence_as_relief
    "everyone would be better off if the school just opened the car park",
    "you'd be better off asking the office about the trip money",
    # threat_over_policy: the words, and peaceful protest
    "i found out where the head lives - the same village as my mum, small world",
    "we will be raising this with the governors and there are plenty of us who signed the petition",
    "our petition has 400 names, see you at the governors meeting",
    "it would be a shame if the fair didn't happen this year",
    "the science week lesson was delivered with a bat detector, brilliant",
    "somebody needs to give that teacher a medal",
    "shame on whoever wrote 'hang every last one of them', reported",
    "if the PE kit went missing again nobody would be surprised",
    "give the leavers something to smile about on their last day",
    # crowd_called_to_a_place: peaceful protest, meetings, petitions
    "we'll be at the gates at 8 with placards, a peaceful protest, kids welcome",
    "turn up at the school hall on thursday and make your voice heard at the consultation",
    "i will be raising this with the governors and writing to the trust",
    "meet at the gates at 3, bring your sports day hats",
    "we're outside his house for his birthday surprise at 6",
    "the old pavilion will be knocked down in the summer",
    # threat_idiom's words, no threat
    "the lamb is dead on the last day of the farm visit, the kids were sad",
    "you won't recognise the hall after the new paint",
    "the boxing club teaches them to punch the pads in the face guard",
    "he kicked the ball on the head and scored, what a goal",
    "i won't be held responsible for what the kids do with the glitter glue",
    "bring your mates to the summer fair, it will help the PTA",
    "the art display should be lined up against the wall by the office",
    "i hope someone smashes the quiz record this year",
    # the new rules' words in everyday chatter (found after the first version)
    "my daughter threw her lunch away again and said she wasn't hungry, fussy eater",
    "our son hasn't come back from camp yet, the coach is delayed, please share",
    "everyone will be better off bringing a packed lunch on trip day",
    "the man with no kids at sports day was the new caretaker, watching the races",
    "the coach asked my son to come to his office alone to talk about the captaincy",
    "plenty of us are waiting for the reply from the trust about the uniform",
    "the school should hire some security for the car park after the break-ins",
    "bring your mates, it won't help you win the quiz against year 6",
    # the batches' false alarms, by cause: a machine or the weather "killed", a race run,
    # a child who will "murder" a parent, a game between siblings, grief, a knife arch
    "i could throttle the toaster, it burnt the crumpets again",
    "a bit of rain won't kill them, let them play out at break",
    "we're all going to die of heat exhaustion at the fete if there's no shade",
    "she looks like she's about to die on the egg and spoon race bless her",
    "my husband is going to kill me, i washed his fantasy football notes",
    "i'll strangle our Kai if he loses another lunchbox",
    "they shout 'you're dead' at each other all through fortnite",
    "we lost my uncle to suicide and the wellbeing team were kind to my girls",
    "whoever designed these reading records deserves to be strangled 😂",
    "over my dead body is she wearing make-up to the leavers disco",
    "the knife arch at the secondary is normal now apparently",
    "my boy beat the school record on the 100m, he's buzzing",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch45_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch45_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
