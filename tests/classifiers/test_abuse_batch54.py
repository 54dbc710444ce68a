"""Table tests for the abuse detector's batches 54-56 mechanisms.

A nursery and the early years, school trips and an exchange school, and a cost-of-living
community group written in voices from across the UK. The ideas read here: a people named
by its nation ("french kids", "brits") or as foreign, with a derogation in the sentence; a
people sneered at as all alike ("typical women"); a people said to cheat the benefits
system, to groom children, to be a cult or "disgusting people", to be sent back "on the
boats", to "panic and cry"; a sectarian word joined to a swear word; a disabled person
called a cripple with an insult stacked before it; put-downs from Scotland and the north
("ye wee nyaffs", "bawbag") and gossips called hens; material a child posts or a group
online "who say" a hate slogan, named rather than said; a small child's words about
herself ("asking if she looks fat"); a child's smell told as a sign of neglect; a noise
likened to an animal's with its object before "like" ("grunting at everyone like an ape");
one's own child called a little swear word and then praised; food "battered" (eaten with
gusto); a trans person called "it" in sneer quotes; one person's wheelchair, which names
no people.

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
    # a people named by its nation, or as foreign, with a derogation
    ("the german kids on the exchange were filthy, never again", {"abuse", "hate"}),
    ("spanish people are all thieves, watch your bags on the trip", {"abuse", "hate"}),
    ("foreign families are ruining this estate", {"abuse", "hate"}),
    ("the brits abroad lot are scum, every one of them", {"abuse", "hate"}),
    # ... the same words with nothing said against the people
    ("the french kids loved the fish and chips on the pier", set()),
    ("our english kids are hosting the italian kids next week, any tips?", set()),
    ("mr dale the french teacher is running the exchange again this year", set()),
    ("can we practise foreign languages at the community group?", set()),
    ("the foreign exchange trip was ruined by the rain", set()),
    ("foreign languages are dying out in schools, no wonder", set()),
    ("the foreign cow at the front desk should be deported", {"abuse", "hate"}),
    # a people sneered at as all alike
    ("typical muslims, always wanting special treatment", {"abuse", "hate"}),
    ("typical foreigners, never queue for anything", {"abuse", "hate"}),
    # ... "typical" of a day, the weather or one person
    ("typical british summer, the sports day got rained off", set()),
    ("typical monday, forgot the pe kit again", set()),
    # a people said to cheat the system, groom children, be a cult, be sent back
    ("the wheelchair users at the food bank are milking the system", {"abuse", "hate"}),
    ("trans people only work with kids to groom children", {"abuse", "hate"}),
    ("the sikhs at that temple are a creepy cult", {"abuse", "hate"}),
    ("refugees should be put back on a boat tomorrow", {"abuse", "hate"}),
    ("women can't run a residential, they just panic and cry", {"abuse", "hate"}),
    # ... the same words of no people
    ("the bride and groom looked lovely at the church by the school", set()),
    ("my toddler panics and cries at every drop off, any tips?", set()),
    ("we went back on the boat after the island trip, brilliant day", set()),
    ("the dairy farm visit showed the kids milking the cows", set()),
    # a sectarian word joined to a swear word
    ("orange bastards the lot of them at that club", {"abuse", "hate"}),
    ("taig scum the whole street", {"abuse", "hate"}),
    # ... orange of a thing
    ("the orange team won the egg and spoon race", set()),
    # a disabled person called a cripple with an insult stacked before it
    ("that useless cripple in the bay again", {"abuse", "hate"}),
    # ... "crippled" by costs
    ("we're crippled by the energy bills this winter", set()),
    # put-downs from Scotland and the north, gossips called hens
    ("the janny is a total bampot", {"abuse"}),
    ("shut it ye wee nyaff", {"abuse"}),
    ("the committee is a bunch of gossiping old hens", {"abuse"}),
    # ... hens of a farm, a hen party
    ("the nursery hens laid three eggs today", set()),
    ("had the best hen do in blackpool", set()),
    # material a child posts or watches, named by its topic; a group online "who say" it
    # (reviewed below 0.5, nothing hidden)
    ("my nephew keeps sharing memes about the great replacement, should i tell his school", set()),
    ("he follows a page on tiktok that says muslims are ruining this country", set()),
    # ... the same words said as the writer's own view
    ("the great replacement is happening and the school is helping it", {"abuse", "hate"}),
    ("muslims are ruining this country", {"abuse", "hate"}),
    # a small child's words about herself, told by a worried parent
    ("my 6 year old keeps asking if she looks ugly in her uniform", set()),
    ("he's only 7 and he's talking about being stupid all the time", set()),
    # ... the same words aimed at someone
    ("you look ugly in that uniform", {"abuse"}),
    ("she's talking about you being stupid again, because you are", {"abuse"}),
    # a child's smell told as a sign of neglect
    ("my nephew comes to nursery in the same clothes every day and he smells of smoke, who do i tell", set()),
    ("the little boy next door is always hungry and he stinks of wee, nobody washes him", set()),
    # ... a smell pinned on a person with no worry for them
    ("that new boy stinks of wee, keep your kids away", {"abuse"}),
    # a noise likened to an animal's, with its object between the verb and "like"
    ("the blind lad at the bus stop grunts at people like a pig", {"abuse", "hate"}),
    ("that dinner lady was squealing at us like a pig", {"abuse"}),
    # ... animals and babies
    ("the dogs at the rescue centre were barking at everyone like mad", set()),
    ("my baby grunts like a little piglet when she feeds, so cute", set()),
    # one's own child called a little swear word, turned at once to praise
    ("my son is a little shit at teatime but an absolute angel for his nan", set()),
    ("our daughter's a little sod in the mornings, love her to bits though", set()),
    # ... someone else's child, or no praise
    ("my son's teacher is a little shit but an angel to the head", {"abuse"}),
    ("that kid from 2b is a little shit and everyone knows it", {"abuse"}),
    # food eaten with gusto, in the north's sense of "batter"
    ("he's gonna batter that kebab after the match", set()),
    ("i'm going to batter a curry tonight", set()),
    # ... a person battered
    ("i'm gonna batter that lad at the gate", {"abuse"}),
    # a trans person called "it" in sneer quotes
    ("the trans girl on the trip, where does \"it\" sleep? not with my daughter", {"abuse", "hate"}),
    ("that non binary teacher thinks \"it\" gets to lead the trip", {"abuse", "hate"}),
    # ... "it" reported as name-calling, or no trans person
    ("the boys keep calling the trans lad \"it\" and i've told the school", set()),
    ("my son said \"it\" sleeps in the top bunk, meaning the teddy", set()),
    # one person's wheelchair is no people
    ("the boy next door comes in filthy and hungry, his dad is in a wheelchair and can't cope", set()),
    ("my nan uses a wheelchair and the bus driver was filthy rude to her", set()),
    # ... the people themselves
    ("wheelchair users are filthy and smell", {"abuse", "hate"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_batch54_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
