"""Alert channels behind one protocol, and the registry that builds them for a school.

An alert is built once (:mod:`monitor.alerts.render`, pure) as an :class:`AlertMessage`
and handed to every channel the recipients use. A channel is one module with one
``<Channel>Notifier`` class and one line in :data:`NOTIFIERS`::

    email  EmailNotifier   SMTP (STARTTLS/TLS, auth)      MONITOR_SMTP_PASSWORD
    slack  SlackNotifier   incoming webhook or bot token  MONITOR_SLACK_WEBHOOK_URL,
                                                          MONITOR_SLACK_BOT_TOKEN
    teams  TeamsNotifier   incoming webhook (Workflows)   env var named by the school's
                                                          ``teams_webhook_env``

Secrets come only from the environment (a school may override the Slack ones with
``MONITOR_<SCHOOL_ID>_SLACK_WEBHOOK_URL`` / ``..._SLACK_BOT_TOKEN``) and are registered
with :func:`monitor.errors.register_secret` so no error or log line can show them.
``send`` raises :class:`monitor.errors.AlertDeliveryError` on failure; retries with
backoff belong to the caller, so a failing channel never blocks moderation.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Protocol, runtime_checkable

from monitor.alerts.email import EmailNotifier
from monitor.alerts.render import (
    AlertMessage,
    build_comment_alert,
    build_escalation_alert,
    build_grouped_alert,
    build_it_alert,
)
from monitor.alerts.slack import SlackNotifier
from monitor.alerts.teams import TeamsNotifier
from monitor.config import AppConfig, ModeratorConfig, SchoolConfig
from monitor.errors import register_secret

__all__ = [
    "NOTIFIERS",
    "AlertMessage",
    "EmailNotifier",
    "Notifier",
    "SlackNotifier",
    "TeamsNotifier",
    "build_comment_alert",
    "build_escalation_alert",
    "build_grouped_alert",
    "build_it_alert",
    "build_notifiers",
    "recipients_for",
]


@runtime_checkable
class Notifier(Protocol):
    """One alert channel. ``send`` delivers or raises AlertDeliveryError."""

    channel: str
    #: True when every recipient reads the same channel (a Teams or Slack webhook): the
    #: worker then posts once per alert instead of once per person.
    shared: bool

    def send(self, message: AlertMessage, recipients: list[ModeratorConfig]) -> None: ...


NOTIFIERS: dict[str, type] = {
    "email": EmailNotifier,
    "slack": SlackNotifier,
    "teams": TeamsNotifier,
}


def _school_env_prefix(school_id: str) -> str:
    return "MONITOR_" + re.sub(r"[^A-Z0-9]", "_", school_id.upper()) + "_"


def _secret(env: Mapping[str, str], *names: str) -> str | None:
    for name in names:
        value = env.get(name)
        if value:
            register_secret(value)
            return value
    return None


def build_notifiers(
    config: AppConfig, school: SchoolConfig, environ: Mapping[str, str] | None = None
) -> dict[str, Notifier]:
    """The channels a school can use, keyed by channel name.

    Email is always present (the SMTP section has defaults). Slack is present when a
    webhook URL or bot token is set (the school's own variables win over the global ones);
    Teams when the school names a webhook variable and it is set.
    """
    env = os.environ if environ is None else environ
    notifiers: dict[str, Notifier] = {
        "email": EmailNotifier(config.smtp, _secret(env, "MONITOR_SMTP_PASSWORD")),
    }
    prefix = _school_env_prefix(school.id)
    webhook = _secret(env, prefix + "SLACK_WEBHOOK_URL", "MONITOR_SLACK_WEBHOOK_URL")
    token = _secret(env, prefix + "SLACK_BOT_TOKEN", "MONITOR_SLACK_BOT_TOKEN")
    if webhook or token:
        notifiers["slack"] = SlackNotifier(webhook_url=webhook, bot_token=token)
    if school.teams_webhook_env:
        teams_url = _secret(env, school.teams_webhook_env)
        if teams_url:
            notifiers["teams"] = TeamsNotifier(teams_url)
    return notifiers


def recipients_for(channel: str, recipients: list[ModeratorConfig]) -> list[ModeratorConfig]:
    """The recipients a channel can reach (email address, Slack id, Teams flag)."""
    if channel == "email":
        return [r for r in recipients if r.email]
    if channel == "slack":
        return [r for r in recipients if r.slack]
    if channel == "teams":
        return [r for r in recipients if r.teams]
    return []
