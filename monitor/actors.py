"""The worker's steps as idempotent dramatiq actors.

    poll_account -> classify_comment -> decide_comment -> act_on_comment -> alert_comment

Each actor is thin: load from the store, call pure code (classifier, policy, plan), write
back, audit, enqueue the next step. Every write is keyed on natural keys, so a message
delivered twice (dramatiq delivers at least once) causes no second platform action, no
second alert and no second audit event. A cursor advances only after the comments it
covers are stored; the scheduler's sweep re-enqueues comments left mid-way by a crash.

The functions are plain Python; :func:`declare_actors` binds them to a broker, so the
module can be imported without one (and tests can call the steps directly).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import dramatiq

from connectors.base import FetchResult
from monitor import metrics
from monitor.domain import AuditEvent, Intention
from monitor.errors import (
    AlertDeliveryError,
    AuthError,
    BudgetExhaustedError,
    ConnectorError,
    PermanentError,
    RateLimitedError,
    RetryableError,
)

__all__ = ["STEPS", "configure", "declare_actors", "runtime", "send"]

log = logging.getLogger(__name__)

_runtime = None
_actors: dict[str, dramatiq.Actor] = {}
_sender: Callable[[str, tuple], None] | None = None


def configure(rt, *, sender: Callable[[str, tuple], None] | None = None) -> None:
    """Install the Runtime the steps use (and optionally a direct sender for tests)."""
    global _runtime, _sender
    _runtime = rt
    _sender = sender


def runtime():
    global _runtime
    if _runtime is None:
        import os

        from monitor.config import load_config
        from monitor.runtime import Runtime

        path = os.environ.get("MONITOR_CONFIG")
        if not path:
            raise RuntimeError("MONITOR_CONFIG is not set and no runtime was configured")
        _runtime = Runtime(load_config(path))
    return _runtime


def send(step: str, *args: Any, delay_ms: int | None = None) -> None:
    """Enqueue the next step (through dramatiq, or the test sender)."""
    if _sender is not None:
        _sender(step, args)
        return
    actor = _actors[step]
    if delay_ms:
        actor.send_with_options(args=args, delay=delay_ms)
    else:
        actor.send(*args)


# ---------------------------------------------------------------- poll


def poll_account(account_id: str) -> None:
    """Read new comments of one account, store them, then advance its cursor."""
    poll_once(account_id)


def poll_once(account_id: str) -> int:
    """One poll; returns how many new comments were stored."""
    rt = runtime()
    store = rt.store
    school, account = rt.account(account_id)
    state = store.get_cursor(account_id)
    now = rt.clock()
    if state is not None and state.needs_reauth:
        log.info("skipping %s: needs re-authorisation", account_id)
        return 0
    if state is not None and state.paused_until is not None and state.paused_until > now:
        log.info("skipping %s: paused until %s", account_id, state.paused_until.isoformat())
        return 0
    connector = rt.connector(account_id)
    started = time.monotonic()
    try:
        result = connector.fetch_new_comments(state.cursor if state else None)
    except ConnectorError as exc:
        metrics.POLLS.labels(account.platform, type(exc).__name__).inc()
        metrics.ERRORS.labels(type(exc).__name__).inc()
        # A throttled poll may carry what it read before the throttle (``partial``, a
        # FetchResult whose cursor covers only the lists read to their end): stored now,
        # it is not read again after the pause, which may be a day (issue 7.2).
        partial = getattr(exc, "partial", None)
        new_ids: list[int] = []
        if isinstance(exc, (RateLimitedError, BudgetExhaustedError)) and isinstance(partial, FetchResult):
            new_ids = _store_fetched(rt, school, account, state, partial, now)
        _poll_failed(rt, school, account, exc, now)
        for cid in new_ids:
            send("classify_comment", cid)
        return len(new_ids)
    finally:
        metrics.POLL_SECONDS.labels(account.platform).observe(time.monotonic() - started)
    metrics.POLLS.labels(account.platform, "ok").inc()
    new_ids = _store_fetched(rt, school, account, state, result, now)
    usage = getattr(connector, "usage_pct", None)
    pause = facebook_backoff_s(usage, rt.config.quota.facebook_slowdown_pct, account.poll_interval_s)
    if pause:
        store.mark_account(account_id, account.platform, paused_until=now + timedelta(seconds=pause),
                           error=f"platform usage at {usage:.0f}%: polling slowed down")
    for cid in new_ids:
        send("classify_comment", cid)
    return len(new_ids)


def _store_fetched(rt, school, account, state, result, now) -> list[int]:
    """Store what a poll read, audit it as seen, then advance the cursor; return the new
    comments' ids (the caller sends them on to classification)."""
    from monitor.quota import record_usage

    store = rt.store
    account_id = account.id
    record_usage(store, account.platform, now, units=result.cost_units, calls=result.calls,
                 reads=len(result.comments))
    new_ids = store.add_comments(school.id, result.comments, now)
    metrics.COMMENTS.labels(account.platform).inc(len(new_ids))
    for cid in new_ids:
        store.append_audit(f"seen:{cid}", AuditEvent.SEEN.value, now, school_id=school.id,
                           account_id=account_id, comment_id=cid,
                           data={"evidence_hash": store.get_comment(cid).evidence_hash})
    # Only now, with every comment it covers stored, may the cursor move.
    store.save_cursor(account_id, account.platform, result.cursor, now, calls=result.calls,
                      cost_units=result.cost_units, read_at=state.updated_at if state else None)
    return new_ids


