"""The pipeline: one Language per process, all six labels, hate implies abuse, failures show."""

from __future__ import annotations

import json
import logging

import pytest
import spacy

import classifiers.detectors
from classifiers.base import LABELS, Detection, Explanation
from classifiers.pipeline import (
    THRESHOLD,
    ClassifierContext,
    Pipeline,
    assemble_pipeline,
    build_pipeline,
)


class _Fixed:
    """A detector that always reports the same detections."""

    version = "test"

    def __init__(self, name: str, *detections: tuple[str, float]):
        self.name = name
        self._detections = detections

    def detect(self, doc: object) -> list[Detection]:
        return [Detection(label, score, Explanation(self.name, f"{label}_rule", 0, 3, "abc"))
                for label, score in self._detections]


class _Broken:
    name = "broken"
    version = "0"

    def detect(self, doc: object) -> list[Detection]:
        raise RuntimeError("secret comment text must not leak")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return build_pipeline()


def test_build_once_then_classify_many_without_rebuilding(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_new_language(*args: object, **kwargs: object) -> None:
        raise AssertionError("a Language was built per comment")

    monkeypatch.setattr(spacy, "blank", no_new_language)
    monkeypatch.setattr(spacy, "load", no_new_language)
    nlp = pipeline.nlp
    first = pipeline.classify("sub to my channel")
    many = pipeline.classify_many(["sub to my channel", "how old are you? DM me", "lovely assembly"])
    assert pipeline.nlp is nlp
    assert many[0] == first
    assert [v.labels for v in many] == [("spam",), ("safeguarding",), ()]


def test_every_registered_detector_is_loaded_and_versioned(pipeline: Pipeline) -> None:
    names = {d.name for d in pipeline.detectors}
    assert len(pipeline.detectors) == len(classifiers.detectors.REGISTRY)
    assert {"personal_info", "safeguarding", "spam", "commercial"} <= names
    assert set(pipeline.versions) == names
    assert all(isinstance(v, str) and v for v in pipeline.versions.values())
    assert pipeline.nlp.pipe_names[-2:] == ["evasion_fold", "moderation_detectors"]


def test_verdict_has_a_score_for_every_label_and_labels_follow_the_threshold(pipeline: Pipeline) -> None:
    verdict = pipeline.classify("Selling uniform £15 ring me on 07700 900461")
    assert set(verdict.scores) == set(LABELS)
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert set(verdict.labels) == {k for k, s in verdict.scores.items() if s >= THRESHOLD}
    assert {"commercial", "personal_info"} <= set(verdict.labels)
    assert verdict.detector_versions == pipeline.versions
    assert not verdict.needs_review
    json.dumps(verdict.to_dict())  # serialisable as it is stored and printed


def test_all_six_labels_are_reachable(pipeline: Pipeline) -> None:
    texts = {
        "spam": "free robux, sub to my channel",
        "commercial": "please donate to my JustGiving",
        "personal_info": "email me at jane.doe@example.com",
        "safeguarding": "I don't want to be alive anymore",
    }
    for label, text in texts.items():
        assert label in pipeline.classify(text).labels, label


def test_hate_always_implies_abuse() -> None:
    pipe = assemble_pipeline([_Fixed("hate_only", ("hate", 0.9), ("abuse", 0.2))])
    verdict = pipe.classify("anything")
    assert verdict.labels == ("abuse", "hate")
    assert verdict.scores["abuse"] == verdict.scores["hate"] == 0.9
    assert verdict.explanations["abuse"][0].rule == "hate_implies_abuse"
    # below the threshold too: abuse is never lower than hate
    weak = assemble_pipeline([_Fixed("weak", ("hate", 0.3))]).classify("anything")
    assert weak.scores["abuse"] == 0.3 and weak.labels == ()


def test_failing_detector_makes_the_verdict_need_review(caplog: pytest.LogCaptureFixture) -> None:
    pipe = assemble_pipeline([_Broken(), _Fixed("ok", ("spam", 0.8))])
    with caplog.at_level(logging.ERROR):
        verdict = pipe.classify("secret comment text")
    assert verdict.needs_review is True
    assert verdict.errors == ("broken: RuntimeError",)
    assert verdict.labels == ("spam",)  # the other detectors still ran
    assert "secret comment text" not in caplog.text
    clean_looking = assemble_pipeline([_Broken()]).classify("hello")
    assert clean_looking.labels == () and clean_looking.needs_review is True


def test_unimportable_registry_entry_needs_review(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifiers.detectors, "REGISTRY",
                        ("classifiers.detectors.spam:SpamDetector", "classifiers.detectors.missing:Nope"))
    pipe = build_pipeline()
    verdict = pipe.classify("sub to my channel")
    assert verdict.needs_review is True
    assert "spam" in verdict.labels
    assert pipe.versions["Nope"] == "unavailable"


def test_context_per_call_overrides_the_build_context() -> None:
    from classifiers.detectors.commercial import CommercialDetector

    school = ClassifierContext(allow_phrases=("Oakfield PTA",))
    pipe = assemble_pipeline([CommercialDetector()], school)
    text = "Oakfield PTA cake sale, brownies £1 each"
    assert pipe.classify(text).labels == ()
    assert pipe.classify(text, ClassifierContext()).labels == ("commercial",)
    assert [v.labels for v in pipe.classify_many([text, text], ClassifierContext())] == [("commercial",)] * 2


def test_hard_negatives_stay_clean(pipeline: Pipeline) -> None:
    for text in ("how much are the tickets for the summer fair?", "is uniform on sale at the office?",
                 "congratulations to everyone", "killing it at sports day"):
        verdict = pipeline.classify(text)
        assert verdict.labels == (), (text, verdict.to_dict())
        assert not verdict.needs_review


# Ordinary school-page comments written to check precision on a mostly benign stream.
BENIGN = [
    'What a fantastic nativity, well done to all the cast!',
    'Can someone tell me what time the school disco finishes?',
    'My daughter came home buzzing about the science week experiments',
    'Is it non-uniform day on Friday? £1 for Children in Need?',
    'Thank you for organising the trip to the museum, the kids loved it',
    'Will there be an after school club during exam week?',
    'Huge thanks to the dinner ladies, always so kind',
    'Our son has been off sick, is there work he can do at home?',
    'Who won the house points this term?',
    'Is the car park open for the Christmas fair?',
    'Please can we have more notice for dress up days',
    'The new playground equipment looks amazing',
    'Brilliant performance from Year 2, I was in tears',
    'When do the swimming lessons start for Year 4?',
    'Can I drop off the permission slip at the office tomorrow?',
    'Well done to the chess club for reaching the finals',
    "I lost my son's PE bag, has anyone seen a blue one?",
    'The road outside is dangerous at pick up, can the council help?',
    "Happy retirement Mrs Wilson, you'll be missed!",
    'Love seeing the photos from forest school',
    'Where can I find the lunch menu for next week?',
    'My kids are dying to go back after the holidays, strange but true',
    'That penalty shoot-out was nerve wracking, well played',
    'The head teacher gave a brilliant speech at assembly',
    'Do you still need volunteers for the reading scheme?',
    'We are so proud of our daughter and the whole class',
    'Will photos be shared with parents privately?',
    'The parking situation is killing me every morning',
    'Just paid for the trip online, really easy',
    'Anyone know if the breakfast club has spaces?',
    'The PTA summer fair raised a fantastic amount, thank you all',
    "I'm going to cry at the leavers assembly, I just know it",
    "My son's been bullied on the bus, who do I speak to?",
    'Can you share the link to the online safety workshop?',
    'The kids were screaming with excitement at the pantomime',
    'Our little one starts reception in September, any tips?',
    "We'll be at the gates at 3.15 as usual",
    "Free school meals applications close on Friday, don't miss it",
    'Subscribe to the school newsletter via the website',
    'Congratulations to our Year 6 on their SATs results!',
]


def test_ordinary_comments_raise_no_pattern_label(pipeline: Pipeline) -> None:
    school = ClassifierContext(allow_phrases=("PTA",))
    pattern_labels = {"spam", "commercial", "personal_info", "safeguarding"}
    flagged = {text: v.labels for text, v in zip(BENIGN, pipeline.classify_many(BENIGN, school))
               if pattern_labels & set(v.labels)}
    assert flagged == {}


def test_adjustments_quote_words_not_patterns():
    """Moderators read adjustments in alerts: they name the words, never a regex."""
    from classifiers.pipeline import build_pipeline

    pipeline = build_pipeline()
    texts = [
        "i want to kill myself, everyone in my class laughed at me at sports day and nobody cares",
        "this homework is killing me lol, I could die of embarrassment",
        "ring me on 07700 900461 about the PTA raffle",
    ]
    seen = 0
    for text in texts:
        for explanations in pipeline.classify(text).explanations.values():
            for explanation in explanations:
                for adjustment in explanation.adjustments:
                    seen += 1
                    assert "(?:" not in adjustment and "\\b" not in adjustment and "\\s" not in adjustment, adjustment
    assert seen > 0


def test_new_words_do_not_stay_in_the_string_store(pipeline: Pipeline) -> None:
    # A worker runs for weeks on text nobody has seen: every comment's new token strings
    # must be dropped once its verdict is made, whichever entry point classified it.
    strings = pipeline.nlp.vocab.strings
    pipeline.classify("warm-up comment before counting")
    before = len(strings)
    one = [f"zqvord{i}x gribblewump{i} you idiot" for i in range(200)]
    verdicts = pipeline.classify_many(one) + [pipeline.classify(f"plonkety{i}q is a scam") for i in range(50)]
    assert len(strings) == before
    # the verdicts made inside the zone are intact afterwards
    assert "abuse" in verdicts[0].labels
    assert all(v.explanations for v in verdicts[:200])
    assert "zqvord7x" not in strings


def test_threads_sharing_one_pipeline_get_the_verdicts_of_a_serial_run(pipeline: Pipeline) -> None:
    # The worker's threads share the process's pipeline; each classifies inside a memory
    # zone, which must not drop strings another thread's doc still uses.
    from concurrent.futures import ThreadPoolExecutor

    batches = [[f"blorfin{t}x{i} you absolute idiot call 07700 900{i:03d}" for i in range(60)]
               + [f"snargle{t}y{i} lovely assembly today" for i in range(60)] for t in range(4)]
    serial = [[v.to_dict() for v in pipeline.classify_many(batch)] for batch in batches]
    before = len(pipeline.nlp.vocab.strings)

    def run(batch: list[str]) -> list[dict]:
        many = [v.to_dict() for v in pipeline.classify_many(batch)]
        one_by_one = [pipeline.classify(text).to_dict() for text in batch[:20]]
        assert one_by_one == many[:20]
        return many

    for _ in range(3):
        with ThreadPoolExecutor(max_workers=4) as pool:
            assert list(pool.map(run, batches)) == serial
    assert len(pipeline.nlp.vocab.strings) == before
    assert {"abuse", "personal_info"} <= set(serial[0][0]["labels"])
