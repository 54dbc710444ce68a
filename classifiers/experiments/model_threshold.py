"""The categoriser's safeguarding thresholds, chosen on batches the model never saw.

``MODEL_ACT`` and ``MODEL_REVIEW`` (``classifiers/detectors/safeguarding.py``) were chosen
by ``python -m classifiers.train --calibrate`` on a slice of the training cases, on which
the hand-written rules were tuned: there the model seems to matter less than it does on
wording nobody tuned for, where it has to carry recall. So its thresholds are read off the
probabilities it gives to *unseen* wording.

Protocol (leave one group of batches out, as :mod:`classifiers.experiments.leave_batch_out`
but over every school batch): the school cases are grouped by the batch in their id
(``sc11-0042`` is batch ``sc11``) into :data:`FOLDS`, which cover the whole case file: the
six folds of the first reading (batches up to sc12) and, since, three consecutive batches a
fold from sc13 to sc38 (:data:`FOLD_SETS` names the two parts).
For each fold a model is trained exactly as :func:`classifiers.train.train` does, without
any case of the fold's batches (either half), and records, for every case of the fold, the
model's safeguarding probability; it also scores every safeguarding negative of the school
*test* half outside the fold (never trained on either). Each record also says whether the
**rules alone** flag the case: the default pipeline's safeguarding detections other than
``model:safeguarding`` reaching 0.5. The rules were tuned on these batches, so their recall
here flatters; the model's probabilities and the negatives are honest.

From the records (:func:`build_curve`), per threshold ``t``:

- *model alone, pooled*: every school case once, scored by the model that did not see its
  batch: precision and recall of ``p >= t``;
- *model alone, mixed*: per fold, the fold's cases plus the test-half negatives outside it
  (the mix of ``leave_batch_out``'s ``mixed`` figure), summed over folds. Those extra
  negatives make it the stricter precision, so it is the one the rules below read;
- *rules + model*: ``rules or p >= t``, pooled and mixed;
- *added by the model*: flags the rules would not raise (true / false), and the share of
  the positives the rules miss that the model catches;
- *public flagged*: the share of the public spam sets' test rows (YouTube's held-out video,
  SMS; spam and ham, never safeguarding) the model alone flags, averaged over the folds'
  models: the cost on non-school text of a training choice that stops calling it negative.

:func:`choose_thresholds` states the decision rules, each "the lowest grid threshold from
which the figure stays at or above the floor at every higher threshold":

- ``MODEL_ACT``: rules + model, mixed precision >= :data:`SYSTEM_PRECISION` (0.75, the
  issue's floor for safeguarding: recall first, precision spent down to the floor). The
  mixed set held about one positive in nine with the case file up to sc12, a stricter mix
  than any school evaluation set (the school halves hold about one in three), which is the
  margin for the rules being more precise on these tuned negatives than on new wording.
  The mix is not fixed: every fold brings in all the test-half negatives outside it, so as
  the case file grows the margin grows (one in 16.5 up to sc38; EVAL_NOTES.md);
- ``MODEL_ACT_MODEL_ALONE``: the model alone, mixed precision >= :data:`ACT_PRECISION`
  (0.80), the stricter alternative: the model's own flags judged without the rules;
- ``MODEL_REVIEW``: the model alone, mixed precision >= :data:`REVIEW_PRECISION` (0.50: at
  least every other model review item is real; review items are looked at, never hidden).

``python -m classifiers.experiments.model_threshold [--variant NAME ...] [--fold NAME ...]
[--epochs N] [--json FILE] [--records FILE]`` trains one model per (variant, fold) in a
temporary folder (about 20 s each on one core with the case file up to sc12, about 40 s
with it up to sc38), prints the curve and the chosen thresholds per variant, and writes
the records (case ids and numbers only, never text) so ``--from-records FILE`` can redraw
the curve without training. ``--fold`` takes a fold or a set of :data:`FOLD_SETS`: it picks
the folds to train, or with ``--from-records`` the folds whose records are redrawn
(:func:`select_folds`: each keeps its own outside negatives and public rows). :data:`VARIANTS` are the
training choices compared (shipped; safeguarding positives weighted 2x or 3x; 3 or 8
epochs; the public spam sets no longer safeguarding negatives, alone and with 3 or 4
epochs; no Davidson rows, which never annotate safeguarding; another seed, for the
figures' noise). Nothing here reads the blind cases. Results and the decision:
``classifiers/EVAL_NOTES.md``, "Model threshold from unseen batches" (and its re-read on
batches up to sc38).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import spacy

from classifiers.datasets import Example, Split, load_splits
from classifiers.experiments.leave_batch_out import average_precision, recall_at_precision
from classifiers.train import EPOCHS, PUBLIC_NEGATIVES, train

__all__ = ["ACT_PRECISION", "FOLDS", "FOLD_SETS", "GRID", "REVIEW_PRECISION", "SYSTEM_PRECISION", "VARIANTS", "batch_of",
           "build_curve", "choose_thresholds", "expand_folds", "fold_records", "main", "rule_flags", "select_folds",
           "split_fold", "summarise"]

log = logging.getLogger(__name__)

LABEL = "safeguarding"
SYSTEM_PRECISION = 0.75
ACT_PRECISION = 0.80
REVIEW_PRECISION = 0.50
GRID = tuple(round(0.05 * k, 2) for k in range(1, 20))
#: groups of school batches left out together; together they cover the whole case file.
#: The small early batches share a fold so every fold holds a few dozen positives, and a
#: model is trained per fold, not per batch (training is the cost). From sc13 on, a fold is
#: three consecutive batches (counted back from sc38, so the last three match the batch
#: 30-32, 33-35 and 36-38 rounds); sc13a, an abuse batch without safeguarding positives,
#: goes with sc13, the batch it was written beside.
_FOLDS_TO_SC12: dict[str, tuple[str, ...]] = {
    "sc-sb-sc2-sc3": ("sc", "sb", "sc2", "sc3"),
    "sc4-sc5": ("sc4", "sc5"),
    "sc6-sc7-sc8": ("sc6", "sc7", "sc8"),
    "sc10": ("sc10",),
    "sc11": ("sc11",),
    "sc12": ("sc12",),
}
_FOLDS_SC13_SC38: dict[str, tuple[str, ...]] = {
    "sc13-sc13a-sc14": ("sc13", "sc13a", "sc14"),
    **{f"sc{n}-sc{n + 1}-sc{n + 2}": (f"sc{n}", f"sc{n + 1}", f"sc{n + 2}") for n in range(15, 37, 3)},
}
#: batches written after the re-read of 2026-11-22 (not in its records), three a fold
_FOLDS_SC39_ON: dict[str, tuple[str, ...]] = {
    f"sc{n}-sc{n + 1}-sc{n + 2}": (f"sc{n}", f"sc{n + 1}", f"sc{n + 2}") for n in range(39, 71, 3)
}
FOLDS: dict[str, tuple[str, ...]] = {**_FOLDS_TO_SC12, **_FOLDS_SC13_SC38, **_FOLDS_SC39_ON}
#: named sets of folds (``--fold``), to read the curve on part of the case file: the six
#: folds of the first reading (batches up to sc12) and the batches added since
FOLD_SETS: dict[str, tuple[str, ...]] = {"to-sc12": tuple(_FOLDS_TO_SC12), "sc13-sc38": tuple(_FOLDS_SC13_SC38),
                                          "sc39-on": tuple(_FOLDS_SC39_ON)}
#: training choices compared: keyword arguments of classifiers.train.train
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "sg_x2": {"label_repeat": {LABEL: 2}},
    "sg_x3": {"label_repeat": {LABEL: 3}},
    "epochs3": {"epochs": 3},
    "epochs8": {"epochs": 8},
    "no_public_sg": {"public_negatives": PUBLIC_NEGATIVES - {LABEL}},
    "no_public_sg_e3": {"public_negatives": PUBLIC_NEGATIVES - {LABEL}, "epochs": 3},
    "no_public_sg_e4": {"public_negatives": PUBLIC_NEGATIVES - {LABEL}, "epochs": 4},
    # Davidson never annotates safeguarding (its rows leave the label missing), so it cannot
    # teach the safeguarding weights directly; without it there are fewer, differently
    # shuffled updates (and spaCy's optimiser clips the gradient of all labels together)
    "no_davidson": {"without": ("davidson",)},
    # another seed (initial weights and shuffle): how much the figures move by chance
    "seed2": {"seed": 2},
}


def batch_of(ident: str) -> str:
    """The batch a school case was written in: its id without the number (``sc11-0042`` -> ``sc11``)."""
    return ident.rsplit("-", 1)[0]


def expand_folds(names: Iterable[str]) -> tuple[str, ...]:
    """Fold names, each name of :data:`FOLD_SETS` replaced by its folds (order kept, no repeats)."""
    out: dict[str, None] = {}
    for name in names:
        if name not in FOLDS and name not in FOLD_SETS:
            raise KeyError(f"unknown fold or fold set: {name}")
        out.update(dict.fromkeys(FOLD_SETS.get(name, (name,))))
    return tuple(out)


def select_folds(records: Sequence[Mapping[str, Any]], names: Iterable[str]) -> list[Mapping[str, Any]]:
    """The records of the named folds (or fold sets) only: each fold keeps its left-out
    cases, its outside negatives and its public rows, so the curve reads as if only those
    folds had been run."""
    keep = frozenset(expand_folds(names))
    return [r for r in records if r["fold"] in keep]


def split_fold(splits: dict[str, Split], batches: Iterable[str]) -> tuple[dict[str, Split], list[Example], list[Example]]:
    """Training splits without the batches, the batches' cases (both halves), and the
    safeguarding negatives of the school test half outside them."""
    batches = frozenset(batches)
    school = splits["school"]
    held = [ex for ex in school.train + school.test if batch_of(ex.ident) in batches]
    kept = tuple(ex for ex in school.train if batch_of(ex.ident) not in batches)
    others = [ex for ex in school.test if batch_of(ex.ident) not in batches
              and LABEL in ex.scope and LABEL not in ex.labels]
    fit = dict(splits)
    fit["school"] = Split("school", kept, school.test, school.scope)
    return fit, held, others


def rule_flags(examples: Sequence[Example], pipeline: Any = None) -> dict[str, bool]:
    """Per case id: do the default pipeline's safeguarding detections, the model's own
    (``model:safeguarding``) left out, reach the pipeline's 0.5?"""
    from classifiers.evaluate import DEFAULT_ALLOW_PHRASES
    from classifiers.pipeline import THRESHOLD, ClassifierContext, build_pipeline

    if pipeline is None:
        pipeline = build_pipeline(ClassifierContext(allow_phrases=DEFAULT_ALLOW_PHRASES))
    procs = [proc for name, proc in pipeline.nlp.pipeline if name != "evasion_fold"]  # prepare() folds
    flags: dict[str, bool] = {}
    for ex in examples:
        doc = pipeline.prepare(ex.text)
        for proc in procs:
            doc = proc(doc)
        best = max((d.score for d in doc._.detections or ()
                    if d.label == LABEL and d.explanation.rule != "model:safeguarding"), default=0.0)
        flags[ex.ident] = best >= THRESHOLD
    return flags


