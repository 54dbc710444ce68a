"""Who gets told what, when: the alert step of the worker.

Pure rendering lives in :mod:`monitor.alerts.render`, delivery in one notifier module per
channel, the rota in :mod:`monitor.rota` and escalation timing in
:mod:`monitor.escalation`. This module joins them to the store.

Every delivery (one message, one channel, one person) has an ``alerts`` row with a unique
key. Before sending, the row is *taken*: a conditional update moves it from ``pending``
or ``failed`` to ``sending``, so a redelivered or concurrent message finds it taken or
``sent`` and sends nothing. A row left ``sending`` by a crashed worker can be taken again
after :data:`SENDING_LEASE_S`. The e-mail Message-ID is derived from the delivery key, so
the rare resend after such a crash is recognisable as the same alert.

Each person gets their own message, because the acknowledge/restore/confirm links in it
are signed for that person: the audit trail then records who did what. One failing
delivery does not hold back the others: every recipient is tried, each failure is
recorded (row ``failed`` plus an ``alert_failed`` audit event), and then
:class:`~monitor.errors.AlertDeliveryError` is raised so the actor retries with backoff;
the retry sends only what is still missing. The platform action was taken before this
step runs, so a failing mail server never holds up moderation.

Grouped (spam, commercial) comments are collected as ``grouped_item`` rows. When their
window closes, :func:`flush_grouped` first assigns the waiting items to a batch (status
``batched``, the batch key in ``detail``) and only then sends the batch, so an item that
arrives late is never swallowed by a message that was already sent, and a retried batch
always carries the same items. Items end as ``included``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select, update

from monitor import metrics
from monitor.domain import AuditEvent
from monitor.errors import AlertDeliveryError, redact
from monitor.store import AlertRow, AuditRow, CommentRow

__all__ = ["alert_for_comment", "alert_it", "escalate", "flush_grouped"]

log = logging.getLogger(__name__)

#: How long a delivery may stay ``sending`` before another worker may take it over
#: (far longer than any SMTP or webhook timeout).
SENDING_LEASE_S = 600.0

_ESCALATION_LEVELS = {1: ("deputy_dsl", "deputy DSL"), 2: ("headteacher", "headteacher")}


def _person_id(person) -> str:
    return person.email or person.slack or person.name


def _actor(person) -> str:
    return f"{person.name} <{_person_id(person)}>"


def today_in(school, now: datetime) -> date:
    """The school's local date: absences are written in the school's own days."""
    from zoneinfo import ZoneInfo

    return now.astimezone(ZoneInfo(school.timezone)).date()


def _capabilities(account) -> frozenset:
    # The class declares them; building a connector would need working credentials, and
    # an alert must still go out when the account's token has just died.
    from connectors import connector_class

    return frozenset(connector_class(account.platform).capabilities)


def _link_urls(rt, person, *, alert_id: int | None = None, comment_id: int | None = None,
               can_restore: bool = False, can_confirm: bool = False) -> dict[str, str]:
    from monitor.links import action_url, make_token

    expires = rt.clock() + timedelta(hours=rt.config.web.link_ttl_h)
    base = rt.config.web.base_url
    wanted = []
    if alert_id is not None:
        wanted.append(("acknowledge", f"alert:{alert_id}"))
    if comment_id is not None and can_restore:
        wanted.append(("restore", f"comment:{comment_id}"))
    if comment_id is not None and can_confirm:
        wanted.append(("confirm", f"comment:{comment_id}"))
    return {action: action_url(base, make_token(rt.signing_key, action=action, target=target,
                                                actor=_actor(person), expires_at=expires))
            for action, target in wanted}


def _undo_links_allowed(store, comment_id: int, account, labels) -> tuple[bool, bool]:
    """(restore, confirm) links make sense once the comment was really hidden or held."""
    from connectors.base import Capability

    caps = _capabilities(account)
    acted = any(a.status == "done" and a.kind in ("hide", "hold") for a in store.actions_for(comment_id))
    can_restore = acted and Capability.RESTORE in caps
    # Safeguarding material is evidence: removal is the DSL's decision, not a click.
    can_confirm = acted and Capability.REMOVE in caps and "safeguarding" not in labels
    return can_restore, can_confirm


def _channels(person, notifiers) -> list[str]:
    out = []
    if person.email and "email" in notifiers:
        out.append("email")
    if person.slack and "slack" in notifiers:
        out.append("slack")
    if person.teams and "teams" in notifiers:
        out.append("teams")
    return out


def _targets(school, people, notifiers):
    """(recipient, channel) pairs: each person on their own channels, and a shared channel
    (a Teams or Slack webhook that everyone reads) once, addressed to the channel itself so
    that its action links are not signed in one person's name."""
    from monitor.config import ModeratorConfig

    shared_done: set[str] = set()
    for person in people:
        for channel in _channels(person, notifiers):
            if not getattr(notifiers[channel], "shared", False):
                yield person, channel
            elif channel not in shared_done:
                shared_done.add(channel)
                room = ModeratorConfig(name=f"{school.name} {channel.capitalize()} channel", role="moderator",
                                       slack=person.slack if channel == "slack" else None,
                                       teams=channel == "teams")
                yield room, channel


