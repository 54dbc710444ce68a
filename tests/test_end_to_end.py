"""The whole worker, end to end: sandbox platforms, a real Redis broker with dramatiq
worker threads, a real SMTP server, and the database; then the same messages again.

What is checked is the platforms' own state (the sandbox), the mail that arrived and the
audit trail, not the worker's log.
"""

from __future__ import annotations

import re
import time

import dramatiq
import pytest
from dramatiq.brokers.redis import RedisBroker
from sqlalchemy import func, select

from monitor import actors
from monitor.audit import verify_chain
from monitor.config import SandboxConfig, SmtpConfig, default_config
from monitor.demo import wait_until_idle
from monitor.runtime import Runtime
from monitor.store import ActionRow, AlertRow, AuditRow, CommentRow, DecisionRow, Store

pytestmark = pytest.mark.slow

ACCOUNTS = ("oakfield-fb", "oakfield-x", "oakfield-yt")
WRITE_METHODS = ("POST", "PUT", "DELETE")


def _counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {
            "comments": s.scalar(select(func.count()).select_from(CommentRow)),
            "decisions": s.scalar(select(func.count()).select_from(DecisionRow)),
            "actions": s.scalar(select(func.count()).select_from(ActionRow)),
            "actions_done": s.scalar(select(func.count()).select_from(ActionRow).where(ActionRow.status == "done")),
            "alerts_sent": s.scalar(select(func.count()).select_from(AlertRow).where(AlertRow.status == "sent")),
            "audit": s.scalar(select(func.count()).select_from(AuditRow)),
        }


def _drain(rt, broker, expected: int) -> None:
    deadline = time.monotonic() + 180
    assert wait_until_idle(rt, expected, deadline), "the worker did not finish the scenario"
    for queue in actors.QUEUES:
        broker.join(queue, timeout=120_000)


@pytest.fixture
def running(sandbox, smtp_server, redis_url, database_url):
    base = default_config()
    config = base.model_copy(update={
        "database": base.database.model_copy(update={"url": database_url}),
        "smtp": SmtpConfig(host=smtp_server.host, port=smtp_server.port, sender="moderation@example.com"),
        "sandbox": SandboxConfig(url=sandbox.url),
    })
    rt = Runtime(config, sandbox_url=sandbox.url)
    broker = RedisBroker(url=redis_url)
    dramatiq.set_broker(broker)
    actors.declare_actors(broker)
    actors.configure(rt)
    worker = dramatiq.Worker(broker, worker_threads=4, worker_timeout=50)
    worker.start()
    yield rt, broker
    worker.stop()
    actors.configure(None)
    rt.store.dispose()


def _all_mail_text(smtp_server) -> str:
    parts = []
    for msg in smtp_server.messages:
        parts.append(str(msg["Subject"]))
        for part in msg.walk():
            if part.get_content_type() in ("text/plain", "text/html"):
                parts.append(part.get_content())
    return "\n".join(parts)


def test_scenario_end_to_end_and_replay_changes_nothing(running, sandbox, smtp_server):
    rt, broker = running
    expected = sandbox.state.expected()
    assert len(expected) >= 60

    for account_id in ACCOUNTS:
        actors.send("poll_account", account_id)
    _drain(rt, broker, len(expected))
    for school in rt.config.schools:
        actors.send("flush_grouped_alerts", school.id, True)
    _drain(rt, broker, len(expected))

    # Every scripted comment was stored once; every breaking one is down on its platform.
    first = _counts(rt.store)
    assert first["comments"] == len(expected)
    assert first["decisions"] == len(expected)
    still_visible = [(e["platform"], e["id"]) for e in expected
                     if e["must_hide"] and sandbox.state.visibility(e["platform"], e["id"]) == "visible"]
    assert still_visible == []
    wrongly_down = [(e["platform"], e["id"]) for e in expected
                    if not e["must_hide"] and sandbox.state.visibility(e["platform"], e["id"]) != "visible"]
    assert wrongly_down == []

    # Alerts reached the mailbox, with personal data masked.
    assert first["alerts_sent"] > 0
    assert len(smtp_server.messages) == first["alerts_sent"]
    mail = _all_mail_text(smtp_server)
    assert "[URGENT" in mail
    assert not re.search(r"07700\s?900\s?\d{3}", mail)
    assert not re.search(r"[\w.]+@example\.com", "\n".join(
        line for line in mail.splitlines() if "To:" not in line and "mailto:" not in line and "From:" not in line))

    # The audit trail is complete and its chain verifies.
    report = verify_chain(rt.store)
    assert report.ok, report.reason
    with rt.store.session() as s:
        events = {(r.comment_id, r.event) for r in s.scalars(select(AuditRow))}
        ids = list(s.scalars(select(CommentRow.id)))
    for cid in ids:
        for event in ("seen", "classified", "decided"):
            assert (cid, event) in events, (cid, event)

    # The same messages again: nothing new happens anywhere.
    writes_before = [c for c in sandbox.state.calls if c[0] in WRITE_METHODS]
    mails_before = len(smtp_server.messages)
    for account_id in ACCOUNTS:
        actors.send("poll_account", account_id)
    for cid in ids:
        for step in ("classify_comment", "decide_comment", "act_on_comment"):
            actors.send(step, cid)
        actors.send("alert_comment", cid, "replayed")
    for school in rt.config.schools:
        actors.send("flush_grouped_alerts", school.id, True)
    _drain(rt, broker, len(expected))
    assert _counts(rt.store) == first
    assert [c for c in sandbox.state.calls if c[0] in WRITE_METHODS] == writes_before
    assert len(smtp_server.messages) == mails_before
    assert verify_chain(rt.store).ok
