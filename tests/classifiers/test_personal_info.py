"""personal_info detector: table of (text, labels, min_score) plus masking and roster checks."""

from __future__ import annotations

import pytest

from classifiers.pipeline import ClassifierContext, Pipeline, roster_hash

PI = ("personal_info",)
NONE: tuple[str, ...] = ()

TABLE = [
    # phone numbers in common written forms
    ("ring me on 07700 900461", PI, 0.85),
    ("call 07700900461 tonight", PI, 0.85),
    ("my mob is +44 7700 900461", PI, 0.85),
    ("07700-900-461 after 6", PI, 0.85),
    ("office line 0161 496 0123", PI, 0.9),
    ("(0161) 4960123 ask for Sam", PI, 0.9),
    ("+44 (0)161 496 0123", PI, 0.9),
    ("call my cousin in the US on +1 202 555 0143", PI, 0.85),
    # spelled-out and look-alike digits
    ("text me on oh seven seven oh oh nine oh oh four six one", PI, 0.85),
    ("ring zero one six one four nine six zero one two three", PI, 0.85),
    ("text me o77oo 9oo 123", PI, 0.85),
    # e-mail addresses, plain and obfuscated
    ("email me: jane.doe@example.com", PI, 0.9),
    ("amelia at gmail dot com", PI, 0.9),
    ("write to bob [at] example [dot] co [dot] uk", PI, 0.9),
    ("sam (at) example (dot) org for the photos", PI, 0.9),
    # postcodes, street addresses, dates of birth
    ("we are at M1 4BT if anyone wants to drop it round", PI, 0.75),
    ("she lives at 14 Acacia Avenue near the shop", PI, 0.75),
    ("come round to 3 Mill Lane after school", PI, 0.75),
    ("born on 12/03/2016", PI, 0.85),
    ("DOB: 4th March 2017", PI, 0.85),
    ("his date of birth is 1 June 2015", PI, 0.85),
    # a child's full name with class, year or age
    ("Amelia Clarke in Oak class was brilliant", PI, 0.8),
    ("Jack Smith, Year 4, won the race", PI, 0.8),
    ("my son Leo Brown is 7", PI, 0.8),
    ("Ruby Thompson in 4B is being picked on", PI, 0.8),
    ("Oliver Hughes aged 9 lost his coat", PI, 0.8),
    ("Our daughter Mia Patel starts reception in September", PI, 0.75),
    # hard negatives
    ("Well done Year 6, what a show!", NONE, 0.0),
    ("Mrs Jane Clarke in Oak class deserves an award", NONE, 0.0),
    ("Happy Birthday to everyone in Year 2", NONE, 0.0),
    ("Sports Day is on 12/07 at 10am", NONE, 0.0),
    ("Scores were 2019 2020 2021 all better", NONE, 0.0),
    ("Tickets are £5 and doors open at 6.30pm", NONE, 0.0),
    ("look at the kids dot com photos", NONE, 0.0),
    ("verify now at security-check.example.com", NONE, 0.0),
    ("we scored 3 goals in the park", NONE, 0.0),
    ("Key Stage 2 results are out", NONE, 0.0),
    ("see you at 3 on Friday", NONE, 0.0),
]


