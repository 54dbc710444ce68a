"""Carrying decisions out on the platforms, safely and exactly once.

The policy speaks in intentions (hide, hold, remove, ban); each connector declares its
capabilities. :func:`plan_action` turns an intention into what the platform can really do
and says so when it had to degrade (remove on X becomes hide, hold on Facebook becomes
hide, a ban where bans are impossible becomes an alert asking a moderator to block).

Every platform call follows the same order, which is what makes redelivery harmless:

1. the evidence is already stored and hashed (``poll`` did that);
2. the intent is recorded (``actions`` row, unique key) and audited *before* the call;
3. the call is made; "gone" counts as success for hide and remove;
4. the outcome is recorded and audited.

A redelivered message finds the action row ``done`` and makes no second call.

This module also holds the human actions that the CLI and the signed links perform:
acknowledge an alert, restore a false positive, confirm a removal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from connectors import PLATFORM_NAMES
from connectors.base import Capability, StateReader
from monitor import metrics
from monitor.domain import AuditEvent, Intention
from monitor.errors import GoneError, MonitorError, PermanentError, RetryableError
from monitor.store import ActionRow, AlertRow, CommentRow

__all__ = [
    "ActionPlan",
    "acknowledge_alert",
    "apply_plan",
    "confirm_removal",
    "plan_action",
    "restore_comment",
]

log = logging.getLogger(__name__)



@dataclass
class ActionPlan:
    """What will actually be done for one decision on one platform."""

    comment_action: str | None  # "hide" | "hold" | "remove" | None
    ban: bool = False
    notes: list[str] = field(default_factory=list)  # degradations, said in audit and alert
    ask_moderator_to_block: bool = False

    def to_dict(self) -> dict:
        return {
            "comment_action": self.comment_action,
            "ban": self.ban,
            "notes": list(self.notes),
            "ask_moderator_to_block": self.ask_moderator_to_block,
        }


def plan_action(intention: Intention | str, platform: str, capabilities: frozenset[Capability]) -> ActionPlan:
    """Map a policy intention onto what ``platform`` can do (pure)."""
    intention = Intention(intention)
    name = PLATFORM_NAMES.get(platform, platform)
    caps = set(capabilities)

    def hide_like(preferred: str) -> tuple[str | None, list[str]]:
        order = {
            "hide": [Capability.HIDE, Capability.HOLD],
            "hold": [Capability.HOLD, Capability.HIDE],
            "remove": [Capability.REMOVE, Capability.HIDE, Capability.HOLD],
        }[preferred]
        for cap in order:
            if cap in caps:
                if cap.value == preferred:
                    return cap.value, []
                what = {"hide": "hiding", "hold": "holding for review", "remove": "removal"}[preferred]
                done = {"hide": "hidden", "hold": "held for review"}[cap.value]
                return cap.value, [f"{what.capitalize()} is not possible on {name}: {done} instead."]
        return None, [f"{name} offers no way to take this comment down: a moderator must act."]

    if intention in (Intention.NONE, Intention.FLAG):
        return ActionPlan(comment_action=None)
    if intention is Intention.BAN:
        # A ban also takes the comment down. On YouTube one call does both (banAuthor goes
        # with "rejected", which removes the comment), so there is no separate removal;
        # elsewhere the comment is hidden and the author blocked separately.
        if platform == "youtube" and Capability.BAN in caps:
            return ActionPlan(comment_action=None, ban=True,
                              notes=["On YouTube banning the author also removes this comment."])
        action, notes = hide_like("hide")
        if Capability.BAN in caps:
            return ActionPlan(comment_action=action, ban=True, notes=notes)
        notes.append(f"Blocking the author is not possible on {name} through its API: "
                     "please block them by hand.")
        return ActionPlan(comment_action=action, notes=notes, ask_moderator_to_block=True)
    action, notes = hide_like(intention.value)
    return ActionPlan(comment_action=action, notes=notes)


_STATE_AFTER = {"hide": "hidden", "hold": "held", "remove": "removed", "restore": "visible"}
_DONE_WORDS = {"hide": "Hidden", "hold": "Held for review", "remove": "Removed", "restore": "Restored"}


def _call(connector, kind: str, comment: CommentRow) -> None:
    if kind == "hide":
        connector.hide_comment(comment.external_id)
    elif kind == "hold":
        connector.hold_comment(comment.external_id)
    elif kind == "remove":
        connector.remove_comment(comment.external_id)
    elif kind == "restore":
        connector.restore_comment(comment.external_id)
    elif kind == "ban":
        if not comment.author_id:
            raise PermanentError("the comment has no author id to block", platform=comment.platform)
        connector.ban_author(comment.author_id, comment.external_id)
    else:  # pragma: no cover - guarded by plan_action
        raise ValueError(kind)


#: Platform states in which an action has nothing left to do.
_SETTLED = {"hide": {"hidden", "held", "removed"}, "hold": {"held", "hidden", "removed"},
            "remove": {"removed"}, "ban": {"removed"}, "restore": {"visible"}}


def _already_done(runtime, connector, comment: CommentRow, kind: str) -> bool:
    """After a takeover: did the dead worker's call reach the platform? (False if unknown.)

    A YouTube ban rides on rejecting the comment, so a rejected comment after an
    interrupted ban means that call was made. A connector without a way to read the state
    (X) is simply called again; its writes are idempotent on the platform."""
    if not isinstance(connector, StateReader) or kind not in _SETTLED:
        return False
    units_before, calls_before = getattr(connector, "units_used", 0), getattr(connector, "calls_made", 0)
    try:
        state = connector.moderation_state(comment.external_id)
    finally:
        units = getattr(connector, "units_used", 0) - units_before
        if units and comment.platform == "youtube":
            from monitor.quota import record_usage

            record_usage(runtime.store, "youtube", runtime.clock(), units=units,
                         calls=getattr(connector, "calls_made", 0) - calls_before)
    log.info("action %s on comment %s was interrupted; the platform says %s", kind, comment.id, state or "unknown")
    return state in _SETTLED[kind]


def perform(runtime, comment: CommentRow, kind: str, *, key: str, requested: str, actor: str = "worker") -> str:
    """Do one platform action exactly once for ``key``; return a sentence describing it.

    Raises :class:`monitor.errors.RetryableError` (to be retried by the caller) and
    :class:`PermanentError` (recorded as failed before raising).
    """
    store, now = runtime.store, runtime.clock()
    row = store.claim_action(key, comment_id=comment.id, account_id=comment.account_id, kind=kind,
                             requested=requested, now=now, actor=actor)
    name = PLATFORM_NAMES.get(comment.platform, comment.platform)
    if row.status in ("done", "skipped"):
        if row.status == "done" and not store.has_audit(f"action_done:{key}"):
            # A worker died between recording the action and auditing it: audit it now.
            event = AuditEvent.AUTHOR_BLOCKED if kind == "ban" else (
                AuditEvent.RESTORED if kind == "restore" else AuditEvent.ACTION_DONE)
            gone = (row.detail or "").startswith("The comment was already gone")
            store.append_audit(f"action_done:{key}", event.value, row.done_at or now, school_id=comment.school_id,
                               account_id=comment.account_id, comment_id=comment.id, actor=row.actor or actor,
                               data={"kind": kind, "response": "gone" if gone else "ok",
                                     "author_id": comment.author_id if kind == "ban" else None})
        return row.detail or f"{_DONE_WORDS.get(kind, kind)} on {name}"
    if row.status == "failed" and actor == "worker":
        # The platform refused this for good; a redelivered message must not ask again.
        # (A person retrying from a link or the CLI may: the situation may have changed.)
        raise PermanentError(row.detail or "the platform refused this action", platform=comment.platform,
                             account=comment.account_id)
    # Only one worker may be calling the platform for this key at any moment (a sweep can
    # re-send a message while the first delivery is still being worked on).
    taken = store.take_action(key, now, allow_failed=actor != "worker")
    if taken == "done":
        return perform(runtime, comment, kind, key=key, requested=requested, actor=actor)
    if taken == "failed":
        raise PermanentError(row.detail or "the platform refused this action", platform=comment.platform,
                             account=comment.account_id)
    if taken == "busy":
        raise RetryableError("another worker is carrying out this action now", platform=comment.platform,
                             account=comment.account_id)
    attempt = f":{row.attempts + 1}" if row.attempts else ""
    store.append_audit(f"action_requested:{key}{attempt}", AuditEvent.ACTION_REQUESTED.value, now,
                       school_id=comment.school_id, account_id=comment.account_id, comment_id=comment.id,
                       actor=actor, data={"kind": kind, "requested": requested, "key": key})
    connector = runtime.connector(comment.account_id)
    detail = f"{_DONE_WORDS.get(kind, kind)} on {name}" if kind != "ban" else f"Author blocked on {name}"
    try:
        if taken == "retaken" and _already_done(runtime, connector, comment, kind):
            # The worker that held this key died after the platform acted but before it
            # recorded so: record it now instead of acting a second time.
            response = "confirmed"
            detail += " (confirmed on the platform after an interrupted attempt)"
        else:
            _call(connector, kind, comment)
            response = "ok"
            if taken == "retaken":
                # Said in the record: on a platform with no way to ask first (X) the dead
                # worker's call may have landed too; the write is idempotent there.
                detail += " (sent again after an interrupted attempt)"
    except GoneError as exc:
        response = "gone"
        detail = f"The comment was already gone from {name}"
        log.info("comment %s already gone: %s", comment.id, exc)
    except RetryableError:
        if taken != "retaken":
            store.release_action(key)  # let the retry (or another worker) take it again
        # (after a takeover the outcome of the dead worker's call is still unknown: the
        # row keeps its lease, so whoever takes it next asks the platform again first)
        raise
    except PermanentError as exc:
        metrics.ACTIONS.labels(comment.platform, kind, "failed").inc()
        store.finish_action(key, "failed", runtime.clock(), detail=str(exc))
        store.append_audit(f"action_failed:{key}{attempt}", AuditEvent.ACTION_FAILED.value, runtime.clock(),
                           school_id=comment.school_id, account_id=comment.account_id,
                           comment_id=comment.id, actor=actor,
                           data={"kind": kind, "error": type(exc).__name__, "detail": str(exc)})
        raise
    done_at = runtime.clock()
    # Recorded first, before anything else, to keep the window in which a killed worker
    # leaves an action it really made looking unfinished as short as possible.
    store.finish_action(key, "done", done_at, detail=detail)
    if comment.platform == "youtube" and response != "confirmed":
        from monitor.quota import YOUTUBE_ACTION_UNITS, record_usage

        record_usage(store, "youtube", done_at, units=YOUTUBE_ACTION_UNITS, calls=1)
    metrics.ACTIONS.labels(comment.platform, kind, "done").inc()
    if actor == "worker" and kind in ("hide", "hold", "remove"):
        metrics.COMMENT_TO_ACTION.labels(comment.platform).observe(
            max(0.0, (done_at - comment.created_at).total_seconds()))
    if kind == "ban":
        event = AuditEvent.AUTHOR_BLOCKED.value
        if comment.platform == "youtube":  # banAuthor rejected the comment too
            store.set_comment_status(comment.id, comment.status, platform_state="removed")
    else:
        event = AuditEvent.RESTORED.value if kind == "restore" else AuditEvent.ACTION_DONE.value
        store.set_comment_status(comment.id, comment.status, platform_state="removed" if response == "gone"
                                 else _STATE_AFTER[kind])
    store.append_audit(f"action_done:{key}", event, done_at, school_id=comment.school_id,
                       account_id=comment.account_id, comment_id=comment.id, actor=actor,
                       data={"kind": kind, "response": response, "author_id": comment.author_id if kind == "ban" else None})
    return detail


def apply_plan(runtime, comment: CommentRow, plan: ActionPlan, *, observe: bool, requested: str) -> str:
    """Carry out ``plan`` for an automatic decision; return the outcome sentence."""
    name = PLATFORM_NAMES.get(comment.platform, comment.platform)
    if plan.comment_action is None and not plan.ban:
        return " ".join(plan.notes) or "No platform action."
    if observe:
        would = plan.comment_action or "ban"
        runtime.store.claim_action(f"auto:{comment.id}:{would}", comment_id=comment.id,
                                   account_id=comment.account_id, kind=would, requested=requested,
                                   now=runtime.clock())
        runtime.store.finish_action(f"auto:{comment.id}:{would}", "skipped", runtime.clock(),
                                    detail="observe mode")
        return f"Observe mode: no action taken on {name} (would have: {would})."
    sentences = []
    if plan.comment_action:
        sentences.append(perform(runtime, comment, plan.comment_action,
                                 key=f"auto:{comment.id}:{plan.comment_action}", requested=requested))
    if plan.ban:
        sentences.append(perform(runtime, comment, "ban", key=f"auto:{comment.id}:ban", requested=requested))
    return ". ".join(s.rstrip(".") for s in sentences + plan.notes) + "."


# ---------------------------------------------------------------- human actions


def _hide_actions(store, comment_id: int) -> list[ActionRow]:
    return [a for a in store.actions_for(comment_id) if a.kind in ("hide", "hold") and a.status == "done"]


def restore_comment(runtime, comment_id: int, actor: str) -> str:
    """Make a hidden or held comment visible again and record the false positive."""
    store = runtime.store
    comment = store.get_comment(comment_id)
    hides = _hide_actions(store, comment_id)
    # A removal is final, also when it followed a hide (a confirmed removal).
    removed = [a for a in store.actions_for(comment_id) if a.kind == "remove" and a.status == "done"]
    if removed:
        raise PermanentError("the comment was removed and cannot be restored", platform=comment.platform)
    if not hides:
        raise MonitorError("this comment was not hidden or held, so there is nothing to restore")
    connector = runtime.connector(comment.account_id)
    if Capability.RESTORE not in connector.capabilities:
        raise PermanentError("restoring is not possible on this platform", platform=comment.platform)
    last = hides[-1]
    sentence = perform(runtime, comment, "restore", key=f"restore:{comment_id}:{last.id}",
                       requested="restore", actor=actor)
    store.set_comment_status(comment_id, "restored")
    return f"{sentence}. Recorded as a false positive restored by {actor}."


def confirm_removal(runtime, comment_id: int, actor: str) -> str:
    """Turn a hide into a removal where the platform allows it."""
    store = runtime.store
    comment = store.get_comment(comment_id)
    connector = runtime.connector(comment.account_id)
    name = PLATFORM_NAMES.get(comment.platform, comment.platform)
    if Capability.REMOVE not in connector.capabilities:
        store.append_audit(f"confirmed:{comment_id}", AuditEvent.CONFIRMED.value, runtime.clock(),
                           school_id=comment.school_id, account_id=comment.account_id,
                           comment_id=comment_id, actor=actor,
                           data={"removed": False, "why": f"{name} does not allow removal; it stays hidden"})
        return f"Confirmed by {actor}. {name} does not allow removing other people's comments: it stays hidden."
    sentence = perform(runtime, comment, "remove", key=f"confirm:{comment_id}:remove",
                       requested="remove", actor=actor)
    store.append_audit(f"confirmed:{comment_id}", AuditEvent.CONFIRMED.value, runtime.clock(),
                       school_id=comment.school_id, account_id=comment.account_id,
                       comment_id=comment_id, actor=actor, data={"removed": True})
    store.set_comment_status(comment_id, "done")
    return f"{sentence}. Removal confirmed by {actor}."


def acknowledge_alert(runtime, alert_id: int, actor: str) -> str:
    """Acknowledge an alert (and every alert for the same comment: escalation stops)."""
    from sqlalchemy import select, update

    store, now = runtime.store, runtime.clock()
    with store.session() as s:
        alert = s.get(AlertRow, alert_id)
        if alert is None:
            raise MonitorError(f"no alert with id {alert_id}")
        if alert.acknowledged_at is not None:
            return f"Already acknowledged by {alert.acknowledged_by} at {alert.acknowledged_at:%Y-%m-%d %H:%M} UTC."
        q = update(AlertRow).where(AlertRow.acknowledged_at.is_(None))
        if alert.comment_id is not None:
            q = q.where(AlertRow.comment_id == alert.comment_id)
        else:
            q = q.where(AlertRow.id == alert_id)
        s.execute(q.values(acknowledged_at=now, acknowledged_by=actor))
        ids = list(s.scalars(select(AlertRow.id).where(AlertRow.acknowledged_by == actor,
                                                       AlertRow.acknowledged_at == now)))
        school_id, comment_id = alert.school_id, alert.comment_id
    store.append_audit(f"ack:{alert_id}", AuditEvent.ACKNOWLEDGED.value, now, school_id=school_id,
                       comment_id=comment_id, actor=actor, data={"alert_id": alert_id, "alerts": ids})
    return f"Acknowledged by {actor}."