def facebook_backoff_s(usage_pct: float | None, threshold_pct: float, interval_s: float) -> float:
    """Extra wait before the next poll when Graph's usage headers near the limit.

    Below the threshold nothing changes; from there the wait grows linearly to ten poll
    intervals (at most an hour) at 100 %, so a busy Page never reaches throttling.
    """
    if usage_pct is None or usage_pct < threshold_pct:
        return 0.0
    share = min(1.0, (usage_pct - threshold_pct) / max(1.0, 100.0 - threshold_pct))
    return min(3600.0, max(interval_s, 1.0) * (1 + 9 * share))


def _poll_failed(rt, school, account, exc: ConnectorError, now) -> None:
    """Record why a poll failed; pause, alert IT or just wait for the next poll."""
    store = rt.store
    account_id = account.id
    if isinstance(exc, RateLimitedError):
        store.mark_account(account_id, account.platform,
                           paused_until=now + timedelta(seconds=exc.retry_after_s), error=str(exc))
    elif isinstance(exc, BudgetExhaustedError):
        until = exc.until or now + timedelta(hours=1)
        store.mark_account(account_id, account.platform, paused_until=until, error=str(exc))
        _it_alert(rt, school, account, f"budget:{until.isoformat()}", "API budget spent",
                  f"Reading is paused until {until:%Y-%m-%d %H:%M} UTC. {exc}")
    elif isinstance(exc, AuthError):
        newly = store.mark_account(account_id, account.platform, needs_reauth=True, error=str(exc))
        if newly:
            store.append_audit(f"reauth:{account_id}:{now.isoformat()}", AuditEvent.ACCOUNT_NEEDS_REAUTH.value,
                               now, school_id=school.id, account_id=account_id,
                               data={"error": type(exc).__name__, "detail": str(exc)})
            _it_alert(rt, school, account, f"reauth:{now.isoformat()}", "needs re-authorisation", str(exc))
    else:
        store.mark_account(account_id, account.platform, error=str(exc))
        log.warning("poll of %s failed: %s", account_id, exc)


# ---------------------------------------------------------------- classify


