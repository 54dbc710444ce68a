"""YouTube Data API v3 (comments) as the sandbox serves it, under ``/youtube/v3/``.

Served: ``GET commentThreads`` (``part`` of id/snippet/replies; one filter of
``allThreadsRelatedToChannelId``, ``channelId``, ``videoId`` or ``id``;
``moderationStatus`` published|heldForReview|likelySpam; ``order`` time|relevance;
``maxResults`` 1-100, default 20; ``pageToken``; ``textFormat`` html|plainText;
``searchTerms``), ``GET comments`` (``parentId`` or ``id``), ``POST
comments/setModerationStatus`` (up to 50 ids, ``banAuthor`` only with ``rejected``; 204)
and ``DELETE comments`` (the channel's own comments only; 204); for access checks ``GET
channels`` (``mine=true`` or ``id``; 1 unit), and Google's OAuth endpoints at ``POST
/oauth2/token`` (refresh grant, answering with the granted ``scope``) and ``GET
/oauth2/tokeninfo``, whose scopes come from the sandbox's grants.

As on the real API: a thread matches ``heldForReview`` or ``likelySpam`` when its top-level
comment or any reply has it (``published`` needs a published top-level comment); held-for-review and likely-spam threads, and every write, need the channel
owner's OAuth token (a ``key=`` alone is refused); rejected comments and their replies
vanish and cannot be published again; banned authors' later comments are rejected on
arrival. Quota units are counted in ``state.youtube_units`` with the documented costs
(1 per list, 50 per moderation or delete call, 1 for a refused call). Errors use Google's
body ``{"error": {"code", "message", "errors": [{"message", "domain", "reason"}],
"status"}}``.

UNVERIFIED (the docs do not say): the order of ``comments.list`` replies (served oldest
first here) and whether a new reply moves an old thread up the ``order=time`` listing (it
does not here).
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from connectors.sandbox.state import Node, SandboxState

if TYPE_CHECKING:
    from connectors.sandbox.server import Request, Response

_STATUS_NAMES = {"published": "visible", "heldForReview": "held", "likelySpam": "likely_spam"}
_API_NAMES = {"visible": "published", "held": "heldForReview", "likely_spam": "likelySpam", "removed": "rejected",
              "hidden": "heldForReview"}
_HTTP_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}
QUOTA_MESSAGE = ('The request cannot be completed because you have exceeded your '
                 '<a href="/youtube/v3/getting-started#quota">quota</a>.')


class _Err(Exception):
    def __init__(self, code: int, reason: str, message: str, domain: str = "youtube.parameter",
                 **extra: str) -> None:
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.domain = domain
        self.extra = extra


def error(code: int, reason: str, message: str, domain: str = "global", **extra: str) -> Response:
    from connectors.sandbox.server import Response

    detail = {"message": message, "domain": domain, "reason": reason, **extra}
    return Response(code, {"error": {"code": code, "message": message, "errors": [detail],
                                     "status": _HTTP_STATUS.get(code, "UNKNOWN")}})


def fault_response(kind: str, variant: str | None, state: SandboxState, req: Request) -> Response:
    """YouTube's answer for an injected fault."""
    if req.path.startswith("/oauth2/"):
        return _oauth_fault(kind)
    if kind == "rate_limited":
        if variant == "429":
            return error(429, "rateLimitExceeded", "Resource has been exhausted (e.g. check quota).", "global")
        return error(403, "rateLimitExceeded", "The request cannot be completed because you have exceeded the "
                     "rate limit.", "youtube.quota")
    if kind == "quota":
        return error(403, "quotaExceeded", QUOTA_MESSAGE, "youtube.quota")
    if kind in ("auth", "auth_revoked"):
        return error(401, "authError", "Request had invalid authentication credentials. Expected OAuth 2 access "
                     "token, login cookie or other valid authentication credential. See "
                     "https://developers.google.com/identity/sign-in/web/devconsole-project.", "global",
                     location="Authorization", locationType="header")
    if kind == "forbidden":
        return error(403, "forbidden", "The request is not properly authorized.", "youtube.comment")
    if kind == "server_error":
        return error(503, "backendError", "The service is currently unavailable.", "global")
    if kind == "not_found":
        return error(404, "commentNotFound", "The comment identified by the <code>id</code> parameter could not "
                     "be found.", "youtube.comment", location="id", locationType="parameter")
    raise ValueError(f"no YouTube answer for fault {kind!r}")


