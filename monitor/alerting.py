"""Who gets told what, when: the alert step of the worker.

Pure rendering lives in :mod:`monitor.alerts.render`, delivery in one notifier module per
channel, the rota in :mod:`monitor.rota` and escalation timing in
:mod:`monitor.escalation`. This module joins them to the store: each delivery has an
``alerts`` row with a unique key (comment, kind, channel, person), claimed before sending,
so a redelivered message never sends the same alert twice.

Each person gets their own message, because the acknowledge/restore/confirm links in it
are signed for that person: the audit trail then records who did what.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import select, update

from monitor import metrics
from monitor.domain import AuditEvent
from monitor.errors import AlertDeliveryError
from monitor.store import AlertRow, CommentRow

__all__ = ["alert_for_comment", "alert_it", "escalate", "flush_grouped"]

log = logging.getLogger(__name__)


def _person_id(person) -> str:
    return person.email or person.slack or person.name


def _links(rt, person, comment_id: int, alert_id: int | None, *, can_restore: bool,
           can_confirm: bool) -> dict[str, str]:
    from monitor.links import action_url, make_token

    expires = rt.clock() + timedelta(hours=rt.config.web.link_ttl_h)
    actor = f"{person.name} <{_person_id(person)}>"
    base = rt.config.web.base_url
    out: dict[str, str] = {}
    if alert_id is not None:
        out["acknowledge"] = action_url(base, make_token(rt.signing_key, action="acknowledge",
                                                         target=f"alert:{alert_id}", actor=actor,
                                                         expires_at=expires))
    if can_restore:
        out["restore"] = action_url(base, make_token(rt.signing_key, action="restore",
                                                     target=f"comment:{comment_id}", actor=actor,
                                                     expires_at=expires))
    if can_confirm:
        out["confirm"] = action_url(base, make_token(rt.signing_key, action="confirm",
                                                     target=f"comment:{comment_id}", actor=actor,
                                                     expires_at=expires))
    return out


def _channels(person, notifiers) -> list[str]:
    out = []
    if person.email and "email" in notifiers:
        out.append("email")
    if person.slack and "slack" in notifiers:
        out.append("slack")
    if person.teams and "teams" in notifiers:
        out.append("teams")
    return out


def _deliver(rt, *, key: str, school_id: str, comment_id: int | None, kind: str, channel: str,
             person, build_message) -> bool:
    """Claim, build, send and record one delivery. Returns True if it was sent now."""
    store = rt.store
    row, _created = store.claim_alert(key, school_id=school_id, comment_id=comment_id, kind=kind,
                                      channel=channel, recipients=[_person_id(person)], subject="",
                                      created_at=rt.clock())
    if row.status == "sent":
        return False
    message = build_message(row.id)
    with store.session() as s:
        s.execute(update(AlertRow).where(AlertRow.key == key).values(subject=message.subject[:500]))
    notifier = rt.notifiers(school_id)[channel]
    try:
        notifier.send(message, [person])
    except AlertDeliveryError as exc:
        metrics.ALERTS.labels(channel, "failed").inc()
        store.finish_alert(key, "failed", rt.clock(), error=str(exc))
        store.append_audit(f"alert_failed:{key}:{row.attempts + 1}", AuditEvent.ALERT_FAILED.value, rt.clock(),
                           school_id=school_id, comment_id=comment_id,
                           data={"key": key, "channel": channel, "error": str(exc)})
        raise
    now = rt.clock()
    store.finish_alert(key, "sent", now)
    metrics.ALERTS.labels(channel, "sent").inc()
    store.append_audit(f"alert_sent:{key}", AuditEvent.ALERT_SENT.value, now, school_id=school_id,
                       comment_id=comment_id,
                       data={"key": key, "kind": kind, "channel": channel, "to": person.name,
                             "role": person.role, "subject": message.subject})
    return True


def _verdict_dict(store, comment_id: int) -> dict:
    v = store.get_verdict(comment_id)
    return {"labels": v.labels, "scores": v.scores, "explanations": v.explanations,
            "needs_review": v.needs_review} if v else {"labels": [], "scores": {}, "explanations": {}}


def _decision_dict(store, comment_id: int) -> dict:
    d = store.get_decision(comment_id)
    return {"intention": d.intention, "labels": d.labels, "review_labels": d.review_labels,
            "alert": d.alert, "reasons": d.reasons, "observe": d.observe, **(d.detail or {})}


def alert_kind(decision: dict) -> str:
    """urgent | immediate | grouped | none for one decided comment."""
    if decision["alert"] in ("urgent", "immediate", "grouped"):
        return decision["alert"]
    return "immediate" if decision["review_labels"] else "none"


def alert_for_comment(rt, comment_id: int, outcome: str) -> int:
    """Send the alerts one decided comment calls for; returns how many were sent now."""
    from monitor.alerts.render import build_comment_alert
    from monitor.rota import recipients

    store = rt.store
    comment = store.get_comment(comment_id)
    school, account = rt.account(comment.account_id)
    decision = _decision_dict(store, comment_id)
    kind = alert_kind(decision)
    final = "review" if decision["intention"] in ("none", "flag") and decision["review_labels"] else "done"
    if kind == "none":
        store.set_comment_status(comment_id, final)
        return 0
    if kind == "grouped":
        # Collected now, sent by flush_grouped once the school's window closes.
        store.claim_alert(f"c{comment_id}:grouped", school_id=school.id, comment_id=comment_id, kind="grouped_item",
                          channel="group", recipients=[], subject=outcome[:500], created_at=rt.clock(),
                          detail={"outcome": outcome})
        store.set_comment_status(comment_id, final)
        return 0
    verdict = _verdict_dict(store, comment_id)
    labels = tuple(decision["labels"]) or tuple(decision["review_labels"])
    rota = recipients(school, kind, rt.clock().date(), labels=labels)
    for warning in rota.warnings:
        log.warning("rota for %s: %s", school.id, warning)
    notifiers = rt.notifiers(school.id)
    connector = rt.connector(comment.account_id)
    from connectors.base import Capability

    acted = any(a.status == "done" and a.kind in ("hide", "hold") for a in store.actions_for(comment_id))
    can_restore = acted and Capability.RESTORE in connector.capabilities
    can_confirm = acted and Capability.REMOVE in connector.capabilities and "safeguarding" not in labels
    sent = 0
    for person in rota.people:
        for channel in _channels(person, notifiers):
            key = f"c{comment_id}:{kind}:{channel}:{_person_id(person)}"

            def build(alert_id, person=person):
                return build_comment_alert(
                    school=school, account=account, comment=comment, verdict=verdict, decision=decision,
                    outcome=outcome,
                    links=_links(rt, person, comment_id, alert_id, can_restore=can_restore,
                                 can_confirm=can_confirm) | ({"view": comment.permalink} if comment.permalink else {}),
                )

            sent += _deliver(rt, key=key, school_id=school.id, comment_id=comment_id, kind=kind,
                             channel=channel, person=person, build_message=build)
    store.set_comment_status(comment_id, final)
    return sent


def flush_grouped(rt, school_id: str, *, force: bool = False) -> int:
    """Send one grouped (spam/commercial) alert per closed window; returns messages sent."""
    from monitor.alerts.render import build_grouped_alert
    from monitor.rota import recipients

    store = rt.store
    school = rt.school(school_id)
    interval = timedelta(minutes=school.policy.grouped_alert_interval_min)
    now = rt.clock()
    with store.session() as s:
        pending = list(s.scalars(select(AlertRow).where(AlertRow.school_id == school_id,
                                                        AlertRow.kind == "grouped_item",
                                                        AlertRow.status == "pending").order_by(AlertRow.id)))
    windows: dict[datetime, list[AlertRow]] = {}
    epoch = datetime(2000, 1, 1, tzinfo=now.tzinfo)
    for item in pending:
        start = epoch + ((item.created_at - epoch) // interval) * interval
        if force or start + interval <= now:
            windows.setdefault(start, []).append(item)
    sent = 0
    notifiers = rt.notifiers(school_id)
    for start, items in sorted(windows.items()):
        entries = []
        for item in items:
            comment = store.get_comment(item.comment_id)
            _, account = rt.account(comment.account_id)
            entries.append((account, comment, _verdict_dict(store, comment.id), _decision_dict(store, comment.id),
                            (item.detail or {}).get("outcome", "")))
        rota = recipients(school, "grouped", now.date(), labels=("spam", "commercial"))
        window_key = start.strftime("%Y%m%dT%H%M")
        for person in rota.people:
            for channel in _channels(person, notifiers):
                key = f"grouped:{school_id}:{window_key}:{channel}:{_person_id(person)}"
                sent += _deliver(
                    rt, key=key, school_id=school_id, comment_id=None, kind="grouped", channel=channel,
                    person=person,
                    build_message=lambda alert_id: build_grouped_alert(
                        school=school, items=entries, window_start=start, window_end=start + interval,
                        links={}),
                )
        with store.session() as s:
            s.execute(update(AlertRow).where(AlertRow.id.in_([i.id for i in items]))
                      .values(status="sent", sent_at=rt.clock()))
    return sent


def alert_it(rt, school, account, episode: str, problem: str, detail: str) -> int:
    """Tell IT (and moderators, so someone present hears) once per problem episode."""
    from monitor.alerts.render import build_it_alert
    from monitor.rota import recipients

    rota = recipients(school, "it", rt.clock().date())
    notifiers = rt.notifiers(school.id)
    sent = 0
    for person in rota.people:
        for channel in _channels(person, notifiers):
            key = f"it:{account.id}:{episode}:{channel}:{_person_id(person)}"
            sent += _deliver(rt, key=key, school_id=school.id, comment_id=None, kind="it", channel=channel,
                             person=person,
                             build_message=lambda alert_id: build_it_alert(school=school, account=account,
                                                                           problem=problem, detail=detail))
    return sent


def escalate(rt, school_id: str) -> int:
    """Page the deputy DSL, then the headteacher, for unacknowledged safeguarding alerts."""
    from monitor.alerts.render import build_comment_alert
    from monitor.escalation import AlertState, due_escalations
    from monitor.rota import recipients

    store = rt.store
    school = rt.school(school_id)
    now = rt.clock()
    with store.session() as s:
        rows = list(s.scalars(select(AlertRow).where(AlertRow.school_id == school_id,
                                                     AlertRow.kind.in_(("urgent", "escalation")),
                                                     AlertRow.comment_id.is_not(None))))
    by_comment: dict[int, list[AlertRow]] = {}
    for row in rows:
        by_comment.setdefault(row.comment_id, []).append(row)
    states = []
    for comment_id, alerts in by_comment.items():
        first = min(a.created_at for a in alerts if a.kind == "urgent") if any(a.kind == "urgent" for a in alerts) else None
        if first is None:
            continue
        acked = [a.acknowledged_at for a in alerts if a.acknowledged_at is not None]
        level = max([int((a.detail or {}).get("level", 0)) for a in alerts if a.kind == "escalation"] or [0])
        states.append(AlertState(alert_id=min(a.id for a in alerts), comment_id=comment_id, created_at=first,
                                 acknowledged_at=min(acked) if acked else None, escalation_level=level))
    sent = 0
    for esc in due_escalations(states, now, school.policy.escalation):
        comment = store.get_comment(esc.comment_id)
        _, account = rt.account(comment.account_id)
        rota = recipients(school, esc.kind, now.date())
        decision = _decision_dict(store, comment.id)
        verdict = _verdict_dict(store, comment.id)
        who = "deputy DSL" if esc.level == 1 else "headteacher"
        notifiers = rt.notifiers(school_id)
        for person in rota.people:
            for channel in _channels(person, notifiers):
                key = f"c{comment.id}:escalation{esc.level}:{channel}:{_person_id(person)}"

                def build(alert_id, person=person):
                    return build_comment_alert(
                        school=school, account=account, comment=comment, verdict=verdict, decision=decision,
                        outcome=f"ESCALATED to the {who}: the safeguarding alert has not been acknowledged.",
                        links=_links(rt, person, comment.id, alert_id, can_restore=False, can_confirm=False),
                    )

                sent += _deliver(rt, key=key, school_id=school_id, comment_id=comment.id, kind="escalation",
                                 channel=channel, person=person, build_message=build)
                with store.session() as s:
                    s.execute(update(AlertRow).where(AlertRow.key == key).values(detail={"level": esc.level}))
        store.append_audit(f"escalated:{comment.id}:{esc.level}", AuditEvent.ESCALATED.value, now,
                           school_id=school_id, comment_id=comment.id,
                           data={"level": esc.level, "to": who})
    return sent


def today_in(school, now: datetime) -> date:
    from zoneinfo import ZoneInfo

    return now.astimezone(ZoneInfo(school.timezone)).date()


def open_review_comments(rt, school_id: str) -> list[CommentRow]:
    with rt.store.session() as s:
        return list(s.scalars(select(CommentRow).where(CommentRow.school_id == school_id,
                                                       CommentRow.status == "review")))
