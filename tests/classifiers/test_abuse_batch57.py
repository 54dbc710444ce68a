"""Table tests for the abuse detector's batches 57-59 mechanisms.

Exam season, faith and festivals, and a school's reels. The ideas read here: hateful words
copied out to be seen and acted on ("quoting from the chat so the head sees it: '...'",
"'...' was written on her car, we have reported it", "I got called a ... at the gate, I'm
telling the school"), which a moderator reviews but nothing calls hate; an insult or swear
word sizing up a task or a stretch of time ("a b*stard of a question", "a sod of a week");
a people wished dead ("the only good ... is a dead one"), called killers, told they have
no place, sneered at as mean with money or as useless; a faith named by its festival ("eid
has no place here"), unless the festival names the school's event ("the diwali assembly");
a place of worship naming an outing ("the mosque trip"), which names no people; a dancer
likened to a dying bird; "dumb and dumber"; a view quoted and set aside as "one view";
a condition waved away as "just an excuse for"; "nobody wants to see you"; a slur
compound written as two words.

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # hateful words copied out so the school acts on them
    ('copied from the year 9 group chat so the office can see: "muslims are vermin". please deal with this',
     set()),
    ('this was posted under the eid video - "send them back where they came from". please delete it',
     set()),
    ('"gays are an abomination" was sprayed on the bus shelter by the school, we have told the police', set()),
    ("my daughter got called a terrorist for wearing her hijab on the bus, i'm telling the school", set()),
    ('a boy keeps calling the deaf kids "retards" at lunch, the school has to deal with this', set()),
    # ... the same words said, or copied out with no one asked to act
    ("muslims are vermin", {"abuse", "hate"}),
    ('"gays are an abomination" and i stand by it', {"abuse", "hate"}),
    ("send them back where they came from, the refugees at the hotel", {"abuse", "hate"}),
    # an insult or swear word sizing up a task or a stretch of time
    ("that last paper was a b*stard of an exam, my brain is fried", set()),
    ("what a sod of a week, roll on half term", set()),
    ("honestly a pig of a question, nobody in the hall finished it", set()),
    # ... the same words sizing up a person
    ("what a b*stard of a teacher, gave us no revision notes", {"abuse"}),
    ("the new maths teacher is a b*stard", {"abuse"}),
    # a people wished dead, called killers, told they have no place, sneered at as mean or useless
    ("the only good immigrant is a deported one", {"abuse", "hate"}),
    ("the only good jew is a dead one", {"abuse", "hate"}),
    ("the jews are all child killers", {"abuse", "hate"}),
    ("the sikhs have no place in a british school", {"abuse", "hate"}),
    ("polish families are tight as ever, never pay for the trips", {"abuse", "hate"}),
    # ... the same words of no people
    ("the only good thing about exam week is the free breakfast", set()),
    ("the only good muslim restaurant in town just closed", set()),
    ("the only good one is a dead one, said of the class hamster's goldfish", set()),
    ("phones have no place in an exam hall", set()),
    ("money is tight as ever this christmas, any cheap ideas for the fair?", set()),
    ("the muslim families are so tight knit, they all helped with the fair", set()),
    ("my calculator is useless, the battery died in the mock", set()),
    ("killers of the flower moon is on the a level film list", set()),
    ("the refugees on the trip fled the killers in their village", set()),
    ("the synagogue has no place to park on fridays", set()),
    # a faith named by its festival, with a derogation
    ("ramadan has no place in a british primary", {"abuse", "hate"}),
    ("diwali is for savages, not for our kids", {"abuse", "hate"}),
    # ... the festival naming the school's event, or a word spelt out
    ("diwali was ruined by the rain this year", set()),
    ("the rain ruined eid for everyone, the fair got cancelled", set()),
    ("ramadan is a burden on the exam timetable, two mocks moved again", set()),
    ("the diwali assembly was a disaster, the projector died", set()),
    ("the girl singing at the eid party sounded like a dying cat", {"abuse"}),
    ('the office is useless, they spelt "hanukkah" wrong on the newsletter', set()),
    # a place of worship naming an outing, with a person insulted beside it
    ("the dad who moaned about the synagogue visit is a miserable old cow", {"abuse"}),
    ("the mosque is full of terrorists", {"abuse", "hate"}),
    # a reel's dancer likened to a bird in trouble; two people named after the film's idiots
    ("u dance like a dying pigeon, delete this", {"abuse"}),
    ("look at dumb and dumber on the back row", {"abuse"}),
    # ... dancing with nothing mocked
    ("we dance like nobody is watching at the leavers disco", set()),
    ("dancing like a chicken was the best bit of the reel", set()),
    # a view quoted and then set aside as one view
    ('"gay teachers shouldn\'t be allowed near kids" is one opinion, but we loved mr hale', set()),
    ('"refugees are ruining this town" is what some people say, but the fair proved them wrong', set()),
    # ... the same words as the writer's own, or quoted with no view set aside
    ("gay teachers shouldn't be allowed near kids, simple as", {"abuse", "hate"}),
    ('"refugees are ruining this town" and it\'s true', {"abuse", "hate"}),
    # a condition waved away as a cover for something
    ("adhd is just an excuse for bad parenting", {"abuse", "hate"}),
    ("autism is just a posh word for naughty", {"abuse", "hate"}),
    # ... an excuse of no condition
    ("the snow is just an excuse for a day off", set()),
    ("a mock is just another word for practice, don't panic", set()),
    # a reel's poster told nobody wants to watch
    ("nobody wants to see you dance, get off the school account", {"abuse"}),
    # ... nobody wanting to see a thing
    ("nobody wants to see the exam timetable change again", set()),
    # a slur compound written as two words
    ("go back to punjab you rag heads", {"abuse", "hate"}),
    # ... the words apart
    ("bring a rag for the art lesson, our heads of year will check", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch57_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
