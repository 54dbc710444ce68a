"""Personal information, batches 33-35: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- a child named, then a bracketed form or year ("(8C)", "(yr 7)"), a pronoun linking the
  name to a year or age ("he's in year 4", "and shes 5"), an ordinal year ("7th year"),
  "our 6 year old", "who turns 8";
- a room or group named between the child and a stated age ("in Little Owls, he's 2",
  "in the toddler room is 18 months");
- a lower-case name after "is" ("the one who did it is ...");
- a date of birth a few words after "date of birth" and its "is"; a form's deadline is none;
- number words written in leetspeak ("s1x", "z3r0") are read as a spoken number;
- "one" after a possessive or "little" is a person, and a preposition is no street's first
  word ("my little one down the road").
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # bracketed forms and years
    ("the boy who pushed her was Dylan Ashworth (8C), sort it out", PI),
    ("jessamy pryce-owen (yr 7) started the group chat", PI),
    ("the trip (year 6) leaves at 8", NONE),
    ("Mr Ashworth (8C) set the homework", NONE),
    # a pronoun between the name and the year or age
    ("the new girl is Priya Okonedo, she's in year 4 and very shy", PI),
    ("my nephew is Theo Harkness and he's in Year 3 Willow class", PI),
    ("she's in year 4 and loves the library", NONE),
    # ordinal years, "our N year old", "who turns N"
    ("r.o.w.a.n b.e.l.l.i.n.g.h.a.m 7th year did it", PI),
    ("well done to Isla and Mabel Fenwick, our 6 year old twins", PI),
    ("a big happy birthday to Jude Alcott who turns 8 on Saturday", PI),
    ("the 7th year of the fair raised more than ever", NONE),
    ("our 6 year old loves the reading corner", NONE),
    # a room or group before a stated age
    ("can someone check on Esme Vardy in Little Owls, she's 2 and had a fall", PI),
    ("our Otis Brennan in the toddler room is 18 months now", PI),
    ("the toddler room is 18 degrees, far too cold", NONE),
    # a lower-case name after "is"
    ("the one who took it is corin blakesley in 9t", PI),
    ("the one who won it is in 9t", NONE),
    # date of birth after a few words
    ("date of birth for the admissions form is 03/02/2020, her name is on it", PI),
    ("date of birth forms are due by 14/02/2025", NONE),
    # number words in leetspeak
    ("t3xt m3 z3r0 s3v3n s3v3n z3r0 z3r0 n1n3 z3r0 z3r0 s1x f0ur tw0 ok", PI),
    ("0n3 tw0 thr33 f0ur, we scored four goals!", NONE),
    # a street in leetspeak, with an address word
    ("our address is 12 W1ll0wbr00k Cl0se if you need it", PI),
    ("we scored 12 g0als down the r0ad at the park", NONE),
    # a full name spelled out letter by letter before a year group
    ("it was d e c l a n h o w a r t h, year 9, who started it", PI),
    ("a m a z i n g job year 6!", NONE),
    ("w e l l d o n e year 6", NONE),
    # "one" as a person, prepositions after a number
    ("my little one across the lane loves your dog", NONE),
    ("every one down the road came to the fete", NONE),
    ("we live at seven Kestrel Road, pop round", PI),
]


@pytest.mark.parametrize(("text", "labels"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...]) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels))


def test_a_leetspeak_number_is_explained_and_masked(personal_info_pipeline: Pipeline) -> None:
    text = "r1ng m3 s3v3n s3v3n z3r0 z3r0 n1n3 z3r0 z3r0 f1v3 f1v3 tw0 l8r"
    verdict = personal_info_pipeline.classify(text)
    found = next(e for e in verdict.explanations["personal_info"] if e.rule == "phone_number_spoken")
    assert text[found.start:found.end].startswith("s3v3n")
    assert "s3v3n" not in (found.matched or "")  # masked
