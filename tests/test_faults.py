"""Faults, reduced (issue 7.2): the sandbox answers a fifth of all calls with 5xx (JSON and
a proxy's HTML 502), held connections that time out, dropped connections, 429s with reset
headers and spent budgets; some accounts' tokens die during the run.

The worker (dramatiq threads over the real Redis, PostgreSQL) and the scheduler run with a
clock that jumps over a reset instead of waiting for it. Checked from the outside: every
comment is processed once, paused accounts are polled again after their reset, and each
dead token produces one IT alert (one message per person told) in the mailbox.

Full form: ``MONITOR_FAULTS_FULL=1`` (3,000 comments), or
``python benchmarks/chaos.py --faults --comments 3000``.
"""

from __future__ import annotations

import json
import logging
import os
import uuid

import pytest

from benchmarks.chaos import ChaosOptions, Stack, run_faults

FULL = bool(os.environ.get("MONITOR_FAULTS_FULL"))
# the full form's own deadline (timeout_s below) is 1,800 s; pytest's must not cut it short
pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.timeout(2400 if FULL else 420)]
COMMENTS = 3000 if FULL else 300
DEAD = 3  # one account per platform


@pytest.fixture
def fault_stack(postgres_cluster, redis_server, tmp_path):
    url = postgres_cluster.create_database(f"faults_{uuid.uuid4().hex[:8]}")
    (tmp_path / "run").mkdir()
    stack = Stack.using(tmp_path / "run", url, redis_server)
    yield stack
    stack.stop()


def test_a_fifth_of_calls_failing_delays_but_loses_nothing(fault_stack, tmp_path):
    opts = ChaosOptions(comments=COMMENTS, schools=3 if not FULL else 0, fault_rate=0.2, dead_tokens=DEAD,
                        threads=8, play_s=20.0 if not FULL else 120.0, seed=5, sweep_after_s=20.0,
                        timeout_s=300 if not FULL else 1800, out_dir=str(tmp_path / "run"))
    # progress lines go to the log, shown with a failure (where did the time go?)
    report = run_faults(opts, stack=fault_stack, echo=logging.getLogger("faults").warning)
    if os.environ.get("MONITOR_FAULTS_REPORT"):  # where a full run's figures are kept
        with open(os.environ["MONITOR_FAULTS_REPORT"], "w", encoding="utf-8") as fh:
            json.dump(report.to_json(), fh, indent=2, default=str)

    # the faults happened, at about the rate asked for
    assert report.faults_answered > 0.1 * report.calls
    assert report.faults_answered < 0.4 * report.calls
    # every comment (of a live account) is processed, exactly once
    assert report.missing == [], report.problems()
    assert report.unfinished == 0, report.problems()
    assert set(report.audit_dupes.values()) == {0}, report.audit_dupes
    assert set(report.audit_missing.values()) == {0}, report.audit_missing
    assert (report.verdict_dupes, report.decision_dupes, report.missing_decisions) == (0, 0, 0)
    assert report.not_taken_down == []
    assert report.duplicate_mails == []
    assert report.chain_ok, report.chain_reason
    # rate-limited and budget-paused accounts were polled again after their reset
    assert report.paused_accounts > 0
    assert report.resumed_accounts == report.paused_accounts
    assert report.clock_jumps > 0
    # each dead token: one IT alert, one message to each person told, none twice
    assert len(report.dead_accounts) == DEAD
    assert len(report.it_alerts) == DEAD, report.it_alerts
    for account, per_person in report.it_alerts.items():
        assert per_person and set(per_person.values()) == {1}, (account, per_person)
    assert report.finished, report.problems()
