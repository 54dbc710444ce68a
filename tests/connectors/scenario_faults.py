"""One check shared by the three connector test files: the whole sandbox scenario read
through a connector while about a fifth of its calls fail."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from connectors.sandbox import SandboxServer
from monitor.errors import RetryableError


def assert_every_comment_once_despite_faults(platform: str, make_connector) -> None:
    """Poll through the scenario on a stepped clock while about 20 % of calls fail; a
    failed poll is retried with the old cursor, as the worker does. Every scripted comment
    must come back exactly once. ``make_connector(server, clock)`` builds the connector."""
    now = [datetime.now(timezone.utc)]
    server = SandboxServer(clock=lambda: now[0]).start()
    try:
        for seed, kind in enumerate(("server_error", "rate_limited", "malformed", "disconnect")):
            server.inject(kind, platform=platform, rate=0.06, seed=seed)
        conn = make_connector(server, lambda: now[0])
        returned: list[str] = []
        cursor = None
        failures = 0
        for _ in range(20):  # 20 polls 100 scenario seconds apart cover the 30-minute script
            for _attempt in range(60):
                try:
                    result = conn.fetch_new_comments(cursor)
                    break
                except RetryableError:
                    failures += 1
            else:
                pytest.fail("a poll kept failing")
            returned += [c.id for c in result.comments]
            cursor = json.loads(json.dumps(result.cursor))
            now[0] += timedelta(seconds=100)
        expected = {row["id"] for row in server.state.expected()
                    if row["platform"] == platform and not row["own"]}
        assert failures > 0
        assert len(returned) == len(set(returned)), "a comment was returned twice"
        assert set(returned) == expected
    finally:
        server.stop()
