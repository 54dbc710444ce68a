"""Safeguarding escalation end to end: the DSL is paged at once, the deputy DSL after 15
minutes and the headteacher after 30 when nobody acknowledges; an acknowledgement through
the link in the e-mail stops it; no level is paged twice; a worker that was down past both
deadlines catches up. Real store (SQLite and PostgreSQL), real SMTP server, the real web
app for acknowledgements, an injected clock.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta
from wsgiref.util import setup_testing_defaults

import pytest

from monitor.alerting import alert_for_comment, escalate
from monitor.audit import verify_chain
from monitor.web import make_app
from tests.monitor.test_alerting import (
    BASE_URL,
    DAVID,
    HANNAH,
    HEAD,
    NOW,
    SARAH,
    TOM,
    Clock,
    add_decided,
    make_config,
    make_runtime,
    messages_to,
    parts,
    recipients_of,
)

PAGED = sorted([SARAH, HANNAH, TOM])


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def rt(store, clock, smtp_server):
    return make_runtime(make_config(smtp_server.port), store, clock)


@pytest.fixture
def paged(rt, clock, smtp_server) -> int:
    """A safeguarding comment whose DSL page went out at the clock's start."""
    cid = add_decided(rt, "a worrying comment", {"safeguarding": 0.9})
    assert alert_for_comment(rt, cid, "Held on Facebook.") == 3
    assert sorted(recipients_of(smtp_server)) == PAGED
    return cid


def acknowledge_url(msg) -> str:
    [url] = re.findall(rf"Acknowledge: ({re.escape(BASE_URL)}/a/\S+)", parts(msg)["text"])
    return url


def post(app, url: str) -> tuple[int, str]:
    body = b"confirm=yes"
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": url[len(BASE_URL):], "wsgi.input": io.BytesIO(body),
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "application/x-www-form-urlencoded"}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers):
        seen["status"] = int(status.split()[0])

    page = b"".join(app(environ, start_response)).decode("utf-8")
    return seen["status"], page


def escalation_events(store, cid: int) -> list[tuple[int, str]]:
    return [(e.data["level"], e.data["to"]) for e in store.audit_events(cid) if e.event == "escalated"]


def test_unacknowledged_page_reaches_deputy_at_15_and_headteacher_at_30_once_each(rt, clock, smtp_server, paged):
    clock.advance(minutes=14, seconds=59)
    assert escalate(rt, "oakfield") == 0
    clock.advance(seconds=1)  # 15:00 after the first page
    assert escalate(rt, "oakfield") == 2
    level1 = recipients_of(smtp_server)[3:]
    # the deputy, with the DSL kept in the loop (two people keep watch)
    assert sorted(level1) == sorted([DAVID, SARAH])
    [to_deputy] = messages_to(smtp_server, DAVID)
    subject = parts(to_deputy)["subject"]
    assert "ESCALATED to deputy DSL" in subject and "not acknowledged for 15 min" in subject
    assert to_deputy["X-Priority"].startswith("1")
    assert "Held on Facebook." in parts(to_deputy)["text"]  # what was done travels with the page

    for minutes in (16, 20, 29):
        clock.now = NOW + timedelta(minutes=minutes)
        assert escalate(rt, "oakfield") == 0  # never the same level twice
    clock.now = NOW + timedelta(minutes=30)
    assert escalate(rt, "oakfield") == 2
    assert sorted(recipients_of(smtp_server)[5:]) == sorted([HEAD, DAVID])
    [to_head] = messages_to(smtp_server, HEAD)
    assert "ESCALATED to headteacher" in parts(to_head)["subject"]
    clock.advance(hours=3)
    assert escalate(rt, "oakfield") == 0
    assert len(smtp_server.messages) == 7
    assert escalation_events(rt.store, paged) == [(1, "deputy DSL"), (2, "headteacher")]
    assert verify_chain(rt.store).ok


def test_acknowledging_through_the_link_stops_escalation(rt, clock, smtp_server, paged):
    app = make_app(rt)
    [to_dsl] = messages_to(smtp_server, SARAH)
    clock.advance(minutes=10)
    status, page = post(app, acknowledge_url(to_dsl))
    assert status == 200 and "Acknowledged by Sarah Whitfield" in page
    for minutes in (15, 30, 120):
        clock.now = NOW + timedelta(minutes=minutes)
        assert escalate(rt, "oakfield") == 0
    assert len(smtp_server.messages) == 3
    assert escalation_events(rt.store, paged) == []
    acked = [(e.event, e.actor) for e in rt.store.audit_events(paged) if e.event == "acknowledged"]
    assert acked == [("acknowledged", f"Sarah Whitfield <{SARAH}>")]


