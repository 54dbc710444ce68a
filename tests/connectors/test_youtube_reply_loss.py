"""YouTube replies the listing alone would never show.

A thread carries only its first five replies (the sandbox's choice; the docs do not say
which), and ``totalReplyCount`` counts public replies only. When the worker holds one reply
of a thread with more than five and a new reply arrives before the next poll, the count is
back where it was and the embedded replies show nothing newer: the thread looks unchanged.
Such threads are listed in full every ten poll intervals (at least 30 s), so the reply is
read late rather than never; quiet threads are not listed again before then.

Threads are listed newest first down to the watermark, so a reply to an older thread is
on no page read at all; known threads the listing did not reach are fetched by id, on the
same ten-interval rhythm.

The replies a thread carries may include held ones, which the count leaves out: five
carried against three public may still leave a public reply out, so only the published
replies carried are set against the count.
"""

from __future__ import annotations

from datetime import datetime, timezone

from connectors.sandbox import SandboxServer
from connectors.sandbox.scenario import build_scenario
from connectors.youtube import YouTubeConnector
from monitor.config import AccountConfig, AccountSecrets
from tests.plugins.sandbox import StepClock

START = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
CHANNEL = "UCfleetSchool00001AAAAA"


def scenario(items: list[dict] | None = None):
    """One school whose YouTube channel has one video with ``items`` under it (by default
    a comment with six replies, and a seventh reply at 20 s)."""
    if items is None:
        items = [{"key": "top", "to": "vid", "at": 1, "by": "Ann Example", "text": "Top."}]
        items += [{"key": f"r{i}", "to": "top", "at": 1 + i, "by": f"Person{i} Example", "text": f"Reply {i}."}
                  for i in range(1, 7)]
        items.append({"key": "r7", "to": "top", "at": 20, "by": "Zed Example", "text": "Reply 7."})
    return build_scenario({
        "school": "School 0001 Primary",
        "accounts": {"facebook": {"key": "s0001-fb", "page_id": "200000000000001"},
                     "x": {"key": "s0001-x", "user_id": "1490000000000000001", "username": "School0001"},
                     "youtube": {"key": "s0001-yt", "channel_id": CHANNEL}},
        "posts": [{"key": "vid", "platform": "youtube", "hours_ago": 5, "text": "Sports Day.",
                   "title": "Sports Day"}],
        "items": items,
    }, "<test>")


def test_a_reply_arriving_as_another_reply_is_held_is_still_read():
    clock = StepClock(START)
    server = SandboxServer(scenario(), clock=clock).start()
    try:
        account = AccountConfig(id="s0001-yt", platform="youtube", channel_id=CHANNEL, timeout_s=5,
                                poll_interval_s=1)  # full listings at most every 30 s
        conn = YouTubeConnector(account, AccountSecrets(), base_url=server.url, clock=clock)
        listings = lambda: sum(1 for c in server.state.calls  # noqa: E731
                               if c[0] == "GET" and c[1].rstrip("/").endswith("/comments"))
        clock.to(10)
        first = conn.fetch_new_comments(None)
        assert sorted(c.text for c in first.comments) == ["Reply 1.", "Reply 2.", "Reply 3.", "Reply 4.",
                                                         "Reply 5.", "Reply 6.", "Top."]
        # the worker holds one reply; a new one arrives before the next poll
        state = server.state
        state.set_status(state.nodes["youtube"][next(c.id for c in first.comments if c.text == "Reply 6.")],
                         "held", "the worker held it")
        clock.to(25)
        before = listings()
        second = conn.fetch_new_comments(first.cursor)
        assert second.comments == [] and listings() == before  # looks unchanged; not due yet
        clock.to(60)
        third = conn.fetch_new_comments(second.cursor)
        assert [c.text for c in third.comments] == ["Reply 7."]
        assert listings() == before + 1
        clock.to(70)
        fourth = conn.fetch_new_comments(third.cursor)
        assert fourth.comments == [] and listings() == before + 1  # listed again only when due
    finally:
        server.stop()


def test_a_reply_to_a_thread_beyond_the_pages_read_is_still_read():
    """Threads are listed newest first and read down to the watermark, so a new reply to
    an older thread (here the oldest of 105, on the second page) is on no page read; known
    threads are fetched by id every ten poll intervals instead."""
    items = [{"key": f"t{i}", "to": "vid", "at": i * 60, "by": f"Person{i} Example", "text": f"Top {i}."}
             for i in range(1, 106)]
    items.append({"key": "late", "to": "t1", "at": 110 * 60, "by": "Zed Example", "text": "Late reply."})
    clock = StepClock(START)
    server = SandboxServer(scenario(items), clock=clock).start()
    try:
        account = AccountConfig(id="s0001-yt", platform="youtube", channel_id=CHANNEL, timeout_s=5,
                                poll_interval_s=60)  # known threads looked at every 10 minutes
        conn = YouTubeConnector(account, AccountSecrets(), base_url=server.url, clock=clock)
        by_id = lambda: sum(1 for c in server.state.calls  # noqa: E731
                            if c[1].rstrip("/").endswith("/commentThreads") and c[2].get("id"))
        clock.to(106 * 60)
        cursor = conn.fetch_new_comments(None).cursor
        read: list[str] = []
        for minute in range(111, 118):
            clock.to(minute * 60)
            result = conn.fetch_new_comments(cursor)
            cursor = result.cursor
            read += [c.text for c in result.comments]
            if minute < 116:
                assert read == [] and by_id() == 0  # not due yet: no extra calls
        assert read == ["Late reply."]
        assert by_id() == 1  # the five threads the first page did not reach, in one call
    finally:
        server.stop()


def test_a_reply_beyond_embedded_replies_the_worker_held_is_read():
    """The five replies a thread carries can include replies the worker held (the sandbox
    embeds them with their status): five carried against a public count of three does not
    mean all public replies are carried. Counting only the published ones carried, the
    thread's replies are listed in full and the sixth reply is read at once."""
    clock = StepClock(START)
    server = SandboxServer(scenario(), clock=clock).start()  # r1..r6 at 2-7 s, r7 at 20 s
    try:
        account = AccountConfig(id="s0001-yt", platform="youtube", channel_id=CHANNEL, timeout_s=5,
                                poll_interval_s=1)
        conn = YouTubeConnector(account, AccountSecrets(), base_url=server.url, clock=clock)
        clock.to(4.5)  # r1..r3 are out
        first = conn.fetch_new_comments(None)
        assert sorted(c.text for c in first.comments) == ["Reply 1.", "Reply 2.", "Reply 3.", "Top."]
        state = server.state
        for text in ("Reply 2.", "Reply 3."):  # the worker holds two of them
            state.set_status(state.nodes["youtube"][next(c.id for c in first.comments if c.text == text)],
                             "held", "the worker held it")
        clock.to(7.5)  # r4..r6 are out: carried are r1, r2 (held), r3 (held), r4, r5; public 4
        second = conn.fetch_new_comments(first.cursor)
        assert sorted(c.text for c in second.comments) == ["Reply 4.", "Reply 5.", "Reply 6."]
        clock.to(21)
        third = conn.fetch_new_comments(second.cursor)
        assert [c.text for c in third.comments] == ["Reply 7."]
        # the sandbox notes what its answers carried (the chaos run's diagnosis reads it)
        read = first.comments + second.comments + third.comments
        assert {("youtube", c.id) for c in read} <= set(state.served)
    finally:
        server.stop()
