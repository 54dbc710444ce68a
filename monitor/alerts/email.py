"""Email alerts over SMTP: plain text and HTML, inline images, STARTTLS or TLS, auth.

Credentials: use the school's or the trust's mail relay (Microsoft 365, Google
Workspace or the local authority's relay). Put host, port, ``starttls``/``ssl`` and
``username`` in the ``smtp`` section of the config file and the password in the
``MONITOR_SMTP_PASSWORD`` environment variable; never in the file. Microsoft 365:
``smtp.office365.com`` port 587 with ``starttls: true`` and a mailbox with SMTP AUTH
enabled; Google Workspace: ``smtp-relay.gmail.com`` or ``smtp.gmail.com`` port 587 with an
app password. For trials, ``monitor mailcatcher`` runs a local catcher on port 1025.

One alert is one SMTP transaction to every recipient with an email address. The
Message-ID is derived from the alert's idempotency key, so if a retry delivers a message
twice, mail clients and people can see it is the same alert. Every smtplib, socket and
TLS error is mapped once, here, to :class:`AlertDeliveryError` without the password.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate

from monitor.alerts.render import AlertMessage
from monitor.config import ModeratorConfig, SmtpConfig
from monitor.errors import AlertDeliveryError, register_secret

__all__ = ["EmailNotifier", "build_email", "message_id_for"]

log = logging.getLogger(__name__)

_PRIORITY = {"urgent": "1 (Highest)", "escalation": "1 (Highest)", "immediate": "2 (High)"}


def message_id_for(key: str, sender: str) -> str:
    """A stable Message-ID for an alert key: the same alert always gets the same id."""
    domain = sender.rpartition("@")[2] or "localhost"
    return f"<alert-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:32]}@{domain}>"


def build_email(message: AlertMessage, *, sender: str, to: Sequence[str]) -> EmailMessage:
    """The MIME message for an alert: multipart/alternative (text, html), the HTML part
    wrapped in multipart/related with the inline images when there are any."""
    msg = EmailMessage()
    msg["Subject"] = message.subject
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id_for(message.key, sender)
    msg["X-Monitor-Alert-Key"] = message.key
    msg["X-Monitor-Severity"] = message.severity
    # Alerts must not trigger out-of-office replies back to the monitor's mailbox.
    msg["Auto-Submitted"] = "auto-generated"
    if message.severity in _PRIORITY:
        msg["X-Priority"] = _PRIORITY[message.severity]
        msg["Importance"] = "high"
    msg.set_content(message.text)
    msg.add_alternative(message.html, subtype="html")
    if message.inline_images:
        html_part = msg.get_payload()[1]
        for content_id, png in message.inline_images:
            # add_related turns the html part into multipart/related around it.
            html_part.add_related(png, maintype="image", subtype="png", cid=f"<{content_id}>",
                                  filename=f"{content_id}.png", disposition="inline")
    return msg


class EmailNotifier:
    """Sends alerts to the recipients' email addresses over SMTP."""

    channel = "email"
    shared = False

    def __init__(self, smtp: SmtpConfig, password: str | None = None, *,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.smtp = smtp
        self._password = password
        register_secret(password)
        # Tests pass a context trusting their own CA; production uses the system store.
        self._ssl_context = ssl_context

    def __repr__(self) -> str:
        auth = f"{self.smtp.username}:***@" if self.smtp.username else ""
        return f"EmailNotifier(smtp://{auth}{self.smtp.host}:{self.smtp.port})"

    def _context(self) -> ssl.SSLContext:
        return self._ssl_context or ssl.create_default_context()

    def _connect(self) -> smtplib.SMTP:
        cfg = self.smtp
        if cfg.ssl:
            return smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_s, context=self._context())
        client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_s)
        try:
            if cfg.starttls:
                client.starttls(context=self._context())
        except BaseException:
            client.close()
            raise
        return client

    def send(self, message: AlertMessage, recipients: list[ModeratorConfig]) -> None:
        to = [r.email for r in recipients if r.email]
        if not to:
            log.debug("alert %s: no recipient has an email address", message.key)
            return
        email = build_email(message, sender=self.smtp.sender, to=to)
        try:
            with self._connect() as client:
                if self.smtp.username:
                    client.login(self.smtp.username, self._password or "")
                refused = client.send_message(email, from_addr=self.smtp.sender, to_addrs=to)
        except smtplib.SMTPAuthenticationError as exc:
            raise AlertDeliveryError(f"SMTP login refused ({exc.smtp_code})", channel=self.channel) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            codes = sorted({code for code, _ in exc.recipients.values()})
            raise AlertDeliveryError(f"every recipient refused (SMTP {codes})", channel=self.channel,
                                     recipient=f"{len(to)} recipient(s)") from exc
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
            raise AlertDeliveryError(f"SMTP {exc.smtp_code}: {text}", channel=self.channel) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise AlertDeliveryError(f"server does not support: {exc}", channel=self.channel) from exc
        except (smtplib.SMTPException, ssl.SSLError, socket.timeout, OSError) as exc:
            raise AlertDeliveryError(
                f"cannot deliver via {self.smtp.host}:{self.smtp.port}: {type(exc).__name__}: {exc}",
                channel=self.channel,
            ) from exc
        if refused:
            # Some addresses were accepted: retrying would repeat the alert to them, so
            # the partial refusal is logged for IT instead of raised.
            # Addresses are personal data: log the count and codes only.
            log.warning("alert %s: refused by the SMTP server for %d recipient(s) (codes %s)",
                        message.key, len(refused), sorted({c for c, _ in refused.values()}))
        log.info("alert %s sent by email to %d recipient(s)", message.key, len(to) - len(refused))
