"""Leave-batch-out: how a categoriser does on wording written after it was trained.

The school test half flatters every model, because its cases were written in the same
rounds, often from the same templates, as the training half. The blind cases are the honest
check, but they may only be looked at in aggregate. This protocol simulates them with data
we may read: train on everything :func:`classifiers.train.build_training_examples` uses
*except* one whole batch of school cases (``sc11-*``, ``sc27-*``, ...: both halves), then score
that batch -- every case of it, none was in training -- with the **model alone**
(``doc.cats``), per model label:

- recall at the lowest threshold whose precision is at least 0.75 (the safeguarding floor);
- average precision (threshold-free ranking quality);
- both again as ``mixed``: the batch's positives ranked among the batch's negatives *and*
  every negative of the school test half outside the batch (also never trained on). A batch
  is about half positives, so precision 0.75 within it is easy; the mixed figure is the one
  that separates models.

``python -m classifiers.experiments.leave_batch_out [--arch NAME ...] [--batch sc11 ...]
[--epochs N] [--json FILE]`` trains one model per (architecture, batch) in a temporary
folder, prints the table and, per architecture, training seconds, size on disk and the
cost per comment of the categoriser alone relative to the bag of words trained in the same
run (the machine is shared, so only the ratio means anything). Nothing here reads the
blind cases. Only case ids and figures are printed, never comment text.

Architectures (:data:`ARCHITECTURES`): ``bow`` (the shipped one: unigrams over ORTH);
``bow_wide`` (the same with a 2**18 hash table); ``bow_bigram`` (ORTH bigrams too, the same
features as ``spacy.TextCatBOW.v3`` with ``ngram_size`` 2), ``bow_lower``, ``bow_lower_bigram``
and ``bow_norm`` (the bag over another token attribute: registered below as
``school.TextCatBOWAttr.v1``, because ``spacy.TextCatBOW.v3`` hard-codes ORTH); ``bow_stems`` (``school.TextCatBOWStems.v1``: ORTH unigrams plus the first
four and five letters of each lower-cased word, a stemmer with no data); ``ensemble``
(``spacy.TextCatEnsemble.v2``: the bag plus a width-64 ``spacy.Tok2Vec.v2`` over hashed
NORM/PREFIX/SUFFIX/SHAPE, MaxoutWindowEncoder depth 2); ``reduce`` (``spacy.TextCatReduce.v1``
over the same tok2vec, mean and max pooled, no bag) and ``reduce_chars`` (the same over
``spacy.CharacterEmbed.v2``). The two ``school.*`` architectures exist only in this module:
a model using one loads only where this module has been imported.

Results and the decision they led to: ``classifiers/EVAL_NOTES.md``, "Model architecture
experiment".
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import LOWER, NORM, ORTH
from spacy.ml.models.textcat import _build_bow_text_classifier
from spacy.strings import get_string_id
from thinc.api import Model, SparseLinear_v2

from classifiers.datasets import Example, Split, load_splits
from classifiers.train import EPOCHS, MODEL_LABELS, bow_architecture, train

__all__ = ["ARCHITECTURES", "PRECISION_FLOOR", "average_precision", "leave_batch_out", "main",
           "recall_at_precision"]

log = logging.getLogger(__name__)

PRECISION_FLOOR = 0.75
BATCHES = ("sc11", "sc12")


@spacy.registry.architectures("school.TextCatBOWAttr.v1")
def build_bow_attr(exclusive_classes: bool, ngram_size: int, no_output_layer: bool, length: int = 2**16,
                   attr: str = "ORTH", nO: int | None = None):
    """``spacy.TextCatBOW.v3`` with the token attribute chosen (``LOWER`` folds case)."""
    from spacy.ml.models import textcat as tc

    chosen = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM}[attr]
    return _bow_with_features(partial(_extract_with_attr, tc.extract_ngrams, chosen), exclusive_classes,
                              ngram_size, no_output_layer, length, nO)


def _bow_with_features(extract, exclusive_classes: bool, ngram_size: int, no_output_layer: bool, length: int,
                       nO: int | None):
    """spaCy's bag-of-words categoriser built with ``extract`` in place of its n-gram
    features: ``_build_bow_text_classifier`` reads ``extract_ngrams`` from its module (with
    ``attr=ORTH``), so the module's function is swapped for the build only."""
    from spacy.ml.models import textcat as tc

    length = 2 ** (length - 1).bit_length()
    original = tc.extract_ngrams
    tc.extract_ngrams = extract
    try:
        return _build_bow_text_classifier(exclusive_classes=exclusive_classes, ngram_size=ngram_size,
                                          no_output_layer=no_output_layer, nO=nO,
                                          sparse_linear=SparseLinear_v2(nO=nO, length=length))
    finally:
        tc.extract_ngrams = original


