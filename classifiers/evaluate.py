"""Rerunnable evaluation of the full default pipeline on held-out data.

``python -m classifiers.evaluate [--quick] [--json FILE] [--only NAME ...]`` (and
``monitor eval``, which calls :func:`main`) builds the pipeline the worker runs
(:func:`classifiers.pipeline.build_pipeline`) and classifies the *test* halves of the
splits in :mod:`classifiers.datasets`: YouTube spam (held-out video), Davidson hate and
offensive tweets, SMS spam, Presidio PII (held-out templates), the Jigsaw sample (never
trained on; its ``threat`` rows count as safeguarding), the school-context cases (the
half the model never saw) and the demo sandbox's scripted comments
(``connectors/sandbox/scenario.yaml``, written apart from the cases, never trained on),
and the blind school cases (``classifiers/data/blind_cases.jsonl``, written without
sight of the rules, never trained or tuned on).
For every split it reports, for the labels that split
annotates, precision, recall, F1 and support, and the confusion between labels: for each
true label, how often each label was predicted. School cases of kind ``threat`` also
give the recall of threats of violence (as safeguarding).

Only row references (``file:index`` or case ids) ever leave this module, never comment
text, because the datasets contain slurs and personal data.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classifiers.base import LABELS
from classifiers.datasets import (
    Example,
    Split,
    clean_text,
    datasets_dir,
    hash_fraction,
    load_school_cases,
    load_splits,
)
from monitor.errors import ConfigError

__all__ = ["DEFAULT_ALLOW_PHRASES", "QUICK_LIMIT", "evaluate", "load_jigsaw", "load_sandbox_scenario", "main",
           "render_table", "score_split"]

log = logging.getLogger(__name__)

#: the school cases are written for a school whose own fundraising is run by its PTA
DEFAULT_ALLOW_PHRASES = ("PTA",)
#: examples per split in --quick mode (a seeded, fixed sample)
QUICK_LIMIT = 120
NONE = "none"


@dataclass(frozen=True)
class _Counts:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_jigsaw(root: Path | str | None = None) -> Split:
    """The 101-row Jigsaw sample, all of it test data: toxic kinds -> abuse, threat -> safeguarding."""
    path = datasets_dir(root) / "jigsaw-toxic-sample" / "test_examples.csv"
    if not path.exists():
        raise ConfigError(f"dataset file not found: {path}")
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            labels = set()
            if any(row[k].strip() == "1" for k in ("toxic", "severe_toxic", "obscene", "insult", "identity_hate")):
                labels.add("abuse")
            if row["identity_hate"].strip() == "1":
                labels.add("hate")
            if row["threat"].strip() == "1":
                labels.add("safeguarding")
            rows.append(Example(clean_text(row["comment_text"]), frozenset(labels),
                                frozenset({"abuse", "hate", "safeguarding"}), "jigsaw",
                                f"jigsaw:{i}", f"test_examples.csv:{i}"))
    return Split("jigsaw", (), tuple(rows), frozenset({"abuse", "hate", "safeguarding"}))


SANDBOX_SCENARIO = Path(__file__).resolve().parent.parent / "connectors" / "sandbox" / "scenario.yaml"
BLIND_CASES_PATH = Path(__file__).resolve().parent / "data" / "blind_cases.jsonl"
BLIND2_CASES_PATH = Path(__file__).resolve().parent / "data" / "blind2_cases.jsonl"


def load_blind_cases(path: Path | str | None = None, name: str = "blind") -> Split:
    """School-context cases written apart from the rules and never trained or tuned on.

    ``classifiers/data/blind_cases.jsonl`` (ids ``sc9-*``) and ``blind2_cases.jsonl`` (ids
    ``bl2-*``, written later the same way, before the round it was first scored on) were
    written by someone who had not read the detectors, lexicons or case file. The training
    script reads only the case file, so every row here is test data; keep it that way (read
    them in aggregate only: tuning on them would make them flattering splits).
    """
    rows = load_school_cases(path or BLIND_CASES_PATH)  # which says when the file is missing
    return Split(name, (), tuple(rows), frozenset(LABELS))


def load_sandbox_scenario(path: Path | str | None = None) -> Split:
    """The demo sandbox's scripted comments (written for the demo, never trained on).

    Comments by the school itself are left out: the worker never classifies its own.
    """
    import yaml

    path = Path(path or SANDBOX_SCENARIO)
    if not path.exists():
        raise ConfigError(f"sandbox scenario not found: {path}")
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rows = []
    for item in data.get("items") or ():
        if str(item.get("by", "")).lower() == "school":
            continue
        labels = set(item.get("labels") or ())
        if "hate" in labels:
            labels.add("abuse")
        rows.append(Example(str(item["text"]), frozenset(labels), frozenset(LABELS), "sandbox",
                            str(item["key"]), f"scenario.yaml:{item['key']}"))
    return Split("sandbox", (), tuple(rows), frozenset(LABELS))


def _sample(examples: Sequence[Example], limit: int | None) -> list[Example]:
    if limit is None or len(examples) <= limit:
        return list(examples)
    ranked = sorted(examples, key=lambda ex: hash_fraction(ex.ident, "quick"))
    return ranked[:limit]


def score_split(split_name: str, examples: Sequence[Example], predicted: Sequence[Iterable[str]],
                scope: Iterable[str]) -> dict[str, Any]:
    """Per-label counts and metrics, the confusion table and the misses, for one split."""
    scope = [label for label in LABELS if label in set(scope)]
    per_label: dict[str, dict[str, Any]] = {}
    misses: dict[str, dict[str, list[str]]] = {}
    preds = [set(p) & set(scope) for p in predicted]
    for label in scope:
        tp = fp = fn = 0
        fps, fns = [], []
        for ex, pred in zip(examples, preds):
            truth = label in ex.labels
            guess = label in pred
            if truth and guess:
                tp += 1
            elif guess:
                fp += 1
                fps.append(ex.ident)
            elif truth:
                fn += 1
                fns.append(ex.ident)
        c = _Counts(tp, fp, fn)
        per_label[label] = {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                            "f1": round(c.f1, 4), "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}
        misses[label] = {"false_positives": fps, "false_negatives": fns}
    axes = scope + [NONE]
    confusion = {t: dict.fromkeys(axes, 0) for t in axes}
    for ex, pred in zip(examples, preds):
        truths = (set(ex.labels) & set(scope)) or {NONE}
        guesses = pred or {NONE}
        for t in truths:
            for g in guesses:
                confusion[t][g] += 1
    result = {"name": split_name, "n": len(examples), "labels": per_label,
              "confusion": confusion, "misses": misses}
    if {"spam", "commercial"} <= set(scope):
        # the target for these two is one figure: a promotion called spam rather
        # than commercial (or the reverse) still comes down under the same policy
        either = {"spam", "commercial"}
        tp = sum(1 for ex, p in zip(examples, preds) if either & ex.labels and either & p)
        fp = sum(1 for ex, p in zip(examples, preds) if not either & ex.labels and either & p)
        fn = sum(1 for ex, p in zip(examples, preds) if either & ex.labels and not either & p)
        c = _Counts(tp, fp, fn)
        result["spam_or_commercial"] = {"precision": round(c.precision, 4), "recall": round(c.recall, 4),
                                        "f1": round(c.f1, 4), "support": tp + fn, "tp": tp, "fp": fp, "fn": fn}
    return result


def evaluate(pipeline: Any = None, *, quick: bool = False, only: Iterable[str] | None = None,
             datasets_root: Path | str | None = None, school_path: Path | str | None = None,
             limit: int | None = None) -> dict[str, Any]:
    """Classify every held-out split with ``pipeline`` (the default one if ``None``)."""
    from classifiers.pipeline import ClassifierContext, build_pipeline

    wanted = set(only) if only else None
    started = time.perf_counter()
    names = {"youtube", "davidson", "sms", "presidio", "school"}
    splits = load_splits(datasets_root, school_path, include=(names & wanted) if wanted else names)
    if wanted is None or "jigsaw" in wanted:
        splits["jigsaw"] = load_jigsaw(datasets_root)
    if (wanted is None and SANDBOX_SCENARIO.exists()) or (wanted and "sandbox" in wanted):
        splits["sandbox"] = load_sandbox_scenario()
    if (wanted is None and BLIND_CASES_PATH.exists()) or (wanted and "blind" in wanted):
        splits["blind"] = load_blind_cases()
    if (wanted is None and BLIND2_CASES_PATH.exists()) or (wanted and "blind2" in wanted):
        splits["blind2"] = load_blind_cases(BLIND2_CASES_PATH, "blind2")
    if pipeline is None:
        pipeline = build_pipeline(ClassifierContext(allow_phrases=DEFAULT_ALLOW_PHRASES))
    cap = limit if limit is not None else (QUICK_LIMIT if quick else None)
    results = []
    for name in ("school", "blind", "blind2", "sandbox", "youtube", "davidson", "sms", "presidio", "jigsaw"):
        if name not in splits:
            continue
        split = splits[name]
        examples = _sample(split.test, cap)
        verdicts = pipeline.classify_many([ex.text for ex in examples])
        result = score_split(name, examples, [v.labels for v in verdicts], split.scope)
        result["needs_review"] = sum(1 for v in verdicts if v.needs_review)
        threats = [v for ex, v in zip(examples, verdicts) if ex.kind == "threat"]
        if threats:
            # threats of violence are a safeguarding matter: how many were caught as such
            caught = sum(1 for v in threats if "safeguarding" in v.labels)
            result["threat_recall"] = {"caught": caught, "total": len(threats),
                                       "recall": round(caught / len(threats), 4)}
        results.append(result)
    return {"quick": quick, "seconds": round(time.perf_counter() - started, 2),
            "detector_versions": dict(getattr(pipeline, "versions", {})), "splits": results}


def render_table(report: dict[str, Any]) -> str:
    """The readable form: one block per split, metrics then confusion."""
    lines = []
    for split in report["splits"]:
        lines.append(f"== {split['name']}  (n={split['n']}, needs_review={split.get('needs_review', 0)})")
        lines.append(f"  {'label':<14}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}{'fp':>5}{'fn':>5}")
        for label, m in split["labels"].items():
            lines.append(f"  {label:<14}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}"
                         f"{m['support']:>9}{m['fp']:>5}{m['fn']:>5}")
        if "spam_or_commercial" in split:
            m = split["spam_or_commercial"]
            lines.append(f"  {'spam|commerc.':<14}{m['precision']:>10.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}"
                         f"{m['support']:>9}{m['fp']:>5}{m['fn']:>5}")
        if "threat_recall" in split:
            t = split["threat_recall"]
            lines.append(f"  threats of violence caught as safeguarding: {t['caught']}/{t['total']}"
                         f" (recall {t['recall']:.3f})")
        axes = list(split["confusion"])
        if len(axes) > 2:
            short = {a: a[:7] for a in axes}
            lines.append("  confusion (row = true label, column = predicted label):")
            lines.append("  " + " " * 14 + "".join(f"{short[a]:>9}" for a in axes))
            for t in axes:
                lines.append(f"  {t:<14}" + "".join(f"{split['confusion'][t][g]:>9}" for g in axes))
        lines.append("")
    lines.append(f"({report['seconds']} s{', quick sample' if report['quick'] else ''})")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.evaluate",
                                     description="Evaluate the default pipeline on held-out data.")
    parser.add_argument("--quick", action="store_true", help=f"at most {QUICK_LIMIT} examples per split")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the full report as JSON")
    parser.add_argument("--only", action="append", metavar="NAME",
                        choices=["school", "blind", "blind2", "sandbox", "youtube", "davidson", "sms", "presidio", "jigsaw"],
                        help="evaluate only this split (repeatable)")
    parser.add_argument("--datasets", type=Path, default=None, help="datasets folder")
    parser.add_argument("--cases", type=Path, default=None, help="school cases (JSON lines)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        report = evaluate(quick=args.quick, only=args.only, datasets_root=args.datasets,
                          school_path=args.cases)
    except ConfigError as exc:
        sys.stderr.write(f"evaluate: {exc}\n")
        return 2
    sys.stdout.write(render_table(report) + "\n")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
