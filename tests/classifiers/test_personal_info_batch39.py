"""Personal information, batches 39-41: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- emoji between a name and its class, year group or age are read through ("ruby jenkins
  🌟 class 3"), but not before a bare number ("signals 💹 10x" is no form);
- an age range is a size, never one child's age ("pinafores age 6-7");
- a house number told after the street ("she lives on Brindle Way, number 16");
- "Bank" closes a street's name when the street is written as a name ("28 Willow Bank");
- a site told with "at" is no mailbox, also in leetspeak ("v1sit n0w at ... dot net");
- helplines stay out.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # emoji between a name and its class or age
    ("tobias wainwright ⭐ year 4 ⭐ is the one who pushed him", PI),
    ("Harriet Okonkwo 💕 aged 9 won the poetry prize", PI),
    ("crypto signals 🚀 10x your money today", NONE),
    ("well done year 4 ⭐ year 5 next", NONE),
    # an age range is a size
    ("two navy cardigans age 9-10, free to a good home", NONE),
    ("spare wellies age 4 to 5 if anyone needs them", NONE),
    ("freya blackwood aged 8 lost her reading book", PI),
    # the house number after the street
    ("she lives on Thornfield Road, number 22, the blue door", PI),
    ("they live on Hawthorn Close, no. 7", PI),
    ("we live on a busy road, number of cars is crazy", NONE),
    ("we live on a busy road, number 12 bus goes past every 5 mins", NONE),
    # "Bank" at the end of a street written as a name
    ("can someone drop him at 14 Riverside Bank after club", PI),
    ("I paid 20 quid in at the bank", NONE),
    ("put 50 in the bank for the trip", NONE),
    # a site with "at", leetspeak or not
    ("cl1ck n0w at prize-centre dot net", NONE),
    ("sign up here at homework-help dot co dot uk", NONE),
    ("email jenny.ward at example dot com for the rota", PI),
    # helplines
    ("Childline is free on 0800 1111, any time", NONE),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels))
