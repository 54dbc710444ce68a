"""The sandbox seen through the real SDK clients the connectors use: facebook-sdk with
FACEBOOK_GRAPH_URL pointed at it, tweepy with a session that rewrites its hard-coded host,
and google-api-python-client built with ``api_endpoint``. If these pass, a connector
written against the real wire formats can run against the sandbox unchanged."""

from __future__ import annotations

import warnings

import facebook
import httplib2
import pytest
import requests
import tweepy
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

PAGE = "100200300400500"
X_USER = "1480000000000000001"
CHANNEL = "UCoakfieldPrimary000000a"
COMMENT_FIELDS = ("id,message,from{id,name},created_time,parent{id},permalink_url,is_hidden,can_hide,"
                  "can_remove,comment_count")


def expected_id(sandbox, key: str) -> str:
    return next(r["id"] for r in sandbox.state.expected(include_own=True) if r["key"] == key)


# ---------------------------------------------------------------------------- facebook-sdk
@pytest.fixture
def graph(sandbox, monkeypatch):
    # FACEBOOK_GRAPH_URL is the SDK's documented module setting, read at call time
    monkeypatch.setattr(facebook, "FACEBOOK_GRAPH_URL", sandbox.url + "/")
    seen: list[requests.Response] = []
    session = requests.Session()
    session.hooks["response"].append(lambda r, *a, **k: seen.append(r))
    client = facebook.GraphAPI(access_token="page-token", timeout=5, session=session)
    client.version = "v25.0"  # the SDK's own version check rejects current versions
    client.seen = seen
    return client


def test_facebook_sdk_reads_every_comment_with_get_all_connections(sandbox, graph):
    posts = list(graph.get_all_connections(PAGE, "feed", fields="id,created_time,message", limit=2))
    assert len(posts) == 7
    comments = []
    for post in posts:
        comments += graph.get_all_connections(post["id"], "comments", filter="stream",
                                              order="reverse_chronological", limit=4, fields=COMMENT_FIELDS)
    scripted = {r["id"] for r in sandbox.state.expected(include_own=True)
                if r["platform"] == "facebook" and r["kind"] != "visitor_post"}
    assert {c["id"] for c in comments} == scripted and len(comments) == len(scripted)
    assert "x-business-use-case-usage" in graph.seen[-1].headers
    assert all(r.request.url.startswith(sandbox.url + "/v25.0/") for r in graph.seen)


def test_facebook_sdk_hide_delete_and_gone(sandbox, graph):
    target = expected_id(sandbox, "fb-c22")
    assert graph.request(f"{graph.version}/{target}", post_args={"is_hidden": "true"}) == {"success": True}
    assert graph.get_object(target, fields="id,is_hidden")["is_hidden"] is True
    assert sandbox.state.visibility("facebook", target) == "hidden"
    assert graph.delete_object(target) == {"success": True}
    with pytest.raises(facebook.GraphAPIError) as err:
        graph.get_object(target)
    assert err.value.code == 100 and err.value.result["error"]["error_subcode"] == 33


def test_facebook_sdk_sees_injected_throttling_and_dead_tokens(sandbox, graph):
    sandbox.inject("rate_limited", platform="facebook", times=1)
    with pytest.raises(facebook.GraphAPIError) as err:
        graph.get_connections(PAGE, "posts")
    assert err.value.code == 80001 and err.value.result["error"]["is_transient"] is True
    sandbox.inject("auth", platform="facebook", times=1)
    with pytest.raises(facebook.GraphAPIError) as err:
        graph.get_connections(PAGE, "posts")
    assert err.value.code == 190 and err.value.type == "OAuthException"
    assert err.value.result["error"]["error_subcode"] == 463
    sandbox.inject("server_error:html", platform="facebook", times=1)
    with pytest.raises(facebook.GraphAPIError) as err:
        graph.get_connections(PAGE, "posts")
    assert err.value.code is None  # a proxy's HTML page: the SDK cannot parse it
    sandbox.inject("malformed", platform="facebook", times=1)
    with pytest.raises(ValueError):
        graph.get_connections(PAGE, "posts")
    sandbox.inject("timeout", platform="facebook", times=1)
    graph.timeout = 0.3
    with pytest.raises(requests.Timeout):
        graph.get_connections(PAGE, "posts")


