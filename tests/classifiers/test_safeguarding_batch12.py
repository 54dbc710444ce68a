"""safeguarding, batch 12 rule families: kinds of harm the rules had no words for.

Radicalisation, FGM, forced marriage and honour-based abuse, domestic abuse a child lives
with, neglect through circumstances, children missing from home or school, image-based
abuse, dangerous challenges, knife and county-lines slang, abuse between pupils, bullying
that wishes a child dead, adults watching children, trafficking, private fostering and a
child's routine given out. Each row names the rule family expected to explain the flag;
the hard negatives share the families' vocabulary (Prevent training, history topics,
weddings, lost kit, reading challenges, sponsored walks, exchange trips).
"""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

# (text, labels, rule the explanation must name)
FAMILIES = [
    ("a man online keeps telling my son his teachers are his enemies at school", SG, "radicalisation"),
    ("they are recruiting year 9 boys into a group chat about a coming race war", SG, "radicalisation"),
    ("my lad says the shooter was a hero and he's been told to join the movement", SG, "radicalisation"),
    ("her cousin says it's cutting season and she'll be taken back home for it", SG, "fgm"),
    ("they're flying her abroad in july for a traditional ceremony, she's terrified of being cut", SG, "fgm"),
    ("my mate's dad is making her marry a man she's never met, she's 15", SG, "forced_marriage"),
    ("her uncle has taken her passport and says she brought shame on the family", SG, "forced_marriage"),
    ("dad's packed all our passports and says we're going to stay back home with people we don't know", SG, "forced_marriage"),
    ("my stepdad went for mum with a knife and we hid upstairs", SG, "domestic_abuse_witnessed"),
    ("the police were round at ours again, he makes mummy cry every night", SG, "domestic_abuse_witnessed"),
    ("she's 6 and puts herself to bed because mum's always out and there's nothing to eat", SG, "neglect_circumstances"),
    ("nobody ever picks him up, he waits outside in the rain with no coat", SG, "neglect_circumstances"),
    ("we've had no electric since december, we go to bed in our coats", SG, "neglect_circumstances"),
    ("our 13 year old hasn't come home since saturday and her friends say she's with an older man", SG, "missing_child"),
    ("he keeps going missing for days and comes back with money", SG, "missing_child"),
    ("i have your pics, send more or they go to your whole school", SG, "image_abuse"),
    ("someone made a fake photo of my daughter with no clothes and shared it", SG, "image_abuse"),
    ("a lad was putting his phone up girls' skirts on the stairs", SG, "image_abuse"),
    ("my son's friend did the blackout challenge and ended up in hospital", SG, "harmful_challenge"),
    ("they dared each other to take their mum's tablets and film it for tiktok", SG, "harmful_challenge"),
    ("a roblox game told my daughter to hurt herself and keep it secret", SG, "harmful_challenge"),
    ("she weighs herself ten times a day and cries when the scales go up", SG, "eating_disorder_signs_more"),
    ("my brother's carrying a shank for protection cuz of the opps", SG, "knife_and_lines_slang"),
    ("he's going on a 'trip' for a week and getting paid for it, he's only 13", SG, "knife_and_lines_slang"),
    ("boys keep grabbing girls' bums in the lunch queue", SG, "peer_sexual_abuse"),
    ("three boys held him down and tried to take his trousers off", SG, "peer_sexual_abuse"),
    ("nobody in this school would miss you if you disappeared, ellie", SG_ABUSE, "bullying_death_wish"),
    ("a page called 'why sam should die' is going round year 7", SG, "bullying_death_wish_reported"),
    ("a bloke sits in his car by the gates every afternoon, he isn't a parent", SG, "loitering_adult"),
    ("a man by the fence was filming the playground at break", SG, "loitering_adult"),
    ("the man she 'works' for keeps her documents and she gives him the money", SG, "trafficking"),
    ("a girl in year 8 is staying with a family friend, isn't a relative, and her parents are abroad", SG, "private_fostering"),
    ("the girl with the green bag walks home alone every day at 3.15, she's in year 4", SG, "routine_disclosed"),
    ("what time does she finish? i'd love to meet her", SG, "routine_disclosed"),
    ("please take his photo off the page, there's a court order and his dad can't know where he is", SG, "routine_disclosed"),
    ("that teacher is going to find out what happens to grasses", SG_ABUSE, "veiled_threat_more"),
    ("i've got a list of names and mr Price is at the top of it", SG_ABUSE, "veiled_threat_more"),
    ("nobody would even notice me if i was gone", SG, "nobody_would_miss_me"),
    ("my 13 year old's 'boyfriend' is 24 and waits for her after school", SG, "exploitation_more"),
    ("a man in a car gave the year 10 girls vodka at the park", SG, "exploitation_more"),
    ("lads are paying kids to let money go through their bank account", SG, "exploitation_more"),
    ("they say the boy is possessed and have been beating him to get it out", SG, "harmful_practices"),
    ("her grandmother has started ironing her chest with a hot stone", SG, "harmful_practices"),
    ("a man at the swings showed the kids porn on his phone", SG, "sexual_material_shown"),
    ("he airdropped a photo of himself naked to the year 8s", SG, "sexual_material_shown"),
    ("dad's always drunk and drove off with my little brother in the car", SG, "carer_substance_misuse"),
    ("there are needles on the kitchen floor at his house", SG, "carer_substance_misuse"),
    ("the tutor kissed her cheek and told her not to mention it to anyone", SG, "told_not_to_mention"),
    ("how do i make the cuts fade before swimming? dont want mum seeing them", SG, "self_harm_hidden_more"),
    ("older men give her free vodka at a flat on the estate, she's 14", SG, "exploitation_more"),
    ("the 'girl' she games with claims to be 13 but says things only an adult would", SG, "exploitation_more"),
    ("a toddler was left in a hot car outside the gates for an hour, crying", SG, "child_in_danger"),
    ("he keeps hurting our cat on purpose and has started on his little brother", SG, "child_in_danger"),
    ("the boys have a list of the girls they want to 'get' after the prom", SG, "child_in_danger"),
    ("that receptionist will get what she deserves, mark my words", SG_ABUSE, "veiled_threat_insinuated"),
    ("tell miss Grant to enjoy her walk home tonight, might be her last", SG_ABUSE, "veiled_threat_insinuated"),
    ("the school has had its last warning, next time it's for real", SG, "veiled_threat_insinuated"),
    ("sent my lads to find that teacher, they'll sort him", SG_ABUSE, "veiled_threat_insinuated"),
]

