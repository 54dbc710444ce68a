"""Tools over the audit trail: chain verification, evidence packs and retention.

The ``audit_events`` table (see :mod:`monitor.store`) is append-only and hash-chained:
each row's ``hash`` is SHA-256 over the previous row's hash and the row's own fields,
and the one-row ``audit_head`` remembers the last sequence number and hash.
:func:`verify_chain` recomputes every hash from the stored fields and names the first
row that does not fit, which catches an edited row, a deleted row (a gap in ``seq`` or a
``prev_hash`` that no longer matches), an inserted row, and a head that disagrees with
the last row (rows appended or cut off behind the writer's back). It cannot catch
someone who rewrites the whole tail *and* the head; keeping a copy of the head hash
elsewhere (the evidence pack prints it) closes that gap.

:func:`export_evidence` writes the self-contained pack for one comment that a Police,
CEOP or LADO referral needs: a JSON file with everything stored about the comment and
its thread, and a printable HTML page that shows the same and prints the JSON file's
SHA-256 so the two can be tied together.

:func:`purge_expired` applies the retention policy by blanking comment text and raw
payloads. It never deletes or edits audit rows, so the chain stays valid; the evidence
hash of each comment stays, proving what was held without keeping it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import select, update

from connectors.base import Comment
from monitor.config import AppConfig, RetentionConfig
from monitor.domain import AuditEvent
from monitor.errors import StoreError
from monitor.store import (
    GENESIS_HASH,
    ActionRow,
    AlertRow,
    AuditHeadRow,
    AuditRow,
    CommentRow,
    DecisionRow,
    Store,
    VerdictRow,
    audit_row_hash,
    comment_evidence_hash,
)

__all__ = [
    "ChainReport",
    "PACK_FORMAT",
    "build_evidence",
    "export_evidence",
    "purge_expired",
    "render_evidence_html",
    "verify_chain",
]

log = logging.getLogger(__name__)

PACK_FORMAT = "monitor-evidence-pack/1"
_BATCH = 500
_THREAD_LIMIT = 200  # context comments in a pack; a viral thread should not make it unreadable


# ---------------------------------------------------------------- chain verification


@dataclass(frozen=True)
class ChainReport:
    """Result of :func:`verify_chain`.

    ``first_bad_seq`` is the sequence number of the first row that does not fit the
    chain (for a deleted row: the row after the gap; for rows missing at the end: the
    first missing number). ``head_seq``/``head_hash`` are the last good position, worth
    copying somewhere the database's owner cannot reach.
    """

    ok: bool
    rows_checked: int
    first_bad_seq: int | None
    reason: str
    head_seq: int = 0
    head_hash: str = GENESIS_HASH

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def verify_chain(store: Store) -> ChainReport:
    """Recompute every audit row's hash and check the chain end to end."""
    checked = 0
    expected_seq = 1
    prev_hash = GENESIS_HASH

    def bad(seq: int, reason: str) -> ChainReport:
        return ChainReport(False, checked, seq, reason, expected_seq - 1, prev_hash)

    columns = (AuditRow.seq, AuditRow.key, AuditRow.at, AuditRow.event, AuditRow.school_id,
               AuditRow.account_id, AuditRow.comment_id, AuditRow.actor, AuditRow.data,
               AuditRow.prev_hash, AuditRow.hash)
    with store.session() as s:
        head = s.get(AuditHeadRow, 1)
        head_seq = head.seq if head is not None else 0
        head_hash = head.last_hash if head is not None else GENESIS_HASH
        hash_at_head = GENESIS_HASH
        rows = s.execute(select(*columns).order_by(AuditRow.seq).execution_options(yield_per=_BATCH))
        for row in rows:
            if row.seq != expected_seq:
                if row.seq < expected_seq:
                    return bad(row.seq, f"row {row.seq} is out of sequence (expected {expected_seq}): "
                                        "a row was inserted")
                missing = (f"row {expected_seq} is missing" if row.seq == expected_seq + 1
                           else f"rows {expected_seq} to {row.seq - 1} are missing")
                return bad(row.seq, f"{missing}: rows were deleted")
            if row.prev_hash != prev_hash:
                return bad(row.seq, f"row {row.seq} does not point to the hash of row {row.seq - 1}: "
                                    "the row before it was deleted, replaced or edited")
            recomputed = audit_row_hash(prev_hash, row.seq, row.key, row.at, row.event, row.school_id,
                                        row.account_id, row.comment_id, row.actor, row.data or {})
            if recomputed != row.hash:
                return bad(row.seq, f"row {row.seq} does not match its own hash: it was edited or forged")
            checked += 1
            prev_hash = row.hash
            expected_seq += 1
            if row.seq == head_seq:
                hash_at_head = row.hash
    last_seq = expected_seq - 1
    if head_seq > last_seq:
        return ChainReport(False, checked, last_seq + 1,
                           f"the chain head says {head_seq} rows but only {last_seq} exist: "
                           "the last rows were deleted", last_seq, prev_hash)
    if head_seq < last_seq:
        # The rows past the head may hash correctly, but nothing vouches for them.
        return ChainReport(False, head_seq, head_seq + 1,
                           f"rows after {head_seq} were added without going through the chain head: "
                           "a row was inserted", head_seq, hash_at_head)
    if head_hash != prev_hash:
        return ChainReport(False, checked, last_seq or None,
                           f"the chain head's hash does not match row {last_seq}: the chain was rewritten",
                           last_seq, prev_hash)
    return ChainReport(True, checked, None, f"all {checked} audit rows verified", last_seq, prev_hash)


