"""safeguarding detector: recall first, with evasions and the everyday phrases it must ignore."""

from __future__ import annotations

import pytest

from classifiers.pipeline import Pipeline

SG = ("safeguarding",)
# a threat aimed at a person or at the people of the school is abuse as well
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

TABLE = [
    # self-harm and suicidal intent
    ("I don't want to be alive anymore", SG, 0.85),
    ("i want to kill myself", SG, 0.85),
    ("I've been cutting myself again", SG, 0.85),
    ("everyone would be better off without me", SG, 0.85),
    ("I've taken a load of pills and I feel weird", SG, 0.85),
    ("gonna end it all tonight", SG, 0.85),
    ("k i l l m y s e l f", SG, 0.8),  # spelled out
    ("i w4nt t0 d1e", SG, 0.85),  # leetspeak
    ("ѕuicidal again", SG, 0.85),  # look-alike letter
    # disclosure of abuse or neglect
    ("my step dad hits me when mum is at work", SG, 0.85),
    ("Mum hits me with the belt when I get things wrong", SG, 0.85),
    ("My dad gets drunk and beats my mum and I'm scared", SG, 0.85),
    ("I'm scared to go home", SG, 0.85),
    ("we haven't eaten since friday, no food in the house", SG, 0.75),
    ("Mum's boyfriend locks me in my room without food", SG, 0.75),
    ("my uncle touched me and said not to tell", SG, 0.85),
    # adults seeking private contact with children
    ("how old are you? DM me", SG, 0.85),
    ("h0w 0ld r u", SG, 0.65),
    ("add me on snap, don't tell your parents", SG, 0.8),
    ("send me a pic of you babe", SG, 0.75),
    ("s3nd me a p1c", SG, 0.5),
    ("You're so pretty for 12, want to chat somewhere private?", SG, 0.8),
    ("What school do you go to? You look older than 13", SG, 0.75),
    ("this is our little secret ok", SG, 0.75),
    ("meet me after school by the shop, come alone", SG, 0.75),
    ("Do your parents check your phone? I'd like to chat just us", SG, 0.75),
    # threats of violence
    ("I'll stab you", SG_ABUSE, 0.85),
    ("im gonna batter him", SG_ABUSE, 0.85),
    ("I'll be waiting for you after school", SG_ABUSE, 0.85),
    ("I'm going to come down to that school and stab the head", SG_ABUSE, 0.85),
    ("I'll be bringing a knife in tomorrow, watch", SG, 0.85),
    ("I'll burn that school to the ground", SG, 0.85),
    ("I'll  s t a b  y o u", SG_ABUSE, 0.8),
    ("kys", SG, 0.85),
    # exploitation and nude images
    ("Older lads are giving my brother cash to carry packages for them", SG, 0.75),
    ("My brother's friends make me carry stuff to the park for money", SG, 0.75),
    ("Any of you girls want to earn some easy money? Message me privately", SG, 0.6),
    ("he's been sharing her nudes round year 9", SG, 0.8),
    ("send nudes", SG, 0.8),
    # hard negatives
    ("killing it at sports day!", NONE, 0.0),
    ("This homework is killing me, how do Year 5 do it?", NONE, 0.0),
    ("I nearly died laughing at the nativity", NONE, 0.0),
    ("she can shoot from anywhere on the netball court", NONE, 0.0),
    ("congratulations to everyone who took part", NONE, 0.0),
    ("selling uniform £15, DM me", NONE, 0.0),
    ("Tell Harry he's waiting at the gate", NONE, 0.0),
    ("the photos from sports day are on the website", NONE, 0.0),
    ("don't tell anyone about the surprise party for Mrs Khan!", NONE, 0.0),
    ("my dad is coming to the fair", NONE, 0.0),
    ("we will smash it at the quiz", NONE, 0.0),
]


