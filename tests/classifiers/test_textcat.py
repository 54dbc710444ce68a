"""The shipped text categoriser: loads offline, scores sensibly, calibrates, fails loudly."""

from __future__ import annotations

import socket

import pytest
import spacy

from classifiers.datasets import Example, Split
from classifiers.detectors.textcat import MODEL_DIR, THRESHOLDS, TextcatDetector, calibrate
from classifiers.train import MODEL_LABELS, build_training_examples
from monitor.errors import DetectorError


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL_DIR)


def test_loads_and_runs_without_network(monkeypatch) -> None:
    def refuse(self, address):  # pragma: no cover - only runs on a regression
        raise AssertionError(f"network access while loading the model: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    fresh = spacy.load(MODEL_DIR)
    assert set(fresh("hello").cats) == set(MODEL_LABELS)


def test_artefact_is_small_and_self_describing(nlp) -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    assert size < 5 * 1024 * 1024
    assert "textcat_multilabel" in nlp.pipe_names
    assert set(nlp.get_pipe("textcat_multilabel").labels) == set(MODEL_LABELS)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Check out my channel and subscribe, free gift cards in my bio", "spam"),
        ("you are a stupid fucking idiot and everyone hates you", "abuse"),
    ],
)
def test_model_scores_the_obvious_case_above_ordinary_chatter(nlp, text: str, label: str) -> None:
    benign = nlp("What time does the nativity start on Thursday?").cats[label]
    positive = nlp(text).cats[label]
    assert positive >= 0.5
    assert positive > benign + 0.3


def test_detector_reports_calibrated_scores_with_explanations(nlp) -> None:
    detector = TextcatDetector()
    doc = nlp("sub to my channel plz, free robux giveaway, link in bio")
    spam = [d for d in detector.detect(doc) if d.label == "spam"]
    expected = min(calibrate(doc.cats["spam"], THRESHOLDS["spam"]), 0.99)
    assert spam and spam[0].score == pytest.approx(expected, abs=1e-4)
    assert spam[0].explanation.detector == "textcat"
    assert "model probability" in spam[0].explanation.adjustments[0]


@pytest.mark.parametrize(("p", "threshold", "expected"),
                         [(0.0, 0.7, 0.0), (0.7, 0.7, 0.5), (1.0, 0.7, 1.0), (0.35, 0.7, 0.25), (0.85, 0.7, 0.75)])
def test_calibration_maps_threshold_to_one_half(p: float, threshold: float, expected: float) -> None:
    assert calibrate(p, threshold) == pytest.approx(expected)


def test_missing_scores_are_a_detector_error_not_a_clean_verdict() -> None:
    doc = spacy.blank("en")("no categoriser ran on this")
    with pytest.raises(DetectorError):
        TextcatDetector().detect(doc)


def test_setup_adds_the_categoriser_to_a_blank_pipeline() -> None:
    blank = spacy.blank("en")
    TextcatDetector().setup(blank)
    assert "textcat_multilabel" in blank.pipe_names
    assert set(blank("hello there").cats) == set(MODEL_LABELS)


def test_training_rows_leave_unannotated_labels_missing() -> None:
    def ex(text, labels, scope, source):
        return Example(text, frozenset(labels), frozenset(scope), source, source, f"{source}:0")

    splits = {
        "davidson": Split("davidson", (ex("a tweet", {"abuse"}, {"abuse", "hate"}, "davidson"),), (),
                          frozenset({"abuse", "hate"})),
        "youtube": Split("youtube", (ex("nice song", set(), {"spam"}, "youtube"),), (), frozenset({"spam"})),
        "school": Split("school", (ex("lovely fair", set(), MODEL_LABELS, "school"),), (),
                        frozenset(MODEL_LABELS)),
    }
    rows: dict[str, dict[str, float]] = {}
    for text, cats in build_training_examples(splits):
        rows.setdefault(text, cats)  # a comment's first row (YouTube's second copy is spam only)
    assert rows["a tweet"] == {"abuse": 1.0, "hate": 0.0}  # Davidson says nothing about spam
    assert rows["nice song"] == {"abuse": 0.0, "hate": 0.0, "spam": 0.0, "safeguarding": 0.0}
    assert rows["lovely fair"] == dict.fromkeys(MODEL_LABELS, 0.0)


def test_a_link_raises_a_promotional_model_score_and_is_the_explained_span(nlp) -> None:
    detector = TextcatDetector()
    with_link = nlp("great deals on my page www.cheap-deals.example.com")
    without = nlp("great deals on my page")
    # the same model opinion on both, so only the link differs (the boost is the rule under
    # test; what a given model makes of an unseen URL's hashed token is not)
    leaning = {"abuse": 0.05, "hate": 0.01, "spam": 0.30, "commercial": 0.20, "safeguarding": 0.02}
    with_link.cats = dict(leaning)
    without.cats = dict(leaning)
    spam_with = [d for d in detector.detect(with_link) if d.label == "spam"][0]
    spam_without = [d for d in detector.detect(without) if d.label == "spam"][0]
    assert spam_with.score == pytest.approx(spam_without.score + 0.30, abs=1e-4)
    exp = spam_with.explanation
    assert with_link.text[exp.start:exp.end] == exp.matched == "www.cheap-deals.example.com"
    assert any("link" in adj for adj in exp.adjustments)


def test_spaced_out_letters_are_left_to_the_lexicons(nlp) -> None:
    doc = nlp("c h e c k  o u t  m y  c h a n n e l")
    assert TextcatDetector().detect(doc) == []


def test_selling_more_than_spam_lowers_the_spam_score_and_skips_the_link_boost() -> None:
    doc = spacy.blank("en")("Tutoring from 12 pounds an hour, book at www.tutor.example.com")
    doc.cats = {"abuse": 0.0, "hate": 0.0, "spam": 0.6, "commercial": 0.7}
    spam = [d for d in TextcatDetector().detect(doc) if d.label == "spam"][0]
    assert spam.score == pytest.approx(calibrate(0.6, THRESHOLDS["spam"]) - 0.25, abs=1e-4)
    assert spam.score < 0.5
    assert any("reads as selling" in adj for adj in spam.explanation.adjustments)
    assert not any("link" in adj for adj in spam.explanation.adjustments)
