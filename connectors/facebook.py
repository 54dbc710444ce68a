"""Facebook Page connector: Graph API through facebook-sdk.

Credentials: a Page access token (``MONITOR_<ACCOUNT>_PAGE_TOKEN``) for the school's Page,
obtained from ``GET /me/accounts`` with a long-lived User token of someone who has the
MODERATE task on the Page; permissions ``pages_show_list``, ``pages_read_engagement``,
``pages_read_user_content`` and ``pages_manage_engagement`` (see the README set-up).

Reading. Each poll lists the Page's feed for the last ``lookback_days`` (own posts and
visitor posts), each post with its newest comments and replies as one flat list
(``comments.filter(stream).order(reverse_chronological)`` by field expansion), and pages
through a post's ``comments`` edge only until the post's watermark minus an overlap, so an
idle poll is a single call. The cursor keeps, per post, the newest comment time seen, a bounded set of
recently seen ids (so the overlap yields no duplicates) and the newest feed item time (for
visitor posts, which are moderated like comments). Posts that leave the window leave the
cursor. A listing that breaks off (an empty page behind a ``next`` link: the item its
cursor pointed at was deleted meanwhile) leaves the marks it covers where they were, so
the next poll reads that part again instead of skipping it. The Page's own posts and
comments are never returned. ``parent_id`` is the comment a reply answers; ``None`` for a
top-level comment or a visitor post.

Acting. Hide and restore set ``is_hidden``; remove is ``DELETE``; ban posts the author to
``/{page-id}/blocked``. There is no review queue on Facebook, so hold is a hide. Before a
hide or a removal the comment is read once to honour ``can_hide``/``can_remove`` and to
treat an already-hidden comment as done.

SDK traps handled here (platform reference §4): facebook-sdk rejects modern version
strings, so ``version`` is set after construction; it has no default timeout and forgets
the HTTP status and headers of failures, so all calls go through a
:class:`~connectors.http.PlatformSession` which also redirects the host to the sandbox
(``FACEBOOK_GRAPH_URL`` is a module global and is left alone); and ``paging.next`` is
followed by hand because ``get_all_connections`` fails on next URLs without a token.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlparse

import facebook
import requests

from connectors.access import AccessReport, build_report, describe_error
from connectors.base import Capability, Comment, Cursor, FetchResult, PlatformState
from connectors.http import (
    DEFAULT_RETRY_AFTER_S,
    ITEM_ERRORS,
    OVERLAP_S,
    SANDBOX_TOKEN,
    Clock,
    ErrorRule,
    PlatformSession,
    bounded_ids,
    clean_json,
    get_path,
    item_id,
    match_rule,
    parse_time,
    rule,
    to_iso,
    utcnow,
)
from monitor.config import AccountConfig, AccountSecrets, account_env_prefix
from monitor.errors import (
    AuthError,
    ConnectorError,
    GoneError,
    PermanentError,
    RateLimitedError,
    RetryableError,
    register_secret,
)

__all__ = ["FACEBOOK_ERRORS", "FacebookConnector"]

log = logging.getLogger(__name__)

GRAPH_URL = "https://graph.facebook.com/"
COMMENT_FIELDS = (
    "id,message,from{id,name},created_time,parent{id},permalink_url,attachment,"
    "message_tags,is_hidden,can_hide,can_remove,comment_count"
)
PAGE_SIZE = 100  # comment pages
FEED_PAGE_SIZE = 25  # posts per feed page, each carrying its newest comments
NESTED_COMMENTS = 25
#: Each post comes with its newest comments (field expansion), so an idle poll is one
#: call; only a post with more new comments than fit is paged through its own edge.
POST_FIELDS = (
    "id,created_time,updated_time,message,permalink_url,from{id,name},attachments{type,media,url},is_hidden,"
    f"comments.filter(stream).order(reverse_chronological).limit({NESTED_COMMENTS}){{{COMMENT_FIELDS}}}"
)
MAX_PAGES = 50  # per edge per poll; a runaway paging loop must end
SEEN_LIMIT = 2000
RATE_LIMIT_CODES = (4, 17, 32, 613, 80001)
#: Permissions the worker needs (reference §1); pages_manage_metadata too with webhooks.
REQUIRED_PERMISSIONS = ("pages_read_engagement", "pages_read_user_content", "pages_manage_engagement")

#: Graph error -> error class (platform reference §5), first match wins. Tags are the
#: Graph ``code`` as a string, ``is_transient``, ``non_json`` for a body that is not a
#: Graph error, ``can_hide=false``/``can_remove=false`` from the pre-check, and the
#: transport tags ``timeout`` and ``connection``.
FACEBOOK_ERRORS: tuple[ErrorRule, ...] = (
    rule("rate-limited", RateLimitedError, tags=RATE_LIMIT_CODES),
    rule("timeout or connection", RetryableError, tags=("timeout", "connection")),
    rule("transient", RetryableError, tags=(1, 2, "is_transient", "non_json")),
    rule("token dead", AuthError, tags=(190,)),
    rule("missing permission", AuthError, tags=(10, *range(200, 300))),
    rule("gone", GoneError, tags=(100,), subcodes=(33,)),
    rule("not allowed", PermanentError, tags=(368, "can_hide=false", "can_remove=false")),
    rule("server error", RetryableError, statuses=range(500, 600)),
    rule("other", PermanentError),
)


class FacebookConnector:
    """A Facebook Page, read and moderated through the Graph API."""

    platform = "facebook"
    capabilities = frozenset({Capability.HIDE, Capability.RESTORE, Capability.REMOVE, Capability.BAN})

    def __init__(self, account: AccountConfig, secrets: AccountSecrets, *, base_url: str | None = None,
                 clock: Clock | None = None) -> None:
        self.account = account
        self.page_id = account.page_id or ""
        self._clock = clock or utcnow
        token = secrets.get("page_token")
        # Missing credentials surface as an AuthError on the first call, where the worker
        # already handles a dead token (mark the account, alert IT once).
        self._missing: str | None = None
        if not token and base_url is None:
            self._missing = f"no Page token: set {account_env_prefix(account.id)}PAGE_TOKEN"
        token = token or SANDBOX_TOKEN
        register_secret(token)
        # webhooks need one more permission, checked by check_access()
        self._webhooks = bool(secrets.get("app_secret"))
        rewrite = (GRAPH_URL, base_url.rstrip("/") + "/") if base_url else None
        self._session = PlatformSession(timeout_s=account.timeout_s, rewrite=rewrite)
        self._graph = facebook.GraphAPI(access_token=token, timeout=account.timeout_s, session=self._session)
        # facebook-sdk only accepts versions up to 3.1 in its constructor; the URL is
        # built from this attribute, so the configured version is set afterwards.
        self._graph.version = account.graph_version

    @property
    def calls_made(self) -> int:
        """API calls attempted since construction (successful or not)."""
        return self._session.calls

    @property
    def usage_pct(self) -> float | None:
        """The highest usage percentage Graph reported on the last response (``X-App-Usage``
        and ``X-Business-Use-Case-Usage``; throttling starts at 100), ``None`` if unknown.
        The scheduler can stretch this account's interval as it nears 100."""
        response = self._session.last_response
        return _usage_pct(response.headers) if response is not None else None

    # ------------------------------------------------------------------ reading

    def fetch_new_comments(self, cursor: Cursor | None) -> FetchResult:
        start_calls = self._session.calls
        now = self._clock()
        cursor = cursor or {}
        old_posts: Mapping[str, Any] = cursor.get("posts") or {}
        seen_list: list[str] = list(cursor.get("seen") or [])
        seen = set(seen_list)
        feed_mark = parse_time(cursor.get("feed_newest"))
        overlap = timedelta(seconds=OVERLAP_S)

        comments: list[Comment] = []
        posts_state: dict[str, str | None] = {}
        feed_newest = feed_mark
        since = now - timedelta(days=self.account.lookback_days)

        feed_params = {"fields": POST_FIELDS, "since": int(since.timestamp()), "limit": FEED_PAGE_SIZE}
        feed_paging: dict[str, bool] = {}
        for post in self._paged(f"{self.page_id}/feed", feed_params, feed_paging):
            post_id = item_id(post.get("id"))
            if not post_id:
                log.warning("facebook %s: feed item without id skipped", self.account.id)
                continue
            created = parse_time(post.get("created_time"))
            if created and (feed_newest is None or created > feed_newest):
                feed_newest = created
            is_visitor = get_path(post, "from", "id") != self.page_id
            if is_visitor and post_id not in seen and (
                feed_mark is None or created is None or created >= feed_mark - overlap
            ):
                try:
                    comments.append(self._to_comment(post, post_id, now, is_post=True))
                except ITEM_ERRORS as exc:  # a malformed item is skipped, its neighbours kept
                    log.warning("facebook %s: malformed feed item %s skipped (%s)", self.account.id, post_id,
                                type(exc).__name__)
                seen_list.append(post_id)
                seen.add(post_id)

            mark = parse_time(old_posts.get(post_id)) if isinstance(old_posts, Mapping) else None
            newest = mark
            paging: dict[str, bool] = {}
            for item in self._read_comments(post_id, mark, post.get("comments"), paging):
                cid = item_id(item.get("id"))
                created_c = parse_time(item.get("created_time"))
                if created_c and (newest is None or created_c > newest):
                    newest = created_c
                if not cid:
                    log.warning("facebook %s: comment without a usable id skipped", self.account.id)
                    continue
                if cid in seen:
                    continue
                seen_list.append(cid)
                seen.add(cid)
                if get_path(item, "from", "id") == self.page_id:
                    continue  # the school's own replies are not moderated
                try:
                    comments.append(self._to_comment(item, post_id, now))
                except ITEM_ERRORS as exc:
                    log.warning("facebook %s: malformed comment %s skipped (%s)", self.account.id, cid,
                                type(exc).__name__)
            if paging.get("cut"):
                # The listing ended before reaching the mark: what lies below the pages read
                # is unread, so the mark stays and the next poll reads down to it again.
                posts_state[post_id] = to_iso(mark) if mark else None
            else:
                posts_state[post_id] = to_iso(newest) if newest else None
        if feed_paging.get("cut"):
            # Posts on the feed pages not read keep their marks (instead of leaving the cursor
            # and being read from the start), and so does the feed's visitor-post mark.
            feed_newest = feed_mark
            for post_id, value in (old_posts.items() if isinstance(old_posts, Mapping) else ()):
                posts_state.setdefault(str(post_id), value if isinstance(value, str) else None)

        new_cursor: Cursor = {
            "v": 1,
            "feed_newest": to_iso(feed_newest) if feed_newest else None,
            "posts": posts_state,
            "seen": bounded_ids(seen_list, SEEN_LIMIT),
            "polled_at": to_iso(now),
        }
        return FetchResult(comments=comments, cursor=new_cursor, calls=self._session.calls - start_calls)

    def _read_comments(self, post_id: str, mark: datetime | None, first: Any,
                       paging: dict[str, bool]) -> Iterator[dict]:
        """Comments and replies of one post, newest first, down to ``mark`` minus the overlap.

        ``first`` is the page of comments that came with the post (``None`` when the post
        has none); later pages are read from the post's own ``comments`` edge. ``paging``
        gets ``cut`` when the listing broke off early (see :meth:`_pages`).
        """
        floor = mark - timedelta(seconds=OVERLAP_S) if mark else None
        if first is None:
            return
        if not isinstance(first, Mapping) or not isinstance(first.get("data"), list):
            # a malformed nested page spoils this post's comments only, not the poll
            log.warning("facebook %s: malformed comments of %s skipped", self.account.id, post_id)
            return
        for page in self._pages(f"{post_id}/comments", {}, first=first, page_size=PAGE_SIZE, paging=paging):
            reached = False
            for item in page:
                created = parse_time(item.get("created_time"))
                if floor is not None and created is not None and created < floor:
                    reached = True
                    continue
                yield item
            if reached:
                return

    def _paged(self, path: str, params: dict[str, Any], paging: dict[str, bool]) -> Iterator[dict]:
        for page in self._pages(path, params, paging=paging):
            yield from page

    def _pages(self, path: str, params: dict[str, Any], *, first: Any = None, page_size: int | None = None,
               paging: dict[str, bool] | None = None) -> Iterator[list[dict]]:
        """Pages of ``data`` of a Graph edge, following ``paging.next`` by its query.

        ``first`` is an already fetched first page (from field expansion). An empty page
        behind a ``next`` link means the listing broke off, not that it ended: Graph's
        cursors point at an item, and one deleted meanwhile (the worker removes comments
        while it reads) can leave nothing after it. ``paging["cut"]`` is then set, so the
        caller keeps its mark and reads that part again on the next poll.
        """
        args = dict(params)
        body = first
        followed = False
        for _ in range(MAX_PAGES):
            if body is None:
                body = self._request(path, args)
            data = body.get("data") if isinstance(body, Mapping) else None
            if not isinstance(data, list):
                raise self._error("response has no data list", tags=("non_json",))
            if followed and not data and paging is not None:
                log.info("facebook %s: %s broke off after a next link; read again next poll", self.account.id, path)
                paging["cut"] = True
            yield [item for item in data if isinstance(item, Mapping)]
            next_url = get_path(body, "paging", "next")
            if not next_url or not isinstance(next_url, str) or not data:
                return
            query = parse_qs(urlparse(next_url).query)
            query.pop("access_token", None)
            args = {k: v[-1] for k, v in query.items()}
            if page_size:
                args["limit"] = page_size  # the nested first page is small; later ones need not be
            body = None
            followed = True
        log.warning("facebook %s: stopped paging %s after %d pages", self.account.id, path, MAX_PAGES)

    def _to_comment(self, item: Mapping[str, Any], post_id: str, now: datetime, *, is_post: bool = False) -> Comment:
        created = parse_time(item.get("created_time"))
        if created is None:
            log.warning("facebook %s: item without created_time; using the poll time", self.account.id)
            created = now
        parent = None if is_post else get_path(item, "parent", "id")
        return Comment(
            platform=self.platform,
            account_id=self.account.id,
            id=str(item["id"]),
            thread_id=str(post_id),
            parent_id=str(parent) if parent else None,
            author_id=_str_or_none(get_path(item, "from", "id")),
            author_name=_str_or_none(get_path(item, "from", "name")),
            text=str(item.get("message") or ""),
            created_at=created,
            permalink=_str_or_none(item.get("permalink_url")),
            attachments=_image_urls(item),
            platform_state=(PlatformState.HIDDEN if item.get("is_hidden") else PlatformState.VISIBLE).value,
            raw={k: v for k, v in item.items() if not (is_post and k == "comments")},
        )

    # ------------------------------------------------------------------ acting

    def hide_comment(self, comment_id: str) -> None:
        current = self._request(comment_id, {"fields": "id,is_hidden,can_hide"})
        if isinstance(current, Mapping) and current.get("is_hidden") is True:
            return
        if isinstance(current, Mapping) and current.get("can_hide") is False:
            raise self._error(f"comment {comment_id} cannot be hidden by the Page", tags=("can_hide=false",))
        self._expect_success(self._request(comment_id, post_args={"is_hidden": "true"}), "hide", comment_id)

    def restore_comment(self, comment_id: str) -> None:
        self._expect_success(self._request(comment_id, post_args={"is_hidden": "false"}), "unhide", comment_id)

    def remove_comment(self, comment_id: str) -> None:
        current = self._request(comment_id, {"fields": "id,can_remove"})
        if isinstance(current, Mapping) and current.get("can_remove") is False:
            raise self._error(f"comment {comment_id} cannot be removed by the Page", tags=("can_remove=false",))
        self._expect_success(self._request(comment_id, method="DELETE"), "delete", comment_id)

    def hold_comment(self, comment_id: str) -> None:
        """Facebook has no review queue: a hold is a hide."""
        self.hide_comment(comment_id)

    def ban_author(self, author_id: str, comment_id: str | None = None) -> None:
        result = self._request(f"{self.page_id}/blocked", post_args={"user": json.dumps([author_id])})
        if isinstance(result, Mapping) and result.get(author_id) is False:
            raise self._error(f"the Page could not block author {author_id}", tags=("refused",))

    def _expect_success(self, result: Any, what: str, comment_id: str) -> None:
        if isinstance(result, Mapping) and result.get("success") is False:
            raise self._error(f"{what} of {comment_id} was refused (success=false)", tags=("refused",))

    # ------------------------------------------------------------------ access check

    def check_access(self) -> AccessReport:
        """Whether the token is a live Page token for ``page_id`` with the permissions and
        Page task moderation needs (three read calls; never raises a ``ConnectorError``)."""
        start = self._session.calls
        needed = REQUIRED_PERMISSIONS + (("pages_manage_metadata",) if self._webhooks else ())
        problems: list[str] = []
        notes: list[str] = []
        try:
            me = self._request("me", {"fields": "id,name"})
        except ConnectorError as exc:
            return build_report(problems=[describe_error(exc)], calls=self._session.calls - start)
        me_id, me_name = str(get_path(me, "id") or ""), str(get_path(me, "name") or "")
        identity = f"'{me_name}' ({me_id})" if me_name else me_id
        if me_id != self.page_id:
            problems.append(f"the token acts as {identity}, not the configured Page {self.page_id}: use the Page "
                            "token of that Page (GET /me/accounts with a User token)")
        granted, info_problems = self._token_permissions(notes)
        problems.extend(info_problems)
        if granted is None:
            if not info_problems:
                notes.append("the token's permissions could not be read; check them in the app dashboard")
            missing: tuple[str, ...] = ()
        else:
            missing = tuple(p for p in needed if p not in granted)
        problems.extend(self._page_task_problems(notes))
        return build_report(identity=f"Page {identity}" if me_id == self.page_id else identity,
                            granted=granted or (), missing=missing, problems=problems, notes=notes,
                            calls=self._session.calls - start)

    def _token_permissions(self, notes: list[str]) -> tuple[tuple[str, ...] | None, list[str]]:
        """The token's granted permissions and what ``/debug_token`` says is wrong with it;
        ``/me/permissions`` is asked when the token cannot debug itself."""
        problems: list[str] = []
        try:
            data = get_path(self._request("debug_token", {"input_token": self._graph.access_token}), "data")
        except ConnectorError as exc:
            dead = isinstance(exc, AuthError) and exc.code in ("190", "no_credentials")
            if dead or isinstance(exc, RetryableError):
                return None, [describe_error(exc)]
            data = None  # this token may not debug tokens: ask for its permissions instead
        if isinstance(data, Mapping):
            if data.get("is_valid") is False:
                reason = get_path(data, "error", "message") or "the token is no longer valid"
                return None, [f"needs re-authorisation: {reason}"]
            kind = str(data.get("type") or "")
            if kind and kind != "PAGE":
                problems.append(f"not a Page token (type {kind}): use the Page's token from GET /me/accounts")
            elif data.get("profile_id") not in (None, self.page_id):
                problems.append(f"the Page token belongs to Page {data['profile_id']}, not {self.page_id}")
            scopes = data.get("scopes")
            if isinstance(scopes, list):
                return tuple(str(p) for p in scopes), problems
        try:
            body = self._request("me/permissions", {})
        except ConnectorError as exc:
            notes.append(f"permissions not readable with this token ({exc.code or type(exc).__name__})")
            return None, problems
        rows = get_path(body, "data", default=[]) or []
        granted = tuple(str(r.get("permission")) for r in rows
                        if isinstance(r, Mapping) and r.get("status") == "granted" and r.get("permission"))
        return granted, problems

    def _page_task_problems(self, notes: list[str]) -> list[str]:
        """MODERATE (or MANAGE) on the Page, for the person the token was made by."""
        try:
            body = self._request(self.page_id, {"fields": "tasks"})
        except AuthError as exc:
            return [describe_error(exc)]
        except ConnectorError as exc:
            notes.append(f"the Page's tasks could not be read ({exc.code or type(exc).__name__}); the person "
                         "who made the token needs the MODERATE or MANAGE task")
            return []
        tasks = get_path(body, "tasks")
        if not isinstance(tasks, list):
            notes.append("the Page did not list its tasks; the person who made the token needs the MODERATE or "
                         "MANAGE task")
            return []
        if not {"MODERATE", "MANAGE"} & {str(t) for t in tasks}:
            return [f"the token's person lacks the MODERATE (or MANAGE) task on the Page (has: "
                    f"{', '.join(map(str, tasks)) or 'none'})"]
        return []

    # ------------------------------------------------------------------ the boundary

    def _request(self, path: str, args: dict[str, Any] | None = None, *, post_args: dict[str, Any] | None = None,
                 method: str | None = None) -> Any:
        """One Graph call; every failure leaves here as a ``ConnectorError``."""
        if self._missing:
            raise AuthError(self._missing, platform=self.platform, account=self.account.id, code="no_credentials")
        try:
            # cleaned once here, so no lone surrogate or NaN reaches a comment or the cursor
            return clean_json(self._graph.request(f"{self._graph.version}/{path}", dict(args or {}),
                                                  post_args=post_args, method=method))
        except facebook.GraphAPIError as exc:
            raise self._map_graph_error(exc) from exc
        except requests.JSONDecodeError as exc:
            raise self._error("unreadable response body", tags=("non_json",)) from exc
        except requests.Timeout as exc:
            raise self._error(f"timed out after {self.account.timeout_s:g} s", tags=("timeout",)) from exc
        except requests.RequestException as exc:
            raise self._error(f"connection failed ({type(exc).__name__})", tags=("connection",)) from exc
        except (ValueError, KeyError, RecursionError) as exc:
            # facebook-sdk raises these on a malformed JSON body (nested past the decoder's
            # limit for RecursionError) or a missing content type
            raise self._error(f"unreadable response ({type(exc).__name__})", tags=("non_json",)) from exc

    def _map_graph_error(self, exc: facebook.GraphAPIError) -> ConnectorError:
        err = exc.result.get("error") if isinstance(exc.result, Mapping) else None
        if not isinstance(err, Mapping):
            return self._error(f"unexpected response: {exc.message}", tags=("non_json",))
        code = err.get("code")
        subcode = err.get("error_subcode")
        tags = [str(code)] if code is not None else []
        if err.get("is_transient"):
            tags.append("is_transient")
        detail = f"({code}/{subcode}) {err.get('message', '')}" if subcode else f"({code}) {err.get('message', '')}"
        return self._error(detail, tags=tags, subcode=str(subcode) if subcode is not None else None,
                           code=str(code) if code is not None else None)

    def _error(self, detail: str, *, tags: tuple[str, ...] | list[str] = (), subcode: str | None = None,
               code: str | None = None) -> ConnectorError:
        """The error for a failed call, picked from :data:`FACEBOOK_ERRORS`."""
        response = self._session.last_response
        status = response.status_code if response is not None else None
        row = match_rule(FACEBOOK_ERRORS, status, tags, subcode)
        cls = row.error if row else PermanentError
        kw: dict[str, Any] = {"platform": self.platform, "account": self.account.id, "status": status,
                              "code": code or (tags[0] if tags else None)}
        if cls is RateLimitedError:
            err: ConnectorError = RateLimitedError(detail, retry_after_s=_retry_after_s(response), **kw)
        else:
            err = cls(detail, **kw)
        err.rule = row.name if row else None  # which table row matched, for logs and tests
        return err