# Written after the rules above, to test generalisation.
UNSEEN = [
    ('you can reach me on 07700900123 anytime', PI, 0.5),
    ('whatsapp me: +447700 900 321', PI, 0.5),
    ('landline is 0161-496-0456', PI, 0.5),
    ('ring zero seven seven zero zero, nine zero zero, one two three', PI, 0.5),
    # read out the way people say numbers: double, triple, hundred
    ("it's oh seven seven double oh, nine hundred, five five two", PI, 0.85),
    ("landline: oh one six one, four nine six, oh triple seven", PI, 0.85),
    ("two hundred children and three hundred parents came, double the usual", (), 0.0),
    ("the year one and year two double page spread was lovely", (), 0.0),
    ('my email is tom_baker99@example.co.uk', PI, 0.5),
    ('drop me a line at info [at] example.org', PI, 0.5),
    ('contact: j dot smith at example dot com', PI, 0.5),
    ('We live at 27 Orchard Road, Oakfield', PI, 0.5),
    ('The party is at 5 Willow Close, OK4 7HT', PI, 0.5),
    ('Flat 2, 14 Market Street', PI, 0.5),
    ('Mia Jones in 3C was really upset today', PI, 0.5),
    ('Has anyone seen Oliver Smith, Year 2? He left his bag', PI, 0.5),
    ('My daughter Poppy Evans is 8 today!', PI, 0.5),
    ('Harry Wilson (age 6) won the colouring contest', PI, 0.5),
    ('Lucas Green from Class 5 forgot his lunch', PI, 0.5),
    ('her birthday is 14/02/2017', PI, 0.5),
    ('date of birth 3rd May 2016', PI, 0.5),
    ('Evie Brown, aged 10, is missing her coat', PI, 0.5),
    ('call my mum on 0161 496 0789 if you find it', PI, 0.5),
    ('postcode is LS1 4AP', PI, 0.5),
    ('Well done Year 5 on a great trip', NONE, 0.0),
    ('The trip costs £12.50 and leaves at 9.15', NONE, 0.0),
    ('Sports Day is on 14/06 weather permitting', NONE, 0.0),
    ('Our number of pupils has grown to 420 this year', NONE, 0.0),
    ('Mrs Patel in Year 3 is amazing', NONE, 0.0),
    ('Thank you Mr Hughes and Miss Lee', NONE, 0.0),
    ('Please email the office about absences', NONE, 0.0),
    ('See the newsletter for term dates 2024-2025', NONE, 0.0),
    ('Room 12 is open for parents', NONE, 0.0),
    ('Class 4 have been learning about the Romans', NONE, 0.0),
    ('The Great Fire of London was in 1666', NONE, 0.0),
    ("We won 3-1 against St Mary's", NONE, 0.0),
    ('Doors open at 6pm, tickets £3', NONE, 0.0),
    ('Happy 10th birthday to the school!', NONE, 0.0),
    ('Ellie did brilliantly at the concert', NONE, 0.0),
]


# Shaped like a postcode or a house number, but not one: leetspeak words whose letters are no
# postcode area (or a one-letter area with district 0), and a year group "on" a road.
LOOKALIKES = [
    ("those j0k3rs at the council again", NONE, 0.0),
    ("m0r0ns running this place", NONE, 0.0),
    ("the year 5s on Elm Road were so well behaved", NONE, 0.0),
    ("a car keeps stopping by the year 6 on Church Street", NONE, 0.0),
    ("send the form to m1 1ae", PI, 0.75),
    ("we have moved to LS6 2AB now", PI, 0.75),
    ("our house is 5 Elm Road", PI, 0.75),
    ("parcel for bl0 9aa please", PI, 0.75),
    # a price before "close", a verb before it, "about 13", a handle after the platform's name
    ("handmade book bags £12, orders close Friday", NONE, 0.0),
    ("that 100m was close, photo finish", NONE, 0.0),
    ("u look about 13 in that pic", NONE, 0.0),
    ("follow me on tiktok @sports.edits.uk", NONE, 0.0),
    ("send it to amy·jones＠example·com please", PI, 0.9),
]

