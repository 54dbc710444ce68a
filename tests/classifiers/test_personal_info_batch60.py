"""Personal information, batches 60-62: the general causes behind their errors.

- a child named by their phone or account, then their year ("Lily Pearce's phone, yr 8"):
  the year is the child's, so the name and year identify a pupil; not a famous name's
  birthday or a phone with no year;
- a price before "at ... dot com" ("from £199 at plateking4u dot com") is a shop's
  address, not a mailbox written out; a real one still is.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info


@pytest.mark.parametrize(("text", "expected"), [
    ("Lily Pearce's phone, yr 8, is the one sending the messages", True),
    ("it all came from Noah Baines's snap (year 9)", True),
    ("Ava Lund's account - y10 - posted the video", True),
    ("Roald Dahl's birthday, year 5 are dressing up", False),
    ("Lily Pearce's phone was found on the field, please hand it in", False),
])
def test_child_named_by_phone_then_year(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("name badges from £4 at badgebarn dot co dot uk", False),
    ("lunchboxes $12 at tiffinworld dot com, free delivery", False),
    ("message me, kerry dot wilde at example dot com", True),
])
def test_price_at_a_shop_is_no_email(personal_info_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), expected)
