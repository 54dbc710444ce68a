"""Push from Facebook: the Page ``feed`` webhook receiver.

Facebook can tell the worker within seconds that a comment was added or edited, instead
of waiting for the next poll. The receiver does three things only:

1. answers the subscription handshake (``hub.mode=subscribe``, ``hub.verify_token``,
   echo ``hub.challenge``);
2. checks ``X-Hub-Signature-256`` (HMAC-SHA256 of the raw body with the app secret) in
   constant time, and rejects a body it has already accepted (replay);
3. turns comment events into "poll this account now" requests.

It never stores comments itself: the poll that follows reads them through the normal,
cursor-tracked path, so a missed or forged webhook cannot lose or invent evidence, and
polling stays the backstop.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

__all__ = ["FeedEvent", "ReplayGuard", "check_signature", "handle_facebook", "parse_feed_events"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeedEvent:
    page_id: str
    item: str
    verb: str
    comment_id: str | None
    post_id: str | None


def check_signature(app_secret: str, body: bytes, header: str | None) -> bool:
    """True when ``header`` is ``sha256=<hex HMAC of body>`` under ``app_secret``."""
    if not header or not header.startswith("sha256=") or not app_secret:
        return False
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header[len("sha256="):].strip().lower())


def parse_feed_events(payload: Mapping) -> list[FeedEvent]:
    """Comment and post events of a ``page`` webhook payload; anything else is ignored."""
    events: list[FeedEvent] = []
    if not isinstance(payload, Mapping) or payload.get("object") != "page":
        return events
    # Signed does not mean well formed: anything but the documented shape is ignored.
    for entry in _objects(payload.get("entry")):
        page_id = str(entry.get("id", ""))
        for change in _objects(entry.get("changes")):
            if change.get("field") != "feed":
                continue
            value = change.get("value")
            if not isinstance(value, Mapping):
                continue
            item = str(value.get("item", ""))
            if item not in ("comment", "post", "status", "photo", "video"):
                continue
            events.append(FeedEvent(page_id=page_id, item=item, verb=str(value.get("verb", "")),
                                    comment_id=value.get("comment_id"), post_id=value.get("post_id")))
    return events


def _objects(value: object) -> list[Mapping]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


class ReplayGuard:
    """Remembers accepted bodies for ``ttl_s``; Redis-backed when a client is given."""

    def __init__(self, redis_client=None, ttl_s: int = 24 * 3600, max_local: int = 10_000) -> None:
        self.redis = redis_client
        self.ttl_s = ttl_s
        self.max_local = max_local
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_time(self, body: bytes) -> bool:
        digest = hashlib.sha256(body).hexdigest()
        if self.redis is not None:
            return bool(self.redis.set(f"monitor:webhook:seen:{digest}", 1, nx=True, ex=self.ttl_s))
        now = time.monotonic()
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now - self.ttl_s:
                self._seen.popitem(last=False)
            if digest in self._seen:
                return False
            self._seen[digest] = now
            while len(self._seen) > self.max_local:
                self._seen.popitem(last=False)
            return True


def handle_facebook(*, method: str, query: Mapping[str, str], headers: Mapping[str, str], body: bytes,
                    verify_token: str | None, app_secrets: Mapping[str, str], page_accounts: Mapping[str, str],
                    replay: ReplayGuard, poll_now: Callable[[str], None]) -> tuple[int, str]:
    """Handle one request to the webhook URL; returns (HTTP status, body text).

    ``app_secrets`` maps page id -> app secret, ``page_accounts`` page id -> account id.
    """
    if method == "GET":
        if (query.get("hub.mode") == "subscribe" and verify_token
                and hmac.compare_digest(query.get("hub.verify_token", ""), verify_token)):
            return 200, query.get("hub.challenge", "")
        return 403, "verification failed"
    if method != "POST":
        return 405, "method not allowed"
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return 400, "not JSON"
    if not isinstance(payload, dict):
        return 400, "not a JSON object"
    pages = {str(e.get("id", "")) for e in _objects(payload.get("entry"))}
    signature = headers.get("X-Hub-Signature-256") or headers.get("x-hub-signature-256")
    # Every page in the body must be ours and the body signed with that page's app secret.
    if not pages or not all(p in app_secrets and check_signature(app_secrets[p], body, signature) for p in pages):
        log.warning("webhook rejected: bad or missing signature")
        return 401, "bad signature"
    if not replay.first_time(body):
        log.info("webhook rejected: replayed delivery")
        return 409, "already received"
    to_poll = {page_accounts[e.page_id] for e in parse_feed_events(payload)
               if e.page_id in page_accounts and e.item == "comment"}
    for account_id in sorted(to_poll):
        poll_now(account_id)
    return 200, "ok"
