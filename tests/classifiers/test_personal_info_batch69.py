"""Personal information, batches 69-71: the general causes behind its errors.

- a post signed by the school itself ("Posted by the school", "Thanks - School Office")
  gives the school's published lines and mailboxes, not anyone's private details; the
  writer's own number ("ring me") in the same shape still counts;
- adjectives made with a suffix ("reluctant", "confident", "creative") and sentence-opening
  adverbs ("Honestly", "Seriously") are no names before a year group;
- a number with a thousands separator after a name is a count, not an age;
- a web address spelt out after "enter your e-mail at" is a site, not a mailbox.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

CASES = [
    ("Trip forms due Monday. Questions to trips@example.com or 0161 496 0123. Posted by the school", False),
    ("Vacancy for a midday assistant, details from admin@example.com. Regards, the academy office", False),
    ("Parents' evening bookings reopen at 6pm, ring 0161 496 0456 - School Office", False),
    ("ring me on 07700 900123, I'm not from the school office", True),
    ("text me on 07700 900789 if the school office won't answer", True),
    ("Any chance of more books for confident writers in year 6?", False),
    ("lots of support for creative learners in year 3 this term", False),
    ("Seriously Marcus from 9C needs to stop", False),
    ("Actually Priya in year 2 was so kind today", False),
    ("Kimberly Walsh year 4 keeps pushing my daughter", True),
    ("niamh o'connell year 9 was crying at the gate", True),
    ("Sign the Safer Streets Campaign, 12,400 names so far", False),
    ("Evie Roberts, 10, was pushed off the climbing frame", True),
    ("for the free guide enter your email at guidehub dot example dot com", False),
    ("email jo at example dot com about the rota", True),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_personal_info_batch69(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)
