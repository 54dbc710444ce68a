"""Spam and commercial, batches 42-44: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a job advert whose only audience is the legal working age ("16+", "17+") is an advert,
  not an offer to children; a secret, easy money or someone's bank account asked for
  still makes it one (``offer_to_children``);
- spam: follow-for-follow with its parts dotted or spaced apart ("s.u.b.4.s.u.b"); a
  channel's own news announced ("new vid up, go watch", "my channel is called ...", "sub to
  find out", "next goal 2k"); a host written with spaced dots or a shortener spelt out;
  a sentence opening on "follow @handle for ..."; a code word to send for the pitch ("DM
  me 'RICH'", "reply YES"); earnings "weekly" or made "this week" from home;
- commercial: a car boot or table-top stall of one's own beside a price; a relative's
  trade with the way to reach them ("my aunt bakes ..., message her"); a viewing or a trial
  to book; discounts for a group of customers; the writer's own agency; the writer's own
  fundraiser started; tickets "to the year 11 prom" name the event, not the buyers.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_flags, assert_not_promotion, assert_promotion

WORKING_AGE_ADVERTS = [
    "Hiring: weekend glass collector at the Crown, cash in hand, must be 16+",
    "Looking for 17+ to help at a car wash on Sundays, cash in hand, message me",
    "Part time kitchen porter wanted at our cafe, cash in hand, must be 16+",
]
WORKING_AGE_APPROACHES = [
    "need 16+ to carry bags for me, cash in hand, no questions asked",
    "16+ want to earn £500? just let me use your bank account for a week",
    "any year 9s want cash in hand? must be 16+ lol",
]


@pytest.mark.parametrize("text", WORKING_AGE_ADVERTS)
def test_a_job_open_to_the_working_age_is_an_advert(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert_promotion(verdict)
    assert "offer_to_children" not in {e.rule for e in verdict.explanations.get("safeguarding", [])}


@pytest.mark.parametrize("text", WORKING_AGE_APPROACHES)
def test_secrecy_easy_money_or_a_child_named_keep_the_offer_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


SPAM = [
    # follow-for-follow dotted or spaced apart
    "f.o.l.l.o.w.4.f.o.l.l.o.w anyone?",
    "l-i-k-e 4 l-i-k-e, drop yours below",
    "s_u_b_4_s_u_b?? reply done",
    # a channel's own news
    "new video is up!! go show some love",
    "new stream just dropped, come and watch",
    "my gaming channel is named PixelPaddy, drop by",
    "my minecraft builds are better than this, subscribe to see more",
    "reached 2k subscribers today, next goal 5k, help me get there",
    "next goal 3k subs, you know what to do",
    # a host with spaced dots, a shortener spelt out
    "claim your refund: w w w . tax-back . example . com",
    "the full clip is on clip . example . co . uk",
    "watch it here b i t . l y / s c h o o l f i g h t",
    "tinyurl . com/freecoins3",
    # a handle pushed at the start of a sentence
    "Follow @gossipgirl_town for the real story",
    "Great match. Follow @skinsdeals_uk to get cheap codes",
    # a code word to send for the pitch
    "Property is the only safe investment now. DM me 'RICH'",
    "message us \"PENSION\" to find out what you're owed",
    "looking for motivated people for an online business, reply YES",
    # earnings weekly, or this week from home
    "work from your sofa and earn up to £900 weekly",
    "I made £2,100 this week from home on my laptop, ask me how",
]
NOT_SPAM = [
    # the words of the rules in ordinary chatter
    "the sub for the match was brilliant, 4 subs used in the end",
    "new video of the nativity is up on the school channel, go and have a look",
    "the school channel is called Oakfield Learns, the new videos are lovely",
    "we reached 200 followers on the PTA page, next goal is the summer fair!",
    "Follow @oakfield_pta for updates on the summer fair",
    "Follow @metpolice_uk for the latest on the road closure",
    "reply yes if you can help at the bake sale? thanks",
    "my husband made £40 this week doing overtime at the depot",
    "the letter says a bit, ly not sure what they meant",
    "I'll DM you the 'menu' of the cake stall later",
    "he earns about £300 a week at the garage, and it's hard graft",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


COMMERCIAL = [
    # a stall of one's own beside a price
    "table top sale at the scout hut saturday, all books 20p",
    "I'll have a stall at the craft fair, handmade cards £2",
    "car boot at the leisure centre sunday, everything £1, come say hi",
    # a relative's trade and the way to reach them
    "my aunt bakes celebration cakes to order, any theme, message her on facebook",
    "my uncle does house clearances and removals, ring him for a price",
    # a viewing or a trial to book, discounts for a group, an agency of one's own
    "new build homes now available on the old dairy site, book a viewing today",
    "swim school with small groups, book a free trial online",
    "trampoline park tickets, discounts for school families this half term",
    "our letting agency has 2 bed flats available near the school",
    # the writer's own fundraiser
    "I've set up a gofundme for the family, please give what you can",
    "Just started a fundraiser for my neighbour's new wheelchair, link on my page",
    # tickets to an event are sold to anyone
    "selling 2 tickets to the year 13 prom, can't make it, £20 each",
]
NOT_COMMERCIAL = [
    "I made £40 at the car boot today, cleared the loft",
    "the car boot was heaving, everything was £1 and I came home with nothing",
    "my mum makes the best cakes, she does them for all the family birthdays",
    "my dad runs the under 9s, message him if your child wants to join",
    "the school started a fundraiser for the new library, details in the newsletter",
    "discounts for families on the school trip are in the letter from the office",
    "some lad is selling vapes to the year 8s at the bus stop",
]


@pytest.mark.parametrize("text", COMMERCIAL)
def test_commercial_wordings(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_COMMERCIAL)
def test_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


@pytest.mark.parametrize("text", [
    "the boys were selling vapes to year 8 at the gates",
    "someone is selling pictures of year 10 girls on telegram",
])
def test_selling_to_children_stays_no_advert(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


# Second pass: scams of the older reader and the gamer, and what only reports or complains.
SCAMS = [
    "good news for pensioners, just register your bank details on the form to get the rebate",
    "update your card details here or lose your parcel",
    "we need home testers for new toys, you keep all the products, apply below",
    "giving away my old fortnite account with 90 skins, first to dm me gets it",
    "my husband left me until a great spell caster helped me, contact him now",
    "I started trading with Mr Dale Hurst and now I'm debt free, God bless him",
]
NOT_SCAMS = [
    "please update your bank details with the school office for the trip refunds",
    "our son keeps the products from his science kit in the shed",
    "the next person that shares my video of the match without asking is blocked",
    "whoever shared my vid of the play, thank you, grandma loved it",
    "took me ages to top up the dinner money online again",
]


@pytest.mark.parametrize("text", SCAMS)
def test_scams_of_older_readers_and_gamers(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SCAMS)
def test_the_same_words_told_are_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


@pytest.mark.parametrize("text", [
    "window cleaning, whole house done from £15, message me",
    "boilers serviced from just £60, call for a slot",
])
def test_a_starting_price_for_work_done_is_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", [
    "£15 for a class photo?! that's daylight robbery, we'll buy one anyway",
    "£9 for a tea towel, extortionate, but I'll buy two",
    "reports on the local group of a woman offering sweets to kids walking home, please be vigilant",
    "here are both their names and dates of birth for the holiday club form. Is that enough?",
])
def test_complaints_reports_and_forms_are_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


@pytest.mark.parametrize(("text", "spam"), [
    ("£50 to whoever tells me where that lad lives", False),
    ("I'll give £20 to the first person who shows me which house is hers", False),
    ("give £100 to the first 50 people who follow my page", True),
])
def test_a_bounty_for_where_someone_is_sells_nothing(spam_pipeline: Pipeline, text: str, spam: bool) -> None:
    assert ("spam" in spam_pipeline.classify(text).labels) is spam, spam_pipeline.classify(text).to_dict()
