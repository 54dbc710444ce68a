"""Intentions become what each platform can really do, and say so when degraded."""

from __future__ import annotations

import pytest

from connectors.base import Capability as C
from monitor.actions import plan_action

FACEBOOK = frozenset({C.HIDE, C.RESTORE, C.REMOVE, C.BAN})
X = frozenset({C.HIDE, C.RESTORE})
YOUTUBE = frozenset({C.HOLD, C.RESTORE, C.REMOVE, C.BAN})
NOTHING = frozenset()


@pytest.mark.parametrize(
    ("intention", "platform", "caps", "action", "ban", "note", "ask_block"),
    [
        ("none", "facebook", FACEBOOK, None, False, None, False),
        ("flag", "x", X, None, False, None, False),
        ("hide", "facebook", FACEBOOK, "hide", False, None, False),
        ("hide", "x", X, "hide", False, None, False),
        ("hide", "youtube", YOUTUBE, "hold", False, "Hiding is not possible on YouTube", False),
        ("hold", "youtube", YOUTUBE, "hold", False, None, False),
        ("hold", "facebook", FACEBOOK, "hide", False, "Holding for review is not possible on Facebook", False),
        ("hold", "x", X, "hide", False, "not possible on X: hidden instead", False),
        ("remove", "facebook", FACEBOOK, "remove", False, None, False),
        ("remove", "x", X, "hide", False, "Removal is not possible on X: hidden instead", False),
        ("remove", "youtube", YOUTUBE, "remove", False, None, False),
        ("ban", "facebook", FACEBOOK, "hide", True, None, False),
        ("ban", "youtube", YOUTUBE, None, True, "banning the author also removes this comment", False),
        ("ban", "x", X, "hide", False, "please block them by hand", True),
        ("hide", "facebook", NOTHING, None, False, "a moderator must act", False),
    ],
)
def test_plan_degrades_by_capability(intention, platform, caps, action, ban, note, ask_block):
    plan = plan_action(intention, platform, caps)
    assert plan.comment_action == action
    assert plan.ban is ban
    assert plan.ask_moderator_to_block is ask_block
    if note is None:
        assert plan.notes == []
    else:
        assert any(note in n for n in plan.notes), plan.notes


def test_unknown_intention_is_rejected():
    with pytest.raises(ValueError):
        plan_action("explode", "facebook", FACEBOOK)


def test_a_refused_action_is_not_asked_again_on_redelivery(sandbox, sqlite_store):
    """X refuses to hide a reply outside the school's conversation: once is enough."""
    from datetime import datetime, timezone

    from connectors.base import Comment
    from monitor.actions import perform
    from monitor.config import SandboxConfig, default_config
    from monitor.errors import PermanentError
    from monitor.runtime import Runtime

    config = default_config().model_copy(update={"sandbox": SandboxConfig(url=sandbox.url)})
    rt = Runtime(config, store=sqlite_store, sandbox_url=sandbox.url)
    stray = next(e for e in sandbox.state.expected() if e["platform"] == "x" and not e["must_hide"]
                 and e["kind"] == "mention")
    now = datetime.now(timezone.utc)
    [cid] = sqlite_store.add_comments("oakfield", [Comment(
        platform="x", account_id="oakfield-x", id=stray["id"], thread_id=stray["id"], parent_id=None,
        author_id="1", author_name="A Stranger", text=stray["text"], created_at=now, permalink=None)], now)
    comment = sqlite_store.get_comment(cid)
    writes = lambda: [c for c in sandbox.state.calls if c[0] == "PUT"]  # noqa: E731
    with pytest.raises(PermanentError):
        perform(rt, comment, "hide", key=f"auto:{cid}:hide", requested="hide")
    assert len(writes()) == 1
    with pytest.raises(PermanentError):
        perform(rt, comment, "hide", key=f"auto:{cid}:hide", requested="hide")
    assert len(writes()) == 1
    events = [r.event for r in sqlite_store.audit_events(cid)]
    assert events.count("action_requested") == 1 and events.count("action_failed") == 1
    # A person may try again (the school may have replied since): that reaches the platform.
    with pytest.raises(PermanentError):
        perform(rt, comment, "hide", key=f"auto:{cid}:hide", requested="hide", actor="h.reed@example.com")
    assert len(writes()) == 2
    assert [r.event for r in sqlite_store.audit_events(cid)].count("action_failed") == 2


