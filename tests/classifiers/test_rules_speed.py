"""The rule engine's speed measures keep every match: factored word lists."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.rules import factor_alternatives

# word lists shaped like the detectors' concepts: shared first letters, words inside
# longer words, optional endings, classes and groups that keep their place
_LISTS = (
    r"kill|killing|kills|k\w+|kid|kit",
    r"my|my\s+room|me|mine|\d+|mum|a|an|and",
    r"dm|pm|inbox|message\s+me|meet|meet\s+up|pick\s+(?:you|u)\s+up|m(?:e|y)\s+house|msg",
    r"a?b|ab|a{2}|aa|'s|£\d+|[a-c]x|ax|bx",
    r"home|house|at\s+night|my\s+room|weekend|all\s+day|hom\w*|h|ho|",
)


def test_factoring_puts_shared_first_characters_under_one_branch() -> None:
    assert factor_alternatives("ab|cd|ae") == "a(?:b|e)|cd"
    assert factor_alternatives(r"my|my\s+room|\d+|mum") == r"m(?:y(?:|\s+room))|\d+|mum"
    assert factor_alternatives("single") == "single"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="akilmnsyoudhwe0123 '£xbc", max_size=40))
def test_factored_lists_match_as_the_originals(text: str) -> None:
    for words in _LISTS:
        original = re.compile(rf"\b(?:{words})\b")
        factored = re.compile(rf"\b(?:{factor_alternatives(words)})\b")
        assert [m.span() for m in factored.finditer(text)] == [m.span() for m in original.finditer(text)], words
        assert [m.span() for m in re.finditer(factor_alternatives(words), text)] == [
            m.span() for m in re.finditer(words, text)], words


def test_second_literals_come_from_another_part_of_the_match() -> None:
    from classifiers.rules import required_literals, second_literals

    pattern = r"\b(?:want|wanna|going)\s+(?:to\s+)?(?:die|end\s+it)\b"
    first = required_literals(pattern)
    assert first is not None
    second = second_literals(pattern, first)
    assert second is not None and second.isdisjoint(first)
    assert {first, second} == {frozenset({"want", "wanna", "going"}), frozenset({"die", "end"})}
    # common or very short words are not selective enough to be worth a check
    assert second_literals(r"\bkill\s+(?:me|you)\b", frozenset({"kill"})) is None
    assert second_literals(r"\bkill\b", frozenset({"kill"})) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="wantgoidebl ", max_size=30))
def test_every_match_holds_both_literal_sets(text: str) -> None:
    from classifiers.rules import required_literals, second_literals

    pattern = r"\b(?:want|wanna|going)\s+(?:to\s+)?(?:die|end\s+it)\b"
    first = required_literals(pattern)
    second = second_literals(pattern, first)
    if re.search(pattern, text):
        assert any(lit in text for lit in first) and any(lit in text for lit in second)


# --- reading a pattern's structure -------------------------------------------------------


def _structure_by_characters(pattern: str) -> list[tuple[int, str, int]]:
    """regex_structure as it was first written, one character at a time: the reference."""
    out = []
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or pattern[i - 1] == "["
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            out.append((i, ch, depth))
            depth += 1
        elif ch == ")":
            depth -= 1
            out.append((i, ch, depth))
        elif ch == "|":
            out.append((i, ch, depth))
        i += 1
    return out


def test_regex_structure_skips_escapes_and_classes() -> None:
    from classifiers.rules import regex_structure, split_top_level

    assert list(regex_structure(r"a(b|c)|[|(]\(|[]|]x|[^]|)]")) == [
        (1, "(", 0), (3, "|", 1), (5, ")", 0), (6, "|", 0), (13, "|", 0), (19, "|", 0)]
    assert split_top_level(r"\b(?:a|b)\b|c[|]|d\|e") == [r"\b(?:a|b)\b", "c[|]", r"d\|e"]


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="()|[]^\\a?:", max_size=30))
def test_regex_structure_reads_as_character_by_character(pattern: str) -> None:
    from classifiers.rules import regex_structure

    assert list(regex_structure(pattern)) == _structure_by_characters(pattern)


def test_regex_structure_on_every_detector_pattern() -> None:
    from classifiers.detectors import abuse, commercial, personal_info, safeguarding, spam
    from classifiers.rules import regex_structure

    patterns = [value for module in (abuse, commercial, personal_info, safeguarding, spam)
                for value in vars(module).values() if isinstance(value, str) and ("|" in value or "(" in value)]
    patterns += [rule.pattern for module in (personal_info, safeguarding, spam, commercial)
                 for rule in getattr(module, "RULES", ())]
    assert len(patterns) > 100
    for pattern in patterns:
        assert list(regex_structure(pattern)) == _structure_by_characters(pattern)
