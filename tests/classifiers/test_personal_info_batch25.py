"""Personal information, batches 25-29: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- e-mail addresses spelled out letter by letter around the "@";
- addresses: a named house on a named street, a street with an ambiguous suffix ("Way",
  "View", "Park") written as a name or after an address cue; a run-together lower-case
  postcode shape is leetspeak unless an address word is near;
- pupils: the class first and the name after it, an age in brackets followed by more,
  "12 today", "my lad"/"our eldest" before a full name, a lower-case name whose first word
  is also an ordinary word before a year group, form or age;
- an interjection ("oi", "yo") is no first name; a discount code "at" a shop is no mailbox.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # spaced-out e-mail addresses
    ("for the rota email t o m . h a r d y 7 @ example . com", PI, 0.85),
    ("j e s s @ e x a m p l e . c o . u k if you find the coat", PI, 0.85),
    ("write to me, p.r.i.y.a @ example.org", PI, 0.85),
    # named houses and streets with ambiguous suffixes
    ("drop the raffle prizes at Rose Cottage, Mill Lane please", PI, 0.7),
    ("the spare key is at Ivy Farmhouse, Back Lane", PI, 0.7),
    ("party at ours, 12 Heather View, from 3pm", PI, 0.75),
    ("she lives at 7 kestrel way now", PI, 0.75),
    ("our new house is 22 Meadow Park if anyone wants to pop round", PI, 0.75),
    # pupils: class first, bracketed ages, birthdays, relatives
    ("huge congratulations to 11C, especially Oliver Marsh for his art prize", PI, 0.75),
    ("Year 5: Poppy Hargreaves and Ben Ashworth ran the tuck shop", PI, 0.75),
    ("Our Freddie Lomax (aged 7, Willow class) lost his lunchbox", PI, 0.8),
    ("happy birthday Ruby Sandhu, 9 today!", PI, 0.8),
    ("my eldest Callum Fairweather starts in September", PI, 0.75),
    ("our lad Jacob Whitlow needs a lift to football", PI, 0.75),
    ("grace pemberton-hale year 9 dropped her purse by the gates", PI, 0.75),
    ("tom oyelaran aged 13 was the one on the roof", PI, 0.75),
    ("k a y d e n  f o r s h a w 10C left his coat", PI, 0.75),
    # hard negatives sharing the words
    ("we will meet at the Village Hall on Church Lane", NONE, 0.0),
    ("the view from the top of the park was lovely", NONE, 0.0),
    ("what a way to finish the term, well done everyone", NONE, 0.0),
    ("Year 4 Oak Class had a brilliant trip", NONE, 0.0),
    ("congratulations to Year 6, what a Sports Day", NONE, 0.0),
    ("revised photosynthesis for an hour, then chemistry", NONE, 0.0),
    ("oi jodie in year 8 ur hilarious", NONE, 0.0),
    ("yo marcus from year 11 ur a legend", NONE, 0.0),
    ("use code SUMMER20 at example dot com for money off", NONE, 0.0),
    ("sk1pp3d br34kf4st again lol", NONE, 0.0),
    ("has anyone seen kayla from year 7? she left her bag", NONE, 0.0),
    ("fr33 c01ns 4t the link, 10k in an hour", NONE, 0.0),
    ("the match is at 2pm, year 7 v year 8", NONE, 0.0),
]


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels), min_score)


def test_a_spaced_email_is_explained_and_masked(personal_info_pipeline: Pipeline) -> None:
    text = "email me on a m y . k @ example . com about the cakes"
    verdict = personal_info_pipeline.classify(text)
    found = next(e for e in verdict.explanations["personal_info"] if e.rule == "email_spaced")
    assert found.detector == "personal_info"
    assert text[found.start:found.end].startswith("a m y")
    assert "example" not in (found.matched or "")  # masked: the address is never repeated


def test_a_named_house_is_explained(personal_info_pipeline: Pipeline) -> None:
    text = "bring the tombola bottles to Hill Farm, Station Road"
    verdict = personal_info_pipeline.classify(text)
    rules = {e.rule for e in verdict.explanations["personal_info"]}
    assert "named_house_address" in rules, verdict.to_dict()


def test_a_run_together_postcode_still_counts_in_capitals_or_beside_an_address_word(personal_info_pipeline: Pipeline) -> None:
    assert "personal_info" in personal_info_pipeline.classify("parcel to M14AB please").labels
    assert "personal_info" in personal_info_pipeline.classify("my postcode is m14ab").labels
    assert "personal_info" not in personal_info_pipeline.classify("ate m14ab for tea lol").labels
