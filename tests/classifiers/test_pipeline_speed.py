"""The pipeline's speed measures keep behaviour: the detectors' view of the doc, the
collector freeze at build time, and the rule engine's literal-prefix table."""

from __future__ import annotations

import gc
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.base import Detection
from classifiers.pipeline import ClassifierContext, assemble_pipeline, build_pipeline
from classifiers.rules import _LiteralIndex, count_digits, min_digits


class _Recorder:
    """Records what a detector can read from the doc it is given."""

    name = "recorder"
    version = "1"

    def __init__(self) -> None:
        self.seen: dict[str, Any] = {}

    def detect(self, doc: Any) -> list[Detection]:
        self.seen = {
            "original": doc._.folded.original,
            "context": doc._.context,
            "truncated_from": doc._.truncated_from,  # not one of the two held values
            "tokens": [t.text for t in doc],
            "length": len(doc),
            "first": doc[0].text,
            "text": doc.text,
            "cats": dict(doc.cats),
        }
        return []


def test_detectors_see_fold_context_tokens_and_other_extensions() -> None:
    recorder = _Recorder()
    context = ClassifierContext(allow_phrases=("PTA",))
    pipeline = assemble_pipeline([recorder], context)
    text = "Well done Year 6 at the PTA fair!"
    verdict = pipeline.classify(text)
    assert not verdict.needs_review
    prepared = pipeline.prepare(text)
    assert recorder.seen["original"] == text
    assert recorder.seen["context"] is context
    assert recorder.seen["truncated_from"] is None
    assert recorder.seen["tokens"] == [t.text for t in prepared]
    assert recorder.seen["length"] == len(prepared)
    assert recorder.seen["first"] == "Well"
    assert recorder.seen["text"] == text
    assert recorder.seen["cats"] == {}


def test_classify_many_gives_detectors_the_same_view_as_classify() -> None:
    recorder = _Recorder()
    pipeline = assemble_pipeline([recorder])
    pipeline.classify("one two three")
    single = dict(recorder.seen)
    pipeline.classify_many(["zero", "one two three"])
    assert recorder.seen == single


def test_build_pipeline_freezes_the_long_lived_objects() -> None:
    gc.unfreeze()  # an earlier build in this session may have frozen already
    assert gc.get_freeze_count() == 0
    build_pipeline()
    assert gc.get_freeze_count() > 0


def test_literal_index_finds_exactly_the_literals_that_occur() -> None:
    # overlapping literals, literals inside longer ones, spaces and non-ASCII text
    words = ["a", "ab", "abc", "b", "bc", "abd", "x y", "x", "kill", "ill", "é", "😀x"]
    index = _LiteralIndex(words)
    assert index.automaton is not None  # takes the automaton path
    for text in ("zzabc x yq", "", "skill é 😀xx", "nothing", "ABC", "abdabc"):
        assert index.present(text) == frozenset(w for w in words if w in text)


def test_small_literal_index_agrees_with_substring_tests() -> None:
    few = _LiteralIndex(["@", "ab", "b"])
    assert few.automaton is None  # a few literals: one substring test each
    for text in ("x@yab", "nothing here", "b", "", "@@"):
        assert few.present(text) == frozenset(w for w in ("@", "ab", "b") if w in text)


def test_min_digits_counts_the_digits_every_match_holds() -> None:
    assert min_digits(r"(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])") == 12
    assert min_digits(r"(?:\d\D{0,3}){7}") == 7
    assert min_digits(r"gir\s?0aa|[a-z]{1,2}\d[a-z\d]?\s?\d") == 1  # the smaller branch
    assert min_digits(r"\d{5}|code") == 0
    assert min_digits(r"[0-9a-f]{4}|[^0-9]|\d*|(?=\d\d)") == 0  # mixed class, negation, lookahead
    assert min_digits(r"[\d]-[0-9]{2}") == 3
    assert count_digits("ab12 3") == 3
    assert count_digits("\u0663 4x \uff11") == 3  # Arabic-Indic and full-width digits are \d too


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -.()+abcdeflmnorstuv\u0663\uff11", max_size=40))
def test_no_digit_rule_matches_a_text_with_fewer_digits_than_it_needs(text: str) -> None:
    # every pattern and gate of the detectors: a match implies the digits min_digits promised
    from classifiers.detectors.personal_info import RULES as PI_RULES
    from classifiers.detectors.safeguarding import RULES as SG_RULES

    for rule in (*PI_RULES, *SG_RULES):
        for pattern in (rule.pattern, rule.gate):
            if pattern and re.search(pattern, text):
                assert count_digits(text) >= min_digits(pattern), (rule.name, pattern)


# --- the tokenizer screens ------------------------------------------------------------

