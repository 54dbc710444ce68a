"""EmailNotifier against real SMTP servers (aiosmtpd): plain, AUTH, STARTTLS, TLS."""

from __future__ import annotations

import logging
import socket
from datetime import datetime, timezone

import pytest

from monitor.alerts import AlertMessage, EmailNotifier, Notifier, build_comment_alert
from monitor.alerts.email import build_email, message_id_for
from monitor.config import ModeratorConfig, SmtpConfig, default_config
from monitor.errors import AlertDeliveryError
from monitor.store import CommentRow

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32  # the bytes only need to survive the trip

PEOPLE = [
    ModeratorConfig(name="Hannah Reed", role="moderator", email="h.reed@example.com"),
    ModeratorConfig(name="Sarah Whitfield", role="dsl", email="s.whitfield@example.com"),
    ModeratorConfig(name="Slack Only", role="moderator", slack="U0SLACK01"),
]


def alert(**overrides) -> AlertMessage:
    values = dict(subject="[Alert: abuse] Oakfield Primary (Facebook Page): Hidden on Facebook",
                  text="plain body", html="<p>html body</p>", severity="immediate", key="comment:oakfield:facebook:1:immediate:hide")
    values.update(overrides)
    return AlertMessage(**values)


def smtp_config(server, **overrides) -> SmtpConfig:
    return SmtpConfig(host=server.host, port=server.port, sender="moderation@oakfield.example.com",
                      timeout_s=5, **overrides)


def test_delivers_text_and_html_to_everyone_with_an_email(smtp_server) -> None:
    EmailNotifier(smtp_config(smtp_server)).send(alert(), PEOPLE)
    assert len(smtp_server.messages) == 1
    msg = smtp_server.messages[0]
    mail_from, rcpt = smtp_server.envelopes[0]
    assert mail_from == "moderation@oakfield.example.com"
    assert rcpt == ["h.reed@example.com", "s.whitfield@example.com"]
    assert msg["Subject"].startswith("[Alert: abuse]")
    assert msg.get_content_type() == "multipart/alternative"
    assert msg.get_body(("plain",)).get_content().strip() == "plain body"
    assert msg.get_body(("html",)).get_content().strip() == "<p>html body</p>"
    assert msg["Message-ID"] == message_id_for(alert().key, "moderation@oakfield.example.com")
    assert msg["X-Priority"].startswith("2")


def test_message_id_is_stable_per_key_so_a_resend_is_recognisable(smtp_server) -> None:
    notifier = EmailNotifier(smtp_config(smtp_server))
    notifier.send(alert(), PEOPLE[:1])
    notifier.send(alert(), PEOPLE[:1])
    notifier.send(alert(key="comment:oakfield:facebook:2:immediate:hide"), PEOPLE[:1])
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert ids[0] == ids[1] != ids[2]
    assert ids[0].endswith("@oakfield.example.com>")


def test_inline_images_travel_as_multipart_related(smtp_server) -> None:
    digest = alert(severity="digest", html='<p>chart</p><img src="cid:chart-labels">',
                   inline_images=(("chart-labels", PNG),))
    EmailNotifier(smtp_config(smtp_server)).send(digest, PEOPLE[:1])
    msg = smtp_server.messages[0]
    assert msg.get_content_type() == "multipart/alternative"
    plain, related = msg.get_payload()
    assert plain.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html, image = related.get_payload()
    assert html.get_content_type() == "text/html" and "cid:chart-labels" in html.get_content()
    assert image.get_content_type() == "image/png"
    assert image["Content-ID"] == "<chart-labels>"
    assert image.get_content() == PNG
    assert "X-Priority" not in msg


def test_auth_login_with_the_password_from_the_environment(smtp_server_auth) -> None:
    cfg = smtp_config(smtp_server_auth, username=smtp_server_auth.username)
    EmailNotifier(cfg, smtp_server_auth.password).send(alert(), PEOPLE)
    assert len(smtp_server_auth.messages) == 1
    assert smtp_server_auth.auth_attempts  # the client really authenticated


def test_wrong_password_is_a_delivery_error_without_the_password(smtp_server_auth) -> None:
    cfg = smtp_config(smtp_server_auth, username=smtp_server_auth.username)
    with pytest.raises(AlertDeliveryError) as info:
        EmailNotifier(cfg, "not-the-password-77").send(alert(), PEOPLE)
    assert "login refused" in str(info.value) and "535" in str(info.value)
    assert "not-the-password-77" not in str(info.value)
    assert info.value.channel == "email"
    assert smtp_server_auth.messages == []


