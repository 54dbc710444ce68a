"""Alerting end to end (monitor.alerting): the right people, masked content, grouping,
IT alerts once per episode, redelivery and delivery failures.

Comments, verdicts and decisions are real rows in the store (SQLite and PostgreSQL); the
decisions come from the real policy engine; mail goes to a real SMTP server (aiosmtpd on
loopback); time comes from an injected clock. The helpers at the top are shared with
test_escalation_flow.py and test_alert_links_flow.py.
"""

from __future__ import annotations

import re
import socket
import threading
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from importlib import resources
from typing import Any

import pytest
import yaml
from sqlalchemy import select

from connectors.base import Comment
from monitor.alerting import alert_for_comment, alert_it, escalate, flush_grouped
from monitor.audit import verify_chain
from monitor.config import AppConfig, load_secrets, parse_config
from monitor.errors import AlertDeliveryError
from monitor.mailcatcher import LoopbackController
from monitor.policy import CommentFacts, decide
from monitor.runtime import Runtime
from monitor.store import AlertRow, AuditRow, Store
from tests.plugins.smtp import SmtpTestServer

NOW = datetime(2026, 11, 20, 9, 5, tzinfo=timezone.utc)  # a Friday in term time (GMT)
KEY = b"alerting-test-signing-key-8d1e64c0"
BASE_URL = "http://127.0.0.1:8080"
LINK_TTL_H = 24.0

HANNAH = "h.reed@oakfield-primary.example.com"  # moderator
TOM = "t.okafor@oakfield-primary.example.com"  # moderator
SARAH = "s.whitfield@oakfield-primary.example.com"  # DSL
DAVID = "d.lin@oakfield-primary.example.com"  # deputy DSL
HEAD = "head@oakfield-primary.example.com"  # headteacher
IT = "it@oakfield-primary.example.com"


# ---------------------------------------------------------------- shared helpers


class Clock:
    """The injected clock: tests move time, nothing sleeps."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def make_config(smtp_port: int, *, smtp_host: str = "127.0.0.1", smtp_username: str | None = None,
                absent: dict[str, tuple[str, str]] | None = None) -> AppConfig:
    """The demo school (six people) sending mail to the test server.

    ``absent`` maps an e-mail address to an inclusive (start, end) absence.
    """
    data = yaml.safe_load(resources.files("monitor").joinpath("demo.yaml").read_text(encoding="utf-8"))
    data["smtp"] = {"host": smtp_host, "port": smtp_port, "sender": "moderation@oakfield-primary.example.com",
                    "starttls": False, "timeout_s": 5}
    if smtp_username:
        data["smtp"]["username"] = smtp_username
    data["web"] = {"base_url": BASE_URL, "link_ttl_h": LINK_TTL_H}
    for person in data["schools"][0]["moderators"]:
        if absent and person["email"] in absent:
            start, end = absent[person["email"]]
            person["absent"] = [{"start": start, "end": end}]
    return parse_config(yaml.safe_dump(data), "alerting-test.yaml")


def make_runtime(config: AppConfig, store: Store, clock: Clock, sandbox_url: str | None = None) -> Runtime:
    return Runtime(config, store=store, clock=clock, sandbox_url=sandbox_url, signing_key=KEY)


def verdict(scores: dict[str, float], explanations: dict[str, list[dict]] | None = None) -> dict:
    """A verdict in Verdict.to_dict() shape; unnamed labels score 0."""
    full = {label: 0.0 for label in ("abuse", "hate", "spam", "commercial", "personal_info", "safeguarding")}
    full.update(scores)
    explanations = dict(explanations or {})
    for label, score in scores.items():
        explanations.setdefault(label, [{"detector": "test", "rule": f"{label}_rule", "span": None,
                                         "matched": None, "adjustments": []}])
    return {"labels": [k for k, v in scores.items() if v >= 0.3], "scores": full, "explanations": explanations,
            "detector_versions": {"test": "1"}, "needs_review": False}


def personal(text: str, fragment: str, rule: str) -> dict:
    """A personal_info explanation as the detector writes it: a span and a masked match."""
    start = text.index(fragment)
    return {"detector": "personal_info", "rule": rule, "span": [start, start + len(fragment)],
            "matched": fragment[:1] + "***", "adjustments": []}


_counter = iter(range(1, 10**6))


def add_decided(rt: Runtime, text: str, scores: dict[str, float], *, account_id: str = "oakfield-fb",
                explanations: dict | None = None, external_id: str | None = None,
                author: str = "Jo Bloggs", platform: str | None = None, comment: Comment | None = None) -> int:
    """Store a comment, its verdict and the real policy's decision; return the comment id."""
    school, account = rt.account(account_id)
    if comment is None:
        n = next(_counter)
        comment = Comment(
            platform=platform or account.platform, account_id=account_id,
            id=external_id or f"{account.platform_account_id}_{n}", thread_id="post-1", parent_id=None,
            author_id=f"author-{n}", author_name=author, text=text, created_at=rt.clock() - timedelta(minutes=1),
            permalink=f"https://www.facebook.example.com/post-1?comment_id={n}", raw={"id": str(n)},
        )
    [cid] = rt.store.add_comments(school.id, [comment], rt.clock())
    v = verdict(scores, explanations)
    rt.store.save_verdict(cid, v, rt.clock())
    facts = CommentFacts(platform=comment.platform, account_id=account_id, author_id=comment.author_id,
                         author_name=comment.author_name, text=comment.text or "")
    decision = decide(v, facts, school, account)
    data = decision.to_dict()
    data["extra"] = dict(decision.extra)
    rt.store.save_decision(cid, data, rt.clock())
    return cid


