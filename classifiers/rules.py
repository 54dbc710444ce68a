"""Declarative pattern rules shared by the pattern detectors.

A detector module declares its knowledge as data, in the manner of presidio's
recognisers: :class:`Rule` rows naming a label, a regular expression over one folded view
of the comment (see :mod:`classifiers.normalize`), a base score, optional context words
that raise the score when they appear anywhere in the comment, and optional "unless"
patterns (hard negatives) that lower it. :class:`RuleSet` compiles the rows once and
turns matches into :class:`~classifiers.base.Detection` objects whose explanations carry
the rule name, the span in the original text and every score adjustment applied.

Speed comes from never running a regex that cannot match: each pattern is split into its
top-level alternatives, the literal strings each alternative requires are worked out from
the parsed regex, and one Aho-Corasick scan per folded view (shared by every rule set and
cached on the comment) tells which literals occur; only alternatives whose literal is
present run. A test checks that this gives exactly the naive result.
:class:`ConceptSet` reads a comment as word lists and flags declared combinations found
close together, for wording no phrase rule anticipated.
"""

from __future__ import annotations

import json
import re
import threading
from functools import lru_cache, wraps
from pathlib import Path
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import ahocorasick

from classifiers.base import Detection, Explanation
from classifiers.normalize import Folded, View

__all__ = [
    "ConceptSet", "Rule", "RuleSet", "count_digits", "factor_alternatives", "literal_words", "mask", "min_digits",
    "pattern_words", "quoted", "regex_structure", "second_literals", "split_top_level",
]

_VIEWS = ("text", "loose", "contact")


