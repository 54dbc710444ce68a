"""``check_access()`` of the three connectors: ok, missing permission, wrong account and
dead token per platform against the sandbox (its grants changed with ``grant``), plus
``responses`` for Graph answers the sandbox does not give (an invalid token in
``/debug_token``, a token that may not debug itself)."""

from __future__ import annotations

import pytest
import responses
from pydantic import SecretStr

from connectors import access
from connectors.access import AccessReport, build_report, describe_error
from connectors.facebook import FacebookConnector
from connectors.x import XConnector
from connectors.youtube import SCOPE, YouTubeConnector
from monitor.config import AccountConfig, AccountSecrets
from monitor.errors import AuthError, PermanentError, RateLimitedError, RetryableError, register_secret

PAGE_ID = "100200300400500"
USER_ID = "1480000000000000001"
CHANNEL = "UCoakfieldPrimary000000a"
OAUTH1 = AccountSecrets(consumer_key=SecretStr("ck-test"), consumer_secret=SecretStr("cs-test"),
                        access_token=SecretStr("at-test"), access_token_secret=SecretStr("ats-test"))
GOOGLE = AccountSecrets(client_id=SecretStr("client-1.apps.example"), client_secret=SecretStr("client-secret-1"),
                        refresh_token=SecretStr("1//refresh-test"))


def facebook(url: str, page_id: str = PAGE_ID, secrets: AccountSecrets | None = None) -> FacebookConnector:
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=page_id, timeout_s=5)
    return FacebookConnector(account, secrets or AccountSecrets(), base_url=url)


def x(url: str, user_id: str = USER_ID, secrets: AccountSecrets | None = None) -> XConnector:
    account = AccountConfig(id="oakfield-x", platform="x", user_id=user_id, username="OakfieldPrimary", timeout_s=5)
    return XConnector(account, secrets or AccountSecrets(), base_url=url)


def youtube(url: str, channel: str = CHANNEL, secrets: AccountSecrets | None = None) -> YouTubeConnector:
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=channel, timeout_s=5)
    return YouTubeConnector(account, secrets or GOOGLE, base_url=url)


def test_build_report_derives_ok_and_redacts():
    register_secret("s3cret-token-value")
    report = build_report(identity="x", problems=["saw s3cret-token-value"], calls=2)
    assert isinstance(report, AccessReport)
    assert report.ok is False and report.calls == 2
    assert report.problems == ("saw ***",)
    assert build_report(identity="x", granted=["a", "a"]).ok is True
    assert build_report(missing=["scope"]).ok is False


@pytest.mark.parametrize(("error", "start"), [
    (AuthError("token expired", code="190"), "needs re-authorisation: token expired"),
    (PermanentError("not in a project", code="client-forbidden"), "refused by the platform: not in a project"),
    (RateLimitedError("slow down", retry_after_s=60.0), "the check could not finish, try again later"),
    (RetryableError("timed out after 5 s", code="timeout"), "the check could not finish, try again later"),
])
def test_describe_error_follows_the_error_tree(error, start):
    assert describe_error(error).startswith(start)


def test_access_module_exports_exist():
    assert all(hasattr(access, name) for name in access.__all__)


# ---------------------------------------------------------------------- Facebook


def test_facebook_ok(sandbox):
    report = facebook(sandbox.url).check_access()
    assert report.ok, report
    assert report.identity == f"Page 'Oakfield Primary School' ({PAGE_ID})"
    assert {"pages_read_engagement", "pages_read_user_content", "pages_manage_engagement"} <= set(report.granted)
    assert report.calls == 3
    paths = [c[1] for c in sandbox.state.calls]
    assert paths == ["/v25.0/me", "/v25.0/debug_token", f"/v25.0/{PAGE_ID}"]


def test_facebook_missing_permission_and_task(sandbox):
    sandbox.grant("oakfield-fb", scopes=["pages_show_list", "pages_read_engagement"], tasks=["ANALYZE"])
    report = facebook(sandbox.url).check_access()
    assert not report.ok
    assert report.missing == ("pages_read_user_content", "pages_manage_engagement")
    assert any("MODERATE" in p and "ANALYZE" in p for p in report.problems)


