"""Table tests for the abuse detector's batch 15-16 mechanisms: replies under photos and videos.

Each mechanism has attacks and hard negatives: pupils named by their year or a video's
timestamp as the subject of an insult, "whoever ..." as a subject, "the state of <person>",
"no wonder he has no mates", harm wished on a person, elided subjects in comparisons
("..., look like a bunch of bin bags"), words spelled out letter by letter (whole or inside a
run), "y'all" as a you-word, lower-case names in text-speak ("stfu maddox", "ellie
stinks"), poverty and looks mocked ("imagine being so poor"), the new vocabulary; hate: a slur beside a group word of its own
target further off, "go back 2 ...", greed and disease stereotypes, exclusion questions,
token-hire put-downs; and the precision rules: someone's view of themselves reported by a
worried friend, a hate phrase quoted as the name of something, a group described as hating.
Slur words are drawn from the lexicon, so this file holds none.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
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
    # pupils named by their year, people pointed at by a timestamp
    ("the year 9s on this trip are so thick lol", {"abuse"}),
    ("y10s in the back row are proper ugly", {"abuse"}),
    ("the girl at 0:52 is a total embarrassment", {"abuse"}),
    ("kid at 4:05 is an absolute weirdo", {"abuse"}),
    # ... hard negatives
    ("the year 9s on this trip are so lucky, what a view", set()),
    ("the girl at 0:52 is my niece, so proud of her", set()),
    ("the score at 2:30 was ugly but we won", set()),
    # "whoever ..." as the subject
    ("whoever picked this menu is a clueless halfwit", {"abuse"}),
    ("whoever organised the fun run is a star", set()),
    # "the state of <person>"
    ("lol the state of the new PE teacher in that video", {"abuse"}),
    ("state of him at the disco 😂", {"abuse"}),
    ("the state of the toilets on the top floor is shocking", set()),
    ("the state of the kids' coats after the muddy walk!", set()),
    ("we learned about the state of the oceans", set()),
    # "no wonder ... no mates"
    ("no wonder she's got no friends, look at her", {"abuse"}),
    ("no wonder you have no mates with that attitude", {"abuse"}),
    ("my daughter is shy and new, no wonder she has no friends yet", set()),
    ("no wonder he was tired after sports day", set()),
    # harm wished on a person
    ("hope the dinner ladies all get food poisoning from their own slop", {"abuse"}),
    ("i hope mr kay gets hit by a bus on the way in", {"abuse"}),
    ("hope the kids don't get food poisoning from the bbq", set()),
    ("hope everyone has a lovely run on Saturday", set()),
    ("hope Miss Lowe recovers soon from the food poisoning", set()),
    # an elided subject in a comparison: the people named before it
    ("who dressed the band for the concert, look like a load of bin bags", {"abuse"}),
    ("the cast were brilliant, look like a real West End show", set()),
    # spelled out letter by letter
    ("u r a n i d i o t", {"abuse"}),
    ("m i s s r o s e i s a f a t c o w", {"abuse"}),
    ("t h a n k y o u s o m u c h", set()),
    ("c o n g r a t u l a t i o n s year 6", set()),
    # y'all as a you-word
    ("y'all are pathetic honestly", {"abuse"}),
    ("y'all were amazing at the concert", set()),
    # the new vocabulary and idioms
    ("the mums at the gate are an inbred lot", {"abuse"}),
    ("she only got deputy head by sleeping her way up", {"abuse"}),
    ("parents like you are the problem with this school", {"abuse"}),
    ("you lot look like you crawled out from under a rock", {"abuse"}),
    ("scum family, always kicking off at the gate", {"abuse"}),
    ("the ignorance of some drivers at drop off is unreal", set()),
    ("parents like you make this school what it is, thank you", set()),
    ("please put the trash in the bins after the fair", set()),
    ("she says she's thick but she got top marks", set()),
    ("my son says he's useless at spelling, any tips?", set()),
    ("the state of the school field is a disgrace, when will it be cut?", set()),
    ("the Polish club wore costumes, they all look the same as in the book!", set()),
    ("he keeps saying he's ugly, I'm worried about him", set()),
    # names in lower case, in comments written with no capital letter at all
    ("stfu maddox", {"abuse"}),
    ("shut up tyler, nobody asked", {"abuse"}),
    ("omg brayden is such a clown", {"abuse"}),
    ("lol kenzie looks like a goblin in this", {"abuse"}),
    ("jog on rhiannon", {"abuse"}),
    ("ok shut up already", set()),
    ("stfu lol this is class", set()),
    ("we had to shut up shop early on the fair day", set()),
    ("the weather is awful but the fair was fun", set()),
    ("Tyler stfu, nobody cares", {"abuse"}),
    # poverty, family and looks mocked
    ("imagine being so poor lol", {"abuse"}),
    ("imagine looking like that at your own prom", {"abuse"}),
    ("we can't afford the residential this year, is there any help?", set()),
    ("my mum shops at poundland for the craft stuff, great value", set()),
    # hate: greed and disease stereotypes with a group word
    ("typical jewish landlord only cares about money", {"abuse", "hate"}),
    ("the chinese family probably brought the virus back from their holiday", {"abuse", "hate"}),
    ("our jewish history week was fascinating", set()),
    ("the chinese new year assembly was lovely", set()),
    # hate: sameness, benefits, takeover, many wives, theft said of a group
    ("the asian kids in year 3, they all look the same to me", {"abuse", "hate"}),
    ("romanians only come over here for the free houses", {"abuse", "hate"}),
    ("the muslim lunch menu is another islamisation of our school", {"abuse", "hate"}),
    ("bet the gypsy lad pinched the charity money", {"abuse", "hate"}),
    ("the polish girl stole the show at the concert", set()),
    ("the chinese lanterns all look the same, can we have colours", set()),
    ("the year 6 takeover day was brilliant", set()),
    ("islamic art week takeover of the hall was lovely", set()),
    # hate: exclusion questions and "sort him out"
    ("why are those trans kids allowed in the girls toilets", {"abuse", "hate"}),
    ("why is the wheelchair user allowed on the trip, slows everyone down", {"abuse", "hate"}),
    ("why are the year 6s allowed in the hall at lunch?", set()),
    # hate: "go back 2 ..."
    ("go back 2 ur own country", {"abuse", "hate"}),
    ("we go back 2 school on monday", set()),
    # hate: token-hire put-downs
    ("she was only hired as a diversity pick", {"abuse", "hate"}),
    ("ticked the diversity box with that appointment", {"abuse", "hate"}),
    ("tick the box on the form to opt in to photos", set()),
    ("only promoted because of diversity quotas, everyone knows it", {"abuse", "hate"}),
    ("our diversity week was a brilliant success", set()),
    # precision: a described group, a phrase quoted as the name of something
    ("worried my son follows a group that hates muslims, who can help?", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_batch15_table(detector: AbuseDetector, text: str, expected: set[str]) -> None:
    assert_abuse_and_hate(detector, text, expected)


def test_a_slur_beside_its_own_groups_word_further_off_is_hate(detector: AbuseDetector) -> None:
    slur = lexicon_slur("disability", "person_or_group")
    near = best_scores(detector, f"the wheelchair kid in the red coat at 1:05 waving his arms about lol {slur}")
    assert near.get("hate", 0.0) >= 0.5
    before = best_scores(detector, f"Another trip for the disabled kids. Why do we pay for {slur}s")
    assert before.get("hate", 0.0) >= 0.5
    # without a group word it stays abuse only
    alone = best_scores(detector, f"lol waving his arms about {slur}")
    assert alone.get("abuse", 0.0) >= 0.5 and alone.get("hate", 0.0) < 0.5


def test_a_spelled_out_slur_is_read_whole(detector: AbuseDetector) -> None:
    slur = lexicon_slur("sexual_orientation", "always")
    spaced = " ".join(slur.replace("a", "@"))
    text = f"{spaced} teacher should go"
    scores = best_scores(detector, text)
    assert scores.get("hate", 0.0) >= 0.5 and scores.get("abuse", 0.0) >= 0.5
    hate = [d.explanation for d in detector.detect(text) if d.label == "hate"]
    assert hate and all(e.matched == spaced for e in hate)  # the span points at the original letters
    # the same run with a leet letter the fold leaves spaced is read by joining it here
    leet = " ".join(slur).replace("o", "0", 1).replace("a", "@", 1)
    joined = [d.explanation for d in detector.detect(f"{leet} teacher should go") if d.label == "hate"]
    assert any("spelled out letter by letter" in e.adjustments and e.matched == leet for e in joined), joined


def test_a_quoted_hate_phrase_named_in_a_worry_is_review_only(detector: AbuseDetector) -> None:
    phrase = sorted(e.term for entries in load_lexicon().entries.values() for e in entries
                    if e.kind == "hate_phrase" and e.target == "race" and " " in e.term)[0]
    worry = best_scores(detector, f"my son keeps watching videos about the '{phrase}', where can I get help")
    assert worry.get("hate", 0.0) < 0.5 and worry.get("abuse", 0.0) < 0.5
    said = best_scores(detector, f"{phrase} is coming, wake up")
    assert said.get("hate", 0.0) >= 0.5


@pytest.mark.parametrize(("text", "rule"), [
    ("the state of him", "state_of(severity=2,target=none)"),
    ("no wonder he has no mates", "no_wonder(severity=2,target=none)"),
    ("hope the head gets food poisoning", "ill_wish(severity=2,target=none)"),
    ("s h e i s a n o l d c o w", "spelled_out(insult,severity=1,target=none)"),
    ("she got the job to tick a diversity box", "hate_frame(token_hire)"),
])
def test_each_mechanism_explains_itself(detector: AbuseDetector, text: str, rule: str) -> None:
    found = [d for d in detector.detect(text) if d.score >= 0.5 and d.explanation.rule == rule]
    assert found, detector.detect(text)
    for d in found:
        assert text[d.explanation.start:d.explanation.end] == d.explanation.matched
        assert d.explanation.adjustments


def test_hate_implies_abuse_on_every_case(detector: AbuseDetector) -> None:
    assert_hate_implies_abuse(detector, (text for text, _ in CASES))
