"""Shared test set-up: each plugin module owns one family of real test servers."""

pytest_plugins = [
    "tests.plugins.database",
    "tests.plugins.redis",
    "tests.plugins.smtp",
    "tests.plugins.sandbox",
]


import logging  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _restore_root_logging():
    """Commands under test configure logging for a process; put it back after each test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