def test_facebook_webhooks_need_manage_metadata(sandbox):
    sandbox.grant("facebook", scopes=["pages_read_engagement", "pages_read_user_content", "pages_manage_engagement"])
    assert facebook(sandbox.url).check_access().ok
    with_secret = AccountSecrets(app_secret=SecretStr("app-secret-test"))
    report = facebook(sandbox.url, secrets=with_secret).check_access()
    assert report.missing == ("pages_manage_metadata",)


def test_facebook_wrong_page(sandbox):
    report = facebook(sandbox.url, page_id="999888777666555").check_access()
    assert not report.ok
    assert any("not the configured Page 999888777666555" in p for p in report.problems)
    assert any(f"belongs to Page {PAGE_ID}" in p for p in report.problems)


def test_facebook_user_token_is_not_a_page_token(sandbox):
    sandbox.grant("facebook", token_type="USER")
    report = facebook(sandbox.url).check_access()
    assert not report.ok
    assert any("not a Page token (type USER)" in p for p in report.problems)
    assert "Sam Example" in report.identity


@pytest.mark.parametrize("fault", ["auth", "auth_revoked", "auth:467"])
def test_facebook_dead_token_needs_reauthorisation(sandbox, fault):
    sandbox.inject(fault, platform="facebook")
    report = facebook(sandbox.url).check_access()
    assert not report.ok and report.calls == 1
    assert len(report.problems) == 1 and report.problems[0].startswith("needs re-authorisation: (190/")


def test_facebook_missing_token_without_sandbox():
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE_ID, timeout_s=5)
    report = FacebookConnector(account, AccountSecrets()).check_access()
    assert not report.ok and report.calls == 0
    assert "MONITOR_OAKFIELD_FB_PAGE_TOKEN" in report.problems[0]


GRAPH = "https://graph.facebook.com/v25.0"


def _graph_token(token: str = "page-token-test") -> FacebookConnector:
    account = AccountConfig(id="oakfield-fb", platform="facebook", page_id=PAGE_ID, timeout_s=5)
    return FacebookConnector(account, AccountSecrets(page_token=SecretStr(token)))


@responses.activate
def test_facebook_invalid_token_in_debug_token():
    responses.get(f"{GRAPH}/me", json={"id": PAGE_ID, "name": "Oakfield"})
    responses.get(f"{GRAPH}/debug_token", json={"data": {
        "is_valid": False, "type": "PAGE", "scopes": [],
        "error": {"code": 190, "subcode": 460, "message": "The session has been invalidated"}}})
    responses.get(f"{GRAPH}/{PAGE_ID}", json={"tasks": ["MODERATE"], "id": PAGE_ID})
    report = _graph_token().check_access()
    assert report.problems == ("needs re-authorisation: The session has been invalidated",)
    assert report.missing == ()


@responses.activate
def test_facebook_falls_back_to_me_permissions():
    responses.get(f"{GRAPH}/me", json={"id": PAGE_ID, "name": "Oakfield"})
    responses.get(f"{GRAPH}/debug_token", status=400, json={"error": {
        "message": "(#100) You must provide an app access token", "type": "OAuthException", "code": 100}})
    responses.get(f"{GRAPH}/me/permissions", json={"data": [
        {"permission": "pages_read_engagement", "status": "granted"},
        {"permission": "pages_read_user_content", "status": "declined"},
        {"permission": "pages_manage_engagement", "status": "granted"}]})
    responses.get(f"{GRAPH}/{PAGE_ID}", json={"tasks": ["MANAGE"], "id": PAGE_ID})
    report = _graph_token().check_access()
    assert report.granted == ("pages_read_engagement", "pages_manage_engagement")
    assert report.missing == ("pages_read_user_content",)
    assert report.calls == 4
    # the token goes as a parameter to Graph, never into the report
    assert "page-token-test" not in repr(report)


# ---------------------------------------------------------------------- X


def test_x_ok_with_oauth1_read_write(sandbox):
    report = x(sandbox.url, secrets=OAUTH1).check_access()
    assert report.ok, report
    assert report.identity == f"@OakfieldPrimary ({USER_ID})"
    assert report.granted == ("read", "write") and report.calls == 1


