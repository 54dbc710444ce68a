"""Table tests for the abuse detector's batches 51-53 mechanisms.

A sports touchline, a special school and a sixth-form college. The ideas read here: a slur
standing alone in quote marks in a comment that condemns it, which names the word rather
than uses it; a body hauled ("drag a wheelchair user down the ramp") or moved "backwards",
which is a report of mistreatment and no group said to drag everyone down; a group word
stacked with other insults before the one person they describe ("a blind useless prat" of
a referee); a service judged ("the council are a shambles") rather than a person; a reward
put down to who a person is ("only got the place because she's a woman"), also when the
sneer says "equality quota"; a faith or people said to be about to blow something up; a
people said to rig things, to be sterilised, or to be kicked off a team; a people named by
a clipped diagnosis; the touchline's and the sixth form's put-downs ("screeching banshee",
"the college bike", "shower of sh*te") and the officials they are aimed at; a person said
to be outwitted by a thing ("met more intelligent cabbages than the panel"); "I'll get
you" before a quantity ("10k followers"), an offer rather than a threat; name-calling a
parent reports and then agrees with ("well he is one tbf").

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a body hauled or moved backwards: a report, not a group dragging anyone down
    ("the escort dragged a deaf girl off the minibus by her arm, who do i tell", set()),
    ("a lunchtime assistant drags the wheelchair users across the gravel every day", set()),
    ("he pushed the disabled lad backwards into the wall", set()),
    # ... the same words as a group blamed
    ("the autistic kids drag the whole class down", {"abuse", "hate"}),
    ("wheelchair users dragging the results down again", {"abuse", "hate"}),
    ("muslims are backwards and always will be", {"abuse", "hate"}),
    # a group word stacked with insults before one person
    ("the linesman was a blind useless muppet", {"abuse"}),
    ("that umpire is a deaf stupid idiot", {"abuse"}),
    # ... the group itself insulted
    ("deaf kids are useless at sport", {"abuse", "hate"}),
    ("the disabled idiots in the unit", {"abuse", "hate"}),
    # a service judged, not a person
    ("the council is an absolute shambles on transport", set()),
    ("county hall management are a joke with ehcp deadlines", set()),
    # ... a person judged
    ("the transport officer is a shambles of a man", {"abuse"}),
    # a reward put down to who a person is
    ("he only won the captaincy because he's black", {"abuse", "hate"}),
    ("she only got picked for the squad cos she's a girl, equality quota", {"abuse", "hate"}),
    ("they only got the funding because they're disabled", {"abuse", "hate"}),
    # ... hard negatives
    ("she only got the place because she worked so hard, well done", set()),
    ("the college has an equality policy and a diversity week", set()),
    # a faith or people said to be about to blow something up
    ("that muslim kid with the backpack looks like he's going to blow the school up", {"abuse", "hate"}),
    ("the lad in the turban is about to blow everything up lol", {"abuse", "hate"}),
    # ... hard negatives
    ("the sikh society are going to blow up balloons for the fair", set()),
    ("year 7 are about to blow everyone away at the concert", set()),
    # a people said to rig things, to be sterilised, to be kicked off a team
    ("the muslims on the board rigged the election", {"abuse", "hate"}),
    ("disabled people should be sterilised", {"abuse", "hate"}),
    ("the trans girl should be kicked off the team", {"abuse", "hate"}),
    # ... hard negatives
    ("the polish club rigged up lights for the night match", set()),
    ("the match kicked off late because the muslim families' minibus broke down", set()),
    ("the deaf club rigged up a hearing loop for the assembly", set()),
    # a people named by a clipped diagnosis
    ("auties are a drain on the school", {"abuse", "hate"}),
    # touchline and sixth-form put-downs
    ("the umpire is a screeching banshee", {"abuse"}),
    ("everyone knows she's the sixth form bike", {"abuse"}),
    ("what a shower of sh1te that team is", {"abuse"}),
    ("the photographer is a scrounging leech", {"abuse"}),
    # ... hard negatives
    ("we rode to college on my bike, the sixth form bike shed is full", set()),
    ("the shower block at the sports centre is freezing", set()),
    # a person outwitted by a thing or an animal
    ("i've known smarter potatoes than the people running this club", {"abuse"}),
    ("my hamster has more brain cells than the ref", {"abuse"}),
    ("seen more competent traffic cones than him", {"abuse"}),
    # ... hard negatives
    ("she has more sense than to argue with the ref", set()),
    ("we've had smarter kit designs than this one", set()),
    ("i've seen brighter days than this, but the team kept going", set()),
    # an offer of a quantity, not a threat
    ("i'll get you 5k followers by friday, dm me", set()),
    ("ill get you two tickets for the final", set()),
    # ... the threat
    ("i'll get you 2moro after the match", {"abuse"}),
    ("ill get you for that, watch your back", {"abuse"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch51_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES] + [text for text, _ in MENTIONED])


# a slur alone in quote marks in a comment that condemns it names the word; unquoted, or in
# quote marks without any condemnation, it is used
def _mentioned_cases() -> list[tuple[str, set[str]]]:
    slur = lexicon_slur("disability", "always")
    return [
        (f"just a reminder that '{slur}' is not ok. my son was called it at training and i've reported it", set()),
        (f"\u2018{slur}\u2019 is not a word for a child. my daughter was called it on the bus, reported to the school",
         set()),
        # ... not in quote marks, or quoted without anything condemning it: used
        (f"just a reminder that {slur} is what you are. my son was right", {"abuse", "hate"}),
        (f"that kid is a {slur} and i'm not sorry", {"abuse", "hate"}),
    ]


MENTIONED = _mentioned_cases()


@pytest.mark.parametrize(("text", "expected"), MENTIONED)
def test_quoted_mention(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


# name-calling reported and then agreed with passes the word on; reported and condemned, or
# followed by praise, it stays a report
def _endorsed_cases() -> list[tuple[str, set[str]]]:
    slur = lexicon_slur("sexual_orientation", "always")
    return [
        (f"kids were chanting {slur} at the keeper, the chants were deserved tbh", {"abuse", "hate"}),
        (f"my son was called a {slur} at training, she is one though", {"abuse", "hate"}),
        # ... hard negatives
        (f"my son was called a {slur} at training, he is one of the kindest lads", set()),
        (f"the away fans kept shouting that our winger is a {slur}, disgusting, reported to the league", set()),
    ]


@pytest.mark.parametrize(("text", "expected"), _endorsed_cases())
def test_endorsed_report(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)
