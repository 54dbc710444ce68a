"""safeguarding, batch 39-41 mechanisms: parents at odds with a school, risk said quietly,
the everyday page, in wording that is not in the case file.

Threats left unsaid (``threat_left_unsaid``): a bomb or fire in a school place that "would
sort" the argument, a day that "is going to be carnage" with word to pass on, something for a
teacher "that isn't a present", "see how brave" someone is with no one around, a person who
"should be scared, just saying", "if i were him i'd be checking under my car", a slap "in the
face at drop off", "you lot are getting battered, don't test me", someone who "will get hurt"
with punches already thrown. Distress said quietly (``distress_said_quietly``): "i just hate
myself", "tired of everything", a stay on a ward at fourteen, not sleeping or eating. Harm told
in passing (``harm_told_in_passing``): marks explained away "every week though", a black eye
"asking for a friend", a child hit "with a belt", a partner who "disciplines" the kids with a
bruise to show, food locked away or earned by chores, a pupil's beating filmed and shared,
young children walking themselves home, money to pupils for pictures. The hard negatives
share the words, and hold the causes of the batch's false alarms (a brochure or costume
"dropped" round, "trust me" about a teacher, a trader's van at the gate, the nurse's
signposting, a spouse or a food thief "murdered", a joke taken back, the word "unalive"
taught, an absence explained, a shot "the lights out", petrol paid for a lift, a fight
reported as over, the stranger-danger lesson). The pipeline is the safeguarding detector alone
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
    ('a fire in the staffroom would settle this whole uniform row', SG, 'threat_left_unsaid'),
    ('imagine someone put the sports hall on fire on results day, would fix everything', SG, 'threat_left_unsaid'),
    ('monday is gonna be carnage. tell ur mates', SG_ABUSE, 'threat_left_unsaid'),
    ("i've got something for the head that isn't flowers, see you at the meeting", SG_ABUSE, 'threat_left_unsaid'),
    ("see how gobby mr dale is when there's nobody around", SG_ABUSE, 'threat_left_unsaid'),
    ('that deputy had better be worried, mark my words', SG_ABUSE, 'threat_left_unsaid'),
    ("if i were the head of year i'd be looking over my shoulder", SG_ABUSE, 'threat_left_unsaid'),
    ('gonna slap that mouthy dad right in the face at drop off', SG_ABUSE, 'threat_left_unsaid'),
    ("you lot in the office are gonna get leathered, don't try me", SG_ABUSE, 'threat_left_unsaid'),
    ("somebody's gonna get badly hurt at the gates, punches were thrown on monday", SG, 'threat_left_unsaid'),
    ("it's not the exams. i just hate myself", SG, 'distress_said_quietly'),
    ('tired of everything tbh', SG, 'distress_said_quietly'),
    ('she ended up in a psych unit at 14 after what that school did', SG, 'distress_said_quietly'),
    ("not eating and not sleeping... haven't slept or eaten properly in days", SG, 'distress_said_quietly'),
    ('marks on his arms again, says it was the cat. every week though', SG, 'harm_told_in_passing'),
    ('best way to hide a black eye for school photos? asking for a friend', SG, 'harm_told_in_passing'),
    ("his step dad hits him with a belt if he's late home", SG, 'harm_told_in_passing'),
    ('her boyfriend disciplines the kids, the little one had a bruise on his leg', SG, 'harm_told_in_passing'),
    ("they padlock the cupboards at night so the kids can't get food", SG, 'harm_told_in_passing'),
    ("the kids don't get dinner unless they finish the housework", SG, 'harm_told_in_passing'),
    ("someone's sharing a clip of a year 8 lad getting beaten up behind the chippy", SG, 'harm_told_in_passing'),
    ("the twins walk themselves home every night and they're only 6", SG, 'harm_told_in_passing'),
    ('£50 for any girl who dms me a pic in her uniform', SG, 'harm_told_in_passing'),
    ('i h4te mys3lf', SG, 'distress_said_quietly'),
    ('d@d hits her with a w00den sp00n', SG, 'harm_told_in_passing'),
    # threat_left_unsaid, the threats at people the model alone caught
    ('a couple of us will pay her a visit, she knows what she did', SG_ABUSE, 'threat_left_unsaid'),
    ('the deputy might get some visitors tonight 👀', SG_ABUSE, 'threat_left_unsaid'),
    ("you'll all regret this. 4th of may. remember the date", SG_ABUSE, 'threat_left_unsaid'),
    ('someone should put mr kemp in the ground', SG_ABUSE, 'threat_left_unsaid'),
    ("bring your brother tomorrow because you'll need him", SG_ABUSE, 'threat_left_unsaid'),
    ("wait till he leaves his office, i'll be outside", SG_ABUSE, 'threat_left_unsaid'),
    ("i'll make sure he can't use his hands to mark anything again", SG_ABUSE, 'threat_left_unsaid'),
    ('his mum should remember accidents happen', SG_ABUSE, 'threat_left_unsaid'),
    ("if anything happens to that tutor nobody would be surprised, he's asking for it", SG_ABUSE, 'threat_left_unsaid'),
    ("if i get expelled i'm taking a few of the staff with me", SG_ABUSE, 'threat_left_unsaid'),
    ('gonna make his face unrecognisable', SG_ABUSE, 'threat_left_unsaid'),
    ("mr cole should be hung for this, i'd do it myself", SG_ABUSE, 'threat_left_unsaid'),
    ("the head won't walk out of that meeting", SG_ABUSE, 'threat_left_unsaid'),
]

HARD_NEGATIVES = [
    'a new boiler would sort out the cold classrooms',
    'bonfire night is going to be loud, bangs everywhere, keep pets in',
    "i'm bringing something for mrs obi that isn't a card, it's a plant",
    "see how brave the year 7s are on the climbing wall when there's no teachers shouting",
    'the kids should be scared of the exam, just saying',
    "if i was you i'd be checking under the car for the cat before you drive",
    'u lot r gettin sorted with new kit this week, dont test me on sizes though',
    'i hate myself for forgetting non uniform day again',
    'tired of living out of boxes since the move',
    'the baby is not sleeping or eating well, teething again',
    'he came back with a bruise from football, according to him it was a great tackle',
    'how do you get blood out of a white shirt, asking for a friend whose son had a nosebleed',
    'we lock the fridge because the toddler keeps climbing in it',
    "there's a video of the year 6 boys getting hit with wet sponges at the fair",
    "my two walk themselves home from the high school, they're 14",
    "I'll drop the raffle prizes at reception tomorrow",
    "i'll drop you a form at pick up",
    'trust me the new head is lovely, she helped my son loads',
    'my ice cream van is parked outside the gate every afternoon, 10% off for the school',
    'if your child is struggling with self-harm, the school nurse and kooth are free and confidential',
    'the lollipop lady is right, children were getting hit by cars on that corner',
    'i wish they would stop threatening fines over term time holidays',
    "if my hubby leaves his socks on the stairs one more time i'll kill him",
    "i'm going to murder whoever nicked my yoghurt from the staff fridge",
    "my mates and i joke we'll jump off a bridge if the mocks are any harder, obviously not",
    "we joked we'd unalive the ref if he gave one more penalty",
    "my daughter learnt 'unalive' and all the other tiktok words in pshe, glad they cover it",
    "won't be here next week, it's my sister's wedding in spain, absence form is in",
    'the year 10s shot the lights out in the science mocks',
    "can anyone give my son a lift to the disco? i'll pay for petrol",
    'there was a fight at the bus stop after school, good to see teachers out there today',
    'the stranger danger talk taught them what to do if an adult asks them to keep a secret',
    # the words of those threats, without one
    'the reception class will pay you a visit next week to sing carols',
    "you'll regret missing the fair! remember the date, 4th of may",
    "bring your husband to the quiz night, you'll need him for the sport round",
    "wait till she finishes her shift, i'll be by the car with the cake",
    "if anything happens to the trip we'd be surprised, it's all booked",
    "the art should be hung in the hall, i'd do it myself if i had a ladder",
    "she won't walk out of that office without a biscuit",
    # everyday wordings near the new alternatives
    'the caretaker locks the kitchen at 4 so please collect lunchboxes before then',
    "who locked the food tech room? year 9 can't get in",
    'honestly tired of it all with these roadworks outside school',
    'i hate myself sometimes for not reading the newsletter',
    'not sleeping or eating properly since the new puppy arrived lol',
    "there's a video of the year 11 boys getting hit by pies at the charity day",
    "the reception kids walk themselves home? no, they're collected at the door by a grown up",
    'according to him the bruise is from rugby, he loves it',
    '£5 to any pupil who sends a photo for the yearbook competition',
    "we'll all regret the bake sale tomorrow, remember the date for the dentist",
    "if i were you i'd lock my doors, the wind is awful",
    'gonna slap some paint on the fence at drop off tomorrow',
    'the heating would sort out the cold classrooms if it worked',
    'a fire in the staffroom would be lovely on days like this',
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch39_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch39_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()

