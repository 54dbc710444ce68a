"""Table tests for the abuse detector's batches 69-71 mechanisms.

School dinners, staff recruitment and the relationships-education row. The ideas read
here: a pupil outed by name, a full name placed in a class or year together with that
child's sexuality or gender identity (or a same-sex kiss or family) told to others, which
is abuse whatever the tone, while the same name and class with an achievement, a book or
the writer naming themself is not; name-calling reported in the present tense ("the girls
call her a '...'") or as others' habit ("keep calling her ... and ..."), which passes the
words on rather than using them; and the names of one report listed together ("told my
cousin he was ... and ..."), so the second name is reported as the first is; and a
people's word offered as the objection to a person's post ("a ... deputy head, god help
the kids", "gave the job to a ..., what a joke"), hate, while the same post welcomed is not;
and the adults a school employs or takes on (kitchen, cover, library and volunteer staff,
applicants), named by their role, as people a put-down is aimed at.

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _slur() -> str:
    return lexicon_slur("sexual_orientation", "always")


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a pupil outed by name: full name, class or year, sexuality or gender identity
    ("Priya Lambert in 11C is a lesbian, pass it on", {"abuse"}),
    ("Tom Hardacre (yr 8) came out as bi last week, just so you all know", {"abuse"}),
    ("everyone from 7R says Josh Ellery snogged another lad behind the sports hall", {"abuse"}),
    ("Amara Quinn year 9 has 2 dads, weird or what", {"abuse"}),
    # ... the same name and class with an achievement, a topic, praise, or the writer
    ("Priya Lambert in 11C came out top in the chess tournament", set()),
    ("Tom Hardacre (yr 8) read a book about the gay rights movement for history", set()),
    ("Well done Amara Quinn year 9 for organising the pride bake sale", set()),
    ("I'm Josh Ellery in 10F and I came out as gay last month, the school has been brilliant", set()),
    # name-calling reported in the present tense or as others' habit: passed on, not used
    ("year 6 keep calling her ugly and gay at netball", set()),
    ("the bigger lads have started calling my stepson thick and gay on the bus", set()),
    # ... the same words said by the writer
    ("that boy is ugly and gay", {"abuse", "hate"}),
    # the names of one report, listed together
    ("a supply teacher told my cousin he was lazy and stupid", set()),
    ("the tutor told my nephew he was thick and useless and he cried", set()),
    # ... the same names said by the writer
    ("the supply teacher is lazy and stupid", {"abuse"}),
    ("that tutor is thick and useless", {"abuse"}),
    # a people's word offered as the objection to a person's post
    ("a polish deputy head, god help the kids", {"abuse", "hate"}),
    ("they took on a lesbian caretaker. diversity hire if ever i saw one", {"abuse", "hate"}),
    ("an irish manager for the breakfast club, what could go wrong", {"abuse", "hate"}),
    ("gave the deputy job to a nigerian, what a joke", {"abuse", "hate"}),
    # ... the same post welcomed, a post without a people, a colour that is no people
    ("a polish deputy head joined in september and the kids adore her", set()),
    ("the new head of year started today, god help us with the paperwork lol", set()),
    ("a black belt coach runs the judo club, what could go wrong", set()),
    ("they gave the prize to a deaf girl in year 4 and she earned it", set()),
    # the adults a school employs or takes on, named by their role, are people to aim at
    ("the school chef is useless and lazy", {"abuse"}),
    ("honestly the midday supervisor is so ugly", {"abuse"}),
    ("the volunteer on the gate is a disgrace", {"abuse"}),
    # ... the same roles beside a thing put down, or praised
    ("our librarian found a disgusting old book in the store, the kids loved it", set()),
    ("the midday supervisors were brilliant in the storm", set()),
    ("the volunteer ran the stall, the weather was pathetic though", set()),
    # ... and a woman named as "the ... lady"
    ("the lady from the parish council is a complete crackpot", {"abuse"}),
    ("the lollipop ladies were lovely in the rain", set()),
    ("the lady at the farm shop sells fruitcake by the slice", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch69_mechanisms(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_present_tense_report_of_a_slur_is_reviewed_not_hate(detector: AbuseDetector) -> None:
    word = _slur()
    assert_abuse_and_hate(detector, f'the older girls call my niece a "{word}" every break', set())
    assert_abuse_and_hate(detector, f'the boys in her form call her a "{word}" to her face', set())
    assert_abuse_and_hate(detector, f"you are a {word}", {"abuse", "hate"})


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
