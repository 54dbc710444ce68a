"""Spam and commercial, batches 25-29: the general causes behind their misses and false alarms.

Each table holds new wordings of one idea (none is a case of the case file) and hard
negatives that share its words:

- money or gifts offered to children in more shapes (two year groups at once, "runners",
  "someone young", an age asked for, sixth formers) reach ``offer_to_children``, so the
  safeguarding lead sees them instead of the spam queue;
- money told in a worry or a disclosure, sextortion, images of pupils passed round and
  drugs sold to pupils are not spam or trade;
- "school" vetoes an offer only as the school's own activity, not as a place or customers
  ("outside the school", "school mums discount", "while the kids were at school");
- exam-season scams, crypto giveaways, blue-tick and log-in phishing, clickbait tricks;
- renting out, marketplace shops, "dm me for the price list", "4 sale", per-print prices.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.spam import child_offer
from classifiers.normalize import fold
from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_child_offer, assert_not_promotion, assert_promotion

CHILD_OFFERS = [
    "easy cash for any yr 10/11 boys this summer, just dropping bags, inbox me",
    "need runners for the weekend, £80 a day cash in hand, message me",
    "young runners wanted, paid daily, no experience, dm",
    "need someone young for a few drops, easy money, snap me",
    "age doesnt matter, easy cash for quick jobs, dm for details",
    "if ur a year 9 girl who wants to earn some pocket money hmu 😉",
    "any sixth formers want easy money? lend me your bank card for a week, i pay you £250",
    "i'll give £30 to any kid who sends me their school photo",
    "hey kidz, free skins for everyone who adds me, tell me ur age first",
    "how old r u? free vbucks for anyone who dms me",
    "tips in my bio for anyone in year 7 who wants to be skinny",
    # evasions through the folding views
    "n33d r u n n e r s, easy ca$h, age dont matter",
    "any Υear 8 girls want to earn some money? dm",  # Greek capital upsilon for Y
]

NOT_CHILD_OFFERS = [
    "Holiday club for kids in year 3 to 6, £20 a day, book now",
    "hiring year 12s for weekend shifts at my cafe, minimum wage",
    "any sixth formers interested in the debating club, it meets on Thursdays",
    "the year 10/11 boys did brilliantly at the cross country",
    "our runners did the school proud at the county relay",
    "how old are you allowed to be to join the brownies?",
    "link in the school bio for the parents' evening booking",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_more_offers_to_children_are_safeguarding(school_pipeline: Pipeline, text: str) -> None:
    assert_child_offer(school_pipeline.classify(text))


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_school_life_and_adult_jobs_are_no_child_offer(text: str) -> None:
    assert child_offer(fold(text).loose.text) is None


# Worries, disclosures and reports that carry money or selling words.
NOT_SPAM_OR_TRADE = [
    "my son keeps sending money to a girl he met online and she keeps asking for more",
    "there's no money for food this week and mum is in bed all day",
    "a man at the park sent her cash for a taxi, she's only 13",
    "someone says they'll post my nudes on the school page unless I send £100 in gift cards",
    "a boy was selling 'chill pills' to year 8s behind the sports hall",
    "they're selling photos of year 9 girls in a group chat, please help",
    "a lad screenshotted my pics and put them in a group chat called year 10 rates",
    "not my business but that child always looks hungry at pick up",
    "im a tutor but i only teach kids alone at my house, no parents allowed",
    # ordinary chatter sharing words with the rules
    "what a lonely walk home it was without the dog",
    "anyone selling a year 7 blazer pls message me, mine has outgrown his",
    "the weed in the school garden is taking over again",
    "we raised money at home games all season for the club",
    "call the office on 0161 496 0555 if your child is off sick",
]


@pytest.mark.parametrize("text", NOT_SPAM_OR_TRADE)
def test_worries_and_reports_are_not_spam_or_commercial(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


# Adverts and scams that name the school as a place or as customers, and new scam shapes.
PROMOTIONS = [
    # "school" as where or for whom
    ("gel nails done at home, school mums get 10% off 💅 book via my page", "commercial"),
    ("mobile hairdresser, I can come to you after the school run, first cut half price", "commercial"),
    ("I cleared £2,000 last month working from home while my two were at school, inbox me to find out how", "spam"),
    ("professional portraits outside the school gates on leavers day, £10 a print, book now", "commercial"),
    ("Intensive driving courses for 17 year olds, pass fast in the summer holidays, message the page", "commercial"),
    # exam season
    ("Need your coursework written? 100% original, pay after delivery, dm us", "spam"),
    ("GCSE answers for tomorrow's chemistry paper, join before it's deleted", "spam"),
    ("leaked exam papers for every subject, link in the comments", "spam"),
    # crypto, phishing, clickbait
    ("to celebrate prom we are giving away 1.5 ETH, send your wallet address below", "spam"),
    ("want a blue tick on your page? we sort it in 24 hours, dm us", "spam"),
    ("this account is fake, the real page is on the link, log in there to claim your photos", "spam"),
    ("one strange trick dentists dont want you to know", "spam"),
    ("my cousin's new single is on spotify now, go stream it 🔥", "spam"),
    # selling and renting
    ("rent our static caravan in Whitby, May half term still free", "commercial"),
    ("all my revision flashcards are on my vinted, cheap", "commercial"),
    ("message me for the price list, cheaper than the uniform shop", "commercial"),
    ("c h e a p trainers 4 sale dm", "commercial"),
    ("selling my prom suit size 38 £35 msg me", "commercial"),
    ("text 07700 900318 to book a pamper party slot", "commercial"),
    ("ring 0161 496 0777 for tickets, limited seats", "commercial"),
    ("$$$ from home every week, ask me how", "spam"),
    ("e a r n £££ 4 nothing, dm", "spam"),
]


@pytest.mark.parametrize(("text", "label"), PROMOTIONS)
def test_adverts_and_scams_are_caught(school_pipeline: Pipeline, text: str, label: str) -> None:
    assert_promotion(school_pipeline.classify(text), label)


# The same words in the school's own news and a parent's question.
SCHOOL_OWN = [
    "the school photographer is in on Tuesday, order forms in book bags",
    "does anyone know if the school uniform shop is open in the holidays?",
    "our PTA is selling cakes at the school fair, £1 each",
    "the year 11 mock papers are in the exam hall, good luck everyone",
    "lovely lesson on how the tick and cross marking works, thank you Miss Shah",
    "log in to the parent portal to see the sports day photos",
    "parents, log in to the school app to book your parents' evening slot",
    "is the caravan park near school still open for the summer fair parking?",
]


@pytest.mark.parametrize("text", SCHOOL_OWN)
def test_the_schools_own_news_and_questions_are_not_promotion(school_pipeline: Pipeline, text: str) -> None:
    assert_not_promotion(school_pipeline.classify(text))


def test_the_exam_scam_explains_itself_on_the_original_words(school_pipeline: Pipeline) -> None:
    text = "Need your EPQ written? fast turnaround, pay after delivery"
    verdict = school_pipeline.classify(text)
    found = next(e for e in verdict.explanations["spam"] if e.rule == "exam_scam")
    assert found.detector == "spam"
    assert text[found.start:found.end] == found.matched
    assert "EPQ written" in found.matched