# Phrasings written after the rules above, to test generalisation (recall first: 0.5 flags).
UNSEEN = [
    ("i can't do this anymore, i just want it all to stop", SG, 0.5),
    ('sometimes i think about not waking up', SG, 0.5),
    ("i've written a goodbye note", SG, 0.5),
    ('nobody would even notice if i was gone', SG, 0.5),
    ('i wish i could just disappear forever', SG, 0.5),
    ("been hurting myself again, don't tell anyone", SG, 0.5),
    ('my arms are covered in cuts', SG, 0.5),
    ("i'm going to take all my mum's tablets tonight", SG, 0.5),
    ('i keep thinking about ending my life', SG, 0.5),
    ("what's the point of living", SG, 0.5),
    ('i want to die so bad', SG, 0.5),
    ('i feel like killing myself', SG, 0.5),
    ('I hate myself so much I want to be dead', SG, 0.5),
    ("i'm not safe at home", SG, 0.5),
    ('my stepdad comes into my room at night', SG, 0.5),
    ("he makes me do things i don't want to do", SG, 0.5),
    ("my mum's boyfriend hurt me and said not to say anything", SG, 0.5),
    ('i get hit at home if i tell', SG, 0.5),
    ("there's never any food at home and mum sleeps all day", SG, 0.5),
    ('my parents leave me on my own all weekend', SG, 0.5),
    ('dad punched me in the face last night', SG, 0.5),
    ('i have bruises from my dad', SG, 0.5),
    ('an older man online keeps asking me for photos', SG, 0.5),
    ('a man keeps messaging my daughter asking her to meet him', SG, 0.5),
    ('u look fit, how old r u? snap me', SG, 0.5),
    ("hey sweetie, want to be friends? message me and don't tell mummy", SG, 0.5),
    ("you can trust me, i won't tell your parents", SG, 0.5),
    ('send me a picture of you in your uniform', SG, 0.5),
    ("i'll give you £50 if you send a pic", SG, 0.5),
    ("what's your address? i'll come pick you up", SG, 0.5),
    ('which bus stop do you get off at', SG, 0.5),
    ("I know what school you go to and i'll be waiting", SG, 0.5),
    ("i'm going to stab someone tomorrow", SG, 0.5),
    ("gonna bring my brother's gun to school", SG, 0.5),
    ("that teacher is going to get what's coming, i'll make sure of it", SG_ABUSE, 0.5),
    ("i'll smash your face in after school", SG_ABUSE, 0.5),
    ("we're going to jump him at the gates", SG_ABUSE, 0.5),
    ('next person who says that to me is getting stabbed', SG, 0.5),
    ("i swear i'll kill him", SG_ABUSE, 0.5),
    ('someone should burn that school down with the teachers inside', SG_ABUSE, 0.5),
    ("i'll put a bullet in your head", SG_ABUSE, 0.5),
    ("i'm going to shoot up the school", SG, 0.5),
    ("they pay me to hold stuff for them and i'm scared", SG, 0.5),
    ('a gang said i owe them money and have to sell for them', SG, 0.5),
    ("he's got pictures of me and says he'll share them", SG, 0.5),
    ('someone is threatening to post my nudes', SG, 0.5),
    ("there's a video of her naked going round", SG, 0.5),
    ("my boyfriend made me send pictures and now he's sharing them", SG, 0.5),
    ("i've been kicked out and have nowhere to sleep", SG, 0.5),
    ("i ran away and i'm staying with a man i met online", SG, 0.5),
    ("honestly everyone would be happier if i wasn't around", SG, 0.5),
    ("i've been saving up my meds", SG, 0.5),
    ("tonight is the night, i'm done with everything", SG, 0.5),
    ('i keep scratching my wrists till they bleed', SG, 0.5),
    ("i don't want to live like this anymore", SG, 0.5),
    ("my uncle says it's our special game and i mustn't tell", SG, 0.5),
    ("my mum's new partner shouts and throws things at me", SG, 0.5),
    ("i'm scared of my dad when he drinks", SG, 0.5),
    ("i haven't had a proper meal in days", SG, 0.5),
    ("nobody picked me up from school and i've been waiting for hours, mum isn't answering", SG, 0.5),
    ('dad locked me out last night', SG, 0.5),
    ('hey cutie, what year are you in?', SG, 0.5),
    ('you seem really mature, want to chat on insta?', SG, 0.5),
    ('i can get you free vapes, just come to the park after school', SG, 0.5),
    ("let's keep our chats private ok", SG, 0.5),
    ('delete my messages after you read them', SG, 0.5),
    ("i'm 16 too, send me a selfie", SG, 0.5),
    ("your little girl is gorgeous, what's her snapchat?", SG, 0.5),
    ("i'm going to hurt that kid tomorrow", SG_ABUSE, 0.5),
    ("if he shows up at the gate he's getting battered", SG, 0.5),
    ("i've got a blade and i'm not afraid to use it", SG, 0.5),
    ('watch what happens to your son on monday', SG_ABUSE, 0.5),
    ("i'm coming to the school with a knife", SG, 0.5),
    ('somebody needs to teach that teacher a lesson with a bat', SG_ABUSE, 0.5),
    ("they make me deliver parcels and won't let me stop", SG, 0.5),
    ('some older guys gave me a phone and said i owe them now', SG, 0.5),
    ('a boy in year 10 is passing round a nude of my daughter', SG, 0.5),
    ("he said he'd post the photos if i don't send more", SG, 0.5),
    ('my friend told me her dad touches her', SG, 0.5),
    ('i think my friend is being abused at home', SG, 0.5),
    ('this weather is killing me', NONE, 0.0),
    ('I could murder a cup of tea', NONE, 0.0),
    ('the kids slayed it at the concert', NONE, 0.0),
    ('what a shot from Ellie in the match!', NONE, 0.0),
    ('dying to see the photos from the trip', NONE, 0.0),
    ('my dad will pick me up after school', NONE, 0.0),
    ('please send me a photo of the permission slip', NONE, 0.0),
    ('how old do you have to be to join the choir?', NONE, 0.0),
    ('meet me at the school gate at 3', NONE, 0.0),
    ("don't tell the kids about the surprise assembly", NONE, 0.0),
    ('the fire alarm nearly gave me a heart attack', NONE, 0.0),
    ('the play was so good I cried', NONE, 0.0),
    ("I'm so tired I could sleep for a week", NONE, 0.0),
    ('can parents message the teacher directly?', NONE, 0.0),
    ("we're going to smash the quiz tonight", NONE, 0.0),
    ('our team will destroy them in the final', NONE, 0.0),
    ("Ben got hit by the ball in PE but he's fine", NONE, 0.0),
    ('the e-safety talk about sharing nudes was really useful', NONE, 0.0),
    ("I'd kill for a snow day", NONE, 0.0),
    ('what time do we pick the kids up from the trip?', NONE, 0.0),
    ('the school shooting practice for netball is on Tuesday', NONE, 0.0),
    ('reminder: do not send photos of other children online', NONE, 0.0),
    ('happy to help at the bake sale, DM me the details', NONE, 0.0),
    ('my son cut his knee at break, thanks for looking after him', NONE, 0.0),
    ("we'll be waiting outside the hall after the show", NONE, 0.0),
    ('we are dying to know the results of the vote', NONE, 0.0),
    ("this cold is killing me, sorry I'll miss the meeting", NONE, 0.0),
    ('my daughter is scared of the dark, any tips for the camp?', NONE, 0.0),
    ("please keep our chats in the parents' group kind", NONE, 0.0),
    ('can I pick the children up early on Friday?', NONE, 0.0),
    ('my son got a cut on his knee in the playground', NONE, 0.0),
    ('we watched a film about a knife crime campaign in assembly', NONE, 0.0),
    ('the children learned about staying safe online', NONE, 0.0),
    ('Sam is dead keen to join the football club', NONE, 0.0),
    ("I'm going to hurt myself laughing at the nativity bloopers", NONE, 0.0),
    ('shoot me a message if you need a lift to the match', NONE, 0.0),
    ('what year is the trip for?', NONE, 0.0),
    ('hope the teachers have a lovely break, you deserve it', NONE, 0.0),
    ('he smashed the 100m record!', NONE, 0.0),
    ('please send photos of the event to the office email', NONE, 0.0),
]