def test_the_deputy_acknowledging_stops_the_headteacher_page(rt, clock, smtp_server, paged):
    app = make_app(rt)
    clock.advance(minutes=15)
    assert escalate(rt, "oakfield") == 2
    [to_deputy] = messages_to(smtp_server, DAVID)
    clock.advance(minutes=5)
    status, page = post(app, acknowledge_url(to_deputy))
    assert status == 200 and "Acknowledged by David Lin" in page
    clock.advance(minutes=40)
    assert escalate(rt, "oakfield") == 0
    assert HEAD not in recipients_of(smtp_server)
    assert post(app, acknowledge_url(to_deputy))[0] == 410  # the link worked once
    assert escalation_events(rt.store, paged) == [(1, "deputy DSL")]


def test_a_worker_down_past_both_deadlines_pages_both_levels_on_its_next_run(rt, clock, smtp_server, paged):
    clock.advance(minutes=47)
    assert escalate(rt, "oakfield") == 4
    assert sorted(recipients_of(smtp_server)[3:]) == sorted([DAVID, SARAH, HEAD, DAVID])
    [to_head] = messages_to(smtp_server, HEAD)
    assert "not acknowledged for 47 min" in parts(to_head)["subject"]
    assert escalate(rt, "oakfield") == 0
    assert escalation_events(rt.store, paged) == [(1, "deputy DSL"), (2, "headteacher")]


def test_a_failed_escalation_page_is_retried_until_delivered(store, clock, smtp_server, paged):
    from monitor.errors import AlertDeliveryError
    from tests.monitor.test_alerting import closed_port

    down = make_runtime(make_config(closed_port()), store, clock)
    clock.advance(minutes=15)
    with pytest.raises(AlertDeliveryError):
        escalate(down, "oakfield")
    assert escalation_events(store, paged) == []  # not reached until someone was paged
    clock.advance(minutes=2)
    up = make_runtime(make_config(smtp_server.port), store, clock)
    assert escalate(up, "oakfield") == 2
    assert escalate(up, "oakfield") == 0
    assert sorted(recipients_of(smtp_server)[3:]) == sorted([DAVID, SARAH])
    assert escalation_events(store, paged) == [(1, "deputy DSL")]


def test_custom_deadlines_from_the_config(store, clock, smtp_server):
    import yaml

    from monitor.config import parse_config

    config = make_config(smtp_server.port)
    data = config.model_dump(mode="json", exclude_none=True)
    data["schools"][0]["policy"]["escalation"] = {"deputy_after_min": 5, "headteacher_after_min": 10}
    rt = make_runtime(parse_config(yaml.safe_dump(data)), store, clock)
    cid = add_decided(rt, "a worrying comment", {"safeguarding": 0.9})
    alert_for_comment(rt, cid, "Held on Facebook.")
    clock.advance(minutes=5)
    assert escalate(rt, "oakfield") == 2
    clock.advance(minutes=5)
    assert escalate(rt, "oakfield") == 2
    assert escalation_events(store, cid) == [(1, "deputy DSL"), (2, "headteacher")]


def test_a_page_left_sending_by_a_dead_worker_is_taken_over_and_the_level_waits_for_it(rt, clock, smtp_server,
                                                                                      paged):
    """A worker killed while paging the deputy leaves that delivery "sending"; the level is
    not marked reached until another worker has taken the page over after its lease."""
    from monitor.alerting import SENDING_LEASE_S, _take

    clock.advance(minutes=15)
    key = f"c{paged}:escalation1:email:{DAVID}"
    rt.store.claim_alert(key, school_id="oakfield", comment_id=paged, kind="escalation", channel="email",
                         recipients=[DAVID], subject="", created_at=clock.now, detail={"level": 1})
    assert _take(rt.store, key, clock.now) == "taken"  # ... and then that worker died
    assert escalate(rt, "oakfield") == 1  # the DSL's copy goes; the deputy's page is someone else's
    assert messages_to(smtp_server, DAVID) == []
    assert escalation_events(rt.store, paged) == []  # not reached while a page is outstanding
    clock.advance(seconds=SENDING_LEASE_S - 60)
    assert escalate(rt, "oakfield") == 0  # still within the dead worker's lease
    clock.advance(seconds=61)
    assert escalate(rt, "oakfield") == 1
    assert len(messages_to(smtp_server, DAVID)) == 1
    assert escalation_events(rt.store, paged) == [(1, "deputy DSL")]
    assert escalate(rt, "oakfield") == 0
    assert len(messages_to(smtp_server, DAVID)) == 1