# Names written without capitals (X and YouTube): two rare words before a class, year or age
LOWER_CASE = [
    ("thats ellie marsh from 8 oak in the front row", PI, 0.75),
    ("ava pemberton in year 6 sang the solo", PI, 0.75),
    ("jacob fenwick 8m started it", PI, 0.75),
    ("the keeper is ruby sinclair, 14, from year 9", PI, 0.75),
    ("thats k.a.i.t.l.y.n b.r.o.o.k.s in 10L", PI, 0.75),
    ("is that noah brennan from 7 ash?", PI, 0.75),
    ("phonics screening in year 1 next week", NONE, 0.0),
    ("the swimming gala in year 5 was amazing", NONE, 0.0),
    ("trans day of visibility poster in reception is lovely", NONE, 0.0),
    ("school trip in 3 weeks, so excited", NONE, 0.0),
    ("well done everyone in year 6", NONE, 0.0),
    ("mrs okonjo in year 4 is amazing", NONE, 0.0),
    ("our imam visited year 4 to talk about eid", NONE, 0.0),
    ("The kids read The Smelly Dragon Man in Year 2", NONE, 0.0),
    ("anyone in Ruby Okafor's class going to the party saturday?", PI, 0.75),
    ("Ava.Pritchard in yr 4 lost her jumper", PI, 0.75),
    ("his dob is 11.09.2015", PI, 0.85),
    ("dob for my twins is 17 july 2016", PI, 0.85),
    ("her address is fourteen ashcroft rd, the red door", PI, 0.75),
    ("drop it at twenty two kingfisher drive", PI, 0.75),
    ("we're at number 22 Orchard Wy, come by", PI, 0.75),
    ("drop them at flat 3, 8 elder court", PI, 0.75),
    ("twenty two children went on the trip", NONE, 0.0),
    ("three more days till the summer fair", NONE, 0.0),
    ("msg me on snap at slimequeen dot uk", NONE, 0.0),
    ("the childline number is 0800 1111 if any child needs it", NONE, 0.0),
    ("ring the samaritans on 116 123 any time", NONE, 0.0),
    ("ess@y wr1t1ng s3rv1ce, ch3ap", NONE, 0.0),
    ("free giveaway at win-prizes dot example dot com", NONE, 0.0),
    ("send it to W1A 1AA", PI, 0.75),
]


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE + UNSEEN + LOOKALIKES + LOWER_CASE)
def test_personal_info_table(personal_info_pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    verdict = personal_info_pipeline.classify(text)
    assert verdict.labels == labels, verdict.to_dict()
    for label in labels:
        assert verdict.scores[label] >= min_score


def test_explanation_masks_the_number_and_spans_the_original(personal_info_pipeline: Pipeline) -> None:
    text = "Call me on oh seven seven oh oh nine oh oh four six one"
    verdict = personal_info_pipeline.classify(text)
    [explanation] = verdict.explanations["personal_info"]
    assert explanation.detector == "personal_info"
    assert explanation.rule.startswith("phone_number")
    assert text[explanation.start : explanation.end] == "oh seven seven oh oh nine oh oh four six one"
    # masked: same shape, no digits or words of the number survive
    assert explanation.matched is not None
    assert len(explanation.matched) == explanation.end - explanation.start
    assert "seven" not in explanation.matched and "four" not in explanation.matched


def test_email_explanation_is_masked(personal_info_pipeline: Pipeline) -> None:
    text = "contact jane.doe@example.com please"
    [explanation] = personal_info_pipeline.classify(text).explanations["personal_info"]
    assert text[explanation.start : explanation.end] == "jane.doe@example.com"
    assert "jane" not in (explanation.matched or "") and "example" not in (explanation.matched or "")


def test_roster_names_match_by_salted_hash_only(personal_info_pipeline: Pipeline) -> None:
    salt = "oakfield-2026"
    context = ClassifierContext(
        roster_hashes=frozenset({roster_hash("Amelia Clarke", salt), roster_hash("Zoë Nowak", salt)}),
        roster_salt=salt,
    )
    # the context holds no plain name
    assert "amelia" not in repr(context).lower()
    verdict = personal_info_pipeline.classify("amelia clarke was so kind today", context)
    assert verdict.labels == PI
    [explanation] = verdict.explanations["personal_info"]
    assert explanation.rule == "roster_name"
    assert (explanation.start, explanation.end) == (0, 13)
    assert explanation.matched == "a***** ******"
    # accents and look-alike letters fold the same way as the roster entry
    assert personal_info_pipeline.classify("ZOE NOWAK is in the photo", context).labels == PI
    # a wrong salt never matches
    other = ClassifierContext(roster_hashes=context.roster_hashes, roster_salt="another-salt")
    assert personal_info_pipeline.classify("amelia clarke was so kind today", other).labels == NONE
    # without a roster, a lone lower-case name is not personal information
    assert personal_info_pipeline.classify("amelia clarke was so kind today").labels == NONE


def test_staff_names_are_not_pupils(personal_info_pipeline: Pipeline) -> None:
    text = "Sarah Jones in Oak class is a wonderful teacher"
    assert personal_info_pipeline.classify(text).labels == PI
    context = ClassifierContext(staff_names=("Sarah Jones",))
    assert personal_info_pipeline.classify(text, context).labels == NONE


def test_lower_case_name_is_masked_and_spans_the_original(personal_info_pipeline: Pipeline) -> None:
    text = "omg thats Ellie marsh from 8 oak"
    verdict = personal_info_pipeline.classify(text)
    [why] = verdict.explanations["personal_info"]
    assert why.rule in {"child_name_lower_case_with_class", "child_name_with_class_year_age"}
    assert text[why.start:why.end].lower() == "ellie marsh"
    assert why.matched.startswith("E") and "marsh" not in why.matched
