"""Table tests for the abuse detector's batches 33-35 mechanisms.

Put-downs with no listed word before them (a person called a runt, a slimeball, a nobody,
old duffers, yummy mummies; idioms of an empty head, of vanity, of a job got in bed, of a
child let out "looking like that"); the terror trope (a faith or race beside a bomb or said
to be about to blow a place up); women said to be born bad at something; lesbians said to
hate boys; a faith's dress and the faith itself derogated; a group summed up in the next
sentence ("?! they're all ..."); a slur beside the flags that stand for its target; and the
precision rules: a spaced-out article only for letters spelled apart ("among" is a word), a
witch hunt, colour words about teeth and eyes, a celebration beside a bomb emoji, a flag
that is nobody to derogate, a voice on the telly reported, an insult taken back in the
same breath ("idiots, but kids"). A person compared across a participle ("the teacher
reading out the tips sounds like ...") or called names across one ("that mum ...
complaining about ... is a ..."). Doxxing: an address capped with
an accusation ("... green door. <offender word>").
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector
from tests.classifiers.scoring import (
    assert_abuse_and_hate,
    assert_hate_implies_abuse,
    best_scores,
    lexicon_slur,
)


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # put-downs with no word listed before
    ("the lad who started it is a gobby little runt", {"abuse"}),
    ("the new governor is a smug slimeball", {"abuse"}),
    ("the ref was a jumped up little nobody", {"abuse"}),
    ("the dinner staff are senile old duffers", {"abuse"}),
    ("the mums at the gate are yummy mummies with nothing between their ears", {"abuse"}),
    ("if brains were dynamite the new head couldn't blow his nose", {"abuse"}),
    ("the drama teacher thinks he's god's gift", {"abuse"}),
    ("she only got deputy head because she's sleeping with the chair of governors", {"abuse"}),
    ("his dad should never let him out looking like that", {"abuse"}),
    ("that caretaker is a total n 0 b e n d", {"abuse"}),
    ("the parents cheering the fight on are as scummy as their kids", {"abuse"}),
    # ... hard negatives sharing the words
    ("nobody told us the trip was cancelled", set()),
    ("the runt of the litter is the cutest of the school's new guinea pigs", set()),
    ("the science club made slime, every jar sold at the fair", set()),
    ("we are among friends here, thanks for all the kind words", set()),
    ("the wellbeing talk was about being apathetic about homework", set()),
    ("the dads were proud to see their kids looking like that on stage", set()),
    # the terror trope: a faith or race beside a bomb, about to blow a place up
    ("the muslim lad in year 8 looks like he'd blow the school up", {"abuse", "hate"}),
    ("that new dinner lady in the hijab 💣 watch yourselves", {"abuse", "hate"}),
    # ... hard negatives
    ("the sikh families brought fireworks for bonfire night 💣 amazing", set()),
    ("the muslim parents' curry at the fair was the bomb", set()),
    ("the chemistry show made a volcano blow up in the hall, the kids loved it", set()),
    # women born bad at something, lesbians said to hate boys
    ("girls in goal? women are born worse at sport", {"abuse", "hate"}),
    ("the lesbian head of PE hates boys, always has", {"abuse", "hate"}),
    # ... hard negatives
    ("the women's football team trains on tuesdays, everyone welcome", set()),
    ("our lesbian and gay staff network ran a great assembly", set()),
    # a faith's dress and the faith itself derogated
    ("all the headscarves sticking together again, backwards religion", {"abuse", "hate"}),
    # ... hard negatives
    ("the RE lesson compared how each religion celebrates the new year", set()),
    ("the girls in headscarves won the netball tournament, so proud", set()),
    # a group summed up in the next sentence after "?!"
    ("gay teachers in a primary school?! they're all predators", {"abuse", "hate"}),
    # ... hard negatives
    ("gay teachers in a primary school?! they're all brilliant, my son loves Mr Hale", set()),
    # a witch hunt, colour words about teeth and eyes
    ("please don't turn this page into a witch hunt against the staff", set()),
    ("the twins came in with black eyes from a fall at soft play, mum says they're fine", set()),
    # a flag is nobody to derogate
    ("the rainbow flags at pride assembly were lovely", set()),
    # an address capped with an accusation: a crowd told where the offender lives
    ("hartley lives at 9 elm grove, the house with the white van. nonce", {"abuse"}),
    ("Mr Pike lives at 31 Cedar Road by the park. paedo!", {"abuse"}),
    # ... hard negatives: an offender caught, a pet, the writer's own address
    ("the police caught the pervert who lives at 3 Oak Road last year, well done to them", set()),
    ("biscuit lives at 4 mill road, please tell us if you see our cat", set()),
    # a person compared across a participle ("the teacher reading out ... sounds like ...")
    ("the man doing the announcements at sports day sounds like a strangled duck", {"abuse"}),
    # ... hard negatives: praise, a thing made
    ("the choir singing in the hall sounds like angels", set()),
    ("the cake the mum making the teas baked looks like a hedgehog", set()),
    # ... and called names across one ("that dad ... moaning about parking is a ...")
    ("that dad on the group moaning about the car park every single day is a spineless weasel", {"abuse"}),
    # ... hard negatives: praise, the writer's own mum
    ("the dad doing the barbecue at the summer fair is a legend", set()),
    ("my mum driving us to school every morning is a nightmare haha", set()),
    # an insult taken back in the same breath
    ("year 8 thought hiding the register was funny. muppets, but they're kids", set()),
    ("the year 6s are absolute idiots bless them, the leavers video is hilarious", set()),
    # ... controls: the same insult not taken back
    ("the head is an idiot, but kids love him apparently", {"abuse"}),
    # a colour about teeth inside a hate frame's reach
    ("the twins are always filthy with nits and black teeth, nobody at the office listens", set()),
    # ... control
    ("black families are filthy and ruin the estate", {"abuse", "hate"}),
    # a parent heard putting down their own small child, reported
    ("a dad at pick up told his 6 year old he was a useless idiot, the poor lad was crying", set()),
    # ... control: said to the child's face by the writer
    ("your 6 year old is a useless idiot", {"abuse"}),
    # a voice on the telly or a baby monitor, reported
    ("the baby monitor picked up the telly, a man shouting 'i'll get you', scared me half to death", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch33_case(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_slur_beside_the_flags_of_its_target_is_hate(detector: AbuseDetector) -> None:
    slur = lexicon_slur("sexual_orientation", "person_or_group")
    scores = best_scores(detector, f"why all the rainbow flags at the match. he wasnt a {slur}")
    assert scores.get("hate", 0.0) >= 0.5 and scores.get("abuse", 0.0) >= 0.5


def test_spaced_article_still_joins_a_spelled_out_slur(detector: AbuseDetector) -> None:
    slur = lexicon_slur("race", "always")
    spaced = " ".join("a" + slur)
    scores = best_scores(detector, f"the new teacher is {spaced}")
    assert scores.get("hate", 0.0) >= 0.5


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
