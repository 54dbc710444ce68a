"""Shared test set-up: each plugin module owns one family of real test servers."""

pytest_plugins = [
    "tests.plugins.database",
    "tests.plugins.redis",
    "tests.plugins.smtp",
    "tests.plugins.sandbox",
]