def test_a_youtube_ban_is_one_call_that_also_removes_the_comment(sandbox, sqlite_store):
    from datetime import datetime, timezone

    from connectors.base import Comment
    from monitor.actions import apply_plan
    from monitor.config import SandboxConfig, default_config
    from monitor.runtime import Runtime

    config = default_config().model_copy(update={"sandbox": SandboxConfig(url=sandbox.url)})
    rt = Runtime(config, store=sqlite_store, sandbox_url=sandbox.url)
    target = next(e for e in sandbox.state.expected() if e["platform"] == "youtube" and e["kind"] != "reply")
    now = datetime.now(timezone.utc)
    [cid] = sqlite_store.add_comments("oakfield", [Comment(
        platform="youtube", account_id="oakfield-yt", id=target["id"], thread_id=target["id"], parent_id=None,
        author_id=target["author_id"], author_name="A Stranger", text=target["text"], created_at=now,
        permalink=None)], now)
    comment = sqlite_store.get_comment(cid)
    plan = plan_action("ban", "youtube", YOUTUBE)
    for _ in range(2):  # a redelivery changes nothing
        outcome = apply_plan(rt, comment, plan, observe=False, requested="ban")
    writes = [c for c in sandbox.state.calls if c[0] == "POST" and "setModerationStatus" in c[1]]
    assert len(writes) == 1 and writes[0][2].get("banAuthor") in ("true", "True", True)
    assert sandbox.state.visibility("youtube", target["id"]) == "removed"
    assert sqlite_store.get_comment(cid).platform_state == "removed"
    assert "Author blocked on YouTube" in outcome and "also removes this comment" in outcome


def test_only_one_worker_calls_the_platform_for_an_action(sandbox, sqlite_store):
    """A sweep re-sent the message while another worker is mid-call: the second waits."""
    from datetime import datetime, timedelta, timezone

    from connectors.base import Comment
    from monitor.actions import perform
    from monitor.config import SandboxConfig, default_config
    from monitor.errors import RetryableError
    from monitor.runtime import Runtime

    config = default_config().model_copy(update={"sandbox": SandboxConfig(url=sandbox.url)})
    now = datetime.now(timezone.utc)
    rt = Runtime(config, store=sqlite_store, sandbox_url=sandbox.url, clock=lambda: now)
    target = next(e for e in sandbox.state.expected() if e["platform"] == "facebook")
    [cid] = sqlite_store.add_comments("oakfield", [Comment(
        platform="facebook", account_id="oakfield-fb", id=target["id"], thread_id="t", parent_id=None,
        author_id="9", author_name="A Parent", text=target["text"], created_at=now, permalink=None)], now)
    comment = sqlite_store.get_comment(cid)
    key = f"auto:{cid}:hide"
    sqlite_store.claim_action(key, comment_id=cid, account_id="oakfield-fb", kind="hide", requested="hide", now=now)
    assert sqlite_store.take_action(key, now) == "taken"  # the other worker, mid-call
    writes = lambda: [c for c in sandbox.state.calls if c[0] in ("POST", "DELETE")]  # noqa: E731
    with pytest.raises(RetryableError):
        perform(rt, comment, "hide", key=key, requested="hide")
    assert writes() == []
    # That worker died: after the lease another may take over, once.
    later = now + timedelta(minutes=3)
    rt.clock = lambda: later
    assert "Hidden on Facebook" in perform(rt, comment, "hide", key=key, requested="hide")
    assert "Hidden on Facebook" in perform(rt, comment, "hide", key=key, requested="hide")
    assert len(writes()) == 1
    assert sandbox.state.visibility("facebook", target["id"]) == "hidden"


def _taken_by_a_worker_that_died(sandbox, store, target: dict, kind: str):
    """A runtime, the stored ``target`` comment and the key of its ``kind`` action, taken
    by a worker now (whose call the test may or may not let reach the platform) that then
    died. The runtime's clock stands at that moment; the lease runs out 120 s later."""
    from datetime import datetime, timezone

    from connectors.base import Comment
    from monitor.config import SandboxConfig, default_config
    from monitor.runtime import Runtime

    config = default_config().model_copy(update={"sandbox": SandboxConfig(url=sandbox.url)})
    now = datetime.now(timezone.utc)
    rt = Runtime(config, store=store, sandbox_url=sandbox.url, clock=lambda: now)
    account_id = {"youtube": "oakfield-yt", "x": "oakfield-x", "facebook": "oakfield-fb"}[target["platform"]]
    [cid] = store.add_comments("oakfield", [Comment(
        platform=target["platform"], account_id=account_id, id=target["id"], thread_id=target["id"],
        parent_id=None, author_id=target.get("author_id") or "1", author_name="A Stranger", text=target["text"],
        created_at=now, permalink=None)], now)
    key = f"auto:{cid}:{kind}"
    store.claim_action(key, comment_id=cid, account_id=account_id, kind=kind, requested=kind, now=now)
    assert store.take_action(key, now) == "taken"
    return rt, store.get_comment(cid), key


def _youtube_writes(sandbox) -> int:
    return sum(1 for c in sandbox.state.calls if c[0] == "POST" and "setModerationStatus" in c[1])


def _visible_youtube(sandbox, *, reply: bool) -> dict:
    return next(e for e in sandbox.state.expected() if e["platform"] == "youtube"
                and (e["kind"] == "reply") is reply and sandbox.state.visibility("youtube", e["id"]) == "visible")


