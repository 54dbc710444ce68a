"""The headteacher's weekly digest: what happened on the school's accounts last week.

:func:`build_digest` reads the store and the audit trail and returns a :class:`Digest`,
plain data with every figure the headteacher sees; the ``render_*`` functions turn it
into an HTML email (charts as inline images), a standalone HTML page, plain text or a
PDF; :func:`send_digest` mails it to the school's present headteacher(s) once per week;
:func:`main` is ``monitor digest``.

How the figures are counted (the same rules for this week, last week, the term and the
history chart, so they can be compared):

* Weeks run Monday 00:00 to Monday 00:00 in the school's time zone, so a week that
  contains a clock change is 167 or 169 hours long. Days are local calendar days.
* A comment is *seen* in the week the worker fetched it (``fetched_at``), counted under
  the labels the classifier gave it.
* A comment is *actioned* in the week its first hide, hold or removal was carried out
  on the platform (``done_at``), counted under the labels of the policy's decision. A
  comment with two labels counts once per label in the per-label table; the per-day
  chart stacks each comment once, under its most serious label.
* Comment to action = first completed hide/hold/removal minus the time the comment was
  posted. Alert to acknowledgement = acknowledgement minus the time the alert was
  raised, over urgent, immediate and grouped alerts raised in the week (one per comment
  and kind, because the same alert goes out on several channels). Medians are the usual
  median; the 95th percentile is nearest-rank (95 % of cases were at or below it).
* Status figures (safeguarding cases still open, comments waiting for review, accounts
  needing re-authorisation) are as of ``now``, the moment the digest is built.
* The term so far starts at the Monday of the week holding 1 September (autumn term),
  4 January (spring term, ISO week 1) or the Monday after Easter Monday (summer term),
  an approximation of English school terms; pass ``term_start`` for the exact date.
* API quota: the cursors keep running totals per account; each sent digest records a
  snapshot of them in the audit trail, so use "since the previous digest" is the
  difference between now and that snapshot.

Nothing here sends comment text beyond short masked excerpts, and repeat offenders are
shown by display name and platform only.
"""

from __future__ import annotations

import argparse
import base64
import logging
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select

from connectors import PLATFORM_NAMES
from monitor.config import PolicyConfig, SchoolConfig
from monitor.domain import AuditEvent
from monitor.errors import AlertDeliveryError, ConfigError, MonitorError, redact, register_secret
from monitor.store import ActionRow, AlertRow, AuditRow, CommentRow, CursorRow, DecisionRow, Store, VerdictRow

__all__ = [
    "AccountQuota",
    "PlatformUsage",
    "Ban",
    "DayFigures",
    "Digest",
    "Durations",
    "ReauthAccount",
    "RepeatOffender",
    "Restored",
    "ReviewQueue",
    "SafeguardingCase",
    "TermFigures",
    "WeekFigures",
    "build_digest",
    "build_digest_message",
    "chromium_command",
    "digest_key",
    "digest_recipients",
    "durations",
    "find_chromium",
    "fmt_duration",
    "iso_week_of",
    "main",
    "next_digest_time",
    "previous_week_of",
    "quota_snapshot",
    "render_html",
    "render_html_standalone",
    "render_pdf",
    "render_text",
    "send_digest",
    "term_start_for",
    "week_bounds",
]

log = logging.getLogger(__name__)

# Most serious first: the per-day chart stacks a comment under the first of its labels here.
LABEL_ORDER: tuple[str, ...] = ("safeguarding", "hate", "abuse", "personal_info", "commercial", "spam")
OTHER_LABEL = "other"  # actioned by a custom rule that gave no label
ACTION_KINDS = ("hide", "hold", "remove")
ACK_ALERT_KINDS = ("urgent", "immediate", "grouped")
HISTORY_WEEKS = 8  # weeks shown in the "this week against previous weeks" chart
EXCERPT_CHARS = 90
DIGEST_ALERT_KIND = "digest"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# ---------------------------------------------------------------- the data


@dataclass(frozen=True)
class Durations:
    """A set of durations in seconds with their median and 95th percentile."""

    values_s: tuple[float, ...] = ()

    @property
    def count(self) -> int:
        return len(self.values_s)

    @property
    def median_s(self) -> float | None:
        return statistics.median(self.values_s) if self.values_s else None

    @property
    def p95_s(self) -> float | None:
        if not self.values_s:
            return None
        ordered = sorted(self.values_s)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def durations(values: Iterable[float]) -> Durations:
    """Durations from seconds; negative values (clock skew between platform and us) become 0."""
    return Durations(tuple(sorted(max(0.0, float(v)) for v in values)))


@dataclass(frozen=True)
class WeekFigures:
    """Counts and response times over one window (a week, or the term so far)."""

    label: str
    start: datetime  # UTC, inclusive
    end: datetime  # UTC, exclusive
    seen: int = 0
    actioned: int = 0
    flagged: int = 0  # decided "needs a human look", no platform action
    observed: int = 0  # would have been actioned, but the account is in observe mode
    seen_by_label: dict[str, int] = field(default_factory=dict)
    actioned_by_label: dict[str, int] = field(default_factory=dict)
    seen_by_platform: dict[str, int] = field(default_factory=dict)
    actioned_by_platform: dict[str, int] = field(default_factory=dict)
    comment_to_action: Durations = Durations()
    alert_to_ack: Durations = Durations()
    alerts: int = 0  # urgent, immediate and grouped alerts raised
    alerts_acknowledged: int = 0
    alerts_open_urgent: int = 0  # urgent alerts not acknowledged by ``now``
    safeguarding: int = 0
    restored: int = 0
    bans: int = 0

    @property
    def has_data(self) -> bool:
        return bool(self.seen or self.actioned or self.alerts or self.restored or self.bans or self.flagged)


@dataclass(frozen=True)
class DayFigures:
    day: date  # local calendar day
    seen: int
    actioned: int
    actioned_by_label: dict[str, int]  # each comment once, under its most serious label


@dataclass(frozen=True)
class TermFigures:
    name: str  # "Autumn term 2026"
    start: date  # local Monday the term window starts
    source: str  # "approximate" | "configured"
    weeks: int  # weeks in the window so far, this week included
    figures: WeekFigures

    def per_week(self, value: int) -> float | None:
        return value / self.weeks if self.weeks else None


@dataclass(frozen=True)
class SafeguardingCase:
    comment_id: int
    platform: str
    account: str
    decided_at: datetime
    action: str  # "held", "hidden", "removed", "observe mode: no action", "no action"
    status: str  # "acknowledged" | "open"
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    escalations: int  # pages sent on to the deputy DSL / headteacher
    excerpt: str  # masked
    carried_over: bool  # decided before this week and still open

    @property
    def time_to_ack_s(self) -> float | None:
        if self.acknowledged_at is None:
            return None
        return max(0.0, (self.acknowledged_at - self.decided_at).total_seconds())


@dataclass(frozen=True)
class RepeatOffender:
    display_name: str
    platform: str
    actioned: int  # actioned comments within the policy's window ending with this week
    banned: bool


@dataclass(frozen=True)
class Ban:
    display_name: str
    platform: str
    at: datetime
    by: str


