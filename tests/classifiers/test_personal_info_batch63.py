"""Personal information, batches 63-65: the general causes behind their misses.

- a pupil found through a relative, then the pupil's class ("Isla Brennan's dad from
  year 3"), or through a teacher's class ("Maya Green from Mr Okafor's class"); not a
  teacher's class named alone, nor a relative with no class;
- a birthday written "b-day" or "birthdate" with its year is a date of birth; a party's
  date without a year is not;
- an address written out and followed by a path ("winzone dot online slash claim") is a
  web link, not a mailbox; a real one still is.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info


@pytest.mark.parametrize(("text", "expected"), [
    ("Freya Dunmore's grandad from year 2 keeps parking across our drive", True),
    ("is Theo Marsh's nan in 4B coming to the coffee morning?", True),
    ("Oliver Bright in Miss Carter's class has taken my son's lunchbox by mistake", True),
    ("We understand that Hannah Stroud from Mr Adeyemi's class was present.", True),
    ("Mr Adeyemi's class did brilliantly in the quiz", False),
    ("Freya Dunmore's grandad keeps parking across our drive", False),
])
def test_pupil_found_through_relative_or_teacher(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("jax b-day 14/03/2015 so hes the youngest in the year", True),
    ("Birthdate: 30.09.2014, please update the office records", True),
    ("the b-day party is on 14/03 at the soft play", False),
])
def test_birthday_short_forms(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("claim your voucher at winzone dot online slash claim", False),
    ("free tickets at prizehub dot co dot uk / enter", False),
    ("email me at jo.lane at example dot com about the rota", True),
])
def test_link_written_out_is_no_mailbox(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)
