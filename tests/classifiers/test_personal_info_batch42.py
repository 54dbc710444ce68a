"""Personal information, batches 42-44: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- the year group or form told a few words after the child's name, in the same sentence
  ("Kayla Brent, she's in my cousin's form 8T", "called Marcus Obi, he said he's in year
  5"), and two children sharing a surname with their years ("Lily and Sam Archer (years 2
  and 5)");
- a house or flat number after a named street, whoever lives there ("the coach lives on
  Millbrook Close, number 9", "they live above the bakery on Kings Road, flat 2");
- a postcode spelt out one character at a time after "postcode";
- the words after "class" are a class's name, not a preposition ("Zumba Gold class for
  over 60s" names no child);
- helplines stay out.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # a year group or form a few words after the name
    ("the lad who found my purse was Marcus Obi, he said he's in year 5", PI),
    ("the one filming was Kayla Brent, she's in my cousin's form 8T", PI),
    ("Priya Lal, she is now in year 10 at the other school", PI),
    ("picking up Lily and Sam Archer (years 2 and 5) today, their dad's away", PI),
    ("Tom Daley was brilliant, he's in the pool every day", NONE),
    ("Mrs Ellen Hardy, she's in year 6 this term, the teacher", NONE),
    ("the boy in year 5 was lovely, he's in the choir", NONE),
    ("the fair runs for years 3 and 4 (years 5 and 6 next week)", NONE),
    # a house or flat number after a named street
    ("the coach lives on Millbrook Close, number 9, red car outside", PI),
    ("they live above the bakery on Kings Road, flat 2", PI),
    ("we live on a busy road, number 12 bus stops outside", NONE),
    ("lives on Station Road, number 7 bus goes past", NONE),
    # a postcode spelt out
    ("drop the forms round, postcode M 4 1 2 A B", PI),
    ("the postcode for the trip is on the letter", NONE),
    # the words after "class" are the class's name, not a preposition
    ("a new Pilates Plus class for new mums starts on Monday", NONE),
    ("Karate Kids class at the hall is full", NONE),
    ("Ellie Brooks class 4 won the spelling bee", PI),
    ("Noah Patel class Oak forgot his reading book", PI),
    # helplines stay out
    ("Childline is free on 0800 1111, any time", NONE),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels))
