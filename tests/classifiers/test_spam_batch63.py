"""Spam and commercial, batches 63-65: the general causes behind their errors.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a trade and a call to get in touch or book ("roofer ..., call today", "... get a
  quote", "book a free trial"), trades named by their work or goods;
- the network-selling opportunity held out ("becoming your own boss", "an opportunity
  that could suit you"); a buyer for cash ("sell us your old ... for cash"); one free with
  another ("buy one get one half price"); a relative's trade and their number passed on;
  a vacancy as a heading; the proceeds of a sale to the writer's own; a price for the
  day's hire;
- the school's own phrase named as the rival undercut ("without paying the PTA") or as the
  customer overcharged ("the PTA paid") is no school activity;
- a sum named for a task offered to children ("i'll pay any of the lads a fiver ...") is
  an offer to children, not trade;
- chain letters passed on "or else", a word typed for a wish, a sum someone got and the
  reader told to message for theirs (spam);
- not a trade: the idiom "knowing our business", "deal with", "selling point", working
  from home, children asked about as "available", sponsors thanked, the school or a class
  as the seller, goods taken and sold on by others, an offer reported of a third person.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import (
    assert_child_offer,
    assert_not_promotion,
    assert_promotion,
)

TRADE = [
    "Roofer with 15 years on the tools, slipped tiles and leaks sorted, call today",
    "Stage costumes and dance costumes made to measure for any show, get a quote",
    "Guitar teacher with evening slots, book a free trial",
    "Ever thought about becoming your own boss? drop me a message x",
    "I have an opportunity that could suit you, works round the school run",
    "Sell us your old laptops and tablets for cash, same day payment",
    "Buy one get one half price on all party platters this month",
    "my sister in law makes wedding cakes from £90, I'll pass you her number",
    "Vacancy - kitchen porter at the golf club, message me if interested",
    "Plant sale on my drive sunday, all proceeds towards my daughter's gap year",
    "marquee and trestle hire for your street party, £45 for the weekend",
]

NOT_TRADE = [
    "grandad hates the neighbours knowing his business",
    "the business manager said she would deal with the refund",
    "the big selling point of the new building is the library",
    "she has been working from home all week because her windows are being replaced",
    "A huge thanks to our tombola sponsors, please support them in return",
    "The tombola is run by the school council, tickets £1 at break",
    "Year 4 are selling their pottery at open evening, raising money for the school garden",
    "some lads nicked the donated bikes and have been selling them on",
    "a stranger offered him a lift and some money outside the park, police informed",
]


@pytest.mark.parametrize("text", TRADE)
def test_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", NOT_TRADE)
def test_not_trade(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


@pytest.mark.parametrize("text", [
    "I can do bouncy castles for half what the PTA paid, £60 for the day, message me",
    "Pitches for your own stall without paying the PTA, £15 for the day, dm me",
])
def test_school_phrase_as_the_rival(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


def test_school_phrase_still_the_schools_own(school_pipeline: Pipeline) -> None:
    assert_not_promotion(school_pipeline.classify("PTA stall at the fair: bottle tombola £1 a go, message me to help"))


@pytest.mark.parametrize("text", [
    "ill pay any of the lads a fiver each to shift some bags from my car, message me",
    "anyone in year 9 want £20 for helping me clear my garage? keep it from your mum",
])
def test_sum_for_a_task_offered_to_children(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", [
    "forward this to 7 people within the hour or your exam results will be bad",
    "type RAIN if you wish the match was off tomorrow ☔",
    "my cousin got £800 back from an energy refund scheme, inbox him to claim yours",
    "Our neighbour received £450 through a hardship grant; contact her directly to get your own.",
])
def test_chain_letters_and_money_claims(spam_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", [
    "please share the lost dog post with your friends, he was last seen by the park",
    "type your child's name in the form if you want a copy of the photos",
    "my cousin got £800 back from the council after the flood, worth asking them",
])
def test_not_chain_letters_or_money_claims(spam_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_pipeline.classify(text))
