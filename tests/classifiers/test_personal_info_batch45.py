"""Personal information, batches 45-47: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- the year group told in the sentence after the child's name, past a question ("Is that
  Leo Marsh's dad? He's in Year 3 with ...");
- a name with an age in years ("Lucy Hart 8 yrs" on a lost lunchbox);
- a named street where someone lives, without its number, once the comment pins the person
  or the house too ("the year 4 boy ... lives on Willow Way", "lives above the chip shop on
  Mill Lane, XX1 2YY"; not "the same road", "our road", nor the street alone);
- a birthday told with its year is a date of birth;
- "one day the way ..." is a time phrase, not a house number spelt out;
- helplines stay out.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # the year group after a question
    ("Is that Leo Marsh's dad at the gate? He's in Year 3 with my son", PI),
    ("Who collects Amira Khan? She's in Year 4 and was waiting ages", PI),
    ("Was that Tom Daley on telly? He's in the news again", NONE),
    # a name with an age in years
    ("found a lunchbox labelled Lucy Hart 8 yrs by the gate", PI),
    ("Lucy Hart 8 yrs ago was my teacher", NONE),
    # a named street where someone lives
    ("the year 4 boy who took it lives on Willow Way, I've seen him", PI),
    ("that teacher lives above the chip shop on Mill Lane, LS6 2AB", PI),
    ("they're staying on Beech Grove with their nan, the twins are aged 7", PI),
    ("the boy who took it lives on Willow Way, I've seen him", NONE),
    ("he lives on Mill Lane and goes to year 7 football on Saturdays at 10", PI),
    ("he lives on the same road as us", NONE),
    ("she lives on our road, lovely family", NONE),
    ("my mum lives in a quiet close", NONE),
    # a birthday with its year
    ("my birthday is on 3rd March 2011 and I'm having a party", PI),
    ("it was her bday on the 14th of July 2012", PI),
    ("happy birthday to everyone born in July", NONE),
    ("it was my birthday on 3rd March and nobody came", NONE),
    # a time phrase, not a house number
    ("someone will get hurt one day the way that road is", NONE),
    ("come round, we're at fourteen Ashcroft Road", PI),
    # helplines stay out
    ("Childline is free on 0800 1111, any time", NONE),
    ("Samaritans are there on 116 123, day or night", NONE),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels))
