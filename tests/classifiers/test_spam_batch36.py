"""Spam and commercial, batches 36-38: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- documents forged and exam answers sold ("fake ids, scannable", "doctor's note any
  date", "theory test answers"), and the informal agents of families far from home (money
  sent abroad with "no fee", "better rate than the bank", "cheap flights, my uncle is
  agent", visa help): spam, unless the comment tells of them ("got caught with a fake id");
- how a seller is paid or reached ("cash on collection", "paypal friends and family only",
  "check insta", "come and visit"), an offer's terms ("book your slot", "this weekend
  only", "best prices", "pass in a week", "newly opened") beside a service, "my lil biz";
- money asked into the writer's own account ("send what you can", "to my paypal") and a
  personal fundraiser a few words after its owner ("my niece's netball club fundraiser");
- errands run for money ("dropping parcels for me, no questions asked") are exploitation,
  not trade; a friend's medication sold is a worry; a college's own fundraising page is
  the school's own; "a talentless hack" is an insult, not a cheat tool.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_flags, assert_not_promotion, assert_promotion

FORGED_AND_INFORMAL = [
    "novelty fake passports and fake driving licences, look real, £120, telegram me",
    "f4ke d0ct0rs n0te for any date, work or school, £15 delivered",
    "theory test answers pack, pass guaranteed, dm for price",
    "transfer money to Nigeria same day, no fees, better rates than the bank, whatsapp 📲",
    "cheap flights to Dhaka and Sylhet, my uncle is agent, message me",
    "visa help for students and spouses, 100% success, contact on telegram",
]


@pytest.mark.parametrize("text", FORGED_AND_INFORMAL)
def test_forged_documents_and_informal_agents_are_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


FORGERY_TOLD = [
    "my son got caught with a fake id at the club, police rang us",
    "beware, someone in the sixth form group chat is offering fake sick notes, it's a scam",
    "does anyone know a cheap way to send money to Poland? the bank fee is awful",
    "the college confiscated three fake ids on friday",
    "my daughter used a fake id to get into town, I'm furious, message me if yours did too",
    "the residential has no fee for pupil premium families, message the office",
    "my cousin is agent for the rugby club, message him about trials",
]


@pytest.mark.parametrize("text", FORGERY_TOLD)
def test_forgery_told_or_asked_about_is_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


OFFERS = [
    "fresh pierogi and homemade bread, order by thursday, cash on collection",
    "two tickets for the sold out gig, dm me, paypal friends and family only",
    "henna artist for weddings and parties, book your slot for eid",
    "brow and eyelash treatments £15 this weekend only",
    "my lil biz makes personalised school leavers t-shirts, check insta",
    "new turkish food shop just opened on Station Road, come and visit",
    "intensive driving courses for 17 year olds, pass in a week, see website",
    "lost my job, please send what you can to my paypal, anything helps",
    "support my niece's netball club fundraiser, link below",
    # "from school" is where children are collected, not the school's own offer
    "qualified babysitter, can collect your little ones from school, good price",
]


@pytest.mark.parametrize("text", OFFERS)
def test_offers_and_personal_appeals_are_commercial(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


NOT_OFFERS = [
    "anyone know where to buy pierogi round here?",
    "the eyelash curler went missing from the drama cupboard this weekend",
    "is the book fair cash only or can we pay by card?",
    "the new bakery on Station Road gave the school free bread for the fair",
    "our college's own fundraising page for the hospice is live, thanks to the students' union",
    "the head of music is a talentless hack and everyone knows it",
    "does the childminder collect from school on fridays or do we?",
    "the new bakery opened on the parade, lovely bread, not cheap though",
]


@pytest.mark.parametrize("text", NOT_OFFERS)
def test_words_of_offers_in_ordinary_chatter_are_not_promotion(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


def test_errands_for_money_are_exploitation_not_trade(commercial_pipeline: Pipeline) -> None:
    text = "£250 a week carrying bags for us round the estate, no questions asked, dm"
    verdict = commercial_pipeline.classify(text)
    assert "commercial" not in verdict.labels, verdict.to_dict()
    assert "commercial" in commercial_pipeline.classify("delivery drivers wanted, £12 per hour, dm for details").labels


def test_medication_sold_by_someone_else_is_no_trade(commercial_pipeline: Pipeline) -> None:
    told = "my friend's been selling her anxiety tablets to year 12s"
    assert "commercial" not in commercial_pipeline.classify(told).labels, commercial_pipeline.classify(told).to_dict()
    assert "commercial" in commercial_pipeline.classify("selling my old revision guides, £3 each, dm").labels


def test_a_hack_for_a_game_is_still_a_cheat(spam_pipeline: Pipeline) -> None:
    assert "spam" in spam_pipeline.classify("fortnite hacks, unlimited vbucks, link in bio").labels
    assert "spam" not in spam_pipeline.classify("what a hack of a referee, awful decisions").labels
