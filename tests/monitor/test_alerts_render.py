"""Alert content: what each alert says, urgency in the subject, and no personal data."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError
from datetime import datetime, timezone

import pytest

from monitor.alerts import (
    AlertMessage,
    build_comment_alert,
    build_escalation_alert,
    build_grouped_alert,
    build_it_alert,
)
from monitor.config import default_config
from monitor.errors import register_secret
from monitor.store import CommentRow

# Invented personal data planted in comments; none of it may reach an alert.
PUPIL = "Amelia Clarke"
PHONE = "07700 900461"
EMAIL = "jo.bloggs@example.com"
POSTCODE = "M1 1AE"
FORBIDDEN = ["Amelia", "Clarke", "900461", "07700", "jo.bloggs", "example.com", "M1 1AE", "Bloggs"]


@pytest.fixture(scope="module")
def school():
    return default_config().schools[0]


def account(school, platform):
    return next(a for a in school.accounts if a.platform == platform)


def make_comment(text: str, *, platform: str = "facebook", external_id: str = "100200300400500_11", id: int = 7):
    return CommentRow(
        id=id, platform=platform, external_id=external_id, author_name="Jo Bloggs", text=text,
        permalink=f"https://www.facebook.com/100200300400500/posts/11?comment_id={external_id}",
        created_at=datetime(2026, 11, 21, 14, 3, tzinfo=timezone.utc),
    )


def pii_verdict(text: str) -> dict:
    """A verdict in Verdict.to_dict() shape flagging the pupil name and phone number."""
    name_at = text.index(PUPIL)
    phone_at = text.index(PHONE)
    return {
        "labels": ["personal_info", "safeguarding"],
        "scores": {"personal_info": 0.95, "safeguarding": 0.81, "abuse": 0.0},
        "explanations": {
            "personal_info": [
                {"detector": "personal_info", "rule": "pupil_name_with_class",
                 "span": [name_at, name_at + len(PUPIL)], "matched": PUPIL, "adjustments": []},
                {"detector": "personal_info", "rule": "uk_phone",
                 "span": [phone_at, phone_at + len(PHONE)], "matched": PHONE, "adjustments": []},
            ],
            "safeguarding": [
                {"detector": "safeguarding", "rule": "bullying_disclosure", "span": [28, 44],
                 "matched": "is being bullied", "adjustments": ["+0.10 context word 'class'"]},
            ],
        },
        "detector_versions": {}, "needs_review": False, "errors": [],
    }


TEXT = (f"{PUPIL} in Oak class is being bullied, ring me on {PHONE} or mail {EMAIL}, "
        f"we live near {POSTCODE}")
DECISION = {"intention": "hold", "labels": ["safeguarding", "personal_info"], "review_labels": [],
            "alert": "urgent", "reasons": ["safeguarding 0.81 >= 0.50: hold",
                                          f"custom rule pupil-names matched {PUPIL}"],
            "observe": False}
LINKS = {"acknowledge": "http://127.0.0.1:8080/l/ack-token", "restore": "http://127.0.0.1:8080/l/restore-token",
         "confirm": "http://127.0.0.1:8080/l/confirm-token"}


def assert_clean(message: AlertMessage) -> None:
    for part in (message.subject, message.text, message.html):
        for item in FORBIDDEN:
            assert item.lower() not in part.lower(), f"{item!r} leaked"


def test_safeguarding_alert_says_everything_and_masks_personal_data(school) -> None:
    comment = make_comment(TEXT)
    msg = build_comment_alert(school=school, account=account(school, "facebook"), comment=comment,
                              verdict=pii_verdict(TEXT), decision=DECISION,
                              outcome="Held (hidden) on Facebook", links=LINKS)
    assert msg.subject.startswith("[URGENT safeguarding]")
    assert msg.severity == "urgent"
    assert_clean(msg)
    for part in (msg.text, msg.html):
        assert "Oakfield Primary (Facebook Page)" in part  # which account
        assert "Held (hidden) on Facebook" in part  # what was done
        assert "safeguarding" in part and "personal_info" in part  # which labels
        assert "bullying_disclosure" in part and "0.81" in part  # why
        assert "is being bullied" in part  # masked excerpt keeps the substance
        assert "[phone]" in part or "[personal info]" in part
        assert "http://127.0.0.1:8080/l/restore-token" in part  # how to restore
        assert "http://127.0.0.1:8080/l/confirm-token" in part
        assert comment.permalink.split("?")[0] in part  # link to the comment
    assert "Jo B." in msg.text
    assert msg.comment_ids == (7,)
    assert ("Acknowledge", LINKS["acknowledge"]) in msg.links


def test_key_is_stable_and_distinguishes_events(school) -> None:
    acct = account(school, "facebook")
    args = dict(school=school, account=acct, comment=make_comment(TEXT), verdict=pii_verdict(TEXT),
                outcome="Held (hidden) on Facebook", links=LINKS)
    first = build_comment_alert(decision=DECISION, **args)
    again = build_comment_alert(decision=DECISION, **args)
    other = build_comment_alert(decision={**DECISION, "intention": "hide", "alert": "immediate"}, **args)
    escalated = build_escalation_alert(decision=DECISION, level="deputy_dsl", unacknowledged_min=15, **args)
    reworded = build_comment_alert(decision=DECISION, **{**args, "outcome": "ESCALATED to the deputy DSL"})
    assert first.key == again.key
    assert len({first.key, other.key, escalated.key, reworded.key}) == 4
    assert all(len(k) <= 200 for k in (first.key, escalated.key))


def test_html_escapes_comment_text(school) -> None:
    text = 'Great show <script>alert("x")</script> & <b>bold</b>'
    verdict = {"labels": ["abuse"], "scores": {"abuse": 0.7}, "explanations": {"abuse": [
        {"detector": "lexicon", "rule": "insult", "span": [0, 5], "matched": "<script>", "adjustments": []}]}}
    decision = {"intention": "hide", "labels": ["abuse"], "review_labels": [], "alert": "immediate",
                "reasons": ["abuse 0.70 >= 0.60"], "observe": False}
    msg = build_comment_alert(school=school, account=account(school, "facebook"), comment=make_comment(text),
                              verdict=verdict, decision=decision, outcome="Hidden on Facebook", links={})
    assert "<script>" not in msg.html and "&lt;script&gt;" in msg.html
    assert "<script>" in msg.text  # the plain part is plain
    assert msg.subject.startswith("[Alert: abuse]")


@pytest.mark.parametrize(("decision", "prefix"), [
    ({"labels": ["hate", "abuse"], "review_labels": [], "alert": "immediate"}, "[Alert: hate, abuse]"),
    ({"labels": [], "review_labels": ["abuse"], "alert": "none"}, "[Review needed: abuse]"),
    ({"labels": ["safeguarding"], "review_labels": [], "alert": "urgent", "observe": True},
     "[URGENT safeguarding - observe mode]"),
    ({"labels": [], "review_labels": ["safeguarding"], "alert": "none"}, "[URGENT safeguarding]"),
])
def test_subject_makes_urgency_obvious(school, decision, prefix) -> None:
    full = {"intention": "hide", "reasons": [], "observe": False, **decision}
    verdict = {"labels": decision["labels"] or decision["review_labels"], "scores": {}, "explanations": {}}
    msg = build_comment_alert(school=school, account=account(school, "x"), comment=make_comment("you are awful", platform="x"),
                              verdict=verdict, decision=full, outcome="Observe mode: no action taken", links={})
    assert msg.subject.startswith(prefix)
    assert "@OakfieldPrimary (X)" in msg.subject


def test_without_links_the_alert_explains_the_cli_and_links_the_permalink(school) -> None:
    comment = make_comment("you are useless")
    decision = {"intention": "hide", "labels": ["abuse"], "review_labels": [], "alert": "immediate",
                "reasons": [], "observe": True}
    msg = build_comment_alert(school=school, account=account(school, "facebook"), comment=comment,
                              verdict={"labels": ["abuse"], "scores": {"abuse": 0.9}, "explanations": {}},
                              decision=decision, outcome="Observe mode: no action taken", links={})
    assert "monitor restore facebook:100200300400500_11" in msg.text
    assert "Observe mode" in msg.text
    assert msg.links == (("Open the comment", comment.permalink),)


def test_purged_text_and_missing_fields_do_not_break_rendering(school) -> None:
    comment = make_comment("x")
    comment.text = None
    comment.author_name = None
    msg = build_comment_alert(school=school, account=account(school, "youtube"), comment=comment,
                              verdict={"labels": [], "scores": {}, "explanations": {}},
                              decision={"intention": "flag", "labels": [], "review_labels": [], "alert": "immediate",
                                        "reasons": [], "observe": False},
                              outcome="Flagged for review", links={})
    assert "purged" in msg.text and "(unknown author)" in msg.text


def test_escalation_names_the_level_and_delay(school) -> None:
    msg = build_escalation_alert(school=school, account=account(school, "facebook"), comment=make_comment(TEXT),
                                 verdict=pii_verdict(TEXT), decision=DECISION, outcome="Held (hidden) on Facebook",
                                 links=LINKS, level="headteacher", unacknowledged_min=30)
    assert msg.severity == "escalation"
    assert msg.subject.startswith("[URGENT safeguarding - ESCALATED to headteacher, not acknowledged for 30 min]")
    assert "not acknowledged for 30 minutes" in msg.text
    assert_clean(msg)


def test_grouped_alert_lists_every_comment_masked(school) -> None:
    fb, yt = account(school, "facebook"), account(school, "youtube")
    spam = {"labels": ["spam"], "scores": {"spam": 0.93}, "explanations": {"spam": [
        {"detector": "spam", "rule": "self_promotion", "span": [0, 14], "matched": "sub to my chan", "adjustments": []}]}}
    commercial = {"labels": ["commercial"], "scores": {"commercial": 0.88}, "explanations": {}}
    dec = {"intention": "hide", "labels": ["spam"], "review_labels": [], "alert": "grouped", "reasons": [], "observe": False}
    items = [
        (fb, make_comment("sub to my channel for free robux", id=1, external_id="c1"), spam, dec, "Hidden on Facebook"),
        (yt, make_comment(f"selling uniform £15 text {PHONE}", platform="youtube", id=2, external_id="c2"),
         commercial, {**dec, "labels": ["commercial"]}, "Held for review on YouTube"),
        (fb, make_comment(f"cheap tutoring, email {EMAIL}", id=3, external_id="c3"),
         commercial, {**dec, "labels": ["commercial"]}, "Hidden on Facebook"),
    ]
    start = datetime(2026, 11, 21, 14, 0, tzinfo=timezone.utc)
    end = datetime(2026, 11, 21, 15, 0, tzinfo=timezone.utc)
    links = {"c2": {"restore": "http://127.0.0.1:8080/l/restore-c2"}, "acknowledge": "http://127.0.0.1:8080/l/ack-group"}
    msg = build_grouped_alert(school=school, items=items, window_start=start, window_end=end, links=links)
    assert msg.severity == "grouped" and msg.comment_ids == (1, 2, 3)
    assert msg.subject.startswith("[commercial, spam] Oakfield Primary School: 3 comments grouped")
    assert_clean(msg)
    for part in (msg.text, msg.html):
        assert "free robux" in part and "Held for review on YouTube" in part
        assert "http://127.0.0.1:8080/l/restore-c2" in part
        assert "http://127.0.0.1:8080/l/ack-group" in part
    again = build_grouped_alert(school=school, items=items[:1], window_start=start, window_end=end, links={})
    assert again.key == msg.key  # one message per school per window
    assert "1 comment grouped" in again.subject


def test_it_alert_redacts_secrets_and_says_what_to_do(school) -> None:
    register_secret("EAAB-test-page-token-0001")
    msg = build_it_alert(school=school, account=account(school, "facebook"), problem="Page token expired",
                         detail="OAuthException 190 for token EAAB-test-page-token-0001 at /me?access_token=abc123")
    assert msg.severity == "it"
    assert msg.subject == "[IT action needed] Oakfield Primary (Facebook Page): Page token expired"
    for part in (msg.subject, msg.text, msg.html):
        assert "EAAB-test-page-token-0001" not in part and "abc123" not in part
    assert "MONITOR_OAKFIELD_FB_PAGE_TOKEN" in msg.text
    later = build_it_alert(school=school, account=account(school, "facebook"), problem="Page token expired",
                           detail="again", episode="2026-12-01T08:00Z")
    assert later.key != msg.key and later.key.startswith(msg.key)


def test_alert_message_is_frozen_and_checked() -> None:
    msg = AlertMessage(subject="s", text="t", html="<p>t</p>", severity="digest", key="k")
    with pytest.raises(FrozenInstanceError):
        msg.subject = "other"  # type: ignore[misc]
    with pytest.raises(ValueError):
        AlertMessage(subject="s", text="t", html="", severity="loud", key="k")
    with pytest.raises(ValueError):
        AlertMessage(subject="a\nBcc: x@example.com", text="t", html="", severity="it", key="k")


def test_subjects_are_single_line_even_with_hostile_outcome(school) -> None:
    msg = build_comment_alert(school=school, account=account(school, "facebook"), comment=make_comment("hi"),
                              verdict={"labels": [], "scores": {}, "explanations": {}},
                              decision={"intention": "hide", "labels": ["abuse"], "review_labels": [],
                                        "alert": "immediate", "reasons": [], "observe": False},
                              outcome="Hidden\r\nBcc: someone@example.com", links={})
    assert not re.search(r"[\r\n]", msg.subject)


def test_public_names_are_exported() -> None:
    import monitor.alerts as alerts
    import monitor.alerts.render as render

    for module in (alerts, render):
        assert all(hasattr(module, name) for name in module.__all__), module.__name__
    assert set(alerts.NOTIFIERS) == {"email", "slack", "teams"}
    assert all(cls.channel == name for name, cls in alerts.NOTIFIERS.items())


def test_a_masked_name_does_not_come_back_as_a_first_name(school) -> None:
    text = "That's my niece Poppy Walker, Year 1, Willow class! Say hi Poppy! The sun rose early"
    msg = build_comment_alert(school=school, account=account(school, "facebook"), comment=make_comment(text),
                              verdict={"labels": ["personal_info"], "scores": {"personal_info": 0.9}, "explanations": {}},
                              decision={"intention": "hide", "labels": ["personal_info"], "review_labels": [],
                                        "alert": "immediate", "reasons": [], "observe": False},
                              outcome="Hidden on Facebook", links={})
    for part in (msg.text, msg.html):
        assert "Poppy" not in part and "Walker" not in part
        assert "Say hi [name]!" in part and "The sun rose early" in part
