"""TeamsNotifier with ``responses`` replaying the webhook replies in tests/fixtures/teams."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
import responses

from monitor.alerts import AlertMessage, TeamsNotifier, build_notifiers
from monitor.config import ModeratorConfig, SchoolConfig, default_config
from monitor.errors import AlertDeliveryError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "teams"
WEBHOOK = ("https://example.webhook.office.com/webhookb2/00000000-aaaa-bbbb-cccc-000000000000"
           "/IncomingWebhook/tEaMsSeCrEtPaTh0001/11111111-2222-3333-4444-555555555555")

PEOPLE = [
    ModeratorConfig(name="Hannah Reed", role="moderator", email="h.reed@example.com", teams=True),
    ModeratorConfig(name="Tom Okafor", role="moderator", email="t.okafor@example.com"),
]


def add_reply(name: str) -> None:
    data = json.loads((FIXTURES / f"{name}.json").read_text())
    responses.add(responses.POST, WEBHOOK, status=data["status"], headers=data["headers"], body=data["body"])


def alert(severity: str = "urgent") -> AlertMessage:
    subject = "[URGENT safeguarding] Oakfield Primary (Facebook Page): Held (hidden) on Facebook"
    return AlertMessage(
        subject=subject, text=f"{subject}\n\nSchool: Oakfield Primary School\nAuthor: Jo B.\n\nExcerpt: \"[phone]\"",
        html="<p>x</p>", severity=severity, key="comment:oakfield:facebook:1:urgent:hold",
        links=(("Acknowledge", "http://127.0.0.1:8080/l/ack"),),
    )


@responses.activate
def test_workflow_webhook_gets_an_adaptive_card() -> None:
    add_reply("workflow_accepted")
    TeamsNotifier(WEBHOOK).send(alert(), PEOPLE)
    assert len(responses.calls) == 1
    payload = json.loads(responses.calls[0].request.body)
    assert payload["type"] == "message"
    attachment = payload["attachments"][0]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = attachment["content"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    title, *lines = card["body"]
    assert title["text"].startswith("[URGENT safeguarding]") and title["color"] == "Attention"
    assert [b["text"] for b in lines] == ["School: Oakfield Primary School", "Author: Jo B.", 'Excerpt: "[phone]"']
    assert lines[0]["spacing"] == "Medium" and lines[1]["spacing"] == "None"
    assert card["actions"] == [{"type": "Action.OpenUrl", "title": "Acknowledge", "url": "http://127.0.0.1:8080/l/ack"}]


@responses.activate
def test_legacy_connector_gets_a_message_card() -> None:
    add_reply("connector_ok")
    TeamsNotifier(WEBHOOK, card="messagecard").send(alert("immediate"), PEOPLE)
    payload = json.loads(responses.calls[0].request.body)
    assert payload["@type"] == "MessageCard" and payload["themeColor"] == "1D4ED8"
    assert payload["title"].startswith("[URGENT safeguarding]")
    assert "Author: Jo B.  \n  \nExcerpt" in payload["text"]  # blank line = paragraph
    assert payload["potentialAction"][0]["targets"][0]["uri"] == "http://127.0.0.1:8080/l/ack"


@pytest.mark.parametrize(("fixture", "expected"), [
    ("connector_throttled", "HTTP 200: Microsoft Teams endpoint returned HTTP error 429"),
    ("bad_payload", "HTTP 400: Bad payload received by generic incoming webhook."),
    ("workflow_throttled", "retry after 20s"),
    ("workflow_not_found", "HTTP 404"),
])
@responses.activate
def test_failures_map_to_delivery_error_without_the_url(fixture: str, expected: str) -> None:
    add_reply(fixture)
    with pytest.raises(AlertDeliveryError) as info:
        TeamsNotifier(WEBHOOK).send(alert(), PEOPLE)
    assert expected in str(info.value)
    assert "tEaMsSeCrEtPaTh0001" not in str(info.value) and info.value.channel == "teams"


@pytest.mark.parametrize("error", [
    requests.ConnectionError(f"HTTPSConnectionPool: Max retries exceeded with url: {WEBHOOK[36:]}"),
    requests.Timeout("read timed out"),
])
@responses.activate
def test_network_errors_map_to_delivery_error(error: Exception) -> None:
    responses.add(responses.POST, WEBHOOK, body=error)
    with pytest.raises(AlertDeliveryError) as info:
        TeamsNotifier(WEBHOOK, timeout_s=3).send(alert(), PEOPLE)
    assert info.value.__cause__ is error
    assert "tEaMsSeCrEtPaTh0001" not in str(info.value)


@responses.activate
def test_only_sent_when_a_recipient_takes_teams_alerts() -> None:
    TeamsNotifier(WEBHOOK).send(alert(), PEOPLE[1:])
    assert len(responses.calls) == 0


def test_registry_builds_teams_from_the_schools_env_var() -> None:
    config = default_config()
    data = config.schools[0].model_dump()
    data["teams_webhook_env"] = "MONITOR_OAKFIELD_TEAMS_WEBHOOK"
    school = SchoolConfig.model_validate(data)
    notifiers = build_notifiers(config, school, environ={"MONITOR_OAKFIELD_TEAMS_WEBHOOK": WEBHOOK})
    assert isinstance(notifiers["teams"], TeamsNotifier)
    assert "tEaMsSeCrEtPaTh0001" not in repr(notifiers["teams"])
    assert "teams" not in build_notifiers(config, school, environ={})


@responses.activate
def test_markdown_links_from_comment_text_are_defused() -> None:
    add_reply("workflow_accepted")
    message = AlertMessage(subject="[Alert: spam] x", text='Excerpt: "[Restore here](http://phish.example.com)"',
                           html="", severity="immediate", key="k")
    TeamsNotifier(WEBHOOK).send(message, PEOPLE)
    card = json.loads(responses.calls[0].request.body)["attachments"][0]["content"]
    assert card["body"][1]["text"] == 'Excerpt: "[Restore here] (http://phish.example.com)"'
