"""The local mail catcher: real SMTP in, Maildir out, readable summary and CLI."""

from __future__ import annotations

import queue
import smtplib
import threading
from email.message import EmailMessage
from pathlib import Path

from monitor.alerts import AlertMessage, EmailNotifier
from monitor.config import ModeratorConfig, SmtpConfig
from monitor.mailcatcher import MailCatcher, main, main_mailbox, read_mailbox, summarise_mailbox

PEOPLE = [ModeratorConfig(name="Hannah Reed", role="moderator", email="h.reed@example.com"),
          ModeratorConfig(name="Tom Okafor", role="moderator", email="t.okafor@example.com")]


def alert(n: int) -> AlertMessage:
    return AlertMessage(subject=f"[Alert: abuse] test alert {n}", text=f"plain {n}", html=f"<p>html {n}</p>",
                        severity="immediate", key=f"test:{n}")


def test_alerts_land_in_a_maildir_any_reader_can_open(tmp_path: Path) -> None:
    maildir = tmp_path / "var" / "mail"
    with MailCatcher(maildir=maildir) as catcher:
        assert catcher.port > 0
        notifier = EmailNotifier(SmtpConfig(host="127.0.0.1", port=catcher.port, timeout_s=5))
        for n in (1, 2):
            notifier.send(alert(n), PEOPLE)
        assert catcher.received == 2
    assert sorted(p.name for p in maildir.iterdir()) == ["cur", "new", "tmp"]
    messages = read_mailbox(maildir)
    assert [m["Subject"] for m in messages] == ["[Alert: abuse] test alert 1", "[Alert: abuse] test alert 2"]
    assert messages[0]["X-Mailcatcher-Rcpt-To"] == "h.reed@example.com, t.okafor@example.com"
    assert messages[0].get_body(("plain",)).get_content().strip() == "plain 1"
    summary = summarise_mailbox(maildir)
    assert summary.startswith(f"2 messages in {maildir}")
    assert "test alert 2" in summary and "h.reed@example.com" in summary


def test_summary_limit_and_empty_mailbox(tmp_path: Path) -> None:
    assert read_mailbox(tmp_path / "missing") == []
    assert summarise_mailbox(tmp_path / "missing").startswith("0 messages")
    maildir = tmp_path / "mail"
    with MailCatcher(maildir=maildir) as catcher, smtplib.SMTP("127.0.0.1", catcher.port, timeout=5) as client:
        for n in range(3):
            msg = EmailMessage()
            msg["Subject"], msg["From"], msg["To"] = f"note {n}", "a@example.com", "b@example.com"
            msg.set_content("x")
            client.send_message(msg)
    summary = summarise_mailbox(maildir, limit=1)
    assert "showing the latest 1" in summary and "note 2" in summary and "note 0" not in summary


def test_two_catchers_on_free_ports_do_not_collide(tmp_path: Path) -> None:
    with MailCatcher(maildir=tmp_path / "a") as first, MailCatcher(maildir=tmp_path / "b") as second:
        assert first.port != second.port


def test_main_runs_until_stopped_and_mailbox_command_reads_it(tmp_path: Path, capsys) -> None:
    maildir = tmp_path / "mail"
    stop = threading.Event()
    started: queue.Queue[MailCatcher] = queue.Queue()
    result: list[int] = []
    thread = threading.Thread(target=lambda: result.append(
        main(["--port", "0", "--maildir", str(maildir)], stop_event=stop, on_start=started.put)))
    thread.start()
    try:
        port = started.get(timeout=10).port
        assert f"mail catcher on 127.0.0.1:{port}" in capsys.readouterr().out
        with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
            client.sendmail("a@example.com", ["b@example.com"], b"Subject: from main\r\n\r\nhello\r\n")
    finally:
        stop.set()
        thread.join(timeout=10)
    assert result == [0]
    assert "after 1 message(s)" in capsys.readouterr().out
    assert main_mailbox(["--maildir", str(maildir)]) == 0
    assert "from main" in capsys.readouterr().out
    assert main_mailbox(["--maildir", str(maildir), "--show", "1"]) == 0
    shown = capsys.readouterr().out
    assert "Subject: from main" in shown and "hello" in shown
    assert main_mailbox(["--maildir", str(maildir), "--show", "5"]) == 1
