"""Table tests for the abuse detector's batches 36-38 mechanisms.

Mockery with no insult word ("imagine thinking ur ...", laughed at behind a back, a face
mocked, "the reason ur dad left"); a people blamed as a whole ("that's how those people
are"), sent away by a name for newcomers ("the foreign boarders") or named by a faith's
name misspelt on purpose; a headscarf called a rag; a relative's view or what men are
telling pupils, reported by a worried writer (reviewed, not hate); a mild insult used as
an adverb of degree before praise ("stupid talented"); a swear word about a thing followed
by "but he's ..." (the subject of what follows, not whom the swear word is aimed at); a
slur that needs a target pointed at someone "on the back row" or "in that photo"; an
insult on a thing passed on to a person ("... is garbage and so is she"); a nationality
word naming a language in use ("shouting in polish") is no people in a hate frame.

People nouns of boarding schools, faith schools and trusts (trustees, a bursar, house
tutors, matron, the leadership team, the commenters) as the ones an insult is aimed at;
people called thieves, hacks or boot-lickers, braindead or brainwashed; an animal
or a bin emoji standing for the insult word, said of a person ("... is a <pig>", "<bin> =
u", "<pig> miss ..."); and the precision rule: a group derogated inside a double quote
opened after a report verb ('told her "your religion is ...'), whether the quote comes
before the group word or after it, is a parent's report, reviewed, not hate.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, best_scores, lexicon_slur

PIG = "\U0001f437"
BIN = "\U0001f5d1\ufe0f"
RAT = "\U0001f400"


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # people nouns of trusts, boarding houses and comment threads as targets
    ("the governors and trustees are thieves, every one of them", {"abuse"}),
    ("our bursar is a leech and a crook", {"abuse"}),
    ("the house tutors are braindead, every one of them", {"abuse"}),
    ("matron is a talentless hack", {"abuse"}),
    ("the commenters on this page are brainwashed sheep", {"abuse"}),
    ("the leadership team are boot lickers for the trust", {"abuse"}),
    ("the sixth formers who run the stall are braindead", {"abuse"}),
    # ... hard negatives sharing the words
    ("the trustees met the thieves' victims at the hearing and offered support", set()),
    ("year 2 went ape for the new climbing frame", set()),
    ("the house tutors hack away at the hedges every spring, thank you", set()),
    ("the farm visit was great, the sheep and the goats loved the children", set()),
    ("thank you to the leadership team for the talent show, no talentless acts there!", set()),
    ("our matron is a star, the boarders adore her", set()),
    # an emoji standing for the insult word, said of a person
    (f"jake is a {PIG} at lunch lol", {"abuse"}),
    (f"{BIN} = you", {"abuse"}),
    (f"u = {RAT}", {"abuse"}),
    (f"lol {PIG} mr dawson on sports day", {"abuse"}),
    # ... hard negatives: the emoji is an animal or a bin, not a person
    (f"the farm trip was lovely {PIG}{PIG} the piglets were so cute", set()),
    (f"litter pick on saturday {BIN} bring gloves please", set()),
    (f"year 1 are learning about farm animals {PIG} {RAT}", set()),
    # mockery with no insult word: "imagine thinking ur ...", laughed at behind a back,
    # a face mocked, a parent said to have left because of the child, nobody fancying them
    ("imagine thinking you're funny lmao", {"abuse"}),
    ("imagine thinking she's clever 😂", {"abuse"}),
    ("literally everyone is laughing at you behind your back", {"abuse"}),
    ("what's wrong with your face in that photo 😭", {"abuse"}),
    ("no wonder, ur the reason ur mum left", {"abuse"}),
    ("no one fancies u, give up", {"abuse"}),
    ("the lad on the left sounds like a dying cat in the choir clip", {"abuse"}),
    # ... hard negatives sharing the words
    ("imagine thinking the trip was on saturday, i turned up to an empty car park 😂", set()),
    ("imagine thinking you'll pass without revising 😂", set()),
    ("the reason my dad left work early was the snow", set()),
    ("the seagulls stole the reception class's sandwiches at the beach", set()),
    ("the play made us laugh, the cat costume was brilliant", set()),
    # a people blamed or sent away by a name for newcomers; a faith's name misspelt on
    # purpose; a headscarf called a rag
    ("the polish families here all cheat the system, that's how those people are", {"abuse", "hate"}),
    ("send the overseas students back where they came from", {"abuse", "hate"}),
    ("m u z l i m s out of our town", {"abuse", "hate"}),
    ("tell her to take that rag off her head in class", {"abuse", "hate"}),
    # ... hard negatives
    ("the polish families organised the best stall at the fair, thank you", set()),
    ("please send the overseas students a welcome pack before term", set()),
    ("the rag and bone man came past the school gate this morning", set()),
    ("the dinner ladies use a rag to wipe the tables, is that hygienic?", set()),
    # a relative's view told by a worried writer, grooming told as what others tell pupils:
    # reviewed (abuse below 0.5), not hate
    ("my son says immigrants are invaders and we should fight them, where does he get this", set()),
    ("some men outside the gym are telling year 10 boys that muslims are invaders", set()),
    # ... controls: the same words as the writer's own view
    ("immigrants are invaders and we should fight them", {"abuse", "hate"}),
    # a mild insult word as an adverb of degree before praise, and a swear word about a
    # thing before "but he's ...": not aimed at anyone
    ("the year 11 band are stupid talented, what a night", set()),
    ("the choir were psycho good at the carol service", set()),
    ("science homework is dull as hell but she's the best teacher in the school", set()),
    # ... controls: the same insult said of them
    ("the year 11 band are stupid", {"abuse"}),
    ("the choir were psycho, screaming at the little ones", {"abuse"}),
    # an insult on a thing passed on to a person: "... and so is she"
    ("his football is garbage and so is he", {"abuse"}),
    ("the play was pathetic, and so were they", {"abuse"}),
    # ... hard negatives: passed on to a thing, or praise passed on
    ("the food is garbage and so is the service", set()),
    ("the garbage truck blocked the gate again", set()),
    ("her painting was amazing and so is she", set()),
    # a nationality word naming a language in use is no people
    ("the boy is thin and smells, his dad only speaks polish to the staff, please check on him", set()),
    ("we are so dirty after forest school, the instructions were in romanian too 😂", set()),
    # ... control: the people themselves derogated
    ("the polish are dirty and smell", {"abuse", "hate"}),
    # a group derogated inside a quote opened after a report verb: a parent's report
    ('a girl in his class told him "your religion is disgusting" and nobody stopped it', set()),
    ('my son is autistic and was told he was "holding the team back" at football, not on', set()),
    # ... controls: the same derogation in the writer's own voice
    ("your religion is disgusting", {"abuse", "hate"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch36_case(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_quoted_report_is_still_reviewed(detector: AbuseDetector) -> None:
    """A reported derogation is not hate, but it still reaches a moderator as abuse to review."""
    scores = best_scores(detector, 'a boy told her "your religion is stupid" in the lunch queue')
    assert scores.get("hate", 0.0) < 0.5
    assert 0.0 < scores.get("abuse", 0.0) < 0.5


def test_slur_pointed_at_someone_in_a_row_or_photo_is_hate(detector: AbuseDetector) -> None:
    """A slur that needs a target is hate when it points at someone "on the back row" or "in
    that photo"; with nothing pointed at it stays abuse only."""
    slur = lexicon_slur("race", "addressed_or_group")
    for n, text in enumerate((f"{slur} on the back row 😂", f"the {slur} in that photo lol")):
        scores = best_scores(detector, text)
        assert scores.get("hate", 0.0) >= 0.5 and scores.get("abuse", 0.0) >= 0.5, (n, scores)
    scores = best_scores(detector, f"{slur} lol")
    assert scores.get("hate", 0.0) < 0.5 <= scores.get("abuse", 0.0), scores


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
