"""``monitor classify``: classify JSON lines from a file or stdin.

Each input line is ``{"id": ..., "text": ...}``; each output line is
``{"id", "labels", "scores", "explanations"}`` (plus ``needs_review`` and ``errors`` when
a detector failed). A line that is not a JSON object with a string ``text`` is reported
on stderr with its line number - never its content, which may hold personal data - and
skipped; the exit code is then 1. Comments are classified in batches so the pipeline can
batch its model, and output order follows input order.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from classifiers.pipeline import ClassifierContext, Pipeline, build_pipeline

__all__ = ["main", "run_classify"]

_BATCH = 256


def _records(infile: TextIO, errors: TextIO) -> Iterator[tuple[Any, str] | None]:
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            errors.write(f"line {number}: not valid JSON ({exc.msg})\n")
            yield None
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            errors.write(f'line {number}: expected an object with a string "text"\n')
            yield None
            continue
        yield record.get("id"), record["text"]


def _write(outfile: TextIO, pipeline: Pipeline, batch: list[tuple[Any, str]], context: ClassifierContext | None) -> None:
    verdicts = pipeline.classify_many([text for _, text in batch], context)
    for (ident, _), verdict in zip(batch, verdicts, strict=True):
        data = verdict.to_dict()
        out: dict[str, Any] = {
            "id": ident,
            "labels": data["labels"],
            "scores": data["scores"],
            "explanations": data["explanations"],
        }
        if verdict.needs_review:
            out["needs_review"] = True
            out["errors"] = data["errors"]
        outfile.write(json.dumps(out, ensure_ascii=False) + "\n")


def run_classify(
    infile: TextIO,
    outfile: TextIO,
    context: ClassifierContext | None = None,
    *,
    errors: TextIO | None = None,
    pipeline: Pipeline | None = None,
) -> int:
    """Classify every JSON line of ``infile`` into ``outfile``; 1 if any line was bad."""
    errors = errors if errors is not None else sys.stderr
    pipeline = pipeline if pipeline is not None else build_pipeline(context)
    bad = 0
    batch: list[tuple[Any, str]] = []
    for item in _records(infile, errors):
        if item is None:
            bad += 1
            continue
        batch.append(item)
        if len(batch) >= _BATCH:
            _write(outfile, pipeline, batch, context)
            batch = []
    if batch:
        _write(outfile, pipeline, batch, context)
    outfile.flush()
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    """``python -m classifiers.cli [FILE]``: stdin when FILE is absent or ``-``."""
    args = list(sys.argv[1:] if argv is None else argv)
    # Bytes that are not UTF-8 become U+FFFD: the line is classified or reported by number.
    if args and args[0] not in ("-",):
        with open(args[0], encoding="utf-8", errors="replace") as infile:
            return run_classify(infile, sys.stdout)
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    return run_classify(sys.stdin, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