def test_facebook_sdk_blocks_an_author(sandbox, graph):
    author = next(r["author_id"] for r in sandbox.state.expected() if r["key"] == "fb-c05")
    assert graph.put_object(PAGE, "blocked", user=author) == {author: True}
    assert graph.get_connections(PAGE, "blocked")["data"][0]["id"] == author


# ---------------------------------------------------------------------------- tweepy
class SandboxSession(requests.Session):
    """tweepy hard-codes https://api.twitter.com and sets no timeout; rewrite both."""

    def __init__(self, base_url: str, timeout_s: float = 5.0) -> None:
        super().__init__()
        self.base_url = base_url
        self.timeout_s = timeout_s

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", self.timeout_s)
        return super().request(method, url.replace("https://api.twitter.com", self.base_url, 1), *args, **kwargs)


@pytest.fixture
def x_client(sandbox) -> tweepy.Client:
    client = tweepy.Client(bearer_token="user-context-token", consumer_key="ck", consumer_secret="cs",
                           access_token="at", access_token_secret="ats")
    client.session = SandboxSession(sandbox.url)
    return client


def test_tweepy_paginates_mentions_without_warnings(sandbox, x_client):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # tweepy warns when edit_history_tweet_ids is missing
        pages = list(tweepy.Paginator(x_client.get_users_mentions, X_USER, max_results=5,
                                      tweet_fields=["created_at", "conversation_id", "author_id",
                                                    "in_reply_to_user_id", "referenced_tweets"],
                                      expansions=["author_id"], user_fields=["username"]))
    tweets = [t for page in pages for t in page.data]
    assert len(pages) == 5 and len(tweets) == 21
    assert all(t.created_at.tzinfo is not None and t.author_id for t in tweets)
    users = {u.id for page in pages for u in page.includes["users"]}
    assert {t.author_id for t in tweets} <= users
    newest = pages[0].meta["newest_id"]
    assert x_client.get_users_mentions(X_USER, since_id=newest).meta == {"result_count": 0}


def test_tweepy_hides_and_unhides_with_oauth1(sandbox, x_client):
    target = expected_id(sandbox, "x-r09")
    assert x_client.hide_reply(target).data == {"hidden": True}
    assert sandbox.state.visibility("x", target) == "hidden"
    assert x_client.unhide_reply(target).data == {"hidden": False}
    assert sandbox.state.visibility("x", target) == "visible"
    with pytest.raises(tweepy.Forbidden):
        x_client.hide_reply(expected_id(sandbox, "x-m02"))  # not in the school's own conversation


def test_tweepy_search_recent_by_conversation(sandbox, x_client):
    root = next(n.id for n in sandbox.state.nodes["x"].values() if n.key == "x-sports")
    response = x_client.search_recent_tweets(f"conversation_id:{root}", max_results=100,
                                             tweet_fields=["conversation_id"])
    assert {str(t.conversation_id) for t in response.data} == {root}
    assert response.meta["result_count"] == len(response.data) == 8


def test_tweepy_sees_rate_limit_usage_cap_and_auth_errors(sandbox, x_client):
    sandbox.inject("rate_limited", platform="x", times=1)
    with pytest.raises(tweepy.TooManyRequests) as err:
        x_client.get_users_mentions(X_USER)
    assert err.value.response.headers["x-rate-limit-remaining"] == "0"
    assert int(err.value.response.headers["x-rate-limit-reset"]) > sandbox.state.clock().timestamp()
    sandbox.inject("quota", platform="x", times=1)
    with pytest.raises(tweepy.TooManyRequests) as err:
        x_client.get_users_mentions(X_USER)
    assert err.value.response.json()["type"] == "https://api.twitter.com/2/problems/usage-capped"
    assert "x-rate-limit-reset" not in err.value.response.headers
    sandbox.inject("auth", platform="x", times=1)
    with pytest.raises(tweepy.Unauthorized):
        x_client.get_users_mentions(X_USER)
    sandbox.inject("server_error", platform="x", times=1)
    with pytest.raises(tweepy.TwitterServerError):
        x_client.get_users_mentions(X_USER)


