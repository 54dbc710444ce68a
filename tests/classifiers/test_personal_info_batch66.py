"""Personal information, batches 66-68: the general causes behind its errors.

New wordings of each idea (none is a case of the case file) and hard negatives sharing
their words:

- a car's registration plate posted with the car, or with where it goes, finds the family
  as surely as a house number (never a year group like "yr10" or a key stage);
- an organisation's own mailbox or line, named as such and then told ("the academy's
  phone number is ..."), is no one's personal information; a parent's own address or
  number beside the office's name still is;
- where someone lives given as the corner of two named streets, with no house number;
- a count of things before a street ("12 families on the close") is no house number.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PERSONAL = [
    "the blue transit with plate KM21 ZXR blocks the crossing every day, report them",
    "reg BV70 HJU is parked on the zigzags again at pick up",
    "a white van, registration LP19 WQD, has been sitting outside the park all week",
    "can the office email me back at p.lowe@example.com please",
    "the office number is useless, just ring me on 07700 900321",
    "the attendance office couldn't help, my number is 07700 900654 if anyone knows more",
    "my nan's friend is living right on the corner of Quarry Lane and Hill Road, the blue gate",
    "that family stays on the corner of Kiln Avenue & Mere Close, everyone knows the house",
]

NOT_PERSONAL = [
    "my yr10 son and his gcse mates went to the car park after",
    "the academy's phone number is 0161 496 0123, ask for the attendance team",
    "the nursery email is office@example.com if you need to change days",
    "grey ford transit, no idea of the plate, drove off towards the bridge",
    "we met on the corner of Mill Road and Park Avenue for the sponsored walk",
    "about 30 homes on our lane lost their catchment at the last review",
    "at least 6 cars down our street got tickets at pick up",
    "there were 20 kids from my road at the party",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_personal(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), True)


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_not_personal(personal_info_pipeline: Pipeline, text: str) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), False)
