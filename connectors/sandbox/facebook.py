"""Facebook Graph API (Pages) as the sandbox serves it, under any ``/vNN.N/`` prefix.

Served: ``GET /{page-id}/posts|feed`` (own posts; ``feed`` adds visitor posts), ``GET
/{post-id}/comments`` and ``GET /{comment-id}/comments`` (``filter=toplevel|stream``,
``order=chronological|reverse_chronological``, ``limit``, ``after``/``before`` cursors,
``summary``), ``GET /{object-id}``, ``POST /{object-id}`` with ``is_hidden``, ``DELETE
/{object-id}``, and ``GET|POST|DELETE /{page-id}/blocked``. ``fields`` follows the Graph
syntax, including sub-selections and edge modifiers
(``comments.filter(stream).order(reverse_chronological).limit(50){id,message}``); asking
for a field the node type does not have fails with ``(#100)`` as the real API does.

As for a Page token on the real API: hidden comments are still listed, with
``is_hidden: true``; deleted ones (and their replies) vanish and any call on them fails
with code 100, subcode 33; ``paging.next`` is an absolute URL that carries
``access_token``. Every answer has ``Content-Type: application/json; charset=UTF-8``,
``X-App-Usage`` and ``X-Business-Use-Case-Usage``.

For ``monitor check-config --online``: ``GET /debug_token?input_token=`` (type, Page id,
scopes), a Page's ``tasks`` field, and, when the token is set to be a User token with
:meth:`~connectors.sandbox.server.SandboxServer.grant`, ``GET /me`` as that user and
``GET /me/permissions``. UNVERIFIED on a real Page: that a Page token may debug itself
(an app token is documented) and that the Page node has a ``tasks`` field for a Page
token (the documented place is ``/me/accounts`` with a User token).

UNVERIFIED on a real Page (the reference does not say): the exact text and code for
hiding a comment the Page itself wrote (answered here with ``(#100)``), and the HTTP
status of throttling errors (answered here with 400, as for most Graph errors;
facebook-sdk drops the status anyway, so connectors must go by ``code``).
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from connectors.sandbox.state import Node, SandboxState

if TYPE_CHECKING:
    from connectors.sandbox.server import Request, Response

API_VERSION = "v25.0"
MAX_LIMIT = 100
DEFAULT_LIMIT = 25

_POST_FIELDS = {"id", "message", "created_time", "updated_time", "permalink_url", "from", "is_hidden",
                "is_published", "status_type", "full_picture", "story", "comments", "can_hide",
                "can_remove", "attachments", "message_tags", "shares", "likes", "reactions",
                "is_expired", "privacy", "timeline_visibility", "to"}
_COMMENT_FIELDS = {"id", "message", "from", "created_time", "parent", "permalink_url", "attachment",
                   "message_tags", "is_hidden", "can_hide", "can_remove", "can_comment", "can_like",
                   "can_reply_privately", "comment_count", "like_count", "user_likes", "object",
                   "comments", "is_private", "private_reply_conversation", "live_broadcast_timestamp",
                   "application", "reactions", "likes"}
_PAGE_FIELDS = {"id", "name", "username", "link", "category", "fan_count", "followers_count",
                "about", "posts", "feed", "blocked", "access_token", "tasks", "verification_status"}
_DEFAULTS = {"post": ["created_time", "message", "id"], "comment": ["created_time", "from", "message", "id"],
             "page": ["name", "id"], "user": ["id", "name"]}


# ---------------------------------------------------------------------- field syntax
@dataclass
class Field:
    name: str
    modifiers: dict[str, str] = field(default_factory=dict)
    sub: list[Field] | None = None


class FieldSyntaxError(ValueError):
    pass


def parse_fields(text: str) -> list[Field]:
    """Parse Graph API field syntax: ``a,b{c,d},e.limit(5).order(x){f}``."""
    fields, pos = _parse_list(text, 0)
    if pos != len(text):
        raise FieldSyntaxError(f"unexpected {text[pos]!r} at {pos}")
    return fields


def _parse_list(text: str, pos: int) -> tuple[list[Field], int]:
    out: list[Field] = []
    while pos < len(text):
        match = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*").match(text, pos)
        if not match:
            raise FieldSyntaxError(f"expected a field name at {pos}")
        item = Field(match.group(1))
        pos = match.end()
        while pos < len(text) and text[pos] == ".":
            mod = re.compile(r"\.([A-Za-z_]+)\(([^)]*)\)").match(text, pos)
            if not mod:
                raise FieldSyntaxError(f"bad modifier at {pos}")
            item.modifiers[mod.group(1)] = mod.group(2)
            pos = mod.end()
        if pos < len(text) and text[pos] == "{":
            item.sub, pos = _parse_list(text, pos + 1)
            if pos >= len(text) or text[pos] != "}":
                raise FieldSyntaxError("unbalanced braces")
            pos += 1
        out.append(item)
        if pos < len(text) and text[pos] == ",":
            pos += 1
            continue
        break
    return out, pos


# ---------------------------------------------------------------------- errors and headers
def _trace_id() -> str:
    return base64.b64encode(secrets.token_bytes(8)).decode().rstrip("=")[:11]


def error(status: int, message: str, code: int, *, subcode: int | None = None,
          type_: str = "OAuthException", transient: bool | None = None, user_title: str | None = None,
          user_msg: str | None = None, headers: dict[str, str] | None = None) -> Response:
    from connectors.sandbox.server import Response

    body: dict[str, Any] = {"message": message, "type": type_, "code": code}
    if subcode is not None:
        body["error_subcode"] = subcode
    if transient is not None:
        body["is_transient"] = transient
    if user_title:
        body["error_user_title"] = user_title
    if user_msg:
        body["error_user_msg"] = user_msg
    body["fbtrace_id"] = _trace_id()
    return Response(status, {"error": body}, headers=headers or {})


def _not_found(object_id: str) -> Response:
    return error(400, f"Unsupported get request. Object with ID '{object_id}' does not exist, cannot be "
                 "loaded due to missing permissions, or does not support this operation. Please read the "
                 "Graph API documentation at https://developers.facebook.com/docs/graph-api",
                 100, subcode=33, type_="GraphMethodException")


#: nominal calls per hour that the usage headers report as 100 % (the real budget depends
#: on the Page's engaged users; a school Page is far from it, so normal use stays low)
HOURLY_BUDGET = 20000


def _usage_headers(state: SandboxState, share: int | None = None, regain_min: int = 0) -> dict[str, str]:
    if share is None:
        hour = int(state.clock().timestamp()) // 3600
        share = min(99, state.bump(("facebook", hour)) * 100 // HOURLY_BUDGET)
    pct = share
    page_id = str(state.account("facebook")["page_id"])
    return {
        "X-App-Usage": json.dumps({"call_count": pct, "total_cputime": max(0, pct - 1), "total_time": pct}),
        "X-Business-Use-Case-Usage": json.dumps({page_id: [{
            "type": "pages", "call_count": pct, "total_cputime": max(0, pct - 1), "total_time": pct,
            "estimated_time_to_regain_access": regain_min}]}),
        "facebook-api-version": API_VERSION,
        "x-fb-trace-id": _trace_id(),
        "x-fb-rev": "1012345678",
    }


def fault_response(kind: str, variant: str | None, state: SandboxState, req: Request) -> Response:
    """The Graph API's answer for an injected fault."""
    if kind == "rate_limited":
        code = int(variant or 80001)
        messages = {4: "(#4) Application request limit reached",
                    17: "(#17) User request limit reached",
                    32: "(#32) Page request limit reached",
                    613: "(#613) Calls to this api have exceeded the rate limit.",
                    80001: "(#80001) There have been too many calls to this Page account. Wait a bit "
                           "and try again. For more info, please refer to "
                           "https://developers.facebook.com/docs/graph-api/overview/rate-limiting."}
        if code not in messages:
            raise ValueError(f"not a Facebook throttling code: {code}")
        return error(400, messages[code], code, transient=True,
                     headers=_usage_headers(state, share=100, regain_min=5))
    if kind == "quota":
        return error(400, "(#4) Application request limit reached", 4, transient=True,
                     headers=_usage_headers(state, share=100, regain_min=60))
    if kind in ("auth", "auth_revoked"):
        subcode = int(variant) if variant else (463 if kind == "auth" else 460)
        messages = {
            463: "Error validating access token: Session has expired on Saturday, 21-Nov-26 15:00:00 PST. "
                 "The current time is Saturday, 21-Nov-26 16:17:31 PST.",
            460: "Error validating access token: The session has been invalidated because the user changed "
                 "their password or Facebook has changed the session for security reasons.",
            458: "Error validating access token: The user has not authorized application 1234567890123456.",
            467: "Error validating access token: The access token is invalid.",
            492: "Error validating access token: The user is not a confirmed user.",
        }
        message = messages.get(subcode, "Error validating access token.")
        headers = {**_usage_headers(state),
                   "WWW-Authenticate": f'OAuth "Facebook Platform" "invalid_token" "{message}"'}
        return error(400, message, 190, subcode=subcode, headers=headers)
    if kind == "forbidden":
        if variant == "10":
            return error(403, "(#10) Application does not have permission for this action", 10,
                         headers=_usage_headers(state))
        return error(403, "(#200) The user hasn't authorized the application to perform this action",
                     200, headers=_usage_headers(state))
    if kind == "server_error":
        return error(500, "An unexpected error has occurred. Please retry your request later.", 2,
                     transient=True, headers=_usage_headers(state))
    if kind == "not_found":
        obj = req.path.strip("/").split("/")[0] or "unknown"
        return _not_found(obj)
    raise ValueError(f"no Facebook answer for fault {kind!r}")


