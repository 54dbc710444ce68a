"""Plain types shared by the worker's pure functions (policy, alerts, digest).

Nothing here does I/O. Times are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timezone

from classifiers.base import LABELS, Label
from connectors.base import Capability, Comment

__all__ = [
    "LABELS",
    "AuditEvent",
    "Capability",
    "Comment",
    "Decision",
    "Intention",
    "Label",
    "utcnow",
]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Intention(str, enum.Enum):
    """What the policy wants done; connectors degrade what they cannot do."""

    NONE = "none"
    FLAG = "flag"  # human review, no platform action
    HIDE = "hide"
    HOLD = "hold"
    REMOVE = "remove"
    BAN = "ban"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {
    Intention.NONE: 0,
    Intention.FLAG: 1,
    Intention.HIDE: 2,
    Intention.HOLD: 3,
    Intention.REMOVE: 4,
    Intention.BAN: 5,
}


class AuditEvent(str, enum.Enum):
    SEEN = "seen"
    CLASSIFIED = "classified"
    DECIDED = "decided"
    ACTION_REQUESTED = "action_requested"
    ACTION_DONE = "action_done"
    ACTION_FAILED = "action_failed"
    ALERT_SENT = "alert_sent"
    ALERT_FAILED = "alert_failed"
    ACKNOWLEDGED = "acknowledged"
    RESTORED = "restored"
    CONFIRMED = "confirmed"
    AUTHOR_BLOCKED = "author_blocked"
    ESCALATED = "escalated"
    CONFIG_LOADED = "config_loaded"
    ACCOUNT_NEEDS_REAUTH = "account_needs_reauth"
    PURGED = "purged"


@dataclass(frozen=True)
class Decision:
    """The policy's answer for one comment."""

    intention: Intention
    labels: tuple[str, ...]  # labels at or above their act threshold
    review_labels: tuple[str, ...]  # labels between review and act
    alert: str  # urgent | immediate | grouped | none
    reasons: tuple[str, ...]
    observe: bool = False
    allowed_by: str | None = None  # allow list entry that suppressed action
    rules: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def acts(self) -> bool:
        return self.intention.severity >= Intention.HIDE.severity

    def to_dict(self) -> dict:
        return {
            "intention": self.intention.value,
            "labels": list(self.labels),
            "review_labels": list(self.review_labels),
            "alert": self.alert,
            "reasons": list(self.reasons),
            "observe": self.observe,
            "allowed_by": self.allowed_by,
            "rules": list(self.rules),
        }
