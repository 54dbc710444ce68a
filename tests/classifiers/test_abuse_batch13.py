"""Table tests for the abuse detector's batch-13a mechanisms: insults with no lexicon word.

Each mechanism has attacks, evasions and hard negatives: comparisons ("looks like a
potato"), smells pinned on a person, rude commands to go away, "<noun> of a <person>",
idioms of stupidity, a protected characteristic used as the insult, the new hate phrases,
strong words written without vowels, echo brackets; and the precision rules: reports of
name-calling, the writer about themselves, a parent about their own children, "what a
<insult>" about a thing, titles in capitals. Slur words are drawn from the lexicon, so this
file holds none.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, _vowel_drops, load_lexicon
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
    # comparisons with a person before them
    ("Daisy looks like a turnip with legs", {"abuse"}),
    ("Reece has ears like an elephant", {"abuse"}),
    ("look at Reece's nose, like a beetroot", {"abuse"}),
    ("the new supply teacher has a face like a wet weekend", {"abuse"}),
    ("Mr Pike walks like a penguin and talks like a donkey", {"abuse"}),
    ("Kyle l00ks like a g0blin lol", {"abuse"}),  # leet
    # ... hard negatives: things, costumes, praise, the writer's own pet
    ("the cake looks like a hedgehog, so clever", set()),
    ("Mr Green dressed as a chicken for World Book Day and looked like a chicken too", set()),
    ("the baby has a face like an angel", set()),
    ("my dog eats like a horse these days", set()),
    ("looks like a lovely day for the sports day", set()),
    # a smell pinned on a person; a food stereotype makes it hate
    ("Harry stinks, sit somewhere else", {"abuse"}),
    ("Zara smells like a bin", {"abuse"}),
    ("honestly she reeks of wee", {"abuse"}),
    ("bet he smells of curry like the rest of them", {"abuse", "hate"}),
    # ... hard negatives
    ("the changing rooms stink, please can they be cleaned", set()),
    ("Jack smells lovely after his bath", set()),
    ("I stink at spelling so the help sheet is great", set()),
    ("the hall smells of paint after the refurb", set()),
    # rude commands to go away, only as a command
    ("jog on Mrs Price", {"abuse"}),
    ("do one mate", {"abuse"}),
    ("Mr Hale, take a long walk off a short pier", {"abuse"}),
    ("get in the sea you melt", {"abuse"}),
    # ... hard negatives: the same words in ordinary sentences
    ("we'll do one more practice before the concert", set()),
    ("the children jog on the field every Friday", set()),
    ("could you do one for my daughter too?", set()),
    ("please don't get lost on the way to the coach", set()),
    ("the rash didn't go away so we stayed home", set()),
    # "<noun> of a <person>" and idioms of stupidity
    ("what a clown of a headteacher", {"abuse"}),
    ("she is a disgrace of a mother", {"abuse"}),
    ("the deputy has the brains of a goldfish", {"abuse"}),
    ("Mr Shah is as thick as two short planks", {"abuse"}),
    ("is there one brain cell in that office", {"abuse"}),
    ("they give jobs to anyone with a pulse there", {"abuse"}),
    # ... hard negatives
    ("what a joke of a parking system", set()),
    ("the science club is learning about brain cells", set()),
    # wider vocabulary, aimed at someone
    ("the receptionist is a miserable old trout", {"abuse"}),
    ("Mr Ellis is a pompous windbag", {"abuse"}),
    ("you absolute weasel", {"abuse"}),
    ("ur such a dweeb", {"abuse"}),
    ("the office staff are rude lazy jobsworths", {"abuse"}),
    ("Mr Tate is an oxygen thief", {"abuse"}),
    ("Miss Cole is as much use as a chocolate teapot", {"abuse"}),
    ("the deputy is a few sandwiches short of a picnic", {"abuse"}),
    ("get a brain Mr Cole", {"abuse"}),
    ("the head is a battleaxe", {"abuse"}),
    # ... hard negatives: the same words about things or as praise
    ("the grass is too long on the field again", set()),
    ("my son is a proper science geek", set()),
    ("we saw a whale on the trip to the coast", set()),
    ("the class troll puppet show was lovely", set()),
    ("the fat content of school dinners has gone down", set()),
    # a protected characteristic used as the insult
    ("ur so gay mate", {"abuse", "hate"}),
    ("he's proper autistic, can't take a joke", {"abuse", "hate"}),
    ("that's so gay", {"abuse", "hate"}),
    # ... hard negatives: the same words said plainly, of oneself or in support
    ("that's so gay friendly, love the new policy", set()),
    ("he's so autistic friendly with the quiet corner", set()),
    ("the kids were so smelly after cross country, ha", set()),
    ("my son is autistic and loves the new sensory room", set()),
    ("so proud of our gay and lesbian staff network", set()),
    # hate phrases and dog whistles
    ("he'll never be a real woman whatever the school says", {"abuse", "hate"}),
    ("there are only two genders, end of", {"abuse", "hate"}),
    ("looks like she swung down from the trees", {"abuse", "hate"}),
    ("put that tea towel on her head back in the cupboard", {"abuse", "hate"}),
    ("Mr Lane is a bit light in the loafers", {"abuse", "hate"}),
    ("the special needs bus is outside lmao", {"abuse", "hate"}),
    ("1488 brothers", {"abuse", "hate"}),
    ("the new governors are all (((them)))", {"abuse", "hate"}),
    ("the autistic kids dribbling everywhere, it's like a zoo", {"abuse", "hate"}),
    ("Kai the wheelchair loser", {"abuse", "hate"}),
    ("women can't referee, stick to netball", {"abuse", "hate"}),
    ("Mrs Okoro is a bit special if you ask me", {"abuse", "hate"}),
    ("ching chong, can't understand a word he says", {"abuse", "hate"}),
    ("the kung flu family are back from holiday", {"abuse", "hate"}),
    # ... hard negatives
    ("the leavers' assembly was a bit special this year", set()),
    ("the tea towels from the Year 2 fundraiser are lovely", set()),
    ("the bus for the special school trip leaves at 9", set()),
    ("the (((surround sound))) at the concert was loud", set()),
    # a crude word for women beside a group word insults a person, not the group (abuse only)
    ("those gay bitches at the gym", {"abuse"}),
    ("the gays at that school are scum", {"abuse", "hate"}),
    # reports of name-calling quote the word, they do not aim it
    ("my son keeps being called fat and smelly by boys in his class, who do I speak to?", set()),
    ("a girl told my daughter she smells, how do I raise it with the school?", set()),
    ("the boys are calling girls slags in the corridor, is the school dealing with it?", set()),
    # ... but aimed at the reader it is abuse
    ("who you calling a loser, you absolute muppet", {"abuse"}),
    # the writer about themselves, a parent about their own children
    ("I'm such an idiot, I forgot the trip money again", set()),
    ("I feel like a useless mum this week", set()),
    ("my boys are pigs at the dinner table", set()),
    ("our kids are animals at bath time", set()),
    # "what a <insult>" about a thing; a title in capitals is no name
    ("what a shambles the car park was this morning", set()),
    ("what a clown costume, brilliant effort", set()),
    ("Year 4 read The Ugly Duckling today", set()),
    ("the tablets in Year 3 are useless", set()),
    # ... but about a person it still counts
    ("what a useless specimen the new maths teacher is", {"abuse"}),
    # the people who run the place; idioms; stereotypes
    ("this academy is run by idiots and clowns", {"abuse"}),
    ("Mr Dunn wouldn't know a fair decision if it bit him", {"abuse"}),
    ("his mum looks like she was dragged through a hedge backwards", {"abuse"}),
    ("bet his family eats dogs", {"abuse", "hate"}),
    ("the mums at the gate look like letterboxes", {"abuse", "hate"}),
    # evasions of the new shapes
    ("J4yden st1nks", {"abuse"}),
    ("Olivia l00ks l1ke a p0tat0", {"abuse"}),
    ("d o  o n e Mrs Taylor", {"abuse"}),
    ("ur s0 g@y", {"abuse", "hate"}),
    ("Kyle = sn1tch", {"abuse"}),
    ("the score = 2 goals to 1", set()),
    # pupils' slang and joke shapes; emoji as the insult
    ("kai ur such a neek", {"abuse"}),
    ("Mrs Carey is so old she remembers the Romans", {"abuse"}),
    ("Sienna's forehead, you could land a plane on it", {"abuse"}),
    ("Mr Carr \U0001f921\U0001f921", {"abuse"}),
    ("\U0001f595 this", {"abuse"}),
    ("the circus trip was brilliant \U0001f921", set()),
    ("my dog is so fat he can't fit in his basket", set()),
    ("the girl at the front sings like a strangled cat", {"abuse"}),
    ("the traveller kids are always nicking stuff", {"abuse", "hate"}),
    ("the choir sounded like angels", set()),
    ("someone keeps nicking the pens from the office", set()),
    # a headscarf mocked, two mums called abnormal
    ("she turns up with a bin bag on her head", {"abuse", "hate"}),
    ("Lucas has two mums, how is that normal", {"abuse", "hate"}),
    ("Lucas's two mums ran the tombola, thank you both", set()),
    # whose, not who is
    ("Miss Reid's snake visit was amazing", set()),
    ("Ellie's a pig", {"abuse"}),
    # ordinary nouns side by side, pets and children with names, clothes
    ("we saw sheep, pigs and cows at the farm", set()),
    ("Year 2 are learning about fossils and dinosaurs", set()),
    ("the Chinese new year dragon dance was amazing", set()),
    ("our dog Tramp loves the school walk", set()),
    ("our Freddie is a little donut, forgot his lunch again", set()),
    ("the kids look like little penguins in their coats", set()),
    ("the head is a liar and a coward", {"abuse"}),
    # group words that are no group, "head" that is no headteacher
    ("Mr Black is a great teacher", set()),
    ("Mrs White and Mr Black ran the fair, what a joke stall, brilliant fun", set()),
    ("my son wears his brother's smelly hand me downs, any uniform swap?", set()),
    ("the letter about head lice was a bit of a joke, it came too late", set()),
]


@pytest.mark.parametrize(("text", "labels"), CASES)
def test_batch13_table(detector: AbuseDetector, text: str, labels: set[str]) -> None:
    assert_abuse_and_hate(detector, text, labels)


@pytest.mark.parametrize(("text", "rule"), [
    ("Olivia looks like a potato", "comparison(severity=2,target=none)"),
    ("Jayden stinks", "smell(severity=2,target=none)"),
    ("he stinks of garlic", "smell_stereotype(target=race)"),
    ("do one Mrs Taylor", "dismissal(severity=2,target=none)"),
    ("he's so autistic", "identity_as_insult(target=disability)"),
    ("the deaf kid talks like a seal", "group_comparison(target=disability)"),
])
def test_each_mechanism_explains_itself(detector: AbuseDetector, text: str, rule: str) -> None:
    rules = {d.explanation.rule for d in detector.detect(text) if d.score >= 0.5}
    assert rule in rules, rules
    best = max(detector.detect(text), key=lambda d: d.score)
    assert text[best.explanation.start:best.explanation.end] == best.explanation.matched
    assert best.explanation.adjustments


def test_a_strong_word_without_its_vowels_is_read(detector: AbuseDetector) -> None:
    slur = lexicon_slur("disability", "person_or_group")
    variant = sorted(v for v in _vowel_drops(slur) if len(v) == len(slur) - 1)[0]
    assert variant != slur
    scores = best_scores(detector, f"what a {variant}")
    assert scores.get("abuse", 0.0) >= 0.5
    # a short word is never read this way: too many ordinary words share its consonants
    assert all(len([c for c in key if c not in "aeiou"]) >= 4 for key in load_lexicon().skeletons)


def test_a_slur_quoted_in_a_report_goes_to_review_not_hate(detector: AbuseDetector) -> None:
    slur = lexicon_slur("disability", "always")
    report = f"my son was called a {slur} at football, what is the school doing about it?"
    scores = best_scores(detector, report)
    assert scores.get("hate", 0.0) < 0.5
    assert 0.4 <= scores.get("abuse", 0.0) < 0.5  # a moderator still sees it
    aimed = best_scores(detector, f"you are a {slur}")
    assert aimed.get("hate", 0.0) >= 0.8 and aimed.get("abuse", 0.0) >= 0.8


def test_hate_implies_abuse_on_every_case(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, (text for text, _ in CASES))
