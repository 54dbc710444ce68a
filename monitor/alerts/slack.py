"""Slack alerts, by incoming webhook or by bot token (slack_sdk).

Credentials, either of:

* Incoming webhook: at https://api.slack.com/apps create an app for the school's
  workspace, enable "Incoming Webhooks", add one to the alerts channel and put the URL
  (``https://hooks.slack.com/services/T.../B.../...``) in ``MONITOR_SLACK_WEBHOOK_URL``
  (or ``MONITOR_<SCHOOL_ID>_SLACK_WEBHOOK_URL`` for one school of a trust). Everything
  goes to that one channel; moderators whose ``slack`` is a member id (``U...``) are
  @-mentioned.
* Bot token: give the app the ``chat:write`` bot scope (``im:write`` to message people
  directly), install it and put the ``xoxb-...`` token in ``MONITOR_SLACK_BOT_TOKEN``
  (or the per-school variable). Each recipient's ``slack`` (member id or channel id;
  invite the bot to the channel) gets the alert.

Both URL and token are secrets: registered for redaction, never printed. Every
slack_sdk and urllib error is mapped here, once, to :class:`AlertDeliveryError`.
slack_sdk's own retry handlers are switched off: the caller retries with backoff, and a
notifier that sleeps would block a worker.
"""

from __future__ import annotations

import logging
import socket
import urllib.error
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from monitor.alerts.render import AlertMessage
from monitor.config import ModeratorConfig
from monitor.errors import AlertDeliveryError, redact, register_secret

__all__ = ["SlackNotifier", "build_slack_payload"]

log = logging.getLogger(__name__)

_SECTION_MAX = 2900  # Slack rejects section text over 3000 characters
_HEADER_MAX = 150
_EMOJI = {"urgent": ":rotating_light: ", "escalation": ":rotating_light: ", "it": ":wrench: "}


def _escape(text: str) -> str:
    # mrkdwn control characters; Slack asks for exactly these three to be escaped.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_member_id(value: str) -> bool:
    return value[:1] in ("U", "W") and value[1:].isalnum() and value.upper() == value


def build_slack_payload(message: AlertMessage, mentions: Sequence[str] = ()) -> dict[str, Any]:
    """``text`` (notification fallback) and Block Kit ``blocks`` for an alert."""
    header = _cut(_EMOJI.get(message.severity, "") + message.subject, _HEADER_MAX)
    body = message.text
    # The subject is already the header; do not repeat it as the first line.
    if body.startswith(message.subject):
        body = body[len(message.subject):].lstrip("\n")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": True}},
    ]
    if mentions:
        blocks.append({"type": "section", "text": {
            "type": "mrkdwn", "text": " ".join(f"<@{m}>" for m in mentions)}})
    for start in range(0, min(len(body), _SECTION_MAX * 10), _SECTION_MAX):
        chunk = body[start:start + _SECTION_MAX].strip()
        if chunk:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _escape(chunk)}})
    if message.links:
        blocks.append({"type": "actions", "elements": [
            {
                "type": "button",
                "text": {"type": "plain_text", "text": _cut(title, 75)},
                "url": url,
                "action_id": f"link-{i}",
                **({"style": "danger"} if "Confirm" in title else {}),
            }
            for i, (title, url) in enumerate(message.links[:25])
        ]})
    return {"text": _cut(message.subject, 3000), "blocks": blocks[:50], "unfurl_links": False}


class SlackNotifier:
    """Posts alerts to Slack: to each recipient with a bot token, else to the webhook."""

    channel = "slack"

    def __init__(self, webhook_url: str | None = None, bot_token: str | None = None, *,
                 timeout_s: float = 10.0, base_url: str | None = None) -> None:
        if not (webhook_url or bot_token):
            raise ValueError("SlackNotifier needs a webhook_url or a bot_token")
        for secret in (webhook_url, bot_token):
            register_secret(secret)
        if webhook_url:
            # Error messages from urllib quote only the path, which is the secret part.
            register_secret(urlsplit(webhook_url).path)
        timeout = max(1, round(timeout_s))  # slack_sdk takes whole seconds
        self._webhook = WebhookClient(webhook_url, timeout=timeout, retry_handlers=[]) if webhook_url else None
        kwargs = {"base_url": base_url} if base_url else {}
        self._client = WebClient(token=bot_token, timeout=timeout, retry_handlers=[],
                                 **kwargs) if bot_token else None

    @property
    def shared(self) -> bool:
        """A webhook posts to one channel (once per alert); a bot token messages each person."""
        return self._client is None

    def __repr__(self) -> str:
        kinds = [k for k, v in (("webhook", self._webhook), ("bot", self._client)) if v]
        return f"SlackNotifier({'+'.join(kinds)})"

    def send(self, message: AlertMessage, recipients: list[ModeratorConfig]) -> None:
        targets = [r.slack for r in recipients if r.slack]
        if not targets:
            log.debug("alert %s: no recipient has a Slack id", message.key)
            return
        if self._client is not None:
            self._send_bot(message, targets)
        else:
            self._send_webhook(message, [t for t in targets if _is_member_id(t)])

    def _send_webhook(self, message: AlertMessage, mentions: list[str]) -> None:
        assert self._webhook is not None
        payload = build_slack_payload(message, mentions)
        try:
            response = self._webhook.send(text=payload["text"], blocks=payload["blocks"],
                                          unfurl_links=False)
        except (SlackClientError, urllib.error.URLError, socket.timeout, OSError) as exc:
            raise AlertDeliveryError(f"webhook unreachable: {type(exc).__name__}: {_reason(exc)}",
                                     channel=self.channel) from exc
        if response.status_code != 200:
            body = (response.body or "").strip()[:200]
            retry = response.headers.get("Retry-After") or response.headers.get("retry-after")
            hint = f", retry after {retry[0] if isinstance(retry, list) else retry}s" if retry else ""
            raise AlertDeliveryError(f"webhook answered HTTP {response.status_code}: {body}{hint}",
                                     channel=self.channel)
        log.info("alert %s posted to the Slack webhook", message.key)

    def _send_bot(self, message: AlertMessage, targets: list[str]) -> None:
        assert self._client is not None
        payload = build_slack_payload(message)
        failures: list[tuple[str, BaseException]] = []
        for target in dict.fromkeys(targets):
            try:
                self._client.chat_postMessage(channel=target, text=payload["text"],
                                              blocks=payload["blocks"], unfurl_links=False)
            except SlackApiError as exc:
                failures.append((target, exc))
            except (SlackClientError, urllib.error.URLError, socket.timeout, OSError) as exc:
                failures.append((target, exc))
        if failures:
            target, first = failures[0]
            detail = "; ".join(f"{t}: {_describe(e)}" for t, e in failures)
            sent = len(dict.fromkeys(targets)) - len(failures)
            raise AlertDeliveryError(f"{len(failures)} of {sent + len(failures)} posts failed: {detail}",
                                     channel=self.channel, recipient=target) from first
        log.info("alert %s posted to %d Slack target(s)", message.key, len(targets))


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return redact(str(reason))[:200]


def _describe(exc: BaseException) -> str:
    if isinstance(exc, SlackApiError):
        data = getattr(exc.response, "data", None) or {}
        error = data.get("error") if isinstance(data, dict) else None
        status = getattr(exc.response, "status_code", None)
        retry = (getattr(exc.response, "headers", None) or {}).get("Retry-After")
        text = f"HTTP {status} {error or 'error'}"
        return text + (f" (retry after {retry}s)" if retry else "")
    return f"{type(exc).__name__}: {_reason(exc)}"
