"""Scale benchmark (issue 7.5): 1,000 sandbox accounts on one machine.

Runs the real deployment shape of docker-compose on loopback: PostgreSQL, a redis-server,
one ``monitor scheduler`` process and 1, 2 and 3 ``monitor worker`` processes (one run
each), against the generated sandbox fleet (``connectors/sandbox/generated.py``) served
from this process. Every account has its own configured poll interval, drawn between 60
and 120 s and multiplied by ``--time-factor`` so a run takes minutes, not hours (0.25:
15-30 s). Comments arrive at random moments after every account has been polled once.

Reported per run (table on stdout, JSON with ``--json``):

* polls per second (from the sandbox's log: the first read call of each poll) and what
  the intervals ask for;
* comment -> action latency (sandbox creation time to the action's ``done_at``), p50 and
  p95, and the same minus the account's interval ("over interval", target p95 <= 2 s);
  comment -> stored likewise;
* Redis: commands per second, peak memory; PostgreSQL: transactions, rows inserted and
  updated per second (``pg_stat_database``);
* peak RSS (VmHWM) of each monitor process and their total (target <= 1 GB), plus Redis.

Command::

    .venv/bin/python benchmarks/bench_scale.py --accounts 1000 --workers 1,2,3 --json var/bench_scale.json
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
from sqlalchemy import create_engine, select, text  # noqa: E402

from benchmarks.chaos import _rss_kib, worker_env, write_config  # noqa: E402
from connectors.sandbox.generated import SandboxFleet, build_fleet_config, build_fleet_scenarios  # noqa: E402

__all__ = ["main", "run_scale"]

log = logging.getLogger("bench_scale")

#: the first read of each poll, per platform: counting them counts polls
_POLL_STARTS = (
    ("facebook", "GET", "/feed"),
    ("x", "GET", "/mentions"),
    ("youtube", "GET", "/commentThreads"),
)


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return round(ordered[k], 2)


def _poll_starts(fleet: SandboxFleet, since_index: dict[str, int]) -> int:
    n = 0
    for sid, server in fleet.servers.items():
        with server.state.lock:
            calls = server.state.calls[since_index.get(sid, 0):]
        for method, path, query in calls:
            if method != "GET":
                continue
            if path.endswith("/feed") or path.endswith("/mentions"):
                n += 1
            elif path.endswith("/commentThreads") and query.get("moderationStatus", "published") == "published" \
                    and "pageToken" not in query:
                n += 1
    return n


def _call_marks(fleet: SandboxFleet) -> dict[str, int]:
    out = {}
    for sid, server in fleet.servers.items():
        with server.state.lock:
            out[sid] = len(server.state.calls)
    return out


def _pg_stats(engine) -> dict[str, int]:
    with engine.connect() as conn:
        row = conn.execute(text("select xact_commit, tup_inserted, tup_updated, tup_fetched "
                                "from pg_stat_database where datname = current_database()")).one()
    return {"xact_commit": row[0], "tup_inserted": row[1], "tup_updated": row[2], "tup_fetched": row[3]}


def run_scale(*, accounts: int, workers: int, threads: int, time_factor: float, run_s: float, seed: int,
              pg, redis_server, out_dir: Path, echo=print) -> dict[str, Any]:
    """One run with ``workers`` worker processes; returns the figures."""
    from monitor.mailcatcher import MailCatcher
    from monitor.store import ActionRow, CommentRow, Store

    rng = random.Random(seed)
    schools = max(1, round(accounts / 3))
    ids = [f"s{n:04d}-{p}" for n in range(schools) for p in ("fb", "x", "yt")]
    intervals = {account_id: round(rng.uniform(60, 120) * time_factor, 2) for account_id in ids}
    max_interval = max(intervals.values())
    # Comments arrive after the first round of polls, and early enough to be polled in the
    # run. A few schools get theirs at once, so every worker has loaded its classifier
    # before the measured comments come (those early ones are left out of the figures).
    warmup_s = max_interval + 5
    window_s = max(5.0, run_s - warmup_s - max_interval - 5)
    early = min(schools - 1, 4 * workers)
    scenarios = build_fleet_scenarios(early, 3, seed=seed, duration_s=3.0, start_s=1.0) if early else []
    scenarios += build_fleet_scenarios(schools - early, 3, seed=seed + 1, duration_s=window_s, start_s=warmup_s,
                                       first=early)
    fleet = SandboxFleet(scenarios, speed=1.0).start()
    run_dir = out_dir / f"workers-{workers}"
    shutil.rmtree(run_dir, ignore_errors=True)
    run_dir.mkdir(parents=True)
    database_url = pg.create_database(f"scale_{workers}_{os.getpid()}")
    redis.Redis.from_url(redis_server.url).flushall()
    catcher = MailCatcher(host="127.0.0.1", port=0, maildir=run_dir / "mail").start()
    config = build_fleet_config(scenarios, sandbox_url=fleet.url, database_url=database_url,
                                broker_url=redis_server.url, smtp_port=catcher.port, poll_interval_s=intervals,
                                timeout_s=20.0)
    config_path = write_config(config, run_dir / "monitor.yaml")
    env = worker_env(fleet, config_path)
    store = Store(database_url)
    store.migrate()
    engine = create_engine(database_url)
    rcli = redis.Redis.from_url(redis_server.url)
    procs: dict[str, subprocess.Popen] = {}
    try:
        def spawn(name: str, args: list[str]) -> None:
            with open(run_dir / f"{name}.log", "ab") as err:
                command = [sys.executable, "-m", "monitor.cli", *args, "--config", str(config_path)]
                procs[name] = subprocess.Popen(command, env=env, cwd=str(ROOT), stdin=subprocess.DEVNULL,
                                               stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)

        for n in range(workers):
            spawn(f"worker-{n}", ["worker", "--threads", str(threads)])
        # workers first, so the scheduler's first round finds them consuming
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not all(
                b"worker started" in (run_dir / f"{name}.log").read_bytes() for name in procs):
            time.sleep(0.5)  # waiting for real processes to start, with a deadline
        # the sandbox's scenario clock starts now, with the scheduler
        now = fleet.servers[scenarios[0].id].state.clock()
        for server in fleet.servers.values():
            server.state.start = now
        spawn("scheduler", ["scheduler", "--tick-s", "0.5"])
        t0 = time.monotonic()
        marks = _call_marks(fleet)
        steady_marks, steady_t, pg1, r1 = None, None, None, None
        while time.monotonic() - t0 < run_s:
            if steady_marks is None and time.monotonic() - t0 >= warmup_s:
                steady_marks, steady_t, pg1, r1 = _call_marks(fleet), time.monotonic(), _pg_stats(engine), \
                    rcli.info("stats")
            time.sleep(1.0)  # the run lasts run_s of real time
        t_end = time.monotonic()
        pg2, r2 = _pg_stats(engine), rcli.info("stats")
        steady_s = t_end - steady_t
        polls_all = _poll_starts(fleet, marks)
        polls_steady = _poll_starts(fleet, steady_marks)
        rss = {name: _rss_kib(p.pid, "VmHWM") for name, p in procs.items()}
        rss_now = {name: _rss_kib(p.pid) for name, p in procs.items()}
        rinfo_mem = rcli.info("memory")
        queue_depth = {q: rcli.llen(f"dramatiq:{q}") for q in ("poll", "default", "alerts")}
        # ------------------------------------------------------------ latencies
        created = {}
        for server in fleet.servers.values():
            for platform in ("facebook", "x", "youtube"):
                for node in server.state.nodes[platform].values():
                    if node.at_s is not None and node.at_s >= warmup_s and node.released \
                            and node.created_at is not None:
                        created[(platform, node.id)] = node.created_at
        with store.session() as s:
            rows = s.execute(select(CommentRow.id, CommentRow.platform, CommentRow.external_id, CommentRow.account_id,
                                    CommentRow.fetched_at)).all()
            acts = {a.comment_id: a.done_at for a in s.scalars(select(ActionRow).where(ActionRow.status == "done"))}
        stored_lat, stored_over, act_lat, act_over = [], [], [], []
        for cid, platform, ext, account_id, fetched_at in rows:
            born = created.get((platform, ext))
            if born is None:
                continue
            interval = intervals[account_id]
            lat = (fetched_at - born).total_seconds()
            stored_lat.append(lat)
            stored_over.append(lat - interval)
            if cid in acts and acts[cid] is not None:
                lat = (acts[cid] - born).total_seconds()
                act_lat.append(lat)
                act_over.append(lat - interval)
        released = sum(1 for _ in created)
        demand = sum(1 / v for v in intervals.values())
        result = {
            "workers": workers, "threads": threads, "accounts": len(intervals),
            "interval_s": {"min": min(intervals.values()), "max": max_interval,
                           "mean": round(statistics.fmean(intervals.values()), 1)},
            "run_s": round(t_end - t0, 1), "steady_s": round(steady_s, 1),
            "polls": polls_all, "polls_per_s": round(polls_steady / steady_s, 2),
            "polls_per_s_asked": round(demand, 2),
            "comments_released": released, "comments_stored": len(stored_lat), "actions": len(act_lat),
            "stored_latency_s": {"p50": _pct(stored_lat, 50), "p95": _pct(stored_lat, 95)},
            "action_latency_s": {"p50": _pct(act_lat, 50), "p95": _pct(act_lat, 95)},
            "action_over_interval_s": {"p50": _pct(act_over, 50), "p95": _pct(act_over, 95)},
            "redis": {"ops_per_s": round((int(r2["total_commands_processed"]) - int(r1["total_commands_processed"]))
                                         / steady_s, 1),
                      "used_memory_peak_mb": round(int(rinfo_mem["used_memory_peak"]) / 2**20, 1),
                      "rss_mb": round(int(rinfo_mem["used_memory_rss"]) / 2**20, 1),
                      "queue_depth_end": queue_depth},
            "postgres": {k + "_per_s": round((pg2[k] - pg1[k]) / steady_s, 1) for k in pg2},
            "peak_rss_mb": {name: round(v / 1024, 1) for name, v in rss.items()},
            "rss_now_mb": {name: round(v / 1024, 1) for name, v in rss_now.items()},
            "total_peak_rss_mb": round(sum(rss.values()) / 1024, 1),
        }
        echo(json.dumps(result))
        return result
    finally:
        for p in procs.values():
            if p.poll() is None:
                p.terminate()
        for p in procs.values():
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)
        fleet.stop()
        catcher.stop()
        engine.dispose()
        store.dispose()


def print_table(results: list[dict[str, Any]]) -> None:
    rows = [
        ("worker processes", lambda r: r["workers"]),
        ("accounts", lambda r: r["accounts"]),
        ("poll interval s (min-max)", lambda r: f"{r['interval_s']['min']:.0f}-{r['interval_s']['max']:.0f}"),
        ("polls/s asked by intervals", lambda r: r["polls_per_s_asked"]),
        ("polls/s done (steady)", lambda r: r["polls_per_s"]),
        ("comments stored / released", lambda r: f"{r['comments_stored']}/{r['comments_released']}"),
        ("comment->stored p50/p95 s", lambda r: f"{r['stored_latency_s']['p50']}/{r['stored_latency_s']['p95']}"),
        ("comment->action p50/p95 s", lambda r: f"{r['action_latency_s']['p50']}/{r['action_latency_s']['p95']}"),
        ("  minus interval p50/p95 s", lambda r: f"{r['action_over_interval_s']['p50']}/"
                                                  f"{r['action_over_interval_s']['p95']}"),
        ("actions", lambda r: r["actions"]),
        ("redis commands/s", lambda r: r["redis"]["ops_per_s"]),
        ("redis peak memory MB", lambda r: r["redis"]["used_memory_peak_mb"]),
        ("queue depth at end", lambda r: r["redis"]["queue_depth_end"]),
        ("pg transactions/s", lambda r: r["postgres"]["xact_commit_per_s"]),
        ("pg rows inserted/s", lambda r: r["postgres"]["tup_inserted_per_s"]),
        ("pg rows updated/s", lambda r: r["postgres"]["tup_updated_per_s"]),
        ("peak RSS per process MB", lambda r: ", ".join(f"{k} {v:.0f}" for k, v in r["peak_rss_mb"].items())),
        ("total peak RSS MB", lambda r: r["total_peak_rss_mb"]),
    ]
    width = max(len(name) for name, _ in rows)
    for name, get in rows:
        print(f"{name:<{width}}  " + "  |  ".join(str(get(r)) for r in results))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--accounts", type=int, default=1000)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker process counts, one run each")
    parser.add_argument("--threads", type=int, default=8, help="threads per worker process")
    parser.add_argument("--time-factor", type=float, default=0.25, help="multiplies the 60-120 s intervals")
    parser.add_argument("--run-s", type=float, default=100.0, help="wall seconds per run")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--json", default=None)
    parser.add_argument("--out", default=None, help="working directory (logs, configs)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from tests.plugins.database import PostgresCluster, _pg_bindir
    from tests.plugins.redis import RedisServer

    out_dir = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="monitor-scale-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    bindir = _pg_bindir()
    if bindir is None:
        print("PostgreSQL binaries not found", file=sys.stderr)
        return 2
    pg = PostgresCluster(bindir)
    pg.start()
    rs = RedisServer()
    rs.start()
    results = []
    try:
        for n in [int(x) for x in args.workers.split(",")]:
            results.append(run_scale(accounts=args.accounts, workers=n, threads=args.threads,
                                     time_factor=args.time_factor, run_s=args.run_s, seed=args.seed,
                                     pg=pg, redis_server=rs, out_dir=out_dir, echo=lambda line: None))
            print(f"run with {n} worker process(es) done", file=sys.stderr)
    finally:
        rs.stop()
        shutil.rmtree(rs.dir, ignore_errors=True)
        pg.stop()
    print_table(results)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps({"command": " ".join(sys.argv), "results": results}, indent=2),
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
