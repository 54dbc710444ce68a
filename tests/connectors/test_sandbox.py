"""The sandbox over plain HTTP: shapes, pagination, ordering, state changes and injected
errors of each platform, checked against the wire formats in the platform reference."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
import requests

from connectors.sandbox import SandboxServer

PAGE = "100200300400500"
X_USER = "1480000000000000001"
CHANNEL = "UCoakfieldPrimary000000a"
FB_TOKEN = {"access_token": "page-token"}
X_BEARER = {"Authorization": "Bearer user-context-token"}
X_APP_ONLY = {"Authorization": "Bearer AAAAAAAAAAAAAAAAAAAAAJ5sandboxapponly"}
X_OAUTH1 = {"Authorization": 'OAuth oauth_consumer_key="ck", oauth_token="at", oauth_signature="sig"'}
YT_OWNER = {"Authorization": "Bearer owner-token"}
COMMENT_FIELDS = ("id,message,from{id,name},created_time,parent{id},permalink_url,is_hidden,can_hide,"
                  "can_remove,comment_count")
TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"


def expected(sandbox, platform: str, **match) -> list[dict]:
    rows = [r for r in sandbox.state.expected(include_own=True) if r["platform"] == platform]
    return [r for r in rows if all(r.get(k) == v for k, v in match.items())]


def fb_get(sandbox, path: str, **params) -> requests.Response:
    return requests.get(f"{sandbox.url}/v25.0/{path}", params={**FB_TOKEN, **params}, timeout=5)


def fb_all(sandbox, path: str, **params) -> list[dict]:
    """Follow paging.next like facebook-sdk's get_all_connections does."""
    response = fb_get(sandbox, path, **params)
    rows: list[dict] = []
    for _ in range(50):
        body = response.json()
        rows.extend(body["data"])
        nxt = body.get("paging", {}).get("next")
        if not nxt:
            return rows
        assert "access_token=" in nxt
        response = requests.get(nxt, timeout=5)
    raise AssertionError("paging did not end")


def post_ids(sandbox) -> dict[str, str]:
    """Scenario post key -> Facebook post id (from the state, not the wire)."""
    return {n.key: n.id for n in sandbox.state.nodes["facebook"].values() if n.kind == "post"}


# ---------------------------------------------------------------------------- Facebook
def test_facebook_posts_and_feed_are_newest_first_and_feed_adds_visitor_posts(sandbox):
    posts = fb_all(sandbox, f"{PAGE}/posts", fields="id,created_time,message,from{id,name}", limit=2)
    feed = fb_all(sandbox, f"{PAGE}/feed", fields="id,created_time,message,from{id,name}", limit=2)
    assert len(posts) == 5 and len({p["id"] for p in posts}) == 5
    assert all(p["from"]["id"] == PAGE for p in posts)
    times = [p["created_time"] for p in posts]
    assert times == sorted(times, reverse=True)
    visitors = [p for p in feed if p["from"]["id"] != PAGE]
    assert len(feed) == 7 and len(visitors) == 2
    assert all(p["id"].startswith(PAGE + "_") for p in feed)
    assert all(row["created_time"].endswith("+0000") for row in feed)


def test_facebook_posts_since_until_filter_by_unix_time(sandbox):
    now = sandbox.state.clock()
    since = int((now - timedelta(hours=25)).timestamp())
    recent = fb_get(sandbox, f"{PAGE}/posts", since=since).json()["data"]
    assert {p["message"][:14] for p in recent} == {"The PTA summer", "Open evening f"}
    older = fb_get(sandbox, f"{PAGE}/posts", until=since).json()["data"]
    assert len(older) == 3


def test_facebook_post_updated_time_follows_new_comments():
    clock = FakeClock()
    with SandboxServer(clock=clock) as server:
        def updated() -> str:
            post = post_ids(server)["fb-pta-fair"]
            return fb_get(server, post, fields="created_time,updated_time").json()["updated_time"]

        before = updated()
        clock.advance(20)  # the first comment on the fair post is scripted at 18 s
        after = updated()
        assert after > before and after == _fb_stamp(server.state.start + timedelta(seconds=18))


def _fb_stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S+0000")


def test_facebook_default_fields_and_page_size(sandbox):
    body = fb_get(sandbox, f"{PAGE}/feed").json()
    assert set(body["data"][0]) == {"id", "created_time", "message"}
    post = post_ids(sandbox)["fb-sports"]
    comments = fb_get(sandbox, f"{post}/comments").json()
    assert set(comments["data"][0]) == {"id", "created_time", "from", "message"}
    assert "next" not in comments["paging"]  # fewer than the default 25


