"""Spam shapes common on YouTube (channel promotion, subscriber begging, bare links) and
the school-page hard negatives that sit next to each rule."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline

SPAM = ("spam",)
NONE: tuple[str, ...] = ()

# (text, labels, rule expected among the spam explanations or None)
TABLE = [
    # check_out_promotion
    ("Check out this video on YouTube: great tune", SPAM, "check_out_promotion"),
    ("Go check out my new remix, you will love it", SPAM, "check_out_promotion"),
    ("hey guys check me out, I rap", SPAM, "check_out_promotion"),
    ("Everyone should check out DJ Blaze, proper talent", SPAM, "check_out_promotion"),
    ("Check out the photos from sports day on the school website", NONE, None),
    ("Check out time at the residential is 10am", NONE, None),
    ("Can the children check out library books this week?", NONE, None),
    ("Check out my Etsy shop for handmade gifts", ("commercial",), None),
    ("Come to my channel for more", SPAM, "check_out_promotion"),
    ("Check out the new climbing frame in the playground!", NONE, None),
    ("Worth a check out of the weather before the trip", NONE, None),
    ("See my new track, it is fire", SPAM, "check_out_promotion"),
    ("Come to the school gates at 3pm for collection", NONE, None),
    # subscriber_request
    ("shout out to my fans, follow me @djblaze", SPAM, "subscriber_request"),
    ("Follow me to the hall after assembly please", NONE, None),
    ("I need more subscribers on my gaming vids", SPAM, "subscriber_request"),
    ("We need more volunteers for the summer fair", NONE, None),
    ("Sucscribe to me please!", SPAM, "subscriber_request"),
    ("please become my first subscriber", SPAM, "subscriber_request"),
    ("subscribe to us and we will subscribe back", SPAM, "subscriber_request"),
    ("if i reach 100 subscribers i will do a face reveal", SPAM, "subscriber_request"),
    ("I'll subscribe to the newsletter, thanks for the reminder", NONE, None),
    ("Where do I sign up for the newsletter?", NONE, None),
    # like_this_comment
    ("Like this comment for no reason", SPAM, "like_this_comment"),
    ("how many thumbs up for the drummer", SPAM, "like_this_comment"),
    ("I like this comment, well said", NONE, None),
    ("Like this page for daily giveaways", SPAM, "like_this_comment"),
    ("I like this page, always useful", NONE, None),
    # audience_seeking
    ("I'm a 17 year old rapper trying to get exposure", SPAM, "audience_seeking"),
    ("My daughter is a young singer in the school choir", NONE, None),
    ("Watch till the end, you won't believe it, link in my profile", SPAM, "audience_seeking"),
    ("The link is in the newsletter", NONE, None),
    # links
    ("https://www.example-music.com/track/77", SPAM, "bare_link"),
    ("great video http://www.example-stuff.net", SPAM, "bare_link"),
    ("my new site is all about kids stuff kidsmedia. com", SPAM, "obfuscated_link"),
    ("Is this the right form for the trip? https://forms.example.com/trip", NONE, None),
    ("great game http://games.example.com/?ref=abc123 have fun", SPAM, "referral_link"),
    ("The PTA survey link is https://forms.example.com/survey?id=12 thanks", NONE, None),
    ("https://www.oakfield.sch.uk/term-dates", NONE, None),
    ("Term dates are here https://www.gov.uk/school-term-holiday-dates thanks", NONE, None),
    ("Please read the NHS advice on chickenpox https://www.nhs.uk/conditions/chickenpox/", NONE, None),
    ("The office address is usually gmail. com for the club account", NONE, None),
    # a rule fixed alongside: "won't" is not "won"
    ("You won't believe how good the Year 6 play was", NONE, None),
    ("Congratulations, you won a free iPhone, claim now", SPAM, "prize_scam"),
]


@pytest.mark.parametrize(("text", "labels", "rule"), TABLE)
def test_youtube_spam_table(spam_commercial_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    verdict = spam_commercial_pipeline.classify(text, ClassifierContext(allow_phrases=("PTA",)))
    assert verdict.labels == labels, verdict.to_dict()
    if rule is not None:
        assert rule in {e.rule for e in verdict.explanations["spam"]}, verdict.to_dict()


def test_public_sector_link_is_explained_not_flagged(spam_commercial_pipeline: Pipeline) -> None:
    text = "https://www.oakfield.sch.uk/term-dates"
    verdict = spam_commercial_pipeline.classify(text)
    link = next(e for e in verdict.explanations["spam"] if e.rule == "public_sector_link")
    assert verdict.scores["spam"] < 0.5
    assert text[link.start : link.end] == link.matched
