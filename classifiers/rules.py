"""Declarative pattern rules shared by the pattern detectors.

A detector module declares its knowledge as data, in the manner of presidio's
recognisers: :class:`Rule` rows naming a label, a regular expression over one folded view
of the comment (see :mod:`classifiers.normalize`), a base score, optional context words
that raise the score when they appear anywhere in the comment, and optional "unless"
patterns (hard negatives) that lower it. :class:`RuleSet` compiles the rows once and
turns matches into :class:`~classifiers.base.Detection` objects whose explanations carry
the rule name, the span in the original text and every score adjustment applied.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from classifiers.base import Detection, Explanation
from classifiers.normalize import Folded, View

__all__ = ["Rule", "RuleSet", "mask"]

_VIEWS = ("text", "loose", "contact")


@dataclass(frozen=True)
class Rule:
    """One pattern: label, regex over a folded view, base score, context and hard negatives.

    ``pattern`` is matched against the lower-cased folded ``view`` ("text", "loose" or
    "contact"). ``context`` holds regexes searched in the whole loose view; each one
    present adds ``context_boost`` (once per word, capped at ``max_score``).
    ``unless`` holds regexes of hard negatives searched in the loose view; when one is
    present the score drops by ``unless_penalty``.
    """

    name: str
    label: str
    pattern: str
    score: float
    view: str = "loose"
    context: tuple[str, ...] = ()
    context_boost: float = 0.15
    unless: tuple[str, ...] = ()
    unless_penalty: float = 0.45
    max_score: float = 0.99


def mask(value: str) -> str:
    """Mask personal data for an explanation: keep the shape, hide the content."""
    out = []
    seen = 0
    for ch in value:
        if ch.isalnum():
            seen += 1
            out.append(ch if seen <= 1 else "*")
        else:
            out.append(ch)
    return "".join(out)


class _Compiled:
    __slots__ = ("rule", "regex", "context", "unless")

    def __init__(self, rule: Rule):
        if rule.view not in _VIEWS:
            raise ValueError(f"rule {rule.name}: unknown view {rule.view!r}")
        self.rule = rule
        self.regex = re.compile(rule.pattern)
        self.context = tuple((c, re.compile(c)) for c in rule.context)
        self.unless = tuple((u, re.compile(u)) for u in rule.unless)


class RuleSet:
    """Compiled rules of one detector; :meth:`run` applies them to a folded comment."""

    def __init__(self, detector: str, rules: Sequence[Rule], *, masked: bool = False):
        self.detector = detector
        self.masked = masked
        self.rules = tuple(_Compiled(r) for r in rules)

    def run(
        self,
        folded: Folded,
        *,
        accept: Callable[[Rule, re.Match[str], View], bool] | None = None,
    ) -> list[Detection]:
        """Detections for every rule that matches (best match per rule)."""
        found: list[Detection] = []
        loose = None
        for compiled in self.rules:
            rule = compiled.rule
            view = _view(folded, rule.view)
            for m in compiled.regex.finditer(view.text):
                if accept is not None and not accept(rule, m, view):
                    continue
                if loose is None:
                    loose = folded.loose.text
                found.append(self._detection(folded, compiled, view, m, loose))
                break
        return found

    def _detection(
        self, folded: Folded, compiled: _Compiled, view: View, m: re.Match[str], loose: str
    ) -> Detection:
        rule = compiled.rule
        score = rule.score
        adjustments: list[str] = []
        for source, regex in compiled.context:
            if regex.search(loose):
                score += rule.context_boost
                adjustments.append(f"+{rule.context_boost:.2f} context {source!r}")
        for source, regex in compiled.unless:
            if regex.search(loose):
                score -= rule.unless_penalty
                adjustments.append(f"-{rule.unless_penalty:.2f} hard negative {source!r}")
        score = min(max(score, 0.0), rule.max_score)
        start, end = view.to_original(*m.span())
        matched = folded.original[start:end]
        if self.masked:
            matched = mask(matched)
        return Detection(
            rule.label,
            round(score, 4),
            Explanation(self.detector, rule.name, start, end, matched, tuple(adjustments)),
        )


def _view(folded: Folded, name: str) -> View:
    if name == "text":
        return folded.light
    if name == "loose":
        return folded.loose
    return folded.contact


def words(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any gap."""
    parts = sorted({i.strip() for i in items if i.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"
