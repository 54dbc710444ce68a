"""Spam and commercial, batches 54-56: the general causes behind their misses.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- offers to children read more widely: goods given or bought for a child ("sends her vapes",
  "buys him trainers"), cash for pictures ("£40 cash for a few photos", "paid photoshoots"),
  an hourly rate in cash, one child in a year ("the girl in year 8"), and the writer who is
  the child ("i'm in year 9"): safeguarding, held out of the promotion queue;
- money kept is not money made: "to save money" beside "a day" is no easy-money pitch;
- not commercial: a charge complained about ("is too much", "it used to be £8"), a second
  question after the first ("... per child? and is there a discount for twins?"), the
  writer's own airport run, and the writer's own mobile ("text me on my mobile");
- spam: a loan held out with no checks (also in look-alike letters, read by the folding
  views), a card "updated" at a link, an income claim pitched ("made 2k in a week, dm me for
  details"), parents paid to post for a brand, a place "transferred" once paid for, a code word to
  send ("inbox me the word TRIP"); not a
  lender told of ("the loan shark did no checks") or a wage told;
- commercial: a sale promised ("will sell it for £25") or held to a date ("half price this
  weekend only"), a sitter or a consultant, a space for a child, funded hours, a first call
  or consultation free, a trader's days at a market; not a third person selling where they
  stand ("the lads behind the chippy selling vapes"), "cheap enough", a question about a
  space, a first consultation had.
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
    "a man from her game sends her vapes and lifts into town, she's 14",
    "some bloke keeps buying him trainers and phones, he's only 12",
    "£40 cash for a few photos, any year 9 girls, inbox me",
    "paid photoshoots for boys 11-14, message me for details",
    "a man said he'd pay £20 an hour cash to help at his unit, i'm in year 9",
    "paid modelling for the girl in year 8 with the red hair, dm me",
]

NOT_CHILD_OFFERS = [
    "i'm in year 10 and saving money for the ski trip with a paper round",
    "my nan buys him trainers every birthday, he's 7 now",
    "the photographer at sports day sends her photos to the office, not to parents",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_offers_to_children(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_not_offers_to_children(spam_pipeline: Pipeline, text: str) -> None:
    assert_not_child_offer(spam_pipeline.classify(text))


# money kept, not made
NOT_EASY_MONEY = [
    "we're going without to save money, one hot meal a day for the kids",
    "she's been saving her dinner money a week at a time for the trip",
]

EASY_MONEY = [
    "earn £200 a day from your phone, dm me how",
]


@pytest.mark.parametrize("text", NOT_EASY_MONEY)
def test_saving_is_not_earning(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


@pytest.mark.parametrize("text", EASY_MONEY)
def test_easy_money_still_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


NOT_COMMERCIAL = [
    # a charge complained about
    "charging £12 a day for breakfast club is far too much, it used to be £8",
    "£4 a session for after school club seems too steep for three kids",
    # a second question after the first
    "is the holiday club price per child or per family? and is there a discount for twins?",
    # the writer's own airport run, the writer's own mobile
    "absolutely shattered after the airport run this morning",
    "text me on my mobile if the coach is late back tonight",
]

COMMERCIAL = [
    "airport runs and station pickups, reasonable rates, text me",
    "mobile hairdresser covering the village, message me to book",
    "breakfast club places £6 a session, book now via my page",
]


@pytest.mark.parametrize("text", NOT_COMMERCIAL)
def test_not_commercial(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_commercial_pipeline.classify(text))


@pytest.mark.parametrize("text", COMMERCIAL)
def test_commercial_wordings(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))


SPAM = [
    "loans for anyone, no ID checks, message me",
    "\U0001d410\U0001d42e\U0001d422\U0001d41c\U0001d424 \U0001d425\U0001d428\U0001d41a\U0001d427\U0001d42c for mums, "
    "\U0001d427\U0001d428 \U0001d41c\U0001d421\U0001d41e\U0001d41c\U0001d424\U0001d42c, dm",
    "Your dinner money payment was declined, update your card details at payments-now.example.net",
    "forex changed everything, made £2k in a week, dm me for details",
    # parents paid to post for a brand; a place "transferred" once paid for
    "my skincare company pays mums to post reviews, message me to hear more",
    "send me £90 for the spare prom ticket and i'll transfer the booking to you tonight",
    # a code word to send, named as one
    "found a way to get the residential paid for, inbox me the word TRIP and i'll send the details",
    "comment the word COACH and i'll message you how",
]

NOT_SPAM = [
    "please update your card details on ParentPay before the trip deadline",
    "my brother made 3k in a week on the rigs, proper graft",
    "the loan shark did no checks, now he wants double back",
    "the office will transfer the booking to your name once the form is back",
    "the council pays parents for fostering, worth looking into",
    "she can't say the word free without giggling",
    "he typed the word hello on the keyboard all by himself",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_commercial_pipeline.classify(text))


TRADE = [
    "will sell it for £25, collection from town",
    "school shoes half price this weekend only at Step Ahead, High St",
    "pet sitter available over half term, £15 a visit, message me",
    "childminder with two spaces available for under 3s, funded hours accepted, message me",
    "life coach for busy mums, first consultation free, pm me",
    "pre-loved toy shop, all £2, open saturdays at the indoor market",
]

NOT_TRADE = [
    "the lads behind the chippy selling vapes again, police need to look",
    "the swimming lessons are cheap enough, it's the travel that costs us",
    "is there a space for a 2 year old at the nursery in september?",
    "his first consultation was free and really helpful",
    "the shop is open saturdays now, handy for the uniform",
]


@pytest.mark.parametrize("text", TRADE)
def test_trade_wordings(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", NOT_TRADE)
def test_not_trade(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)
