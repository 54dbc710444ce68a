"""The weekly digest's figures, from a known set of store rows, on SQLite and PostgreSQL.

:func:`seed_week` writes one invented school week (2026-W47, Monday 16 to Sunday 22
November, GMT so local time equals UTC) plus a few rows before and after it; the
expected value of every figure is worked out by hand in the comments next to the rows.
The render and email tests reuse it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from monitor.config import default_config
from monitor.digest import (
    Durations,
    build_digest,
    durations,
    fmt_duration,
    iso_week_of,
    next_digest_time,
    previous_week_of,
    render_text,
    term_start_for,
    week_bounds,
)
from monitor.store import ActionRow, AlertRow, CommentRow, CursorRow, DecisionRow, Store, VerdictRow

UTC = timezone.utc
SCHOOL = default_config().schools[0]
WEEK = "2026-W47"
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # Monday 07:00, when the digest goes out
PHONE = "07700 900123"


def at(day: int, hh: int, mm: int = 0, ss: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hh, mm, ss, tzinfo=UTC)


class Seeder:
    """Writes rows the way the worker would leave them."""

    def __init__(self, store: Store, school_id: str = "oakfield") -> None:
        self.store = store
        self.school_id = school_id
        self.n = 0

    def comment(self, platform: str, *, created: datetime, fetched: datetime, author: tuple[str, str] | None = None,
                text: str = "An invented comment", labels: tuple[str, ...] = (), decision: tuple[str, ...] = (),
                intention: str = "none", decided: datetime | None = None, status: str = "decided",
                observe: bool = False, review_labels: tuple[str, ...] = (), spans: dict | None = None) -> int:
        self.n += 1
        account = {"facebook": "oakfield-fb", "x": "oakfield-x", "youtube": "oakfield-yt"}[platform]
        author_id, author_name = author or (f"author-{self.n}", f"Parent {self.n}")
        with self.store.session() as s:
            row = CommentRow(platform=platform, external_id=f"ext-{self.n}", school_id=self.school_id,
                             account_id=account, thread_id="t-1", parent_id=None, author_id=author_id,
                             author_name=author_name, text=text, created_at=created, fetched_at=fetched,
                             permalink=None, attachments=[], platform_state="visible", raw={},
                             evidence_hash="0" * 64, status=status)
            s.add(row)
            s.flush()
            cid = row.id
            s.add(VerdictRow(comment_id=cid, labels=list(labels), scores={lab: 0.9 for lab in labels},
                             explanations=spans or {}, detector_versions={}, needs_review=False,
                             created_at=fetched))
            s.add(DecisionRow(comment_id=cid, intention=intention, labels=list(decision),
                              review_labels=list(review_labels), alert="none", reasons=[], observe=observe,
                              detail={}, created_at=decided or fetched + timedelta(seconds=20)))
        return cid

    def action(self, cid: int, kind: str, done: datetime | None, *, status: str = "done",
               actor: str = "worker") -> None:
        with self.store.session() as s:
            s.add(ActionRow(key=f"{kind}:{cid}", comment_id=cid, account_id="acct", kind=kind, requested=kind,
                            status=status, attempts=1, requested_at=(done or NOW) - timedelta(seconds=5),
                            done_at=done, actor=actor))

    def alert(self, cid: int | None, kind: str, created: datetime, *, ack: datetime | None = None,
              by: str | None = None, channel: str = "email", key: str | None = None) -> None:
        with self.store.session() as s:
            s.add(AlertRow(key=key or f"{kind}:{cid}:{channel}", school_id=self.school_id, comment_id=cid,
                           kind=kind, channel=channel, recipients=["x"], subject="s", status="sent",
                           attempts=1, created_at=created, sent_at=created, acknowledged_at=ack,
                           acknowledged_by=by, detail={}))

    def cursor(self, account_id: str, *, polls: int, calls: int, units: int = 0, needs_reauth: bool = False) -> None:
        with self.store.session() as s:
            s.add(CursorRow(account_id=account_id, platform="x", cursor={}, polls=polls, calls=calls,
                            cost_units=units, needs_reauth=needs_reauth))


def seed_week(store: Store) -> dict[str, int]:
    """The known week. Returns the ids of the comments the tests refer to."""
    sd = Seeder(store)
    jamie = ("fb-jamie", "Jamie Example")  # becomes a repeat offender
    bot = ("x-bot", "Prize Bot")
    ids: dict[str, int] = {}
    # ---- this week, Monday 16 to Sunday 22 November (GMT) ----
    # c1 Mon: abuse, hidden 3 min after posting (180 s).
    ids["c1"] = sd.comment("facebook", created=at(16, 9), fetched=at(16, 9, 2), author=jamie,
                           labels=("abuse",), decision=("abuse",), intention="hide")
    sd.action(ids["c1"], "hide", at(16, 9, 3))
    # c2 Tue: spam on X, hidden after 660 s; a grouped alert (no comment) never acknowledged.
    ids["c2"] = sd.comment("x", created=at(17, 10), fetched=at(17, 10, 1), author=bot, labels=("spam",),
                           decision=("spam",), intention="hide")
    sd.action(ids["c2"], "hide", at(17, 10, 11))
    sd.alert(None, "grouped", at(17, 11), key="grouped:oakfield:2026-11-17T11")
    # c3 Wed: safeguarding on YouTube, held after 360 s; urgent page on two channels,
    # acknowledged 600 s after it was raised.
    ids["c3"] = sd.comment("youtube", created=at(18, 12), fetched=at(18, 12, 5),
                           text=f"please help me, ring {PHONE} tonight", labels=("safeguarding",),
                           decision=("safeguarding",), intention="hold", decided=at(18, 12, 5, 20))
    sd.action(ids["c3"], "hold", at(18, 12, 6))
    sd.alert(ids["c3"], "urgent", at(18, 12, 5, 30), ack=at(18, 12, 15, 30), by="Sarah Whitfield")
    sd.alert(ids["c3"], "urgent", at(18, 12, 5, 40), ack=at(18, 12, 15, 30), by="Sarah Whitfield", channel="slack")
    # c4 Thu: hate + abuse, hidden after 120 s; immediate alert acknowledged after 1800 s.
    ids["c4"] = sd.comment("facebook", created=at(19, 8), fetched=at(19, 8, 1), author=jamie,
                           labels=("abuse", "hate"), decision=("abuse", "hate"), intention="hide")
    sd.action(ids["c4"], "hide", at(19, 8, 2))
    sd.alert(ids["c4"], "immediate", at(19, 8, 2), ack=at(19, 8, 32), by="Hannah Reed")
    # c5 Fri: Jamie's third actioned comment this week: hidden after 120 s, then banned.
    ids["c5"] = sd.comment("facebook", created=at(20, 20), fetched=at(20, 20, 1), author=jamie,
                           labels=("abuse",), decision=("abuse",), intention="ban")
    sd.action(ids["c5"], "hide", at(20, 20, 2))
    sd.action(ids["c5"], "ban", at(20, 20, 3))
    # c6 Sat: a clean comment.
    ids["c6"] = sd.comment("facebook", created=at(21, 10, 59), fetched=at(21, 11))
    # c13 Sat: abuse on YouTube, but the decision was taken in observe mode (no action).
    ids["c13"] = sd.comment("youtube", created=at(21, 11, 59), fetched=at(21, 12), labels=("abuse",),
                            decision=("abuse",), intention="hide", observe=True)
    # c7 Sun 23:30: commercial below the act threshold, waiting for review.
    ids["c7"] = sd.comment("x", created=at(22, 23, 29), fetched=at(22, 23, 30), labels=("commercial",),
                           intention="flag", review_labels=("commercial",), status="review",
                           decided=at(22, 23, 31))
    # c8 Mon: spam on YouTube hidden after 3600 s; restored Tuesday by a moderator (false
    # positive), recorded both as a restore action and a `restored` audit event.
    ids["c8"] = sd.comment("youtube", created=at(16, 14), fetched=at(16, 14, 1),
                           text="Lovely concert, well done year 6", labels=("spam",), decision=("spam",),
                           intention="hide")
    sd.action(ids["c8"], "hide", at(16, 15))
    sd.action(ids["c8"], "restore", at(17, 9), actor="Tom Okafor")
    store.append_audit("restored:c8", "restored", at(17, 9, 0, 1), school_id="oakfield", comment_id=ids["c8"],
                       actor="Tom Okafor")
    # c9 Sun: safeguarding on Facebook, hidden after 120 s; urgent page never acknowledged,
    # escalated once to the deputy DSL.
    ids["c9"] = sd.comment("facebook", created=at(22, 18), fetched=at(22, 18, 1), labels=("safeguarding",),
                           decision=("safeguarding",), intention="hold", decided=at(22, 18, 1, 30))
    sd.action(ids["c9"], "hide", at(22, 18, 2))
    sd.alert(ids["c9"], "urgent", at(22, 18, 2))
    sd.alert(ids["c9"], "escalation", at(22, 18, 17))
    # c11: seen last Sunday 23:59:30, hidden this Monday 00:00:30 (90 s after posting):
    # seen last week, actioned this week.
    ids["c11"] = sd.comment("x", created=at(15, 23, 59), fetched=at(15, 23, 59, 30), author=bot,
                            labels=("spam",), decision=("spam",), intention="hide")
    sd.action(ids["c11"], "hide", at(16, 0, 0, 30))
    # ---- last week (W46) and earlier ----
    # c10 Wed 11: Jamie again (4th actioned in 30 days), hidden after 300 s.
    ids["c10"] = sd.comment("facebook", created=at(11, 10), fetched=at(11, 10, 1), author=jamie,
                            labels=("abuse",), decision=("abuse",), intention="hide")
    sd.action(ids["c10"], "hide", at(11, 10, 5))
    # c15 Thu 12: still waiting for review.
    ids["c15"] = sd.comment("facebook", created=at(12, 16), fetched=at(12, 16, 1), labels=("personal_info",),
                            intention="flag", review_labels=("personal_info",), status="review")
    # c14 Wed 4 November: a safeguarding case never acknowledged (carried over, open).
    ids["c14"] = sd.comment("facebook", created=at(4, 9), fetched=at(4, 9, 1), labels=("safeguarding",),
                            decision=("safeguarding",), intention="hold", decided=at(4, 9, 2))
    sd.alert(ids["c14"], "urgent", at(4, 9, 2))
    # ---- after the week: must not count ----
    ids["c12"] = sd.comment("facebook", created=at(23, 0), fetched=at(23, 0, 0), labels=("abuse",),
                            decision=("abuse",), intention="hide")
    sd.action(ids["c12"], "hide", at(23, 0, 1))
    # ---- accounts ----
    sd.cursor("oakfield-fb", polls=100, calls=120)
    sd.cursor("oakfield-x", polls=50, calls=50, needs_reauth=True)
    sd.cursor("oakfield-yt", polls=100, calls=300, units=900)
    store.append_audit("reauth:x", "account_needs_reauth", at(21, 6), school_id="oakfield", account_id="oakfield-x")
    # Last week's digest, sent Monday 16 at 07:00, with the running totals then (no X entry:
    # the X account had not been polled yet, so its baseline is 0).
    store.append_audit("digest:oakfield:2026-W46:sent", "alert_sent", at(16, 7), school_id="oakfield",
                       data={"kind": "digest", "week": "2026-W46",
                             "quota": {"oakfield-fb": {"calls": 100, "cost_units": 0},
                                       "oakfield-yt": {"calls": 250, "cost_units": 750}}})
    return ids


@pytest.fixture
def seeded(store):
    ids = seed_week(store)
    return store, ids


def test_week_figures(seeded):
    store, _ = seeded
    d = build_digest(store, SCHOOL, WEEK, now=NOW)
    w = d.this_week
    assert (d.start, d.end) == (at(16, 0), at(23, 0))
    assert not d.partial
    # seen: c1 c2 c3 c4 c5 c6 c7 c8 c9 c13 (c11 was fetched last week, c12 next week)
    assert w.seen == 10
    assert w.seen_by_label == {"abuse": 4, "hate": 1, "spam": 2, "safeguarding": 2, "commercial": 1}
    assert w.seen_by_platform == {"facebook": 5, "x": 2, "youtube": 3}
    # actioned (first hide/hold done this week): c1 c2 c3 c4 c5 c8 c9 c11
    assert w.actioned == 8
    assert w.actioned_by_label == {"abuse": 3, "hate": 1, "spam": 3, "safeguarding": 2}
    assert w.actioned_by_platform == {"facebook": 4, "x": 2, "youtube": 2}
    assert w.flagged == 1  # c7 (c15 was decided last week)
    assert w.observed == 1  # c13
    assert w.safeguarding == 2  # c3 c9
    assert w.restored == 1  # c8, once although recorded twice
    assert w.bans == 1
    # comment -> action: 90 120 120 120 180 360 660 3600
    assert w.comment_to_action.values_s == (90, 120, 120, 120, 180, 360, 660, 3600)
    assert w.comment_to_action.median_s == 150
    assert w.comment_to_action.p95_s == 3600
    # alerts: urgent c3 (two channels = one), immediate c4, urgent c9, grouped; not the escalation
    assert w.alerts == 4
    assert w.alerts_acknowledged == 2
    assert w.alerts_open_urgent == 1
    assert w.alert_to_ack.values_s == (600, 1800)
    assert (w.alert_to_ack.median_s, w.alert_to_ack.p95_s) == (1200, 1800)


def test_days_are_local_days(seeded):
    store, _ = seeded
    d = build_digest(store, SCHOOL, WEEK, now=NOW)
    assert [x.day for x in d.days] == [date(2026, 11, 16) + timedelta(days=i) for i in range(7)]
    assert [x.seen for x in d.days] == [2, 1, 1, 1, 1, 2, 2]
    assert [x.actioned for x in d.days] == [3, 1, 1, 1, 1, 0, 1]
    assert d.days[0].actioned_by_label == {"abuse": 1, "spam": 2}
    assert d.days[3].actioned_by_label == {"hate": 1}  # abuse + hate stacks once, as hate
    assert d.days[6].actioned_by_label == {"safeguarding": 1}


def test_safeguarding_offenders_restored_review_accounts(seeded):
    store, ids = seeded
    d = build_digest(store, SCHOOL, WEEK, now=NOW)
    cases = {c.comment_id: c for c in d.safeguarding}
    assert [c.comment_id for c in d.safeguarding] == [ids["c14"], ids["c9"], ids["c3"]]  # open first
    c3, c9, c14 = cases[ids["c3"]], cases[ids["c9"]], cases[ids["c14"]]
    assert (c3.status, c3.acknowledged_by, c3.acknowledged_at) == ("acknowledged", "Sarah Whitfield", at(18, 12, 15, 30))
    assert c3.time_to_ack_s == 610  # from the decision at 12:05:20
    assert (c3.action, c3.platform, c3.escalations, c3.carried_over) == ("held", "youtube", 0, False)
    assert PHONE not in c3.excerpt and "please help me" in c3.excerpt
    assert (c9.status, c9.action, c9.escalations, c9.carried_over) == ("open", "hidden", 1, False)
    assert (c14.status, c14.action, c14.carried_over) == ("open", "no action", True)
    assert len(d.open_safeguarding) == 2

    assert [(o.display_name, o.platform, o.actioned, o.banned) for o in d.repeat_offenders] == [
        ("Jamie Example", "facebook", 4, True)]
    assert d.repeat_rule == "3 actioned comments in 30 days"
    assert [(b.display_name, b.platform, b.at) for b in d.bans] == [("Jamie Example", "facebook", at(20, 20, 3))]
    assert [(r.comment_id, r.platform, r.labels, r.at, r.by) for r in d.restored] == [
        (ids["c8"], "youtube", ("spam",), at(17, 9), "Tom Okafor")]

    assert d.review.total == 2
    assert d.review.by_platform == {"x": 1, "facebook": 1}
    assert d.review.from_this_week == 1
    assert d.review.oldest_fetched_at == at(12, 16, 1)

    assert [(r.account_id, r.platform, r.since) for r in d.reauth] == [("oakfield-x", "x", at(21, 6))]
    quota = {q.account_id: q for q in d.quota}
    assert (quota["oakfield-fb"].calls, quota["oakfield-fb"].calls_since_last_digest) == (120, 20)
    assert (quota["oakfield-x"].calls, quota["oakfield-x"].calls_since_last_digest) == (50, 50)
    yt = quota["oakfield-yt"]
    assert (yt.polls, yt.calls, yt.cost_units, yt.calls_since_last_digest, yt.units_since_last_digest) == (
        100, 300, 900, 50, 150)
    assert yt.last_digest_at == at(16, 7)


def test_previous_week_term_and_history(seeded):
    store, _ = seeded
    d = build_digest(store, SCHOOL, WEEK, now=NOW)
    p = d.previous_week
    assert p.label == "2026-W46"
    assert (p.seen, p.actioned, p.flagged) == (3, 1, 1)  # c10 c11 c15 seen; c10 actioned
    assert p.actioned_by_label == {"abuse": 1}
    assert p.comment_to_action.values_s == (300,)
    assert (p.alerts, p.alert_to_ack.median_s) == (0, None)
    # Autumn term 2026 from Monday 31 August: 12 weeks to this one; everything seeded but c12.
    t = d.term
    assert (t.name, t.start, t.source, t.weeks) == ("Autumn term 2026", date(2026, 8, 31), "approximate", 12)
    assert (t.figures.seen, t.figures.actioned, t.figures.safeguarding) == (14, 9, 3)
    assert t.per_week(t.figures.actioned) == pytest.approx(0.75)
    assert [h.label for h in d.history] == [f"2026-W{n}" for n in range(40, 48)]
    assert [h.actioned for h in d.history] == [0, 0, 0, 0, 0, 0, 1, 8]
    assert [h.seen for h in d.history] == [0, 0, 0, 0, 0, 1, 3, 10]
    configured = build_digest(store, SCHOOL, WEEK, now=NOW, term_start=date(2026, 11, 4))
    assert (configured.term.start, configured.term.source, configured.term.weeks) == (date(2026, 11, 2), "configured", 3)


def test_status_is_as_of_now(seeded):
    """Built on Wednesday 18 at 12:10, before c3 was acknowledged: the week is partial."""
    store, ids = seeded
    d = build_digest(store, SCHOOL, WEEK, now=at(18, 12, 10))
    assert d.partial
    c3 = next(c for c in d.safeguarding if c.comment_id == ids["c3"])
    assert (c3.status, c3.acknowledged_by) == ("open", None)
    assert d.this_week.actioned == 5  # c1 c2 c3 c8 c11; c4 onwards not yet
    assert d.this_week.alerts_acknowledged == 0


def test_empty_week(sqlite_store):
    d = build_digest(sqlite_store, SCHOOL, "2026-W02", now=NOW)
    w = d.this_week
    assert (w.seen, w.actioned, w.alerts, w.restored, w.bans) == (0, 0, 0, 0, 0)
    assert not w.has_data
    assert w.comment_to_action.median_s is None and w.alert_to_ack.p95_s is None
    assert d.term.name == "Spring term 2026" and d.term.weeks == 2
    assert d.term.per_week(0) == 0
    assert d.review.total == 0 and d.review.oldest_fetched_at is None
    assert all(q.calls_since_last_digest is None and q.calls == 0 for q in d.quota)
    text = render_text(d)
    assert "No data for this week" in text
    assert re.search(r"Comment posted to action taken, median\s+no data\s+no data\s+no data", text)


def test_dst_weeks_follow_local_midnight(sqlite_store):
    """BST starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026."""
    spring_start, spring_end = week_bounds("2026-W13", "Europe/London")
    assert (spring_start, spring_end) == (datetime(2026, 3, 23, 0, tzinfo=UTC), datetime(2026, 3, 29, 23, tzinfo=UTC))
    assert spring_end - spring_start == timedelta(hours=167)
    autumn_start, autumn_end = week_bounds("2026-W43", "Europe/London")
    assert (autumn_start, autumn_end) == (datetime(2026, 10, 18, 23, tzinfo=UTC), datetime(2026, 10, 26, 0, tzinfo=UTC))
    assert autumn_end - autumn_start == timedelta(hours=169)

    sd = Seeder(sqlite_store)
    # Sunday 29 March 22:30 UTC is 23:30 BST, still Sunday; 23:30 UTC is Monday 00:30 BST.
    sunday = sd.comment("facebook", created=datetime(2026, 3, 29, 22, 29, tzinfo=UTC),
                        fetched=datetime(2026, 3, 29, 22, 30, tzinfo=UTC), labels=("spam",), decision=("spam",),
                        intention="hide")
    sd.action(sunday, "hide", datetime(2026, 3, 29, 22, 31, tzinfo=UTC))
    sd.comment("facebook", created=datetime(2026, 3, 29, 23, 29, tzinfo=UTC),
               fetched=datetime(2026, 3, 29, 23, 30, tzinfo=UTC))
    # Sunday 18 October 23:30 UTC is Monday 19 October 00:30 BST: the first local hour of W43.
    sd.comment("x", created=datetime(2026, 10, 18, 23, 29, tzinfo=UTC),
               fetched=datetime(2026, 10, 18, 23, 30, tzinfo=UTC))
    # Sunday 25 October 23:30 UTC is 23:30 GMT: the last local hour of W43.
    sd.comment("x", created=datetime(2026, 10, 25, 23, 29, tzinfo=UTC),
               fetched=datetime(2026, 10, 25, 23, 30, tzinfo=UTC))
    now = datetime(2026, 11, 1, tzinfo=UTC)

    w13 = build_digest(sqlite_store, SCHOOL, "2026-W13", now=now)
    assert w13.this_week.seen == 1 and w13.this_week.actioned == 1
    assert [x.seen for x in w13.days] == [0, 0, 0, 0, 0, 0, 1]
    assert w13.days[6].actioned_by_label == {"spam": 1}
    w14 = build_digest(sqlite_store, SCHOOL, "2026-W14", now=now)
    assert [x.seen for x in w14.days] == [1, 0, 0, 0, 0, 0, 0]
    w43 = build_digest(sqlite_store, SCHOOL, "2026-W43", now=now)
    assert [x.seen for x in w43.days] == [1, 0, 0, 0, 0, 0, 1]
    assert w43.days[6].day == date(2026, 10, 25)


def test_iso_week_of_and_previous_week():
    late_sunday = datetime(2026, 3, 29, 23, 30, tzinfo=UTC)
    assert iso_week_of(late_sunday, "Europe/London") == "2026-W14"  # 00:30 BST on Monday
    assert iso_week_of(late_sunday, "UTC") == "2026-W13"
    assert iso_week_of(datetime(2027, 1, 1, 12, tzinfo=UTC), "Europe/London") == "2026-W53"
    assert previous_week_of(datetime(2026, 11, 23, 7, tzinfo=UTC), "Europe/London") == "2026-W47"
    assert previous_week_of(datetime(2026, 11, 22, 23, tzinfo=UTC), "Europe/London") == "2026-W46"
    with pytest.raises(ValueError):
        iso_week_of(datetime(2026, 1, 1), "Europe/London")
    with pytest.raises(ValueError):
        week_bounds("2026-47", "Europe/London")


@pytest.mark.parametrize(("after", "expected"), [
    # Saturday before BST starts -> Monday 30 March 07:00 BST = 06:00 UTC
    (datetime(2026, 3, 28, 12, tzinfo=UTC), datetime(2026, 3, 30, 6, tzinfo=UTC)),
    # one minute before, exactly at, and after the digest time
    (datetime(2026, 3, 30, 5, 59, tzinfo=UTC), datetime(2026, 3, 30, 6, tzinfo=UTC)),
    (datetime(2026, 3, 30, 6, 0, tzinfo=UTC), datetime(2026, 4, 6, 6, tzinfo=UTC)),
    # the Monday before BST starts is still GMT: 07:00 UTC
    (datetime(2026, 3, 23, 6, 30, tzinfo=UTC), datetime(2026, 3, 23, 7, tzinfo=UTC)),
    # Saturday before BST ends -> Monday 26 October 07:00 GMT = 07:00 UTC
    (datetime(2026, 10, 24, 12, tzinfo=UTC), datetime(2026, 10, 26, 7, tzinfo=UTC)),
    # Monday 19 October, in BST, after the digest time -> a week later, now in GMT
    (datetime(2026, 10, 19, 6, 30, tzinfo=UTC), datetime(2026, 10, 26, 7, tzinfo=UTC)),
])
def test_next_digest_time_across_clock_changes(after, expected):
    assert next_digest_time(SCHOOL, after) == expected


def test_next_digest_time_other_day_and_zone():
    school = SCHOOL.model_copy(update={"digest_day": "fri", "digest_time": "16:30", "timezone": "Europe/Dublin"})
    # Friday 27 March 2026 16:30 in Dublin (GMT) then Friday 3 April (IST, UTC+1)
    assert next_digest_time(school, datetime(2026, 3, 26, tzinfo=UTC)) == datetime(2026, 3, 27, 16, 30, tzinfo=UTC)
    assert next_digest_time(school, datetime(2026, 3, 27, 16, 30, tzinfo=UTC)) == datetime(2026, 4, 3, 15, 30, tzinfo=UTC)


def test_term_start_approximation():
    assert term_start_for(date(2026, 11, 16)) == ("Autumn term 2026", date(2026, 8, 31))
    assert term_start_for(date(2026, 1, 12)) == ("Spring term 2026", date(2025, 12, 29))
    # Easter Sunday 2026 is 5 April: the summer term starts Monday 13 April.
    assert term_start_for(date(2026, 4, 13)) == ("Summer term 2026", date(2026, 4, 13))
    assert term_start_for(date(2026, 4, 12)) == ("Spring term 2026", date(2025, 12, 29))
    assert term_start_for(date(2026, 8, 20)) == ("Summer term 2026", date(2026, 4, 13))


def test_durations_and_formatting():
    d = durations([30, -5, 10])
    assert d.values_s == (0, 10, 30) and d.median_s == 10 and d.p95_s == 30
    assert Durations().median_s is None and Durations().count == 0
    twenty = durations(range(1, 21))
    assert twenty.p95_s == 19  # nearest rank: ceil(0.95 * 20) = 19th value
    assert [fmt_duration(x) for x in (None, 45, 250, 900, 7500, 3 * 86400 + 4 * 3600)] == [
        "no data", "45 s", "4 min 10 s", "15 min", "2 h 5 min", "3 d 4 h"]


def test_public_names_exist():
    import monitor.charts
    import monitor.digest

    for module in (monitor.digest, monitor.charts):
        assert all(hasattr(module, name) for name in module.__all__), module.__name__


def test_weekly_api_use_comes_from_the_daily_counters(store):
    from monitor.quota import record_usage

    record_usage(store, "youtube", at(17, 12), units=300, calls=100)  # Tuesday of the week
    record_usage(store, "youtube", at(22, 20), units=50, calls=1)     # Sunday evening, Pacific Sunday
    record_usage(store, "youtube", at(9, 12), units=999, calls=333)   # the week before: not counted
    record_usage(store, "x", at(18, 9), calls=40, reads=12)
    d = build_digest(store, SCHOOL, WEEK, now=NOW)
    usage = {u.platform: (u.units, u.calls, u.reads) for u in d.usage_week}
    assert usage["youtube"] == (350, 101, 0)
    assert usage["x"] == (0, 40, 12)
    assert usage["facebook"] == (0, 0, 0)
    text = render_text(d)
    assert "YouTube 101 calls (350 units)" in text and "X 40 calls, 12 comments read" in text
