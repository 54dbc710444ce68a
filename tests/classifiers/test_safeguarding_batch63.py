"""safeguarding, batch 63-65 mechanisms: snow closures, the PTA fair and strangers under a
school's concert and sports-day videos, in wording that is not in the case file.

Each idea is written once, at the level of who does what to whom, and proved with new
wordings (other actors, verbs, registers) plus hard negatives sharing the words:

- an onlooker desiring a child's body, clothes or age (``child_body_desired``);
- a stranger wanting more, slower or closer footage of particular children, or a pictured
  child's own accounts (``child_footage_sought``);
- a stranger asking how to reach a pictured child: the bus home, where they train, the
  school's postcode to leave a present (``pictured_child_located``).

A proud family's words (a commenter's own child, "proud", "well done") veto the three; a
parent reporting such a stranger is still a safeguarding concern, so a report does not. The pipeline is the
safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)

MECHANISMS = [
    # child_body_desired
    ("that young gymnast has a lovely little figure, can't stop looking", SG, "child_body_desired"),
    ("Madam, the lad third from the left has a perfect body for his age.", SG, "child_body_desired"),
    ("tiny dancers 🤤🤤", SG, "child_body_desired"),
    ("the wee lass on the left 👅", SG, "child_body_desired"),
    ("is that blonde lass on the recorder single lol", SG, "child_body_desired"),
    ("she cant be older than 11 but she looks well fit", SG, "child_body_desired"),
    ("the small boy on the triangle needs a sugar daddy", SG, "child_body_desired"),
    ("they should perform in shorter skirts next year, no complaints here", SG, "child_body_desired"),
    # child_footage_sought
    ("could u post more footage of the relay, especially the girls, zoomed in if you can", SG, "child_footage_sought"),
    ("Kindly share longer clips of the choir, just the boys in the front row.", SG, "child_footage_sought"),
    ("any more vids of the kid wearing the red leotard??", SG, "child_footage_sought"),
    ("watched it 20 times now, the little girl in the pink is perfect", SG, "child_footage_sought"),
    ("whats the tiktok of the boy on keyboards", SG, "child_footage_sought"),
    ("does that small lass who did the cartwheel have an insta", SG, "child_footage_sought"),
    ("the gymnast girls' snaps pls", SG, "child_footage_sought"),
    # pictured_child_located
    ("which way does the lad with the guitar walk home?", SG, "pictured_child_located"),
    ("Where does the girl on the violin practise? I would like to watch.", SG, "pictured_child_located"),
    ("address of this school? got a little gift for the boy who played piano", SG, "pictured_child_located"),
]

HARD_NEGATIVES = [
    # a proud family's words, a body in sport or heat, a reported stranger
    "my daughter has the best little legs for running, so proud of her in the relay",
    "the little ones were dripping after the sack race, it was boiling 🥵",
    "is the drama teacher single handed running the whole show? amazing",
    "could you post more of the relay please, my son was in the last leg",
    "please upload more of the choir, the kids were fantastic, well done all",
    "watched it 10 times, my grandson in the pink is perfect, bless him",
    "what's the insta of the choir? we'd love to follow their concerts",
    "what's the insta of the dance school the girls go to? want to book lessons",
    "what bus does the year 7 trip leave on, asking for my niece",
    "what's the postcode of the school? we're coming to the open evening",
    "they should wear more layers for sports day next year, it was freezing",
    "the girl who sang has a lovely voice, give her the lead next year",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch63_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch63_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
