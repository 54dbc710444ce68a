"""Sandbox platform server fixtures: a real loopback server speaking the Facebook Graph
API, X API v2 and YouTube Data API v3, with the whole Oakfield scenario released.

``sandbox`` is a started :class:`connectors.sandbox.SandboxServer` (one per test, so
state changes and injected faults never leak between tests); ``sandbox_url`` is its base
URL for connectors (``base_url=``) and config (``sandbox.url``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from connectors.sandbox import SandboxServer


class StepClock:
    """A clock a test moves by hand, in seconds from ``start`` (the sandbox releases its
    scripted items by it)."""

    def __init__(self, start: datetime) -> None:
        self.start = self.now = start

    def __call__(self) -> datetime:
        return self.now

    def to(self, seconds: float) -> None:
        self.now = self.start + timedelta(seconds=seconds)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    server = SandboxServer()
    server.fault_delay_s = 5.0  # a "timeout" fault must outlast the client, not the test run
    server.start()
    server.release_all()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox_url(sandbox) -> str:
    return sandbox.url
