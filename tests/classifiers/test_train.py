"""Training the categoriser: reproducible bytes, held-out rows kept out, a case file that keeps its conventions."""

from __future__ import annotations

import json

import pytest
import spacy

from classifiers.base import LABELS
from classifiers.datasets import SCHOOL_CASES_PATH, Example, Split
from classifiers.train import (
    LAST_TRAINED_BATCH,
    MODEL_LABELS,
    PUBLIC_NEGATIVES,
    SCHOOL_REPEAT,
    YOUTUBE_REPEAT,
    batch_number,
    build_training_examples,
    calibration_splits,
    through_batch,
    train,
)

KINDS = {"positive", "hard_negative", "benign", "evasion", "threat"}


def _ex(text: str, labels: set[str], source: str = "school", ident: str | None = None) -> Example:
    ident = ident or f"{source}:{text}"
    scope = MODEL_LABELS if source == "school" else {"spam"}
    return Example(text, frozenset(labels), frozenset(scope), source, ident, ident)


def _tiny_splits() -> dict[str, Split]:
    risky = [f"i want to hurt myself tonight {i}" for i in range(6)] + ["nobody would miss me if i was gone"]
    calm = [f"what time does the fair start {i}" for i in range(6)] + ["lovely photos of the nativity"]
    school = tuple(_ex(t, {"safeguarding"}) for t in risky) + tuple(_ex(t, set()) for t in calm)
    held_out = (_ex("a held out sentence about the trip", set(), ident="school:held"),)
    youtube = (_ex("subscribe to my channel", {"spam"}, "youtube"), _ex("great song", set(), "youtube"))
    return {
        "school": Split("school", school, held_out, frozenset(LABELS)),
        "youtube": Split("youtube", youtube, (), frozenset({"spam"})),
    }


@pytest.fixture(scope="module")
def trained_twice(tmp_path_factory):
    splits = _tiny_splits()
    first = train(tmp_path_factory.mktemp("first") / "model", epochs=3, splits=splits)
    second = train(tmp_path_factory.mktemp("second") / "model", epochs=3, splits=splits)
    return first, second


def test_training_twice_gives_the_same_bytes(trained_twice) -> None:
    first, second = trained_twice
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert (first / "textcat_multilabel" / "model").stat().st_size > 0
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_another_seed_gives_other_weights(trained_twice, tmp_path) -> None:
    # the experiments' noise check (classifiers.experiments.model_threshold, variant seed2)
    other = train(tmp_path / "model", epochs=3, splits=_tiny_splits(), seed=2)
    weights = ("textcat_multilabel", "model")
    assert (other.joinpath(*weights)).read_bytes() != trained_twice[0].joinpath(*weights).read_bytes()


def test_trained_model_separates_what_it_was_shown(trained_twice) -> None:
    nlp = spacy.load(trained_twice[0])
    assert set(nlp("hello").cats) == set(MODEL_LABELS)
    risky = nlp("i want to hurt myself tonight").cats["safeguarding"]
    calm = nlp("what time does the fair start").cats["safeguarding"]
    assert risky > calm


def test_school_cases_are_repeated_and_test_rows_never_used() -> None:
    splits = _tiny_splits()
    rows = build_training_examples(splits)
    texts = [text for text, _ in rows]
    assert texts.count("nobody would miss me if i was gone") == SCHOOL_REPEAT
    assert texts.count("great song") == YOUTUBE_REPEAT
    assert "a held out sentence about the trip" not in texts


def test_label_repeat_weights_school_positives_only() -> None:
    splits = _tiny_splits()
    rows = build_training_examples(splits, label_repeat={"safeguarding": 3})
    texts = [text for text, _ in rows]
    assert texts.count("nobody would miss me if i was gone") == 3 * SCHOOL_REPEAT
    assert texts.count("lovely photos of the nativity") == SCHOOL_REPEAT
    assert texts.count("subscribe to my channel") == YOUTUBE_REPEAT  # public rows keep their weight
    assert build_training_examples(splits, label_repeat={}) == build_training_examples(splits)


