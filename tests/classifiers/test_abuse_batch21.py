"""Table tests for the abuse detector's batches 21-24 mechanisms.

Everyone at a place as the subject of an insult ("everyone at that club is a ..."), a team
or class spoken of as its people ("the chess team are ..."), greed and selfishness as
insults, a pupil's form code between a lower-case name and a smell verb ("jade in 8k
stinks"); and the precision rules: self-harm and "kill it" after an intent marker, "kill
for", "is that a joke?" as a question, and "nobody cares" as the writer's own lament.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # everyone at a place as the subject
    ("everybody at that parish club is a stuck up snob", {"abuse"}),
    ("honestly everyone in the office is a clueless jobsworth", {"abuse"}),
    # ... hard negatives
    ("everyone at the fair was a star, thank you", set()),
    ("everybody in year 5 is a reader now, so proud", set()),
    # a team or class spoken of as its people
    ("the chess team are trash lol", {"abuse"}),
    ("the choir were useless and ugly", {"abuse"}),
    # ... hard negatives
    ("the football team are top of the league", set()),
    ("the class were brilliant at the carol service", set()),
    # a thing someone made is what is compared
    ("the cake the year 2s made looks like a hedgehog", set()),
    ("the card my son drew looks like a dinosaur lol", set()),
    ("that teacher looks like a hedgehog", {"abuse"}),
    # greed and selfishness said of people
    ("the governors are greedy selfish pigs", {"abuse"}),
    ("you greedy little man", {"abuse"}),
    # ... hard negatives
    ("don't be greedy with the cake at the fair, leave some for the infants", set()),
    ("the selfish giant was our class story this week", set()),
    # a form code between a lower-case name and a smell verb
    ("jade in 8k stinks sit somewhere else", {"abuse"}),
    ("omg kayden in y9 smells of bins", {"abuse"}),
    # ... hard negatives
    ("the hall in block 2 stinks of paint", set()),
    ("the room in 9r smells lovely after the bake sale", set()),
    # self-harm, "kill it" and "kill for" after an intent marker are not threats
    ("my aunt said she's going to kill herself, what do I do", set()),
    ("year 6 are going to kill it at the concert tonight", set()),
    ("gonna kill it on sports day", set()),
    ("i'd kill for a snow day tbh", set()),
    # ... attacks that still are
    ("i'm going to kill him when i see him at the gates", {"abuse"}),
    ("gonna kill you after school", {"abuse"}),
    # "is that a joke?" as a question about a thing
    ("the new parking rules, is that a joke?", set()),
    ("is this a joke, the trip costs 400 pounds", set()),
    ("Mr Dale is a joke", {"abuse"}),
    # "nobody cares" as the writer's lament, not a put-down
    ("i feel so alone lately, nobody cares", set()),
    ("my nan died last week and nobody cares", set()),
    # ... the put-down still is
    ("shut up kayden, nobody cares", {"abuse"}),
    ("nobody cares what you think mate", {"abuse"}),
    # a relative clause between the person and a comparison
    ("the boy who read the poem at the service looks like a potato", {"abuse"}),
    ("the dad who fixed the gate walks like a penguin", {"abuse"}),
    # ... hard negatives: a thing, praise
    ("the den that the scouts built looks like a castle", set()),
    ("the girl who sang the solo sounds like an angel", set()),
    # clannishness pinned on a member of a protected group
    ("the head is a hindu so obviously he sticks up for his own", {"abuse", "hate"}),
    ("the new deputy is jewish, covering for her own lot again", {"abuse", "hate"}),
    # ... hard negatives
    ("the new teacher is muslim and she looks after her own pupils so well", set()),
    ("Mrs Khan sticks up for every child in her class", set()),
    # a group member unwanted
    ("the trans kid should just go, nobody wants him in our changing rooms", {"abuse", "hate"}),
    # ... hard negatives
    ("nobody wants him in goal, he never saves anything", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch21_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)
