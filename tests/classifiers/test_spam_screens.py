"""The spam detector's screens skip work only where nothing could be found.

A screen is a cheap regex that must match before a slower one runs; a screen that missed
a text the slow regex matches would silently drop a detection. These tests generate texts
from each slow regex (hypothesis) and check the screen finds every one.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.detectors import spam
from classifiers.detectors.commercial import CONCEPTS as COMMERCIAL_CONCEPTS
from classifiers.rules import split_alternatives

_SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _alternatives(concepts: dict[str, str], name: str) -> list[str]:
    return split_alternatives(rf"\b(?:{concepts[name]})\b")


CASES = [(name, alt) for name in ("earn", "easy_work") for alt in _alternatives(spam.CONCEPTS, name)]
# the builder on a second, larger vocabulary with short words in it ("i do", "2 for 1")
CASES += [(f"commercial:{name}", alt) for name in ("offer",) for alt in _alternatives(COMMERCIAL_CONCEPTS, name)]


def _screen_for(name: str) -> re.Pattern[str]:
    if name.startswith("commercial:"):
        return spam.concept_screen(COMMERCIAL_CONCEPTS[name.split(":", 1)[1]])
    return {"earn": spam._EARN_SCREEN, "easy_work": spam._EASY_WORK_SCREEN}[name]


@pytest.mark.parametrize(("name", "alternative"), CASES)
def test_concept_screen_finds_every_text_the_concept_matches(name: str, alternative: str) -> None:
    screen = _screen_for(name)
    whole = re.compile(alternative)
    # generate from the alternative without its leading word boundary (zero-width, so every
    # match of the whole is a match of this; the same for the trailing one), then try the
    # text with a letter before and a digit after it too: "\\b(?:£...)" only matches after a letter
    body = re.compile(alternative.removeprefix(r"\b").removesuffix(r"\b"))

    @_SETTINGS
    @given(st.from_regex(body))
    def check(text: str) -> None:
        for candidate in (text.lower(), "x" + text.lower(), text.lower() + "5", "x" + text.lower() + "5"):
            if whole.search(candidate):
                assert screen.search(candidate), (alternative, candidate)

    check()


def test_concept_screen_keeps_short_alternatives_verbatim() -> None:
    screen = spam.concept_screen(r"i\s+do|cash|\$\s?\d+")
    assert screen.search("i do nails") and screen.search("$5") and screen.search("cash")
    # neither the bare "i" nor the bare "do" opens the screen
    assert not screen.search("i think we do")
    assert not screen.search("hi there, done")


@_SETTINGS
@given(st.from_regex(re.compile(rf"(?:https?://|www\.)[a-z0-9./-]{{1,20}}|[a-z0-9][a-z0-9-]{{1,10}}(?:\.[a-z0-9-]{{1,10}}){{0,2}}\.(?:{spam._TLDS})(?:/[a-z0-9/?=&.-]{{0,12}})?"), fullmatch=True),
       st.sampled_from(["", " ", "see ", "(", "x "]), st.sampled_from(["", " ", ")", "!", " now"]))
def test_link_hint_finds_every_link_the_url_regex_finds(link: str, before: str, after: str) -> None:
    text = before + link + after
    if spam._URL.search(text):
        assert spam._LINK_HINT.search(text), text