def _retry_after_s(response: requests.Response | None) -> float:
    """Seconds until Graph lets the Page call again (``estimated_time_to_regain_access``
    is in minutes), else the default wait."""
    if response is None:
        return DEFAULT_RETRY_AFTER_S
    waits = [float(item["estimated_time_to_regain_access"]) * 60.0 for item in _usage_entries(response.headers)
             if isinstance(item.get("estimated_time_to_regain_access"), (int, float))
             and item["estimated_time_to_regain_access"] > 0]
    return max(waits) if waits else DEFAULT_RETRY_AFTER_S


def _usage_entries(headers: Mapping[str, str]) -> Iterator[Mapping[str, Any]]:
    """The usage objects of Graph's rate-limit headers (each header is JSON)."""
    for header in ("x-app-usage", "x-business-use-case-usage"):
        raw = headers.get(header)
        if not raw:
            continue
        try:
            usage = json.loads(raw)
        except ValueError:
            continue
        if header == "x-app-usage":
            usage = {"app": [usage]}
        for entry in usage.values() if isinstance(usage, Mapping) else ():
            for item in entry if isinstance(entry, list) else [entry]:
                if isinstance(item, Mapping):
                    yield item


def _usage_pct(headers: Mapping[str, str]) -> float | None:
    values = [float(item[k]) for item in _usage_entries(headers)
              for k in ("call_count", "total_cputime", "total_time") if isinstance(item.get(k), (int, float))]
    return max(values) if values else None


def _image_urls(item: Mapping[str, Any]) -> tuple[str, ...]:
    """Image URLs of a comment's ``attachment`` or a post's ``attachments`` (never fetched)."""
    found: list[str] = []
    attachments = [item.get("attachment")] + list(get_path(item, "attachments", "data", default=[]) or [])
    for att in attachments:
        if not isinstance(att, Mapping):
            continue
        for sub in [att] + list(get_path(att, "subattachments", "data", default=[]) or []):
            src = get_path(sub, "media", "image", "src")
            if isinstance(src, str) and src and src not in found:
                found.append(src)
    return tuple(found)


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
