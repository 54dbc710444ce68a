"""The policy engine: turns one comment's verdict into the school's decision.

:func:`decide` is pure. It reads the verdict's score per label against the school's two
thresholds (act at ``>= act``, ask a person at ``>= review``), adds the school's custom
rules (:mod:`monitor.rules`), applies the allow lists, the repeat-offender rule and the
account's observe mode, and returns a :class:`~monitor.domain.Decision`: the strongest
intention across labels, the most urgent alert mode, and reasons a moderator can read.

Fixed points that no config can change, because the school policies say so (000 A.2.3,
A.5.6): safeguarding is never deleted or banned automatically (it is held, and kept as
evidence) and always pages the DSL; allow phrases (a PTA raffle) only ever excuse spam
and commercial content, never hate or a risk to someone. The platform side is not this
module's business: it speaks in intentions and the worker degrades what a platform
cannot do (remove on X becomes hide plus an alert saying so).
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.config import AccountConfig, LabelPolicy, SchoolConfig
from monitor.domain import LABELS, Decision, Intention
from monitor.rules import RuleHit, compile_rules, contact_text, fold_text, match_rules, phrase_pattern

__all__ = ["ALERT_URGENCY", "CommentFacts", "decide"]

ALERT_URGENCY = {"none": 0, "grouped": 1, "immediate": 2, "urgent": 3}

# Labels an allow phrase may excuse: the school's own fundraising looks like commerce.
_EXCUSABLE = ("spam", "commercial")
_SAFEGUARDING = "safeguarding"


@dataclass(frozen=True)
class CommentFacts:
    """What the policy needs to know about a comment besides its verdict."""

    platform: str
    account_id: str
    author_id: str | None
    author_name: str | None
    text: str
    is_own_account: bool = False  # the author is the school's own account


def _most_urgent(*modes: str) -> str:
    return max(modes, key=lambda m: ALERT_URGENCY.get(m, 0), default="none")


def _least_urgent(*modes: str) -> str:
    return min(modes, key=lambda m: ALERT_URGENCY.get(m, 0))


def _why(explanations: list[dict]) -> str:
    """The detectors' rules behind a score; never the matched text itself."""
    seen: list[str] = []
    for expl in explanations:
        item = f"{expl.get('detector', '?')}: {expl.get('rule', '?')}"
        if item not in seen:
            seen.append(item)
        if len(seen) == 3:
            break
    return f" ({'; '.join(seen)})" if seen else ""


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _own_account(comment: CommentFacts, account: AccountConfig) -> bool:
    # Ids only: display names are chosen by the commenter and could impersonate the school.
    if comment.is_own_account:
        return True
    own_id = account.platform_account_id
    return bool(own_id) and comment.author_id == own_id


def _allowed_author(comment: CommentFacts, allow: tuple[str, ...]) -> str | None:
    """The allow-list entry matching this author: an id, or an ``@handle`` on X.

    Facebook and YouTube names are display names anyone can copy, so only ids count
    there; X handles are unique, so ``@handle`` entries are honoured on X.
    """
    handle = (comment.author_name or "").lstrip("@").casefold() if comment.platform == "x" else ""
    for entry in allow:
        if comment.author_id and entry == comment.author_id:
            return entry
        if handle and entry.startswith("@") and entry[1:].casefold() == handle:
            return entry
    return None


def _allow_phrase(folded: str, raw: str, phrases: tuple[str, ...]) -> str | None:
    lowered = raw.lower()
    for phrase in phrases:
        pattern = phrase_pattern(phrase)
        if pattern is not None and (pattern.search(folded) or pattern.search(lowered)):
            return phrase
    return None


