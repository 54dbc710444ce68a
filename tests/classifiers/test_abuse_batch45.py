"""Table tests for the abuse detector's batches 45-47 mechanisms.

A trust's account in the culture wars: hate said politely or in code about LGBT people,
faiths, refugees and race. The ideas read here: a group called violent or criminal by nature
("back to stabbing each other", "will be selling drugs"), here only for benefits, brought in
like goods ("stop importing ..."), said to hate, outbreed or outnumber "us"; a group's name
said as a sneer ("typical ..."); a faith called a disease ("is a cancer"); the cousin-marriage
trope; LGBT people and the school's own LGBT events ("their pride club", "allies") called a
danger to children ("groomers", "paedophile recruitment", "degenerates") or denied as a thing
at all ("no such thing", "attention seeking"); the flag called a paedophile's.

Every mechanism has at least as many hard negatives as positives: fair disagreement with a
policy, faith views said respectfully, a parent asking to see the lessons, e-safety talk
about groomers, a defence of the club, and the hate quoted to condemn it (a report of
name-calling that opens a sentence, "Calling refugees 'rats' is ...", is a report).

Also: a teacher's home address posted for a crowd ("for anyone going", "there's plenty of
us"); a leaver seen off ("don't let the door hit you"), "lefty loon", a face called a crime;
an ape emoji said of a people, and animals on a zoo trip or a safari beside a group word,
which are no comparison.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from tests.classifiers.scoring import assert_abuse_and_hate, assert_hate_implies_abuse


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


def _new_slur(target: str, contains: str) -> str:
    """One of this round's slurs, taken from the lexicon so the test never spells it out."""
    return min(e.term for entries in load_lexicon().entries.values() for e in entries
               if e.kind == "slur" and e.target == target and contains in e.term and " " not in e.term)


