"""Plumbing the three connectors share: an HTTP session with a timeout, error tables as
data, time parsing and small cursor helpers.

The SDKs each miss something the worker needs. tweepy hard-codes ``https://api.twitter.com``
and sets no timeout; facebook-sdk's default timeout is ``None`` and it forgets the HTTP
status and headers of a failed call. :class:`PlatformSession` fixes those in one place
without patching either library: it rewrites the platform's host to the sandbox when one
is configured, always passes a timeout, counts calls and keeps the last response so that
rate-limit headers can be read after the SDK has raised.

Each connector declares its platform's error mapping as a tuple of :class:`ErrorRule`
rows (the table of the platform reference, §5). :func:`match_rule` picks the first row
that matches, so the order of a table is its precedence, and the table tests iterate the
same tuples the connectors use.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import requests

from monitor.errors import ConnectorError

__all__ = [
    "DEFAULT_RETRY_AFTER_S",
    "ITEM_ERRORS",
    "MAX_JSON_DEPTH",
    "OVERLAP_S",
    "SANDBOX_TOKEN",
    "Clock",
    "ErrorRule",
    "PlatformSession",
    "bounded_ids",
    "clean_json",
    "get_path",
    "item_id",
    "mappings",
    "match_rule",
    "next_pacific_midnight",
    "next_utc_midnight",
    "parse_time",
    "rule",
    "text_or_none",
    "to_iso",
    "utcnow",
]

log = logging.getLogger(__name__)

#: Placeholder credential sent to the sandbox when an account has no secrets.
SANDBOX_TOKEN = "sandbox-token"
#: How far behind a watermark a poll looks again, for late-indexed comments (reference §6).
OVERLAP_S = 120.0
#: Wait when a platform throttles without saying for how long (reference §5).
DEFAULT_RETRY_AFTER_S = 60.0

_PACIFIC = ZoneInfo("America/Los_Angeles")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------- HTTP session


class PlatformSession(requests.Session):
    """A :class:`requests.Session` that always has a timeout and may redirect one host.

    ``rewrite`` is ``(prefix, replacement)``: any URL starting with ``prefix`` is sent to
    ``replacement`` instead (used to point an SDK with a hard-coded host at the sandbox).
    ``calls`` counts requests attempted, including those that fail, because the platforms
    charge for those too. ``last_response`` is the most recent response received.
    """

    def __init__(self, *, timeout_s: float, rewrite: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.timeout_s = timeout_s
        self.rewrite = rewrite
        self.calls = 0
        self.last_response: requests.Response | None = None

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout_s
        url = str(url, "ascii") if isinstance(url, bytes) else url
        if self.rewrite and url.startswith(self.rewrite[0]):
            url = self.rewrite[1] + url[len(self.rewrite[0]):]
        self.calls += 1
        self.last_response = None
        response = super().request(method, url, *args, **kwargs)
        self.last_response = response
        return response


# ---------------------------------------------------------------- error tables


@dataclass(frozen=True)
class ErrorRule:
    """One row of a platform's error table.

    A row matches when every non-empty criterion matches: the HTTP ``status`` is one of
    ``statuses``, one of the failure's ``tags`` (platform code, reason, problem type or a
    transport tag such as ``"timeout"``) is in ``tags``, and its subcode is in
    ``subcodes``. ``error`` is the class raised for a match.
    """

    name: str
    error: type[ConnectorError]
    statuses: frozenset[int] = frozenset()
    tags: frozenset[str] = frozenset()
    subcodes: frozenset[str] = frozenset()

    def matches(self, status: int | None, tags: Iterable[str], subcode: str | None = None) -> bool:
        if self.statuses and status not in self.statuses:
            return False
        if self.tags and not self.tags.intersection(tags):
            return False
        if self.subcodes and subcode not in self.subcodes:
            return False
        return True


def rule(name: str, error: type[ConnectorError], *, statuses: Iterable[int] = (),
         tags: Iterable[str | int] = (), subcodes: Iterable[str | int] = ()) -> ErrorRule:
    """Build an :class:`ErrorRule`, accepting ints where the platform uses numbers."""
    return ErrorRule(
        name=name,
        error=error,
        statuses=frozenset(statuses),
        tags=frozenset(str(t) for t in tags),
        subcodes=frozenset(str(s) for s in subcodes),
    )


def match_rule(table: Iterable[ErrorRule], status: int | None, tags: Iterable[str],
               subcode: str | None = None) -> ErrorRule | None:
    """The first row of ``table`` matching the failure, or ``None``."""
    tags = {str(t) for t in tags if t is not None and t != ""}
    for row in table:
        if row.matches(status, tags, subcode):
            return row
    return None


# ---------------------------------------------------------------- time


def parse_time(value: Any) -> datetime | None:
    """Parse a platform timestamp into an aware UTC datetime (``None`` if unusable).

    Handles Graph's ``2026-11-21T10:15:30+0000``, X's ``...30.000Z`` and YouTube's
    ``...30Z`` as well as Unix seconds. Anything else (wrong type, out of range) is
    ``None``: a timestamp comes from the platform and must never stop a poll.
    """
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value), timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    try:
        return _parse_text_time(value)
    except (OverflowError, ValueError):  # e.g. year 1 with a positive offset
        return None


def _parse_text_time(value: str) -> datetime | None:
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S%z")
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def to_iso(value: datetime) -> str:
    """An aware datetime as an ISO-8601 UTC string (the cursors' time format)."""
    return value.astimezone(timezone.utc).isoformat()


def next_pacific_midnight(now: datetime) -> datetime:
    """When YouTube's daily quota resets after ``now``: the next midnight Pacific time."""
    local = now.astimezone(_PACIFIC)
    midnight = datetime.combine(local.date() + timedelta(days=1), datetime.min.time(), _PACIFIC)
    return midnight.astimezone(timezone.utc)


def next_utc_midnight(now: datetime) -> datetime:
    day = now.astimezone(timezone.utc).date() + timedelta(days=1)
    return datetime.combine(day, datetime.min.time(), timezone.utc)


# ---------------------------------------------------------------- cursors


def bounded_ids(ids: Iterable[str], limit: int) -> list[str]:
    """Keep the last ``limit`` distinct ids, in order (the cursor's seen-id set)."""
    out: dict[str, None] = {}
    for item in ids:
        out.pop(item, None)
        out[item] = None
    kept = list(out)
    return kept[-limit:] if limit > 0 else []


def get_path(data: Any, *keys: str | int, default: Any = None) -> Any:
    """``data[k1][k2]...`` or ``default`` when any step is missing or of the wrong type."""
    cur = data
    for key in keys:
        if isinstance(key, int):
            if not isinstance(cur, list) or not -len(cur) <= key < len(cur):
                return default
        elif not isinstance(cur, Mapping) or key not in cur:
            return default
        cur = cur[key]
    return cur


Clock = Callable[[], datetime]


# ---------------------------------------------------------------- hostile bodies

#: What hostile item data raises in the parsing code. Caught per item: the item is logged
#: and skipped, its neighbours are still returned.
ITEM_ERRORS: tuple[type[Exception], ...] = (AttributeError, IndexError, KeyError, OverflowError, TypeError,
                                            ValueError)
#: Platform bodies are under ten levels deep; anything deeper is cut (see :func:`clean_json`).
MAX_JSON_DEPTH = 32
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_json(value: Any, _depth: int = 0) -> Any:
    """A decoded body made storable: lone surrogates (legal as ``\\ud800`` escapes, not
    encodable as UTF-8) become U+FFFD, NaN and infinities (accepted by Python's decoder,
    refused by PostgreSQL) become ``None``, and values nested deeper than
    :data:`MAX_JSON_DEPTH` become ``None``."""
    if isinstance(value, str):
        return _SURROGATES.sub("\ufffd", value) if _SURROGATES.search(value) else value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        if _depth >= MAX_JSON_DEPTH:
            return None
        return {clean_json(str(k)): clean_json(v, _depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        if _depth >= MAX_JSON_DEPTH:
            return None
        return [clean_json(v, _depth + 1) for v in value]
    return value


def item_id(value: Any) -> str | None:
    """A platform id as a string, or ``None`` when ``value`` cannot be one (a list, an
    object, a boolean, an empty string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def text_or_none(value: Any) -> str | None:
    """A name or handle as text: a non-empty string, or a number written out; ``None``
    for anything else (an object, a list, a boolean)."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def mappings(value: Any) -> list[Mapping[str, Any]]:
    """The objects of a list, or ``[]`` when ``value`` is not a list."""
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []
