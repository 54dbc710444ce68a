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
    # the store does not say when s2 was classified (its decide step may have been sent a
    # moment ago): the sweep notes it, and re-sends it once it has stayed there as long
    assert ("decide_comment", (ids[1],)) not in sent
    clock.advance(120)
    sched.tick()
    assert ("decide_comment", (ids[1],)) in sent
    assert sent.count(("classify_comment", (ids[0],))) == 2


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


def _queue_message(client, queue: str, actor: str, args: tuple, waited_s: float) -> None:
    """One message in dramatiq's own Redis layout that has waited ``waited_s``."""
    import time

    from dramatiq import Message
    from dramatiq.brokers.redis import RedisBroker

    broker = RedisBroker(client=client, middleware=[])
    broker.declare_queue(queue)
    broker.enqueue(Message(queue_name=queue, actor_name=actor, args=args, kwargs={}, options={},
                           message_timestamp=int((time.time() - waited_s) * 1000)))


def test_sweep_leaves_comments_that_may_still_be_queued(sqlite_store, redis_url):
    """Re-sending a comment that waits behind a long queue only lengthens that queue."""
    from tests.monitor.test_store import make_comment

    client = redis.Redis.from_url(redis_url)
    client.delete("dramatiq:default", "dramatiq:default.msgs")
    clock = Clock(T0)
    [cid] = sqlite_store.add_comments("oakfield", [make_comment("queued-1")], T0)
    sched, sent = make(sqlite_store, clock, client)
    _queue_message(client, "default", "classify_comment", (cid,), waited_s=300)
    assert 299 < sched.queue_wait_s("default") < 330
    clock.advance(200)  # unfinished longer than sweep_after_s, but the queue is longer still
    sched.tick()
    assert ("classify_comment", (cid,)) not in sent
    # Redis lost its queues (restarted): now the comment is re-sent
    client.delete("dramatiq:default", "dramatiq:default.msgs")
    assert sched.queue_wait_s("default") == 0.0
    clock.advance(61)
    sched.tick()
    assert ("classify_comment", (cid,)) in sent


def test_a_re_sent_comment_is_not_re_sent_while_that_message_may_be_queued(sqlite_store, redis_url):
    """After a Redis restart every unfinished comment is re-sent at once; those re-sends
    then wait in a queue as long as any, and must not be re-sent again behind it."""
    from tests.monitor.test_store import make_comment

    client = redis.Redis.from_url(redis_url)
    client.delete("dramatiq:default", "dramatiq:default.msgs")
    clock = Clock(T0)
    [cid] = sqlite_store.add_comments("oakfield", [make_comment("resent-1")], T0)
    sched, sent = make(sqlite_store, clock, client)

    def resends():
        found = [args for step, args in sent if step == "classify_comment" and args == (cid,)]
        sent.clear()
        return len(found)

    clock.advance(400)
    sched.tick()
    assert resends() == 1  # the queue is empty (its message was lost): re-sent
    _queue_message(client, "default", "classify_comment", (cid,), waited_s=300)
    clock.advance(121)
    sched.tick()
    assert resends() == 0  # re-sent 121 s ago, and the queue's head has waited 300 s
    clock.advance(180)
    sched.tick()
    assert resends() == 1  # 301 s: that re-send must have been taken by now
    client.delete("dramatiq:default", "dramatiq:default.msgs")


def test_polls_wait_while_the_poll_queue_is_longer_than_the_interval(sqlite_store, redis_url):
    client = redis.Redis.from_url(redis_url)
    client.delete("dramatiq:poll", "dramatiq:poll.msgs")
    clock = Clock(T0)
    sched, sent = make(sqlite_store, clock, client)
    sched.tick()
    assert polls(sent) == ["oakfield-fb", "oakfield-x", "oakfield-yt"]
    sent.clear()
    # workers fall behind: the oldest queued poll has waited longer than the 2 s interval
    _queue_message(client, "poll", "poll_account", ("oakfield-fb",), waited_s=10)
    for _ in range(3):
        clock.advance(2)
        sched.tick()
    assert polls(sent) == []
    # the queue drains: every account is polled again at once
    client.delete("dramatiq:poll", "dramatiq:poll.msgs")
    sched.tick()
    assert polls(sent) == ["oakfield-fb", "oakfield-x", "oakfield-yt"]


def test_connectors_are_kept_per_thread_with_a_bound(sqlite_store):
    config = default_config()
    rt = Runtime(config, store=sqlite_store, sandbox_url="http://127.0.0.1:9")
    rt.connectors_per_thread = 2
    fb, x = rt.connector("oakfield-fb"), rt.connector("oakfield-x")
    assert rt.connector("oakfield-fb") is fb  # reused
    rt.connector("oakfield-yt")  # evicts the least recently used (X)
    assert rt.connector("oakfield-fb") is fb
    assert rt.connector("oakfield-x") is not x
