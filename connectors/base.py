"""What every platform connector has in common.

A connector turns one platform's API into four things the worker understands: a
:class:`Comment`, an opaque :class:`Cursor`, a set of :class:`Capability` values, and the
error tree of :mod:`monitor.errors`. It knows nothing of the store, the policy or the
queue: the worker calls ``fetch_new_comments`` with the last saved cursor, stores the
comments, and only then saves the returned cursor.

Connectors are built from an account's config plus its secrets::

    connector = FacebookConnector(account=account_cfg, secrets=secrets, base_url=None)

``base_url`` points the SDK at the local sandbox (``None`` means the real platform).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

__all__ = [
    "Capability",
    "Comment",
    "Connector",
    "Cursor",
    "FetchResult",
    "PlatformState",
    "StateReader",
]


class Capability(str, enum.Enum):
    """Things a connector can do on its platform."""

    HIDE = "hide"  # reversible: public can no longer see it
    RESTORE = "restore"  # undo a hide/hold
    REMOVE = "remove"  # irreversible removal
    HOLD = "hold"  # platform-native review queue (YouTube heldForReview)
    BAN = "ban"  # block/ban the author


class PlatformState(str, enum.Enum):
    VISIBLE = "visible"
    HIDDEN = "hidden"
    HELD = "held"
    LIKELY_SPAM = "likely_spam"
    REMOVED = "removed"


@dataclass(frozen=True)
class Comment:
    """One comment, reply, visitor post or mention, as read from a platform."""

    platform: str  # "facebook" | "x" | "youtube"
    account_id: str  # the configured account's key (config), not the platform's id
    id: str  # the platform's id for the comment
    thread_id: str  # FB post id / X conversation_id / YT thread id
    parent_id: str | None
    author_id: str | None
    author_name: str | None
    text: str
    created_at: datetime  # timezone-aware UTC
    permalink: str | None
    attachments: tuple[str, ...] = ()
    platform_state: str = PlatformState.VISIBLE.value
    raw: Mapping[str, Any] = field(default_factory=dict)


#: Opaque, JSON-serialisable cursor. Each connector defines its own keys; the worker only
#: stores it and hands it back.
Cursor = dict[str, Any]


@dataclass(frozen=True)
class FetchResult:
    """What one poll returned: the comments, the cursor to save after storing them, and
    how many API calls the poll cost (for quota accounting)."""

    comments: list[Comment]
    cursor: Cursor
    calls: int = 0
    cost_units: int = 0


@runtime_checkable
class Connector(Protocol):
    """The interface the worker uses. Every method may raise a ``ConnectorError``."""

    platform: str
    capabilities: frozenset[Capability]

    def fetch_new_comments(self, cursor: Cursor | None) -> FetchResult:
        """Read comments newer than ``cursor`` (all recent ones when ``None``)."""
        ...

    def hide_comment(self, comment_id: str) -> None:
        """Make the comment invisible to the public, reversibly. Idempotent."""
        ...

    def restore_comment(self, comment_id: str) -> None:
        """Undo a hide or hold. Idempotent."""
        ...

    def remove_comment(self, comment_id: str) -> None:
        """Remove the comment for good. ``GoneError`` counts as success for callers."""
        ...

    def hold_comment(self, comment_id: str) -> None:
        """Put the comment in the platform's review queue (or hide where none exists)."""
        ...

    def ban_author(self, author_id: str, comment_id: str | None = None) -> None:
        """Block the author from the account, where the platform allows it."""
        ...


@runtime_checkable
class StateReader(Protocol):
    """Optional: a connector that can say where one comment stands on the platform.

    Used only after a worker died in the middle of a platform call: before calling again,
    the worker asks whether the first call already took effect, so that no action reaches
    the platform twice. Connectors whose own write already checks first (Facebook reads
    ``is_hidden`` before hiding) or whose platform has no such read (X) do not offer it.
    """

    def moderation_state(self, comment_id: str) -> str | None:
        """A :class:`PlatformState` value, or ``None`` when it cannot be told cheaply."""
        ...