@dataclass(frozen=True)
class Rule:
    """One pattern: label, regex over a folded view, base score, context and hard negatives.

    ``pattern`` is matched against the lower-cased folded ``view`` ("text", "loose" or
    "contact"). ``context`` holds regexes searched in the whole loose view; each one
    present adds ``context_boost`` (once per word, capped at ``max_score``).
    ``unless`` holds regexes of hard negatives searched in the loose view; when one is
    present the score drops by ``unless_penalty``. ``gate`` is an optional cheap regex
    searched in the same view before the rule; it must be implied by ``pattern`` and
    only saves time on rules whose pattern has no selective literal.
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
    gate: str | None = None  # a cheap regex that must be found first (speed only)


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


# --- pattern analyses kept between processes ------------------------------------------------
# Splitting each rule into alternatives and reading the literals they need means parsing
# some 3,000 regexes: most of a cold start. The analyses are pure functions of the pattern
# text, so their results are shipped in ANALYSIS_PATH and looked up by that text; a pattern
# not there (a rule edited since) is analysed as before. `python -m classifiers.rules
# --write-analysis` rewrites the file from the default pipeline;
# tests/classifiers/test_rules_analysis.py checks every stored result against a fresh
# analysis and that the default pipeline finds all of its patterns there.

ANALYSIS_PATH = Path(__file__).resolve().parent / "data" / "rule_analysis.json"


def _encode(value: Any) -> Any:
    if isinstance(value, frozenset):
        return {"set": sorted(value)}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        return frozenset(value["set"])
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


class _AnalysisStore:
    """Stored results of the pattern analyses (see above); thread-safe, loaded on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, Any] | None = None
        self._used: set[str] = set()
        self.misses = 0
        self._lock = threading.Lock()

    def _load(self) -> dict[str, Any]:
        if self._entries is None:
            try:
                self._entries = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._entries = {}  # no file (or a broken one): analyse everything
        return self._entries

    def lookup(self, key: str, compute: Callable[[], Any]) -> Any:
        with self._lock:
            entries = self._load()
            self._used.add(key)
            if key in entries:
                return _decode(entries[key])
        value = compute()
        with self._lock:
            self.misses += 1
            entries[key] = _encode(value)
        return value

    def stored(self) -> dict[str, Any]:
        with self._lock:
            return dict(self._load())

    def write(self, path: Path | None = None) -> int:
        """Write the analyses used in this process (and only those): returns their number."""
        with self._lock:
            entries = self._load()
            kept = {key: entries[key] for key in sorted(self._used)}
        (path or self.path).write_text(json.dumps(kept, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                                       + "\n", encoding="utf-8")
        return len(kept)


ANALYSES = _AnalysisStore(ANALYSIS_PATH)


def _stored(function: Callable[..., Any]) -> Callable[..., Any]:
    """Look ``function`` (pure, of strings and frozensets) up in ANALYSES before running it."""
    name = function.__name__

    @wraps(function)
    def lookup(*args: Any) -> Any:
        parts = [name] + [",".join(sorted(a)) if isinstance(a, frozenset) else repr(a) for a in args]
        return ANALYSES.lookup("\x1f".join(parts), lambda: function(*args))

    lookup.uncached = function  # type: ignore[attr-defined]
    return lookup


@_stored
def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which at least one must occur in any text ``pattern`` matches.

    Worked out from the parsed regex: a sequence needs its longest run of literal
    characters (or the requirement of a group, alternation or ``+`` repeat inside it); an
    alternation needs one of its branches' requirements. ``None`` when no such set
    exists (a branch with no literal, case-insensitive flags). A plain ``in`` test over
    these strings is far cheaper than running the regex over a clean comment.
    """
    parsed = _parse_case_sensitive(pattern)
    return None if parsed is None else _sequence_literals(list(parsed))


@lru_cache(maxsize=256)
def _parse(pattern: str) -> Any:
    """The parsed form of ``pattern``; parsing is most of the cost of building the rules,
    and splitting, literal extraction and validation all need it. The cache is small on
    purpose: it only has to span one rule's alternatives, and parse trees kept for the
    life of the process would only give the garbage collector more to walk."""
    return _parser.parse(pattern)


def _parse_case_sensitive(pattern: str) -> Any:
    """The parsed form of ``pattern`` when literals can be read from it: ``None`` for an
    invalid pattern or one with case-insensitive or verbose flags."""
    try:
        parsed = _parse(pattern)
    except re.error:
        return None
    return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else parsed


class _LazyRegex:
    """A regex compiled on first use.

    Building the pipeline only needs each pattern's parsed form (for its literals); most
    alternatives never run on a given comment, so compiling them all up front would only
    lengthen the cold start. Compiling twice in a race is harmless (same result).
    """

    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern)
        return compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args)


class _LazyWordList(_LazyRegex):
    """A concept's word list as ``\\b(?:words)\\b``, factored (:func:`factor_alternatives`)
    as well as compiled on first use: factoring every list took a tenth of the rule
    engine's build time, and a comment searches only the few concepts it may hold."""

    __slots__ = ("words",)

    def __init__(self, words: str):
        self.words = words
        self._compiled = None

    @property  # type: ignore[override]
    def pattern(self) -> str:  # read once, when compiled
        return rf"\b(?:{factor_alternatives(self.words)})\b"


# Words so common that requiring them filters nothing.
_COMMON = frozenset(
    "a an the to of in on at is it i me my you your u ur we our us he she they and or for "
    "with be do not no so if this that are was will can just".split()
)


def _cost(literals: frozenset[str]) -> float:
    """How often a set of literals is expected to occur: lower is more selective."""
    total = 0.0
    # in a fixed order: a float sum in set order differs in its last bit between processes,
    # and two sets of equal cost must always compare the same way
    for literal in sorted(literals):
        core = literal.strip()
        if core in _COMMON or len(core) <= 1:
            total += 3.0
        else:
            total += 1.0 / (len(core) ** 2)
    return total


def _sequence_literals(items: list[Any]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or _cost(candidate) < _cost(best)):
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


def _sequence_candidates(items: list[Any]) -> list[frozenset[str]]:
    """Every literal set :func:`_sequence_literals` weighs for a sequence: each one is
    required on its own (they come from different parts of the match)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        if run:
            found.append(frozenset(("".join(run),)))
            run = []
        candidate = None
        if op is _c.SUBPATTERN:
            if not av[1] & re.IGNORECASE:
                candidate = _sequence_literals(list(av[-1]))
        elif op is _c.BRANCH:
            branches = [_sequence_literals(list(b)) for b in av[1]]
            if all(branches):
                candidate = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = av
            if low >= 1:
                candidate = _sequence_literals(list(body))
        if candidate:
            found.append(candidate)
    if run:
        found.append(frozenset(("".join(run),)))
    return found


@_stored
def second_literals(pattern: str, first: frozenset[str] | None) -> frozenset[str] | None:
    """A second set of strings one of which every match of ``pattern`` holds, besides
    ``first`` (its :func:`required_literals`), from another part of the pattern; only
    selective sets (no short or very common words). ``None`` when there is none.

    An alternative runs only when a literal of each set occurs, so "want ... die" no
    longer runs on every comment that says "want".
    """
    if first is None:
        return None
    parsed = _parse_case_sensitive(pattern)
    if parsed is None:
        return None
    best: frozenset[str] | None = None
    for candidate in _sequence_candidates(list(parsed)):
        if candidate == first or not candidate.isdisjoint(first):
            continue
        if any(len(lit.strip()) < 3 or lit.strip() in _COMMON for lit in candidate):
            continue
        if best is None or _cost(candidate) < _cost(best):
            best = candidate
    return best


@_stored
def min_digits(pattern: str) -> int:
    """How many decimal digits (``\\d``, Unicode category Nd) any match of ``pattern`` holds.

    Worked out from the parsed regex: a digit literal or a class of digits only counts
    one, a repeat its minimum times its body, an alternation its smallest branch, and
    lookarounds nothing. A comment with fewer digits cannot match, so counting them once
    rules out every such regex without running it. 0 when unknown.
    """
    try:
        return _items_min_digits(list(_parse(pattern)))
    except re.error:
        return 0


def _is_digit_class(items: list[Any]) -> bool:
    if not items:
        return False
    for op, av in items:
        if op is _c.LITERAL:
            if not chr(av).isdecimal():
                return False
        elif op is _c.RANGE:
            if not ("0" <= chr(av[0]) and chr(av[1]) <= "9"):
                return False
        elif op is _c.CATEGORY:
            if av is not _c.CATEGORY_DIGIT and av is not _c.CATEGORY_UNI_DIGIT:
                return False
        else:
            return False  # NEGATE and anything else
    return True


def _items_min_digits(items: list[Any]) -> int:
    total = 0
    for op, av in items:
        if op is _c.LITERAL:
            total += chr(av).isdecimal()
        elif op is _c.IN:
            total += _is_digit_class(list(av))
        elif op is _c.SUBPATTERN:
            total += _items_min_digits(list(av[-1]))
        elif op is _c.ATOMIC_GROUP:
            total += _items_min_digits(list(av))
        elif op is _c.BRANCH:
            total += min(_items_min_digits(list(b)) for b in av[1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, _high, body = av
            total += low * _items_min_digits(list(body))
        # AT, ASSERT, ASSERT_NOT, ANY, NOT_LITERAL, CATEGORY, GROUPREF ...: no digit is certain
    return total


_NO_ASCII_DIGITS = str.maketrans("", "", "0123456789")


def count_digits(text: str) -> int:
    """The number of characters of ``text`` that ``\\d`` matches."""
    if text.isascii():
        return len(text) - len(text.translate(_NO_ASCII_DIGITS))
    return sum(1 for ch in text if ch.isdecimal())


#: the next "(", ")" or "|" of a pattern as :func:`regex_structure` reads it, after any run
#: of other characters, escapes (a backslash and the character after it, whatever it is)
#: and character classes (a "]" straight after the opening "[" or "[^", or after a "["
#: inside the class, does not close it); at the end, the rest of the pattern (group 1 None)
_STRUCTURE = re.compile(r"(?:\\.?|\[\^?\]?(?:\\\[\]|\\.?|\[\]|[^\]\\])*\]?|[^()|\\\[])*+(?:([()|])|\Z)", re.DOTALL)


def regex_structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` for each ``(``, ``)`` and ``|`` outside classes and escapes.

    ``depth`` is the group depth the character sits at: outside the group it opens or
    closes for a parenthesis, so a top-level ``(`` and its ``)`` both have depth 0.
    One regex scan skips everything else (this reads every word list at build time);
    ``tests/classifiers/test_rules_speed.py`` compares it with a character-by-character
    reading.
    """
    depth = 0
    for m in _STRUCTURE.finditer(pattern):
        ch = m.group(1)
        if ch is None:
            continue  # the rest of the pattern, with no "(", ")" or "|"
        if ch == "(":
            yield m.start(1), ch, depth
            depth += 1
        elif ch == ")":
            depth -= 1
            yield m.start(1), ch, depth
        else:
            yield m.start(1), ch, depth


def _top_level_bars(pattern: str) -> list[int]:
    """Positions of ``|`` outside any group, class or escape."""
    return [i for i, ch, depth in regex_structure(pattern) if ch == "|" and depth == 0]


def split_top_level(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside every group, class and escape."""
    parts, last = [], 0
    for bar in _top_level_bars(pattern):
        parts.append(pattern[last:bar])
        last = bar + 1
    parts.append(pattern[last:])
    return parts


_ZERO_WIDTH = r"(?:\\b|\(\?<?[!=](?:[^()\\]|\\.)*\))*"
_WRAPPED = re.compile(rf"^(?P<pre>{_ZERO_WIDTH})\(\?:(?P<body>.*?)\)(?P<post>{_ZERO_WIDTH})$", re.DOTALL)


@_stored
def split_alternatives(pattern: str) -> list[str]:
    """Split a rule's regex into its top-level alternatives, each a regex of its own.

    ``A|B`` gives ``[A, B]``; ``\\b(?:A|B)\\b`` gives ``[\\b(?:A)\\b, \\b(?:B)\\b]``. Each
    alternative then has its own, more selective, literal requirement. A pattern that
    cannot be split safely comes back whole.
    """
    out: list[str] = []
    for part in split_top_level(pattern):
        m = _WRAPPED.match(part)
        body = m.group("body") if m else None
        if m and body is not None and _balanced(body) and len(_top_level_bars(body)) > 0:
            out.extend(f"{m.group('pre')}(?:{alt}){m.group('post')}" for alt in split_top_level(body))
        else:
            out.append(part)
    if len(out) == 1 and out[0] == pattern:
        return out
    try:
        for alt in out:
            # parsing finds a bad split (a group or reference cut in two); the rest of
            # compiling cannot fail on pieces of a pattern that compiled whole
            _parse(alt)
    except re.error:
        return [pattern]
    return out


def _balanced(body: str) -> bool:
    """True when ``(?:body)`` is one group: no ``)`` in body closes the wrapper early."""
    final = 0
    for _, ch, depth in regex_structure(body):
        if depth < 0:
            return False
        final = depth + (ch == "(")  # inside a group just opened, one deeper
    return final == 0


class _Compiled:
    __slots__ = ("rule", "_regex", "context", "unless", "alternatives", "second", "gate", "digits", "gate_digits")

    def __init__(self, rule: Rule):
        if rule.view not in _VIEWS:
            raise ValueError(f"rule {rule.name}: unknown view {rule.view!r}")
        self.rule = rule
        self._regex = _LazyRegex(rule.pattern)
        self.context = tuple((c, _LazyRegex(c)) for c in rule.context)
        self.unless = tuple((u, _LazyRegex(u)) for u in rule.unless)
        self.gate = _LazyRegex(rule.gate) if rule.gate else None
        # (regex, required literals or None) per top-level alternative
        self.alternatives = tuple(
            (_LazyRegex(alt), required_literals(alt) or None) for alt in split_alternatives(rule.pattern)
        )
        #: a second required literal set per alternative (see :func:`second_literals`)
        self.second = tuple(second_literals(alt.pattern, lits) for alt, lits in self.alternatives)
        # digits each alternative (and the gate) needs: fewer in the comment, no match
        self.digits = tuple(min_digits(alt.pattern) for alt, _ in self.alternatives)
        self.gate_digits = min_digits(rule.gate) if rule.gate else 0
        if len(self.alternatives) == 1:
            # a pattern that does not parse must fail here, at build time, not on a comment
            # (a split one parsed piece by piece in split_alternatives)
            _parse(rule.pattern)

    @property
    def regex(self) -> re.Pattern[str]:
        """The whole pattern (the engine runs its alternatives; tests compare with it)."""
        return self._regex.compiled

    @property
    def literals(self) -> frozenset[str] | None:
        sets = [lits for _, lits in self.alternatives]
        if any(lits is None for lits in sets):
            return None
        return frozenset().union(*sets)  # type: ignore[arg-type]


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


#: characters an alternative may start with that a regex matches as themselves
_PLAIN_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz0123456789'£")


def _plain_first(alternative: str) -> str | None:
    """The first character of ``alternative`` when the regex matches it as itself, once."""
    if not alternative or alternative[0] not in _PLAIN_FIRST or alternative[1:2] in ("*", "+", "?", "{"):
        return None
    return alternative[0]


def factor_alternatives(pattern: str, depth: int = 0) -> str:
    """``pattern`` with consecutive alternatives that start with the same literal character
    put under that character once (``ab|cd|ae`` -> ``a(?:b|e)|cd``), recursively.

    The engine tries the alternatives of a long word list one after another at every
    position; factored, it tries one branch per first character instead. The matches are
    the same: only alternatives with different first characters change order (and at
    any one position at most one of them can start), ``aX|aY`` and ``a(?:X|Y)`` try the
    same paths in the same order, and an alternative that does not start with a plain
    character keeps its place between the runs around it.
    """
    alternatives = split_top_level(pattern)
    if len(alternatives) < 2:
        return pattern
    out: list[str] = []
    i = 0
    while i < len(alternatives):
        if _plain_first(alternatives[i]) is None:
            out.append(alternatives[i])
            i += 1
            continue
        groups: dict[str, list[str]] = {}
        while i < len(alternatives) and (first := _plain_first(alternatives[i])) is not None:
            groups.setdefault(first, []).append(alternatives[i][1:])
            i += 1
        for first, rests in groups.items():
            if len(rests) == 1:
                out.append(first + rests[0])
            else:
                inner = factor_alternatives("|".join(rests), depth + 1) if depth < 6 else "|".join(rests)
                out.append(f"{first}(?:{inner})")
    return "|".join(out)


#: an index of at most this many literals tests each with ``in`` instead of scanning
_FEW_LITERALS = 4


_SECOND = itemgetter(1)


class _LiteralIndex:
    """Which required literals occur in a text, found in one Aho-Corasick scan.

    The automaton reports every occurrence of every literal, overlapping ones and those
    inside longer literals included, so the set of values it yields is exactly the set
    of literals that are substrings of the text (a test compares it with ``in``). One
    pass in C over the comment costs a fraction of a regex scan with a lookahead at
    every position.
    """

    def __init__(self, literals: Iterable[str]):
        self.words = tuple(sorted(set(literals)))
        self.automaton: Any = None
        if len(self.words) > _FEW_LITERALS:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
            for word in self.words:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self.automaton = automaton

    def present(self, text: str) -> frozenset[str]:
        automaton = self.automaton
        if automaton is None:
            # a substring test each is far cheaper than building an automaton scan
            return frozenset(w for w in self.words if w in text)
        return frozenset(map(_SECOND, automaton.iter(text)))  # the (end, word) pairs' words


class _SharedIndex:
    """One literal index per view for every rule set in the process.

    All pattern detectors look at the same folded comment, so one scan per view finds
    the literals for all of them; the result is cached on the :class:`Folded` object.
    """

    def __init__(self) -> None:
        self.literals: dict[str, set[str]] = {view: set() for view in _VIEWS}
        self.generation = 0
        self._indexes: dict[str, _LiteralIndex] = {}
        self._lock = threading.Lock()

    def add(self, view: str, literals: Iterable[str]) -> None:
        with self._lock:
            new = set(literals) - self.literals[view]
            if new:
                self.literals[view] |= new
                self.generation += 1
                self._indexes = {}

    def present(self, folded: Folded, view_name: str, view: View) -> frozenset[str]:
        cache = folded.__dict__.setdefault("_literals_present", {})
        key = (view_name, self.generation)
        found = cache.get(key)
        if found is None:
            index = self._indexes.get(view_name)
            if index is None:
                with self._lock:
                    index = self._indexes[view_name] = _LiteralIndex(self.literals[view_name])
            found = cache[key] = index.present(view.text)
        return found


_SHARED = _SharedIndex()

_LITERAL_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


#: the pattern of every rule and concept built so far (for :func:`pattern_words`)
_PATTERNS: list[str] = []
_ESCAPE = re.compile(r"\\.")
_PATTERN_WORD = re.compile(r"[a-z][a-z']+")


def pattern_words() -> frozenset[str]:
    """The words written in any rule's or concept's pattern (escapes left out): more of
    the domain's vocabulary than the required literals alone."""
    with _SHARED._lock:
        patterns = list(_PATTERNS)
    return frozenset(word for pattern in patterns for word in _PATTERN_WORD.findall(_ESCAPE.sub(" ", pattern)))


def literal_words() -> frozenset[str]:
    """Every word of every literal some rule set or concept set built so far requires:
    the domain's own vocabulary (the pipeline creates spaCy lexemes for them once)."""
    with _SHARED._lock:
        literals = [lit for lits in _SHARED.literals.values() for lit in lits]
    return frozenset(word for lit in literals for word in _LITERAL_WORD.findall(lit))


#: a word-list alternative that is one plain word (its own only literal)
_PLAIN_WORDS = re.compile(r"[a-z0-9']+")

#: pairs (rule i, alternative j) are coded i * _PAIR + j
_PAIR = 1 << 16


class RuleSet:
    """Compiled rules of one detector; :meth:`run` applies them to a folded comment."""

    def __init__(self, detector: str, rules: Sequence[Rule], *, masked: bool = False):
        self.detector = detector
        self.masked = masked
        self.rules = tuple(_Compiled(r) for r in rules)
        with _SHARED._lock:
            _PATTERNS.extend(r.pattern for r in rules)
        # per view: (rule, alternative) pairs that always run (no literal requirement) and,
        # per literal, the pairs it may trigger; a clean comment costs one shared scan
        self._views = tuple(sorted({c.rule.view for c in self.rules}))
        # A (rule i, alternative j) pair is the int i << 16 | j: a comment's chosen pairs are
        # sorted (rule order, then alternative order) and ints sort several times faster
        # than tuples, in the same order.
        self._always: dict[str, tuple[int, ...]] = {}
        #: per view and literal: the pairs it chooses on its own, and (pair, second literal
        #: set) for the pairs that need one of their second literals as well
        self._by_literal: dict[str, dict[str, tuple[tuple[int, ...], tuple[tuple[int, frozenset[str]], ...]]]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        for c in self.rules:
            if len(c.alternatives) >= _PAIR:
                raise ValueError(f"rule {c.rule.name}: too many alternatives")
        for view in self._views:
            always: list[int] = []
            by_literal: dict[str, list[int]] = {}
            for i, c in enumerate(self.rules):
                if c.rule.view != view:
                    continue
                for j, (_, literals) in enumerate(c.alternatives):
                    if literals is None:
                        always.append(i * _PAIR + j)  # (no literal, so no second literal either)
                    for literal in literals or ():
                        by_literal.setdefault(literal, []).append(i * _PAIR + j)
            self._always[view] = tuple(always)
            # The second literals are tested while the pairs are gathered: a pair whose second
            # part is missing (two chosen pairs in three for the safeguarding rules) is then
            # never sorted nor looked at again.
            seconds = {k: self.rules[k // _PAIR].second[k % _PAIR] for keys in by_literal.values() for k in keys}
            self._by_literal[view] = {
                literal: (tuple(k for k in keys if seconds[k] is None),
                          tuple((k, seconds[k]) for k in keys if seconds[k] is not None))  # type: ignore[misc]
                for literal, keys in by_literal.items()
            }
            self._keys[view] = frozenset(by_literal)
            _SHARED.add(view, by_literal)
            _SHARED.add(view, (lit for c in self.rules if c.rule.view == view for second in c.second
                               for lit in second or ()))
        #: per pair: its view, the digits it (or its rule's gate) needs, the compiled rule, the
        #: rule's index, the alternative's regex and the rule's gate; read once per chosen pair
        self._plan: dict[int, tuple[str, int, _Compiled, int, _LazyRegex, _LazyRegex | None]] = {
            i * _PAIR + j: (c.rule.view, max(c.digits[j], c.gate_digits if c.gate is not None else 0),
                            c, i, c.alternatives[j][0], c.gate)
            for i, c in enumerate(self.rules) for j in range(len(c.alternatives))
        }

    def run(
        self,
        folded: Folded,
        *,
        accept: Callable[[Rule, re.Match[str], View], bool] | None = None,
    ) -> list[Detection]:
        """Detections for every rule that matches (best match per rule)."""
        chosen: set[int] = set()
        views: dict[str, View] = {}
        for view_name in self._views:
            view = views[view_name] = _view(folded, view_name)
            by_literal = self._by_literal[view_name]
            always = self._always[view_name]
            if always:
                chosen.update(always)
            present = _SHARED.present(folded, view_name, view)
            for literal in present & self._keys[view_name]:
                alone, paired = by_literal[literal]
                if alone:
                    chosen.update(alone)
                for key, second in paired:
                    if key not in chosen and not present.isdisjoint(second):
                        chosen.add(key)  # its second part occurs as well
        if not chosen:
            return []
        best: dict[int, re.Match[str]] = {}
        gated: dict[int, bool] = {}
        digits: dict[str, int] = {}
        plan = self._plan
        for key in sorted(chosen):
            view_name, need, compiled, i, alternative, gate = plan[key]
            view = views[view_name]
            text = view.text
            if need:
                have = digits.get(view_name)
                if have is None:
                    have = digits[view_name] = count_digits(text)
                if have < need:
                    continue  # too few digits for the pattern (or its gate) to match
            if gate is not None:
                open_ = gated.get(i)
                if open_ is None:
                    open_ = gated[i] = gate.search(text) is not None
                if not open_:
                    continue
            regex = alternative._compiled or alternative.compiled  # compiled on first use
            if accept is None:
                m = regex.search(text)  # the first match is the one taken
            else:
                rule = compiled.rule
                for m in regex.finditer(text):
                    if accept(rule, m, view):
                        break
                else:
                    m = None
            if m is not None:
                seen = best.get(i)
                if seen is None or m.start() < seen.start():
                    best[i] = m  # the leftmost match of any alternative explains the rule
        if not best:
            return []
        loose = folded.loose.text
        rules = self.rules
        return [self._detection(folded, rules[i], views[rules[i].rule.view], m, loose) for i, m in best.items()]

    def _detection(
        self, folded: Folded, compiled: _Compiled, view: View, m: re.Match[str], loose: str
    ) -> Detection:
        rule = compiled.rule
        score = rule.score
        adjustments: list[str] = []
        # Explanations quote the words that moved the score, not the pattern behind them:
        # a moderator reads these in alerts.
        for _source, regex in compiled.context:
            hit = regex.search(loose)
            if hit:
                score += rule.context_boost
                adjustments.append(f"+{rule.context_boost:.2f} context {quoted(hit.group(0))}")
        for _source, regex in compiled.unless:
            hit = regex.search(loose)
            if hit:
                score -= rule.unless_penalty
                adjustments.append(f"-{rule.unless_penalty:.2f} hard negative {quoted(hit.group(0))}")
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


class ConceptSet:
    """Risky combinations of concepts anywhere close together in a comment.

    Phrase rules catch wording someone anticipated; a concept set reads the comment as
    word lists ("concepts") and flags a declared combination of them found within
    ``window`` characters of the loose view, unless a veto concept sits near the
    evidence. ``core`` names the concepts of which every combination has one: a single
    scan for them lets a clean comment stop at once.
    """

    def __init__(
        self,
        detector: str,
        label: str,
        concepts: dict[str, str],
        combinations: Sequence[tuple[str, tuple[str, ...], tuple[str, ...], float]],
        core: Sequence[str],
        window: int = 80,
    ):
        self.detector = detector
        self.label = label
        self.window = window
        core_set = set(core)
        # core concepts first in each combination, so a missing one ends the check before
        # the common words ("i", "my", "will") are searched at all
        self.combinations = tuple(
            (name, tuple(sorted(needs, key=lambda c: c not in core_set)), vetoes, score)
            for name, needs, vetoes, score in combinations
        )
        for name, needs, vetoes, _ in self.combinations:
            unknown = [c for c in (*needs, *vetoes) if c not in concepts]
            if unknown:
                raise ValueError(f"combination {name}: unknown concepts {unknown}")
            if not any(c in core for c in needs):
                raise ValueError(f"combination {name} has no core concept")
        with _SHARED._lock:
            _PATTERNS.extend(concepts.values())
        # each concept's word list factored by first characters (same matches, fewer tries)
        self.regexes = {name: _LazyWordList(words) for name, words in concepts.items()}
        self.core_names = tuple(core)
        self.core = _LazyRegex("|".join(f"\\b(?:{concepts[n]})\\b" for n in core))
        # Literal requirements of each concept go into the shared per-view index, so most
        # concepts are ruled out by the scan every rule set already paid for.
        self.literals = {name: required_literals(rf"\b(?:{words})\b") for name, words in concepts.items()}
        #: literals of concepts kept out of the shared scan, as one literal-only regex
        #: searched before the concept's own (None: the concept requires no literal at all)
        self.own_literals: dict[str, _LazyRegex | None] = {}
        #: the same literals as sets, for one scan per comment (see run)
        self._own_sets: dict[str, frozenset[str]] = {}
        for name, lits in self.literals.items():
            # very common words ("i", "my", "he") would make the shared scan stop at every
            # other character; such concepts are searched directly, and only when needed
            if lits is not None and any(len(lit.strip()) <= 2 or lit.strip() in _COMMON for lit in lits):
                self.literals[name] = None
                self.own_literals[name] = _LazyRegex(_trie_pattern(lits))
                self._own_sets[name] = lits
            elif lits is None:
                self.own_literals[name] = None
        # all those literals in one index: one scan of a comment tells which of them occur,
        # where each concept's literal regex took a scan of its own
        self._own_index = _LiteralIndex(frozenset().union(*self._own_sets.values())) if self._own_sets else None
        core_literals = [self.literals[n] for n in core]
        self.core_literals = (
            frozenset().union(*core_literals) if all(core_literals) else None  # type: ignore[arg-type]
        )
        _SHARED.add("loose", (lit for lits in self.literals.values() if lits for lit in lits))
        # shared literal -> the concepts that need it, so one pass over the literals found
        # in a comment tells which indexed concepts may occur
        concepts_of: dict[str, set[str]] = {}
        for name, lits in self.literals.items():
            for lit in lits or ():
                concepts_of.setdefault(lit, set()).add(name)
        # A concept whose every word-list alternative has its own required literal is
        # possible only when some alternative has that literal and, if it has one, a second
        # (see second_literals: "take ... life" needs "life" as well as "take"); filed by
        # first literal. Other concepts are possible when any of their literals occurs.
        refined = self._refine_concepts(concepts)
        for name in refined:
            for lits in concepts_of.values():
                lits.discard(name)
        alternatives_of: dict[str, dict[str, set[frozenset[str] | None]]] = {}
        for name, alternatives in refined.items():
            for first, second in alternatives:
                for lit in first:
                    alternatives_of.setdefault(lit, {}).setdefault(name, set()).add(second)
        _SHARED.add("loose", alternatives_of)
        _SHARED.add("loose", (lit for alts in refined.values() for _, second in alts for lit in second or ()))
        #: per first literal: the concepts it makes possible on its own, and (concept,
        #: second literals) pairs that need one of their second literals as well
        self._alternatives_of: dict[str, tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]] = {}
        for lit, by_concept in alternatives_of.items():
            alone = frozenset(name for name, seconds in by_concept.items() if None in seconds)
            paired = tuple((name, second) for name, seconds in by_concept.items() if name not in alone
                           for second in sorted(seconds, key=sorted))  # type: ignore[arg-type]
            self._alternatives_of[lit] = (alone, paired)
        self._concepts_of = {lit: frozenset(names) for lit, names in concepts_of.items() if names}
        self._concept_literals = frozenset(self._concepts_of)
        self._alternative_literals = frozenset(self._alternatives_of)
        self._core_indexed = frozenset(n for n in core if self.literals[n] is not None)
        self._core_unindexed = tuple(n for n in core if self.literals[n] is None)
        self._indexed_needs = tuple(
            frozenset(c for c in needs if self.literals[c] is not None) for _, needs, _, _ in self.combinations
        )
        #: per combination, the own literal sets of its other needs (one must occur for each)
        self._own_needs = tuple(
            tuple(self._own_sets[c] for c in needs if c in self._own_sets) for _, needs, _, _ in self.combinations
        )
        # Each combination filed under one concept it needs that the shared literals tell
        # about (its first such need: core concepts come first), so a comment looks only at
        # the combinations filed under the concepts it may hold, not at every one of them;
        # a combination whose needs are all unindexed is always looked at.
        filed: dict[str, list[int]] = {}
        unfiled: list[int] = []
        for k, (_, needs, _, _) in enumerate(self.combinations):
            indexed = [c for c in needs if self.literals[c] is not None]
            if indexed:
                filed.setdefault(indexed[0], []).append(k)
            else:
                unfiled.append(k)
        self._combinations_of = {concept: tuple(ks) for concept, ks in filed.items()}
        self._unfiled = tuple(unfiled)
        self._plans = tuple(zip(self.combinations, self._indexed_needs, self._own_needs))

    def _refine_concepts(self, concepts: dict[str, str]) -> dict[str, list[tuple[frozenset[str], frozenset[str] | None]]]:
        """Per indexed concept whose word list splits into alternatives that each require a
        literal: (first literals, second literals or None) per alternative."""
        refined: dict[str, list[tuple[frozenset[str], frozenset[str] | None]]] = {}
        for name, words in concepts.items():
            if self.literals[name] is None:
                continue
            alternatives = []
            for alternative in split_top_level(words):
                if _PLAIN_WORDS.fullmatch(alternative):
                    alternatives.append((frozenset((alternative,)), None))  # one word: nothing second
                    continue
                pattern = rf"\b(?:{alternative})\b"
                first = required_literals(pattern) if _balanced(alternative) else None
                if not first:
                    break
                alternatives.append((first, second_literals(pattern, first)))
            else:
                if any(second is not None for _, second in alternatives):
                    refined[name] = alternatives
        return refined

    def run(self, folded: Folded) -> list[Detection]:
        view = folded.loose
        text = view.text
        present = _SHARED.present(folded, "loose", view)
        if self.core_literals is not None and present.isdisjoint(self.core_literals):
            return []
        # the concepts whose shared literals occur: every other indexed concept cannot match
        possible: set[str] = set()
        concepts_of = self._concepts_of
        for literal in present & self._concept_literals:
            possible.update(concepts_of[literal])
        alternatives_of = self._alternatives_of
        for literal in present & self._alternative_literals:
            alone, paired = alternatives_of[literal]
            possible.update(alone)
            for name, second in paired:
                if name not in possible and not present.isdisjoint(second):
                    possible.add(name)
        # The combinations every needed concept of which can still occur: the shared
        # literals tell for most concepts, one scan of the own literals for the rest. None
        # left: no combination can fire, so no concept needs searching at all.
        own_found: list[frozenset[str]] = []  # the own literals present, scanned on first need
        candidates = list(self._unfiled)
        combinations_of = self._combinations_of
        for concept in possible:
            filed = combinations_of.get(concept)
            if filed:
                candidates.extend(filed)
        if not candidates:
            return []
        candidates.sort()  # in declaration order, as detections are reported
        plans = self._plans
        live = []
        for k in candidates:
            combination, indexed_needs, own_needs = plans[k]
            if not indexed_needs <= possible:
                continue  # a needed concept's literals are absent
            if own_needs:
                if not own_found:
                    own_found.append(self._own_index.present(text))  # type: ignore[union-attr]
                # a loop, not any() over a generator: this runs a few times a comment
                own_present = own_found[0]
                for own in own_needs:
                    if own_present.isdisjoint(own):
                        break  # a needed concept's own literals are absent
                else:
                    live.append(combination)
                continue
            live.append(combination)
        if not live:
            return []
        seen: dict[str, list[tuple[int, int]]] = {}
        literals = self.literals
        own_sets = self._own_sets
        regexes = self.regexes

        def spans(concept: str) -> list[tuple[int, int]]:
            # each concept searched on its own: word lists overlap ("my daughter", "i'll")
            found = seen.get(concept)
            if found is None:
                if literals[concept] is not None:
                    if concept not in possible:
                        found = seen[concept] = []
                        return found
                else:
                    own = own_sets.get(concept)
                    if own is not None:
                        if not own_found:
                            own_found.append(self._own_index.present(text))  # type: ignore[union-attr]
                        if own_found[0].isdisjoint(own):
                            found = seen[concept] = []
                            return found
                regex = regexes[concept].compiled
                # the first eight matches in one scan (a search first scanned twice on a hit)
                found = [m.span() for _, m in zip(range(8), regex.finditer(text))]
                seen[concept] = found
            return found

        # Each combination looks at its core concepts first (see __init__) and stops at the
        # first one absent, so a comment with none of them costs one search per core
        # concept of the combinations still live, and no more.
        out = []
        window = self.window
        for rule, needs, vetoes, score in live:
            groups = []
            for concept in needs:
                found = spans(concept)
                if not found:
                    break
                groups.append(found)
            else:
                close = _close_together(groups, window)
                if close is None:
                    continue
                lo, hi = close
                # a veto counts only near the evidence
                if any(s < hi + window and e > lo - window for v in vetoes for s, e in spans(v)):
                    continue
                start, end = view.to_original(lo, hi)
                out.append(Detection(self.label, score, Explanation(
                    self.detector, f"concepts:{rule}", start, end, folded.original[start:end],
                    tuple(f"concept {n}" for n in needs))))
        return out


def _close_together(groups: list[list[tuple[int, int]]], window: int) -> tuple[int, int] | None:
    """The tightest ``(start, end)`` taking one span per group within ``window``, if any."""
    best = None
    for anchor in groups[0]:
        lo, hi = anchor
        for group in groups[1:]:
            nearest = min(group, key=lambda sp: abs(sp[0] - anchor[0]))
            lo, hi = min(lo, nearest[0]), max(hi, nearest[1])
        if hi - lo <= window and (best is None or hi - lo < best[1] - best[0]):
            best = (lo, hi)
    return best


def quoted(words: str, limit: int = 40) -> str:
    """A short quotation of matched (folded) words for an explanation."""
    words = " ".join(words.split())
    return repr(words if len(words) <= limit else words[: limit - 1] + "…")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m classifiers.rules --write-analysis``: store the default pipeline's analyses."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m classifiers.rules", description=main.__doc__)
    parser.add_argument("--write-analysis", action="store_true", help=f"rewrite {ANALYSIS_PATH.name}")
    args = parser.parse_args(argv)
    if not args.write_analysis:
        parser.print_help()
        return 2
    # run as a script this file is __main__; the pipeline uses the imported module's store
    from classifiers import rules
    from classifiers.pipeline import build_pipeline

    # every analysis made afresh (a stored one is not trusted to be current), then stored;
    # some detectors analyse a pattern on their first comment, not at build time
    fresh = rules._AnalysisStore(rules.ANALYSIS_PATH.with_suffix(".absent"))
    rules.ANALYSES = fresh
    build_pipeline().classify_many(["Lovely to see the children enjoying the fair!", "you lot are a disgrace"])
    count = fresh.write(rules.ANALYSIS_PATH)
    sys.stdout.write(f"{count} analyses written to {rules.ANALYSIS_PATH}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