def recipients_of(server) -> list[str]:
    """Every envelope recipient, one entry per message and address."""
    return [rcpt for _, rcpts in server.envelopes for rcpt in rcpts]


def parts(msg: EmailMessage) -> dict[str, str]:
    """Subject, plain text and HTML of a received message, decoded."""
    out = {"subject": str(msg["Subject"]).strip(), "text": "", "html": ""}
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            out["text"] += part.get_content()
        elif part.get_content_type() == "text/html":
            out["html"] += part.get_content()
    return out


def messages_to(server, address: str) -> list[EmailMessage]:
    return [m for m, (_, rcpts) in zip(server.messages, server.envelopes) if address in rcpts]


def alert_rows(store: Store) -> list[AlertRow]:
    with store.session() as s:
        return list(s.scalars(select(AlertRow).order_by(AlertRow.id)))


def audit_rows(store: Store) -> list[AuditRow]:
    return store.audit_events()


class SwitchableSmtp(SmtpTestServer):
    """A collecting SMTP server that can refuse messages (550) or single recipients."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.refuse_data = False
        self.refuse_rcpt: set[str] = set()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list) -> str:
        if address in self.refuse_rcpt:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return "550 5.7.1 message refused by policy"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def switchable_smtp():
    state = SwitchableSmtp()
    controller = LoopbackController(state, hostname=state.host, port=0)
    controller.start()
    state.port = controller.port
    try:
        yield state
    finally:
        controller.stop()


def closed_port() -> int:
    """A loopback port with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ---------------------------------------------------------------- fixtures


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rt(store, clock, smtp_server) -> Runtime:
    return make_runtime(make_config(smtp_server.port), store, clock)


# ---------------------------------------------------------------- 1. the right people