def _extract_with_attr(original, chosen, ngram_size, attr=ORTH):
    return original(ngram_size, attr=chosen)


def _stem_keys(lower: str, sizes: tuple[int, ...]) -> list[int]:
    return [get_string_id(f"stem{n}:{lower[:n]}") for n in sizes if len(lower) > n]


def _extract_with_stems(ngram_size: int, sizes: tuple[int, ...]) -> Model:
    """ORTH n-grams (as ``spacy.TextCatBOW.v3``) plus hashed word beginnings of the lower case.

    "starving" and "starve" share ``stem5:starv``, a misspelt ending keeps its beginning:
    a crude stemmer with no data, memoised per word so the cost stays near the plain bag.
    """
    memo: dict[int, list[int]] = {}

    def forward(model: Model, docs, is_train: bool):
        batch_keys, batch_vals = [], []
        xp = model.ops.xp
        for doc in docs:
            unigrams = model.ops.asarray(doc.to_array([ORTH]))
            parts = [unigrams]
            for n in range(2, ngram_size + 1):
                parts.append(model.ops.ngrams(n, unigrams))
            extra: list[int] = []
            for orth in unigrams.tolist():
                keys = memo.get(orth)
                if keys is None:
                    keys = memo[orth] = _stem_keys(doc.vocab.strings[orth].lower(), sizes)
                extra.extend(keys)
            if extra:
                parts.append(xp.asarray(extra, dtype="uint64"))
            keys, vals = xp.unique(xp.concatenate(parts), return_counts=True)
            batch_keys.append(keys)
            batch_vals.append(vals)
        lengths = model.ops.asarray([len(k) for k in batch_keys], dtype="int32")
        return (xp.concatenate(batch_keys), model.ops.asarray(xp.concatenate(batch_vals), dtype="f",),
                lengths), lambda dY: []

    return Model("extract_with_stems", forward)


@spacy.registry.architectures("school.TextCatBOWStems.v1")
def build_bow_stems(exclusive_classes: bool, ngram_size: int, no_output_layer: bool, length: int = 2**16,
                    stem_sizes: list[int] = (4, 5), nO: int | None = None):
    """``spacy.TextCatBOW.v3`` whose features also hold word beginnings (:func:`_extract_with_stems`)."""
    return _bow_with_features(lambda n, attr=ORTH: _extract_with_stems(n, tuple(stem_sizes)), exclusive_classes,
                              ngram_size, no_output_layer, length, nO)


def _tok2vec(width: int = 64, depth: int = 2, chars: bool = False) -> dict[str, Any]:
    if chars:
        embed = {"@architectures": "spacy.CharacterEmbed.v2", "width": width, "rows": 5000,
                 "nM": 16, "nC": 4, "include_static_vectors": False}
    else:
        embed = {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                 "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                 "include_static_vectors": False}
    return {"@architectures": "spacy.Tok2Vec.v2", "embed": embed,
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                       "window_size": 1, "maxout_pieces": 3, "depth": depth}}


def _bow_attr(attr: str, ngram_size: int = 1) -> dict[str, Any]:
    return {"@architectures": "school.TextCatBOWAttr.v1", "exclusive_classes": False, "ngram_size": ngram_size,
            "no_output_layer": False, "length": 2**16, "attr": attr}


def _bow_wide() -> dict[str, Any]:
    config = bow_architecture()
    config["length"] = 2**18  # fewer hash collisions between words, four times the weights
    return config


def _bow_stems() -> dict[str, Any]:
    return {"@architectures": "school.TextCatBOWStems.v1", "exclusive_classes": False, "ngram_size": 1,
            "no_output_layer": False, "length": 2**17, "stem_sizes": [4, 5]}


