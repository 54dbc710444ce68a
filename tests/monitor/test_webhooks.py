"""Facebook webhook receiver: handshake, signatures, replays, events to polls."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest
import redis

from monitor.webhooks import ReplayGuard, check_signature, handle_facebook, parse_feed_events

SECRET = "app-secret-for-tests"  # invented
PAGE = "100200300400500"


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def comment_event(comment_id: str = "111_222", verb: str = "add", page: str = PAGE) -> bytes:
    return json.dumps({"object": "page", "entry": [{"id": page, "time": 1763800000, "changes": [
        {"field": "feed", "value": {"item": "comment", "verb": verb, "comment_id": comment_id,
                                    "post_id": "111", "from": {"id": "9", "name": "A Parent"},
                                    "message": "hello", "created_time": 1763800000}}]}]}).encode()


def call(method="POST", body=b"", signature=None, query=None, replay=None):
    polled = []
    status, text = handle_facebook(
        method=method, query=query or {}, headers={"X-Hub-Signature-256": signature} if signature else {},
        body=body, verify_token="verify-me", app_secrets={PAGE: SECRET}, page_accounts={PAGE: "oakfield-fb"},
        replay=replay or ReplayGuard(), poll_now=polled.append)
    return status, text, polled


def test_handshake_echoes_the_challenge_only_with_the_right_token():
    q = {"hub.mode": "subscribe", "hub.verify_token": "verify-me", "hub.challenge": "1158201444"}
    assert call("GET", query=q)[:2] == (200, "1158201444")
    assert call("GET", query={**q, "hub.verify_token": "wrong"})[0] == 403


def test_signed_comment_event_triggers_one_poll():
    body = comment_event()
    status, _, polled = call(body=body, signature=sign(body))
    assert status == 200 and polled == ["oakfield-fb"]


@pytest.mark.parametrize("signature", [None, "sha256=" + "0" * 64, "sha1=abc", "sha256=zz"])
def test_bad_signatures_are_rejected(signature):
    status, _, polled = call(body=comment_event(), signature=signature)
    assert status == 401 and polled == []


def test_a_body_signed_with_another_secret_or_for_another_page_is_rejected():
    body = comment_event()
    assert call(body=body, signature=sign(body, "other-secret"))[0] == 401
    foreign = comment_event(page="999")
    assert call(body=foreign, signature=sign(foreign))[0] == 401


def test_replayed_delivery_is_rejected(redis_url):
    guard = ReplayGuard(redis.Redis.from_url(redis_url))
    body = comment_event()
    assert call(body=body, signature=sign(body), replay=guard)[0] == 200
    status, _, polled = call(body=body, signature=sign(body), replay=guard)
    assert status == 409 and polled == []


def test_local_replay_guard_forgets_old_bodies():
    guard = ReplayGuard(ttl_s=3600, max_local=2)
    assert guard.first_time(b"a") and guard.first_time(b"b")
    assert not guard.first_time(b"a")
    assert guard.first_time(b"c")
    assert guard.first_time(b"a")  # evicted by size, accepted again


def test_signature_check_is_exact():
    body = b'{"object":"page"}'
    assert check_signature(SECRET, body, sign(body))
    assert not check_signature(SECRET, body + b" ", sign(body))
    assert not check_signature("", body, sign(body, ""))


def test_parse_ignores_other_fields_and_objects():
    payload = json.loads(comment_event(verb="edited"))
    payload["entry"][0]["changes"].append({"field": "ratings", "value": {"item": "rating"}})
    events = parse_feed_events(payload)
    assert [(e.item, e.verb, e.comment_id) for e in events] == [("comment", "edited", "111_222")]
    assert parse_feed_events({"object": "user", "entry": []}) == []
