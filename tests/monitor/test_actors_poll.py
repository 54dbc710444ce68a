"""The poll step on its own, against the sandbox: cursor after storage, errors, back-off."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from monitor import actors
from monitor.actors import facebook_backoff_s
from monitor.config import SandboxConfig, SmtpConfig, default_config
from monitor.runtime import Runtime
from monitor.store import CommentRow


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def rt(sandbox, sqlite_store, smtp_server):
    config = default_config().model_copy(update={
        "sandbox": SandboxConfig(url=sandbox.url),
        "smtp": SmtpConfig(host=smtp_server.host, port=smtp_server.port, sender="moderation@example.com"),
    })
    runtime = Runtime(config, store=sqlite_store, clock=Clock(), sandbox_url=sandbox.url)
    sent = []
    actors.configure(runtime, sender=lambda step, args: sent.append((step, args)))
    yield runtime, sent
    actors.configure(None)


def test_poll_stores_audits_then_moves_the_cursor_and_enqueues(rt, sandbox):
    runtime, sent = rt
    new = actors.poll_once("oakfield-fb")
    expected = [e for e in sandbox.state.expected() if e["platform"] == "facebook"]
    assert new == len(expected)
    assert runtime.store.count(CommentRow) == len(expected)
    assert runtime.store.get_cursor("oakfield-fb").cursor
    assert len(sent) == new and {step for step, _ in sent} == {"classify_comment"}
    seen = [r for r in runtime.store.audit_events() if r.event == "seen"]
    assert len(seen) == new and all(r.data["evidence_hash"] for r in seen)
    # A second poll finds nothing new and enqueues nothing.
    sent.clear()
    assert actors.poll_once("oakfield-fb") == 0
    assert sent == []


def test_a_failed_poll_keeps_the_cursor_and_pauses_on_rate_limit(rt, sandbox):
    runtime, _ = rt
    sandbox.inject("rate_limited", platform="x", times=1)
    assert actors.poll_once("oakfield-x") == 0
    state = runtime.store.get_cursor("oakfield-x")
    assert state.cursor is None and state.paused_until > runtime.clock()
    # While paused the account is skipped without calling the platform.
    calls = len(sandbox.state.calls)
    assert actors.poll_once("oakfield-x") == 0
    assert len(sandbox.state.calls) == calls
    runtime.clock.now = state.paused_until + timedelta(seconds=1)
    assert actors.poll_once("oakfield-x") > 0


def test_a_dead_token_marks_the_account_and_tells_it_once(rt, sandbox, smtp_server):
    runtime, _ = rt
    sandbox.inject("auth", platform="youtube")
    actors.poll_once("oakfield-yt")
    runtime.clock.now += timedelta(minutes=5)
    actors.poll_once("oakfield-yt")
    assert runtime.store.get_cursor("oakfield-yt").needs_reauth is True
    reauth = [r for r in runtime.store.audit_events() if r.event == "account_needs_reauth"]
    assert len(reauth) == 1
    subjects = [str(m["Subject"]) for m in smtp_server.messages]
    assert subjects and all("re-authoris" in s.lower() for s in subjects), subjects
    recipients = {str(m["To"]) for m in smtp_server.messages}
    assert len(subjects) == len(recipients)  # one message per person, not one per poll
    assert "it@oakfield-primary.example.com" in ",".join(recipients)


@pytest.mark.parametrize(("usage", "expected"), [(None, 0), (10, 0), (74.9, 0), (75, 60), (100, 600), (100.0, 600)])
def test_facebook_backoff_grows_with_usage(usage, expected):
    assert facebook_backoff_s(usage, 75, 60) == pytest.approx(expected)


# A throttled poll stores what it read before the throttle (issue 7.2): X reads mentions,
# then searches; a 429 or a spent budget on the search used to throw the mentions away,
# and after a pause that can last until the next day they were read again.
@pytest.mark.parametrize("kind", ["rate_limited", "quota"])
def test_a_throttled_poll_stores_what_came_before_and_pauses(rt, sandbox, kind):
    runtime, sent = rt
    sandbox.inject(kind, platform="x", path=r"/search/recent$", times=1)
    stored = actors.poll_once("oakfield-x")
    state = runtime.store.get_cursor("oakfield-x")
    assert stored > 0 and runtime.store.count(CommentRow) == stored
    assert [a for step, a in sent] == [(cid,) for cid in sorted(a[0] for _, a in sent)] and len(sent) == stored
    assert state.paused_until > runtime.clock()  # still paused: the throttle is honoured
    assert state.cursor["mentions_since_id"] and state.cursor["timeline_since_id"] is None
    seen = [r for r in runtime.store.audit_events() if r.event == "seen"]
    assert len(seen) == stored
    # after the pause the rest is read, nothing twice
    runtime.clock.now = state.paused_until
    sent.clear()
    rest = actors.poll_once("oakfield-x")
    expected = [e for e in sandbox.state.expected() if e["platform"] == "x" and not e["own"]]
    assert rest > 0 and stored + rest == len(expected) == runtime.store.count(CommentRow)
