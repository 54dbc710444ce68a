"""Spam and commercial, batches 60-62: the general causes behind their misses.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- offers to children read more widely: money counted by the week ("make 300 a week"),
  a gift handed over beside something else ("give u a ride and some money"), "young
  ladies", children asked what they want ("lads wanna earn"), a sugar daddy held out;
  the eleven-plus is an exam, not an age ("11+ tutoring ... link in bio" is a trade);
- a trade offered without a shop's words: the writer's trade named as who they are
  ("plumber here, ..."), a discount or deal, a thing got or rented for the reader at a
  price, a priced service, a paid course, consultancy sold, a sale for the seller's own
  ends;
- a token pumped ("$TICKER just launched ... get in early"), a price at a shop written
  out ("£4 at badgebarn dot co dot uk");
- not a trade: selling reported of someone else or denied, the idiom "into our
  business", a petition to remove a person, a professional reporting a worry.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import (
    assert_child_offer,
    assert_flags,
    assert_not_child_offer,
    assert_not_promotion,
    assert_promotion,
)

CHILD_OFFERS = [
    "any yr 9 lads want to make 300 a week? just need a scooter, hmu",
    "any g1rls want a ride home? ill give u a lift and some money, dm me",
    "if any of you young ladies want someone to buy you nice things, message me",
    "lads wanna earn some cash? message me, no parents",
    "any sixth formers need a sugar daddy? discreet, dm me",
]

NOT_CHILD_OFFERS = [
    "my girls want to make cupcakes for the fair, £1 each",
    "ill get you a lift to the match and some cash for chips, love dad",
    "our lads need to make 300 runs to win the cricket on saturday",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_offers_to_children(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_not_offers_to_children(spam_pipeline: Pipeline, text: str) -> None:
    assert_not_child_offer(spam_pipeline.classify(text))


TRADE = [
    "11+ tuition with a qualified teacher, first lesson half price, link in bio",
    "plumber here, doing boiler services £60 this month",
    "Qualified life coach, sessions online, first consultation free",
    "£5 off all kids haircuts this half term",
    "2 for 1 pizzas for parents after pick up all week",
    "i can get you a blue badge for £30, dm me",
    "we'll rent you our drive for £4 a day during the school run",
    "parking space for rent by the school gates",
    "£25 full valet at the car park on saturday",
    "our online course is only £39 this week, sign up below",
    "we offer leadership coaching for new heads, contact sales for details",
    "book a free discovery call and we'll sort your child's reading",
    "she's doing a cake sale for her own prom dress, please come and buy",
]

NOT_TRADE = [
    "childminder here, one of the children i look after seems very withdrawn lately",
    "we paid £40 for a safety check and the bike still squeaks",
    "he's selling them to everyone in year 9, someone needs to stop him",
    "not selling anything, just asking if the careers fair is open to all",
    "she's always sticking her nose into our business",
    "sign the petition to get him sacked, he's useless",
    "the school parking space is for the lollipop lady",
    "is the 11+ exam on a saturday this year?",
]


@pytest.mark.parametrize("text", TRADE)
def test_trade(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_TRADE)
def test_not_trade(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_commercial_pipeline.classify(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("$KIDZ just launched on uniswap, get in before it moons", True),
    ("new meme coin presale live now, ape in before launch", True),
    ("$PUPIL token launching friday, 100x easy", True),
    ("the bitcoin price is on the moon again lol", False),
    ("over the moon that the rocket launch club starts next term", False),
])
def test_token_pump(spam_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", expected)


@pytest.mark.parametrize("text", [
    "name badges from £4 at badgebarn dot co dot uk",
    "book bags £9.99 at bagbarn dot com",
])
def test_price_at_a_written_out_address(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))
