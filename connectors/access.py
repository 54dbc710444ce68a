"""What a connector's credentials can do: the answer of ``check_access()``.

Each connector asks its platform, with the account's own credentials and at a cost of a
few read calls, who the token belongs to and which scopes or permissions it carries, and
compares that with what the worker needs (platform reference §1-3). The result is an
:class:`AccessReport`; ``monitor check-config FILE --online`` prints one per account. A
check never raises for a platform failure: a dead token, a wrong account or a missing
scope are all findings, listed in ``problems`` and ``missing``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from monitor.errors import AuthError, ConnectorError, PermanentError, redact

__all__ = ["AccessReport", "build_report", "describe_error"]


@dataclass(frozen=True)
class AccessReport:
    """One account's credentials, as the platform sees them.

    ``identity`` names the account the token acts as (empty when the platform would not
    say); ``granted`` lists the scopes or permissions the platform reported, ``missing``
    those the worker needs and did not get; ``problems`` are readable sentences (dead
    token, wrong account, token of the wrong kind); ``notes`` say what could not be
    checked. ``calls`` counts the API calls the check made. ``ok`` is true when nothing
    is missing and there is no problem.
    """

    ok: bool
    identity: str
    granted: tuple[str, ...]
    missing: tuple[str, ...]
    problems: tuple[str, ...]
    calls: int
    notes: tuple[str, ...] = ()


def build_report(*, identity: str = "", granted: Iterable[str] = (), missing: Iterable[str] = (),
                 problems: Iterable[str] = (), calls: int = 0, notes: Iterable[str] = ()) -> AccessReport:
    """An :class:`AccessReport` with ``ok`` derived and every text passed through ``redact``."""
    missing_t = tuple(dict.fromkeys(missing))
    problems_t = tuple(dict.fromkeys(redact(p) for p in problems))
    return AccessReport(
        ok=not missing_t and not problems_t,
        identity=redact(identity),
        granted=tuple(dict.fromkeys(granted)),
        missing=missing_t,
        problems=problems_t,
        calls=calls,
        notes=tuple(dict.fromkeys(redact(n) for n in notes)),
    )


def describe_error(exc: ConnectorError) -> str:
    """A failed check call as one sentence, by its class in the error tree: a dead or
    insufficient credential needs re-authorisation, a refusal is final, anything else
    (throttling, an outage) is worth trying again later."""
    detail = redact(str(getattr(exc, "detail", None) or exc))
    if isinstance(exc, AuthError):
        return f"needs re-authorisation: {detail}"
    if isinstance(exc, PermanentError):
        return f"refused by the platform: {detail}"
    return f"the check could not finish, try again later ({type(exc).__name__}): {detail}"