def fold_records(splits: dict[str, Split], rules: Mapping[str, bool], folds: Mapping[str, Sequence[str]] = FOLDS,
                 epochs: int = EPOCHS, work_dir: Path | None = None, public: Sequence[Example] = (),
                 **options: Any) -> list[dict[str, Any]]:
    """One record per scored case and fold: id, fold, role (``held`` or ``other``), truth,
    the out-of-fold model probability ``p`` and the rules' flag. ``public`` rows (the test
    halves of the public spam sets: spam and ham, none a safeguarding case) are scored by
    every fold's model as role ``public`` (``rules`` False: only the model's false flags
    on non-school text are of interest). ``options`` go to ``train``."""
    without = options.pop("without", ())
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(dir=work_dir) as tmp:
        for fold, batches in folds.items():
            fit, held, others = split_fold(splits, batches)
            if not held:
                continue
            started = time.perf_counter()
            fit = {name: split for name, split in fit.items() if name not in without}
            out = train(Path(tmp) / fold, epochs, splits=fit, **options)
            nlp = spacy.load(out)
            for role, examples in (("held", held), ("other", others), ("public", public)):
                docs = nlp.pipe([ex.text for ex in examples], batch_size=256)
                for ex, doc in zip(examples, docs):
                    records.append({"id": ex.ident, "fold": fold, "role": role, "truth": LABEL in ex.labels,
                                    "p": round(float(doc.cats.get(LABEL, 0.0)), 5),
                                    "rules": bool(rules.get(ex.ident, False)) if role != "public" else False})
            shutil.rmtree(out)
            log.info("fold %s: %d cases, %d outside negatives, %.0f s", fold, len(held), len(others),
                     time.perf_counter() - started)
    return records


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 0.0


