"""Quota planning and the guard the scheduler consults before each poll."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from monitor.config import QuotaConfig, default_config, parse_config
from monitor.quota import QuotaGuard, next_reset, plan_polls, quota_day, record_usage


def config_with(youtube_channels: int, interval_s: float, quota: dict | None = None):
    accounts = "\n".join(
        f"""      - id: yt{i}
        platform: youtube
        channel_id: UC{i:022d}
        poll_interval_s: {interval_s}""" for i in range(youtube_channels))
    text = f"""
version: 1
quota: {quota or {}}
schools:
  - id: s
    name: S
    accounts:
{accounts}
      - id: x1
        platform: x
        user_id: "1"
        poll_interval_s: 1
    moderators:
      - {{name: A, role: moderator, email: a@example.com}}
      - {{name: B, role: dsl, email: b@example.com}}
"""
    return parse_config(text)


def test_budget_that_fits_keeps_intervals():
    plan = plan_polls(config_with(9, 300))
    assert plan.intervals_s["yt0"] == 300
    assert not [w for w in plan.warnings if w.startswith("YouTube")]
    assert plan.youtube_units_per_day == 9 * 288 * 3


def test_budget_that_cannot_fit_is_spread_and_warned():
    plan = plan_polls(config_with(20, 60))
    # 20 channels every minute need 86,400 units a day; 8,000 are available for reads.
    per_day = sum(86_400 / plan.intervals_s[f"yt{i}"] * 3 for i in range(20))
    assert per_day <= 8_000 + 1e-6
    assert plan.intervals_s["yt0"] > 600
    assert any("need 86,400 units" in w for w in plan.warnings)


def test_x_interval_is_raised_to_the_rate_limit():
    plan = plan_polls(config_with(1, 300))
    assert plan.intervals_s["x1"] == QuotaConfig().x_min_interval_s
    assert any("x1" in w for w in plan.warnings)


def test_youtube_day_follows_pacific_midnight():
    # 07:30 UTC in November is 23:30 the day before in California.
    now = datetime(2026, 11, 23, 7, 30, tzinfo=timezone.utc)
    assert quota_day("youtube", now) == "2026-11-22"
    assert quota_day("x", now) == "2026-11-23"
    assert next_reset("youtube", now) == datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)


def test_guard_stops_youtube_reads_before_the_action_reserve(store):
    config = config_with(1, 300)
    guard = QuotaGuard(config, store)
    now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    assert guard.may_poll("youtube", now) == (True, None)
    record_usage(store, "youtube", now, units=7_990, calls=10)
    record_usage(store, "youtube", now, units=8, calls=2)
    allowed, why = guard.may_poll("youtube", now)
    assert not allowed and "7,998 of 8,000" in why
    # The next Pacific day starts afresh.
    assert guard.may_poll("youtube", now + timedelta(days=1)) == (True, None)


def test_guard_enforces_an_x_monthly_budget(store):
    config = config_with(0, 300, quota={"x_monthly_read_budget_usd": 1.0})
    guard = QuotaGuard(config, store)
    now = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
    record_usage(store, "x", now - timedelta(days=3), reads=150)
    assert guard.may_poll("x", now)[0] is True
    record_usage(store, "x", now, reads=50)
    allowed, why = guard.may_poll("x", now)
    assert not allowed and "$1.00" in why


def test_demo_config_fits():
    assert not [w for w in plan_polls(default_config()).warnings if "YouTube" in w]
