"""Table tests for the abuse detector's batches 39-41 mechanisms.

A two-word slur written as one word; a disability slur whose inflected forms are ordinary
words ("crippled by debt"), read only as listed; "-es" as a plural ending only after the
letters that take it ("rat" + "es" is "rates"); a nationality word that is also a verb,
read as the verb when an object follows ("go polish your halo"); "slag off" as the verb
(to run someone down), not the insult word; the writer's own child spoken of by someone
else ("telling everyone my daughter's a liar") and what a third person threatens to tell
everyone about a child ("they'll tell everyone she's a ..."); an email address spelled out letter by
letter, which holds no word.

Hate slipped into an argument between parents, caught by the hate frames: a protected group
blamed for "causing trouble", for playing "the race card", for money ("all about the
money", "follow the money"), for coming "over here and ...", for standards that "have
dropped", called "a nightmare" or "a burden", or said to push its ways "on the kids";
"learn the language or go home" as an expulsion on its own; a person said to have a
terrorist's or a bomber's look; a group the school is "full of".

Sneers at other parents (a drunk mess, a tubby one, sadists, a chin count, "Karen
energy") and taunts that end an argument ("ok boomer", "keep crying", "stay mad"); a rude command
closing its clause right after a name ("lol Shelley shut up."); and
the precision rules: a put-down followed by "for <people>" ("a sick joke for families") is
about what concerns them, not aimed at them; one "not the people, the decision" right after
it excepts the people. A slur of one pupil ("a <slur> to have a 1 to 1 in my son's class")
is placed by the class a few words on; a strong word broken by one dot ("sc.um") is read
whole, unless it is a web address or a file name. Doxxing (an address posted with a call to
act) reads the street suffixes of the personal information detector ("ln", "rise", "park").
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse, lexicon_slur


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _joined_slur() -> str:
    """A two-word slur of the lexicon written as one word, so the test never spells it out."""
    lexicon = load_lexicon()
    return min(e.term.replace(" ", "") for entries in lexicon.entries.values() for e in entries
               if e.kind == "slur" and e.target == "race" and e.term.count(" ") == 1)


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a disability slur read as listed (plural), its inflections ordinary words
    ("stupid cripples the lot of them in that unit", {"abuse", "hate"}),
    ("the council is crippled by debt and the crippling costs of transport", set()),
    ("a crippling injury ended his rugby season, get well soon", set()),
    # "-es" only where English puts it: "rates", "grates", "pirates" hold no insult
    ("mates rates for school mums on the bake sale tables", set()),
    ("the pirates assembly was brilliant, the rates of reading are up", set()),
    ("you lot are rats, every one of you", {"abuse"}),
    # a nationality word read as a verb when an object follows
    ("go polish your halo you stuck up cow", {"abuse"}),
    ("go and polish those boots you lazy lot", {"abuse"}),
    ("the kids polished off the cake at the polish evening", set()),
    ("the polish dads are scum", {"abuse", "hate"}),
    # "slag off" is the verb: a complaint, not the insult word
    ("she loves to slag him off at the gate but never says it to his face", set()),
    ("stop slagging off the teachers, they work hard", set()),
    ("stop slagging off the teachers you slag", {"abuse"}),
    # the writer's own child, called a name by someone else
    ("her lad is telling everyone my son's a thief, he isn't", set()),
    ("that woman keeps saying my daughter is a liar to the other mums", set()),
    ("your son's a thief and everyone knows it", {"abuse"}),
    # what a third person threatens to tell everyone about a child, in a parent's report
    ("a boy messaged my daughter that he'll tell everyone she's a slut if she doesn't reply", set()),
    ("my son says they'll go round telling everyone he's a grass", set()),
    ("i'll tell everyone she's a slag", {"abuse"}),
    # an email address spelled out is no word
    ("write to me: j o e . l e t c h f o r d @ example.com", set()),
    ("email s a m . l e t c h e r at example dot com for the rota", set()),
    ("m r s x i s a s a d o l d c o w", {"abuse"}),
    # hate slipped into an argument: trouble, cards and money pinned on a group
    ("funny how it's always the travellers causing the problems at pick up", {"abuse", "hate"}),
    ("the muslim dads are troublemakers, every single one", {"abuse", "hate"}),
    ("gay parents always pull the victim card when they don't get their way", {"abuse", "hate"}),
    ("the new head is jewish so of course it's all about the cash", {"abuse", "hate"}),
    ("romanians came over here and now they want to run the pta", {"abuse", "hate"}),
    ("ever since the asylum families arrived standards have gone down", {"abuse", "hate"}),
    ("disabled kids are such a burden on the other children", {"abuse", "hate"}),
    ("that trans teacher is pushing it onto our kids", {"abuse", "hate"}),
    ("speak english or get out, simple", {"abuse", "hate"}),
    ("mr khan has a bomber look about him, just saying", {"abuse", "hate"}),
    # ... hard negatives sharing the words
    ("the year 6 boys are always causing trouble at the gate, please can someone look", set()),
    ("the fundraiser was all about the money for the new library, thank you all", set()),
    ("since the new head came standards have dropped, the marking is slower", set()),
    ("the new wheelchair ramp is a nightmare in the rain, can it be gritted", set()),
    ("we came over here and fell in love with the school, the welcome was lovely", set()),
    ("learn the language of kindness, a lovely assembly on refugee week", set()),
    ("the PTA is pushing it on the kids to sell raffle tickets, bit much", set()),
    ("refugee week assembly: the children learned that people who come over here and work hard deserve respect", set()),
    ("learn the language or ship out, the lot of you", {"abuse", "hate"}),
    ("the kids are learning the language of the rainforest tribes in geography", set()),
    ("the migrants moved in last year and now the juniors are full of them", {"abuse", "hate"}),
    ("the book fair tables were full of them, the new dinosaur books", set()),
    # sneers at other parents in an argument: a drunk mess, a tubby one, sadists, a chin
    # count, "Karen energy"; taunts that end an argument ("ok boomer", "keep crying ...")
    ("his dad is a drunken mess at every match", {"abuse"}),
    ("that tubby dinner lady is a liability", {"abuse"}),
    ("the detention staff are sadists, the lot of them", {"abuse"}),
    ("she's got more chins than a block of flats", {"abuse"}),
    ("karen energy from the pta chair again", {"abuse"}),
    ("okay boomer, back to your crossword", {"abuse"}),
    ("stay mad Gemma, the decision stands", {"abuse"}),
    ("keep crying, nobody is changing the rota for you", {"abuse"}),
    # a rude command closing its clause right after a name said to that name
    ("omg Bethany shut up. nobody voted for you", {"abuse"}),
    ("Marcus, shut up", {"abuse"}),
    ("Tom shut up shop early so the fair could start", set()),
    ("the dog wouldn't shut up all night, sorry neighbours", set()),
    # ... hard negatives sharing the words
    ("the drunk driver who hit the bus has been charged, the children are safe", set()),
    ("the baby keeps crying at night, any tips from other mums?", set()),
    ("our karen runs the breakfast club, she's brilliant", set()),
    ("the sadistic maths test made us all laugh afterwards", set()),
    # a put-down followed by "for <people>" is about what concerns them, not aimed at them
    ("the new uniform policy is a sick joke for families on low incomes", set()),
    ("the car park is useless for parents with buggies", set()),
    ("you're useless, a joke", {"abuse"}),
    # "pathetic, not the people, the decision": the people expressly excepted
    ("the new homework policy is useless, not the teachers, the policy", set()),
    ("the rota change is pathetic but not the staff's fault", set()),
    ("you're pathetic and so is your husband", {"abuse"}),
    # a strong word broken by one dot, dash or underscore (not an address or a file name)
    ("the governors are sc.um", {"abuse"}),
    ("she's a right id_iot", {"abuse"}),
    ("the form is on tw.at/forms, fill it in by friday", set()),
    ("the well-being day and the e.g. list are on the site", set()),
    ("see the pdf at twa.pdf for the trip letter", set()),
    # doxxing reads personal information's street suffixes ("ln", "park", "rise", "sq")
    ("mrs hale lives at 14 maple ln, go and tell her what you think", {"abuse"}),
    ("the head lives at 7 kestrel rise, pay her a visit and ask her", {"abuse"}),
    ("we live at 3 oak park, come round and tell them the party's on", set()),
    ("the fun run starts at 2 victoria sq, ask the marshals for directions", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch39_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_joined_two_word_slur_is_hate(detector: AbuseDetector) -> None:
    slur = _joined_slur()
    assert_abuse_and_hate(detector, f"that {slur} dad can take his opinion home", {"abuse", "hate"})
    assert_abuse_and_hate(detector, f"{slur}s the lot of them", {"abuse", "hate"})


def test_slur_of_one_pupil_placed_by_a_class(detector: AbuseDetector) -> None:
    slur = lexicon_slur("disability", "person_or_group")
    assert_abuse_and_hate(detector, f"why should we pay for a {slur} to have a helper in my daughter's class",
                          {"abuse", "hate"})


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])
