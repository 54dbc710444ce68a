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
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

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


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which at least one must occur in any text ``pattern`` matches.

    Worked out from the parsed regex: a sequence needs its longest run of literal
    characters (or the requirement of a group, alternation or ``+`` repeat inside it); an
    alternation needs one of its branches' requirements. ``None`` when no such set
    exists (a branch with no literal, case-insensitive flags). A plain ``in`` test over
    these strings is far cheaper than running the regex over a clean comment.
    """
    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _sequence_literals(list(parsed))


def _sequence_literals(items: list[Any]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width: the literals either side stay adjacent
        if run:
            consider(frozenset(("".join(run),)))
            run = []
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                continue
            consider(_sequence_literals(list(av[-1])))
        elif op is _c.BRANCH:
            branches = [_sequence_literals(list(b)) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = av
            if low >= 1:
                consider(_sequence_literals(list(body)))
    if run:
        consider(frozenset(("".join(run),)))
    return best


class _Compiled:
    __slots__ = ("rule", "regex", "context", "unless", "literals")
    literals: frozenset[str] | None

    def __init__(self, rule: Rule):
        if rule.view not in _VIEWS:
            raise ValueError(f"rule {rule.name}: unknown view {rule.view!r}")
        self.rule = rule
        self.regex = re.compile(rule.pattern)
        self.context = tuple((c, re.compile(c)) for c in rule.context)
        self.unless = tuple((u, re.compile(u)) for u in rule.unless)
        literals = required_literals(rule.pattern)
        self.literals = literals or None


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, factored as a trie so one scan tests them all."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class _LiteralIndex:
    """Which required literals occur in a text, found in one regex scan.

    The scan yields, at each position, the longest literal starting there; every shorter
    literal starting at the same position is a prefix of it, so adding the prefixes
    gives exactly the set of literals present.
    """

    def __init__(self, literals: Iterable[str]):
        words = sorted(set(literals))
        self.regex = re.compile(f"(?=({_trie_pattern(words)}))") if words else None
        self.prefixes = {w: frozenset(p for p in words if w.startswith(p)) for w in words}

    def present(self, text: str) -> frozenset[str]:
        if self.regex is None:
            return frozenset()
        found: set[str] = set()
        for m in self.regex.finditer(text):
            found.update(self.prefixes[m.group(1)])
        return frozenset(found)


class RuleSet:
    """Compiled rules of one detector; :meth:`run` applies them to a folded comment."""

    def __init__(self, detector: str, rules: Sequence[Rule], *, masked: bool = False):
        self.detector = detector
        self.masked = masked
        self.rules = tuple(_Compiled(r) for r in rules)
        self._index = {
            view: _LiteralIndex(
                lit for c in self.rules if c.rule.view == view and c.literals for lit in c.literals
            )
            for view in _VIEWS
        }

    def run(
        self,
        folded: Folded,
        *,
        accept: Callable[[Rule, re.Match[str], View], bool] | None = None,
    ) -> list[Detection]:
        """Detections for every rule that matches (best match per rule)."""
        found: list[Detection] = []
        loose = None
        views: dict[str, tuple[View, frozenset[str]]] = {}
        for compiled in self.rules:
            rule = compiled.rule
            entry = views.get(rule.view)
            if entry is None:
                view = _view(folded, rule.view)
                entry = views[rule.view] = (view, self._index[rule.view].present(view.text))
            view, present = entry
            text = view.text
            if compiled.literals is not None and present.isdisjoint(compiled.literals):
                continue  # none of the rule's required literals occurs: it cannot match
            for m in compiled.regex.finditer(text):
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
