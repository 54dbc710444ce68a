"""Crash safety, reduced (issue 7.1): real ``monitor worker`` processes killed with SIGKILL
at random moments and restarted, Redis restarted under them (losing every queued
message), PostgreSQL as the store; then exactly once is checked from the outside.

The full form is ``python benchmarks/chaos.py --comments 10000 --kills 50``; this is the
same harness (``benchmarks/chaos.py``) on a few hundred comments. The checks count rows
and audit events per comment in the database, platform writes per comment in the
sandbox's own call log, and messages per Message-ID in the mailbox.
"""

from __future__ import annotations

import os
import uuid

import pytest

from benchmarks.chaos import ChaosOptions, Stack, run_chaos

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.timeout(420)]

COMMENTS = int(os.environ.get("MONITOR_CHAOS_COMMENTS", "600"))
KILLS = int(os.environ.get("MONITOR_CHAOS_KILLS", "8"))


@pytest.fixture
def chaos_stack(postgres_cluster, redis_server, tmp_path):
    url = postgres_cluster.create_database(f"chaos_{uuid.uuid4().hex[:8]}")
    stack = Stack.using(tmp_path / "run", url, redis_server)
    (tmp_path / "run").mkdir(exist_ok=True)
    yield stack
    stack.stop()


def test_killed_workers_and_a_lost_broker_lose_nothing_and_repeat_nothing(chaos_stack, tmp_path):
    opts = ChaosOptions(comments=COMMENTS, kills=KILLS, redis_restarts=1, workers=2, threads=4,
                        play_s=max(30.0, COMMENTS / 15), seed=11, timeout_s=360,
                        out_dir=str(tmp_path / "run"))
    report = run_chaos(opts, stack=chaos_stack, echo=lambda line: None)

    # the chaos happened
    assert report.kills >= KILLS
    assert report.redis_restarts == 1
    assert report.worker_starts == 2 + report.kills
    assert report.kill_points["busy"] >= 1, "no kill landed while work was in flight"
    # the sweep had work to do: Redis lost what it held
    assert report.sweep_requeues > 0
    # every comment stored, classified and decided exactly once
    assert report.expected >= COMMENTS - 3
    assert report.missing == [], report.problems()
    # (a reply under a removed comment and a comment by an author blocked before it was
    # posted are listed by no API; each is counted apart, never silently)
    assert report.stored == report.expected - len(report.never_public) - len(report.under_taken_down)
    assert report.unfinished == 0, report.problems()
    assert (report.verdict_dupes, report.decision_dupes) == (0, 0)
    assert (report.missing_verdicts, report.missing_decisions) == (0, 0)
    assert set(report.audit_dupes.values()) == {0}, report.audit_dupes
    assert set(report.audit_missing.values()) == {0}, report.audit_missing
    # one platform write per action, and every action visible on the platform
    assert report.actions_done > 0
    assert report.duplicate_writes == [], report.duplicate_writes[:10]
    assert report.retaken_rewrites <= report.kills  # X hides re-sent after a kill, said in the record
    assert report.not_taken_down == []
    # one Message-ID per alert delivery, every sent delivery arrived; a message goes out a
    # second time (same Message-ID) only when a kill fell between the mail server taking
    # it and the delivery being recorded
    assert report.alerts_sent > 0
    assert report.mail_ids == report.alerts_sent
    assert report.duplicate_mails == []
    assert len(report.resent_same_id) <= report.kills
    assert report.chain_ok, report.chain_reason
    assert report.ok, report.problems()