def test_server_requiring_auth_refuses_anonymous_mail(smtp_server_auth) -> None:
    with pytest.raises(AlertDeliveryError) as info:
        EmailNotifier(smtp_config(smtp_server_auth)).send(alert(), PEOPLE)
    assert "530" in str(info.value)


def test_starttls_then_auth(smtp_server_starttls, tls_client_context) -> None:
    cfg = smtp_config(smtp_server_starttls, starttls=True, username=smtp_server_starttls.username)
    EmailNotifier(cfg, smtp_server_starttls.password, ssl_context=tls_client_context).send(alert(), PEOPLE)
    assert len(smtp_server_starttls.messages) == 1


def test_starttls_with_an_untrusted_certificate_fails_cleanly(smtp_server_starttls) -> None:
    cfg = smtp_config(smtp_server_starttls, starttls=True, username=smtp_server_starttls.username)
    with pytest.raises(AlertDeliveryError) as info:
        EmailNotifier(cfg, smtp_server_starttls.password).send(alert(), PEOPLE)
    assert "SSL" in str(info.value) or "certificate" in str(info.value).lower()
    assert smtp_server_starttls.password not in str(info.value)


def test_implicit_tls(smtp_server_ssl, tls_client_context) -> None:
    cfg = smtp_config(smtp_server_ssl, ssl=True, username=smtp_server_ssl.username)
    EmailNotifier(cfg, smtp_server_ssl.password, ssl_context=tls_client_context).send(alert(), PEOPLE)
    assert len(smtp_server_ssl.messages) == 1


def test_connection_refused_is_a_delivery_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    cfg = SmtpConfig(host="127.0.0.1", port=port, timeout_s=2)
    with pytest.raises(AlertDeliveryError) as info:
        EmailNotifier(cfg, "pw-never-shown-1234").send(alert(), PEOPLE)
    assert isinstance(info.value.__cause__, OSError)
    assert "pw-never-shown-1234" not in str(info.value)


def test_nobody_with_email_sends_nothing(smtp_server) -> None:
    EmailNotifier(smtp_config(smtp_server)).send(alert(), PEOPLE[2:])
    assert smtp_server.messages == []


def test_a_real_comment_alert_arrives_masked(smtp_server, caplog) -> None:
    school = default_config().schools[0]
    text = "Amelia Clarke in Oak class, ring 07700 900461"
    comment = CommentRow(id=3, platform="facebook", external_id="100200300400500_3", author_name="Jo Bloggs",
                         text=text, permalink="https://www.facebook.com/100200300400500_3",
                         created_at=datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc))
    verdict = {"labels": ["personal_info"], "scores": {"personal_info": 0.9}, "explanations": {"personal_info": [
        {"detector": "personal_info", "rule": "pupil_name", "span": [0, 13], "matched": "Amelia Clarke", "adjustments": []}]}}
    decision = {"intention": "hide", "labels": ["personal_info"], "review_labels": [], "alert": "immediate",
                "reasons": ["personal_info 0.90 >= 0.60: hide"], "observe": False}
    msg = build_comment_alert(school=school, account=school.accounts[0], comment=comment, verdict=verdict,
                              decision=decision, outcome="Hidden on Facebook", links={})
    with caplog.at_level(logging.DEBUG):
        EmailNotifier(smtp_config(smtp_server)).send(msg, list(school.moderators))
    received = smtp_server.messages[0]
    raw = received.as_string()
    for leaked in ("Amelia", "Clarke", "900461", "Bloggs"):
        assert leaked not in raw and leaked not in caplog.text
    assert len(smtp_server.envelopes[0][1]) == len(school.moderators)
    assert "[personal info] in Oak class" in received.get_body(("plain",)).get_content()


def test_build_email_headers() -> None:
    msg = build_email(alert(severity="urgent"), sender="m@example.com", to=["a@example.com"])
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Priority"].startswith("1") and msg["Importance"] == "high"
    assert msg["X-Monitor-Alert-Key"] == alert().key
    notifier = EmailNotifier(SmtpConfig(username="u"), "secret-value-99")
    assert "secret-value-99" not in repr(notifier)
    assert isinstance(notifier, Notifier)