def test_facebook_comments_stream_vs_toplevel_order_and_paging(sandbox):
    post = post_ids(sandbox)["fb-sports"]
    scripted = expected(sandbox, "facebook")
    on_post = {n.id for n in sandbox.state.nodes["facebook"].values() if n.root and n.root.key == "fb-sports"
               and n.kind in ("comment", "reply")}
    stream = fb_all(sandbox, f"{post}/comments", filter="stream", order="reverse_chronological", limit=3,
                    fields=COMMENT_FIELDS)
    assert {c["id"] for c in stream} == on_post and len(stream) == len(on_post) == 14
    times = [c["created_time"] for c in stream]
    assert times == sorted(times, reverse=True)
    replies = [c for c in stream if "parent" in c]
    assert replies and all(set(c["parent"]) == {"id"} for c in replies)
    assert all(c["id"].startswith(post.split("_")[1] + "_") for c in stream)
    toplevel = fb_all(sandbox, f"{post}/comments", fields="id,created_time,parent", limit=100)
    assert len(toplevel) == len(stream) - len(replies)
    assert all("parent" not in c for c in toplevel)
    assert [c["created_time"] for c in toplevel] == sorted(c["created_time"] for c in toplevel)
    first = stream[-1]
    assert first["permalink_url"].startswith(f"https://www.facebook.com/{PAGE}/posts/")
    assert first["is_hidden"] is False and first["can_hide"] is True and first["can_remove"] is True
    assert any(r["id"] == first["id"] for r in scripted)


def test_facebook_replies_edge_and_summary(sandbox):
    parent = next(n for n in sandbox.state.nodes["facebook"].values() if n.key == "fb-c05")
    body = fb_get(sandbox, f"{parent.id}/comments", summary="true", fields="id,message,parent{id}").json()
    assert [c["parent"]["id"] for c in body["data"]] == [parent.id]
    assert body["summary"]["total_count"] == 1
    assert fb_get(sandbox, parent.id, fields="comment_count").json()["comment_count"] == 1


def test_facebook_nested_comment_expansion_on_posts(sandbox):
    fields = "id,comments.filter(stream).order(reverse_chronological).limit(2){id,message,created_time,is_hidden}"
    body = fb_get(sandbox, f"{PAGE}/posts", fields=fields, limit=1).json()
    edge = body["data"][0]["comments"]
    assert len(edge["data"]) == 2
    nxt = edge["paging"]["next"]
    assert "filter=stream" in nxt and "access_token=" in nxt and "limit=2" in nxt
    more = requests.get(nxt, timeout=5).json()
    assert set(more["data"][0]) == {"id", "message", "created_time", "is_hidden"}
    assert not {c["id"] for c in more["data"]} & {c["id"] for c in edge["data"]}


def test_facebook_hide_unhide_delete_change_what_is_served(sandbox):
    row = expected(sandbox, "facebook", key="fb-c05")[0]
    reply = expected(sandbox, "facebook", key="fb-c06")[0]
    url = f"{sandbox.url}/v25.0/{row['id']}"
    # form-encoded body with the token, as facebook-sdk sends post_args
    hidden = requests.post(url, data={"is_hidden": "true", **FB_TOKEN}, timeout=5)
    assert hidden.json() == {"success": True}
    assert sandbox.state.visibility("facebook", row["id"]) == "hidden"
    assert fb_get(sandbox, row["id"], fields="id,is_hidden").json() == {"id": row["id"], "is_hidden": True}
    requests.post(url, params={"is_hidden": "false", **FB_TOKEN}, timeout=5)
    assert sandbox.state.visibility("facebook", row["id"]) == "visible"
    deleted = requests.delete(url, params=FB_TOKEN, timeout=5)
    assert deleted.status_code == 200 and deleted.json() == {"success": True}
    assert sandbox.state.visibility("facebook", row["id"]) == "removed"
    for response in (fb_get(sandbox, row["id"]), fb_get(sandbox, reply["id"]),
                     requests.delete(url, params=FB_TOKEN, timeout=5)):
        err = response.json()["error"]
        assert response.status_code == 400
        assert (err["code"], err["error_subcode"], err["type"]) == (100, 33, "GraphMethodException")
        assert err["fbtrace_id"]
    post = post_ids(sandbox)["fb-sports"]
    ids = {c["id"] for c in fb_all(sandbox, f"{post}/comments", filter="stream")}
    assert row["id"] not in ids and reply["id"] not in ids  # a deleted comment takes its replies


