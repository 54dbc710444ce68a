"""FacebookConnector against recorded Graph payloads (``responses``) and the sandbox."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import requests
import responses
from pydantic import SecretStr

from connectors.base import Capability, Connector
from connectors.facebook import FACEBOOK_ERRORS, FacebookConnector
from connectors.sandbox import SandboxServer
from monitor.config import AccountConfig, AccountSecrets
from monitor.errors import (
    AuthError,
    ConnectorError,
    GoneError,
    PermanentError,
    RateLimitedError,
    RetryableError,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "facebook"
PAGE = "100200300400500"
G = "https://graph.facebook.com/v25.0"
TOKEN = "test-page-token-0001"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
LATER = datetime(2026, 11, 21, 12, 5, tzinfo=timezone.utc)
from tests.connectors.scenario_faults import assert_every_comment_once_despite_faults


def load(name: str):
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


ERRORS = load("errors")


def make(now: datetime = NOW, **kw) -> FacebookConnector:
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE, timeout_s=5)
    secrets = AccountSecrets(page_token=SecretStr(TOKEN))
    return FacebookConnector(account, secrets, clock=lambda: now, **kw)


def register_first_poll(rsps: responses.RequestsMock) -> None:
    rsps.get(f"{G}/{PAGE}/feed", json=load("feed_page2"),
             match=[responses.matchers.query_param_matcher({"after": "QVFIUmJi"}, strict_match=False)])
    rsps.get(f"{G}/{PAGE}/feed", json=load("feed_page1"))
    # the nested page's next URL names /3003/comments; the connector keeps the post's own
    # edge and takes only the query (cursor, filter, order, fields)
    rsps.get(f"{G}/{PAGE}_3003/comments", json=load("comments_3003_page2"),
             match=[responses.matchers.query_param_matcher({"after": "MjAz", "filter": "stream"}, strict_match=False)])


def query(call) -> dict[str, list[str]]:
    return parse_qs(urlparse(call.request.url).query)


# ---------------------------------------------------------------------- reading


@responses.activate
def test_first_poll_reads_feed_visitor_posts_and_every_comment_page():
    register_first_poll(responses.mock)
    result = make().fetch_new_comments(None)

    by_id = {c.id: c for c in result.comments}
    # the Page's own reply (4004) and own posts are skipped; the visitor post is moderated
    assert set(by_id) == {f"{PAGE}_3002", "3003_4003", "3003_4002", "3003_4001", "3001_4101", "3001_4100"}
    reply = by_id["3003_4003"]
    assert reply.thread_id == f"{PAGE}_3003" and reply.parent_id == "3003_4001"
    assert reply.author_id == "7000000000000102" and reply.author_name == "Tom Sample"
    assert reply.created_at == datetime(2026, 11, 21, 11, 35, tzinfo=timezone.utc)
    assert reply.permalink.endswith("comment_id=4003") and reply.raw["id"] == "3003_4003"
    assert by_id["3003_4001"].attachments == ("https://scontent.example.com/v/reply-photo.jpg",)
    visitor = by_id[f"{PAGE}_3002"]
    assert visitor.parent_id is None and visitor.thread_id == visitor.id
    assert visitor.attachments == ("https://scontent.example.com/v/car-park.jpg",)
    assert "comments" not in visitor.raw
    # missing fields: no author and no time -> still returned, with the poll time
    bare = by_id["3001_4100"]
    assert (bare.author_id, bare.author_name, bare.created_at) == (None, None, NOW)
    assert all(c.platform_state == "visible" and c.account_id == "oakfield-fb" for c in result.comments)

    # 2 feed pages (comments nested) + the second comment page of post 3003
    assert result.calls == 3 == len(responses.calls)
    first = query(responses.calls[0])
    assert first["since"] == [str(int(NOW.timestamp()) - 14 * 86400)]
    assert "comments.filter(stream).order(reverse_chronological)" in first["fields"][0]
    assert query(responses.calls[1])["limit"] == ["100"]  # later comment pages are full size
    # the next URLs' token is dropped and re-added once, not duplicated
    assert all(query(c)["access_token"] == [TOKEN] for c in responses.calls)
    assert json.loads(json.dumps(result.cursor)) == result.cursor
    assert result.cursor["posts"][f"{PAGE}_3003"] == "2026-11-21T11:40:00+00:00"
    assert result.cursor["posts"][f"{PAGE}_3002"] is None


@responses.activate
def test_second_poll_returns_only_new_and_late_comments_and_stops_at_the_watermark():
    register_first_poll(responses.mock)
    first = make().fetch_new_comments(None)

    responses.reset()
    # Post 3003's nested page reaches below its watermark (11:40 - 2 min), so the connector
    # must not follow its next URL: nothing is registered for it.
    responses.get(f"{G}/{PAGE}/feed", json=load("feed_second_poll"))
    second = make(LATER).fetch_new_comments(first.cursor)

    # 4006 is new; 4005 is older than the watermark but inside the overlap and unseen
    assert [c.id for c in second.comments] == ["3003_4006", "3003_4005"]
    assert second.calls == 1
    assert second.cursor["posts"][f"{PAGE}_3003"] == "2026-11-21T12:04:00+00:00"

    idle = make(LATER).fetch_new_comments(second.cursor)
    assert idle.comments == [] and idle.calls == 1  # an idle poll is one call


@responses.activate
def test_posts_leaving_the_window_leave_the_cursor():
    responses.get(f"{G}/{PAGE}/feed", json={"data": []})
    result = make().fetch_new_comments({"posts": {f"{PAGE}_2000": "2026-10-01T00:00:00+00:00"},
                                        "seen": ["x"], "feed_newest": None})
    assert result.cursor["posts"] == {} and result.comments == [] and result.calls == 1


# ---------------------------------------------------------------------- error table

TIMEOUT = requests.exceptions.ReadTimeout("read timed out")
CONNECTION = requests.exceptions.ConnectionError("connection refused")

#: (case, response kwargs for ``responses``, error class, table row, retry_after_s)
CASES = [
    ("401 token expired (190/463)", ERRORS["token_expired"], AuthError, "token dead", None),
    ("401 password changed (190/460)", ERRORS["password_changed"], AuthError, "token dead", None),
    ("403 permission (200)", ERRORS["permission_200"], AuthError, "missing permission", None),
    ("permission (10)", ERRORS["permission_10"], AuthError, "missing permission", None),
    ("404 gone (100/33)", ERRORS["gone"], GoneError, "gone", None),
    ("429 Page throttled with regain time", ERRORS["buc_throttled"], RateLimitedError, "rate-limited", 300.0),
    ("429 throttled without header", ERRORS["page_throttled_no_header"], RateLimitedError, "rate-limited", 60.0),
    ("quota exhausted (app limit 4)", ERRORS["app_limit"], RateLimitedError, "rate-limited", 3600.0),
    ("500 transient (2)", ERRORS["transient_500"], RetryableError, "transient", None),
    ("unknown error (1)", ERRORS["unknown_transient"], RetryableError, "transient", None),
    ("is_transient flag", ERRORS["flagged_transient"], RetryableError, "transient", None),
    ("500 html error page", {"status": 500, "body": "<html>Server Error</html>", "content_type": "text/html"},
     RetryableError, "transient", None),
    ("malformed JSON", {"status": 200, "body": '{"data": [{"id": ', "content_type": "application/json"},
     RetryableError, "transient", None),
    ("timeout", {"body": TIMEOUT}, RetryableError, "timeout or connection", None),
    ("connection refused", {"body": CONNECTION}, RetryableError, "timeout or connection", None),
    ("368 policy block", ERRORS["policy_block"], PermanentError, "not allowed", None),
    ("503 unknown code", ERRORS["server_unknown"], RetryableError, "server error", None),
    ("bad parameter (100)", ERRORS["invalid_param"], PermanentError, "other", None),
]


def _mock(rsps, url: str, spec: dict, method: str = "GET") -> None:
    if "body" in spec and isinstance(spec["body"], Exception):
        rsps.add(method, url, body=spec["body"])
    elif isinstance(spec.get("body"), (dict, list)):
        rsps.add(method, url, json=spec["body"], status=spec["status"], headers=spec.get("headers", {}))
    else:
        rsps.add(method, url, body=spec["body"], status=spec["status"], content_type=spec["content_type"])


@pytest.mark.parametrize("spec,cls,row,retry_after", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_feed_errors_map_through_the_table(spec, cls, row, retry_after):
    with responses.RequestsMock() as rsps:
        _mock(rsps, f"{G}/{PAGE}/feed", spec)
        with pytest.raises(ConnectorError) as info:
            make().fetch_new_comments(None)
    err = info.value
    assert type(err) is cls and err.rule == row
    assert err.platform == "facebook" and err.account == "oakfield-fb"
    assert isinstance(err.__cause__, Exception)  # mapped at the boundary, with the cause kept
    assert TOKEN not in str(err)
    if "status" in spec and not isinstance(spec.get("body"), Exception):
        assert err.status == spec["status"]
    if retry_after is not None:
        assert err.retry_after_s == retry_after


@responses.activate
def test_usage_headers_are_exposed_for_the_scheduler():
    headers = ERRORS["app_limit"]["headers"]
    responses.get(f"{G}/{PAGE}/feed", json={"data": []}, headers={"X-App-Usage": headers["X-App-Usage"]})
    conn = make()
    assert conn.usage_pct is None
    conn.fetch_new_comments(None)
    assert conn.usage_pct == 100.0


@responses.activate
def test_a_listing_without_data_is_retryable():
    responses.get(f"{G}/{PAGE}/feed", json={"unexpected": True})
    with pytest.raises(RetryableError) as info:
        make().fetch_new_comments(None)
    assert info.value.rule == "transient" and "no data list" in str(info.value)


def test_every_table_row_has_a_case():
    rows_hit = {c[3] for c in CASES} | {"not allowed"}  # can_hide=false is covered below
    assert rows_hit == {r.name for r in FACEBOOK_ERRORS}


def test_permanent_and_auth_errors_are_not_retryable_and_gone_is_permanent():
    assert not issubclass(AuthError, RetryableError) and issubclass(GoneError, PermanentError)


# ---------------------------------------------------------------------- acting


def _form(call) -> dict[str, list[str]]:
    return parse_qs(call.request.body)


@responses.activate
def test_hide_checks_the_comment_then_sets_is_hidden():
    responses.get(f"{G}/3003_4002", json=load("comment_state"))
    responses.post(f"{G}/3003_4002", json=load("success"))
    make().hide_comment("3003_4002")
    assert query(responses.calls[0])["fields"] == ["id,is_hidden,can_hide"]
    assert _form(responses.calls[1])["is_hidden"] == ["true"]  # the string, not Python's True


@responses.activate
def test_hide_of_an_already_hidden_comment_makes_no_write():
    responses.get(f"{G}/3003_4002", json=load("comment_state_hidden"))
    make().hide_comment("3003_4002")
    assert len(responses.calls) == 1


@responses.activate
def test_hide_of_a_comment_the_page_cannot_hide_is_not_allowed():
    responses.get(f"{G}/3003_4004", json=load("comment_state_own"))
    with pytest.raises(PermanentError) as info:
        make().hide_comment("3003_4004")
    assert info.value.rule == "not allowed" and not isinstance(info.value, GoneError)
    assert len(responses.calls) == 1


@responses.activate
def test_hide_of_a_deleted_comment_is_gone():
    _mock(responses.mock, f"{G}/3003_4002", ERRORS["gone"])
    with pytest.raises(GoneError):
        make().hide_comment("3003_4002")


@responses.activate
def test_restore_hold_remove_and_ban():
    responses.post(f"{G}/3003_4002", json=load("success"))
    responses.get(f"{G}/3003_4002", json={"id": "3003_4002", "is_hidden": False, "can_hide": True,
                                          "can_remove": True})
    responses.delete(f"{G}/3003_4002", json=load("success"))
    responses.post(f"{G}/{PAGE}/blocked", json=load("blocked"))
    conn = make()
    conn.restore_comment("3003_4002")
    assert _form(responses.calls[-1])["is_hidden"] == ["false"]
    conn.hold_comment("3003_4002")  # no queue on Facebook: a hide
    assert _form(responses.calls[-1])["is_hidden"] == ["true"]
    conn.remove_comment("3003_4002")
    assert responses.calls[-1].request.method == "DELETE"
    conn.ban_author("7000000000000103", "3003_4002")
    assert json.loads(_form(responses.calls[-1])["user"][0]) == ["7000000000000103"]
    assert conn.calls_made == len(responses.calls)


@responses.activate
def test_refused_write_is_permanent():
    responses.post(f"{G}/3003_4002", json={"success": False})
    with pytest.raises(PermanentError):
        make().restore_comment("3003_4002")


def test_protocol_capabilities_and_credentials():
    conn = make()
    assert isinstance(conn, Connector)
    assert conn.platform == "facebook"
    assert conn.capabilities == {Capability.HIDE, Capability.RESTORE, Capability.REMOVE, Capability.BAN}
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE)
    unconfigured = FacebookConnector(account, AccountSecrets())  # fails on use, as a dead token does
    for call in (lambda: unconfigured.fetch_new_comments(None), lambda: unconfigured.hide_comment("1_2")):
        with pytest.raises(AuthError) as info:
            call()
        assert "MONITOR_OAKFIELD_FB_PAGE_TOKEN" in str(info.value)
    assert unconfigured.calls_made == 0


def test_sandbox_host_and_version_and_timeout():
    conn = make(base_url="http://127.0.0.1:9/")
    with responses.RequestsMock() as rsps:
        rsps.get(f"http://127.0.0.1:9/v25.0/{PAGE}/feed", json={"data": []})
        result = conn.fetch_new_comments(None)
    assert result.calls == 1 and conn._session.timeout_s == 5


# ---------------------------------------------------------------------- sandbox


def test_against_the_sandbox_server(sandbox):
    """Read, hide and restore against the sandbox (the whole scenario released)."""
    server = sandbox
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE, timeout_s=5)
    conn = FacebookConnector(account, AccountSecrets(), base_url=server.url)
    first = conn.fetch_new_comments(None)
    assert first.comments, "the scenario has Facebook comments"
    assert all(c.author_id != PAGE for c in first.comments)
    target = next(c for c in first.comments if c.platform_state == "visible")
    conn.hide_comment(target.id)
    assert server.state.visibility("facebook", target.id) == "hidden"
    conn.restore_comment(target.id)
    assert server.state.visibility("facebook", target.id) == "visible"
    again = conn.fetch_new_comments(first.cursor)
    assert again.comments == [] and again.calls == 1
    own = next(n.id for n in server.state.live("facebook") if n.own and n.kind in ("comment", "reply"))
    with pytest.raises(PermanentError):  # the Page's own comment cannot be hidden
        conn.hide_comment(own)
    other = next(c for c in first.comments if c.id != target.id and c.parent_id is None and c.author_id)
    conn.ban_author(other.author_id, other.id)
    assert other.author_id in server.state.fb_blocked[PAGE]
    conn.remove_comment(other.id)
    assert server.state.visibility("facebook", other.id) == "removed"
    with pytest.raises(GoneError):
        conn.hide_comment(other.id)


PLATFORM = "facebook"


def SANDBOX_CONNECTOR(server, clock):
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE, timeout_s=5)
    return FacebookConnector(account, AccountSecrets(), base_url=server.url, clock=clock)


def test_every_scripted_comment_exactly_once_with_random_faults():
    assert_every_comment_once_despite_faults(PLATFORM, SANDBOX_CONNECTOR)


def test_a_hanging_server_times_out_at_the_account_timeout():
    server = SandboxServer()
    server.fault_delay_s = 1.0
    server.start()
    try:
        server.inject("timeout", platform=PLATFORM, times=1)
        account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE, timeout_s=0.2)
        conn = FacebookConnector(account, AccountSecrets(), base_url=server.url)
        with pytest.raises(RetryableError) as info:
            conn.fetch_new_comments(None)
        assert info.value.rule == "timeout or connection"
    finally:
        server.stop()


SANDBOX_FAULTS = {
    "rate_limited": RateLimitedError, "quota": RateLimitedError, "auth": AuthError, "auth_revoked": AuthError,
    "forbidden": AuthError, "server_error": RetryableError, "malformed": RetryableError, "not_found": GoneError,
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
            server.inject(kind, platform=PLATFORM, times=1)
            conn = SANDBOX_CONNECTOR(server, None)
            with pytest.raises(ConnectorError) as info:
                conn.fetch_new_comments(None)
            got[kind] = type(info.value)
        assert got == SANDBOX_FAULTS
    finally:
        server.stop()


def _busy_post_server(clock):
    """A Page post with 30 comments ten seconds apart (more than one page of them)."""
    from connectors.sandbox.scenario import build_scenario

    items = [{"key": f"c{i:02d}", "to": "fair", "at": 10 * i, "by": f"Person{i} Example", "text": f"Comment {i}."}
             for i in range(1, 31)]
    scenario = build_scenario({
        "school": "Oakfield Primary School",
        "accounts": {"facebook": {"key": "oakfield-fb", "page_id": PAGE},
                     "x": {"key": "oakfield-x", "user_id": "1480000000000000001", "username": "OakfieldPrimary"},
                     "youtube": {"key": "oakfield-yt", "channel_id": "UCoakfieldPrimary000000a"}},
        "posts": [{"key": "fair", "platform": "facebook", "hours_ago": 8, "text": "The fair is on Saturday."}],
        "items": items,
    }, "<busy post>")
    return SandboxServer(scenario, clock=clock).start()


def _first_poll_deleting(server, clock, key: str):
    """A connector on ``server`` and its first poll, during which the worker deletes the
    item scripted as ``key`` as soon as the feed has been read (so a page cursor that
    points at it leads to an empty page)."""
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE, timeout_s=5)
    conn = FacebookConnector(account, AccountSecrets(page_token=SecretStr(TOKEN)), base_url=server.url, clock=clock)
    state = server.state
    anchor = next(n for n in state.nodes["facebook"].values() if n.key == key)

    def remove_anchor_after_the_feed(response, *args, **kwargs):
        if "/feed" in response.url and anchor.status != "removed":
            state.set_status(anchor, "removed", "DELETE by the Page")

    conn._session.hooks["response"].append(remove_anchor_after_the_feed)
    try:
        return conn, conn.fetch_new_comments(None)
    finally:
        conn._session.hooks["response"].clear()


def test_a_listing_broken_off_by_a_deleted_cursor_item_is_read_again_next_poll():
    """Graph's paging cursors point at an item: when the worker removes the comment the next
    page starts after, that page comes back empty. The comments below it were not read,
    so the post's mark must not move past them (they were lost in the chaos run's design)."""
    start = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
    now = {"t": start}
    server = _busy_post_server(lambda: now["t"])  # the scenario's clock starts now
    now["t"] = start + timedelta(seconds=305)
    try:
        # the worker deletes comment 6 (the last on the first page) while the poll reads
        conn, first = _first_poll_deleting(server, lambda: now["t"], "c06")
        # the first page (comments 30..6) came with the post; the page after comment 6 was empty
        assert sorted(int(c.text.split()[1][:-1]) for c in first.comments) == list(range(6, 31))

        now["t"] = start + timedelta(seconds=320)
        second = conn.fetch_new_comments(first.cursor)
        assert sorted(c.text for c in second.comments) == [f"Comment {i}." for i in range(1, 6)]
        # and once read through, the mark moves on: an idle poll is one call again
        third = conn.fetch_new_comments(second.cursor)
        assert third.comments == [] and third.calls == 1
    finally:
        server.stop()


def test_a_feed_broken_off_by_a_deleted_cursor_post_keeps_its_marks():
    """The same on the feed: visitor posts below a removed page anchor are read next poll."""
    from connectors.sandbox.scenario import build_scenario

    start = datetime(2026, 11, 21, 9, 0, tzinfo=timezone.utc)
    now = {"t": start}
    items = [{"key": f"v{i:02d}", "to": "feed", "at": 10 * i, "by": f"Visitor{i} Example", "text": f"Visit {i}."}
             for i in range(1, 31)]
    scenario = build_scenario({
        "school": "Oakfield Primary School",
        "accounts": {"facebook": {"key": "oakfield-fb", "page_id": PAGE},
                     "x": {"key": "oakfield-x", "user_id": "1480000000000000001", "username": "OakfieldPrimary"},
                     "youtube": {"key": "oakfield-yt", "channel_id": "UCoakfieldPrimary000000a"}},
        "posts": [], "items": items,
    }, "<busy feed>")
    server = SandboxServer(scenario, clock=lambda: now["t"]).start()
    now["t"] = start + timedelta(seconds=305)
    try:
        conn, first = _first_poll_deleting(server, lambda: now["t"], "v06")
        assert sorted(int(c.text.split()[1][:-1]) for c in first.comments) == list(range(6, 31))

        now["t"] = start + timedelta(seconds=320)
        second = conn.fetch_new_comments(first.cursor)
        assert sorted(c.text for c in second.comments) == [f"Visit {i}." for i in range(1, 6)]
    finally:
        server.stop()