def _take(store, key: str, now: datetime) -> str:
    """Mark a delivery row as being sent by this worker: 'taken', 'sent' or 'busy'."""
    stale = now - timedelta(seconds=SENDING_LEASE_S)
    with store.session() as s:
        # While a row is "sending", sent_at holds when the attempt started (the lease).
        taken = s.execute(
            update(AlertRow)
            .where(AlertRow.key == key,
                   or_(AlertRow.status.in_(("pending", "failed")),
                       and_(AlertRow.status == "sending", AlertRow.sent_at < stale)))
            .values(status="sending", sent_at=now)
        ).rowcount
        if taken:
            return "taken"
        status = s.scalar(select(AlertRow.status).where(AlertRow.key == key))
    return "sent" if status == "sent" else "busy"


def _deliver(rt, *, key: str, school_id: str, comment_id: int | None, kind: str, channel: str,
             person, build_message: Callable, detail: dict | None = None) -> str:
    """Claim, build, send and record one delivery.

    Returns "sent" (now), "done" (sent before) or "busy" (another worker is sending it).
    """
    store = rt.store
    row, _created = store.claim_alert(key, school_id=school_id, comment_id=comment_id, kind=kind,
                                      channel=channel, recipients=[_person_id(person)], subject="",
                                      created_at=rt.clock(), detail=dict(detail or {}))
    if row.status == "sent":
        if not store.has_audit(f"alert_sent:{key}"):
            # A worker died between recording the delivery and auditing it: audit it now.
            store.append_audit(f"alert_sent:{key}", AuditEvent.ALERT_SENT.value, row.sent_at or rt.clock(),
                               school_id=school_id, comment_id=comment_id,
                               data={"key": key, "kind": kind, "channel": channel, "to": person.name,
                                     "role": person.role, "subject": row.subject})
        return "done"
    state = _take(store, key, rt.clock())
    if state != "taken":
        log.debug("alert %s is %s: not sent again", key, state)
        return "done" if state == "sent" else "busy"
    try:
        # The Message-ID follows the delivery key: one id per person and event.
        message = dataclasses.replace(build_message(row.id), key=key)
        with store.session() as s:
            s.execute(update(AlertRow).where(AlertRow.key == key).values(subject=message.subject[:500]))
        rt.notifiers(school_id)[channel].send(message, [person])
    except Exception as exc:
        error = str(exc) if isinstance(exc, AlertDeliveryError) else f"{type(exc).__name__}: {exc}"
        error = redact(error)[:1000]
        metrics.ALERTS.labels(channel, "failed").inc()
        store.finish_alert(key, "failed", rt.clock(), error=error)
        store.append_audit(f"alert_failed:{key}:{row.attempts + 1}", AuditEvent.ALERT_FAILED.value, rt.clock(),
                           school_id=school_id, comment_id=comment_id,
                           data={"key": key, "kind": kind, "channel": channel, "to": person.name,
                                 "role": person.role, "error": error})
        raise
    now = rt.clock()
    store.finish_alert(key, "sent", now)
    metrics.ALERTS.labels(channel, "sent").inc()
    store.append_audit(f"alert_sent:{key}", AuditEvent.ALERT_SENT.value, now, school_id=school_id,
                       comment_id=comment_id,
                       data={"key": key, "kind": kind, "channel": channel, "to": person.name,
                             "role": person.role, "subject": message.subject})
    return "sent"