# ---------------------------------------------------------------- evidence packs


def _comment_dict(row: CommentRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "platform": row.platform,
        "external_id": row.external_id,
        "school_id": row.school_id,
        "account_id": row.account_id,
        "thread_id": row.thread_id,
        "parent_id": row.parent_id,
        "author_id": row.author_id,
        "author_name": row.author_name,
        "text": row.text,
        "created_at": row.created_at,
        "fetched_at": row.fetched_at,
        "permalink": row.permalink,
        "attachments": list(row.attachments or []),
        "platform_state": row.platform_state,
        "status": row.status,
        "raw": row.raw,
        "evidence_hash": row.evidence_hash,
        "purged_at": row.purged_at,
    }


def _evidence_check(row: CommentRow) -> dict[str, Any]:
    """Recompute the evidence hash from the stored fields: does the text still match?"""
    if row.purged_at is not None or row.text is None:
        return {"verified": None, "note": "text purged under the retention policy; hash kept"}
    comment = Comment(
        platform=row.platform, account_id=row.account_id, id=row.external_id, thread_id=row.thread_id,
        parent_id=row.parent_id, author_id=row.author_id, author_name=row.author_name, text=row.text,
        created_at=row.created_at, permalink=row.permalink, attachments=tuple(row.attachments or ()),
        raw=row.raw or {},
    )
    recomputed = comment_evidence_hash(comment)
    ok = recomputed == row.evidence_hash
    return {
        "verified": ok,
        "recomputed": recomputed,
        "note": "stored comment matches the hash taken before any action" if ok
        else "stored comment does NOT match the hash taken when it was collected",
    }


def _verdict_dict(row: VerdictRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "labels": list(row.labels or []),
        "scores": dict(row.scores or {}),
        "explanations": row.explanations or {},
        "detector_versions": row.detector_versions or {},
        "needs_review": row.needs_review,
        "created_at": row.created_at,
    }


def _decision_dict(row: DecisionRow | None) -> dict[str, Any] | None:
    if row is None:
        return None
    return {
        "intention": row.intention,
        "labels": list(row.labels or []),
        "review_labels": list(row.review_labels or []),
        "alert": row.alert,
        "reasons": list(row.reasons or []),
        "observe": row.observe,
        "detail": row.detail or {},
        "created_at": row.created_at,
    }


def _action_dict(row: ActionRow) -> dict[str, Any]:
    return {
        "id": row.id, "key": row.key, "kind": row.kind, "requested": row.requested, "status": row.status,
        "platform_response": row.detail, "attempts": row.attempts, "actor": row.actor,
        "requested_at": row.requested_at, "done_at": row.done_at,
    }


def _alert_dict(row: AlertRow) -> dict[str, Any]:
    return {
        "id": row.id, "key": row.key, "kind": row.kind, "channel": row.channel,
        "recipients": list(row.recipients or []), "subject": row.subject, "status": row.status,
        "attempts": row.attempts, "error": row.error, "created_at": row.created_at, "sent_at": row.sent_at,
        "acknowledged_at": row.acknowledged_at, "acknowledged_by": row.acknowledged_by,
    }


