"""XConnector against recorded X API v2 payloads (``responses``) and the sandbox."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses
from pydantic import SecretStr
from responses import matchers

from connectors.base import Capability, Connector
from connectors.sandbox import SandboxServer
from connectors.x import X_ERRORS, XConnector
from monitor.config import AccountConfig, AccountSecrets
from monitor.errors import (
    AuthError,
    BudgetExhaustedError,
    ConnectorError,
    GoneError,
    PermanentError,
    RateLimitedError,
    RetryableError,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "x"
API = "https://api.twitter.com/2"
USER = "1480000000000000001"
ROOT = "2124065277342646372"
BEARER = "test-x-user-token-0001"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
MENTIONS = f"{API}/users/{USER}/mentions"
SEARCH = f"{API}/tweets/search/recent"
OWN_QUERY = "(from:OakfieldPrimary -is:reply -is:retweet)"
from tests.connectors.scenario_faults import assert_every_comment_once_despite_faults


def load(name: str):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


ERRORS = load("errors")


def make(now: datetime = NOW, secrets: AccountSecrets | None = None, **kw) -> XConnector:
    account = AccountConfig(id="oakfield-x", platform="x", user_id=USER, username="OakfieldPrimary", timeout_s=5)
    secrets = secrets or AccountSecrets(bearer_token=SecretStr(BEARER))
    return XConnector(account, secrets, clock=lambda: now, **kw)


def q(call) -> dict[str, list[str]]:
    return parse_qs(urlparse(call.request.url).query)


def search(query: str, body: dict, **extra) -> dict:
    return {"json": body, "match": [matchers.query_param_matcher({"query": query, **extra}, strict_match=False)]}


def own_posts() -> dict:
    """The school's posts as the combined search returns them (with every tweet field)."""
    body = load("own_posts")
    return {**body, "data": [{**post, "author_id": USER} for post in body["data"]]}


# ---------------------------------------------------------------------- reading


@responses.activate
def test_first_poll_reads_mentions_pages_and_own_conversations():
    next_token = load("mentions_page1")["meta"]["next_token"]
    responses.get(MENTIONS, json=load("mentions_page2"),
                  match=[matchers.query_param_matcher({"pagination_token": next_token}, strict_match=False)])
    responses.get(MENTIONS, json=load("mentions_page1"))
    responses.get(SEARCH, **search(OWN_QUERY, own_posts()))
    # a post first seen in this poll has its replies read in the same poll
    responses.get(SEARCH, **search(f"conversation_id:{ROOT}", load("conversation_page"), since_id=ROOT))

    result = make().fetch_new_comments(None)

    ids = [c.id for c in result.comments]
    # mentions first (both pages), then conversation replies not already seen; the
    # school's own reply (106) is skipped; the 8-day-old own post is out of search range
    assert ids == ["2124103026078646377", "2124095476331446376", "2124090443166646374",
                   "2124108059243446379", "2124092959749046375"]
    by_id = {c.id: c for c in result.comments}
    photo = by_id["2124103026078646377"]
    assert photo.thread_id == ROOT and photo.parent_id is None  # a direct reply to the school's post
    assert photo.author_id == "1490000000000000011" and photo.author_name == "priya_example"
    assert photo.permalink == "https://x.com/priya_example/status/2124103026078646377"
    assert photo.attachments == ("https://pbs.twimg.com/media/trip-photo.jpg",
                                 "https://pbs.twimg.com/ext_tw_video_thumb/trip-video.jpg")
    assert photo.created_at == datetime(2026, 11, 21, 11, 30, tzinfo=timezone.utc)
    assert photo.raw["data"]["id"] == photo.id and photo.raw["includes"]["users"][0]["username"] == "priya_example"
    assert by_id["2124090443166646374"].parent_id == "2124087926584246373"
    assert by_id["2124092959749046375"].text.endswith("closes early on weekdays though.")  # note_tweet
    bare = by_id["2124108059243446379"]  # missing author and time
    assert (bare.author_id, bare.author_name, bare.created_at) == (None, None, NOW)
    assert bare.permalink == "https://x.com/i/web/status/2124108059243446379"

    assert result.calls == 4 == len(responses.calls)
    first = q(responses.calls[0])
    assert first["start_time"] == ["2026-11-07T12:00:00Z"] and "since_id" not in first
    assert all(c.request.headers["Authorization"] == f"Bearer {BEARER}" for c in responses.calls)
    cursor = result.cursor
    assert json.loads(json.dumps(cursor)) == cursor
    assert cursor["mentions_since_id"] == "2124103026078646377"
    assert cursor["timeline_since_id"] == ROOT
    assert cursor["conversations"] == {ROOT: {"since_id": "2124108059243446379",
                                              "created_at": "2026-11-21T09:00:00+00:00"}}


