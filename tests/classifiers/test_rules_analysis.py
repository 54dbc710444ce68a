"""The stored pattern analyses (classifiers/data/rule_analysis.json) that shorten a cold start.

They must be exactly what a fresh analysis gives, and cover every pattern the default
pipeline uses; otherwise a cold start parses again (slower, never wrong). After editing a
rule, `python -m classifiers.rules --write-analysis` brings the file up to date.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers import rules
from classifiers.pipeline import build_pipeline


def test_stored_analyses_are_fresh_and_complete(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = rules._AnalysisStore(tmp_path / "absent.json")
    monkeypatch.setattr(rules, "ANALYSES", fresh)
    build_pipeline().classify_many(["Lovely to see the children enjoying the fair!", "you lot are a disgrace"])
    written = tmp_path / "fresh.json"
    count = fresh.write(written)
    computed = json.loads(written.read_text(encoding="utf-8"))
    shipped = json.loads(rules.ANALYSIS_PATH.read_text(encoding="utf-8"))
    # (patterns a detector analyses when its module is imported were analysed earlier in
    # this process; the test below covers them in a fresh one)
    assert count == fresh.misses == len(computed) > 1000
    missing = computed.keys() - shipped.keys()
    assert not missing, ("run `python -m classifiers.rules --write-analysis`", sorted(missing)[:3])
    differing = [key for key in computed if computed[key] != shipped[key]]
    assert not differing, differing[:3]


def test_a_fresh_process_finds_every_analysis_stored() -> None:
    code = ("from classifiers.pipeline import build_pipeline\n"
            "from classifiers.rules import ANALYSES\n"
            "build_pipeline().classify_many(['Lovely to see the children enjoying the fair!', 'you lot are a disgrace'])\n"
            "print(ANALYSES.misses)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(rules.__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[-1] == "0", "run `python -m classifiers.rules --write-analysis`"


def test_a_pattern_not_stored_is_analysed_and_the_same(tmp_path: Path) -> None:
    store = rules._AnalysisStore(tmp_path / "absent.json")
    pattern = r"\b(?:sell(?:ing)?|for\s+sale)\s+(?:my|our)\b"
    first = store.lookup("required_literals\x1f" + repr(pattern), lambda: rules.required_literals.uncached(pattern))
    again = store.lookup("required_literals\x1f" + repr(pattern), lambda: pytest.fail("analysed twice"))
    assert first == again == rules.required_literals.uncached(pattern)
    assert isinstance(again, frozenset) and store.misses == 1


def test_a_broken_file_means_analysing_everything(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    store = rules._AnalysisStore(broken)
    assert store.lookup("min_digits\x1f'\\\\d{3}'", lambda: 3) == 3
    assert store.misses == 1
