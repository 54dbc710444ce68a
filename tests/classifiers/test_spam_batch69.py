"""Spam and commercial, batches 69-71: the general causes behind their errors.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- firms that sell to employers and job seekers (staff agencies, CV and application
  writers, office systems) putting themselves forward or giving a way to reach their team;
- a fee asked of a job seeker before any work ("pay the registration fee to confirm your
  placement") is a recruitment scam; a fee told by one who paid it, or refunded, is not;
- a web address spelt out after a place word ("order at", "sign up at", "enter your
  e-mail at") is a link, not a mailbox;
- a daily or weekly sum promised for remote work ("remote roles, $400 weekly") is easy
  money; one's own remote job told is not;
- hiring judged, pay judged, a job title with "business" in it, an approach that was
  reported, and a place of the school's own to sign up at are no trade;
- an offer received and told ("I got offered ... anyone else?") or a question about pay is
  no offer.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_not_promotion, assert_promotion

STAFFING_TRADE = [
    "Temp agency with qualified nursery staff ready to start Monday, ring our bookings team",
    "We are a cover agency specialising in SEN schools, happy to arrange a call with your business manager",
    "Cover letters and personal statements written by ex-headteachers, free review of your draft",
    "Agency staff for kitchens and cleaning, call our consultants for this week's rates",
    "interview coaching for nurses and carers, same day turnaround, message us",
]

NOT_STAFFING_TRADE = [
    "the supply teacher in 4B was lovely with the kids",
    "she is ready to start reception in september, so excited",
    "my cv got me the job in the end, thanks for the reference",
    "call our office team about the trip money please",
    "can someone look over my cover letter for the lunchtime job?",
]


@pytest.mark.parametrize("text", STAFFING_TRADE)
def test_staffing_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", NOT_STAFFING_TRADE)
def test_not_staffing_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


JOB_FEE = [
    "Congratulations candidates, to confirm your placement pay the registration fee of £60 today",
    "Warehouse applicants: a £25 vetting fee is needed before your start date, bank transfer",
    "guaranteed interviews with top retailers, pay just £15 to join our list",
]

JOB_FEE_TOLD = [
    "Did anyone have to pay an admin fee for the interview? I paid £20 and heard nothing",
    "the trust covers the vetting fee for new applicants, you never pay a penny",
    "the agency refunded the registration fee after I complained about the interview",
]


@pytest.mark.parametrize("text", JOB_FEE)
def test_job_fee_is_spam(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", JOB_FEE_TOLD)
def test_job_fee_told(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


SPELLED_SITE = [
    "massive pizza deal tonight, order at pizzapalace dot co dot uk",
    "claim your free voucher, just enter your email at voucherzone dot example dot com",
    "win a tablet!! register at prizedraw dot example dot com",
]


@pytest.mark.parametrize("text", SPELLED_SITE)
def test_spelled_site_is_a_link(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text))


def test_spelled_mailbox_is_still_an_address(school_pipeline: Pipeline) -> None:
    verdict = school_pipeline.classify("email jo at example dot com about the rota")
    assert "personal_info" in verdict.labels, verdict.to_dict()
    assert_not_promotion(verdict)


NOT_TRADE = [
    "Hiring a deputy head who has never taught is a strange choice",
    "hiring a caretaker who can't even fix a radiator, brilliant",
    "the wages for midday assistants are a disgrace, £10 an hour to manage a whole hall",
    "well done to our new business studies teacher on her first week",
    "whoever keeps offering the year 6s free phone credit, I've reported it to the police",
    "If a stranger offers your child free games online, tell a trusted adult",
    "Please sign up at the office for the parents' forum",
    "I was offered tutoring for £20 an hour by a stranger on here, anyone else?",
    "do cover supervisors get paid over the summer?",
    "my new mobile is 07700 900111 for the class rep group",
]


@pytest.mark.parametrize("text", NOT_TRADE)
def test_not_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


STILL_TRADE = [
    "Hiring: kitchen porters, 20 hrs a week, £12 an hour, apply within",
    "we're hiring lunchtime staff, £12 an hour, call us",
    "check out our business, nails £20, book now",
    "mobile dog groomer, we come to you, call now",
]


@pytest.mark.parametrize("text", STILL_TRADE)
def test_still_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text))


REMOTE_EASY_MONEY = [
    "remote roles open now, $450 weekly, message the number on my profile",
    "Remote positions, £250 daily, no interview, just dm",
]

NOT_REMOTE_EASY_MONEY = [
    "my remote job pays £300 daily but I miss the school run",
    "remote learning cost us £20 weekly in printing",
]


@pytest.mark.parametrize("text", REMOTE_EASY_MONEY)
def test_remote_easy_money(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_REMOTE_EASY_MONEY)
def test_not_remote_easy_money(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))
