"""Audit chain verification, evidence packs and retention, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, insert, select, update

from connectors.base import Comment
from monitor.audit import PACK_FORMAT, export_evidence, purge_expired, verify_chain
from monitor.config import RetentionConfig, default_config
from monitor.store import AuditHeadRow, AuditRow, CommentRow, VerdictRow, audit_row_hash

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def make_comment(cid: str, text: str, *, thread: str = "p1", author: str = "u1",
                 name: str = "Jo Bloggs", account: str = "oakfield-fb") -> Comment:
    return Comment(
        platform="facebook", account_id=account, id=cid, thread_id=thread, parent_id=None,
        author_id=author, author_name=name, text=text, created_at=NOW - timedelta(minutes=5),
        permalink=f"https://www.facebook.example.com/{thread}?comment_id={cid}",
        raw={"id": cid, "message": text, "from": {"id": author, "name": name}},
    )


def add(store, comment: Comment, fetched_at: datetime = NOW) -> int:
    [cid] = store.add_comments("oakfield", [comment], fetched_at)
    return cid


def decide(store, cid: int, intention: str, labels: list[str], *, at: datetime = NOW,
           matched: str | None = None, review: list[str] | None = None) -> None:
    explanations = {label: [{"detector": "lexicon", "rule": f"{label}-words", "span": [0, 4],
                             "matched": matched, "adjustments": []}] for label in labels}
    store.save_verdict(cid, {"labels": labels, "scores": {label: 0.9 for label in labels},
                             "explanations": explanations, "detector_versions": {"lexicon": "1.0"}}, at)
    store.save_decision(cid, {"intention": intention, "labels": labels if intention != "none" else [],
                              "review_labels": review or [], "alert": "immediate" if labels else "none",
                              "reasons": [f"{label} 0.90 >= 0.60" for label in labels]}, at)


def append_events(store, n: int, comment_id: int | None = None) -> None:
    for i in range(n):
        assert store.append_audit(f"test:{comment_id}:{i}", "seen", NOW + timedelta(seconds=i),
                                  school_id="oakfield", comment_id=comment_id, data={"i": i})


# ---------------------------------------------------------------- verify_chain


def test_intact_chain_verifies(store):
    assert verify_chain(store).ok  # an empty chain is a valid chain
    append_events(store, 5)
    report = verify_chain(store)
    assert report.ok
    assert (report.rows_checked, report.first_bad_seq, report.head_seq) == (5, None, 5)
    assert report.head_hash == store.audit_events()[-1].hash


def _edit_data(s):
    s.execute(update(AuditRow).where(AuditRow.seq == 3).values(data={"i": 99}))


def _edit_actor_and_rehash(s):
    # A careful forger recomputes the edited row's own hash; the next row still points
    # at the old one.
    row = s.scalar(select(AuditRow).where(AuditRow.seq == 3))
    row.actor = "someone else"
    row.hash = audit_row_hash(row.prev_hash, row.seq, row.key, row.at, row.event, row.school_id,
                              row.account_id, row.comment_id, row.actor, row.data)


def _delete_middle(s):
    s.execute(delete(AuditRow).where(AuditRow.seq == 3))


def _delete_and_renumber(s):
    # Delete row 3 and close the gap: rows 4 and 5 become 3 and 4, head follows.
    s.execute(delete(AuditRow).where(AuditRow.seq == 3))
    s.execute(update(AuditRow).where(AuditRow.seq > 3).values(seq=AuditRow.seq + 100))
    s.execute(update(AuditRow).where(AuditRow.seq > 100).values(seq=AuditRow.seq - 101))
    s.execute(update(AuditHeadRow).values(seq=4))


def _delete_last(s):
    s.execute(delete(AuditRow).where(AuditRow.seq == 5))


def _insert_forged_middle(s):
    # Make room after row 2 and insert a row with an invented hash.
    s.execute(update(AuditRow).where(AuditRow.seq >= 3).values(seq=AuditRow.seq + 100))
    s.execute(update(AuditRow).where(AuditRow.seq > 100).values(seq=AuditRow.seq - 99))
    prev = s.scalar(select(AuditRow.hash).where(AuditRow.seq == 2))
    s.execute(insert(AuditRow).values(seq=3, key="forged", at=NOW, event="restored", actor="intruder",
                                      data={}, prev_hash=prev, hash="f" * 64))


def _insert_well_hashed_at_end(s):
    # Everything about the row is consistent, but it bypassed the chain head.
    last = s.scalar(select(AuditRow).where(AuditRow.seq == 5))
    at = NOW + timedelta(hours=1)
    digest = audit_row_hash(last.hash, 6, "forged", at, "restored", None, None, None, "intruder", {})
    s.execute(insert(AuditRow).values(seq=6, key="forged", at=at, event="restored", actor="intruder",
                                      data={}, prev_hash=last.hash, hash=digest))


def _rewrite_head(s):
    s.execute(update(AuditHeadRow).values(last_hash="e" * 64))


@pytest.mark.parametrize(
    "tamper, first_bad, words",
    [
        (_edit_data, 3, "edited or forged"),
        (_edit_actor_and_rehash, 4, "does not point to the hash of row 3"),
        (_delete_middle, 4, "row 3 is missing"),
        (_delete_and_renumber, 3, "does not point to the hash of row 2"),
        (_delete_last, 5, "deleted"),
        (_insert_forged_middle, 3, "edited or forged"),
        (_insert_well_hashed_at_end, 6, "inserted"),
        (_rewrite_head, 5, "rewritten"),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_tampering_is_caught_and_first_bad_row_named(store, tamper, first_bad, words):
    append_events(store, 5)
    with store.session() as s:
        tamper(s)
    report = verify_chain(store)
    assert not report.ok
    assert report.first_bad_seq == first_bad
    assert words in report.reason
    assert report.rows_checked <= 5


# ---------------------------------------------------------------- evidence packs


def _seed_incident(store) -> int:
    cid = add(store, make_comment("c-target", "You are a useless idiot <script>alert(1)</script>",
                                  author="u-target", name="Sam Carter"))
    add(store, make_comment("c-before", "Lovely photos from sports day", author="u2", name="Priya Shah"))
    add(store, make_comment("c-other-thread", "Unrelated post", thread="p2"))
    decide(store, cid, "hide", ["abuse"], matched="useless idiot")
    store.claim_action(f"auto:{cid}:hide", comment_id=cid, account_id="oakfield-fb", kind="hide",
                       requested="hide", now=NOW)
    store.finish_action(f"auto:{cid}:hide", "done", NOW + timedelta(seconds=2), detail="Hidden on Facebook")
    store.claim_alert(f"alert:{cid}:immediate", school_id="oakfield", comment_id=cid, kind="immediate",
                      channel="email", recipients=["h.reed@oakfield-primary.example.com"],
                      subject="[Oakfield] abuse hidden on Facebook", created_at=NOW)
    store.finish_alert(f"alert:{cid}:immediate", "sent", NOW + timedelta(seconds=3))
    for i, event in enumerate(["seen", "classified", "decided", "action_done", "alert_sent"]):
        store.append_audit(f"{event}:{cid}", event, NOW + timedelta(seconds=i), school_id="oakfield",
                           account_id="oakfield-fb", comment_id=cid, data={"step": i})
    store.append_audit("seen:unrelated", "seen", NOW, school_id="oakfield", comment_id=cid + 100)
    return cid


def test_evidence_pack_contains_everything_for_a_referral(store, tmp_path):
    cid = _seed_incident(store)
    json_path, html_path = export_evidence(store, cid, tmp_path / "pack", config=default_config())
    body = json_path.read_bytes()
    pack = json.loads(body)

    assert pack["format"] == PACK_FORMAT
    c = pack["comment"]
    assert c["text"].startswith("You are a useless idiot")
    assert (c["author_id"], c["author_name"]) == ("u-target", "Sam Carter")
    assert c["permalink"].endswith("comment_id=c-target")
    assert c["raw"]["from"] == {"id": "u-target", "name": "Sam Carter"}
    assert c["created_at"] == (NOW - timedelta(minutes=5)).isoformat()
    assert pack["evidence_check"]["verified"] is True
    assert pack["evidence_check"]["recomputed"] == c["evidence_hash"]
    assert pack["source"]["school_name"] == "Oakfield Primary School"
    assert pack["verdict"]["explanations"]["abuse"][0]["matched"] == "useless idiot"
    assert pack["decision"]["intention"] == "hide"
    assert [(a["kind"], a["status"], a["platform_response"]) for a in pack["actions"]] == [
        ("hide", "done", "Hidden on Facebook")]
    assert pack["alerts"][0]["status"] == "sent"

    stored = store.audit_events(cid)
    assert [(e["seq"], e["prev_hash"], e["hash"]) for e in pack["audit_events"]] == [
        (r.seq, r.prev_hash, r.hash) for r in stored]
    assert [e["event"] for e in pack["audit_events"]] == ["seen", "classified", "decided", "action_done",
                                                          "alert_sent"]
    assert pack["chain"]["ok"] is True and pack["chain"]["rows_checked"] == 6
    assert [t["external_id"] for t in pack["thread"]["comments"]] == ["c-before"]

    html = html_path.read_text(encoding="utf-8")
    assert hashlib.sha256(body).hexdigest() in html
    assert "Sam Carter" in html and "comment_id=c-target" in html
    assert stored[-1].hash in html
    assert "Lovely photos from sports day" in html
    # Self-contained and safe to open: comment text is escaped, nothing is fetched.
    assert "&lt;script&gt;" in html
    for marker in ("<script", "<link", "src=", "@import", "url("):
        assert marker not in html


def test_evidence_pack_flags_a_comment_edited_after_collection(store, tmp_path):
    cid = _seed_incident(store)
    with store.session() as s:
        s.execute(update(CommentRow).where(CommentRow.id == cid).values(text="something milder"))
    json_path, html_path = export_evidence(store, cid, tmp_path)
    pack = json.loads(json_path.read_text(encoding="utf-8"))
    assert pack["evidence_check"]["verified"] is False
    assert "NO</span>" in html_path.read_text(encoding="utf-8")


def test_evidence_pack_reports_a_broken_chain(store, tmp_path):
    cid = _seed_incident(store)
    with store.session() as s:
        s.execute(update(AuditRow).where(AuditRow.seq == 2).values(actor="intruder"))
    json_path, html_path = export_evidence(store, cid, tmp_path)
    pack = json.loads(json_path.read_text(encoding="utf-8"))
    assert (pack["chain"]["ok"], pack["chain"]["first_bad_seq"]) == (False, 2)
    assert "BROKEN at row 2" in html_path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- retention


def test_purge_blanks_only_expired_text_and_keeps_the_chain_valid(store):
    retention = RetentionConfig(unactioned_text_days=90, incident_days=365)
    old, ancient = NOW - timedelta(days=91), NOW - timedelta(days=400)
    ids = {
        "old_clean": add(store, make_comment("a", "Great concert"), old),
        "recent_clean": add(store, make_comment("b", "Well done all"), NOW - timedelta(days=10)),
        "old_hidden": add(store, make_comment("c", "You are an idiot"), old),
        "old_safeguarding_observed": add(store, make_comment("d", "worrying words"), old),
        "old_review": add(store, make_comment("e", "borderline words"), old),
        "old_undecided": add(store, make_comment("f", "never classified"), old),
        "ancient_hidden": add(store, make_comment("g", "You are a fool"), ancient),
        "ancient_clean": add(store, make_comment("h", "Nice one"), ancient),
    }
    decide(store, ids["old_clean"], "none", [], matched="Great")
    decide(store, ids["recent_clean"], "none", [])
    decide(store, ids["old_hidden"], "hide", ["abuse"])
    store.claim_action("auto:c:hide", comment_id=ids["old_hidden"], account_id="oakfield-fb", kind="hide",
                       requested="hide", now=old)
    decide(store, ids["old_safeguarding_observed"], "none", ["safeguarding"])
    decide(store, ids["old_review"], "none", [], review=["abuse"])
    decide(store, ids["ancient_hidden"], "hide", ["abuse"], matched="fool")
    store.claim_action("auto:g:hide", comment_id=ids["ancient_hidden"], account_id="oakfield-fb",
                       kind="hide", requested="hide", now=ancient)
    decide(store, ids["ancient_clean"], "none", [])
    for name, cid in ids.items():
        store.append_audit(f"seen:{name}", "seen", NOW, comment_id=cid)
    hashes_before = {cid: store.get_comment(cid).evidence_hash for cid in ids.values()}

    assert purge_expired(store, retention, NOW) == 3

    purged = {"old_clean", "ancient_hidden", "ancient_clean"}
    for name, cid in ids.items():
        row = store.get_comment(cid)
        assert row.evidence_hash == hashes_before[cid]
        if name in purged:
            assert (row.text, row.raw, row.purged_at) == (None, None, NOW), name
        else:
            assert row.text and row.raw and row.purged_at is None, name
    with store.session() as s:
        explanations = s.scalar(select(VerdictRow.explanations).where(VerdictRow.comment_id == ids["ancient_hidden"]))
    assert explanations["abuse"][0]["matched"] is None

    report = verify_chain(store)
    assert report.ok and report.rows_checked == len(ids) + 1
    last = store.audit_events()[-1]
    assert last.event == "purged"
    assert (last.data["count"], last.data["unactioned"], last.data["incident"]) == (3, 2, 1)

    # A second run finds nothing new and still records that it ran.
    assert purge_expired(store, retention, NOW + timedelta(days=1)) == 0
    assert store.audit_events()[-1].data["count"] == 0
    assert verify_chain(store).ok


def test_purged_comment_still_exports(store, tmp_path):
    cid = add(store, make_comment("z", "Great concert"), NOW - timedelta(days=200))
    decide(store, cid, "none", [])
    assert purge_expired(store, RetentionConfig(), NOW) == 1
    json_path, html_path = export_evidence(store, cid, tmp_path)
    pack = json.loads(json_path.read_text(encoding="utf-8"))
    assert pack["comment"]["text"] is None and pack["evidence_check"]["verified"] is None
    assert "purged under the retention policy" in html_path.read_text(encoding="utf-8")


def test_public_names_exist():
    import monitor.audit

    assert all(hasattr(monitor.audit, name) for name in monitor.audit.__all__)