_WORDS = ["school", "Hello", "you!", "(cake)", "don't", "U.K.", "3pm", "km", "5km", "£5", "$10.", "e-mail",
          "well-done", "a.b", "...", "wait...", "“quoted”", "it's", "ITS'", "x", "7", "h3ll0", "no:1", "1+2",
          "https://example.com/x", "www.example.com", "mr.", "Mr.", "etc.", "10:30", "50%", "😀x", "x😀", "café",
          "naïve", "ıi", "a—b", "a--b", "C++", "#tag", "@name", "'s", "s'", "n't", "ok?", "?", "-", "_x_", ""]
_ALPHABET = "abcXYZ019 .,'-!?()£$%:/@#_&*…—é😀\u0663"


def _screened_pair() -> tuple[Any, Any]:
    import spacy

    from classifiers.pipeline import screen_tokenizer

    plain, screened = spacy.blank("en"), spacy.blank("en")
    screen_tokenizer(screened)
    return plain, screened


_PLAIN, _SCREENED = _screened_pair()


def _affix_answers(tokenizer: Any, word: str) -> tuple[Any, ...]:
    def span(m: Any) -> Any:
        return None if m is None else m.span()

    url = tokenizer.url_match(word) if word else None
    return (span(tokenizer.prefix_search(word)), span(tokenizer.suffix_search(word)),
            [m.span() for m in tokenizer.infix_finditer(word)], span(url))


def test_tokenizer_screens_are_installed_and_keep_the_patterns() -> None:
    for attribute in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        screened = getattr(_SCREENED.tokenizer, attribute).__self__
        assert type(screened).__name__ in {"_AffixScreen", "_LiteralScreen"}
        # spaCy serialises a tokenizer by these patterns: unchanged
        assert screened.pattern == getattr(_PLAIN.tokenizer, attribute).__self__.pattern
    suffix = _SCREENED.tokenizer.suffix_search.__self__
    assert suffix.reduced is not None and len(suffix.reduced.pattern) < len(suffix.pattern) / 10


def test_tokenizer_screens_answer_as_the_full_patterns_on_listed_words() -> None:
    for word in _WORDS:
        assert _affix_answers(_SCREENED.tokenizer, word) == _affix_answers(_PLAIN.tokenizer, word), word
    text = " ".join(_WORDS)
    assert [t.text for t in _SCREENED.make_doc(text)] == [t.text for t in _PLAIN.make_doc(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=14))
def test_tokenizer_screens_answer_as_the_full_patterns(word: str) -> None:
    assert _affix_answers(_SCREENED.tokenizer, word) == _affix_answers(_PLAIN.tokenizer, word)
    with _SCREENED.memory_zone(), _PLAIN.memory_zone():
        assert ([(t.text, t.whitespace_) for t in _SCREENED.make_doc(word + " " + word)]
                == [(t.text, t.whitespace_) for t in _PLAIN.make_doc(word + " " + word)])


# --- the lexical attribute functions ----------------------------------------------------


def _attribute_pair() -> tuple[dict[Any, Any], dict[Any, Any]]:
    import spacy

    from classifiers.pipeline import speed_lexical_attributes

    plain, fast = spacy.blank("en"), spacy.blank("en")
    speed_lexical_attributes(fast)
    return dict(plain.vocab.lex_attr_getters), dict(fast.vocab.lex_attr_getters)


_PLAIN_ATTRS, _FAST_ATTRS = _attribute_pair()
_ATTR_WORDS = _WORDS + ["seven", "Seventh", "TWENTY", "21st", "1,000", "-5", "1/2", "http", "http://x", "https://a.b",
                        "www.a", "www.ab", "a.com", "a.co.uk/", ".com", "x.", "me@example.com", "@x", "aaaaaaa",
                        "AAAAAAbbbbbb1111111", "x" * 120, "$", "$$", "£", "!?", "\n\n\n\n\n\n", "Ⅻ", "٣", "ﬁ"]


def _attributes(getters: dict[Any, Any], word: str) -> dict[Any, Any]:
    out = {}
    for attr, function in getters.items():
        try:
            out[attr] = function(word)
        except Exception as exc:  # noqa: BLE001 - a failure must be the same failure
            out[attr] = type(exc).__name__
    return out


def test_faster_lexical_attributes_are_installed() -> None:
    swapped = [attr for attr, function in _FAST_ATTRS.items()
               if getattr(function, "__module__", "") == "classifiers.pipeline"]
    assert len(swapped) == 6 and set(_FAST_ATTRS) == set(_PLAIN_ATTRS)


def test_faster_lexical_attributes_agree_on_listed_words() -> None:
    for word in _ATTR_WORDS:
        assert _attributes(_FAST_ATTRS, word) == _attributes(_PLAIN_ATTRS, word), word


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=_ALPHABET + "hwtpsABCDEFnum/~+±\n", max_size=12), st.text(max_size=8)))
def test_faster_lexical_attributes_agree(word: str) -> None:
    assert _attributes(_FAST_ATTRS, word) == _attributes(_PLAIN_ATTRS, word)