def test_facebook_page_cannot_hide_its_own_comment(sandbox):
    own = next(n for n in sandbox.state.nodes["facebook"].values() if n.own and n.kind != "post")
    assert fb_get(sandbox, own.id, fields="id,can_hide").json()["can_hide"] is False
    response = requests.post(f"{sandbox.url}/v25.0/{own.id}", data={"is_hidden": "true", **FB_TOKEN}, timeout=5)
    assert response.status_code == 400 and response.json()["error"]["code"] == 100
    assert sandbox.state.visibility("facebook", own.id) == "visible"


def test_facebook_blocked_edge_and_blocked_authors_comment_no_more(sandbox):
    clock = FakeClock()
    server = SandboxServer(clock=clock).start()
    try:
        author = next(n.author["id"] for n in server.state.nodes["facebook"].values() if n.key == "fb-c19")
        clock.advance(60)  # Helen Marsh's first comment (at 12 s) is out, her reply (250 s) is not
        url = f"{server.url}/v25.0/{PAGE}/blocked"
        assert requests.post(url, data={"user": json.dumps([author]), **FB_TOKEN}, timeout=5).json() == {author: True}
        listed = requests.get(url, params=FB_TOKEN, timeout=5).json()["data"]
        assert listed == [{"id": author, "name": "Helen Marsh"}]
        clock.advance(400)
        assert server.state.visibility("facebook", "fb-c19") == "removed"
        assert server.state.visibility("facebook", "fb-c15") == "visible"  # blocking does not delete the past
        assert requests.delete(url, params={"user": author, **FB_TOKEN}, timeout=5).json() == {"success": True}
        assert requests.get(url, params=FB_TOKEN, timeout=5).json()["data"] == []
    finally:
        server.stop()


def test_facebook_errors_for_bad_requests(sandbox):
    post = post_ids(sandbox)["fb-sports"]
    no_token = requests.get(f"{sandbox.url}/v25.0/{post}/comments", timeout=5)
    assert no_token.status_code == 400 and no_token.json()["error"]["code"] == 104
    bad_field = fb_get(sandbox, f"{post}/comments", fields="id,favourite_colour")
    assert bad_field.status_code == 400
    assert bad_field.json()["error"]["message"] == ("(#100) Tried accessing nonexisting field (favourite_colour) "
                                                    "on node type (Comment)")
    header_token = requests.get(f"{sandbox.url}/v21.0/{post}/comments",
                                headers={"Authorization": "OAuth page-token"}, timeout=5)
    assert header_token.status_code == 200 and header_token.json()["data"]


def test_facebook_headers(sandbox):
    response = fb_get(sandbox, f"{PAGE}/posts")
    assert response.headers["Content-Type"] == "application/json; charset=UTF-8"
    app = json.loads(response.headers["X-App-Usage"])
    assert set(app) == {"call_count", "total_cputime", "total_time"}
    buc = json.loads(response.headers["X-Business-Use-Case-Usage"])
    assert buc[PAGE][0]["type"] == "pages" and "estimated_time_to_regain_access" in buc[PAGE][0]


# ---------------------------------------------------------------------------- X
def x_get(sandbox, path: str, headers=X_BEARER, **params) -> requests.Response:
    return requests.get(f"{sandbox.url}{path}", params=params, headers=headers, timeout=5)


def test_x_mentions_shape_order_and_pagination(sandbox):
    path = f"/2/users/{X_USER}/mentions"
    seen: list[dict] = []
    users: dict[str, dict] = {}
    token = None
    for _ in range(20):
        params = {"max_results": 5, "tweet.fields": TWEET_FIELDS, "expansions": "author_id",
                  "user.fields": "username,name"}
        if token:
            params["pagination_token"] = token
        body = x_get(sandbox, path, **params).json()
        meta = body["meta"]
        assert meta["result_count"] == len(body["data"]) <= 5
        assert meta["newest_id"] == body["data"][0]["id"] and meta["oldest_id"] == body["data"][-1]["id"]
        seen.extend(body["data"])
        users.update({u["id"]: u for u in body["includes"]["users"]})
        token = meta.get("next_token")
        if not token:
            break
    ids = [int(t["id"]) for t in seen]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    scripted = {r["id"] for r in expected(sandbox, "x") if not r["own"]}
    no_handle = {r["id"] for r in expected(sandbox, "x", key="x-r15") + expected(sandbox, "x", key="x-r18")}
    assert set(map(str, ids)) == scripted - no_handle
    # what the answers carried is noted (a lost item is then known as dropped, not unlisted)
    served = {i for (platform, i) in sandbox.state.served if platform == "x"}
    assert set(map(str, ids)) <= served and not served & no_handle
    for tweet in seen:
        assert tweet["edit_history_tweet_ids"] == [tweet["id"]]
        assert tweet["created_at"].endswith("Z") and "." in tweet["created_at"]
        assert tweet["author_id"] in users and "@OakfieldPrimary" in tweet["text"]
        if tweet["conversation_id"] != tweet["id"]:  # a reply
            assert tweet["referenced_tweets"][0]["type"] == "replied_to"
            assert tweet["in_reply_to_user_id"]
        else:
            assert "referenced_tweets" not in tweet and "in_reply_to_user_id" not in tweet


