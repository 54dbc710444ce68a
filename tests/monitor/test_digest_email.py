"""Sending the digest: a real SMTP server on loopback receives it with its inline charts."""

from __future__ import annotations

import re
import socket
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from monitor.alerts import AlertMessage
from monitor.charts import CHART_IDS
from monitor.config import Absence, SmtpConfig, default_config
from monitor.digest import build_digest, build_digest_message, digest_recipients, send_digest
from monitor.errors import AlertDeliveryError
from monitor.runtime import Runtime
from monitor.store import AlertRow, AuditRow, CursorRow
from tests.monitor.test_digest import NOW, PHONE, SCHOOL, WEEK, seed_week

HEAD = "head@oakfield-primary.example.com"


def _runtime(store, port: int, clock=lambda: NOW) -> Runtime:
    config = default_config()
    config = config.model_copy(update={"smtp": SmtpConfig(host="127.0.0.1", port=port,
                                                         sender="digest@example.com", timeout_s=5)})
    return Runtime(config, store=store, clock=clock)


@pytest.fixture
def seeded(sqlite_store):
    seed_week(sqlite_store)
    return sqlite_store


def test_message_shape(seeded):
    message = build_digest_message(build_digest(seeded, SCHOOL, WEEK, now=NOW))
    assert isinstance(message, AlertMessage)
    assert message.severity == "digest" and message.key == "digest:oakfield:2026-W47"
    assert message.subject == ("Weekly moderation digest: Oakfield Primary School, 16 Nov to 22 Nov 2026"
                               " - needs attention")
    assert [cid for cid, _ in message.inline_images] == list(CHART_IDS)
    assert PHONE not in message.subject + message.text + message.html


def test_smtp_delivery_with_inline_images(seeded, smtp_server):
    runtime = _runtime(seeded, smtp_server.port)
    send_digest(runtime, "oakfield", WEEK)

    assert len(smtp_server.messages) == 1
    msg = smtp_server.messages[0]
    assert smtp_server.envelopes[0][1] == [HEAD]  # only the headteacher
    assert msg["Subject"].startswith("Weekly moderation digest: Oakfield Primary School")
    assert msg["X-Monitor-Severity"] == "digest"
    text = msg.get_body(preferencelist=("plain",)).get_content()
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert "Hidden or removed ............ 8 (up 7 on last week)" in text
    assert "Jamie Example" in html and PHONE not in html + text
    images = [part for part in msg.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 3
    cids = [part["Content-ID"].strip("<>") for part in images]
    assert sorted(cids) == sorted(CHART_IDS)
    assert sorted(re.findall(r'src="cid:([^"]+)"', html)) == sorted(CHART_IDS)
    for part in images:
        png = part.get_content()
        assert png.startswith(b"\x89PNG") and len(png) > 5000
        assert part.get_content_disposition() == "inline"

    # Recorded once, with the running API totals for the next digest.
    with seeded.session() as s:
        alert = s.scalar(select(AlertRow).where(AlertRow.key == "digest:oakfield:2026-W47"))
        event = s.scalar(select(AuditRow).where(AuditRow.key == "digest:oakfield:2026-W47:sent"))
    assert (alert.kind, alert.status, alert.recipients) == ("digest", "sent", ["Margaret Evans"])
    assert event.event == "alert_sent"
    assert event.data["quota"]["oakfield-yt"] == {"calls": 300, "cost_units": 900, "polls": 100}

    # A second run (redelivered job, second scheduler) sends nothing more.
    send_digest(runtime, "oakfield", WEEK)
    assert len(smtp_server.messages) == 1


def test_next_digest_counts_quota_since_this_one(seeded, smtp_server):
    send_digest(_runtime(seeded, smtp_server.port), "oakfield", WEEK)
    with seeded.session() as s:
        s.execute(update(CursorRow).where(CursorRow.account_id == "oakfield-yt")
                  .values(calls=CursorRow.calls + 40, cost_units=CursorRow.cost_units + 120))
    later = build_digest(seeded, SCHOOL, "2026-W48", now=NOW + timedelta(days=7))
    yt = next(q for q in later.quota if q.account_id == "oakfield-yt")
    assert (yt.calls_since_last_digest, yt.units_since_last_digest, yt.last_digest_at) == (40, 120, NOW)
    fb = next(q for q in later.quota if q.account_id == "oakfield-fb")
    assert fb.calls_since_last_digest == 0


def test_failed_delivery_is_recorded_and_retried(seeded, smtp_server):
    with socket.socket() as sock:  # a loopback port with nobody listening
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    with pytest.raises(AlertDeliveryError):
        send_digest(_runtime(seeded, dead_port), "oakfield", WEEK)
    with seeded.session() as s:
        alert = s.scalar(select(AlertRow).where(AlertRow.key == "digest:oakfield:2026-W47"))
    assert alert.status == "failed" and alert.error
    send_digest(_runtime(seeded, smtp_server.port), "oakfield", WEEK)
    assert len(smtp_server.messages) == 1


def test_absent_headteacher_gets_stand_ins():
    today = date(2026, 11, 23)
    head = next(m for m in SCHOOL.moderators if m.role == "headteacher")
    away = head.model_copy(update={"absent": (Absence(start=today, end=today + timedelta(days=5)),)})
    school = SCHOOL.model_copy(update={"moderators": tuple(away if m is head else m for m in SCHOOL.moderators)})
    assert [m.email for m in digest_recipients(SCHOOL, today)] == [HEAD]
    stand_ins = digest_recipients(school, today)
    assert stand_ins and HEAD not in [m.email for m in stand_ins]
    assert {m.role for m in stand_ins} <= {"dsl", "deputy_dsl", "moderator"}
