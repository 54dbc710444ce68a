"""safeguarding detector: recall first, with evasions and the everyday phrases it must ignore."""

from __future__ import annotations

import pytest

from classifiers.detectors.safeguarding import SafeguardingDetector
from classifiers.pipeline import Pipeline, assemble_pipeline

SG = ("safeguarding",)
NONE: tuple[str, ...] = ()

TABLE = [
    # self-harm and suicidal intent
    ("I don't want to be alive anymore", SG, 0.85),
    ("i want to kill myself", SG, 0.85),
    ("I've been cutting myself again", SG, 0.85),
    ("everyone would be better off without me", SG, 0.85),
    ("I've taken a load of pills and I feel weird", SG, 0.85),
    ("gonna end it all tonight", SG, 0.85),
    ("k i l l m y s e l f", SG, 0.8),  # spelled out
    ("i w4nt t0 d1e", SG, 0.85),  # leetspeak
    ("ѕuicidal again", SG, 0.85),  # look-alike letter
    # disclosure of abuse or neglect
    ("my step dad hits me when mum is at work", SG, 0.85),
    ("Mum hits me with the belt when I get things wrong", SG, 0.85),
    ("My dad gets drunk and beats my mum and I'm scared", SG, 0.85),
    ("I'm scared to go home", SG, 0.85),
    ("we haven't eaten since friday, no food in the house", SG, 0.75),
    ("Mum's boyfriend locks me in my room without food", SG, 0.75),
    ("my uncle touched me and said not to tell", SG, 0.85),
    # adults seeking private contact with children
    ("how old are you? DM me", SG, 0.85),
    ("h0w 0ld r u", SG, 0.65),
    ("add me on snap, don't tell your parents", SG, 0.8),
    ("send me a pic of you babe", SG, 0.75),
    ("s3nd me a p1c", SG, 0.5),
    ("You're so pretty for 12, want to chat somewhere private?", SG, 0.8),
    ("What school do you go to? You look older than 13", SG, 0.75),
    ("this is our little secret ok", SG, 0.75),
    ("meet me after school by the shop, come alone", SG, 0.75),
    ("Do your parents check your phone? I'd like to chat just us", SG, 0.75),
    # threats of violence
    ("I'll stab you", SG, 0.85),
    ("im gonna batter him", SG, 0.85),
    ("I'll be waiting for you after school", SG, 0.85),
    ("I'm going to come down to that school and stab the head", SG, 0.85),
    ("I'll be bringing a knife in tomorrow, watch", SG, 0.85),
    ("I'll burn that school to the ground", SG, 0.85),
    ("I'll  s t a b  y o u", SG, 0.8),
    ("kys", SG, 0.85),
    # exploitation and nude images
    ("Older lads are giving my brother cash to carry packages for them", SG, 0.75),
    ("My brother's friends make me carry stuff to the park for money", SG, 0.75),
    ("Any of you girls want to earn some easy money? Message me privately", SG, 0.6),
    ("he's been sharing her nudes round year 9", SG, 0.8),
    ("send nudes", SG, 0.8),
    # hard negatives
    ("killing it at sports day!", NONE, 0.0),
    ("This homework is killing me, how do Year 5 do it?", NONE, 0.0),
    ("I nearly died laughing at the nativity", NONE, 0.0),
    ("she can shoot from anywhere on the netball court", NONE, 0.0),
    ("congratulations to everyone who took part", NONE, 0.0),
    ("selling uniform £15, DM me", NONE, 0.0),
    ("Tell Harry he's waiting at the gate", NONE, 0.0),
    ("the photos from sports day are on the website", NONE, 0.0),
    ("don't tell anyone about the surprise party for Mrs Khan!", NONE, 0.0),
    ("my dad is coming to the fair", NONE, 0.0),
    ("we will smash it at the quiz", NONE, 0.0),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return assemble_pipeline([SafeguardingDetector()])


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE)
def test_safeguarding_table(pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    verdict = pipeline.classify(text)
    assert verdict.labels == labels, verdict.to_dict()
    for label in labels:
        assert verdict.scores[label] >= min_score


def test_explanation_points_at_the_evaded_phrase(pipeline: Pipeline) -> None:
    text = "honestly i w4nt t0 d1e"
    verdict = pipeline.classify(text)
    best = verdict.explanations["safeguarding"][0]
    assert best.detector == "safeguarding"
    assert best.rule == "suicidal_intent"
    assert text[best.start : best.end] == best.matched == "w4nt t0 d1e"


def test_weak_contact_signal_is_raised_by_child_context_and_lowered_by_selling(pipeline: Pipeline) -> None:
    alone = pipeline.classify("DM me").scores["safeguarding"]
    childish = pipeline.classify("DM me pretty, our secret").scores["safeguarding"]
    selling = pipeline.classify("DM me to buy, £5 each").scores["safeguarding"]
    assert selling < alone < 0.5 <= childish
    [explanation] = [e for e in pipeline.classify("DM me to buy, £5 each").explanations.get("safeguarding", [])
                     if e.rule == "private_contact"] or [None]
    assert explanation is None or any("hard negative" in a for a in explanation.adjustments)
