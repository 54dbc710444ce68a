"""Building alert messages: pure functions from stored facts to what people read.

Every alert the worker sends is an :class:`AlertMessage` built here, once, and then handed
to each channel (email, Slack, Teams) unchanged, so that what a moderator reads does not
depend on the channel. Nothing here does I/O. Text comes from the Jinja2 templates in
``templates/`` (HTML autoescaped), and every piece of comment-derived text - the excerpt,
the author's name, the reasons, the matched spans - goes through one scrubber that masks
personal data (:mod:`monitor.mask`) and removes the exact strings the classifier flagged
as personal information wherever else they appear. Secrets never reach this module; any
free-form detail (IT alerts) is passed through :func:`monitor.errors.redact` too.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import jinja2

from connectors import PLATFORM_NAMES
from monitor.config import AccountConfig, SchoolConfig, account_env_prefix
from monitor.errors import redact
from monitor.mask import find_personal_data, mask_text

__all__ = [
    "SEVERITIES",
    "AlertMessage",
    "build_comment_alert",
    "build_escalation_alert",
    "build_grouped_alert",
    "build_it_alert",
    "platform_display_name",
]

SEVERITIES = ("urgent", "immediate", "grouped", "it", "escalation", "digest")

_LINK_TITLES = {
    "acknowledge": "Acknowledge",
    "restore": "Restore (false positive)",
    "confirm": "Confirm removal",
    "view": "Open the comment",
}
_KEY_MAX = 200  # the alerts table's key column


@dataclass(frozen=True)
class AlertMessage:
    """One alert, ready for any channel.

    ``key`` is the idempotency key (the email Message-ID is derived from it, so a resend
    is recognisable); ``inline_images`` are (content_id, png_bytes) pairs referenced from
    the HTML as ``cid:<content_id>``; ``comment_ids`` are the store ids of the comments
    the alert covers; ``links`` are (title, url) pairs chat channels show as buttons.
    """

    subject: str
    text: str
    html: str
    severity: str
    key: str
    inline_images: tuple[tuple[str, bytes], ...] = ()
    comment_ids: tuple[int, ...] = ()
    links: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")
        if "\n" in self.subject or "\r" in self.subject:
            raise ValueError("subject must be one line")


_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("monitor.alerts", "templates"),
    autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


def _render(name: str, **context: Any) -> str:
    return _ENV.get_template(name).render(**context)


def platform_display_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform)


def _key(*parts: object) -> str:
    key = ":".join(str(p) for p in parts)
    if len(key) <= _KEY_MAX:
        return key
    return key[:150] + ":" + hashlib.sha256(key.encode()).hexdigest()[:40]


def _one_line(text: str, limit: int = 180) -> str:
    line = re.sub(r"\s+", " ", text).strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _local_time(when: datetime | None, school: SchoolConfig) -> str:
    if when is None:
        return "unknown time"
    if when.tzinfo is None:  # the store always returns aware datetimes; be safe anyway
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(ZoneInfo(school.timezone)).strftime("%a %d %b %Y %H:%M %Z")


class _Scrubber:
    """Masks personal data in every string derived from one or more comments.

    The verdict's ``personal_info`` spans are offsets into the comment text; the strings
    they cover (a pupil's name, say) may reappear in a reason or an explanation, so the
    scrubber also removes those exact strings, case-insensitively, from everything else.
    """

    def __init__(self) -> None:
        self._sensitive: set[str] = set()
        self._name_words: set[str] = set()

    def add_comment(self, text: str | None, verdict: Mapping[str, Any]) -> list[tuple[int, int]]:
        spans = _personal_spans(verdict)
        fragments = []
        if text:
            fragments += [text[start:end] for start, end in spans]
            fragments += [text[start:end] for start, end, kind in find_personal_data(text) if kind == "[name]"]
        for item in (verdict.get("explanations") or {}).get("personal_info", []) or []:
            fragments.append((item or {}).get("matched") or "")
        for fragment in fragments:
            fragment = fragment.strip()
            if len(fragment) < 3:
                continue
            self._sensitive.add(fragment)
            # "Poppy Walker, Year 1 ... say hi Poppy!": a masked full name must not come
            # back as a first name further on.
            words = fragment.split()
            if 1 <= len(words) <= 3 and all(re.fullmatch(r"[A-Z][a-z'-]{2,}", w) for w in words):
                self._name_words.update(words)
        return spans

    def _strip_known(self, text: str) -> str:
        for fragment in sorted(self._sensitive, key=len, reverse=True):
            text = re.sub(rf"(?<!\w){re.escape(fragment)}(?!\w)", "[personal info]", text,
                          flags=re.IGNORECASE)
        for word in self._name_words:
            # Case-sensitive: "Rose" the pupil, not "the sun rose".
            text = re.sub(rf"(?<![\w\[]){re.escape(word)}(?!\w)", "[name]", text)
        return text

    def excerpt(self, text: str | None, spans: Iterable[tuple[int, int]], max_chars: int = 280) -> str:
        if text is None:
            return "(the comment text has been purged)"
        masked = mask_text(text, spans, max_chars=None)
        return mask_text(self._strip_known(masked), max_chars=max_chars)

    def __call__(self, text: str | None, max_chars: int | None = None) -> str:
        if not text:
            return ""
        return mask_text(self._strip_known(redact(str(text))), max_chars=max_chars)


def _short_name(name: str) -> str:
    """First name and initials ("Jo B."): enough to recognise a repeat poster, while a
    pupil's full name never travels in an alert. The full name is in the evidence pack."""
    words = name.split()
    if not words:
        return "(unknown author)"
    if words[0].startswith("["):  # already masked
        return name
    return " ".join([words[0]] + [w[0] + "." for w in words[1:] if w[0].isalnum()])


def _personal_spans(verdict: Mapping[str, Any]) -> list[tuple[int, int]]:
    spans = []
    for item in (verdict.get("explanations") or {}).get("personal_info", []) or []:
        span = (item or {}).get("span")
        if span and len(span) == 2 and span[0] is not None and span[1] is not None:
            spans.append((int(span[0]), int(span[1])))
    return spans


def _label_lines(verdict: Mapping[str, Any], decision: Mapping[str, Any], scrub: _Scrubber) -> list[dict]:
    """One entry per label the decision acted on or wants reviewed, with its evidence."""
    scores = verdict.get("scores") or {}
    explanations = verdict.get("explanations") or {}
    acted = list(decision.get("labels") or [])
    review = [lb for lb in decision.get("review_labels") or [] if lb not in acted]
    if not acted and not review:
        acted = list(verdict.get("labels") or [])
    out = []
    for label, status in [(lb, "acted") for lb in acted] + [(lb, "review") for lb in review]:
        evidence = []
        for item in explanations.get(label, []) or []:
            item = item or {}
            where = f"{item.get('detector', '?')}/{item.get('rule', '?')}"
            matched = item.get("matched")
            # Personal information is never quoted, not even masked: the placeholder says it.
            if label == "personal_info":
                shown = "[personal info]" if matched else ""
            else:
                shown = scrub(matched, max_chars=80) if matched else ""
            evidence.append({
                "where": where,
                "matched": shown,
                "adjustments": [scrub(a, max_chars=120) for a in item.get("adjustments") or []],
            })
        score = scores.get(label)
        out.append({
            "label": label,
            "status": status,
            "score": f"{float(score):.2f}" if score is not None else "n/a",
            "evidence": evidence,
        })
    return out


def _severity(decision: Mapping[str, Any]) -> str:
    mode = decision.get("alert")
    if mode in ("urgent", "immediate", "grouped"):
        return mode
    labels = set(decision.get("labels") or []) | set(decision.get("review_labels") or [])
    return "urgent" if "safeguarding" in labels else "immediate"


def _subject_tag(severity: str, decision: Mapping[str, Any]) -> str:
    acted = list(decision.get("labels") or [])
    review = [lb for lb in decision.get("review_labels") or [] if lb not in acted]
    labels = ", ".join(acted or review) or "comment"
    observe = " - observe mode" if decision.get("observe") else ""
    if severity == "urgent":
        return f"[URGENT safeguarding{observe}]"
    if not acted and review:
        return f"[Review needed: {labels}{observe}]"
    if severity == "grouped":
        return f"[{labels}{observe}]"
    return f"[Alert: {labels}{observe}]"


def _link_list(links: Mapping[str, Any] | None, permalink: str | None) -> list[tuple[str, str]]:
    links = links or {}
    out: list[tuple[str, str]] = []
    for name in ("acknowledge", "restore", "confirm", "view"):
        url = links.get(name)
        if isinstance(url, str) and url:
            out.append((_LINK_TITLES[name], url))
    if not links.get("view") and permalink:
        out.append((_LINK_TITLES["view"], permalink))
    return out


def _comment_context(
    *,
    school: SchoolConfig,
    account: AccountConfig,
    comment: Any,
    verdict: Mapping[str, Any],
    decision: Mapping[str, Any],
    outcome: str,
    links: Mapping[str, Any] | None,
    scrub: _Scrubber,
) -> dict[str, Any]:
    spans = scrub.add_comment(getattr(comment, "text", None), verdict)
    platform = getattr(comment, "platform", None) or account.platform
    link_list = _link_list(links, getattr(comment, "permalink", None))
    platform_name = platform_display_name(platform)
    account_name = account.name or account.id
    if platform_name.lower() not in account_name.lower():
        account_name = f"{account_name} ({platform_name})"
    return {
        "school": school.name,
        "account": account_name,
        "account_id": account.id,
        "platform": platform_name,
        "reference": f"{platform}:{getattr(comment, 'external_id', '?')}",
        "author": _short_name(scrub(getattr(comment, "author_name", None), max_chars=80)),
        "posted": _local_time(getattr(comment, "created_at", None), school),
        "excerpt": scrub.excerpt(getattr(comment, "text", None), spans),
        "labels": _label_lines(verdict, decision, scrub),
        "reasons": [scrub(r, max_chars=200) for r in decision.get("reasons") or []],
        "outcome": scrub(outcome, max_chars=200),
        "observe": bool(decision.get("observe")),
        "needs_review": bool(verdict.get("needs_review")),
        "links": link_list,
        "has_restore": any(t == _LINK_TITLES["restore"] for t, _ in link_list),
        "has_confirm": any(t == _LINK_TITLES["confirm"] for t, _ in link_list),
        "has_ack": any(t == _LINK_TITLES["acknowledge"] for t, _ in link_list),
    }


def _comment_ids(comments: Iterable[Any]) -> tuple[int, ...]:
    return tuple(c.id for c in comments if getattr(c, "id", None) is not None)


def build_comment_alert(
    *,
    school: SchoolConfig,
    account: AccountConfig,
    comment: Any,
    verdict: Mapping[str, Any],
    decision: Mapping[str, Any],
    outcome: str,
    links: Mapping[str, str] | None = None,
) -> AlertMessage:
    """The alert for one comment: who, where, which labels and why, what was done, links.

    ``comment`` is a :class:`monitor.store.CommentRow` (or anything with its attributes),
    ``verdict`` and ``decision`` are their ``to_dict()`` shapes, ``outcome`` a sentence of
    what was done, ``links`` maps acknowledge/restore/confirm/view to URLs (any may be
    missing).
    """
    scrub = _Scrubber()
    ctx = _comment_context(school=school, account=account, comment=comment, verdict=verdict,
                           decision=decision, outcome=outcome, links=links, scrub=scrub)
    severity = _severity(decision)
    subject = _one_line(f"{_subject_tag(severity, decision)} {ctx['account']}: {ctx['outcome']}")
    ctx.update(subject=subject, severity=severity, escalation=None)
    # The outcome is part of the event: a later, different alert about the same comment
    # (an escalation phrased as an outcome, a failed action) must not share a Message-ID
    # with the first, or mail servers may drop it as a duplicate.
    key = _key("comment", school.id, ctx["reference"], severity, decision.get("intention", "none"),
               hashlib.sha256(outcome.encode("utf-8")).hexdigest()[:12])
    return AlertMessage(
        subject=subject,
        text=_render("comment.txt.j2", **ctx),
        html=_render("comment.html.j2", **ctx),
        severity=severity,
        key=key,
        comment_ids=_comment_ids([comment]),
        links=tuple(ctx["links"]),
    )


def build_escalation_alert(
    *,
    school: SchoolConfig,
    account: AccountConfig,
    comment: Any,
    verdict: Mapping[str, Any],
    decision: Mapping[str, Any],
    outcome: str,
    links: Mapping[str, str] | None = None,
    level: str,
    unacknowledged_min: float,
) -> AlertMessage:
    """A safeguarding page escalated to ``level`` (deputy_dsl, headteacher) because
    nobody acknowledged it within ``unacknowledged_min`` minutes."""
    scrub = _Scrubber()
    ctx = _comment_context(school=school, account=account, comment=comment, verdict=verdict,
                           decision=decision, outcome=outcome, links=links, scrub=scrub)
    minutes = f"{unacknowledged_min:g}"
    who = level.replace("_", " ").replace("dsl", "DSL")
    subject = _one_line(
        f"[URGENT safeguarding - ESCALATED to {who}, not acknowledged for {minutes} min] "
        f"{ctx['account']}: {ctx['outcome']}"
    )
    ctx.update(subject=subject, severity="escalation",
               escalation={"level": who, "minutes": minutes})
    key = _key("escalation", school.id, ctx["reference"], level)
    return AlertMessage(
        subject=subject,
        text=_render("comment.txt.j2", **ctx),
        html=_render("comment.html.j2", **ctx),
        severity="escalation",
        key=key,
        comment_ids=_comment_ids([comment]),
        links=tuple(ctx["links"]),
    )


def _item_links(links: Mapping[str, Any] | None, comment: Any) -> Mapping[str, str]:
    """Per-comment links in a grouped alert, looked up by store id, reference or id."""
    if not links:
        return {}
    platform = getattr(comment, "platform", "")
    external = getattr(comment, "external_id", "")
    for candidate in (getattr(comment, "id", None), f"{platform}:{external}", external):
        if candidate is None:
            continue
        for key in (candidate, str(candidate)):
            value = links.get(key)  # type: ignore[call-overload]
            if isinstance(value, Mapping):
                return value
    return {}


def build_grouped_alert(
    *,
    school: SchoolConfig,
    items: Sequence[tuple[AccountConfig, Any, Mapping[str, Any], Mapping[str, Any], str]],
    window_start: datetime,
    window_end: datetime,
    links: Mapping[str, Any] | None = None,
) -> AlertMessage:
    """One message for a school's grouped (spam, commercial) comments in one window.

    ``items`` are (account, comment, verdict, decision, outcome). ``links`` may hold
    per-comment link dicts keyed by the comment's store id, ``platform:external_id`` or
    external id, and school-wide links under acknowledge/view (plain strings).
    """
    scrub = _Scrubber()
    rows = []
    label_counts: dict[str, int] = {}
    for account, comment, verdict, decision, outcome in items:
        ctx = _comment_context(school=school, account=account, comment=comment, verdict=verdict,
                               decision=decision, outcome=outcome, links=_item_links(links, comment),
                               scrub=scrub)
        ctx["excerpt"] = scrub.excerpt(getattr(comment, "text", None),
                                       _personal_spans(verdict), max_chars=140)
        for entry in ctx["labels"]:
            label_counts[entry["label"]] = label_counts.get(entry["label"], 0) + 1
        rows.append(ctx)
    general = [(title, url) for name, title in _LINK_TITLES.items()
               if isinstance(url := (links or {}).get(name), str) and url]
    labels = ", ".join(sorted(label_counts)) or "spam, commercial"
    n = len(rows)
    start_local = _local_time(window_start, school)
    end_local = window_end.astimezone(ZoneInfo(school.timezone)).strftime("%H:%M %Z")
    subject = _one_line(f"[{labels}] {school.name}: {n} comment{'s' if n != 1 else ''} "
                        f"grouped, {start_local} - {end_local}")
    ctx = {
        "subject": subject,
        "school": school.name,
        "count": n,
        "label_counts": sorted(label_counts.items()),
        "window": f"{start_local} - {end_local}",
        "rows": rows,
        "links": general,
    }
    start_utc = window_start.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return AlertMessage(
        subject=subject,
        text=_render("grouped.txt.j2", **ctx),
        html=_render("grouped.html.j2", **ctx),
        severity="grouped",
        key=_key("grouped", school.id, start_utc),
        comment_ids=_comment_ids(item[1] for item in items),
        links=tuple(general),
    )


_REAUTH_HINTS = {
    "facebook": (
        "Create a new long-lived Page access token for the Page (permissions "
        "pages_read_engagement, pages_read_user_content, pages_manage_engagement) and set "
        "it in {prefix}PAGE_TOKEN, then restart the workers."
    ),
    "x": (
        "Authorise the school's X account again (OAuth 1.0a user tokens, or OAuth 2.0 with "
        "tweet.read users.read tweet.moderate.write) and set {prefix}ACCESS_TOKEN and "
        "{prefix}ACCESS_TOKEN_SECRET (or {prefix}BEARER_TOKEN), then restart the workers."
    ),
    "youtube": (
        "Sign in as the channel owner, grant the youtube.force-ssl scope again and set the new "
        "refresh token in {prefix}REFRESH_TOKEN, then restart the workers. Apps left in "
        "'Testing' get tokens that expire after 7 days: publish the consent screen."
    ),
}


def build_it_alert(*, school: SchoolConfig, account: AccountConfig, problem: str, detail: str,
                   episode: str | None = None) -> AlertMessage:
    """An alert for IT: an account needs attention (token to re-authorise, quota, ...).

    ``episode`` (e.g. when the problem started) keeps a recurrence of the same problem
    from reusing the first alert's key, and so its Message-ID, which some mail servers
    drop as a duplicate.
    """
    scrub = _Scrubber()
    platform = platform_display_name(account.platform)
    account_name = account.name or account.id
    if platform.lower() not in account_name.lower():
        account_name = f"{account_name} ({platform})"
    problem_line = _one_line(scrub(problem, max_chars=None), limit=120)
    subject = _one_line(f"[IT action needed] {account_name}: {problem_line}")
    ctx = {
        "subject": subject,
        "school": school.name,
        "account": account_name,
        "account_id": account.id,
        "platform": platform,
        "problem": problem_line,
        "detail": scrub(detail, max_chars=1000),
        "hint": _REAUTH_HINTS.get(account.platform, "").format(prefix=account_env_prefix(account.id)),
    }
    return AlertMessage(
        subject=subject,
        text=_render("it.txt.j2", **ctx),
        html=_render("it.html.j2", **ctx),
        severity="it",
        key=_key("it", school.id, account.id, hashlib.sha256(problem.encode()).hexdigest()[:16],
                 *([episode] if episode else [])),
    )
