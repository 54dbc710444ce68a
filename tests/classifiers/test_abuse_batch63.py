"""Table tests for the abuse detector's batches 63-65 mechanisms.

Snow closures, the PTA fair and concert videos. The ideas read here: a person word's "'s"
standing for "is" before an article or intensifier ("the dinner lady's a ..."), so the slur
or insult after it is aimed at that person; a people sent to another school, town or
country ("move the ... pupils to another area"); a people told to "go home" or "go back
to ..." in a sentence of its own right after the sentence that names them; the disability
noun with an article ("a ...") said of one person, where the bare verb ("will cripple the
budget") is no one; sight or hearing said to fail one person ("the umpire must be blind"),
a put-down of that person with no people named, so abuse at most, never hate; the people
on a concert or match video named by their role ("the soloist", "the girls"), so a put-down
or a comparison is aimed at them; a put-down followed by the people counted whole ("...
the lot of you", "every one of them"), unless laughed off; a crime guessed of a people
("probably ...", "bet they ..."), not one done to them.

Every mechanism has hard negatives sharing its words.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _article_slur() -> str:
    """The disability slur the lexicon lists only with an article before it ("a ..."), so
    the file never spells it out."""
    return min(e.term for entries in load_lexicon().entries.values() for e in entries
               if e.kind == "slur" and e.target == "disability" and e.term.startswith("a ")
               and e.term.count(" ") == 1)


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a people sent to another school, town or country
    ("Kindly relocate the Romanian pupils to another area; this town cannot cope", {"abuse", "hate"}),
    ("move them refugee families to a different town, our nan cant get a gp appointment", {"abuse", "hate"}),
    ("just put the polish kids in their own school and be done with it", set()),
    # ... the same verbs moving things or rooms
    ("we moved the deaf club to another room because of the leak", set()),
    ("please send the refugee children's artwork to another school for the exhibition", set()),
    ("send the polish kids to a different room for the listening test", set()),
    # a people told to go home, in a sentence of its own after the one naming them
    ("Grandma here. Those refugees took every seat at the carol service. Go home.", {"abuse", "hate"}),
    ("too many immigrants in reception this year. go back to ur own country", {"abuse", "hate"}),
    # ... going home said to everyone, or after a club or an event
    ("the polish club is cancelled due to ice. go home", set()),
    ("the migrants exhibition closes at 3. go home safely everyone", set()),
    ("the deaf swimming gala is off. go back to bed kids", set()),
    # sight or hearing said to fail one person: a put-down, not a people
    ("that umpire must be blind or a total moron", {"abuse"}),
    ("are you deaf or just an idiot, sir?", {"abuse"}),
    ("lol that linesman is blind, total moron", {"abuse"}),
    # ... the people themselves
    ("are the blind kids stupid or what", {"abuse", "hate"}),
    ("the deaf ones should be in a special school", {"abuse", "hate"}),
    # the people on a concert or match video are persons by their role: the soloist, the
    # commentator, the girls and boys on stage
    ("the soloist is an arrogant little toad", {"abuse"}),
    ("Those boys on the back row looked like penguins, honestly embarrassing", {"abuse"}),
    ("the commentator was a smug snob all afternoon", {"abuse"}),
    # ... the same roles with no put-down of them
    ("the boys made a giant penguin for the snow sculpture contest", set()),
    ("the narrator read a story about a toad and a snake", set()),
    # a put-down, then the people it is said of counted whole
    ("hypocrites, every one of them on that governing body", {"abuse"}),
    ("spineless the whole lot of yous", {"abuse"}),
    # ... the whole lot doing something, or fond teasing laughed off
    ("the snake the lot of you made for the show is ace", set()),
    ("my two are moody teenagers, attention seekers the lot of them \U0001f602", set()),
    # a crime guessed of a people ("probably ...", "bet they ...")
    ("the romanians next door won the hamper, bet they nicked the tickets", {"abuse", "hate"}),
    ("Those refugee parents running the cake stall are presumably fiddling the float.", {"abuse", "hate"}),
    # ... the crime done to them, or nothing imputed
    ("the traveller families lost their trailer, probably stolen by someone passing", set()),
    ("the refugee families will probably be charged less for the trip", set()),
    ("the polish family probably stocks those at their shop", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch63_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])


# a person word's "'s" read as "is" before an article or intensifier: the slur after it is
# aimed at that person; the same "'s" owning a thing aims nothing
CONTRACTED_IS_CASES = [
    ("the dinner lady's a {slur}, simple as", {"abuse", "hate"}),
    ("honestly our lollipop man's such a {slur} lol", {"abuse", "hate"}),
    ("The new bursar's an absolute {slur} and everyone in the office knows it.", {"abuse", "hate"}),
    ("the librarian's a star, she found every book we asked for", set()),
    ("the caretaker's van is blocking the gate again", set()),
]


@pytest.mark.parametrize(("template", "expected"), CONTRACTED_IS_CASES)
def test_contracted_is_aims_at_the_person(detector: AbuseDetector, template: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, template.format(slur=lexicon_slur("disability", "person_or_group")), expected)


# the disability noun with an article said of one person; the verb and its forms are no one
ARTICLE_SLUR_CASES = [
    ("{slur} hogging the blue badge bay again, nothing wrong with him", {"abuse", "hate"}),
    ("my grandson says the new PE teacher is {slur} who can't even jog", {"abuse", "hate"}),
    ("the snow will cripple the bus routes again tomorrow", set()),
    ("a crippling energy bill for the school this winter", set()),
    ("the old oak was crippled by the storm", set()),
]


@pytest.mark.parametrize(("template", "expected"), ARTICLE_SLUR_CASES)
def test_article_slur_names_a_person(detector: AbuseDetector, template: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, template.format(slur=_article_slur()), expected)
