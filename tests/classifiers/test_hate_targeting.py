"""Table test for hate that needs a target: slur tiers and group insults.

A slur the Davidson training split shows mostly as a general insult or slang is always
``abuse`` but ``hate`` only with a target cue of its tier (addressed to someone, said of a
group, a derogation). Slur words are taken from the lexicon by tier and target, so this
file holds none: ``{v}`` is a slur of the ``addressed_or_group`` tier, ``{p}`` and ``{g}``
of the ``person_or_group`` tier (disability, gender identity), ``{a}`` of the ``group``
tier, ``{r}`` an ``always`` slur.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.abuse import _TIER_CUES, AbuseDetector, load_lexicon
from tests.classifiers.scoring import best_scores as _scores


def _slur(tier: str, target: str) -> str:
    terms = sorted({e.term for entries in load_lexicon().entries.values() for e in entries
                    if e.kind == "slur" and e.tier == tier and e.target == target})
    assert terms, (tier, target)
    return min(terms, key=len)


@pytest.fixture(scope="module")
def detector() -> AbuseDetector:
    return AbuseDetector()


@pytest.fixture(scope="module")
def words() -> dict[str, str]:
    return {"v": _slur("addressed_or_group", "race"), "p": _slur("person_or_group", "disability"),
            "g": _slur("person_or_group", "gender_identity"), "a": _slur("group", "disability"),
            "r": _slur("always", "race")}


# (template, hate expected); every row is abuse either way
SLUR_CASES = [
    # slang or vulgarity aimed at no one: abuse only
    ("{v}s be wildin lol", False),
    ("all my {v}s came through last night", False),  # "my ...": friends
    ("these {v}s always late to everything", False),  # "these": not a cue for this tier
    ("that {v} don't love you, move on", False),  # "that ...": talk about anyone
    ("this film is {a}", False),
    ("you're {a} for thinking that", False),  # the adjective: "stupid", not a person label
    ("so {a} lol", False),
    ("{v}s was at the party till late last night, my gay mate loved it", False),  # group word far off
    ("lol {a}, anyway the car park is going downhill", False),  # derogation in another clause
    # aimed at a person or a group: hate
    ("you {v}, get off this page", True),
    ("Mr Jones is a {v}", True),
    ("{v}s are ruining this school", True),
    ("black families round here are all {v}s", True),
    ("The new teacher is a {g}, disgusting", True),
    ("these {g}s need locking up", True),
    ("that {p} in 9B shouldn't be allowed in mainstream", True),
    ("autistic kids are {p}s and hold everyone back", True),
    ("{a} kids should be in a special school", True),
    ("{r}", True),  # the always tier needs no cue
    ("my mate said {r} at the bus stop", True),
]


@pytest.mark.parametrize(("template", "hate"), SLUR_CASES)
def test_slur_tier_table(detector: AbuseDetector, words: dict[str, str], template: str, hate: bool) -> None:
    scores = _scores(detector, template.format(**words))
    assert scores.get("abuse", 0.0) >= 0.85, template  # it still comes down
    assert (scores.get("hate", 0.0) >= 0.5) is hate, (template, scores)


# insults near group words (no slur): a plural insult after a group word, or a derogation,
# attacks the group; a singular insult after one describes a person; crude words about
# women are sexist insults, not group hate; group words match plurals, not "blacked"
GROUP_CASES = [
    ("Polish idiots everywhere in this town", True),
    ("Polish scum taking our kids' places", True),
    ("gays are vile", True),
    ("trans kids are just confused attention seekers", True),
    ("women can't teach science, simple as", True),
    ("some black idiot parked across my drive again", False),
    ("he blacked out at the party, what an idiot", False),
    ("the blinding sun made the ref look a proper idiot", False),
    ("the women on that quiz show are idiots", False),
]


@pytest.mark.parametrize(("text", "hate"), GROUP_CASES)
def test_group_insult_table(detector: AbuseDetector, text: str, hate: bool) -> None:
    scores = _scores(detector, text)
    assert scores.get("abuse", 0.0) >= 0.5, text
    assert (scores.get("hate", 0.0) >= 0.5) is hate, (text, scores)


def test_untargeted_slur_explains_abuse_only(detector: AbuseDetector, words: dict[str, str]) -> None:
    text = f"all my {words['v']}s came through"
    found = detector.detect(text)
    assert [d.label for d in found] == ["abuse"]
    exp = found[0].explanation
    assert exp.rule == "slur(severity=3,target=race,tier=addressed_or_group)"
    assert exp.adjustments == ("no person or group targeted: abuse only",)
    assert text[exp.start:exp.end] == exp.matched


def test_targeted_slur_names_its_cue(detector: AbuseDetector, words: dict[str, str]) -> None:
    found = [d for d in detector.detect(f"you {words['v']}, get off this page") if d.label == "hate"]
    assert found and found[0].explanation.rule == "slur(severity=3,target=race)"
    assert found[0].explanation.adjustments[0].startswith("targeted: addressed")


def test_every_tiered_slur_is_abuse_alone_and_hate_said_of_a_group(detector: AbuseDetector) -> None:
    lexicon = load_lexicon()
    tiered = {e for entries in lexicon.entries.values() for e in entries
              if e.kind == "slur" and e.tier != "always"}
    assert tiered and {e.tier for e in tiered} <= set(_TIER_CUES)
    for entry in tiered:
        alone = _scores(detector, f"lol {entry.term}")
        assert alone.get("abuse", 0.0) >= 0.85 and alone.get("hate", 0.0) < 0.5, entry.target
        grouped = _scores(detector, f"{entry.term} are ruining this school")
        assert grouped.get("hate", 0.0) >= 0.85, entry.target
