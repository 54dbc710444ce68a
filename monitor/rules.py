"""Custom moderation rules from the config file, in the spirit of Reddit AutoModerator.

A school adds its own rules next to the detectors: whole words, phrases or regular
expressions matched on the *evasion-folded* text (so "fr33 r0bux" and "f.r.e.e robux"
match a rule written as "free robux"), optionally limited to some authors or platforms,
each with a label, an intention and a templated reason. All the parts a rule gives must
match (words OR-ed among themselves, and so on), as in AutoModerator.

This module is pure: :func:`compile_rules` turns config into matchers once,
:func:`match_rules` runs them over one comment. Two helpers serve the command line:
:func:`rules_report` (``monitor rules test "text"``) shows what the classifier and the
rules make of a text and what the policy would do, and :func:`check_policy`
(``monitor check-config``) lists policy settings that are legal but probably mistaken.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor.config import AccountConfig, AppConfig, CustomRule, SchoolConfig
from monitor.domain import LABELS, Intention

__all__ = [
    "CompiledRules",
    "RuleHit",
    "check_policy",
    "compile_rules",
    "contact_text",
    "fold_text",
    "match_rules",
    "render_reason",
    "rules_report",
]

log = logging.getLogger(__name__)

_PLACEHOLDER = re.compile(r"\{(rule|author|platform|match)\}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGITS = re.compile(r"\d[\d\s().-]{2,}\d")


# ---------------------------------------------------------------- folding


@functools.cache
def _folder() -> Any:
    """The project's evasion folding, or ``None`` while it is not installed."""
    try:
        from classifiers.normalize import fold
    except ImportError:
        log.warning("classifiers.normalize is not available; rules match lower-cased text")
        return None
    return fold


def fold_text(text: str) -> str:
    """Evasion-folded, lower-case text: what rules and allow phrases are matched on.

    Rule words and phrases go through the same folding as comments, so a rule written
    naturally ("free robux") matches however a comment disguises it.
    """
    fold = _folder()
    if fold is not None:
        try:
            # The "loose" view undoes leetspeak, spaced-out letters and letter runs, the
            # same folding the lexicon detectors use, so rules see what they see.
            return fold(text).loose.text.lower()
        except Exception:  # a folding bug must not stop moderation; fall back, say so
            log.exception("evasion folding failed; matching lower-cased text instead")
    return text.lower()


def contact_text(text: str) -> str:
    """The folded view that keeps e-mail addresses and spelled-out digits readable.

    Leetspeak folding turns ``@`` into ``a`` and digits inside words into letters, which
    is right for words but wrong for a regex looking for an e-mail address or a phone
    number, so regex rules are also tried on this view.
    """
    fold = _folder()
    if fold is not None:
        try:
            return fold(text).contact.text.lower()
        except Exception:
            log.exception("contact folding failed; matching lower-cased text instead")
    return text.lower()


@functools.lru_cache(maxsize=1024)
def phrase_pattern(phrase: str) -> re.Pattern[str] | None:
    """Whole-word, whitespace-tolerant pattern of a folded word or phrase."""
    tokens = fold_text(phrase).split()
    if not tokens:
        return None
    body = r"\s+".join(re.escape(t) for t in tokens)
    return re.compile(rf"(?<!\w){body}(?!\w)")


# ---------------------------------------------------------------- compiling


@dataclass(frozen=True)
class _Compiled:
    rule: CustomRule
    words: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    regex: tuple[re.Pattern[str], ...]
    authors: frozenset[str]
    platforms: frozenset[str]
    never: bool  # a given part is empty once folded: the rule must not match everything

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.regex or self.authors or self.platforms)


@dataclass(frozen=True)
class CompiledRules:
    """Rules ready to run; build once per config with :func:`compile_rules`."""

    rules: tuple[_Compiled, ...]

    def __len__(self) -> int:
        return len(self.rules)


@dataclass(frozen=True)
class RuleHit:
    """One custom rule that fired on a comment."""

    rule: str
    label: str | None
    action: Intention
    alert: str | None  # the rule's own alert mode, None = decided by the policy
    reason: str  # templated, personal data masked
    match: str  # what matched (folded text, author or platform)


def _alternation(items: Iterable[str]) -> re.Pattern[str] | None:
    bodies = []
    for item in items:
        pattern = phrase_pattern(item)
        if pattern is not None:
            bodies.append(pattern.pattern)
    if not bodies:
        return None
    # longest first so that the reported match is the most specific one
    bodies.sort(key=len, reverse=True)
    return re.compile("|".join(f"(?:{b})" for b in bodies))


def _author_key(value: str) -> str:
    return value.strip().lstrip("@").casefold()