def build_curve(records: Sequence[Mapping[str, Any]], grid: Sequence[float] = GRID) -> list[dict[str, Any]]:
    """Per threshold: precision and recall of the model alone and of rules + model, pooled
    and mixed, and what the model adds to the rules (module docstring)."""
    held = [r for r in records if r["role"] == "held"]
    other = [r for r in records if r["role"] == "other"]
    public = [r for r in records if r["role"] == "public"]
    positives = sum(r["truth"] for r in held)
    rule_missed = [r for r in held if r["truth"] and not r["rules"]]
    rows = []
    for t in grid:
        model_tp = sum(r["truth"] and r["p"] >= t for r in held)
        model_fp = sum(not r["truth"] and r["p"] >= t for r in held)
        other_fp = sum(r["p"] >= t for r in other)
        other_rules_fp = sum(r["p"] >= t or r["rules"] for r in other)
        both_tp = sum(r["truth"] and (r["p"] >= t or r["rules"]) for r in held)
        both_fp = sum(not r["truth"] and (r["p"] >= t or r["rules"]) for r in held)
        added_tp = sum(r["truth"] and r["p"] >= t and not r["rules"] for r in held)
        added_fp = sum(not r["truth"] and r["p"] >= t and not r["rules"] for r in held)
        added_other_fp = sum(r["p"] >= t and not r["rules"] for r in other)
        rows.append({
            "threshold": t,
            "model_p": _ratio(model_tp, model_tp + model_fp), "model_r": _ratio(model_tp, positives),
            "model_p_mixed": _ratio(model_tp, model_tp + model_fp + other_fp),
            "model_flags_mixed": model_tp + model_fp + other_fp,
            "both_p": _ratio(both_tp, both_tp + both_fp), "both_r": _ratio(both_tp, positives),
            "both_p_mixed": _ratio(both_tp, both_tp + both_fp + other_rules_fp),
            "added_tp": added_tp, "added_fp": added_fp, "added_fp_other": added_other_fp,
            "added_p_mixed": _ratio(added_tp, added_tp + added_fp + added_other_fp),
            "rule_missed_caught": _ratio(sum(r["p"] >= t for r in rule_missed), len(rule_missed)),
            # share of public spam-set rows (scored by every fold's model) the model alone flags
            "public_flagged": _ratio(sum(r["p"] >= t for r in public), len(public)),
        })
    return rows