def test_x_ok_with_user_token_notes_unknown_scopes(sandbox):
    report = x(sandbox.url, secrets=AccountSecrets(bearer_token=SecretStr("user-token-test"))).check_access()
    assert report.ok
    assert report.granted == ("tweet.read", "users.read")
    assert any("tweet.moderate.write" in n for n in report.notes)


def test_x_read_only_app_misses_write(sandbox):
    sandbox.grant("x", access_level="read")
    report = x(sandbox.url, secrets=OAUTH1).check_access()
    assert not report.ok
    assert report.missing == ("write",)
    assert "Read and write" in report.problems[0]


def test_x_app_only_token_cannot_hide(sandbox):
    app_only = AccountSecrets(bearer_token=SecretStr("A" * 24 + "app-only-test"))
    report = x(sandbox.url, secrets=app_only).check_access()
    assert not report.ok
    assert report.missing == ("user context",)
    assert "cannot hide replies" in report.problems[0]


def test_x_wrong_account(sandbox):
    report = x(sandbox.url, user_id="1480000000000000999").check_access()
    assert not report.ok
    assert "not the configured user_id 1480000000000000999" in report.problems[0]


def test_x_dead_token_needs_reauthorisation(sandbox):
    sandbox.inject("auth", platform="x")
    report = x(sandbox.url, secrets=OAUTH1).check_access()
    assert not report.ok
    assert report.problems[0].startswith("needs re-authorisation:")


# ---------------------------------------------------------------------- YouTube


def test_youtube_ok_refreshes_and_reads_scopes(sandbox):
    report = youtube(sandbox.url).check_access()
    assert report.ok, report
    assert report.identity == f"channel 'Oakfield Primary School' ({CHANNEL})"
    assert report.granted == (SCOPE,)
    assert [c[1] for c in sandbox.state.calls] == ["/oauth2/token", "/youtube/v3/channels"]
    assert sandbox.state.youtube_units == 1


def test_youtube_scopes_from_tokeninfo_without_refresh_token(sandbox):
    report = youtube(sandbox.url, secrets=AccountSecrets()).check_access()
    assert report.ok and report.granted == (SCOPE,)
    assert [c[1] for c in sandbox.state.calls] == ["/oauth2/tokeninfo", "/youtube/v3/channels"]


def test_youtube_missing_scope(sandbox):
    sandbox.grant("oakfield-yt", scopes=["https://www.googleapis.com/auth/youtube.readonly"])
    report = youtube(sandbox.url).check_access()
    assert not report.ok
    assert report.missing == (SCOPE,)
    assert report.problems == ()


def test_youtube_wrong_channel(sandbox):
    report = youtube(sandbox.url, channel="UCsomeOtherChannel0000000").check_access()
    assert not report.ok
    assert report.problems[0].startswith("authorised as a different channel")
    assert CHANNEL in report.problems[0]


def test_youtube_revoked_refresh_token(sandbox):
    sandbox.inject("auth_revoked", platform="youtube", path="^/oauth2/token$")
    report = youtube(sandbox.url).check_access()
    assert not report.ok and report.calls == 1
    assert report.problems == ("needs re-authorisation: refresh token expired or revoked; OAuth apps in Testing "
                               "status expire refresh tokens after 7 days",)


def test_youtube_dead_access_token(sandbox):
    sandbox.inject("auth", platform="youtube", path="/youtube/v3/")
    report = youtube(sandbox.url).check_access()
    assert not report.ok
    assert report.problems[0].startswith("needs re-authorisation:")


def test_youtube_api_key_only_cannot_moderate(sandbox):
    report = youtube(sandbox.url, secrets=AccountSecrets(api_key=SecretStr("api-key-test"))).check_access()
    assert not report.ok and report.missing == (SCOPE,) and report.calls == 0


def test_youtube_missing_credentials_without_sandbox():
    account = AccountConfig(id="oakfield-yt", platform="youtube", channel_id=CHANNEL, timeout_s=5)
    report = YouTubeConnector(account, AccountSecrets()).check_access()
    assert not report.ok and report.calls == 0 and report.missing == ()
    assert "MONITOR_OAKFIELD_YT_REFRESH_TOKEN" in report.problems[0]