# (text, labels that must reach 0.5); an empty set means neither abuse nor hate may.
CASES = [
    # a group called violent or criminal by nature
    ("somali lads will all be stabbing each other by year 10, watch", {"abuse", "hate"}),
    ("the albanian boy will be selling drugs before he's 14", {"abuse", "hate"}),
    ("black boys are just more violent, everyone knows it", {"abuse", "hate"}),
    # ... hard negatives sharing the words
    ("the knife crime talk showed how young people end up stabbing each other, really powerful", set()),
    ("year 9 learnt how gangs get kids selling drugs, the police officer was brilliant", set()),
    ("the black cab driver said the film was more violent than he expected", set()),
    ("are black holes more violent than stars? year 6 asked the scientist", set()),
    ("my son was terrified after a film about two gangs killing each other", set()),
    # here only for benefits, brought in like goods, said to hate or outnumber us
    ("the migrants are only here for the benefits, nothing else", {"abuse", "hate"}),
    ("stop importing foreigners into our schools", {"abuse", "hate"}),
    ("refugees who hate us get free uniform while we pay", {"abuse", "hate"}),
    ("these people breed much faster than us and will outnumber us in ten years", {"abuse", "hate"}),
    # ... hard negatives
    ("the refugee families are here for the summer fair, please make them welcome", set()),
    ("we are importing the new reading scheme from a school in leeds", set()),
    ("my kids hate us for booking the trip on the same day as the party lol", set()),
    ("the rabbits in reception breed faster than we can find homes for them!", set()),
    ("the girls outnumber the boys in the choir this year", set()),
    ("the syrian family said they were here for the benefits of a quiet village school", set()),
    # a group's name said as a sneer
    ("bikes going missing again. typical gypsies", {"abuse", "hate"}),
    ("typical muslims, always wanting special rooms", {"abuse", "hate"}),
    # ... hard negatives
    ("a typical day at the fair: rain, cake and lost wellies", set()),
    ("typical british summer for sports day, wear your coats", set()),
    ("the polish club's typical dishes were a hit at the international evening", set()),
    ("the children learnt what a typical jewish family meal at passover looks like", set()),
    # a faith called a disease
    ("islam is a cancer on this country", {"abuse", "hate"}),
    # ... hard negatives
    ("our muslim neighbour is fighting cancer, the mosque has been so kind", set()),
    ("the christian union raised £300 for cancer research", set()),
    # the cousin-marriage trope
    ("that lot all marry their cousins, look at the kids", {"abuse", "hate"}),
    # ... hard negatives
    ("in history we learnt that the royal families used to marry their cousin's children", set()),
    ("my cousin married a lovely lad from the pakistani community last year", set()),
    # LGBT people and the school's own events called a danger to children
    ("the lgbt club is just groomers getting access to kids", {"abuse", "hate"}),
    ("pride week at a primary is recruiting the kids, nothing else", {"abuse", "hate"}),
    ("trans teachers are predators and the trust knows it", {"abuse", "hate"}),
    ("degenerates running the pride club again", {"abuse", "hate"}),
    # ... hard negatives: e-safety, a defence of the club, disagreement said fairly
    ("the pride club session was about how groomers work online and how to stay safe", set()),
    ("the gay teachers are not groomers, they're people who care about our kids", set()),
    ("people calling the lgbt club groomers should be ashamed of themselves", set()),
    ("I'd like to see the RSE materials before the pride week lessons, is that possible?", set()),
    ("I don't agree with pride month in a primary, but I'll talk to the head calmly", set()),
    ("as a christian I see marriage differently, but my children will be kind to everyone in the pride club", set()),
    ("the e-safety talk on predators and groomers was brilliant, thanks year 8", set()),
    ("we report any account that calls the trans pupils predators", set()),
    # ... or denied as a thing at all
    ("non binary? no such thing, it's made up", {"abuse", "hate"}),
    ("trans kids are just attention seeking", {"abuse", "hate"}),
    # ... hard negatives
    ("there's no such thing as a silly question at the pride club", set()),
    ("my nonbinary child was made so welcome, thank you, and it is not attention seeking", set()),
    ("my daughter's attention seeking at bedtime is driving me mad lol", set()),
    ("can someone explain what nonbinary means? genuinely asking so I can talk to my son", set()),
    # the flag called a paedophile's
    ("take that paedo flag off the school gate", {"abuse", "hate"}),
    # ... hard negatives
    ("the pride flag is up at the gate for the week, lovely to see", set()),
    ("someone called the pride flag a 'paedo flag' in the replies, reported", set()),
    # dehumanising words quoted in a report of name-calling that opens a sentence
    ('Calling refugees "rats" and "vermin" is exactly what we teach children not to do', set()),
    ('Saying migrants are "animals" is disgusting, please hide those replies', set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_batch45_cases(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_new_slurs_with_a_group_are_hate(detector: AbuseDetector) -> None:
    faith = _new_slur("religion", "goat")
    orientation = _new_slur("sexual_orientation", "sodom")
    assert_abuse_and_hate(detector, f"the prayer room is for {faith}s only", {"abuse", "hate"})
    assert_abuse_and_hate(detector, f"let those {orientation} teachers know they're watched", {"abuse", "hate"})
    # the slur quoted to report it is no attack on anyone
    assert_abuse_and_hate(detector, f'someone wrote "{orientation}" under the pride post, I reported it', set())


def test_hate_implies_abuse(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, [text for text, _ in CASES])


# a person's home address posted for a crowd to use; the same words with no one sent
DOXXING = [
    ("here's the deputy's address for anyone heading down later: 4 Linnet Close, make her feel welcome", {"abuse"}),
    ("that teacher lives at 22 Heron Road, he leaves at 7 every day. there's loads of us", {"abuse"}),
    # ... hard negatives
    ("the head's address for the leavers' cards is the school office, 1 Mill Lane, for anyone going", set()),
    ("the school's address for anyone going to the fair is 12 Mill Road, parking on the field", set()),
    ("the coach leaves at 7.40 from 3 Station Road, there's plenty of us so bring snacks", set()),
    ("can you send me the address for the party? I think it's 8 Wren Close", set()),
]


@pytest.mark.parametrize("text,expected", DOXXING)
def test_doxxing_for_a_crowd(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


# a leaver seen off, a crank called out, a face called a crime; the same words kindly
PUT_DOWNS = [
    ("bye mrs hart, don't let the door hit you on the way out", {"abuse"}),
    ("you lefty loon, stop posting", {"abuse"}),
    ("delete that selfie, ur face is a crime", {"abuse"}),
    # ... hard negatives
    ("mind the door on the way out, it sticks and might hit you", set()),
    ("we saw a loon on the lake at the residential, the kids loved it", set()),
    ("the crime scene workshop was brilliant, my face when they found the clue", set()),
]


@pytest.mark.parametrize("text,expected", PUT_DOWNS)
def test_put_downs(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


# an ape emoji said of a people; the same emoji at the zoo, the farm or in a game
APE_EMOJI = [
    ("black history month = \U0001f412\U0001f34c lol", {"abuse", "hate"}),
    ("the nigerian family at the fair \U0001f98d\U0001f98d", {"abuse", "hate"}),
    # ... hard negatives
    ("the nigerian guide at the safari park showed us the \U0001f98d family", set()),
    ("our chinese exchange students loved the \U0001f412 enclosure at twycross", set()),
    ("wildlife club: the polish volunteer brought photos \U0001f98d", set()),
    ("black history month assembly was brilliant \U0001f44f\U0001f44f", set()),
    # real animals on a day out beside a group word (the words, not the emoji)
    ("year 2 loved the zoo trip, the black and white colobus \U0001f412 stole the show", set()),
    ("my son is obsessed with monkeys at the safari park, the polish guide was great", set()),
    ("the farm visit was great, the pigs loved the romanian family's apples", set()),
    # ... and the same animals said of a people
    ("polish kids are monkeys, the whole class", {"abuse", "hate"}),
    ("\U0001f412 cheeky monkey day in reception, thanks to all the parents", set()),
]


@pytest.mark.parametrize("text,expected", APE_EMOJI)
def test_ape_emoji_said_of_a_people(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)