# ---------------------------------------------------------------------------- google-api-python-client
def youtube(sandbox, **auth):
    # static discovery from the installed package: no network
    return build("youtube", "v3", client_options={"api_endpoint": sandbox.url}, static_discovery=True,
                 cache_discovery=False, **auth)


def test_googleapiclient_builds_urls_under_youtube_v3(sandbox):
    service = youtube(sandbox, developerKey="api-key")
    request = service.commentThreads().list(part="snippet", allThreadsRelatedToChannelId=CHANNEL)
    assert request.uri.startswith(f"{sandbox.url}/youtube/v3/commentThreads?")
    body = request.execute()
    assert body["items"]
    method, path, query = sandbox.state.calls[-1]
    assert (method, path, query["key"], query["alt"]) == ("GET", "/youtube/v3/commentThreads", "api-key", "json")


def test_googleapiclient_reads_queues_and_moderates_as_owner(sandbox):
    service = youtube(sandbox, credentials=Credentials(token="owner-token"))
    threads = service.commentThreads()

    def listed(status: str) -> set[str]:
        items, request = [], threads.list(part="snippet,replies", allThreadsRelatedToChannelId=CHANNEL,
                                          moderationStatus=status, maxResults=10, textFormat="plainText")
        while request is not None:
            response = request.execute()
            items += response["items"]
            request = threads.list_next(request, response)
        return {t["id"] for t in items}

    tops = {r["id"] for r in sandbox.state.expected() if r["platform"] == "youtube" and r["kind"] == "comment"}
    queued = {expected_id(sandbox, "yt-c03"), expected_id(sandbox, "yt-c18")}  # YouTube's own filters caught these
    assert listed("published") == tops - queued and len(tops - queued) == 25
    assert listed("likelySpam") == {expected_id(sandbox, "yt-c03")}
    target = expected_id(sandbox, "yt-c16")
    assert service.comments().setModerationStatus(id=target, moderationStatus="heldForReview").execute() == ""
    assert target in listed("heldForReview") and target not in listed("published")
    replies = service.comments().list(part="snippet", parentId=expected_id(sandbox, "yt-c13")).execute()
    assert [c["id"] for c in replies["items"]] == [expected_id(sandbox, "yt-c14")]


def test_googleapiclient_http_errors_carry_google_reasons(sandbox):
    service = youtube(sandbox, credentials=Credentials(token="owner-token"))
    sandbox.inject("quota", platform="youtube", times=1)
    with pytest.raises(HttpError) as err:
        service.commentThreads().list(part="snippet", allThreadsRelatedToChannelId=CHANNEL).execute(num_retries=2)
    assert err.value.resp.status == 403
    assert err.value.error_details[0]["reason"] == "quotaExceeded"
    assert err.value.error_details[0]["domain"] == "youtube.quota"
    with pytest.raises(HttpError) as err:
        service.comments().setModerationStatus(id=expected_id(sandbox, "yt-c04"), moderationStatus="published",
                                               banAuthor=True).execute()
    assert err.value.resp.status == 400 and err.value.error_details[0]["reason"] == "banWithoutReject"
    sandbox.inject("timeout", platform="youtube", times=1)
    slow = build("youtube", "v3", client_options={"api_endpoint": sandbox.url}, static_discovery=True,
                 developerKey="api-key", http=httplib2.Http(timeout=0.3))
    with pytest.raises((TimeoutError, OSError)):
        slow.commentThreads().list(part="snippet", allThreadsRelatedToChannelId=CHANNEL).execute()
