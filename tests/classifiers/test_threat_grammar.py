"""Threats of violence read as a grammar (classifiers/detectors/threat_grammar.py).

Each family with the spellings people use online (no capitals or apostrophes, leetspeak,
spaced letters) and the hard negatives that share its words: appetite and effort, sport and
banter, a parent's exasperation with their own child, laughter. Run through the
safeguarding detector, which also calls a threat aimed at a person abuse.
"""

from __future__ import annotations

import pytest

from classifiers.detectors.threat_grammar import RULE_NAMES, RULES
from classifiers.pipeline import Pipeline
from tests.classifiers.safeguarding_tables import assert_flagged

SG = ("safeguarding",)
SG_ABUSE = ("abuse", "safeguarding")
NONE: tuple[str, ...] = ()

# (text, labels, threat-grammar rule expected among the safeguarding explanations or None)
TABLE = [
    # intent: the writer + serious violence + a person
    ("i will gut you like a fish", SG_ABUSE, "threat_intent_violence"),
    ("i could kill you right now", SG_ABUSE, "threat_intent_violence"),
    ("id happily stab every one of you", SG_ABUSE, "threat_intent_violence"),
    ("i will beat you to death with my bare hands", SG_ABUSE, "threat_intent_violence"),
    ("im gonna kick the living daylights out of that kid", SG_ABUSE, "threat_intent_violence"),
    ("i w1ll k1ll u", SG_ABUSE, "threat_intent_violence"),
    ("I'll end you", SG_ABUSE, "threat_intent_violence"),
    ("i would love to punch you in the face until you stop breathing", SG_ABUSE, None),
    ("we will beat you next year, good game today", NONE, None),
    ("we're going to smash them at netball on saturday", NONE, None),
    ("I could kill for a pizza right now", NONE, None),
    ("I could murder you for eating the last biscuit 😂", NONE, None),
    ("my daughter lost her third coat this term, I could throttle her", NONE, None),
    # intent: injury to the person's body
    ("i will tear your arms off", SG_ABUSE, "threat_intent_injury"),
    ("if i ever meet you i will knock your teeth out", SG_ABUSE, "threat_intent_injury"),
    ("say that again and ill cave your skull in", SG_ABUSE, "threat_intent_injury"),
    ("i will put my fist through your face", SG_ABUSE, "threat_intent_injury"),
    ("I'll break every bone in that coach's body", SG_ABUSE, None),
    ("I'm going to break my own record at parkrun", NONE, None),
    ("I'll cut your sandwiches into triangles, sweetheart", NONE, None),
    # intent: where the person ends up
    ("i will put you six feet under", SG_ABUSE, "threat_intent_place"),
    ("somebody needs to take you out permanently", SG_ABUSE, "threat_intent_place"),
    ("next time i see that teacher i'm going to put him in hospital", SG_ABUSE, None),
    ("Can someone take us out for a walk on the field?", NONE, None),
    # wish: someone else, or deserving it
    ("you deserve to be shot", SG_ABUSE, "threat_wish"),
    ("someone should put a bullet in your skull", SG_ABUSE, "threat_wish"),
    ("you need a bullet between the eyes", SG_ABUSE, "threat_wish"),
    ("hope your house burns down tonight", SG_ABUSE, "threat_wish"),
    ("You deserve to be thanked, what a lovely show", NONE, None),
    ("hope your house move goes well!", NONE, None),
    # fate: death or harm told as coming
    ("you wont live to see next week", SG_ABUSE, "threat_fate"),
    ("you are going to get what is coming to you", SG_ABUSE, "threat_fate"),
    ("you are going to regret the day you were born", SG_ABUSE, "threat_fate"),
    ("your days are numbered pal", SG_ABUSE, "threat_fate"),
    ("youre a dead man walking", SG_ABUSE, "threat_fate"),
    ("i want to see you bleed", SG_ABUSE, "threat_fate"),
    ("You won't see a better nativity this year!", NONE, None),
    ("you'll get what you paid for with that uniform supplier", NONE, None),
    # incitement to self-harm
    ("go hang yourself", SG_ABUSE, "incitement_to_self_harm"),
    ("you should go drink bleach", SG_ABUSE, "incitement_to_self_harm"),
    ("go throw yourself off a bridge", SG_ABUSE, "incitement_to_self_harm"),
    ("please don't drink the bleach under the sink, lock it away", NONE, None),
    ("we jumped off the bridge into the lake on holiday", NONE, None),
    # batch 15: the school's people by role as targets, and their possessions
    ("i wanna break the dinner lady's nose", SG_ABUSE, "threat_intent_injury"),
    ("i'll put the caretaker in a wheelchair", SG_ABUSE, "threat_intent_place"),
    ("i could kill mrs oduya", SG_ABUSE, "threat_intent_violence"),
    ("I'll kill the lights in the hall after the disco", NONE, None),
    ("we'll smash the staff quiz this year", NONE, None),
    # deserved: the target "wants" or "needs" it, a pity nobody has done it
    ("that receptionist wants a bottle in the face", SG_ABUSE, "threat_deserved"),
    ("surprised nobody has punched mr cole yet", SG_ABUSE, "threat_deserved"),
    ("that cleaner needs a knife in the back", SG_ABUSE, "threat_deserved"),
    ("the hedge wants running over with the mower before sports day", NONE, None),
    ("pity nobody has won the raffle yet", NONE, None),
    # foretold: dead when found, laughter that will stop, condolences, a visit with mates
    ("the lad who nicked my bike is dead the minute i find him", SG_ABUSE, "threat_fate_foretold"),
    ("carry on smirking, none of you will be laughing by friday", SG_ABUSE, "threat_fate_foretold"),
    ("you'll be signing sympathy cards by easter", SG_ABUSE, "threat_fate_foretold"),
    ("gonna pay that ref a visit with the lads, sort him properly", SG_ABUSE, "threat_fate_foretold"),
    ("my phone is dead when i get home so text me now", NONE, None),
    ("you won't be laughing when you see the panto dame, she's terrifying", NONE, None),
    # the school as the target: violence with a place or date, the place burnt, jokes taken back
    ("mass shooting at the school next week", SG, "threat_school"),
    ("we'll burn this academy down", SG, "threat_school"),
    ("stay home on the 22nd, not a drill", SG, "threat_school"),
    ("ha jk.. unless 👀", SG, "threat_school"),
    ("got mrs lowe's home address off a mate", SG_ABUSE, "threat_school"),
    ("photos from the 14th are up, not a joke how good they are", NONE, None),
    ("save the date: everyone will remember the day of the leavers ball", NONE, None),
    ("the new building goes up next spring", NONE, None),
    # batch 17-18: menace with no verb of violence, a gang as the agent, an ambulance needed
    ("enjoy ur last day sir", SG_ABUSE, "threat_veiled_menace"),
    ("u think the police will save you? see u friday", SG_ABUSE, "threat_veiled_menace"),
    ("her tyres will be slashed when she finishes tonight, wait till she finds her car done in", SG_ABUSE, None),
    ("the head'll be d.e.a.d before easter", SG_ABUSE, "threat_veiled_menace"),
    ("me and my cousins are gonna do him in", SG_ABUSE, "threat_intent_violence"),
    ("he'll need an ambulance when i'm finished with him", SG_ABUSE, "threat_fate"),
    ("snowball fight with blades of grass down your back lol", NONE, None),
    ("enjoy your last week at nursery little ones!", NONE, None),
    ("we'll do it in assembly", NONE, None),
    # batch 19-20: a joke disowned, the school menaced without a verb of violence
    ("not being funny lol but for real i'll batter that ta on monday", SG_ABUSE, "threat_menace_school"),
    ("next drill aint gonna be a drill 🙂", SG, "threat_menace_school"),
    ("me and some of the dads will sort that coach out once and for all", SG_ABUSE, "threat_menace_school"),
    ("i'll come for you and you'll be sorry, miss", SG_ABUSE, "threat_menace_school"),
    ("i'll find you the form and you won't regret signing up", NONE, None),
    ("the cake stall would look better with some bunting", NONE, None),
    # batch 21-24: harm named without the first-person grammar, harm promised
    ("the lollipop man needs his kneecaps smashed in", SG_ABUSE, "threat_named_harm"),
    ("the hedge needs its branches cut back before the fair", NONE, None),
    ("not joking, the dinner supervisor is getting hurt on friday", SG_ABUSE, "threat_promised"),
    ("not joking, the tombola is getting sold out by noon", NONE, None),
    # batch 25-29: threats told sideways, and the weaker hints of them
    ("that invigilator needs a bullet, simple", SG_ABUSE, "threat_told_sideways"),
    ("the new kid is getting his legs broke tonight", SG_ABUSE, None),
    ("whoever made the slides needs a bullet point on page 2", NONE, None),
    ("whoever snitched on my cousin is getting sorted out", SG_ABUSE, "threat_hinted"),
    ("whoever keeps leaving the gate open is getting reported", NONE, None),
    # batch 30-32: threats at a group, doxxing calls, harms told by their means
    ("st4b the paedos, all of them", SG_ABUSE, "threat_at_group"),
    ("dox the teachers who put the flag up", SG_ABUSE, "threat_at_group"),
    ("dont see the point of the ropes course or the zip wire", NONE, None),
    ("the mums will be waiting in the hall for the year 6s, they won't be back till 4", NONE, None),
    # batch 33-35: the harm told as what will follow
    ("enjoy your last weekend. my brothers know where you live", SG_ABUSE, "threat_as_outcome"),
    ("that ref won't be blowing any whistles when we're done", SG_ABUSE, "threat_as_outcome"),
    ("enjoy your last weekend before school starts, little ones", NONE, None),
    ("the reception kids won't be sleeping when we're done with the sugar lol", NONE, None),
    # batch 36-38: the threat said bare, in a learner's English or by emoji
    ("shoot miss grey wen she come out the gate 2moro", SG_ABUSE, "threat_said_bare"),
    ("on my mums life i kill that ref", SG_ABUSE, "threat_said_bare"),
    ("🧨 the library tomorrow", SG, "threat_said_bare"),
    ("shoot mrs khan a message about the coach times", NONE, None),
    ("in wales we say break a leg before the eisteddfod, good luck all", NONE, None),
    # batch 39-41: the threat left unsaid
    ("a bomb in the canteen would soon sort out the dinner queue", SG, "threat_left_unsaid"),
    ("if i was mrs hart id be checking under my car", SG_ABUSE, "threat_left_unsaid"),
    ("a new roof on the hall would sort out the leaks", NONE, None),
    ("if i was you i'd be checking under the car for hedgehogs", NONE, None),
    # batch 42-44: a threat held over someone as a consequence
    ("if our kids aren't safe on that bus then neither are the drivers", SG_ABUSE, "threat_held_over"),
    ("the deputy shoved me into a radiator in 1994. i intend to repay the favour", SG_ABUSE, "threat_held_over"),
    ("if the kids aren't safe crossing that road then neither are the cyclists, get a lollipop lady", NONE, None),
    ("you helped with the raffle so i'll return the favour at the bake sale", NONE, None),
    ("shes getting knifed the minute she steps off that bus", SG, "threat_held_over"),
    ("that caretaker is getting glassed when i find him", SG_ABUSE, "threat_held_over"),
    ("were battering him at the chippy tonight", SG_ABUSE, "threat_held_over"),
    ("just tell me what street the referee lives on, we'll handle the rest", SG_ABUSE, "threat_held_over"),
    ("we'll sort her out our way and it isn't going to be pretty", SG_ABUSE, "threat_held_over"),
    ("i know which car the deputy drives. see you soon", SG_ABUSE, "threat_held_over"),
    ("i'll turn up at her house and make her suffer", SG_ABUSE, "threat_held_over"),
    ("line em up against the bike shed wall and shoot", SG, "threat_held_over"),
    ("mrs cole will learn what happens when people lie to me", SG_ABUSE, "threat_held_over"),
    ("we're coming for the one who tripped my son", SG_ABUSE, "threat_held_over"),
    ("ill be waiting outside for that kid on monday. hes dead", SG_ABUSE, "threat_held_over"),
    ("i'll make that ref wish he had never been born", SG_ABUSE, "threat_held_over"),
    ("that yr 8 fella needs to watch his back", SG_ABUSE, "threat_held_over"),
    ("the christmas lights should be strung up on the railings by friday", NONE, None),
    ("the year 6s are getting sorted into houses for sports day", NONE, None),
    ("we're jumping in the pool at the gala, come and watch", NONE, None),
    ("find out what happens when you ignore the fire alarm, a film for year 7", NONE, None),
    ("i'll be waiting outside for the kids at 3, we're off to the dentist", NONE, None),
    ("line them up against the wall for the class photo", NONE, None),
    # said plainly (batch 54-56): the harm the target will get, a grave "first", a bat
    # brought along, a door to keep locked, "one way or another"; spellings and negatives
    ("the trip leader will get a battering when i see him", SG_ABUSE, "threat_said_plain"),
    ("y0u'll get a h1ding", SG_ABUSE, "threat_said_plain"),
    ("she'll be in a coffin before she takes my kids", SG_ABUSE, "threat_said_plain"),
    ("im going up there with my b a t, not joking", SG, "threat_said_plain"),
    ("that bursar better keep his doors locked tonight", SG_ABUSE, "threat_said_plain"),
    ("ill make sure mrs cole never teaches again. one way or another", SG_ABUSE, "threat_said_plain"),
    ("we'll get a kicking in the cup final, their keeper is unreal", NONE, None),
    ("i'll be waiting at the gate for him with his kit", NONE, None),
    ("see you all at the fun run, bring a first aid kit for the blisters lol", NONE, None),
    # batches 57-59: told aside (lined up and shot, a place to gas, fireworks "not the nice
    # kind", on my list with a tick tock, a gun brought to an evening, swinging from a height)
    ("every examiner who marked that paper should be lined up and shot", SG_ABUSE, "threat_told_aside"),
    ("that supply teacher is on my list. tick tock", SG_ABUSE, "threat_told_aside"),
    ("fireworks at the gurdwara on sunday, and not the pretty kind", SG, "threat_told_aside"),
    ("the staff should be lined up for the leavers photo at 2pm", NONE, None),
    ("fireworks at the display on sunday, the pretty kind, bring a blanket", NONE, None),
    # batches 57-59: a menace with its person named
    ("tell the deputy head to enjoy his last christmas", SG_ABUSE, "threat_with_menace"),
    ("mrs lowe won't make it to her car on friday", SG_ABUSE, "threat_with_menace"),
    ("keep it up and i'll give him a reason to need crutches", SG_ABUSE, "threat_with_menace"),
    ("his van will be in flames by bonfire weekend", SG_ABUSE, "threat_with_menace"),
    ("we're coming for all of you in the exams office", SG_ABUSE, "threat_with_menace"),
    ("enjoy your last week before the holidays, everyone!", NONE, None),
    ("bringing something for mrs lowe on her last day, she'll love the flowers", NONE, None),
    ("she won't make it to her car in time if the meeting overruns", NONE, None),
    ("his mates are gonna pull up on your school with their crew after the match, tell mr cole to hide", SG_ABUSE, "threat_with_menace"),
    ("that ref is going to get it, i know where he parks", SG_ABUSE, "threat_with_menace"),
    ("my cousins are pulling up at the school gates with their mates for the leavers do", NONE, None),
    ("tell the year 6 helpers to hide the eggs before the egg hunt", NONE, None),
    # batches 60-62: a threat said coldly, with no verb of violence
    ("someone's planted a device under the sports hall, clear it now", SG, "threat_said_coldly"),
    ("a lit rag through his letterbox would shut him up", SG_ABUSE, "threat_said_coldly"),
    ("good job i haven't found where she lives, miss", SG_ABUSE, "threat_said_coldly"),
    ("i've got my list and the head is at the top", SG_ABUSE, "threat_said_coldly"),
    ("carry on like this and you'll be going home in a body bag", SG_ABUSE, "threat_said_coldly"),
    ("this school is going to be all over the news before half term. mark my words", SG, "threat_said_coldly"),
    ("there's a bath bomb in every party bag, the kids loved them", NONE, None),
    ("i've got a list of thank you cards and mrs hale is first", NONE, None),
    ("the school will be on the news tonight for winning the choir award, watch out for us", NONE, None),
    ("my grandad left in an ambulance after his fall but he's fine now", NONE, None),
    # batches 63-65: a confrontation set up and sealed with a taunt
    ("Grandad and I shall be meeting the caretaker by the bins after school. Let's see him laugh then.", SG_ABUSE, "threat_confrontation_set"),
    ("tie that ref to the goalpost and leave him in the rain, see how he enjoys that", SG_ABUSE, "threat_confrontation_set"),
    ("meet u behind the chippy 2nite, come alone", SG_ABUSE, "threat_confrontation_set"),
    ("waitin 4 that smug prick at the bus stop, lets see him talk now", SG_ABUSE, "threat_confrontation_set"),
    ("see you at the summer fair, come alone or bring the whole family", NONE, None),
    ("i'll do the head's face paint at the fete, see how she likes the tiger", NONE, None),
    ("lock him out of the xbox for a week, see how he likes that", NONE, None),
    # batches 63-65: harm by tampering with a person's food or drink
    ("someone needs to tip bleach into mr ford's flask, that'd finish him off", SG_ABUSE, "threat_by_tampering"),
    ("gonna lace the receptionist's tea, she won't be so rude then", SG_ABUSE, "threat_by_tampering"),
    ("pour some milk in the head's coffee, she looked shattered at the meeting", NONE, None),
    ("the cook put something in the head's coffee to make it taste of gingerbread, lovely", NONE, None),
    # batches 63-65: a bomb put in a named part of the school with a "watch" or a day
    ("device under the staffroom, tomorrow, 9am", SG, "threat_bomb_placed"),
    ("p1pe b0mb inside the gym. wait and see", SG, "threat_bomb_placed"),
    ("bath bombs at the fair stall tomorrow, £2 each", NONE, None),
    # batches 66-68: a person marked for a street attack in the street's own verbs
    ("that snake from the chippy gets jumped next time he walks past the park", SG, "threat_street_attack"),
    ("your brother's shank is comin, tell him", SG_ABUSE, "threat_street_attack"),
    ("tell mr hollis he'll get p0ked when he locks up tonight", SG_ABUSE, "threat_street_attack"),
    ("we're rollin out on the hillcrest boys saturday night, no phones", SG_ABUSE, "threat_street_attack"),
    ("Miss Reid's nephew is getting merked if he shows his face by the canal on Sunday", SG_ABUSE, "threat_street_attack"),
    ("my cousin got jumped last year near the shops, it was awful", NONE, None),
    ("the drill track where he says opps get poked friday is a banger", NONE, None),
    ("the assembly warned that kids get jumped for their phones near the station when alone", NONE, None),
    ("the relay team gets smoked by the year 8s in the final every year", NONE, None),
    # batches 66-68: a person's address or plate held over them with a visit to come; a
    # place burnt with an accelerant named
    ("found your reg and your postcode mate. be seeing you", SG_ABUSE, "threat_known_and_coming"),
    ("we know his house number now, pay him a visit", SG_ABUSE, "threat_known_and_coming"),
    ("that staffroom would go up a treat with a splash of paraffin", SG, "threat_known_and_coming"),
    ("i've got your address for the party invites, see you soon!", NONE, None),
    ("the bonfire would go up with a bit of petrol, dont do it kids", NONE, None),
    # batches 66-68: a person located or branded an informer for others to act on
    ("mia hart yr 9 lives near the chippy on mill lane, yall know what to do", SG_ABUSE, "threat_exposed_for_others"),
    ("callum talked to the cops about the fight. pull up to the rec at 4", SG, "threat_exposed_for_others"),
    ("that grass from 10B, everyone come to the bandstand at lunch", SG_ABUSE, "threat_exposed_for_others"),
    ("new cafe opening on bridge street, lives up to the hype, you know what to do", NONE, None),
    ("my nan lives by the park, you know what to do if you find her cat", NONE, None),
    # batches 66-68: the target "needs putting" somewhere a person ends up
    ("the caretaker needs putting in the grave", SG_ABUSE, "threat_deserved"),
    ("the tulip bulbs need putting in the ground before the frost", NONE, None),
    # batches 66-68: a deadline with a coming-for-you; "better watch" a person's home or car
    ("you have 24 hours to take that video down or i'll come for you", SG_ABUSE, "threat_ultimatum"),
    ("she's got until half term to change the grade or the lads will deal with her", SG_ABUSE, "threat_ultimatum"),
    ("the referee better watch his car after that decision", SG_ABUSE, "threat_ultimatum"),
    ("you have till friday to return the library books or we'll find you a fine", NONE, None),
    ("everyone on hill road better watch their cars, two were broken into and stolen last night", NONE, None),
    # batches 69-71: the writer coming somewhere first, then the injury ("gonna walk in and
    # snap his wrist"); a person dragged by the body; the school's kitchen, office and
    # recruitment people as targets
    ("im gonna march over to that office and snap the bursar's fingers", SG_ABUSE, "threat_intent_injury"),
    ("i swear ill turn up at the canteen and crack the cook's skull", SG_ABUSE, "threat_intent_injury"),
    ("one more word and i'd haul him out by his collar", SG_ABUSE, "threat_intent_injury"),
    ("i'll leave the recruiter in intensive care if he ghosts me again", SG_ABUSE, "threat_intent_place"),
    ("i'll drag him out of bed by his ankles if he's late for the coach again", NONE, None),
    ("i'll come round after work and fix your fence panel", NONE, None),
    # batches 69-71: medical care foretold ("he'll be the one needing a surgeon")
    ("carry on with this policy and you'll be the one needing a paramedic", SG_ABUSE, "threat_fate"),
    # batches 69-71: an allergen as the weapon on a child's food, told with its effect
    ("somebody ought to hide some sesame in that girl's sandwich and watch her reaction", SG_ABUSE, "threat_by_tampering"),
    ("the allergy nurse will put a trace of egg on his plate for the food challenge, watch for a reaction", NONE, None),
    # batches 69-71: a person's own body where the dead are dumped
    ("let him carry on, his corpse will end up in the reservoir", SG_ABUSE, "threat_body_dumped"),
    ("divers recovered his body from the quarry, police said, so tragic", NONE, None),
    # batches 69-71: marked on a list with a reckoning to come
    ("all the governors who voted yes are now on my list, they'll regret it", SG_ABUSE, "threat_marked_list"),
    ("you're on my hit list, mr hughes", SG_ABUSE, "threat_marked_list"),
    ("you're all on my list for the raffle prizes, we'll see who wins", NONE, None),
    ("added you to my christmas card list, you'll see it soon", NONE, None),
    # batches 69-71: a home sought with a reckoning after; a presence promised and the
    # target not getting home
    ("i'm going to find out where the head lives and she'll be sorry", SG_ABUSE, "threat_home_found"),
    ("we'll be waiting by the bike sheds thursday, that governor won't make it home", SG_ABUSE, "threat_home_found"),
    ("we'll be outside the hall at six, the choir won't be walking home alone, minibus booked", NONE, None),
    ("i need to find out where the new family lives so we can drop a welcome card, see you all sunday", NONE, None),
]


@pytest.mark.parametrize(("text", "labels", "rule"), TABLE)
def test_threat_grammar_table(safeguarding_pipeline: Pipeline, text: str, labels: tuple[str, ...],
                              rule: str | None) -> None:
    verdict = safeguarding_pipeline.classify(text)
    if not labels:
        assert verdict.labels == NONE, verdict.to_dict()
        # a grammar rule may still have matched, but a hard negative took it below acting
        for why in verdict.explanations.get("safeguarding", []):
            if why.rule in RULE_NAMES:
                assert any("hard negative" in a for a in why.adjustments), why
        return
    assert_flagged(verdict, labels, rule)


def test_every_family_is_in_the_table() -> None:
    expected = {rule for _, _, rule in TABLE if rule}
    assert expected == {r.name for r in RULES}


def test_the_threat_is_explained_on_the_original_words(safeguarding_pipeline: Pipeline) -> None:
    text = "Say that again and I'LL CAVE your skull in!!"
    verdict = safeguarding_pipeline.classify(text)
    why = next(e for e in verdict.explanations["safeguarding"] if e.rule == "threat_intent_injury")
    assert text[why.start:why.end] == why.matched
    assert why.matched.lower().startswith("i'll cave")
