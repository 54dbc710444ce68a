"""Leave one training video out: does new school data move the categoriser's spam reading?

The YouTube figure in the evaluation is one held-out video (about 300 comments), so a
retrained model can gain or lose a few of its comments by chance. This check asks the
question on the four *training* videos instead: for each, train exactly as
:func:`classifiers.train.train` does but without that video, and score the video with the
**model alone** (``doc.cats["spam"]`` at the shipped threshold,
``classifiers.detectors.textcat.THRESHOLDS``). Run it with two case files (``--school``,
for instance the case file of an earlier commit, ``git show REV:classifiers/data/school_cases.jsonl``)
to see whether the school cases added between them help or hurt spam on comments no model
saw. The held-out video is never read. Only video names and counts are printed.

``python -m classifiers.experiments.leave_video_out [--school FILE ...] [--json FILE]``
(eight trainings for two case files: several minutes on one core).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy

from classifiers.datasets import Example, Split, load_splits
from classifiers.detectors.textcat import THRESHOLDS
from classifiers.train import EPOCHS, train

__all__ = ["leave_video_out", "main", "without_video"]

log = logging.getLogger(__name__)


def without_video(splits: dict[str, Split], video: str) -> tuple[dict[str, Split], list[Example]]:
    """The training splits without one YouTube training video, and that video's comments."""
    youtube = splits["youtube"]
    held = [ex for ex in youtube.train if ex.group == video]
    if not held:
        raise ValueError(f"no YouTube training comment belongs to video {video!r}")
    out = dict(splits)
    out["youtube"] = Split("youtube", tuple(ex for ex in youtube.train if ex.group != video),
                           youtube.test, youtube.scope)
    return out, held


def spam_counts(nlp: Any, examples: Sequence[Example], threshold: float) -> dict[str, Any]:
    """Model-alone spam true/false positives and misses over ``examples``, and F1."""
    tp = fp = fn = 0
    for ex, doc in zip(examples, nlp.pipe([ex.text for ex in examples])):
        flagged, spam = doc.cats["spam"] >= threshold, "spam" in ex.labels
        tp += flagged and spam
        fp += flagged and not spam
        fn += spam and not flagged
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return {"n": len(examples), "tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 4)}


def leave_video_out(school_files: Sequence[Path | None], epochs: int = EPOCHS,
                    json_path: Path | None = None) -> dict[str, Any]:
    report: dict[str, Any] = {"threshold": THRESHOLDS["spam"], "epochs": epochs, "results": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for index, school in enumerate(school_files):
            name = str(school) if school is not None else "shipped case file"
            splits = load_splits(school_path=school, include=("davidson", "youtube", "sms", "school"))
            rows = report["results"].setdefault(name, {})
            for video in sorted({ex.group for ex in splits["youtube"].train}):
                fit, held = without_video(splits, video)
                nlp = spacy.load(train(Path(tmp) / f"{index}-{video}", epochs, splits=fit))
                rows[video] = spam_counts(nlp, held, THRESHOLDS["spam"])
                log.info("%s without %s: %s", name, video, json.dumps(rows[video]))
            rows["mean_f1"] = round(sum(r["f1"] for r in rows.values()) / len(rows), 4)
            if json_path is not None:  # partial results survive a stopped run
                json_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return report


def render(report: dict[str, Any]) -> str:
    lines = [f"model-alone spam at {report['threshold']}: F1 (tp/fp/fn) on each left-out training video"]
    for name, rows in report["results"].items():
        cells = "  ".join(f"{video}: {r['f1']:.3f} ({r['tp']}/{r['fp']}/{r['fn']})"
                          for video, r in rows.items() if video != "mean_f1")
        lines.append(f"{name}\n  {cells}\n  mean F1 {rows['mean_f1']:.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifiers.experiments.leave_video_out",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--school", action="append", type=Path, metavar="FILE",
                        help="school case file (repeatable; default: the shipped one)")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    report = leave_video_out(args.school or [None], args.epochs, args.json)
    sys.stdout.write(render(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