@responses.activate
def test_next_poll_passes_since_ids_and_an_idle_poll_returns_nothing():
    cursor = {"mentions_since_id": "2124103026078646377", "timeline_since_id": ROOT,
              "conversations": {ROOT: {"since_id": "2124108059243446379", "created_at": "2026-11-21T09:00:00+00:00"},
                                "2116817520030646273": {"since_id": None, "created_at": "2026-11-01T09:00:00+00:00"}},
              "seen": ["2124103026078646377"]}
    responses.get(MENTIONS, json=load("empty"),
                  match=[matchers.query_param_matcher({"since_id": "2124103026078646377"}, strict_match=False)])
    # the school's posts and the replies in its conversations in one search, from the
    # oldest since id among them
    responses.get(SEARCH, **search(f"{OWN_QUERY} OR conversation_id:{ROOT}", load("empty"), since_id=ROOT))

    result = make().fetch_new_comments(cursor)
    assert result.comments == [] and result.calls == 2
    # the since ids stay, and a conversation older than seven days is dropped
    assert result.cursor["mentions_since_id"] == "2124103026078646377"
    assert set(result.cursor["conversations"]) == {ROOT}


@responses.activate
def test_own_posts_since_id_older_than_the_search_window_is_dropped():
    # the school has not posted for ten days: its last post id predates recent search
    old_post = "2116817520030646273"  # a snowflake of 2026-11-01
    responses.get(MENTIONS, json=load("empty"))
    responses.get(SEARCH, json=load("empty"))
    result = make().fetch_new_comments({"mentions_since_id": "2124103026078646377", "timeline_since_id": old_post})
    own_search = q(responses.calls[1])
    assert own_search["query"] == [OWN_QUERY] and "since_id" not in own_search
    assert result.cursor["timeline_since_id"] == old_post and result.calls == 2


@responses.activate
def test_overlap_between_polls_yields_no_duplicates():
    one_page = {**load("mentions_page1"), "meta": {"newest_id": "2124103026078646377", "result_count": 2}}
    responses.get(MENTIONS, json=one_page)
    responses.get(SEARCH, **search(OWN_QUERY, load("empty")))
    first = make().fetch_new_comments(None)
    assert len(responses.calls) == 2
    assert len(first.comments) == 2
    second = make(NOW + timedelta(minutes=1)).fetch_new_comments({**first.cursor, "mentions_since_id": None})
    assert second.comments == []  # same posts again (no since id): the seen set removes them


# ---------------------------------------------------------------------- error table


def _spec(name: str) -> dict:
    spec = json.loads(json.dumps(ERRORS[name]))
    headers = spec.get("headers", {})
    if headers.get("x-rate-limit-reset") == "RESET":
        headers["x-rate-limit-reset"] = str(int((NOW + timedelta(seconds=300)).timestamp()))
    return spec


#: (case, responses kwargs, class, table row, check)
CASES = [
    ("401 unauthorized", _spec("unauthorized"), AuthError, "auth dead", None),
    ("403 client forbidden", _spec("client_forbidden"), PermanentError, "not allowed", None),
    ("403 not own conversation", _spec("not_own_conversation"), PermanentError, "not allowed", None),
    ("404 gone", _spec("not_found"), GoneError, "gone", None),
    ("429 with reset", _spec("rate_limited"), RateLimitedError, "rate-limited", ("retry_after_s", 300.0)),
    ("429 without reset", _spec("rate_limited_no_reset"), RateLimitedError, "rate-limited", ("retry_after_s", 60.0)),
    ("quota exhausted (usage capped)", _spec("usage_capped"), BudgetExhaustedError, "usage capped",
     ("until", datetime(2026, 11, 22, tzinfo=timezone.utc))),
    ("402 no credits", _spec("payment_required"), BudgetExhaustedError, "no credits", None),
    ("503", _spec("service_unavailable"), RetryableError, "server error", None),
    ("500 html", {"status": 500, "body": "<html>oops</html>", "content_type": "text/html"}, RetryableError,
     "server error", None),
    ("timeout", {"body": requests.exceptions.ReadTimeout("read timed out")}, RetryableError,
     "no usable answer", None),
    ("connection refused", {"body": requests.exceptions.ConnectionError("refused")}, RetryableError,
     "no usable answer", None),
    ("malformed JSON", {"status": 200, "body": '{"data": [', "content_type": "application/json"}, RetryableError,
     "no usable answer", None),
    ("400 invalid request", _spec("invalid_request"), PermanentError, "other", None),
    ("200 with only errors (unknown user)", _spec("unknown_user"), PermanentError, "errors instead of data", None),
]