@pytest.mark.parametrize("scores, expected", [
    # urgent safeguarding: the DSL and the moderators
    ({"safeguarding": 0.9}, {SARAH, HANNAH, TOM}),
    # immediate abuse: the moderators
    ({"abuse": 0.9}, {HANNAH, TOM}),
    # hate: the moderators and the DSL (a possible Police or CEOP matter)
    ({"hate": 0.9, "abuse": 0.9}, {HANNAH, TOM, SARAH}),
    # personal information: the moderators, at once
    ({"personal_info": 0.9}, {HANNAH, TOM}),
], ids=["safeguarding", "abuse", "hate", "personal_info"])
def test_each_alert_reaches_the_right_people_once(rt, smtp_server, scores, expected):
    cid = add_decided(rt, "a comment that breaks the rules", scores)
    sent = alert_for_comment(rt, cid, "Hidden on Facebook.")
    assert sent == len(expected)
    assert sorted(recipients_of(smtp_server)) == sorted(expected)  # one message each
    assert rt.store.get_comment(cid).status == "done"
    kinds = {row.kind for row in alert_rows(rt.store)}
    assert kinds == {"urgent" if "safeguarding" in scores else "immediate"}
    if "safeguarding" in scores:
        assert all(m["X-Priority"].startswith("1") for m in smtp_server.messages)
        assert all(parts(m)["subject"].startswith("[URGENT safeguarding]") for m in smtp_server.messages), [parts(m)["subject"] for m in smtp_server.messages]
    # every delivery is audited with the person it went to, and the chain holds
    sent_events = [e for e in audit_rows(rt.store) if e.event == "alert_sent"]
    assert len(sent_events) == len(expected) and all(e.comment_id == cid for e in sent_events)
    assert verify_chain(rt.store).ok


def test_absent_people_are_skipped_and_two_present_people_are_reached(store, clock, smtp_server):
    rt = make_runtime(make_config(smtp_server.port, absent={HANNAH: ("2026-11-16", "2026-11-20")}), store, clock)
    cid = add_decided(rt, "you are all idiots", {"abuse": 0.9})
    alert_for_comment(rt, cid, "Hidden on Facebook.")
    # Hannah is away: Tom alone would be one person, so the DSL makes up the two.
    assert sorted(recipients_of(smtp_server)) == sorted([TOM, SARAH])

    # A safeguarding page with the DSL away goes to the deputy in her place.
    rt2 = make_runtime(make_config(smtp_server.port, absent={SARAH: ("2026-11-20", "2026-11-20")}), store, clock)
    cid2 = add_decided(rt2, "a worrying comment", {"safeguarding": 0.9})
    before = len(smtp_server.envelopes)
    alert_for_comment(rt2, cid2, "Held on Facebook.")
    assert sorted(recipients_of(smtp_server)[before:]) == sorted([DAVID, HANNAH, TOM])


def test_absence_is_read_in_the_schools_own_days(store, smtp_server):
    # 23:30 UTC on 30 June is 00:30 on 1 July in London: Hannah's absence ended on 30 June.
    late = Clock(datetime(2026, 6, 30, 23, 30, tzinfo=timezone.utc))
    rt = make_runtime(make_config(smtp_server.port, absent={HANNAH: ("2026-06-22", "2026-06-30")}), store, late)
    cid = add_decided(rt, "you are all idiots", {"abuse": 0.9})
    alert_for_comment(rt, cid, "Hidden on Facebook.")
    assert sorted(recipients_of(smtp_server)) == sorted([HANNAH, TOM])