@functools.lru_cache(maxsize=64)
def compile_rules(rules: tuple[CustomRule, ...]) -> CompiledRules:
    """Compile a school's custom rules (cached: config models are frozen and hashable)."""
    compiled = []
    for rule in rules:
        m = rule.match
        words, phrases = _alternation(m.words), _alternation(m.phrases)
        authors = frozenset(_author_key(a) for a in m.authors if _author_key(a))
        compiled.append(
            _Compiled(
                rule=rule,
                words=words,
                phrases=phrases,
                # Folded text is lower-case; matching without case keeps "FREE" working.
                regex=tuple(re.compile(p, re.IGNORECASE) for p in m.regex),
                authors=authors,
                platforms=frozenset(m.platforms),
                never=bool(
                    (m.words and words is None)
                    or (m.phrases and phrases is None)
                    or (m.authors and not authors)
                ),
            )
        )
    return CompiledRules(tuple(compiled))


# ---------------------------------------------------------------- matching


def _mask(match: str, label: str | None) -> str:
    """Mask personal data in a rule's match before it goes into a reason."""
    if label == "personal_info":
        return match[:2] + "*" * max(0, len(match) - 2)
    out = _EMAIL.sub(lambda m: m.group(0)[:1] + "***@***", match)
    return _DIGITS.sub(lambda m: m.group(0)[:2] + "*" * (len(m.group(0)) - 2), out)


def render_reason(template: str, *, rule: str, author: str, platform: str, match: str) -> str:
    """Fill ``{rule}``, ``{author}``, ``{platform}`` and ``{match}``; leave other braces alone.

    A plain substitution rather than ``str.format`` so that a stray brace or format spec
    in a school's template can neither crash the worker nor reach object attributes.
    """
    values = {"rule": rule, "author": author, "platform": platform, "match": match}
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def match_rules(
    compiled: CompiledRules,
    *,
    folded_text: str,
    author_id: str | None,
    author_name: str | None,
    platform: str,
    regex_texts: tuple[str, ...] = (),
) -> list[RuleHit]:
    """Every rule whose given parts all match this comment, in config order.

    Words and phrases are matched on ``folded_text``; regular expressions on it and then
    on each of ``regex_texts`` (e.g. :func:`contact_text`, where e-mail addresses survive).
    """
    text = folded_text.lower()
    regex_targets = (text, *(t.lower() for t in regex_texts))
    authors = {_author_key(a) for a in (author_id, author_name) if a}
    hits = []
    for c in compiled.rules:
        if c.empty or c.never:
            continue  # a rule with nothing to match never fires (check_policy warns)
        found: list[str] = []
        if c.platforms:
            if platform not in c.platforms:
                continue
        if c.authors:
            if not (authors & c.authors):
                continue
        ok = True
        for pattern in (c.words, c.phrases):
            if pattern is not None:
                m = pattern.search(text)
                if m is None:
                    ok = False
                    break
                found.append(m.group(0))
        if ok and c.regex:
            searches = (p.search(t) for t in regex_targets for p in c.regex)
            m = next((m for m in searches if m is not None), None)
            if m is None:
                ok = False
            else:
                found.append(m.group(0))
        if not ok:
            continue
        what = found[0] if found else (author_name or author_id or "") if c.authors else platform
        shown = _mask(what, c.rule.label)
        hits.append(
            RuleHit(
                rule=c.rule.name,
                label=c.rule.label,
                action=Intention(c.rule.action),
                alert=c.rule.alert,
                reason=render_reason(
                    c.rule.reason,
                    rule=c.rule.name,
                    author=author_name or author_id or "unknown author",
                    platform=platform,
                    match=shown,
                ),
                match=shown,
            )
        )
    return hits


# ---------------------------------------------------------------- rules test


def _school(config: AppConfig, school_id: str | None) -> SchoolConfig:
    if school_id is None:
        return config.schools[0]
    for school in config.schools:
        if school.id == school_id:
            return school
    known = ", ".join(s.id for s in config.schools)
    from monitor.errors import ConfigError

    raise ConfigError(f"no school {school_id!r} in the config (known: {known})")


def _account(school: SchoolConfig, platform: str) -> AccountConfig:
    for account in school.accounts:
        if account.platform == platform:
            return account
    # The school has no account there; a stand-in lets the policy be tried anyway.
    return AccountConfig.model_construct(id=f"{school.id}-{platform}", platform=platform, observe=False)


def _build_pipeline(school: SchoolConfig) -> Any:
    from classifiers.pipeline import build_pipeline

    try:
        from classifiers.pipeline import ClassifierContext
    except ImportError:
        return build_pipeline()
    context = ClassifierContext(
        allow_phrases=tuple(school.policy.allow_phrases), staff_names=tuple(school.staff_names)
    )
    return build_pipeline(context)


