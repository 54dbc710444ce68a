"""Signed, expiring action-link tokens (single use is tested with the web endpoint)."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.config import default_config
from monitor.errors import MonitorError
from monitor.links import (
    LinkError,
    action_url,
    make_action_url,
    make_token,
    read_token,
)
from monitor.runtime import Runtime

KEY = b"k" * 32
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
LATER = NOW + timedelta(hours=72)


def token(**kw) -> str:
    args = {"action": "restore", "target": "42", "actor": "Hannah Reed", "expires_at": LATER} | kw
    return make_token(KEY, **args)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def test_round_trip_returns_the_claim():
    claim = read_token(KEY, token(action="acknowledge", target="7"), NOW)
    assert (claim.action, claim.target, claim.actor, claim.expires_at) == ("acknowledge", "7", "Hannah Reed", LATER)
    assert claim.audit_key == f"link:{claim.nonce}"


def test_each_token_has_its_own_nonce():
    claims = {read_token(KEY, token(), NOW).nonce for _ in range(5)}
    assert len(claims) == 5


def test_link_error_is_a_monitor_error():
    assert issubclass(LinkError, MonitorError)


def test_wrong_key_is_refused_as_forged():
    with pytest.raises(LinkError) as info:
        read_token(b"another key of the right size!!!", token(), NOW)
    assert info.value.reason == "forged"


def test_tampered_payload_is_refused_as_forged():
    payload_b64, sig = token(target="42").split(".")
    payload = json.loads(base64.urlsafe_b64decode(payload_b64 + "=" * (-len(payload_b64) % 4)))
    payload["t"] = "43"  # point the same signature at another comment
    with pytest.raises(LinkError) as info:
        read_token(KEY, f"{_b64(json.dumps(payload, separators=(',', ':')).encode())}.{sig}", NOW)
    assert info.value.reason == "forged"
    payload["t"], payload["e"] = "42", payload["e"] + 86400  # or extend its life
    with pytest.raises(LinkError) as info:
        read_token(KEY, f"{_b64(json.dumps(payload, separators=(',', ':')).encode())}.{sig}", NOW)
    assert info.value.reason == "forged"


@settings(max_examples=60, deadline=None, database=None)
@given(position=st.integers(min_value=0), replacement=st.sampled_from("AQgw_-Z9."))
def test_any_changed_character_is_refused(position, replacement):
    original = token()
    i = position % len(original)
    changed = original[:i] + replacement + original[i + 1:]
    if changed == original:
        return
    with pytest.raises(LinkError):
        read_token(KEY, changed, NOW)


def test_expiry_uses_the_given_clock():
    t = token(expires_at=NOW + timedelta(minutes=10))
    assert read_token(KEY, t, NOW + timedelta(minutes=9, seconds=59)).target == "42"
    with pytest.raises(LinkError) as info:
        read_token(KEY, t, NOW + timedelta(minutes=10))
    assert info.value.reason == "expired"


@pytest.mark.parametrize("bad", ["", "abc", "a.b.c", "!!!.???", "é.é", "x" * 5000, token() + "."])
def test_malformed_tokens_are_refused(bad):
    with pytest.raises(LinkError) as info:
        read_token(KEY, bad, NOW)
    assert info.value.reason == "malformed"


def test_only_known_actions_and_aware_times_can_be_signed():
    with pytest.raises(LinkError):
        token(action="delete_everything")
    with pytest.raises(LinkError):
        token(expires_at=datetime(2026, 11, 23, 9, 30))
    with pytest.raises(LinkError):
        make_token(b"", action="restore", target="1", actor="x", expires_at=LATER)


def test_action_url_and_runtime_helper(sqlite_store):
    assert action_url("https://monitor.example.com/", "abc.def") == "https://monitor.example.com/a/abc.def"
    runtime = Runtime(default_config(), store=sqlite_store, clock=lambda: NOW, signing_key=KEY)
    url = make_action_url(runtime, action="confirm", target=9, actor="Tom Okafor")
    assert url.startswith("http://127.0.0.1:8080/a/")
    claim = read_token(KEY, url.rsplit("/", 1)[1], NOW)
    assert (claim.action, claim.target, claim.actor) == ("confirm", "9", "Tom Okafor")
    assert claim.expires_at == NOW + timedelta(hours=default_config().web.link_ttl_h)


def test_public_names_exist():
    import monitor.links

    assert all(hasattr(monitor.links, name) for name in monitor.links.__all__)


@pytest.mark.parametrize("action, target, expected", [
    ("acknowledge", "alert:12", 12), ("restore", "comment:34", 34), ("confirm", "56", 56),
    ("acknowledge", "comment:12", None), ("restore", "alert:34", None), ("confirm", "comment:x", None),
    ("restore", "comment:-3", None),
])
def test_target_id_checks_the_kind_of_target(action, target, expected):
    claim = read_token(KEY, token(action=action, target=target), NOW)
    if expected is None:
        with pytest.raises(LinkError):
            claim.target_id
    else:
        assert claim.target_id == expected
