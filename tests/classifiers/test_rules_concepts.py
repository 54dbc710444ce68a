"""Concept sets: the engine's gating (shared literals, own literals, second literals of
word-list alternatives, combinations filed by concept) gives exactly what searching every
concept's word list in every comment gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.detectors import commercial, safeguarding, spam
from classifiers.normalize import fold
from classifiers.rules import ConceptSet, _close_together

MODULES = (safeguarding, spam, commercial)
SETS = [(m, ConceptSet(m.__name__, "test", m.CONCEPTS, m.COMBINATIONS, m.CORE,
                       getattr(m, "WINDOW", 90))) for m in MODULES]
# the words of every concept list, so random comments hit many combinations
WORDS = sorted({w for m in MODULES for words in m.CONCEPTS.values()
                for w in re.findall(r"[a-z][a-z']+", re.sub(r"\\.", " ", words))})
FILLER = ["the", "and", "my", "you", "i", "at", "school", "today", "42", "year", "7", ",", ".", "!!"]


def naive(concept_set: ConceptSet, concepts: dict[str, str], text: str) -> list[tuple[str, int, int, float]]:
    folded = fold(text)
    loose = folded.loose

    def spans(concept: str) -> list[tuple[int, int]]:
        regex = re.compile(rf"\b(?:{concepts[concept]})\b")
        return [m.span() for _, m in zip(range(8), regex.finditer(loose.text))]

    out = []
    window = concept_set.window
    for rule, needs, vetoes, score in concept_set.combinations:
        groups = [spans(c) for c in needs]
        if not all(groups):
            continue
        close = _close_together(groups, window)
        if close is None:
            continue
        lo, hi = close
        if any(s < hi + window and e > lo - window for v in vetoes for s, e in spans(v)):
            continue
        start, end = loose.to_original(lo, hi)
        out.append((f"concepts:{rule}", start, end, score))
    return out


def engine(concept_set: ConceptSet, text: str) -> list[tuple[str, int, int, float]]:
    return [(d.explanation.rule, d.explanation.start, d.explanation.end, d.score)
            for d in concept_set.run(fold(text))]


def test_some_alternatives_need_a_second_literal() -> None:
    concepts = SETS[0][1]
    assert concepts._alternatives_of  # safeguarding's multi-word lists are refined
    paired = [pair for _, (_, pairs) in concepts._alternatives_of.items() for pair in pairs]
    assert paired and all(second for _, second in paired)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS + FILLER), min_size=1, max_size=25), st.sampled_from(range(len(SETS))))
def test_concept_sets_find_what_searching_every_concept_finds(words: list[str], which: int) -> None:
    module, concept_set = SETS[which]
    text = " ".join(words)
    assert engine(concept_set, text) == naive(concept_set, module.CONCEPTS, text)


def test_known_phrases_fire_and_lone_words_do_not() -> None:
    module, concept_set = SETS[0]
    texts = [
        "i just want to end it all tonight, nobody would miss me",
        "we will take my own life lessons from this trip",
        "the end of term party is tonight",
        "where do you live? i could pick you up from the bus stop",
        "don't tell your mum, it's our little secret",
    ]
    fired = 0
    for text in texts:
        found = engine(concept_set, text)
        assert found == naive(concept_set, module.CONCEPTS, text)
        fired += bool(found)
    assert fired >= 1


def test_concept_sets_agree_with_the_naive_search_on_school_cases() -> None:
    from classifiers.datasets import load_school_cases

    texts = [example.text for example in load_school_cases()][::7]
    assert len(texts) > 300
    fired = 0
    for module, concept_set in SETS:
        for text in texts:
            found = engine(concept_set, text)
            assert found == naive(concept_set, module.CONCEPTS, text)
            fired += bool(found)
    assert fired > 20  # the comparison covers comments where combinations fire
