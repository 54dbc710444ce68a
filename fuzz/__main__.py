"""``python -m fuzz``: run the bad-input suites, reduced (as in CI) or full.

Reduced (default): the property-based suites ``tests/test_fuzz_connectors.py`` and
``tests/test_fuzz_classifier.py`` with their CI example counts (well under a minute).

``--full``: the same suites with ``MONITOR_FUZZ_FULL=1`` (many more examples, random
seeds), then, when atheris is installed, a coverage-guided byte-level run of each target
for ``--seconds`` (default 60) seeded with well-formed bodies and hostile texts. Crash
inputs land in ``--workdir`` (default ``$TMPDIR/monitor-fuzz``, outside the repository). The summary printed at
the end is what ``docs/reliability.md`` records.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUITES = ("tests/test_fuzz_connectors.py", "tests/test_fuzz_classifier.py")
ATHERIS_TARGETS = ("facebook", "x", "youtube", "classify", "classify-cli")


def _seed(corpus: Path, target: str) -> None:
    """Well-formed inputs for libFuzzer to mutate (it finds structure faster from these)."""
    sys.path.insert(0, str(ROOT))
    from fuzz import payloads, targets

    corpus.mkdir(parents=True, exist_ok=True)
    seeds: list[bytes]
    if target == "facebook":
        seeds = [targets.facebook_body(), targets.facebook_body([{"id": "x"}], [{"id": 1, "message": None}])]
    elif target == "x":
        seeds = [targets.x_body(), targets.x_body([{"id": "1", "text": 5}], {"users": 3})]
    elif target == "youtube":
        seeds = [targets.youtube_body(), targets.youtube_body([{"id": "a", "snippet": []}])]
    elif target == "classify":
        seeds = [t[:2_000].encode("utf-8", "surrogatepass") for t in payloads.HOSTILE_TEXTS.values()]
        seeds.append("ring me on 07700 900461, f.u.c.k off, sub to my channel".encode())
    else:
        seeds = [b'{"id": 1, "text": "hello"}\n{"id": 2, "text": "ring 07700 900461"}\n{broken\n']
    for i, seed in enumerate(seeds):
        (corpus / f"seed-{i}").write_bytes(seed)


def run_suites(full: bool) -> tuple[bool, float, str]:
    env = dict(os.environ, MONITOR_FUZZ_FULL="1" if full else "0")
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITES],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    tail = [ln for ln in proc.stdout.splitlines() if ln.strip()][-1:] or ["(no output)"]
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-6000:])
    return proc.returncode == 0, elapsed, tail[0]


def run_atheris(target: str, seconds: int, workdir: Path) -> tuple[bool, str]:
    corpus = workdir / "corpus" / target
    _seed(corpus, target)
    artifacts = workdir / "crashes" / target
    artifacts.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "fuzz.atheris_main", target, f"-max_total_time={seconds}",
           "-rss_limit_mb=3072", "-timeout=30", f"-artifact_prefix={artifacts}/", "-print_final_stats=1",
           str(corpus)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    stats = {}
    for line in proc.stderr.splitlines():
        if line.startswith("stat::"):
            key, _, value = line[len("stat::"):].partition(":")
            stats[key.strip()] = value.strip()
    ok = proc.returncode == 0
    if not ok:
        sys.stdout.write(proc.stderr[-4000:])
    return ok, f"{stats.get('number_of_executed_units', '?')} inputs, peak RSS {stats.get('peak_rss_mb', '?')} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="many more examples, then atheris per target")
    parser.add_argument("--seconds", type=int, default=60, help="atheris time per target in --full (default 60)")
    parser.add_argument("--target", choices=ATHERIS_TARGETS, action="append", help="atheris target(s) only")
    parser.add_argument("--no-suites", action="store_true", help="skip the hypothesis suites")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "monitor-fuzz")
    args = parser.parse_args(argv)

    print(f"fuzz run {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {'full' if args.full else 'reduced'}")
    failed = False
    if not args.no_suites:
        ok, elapsed, summary = run_suites(args.full)
        failed |= not ok
        print(f"  hypothesis suites: {'ok' if ok else 'FAILED'} in {elapsed:.0f} s ({summary})")
    if args.full or args.target:
        if importlib.util.find_spec("atheris") is None:
            print("  atheris: not installed, byte-level runs skipped (pip install atheris)")
        else:
            for target in args.target or ATHERIS_TARGETS:
                ok, summary = run_atheris(target, args.seconds, args.workdir)
                failed |= not ok
                print(f"  atheris {target}: {'ok' if ok else 'FINDING'} after {args.seconds} s ({summary})")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
