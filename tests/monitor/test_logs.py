"""Logs: JSON lines for collectors, secrets masked in messages and tracebacks."""

from __future__ import annotations

import json
import logging

from monitor.errors import AuthError, register_secret
from monitor.logs import JsonFormatter, RedactingFormatter


def _record(msg: str, exc=None) -> logging.LogRecord:
    record = logging.LogRecord("monitor.test", logging.WARNING, __file__, 1, msg, (), None)
    if exc is not None:
        try:
            raise exc
        except type(exc):
            import sys

            record.exc_info = sys.exc_info()
    record.account_id = "oak-fb"
    return record


def test_json_lines_carry_ids_and_mask_secrets():
    register_secret("EAAG-test-token-987654")
    line = JsonFormatter().format(_record("poll failed with EAAG-test-token-987654",
                                          AuthError("token EAAG-test-token-987654 expired", platform="facebook")))
    entry = json.loads(line)
    assert entry["level"] == "warning" and entry["account_id"] == "oak-fb"
    assert "EAAG-test-token" not in line
    assert "***" in entry["message"] and "AuthError" in entry["error"]


def test_text_format_masks_url_tokens():
    text = RedactingFormatter("%(message)s").format(
        _record("GET https://graph.example.com/v25.0/1?access_token=abc123secret&limit=5"))
    assert "abc123secret" not in text and "access_token=***" in text


def test_configured_handler_follows_the_current_stderr(capsys):
    import io
    import sys

    from monitor.logs import configure_logging

    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        old = sys.stderr
        sys.stderr = io.StringIO()
        configure_logging(logging.INFO)
        sys.stderr.close()  # the stream the handler was created under goes away
        sys.stderr = replacement = io.StringIO()
        logging.getLogger("monitor.test").warning("still logging")
        assert "still logging" in replacement.getvalue()
    finally:
        sys.stderr = old
        root.handlers[:], _ = saved
        root.setLevel(saved[1])
