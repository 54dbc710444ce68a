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


def test_a_short_rota_tells_it_once_a_day(sqlite_store, smtp_server):
    """Everyone but one moderator and IT is away: IT hears once a day, however many alerts."""
    from datetime import date, datetime, timezone

    from monitor.alerting import _log_rota
    from monitor.config import Absence, SmtpConfig
    from monitor.rota import recipients
    from monitor.runtime import Runtime

    config = default_config()
    school = config.schools[0]
    away = (Absence(start=date(2026, 11, 1), end=date(2026, 11, 30)),)
    people = tuple(m if m.role in ("it",) or m.name == "Hannah Reed" else m.model_copy(update={"absent": away})
                   for m in school.moderators)
    school = school.model_copy(update={"moderators": people})
    config = config.model_copy(update={
        "schools": (school,),
        "smtp": SmtpConfig(host=smtp_server.host, port=smtp_server.port, sender="moderation@example.com")})
    now = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    rt = Runtime(config, store=sqlite_store, clock=lambda: now)
    rota = recipients(school, "immediate", now.date(), labels=("abuse",))
    assert rota.short
    _log_rota(rt, school, rota)
    _log_rota(rt, school, rota)
    notices = [m for m in smtp_server.messages if "fewer than two moderators" in str(m["Subject"])]
    to = [str(m["To"]) for m in notices]
    assert len(to) == len(set(to))  # one each, though the rota was short twice
    assert "it@oakfield-primary.example.com" in to