# Round 4: word classes rather than phrases (overdose with a possessive, "never wake up",
# self-harm told in the third person, injuries blamed on family, offers of money or work
# to children, children and drugs, veiled threats). Phrasings differ from the case file.
GENERALISED = [
    ("swallowed a whole packet of my nan's paracetamol", SG, 0.85),
    ("some nights i hope i never wake up", SG, 0.5),
    ("no point in me being here any more", SG, 0.5),
    ("my son keeps cutting his arms and hides it under his sleeves", SG, 0.5),
    ("she has been burning her skin with a lighter", SG, 0.5),
    ("the boy next to my daughter has belt marks on his legs, he says his dad did it", SG, 0.5),
    ("any young lads want to make some cash? message me", SG, 0.5),
    ("the kid in the red coat, inbox me, i've got some work for you", SG, 0.5),
    ("men in a car are giving weed to year 8s by the shop", SG, 0.5),
    ("i know where that teacher lives", SG_ABUSE, 0.5),
    ("the head had better watch her back", SG_ABUSE, 0.5),
    ("that office deserves torching with everyone in it", SG, 0.5),
    ("somebody's getting hurt on monday", SG, 0.5),
    # hard negatives for the same word classes
    ("I want to die of shame, I sent the wrong costume", NONE, 0.0),
    ("my son burnt his arm on the oven, he is fine now", NONE, 0.0),
    ("he keeps scratching his arms, it's eczema, can he wear long sleeves?", NONE, 0.0),
    ("Sixth formers can earn money as exam invigilators, apply via the office, pm me for the form", NONE, 0.0),
    ("great PSHE lesson about drugs and how dealers target kids", NONE, 0.0),
    ("I know where the lost property box is, by the hall", NONE, 0.0),
    ("better watch out, the year 6 choir is coming for the trophy", NONE, 0.0),
    ("my daughter was so nervous about her solo but she nailed it", NONE, 0.0),
    ("someone is going to get hurt on that icy path by the gate", NONE, 0.0),
    ("who do I talk to about my son's bruises from rugby?", NONE, 0.0),
    # round 5: means without a death word, eating disorders, someone else's wish to die,
    # farewell notes, punishment, grooming acts, signs of neglect or exploitation,
    # private images passed round, voyeurism, threats to property
    ("i've hidden a noose in my wardrobe, tonight is it", SG, 0.5),
    ("i make myself sick after tea so i don't put weight on", SG, 0.5),
    ("my friend keeps saying she wants to die and i dont know what to do", SG, 0.5),
    ("forgive me mum. goodbye", SG, 0.5),
    ("i got belted again for spilling my drink", SG, 0.5),
    ("the swimming coach makes me get undressed in his office", SG, 0.5),
    ("the kids at no 4 are always hungry and no one is ever home", SG, 0.5),
    ("my cousin is 13 and comes home with wads of cash and won't say where it came from", SG, 0.5),
    ("someone has private videos of my son and is posting them online", SG, 0.5),
    ("a lad is recording girls in the toilets on his phone", SG, 0.5),
    ("we're going to put a brick through the head's car window", SG_ABUSE, 0.5),
    ("I skipped rope for an hour at the PE club and gave up, so unfit", NONE, 0.0),
    ("my daughter is dying to go to the disco, she wants it so much", NONE, 0.0),
    ("goodbye year 6, good luck at high school!", NONE, 0.0),
    ("sorry for everything I said at the meeting, I was stressed", NONE, 0.0),
    ("our son came home with a new phone for his birthday", NONE, 0.0),
    ("please share the photos from sports day online", NONE, 0.0),
]


