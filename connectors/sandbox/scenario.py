"""The scripted school scenario the sandbox serves, loaded from a YAML data file.

A scenario names one account per platform, the school's own posts (published some hours
before the scenario starts) and a timeline of comments, replies, visitor posts and
mentions, each released ``at`` seconds of scenario time after the start. Every scripted
item carries its ground truth - the labels a correct classifier gives it and whether the
worker must end up hiding or holding it - which the sandbox never serves over the API;
tests and the demo read it through :meth:`SandboxState.expected`.

Data file layout (``scenario.yaml`` in this package is the default)::

    accounts:
      facebook: {key: oakfield-fb, page_id: "1002...", name: ...}
      x:        {key: oakfield-x, user_id: "1480...", username: ..., name: ...}
      youtube:  {key: oakfield-yt, channel_id: UC..., title: ...}
    posts:                       # the school's own posts, tweets and videos
      - {key, platform, hours_ago, text[, title]}
    items:                       # released over scenario time
      - {key, to, at, by, text[, labels][, hide][, status][, handle][, mention]}

``to`` is the key of a post (a top-level comment, a reply tweet) or of another item (a
reply to it); on Facebook ``to: feed`` makes a visitor post and on X ``to: mention`` a
stand-alone tweet that mentions the school. ``by: school`` makes the account itself the
author; on Facebook ``by: anonymous`` serves a comment without ``from``, as the Graph API
sometimes does. ``hide`` defaults to "has any label"; ``status`` sets a YouTube comment's initial
moderation status (``likelySpam`` or ``heldForReview``, as YouTube's own filters do).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Scenario", "ScenarioItem", "ScenarioPost", "load_scenario"]

PLATFORMS = ("facebook", "x", "youtube")
LABELS = ("abuse", "hate", "spam", "commercial", "personal_info", "safeguarding")


@dataclass(frozen=True)
class ScenarioPost:
    key: str
    platform: str
    hours_ago: float
    text: str
    title: str | None = None


@dataclass(frozen=True)
class ScenarioItem:
    key: str
    platform: str
    on: str
    at_s: float
    by: str
    text: str
    labels: tuple[str, ...] = ()
    must_hide: bool = False
    status: str | None = None
    handle: str | None = None
    mention: bool = True


@dataclass(frozen=True)
class Scenario:
    accounts: dict[str, dict[str, Any]]
    posts: tuple[ScenarioPost, ...]
    items: tuple[ScenarioItem, ...]
    school: str = "Oakfield Primary School"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def duration_s(self) -> float:
        """Scenario seconds from the start to the last release."""
        return max((item.at_s for item in self.items), default=0.0)


def _fail(where: str, message: str) -> None:
    raise ValueError(f"scenario {where}: {message}")


def build_scenario(data: dict[str, Any], source: str = "<scenario>") -> Scenario:
    """Validate a parsed scenario document and build a :class:`Scenario`."""
    accounts = data.get("accounts") or {}
    for platform in PLATFORMS:
        if platform not in accounts:
            _fail(source, f"accounts.{platform} is missing")
    posts: list[ScenarioPost] = []
    keys: dict[str, str] = {}  # key -> platform
    for raw in data.get("posts") or ():
        post = ScenarioPost(key=str(raw["key"]), platform=str(raw["platform"]),
                            hours_ago=float(raw.get("hours_ago", 24)), text=str(raw.get("text", "")),
                            title=raw.get("title"))
        if post.platform not in PLATFORMS:
            _fail(source, f"post {post.key}: unknown platform {post.platform!r}")
        if post.key in keys:
            _fail(source, f"duplicate key {post.key!r}")
        keys[post.key] = post.platform
        posts.append(post)
    items: list[ScenarioItem] = []
    for raw in data.get("items") or ():
        key = str(raw["key"])
        on = str(raw["to"])
        if key in keys:
            _fail(source, f"duplicate key {key!r}")
        if on in ("feed", "mention"):
            platform = {"feed": "facebook", "mention": "x"}[on]
        elif on in keys:
            platform = keys[on]
        else:
            _fail(source, f"item {key}: 'to' refers to unknown key {on!r} (define it earlier)")
        labels = tuple(raw.get("labels") or ())
        for label in labels:
            if label not in LABELS:
                _fail(source, f"item {key}: unknown label {label!r}")
        item = ScenarioItem(
            key=key, platform=platform, on=on, at_s=float(raw["at"]), by=str(raw["by"]),
            text=str(raw["text"]), labels=labels, must_hide=bool(raw.get("hide", bool(labels))),
            status=raw.get("status"), handle=raw.get("handle"), mention=bool(raw.get("mention", True)),
        )
        keys[key] = platform
        items.append(item)
    items.sort(key=lambda it: it.at_s)
    return Scenario(accounts=dict(accounts), posts=tuple(posts), items=tuple(items),
                    school=str(data.get("school", "Oakfield Primary School")),
                    extra={k: v for k, v in data.items() if k not in ("accounts", "posts", "items", "school")})


def load_scenario(path: str | Path | None = None) -> Scenario:
    """Load a scenario from a YAML file; ``None`` loads the bundled Oakfield scenario."""
    if path is None:
        return _default_scenario()
    return build_scenario(yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}, str(path))


@functools.lru_cache(maxsize=1)
def _default_scenario() -> Scenario:
    # parsed once per process: scenarios are immutable and tests start many servers
    text = resources.files("connectors.sandbox").joinpath("scenario.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return build_scenario(yaml.load(text, Loader=loader) or {}, "connectors/sandbox/scenario.yaml")