def test_grouped_alerts_one_message_per_window_with_every_item_once(rt, clock, smtp_server):
    clock.now = datetime(2026, 11, 20, 9, 5, tzinfo=timezone.utc)
    first = [add_decided(rt, f"free robux at spam-site number {i}", {"spam": 0.9}) for i in range(2)]
    for cid in first:
        assert alert_for_comment(rt, cid, "Hidden on Facebook.") == 0
    clock.now = datetime(2026, 11, 20, 9, 50, tzinfo=timezone.utc)
    third = add_decided(rt, "selling uniform, message me", {"commercial": 0.9})
    alert_for_comment(rt, third, "Hidden on Facebook.")
    assert flush_grouped(rt, "oakfield") == 0  # the 09:00 window is still open
    assert smtp_server.messages == []

    clock.now = datetime(2026, 11, 20, 10, 0, 30, tzinfo=timezone.utc)
    late = add_decided(rt, "sub to my channel", {"spam": 0.9})  # belongs to the 10:00 window
    alert_for_comment(rt, late, "Hidden on Facebook.")
    assert flush_grouped(rt, "oakfield") == 2
    assert sorted(recipients_of(smtp_server)) == sorted([HANNAH, TOM])
    refs = {cid: f"facebook:{rt.store.get_comment(cid).external_id}" for cid in [*first, third, late]}
    for msg in smtp_server.messages:
        p = parts(msg)
        assert "3 comments grouped" in p["subject"]
        for cid in [*first, third]:
            assert p["text"].count(refs[cid]) >= 1 and refs[cid] in p["html"]
        assert refs[late] not in p["text"]
    assert flush_grouped(rt, "oakfield") == 0  # nothing twice

    clock.now = datetime(2026, 11, 20, 11, 0, tzinfo=timezone.utc)
    assert flush_grouped(rt, "oakfield") == 2
    for msg in smtp_server.messages[2:]:
        p = parts(msg)
        assert "1 comment grouped" in p["subject"] and refs[late] in p["text"]
        assert not any(refs[cid] in p["text"] for cid in [*first, third])
    assert flush_grouped(rt, "oakfield") == 0
    assert len(smtp_server.messages) == 4


def test_a_forced_flush_does_not_swallow_items_that_arrive_later_in_the_window(rt, clock, smtp_server):
    early = add_decided(rt, "free robux here", {"spam": 0.9})
    alert_for_comment(rt, early, "Hidden on Facebook.")
    assert flush_grouped(rt, "oakfield", force=True) == 2  # e.g. the demo at the end of a run
    clock.advance(minutes=20)
    later = add_decided(rt, "free robux again", {"spam": 0.9})  # same hour
    alert_for_comment(rt, later, "Hidden on Facebook.")
    clock.now = datetime(2026, 11, 20, 10, 1, tzinfo=timezone.utc)
    assert flush_grouped(rt, "oakfield") == 2
    ref_later = f"facebook:{rt.store.get_comment(later).external_id}"
    ref_early = f"facebook:{rt.store.get_comment(early).external_id}"
    assert all(ref_later in parts(m)["text"] and ref_early not in parts(m)["text"]
               for m in smtp_server.messages[2:])
    items = [r for r in alert_rows(rt.store) if r.kind == "grouped_item"]
    assert {r.status for r in items} == {"included"}


def test_it_alert_for_a_dead_token_once_per_episode(store, clock, smtp_server, sandbox):
    from monitor import actors

    rt = make_runtime(make_config(smtp_server.port), store, clock, sandbox_url=sandbox.url)
    queued: list[tuple[str, tuple]] = []
    actors.configure(rt, sender=lambda step, args: queued.append((step, args)))
    try:
        sandbox.inject("auth", platform="facebook")
        assert actors.poll_once("oakfield-fb") == 0
        assert sorted(recipients_of(smtp_server)) == sorted([IT, HANNAH])
        subject = parts(smtp_server.messages[0])["subject"]
        assert subject.startswith("[IT action needed]") and "re-authorisation" in subject
        clock.advance(minutes=2)
        for _ in range(2):  # later polls while the token is still dead: no new alert
            actors.poll_once("oakfield-fb")
        assert len(smtp_server.messages) == 2

        # IT re-authorises; the token dies again later: a new episode, a new alert.
        store.mark_account("oakfield-fb", "facebook", needs_reauth=False)
        clock.advance(days=1)
        actors.poll_once("oakfield-fb")
        assert len(smtp_server.messages) == 4
    finally:
        actors.configure(None)
    assert [e.event for e in audit_rows(store)].count("account_needs_reauth") == 2


