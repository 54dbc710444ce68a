"""The spam detector's link screen skips work only where nothing could be found.

The screen is a cheap regex that must match before the URL regex runs; a screen that
missed a text the URL regex matches would silently drop a detection. The test generates
links of every shape the URL regex takes (hypothesis) and checks the screen finds each.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.detectors import spam

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.from_regex(re.compile(rf"(?:https?://|www\.)[a-z0-9./-]{{1,20}}|[a-z0-9][a-z0-9-]{{1,10}}(?:\.[a-z0-9-]{{1,10}}){{0,2}}\.(?:{spam._TLDS})(?:/[a-z0-9/?=&.-]{{0,12}})?"), fullmatch=True),
       st.sampled_from(["", " ", "see ", "(", "x "]), st.sampled_from(["", " ", ")", "!", " now"]))
def test_link_hint_finds_every_link_the_url_regex_finds(link: str, before: str, after: str) -> None:
    text = before + link + after
    if spam._URL.search(text):
        assert spam._LINK_HINT.search(text), text


# fast_word_starts: the rule regexes with each leading word boundary moved behind its word

def test_fast_word_starts_moves_the_boundary_behind_the_word() -> None:
    assert spam.fast_word_starts(r"\bcheck\s+out") == r"check(?<!\wcheck)\s+out"
    assert spam.fast_word_starts(r"\b(?:look\s+at|visit)\s+my\b") == r"(?:look(?<!\wlook)\s+at|visit(?<!\wvisit))\s+my\b"
    # an optional last letter is not part of the guarded word
    assert spam.fast_word_starts(r"\bfoo?\b") == r"fo(?<!\wfo)o?\b"
    # a branch that does not begin with a literal word keeps its boundary, as does an
    # optional group
    assert spam.fast_word_starts(r"\b(?:\w+\s+likes)\b") == r"\b(?:\w+\s+likes)\b"
    # a number: its first digit must not follow a word character
    assert spam.fast_word_starts(r"\b(?:\d+\s+likes)\b") == r"(?:\d(?<!\w\d)\d*\s+likes)\b"
    assert spam.fast_word_starts(r"\b(?:very\s+)?good") == r"\b(?:very\s+)?good"


_PROBES = [
    "check out my channel", "xcheck out my channel", "_check out", "recheck out", "check-out my vid",
    "9check out", "éwatch my video", "watch my video", "sub to my channel", "subs to me", "unsub to my channel",
    "selling uniform £15, dm me", "reselling £2 each", "we're hiring! part time cleaners", "rehiring!",
    "please donate to my justgiving", "i'm selling", "im selling", "free robux", "carefree robux",
    "20 likes and i post more", "a20 likes and", "part time 16 hrs a week", "x16 hrs a week", "call 07700900123 now",
]


def test_fast_word_starts_matches_the_same_text_in_every_rule() -> None:
    from classifiers.detectors.commercial import RULES as COMMERCIAL_RULES
    from classifiers.normalize import fold
    from classifiers.rules import split_alternatives
    from tests.classifiers.test_spam import TABLE, UNSEEN
    from tests.classifiers.test_spam_youtube import TABLE as YOUTUBE_TABLE

    texts = _PROBES + [row[0] for row in TABLE] + [row[0] for row in UNSEEN] + [row[0] for row in YOUTUBE_TABLE]
    folded = [fold(t) for t in texts]
    rewritten = 0
    for rule in spam.RULES + COMMERCIAL_RULES:
        before = split_alternatives(rule.pattern)
        after = split_alternatives(spam.fast_word_starts(rule.pattern))
        assert len(before) == len(after), rule.name
        for old, new in zip(before, after):
            if old == new:
                continue
            rewritten += 1
            old_rx, new_rx = re.compile(old), re.compile(new)
            for f in folded:
                text = {"text": f.light, "loose": f.loose, "contact": f.contact}[rule.view].text
                a, b = old_rx.search(text), new_rx.search(text)
                assert (a and a.span()) == (b and b.span()), (rule.name, old, text)
    assert rewritten > 100
