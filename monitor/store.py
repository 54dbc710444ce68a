"""The database: the worker's single source of truth.

SQLAlchemy 2 models and the few operations the actors need, each written so that running
it twice has the effect of running it once (inserts keyed on natural keys, state moves
guarded by their current state). SQLite is the default; PostgreSQL runs the same code.
The schema is owned by Alembic (``monitor/migrations``); :meth:`Store.migrate` brings a
database up to date.

The audit table is append-only and hash-chained: every row stores the hash of the
previous row, and appends are serialised through the one-row ``audit_head`` table, whose
``UPDATE`` takes the write lock before the previous hash is read.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

from connectors.base import Comment
from monitor.errors import StoreError

__all__ = [
    "ActionRow",
    "QuotaUsageRow",
    "AlertRow",
    "AuditRow",
    "Base",
    "CommentRow",
    "CursorRow",
    "DecisionRow",
    "Store",
    "VerdictRow",
    "canonical_json",
    "comment_evidence_hash",
]

GENESIS_HASH = "0" * 64


class UTCDateTime(TypeDecorator):
    """Stores aware datetimes as UTC and always returns them aware (SQLite loses tz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise StoreError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def canonical_json(value: Any) -> str:
    """Deterministic JSON used for hashing (sorted keys, no spaces, ISO datetimes)."""

    def default(o: Any) -> Any:
        if isinstance(o, datetime):
            return o.astimezone(timezone.utc).isoformat()
        raise TypeError(f"not JSON serialisable: {type(o).__name__}")

    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=default)


def comment_evidence_hash(comment: Comment) -> str:
    """SHA-256 over the full evidence of a comment, taken before any platform action."""
    payload = {
        "platform": comment.platform,
        "account_id": comment.account_id,
        "id": comment.id,
        "thread_id": comment.thread_id,
        "parent_id": comment.parent_id,
        "author_id": comment.author_id,
        "author_name": comment.author_name,
        "text": comment.text,
        "created_at": comment.created_at,
        "permalink": comment.permalink,
        "attachments": list(comment.attachments),
        "raw": comment.raw,
    }
    return hashlib.sha256(canonical_json(payload).encode()).hexdigest()


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict: JSON, list: JSON}


class CommentRow(Base):
    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_comments_platform_external"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(128))
    school_id: Mapped[str] = mapped_column(String(64), index=True)
    account_id: Mapped[str] = mapped_column(String(64), index=True)
    thread_id: Mapped[str] = mapped_column(String(128))
    parent_id: Mapped[str | None] = mapped_column(String(128))
    author_id: Mapped[str | None] = mapped_column(String(128), index=True)
    author_name: Mapped[str | None] = mapped_column(String(256))
    text: Mapped[str | None] = mapped_column(Text)  # None once purged
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    permalink: Mapped[str | None] = mapped_column(Text)
    attachments: Mapped[list] = mapped_column(JSON, default=list)
    platform_state: Mapped[str] = mapped_column(String(16), default="visible")
    raw: Mapped[dict | None] = mapped_column(JSON)
    evidence_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="new", index=True)
    # Pipeline stage: new -> classified -> decided -> acted -> done, or "review" when the
    # comment is flagged for a human, "restored" after a false positive was undone.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CursorRow(Base):
    __tablename__ = "cursors"

    account_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    cursor: Mapped[dict | None] = mapped_column(JSON)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_poll_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    polls: Mapped[int] = mapped_column(Integer, default=0)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    cost_units: Mapped[int] = mapped_column(Integer, default=0)
    needs_reauth: Mapped[bool] = mapped_column(Boolean, default=False)
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class VerdictRow(Base):
    __tablename__ = "verdicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), unique=True)
    labels: Mapped[list] = mapped_column(JSON)
    scores: Mapped[dict] = mapped_column(JSON)
    explanations: Mapped[dict] = mapped_column(JSON)
    detector_versions: Mapped[dict] = mapped_column(JSON)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DecisionRow(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comments.id"), unique=True)
    intention: Mapped[str] = mapped_column(String(16))
    labels: Mapped[list] = mapped_column(JSON)
    review_labels: Mapped[list] = mapped_column(JSON)
    alert: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list] = mapped_column(JSON)
    observe: Mapped[bool] = mapped_column(Boolean, default=False)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ActionRow(Base):
    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # idempotency key
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    account_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))  # hide|hold|remove|restore|ban
    requested: Mapped[str] = mapped_column(String(16))  # the intention before degrading
    status: Mapped[str] = mapped_column(String(16))  # requested|done|failed|skipped
    detail: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(128), default="worker")