# ---------------------------------------------------------------- 2. masked content, no secrets

PUPIL = "Amelia Clarke"
PHONE = "07700 900461"
EMAIL = "amelia.mum@example.com"
POSTCODE = "M1 1AE"
LEAKY = (f"{PUPIL} in Oak class is a liar, ring her mum on {PHONE} or write to {EMAIL}, "
         f"they live at 12 Mill Lane, {POSTCODE}")
PERSONAL_PATTERNS = [
    re.compile(r"07700\W*900\W*461"),
    re.compile(r"amelia\.mum", re.I),
    re.compile(r"M1\s*1AE", re.I),
    re.compile(r"Amelia|Clarke", re.I),
    re.compile(r"Mill Lane", re.I),
]


def _everything_sent(server) -> list[str]:
    out = []
    for msg in server.messages:
        p = parts(msg)
        out += [p["subject"], p["text"], p["html"]]
    return out


def test_alerts_mask_personal_data_and_carry_no_secrets(store, clock, smtp_server_auth, monkeypatch):
    monkeypatch.setenv("MONITOR_SMTP_PASSWORD", smtp_server_auth.password)
    token = "EAAGtestpagetoken0123456789abcdefDEAD"
    monkeypatch.setenv("MONITOR_OAKFIELD_FB_PAGE_TOKEN", token)
    rt = make_runtime(make_config(smtp_server_auth.port, smtp_username=smtp_server_auth.username), store, clock)
    load_secrets(rt.account("oakfield-fb")[1])  # registers the token for redaction, as the connector does

    found = {"personal_info": [personal(LEAKY, PUPIL, "roster_name"), personal(LEAKY, PHONE, "uk_phone"),
                               personal(LEAKY, EMAIL, "email"), personal(LEAKY, POSTCODE, "uk_postcode"),
                               personal(LEAKY, "12 Mill Lane", "street_address")],
             "abuse": [{"detector": "abuse", "rule": "insult", "span": [LEAKY.index("liar"),
                        LEAKY.index("liar") + 4], "matched": "liar", "adjustments": []}]}
    urgent = add_decided(rt, LEAKY, {"personal_info": 0.95, "abuse": 0.7, "safeguarding": 0.8},
                         explanations=found, author=PUPIL)
    # The classifier found nothing: the mask's own second line of defence must still hold.
    missed = add_decided(rt, LEAKY, {"abuse": 0.9})
    grouped = add_decided(rt, f"selling uniform, call {PHONE} or {EMAIL}", {"commercial": 0.9})
    alert_for_comment(rt, urgent, f"Held on Facebook. Text seen: {LEAKY}")
    alert_for_comment(rt, missed, "Hidden on Facebook.")
    alert_for_comment(rt, grouped, "Hidden on Facebook.")
    flush_grouped(rt, "oakfield", force=True)
    alert_it(rt, rt.school("oakfield"), rt.account("oakfield-fb")[1], "reauth:1", "needs re-authorisation",
             f"Graph API said: token {token} has expired (code 190)")
    assert len(smtp_server_auth.messages) == 3 + 2 + 2 + 2

    sent = _everything_sent(smtp_server_auth)
    assert any("[phone]" in t for t in sent) and any("[email]" in t for t in sent)
    for text in sent:
        for pattern in PERSONAL_PATTERNS[:3]:
            assert not pattern.search(text), pattern.pattern
    # The pupil's name and address are masked where the classifier found them.
    for msg in smtp_server_auth.messages[:3]:
        for text in parts(msg).values():
            for pattern in PERSONAL_PATTERNS[3:]:
                assert not pattern.search(text), pattern.pattern

    password, key_hex = smtp_server_auth.password, KEY.hex()
    raw_mail = [m.as_string() for m in smtp_server_auth.messages]
    rows = [repr((r.subject, r.recipients, r.error, r.detail)) for r in alert_rows(store)]
    audit = [repr((e.key, e.data, e.actor)) for e in audit_rows(store) if e.event.startswith("alert")]
    for blob in raw_mail + rows + audit:
        for secret in (password, token, KEY.decode(), key_hex):
            assert secret not in blob
    for blob in rows + audit:
        for pattern in PERSONAL_PATTERNS:
            assert not pattern.search(blob), pattern.pattern
    assert smtp_server_auth.auth_attempts  # the password was really used


