"""The rule engine's speed-ups never change a result: pre-filtered runs equal naive runs."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.detectors import commercial, personal_info, safeguarding, spam
from classifiers.normalize import fold
from classifiers.rules import RuleSet, mask, required_literals, split_alternatives

MODULES = (personal_info, safeguarding, spam, commercial)
CASES = Path(__file__).resolve().parents[2] / "classifiers" / "data" / "school_cases.jsonl"


def _naive(rules: RuleSet, text: str, accept=None) -> set[tuple[str, int]]:
    """Every rule's full regex on its view, no literal index, alternatives or gates."""
    folded = fold(text)
    out = set()
    for compiled in rules.rules:
        rule = compiled.rule
        view = {"text": folded.light, "loose": folded.loose, "contact": folded.contact}[rule.view]
        for m in compiled.regex.finditer(view.text):
            if accept is None or accept(rule, m, view):
                out.add((rule.name, view.to_original(*m.span())[0]))
                break
    return out


def _fast(rules: RuleSet, text: str, accept=None) -> set[tuple[str, int]]:
    return {(d.explanation.rule, d.explanation.start) for d in rules.run(fold(text), accept=accept)}


@functools.cache
def _rulesets() -> list[tuple[RuleSet, object]]:
    pi = personal_info.PersonalInfoDetector()
    return [
        (RuleSet("personal_info", personal_info.RULES), pi._accept),
        (RuleSet("safeguarding", safeguarding.RULES), None),
        (RuleSet("spam", spam.RULES), None),
        (RuleSet("commercial", commercial.RULES), None),
    ]


def _corpus() -> list[str]:
    texts = []
    if CASES.is_file():
        texts = [json.loads(line)["text"] for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    from tests.classifiers import test_personal_info, test_safeguarding, test_spam

    for module in (test_personal_info, test_safeguarding, test_spam):
        texts.extend(row[0] for row in module.TABLE)
    return texts


def test_prefiltered_runs_equal_naive_runs_on_every_known_comment() -> None:
    texts = _corpus()
    assert len(texts) > 100
    for rules, accept in _rulesets():
        for text in texts:
            naive = _naive(rules, text, accept)
            fast = _fast(rules, text, accept)
            # the same rules fire; alternatives may pick an equally early match
            assert {n for n, _ in fast} == {n for n, _ in naive}, (rules.detector, text)


# text built from fragments of the rules themselves, so many rules nearly match
_FRAGMENTS = sorted({lit for m in MODULES for r in m.RULES for lit in (required_literals(r.pattern) or ())})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS + ["me", "you", "my", "1", "07700 900461", "£5", " ", "!"]),
                min_size=1, max_size=12).map(" ".join))
def test_prefiltered_runs_equal_naive_runs_on_generated_text(text: str) -> None:
    for rules, accept in _rulesets():
        assert {n for n, _ in _fast(rules, text, accept)} == {n for n, _ in _naive(rules, text, accept)}


@pytest.mark.parametrize(("pattern", "alternatives"), [
    (r"a|b", ["a", "b"]),
    (r"\b(?:ab|cd)\b", [r"\b(?:ab)\b", r"\b(?:cd)\b"]),
    (r"(?<![a-z])(?:x[|]y|z)(?!q)", [r"(?<![a-z])(?:x[|]y)(?!q)", r"(?<![a-z])(?:z)(?!q)"]),
    (r"(?:a|b)(?:c|d)", [r"(?:a|b)(?:c|d)"]),  # not one wrapped group: left whole
    (r"\b(?:a)\b(?:b|c)", [r"\b(?:a)\b(?:b|c)"]),
    (r"x\|y", [r"x\|y"]),  # escaped bar
])
def test_split_alternatives(pattern: str, alternatives: list[str]) -> None:
    assert split_alternatives(pattern) == alternatives
    for text in ("a", "b", "ab", "cd", "xy", "x|y", "z", "zq", "ac", "bd", "a b"):
        whole = re.search(pattern, text) is not None
        assert whole == any(re.search(alt, text) for alt in alternatives)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bhow\s+old\s+are\s+you", {"how"}),  # every literal run is required; a selective one is kept
    (r"(?:kill|hurt)\s+myself", {"myself"}),
    (r"\b(?:sub|subscribe)\b", {"sub"}),
    (r"[a-z]+\d", None),
    (r"(?i:abc)", None),
    (r"x?y", {"y"}),
])
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    literals = required_literals(pattern)
    if expected is None:
        assert literals is None
    else:
        assert literals is not None and literals <= frozenset(expected) | literals
        assert any(lit in e or e in lit for lit in literals for e in expected)


def test_mask_keeps_shape_and_hides_content() -> None:
    assert mask("07700 900461") == "0**** ******"
    assert mask("jane.doe@example.com") == "j***.***@*******.***"
