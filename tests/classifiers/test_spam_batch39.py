"""Spam and commercial, batches 39-41: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- what a seller says of goods or a session beside its price ("still boxed", "size 3",
  "for the lot", "early bird", "materials included", "out now", "would make a lovely
  gift", "30 mins £25"): commercial; a price a parent paid or complains of is not;
- offers with no price: "message me for a space", "limited places", "first 3 sessions
  free", "quote a code", "we beat any quote", "we buy cars for cash", "free on the app
  store", "direct from our warehouse", a job "at our" workplace, a trade asked for and
  then offered after the question mark ("need a handyman? i do ...");
- money raised for the writer's own cause ("sponsor him", "in aid of my", "at my house",
  "10% of my sales"); the school's own rail or a school-organised activity is not;
- someone else's selling told ("the bloke selling ...", "she's the one selling ...") and a
  man who "keeps offering" children things are not adverts;
- spam: a handle pushed ("go follow @...", dotted "f.o.l.l.o.w my insta for ..."), an
  unclaimed fund, a fee asked for a free gift, a bank card to verify, uncensored-video bait,
  a lonely widower looking for a kind lady; an e-mail address is no link, giving away
  one's own outgrown things is no giveaway, and a gift offered to one child, in a group
  made for children or with a secret asked for, is safeguarding (``offer_to_children``).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_flags, assert_not_promotion, assert_promotion

PRICED_GOODS = [
    "kids bike, still in the box, never used, £45",
    "girls school shoes size 13 £8, worn twice",
    "3 bags of baby clothes £15 for the lot, pick up only",
    "holiday art camp ages 5-11, early bird £60 until friday",
    "school holiday football camp, ages 6-12, early bird £70",
    "pottery painting for kids, 2 hours £18, all materials included",
    "my knitting pattern book is out now, just £6.50",
    "hand knitted hats £12, would make a lovely christmas gift",
    "baby massage course, 5 weeks for £35",
    "family portraits in my garden studio, 30 mins £25",
    "zumba in the church hall, £5 drop in, all welcome",
]

PRICE_TOLD = [
    "paid £30 for size 3 school shoes and the sole came off in a week",
    "the trip is £45 for ages 9-11, is that per child?",
    "does the after school club cost £5 a session or is it free?",
    "school jumpers are £12 at the uniform shop, cheaper at the supermarket",
    "zoo trip for ages 7-8 is £15 this year, details in the letter",
    "the residential is £120, all materials included apparently",
    "she's a size 2 now and her shoes were £38 in the sale",
    "book fair on thursday, books from £3, ages 4-11",
    "£1.50 for the disco, drop in any time from 5, ages 5-7",
]


@pytest.mark.parametrize("text", PRICED_GOODS)
def test_sale_terms_beside_a_price_are_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", PRICE_TOLD)
def test_a_price_told_or_asked_about_is_not_commercial(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


OFFERS_WITHOUT_PRICE = [
    "tennis coaching for beginners on sundays, message me for a place",
    "Forest school sessions in the holidays, limited spaces so be quick",
    "Kids gymnastics, first 3 sessions free, all welcome",
    "Trampoline park: first visit free if you quote OAK25 at the desk",
    "GCSE maths revision groups, 95% pass rate, small groups",
    "Cheap pet insurance, we will beat any quote, message us",
    "We buy old cars for cash, any condition, same day collection",
    "Try our homework planner, download it free on the Google Play store",
    "Party bags direct from our warehouse, delivering to all UK",
    "Admin assistant role at our accountancy firm, mornings only",
    "Need a window cleaner? I do all the estate every fortnight, fair prices",
    "anyone need a handyman? small jobs, reasonable rates",
]

OFFER_WORDS_IN_CHATTER = [
    "Are there spaces left at breakfast club? limited spaces they said",
    "my son's first week free at the club was brilliant, he loves it",
    "we buy most of our uniform second hand, it's so expensive",
    "the school run was chaos today, cars everywhere",
    "hope the dental practice can see him before the school trip",
    "the swimming club's first two lessons free were a great way to try it",
    "limited spaces on the residential, forms back by friday please",
    "eggs direct from the farm at the fete were lovely",
    "the coffee morning at my house went really well, thank you all",
    "Anyone need a plumber recommendation? ours was great",
    "my son's role at our club is goalkeeper, his job at our school is milk monitor",
    "we buy our school shoes in any condition from the swap table",
    "cheap car insurance isn't a thing when you're 18",
    "can you sponsor him? it's the readathon for the school library",
    "size 3 trainers in lost property, £0 to claim them back lol",
]


@pytest.mark.parametrize("text", OFFERS_WITHOUT_PRICE)
def test_offers_without_a_price_are_promotion(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text))


@pytest.mark.parametrize("text", OFFER_WORDS_IN_CHATTER)
def test_offer_words_in_chatter_are_not_promotion(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


OWN_CAUSE = [
    "my daughter is doing a sponsored swim for brownies, please sponsor her",
    "coffee morning in aid of my own charity walk, all welcome",
    "candle party at my place friday, 20% of my sales to the hospice",
    "send £5 to my paypal and i'll pass it to the food bank",
]

SCHOOL_OWN = [
    "The school's book swap table is in the library, donations welcome",
    "Year 9 are raising money for their school-organised expedition, see the letter from school",
]


@pytest.mark.parametrize("text", OWN_CAUSE)
def test_money_for_the_writers_own_cause_is_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", SCHOOL_OWN)
def test_the_schools_own_collection_is_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


def test_someone_elses_selling_told_is_not_an_advert(commercial_pipeline: Pipeline) -> None:
    for told in ("watch out for the fella selling phones outside the co-op, they're nicked",
                 "she's the one selling vapes to year 7 at the bus stop",
                 "the old man at the park keeps offering to teach the girls chess for free"):
        assert "commercial" not in commercial_pipeline.classify(told).labels, commercial_pipeline.classify(told).to_dict()
    assert "commercial" in commercial_pipeline.classify("selling my old phone, £40, dm me").labels


SPAM = [
    "go follow @burnleymumlife for the full rant 🙄",
    "f o l l o w my tiktok for the behind the scenes drama",
    "Dear parent, an unclaimed grant is waiting in your family's name, reply with your details",
    "FREE tablets for every child in need 🎁 just pay the £4.99 postage fee here",
    "council tax rebate for families, verify your bank details at rebate-help.example.net",
    "tap the link for the uncensored clip everyone is talking about",
    "lovely page. divorced man looking for an honest lady to chat with, message me",
]

NOT_SPAM = [
    "follow @OakfieldPTA for the fair updates",
    "please follow @yr6_trip_blog for the photos from the trip",
    "go follow @OakfieldFC for match updates",
    "verify your card at the school office for parentpay",
    "the widower next door is looking for a kind lady, bless him",
    "email mr.jones at example.com if your child needs a reading book",
    "contact: j o n e s @ example.com for the costume list",
    "any questions ask me at sam.hughes at example.com",
    "free to a good home: outgrown wellies and coats, comment and I'll drop them at yours",
    "the widower next door looked after the kids today, so kind",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


@pytest.mark.parametrize("text", [
    "to the girl in the red coat at the bus stop, dm me, I've got free stuff for you",
    "my discord for kids has free skins every week, just keep it between us",
])
def test_gifts_to_one_child_or_in_secret_are_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", [
    "pls sponsor me for my charity bike ride, link in bio 🚴",
    "just opened my own little candle shop, link in my bio",
])
def test_a_sponsored_challenge_or_own_shop_behind_a_bio_link_is_commercial_not_spam(
        school_pipeline: Pipeline, spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)
    assert_promotion(school_pipeline.classify(text), "commercial")


def test_a_bio_link_for_free_robux_is_still_spam(spam_pipeline: Pipeline) -> None:
    assert "spam" in spam_pipeline.classify("free robux for everyone, link in my bio").labels


@pytest.mark.parametrize("text", [
    "Your page violated our community guidelines and will be suspended. Appeal here to help restore it",
    "META SUPPORT: page scheduled for deletion, appeal and share your login to keep it",
])
def test_a_forged_platform_notice_is_no_appeal_for_money(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


def test_help_me_reach_my_target_is_an_appeal(commercial_pipeline: Pipeline) -> None:
    assert "commercial" in commercial_pipeline.classify("help me reach my fundraising target for the hospice walk x").labels
