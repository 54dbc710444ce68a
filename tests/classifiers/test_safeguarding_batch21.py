"""safeguarding, batch 21-24 mechanisms: the risks of four fresh batches in new words.

Each row tells an idea the batches carried in wording that is not in the case file: a body
part a person "wants cutting", "a dead man walking" said of anyone, harm "lucky" not done
yet, a group's plan in the present tense ("we're jumping ..."), a beating waited for, "i'll
be there and he won't walk out", "there will be blood" at a place, a visit paid with
weapons; a fire "with her in it", a person "getting hurt, not joking", a car driven into
someone, their car burnt, a face better not shown, those who laughed "won't be laughing",
"you'll get what he got", a bus stop known with a day, a date not lived to beside a knife,
bullies "made sure" to be hurt, lads brought to "sort out" the staff, an address and
"don't make me use it". The hard negatives share the words. The pipeline is the
safeguarding detector alone (no model).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")

# (text, labels, rule the explanation must name)
MECHANISMS = [
    # threat_grammar.threat_named_harm
    ("the vicar who runs messy church wants his legs broken", SG_ABUSE, "threat_named_harm"),
    ("that dinner lady needs her fingers snapped for binning my lunch", SG_ABUSE, "threat_named_harm"),
    ("mr ashby's a dead man walking after what he said in registration", SG_ABUSE, "threat_named_harm"),
    ("the rabbi is lucky we haven't stabbed him already", SG_ABUSE, "threat_named_harm"),
    ("me and jordan are rushing the new kid at break, bring ur phones", SG_ABUSE, "threat_named_harm"),
    ("we're gonna jump the quiet year 8 girl by the lockers", SG_ABUSE, "threat_named_harm"),
    ("once the holidays start that tutor is getting slapped then stabbed", SG_ABUSE, "threat_named_harm"),
    ("i'll be waiting at the leavers do and the chaplain won't be walking home", SG_ABUSE, "threat_named_harm"),
    ("there'll be blood all over the sports hall on open evening", SG, "threat_named_harm"),
    ("the staff car park is getting a visit with knives next week", SG_ABUSE, "threat_named_harm"),
    # threat_grammar.threat_promised
    ("someone should burn the deputy's flat down with him still inside it", SG_ABUSE, "threat_promised"),
    ("i swear the lunch supervisor is gonna get battered tomorrow", SG_ABUSE, "threat_promised"),
    ("im gonna drive my brother's van into that caretaker", SG_ABUSE, "threat_promised"),
    ("if he gives me another detention i'll torch his house", SG_ABUSE, "threat_promised"),
    ("mr coles better not show his face on friday, i'm bringing a surprise", SG_ABUSE, "threat_promised"),
    ("everyone who filmed me crying won't be smiling for long", SG_ABUSE, "threat_promised"),
    ("u'll get what that grass in year 9 got", SG_ABUSE, "threat_promised"),
    ("we know where you catch the bus, sir. tomorrow", SG_ABUSE, "threat_promised"),
    ("the maths team won't last past half term if they don't leave my daughter alone", SG, "threat_promised"),
    ("i'll make sure the lads who hit him are hurt too", SG_ABUSE, "threat_promised"),
    ("bringing my cousins round at pick up to sort out the head", SG_ABUSE, "threat_promised"),
    ("got your address off the newsletter. don't make me use it", SG_ABUSE, "threat_promised"),
    # safeguarding in plain words
    ("the supply teacher in 4b grabs the kids by the arm and drags them to the corner", SG, "staff_harms_child"),
    ("as a punishment his stepdad locked him in the shed overnight", SG, "staff_harms_child"),
    ("my mum makes me sleep in the car when im bad, it's a punishment she says", SG, "staff_harms_child"),
    ("my nephew is scared of cubs now, the leader gives him 'special time' after everyone leaves", SG, "staff_harms_child"),
    ("stood on the edge of the multi storey right now, don't know why i'm telling you", SG, "child_at_height_now"),
    ("if it goes wrong again i'm not coming back from the canal", SG, "child_at_height_now"),
    ("older lads at the park paying year 7s to carry bags to the flats", SG, "child_put_to_work"),
    ("a man gave my brother a sim and told him he owes them now", SG, "child_put_to_work"),
    ("the vapes are free at first, he says free for now, my daughter's hooked", SG, "child_put_to_work"),
    ("grooming girls outside the chippy and getting them to hold stuff", SG, "child_put_to_work"),
    ("gonna meet this girl off roblox at the woods, she said come alone", SG, "child_meeting_stranger"),
    ("me and lily are running away tonight, never coming back", SG, "child_meeting_stranger"),
    ("if my mum finds out i'm bi she says she'll kick me out or worse", SG, "child_meeting_stranger"),
    ("new tiktok challenge where you hold your breath till you black out, please warn yours", SG, "dangerous_game"),
    ("year 7s have a game of who can go longest without eating", SG, "dangerous_game"),
    ("the new 'mentor' online keeps telling her to stop talking to her parents", SG, "child_meeting_stranger"),
    ("he turned up at the school gates again despite the protection order", SG, "child_meeting_stranger"),
    ("the twins next door haven't been seen for months and the blinds never open", SG, "children_unseen"),
]

HARD_NEGATIVES = [
    "the lawn wants cutting before sports day, can the caretaker help",
    "my son needs his hair cut before the school photo",
    "we watched dead man walking in film studies, very moving",
    "lucky i haven't lost my keys yet this week",
    "we're jumping the queue for the trampoline lol",
    "once term starts everyone is getting a new planner",
    "i'll be there at 3 and the children won't be walking home, i'm driving",
    "there will be blood tests at the clinic on tuesday for year 9",
    "the nurse will visit with the flu spray next week",
    "the bonfire will burn with the guy on top of it, bring sparklers",
    "not joking, the cake stall is getting sold out by ten",
    "i'll drive my mum's car into the car park at 3, save me a space",
    "we'll burn our old worksheets in the science fire safety demo",
    "he better not show his face at the quiz after beating us lol",
    "the ones who laughed at the panto won't be laughing at my jokes",
    "you'll get what the others got, a certificate and a sticker",
    "we know where you get the bus, we'll drop the costume round",
    "the christmas tree won't make it to christmas if they keep knocking it",
    "make sure the children are hydrated on sports day",
    "bringing the boys down on saturday to sort out the allotment",
    "our address has changed, don't make me use the old form again",
    "the teaching assistant hands the children the ball at playtime",
    "our coach grabs him a drink after every match, so kind",
    "the caretaker locked the gates as a punishment for the vandalism",
    "sitting on the bridge watching the ducks with the little one",
    "the year 6s were at the bridge for their geography field trip",
    "my son was given a phone for his birthday and he works a paper round",
    "we're running away with the trophy this year",
    "the first aid course covered what to do if someone is choking during a game",
    "sponsored silence challenge: who can eat the least chocolate over lent",
    "the twins haven't been seen on stage since the panto",
    "meeting the guy from the school app company at parents evening",
    # this round's false alarms, retold
    "the pshe letter about county lines was really clear, thanks",
    "our year 4s blew up a bottle rocket in science, best lesson ever 💥 friday fun",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch21_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch21_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()


def test_not_joking_keeps_a_threat_the_laughter_veto_would_drop(safeguarding_pipeline: Pipeline) -> None:
    text = "Not joking. The bus escort is getting hurt on Monday"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "threat_promised"]
    assert text[why.start:why.end] == why.matched
    assert why.matched.lower().startswith("not joking")
