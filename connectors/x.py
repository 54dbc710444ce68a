"""X connector: API v2 through tweepy.

Credentials, either OAuth 1.0a user context (``MONITOR_<ACCOUNT>_CONSUMER_KEY``,
``_CONSUMER_SECRET``, ``_ACCESS_TOKEN``, ``_ACCESS_TOKEN_SECRET``) or an OAuth 2.0 user
token in ``MONITOR_<ACCOUNT>_BEARER_TOKEN`` with scopes ``tweet.read users.read
tweet.moderate.write``, issued to the school's own account from a project app in the X
developer portal. Hiding replies needs user context; an app-only token can only read.

Reading. Each poll reads the account's mentions after ``mentions_since_id``, then, in
one recent search (more only when the 512-character query cannot hold them all), the
school's own recent posts (``from:`` with its own since id), which are the conversations
to watch, OR'ed with ``conversation_id:`` clauses for the replies in those conversations
of the last seven days, from the oldest since id among them. A school post first seen in
a poll has its replies read in the same poll. All lists are followed through
``next_token``; the since ids come from the first page's ``meta.newest_id`` and move only
for a list read to its end, so an idle poll returns nothing and costs nothing but the
calls. A list that fails transiently costs only itself (the poll fails when none got
through); a throttled poll raises with what it read as ``partial``. A bounded set of seen
ids removes the overlap between mentions and conversation replies. The school's own posts
are never returned.
``thread_id`` is the ``conversation_id``; ``parent_id`` is the post replied to, or
``None`` when that is the conversation's first post. ``raw`` has the shape of a v2
single-post response: ``{"data": post, "includes": {"users": [...], "media": [...]}}``.

Acting. Hide and restore are ``PUT /2/tweets/:id/hidden`` and work only on replies in
conversations the school started. X has no review queue (hold is a hide), and removal and
blocking are not available to self-serve apps.

SDK traps handled here (platform reference §4): tweepy's host is hard-coded and it sets no
timeout, so its session is replaced by a :class:`~connectors.http.PlatformSession` that
rewrites the host to the sandbox and always sends a timeout; ``wait_on_rate_limit`` is
never used because without a reset header it retries in a tight loop.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

import requests
import tweepy

from connectors.access import AccessReport, build_report, describe_error
from connectors.base import Capability, Comment, Cursor, FetchResult, PlatformState
from connectors.http import (
    DEFAULT_RETRY_AFTER_S,
    ITEM_ERRORS,
    SANDBOX_TOKEN,
    Clock,
    ErrorRule,
    PlatformSession,
    bounded_ids,
    clean_json,
    get_path,
    item_id,
    mappings,
    match_rule,
    next_utc_midnight,
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

__all__ = ["X_ERRORS", "XConnector"]

log = logging.getLogger(__name__)

API_HOST = "https://api.twitter.com"
# note_tweet carries the full text of posts longer than 280 characters (``text`` is cut)
TWEET_FIELDS = ["created_at", "author_id", "conversation_id", "in_reply_to_user_id", "referenced_tweets",
                "attachments", "entities", "note_tweet"]
EXPANSIONS = ["author_id", "attachments.media_keys"]
USER_FIELDS = ["username", "name"]
MEDIA_FIELDS = ["type", "url", "preview_image_url"]
SEARCH_DAYS = 7  # recent search covers the last seven days only
PAGE_SIZE = 100
MAX_PAGES = 20
#: Conversations searched for replies per poll, the most recent first.
MAX_CONVERSATIONS = 50
#: Recent search's query length limit (platform reference §2).
QUERY_MAX_CHARS = 512
#: Lists that may fail transiently in one poll before the rest is left to the next poll.
MAX_LIST_FAILURES = 2
SEEN_LIMIT = 2000
#: OAuth 2.0 scopes the worker needs (reference §2); offline.access keeps it refreshable.
OAUTH2_SCOPES = ("tweet.read", "users.read", "tweet.moderate.write", "offline.access")

#: X failure -> error class (platform reference §5), first match wins. Tags are the last
#: segment of the problem ``type`` (``usage-capped``, ``client-forbidden``, ...), and the
#: transport tags ``timeout``, ``connection`` and ``non_json`` (a 2xx body that is not JSON).
X_ERRORS: tuple[ErrorRule, ...] = (
    rule("usage capped", BudgetExhaustedError, statuses=(429,), tags=("usage-capped",)),
    rule("no credits", BudgetExhaustedError, statuses=(402,)),  # UNVERIFIED: status of an empty balance
    rule("rate-limited", RateLimitedError, statuses=(429,)),
    rule("no usable answer", RetryableError, tags=("timeout", "connection", "non_json")),
    rule("auth dead", AuthError, statuses=(401,)),
    rule("not allowed", PermanentError, statuses=(403,)),
    rule("gone", GoneError, statuses=(404,)),
    rule("server error", RetryableError, statuses=range(500, 600)),
    rule("errors instead of data", PermanentError, statuses=(200,)),  # e.g. the user id does not exist
    rule("other", PermanentError),
)


class XConnector:
    """The school's X account: mentions and replies in its own conversations."""

    platform = "x"
    capabilities = frozenset({Capability.HIDE, Capability.RESTORE})

    def __init__(self, account: AccountConfig, secrets: AccountSecrets, *, base_url: str | None = None,
                 clock: Clock | None = None) -> None:
        self.account = account
        self.user_id = account.user_id or ""
        # recent search's ``from:`` takes the handle or the numeric user id
        self.handle = account.username or self.user_id
        self._clock = clock or utcnow
        oauth1 = [secrets.get(n) for n in ("consumer_key", "consumer_secret", "access_token", "access_token_secret")]
        bearer = secrets.get("bearer_token")
        self._user_auth = all(oauth1)
        # Missing credentials surface as an AuthError on the first call, where the worker
        # already handles a dead token (mark the account, alert IT once).
        self._missing: str | None = None
        if not self._user_auth and not bearer:
            if base_url is None:
                prefix = account_env_prefix(account.id)
                self._missing = f"no credentials: set {prefix}BEARER_TOKEN or the four OAuth 1.0a variables"
            bearer = SANDBOX_TOKEN
        for value in [bearer, *oauth1]:
            register_secret(value)
        self._client = tweepy.Client(
            bearer_token=bearer,
            consumer_key=oauth1[0], consumer_secret=oauth1[1],
            access_token=oauth1[2], access_token_secret=oauth1[3],
            return_type=dict,
            wait_on_rate_limit=False,
        )
        rewrite = (API_HOST, base_url.rstrip("/")) if base_url else None
        self._session = PlatformSession(timeout_s=account.timeout_s, rewrite=rewrite)
        self._client.session = self._session

    @property
    def calls_made(self) -> int:
        """API calls attempted since construction (successful or not)."""
        return self._session.calls

    # ------------------------------------------------------------------ reading

    def fetch_new_comments(self, cursor: Cursor | None) -> FetchResult:
        start_calls = self._session.calls
        now = self._clock()
        cursor = cursor or {}
        seen_list: list[str] = list(cursor.get("seen") or [])
        seen = set(seen_list)
        lookback = timedelta(days=self.account.lookback_days)
        search_floor = now - timedelta(days=min(self.account.lookback_days, SEARCH_DAYS))
        comments: list[Comment] = []
        # the since ids, each moved only once its list has been read to the end
        marks: dict[str, Any] = {"mentions": cursor.get("mentions_since_id"),
                                 "timeline": cursor.get("timeline_since_id")}
        conversations: dict[str, dict[str, Any]] = {
            cid: dict(state) for cid, state in (cursor.get("conversations") or {}).items()
            if (parse_time(state.get("created_at")) or now) >= search_floor
        }
        known = set(conversations)  # those dropped below are not new, even when seen again
        if len(conversations) > MAX_CONVERSATIONS:
            # A junk page of 20,000 posts once made one poll run 20,000 searches. The most
            # recent conversations are the ones still drawing replies.
            log.warning("x %s: %d conversations, searching the %d most recent", self.account.id,
                        len(conversations), MAX_CONVERSATIONS)
            recent = sorted(conversations.items(), key=lambda kv: parse_time(kv[1].get("created_at")) or now,
                            reverse=True)
            conversations = dict(recent[:MAX_CONVERSATIONS])
        searched = list(conversations)  # those found in this poll are searched after these
        found: dict[str, dict[str, Any]] = {}

        def take(tweets: list[Mapping[str, Any]], includes: Mapping[str, Any]) -> None:
            for tweet in tweets:
                tid = item_id(tweet.get("id"))
                if not tid:
                    log.warning("x %s: post without a usable id skipped", self.account.id)
                    continue
                own = tweet.get("author_id") == self.user_id
                if own and (item_id(tweet.get("conversation_id")) or tid) == tid:
                    # the school's own post starting a conversation: one to watch
                    created = parse_time(tweet.get("created_at")) or now
                    if created >= search_floor and tid not in known:
                        found.setdefault(tid, {"since_id": None, "created_at": to_iso(created)})
                if tid in seen:
                    continue
                seen.add(tid)
                seen_list.append(tid)
                if own:
                    continue  # the school's own posts are not moderated
                try:
                    comments.append(self._to_comment(tweet, includes, now))
                except ITEM_ERRORS as exc:  # a malformed post is skipped, its neighbours kept
                    log.warning("x %s: malformed post %s skipped (%s)", self.account.id, tid, type(exc).__name__)

        def progress() -> FetchResult:
            watched = {**conversations, **{k: v for k, v in found.items() if k not in conversations}}
            if len(watched) > MAX_CONVERSATIONS:  # the most recent ones, as at the start of a poll
                watched = dict(sorted(watched.items(), key=lambda kv: kv[1].get("created_at") or "",
                                      reverse=True)[:MAX_CONVERSATIONS])
            new_cursor: Cursor = {
                "v": 1,
                "mentions_since_id": marks["mentions"],
                "timeline_since_id": marks["timeline"],
                "conversations": watched,
                "seen": bounded_ids(seen_list, SEEN_LIMIT),
                "polled_at": to_iso(now),
            }
            return FetchResult(comments=list(comments), cursor=new_cursor, calls=self._session.calls - start_calls)

        def read_mentions() -> None:
            since = marks["mentions"]
            params: dict[str, Any] = {"since_id": since} if since else {"start_time": now - lookback}
            newest = self._read(self._client.get_users_mentions, self.user_id, "pagination_token", params, take)
            marks["mentions"] = newest or since

        def read_search(batch: list[str], with_own: bool) -> None:
            # Recent search rather than the user timeline for the school's posts: with
            # since_id an idle call returns nothing, and it rides along with the replies.
            clauses = ([f"(from:{self.handle} -is:reply -is:retweet)"] if with_own else []) + [
                f"conversation_id:{cid}" for cid in batch]
            # A reply is newer than the post it answers, so a conversation not yet read
            # from starts at its own id; everything after the oldest mark is read once.
            starts = [conversations[cid].get("since_id") or cid for cid in batch]
            if with_own:
                starts.append(marks["timeline"])
            since = None if None in starts else min(starts, key=_id_order)
            stamp = snowflake_time(since)
            params: dict[str, Any] = {"query": " OR ".join(clauses), "sort_order": "recency"}
            if since and stamp is not None and stamp > search_floor + timedelta(minutes=5):
                # recent search refuses a since_id from before its seven-day window (the
                # school may not have posted for a week); without one it reads the window
                params["since_id"] = since
            newest = self._read(self._client.search_recent_tweets, None, "next_token", params, take)
            if newest:  # every post of these lists up to ``newest`` has now been read
                for cid in batch:
                    conversations[cid]["since_id"] = max(conversations[cid].get("since_id") or newest, newest,
                                                         key=_id_order)
                if with_own:
                    marks["timeline"] = max(marks["timeline"] or newest, newest, key=_id_order)

        # Each list keeps its own since id, so a list that meets a transient failure
        # costs only itself: with a fifth of calls failing, a poll that needed every call
        # to succeed almost never completed (issue 7.2). Throttling and dead credentials
        # still end the poll (the worker pauses or alerts); on a throttle the progress made
        # so far rides on the error as ``partial`` (a FetchResult) for the worker to store.
        lists = [read_mentions] + [
            (lambda batch=batch, n=n: read_search(batch, n == 0))
            for n, batch in enumerate(_batches(searched, len(f"(from:{self.handle} -is:reply -is:retweet)")))]
        failures: list[RetryableError] = []
        read_through = 0

        def run(read: Any) -> None:
            nonlocal read_through
            if len(failures) >= MAX_LIST_FAILURES:
                return  # the platform is struggling: the rest waits for the next poll
            try:
                read()
                read_through += 1
            except (RateLimitedError, BudgetExhaustedError) as exc:
                if read_through:
                    exc.partial = progress()  # type: ignore[attr-defined]
                raise
            except RetryableError as exc:
                log.warning("x %s: a list was not read, it is read again next poll (%s)", self.account.id, exc)
                failures.append(exc)

        for read in lists:
            run(read)
        if found and not failures:
            # the school's posts first seen now: their replies are read in this poll too
            # (the most recent MAX_CONVERSATIONS of them: a junk page of thousands of posts
            # must not become hundreds of searches)
            fresh = sorted(found, key=lambda k: found[k]["created_at"] or "", reverse=True)[:MAX_CONVERSATIONS]
            conversations.update((k, found[k]) for k in fresh)
            found.clear()
            for batch in _batches(fresh, 0):
                run(lambda batch=batch: read_search(batch, False))
        if failures and not read_through:
            raise failures[0]  # nothing got through: the poll failed
        return progress()

    def _read(self, method: Any, user_id: str | None, token_name: str, params: dict[str, Any], sink: Any,
              fields: list[str] | None = None) -> str | None:
        """Follow one list through its pages; return the first page's ``meta.newest_id``."""
        newest: str | None = None
        token: str | None = None
        for page_no in range(MAX_PAGES):
            kwargs = dict(params, max_results=PAGE_SIZE, tweet_fields=fields or TWEET_FIELDS,
                          user_auth=self._user_auth)
            if fields is None:
                kwargs.update(expansions=EXPANSIONS, user_fields=USER_FIELDS, media_fields=MEDIA_FIELDS)
            if token:
                kwargs[token_name] = token
            body = self._call(method, *([user_id] if user_id else []), **kwargs)
            if not isinstance(body, Mapping):
                raise self._error("response is not a JSON object", None, tags=("non_json",))
            problems = mappings(body.get("errors"))
            if problems and "data" not in body and "meta" not in body:
                # X answers 200 with only errors when the request names something that
                # does not exist (a wrong user id): nothing will ever be read this way.
                first = problems[0]
                kind = str(first.get("type") or "").rstrip("/").rsplit("/", 1)[-1]
                raise self._error(str(first.get("detail") or first.get("title") or "request refused"),
                                  self._session.last_response, tags=[kind] if kind else [])
            for problem in problems:
                log.info("x %s: partial error in a list response: %s", self.account.id,
                         problem.get("title") or problem.get("message") or "unknown")
            data = body.get("data") or []
            if not isinstance(data, list):
                raise self._error("data is not a list", None, tags=("non_json",))
            if page_no == 0:
                newest = item_id(get_path(body, "meta", "newest_id")) or (
                    item_id(data[0].get("id")) if data and isinstance(data[0], Mapping) else None)
            includes = body.get("includes")
            sink([t for t in data if isinstance(t, Mapping)], includes if isinstance(includes, Mapping) else {})
            token = get_path(body, "meta", "next_token")
            if not token or not isinstance(token, str) or not data:
                return newest
        log.warning("x %s: stopped paging after %d pages", self.account.id, MAX_PAGES)
        return newest

    def _to_comment(self, tweet: Mapping[str, Any], includes: Mapping[str, Any], now: datetime) -> Comment:
        # includes belong to the whole page: junk there costs this post its author and
        # images, never the post itself
        users = {item_id(u.get("id")): u for u in mappings(includes.get("users"))}
        media = {item_id(m.get("media_key")): m for m in mappings(includes.get("media"))}
        author = users.get(item_id(tweet.get("author_id")))
        keys = get_path(tweet, "attachments", "media_keys", default=[])
        own_media = [media[k] for k in (keys if isinstance(keys, list) else []) if isinstance(k, str) and k in media]
        created = parse_time(tweet.get("created_at"))
        if created is None:
            log.warning("x %s: post without created_at; using the poll time", self.account.id)
            created = now
        tid = str(tweet["id"])
        conversation = str(tweet.get("conversation_id") or tid)
        parent = next((r.get("id") for r in tweet.get("referenced_tweets") or []
                       if isinstance(r, Mapping) and r.get("type") == "replied_to"), None)
        username = text_or_none(get_path(author, "username"))
        images = []
        for item in own_media:
            url = item.get("url") if item.get("type") == "photo" else item.get("preview_image_url")
            if url:
                images.append(str(url))
        includes_raw: dict[str, Any] = {}
        if author:
            includes_raw["users"] = [dict(author)]
        if own_media:
            includes_raw["media"] = [dict(m) for m in own_media]
        return Comment(
            platform=self.platform,
            account_id=self.account.id,
            id=tid,
            thread_id=conversation,
            parent_id=str(parent) if parent and str(parent) != conversation else None,
            author_id=str(tweet["author_id"]) if tweet.get("author_id") else None,
            author_name=username or text_or_none(get_path(author, "name")),
            text=str(get_path(tweet, "note_tweet", "text") or tweet.get("text") or ""),
            created_at=created,
            permalink=f"https://x.com/{username}/status/{tid}" if username else f"https://x.com/i/web/status/{tid}",
            attachments=tuple(images),
            platform_state=PlatformState.VISIBLE.value,
            raw={"data": dict(tweet), "includes": includes_raw},
        )

    # ------------------------------------------------------------------ acting

    def hide_comment(self, comment_id: str) -> None:
        self._set_hidden(comment_id, True)

    def restore_comment(self, comment_id: str) -> None:
        self._set_hidden(comment_id, False)

    def hold_comment(self, comment_id: str) -> None:
        """X has no review queue: a hold is a hide."""
        self._set_hidden(comment_id, True)

    def remove_comment(self, comment_id: str) -> None:
        raise PermanentError("X does not let an account remove other people's posts",
                             platform=self.platform, account=self.account.id, code="not_supported")

    def ban_author(self, author_id: str, comment_id: str | None = None) -> None:
        raise PermanentError("X blocking through the API is Enterprise-only",
                             platform=self.platform, account=self.account.id, code="not_supported")

    def _set_hidden(self, comment_id: str, hidden: bool) -> None:
        method = self._client.hide_reply if hidden else self._client.unhide_reply
        body = self._call(method, comment_id, user_auth=self._user_auth)
        if get_path(body, "data", "hidden") is not (hidden):
            raise self._error(f"X did not {'hide' if hidden else 'unhide'} {comment_id}", None, tags=("refused",))

    # ------------------------------------------------------------------ access check

    def check_access(self) -> AccessReport:
        """Whether the credentials act as ``user_id`` in user context, which hiding replies
        needs (one read call, ``GET /2/users/me``; never raises a ``ConnectorError``)."""
        start = self._session.calls
        try:
            body = self._call(self._client.get_me, user_auth=self._user_auth, user_fields=["username", "name"])
        except PermanentError as exc:
            if exc.code == "unsupported-authentication":
                return build_report(
                    missing=("user context",), calls=self._session.calls - start,
                    problems=["the token is app-only (the app's own, not the school account's): it can read "
                              "but cannot hide replies; use OAuth 1.0a user tokens or an OAuth 2.0 user token with "
                              "scopes "
                              f"{' '.join(OAUTH2_SCOPES)}"])
            return build_report(problems=[describe_error(exc)], calls=self._session.calls - start)
        except ConnectorError as exc:
            problem = describe_error(exc)
            if isinstance(exc, AuthError) and not self._user_auth and exc.code != "no_credentials":
                problem += " (OAuth 2.0 user tokens expire after 2 hours)"
            return build_report(problems=[problem], calls=self._session.calls - start)
        user = get_path(body, "data") or {}
        user_id, username = str(get_path(user, "id") or ""), get_path(user, "username")
        identity = f"@{username} ({user_id})" if username else user_id
        problems: list[str] = []
        if user_id != self.user_id:
            problems.append(f"the credentials act as {identity}, not the configured user_id {self.user_id}: "
                            "authorise as the school's own account")
        notes: list[str] = []
        granted: tuple[str, ...] = ()
        missing: tuple[str, ...] = ()
        if self._user_auth:
            response = self._session.last_response
            level = response.headers.get("x-access-level") if response is not None else None
            if level:
                granted = tuple(level.split("-")[:2]) if level.startswith("read-write") else (level,)
                if "write" not in granted:
                    missing = ("write",)
                    problems.append(f"the app's permission is {level!r}: hiding replies needs 'Read and write' "
                                    "(change it in the developer portal, then regenerate the access token)")
            else:
                notes.append("X did not report the app's permission; hiding replies needs 'Read and write'")
        else:
            # /2/users/me answers a user token only with tweet.read and users.read
            granted = ("tweet.read", "users.read")
            notes.append("X does not report an OAuth 2.0 token's other scopes; hiding replies needs "
                         "tweet.moderate.write, and offline.access to refresh the 2-hour token")
        return build_report(identity=identity, granted=granted, missing=missing, problems=problems, notes=notes,
                            calls=self._session.calls - start)

    # ------------------------------------------------------------------ the boundary

    def _call(self, method: Any, *args: Any, **kwargs: Any) -> Any:
        """One tweepy call; every failure leaves here as a ``ConnectorError``."""
        if self._missing:
            raise AuthError(self._missing, platform=self.platform, account=self.account.id, code="no_credentials")
        try:
            # cleaned once here, so no lone surrogate or NaN reaches a comment or the cursor
            return clean_json(method(*args, **kwargs))
        except tweepy.HTTPException as exc:
            raise self._map_http_error(exc) from exc
        except requests.JSONDecodeError as exc:
            raise self._error("unreadable response body", None, tags=("non_json",)) from exc
        except requests.Timeout as exc:
            raise self._error(f"timed out after {self.account.timeout_s:g} s", None, tags=("timeout",)) from exc
        except requests.RequestException as exc:
            raise self._error(f"connection failed ({type(exc).__name__})", None, tags=("connection",)) from exc
        except (ValueError, RecursionError) as exc:  # a 2xx body that is not JSON, or nested past the limit
            raise self._error("unreadable response body", None, tags=("non_json",)) from exc
        except tweepy.TweepyException as exc:
            raise self._error(f"client error ({type(exc).__name__})", None, tags=("client",)) from exc

    def _map_http_error(self, exc: tweepy.HTTPException) -> ConnectorError:
        response = exc.response
        try:
            body = response.json()
        except (ValueError, RecursionError):
            body = None
        problem_type = get_path(body, "type") if isinstance(body, Mapping) else None
        tags = [str(problem_type).rstrip("/").rsplit("/", 1)[-1]] if problem_type else []
        title = (get_path(body, "detail") or get_path(body, "title")) if isinstance(body, Mapping) else None
        detail = title or "; ".join(str(m) for m in exc.api_messages) or (response.reason or "request failed")
        return self._error(str(detail), response, tags=tags)

    def _error(self, detail: str, response: requests.Response | None, *,
               tags: tuple[str, ...] | list[str] = ()) -> ConnectorError:
        """The error for a failed call, picked from :data:`X_ERRORS`."""
        status = response.status_code if response is not None else None
        row = match_rule(X_ERRORS, status, tags)
        cls = row.error if row else PermanentError
        kw: dict[str, Any] = {"platform": self.platform, "account": self.account.id, "status": status,
                              "code": tags[0] if tags else None}
        reset = _reset_time(response)
        if cls is RateLimitedError:
            wait = (reset - self._clock()).total_seconds() if reset else DEFAULT_RETRY_AFTER_S
            err: ConnectorError = RateLimitedError(detail, retry_after_s=max(0.0, wait), **kw)
        elif cls is BudgetExhaustedError:
            err = BudgetExhaustedError(detail, until=reset or next_utc_midnight(self._clock()), **kw)
        else:
            err = cls(detail, **kw)
        err.rule = row.name if row else None  # which table row matched, for logs and tests
        return err