# ---------------------------------------------------------------------- helpers
def _fb_time(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000")


def _token(req: Request) -> str | None:
    token = req.param("access_token")
    if token:
        return token
    auth = req.headers.get("Authorization") or ""
    scheme, _, value = auth.partition(" ")
    if scheme.lower() in ("bearer", "oauth") and value.strip():
        return value.strip()
    return None


def _bool(value: str | None) -> bool | None:
    if value is None:
        return None
    lowered = value.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    return None


def _cursor(node_id: str) -> str:
    return base64.urlsafe_b64encode(f"sbx:{node_id}".encode()).decode().rstrip("=")


def _uncursor(cursor: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except (ValueError, UnicodeDecodeError):
        return None
    return raw[4:] if raw.startswith("sbx:") else None


def _parse_time(value: str) -> datetime | None:
    value = value.strip()
    if re.fullmatch(r"-?\d+", value):
        return datetime.fromtimestamp(int(value), timezone.utc)
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


class _Ctx:
    """What rendering needs from the request: base URL, version, token."""

    def __init__(self, state: SandboxState, req: Request, version: str, token: str) -> None:
        self.state = state
        self.req = req
        self.version = version
        self.token = token
        self.page_id = str(state.account("facebook")["page_id"])


def _visible(node: Node) -> bool:
    """Deleting a comment or post takes its replies with it."""
    current: Node | None = node
    while current is not None:
        if not current.live:
            return False
        current = current.parent
    return node.root is None or node.root is node or node.root.live


def _node_type(node: Node) -> str:
    return "post" if node.kind in ("post", "visitor_post") else "comment"


def _replies(state: SandboxState, node: Node, stream: bool) -> list[Node]:
    out = []
    for other in state.live("facebook"):
        if other is node or other.kind in ("post", "visitor_post") or not _visible(other):
            continue
        if other.parent is node or (stream and other.root is node):
            out.append(other)
    return sorted(out, key=lambda n: (n.created_at, n.seq))


def _posts(state: SandboxState, feed: bool) -> list[Node]:
    kinds = ("post", "visitor_post") if feed else ("post",)
    posts = [n for n in state.live("facebook") if n.kind in kinds]
    return sorted(posts, key=lambda n: (n.created_at, n.seq), reverse=True)


def _permalink(ctx: _Ctx, node: Node) -> str:
    if node.kind in ("post", "visitor_post"):
        return f"https://www.facebook.com/{ctx.page_id}/posts/{node.id.split('_', 1)[1]}"
    post = node.root
    post_obj = post.id.split("_", 1)[1] if post else ""
    comment_obj = node.id.split("_", 1)[1]
    link = f"https://www.facebook.com/{ctx.page_id}/posts/{post_obj}?comment_id={comment_obj}"
    if node.kind == "reply" and node.parent is not None:
        link = (f"https://www.facebook.com/{ctx.page_id}/posts/{post_obj}?comment_id="
                f"{node.parent.id.split('_', 1)[1]}&reply_comment_id={comment_obj}")
    return link


def _author(node: Node, sub: list[Field] | None) -> dict[str, Any]:
    names = [f.name for f in sub] if sub else ["name", "id"]
    return {k: node.author[k] for k in names if k in ("id", "name") and k in node.author}


def _render(ctx: _Ctx, node: Node, fields: list[Field] | None) -> dict[str, Any]:
    kind = _node_type(node)
    allowed = _POST_FIELDS if kind == "post" else _COMMENT_FIELDS
    fields = fields or [Field(n) for n in _DEFAULTS[kind]]
    out: dict[str, Any] = {}
    for f in fields:
        if f.name not in allowed:
            raise _FieldError(f.name, "Post" if kind == "post" else "Comment")
        value = _field_value(ctx, node, f, kind)
        if value is not None:
            out[f.name] = value
    return out


class _FieldError(Exception):
    def __init__(self, name: str, node_type: str) -> None:
        super().__init__(name)
        self.name = name
        self.node_type = node_type


def _field_value(ctx: _Ctx, node: Node, f: Field, kind: str) -> Any:
    name = f.name
    hidden = node.status == "hidden"
    if name == "id":
        return node.id
    if name == "message":
        return node.text or None
    if name == "created_time":
        return _fb_time(node.created_at)
    if name == "updated_time":
        # a post's updated_time moves when someone comments on it (Graph docs, Page Post)
        latest = node.created_at
        if kind == "post":
            latest = max([latest] + [c.created_at for c in _replies(ctx.state, node, stream=True)])
        return _fb_time(latest)
    if name == "from":
        if node.author.get("anonymous"):
            return None
        return _author(node, f.sub)
    if name == "permalink_url":
        return _permalink(ctx, node)
    if name == "is_hidden":
        return hidden
    if name == "is_published":
        return True
    if name == "status_type":
        return "mobile_status_update"
    if name == "can_hide":
        return not node.own
    if name == "can_remove":
        return True
    if name in ("can_comment", "can_like"):
        return True
    if name == "can_reply_privately":
        return not node.own
    if name == "user_likes":
        return False
    if name == "like_count":
        return node.seq % 4
    if name == "is_private":
        return False
    if name == "comment_count":
        return len(_replies(ctx.state, node, stream=False))
    if name == "parent":
        if kind != "comment" or node.kind != "reply" or node.parent is None:
            return None
        return _render(ctx, node.parent, f.sub)
    if name == "object" and kind == "comment":
        return None
    if name == "comments":
        return _edge_listing(ctx, node, f.modifiers, f.sub, nested=True)
    return None  # known field without a value on this node (attachment, message_tags, ...)


def _page(ctx: _Ctx, items: list[Node], *, limit: int, after: str | None, before: str | None,
          fields: list[Field] | None, path: str, params: dict[str, str]) -> dict[str, Any]:
    start = 0
    if after:
        target = _uncursor(after)
        ids = [n.id for n in items]
        start = ids.index(target) + 1 if target in ids else len(items)
    elif before:
        target = _uncursor(before)
        ids = [n.id for n in items]
        end = ids.index(target) if target in ids else 0
        start = max(0, end - limit)
    chunk = items[start:start + limit]
    result: dict[str, Any] = {"data": [_render(ctx, n, fields) for n in chunk]}
    for node in chunk:
        ctx.state.mark_served(node)
    if chunk:
        paging: dict[str, Any] = {"cursors": {"before": _cursor(chunk[0].id), "after": _cursor(chunk[-1].id)}}
        if start + limit < len(items):
            query = {k: v for k, v in params.items() if k not in ("after", "before")}
            query["access_token"] = ctx.token
            query["limit"] = str(limit)
            query["after"] = _cursor(chunk[-1].id)
            paging["next"] = f"{ctx.req.base_url}/{ctx.version}/{path}?{urlencode(query)}"
        if start > 0:
            query = {k: v for k, v in params.items() if k not in ("after", "before")}
            query["access_token"] = ctx.token
            query["limit"] = str(limit)
            query["before"] = _cursor(chunk[0].id)
            paging["previous"] = f"{ctx.req.base_url}/{ctx.version}/{path}?{urlencode(query)}"
        result["paging"] = paging
    return result


def _limit(value: str | None) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    if not re.fullmatch(r"\d+", value.strip()):
        raise _ParamError("limit", value)
    return max(1, min(MAX_LIMIT, int(value)))


class _ParamError(Exception):
    def __init__(self, name: str, value: str) -> None:
        super().__init__(name)
        self.name = name
        self.value = value


def _edge_listing(ctx: _Ctx, node: Node, params: dict[str, str], sub: list[Field] | None, *,
                  nested: bool = False) -> dict[str, Any]:
    """``/{post|comment}/comments`` with filter, order, limit, after, summary."""
    filt = params.get("filter", "toplevel")
    order = params.get("order", "chronological")
    if filt not in ("toplevel", "stream"):
        raise _ParamError("filter", filt)
    if order not in ("chronological", "reverse_chronological", "ranked"):
        raise _ParamError("order", order)
    items = _replies(ctx.state, node, stream=filt == "stream")
    if order == "reverse_chronological":
        items.reverse()
    limit = _limit(params.get("limit"))
    query = {k: v for k, v in params.items() if k in ("filter", "order", "fields", "summary")}
    if nested and sub:
        query["fields"] = ",".join(_unparse(f) for f in sub)
    result = _page(ctx, items, limit=limit, after=params.get("after"), before=params.get("before"),
                   fields=sub, path=f"{node.id}/comments", params=query)
    if _bool(params.get("summary")):
        result["summary"] = {"order": order, "total_count": len(items), "can_comment": True}
    return result


def _unparse(f: Field) -> str:
    text = f.name + "".join(f".{k}({v})" for k, v in f.modifiers.items())
    if f.sub:
        text += "{" + ",".join(_unparse(s) for s in f.sub) + "}"
    return text


# ---------------------------------------------------------------------- dispatch
def handle(state: SandboxState, req: Request) -> Response:
    from connectors.sandbox.server import Response

    version = req.raw_path[: len(req.raw_path) - len(req.path)].strip("/") or API_VERSION
    headers = _usage_headers(state)

    def reply(status: int, body: Any) -> Response:
        return Response(status, body, headers=headers)

    token = _token(req)
    if not token:
        return error(400, "An access token is required to request this resource.", 104, headers=headers)
    ctx = _Ctx(state, req, version, token)
    segments = [s for s in req.path.strip("/").split("/") if s]
    try:
        fields = parse_fields(req.param("fields")) if req.param("fields") else None
    except FieldSyntaxError as exc:
        return error(400, f"(#100) Syntax error: {exc}", 100, headers=headers)
    try:
        checked = _access(ctx, segments, fields, reply)
        if checked is not None:
            return checked
        if len(segments) == 1:
            return _object(ctx, segments[0], fields, reply)
        if len(segments) == 2:
            return _edge(ctx, segments[0], segments[1], fields, reply)
    except _FieldError as exc:
        return error(400, f"(#100) Tried accessing nonexisting field ({exc.name}) on node type "
                     f"({exc.node_type})", 100, headers=headers)
    except _ParamError as exc:
        return error(400, f"(#100) Param {exc.name} must be one of the allowed values, got "
                     f"{exc.value!r}", 100, headers=headers)
    return error(400, f"Unknown path components: /{'/'.join(segments[2:])}", 2500, headers=headers)


def _page_object(ctx: _Ctx, object_id: str) -> bool:
    return object_id in (ctx.page_id, "me")


def _object(ctx: _Ctx, object_id: str, fields: list[Field] | None, reply) -> Response:
    req = ctx.req
    if _page_object(ctx, object_id):
        if req.method != "GET":
            return error(400, "(#100) Unsupported operation on a Page object", 100)
        names = [f.name for f in fields] if fields else _DEFAULTS["page"]
        acct = ctx.state.account("facebook")
        values = {"id": ctx.page_id, "name": acct.get("name"), "username": acct.get("username"),
                  "link": f"https://www.facebook.com/{ctx.page_id}", "category": "School",
                  "fan_count": 1240, "followers_count": 1312,
                  "tasks": list(ctx.state.grants["facebook"].get("tasks") or ())}
        out = {}
        for name in names:
            if name not in _PAGE_FIELDS:
                raise _FieldError(name, "Page")
            if values.get(name) is not None:
                out[name] = values[name]
        return reply(200, out)
    node = ctx.state.node("facebook", object_id)
    if node is None or node.key == object_id or not _visible(node):
        return _not_found(object_id)
    if req.method == "GET":
        return reply(200, _render(ctx, node, fields))
    if req.method == "DELETE":
        ctx.state.set_status(node, "removed", "DELETE by the Page")
        return reply(200, {"success": True})
    if req.method == "POST":
        raw = req.param("is_hidden")
        if raw is None:
            if req.param("message") is not None and node.own:
                return reply(200, {"success": True})
            return error(400, "(#100) Missing or invalid parameters: is_hidden", 100)
        hidden = _bool(raw)
        if hidden is None:
            return error(400, "(#100) Param is_hidden must be a boolean", 100)
        if node.own:
            return error(400, "(#100) The Page cannot hide its own content", 100)
        if hidden:
            ctx.state.set_status(node, "hidden", "is_hidden=true")
        else:
            ctx.state.set_status(node, "visible", "is_hidden=false")
        return reply(200, {"success": True})
    return error(400, f"Unsupported {req.method.lower()} request.", 100)


def _edge(ctx: _Ctx, object_id: str, edge: str, fields: list[Field] | None, reply) -> Response:
    req = ctx.req
    params = dict(req.query)
    params.update(req.form)
    if _page_object(ctx, object_id):
        if edge in ("posts", "feed", "published_posts"):
            if req.method != "GET":
                return error(400, f"(#100) Unsupported {req.method.lower()} request on /{edge}", 100)
            posts = _posts(ctx.state, feed=edge == "feed")
            since = _parse_time(params["since"]) if params.get("since") else None
            until = _parse_time(params["until"]) if params.get("until") else None
            if since:
                posts = [p for p in posts if p.created_at >= since]
            if until:
                posts = [p for p in posts if p.created_at <= until]
            query = {k: v for k, v in params.items() if k in ("fields", "since", "until")}
            return reply(200, _page(ctx, posts, limit=_limit(params.get("limit")), after=params.get("after"),
                                    before=params.get("before"), fields=fields,
                                    path=f"{ctx.page_id}/{edge}", params=query))
        if edge == "blocked":
            return _blocked(ctx, params, reply)
        raise _FieldError(edge, "Page")
    node = ctx.state.node("facebook", object_id)
    if node is None or node.key == object_id or not _visible(node):
        return _not_found(object_id)
    if edge != "comments":
        raise _FieldError(edge, "Post" if _node_type(node) == "post" else "Comment")
    if req.method != "GET":
        return error(400, "(#200) Permissions error", 200)
    params = {k: v for k, v in params.items() if k != "access_token"}
    return reply(200, _edge_listing(ctx, node, params, fields))


# ---------------------------------------------------------------------- access checks
#: The app and the Page admin behind the sandbox's tokens (invented).
APP_ID = "1234567890123456"
ADMIN = {"id": "10229000000000001", "name": "Sam Example"}
_USER_FIELDS = {"id", "name", "first_name", "last_name", "email", "picture", "accounts", "permissions"}


def _access(ctx: _Ctx, segments: list[str], fields: list[Field] | None, reply) -> Response | None:
    """``/debug_token``, and ``/me`` and ``/me/permissions`` for a User token.

    With the default Page token ``/me`` is the Page (answered by :func:`_object`) and a
    Page has no ``permissions`` edge, so ``/me/permissions`` fails with ``(#100)`` as the
    Page node does elsewhere. ``None`` means the request is not an access check.
    """
    grants = ctx.state.grants["facebook"]
    if segments == ["debug_token"]:
        if ctx.req.method != "GET":
            return error(400, "(#100) Unsupported operation on debug_token", 100)
        if not ctx.req.param("input_token"):
            return error(400, "(#100) The parameter input_token is required", 100)
        return reply(200, {"data": _debug_token(ctx, grants)})
    if segments[:1] != ["me"] or grants.get("token_type") != "USER" or ctx.req.method != "GET":
        return None
    if len(segments) == 1:
        names = [f.name for f in fields] if fields else _DEFAULTS["user"]
        for name in names:
            if name not in _USER_FIELDS:
                raise _FieldError(name, "User")
        return reply(200, {k: v for k, v in ADMIN.items() if k in names})
    if segments[1:] == ["permissions"]:
        return reply(200, {"data": [{"permission": p, "status": "granted"} for p in grants.get("scopes") or ()]})
    raise _FieldError(segments[1], "User")


def _debug_token(ctx: _Ctx, grants: dict[str, Any]) -> dict[str, Any]:
    """The ``data`` of ``/debug_token`` for the sandbox's token (always valid: a dead token
    is an injected ``auth`` fault, which fails this call like any other)."""
    now = int(ctx.state.clock().timestamp())
    scopes = list(grants.get("scopes") or ())
    page_scoped = [s for s in scopes if s.startswith("pages_") and s != "pages_show_list"]
    data: dict[str, Any] = {
        "app_id": APP_ID, "type": grants.get("token_type", "PAGE"), "application": "School Moderation",
        "data_access_expires_at": now + 90 * 86400, "expires_at": 0, "is_valid": True,
        "issued_at": now - 86400,
    }
    if data["type"] == "PAGE":
        data["profile_id"] = ctx.page_id
    data["scopes"] = scopes
    data["granular_scopes"] = [{"scope": s, "target_ids": [ctx.page_id]} if s in page_scoped else {"scope": s}
                               for s in scopes]
    data["user_id"] = ADMIN["id"]
    return data


def _user_ids(params: dict[str, str]) -> list[str]:
    raw = next((params[k] for k in ("user", "uid", "psid", "asid") if params.get(k)), "")
    raw = raw.strip()
    if raw.startswith("["):
        try:
            return [str(v) for v in json.loads(raw)]
        except json.JSONDecodeError:
            raw = raw.strip("[]")
    return [v.strip().strip("'\"") for v in raw.split(",") if v.strip()]


def _blocked(ctx: _Ctx, params: dict[str, str], reply) -> Response:
    state = ctx.state
    with state.lock:
        blocked = state.fb_blocked.setdefault(ctx.page_id, {})
        if ctx.req.method == "GET":
            wanted = set(_user_ids(params))
            rows = [{"id": uid, "name": name} for uid, name in blocked.items() if not wanted or uid in wanted]
            return reply(200, {"data": rows})
        ids = _user_ids(params)
        if not ids:
            return error(400, "(#100) The parameter user is required", 100)
        if ctx.req.method == "POST":
            names = {n.author.get("id"): n.author.get("name") for n in state.nodes["facebook"].values()}
            for uid in ids:
                blocked[uid] = names.get(uid) or ""
            return reply(200, {uid: True for uid in ids})
        if ctx.req.method == "DELETE":
            for uid in ids:
                blocked.pop(uid, None)
            return reply(200, {"success": True})
    return error(400, "(#100) Unsupported operation", 100)

