"""Table tests for the abuse detector's batches 60-62 mechanisms.

The school run, a headteacher's X account, and mental health and online safety weeks. The
ideas read here: a person called a sociopath, said to have no brain cells, shunned by all
("nobody can stand her") or their hair likened to a shock from the mains; a people sneered
at by a stereotype that had no listed word: pupils of a faith said to learn bomb-making, a
nation said to be the worst at something "as a cultural thing" or drunk by lunchtime, a
gay pupil said to be flaunting himself, the joke form "how many ... does it take", pupils
with a need called too thick to read or their parents weirdos; peoples newly named: an
overseas teacher by nation ("typical irish"), a woman by her headscarf ("hijabi"), a gay
deputy as "queer", pupils with a need as "the special ones" or "the dyslexics"; a man
called a "bloke" as a person insulted; hateful words a pupil was told, reported for the
school to take up ("please address this in assemblies", "I'm raising it with the head"); a
slur as the adjective of a named person's voice or face; the writer smelling a thing ("i
could smell it") near a people named as victims, which calls no one smelly; others' conduct
named to defend someone ("people are being vile about her"); a teacher said to look as if
"just off the boat".

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a person called a sociopath, empty-headed, shunned by all, their hair a shock from the mains
    ("the deputy is a total sociopath, he enjoys giving out detentions", {"abuse"}),
    ("the new science teacher has zero brain cells", {"abuse"}),
    ("nobody can stand her, that's why she eats lunch alone in her office", {"abuse"}),
    ("his hair looks like he stuck his fingers in a plug socket", {"abuse"}),
    ("that lollipop bloke is a creep, stares at everyone", {"abuse"}),
    # ... the same words of no person
    ("year 3 learned not to put a finger in a plug socket during safety week", set()),
    ("nobody can stand the new lunch menu", set()),
    ("the bloke from the council fixed the crossing light, thanks", set()),
    # a people sneered at by a stereotype
    ("typical irish, always late and half cut", {"abuse", "hate"}),
    ("the queer teachers are pushing their agenda in pshe", {"abuse", "hate"}),
    ("that hijabi is an extremist, watch her", {"abuse", "hate"}),
    ("the pakistani dads are the worst drivers, it's a cultural thing", {"abuse", "hate"}),
    ("how many deaf kids does it take to make a cup of tea", {"abuse", "hate"}),
    ("the polish lot are busy making bombs in their sheds", {"abuse", "hate"}),
    ("the dyslexics are too stupid to use a calendar", {"abuse", "hate"}),
    ("the trans kid keeps flaunting it in the corridors", {"abuse", "hate"}),
    ("the special ones are just a drain on the teachers", {"abuse", "hate"}),
    # ... the same words with no people sneered at
    ("the irish dancing team won at the regional feis", set()),
    ("our queer history month display is up in the library", set()),
    ("she wears a hijab and ran the whole mental health week, amazing", set()),
    ("the year 6 maths group are the worst at tidying, says mr hill", set()),
    ("how many volunteers does it take to run the tombola? at least six", set()),
    ("the kids made bombs for the bath bomb stall at the fair", set()),
    ("the special ones in the nativity were the shepherds, so proud", set()),
    ("diwali is a cultural thing we celebrate every year with the families", set()),
    ("the gay lad who spoke at assembly was so brave", set()),
    ("a parent was flaunting the no-parking rule again", set()),
    # hateful words a pupil was told, reported for the school to take up (review, never hate)
    ("a lad on the bus told my daughter to \"go back where she came from\", please tackle this in pshe", set()),
    ("my son was told to 'go back to your own country' at football, i'm raising it with the school", set()),
    # ... the same words said, or told with no one asked to act
    ("i told him to go back where he came from and i meant it", {"abuse", "hate"}),
    ("go back to where you came from, please address this", {"abuse", "hate"}),
    # a teacher said to look newly landed
    ("the new maths teacher talks like she's just off the boat", {"abuse", "hate"}),
    ("the dinner lady looks like she just got off the boat, can't understand a word", {"abuse", "hate"}),
    # ... a boat really left
    ("we just got off the boat from the isle of wight trip, kids loved it", set()),
    ("year 5 looked like they had just got off the boat after the sailing day, soaked", set()),
    # the writer smelling a thing near a people named as victims: a sense, no one called smelly
    ("the driver of the sen minibus was smoking weed, we could smell it on the kids' coats", set()),
    ("the man driving the special needs kids had been drinking, i could smell it on him", set()),
    # ... a people said to smell
    ("the polish family next door smell, i can smell them from my garden", {"abuse", "hate"}),
    ("the deaf kids at the bus stop smell, honestly", {"abuse", "hate"}),
    # others' conduct named to defend someone
    ("people are being vile about the new head and she hasn't even started", set()),
    # ... the same word said of a person
    ("you lot are vile", {"abuse"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch60_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])


# a slur standing as an adjective before a person's voice, face or walk, the person named in
# the clause: aimed at them, so hate; the same slur before a thing with no one named is not
SLUR_ATTRIBUTE_CASES = [
    ("the deputy head has a {slur} voice, no wonder no one listens", {"abuse", "hate"}),
    ("mr cole does a {slur} laugh every time he reads the register", {"abuse", "hate"}),
    ("lol a {slur} voice memo app", {"abuse"}),
]


@pytest.mark.parametrize(("template", "expected"), SLUR_ATTRIBUTE_CASES)
def test_slur_before_a_persons_attribute(detector: AbuseDetector, template: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, template.format(slur=lexicon_slur("disability", "person_or_group")), expected)
