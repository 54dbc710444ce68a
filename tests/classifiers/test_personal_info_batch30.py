"""Personal information, batches 30-32: the general causes behind their misses and false alarms.

New wordings of each idea (none is a case of the case file), with hard negatives that
share its words:

- a date of birth a few words after its "DOB" cue, with the child's name in between
  ("DOB (ours is Milo, 14/03/2014)"); a form's deadline after "DOB" is no birth date;
- a phone number read out with tens in it ("... double oh ninety oh four ..."), digits and
  words mixed; counting in tens is no number;
- "no one", "that one" are pronouns, not a house number, and a possessive ("my close") is
  no street name;
- a website told with "at" ("sign up at homeworkhero dot co dot uk", "find us at ...") is
  no mailbox; a name "at" a domain still is;
- "flat 12" is an address only with the rest of one after it (a number, a capitalised
  name, a building or street word), not "the girl from flat 12 goes to ...".
"""

from __future__ import annotations

import pytest

from classifiers.detectors.personal_info import _spoken_digits
from classifiers.pipeline import Pipeline
from tests.classifiers.scoring import assert_personal_info

PI = ("personal_info",)
NONE: tuple[str, ...] = ()


TABLE = [
    # dates of birth with the child named between cue and date
    ("pop your kid's DOB below (ours is Milo, 14/03/2014)", PI, 0.9),
    ("the dob of my youngest, Ava, 3rd May 2016", PI, 0.9),
    ("D.O.B. of our Jack: 21.11.2013", PI, 0.9),
    ("the DOB forms are due back by 12/10/2025", NONE, 0.0),
    ("put the DOB on the consent slip before 01/06/2025 please", NONE, 0.0),
    # numbers read out with tens
    ("ring me oh seven seven oh oh ninety oh four four one", PI, 0.9),
    ("whatsapp 0 7 7 0 0 nine 0 0 fifty 3 1", PI, 0.9),
    ("we counted ninety one, ninety two, ninety three laps", NONE, 0.0),
    ("twenty nine kids in year 4 and thirty two in year 5", NONE, 0.0),
    # pronouns and possessives are no street
    ("no one washes my drive for me", NONE, 0.0),
    ("that one down my road barks all night", NONE, 0.0),
    ("we're at number nine Kestrel Close if you need us", PI, 0.75),
    # websites told with "at" are no mailbox
    ("find us at kidzfit dot co dot uk for the timetable", NONE, 0.0),
    ("sign up online at sportsclubhub dot com", NONE, 0.0),
    ("my email is p.jones at example dot com", PI, 0.9),
    ("write to aisha at example dot co dot uk", PI, 0.9),
    # flats
    ("she lives at flat 4, 12 Brook Street", PI, 0.75),
    ("Flat 7 Kingfisher House, drop it off there", PI, 0.75),
    ("the boy from flat 9 keeps crying at night", NONE, 0.0),
    ("flat 3 has had their lights on all week", NONE, 0.0),
]


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE)
def test_personal_information_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    assert_personal_info(personal_info_pipeline.classify(text), bool(labels), min_score)


@pytest.mark.parametrize(("run", "digits"), [
    ("oh seven seven oh oh ninety oh four four one", "07700900441"),
    ("ninety one", "91"),
    ("ninety", "90"),
    ("0 7 7 0 0 ninety 0 five 1 2", "07700900512"),
    ("double oh forty two", "0042"),
    ("ninety 5 oh", "950"),
])
def test_spoken_tens_are_read_as_digits(run: str, digits: str) -> None:
    assert _spoken_digits(run) == digits


def test_a_spoken_number_with_tens_is_explained_and_masked(personal_info_pipeline: Pipeline) -> None:
    text = "call me on oh seven seven oh oh ninety oh eight eight two"
    verdict = personal_info_pipeline.classify(text)
    found = next(e for e in verdict.explanations["personal_info"] if e.rule == "phone_number_spoken")
    assert text[found.start:found.end].startswith("oh seven")
    assert "ninety" not in (found.matched or "")  # masked


def test_a_birth_date_after_a_name_is_explained(personal_info_pipeline: Pipeline) -> None:
    text = "DOB (mine's Poppy, 09/01/2015) thanks"
    verdict = personal_info_pipeline.classify(text)
    found = next(e for e in verdict.explanations["personal_info"] if e.rule == "date_of_birth")
    assert text[found.start:found.end].startswith("DOB")
    assert text[found.start:found.end].endswith("2015")