# ---------------------------------------------------------------- 5. redelivery


def test_redelivered_messages_send_nothing_new(rt, clock, smtp_server):
    urgent = add_decided(rt, "a worrying comment", {"safeguarding": 0.9})
    abuse = add_decided(rt, "you idiot", {"abuse": 0.9})
    spam = add_decided(rt, "free robux", {"spam": 0.9})
    school, account = rt.school("oakfield"), rt.account("oakfield-fb")[1]

    def everything() -> int:
        return (alert_for_comment(rt, urgent, "Held on Facebook.")
                + alert_for_comment(rt, abuse, "Hidden on Facebook.")
                + alert_for_comment(rt, spam, "Hidden on Facebook.")
                + flush_grouped(rt, "oakfield", force=True)
                + escalate(rt, "oakfield")
                + alert_it(rt, school, account, "reauth:x", "needs re-authorisation", "expired"))

    assert alert_for_comment(rt, urgent, "Held on Facebook.") == 3
    clock.advance(minutes=16)  # the deputy DSL is due too
    assert everything() == 2 + 2 + 2 + 2
    counts = (len(smtp_server.messages), len(alert_rows(rt.store)), len(audit_rows(rt.store)))
    for outcome in ("Held on Facebook.", "replayed"):  # a redelivered message, even with other words
        assert alert_for_comment(rt, urgent, outcome) == 0
    assert everything() == 0
    assert (len(smtp_server.messages), len(alert_rows(rt.store)), len(audit_rows(rt.store))) == counts


def test_concurrent_deliveries_of_one_alert_send_once(rt, smtp_server):
    cid = add_decided(rt, "you idiot", {"abuse": 0.9})
    barrier = threading.Barrier(3)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            alert_for_comment(rt, cid, "Hidden on Facebook.")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert sorted(recipients_of(smtp_server)) == sorted([HANNAH, TOM])


def test_a_delivery_left_mid_send_by_a_crashed_worker_is_taken_over_after_its_lease(rt, clock, smtp_server):
    from sqlalchemy import update

    from monitor.alerting import SENDING_LEASE_S

    cid = add_decided(rt, "you idiot", {"abuse": 0.9})
    key = f"c{cid}:immediate:email:{HANNAH}"
    # Another worker claimed Hannah's delivery and died before sending it.
    rt.store.claim_alert(key, school_id="oakfield", comment_id=cid, kind="immediate", channel="email",
                         recipients=[HANNAH], subject="", created_at=clock.now)
    with rt.store.session() as s:
        s.execute(update(AlertRow).where(AlertRow.key == key).values(status="sending", sent_at=clock.now))
    assert alert_for_comment(rt, cid, "Hidden on Facebook.") == 1  # Tom's; Hannah's may still be in flight
    assert recipients_of(smtp_server) == [TOM]
    assert rt.store.get_comment(cid).status != "done"  # so the sweep comes back to it
    clock.advance(seconds=SENDING_LEASE_S + 1)
    assert alert_for_comment(rt, cid, "Hidden on Facebook.") == 1
    assert alert_for_comment(rt, cid, "Hidden on Facebook.") == 0
    assert sorted(recipients_of(smtp_server)) == sorted([HANNAH, TOM])
    assert rt.store.get_comment(cid).status == "done"


# ---------------------------------------------------------------- 6. delivery failures


