"""The sandbox's world: every post and comment of the scenario, their release over
time, their moderation state, and the log of calls made against it.

One :class:`SandboxState` is shared by the three platform modules, which read and change
it under its lock. Items are released by scenario time: an item scripted ``at`` seconds is
served once ``(clock() - start) * speed >= at``; its ``created_at`` is frozen when it is
released, so a comment never changes its timestamp once a client has seen it.
:meth:`SandboxState.release_all` releases the rest at once with timestamps spread over
the recent past (spacing kept, order kept), which is what tests want.

Platform ids are derived deterministically from scenario keys, so a scenario always
produces the same ids: Facebook ``{post}_{comment}`` numbers, X snowflakes that grow with
time, YouTube ``Ug…4AaABAg`` comment ids and ``UC…`` channel ids.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from connectors.sandbox.scenario import Scenario

__all__ = ["AUTHOR_BLOCKED", "DEFAULT_GRANTS", "Node", "SandboxState"]

Clock = Callable[[], datetime]

#: Why an item is removed the moment it is posted: its author was blocked from the Page
#: (Facebook) or hidden from the channel (YouTube) before, so the platform never shows it.
AUTHOR_BLOCKED = "author blocked"

_X_EPOCH_MS = 1288834974657  # Twitter snowflake epoch
_YT_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


#: What the sandbox's tokens are allowed, per platform, until a test changes it with
#: :meth:`~connectors.sandbox.server.SandboxServer.grant`: a Page token with the Page
#: permissions the worker needs and the MODERATE task, an X user token with read-write
#: access and the moderation scopes, a YouTube token with ``youtube.force-ssl``. Only the
#: access-check endpoints report these (``/debug_token``, ``/me/permissions``, a Page's
#: ``tasks``, X's ``x-access-level``, Google's token and tokeninfo answers); the other
#: endpoints do not enforce them.
DEFAULT_GRANTS: dict[str, dict[str, Any]] = {
    "facebook": {
        "token_type": "PAGE",
        "scopes": ("pages_show_list", "pages_read_engagement", "pages_read_user_content",
                   "pages_manage_engagement", "pages_manage_metadata", "public_profile"),
        "tasks": ("ANALYZE", "ADVERTISE", "MODERATE", "CREATE_CONTENT", "MANAGE"),
    },
    "x": {
        "scopes": ("tweet.read", "users.read", "tweet.moderate.write", "offline.access"),
        "access_level": "read-write",
    },
    "youtube": {
        "scopes": ("https://www.googleapis.com/auth/youtube.force-ssl",),
    },
}


def _digest(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("|".join(parts).encode()).digest()[:16], "big")


def _digits(seed: str, length: int, lead: str = "") -> str:
    body = str(_digest(seed)).rjust(length, "7")
    return (lead + body)[:length]


def _yt_chars(seed: str, length: int) -> str:
    number = _digest(seed) * 0x9E3779B97F4A7C15 + _digest(seed, "2")
    out = []
    for _ in range(length):
        number, rem = divmod(number, 64)
        out.append(_YT_ALPHABET[rem])
    return "".join(out)


def _real_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Node:
    """One post, comment, reply, tweet or video of the scenario, as the sandbox holds it."""

    platform: str
    id: str
    key: str
    kind: str  # post | visitor_post | comment | reply | tweet | mention | video
    author: dict[str, Any]
    text: str
    parent: Node | None = None  # the item replied to (None for posts)
    root: Node | None = None  # the post / tweet / video the item hangs under
    at_s: float | None = None  # scenario release time; None for the school's posts
    created_at: datetime | None = None
    released: bool = False
    status: str = "visible"  # visible | hidden | held | likely_spam | removed
    labels: tuple[str, ...] = ()
    must_hide: bool = False
    own: bool = False
    title: str | None = None
    seq: int = 0
    removed_reason: str | None = None
    history: list[tuple[datetime, str]] = field(default_factory=list)

    @property
    def live(self) -> bool:
        return self.released and self.status != "removed"

    @property
    def blocked_on_arrival(self) -> bool:
        """Removed when it was posted because its author was blocked: never listed by any API."""
        return self.released and self.status == "removed" and self.removed_reason == AUTHOR_BLOCKED


class SandboxState:
    """Posts, comments and moderation state of the three platforms."""

    def __init__(self, scenario: Scenario, *, clock: Clock | None = None, speed: float = 1.0,
                 start: datetime | None = None) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.scenario = scenario
        self.clock: Clock = clock or _real_now
        self.speed = float(speed)
        self.start = start or self.clock()
        if self.start.tzinfo is None:
            raise ValueError("the sandbox clock must return timezone-aware datetimes")
        self.lock = threading.RLock()
        #: (method, path, query dict) of every request, in arrival order
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        #: (platform, id) -> when an API answer first carried the item (for diagnosing a
        #: run: an item lost by a client was either never served or served and dropped)
        self.served: dict[tuple[str, str], datetime] = {}
        self.accounts = scenario.accounts
        self.nodes: dict[str, dict[str, Node]] = {"facebook": {}, "x": {}, "youtube": {}}
        self._by_key: dict[str, Node] = {}
        self._authors: dict[tuple[str, str], dict[str, Any]] = {}
        #: Facebook page id -> {user id: name} blocked from the page
        self.fb_blocked: dict[str, dict[str, str]] = {}
        #: YouTube channel ids banned with banAuthor
        self.yt_banned: set[str] = set()
        #: YouTube quota units spent (per the documented costs)
        self.youtube_units = 0
        #: call counters per rate-limit bucket, e.g. ("x", "mentions", window start)
        self.counters: dict[tuple[Any, ...], int] = {}
        #: platform -> what its token is allowed (see :data:`DEFAULT_GRANTS`)
        self.grants: dict[str, dict[str, Any]] = {k: dict(v) for k, v in DEFAULT_GRANTS.items()}
        self._build()
        # the newest timestamp handed out so far; released items never go back past it
        self._last_release = max((n.created_at for ns in self.nodes.values() for n in ns.values()
                                  if n.created_at is not None), default=self.start - timedelta(days=1))

    # ------------------------------------------------------------------ building
    def account(self, platform: str) -> dict[str, Any]:
        return self.accounts[platform]

    def author_of(self, platform: str, name: str, handle: str | None = None) -> dict[str, Any]:
        """The platform identity of a scenario author (``school`` is the account itself)."""
        if name == "school":
            acct = self.accounts[platform]
            if platform == "facebook":
                return {"id": str(acct["page_id"]), "name": acct.get("name", self.scenario.school)}
            if platform == "x":
                return {"id": str(acct["user_id"]), "name": acct.get("name", self.scenario.school),
                        "username": acct["username"]}
            return {"id": acct["channel_id"], "name": acct.get("title", self.scenario.school)}
        if name == "anonymous" and platform == "facebook":
            return {"anonymous": True}  # Graph leaves out ``from`` for some commenters
        cache_key = (platform, name)
        if cache_key not in self._authors:
            if platform == "facebook":
                author = {"id": _digits("fb-user:" + name, 16, "24"), "name": name}
            elif platform == "x":
                username = handle or (re.sub(r"[^A-Za-z]", "", name)[:12] + str(_digest("xh:" + name) % 90 + 10))
                author = {"id": str(_digest("x-user:" + name) % 10**18 + 10**18), "name": name,
                          "username": username}
            else:
                author = {"id": "UC" + _yt_chars("yt-channel:" + name, 22), "name": name}
            self._authors[cache_key] = author
        return self._authors[cache_key]

    def _build(self) -> None:
        sc = self.scenario
        page_id = str(self.accounts["facebook"]["page_id"])
        for seq, post in enumerate(sc.posts):
            created = self.start - timedelta(hours=post.hours_ago)
            author = self.author_of(post.platform, "school")
            if post.platform == "facebook":
                node_id = f"{page_id}_{_digits('fb-post:' + post.key, 18, '1221')}"
                kind = "post"
            elif post.platform == "x":
                node_id = self._snowflake(created, seq)
                kind = "tweet"
            else:
                node_id = _yt_chars("yt-video:" + post.key, 11)
                kind = "video"
            node = Node(platform=post.platform, id=node_id, key=post.key, kind=kind, author=author,
                        text=post.text, created_at=created, released=True, own=True, title=post.title,
                        seq=seq)
            node.root = node
            self._add(node)
        for seq, item in enumerate(sc.items, start=len(sc.posts)):
            author = self.author_of(item.platform, item.by, item.handle)
            own = item.by == "school"
            scheduled = self.start + timedelta(seconds=item.at_s / self.speed)
            parent = None if item.on in ("feed", "mention") else self._by_key[item.on]
            root = parent.root if parent is not None else None
            text = item.text
            if item.platform == "facebook":
                if parent is None:
                    kind = "visitor_post"
                    node_id = f"{page_id}_{_digits('fb-post:' + item.key, 18, '1221')}"
                else:
                    if parent.kind == "reply":
                        parent = parent.parent  # Facebook threads are two levels deep
                    kind = "comment" if parent.kind in ("post", "visitor_post") else "reply"
                    post_obj = root.id.split("_", 1)[1]
                    node_id = f"{post_obj}_{_digits('fb-comment:' + item.key, 16, '1')}"
            elif item.platform == "x":
                node_id = self._snowflake(scheduled, seq)
                if parent is None:
                    kind = "mention"
                    handle = "@" + self.accounts["x"]["username"]
                    if handle.lower() not in text.lower():
                        text = f"{handle} {text}"
                else:
                    kind = "reply"
                    if item.mention and not own:
                        handles = ["@" + self.accounts["x"]["username"]]
                        if parent.author.get("username") and not parent.own:
                            handles.insert(0, "@" + parent.author["username"])
                        text = " ".join(handles + [text])
            else:
                if parent is None:
                    raise ValueError(f"YouTube item {item.key} needs a video or comment to be 'on'")
                if parent.kind == "video":
                    kind = "comment"
                    node_id = "Ugz" + _yt_chars("yt-comment:" + item.key, 16) + "4AaABAg"
                else:
                    # a reply to a reply is a reply to the same top-level comment on YouTube
                    top = parent if parent.kind == "comment" else parent.parent
                    parent = top
                    kind = "reply"
                    node_id = f"{top.id}.{_yt_chars('yt-reply:' + item.key, 22)}"
            node = Node(platform=item.platform, id=node_id, key=item.key, kind=kind, author=author,
                        text=text, parent=parent, root=root, at_s=item.at_s, labels=item.labels,
                        must_hide=item.must_hide and not own, own=own, seq=seq)
            if kind in ("visitor_post", "mention"):
                node.root = node
            if item.platform == "youtube" and item.status:
                node.status = {"likelySpam": "likely_spam", "heldForReview": "held"}[item.status]
            self._add(node)

    def _add(self, node: Node) -> None:
        if node.id in self.nodes[node.platform]:
            raise ValueError(f"id collision for {node.key}")
        self.nodes[node.platform][node.id] = node
        self._by_key[node.key] = node

    @staticmethod
    def _snowflake(created: datetime, seq: int) -> str:
        ms = int(created.timestamp() * 1000)
        return str(((ms - _X_EPOCH_MS) << 22) | (seq & 0x3FFFFF))

    # ------------------------------------------------------------------ time
    def now(self) -> datetime:
        return self.clock()

    def elapsed_s(self) -> float:
        """Scenario seconds since the start (wall seconds times the speed)."""
        return (self.clock() - self.start).total_seconds() * self.speed

    def refresh(self) -> None:
        """Release every item whose scenario time has come."""
        with self.lock:
            elapsed = self.elapsed_s()
            for node in self._pending():
                if node.at_s <= elapsed:
                    self._release(node, self.start + timedelta(seconds=node.at_s / self.speed))

    def _pending(self) -> list[Node]:
        pending = [n for nodes in self.nodes.values() for n in nodes.values() if not n.released]
        return sorted(pending, key=lambda n: (n.at_s, n.seq))

    def _release(self, node: Node, created: datetime) -> None:
        floor = self._last_release
        if node.parent is not None and node.parent.created_at is not None:
            floor = max(floor, node.parent.created_at)
        if created <= floor:
            created = floor + timedelta(milliseconds=1)
        node.created_at = created
        node.released = True
        self._last_release = max(self._last_release, created)
        if self._author_barred(node):
            self._set_status(node, "removed", AUTHOR_BLOCKED)

    def _author_barred(self, node: Node) -> bool:
        if node.platform == "facebook":
            page = str(self.accounts["facebook"]["page_id"])
            return node.author.get("id") in self.fb_blocked.get(page, {})
        if node.platform == "youtube":
            return node.author.get("id") in self.yt_banned
        return False

    def release_all(self) -> None:
        """Release every remaining item now, spread over the recent past in script order."""
        with self.lock:
            self.refresh()
            pending = self._pending()
            if not pending:
                return
            now = self.clock()
            first_at, last_at = pending[0].at_s, pending[-1].at_s
            span_s = (last_at - first_at) / self.speed + 1.0
            room_s = (now - self._last_release).total_seconds()
            # keep the scripted spacing, ending at "now"; squeeze it proportionally when the
            # items already released leave less room than that before "now"
            scale = min(1.0, room_s / span_s) if room_s > 0 else 0.0
            for node in pending:
                back_s = (last_at - node.at_s) / self.speed * scale
                self._release(node, now - timedelta(seconds=back_s))
            self._last_release = max(self._last_release, now)

    # ------------------------------------------------------------------ lookups
    def node(self, platform: str, node_id: str) -> Node | None:
        """A released node by platform id (or scenario key), removed or not."""
        with self.lock:
            self.refresh()
            node = self.nodes[platform].get(node_id) or self._by_key.get(node_id)
            if node is None or node.platform != platform or not node.released:
                return None
            return node

    def live(self, platform: str) -> list[Node]:
        with self.lock:
            self.refresh()
            return [n for n in self.nodes[platform].values() if n.live]

    def set_status(self, node: Node, status: str, why: str) -> None:
        with self.lock:
            self._set_status(node, status, why)

    def _set_status(self, node: Node, status: str, why: str) -> None:
        node.status = status
        if status == "removed":
            node.removed_reason = why
        node.history.append((self.clock(), f"{status}: {why}"))

    # ------------------------------------------------------------------ for tests and the demo
    def visibility(self, platform: str, comment_id: str) -> str:
        """"visible", "hidden", "held" or "removed" for a comment id (or scenario key).

        What the public sees: YouTube's likelySpam queue counts as "held", and a reply
        whose parent was deleted or rejected counts as "removed"."""
        with self.lock:
            self.refresh()
            node = self.nodes[platform].get(comment_id) or self._by_key.get(comment_id)
            if node is None or node.platform != platform:
                raise KeyError(f"no {platform} item {comment_id!r} in the scenario")
            ancestor = node.parent
            while ancestor is not None:
                if ancestor.status == "removed":  # deleting or rejecting a comment takes its replies
                    return "removed"
                ancestor = ancestor.parent
            return {"likely_spam": "held"}.get(node.status, node.status)

    def expected(self, *, include_own: bool = False) -> list[dict[str, Any]]:
        """Ground truth of every scripted item the worker should see (never served over the API).

        The school's own replies are served but are not for moderation (connectors skip
        them), so they are left out unless ``include_own`` is set."""
        with self.lock:
            self.refresh()
            out = []
            for item in self.scenario.items:
                node = self._by_key[item.key]
                if node.own and not include_own:
                    continue
                out.append({
                    "platform": node.platform, "id": node.id, "key": node.key, "kind": node.kind,
                    "text": node.text, "labels": list(node.labels), "must_hide": node.must_hide,
                    "own": node.own, "released": node.released, "author_id": node.author.get("id"),
                    "author_name": node.author.get("name"),
                })
            return out

    def bump(self, key: tuple[Any, ...]) -> int:
        """Count one call in a rate-limit bucket and return the bucket's total."""
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + 1
            return self.counters[key]

    def mark_served(self, node: Node) -> None:
        """Note that an answer carried ``node`` (the first time only)."""
        key = (node.platform, node.id)
        if key not in self.served:
            self.served[key] = self.clock()

    def record_call(self, method: str, path: str, query: dict[str, str]) -> None:
        with self.lock:
            self.calls.append((method, path, dict(query)))
