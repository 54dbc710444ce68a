"""YouTubeConnector against recorded Data API payloads (``HttpMockSequence``; ``responses``
cannot see httplib2) and the sandbox."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import google_auth_httplib2
import pytest
from google.oauth2.credentials import Credentials
from googleapiclient.http import HttpMockSequence
from pydantic import SecretStr

from connectors.base import Capability, Connector
from connectors.sandbox import SandboxServer
from connectors.youtube import YOUTUBE_ERRORS, YouTubeConnector
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

FIXTURES = Path(__file__).parent.parent / "fixtures" / "youtube"
CHANNEL = "UCoakfieldPrimary000000a"
NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
T1, T2, T4 = "UgzT1sportsday0000000AaABAg", "UgzT2sportsday0000000AaABAg", "UgzT4nativity00000000AaABAg"
HELD, T5 = "UgzHeldcomment000000AaABAg", "UgzT5newcomment000000AaABAg"
OK = {"status": "200", "content-type": "application/json; charset=UTF-8"}
from tests.connectors.scenario_faults import assert_every_comment_once_despite_faults


def load(name: str) -> str:
    return (FIXTURES / f"{name}.json").read_text(encoding="utf-8")


ERRORS = json.loads(load("errors"))


def reply_id(thread: str, n: int) -> str:
    return f"{thread}.{n:022d}"


class Transport(HttpMockSequence):
    """``HttpMockSequence`` that can also fail at the socket, as httplib2 does."""

    def request(self, uri, method="GET", body=None, headers=None, redirections=1, connection_type=None):
        if self._iterable and isinstance(self._iterable[0], BaseException):
            self.request_sequence.append((uri, method, body, headers))
            raise self._iterable.pop(0)
        return super().request(uri, method, body, headers, redirections, connection_type)


def make(answers: list, now: datetime = NOW) -> tuple[YouTubeConnector, Transport]:
    http = Transport([(OK, a) if isinstance(a, str) else a for a in answers])
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL, timeout_s=5)
    return YouTubeConnector(account, AccountSecrets(), clock=lambda: now, http=http), http


def params(entry) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(entry[0]).query).items()}


def error_answer(name: str) -> tuple[dict, str]:
    spec = ERRORS[name]
    return ({"status": str(spec["status"]), "content-type": "application/json", **spec.get("headers", {})},
            json.dumps(spec["body"]))


FIRST_POLL = ["threads_published_page1", "replies_T2_page1", "replies_T2_page2", "threads_published_page2",
              "threads_held", "threads_empty"]


# ---------------------------------------------------------------------- reading


def test_first_poll_reads_every_status_pages_and_missing_replies():
    conn, http = make([load(n) for n in FIRST_POLL])
    result = conn.fetch_new_comments(None)

    ids = [c.id for c in result.comments]
    assert ids == ([T1, reply_id(T1, 1), T2] + [reply_id(T2, i) for i in range(1, 8)] + [T4, HELD, reply_id(T1, 3)])
    by_id = {c.id: c for c in result.comments}
    top = by_id[T1]
    assert (top.thread_id, top.parent_id, top.author_id, top.author_name) == (
        T1, None, "UCviewerPriya0000000000a", "@priyaexample")
    assert top.permalink == f"https://www.youtube.com/watch?v=vidSportsDay1&lc={T1}"
    assert top.attachments == ("https://yt3.ggpht.com/comment-image-1.jpg",)
    assert top.created_at == datetime(2026, 11, 21, 11, 30, tzinfo=timezone.utc) and top.raw["id"] == T1
    assert by_id[reply_id(T2, 3)].parent_id == T2 and by_id[reply_id(T2, 3)].thread_id == T2
    assert by_id[HELD].platform_state == "held" and by_id[reply_id(T1, 3)].platform_state == "held"
    assert by_id[T1].platform_state == "visible"
    bare = by_id[T4]  # missing author and time
    assert (bare.author_id, bare.author_name, bare.created_at) == (None, None, NOW)
    # the channel's own thread (T3) and own reply are skipped
    assert not any(c.author_id == CHANNEL for c in result.comments)

    assert result.calls == 6 and result.cost_units == 6 == conn.units_used
    sent = [params(e) for e in http.request_sequence]
    assert [s.get("moderationStatus") for s in sent if "allThreadsRelatedToChannelId" in s] == [
        "published", "published", "heldForReview", "likelySpam"]
    assert sent[0]["allThreadsRelatedToChannelId"] == CHANNEL and sent[0]["order"] == "time"
    assert sent[1]["parentId"] == T2 and sent[2]["pageToken"] == "UmVwbGllc1BhZ2Uy"
    assert sent[3]["pageToken"] == "QURTSl9pMnVwYWdlMg"
    cursor = result.cursor
    assert json.loads(json.dumps(cursor)) == cursor
    assert cursor["marks"]["published"] == {"published_at": "2026-11-21T11:30:00+00:00", "id": T1}
    assert cursor["marks"]["heldForReview"]["id"] == HELD and "likelySpam" not in cursor["marks"]


def test_second_poll_reads_only_new_threads_and_grown_reply_lists():
    conn, _ = make([load(n) for n in FIRST_POLL])
    first = conn.fetch_new_comments(None)
    later = NOW + timedelta(minutes=5)
    conn, http = make([load("threads_published_second_poll"), load("replies_T2_second_poll"),
                       load("threads_empty"), load("threads_empty")], now=later)
    second = conn.fetch_new_comments(first.cursor)
    assert [c.id for c in second.comments] == [T5, reply_id(T2, 8)]
    # T2 (11:00) is older than the watermark: the second page is not read
    assert second.calls == 4 and second.cost_units == 4
    assert "pageToken" not in "".join(e[0] for e in http.request_sequence)

    conn, _ = make([load("threads_published_second_poll"), load("threads_empty"), load("threads_empty")], now=later)
    idle = conn.fetch_new_comments(second.cursor)
    assert idle.comments == [] and idle.calls == 3 and idle.cost_units == 3  # one unit per status


def test_api_key_only_reads_the_published_listing():
    http = Transport([(OK, load("threads_empty"))])
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL)
    conn = YouTubeConnector(account, AccountSecrets(api_key=SecretStr("test-api-key-0001")), clock=lambda: NOW,
                            http=http)
    assert conn.statuses == ("published",)
    assert conn.fetch_new_comments(None).calls == 1
    assert "key=test-api-key-0001" in http.request_sequence[0][0]


# ---------------------------------------------------------------------- error table

#: (case, answer, class, table row, check)
CASES = [
    ("quota exhausted", error_answer("quota_exceeded"), BudgetExhaustedError, "quota exhausted",
     ("until", datetime(2026, 11, 22, 8, 0, tzinfo=timezone.utc))),  # midnight Pacific (PST)
    ("403 rate limit", error_answer("rate_limit_403"), RateLimitedError, "rate-limited", ("retry_after_s", 60.0)),
    ("429 with retry-after", error_answer("too_many_429"), RateLimitedError, "rate-limited", ("retry_after_s", 30.0)),
    ("429 bare", ({"status": "429"}, "Too Many Requests"), RateLimitedError, "too many requests", None),
    ("401", error_answer("auth_error_401"), AuthError, "auth dead", None),
    ("403 forbidden", error_answer("forbidden_403"), AuthError, "forbidden", None),
    ("404 comment not found", error_answer("comment_not_found"), GoneError, "gone", None),
    ("400 processing failure", error_answer("processing_failure"), RetryableError, "processing failure", None),
    ("400 ban without reject", error_answer("ban_without_reject"), PermanentError, "not allowed", None),
    ("400 operation not supported", error_answer("operation_not_supported"), PermanentError, "not allowed", None),
    ("503", error_answer("backend_error"), RetryableError, "server error", None),
    ("500 html", ({"status": "500", "content-type": "text/html"}, "<html>error</html>"), RetryableError,
     "server error", None),
    ("timeout", TimeoutError("timed out"), RetryableError, "no usable answer", None),
    ("connection refused", ConnectionRefusedError("refused"), RetryableError, "no usable answer", None),
    ("malformed JSON", (OK, '{"items": ['), RetryableError, "no usable answer", None),
    ("400 bad parameter", error_answer("invalid_parameter"), PermanentError, "other", None),
]


@pytest.mark.parametrize("answer,cls,row,check", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_listing_errors_map_through_the_table(answer, cls, row, check):
    conn, _ = make([answer])
    with pytest.raises(ConnectorError) as info:
        conn.fetch_new_comments(None)
    err = info.value
    assert type(err) is cls and err.rule == row
    assert (err.platform, err.account) == ("youtube", "oakfield-yt")
    if isinstance(answer, tuple) and answer[0]["status"] != "200":
        assert err.status == int(answer[0]["status"])
        assert isinstance(err.__cause__, Exception)  # mapped at the boundary, cause kept
    elif isinstance(answer, BaseException):
        assert err.__cause__ is answer
    # (a 200 with a body that is not JSON reaches the connector as text: no cause)
    if check:
        assert getattr(err, check[0]) == check[1]
    assert conn.units_used == 1  # a failed call still costs a unit


def test_quota_resets_at_midnight_pacific_in_summer_time_too():
    summer = datetime(2026, 7, 1, 6, 59, tzinfo=timezone.utc)  # 23:59 PDT on 30 June
    conn, _ = make([error_answer("quota_exceeded")], now=summer)
    with pytest.raises(BudgetExhaustedError) as info:
        conn.fetch_new_comments(None)
    assert info.value.until == datetime(2026, 7, 1, 7, 0, tzinfo=timezone.utc)


def test_comments_disabled_means_nothing_to_read():
    conn, _ = make([error_answer("comments_disabled"), load("threads_empty"), load("threads_empty")])
    result = conn.fetch_new_comments(None)
    assert result.comments == [] and result.calls == 3


def test_comments_disabled_on_an_action_is_not_allowed():
    conn, _ = make([error_answer("comments_disabled")])
    with pytest.raises(PermanentError) as info:
        conn.hold_comment(T1)
    assert info.value.rule == "comments disabled"


def test_dead_refresh_token_is_an_auth_error():
    token_answer = ({"status": "400", "content-type": "application/json"},
                    json.dumps({"error": "invalid_grant", "error_description": "Token has been expired or revoked."}))
    creds = Credentials(token=None, refresh_token="test-refresh-0001", client_id="client-0001",
                        client_secret="secret-0001", token_uri="https://oauth2.googleapis.com/token")
    http = google_auth_httplib2.AuthorizedHttp(creds, http=Transport([token_answer]))
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL)
    conn = YouTubeConnector(account, AccountSecrets(), clock=lambda: NOW, http=http)
    with pytest.raises(AuthError) as info:
        conn.fetch_new_comments(None)
    assert info.value.rule == "token refresh failed" and "test-refresh-0001" not in str(info.value)


def test_every_table_row_has_a_case():
    rows = {c[3] for c in CASES} | {"comments disabled", "token refresh failed"}
    assert rows == {r.name for r in YOUTUBE_ERRORS}


# ---------------------------------------------------------------------- acting


def test_actions_set_the_moderation_status_and_cost_fifty_units():
    no_content = ({"status": "204"}, "")
    conn, http = make([no_content] * 5)
    conn.hide_comment(T1)
    conn.hold_comment(T1)
    conn.restore_comment(T1)
    conn.remove_comment(T1)
    conn.ban_author("UCviewerPriya0000000000a", T1)
    sent = [params(e) for e in http.request_sequence]
    assert [s["moderationStatus"] for s in sent] == ["heldForReview", "heldForReview", "published", "rejected",
                                                     "rejected"]
    assert all(s["id"] == T1 for s in sent) and sent[-1]["banAuthor"] == "true" and "banAuthor" not in sent[3]
    assert all(e[1] == "POST" and "/comments/setModerationStatus" in e[0] for e in http.request_sequence)
    assert conn.units_used == 250


def test_action_on_a_rejected_comment_is_gone_and_ban_needs_a_comment():
    conn, _ = make([error_answer("comment_not_found")])
    with pytest.raises(GoneError):
        conn.remove_comment(T1)
    with pytest.raises(PermanentError):
        conn.ban_author("UCviewerPriya0000000000a")
    assert conn.calls_made == 1


def test_protocol_capabilities_and_credentials():
    conn, _ = make([])
    assert isinstance(conn, Connector) and conn.platform == "youtube"
    assert conn.capabilities == {Capability.HOLD, Capability.RESTORE, Capability.REMOVE, Capability.BAN}
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL)
    unconfigured = YouTubeConnector(account, AccountSecrets())  # fails on use, as a dead token does
    for call in (lambda: unconfigured.fetch_new_comments(None), lambda: unconfigured.hold_comment(T1)):
        with pytest.raises(AuthError) as info:
            call()
        assert "MONITOR_OAKFIELD_YT_REFRESH_TOKEN" in str(info.value)
    assert unconfigured.calls_made == 0 and unconfigured.units_used == 0


# ---------------------------------------------------------------------- sandbox


def test_against_the_sandbox_server(sandbox):
    """Read, hide and restore against the sandbox (the whole scenario released)."""
    server = sandbox
    channel = server.state.account("youtube")["channel_id"]
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=channel, timeout_s=5)
    conn = YouTubeConnector(account, AccountSecrets(), base_url=server.url)
    first = conn.fetch_new_comments(None)
    assert first.comments, "the scenario has YouTube comments"
    assert all(c.author_id != channel for c in first.comments)
    assert first.cost_units == first.calls >= 3
    target = next(c for c in first.comments if c.platform_state == "visible")
    conn.hold_comment(target.id)
    assert server.state.visibility("youtube", target.id) == "held"
    conn.restore_comment(target.id)
    assert server.state.visibility("youtube", target.id) == "visible"
    again = conn.fetch_new_comments(first.cursor)
    assert again.comments == [] and again.cost_units == 3
    other = next(c for c in first.comments if c.id != target.id and c.parent_id is None)
    conn.ban_author(other.author_id, other.id)
    assert server.state.visibility("youtube", other.id) == "removed"
    assert other.author_id in server.state.yt_banned
    with pytest.raises(GoneError):
        conn.remove_comment(other.id)
    # three writes and the refused one are each counted at 50 units (a refused call
    # costs "at least one"; the connector counts the worst case)
    assert conn.units_used == first.cost_units + 3 + 4 * 50


PLATFORM = "youtube"


def SANDBOX_CONNECTOR(server, clock):
    channel = server.state.account("youtube")["channel_id"]
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=channel, timeout_s=5)
    return YouTubeConnector(account, AccountSecrets(), base_url=server.url, clock=clock)


def test_every_scripted_comment_exactly_once_with_random_faults():
    assert_every_comment_once_despite_faults(PLATFORM, SANDBOX_CONNECTOR)


def test_a_hanging_server_times_out_at_the_account_timeout():
    server = SandboxServer()
    server.fault_delay_s = 1.0
    server.start()
    try:
        server.inject("timeout", platform=PLATFORM, times=1)
        account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL, timeout_s=0.2)
        conn = YouTubeConnector(account, AccountSecrets(), base_url=server.url)
        with pytest.raises(RetryableError) as info:
            conn.fetch_new_comments(None)
        assert info.value.rule == "no usable answer"
    finally:
        server.stop()


SANDBOX_FAULTS = {
    "rate_limited": RateLimitedError, "quota": BudgetExhaustedError, "auth": AuthError, "auth_revoked": AuthError,
    "forbidden": AuthError, "server_error": RetryableError, "malformed": RetryableError, "not_found": GoneError,
}  # a dropped connection is retried once by httplib2 itself, so "disconnect" once is not an error


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
