"""Proof that a faster pipeline gives the same detections as a reference commit.

Speed work on the classification path must not change a single verdict. This script
classifies one corpus with two source trees (the working tree and a reference, e.g. a
``git worktree`` of the commit before the speed work) and compares, detector by detector
and comment by comment, every detection: label, score, rule, span, matched text and
score adjustments.

::

    git worktree add /tmp/ref <commit>
    python benchmarks/equivalence.py --reference /tmp/ref [--model DIR] [--detectors a,b] [--cache DIR]

The corpus is every train and test comment of ``classifiers.datasets.load_splits()``
(school cases included), the Jigsaw sample, the sandbox scenario, and every string
literal of ``tests/classifiers/*.py`` (the evasions and hard negatives of the table tests),
built once from the working tree and read by both sides. Both sides run with one school
context (allow phrases, staff names and a roster) so the context-dependent paths run too.
``--write-fixture`` records, for the school cases and the test literals, what the
model-independent detectors return, into ``tests/fixtures/classifiers/detections.json``
(comments named by digest, never by text); ``tests/classifiers/test_equivalence.py`` checks
every commit against it. Regenerate it only at a commit whose behaviour is the reference
(after an intended change of behaviour, say which in the commit message).

Each side runs in its own interpreter with its tree first on ``sys.path``, through
``Pipeline.classify_many`` (the path the worker takes); the model directory is the same
for both (``--model``, default the reference's), because the text categoriser's
probabilities feed the safeguarding and textcat detectors and the model is retrained
separately; for the same reason the working side takes the reference's textcat decision
thresholds (tuning constants set with each model, not code). Detectors whose code is not under test (``--detectors`` names those compared;
default: personal_info, safeguarding, abuse_lexicon, textcat) are left out, so work on
them elsewhere does not show up here; whole verdicts (the pipeline's assembly) are compared
on the labels those detectors give (abuse, hate, personal_info, safeguarding). Output
names comments by index and rules by name, never the text.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

DEFAULT_DETECTORS = ("personal_info", "safeguarding", "abuse_lexicon", "textcat")
ROSTER_SALT = "equivalence-salt"
ROSTER_NAMES = ("Amelia Clarke", "Leo Brown", "Zoë Nowak", "Jack Smith", "Evie")
STAFF_NAMES = ("Sarah Jones", "Mrs Patel")


def build_corpus(root: Path = ROOT) -> list[str]:
    """Every evaluation text plus the string literals of the classifier tests."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from classifiers.datasets import load_splits
    from classifiers.evaluate import SANDBOX_SCENARIO, load_jigsaw, load_sandbox_scenario

    texts: list[str] = []
    for split in load_splits().values():
        texts += [ex.text for ex in split.train] + [ex.text for ex in split.test]
    texts += [ex.text for ex in load_jigsaw().test]
    if SANDBOX_SCENARIO.exists():
        texts += [ex.text for ex in load_sandbox_scenario().test]
    for path in sorted((root / "tests" / "classifiers").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [node.value for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 2]
    return texts


def _detection(det: Any) -> list[Any]:
    return [det.label, det.score, det.explanation.to_dict()]


def dump(root: Path, model: Path | None, corpus_path: Path, out_path: Path,
         thresholds_from: Path | None = None) -> None:
    """Classify the corpus with the tree at ``root``; write each detector's output per comment."""
    sys.path.insert(0, str(root))
    import classifiers.pipeline as pipeline_module
    from classifiers.pipeline import ClassifierContext, build_pipeline, roster_hash

    if model is not None:
        pipeline_module.MODEL_DIR = model
    from classifiers.evaluate import DEFAULT_ALLOW_PHRASES

    context = ClassifierContext(
        allow_phrases=tuple(DEFAULT_ALLOW_PHRASES),
        roster_hashes=frozenset(roster_hash(n, ROSTER_SALT) for n in ROSTER_NAMES),
        roster_salt=ROSTER_SALT,
        staff_names=STAFF_NAMES,
    )
    texts = json.loads(corpus_path.read_text(encoding="utf-8"))
    pipeline = build_pipeline(context)
    records: dict[str, list[Any]] = {}
    thresholds: dict[str, Any] = {}
    reference_thresholds = (json.loads(thresholds_from.read_text(encoding="utf-8"))["thresholds"]
                            if thresholds_from else {})
    for detector in pipeline.detectors:
        if isinstance(getattr(detector, "thresholds", None), dict):
            # the model's decision thresholds are tuning constants (set with the model), not
            # the code under test: the working side takes the reference's
            if detector.name in reference_thresholds:
                detector.thresholds = dict(reference_thresholds[detector.name])
            thresholds[detector.name] = dict(detector.thresholds)
        calls: list[Any] = []
        records[detector.name] = calls
        original = detector.detect

        def recording(doc: Any, _original: Any = original, _calls: list[Any] = calls) -> Any:
            try:
                result = _original(doc)
            except Exception as exc:  # noqa: BLE001 - a failure is an output to compare too
                _calls.append(["error", type(exc).__name__])
                raise
            _calls.append([_detection(d) for d in result])
            return result

        detector.detect = recording
    verdicts = [v.to_dict() for v in pipeline.classify_many(texts)]
    for name, calls in records.items():
        if len(calls) != len(texts):
            raise SystemExit(f"{name}: {len(calls)} calls recorded for {len(texts)} comments")
    out_path.write_text(json.dumps({"detectors": records, "verdicts": verdicts, "thresholds": thresholds}),
                        encoding="utf-8")


# --- the committed regression fixture ---------------------------------------------------
#: detectors pinned by tests/classifiers/test_equivalence.py; their outputs do not depend
#: on the trained model once its own rules ("model:...") are left out, so retraining the
#: model does not disturb the fixture
PINNED_DETECTORS = ("personal_info", "safeguarding", "abuse_lexicon")
FIXTURE = ROOT / "tests" / "fixtures" / "classifiers" / "detections.json"


def text_key(text: str) -> str:
    """How the fixture names a comment: a digest, so the fixture holds no comment text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def pinned_sample(root: Path = ROOT) -> list[str]:
    """The school cases and the string literals of the classifier tests, de-duplicated."""
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from classifiers.datasets import load_school_cases

    texts = [ex.text for ex in load_school_cases(root / "classifiers" / "data" / "school_cases.jsonl")]
    for path in sorted((root / "tests" / "classifiers").glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [node.value for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 2]
    return list(dict.fromkeys(texts))


def pinned_context() -> Any:
    from classifiers.pipeline import ClassifierContext, roster_hash

    return ClassifierContext(
        allow_phrases=("Oakfield PTA", "Friends of Oakfield"),
        roster_hashes=frozenset(roster_hash(n, ROSTER_SALT) for n in ROSTER_NAMES),
        roster_salt=ROSTER_SALT,
        staff_names=STAFF_NAMES,
    )


def _pinned(det: Any) -> list[Any]:
    # the quoted words become a digest too: the span already says where they are, and the
    # fixture then holds no words of any comment
    label, score, explanation = _detection(det)
    if explanation["matched"] is not None:
        explanation["matched"] = text_key(explanation["matched"])
    return json.loads(json.dumps([label, score, explanation]))


def record_pinned(texts: list[str]) -> dict[str, dict[str, list[Any]]]:
    """Per comment (by :func:`text_key`), the pinned detectors' detections, model rules left out.

    The detectors run inside a pipeline without the trained model, through
    ``Pipeline.classify_many``, exactly as the worker calls them.
    """
    from importlib import import_module

    from classifiers.detectors import REGISTRY
    from classifiers.pipeline import assemble_pipeline

    detectors = []
    for path in REGISTRY:
        module_name, _, class_name = path.partition(":")
        detector = getattr(import_module(module_name), class_name)()
        if detector.name in PINNED_DETECTORS:
            detectors.append(detector)
    pipeline = assemble_pipeline(detectors, pinned_context())
    calls: dict[str, list[Any]] = {d.name: [] for d in detectors}
    for detector in detectors:
        original = detector.detect

        def recording(doc: Any, _original: Any = original, _calls: list[Any] = calls[detector.name]) -> Any:
            result = _original(doc)
            _calls.append([_pinned(d) for d in result if not d.explanation.rule.startswith("model:")])
            return result

        detector.detect = recording
    pipeline.classify_many(texts)
    # a detector with nothing to say is left out of the comment's entry
    return {text_key(t): {name: calls[name][i] for name in calls if calls[name][i]} for i, t in enumerate(texts)}


def write_fixture(path: Path = FIXTURE) -> int:
    """Record the pinned detectors on the pinned sample (run at the reference behaviour)."""
    texts = pinned_sample()
    path.parent.mkdir(parents=True, exist_ok=True)
    records = record_pinned(texts)
    lines = [f"{json.dumps(key)}: {json.dumps(records[key], sort_keys=True)}" for key in sorted(records)]
    path.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    return len(texts)


def _run_side(root: Path, model: Path | None, corpus_path: Path, out_path: Path,
              thresholds_from: Path | None = None) -> dict[str, Any]:
    command = [sys.executable, str(Path(__file__).resolve()), "--dump", str(corpus_path),
               "--root", str(root), "--out", str(out_path)]
    if thresholds_from is not None:
        command += ["--thresholds-from", str(thresholds_from)]
    if model is not None:
        command += ["--model", str(model)]
    subprocess.run(command, check=True, cwd=root)
    return json.loads(out_path.read_text(encoding="utf-8"))


def compare(reference: dict[str, Any], current: dict[str, Any], detectors: tuple[str, ...]) -> int:
    """Print per-detector agreement; return the number of differing (detector, comment) pairs."""
    differing = 0
    for name in detectors:
        ref, cur = reference["detectors"].get(name), current["detectors"].get(name)
        if ref is None or cur is None:
            sys.stdout.write(f"{name:<16} missing on {'reference' if ref is None else 'working'} side\n")
            differing += 1
            continue
        bad = [i for i, (a, b) in enumerate(zip(ref, cur)) if a != b]
        fired = sum(1 for r in ref if r)
        sys.stdout.write(f"{name:<16} {len(ref)} comments compared, {fired} with detections, "
                         f"{len(bad)} differ\n")
        for i in bad[:10]:
            rules = lambda calls: [d[2]["rule"] if isinstance(d, list) else d for d in calls]  # noqa: E731
            sys.stdout.write(f"  comment #{i}: reference {rules(ref[i])} vs working {rules(cur[i])}\n")
        differing += len(bad)
    # The verdict assembly is under test too; spam and commercial scores come from
    # detectors (and a model) not compared here, so verdicts are compared on the other labels.
    restricted = [_restrict(a) != _restrict(b) for a, b in zip(reference["verdicts"], current["verdicts"])]
    bad_verdicts = [i for i, differs in enumerate(restricted) if differs]
    sys.stdout.write(f"verdicts on {', '.join(VERDICT_LABELS)}: {len(restricted)} compared, "
                     f"{len(bad_verdicts)} differ\n")
    for i in bad_verdicts[:10]:
        sys.stdout.write(f"  comment #{i}: verdict differs\n")
    differing += len(bad_verdicts)
    same = sum(1 for a, b in zip(reference["verdicts"], current["verdicts"]) if a == b)
    sys.stdout.write(f"whole verdicts (all labels, for information) identical: "
                     f"{same}/{len(reference['verdicts'])}\n")
    return differing


VERDICT_LABELS = ("abuse", "hate", "personal_info", "safeguarding")


def _restrict(verdict: dict[str, Any]) -> dict[str, Any]:
    return {
        "labels": [label for label in verdict["labels"] if label in VERDICT_LABELS],
        "scores": {k: v for k, v in verdict["scores"].items() if k in VERDICT_LABELS},
        "explanations": {k: v for k, v in verdict["explanations"].items() if k in VERDICT_LABELS},
        "needs_review": verdict["needs_review"],
        "errors": verdict["errors"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, help="source tree of the reference commit")
    parser.add_argument("--model", type=Path, help="model directory used by both sides "
                        "(default: the reference tree's classifiers/model)")
    parser.add_argument("--detectors", default=",".join(DEFAULT_DETECTORS))
    parser.add_argument("--cache", type=Path, help="keep the reference side's output here and reuse it "
                        "while the corpus, reference tree and model stay the same")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # one side, internal
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--thresholds-from", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--write-fixture", action="store_true",
                        help=f"record the pinned detectors on the pinned sample into {FIXTURE.relative_to(ROOT)}")
    args = parser.parse_args(argv)
    if args.write_fixture:
        sys.stdout.write(f"{write_fixture()} comments recorded in {FIXTURE}\n")
        return 0
    if args.dump:
        dump(args.root, args.model, args.dump, args.out, args.thresholds_from)
        return 0
    if args.reference is None:
        parser.error("--reference is required")
    model = args.model or args.reference / "classifiers" / "model"
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "corpus.json"
        corpus = build_corpus()
        corpus_path.write_text(json.dumps(corpus), encoding="utf-8")
        sys.stdout.write(f"corpus: {len(corpus)} comments\n")
        reference_path = Path(tmp) / "reference.json"
        cached = None
        if args.cache is not None:
            # the reference side depends only on the corpus, the reference tree and the model
            digest = hashlib.sha256(json.dumps([corpus, str(args.reference.resolve()), str(model)])
                                    .encode("utf-8", "surrogatepass")).hexdigest()[:16]
            cached = args.cache / f"reference-{digest}.json"
        if cached is not None and cached.exists():
            reference_path = cached
            reference = json.loads(cached.read_text(encoding="utf-8"))
        else:
            reference = _run_side(args.reference.resolve(), model, corpus_path, reference_path)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                cached.write_text(reference_path.read_text(encoding="utf-8"), encoding="utf-8")
        current = _run_side(ROOT, model, corpus_path, Path(tmp) / "current.json",
                            thresholds_from=reference_path)
    differing = compare(reference, current, tuple(args.detectors.split(",")))
    sys.stdout.write("equivalent\n" if differing == 0 else f"{differing} differences\n")
    return 0 if differing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
