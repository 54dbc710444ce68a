"""The checks every safeguarding table test makes of a flagged comment."""

from __future__ import annotations

from classifiers.base import Verdict


def assert_flagged(verdict: Verdict, labels: tuple[str, ...], rule: str | None) -> None:
    """``verdict`` has exactly ``labels``, safeguarding at the acting score, ``rule`` (if
    given) among the rules explaining it, and any abuse explained as a threat aimed at a
    person."""
    assert verdict.labels == labels, verdict.to_dict()
    assert verdict.scores["safeguarding"] >= 0.5
    rules = [e.rule for e in verdict.explanations["safeguarding"]]
    if rule is not None:
        assert rule in rules, rules
    if "abuse" in labels:
        [why] = verdict.explanations["abuse"]
        assert why.rule.endswith(":aimed_at_person")
