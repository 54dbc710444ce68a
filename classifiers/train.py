"""Train the shipped text categoriser (``classifiers/model/``), reproducibly.

``python -m classifiers.train [--out DIR] [--epochs N]`` builds a spaCy
``textcat_multilabel`` with the bag-of-words architecture (unigrams and bigrams, CPU,
a couple of MB) over the *training* halves of the splits in :mod:`classifiers.datasets`:

- Davidson hate/offensive tweets -> ``abuse`` and ``hate``;
- YouTube comment spam (every video but the held-out one) and SMS spam -> ``spam``;
  their ham also serves as a "not abuse" example, since nearly all of it is ordinary
  chatter (the few rude rows are noise the model tolerates);
- the school cases whose seeded id hash falls in the training half -> every label
  the model knows. They are repeated so a few hundred school comments are not drowned
  by twenty thousand US tweets.

A label a source never annotated is left *missing*, not negative, so Davidson says
nothing about spam. Nothing held out by :func:`classifiers.datasets.load_splits` is
used. Seeds are fixed, so two runs on the same data give the same weights.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.training import Example as SpacyExample
from spacy.util import fix_random_seed, minibatch

from classifiers.datasets import Example, load_splits

__all__ = ["MODEL_DIR", "MODEL_LABELS", "build_training_examples", "main", "train"]

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "model"  # where classifiers.pipeline loads it from
MODEL_LABELS = ("abuse", "hate", "spam", "commercial")
SEED = 20261122
SCHOOL_REPEAT = 8  # weight of one school case relative to one public row
BOW_LENGTH = 2**17  # hashed feature table; 2**17 x 4 labels keeps the artefact near 2 MB


def _cats(ex: Example) -> dict[str, float]:
    scope = set(ex.scope)
    if ex.source in {"youtube", "sms"} and not ex.labels:
        scope |= {"abuse", "hate"}  # ham as "not abuse" (see module docstring)
    if ex.source in {"youtube", "sms"} and ex.labels:
        scope |= {"abuse", "hate"}  # spam is promotion, not abuse, in these sources
    return {label: float(label in ex.labels) for label in MODEL_LABELS if label in scope}


def build_training_examples(splits) -> list[tuple[str, dict[str, float]]]:
    rows: list[tuple[str, dict[str, float]]] = []
    for name in ("davidson", "youtube", "sms", "school"):
        if name not in splits:
            continue
        repeat = SCHOOL_REPEAT if name == "school" else 1
        for ex in splits[name].train:
            cats = _cats(ex)
            if cats:
                rows.extend([(ex.text, cats)] * repeat)
    return rows


def train(out_dir: Path = MODEL_DIR, epochs: int = 6, datasets_root: Path | None = None) -> Path:
    fix_random_seed(SEED)
    rng = random.Random(SEED)
    splits = load_splits(datasets_root, include=("davidson", "youtube", "sms", "school"))
    rows = build_training_examples(splits)
    log.info("training on %d rows (school cases repeated %dx)", len(rows), SCHOOL_REPEAT)

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={
            "threshold": 0.5,
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": BOW_LENGTH,
            },
        },
    )
    for label in MODEL_LABELS:
        textcat.add_label(label)
    examples = [SpacyExample.from_dict(nlp.make_doc(text), {"cats": cats}) for text, cats in rows]
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=64):
            nlp.update(batch, sgd=optimizer, drop=0.1, losses=losses)
        log.info("epoch %d loss %.3f", epoch + 1, losses.get("textcat_multilabel", 0.0))
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "school_textcat", "version": "1.0.0",
                     "description": "Bag-of-words abuse/hate/spam/commercial categoriser"})
    nlp.to_disk(out_dir)
    return out_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.train", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--datasets", type=Path, default=None, help="datasets folder")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    out = train(args.out, args.epochs, args.datasets)
    log.info("saved %s in %.1f s", out, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
