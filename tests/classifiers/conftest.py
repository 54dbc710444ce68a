"""Fixtures shared by the classifier table tests.

Each pipeline is built once per test session. The single-detector ones judge a detector's
own rules: what the trained categoriser makes of a comment is the model's business, and a
table test of rules must not pass or fail because of it.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.commercial import CommercialDetector
from classifiers.detectors.personal_info import PersonalInfoDetector
from classifiers.detectors.safeguarding import SafeguardingDetector
from classifiers.detectors.spam import SpamDetector
from classifiers.pipeline import ClassifierContext, Pipeline, assemble_pipeline, build_pipeline


@pytest.fixture(scope="session")
def safeguarding_pipeline() -> Pipeline:
    """A pipeline of the safeguarding detector alone (built once for every table)."""
    return assemble_pipeline([SafeguardingDetector()])


@pytest.fixture(scope="session")
def school_pipeline() -> Pipeline:
    """The full default pipeline as a school runs it, with "PTA" as the school's own phrase."""
    return build_pipeline(ClassifierContext(allow_phrases=("PTA",)))


@pytest.fixture(scope="session")
def personal_info_pipeline() -> Pipeline:
    return assemble_pipeline([PersonalInfoDetector()])


@pytest.fixture(scope="session")
def spam_pipeline() -> Pipeline:
    return assemble_pipeline([SpamDetector()])


@pytest.fixture(scope="session")
def commercial_pipeline() -> Pipeline:
    return assemble_pipeline([CommercialDetector()])


@pytest.fixture(scope="session")
def spam_commercial_pipeline() -> Pipeline:
    return assemble_pipeline([SpamDetector(), CommercialDetector()])
