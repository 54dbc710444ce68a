"""Safeguarding escalation timing with an injected clock: 15 and 30 minutes, once each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.config import EscalationConfig, SchoolConfig
from monitor.escalation import AlertState, Escalation, due_escalations
from monitor.rota import recipients

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
DEFAULT = EscalationConfig()


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


class Scheduler:
    """The caller's side in miniature: run each minute, record the level reached."""

    def __init__(self, alert: AlertState, policy: EscalationConfig = DEFAULT):
        self.alert, self.policy, self.sent = alert, policy, []

    def tick(self, now: datetime) -> list[Escalation]:
        due = due_escalations([self.alert], now, self.policy)
        for esc in due:
            self.sent.append((now, esc.level, esc.kind))
            self.alert = replace(self.alert, escalation_level=esc.level)
        return due

    def acknowledge(self, now: datetime) -> None:
        self.alert = replace(self.alert, acknowledged_at=now)


def test_deputy_at_15_and_headteacher_at_30_each_once():
    s = Scheduler(AlertState(alert_id=7, comment_id=42, created_at=T0))
    for minute in range(0, 61):
        s.tick(at(minute))
    assert s.sent == [(at(15), 1, "escalation_deputy"), (at(30), 2, "escalation_head")]


@pytest.mark.parametrize(
    ("minutes", "levels"),
    [(0, []), (14.99, []), (15, [1]), (29.99, [1]), (30, [1, 2]), (600, [1, 2])],
)
def test_due_levels_from_level_zero(minutes, levels):
    due = due_escalations([AlertState(1, 2, T0)], at(minutes), DEFAULT)
    assert [e.level for e in due] == levels


def test_acknowledged_in_between_stops_the_headteacher_page():
    s = Scheduler(AlertState(alert_id=7, comment_id=42, created_at=T0))
    for minute in range(0, 20):
        s.tick(at(minute))
    s.acknowledge(at(20))
    for minute in range(20, 90):
        s.tick(at(minute))
    assert s.sent == [(at(15), 1, "escalation_deputy")]


def test_acknowledged_before_15_minutes_pages_nobody():
    s = Scheduler(AlertState(alert_id=7, comment_id=42, created_at=T0))
    s.acknowledge(at(3))
    for minute in range(0, 90):
        s.tick(at(minute))
    assert s.sent == []


def test_worker_down_for_an_hour_sends_both_levels_at_once_in_order():
    s = Scheduler(AlertState(alert_id=7, comment_id=42, created_at=T0))
    s.tick(at(1))
    due = s.tick(at(61))  # nothing ran between minute 1 and minute 61
    assert [(e.level, e.kind, e.due_at) for e in due] == [
        (1, "escalation_deputy", at(15)), (2, "escalation_head", at(30))]
    assert s.tick(at(62)) == []


def test_configured_minutes():
    policy = EscalationConfig(deputy_after_min=5, headteacher_after_min=10)
    s = Scheduler(AlertState("a-1", 42, T0), policy)
    for minute in range(0, 20):
        s.tick(at(minute))
    assert [(when, level) for when, level, _ in s.sent] == [(at(5), 1), (at(10), 2)]


def test_many_alerts_only_the_due_ones_earliest_first():
    alerts = [
        AlertState(1, 11, at(-40)),  # both due
        AlertState(2, 12, at(-20), escalation_level=1),  # deputy already paged, head not yet
        AlertState(3, 13, at(-35), escalation_level=1),  # head due
        AlertState(4, 14, at(-50), acknowledged_at=at(-45)),  # acknowledged
        AlertState(5, 15, at(-5)),  # too early
        AlertState(6, 16, at(-90), escalation_level=2),  # done
    ]
    due = due_escalations(alerts, T0, DEFAULT)
    assert [(e.alert_id, e.level) for e in due] == [(1, 1), (1, 2), (3, 2)]
    assert all(e.comment_id == 10 + e.alert_id for e in due)


def test_naive_store_datetimes_are_read_as_utc():
    naive = AlertState(1, 2, T0.replace(tzinfo=None))
    assert [e.level for e in due_escalations([naive], at(16), DEFAULT)] == [1]
    assert [e.level for e in due_escalations([AlertState(1, 2, T0)], at(16).replace(tzinfo=None),
                                             DEFAULT)] == [1]


def test_pages_reach_the_deputy_then_the_headteacher_through_the_rota():
    school = SchoolConfig.model_validate({
        "id": "oakfield", "name": "Oakfield Primary School",
        "accounts": [{"id": "oakfield-fb", "platform": "facebook", "page_id": "1"}],
        "moderators": [
            {"name": "Hannah Reed", "role": "moderator", "email": "h.reed@example.com"},
            {"name": "Sarah Whitfield", "role": "dsl", "email": "s.whitfield@example.com"},
            {"name": "David Lin", "role": "deputy_dsl", "email": "d.lin@example.com"},
            {"name": "Margaret Evans", "role": "headteacher", "email": "head@example.com"},
        ],
    })
    due = due_escalations([AlertState(1, 2, T0)], at(45), school.policy.escalation)
    first = [recipients(school, e.kind, date(2026, 11, 23)).people[0].name for e in due]
    assert first == ["David Lin", "Margaret Evans"]