class _Deliveries:
    """Runs deliveries for several people, keeps going past failures, raises at the end."""

    def __init__(self) -> None:
        self.sent = 0
        self.busy = 0
        self.attempted = 0
        self.failures: list[AlertDeliveryError] = []

    def run(self, rt, **kwargs) -> None:
        self.attempted += 1
        try:
            state = _deliver(rt, **kwargs)
        except AlertDeliveryError as exc:
            self.failures.append(exc)
            return
        self.sent += state == "sent"
        self.busy += state == "busy"

    def raise_failures(self, what: str) -> None:
        if self.failures:
            first = self.failures[0]
            raise AlertDeliveryError(
                f"{len(self.failures)} of {self.attempted} deliveries of {what} failed; first: {first}",
                channel=first.channel) from first


def _log_rota(rt, school, rota) -> None:
    """Log the rota's warnings; when it could not reach two present people, tell IT
    (once per school and day), because policy wants two people keeping watch."""
    for warning in rota.warnings:
        log.warning("rota for %s: %s", school.id, warning)
    if getattr(rota, "short", False):
        try:
            _rota_notice(rt, school, rota.warnings)
        except AlertDeliveryError as exc:  # the comment's own alert matters more
            log.error("rota notice for %s not delivered: %s", school.id, exc)


def _rota_notice(rt, school, warnings: list[str]) -> int:
    from html import escape

    from monitor.alerts.render import AlertMessage
    from monitor.rota import recipients

    day = today_in(school, rt.clock())
    subject = f"[IT action needed] {school.name}: fewer than two moderators can be reached"
    text = (f"{subject}\n\nAlerts for {school.name} on {day:%A %d %B %Y} reached fewer than two present people. "
            "School policy wants at least two people keeping watch. Check the moderators and their absence "
            "dates in the config file.\n\n" + "\n".join(f"- {w}" for w in warnings))
    html = (f"<p><strong>{escape(subject)}</strong></p><p>Alerts for {escape(school.name)} on {day:%A %d %B %Y} "
            "reached fewer than two present people. School policy wants at least two people keeping watch. Check "
            "the moderators and their absence dates in the config file.</p><ul>"
            + "".join(f"<li>{escape(w)}</li>" for w in warnings) + "</ul>")
    deliveries = _Deliveries()
    it_rota = recipients(school, "it", day)
    notifiers = rt.notifiers(school.id)
    for person, channel in _targets(school, it_rota.people, notifiers):
        key = f"rota:{school.id}:{day.isoformat()}:{channel}:{_person_id(person)}"
        deliveries.run(rt, key=key, school_id=school.id, comment_id=None, kind="it", channel=channel, person=person,
                       build_message=lambda alert_id, key=key: AlertMessage(
                           subject=subject, text=text, html=html, severity="it", key=key))
    deliveries.raise_failures(f"the rota notice for {school.id}")
    return deliveries.sent


def _verdict_dict(store, comment_id: int) -> dict:
    v = store.get_verdict(comment_id)
    return {"labels": v.labels, "scores": v.scores, "explanations": v.explanations,
            "needs_review": v.needs_review} if v else {"labels": [], "scores": {}, "explanations": {}}


def _decision_dict(store, comment_id: int) -> dict:
    d = store.get_decision(comment_id)
    return {"intention": d.intention, "labels": d.labels, "review_labels": d.review_labels,
            "alert": d.alert, "reasons": d.reasons, "observe": d.observe, **(d.detail or {})}


def _stored_outcome(comment, verdict: dict, outcome: str) -> str:
    """The outcome sentence as alert rows keep it: masked like the alert text itself.

    Outcomes can quote a platform's error message, which can quote the comment; rows are
    exported in evidence packs and shown on the web page, so they never hold it unmasked.
    """
    import re

    from monitor.mask import mask_text

    text = redact(outcome)
    for item in (verdict.get("explanations") or {}).get("personal_info", []) or []:
        span = (item or {}).get("span")
        if comment.text and span and span[0] is not None and span[1] is not None:
            fragment = comment.text[int(span[0]):int(span[1])].strip()
            if len(fragment) >= 3:
                text = re.sub(rf"(?<!\w){re.escape(fragment)}(?!\w)", "[personal info]", text, flags=re.I)
    return mask_text(text, max_chars=500)