def _audit_dict(row: AuditRow) -> dict[str, Any]:
    return {
        "seq": row.seq, "key": row.key, "at": row.at, "event": row.event, "school_id": row.school_id,
        "account_id": row.account_id, "comment_id": row.comment_id, "actor": row.actor, "data": row.data,
        "prev_hash": row.prev_hash, "hash": row.hash,
    }


def _context_dict(row: CommentRow) -> dict[str, Any]:
    return {
        "id": row.id, "external_id": row.external_id, "parent_id": row.parent_id,
        "author_id": row.author_id, "author_name": row.author_name, "text": row.text,
        "created_at": row.created_at, "permalink": row.permalink, "platform_state": row.platform_state,
        "status": row.status, "evidence_hash": row.evidence_hash, "purged": row.purged_at is not None,
    }


def _source(config: AppConfig | None, comment: CommentRow) -> dict[str, Any]:
    source: dict[str, Any] = {"school_id": comment.school_id, "account_id": comment.account_id,
                              "platform": comment.platform}
    if config is None:
        return source
    try:
        school, account = config.account(comment.account_id)
    except KeyError:
        return source
    source.update(school_name=school.name, account_name=account.name or account.id,
                  platform_account_id=account.platform_account_id)
    return source


def build_evidence(store: Store, comment_id: int, *, config: AppConfig | None = None,
                   generated_at: datetime | None = None) -> dict[str, Any]:
    """Everything stored about one comment, as a JSON-ready dict (datetimes kept)."""
    comment = store.get_comment(comment_id)
    with store.session() as s:
        verdict = s.scalar(select(VerdictRow).where(VerdictRow.comment_id == comment_id))
        decision = s.scalar(select(DecisionRow).where(DecisionRow.comment_id == comment_id))
        actions = list(s.scalars(select(ActionRow).where(ActionRow.comment_id == comment_id)
                                 .order_by(ActionRow.id)))
        alerts = list(s.scalars(select(AlertRow).where(AlertRow.comment_id == comment_id).order_by(AlertRow.id)))
        thread = list(s.scalars(
            select(CommentRow)
            .where(CommentRow.platform == comment.platform, CommentRow.account_id == comment.account_id,
                   CommentRow.thread_id == comment.thread_id, CommentRow.id != comment.id)
            .order_by(CommentRow.created_at, CommentRow.id)
            .limit(_THREAD_LIMIT + 1)
        ))
    events = store.audit_events(comment_id)
    chain = verify_chain(store)
    return {
        "format": PACK_FORMAT,
        "generated_at": generated_at or datetime.now(timezone.utc),
        "source": _source(config, comment),
        "comment": _comment_dict(comment),
        "evidence_check": _evidence_check(comment),
        "verdict": _verdict_dict(verdict),
        "decision": _decision_dict(decision),
        "actions": [_action_dict(a) for a in actions],
        "alerts": [_alert_dict(a) for a in alerts],
        "audit_events": [_audit_dict(e) for e in events],
        "chain": chain.to_dict(),
        "thread": {
            "thread_id": comment.thread_id,
            "comments": [_context_dict(c) for c in thread[:_THREAD_LIMIT]],
            "truncated": len(thread) > _THREAD_LIMIT,
        },
    }


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _templates() -> jinja2.Environment:
    loader = jinja2.PackageLoader("monitor", "templates")
    env = jinja2.Environment(loader=loader, autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = lambda v: "" if v is None else v.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    env.filters["pretty"] = lambda v: json.dumps(v, indent=2, sort_keys=True, ensure_ascii=False,
                                                 default=_json_default)
    return env


def render_evidence_html(pack: dict[str, Any], *, json_name: str, json_sha256: str) -> str:
    """The printable page of an evidence pack (inline CSS, no external resources)."""
    return _templates().get_template("evidence.html.j2").render(
        pack=pack, json_name=json_name, json_sha256=json_sha256)


def export_evidence(store: Store, comment_id: int, out_dir: Path, *,
                    config: AppConfig | None = None) -> tuple[Path, Path]:
    """Write ``evidence-<id>.json`` and ``evidence-<id>.html`` into ``out_dir``.

    Returns ``(json_path, html_path)``. The pack contains full, unmasked text: it is for
    a referral, so handle it as the personal data it is.
    """
    pack = build_evidence(store, comment_id, config=config)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"evidence-{comment_id}"
    json_path, html_path = out_dir / f"{stem}.json", out_dir / f"{stem}.html"
    body = json.dumps(pack, indent=2, sort_keys=True, ensure_ascii=False, default=_json_default).encode("utf-8")
    json_path.write_bytes(body)
    digest = hashlib.sha256(body).hexdigest()
    html_path.write_text(render_evidence_html(pack, json_name=json_path.name, json_sha256=digest),
                         encoding="utf-8")
    log.info("evidence pack for comment %s written (%d audit events, chain ok=%s)",
             comment_id, len(pack["audit_events"]), pack["chain"]["ok"])
    return json_path, html_path


# ---------------------------------------------------------------- retention


def _is_unactioned(decision: DecisionRow | None, verdict: VerdictRow | None,
                   has_action: bool, has_alert: bool) -> bool:
    """True for a comment that needed nothing: decided "none", no review, no alert,
    no platform action, nothing safeguarding. Anything undecided counts as an incident,
    so text is never purged before it was assessed."""
    if decision is None or decision.intention != "none" or has_action or has_alert:
        return False
    if decision.review_labels or (verdict is not None and verdict.needs_review):
        return False
    labels = set(decision.labels or []) | set(decision.review_labels or [])
    if verdict is not None:
        labels |= set(verdict.labels or [])
    return "safeguarding" not in labels


def _scrub_explanations(explanations: dict | None) -> dict:
    """Drop matched text spans from stored explanations (they quote the comment)."""
    out: dict = {}
    for label, items in (explanations or {}).items():
        out[label] = [{**item, "matched": None} if isinstance(item, dict) else item for item in items or []]
    return out


def purge_expired(store: Store, retention: RetentionConfig, now: datetime) -> int:
    """Blank the text of comments whose retention has run out; return how many.

    Comments that needed no action lose their text and raw payload after
    ``retention.unactioned_text_days``; incidents (anything actioned, alerted, flagged,
    undecided or safeguarding) after ``retention.incident_days``. Age counts from when the
    worker collected the comment (``fetched_at``). Matched spans in the verdict's
    explanations are blanked too. Audit rows are never touched; one ``purged`` event
    records the run.
    """
    if now.tzinfo is None:
        raise StoreError("purge_expired needs a timezone-aware 'now'")
    unactioned_cutoff = now - timedelta(days=retention.unactioned_text_days)
    incident_cutoff = now - timedelta(days=retention.incident_days)
    newest = max(unactioned_cutoff, incident_cutoff)
    counts = {"unactioned": 0, "incident": 0}
    last_id = 0
    while True:
        with store.session() as s:
            rows = list(s.execute(
                select(CommentRow.id, CommentRow.fetched_at)
                .where(CommentRow.purged_at.is_(None), CommentRow.fetched_at < newest, CommentRow.id > last_id)
                .order_by(CommentRow.id).limit(_BATCH)
            ))
            if not rows:
                break
            last_id = rows[-1].id
            ids = [r.id for r in rows]
            decisions = {d.comment_id: d for d in s.scalars(select(DecisionRow).where(DecisionRow.comment_id.in_(ids)))}
            verdicts = {v.comment_id: v for v in s.scalars(select(VerdictRow).where(VerdictRow.comment_id.in_(ids)))}
            acted = set(s.scalars(select(ActionRow.comment_id).where(ActionRow.comment_id.in_(ids))))
            alerted = set(s.scalars(select(AlertRow.comment_id).where(AlertRow.comment_id.in_(ids))))
            purge: list[int] = []
            for r in rows:
                unactioned = _is_unactioned(decisions.get(r.id), verdicts.get(r.id), r.id in acted, r.id in alerted)
                cutoff = unactioned_cutoff if unactioned else incident_cutoff
                if r.fetched_at < cutoff:
                    purge.append(r.id)
                    counts["unactioned" if unactioned else "incident"] += 1
            if purge:
                s.execute(update(CommentRow).where(CommentRow.id.in_(purge), CommentRow.purged_at.is_(None))
                          .values(text=None, raw=None, purged_at=now))
                for cid in purge:
                    verdict = verdicts.get(cid)
                    if verdict is not None and verdict.explanations:
                        verdict.explanations = _scrub_explanations(verdict.explanations)
    total = counts["unactioned"] + counts["incident"]
    store.append_audit(f"purged:{now.isoformat()}", AuditEvent.PURGED.value, now, actor="retention",
                       data={"count": total, **counts,
                             "unactioned_text_days": retention.unactioned_text_days,
                             "incident_days": retention.incident_days})
    log.info("retention purge: %d comment texts blanked (%d unactioned, %d incidents)",
             total, counts["unactioned"], counts["incident"])
    return total
