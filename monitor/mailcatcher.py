"""A local mail catcher for the demo and for trials: an SMTP server that delivers nothing.

``monitor mailcatcher --port 1025 --maildir var/mail`` accepts every message on a
loopback port (aiosmtpd) and stores it in a Maildir (:mod:`mailbox`), which any mail
client can open (mutt -f var/mail) and which ``monitor mailbox`` summarises. Point the
config's ``smtp`` section at it (``host: 127.0.0.1``, ``port: 1025``) and alerts land
there instead of in anyone's inbox. It offers no AUTH and no TLS: it is for loopback
use only, never for a real relay.

The envelope is recorded in ``X-Mailcatcher-Mail-From`` and ``X-Mailcatcher-Rcpt-To``
headers, so a trial can check who would have received each alert.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import email.utils
import logging
import mailbox
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from datetime import timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

__all__ = [
    "LoopbackController",
    "MailCatcher",
    "main",
    "main_mailbox",
    "read_mailbox",
    "summarise_mailbox",
]

log = logging.getLogger(__name__)


class LoopbackController(Controller):
    """aiosmtpd's threaded Controller, able to listen on port 0 (a free port).

    The stock Controller connects to ``self.port`` to check the server is up, which
    fails for port 0; the real port is read from the listening socket first.
    """

    def _trigger_server(self) -> None:
        if self.port == 0 and self.server is not None and self.server.sockets:
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class _MaildirHandler:
    def __init__(self, maildir: Path) -> None:
        self._box = mailbox.Maildir(maildir, create=True)
        self._lock = threading.Lock()
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        # Header values cannot hold line breaks; addresses never do, but be strict.
        mail_from = str(envelope.mail_from or "").replace("\r", "").replace("\n", "")
        rcpt_to = ", ".join(envelope.rcpt_tos).replace("\r", "").replace("\n", "")
        stamp = (
            f"X-Mailcatcher-Mail-From: {mail_from}\r\n"
            f"X-Mailcatcher-Rcpt-To: {rcpt_to}\r\n"
        ).encode("utf-8")
        with self._lock:
            self._box.add(mailbox.MaildirMessage(stamp + content))
            self.count += 1
        log.info("mail catcher stored a message for %d recipient(s)", len(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


class MailCatcher:
    """An SMTP server on ``host:port`` storing every message in ``maildir``.

    ``port=0`` picks a free port; read it from :attr:`port` after :meth:`start`.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, maildir: Path | str) -> None:
        self.host = host
        self.maildir = Path(maildir)
        self.maildir.parent.mkdir(parents=True, exist_ok=True)
        self._handler = _MaildirHandler(self.maildir)
        self._controller = LoopbackController(self._handler, hostname=host, port=port)

    @property
    def port(self) -> int:
        return self._controller.port

    @property
    def received(self) -> int:
        """Messages stored since :meth:`start`."""
        return self._handler.count

    def start(self) -> "MailCatcher":
        self._controller.start()
        log.info("mail catcher listening on %s:%d, storing in %s", self.host, self.port, self.maildir)
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> "MailCatcher":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def read_mailbox(path: Path | str) -> list[EmailMessage]:
    """Every message in the Maildir at ``path``, oldest first ([] if there is none)."""
    path = Path(path)
    if not (path / "new").is_dir() and not (path / "cur").is_dir():
        return []
    box = mailbox.Maildir(path, factory=None, create=False)
    entries = []
    for key in box.keys():
        stored = box.get_message(key)
        raw = box.get_bytes(key)
        entries.append((stored.get_date(), key, raw))
    entries.sort()
    return [email.message_from_bytes(raw, policy=email.policy.default) for _, _, raw in entries]


def summarise_mailbox(path: Path | str, *, limit: int = 20) -> str:
    """A short, human summary of the mailbox: count, then the latest ``limit`` messages."""
    messages = read_mailbox(path)
    lines = [f"{len(messages)} message{'s' if len(messages) != 1 else ''} in {path}"]
    shown = messages[-limit:] if limit > 0 else []
    if len(messages) > len(shown):
        lines.append(f"(showing the latest {len(shown)})")
    first = len(messages) - len(shown) + 1
    for number, msg in enumerate(shown, start=first):
        when = msg.get("Date", "")
        try:
            when = email.utils.parsedate_to_datetime(when).astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        except (TypeError, ValueError):
            pass
        to = msg.get("X-Mailcatcher-Rcpt-To") or msg.get("To", "")
        lines.append(f"{number:>4}  {when}  to {to}")
        lines.append(f"      {msg.get('Subject', '(no subject)')}")
    return "\n".join(lines)


def render_message(msg: EmailMessage) -> str:
    """The plain-text view of one stored message, with its main headers."""
    body = msg.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    head = "\n".join(f"{h}: {msg.get(h)}" for h in ("Date", "From", "To", "Subject") if msg.get(h))
    return f"{head}\n\n{text}"


def main(argv: Sequence[str] | None = None, *, stop_event: threading.Event | None = None,
         on_start: Callable[[MailCatcher], None] | None = None) -> int:
    """``monitor mailcatcher``: run the catcher until interrupted (or ``stop_event``).

    ``on_start`` is called with the running catcher (tests use it to learn the port).
    """
    parser = argparse.ArgumentParser(prog="monitor mailcatcher", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=1025, help="SMTP port (default 1025; 0 = any free port)")
    parser.add_argument("--maildir", default="var/mail", help="Maildir to store messages in (default var/mail)")
    args = parser.parse_args(argv)
    stop = stop_event or threading.Event()
    if stop_event is None and threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
    catcher = MailCatcher(args.host, args.port, maildir=args.maildir)
    catcher.start()
    sys.stdout.write(f"mail catcher on {args.host}:{catcher.port}, storing in {args.maildir} "
                     f"(read it with: monitor mailbox --maildir {args.maildir})\n")
    sys.stdout.flush()
    try:
        if on_start is not None:
            on_start(catcher)
        stop.wait()
    finally:
        catcher.stop()
        sys.stdout.write(f"mail catcher stopped after {catcher.received} message(s)\n")
    return 0


def main_mailbox(argv: Sequence[str] | None = None) -> int:
    """``monitor mailbox``: summarise the Maildir, or show one message with ``--show N``."""
    parser = argparse.ArgumentParser(prog="monitor mailbox", description="Read the local mail catcher's mailbox.")
    parser.add_argument("--maildir", default="var/mail", help="Maildir to read (default var/mail)")
    parser.add_argument("--limit", type=int, default=20, help="how many of the latest messages to list")
    parser.add_argument("--show", type=int, metavar="N", help="print message number N (1 = oldest)")
    args = parser.parse_args(argv)
    if args.show is not None:
        messages = read_mailbox(args.maildir)
        if not 1 <= args.show <= len(messages):
            sys.stderr.write(f"no message {args.show}: the mailbox holds {len(messages)}\n")
            return 1
        sys.stdout.write(render_message(messages[args.show - 1]) + "\n")
        return 0
    sys.stdout.write(summarise_mailbox(args.maildir, limit=args.limit) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
