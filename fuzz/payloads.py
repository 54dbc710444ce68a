"""Hostile inputs: hypothesis strategies and fixed corpora shared by the fuzz suites.

Three families. *JSON values* of every type and shape a broken or hostile platform could
send (wrong types, huge numbers, NaN, lone surrogates, impossible dates, deep nesting),
and *mutations* of a well-formed item in which some fields are replaced by such values or
removed. *Bodies*: whole HTTP bodies that are not a usable JSON document (truncated, not
JSON, invalid UTF-8, nested past the decoder's limit, oversized). *Texts*: comments meant
to break or stall a classifier (megabyte comments, control and bidi characters, zalgo,
emoji floods, lone surrogates, runs of separators and punctuation that make naive
regexes or tokenizers quadratic).

Nothing here is taken from the labelled datasets; every string is synthetic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

__all__ = [
    "BAD_BODIES",
    "HOSTILE_SCALARS",
    "HOSTILE_TEXTS",
    "bodies",
    "hostile_texts",
    "json_values",
    "mutated",
]

#: Values that have broken parsers before: wrong types, edges of int and float, strings
#: that look like timestamps or ids but are not.
HOSTILE_SCALARS: tuple[Any, ...] = (
    None, True, False, 0, -1, 2**63, -(2**63) - 1, 10**30, 1.5, -0.0, 1e308, math.inf, -math.inf, math.nan,
    "", " ", "null", "0", "-1", "NaN", "\x00", "\ud800", "\udfff", "\u202e", "\ufeff", "a" * 10_000,
    "2026-13-45T99:99:99+0000", "2026-02-30T10:00:00Z", "9999-12-31T23:59:59Z", "0000-00-00",
    "1e400", "2026-11-21T10:00:00+9999", "1690000000000000000000", "../../etc/passwd",
    "https://example.com/?access_token=", "<script>", "{\"a\":1}",
)

_scalar = st.one_of(
    st.sampled_from(HOSTILE_SCALARS),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
)


def json_values(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    """Any JSON value (NaN and infinities included, as Python's decoder accepts them)."""
    return st.recursive(
        _scalar,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(st.text(max_size=12), inner, max_size=4),
        ),
        max_leaves=max_leaves,
    )


@st.composite
def mutated(draw: st.DrawFn, template: Mapping[str, Any], depth: int = 2) -> dict[str, Any]:
    """``template`` with some fields replaced by hostile values, removed, or (for nested
    objects, down to ``depth``) mutated in turn. Always a dict, so the item reaches the
    parser's per-item code rather than its page checks."""
    out: dict[str, Any] = {}
    for key, value in template.items():
        choice = draw(st.integers(min_value=0, max_value=9))
        if choice == 0:
            continue  # removed
        if choice in (1, 2):
            out[key] = draw(json_values(6))
        elif choice == 3 and isinstance(value, Mapping) and depth > 0:
            out[key] = draw(mutated(value, depth - 1))
        else:
            out[key] = value
    if draw(st.booleans()):
        out[draw(st.text(max_size=8))] = draw(json_values(4))
    return out


def deep(levels: int, leaf: Any = 1) -> Any:
    """A value nested ``levels`` deep (alternating lists and objects)."""
    value = leaf
    for i in range(levels):
        value = [value] if i % 2 else {"data": value}
    return value


def _deep_bytes(levels: int) -> bytes:
    # Built as text: json.dumps itself would stop at the recursion limit.
    return b'{"data": ' + b"[" * levels + b"]" * levels + b"}"


#: Whole bodies that are not a usable JSON document.
BAD_BODIES: tuple[bytes, ...] = (
    b"",
    b" ",
    b"null",
    b"[]",
    b"42",
    b'"data"',
    b"{",
    b'{"data": [',
    b'{"data": [{"id": "1", "message": "trunc',
    b"<html><body>502 Bad Gateway</body></html>",
    b"\xff\xfe\xfd not utf-8 \x80\x81",
    b'{"data": [{"id": "\xff\xfe", "message": "\xc3\x28"}]}',
    b'{"data": "not a list"}',
    b'{"data": {"id": "1"}}',
    b'{"data": [], "paging": {"next": 12}}',
    b'{"data": NaN}',
    b'{"items": 7, "nextPageToken": {"a": 1}}',
    b'{"data": [1, "two", null, [], true], "includes": [], "meta": "x"}',
    _deep_bytes(50_000),  # past the decoder's recursion limit
    _deep_bytes(900),  # decodes, but deep enough to trouble anything recursive
    b'{"data": [{"id": "1", "message": "' + b"x" * 5_000_000 + b'"}]}',  # 5 MB
    json.dumps({"data": [{"id": str(i)} for i in range(20_000)]}).encode(),  # 20,000 items
)