def snowflake_time(post_id: str | None) -> datetime | None:
    """When an X id was created (ids are snowflakes: milliseconds since 2010-11-04 << 22)."""
    try:
        ms = (int(post_id) >> 22) + 1288834974657 if post_id else None
    except ValueError:
        return None
    return datetime.fromtimestamp(ms / 1000, timezone.utc) if ms and ms > 1288834974657 else None


def _id_order(post_id: str) -> tuple[int, str]:
    """Sort key of X ids: numeric (snowflakes grow with time), junk first."""
    return (int(post_id), post_id) if post_id.isdigit() else (-1, post_id)


def _batches(conversations: list[str], own_clause_chars: int) -> list[list[str]]:
    """Conversation ids grouped into ``conversation_id:`` clauses joined by `` OR `` that
    fit :data:`QUERY_MAX_CHARS`; the first group also carries the school's own-posts
    clause of ``own_clause_chars``. Always at least one (possibly empty) group."""
    batches: list[list[str]] = [[]]
    used = own_clause_chars
    for cid in conversations:
        clause = len(" OR ") + len(f"conversation_id:{cid}")
        if used + clause > QUERY_MAX_CHARS and batches[-1]:
            batches.append([])
            used = -len(" OR ")
        batches[-1].append(cid)
        used += clause
    return batches


def _reset_time(response: requests.Response | None) -> datetime | None:
    raw = response.headers.get("x-rate-limit-reset") if response is not None else None
    try:
        return datetime.fromtimestamp(int(raw), timezone.utc) if raw else None
    except (TypeError, ValueError, OverflowError):
        return None
