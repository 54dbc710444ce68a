"""A YouTube reply that arrives while another reply of its thread is held.

A thread carries only its first five replies (the sandbox's choice; the docs do not say
which), and ``totalReplyCount`` counts public replies only. When the worker holds one reply
of a thread with more than five and a new reply arrives before the next poll, the count is
back where it was and the embedded replies show nothing newer: the thread looks unchanged.
Such threads are listed in full every ten poll intervals (at least 30 s), so the reply is
read late rather than never; quiet threads are not listed again before then.
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


def scenario():
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