def decide(
    verdict: dict,
    comment: CommentFacts,
    school: SchoolConfig,
    account: AccountConfig,
    *,
    prior_actioned: int = 0,
    folded_text: str | None = None,
) -> Decision:
    """Decide what to do with one comment.

    ``verdict`` has the shape of ``Verdict.to_dict()``; ``prior_actioned`` is how many
    of this author's comments were actioned within the repeat-offender window before
    this one; ``folded_text`` is the evasion-folded text if the caller already has it.
    """
    policy = school.policy
    scores: dict = verdict.get("scores") or {}
    explanations: dict = verdict.get("explanations") or {}
    folded = folded_text.lower() if folded_text is not None else fold_text(comment.text)

    acted: dict[str, Intention] = {}  # label -> intention asked for it
    review: list[str] = []
    # (label or None, alert mode): kept per source so an excused label drops its alert
    alerts: list[tuple[str | None, str]] = []
    reasons: list[str] = []

    # 1. detector scores against the two thresholds
    for label in LABELS:
        lp: LabelPolicy | None = policy.labels.get(label)
        if lp is None:
            continue
        score = float(scores.get(label, 0.0) or 0.0)
        if score <= 0:
            continue  # no evidence at all never acts, whatever the thresholds say
        why = _why(explanations.get(label) or [])
        if score >= lp.act:
            acted[label] = Intention(lp.action)
            alerts.append((label, lp.alert))
            reasons.append(f"{label} {score:.2f} >= act {lp.act:.2f}{why}")
        elif score >= lp.review:
            review.append(label)
            reasons.append(f"{label} {score:.2f} >= review {lp.review:.2f}, below act {lp.act:.2f}{why}")

    # 2. the school's custom rules
    hits: list[RuleHit] = match_rules(
        compile_rules(policy.rules),
        folded_text=folded,
        author_id=comment.author_id,
        author_name=comment.author_name,
        platform=comment.platform,
        regex_texts=(contact_text(comment.text),) if policy.rules else (),
    )
    rule_intentions: list[tuple[str | None, Intention]] = []
    for hit in hits:
        reasons.append(f"rule {hit.rule}: {hit.reason}")
        label_policy = policy.labels.get(hit.label) if hit.label else None
        if hit.action.severity >= Intention.HIDE.severity:
            if hit.label:
                acted[hit.label] = max(
                    acted.get(hit.label, Intention.NONE), hit.action, key=lambda i: i.severity
                )
            default_alert = label_policy.alert if label_policy else "immediate"
        elif hit.action is Intention.FLAG:
            if hit.label and hit.label not in review:
                review.append(hit.label)
            default_alert = "grouped"
        else:
            default_alert = "none"  # a rule that only notes something
        alerts.append((hit.label, hit.alert or default_alert))
        rule_intentions.append((hit.label, hit.action))

    # 3. allow phrases excuse the school's own activity (spam/commercial only)
    allowed_by: str | None = None
    excusable = [lb for lb in _EXCUSABLE if lb in acted or lb in review]
    if excusable:
        phrase = _allow_phrase(folded, comment.text, policy.allow_phrases)
        if phrase is not None:
            allowed_by = f"allow phrase {phrase!r}"
            acted = {lb: i for lb, i in acted.items() if lb not in excusable}
            review = [lb for lb in review if lb not in excusable]
            alerts = [(lb, mode) for lb, mode in alerts if lb not in excusable]
            rule_intentions = [(lb, i) for lb, i in rule_intentions if lb not in excusable]
            reasons.append(
                f"{' and '.join(excusable)} not actioned: allow phrase {phrase!r} "
                "(the school's own activity)"
            )

    # 4. the strongest intention wins
    intention = Intention.NONE
    for candidate in [*acted.values(), *(i for _, i in rule_intentions)]:
        if candidate.severity > intention.severity:
            intention = candidate
    review = [lb for lb in review if lb not in acted]
    if review and intention.severity < Intention.FLAG.severity:
        intention = Intention.FLAG
    for lb in review:
        lp = policy.labels.get(lb)
        # a possible risk to someone still pages; other doubts are batched
        mode = "urgent" if lb == _SAFEGUARDING else _least_urgent(lp.alert if lp else "grouped", "grouped")
        alerts.append((lb, mode))
    if verdict.get("needs_review"):
        reasons.append("a detector failed, so a person must check this comment (it is not treated as clean)")
        if intention.severity < Intention.FLAG.severity:
            intention = Intention.FLAG
        alerts.append((None, "grouped"))

    labels = tuple(lb for lb in LABELS if lb in acted)
    review_labels = tuple(lb for lb in LABELS if lb in review and lb not in acted)
    safeguarding = _SAFEGUARDING in acted or _SAFEGUARDING in review
    if _SAFEGUARDING in acted:
        alerts.append((_SAFEGUARDING, "urgent"))  # always pages the DSL, whatever the config says
    extra: dict = {}

    # 5. safeguarding is evidence: held, never deleted or banned by the machine
    if safeguarding and intention in (Intention.REMOVE, Intention.BAN):
        reasons.append(
            f"safeguarding: held rather than {intention.value}d, so the DSL decides and the "
            "evidence stays intact"
        )
        extra["capped_from"] = intention.value
        intention = Intention.HOLD

    # 6. the school's own account and allow-listed staff are never actioned
    own = _own_account(comment, account)
    staff = None if own else _allowed_author(comment, policy.allow_authors)
    if own or staff:
        allowed_by = "the school's own account" if own else f"allow-listed author {staff!r}"
        if intention is not Intention.NONE or labels or review_labels:
            reasons.append(f"not actioned: {allowed_by}")
        if not own and safeguarding:
            # A staff account can still disclose or quote a risk: the DSL must know.
            intention, alerts = Intention.FLAG, [(_SAFEGUARDING, "urgent")]
            reasons.append("safeguarding concern from an allow-listed author: DSL paged, no platform action")
        else:
            intention, alerts = Intention.NONE, []
        extra.pop("capped_from", None)

    # 7. repeat offenders
    elif intention.severity >= Intention.HIDE.severity:
        ro = policy.repeat_offenders
        count = prior_actioned + 1
        if count >= ro.count:
            extra["repeat_offender"] = True
            extra["actioned_in_window"] = count
            extra["repeat_action"] = ro.action
            head = (
                f"repeat offender: {_ordinal(count)} actioned comment by this author within "
                f"{ro.window_days} days (limit {ro.count})"
            )
            if ro.action == "ban" and safeguarding:
                extra["repeat_action"] = "alert"
                reasons.append(f"{head}; not banned automatically on a safeguarding concern, the DSL decides")
            elif ro.action == "ban":
                intention = Intention.BAN
                reasons.append(f"{head}: ban the author where the platform allows it")
            else:
                reasons.append(f"{head}: a moderator is asked to block the author")
            alerts.append((None, "immediate"))

    return Decision(
        intention=intention,
        labels=labels,
        review_labels=review_labels,
        alert=_most_urgent(*(mode for _, mode in alerts)),
        reasons=tuple(reasons),
        observe=account.observe,
        allowed_by=allowed_by,
        rules=tuple(h.rule for h in hits),
        extra=extra,
    )