@pytest.mark.parametrize(("kind", "reply", "reached", "state"), [
    ("hold", False, True, "held"),       # the dead worker's hold took effect: not sent again
    ("hold", True, True, "held"),        # a held reply is found in its held thread
    ("remove", False, True, "removed"),  # a rejected comment is no longer returned by id
    ("ban", False, True, "removed"),     # the ban rode on the rejection
    ("hold", False, False, "held"),      # the call never left: the new worker makes it
    ("remove", True, False, "removed"),
])
def test_an_interrupted_youtube_action_is_checked_before_it_is_sent_again(sandbox, sqlite_store, kind, reply,
                                                                            reached, state):
    """A worker killed between YouTube acting and recording it must not act twice."""
    from datetime import timedelta

    from monitor.actions import _call, perform
    from monitor.quota import quota_day

    target = _visible_youtube(sandbox, reply=reply)
    rt, comment, key = _taken_by_a_worker_that_died(sandbox, sqlite_store, target, kind)
    now = rt.clock()
    if reached:
        _call(rt.connector("oakfield-yt"), kind, comment)  # the dead worker's call reached YouTube
    before = _youtube_writes(sandbox)
    rt.clock = lambda: now + timedelta(minutes=3)  # after the lease
    outcome = perform(rt, comment, kind, key=key, requested=kind)
    assert _youtube_writes(sandbox) == before + (0 if reached else 1)
    assert ("confirmed on the platform after an interrupted attempt" in outcome) is reached
    assert sandbox.state.visibility("youtube", target["id"]) == state
    row = next(a for a in sqlite_store.actions_for(comment.id) if a.key == key)
    assert row.status == "done"
    assert sqlite_store.get_comment(comment.id).platform_state == state
    # the reads that checked are counted against the channel's quota, a write only if made
    units, _calls, _reads = sqlite_store.quota_usage("youtube", "default", (quota_day("youtube", now),))
    assert (1 <= units < 50) if reached else units >= 51
    # a redelivery afterwards changes nothing
    perform(rt, comment, kind, key=key, requested=kind)
    assert _youtube_writes(sandbox) == before + (0 if reached else 1)


def test_a_takeover_is_told_apart_from_a_first_take(sqlite_store):
    from datetime import datetime, timedelta, timezone

    now = datetime.now(timezone.utc)
    sqlite_store.claim_action("k", comment_id=None, account_id="oakfield-yt", kind="hold", requested="hold", now=now)
    assert sqlite_store.take_action("k", now) == "taken"
    assert sqlite_store.take_action("k", now + timedelta(seconds=60)) == "busy"
    assert sqlite_store.take_action("k", now + timedelta(seconds=121)) == "retaken"
    assert sqlite_store.take_action("k", now + timedelta(seconds=122)) == "busy"


def test_an_interrupted_x_hide_is_sent_again_and_says_so(sandbox, sqlite_store):
    """X has no read of a reply's hidden state: the new worker repeats the (idempotent)
    hide and the record says it was sent again, so the chaos check can count it apart."""
    from datetime import timedelta

    from monitor.actions import perform

    target = next(e for e in sandbox.state.expected() if e["platform"] == "x" and e["must_hide"])
    rt, comment, key = _taken_by_a_worker_that_died(sandbox, sqlite_store, target, "hide")
    now = rt.clock()
    rt.clock = lambda: now + timedelta(minutes=3)
    outcome = perform(rt, comment, "hide", key=key, requested="hide")
    assert "Hidden on X (sent again after an interrupted attempt)" == outcome
    assert sum(1 for c in sandbox.state.calls if c[0] == "PUT") == 1
    assert sandbox.state.visibility("x", target["id"]) == "hidden"
    assert "sent again" in next(a for a in sqlite_store.actions_for(comment.id) if a.key == key).detail


def test_a_takeover_whose_check_fails_asks_again_next_time(sandbox, sqlite_store):
    """The platform could not be asked (a 503): the action is not handed back as if nothing
    had been sent; after the lease the next worker asks again before acting."""
    from datetime import timedelta

    from monitor.actions import _call, perform
    from monitor.errors import RetryableError

    rt, comment, key = _taken_by_a_worker_that_died(sandbox, sqlite_store, _visible_youtube(sandbox, reply=False),
                                                    "hold")
    now = rt.clock()
    _call(rt.connector("oakfield-yt"), "hold", comment)  # landed, then the worker died
    before = _youtube_writes(sandbox)
    sandbox.inject("server_error", platform="youtube", path=r"/comments$", times=1)
    rt.clock = lambda: now + timedelta(minutes=3)
    with pytest.raises(RetryableError):
        perform(rt, comment, "hold", key=key, requested="hold")
    assert _youtube_writes(sandbox) == before
    rt.clock = lambda: now + timedelta(minutes=4)  # the retry: still within the new lease
    with pytest.raises(RetryableError):
        perform(rt, comment, "hold", key=key, requested="hold")
    rt.clock = lambda: now + timedelta(minutes=6)
    assert "confirmed on the platform" in perform(rt, comment, "hold", key=key, requested="hold")
    assert _youtube_writes(sandbox) == before
