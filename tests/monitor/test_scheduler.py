"""The scheduler: intervals from config, one active instance, failover, sweeps."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import redis

from monitor.config import default_config
from monitor.runtime import Runtime
from monitor.scheduler import LEADER_KEY, Scheduler

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def make(store, clock, redis_client=None, instance_id=None):
    rt = Runtime(default_config(), store=store, clock=clock)
    sent = []
    sched = Scheduler(rt, lambda step, *args: sent.append((step, args)), redis_client,
                      instance_id=instance_id, periodic_s=60, sweep_after_s=120)
    return sched, sent


def polls(sent):
    return sorted(args[0] for step, args in sent if step == "poll_account")


def test_polls_each_account_at_its_interval(sqlite_store):
    clock = Clock(T0)
    sched, sent = make(sqlite_store, clock)
    sched.tick()
    assert polls(sent) == ["oakfield-fb", "oakfield-x", "oakfield-yt"]
    sent.clear()
    clock.advance(1)  # demo accounts poll every 2 s
    sched.tick()
    assert polls(sent) == []
    clock.advance(1)
    sched.tick()
    assert polls(sent) == ["oakfield-fb", "oakfield-x", "oakfield-yt"]


def test_paused_and_reauth_accounts_are_not_polled(sqlite_store):
    clock = Clock(T0)
    sqlite_store.mark_account("oakfield-fb", "facebook", needs_reauth=True, error="token expired")
    sqlite_store.mark_account("oakfield-x", "x", paused_until=T0 + timedelta(minutes=5), error="429")
    sched, sent = make(sqlite_store, clock)
    sched.tick()
    assert polls(sent) == ["oakfield-yt"]
    sent.clear()
    clock.advance(301)
    sched.tick()
    assert polls(sent) == ["oakfield-x", "oakfield-yt"]


def test_only_one_scheduler_is_active(sqlite_store, redis_url):
    client = redis.Redis.from_url(redis_url)
    clock = Clock(T0)
    first, sent_a = make(sqlite_store, clock, client, "a" * 32)
    second, sent_b = make(sqlite_store, clock, client, "b" * 32)
    for _ in range(3):
        first.tick()
        second.tick()
        clock.advance(2)
    assert len(polls(sent_a)) == 9
    assert sent_b == []
    # The leader's lease lapses (process killed): the other takes over and continues
    # the same schedule rather than starting again.
    client.delete(LEADER_KEY)
    second.tick()
    assert polls(sent_b) == ["oakfield-fb", "oakfield-x", "oakfield-yt"]
    first.tick()
    assert len(polls(sent_a)) == 9


def test_sweep_re_enqueues_comments_left_mid_way(sqlite_store):
    from tests.monitor.test_store import make_comment

    clock = Clock(T0)
    ids = sqlite_store.add_comments("oakfield", [make_comment("s1"), make_comment("s2")], T0)
    sqlite_store.save_verdict(ids[1], {"labels": [], "scores": {}, "explanations": {}}, T0)
    sched, sent = make(sqlite_store, clock)
    clock.advance(200)
    sched.tick()
    assert ("classify_comment", (ids[0],)) in sent
    assert ("decide_comment", (ids[1],)) in sent


def test_sweep_resends_a_slow_comment_once_per_window(sqlite_store, redis_url):
    """A backlog that is only slow must not be re-sent on every sweep (it would feed itself)."""
    from tests.monitor.test_store import make_comment

    for client in (None, redis.Redis.from_url(redis_url)):
        store = sqlite_store
        clock = Clock(T0)
        [cid] = store.add_comments("oakfield", [make_comment(f"slow-{client is None}")], T0)
        sched, sent = make(store, clock, client, instance_id=None)
        resends = []
        for _ in range(5):  # five sweeps, one a minute, inside a two-minute window
            clock.advance(121 if not resends else 60)
            sched.tick()
            resends += [args for step, args in sent if step == "classify_comment" and args == (cid,)]
            sent.clear()
        assert len(resends) == 3, resends  # at 121 s, then once per 120 s window


def test_connectors_are_kept_per_thread_with_a_bound(sqlite_store):
    config = default_config()
    rt = Runtime(config, store=sqlite_store, sandbox_url="http://127.0.0.1:9")
    rt.connectors_per_thread = 2
    fb, x = rt.connector("oakfield-fb"), rt.connector("oakfield-x")
    assert rt.connector("oakfield-fb") is fb  # reused
    rt.connector("oakfield-yt")  # evicts the least recently used (X)
    assert rt.connector("oakfield-fb") is fb
    assert rt.connector("oakfield-x") is not x
