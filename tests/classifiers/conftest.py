"""Fixtures shared by the classifier table tests."""

from __future__ import annotations

import pytest

from classifiers.detectors.safeguarding import SafeguardingDetector
from classifiers.pipeline import Pipeline, assemble_pipeline


@pytest.fixture(scope="session")
def safeguarding_pipeline() -> Pipeline:
    """A pipeline of the safeguarding detector alone (built once for every table)."""
    return assemble_pipeline([SafeguardingDetector()])
