"""The chaos run: thousands of sandbox comments through real worker processes that keep
getting killed, a Redis that is restarted under them, and checks that nothing was lost
or done twice.

What runs (all on loopback, nothing to install beyond the test dependencies):

* a throwaway PostgreSQL cluster and a redis-server without persistence (the same
  helpers as the test fixtures in ``tests/plugins``), SQLite with ``--database sqlite``;
* the generated sandbox fleet (``connectors/sandbox/generated.py``) and a mail catcher
  in this process;
* ``monitor worker --config FILE`` subprocesses, SIGKILLed at random moments and
  restarted at once; the scheduler (``Scheduler.tick``, with a short ``sweep_after_s``)
  in a thread of this process, so it survives the kills it is there to repair.

Redis keeps nothing across its restart, so the messages queued at that moment are lost;
the scheduler's sweep must find the comments they were carrying (the database is the
source of truth) and send them on. Optionally (``--fault-rate``) the sandbox also answers
a share of calls with 5xx, timeouts, resets, 429s, quota errors and dead tokens.

At the end the checks count, per comment: one stored row, one verdict, one decision, one
``seen``/``classified``/``decided`` audit event; per platform write: one call (from the
sandbox's own call log); per alert: one message (by Message-ID in the mailbox); and the
audit chain must verify. A summary is printed and written as JSON.

Full form (issue 7.1)::

    .venv/bin/python benchmarks/chaos.py --comments 10000 --kills 50

The CI form is ``tests/test_chaos.py`` (a few hundred comments, a few kills).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from connectors.sandbox.generated import SandboxFleet, build_fleet_config, build_fleet_scenarios  # noqa: E402

__all__ = ["ChaosOptions", "ChaosReport", "JumpClock", "Stack", "WorkerPool", "check_run", "describe_missing", "main",
           "run_chaos", "run_faults", "sort_lost"]

log = logging.getLogger("chaos")

FINAL = ("done", "review", "restored")


@dataclass
class ChaosOptions:
    comments: int = 600
    schools: int = 0  # 0: one school per 500 comments, at least 2
    kills: int = 8
    redis_restarts: int = 1
    workers: int = 2
    threads: int = 4
    play_s: float = 40.0  # wall seconds over which the sandbox releases the comments
    kill_window_s: float | None = None  # wall seconds over which kills are spread (default: play_s)
    seed: int = 7
    fault_rate: float = 0.0  # share of sandbox calls answered with a fault (issue 7.2)
    dead_tokens: int = 0  # accounts whose token dies during the run (one IT alert each)
    database: str = "postgresql"  # or "sqlite"
    sweep_after_s: float = 30.0
    periodic_s: float = 2.0
    poll_interval_s: float = 1.0
    timeout_s: float = 900.0
    out_dir: str | None = None

    @property
    def school_count(self) -> int:
        return self.schools or max(2, round(self.comments / 500))


@dataclass
class ChaosReport:
    options: dict[str, Any]
    started_at: str = ""
    seconds: float = 0.0
    finished: bool = False
    expected: int = 0
    stored: int = 0
    missing: list[str] = field(default_factory=list)
    missing_detail: list[dict[str, Any]] = field(default_factory=list)  # diagnostics per missing item
    under_taken_down: list[str] = field(default_factory=list)
    never_public: list[str] = field(default_factory=list)  # author blocked before posting (see sort_lost)
    unexpected: int = 0
    unfinished: int = 0
    verdict_dupes: int = 0
    decision_dupes: int = 0
    missing_verdicts: int = 0
    missing_decisions: int = 0
    audit_dupes: dict[str, int] = field(default_factory=dict)
    audit_missing: dict[str, int] = field(default_factory=dict)
    actions_done: int = 0
    write_calls: int = 0
    duplicate_writes: list[str] = field(default_factory=list)
    refused_rewrites: int = 0
    retaken_rewrites: int = 0  # X: a write sent again after a kill, the platform has no state read
    fault_rewrites: int = 0
    dead_accounts: list[str] = field(default_factory=list)
    not_taken_down: list[str] = field(default_factory=list)
    alerts_sent: int = 0
    mails: int = 0
    duplicate_mails: list[str] = field(default_factory=list)
    resent_same_id: list[str] = field(default_factory=list)
    mail_ids: int = 0
    mails_without_row: int = 0
    it_alerts: dict[str, dict[str, int]] = field(default_factory=dict)
    audit_events: int = 0
    chain_ok: bool = False
    chain_reason: str = ""
    catch_up: int = 0
    #: alert deliveries per status still busy when the run gave up waiting (empty when settled)
    unsettled: dict[str, int] = field(default_factory=dict)
    clock_jumps: int = 0
    paused_accounts: int = 0
    resumed_accounts: int = 0
    kills: int = 0
    kill_points: Counter = field(default_factory=Counter)
    redis_restarts: int = 0
    worker_starts: int = 0
    sweep_requeues: int = 0
    faults_answered: int = 0
    calls: int = 0
    peak_queue_depth: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return (self.finished and not self.missing and not self.unexpected and not self.unfinished
                and not self.verdict_dupes and not self.decision_dupes and not self.missing_verdicts
                and not self.missing_decisions and not any(self.audit_dupes.values())
                and not any(self.audit_missing.values()) and not self.duplicate_writes
                and not self.not_taken_down and not self.duplicate_mails and self.chain_ok
                and self.retaken_rewrites <= self.kills)

    def problems(self) -> list[str]:
        out = []
        if not self.finished:
            out.append(f"did not finish in time ({self.unfinished} comments unfinished, "
                       f"alert deliveries busy: {self.unsettled or 'none'})")
        for name in ("missing", "duplicate_writes", "not_taken_down", "duplicate_mails"):
            value = getattr(self, name)
            if value:
                out.append(f"{name}: {len(value)} e.g. {value[:5]}")
        for name in ("unexpected", "unfinished", "verdict_dupes", "decision_dupes", "missing_verdicts",
                     "missing_decisions"):
            if getattr(self, name):
                out.append(f"{name}: {getattr(self, name)}")
        for name in ("audit_dupes", "audit_missing"):
            bad = {k: v for k, v in getattr(self, name).items() if v}
            if bad:
                out.append(f"{name}: {bad}")
        if not self.chain_ok:
            out.append(f"audit chain: {self.chain_reason}")
        return out

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["kill_points"] = dict(self.kill_points)
        data["ok"] = self.ok
        return data


# ---------------------------------------------------------------- the services


class Stack:
    """PostgreSQL (or SQLite), Redis, the mail catcher and the sandbox fleet."""

    def __init__(self, out_dir: Path, database: str = "postgresql") -> None:
        self.out_dir = out_dir
        self.database = database
        self.pg = None
        self.redis = None
        self.catcher = None
        self.database_url = ""
        self._own_redis = True

    @classmethod
    def using(cls, out_dir: Path, database_url: str, redis) -> Stack:
        """A stack on an existing database and Redis server (the test fixtures'); only
        the mail catcher is started here, and only it is stopped by :meth:`stop`."""
        from monitor.mailcatcher import MailCatcher

        stack = cls(out_dir, database_url)
        stack.database_url = database_url
        stack.redis = redis
        stack._own_redis = False
        stack.catcher = MailCatcher(host="127.0.0.1", port=0, maildir=out_dir / "mail").start()
        return stack

    def start(self) -> Stack:
        from monitor.mailcatcher import MailCatcher
        from tests.plugins.redis import RedisServer

        if self.database == "postgresql":
            from tests.plugins.database import PostgresCluster, _pg_bindir

            bindir = _pg_bindir()
            if bindir is None:
                raise RuntimeError("PostgreSQL binaries not found (use --database sqlite)")
            self.pg = PostgresCluster(bindir)
            self.pg.start()
            self.database_url = self.pg.create_database("chaos")
        elif self.database == "sqlite":
            self.database_url = f"sqlite:///{(self.out_dir / 'monitor.db').resolve()}"
        else:
            self.database_url = self.database
        self.redis = RedisServer()
        self.redis.start()
        self.catcher = MailCatcher(host="127.0.0.1", port=0, maildir=self.out_dir / "mail").start()
        return self

    def stop(self) -> None:
        if self.catcher is not None:
            self.catcher.stop()
            self.catcher = None
        if self.redis is not None and self._own_redis:
            self.redis.stop()
            shutil.rmtree(self.redis.dir, ignore_errors=True)
        if self.pg is not None:
            self.pg.stop()


class WorkerPool:
    """``monitor worker`` subprocesses that can be killed and restarted."""

    def __init__(self, config_path: Path, env: dict[str, str], log_dir: Path, *, processes: int,
                 threads: int) -> None:
        self.config_path = config_path
        self.env = env
        self.log_dir = log_dir
        self.threads = threads
        self.procs: list[subprocess.Popen | None] = [None] * processes
        self.starts = 0

    def command(self) -> list[str]:
        return [sys.executable, "-m", "monitor.cli", "worker", "--config", str(self.config_path),
                "--threads", str(self.threads)]

    def start(self, slot: int) -> subprocess.Popen:
        self.starts += 1
        with open(self.log_dir / f"worker-{slot}.log", "ab") as err:
            proc = subprocess.Popen(self.command(), env=self.env, cwd=str(ROOT), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        self.procs[slot] = proc
        return proc

    def start_all(self) -> None:
        for slot in range(len(self.procs)):
            self.start(slot)

    def kill(self, slot: int) -> None:
        proc = self.procs[slot]
        if proc is not None and proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)

    def revive_dead(self) -> int:
        """Restart workers that died on their own (none should); returns how many."""
        revived = 0
        for slot, proc in enumerate(self.procs):
            if proc is not None and proc.poll() is not None:
                log.warning("worker %d exited with %s; restarting", slot, proc.returncode)
                self.start(slot)
                revived += 1
        return revived

    def stop_all(self, timeout_s: float = 20.0) -> None:
        for proc in self.procs:
            if proc is not None and proc.poll() is None:
                proc.terminate()
        deadline = time.monotonic() + timeout_s
        for proc in self.procs:
            if proc is None:
                continue
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)

    def rss_kib(self) -> list[int]:
        out = []
        for proc in self.procs:
            if proc is not None and proc.poll() is None:
                out.append(_rss_kib(proc.pid))
        return out


def _rss_kib(pid: int, field_name: str = "VmRSS") -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def write_config(config, path: Path) -> Path:
    data = config.model_dump(mode="json", exclude_defaults=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def worker_env(fleet: SandboxFleet, config_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update(fleet.environment())
    env["MONITOR_CONFIG"] = str(config_path)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    # one thread per BLAS/torch pool: the machine has two cores and several processes
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[name] = "1"
    return env


class JumpClock:
    """Real time plus an offset that only moves forward: "later" without waiting."""

    def __init__(self) -> None:
        self._offset = timedelta(0)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return datetime.now(timezone.utc) + self._offset

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._offset += timedelta(seconds=seconds)


# ---------------------------------------------------------------- the scheduler thread


class SchedulerThread:
    """The real Scheduler ticking in a thread of this process, counting sweep re-sends."""

    def __init__(self, rt, broker, *, periodic_s: float, sweep_after_s: float, tick_s: float = 0.2) -> None:
        from monitor.actors import send
        from monitor.scheduler import Scheduler

        self.requeued = 0
        #: held around each tick, and by the fault run while it jumps the clock
        self.lock = threading.Lock()

        def counting_send(step: str, *args) -> None:
            send(step, *args)

        self.scheduler = Scheduler(rt, counting_send, broker.client, periodic_s=periodic_s,
                                   sweep_after_s=sweep_after_s, lease_s=5.0)
        self.tick_s = tick_s
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="chaos-scheduler", daemon=True)

    def _run(self) -> None:
        from monitor.scheduler import STAGE_STEPS

        sweep_steps = set(STAGE_STEPS.values())
        while not self.stop_event.is_set():
            try:
                with self.lock:
                    sent = self.scheduler.tick()
                self.requeued += sum(1 for step, _ in sent if step in sweep_steps)
            except Exception as exc:  # Redis restarting: try again next tick
                log.info("scheduler tick failed: %s", type(exc).__name__)
            self.stop_event.wait(self.tick_s)

    def start(self) -> SchedulerThread:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(10)


# ---------------------------------------------------------------- progress and checks


def progress(store, leave_out: Collection[str] = ()) -> tuple[int, int]:
    """Comments stored and comments not yet final; ``stored`` leaves out ``leave_out``'s accounts."""
    from monitor.store import CommentRow

    with store.session() as s:
        count = select(func.count()).select_from(CommentRow)
        if leave_out:
            count = count.where(CommentRow.account_id.not_in(list(leave_out)))
        stored = s.scalar(count) or 0
        unfinished = s.scalar(select(func.count()).select_from(CommentRow).where(CommentRow.status.not_in(FINAL))) or 0
    return stored, unfinished


#: A worker that has not reached Redis for this long is taken for dead when settling
#: (a live one fetches every second or so, whatever its load).
LIVE_WITHIN_S = 30.0
#: Alert delivery states that still have work ahead (grouped items included).
BUSY_ALERTS = ("pending", "sending", "failed", "batched")


def busy_alerts(store) -> dict[str, int]:
    """Alert deliveries per status that are not settled yet."""
    from monitor.store import AlertRow

    with store.session() as s:
        rows = s.execute(select(AlertRow.status, func.count()).where(AlertRow.status.in_(BUSY_ALERTS))
                         .group_by(AlertRow.status)).all()
    return {status: count for status, count in rows}


def settle_alerts(store, broker, sched: SchedulerThread, schools, deadline: float) -> dict[str, int]:
    """Send every school's grouped alerts now, wait for all deliveries, then stop the scheduler.

    Settled means: at one moment with no scheduler tick running, no delivery busy and no
    message that may make or send one (any queue but the polls) queued or in a worker's
    hands. The scheduler keeps creating escalation pages while it runs (a DSL alert nobody
    acknowledged), so a check made while it ticks can see "settled" and a moment later a
    new page; it is stopped at the settled moment. Polls are left out: the scheduler sends
    sixty a second, so the poll queue is seldom empty, and everything is read by now.
    Returns what was still busy when the deadline came first (empty: settled).
    """
    from monitor.actors import send

    for school in schools:
        send("flush_grouped_alerts", school.id, True)
    busy: dict[str, int] = {}
    while time.monotonic() < deadline:
        with sched.lock:
            busy = busy_alerts(store)
            depths = queue_depths(broker)  # empty while Redis cannot answer: not settled
            messages = (sum(n for q, n in depths.items() if q != "poll")
                        + in_flight(broker, skip=("poll",), live_within_s=LIVE_WITHIN_S) if depths else 1)
            if not busy and not messages:
                sched.stop_event.set()  # no tick after this one: nothing new is created
                return {}
            if messages:
                busy = {**busy, "(messages queued or in hand)": messages}
        time.sleep(0.2)
    return busy


def _lost_nodes(fleet: SandboxFleet, expected: list[dict[str, Any]], lost: set[tuple[str, str]]):
    """(row, key, sandbox state, node) of each expected item in ``lost``."""
    for row in expected:
        key = (row["platform"], row["id"])
        if key in lost:
            state = fleet.servers[row["school_id"]].state
            yield row, key, state, state.nodes[row["platform"]][row["id"]]


def sort_lost(fleet: SandboxFleet, expected: list[dict[str, Any]], lost: set[tuple[str, str]]
              ) -> dict[str, list[str]]:
    """Split the expected items that were never stored into what no API ever listed and
    what was lost (``missing``), each as sorted ``platform:id`` strings.

    Never listed, so never readable by any client, and counted apart:

    * ``under_taken_down``: a reply under a comment that was taken down (the generator only
      replies to benign comments; a false positive can still take one down);
    * ``never_public``: an item whose author the worker had blocked (Facebook) or hidden
      from the channel (YouTube) before it was posted: the platform removed it on arrival.
      The sandbox marks such an item when it releases it, and an item any answer
      carried (``SandboxState.served``) is never counted here.
    """
    out: dict[str, list[str]] = {"missing": [], "under_taken_down": [], "never_public": []}
    for row, key, state, node in _lost_nodes(fleet, expected, lost):
        parent = node.parent
        if parent is not None and parent.kind not in ("post", "video", "tweet") and (
                parent.status == "removed" or (row["platform"] == "youtube" and parent.status != "visible")):
            # Facebook and X still list replies under a hidden comment; a held YouTube
            # comment takes its published replies out of every listing.
            bucket = "under_taken_down"
        elif node.blocked_on_arrival and key not in state.served:
            bucket = "never_public"
        else:
            bucket = "missing"
        out[bucket].append(f"{key[0]}:{key[1]}")
    return {name: sorted(items) for name, items in out.items()}


def describe_missing(fleet: SandboxFleet, expected: list[dict[str, Any]], lost: set[tuple[str, str]]
                     ) -> list[dict[str, Any]]:
    """What the sandbox knows of each lost item: when it was created and first served (a
    listing carried it), its state and that of its parent. An item served
    but not stored was dropped by the worker; one never served was not listed to it."""
    out = []
    for row, key, state, node in _lost_nodes(fleet, expected, lost):
        served = state.served.get(key)
        out.append({
            "item": f"{row['platform']}:{row['id']}", "school": row["school_id"], "kind": node.kind,
            "root": node.root.key if node.root is not None else None, "at_s": node.at_s,
            "created_at": node.created_at.isoformat() if node.created_at else None,
            "served_at": served.isoformat() if served else None,
            "served_after_s": round((served - node.created_at).total_seconds(), 3)
            if served and node.created_at else None,
            "status": node.status, "removed_reason": node.removed_reason,
            "parent_status": node.parent.status if node.parent is not None else None,
        })
    return sorted(out, key=lambda d: d["item"])


def check_run(report: ChaosReport, fleet: SandboxFleet, store, maildir: Path) -> ChaosReport:
    """Fill ``report`` with the exactly-once checks (see the module docstring)."""
    from monitor.audit import verify_chain
    from monitor.mailcatcher import read_mailbox
    from monitor.store import ActionRow, AlertRow, AuditRow, CommentRow, DecisionRow, VerdictRow

    expected = fleet.expected()
    report.expected = len(expected)
    with store.session() as s:
        comments = {(c.platform, c.external_id): (c.id, c.status, c.account_id) for c in s.scalars(select(CommentRow))}
        verdicts = Counter(s.scalars(select(VerdictRow.comment_id)))
        decisions = Counter(s.scalars(select(DecisionRow.comment_id)))
        audits = Counter((e, c) for e, c in s.execute(select(AuditRow.event, AuditRow.comment_id))
                         .all() if c is not None)
        actions = list(s.execute(select(ActionRow.comment_id, ActionRow.kind, ActionRow.status)).all())
        resent = set(s.scalars(select(ActionRow.comment_id).where(
            ActionRow.status == "done", ActionRow.detail.like("%sent again after an interrupted attempt%"))))
        action_keys_done = set(s.scalars(select(ActionRow.key).where(ActionRow.status == "done")))
        audit_keys = set(s.scalars(select(AuditRow.key)))
        alerts = list(s.execute(select(AlertRow.key, AlertRow.kind, AlertRow.channel, AlertRow.status)).all())
        report.audit_events = s.scalar(select(func.count()).select_from(AuditRow)) or 0
    report.stored = len(comments)
    # items on an account whose token died after it died are, rightly, never read
    dead = set(report.dead_accounts)
    wanted = {(row["platform"], row["id"]) for row in expected if row["account_key"] not in dead}
    wanted |= {key for key, (_, _, account) in comments.items() if account in dead}
    lost = sort_lost(fleet, expected, wanted - set(comments))
    report.under_taken_down = lost["under_taken_down"]
    report.never_public = lost["never_public"]
    report.missing = lost["missing"]
    missing = {tuple(item.split(":", 1)) for item in report.missing}
    report.missing_detail = describe_missing(fleet, expected, missing)
    report.unexpected = len(set(comments) - wanted)
    report.unfinished = sum(1 for _, status, _ in comments.values() if status not in FINAL)
    ids = [cid for cid, _, _ in comments.values()]
    report.verdict_dupes = sum(1 for cid in ids if verdicts[cid] > 1)
    report.decision_dupes = sum(1 for cid in ids if decisions[cid] > 1)
    report.missing_verdicts = sum(1 for cid in ids if verdicts[cid] == 0)
    report.missing_decisions = sum(1 for cid in ids if decisions[cid] == 0)
    for event in ("seen", "classified", "decided"):
        report.audit_dupes[event] = sum(1 for cid in ids if audits[(event, cid)] > 1)
        report.audit_missing[event] = sum(1 for cid in ids if audits[(event, cid)] == 0)
    # every action done and every delivery sent has its audit event
    report.audit_missing["action_done"] = sum(1 for k in action_keys_done if f"action_done:{k}" not in audit_keys)
    # (the weekly digest keys its event "<key>:sent")
    report.audit_missing["alert_sent"] = sum(1 for key, _, _, status in alerts if status == "sent"
                                             and f"alert_sent:{key}" not in audit_keys
                                             and f"{key}:sent" not in audit_keys)
    # every action done is one write on the platform, and only one
    by_id = {cid: key for key, (cid, _, _) in comments.items()}
    writes = fleet.write_calls()
    report.write_calls = sum(writes.values())
    done = [(cid, kind) for cid, kind, status in actions if status == "done" and cid is not None]
    report.actions_done = len(done)
    school_of = {(row["platform"], row["id"]): row["school_id"] for row in expected}
    # A write the platform refused (X: a reply in someone else's thread) is recorded as a
    # failed action and may be tried again on redelivery; that is not an action done twice.
    refused = {by_id[cid] for cid, _, status in actions if status == "failed" and cid in by_id}
    # X offers no way to ask whether a dead worker's hide landed, so a worker taking the
    # action over sends it again (the same idempotent write); the action's record says so.
    # Counted apart, at most one per kill; YouTube and Facebook are asked first.
    resent_x = {by_id[cid] for cid in resent if cid in by_id and by_id[cid][0] == "x"}
    for (platform, ext_id, what), n in writes.items():
        if what == "block" or n <= 1:
            continue
        if (platform, ext_id) in refused:
            report.refused_rewrites += n - 1
        elif (platform, ext_id) in resent_x and n == 2:
            report.retaken_rewrites += 1
        elif report.options.get("fault_rate"):
            report.fault_rewrites += n - 1  # a call that failed is tried again: expected
        else:
            report.duplicate_writes.append(f"{platform}:{ext_id}:{what}x{n}")
    for cid, kind in done:
        platform, ext_id = by_id[cid]
        if kind in ("hide", "hold", "remove"):
            seen = fleet.visibility(platform, ext_id, school_of[(platform, ext_id)])
            if seen == "visible":
                report.not_taken_down.append(f"{platform}:{ext_id}:{kind}")
    # one message per delivery key (the Message-ID is derived from it)
    report.alerts_sent = sum(1 for _, _, channel, status in alerts if status == "sent" and channel == "email")
    mails = read_mailbox(maildir)
    report.mails = len(mails)
    ids_seen = Counter(str(m["Message-ID"]) for m in mails)
    report.mail_ids = len(ids_seen)
    # A worker killed after the mail server took a message but before the delivery was
    # recorded leaves it "sending"; after the lease it is sent again with the same
    # Message-ID (mail clients show one). Those are counted apart from real duplicates,
    # which would carry different Message-IDs for one delivery key.
    per_key = Counter(str(m["X-Monitor-Alert-Key"]) for m in mails)
    report.resent_same_id = sorted(key for key, n in per_key.items() if n > 1)
    if not report.kills:
        report.duplicate_mails = list(report.resent_same_id)  # nothing crashed: no excuse
    sent_keys = {key for key, _, channel, status in alerts if status == "sent" and channel == "email"}
    report.mails_without_row = max(0, len(ids_seen) - len(sent_keys))
    it: dict[str, Counter] = defaultdict(Counter)
    for m in mails:
        subject = " ".join(str(m["Subject"] or "").split())  # long subjects arrive folded
        if subject.startswith("[IT action needed]") and "re-authoris" in subject:
            account = subject.removeprefix("[IT action needed]").split(":")[0].strip()
            it[account][str(m["To"])] += 1
    report.it_alerts = {k: dict(v) for k, v in it.items()}
    chain = verify_chain(store)
    report.chain_ok, report.chain_reason = chain.ok, chain.reason
    report.calls = len(fleet.calls())
    return report


# ---------------------------------------------------------------- the run


def queue_depths(broker) -> dict[str, int]:
    """Messages waiting per queue (empty while Redis is being restarted)."""
    import redis

    try:
        return {queue: int(broker.client.llen(f"dramatiq:{queue}")) for queue in ("poll", "default", "alerts")}
    except redis.RedisError:
        return {}


def _plan_kills(n: int, window_s: float, rng: random.Random) -> list[float]:
    """``n`` kill moments spread over the window, jittered (seconds from the start)."""
    if n <= 0:
        return []
    step = window_s / n
    return sorted(step * i + rng.uniform(0.05, 0.95) * step for i in range(n))


def inject_faults(fleet: SandboxFleet, rate: float, seed: int) -> None:
    """Split ``rate`` over the transient fault kinds of issue 7.2 (token death is separate)."""
    kinds = ("server_error", "server_error:html", "timeout", "disconnect", "rate_limited", "quota")
    share = rate / len(kinds)
    # the fault list is tried in order, each drawing independently: correct each share so
    # the overall rate comes out at ``rate``
    left = 1.0
    for n, kind in enumerate(kinds):
        fleet.inject(kind, rate=min(1.0, share / left), seed=seed + n)
        left -= share


def run_chaos(opts: ChaosOptions, *, stack: Stack | None = None, echo=print) -> ChaosReport:
    from monitor.actors import configure, declare_actors
    from monitor.broker import build_broker
    from monitor.runtime import Runtime

    rng = random.Random(opts.seed)
    report = ChaosReport(options=asdict(opts), started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    started = time.monotonic()
    out_dir = Path(opts.out_dir) if opts.out_dir else Path(tempfile.mkdtemp(prefix="monitor-chaos-"))
    if out_dir.exists() and stack is None:
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    per_school = max(1, opts.comments // opts.school_count)
    scenarios = build_fleet_scenarios(opts.school_count, per_school, seed=opts.seed, duration_s=opts.play_s)
    fleet = SandboxFleet(scenarios, speed=1.0)
    # a "timeout" fault must end well inside the test; the connectors give up after timeout_s
    fleet.fault_delay_s = 3.0
    own_stack = stack is None
    stack = stack or Stack(out_dir, opts.database)
    pool = None
    sched = None
    catch_up = None
    clock = JumpClock()
    try:
        if own_stack:
            stack.start()
        fleet.start()
        config = build_fleet_config(scenarios, sandbox_url=fleet.url, database_url=stack.database_url,
                                    broker_url=stack.redis.url, smtp_port=stack.catcher.port,
                                    poll_interval_s=opts.poll_interval_s, timeout_s=2.0)
        config_path = write_config(config, out_dir / "monitor.yaml")
        env = worker_env(fleet, config_path)
        os.environ.update(fleet.environment())
        rt = Runtime(config, sandbox_url=fleet.url, clock=clock)
        rt.store.migrate()
        broker = build_broker(stack.redis.url)
        declare_actors(broker)
        configure(rt)
        if opts.fault_rate:
            inject_faults(fleet, opts.fault_rate, opts.seed)
        dead = [s.account_ids[n % 3] for n, s in enumerate(scenarios[:opts.dead_tokens])]
        report.dead_accounts = list(dead)
        pool = WorkerPool(config_path, env, out_dir, processes=opts.workers, threads=opts.threads)
        pool.start_all()
        sched = SchedulerThread(rt, broker, periodic_s=opts.periodic_s, sweep_after_s=opts.sweep_after_s).start()
        window = opts.kill_window_s or opts.play_s
        kill_at = _plan_kills(opts.kills, window, rng)
        restart_at = sorted(window * (i + 1) / (opts.redis_restarts + 1) for i in range(opts.redis_restarts))
        token_death_at = window * 0.3
        t0 = time.monotonic()
        deadline = t0 + opts.timeout_s
        last_echo = 0.0
        total = len(fleet.expected())
        mark, mark_at = None, time.monotonic()
        stall_s = opts.sweep_after_s + 3 * opts.periodic_s + 15
        while time.monotonic() < deadline:
            now = time.monotonic() - t0
            if kill_at and now >= kill_at[0]:
                kill_at.pop(0)
                slot = rng.randrange(len(pool.procs))
                stored, unfinished = progress(rt.store)
                report.kill_points["busy" if unfinished or stored < total else "idle"] += 1
                pool.kill(slot)
                pool.start(slot)
                report.kills += 1
            if restart_at and now >= restart_at[0]:
                restart_at.pop(0)
                stack.redis.restart()
                report.redis_restarts += 1
                echo(f"[{now:6.1f}s] redis restarted (queued messages lost)")
            if dead and now >= token_death_at:
                for account_id in dead:
                    platform = {"fb": "facebook", "x": "x", "yt": "youtube"}[account_id.rsplit("-", 1)[1]]
                    fleet.servers[account_id.rsplit("-", 1)[0]].inject("auth", platform=platform)
                dead = []
            pool.revive_dead()
            stored, unfinished = progress(rt.store)
            if now - last_echo >= 10:
                last_echo = now
                depths = queue_depths(broker)
                for queue, depth in depths.items():
                    report.peak_queue_depth[queue] = max(depth, report.peak_queue_depth.get(queue, 0))
                echo(f"[{now:6.1f}s] stored {stored}/{total}, unfinished {unfinished}, "
                     f"kills {report.kills}, sweep re-sends {sched.requeued}, "
                     f"queued {' '.join(f'{q} {n}' for q, n in depths.items())}")
            if (stored, unfinished) != mark:
                mark, mark_at = (stored, unfinished), time.monotonic()
            if not kill_at and not restart_at:
                if stored >= total and unfinished == 0:
                    break
                if time.monotonic() - mark_at > stall_s:
                    break  # no progress: what is left waits on a lease (below) or is lost
            time.sleep(0.2)  # polling real processes with a deadline
        stored, unfinished = progress(rt.store)
        if unfinished:
            # A worker killed while sending an e-mail leaves that delivery "sending"; it may
            # be taken again after the lease (alerting.SENDING_LEASE_S, ten minutes). Rather
            # than wait, a catch-up worker in this process runs ten minutes "later".
            from monitor.alerting import SENDING_LEASE_S

            report.catch_up = unfinished
            echo(f"[{time.monotonic() - t0:6.1f}s] {unfinished} comments wait on a lease: catch-up worker "
                 f"{SENDING_LEASE_S:.0f} s later")
            pool.stop_all()
            clock.advance(SENDING_LEASE_S + 1)
            import dramatiq

            catch_up = dramatiq.Worker(broker, worker_threads=opts.threads, worker_timeout=100)
            catch_up.start()
        settle_until = time.monotonic() + stall_s
        while time.monotonic() < deadline:
            stored, unfinished = progress(rt.store)
            # done when all is in; or nothing left to do and nothing new for a while (what
            # is still missing then is reported by the checks)
            if unfinished == 0 and (stored >= total or time.monotonic() > settle_until):
                break
            time.sleep(0.2)
        # close the grouped-alert windows now instead of waiting an hour, then let it settle
        report.unsettled = settle_alerts(rt.store, broker, sched, config.schools, deadline)
        finished = unfinished == 0 and not report.unsettled
        if catch_up is not None:
            catch_up.stop()
        report.finished = finished
    finally:
        if sched is not None:
            sched.stop()
            report.sweep_requeues = sched.requeued
        if pool is not None:
            pool.stop_all()
            report.worker_starts = pool.starts
        fleet.stop()
        if sys.exc_info()[0] is not None:  # interrupted or failed: nothing to check, free the services
            configure(None)
            stack.stop()
    try:
        check_run(report, fleet, rt.store, out_dir / "mail")
        report.faults_answered = sum(f.fired for s in fleet.servers.values() for f in s._faults)
    finally:
        configure(None)
        rt.store.dispose()
        stack.stop()
    report.seconds = round(time.monotonic() - started, 1)
    return report


# ---------------------------------------------------------------- faults (issue 7.2)

#: Throttling and budget answers are injected on reads (the polls), where the worker
#: pauses the account until the reset; writes meet 5xx, timeouts and resets and are
#: retried with backoff. Paths per platform: Facebook feed and comment lists, X mentions
#: and search, YouTube comment threads and replies.
READ_PATHS = r"/(feed|comments|mentions|search/recent|commentThreads)$"
TRANSIENT = ("server_error", "server_error:html", "timeout", "disconnect")
THROTTLE = ("rate_limited", "quota")


def inject_fault_mix(fleet: SandboxFleet, rate: float, seed: int) -> None:
    """About ``rate`` of all calls fail: transient faults anywhere, throttling on reads."""
    kinds = [(k, None) for k in TRANSIENT] + [(k, READ_PATHS) for k in THROTTLE]
    share = rate / len(kinds)
    left = 1.0
    for n, (kind, path) in enumerate(kinds):
        # faults are tried in order, each drawing on its own: correct each share so the
        # overall rate comes out at ``rate``
        fleet.inject(kind, rate=min(1.0, share / left), seed=seed + n, path=path)
        left -= share


def in_flight(broker, skip: tuple[str, ...] = (), live_within_s: float | None = None) -> int:
    """Messages a worker has fetched and not yet acknowledged (prefetched or running),
    leaving out the queues named in ``skip``.

    Delayed retries (``.DQ``) are left out: a worker holds them until they are due, which
    may be minutes, and they do not run before then. With ``live_within_s``, only workers
    that reached Redis within that many seconds count: a SIGKILLed worker's unacknowledged
    messages stay in its set until a live worker's maintenance (a random one call in a
    thousand, after a minute's silence) puts them back in their queue, where they count
    as queued; until then nothing will run them."""
    import redis

    client = broker.client
    try:
        live: set[str] | None = None
        if live_within_s is not None:
            since_ms = (time.time() - live_within_s) * 1000  # dramatiq's heartbeats are ms
            live = {(w.decode() if isinstance(w, bytes) else w)
                    for w in client.zrangebyscore("dramatiq:__heartbeats__", since_ms, "+inf")}
        keys = []
        for key in client.scan_iter("dramatiq:__acks__.*"):
            name = key.decode() if isinstance(key, bytes) else key
            # dramatiq:__acks__.<worker id>.<queue>
            worker, _, queue = name[len("dramatiq:__acks__."):].rpartition(".")
            if name.endswith(".DQ") or queue in skip or (live is not None and worker not in live):
                continue
            keys.append(key)
        return sum(int(client.scard(key)) for key in keys)
    except redis.RedisError:
        return 1  # unknown: assume busy


def sending(store) -> int:
    """Deliveries being sent right now (a clock jump past their lease would re-send them)."""
    from monitor.store import AlertRow

    with store.session() as s:
        return s.scalar(select(func.count()).select_from(AlertRow).where(AlertRow.status == "sending")) or 0


def paused_accounts(store, now: datetime) -> dict[str, datetime]:
    from monitor.store import CursorRow

    with store.session() as s:
        return {r.account_id: r.paused_until for r in s.scalars(select(CursorRow).where(CursorRow.paused_until > now))}


def _not_resumed(store, first_pause_end: dict[str, datetime], skip: set[str]) -> list[str]:
    """Accounts not polled successfully since their first pause ended."""
    from monitor.store import CursorRow

    with store.session() as s:
        polled = {c.account_id: c.updated_at for c in s.scalars(select(CursorRow))}
    return [a for a, until in first_pause_end.items()
            if a not in skip and (polled.get(a) is None or polled[a] < until)]


def _not_marked_dead(store, accounts: list[str]) -> list[str]:
    """Accounts whose token died but which the worker has not yet marked for re-authorisation."""
    from monitor.store import CursorRow

    with store.session() as s:
        marked = {c.account_id for c in s.scalars(select(CursorRow).where(CursorRow.needs_reauth.is_(True)))}
    return [a for a in accounts if a not in marked]


def run_faults(opts: ChaosOptions, *, stack: Stack | None = None, echo=print, keep: dict | None = None) -> ChaosReport:
    """Issue 7.2: faults on ``opts.fault_rate`` of the calls, dead tokens, time jumps.

    Runs the real worker (dramatiq threads over the real Redis) and scheduler in this
    process with a clock that can jump: when nothing moves but accounts are paused by a
    rate limit or a spent budget, the clock jumps to the earliest reset instead of waiting
    for it (a spent YouTube budget resets at Pacific midnight, hours away).
    """
    import dramatiq

    from monitor.actors import configure, declare_actors
    from monitor.broker import build_broker
    from monitor.runtime import Runtime
    from monitor.store import CursorRow

    report = ChaosReport(options=asdict(opts), started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    started = time.monotonic()
    out_dir = Path(opts.out_dir) if opts.out_dir else Path(tempfile.mkdtemp(prefix="monitor-faults-"))
    if out_dir.exists() and stack is None:
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    clock = JumpClock()
    per_school = max(1, opts.comments // opts.school_count)
    scenarios = build_fleet_scenarios(opts.school_count, per_school, seed=opts.seed, duration_s=opts.play_s)
    fleet = SandboxFleet(scenarios, speed=1.0, clock=clock)
    fleet.fault_delay_s = 3.0
    if keep is not None:  # for a caller that wants to look closer afterwards
        keep.update(fleet=fleet, clock=clock)
    stack = stack or Stack(out_dir, opts.database).start()
    worker = sched = None
    rt = None
    saved_env = {k: os.environ.get(k) for k in fleet.environment()}
    try:
        fleet.start()
        config = build_fleet_config(scenarios, sandbox_url=fleet.url, database_url=stack.database_url,
                                    broker_url=stack.redis.url, smtp_port=stack.catcher.port,
                                    poll_interval_s=opts.poll_interval_s, timeout_s=2.0)
        os.environ.update(fleet.environment())
        rt = Runtime(config, sandbox_url=fleet.url, clock=clock)
        rt.store.migrate()
        broker = build_broker(stack.redis.url)
        declare_actors(broker)
        configure(rt)
        inject_fault_mix(fleet, opts.fault_rate, opts.seed)
        dead = [s.account_ids[n % 3] for n, s in enumerate(scenarios[:opts.dead_tokens])]
        report.dead_accounts = list(dead)
        worker = dramatiq.Worker(broker, worker_threads=opts.threads, worker_timeout=100)
        worker.start()
        sched = SchedulerThread(rt, broker, periodic_s=opts.periodic_s, sweep_after_s=opts.sweep_after_s).start()
        t0 = time.monotonic()
        deadline = t0 + opts.timeout_s
        total = len(fleet.expected())
        ever_paused: dict[str, datetime] = {}
        mark, mark_at, last_echo = None, time.monotonic(), 0.0
        token_death_at = opts.play_s * 0.3
        jumps = 0
        while time.monotonic() < deadline:
            now_s = time.monotonic() - t0
            if dead and now_s >= token_death_at:
                for account_id in dead:
                    sid, suffix = account_id.rsplit("-", 1)
                    fleet.servers[sid].inject("auth", platform={"fb": "facebook", "x": "x", "yt": "youtube"}[suffix])
                dead = []
            paused = paused_accounts(rt.store, clock())
            for account_id, until in paused.items():
                ever_paused.setdefault(account_id, until)  # the first pause's end
            stored, unfinished = progress(rt.store)
            # the live accounts' comments: a dead account's comments read before its token
            # died are stored too, and counting them against the live total ended a run
            # with three live replies still unread behind a second spent budget
            live_stored, _ = progress(rt.store, report.dead_accounts)
            done_total = total - sum(1 for r in fleet.expected() if r["account_key"] in report.dead_accounts)
            if now_s - last_echo >= 10:
                last_echo = now_s
                echo(f"[{now_s:6.1f}s] stored {stored}/{total}, unfinished {unfinished}, paused {len(paused)}, "
                     f"clock +{(clock() - datetime.now(timezone.utc)).total_seconds():.0f} s")
            if (stored, unfinished) != mark:
                mark, mark_at = (stored, unfinished), time.monotonic()
            waiting = _not_resumed(rt.store, ever_paused, set(report.dead_accounts)) + (
                [] if dead else _not_marked_dead(rt.store, report.dead_accounts))
            if not dead and now_s > opts.play_s and unfinished == 0 and not waiting and (
                    live_stored >= done_total or time.monotonic() - mark_at > opts.sweep_after_s + 10):
                break
            # Jumps wait until the scenario has released everything: a jump earlier would
            # release the rest at once with times hours in the past, which no platform does.
            # Nor while messages wait for the worker: on a loaded machine "nothing moved for
            # 3 s" happened with a backlog queued, and each jump of hours made every
            # unfinished comment due for a sweep re-send (165,519 re-sends in one full run).
            if now_s > opts.play_s + 1 and time.monotonic() - mark_at > max(3.0, 2 * opts.poll_interval_s) \
                    and paused and not sending(rt.store) and not any(queue_depths(broker).values()):
                # nothing moves and accounts wait for a reset: let that time pass at once.
                # Only with the scheduler held and no message in any worker's hands: a
                # delivery taken just before a jump of hours has a lease on this clock that
                # looks long expired to the next escalation run, which sent it a second time
                # (one duplicate escalation mail in a full run).
                with sched.lock:
                    if not in_flight(broker) and not any(queue_depths(broker).values()) and not sending(rt.store):
                        wait_s = (min(paused.values()) - clock()).total_seconds() + 1
                        clock.advance(max(1.0, wait_s))
                        jumps += 1
                mark_at = time.monotonic()
            time.sleep(0.2)  # polling real threads with a deadline
        report.unsettled = settle_alerts(rt.store, broker, sched, config.schools, deadline)
        stored, unfinished = progress(rt.store)
        report.finished = unfinished == 0 and not report.unsettled
        report.clock_jumps = jumps
        with rt.store.session() as s:
            cursors = {c.account_id: c for c in s.scalars(select(CursorRow))}
        live_paused = {a: u for a, u in ever_paused.items() if a not in report.dead_accounts}
        report.paused_accounts = len(live_paused)
        report.resumed_accounts = len(live_paused) - len(_not_resumed(rt.store, live_paused, set()))
        del cursors
    finally:
        if sched is not None:
            sched.stop()
            report.sweep_requeues = sched.requeued
        if worker is not None:
            worker.stop()
        fleet.stop()
        for key, value in saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        if sys.exc_info()[0] is not None:  # interrupted or failed: nothing to check, free the services
            configure(None)
            stack.stop()
    try:
        if rt is not None:
            check_run(report, fleet, rt.store, out_dir / "mail")
        report.faults_answered = sum(f.fired for s in fleet.servers.values() for f in s._faults)
    finally:
        configure(None)
        if rt is not None:
            rt.store.dispose()
        stack.stop()
    report.seconds = round(time.monotonic() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--redis-restarts", type=int, default=2)
    parser.add_argument("--schools", type=int, default=0, help="default: one per 500 comments")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--play-s", type=float, default=None, help="release window (default: comments / 25)")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of sandbox calls that fail")
    parser.add_argument("--dead-tokens", type=int, default=0)
    parser.add_argument("--database", default="postgresql", help="postgresql, sqlite or a URL")
    parser.add_argument("--sweep-after-s", type=float, default=90.0,
                        help="the sweep re-sends comments unfinished this long (short: more re-sends)")
    parser.add_argument("--periodic-s", type=float, default=5.0, help="how often the sweep runs")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--timeout-s", type=float, default=3600)
    parser.add_argument("--out", default=None, help="working directory (kept), default a temp dir")
    parser.add_argument("--json", default=None, help="write the report here")
    parser.add_argument("--faults", action="store_true",
                        help="the fault run of issue 7.2 (in-process worker, jumping clock) instead of kills")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    opts = ChaosOptions(comments=args.comments, kills=args.kills, redis_restarts=args.redis_restarts,
                        schools=args.schools, workers=args.workers, threads=args.threads,
                        play_s=args.play_s or max(30.0, args.comments / 25), fault_rate=args.fault_rate,
                        dead_tokens=args.dead_tokens, database=args.database, seed=args.seed,
                        timeout_s=args.timeout_s, out_dir=args.out, sweep_after_s=args.sweep_after_s,
                        periodic_s=args.periodic_s)
    if args.faults:
        opts.fault_rate = args.fault_rate or 0.2
        opts.dead_tokens = args.dead_tokens or 3
        opts.threads = max(opts.threads, 8)
        opts.sweep_after_s = 20.0
        report = run_faults(opts)
    else:
        report = run_chaos(opts)
    data = report.to_json()
    width = max(len(k) for k in data)
    for key, value in data.items():
        if key == "options":
            continue
        if isinstance(value, list) and len(value) > 5:
            value = f"{len(value)}: {value[:5]} ..."
        print(f"{key:<{width}}  {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    problems = report.problems()
    for problem in problems:
        print(f"PROBLEM: {problem}")
    print("RESULT:", "OK" if report.ok else "FAILED")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
