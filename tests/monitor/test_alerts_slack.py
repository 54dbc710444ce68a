"""SlackNotifier: webhook and bot token against a loopback server replaying Slack replies.

slack_sdk talks HTTP through urllib, which ``responses`` cannot intercept, so a tiny
loopback HTTP server stands in for hooks.slack.com and slack.com/api, answering with the
replies recorded in tests/fixtures/slack and keeping every request it received.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from monitor.alerts import AlertMessage, SlackNotifier, build_notifiers
from monitor.alerts.slack import build_slack_payload
from monitor.config import ModeratorConfig, default_config
from monitor.errors import AlertDeliveryError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "slack"
WEBHOOK_PATH = "/services/T0EXAMPLE/B0EXAMPLE/tEsTwEbHoOkSeCrEt0001"
BOT_TOKEN = "xoxb-0000-test-bot-token-do-not-use"

PEOPLE = [
    ModeratorConfig(name="Hannah Reed", role="moderator", slack="U0HANNAH01"),
    ModeratorConfig(name="Sarah Whitfield", role="dsl", slack="C0SAFEGUARD", email="s.w@example.com"),
    ModeratorConfig(name="Email Only", role="moderator", email="e.o@example.com"),
]


def reply(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text())


class FakeSlack:
    """Loopback HTTP server: answers with queued fixture replies, records requests."""

    def __init__(self) -> None:
        self.replies: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                body = json.loads(raw) if "json" in (self.headers.get("Content-Type") or "") else raw
                fake.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                answer = fake.replies.pop(0) if fake.replies else reply("webhook_ok")
                payload = answer["body"] if isinstance(answer["body"], str) else json.dumps(answer["body"])
                data = payload.encode()
                self.send_response(answer["status"])
                for key, value in answer["headers"].items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        # A short poll interval makes shutdown() return at once at the end of each test.
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    def queue(self, *names: str) -> None:
        self.replies.extend(reply(n) for n in names)


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    fake.thread.start()
    try:
        yield fake
    finally:
        fake.server.shutdown()
        fake.server.server_close()


def alert(severity: str = "urgent") -> AlertMessage:
    return AlertMessage(
        subject="[URGENT safeguarding] Oakfield Primary (Facebook Page): Held (hidden) on Facebook",
        text="[URGENT safeguarding] Oakfield Primary (Facebook Page): Held (hidden) on Facebook\n\n"
             "Excerpt: \"[personal info] says <b>help</b> & more\"",
        html="<p>x</p>", severity=severity, key="comment:oakfield:facebook:1:urgent:hold",
        links=(("Acknowledge", "http://127.0.0.1:8080/l/ack"), ("Confirm removal", "http://127.0.0.1:8080/l/confirm")),
    )


def webhook_notifier(fake: FakeSlack) -> SlackNotifier:
    return SlackNotifier(webhook_url=fake.url + WEBHOOK_PATH, timeout_s=5)


def bot_notifier(fake: FakeSlack) -> SlackNotifier:
    return SlackNotifier(bot_token=BOT_TOKEN, base_url=fake.url + "/api/", timeout_s=5)


def test_webhook_posts_blocks_once_and_mentions_member_ids(fake_slack: FakeSlack) -> None:
    fake_slack.queue("webhook_ok")
    webhook_notifier(fake_slack).send(alert(), PEOPLE)
    assert len(fake_slack.requests) == 1
    request = fake_slack.requests[0]
    assert request["path"] == WEBHOOK_PATH
    body = request["body"]
    assert body["text"].startswith("[URGENT safeguarding]")
    header, mention, section, actions = body["blocks"]
    assert header["type"] == "header" and header["text"]["text"].startswith(":rotating_light: [URGENT")
    assert mention["text"]["text"] == "<@U0HANNAH01>"  # channel ids are not mentioned
    # mrkdwn control characters are escaped, and the subject is not repeated in the body
    assert "&lt;b&gt;help&lt;/b&gt; &amp; more" in section["text"]["text"]
    assert "Held (hidden)" not in section["text"]["text"]
    assert [e["url"] for e in actions["elements"]] == ["http://127.0.0.1:8080/l/ack", "http://127.0.0.1:8080/l/confirm"]
    assert actions["elements"][1]["style"] == "danger"


@pytest.mark.parametrize(("fixture", "expected"), [
    ("webhook_invalid_payload", "HTTP 400: invalid_payload"),
    ("webhook_no_service", "HTTP 404: no_service"),
    ("webhook_channel_is_archived", "HTTP 410: channel_is_archived"),
    ("webhook_rate_limited", "retry after 30s"),
])
def test_webhook_errors_map_to_delivery_error_without_the_url(fake_slack: FakeSlack, fixture: str, expected: str) -> None:
    fake_slack.queue(fixture)
    with pytest.raises(AlertDeliveryError) as info:
        webhook_notifier(fake_slack).send(alert(), PEOPLE)
    assert expected in str(info.value)
    assert "tEsTwEbHoOkSeCrEt0001" not in str(info.value)
    assert info.value.channel == "slack"


def test_webhook_unreachable_is_a_delivery_error(fake_slack: FakeSlack) -> None:
    notifier = webhook_notifier(fake_slack)
    fake_slack.server.shutdown()
    fake_slack.server.server_close()
    with pytest.raises(AlertDeliveryError) as info:
        notifier.send(alert(), PEOPLE)
    assert "unreachable" in str(info.value) and "tEsTwEbHoOkSeCrEt0001" not in str(info.value)


def test_bot_token_posts_to_each_recipient(fake_slack: FakeSlack) -> None:
    fake_slack.queue("chat_postMessage_ok", "chat_postMessage_ok")
    bot_notifier(fake_slack).send(alert("immediate"), PEOPLE)
    assert [r["path"] for r in fake_slack.requests] == ["/api/chat.postMessage"] * 2
    assert [r["body"]["channel"] for r in fake_slack.requests] == ["U0HANNAH01", "C0SAFEGUARD"]
    assert fake_slack.requests[0]["headers"]["Authorization"] == f"Bearer {BOT_TOKEN}"
    assert fake_slack.requests[0]["body"]["blocks"][0]["type"] == "header"


@pytest.mark.parametrize(("fixture", "expected"), [
    ("chat_postMessage_channel_not_found", "channel_not_found"),
    ("chat_postMessage_invalid_auth", "invalid_auth"),
    ("chat_postMessage_ratelimited", "HTTP 429 ratelimited (retry after 12s)"),
])
def test_bot_errors_map_to_delivery_error_without_the_token(fake_slack: FakeSlack, fixture: str, expected: str) -> None:
    fake_slack.queue(fixture, "chat_postMessage_ok")
    with pytest.raises(AlertDeliveryError) as info:
        bot_notifier(fake_slack).send(alert(), PEOPLE)
    assert expected in str(info.value)
    assert "1 of 2 posts failed" in str(info.value) and info.value.recipient == "U0HANNAH01"
    assert BOT_TOKEN not in str(info.value)
    assert len(fake_slack.requests) == 2  # one failure does not stop the other recipient


def test_nobody_on_slack_sends_nothing(fake_slack: FakeSlack) -> None:
    bot_notifier(fake_slack).send(alert(), PEOPLE[2:])
    webhook_notifier(fake_slack).send(alert(), PEOPLE[2:])
    assert fake_slack.requests == []


def test_long_text_is_split_into_sections_within_slack_limits() -> None:
    message = AlertMessage(subject="s" * 200, text="line\n" * 2000, html="", severity="grouped", key="k")
    payload = build_slack_payload(message)
    assert len(payload["blocks"][0]["text"]["text"]) <= 150
    assert all(len(b["text"]["text"]) <= 3000 for b in payload["blocks"] if b["type"] == "section")
    assert sum(b["text"]["text"].count("line") for b in payload["blocks"][1:]) == 2000


def test_registry_reads_secrets_from_env_with_school_override() -> None:
    config = default_config()
    school = config.schools[0]
    env = {"MONITOR_SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T0/B0/global-0001",
           "MONITOR_OAKFIELD_SLACK_BOT_TOKEN": "xoxb-oakfield-only-0002",
           "MONITOR_SMTP_PASSWORD": "smtp-pass-0003"}
    notifiers = build_notifiers(config, school, environ=env)
    assert set(notifiers) == {"email", "slack"}
    assert notifiers["slack"]._client is not None and notifiers["slack"]._webhook is not None
    text = repr(notifiers)
    for secret in env.values():
        assert secret not in text
    assert set(build_notifiers(config, school, environ={})) == {"email"}
    with pytest.raises(ValueError):
        SlackNotifier()
