"""Personal information, batches 36-38: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- a lower-case name after a greeting or a pointer ("happy birthday ...", "thats ...") before
  a year group or form;
- a rare first name before a surname that is also a word ("kacper wood in 9c"), only with a
  year group or form right after it;
- a bracketed age straight after a lower-case name ("(16, year 12)");
- sixth-form years ("upper sixth", "lower sixth") as a class after a full name;
- a birthday written with its year is a date of birth;
- a number followed by a pronoun is an age or a count, not a house number ("25 who drive").
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # a greeting or pointer before a lower-case name
    ("happy birthday lily fairbrother in year 3 🎈", PI),
    ("congrats zofia wrobleska in 10k on the medal", PI),
    ("happy birthday to everyone in year 3", NONE),
    # a rare first name, a surname that is also a word
    ("thats kacper wood in 9c who keeps doing it", PI),
    ("oi bartosz wood year 8, give it back", PI),
    ("thats still good in year 8", NONE),
    ("jabs done in year 8 today", NONE),
    # a bracketed age after a lower-case name
    ("sam adeyemi-cole (16, year 12) is running the stall", PI),
    ("sam said (16, maybe 17) people came", NONE),
    # sixth-form years
    ("Hana Okoro-Baptiste, lower sixth, is our new rep", PI),
    ("the lower sixth, all of them, were brilliant", NONE),
    # a birthday with its year
    ("Jonah's birthday 03/11/2009, he's in the team photo", PI),
    ("the birthday party is on 03/11, all welcome", NONE),
    # a number then a pronoun: not a street
    ("she was with a man of about 30 who drive a blue van", NONE),
    ("we live at 30 Heron Drive, knock loud", PI),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels))
