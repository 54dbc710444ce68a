"""The one exception tree of the worker.

Every failure the worker can meet is one of these, so that actors, the CLI and the
retry middleware can decide what to do from the class alone::

    MonitorError
    ├── ConfigError                  bad or missing configuration (file, line, field)
    ├── ConnectorError               a platform call failed (platform, account, status, detail)
    │   ├── RetryableError           try again later (5xx, timeouts, transient codes)
    │   │   └── RateLimitedError     try again after ``retry_after_s`` (429, throttling codes)
    │   ├── BudgetExhaustedError     the daily/monthly budget is spent until ``until``
    │   ├── AuthError                token dead or missing scope: needs re-authorisation,
    │   │                            never retried, alerts IT once
    │   └── PermanentError           not allowed / not possible; not retried
    │       └── GoneError            the object no longer exists (success for hide/remove)
    ├── DetectorError                a detector failed; the verdict becomes "needs review"
    ├── StoreError                   the database refused or lost an operation
    └── AlertDeliveryError           a notifier could not deliver; retried with backoff

Third-party exceptions are mapped to this tree exactly once, at the boundary where they
occur (each connector, each notifier), with ``raise ... from exc``. Messages never carry
secrets: :func:`redact` is applied to every ``detail``.
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = [
    "AlertDeliveryError",
    "AuthError",
    "BudgetExhaustedError",
    "ConfigError",
    "ConfigProblem",
    "ConnectorError",
    "DetectorError",
    "GoneError",
    "MonitorError",
    "PermanentError",
    "RateLimitedError",
    "RetryableError",
    "StoreError",
    "redact",
    "register_secret",
]

_SECRETS: set[str] = set()
_TOKEN_PARAM = re.compile(
    r"(?i)((?:access_token|token|key|secret|password|signature|client_secret)=)[^&\s\"']+"
)
_BEARER = re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+")


def register_secret(value: str | None) -> None:
    """Remember a secret value so that :func:`redact` masks it wherever it appears."""
    if value and len(value) >= 4:
        _SECRETS.add(value)


def redact(text: str | None) -> str:
    """Mask known secrets, ``access_token=...`` style parameters and bearer tokens."""
    if not text:
        return ""
    out = str(text)
    for secret in sorted(_SECRETS, key=len, reverse=True):
        out = out.replace(secret, "***")
    out = _TOKEN_PARAM.sub(r"\1***", out)
    return _BEARER.sub(r"\1***", out)


class MonitorError(Exception):
    """Base of every error raised on purpose by this project."""


class ConfigProblem:
    """One problem in a config file: where it is and what is wrong."""

    __slots__ = ("file", "line", "field", "message")

    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"

    def __repr__(self) -> str:
        return f"ConfigProblem({str(self)!r})"


class ConfigError(MonitorError):
    """The configuration cannot be used. ``problems`` lists every problem found."""

    def __init__(self, problems: list[ConfigProblem] | str) -> None:
        if isinstance(problems, str):
            problems = [ConfigProblem("<config>", None, "", problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConnectorError(MonitorError):
    """A platform call failed. Carries where it failed and a redacted detail."""

    def __init__(
        self,
        detail: str,
        *,
        platform: str = "",
        account: str = "",
        status: int | None = None,
        code: str | None = None,
    ) -> None:
        self.platform = platform
        self.account = account
        self.status = status
        self.code = code
        self.detail = redact(detail)
        where = "/".join(x for x in (platform, account) if x)
        parts = [f"[{where}]" if where else "", f"HTTP {status}" if status else "", self.detail]
        super().__init__(" ".join(p for p in parts if p))


class RetryableError(ConnectorError):
    """Transient failure: the same call may succeed later."""


class RateLimitedError(RetryableError):
    """Throttled: retry after ``retry_after_s`` seconds (the platform's reset if known)."""

    def __init__(self, detail: str, *, retry_after_s: float = 60.0, **kw) -> None:
        self.retry_after_s = max(0.0, float(retry_after_s))
        super().__init__(detail, **kw)


class BudgetExhaustedError(ConnectorError):
    """The account's or project's budget (quota, credits) is spent until ``until``."""

    def __init__(self, detail: str, *, until: datetime | None = None, **kw) -> None:
        self.until = until
        super().__init__(detail, **kw)


class AuthError(ConnectorError):
    """Token expired, revoked or lacking a permission: needs re-authorisation."""


class PermanentError(ConnectorError):
    """The platform refuses this call for good (not allowed, not possible)."""


class GoneError(PermanentError):
    """The object no longer exists. Counts as success for hide and remove."""


class DetectorError(MonitorError):
    """A detector failed on a text; the verdict must become "needs review"."""


class StoreError(MonitorError):
    """The store could not complete an operation."""


class AlertDeliveryError(MonitorError):
    """A notifier could not deliver an alert (retried with backoff by the caller)."""

    def __init__(self, detail: str, *, channel: str = "", recipient: str = "") -> None:
        self.channel = channel
        self.recipient = recipient
        super().__init__(redact(f"{channel}: {detail}" if channel else detail))
