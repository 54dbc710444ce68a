"""Signed, expiring, single-use action links for alerts.

An alert offers one-click links (acknowledge, restore, confirm removal). Each link
carries a token: a compact JSON payload (action, target id, actor, expiry, a random
nonce) in URL-safe base64, followed by an HMAC-SHA256 of that payload under the
deployment's signing key. Reading a token checks the signature in constant time, then
the expiry against an injected ``now``, so a forged, tampered or stale link is refused
before anything looks at its contents.

Signing proves that the worker issued the link; it cannot prove the link was not used
before. Single use is enforced by the web endpoint (:mod:`monitor.web`): it records each
nonce in the append-only audit trail under the key ``link:<nonce>``, and
:meth:`monitor.store.Store.append_audit` refuses a second event with the same key.

The payload is signed, not encrypted: it names the actor (as it appears in the alert
sent to that person) and the target id, never comment text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from monitor.errors import MonitorError

__all__ = [
    "ACTIONS",
    "LINK_USED",
    "LinkClaim",
    "LinkError",
    "action_url",
    "link_audit_key",
    "make_action_url",
    "make_token",
    "read_token",
]

#: Actions a link may carry; :mod:`monitor.web` maps each to a function of monitor.actions.
ACTIONS: tuple[str, ...] = ("acknowledge", "restore", "confirm")

_TARGET_KIND = {"acknowledge": "alert", "restore": "comment", "confirm": "comment"}

#: Audit event recorded when a link is used (before the action runs).
LINK_USED = "link_used"

_VERSION = 1
_NONCE_BYTES = 12
_MAX_TOKEN_CHARS = 2048  # a real token is ~200 characters; refuse anything absurd early
_B64_TEXT = re.compile(r"[A-Za-z0-9_-]+")


class LinkError(MonitorError):
    """An action link cannot be used.

    ``reason`` is one of ``malformed``, ``forged``, ``expired``, ``used`` or ``invalid``
    (a request to sign something that is not a known action), so the web page can say
    what happened without echoing the token.
    """

    def __init__(self, message: str, *, reason: str) -> None:
        self.reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class LinkClaim:
    """What a valid token asks for."""

    action: str
    target: str
    actor: str
    expires_at: datetime
    nonce: str

    @property
    def audit_key(self) -> str:
        return link_audit_key(self.nonce)

    @property
    def target_id(self) -> int:
        """The database id the link acts on. Targets are written ``alert:<id>`` (acknowledge)
        or ``comment:<id>`` (restore, confirm), or as the bare id."""
        kind, _, number = self.target.rpartition(":")
        if kind not in ("", _TARGET_KIND[self.action]) or not number.isdigit():
            raise LinkError("the link does not name a valid target", reason="malformed")
        return int(number)


def link_audit_key(nonce: str) -> str:
    """The audit-event key that marks the link with ``nonce`` as used."""
    return f"link:{nonce}"


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: bytes, payload_b64: str) -> bytes:
    return hmac.new(key, b"monitor-link.v1." + payload_b64.encode("ascii"), hashlib.sha256).digest()


def _check_key(key: bytes) -> None:
    if not key:
        raise LinkError("no signing key configured", reason="invalid")


def make_token(key: bytes, *, action: str, target: str, actor: str, expires_at: datetime) -> str:
    """Sign a link token for ``action`` on ``target`` by ``actor``, valid until ``expires_at``."""
    _check_key(key)
    if action not in ACTIONS:
        raise LinkError(f"unknown link action {action!r}", reason="invalid")
    if expires_at.tzinfo is None:
        raise LinkError("expires_at must be timezone-aware", reason="invalid")
    payload = {
        "v": _VERSION,
        "a": action,
        "t": str(target),
        "u": actor,
        "e": int(expires_at.timestamp()),
        "n": _b64encode(secrets.token_bytes(_NONCE_BYTES)),
    }
    payload_b64 = _b64encode(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    return f"{payload_b64}.{_b64encode(_sign(key, payload_b64))}"


def read_token(key: bytes, token: str, now: datetime) -> LinkClaim:
    """Check ``token`` and return its claim; raise :class:`LinkError` if it cannot be used."""
    _check_key(key)
    if not token or len(token) > _MAX_TOKEN_CHARS or token.count(".") != 1:
        raise LinkError("the link is not a valid action link", reason="malformed")
    payload_b64, sig_b64 = token.split(".")
    if not _B64_TEXT.fullmatch(payload_b64) or not _B64_TEXT.fullmatch(sig_b64):
        raise LinkError("the link is not a valid action link", reason="malformed")
    # Verify before parsing: nothing from an unauthenticated payload is ever interpreted.
    # Comparing the canonical encodings (not decoded bytes) leaves no second spelling of a
    # valid signature, since base64 decoders ignore the spare bits of the last character.
    if not hmac.compare_digest(sig_b64, _b64encode(_sign(key, payload_b64))):
        raise LinkError("the link's signature is not valid", reason="forged")
    try:
        payload = json.loads(_b64decode(payload_b64))
        claim = LinkClaim(
            action=str(payload["a"]),
            target=str(payload["t"]),
            actor=str(payload["u"]),
            expires_at=datetime.fromtimestamp(int(payload["e"]), tz=timezone.utc),
            nonce=str(payload["n"]),
        )
        version = payload["v"]
    except (binascii.Error, ValueError, KeyError, TypeError, OverflowError, OSError):
        # Only reachable with a valid signature, i.e. a bug or a leaked key; still refuse.
        raise LinkError("the link is not a valid action link", reason="malformed") from None
    if version != _VERSION or claim.action not in ACTIONS or not claim.nonce:
        raise LinkError("the link is not a valid action link", reason="malformed")
    if now >= claim.expires_at:
        raise LinkError(f"the link expired at {claim.expires_at:%Y-%m-%d %H:%M} UTC", reason="expired")
    return claim


def action_url(base_url: str, token: str) -> str:
    """The URL of the web endpoint's confirmation page for ``token``."""
    return f"{base_url.rstrip('/')}/a/{token}"


def make_action_url(runtime, *, action: str, target: int | str, actor: str) -> str:
    """Convenience for alert builders: sign a link with the runtime's key, clock and
    ``config.web`` settings (``base_url``, ``link_ttl_h``) and return its URL."""
    web = runtime.config.web
    expires_at = runtime.clock() + timedelta(hours=web.link_ttl_h)
    token = make_token(runtime.signing_key, action=action, target=str(target), actor=actor,
                       expires_at=expires_at)
    return action_url(web.base_url, token)
