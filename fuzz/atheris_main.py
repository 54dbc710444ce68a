"""Coverage-guided byte-level fuzzing of one target with atheris (libFuzzer).

``python -m fuzz.atheris_main TARGET [libFuzzer options] [CORPUS_DIR]``, normally started
by ``python -m fuzz --full``. Targets: ``facebook``, ``x``, ``youtube`` (the bytes are the
listing body), ``classify`` (the bytes, decoded with ``surrogateescape``, are a comment)
and ``classify-cli`` (the bytes are the command's input). A finding is any exception
outside :mod:`monitor.errors`, a result that cannot be stored, or a comment classified
slower than the suites' bound; libFuzzer then writes the input to ``crash-*``.
"""

from __future__ import annotations

import io
import sys
import time

import atheris

with atheris.instrument_imports(include=["connectors", "classifiers", "monitor.webhooks"]):
    from classifiers.cli import run_classify
    from fuzz.targets import _pipeline, check_storable, classify_text, fetch_facebook, fetch_x, fetch_youtube
    from monitor.errors import ConnectorError

#: Same bound as tests/test_fuzz_classifier.py.
BOUND_S = 2.0


def _connector(fetch):
    def run(data: bytes) -> None:
        try:
            result = fetch(data)
        except ConnectorError:
            return
        check_storable(result)
    return run


def _classify(data: bytes) -> None:
    text = data.decode("utf-8", "surrogateescape")
    started = time.perf_counter()
    verdict = classify_text(text)
    elapsed = time.perf_counter() - started
    if elapsed > BOUND_S:
        raise AssertionError(f"{elapsed:.2f} s for {len(text)} characters")
    verdict.to_dict()


def _classify_cli(data: bytes) -> None:
    out, err = io.StringIO(), io.StringIO()
    pipeline = _pipeline()
    with pipeline.nlp.memory_zone():  # as in classify_text: new token strings are dropped after
        code = run_classify(io.StringIO(data.decode("utf-8", "replace")), out, errors=err, pipeline=pipeline)
    if code not in (0, 1):
        raise AssertionError(f"exit code {code}")


TARGETS = {
    "facebook": _connector(fetch_facebook),
    "x": _connector(fetch_x),
    "youtube": _connector(fetch_youtube),
    "classify": _classify,
    "classify-cli": _classify_cli,
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        raise SystemExit(f"usage: python -m fuzz.atheris_main {{{','.join(TARGETS)}}} [libFuzzer options]")
    target = TARGETS[sys.argv[1]]
    if sys.argv[1].startswith("classify"):
        _pipeline()  # built once, before the clock of the first input starts
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
