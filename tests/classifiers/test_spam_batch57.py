"""Spam and commercial, batches 57-59: the general causes behind their misses.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- offers to children read more widely: an age band alone ("13-15 only", "ages 14-16"), work
  fitted round the school day ("deliveries after school"), a video asked for one viewer
  ("a vid just for me") and a gift card promised with an article ("i'll send you a gift
  card"): safeguarding, held out of the promotion queue;
- a dangerous challenge passed on ("hold your breath till you faint, tag 5 friends") is a
  harm to children, not engagement bait; a harmless "tag 3 mates" still is;
- essay mills and grade promises: the writer's offer to do a pupil's work with a pitch
  word ("wr1te ur c0ursework 4 u, ch3ap", leetspeak read by the folding views), a numbered
  grade guaranteed ("guaranteed 8 in english"), papers known "before you do";
- commercial: second-hand goods told by their state beside a price ("excellent condition",
  "barely used"), a hire "for your party" and goods "delivered and set up", prices pointed
  at a profile ("price list on my insta"), custom work with a trade word, a CV handed in
  ("pop in with your CV") and hiring for shifts, money asked through a payment app ("cash
  app me"); not a price told in the past, goods given away, the school's careers fair.
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
    "earn £150 a week dropping parcels round town, 13-15 only, inbox me",
    "want some quick cash? ages 14-16, message me for info",
    "£50 a week for doing deliveries after school, no questions asked",
    "i'll send you a gift card if you film a vid just for me",
    "ill get u a gift card, just send me a vid on snap",
]

NOT_CHILD_OFFERS = [
    "my son does his paper round after school and saves every penny",
    "swimming lessons for ages 12-14 start after school on tuesdays",
    "year 11 made a video just for me on my last day, thank you all",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_offers_to_children(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_not_offers_to_children(spam_pipeline: Pipeline, text: str) -> None:
    assert_not_child_offer(spam_pipeline.classify(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("hold ur breath till u faint, tag 5 friends who could do it", False),
    ("try the choking game and tag two friends to go next", False),
    ("tag 3 mates who would smash this challenge", True),
    ("tag your besties who need a holiday", True),
])
def test_dangerous_challenge_is_no_engagement_bait(spam_pipeline: Pipeline, text: str, expected: bool) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", expected)


EXAM_SCAMS = [
    "i wr1te ur c0ursework 4 u, ch3ap, hmu",
    "doing your personal statement for £40, dm me",
    "guaranteed 8 in english lit, whatsapp for details",
    "our team know the exam papers before you do, message us",
    "writing your nea in 48 hours, pay after",
]

NOT_EXAM_SCAMS = [
    "can someone help me write my essay on macbeth, it's due tomorrow",
    "miss said she'd read your essays for free before the deadline",
    "the exam board have seen the papers before you, obviously",
    "he got a guaranteed place at sixth form with a 6 in maths",
]


@pytest.mark.parametrize("text", EXAM_SCAMS)
def test_exam_scams(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_EXAM_SCAMS)
def test_not_exam_scams(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


TRADE = [
    "kids bike, 20 inch, excellent condition, £35, pick up from Didsbury",
    "£15 for the hamster cage, barely used, can drop off",
    "Candy floss machine hire for your summer party, £60, we deliver",
    "marquee hire for all garden parties and weddings",
    "i make custom phone cases, message me for designs",
    "lash extensions done from home, price list on my insta",
    "cafe on the high street hiring students for saturday shifts, pop in with your CV",
    "drop your CV in at the garden centre, weekend help wanted",
    "flood appeal, please cash app me whatever you can",
]

NOT_TRADE = [
    "our old pram is in good condition, does anyone know a charity that takes them?",
    "the calculator was £10 at the school shop, good condition still",
    "the tuck shop menu on the school page is out of date",
    "year 11 remember to bring your CV to the careers fair on tuesday",
    "i paid by cash app at the fair?",
]


@pytest.mark.parametrize("text", TRADE)
def test_trade(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_TRADE)
def test_not_trade(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_commercial_pipeline.classify(text))
