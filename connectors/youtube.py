"""YouTube connector: Data API v3 through google-api-python-client.

Credentials: OAuth as the channel owner with scope
``https://www.googleapis.com/auth/youtube.force-ssl``: ``MONITOR_<ACCOUNT>_CLIENT_ID``,
``_CLIENT_SECRET`` and ``_REFRESH_TOKEN`` from a Google Cloud project with the YouTube Data
API enabled (publish the consent screen: refresh tokens of apps in "Testing" expire after
seven days). An ``_API_KEY`` alone can read published comments only and cannot act.

Reading. Each poll lists ``commentThreads`` of the whole channel, newest first, once per
moderation status (``published``, ``heldForReview``, ``likelySpam``). The published
listing stops at its watermark ``(publishedAt, id)`` minus an overlap; for every thread on
the pages read, replies are taken from the thread when the published ones it carries are as
many as its ``totalReplyCount`` (a thread carries only a few replies, and they may include
held ones) and otherwise fetched with ``comments.list``, but only when the thread's
published reply count changed or it carries a reply newer than the last one taken. The
two review queues list a thread when any of its comments has that status and carry
exactly those replies, so they are read down to the lookback window and their replies
taken from the thread. An idle poll costs one call and one quota unit
per status. The cursor keeps a watermark per status, the reply count and newest reply time
per recent thread, and a bounded set of seen ids. The channel's own comments are never
returned. ``thread_id`` is the thread id; ``parent_id`` is the top-level comment a reply
answers, ``None`` for top-level comments. Two things the listing alone would miss are
covered on a slower rhythm (every ten poll intervals): known threads the pages read did not
reach (a new reply to an older thread; whether YouTube moves such a thread up the listing
is not documented) are fetched by id, 50 for one unit, and a thread with more published
replies than it carries is listed in full (a reply held or removed by the worker hides a
new one from the reply count).

Acting. All actions are ``comments.setModerationStatus`` (50 units each): hide and hold
move a comment to ``heldForReview``, restore to ``published`` (YouTube refuses this for a
rejected comment), remove to ``rejected`` and ban to ``rejected`` with ``banAuthor``.
``comments.delete`` is not used: it only works on the channel's own comments.

SDK traps handled here (platform reference §4): the discovery document ships with the
library (``static_discovery``), ``client_options`` points the client at the sandbox,
``execute`` gets ``num_retries=0`` because retries belong to the worker, and httplib2 is
not thread-safe, so each connector owns its own ``Http`` (the runtime keeps one connector
per thread) with the account's timeout.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import google.auth.exceptions
import google_auth_httplib2
import httplib2
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

from connectors.access import AccessReport, build_report, describe_error
from connectors.base import Capability, Comment, Cursor, FetchResult, PlatformState
from connectors.http import (
    DEFAULT_RETRY_AFTER_S,
    ITEM_ERRORS,
    OVERLAP_S,
    SANDBOX_TOKEN,
    Clock,
    ErrorRule,
    bounded_ids,
    clean_json,
    get_path,
    item_id,
    match_rule,
    next_pacific_midnight,
    parse_time,
    rule,
    text_or_none,
    to_iso,
    utcnow,
)
from monitor.config import AccountConfig, AccountSecrets, account_env_prefix
from monitor.errors import (
    AuthError,
    BudgetExhaustedError,
    ConnectorError,
    GoneError,
    PermanentError,
    RateLimitedError,
    RetryableError,
    register_secret,
)

__all__ = ["QUOTA_COST", "YOUTUBE_ERRORS", "YouTubeConnector"]

log = logging.getLogger(__name__)

SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
TOKEN_URI = "https://oauth2.googleapis.com/token"
TOKENINFO_URI = "https://oauth2.googleapis.com/tokeninfo"
STATUSES = ("published", "heldForReview", "likelySpam")
STATE_OF = {
    "published": PlatformState.VISIBLE.value,
    "heldForReview": PlatformState.HELD.value,
    "likelySpam": PlatformState.LIKELY_SPAM.value,
    "rejected": PlatformState.REMOVED.value,
}
#: Quota units per call (platform reference §3).
QUOTA_COST = {"commentThreads.list": 1, "comments.list": 1, "comments.setModerationStatus": 50,
              "channels.list": 1}
PAGE_SIZE = 100
MAX_PAGES = 20
#: Pages of held-for-review threads read to confirm an interrupted hold (newest first).
HELD_PAGES = 3
SEEN_LIMIT = 3000
THREAD_LIMIT = 1000
#: A thread with more replies than it carries is listed in full at least this often (in
#: poll intervals, and never more often than RECHECK_MIN_S), at most RECHECKS_PER_POLL
#: threads a poll: see ``_recheck_due``.
RECHECK_POLLS = 10
RECHECK_MIN_S = 30.0
RECHECKS_PER_POLL = 3
#: commentThreads.list calls (50 known threads each) a poll may spend on threads its
#: listing did not reach: see ``_check_unlisted``.
UNLISTED_CALLS_PER_POLL = 2

#: YouTube failure -> error class (platform reference §5), first match wins. Tags are the
#: ``reason`` values of ``error.errors``, ``refresh_failed`` for a dead OAuth grant, and the
#: transport tags ``timeout``, ``connection`` and ``non_json``.
YOUTUBE_ERRORS: tuple[ErrorRule, ...] = (
    rule("quota exhausted", BudgetExhaustedError, statuses=(403,), tags=("quotaExceeded", "dailyLimitExceeded")),
    rule("rate-limited", RateLimitedError, statuses=(403, 429), tags=("rateLimitExceeded", "userRateLimitExceeded")),
    rule("too many requests", RateLimitedError, statuses=(429,)),
    rule("token refresh failed", AuthError, tags=("refresh_failed",)),
    rule("no usable answer", RetryableError, tags=("timeout", "connection", "non_json")),
    rule("auth dead", AuthError, statuses=(401,)),
    rule("comments disabled", PermanentError, statuses=(403,), tags=("commentsDisabled",)),
    rule("forbidden", AuthError, statuses=(403,), tags=("forbidden", "insufficientPermissions")),
    rule("gone", GoneError, statuses=(404,)),
    rule("processing failure", RetryableError, statuses=(400,), tags=("processingFailure",)),
    rule("not allowed", PermanentError, statuses=(400,), tags=("banWithoutReject", "operationNotSupported")),
    rule("server error", RetryableError, statuses=range(500, 600)),
    rule("other", PermanentError),
)


class YouTubeConnector:
    """A YouTube channel's comments, read and moderated as the channel owner."""

    platform = "youtube"
    # YouTube has no separate hide: holding for review is its reversible hide, so the
    # worker turns a hide into a hold (``hide_comment`` does the same if called).
    capabilities = frozenset({Capability.HOLD, Capability.RESTORE, Capability.REMOVE, Capability.BAN})

    def __init__(self, account: AccountConfig, secrets: AccountSecrets, *, base_url: str | None = None,
                 clock: Clock | None = None, http: Any = None) -> None:
        """``http`` replaces the whole transport (an ``httplib2.Http``-like object, e.g. the
        library's ``HttpMockSequence`` in tests): OAuth credentials are then not applied, an
        API key still is."""
        self.account = account
        self.channel_id = account.channel_id or ""
        self._clock = clock or utcnow
        self.calls_made = 0
        self.units_used = 0
        developer_key = None
        owner = True
        self._missing: str | None = None
        oauth = [secrets.get(n) for n in ("client_id", "client_secret", "refresh_token")]
        api_key = secrets.get("api_key")
        for value in oauth + [api_key]:
            register_secret(value)
        transport = http if http is not None else httplib2.Http(timeout=account.timeout_s)
        # check_access() refreshes these itself and reads their scopes; with a sandbox the
        # OAuth endpoints are the sandbox's too, so nothing leaves the machine
        self._transport = transport
        self._credentials: Credentials | None = None
        self._api_key_only = False
        oauth_base = f"{base_url.rstrip('/')}/oauth2/" if base_url else None
        self._tokeninfo_uri = oauth_base + "tokeninfo" if oauth_base else TOKENINFO_URI
        if all(oauth):
            creds = Credentials(token=None, refresh_token=oauth[2], client_id=oauth[0], client_secret=oauth[1],
                                token_uri=oauth_base + "token" if oauth_base else TOKEN_URI, scopes=[SCOPE])
            if http is None:
                self._credentials = creds
            http = http if http is not None else google_auth_httplib2.AuthorizedHttp(creds, http=transport)
        elif api_key:
            developer_key, owner, http = api_key, False, transport
            self._api_key_only = True
        elif base_url is not None and http is None:
            self._credentials = Credentials(token=SANDBOX_TOKEN)
            http = google_auth_httplib2.AuthorizedHttp(self._credentials, http=transport)
        elif http is None:
            # Missing credentials surface as an AuthError on the first call, where the
            # worker already handles a dead token (mark the account, alert IT once).
            prefix = account_env_prefix(account.id)
            self._missing = (f"no credentials: set {prefix}CLIENT_ID, {prefix}CLIENT_SECRET and "
                             f"{prefix}REFRESH_TOKEN")
            http = transport
        # Only the owner may read the held and likely-spam queues.
        self.statuses = STATUSES if owner else ("published",)
        self._service = build(
            "youtube", "v3", http=http, developerKey=developer_key, static_discovery=True,
            cache_discovery=False, num_retries=0,
            client_options={"api_endpoint": base_url.rstrip("/")} if base_url else None,
        )

    # ------------------------------------------------------------------ reading

    def fetch_new_comments(self, cursor: Cursor | None) -> FetchResult:
        start_calls, start_units = self.calls_made, self.units_used
        now = self._clock()
        cursor = cursor or {}
        overlap = timedelta(seconds=OVERLAP_S)
        window_floor = now - timedelta(days=self.account.lookback_days)
        marks: dict[str, Any] = dict(cursor.get("marks") or {})
        threads: dict[str, dict[str, Any]] = {k: dict(v) for k, v in (cursor.get("threads") or {}).items()}
        seen_list: list[str] = list(cursor.get("seen") or [])
        seen = set(seen_list)
        comments: list[Comment] = []
        recheck_budget = [RECHECKS_PER_POLL]
        visited: set[str] = set()

        def emit(resource: Mapping[str, Any], thread_id: str, video_id: str | None, default_status: str) -> None:
            cid = item_id(resource.get("id")) if isinstance(resource, Mapping) else None
            if not cid:
                log.warning("youtube %s: comment without a usable id skipped", self.account.id)
                return
            if cid in seen:
                return
            seen.add(cid)
            seen_list.append(cid)
            if get_path(resource, "snippet", "authorChannelId", "value") == self.channel_id:
                return  # the channel's own comments are not moderated
            try:
                comments.append(self._to_comment(resource, thread_id, video_id, default_status, now))
            except ITEM_ERRORS as exc:  # a malformed comment is skipped, its neighbours kept
                log.warning("youtube %s: malformed comment %s skipped (%s)", self.account.id, cid,
                            type(exc).__name__)

        for status in self.statuses:
            mark = marks.get(status) or {}
            mark_at = parse_time(mark.get("published_at"))
            floor = mark_at - overlap if mark_at else window_floor
            best = (mark_at, mark.get("id") or "") if mark_at else None
            queue = status != "published"
            token = None
            for _ in range(MAX_PAGES):
                body = self._list_threads(status, token)
                if body is None:  # comments disabled on the channel: nothing to read
                    break
                reached = False
                items = body.get("items") or []
                if not isinstance(items, list):
                    raise self._error(None, "commentThreads.list: items is not a list", None, ("non_json",))
                for thread in items:
                    tid = item_id(thread.get("id")) if isinstance(thread, Mapping) else None
                    if not tid:
                        log.warning("youtube %s: thread without id skipped", self.account.id)
                        continue
                    try:
                        top, video_id, top_at = _thread_head(thread)
                        old = top_at is not None and top_at < floor
                        if top_at and (best is None or (top_at, top.get("id") or "") > best):
                            best = (top_at, str(top.get("id") or ""))
                        if not old:
                            emit(top, tid, video_id, status)
                        if queue:
                            # A queue lists a thread when any of its comments has the status and
                            # carries exactly those replies; comments.list would only return
                            # published ones. Queues are short, so they are read down to the
                            # window rather than to the watermark.
                            reached = reached or (top_at is not None and top_at < window_floor)
                            for reply in get_path(thread, "replies", "comments", default=[]) or []:
                                at = parse_time(get_path(reply, "snippet", "publishedAt"))
                                if isinstance(reply, Mapping) and (at is None or at >= window_floor):
                                    emit(reply, tid, video_id, status)
                        else:
                            reached = reached or old
                            visited.add(tid)
                            self._take_replies(thread, tid, threads, window_floor, old, emit, now, recheck_budget)
                    except ITEM_ERRORS as exc:  # a malformed thread is skipped, its neighbours kept
                        log.warning("youtube %s: malformed thread %s skipped (%s)", self.account.id, tid,
                                    type(exc).__name__)
                token = body.get("nextPageToken")
                if reached or not token or not isinstance(token, str):
                    break
            if best:
                marks[status] = {"published_at": to_iso(best[0]), "id": best[1]}

        self._check_unlisted(threads, visited, now, window_floor, emit, recheck_budget)
        kept = sorted(((k, v) for k, v in threads.items()
                       if (parse_time(v.get("at")) or now) >= window_floor),
                      key=lambda kv: kv[1].get("at") or "", reverse=True)[:THREAD_LIMIT]
        new_cursor: Cursor = {
            "v": 1,
            "marks": marks,
            "threads": dict(kept),
            "seen": bounded_ids(seen_list, SEEN_LIMIT),
            "polled_at": to_iso(now),
        }
        return FetchResult(comments=comments, cursor=new_cursor, calls=self.calls_made - start_calls,
                           cost_units=self.units_used - start_units)

    def _take_replies(self, thread: Mapping[str, Any], key: str, threads: dict[str, dict[str, Any]],
                      window_floor: datetime, old: bool, emit: Any, now: datetime, budget: list[int]) -> None:
        """Emit a thread's new replies, calling ``comments.list`` only when needed."""
        _top, video_id, top_at = _thread_head(thread)
        total = get_path(thread, "snippet", "totalReplyCount", default=0) or 0
        state = threads.get(key)
        embedded = [r for r in get_path(thread, "replies", "comments", default=[]) or [] if isinstance(r, Mapping)]
        if not isinstance(total, int):
            total = len(embedded)
        if state is not None and total == (state.get("n") or 0) and not self._fresh(embedded, state):
            if not self._recheck_due(state, total, embedded, now, budget):
                return
        if state is None and old:
            # A thread from before the window, first seen now: only its visible replies
            # that are recent count; growth is tracked from here on.
            replies, floor = embedded, window_floor
        else:
            replies = embedded if _public(embedded) >= total else self._list_replies(get_path(thread, "snippet",
                                                                                          "topLevelComment", "id"))
            newest = parse_time((state or {}).get("r"))
            floor = newest - timedelta(seconds=OVERLAP_S) if newest else None
        newest_reply = parse_time((state or {}).get("r"))
        for reply in replies:
            at = parse_time(get_path(reply, "snippet", "publishedAt"))
            if at and (newest_reply is None or at > newest_reply):
                newest_reply = at
            if floor is None or at is None or at >= floor:
                emit(reply, key, video_id, "published")
        threads[key] = {"n": total, "r": to_iso(newest_reply) if newest_reply else None,
                        "at": to_iso(top_at) if top_at else None,
                        "l": to_iso(now) if state is None or replies is not embedded else state.get("l")}

    def _check_unlisted(self, threads: dict[str, dict[str, Any]], visited: set[str], now: datetime,
                        window_floor: datetime, emit: Any, budget: list[int]) -> None:
        """Look again at known threads this poll's listing did not reach.

        The listing is read newest thread first down to the watermark, so a new reply to an
        older thread (a video's first comments, a week ago) is not on the pages read. Known
        threads are fetched by id instead, 50 for one unit, each at most once every
        ``RECHECK_POLLS`` poll intervals and at most ``UNLISTED_CALLS_PER_POLL`` calls a
        poll (those checked longest ago first), and their replies taken as usual."""
        every_s = max(RECHECK_MIN_S, RECHECK_POLLS * self.account.poll_interval_s)

        def due(state: Mapping[str, Any]) -> bool:
            last = parse_time(state.get("c")) or parse_time(state.get("l"))
            return last is None or (now - last).total_seconds() >= every_s

        waiting = sorted((tid for tid, st in threads.items() if tid not in visited and due(st)),
                         key=lambda tid: threads[tid].get("c") or threads[tid].get("l") or "")
        for start in range(0, min(len(waiting), UNLISTED_CALLS_PER_POLL * 50), 50):
            batch = waiting[start:start + 50]
            body = self._execute(self._service.commentThreads().list(
                part="snippet,replies", id=",".join(batch), textFormat="plainText"), "commentThreads.list")
            for thread in body.get("items") or []:
                tid = item_id(thread.get("id")) if isinstance(thread, Mapping) else None
                if tid not in threads:
                    continue
                try:
                    self._take_replies(thread, tid, threads, window_floor, True, emit, now, budget)
                except ITEM_ERRORS as exc:  # a malformed thread is skipped, its neighbours kept
                    log.warning("youtube %s: malformed thread %s skipped (%s)", self.account.id, tid,
                                type(exc).__name__)
            for tid in batch:  # a thread no longer returned (held or removed) waits its turn too
                if tid in threads:
                    threads[tid]["c"] = to_iso(now)

    def _recheck_due(self, state: Mapping[str, Any], total: int, embedded: list, now: datetime,
                     budget: list[int]) -> bool:
        """Whether to list a quiet-looking thread's replies in full anyway.

        A thread carries only its first few replies and a count of the public ones. When a
        reply beyond those is held or removed (often by this worker) and a new one arrives
        before the next poll, the count is back where it was and nothing embedded is new:
        the thread looks unchanged although it holds an unread reply. Such threads are
        listed in full every ``RECHECK_POLLS`` poll intervals (at least ``RECHECK_MIN_S``),
        a few per poll, so such a reply is read late rather than never."""
        if total <= _public(embedded) or budget[0] <= 0:
            return False
        every_s = max(RECHECK_MIN_S, RECHECK_POLLS * self.account.poll_interval_s)
        last = parse_time(state.get("l"))
        if last is not None and (now - last).total_seconds() < every_s:
            return False
        budget[0] -= 1
        return True

    @staticmethod
    def _fresh(embedded: list[Mapping[str, Any]], state: Mapping[str, Any]) -> bool:
        """Whether a thread shows a reply newer than the newest one already taken.

        ``totalReplyCount`` counts public replies only: once a reply is held or removed
        the count drops, and a new reply brings it back to the number last seen, so an
        unchanged count alone does not mean nothing new (a fall is re-read too)."""
        newest = parse_time(state.get("r"))
        if newest is None:
            return bool(embedded)
        return any((parse_time(get_path(r, "snippet", "publishedAt")) or newest) > newest for r in embedded)

    def _list_threads(self, status: str, token: str | None) -> Mapping[str, Any] | None:
        params: dict[str, Any] = {"part": "snippet,replies", "allThreadsRelatedToChannelId": self.channel_id,
                                  "order": "time", "textFormat": "plainText", "maxResults": PAGE_SIZE,
                                  "moderationStatus": status}
        if token:
            params["pageToken"] = token
        try:
            body = self._execute(self._service.commentThreads().list(**params), "commentThreads.list")
        except PermanentError as exc:
            if exc.code == "commentsDisabled":
                log.info("youtube %s: comments are disabled; nothing to read", self.account.id)
                return None
            raise
        return body

    def _list_replies(self, parent_id: str | None) -> list[Mapping[str, Any]]:
        if not parent_id:
            return []
        replies: list[Mapping[str, Any]] = []
        token = None
        for _ in range(MAX_PAGES):
            params: dict[str, Any] = {"part": "snippet", "parentId": parent_id, "maxResults": PAGE_SIZE,
                                      "textFormat": "plainText"}
            if token:
                params["pageToken"] = token
            body = self._execute(self._service.comments().list(**params), "comments.list")
            replies.extend(r for r in body.get("items") or [] if isinstance(r, Mapping))
            token = body.get("nextPageToken")
            if not token:
                break
        return replies

    def _to_comment(self, resource: Mapping[str, Any], thread_id: str, video_id: str | None, default_status: str,
                    now: datetime) -> Comment:
        snippet = resource.get("snippet") or {}
        created = parse_time(snippet.get("publishedAt"))
        if created is None:
            log.warning("youtube %s: comment without publishedAt; using the poll time", self.account.id)
            created = now
        cid = str(resource["id"])
        video = snippet.get("videoId") or video_id
        image = snippet.get("imageUrl")
        status = snippet.get("moderationStatus") or default_status
        return Comment(
            platform=self.platform,
            account_id=self.account.id,
            id=cid,
            thread_id=thread_id,
            parent_id=str(snippet["parentId"]) if snippet.get("parentId") else None,
            author_id=text_or_none(get_path(snippet, "authorChannelId", "value")),
            author_name=text_or_none(snippet.get("authorDisplayName")),
            text=str(snippet.get("textDisplay") or snippet.get("textOriginal") or ""),
            created_at=created,
            permalink=f"https://www.youtube.com/watch?v={video}&lc={cid}" if video else None,
            attachments=(str(image),) if image else (),
            platform_state=STATE_OF.get(status, PlatformState.VISIBLE.value),
            raw=dict(resource),
        )

    # ------------------------------------------------------------------ acting

    def hold_comment(self, comment_id: str) -> None:
        self._set_status(comment_id, "heldForReview")

    def hide_comment(self, comment_id: str) -> None:
        """YouTube's reversible hide is holding the comment for review."""
        self._set_status(comment_id, "heldForReview")

    def restore_comment(self, comment_id: str) -> None:
        self._set_status(comment_id, "published")

    def remove_comment(self, comment_id: str) -> None:
        self._set_status(comment_id, "rejected")

    def ban_author(self, author_id: str, comment_id: str | None = None) -> None:
        """Reject ``comment_id`` and ban its author; YouTube bans only through a comment."""
        if not comment_id:
            raise PermanentError("YouTube can only ban an author by rejecting one of their comments",
                                 platform=self.platform, account=self.account.id, code="banWithoutComment")
        self._set_status(comment_id, "rejected", ban=True)

    def moderation_state(self, comment_id: str) -> str | None:
        """Where ``comment_id`` stands: removed, held, visible, or ``None`` if unsure.

        Fetching by id returns no ``moderationStatus``, but it returns nothing at all for a
        rejected comment; a held comment is found in the channel's held-for-review threads
        (newest first, a few pages at 1 unit each). Costs 1 to 1 + HELD_PAGES units, and is
        only asked after an interrupted write, never on the normal path.
        """
        body = self._execute(self._service.comments().list(part="id", id=comment_id), "comments.list")
        if not any(isinstance(i, Mapping) and i.get("id") == comment_id for i in body.get("items") or []):
            return PlatformState.REMOVED.value
        token = None
        for _ in range(HELD_PAGES):
            page = self._list_threads("heldForReview", token)
            if page is None:
                return PlatformState.VISIBLE.value
            for thread in page.get("items") or []:
                if not isinstance(thread, Mapping):
                    continue
                ids = {thread.get("id"), get_path(thread, "snippet", "topLevelComment", "id")}
                ids.update(r.get("id") for r in get_path(thread, "replies", "comments", default=[]) or []
                           if isinstance(r, Mapping))
                if comment_id in ids:
                    return PlatformState.HELD.value
            token = page.get("nextPageToken")
            if not token:
                return PlatformState.VISIBLE.value
        return None

    def _set_status(self, comment_id: str, status: str, *, ban: bool = False) -> None:
        params: dict[str, Any] = {"id": comment_id, "moderationStatus": status}
        if ban:
            params["banAuthor"] = True
        self._execute(self._service.comments().setModerationStatus(**params), "comments.setModerationStatus")

    # ------------------------------------------------------------------ access check

    def check_access(self) -> AccessReport:
        """Whether the OAuth grant still refreshes, carries ``youtube.force-ssl`` and acts
        for ``channel_id`` (a token refresh, at most one tokeninfo call and one
        ``channels.list``, 1 quota unit; never raises a ``ConnectorError``)."""
        start = self.calls_made
        oauth_calls = 0
        if self._missing:
            return build_report(problems=[f"needs re-authorisation: {self._missing}"])
        if self._api_key_only:
            return build_report(missing=(SCOPE,), problems=[
                "only an API key is set: it reads published comments only; moderation needs OAuth as the channel "
                "owner (CLIENT_ID, CLIENT_SECRET and REFRESH_TOKEN)"])
        notes: list[str] = []
        granted: tuple[str, ...] | None = None
        creds = self._credentials
        if creds is not None and creds.refresh_token:
            oauth_calls += 1
            try:
                creds.refresh(google_auth_httplib2.Request(self._transport))
            except google.auth.exceptions.RefreshError as exc:
                return build_report(problems=[describe_error(self._refresh_error(exc))], calls=oauth_calls)
            except (OSError, httplib2.HttpLib2Error, google.auth.exceptions.TransportError) as exc:
                err = self._error(None, f"Google's token endpoint did not answer ({type(exc).__name__})", None,
                                  ("connection",))
                return build_report(problems=[describe_error(err)], calls=oauth_calls)
            if creds.granted_scopes:
                granted = tuple(creds.granted_scopes)
        if granted is None and creds is not None and creds.token:
            oauth_calls += 1
            granted = self._token_scopes(creds.token, notes)
        elif granted is None:
            notes.append("the token's scopes could not be read")
        missing = (SCOPE,) if granted is not None and SCOPE not in granted else ()
        problems: list[str] = []
        identity = ""
        try:
            body = self._execute(self._service.channels().list(part="id,snippet", mine=True, maxResults=5),
                                 "channels.list")
        except ConnectorError as exc:
            problems.append(describe_error(exc))
        else:
            channels = [c for c in body.get("items") or [] if isinstance(c, Mapping) and c.get("id")]
            if channels:
                first = channels[0]
                title = get_path(first, "snippet", "title")
                identity = f"channel '{title}' ({first['id']})" if title else f"channel {first['id']}"
            if not channels:
                problems.append("the authorised Google account has no YouTube channel")
            elif self.channel_id not in [c["id"] for c in channels]:
                problems.append(f"authorised as a different channel: the token is for {identity}, the config says "
                                f"{self.channel_id}; authorise as the channel owner")
        return build_report(identity=identity, granted=granted or (), missing=missing, problems=problems,
                            notes=notes, calls=self.calls_made - start + oauth_calls)

    def _refresh_error(self, exc: Exception) -> ConnectorError:
        """A refused refresh, through the error table (``refresh_failed`` is an AuthError)."""
        text = str(exc.args[0]) if exc.args else ""
        if "invalid_grant" in text or not text:
            detail = ("refresh token expired or revoked; OAuth apps in Testing status expire refresh tokens after "
                      "7 days")
        else:
            detail = f"the OAuth client was refused ({text}); check CLIENT_ID and CLIENT_SECRET"
        return self._error(None, detail, None, ("refresh_failed",))

    def _token_scopes(self, token: str, notes: list[str]) -> tuple[str, ...] | None:
        """The scopes Google's tokeninfo endpoint reports for an access token."""
        try:
            resp, content = self._transport.request(f"{self._tokeninfo_uri}?{urlencode({'access_token': token})}",
                                                    "GET")
            info = json.loads(content) if int(resp.status) == 200 else None
        except (OSError, httplib2.HttpLib2Error, ValueError):
            info = None
        scope = info.get("scope") if isinstance(info, Mapping) else None
        if not isinstance(scope, str):
            notes.append("Google's tokeninfo did not report the token's scopes")
            return None
        return tuple(scope.split())

    # ------------------------------------------------------------------ the boundary

    def _execute(self, request: Any, method: str) -> Mapping[str, Any]:
        """Run one API request; every failure leaves here as a ``ConnectorError``."""
        if self._missing:
            raise AuthError(self._missing, platform=self.platform, account=self.account.id, code="no_credentials")
        self.calls_made += 1
        # YouTube charges "at least one unit" for a refused call too; the full cost is
        # counted so that budgeting errs on the safe side.
        self.units_used += QUOTA_COST[method]
        try:
            # cleaned once here, so no lone surrogate or NaN reaches a comment or the cursor
            body = clean_json(request.execute(num_retries=0))
        except HttpError as exc:
            raise self._map_http_error(exc, method) from exc
        except google.auth.exceptions.RefreshError as exc:
            raise self._error(None, f"{method}: the OAuth grant was refused; re-authorise the channel", None,
                              ("refresh_failed",)) from exc
        except TimeoutError as exc:
            raise self._error(None, f"{method}: timed out after {self.account.timeout_s:g} s", None,
                              ("timeout",)) from exc
        except (OSError, httplib2.HttpLib2Error, google.auth.exceptions.TransportError) as exc:
            raise self._error(None, f"{method}: connection failed ({type(exc).__name__})", None,
                              ("connection",)) from exc
        except (ValueError, RecursionError) as exc:  # the body was not JSON, or nested past the limit
            raise self._error(None, f"{method}: unreadable response body", None, ("non_json",)) from exc
        except (AttributeError, KeyError, TypeError) as exc:
            # googleapiclient fails while building its HttpError from a malformed error body
            raise self._error(None, f"{method}: unreadable error response ({type(exc).__name__})", None,
                              ("non_json",)) from exc
        if body in (None, ""):
            return {}
        if not isinstance(body, Mapping):
            raise self._error(None, f"{method}: response is not a JSON object", None, ("non_json",))
        return body

    def _map_http_error(self, exc: HttpError, method: str) -> ConnectorError:
        details = exc.error_details if isinstance(exc.error_details, list) else []
        reasons = [str(d.get("reason")) for d in details if isinstance(d, Mapping) and d.get("reason")]
        status = int(exc.resp.status) if exc.resp is not None else None
        detail = f"{method}: {exc.reason or 'request failed'}"
        if reasons:
            detail += f" ({', '.join(reasons)})"
        return self._error(status, detail, exc.resp, reasons)

    def _error(self, status: int | None, detail: str, resp: Any, tags: list[str] | tuple[str, ...]) -> ConnectorError:
        row = match_rule(YOUTUBE_ERRORS, status, tags)
        cls = row.error if row else PermanentError
        code = next((t for t in tags if row and t in row.tags), tags[0] if tags else None)
        kw: dict[str, Any] = {"platform": self.platform, "account": self.account.id, "status": status, "code": code}
        if cls is RateLimitedError:
            err: ConnectorError = RateLimitedError(detail, retry_after_s=_retry_after_s(resp), **kw)
        elif cls is BudgetExhaustedError:
            err = BudgetExhaustedError(detail, until=next_pacific_midnight(self._clock()), **kw)
        else:
            err = cls(detail, **kw)
        err.rule = row.name if row else None  # which table row matched, for logs and tests
        return err


def _public(replies: list[Mapping[str, Any]]) -> int:
    """How many of a thread's carried replies are published. The replies a thread carries
    may include ones held for review (with their ``moderationStatus``), which
    ``totalReplyCount`` leaves out: five carried against a count of three does not mean
    every public reply is among them."""
    return sum(1 for r in replies if (get_path(r, "snippet", "moderationStatus") or "published") == "published")


def _thread_head(thread: Mapping[str, Any]) -> tuple[Mapping[str, Any], str | None, datetime | None]:
    """A thread's top-level comment, its video id and when the comment was published."""
    top = get_path(thread, "snippet", "topLevelComment") or {}
    video_id = get_path(thread, "snippet", "videoId") or get_path(top, "snippet", "videoId")
    return top, video_id, parse_time(get_path(top, "snippet", "publishedAt"))


def _retry_after_s(resp: Any) -> float:
    raw = resp.get("retry-after") if isinstance(resp, Mapping) else None
    try:
        return max(0.0, float(raw)) if raw else DEFAULT_RETRY_AFTER_S
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER_S
