"""Personal information, batches 48-50: a lower-case surname opening with "o'" or "d'"
(before an age or form) is read as a name; a web address told with "at" after a price, a
verb of a forged notice or a shop word ("half price at ... dot co dot uk", "verify at ...
dot com", "order at ...") is a site, not a mailbox; a mailbox spelled out with "at" and
"dot" still is one."""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

SITES = [
    "revision cards only £5 at cardcraze dot co dot uk this week",
    "your account is locked, verify at page-help-centre dot com today",
    "claim at prize-hub dot net before midnight",
    "order at cakesbyjo dot co dot uk for christmas",
]

MAILBOXES = [
    "email the coach: dan.whitby at example dot com",
    "her email is lucy[at]example[dot]com if you want to complain",
    # a dotted local part ending in a shop word is still a mailbox
    "write to me at gwen dot price at example dot com",
    "ask for ellie.visit at example dot com",
    "the treasurer is sam.price at example dot com",
]


@pytest.mark.parametrize("text", SITES)
def test_a_site_told_with_at_is_no_email(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)


@pytest.mark.parametrize("text", MAILBOXES)
def test_a_spelled_out_mailbox_still_is(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


# a lower-case pupil's name whose surname opens with "o'" or "d'", before an age or form
PUPILS = [
    "massive well done to aoife o'sullivan, 12, in 8T",
    "proud of keeva d'arcy year 9 for the debate final",
]

NOT_PUPILS = [
    "meet outside o'neills at 3, year 7 parents please",
    "we had tea at o'briens after the concert, lovely evening",
]


@pytest.mark.parametrize("text", PUPILS)
def test_lower_case_name_with_o_prefix(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


@pytest.mark.parametrize("text", NOT_PUPILS)
def test_o_prefix_place_is_no_pupil(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)
