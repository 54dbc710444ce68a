"""Masking personal data in excerpts: what must go, what must stay, spans, truncation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.mask import EXCERPT_CHARS, find_personal_data, mask_text

# (text, the personal data that must not survive, the placeholder expected instead)
MUST_MASK = [
    ("ring me on 07700 900461 tonight", "900461", "[phone]"),
    ("ring me on 07700900461!", "07700900461", "[phone]"),
    ("office: 0161 496 0123", "496 0123", "[phone]"),
    ("call +44 7700 900123 any time", "900123", "[phone]"),
    ("(0161) 496-0999 ask for the office", "496-0999", "[phone]"),
    ("0 7 7 0 0 9 0 0 4 6 1 text me", "9 0 0 4 6 1", "[phone]"),
    ("seven seven zero zero nine zero zero four six one", "nine zero zero four", "[phone]"),
    ("oh seven seven double oh 900 four six two", "900", "[phone]"),
    ("email jo.bloggs@example.com please", "jo.bloggs", "[email]"),
    ("jo.bloggs at example dot com", "jo.bloggs", "[email]"),
    ("jo [at] example [dot] co [dot] uk", "example", "[email]"),
    ("write to jo(at)example(dot)com", "jo(at)", "[email]"),
    ("jo @ example . com", "example", "[email]"),
    ("jo at gmail.com", "gmail", "[email]"),
    ("write to jo.bloggs@example.com. Thanks!", "jo.bloggs", "[email]"),
    ("jo [at] example [dot] co [dot] uk thanks", "[dot] uk", "[email]"),
    ("we live at M1 1AE near the park", "M1 1AE", "[postcode]"),
    ("postcode sw1a1aa", "sw1a1aa", "[postcode]"),
    ("she lives at 12 Acacia Avenue", "Acacia", "[address]"),
    ("Flat 3, 45 Mill Lane by the shop", "Mill Lane", "[address]"),
    ("born 03/05/2016 in Leeds", "03/05/2016", "[date]"),
    ("her dob is 3rd May", "3rd May", "[date]"),
    ("date of birth: 14 March 2015", "14 March", "[date]"),
    ("birthday was on May 3rd", "May 3rd", "[date]"),
    ("on 2015-03-14 he was born", "2015-03-14", "[date]"),
    ("card 4111 1111 1111 1111 exp", "4111", "[number]"),
    ("Ruby Thompson in 4B is being picked on", "Thompson", "[name]"),
    ("Tom in Year 3 keeps crying", "Tom", "[name]"),
    ("Amelia Clarke, aged 7, was on her own", "Clarke", "[name]"),
    ("Amelia Clarke in Oak class", "Amelia", "[name]"),
    ("Jack (8) walks home alone", "Jack", "[name]"),
    ("my niece Poppy Walker, Year 1, Willow class", "Walker", "[name]"),
    ("call 07700 900 four one two thanks", "four one two", "[phone]"),
]


@pytest.mark.parametrize(("text", "secret", "placeholder"), MUST_MASK)
def test_personal_data_is_masked(text: str, secret: str, placeholder: str) -> None:
    masked = mask_text(text)
    assert secret.lower() not in masked.lower(), masked
    assert placeholder in masked, masked


# Ordinary school talk that looks a bit like numbers or dates must stay readable.
MUST_KEEP = [
    "Year 6 leavers 2024 were amazing",
    "Class of 2019 reunion?",
    "We raised 1500 pounds for the library",
    "Sports day is on 12 June at 2pm, doors open 1.30",
    "Meet at the gate at 3 pm",
    "Tickets £5 each or 2 for £8",
    "Score was 3-1 to us!",
    "killing it at sports day, well done Oak class",
    "Room 101 at 10:30",
    "See you at school. Thanks everyone",
    "thanks @OakfieldPrimary. Great day",
    "it took 2 hours to drive there",
    "we scored 3 in the park",
    "Everyone in Year 6 did brilliantly",
    "Congratulations to Mrs Patel in Year 2",
    "The play in Reception was lovely",
    "Hello, Year 6! Well done, Year 5",
]


@pytest.mark.parametrize("text", MUST_KEEP)
def test_ordinary_text_is_kept(text: str) -> None:
    assert mask_text(text) == text


def test_given_spans_are_masked_even_without_pattern() -> None:
    text = "Amelia Clarke in Oak class needs to stop"
    assert mask_text(text, [(0, 13)]) == "[personal info] in Oak class needs to stop"


def test_overlapping_and_invalid_spans() -> None:
    text = "Amelia Clarke 07700 900461"
    masked = mask_text(text, [(0, 6), (3, 13), None, (5, 2), [None, 4], (20, 999)])
    assert "Amelia" not in masked and "Clarke" not in masked and "900461" not in masked
    assert masked.startswith("[personal info]")


def test_truncates_after_masking_so_cut_numbers_cannot_escape() -> None:
    text = "x" * (EXCERPT_CHARS - 8) + " 07700 900461 and more words after it"
    masked = mask_text(text)
    assert len(masked) <= EXCERPT_CHARS
    assert masked.endswith("…")
    assert "077" not in masked and "900" not in masked


def test_truncation_never_leaves_half_a_placeholder() -> None:
    text = "word " * 54 + "jo@example.com " + "tail " * 20
    masked = mask_text(text, max_chars=280)
    assert len(masked) <= 280
    assert not re.search(r"\[[a-z ]*…", masked)


def test_no_truncation_when_asked_and_newlines_folded() -> None:
    long = "line one\nline two " + "a" * 400
    masked = mask_text(long, max_chars=None)
    assert len(masked) > 400 and "\n" not in masked and "line one / line two" in masked


def test_empty_and_none() -> None:
    assert mask_text("") == "" and mask_text(None) == ""


def test_find_personal_data_names_the_kind() -> None:
    kinds = {label for _, _, label in find_personal_data("jo@example.com 07700 900461 M1 1AE")}
    assert {"[email]", "[phone]", "[postcode]"} <= kinds


@settings(max_examples=60, deadline=None)
@given(prefix=st.text(alphabet="abcdefgh ,.!", max_size=40),
       suffix=st.text(alphabet="abcdefgh ,.!", max_size=40),
       last=st.integers(min_value=0, max_value=999))
def test_any_reserved_uk_mobile_is_masked_wherever_it_appears(prefix: str, suffix: str, last: int) -> None:
    number = f"07700 900{last:03d}"
    masked = mask_text(f"{prefix} {number} {suffix}", max_chars=None)
    assert f"900{last:03d}" not in masked