def test_x_mentions_since_id_is_exclusive_and_empty_meta(sandbox):
    path = f"/2/users/{X_USER}/mentions"
    first = x_get(sandbox, path, max_results=5).json()
    assert set(first["data"][0]) == {"id", "text", "edit_history_tweet_ids"}  # only the default fields
    newest = first["meta"]["newest_id"]
    assert x_get(sandbox, path, since_id=newest).json() == {"meta": {"result_count": 0}}
    second = first["data"][1]["id"]
    assert [t["id"] for t in x_get(sandbox, path, since_id=second).json()["data"]] == [newest]


@pytest.mark.parametrize("path,value", [(f"/2/users/{X_USER}/mentions", "4"), (f"/2/users/{X_USER}/mentions", "101"),
                                        ("/2/tweets/search/recent", "9")])
def test_x_max_results_out_of_range_is_invalid_request(sandbox, path, value):
    response = x_get(sandbox, path, max_results=value, query="conversation_id:1")
    body = response.json()
    assert response.status_code == 400
    assert body["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert body["errors"][0]["parameters"] == {"max_results": [value]}


def test_x_search_by_conversation_finds_replies_without_the_handle(sandbox):
    root = next(n for n in sandbox.state.nodes["x"].values() if n.key == "x-fair")
    body = x_get(sandbox, "/2/tweets/search/recent", query=f"conversation_id:{root.id}", max_results=10,
                 **{"tweet.fields": TWEET_FIELDS}).json()
    ids = {t["id"] for t in body["data"]}
    assert "next_token" not in body["meta"] and body["meta"]["result_count"] == len(ids)
    in_thread = {n.id for n in sandbox.state.nodes["x"].values() if (n.root or n).id == root.id}
    assert ids == in_thread  # the root, every reply, the school's reply and the handle-less ones
    handle_less = expected(sandbox, "x", key="x-r15")[0]["id"]
    assert handle_less in ids
    since = x_get(sandbox, "/2/tweets/search/recent", query=f"conversation_id:{root.id} is:reply",
                  since_id=body["meta"]["newest_id"]).json()
    assert since == {"meta": {"result_count": 0}}


def test_x_search_pagination_with_next_token(sandbox):
    pages = []
    params = {"query": "@OakfieldPrimary -from:OakfieldPrimary", "max_results": 10}
    for _ in range(10):
        body = x_get(sandbox, "/2/tweets/search/recent", **params).json()
        pages.append([t["id"] for t in body["data"]])
        if "next_token" not in body["meta"]:
            break
        params["next_token"] = body["meta"]["next_token"]
    ids = [int(i) for page in pages for i in page]
    assert len(pages) == 3 and [len(p) for p in pages] == [10, 10, 1]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 21


def test_x_hide_and_unhide_reply(sandbox):
    row = expected(sandbox, "x", key="x-r03")[0]
    url = f"{sandbox.url}/2/tweets/{row['id']}/hidden"
    response = requests.put(url, json={"hidden": True}, headers=X_OAUTH1, timeout=5)
    assert response.status_code == 200 and response.json() == {"data": {"hidden": True}}
    assert sandbox.state.visibility("x", row["id"]) == "hidden"
    # hidden replies are still returned by mentions, as on the platform
    ids = [t["id"] for t in x_get(sandbox, f"/2/users/{X_USER}/mentions", max_results=100).json()["data"]]
    assert row["id"] in ids
    assert requests.put(url, json={"hidden": False}, headers=X_BEARER, timeout=5).json() == {"data": {"hidden": False}}
    assert sandbox.state.visibility("x", row["id"]) == "visible"


def test_x_hide_refusals(sandbox):
    reply = expected(sandbox, "x", key="x-r03")[0]["id"]
    mention = expected(sandbox, "x", key="x-m02")[0]["id"]
    app_only = requests.put(f"{sandbox.url}/2/tweets/{reply}/hidden", json={"hidden": True}, headers=X_APP_ONLY,
                            timeout=5)
    assert app_only.status_code == 403
    assert app_only.json()["type"] == "https://api.twitter.com/2/problems/unsupported-authentication"
    not_own = requests.put(f"{sandbox.url}/2/tweets/{mention}/hidden", json={"hidden": True}, headers=X_OAUTH1,
                           timeout=5)
    assert not_own.status_code == 403 and not_own.json()["title"] == "Forbidden"
    assert sandbox.state.visibility("x", mention) == "visible"
    missing = requests.put(f"{sandbox.url}/2/tweets/1234567890123456789/hidden", json={"hidden": True},
                           headers=X_OAUTH1, timeout=5)
    assert missing.status_code == 404
    assert missing.json()["type"] == "https://api.twitter.com/2/problems/resource-not-found"
    bad_body = requests.put(f"{sandbox.url}/2/tweets/{reply}/hidden", json={"hidden": "yes"}, headers=X_OAUTH1,
                            timeout=5)
    assert bad_body.status_code == 400


def test_x_rate_limit_headers_count_down_per_endpoint_and_window():
    clock = FakeClock()
    with SandboxServer(clock=clock) as server:
        def remaining(path: str) -> tuple[int, int]:
            headers = x_get(server, path).headers
            return int(headers["x-rate-limit-remaining"]), int(headers["x-rate-limit-reset"])

        mentions = f"/2/users/{X_USER}/mentions"
        first, reset = remaining(mentions)
        assert (first, remaining(mentions)[0]) == (299, 298)
        assert remaining("/2/tweets/search/recent?query=x")[0] == 299  # its own bucket
        assert reset % 900 == 0 and 0 < reset - clock.now.timestamp() <= 900
        clock.advance(900)
        again, next_reset = remaining(mentions)
        assert again == 299 and next_reset == reset + 900


def test_x_auth_rate_headers_lookup_and_me(sandbox):
    unauth = requests.get(f"{sandbox.url}/2/users/{X_USER}/mentions", timeout=5)
    assert unauth.status_code == 401
    assert unauth.json() == {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
    response = x_get(sandbox, f"/2/users/{X_USER}/mentions")
    assert response.headers["x-rate-limit-limit"] == "300"
    assert int(response.headers["x-rate-limit-remaining"]) < 300
    assert int(response.headers["x-rate-limit-reset"]) > sandbox.state.clock().timestamp()
    me = x_get(sandbox, "/2/users/me", headers=X_OAUTH1).json()
    assert me == {"data": {"id": X_USER, "name": "Oakfield Primary", "username": "OakfieldPrimary"}}
    missing = x_get(sandbox, "/2/tweets/1234567890123456789").json()
    assert missing["errors"][0]["type"].endswith("/resource-not-found") and "data" not in missing
    reply = expected(sandbox, "x", key="x-r01")[0]["id"]
    assert x_get(sandbox, f"/2/tweets/{reply}").json()["data"]["id"] == reply


# ---------------------------------------------------------------------------- YouTube
def yt(sandbox, endpoint: str, method: str = "GET", headers=YT_OWNER, **params) -> requests.Response:
    return requests.request(method, f"{sandbox.url}/youtube/v3/{endpoint}", params={**params, "alt": "json"},
                            headers=headers, timeout=5)


def yt_threads(sandbox, status: str | None = None, headers=YT_OWNER, per_page: int = 100) -> list[dict]:
    params = {"part": "snippet,replies", "allThreadsRelatedToChannelId": CHANNEL, "maxResults": per_page,
              "textFormat": "plainText"}
    if status:
        params["moderationStatus"] = status
    items: list[dict] = []
    for _ in range(50):
        body = yt(sandbox, "commentThreads", headers=headers, **params).json()
        assert body["kind"] == "youtube#commentThreadListResponse"
        items.extend(body["items"])
        if "nextPageToken" not in body:
            return items
        params["pageToken"] = body["nextPageToken"]
    raise AssertionError("paging did not end")


def test_youtube_comment_threads_shape_order_and_paging(sandbox):
    paged = yt_threads(sandbox, per_page=7)
    whole = yt_threads(sandbox)
    assert [t["id"] for t in paged] == [t["id"] for t in whole]
    tops = [r for r in expected(sandbox, "youtube", kind="comment") if r["id"] not in
            {n.id for n in sandbox.state.nodes["youtube"].values() if n.status != "visible"}]
    assert {t["id"] for t in whole} == {r["id"] for r in tops}
    published = [t["snippet"]["topLevelComment"]["snippet"]["publishedAt"] for t in whole]
    assert published == sorted(published, reverse=True)
    thread = next(t for t in whole if t["snippet"]["totalReplyCount"])
    top = thread["snippet"]["topLevelComment"]
    assert thread["kind"] == "youtube#commentThread" and top["kind"] == "youtube#comment"
    assert set(top["snippet"]) >= {"authorDisplayName", "authorChannelId", "textDisplay", "textOriginal", "videoId",
                                   "publishedAt", "updatedAt", "moderationStatus", "channelId"}
    assert top["snippet"]["moderationStatus"] == "published"
    assert thread["snippet"]["canReply"] is True and thread["snippet"]["isPublic"] is True
    reply = thread["replies"]["comments"][0]
    assert reply["snippet"]["parentId"] == thread["id"] and reply["id"].startswith(thread["id"] + ".")


def test_youtube_comments_list_replies_and_by_id(sandbox):
    top = expected(sandbox, "youtube", key="yt-c05")[0]["id"]
    body = yt(sandbox, "comments", part="snippet", parentId=top, maxResults=100).json()
    assert body["kind"] == "youtube#commentListResponse"
    assert [c["snippet"]["parentId"] for c in body["items"]] == [top]
    by_id = yt(sandbox, "comments", part="snippet", id=body["items"][0]["id"]).json()["items"][0]
    assert "moderationStatus" not in by_id["snippet"]  # unset on fetch by id


def test_youtube_key_reads_published_but_not_queues_and_html_text(sandbox):
    headers: dict[str, str] = {}
    body = yt(sandbox, "commentThreads", headers=headers, key="api-key", part="snippet",
              allThreadsRelatedToChannelId=CHANNEL, maxResults=100).json()
    assert body["items"] and all("moderationStatus" not in t["snippet"]["topLevelComment"]["snippet"]
                                 for t in body["items"])
    assert body["pageInfo"]["resultsPerPage"] == 100
    texts = {t["id"]: t["snippet"]["topLevelComment"]["snippet"] for t in body["items"]}
    tutor = expected(sandbox, "youtube", key="yt-c17")[0]["id"]
    assert texts[tutor]["textDisplay"] == texts[tutor]["textOriginal"]  # nothing to escape in it
    refused = yt(sandbox, "commentThreads", headers=headers, key="api-key", part="snippet",
                 allThreadsRelatedToChannelId=CHANNEL, moderationStatus="heldForReview")
    assert refused.status_code == 403 and refused.json()["error"]["errors"][0]["reason"] == "forbidden"
    no_key = yt(sandbox, "commentThreads", headers=headers, part="snippet", allThreadsRelatedToChannelId=CHANNEL)
    assert no_key.status_code == 403
    write = yt(sandbox, "comments/setModerationStatus", "POST", headers=headers, key="api-key", id=tutor,
               moderationStatus="heldForReview")
    assert write.status_code == 401


def test_youtube_queues_hold_publish_reject_and_ban(sandbox):
    spam = {t["id"] for t in yt_threads(sandbox, "likelySpam")}
    held = {t["id"] for t in yt_threads(sandbox, "heldForReview")}
    assert spam == {expected(sandbox, "youtube", key="yt-c03")[0]["id"]}
    assert held == {expected(sandbox, "youtube", key="yt-c18")[0]["id"]}
    target = expected(sandbox, "youtube", key="yt-c09")[0]["id"]
    reply = expected(sandbox, "youtube", key="yt-c10")[0]["id"]
    hold = yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="heldForReview")
    assert hold.status_code == 204 and hold.content == b""
    assert sandbox.state.visibility("youtube", target) == "held"
    assert target not in {t["id"] for t in yt_threads(sandbox)}
    assert target in {t["id"] for t in yt_threads(sandbox, "heldForReview")}
    yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="published")
    assert target in {t["id"] for t in yt_threads(sandbox)}
    ban_only = yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="heldForReview",
                  banAuthor="true")
    assert ban_only.status_code == 400
    assert ban_only.json()["error"]["errors"][0]["reason"] == "banWithoutReject"
    reject = yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="rejected",
                banAuthor="true")
    assert reject.status_code == 204
    assert sandbox.state.visibility("youtube", target) == "removed"
    assert target not in {t["id"] for t in yt_threads(sandbox)}
    gone = yt(sandbox, "comments", part="snippet", id=f"{target},{reply}").json()
    assert gone["items"] == []  # rejecting a comment hides its replies
    again = yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="published")
    assert again.status_code == 404 and again.json()["error"]["errors"][0]["reason"] == "commentNotFound"
    assert sandbox.state.yt_banned == {expected(sandbox, "youtube", key="yt-c09")[0]["author_id"]}


