"""Table tests for the abuse detector's batches 25-29 mechanisms.

An insult standing as a clause of its own beside the person it names ("good riddance to
mrs x, horrible old witch", "hypocrites, the lot of you"); the person a relative clause
describes as the subject of an insult ("the parent who complained ... is a ..."); "taught
by <insult>" read like "run by"; text-speak contractions with no apostrophe ("shes so
ugly"); a lower-tier slur pointed at people present (a year, a timestamp, an event, a
plural placed or doing something); a derogation that names its group by pronoun in the
next sentence ("... send them back"); new derogations, group words and hate phrases;
and the precision rules: a slur named as "the word '...'" in a report, a view reported as
someone else's ("my son has started saying ..."), a third person's threat reported ("dad
says he's going to ..."), affection for the people teased ("... love them").
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import (
    assert_abuse_and_hate,
    assert_hate_implies_abuse,
    lexicon_slur,
)


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


_DIS = lexicon_slur("disability", "person_or_group")  # singular, read from the lexicon
_RACE = lexicon_slur("race", "addressed_or_group")
_LEET = {"a": "@", "e": "3", "i": "1", "o": "0"}


def _leet(word: str) -> str:
    return "".join(_LEET.get(ch, ch) for ch in word)


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # an epithet clause beside the person it names
    ("said goodbye to mr fenwick at the gate, miserable old bat", {"abuse"}),
    ("the lollipop man shouted at my kids again, grumpy old trout", {"abuse"}),
    ("liars, the lot of you", {"abuse"}),
    ("the governors voted it through again, absolute cowards", {"abuse"}),
    # ... hard negatives: a thing judged, a bare singular, a verb before the noun
    ("the car park was full again this morning, total shambles", set()),
    ("Mr Ahmed took the class to the farm and they saw some pigs", set()),
    ("Mrs Cole brought her dog in, old witch costume for the parade", set()),
    ("Anyone need a gutter cleared? Fair rates, covering all of Wigan", set()),
    ("Mr Hughes dressed as a pirate for book day, total clown lol", set()),
    # the person a relative clause describes
    ("the dad who parks on the zigzags every morning is a snob", {"abuse"}),
    ("the teacher who runs the after school club is a jobsworth", {"abuse"}),
    # ... hard negatives
    ("the dad who parks on the zigzags every morning is a firefighter", set()),
    ("the lady who runs the tuck shop is a star", set()),
    # "taught by", like "run by"
    ("imagine being taught by clowns like these", {"abuse"}),
    ("this academy is coached by clowns", {"abuse"}),
    # ... hard negatives
    ("taught by the best, proud of our teachers", set()),
    # a contraction written without its apostrophe
    ("shes so ugly in the nativity pics", {"abuse"}),
    ("theyre so ugly on that stage", {"abuse"}),
    # ... hard negatives
    ("shes so happy in the nativity pics", set()),
    # a slur pointed at people present
    (f"{_leet(_DIS)}s in year 9 making a mess again", {"abuse", "hate"}),
    (f"the {_DIS} at 1:32 cant even clap", {"abuse", "hate"}),
    (f"{_leet(_RACE)}s in 10b at it again", {"abuse", "hate"}),
    (f"{_DIS}s sitting at the front of the hall", {"abuse", "hate"}),
    # ... in-group slang stays abuse without a school place or time
    (f"my {_RACE}s at the party last night", {"abuse"}),
    # a slur named in a report stays below the action band
    (f"a parent used the word '{_DIS}' about my son in the playground, who do I report it to", set()),
    (f"my daughter got called a nasty word at lunch - '{_DIS}' - who do i speak to", set()),
    (f'my 15 year old keeps talking about "{_DIS}s" since he got that phone, help', set()),
    # a view reported as someone else's
    ("my lad has started saying women shouldnt be allowed to work, how do we tackle it", set()),
    # ... the same view said in the writer's own voice
    ("women shouldnt be allowed to teach science", {"abuse", "hate"}),
    # a third person's threat reported, not the writer's
    ("mum says hes going to kill us if we tell anyone", set()),
    ("i'm going to kill him when he gets off the bus", {"abuse"}),
    # affection for the people teased
    ("year 3 were feral on the trip 😂 love them", set()),
    ("the year 3s are feral, sort them out", {"abuse"}),
    # a derogation naming its group by pronoun in the next sentence
    ("the migrants got the allotments again. send them back", {"abuse", "hate"}),
    ("the refugees are at the gate again. keep them off our field", {"abuse", "hate"}),
    # ... hard negatives
    ("the refugees arrived last week. we sent them a welcome hamper", set()),
    ("the polish families cooked for the fair. keep them coming, delicious", set()),
    ("the gay couple adopted two boys. lock them up in the tower lol, congratulations", set()),
    ("the polish families cooked. keep them out of the kitchen next time, they did too much", set()),
    # new derogations beside a group word
    ("the autistic lad was flapping again at assembly, lock him up", {"abuse", "hate"}),
    ("the gay teachers are turning the kids, wake up", {"abuse", "hate"}),
    ("half the hindus in the photo pretending to be british", {"abuse", "hate"}),
    ("the jewish boy counting his change at the fair 😂", {"abuse", "hate"}),
    # ... hard negatives
    ("lock him up in the stocks at the summer fair, 50p a sponge", set()),
    ("the autistic kids counted the money at the tuck shop, brilliant maths", set()),
    # a hate phrase: a man in a dress, said of a trans person
    ("sh3 is a m@n in a dr3ss and they let her in the girls changing rooms", {"abuse", "hate"}),
    # an epithet clause with a relative clause after it
    ("the choir leader should go, bossy old cow who only picks her favourites", {"abuse"}),
    # ... a thing judged, not a person
    ("the new rota came out today, massive shambles that nobody asked for", set()),
    # "stinks the <place> out"
    ("Mr Platt stinks the whole corridor out every morning", {"abuse"}),
    # ... hard negatives
    ("the kiln stinks the whole art room out on firing days", set()),
    ("she smells the flowers in the sensory garden every day", set()),
    # a person's voice or act compared
    ("the deaf lad's singing sounds like a seal", {"abuse", "hate"}),
    ("that girl's laugh sounds like a goat", {"abuse"}),
    # ... hard negatives
    ("the deaf lad's drawing looks like a horse, which is what he was drawing", set()),
    # a consequence clause refers back
    ("a polish family has moved into the old vicarage. there goes the neighbourhood", {"abuse", "hate"}),
    # ... hard negatives
    ("a polish family has moved into the old vicarage. there goes the last empty house", set()),
    ("the muslim families ran the tombola. there goes the school bell, home time", set()),
    # an insult generalised to a group
    ("thick as mince like all the autistic ones", {"abuse", "hate"}),
    ("dumb like every muslim in that class", {"abuse", "hate"}),
    # ... hard negatives
    ("our autistic son loves trains like all the kids in his class", set()),
    # "that's a <thing epithet>": a decision judged
    ("if the field is sold that's a disgrace", set()),
    ("closing the library, that's a joke", set()),
    # ... a person judged
    ("that head is a disgrace", {"abuse"}),
    # a trans pupil described by periphrasis, then insulted
    ("the boy who thinks hes a girl is a nutcase", {"abuse", "hate"}),
    # a slur quoted in a report after "told ... that she's a"
    (f"my son was told by a lad in his class that he's a '{_DIS}', I've emailed the head", set()),
    # new vocabulary
    ("the maths department couldnt find their own arses with a map", {"abuse"}),
    ("she's the school bike, ask anyone", {"abuse"}),
    ("u lot are mugs for paying that", {"abuse"}),
    # ... hard negatives
    ("the school bike shed is getting a new roof", set()),
    ("please bring named mugs for the coffee morning", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch25_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, (text for text, _ in CASES))


def test_epithet_clause_explains_itself(detector: AbuseDetector) -> None:
    text = "said goodbye to mr fenwick at the gate, miserable old bat"
    found = [d for d in detector.detect(text) if d.label == "abuse" and d.score >= 0.5]
    assert found
    why = found[0].explanation
    assert any("epithet clause" in a for a in why.adjustments), why
    assert text[why.start:why.end].endswith("old bat")


def test_pointed_slur_explains_itself(detector: AbuseDetector) -> None:
    text = f"the {_DIS} at 1:32 cant even clap"
    hate = [d for d in detector.detect(text) if d.label == "hate"]
    assert hate and any(a.startswith("targeted: pointed") for a in hate[0].explanation.adjustments)
