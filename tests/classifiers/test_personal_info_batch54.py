"""Personal information, batches 54-56: the general causes behind its misses.

New wordings (none is a case of the case file) and hard negatives sharing their words:

- a pupil's name possessive before their class, year or age ("Oliver Pennock's (year 3,
  Ash class) lunchbox") and a birthday told with the child's age ("Ruby Haldane's birthday
  today, 6 years old");
- several pupils named, then the year they are all in ("Isla Fenwick, Maya Drummond and
  Leah Colquhoun, all Y8");
- not personal information: a famous person's birthday, houses or teams listed before "all
  year 5", "never worn, age 11" in a sale (an adverb is no first name); and a form group
  ("in 8P") is no price.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_flags, assert_personal_info

PERSONAL = [
    "has anyone seen Oliver Pennock's (year 3, Ash class) lunchbox?",
    "it's Ruby Haldane's birthday today, 6 years old, please sing at registration",
    "Jude Marsden's birthday on friday, he turns 9, cake in the classroom",
    "Cabin 4: Isla Fenwick, Maya Drummond and Leah Colquhoun, all Y8",
    "relay squad Tom Abbey, Raj Sidhu, Ben Tolland, all in year 6",
]

NOT_PERSONAL = [
    "It's Taylor Swift's birthday, 35 years old today apparently",
    "Roald Dahl's birthday on the 13th, year 5 are dressing up",
    "Sports day teams: Red House, Blue House, Green House, all year 5 together",
    "kids wellies size 11, never worn, age 4-5, collection only",
    "Jack Ross's dad makes the best cakes at the fair",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_pupils_named_with_their_class(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_not_pupils(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)


def test_form_group_is_no_price(commercial_pipeline: Pipeline) -> None:
    text = "please send me the trip photos at jo.bell@example.com, my daughter is Ava Bell in 9P"
    assert_flags(commercial_pipeline.classify(text), "commercial", False)
    text = "sweets 50p each at my stall, dm me"
    assert_flags(commercial_pipeline.classify(text), "commercial")
