"""A throttled poll stores what it read before the throttle (issue 7.2).

X reads mentions, then searches; a 429 or a spent budget on the search used to throw the
mentions away, and after a pause that can last until the next day they were read again.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from monitor import actors
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
