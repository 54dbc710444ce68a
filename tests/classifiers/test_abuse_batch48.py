"""Table tests for the abuse detector's batches 48-50 mechanisms.

A secondary school's winter term, a safeguarding lead's month and a school video gone viral.
The ideas read here: a short slur hidden in everyday words by a suffix ("spicy", "spiced"),
which is no slur; the conspiracy trope of a people said to be "behind" an event, also in
leetspeak; a girl's looks said to prove she was "born a man"; a faith's festival or dress
sneered at as not belonging ("off for their thing", "not even their holiday"); a mild word
for a person taken back as praise ("a nutter in the best way"); a smell of the kitchen
("cabbage", "onions") pinned on one person, which is abuse but a stereotype of a people only
with a people named; one woman described ("a vile woman who ...") rather than women as a
sex; a lonely commenter called an "old bore" and a performer "zero talent".

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a short slur inside everyday words: food and "spicy" content are no one
    ("the curry was too spicy for year 3, can we have a mild option", set()),
    ("we spiced up the mince pies with cinnamon for the fair", set()),
    ("the spicier wings sold out first at the international evening", set()),
    ("i post sp1cy stuff you can't see here, link in bio", set()),
    # a people said to be behind an event
    ("the jews are behind every war, open your eyes", {"abuse", "hate"}),
    ("zionists behind the school closures, think about it", {"abuse", "hate"}),
    ("j3ws were behind the lockdown, do your research", {"abuse", "hate"}),
    # ... hard negatives
    ("the history trip explained how jews hid behind false walls", set()),
    ("year 8 learnt about the jewish families behind the kindertransport appeal", set()),
    # a girl's looks said to prove she was "born a man"
    ("that girl is too manly to be a girl, definitely born a man", {"abuse", "hate"}),
    ("the singer on the left is probably born a boy, look at her jaw", {"abuse", "hate"}),
    # ... hard negatives
    ("my daughter was born a boy and the school has been brilliant", set()),
    ("he was born a man of kent, the local history talk said", set()),
    # a faith's festival or dress sneered at as not belonging
    ("the sikh kids got the day off for their thing while ours sat mocks", {"abuse", "hate"}),
    ("why are the polish kids in the nativity, not even their christmas", {"abuse", "hate"}),
    ("so many hijabs on the carol service photo, not even their holiday", {"abuse", "hate"}),
    # ... hard negatives
    ("the sikh children got the day off for their festival, lovely photos", set()),
    ("the staff are off for their thing on friday, a training day", set()),
    ("it's not even their holiday yet and the year 11s are revising, proud", set()),
    # a mild word for a person taken back as praise
    ("honestly this teacher is a nutter in the best way", set()),
    ("she's a menace in the nicest way, we love her", set()),
    ("mr cole is a weirdo in a good way, best form tutor ever", set()),
    # ... the same words meant
    ("you are a nutter and i mean that, get lost", {"abuse"}),
    ("that nutter on the bus was vile to my son", {"abuse"}),
    # a kitchen smell pinned on one person; a stereotype only with a people named
    ("the head looks like he smells of cabbage and regret", {"abuse"}),
    ("the maths teacher always stinks of onions, sit further back", {"abuse"}),
    ("the polish kids stink of cabbage", {"abuse", "hate"}),
    ("bet he stinks of curry", {"abuse", "hate"}),
    # ... hard negatives
    ("grandad's house always smells of cabbage on a sunday", set()),
    ("the food tech room smells of onions after the soup lesson", set()),
    # one woman described, not women as a sex
    ("miss reid is a vile woman who shouldn't be allowed near kids", {"abuse"}),
    ("women shouldn't be allowed to referee", {"abuse", "hate"}),
    ("the woman who runs the tuck shop shouldn't be allowed to retire, we'd miss her", set()),
    # a lonely commenter, a performer
    ("that grandad on every post is such a bore, get a life", {"abuse"}),
    ("she's got zero talent and a massive ego", {"abuse"}),
    ("you're a total bore mate, give it a rest", {"abuse"}),
    # ... hard negatives
    ("the kids were so bored in the snow day, any ideas?", set()),
    ("zero talent needed for the staff panto, just enthusiasm!", set()),
    ("he bored the hole for the bird box in dt, so proud", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch48_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])


# what was said described, not whoever said it; the same adjective at a person
SAID_THINGS = [
    ("hope the kids are being protected from the nasty comments", set()),
    ("ignore the pathetic replies, the choir were brilliant", set()),
    ("screenshot the vile messages and send them to the school", set()),
    # ... the same words aimed
    ("the kids in that video are nasty", {"abuse"}),
    ("you pathetic comments troll, get lost", {"abuse"}),
]


@pytest.mark.parametrize(("text", "expected"), SAID_THINGS)
def test_said_things_are_not_people(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


# people named by an insult and pointed out by what they do; "who cares" after a thing
INSULT_WHO = [
    ("numpties who organised this snow day should be sacked", {"abuse"}),
    ("l0s3rs who keep reposting the video, get a life", {"abuse"}),
    # ... hard negatives
    ("the concert was a shambles who cares, the kids had fun", set()),
    ("the anti-bullying ambassadors who ran assembly were great", set()),
]


@pytest.mark.parametrize(("text", "expected"), INSULT_WHO)
def test_insult_then_who(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)
