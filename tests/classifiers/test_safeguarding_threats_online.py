"""safeguarding, ``threat_direct_more``: threats as people write them anywhere online.

Not every threat on a school's page is about the school: a stranger arguing in the
comments writes as they would anywhere ("I will hunt you down", "wait till I get my hands
on you", "I hope you die in a fire"). Each is a safeguarding matter and, aimed at a
person, abuse too. The hard negatives share the words: games and sport ("I'll beat you at
chess", "we're coming for you in the final"), lifts and pick-ups ("I'm coming for you at
3"), paying for things, hyperbole ("hope you die of laughter") and films or songs.
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()
RULE = "threat_direct_more"

THREATS = [
    "keep deleting my comments and I will hunt you down",
    "i'll track u down, i know your name",
    "I'm going to beat the hell out of you next time I see you",
    "gonna knock the living daylights out of him",
    "you will regret this. I am coming for you",
    "we're coming after you, Mr Hale",
    "wait till I get my hands on you",
    "when i get my hands on that teacher",
    "I'm going to rape you",
    "i hope you get raped",
    "I hope you die in a fire",
    "hope ur mum gets cancer",
    "i wish you would just drop dead",
    "hope you get hit by a bus on the way home",
    "I will make you suffer",
    "i'll make them pay",
    "I'll slap you so hard",
    "I'm going to thump him at home time",
    "you'll regret ever posting that",
    # evasions: look-alike letters, leetspeak, spaced letters
    "I will hunт you d0wn",
    "wait till I get my h4nds on you",
    "I hope you d i e in a fire",
]

HARD_NEGATIVES = [
    "I'll beat you at chess on Friday, Mr Hale!",
    "we're coming for you in the final, Oakfield!",
    "I'm coming for you at 3 to collect you from the gate",
    "I'll make you pay for the trip online tonight",
    "hope you die of laughter at the panto, it's brilliant",
    "I hope she gets the lead in the play",
    "i'll track down your lost PE kit in the office",
    "the children will hunt down the Easter eggs on the field",
    "wait till I get my hands on the new reading books!",
    "we'll smack them in the match on Saturday",
    "can't wait to get my hands on a copy of the school photo",
    "I'll whack you a text with the pick-up time",
    "you'll regret missing the bake sale, the brownies were amazing",
]


@pytest.fixture(scope="module")
def pipeline(safeguarding_pipeline: Pipeline) -> Pipeline:
    return safeguarding_pipeline


@pytest.mark.parametrize("text", THREATS)
def test_online_threats_are_safeguarding_and_abuse(pipeline: Pipeline, text: str) -> None:
    assert_flagged(pipeline.classify(text), SG_ABUSE, RULE)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_the_same_words_about_games_lifts_and_payments_stay_clean(pipeline: Pipeline, text: str) -> None:
    verdict = pipeline.classify(text)
    assert verdict.labels == NONE, verdict.to_dict()


def test_the_span_points_at_the_original_text(pipeline: Pipeline) -> None:
    text = "Honestly, wait till I get my hands on you!!"
    [why] = [e for e in pipeline.classify(text).explanations["safeguarding"] if e.rule == RULE]
    assert why.matched == text[why.start:why.end]
    assert why.matched.lower().startswith("wait till i get my hands on you")
