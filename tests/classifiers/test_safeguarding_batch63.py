"""safeguarding, batch 63-65 mechanisms: snow closures, the PTA fair and strangers under a
school's concert and sports-day videos, in wording that is not in the case file.

Each idea is written once, at the level of who does what to whom, and proved with new
wordings (other actors, verbs, registers) plus hard negatives sharing the words:

- an onlooker desiring a child's body, clothes or age (``child_body_desired``);
- a stranger wanting more, slower or closer footage of particular children, or a pictured
  child's own accounts (``child_footage_sought``);
- a stranger asking how to reach a pictured child: the bus home, where they train, the
  school's postcode to leave a present (``pictured_child_located``);
- young children left unattended by those who should care (``child_left_unattended``);
- a child or household going without food or heat (``household_without_food_or_heat``);
- harm from a family member told after what led to it (``harm_at_home_after``);
- paid work or time with children sought with the parents cut out, or a child asked after
  as "available" (``children_sought_without_parents``);
- vanishing wished for as a relief, for good (``vanishing_as_relief``);
- a partner holding the money and watching the phone (``partner_controls_money_and_phone``);
- a young person to be taken abroad and married, or "married off" (``sent_abroad_to_marry``).

The threats (a confrontation sealed with a taunt, tampering with a person's food or
drink, a bomb put in a named part of the school) are in ``test_threat_grammar.py``.

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
    # child_left_unattended
    ("Our neighbour leaves the twins alone in the flat till gone midnight most weekends.", SG, "child_left_unattended"),
    ("nobody turned up to collect the wee girl from breakfast club again, she was so upset", SG, "child_left_unattended"),
    # household_without_food_or_heat
    ("no one in my house has cooked for me since thursday", SG, "household_without_food_or_heat"),
    ("electric's run out and theres nothing to eat, baby is freezing", SG, "household_without_food_or_heat"),
    # harm_at_home_after
    ("my stepmum shouts about my grades and then slaps me when i cry", SG, "harm_at_home_after"),
    ("my nan's boyfriend drinks all day, if i make noise he... my grandad and he kicks me", SG, None),
    # children_sought_without_parents
    ("Seeking young actors 9-13 for a short film, cash in hand, mums and dads don't need to know.", SG, "children_sought_without_parents"),
    ("which of your pupils are free for weekend babysitting with me x", SG, "children_sought_without_parents"),
    # vanishing_as_relief
    ("wud be simpler for every1 if i just vanished tbh", SG, "vanishing_as_relief"),
    ("Some days I think it would be kinder to go away permanently.", SG, "vanishing_as_relief"),
    # partner_controls_money_and_phone
    ("my husband keeps my wages and checks my messages every night", SG, "partner_controls_money_and_phone"),
    ("she reads all my texts and has taken my passport", SG, "partner_controls_money_and_phone"),
    # sent_abroad_to_marry
    ("my uncle says they'll take her to bangladesh in the summer to be married", SG, "sent_abroad_to_marry"),
    ("dad wants to marry my sister off before she turns 16", SG, "sent_abroad_to_marry"),
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
    "left the kids home alone for ten minutes while i nipped out, they're 14 and 15",
    "Nobody came for the lost property again, it's going to the charity shop on Friday",
    "nothing in the fridge and the electric's off for the rewiring, takeaway night",
    "no one fed the class hamster over half term, poor thing",
    "parents needn't attend the assembly, it will be streamed, the teacher will send the link",
    "which of the pupils are free to help at the fair? please tell the office",
    "the magician made the rabbit disappear for good, the kids were amazed",
    "my son took my bank card for robux and checks my phone for the code, grounded",
    "they're taking us to spain for my cousin's wedding, we've all been invited",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch63_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch63_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
