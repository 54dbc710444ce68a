"""Spam and commercial, batches 51-53: the general causes behind their misses.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a buyer for cash ("top prices paid", "cash for old ...", "we buy any ...");
- a second-hand sale told as "anyone want to buy a ... £" or "moving house, must go";
- paid work with a starting price ("reports from £", "we write your ... for £"), a paid
  advocate ("win your tribunal, call ..."), a taster booked by text, a referral link,
  trade prices, "limited time only", a car valeted for you, sponsors for the writer's team;
- spam: a fee to have a child scouted or noticed, money multiplied ("3x your money"), essay-writing services, whoever "doesn't want
  you to know", what someone posted held out with a link, a named miracle cure, a channel
  pushed in spaced letters (joined by the folding views);
- not commercial: the college's own shop, a question about how to give, a scam text warned
  of, a third person (a lad, a neighbour) selling, things taken and sold on, a charge laid
  on the writer ("i have to pay £80 a week rent"), a scam message warned of, the school's
  own phrase disowned ("pay me direct, not the PTA" is commercial);
- students offered money by someone who hides from checks ("let me use your bank account",
  "no age checks"): an offer to children (safeguarding), not spam; so are "pays ... £",
  "cash daily", "earn from home" and "no parents need to know" beside a child audience;
- disclosures, not spam: a place near the bookies, someone's sugar daddy told.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_flags, assert_not_promotion, assert_promotion

COMMERCIAL = [
    # a buyer for cash
    "we buy any van, any condition, top prices paid same day",
    "cash for your old laptops and consoles, we collect",
    "best prices paid for unwanted jewellery, pop in and see us",
    # a second-hand sale
    "anyone want to buy my old cricket bag? hardly used, £15",
    "kids bike and helmet £30, moving abroad so it all must go",
    # paid work with a starting price, a paid advocate, a taster, a referral, trade prices
    "dyslexia assessments from £400, reports within a week",
    "we write your EHCP appeal for just £120, no win no fee",
    "win your appeal with our expert team, call today",
    "tennis coaching for all ages at the park courts, text us for a taster",
    "sign up with my link and we both get £20 off",
    "football boots at trade prices, message me your size",
    "kids scooters 30% cheaper, limited time only",
    "does anyone want their bike serviced? £15, I collect",
    "looking for sponsors for my darts team, your logo on our shirts",
]

NOT_COMMERCIAL = [
    "the leavers' mugs are £6 from the college shop until friday",
    "how can we donate to the school's book appeal?",
    "there's a scam text going round offering free school meals for a fee, don't click it",
    "the lad across the road is selling his bike, not on here though",
    "someone keeps taking the sweets from his bag and selling them in the yard",
    "i have to pay £60 a week board now i'm 17, is that normal?",
    "the kids must go to the office first, £2 for the disco",
    "hope you win your appeal, we won ours last year",
]

SPAM = [
    "join our trading group and 3x your money in a week",
    "essay writing service, any subject, message now",
    "the government doesn't want you to know this about school dinners",
    "look what he posted after prom 😳 link in the comments",
    "natural cure for adhd, message me for prices",
    "f o l l o w m y c h a n n e l for gaming clips",
    # a fee to have a child seen
    "get your daughter noticed by the top clubs, our £60 showcase fee covers everything",
]

NOT_SPAM = [
    "i don't want you to know how bad my essay was",
    "his essay writing has come on so much this year",
    "look what he made in DT today, so proud",
    "there's no cure for adhd, but the support has been brilliant",
    "please follow the school channel for match highlights",
    "how do you get your son scouted? is there a fee?",
    "so proud to see our lad get scouted by the county, no fee, just hard work",
]


@pytest.mark.parametrize("text", COMMERCIAL)
def test_commercial_wordings(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_COMMERCIAL)
def test_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(spam_commercial_pipeline.classify(text))


# students recruited by an offer that hides itself from checks (money muling, cam sites):
# an offer to children, held out of the promotion queue; an open student job is an advert
STUDENT_APPROACHES = [
    "students, easy cash: £400 if you let me use your bank account for one payment",
    "any sixth formers want to earn £50 a night chatting online? no age checks",
]

STUDENT_ADVERTS = [
    "students wanted for weekend shifts at our cafe, £11 an hour, apply in store",
]


@pytest.mark.parametrize("text", STUDENT_APPROACHES)
def test_unchecked_offers_to_students(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", STUDENT_ADVERTS)
def test_open_student_jobs_stay_adverts(spam_commercial_pipeline: Pipeline, text: str) -> None:
    assert_promotion(spam_commercial_pipeline.classify(text))


# the school's own phrase disowned ("not the PTA") is no school activity; a scam message
# warned of is no offer
def test_disowned_allow_phrase(commercial_pipeline: Pipeline) -> None:
    text = "raffle for my own caravan, £2 a ticket, pay me direct not the PTA"
    assert_flags(commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",))), "commercial")
    text = "PTA raffle, £2 a ticket, pay at the office"
    assert_flags(commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",))), "commercial", False)


def test_scam_message_warned_of(commercial_pipeline: Pipeline) -> None:
    text = "heads up, a scam email is going round offering cheap uniform deals, message the office not them"
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


# an offer to children read more widely: "pays ... £", "cash daily", "earn from home", "no
# parents need to know"; a place near the bookies and someone's sugar daddy told are
# disclosures, not spam
CHILD_OFFERS = [
    "my agency pays year 11s £40 a shoot, message me",
    "need young lads for drops round town, cash daily",
    "earn from home, any year 10 girls, dm me",
    "wanna make £££ this summer? dm me, no mum needs to know",
]

DISCLOSURES = [
    "he's been hanging round behind the bookies with older lads after school",
    "my niece is 15 and her sugar daddy buys her phones, what do i do",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_offers_to_children(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosures_are_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)
