"""Platform budgets: how often each account may be polled without running out.

Three budgets, three shapes (see the platform reference):

* YouTube: 10,000 units a day per Cloud project, reset at midnight Pacific time. A poll
  of one channel costs about 3 units; each moderation call 50. Units are kept back for
  moderation so that reading can never starve acting.
* X: reads are paid per post returned (empty polls are free) and rate-limited to 300
  mention reads per 15 minutes per user; a monthly spending cap may be configured.
* Facebook: a rolling usage percentage in response headers; above a threshold the
  connector's suggested back-off is honoured.

:func:`plan_polls` is pure: it turns the config into an effective interval per account
and warnings when the configured accounts and intervals cannot fit (shown by
``monitor check-config``). :class:`QuotaGuard` is what the scheduler asks before each poll,
using the usage recorded in the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from monitor.config import AppConfig, QuotaConfig

__all__ = ["QuotaGuard", "QuotaPlan", "plan_polls", "quota_day", "record_usage"]

PACIFIC = ZoneInfo("America/Los_Angeles")
UTC_ZONE = ZoneInfo("UTC")
YOUTUBE_ACTION_UNITS = 50
SECONDS_PER_DAY = 86_400


def quota_day(platform: str, now: datetime) -> str:
    """The budget day a moment falls in, in the platform's own reset time zone."""
    zone = PACIFIC if platform == "youtube" else UTC_ZONE
    return now.astimezone(zone).date().isoformat()


def next_reset(platform: str, now: datetime) -> datetime:
    zone = PACIFIC if platform == "youtube" else UTC_ZONE
    local = now.astimezone(zone)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    return midnight.astimezone(now.tzinfo)


def month_days(platform: str, now: datetime) -> tuple[str, ...]:
    zone = PACIFIC if platform == "youtube" else UTC_ZONE
    local = now.astimezone(zone).date()
    first = local.replace(day=1)
    return tuple((first + timedelta(days=i)).isoformat() for i in range((local - first).days + 1))


@dataclass
class QuotaPlan:
    intervals_s: dict[str, float] = field(default_factory=dict)  # account id -> effective interval
    warnings: list[str] = field(default_factory=list)
    youtube_units_per_day: float = 0.0


def plan_polls(config: AppConfig) -> QuotaPlan:
    """Effective poll interval per account so that the configured budgets are kept."""
    quota: QuotaConfig = config.quota
    plan = QuotaPlan()
    youtube = [a for _, a in config.all_accounts() if a.platform == "youtube"]
    for _, account in config.all_accounts():
        plan.intervals_s[account.id] = account.poll_interval_s
    if youtube:
        available = quota.youtube_units_per_day - quota.youtube_reserved_for_actions
        need = sum(SECONDS_PER_DAY / max(a.poll_interval_s, 1.0) * quota.youtube_units_per_poll for a in youtube)
        plan.youtube_units_per_day = need
        if available <= 0:
            plan.warnings.append("YouTube: every unit is reserved for moderation; no polls can run")
        elif need > available:
            factor = need / available
            for account in youtube:
                plan.intervals_s[account.id] = account.poll_interval_s * factor
            plan.youtube_units_per_day = available
            slowest = max(plan.intervals_s[a.id] for a in youtube)
            plan.warnings.append(
                f"YouTube: {len(youtube)} channel(s) at the configured intervals need {need:,.0f} units a day "
                f"but {available:,} are available after keeping {quota.youtube_reserved_for_actions:,} for "
                f"moderation; polls are spread out (up to every {slowest:,.0f} s). Lengthen poll_interval_s "
                "or request more quota.")
    for _, account in config.all_accounts():
        if account.platform == "x" and account.poll_interval_s < quota.x_min_interval_s:
            plan.intervals_s[account.id] = quota.x_min_interval_s
            plan.warnings.append(
                f"X account {account.id}: poll_interval_s {account.poll_interval_s:g} is below the rate limit "
                f"(300 reads / 15 min); polling every {quota.x_min_interval_s:g} s instead.")
    return plan


def record_usage(store, platform: str, now: datetime, *, units: int = 0, calls: int = 0, reads: int = 0,
                 bucket: str = "default") -> None:
    store.add_quota_usage(platform, bucket, quota_day(platform, now), units=units, calls=calls, reads=reads)


class QuotaGuard:
    """Asked by the scheduler before each poll: may this account be read now?"""

    def __init__(self, config: AppConfig, store) -> None:
        self.config = config
        self.store = store
        self.plan = plan_polls(config)

    def interval_s(self, account_id: str) -> float:
        return self.plan.intervals_s[account_id]

    def may_poll(self, platform: str, now: datetime) -> tuple[bool, str | None]:
        quota = self.config.quota
        if platform == "youtube":
            units, _, _ = self.store.quota_usage("youtube", "default", (quota_day("youtube", now),))
            limit = quota.youtube_units_per_day - quota.youtube_reserved_for_actions
            if units + quota.youtube_units_per_poll > limit:
                return False, (f"YouTube reads paused until {next_reset('youtube', now):%H:%M} UTC: "
                               f"{units:,} of {limit:,} read units used today")
        if platform == "x" and quota.x_monthly_read_budget_usd is not None:
            _, _, reads = self.store.quota_usage("x", "default", month_days("x", now))
            spent = reads * quota.x_cost_per_read_usd
            if spent >= quota.x_monthly_read_budget_usd:
                return False, f"X reads paused: ${spent:.2f} of the ${quota.x_monthly_read_budget_usd:.2f} monthly budget spent"
        return True, None