def classify_comment(comment_id: int) -> None:
    rt = runtime()
    store = rt.store
    comment = store.get_comment(comment_id)
    # Normally written by the poll; repeated here (idempotent) in case the poll died
    # between storing the comment and auditing it.
    store.append_audit(f"seen:{comment_id}", AuditEvent.SEEN.value, comment.fetched_at, school_id=comment.school_id,
                       account_id=comment.account_id, comment_id=comment_id,
                       data={"evidence_hash": comment.evidence_hash})
    stored = store.get_verdict(comment_id)
    if stored is not None:
        _audit_verdict(store, comment, stored)
    if stored is None:
        school = rt.school(comment.school_id)
        with metrics.CLASSIFY_SECONDS.time():
            verdict = rt.classify(comment.text or "", school).to_dict()
        for label in verdict["labels"]:
            metrics.VERDICTS.labels(label).inc()
        now = rt.clock()
        store.save_verdict(comment_id, verdict, now)
        store.append_audit(f"classified:{comment_id}", AuditEvent.CLASSIFIED.value, now,
                           school_id=comment.school_id, account_id=comment.account_id, comment_id=comment_id,
                           data={"labels": verdict["labels"], "scores": verdict["scores"],
                                 "detector_versions": verdict.get("detector_versions", {}),
                                 "needs_review": verdict.get("needs_review", False)})
    send("decide_comment", comment_id)


def _audit_verdict(store, comment, verdict) -> None:
    """Audit a stored verdict if a worker died between storing and auditing it."""
    key = f"classified:{comment.id}"
    if not store.has_audit(key):
        store.append_audit(key, AuditEvent.CLASSIFIED.value, verdict.created_at, school_id=comment.school_id,
                           account_id=comment.account_id, comment_id=comment.id,
                           data={"labels": verdict.labels, "scores": verdict.scores,
                                 "detector_versions": verdict.detector_versions or {},
                                 "needs_review": verdict.needs_review})


def _audit_decision(store, comment, decision) -> None:
    """Audit a stored decision if a worker died between storing and auditing it."""
    key = f"decided:{comment.id}"
    if not store.has_audit(key):
        store.append_audit(key, AuditEvent.DECIDED.value, decision.created_at, school_id=comment.school_id,
                           account_id=comment.account_id, comment_id=comment.id,
                           data={"intention": decision.intention, "labels": decision.labels,
                                 "review_labels": decision.review_labels, "alert": decision.alert,
                                 "reasons": decision.reasons, "observe": decision.observe,
                                 **(decision.detail or {})})


# ---------------------------------------------------------------- decide


def decide_comment(comment_id: int) -> None:
    from monitor.policy import CommentFacts, decide

    rt = runtime()
    store = rt.store
    comment = store.get_comment(comment_id)
    verdict = store.get_verdict(comment_id)
    if verdict is not None:
        _audit_verdict(store, comment, verdict)  # the sweep sends a classified comment here
    stored = store.get_decision(comment_id)
    if stored is not None:
        _audit_decision(store, comment, stored)
    if stored is None:
        school, account = rt.account(comment.account_id)
        verdict_row = store.get_verdict(comment_id)
        verdict = {"labels": verdict_row.labels, "scores": verdict_row.scores,
                   "explanations": verdict_row.explanations, "needs_review": verdict_row.needs_review}
        now = rt.clock()
        window = timedelta(days=school.policy.repeat_offenders.window_days)
        prior = store.count_actioned_by_author(comment.platform, comment.author_id, now - window,
                                               exclude_comment_id=comment_id)
        facts = CommentFacts(platform=comment.platform, account_id=comment.account_id,
                             author_id=comment.author_id, author_name=comment.author_name,
                             text=comment.text or "",
                             is_own_account=bool(comment.author_id) and comment.author_id == account.platform_account_id)
        decision = decide(verdict, facts, school, account, prior_actioned=prior)
        data = decision.to_dict()
        data["extra"] = dict(decision.extra)
        store.save_decision(comment_id, data, now)
        store.append_audit(f"decided:{comment_id}", AuditEvent.DECIDED.value, now,
                           school_id=comment.school_id, account_id=comment.account_id, comment_id=comment_id,
                           data=data)
    send("act_on_comment", comment_id)


# ---------------------------------------------------------------- act