# ---------------------------------------------------------------------- rendering
def _yt_time(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _etag(*parts: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha1("|".join(parts).encode()).digest()).decode().rstrip("=")[:27]


def _handle(author: dict[str, Any]) -> str:
    return "@" + re.sub(r"[^a-z0-9]", "", author["name"].lower())


def _video_of(node: Node) -> Node:
    return node.root if node.root is not None else node


def _comment(state: SandboxState, node: Node, ctx: dict[str, Any]) -> dict[str, Any]:
    channel = state.account("youtube")["channel_id"]
    text_display = node.text if ctx["plain"] else html.escape(node.text, quote=False).replace("\n", "<br>")
    snippet: dict[str, Any] = {
        "channelId": channel,
        "videoId": _video_of(node).id,
        "textDisplay": text_display,
        "textOriginal": node.text,
    }
    if node.kind == "reply" and node.parent is not None:
        snippet["parentId"] = node.parent.id
    snippet.update({
        "authorDisplayName": _handle(node.author),
        "authorProfileImageUrl": f"https://yt3.ggpht.com/ytc/{node.author['id'][2:14]}=s48-c-k-c0x00ffffff-no-rj",
        "authorChannelUrl": f"http://www.youtube.com/{_handle(node.author)}",
        "authorChannelId": {"value": node.author["id"]},
        "canRate": True,
        "viewerRating": "none",
        "likeCount": node.seq % 4,
    })
    if ctx["owner"] and ctx["with_status"]:
        snippet["moderationStatus"] = _API_NAMES[node.status]
    snippet["publishedAt"] = _yt_time(node.created_at)
    snippet["updatedAt"] = _yt_time(node.created_at)
    out: dict[str, Any] = {"kind": "youtube#comment", "etag": _etag(node.id, node.status), "id": node.id}
    if "snippet" in ctx["parts"]:
        out["snippet"] = snippet
        state.mark_served(node)
    return out


def _visible(node: Node) -> bool:
    if not node.live:
        return False
    return node.parent is None or node.parent.kind == "video" or node.parent.live


def _replies(state: SandboxState, top: Node) -> list[Node]:
    out = [n for n in state.live("youtube") if n.kind == "reply" and n.parent is top and _visible(n)]
    return sorted(out, key=lambda n: (n.created_at, n.seq))


def _thread(state: SandboxState, top: Node, ctx: dict[str, Any], status: str | None) -> dict[str, Any]:
    channel = state.account("youtube")["channel_id"]
    replies = _replies(state, top)
    public = [r for r in replies if r.status == "visible"]
    out: dict[str, Any] = {"kind": "youtube#commentThread", "etag": _etag(top.id, str(len(replies))), "id": top.id}
    if "snippet" in ctx["parts"]:
        out["snippet"] = {"channelId": channel, "videoId": _video_of(top).id,
                          "topLevelComment": _comment(state, top, {**ctx, "parts": {"snippet"}}),
                          "canReply": True, "totalReplyCount": len(public), "isPublic": True}
    if "replies" in ctx["parts"]:
        shown = [r for r in replies if status is None or r.status == status][:5]
        if shown:
            out["replies"] = {"comments": [_comment(state, r, {**ctx, "parts": {"snippet"}}) for r in shown]}
    return out


def _page_token(node: Node) -> str:
    return base64.urlsafe_b64encode(f"CAEQ|{_yt_time(node.created_at)}|{node.id}".encode()).decode().rstrip("=")


def _after(token: str, nodes: list[Node]) -> list[Node]:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
        prefix, _, node_id = raw.split("|", 2)
    except (ValueError, UnicodeDecodeError):
        raise _Err(400, "invalidPageToken", "The request specifies an invalid page token.") from None
    if prefix != "CAEQ":
        raise _Err(400, "invalidPageToken", "The request specifies an invalid page token.")
    ids = [n.id for n in nodes]
    if node_id not in ids:
        raise _Err(400, "invalidPageToken", "The request specifies an invalid page token.")
    return nodes[ids.index(node_id) + 1:]


def _max_results(req: Request, default: int = 20) -> int:
    raw = req.param("maxResults")
    if raw is None:
        return default
    if not re.fullmatch(r"\d+", raw) or not 1 <= int(raw) <= 100:
        raise _Err(400, "invalidParameter", f"Invalid value '{raw}'. Values must be within the range: [1, 100]",
                   "global", location="maxResults", locationType="parameter")
    return int(raw)


def _parts(req: Request, allowed: set[str]) -> set[str]:
    raw = req.param("part")
    if not raw:
        raise _Err(400, "required", "Required parameter: part", "global", location="part", locationType="parameter")
    parts = {p.strip() for p in raw.split(",") if p.strip()}
    bad = parts - allowed
    if bad:
        raise _Err(400, "invalidParameter", f"'{sorted(bad)[0]}'", "global", location="part",
                   locationType="parameter")
    return parts


def _list_response(kind: str, items: list[dict[str, Any]], per_page: int, next_node: Node | None) -> dict[str, Any]:
    body: dict[str, Any] = {"kind": kind, "etag": _etag(kind, *[i["id"] for i in items])}
    if next_node is not None:
        body["nextPageToken"] = _page_token(next_node)
    body["pageInfo"] = {"totalResults": len(items), "resultsPerPage": per_page}
    body["items"] = items
    return body


# ---------------------------------------------------------------------- endpoints
def _comment_threads(state: SandboxState, req: Request, ctx: dict[str, Any]) -> Response:
    from connectors.sandbox.server import Response

    ctx["parts"] = _parts(req, {"id", "snippet", "replies"})
    filters = [f for f in ("allThreadsRelatedToChannelId", "channelId", "videoId", "id") if req.param(f)]
    if len(filters) != 1:
        raise _Err(400, "missingRequiredParameter" if not filters else "incompatibleParameters",
                   "No filter selected. Expected one of: allThreadsRelatedToChannelId, channelId, id, videoId"
                   if not filters else "The request specifies incompatible filters.")
    status_name = req.param("moderationStatus", "published")
    if status_name not in _STATUS_NAMES:
        raise _Err(400, "invalidParameter", f"Invalid value '{status_name}'. Value must be one of [heldForReview, "
                   "likelySpam, published]", "global", location="moderationStatus", locationType="parameter")
    if req.param("moderationStatus") and filters[0] == "id":
        raise _Err(400, "incompatibleParameters", "The id filter is incompatible with the moderationStatus parameter.")
    if status_name != "published" and not ctx["owner"]:
        raise _Err(403, "forbidden", "The request is not properly authorized to retrieve the specified comment "
                   "threads.", "youtube.commentThread")
    order = req.param("order", "time")
    if order not in ("time", "relevance"):
        raise _Err(400, "invalidParameter", f"Invalid value '{order}'.", "global", location="order",
                   locationType="parameter")
    ctx["plain"] = req.param("textFormat", "html") == "plainText"
    ctx["with_status"] = True
    status = _STATUS_NAMES[status_name]
    channel = state.account("youtube")["channel_id"]
    tops = [n for n in state.live("youtube") if n.kind == "comment" and _visible(n)]
    if filters[0] == "id":
        wanted = [i.strip() for i in req.param("id").split(",")]
        items = [_thread(state, n, ctx, None) for n in tops if n.id in wanted]
        return Response(200, _list_response("youtube#commentThreadListResponse", items, len(items), None))
    if filters[0] in ("allThreadsRelatedToChannelId", "channelId"):
        if req.param(filters[0]) != channel:
            tops = []
    else:
        video = state.node("youtube", req.param("videoId"))
        if video is None or video.kind != "video" or video.key == req.param("videoId"):
            raise _Err(404, "videoNotFound", "The video identified by the <code>videoId</code> parameter could "
                       "not be found.", "youtube.commentThread", location="videoId", locationType="parameter")
        tops = [n for n in tops if _video_of(n) is video]
    if status == "visible":
        # a held or spam top-level comment takes its thread out of the public listing
        tops = [n for n in tops if n.status == status]
    else:
        tops = [n for n in tops if n.status == status or any(r.status == status for r in _replies(state, n))]
    terms = (req.param("searchTerms") or "").lower()
    if terms:
        tops = [n for n in tops if terms in n.text.lower()]
    tops.sort(key=lambda n: (n.created_at, n.seq), reverse=True)
    if order == "relevance":
        tops.sort(key=lambda n: -(n.seq % 4))
    if req.param("pageToken"):
        tops = _after(req.param("pageToken"), tops)
    per_page = _max_results(req)
    page = tops[:per_page]
    items = [_thread(state, n, ctx, None if status == "visible" else status) for n in page]
    more = page[-1] if len(tops) > per_page else None
    return Response(200, _list_response("youtube#commentThreadListResponse", items, per_page, more))


def _comments_list(state: SandboxState, req: Request, ctx: dict[str, Any]) -> Response:
    from connectors.sandbox.server import Response

    ctx["parts"] = _parts(req, {"id", "snippet"})
    ctx["plain"] = req.param("textFormat", "html") == "plainText"
    if bool(req.param("id")) == bool(req.param("parentId")):
        raise _Err(400, "missingRequiredParameter" if not req.param("id") else "incompatibleParameters",
                   "Expected exactly one of the id and parentId parameters.")
    if req.param("id"):
        ctx["with_status"] = False  # moderationStatus is unset when fetching by id
        wanted = [i.strip() for i in req.param("id").split(",")]
        items = [_comment(state, n, ctx) for n in state.live("youtube") if n.id in wanted and _visible(n)]
        return Response(200, _list_response("youtube#commentListResponse", items, len(items), None))
    ctx["with_status"] = True
    parent = state.node("youtube", req.param("parentId"))
    if parent is None or parent.kind != "comment" or not _visible(parent):
        raise _Err(404, "commentNotFound", "The comment identified by the <code>parentId</code> parameter could "
                   "not be found.", "youtube.comment", location="parentId", locationType="parameter")
    replies = [r for r in _replies(state, parent) if r.status == "visible"]
    if req.param("pageToken"):
        replies = _after(req.param("pageToken"), replies)
    per_page = _max_results(req)
    page = replies[:per_page]
    more = page[-1] if len(replies) > per_page else None
    return Response(200, _list_response("youtube#commentListResponse",
                                        [_comment(state, n, ctx) for n in page], per_page, more))


def _targets(state: SandboxState, req: Request) -> list[Node]:
    raw = req.param("id")
    if not raw:
        raise _Err(400, "required", "Required parameter: id", "global", location="id", locationType="parameter")
    ids = [i.strip() for i in raw.split(",") if i.strip()]
    if len(ids) > 50:
        raise _Err(400, "invalidParameter", "The id parameter accepts up to 50 comment ids.", "youtube.comment",
                   location="id", locationType="parameter")
    nodes = []
    for comment_id in ids:
        node = state.node("youtube", comment_id)
        if node is None or node.key == comment_id or node.kind == "video" or not _visible(node):
            raise _Err(404, "commentNotFound", "The comment identified by the <code>id</code> parameter could not "
                       "be found.", "youtube.comment", location="id", locationType="parameter")
        nodes.append(node)
    return nodes


def _set_moderation_status(state: SandboxState, req: Request) -> Response:
    from connectors.sandbox.server import Response

    status_name = req.param("moderationStatus")
    if status_name not in ("heldForReview", "published", "rejected"):
        raise _Err(400, "invalidModerationStatus", "The moderationStatus parameter specifies an invalid value.",
                   "youtube.comment", location="moderationStatus", locationType="parameter")
    ban = (req.param("banAuthor") or "false").lower() == "true"
    if ban and status_name != "rejected":
        raise _Err(400, "banWithoutReject", "The <code>banAuthor</code> parameter can only be used if the "
                   "<code>moderationStatus</code> parameter value is <code>rejected</code>.", "youtube.comment",
                   location="banAuthor", locationType="parameter")
    nodes = _targets(state, req)
    with state.lock:
        for node in nodes:
            if status_name == "rejected":
                state.set_status(node, "removed", "setModerationStatus rejected")
                if ban:
                    state.yt_banned.add(node.author["id"])
            elif status_name == "heldForReview":
                state.set_status(node, "held", "setModerationStatus heldForReview")
            else:
                state.set_status(node, "visible", "setModerationStatus published")
    return Response(204, None, content_type=None)


def _delete(state: SandboxState, req: Request) -> Response:
    from connectors.sandbox.server import Response

    nodes = _targets(state, req)
    for node in nodes:
        if not node.own:
            raise _Err(403, "forbidden", "The comment could not be deleted because the request is not properly "
                       "authorized: only the comment's author can delete it.", "youtube.comment")
    for node in nodes:
        state.set_status(node, "removed", "comments.delete")
    return Response(204, None, content_type=None)


# ---------------------------------------------------------------------- access checks
def _channels(state: SandboxState, req: Request, ctx: dict[str, Any]) -> Response:
    """``channels.list`` with ``mine=true`` (the channel the OAuth token acts for) or ``id``."""
    from connectors.sandbox.server import Response

    parts = _parts(req, {"id", "snippet"})
    acct = state.account("youtube")
    mine = (req.param("mine") or "").lower() == "true"
    if mine == bool(req.param("id")):
        raise _Err(400, "missingRequiredParameter" if not mine else "incompatibleParameters",
                   "Expected exactly one of the mine and id parameters.")
    if mine and not ctx["owner"]:
        raise _Err(401, "required", "Login Required.", "global", location="Authorization", locationType="header")
    wanted = [i.strip() for i in (req.param("id") or "").split(",")]
    items = []
    if mine or acct["channel_id"] in wanted:
        item: dict[str, Any] = {"kind": "youtube#channel", "etag": _etag("channel", acct["channel_id"]),
                                "id": acct["channel_id"]}
        if "snippet" in parts:
            title = acct.get("title") or state.scenario.school
            item["snippet"] = {"title": title, "description": "", "customUrl": _handle({"name": title}),
                               "publishedAt": "2019-09-01T08:00:00Z", "country": "GB"}
        items.append(item)
    body = {"kind": "youtube#channelListResponse", "etag": _etag("channels", *[i["id"] for i in items]),
            "pageInfo": {"totalResults": len(items), "resultsPerPage": 5}, "items": items}
    return Response(200, body)


def _oauth(state: SandboxState, req: Request) -> Response:
    """Google's OAuth endpoints as the sandbox serves them: ``POST /oauth2/token`` (a refresh
    grant answers with the granted ``scope``) and ``GET /oauth2/tokeninfo``."""
    from connectors.sandbox.server import Response

    scope = " ".join(state.grants["youtube"].get("scopes") or ())
    if req.path == "/oauth2/token" and req.method == "POST":
        if req.param("grant_type") != "refresh_token" or not req.param("refresh_token"):
            return Response(400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type: "})
        return Response(200, {"access_token": "ya29.sandbox-access-token", "expires_in": 3599, "scope": scope,
                              "token_type": "Bearer"})
    if req.path == "/oauth2/tokeninfo" and req.method in ("GET", "POST"):
        token = req.param("access_token")
        if not token:
            return Response(400, {"error": "invalid_request", "error_description": "Invalid Value"})
        now = int(state.clock().timestamp())
        return Response(200, {"azp": "100200300-sandbox.apps.googleusercontent.com",
                              "aud": "100200300-sandbox.apps.googleusercontent.com", "scope": scope,
                              "exp": str(now + 3599), "expires_in": "3599", "access_type": "offline"})
    return Response(404, {"error": "not_found", "error_description": f"no such OAuth endpoint {req.path}"})


def _oauth_fault(kind: str) -> Response:
    """How Google's OAuth endpoints fail: a dead refresh token is ``invalid_grant``."""
    from connectors.sandbox.server import Response

    if kind in ("auth", "auth_revoked", "forbidden", "not_found"):
        return Response(400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."})
    if kind in ("rate_limited", "quota"):
        return Response(429, {"error": "rate_limit_exceeded", "error_description": "Rate limit exceeded."})
    return Response(503, {"error": "temporarily_unavailable", "error_description": "Service unavailable."})


_COSTS = {("GET", "channels"): 1, ("GET", "commentThreads"): 1, ("GET", "comments"): 1,
          ("POST", "comments/setModerationStatus"): 50, ("DELETE", "comments"): 50}


def handle(state: SandboxState, req: Request) -> Response:
    if req.path.startswith("/oauth2/"):
        return _oauth(state, req)  # no quota: these are Google's OAuth servers, not the API
    endpoint = req.path[len("/youtube/v3/"):].strip("/")
    cost = _COSTS.get((req.method, endpoint))
    with state.lock:
        state.youtube_units += cost or 1
    auth = req.headers.get("Authorization") or ""
    owner = auth.lower().startswith("bearer ") and bool(auth[7:].strip())
    if not owner and not req.param("key"):
        return error(403, "forbidden", "The request is missing a valid API key.", "global")
    if req.param("alt") not in (None, "json"):
        return error(400, "invalidParameter", f"Invalid value '{req.param('alt')}' for parameter alt.", "global")
    if cost is None:
        return error(404, "notFound", f"Method not found: {req.method} {req.path}", "global")
    if req.method != "GET" and not owner:
        return error(401, "required", "API keys are not supported by this API. Expected OAuth2 access token or "
                     "other authentication credentials that assert a principal.", "global",
                     location="Authorization", locationType="header")
    ctx: dict[str, Any] = {"owner": owner}
    try:
        if endpoint == "commentThreads":
            return _comment_threads(state, req, ctx)
        if endpoint == "comments" and req.method == "GET":
            return _comments_list(state, req, ctx)
        if endpoint == "comments/setModerationStatus":
            return _set_moderation_status(state, req)
        if endpoint == "channels":
            return _channels(state, req, ctx)
        return _delete(state, req)
    except _Err as exc:
        return error(exc.code, exc.reason, exc.message, exc.domain, **exc.extra)
