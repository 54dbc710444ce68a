"""Microsoft Teams alerts through an incoming webhook (Adaptive Card or MessageCard).

Credentials: in Teams, open the alerts channel, choose "Workflows" and the template
"Post to a channel when a webhook request is received" (or, on tenants that still have
them, Connectors -> "Incoming Webhook"), and copy the URL it gives you. Put it in an
environment variable and name that variable in the school's ``teams_webhook_env``
(for example ``MONITOR_OAKFIELD_TEAMS_WEBHOOK``). The URL is a secret: anyone holding it
can post to the channel, so it is registered for redaction and never printed.

Workflows webhooks take an Adaptive Card wrapped in a ``message`` and answer 202; the
retired Office 365 connectors take a MessageCard and answer 200 with the body ``1`` -
and report some failures (throttling among them) as a 200 with an error text, which is
why the body is checked as well as the status. Every ``requests`` error is mapped here,
once, to :class:`AlertDeliveryError`, without the URL.
"""

from __future__ import annotations

import logging
from typing import Any, Literal
from urllib.parse import urlsplit

import requests

from monitor.alerts.render import AlertMessage
from monitor.config import ModeratorConfig
from monitor.errors import AlertDeliveryError, redact, register_secret

__all__ = ["TeamsNotifier", "build_adaptive_card", "build_message_card"]

log = logging.getLogger(__name__)

_TEXT_MAX = 20000  # well inside the 28 KB card limit
_COLOURS = {"urgent": "B91C1C", "escalation": "B91C1C", "immediate": "1D4ED8", "grouped": "B45309",
            "it": "6D28D9", "digest": "4A5568"}


def _defuse(line: str) -> str:
    # Card text is markdown, and the excerpt is a stranger's words: "[Restore](http://...)"
    # in a comment must not become a link in the alert. Breaking "](" is enough.
    return line.replace("](", "] (")


def _body_lines(message: AlertMessage) -> list[str]:
    body = message.text
    if body.startswith(message.subject):
        body = body[len(message.subject):]
    body = body.strip("\n")
    if len(body) > _TEXT_MAX:
        body = body[: _TEXT_MAX - 1] + "…"
    return [_defuse(line) for line in body.split("\n")]


def build_adaptive_card(message: AlertMessage) -> dict[str, Any]:
    """The Workflows webhook payload: a ``message`` carrying one Adaptive Card 1.4."""
    urgent = message.severity in ("urgent", "escalation")
    body: list[dict[str, Any]] = [{
        "type": "TextBlock", "text": message.subject, "weight": "Bolder", "size": "Medium",
        "wrap": True, **({"color": "Attention"} if urgent else {}),
    }]
    gap = True
    for line in _body_lines(message):
        if not line.strip():
            gap = True
            continue
        # One TextBlock per line: Teams drops single newlines inside a TextBlock.
        body.append({"type": "TextBlock", "text": line, "wrap": True,
                     "spacing": "Medium" if gap else "None"})
        gap = False
    card: dict[str, Any] = {
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "type": "AdaptiveCard",
        "version": "1.4",
        "body": body,
    }
    if message.links:
        card["actions"] = [{"type": "Action.OpenUrl", "title": title, "url": url}
                           for title, url in message.links]
    return {
        "type": "message",
        "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "contentUrl": None,
            "content": card,
        }],
    }


def build_message_card(message: AlertMessage) -> dict[str, Any]:
    """The legacy Office 365 connector payload (MessageCard)."""
    # MessageCard text is markdown: two trailing spaces keep the line breaks.
    text = "  \n".join(_body_lines(message))
    card: dict[str, Any] = {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "summary": message.subject,
        "themeColor": _COLOURS.get(message.severity, "4A5568"),
        "title": message.subject,
        "text": text,
    }
    if message.links:
        card["potentialAction"] = [
            {"@type": "OpenUri", "name": title, "targets": [{"os": "default", "uri": url}]}
            for title, url in message.links
        ]
    return card


class TeamsNotifier:
    """Posts alerts to one Teams channel through its incoming webhook."""

    channel = "teams"
    #: Everyone who opted in reads the same channel: one post per alert, not per person.
    shared = True

    def __init__(self, webhook_url: str, *, card: Literal["adaptive", "messagecard"] = "adaptive",
                 timeout_s: float = 10.0, session: requests.Session | None = None) -> None:
        if not webhook_url:
            raise ValueError("TeamsNotifier needs a webhook_url")
        register_secret(webhook_url)
        register_secret(urlsplit(webhook_url).path)
        self._url = webhook_url
        self._card = card
        self._timeout_s = timeout_s
        self._session = session or requests.Session()

    def __repr__(self) -> str:
        return f"TeamsNotifier({urlsplit(self._url).hostname}, card={self._card})"

    def send(self, message: AlertMessage, recipients: list[ModeratorConfig]) -> None:
        if not any(r.teams for r in recipients):
            log.debug("alert %s: no recipient takes Teams alerts", message.key)
            return
        payload = build_adaptive_card(message) if self._card == "adaptive" else build_message_card(message)
        try:
            response = self._session.post(self._url, json=payload, timeout=self._timeout_s)
        except requests.Timeout as exc:
            raise AlertDeliveryError(f"webhook timed out after {self._timeout_s:g}s",
                                     channel=self.channel) from exc
        except requests.RequestException as exc:
            # str(exc) quotes the webhook path, which is the secret: name the type only.
            raise AlertDeliveryError(f"webhook unreachable ({type(exc).__name__})",
                                     channel=self.channel) from exc
        body = redact(response.text.strip())[:300]
        legacy_failure = response.status_code == 200 and body not in ("", "1") and (
            "error" in body.lower() or "bad payload" in body.lower())
        if 200 <= response.status_code < 300 and not legacy_failure:
            log.info("alert %s posted to Teams", message.key)
            return
        retry = response.headers.get("Retry-After")
        hint = f", retry after {retry}s" if retry else ""
        raise AlertDeliveryError(f"webhook answered HTTP {response.status_code}: {body or 'no body'}{hint}",
                                 channel=self.channel)
