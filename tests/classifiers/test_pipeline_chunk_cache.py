"""The tokenizer's learnt chunk cache: same tokens, nothing new kept, bounded learning."""

from __future__ import annotations

from typing import Any

import spacy

from classifiers.base import Detection
from classifiers.pipeline import _ChunkCache, assemble_pipeline, warm_vocabulary

TEXTS = [
    "Hello, world! The fair was lovely.",
    "don't zqxv-fair :) hello world",
    "Well done   Year 6!\n\nThe fair, the FAIR; hello?",
    "qwzx plinth-hello world... the fair's stall",
]
WARM = ["hello", "Hello", "world", "the", "The", "fair", "was", "lovely", "done", "Well", "!", ",", "."]


class _Tokens:
    name = "tokens"
    version = "1"

    def __init__(self) -> None:
        self.seen: list[list[tuple[str, str]]] = []

    def detect(self, doc: Any) -> list[Detection]:
        self.seen.append([(t.text, t.whitespace_) for t in doc])
        return []


def _pipeline(limit: int = 1000, comments: int = 1000) -> tuple[Any, _Tokens]:
    recorder = _Tokens()
    pipeline = assemble_pipeline([recorder])
    warm_vocabulary(pipeline.nlp, WARM)
    pipeline._chunk_cache = _ChunkCache(pipeline.nlp, limit, comments)
    return pipeline, recorder


def test_learnt_chunks_give_the_tokens_of_spacys_own_tokenizer() -> None:
    pipeline, recorder = _pipeline()
    blank = spacy.blank("en")
    expected = [[(t.text, t.whitespace_) for t in blank.make_doc(text)] for text in TEXTS]
    for _ in range(3):  # the first pass teaches, the later ones read the cache
        recorder.seen.clear()
        pipeline.classify_many(TEXTS)
        assert recorder.seen == expected


def test_only_chunks_of_permanent_lexemes_are_taught_and_no_string_is_kept() -> None:
    pipeline, _ = _pipeline()
    nlp = pipeline.nlp
    strings_before, words_before = len(nlp.vocab.strings), set(nlp.vocab.strings)
    with nlp.memory_zone():
        docs = [nlp.make_doc(text) for text in TEXTS]
        pipeline._chunk_cache.collect([(text, len(text)) for text in TEXTS], docs)
    pending = {chunk for chunk, _ in pipeline._chunk_cache._pending.values()}
    assert {"Hello,", "world!", "zqxv-fair", "qwzx"} <= pending
    taught = pipeline._chunk_cache.teach()
    # "Hello," "world!" "The" "fair" "was" "hello" "world" "fair," "the" "Well" "done" ...
    assert 0 < taught < len(pending)
    assert len(nlp.vocab.strings) == strings_before
    assert set(nlp.vocab.strings) == words_before
    assert "zqxv" not in nlp.vocab.strings and "qwzx" not in nlp.vocab.strings
    # the taught chunks still tokenise as before, outside and inside a zone
    blank = spacy.blank("en")
    for text in TEXTS:
        with nlp.memory_zone():
            assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank.make_doc(text)]
    assert len(nlp.vocab.strings) == strings_before


def test_learning_is_bounded_by_comments_and_chunks() -> None:
    pipeline, _ = _pipeline(limit=1000, comments=3)
    cache = pipeline._chunk_cache
    pipeline.classify_many(TEXTS[:2])
    assert cache.learning and cache.comments_left == 1
    pipeline.classify_many(TEXTS * 5)
    assert not cache.learning and cache.comments_left == 0
    seen = len(cache.seen)
    pipeline.classify_many([f"fresh{i} words{i} here" for i in range(50)])
    assert len(cache.seen) == seen  # nothing looked at once learning has stopped

    pipeline, _ = _pipeline(limit=5, comments=1000)
    cache = pipeline._chunk_cache
    pipeline.classify_many([f"alpha{i} beta{i} gamma{i}" for i in range(20)])
    assert not cache.learning
    assert len(cache.seen) <= 5 + 3  # the last comment may finish once the room is gone


def test_a_worker_with_the_cache_keeps_its_vocabulary_over_many_new_comments() -> None:
    pipeline, _ = _pipeline(limit=200, comments=500)
    nlp = pipeline.nlp
    before = len(nlp.vocab.strings)
    pipeline.classify_many([f"Hello world the fair {i} word{i} x{i * 7}y, the fair!" for i in range(600)])
    assert len(nlp.vocab.strings) == before
    assert len(pipeline._chunk_cache.seen) <= 200 + 8