def _first_rows(rows: list[tuple[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    first: dict[str, dict[str, float]] = {}
    for text, cats in rows:
        first.setdefault(text, cats)
    return first


def test_youtube_comments_count_twice_for_spam_only() -> None:
    rows = [cats for text, cats in build_training_examples(_tiny_splits()) if text == "subscribe to my channel"]
    assert len(rows) == YOUTUBE_REPEAT == 2
    assert rows[0] == {"abuse": 0.0, "hate": 0.0, "spam": 1.0, "safeguarding": 0.0}  # the comment itself
    assert rows[1] == {"spam": 1.0}  # the extra copy weighs spam and nothing else


def test_public_spam_sets_are_safeguarding_negatives_unless_told_otherwise() -> None:
    splits = _tiny_splits()
    shipped = _first_rows(build_training_examples(splits))
    assert shipped["great song"] == {"abuse": 0.0, "hate": 0.0, "spam": 0.0, "safeguarding": 0.0}
    narrowed = _first_rows(build_training_examples(splits, public_negatives=PUBLIC_NEGATIVES - {"safeguarding"}))
    assert narrowed["great song"] == {"abuse": 0.0, "hate": 0.0, "spam": 0.0}
    # school cases are untouched: safeguarding stays annotated there
    assert narrowed["lovely photos of the nativity"]["safeguarding"] == 0.0


def test_calibration_slice_comes_from_training_rows_only() -> None:
    splits = _tiny_splits()
    fit, held = calibration_splits(splits)
    for name, split in splits.items():
        kept = set(fit[name].train) | set(held[name])
        assert kept == set(split.train)
        assert not set(fit[name].train) & set(held[name])
        assert fit[name].test == split.test


def test_case_file_keeps_its_labelling_conventions() -> None:
    rows = [json.loads(line) for line in SCHOOL_CASES_PATH.read_text(encoding="utf-8").splitlines() if line]
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    seen: dict[str, set[str]] = {}
    for row in rows:
        labels = set(row["labels"])
        # a text written twice (two batches) must be labelled the same both times
        assert seen.setdefault(row["text"].strip().lower(), labels) == labels, row["id"]
        assert labels <= set(LABELS), row["id"]
        assert row["kind"] in KINDS, row["id"]
        if "hate" in labels:
            assert "abuse" in labels, row["id"]  # hate always also carries abuse
        if row["kind"] == "threat":
            assert "safeguarding" in labels, row["id"]
        if row["kind"] in {"benign", "hard_negative"}:
            assert not labels, row["id"]


@pytest.mark.parametrize(("ident", "batch"), [
    ("sc54-0001", 54), ("sc9-0120", 9), ("sc13a-0004", 13), ("bl2-0001", None), ("sb-0003", None),
    ("youtube:12", None),
])
def test_batch_number_reads_the_case_id_series(ident: str, batch: int | None) -> None:
    assert batch_number(ident) == batch


def test_training_stops_at_the_last_trained_batch_and_keeps_every_test_case() -> None:
    old = _ex("an older batch's case", set(), ident="sc12-0001")
    newer = _ex("a newer batch's case", {"safeguarding"}, ident=f"sc{LAST_TRAINED_BATCH + 1}-0001")
    other = _ex("a case outside the series", set(), ident="sb-0001")
    test_case = _ex("a newer test case", set(), ident=f"sc{LAST_TRAINED_BATCH + 1}-0002")
    splits = {"school": Split("school", (old, newer, other), (test_case,), frozenset(LABELS)),
              "youtube": Split("youtube", (_ex("great song", set(), "youtube"),), (), frozenset({"spam"}))}
    kept = through_batch(splits, LAST_TRAINED_BATCH)
    assert kept["school"].train == (old, other)
    assert kept["school"].test == (test_case,)  # evaluation still reads every batch
    assert kept["youtube"] is splits["youtube"]
    assert through_batch(splits, LAST_TRAINED_BATCH + 1)["school"].train == (old, newer, other)
