"""X API v2 as the sandbox serves it, under ``/2/``.

Served: ``GET /2/users/:id/mentions`` (``since_id``, ``until_id``, ``start_time``,
``end_time``, ``max_results`` 5-100, ``pagination_token``; newest first, the newest 800),
``GET /2/tweets/search/recent`` (``query`` with ``conversation_id:``, ``to:``, ``from:``,
``is:reply``, ``-is:retweet``, ``@handle`` and plain words, ANDed side by side, ``OR``
and parentheses as on X, at most 512 characters; ``since_id``,
``until_id``, ``start_time``, ``end_time``, ``max_results`` 10-100, ``next_token``,
``sort_order``; the last 7 days), ``GET /2/tweets/:id``, ``GET /2/tweets?ids=``,
``PUT /2/tweets/:id/hidden`` and ``GET /2/users/me`` (user context only; with OAuth 1.0a
it carries ``x-access-level`` from the sandbox's grants, UNVERIFIED for v2 endpoints: the
header is documented for v1.1).

Shapes follow the real API: only the requested ``tweet.fields`` plus ``id``, ``text`` and
``edit_history_tweet_ids``; ``expansions=author_id`` fills ``includes.users``; ``meta``
has ``result_count``, ``newest_id``, ``oldest_id``, ``next_token`` (``{"result_count": 0}``
alone when empty); a missing object is a 200 with an ``errors`` array. Hidden replies
are still returned by search and mentions, as on the platform. Hiding needs user
context (OAuth 1.0a, or a bearer token that is not an app-only ``AAAA…`` token) and works
only on replies in a conversation the account started (403 otherwise). Every answer
carries ``x-rate-limit-limit``, ``x-rate-limit-remaining`` and ``x-rate-limit-reset``
counted over the real 15-minute windows; the limits are reported, not enforced (inject
``rate_limited`` to get a 429).
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from connectors.sandbox.state import Node, SandboxState

if TYPE_CHECKING:
    from connectors.sandbox.server import Request, Response

PROBLEMS = "https://api.twitter.com/2/problems/"
WINDOW_S = 15 * 60
#: per-user limits per 15 minutes (reference §2)
LIMITS = {"mentions": 300, "search": 300, "hidden": 50, "me": 75, "lookup": 900}

TWEET_FIELDS = {"article", "attachments", "author_id", "card_uri", "community_id", "context_annotations",
                "conversation_id", "created_at", "display_text_range", "edit_controls",
                "edit_history_tweet_ids", "entities", "geo", "id", "in_reply_to_user_id", "lang",
                "media_metadata", "non_public_metrics", "note_tweet", "organic_metrics", "possibly_sensitive",
                "promoted_metrics", "public_metrics", "referenced_tweets", "reply_settings", "scopes",
                "source", "text", "withheld"}
USER_FIELDS = {"affiliation", "connection_status", "created_at", "description", "entities", "id", "location",
               "most_recent_tweet_id", "name", "pinned_tweet_id", "profile_banner_url", "profile_image_url",
               "protected", "public_metrics", "receives_your_dm", "subscription_type", "url", "username",
               "verified", "verified_type", "withheld"}
EXPANSIONS = {"author_id", "referenced_tweets.id", "referenced_tweets.id.author_id", "in_reply_to_user_id",
              "entities.mentions.username", "attachments.media_keys", "attachments.poll_ids", "geo.place_id",
              "edit_history_tweet_ids", "article.cover_media", "article.media_entities"}


# ---------------------------------------------------------------------- responses
def _response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    from connectors.sandbox.server import Response

    return Response(status, body, headers=headers or {}, content_type="application/json; charset=utf-8")


def problem(http_status: int, title: str, detail: str, kind: str | None = None,
            headers: dict[str, str] | None = None, **extra: Any) -> Response:
    """A problem body; generic HTTP problems (``about:blank``) also carry ``status``."""
    body = {"title": title, "detail": detail, "type": PROBLEMS + kind if kind else "about:blank"}
    if kind is None:
        body["status"] = http_status
    body.update(extra)
    return _response(http_status, body, headers)


def _invalid(message: str, parameters: dict[str, list[str]], headers: dict[str, str]) -> Response:
    return problem(400, "Invalid Request", "One or more parameters to your request was invalid.",
                   "invalid-request", headers, errors=[{"parameters": parameters, "message": message}])


def _endpoint(path: str) -> str:
    if path.endswith("/mentions"):
        return "mentions"
    if path.startswith("/2/tweets/search/"):
        return "search"
    if path.endswith("/hidden"):
        return "hidden"
    if path == "/2/users/me":
        return "me"
    return "lookup"


def _window(state: SandboxState) -> tuple[datetime, datetime]:
    now = state.clock()
    epoch = int(now.timestamp())
    start = epoch - epoch % WINDOW_S
    return (datetime.fromtimestamp(start, timezone.utc), datetime.fromtimestamp(start + WINDOW_S, timezone.utc))


def _rate_headers(state: SandboxState, path: str, exhausted: bool = False) -> dict[str, str]:
    endpoint = _endpoint(path)
    limit = LIMITS[endpoint]
    start, reset = _window(state)
    used = limit if exhausted else state.bump(("x", endpoint, int(start.timestamp())))
    remaining = max(0, limit - used)
    return {"x-rate-limit-limit": str(limit), "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(int(reset.timestamp()))}


def fault_response(kind: str, variant: str | None, state: SandboxState, req: Request) -> Response:
    """X's answer for an injected fault."""
    if kind == "rate_limited":
        return problem(429, "Too Many Requests", "Too Many Requests",
                       headers=_rate_headers(state, req.path, exhausted=True))
    if kind == "quota":
        # the usage cap carries no reset header: the wait is until the billing period ends
        return problem(429, "UsageCapExceeded", "Usage cap exceeded: Monthly product cap", "usage-capped",
                       period="Monthly", scope="Product")
    if kind in ("auth", "auth_revoked"):
        return problem(401, "Unauthorized", "Unauthorized")
    if kind == "forbidden":
        return problem(403, "Client Forbidden",
                       "When authenticating requests to the Twitter API v2 endpoints, you must use keys and "
                       "tokens from a Twitter developer App that is attached to a Project. You can create a "
                       "project via the developer portal.", "client-forbidden",
                       reason="client-not-enrolled", required_enrollment="Appropriate Level of API Access",
                       registration_url="https://developer.twitter.com/en/docs/projects/overview",
                       client_id="28000001")
    if kind == "server_error":
        return problem(503, "Service Unavailable", "Service Unavailable", headers=_rate_headers(state, req.path))
    if kind == "not_found":
        return problem(404, "Not Found Error", f"Could not find the requested resource at {req.path}.",
                       "resource-not-found", headers=_rate_headers(state, req.path))
    raise ValueError(f"no X answer for fault {kind!r}")