def alert_kind(decision: dict) -> str:
    """urgent | immediate | grouped | none for one decided comment."""
    if decision["alert"] in ("urgent", "immediate", "grouped"):
        return decision["alert"]
    return "immediate" if decision["review_labels"] else "none"


def alert_for_comment(rt, comment_id: int, outcome: str) -> int:
    """Send the alerts one decided comment calls for; returns how many were sent now.

    Raises AlertDeliveryError (after recording it) when any delivery failed; calling it
    again sends only the deliveries still missing.
    """
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
    verdict = _verdict_dict(store, comment_id)
    kept = _stored_outcome(comment, verdict, outcome)
    if kind == "grouped":
        # Collected now, sent by flush_grouped once the school's window closes.
        store.claim_alert(f"c{comment_id}:grouped", school_id=school.id, comment_id=comment_id, kind="grouped_item",
                          channel="group", recipients=[], subject=kept, created_at=rt.clock(),
                          detail={"outcome": kept})
        store.set_comment_status(comment_id, final)
        return 0
    labels = tuple(decision["labels"]) or tuple(decision["review_labels"])
    rota = recipients(school, kind, today_in(school, rt.clock()), labels=labels)
    _log_rota(rt, school, rota)
    notifiers = rt.notifiers(school.id)
    can_restore, can_confirm = _undo_links_allowed(store, comment_id, account, labels)
    view = {"view": comment.permalink} if comment.permalink else {}
    deliveries = _Deliveries()
    for person, channel in _targets(school, rota.people, notifiers):
        def build(alert_id, person=person):
            return build_comment_alert(
                school=school, account=account, comment=comment, verdict=verdict, decision=decision,
                outcome=outcome,
                links=_link_urls(rt, person, alert_id=alert_id, comment_id=comment_id,
                                 can_restore=can_restore, can_confirm=can_confirm) | view,
            )

        # The outcome is kept with the page so an escalation can repeat what was done.
        deliveries.run(rt, key=f"c{comment_id}:{kind}:{channel}:{_person_id(person)}", school_id=school.id,
                       comment_id=comment_id, kind=kind, channel=channel, person=person,
                       build_message=build, detail={"outcome": kept})
    deliveries.raise_failures(f"the {kind} alert for comment {comment_id}")
    if not deliveries.busy:
        # A delivery another worker is still sending keeps the comment unfinished, so the
        # sweep comes back to it should that worker have died.
        store.set_comment_status(comment_id, final)
    return deliveries.sent