def _lowest_holding(curve: Sequence[Mapping[str, Any]], key: str, floor: float,
                    flags_key: str | None = None) -> float | None:
    """The lowest threshold from which ``key`` stays >= ``floor`` at every higher grid point
    (a point with no flag at all, ``flags_key`` 0, raises nothing false and holds)."""
    chosen = None
    for row in reversed(curve):
        if row[key] < floor and (flags_key is None or row[flags_key] > 0):
            break
        chosen = row["threshold"]
    return chosen


def choose_thresholds(curve: Sequence[Mapping[str, Any]], system_floor: float = SYSTEM_PRECISION,
                      act_floor: float = ACT_PRECISION, review_floor: float = REVIEW_PRECISION) -> dict[str, float | None]:
    """``MODEL_ACT``, its model-alone alternative and ``MODEL_REVIEW`` by the stated rules
    (module docstring); ``None`` where no threshold of the grid holds the floor."""
    act = _lowest_holding(curve, "both_p_mixed", system_floor)
    alone = _lowest_holding(curve, "model_p_mixed", act_floor, "model_flags_mixed")
    review = _lowest_holding(curve, "model_p_mixed", review_floor, "model_flags_mixed")
    if act is not None and review is not None:
        review = min(review, act)  # the review band lies below the act threshold
    return {"MODEL_ACT": act, "MODEL_ACT_MODEL_ALONE": alone, "MODEL_REVIEW": review}


def summarise(records: Sequence[Mapping[str, Any]], act_floor: float = ACT_PRECISION) -> dict[str, Any]:
    """Threshold-free figures of the model alone, pooled and mixed (summed over folds), and
    per fold: average precision and the recall at mixed precision ``act_floor``."""
    held = [r for r in records if r["role"] == "held"]
    out: dict[str, Any] = {"cases": len(held), "positives": sum(r["truth"] for r in held),
                           "rules_recall": _ratio(sum(r["truth"] and r["rules"] for r in held),
                                                  sum(r["truth"] for r in held))}
    scores = [r["p"] for r in held]
    truths = [r["truth"] for r in held]
    out["ap"] = round(average_precision(scores, truths), 4)
    # mixed: fold by fold the outside negatives come in with that fold's model's scores
    mixed = [r for r in records if r["role"] != "public"]
    out["ap_mixed"] = round(average_precision([r["p"] for r in mixed], [r["role"] == "held" and r["truth"]
                                                                      for r in mixed]), 4)
    recall, cut = recall_at_precision([r["p"] for r in mixed], [r["role"] == "held" and r["truth"] for r in mixed],
                                      act_floor)
    out["recall_at_floor_mixed"], out["threshold_at_floor_mixed"] = round(recall, 4), round(cut, 4)
    out["folds"] = {}
    for fold in dict.fromkeys(r["fold"] for r in mixed):
        part = [r for r in mixed if r["fold"] == fold]
        truths = [r["role"] == "held" and r["truth"] for r in part]
        recall, cut = recall_at_precision([r["p"] for r in part], truths, act_floor)
        out["folds"][fold] = {"positives": sum(truths), "ap_mixed": round(average_precision([r["p"] for r in part],
                                                                                           truths), 4),
                              "recall_at_floor_mixed": round(recall, 4), "threshold": round(cut, 4)}
    return out


