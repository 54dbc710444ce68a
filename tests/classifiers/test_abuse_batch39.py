"""Table tests for the abuse detector's batches 39-41 mechanisms.

A two-word slur written as one word; a disability slur whose inflected forms are ordinary
words ("crippled by debt"), read only as listed; "-es" as a plural ending only after the
letters that take it ("rat" + "es" is "rates"); a nationality word that is also a verb,
read as the verb when an object follows ("go polish your halo"); "slag off" as the verb
(to run someone down), not the insult word; the writer's own child spoken of by someone
else ("telling everyone my daughter's a liar"); an email address spelled out letter by
letter, which holds no word.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _joined_slur() -> str:
    """A two-word slur of the lexicon written as one word, so the test never spells it out."""
    lexicon = load_lexicon()
    return min(e.term.replace(" ", "") for entries in lexicon.entries.values() for e in entries
               if e.kind == "slur" and e.target == "race" and e.term.count(" ") == 1)


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a disability slur read as listed (plural), its inflections ordinary words
    ("stupid cripples the lot of them in that unit", {"abuse", "hate"}),
    ("the council is crippled by debt and the crippling costs of transport", set()),
    ("a crippling injury ended his rugby season, get well soon", set()),
    # "-es" only where English puts it: "rates", "grates", "pirates" hold no insult
    ("mates rates for school mums on the bake sale tables", set()),
    ("the pirates assembly was brilliant, the rates of reading are up", set()),
    ("you lot are rats, every one of you", {"abuse"}),
    # a nationality word read as a verb when an object follows
    ("go polish your halo you stuck up cow", {"abuse"}),
    ("go and polish those boots you lazy lot", {"abuse"}),
    ("the kids polished off the cake at the polish evening", set()),
    ("the polish dads are scum", {"abuse", "hate"}),
    # "slag off" is the verb: a complaint, not the insult word
    ("she loves to slag him off at the gate but never says it to his face", set()),
    ("stop slagging off the teachers, they work hard", set()),
    ("stop slagging off the teachers you slag", {"abuse"}),
    # the writer's own child, called a name by someone else
    ("her lad is telling everyone my son's a thief, he isn't", set()),
    ("that woman keeps saying my daughter is a liar to the other mums", set()),
    ("your son's a thief and everyone knows it", {"abuse"}),
    # an email address spelled out is no word
    ("write to me: j o e . l e t c h f o r d @ example.com", set()),
    ("email s a m . l e t c h e r at example dot com for the rota", set()),
    ("m r s x i s a s a d o l d c o w", {"abuse"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch39_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_joined_two_word_slur_is_hate(detector: AbuseDetector) -> None:
    slur = _joined_slur()
    assert_abuse_and_hate(detector, f"that {slur} dad can take his opinion home", {"abuse", "hate"})
    assert_abuse_and_hate(detector, f"{slur}s the lot of them", {"abuse", "hate"})


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
