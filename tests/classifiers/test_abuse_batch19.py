"""Table tests for the abuse detector's batch 19-20 mechanisms.

New wordings for what batches 19-20 showed the detector missing or over-reading:
put-downs with no listed word ("no one likes u", "the most annoying ... alive", "dried up
old ...", "little brat"), a year group as a plural subject ("yr 8 r all ..."), and the
precision rules: an insult or slur quoted inside a report ('his dad shouting "you're
useless"'), a hate phrase someone else is spreading ("a boy is telling everyone that ..."),
a parent's exasperation at their own child, a threat reported of a third party, and
"nobody's home" meaning an empty house; coded hate ("<group> think they own the place"),
a swear word made a noun for a person ("smug little ..."), a disgust emoji beside a slur,
mockery frames that name a person ("imagine being <name> tho"), household bulk as a
comparison ("built like a wardrobe"). Slur words are never written here.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import assert_abuse_and_hate, best_scores


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # put-downs with no listed word, text-speak
    ("honestly nobody likes u poppy, stop posting", {"abuse"}),
    ("no1 likes you mason, everyone says it", {"abuse"}),
    ("everyone hates u in 8C just so u know", {"abuse"}),
    ("that receptionist is the most annoying person ever", {"abuse"}),
    ("the dinner lady is a miserable old bag", {"abuse"}),
    ("mr foster is a dried up old misery", {"abuse"}),
    ("that boy from the nativity is a spoilt little brat", {"abuse"}),
    # a year group as a plural subject
    ("yr 8 r all brainless, every single one", {"abuse"}),
    ("year 11 are all losers anyway", {"abuse"}),
    # ... hard negatives
    ("year 11 are all off on study leave from monday", set()),
    ("year 8 r doing the bake sale on friday", set()),
    ("nobody likes the new lunch menu, can it change?", set()),
    ("the most annoying thing about the car park is the gate", set()),
    ("my old bag split on the way to school, anyone found a pencil case?", set()),
    # quoted in a report: reviewed, never aimed
    ("my daughter came home crying, a girl kept yelling \"you're useless\" at her in PE", set()),
    ("my son was upset because a boy wrote 'loser' on his book", set()),
    # the quote does not hide an insult aimed at the reader
    ("you're useless, the lot of you", {"abuse"}),
    # a claim someone else spreads: reviewed, not hate
    ("a boy in my son's class is telling everyone that the great replacement is happening", set()),
    # a parent's exasperation, a threat reported of someone else, an empty house
    ("gonna strangle my son if he loses his blazer again", set()),
    ("she told the police he'd kill her if she left", set()),
    ("is it ok to drop him early? nobodys home after 8", set()),
    # ... and the threats they must not hide
    ("i will strangle you if you post that again", {"abuse"}),
    # coded hate: a group said to take over
    ("polish lot think they own the place round here", {"abuse", "hate"}),
    ("the muslim parents think they run this school now", {"abuse", "hate"}),
    # ... hard negatives: pupils, a parent asking for help
    ("our year 11s think they own the place after their results lol", set()),
    ("my daughter is autistic and can't even talk yet, any speech therapy tips?", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch19_table(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_slur_quoted_in_report_is_reviewed(detector: AbuseDetector) -> None:
    """A slur quoted after "called" with a quote mark still reaches a moderator, not hate."""
    word = next(e.term for entries in detector.lexicon.entries.values() for e in entries
                if e.kind == "slur" and e.tier == "always" and e.target == "race")
    scores = best_scores(detector, f"my son was called a \"{word}\" at break, what is being done")
    assert 0.3 <= scores.get("abuse", 0.0) < 0.5
    assert scores.get("hate", 0.0) < 0.5
    aimed = best_scores(detector, f"that teacher is a {word}")
    assert aimed.get("hate", 0.0) >= 0.5


PROFANITY_AS_PERSON = [
    ("that lad on the left in the panto pic is a smug little sh*t", {"abuse"}),
    ("the kid who took my sons ball is an entitled little sh1t", {"abuse"}),
    # ... hard negatives: profanity about things, and emphasis
    ("little bit of shit weather for sports day but we cracked on", set()),
    ("the shit parking outside is getting worse, please sort it", set()),
]


@pytest.mark.parametrize(("text", "expected"), PROFANITY_AS_PERSON)
def test_profanity_made_a_noun_for_a_person(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    scores = best_scores(detector, text)
    assert (scores.get("abuse", 0.0) >= 0.5) == ("abuse" in expected), scores


def test_disguised_slur_with_disgust_emoji_is_hate(detector: AbuseDetector) -> None:
    """A slur of the person-or-group tier beside a vomiting face is contempt for people:
    hate; the same word about cigarettes, with no such cue, stays clean."""
    word = next(e.term for entries in detector.lexicon.entries.values() for e in entries
                if e.kind == "slur" and e.tier == "person_or_group" and e.target == "sexual_orientation"
                and len(e.term) == 3)
    coded = best_scores(detector, f"{word[0]}4{word[2]}s running the art club now \U0001f92e")
    assert coded.get("hate", 0.0) >= 0.5
    plain = best_scores(detector, f"found a packet of {word}s behind the bike shed, not on")
    assert plain.get("hate", 0.0) < 0.5


MOCK_FRAMES = [
    ("imagine being kenzie tho 💀", {"abuse"}),
    ("imagine bein her lmao", {"abuse"}),
    ("who let Mr Okoro think he could rap 😭", {"abuse"}),
    ("who let harvey think he was funny", {"abuse"}),
    ("not u thinking ur the main character 💀", {"abuse"}),
    # ... hard negatives: no one named, or the frame goes on to something kind
    ("imagine being a dinner lady in this heat, thank you all", set()),
    ("imagine being Isla at the concert, she was so proud", set()),
    ("imagine being in reception again, best days", set()),
    ("who let the year 8s run the tuck shop, great idea", set()),
    ("i was not thinking you'd reply so fast, thank you", set()),
    ("imagine being us on results day 😂 so nervous", set()),
]


@pytest.mark.parametrize(("text", "expected"), MOCK_FRAMES)
def test_mockery_frames_need_a_person(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    scores = best_scores(detector, text)
    assert (scores.get("abuse", 0.0) >= 0.5) == ("abuse" in expected), scores
    assert scores.get("hate", 0.0) < 0.5


BULK_COMPARISONS = [
    ("owen is built like a fridge freezer", {"abuse"}),
    ("miss hale is built like a wardrobe lol", {"abuse"}),
    ("that new caretaker looks like a portaloo in hi vis", {"abuse"}),
    # ... hard negatives: praise on the pitch, things and costumes
    ("he's built like a tank, best prop in the league", set()),
    ("the new reading den looks like a wardrobe inside, so cosy", set()),
    ("my son's robot costume looks like a wheelie bin, we tried", set()),
]


@pytest.mark.parametrize(("text", "expected"), BULK_COMPARISONS)
def test_bulk_comparisons_of_a_person(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    scores = best_scores(detector, text)
    assert (scores.get("abuse", 0.0) >= 0.5) == ("abuse" in expected), scores
