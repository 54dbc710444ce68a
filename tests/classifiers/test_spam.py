"""spam and commercial detectors: promotion versus a parent's question, links judged offline."""

from __future__ import annotations

import socket

import pytest

from classifiers.detectors.commercial import CommercialDetector
from classifiers.detectors.spam import SpamDetector
from classifiers.pipeline import ClassifierContext, Pipeline, assemble_pipeline

SPAM = ("spam",)
COM = ("commercial",)
BOTH = ("spam", "commercial")
NONE: tuple[str, ...] = ()

TABLE = [
    # channel self-promotion and engagement bait
    ("sub to my channel", SPAM, 0.8),
    ("Check out my new channel, link in bio", SPAM, 0.8),
    ("sub4sub anyone?", SPAM, 0.8),
    ("c h e c k  o u t  m y  c h a n n e l", SPAM, 0.8),
    ("Hey guys I just started a gaming channel, please go check it out", SPAM, 0.75),
    ("Like this comment if you think this is the best school ever!!!", SPAM, 0.7),
    ("tag 3 friends who need to see this", SPAM, 0.7),
    # scams and fake giveaways
    ("free robux at bit.ly/xyz", SPAM, 0.8),
    ("Fr33 R0BUX at my ch@nnel", SPAM, 0.8),
    ("fr33 v-bux in my b10", SPAM, 0.8),
    ("GIVEAWAY! follow and share to win an iPad", SPAM, 0.8),
    ("Earn £500 a day from home, ask me how", SPAM, 0.8),
    ("I made 10k with bitcoin trading, contact Mrs Ellis on WhatsApp", SPAM, 0.8),
    ("Your account will be suspended, verify now at fb-security.example.com", SPAM, 0.75),
    ("Who wants 1000 followers for free? visit followbooster dot net", SPAM, 0.7),
    ("Won a free cruise! Claim yours at www.free-cruise.example", SPAM, 0.8),
    # link farming and suspicious links
    ("great vid www.a-example.com www.b-example.net www.c-example.org", SPAM, 0.7),
    ("look here tinyurl.com/abcd", SPAM, 0.75),
    ("cheap deals at best-offers.xyz", SPAM, 0.75),
    # commercial: selling, prices, DM to buy
    ("selling uniform £15, DM me", COM, 0.8),
    ("Selling school shoes size 2, barely worn, £10 ono", COM, 0.8),
    ("Brownies £2 each, collection only", COM, 0.8),
    ("PM for prices, taking orders for Christmas cakes", COM, 0.8),
    ("use my discount code SCHOOL10 for 20% off", COM, 0.8),
    # job ads
    ("We're hiring! Part time cleaners needed, £11 per hour", COM, 0.8),
    ("Hiring! Part time lunchtime supervisor at the nursery, DM me", COM, 0.75),
    # tutoring and business adverts
    ("Private maths tutoring available, KS2 and 11+, message me", COM, 0.75),
    ("Check out my new cake business on Facebook", COM, 0.75),
    ("Anyone need a babysitter? I'm DBS checked, message me", COM, 0.75),
    ("Local plumber, no call out fee, ring for a quote", COM, 0.75),
    # donations, fundraising and personal campaigns
    ("please donate to my JustGiving", COM, 0.8),
    ("Our GoFundMe for Ben's operation is in the comments", COM, 0.8),
    ("Please sponsor me for the Great North Run", COM, 0.8),
    ("Please support my fundraising page for the marathon", COM, 0.8),
    ("please sign my petition on change.org", COM, 0.75),
    # both
    ("Join my Younique team and be your own boss! DM me", BOTH, 0.75),
    ("Loans approved same day, no credit checks, text LOAN to 60999", BOTH, 0.75),
    # hard negatives
    ("how much are the tickets for the summer fair?", NONE, 0.0),
    ("is uniform on sale at the office?", NONE, 0.0),
    ("Are the swimming lessons starting this week or next?", NONE, 0.0),
    ("congratulations to everyone", NONE, 0.0),
    ("killing it at sports day", NONE, 0.0),
    ("Tickets are £5 at the office", NONE, 0.0),
    ("The newsletter is on the school website www.oakfield.example.sch.uk", NONE, 0.0),
    ("Thank you for the photos, will you share them on the channel?", NONE, 0.0),
    ("Can we pay for the trip online?", NONE, 0.0),
    ("Well done to the netball team, great result!", NONE, 0.0),
    ("amelia at gmail dot com", NONE, 0.0),
    ("who's coming to the PTA quiz night?", NONE, 0.0),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return assemble_pipeline([SpamDetector(), CommercialDetector()])


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE)
def test_spam_and_commercial_table(pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    verdict = pipeline.classify(text)
    assert verdict.labels == labels, verdict.to_dict()
    for label in labels:
        assert verdict.scores[label] >= min_score


def test_link_explanation_names_the_registered_domain(pipeline: Pipeline) -> None:
    text = "Free stuff: https://bit.ly/3abc now"
    verdict = pipeline.classify(text)
    link = next(e for e in verdict.explanations["spam"] if e.rule == "suspicious_link")
    assert text[link.start : link.end] == link.matched == "https://bit.ly/3abc"
    assert "domain bit.ly" in link.adjustments


def test_commercial_explanation_span(pipeline: Pipeline) -> None:
    text = "Mums! Selling uniform £15, DM me"
    best = pipeline.classify(text).explanations["commercial"][0]
    assert best.detector == "commercial"
    assert text[best.start : best.end] == best.matched


def test_school_fundraising_phrases_are_not_commercial(pipeline: Pipeline) -> None:
    text = "Oakfield PTA raffle tickets £2 each, please donate a prize"
    assert pipeline.classify(text).labels == COM
    context = ClassifierContext(allow_phrases=("Oakfield PTA",))
    verdict = pipeline.classify(text, context)
    assert verdict.labels == NONE
    assert verdict.scores["commercial"] == 0.0
    # someone else's fundraiser is still commercial with the same context
    assert pipeline.classify("please donate to my JustGiving", context).labels == COM


def test_links_need_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    detectors = assemble_pipeline([SpamDetector()])
    verdict = detectors.classify("win big at cheap-prizes.co.uk and bit.ly/x")
    assert verdict.labels == SPAM