@dataclass(frozen=True)
class Restored:
    comment_id: int
    platform: str
    account: str
    labels: tuple[str, ...]
    at: datetime
    by: str
    excerpt: str  # masked


@dataclass(frozen=True)
class ReviewQueue:
    total: int
    by_platform: dict[str, int]
    from_this_week: int
    oldest_fetched_at: datetime | None


@dataclass(frozen=True)
class ReauthAccount:
    account_id: str
    name: str
    platform: str
    since: datetime | None


@dataclass(frozen=True)
class AccountQuota:
    account_id: str
    name: str
    platform: str
    polls: int
    calls: int
    cost_units: int
    calls_since_last_digest: int | None
    units_since_last_digest: int | None
    last_digest_at: datetime | None
    paused_until: datetime | None


@dataclass(frozen=True)
class PlatformUsage:
    """API use of the whole deployment on one platform during the week (quota_usage table)."""

    platform: str
    units: int
    calls: int
    reads: int


@dataclass(frozen=True)
class Digest:
    """Everything in one school's digest for one ISO week. Pure data."""

    school_id: str
    school_name: str
    timezone: str
    week: str
    start: datetime  # UTC
    end: datetime  # UTC
    generated_at: datetime
    this_week: WeekFigures
    days: tuple[DayFigures, ...]
    previous_week: WeekFigures
    term: TermFigures
    history: tuple[WeekFigures, ...]  # oldest first, this week last
    safeguarding: tuple[SafeguardingCase, ...]
    repeat_offenders: tuple[RepeatOffender, ...]
    repeat_rule: str  # "3 actioned comments in 30 days"
    bans: tuple[Ban, ...]
    restored: tuple[Restored, ...]
    review: ReviewQueue
    reauth: tuple[ReauthAccount, ...]
    quota: tuple[AccountQuota, ...]
    labels: tuple[str, ...] = LABEL_ORDER
    platforms: tuple[str, ...] = ()
    usage_week: tuple[PlatformUsage, ...] = ()

    @property
    def partial(self) -> bool:
        """The week had not ended when the digest was built."""
        return self.generated_at < self.end

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def first_day(self) -> date:
        return self.start.astimezone(self.zone).date()

    @property
    def last_day(self) -> date:
        return (self.end.astimezone(self.zone) - timedelta(days=1)).date()

    @property
    def open_safeguarding(self) -> tuple[SafeguardingCase, ...]:
        return tuple(c for c in self.safeguarding if c.status == "open")

    def local(self, when: datetime | None) -> datetime | None:
        return when.astimezone(self.zone) if when is not None else None


# ---------------------------------------------------------------- weeks and time zones


def _zone(tz: str | tzinfo) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def iso_week_of(dt: datetime, tz: str | tzinfo) -> str:
    """The ISO week ("2026-W47") holding the aware instant ``dt`` in time zone ``tz``."""
    if dt.tzinfo is None:
        raise ValueError("iso_week_of needs a timezone-aware datetime")
    year, week, _ = dt.astimezone(_zone(tz)).isocalendar()
    return f"{year}-W{week:02d}"


def previous_week_of(dt: datetime, tz: str | tzinfo) -> str:
    """The last complete ISO week before the one holding ``dt``: what a scheduled digest covers."""
    local = dt.astimezone(_zone(tz)).date()
    return iso_week_of(datetime.combine(local - timedelta(days=local.weekday() + 1), time(12), _zone(tz)), tz)


def _parse_week(week: str) -> date:
    """Monday of ISO week ``"2026-W47"``."""
    try:
        year_s, week_s = week.strip().upper().split("-W")
        return date.fromisocalendar(int(year_s), int(week_s), 1)
    except ValueError:
        raise ValueError(f"not an ISO week like 2026-W47: {week!r}") from None