def rules_report(
    config: AppConfig,
    text: str,
    *,
    school_id: str | None = None,
    platform: str = "facebook",
    author: str | None = None,
    pipeline: Any = None,
) -> str:
    """What ``monitor rules test "text"`` prints: scores vs thresholds, rules, decision.

    ``pipeline`` is an already built classifier (anything with ``classify(text)``); by
    default the project's pipeline is built. The text itself is not echoed, so the
    report can be pasted into a ticket.
    """
    from monitor.policy import CommentFacts, decide

    school = _school(config, school_id)
    account = _account(school, platform)
    policy = school.policy
    if pipeline is None:
        pipeline = _build_pipeline(school)
    verdict = pipeline.classify(text).to_dict()
    folded = fold_text(text)
    facts = CommentFacts(
        platform=platform,
        account_id=account.id,
        author_id=author,
        author_name=author,
        text=text,
        is_own_account=False,
    )
    decision = decide(verdict, facts, school, account, folded_text=folded)

    lines = [f"School: {school.name} ({school.id}); platform: {platform}; account: {account.id}"]
    if author:
        lines.append(f"Author: {author}")
    lines.append("")
    lines.append(f"{'label':<14} {'score':>5}  {'review':>6}  {'act':>4}  result")
    scores = verdict.get("scores", {})
    for label in LABELS:
        lp = policy.labels.get(label)
        if lp is None:
            continue
        score = float(scores.get(label, 0.0))
        if label in decision.labels:
            state = f"ACT -> {lp.action}, alert {lp.alert}"
        elif label in decision.review_labels:
            state = "review (flag for a person)"
        elif score > 0 and score >= lp.review:
            state = "suppressed by allow list"
        else:
            state = "-"
        lines.append(f"{label:<14} {score:>5.2f}  {lp.review:>6.2f}  {lp.act:>4.2f}  {state}")
        for expl in verdict.get("explanations", {}).get(label, [])[:3]:
            lines.append(f"{'':<16}{expl.get('detector', '?')}: {expl.get('rule', '?')}")
    if verdict.get("needs_review"):
        lines.append("A detector failed: the comment goes to a person for review.")

    lines.append("")
    hits = match_rules(
        compile_rules(policy.rules),
        folded_text=folded,
        author_id=author,
        author_name=author,
        platform=platform,
        regex_texts=(contact_text(text),),
    )
    if not policy.rules:
        lines.append("Custom rules: none configured.")
    elif not hits:
        lines.append(f"Custom rules: none of {len(policy.rules)} fired.")
    else:
        lines.append(f"Custom rules fired ({len(hits)} of {len(policy.rules)}):")
        for hit in hits:
            label = hit.label or "no label"
            lines.append(f"  - {hit.rule} [{label}, {hit.action.value}]: {hit.reason}")

    lines.append("")
    lines.append(f"Decision: {decision.intention.value}; alert: {decision.alert}")
    if decision.allowed_by:
        lines.append(f"Allowed by: {decision.allowed_by}")
    for reason in decision.reasons:
        lines.append(f"  - {reason}")
    if decision.observe:
        lines.append("Account is in observe mode: nothing would be done on the platform.")
    elif decision.acts:
        lines.append(
            "Where the platform cannot do this (e.g. remove or ban on X), the worker hides "
            "instead and the alert says so."
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- check-config


def check_policy(config: AppConfig) -> list[str]:
    """Human warnings about policy settings that are valid but probably a mistake."""
    warnings: list[str] = []
    for school in config.schools:
        warnings.extend(_check_school(school))
    return warnings


def _check_school(school: SchoolConfig) -> list[str]:
    out: list[str] = []
    policy = school.policy
    where = f"school {school.id}"

    for label, lp in policy.labels.items():
        if lp.act <= 0:
            out.append(
                f"{where}: label {label} has act 0, so the faintest {label} signal would be "
                f"actioned (score > 0)."
            )
        elif lp.act >= 0.99:
            out.append(
                f"{where}: label {label} acts only at a score of {lp.act:.2f}; scores almost "
                "never reach that, so it would practically never act."
            )
        if lp.review <= 0:
            out.append(
                f"{where}: label {label} has review 0, so the faintest {label} signal would be "
                "flagged for review."
            )
        elif lp.review == lp.act:
            out.append(f"{where}: label {label} has review = act ({lp.act:.2f}): no review band.")
        if lp.action == "none" and lp.alert == "none":
            out.append(f"{where}: label {label} has action none and alert none: it is ignored entirely.")
    guard = policy.labels.get("safeguarding")
    if guard is not None:
        if guard.action in ("none", "flag"):
            out.append(
                f"{where}: safeguarding action is {guard.action}: a comment putting someone at "
                "risk would stay visible (policy 000 A.5.6 says it must never be tolerated)."
            )
        if guard.alert != "urgent":
            out.append(
                f"{where}: safeguarding alert is {guard.alert}; safeguarding always pages the DSL "
                "urgently, so this setting is ignored."
            )
    hate = policy.labels.get("hate")
    if hate is not None and hate.action in ("none", "flag"):
        out.append(
            f"{where}: hate action is {hate.action}: racist or homophobic insults would stay "
            "visible (policy 000 A.5.6: remove immediately)."
        )

    platforms = {a.platform for a in school.accounts}
    for c in compile_rules(policy.rules).rules:
        name = c.rule.name
        m = c.rule.match
        if not (m.words or m.phrases or m.regex or m.authors or m.platforms):
            out.append(f"{where}: rule {name!r} has nothing to match, so it never fires.")
            continue
        if m.words and c.words is None:
            out.append(f"{where}: rule {name!r}: its words are empty after folding, so it never fires.")
        if m.phrases and c.phrases is None:
            out.append(f"{where}: rule {name!r}: its phrases are empty after folding, so it never fires.")
        if m.authors and not c.authors:
            out.append(f"{where}: rule {name!r}: its authors are blank, so it never fires.")
        for word in m.words:
            if len(word.split()) > 1:
                out.append(
                    f"{where}: rule {name!r}: {word!r} is several words; list it under phrases "
                    "(it still matches as a phrase)."
                )
        for pattern in c.regex:
            if pattern.search("") is not None:
                out.append(
                    f"{where}: rule {name!r}: regex {pattern.pattern!r} matches empty text, so "
                    "it fires on every comment."
                )
        if c.platforms and not (c.platforms & platforms):
            out.append(
                f"{where}: rule {name!r} is limited to {', '.join(sorted(c.platforms))}, where "
                "the school has no account, so it never fires."
            )
        if c.rule.action in ("remove", "ban") and not (c.words or c.phrases or c.regex):
            out.append(
                f"{where}: rule {name!r} {c.rule.action}s every comment of its authors/platforms "
                "whatever it says."
            )

    names = [school.name, *(a.name for a in school.accounts), *(a.username or "" for a in school.accounts)]
    folded_names = [fold_text(n) for n in names if n.strip()]
    for phrase in policy.allow_phrases:
        folded = fold_text(phrase).strip()
        if len(folded.replace(" ", "")) < 3:
            out.append(
                f"{where}: allow phrase {phrase!r} is so short it would let almost any spam or "
                "advert through."
            )
            continue
        pattern = phrase_pattern(phrase)
        if pattern is not None and any(pattern.search(n) for n in folded_names):
            out.append(
                f"{where}: allow phrase {phrase!r} is part of the school's or an account's name; "
                "any spam that names the school would be let through. Use a specific phrase "
                "such as 'PTA raffle'."
            )

    for entry in policy.allow_authors:
        if not entry.strip() or any(ch.isspace() for ch in entry.strip()):
            out.append(
                f"{where}: allow_authors entry {entry!r} looks like a display name; only platform "
                "ids (or @handles on X) are matched, because names can be copied."
            )
        elif entry.startswith("@") and "x" not in platforms:
            out.append(
                f"{where}: allow_authors entry {entry!r} is an @handle, which only counts on X, "
                "and the school has no X account."
            )

    ro = policy.repeat_offenders
    if ro.count == 1 and ro.action == "ban":
        out.append(f"{where}: repeat_offenders.count is 1: the first actioned comment bans its author.")
    esc = policy.escalation
    if esc.headteacher_after_min <= esc.deputy_after_min:
        out.append(
            f"{where}: escalation reaches the headteacher ({esc.headteacher_after_min:g} min) "
            f"no later than the deputy DSL ({esc.deputy_after_min:g} min)."
        )
    roles = {m.role for m in school.moderators}
    for role, what in (("deputy_dsl", "first"), ("headteacher", "second")):
        if role not in roles:
            out.append(
                f"{where}: no {role} configured; the {what} safeguarding escalation goes to "
                "whoever else is present."
            )
    if "it" not in roles:
        out.append(f"{where}: no moderator with role it; IT notices (re-authorisation) go to moderators.")
    for account in school.accounts:
        if account.observe:
            out.append(
                f"{where}: account {account.id} is in observe mode: alerts only, nothing is "
                "hidden or removed on the platform."
            )
    return out