def act_on_comment(comment_id: int) -> None:
    from monitor.actions import apply_plan, plan_action

    rt = runtime()
    store = rt.store
    comment = store.get_comment(comment_id)
    decision = store.get_decision(comment_id)
    if decision is not None:
        _audit_decision(store, comment, decision)  # the sweep sends a decided comment here
    school, account = rt.account(comment.account_id)
    connector = rt.connector(comment.account_id)
    plan = plan_action(decision.intention, comment.platform, connector.capabilities)
    observe = decision.observe or account.observe
    try:
        outcome = apply_plan(rt, comment, plan, observe=observe, requested=decision.intention)
    except RateLimitedError as exc:
        raise dramatiq.Retry(str(exc), delay=int(exc.retry_after_s * 1000)) from exc
    except BudgetExhaustedError as exc:
        delay = (exc.until - rt.clock()).total_seconds() if exc.until else 3600
        raise dramatiq.Retry(str(exc), delay=int(max(delay, 60) * 1000)) from exc
    except AuthError as exc:
        newly = store.mark_account(comment.account_id, comment.platform, needs_reauth=True, error=str(exc))
        if newly:
            _it_alert(rt, school, account, f"reauth:{rt.clock().isoformat()}", "needs re-authorisation", str(exc))
        outcome = f"Could not act: the account needs re-authorisation ({exc.detail})."
    except PermanentError as exc:
        outcome = f"Could not act on the platform: {exc.detail}. A moderator must act by hand."
    except RetryableError:
        raise  # retried with backoff by the Retries middleware
    if plan.comment_action is None and decision.intention in (Intention.NONE.value,) and not decision.review_labels \
            and decision.alert == "none":
        store.set_comment_status(comment_id, "done")
        return
    if comment.status in ("new", "classified", "decided"):
        store.set_comment_status(comment_id, "acted")
    send("alert_comment", comment_id, outcome)


# ---------------------------------------------------------------- alert


def alert_comment(comment_id: int, outcome: str) -> None:
    from monitor.alerting import alert_for_comment

    rt = runtime()
    alert_for_comment(rt, comment_id, outcome)


def flush_grouped_alerts(school_id: str, force: bool = False) -> None:
    from monitor.alerting import flush_grouped

    flush_grouped(runtime(), school_id, force=force)


def check_escalations(school_id: str) -> None:
    from monitor.alerting import escalate

    escalate(runtime(), school_id)


def send_weekly_digest(school_id: str, week: str) -> None:
    from monitor.digest import send_digest

    send_digest(runtime(), school_id, week)


def _it_alert(rt, school, account, episode: str, problem: str, detail: str) -> None:
    try:
        from monitor.alerting import alert_it

        alert_it(rt, school, account, episode, problem, detail)
    except AlertDeliveryError as exc:
        log.error("IT alert for %s not delivered: %s", account.id, exc)


STEPS: dict[str, tuple[Callable, dict]] = {
    "poll_account": (poll_account, {"queue_name": "poll", "max_retries": 0}),
    "classify_comment": (classify_comment, {"queue_name": "default"}),
    "decide_comment": (decide_comment, {"queue_name": "default"}),
    "act_on_comment": (act_on_comment, {"queue_name": "default"}),
    # Alerts have their own queue so a slow or failing mail server never holds up moderation.
    "alert_comment": (alert_comment, {"queue_name": "alerts"}),
    "flush_grouped_alerts": (flush_grouped_alerts, {"queue_name": "alerts", "max_retries": 3}),
    "check_escalations": (check_escalations, {"queue_name": "alerts", "max_retries": 3}),
    "send_weekly_digest": (send_weekly_digest, {"queue_name": "alerts", "max_retries": 5}),
}

QUEUES = ("poll", "default", "alerts")


def declare_actors(broker: dramatiq.Broker) -> dict[str, dramatiq.Actor]:
    """Bind every step to ``broker`` (once per process)."""
    _actors.clear()
    for name, (fn, options) in STEPS.items():
        opts = dict(options)
        queue = opts.pop("queue_name")
        _actors[name] = dramatiq.actor(fn, broker=broker, actor_name=name, queue_name=queue, **opts)
    return dict(_actors)


def is_retryable(exc: BaseException) -> bool:
    return isinstance(exc, (RetryableError, AlertDeliveryError)) or not isinstance(exc, ConnectorError)