def _ensemble() -> dict[str, Any]:
    bow = bow_architecture()
    bow["nO"] = None
    return {"@architectures": "spacy.TextCatEnsemble.v2", "tok2vec": _tok2vec(), "linear_model": bow,
            "nO": None}


def _reduce(chars: bool = False) -> dict[str, Any]:
    return {"@architectures": "spacy.TextCatReduce.v1", "tok2vec": _tok2vec(chars=chars),
            "exclusive_classes": False, "use_reduce_first": False, "use_reduce_last": False,
            "use_reduce_max": True, "use_reduce_mean": True}


ARCHITECTURES = {
    "bow": bow_architecture,
    "bow_bigram": partial(_bow_attr, "ORTH", 2),
    "bow_wide": _bow_wide,
    "bow_lower": partial(_bow_attr, "LOWER"),
    "bow_lower_bigram": partial(_bow_attr, "LOWER", 2),
    "bow_norm": partial(_bow_attr, "NORM"),
    "bow_stems": _bow_stems,
    "ensemble": _ensemble,
    "reduce": _reduce,
    "reduce_chars": partial(_reduce, True),
}


def recall_at_precision(scores: Sequence[float], truths: Sequence[bool], floor: float = PRECISION_FLOOR) -> tuple[float, float]:
    """Best recall (and its threshold) among thresholds whose precision is at least ``floor``."""
    positives = sum(truths)
    if not positives:
        return 0.0, 1.0
    ranked = sorted(zip(scores, truths), key=lambda pair: -pair[0])
    best, best_threshold, tp = 0.0, 1.0, 0
    for i, (score, truth) in enumerate(ranked):
        tp += truth
        # only cut between distinct scores: ties all go in together
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue
        if tp / (i + 1) >= floor and tp / positives > best:
            best, best_threshold = tp / positives, score
    return best, best_threshold


def average_precision(scores: Sequence[float], truths: Sequence[bool]) -> float:
    """Mean of the precision at each true case, ranked by score (sklearn's definition, no ties)."""
    positives = sum(truths)
    if not positives:
        return 0.0
    ranked = sorted(zip(scores, truths), key=lambda pair: -pair[0])
    tp, total = 0, 0.0
    for i, (_, truth) in enumerate(ranked):
        if truth:
            tp += 1
            total += tp / (i + 1)
    return total / positives


def _batch_prefix(text: str) -> str:
    """A batch named on the command line: ``sc`` and a number, as the case ids begin."""
    if not re.fullmatch(r"sc\d+", text):
        raise argparse.ArgumentTypeError(f"not a batch prefix (like sc27): {text!r}")
    return text


def _without_batch(splits: dict[str, Split], prefix: str) -> tuple[dict[str, Split], list[Example]]:
    school = splits["school"]
    held = [ex for ex in school.train + school.test if ex.ident.startswith(prefix + "-")]
    if not held:
        raise ValueError(f"no school case belongs to batch {prefix!r}")
    kept = tuple(ex for ex in school.train if not ex.ident.startswith(prefix + "-"))
    out = dict(splits)
    out["school"] = Split("school", kept, school.test, school.scope)
    return out, held


def _size_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _cost_s(nlp: Any, docs: list[Any], rounds: int = 3) -> float:
    """Seconds per comment of the categoriser alone (docs tokenised beforehand), best of ``rounds``."""
    component = nlp.get_pipe("textcat_multilabel")
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for _doc in component.pipe(docs, batch_size=256):
            pass
        best = min(best, time.perf_counter() - started)
    return best / len(docs)


