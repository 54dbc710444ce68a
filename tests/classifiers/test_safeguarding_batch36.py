"""safeguarding, batch 36-38 mechanisms: families new to English and faith schools, a
sixth-form college and a boarding school, one-liners and replies, in wording that is not in
the case file.

Threats said bare or in a learner's English (``threat_said_bare``): a violent verb straight
at a titled person with a time ("stab mr x tmrw"), an oath before the act ("on my mum's life
i kill him"), a person "finished" when next seen, dragged "by the hair", a lesson "they'll
get", "she'll be first" when it kicks off, "you will all burn", a weapon being brought, a
person "getting sliced", poison in a drink, "physically if i have to", a visit "with
something he won't like", a list whose names "will find out", a named person who "won't make
it to" a date, a killing imagined "so easy" with a routine, the writer at a door at
midnight, explosives by emoji with a school building and a time. Other risks: a child
working nights; children left alone and afraid of care; FGM told without the word; violence
to a child heard or seen; an adult past a line with a child (a kiss and "favourite", friend
requests to a young child, a video demanded on a threat); drugs sold to students; self-harm,
suicide and eating less said in a few words or in the family's own language; students
approached to join a cause; staff giving students alcohol; neglect and control told in a
line. The hard negatives share the words. The pipeline is the safeguarding detector alone
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
    # threat_grammar.threat_said_bare
    ("stab mrs okoro friday after school, im serious", SG_ABUSE, "threat_said_bare"),
    ("i kil him i kil him that teacher", SG_ABUSE, "threat_said_bare"),
    ("on my nan's life i batter him when he comes out", SG_ABUSE, "threat_said_bare"),
    ("next time i catch him at the bus stop he's done", SG_ABUSE, "threat_said_bare"),
    ("i will drag her out by the hair at pick up", SG_ABUSE, "threat_said_bare"),
    ("the women in the staffroom need teaching a lesson and they will get one", SG_ABUSE, "threat_said_bare"),
    ("when it all kicks off he'll be first, mark the date", SG, "threat_said_bare"),
    ("you are all going to burn, every last one", SG_ABUSE, "threat_said_bare"),
    ("tell them im bringing the blade monday", SG_ABUSE, "threat_said_bare"),
    ("that snitch in 12B is getting sliced up", SG_ABUSE, "threat_said_bare"),
    ("gonna poison the matron's tea, she knows what she did", SG_ABUSE, "threat_said_bare"),
    ("the women on that panel need sorting and it'll be physically if i need to", SG_ABUSE, "threat_said_bare"),
    ("tomorrow i'm seeing him with something he won't like", SG_ABUSE, "threat_said_bare"),
    ("everyone who grassed is on my list. they will pay at prom", SG_ABUSE, "threat_said_bare"),
    ("the head of sixth form won't make it past easter, trust me", SG_ABUSE, "threat_said_bare"),
    ("imagine if someone stabbed mr hale in the lab, he's alone every morning", SG_ABUSE, "threat_said_bare"),
    ("i'll be at his door at 2am, see how he likes it", SG_ABUSE, "threat_said_bare"),
    ("💣 the sports hall, next week", SG, "threat_said_bare"),
    ("posted in the group: 'three days. bring the lot.' about our school", SG, "threat_said_bare"),
    # bullying_death_wish keeps the wish, not the bare dislike
    ("everyone hates u, do us all a favour and die", SG_ABUSE, None),
    # safeguarding.py, batch 36-38 rules
    ("the boy next door is 11 and works in the kitchen till 1am every night", SG, "child_working_long_hours"),
    ("my nephew is 13, he is working nights at the takeaway, teachers say he sleeps in class", SG, "child_working_long_hours"),
    ("dad not home for 4 days, i look after the babies. dont tell the police they will take us", SG, "children_left_fearing_care"),
    ("they will send her back home in the holidays to get cut so she is pure", SG, "fgm_told_plainly"),
    ("the aunties say in our culture the girls must be cut, my niece is 6", SG, "fgm_told_plainly"),
    ("every night i can hear the smacking through the wall and the little one crying", SG, "violence_to_child_witnessed"),
    ("his stepdad slapped him across the face outside the shop, he is only 8", SG, "violence_to_child_witnessed"),
    ("the swimming coach kissed my son on the head and told him he's his special boy, he is 9", SG, "adult_crosses_line_with_child"),
    ("some man in his 40s keeps sending friend requests to my 10 year old", SG, "adult_crosses_line_with_child"),
    ("he said if she doesn't send him more pics he will post the old ones", SG, "adult_crosses_line_with_child"),
    ("who is selling ket near the sixth form block", SG, "drugs_sold_to_students"),
    ("xans and pingers, delivered to the college gates, hmu", SG, "drugs_sold_to_students"),
    ("whos selling outside the school gates at 3", SG, "drugs_sold_to_students"),
    ("self harming again, sorry everyone", SG, "self_harm_said_briefly"),
    ("made a noose in dt out of the rope lol", SG, "self_harm_said_briefly"),
    ("honestly so tired of being alive", SG, "self_harm_said_briefly"),
    ("goodbye everyone, love you all", SG, "self_harm_said_briefly"),
    ("dw mae hi'n dweud 'dw i eisiau marw' bob nos", SG, "self_harm_said_briefly"),
    ("sick up after dinner again, 3rd time this week", SG, "eating_disorder_told_briefly"),
    ("im too fat so im skipping breakfast and lunch", SG, "eating_disorder_told_briefly"),
    ("a profile has been messaging our year 11 boys telling them to join a brotherhood", SG, "students_approached_to_join"),
    ("the coach bought the year 11s vodka on the tour bus", SG, "adult_gave_students_alcohol"),
    ("never has breakfast and always hungry, nobody comes to parents evening", SG, "neglect_and_control_told_briefly"),
    ("he hid her phone so she can't call anyone when he kicks off", SG, "neglect_and_control_told_briefly"),
    # evasions come from the folding views
    ("st@b the d3puty head 2moro 🔪", SG_ABUSE, "threat_said_bare"),
    ("any1 s3ll1ng k3t near the c0llege", SG, "drugs_sold_to_students"),
]

HARD_NEGATIVES = [
    # the words of the bare threats, without a threat
    "shoot mr adams an email about the trip, he's lovely",
    "on my mum's life that was the best concert ever",
    "when i see you at the fair you're finished with the face paints?",
    "she needs a lesson in parking and she'll get one from the driving instructor",
    "we'll all burn in this heat at sports day, bring suncream",
    "you are all going to pay less for the trip this year",
    "the head won't make it to the meeting, she's at a conference",
    "the new science block opens this week 🔥",
    "in our house we say break a leg for good luck before a show",
    "i'm going to murder this english essay tonight",
    "my 15yo has eaten all the biscuits again, i'm going to strangle him 😂",
    # the other risks' words, without them
    "my son is 15 and does a paper round on saturdays, working all day in the summer",
    "please don't tell the police i parked on the zigzags, they'll take my licence",
    "had her fringe cut so she is ready for photos",
    "we had a talk at church about FGM, please all attend the next one",
    "i can hear the hammering next door all day, the builders are back",
    "the coach kissed the trophy and said it was his favourite win",
    "anyone selling diet coke at the school gates for the fun run?",
    "cutting the grass again this weekend",
    "the council is cutting again, no more buses to the college",
    "tired of living in this town with no buses",
    "goodbye everyone, moving to leeds, will miss this page",
    "threw up after lunch, sickness bug going round year 2",
    "an account is messaging our students about the university open day",
    "the staff bought the leavers drinks at the 18th birthday meal",
    "he never has a coat because he runs everywhere, bless him",
    "the poem about suicide we read in english was moving",
    "good reminder from the police about county lines, every parent should read",
    "our house tutor is hopeless at fifa, i beat him 5-1",
    "coach made the boys run until they were sick, character building",
    # batch 36-38 false alarms' causes: dislike without a death wish, contact between parents
    "the girl in year 8 with the fringe, everyone hates you, just go away",
    "Amira in year 3 left her lunchbox at ours, her dad can text me to collect it",
    "if any parents want to share lifts to the concert, message me",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch36_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch36_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_laughter_does_not_take_back_a_bare_threat(safeguarding_pipeline: Pipeline) -> None:
    # "lol imagine if someone actually ..." with the target's routine is still a threat
    verdict = safeguarding_pipeline.classify("lol imagine if someone shot the caretaker, he's alone every night tbh")
    assert_flagged(verdict, SG_ABUSE, "threat_said_bare")