def _mock(rsps, method: str, url: str, spec: dict) -> None:
    if isinstance(spec.get("body"), Exception):
        rsps.add(method, url, body=spec["body"])
    elif isinstance(spec.get("body"), dict):
        rsps.add(method, url, json=spec["body"], status=spec["status"], headers=spec.get("headers", {}))
    else:
        rsps.add(method, url, body=spec["body"], status=spec["status"], content_type=spec["content_type"])


@pytest.mark.parametrize("spec,cls,row,check", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_mentions_errors_map_through_the_table(spec, cls, row, check):
    with responses.RequestsMock() as rsps:
        _mock(rsps, "GET", MENTIONS, spec)
        with pytest.raises(ConnectorError) as info:
            make().fetch_new_comments(None)
    err = info.value
    assert type(err) is cls and err.rule == row
    assert (err.platform, err.account) == ("x", "oakfield-x")
    assert BEARER not in str(err)
    if spec.get("status") != 200 or isinstance(spec.get("body"), str):
        assert err.__cause__ is not None  # mapped at the boundary, cause kept
    if isinstance(spec.get("body"), dict):
        assert err.status == spec["status"]
    if check:
        assert getattr(err, check[0]) == check[1]


def test_every_table_row_has_a_case():
    assert {c[3] for c in CASES} == {r.name for r in X_ERRORS}


# ---------------------------------------------------------------------- acting


@responses.activate
def test_hide_and_restore_put_the_hidden_flag():
    responses.put(f"{API}/tweets/2124092959749046375/hidden", json=load("hidden_true"),
                  match=[matchers.json_params_matcher({"hidden": True})])
    responses.put(f"{API}/tweets/2124092959749046375/hidden", json=load("hidden_false"),
                  match=[matchers.json_params_matcher({"hidden": False})])
    conn = make()
    conn.hide_comment("2124092959749046375")
    conn.hold_comment("2124092959749046375")  # no queue on X: a hide
    conn.restore_comment("2124092959749046375")
    assert [json.loads(c.request.body)["hidden"] for c in responses.calls] == [True, True, False]
    assert conn.calls_made == 3


@responses.activate
def test_hide_outside_own_conversation_is_not_allowed_and_gone_is_gone():
    _mock(responses.mock, "PUT", f"{API}/tweets/2124090443166646374/hidden", _spec("not_own_conversation"))
    _mock(responses.mock, "PUT", f"{API}/tweets/2124109317534647271/hidden", _spec("not_found"))
    conn = make()
    with pytest.raises(PermanentError) as info:
        conn.hide_comment("2124090443166646374")
    assert not isinstance(info.value, GoneError)
    with pytest.raises(GoneError):
        conn.hide_comment("2124109317534647271")


@responses.activate
def test_unexpected_hide_answer_is_permanent():
    responses.put(f"{API}/tweets/2124092959749046375/hidden", json=load("hidden_false"))
    with pytest.raises(PermanentError):
        make().hide_comment("2124092959749046375")


def test_remove_and_ban_are_not_possible_on_x():
    conn = make()
    for call in (lambda: conn.remove_comment("1"), lambda: conn.ban_author("2", "1")):
        with pytest.raises(PermanentError):
            call()
    assert conn.calls_made == 0


@responses.activate
def test_oauth1_user_context_signs_requests():
    secrets = AccountSecrets(consumer_key=SecretStr("ck-test-0001"), consumer_secret=SecretStr("cs-test-0001"),
                             access_token=SecretStr("at-test-0001"), access_token_secret=SecretStr("ats-test-0001"))
    responses.put(f"{API}/tweets/2124092959749046375/hidden", json=load("hidden_true"))
    make(secrets=secrets).hide_comment("2124092959749046375")
    assert responses.calls[0].request.headers["Authorization"].startswith("OAuth ")


def test_protocol_capabilities_credentials_and_sandbox_host():
    conn = make(base_url="http://127.0.0.1:9")
    assert isinstance(conn, Connector) and conn.platform == "x"
    assert conn.capabilities == {Capability.HIDE, Capability.RESTORE}
    with responses.RequestsMock() as rsps:
        rsps.put("http://127.0.0.1:9/2/tweets/5/hidden", json=load("hidden_true"))
        conn.hide_comment("5")
    assert conn._session.timeout_s == 5
    account = AccountConfig(id="oakfield-x", platform="x", user_id=USER)
    unconfigured = XConnector(account, AccountSecrets())  # fails on use, as a dead token does
    for call in (lambda: unconfigured.fetch_new_comments(None), lambda: unconfigured.hide_comment("5")):
        with pytest.raises(AuthError) as info:
            call()
        assert "MONITOR_OAKFIELD_X_BEARER_TOKEN" in str(info.value)
    assert unconfigured.calls_made == 0


# ---------------------------------------------------------------------- sandbox


def test_against_the_sandbox_server(sandbox):
    """Read, hide and restore against the sandbox (the whole scenario released)."""
    server = sandbox
    account = AccountConfig(id="oakfield-x", platform="x", user_id=server.state.account("x")["user_id"],
                            username=server.state.account("x")["username"], timeout_s=5)
    conn = XConnector(account, AccountSecrets(), base_url=server.url)
    first = conn.fetch_new_comments(None)
    assert first.comments, "the scenario has X replies"
    assert all(c.author_id != account.user_id for c in first.comments)
    replies_to_school = [c for c in first.comments if c.thread_id in first.cursor["conversations"]]
    target = replies_to_school[0]
    conn.hide_comment(target.id)
    assert server.state.visibility("x", target.id) == "hidden"
    conn.restore_comment(target.id)
    assert server.state.visibility("x", target.id) == "visible"
    again = conn.fetch_new_comments(first.cursor)
    assert again.comments == []
    # mentions, then one search for the school's posts and the replies in them all
    assert len(first.cursor["conversations"]) > 1 and again.calls == 2
    mention = next(c for c in first.comments if c.thread_id not in first.cursor["conversations"])
    with pytest.raises(PermanentError):  # not a reply in the school's own conversation
        conn.hide_comment(mention.id)


PLATFORM = "x"


def SANDBOX_CONNECTOR(server, clock):
    acct = server.state.account("x")
    account = AccountConfig(id="oakfield-x", platform="x", user_id=str(acct["user_id"]), username=acct["username"],
                            timeout_s=5)
    return XConnector(account, AccountSecrets(), base_url=server.url, clock=clock)


def test_every_scripted_comment_exactly_once_with_random_faults():
    assert_every_comment_once_despite_faults(PLATFORM, SANDBOX_CONNECTOR)


def test_a_hanging_server_times_out_at_the_account_timeout():
    server = SandboxServer()
    server.fault_delay_s = 1.0
    server.start()
    try:
        server.inject("timeout", platform=PLATFORM)  # every call: one list failing alone is absorbed
        account = AccountConfig(id="oakfield-x", platform="x", user_id=USER, username="OakfieldPrimary", timeout_s=0.2)
        conn = XConnector(account, AccountSecrets(), base_url=server.url)
        with pytest.raises(RetryableError) as info:  # tweepy alone would wait for ever
            conn.fetch_new_comments(None)
        assert info.value.rule == "no usable answer"
    finally:
        server.stop()


SANDBOX_FAULTS = {
    "rate_limited": RateLimitedError, "quota": BudgetExhaustedError, "auth": AuthError, "auth_revoked": AuthError,
    "forbidden": PermanentError, "server_error": RetryableError, "malformed": RetryableError, "not_found": GoneError,
    "disconnect": RetryableError,
}


def test_sandbox_faults_map_to_the_same_classes():
    """The sandbox's error answers, through the real SDK, land in the documented classes."""
    server = SandboxServer().start()
    try:
        server.release_all()
        got = {}
        for kind in SANDBOX_FAULTS:
            server.clear_faults()
            server.inject(kind, platform=PLATFORM)  # every call: one list failing alone is absorbed
            conn = SANDBOX_CONNECTOR(server, None)
            with pytest.raises(ConnectorError) as info:
                conn.fetch_new_comments(None)
            got[kind] = type(info.value)
        assert got == SANDBOX_FAULTS
    finally:
        server.stop()
