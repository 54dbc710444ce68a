"""Spam and commercial, batches 33-35: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a third person's selling told, not offered ("older boys selling vapes by the park", "a
  man is selling the video"), "who's selling ...", an offer reported ("told my son he
  could earn ..."), "they were recruiting", a fake appeal warned about, "deals with";
- a scam named as one by someone warning others ("free robux" comments called scams,
  fake links, "nearly clicked") is no spam, while the scam itself still is;
- gifts or money offered to children in the shapes of games and apps ("ill send u 1000
  robux" beside a picture asked for, "kids only", "dont tell mum & dad", "parents don't
  need to know", "lil ones", a lad "on my son's xbox") reach ``offer_to_children``;
- "in the bookies" is a place, not a betting advert;
- promotion shapes: "on my page, go follow", 'comment "X" and I'll send you', "click my
  bio", "<name> dot tv", "get a quote today", "cheapest in the UK", "smm panel", "views
  10k for £2", a product that "changed my life", "be part of my success story",
  "launching my own ... range".
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_not_promotion

NOT_TRADE = [
    "older boys selling vapes by the park gates again, year 7s are buying them",
    "a man is selling the fight clip for £3 on a group chat, the girl in it is 13",
    "who's selling the little white pills outside the chippy, my lad came home off his face",
    "some bloke told my daughter she could earn £200 a weekend 'driving with him'",
    "they were recruiting outside the mosque, handing out flyers to teenagers",
    "there's a fake justgiving page for the family, they haven't set one up, don't donate",
    "please pass this to whoever deals with the car park, cars on the zigzags every day",
    "are the class photos £9 each or can we get a pack? want one for nanny",
]


@pytest.mark.parametrize("text", NOT_TRADE)
def test_selling_told_and_warnings_are_not_commercial(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "commercial" not in verdict.labels, verdict.to_dict()


STILL_TRADE = [
    "I'm selling my son's old scooter, £15, collection only",
    "my kids are selling cookies £1 each at the gate for their football kit",
    "we're recruiting now: lunchtime supervisors, apply online",
    "please donate to my gofundme for my dog's vet bills, link in bio",
    "selling 2 tickets to the summer fair raffle, £5 each, dm me",
]


@pytest.mark.parametrize("text", STILL_TRADE)
def test_offers_beside_those_words_stay_commercial(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "commercial" in verdict.labels, verdict.to_dict()


SCAM_WARNINGS = [
    "people posting free vbucks under the video are scammers, ignore them",
    "there's a fake 'free skins' link in the replies, please remove it",
    "my daughter nearly clicked a free robux thing on here, can we have a safety talk?",
]


@pytest.mark.parametrize("text", SCAM_WARNINGS)
def test_a_scam_warned_about_is_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    verdict = spam_pipeline.classify(text)
    assert "spam" not in verdict.labels, verdict.to_dict()


SCAMS = [
    "FREE ROBUX generator, no verification, click my bio",
    "free vbucks giveaway!! tap the link below",
    "not a scam!! free robux for the first 50, link in my bio",
]


@pytest.mark.parametrize("text", SCAMS)
def test_the_scams_themselves_are_still_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "spam" in verdict.labels, verdict.to_dict()


CHILD_OFFERS = [
    "send me a selfie on snap and ill send u 800 robux x",
    "free skins for anyone, kids only, add me on discord",
    "who wants free vbux? dont tell mum, hmu",
    "i give free stuff to my fans, parents don't need to know",
    "quick cash for you lil ones, just take this bag to the park for me",
    "a man on my daughter's roblox said she could earn easy money being his 'helper'",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_game_gifts_and_money_offered_to_children_are_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


def test_a_place_called_the_bookies_is_no_gambling_advert(school_pipeline: Pipeline) -> None:
    assert "spam" not in school_pipeline.classify("left outside the bookies while mum had a go on the machines").labels
    assert "spam" in school_pipeline.classify("sure bets every saturday, join my telegram for tips").labels


PROMOTION = [
    ("i've put the whole clip on my page, go follow before it's gone", "spam"),
    ("comment 'YES' and i'll dm you the link to the full video", "spam"),
    ("type \"ME\" for the uncut version", "spam"),
    ("see it before they delete it 👉 fightclipz dot tv", "spam"),
    ("free skins click my bio", "spam"),
    ("printed hoodies for clubs and teams, from £14, get a quote today", "commercial"),
    ("cheapest in the uk for instagram likes, whatsapp me", "commercial"),
    ("smm panel open, youtube subs 1k for £3", "spam"),
    ("this collagen drink has literally changed my life, message me to join my team", "commercial"),
    ("launching my own candle range this weekend, be part of my journey 🕯", "commercial"),
]


@pytest.mark.parametrize(("text", "label"), PROMOTION)
def test_promotion_shapes(school_pipeline: Pipeline, text: str, label: str) -> None:
    verdict = school_pipeline.classify(text)
    assert label in verdict.labels, verdict.to_dict()


NOT_PROMOTION = [
    "where's the drop off for the holiday club on friday?",
    "where do we send the reply slip for the trip?",
    "the new headteacher has changed my life, honestly, my son loves school now",
    "my page is private so I couldn't share it, can you send the link?",
    "we got a quote for the school roof repairs and it's shocking",
]


@pytest.mark.parametrize("text", NOT_PROMOTION)
def test_the_same_words_without_promotion(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


GREY_MARKET = [
    "lol rank boosting, bronze to plat in 3 days, cheap, dm me",
    "cheap robux!! 10k for £25, way less than the app store",
    "fut coins 2 mil for £40, fast delivery, whatsapp",
    "game keys half price, all the new releases, paypal only",
    "private aimbot for apex, undetected, £12 a month",
]


@pytest.mark.parametrize("text", GREY_MARKET)
def test_the_grey_market_of_games_is_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "spam" in verdict.labels, verdict.to_dict()


NOT_GREY_MARKET = [
    "my son spent all his birthday money on robux again, any tips for limits?",
    "the booster seat for the minibus trip, does my daughter still need one?",
    "is there a boost to the wifi in the library? the coins in the tuck shop jar are for charity",
    "he got 10k coins in the game for finishing his reading, bless him",
    "a man keeps sending her robux and asking for pictures, one of the girls in my daughter's class",
]


@pytest.mark.parametrize("text", NOT_GREY_MARKET)
def test_game_talk_and_reports_are_not_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "spam" not in verdict.labels, verdict.to_dict()
