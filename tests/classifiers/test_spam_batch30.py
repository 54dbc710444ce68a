"""Spam and commercial, batches 30-32: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a cure sold for a disability or condition ("reverses ADHD", "calms meltdowns", "unlocks
  speech") is spam when a product, a guarantee or a way to buy stands beside the claim;
  parents talking about a condition, or warning about such a seller, are not;
- a business speaking as "us" ("DM us now", "whatsapp us", "book ... with us", "buy ...
  from us"), "message 4 price", "book your place now", places "filling up fast", a price
  for a course ("£40 for 4 weeks"), loans for bad credit, a relative's shop;
- money or gifts offered to children in more shapes ("yung lads", "kids welcome", "any
  yutes", "any school kid who", "offering year 8s £20", "no questions", "make p's", a
  profile "in bio" beside an age) reach ``offer_to_children``; a job advert's "16+" with a
  profile pointer does not;
- another person's selling told, not offered ("the one who's been selling vapes", "if yous
  are selling raffle tickets"), and a stranger after one child's whereabouts, are no trade.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.spam import _REFERRAL, child_offer
from classifiers.normalize import fold
from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_not_promotion, assert_promotion

CURES = [
    "our magnesium drops cure autism naturally, order today",
    "stop your child's tics for good with my herbal protocol, whatsapp for details",
    "heal ADHD in 30 days GUARANTEED with our detox programme",
    "these gummies calm meltdowns in minutes, £25 a tub, link below",
    "talking child in 6 weeks with our speech method, message us for the price",
    # evasions through the folding views
    "r e v e r s e  a u t i s m with our tonic, dm me",
    "cur3 dyslexia f4st with our course, book now",
]

NOT_CURES = [
    "there is no cure for autism and my son doesn't need one",
    "the OT's ideas really calm his meltdowns, thank you Mrs Rahman",
    "beware of the page selling drops that claim to reverse ADHD, it's a scam",
    "speech therapy has started to unlock his speech, so proud of him",
    "does anyone know how to stop meltdowns after school? nothing works for us",
    "reported the account saying their oil cures epilepsy",
]


@pytest.mark.parametrize("text", CURES)
def test_cures_sold_for_conditions_are_spam(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_CURES)
def test_talk_about_conditions_and_warnings_are_not_spam(spam_commercial_pipeline: Pipeline, text: str) -> None:
    # the rules' reading: categoriser 1.16.0 alone puts one warning at spam probability 0.51
    assert_not_promotion(spam_commercial_pipeline.classify(text))


def test_a_cure_explains_the_claim_and_what_sells_it(school_pipeline: Pipeline) -> None:
    text = "Our tonic will REVERSE ADHD fast, message me for the link"
    verdict = school_pipeline.classify(text)
    found = next(e for e in verdict.explanations["spam"] if e.rule == "miracle_cure")
    assert text[found.start:found.end] == found.matched
    assert found.matched.lower().startswith("reverse")
    assert any("context" in a for a in found.adjustments), found.adjustments


BUSINESS = [
    ("whatsapp us for same day boiler repairs", "commercial"),
    ("DM us today, we clear gutters and conservatories", "commercial"),
    ("book your child's swimming assessment with us, first visit half price", "commercial"),
    ("buy your PE kit from us and save, cheaper than the high street", "commercial"),
    ("handmade slime, msg 4 price", "commercial"),
    ("drama workshops for 8-12s, book your place today", "commercial"),
    ("summer coding camp, spaces going fast!", "commercial"),
    ("boxing fitness for teens, £30 for 6 sessions, all welcome", "commercial"),
    ("loans for anyone, bad credit welcome, instant approval", "commercial"),
    ("my nephew's depop has loads of vintage football shirts", "commercial"),
    ("cheap phone cases, any model, hit me up", "commercial"),
    # evasions through the folding views
    ("c h e a p  h o o d i e s, all sizes, hmu", "commercial"),
]


@pytest.mark.parametrize(("text", "label"), BUSINESS)
def test_a_business_speaking_as_us_is_commercial(school_pipeline: Pipeline, text: str, label: str) -> None:
    assert_promotion(school_pipeline.classify(text), label)


NOT_BUSINESS = [
    "message us, the class group, if you find a lost lunchbox",
    "the kids learned so much from us at the museum visit, said the guide",
    "we booked our table with us all together at the front, lovely evening",
    "has anyone booked a place for the year 6 residential yet?",
    "we need a loan of a gazebo for sports day, can anyone help?",
    "join our cause, message us, no parents needed",
]


@pytest.mark.parametrize("text", NOT_BUSINESS)
def test_the_same_words_without_a_business_are_not_commercial(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "commercial" not in verdict.labels, verdict.to_dict()


CHILD_OFFERS = [
    "yung lads wanted for easy money, no questions",
    "kids welcome, earn £40 a night, just carry a bag",
    "any yutes want to make p's this summer? hmu",
    "£50 to any school boy who can get me the teacher's number",
    "a van keeps offering year 7s £10 to deliver packages",
    "if you're 13-15 and want free trainers, link in bio",
    "is anyone else's kid been offered easy money on snapchat? worried",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_more_offers_to_children_are_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


NOT_CHILD_OFFERS = [
    "warehouse pickers, 16+ welcome, £11.50ph, apply via the link in my bio",
    "kids welcome at the coffee morning, £2 for a cuppa and cake",
    "no questions asked if the lost property is returned to the office",
    "the year 8s made £120 at their enterprise stall",
    "I'll make dough with the year 2s for the bread topic",
]


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_school_life_and_adult_jobs_are_no_child_offer(text: str) -> None:
    assert child_offer(fold(text).loose.text) is None


NOT_TRADE = [
    "that lad in year 10 is the one who's been selling fake ids, someone tell the head",
    "she's been selling her brother's medication at break, I'm really worried",
    "if you lot are selling tickets for the play I'll take four, my door is always open",
    "id like to sponsor her personally, which house does she live in? I'll take presents round",
]


@pytest.mark.parametrize("text", NOT_TRADE)
def test_reports_and_approaches_are_not_commercial(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "commercial" not in verdict.labels, verdict.to_dict()


# Shapes from the training parts of the public sets (YouTube training videos, SMS training
# split), written anew: someone else's income sold with home or a PC, premium-rate texts,
# likes asked for an entry, an affiliate tag in a shop link, a "lonely girl" and a number.
SPAM_SHAPES = [
    "my cousin earns 3500 dollars a month just filling in surveys from home, ask me",
    "her neighbour made £900 a week online, all on her laptop",
    "Your ringtone is ready. 150p/txt, text stop to stop",
    "fun quiz every day @ two gbp/sms",
    "I'm in a drawing competition and need lots of likes to win, pls could you like my drawing",
    "great book https://www.amazon.co.uk/dp/B00EXAMPLE?tag=bookfan-21",
    "+447700900123 lonely girl waiting for you xxx",
]

NOT_SPAM_SHAPES = [
    "my sister earns £1,800 a month as a teaching assistant and loves it",
    "my husband gets £400 a week, not enough with three kids",
    "stop texting me at midnight about PE kit lol",
    "please like this, the kids worked so hard on the mural",
    "we need votes for our class in the reading challenge, vote on the council site",
    "the lovely girls in year 4 sang so well",
]


@pytest.mark.parametrize("text", SPAM_SHAPES)
def test_public_spam_shapes_are_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert verdict.scores["spam"] >= 0.5, verdict.to_dict()


@pytest.mark.parametrize("text", NOT_SPAM_SHAPES)
def test_wages_texts_and_praise_are_not_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "spam" not in verdict.labels, verdict.to_dict()


def test_an_affiliate_tag_is_named_in_the_explanation(school_pipeline: Pipeline) -> None:
    text = "good read www.amazon.com/dp/B01EXAMPLE?tag=readerpicks-20 five stars"
    verdict = school_pipeline.classify(text)
    found = next(e for e in verdict.explanations["spam"] if e.rule == "referral_link")
    assert text[found.start:found.end] == found.matched
    assert "referral code in the link" in found.adjustments


@pytest.mark.parametrize(("url", "paid"), [
    ("https://www.amazon.co.uk/dp/B00EXAMPLE?tag=bookfan-21", True),
    ("https://shop.example.com/item?colour=red&tag=picks-20", True),
    ("https://www.example.com/books?tag=fiction", False),
    ("https://www.example.com/news?tag=year-2026", False),
])
def test_only_an_associate_tag_counts_as_a_referral(url: str, paid: bool) -> None:
    assert (_REFERRAL.search(url) is not None) is paid


# "link in my bio" beside a job, a vote or a donation points at an advert or an appeal:
# commercial, not a prize or a dating profile; without them it stays spam.
@pytest.mark.parametrize(("text", "spam"), [
    ("care assistants wanted, £12.20ph, apply through the link in my bio", False),
    ("please donate to my brother's marathon, link in bio 🙏", False),
    ("free robux for everyone, link in my bio", True),
    ("hot singles near you, link in bio", True),
])
def test_a_profile_pointer_for_trade_is_commercial_not_spam(school_pipeline: Pipeline, text: str, spam: bool) -> None:
    verdict = school_pipeline.classify(text)
    assert ("spam" in verdict.labels) is spam, verdict.to_dict()
    if not spam:
        assert "commercial" in verdict.labels, verdict.to_dict()