def _local_midnight_utc(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(timezone.utc)


def week_bounds(week: str, tz: str | tzinfo) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of local Monday 00:00 to Monday 00:00."""
    monday = _parse_week(week)
    zone = _zone(tz)
    return _local_midnight_utc(monday, zone), _local_midnight_utc(monday + timedelta(days=7), zone)


def next_digest_time(school: SchoolConfig, after: datetime) -> datetime:
    """The first ``digest_day`` at ``digest_time`` (school's zone) strictly after ``after``, in UTC."""
    if after.tzinfo is None:
        raise ValueError("next_digest_time needs a timezone-aware datetime")
    zone = ZoneInfo(school.timezone)
    hour, minute = (int(p) for p in school.digest_time.split(":"))
    target = _WEEKDAYS.index(school.digest_day)
    local_day = after.astimezone(zone).date()
    day = local_day + timedelta(days=(target - local_day.weekday()) % 7)
    for _ in range(3):
        # Build the wall-clock time afresh for each candidate day so the UTC offset is the
        # one in force that day (07:00 is 07:00 UTC in winter and 06:00 UTC in summer). A
        # time that does not exist on a clock-change day resolves to the later wall time.
        candidate = datetime.combine(day, time(hour, minute), zone).astimezone(timezone.utc)
        if candidate > after:
            return candidate
        day += timedelta(days=7)
    raise AssertionError("unreachable: a later week always exists")  # pragma: no cover


def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


def term_start_for(day: date) -> tuple[str, date]:
    """Approximate English school term holding ``day``: (name, Monday the window starts)."""

    def monday_of(d: date) -> date:
        return d - timedelta(days=d.weekday())

    year = day.year
    starts = [
        (f"Autumn term {year - 1}", monday_of(date(year - 1, 9, 1))),
        (f"Spring term {year}", monday_of(date(year, 1, 4))),
        (f"Summer term {year}", monday_of(_easter(year) + timedelta(days=8))),
        (f"Autumn term {year}", monday_of(date(year, 9, 1))),
    ]
    current = starts[0]
    for name, start in starts:
        if start <= day:
            current = (name, start)
    return current


# ---------------------------------------------------------------- loading


@dataclass
class _Comment:
    id: int
    platform: str
    account_id: str
    author_id: str | None
    author_name: str | None
    created_at: datetime
    fetched_at: datetime
    status: str
    text: str | None
    verdict_labels: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    decision_labels: tuple[str, ...] | None = None
    intention: str | None = None
    observe: bool = False
    decided_at: datetime | None = None
    has_text: bool = False  # text loaded (only for comments shown with an excerpt)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.decision_labels if self.decision_labels is not None else self.verdict_labels


@dataclass
class _Data:
    comments: dict[int, _Comment]
    actions: list[ActionRow]
    alerts: list[AlertRow]
    restored_events: list[AuditRow]
    review: list[_Comment]
    cursors: list[CursorRow]
    reauth_events: list[AuditRow]
    digest_snapshots: list[AuditRow]
    # Derived indexes (first action per comment, ...) computed once, used by every window.
    derived: dict[str, Any] = field(default_factory=dict)


def _pii_spans(explanations: Any) -> tuple[tuple[int, int], ...]:
    """Spans the classifier marked as personal data, to be masked in excerpts."""
    out: list[tuple[int, int]] = []
    if isinstance(explanations, dict):
        for item in explanations.get("personal_info", []) or []:
            span = item.get("span") if isinstance(item, dict) else None
            if span and len(span) == 2 and span[0] is not None and span[1] is not None:
                out.append((int(span[0]), int(span[1])))
    return tuple(out)


def _comment_query():
    # Only the columns the figures need: text, raw payloads and explanations stay in the
    # database except for the few comments that get an excerpt (see _load_excerpts).
    return (
        select(CommentRow.id, CommentRow.platform, CommentRow.account_id, CommentRow.author_id,
               CommentRow.author_name, CommentRow.created_at, CommentRow.fetched_at, CommentRow.status,
               VerdictRow.labels, DecisionRow.labels, DecisionRow.intention, DecisionRow.observe,
               DecisionRow.created_at)
        .outerjoin(VerdictRow, VerdictRow.comment_id == CommentRow.id)
        .outerjoin(DecisionRow, DecisionRow.comment_id == CommentRow.id)
    )


def _to_comment(row: Sequence[Any]) -> _Comment:
    (cid, platform, account_id, author_id, author_name, created_at, fetched_at, status, v_labels, d_labels,
     intention, observe, decided_at) = row
    return _Comment(
        id=cid, platform=platform, account_id=account_id, author_id=author_id, author_name=author_name,
        created_at=created_at, fetched_at=fetched_at, status=status, text=None,
        verdict_labels=tuple(v_labels or ()),
        decision_labels=tuple(d_labels) if d_labels is not None else None, intention=intention,
        observe=bool(observe), decided_at=decided_at,
    )


def _load_excerpts(s, comments: dict[int, _Comment], ids: Iterable[int]) -> None:
    """Fill in text and personal-data spans of the comments that will show an excerpt."""
    wanted = sorted(set(ids) & comments.keys())
    for i in range(0, len(wanted), 500):
        q = (select(CommentRow.id, CommentRow.text, VerdictRow.explanations)
             .outerjoin(VerdictRow, VerdictRow.comment_id == CommentRow.id)
             .where(CommentRow.id.in_(wanted[i:i + 500])))
        for cid, text, explanations in s.execute(q):
            comments[cid].text = text
            comments[cid].spans = _pii_spans(explanations)
            comments[cid].has_text = True


def _load(store: Store, school: SchoolConfig, since: datetime, until: datetime, now: datetime) -> _Data:
    """Everything the digest needs for ``[since, until)``, in a handful of queries."""
    sid = school.id
    account_ids = [a.id for a in school.accounts]
    with store.session() as s:
        comments: dict[int, _Comment] = {}
        q = _comment_query().where(CommentRow.school_id == sid, CommentRow.fetched_at >= since,
                                   CommentRow.fetched_at < until)
        for row in s.execute(q):
            c = _to_comment(row)
            comments[c.id] = c
        # Decisions made in the window on comments fetched earlier (re-classified, backlog).
        q = _comment_query().where(CommentRow.school_id == sid, CommentRow.fetched_at < since,
                                   DecisionRow.created_at >= since, DecisionRow.created_at < until)
        for row in s.execute(q):
            c = _to_comment(row)
            comments.setdefault(c.id, c)

        actions = list(s.scalars(
            select(ActionRow).join(CommentRow, CommentRow.id == ActionRow.comment_id)
            .where(CommentRow.school_id == sid,
                   or_(and_(ActionRow.done_at >= since, ActionRow.done_at < until),
                       and_(ActionRow.requested_at >= since, ActionRow.requested_at < until)))
            .order_by(ActionRow.id)
        ))
        alerts = list(s.scalars(
            select(AlertRow).where(AlertRow.school_id == sid, AlertRow.created_at < until,
                                   or_(AlertRow.created_at >= since, AlertRow.comment_id.in_(
                                       [c.id for c in comments.values()
                                        if "safeguarding" in c.labels] or [-1])))
            .order_by(AlertRow.id)
        ))
        restored_events = list(s.scalars(
            select(AuditRow).where(AuditRow.school_id == sid, AuditRow.event == AuditEvent.RESTORED.value,
                                   AuditRow.at >= since, AuditRow.at < until).order_by(AuditRow.seq)
        ))
        review = [_to_comment(r) for r in s.execute(
            _comment_query().where(CommentRow.school_id == sid, CommentRow.status == "review",
                                   CommentRow.fetched_at <= now))]
        cursors = list(s.scalars(select(CursorRow).where(CursorRow.account_id.in_(account_ids or [""]))))
        reauth_events = list(s.scalars(
            select(AuditRow).where(AuditRow.event == AuditEvent.ACCOUNT_NEEDS_REAUTH.value,
                                   AuditRow.account_id.in_(account_ids or [""]), AuditRow.at <= now)
            .order_by(AuditRow.seq)
        ))
        digest_snapshots = [
            r for r in s.scalars(
                select(AuditRow).where(AuditRow.school_id == sid, AuditRow.event == AuditEvent.ALERT_SENT.value,
                                       AuditRow.at <= now).order_by(AuditRow.seq.desc()).limit(200))
            if (r.data or {}).get("kind") == DIGEST_ALERT_KIND
        ]
        # Earlier actions on the same comments, so "first action" is really the first.
        acted = sorted({a.comment_id for a in actions if a.comment_id is not None})
        known = {a.id for a in actions}
        for i in range(0, len(acted), 500):
            actions.extend(a for a in s.scalars(
                select(ActionRow).where(ActionRow.comment_id.in_(acted[i:i + 500])).order_by(ActionRow.id))
                if a.id not in known)
        # Comments behind actions and alerts that were fetched before the window.
        missing = {a.comment_id for a in actions if a.comment_id is not None} | {
            a.comment_id for a in alerts if a.comment_id is not None} | {
            e.comment_id for e in restored_events if e.comment_id is not None}
        missing -= comments.keys()
        ids = sorted(missing)
        for i in range(0, len(ids), 500):
            for row in s.execute(_comment_query().where(CommentRow.id.in_(ids[i:i + 500]))):
                c = _to_comment(row)
                comments[c.id] = c
        _load_excerpts(s, comments, [c.id for c in comments.values() if "safeguarding" in (c.decision_labels or ())]
                       + [a.comment_id for a in actions if a.kind == "restore" and a.comment_id is not None]
                       + [e.comment_id for e in restored_events if e.comment_id is not None])
    return _Data(comments, actions, alerts, restored_events, review, cursors, reauth_events, digest_snapshots)


# ---------------------------------------------------------------- computing


def _within(when: datetime | None, start: datetime, end: datetime) -> bool:
    return when is not None and start <= when < end


def _main_label(labels: Iterable[str]) -> str:
    present = set(labels)
    for label in LABEL_ORDER:
        if label in present:
            return label
    return OTHER_LABEL


def _memo(data: _Data, name: str, compute):
    if name not in data.derived:
        data.derived[name] = compute()
    return data.derived[name]


def _first_actions(data: _Data, now: datetime) -> dict[int, ActionRow]:
    """The first completed hide/hold/removal of each comment."""
    return _memo(data, "first_actions", lambda: _compute_first_actions(data, now))


def _compute_first_actions(data: _Data, now: datetime) -> dict[int, ActionRow]:
    first: dict[int, ActionRow] = {}
    for a in data.actions:
        if a.kind in ACTION_KINDS and a.status == "done" and a.done_at is not None and a.done_at <= now \
                and a.comment_id is not None:
            if a.comment_id not in first or a.done_at < first[a.comment_id].done_at:
                first[a.comment_id] = a
    return first


def _restorations(data: _Data, now: datetime) -> dict[int, tuple[datetime, str]]:
    """Comment id -> (when, by whom) for each false positive restored (action or audit event)."""
    return _memo(data, "restorations", lambda: _compute_restorations(data, now))


def _compute_restorations(data: _Data, now: datetime) -> dict[int, tuple[datetime, str]]:
    out: dict[int, tuple[datetime, str]] = {}
    for a in data.actions:
        if a.kind == "restore" and a.status == "done" and a.done_at is not None and a.done_at <= now \
                and a.comment_id is not None:
            if a.comment_id not in out or a.done_at < out[a.comment_id][0]:
                out[a.comment_id] = (a.done_at, a.actor)
    for e in data.restored_events:
        if e.comment_id is not None and e.at <= now and e.comment_id not in out:
            out[e.comment_id] = (e.at, e.actor)
    return out


def _ack_groups(data: _Data, now: datetime) -> list[tuple[str, int | str, datetime, datetime | None]]:
    """One entry per (alert kind, comment): first raised, first acknowledged (by ``now``)."""
    return _memo(data, "ack_groups", lambda: _compute_ack_groups(data, now))


def _compute_ack_groups(data: _Data, now: datetime) -> list[tuple[str, int | str, datetime, datetime | None]]:
    groups: dict[tuple[str, int | str], list[datetime | None]] = {}
    for a in data.alerts:
        if a.kind not in ACK_ALERT_KINDS or a.created_at > now:
            continue
        key = (a.kind, a.comment_id if a.comment_id is not None else a.key)
        ack = a.acknowledged_at if a.acknowledged_at is not None and a.acknowledged_at <= now else None
        if key not in groups:
            groups[key] = [a.created_at, ack]
        else:
            g = groups[key]
            g[0] = min(g[0], a.created_at)
            if ack is not None and (g[1] is None or ack < g[1]):
                g[1] = ack
    return [(k[0], k[1], v[0], v[1]) for k, v in groups.items()]


def _figures(data: _Data, label: str, start: datetime, end: datetime, now: datetime) -> WeekFigures:
    comments = data.comments
    seen = [c for c in comments.values() if _within(c.fetched_at, start, end)]
    first = _first_actions(data, now)
    actioned = [(comments[cid], a) for cid, a in first.items() if cid in comments and _within(a.done_at, start, end)]
    decided = [c for c in comments.values() if _within(c.decided_at, start, end)]
    acting = {"hide", "hold", "remove", "ban"}
    ack = [g for g in _ack_groups(data, now) if _within(g[2], start, end)]
    restorations = _restorations(data, now)
    return WeekFigures(
        label=label, start=start, end=end,
        seen=len(seen),
        actioned=len(actioned),
        flagged=sum(1 for c in decided if c.intention == "flag"),
        observed=sum(1 for c in decided if c.observe and c.intention in acting and c.id not in first),
        seen_by_label=dict(Counter(lab for c in seen for lab in c.verdict_labels)),
        actioned_by_label=dict(Counter(lab for c, _ in actioned for lab in (c.labels or (OTHER_LABEL,)))),
        seen_by_platform=dict(Counter(c.platform for c in seen)),
        actioned_by_platform=dict(Counter(c.platform for c, _ in actioned)),
        comment_to_action=durations((a.done_at - c.created_at).total_seconds() for c, a in actioned),
        alert_to_ack=durations((g[3] - g[2]).total_seconds() for g in ack if g[3] is not None),
        alerts=len(ack),
        alerts_acknowledged=sum(1 for g in ack if g[3] is not None),
        alerts_open_urgent=sum(1 for g in ack if g[0] == "urgent" and g[3] is None),
        safeguarding=sum(1 for c in decided if "safeguarding" in (c.decision_labels or ())),
        restored=sum(1 for when, _ in restorations.values() if _within(when, start, end)),
        bans=sum(1 for a in data.actions if a.kind == "ban" and a.status == "done" and a.done_at is not None
                 and a.done_at <= now and _within(a.done_at, start, end)),
    )


def _days(data: _Data, start: datetime, zone: tzinfo, now: datetime) -> tuple[DayFigures, ...]:
    first_day = start.astimezone(zone).date()
    out = []
    first = _first_actions(data, now)
    for i in range(7):
        day = first_day + timedelta(days=i)
        d_start, d_end = _local_midnight_utc(day, zone), _local_midnight_utc(day + timedelta(days=1), zone)
        seen = sum(1 for c in data.comments.values() if _within(c.fetched_at, d_start, d_end))
        by_label: Counter[str] = Counter()
        for cid, a in first.items():
            if cid in data.comments and _within(a.done_at, d_start, d_end):
                by_label[_main_label(data.comments[cid].labels)] += 1
        out.append(DayFigures(day=day, seen=seen, actioned=sum(by_label.values()), actioned_by_label=dict(by_label)))
    return tuple(out)


def _excerpt(c: _Comment) -> str:
    if not c.has_text:  # pragma: no cover - _load fetches text for every excerpt shown
        raise AssertionError(f"comment {c.id} text was not loaded")
    if c.text is None:
        return "(text no longer kept)"
    from monitor.mask import mask_text

    return mask_text(c.text, c.spans, max_chars=EXCERPT_CHARS)


def _account_names(school: SchoolConfig) -> dict[str, str]:
    return {a.id: a.name or a.id for a in school.accounts}


def _action_word(c: _Comment, data: _Data, now: datetime) -> str:
    done = [a for a in data.actions if a.comment_id == c.id and a.status == "done" and a.kind in ACTION_KINDS
            and a.done_at is not None and a.done_at <= now]
    if done:
        last = max(done, key=lambda a: a.done_at)
        return {"hide": "hidden", "hold": "held", "remove": "removed"}[last.kind]
    if c.observe:
        return "observe mode: no action"
    return "no action"


def _safeguarding(data: _Data, school: SchoolConfig, start: datetime, end: datetime, now: datetime,
                  since: datetime) -> tuple[SafeguardingCase, ...]:
    names = _account_names(school)
    alerts_by_comment: dict[int, list[AlertRow]] = defaultdict(list)
    for a in data.alerts:
        if a.comment_id is not None and a.created_at <= now:
            alerts_by_comment[a.comment_id].append(a)
    cases = []
    for c in data.comments.values():
        if "safeguarding" not in (c.decision_labels or ()) or c.decided_at is None:
            continue
        if not (since <= c.decided_at < end):
            continue
        acks = [a for a in alerts_by_comment.get(c.id, []) if a.acknowledged_at is not None
                and a.acknowledged_at <= now]
        first_ack = min(acks, key=lambda a: a.acknowledged_at) if acks else None
        in_week = c.decided_at >= start
        if not in_week and first_ack is not None:
            continue  # an earlier week's case that is closed belongs to that week's digest
        cases.append(SafeguardingCase(
            comment_id=c.id, platform=c.platform, account=names.get(c.account_id, c.account_id),
            decided_at=c.decided_at, action=_action_word(c, data, now),
            status="acknowledged" if first_ack else "open",
            acknowledged_by=first_ack.acknowledged_by if first_ack else None,
            acknowledged_at=first_ack.acknowledged_at if first_ack else None,
            escalations=len({(a.kind, a.key) for a in alerts_by_comment.get(c.id, [])
                             if a.kind.startswith("escalation")}),
            excerpt=_excerpt(c), carried_over=not in_week,
        ))
    # Open cases first, then oldest first: the headteacher reads what needs chasing.
    return tuple(sorted(cases, key=lambda k: (k.status != "open", k.decided_at)))


def _offenders(data: _Data, policy: PolicyConfig, start: datetime, end: datetime,
               now: datetime) -> tuple[tuple[RepeatOffender, ...], tuple[Ban, ...]]:
    window_start = end - timedelta(days=policy.repeat_offenders.window_days)
    first = _first_actions(data, now)
    by_author: dict[tuple[str, str], list[tuple[_Comment, ActionRow]]] = defaultdict(list)
    for cid, a in first.items():
        c = data.comments.get(cid)
        if c is None or not c.author_id or not _within(a.done_at, window_start, end):
            continue
        by_author[(c.platform, c.author_id)].append((c, a))
    bans_by_author: dict[tuple[str, str], ActionRow] = {}
    bans: list[Ban] = []
    for a in data.actions:
        if a.kind != "ban" or a.status != "done" or a.done_at is None or a.done_at > now or a.comment_id is None:
            continue
        c = data.comments.get(a.comment_id)
        if c is None:
            continue
        if c.author_id:
            bans_by_author[(c.platform, c.author_id)] = a
        if _within(a.done_at, start, end):
            bans.append(Ban(display_name=c.author_name or "(no display name)", platform=c.platform,
                            at=a.done_at, by=a.actor))
    offenders = []
    for key, items in by_author.items():
        if len(items) < policy.repeat_offenders.count or not any(_within(a.done_at, start, end) for _, a in items):
            continue
        latest = max(items, key=lambda it: it[1].done_at)[0]
        offenders.append(RepeatOffender(display_name=latest.author_name or "(no display name)",
                                        platform=key[0], actioned=len(items), banned=key in bans_by_author))
    offenders.sort(key=lambda o: (-o.actioned, o.platform, o.display_name))
    bans.sort(key=lambda b: b.at)
    return tuple(offenders), tuple(bans)


def _restored(data: _Data, school: SchoolConfig, start: datetime, end: datetime, now: datetime) -> tuple[Restored, ...]:
    names = _account_names(school)
    out = []
    for cid, (when, by) in _restorations(data, now).items():
        c = data.comments.get(cid)
        if c is None or not _within(when, start, end):
            continue
        out.append(Restored(comment_id=cid, platform=c.platform, account=names.get(c.account_id, c.account_id),
                            labels=c.labels, at=when, by=by, excerpt=_excerpt(c)))
    return tuple(sorted(out, key=lambda r: r.at))


def _review(data: _Data, start: datetime, end: datetime) -> ReviewQueue:
    items = data.review
    return ReviewQueue(
        total=len(items),
        by_platform=dict(Counter(c.platform for c in items)),
        from_this_week=sum(1 for c in items if _within(c.fetched_at, start, end)),
        oldest_fetched_at=min((c.fetched_at for c in items), default=None),
    )


def _reauth(data: _Data, school: SchoolConfig) -> tuple[ReauthAccount, ...]:
    since: dict[str, datetime] = {}
    for e in data.reauth_events:
        if e.account_id:
            since[e.account_id] = e.at  # ordered by seq: the latest wins
    accounts = {a.id: a for a in school.accounts}
    out = [ReauthAccount(account_id=r.account_id, name=accounts[r.account_id].name or r.account_id,
                         platform=accounts[r.account_id].platform, since=since.get(r.account_id))
           for r in data.cursors if r.needs_reauth and r.account_id in accounts]
    return tuple(sorted(out, key=lambda r: r.account_id))


def _quota(data: _Data, school: SchoolConfig, week: str) -> tuple[AccountQuota, ...]:
    # The latest digest sent for another week holds the running totals at that moment.
    snapshot = next((e for e in data.digest_snapshots if (e.data or {}).get("week") != week), None)
    snap = (snapshot.data or {}).get("quota", {}) if snapshot else {}
    cursors = {r.account_id: r for r in data.cursors}
    out = []
    for a in school.accounts:
        r = cursors.get(a.id)
        calls, units, polls = (r.calls or 0, r.cost_units or 0, r.polls or 0) if r else (0, 0, 0)
        # An account missing from the snapshot had not been polled yet: its baseline is 0.
        before = snap.get(a.id, {}) if snapshot else None
        d_calls = calls - int(before.get("calls", 0)) if before is not None else None
        d_units = units - int(before.get("cost_units", 0)) if before is not None else None
        out.append(AccountQuota(
            account_id=a.id, name=a.name or a.id, platform=a.platform, polls=polls, calls=calls, cost_units=units,
            calls_since_last_digest=d_calls if d_calls is None or d_calls >= 0 else None,
            units_since_last_digest=d_units if d_units is None or d_units >= 0 else None,
            last_digest_at=snapshot.at if snapshot else None,
            paused_until=r.paused_until if r else None,
        ))
    return tuple(out)


def quota_snapshot(store: Store, school: SchoolConfig) -> dict[str, dict[str, int]]:
    """Running API totals per account, recorded with each sent digest."""
    ids = [a.id for a in school.accounts]
    with store.session() as s:
        rows = list(s.scalars(select(CursorRow).where(CursorRow.account_id.in_(ids or [""]))))
    return {r.account_id: {"calls": r.calls or 0, "cost_units": r.cost_units or 0, "polls": r.polls or 0}
            for r in rows}


def build_digest(store: Store, school: SchoolConfig, week: str, *, now: datetime,
                 policy: PolicyConfig | None = None, term_start: date | None = None) -> Digest:
    """Compute one school's digest for ISO ``week`` (e.g. ``"2026-W47"``) as of ``now``.

    ``policy`` defaults to the school's (its repeat-offender rule is used); ``term_start``
    (a local date) replaces the approximate term start described in the module docstring.
    """
    if now.tzinfo is None:
        raise ValueError("build_digest needs a timezone-aware `now`")
    policy = policy or school.policy
    zone = ZoneInfo(school.timezone)
    start, end = week_bounds(week, zone)
    monday = start.astimezone(zone).date()
    if term_start is not None:
        t_name, t_start, t_source = f"Term from {term_start:%d %B %Y}", term_start - timedelta(days=term_start.weekday()), "configured"
    else:
        t_name, t_start = term_start_for(monday)
        t_source = "approximate"
    t_start = min(t_start, monday)
    term_start_utc = _local_midnight_utc(t_start, zone)
    history_start = _local_midnight_utc(monday - timedelta(weeks=HISTORY_WEEKS - 1), zone)
    offender_start = end - timedelta(days=policy.repeat_offenders.window_days)
    since = min(term_start_utc, history_start, offender_start)
    data = _load(store, school, since, end, now)

    this_week = _figures(data, week, start, end, now)
    prev_monday = monday - timedelta(weeks=1)
    prev_week = iso_week_of(datetime.combine(prev_monday, time(12), zone), zone)
    previous = _figures(data, prev_week, _local_midnight_utc(prev_monday, zone), start, now)
    history = []
    for back in range(HISTORY_WEEKS - 1, -1, -1):
        m = monday - timedelta(weeks=back)
        history.append(_figures(data, iso_week_of(datetime.combine(m, time(12), zone), zone),
                                _local_midnight_utc(m, zone), _local_midnight_utc(m + timedelta(weeks=1), zone), now))
    weeks_in_term = (monday - t_start).days // 7 + 1
    term = TermFigures(name=t_name, start=t_start, source=t_source, weeks=weeks_in_term,
                       figures=_figures(data, t_name, term_start_utc, end, now))
    offenders, bans = _offenders(data, policy, start, end, now)
    rule = policy.repeat_offenders
    platforms = tuple(sorted({a.platform for a in school.accounts}, key=lambda p: list(PLATFORM_NAMES).index(p)
                             if p in PLATFORM_NAMES else 99))
    return Digest(
        school_id=school.id, school_name=school.name, timezone=school.timezone, week=week,
        start=start, end=end, generated_at=now,
        this_week=this_week, days=_days(data, start, zone, now), previous_week=previous, term=term,
        history=tuple(history),
        safeguarding=_safeguarding(data, school, start, end, now, since),
        repeat_offenders=offenders,
        repeat_rule=f"{rule.count} actioned comments in {rule.window_days} days",
        bans=bans,
        restored=_restored(data, school, start, end, now),
        review=_review(data, start, end),
        reauth=_reauth(data, school),
        quota=_quota(data, school, week),
        platforms=platforms,
        usage_week=_usage_week(store, platforms, start, end),
    )


def _usage_week(store: Store, platforms: tuple[str, ...], start: datetime, end: datetime) -> tuple[PlatformUsage, ...]:
    """Units, calls and posts read per platform over the week's budget days."""
    from monitor.quota import quota_day

    out = []
    for platform in platforms:
        days, t = [], start
        while t < end:
            days.append(quota_day(platform, t))
            t += timedelta(hours=12)
        units, calls, reads = store.quota_usage(platform, "default", tuple(sorted(set(days))))
        out.append(PlatformUsage(platform=platform, units=units, calls=calls, reads=reads))
    return tuple(out)


# ---------------------------------------------------------------- rendering

_TEMPLATES = Path(__file__).parent / "templates"
LABEL_NAMES = {
    "safeguarding": "Safeguarding",
    "hate": "Hate",
    "abuse": "Abuse",
    "personal_info": "Personal information",
    "commercial": "Commercial",
    "spam": "Spam",
    OTHER_LABEL: "Custom rule",
}
NO_DATA = "no data"


def fmt_duration(seconds: float | None) -> str:
    """``"no data"``, ``"45 s"``, ``"4 min 10 s"``, ``"2 h 5 min"``, ``"3 d 4 h"``."""
    if seconds is None:
        return NO_DATA
    s = int(round(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        m, rest = divmod(s, 60)
        return f"{m} min {rest} s" if rest and m < 10 else f"{m} min"
    if s < 86400:
        h, rest = divmod(s, 3600)
        return f"{h} h {rest // 60} min" if rest // 60 else f"{h} h"
    d, rest = divmod(s, 86400)
    return f"{d} d {rest // 3600} h" if rest // 3600 else f"{d} d"


def _change(now_value: int, before: int) -> str:
    if now_value == before:
        return "same as last week"
    diff = now_value - before
    return f"{'up' if diff > 0 else 'down'} {abs(diff)} on last week"


def _avg(value: float | None) -> str:
    if value is None:
        return NO_DATA
    return f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _who(actor: str | None) -> str:
    return "the monitor (automatic)" if actor in (None, "", "worker") else actor


def _attention(d: Digest) -> list[str]:
    """Sentences for "needs your attention", most serious first."""
    out = []
    if d.open_safeguarding:
        n = len(d.open_safeguarding)
        out.append(f"{n} safeguarding case{'s' if n != 1 else ''} not yet acknowledged by the DSL team.")
    if d.this_week.alerts_open_urgent and not d.open_safeguarding:
        n = d.this_week.alerts_open_urgent
        out.append(f"{n} urgent alert{'s' if n != 1 else ''} not acknowledged.")
    if d.reauth:
        names = ", ".join(r.name for r in d.reauth)
        out.append(f"Monitoring has stopped on {names}: IT must re-authorise the account.")
    if d.review.total:
        n = d.review.total
        out.append(f"{n} comment{'s' if n != 1 else ''} waiting for a moderator to review.")
    if d.bans:
        n = len(d.bans)
        out.append(f"{n} author{'s' if n != 1 else ''} blocked this week.")
    return out


def _context(d: Digest) -> dict[str, Any]:
    zone = d.zone
    w, p, t = d.this_week, d.previous_week, d.term

    def local(when: datetime | None, fmt: str = "%a %d %b %H:%M") -> str:
        return when.astimezone(zone).strftime(fmt) if when is not None else ""

    labels_seen = [lab for lab in d.labels if w.seen_by_label.get(lab) or w.actioned_by_label.get(lab)
                   or p.actioned_by_label.get(lab) or t.figures.actioned_by_label.get(lab)]
    label_rows = [{
        "label": lab, "name": LABEL_NAMES.get(lab, lab),
        "seen": w.seen_by_label.get(lab, 0), "actioned": w.actioned_by_label.get(lab, 0),
        "previous": p.actioned_by_label.get(lab, 0),
        "term_avg": _avg(t.per_week(t.figures.actioned_by_label.get(lab, 0))),
    } for lab in (*d.labels, OTHER_LABEL) if lab in labels_seen or (lab == OTHER_LABEL and w.actioned_by_label.get(lab))]
    platform_rows = [{
        "name": PLATFORM_NAMES.get(pl, pl), "seen": w.seen_by_platform.get(pl, 0),
        "actioned": w.actioned_by_platform.get(pl, 0), "previous": p.actioned_by_platform.get(pl, 0),
    } for pl in d.platforms]
    day_rows = [{"name": f"{day.day:%a %d %b}", "seen": day.seen, "actioned": day.actioned} for day in d.days]
    response_rows = [
        {"name": "Comment posted to action taken", "this": w.comment_to_action, "previous": p.comment_to_action,
         "term": t.figures.comment_to_action},
        {"name": "Alert raised to acknowledged", "this": w.alert_to_ack, "previous": p.alert_to_ack,
         "term": t.figures.alert_to_ack},
    ]
    comparison_rows = [
        {"name": "Comments seen", "this": w.seen, "previous": p.seen, "term": t.figures.seen,
         "term_avg": _avg(t.per_week(t.figures.seen))},
        {"name": "Comments hidden or removed", "this": w.actioned, "previous": p.actioned,
         "term": t.figures.actioned, "term_avg": _avg(t.per_week(t.figures.actioned))},
        {"name": "Sent for human review", "this": w.flagged, "previous": p.flagged, "term": t.figures.flagged,
         "term_avg": _avg(t.per_week(t.figures.flagged))},
        {"name": "Safeguarding cases", "this": w.safeguarding, "previous": p.safeguarding,
         "term": t.figures.safeguarding, "term_avg": _avg(t.per_week(t.figures.safeguarding))},
        {"name": "False positives restored", "this": w.restored, "previous": p.restored,
         "term": t.figures.restored, "term_avg": _avg(t.per_week(t.figures.restored))},
        {"name": "Authors blocked", "this": w.bans, "previous": p.bans, "term": t.figures.bans,
         "term_avg": _avg(t.per_week(t.figures.bans))},
    ]
    safeguarding = [{
        "when": local(c.decided_at), "platform": PLATFORM_NAMES.get(c.platform, c.platform), "account": c.account,
        "action": c.action, "status": c.status, "open": c.status == "open",
        "ack": (f"by {c.acknowledged_by} at {local(c.acknowledged_at)} (after {fmt_duration(c.time_to_ack_s)})"
                if c.status == "acknowledged" else "still open"),
        "escalations": c.escalations, "excerpt": c.excerpt, "carried_over": c.carried_over,
    } for c in d.safeguarding]
    quota = [{
        "name": q.name, "platform": PLATFORM_NAMES.get(q.platform, q.platform), "polls": q.polls, "calls": q.calls,
        "units": q.cost_units if q.platform == "youtube" else None,
        "calls_since": q.calls_since_last_digest,
        "units_since": q.units_since_last_digest if q.platform == "youtube" else None,
        "paused_until": local(q.paused_until) if q.paused_until and q.paused_until > d.generated_at else "",
    } for q in d.quota]
    last_digest = next((q.last_digest_at for q in d.quota if q.last_digest_at), None)
    return {
        "d": d, "w": w, "p": p, "t": t,
        "title": f"{d.school_name}: moderation digest, {d.first_day:%d %b} to {d.last_day:%d %b %Y}",
        "period": f"Monday {d.first_day:%d %B} to Sunday {d.last_day:%d %B %Y} ({d.week})",
        "generated": local(d.generated_at, "%A %d %B %Y at %H:%M"),
        "tz": d.timezone,
        "partial": d.partial,
        "has_data": w.has_data,
        "attention": _attention(d),
        "seen_change": _change(w.seen, p.seen),
        "actioned_change": _change(w.actioned, p.actioned),
        "label_rows": label_rows, "platform_rows": platform_rows, "day_rows": day_rows,
        "response_rows": response_rows, "comparison_rows": comparison_rows,
        "safeguarding": safeguarding,
        "offenders": [{"name": o.display_name, "platform": PLATFORM_NAMES.get(o.platform, o.platform),
                       "count": o.actioned, "banned": o.banned} for o in d.repeat_offenders],
        "bans": [{"name": b.display_name, "platform": PLATFORM_NAMES.get(b.platform, b.platform),
                  "when": local(b.at), "by": _who(b.by)} for b in d.bans],
        "restored": [{"when": local(r.at), "platform": PLATFORM_NAMES.get(r.platform, r.platform),
                      "account": r.account, "labels": ", ".join(LABEL_NAMES.get(x, x) for x in r.labels) or "none",
                      "by": _who(r.by), "excerpt": r.excerpt} for r in d.restored],
        "review": d.review,
        "review_platforms": ", ".join(f"{PLATFORM_NAMES.get(k, k)} {v}" for k, v in sorted(d.review.by_platform.items())),
        "review_oldest": local(d.review.oldest_fetched_at),
        "reauth": [{"name": r.name, "platform": PLATFORM_NAMES.get(r.platform, r.platform),
                    "since": local(r.since) or "unknown"} for r in d.reauth],
        "quota": quota,
        "usage_week": [{"platform": PLATFORM_NAMES.get(u.platform, u.platform), "units": u.units, "calls": u.calls,
                        "reads": u.reads, "youtube": u.platform == "youtube"} for u in d.usage_week],
        "last_digest": local(last_digest, "%a %d %b %H:%M"),
        "term_note": (f"{t.name}, {t.weeks} week{'s' if t.weeks != 1 else ''} so far from Monday {t.start:%d %B %Y}"
                      + (" (approximate term dates)" if t.source == "approximate" else "")),
        "fmt_duration": fmt_duration,
        "no_data": NO_DATA,
    }


def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(
        loader=FileSystemLoader(str(_TEMPLATES)),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render(template: str, digest: Digest, images: dict[str, str]) -> str:
    env = _environment()
    return env.get_template(template).render(images=images, **_context(digest))


def render_html(digest: Digest) -> tuple[str, list[tuple[str, bytes]]]:
    """HTML for the email (charts referenced as ``cid:``) and the inline images."""
    from monitor.charts import render_charts

    charts = render_charts(digest)
    return _render("digest.html.j2", digest, {cid: f"cid:{cid}" for cid, _ in charts}), charts


def render_html_standalone(digest: Digest) -> str:
    """One self-contained HTML page (charts as ``data:`` URIs), for ``--out FILE.html``."""
    from monitor.charts import render_charts

    images = {cid: "data:image/png;base64," + base64.b64encode(png).decode("ascii")
              for cid, png in render_charts(digest)}
    return _render("digest.html.j2", digest, images)


def render_text(digest: Digest) -> str:
    """The plain-text part of the email (and ``monitor digest`` without ``--out``)."""
    return _render("digest.txt.j2", digest, {})


def find_chromium() -> str | None:
    """Path of a Chromium/Chrome binary, from ``MONITOR_CHROMIUM`` or the usual names."""
    override = os.environ.get("MONITOR_CHROMIUM")
    if override:
        return override if Path(override).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_command(binary: str, profile_dir: str | os.PathLike, *args: str) -> list[str]:
    """Chromium headless with everything that would reach the network switched off."""
    return [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile_dir}", *args,
    ]


def render_pdf(digest: Digest, path: str | os.PathLike, *, timeout_s: float = 60.0) -> str:
    """Write the digest as a PDF; returns the method used.

    With Chromium installed the standalone HTML page is printed by headless Chromium
    (``"chromium"``), so the PDF looks like the email. Without it, or if Chromium fails,
    matplotlib's PdfPages writes the charts and the plain text (``"matplotlib"``).
    """
    path = Path(path)
    binary = find_chromium()
    if binary:
        with tempfile.TemporaryDirectory(prefix="monitor-digest-") as tmp:
            page = Path(tmp) / "digest.html"
            page.write_text(render_html_standalone(digest), encoding="utf-8")
            cmd = chromium_command(binary, Path(tmp) / "profile", "--no-pdf-header-footer",
                                   f"--print-to-pdf={path}", page.as_uri())
            try:
                subprocess.run(cmd, check=True, timeout=timeout_s, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                if path.exists() and path.stat().st_size > 0:
                    return "chromium"
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("chromium could not print the digest (%s); using matplotlib instead", exc)
    _render_pdf_matplotlib(digest, path)
    return "matplotlib"


def _render_pdf_matplotlib(digest: Digest, path: Path) -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.image import imread

    from monitor.charts import render_charts

    lines = render_text(digest).splitlines()
    per_page = 70
    with PdfPages(path, metadata={"Title": f"{digest.school_name} digest {digest.week}", "Creator": "monitor"}) as pdf:
        for i in range(0, max(1, len(lines)), per_page):
            fig = Figure(figsize=(8.27, 11.69))  # A4
            fig.text(0.06, 0.97, "\n".join(lines[i:i + per_page]), va="top", ha="left", family="monospace",
                     fontsize=7.5)
            pdf.savefig(fig)
        for _, png in render_charts(digest):
            fig = Figure(figsize=(8.27, 5.0))
            ax = fig.add_axes((0.03, 0.03, 0.94, 0.94))
            ax.imshow(imread(io.BytesIO(png), format="png"))
            ax.axis("off")
            pdf.savefig(fig)


# ---------------------------------------------------------------- sending


def digest_key(school_id: str, week: str) -> str:
    return f"digest:{school_id}:{week}"


def build_digest_message(digest: Digest):
    """The digest as a :class:`monitor.alerts.AlertMessage` (HTML, text, inline charts)."""
    from monitor.alerts import AlertMessage

    html, images = render_html(digest)
    attention = " - needs attention" if _attention(digest) else ""
    subject = (f"Weekly moderation digest: {digest.school_name}, "
               f"{digest.first_day:%d %b} to {digest.last_day:%d %b %Y}{attention}")
    return AlertMessage(
        subject=subject, text=render_text(digest), html=html, severity="digest",
        key=digest_key(digest.school_id, digest.week), inline_images=tuple(images),
        comment_ids=tuple(c.comment_id for c in digest.safeguarding),
    )


def digest_recipients(school: SchoolConfig, today: date) -> list:
    """Present headteacher-role people with an email address (the rota's choice if none)."""
    people = [m for m in school.moderators if m.role == "headteacher" and m.email and m.is_present(today)]
    if people:
        return people
    try:
        from monitor.rota import recipients
    except ImportError:  # pragma: no cover - the rota ships with the worker
        return []
    rota = recipients(school, "digest", today)
    for warning in getattr(rota, "warnings", []):
        log.warning("digest for %s: %s", school.id, warning)
    return [m for m in rota.people if m.email]


def send_digest(runtime, school_id: str, week: str) -> None:
    """Build and email one school's digest for ``week``, at most once per school and week.

    Recorded like any alert (an ``alerts`` row keyed ``digest:<school>:<week>`` and an
    ``alert_sent`` audit event); the audit event also keeps the running API totals, which
    the next digest subtracts to show quota use since this one.
    """
    from monitor.alerts.email import EmailNotifier

    school = runtime.school(school_id)
    now = runtime.clock()
    store: Store = runtime.store
    key = digest_key(school_id, week)
    with store.session() as s:
        status = s.scalar(select(AlertRow.status).where(AlertRow.key == key))
    if status == "sent":
        log.info("digest for %s %s was already sent", school_id, week)
        return
    digest = build_digest(store, school, week, now=now)
    people = digest_recipients(school, now.astimezone(ZoneInfo(school.timezone)).date())
    if not people:
        log.warning("digest for %s %s not sent: no present headteacher with an email address", school_id, week)
        return
    message = build_digest_message(digest)
    row, _created = store.claim_alert(
        key, school_id=school_id, comment_id=None, kind=DIGEST_ALERT_KIND, channel="email",
        recipients=[m.name for m in people], subject=message.subject, created_at=now, detail={"week": week},
    )
    if row.status == "sent":  # another process got there between the check and the claim
        return
    password = os.environ.get("MONITOR_SMTP_PASSWORD") or None
    register_secret(password)
    try:
        EmailNotifier(runtime.config.smtp, password).send(message, people)
    except AlertDeliveryError as exc:
        store.finish_alert(key, "failed", runtime.clock(), error=redact(str(exc)))
        raise
    sent_at = runtime.clock()
    store.finish_alert(key, "sent", sent_at)
    store.append_audit(f"{key}:sent", AuditEvent.ALERT_SENT.value, sent_at, school_id=school_id,
                       data={"kind": DIGEST_ALERT_KIND, "week": week, "recipients": [m.name for m in people],
                             "quota": quota_snapshot(store, school)})
    log.info("digest for %s %s sent to %d people", school_id, week, len(people))


# ---------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None, *, clock=None) -> int:
    """``monitor digest [--week 2026-W47] [--out FILE.html] [--pdf FILE.pdf] [--school ID] [--config FILE]``.

    ``clock`` (a function returning aware UTC now) is for tests; the default is the real clock.
    """
    from monitor.config import default_config, load_config, utcnow

    parser = argparse.ArgumentParser(prog="monitor digest", description="Render the headteacher's weekly digest.")
    parser.add_argument("--week", help="ISO week such as 2026-W47 (default: the last complete week)")
    parser.add_argument("--out", help="write a self-contained HTML page to this file")
    parser.add_argument("--pdf", help="also write a PDF to this file")
    parser.add_argument("--text", action="store_true", help="print the plain-text digest")
    parser.add_argument("--school", help="school id (default: the only school in the config)")
    parser.add_argument("--config", help="config file (default: the embedded demo)")
    parser.add_argument("--term-start", type=date.fromisoformat, help="first day of term, YYYY-MM-DD")
    parser.add_argument("--send", action="store_true", help="email it to the headteacher(s) now")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        config = load_config(args.config) if args.config else default_config()
        if args.school:
            matches = [s for s in config.schools if s.id == args.school]
            if not matches:
                parser.error(f"no school {args.school!r} in the config")
            school = matches[0]
        elif len(config.schools) == 1:
            school = config.schools[0]
        else:
            parser.error("the config has several schools: pick one with --school")
        now = (clock or utcnow)()
        week = args.week or previous_week_of(now, school.timezone)
        _parse_week(week)
        url = config.database_url
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:" and not Path(url[len("sqlite:///"):]).exists():
            # Opening it would create an empty database file: say what is wrong instead.
            sys.stderr.write(f"monitor digest: no database at {url[len('sqlite:///'):]}; run the monitor "
                             "(or `monitor demo`) first, or pass --config\n")
            return 1
        store = Store(url)
        try:
            if args.send:
                from monitor.runtime import Runtime

                send_digest(Runtime(config, store=store, clock=clock or utcnow), school.id, week)
                sys.stdout.write(f"Digest {week} for {school.name} sent.\n")
            digest = build_digest(store, school, week, now=now, term_start=args.term_start)
            if args.out:
                Path(args.out).write_text(render_html_standalone(digest), encoding="utf-8")
                sys.stdout.write(f"Wrote {args.out}\n")
            if args.pdf:
                method = render_pdf(digest, args.pdf)
                sys.stdout.write(f"Wrote {args.pdf} (with {method})\n")
            if args.text or not (args.out or args.pdf or args.send):
                sys.stdout.write(render_text(digest))
        finally:
            store.dispose()
    except ValueError as exc:
        parser.error(str(exc))
    except ConfigError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except MonitorError as exc:
        sys.stderr.write(f"monitor digest: {redact(str(exc))}\n")
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
