"""The scheduler: enqueues each account's poll at its interval, and the periodic jobs.

Several scheduler processes may be started (a restarted container, a second replica by
mistake); only one is active. Leadership is a Redis key set with ``NX`` and a lease that
the leader renews on every tick; a follower takes over when the lease lapses. When there
is no Redis (the in-memory stub broker) the scheduler is alone by construction.

Time comes from the runtime's clock and :meth:`Scheduler.tick` does one round of work,
so tests drive it with an injected clock and never sleep. The schedule (next due time per
job) lives in Redis too, so a new leader continues where the old one stopped.

Periodic jobs besides polls: flushing grouped alerts, safeguarding escalation checks,
the sweep that re-enqueues comments a crash left mid-way, and the weekly digest.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

__all__ = ["Scheduler"]

log = logging.getLogger(__name__)

LEADER_KEY = "monitor:scheduler:leader"
DUE_KEY = "monitor:scheduler:due"

# Renew only if we still hold the lease (compare-and-set).
_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2])
end
return 0
"""

#: dramatiq's Redis layout (namespace "dramatiq", as ``monitor.broker`` builds it): each
#: queue is a list of message ids taken from the head, oldest first, beside a hash of the
#: encoded messages.
_QUEUE_KEY = "dramatiq:{queue}"
_MESSAGES_KEY = "dramatiq:{queue}.msgs"
#: The queues of polls and of the steps the sweep re-sends (``monitor.actors``).
POLL_QUEUE = "poll"
SWEPT_QUEUE = "default"

#: How long the scheduler remembers that it re-sent a comment.
RESENT_TTL_S = 24 * 3600

STAGE_STEPS = {
    "new": "classify_comment",
    "classified": "decide_comment",
    "decided": "act_on_comment",
    "acted": "act_on_comment",
}


