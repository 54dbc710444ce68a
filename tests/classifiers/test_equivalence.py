"""Speed work keeps behaviour: the model-independent detectors still give, on every school
case and every string of the classifier tests, the detections recorded at the reference
commit (``tests/fixtures/classifiers/detections.json``, written by
``python benchmarks/equivalence.py --write-fixture``; comments named by digest).

Comments added or edited since the fixture was written are not in it and are skipped; a
change of behaviour on purpose (new lexicon entries, new rules) means regenerating the
fixture and saying so in the commit.
"""

from __future__ import annotations

import json

from benchmarks.equivalence import FIXTURE, PINNED_DETECTORS, pinned_sample, record_pinned, text_key


def test_pinned_detectors_give_the_recorded_detections() -> None:
    fixture = json.loads(FIXTURE.read_text(encoding="utf-8"))
    texts = [t for t in pinned_sample() if text_key(t) in fixture]
    # most of the sample is still there: the check is not vacuous
    assert len(texts) >= 0.8 * len(fixture) and len(texts) >= 1000
    got = record_pinned(texts)
    differing = sorted(key for key in got if got[key] != fixture[key])
    detail = [(key, sorted(set(got[key]) | set(fixture[key]))) for key in differing[:5]]
    assert not differing, (
        f"{len(differing)} of {len(texts)} comments differ from the fixture (digest, detectors): {detail}; "
        "if the change is intended, regenerate with `python benchmarks/equivalence.py --write-fixture`"
    )
    # the sample exercises every pinned detector, hits and misses alike
    fired = {name for entry in fixture.values() for name in entry}
    assert fired == set(PINNED_DETECTORS)
    assert sum(1 for entry in fixture.values() if not entry) >= 100

