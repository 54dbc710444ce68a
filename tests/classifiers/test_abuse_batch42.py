"""Table tests for the abuse detector's batches 42-44 mechanisms.

Hate slipped into comments about a school in the news, a gaming lobby and a grandparents'
page, caught by the hate frames: a stereotype pinned on one member and so on the whole group
(greed: "whatever makes him money"; theft and copying: "it's probably stolen", "they copy everything"; fraud: "check your
bank accounts"), the sneer that the culprit's group
was to be expected ("of course the one throwing punches is ..."), an honour put down to who
the pupil is ("only got it because of diversity", where "diversity" is the sneer and no
longer the anti-hate word), and a group told it should not have children ("shouldn't breed").

A person slur doing something to a class ("<slur> reading stories to the reception class")
is placed by the class; a slur spelled out with its article ("is a f a g,") is read with the
article apart, and a spelled-out run may end at a comma or a stop closing its clause; the
old school dinners whose names hold a group word or a slur are hard negatives; "dregs" said
of people is an insult; doxxing reads a pupil named as the culprit ("the lad who ...").
A group's name with a letter or two masked ("m*slims out") is read as the group; a put-down
of what was said about a group ("the comments about the ... families are disgusting") is
not aimed at the group; a capitalised word before "Lane" or "Road" is a street, no name;
a put-down taken back in praise at once ("a tyrant, but a fair one") is fond memory.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _dinner_word() -> str:
    """The slur that is also an old dish's name, taken from the lexicon's hard negatives so
    the test never spells it out."""
    lexicon = load_lexicon()
    return min(e.term.split(" ")[0] for entries in lexicon.entries.values() for e in entries
               if e.kind == "hard_negative" and e.term.endswith(" and peas"))


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a stereotype pinned on one member, and so on the whole group
    ("that polish councillor backs whatever gets him money, they always do", {"abuse", "hate"}),
    ("the jewish landlord will do anything that makes them more money", {"abuse", "hate"}),
    ("the chinese team won the code jam but they just copy everyone", {"abuse", "hate"}),
    ("albanian lad turned up with a new phone, it's probably nicked", {"abuse", "hate"}),
    ("new caretaker is albanian, hide your wallets 😂", {"abuse", "hate"}),
    ("somali family moved in next door. guard your purses ladies", {"abuse", "hate"}),
    ("of course it was the gypsy lad who started the fight", {"abuse", "hate"}),
    ("of course the one who hit him is asian", {"abuse", "hate"}),
    ("that muslim girl only won the prize because of diversity", {"abuse", "hate"}),
    ("the black teacher was just made head of year cos of quotas", {"abuse", "hate"}),
    ("disabled people should not be allowed to breed", {"abuse", "hate"}),
    ("autistic kids in every class now, their parents shouldn't breed", {"abuse", "hate"}),
    # ... hard negatives sharing the words
    ("the bake sale made them loads of money, they always do well", set()),
    ("the polish deli did the cakes for the fair, they always do.", set()),
    ("thank you to the muslim families who brought food, they always do!", set()),
    ("my bike was stolen outside the polish shop, probably nicked by kids", set()),
    ("the black cab driver found my purse, mind your pockets at the fair everyone", set()),
    ("my bike was probably stolen from the rack, has anyone seen a red one", set()),
    ("please check your bank accounts, the trip payment went out twice", set()),
    ("of course the one who scored is in year 6, so proud of them", set()),
    ("the diversity week assembly was wonderful, thank you year 5", set()),
    ("she won the prize because of her hard work in the diversity club", set()),
    ("the farm visit was lovely, the kids saw where the sheep breed", set()),
    ("the chinese new year lantern parade was lovely, they always do it so well", set()),
    # "dregs" said of people; the dregs of a cup are no one
    ("the parents who turned up to shout are dregs", {"abuse"}),
    ("that lot at the gate are the dregs of the estate", {"abuse"}),
    ("there's only the dregs of the tea left in the staffroom pot", set()),
    # old school dinners whose names hold a group word
    ("gypsy tart and custard on a friday was the best thing about school", set()),
    ("spotted dick with pink custard, the dinner ladies were legends", set()),
    # a group's name with a letter masked; the same masks in praise
    ("m*slims out of our estate", {"abuse", "hate"}),
    ("ban all the r*manians from the park", {"abuse", "hate"}),
    ("the m*slim families at the eid fair were lovely", set()),
    # what is said about a group, put down: the words, not the group
    ("the comments about the roma families are vile", set()),
    ("the jokes aimed at the polish dads were disgusting, report them", set()),
    ("the roma families are vile", {"abuse", "hate"}),
    # a street's name is no person's name
    ("the traffic on Station Road at home time is a disgrace", set()),
    ("the bins on Mill Lane are a disgrace again", set()),
    ("Kelly is a disgrace, she parks on the zigzags every day", {"abuse"}),
    # a put-down taken back in praise at once, closing its clause
    ("our old deputy head was a tyrant, but a fair one", set()),
    ("mrs peel was a dragon but a kind lady underneath", set()),
    ("you're useless, but a good one would have rung us back", {"abuse"}),
    # doxxing: a pupil named as the culprit, an address and a call to go round
    ("the boy who kicked my lad at the park lives at 12 birch close, go round and see his mum", {"abuse"}),
    ("the girl from 9Y who started it lives at 3 ash grove, go and tell her", {"abuse"}),
    ("my boy who lost his coat lives at 4 oak close, go round if you find it", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch42_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_old_school_dinner_is_no_slur(detector: AbuseDetector) -> None:
    dish = _dinner_word()
    assert_abuse_and_hate(detector, f"{dish.capitalize()}, mash and peas every thursday, happy days", set())
    assert_abuse_and_hate(detector, f"{dish} in gravy with chips, best school dinner going", set())
    # the same word aimed at a person is still hate
    assert_abuse_and_hate(detector, f"that teacher is a {dish.rstrip('s')}", {"abuse", "hate"})


def test_person_slur_placed_by_a_class(detector: AbuseDetector) -> None:
    slur = lexicon_slur("gender_identity", "person_or_group")
    assert_abuse_and_hate(detector, f"{slur} teaching the year 4 class now, disgusting", {"abuse", "hate"})
    assert_abuse_and_hate(detector, f"{slur} reading to the nursery kids, no thanks", {"abuse", "hate"})


def test_spelled_out_slur_with_its_article(detector: AbuseDetector) -> None:
    slur = lexicon_slur("sexual_orientation", "always")
    spaced = " ".join(slur)
    assert_abuse_and_hate(detector, f"the new coach is a {spaced}, everyone knows it", {"abuse", "hate"})
    assert_abuse_and_hate(detector, f"that man is a {spaced}!", {"abuse", "hate"})
    # letters spelled out that make no word, article or not
    assert_abuse_and_hate(detector, "the code is a b c d, then press enter", set())
    assert_abuse_and_hate(detector, "i a m s o r r y, really", set())


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
