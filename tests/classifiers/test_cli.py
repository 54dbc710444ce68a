"""``run_classify``: JSON lines in, JSON lines out, bad lines reported by number and skipped."""

from __future__ import annotations

import io
import json

import pytest

from classifiers.cli import run_classify
from classifiers.detectors.personal_info import PersonalInfoDetector
from classifiers.detectors.spam import SpamDetector
from classifiers.pipeline import ClassifierContext, Pipeline, assemble_pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return assemble_pipeline([SpamDetector(), PersonalInfoDetector()])


def test_classifies_each_line_in_order(pipeline: Pipeline) -> None:
    lines = [
        {"id": "a1", "text": "sub to my channel"},
        {"id": 2, "text": "ring me on 07700 900461"},
        {"id": None, "text": "lovely concert"},
    ]
    infile = io.StringIO("\n".join(json.dumps(x) for x in lines) + "\n\n")
    out, err = io.StringIO(), io.StringIO()
    assert run_classify(infile, out, errors=err, pipeline=pipeline) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a1", 2, None]
    assert all(set(r) == {"id", "labels", "scores", "explanations"} for r in records)
    assert records[0]["labels"] == ["spam"]
    assert records[1]["labels"] == ["personal_info"]
    assert records[2]["labels"] == [] and records[2]["explanations"] == {}
    # the phone number is masked in the output
    assert "900461" not in out.getvalue()
    assert err.getvalue() == ""


def test_bad_lines_are_reported_by_number_and_skipped(pipeline: Pipeline) -> None:
    infile = io.StringIO(
        '{"id": 1, "text": "free robux"}\n'
        "not json at all 07700 900461\n"
        '{"id": 3}\n'
        '["id", "text"]\n'
        '{"id": 5, "text": "hello"}\n'
    )
    out, err = io.StringIO(), io.StringIO()
    assert run_classify(infile, out, errors=err, pipeline=pipeline) == 1
    assert [json.loads(x)["id"] for x in out.getvalue().splitlines()] == [1, 5]
    report = err.getvalue().splitlines()
    assert [line.split(":")[0] for line in report] == ["line 2", "line 3", "line 4"]
    assert "07700" not in err.getvalue()  # the bad line's content is never echoed


def test_context_reaches_the_detectors() -> None:
    from classifiers.detectors.commercial import CommercialDetector

    pipe = assemble_pipeline([CommercialDetector()])
    infile = io.StringIO('{"id": 1, "text": "Oakfield PTA raffle, £2 each"}\n')
    out = io.StringIO()
    assert run_classify(infile, out, ClassifierContext(allow_phrases=("Oakfield PTA",)), pipeline=pipe) == 0
    assert json.loads(out.getvalue())["labels"] == []


def test_builds_the_default_pipeline_when_none_is_given() -> None:
    out = io.StringIO()
    assert run_classify(io.StringIO('{"id": 7, "text": "how old are you? DM me"}\n'), out) == 0
    assert "safeguarding" in json.loads(out.getvalue())["labels"]