# the same harms behind the usual disguises (folded before matching)
EVASIONS = [
    ("j.o.i.n t.h.e m.o.v.e.m.e.n.t before the race war", SG, "radicalisation"),
    ("n0b0dy w0uld m1ss me", SG, "nobody_would_miss_me"),
    ("ᴄᴜᴛᴛɪɴɢ ꜱᴇᴀꜱᴏɴ is coming for my little sister", SG, "fgm"),
    ("I HAVE YOUR PICS. PAY OR I POST THEM", SG, "image_abuse"),
]

HARD_NEGATIVES = [
    "the Prevent training for staff is on the inset day",
    "year 8 made propaganda posters in their world war two history topic",
    "the school council are recruiting new members, join us at lunch",
    "congratulations to Mr Ahmed on his wedding, the children loved the photos",
    "year 10 are reading romeo and juliet and discussing the forced marriage plot",
    "my daughter had her ears pierced in the holidays, can she wear studs for PE?",
    "the hairdresser cut her fringe far too short before the school photos",
    "the police came into reception to talk about their job, the kids loved the siren",
    "my son fell down the stairs at home and has a bruise, just letting you know",
    "the heating in Oak class was off this morning, please fix it",
    "my son lost his PE kit again, is there a spare in lost property?",
    "missing: one navy jumper named Tom B, please check bags",
    "the cat on Elm Road has gone missing for days, please check sheds",
    "my daughter went missing at the museum for ten minutes, panic over, she was in the gift shop",
    "please post the photos from sports day on the school app",
    "the year 5 reading challenge certificates came home today",
    "the ice bucket challenge for the PTA raised £400!",
    "my kids do the hold your breath game in the pool on holiday",
    "is the lunch menu online? my son is a fussy eater",
    "we need sharp knives for the cooking club, will it be supervised?",
    "the lads were play fighting at the bus stop but all laughing",
    "everyone hates mondays, especially my kids",
    "we'll miss you Mrs Cole, the children made you a card",
    "the lollipop man at the gate is brilliant, the kids love him",
    "who is the photographer taking pictures of the classes on thursday?",
    "my daughter's saturday job at the cafe has done wonders for her",
    "my niece is staying with us over the summer holidays while her parents work",
    "the host families for the french exchange have been wonderful",
    "can my year 6 walk home alone if i give permission?",
    "what time does the disco finish? I need to book a taxi",
    "i've got a list of names for the sponsored walk, who else wants to join?",
    "the dinner ladies know every child's name, they deserve a pay rise",
    "my daughter's first boyfriend is in her class, they hold hands at break",
    "can the children open a bank account through the school savings scheme?",
    "so many witch costumes at the halloween disco, and one possessed doll!",
    "the teachers deserve a drink after that residential, lol",
    "my mum told me not to mention the surprise party to my dad",
    "my son showed me a photo of himself with the class on the school trip",
    "how do I get felt tip marks to fade off his arm before school photos?",
    "the vet said the dog's limp was an accident, he's on the mend",
    "the car park is so hot at pick up, can we open the side gate?",
    "this might be her last sports day before she moves up, so proud",
    "the leavers' assembly could be his last at the school, come along",
    "the chemistry club learnt which fabrics are flammable, great session",
]


@pytest.mark.parametrize(("text", "labels", "rule"), FAMILIES + EVASIONS)
def test_batch12_families_flag_and_explain(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...], rule: str) -> None:
    assert_flagged(safeguarding_pipeline.classify(text), labels, rule)


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_batch12_hard_negatives_stay_clean(safeguarding_pipeline: Pipeline, text: str) -> None:
    verdict = safeguarding_pipeline.classify(text)
    assert verdict.labels == NONE, verdict.to_dict()


def test_bullying_reported_in_the_third_person_is_not_abuse(safeguarding_pipeline: Pipeline) -> None:
    # a parent telling the school about messages sent to their child insults nobody
    verdict = safeguarding_pipeline.classify("girls in her class keep telling my daughter to kill herself")
    assert verdict.labels == SG, verdict.to_dict()


def test_explanation_span_points_at_the_original_text(safeguarding_pipeline: Pipeline) -> None:
    text = "Worried: a man in a white van keeps watching the girls at home time"
    [why] = [e for e in safeguarding_pipeline.classify(text).explanations["safeguarding"] if e.rule == "loitering_adult"]
    assert why.matched == text[why.start:why.end]
    assert why.matched.lower().startswith("man in a white van")
