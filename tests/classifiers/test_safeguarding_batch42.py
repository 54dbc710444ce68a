"""safeguarding, batch 42-44 mechanisms: a school in the news, its YouTube gamers, and older
voices telling what they noticed, in wording that is not in the case file.

Guardians cut out (``guardians_cut_out``): contact, photos or ages asked of children with the
parents or the school to be kept out, or an adult giving their age to children and moving
them to a private app. Children photographed by a stranger
(``child_photographed_by_stranger``): pictures asked for in swimwear or night clothes,
"modelling work" offered to children, someone taking photos of pupils. A child singled out
(``child_singled_out``): called over with sweets, taken away alone and called special, sat on
a knee as a secret, an adult barred from children now running something for them. Children
left to fend (``children_left_to_fend``): adults gone away with the children alone, a young
teenager left with a baby for days, food from bins, asking to sleep in a garage. Harm at home
noticed (``harm_at_home_noticed``): a parent beating the other, an injury explained away
"she didn't", a child heard screaming "stop", an ex "not allowed near us", a new bruise every
morning. A child drawn in (``child_drawn_in``): money or favours for parties with older men,
a young child made to drink or smoke, a pupil recruited to "do something big" at a place of
worship. A missing child asked about (``missing_child_appeal``). Footage of a child
humiliated (``humiliating_footage_of_child``). Threats held over someone
(``threat_held_over``): safety denied in kind, a favour "returned" for an old hurt, "I'd be
careful if I were him", a routine watched, people going somewhere with weapons, "strung up
from the gates", a neck wrung. The hard negatives share the words. The pipeline is the
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
    # guardians_cut_out: like the batch, then unlike it
    ("any of the choir kids fancy a chat with a real producer? dm me, no parents please", SG, "guardians_cut_out"),
    ("send me ur number and we can talk somewhere ur dad can't read it", SG, "guardians_cut_out"),
    ("i'm 31 but i love coaching year 7s, add me on discord for tips", SG, "guardians_cut_out"),
    ("message me your ages and a photo, no need to tell your parents yet", SG, "guardians_cut_out"),
    ("text me privately, don't bother telling your teachers, they won't get it", SG, "guardians_cut_out"),
    # child_photographed_by_stranger
    ("a man online keeps asking my niece for pics in her pyjamas", SG, "child_photographed_by_stranger"),
    ("there's an agency messaging year 8 girls about modelling contracts and asking their ages", SG, "child_photographed_by_stranger"),
    ("a bloke in a parked car was taking pictures of the little ones on the field", SG, "child_photographed_by_stranger"),
    ("someone asked our daughter for a selfie in her leotard after gymnastics", SG, "child_photographed_by_stranger"),
    # child_singled_out
    ("an old fella by the park keeps calling the kids over with a puppy", SG, "child_singled_out"),
    ("the new caretaker takes her to the store room on her own and says she's his favourite", SG, "child_singled_out"),
    ("her uncle makes her sit on his lap and says it's special and she mustn't tell", SG, "child_singled_out"),
    ("he was struck off years ago and now runs sleepovers for the cub scouts", SG, "child_singled_out"),
    ("someone is passing vapes through the railings at break", SG, "child_singled_out"),
    # children_left_to_fend
    ("their mum flew to turkey on monday and the three kids are by themselves", SG, "children_left_to_fend"),
    ("a lad from year 9 was rummaging in our bins for something to eat again", SG, "children_left_to_fend"),
    ("she's 12 and left to look after the twin toddlers, nobody has been round for days", SG, "children_left_to_fend"),
    ("the girl from number 6 asked if she could sleep in our shed", SG, "children_left_to_fend"),
    # harm_at_home_noticed
    ("her stepdad has been strangling her mum, the kids see it all", SG, "harm_at_home_noticed"),
    ("he said he fell into the cupboard. he didn't, we all know", SG, "harm_at_home_noticed"),
    ("through the wall last night a little one crying 'no, please, get off'", SG, "harm_at_home_noticed"),
    ("every week that boy has a fresh bruise on his cheek", SG, "harm_at_home_noticed"),
    ("my ex is not supposed to be near my children and he's on the school page every day", SG, "harm_at_home_noticed"),
    # child_drawn_in
    ("she's 14 and he gives her vapes and £50 if she comes round to parties with his older mates", SG, "child_drawn_in"),
    ("my grandson is 9 and his mum's boyfriend lets him smoke weed", SG, "child_drawn_in"),
    ("a year 10 was groomed online to attack a synagogue, please talk to your kids", SG, "child_drawn_in"),
    # missing_child_appeal
    ("Lily, 11, ran away from home last night. If anyone spots her please call the police", SG, "missing_child_appeal"),
    ("last seen by the canal on sunday, our son is still missing", SG, "missing_child_appeal"),
    # humiliating_footage_of_child
    ("anyone got the snap of the year 7 boy wetting himself on the bus", SG, "humiliating_footage_of_child"),
    ("there's a recording of that girl in the changing rooms going round", SG, "humiliating_footage_of_child"),
    # threat_held_over
    ("my daughter wasn't safe in that class so neither is her teacher", SG_ABUSE, "threat_held_over"),
    ("that coach punched my lad in 2009. i'll return the favour soon", SG_ABUSE, "threat_held_over"),
    ("i'd be really worried if i was mr kerr. i found out where he parks", SG_ABUSE, "threat_held_over"),
    ("we've been watching the deputy lock up every friday. soon", SG_ABUSE, "threat_held_over"),
    ("a few dads are heading round to his house with crowbars tonight", SG_ABUSE, "threat_held_over"),
    ("that head should be hanged from the nearest lamppost", SG_ABUSE, "threat_held_over"),
    ("i swear i'll wring your scrawny neck", SG_ABUSE, "threat_held_over"),
    # the same hard negatives' words with the risk kept
    ("hope your dad dies in his sleep tonight", SG_ABUSE, "threat_direct_more"),
    ("dm me sweetheart, what year are you in? i won't tell your parents", SG, None),
    # a memory does not hide a harm told now
    ("i was a pupil here in the 80s and now my grandson comes home with a black eye, says it's the older boys", SG, "harm_at_home_noticed"),
    # evasions through the folding views
    ("any kids want to chat? dm me, n0 p4rents please", SG, "guardians_cut_out"),
    ("s0meone was t4king ph0tos of the children at the gate", SG, "child_photographed_by_stranger"),
]

HARD_NEGATIVES = [
    # the same words, no risk
    "no parents please at the year 6 disco, staff will supervise",
    "email me the photos for the newsletter, don't tell the kids, it's a surprise for the head",
    "i'm 34 and still play fortnite with my own kids every friday",
    "message the office if you can't find the consent form for the swimming gala photos",
    "the school photographer took pictures of the children for the yearbook",
    "my niece wants photos in her swimming costume at the beach for her holiday snaps album",
    "the lollipop lady calls the kids over when it's safe to cross",
    "the teacher kept him after class on his own to finish his work, he got a sticker for the reward chart",
    "grandad always had the little ones sit on his knee for stories",
    "we went away to cornwall and the kids stayed at their nan's",
    "the foxes were going through the bins for food again last night",
    "my 15 year old was left in charge of the baby for an hour while i popped to the shop",
    "the toddler has a new bruise every day from climbing the sofa",
    "he walked into the door at the disco and laughed, he's fine",
    "the kids were screaming 'stop, please stop' during the tickle fight",
    "the dog's not allowed near the baby",
    "£5 if she goes to the birthday party, it's for the present",
    "our cat is missing, if anyone sees her please ring",
    "the episode where the girl goes missing and is last seen at the fair was brilliant",
    "video of the year 6 girl crying at the talent show, so sweet",
    "the pitch isn't safe after the rain, neither are the goals",
    "my neighbour helped me move the sofa, i'll return the favour with a cake",
    "i'd be careful if i were you, the road by the gates is icy",
    "i've been watching the year 6s leave for secondary with a lump in my throat",
    "we're going down to the field with bats and balls for rounders",
    "the bunting should be hung from the school gates for the fair",
    "i'll wring the washing out after pe kit day",
    # an adult's memory of their own schooldays (_PAST_ERA), the cause of the batch's false alarms
    "in my day the headmaster had the strap and we all got it, never did me any harm",
    "my great uncle went off to fight in the war and never came back, a lovely remembrance service",
    "i was a pupil here in the 1960s and the maths teacher hit me with a ruler, it was normal then",
    "we were terrified of the deputy in the 70s, he threw board rubbers",
    # the batch's other false alarms, by cause: a lost thing "missing again", a thing wished
    # dead, adults invited to the parents' group or a paid service, a warning about pile-ons
    "water bottle gone missing again, i swear i'll strangle him",
    "his blazer is missing for the third time, i'll throttle that boy",
    "hope your channel dies a quick death, worst edits ever",
    "hope your stream dies mid match so we can win",
    "message me to join the parents' whatsapp about the parking",
    "i edit videos for a small fee, dm me if the school wants help",
    "naming kids online is how innocent people get hurt",
    "that's how kids get hurt, slow down outside the gates",
    # the new rules' words in school life
    "the TA takes him out of class to a room on his own for extra reading and gives him stickers, he feels special",
    "she was hitting the kids with water balloons at the summer fair",
    "my daughter has been beating the boys at chess all term",
    "he went off to spain and the kids stayed home alone with their dad",
]


@pytest.mark.parametrize(("text", "labels", "rule"), MECHANISMS)
def test_batch42_mechanisms_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str | None) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch42_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert "safeguarding" not in verdict.labels, verdict.to_dict()
