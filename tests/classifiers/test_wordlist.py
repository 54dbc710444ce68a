"""The common-words list the personal-information detector reads lower-case names against."""

from __future__ import annotations

import pytest

from classifiers.datasets import DEFAULT_DATASETS_DIR
from classifiers.wordlist import COMMON_WORDS_PATH, build, common_words


def test_shipped_list_is_what_the_data_gives() -> None:
    if not (DEFAULT_DATASETS_DIR / "davidson-hate-offensive").exists():
        pytest.skip("shared datasets not present")
    shipped = COMMON_WORDS_PATH.read_text(encoding="utf-8").split()
    assert shipped == build()


def test_ordinary_words_are_common_and_childrens_names_are_not() -> None:
    words = common_words()
    assert {"the", "school", "swimming", "brilliant", "girl", "class"} <= words
    assert not {"ellie", "ava", "pemberton", "fenwick", "ashworth", "kaitlyn"} & words
    assert all(w == w.lower() and " " not in w for w in words)
