"""The cold-start measures keep behaviour: the model read with its tokenizer built once
gives the tokenizer, vocabulary and tokens ``spacy.load`` and screening gave, a model
with a tokenizer of its own is still read as saved, and the collector pause of the
build is undone afterwards."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.attrs import ORTH

from classifiers.datasets import load_splits
from classifiers.pipeline import (
    MODEL_DIR,
    _collector_paused,
    _load_model,
    default_screened_tokenizer,
    screen_tokenizer,
)

_SCREENS = {"_AffixScreen", "_LiteralScreen"}


@pytest.fixture(scope="module")
def loaded() -> tuple[Any, Any]:
    """(the model as spacy.load reads it, then screened; the model as _load_model reads it)"""
    old = spacy.load(MODEL_DIR)
    screen_tokenizer(old)
    return old, _load_model(MODEL_DIR)


def _screen_names(tokenizer: Any) -> set[str]:
    return {type(getattr(tokenizer, name).__self__).__name__
            for name in ("prefix_search", "suffix_search", "infix_finditer", "url_match")}


def test_the_tokenizer_is_the_saved_one_screened(loaded: tuple[Any, Any]) -> None:
    old, new = loaded
    saved = (MODEL_DIR / "tokenizer").read_bytes()
    assert new.tokenizer.to_bytes(exclude=["vocab"]) == saved == old.tokenizer.to_bytes(exclude=["vocab"])
    assert _screen_names(new.tokenizer) == _screen_names(old.tokenizer) == _SCREENS
    assert new.tokenizer.faster_heuristics == old.tokenizer.faster_heuristics
    assert new.tokenizer.max_cache_size == old.tokenizer.max_cache_size
    assert new.tokenizer.vocab is new.vocab
    assert dict(new.config["nlp"]["tokenizer"]) == {"@tokenizers": "spacy.Tokenizer.v1"}
    assert new.pipe_names == old.pipe_names


def test_the_vocabulary_is_the_one_spacy_load_gives(loaded: tuple[Any, Any]) -> None:
    old, new = loaded
    assert set(new.vocab.strings) == set(old.vocab.strings)
    # every lexeme the special cases made belongs to the vocabulary as read (none was
    # made before reading it and then orphaned), with the same attributes
    assert sorted(lex.orth for lex in new.vocab) == sorted(lex.orth for lex in old.vocab)
    for lex in old.vocab:
        other = new.vocab[lex.orth]
        assert (other.text, other.norm_, other.shape_, other.is_stop, other.like_num, other.is_punct,
                other.lang_) == (lex.text, lex.norm_, lex.shape_, lex.is_stop, lex.like_num, lex.is_punct,
                                 lex.lang_)


def _tokens(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    return [(t.text, t.whitespace_, t.idx, t.norm_, t.is_stop, t.like_num, t.like_url, t.like_email, t.shape_)
            for t in nlp.make_doc(text)]


def test_every_evaluation_text_gets_the_same_tokens(loaded: tuple[Any, Any]) -> None:
    old, new = loaded
    texts = [ex.text for split in load_splits().values() for ex in (*split.train, *split.test)]
    assert len(texts) > 10_000
    with old.memory_zone(), new.memory_zone():
        for index, text in enumerate(texts):
            assert _tokens(new, text) == _tokens(old, text), index
    cats_old, cats_new = old("Ring me on 07700 900461 x"), new("Ring me on 07700 900461 x")
    assert cats_new.cats == cats_old.cats  # the categoriser reads the same tokens the same way


def test_the_default_screened_tokenizer_is_spacys_default(loaded: tuple[Any, Any]) -> None:
    blank = spacy.blank("en")
    screened = default_screened_tokenizer(blank)
    assert screened.to_bytes(exclude=["vocab"]) == blank.tokenizer.to_bytes(exclude=["vocab"])
    assert _screen_names(screened) == _SCREENS
    text = "Mr. Smith's class (Y6) raised £5.50!! www.example.com/x don't... e-mail: a@example.com :)"
    assert [t.text for t in screened(text)] == [t.text for t in blank.make_doc(text)]


def test_a_model_with_a_tokenizer_of_its_own_is_read_as_saved(tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model)
    nlp = spacy.load(model)
    nlp.tokenizer.add_special_case("gimme", [{ORTH: "gim"}, {ORTH: "me"}])
    nlp.tokenizer.to_disk(model / "tokenizer", exclude=["vocab"])
    loaded = _load_model(model)
    assert [t.text for t in loaded.make_doc("gimme cake")] == ["gim", "me", "cake"]
    assert loaded.tokenizer.to_bytes(exclude=["vocab"]) == (model / "tokenizer").read_bytes()


def test_the_collector_pause_survives_gc_enable_and_is_undone() -> None:
    before = gc.get_threshold()
    with pytest.raises(KeyError), _collector_paused():
        gc.enable()  # what srsly's msgpack reader does while a model loads
        assert gc.get_threshold()[0] == 0
        raise KeyError("the block fails")
    assert gc.get_threshold() == before


def test_building_puts_the_collector_thresholds_back() -> None:
    from classifiers.pipeline import build_pipeline

    before = gc.get_threshold()
    gc.set_threshold(1234, 7, 9)
    try:
        pipeline = build_pipeline()
        assert gc.get_threshold() == (1234, 7, 9)
        assert gc.isenabled()
    finally:
        gc.set_threshold(*before)
    assert pipeline.classify("Lovely to see the children enjoying the fair!").labels == ()


def test_importing_the_pipeline_puts_the_collector_thresholds_back() -> None:
    import subprocess
    import sys

    code = ("import gc\n"
            "gc.set_threshold(1234, 7, 9)\n"
            "import classifiers.pipeline\n"
            "print(gc.get_threshold(), gc.isenabled())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split("\n")[0] == "(1234, 7, 9) True"
