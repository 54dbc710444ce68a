"""Spam and commercial, batches 45-47: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- commercial: a holiday club named is a club, not a service on offer as well (its bookings
  are); a price for a length of the service ("£25 for 45 mins") and few dates or places
  left are offers; photo shoots, entertainers and homework done for money are services;
  a question about a club ("do the ...", "anyone know ...", "just asking") is no offer;
  the school's own events and staff ("sports day", "our official ...") are the school's;
  "sponsored head shave" names no head teacher;
- spam: bank details asked for by a stranger ("contact me with ...", "sign up with your
  bank details"); a bill pressed with a threat ("pay now to avoid ..."); a coin "doubled in
  24 hours"; the writer's own new upload sent for ("go watch my new ... montage");
  "copy and paste" as a kind of thing and a missing child's "share if you have seen her"
  are no engagement bait;
- goods sold "no questions asked" are trade (errands for money stay exploitation); school
  shoes and bags are goods anyone sells; "come to my unit" is a way to buy;
- an adult's "follow me back" to a child whose age is asked is grooming, not bait;
- a scam reported ("I've flagged the account posting ..."), money demanded with a threat
  and cam work told are the safeguarding detector's or a warning, not a money pitch;
- a teacher of an activity ("a piano teacher") is a trade, not the school's staff; a price
  "at" a web shop's address is an offer; the school's own sponsored event is no appeal;
- money held out to pupils ("offering kids £5", "£30 to any pupil who ...") is
  safeguarding (``offer_to_children``), not trade.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_flags, assert_not_promotion, assert_promotion

COMMERCIAL = [
    # a price for a length of the service, few dates or places left
    "Tennis coaching over the summer, £25 for 45 mins, all levels welcome",
    "Kids' yoga sessions in my garden room, £12 per session",
    "Bouncy castle hire for garden parties, limited weekend dates left",
    "Forest school sessions this August, only 4 places left",
    # photo shoots, entertainers, homework for money
    "Newborn and family photo shoots in your home, packages from £120",
    "Book Professor Pop the magician for your child's party, limited dates",
    "I do homework for year 10s, cheap, dm me",
    # a holiday club's bookings
    "Holiday club bookings now open for August, message me for a form",
    # a teacher of an activity is a trade; a price at a web shop
    "Need a piano teacher this summer? Lessons at my house, £18 for 30 mins",
    "Our iron-on uniform labels, 50 for £6.50 at labelsforkids-example.co.uk",
    # goods sold "no questions asked" are still trade; school shoes are anyone's goods
    "Got a few laptops going cheap, no questions asked, £80 each",
    "Back to school shoes sale, half price, come down to my shop on the high street",
    # a sponsored challenge with a way to give
    "My brother's doing a sponsored head shave for the hospice, please donate on his page",
]
NOT_COMMERCIAL = [
    # a holiday club named, reported, asked about
    "the holiday club staff were brilliant with my son this week",
    "my daughter cried all morning at holiday club, is that normal?",
    "Does the holiday club take children from reception?",
    "Anyone know if the holiday club runs on bank holidays?",
    "Do the holiday club leaders have first aid? Just asking before we sign up",
    "the holiday club man shouted at my son and grabbed his arm",
    # the school's own events and staff
    "Reminder: our official photographer will be at sports day, he is DBS checked",
    "the nativity photographer was lovely, DBS checked and very professional",
    # a slur on "allies" is no dog grooming
    "they're all groomers covering for each other on this page",
    # money for carrying bags, no questions asked, is the safeguarding detector's errand
    "need someone to carry bags for me, £50, no questions asked",
    # the school's teachers and the school's own sponsored event
    "Do the teachers run the holiday club or is it outside staff? £20 a day seems a lot",
    "my aunt sent a donation link for the school's own sponsored swim, so kind",
    # an illness told, not a disco sold
    "i make myself sick before every school disco, I hate how I look",
]


@pytest.mark.parametrize("text", COMMERCIAL)
def test_commercial_wordings(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", NOT_COMMERCIAL)
def test_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


SPAM = [
    # bank details asked for by a stranger
    "I am a lawyer with an unclaimed bequest for your PTA, contact me with the treasurer's bank details",
    "Join our paid survey panel and earn £50 a day, sign up with your bank details at the link",
    # a bill pressed with a threat
    "FINAL NOTICE: your lunch balance is negative. Pay now to avoid suspension: lunch-pay.example.com",
    "Your parking fine is unpaid, pay today or your fine will double",
    # a coin doubled in hours
    "My dogecoin doubled in 48 hours, DM me and I'll show you",
    "litecoin tripled in 3 days, ask me how",
    # the writer's own new upload
    "go watch my new minecraft edit, took me ages youtube.com/@example_builds",
    "pls check out my latest roblox video, it's so funny",
]
NOT_SPAM = [
    # bank details for the school office
    "send your bank details to the school office for the trip refund",
    # a bill paid, a fine told
    "I paid the lunch balance now, the office was really helpful",
    # a coin told, not pitched
    "my son's coin collection doubled in size this year",
    # a child's video, not the writer's upload
    "go watch my new grandson's video from the sports day, so proud",
    # a scam reported, money demanded with a threat, cam work told: not a pitch
    "I've flagged the account posting 'free vbucks' links under every video",
    "he says he wants £200 or he'll send the pictures to everyone, she's terrified",
    "some older girl told my sister she could earn loads doing webcam shows",
    # an adult's "follow me back" to a child whose age is asked: grooming, not bait
    "hey young lady, how old are you? follow me back x",
    # copy and paste as a kind of thing, a missing child's appeal
    "the report was copy and paste nonsense, same as last year",
    "Please share if you have seen him, he left home on Tuesday in a blue coat",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


CHILD_OFFERS = [
    "a man by the park was offering kids £10 each to carry bags to his car",
    "£30 to any pupil who gets me a photo of the new teacher's timetable",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_money_held_out_to_pupils_is_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", [
    "Summer sports camp, £20 per day, limited places left, book via our page",
    "Newborn photo shoots in your home, packages from £95, message to book",
])
def test_priced_services_go_to_the_promotion_queue(school_pipeline: Pipeline, text: str) -> None:
    assert_promotion(school_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", [
    "Anyone know if the holiday club does lunches or do we send a packed lunch?",
    "the holiday club is at the church hall again this year, isn't it?",
])
def test_holiday_club_chatter_stays_out_of_the_queue(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))
