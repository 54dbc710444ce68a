"""Table test for the abuse/hate lexicon detector: attacks, evasions, hard negatives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.detectors.abuse import AbuseDetector, load_lexicon
from classifiers.normalize import fold
from tests.classifiers.scoring import best_scores


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


_scores = best_scores


# (text, labels that must reach min_score, min_score); an empty label set means neither
# abuse nor hate may reach 0.5.
CASES = [
    # insults aimed at people
    ("the head is a useless idiot", {"abuse"}, 0.8),
    ("you're pathetic", {"abuse"}, 0.6),
    ("The office staff are rude pigs", {"abuse"}, 0.6),
    ("Shut up you stupid cow nobody asked you", {"abuse"}, 0.7),
    ("Who hired this clown? Absolutely useless", {"abuse"}, 0.6),
    ("f*** this school and everyone in it", {"abuse"}, 0.6),
    ("Watch your back Mr Evans, I'm going to kill you", {"abuse"}, 0.7),
    ("the staff here are vermin", {"abuse"}, 0.5),
    ("go and cry somewhere else you snowflake", {"abuse"}, 0.5),
    ("pest control found vermin in the shed", set(), 0.0),
    ("the year 2 snowflake display is lovely", set(), 0.0),
    # hate: slurs, group + derogation, hate phrases (always abuse as well)
    ("Go back to your own country, we don't want your kind here", {"abuse", "hate"}, 0.8),
    ("Muslims are all terrorists", {"abuse", "hate"}, 0.8),
    ("Gay teachers are perverts and shouldn't be near children", {"abuse", "hate"}, 0.8),
    ("That Paki family should be sent home", {"abuse", "hate"}, 0.8),
    ("Autistic kids hold everyone back", {"abuse", "hate"}, 0.8),
    # evasions: leetspeak, spacing, dots, look-alike and full-width letters, repeats, masks
    ("the head is a usel3ss 1d10t", {"abuse"}, 0.8),
    ("y o u  a r e  p a t h e t i c", {"abuse"}, 0.6),
    ("Mr Jones is a f.u.c.k.i.n.g moron", {"abuse"}, 0.7),
    ("what a st*pid b!tch", {"abuse"}, 0.7),
    ("\u0455tu\u0440id c\u043ew", {"abuse"}, 0.6),  # Cyrillic s, p, o
    ("\uff49\uff44\uff49\uff4f\uff54 head teacher", {"abuse"}, 0.7),  # full-width "idiot"
    ("idiooooot teacher", {"abuse"}, 0.7),
    ("g0 b4ck t0 y0ur 0wn c0untry", {"abuse", "hate"}, 0.8),
    ("m u s l i m s are all t3rr0r1sts", {"abuse", "hate"}, 0.8),
    # hard negatives: emphasis, sport, slang, ordinary complaints, neutral group words
    ("The Year 6 team were absolutely killing it at sports day!", set(), 0.0),
    ("Sick performance from the school band last night", set(), 0.0),
    ("This homework is killing me", set(), 0.0),
    ("Bloody brilliant concert, well done all", set(), 0.0),
    ("Damn that cake stall sold out fast!", set(), 0.0),
    ("Great shoot from Maisie in the netball match", set(), 0.0),
    ("Bloody hell, what a turnout for the fun run!", set(), 0.0),
    ("Freak weather today, the field is flooded", set(), 0.0),
    ("Anti-bullying week starts Monday", set(), 0.0),
    ("The Muslim families celebrated Eid with a lovely assembly", set(), 0.0),
    ("Refugee week: the children learned how refugees are welcomed", set(), 0.0),
    ("I disagree with the decision to move sports day", set(), 0.0),
    # group words in friendly or neutral sentences, and insults that are not about the group
    ("We hate that some Muslim families felt unwelcome", set(), 0.0),
    ("I hate how the disabled parking bay is always taken", set(), 0.0),
    ("Stupid idea to put the disabled toilet upstairs", set(), 0.0),
    ("The Polish families brought amazing food to the fair", set(), 0.0),
    ("Our autistic son has been so well supported, thank you", set(), 0.0),
    ("The school should ban phones", set(), 0.0),
    ("I'm going to kill my son, he forgot his PE kit again", set(), 0.0),
    # attacks on a group without a listed phrase: insult near the group, "<verb> <group>"
    ("I hate gays", {"abuse", "hate"}, 0.8),
    ("these travellers are scum", {"abuse", "hate"}, 0.8),
    ("trans kids are just confused attention seekers", {"abuse", "hate"}, 0.8),
    ("no more foreigners in our school", {"abuse", "hate"}, 0.8),
    ("Muslims everywhere you look", {"abuse", "hate"}, 0.8),
    ("Send the Romanians back where they came from", {"abuse", "hate"}, 0.8),
    ("The Muslim families were everywhere at the Eid party, so lovely", set(), 0.0),
    ("Too many kids in the class, 34 is ridiculous", set(), 0.0),
    ("Our gay and lesbian parents group meets on Friday", set(), 0.0),
    ("Our class assembly was fantastic, thank you Mrs Patel", set(), 0.0),
    # hate frames: a group (named or vague) with dehumanising words, expulsion, "taking
    # our ...", or a claim on the nation; wording not in the lexicon's phrase list
    ("them lot are multiplying like cockroaches round here", {"hate", "abuse"}, 0.75),
    ("refugees swarming into our town and nobody does anything", {"hate", "abuse"}, 0.75),
    ("deport the lot of those asylum seekers", {"hate", "abuse"}, 0.75),
    ("you should go back wherever you came from", {"hate", "abuse"}, 0.8),
    ("migrants stealing all the council houses while our families wait", {"hate", "abuse"}, 0.75),
    ("this is a christian country, not somewhere for mosques", {"hate", "abuse"}, 0.75),
    ("b4ck to y0ur 0wn c0untry", {"hate", "abuse"}, 0.75),
    # the same frames with no protected group, or against hate, stay clean
    ("these people who park on the zigzags are a nightmare", set(), 0.0),
    ("the rats are back in the bins behind the canteen", set(), 0.0),
    ("lovely Refugee Week assembly, we welcome everyone here", set(), 0.0),
    ("the year 5s learned about evacuees being sent back home after the war", set(), 0.0),
    ("you lot go back to class now please", set(), 0.0),
    ("our country's history was the topic of the Year 6 project", set(), 0.0),
    # blame and stereotypes aimed at a group, with no slur and no dehumanising word
    ("Romanian families ruin the area wherever they move", {"hate", "abuse"}, 0.7),
    ("disabled kids are a drain on the school budget", {"hate", "abuse"}, 0.7),
    ("he only got the headship because he's asian, box ticking", {"hate", "abuse"}, 0.7),
    ("women can't teach science, simple as", {"hate", "abuse"}, 0.7),
    ("all these hijabs, it's not my country any more", {"hate", "abuse"}, 0.7),
    ("the girls' football team destroyed the opposition", set(), 0.0),
    ("we need wheelchairs ramps so no child is kept away from the stage", set(), 0.0),
    ("the women's institute donated the raffle prizes", set(), 0.0),
    ("great diversity and inclusion week, thank you", set(), 0.0),
]


@pytest.mark.parametrize(("text", "labels", "min_score"), CASES)
def test_detector_table(detector: AbuseDetector, text: str, labels: set[str], min_score: float) -> None:
    scores = _scores(detector, text)
    for label in labels:
        assert scores.get(label, 0.0) >= min_score, (label, scores)
    for label in {"abuse", "hate"} - labels:
        assert scores.get(label, 0.0) < 0.5, (label, scores)


def test_hate_implies_abuse_on_every_hate_detection(detector: AbuseDetector) -> None:
    for text, labels, _ in CASES:
        scores = _scores(detector, text)
        if scores.get("hate", 0.0) >= 0.5:
            assert scores.get("abuse", 0.0) >= scores["hate"], text


def test_explanation_points_at_original_span_with_severity_and_adjustments(detector: AbuseDetector) -> None:
    text = "Honestly, the head is a usel3ss 1d10t"
    abuse = [d for d in detector.detect(text) if d.label == "abuse"]
    best = max(abuse, key=lambda d: d.score)
    exp = best.explanation
    assert exp.detector == "abuse_lexicon"
    assert exp.rule == "insult(severity=2,target=none)"
    assert text[exp.start:exp.end] == exp.matched == "1d10t"
    assert any("aimed at a person" in adj for adj in exp.adjustments)


def test_hate_explanation_names_the_protected_characteristic(detector: AbuseDetector) -> None:
    text = "Muslims are all terrorists"
    hate = [d for d in detector.detect(text) if d.label == "hate"]
    assert hate and hate[0].explanation.rule == "group_derogation(target=religion)"
    assert hate[0].explanation.matched == "Muslims are all terrorists"


def test_emphasis_is_explained_as_an_adjustment(detector: AbuseDetector) -> None:
    # aimed at people but praising them: the emphasis rule outweighs the aim
    dets = detector.detect("you bloody lovely lot")
    assert dets and all(d.score < 0.5 for d in dets)
    assert detector.detect("Bloody brilliant concert") == []
    assert any("emphasis" in adj for d in dets for adj in d.explanation.adjustments)


def test_detect_accepts_a_prepared_fold(detector: AbuseDetector) -> None:
    direct = detector.detect("you absolute muppet")
    prepared = detector.detect_folded(fold("you absolute muppet"))
    assert [(d.label, d.score) for d in direct] == [(d.label, d.score) for d in prepared]
    assert direct and direct[0].score >= 0.8


def test_lexicon_entries_carry_severity_and_target() -> None:
    lexicon = load_lexicon()
    slurs = [e for entries in lexicon.entries.values() for e in entries if e.kind == "slur"]
    assert slurs and all(e.severity == 3 and e.target != "none" for e in slurs)
    targets = {e.target for e in slurs}
    assert {"race", "religion", "sexual_orientation", "gender_identity", "disability"} <= targets
    insults = [e for entries in lexicon.entries.values() for e in entries if e.kind == "insult"]
    assert {e.severity for e in insults} == {1, 2, 3}


_WORDS = ["you", "idiot", "muslims", "are", "all", "go", "back", "f***", "b!tch", "send", "the",
          "home", "1d10t", "a", "t", "w", "shut", "up", "Karen", "head", "is", "useless", "\u0455tupid"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)))
def test_any_text_gives_bounded_scores_and_spans_into_the_original(text: str) -> None:
    for det in AbuseDetector().detect(text):
        assert 0.0 <= det.score <= 1.0
        exp = det.explanation
        if exp.start is not None:
            assert text[exp.start:exp.end] == exp.matched


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("I'm going to come to the fair and smash the head's face in. Watch me.", True),
        ("i'll kill Mr Evans", True),
        ("I'm gonna beat him up at pick up", True),
        ("wait till I see you, I'll break your legs", True),
        ("We're going to beat them on Saturday", False),
        ("I'm going to kill my son, he forgot his PE kit", False),
        ("We're going to smash it at sports day", False),
        ("The girls are going to shoot for the county title", False),
        ("that much it will hurt when they leave you", False),
        ("The head will hit the roof when she sees this mess", False),
    ],
)
def test_threats_are_abuse_and_safeguarding(detector: AbuseDetector, text: str, threat: bool) -> None:
    found = [d for d in detector.detect(text) if d.explanation.rule.startswith("threat")]
    assert bool(found) is threat
    if threat:
        assert {d.label for d in found} == {"abuse", "safeguarding"}
        assert all(d.score >= 0.75 for d in found)
        exp = found[0].explanation
        assert text[exp.start:exp.end] == exp.matched
