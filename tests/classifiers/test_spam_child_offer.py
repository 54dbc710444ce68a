"""Money or gifts offered to children: safeguarding, not spam.

"any of you girls want to earn some easy money? inbox me" carries every word of an easy-money
spam, and the categoriser reads it as spam too; but an adult offering children money or
gifts is grooming or exploitation. The spam detector reports it as safeguarding
(``offer_to_children``) and the pipeline holds the spam and commercial labels below the
threshold for it, with the reason in their explanations. An offer made to parents about
their children, or easy-money spam aimed at adults, stays spam or commercial.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.spam import CHILD_OFFER_RULE, child_offer
from classifiers.normalize import fold
from classifiers.pipeline import SUPERSEDES, THRESHOLD, Pipeline

CHILD_OFFERS = [
    "Any of you girls want to earn some easy money? Message me privately",
    "any of the boys from the football team want to earn a bit for some photos? pm me",
    "kids hmu on snap for free vbucks",
    "drop your discord kids, I run a private server with free skins",
    "need a couple of young lads for running parcels, £200 a week cash, no questions asked",
    "get paid for content, 14+ welcome, link in my bio",
    "boys in year 6, want a free xbox? just video chat with me",
    "add me and i'll give you free stuff, just don't tell ur parents",
    "anyone in year 9 want to earn £200 a week, just carry a few packages for me, message me",
    "anybody's kid want to earn £50 carrying a bag across town? easy money",
    "looking for lads to do a few deliveries, £40 a drop, no questions asked",
    "lads in yr 9 need cash? pm me",
    "easy money for any year 10s, £150 a day, just delivering. dm",
    "£££ 4 year 8 lads, easy work weekends, sn4p me",
    "if ur 14-16 and want easy £££ for doing drops hmu",
    "free r0bux for any kid who sends me a pic, message me privately",
    "any of the year 7 girls want to model? paying £50, message me",
    "looking for some year 8s to be in my music video, dm me your snap",
    "any g1rlz 12-14 want free v-bucks? dm me",
    "message me if ur under 16 and want to earn a ps5",
    "free phone credit to year 7s who follow my account",
    "teen girls, earn £££ chatting online, apply inside",
    "anyone hiring 14-16 yr olds for easy money? carry a bag, £300 a trip",
    "hi girls in year 9, photographer here, i'll pay cash, dm me",
    # evasions: look-alike letters, leetspeak, spacing
    "аny of you girls wаnt to eаrn some eаsy money? inbox me",  # Cyrillic a
    "k1ds hmu for fr33 v-bucks",
    "under 16 and want to make some cash? dm me",
    "G I R L S in this pic want to earn some pocket money? inbox me",
]

NOT_CHILD_OFFERS = [
    # offers to parents about their children, and easy-money spam aimed at adults
    "Holiday club for kids in year 3 to 6, £20 a day, book now",
    "Mums! Make £300 a week from your phone, pm me",
    "Earn £500 a week from home, DM me for details",
    "Free football sessions for kids this half term, book via our page",
    # school life
    "Well done boys in year 6, you earned that win!",
    "the girls in this pic raised £200 for the hospice, so proud",
    "Kids, don't forget your free school milk forms",
    "my son is 14 and got paid for his paper round today, first wage!",
    "anyone in year 9 know if the free school meal forms are due?",
    "looking for kids to join the choir, free lessons on Tuesdays",
    "the model the year 6s built looks like a castle",
    "the kids made models of the solar system for free",
]


@pytest.mark.parametrize("text", CHILD_OFFERS)
def test_an_offer_to_children_is_safeguarding_not_spam(school_pipeline: Pipeline, text: str) -> None:
    verdict = school_pipeline.classify(text)
    assert "safeguarding" in verdict.labels, verdict.to_dict()
    assert "spam" not in verdict.labels and "commercial" not in verdict.labels, verdict.to_dict()
    rules = {e.rule for e in verdict.explanations["safeguarding"]}
    assert CHILD_OFFER_RULE in rules, verdict.to_dict()


@pytest.mark.parametrize("text", NOT_CHILD_OFFERS)
def test_offers_to_adults_and_school_life_are_not_child_offers(spam_pipeline: Pipeline, text: str) -> None:
    assert child_offer(fold(text).loose.text) is None
    verdict = spam_pipeline.classify(text)
    assert CHILD_OFFER_RULE not in {e.rule for e in verdict.explanations.get("safeguarding", [])}


def test_adult_spam_keeps_its_label(school_pipeline: Pipeline) -> None:
    verdict = school_pipeline.classify("Earn £500 a week from home, DM me for details")
    assert "spam" in verdict.labels or "commercial" in verdict.labels, verdict.to_dict()


def test_superseded_labels_say_why_and_point_at_the_original_words(school_pipeline: Pipeline) -> None:
    text = "need a couple of young lads for running parcels, £200 a week cash, no questions asked"
    verdict = school_pipeline.classify(text)
    offer = next(e for e in verdict.explanations["safeguarding"] if e.rule == CHILD_OFFER_RULE)
    assert text[offer.start:offer.end] == offer.matched
    assert "young lads" in offer.matched and "£200 a week cash" in offer.matched
    held = [label for label in SUPERSEDES[CHILD_OFFER_RULE] if label in verdict.explanations]
    assert held, verdict.to_dict()  # spam or commercial fired before being held
    for label in held:
        assert 0 < verdict.scores[label] < THRESHOLD
        last = verdict.explanations[label][-1]
        assert last.detector == "pipeline" and last.rule == "superseded_by_safeguarding"
        assert CHILD_OFFER_RULE in last.adjustments[0]