# ---------------------------------------------------------------------- rendering
def _x_time(dt: datetime) -> str:
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _parse_time(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _csv(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _entities(state: SandboxState, node: Node) -> dict[str, Any] | None:
    mentions = []
    users = {n.author.get("username", "").lower(): n.author for ns in [state.nodes["x"].values()] for n in ns}
    for match in re.finditer(r"@([A-Za-z0-9_]{1,15})", node.text):
        user = users.get(match.group(1).lower())
        mention = {"start": match.start(), "end": match.end(), "username": match.group(1)}
        if user:
            mention["id"] = user["id"]
        mentions.append(mention)
    urls = []
    for match in re.finditer(r"https?://\S+", node.text):
        urls.append({"start": match.start(), "end": match.end(), "url": match.group(0),
                     "expanded_url": match.group(0), "display_url": match.group(0).split("://", 1)[1][:25]})
    out: dict[str, Any] = {}
    if mentions:
        out["mentions"] = mentions
    if urls:
        out["urls"] = urls
    return out or None


def _tweet(state: SandboxState, node: Node, fields: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": node.id, "text": node.text, "edit_history_tweet_ids": [node.id]}
    parent = node.parent
    values = {
        "author_id": node.author["id"],
        "conversation_id": (node.root or node).id,
        "created_at": _x_time(node.created_at),
        "in_reply_to_user_id": parent.author["id"] if parent is not None else None,
        "referenced_tweets": [{"type": "replied_to", "id": parent.id}] if parent is not None else None,
        "lang": "en",
        "possibly_sensitive": False,
        "reply_settings": "everyone",
        "entities": _entities(state, node),
        "public_metrics": {"retweet_count": 0, "reply_count": sum(1 for n in state.live("x") if n.parent is node),
                           "like_count": node.seq % 5, "quote_count": 0, "bookmark_count": 0,
                           "impression_count": 40 + node.seq},
        "edit_controls": {"edits_remaining": 5, "is_edit_eligible": False,
                          "editable_until": _x_time(node.created_at + timedelta(hours=1))},
        "display_text_range": [0, len(node.text)],
    }
    for name in sorted(fields):
        if name in values and values[name] is not None:
            out[name] = values[name]
    return out


def _user(author: dict[str, Any], fields: set[str], own: bool = False) -> dict[str, Any]:
    out = {"id": author["id"], "name": author["name"], "username": author["username"]}
    values = {"protected": False, "verified": False, "description": "Official account" if own else "",
              "profile_image_url": f"https://pbs.twimg.com/profile_images/{author['id'][-6:]}/avatar_normal.jpg",
              "created_at": "2019-09-01T08:00:00.000Z", "location": "Manchester, UK" if own else None,
              "url": "" , "public_metrics": {"followers_count": 1200 if own else 80, "following_count": 150,
                                             "tweet_count": 900, "listed_count": 3, "like_count": 40}}
    for name in fields:
        if name in values and values[name] is not None:
            out[name] = values[name]
    return out


class _Bad(Exception):
    def __init__(self, message: str, parameters: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.parameters = parameters


def _fieldsets(req: Request) -> tuple[set[str], set[str], set[str]]:
    tweet_fields = set(_csv(req.param("tweet.fields")))
    user_fields = set(_csv(req.param("user.fields")))
    expansions = set(_csv(req.param("expansions")))
    for name, given, allowed in (("tweet.fields", tweet_fields, TWEET_FIELDS),
                                 ("user.fields", user_fields, USER_FIELDS),
                                 ("expansions", expansions, EXPANSIONS)):
        bad = sorted(given - allowed)
        if bad:
            raise _Bad(f"The `{name}` query parameter value [{bad[0]}] is not one of "
                       f"[{','.join(sorted(allowed))}]", {name: [req.param(name) or ""]})
    return tweet_fields, user_fields, expansions


def _envelope(state: SandboxState, req: Request, page: list[Node]) -> dict[str, Any]:
    tweet_fields, user_fields, expansions = _fieldsets(req)
    body: dict[str, Any] = {}
    if page:
        body["data"] = [_tweet(state, n, tweet_fields) for n in page]
        for node in page:
            state.mark_served(node)
    includes: dict[str, list[dict[str, Any]]] = {}
    users: dict[str, dict[str, Any]] = {}
    tweets: dict[str, dict[str, Any]] = {}
    for node in page:
        if "author_id" in expansions:
            users.setdefault(node.author["id"], _user(node.author, user_fields, node.own))
        if "in_reply_to_user_id" in expansions and node.parent is not None:
            users.setdefault(node.parent.author["id"], _user(node.parent.author, user_fields, node.parent.own))
        if expansions & {"referenced_tweets.id", "referenced_tweets.id.author_id"} and node.parent is not None:
            tweets.setdefault(node.parent.id, _tweet(state, node.parent, tweet_fields))
            if "referenced_tweets.id.author_id" in expansions:
                users.setdefault(node.parent.author["id"], _user(node.parent.author, user_fields, node.parent.own))
    if users:
        includes["users"] = list(users.values())
    if tweets:
        includes["tweets"] = list(tweets.values())
    if includes:
        body["includes"] = includes
    return body


def _int(req: Request, name: str, low: int, high: int, default: int) -> int:
    raw = req.param(name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d+", raw) or not low <= int(raw) <= high:
        raise _Bad(f"The `{name}` query parameter value [{raw}] is not between {low} and {high}", {name: [raw]})
    return int(raw)


def _id_param(req: Request, name: str) -> int | None:
    raw = req.param(name)
    if raw is None:
        return None
    if not re.fullmatch(r"\d{1,19}", raw):
        raise _Bad(f"The `{name}` query parameter value [{raw}] does not match ^[0-9]{{1,19}}$", {name: [raw]})
    return int(raw)


def _token(direction: str, tweet_id: int) -> str:
    """Opaque page token anchored on a tweet id, so new tweets do not shift pages."""
    raw = f"{direction}{tweet_id}".encode()
    return "7140dibdnow9c7btw" + base64.b32encode(raw).decode().lower().rstrip("=")


def _untoken(token: str, name: str) -> tuple[str, int]:
    try:
        raw = token.removeprefix("7140dibdnow9c7btw")
        text = base64.b32decode(raw.upper() + "=" * (-len(raw) % 8)).decode()
        if text[:1] not in ("n", "p"):
            raise ValueError(text)
        return text[0], int(text[1:])
    except (ValueError, UnicodeDecodeError):
        raise _Bad(f"The `{name}` query parameter value [{token}] is not a valid token", {name: [token]}) from None


def _timeline(state: SandboxState, req: Request, candidates: list[Node], *, low: int, high: int,
              token_param: str, cap: int | None, headers: dict[str, str]) -> Response:
    max_results = _int(req, "max_results", low, high, 10)
    since_id = _id_param(req, "since_id")
    until_id = _id_param(req, "until_id")
    start = _parse_time(req.param("start_time")) if req.param("start_time") else None
    end = _parse_time(req.param("end_time")) if req.param("end_time") else None
    for name, value in (("start_time", start), ("end_time", end)):
        if req.param(name) is not None and value is None:
            raise _Bad(f"Invalid '{name}':'{req.param(name)}'. '{name}' must be a ISO 8601 datetime",
                       {name: [req.param(name) or ""]})
    nodes = sorted(candidates, key=lambda n: int(n.id), reverse=True)
    if cap is not None:
        nodes = nodes[:cap]
    nodes = [n for n in nodes if (since_id is None or int(n.id) > since_id)
             and (until_id is None or int(n.id) < until_id)
             and (start is None or n.created_at >= start) and (end is None or n.created_at <= end)]
    token = req.param(token_param)
    if token:
        direction, anchor = _untoken(token, token_param)
        if direction == "n":
            nodes = [n for n in nodes if int(n.id) < anchor]
            page = nodes[:max_results]
        else:
            newer = [n for n in nodes if int(n.id) > anchor]
            page = newer[-max_results:]
            nodes = newer[len(newer) - len(page):] + [n for n in nodes if int(n.id) <= anchor]
    else:
        page = nodes[:max_results]
    body = _envelope(state, req, page)
    meta: dict[str, Any] = {"result_count": len(page)}
    if page:
        ids = [int(n.id) for n in page]
        meta = {"newest_id": str(max(ids)), "oldest_id": str(min(ids)), "result_count": len(page)}
        if any(int(n.id) < min(ids) for n in nodes):
            meta["next_token"] = _token("n", min(ids))
        if token:
            meta["previous_token"] = _token("p", max(ids))
    body["meta"] = meta
    return _response(200, body, headers)


# ---------------------------------------------------------------------- query language
_QUERY_TOKEN = re.compile(r'-?"[^"]*"|-?\(|\)|[^\s()]+')


def _matches(query: str, node: Node) -> bool:
    """Whether ``node`` matches a search query: terms side by side are ANDed, ``OR``
    joins alternatives (AND binds tighter, as on X) and parentheses group, optionally
    negated with a leading ``-``."""
    tokens = _QUERY_TOKEN.findall(query)
    pos = 0

    def either() -> bool:  # alternatives joined by OR
        nonlocal pos
        ok = every()
        while pos < len(tokens) and tokens[pos] == "OR":
            pos += 1
            ok = every() or ok
        return ok

    def every() -> bool:  # terms side by side, all required
        nonlocal pos
        ok = True
        while pos < len(tokens) and tokens[pos] not in ("OR", ")"):
            token = tokens[pos]
            pos += 1
            if token in ("(", "-("):
                inner = either()
                if pos < len(tokens) and tokens[pos] == ")":
                    pos += 1
                ok = (inner != (token == "-(")) and ok
            else:
                ok = _term(token, node) and ok
        return ok

    result = either()
    while pos < len(tokens):  # an unbalanced ")" ends a group that was never opened
        pos += 1
        result = either() and result
    return result


def _term(term: str, node: Node) -> bool:
    text = node.text.lower()
    negate = term.startswith("-")
    term = term.lstrip("-")
    low = term.lower()
    if low.startswith("conversation_id:"):
        ok = (node.root or node).id == term.split(":", 1)[1]
    elif low.startswith("to:"):
        ok = node.parent is not None and node.parent.author.get("username", "").lower() == low[3:].lstrip("@")
    elif low.startswith("from:"):
        ok = node.author.get("username", "").lower() == low[5:].lstrip("@")
    elif low.startswith("in_reply_to_tweet_id:"):
        ok = node.parent is not None and node.parent.id == term.split(":", 1)[1]
    elif low == "is:reply":
        ok = node.parent is not None
    elif low in ("is:retweet", "is:quote"):
        ok = False
    elif low.startswith("@"):
        ok = re.search(rf"(?<![A-Za-z0-9_]){re.escape(low)}(?![A-Za-z0-9_])", text) is not None
    else:
        ok = low.strip('"') in text
    return ok != negate


# ---------------------------------------------------------------------- dispatch
def _auth(req: Request) -> tuple[str | None, bool]:
    """(scheme, user context) from the Authorization header."""
    auth = req.headers.get("Authorization") or ""
    scheme, _, value = auth.partition(" ")
    scheme = scheme.lower()
    if scheme == "oauth" and "oauth_consumer_key" in value:
        return "oauth1", True
    if scheme == "bearer" and value.strip():
        # app-only bearer tokens all start with a run of "A"s; anything else is a user token
        return "bearer", not value.strip().startswith("AAAAAAAAAAAAAAAAAAAAA")
    return None, False


def handle(state: SandboxState, req: Request) -> Response:
    headers = _rate_headers(state, req.path)
    scheme, user_context = _auth(req)
    if scheme is None:
        return problem(401, "Unauthorized", "Unauthorized")
    acct = state.account("x")
    user_id = str(acct["user_id"])
    path = req.path.rstrip("/")
    try:
        if req.method == "GET" and path == "/2/users/me":
            if not user_context:
                return _unsupported_auth(headers)
            author = state.author_of("x", "school")
            if scheme == "oauth1":
                # X names an OAuth 1.0a token's app permission in this header
                headers = {**headers, "x-access-level": str(state.grants["x"].get("access_level") or "read")}
            return _response(200, {"data": _user(author, set(_csv(req.param("user.fields"))), own=True)}, headers)
        match = re.fullmatch(r"/2/users/([^/]+)/mentions", path)
        if match and req.method == "GET":
            if not re.fullmatch(r"\d{1,19}", match.group(1)):
                raise _Bad(f"The `id` query parameter value [{match.group(1)}] does not match ^[0-9]{{1,19}}$",
                           {"id": [match.group(1)]})
            if match.group(1) != user_id:
                return _missing("user", match.group(1), headers)
            handle_re = re.compile(rf"(?<![A-Za-z0-9_])@{re.escape(acct['username'])}(?![A-Za-z0-9_])", re.I)
            nodes = [n for n in state.live("x") if not n.own and handle_re.search(n.text)]
            return _timeline(state, req, nodes, low=5, high=100, token_param="pagination_token", cap=800,
                             headers=headers)
        if path == "/2/tweets/search/recent" and req.method == "GET":
            query = req.param("query")
            if not query:
                raise _Bad("The `query` query parameter can not be empty", {"query": [""]})
            if len(query) > 512:
                raise _Bad("The `query` query parameter value is too long (max 512)", {"query": [query]})
            if req.param("sort_order") not in (None, "recency", "relevancy"):
                raise _Bad("The `sort_order` query parameter value is not one of [recency,relevancy]",
                           {"sort_order": [req.param("sort_order") or ""]})
            floor = state.clock() - timedelta(days=7)
            start = _parse_time(req.param("start_time") or "")
            if start is not None and start < floor:
                raise _Bad(f"Invalid 'start_time':'{req.param('start_time')}'. 'start_time' must be on or after "
                           f"{_x_time(floor)}", {"start_time": [req.param("start_time") or ""]})
            nodes = [n for n in state.live("x") if n.created_at >= floor and _matches(query, n)]
            return _timeline(state, req, nodes, low=10, high=100, token_param="next_token", cap=None,
                             headers=headers)
        match = re.fullmatch(r"/2/tweets/(\d{1,19})/hidden", path)
        if match and req.method == "PUT":
            return _hide(state, req, match.group(1), user_context, headers)
        match = re.fullmatch(r"/2/tweets/([^/]+)", path)
        if match and req.method == "GET" and match.group(1) != "search":
            node = state.node("x", match.group(1))
            if node is None or not node.live or node.key == match.group(1):
                return _missing("tweet", match.group(1), headers)
            body = _envelope(state, req, [node])
            body["data"] = body["data"][0]
            return _response(200, body, headers)
        if path == "/2/tweets" and req.method == "GET":
            ids = _csv(req.param("ids"))
            if not ids or len(ids) > 100:
                raise _Bad("The `ids` query parameter value must hold 1 to 100 ids", {"ids": [req.param("ids") or ""]})
            found = [n for n in (state.node("x", i) for i in ids) if n is not None and n.live and n.id in ids]
            body = _envelope(state, req, found)
            missing = [i for i in ids if i not in {n.id for n in found}]
            if missing:
                body["errors"] = [_missing_error("tweet", i) for i in missing]
            return _response(200, body, headers)
    except _Bad as exc:
        return _invalid(str(exc), exc.parameters, headers)
    return problem(404, "Not Found Error", f"Could not find the requested endpoint {req.method} {path}.",
                   "resource-not-found", headers)


def _missing_error(resource: str, value: str) -> dict[str, Any]:
    return {"value": value, "detail": f"Could not find {resource} with id: [{value}].", "title": "Not Found Error",
            "resource_type": resource, "parameter": "id", "resource_id": value,
            "type": PROBLEMS + "resource-not-found"}


def _missing(resource: str, value: str, headers: dict[str, str]) -> Response:
    return _response(200, {"errors": [_missing_error(resource, value)]}, headers)


def _unsupported_auth(headers: dict[str, str]) -> Response:
    return problem(403, "Unsupported Authentication",
                   "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported "
                   "authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].",
                   "unsupported-authentication", headers, status=403)


def _hide(state: SandboxState, req: Request, tweet_id: str, user_context: bool, headers: dict[str, str]) -> Response:
    if not user_context:
        return _unsupported_auth(headers)
    try:
        body = req.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or not isinstance(body.get("hidden"), bool):
        return _invalid("The `hidden` field must be a boolean", {"hidden": [str(body)]}, headers)
    node = state.node("x", tweet_id)
    if node is None or not node.live or node.key == tweet_id:
        return problem(404, "Not Found Error", f"Could not find tweet with id: [{tweet_id}].", "resource-not-found",
                       headers)
    root = node.root or node
    if node.parent is None or node.own or not root.own:
        return problem(403, "Forbidden", "You can only hide or unhide replies for conversations you authored.",
                       headers=headers)
    state.set_status(node, "hidden" if body["hidden"] else "visible", f"hidden={body['hidden']}")
    return _response(200, {"data": {"hidden": body["hidden"]}}, headers)