@pytest.fixture(scope="module")
def pipeline(safeguarding_pipeline: Pipeline) -> Pipeline:
    return safeguarding_pipeline


@pytest.mark.parametrize(("text", "labels", "min_score"), TABLE + UNSEEN + GENERALISED)
def test_safeguarding_table(pipeline: Pipeline, text: str, labels: tuple[str, ...], min_score: float) -> None:
    verdict = pipeline.classify(text)
    assert verdict.labels == labels, verdict.to_dict()
    if labels:
        assert verdict.scores["safeguarding"] >= min_score
    if "abuse" in labels:
        [why] = verdict.explanations["abuse"]
        assert why.detector == "safeguarding" and why.rule.endswith(":aimed_at_person")


def test_explanation_points_at_the_evaded_phrase(pipeline: Pipeline) -> None:
    text = "honestly i w4nt t0 d1e"
    verdict = pipeline.classify(text)
    best = verdict.explanations["safeguarding"][0]
    assert best.detector == "safeguarding"
    assert best.rule == "suicidal_intent"
    assert text[best.start : best.end] == best.matched == "w4nt t0 d1e"


def test_weak_contact_signal_is_raised_by_child_context_and_lowered_by_selling(pipeline: Pipeline) -> None:
    alone = pipeline.classify("DM me").scores["safeguarding"]
    childish = pipeline.classify("DM me pretty, our secret").scores["safeguarding"]
    selling = pipeline.classify("DM me to buy, £5 each").scores["safeguarding"]
    assert selling < alone < 0.5 <= childish
    [explanation] = [e for e in pipeline.classify("DM me to buy, £5 each").explanations.get("safeguarding", [])
                     if e.rule == "private_contact"] or [None]
    assert explanation is None or any("hard negative" in a for a in explanation.adjustments)
