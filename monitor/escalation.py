"""When an unacknowledged safeguarding page climbs to the next person.

A safeguarding verdict pages the DSL at once. If nobody acknowledges it, the deputy DSL
is paged after ``deputy_after_min`` (15 by default) and the headteacher after
``headteacher_after_min`` (30), both counted from the first page. Each level is paged
once; an acknowledgement at any point stops everything. If the worker was down past
both deadlines, both levels are due on the next run, so nobody is skipped.

:func:`due_escalations` is pure and takes the time as an argument: the scheduler calls
it every minute with the store's unacknowledged urgent alerts and the current time,
sends each page through the rota (kinds ``escalation_deputy`` and ``escalation_head``)
and records the level reached, which is what makes a second call a no-op.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from monitor.config import EscalationConfig

__all__ = ["AlertState", "Escalation", "due_escalations"]

_LEVELS = ((1, "escalation_deputy", "deputy_after_min"), (2, "escalation_head", "headteacher_after_min"))


@dataclass(frozen=True)
class AlertState:
    """What the scheduler knows about one urgent alert (one safeguarding comment)."""

    alert_id: int | str
    comment_id: int | None
    created_at: datetime  # when the DSL was first paged
    acknowledged_at: datetime | None = None
    escalation_level: int = 0  # 0 nobody yet, 1 deputy DSL paged, 2 headteacher paged


@dataclass(frozen=True)
class Escalation:
    """One page that is due now."""

    alert_id: int | str
    comment_id: int | None
    level: int  # 1 deputy DSL, 2 headteacher
    kind: str  # rota kind: "escalation_deputy" or "escalation_head"
    due_at: datetime


def _utc(value: datetime) -> datetime:
    # Some drivers hand back naive datetimes; the store writes UTC, so read them as UTC.
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def due_escalations(
    alerts: Iterable[AlertState], now: datetime, policy: EscalationConfig
) -> list[Escalation]:
    """Escalation pages due at ``now``, earliest first (deputy before headteacher)."""
    now = _utc(now)
    due: list[Escalation] = []
    for alert in alerts:
        if alert.acknowledged_at is not None:
            continue
        created = _utc(alert.created_at)
        for level, kind, setting in _LEVELS:
            if alert.escalation_level >= level:
                continue
            due_at = created + timedelta(minutes=getattr(policy, setting))
            if now >= due_at:
                due.append(Escalation(alert.alert_id, alert.comment_id, level, kind, due_at))
    due.sort(key=lambda e: (e.due_at, e.level))
    return due