class Scheduler:
    def __init__(self, runtime, send: Callable[..., None], redis_client=None, *,
                 instance_id: str | None = None, lease_s: float = 30.0, periodic_s: float = 60.0,
                 sweep_after_s: float = 120.0) -> None:
        self.runtime = runtime
        self.send = send
        self.redis = redis_client
        self.instance_id = instance_id or uuid.uuid4().hex
        self.lease_s = lease_s
        self.periodic_s = periodic_s
        self.sweep_after_s = sweep_after_s
        self._local_due: dict[str, float] = {}
        self._resent: dict[str, float] = {}
        self._renew = redis_client.register_script(_RENEW) if redis_client is not None else None
        from monitor.quota import QuotaGuard

        self.quota = QuotaGuard(runtime.config, runtime.store)
        self._quota_warned: set[str] = set()
        for warning in self.quota.plan.warnings:
            log.warning("quota: %s", warning)

    # ------------------------------------------------------------------ leadership
    def is_leader(self) -> bool:
        if self.redis is None:
            return True
        lease_ms = int(self.lease_s * 1000)
        if self.redis.set(LEADER_KEY, self.instance_id, nx=True, px=lease_ms):
            log.info("scheduler %s is now the active scheduler", self.instance_id[:8])
            return True
        return bool(self._renew(keys=[LEADER_KEY], args=[self.instance_id, lease_ms]))

    def resign(self) -> None:
        if self.redis is not None and self.redis.get(LEADER_KEY) in (self.instance_id, self.instance_id.encode()):
            self.redis.delete(LEADER_KEY)

    # ------------------------------------------------------------------ due times
    def _due(self, job: str) -> float | None:
        if self.redis is None:
            return self._local_due.get(job)
        value = self.redis.hget(DUE_KEY, job)
        return float(value) if value is not None else None

    def _set_due(self, job: str, when: datetime) -> None:
        if self.redis is None:
            self._local_due[job] = when.timestamp()
        else:
            self.redis.hset(DUE_KEY, job, when.timestamp())

    def _may_resend(self, comment_id: int, stage: str, now: datetime, waited_s: float) -> bool:
        """True when the message carrying this comment's stage must have left the queue.

        The store only knows when a comment was fetched, which is when its ``new`` step was
        sent; a later stage's step was sent when the one before it finished. So a comment
        first seen by the sweep in a later stage is only noted, and re-sent once it has
        been seen in that stage for ``waited_s``. A re-send's own message may then wait as
        long, so the next re-send is due ``waited_s`` after it. Times are on the scheduler's
        clock (tests drive it); the Redis key only expires on the wall clock to clean up.
        """
        member = f"{comment_id}:{stage}"
        stamp = now.timestamp()
        if self.redis is not None:
            key = f"monitor:scheduler:resent:{member}"
            raw = self.redis.get(key)
            last = float(raw) if raw is not None else None
        else:
            last = self._resent.get(member)
            for old in [m for m, t in self._resent.items() if t < stamp - RESENT_TTL_S]:
                del self._resent[old]
        due = stage == "new" if last is None else stamp - last >= waited_s
        if last is None or due:
            if self.redis is not None:
                self.redis.set(key, stamp, ex=RESENT_TTL_S)
            else:
                self._resent[member] = stamp
        return due

    def queue_wait_s(self, queue: str) -> float:
        """How long the message at the head of ``queue`` has waited, in seconds (0 when the
        queue is empty or there is no Redis).

        Messages are taken oldest first, so a step sent more recently than that may still be
        waiting. Measured on the wall clock because dramatiq stamps messages with it.
        """
        if self.redis is None:
            return 0.0
        head = self.redis.lindex(_QUEUE_KEY.format(queue=queue), 0)
        raw = self.redis.hget(_MESSAGES_KEY.format(queue=queue), head) if head is not None else None
        if raw is None:
            return 0.0
        try:
            sent_ms = float(json.loads(raw)["message_timestamp"])
        except (ValueError, KeyError, TypeError):  # another encoder: behave as if nothing waits
            return 0.0
        return max(0.0, time.time() - sent_ms / 1000)

    def poke(self, account_id: str) -> None:
        """Make an account's poll due now (a webhook said something changed)."""
        if self.redis is None:
            self._local_due.pop(f"poll:{account_id}", None)
        else:
            self.redis.hdel(DUE_KEY, f"poll:{account_id}")

    def _take(self, job: str, now: datetime, interval_s: float) -> bool:
        due = self._due(job)
        if due is not None and due > now.timestamp():
            return False
        self._set_due(job, now + timedelta(seconds=interval_s))
        return True

    # ------------------------------------------------------------------ one round
    def tick(self) -> list[tuple[str, tuple]]:
        """Do one round if this instance is the leader; return what was enqueued."""
        if not self.is_leader():
            return []
        now = self.runtime.clock()
        store = self.runtime.store
        sent: list[tuple[str, tuple]] = []

        def enqueue(step: str, *args) -> None:
            self.send(step, *args)
            sent.append((step, args))

        poll_wait_s = self.queue_wait_s(POLL_QUEUE)
        for school, account in self.runtime.config.all_accounts():
            state = store.get_cursor(account.id)
            if state is not None and state.needs_reauth:
                continue
            if state is not None and state.paused_until is not None and state.paused_until > now:
                continue
            job = f"poll:{account.id}"
            due = self._due(job)
            if due is not None and due > now.timestamp():
                continue
            if poll_wait_s > self.quota.interval_s(account.id):
                # The poll sent for this account an interval ago is still queued: workers
                # slower than the schedule must not be handed a queue that only grows.
                continue
            allowed, why = self.quota.may_poll(account.platform, now)
            if not allowed:
                if why not in self._quota_warned:
                    self._quota_warned.add(why)
                    log.warning("quota: %s", why)
                continue
            self._set_due(job, now + timedelta(seconds=self.quota.interval_s(account.id)))
            enqueue("poll_account", account.id)
        for school in self.runtime.config.schools:
            if self._take(f"grouped:{school.id}", now, min(self.periodic_s, school.policy.grouped_alert_interval_min * 60)):
                enqueue("flush_grouped_alerts", school.id)
            if self._take(f"escalate:{school.id}", now, self.periodic_s):
                enqueue("check_escalations", school.id)
            self._digest(school, now, enqueue)
        if self._take("sweep", now, self.periodic_s):
            # A comment whose step was sent after the oldest message still queued may be
            # waiting behind it: re-sending it would only lengthen the queue it waits in,
            # and a backlog longer than sweep_after_s would feed itself. A lost message
            # (Redis restarted, queue empty) is still re-sent, after sweep_after_s (new
            # comments) or twice that (later stages, see _may_resend).
            waited_s = max(self.sweep_after_s, self.queue_wait_s(SWEPT_QUEUE))
            cutoff = now - timedelta(seconds=waited_s)
            for comment_id, stage in store.comments_in_stage(tuple(STAGE_STEPS), cutoff):
                # Nor while the step of a later stage, or a re-send, may still be queued.
                if self._may_resend(comment_id, stage, now, waited_s):
                    enqueue(STAGE_STEPS[stage], comment_id)
        return sent

    def _digest(self, school, now: datetime, enqueue) -> None:
        try:
            from monitor.digest import iso_week_of, next_digest_time
        except ImportError:  # the digest module is optional for a bare worker
            return
        job = f"digest:{school.id}"
        due = self._due(job)
        if due is None:
            self._set_due(job, next_digest_time(school, now))
            return
        if due <= now.timestamp():
            from zoneinfo import ZoneInfo

            last_week = iso_week_of(now - timedelta(days=7), ZoneInfo(school.timezone))
            enqueue("send_weekly_digest", school.id, last_week)
            self._set_due(job, next_digest_time(school, now + timedelta(minutes=1)))

    def run(self, stop: threading.Event, tick_s: float = 1.0) -> None:
        """Tick until ``stop`` is set (the process's main loop)."""
        try:
            while not stop.is_set():
                try:
                    self.tick()
                except Exception:  # keep scheduling; the error is logged with its traceback
                    log.exception("scheduler tick failed")
                stop.wait(tick_s)
        finally:
            self.resign()
