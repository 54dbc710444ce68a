"""Store behaviour on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from connectors.base import Comment
from monitor.store import AuditRow, CommentRow, comment_evidence_hash

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def make_comment(cid: str = "c1", text: str = "Well done Year 6!") -> Comment:
    return Comment(
        platform="facebook", account_id="oak-fb", id=cid, thread_id="p1", parent_id=None,
        author_id="u1", author_name="Jo Bloggs", text=text, created_at=NOW - timedelta(minutes=3),
        permalink="https://facebook.example.com/p1?comment_id=" + cid, raw={"id": cid, "message": text},
    )


def test_comments_are_unique_on_platform_and_id(store):
    first = store.add_comments("oak", [make_comment("c1"), make_comment("c2")], NOW)
    again = store.add_comments("oak", [make_comment("c1"), make_comment("c3")], NOW)
    assert len(first) == 2
    assert len(again) == 1
    assert store.count(CommentRow) == 3


def test_stored_comment_keeps_evidence_and_aware_times(store):
    [cid] = store.add_comments("oak", [make_comment("c9", "hello")], NOW)
    row = store.get_comment(cid)
    assert row.text == "hello"
    assert row.raw == {"id": "c9", "message": "hello"}
    assert row.created_at == NOW - timedelta(minutes=3)
    assert row.created_at.tzinfo is not None
    assert row.evidence_hash == comment_evidence_hash(make_comment("c9", "hello"))


def test_cursor_round_trip_and_counters(store):
    assert store.get_cursor("oak-fb") is None
    store.save_cursor("oak-fb", "facebook", {"posts": {"p1": "2026-11-20T09:00:00+00:00"}}, NOW, calls=2)
    store.save_cursor("oak-fb", "facebook", {"posts": {"p1": "2026-11-20T09:10:00+00:00"}}, NOW, calls=1)
    row = store.get_cursor("oak-fb")
    assert row.cursor["posts"]["p1"].endswith("09:10:00+00:00")
    assert (row.polls, row.calls) == (2, 3)


def test_needs_reauth_reported_once(store):
    assert store.mark_account("oak-fb", "facebook", needs_reauth=True, error="token expired") is True
    assert store.mark_account("oak-fb", "facebook", needs_reauth=True, error="token expired") is False


def test_verdict_decision_action_alert_are_idempotent(store):
    [cid] = store.add_comments("oak", [make_comment()], NOW)
    verdict = {"labels": ["abuse"], "scores": {"abuse": 0.9}, "explanations": {}, "detector_versions": {}}
    assert store.save_verdict(cid, verdict, NOW) is True
    assert store.save_verdict(cid, verdict, NOW) is False
    decision = {"intention": "hide", "labels": ["abuse"], "review_labels": [], "alert": "immediate",
                "reasons": ["abuse 0.90 >= 0.60"]}
    assert store.save_decision(cid, decision, NOW) is True
    assert store.save_decision(cid, decision, NOW) is False
    a1 = store.claim_action("hide:1", comment_id=cid, account_id="oak-fb", kind="hide", requested="hide", now=NOW)
    store.finish_action("hide:1", "done", NOW)
    a2 = store.claim_action("hide:1", comment_id=cid, account_id="oak-fb", kind="hide", requested="hide", now=NOW)
    assert a1.id == a2.id and a2.status == "done"
    _, created = store.claim_alert("alert:1", school_id="oak", comment_id=cid, kind="immediate", channel="email",
                                   recipients=["a@example.com"], subject="s", created_at=NOW)
    _, created_again = store.claim_alert("alert:1", school_id="oak", comment_id=cid, kind="immediate",
                                         channel="email", recipients=["a@example.com"], subject="s", created_at=NOW)
    assert (created, created_again) == (True, False)


def test_audit_is_chained_and_deduplicated(store):
    assert store.append_audit("seen:1", "seen", NOW, data={"n": 1}) is True
    assert store.append_audit("seen:1", "seen", NOW, data={"n": 1}) is False
    assert store.append_audit("seen:2", "seen", NOW + timedelta(seconds=1)) is True
    rows = store.audit_events()
    assert [r.seq for r in rows] == [1, 2]
    assert rows[0].prev_hash == "0" * 64
    assert rows[1].prev_hash == rows[0].hash
    assert store.count(AuditRow) == 2


def test_migrations_match_the_models(store):
    """Alembic's head creates exactly the schema the models describe (no drift)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from monitor.store import Base

    with store.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []


def test_quota_usage_accumulates(store):
    store.add_quota_usage("youtube", "default", "2026-11-20", units=3, calls=3)
    store.add_quota_usage("youtube", "default", "2026-11-20", units=50, calls=1)
    store.add_quota_usage("youtube", "default", "2026-11-21", units=3, calls=3)
    assert store.quota_usage("youtube", "default", ("2026-11-20",)) == (53, 4, 0)
    assert store.quota_usage("youtube", "default", ("2026-11-20", "2026-11-21")) == (56, 7, 0)
    assert store.quota_usage("x", "default", ("2026-11-20",)) == (0, 0, 0)


def test_an_older_concurrent_poll_does_not_move_the_cursor_back(store):
    t1, t2 = NOW, NOW + timedelta(seconds=5)
    store.save_cursor("oak-x", "x", {"since_id": "100"}, t1)
    read_at = store.get_cursor("oak-x").updated_at
    # Poll B started from the same cursor and finished first with a newer one.
    assert store.save_cursor("oak-x", "x", {"since_id": "200"}, t2, read_at=read_at) is True
    # Poll A, slower, must not overwrite it.
    assert store.save_cursor("oak-x", "x", {"since_id": "150"}, t2 + timedelta(seconds=1), read_at=read_at) is False
    assert store.get_cursor("oak-x").cursor == {"since_id": "200"}


def test_two_first_polls_racing_keep_one_cursor(store):
    """Both polls started with no cursor; the second to save finds a row and stands down."""
    assert store.save_cursor("oak-yt", "youtube", {"w": 1}, NOW, read_at=None) is True
    assert store.save_cursor("oak-yt", "youtube", {"w": 2}, NOW, read_at=None) is False
    assert store.get_cursor("oak-yt").cursor == {"w": 1}


@pytest.mark.postgres
def test_a_dead_token_is_new_to_one_caller_only(database_url):
    """Two polls of one account meeting a dead token at once: one IT alert, not two."""
    import threading

    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from monitor.store import CursorRow, Store

    if not database_url.startswith("postgresql"):
        pytest.skip("row locks are PostgreSQL's; SQLite serialises writers itself")
    store = Store(database_url)
    store.migrate()
    store.mark_account("race-x", "x", error="first poll")
    results = []
    with Session(store.engine) as first:
        row = first.get(CursorRow, "race-x", with_for_update=True)
        row.needs_reauth = True  # the first poll has it, not yet committed
        second = threading.Thread(target=lambda: results.append(
            store.mark_account("race-x", "x", needs_reauth=True, error="401")))
        second.start()
        with store.engine.connect() as watch:  # wait until the second poll waits on the lock
            waiting = text("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
            for _ in range(10_000):
                found = watch.execute(waiting).scalar()
                watch.rollback()  # a transaction keeps one snapshot of pg_stat_activity
                if found or not second.is_alive():
                    break
        first.commit()
    second.join()
    assert results == [False]
    store.dispose()