def test_youtube_set_moderation_status_limits_and_delete(sandbox):
    ids = ",".join(r["id"] for r in expected(sandbox, "youtube"))  # 33 comments: within the batch of 50
    assert yt(sandbox, "comments/setModerationStatus", "POST", id=ids + "," + ids,
              moderationStatus="heldForReview").status_code == 400
    other = expected(sandbox, "youtube", key="yt-c01")[0]["id"]
    own = expected(sandbox, "youtube", key="yt-c14")[0]["id"]
    refused = yt(sandbox, "comments", "DELETE", id=other)
    assert refused.status_code == 403 and sandbox.state.visibility("youtube", other) == "visible"
    assert yt(sandbox, "comments", "DELETE", id=own).status_code == 204
    assert sandbox.state.visibility("youtube", own) == "removed"


def test_youtube_quota_units_are_counted(sandbox):
    before = sandbox.state.youtube_units
    yt_threads(sandbox)
    target = expected(sandbox, "youtube", key="yt-c04")[0]["id"]
    yt(sandbox, "comments/setModerationStatus", "POST", id=target, moderationStatus="heldForReview")
    assert sandbox.state.youtube_units - before == 1 + 50


def test_youtube_bad_parameters(sandbox):
    no_filter = yt(sandbox, "commentThreads", part="snippet")
    assert no_filter.status_code == 400
    too_many = yt(sandbox, "commentThreads", part="snippet", allThreadsRelatedToChannelId=CHANNEL, maxResults=101)
    assert too_many.status_code == 400
    bad_token = yt(sandbox, "commentThreads", part="snippet", allThreadsRelatedToChannelId=CHANNEL, pageToken="nope")
    body = bad_token.json()["error"]
    assert bad_token.status_code == 400 and body["errors"][0]["reason"] == "invalidPageToken"
    assert set(body) == {"code", "message", "errors", "status"}


