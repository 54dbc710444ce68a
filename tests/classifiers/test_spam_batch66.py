"""Spam and commercial, batches 66-68: the general causes behind their errors.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- goods or a service named with its price and a way to buy or book, and no offer word
  ("... £25 an hour, ring us"); a business speaking as "us" or asking to be contacted for
  a purpose of trade ("dm for viewings", "book through my page"); trades a family moving
  house or a leaver's night calls on (agents, lawyers, advisers, cars for hire, tanning);
- a price or an event complained about by the one who paid ("daylight robbery", "an
  absolute farce", "overpriced") is a complaint, not an offer; a sum earned or won is no
  price asked;
- third persons pointed at as the ones selling to children are told of, not trading;
- a plea for money paid straight into a bank account ("bank transfer only, any amount")
  is spam; a personal appeal through a payment app is commercial, as before;
- a share asked for a sighting ("share if you spot him") is an appeal, not engagement bait;
- a sum demanded under a threat ("if he doesn't pay ... they'll share") is coercion, not a price.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_flags, assert_not_promotion, assert_promotion

PRICED_TRADE = [
    "Chauffeur service for graduation night £40pp, contact us",
    "Lettings: two bedroom house near the park, dm for viewings",
    "Estate agents here, free 15 minute call to value your home",
    "Vintage wedding car hire, rolls royce £150, book early",
    "Mortgage advisors, first time buyers welcome, message us",
]

COMPLAINED_OR_TOLD = [
    "Paid £30pp for the limo and it never turned up, total rip off",
    "the storage unit put its price up to £90 a month, daylight robbery",
    "The leavers' meal was an absolute farce, £35 each for cold chips and no drinks",
    "£18 for one school photo? overpriced, and they still want you to order online",
    "those lads from the flats are the ones selling to the younger kids, someone needs to tell the police",
    "grown men at the bus station selling cigarettes to our year sevens, where are the police",
]


@pytest.mark.parametrize("text", PRICED_TRADE)
def test_priced_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", COMPLAINED_OR_TOLD)
def test_complaint_or_report_is_not_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


PRIVATE_COLLECTION = [
    "Collection for the Okafor twins' funeral, I'm handling it personally, bank transfer only, any amount please",
    "help me raise the deposit for a new flat, account number and sort code on request",
]

NOT_PRIVATE_COLLECTION = [
    "the PTA's bank details for the fair float are in the newsletter",
    "warning: someone is asking for bank details to help a grieving family, please don't donate, it's fake",
    "grandad went out this morning and hasn't come back, share if you spot him near the station",
]


@pytest.mark.parametrize("text", PRIVATE_COLLECTION)
def test_private_collection_is_spam(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_PRIVATE_COLLECTION)
def test_not_private_collection(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


def test_bait_share_still_spam(school_pipeline: Pipeline) -> None:
    assert_flags(school_pipeline.classify("share if you love your mum"), "spam")


def test_appeal_through_a_payment_app_is_commercial(school_pipeline: Pipeline) -> None:
    assert_promotion(school_pipeline.classify("raising money for my dog's operation, anything helps, cashapp in bio"), "commercial")


# A sum demanded under a threat is coercion (safeguarding), never a price asked.
DEMANDED_UNDER_THREAT = [
    "someone messaged my son saying if he doesn't pay £150 they'll share the video with his whole year, inbox is full of it",
    "the older lads said unless he pays them £40 by friday they'll come round, he got the msg last night",
]


@pytest.mark.parametrize("text", DEMANDED_UNDER_THREAT)
def test_sum_demanded_under_threat_is_not_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))
