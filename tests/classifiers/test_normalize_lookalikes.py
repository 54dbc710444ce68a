"""Look-alike letter families in the evasion folding: each family folded, spans back to the
original characters, one full-pipeline evasion per family now caught, and hard negatives
(flags, ordinary emoji, prices, maths) that stay as they were."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.normalize import fold, fold_term
from classifiers.pipeline import Pipeline, build_pipeline

ZWSP = "\u200b"

# (family, original, light view)
FAMILIES = [
    ("small capitals", "ᴄʟɪᴄᴋ ʜᴇʀᴇ ꜰᴏʀ ꞯᴜɪᴢ", "click here for quiz"),
    ("small capitals, rarer", "ᴃᴆᴌᴎᴙᵻᵾ", "bdlnriu"),
    ("negative squared", "🅲🆄🆁🅴 🅵🆁🅴🅴", "cure free"),
    ("negative circled", "🅒🅤🅡🅔 🅕🅡🅔🅔", "cure free"),
    ("squared", "🄲🄻🄸🄲🄺", "click"),
    ("circled", "ⓒⓛⓘⓒⓚ ⒸⓁⒾⒸⓀ", "click click"),
    ("parenthesised small", "⒞⒧⒤⒞⒦", "click"),
    ("parenthesised capital", "🄒🄛🄘🄒🄚", "click"),
    ("regional indicators apart", f"🇫{ZWSP}🇷{ZWSP}🇪{ZWSP}🇪", "free"),
    ("regional indicators, not flags", "🇸🇪🇽", "sex"),
    ("canadian syllabics", "ᗩᗷᑕᗪ ᑲᑭᑫ ᒪᔕᕼᖇᑎᗰᑌ", "abcd bpq lshrnmu"),
    ("cherokee", "ᏟᎻᎪᏞᏞᎬNᏀᎬ", "challenge"),
    ("lisu", "ꓢꓴꓐ ꓔꓳ ꓟꓬ ꓚꓧꓮꓠꓠꓰꓡ", "sub to my channel"),
    ("superscript", "ʸᵒᵘ ᵃʳᵉ ˢᵗᵘᵖⁱᵈ", "you are stupid"),
    ("subscript", "ₐₑₒₓ", "aeox"),
    ("tone six", "ƅitch Ƅ", "bitch b"),
    ("ghe with stroke", "ғree Ғ", "free f"),
    ("yen beside a letter", "¥ou pa¥", "you pay"),
    ("cyrillic extras", "ѵӏқҳұ", "vlkxy"),
]


@pytest.mark.parametrize("family,original,expected", FAMILIES, ids=[f[0] for f in FAMILIES])
def test_family_folds_to_plain_letters(family: str, original: str, expected: str) -> None:
    folded = fold(original)
    assert folded.text == expected
    # every folded letter points back at exactly one original character
    for i in range(len(folded.text)):
        if folded.text[i] == " ":
            continue
        s, e, _ = folded.original_span(folded.light, i, i + 1)
        assert e - s == 1


@pytest.mark.parametrize("original,needle,expected", [
    # astral characters are one code point each; the span covers exactly them
    ("well 🅲🆄🆁🅴 it", "cure", "🅲🆄🆁🅴"),
    # a zero-width space between regional indicators is dropped but stays inside the span
    (f"get 🇫{ZWSP}🇷{ZWSP}🇪{ZWSP}🇪 stuff", "free", f"🇫{ZWSP}🇷{ZWSP}🇪{ZWSP}🇪"),
    # a combining accent on an enclosed letter (two code points, one letter)
    ("x 🅲\u0301🆄🆁🅴", "cure", "🅲\u0301🆄🆁🅴"),
    ("say ⒞⒧⒤⒞⒦ now", "click", "⒞⒧⒤⒞⒦"),
    ("ᗪᗴᗩᒪ today", "deal", "ᗪᗴᗩᒪ"),
    ("hey ¥ou", "you", "¥ou"),
])
def test_spans_map_back_to_the_original(original: str, needle: str, expected: str) -> None:
    folded = fold(original)
    for view in (folded.light, folded.loose):
        start = view.text.index(needle)
        assert folded.original_span(view, start, start + len(needle))[2] == expected


def test_spelled_out_enclosed_letters_join_in_the_loose_view() -> None:
    folded = fold("🅵 🆁 🅴 🅴 robux")
    start = folded.loose.text.index("free")
    assert folded.original_span(folded.loose, start, start + 4)[2] == "🅵 🆁 🅴 🅴"


def test_lexicon_terms_fold_like_comments() -> None:
    assert fold_term("ꜰᴜᴄᴋ") == fold("🅵🆄🅲🅺").loose.text == "fuck"


# (hard negative, substring its light view must keep unchanged)
HARD_NEGATIVES = [
    ("🇬🇧🇺🇦 Well done to our Year 6 team at the county finals!", "🇬🇧🇺🇦"),
    ("Flags for international evening: 🇫🇷🇪🇸🇩🇪🇮🇹🇵🇱", "🇫🇷🇪🇸🇩🇪🇮🇹🇵🇱"),
    ("Cakes £1.50, raffle tickets €2, and ¥500 for the Japan exchange fund", "£1.50, raffle tickets €2, and ¥500"),
    ("Prices: ¥ 1,200 or £8", "¥ 1,200 or £8"),
    ("Homework: solve x² + y² = z² and find Σ aᵢ for i ≥ 1", "x2 + y2 = z2"),
    ("Great day 😀🎉👍 well done everyone ❤️", "😀🎉👍"),
]


@pytest.mark.parametrize("text,kept", HARD_NEGATIVES)
def test_hard_negatives_keep_their_characters(text: str, kept: str) -> None:
    assert kept.lower() in fold(text).text


def test_plain_ascii_keeps_its_fast_path() -> None:
    view = fold("Sub to my channel for free robux").light
    assert view.starts is None and view.ends is None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="a ¥🇫🇷🇪🇬🇧\u200b🅲🅒⒞ᗩᑲꜰƅғ\u0301£€", max_size=30))
def test_offset_maps_stay_total_and_ordered(text: str) -> None:
    folded = fold(text)
    for view in (folded.light, folded.loose):
        if view.starts is None:
            assert len(view.text) == len(text)  # identity map: one for one, same places
            continue
        assert len(view.starts) == len(view.ends) == len(view.text)
        assert all(0 <= s < e <= len(text) for s, e in zip(view.starts, view.ends))
        assert view.starts == sorted(view.starts)


# --- the full pipeline ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline()


# (family, text, label, rule prefix, original evidence): each evidence holds no ASCII letter
# of the word it stands for, so only the folding can have found it.
EVASIONS = [
    ("negative squared", "🆂🆄🅱 🆃🅾 🅼🆈 🅲🅷🅰🅽🅽🅴🅻", "spam", "asks_for_subscribers", "🆂🆄🅱"),
    ("negative circled", "🅢🅤🅑 🅣🅞 🅜🅨 🅒🅗🅐🅝🅝🅔🅛", "spam", "asks_for_subscribers", "🅢🅤🅑"),
    ("parenthesised", "⒮⒰⒝ ⒯⒪ ⒨⒴ ⒞⒣⒜⒩⒩⒠⒧", "spam", "asks_for_subscribers", "⒮⒰⒝"),
    ("small capitals", "ʏᴏᴜ ᴀʀᴇ ᴀ ꜰᴜᴄᴋɪɴɢ ɪᴅɪᴏᴛ", "abuse", "profanity", "ꜰᴜᴄᴋɪɴɢ"),
    ("regional indicators", f"🇸{ZWSP}🇺{ZWSP}🇧 to my channel", "spam", "asks_for_subscribers",
     f"🇸{ZWSP}🇺{ZWSP}🇧"),
    ("canadian syllabics", "ᔕᑌᗷ to my ᑕᕼᗩᑎᑎᗴᒪ", "spam", "channel_pointer", "to my ᑕᕼᗩᑎᑎᗴᒪ"),
    ("cherokee", "sub to my ᏟᎻᎪNNᎬᏞ", "spam", "channel_pointer", "to my ᏟᎻᎪNNᎬᏞ"),
    ("lisu", "ꓢꓴꓐ to my channel", "spam", "asks_for_subscribers", "ꓢꓴꓐ"),
    ("tone six", "you stupid ƅitch", "abuse", "insult", "ƅitch"),
    ("ghe with stroke and yen", "¥ou are a ғucking idiot", "abuse", "profanity", "ғucking"),
    ("mixed", "ғʀᴇᴇ ʀoƅux at bit.ly/xyz", "spam", "prize_scam", "ғʀᴇᴇ ʀoƅux"),
]


@pytest.mark.parametrize("family,text,label,rule,evidence", EVASIONS, ids=[e[0] for e in EVASIONS])
def test_evasion_is_caught_with_original_evidence(
    pipeline: Pipeline, family: str, text: str, label: str, rule: str, evidence: str
) -> None:
    verdict = pipeline.classify(text)
    assert label in verdict.labels
    found = [e for e in verdict.explanations[label] if e.rule and e.rule.startswith(rule)]
    assert found, [e.rule for e in verdict.explanations[label]]
    assert any(e.matched == evidence and text[e.start:e.end] == evidence for e in found)


@pytest.mark.parametrize("text", [t for t, _ in HARD_NEGATIVES] + ["Great day 😀🎉 🅿️ parking at the back"])
def test_hard_negatives_stay_clean(pipeline: Pipeline, text: str) -> None:
    assert not pipeline.classify(text).labels