# ---------------------------------------------------------------------------- injected errors
FAULTS = [
    # (platform, error, status, check(body, headers))
    ("facebook", "rate_limited", 400, lambda b, h: b["error"]["code"] == 80001 and b["error"]["is_transient"]
     and json.loads(h["X-Business-Use-Case-Usage"])[PAGE][0]["estimated_time_to_regain_access"] > 0),
    ("facebook", "rate_limited:17", 400, lambda b, h: b["error"]["code"] == 17),
    ("facebook", "quota", 400, lambda b, h: b["error"]["code"] == 4
     and json.loads(h["X-App-Usage"])["call_count"] >= 100),
    ("facebook", "auth", 400, lambda b, h: (b["error"]["code"], b["error"]["error_subcode"]) == (190, 463)
     and h["WWW-Authenticate"].startswith('OAuth "Facebook Platform" "invalid_token"')),
    ("facebook", "forbidden:10", 403, lambda b, h: b["error"]["code"] == 10),
    ("facebook", "auth_revoked", 400, lambda b, h: (b["error"]["code"], b["error"]["error_subcode"]) == (190, 460)),
    ("facebook", "forbidden", 403, lambda b, h: b["error"]["code"] == 200),
    ("facebook", "server_error", 500, lambda b, h: b["error"]["code"] == 2 and b["error"]["is_transient"]),
    ("facebook", "not_found", 400, lambda b, h: (b["error"]["code"], b["error"]["error_subcode"]) == (100, 33)),
    ("x", "rate_limited", 429, lambda b, h: b["title"] == "Too Many Requests" and h["x-rate-limit-remaining"] == "0"
     and int(h["x-rate-limit-reset"]) > 0),
    ("x", "quota", 429, lambda b, h: b["type"].endswith("/usage-capped") and "x-rate-limit-reset" not in h),
    ("x", "auth", 401, lambda b, h: b["title"] == "Unauthorized"),
    ("x", "forbidden", 403, lambda b, h: b["type"].endswith("/client-forbidden")),
    ("x", "server_error", 503, lambda b, h: b["status"] == 503),
    ("x", "not_found", 404, lambda b, h: b["type"].endswith("/resource-not-found")),
    ("youtube", "rate_limited", 403, lambda b, h: b["error"]["errors"][0]["reason"] == "rateLimitExceeded"),
    ("youtube", "rate_limited:429", 429, lambda b, h: b["error"]["status"] == "RESOURCE_EXHAUSTED"),
    ("youtube", "quota", 403, lambda b, h: b["error"]["errors"][0] | {"message": ""} ==
     {"message": "", "domain": "youtube.quota", "reason": "quotaExceeded"}),
    ("youtube", "auth", 401, lambda b, h: b["error"]["status"] == "UNAUTHENTICATED"),
    ("youtube", "forbidden", 403, lambda b, h: b["error"]["errors"][0]["reason"] == "forbidden"),
    ("youtube", "server_error", 503, lambda b, h: b["error"]["errors"][0]["reason"] == "backendError"),
    ("youtube", "not_found", 404, lambda b, h: b["error"]["errors"][0]["reason"] == "commentNotFound"),
]


