"""Table tests for the abuse detector's batches 30-32 mechanisms.

Coded anti-LGBT talk (an "agenda", a "mafia", a "cult", teachers and lessons called
groomers); a place said to be lost to newcomers, asylum seekers named by their status,
their ages doubted, told they cannot integrate; disabled pupils named by condition, unit
or equipment, costed, caged or kept out of sight; a place said to smell of a group's food
since it changed; doxxing (a third person's address or private number posted with a call to
use it, a pupil outed by name); and the precision rules: animals counted beside a group word,
the writer's own disabled relative, an act done to a person, a school sending a pupil home,
idioms holding a disability word, a view held by a page or group, a threat feared or
reported, a rude command quoted, name-calling condemned.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import (
    assert_abuse_and_hate,
    assert_hate_implies_abuse,
    best_scores,
)


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # coded anti-LGBT talk
    ("the pride assembly is just the gay agenda dressed up as wellbeing", {"abuse", "hate"}),
    ("these groomer teachers want to read drag books to reception", {"abuse", "hate"}),
    ("the alphabet mafia has taken over the pshe lessons", {"abuse", "hate"}),
    ("that gender cult has got into the primary now", {"abuse", "hate"}),
    # ... hard negatives sharing the words
    ("the e-safety evening explained how groomers build trust with children online", set()),
    ("the agenda for tonight's governors meeting is on the website", set()),
    ("the mafia themed murder mystery night raised 300 quid for the pta", set()),
    # a place lost to newcomers, asylum seekers named by status, doubted, told they cannot fit in
    ("half the asylum kids in year 10 need a one way ticket home", {"abuse", "hate"}),
    ("that asylum lot will never integrate, mark my words", {"abuse", "hate"}),
    ("the estate has been colonised, barely a neighbour speaks to us now", {"abuse", "hate"}),
    ("this village was white and safe once, time we took it back", {"abuse", "hate"}),
    ("the asylum boys at the academy need their real age checked", {"abuse", "hate"}),
    # ... hard negatives
    ("our asylum seeker families organised a thank you lunch for the staff", set()),
    ("he cant integrate fractions yet but his teacher says he is getting there", set()),
    ("year 9 raised 200 pounds for third world water projects, well done", set()),
    # disabled pupils named by condition, unit or equipment; costed, caged, kept out of sight
    ("the kids from the semh unit should be caged at breaktime", {"abuse", "hate"}),
    ("seeing that boy's feeding tube at the carol service put me off my food", {"abuse", "hate"}),
    ("pupils with learning disabilities cost us a fortune and give nothing back", {"abuse", "hate"}),
    # ... hard negatives
    ("the cerebral palsy football team won their league, so proud of them", set()),
    ("the semh unit made cakes for the bake sale, they sold out in ten minutes", set()),
    # a place said to smell of a group's food since it changed
    ("the whole estate reeks of garlic nowadays", {"abuse", "hate"}),
    # ... hard negatives
    ("the kitchen smells of garlic, pizza day tomorrow!", set()),
    ("the hall smelt of curry after the diwali lunch, it was delicious", set()),
    # doxxing: an address or private number posted with a call to use it, a pupil outed
    ("Mrs Okoro lives at 14 Larch Close, go round and let her know what you think", {"abuse"}),
    ("that's the deputy head's private number 07700 900555, give him a ring tonight", {"abuse"}),
    ("the trans pupil is Jordan Pike in 9C, spread the word", {"abuse"}),
    # ... hard negatives: the writer's own address, an office number, a pet, a group named
    ("we live at 22 Hollin Lane if anyone wants to drop off the raffle prizes, just knock", set()),
    ("the school office number is 0161 496 0111, ask for Mrs Dean", set()),
    ("lost cat, lives at 4 Mill Road, please tell us if you see him", set()),
    ("the trans pupil group meets on Tuesdays, everyone should know they are welcome", set()),
    # counted animals, the writer's own relative, an act done to a person, a school's sanction
    ("7 deaf kids, 3 pigs and a farmer, best trip ever", set()),
    ("my autistic son keeps getting dragged off the bus by an older boy, who do I tell", set()),
    ("got sent home for wearing trainers again, they're black with a white tick", set()),
    # ... controls: the same words said of a group
    ("deaf kids are pigs at lunch", {"abuse", "hate"}),
    # idioms holding a disability word
    ("the head is completely tone deaf to what parents are asking for, losers", {"abuse"}),
    ("the council turned a blind eye to the potholes again", set()),
    # a view held by a page or group, named in a worried parent's post
    ("my son follows a page that says immigrants are vermin, how do I talk to him", set()),
    ("he's been reading stuff aboot the 'great replacement' online, he's 13, what do we do", set()),
    # ... controls: the same views in the writer's own voice
    ("immigrants are vermin", {"abuse", "hate"}),
    ("the great replacement is happening right here in our school", {"abuse", "hate"}),
    # a threat feared or reported, a rude command quoted, name-calling condemned
    ("I'm terrified I'm going to hurt her, I haven't slept in days, please help", set()),
    ("my son says a boy told him 'im going to stab you' at break", set()),
    ('the taxi escort told her "nobody cares what you want" and she is 8', set()),
    ("calling the dinner ladies scumbags is disgusting, they work so hard", set()),
    # ... controls
    ("I'm going to stab you at break", {"abuse"}),
    ("the dinner ladies are scumbags", {"abuse"}),
    ("nobody cares what you want Mrs Hale", {"abuse"}),
]


@pytest.mark.parametrize(("text", "labels"), CASES)
def test_batch30_table(detector: AbuseDetector, text: str, labels: set[str]) -> None:
    assert_abuse_and_hate(detector, text, labels)


def test_batch30_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])


def test_doxxing_span_is_masked(detector: AbuseDetector) -> None:
    # the explanation never repeats the address or number it found
    text = "Mr Brand lives at 9 Orchard Way, go and tell him what you think"
    found = [d for d in detector.detect(text) if d.explanation.rule.startswith("doxxing")]
    assert found and all(d.explanation.matched == "[masked]" for d in found)
    assert text[found[0].explanation.start:found[0].explanation.end].startswith("9 Orchard Way")


def test_reported_threat_keeps_safeguarding(detector: AbuseDetector) -> None:
    # a feared or reported threat still reaches a person through safeguarding
    scores = best_scores(detector, "I'm scared I'm going to hurt him, I shook him last night")
    assert scores.get("abuse", 0.0) < 0.5
    assert scores.get("safeguarding", 0.0) >= 0.5
