"""Harnesses: feed one hostile input to real code and return what it produced.

Each connector is exercised through its real SDK (facebook-sdk and tweepy over
``responses``, google-api-python-client over an httplib2-shaped fake) with one listing
body under test; every other call answers an empty page, so a poll always ends. The
classifier harness builds the real pipeline once per process.

The contract every harness checks for the suites: the only exceptions are those of
:mod:`monitor.errors`, and every returned comment and cursor can be stored (plain types,
JSON without NaN, valid UTF-8).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

import httplib2
import responses
from pydantic import SecretStr

from connectors.base import Comment, FetchResult
from connectors.facebook import FacebookConnector
from connectors.x import XConnector
from connectors.youtube import YouTubeConnector
from monitor.config import AccountConfig, AccountSecrets

__all__ = [
    "FB_GOOD_COMMENT",
    "FB_GOOD_POST",
    "NOW",
    "X_GOOD_TWEET",
    "X_GOOD_USER",
    "YT_GOOD_THREAD",
    "check_storable",
    "classify_text",
    "fetch_facebook",
    "fetch_x",
    "fetch_youtube",
    "facebook_body",
    "x_body",
    "youtube_body",
]

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=timezone.utc)
PAGE = "100200300400500"
X_USER = "1480000000000000001"
CHANNEL = "UCoakfieldPrimary000000a"
_JSON = "application/json; charset=UTF-8"

FB_GOOD_POST: dict[str, Any] = {
    "id": f"{PAGE}_9001",
    "created_time": "2026-11-21T11:00:00+0000",
    "message": "Lovely concert today, well done all",
    "permalink_url": f"https://www.facebook.com/{PAGE}/posts/9001",
    "from": {"id": "7000000000000901", "name": "Pat Example"},
    "is_hidden": False,
}
FB_GOOD_COMMENT: dict[str, Any] = {
    "id": "9001_5001",
    "message": "So proud of everyone",
    "created_time": "2026-11-21T11:30:00+0000",
    "permalink_url": f"https://www.facebook.com/{PAGE}/posts/9001?comment_id=5001",
    "from": {"id": "7000000000000902", "name": "Sam Example"},
    "parent": {"id": "9001_5000"},
    "attachment": {"media": {"image": {"src": "https://scontent.example.com/v/a.jpg"}}},
    "is_hidden": False,
    "can_hide": True,
    "can_remove": True,
    "comment_count": 0,
}
X_GOOD_TWEET: dict[str, Any] = {
    "id": "2124103026078646999",
    "text": "@OakfieldPrimary lovely photos from the trip",
    "created_at": "2026-11-21T11:30:00.000Z",
    "conversation_id": "2124065277342646372",
    "author_id": "1490000000000000011",
    "referenced_tweets": [{"type": "replied_to", "id": "2124065277342646372"}],
    "attachments": {"media_keys": ["3_1860000000000000901"]},
}
X_GOOD_USER: dict[str, Any] = {"id": "1490000000000000011", "name": "Priya Example", "username": "priya_example"}
X_GOOD_MEDIA: dict[str, Any] = {"media_key": "3_1860000000000000901", "type": "photo",
                                "url": "https://pbs.example.com/media/a.jpg"}
YT_GOOD_THREAD: dict[str, Any] = {
    "kind": "youtube#commentThread",
    "id": "UgzGoodthread00000000AaABAg",
    "snippet": {
        "videoId": "vidConcert001",
        "topLevelComment": {
            "id": "UgzGoodthread00000000AaABAg",
            "snippet": {
                "videoId": "vidConcert001",
                "textDisplay": "What a lovely concert",
                "textOriginal": "What a lovely concert",
                "authorDisplayName": "@patexample",
                "authorChannelId": {"value": "UCviewerPat00000000000a"},
                "moderationStatus": "published",
                "publishedAt": "2026-11-21T11:30:00Z",
            },
        },
        "totalReplyCount": 1,
    },
    "replies": {"comments": [{
        "id": "UgzGoodthread00000000AaABAg.0000000000000000000001",
        "snippet": {
            "videoId": "vidConcert001",
            "textDisplay": "Agreed, brilliant",
            "parentId": "UgzGoodthread00000000AaABAg",
            "authorDisplayName": "@samexample",
            "authorChannelId": {"value": "UCviewerSam00000000000a"},
            "publishedAt": "2026-11-21T11:35:00Z",
        },
    }]},
}


def _account(platform: str, **ids: str) -> AccountConfig:
    return AccountConfig(id=f"fuzz-{platform}", platform=platform, timeout_s=5, **ids)


# ------------------------------------------------------------------------ bodies


def _dumps(value: Any) -> bytes:
    # Lone surrogates and NaN are legal in what Python's decoder accepts, so they are sent.
    return json.dumps(value).encode()


def facebook_body(bad_posts: list[Any] = (), bad_comments: list[Any] = ()) -> bytes:
    """A feed page: the good post carrying the good comment among ``bad_comments``, then
    ``bad_posts``."""
    comments = [FB_GOOD_COMMENT, *bad_comments]
    post = dict(FB_GOOD_POST, comments={"data": comments})
    return _dumps({"data": [post, *bad_posts]})


def x_body(bad_tweets: list[Any] = (), includes: Any = None) -> bytes:
    includes = {"users": [X_GOOD_USER], "media": [X_GOOD_MEDIA]} if includes is None else includes
    return _dumps({"data": [X_GOOD_TWEET, *bad_tweets], "includes": includes,
                   "meta": {"newest_id": X_GOOD_TWEET["id"], "result_count": 1 + len(bad_tweets)}})


def youtube_body(bad_threads: list[Any] = ()) -> bytes:
    return _dumps({"kind": "youtube#commentThreadListResponse", "items": [YT_GOOD_THREAD, *bad_threads]})


# ------------------------------------------------------------------------ connectors


def fetch_facebook(feed: bytes, *, status: int = 200, content_type: str = _JSON) -> FetchResult:
    """One first poll of a Page whose feed answers ``feed``; other edges answer empty."""
    connector = FacebookConnector(_account("facebook", page_id=PAGE),
                                  AccountSecrets(page_token=SecretStr("fuzz-page-token-0001")), clock=lambda: NOW)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(re.compile(rf"https://graph\.facebook\.com/v[\d.]+/{PAGE}/feed.*"), body=feed, status=status,
                 content_type=content_type)
        rsps.get(re.compile(r"https://graph\.facebook\.com/.*"), json={"data": []})
        return connector.fetch_new_comments(None)


def fetch_x(mentions: bytes, search: bytes | None = None, *, status: int = 200,
            content_type: str = _JSON) -> FetchResult:
    """One first poll of an X account; ``search`` answers every recent search (empty if None)."""
    connector = XConnector(_account("x", user_id=X_USER, username="OakfieldPrimary"),
                           AccountSecrets(bearer_token=SecretStr("fuzz-bearer-token-0001")), clock=lambda: NOW)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(re.compile(rf"https://api\.twitter\.com/2/users/{X_USER}/mentions.*"), body=mentions,
                 status=status, content_type=content_type)
        rsps.get(re.compile(r"https://api\.twitter\.com/2/tweets/search/recent.*"),
                 body=search if search is not None else b'{"meta": {"result_count": 0}}',
                 content_type=_JSON)
        return connector.fetch_new_comments(None)


class _YouTubeRoutes:
    """httplib2-shaped transport: the published thread listing answers the body under
    test, every other call an empty list."""

    def __init__(self, body: bytes, status: int, content_type: str) -> None:
        self.body, self.status, self.content_type = body, status, content_type
        self.calls = 0

    def request(self, uri: str, method: str = "GET", body: Any = None, headers: Any = None,
                redirections: int = 1, connection_type: Any = None) -> tuple[httplib2.Response, bytes]:
        self.calls += 1
        if "commentThreads" in uri and "moderationStatus=published" in uri:
            return httplib2.Response({"status": str(self.status), "content-type": self.content_type}), self.body
        return httplib2.Response({"status": "200", "content-type": _JSON}), b'{"items": []}'


def fetch_youtube(threads: bytes, *, status: int = 200, content_type: str = _JSON) -> FetchResult:
    connector = YouTubeConnector(_account("youtube", channel_id=CHANNEL), AccountSecrets(), clock=lambda: NOW,
                                 http=_YouTubeRoutes(threads, status, content_type))
    return connector.fetch_new_comments(None)


# ------------------------------------------------------------------------ contract


def _storable(value: Any, path: str, depth: int = 0) -> None:
    if depth > 200:
        raise AssertionError(f"{path}: nested deeper than 200")
    if isinstance(value, str):
        value.encode("utf-8")  # raises on a lone surrogate
    elif isinstance(value, float):
        assert math.isfinite(value), f"{path}: {value!r} is not valid JSON"
    elif isinstance(value, Mapping):
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: key {key!r} is not a string"
            key.encode("utf-8")
            _storable(item, f"{path}.{key}", depth + 1)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _storable(item, f"{path}[{i}]", depth + 1)
    else:
        assert value is None or isinstance(value, (bool, int)), f"{path}: {type(value).__name__}"


def check_storable(result: FetchResult) -> None:
    """Every comment and the cursor can be stored: plain types, finite numbers, UTF-8."""
    for comment in result.comments:
        assert isinstance(comment, Comment)
        for name in ("id", "thread_id", "text", "platform", "account_id", "platform_state"):
            assert isinstance(getattr(comment, name), str), name
        for name in ("parent_id", "author_id", "author_name", "permalink"):
            assert getattr(comment, name) is None or isinstance(getattr(comment, name), str), name
        assert comment.id, "empty id"
        assert comment.created_at.tzinfo is not None
        assert all(isinstance(a, str) for a in comment.attachments)
        _storable({"id": comment.id, "thread": comment.thread_id, "parent": comment.parent_id,
                   "author": comment.author_id, "name": comment.author_name, "text": comment.text,
                   "permalink": comment.permalink, "attachments": list(comment.attachments)}, "comment")
        _storable(dict(comment.raw), f"comment {comment.id!r}.raw")
    _storable(result.cursor, "cursor")
    json.dumps(result.cursor, allow_nan=False)


# ------------------------------------------------------------------------ classifier


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    from classifiers.pipeline import build_pipeline

    return build_pipeline()


def classify_text(text: str) -> Any:
    """The real pipeline's verdict for ``text`` (the pipeline is built once).

    Each call runs in a spaCy memory zone. spaCy adds the string of every token it has not
    seen to the shared vocabulary and keeps it for the life of the process, so thousands of
    random hostile texts grew a full run by about 0.4 MB per text (to gigabytes); the zone
    drops what the call added. The verdict holds only plain values, so it outlives the zone.
    """
    pipeline = _pipeline()
    with pipeline.nlp.memory_zone():
        return pipeline.classify(text)
