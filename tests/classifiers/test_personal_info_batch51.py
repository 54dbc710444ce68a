"""Personal information, batches 51-53: a pupil's Snapchat handle given to be added ("add
me on snap: ...", "my snap is ...", "drop ur snap, mine's ...") is personal information; a
handle has a dot, an underscore or a digit, so "my snap is broken" is not one, and a handle
held out to be followed ("follow my tiktok @...") is promotion, not a pupil's detail. A
trade's unit ("pop in to unit 6 ...") is premises, not a home; "via our website before 30
june" is no foreign street; "my course at example dot com" is a site."""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

HANDLES = [
    "add me on snap: tom.r_07, in year 11",
    "my snapchat is ellie.bxo if anyone wants to revise",
    "drop your snaps, mine is kai_2k9",
    "add us on snapchat @jess.and.mo",
]

NOT_HANDLES = [
    "my snap is broken so message me on here",
    "add me on snap, ask in the group chat",
    "follow my tiktok @skatewithsam_22 for tricks",
    "my snapchat streak is 300 days lol",
    # a trade's premises, a site told with "at", "via our website"
    "new gym open now, pop in to unit 6 riverside park",
    "learn to code with my course at codecamp dot example dot com",
    "apply via our website before 14 july",
]

HOMES = [
    "she lives at unit 3, 22 Mill Road, the flats behind the shop",
]


@pytest.mark.parametrize("text", HANDLES)
def test_a_snap_handle_given_is_personal(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_no_handle_or_premises(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)


@pytest.mark.parametrize("text", HOMES)
def test_a_home_unit_still_is(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)