def call(sandbox, platform: str) -> requests.Response:
    if platform == "facebook":
        return fb_get(sandbox, f"{PAGE}/posts")
    if platform == "x":
        return x_get(sandbox, f"/2/users/{X_USER}/mentions")
    return yt(sandbox, "commentThreads", part="snippet", allThreadsRelatedToChannelId=CHANNEL)


@pytest.mark.parametrize("platform,error,status,check", FAULTS, ids=[f"{p}-{e}" for p, e, *_ in FAULTS])
def test_injected_error_uses_the_platform_wire_format(sandbox, platform, error, status, check):
    sandbox.inject(error, platform=platform, times=1)
    response = call(sandbox, platform)
    assert response.status_code == status
    assert response.headers["Content-Type"].lower() == "application/json; charset=utf-8"
    assert check(response.json(), response.headers)
    assert call(sandbox, platform).status_code == 200  # times=1: the next call succeeds


def test_injected_faults_filter_by_platform_path_and_account(sandbox):
    sandbox.inject("server_error", platform="facebook", path=r"/comments$", account="oakfield-fb")
    sandbox.inject("server_error", account="oakfield-x-other")
    post = post_ids(sandbox)["fb-sports"]
    assert fb_get(sandbox, f"{PAGE}/posts").status_code == 200
    assert fb_get(sandbox, f"{post}/comments").status_code == 500
    assert call(sandbox, "x").status_code == 200 and call(sandbox, "youtube").status_code == 200
    sandbox.clear_faults()
    assert fb_get(sandbox, f"{post}/comments").status_code == 200
    sandbox.inject("quota", account=CHANNEL)
    assert call(sandbox, "youtube").status_code == 403 and call(sandbox, "facebook").status_code == 200


