"""Hostile text to the classifier and broken lines to ``monitor classify`` (issue 7, item 3).

Megabyte comments, control and bidi characters, zalgo, emoji floods, lone surrogates,
text decoded from invalid UTF-8, very long words and long runs of separators or
punctuation (the inputs that make a backtracking regex or spaCy's affix splitting
quadratic) must each be classified without a crash, within a time bound (2 s of CPU
measured with ``time.process_time``, and 20 s of wall time), into a verdict of the usual
shape that can be stored and printed.
Text past :data:`classifiers.pipeline.MAX_TEXT_CHARS` is cut, the verdict needs review
and says why. ``MONITOR_FUZZ_FULL=1`` runs many more random examples.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from classifiers.base import LABELS
from classifiers.cli import run_classify
from classifiers.pipeline import MAX_TEXT_CHARS
from fuzz.payloads import HOSTILE_TEXTS, hostile_texts, json_values
from fuzz.targets import _pipeline, classify_text

FULL = os.environ.get("MONITOR_FUZZ_FULL") == "1"
FUZZ = settings(max_examples=1000 if FULL else 150, deadline=None, derandomize=not FULL,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: Per comment, whatever its size (a megabyte comment is cut first), in CPU seconds: on a
#: machine shared with other work the wall time of the same call varied from 1.2 s to 3 s
#: while its CPU time stayed at 0.55 s, so CPU time is what measures the work.
BOUND_S = 2.0
#: Wall time per comment, for a hang that does not use the CPU (a lock, a wait).
WALL_BOUND_S = 20.0
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def warm_pipeline():
    classify_text("warm up the model once, outside the timed calls")


def check_verdict(text: str, verdict) -> None:
    assert set(verdict.scores) == set(LABELS)
    assert set(verdict.labels) <= set(LABELS)
    assert all(0.0 <= s <= 1.0 for s in verdict.scores.values())
    assert all(verdict.scores[label] >= 0.5 for label in verdict.labels)
    for label, explanations in verdict.explanations.items():
        assert label in LABELS and explanations
        for e in explanations:
            if e.start is not None:
                assert 0 <= e.start <= e.end <= len(text), (e.detector, e.rule, e.start, e.end)
    data = verdict.to_dict()
    # the verdict is stored as JSON and printed as UTF-8: both must work
    json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8")
    if len(text) > MAX_TEXT_CHARS:
        assert verdict.needs_review
        assert any("truncated" in e for e in verdict.errors)


def timed_classify(text: str):
    """The verdict and the CPU seconds it took; fails at once past the wall bound."""
    started, cpu_started = time.perf_counter(), time.process_time()
    verdict = classify_text(text)
    elapsed, wall = time.process_time() - cpu_started, time.perf_counter() - started
    assert wall < WALL_BOUND_S, f"{wall:.1f} s of wall time for {len(text)} characters"
    return verdict, elapsed


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_is_classified_within_the_bound(name):
    text = HOSTILE_TEXTS[name]
    verdict, elapsed = timed_classify(text)
    assert elapsed < BOUND_S, f"{name}: {elapsed:.2f} s of CPU for {len(text)} characters"
    check_verdict(text, verdict)


@FUZZ
@given(text=hostile_texts())
def test_random_hostile_text(text):
    verdict, elapsed = timed_classify(text)
    assert elapsed < BOUND_S
    check_verdict(text, verdict)


def test_truncation_is_explained_and_needs_review():
    text = "ring me on 07700 900461 " + "lovely day " * 100_000
    verdict = classify_text(text)
    assert "personal_info" in verdict.labels and verdict.needs_review
    notes = [e for e in verdict.explanations["personal_info"] if e.rule == "text_truncated"]
    assert len(notes) == 1 and notes[0].detector == "pipeline"
    assert f"first {MAX_TEXT_CHARS} of {len(text)} characters" in notes[0].adjustments[0]
    # a short comment is never cut
    short = classify_text("ring me on 07700 900461")
    assert not short.needs_review and not short.errors


def test_long_runs_keep_the_text_and_its_offsets():
    text = "hello " + "!" * 5_000 + " ring 07700 900461 " + "\U0001F600" * 3_000 + " bye"
    doc = _pipeline().prepare(text)
    assert doc.text == text
    verdict = classify_text(text)
    phone = verdict.explanations["personal_info"][0]
    assert text[phone.start:phone.end].replace(" ", "").endswith("900461")


def test_new_words_leave_the_vocabulary_as_it_was():
    # A full run classifies thousands of random texts; kept, their token strings grew the
    # process by about 0.4 MB a text (gigabytes in all).
    strings = _pipeline().nlp.vocab.strings
    classify_text("warm")
    before = len(strings)
    for i in range(5):
        verdict = classify_text(" ".join(f"qzx{i}w{j}" for j in range(300)) + " ring me on 07700 900461")
        assert "personal_info" in verdict.labels
    assert len(strings) == before


def test_lone_surrogates_do_not_break_storage_or_printing():
    text = "you are \ud800 great \udfff"
    verdict = classify_text(text)
    check_verdict(text, verdict)


# ---------------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def pipeline():
    return _pipeline()


line_strategy = st.one_of(
    json_values().map(json.dumps),
    st.text(max_size=60),
    st.fixed_dictionaries({"id": json_values(4), "text": hostile_texts(300)}).map(json.dumps),
    st.fixed_dictionaries({"text": json_values(4)}).map(json.dumps),
    st.just('{"id": 1, "text": "trunc'),
)


@FUZZ
@given(lines=st.lists(line_strategy, max_size=8))
@example(lines=['{"id": {"\\u0085": null}, "text": ""}'])  # found by a full run: U+0085 in the output
def test_classify_command_reports_and_skips_broken_lines(pipeline, lines):
    raw = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n"
    out, err = io.StringIO(), io.StringIO()
    with pipeline.nlp.memory_zone():  # see fuzz.targets.classify_text: keeps a full run's memory flat
        code = run_classify(io.StringIO(raw), out, errors=err, pipeline=pipeline)
    good = 0
    # the command splits on "\n" only (str.splitlines would also split on "\x85" and kin)
    for line in raw.split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            continue
        good += isinstance(record, dict) and isinstance(record.get("text"), str)
    bad = sum(1 for line in raw.split("\n") if line.strip()) - good
    # JSON Lines: split on "\n" only; U+0085 or U+2028 inside a string is valid JSON
    printed = [line for line in out.getvalue().split("\n") if line]
    assert len(printed) == good
    for line in printed:
        record = json.loads(line)
        assert set(record) >= {"id", "labels", "scores", "explanations"}
    assert code == (1 if bad else 0)
    messages = [line for line in err.getvalue().split("\n") if line]
    assert len(messages) == bad
    for message in messages:
        assert message.startswith("line ")


def test_monitor_classify_command_with_broken_bytes(tmp_path):
    """The installed command on raw bytes: invalid UTF-8, a lone surrogate escape,
    truncated and non-object lines, a two-megabyte line."""
    lines = [
        b'{"id": "a", "text": "lovely concert"}',
        b"\xff\xfe{\"id\": \"b\", \"text\": \"x\"}",
        b'{"id": "c", "text": "bad \\ud800 surrogate"}',
        b'{"id": "d", "text": "trunc',
        b"[1, 2, 3]",
        b'{"id": "e", "text": "' + b"\xc3\x28" * 10 + b'"}',
        b'{"id": "f", "text": "' + b"a!" * 1_000_000 + b'"}',
        b'{"id": "g", "text": 5}',
    ]
    infile = tmp_path / "in.jsonl"
    infile.write_bytes(b"\n".join(lines) + b"\n")
    monitor = Path(sys.executable).with_name("monitor")
    started = time.perf_counter()
    proc = subprocess.run([str(monitor), "classify", str(infile)], capture_output=True, timeout=120, cwd=ROOT)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["id"] for r in out] == ["a", "c", "e", "f"]
    assert next(r for r in out if r["id"] == "f").get("needs_review") is True
    errors = proc.stderr.decode("utf-8").splitlines()
    assert any(e.startswith("line 2:") for e in errors) and any(e.startswith("line 4:") for e in errors)
    assert elapsed < 60