def render(name: str, curve: Sequence[Mapping[str, Any]], summary: Mapping[str, Any],
           chosen: Mapping[str, float | None]) -> str:
    lines = [f"== {name}: {summary['cases']} cases, {summary['positives']} safeguarding; rules alone recall "
             f"{summary['rules_recall']:.3f} (tuned on these batches: flatters)",
             f"model alone: AP pooled {summary['ap']:.3f}, mixed {summary['ap_mixed']:.3f}; recall at mixed "
             f"P>={ACT_PRECISION:.2f}: {summary['recall_at_floor_mixed']:.3f} (p >= "
             f"{summary['threshold_at_floor_mixed']:.3f})",
             "  per fold (mixed AP / recall at floor / its threshold): " + "; ".join(
                 f"{fold} {f['ap_mixed']:.3f}/{f['recall_at_floor_mixed']:.3f}/{f['threshold']:.2f}"
                 for fold, f in summary["folds"].items()),
             f"  {'t':>5} {'model P':>8} {'P mixed':>8} {'R':>6} | {'rules+model P':>13} {'P mixed':>8} "
             f"{'R':>6} | {'added tp/fp/fp out':>18} {'P mixed':>8} {'rule-missed caught':>18} {'public flagged':>14}"]
    for row in curve:
        lines.append(f"  {row['threshold']:>5.2f} {row['model_p']:>8.3f} {row['model_p_mixed']:>8.3f} "
                     f"{row['model_r']:>6.3f} | {row['both_p']:>13.3f} {row['both_p_mixed']:>8.3f} "
                     f"{row['both_r']:>6.3f} | {row['added_tp']:>6}/{row['added_fp']:>4}/{row['added_fp_other']:>6} "
                     f"{row['added_p_mixed']:>8.3f} {row['rule_missed_caught']:>18.3f} {row.get('public_flagged', 0.0):>14.3f}")
    lines.append(f"  chosen: MODEL_ACT {chosen['MODEL_ACT']} (rules+model mixed P stays >= {SYSTEM_PRECISION:.2f}), "
                 f"MODEL_REVIEW {chosen['MODEL_REVIEW']} (model alone mixed P >= {REVIEW_PRECISION:.2f}); "
                 f"stricter alternative MODEL_ACT {chosen['MODEL_ACT_MODEL_ALONE']} (model alone mixed P >= "
                 f"{ACT_PRECISION:.2f})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.experiments.model_threshold",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS))
    parser.add_argument("--fold", action="append", choices=sorted(FOLDS) + sorted(FOLD_SETS),
                        help="train, or with --from-records redraw, only these folds or fold sets")
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="unless the variant sets its own")
    parser.add_argument("--records", type=Path, metavar="FILE", help="write the records (ids, numbers) here")
    parser.add_argument("--from-records", type=Path, metavar="FILE", help="redraw from records, no training")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write curves, summaries and choices here")
    args = parser.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.from_records:
        by_variant = json.loads(args.from_records.read_text(encoding="utf-8"))
    else:
        splits = load_splits(include=("davidson", "youtube", "sms", "school"))
        rules = rule_flags(splits["school"].train + splits["school"].test)
        public = list(splits["youtube"].test + splits["sms"].test)
        folds = {name: FOLDS[name] for name in expand_folds(args.fold or FOLDS)}
        by_variant = {}
        for variant in args.variant or ["shipped"]:
            options = dict(VARIANTS[variant])
            epochs = options.pop("epochs", args.epochs)
            by_variant[variant] = fold_records(splits, rules, folds, epochs, public=public, **options)
            if args.records:  # partial results survive a stopped run
                args.records.write_text(json.dumps(by_variant), encoding="utf-8")
    report = {}
    for variant, records in by_variant.items():
        if args.fold:
            records = select_folds(records, args.fold)
            variant = f"{variant} (folds: {', '.join(args.fold)})"
        curve = build_curve(records)
        summary = summarise(records)
        chosen = choose_thresholds(curve)
        report[variant] = {"summary": summary, "curve": curve, "chosen": chosen}
        sys.stdout.write(render(variant, curve, summary, chosen) + "\n\n")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