def test_a_refusing_server_fails_loudly_without_blocking_moderation_and_a_retry_sends_once(
        store, clock, switchable_smtp, sandbox):
    from monitor.actions import apply_plan, plan_action

    rt = make_runtime(make_config(switchable_smtp.port), store, clock, sandbox_url=sandbox.url)
    fetched = rt.connector("oakfield-fb").fetch_new_comments(None).comments[0]
    cid = add_decided(rt, "", {"abuse": 0.9}, comment=fetched)
    row = store.get_comment(cid)
    outcome = apply_plan(rt, row, plan_action("hide", "facebook", rt.connector("oakfield-fb").capabilities),
                         observe=False, requested="hide")
    assert sandbox.state.visibility("facebook", row.external_id) == "hidden"

    switchable_smtp.refuse_data = True
    with pytest.raises(AlertDeliveryError) as failed:
        alert_for_comment(rt, cid, outcome)
    assert "550" in str(failed.value)
    # Both people were tried and both failures recorded; the moderation itself stands.
    rows = [r for r in alert_rows(store)]
    assert [(r.status, r.attempts) for r in rows] == [("failed", 1), ("failed", 1)]
    assert all("550" in r.error for r in rows)
    assert [e.event for e in audit_rows(store)].count("alert_failed") == 2
    assert sandbox.state.visibility("facebook", row.external_id) == "hidden"
    assert [a.status for a in store.actions_for(cid)] == ["done"]
    assert store.get_comment(cid).status != "done"  # the sweep still sees it as unfinished

    # One person's mailbox is refused, the other's works: the working one is delivered.
    switchable_smtp.refuse_data = False
    switchable_smtp.refuse_rcpt = {TOM}
    clock.advance(minutes=1)
    with pytest.raises(AlertDeliveryError):
        alert_for_comment(rt, cid, outcome)
    assert recipients_of(switchable_smtp) == [HANNAH]

    switchable_smtp.refuse_rcpt = set()
    clock.advance(minutes=1)
    assert alert_for_comment(rt, cid, outcome) == 1
    assert alert_for_comment(rt, cid, outcome) == 0
    assert sorted(recipients_of(switchable_smtp)) == sorted([HANNAH, TOM])
    assert {(r.status, r.attempts) for r in alert_rows(store)} == {("sent", 2), ("sent", 3)}
    assert store.get_comment(cid).status == "done"
    assert verify_chain(store).ok


def test_a_closed_port_raises_and_a_later_retry_delivers_once(store, clock, smtp_server):
    down = make_runtime(make_config(closed_port()), store, clock)
    cid = add_decided(down, "a worrying comment", {"safeguarding": 0.9})
    with pytest.raises(AlertDeliveryError) as failed:
        alert_for_comment(down, cid, "Held on Facebook.")
    assert "cannot deliver" in str(failed.value)
    assert {r.status for r in alert_rows(store)} == {"failed"}

    # The relay is back (the worker restarted with it, or the retry reached it).
    clock.advance(minutes=3)
    up = make_runtime(make_config(smtp_server.port), store, clock)
    assert alert_for_comment(up, cid, "Held on Facebook.") == 3
    assert alert_for_comment(up, cid, "Held on Facebook.") == 0
    assert sorted(recipients_of(smtp_server)) == sorted([SARAH, HANNAH, TOM])

    # A grouped batch that failed is retried with exactly the same items.
    spam = add_decided(down, "free robux", {"spam": 0.9})
    alert_for_comment(down, spam, "Hidden on Facebook.")
    with pytest.raises(AlertDeliveryError):
        flush_grouped(down, "oakfield", force=True)
    more = add_decided(up, "more free robux", {"spam": 0.9})
    alert_for_comment(up, more, "Hidden on Facebook.")
    before = len(smtp_server.messages)
    assert flush_grouped(up, "oakfield", force=True) == 4  # the failed batch, then the new one
    subjects = sorted(parts(m)["subject"] for m in smtp_server.messages[before:])
    assert all("1 comment grouped" in s for s in subjects)
