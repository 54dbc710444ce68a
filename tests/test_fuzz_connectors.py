"""Bad input to the three connectors, property-based (issue 7, item 3).

Each connector parses hostile listing bodies through its real SDK (``responses`` for
facebook-sdk and tweepy, an httplib2-shaped fake for google-api-python-client): items with
wrong types, missing fields, huge strings, NaN, lone surrogates, impossible dates and deep
nesting sit next to a well-formed comment, and whole bodies are truncated, not JSON, not
UTF-8, nested past the decoder's limit or oversized. The contract: a bad item is logged
and skipped while its well-formed neighbour is still returned; a body that cannot be read
at all is a ``ConnectorError``; nothing else escapes, and whatever is returned can be
stored. Reduced form by default; ``MONITOR_FUZZ_FULL=1`` (or ``python -m fuzz --full``)
runs many more examples.
"""

from __future__ import annotations

import json
import logging
import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz.payloads import BAD_BODIES, bodies, json_values, mutated
from fuzz.targets import (
    FB_GOOD_COMMENT,
    FB_GOOD_POST,
    X_GOOD_MEDIA,
    X_GOOD_TWEET,
    X_GOOD_USER,
    YT_GOOD_THREAD,
    check_storable,
    facebook_body,
    fetch_facebook,
    fetch_x,
    fetch_youtube,
    x_body,
    youtube_body,
)
from monitor.errors import ConnectorError

