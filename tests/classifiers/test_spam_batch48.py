"""Spam and commercial, batches 48-50: the general causes behind their misses.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- a trade looking for custom with no word for it: "book me for ...", "taking new pupils",
  "after new customers", "bulk discounts", "cheaper than ...", "gift vouchers";
- trades and shops that had no word: a mechanic, face painting, printing, vapes, window
  cleaning, a driving, dance or riding school;
- the school as a place or a rival seller ("5 minutes from this school", "cheaper than the
  school's supplier", a trade "for schools") and a trade's own school ("a driving school")
  do not make an offer the school's own;
- a price per house or room is a priced trade (not per car: a team's car wash); a "big sale" / "clearance sale" is a sale;
- spam: the pitch's stock words ("doctors hate him", "this one trick"), exam answers held
  out with a link, pictures held out on the writer's own profile, a fee to sign a child to an
  agency, a hacked account sending followers to a new one.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_flags

COMMERCIAL = [
    # a trade looking for custom, trades that had no word
    "experienced mobile mechanic covering the whole town, message me for a price",
    "we print team kits for schools and sports clubs, bulk discounts available",
    "face painting and glitter tattoos for birthday parties, book me now",
    "our riding school is taking new pupils for the spring, message us",
    "gift vouchers available for our driving school, ideal for 17th birthdays",
    "gutter and window cleaning, now after new customers near the school, £10 a house",
    "end of tenancy cleans, £60 a room, fully insured",
    "vape shop round the corner, cheaper than anywhere in town",
    "MASSIVE clearance sale on kids trainers this weekend, message me for sizes",
]

NOT_COMMERCIAL = [
    # the same words in a parent's question, a thank-you or the school's own news
    "does anyone know a good mechanic near the school? mine has let me down",
    "thank you to the face painting volunteers at the school fair",
    "is the dance school on the high street any good? asking for my daughter",
    "vapes are being found in the toilets again, please talk to your children",
    "the netball team are washing cars on saturday, £5 a car, all money to the tour",
    "a man at the park gave some year 8s free vapes, please talk to your children",
    "the school uniform shop has a sale on jumpers, is that still on?",
    "is the new jumper cheaper than the old one? asking before the school shop opens",
]


@pytest.mark.parametrize("text", COMMERCIAL)
def test_commercial_wordings(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")


@pytest.mark.parametrize("text", NOT_COMMERCIAL)
def test_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


SPAM = [
    # the pitch's stock words, answers held out with a link
    "dentists hate him! whiten your teeth at home, link below",
    "lose a stone with this one simple trick, see the link",
    "got the gcse physics answers, link in my bio",
    # pictures held out on the writer's own profile (leetspeak read through the folding)
    "spicy vids on my profile 😈",
    "n4ughty pics in my b1o, 18+",
    # a fee to sign a child to an agency; a hacked account sending followers to a new one
    "our agency loves him, send the £75 joining fee and he's signed",
    "my account got hacked so please follow my new page instead",
]

NOT_SPAM = [
    "the doctors hate it when we turn up late to appointments",
    "has anyone got the answers to the maths homework? the link on the website is broken",
    "lovely photos of the snow day on the school page",
    "pay the £10 registration fee for the football club on the parent app please",
    "my account got hacked last week, the bank sorted it out",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_wordings(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam")


@pytest.mark.parametrize("text", NOT_SPAM)
def test_not_spam(spam_pipeline: Pipeline, text: str) -> None:
    assert_flags(spam_pipeline.classify(text), "spam", False)


# the school's own giving page is the school's appeal; a stranger's page stays an appeal
SCHOOL_APPEALS = [
    "please give what you can via the official school gofundme for the new minibus",
    "sponsor the year 9 climb through the school's donation page on the website",
]

APPEALS = [
    "please donate to my gofundme for my holiday, link in bio",
]


@pytest.mark.parametrize("text", SCHOOL_APPEALS)
def test_school_giving_page_is_not_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial", False)


@pytest.mark.parametrize("text", APPEALS)
def test_stranger_giving_page_is_commercial(commercial_pipeline: Pipeline, text: str) -> None:
    assert_flags(commercial_pipeline.classify(text), "commercial")
