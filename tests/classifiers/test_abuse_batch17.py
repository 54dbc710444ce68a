"""Table tests for the abuse detector's batch 17-18 mechanisms: abuse, hate and banter.

Each mechanism has attacks and hard negatives, all new wordings: coded hate beside a group
word (clannishness, greed and fraud, theft, "mental illness", "explains a lot", a group
blamed for holding others up, "looks like a ... camp", "another <group> in the staff room"),
"go back to ur country", sex stereotypes ("shouldn't be doing ..."), a hate phrase or an
identity insult quoted in a parent's report, mockery words (mouths, wasters, feral pupils),
comparisons by sound, "why is <person> so ...", a clown emoji aimed at the staff as a body,
dismissals ("cry more"), and the precision rules: banter that sends affection, the writer's
own family teased, a person's things ("Mr Hill's jokes are cringe"), masked profanity not
read as a short slur, offers ("I'll get you one") and hyperbole about the writer.
Slur words are never written here.
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
    # coded hate beside a group word
    ("the asian parents always stick together at sports day, never mix", {"abuse", "hate"}),
    ("polish family are always after money from the pta", {"abuse", "hate"}),
    ("guess which african dad is behind the raffle scam", {"abuse", "hate"}),
    ("gypsy lads nicking again, keep an eye on the bike shed", {"abuse", "hate"}),
    ("that trans pupil is confused, it's a mental illness", {"abuse", "hate"}),
    ("new music teacher is gay, explains a lot tbh", {"abuse", "hate"}),
    ("autistic boy holding up the whole lesson every week", {"abuse", "hate"}),
    ("the reception class photo looks like a refugee camp", {"abuse", "hate"}),
    ("oh great another muslim joining the governors", {"abuse", "hate"}),
    ("go back 2 ur own land mr okafor", {"abuse", "hate"}),
    ("women shouldnt be doing maths, too emotional", {"abuse", "hate"}),
    # ... hard negatives
    ("the asian families ran a brilliant stall, everyone stuck together to help", set()),
    ("the polish club raised money for the hospice", set()),
    ("refugee week assembly was lovely, thank you", set()),
    ("our team stuck together all season, so proud", set()),
    ("the muslim families shared food at the iftar evening", set()),
    ("my son has autism and the trip was brilliant for him", set()),
    # quoted in a parent's report: reviewed, never hate
    ("my son was upset, a boy told him 'go back to your country' at lunch", set()),
    ("my daughter says the year 6 boys keep saying 'that's so gay' about everything", set()),
    # vocabulary and shapes
    ("kayden ur such a thicko", {"abuse"}),
    ("the year 10 lot are a bunch of wasters", {"abuse"}),
    ("kids on that estate are feral", {"abuse"}),
    ("shut your gob mrs allen", {"abuse"}),
    ("why is the new receptionist so gormless", {"abuse"}),
    ("the boy on the violin sounded like a strangled duck", {"abuse"}),
    ("aww is someone upset? cry harder", {"abuse"}),
    ("🤡🤡 that's the whole staff for you", {"abuse"}),
    ("shut up tyler nobody cares", {"abuse"}),
    # ... hard negatives
    ("nobody asked me to bake but i did anyway 😂", set()),
    ("nobody asked for a refund, it was a lovely trip", set()),
    ("why is the car park so busy today", set()),
    ("the staff panto was amazing 🤡", set()),
    ("the band sounded like professionals", set()),
    ("if you cry more than usual after half term please speak to us", set()),
    # banter, own family, a person's things, offers, hyperbole, masked profanity
    ("stfu ur literally my bestie 💕", set()),
    ("my dad is such a muppet, he forgot the packed lunch 😂", set()),
    ("mr hill's jokes are cringe but his lessons are the best", set()),
    ("i'll get you one of the raffle tickets if you like", set()),
    ("my wife is gonna kill me when she sees the uniform bill", set()),
    ("f***ing roadworks outside school again", set()),
    ("i sell handmade wax melts at the christmas fair", set()),
    ("grandad still nips out for fags after the school run", set()),
    ("a stranger offered them sweets and fags by the gates", set()),
    # ... and the attacks they must not hide
    ("stfu ur a muppet", {"abuse"}),
    ("mr hill is cringe and useless", {"abuse"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch17_table(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_quoted_report_is_reviewed_not_dropped(detector: AbuseDetector) -> None:
    """A hate phrase quoted in a report still reaches a moderator (review band), never hate."""
    scores = best_scores(detector, "a girl told my son 'go back to your country' today")
    assert 0.3 <= scores.get("abuse", 0.0) < 0.5
    assert scores.get("hate", 0.0) < 0.5


def test_cigarette_word_is_a_slur_only_aimed_or_disguised(detector: AbuseDetector) -> None:
    """The short slur that British English also uses for cigarettes: hate when aimed at a
    person, abuse in leetspeak without a cue, nothing in its everyday cigarette contexts."""
    word = next(e.term for entries in detector.lexicon.entries.values() for e in entries
                if e.kind == "slur" and e.tier == "person_or_group" and e.target == "sexual_orientation"
                and len(e.term) == 3)
    aimed = best_scores(detector, f"that lad in 9C is a {word}")
    assert aimed.get("hate", 0.0) >= 0.5
    leet = best_scores(detector, f"{word[0]}@{word[2]}s everywhere on this page")
    assert leet.get("abuse", 0.0) >= 0.5
    plain = best_scores(detector, f"bought twenty {word}s at the garage")
    assert plain.get("abuse", 0.0) < 0.5


def test_masked_short_slur_not_read_from_profanity(detector: AbuseDetector) -> None:
    """Masked words keep their most likely reading: a swear word, not a short slur."""
    rules = {d.explanation.rule for d in detector.detect("f***ing parking again")}
    assert not any(r.startswith("slur") for r in rules)
    assert any(r.startswith("profanity") for r in rules)
