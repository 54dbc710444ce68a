"""Table tests for the abuse detector's batches 66-68 mechanisms.

Knife crime, admissions rows and the leavers' prom. The ideas read here: a report of
name-calling in which the person it was said to stands between the verb and the quoted
word ("called my little brother a '...'"), so the word is passed on, not used; the
name-caller told to stop ("stop calling the ... families ..."), which condemns the
put-down rather than making it; an epithet that is a sentence of its own right after the
sentence naming a person ("... never answers. Spiteful old toad."), which is aimed at that
person, while one after a sentence about a thing or the writer aims at no one; the way a
person speaks likened to an animal ("speaks like a ..."); someone imagined doing a thing
and still compared ("imagine paying ... and still looking like a ..."), not a thing
imagined; a person likened to a lump of meat; adults around a school named by their role
(youth or social worker, guest speaker, officer, driver), so a put-down of them is aimed; a
people said to be favoured over "us" ("... get all the help, we get nothing", "rigged for
them", "everything handed to them"), to be "the problem", or to bring crime to "our
streets" (hate frames); a family accused of lying its way into a place, named by the
accusation ("cheats", "fraudsters"), not the verb ("cheats at cards").

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import (assert_abuse_and_hate, assert_hate_implies_abuse, best_scores,
                                       lexicon_slur)


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _slur() -> str:
    return lexicon_slur("race", "always")


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # the name-caller told to stop: the put-down condemned, not made
    ("quit labelling the roma mums beggars, they work harder than anyone", set()),
    ("please stop calling the somali dads scroungers on this page", set()),
    ("give up branding the irish families thieves, it is tired", set()),
    # ... the same words used, not condemned
    ("the irish families are thieves, lock your cars at pickup", {"abuse", "hate"}),
    ("somali dads are scroungers, every one of them", {"abuse", "hate"}),
    # an epithet sentence right after the sentence that names a person
    ("mr fenwick kept the whole team late again. spiteful old toad.", {"abuse"}),
    ("the new receptionist never picks up the phone. lazy jobsworth", {"abuse"}),
    ("that dinner lady shouted at my nephew again! nasty old witch", {"abuse"}),
    # ... after a sentence about a thing, or praise
    ("the car park was gridlocked again. total shambles", set()),
    ("our coach sorted the whole tournament. absolute legend", set()),
    ("the heating broke in the sports hall. freezing old barn", set()),
    # the way a person speaks likened to an animal
    ("the new curate speaks like a donkey braying", {"abuse"}),
    ("that pcso was talking like a goat with a cold", {"abuse"}),
    # ... speaking like something in play, or the writer
    ("we learned to speak like a pirate for book day", set()),
    ("i sound like a foghorn when i speak", set()),
    # someone imagined doing a thing and still compared: aimed at whoever it is about
    ("imagine queuing for an hour and still looking like a scarecrow", {"abuse"}),
    ("imagine paying for a stylist and coming out looking like a gargoyle", {"abuse"}),
    # ... a thing imagined, not a person
    ("imagine the birthday cake looking like a hedgehog", set()),
    # a person likened to a lump of meat
    ("the best man looked like a joint of beef in that suit", {"abuse"}),
    ("we had gammon and chips at the leavers meal", set()),
    # adults around a school named by their role: a put-down of them is aimed
    ("the social worker is a fraud, never turns up", {"abuse"}),
    ("the guest speaker is a complete muppet", {"abuse"}),
    ("the bus driver was a hero in the snow", set()),
    # a people said to be favoured over "us", to be the problem, or to bring crime here
    ("the syrian lads get all the attention from staff and our boys get nothing", {"abuse", "hate"}),
    ("swimming lessons are rigged in their favour, the roma lot always jump the queue", {"abuse", "hate"}),
    ("honestly the eastern europeans are the whole problem.", {"abuse", "hate"}),
    ("those asylum seekers bring their gangs to our town and the police do nothing", {"abuse", "hate"}),
    # ... favour, problems and bringing said of year groups, sites and charities
    ("the year 6s get first pick of the clubs and the year 5s get nothing", set()),
    ("refugee children get priority places under the admissions code, which is right", set()),
    ("the traveller site is not the problem, the council is", set()),
    ("the migrants charity brings food to the streets every friday", set()),
    # a family accused of lying its way in, named by the accusation
    ("the henderson girls are cheats and liars", {"abuse"}),
    ("that lot at number four? fraudsters, the lot of them", {"abuse"}),
    # ... the verb, or a revision aid
    ("he cheats at cards every christmas", set()),
    ("my cheat sheet for the quiz night", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch66_table(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


@pytest.mark.parametrize("lead", [
    "the lads at the bus stop called my little brother a",
    "a woman in the car park shouted at my stepdaughter a",
    "some boy on the bus called our youngest a",
])
def test_reported_slur_with_the_person_between(detector: AbuseDetector, lead: str) -> None:
    """The slur quoted after a report verb and the child it was said to: review, not hate."""
    scores = best_scores(detector, f'{lead} "{_slur()}" and laughed. school has been told')
    assert scores.get("hate", 0.0) < 0.5, scores
    assert scores.get("abuse", 0.0) < 0.5, scores


def test_slur_used_at_a_person_is_still_hate(detector: AbuseDetector) -> None:
    scores = best_scores(detector, f"that bus driver is a {_slur()}")
    assert scores.get("hate", 0.0) >= 0.5, scores


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [t for t, _ in CASES] + [f"you {_slur()}"])