def _window_start(created: datetime, interval: timedelta) -> datetime:
    epoch = datetime(2000, 1, 1, tzinfo=created.tzinfo)
    return epoch + ((created - epoch) // interval) * interval


def _batch_pending_items(store, school_id: str, interval: timedelta, now: datetime, force: bool) -> None:
    """Assign the grouped items of every closed window (all windows if ``force``) to a batch."""
    with store.session() as s:
        pending = list(s.scalars(select(AlertRow).where(AlertRow.school_id == school_id,
                                                        AlertRow.kind == "grouped_item",
                                                        AlertRow.status == "pending").order_by(AlertRow.id)))
    windows: dict[datetime, list[AlertRow]] = {}
    for item in pending:
        start = _window_start(item.created_at, interval)
        if force or start + interval <= now:
            windows.setdefault(start, []).append(item)
    for start, items in windows.items():
        # The lowest item id makes the batch key unique: an item joins one batch only.
        batch = f"{start:%Y%m%dT%H%M}:{items[0].id}"
        for item in items:
            with store.session() as s:
                # Conditional, so two concurrent flushes never put one item in two batches.
                s.execute(update(AlertRow).where(AlertRow.id == item.id, AlertRow.status == "pending")
                          .values(status="batched",
                                  detail={**(item.detail or {}), "batch": batch,
                                          "window_start": start.isoformat(),
                                          "window_end": (start + interval).isoformat()}))


def flush_grouped(rt, school_id: str, *, force: bool = False) -> int:
    """Send one grouped (spam/commercial) alert per closed window; returns messages sent.

    ``force`` also sends the window still open (the demo and tests use it).
    """
    from monitor.alerts.render import build_grouped_alert
    from monitor.rota import recipients

    store = rt.store
    school = rt.school(school_id)
    interval = timedelta(minutes=school.policy.grouped_alert_interval_min)
    now = rt.clock()
    _batch_pending_items(store, school_id, interval, now, force)
    with store.session() as s:
        batched = list(s.scalars(select(AlertRow).where(AlertRow.school_id == school_id,
                                                        AlertRow.kind == "grouped_item",
                                                        AlertRow.status == "batched").order_by(AlertRow.id)))
    batches: dict[str, list[AlertRow]] = {}
    for item in batched:
        batches.setdefault((item.detail or {})["batch"], []).append(item)
    notifiers = rt.notifiers(school_id)
    deliveries = _Deliveries()
    for batch, items in sorted(batches.items()):
        start = datetime.fromisoformat(items[0].detail["window_start"])
        end = datetime.fromisoformat(items[0].detail["window_end"])
        entries, undo = [], {}
        for item in items:
            comment = store.get_comment(item.comment_id)
            _, account = rt.account(comment.account_id)
            decision = _decision_dict(store, comment.id)
            entries.append((account, comment, _verdict_dict(store, comment.id), decision,
                            (item.detail or {}).get("outcome", "")))
            undo[comment.id] = _undo_links_allowed(store, comment.id, account, decision["labels"])
        rota = recipients(school, "grouped", today_in(school, now), labels=("spam", "commercial"))
        _log_rota(rt, school, rota)
        before = (len(deliveries.failures), deliveries.busy)
        for person, channel in _targets(school, rota.people, notifiers):
            def build(alert_id, person=person, entries=entries, undo=undo, start=start, end=end):
                links: dict = {cid: _link_urls(rt, person, comment_id=cid, can_restore=r, can_confirm=c)
                               for cid, (r, c) in undo.items()}
                links.update(_link_urls(rt, person, alert_id=alert_id))
                return build_grouped_alert(school=school, items=entries, window_start=start,
                                           window_end=end, links=links)

            deliveries.run(rt, key=f"grouped:{school_id}:{batch}:{channel}:{_person_id(person)}",
                           school_id=school_id, comment_id=None, kind="grouped", channel=channel,
                           person=person, build_message=build,
                           detail={"batch": batch, "comment_ids": [i.comment_id for i in items]})
        if (len(deliveries.failures), deliveries.busy) == before:
            with store.session() as s:
                s.execute(update(AlertRow).where(AlertRow.id.in_([i.id for i in items]),
                                                 AlertRow.status == "batched")
                          .values(status="included", sent_at=rt.clock()))
    deliveries.raise_failures(f"grouped alerts for {school_id}")
    return deliveries.sent


def alert_it(rt, school, account, episode: str, problem: str, detail: str) -> int:
    """Tell IT (and moderators, so someone present hears) once per problem episode."""
    from monitor.alerts.render import build_it_alert
    from monitor.rota import recipients

    rota = recipients(school, "it", today_in(school, rt.clock()))
    _log_rota(rt, school, rota)
    notifiers = rt.notifiers(school.id)
    deliveries = _Deliveries()
    for person, channel in _targets(school, rota.people, notifiers):
        deliveries.run(rt, key=f"it:{account.id}:{episode}:{channel}:{_person_id(person)}", school_id=school.id,
                       comment_id=None, kind="it", channel=channel, person=person,
                       build_message=lambda alert_id: build_it_alert(school=school, account=account,
                                                                     problem=problem, detail=detail),
                       detail={"episode": episode, "account_id": account.id})
    deliveries.raise_failures(f"the IT alert for {account.id}")
    return deliveries.sent


def _escalation_states(store, school_id: str):
    """What due_escalations needs per safeguarding comment, and the first page's outcome.

    A level counts as reached only once its ``escalated`` audit event exists, which is
    written after every page of that level went out: a level whose pages failed, or whose
    page a worker died while sending, is tried again on the next run (pages already
    delivered are skipped by their keys).
    """
    from monitor.escalation import AlertState

    with store.session() as s:
        rows = list(s.scalars(select(AlertRow).where(AlertRow.school_id == school_id,
                                                     AlertRow.kind.in_(("urgent", "escalation")),
                                                     AlertRow.comment_id.is_not(None))))
        reached = s.execute(select(AuditRow.comment_id, AuditRow.data)
                            .where(AuditRow.event == AuditEvent.ESCALATED.value,
                                   AuditRow.school_id == school_id)).all()
    done: dict[int, set[int]] = {}
    for comment_id, data in reached:
        done.setdefault(comment_id, set()).add(int((data or {}).get("level", 0)))
    levels: dict[int, int] = {}
    for comment_id, marks in done.items():
        level = 0
        while level + 1 in marks:  # a failed lower level keeps being retried
            level += 1
        levels[comment_id] = level
    by_comment: dict[int, list[AlertRow]] = {}
    for row in rows:
        by_comment.setdefault(row.comment_id, []).append(row)
    states, outcomes = [], {}
    for comment_id, alerts in by_comment.items():
        urgent = [a for a in alerts if a.kind == "urgent"]
        if not urgent:
            continue
        acked = [a.acknowledged_at for a in alerts if a.acknowledged_at is not None]
        states.append(AlertState(alert_id=min(a.id for a in urgent), comment_id=comment_id,
                                 created_at=min(a.created_at for a in urgent),
                                 acknowledged_at=min(acked) if acked else None,
                                 escalation_level=levels.get(comment_id, 0)))
        outcomes[comment_id] = next(((a.detail or {}).get("outcome") for a in urgent
                                     if (a.detail or {}).get("outcome")), None)
    return states, outcomes


def escalate(rt, school_id: str) -> int:
    """Page the deputy DSL, then the headteacher, for unacknowledged safeguarding alerts.

    Each level is paged once; a worker that was down past both deadlines pages both
    levels on its next run. Returns how many messages were sent now.
    """
    from monitor.alerts.render import build_escalation_alert
    from monitor.escalation import due_escalations
    from monitor.rota import recipients

    store = rt.store
    school = rt.school(school_id)
    now = rt.clock()
    states, outcomes = _escalation_states(store, school_id)
    firsts = {s.comment_id: s.created_at for s in states}
    notifiers = rt.notifiers(school_id)
    deliveries = _Deliveries()
    for esc in due_escalations(states, now, school.policy.escalation):
        comment = store.get_comment(esc.comment_id)
        _, account = rt.account(comment.account_id)
        rota = recipients(school, esc.kind, today_in(school, now))
        _log_rota(rt, school, rota)
        decision = _decision_dict(store, comment.id)
        verdict = _verdict_dict(store, comment.id)
        level, who = _ESCALATION_LEVELS[esc.level]
        waited_min = max(0, int((now - firsts[comment.id]).total_seconds() // 60))
        outcome = outcomes.get(comment.id) or "See the first safeguarding alert for what was done."
        before = (len(deliveries.failures), deliveries.busy)
        for person, channel in _targets(school, rota.people, notifiers):
            def build(alert_id, person=person):
                return build_escalation_alert(
                    school=school, account=account, comment=comment, verdict=verdict, decision=decision,
                    outcome=outcome, links=_link_urls(rt, person, alert_id=alert_id),
                    level=level, unacknowledged_min=waited_min,
                )

            deliveries.run(rt, key=f"c{comment.id}:escalation{esc.level}:{channel}:{_person_id(person)}",
                           school_id=school_id, comment_id=comment.id, kind="escalation",
                           channel=channel, person=person, build_message=build,
                           detail={"level": esc.level})
        # A page another worker is still sending (or was sending when it died) keeps the
        # level open: the next run finds it again, and after the lease takes it over.
        if (len(deliveries.failures), deliveries.busy) == before:
            store.append_audit(f"escalated:{comment.id}:{esc.level}", AuditEvent.ESCALATED.value, now,
                               school_id=school_id, comment_id=comment.id,
                               data={"level": esc.level, "to": who, "people": [p.name for p in rota.people],
                                     "unacknowledged_min": waited_min})
    deliveries.raise_failures(f"escalations for {school_id}")
    return deliveries.sent


def open_review_comments(rt, school_id: str) -> list[CommentRow]:
    with rt.store.session() as s:
        return list(s.scalars(select(CommentRow).where(CommentRow.school_id == school_id,
                                                       CommentRow.status == "review")))
