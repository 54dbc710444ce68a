"""Shared channels (a Teams or Slack webhook) get one post per alert, not one per person."""

from __future__ import annotations

from monitor.alerting import _targets
from monitor.config import ModeratorConfig, default_config


class FakeNotifier:
    def __init__(self, channel: str, shared: bool) -> None:
        self.channel, self.shared = channel, shared


PEOPLE = [
    ModeratorConfig(name="Hannah Reed", role="moderator", email="h.reed@example.com", teams=True, slack="U01"),
    ModeratorConfig(name="Tom Okafor", role="moderator", email="t.okafor@example.com", teams=True, slack="U02"),
    ModeratorConfig(name="Sarah Whitfield", role="dsl", email="s.whitfield@example.com"),
]
SCHOOL = default_config().schools[0]


def test_email_per_person_and_teams_once_for_the_room():
    notifiers = {"email": FakeNotifier("email", False), "teams": FakeNotifier("teams", True)}
    targets = [(p.name, c) for p, c in _targets(SCHOOL, PEOPLE, notifiers)]
    assert [t for t in targets if t[1] == "email"] == [
        ("Hannah Reed", "email"), ("Tom Okafor", "email"), ("Sarah Whitfield", "email")]
    assert [t for t in targets if t[1] == "teams"] == [("Oakfield Primary School Teams channel", "teams")]


def test_slack_bot_messages_each_person_but_a_webhook_posts_once():
    bot = {"slack": FakeNotifier("slack", False)}
    assert [(p.name, c) for p, c in _targets(SCHOOL, PEOPLE, bot)] == [("Hannah Reed", "slack"), ("Tom Okafor", "slack")]
    webhook = {"slack": FakeNotifier("slack", True)}
    rooms = list(_targets(SCHOOL, PEOPLE, webhook))
    assert len(rooms) == 1 and rooms[0][0].name == "Oakfield Primary School Slack channel"


def test_real_notifiers_declare_whether_they_are_shared():
    from monitor.alerts.email import EmailNotifier
    from monitor.alerts.slack import SlackNotifier
    from monitor.alerts.teams import TeamsNotifier

    config = default_config()
    assert EmailNotifier(config.smtp).shared is False
    assert TeamsNotifier("https://example.webhook.office.com/webhookb2/test").shared is True
    assert SlackNotifier(webhook_url="https://hooks.slack.com/services/T000/B000/XXXX").shared is True
    assert SlackNotifier(bot_token="xoxb-test-token").shared is False