class AlertRow(Base):
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # idempotency key
    school_id: Mapped[str] = mapped_column(String(64), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # urgent|immediate|grouped|it|escalation
    channel: Mapped[str] = mapped_column(String(16))  # email|slack|teams
    recipients: Mapped[list] = mapped_column(JSON)
    subject: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending|sent|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(256))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


class QuotaUsageRow(Base):
    """API budget spent per platform, budget bucket (e.g. YouTube Cloud project) and day."""

    __tablename__ = "quota_usage"
    __table_args__ = (UniqueConstraint("platform", "bucket", "day", name="uq_quota_usage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    bucket: Mapped[str] = mapped_column(String(64))
    day: Mapped[str] = mapped_column(String(10))  # in the platform's own reset time zone
    units: Mapped[int] = mapped_column(Integer, default=0)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    reads: Mapped[int] = mapped_column(Integer, default=0)


class AuditHeadRow(Base):
    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default=GENESIS_HASH)


class AuditRow(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # idempotency key
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    event: Mapped[str] = mapped_column(String(32), index=True)
    school_id: Mapped[str | None] = mapped_column(String(64), index=True)
    account_id: Mapped[str | None] = mapped_column(String(64))
    comment_id: Mapped[int | None] = mapped_column(Integer, index=True)
    actor: Mapped[str] = mapped_column(String(128), default="worker")
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


def audit_row_hash(prev_hash: str, seq: int, key: str, at: datetime, event: str,
                   school_id: str | None, account_id: str | None, comment_id: int | None,
                   actor: str, data: dict) -> str:
    body = canonical_json({
        "seq": seq, "key": key, "at": at, "event": event, "school_id": school_id,
        "account_id": account_id, "comment_id": comment_id, "actor": actor, "data": data,
    })
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


class Store:
    """Connection to the database plus the idempotent operations of the worker."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        if url.startswith("sqlite"):
            path = url.split("///", 1)[-1]
            if path and path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(url, echo=echo, connect_args={"timeout": 30})
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(url, echo=echo, pool_pre_ping=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # ------------------------------------------------------------------ schema
    def migrate(self) -> None:
        """Apply every Alembic migration (creates the schema on a new database)."""
        from monitor.migrations import upgrade

        upgrade(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StoreError(f"database error: {exc.orig}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # ------------------------------------------------------------------ comments
    def add_comments(self, school_id: str, comments: list[Comment], now: datetime) -> list[int]:
        """Insert comments not seen before; return the ids of the *new* rows only."""
        new_ids: list[int] = []
        for c in comments:
            with self.session() as s:
                exists = s.scalar(
                    select(CommentRow.id).where(
                        CommentRow.platform == c.platform, CommentRow.external_id == c.id
                    )
                )
                if exists is not None:
                    continue
                row = CommentRow(
                    platform=c.platform, external_id=c.id, school_id=school_id,
                    account_id=c.account_id, thread_id=c.thread_id, parent_id=c.parent_id,
                    author_id=c.author_id, author_name=c.author_name, text=c.text,
                    created_at=c.created_at, fetched_at=now, permalink=c.permalink,
                    attachments=list(c.attachments), platform_state=c.platform_state,
                    raw=json.loads(canonical_json(dict(c.raw))), evidence_hash=comment_evidence_hash(c),
                    status="new",
                )
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:
                    s.rollback()  # a concurrent poll stored it first
                    continue
                new_ids.append(row.id)
        return new_ids

    def get_comment(self, comment_id: int) -> CommentRow:
        with self.session() as s:
            row = s.get(CommentRow, comment_id)
            if row is None:
                raise StoreError(f"no comment with id {comment_id}")
            return row

    def find_comment(self, platform: str, external_id: str) -> CommentRow | None:
        with self.session() as s:
            return s.scalar(
                select(CommentRow).where(CommentRow.platform == platform, CommentRow.external_id == external_id)
            )

    def set_comment_status(self, comment_id: int, status: str, *, platform_state: str | None = None) -> None:
        with self.session() as s:
            values: dict[str, Any] = {"status": status}
            if platform_state:
                values["platform_state"] = platform_state
            s.execute(update(CommentRow).where(CommentRow.id == comment_id).values(**values))

    # ------------------------------------------------------------------ cursors
    def get_cursor(self, account_id: str) -> CursorRow | None:
        with self.session() as s:
            return s.get(CursorRow, account_id)

    def save_cursor(self, account_id: str, platform: str, cursor: dict, now: datetime,
                    *, calls: int = 0, cost_units: int = 0, read_at: datetime | None | bool = False) -> bool:
        """Advance the cursor. Call only after the comments it covers are stored.

        ``read_at`` is the cursor's ``updated_at`` when the poll started (``None`` for a
        first poll). If another poll saved a cursor since, this one is older and is not
        saved (its comments are stored already; returns False). Omit it to always save.
        """
        with self.session() as s:
            row = s.get(CursorRow, account_id, with_for_update=True)
            if read_at is not False and row is not None and row.updated_at != read_at:
                return False
            if row is None:
                row = CursorRow(account_id=account_id, platform=platform, polls=0, calls=0, cost_units=0)
                s.add(row)
                try:
                    s.flush()
                except IntegrityError:
                    s.rollback()  # another first poll saved a cursor a moment ago: theirs stands
                    return False
            row.cursor = cursor
            row.updated_at = now
            row.last_poll_at = now
            row.polls = (row.polls or 0) + 1
            row.calls = (row.calls or 0) + calls
            row.cost_units = (row.cost_units or 0) + cost_units
            row.last_error = None
            row.needs_reauth = False
            row.paused_until = None
            return True

    def mark_account(self, account_id: str, platform: str, *, needs_reauth: bool | None = None,
                     paused_until: datetime | None = None, error: str | None = None) -> bool:
        """Record an account problem. Returns True when ``needs_reauth`` newly became set."""
        with self.session() as s:
            # Locked (PostgreSQL): two polls of one account that both meet a dead token
            # must not both see it as new, or IT is alerted twice.
            row = s.get(CursorRow, account_id, with_for_update=True)
            if row is None:
                row = CursorRow(account_id=account_id, platform=platform, polls=0, calls=0, cost_units=0,
                                needs_reauth=False)
                s.add(row)
            newly = bool(needs_reauth) and not row.needs_reauth
            if needs_reauth is not None:
                row.needs_reauth = needs_reauth
            row.paused_until = paused_until
            row.last_error = error
            return newly

    # ------------------------------------------------------------------ verdicts/decisions
    def _insert_once(self, model: type[Base], row: Base, stage: str, from_stages: tuple[str, ...] = ()) -> bool:
        """Insert the one ``model`` row of a comment and move the comment to ``stage``.

        Returns False, changing nothing, when the comment already has one (a redelivery).
        """
        comment_id = row.comment_id
        with self.session() as s:
            if s.scalar(select(model.id).where(model.comment_id == comment_id)) is not None:
                return False
            s.add(row)
            moved = update(CommentRow).where(CommentRow.id == comment_id)
            if from_stages:
                moved = moved.where(CommentRow.status.in_(from_stages))
            try:
                # the update autoflushes the insert, so a concurrent duplicate fails here
                s.execute(moved.values(status=stage))
                s.flush()
            except IntegrityError:
                s.rollback()  # a concurrent delivery inserted it first
                return False
            return True

    def save_verdict(self, comment_id: int, verdict: dict, now: datetime) -> bool:
        """Store the verdict once. Returns False if one was already stored."""
        row = VerdictRow(
            comment_id=comment_id, labels=verdict["labels"], scores=verdict["scores"],
            explanations=verdict.get("explanations", {}), detector_versions=verdict.get("detector_versions", {}),
            needs_review=verdict.get("needs_review", False), created_at=now,
        )
        return self._insert_once(VerdictRow, row, "classified", from_stages=("new",))

    def get_verdict(self, comment_id: int) -> VerdictRow | None:
        with self.session() as s:
            return s.scalar(select(VerdictRow).where(VerdictRow.comment_id == comment_id))

    def save_decision(self, comment_id: int, decision: dict, now: datetime) -> bool:
        """Store the decision once. Returns False if one was already stored."""
        core = {"intention", "labels", "review_labels", "alert", "reasons", "observe"}
        row = DecisionRow(
            comment_id=comment_id, intention=decision["intention"], labels=decision["labels"],
            review_labels=decision["review_labels"], alert=decision["alert"], reasons=decision["reasons"],
            observe=decision.get("observe", False), detail={k: v for k, v in decision.items() if k not in core},
            created_at=now,
        )
        return self._insert_once(DecisionRow, row, "decided")

    def get_decision(self, comment_id: int) -> DecisionRow | None:
        with self.session() as s:
            return s.scalar(select(DecisionRow).where(DecisionRow.comment_id == comment_id))

    # ------------------------------------------------------------------ actions
    def claim_action(self, key: str, *, comment_id: int | None, account_id: str, kind: str,
                     requested: str, now: datetime, actor: str = "worker") -> ActionRow:
        """Record the intent to act (before calling the platform) and return the row.

        If the key exists the existing row is returned unchanged: the caller checks
        ``status`` and does nothing when it is already ``done``.
        """
        with self.session() as s:
            row = s.scalar(select(ActionRow).where(ActionRow.key == key))
            if row is not None:
                return row
            row = ActionRow(key=key, comment_id=comment_id, account_id=account_id, kind=kind,
                            requested=requested, status="requested", attempts=0,
                            requested_at=now, actor=actor)
            s.add(row)
            try:
                s.flush()
            except IntegrityError:
                s.rollback()
                return s.scalar(select(ActionRow).where(ActionRow.key == key))
            return row

    def take_action(self, key: str, now: datetime, *, lease_s: float = 120.0, allow_failed: bool = False) -> str:
        """Become the one worker calling the platform for ``key``.

        Returns "taken" (go ahead), "retaken" (go ahead, but an earlier call for this key
        may have reached the platform), "done" (someone finished it), "failed" (refused for
        good) or "busy" (another worker is calling right now). While a row is "calling",
        ``done_at`` holds when the call started; a call older than ``lease_s`` belonged to
        a worker that died, and may be taken over: that worker may have been killed after
        the platform acted but before it recorded so, which is why the caller is told.
        """
        states = ("requested", "failed") if allow_failed else ("requested",)
        stale = now - timedelta(seconds=lease_s)
        with self.session() as s:
            taken = s.execute(
                update(ActionRow).where(ActionRow.key == key, ActionRow.status.in_(states))
                .values(status="calling", done_at=now)).rowcount
            if taken:
                return "taken"
            retaken = s.execute(
                update(ActionRow).where(ActionRow.key == key, ActionRow.status == "calling",
                                        ActionRow.done_at < stale)
                .values(status="calling", done_at=now)).rowcount
            if retaken:
                return "retaken"
            status = s.scalar(select(ActionRow.status).where(ActionRow.key == key))
        return {"done": "done", "skipped": "done", "failed": "failed"}.get(status, "busy")

    def release_action(self, key: str) -> None:
        """Give a taken action back (the call failed in a way worth retrying)."""
        with self.session() as s:
            s.execute(update(ActionRow).where(ActionRow.key == key, ActionRow.status == "calling")
                      .values(status="requested", done_at=None))

    def finish_action(self, key: str, status: str, now: datetime, detail: str | None = None) -> None:
        with self.session() as s:
            s.execute(update(ActionRow).where(ActionRow.key == key).values(
                status=status, detail=detail, done_at=now if status in ("done", "skipped") else None,
                attempts=ActionRow.attempts + 1,
            ))

    def actions_for(self, comment_id: int) -> list[ActionRow]:
        with self.session() as s:
            return list(s.scalars(select(ActionRow).where(ActionRow.comment_id == comment_id).order_by(ActionRow.id)))

    # ------------------------------------------------------------------ alerts
    def claim_alert(self, key: str, **values: Any) -> tuple[AlertRow, bool]:
        """Create the alert row for ``key`` unless it exists. Returns (row, created)."""
        with self.session() as s:
            row = s.scalar(select(AlertRow).where(AlertRow.key == key))
            if row is not None:
                return row, False
            row = AlertRow(key=key, status="pending", attempts=0, **values)
            s.add(row)
            try:
                s.flush()
            except IntegrityError:
                s.rollback()
                return s.scalar(select(AlertRow).where(AlertRow.key == key)), False
            return row, True

    def finish_alert(self, key: str, status: str, now: datetime, error: str | None = None) -> None:
        with self.session() as s:
            s.execute(update(AlertRow).where(AlertRow.key == key).values(
                status=status, error=error, sent_at=now if status == "sent" else None,
                attempts=AlertRow.attempts + 1,
            ))

    # ------------------------------------------------------------------ audit
    def append_audit(self, key: str, event_name: str, now: datetime, *, school_id: str | None = None,
                     account_id: str | None = None, comment_id: int | None = None,
                     actor: str = "worker", data: dict | None = None) -> bool:
        """Append one hash-chained audit event, once per ``key``. Returns False on replay."""
        data = json.loads(canonical_json(data or {}))
        with self.session() as s:
            # Take the write lock first (UPDATE), then read the chain head under it.
            s.execute(update(AuditHeadRow).where(AuditHeadRow.id == 1).values(seq=AuditHeadRow.seq))
            if s.scalar(select(AuditRow.id).where(AuditRow.key == key)) is not None:
                return False
            head = s.get(AuditHeadRow, 1, with_for_update=True)
            if head is None:
                head = AuditHeadRow(id=1, seq=0, last_hash=GENESIS_HASH)
                s.add(head)
                s.flush()
            seq = head.seq + 1
            digest = audit_row_hash(head.last_hash, seq, key, now, event_name, school_id, account_id,
                                    comment_id, actor, data)
            s.add(AuditRow(seq=seq, key=key, at=now, event=event_name, school_id=school_id,
                           account_id=account_id, comment_id=comment_id, actor=actor, data=data,
                           prev_hash=head.last_hash, hash=digest))
            head.seq = seq
            head.last_hash = digest
            return True

    def has_audit(self, key: str) -> bool:
        """Whether the audit event ``key`` exists (a cheap read, no chain lock)."""
        with self.session() as s:
            return s.scalar(select(AuditRow.id).where(AuditRow.key == key)) is not None

    def audit_events(self, comment_id: int | None = None) -> list[AuditRow]:
        with self.session() as s:
            q = select(AuditRow).order_by(AuditRow.seq)
            if comment_id is not None:
                q = q.where(AuditRow.comment_id == comment_id)
            return list(s.scalars(q))

    def count_actioned_by_author(self, platform: str, author_id: str | None, since: datetime,
                                 exclude_comment_id: int | None = None) -> int:
        """Comments by one author that the policy actioned since ``since`` (repeat offenders)."""
        from sqlalchemy import func

        if not author_id:
            return 0
        with self.session() as s:
            q = (select(func.count()).select_from(DecisionRow)
                 .join(CommentRow, CommentRow.id == DecisionRow.comment_id)
                 .where(CommentRow.platform == platform, CommentRow.author_id == author_id,
                        DecisionRow.intention.in_(("hide", "hold", "remove", "ban")),
                        DecisionRow.observe.is_(False), DecisionRow.created_at >= since))
            if exclude_comment_id is not None:
                q = q.where(CommentRow.id != exclude_comment_id)
            return s.scalar(q) or 0

    def comments_in_stage(self, stages: tuple[str, ...], fetched_before: datetime,
                          limit: int = 1000) -> list[tuple[int, str]]:
        """Comments still in an unfinished stage (for the sweep after crashes)."""
        with self.session() as s:
            rows = s.execute(select(CommentRow.id, CommentRow.status)
                             .where(CommentRow.status.in_(stages), CommentRow.fetched_at < fetched_before)
                             .order_by(CommentRow.id).limit(limit))
            return [(r[0], r[1]) for r in rows]

    # ------------------------------------------------------------------ quota
    def add_quota_usage(self, platform: str, bucket: str, day: str, *, units: int = 0, calls: int = 0,
                        reads: int = 0) -> None:
        """Add to the day's usage (an atomic increment; the row is created on first use)."""
        values = {"units": QuotaUsageRow.units + units, "calls": QuotaUsageRow.calls + calls,
                  "reads": QuotaUsageRow.reads + reads}
        where = (QuotaUsageRow.platform == platform, QuotaUsageRow.bucket == bucket, QuotaUsageRow.day == day)
        for _ in range(3):
            with self.session() as s:
                if s.execute(update(QuotaUsageRow).where(*where).values(**values)).rowcount:
                    return
                s.add(QuotaUsageRow(platform=platform, bucket=bucket, day=day, units=units, calls=calls, reads=reads))
                try:
                    s.flush()
                    return
                except IntegrityError:
                    s.rollback()  # created concurrently: increment it on the next round
        raise StoreError("could not record quota usage")

    def quota_usage(self, platform: str, bucket: str, days: tuple[str, ...]) -> tuple[int, int, int]:
        """(units, calls, reads) used over ``days``."""
        from sqlalchemy import func

        with self.session() as s:
            row = s.execute(select(func.coalesce(func.sum(QuotaUsageRow.units), 0),
                                   func.coalesce(func.sum(QuotaUsageRow.calls), 0),
                                   func.coalesce(func.sum(QuotaUsageRow.reads), 0))
                            .where(QuotaUsageRow.platform == platform, QuotaUsageRow.bucket == bucket,
                                   QuotaUsageRow.day.in_(days))).one()
            return int(row[0]), int(row[1]), int(row[2])

    def count(self, model: type[Base]) -> int:
        from sqlalchemy import func

        with self.session() as s:
            return s.scalar(select(func.count()).select_from(model)) or 0

    def ping(self) -> None:
        with self.session() as s:
            s.execute(text("SELECT 1"))