def test_injected_fault_rate_is_seeded_and_repeatable(sandbox):
    def outcomes(seed: int) -> list[int]:
        sandbox.clear_faults()
        sandbox.inject("rate_limited", platform="x", rate=0.2, seed=seed)
        return [call(sandbox, "x").status_code for _ in range(40)]

    first = outcomes(7)
    assert first == outcomes(7)
    assert set(first) == {200, 429} and 2 <= first.count(429) <= 16
    assert first != outcomes(8)


def test_injected_connection_faults(sandbox):
    sandbox.inject("disconnect", platform="x", times=1)
    with pytest.raises(requests.ConnectionError):
        call(sandbox, "x")
    sandbox.inject("timeout", platform="youtube", times=1)
    with pytest.raises(requests.Timeout):
        requests.get(f"{sandbox.url}/youtube/v3/commentThreads", params={"key": "k"}, timeout=0.3)
    sandbox.inject("server_error:html", platform="facebook", times=1)
    page = fb_get(sandbox, f"{PAGE}/posts")
    assert page.status_code == 502 and page.headers["Content-Type"].startswith("text/html")
    sandbox.inject("malformed", platform="facebook", times=1)
    response = fb_get(sandbox, f"{PAGE}/posts")
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/json")
    with pytest.raises(ValueError):
        response.json()
    assert call(sandbox, "facebook").status_code == 200


def test_inject_rejects_unknown_errors(sandbox):
    with pytest.raises(ValueError):
        sandbox.inject("meteor_strike")
    with pytest.raises(ValueError):
        sandbox.inject("auth", platform="myspace")


def test_calls_are_recorded_for_counting(sandbox):
    before = len(sandbox.state.calls)
    call(sandbox, "facebook")
    call(sandbox, "x")
    method, path, query = sandbox.state.calls[before]
    assert (method, path, query["access_token"]) == ("GET", f"/v25.0/{PAGE}/posts", "page-token")
    assert sandbox.state.calls[before + 1][1] == f"/2/users/{X_USER}/mentions"
    assert len(sandbox.state.calls) == before + 2


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