FULL = os.environ.get("MONITOR_FUZZ_FULL") == "1"
FUZZ = settings(max_examples=1000 if FULL else 120, deadline=None, derandomize=not FULL,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: A poll of one hostile page must end well within this many CPU seconds (no quadratic
#: blow-up); CPU time, because the wall time of the same poll varies several-fold on a
#: shared machine.
POLL_BOUND_S = 10.0
#: Wall seconds, for a hang that does not use the CPU.
POLL_WALL_BOUND_S = 60.0

YT_REPLY_ID = YT_GOOD_THREAD["replies"]["comments"][0]["id"]


@pytest.fixture(autouse=True)
def quiet_item_warnings(caplog):
    """Only errors reach pytest's log capture here (``test_bad_items_are_recorded_in_the_log``
    asks for warnings again). A 20,000-item body logs a warning per item, and the capture
    keeps every record of a test's examples and the text of every test's log: in a full
    run that grew the process past a gigabyte."""
    caplog.set_level(logging.ERROR)


def bad_items(template: dict, prefix: str, max_size: int = 4) -> st.SearchStrategy[list]:
    """A list of hostile items: mutations of ``template`` with their own ids, or any JSON."""
    item = st.one_of(
        st.integers(min_value=0, max_value=10**6).flatmap(
            lambda n: mutated({**template, "id": f"{prefix}{n}"})),
        json_values(8),
    )
    return st.lists(item, max_size=max_size)


def poll(fetch, *args):
    """Run one poll: a result, or ``None`` when it raised a ``ConnectorError``."""
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        result = fetch(*args)
    except ConnectorError:
        result = None
    assert time.process_time() - cpu_started < POLL_BOUND_S
    assert time.perf_counter() - started < POLL_WALL_BOUND_S
    if result is not None:
        check_storable(result)
    return result


# ---------------------------------------------------------------------- Facebook


@FUZZ
@given(bad_posts=bad_items(FB_GOOD_POST, f"{FB_GOOD_POST['id'][:-4]}8"),
       bad_comments=bad_items(FB_GOOD_COMMENT, "9001_7"))
def test_facebook_skips_bad_items_and_keeps_good_neighbours(bad_posts, bad_comments):
    result = poll(fetch_facebook, facebook_body(bad_posts, bad_comments))
    assert result is not None, "a bad item must not fail the whole poll"
    ids = {c.id for c in result.comments}
    assert {FB_GOOD_POST["id"], FB_GOOD_COMMENT["id"]} <= ids
    good = next(c for c in result.comments if c.id == FB_GOOD_COMMENT["id"])
    assert good.text == FB_GOOD_COMMENT["message"] and good.author_id == FB_GOOD_COMMENT["from"]["id"]


@FUZZ
@given(body=bodies())
def test_facebook_unreadable_bodies_are_connector_errors(body):
    poll(fetch_facebook, body)


# ---------------------------------------------------------------------- X


@FUZZ
@given(bad_tweets=bad_items(X_GOOD_TWEET, "21241030260786"))
def test_x_skips_bad_items_and_keeps_good_neighbours(bad_tweets):
    result = poll(fetch_x, x_body(bad_tweets))
    assert result is not None, "a bad item must not fail the whole poll"
    good = [c for c in result.comments if c.id == X_GOOD_TWEET["id"]]
    assert len(good) == 1 and good[0].text == X_GOOD_TWEET["text"]


@FUZZ
@given(includes=st.one_of(
    json_values(),
    st.fixed_dictionaries({"users": st.lists(st.one_of(mutated(X_GOOD_USER), json_values(4)), max_size=3),
                           "media": st.lists(st.one_of(mutated(X_GOOD_MEDIA), json_values(4)), max_size=3)}),
))
def test_x_hostile_includes_still_return_the_post(includes):
    result = poll(fetch_x, x_body([], includes))
    assert result is not None
    assert [c.id for c in result.comments] == [X_GOOD_TWEET["id"]]


@FUZZ
@given(mentions=bodies(), search=bodies())
def test_x_unreadable_bodies_are_connector_errors(mentions, search):
    poll(fetch_x, mentions, search)


# ---------------------------------------------------------------------- YouTube


@FUZZ
@given(bad_threads=bad_items(YT_GOOD_THREAD, "UgzBadthread"))
def test_youtube_skips_bad_items_and_keeps_good_neighbours(bad_threads):
    result = poll(fetch_youtube, youtube_body(bad_threads))
    assert result is not None, "a bad item must not fail the whole poll"
    ids = {c.id for c in result.comments}
    assert {YT_GOOD_THREAD["id"], YT_REPLY_ID} <= ids


@FUZZ
@given(body=bodies())
def test_youtube_unreadable_bodies_are_connector_errors(body):
    poll(fetch_youtube, body)


# ---------------------------------------------------------------------- fixed corpus


@pytest.mark.parametrize("body", BAD_BODIES, ids=lambda b: f"{len(b)}B:{b[:12]!r}")
@pytest.mark.parametrize("fetch", [fetch_facebook, fetch_x, fetch_youtube], ids=["facebook", "x", "youtube"])
def test_known_bad_bodies(fetch, body):
    poll(fetch, body)


@pytest.mark.parametrize("status,content_type,body", [
    (200, "text/html", b"<html>maintenance</html>"),
    (200, "application/json", b"\xef\xbb\xbf{\"data\": []}"),
    (500, "text/html", b"<html>500</html>"),
    (502, "application/json", b"{"),
    (401, "application/json", b'{"error": [1, 2]}'),
    (429, "application/json", b'{"error": {"code": "x", "message": {"a": 1}}}'),
    (400, "application/json", b'{"error": {"code": 190, "error_subcode": [], "message": null}}'),
    (403, "application/json", b'{"error": {"errors": "not a list", "code": 403}}'),
    (404, "text/plain", b"\xff\xfe"),
])
@pytest.mark.parametrize("fetch", [fetch_facebook, fetch_x, fetch_youtube], ids=["facebook", "x", "youtube"])
def test_hostile_error_responses_map_to_the_error_tree(fetch, status, content_type, body):
    kwargs = {"status": status, "content_type": content_type}
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        result = fetch(body, **kwargs)
    except ConnectorError as exc:
        assert str(exc) and exc.platform
        result = None
    assert time.process_time() - cpu_started < POLL_BOUND_S
    assert time.perf_counter() - started < POLL_WALL_BOUND_S
    if status >= 400 and fetch is fetch_x and result is not None:
        # X reads its lists apart, and a list that failed for a moment costs only itself:
        # its mark must stay where it was, so it is read again next poll
        assert status >= 500 and result.cursor["mentions_since_id"] is None
    elif status >= 400:
        assert result is None, "a failed call must not read as an empty page"


def test_bad_items_are_recorded_in_the_log(caplog):
    caplog.set_level(logging.WARNING)
    result = fetch_facebook(facebook_body([{"id": ["not", "an", "id"]}], [{"id": {"x": 1}, "message": 5}, 7]))
    assert {c.id for c in result.comments} == {FB_GOOD_POST["id"], FB_GOOD_COMMENT["id"]}
    skipped = [r for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) >= 2 and all("fuzz-facebook" in r.getMessage() for r in skipped)

    caplog.clear()
    result = fetch_youtube(youtube_body([{"id": "UgzBad", "snippet": {"topLevelComment": {"id": ["x"]}}}, "junk"]))
    assert YT_GOOD_THREAD["id"] in {c.id for c in result.comments}
    assert any("skipped" in r.getMessage() and "fuzz-youtube" in r.getMessage() for r in caplog.records)

    caplog.clear()
    result = fetch_x(x_body([{"id": {"nested": True}, "text": "x"}, {"id": "2124", "created_at": 1e300}]))
    assert X_GOOD_TWEET["id"] in {c.id for c in result.comments}
    assert any("skipped" in r.getMessage() and "fuzz-x" in r.getMessage() for r in caplog.records)


def test_a_huge_search_page_does_not_become_thousands_of_searches():
    """Each conversation the school started is searched for replies (one call each): a
    search page of 20,000 posts once turned one poll into 20,000 searches."""
    from connectors.x import MAX_CONVERSATIONS

    from fuzz.targets import X_USER

    # 2,000 of the school's own posts, each starting a conversation
    search = json.dumps({"data": [{"id": str(10**18 + i), "text": "post", "author_id": X_USER,
                                   "conversation_id": str(10**18 + i), "created_at": "2026-11-21T11:00:00.000Z"}
                                  for i in range(2_000)],
                         "meta": {"result_count": 2_000}}).encode()
    result = poll(fetch_x, x_body(), search)
    assert result.calls <= 2 + MAX_CONVERSATIONS
    assert len(result.cursor["conversations"]) == MAX_CONVERSATIONS
    assert X_GOOD_TWEET["id"] in {c.id for c in result.comments}


def test_lone_surrogates_and_nan_in_items_are_made_storable():
    comment = dict(FB_GOOD_COMMENT, id="9001_5002", message="bad \ud800 text", created_time=float("nan"),
                   extra={"n": float("inf"), "\udfff": "k"})
    result = fetch_facebook(facebook_body([], [comment]))
    check_storable(result)
    stored = next(c for c in result.comments if c.id == "9001_5002")
    assert stored.text == "bad \ufffd text"
