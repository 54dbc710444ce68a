"""Personal information, batches 57-59: the general causes behind its misses.

New wordings (none is a case of the case file) and hard negatives sharing their words:

- pupils named with their grades, two or more in a list ("Imogen Hale A*A*A, Reuben Cross
  AAB"): results tied to named children; not a list of papers or of single-letter labels;
- an address given as an "addy", also in leetspeak read by the loose view ("22 M4ple
  Cr0ft"), and a "Croft" as a street;
- not personal information: a festival greeting from a class ("Ramadan Kareem from Year
  3"), a number of hours ("proofread in 24h") read as a form group, an estate named
  without a house.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PERSONAL = [
    "Predicted grades: Imogen Hale A*A*A, Reuben Cross AAB",
    "mock results for 11C: Daisy Morrow BBC, Kian Lowther CCD",
    "GCSE results are in, Tamsin Vey 9 and Oscar Blane 7",
    "her addy is 22 M4ple Cr0ft, come at 8",
    "addy: 4 Fenwick Way, knock twice",
    "he lives at 9 Heron Croft, the one with the trampoline",
]

NOT_PERSONAL = [
    "Ramadan Kareem from Year 3 🌙",
    "Shana Tova from Year 5, thank you for the honey cake",
    "Chag Sameach from everyone in 4B",
    "Maths Paper A, English Paper B, both on Tuesday",
    "Lost Property A, Found Items B",
    "all essays proofread in 24h, dm me",
    "the 2 lads from Meadow Croft estate won the raffle",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_personal(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_not_personal(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)