def bodies() -> st.SearchStrategy[bytes]:
    """Whole bodies: the fixed corpus, random bytes, truncations and random JSON."""
    return st.one_of(
        st.sampled_from(BAD_BODIES),
        st.binary(max_size=200),
        json_values().map(lambda v: json.dumps(v).encode()),
        st.tuples(json_values(), st.integers(min_value=0, max_value=60)).map(
            lambda t: json.dumps(t[0]).encode()[: t[1]]),
    )


def _zalgo(base: str, marks: int) -> str:
    combining = "".join(chr(0x0300 + i % 0x70) for i in range(marks))
    return "".join(ch + combining for ch in base)


MB = 1_000_000

#: Named hostile texts, each about a megabyte unless the name says otherwise.
HOSTILE_TEXTS: dict[str, str] = {
    "words_1mb": ("the head is lovely and the concert was great " * 25_000)[:MB],
    "one_word_1mb": "a" * MB,
    "exclamation_1mb": "!" * MB,
    "asterisks_1mb": "*" * MB,
    "hashes_1mb": "#" * MB,
    "parentheses_1mb": "(" * MB,
    "dots_1mb": "a." * (MB // 2),
    "spaced_letters_1mb": "k i l l " * (MB // 8),
    "spaced_digits_1mb": "7 " * (MB // 2),
    "phone_flood_1mb": "07700 900461 " * (MB // 13),
    "landline_flood_1mb": "0161 " * (MB // 5),
    "pounds_1mb": "£1" * (MB // 2),
    "spelled_digits_1mb": "seven seven zero zero " * (MB // 22),
    "at_dot_1mb": "name at gmail dot com " * (MB // 22),
    "emails_1mb": "a@b.co " * (MB // 7),
    "urls_1mb": "http://example.com/a?b=c " * (MB // 25),
    "control_chars_1mb": "".join(chr(i % 32) for i in range(MB)),
    "rtl_overrides_1mb": "\u202e" + "abc\u202d\u202e" * (MB // 5),
    "zalgo_1mb": _zalgo("you are great ", 60) * (MB // (14 * 61)),
    "emoji_flood_1mb": "\U0001F600\U0001F525" * (MB // 4),
    "lone_surrogates_1mb": "\ud800x\udfff" * (MB // 3),
    "invalid_utf8_replace": (b"\xff\xfe hello \xc3\x28 there \xed\xa0\x80" * 40_000).decode("utf-8", "replace"),
    "invalid_utf8_surrogateescape": (b"ring \xff 07700 \xfe900461 " * 40_000).decode("utf-8", "surrogateescape"),
    "long_words_1mb": ("x" * 50_000 + " ") * 19,
    "separators_1mb": "a-.-_-.-" * (MB // 8),
    "mixed_masks_1mb": "f**k #*a " * (MB // 9),
    "leet_run_1mb": "1a!" * (MB // 3),
    "nul_heavy_1mb": "\x00" * MB,
    "bom_and_zero_width": "\ufeff\u200b\u200c\u200d" * (MB // 4),
    "empty": "",
    "whitespace_only": " \t\n\r\x0b\x0c" * 1000,
}


def hostile_texts(max_size: int = 4_000) -> st.SearchStrategy[str]:
    """Random hostile text: any code point (surrogates included), or repeats of short
    hostile units, which is what drives backtracking and quadratic tokenising."""
    units = st.sampled_from(["!", "*", "#", "(", "a.", "7 ", "0161 ", "£1", "@", "a@", "\u202e", "\u0301",
                             "\U0001F600", "\ud800", "\x00", "k i ", "f.u.", "1a!", "seven ", " dot ", "www."])
    return st.one_of(
        st.text(alphabet=st.characters(exclude_categories=()), max_size=max_size),
        st.tuples(st.lists(units, min_size=1, max_size=4), st.integers(min_value=1, max_value=max_size // 4))
        .map(lambda t: "".join(t[0]) * t[1]),
        st.tuples(st.text(max_size=30), st.text(max_size=30), st.integers(min_value=1, max_value=400))
        .map(lambda t: t[0] + t[1] * t[2]),
    )