def score_batch(nlp: Any, held: list[Example], others: list[Example]) -> dict[str, dict[str, float]]:
    """Per label: the batch alone, and the batch's positives among every unseen negative.

    A batch is about half positives, so precision 0.75 is easy within it; ``mixed`` adds the
    negatives of the school test half (other batches, never trained on either), closer to
    the mix a school sees.
    """
    cats = [doc.cats for doc in nlp.pipe([ex.text for ex in held], batch_size=256)]
    other_cats = [doc.cats for doc in nlp.pipe([ex.text for ex in others], batch_size=256)]
    out = {}
    for label in MODEL_LABELS:
        truths = [label in ex.labels for ex in held]
        scores = [c.get(label, 0.0) for c in cats]
        recall, threshold = recall_at_precision(scores, truths)
        negatives = [c.get(label, 0.0) for ex, c in zip(others, other_cats)
                     if label in ex.scope and label not in ex.labels]
        mixed_scores = scores + negatives
        mixed_truths = truths + [False] * len(negatives)
        mixed, _ = recall_at_precision(mixed_scores, mixed_truths)
        out[label] = {"support": sum(truths), "recall_at_p75": round(recall, 4),
                      "threshold": round(threshold, 4), "ap": round(average_precision(scores, truths), 4),
                      "mixed_recall_at_p75": round(mixed, 4),
                      "mixed_ap": round(average_precision(mixed_scores, mixed_truths), 4)}
    return out


def leave_batch_out(archs: Sequence[str], batches: Sequence[str] = BATCHES, epochs: int = EPOCHS,
                    work_dir: Path | None = None, json_path: Path | None = None) -> dict[str, Any]:
    splits = load_splits(include=("davidson", "youtube", "sms", "school"))
    cost_texts = [ex.text for ex in splits["school"].test]
    report: dict[str, Any] = {"epochs": epochs, "results": {}}
    reference_nlp = None
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        for arch in archs:
            entry: dict[str, Any] = {"batches": {}}
            for batch in batches:
                fit, held = _without_batch(splits, batch)
                started = time.perf_counter()
                out = train(Path(tmp) / f"{arch}-{batch}", epochs, splits=fit,
                            architecture=ARCHITECTURES[arch]())
                entry.setdefault("train_s", []).append(round(time.perf_counter() - started, 1))
                entry["size_bytes"] = _size_bytes(out)
                nlp = spacy.load(out)
                others = [ex for ex in fit["school"].test if not ex.ident.startswith(batch + "-")]
                entry["batches"][batch] = {"n": len(held), **score_batch(nlp, held, others)}
                log.info("%s without %s: %s", arch, batch, json.dumps(entry["batches"][batch]["safeguarding"]))
            if reference_nlp is None:
                reference_nlp = spacy.load(Path(__file__).resolve().parent.parent / "model")
            docs = [reference_nlp.make_doc(text) for text in cost_texts]
            ref = own = float("inf")
            for _ in range(3):  # interleaved, so both see the same load on a shared machine
                ref = min(ref, _cost_s(reference_nlp, docs, 1))
                own = min(own, _cost_s(nlp, docs, 1))
            entry["cost_us"] = round(own * 1e6, 1)
            entry["cost_ratio_vs_shipped"] = round(own / ref, 2)
            report["results"][arch] = entry
            if json_path is not None:  # partial results survive a stopped run
                json_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def render(report: dict[str, Any]) -> str:
    lines = [f"{'arch':<18}{'batch':<7}" + "".join(f"{label[:6]:>14}" for label in MODEL_LABELS)
             + "   (recall at P>=0.75 / average precision)"]
    for arch, entry in report["results"].items():
        for batch, figures in entry["batches"].items():
            cells = "".join(f"{figures[label]['recall_at_p75']:>7.3f}/{figures[label]['ap']:<6.3f}"
                            for label in MODEL_LABELS)
            lines.append(f"{arch:<18}{batch:<7}{cells}")
            cells = "".join(f"{figures[label]['mixed_recall_at_p75']:>7.3f}/{figures[label]['mixed_ap']:<6.3f}"
                            for label in MODEL_LABELS)
            lines.append(f"{'  mixed':<18}{batch:<7}{cells}")
        lines.append(f"{'':<18}train {entry['train_s']} s, {entry['size_bytes'] / 1e6:.2f} MB, "
                     f"{entry['cost_us']} us/comment ({entry['cost_ratio_vs_shipped']}x shipped)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.experiments.leave_batch_out",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--arch", action="append", choices=sorted(ARCHITECTURES))
    parser.add_argument("--batch", action="append", type=_batch_prefix,
                        help="a batch prefix such as sc27 (default: sc11 and sc12)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # --json is written after each architecture, so it is complete when this returns
    report = leave_batch_out(args.arch or ["bow"], args.batch or BATCHES, args.epochs, json_path=args.json)
    sys.stdout.write(render(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
