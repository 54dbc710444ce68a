"""Abuse and hate: a lexicon with severity and target, read with context.

The lexicon (``classifiers/lexicons/abuse.yaml``) holds insults and profanity with a
severity, slurs with the protected characteristic they attack, protected-group words,
derogations, hate phrases, the words that mark a remark as aimed at a person, positive
words that turn mild profanity into emphasis, and everyday hard negatives.

Matching runs on the evasion-folded ``loose`` view (:mod:`classifiers.normalize`), word by
word through dictionaries rather than one big regular expression, so the cost grows with
the comment, not with the lexicon. A masked term (``f***``, ``st*pid``) is matched letter
by letter against terms of the same length. The context rules:

- an insult of severity 3 is abuse anywhere; severity 2 is abuse on its own and more so
  when aimed at someone; severity 1 ("useless", "cow") only when aimed at someone:
  "you ...", "<the head / Mr X / staff / he> is ...", "what a ...", "bunch of ...", or
  followed by a person noun ("useless teacher") or another insult ("stupid cow");
- profanity is abuse when aimed at a person or at the school ("f*** this school"), not
  when it adds emphasis to something good ("bloody brilliant", "damn that cake stall sold
  out");
- a hit covered by a hard negative ("killing it", "freak accident", "anti-bullying") is
  lowered;
- a stated intent to hurt someone ("I'm going to smash the head's face in") is a threat:
  ``abuse`` and, because a threat of violence is a safeguarding matter, ``safeguarding``;
- a slur, a protected-group word with a derogation in the same sentence ("<group> are all
  <derogation>"), or a hate phrase ("go back to your own country") is ``hate`` with its
  target, and ``abuse`` as well;
- but a slur of a lower tier (one the Davidson training split shows mostly as a general
  insult, a vulgarity or in-group slang) is ``hate`` only with a target cue of its tier
  (``_TIER_CUES``): addressed to someone ("you ...", a name, "the teacher is a ..."),
  said of a group (a group word or derogation within a few words, "these ...",
  "... kids"); without one it is ``abuse`` alone, so the comment still comes down;
- an insult beside a group word attacks the group, except a crude word about women and a
  singular insult right after the group word ("a <group> <insult>" describes a person),
  unless that group word is a disability or a Traveller word ("a wheelchair loser").

Insults that use no listed word (batch 13a) are read from their shape:

- a comparison said of a person: "<person> looks / walks / talks like a <noun>", "teeth
  like a horse", "a face like thunder" (not a costume, a pet or praise); beside a protected
  group word it is hate ("the deaf kid talks like a seal");
- a smell pinned on a person ("Jayden stinks", "she reeks of wee"), hate when the smell is
  a racial stereotype ("stinks of curry"); not "stink at maths" or "smells lovely";
- a rude command to go away ("do one", "jog on", "get in the sea") only where it leads its
  clause and is followed by nothing, "you" or a name;
- a protected characteristic used as the insult itself ("ur so gay", "he's proper
  autistic", "a bit special" of a person);
- "<noun> of a <person>" ("a joke of a woman"), idioms of stupidity ("thick as two short
  planks", "anyone with a pulse") and a wider insult vocabulary, all lexicon data;
- strong words written without (some of) their vowels, and "(((echo)))" brackets.

Replies under photos and videos (batches 15-16) add:

- people pointed at the way such replies point: pupils by their year ("year 7s in this are
  so ugly", "the y9s"), a video's timestamp ("the lad at 1:11 is an embarrassment"),
  "whoever ..." ("whoever designed it is a halfwit"), "y'all", and, in a comment written
  with no capital letter, a rare word where a name opens a clause or closes a rude command
  ("ellie stinks", "stfu maddox"; rarity from :mod:`classifiers.wordlist`);
- mockery with no listed word: "the state of <person>", "no wonder he has no mates", harm
  wished on a person ("hope the whole staff get food poisoning"), a comparison whose clause
  has no subject of its own ("dressed the choir like that, look like a bunch of bin bags");
- a comment spelled out letter by letter ("f @ g g o t", "m r s x i s a s a d o l d c o w"):
  the run is joined and the comment read again, or the strongest word inside it is found;
- hate: a slur beside a group word of its own target further off or in the sentence before
  ("the special needs unit. Why are we wasting money on <slur>s"), stereotypes of greed and
  disease beside a group word, "why is that <group> boy allowed in ...", token-hire
  put-downs ("got the job to tick a diversity box"), "go back 2 ur own country".

And some things that look like abuse are not aimed at anyone: a report that quotes what a
child was called ("my son was called ..., who do I speak to?") keeps a slur in the review
band and an insult below it; a mild insult the writer calls themselves ("I'm such an
idiot, forgot the PE kit") and a parent about their own children ("my boys are pigs at
dinner time") are not directed; "what a <insult>" followed by a thing ("what a shambles
the car park was") is about the thing; a capitalised title ("The Ugly Duckling") is no name;
a worried friend reporting how someone sees themselves ("she says she's fat but she's
tiny") is no insult; a hate phrase quoted as the name of something ("videos about the
'...'") and a group described as hating ("a group that hates <group>") go no further than
review.

Every detection explains itself: the rule (with severity and target), the span in the
original text and each score adjustment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from classifiers.base import Detection, Explanation, Label
from classifiers.detectors.personal_info import _STREET_SUFFIX
from classifiers.normalize import Folded, fold, fold_term
from classifiers.rules import ConceptSet
from classifiers.wordlist import common_words

__all__ = ["AbuseDetector", "Lexicon", "LexiconEntry", "load_lexicon"]

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "abuse.yaml"

_ABUSE, _HATE = Label.ABUSE.value, Label.HATE.value
_SAFEGUARDING = Label.SAFEGUARDING.value

# Scores: base per kind and severity, then context adjustments (all capped to [0, 0.99]).
_INSULT_BASE = {1: 0.30, 2: 0.70, 3: 0.85}
_PROFANITY_BASE = {1: 0.15, 2: 0.45}
_DIRECTED_BOOST = {1: 0.35, 2: 0.15, 3: 0.05}
_PROFANITY_DIRECTED_BOOST = {1: 0.30, 2: 0.25}
_STACKED_BOOST = 0.20  # "stupid cow", "lazy fat waste of space"
_EMPHASIS_PENALTY = 0.40
_HARD_NEGATIVE_PENALTY = 0.50
_SLUR_SCORE = 0.90
_GROUP_HATE_SCORE = 0.85
_HATE_PHRASE_SCORE = 0.85
_GROUP_INSULT_WINDOW = 5  # tokens from a group word to an insult that attacks it
# Crude words for women are insults of anyone (Davidson training split: beside a group word
# they were hate in 4 of about 45 tweets), so beside a group word they attack a person, not
# the group; the insult itself is still abuse.
_CRUDE_GENDERED = frozenset({"bitch", "hoe", "whore", "slut", "slag", "skank", "bint", "sket",
                             "thot", "slapper", "tart", "trollop"})
_THREAT_SCORE = 0.80
_REPORTED_SLUR_SCORE = 0.45  # a slur quoted in a report: a moderator reviews, nothing hidden
_REPORTED_INSULT_CAP = 0.30  # an insult quoted in a report or said of the writer
_DISMISSAL_SCORE = 0.70
_COMPARISON_SCORE = 0.75
_SMELL_SCORE = 0.75
_STEREOTYPE_SCORE = 0.80
_IDENTITY_INSULT_SCORE = 0.80
_ECHO_SCORE = 0.85
_EMOJI_SCORE = 0.65
_THREAT_VERBS_STRONG = frozenset({"kill", "stab", "murder", "strangle", "knife", "batter", "glass",
                                  "shoot", "choke", "slit", "bottle", "maim", "hurt", "attack"})
_THREAT_VERBS_WEAK = frozenset({"smash", "punch", "beat", "kick", "slap", "deck", "hit", "bash",
                                "thump", "burn", "break", "cut", "lamp", "leather", "twat"})
_THREAT_VERBS = _THREAT_VERBS_STRONG | _THREAT_VERBS_WEAK
_INTENT = frozenset({"going", "gonna", "gunna", "will", "wanna", "gona", "i'll", "ill", "i'd",
                     "shall", "until", "till", "watch", "wait", "coming"})
_BODY_PARTS = frozenset({"face", "head", "teeth", "legs", "leg", "arms", "neck", "nose", "jaw",
                         "throat", "skull", "kneecaps", "fingers"})
_NOT_OBJECTS = frozenset({"us", "them", "it", "they", "he", "she", "we", "i", "people", "lot"})
_THREAT_OBJECTS = frozenset({"you", "u", "ya", "him", "her", "yous", "youse"})
_BACK_REFERENCES = frozenset({("like", "him"), ("like", "her"), ("like", "them"), ("like", "that"),
                              ("their", "kind"), ("that", "lot"), ("those", "people"), ("these", "people"),
                              ("of", "them"),  # "the pair of them", "the lot of them"
                              # "... trans staff at an infant school?! they're all ...": the
                              # whole group summed up in the next sentence
                              ("they're", "all"), ("theyre", "all"), ("they", "all")})
# people a participle clause may describe before the verb ("that mum ... complaining about ...
# is ...", see _subject)
_PEOPLE_NOUNS_DESCRIBED = frozenset({"mum", "dad", "parent", "teacher", "head", "woman", "man", "lady",
                                     "bloke", "girl", "boy", "lad", "coach", "governor", "deputy", "ref"})
_SYMBOL_GROUPS = frozenset({"rainbow flag", "rainbow flags", "pride flag", "pride flags"})
# an insult taken back in the same breath: "idiots, but kids", "daft lot bless them"
_SOFTENED = re.compile(r"\W*(?:but\s+(?:they're\s+|theyre\s+|they\s+are\s+|he's\s+|hes\s+|she's\s+|shes\s+)?"
                       r"(?:only\s+|just\s+)?(?:kids|children|a\s+kid|a\s+child|little|teenagers|babies)"
                       r"(?=\s*(?:[^\w\s]|$|eh\b|innit\b|though\b|x+\b))"  # closing its clause: not "but kids love him"
                       r"|bless\s+(?:them|em|'em|him|her|their\s+hearts?)\b"
                       # batch 44: "a tyrant, but a fair one": the put-down taken back in praise
                       r"|but\s+(?:a\s+|an\s+)?(?:very\s+|really\s+|totally\s+)?(?:fair|good|kind|lovely|nice|decent|brilliant|great|fab|fantastic|caring|loving|honest|fair\s+minded)"
                       r"\s+(?:one|man|woman|teacher|head|headmaster|headmistress|sort|lady|bloke|soul|heart)"
                       r"(?=\s*(?:[^\w\s]|$|underneath\b|really\b|though\b|deep\s+down\b|at\s+heart\b)))")
_BOMB_EMOJI = ("\U0001f4a3",)  # bomb
# ... not a night of fireworks or a cake that was "the bomb"
_BOMB_CELEBRATIONS = frozenset({"firework", "fireworks", "bonfire", "diwali", "banger", "bangers", "party",
                                "cake", "cakes", "food", "amazing", "brilliant", "celebration", "celebrations"})
_TERROR_TROPE_TARGETS = frozenset({"religion", "race", "ethnicity", "nationality"})
_PRONOUN_OBJECTS = frozenset({"them", "they", "their", "they're", "theyre", "him", "her"})
_PLACE_OF_OURS = frozenset({"our", "my", "this", "here", "now", "asap", "please", "lol"})
_GROUP_QUANTIFIERS = frozenset({"all", "these", "those", "them", "bunch", "load", "full", "many",
                                "more", "every"})
# Which target cues make a slur below the "always" tier hate (see _slur_cues).
_TIER_CUES = {
    "person_or_group": frozenset({"group", "derogation", "quantifier", "person_noun", "addressed",
                                  "directed", "pointed", "placed", "attribute"}),
    "addressed_or_group": frozenset({"group", "derogation", "addressed", "pointed"}),
    "group": frozenset({"group", "derogation", "quantifier", "person_noun", "pointed", "placed"}),
}
# the writer smelling a thing (batches 60-62): "i could smell it", "we can smell the smoke"
_SMELL_WORDS = frozenset({"smell", "smelt", "smelled", "stink"})
_SMELT_BY_WRITER = re.compile(r"\b(?:i|we|you|u)\s+(?:could|can|did|cud|coud)?\s*$")
_SMELT_THINGS = frozenset({"it", "alcohol", "booze", "drink", "smoke", "weed", "gas", "burning", "fumes",
                           "petrol", "wine", "beer", "vodka", "cannabis"})
_SMELT_AT_END = re.compile(r"\b(?:i|we|you|u)\s+(?:(?:could|can|did|cud|coud)\s+)?(?:smell|smelt|smelled)$")
_SMELT_NEXT = re.compile(r"\s+(?:" + "|".join(sorted(_SMELT_THINGS)) + r")\b")


def _smelt_by_writer(text: str, end: int) -> bool:
    """Whether the span ending at ``end`` closes on the writer smelling a thing ("... i could
    smell it from the path"): a sense, no people called smelly."""
    return bool(_SMELT_AT_END.search(text, 0, end)) and bool(_SMELT_NEXT.match(text, end))
# a person's features a slur can stand before as an adjective ("a <slur> voice", batches 60-62)
_ATTRIBUTE_NOUNS = frozenset({"voice", "face", "walk", "laugh", "accent", "handwriting", "haircut", "run",
                              "smile", "voices", "faces"})
# Where a slur points at people present (see _slur_cues, batches 25-29): "<slur>s in year 11",
# "the <slur> at 0:45", "a <slur> at prom" ("pointed"); a plural one placed or doing something,
# "<slur>s in the sen unit", "<slur>s sitting exams" ("placed": not for in-group slang, which
# the Davidson training split shows placed everywhere)
_POINTED_PLACES = frozenset({"year", "yr", "prom", "assembly", "reception", "nursery", "pe", "sixth",
                             "form", "registration", "school", "college", "sen",
                             # batch 38: a person pointed at in a photo or a room ("... on the front row")
                             "row", "front", "back", "photo", "pic", "picture", "video", "stage"})
_POINTED_PREPOSITIONS = frozenset({"in", "at", "on"})
_CLASS_WORDS = frozenset({"class", "classes", "form", "year", "yr", "group", "set", "tutor"})
# batch 39: "pathetic, not the people, the decision": the writer excepts the people at once
_NOT_THE_PEOPLE = re.compile(r"[\s,.;:-]*(?:but\s+)?(?:not|isn'?t|never)\s+(?:aimed\s+at\s+)?(?:the\s+)?"
                             r"(?:people|person|staff|teachers?|head|headteacher|school\s+staff|individuals?)(?![a-z])")
_PREPOSITIONS = frozenset({"for", "to", "of", "with", "on", "at", "in", "from", "about", "towards", "by"})
# Epithets that as often judge a thing as a person ("..., total shambles"): never read as an
# epithet clause (see _epithet_clause)
# bodies whose service is judged, not people: "the council are a shambles" (batch 52)
_INSTITUTIONS = frozenset({"council", "councils", "office", "management", "government", "academy",
                           "school", "college", "trust", "department", "slt", "leadership"})
_THING_EPITHETS = frozenset({"shambles", "disgrace", "joke", "disaster", "nightmare", "farce", "awful",
                             "appalling", "cringe", "trash", "embarrassment", "failure", "liability",
                             "useless", "pathetic", "disgusting", "vile", "nasty", "terrible", "menace"})
# A person's voice or manner, compared as the person is ("her singing sounds like a goat")
_PERFORMANCES = frozenset({"singing", "voice", "laugh", "laughing", "dancing", "dance", "walk", "walking",
                           "running", "accent", "screaming", "rapping", "acting", "screech", "giggle"})
# "she's", "they're" as text-speak writes them: subject and verb in one word
_BARE_CONTRACTIONS = frozenset({"shes", "hes", "theyre"})
# Words that show a clause is no bare epithet: verbs, prepositions, possessives ("saw some pigs")
_EPITHET_STOPS = frozenset({"some", "saw", "see", "seen", "had", "have", "has", "got", "get", "with", "for",
                            "to", "from", "like", "about", "by", "in", "on", "at", "as", "or", "if",
                            "when", "then", "there", "their", "his", "her", "its", "any", "no", "these",
                            "those", "them", "called", "playing", "played", "as", "into", "and"})
# A third person's words reported: "dad says he's going to kill us all" (a disclosure)
_REPORTED_SPEECH = re.compile(r"\b(?:says|said|saying|told\s+(?:me|us|him|her|them)|threatened|threatens|threatening)"
                              r"\s+(?:that\s+)?(?:he|she|they|hes|shes|he's|she's|he'll|she'll|they'll|theyre|they're)"
                              r"(?:\s+(?:is|was|will|would|are|were|had|has))?\s*$")
_PERSON_NOUNS = frozenset({"teacher", "teachers", "kid", "kids", "child", "children", "pupil",
                           "pupils", "boy", "boys", "girl", "girls", "lad", "lads", "family",
                           "families", "parent", "parents", "mum", "mums", "dad", "dads", "head",
                           "people", "staff", "class", "student", "students"})
_SLUR_CUE_WINDOW = 6  # tokens from a slur to a group word or derogation that makes it hate
_SLUR_SAME_TARGET_WINDOW = 14  # ... to a group word of the slur's own target
_PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "who", "that", "it"})
_POSSESSIVES = frozenset({"my", "ma", "mah", "our", "his", "yo", "ya"})
_SEND_VERBS = frozenset({"send", "sending", "ship", "deport", "kick", "boot", "throw", "chuck"})
_SEND_WHERE = frozenset({"back", "home", "out", "packing", "away"})
# batches 63-65: a people sent somewhere else, further on ("send the ... kids to a different
# school", "move those families elsewhere")
_SEND_ELSEWHERE = re.compile(r"\b(?:elsewhere|somewhere\s+else|(?:a\s+)?(?:different|another|other|their\s+own)"
                             r"\s+(?:school|schools|country|countries|town|area))\b(?!')")
_SEND_VERBS_FAR = _SEND_VERBS | frozenset({"move", "moving", "put", "stick", "shift", "relocate"})
# "... 's" read as "is" before these ("the caretaker's a ...")
_IS_NEXT = frozenset({"a", "an", "such", "so", "proper", "total", "complete", "utter", "absolute", "right"})
# batches 63-65: a people told to leave in a sentence of its own after the one that names
# them ("... foreign families. go home", "... a foreigner. go back to the desert")
_GO_HOME_TERM = "go home (told to a people)"
_GO_HOME = re.compile(r"^(?:just\s+|now\s+|so\s+)?go\s+(?:home(?:\s+(?:then|now|already|lol|pls|please))?$"
                      r"|back\s+(?:where|to\s+(?:your|ur|where|the\s+(?:desert|jungle|bush|slums?|boat|camps?)\b)))")

_SUFFIXES = ("s", "es", "ed", "ing", "in", "y", "er", "ers", "ish")
_ES_ENDINGS = ("s", "x", "z", "ch", "sh", "o")
_COPULAS = frozenset({"is", "are", "was", "were", "be", "being", "been", "'s", "'re",
                      "am", "im", "i'm", "ur", "r", "becomes", "seems", "looks"})
_INTENSIFIERS = frozenset({"a", "an", "the", "such", "so", "utter", "total", "complete",
                           "absolute", "absolutely", "just", "all", "really", "proper",
                           "bunch", "pack", "load", "lot", "of", "biggest", "right", "little",
                           "massive", "fat", "ugly", "stupid", "dumb", "sad", "pathetic",
                           "useless", "lazy", "old", "bloody", "fucking", "effing", "f",
                           "and", "very", "too", "nothing", "but", "more", "than", "like", "most"})
_LEAD_INS = frozenset({"what", "such", "bunch", "pack", "load", "you", "ur", "u", "ya",
                       "your", "youre", "you're", "yer", "this", "that"})
_LEET_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
# Starts only at the start of a run: from every position of a long run the lookaheads
# would rescan it (quadratic on hostile text); the run start decides alone.
_HAS_LETTER_AND_DIGIT = re.compile(r"(?<![a-z0-9])(?=[a-z]*[0-9])(?=[0-9]*[a-z])[a-z0-9]+")
_NEGATIONS = frozenset({"not", "never", "no", "isnt", "isn't", "arent", "aren't", "nt"})
# Capitalised words that start sentences rather than name a person.
_NOT_NAMES = STOP_WORDS | frozenset({"the", "this", "that", "these", "those", "what", "i", "honestly",
                        "my", "our", "we", "it", "its", "shut", "go", "get", "who", "why",
                        "imagine", "worst", "total", "stupid", "you", "your", "whoever",
                        "screw", "piss", "so", "and", "but", "omg", "lol", "wow", "oh",
                        "well", "just", "a", "an", "some", "all", "every", "no", "yes",
                        "please", "thanks", "thank", "absolutely", "really", "still", "i'm",
                        "im", "ive", "i've", "ill", "i'll", "dont", "don't", "cause", "cos",
                        "coz", "that's", "thats", "there's", "theres", "whats", "what's",
                        "omg", "lol", "haha", "hey", "hi", "hello", "dear", "sorry", "god"})
_YOU = frozenset({"you", "u", "ur", "ya", "yer", "your", "youre", "you're", "yourself",
                  "yourselves", "yall", "y'all"})
# Capitalised school words that are no person's name ("the tablets in Year 5 are useless").
_NOT_NAMES = _NOT_NAMES | frozenset({
    "year", "years", "class", "reception", "nursery", "term", "school", "pta", "ofsted", "sats",
    "christmas", "easter", "halloween", "canteen", "hall", "playground", "toilets", "kitchen",
    "bus", "uniform", "homework", "website", "portal", "app", "sports", "day", "world", "book",
    "eid", "diwali", "pride", "history", "month", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "google", "facebook",
    "youtube", "tiktok", "snapchat", "instagram", "whatsapp", "wifi", "covid", "lunch", "dinner"})
_VOWELS = frozenset("aeiou")
_HEAD_NOT_PERSON = frozenset({"lice", "louse", "count", "counts", "start", "office", "injury",
                              "injuries", "band", "bands", "torch", "phones", "lamp", "first",
                              "height", "cold", "ache", "lamps", "boy", "girl", "chef", "gardener"})
_IS_CONTRACTIONS = frozenset({"he's", "she's", "it's", "that's", "who's", "there's", "what's",
                              "everyone's", "everybody's", "someone's", "he", "she"})
# emoji used as the insult: always rude (a raised finger), or aimed at a named person
_RUDE_EMOJI = frozenset({"\U0001f595"})
_MOCK_EMOJI = frozenset({"\U0001f921"})  # clown face
# mockery frames that name a person and need no insult word: "imagine being tia tho",
# "who let freddie think he could sing", "not u thinking ur good at football"
# batch 38: an animal or a bin standing for the insult word ("freya is a \U0001f437", "\U0001f5d1\ufe0f = u",
# "\U0001f437 miss x"): abuse only when the emoji is said of a person, never on its own (a farm
# visit's pigs, a litter pick's bins)
_INSULT_EMOJI = "\U0001f437\U0001f416\U0001f5d1\U0001f400\U0001f401\U0001f404\U0001f40d\U0001f4a9\U0001f98d\U0001f992\U0001f40b\U0001f433\U0001f99b"
_EMOJI_RUN = f"[{_INSULT_EMOJI}]\ufe0f?"
_EMOJI_AIMED = re.compile(
    # "is a \U0001f437", "ur a \U0001f437", "such a \U0001f437"
    r"(?<![a-z])(?:is|are|was|ur|you're|youre|u|r|such)\s+(?:an?\s+|such\s+an?\s+|(?:absolute|total|proper|big)\s+)*"
    + _EMOJI_RUN
    # "\U0001f5d1\ufe0f = u", "u = \U0001f437"
    + r"|" + _EMOJI_RUN + r"\s*=\s*(?:u|you|ur|him|her|he|she|@\w+)(?![a-z])"
    + r"|(?<![a-z])(?:u|you|he|she|him|her|@[\w.]+)\s*=\s*" + _EMOJI_RUN
    # "\U0001f437 miss hutton", "\U0001f437 @name"
    + r"|" + _EMOJI_RUN + r"\s*(?:mr|mrs|miss|ms|sir)\s+[a-z]|" + _EMOJI_RUN + r"\s*@\w", re.IGNORECASE)
# batch 47: an ape emoji said of a people ("<race> history = 30 seconds of <monkey>"): the
# oldest racist comparison in code; a zoo, a farm or the animals themselves make it a picture
_APE_EMOJI = ("\U0001f412", "\U0001f435", "\U0001f98d", "\U0001f9a7")  # monkey, monkey face, gorilla, orangutan
_APE_PEOPLE_TARGETS = frozenset({"race", "ethnicity", "nationality"})
_APE_WINDOW = 60  # characters from the group word to the emoji
_APE_PICTURE = re.compile(r"\b(?:zoo|zoos|safari|farm|wildlife|animals?|monkeys?|gorillas?|apes?|orangutans?|chimps?"
                          r"|jungle\s+book|rainforest|twycross|chester|whipsnade)\b")
# ... and a day out among real animals: "the zoo trip, the black and white colobus", "monkeys
# at the safari park, the polish guide" name animals, not a people
_ANIMAL_DEROGATIONS = frozenset({"zoo", "like a zoo", "monkeys", "apes", "pigs", "dogs", "rats", "animals", "animal",
                                 "cockroaches", "vermin"})
_ANIMAL_OUTING = re.compile(r"\b(?:zoo\s+(?:trip|visit|day)|trip\s+to\s+the\s+zoo|visit\s+to\s+the\s+zoo|safari|farm\s+(?:trip|visit)"
                            r"|wildlife|enclosures?|twycross|whipsnade|petting)\b")
_MOCK_FRAME = re.compile(
    r"(?<![a-z])(?:imagine\s+(?:being|bein|looking\s+like)\s+(?:(?:mr|mrs|miss|ms|sir|dr)\s+)?(?P<a>[a-z']+)"
    r"(?=\s*(?:tho|though|lol|lmao|lmfao|fr|rn|haha|ha|omg)?\s*(?:$|[^a-z\s']))"
    r"|who\s+let\s+(?:(?:mr|mrs|miss|ms|sir|dr)\s+)?(?P<b>[a-z']+)\s+(?:think|believe)\s+(?:he|she|they|u|you)(?![a-z])"
    r"|not\s+(?P<c>u|you)\s+thinking\s+(?:ur|youre|you're|you|u)(?![a-z])"
    # batch 38: "imagine thinking ur pretty", "imagine thinking she's funny"
    r"|imagine\s+(?:thinking|thinkin|believing)\s+(?:that\s+)?(?P<d>ur|youre|you're|u|you|he's|she's|hes|shes)"
    r"\s+(?:are\s+|r\s+|is\s+)?(?:so\s+|really\s+|actually\s+)?[a-z]{3,})")
_MOCK_FRAME_SCORE = 0.70
_DISGUST_EMOJI = ("\U0001f92e", "\U0001f922")  # face vomiting, nauseated face
_PERSON_WORD = re.compile(r"(?<![a-z])(?:you|ur|u|mr|mrs|miss|ms|sir|he|she|head|teacher|deputy)(?![a-z])"
                          # "🤡 that's the whole staff room": the staff pointed at as a body, not
                          # "the staff panto 🤡" (a costume)
                          r"|(?:that'?s|thats|there'?s|meet|look\s+at)\s+(?:the\s+)?(?:whole\s+)?(?:staff|teachers|governors|slt)"
                          r"|the\s+whole\s+(?:staff|teachers|governors|slt)")
# a comment that calls the reader a best friend or sends love is banter: "shut up tia ur
# literally my best friend 💕" (mild insults and rude commands only)
_AFFECTION = re.compile(r"best\s?(?:friend|mate)|bestie|\bbff\b|love\s+(?:you|u|ya)\b|luv\s+(?:you|u|ya)\b|\bily\b|\bilysm\b"
                        r"|\b(?:love|luv|bless)\s+(?:them|em|'em)\b"
                        "|\U0001f495|\U0001f496|\U0001f497|\U0001f970")
# a report verb and an opening quote just before a phrase: "told her 'go back to ...'"
_QUOTED_REPORT = re.compile(r"(?:told|tell|tells|telling|said|says|saying|say|shouted|shouting|yelled|yelling|called|calling"
                            # batches 69-71: the habit told in the present ("the lads call her a '...'")
                            r"|call|calls"
                            r"|wrote|writing|keeps?\s+saying|going\s+round\s+saying|talking\s+about|talks\s+about"
                            # batches 66-68: the person it was said to may come between ("called
                            # my little brother a '...'")
                            r"|on\s+about)\s+(?:\w+\s+){0,4}[\"'\u201c\u2018]\s*$"
                            # "used the word '...'", "called a racist word in PE - '...'": the word named, then quoted
                            r"|\b(?:word|words|term|slur|name)\b[^\"'\u201c\u2018.!?]{0,30}[\"'\u201c\u2018]\s*$"
                            # "was told by a boy in her form that she's a '...'"
                            r"|\b(?:told|called|said|saying|says)\b[^\"'\u201c\u2018.!?]{0,40}\bthat\s+"
                            r"(?:she|he|i|they|you|we)(?:'s|'m|'re|s|m|re)?\s+(?:is\s+|was\s+|are\s+)?(?:an?\s+)?"
                            r"[\"'\u201c\u2018]\s*$"
                            # batch 36: the hit further inside a double quote opened after a report verb:
                            # 'a boy told her "your religion is ...', 'was told he was "slowing ...'
                            r"|(?:told|tell|tells|telling|said|says|saying|say|shouted|shouting|yelled|yelling"
                            r"|called|calling|wrote)\s+(?:\w+\s+){0,3}[\"\u201c][^\"\u201d.!?]{1,40}$")
# a view reported as someone else's: "my son has started saying women shouldn't ...", "he
# keeps talking about ..." (a worried parent, not the writer's own view)
_REPORTED_VIEW = re.compile(r"\b(?:started|starting|keeps?|kept|been|always|going\s+round)\s+"
                            # batches 69-71: names others have taken to calling a child ("started
                            # calling him ... and ...", "keep calling her ...")
                            r"(?:saying|talking\s+about|repeating|coming\s+out\s+with|on\s+about"
                            r"|calling\s+(?:him|her|them|me|us|my\s+\w+|our\s+\w+))\s+(?:that\s+)?"
                            r"[^.!?\n]{0,40}$"
                            # "joined some online group that says ...": a view held by others
                            r"|\b(?:group|groups|page|pages|account|accounts|channel|channels|site|sites|forum|"
                            r"video|videos|people|lads|men|influencer|influencers)"
                            # batches 54-56: "some group online who say ...", "a page on tiktok that says"
                            r"(?:\s+(?:online|on\s+(?:line|tiktok|snapchat|snap|instagram|insta|youtube|telegram|discord|x)))?"
                            r"\s+(?:that|which|who)\s+"
                            r"(?:says|say|said|claims|claim|claimed|post|posts|preach|preaches|reckon|reckons)\s+"
                            r"(?:that\s+)?[^.!?\n]{0,40}$"
                            # batch 36: a relative's view told by a worried writer ("my brother says
                            # ... we should fight the ..."), grooming told as what others are telling
                            # pupils ("men at the gym are telling the boys that ... are ...")
                            r"|\b(?:my|our|his|her)\s+(?:son|daughter|brother|sister|cousin|friend|nephew|niece|"
                            r"husband|dad|father|uncle|boy|girl)\s+(?:says|said|keeps\s+saying|is\s+saying|thinks|"
                            r"believes)\s+(?:that\s+)?[^.!?\n]{0,60}$"
                            r"|\b(?:is|are|was|were)\s+(?:telling|teaching)\s+(?:[\w']+\s+){0,5}that\s+[^.!?\n]{0,60}$"
                            # batches 54-56: material a child shares or watches, named by its topic
                            # ("he's been posting videos about the great replacement")
                            r"|\b(?:posting|posts|posted|sharing|shares|shared|watching|watches|watched|reposting|"
                            r"liking|following)\s+(?:[\w']+\s+){0,2}(?:videos?|vids?|posts?|stuff|memes?|content|"
                            r"things|clips?|accounts?|pages?)\s+(?:about|on|saying)\s+[^.!?\n]{0,60}$")
# a claim someone else is spreading: "a lad is telling everyone that the ... is real"
_REPORTED_CLAIM = re.compile(r"(?:\b(?:is|are|was|were|keeps?|kept|been|hes|shes|he's|she's|they're|theyre)\s+"
                             r"(?:telling|saying|claiming|posting|sharing|spreading)"
                             r"|\b(?:he|she|they|someone|people)\s+(?:says|said|claims|claimed|reckons))\s+"
                             r"(?:(?:everyone|people|others|everybody|the\s+class|them|us|kids)\s+)?(?:that\s+)?(?:the\s+)?$")
_QUOTES = "\"'\u201c\u2018"
# "typical <group>" sneers at a people only where the group (and a person noun) closes its
# phrase: "typical foreigners, never queue", "typical polish family." (batches 54-56)
_TYPICAL_CLOSES = re.compile(r"(?:\s+(?:kids?|family|families|lot|people|man|men|woman|women|girls?|boys?|lads?|"
                             r"mums?|dads?|parents?|behaviou?r))?\s*(?:[,.;:!?\n]|$|\s+(?:are|is|were|was|again|"
                             r"always|never|all|innit|tbh|lol))")
# batch 47: name-calling reported to condemn it: a report verb a few words before the words
# ("people calling the ... club groomers", "called the flag a '...'") in a comment that
# condemns it ("should be ashamed", "reported", "please hide them"): the writer's complaint
_CONDEMNED_CALL = re.compile(r"\b(?:calling|calls|called|call|saying|says|said|quoting|quoted"
                             r"|labelling|labeling|branding"
                             # batches 60-62: a pupil told or shouted at ("told my son he should '...'")
                             r"|told|tells|telling|shouted|shouting|yelled|yelling)\s+"
                             r"(?:[\w'\"\u201c\u2018]+\s+){0,5}[\"'\u201c\u2018]?$"
                             # batches 57-59: words copied out to be seen ("quoting from the chat so
                             # the head sees it: '...'", "this is what was posted - '...'")
                             r"|\b(?:quot(?:e|es|ed|ing)|copied|screenshot(?:ted)?|pasting|pasted|posted|wrote)\b"
                             r"[^\"\u201c.!?]{0,60}[:\-]\s*[\"\u201c]$")
_CONDEMNATION = re.compile(r"\b(?:ashamed|shame\s+on|report(?:ed|ing)?|unacceptable|not\s+ok(?:ay)?|out\s+of\s+order"
                           r"|hide\s+(?:them|those|these|it|the)|disgusted\s+by|appalling|vile\s+(?:replies|comments|language)"
                           # batches 57-59: the school asked to act ("the school needs to deal with
                           # this", "please do something", "I'm telling the school", "delete them")
                           r"|not\s+acceptable|(?:needs?|need\s+to|has\s+to|have\s+to|must|should)\s+(?:to\s+)?deal\s+with"
                           r"|please\s+(?:do\s+something|act|deal\s+with|delete|remove|block|sort)"
                           r"|(?:telling|told|tell|tells|informed|emailed|email|reported\s+it\s+to)\s+(?:the\s+)?"
                           r"(?:school|head|headteacher|teacher|office|police)"
                           r"|delete\s+(?:them|these|those|it|the\s+comments?)|block\s+(?:them|those|these)"
                           r"|not\s+leaving\s+it"
                           # batches 66-68: the name-caller told to stop ("stop calling the ...
                           # kids ...", "quit labelling those families ...")
                           r"|(?:stop|quit|give\s+up|pack\s+in)\s+(?:calling|labelling|labeling|branding|saying)"
                           # batches 60-62: the school asked to take it up ("please address this in
                           # assemblies", "I'm raising it with the head")
                           r"|please\s+(?:address|tackle|look\s+into|raise)|address\s+(?:this|it)\s+(?:in|at|with)"
                           r"|rais(?:e|ed|ing)\s+(?:it|this)\s+with\s+(?:the\s+)?(?:school|head|headteacher|teacher|office)"
                           r")\b")


# batches 57-59: an insult or swear word sizing up a task or a stretch of time ("a b*stard
# of a question", "a sod of a week", "a pig of a paper"); "a joke of a teacher" names a person
# batches 57-59: a place of worship naming a school outing ("the mosque trip", "the synagogue
# visit") names an event, not the people who worship there
_PLACE_GROUPS = frozenset({"mosque", "synagogue"})
_OUTINGS = frozenset({"trip", "trips", "visit", "visits", "tour", "tours", "outing", "outings", "letter", "letters",
                      "consent", "permission", "form", "forms"})
# ... and a festival naming the school's event ("the diwali assembly") or spelt out as a word
_FESTIVALS = frozenset({"eid", "hanukkah", "chanukah", "diwali", "vaisakhi", "ramadan"})
# ... and takes only a derogation that can only mean its people ("eid has no place here",
# "... to everyone except the child killers"), not one that fits a day ("ruined", "a burden")
_FESTIVAL_DEROGATIONS = frozenset({"has no place", "have no place", "no place here", "no place in", "killers",
                                   "child killers", "baby killers", "savages", "savage", "pigs", "animals",
                                   "animal", "vermin", "scum", "terrorists", "terrorist", "go back", "don't belong",
                                   "dont belong", "do not belong", "not welcome", "primitive", "backward",
                                   "uncivilised", "subhuman", "parasites", "rats", "dogs", "apes", "monkeys",
                                   "cockroaches", "extremists", "extremist", "send them back", "send them home",
                                   "deport", "deported", "gas them", "burn them", "be gassed", "be shot"})
_EVENTS = _OUTINGS | frozenset({"assembly", "assemblies", "party", "parties", "celebration", "celebrations",
                                "service", "concert", "play", "show", "fair", "menu", "lunch", "dinner", "card",
                                "cards", "display", "lesson", "lessons", "day", "week", "holiday", "holidays",
                                "break", "disco", "performance", "dance", "dances", "food", "sweets", "lights",
                                "fireworks", "decorations", "newsletter", "photos", "pictures", "video", "post"})
_OF_A_THINGS = frozenset({"question", "questions", "paper", "exam", "test", "mock", "day", "week", "weekend",
                          "morning", "afternoon", "evening", "night", "term", "year", "job", "task", "essay",
                          "assignment", "homework", "problem", "puzzle", "journey", "drive", "commute", "shift",
                          "hill", "climb", "run", "game", "match", "topic", "module", "syllabus", "revision",
                          "subject", "equation", "thing", "time", "winter", "summer", "season"})


_WHOLE_LOT_AFTER = re.compile(r"[\s,]*(?:the\s+(?:whole\s+)?lot\s+of|all\s+of|every\s+(?:last\s+)?(?:one|1)\s+of|each\s+of)"
                              r"\s+(?:you|u|ya|yous|youse|them|em|'em)\b"
                              # ... closing its clause, not the subject of a verb ("the snake the
                              # lot of you made")
                              r"(?=\s*(?:[,.!?;:)\n]|$|(?:on|at|in|from|up\s+there|lol|lmao|tbh|mate)\b))")
_LAUGHING_EMOJI = ("\U0001f602", "\U0001f923", "\U0001f606")  # tears of joy, rolling on the floor, grinning squint
_GUESSES = frozenset({"probably", "prob", "probs", "bet", "doubt", "guarantee", "presumably"})
_IMPUTED_CRIMES = frozenset({"stolen", "stole", "nicked", "robbed", "knocked", "smuggled", "plotting", "scamming",
                             "scam", "fiddling", "fiddled", "conning", "fraud", "fraudulent", "charged",
                             "charging", "shoplifted", "looted", "begging", "benefits"})
_IMPUTED_TERM = "a crime guessed of a people"
_SENSE_GROUPS = frozenset({"blind", "deaf"})
_SENSE_PEOPLE = frozenset({"ones", "lot", "people", "families", "family", "folk", "community", "community's"})


def _people_named(g: _Hit, words: list[str], by_kind: dict[str, list[_Hit]]) -> bool:
    """The group word names people ("migrants", "a foreigner", "polish families"), not a
    club, a language or an event ("the polish club")."""
    last = g.entry.term.split()[-1]
    if last.endswith(("s", "er", "ers")) and last not in {"polish", "swiss"}:
        return True  # "migrants", "a foreigner", "foreign families"
    return AbuseDetector._names_people_next(g, words, by_kind) or (
        g.last + 1 < len(words) and words[g.last + 1] in _SENSE_PEOPLE)


def _predicated_sense(g: _Hit, words: list[str]) -> bool:
    """ "must be blind", "are you deaf": the word is said of one person's failing."""
    if g.entry.term not in _SENSE_GROUPS or g.first == 0:
        return False
    prev = words[g.first - 1]
    if g.last + 1 < len(words) and (words[g.last + 1] in _PERSON_NOUNS or words[g.last + 1] in _SENSE_PEOPLE):
        return False  # "are the blind kids ...": the people themselves
    if prev in {"be", "b", "is", "was", "isnt", "wasnt"}:
        return True  # "must be blind", "the umpire is blind": said of one person
    # "are you deaf", "is the ref blind": asked of one person, the word its predicate
    return prev not in {"the", "a", "all", "those", "these", "them", "some"} and any(
        words[j] in {"are", "r", "is", "was", "were"} for j in range(max(g.first - 3, 0), g.first - 1))


def _of_a_thing(words: list[str], last: int) -> bool:
    """Whether the words after index ``last`` read "of a <task or time>"."""
    return (last + 3 < len(words) and words[last + 1] == "of" and words[last + 2] in ("a", "an")
            and words[last + 3] in _OF_A_THINGS)


# batches 57-59: words quoted first and only then said to have been written or shouted
# ('"..." was written on my sister's car', '"..." is what he shouted at us')
_QUOTE_THEN_REPORT = re.compile(r"[^\"\u201d]{0,80}[\"\u201d]\s*(?:was|were|is|has\s+been|had\s+been|got|is\s+what|was\s+what)"
                                r"\s+(?:\w+\s+){0,2}?(?:written|wrote|said|shouted|posted|sprayed|painted|scrawled"
                                r"|sent|yelled|chanted|put|left|commented|typed)\b")

_QUOTE_THEN_VIEW = re.compile(r"[^\"\u201d]{0,80}[\"\u201d]\s*(?:is|was|that's|thats)\s+"
                              r"(?:(?:one|a|an|their|some\s+people'?s?)\s+(?:view|opinion|point\s+of\s+view|take)\b"
                              r"|what\s+some\s+(?:people|parents|folk)\s+(?:say|think|believe)\b)[^.!?]{0,20}?\bbut\b")


def _condemned_report(text: str, start: int) -> bool:
    """Whether the words at ``start`` are name-calling the comment reports to condemn."""
    # inside a quote that opens the comment or a sentence ...
    opened = max(text.rfind(q, 0, start) for q in "\"\u201c")
    quoted = opened >= 0 and (opened == 0 or text[:opened].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n"))
    if quoted and _QUOTE_THEN_VIEW.match(text, start):
        return True  # ... then set aside as one view ('"..." is one view, but we ...')
    if not _CONDEMNATION.search(text):
        return False
    if _CONDEMNED_CALL.search(text[max(start - 70, 0):start]):
        return True
    # ... then reported as what was written
    return quoted and bool(_QUOTE_THEN_REPORT.match(text, start))


# the writer agreeing with name-calling they report (batch 51): "well he is one tbf", "the
# chants were deserved"; not "he is one of the kindest boys"
_ENDORSED = re.compile(r"\b(?:he|she|they)(?:\s+is|\s+are|'s|'re|s)\s+(?:one|though|tho)\b(?!\s+of\b)"
                       r"|\b(?:was|were)\s+(?:deserved|fair\s+enough|accurate|spot\s+on)\b"
                       r"|\bnot\s+wrong\s+(?:tho|though|tbf|tbh)\b")
_CLOSING_QUOTES = "\"'\u201d\u2019"


def _quoted_mention(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` stands alone in quote marks in a comment that
    condemns it ("a reminder that '...' is not ok, I've reported it"): a word mentioned to
    be named and objected to, not used at anyone."""
    return (start > 0 and text[start - 1] in _QUOTES and end < len(text) and text[end] in _CLOSING_QUOTES
            and bool(_CONDEMNATION.search(text)))

# before a swear word these make it a noun for a person: "little sh*t", "annoying sod"
_PERSON_DIMINUTIVES = frozenset({"little", "lil", "annoying", "smug", "cheeky", "spoilt", "spoiled",
                                 "jumped", "entitled"})
_TITLES = frozenset({"mr", "mrs", "miss", "ms", "mx", "dr", "sir", "dame"})
# "a wheelchair loser", "a gypsy tramp": the insult is the group word's, not one person's
_GROUP_ADJECTIVE_TERMS = frozenset({"wheelchair", "disabled", "autistic", "special needs", "sen kids",
                                    "downs", "down syndrome", "gypsy", "gypsies", "traveller",
                                    "travellers", "roma", "mentally disabled"})

# --- insults that use no lexicon word (batch 13a) ---------------------------------------
# Comparisons: a comparison word, "like", and a listed noun, with a person before it
# ("Olivia looks like a potato", "teeth like a horse"); "face like ..." needs no listed
# noun ("a face like thunder") unless what follows is praise.
_COMPARE_WORDS = frozenset({"looks", "look", "looked", "looking", "face", "walks", "walk",
                            "talks", "talk", "sounds", "eats", "built", "dresses", "waddles",
                            "teeth", "hair", "nose", "ears", "laugh", "voice", "legs", "body",
                            "head", "runs", "smells", "snorts", "sings", "sing", "singing",
                            "sound", "screams", "laughs", "sounded", "sang", "dances", "danced",
                            # batches 54-56: noises and manners likened to an animal's ("grunting
                            # at everyone like an ape")
                            "grunting", "grunts", "grunted", "grunt", "barking", "barks", "squealing",
                            "squeals", "screeching", "screeches", "snorting", "howling", "howls",
                            # batches 57-59: a reel's dancer ("ur dancing like a dying pigeon")
                            "dancing", "dance", "moves", "move", "twerking", "jumping",
                            # batches 66-68: the way a person speaks likened to an animal ("the
                            # referee speaks like a ...", "she was talking like a ...")
                            "speaks", "speak", "speaking", "spoke", "talking", "talked"})
# praise that follows a fond complaint about one's own child (batches 54-56)
_FOND_CONTRAST = re.compile(r"[^.!?\n]{0,40}?\b(?:but|and\s+yet|yet)\s+(?:(?:he's|she's|hes|shes|he\s+is|she\s+is|"
                            r"they're|theyre|an?|such\s+an?|a\s+little|an\s+absolute|a\s+total)\s+)*"
                            r"(?:angel|angels|sweetheart|darling|treasure|gem|star|joy|dream|delight|love)\b"
                            r"|[^.!?\n]{0,40}?\b(?:bless\s+(?:him|her|them)|love\s+(?:him|her|them)\s+(?:to\s+bits|really|though|tho))")
# verbs a person does, after a sneering quoted "it" (batches 54-56)
_IT_VERBS = frozenset({"sleeps", "wants", "goes", "gets", "thinks", "uses", "changes", "wears", "sits",
                       "plays", "identifies", "calls", "pretends", "feels", "lives", "says", "dresses",
                       "showers", "sleep", "wanted", "went", "thought", "used", "changed", "wore"})
# a disabled person's aids, which "a" or "his" makes one person's (batches 54-56)
_AIDS = frozenset({"wheelchair", "feeding tube", "cleft lip", "cleft palate"})
# group words that are adjectives and name a people only before people (batches 54-56)
_ADJECTIVE_GROUPS = frozenset({"foreign"})
_NOISE_OBJECTS = frozenset({"everyone", "everybody", "us", "people", "them", "me", "him", "her", "kids",
                            "staff", "parents", "children"})
_FACE_PRAISE = frozenset({"angel", "angels", "doll", "cherub", "model", "princess", "star",
                          "film", "an", "sunshine", "ray", "picture", "painting", "hers", "his",
                          "yours", "mine", "that", "this", "hers", "their"})
#: a thing someone made stands between them and the comparison: the thing is compared
_MADE_VERBS = frozenset("made make makes baked bake drew drawn painted built build wrote written knitted sewed sewn "
                        "carved designed cooked decorated".split())
_COSTUME = frozenset({"costume", "costumes", "fancy", "outfit", "outfits", "mascot",
                      "panto", "pantomime", "play", "character", "makeup",
                      "halloween", "nativity", "role", "impression", "impressions",
                      # what someone wears, not who they are: "little penguins in their coats"
                      "coat", "coats", "hat", "hats", "uniform", "uniforms", "jumper", "jumpers",
                      "wellies", "onesie", "onesies", "pyjamas", "helmet", "helmets", "goggles"})
# Smell: a person as the subject of a smell verb ("Jayden stinks", "Noah smells of wee");
# not praise ("smells amazing"), not "stink at" (be bad at), not "smell the ...".
_SMELL_VERBS = frozenset({"stinks", "stink", "stank", "smells", "smell", "smelt", "reeks",
                          "reek", "pongs", "pong", "honks", "whiffs", "hums"})
_SMELL_NEEDS_OBJECT = frozenset({"hums", "honks", "whiffs", "pong"})
_SMELL_VETO = frozenset({"at", "nice", "nicer", "lovely", "amazing", "good", "great", "gorgeous",
                         "divine", "fresh", "clean", "delicious", "yummy", "heavenly", "fab",
                         "fantastic", "wonderful", "better", "the", "a", "it", "that", "this",
                         "something", "smoke", "gas", "burning", "later", "lush", "incredible",
                         "them", "those", "these", "any", "anything", "nothing", "what", "if",
                         "when", "whether", "for", "test", "tested", "danger", "trouble"})
# body words and adverbs between a person and the smell verb ("Archie's feet really stink")
_SMELL_SKIP = frozenset({"breath", "feet", "foot", "hair", "clothes", "uniform", "kit", "pe",
                         "bag", "house", "home", "room", "coat", "shoes", "armpits", "pits",
                         "mouth", "teeth", "trainers", "jumper", "lunch", "packed", "dinner",
                         "really", "so", "proper", "always", "still", "actually", "literally",
                         "just", "lowkey", "kinda", "totally", "absolutely", "honestly", "all",
                         "does", "do", "well", "deffo", "defo", "seriously", "also", "too"})
# smells pinned on a people ("stinks of curry"): a racial or national stereotype, hate
_SMELL_STEREOTYPES = frozenset({"curry", "curries", "garlic", "cabbage", "kebab", "kebabs",
                                "spices", "spice", "onions", "goats", "goat"})
# ... of which these are also the everyday smell of an old house or school dinners ("smells
# of cabbage and regret", batches 48-50): a stereotype only with a people named in the comment
# a child's smell told as a sign of neglect, by someone worried for them (batches 54-56):
# the same clothes for days, matted or unwashed hair, hunger, a nappy left on
_NEGLECT_SIGNS = re.compile(r"\b(?:same\s+clothes|same\s+uniform|matted|unwashed|not\s+been\s+washed|"
                            r"(?:hasn'?t|hasnt|never)\s+(?:been\s+)?(?:washed|bathed|changed)|always\s+hungry|"
                            r"starving|not\s+been\s+fed|nappy|nappies|social\s+services|neglect(?:ed)?|"
                            r"who\s+(?:do|should|can)\s+i\s+(?:tell|talk\s+to|contact))\b")
_SMELL_STEREOTYPES_WEAK = frozenset({"cabbage", "onions"})
_OWN_FAMILY = frozenset({"son", "sons", "daughter", "daughters", "kid", "kids", "child",
                         "children", "boy", "boys", "girl", "girls", "lad", "lads", "family",
                         "husband", "wife", "brother", "sister", "twins", "eldest", "youngest",
                         "hubby", "dad", "mum", "brothers", "sisters", "grandad", "nan", "cousin"})
_OWN = frozenset({"my", "our", "me", "mine"})
# insults a writer calls themselves without crudeness ("I'm such an idiot, forgot the PE kit")
# praise words an insult before them does not just intensify ("ugly love" is still said to someone)
_NOT_INTENSIFIED = frozenset({"love", "loved", "yes", "best", "nice", "well", "what", "lucky"})
#: "protected from the nasty comments", "vile messages": a word for what was said or posted,
#: which the adjective describes instead of a person (batches 48-50)
_SAID_THINGS = frozenset({"comments", "comment", "messages", "message", "remarks", "remark", "replies",
                          "reply", "posts", "post", "words", "things", "texts", "dms", "tweets", "trolling"})
#: "a nutter in the best way", "mad in a good way": a mild word for a person taken back as
#: praise straight after it (batches 48-50, fans of a teacher in a viral video)
_AFFECTIONATE_AFTER = (("in", "the", "best", "way"), ("in", "a", "good", "way"),
                       ("in", "the", "best", "possible", "way"), ("in", "the", "nicest", "way"),
                       ("in", "the", "best", "sense"), ("in", "a", "nice", "way"))
_MILD_INSULTS = frozenset({"idiot", "moron", "muppet", "numpty", "plonker", "wally", "twit",
                           "pillock", "prat", "nitwit", "dunce", "dummy", "plank", "doughnut",
                           "melon", "dope", "dork", "dweeb", "loser", "failure", "fool", "clown",
                           "dumbass", "noob", "div"})
_FIRST_PERSON = frozenset({"i", "i'm", "im", "me", "myself", "i've", "ive", "i'll"})
_SELF_LINKS = frozenset({"feel", "felt", "feeling", "like", "such", "being", "been", "am",
                         "was", "bit", "total", "complete", "proper", "right", "a", "an",
                         "absolute", "so", "such", "really", "just", "the", "biggest", "what",
                         "look", "looked", "sound", "sounded", "an"})
# Reports of what a child was called quote the word, they do not aim it: "my son was
# called X", "calling girls X", "words like X", "told her she smells".
_REPORT_VERBS = frozenset({"called", "calling", "call", "calls", "named", "nicknamed",
                           "labelled", "labeled", "branded", "shouting", "shouted", "yelling",
                           "yelled", "wrote", "written", "chanting", "chanted"})
_TOLD = frozenset({"told", "tells", "telling", "tell"})
_REPORT_CUES = frozenset({"son", "daughter", "child", "children", "kid", "kids", "lad", "boy",
                          "girl", "girls", "boys", "pupils", "pupil", "school", "report",
                          "reported", "reporting", "complaint", "complain", "upset", "hurt",
                          "bullied", "bullying", "speak", "meeting", "advice", "help", "act",
                          "tackle", "dealt", "dealing", "happening", "acceptable", "banter",
                          "teacher", "staff", "remind", "stop", "address",
                          # batches 33-35: a nursery's little ones ("told her 5 year old she's
                          # ..."), a voice on the telly ("some bloke shouting '...'")
                          "toddler", "toddlers", "baby", "babies", "nursery", "year", "telly", "tv",
                          "drama", "film", "programme", "neighbour", "neighbours",
                          # batches 69-71: a friend or relative the writer speaks for, and the
                          # tears that follow ("told my friend she was ...; she cried")
                          "friend", "friends", "mate", "mates", "sister", "brother", "cousin",
                          "nephew", "niece", "cried", "crying", "tears"})
# Dismissals ("do one", "jog on") count only as a command: led by nothing but these words
_DISMISS_LEAD = _YOU | frozenset({"just", "go", "and", "now", "so", "oh", "please", "pls",
                                  "honestly", "mate", "well", "yeah", "yes", "lol", "haha",
                                  "omg", "seriously", "can", "should", "could", "better",
                                  "kindly", "right", "ok", "okay", "tbh", "literally",
                                  "actually", "then", "why", "mr", "mrs", "miss", "ms", "sir"})
_DISMISS_NEXT = _YOU | frozenset({"mate", "loser", "lol", "lmao", "haha", "pal", "love", "hun",
                                  "babe", "then", "now", "already", "please", "pls", "mr",
                                  "mrs", "miss", "ms", "sir", "and", "what", "x", "xx", "tbh",
                                  "fr", "lmaooo", "lmfao", "mate"})
# A disability or sexuality word used as the insult itself ("he's so autistic", "ur so gay")
_IDENTITY_AS_INSULT = frozenset({"special", "gay", "autistic", "downs", "special needs", "sen kids", "lesbian",
                                 "deaf", "disabled", "adhd", "dyslexic"})
_IDENTITY_INTENSIFIERS = frozenset({"so", "such", "proper", "well", "dead", "too", "totally", "bit", "abit",
                                    "actually", "literally", "sooo", "soo", "soooo", "mega",
                                    "bare", "hella"})
# words after a group word that make it support, not mockery ("autism friendly")
_SUPPORTIVE_NEXT = frozenset({"friendly", "positive", "inclusive", "awareness", "aware", "pride",
                              "rights", "community", "club", "flag", "month", "week", "support",
                              "supportive", "ally", "allies", "history", "network", "group"})
_PERSON_PRONOUNS = frozenset({"he", "she", "he's", "she's", "hes", "shes", "him", "her"})
# "(((name)))": the echo brackets antisemites put round Jewish names
# a person said to be outwitted by a thing or an animal (batch 52): "I've met more
# intelligent cabbages than the people on that panel", "my dog has more sense than him";
# not "than to ..." nor a thing compared ("than this", "than mine")
_OUTWITTED = re.compile(
    r"\b(?:met|seen|known|had|owned)\s+(?:more\s+(?:intelligent|articulate|competent|capable|sensible|useful)"
    r"|smarter|brighter|cleverer|wiser)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+than\s+(?:you|u|him|her|them|the|those"
    r"|that\s+(?:man|woman|lot|ref|teacher|panel|head)|mr|mrs|miss|ms|sir|[a-z]+'s\s+[a-z]+)\b"
    r"|\bmore\s+(?:sense|brains?|brain\s+cells|intelligence|common\s+sense)\s+than\s+(?:you|u|him|her|them|the\s+\w+"
    r"|those\s+\w+|mr|mrs|miss|ms|sir)\b(?!\s+(?:to|would|will)\b)")
_ECHO = re.compile(r"\(\(\(\s*(?:[^()\s]+|[A-Z][^()\s]*(?:\s+[A-Z][^()\s]*){1,2})\s*\)\)\)")

# --- batches 15-16: pupils in photos and videos, mockery without a listed word ----------
# Pupils named by their year ("year 7s in this are so ugly", "the y9s") are people.
# "year 10 are all ...", "yr 8 r so ...": a year group as the subject of a plural verb
# ("the tablets in Year 3 are useless" names a place, not the pupils)
_YEAR_PUPILS = re.compile(r"(?<![a-z0-9])(?:year|yr|y)\s?(?:[1-9]|1[0-3])s(?![a-z0-9])"
                          r"|(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\bto )(?<!\bat )(?<!from )(?<!\bon )"
                          r"(?<![a-z0-9])(?:year|yr|y)\s?(?:[1-9]|1[0-3])"
                          r"(?=\s+(?:are|r|were|all|lot|lads|girls|boys)(?![a-z0-9]))", re.IGNORECASE)
# "look at the state of him", "state of the new teacher": looks mocked, not a room
_STATE_SCORE = 0.70
_STATE_PERSON_WINDOW = 4
_STATE_THINGS = frozenset({"toilets", "toilet", "playground", "work", "uniform", "uniforms", "books",
                           "behaviour", "handwriting", "lunches", "lunch", "classroom", "classrooms",
                           "coats", "bags", "shoes", "area", "room", "rooms", "garden", "field", "car",
                           "cars", "homework", "reports", "report", "education", "learning", "grades",
                           "results", "mental", "health", "wellbeing", "teeth", "diet", "finances",
                           "funding", "budget", "pay", "wages", "contracts", "workload"})
# "no wonder he has no mates", "no wonder she's single": a life mocked as the insult's proof
_NO_WONDER_SCORE = 0.70
_NO_WONDER_ISOLATION = frozenset({"mates", "friends", "single", "nobody", "noone", "lonely",
                                  "dumped", "divorced", "alone"})
# "she says she's fat", "thinks he's thick": the person's view of themselves, reported
_BELIEF_VERBS = frozenset({"say", "says", "said", "saying", "think", "thinks", "thought", "thinking", "feel", "feels",
                           "felt", "believes", "reckons", "convinced", "worries", "worried",
                           # batches 54-56: a small child's question about herself ("asking if she
                           # looks fat")
                           "asking", "asks", "asked", "wondering", "wonders"})
_SELF_COPULAS = frozenset({"she's", "he's", "shes", "hes", "she", "he", "they're", "theyre", "i'm",
                           "im", "i", "they"})
# people spoken of as a group in a photo or video ("dressed the choir like that ... look
# like a bunch of bin bags"): whom an elided comparison mocks
_PEOPLE_GROUPS = frozenset({"choir", "team", "class", "cast", "squad", "band", "kids", "lot",
                            "children", "pupils", "year", "girls", "boys", "lads", "staff",
                            "teachers", "parents", "mums", "dads"})
# A comment spelled out letter by letter ("m r s x i s a s a d o l d c o w", "f @ g g o t")
# means the word it hides: runs of four or more single characters are joined (leetspeak
# read as letters) and read again; a run that is not one word is searched for the words
# inside it.
# a pupil's form or class as written on a school page: "9r", "10f", "y7", "7b"
_FORM_CODE = re.compile(r"(?:y|yr)?(?:[1-9]|1[0-3])[a-z]{0,2}")
# everyone in a place as the subject of an insult ("everyone at that school is a ...")
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody"})
# batch 40: who threatens to tell everyone what a child is, in a parent's report
_THIRD_PERSON_TELLERS = frozenset({"they", "theyll", "they'll", "he'll", "she'll", "someone", "somebody",
                                   "he", "she", "them", "who"})
# (batch 44: a run may end at a comma or a stop closing its clause, "is a f a g, my ...")
_SPACED_RUN = re.compile(r"(?<!\S)(?:\S[ .\-_*]+){3,}\S(?!\S)|(?<!\S)(?:\S[ .\-_*]+){3,}[a-z0-9](?=[,;:!?]+(?:\s|$))")
_SPACED_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "!": "i", "3": "e",
                              "$": "s", "5": "s", "7": "t", "|": "l"})
_SPACED_SCORE = 0.75
# batch 40: one word broken by a dot, dash or underscore inside it ("sc.um"); not a web
# address, an email or a file name (no dot, @ or slash on either side)
_DOTTED_WORD = re.compile(r"(?<![\w.@/\-])([a-z]{1,6})[.\-_]([a-z]{1,6})(?![\w@/]|[.\-_][a-z0-9])")
_ADDRESS_ENDINGS = frozenset({"com", "uk", "org", "net", "co", "io", "gov", "edu", "ac", "sch", "info", "biz",
                              "me", "tv", "app", "pdf", "doc", "jpg", "png", "txt"})
# batch 41: a spelled-out run that an email domain follows is the address's name part
_EMAIL_AFTER_RUN = re.compile(r"\s*(?:@|\(at\)|\[at\]|at(?![a-z]))\s*[a-z0-9-]+\s*(?:\.|dot(?![a-z]))\s*[a-z]{2,}",
                              re.IGNORECASE)
# commands whose next word, closing the clause, is a vocative ("stfu jess")
# put-downs that are also a writer's lament about their own life ("nobody cares 🙃")
_LAMENTS = frozenset({"nobody cares", "no one cares", "noone cares"})
_SELF_FEELINGS = frozenset({"feel", "feeling", "felt", "my", "me", "myself"})
_RUDE_COMMANDS = frozenset({"stfu", "shut up", "shut it", "gtfo", "piss off", "sod off", "fuck off",
                            "get stuffed", "shut your mouth", "shut your face", "shut ur mouth",
                            "shut ur face", "shut your gob", "shut ur gob", "do one", "jog on",
                            "get lost", "naff off", "bog off"})
# endings of ordinary words, never read as a lower-case name
# words after which a lower-case name may open a clause ("lol kenzie looks like ...")
_PUT_DOWN_OPENERS = frozenset({("nobody", "asked"), ("nobody", "cares"), ("no", "one"), ("noone", "asked"),
                               ("noone", "cares"), ("who", "asked"), ("cry", "more"), ("get", "lost")})
_NAME_LEADS = frozenset({"lol", "lmao", "omg", "ok", "okay", "honestly", "tbh", "ngl", "and", "but",
                         "cos", "coz", "because", "like", "fr", "bruh", "wow", "haha", "oi", "yeah",
                         "yh", "ye", "nah", "hey"})
_NOT_NAME_ENDINGS = ("ing", "ed", "tion", "sion", "ness", "ment", "able", "ible", "ful", "ous", "ist",
                     "ism", "ity", "est", "ies", "ish", "less", "ward", "wards", "cus", "ics")
# "I hope the whole staff get food poisoning": harm wished on a person
_ILL_WISH_SCORE = 0.70
_WISH_WORDS = frozenset({"hope", "hoping", "hopefully", "wish", "praying", "pray"})
_HARM_WORDS = frozenset({"poisoning", "cancer", "crash", "crashes", "crashed", "drown", "drowns",
                         "rot", "rots", "suffer", "suffers", "choke", "chokes", "dies", "die",
                         "nits", "diarrhoea", "diarrhea", "leprosy", "plague", "trips", "falls",
                         "breaks", "flattened", "squashed", "run", "hit"})
_HARM_AFTER = {"run": "over", "hit": "by"}  # "run over", "hit by a bus"; alone they are sport
_SKIP_TO_PERSON = frozenset({"the", "that", "this", "whole", "all", "every", "those", "these", "new",
                             "old", "stupid", "useless"})
# words that name a phrase quoted after them rather than say it
_MENTION_WORDS = frozenset({"about", "called", "named", "titled", "calling", "term", "word", "phrase",
                            "videos", "video", "posts", "memes", "theory",
                            # regional spellings of "about" (Scots, Geordie, London)
                            "aboot", "aboat", "abaht", "abart"})
# derogations that are also verbs of what a person suffers, and what makes them so
_ACTS_ON_PEOPLE = frozenset({"drag", "drags", "dragging", "dragged", "pinching", "nicking", "robbing",
                             "caged", "sent home", "sent back", "kicked out", "banned", "locked up"})
_ACT_OBJECTS = frozenset({"him", "her", "me", "us", "them", "my", "our", "his", "their"})
# what follows "i'll get you" in an offer rather than a threat (batch 53)
_OFFERED = frozenset({"two", "three", "four", "five", "ten", "hundreds", "thousands", "free", "cheap",
                      "followers", "likes", "views", "tickets"})
_QUANTITY = re.compile(r"[0-9][0-9,.]*[km]?", re.IGNORECASE)
_DRAG_VERBS = frozenset({"drag", "drags", "dragging", "dragged"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_MOTION_OBJECTS = _DETERMINERS | frozenset({"to", "into", "onto", "towards", "my", "his", "her", "their"})
_MOTION_WORDS = frozenset({"down", "up", "along", "across", "over", "through"})
_PASSIVE_AUXILIARIES = frozenset({"gets", "got", "get", "getting", "was", "is", "being", "been", "were"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"})
_SCHOOL_SENT = frozenset({"for", "from", "early", "sick", "ill", "with", "after", "again", "today"})
# doxxing: a third person's home address or private number posted for others to use ("the
# head lives at 7 ... Avenue, go and ask him", "that's mr x's personal number, tell him what
# you think"); not the writer's own ("we live at ...", "my nan lives at ...") nor an office
# the street suffixes are personal information's own list (one list, read the same way by
# both detectors: "ln", "dr", "park", "square", "rise" ...)
_DOX_ADDRESS = re.compile(rf"(?<![0-9])[0-9]{{1,4}}[a-z]?,?\s+(?:[a-z']+\s+){{1,2}}{_STREET_SUFFIX}\b")
_DOX_LIVES = re.compile(r"\b(?:lives|living|stays|home\s+address|house\s+is|address\s+is)\b"
                        # batch 47: a person's address named as theirs ("the head's address", "her address")
                        r"|\b(?:head|teacher|headteacher|head\s+teacher|deputy|his|her|their)(?:'s)?\s+(?:home\s+)?address\b")
_DOX_OWN = re.compile(r"\b(?:i|we|i'm|im|we're|my\s+\w+|our\s+\w+)\s+(?:live|lives|stay|stays|living|are\s+at|is\s+at)\b"
                      r"|\b(?:my|our)\s+(?:home\s+)?(?:address|house|flat)\b"
                      # the school's own address given out ("is the school office")
                      r"|\bschool(?:'s)?\s+(?:office|address|reception)\b")
# ... and the call that makes it a doxxing: others sent to the person
_DOX_CALL = re.compile(r"\b(?:tell|ask|ring|phone|text|message|visit|show)\s+(?:him|her|them|the\s+\w+)\b|\blet\s+(?:him|her|them)\s+know"
                       # batch 47: the address given for a crowd to use ("for anyone going on saturday",
                       # "make him feel welcome", "there's plenty of us", "she leaves at 7.40")
                       r"|\bfor\s+any(?:one|body)\s+(?:going|heading|popping|who\s+wants)|\bmake\s+(?:him|her|them)\s+feel\b"
                       r"|\bthere'?s\s+(?:plenty|loads|lots|enough)\s+of\s+us\b|\b(?:he|she)\s+leaves\s+(?:home\s+)?(?:at|every|by)\b"
                       r"|\bgive\s+(?:him|her|them)\s+a\s+(?:ring|call|bell|visit|knock)|\bpay\s+(?:him|her|them)\s+a\s+visit"
                       r"|\bgo\s+(?:and|round|over|to)\b|\bpop\s+round|\bknock\s+on|\bsend\s+(?:your|ur|all\s+your)\b"
                       r"|\bwhat\s+(?:you|u|ya)\s+think|\bjust\s+saying|\byou\s+know\s+what\s+to\s+do|\bdo\s+with\s+that"
                       r"|\b(?:should|needs?\s+to|must|ought\s+to)\s+know\b|\bknow\s+who\s+(?:it|he|she|they)\s+(?:is|are)\b"
                       r"|\bspread\s+(?:the\s+word|it|this)|\bshare\s+(?:this|it)\b|\btell\s+every(?:one|body)\b"
                       # batches 33-35: the address capped with an accusation ("... green door.
                       # pervert"): a crowd told where the offender it names lives
                       r"|\b(?:pervert|perv|paedo|pedo|paedophile|pedophile|nonce|groomer|predator|child\s+abuser)s?\s*[.!]*\s*$")
_DOX_RESIDENT = re.compile(r"\b(?:mr|mrs|miss|ms|sir|head|headteacher|teacher|organiser|organizer|governor|he|she|dad|mum|"
                           r"man|woman|lady|bloke|deputy|caretaker|family|chair|vicar|imam|councillor|coach)\b"
                           # batch 42: a pupil named as the culprit ("the lad who threw the first punch")
                           r"|(?<!my\s)(?<!our\s)\b(?:lad|lass|boy|girl|kid|pupil|student)\s+(?:who|that|from|in)\b"
                           # a bare surname opening the post ("dunmore lives at ...")
                           r"|^\s*[a-z]+\s+lives\b")
_DOX_PRIVATE_NUMBER = re.compile(r"\b(?:personal|private|home|own)\s+(?:phone\s+|mobile\s+)?(?:number|no|mobile|phone)\b")
_DOX_DIGITS = re.compile(r"(?:[0-9][\s-]?){10,}")
# outing: a pupil or adult named as trans, gay, ... for everyone to know ("the trans kid is
# <First Last> in year 8, everyone should know who it is")
_OUTING = re.compile(r"\b(?:trans|transgender|gay|lesbian|bi|bisexual|non\s?binary|queer)\s+(?:kid|pupil|boy|girl|lad|lass|"
                     r"teacher|one|student|child)\s+(?:is|was|=|-|:)\s+(?:called\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)?")
_DOX_SCORE = 0.75
# ... the dismay that makes an appointment's identity the objection (see AbuseDetector.__init__)
_APPOINTMENT_DISMAY = re.compile(
    r"\b(?:this|the|our)\s+(?:town|country|school|place|world|area)\s+is\s+(?:finished|done|doomed|over|gone|ruined)"
    r"|\b(?:that'?s|thats|is\s+that)\s+who\s+(?:you|u|they)\s+(?:picked|chose|hired|appointed|went\s+for)"
    r"|\bwill\s+love\s+that,?\s+not\b|\bwhat\s+could\s+(?:possibly\s+)?go\s+wrong"
    r"|\b(?:god|heaven)\s+help\s+(?:us|them|the\s+kids)|\bdiversity\s+hire|\btick(?:ing|ed)?\s+(?:a\s+)?box"
    r"|\b(?:pathetic|disgrace|joke)\b|\b(?:won'?t|wont|not\s+gonna)\s+last\b")
# batches 69-71: a pupil outed by name. A full name placed in a class or year ("Sam Reyes in
# 9H", "Sam Reyes (year 8)", "everyone in 10B knows Sam Reyes") together with that child's
# sexuality or gender identity, or a same-sex kiss or family, told to others: the disclosure
# is the harm, whatever the tone. The name is read in the original (capitals).
_PUPIL_NAMED = re.compile(r"(?<![\w@.])([A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2})\s*[,(-]?\s*(?:in\s+|from\s+)?"
                          r"(?:(?:year|yr|y)\s?\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b)"
                          r"|\b(?:in|from)\s+(?:(?:year|yr|y)\s?\d{1,2}|\d{1,2}[A-Z]{1,2})\b[^.!?\n]{0,30}?"
                          r"(?<![\w@.])([A-Z][a-z]+\s+[A-Z][a-z'-]+)")
_IDENTITY_TOLD = re.compile(
    r"\b(?:is|was|are|'s|s|who's|whos|who\s+is|being|as)\s+(?:(?:a|an|so|massive|proper|totally|secretly|defo|"
    r"definitely|deffo|actually|now|the|one|apparently|obviously)\s+){0,2}[\"'\u201c\u2018]?"
    r"(?:gay|lesbian|lesbo|bi|bisexual|trans|transgender|queer|non-?binary|questioning)(?![-\w])"
    r"|\b(?:has|got|with)\s+(?:two|2)\s+(?:mums|moms|mams|dads)\b"
    r"|\b(?:kissed|kissing|snogged|snogging|dating|seeing|going\s+out\s+with|fancies)\s+(?:a|another)\s+"
    r"(?:girl|boy|lad|lass)\b"
    r"|\b(?:came|come|coming)\s+out(?:\s+as\b|\s*(?:[.!,]|$))"
    r"|\b(?:gay|lesbian|bi|trans|transgender|queer|non-?binary)\s+(?:kid|one|boy|girl|lad|lass|pupil|child)\b")
# ... not the writer naming themself ("I'm Sam Reyes in 9H and I'm gay")
_SELF_NAMED = re.compile(r"\b(?:i'm|im|i\s+am|my\s+name\s+is|me,?)\s*$")
_ANY_DIGIT = re.compile(r"[0-9]")
# "calling teachers <insult> is disgusting": the writer condemns the name-calling
_CONDEMNED_CALLING = re.compile(r"\b(?:calling|call|name\s+calling)\s+(?:[\w'*]+\s+){1,4}(?:is|was|are|isn't|isnt)\s+"
                                r"(?:so\s+|just\s+|absolutely\s+|really\s+|totally\s+|completely\s+)?"
                                r"(?:disgusting|vile|wrong|unacceptable|out\s+of\s+order|shameful|disgraceful|not\s+ok|"
                                r"not\s+okay|not\s+on|on|ok|okay|acceptable|pathetic|low|sick|horrible|nasty|bullying)\b")
# a place said to smell of a group's food since it changed
# batch 42: what is said about a group ("the comments about the traveller families are
# disgusting"): a put-down of the words, not of the group
_SPEECH_NOUNS = frozenset({"comments", "comment", "remarks", "remark", "posts", "post", "messages", "jokes",
                           "joke", "language", "abuse", "slurs", "names", "lies", "rumours", "rumors", "things",
                           "stuff", "attitude", "attitudes", "views", "opinions", "hatred", "hate", "racism"})
_ABOUT = frozenset({"about", "towards", "toward", "against", "aimed", "regarding"})
_GROUP_DETERMINERS = frozenset({"the", "those", "these", "our", "all", "local", "new", "poor"})
# batch 44: the words that close a street's name ("Church Lane", "Station Road"), so the
# capitalised word before them is no person's name
_STREET_WORDS = frozenset({"lane", "road", "street", "avenue", "close", "crescent", "drive", "terrace", "grove",
                           "ln", "rd", "st", "ave"})
_CHANGED_PLACES = frozenset({"school", "street", "road", "estate", "town", "area", "village", "bus", "class",
                             "classroom", "playground", "neighbourhood", "city", "high", "place"})
_CHANGE_MARKERS = frozenset({"now", "nowadays", "these", "anymore", "since", "used", "lately", "days"})
_FEARS = frozenset({"scared", "afraid", "worried", "terrified", "frightened", "petrified", "fear", "panicking"})
_SPACED_MIN_INSIDE = 4  # letters of a word found inside a run; shorter only at its end

_TRIGGER_KINDS = frozenset({"insult", "profanity", "slur", "group", "hate_phrase", "dismissal"})
# A masked word starts where a run of '*'/'#' starts: trying every position of a long run
# again would be quadratic on hostile text, and can match nothing the run start did not.
_TOKEN = re.compile(r"[a-z0-9]+(?:['*#][a-z0-9*#]+)*|(?<![*#])[*#]+[a-z0-9]+|[a-z]+[*#]+")
_WORD = re.compile(r"[a-z0-9']+")  # the pre-check's cheaper tokenisation (masks handled apart)
# (not the colon of a video's timestamp: "the lad at 1:11 is ...")
_CLAUSE_BREAK = re.compile(r"[.!?;,\n()\"]|(?<![0-9]):|:(?![0-9])|\s-\s")
_SENTENCE_BREAK = re.compile(r"[.!?;\n]+")  # "?!" and "..." end one sentence, not two


@dataclass(frozen=True)
class LexiconEntry:
    term: str  # the lexicon's own (folded) form
    kind: str  # insult, profanity, slur, group, derogation(_before), hate_phrase, target, emphasis, hard_negative
    severity: int = 0
    target: str = "none"
    # slurs only: "always" hate, or hate only with one of the target cues of its tier
    # (_TIER_CUES): "person_or_group", "addressed_or_group", "group"
    tier: str = "always"


class Lexicon:
    """The folded lexicon, keyed by word sequences for dictionary lookup."""

    def __init__(self, data: dict[str, Any]):
        self.entries: dict[str, list[LexiconEntry]] = {}
        self.first_words: set[str] = set()  # first words of multi-word phrases
        self.prefixes: set[str] = set()  # every leading run of two or more words of a phrase
        self.max_words = 1
        for sev_key, terms in data["insults"].items():
            for term in terms:
                # plurals only: "freaking" and "lying about the date" are not insults
                self._add(term, "insult", int(sev_key[-1]), suffixes=("s", "es"))
        for sev_key, terms in data["profanity"].items():
            for term in terms:
                self._add(term, "profanity", int(sev_key[-1]))
        for target, terms in data["slurs"].items():
            for term in terms:
                self._add(term, "slur", 3, target)
        # batch 39: a slur of two words is written as one just as often ("<word><word>"): the
        # joined spelling is the same slur (plural only, as it is a noun)
        for target, terms in data["slurs"].items():
            for term in terms:
                joined = fold_term(str(term)).replace(" ", "")
                if " " in fold_term(str(term)) and joined not in self.entries:
                    self._add(joined, "slur", 3, target, suffixes=("s",))
        # batch 39: slurs that are also words of another sense once inflected ("crippled
        # by debt"): read only as listed, without suffixes
        for target, terms in data.get("slurs_plain", {}).items():
            for term in terms:
                self._add(term, "slur", 3, target, suffixes=False)
        for tier in _TIER_CUES:
            for target, terms in data.get(f"slurs_{tier}", {}).items():
                for term in terms:
                    self._add(term, "slur", 3, target, tier=tier)
        self.group_terms: list[str] = []  # folded protected-group words, for the hate frames
        for target, terms in data["groups"].items():
            for term in terms:
                # plurals only: "blacked out", "blinding" name no group
                self._add(term, "group", 0, target, suffixes=("s", "es"))
                self.group_terms.append(fold_term(str(term)))
        for term in data["derogations"]:
            self._add(term, "derogation")
        for term in data["derogations_before_group"]:
            self._add(term, "derogation_before", suffixes=False)
        for term in data["derogations_after_group"]:
            self._add(term, "derogation_after", suffixes=False)
        for target, terms in data["hate_phrases"].items():
            for term in terms:
                self._add(term, "hate_phrase", 3, target)
        for line in data["person_targets"]:
            for term in str(line).split("|"):
                if term.strip():
                    self._add(term, "target", suffixes=False)
        for term in data["emphasis_positive"]:
            self._add(term, "emphasis", suffixes=False)
        for term in data["hard_negatives"]:
            self._add(term, "hard_negative", suffixes=False)
        # "a joke of a woman": every noun with every person word is an insult of severity 2
        frame = data.get("of_a_frame") or {}
        for noun in frame.get("nouns", ()):
            for person in frame.get("persons", ()):
                self._add(f"{noun} of a {person}", "insult", 2, suffixes=False)
        for term in data.get("comparison_nouns", ()):
            self._add(term, "comparison", suffixes=("s", "es"))
        for term in data.get("dismissals", ()):
            self._add(term, "dismissal", suffixes=False)
        # a slur listed in its own right is read as listed, not also as a suffixed form of
        # another ("...ed" of a noun): its tier decides
        for key, entries in self.entries.items():
            if any(e.kind == "slur" and e.term == key for e in entries):
                entries[:] = [e for e in entries if e.kind != "slur" or e.term == key]
        # one word every finding must contain (the longest non-stop-word of its phrase): a
        # comment with none of them (most comments) is dismissed after one set intersection
        # ... except a phrase made only of everyday words ("do one", "get lost"): it is
        # triggered by its first and last words together, so "one" alone costs nothing
        triggers: set[str] = set()
        self.pair_triggers: dict[str, set[str]] = {}  # last word -> first words
        for key, entries in self.entries.items():
            if not any(e.kind in _TRIGGER_KINDS or e.kind == "comparison" for e in entries):
                continue
            rarest = _rarest(key)
            parts = key.split(" ")
            if len(parts) > 1 and (rarest in _USUAL or rarest in STOP_WORDS) and all(
                    e.kind in {"dismissal", "insult"} for e in entries):
                first, second = sorted(dict.fromkeys(parts), key=len, reverse=True)[:2]
                self.pair_triggers.setdefault(first, set()).add(second)
            else:
                triggers.add(rarest)
        self.triggers = (frozenset(triggers) | _THREAT_VERBS | _SMELL_VERBS | (_HARM_WORDS - {"run", "hit"})
                         | {"face", "state", "wonder"})
        # phrases with their spaces taken out ("oldcow"), for words found inside a spelled-out run
        self.joined: dict[str, list[LexiconEntry]] = {}
        for key, entries in self.entries.items():
            if " " in key:
                self.joined.setdefault(key.replace(" ", ""), []).extend(
                    e for e in entries if e.kind in {"insult", "profanity", "slur"})
        # masked single words ("f***") are compared against same-length insults/profanity/slurs
        self.maskable: dict[tuple[str, int], list[str]] = {}
        for key, entries in self.entries.items():
            # short tiered slurs ("fags") would read "f***ing" as a slur: never a masked reading
            if " " not in key and any(e.kind in {"insult", "profanity", "slur"} for e in entries) and not (
                    all(e.kind == "slur" and e.tier != "always" and len(e.term) <= 4 for e in entries)):
                self.maskable.setdefault((key[0], len(key)), []).append(key)
        # batch 42: a group's name with a letter or two masked ("m*slims out of ..."): read only
        # when the word is long enough that the letters shown leave no other reading
        self.maskable_groups: dict[tuple[str, int], list[str]] = {}
        for key, entries in self.entries.items():
            if " " not in key and len(key) >= 5 and any(e.kind == "group" for e in entries):
                self.maskable_groups.setdefault((key[0], len(key)), []).append(key)
        # strong words written with some or all vowels left out ("retrd", "btch"): every such
        # spelling of a slur or a severity-2+ insult or profanity whose consonants number four
        # or more (shorter skeletons collide with ordinary words), unless it is an entry itself
        self.skeletons: dict[str, list[LexiconEntry]] = {}
        for key, entries in self.entries.items():
            if " " in key:
                continue
            strong = [e for e in entries if e.term == key and (
                e.kind == "slur" or (e.kind in {"insult", "profanity"} and e.severity >= 2))]
            if not strong or len(_skeleton(key)) < 4:
                continue
            for variant in _vowel_drops(key):
                if variant not in self.entries:
                    seen = self.skeletons.get(variant)
                    if seen is None or len(seen[0].term) > len(key):
                        self.skeletons[variant] = strong  # the shortest term wins

    def _add(self, term: str, kind: str, severity: int = 0, target: str = "none",
             suffixes: tuple[str, ...] | bool = True, tier: str = "always") -> None:
        folded = " ".join(_TOKEN.findall(fold_term(str(term))))
        if not folded:
            return
        entry = LexiconEntry(folded, kind, severity, target, tier)
        words = folded.split(" ")
        forms = {folded}
        if suffixes:
            last = words[-1]
            stem = last[:-1] if last.endswith("e") else last
            for suffix in (_SUFFIXES if suffixes is True else suffixes):
                if suffix == "es" and not last.endswith(_ES_ENDINGS):
                    continue  # "rat" + "es" is "rates": "-es" makes plurals of "-s", "-x", "-ch" ... only
                forms.add(" ".join(words[:-1] + [last + suffix]))
                forms.add(" ".join(words[:-1] + [stem + suffix]))
            if last.endswith("y") and len(last) > 2:
                forms.add(" ".join(words[:-1] + [last[:-1] + "ies"]))  # country -> countries
        for form in forms:
            self.entries.setdefault(form, [])
            if entry not in self.entries[form]:
                self.entries[form].append(entry)
        if len(words) > 1:
            self.first_words.add(words[0])
            self.max_words = max(self.max_words, len(words))
            for form in forms:
                parts = form.split(" ")
                for k in range(2, len(parts) + 1):
                    self.prefixes.add(" ".join(parts[:k]))

    def lookup(self, key: str) -> list[LexiconEntry]:
        found = self.entries.get(key)
        if found is not None:
            return found
        if key in self.skeletons:
            return self.skeletons[key]
        if ("*" in key or "#" in key) and " " not in key and key[0].isalpha():
            # the masked reading most likely meant: the most severe term that fits
            best: list[LexiconEntry] = []
            best_rank = (-1, -1)
            for candidate in self.maskable.get((key[0], len(key)), ()):
                if all(c == k or k in "*#" for c, k in zip(candidate, key)):
                    entries = self.entries[candidate]
                    rank = max((e.severity, e.kind == "profanity") for e in entries)
                    if rank > best_rank:
                        best, best_rank = entries, rank
            masked = sum(key.count(ch) for ch in "*#")
            if not best and masked <= 2 and len(key) - masked >= 4:
                for candidate in self.maskable_groups.get((key[0], len(key)), ()):
                    if all(c == k or k in "*#" for c, k in zip(candidate, key)):
                        return [e for e in self.entries[candidate] if e.kind == "group"]
            return best
        return []


# words too common in school comments to make a good trigger for a phrase
_COMMON = STOP_WORDS | frozenset({"school", "going", "gonna", "send", "sent", "kids", "kid",
                                  "people", "teacher", "teachers", "parents", "came", "kind",
                                  "watch", "come", "want", "dont", "don't", "like", "run",
                                  "children", "child", "country", "home", "good", "you're",
                                  "youre", "your", "you"})


# everyday words a phrase should not be triggered by when it has a rarer one ("pig of a
# girl" by "pig", "get back in your box" by "back")
_USUAL = _COMMON | frozenset({
    "man", "can't", "cant", "head", "girl", "real", "that's", "thats", "life", "live", "woman",
    "use", "christmas", "uniform", "everybody", "hard", "person", "wonder", "dinner", "sad",
    "straight", "lads", "box", "eyes", "single", "couldn't", "lady", "paper", "wrong", "know",
    "there", "love", "need", "look", "he's", "she's", "little", "away", "wants", "lost", "left",
    "try", "long", "bus", "act", "cry", "mums", "yourself", "changed", "grow", "even", "pick"})


def _rarest(phrase: str) -> str:
    words = phrase.split(" ")
    for common in (_USUAL, _COMMON, STOP_WORDS):
        content = [w for w in words if w not in common and w.replace("'", "") not in common]
        if content:
            return max(content, key=len)
    return max(words, key=len)


def _skeleton(word: str) -> str:
    """A word without its vowels ("retard" -> "rtrd")."""
    return "".join(ch for ch in word if ch not in _VOWELS)


def _spaced_out(view: Any, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` of ``view`` was written with its letters apart
    ("a t w a t"): its span in the original is longer than the word."""
    o_start, o_end = view.to_original(start, end)
    return o_end - o_start > end - start


def _vowel_drops(word: str) -> set[str]:
    """Every spelling of ``word`` with one or more of its vowels left out (at most 64)."""
    vowels = [i for i, ch in enumerate(word) if ch in _VOWELS][:6]
    out = set()
    for mask in range(1, 1 << len(vowels)):
        drop = {vowels[b] for b in range(len(vowels)) if mask >> b & 1}
        out.add("".join(ch for i, ch in enumerate(word) if i not in drop))
    return out


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return Lexicon(yaml.load(fh, Loader=loader))


@dataclass
class _Hit:
    entry: LexiconEntry
    first: int  # token index range [first, last]
    last: int
    start: int  # span in the folded loose view
    end: int


# --- hate frames ------------------------------------------------------------------------
# The lexicon knows group words and fixed hate phrases; new wording reuses a few frames
# instead: a group (named, or vaguely "these people", "your sort") with dehumanising words
# ("breed like rats", "swarming"), with expulsion ("send them back", "deport"), with
# "taking our" jobs, houses or school places, or a claim on the nation ("this is England,
# not <country>"). Each frame is a co-occurrence of word classes within a window, so
# "these people breed like rats" and "them lot are swarming in" are caught without either
# phrase being listed, while anti-racism and celebration words near the evidence veto it.
_HATE_FRAME_WORDS: dict[str, str] = {
    # filled with the lexicon's group words in _hate_frames()
    "group_specific": r"foreigners?|immigrants?|migrants?|illegals|asylum\s+seekers?|asylum\s+(?:lot|mob|crowd|families|kids)|incomers|travellers|gypsies|eastern\s+europeans|islamists?"
                      r"|m[ae]n\s+in\s+(?:a\s+)?dress(?:es)?|blokes?\s+in\s+(?:a\s+)?dress(?:es)?|wheelchairs?|headscarf|headscarves|hijabs?|burkas?|turbans?",
    # blame, stereotype and exclusion without a dehumanising word: "<group> ruin every
    # school", "a drain on everyone", "diversity hire", "it's unnatural", "special treatment"
    "blame": r"ruin(?:s|ed|ing)?\s+(?:\w+\s+)?(?:school|schools|area|areas|town|towns|country|neighbourhoods?|everything|it\s+for\s+everyone|standards|communit\w+)|drag(?:s|ging)?\s+(?:\w+\s+)?down|bring(?:s|ing)?\s+down\s+(?:the\s+)?(?:standards?|area|school|grades)|lower(?:s|ing)?\s+(?:the\s+)?standards"
             r"|(?:slow|slows|slowing|hold|holds|holding)\s+(?:every(?:one|body)|us|the\s+(?:class|others|rest))\s+(?:down|back)|even\s+in\s+a\s+normal\s+class|drain\s+on|burden\s+on|waste\s+of\s+(?:\w+\s+)?(?:money|space|resources)|never\s+contribute|contribute\s+nothing|don'?t\s+(?:even\s+)?(?:try|bother)\s+to\s+(?:fit\s+in|integrate|learn)"
             r"|won'?t\s+integrate|(?:don'?t|dont|never)\s+belong|special\s+treatment|always\s+get\s+(?:everything|special|away)|get\s+everything\s+(?:handed|free|for\s+free)"
             r"|unnatural|(?:gay|trans|woke|lgbt\w*)\s+agenda|agenda|diversity\s+hire|only\s+got\s+the\s+job\s+because|box\s+ticking|token"
             r"|nick\s+anything|steal\s+anything|thiev\w*|freaks?|shouldn'?t\s+be\s+(?:teaching|allowed|near|around|working)|keep\s+(?:them|it|your\s+\w+\s+\w+)\s+away\s+from"
             r"|be\s+done\s+with\s+them|wall\s+(?:around|round)|foreign\s+country"
             # batches 15-16: stereotypes of greed and disease pinned on a group
             r"|(?:only|just)\s+cares?\s+about\s+(?:the\s+)?money|money\s+grabb\w*|penny\s+pinch\w*"
             r"|brought\s+(?:\w+\s+)?(?:covid|corona\w*|the\s+virus|a\s+virus|diseases?|germs)|(?:covid|virus|disease)\s+(?:carriers?|spreaders?)"
             # ... and sameness, benefits, takeover, many wives, theft said of a group
             r"|(?:they|them|those|these)\s+(?:all\s+)?look\s+the\s+same(?!\s+as)|can'?t\s+tell\s+(?:them|any\s+of\s+them|the\s+\w+(?:\s+\w+)?)\s+apart"
             r"|(?:come|came|coming)\s+(?:over\s+)?here\s+for\s+(?:the\s+)?(?:benefits|free\s+\w+|handouts|council\s+houses)|here\s+for\s+(?:the\s+)?(?:benefits|handouts)(?!\s+of\b)"
             r"|islami[sz]ation|(?:\d|two|three|four|five|several|multiple)\s+wives"
             # batches 17-18: clannishness, greed and fraud, theft, "mental illness", "explains a lot",
             # a group blamed for holding others up
             r"|stick(?:ing|s)?\s+together|no\s+integration|(?:won'?t|don'?t|never)\s+mix\b"
             r"|always\s+(?:want(?:s|ing)?|after|asking\s+for|begging\s+for|on\s+about)\s+(?:\w+\s+)?(?:money|cash|handouts)"
             r"|behind\s+(?:the|this|that|every|all\s+the)\s+(?:\w+\s+)?(?:scams?|fraud|fiddle|fiddling)|scammers?|on\s+the\s+(?:fiddle|take)"
             r"|(?:stealing|nicking|pinching)\s+again|lock\s+up\s+your|(?:always|forever)\s+(?:stealing|nicking|thieving)"
             r"|mental(?:ly)?\s+ill(?:ness)?|thinks?\s+(?:he'?s|hes|she'?s|shes|they'?re)\s+a\s+(?:girl|boy|woman|man|lady|bloke)"
             r"|explains\s+(?:a\s+lot|everything|it\s+all)|that\s+explains\s+it"
             r"|hold(?:s|ing)?\s+up\s+(?:the\s+)?(?:whole\s+)?(?:trip|class|lesson|queue|everyone|everybody|us|bus|coach|line|rest)"
             # batches 21-24: clannishness pinned on a group member ("covering for her own lot")
             r"|(?:covering|cover(?:s|ed)?|sticking|sticks?|stuck)\s+(?:up\s+)?for\s+(?:her|his|their)\s+own|(?:her|his|their)\s+own\s+(?:lot|kind)\b"
             r"|(?:nicked|pinched|stole|nicking|pinching)\s+(?:the|our|my|all|everything)\b(?!\s+show)|(?:not|isn'?t)\s+(?:our|my)\s+country\s+any\s?more|don'?t\s+recogni[sz]e\s+(?:this|our|my)"
             # batch 39: trouble, cards and money pinned on a group in an argument ("always the
             # <group> causing trouble", "play the race card", "all about the money", "follow
             # the money"), newcomers who "come over here and ...", standards said to have
             # fallen since, a group called a nightmare, a way of life "pushed on" the children
             r"|caus(?:e|es|ing)\s+(?:all\s+)?(?:the\s+)?(?:trouble|problems|bother|aggro)|trouble\s?makers?|full\s+of\s+(?:them|em)(?![a-z])"
             r"|(?:play|plays|playing|played|pull|pulls|pulling)\s+the\s+(?:race|racism|religion|disability|victim)\s+card"
             r"|(?:all|always)\s+about\s+(?:the\s+)?(?:money|cash)|follow\s+the\s+money"
             r"|(?:come|comes|came|coming)\s+over\s+here\s+and|standards\s+(?:have\s+|has\s+)?(?:dropped|gone\s+down|fallen|slipped|plummeted)"
             r"|(?:are|r)\s+(?:a|an|such\s+a)\s+(?:absolute\s+|total\s+|complete\s+|real\s+)?(?:nightmare|menace|liability|burden)"
             r"|push(?:es|ing|ed)?\s+(?:it|that|this|(?:her|his|their)\s+\w+)\s+(?:on|onto)\s+(?:the\s+|our\s+|my\s+)?(?:kids|children|girls|boys|pupils|class)"
             # batches 42-44: a stereotype pinned on one member and so on the whole group: greed
             # ("whatever makes him money"), theft and copying ("it's probably stolen", "they copy everything"), fraud ("check your bank accounts"), and the sneer that the
             # culprit's group was only to be expected ("of course the one throwing punches is ...")
             r"|(?:whatever|anything|what)\s+(?:\w+\s+)?(?:makes?|gets?|earns?)\s+(?:him|her|them)\s+(?:the\s+most\s+|more\s+|a\s+bit\s+of\s+)?money"
             r"|(?:it'?s|its|that'?s|thats)\s+(?:probably|prob|defo|definitely)\s+(?:been\s+)?(?:stolen|nicked|copied)"
             r"|(?:they|always)\s+(?:just\s+)?cop(?:y|ies|ying)\s+(?:everything|everyone|every\w+)"
             r"|(?:check|hide|guard|count|lock\s+up)\s+(?:your|ur|yer)\s+(?:bank\s+accounts?|wallets?|purses?|valuables|pin\s+numbers?)"
             # batch 47: a people's name said as a sneer closing its clause ("typical gypsies.")
             r"|typical\s+[a-z]+s(?=\s*(?:[.!?,;:]|$))"
             # batches 66-68: a people said to be favoured over "us" ("everything handed to
             # them", "rigged for them", "... get all the help, we get nothing"), to be the
             # problem, or to bring crime to our streets
             r"|(?:everything|it\s+all|all\s+of\s+it)\s+(?:just\s+)?handed\s+(?:to|over\s+to)\s+(?:them|em)\b"
             r"|rigged\s+(?:for|in\s+favour\s+of|in\s+favor\s+of)\s+(?:them|em|their\s+lot)\b|rigged\s+in\s+their\s+favou?r"
             # (the "we get nothing" read ahead, so the evidence stays short beside the people)
             r"|(?:get|gets|got|given|getting)\s+(?:all\s+the\s+\w+|everything|priority\s+\w+|first\s+(?:pick|dibs|choice))"
             r"(?=[^.!?]{0,50}?\b(?:we|us|locals|our\s+\w+|my\s+\w+)\s+(?:get|gets|got|are\s+left\s+with)\s+(?:nothing|none|nowt|zilch|zero|sod\s+all|the\s+scraps)\b)"
             r"|(?:are|r|is)\s+(?:the\s+)?(?:real\s+|whole\s+|main\s+|only\s+)?problem(?:\s+here)?(?=\s*(?:[.!?,;:]|$))"
             r"|bring(?:s|ing)?\s+(?:their\s+|all\s+their\s+)?(?:\w+\s+)?(?:wars?|crime|violence|gangs?|knives|drugs|trouble|feuds?)\s+(?:to|into|onto|over\s+to)\s+(?:our|this|these|the)\s+(?:streets?|town|area|estate|schools?|country|city)"
             r"|of\s+course\s+(?:the\s+one|it\s+was\s+(?:the|a)\s+(?:\w+\s+){0,1}\w+)\s+(?:who\s+|that\s+)?(?:throw|threw|start|hit|kick|steal|stole|nick|caus|fight|fought|punch|stab|attack|bull|swear|swore|spit|spat|rob|loot)\w*",
    # "a vile woman who shouldn't be allowed near kids": one woman described (batches 48-50),
    # not women as a sex
    "sex_group": r"girls|women|females?|ladies|woman(?!\s+who\b)",
    "stereotype": r"(?:women|girls|females|ladies)\s+(?:just\s+)?can'?t\s+(?:play|lead|run|manage|coach|referee|throw|kick|fight|park)\b"
                  r"|(?:shouldn'?t|should\s+not)\s+be\s+doing\s+\w+|too\s+(?:thick|stupid|dumb|weak|soft|thick)\s+(?:for|to)\b"
                  r"|stick\s+to\s+(?:netball|the\s+kitchen|cooking|knitting|cheerleading|dolls)|can'?t\s+(?:do|drive|teach|understand|handle)\s+\w+|(?:shouldn'?t|should\s+not)\s+be\s+(?:allowed|teaching|heads?|in\s+charge|leaders?)|belong\s+in\s+the\s+kitchen"
                  r"|too\s+emotional|back\s+(?:in|to)\s+the\s+kitchen|know\s+(?:their|her)\s+place|(?:hormonal|time\s+of\s+the\s+month)",
    "group_vague": r"these\s+people|those\s+people|them\s+lot|this\s+lot|their\s+sort|your\s+sort|your\s+kind|their\s+kind"
                   r"|people\s+like\s+(?:them|that)|that\s+sort|those\s+types|these\s+types|you\s+people|them\s+people|the\s+likes\s+of\s+them",
    "dehumanise_strong": r"breed(?:s|ing)?\s+like|breeding|infest\w*|swarm\w*|vermin|cockroach\w*|subhuman|sub\s+human|invad\w*|invasion|plague"
                         r"|diseased|savages?|apes|monkeys|parasites?|leeches|overrun|flood(?:ing|ed)?\s+in|pouring\s+in|multiply(?:ing)?"
                         # batch 44: a group told it should not have children ("shouldn't breed")
                         r"|(?:shouldn'?t|should\s+not|shouldnt|stop|not\s+be\s+allowed\s+to)\s+(?:be\s+allowed\s+to\s+)?breed(?:ing)?\b"
                         # batch 47: a group said to outbreed and outnumber "us"
                         r"|(?:breed|breeds|breeding|multiply|multiplying)\s+(?:much\s+|so\s+|way\s+)?faster|out-?breed\w*|out-?number(?:s|ing)?\s+(?:us|the\s+(?:english|british|locals|whites?))\b",
    "dehumanise_weak": r"(?:are|r)\s+(?:just\s+|all\s+|naturally\s+|more\s+|so\s+|louder\s+and\s+)*(?:violent|aggressive)\b"
                       r"|look(?:s|ed)?\s+like\s+(?:a\s+)?(?:\w+\s+)?camp|sheep|brainwashed|gang\s+members?|waiting\s+to\s+happen|(?<![0-9]\s)(?:rats|animals)|scum|filth|filthy|dirty|(?<![0-9]\s)(?:pigs|dogs|beasts)|backward|primitive|uncivili[sz]ed|thieves|criminals|rapists|terrorists|smell|stink\w*",
    "expel_strong": r"go\s+back\s+(?:to\s+)?(?:wher(?:e|ever)|your|ur|their|home)|send\s+(?:them|em|the\s+\w+(?:\s+\w+)?)\s+(?:all\s+)?(?:back|home)|sent\s+back"
                    r"|deport\w*|(?:get|kick|throw)\s+(?:them|em)\s+(?:all\s+)?out|get\s+out\s+of\s+(?:our|my)\s+(?:country|school|town)",
    "expel_weak": r"or\s+(?:leave|get\s+out|go\s+home|go\s+back|clear\s+off)"
                  # "why is that <group> boy allowed in the changing room", "someone sort him out"
                  r"|why\s+(?:is|are|was|were)\s+(?:that|this|the|those|these|a|an)\s+(?:\w+\s+){0,2}(?:even\s+)?allowed\s+(?:in|to|near)"
                  r"|another\s+(?:\w+\s+)?(?:in|on|joining|at)\s+(?:the|our)\s+(?:staff\s?room|staff|school|class|team|committee|governors|pta)\b"
                  r"|(?:someone|somebody|need\s+to|needs\s+to)\s+sort\s+(?:him|her|them|em)\s+out|learn\s+our\s+ways|not\s+welcome|(?:don'?t|dont|do\s+not)\s+want\s+(?:them|any\s+more|more|your|their)|shouldn'?t\s+be\s+(?:allowed\s+)?(?:here|in)"
                  # batches 21-24: "nobody wants him in the changing rooms"
                  r"|(?:nobody|no\s+one|noone)\s+wants\s+(?:him|her|them|em)\s+(?:in|at|near|around|here)\b",
    "expel_hard": r"go\s+back\s+(?:(?:to|2)\s+)?(?:wher(?:e|ever)\s+(?:you|u|ya|they|he|she)\s+(?:came|come)\s+from|(?:your|ur|their|his|her)\s+own\s+(?:country|kind))"
                  r"|back\s+where\s+(?:you|u|they)\s+belong|back\s+(?:to|2)\s+(?:your|ur|their)\s+own\s+country"
                  r"|go\s+back\s+(?:to|2)\s+(?:ur|yer|ya|ure)\s+(?:own\s+)?(?:country|land)"
                  # batch 39: "learn the language or go home": the newcomer told to leave
                  r"|(?:learn|speak)\s+(?:the\s+|our\s+|proper\s+)?(?:language|english)\s+or\s+(?:go|get\s+out|leave|clear\s+off|ship\s+out)",
    "taking": r"(?:taking|take|takes|stealing|steal|took|nicking)\s+(?:over\s+)?(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)(?:\w+\s+)?(?:jobs|houses|homes|places|benefits|country|schools|nhs|town|council\s+houses|housing)"
              r"|scroung\w*|(?:our|local)\s+(?:kids'?|children'?s?)\s+places",
    "nation_claim": r"this\s+is\s+(?:england|britain|great\s+britain|the\s+uk|a\s+christian\s+country|our\s+country)|(?:england|britain)\s+(?:is\s+)?for\s+the\s+(?:english|british)"
                    r"|our\s+country|our\s+culture|our\s+way\s+of\s+life|proper\s+(?:english|british)",
    # "got the job to tick a diversity box": a colleague's post put down to who they are
    "token_hire": r"diversity\s+(?:hire|box|boxes|quota|pick)|(?:tick|ticks|ticked|ticking)\s+(?:a|the|their|some)\s+(?:\w+\s+)?(?:diversity|quota|race|ethnic\w*)\s+box"
                  r"|(?:hired|got\s+(?:the|her|his)\s+job|appointed|promoted)\s+(?:\w+\s+){0,2}(?:because|cos|coz|cause)\s+of\s+(?:the\s+)?(?:quotas?|diversity)|quota\s+hire"
                  # batch 44: a pupil's honour put down to who they are ("only got it because of diversity")
                  r"|(?:only|just)\s+(?:got|gets|get|won|given|picked|chosen|made|appointed)\s+(?:\w+\s+){0,3}(?:because|cos|coz|cause)\s+of\s+[\"'\u201c]?(?:diversity|quotas?|(?:his|her|their)\s+(?:race|colou?r|skin|religion))"
                  r"|(?:only|just)\s+(?:got|get|gets|given|won|picked|chosen|hired|made|offered)\s+(?:\w+\s+){0,4}(?:because|cos|coz|cause)\s+(?:she'?s|he'?s|they'?re|she\s+is|he\s+is|they\s+are|of\s+(?:her|his|their))\s+(?:black|asian|muslim|gay|an?\s+(?:woman|girl|female|lass|minority)|female|disabled|trans|colou?r|race|skin|gender|sex)\b",
    "nation_not": r"(?:england|britain|the\s+uk|our\s+country|a\s+christian\s+country)\s*,?\s+not\s+\w+",
    # batch 40: a person's looks called a terrorist's: the terror trope said of someone
    # batch 53: a faith or a people said to be about to blow something up
    "blow_up": r"(?:about\s+to|going\s+to|gonna|gunna|wants?\s+to|gon\s+)\s*blow\s+(?:something|sth|summat|everything|everyone|everybody|us|it|the\s+(?:place|school|college|building|bus|train|plane|gates?))\s+up",
    "terror_look": r"(?:terrorist|bomber)\s+look(?:s|ing)?|look(?:s|ed|ing)?\s+like\s+(?:a\s+)?(?:terrorist|suicide\s+bomber|bomber)",
    # batch 47: LGBT people and the school's own LGBT events ("pride club", "allies") ...
    "lgbt_group": r"pride\s+(?:club|clubs|month|assembly|assemblies|lessons?|week|flags?|events?|parade)|rainbow\s+flags?"
                  r"|lgbt\w*|gays?|lesbians?|bisexuals?|trans(?:gender)?|non-?\s?binary|queers?|homosexuals?|allies",
    # ... called a danger to children or fallen ("paedophile recruitment", "degenerates") ...
    "lgbt_danger": r"pae?do(?:phile)?s?(?:\s+(?:flag|recruitment|recruiting))?|pedo(?:phile)?s?|groomers?|deviants?|degenerates?|predators?"
                   r"|recruit(?:ing|ment|s)?\s+(?:the\s+|our\s+)?(?:kids|children|pupils)",
    # ... or denied as a thing at all ("no such thing", "attention seeking", "a phase")
    "lgbt_denied": r"no\s+such\s+thing(?!\s+as\s+(?:a|an|too)\b)|(?:doesn'?t|don'?t|does\s+not|do\s+not)\s+exist|attention\s+seek\w*|mental\s+illness|just\s+a\s+(?:phase|fad|trend)",
    # e-safety talk and a defence of the club: "how groomers work online", "not groomers"
    "lgbt_safe": r"online|e-?safety|stay(?:ing)?\s+safe|keep(?:ing)?\s+(?:them\s+|kids\s+|children\s+)?safe|(?:not|aren'?t|isn'?t|never)\s+(?:\w+\s+)?(?:groomers?|pae?dos?|predators?|deviants?)"
                 r"|homophob\w*|transphob\w*|ashamed|disgust\w*|report\w*|kindest|bullied|support",
    # batches 54-56: one person's wheelchair ("his mum is in a wheelchair"), no people
    "one_aid": r"(?:in|uses|using|pushes|pushing)\s+(?:a|her|his|their)\s+wheelchair\b(?!\s+users?)",
    # real animals on a day out (see _ANIMAL_OUTING): no people compared with them
    "animal_outing": r"zoo\s+(?:trip|visit|day)|trip\s+to\s+the\s+zoo|visit\s+to\s+the\s+zoo|safari|farm\s+(?:trip|visit)|wildlife|enclosures?|twycross|whipsnade|petting",
    "anti_hate": r"racism|racist|anti-?racis\w*|discriminat\w*|equality(?!\s+(?:hire|box|boxes|quotas?|tick|pick))|(?<!of\s)(?<!of\s[\"'\u201c])diversity(?!\s+(?:hire|box|boxes|quota|tick|pick))|inclusion|inclusive|celebrat\w*|welcome\s+(?:all|everyone)"
                 r"|refugee\s+week|hate\s+crime|tolerance|respect|stand(?:ing)?\s+(?:against|with|up)|history|assembly"
                 # (not "learn the language or go home", the expulsion itself)
                 r"|learn\w*(?!\s+(?:the\s+|our\s+|proper\s+)?(?:language|english)\s+or\b)|ww2|world\s+war|evacuees",
}
_HATE_FRAMES: tuple[tuple[str, tuple[str, ...], tuple[str, ...], float], ...] = (
    ("group_dehumanised", ("group_specific", "dehumanise_strong"), ("anti_hate", "animal_outing"), 0.85),
    ("group_dehumanised", ("group_vague", "dehumanise_strong"), ("anti_hate", "animal_outing"), 0.8),
    ("group_derogated", ("group_specific", "dehumanise_weak"), ("anti_hate", "animal_outing", "one_aid"), 0.75),
    ("group_expelled", ("group_specific", "expel_strong"), ("anti_hate",), 0.85),
    ("group_expelled", ("group_vague", "expel_strong"), ("anti_hate",), 0.8),
    ("group_unwanted", ("group_specific", "expel_weak"), ("anti_hate",), 0.75),
    ("go_back_where_from", ("expel_hard",), ("anti_hate",), 0.85),
    ("group_taking_ours", ("group_specific", "taking"), ("anti_hate",), 0.8),
    ("group_taking_ours", ("group_vague", "taking"), ("anti_hate",), 0.75),
    ("nation_not_them", ("nation_not",), ("anti_hate",), 0.8),
    ("token_hire", ("token_hire",), ("anti_hate",), 0.8),
    ("terror_look", ("terror_look",), ("anti_hate",), 0.8),
    ("terror_trope", ("group_specific", "blow_up"), ("anti_hate",), 0.8),
    ("group_blamed", ("group_specific", "blame"), ("anti_hate",), 0.75),
    ("sex_stereotyped", ("sex_group", "stereotype"), ("anti_hate",), 0.75),
    ("nation_claimed_from_group", ("nation_claim", "group_specific"), ("anti_hate",), 0.75),
    ("nation_claimed_from_group", ("nation_claim", "group_vague"), ("anti_hate",), 0.75),
    ("lgbt_danger", ("lgbt_group", "lgbt_danger"), ("anti_hate", "lgbt_safe"), 0.8),
    ("lgbt_denied", ("lgbt_group", "lgbt_denied"), ("anti_hate", "lgbt_safe"), 0.75),
)
_HATE_FRAME_CORE = ("group_specific", "group_vague", "lgbt_group", "expel_hard", "nation_not", "nation_claim", "sex_group",
                    "token_hire", "terror_look")
_HATE_FRAME_WINDOW = 70


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return common_words()


@lru_cache(maxsize=64)
def _all_lower(text: str) -> bool:
    """Whether a comment is written without a single capital letter."""
    return not any(ch.isupper() for ch in text)


_SO_IS_PERSON = re.compile(r"[\s,.!]*(?:and\s+)?so\s+(?:is|are|was|were)\s+(she|he|they|you|u|him|her|them)(?![a-z])")
# batch 36: a nationality word after "in" or a verb of speech names a language ("shouting in
# polish at him", "speaks urdu at home"), not the people
_LANGUAGE_USE = re.compile(r"(?<![a-z])(?:in|speak|speaks|speaking|spoke|talks|talking|shouting|shouts|writes|"
                           r"written|translated\s+into)\s+(?:polish|romanian|urdu|punjabi|arabic|welsh|bengali|"
                           r"turkish|albanian|lithuanian|somali|chinese|pakistani|indian|syrian|nigerian)(?![a-z])",
                           re.IGNORECASE)


# batch 39: a nationality word that is also a verb, read as the verb when an object or a
# particle follows ("go polish your halo", "polished off the cake"): no people named
_VERB_READING = re.compile(r"(?<![a-z])polish(?:ed|es|ing)?(?=\s+(?:your|ur|my|the|his|her|their|our|off|up|it|"
                           r"them|that|this|those|these|a|an|some|shoes|boots)(?![a-z]))", re.IGNORECASE)


def _language_at_edge(text: str, start: int, end: int) -> bool:
    """Whether a hate frame's span begins or ends on a language named in use, or on a
    nationality word read as a verb: the frame's group word then names no people."""
    for m in _LANGUAGE_USE.finditer(text, max(start - 20, 0), min(end + 2, len(text))):
        word_start = m.end() - len(m.group(0).split()[-1])
        if word_start == start or m.end() == end:
            return True
    for m in _VERB_READING.finditer(text, max(start - 12, 0), min(end + 20, len(text))):  # room for the object
        if m.start() == start or m.end() == end:
            return True
    return False


def _quote_opened_in_report(text: str, start: int, end: int) -> bool:
    """Whether a double quote opened inside ``text[start:end]`` follows a report verb: the
    derogating half of a frame is what someone was told ('disabled and was told he was
    "slowing ..."'), not the writer's view."""
    for q in range(start, end):
        if text[q] in "\"\u201c" and _QUOTED_REPORT.search(text[max(q - 60, 0):q + 1]):
            return True
    return False


class AbuseDetector:
    """Lexicon-and-context detector for ``abuse`` and ``hate`` (see the module docstring)."""

    name = "abuse_lexicon"
    version = "1.19.0"

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or load_lexicon()
        self.frames = _hate_frames(self.lexicon)
        # batches 69-71: a people's word offered as the objection to a person's post ("a ...
        # head of year, this town is finished", "given the job to a woman. pathetic"); the
        # people's words come from the lexicon's own groups, so a new group needs no rule here
        identity = sorted({e.term for entries in self.lexicon.entries.values() for e in entries
                           if e.kind == "group" and e.target != "none" and re.fullmatch(r"[a-z]+", e.term)}
                          | {"woman", "female", "muslim"}, key=len, reverse=True)
        ident = "|".join(identity)
        self._appointed = re.compile(
            rf"\b(?:a|an)\s+(?:{ident})\s+(?:(?:man|woman|lady|bloke|guy|fella)\s+)?"
            r"(?:head\s+of\s+\w+|head(?:teacher)?|deputy(?:\s+head)?|teacher|ta|teaching\s+assistant|senco|"
            r"governor|caretaker|cook|chef|manager|coach|boss|in\s+charge\s+of\s+\w+)\b"
            r"|\b(?:given|gave|give|giving|hired|hire|hiring|appointed|appoint|picked|chose|chosen|put)\s+"
            rf"(?:[\w']+\s+){{0,4}}?(?:to|with)\s+(?:a|an)\s+(?:{ident})\b")
        self._ape_groups: re.Pattern[str] | None = None  # built on the first ape emoji seen

    def _ape_comparison(self, original: str) -> list[Detection]:
        """An ape emoji a few words after a people's name, with no zoo or animal in sight."""
        text = original.lower()
        if _APE_PICTURE.search(text):
            return []
        if self._ape_groups is None:
            terms = sorted({e.term for entries in self.lexicon.entries.values() for e in entries
                            if e.kind == "group" and e.target in _APE_PEOPLE_TARGETS}, key=lambda t: (-len(t), t))
            self._ape_groups = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(t) for t in terms) + r")(?![a-z])")
        for group in self._ape_groups.finditer(text):
            after = text[group.end():group.end() + _APE_WINDOW]
            at = min((after.find(ch) for ch in _APE_EMOJI if ch in after), default=-1)
            if at >= 0:
                end = group.end() + at + 1
                why = Explanation(self.name, "ape_emoji(target=race)", group.start(), end, original[group.start():end],
                                  ("an ape emoji said of a people",))
                return [Detection(_HATE, _COMPARISON_SCORE, why), Detection(_ABUSE, _COMPARISON_SCORE, why)]
        return []

    # -- public ---------------------------------------------------------------------
    def vocabulary(self) -> set[str]:
        """The lexicon's words as listed (not the suffixed forms matching adds): the
        pipeline makes them permanent lexemes at build time."""
        return {word for entries in self.lexicon.entries.values() for entry in entries
                for word in entry.term.split(" ") if word.isalpha()}

    def detect(self, doc: Any) -> list[Detection]:
        folded = getattr(getattr(doc, "_", None), "folded", None)
        if folded is None:
            folded = fold(doc if isinstance(doc, str) else doc.text)
        return self.detect_folded(folded)

    def detect_folded(self, folded: Folded) -> list[Detection]:
        out = []
        original = folded.original
        emoji = {ch for ch in _RUDE_EMOJI if ch in original}  # substring tests: no scan per char
        if not emoji:
            emoji = {ch for ch in _MOCK_EMOJI if ch in original}
            if emoji and not _PERSON_WORD.search(folded.loose.text):
                emoji = set()
        if emoji:
            ch = sorted(emoji)[0]
            at = folded.original.index(ch)
            why = Explanation(self.name, "emoji_insult(severity=2,target=none)", at, at + len(ch), ch,
                              ("an insulting emoji aimed at a person",))
            out.append(Detection(_ABUSE, _EMOJI_SCORE, why))
        if not emoji and any(ch in original for ch in _INSULT_EMOJI):
            m = _EMOJI_AIMED.search(original)
            if m:
                why = Explanation(self.name, "emoji_insult(severity=1,target=none)", m.start(), m.end(),
                                  original[m.start():m.end()], ("an animal or bin emoji said of a person",))
                out.append(Detection(_ABUSE, _EMOJI_SCORE, why))
        out.extend(self._doxxing(folded))
        lowered_original = original.lower()
        if len(lowered_original) == len(original) and _APPOINTMENT_DISMAY.search(lowered_original) is not None:
            post = self._appointed.search(lowered_original)
            if post is not None:
                why = Explanation(self.name, "identity_as_objection(severity=2,target=group)", post.start(),
                                  post.end(), original[post.start():post.end()],
                                  ("a people's word offered as the objection to a person's post",))
                out += [Detection(_HATE, _STEREOTYPE_SCORE, why), Detection(_ABUSE, _STEREOTYPE_SCORE, why)]
        if _ANY_DIGIT.search(original) is not None:
            out.extend(self._outed(original))
        if any(ch in original for ch in _APE_EMOJI):
            out.extend(self._ape_comparison(original))
        if "(((" in folded.original:
            m = _ECHO.search(folded.original)
            if m:
                why = Explanation(self.name, "echo_brackets(target=religion)", m.start(), m.end(), m.group(0),
                                  ("antisemitic echo brackets round a name or word",))
                out += [Detection(_HATE, _ECHO_SCORE, why), Detection(_ABUSE, _ECHO_SCORE, why)]
        if "than" in original.lower():
            m = _OUTWITTED.search(original.lower())
            if m and len(original.lower()) == len(original):
                why = Explanation(self.name, "comparison(severity=1,target=none)", m.start(), m.end(),
                                  original[m.start():m.end()], ("a person said to be outwitted by a thing",))
                out.append(Detection(_ABUSE, _COMPARISON_SCORE, why))
        hard_spans: list[tuple[int, int]] | None = None
        # the report cues are lower-case words: "Calling refugees "rats" is ..." opens a sentence
        lowered = original.lower()
        if len(lowered) != len(original):
            lowered = original  # a letter whose lower case is longer: keep the spans aligned
        for d in self.frames.run(folded):
            # a hate frame is hate and, as always, abuse
            why = d.explanation
            if why.start is not None:
                if hard_spans is None:
                    hard_spans = self._hard_negative_spans(folded)
                if any(why.start < h_end and h_start < why.end for h_start, h_end in hard_spans):
                    continue  # "... filthy with head lice and black teeth": a colour, not a people
                if _language_at_edge(original, why.start, why.end):
                    continue  # "... the mum is always shouting in polish": a language, not a people
                if _smelt_by_writer(lowered, why.end):
                    continue  # "... the sen kids ... i could smell it": the writer's sense
            if why.start is not None and (_QUOTED_REPORT.search(lowered[max(why.start - 60, 0):why.start])
                                          or _REPORTED_VIEW.search(lowered[max(why.start - 80, 0):why.start])
                                          or _quote_opened_in_report(lowered, why.start, why.end)
                                          or _condemned_report(lowered, why.start)):
                # "a boy told her 'go back to ...'": a parent reporting what was said
                out.append(Detection(_ABUSE, _REPORTED_SLUR_SCORE, Explanation(
                    self.name, f"hate_frame({why.rule.removeprefix('concepts:')})", why.start, why.end, why.matched,
                    ("quoted in a report: review, not hate",))))
                continue
            rule = f"hate_frame({why.rule.removeprefix('concepts:')})"
            for label in (_HATE, _ABUSE):
                out.append(Detection(label, d.score, Explanation(self.name, rule, why.start, why.end, why.matched,
                                                                 why.adjustments)))
        if _SPACED_RUN.search(folded.text) is not None or _DOTTED_WORD.search(folded.text) is not None:
            out.extend(self._spaced_runs(folded))
        return self._detect_lexicon(folded) + out

    def _doxxing(self, folded: Folded) -> list[Detection]:
        """A third person's home address or private number posted for others to use, or a
        person outed by name for everyone to know."""
        original = folded.original
        text = original.lower()
        if "know" not in text and _ANY_DIGIT.search(original) is None:
            return []  # no number and no call to know: the cheap exit for most comments
        found = None
        address = _DOX_ADDRESS.search(text)
        if not _DOX_CALL.search(text) or _DOX_OWN.search(text):
            return []
        outing = _OUTING.search(original)
        if outing:
            found, why = outing, "a person outed by name for others to know"
        elif address and _DOX_LIVES.search(text) and _DOX_RESIDENT.search(text):
            found, why = address, "a third person's home address posted"
        else:
            private = _DOX_PRIVATE_NUMBER.search(text)
            number = _DOX_DIGITS.search(text) if private else None
            if number and _DOX_RESIDENT.search(text):
                found, why = number, "a third person's private number posted"
        if found is None:
            return []
        # the span is masked: it is personal information
        return [Detection(_ABUSE, _DOX_SCORE, Explanation(self.name, "doxxing(severity=2,target=none)",
                                                          found.start(), found.end(), "[masked]", (why,)))]

    def _outed(self, original: str) -> list[Detection]:
        """A pupil named with their class and their sexuality or gender identity: outed."""
        lowered = original.lower()
        if len(lowered) != len(original) or _IDENTITY_TOLD.search(lowered) is None:
            return []
        for m in _PUPIL_NAMED.finditer(original):
            start, end = m.span(1) if m.group(1) else m.span(2)
            if _SELF_NAMED.search(lowered[max(start - 16, 0):start]):
                continue
            near = lowered[max(start - 60, 0):min(end + 120, len(lowered))]
            if _IDENTITY_TOLD.search(near) is None:
                continue
            return [Detection(_ABUSE, _DOX_SCORE, Explanation(
                self.name, "outing(severity=2,target=sexual_orientation)", start, end, "[masked]",
                ("a pupil named with their class and their sexuality or gender identity",)))]
        return []

    def _hard_negative_spans(self, folded: Folded) -> list[tuple[int, int]]:
        """Where the lexicon's hard negatives ("black teeth", "witch hunt") stand, in the
        original text."""
        view = folded.loose
        tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(view.text)]
        # only a phrase holding a group word ("black teeth", not "savage", which a frame
        # may well hold as its derogation)
        group_words = {w for term in self.lexicon.group_terms for w in term.split(" ")}
        return [view.to_original(h.start, h.end) for h in self._hits(tokens, view)
                if h.entry.kind == "hard_negative" and h.last > h.first
                and not group_words.isdisjoint(h.entry.term.split(" "))]

    def _spaced_runs(self, folded: Folded) -> list[Detection]:
        """ "m r s x i s a s a d o l d c o w", "f @ g g o t teacher": a word spelled out letter
        by letter, read whole. The comment is read again with the run joined (so every context
        rule applies) and the findings on the run are mapped back to it; a run that is no
        single word is searched for the strongest word inside it."""
        text = folded.text
        out: list[Detection] = []
        for m in self._runs(text):
            joined = re.sub(r"[ .\-_*]+", "", m.group(0)).lower().translate(_SPACED_LEET)
            if len(joined) < 4 or not joined.isalpha():
                continue
            if _EMAIL_AFTER_RUN.match(text, m.end() - 1 if m.group(0).endswith("@") else m.end()):
                continue  # "r o b . f l e t c h e r @ example.com": an address spelled out, no word
            left, right = m.start(), m.end()
            readings = [joined]
            if joined[0] in "ai" and m.group(0)[1:2] == " " and len(joined) >= 4:
                # batch 44: "is a f a g": the article spelled out with the word is read apart
                # when the run whole is no word ("afag")
                readings.append(f"{joined[0]} {joined[1:]}")
            found = []
            for reading in readings:
                found = self._run_findings(folded, reading, left, right)
                if found:
                    break
            size = len(joined)
            if not found and size >= 8:
                found = self._inside_run(folded, joined, left, right)
            out.extend(found)
        return out

    def _runs(self, text: str) -> list[re.Match[str]]:
        """The spelled-out runs of ``text``, and (batch 40) one word broken by a single dot,
        dash or underscore ("sc.um") when the two halves joined are a strong word of the
        lexicon and no web address or file name is being written."""
        runs = list(_SPACED_RUN.finditer(text))
        for m in _DOTTED_WORD.finditer(text):
            joined = m.group(1) + m.group(2)
            if m.group(2) in _ADDRESS_ENDINGS or any(r.start() <= m.start() < r.end() for r in runs):
                continue
            if any(e.term == joined and (e.kind == "slur" or (e.kind in {"insult", "profanity"} and e.severity >= 2))
                   for e in self.lexicon.entries.get(joined, ())):
                runs.append(m)
        return runs

    def _run_findings(self, folded: Folded, joined: str, left: int, right: int) -> list[Detection]:
        """The comment read again with the run at ``left:right`` rewritten as ``joined``; the
        findings on the run, mapped back to it."""
        text = folded.text
        size = len(joined)

        def back(pos: int, is_end: bool) -> int:
            # a position of the rewritten text in the light text
            if pos <= left:
                return pos
            if pos < left + size or (is_end and pos == left + size):
                return right if is_end else left
            return pos - size + (right - left)

        found = []
        for d in self._detect_lexicon(fold(text[:left] + joined + text[right:]), spaced=True):
            e = d.explanation
            if e.start is None or e.end <= left or e.start >= left + size:
                continue  # a finding elsewhere in the comment speaks for itself already
            start, end = folded.to_original(back(e.start, False), back(e.end, True))
            found.append(Detection(d.label, d.score, Explanation(
                self.name, e.rule, start, end, folded.original[start:end],
                e.adjustments + ("spelled out letter by letter",))))
        return found

    def _inside_run(self, folded: Folded, joined: str, left: int, right: int) -> list[Detection]:
        """The strongest insult, profanity or slur inside a joined run ("...isasadoldcow")."""
        lex = self.lexicon
        entry: LexiconEntry | None = None
        best_rank = (False, -1, 0)
        n = len(joined)
        for i in range(n):
            for size in range(3, min(14, n - i) + 1):
                if size < _SPACED_MIN_INSIDE and i + size != n:
                    continue  # a short word only where the run ends ("...old cow")
                piece = joined[i:i + size]
                for candidate in lex.entries.get(piece, ()) or lex.joined.get(piece, ()):
                    if candidate.kind not in {"insult", "profanity", "slur"}:
                        continue
                    rank = (candidate.kind == "slur", candidate.severity, size)
                    if rank > best_rank:
                        entry, best_rank = candidate, rank
        if entry is None:
            return []
        start, end = folded.to_original(left, right)
        why = Explanation(self.name, f"spelled_out({entry.kind},severity={entry.severity},target={entry.target})",
                          start, end, folded.original[start:end],
                          (f"'{entry.term}' spelled out letter by letter inside a run",))
        out = [Detection(_ABUSE, _SPACED_SCORE, why)]
        if entry.kind == "slur" and entry.tier == "always":
            out.append(Detection(_HATE, _SPACED_SCORE, why))
        return out

    def _detect_lexicon(self, folded: Folded, spaced: bool = False) -> list[Detection]:
        view = folded.loose
        text = view.text
        if not self._may_match(text):
            return []
        tokens = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        if not tokens:
            return []
        hits = self._hits(tokens, None if spaced else view)
        # "year 7s in this are so ugly", "the y9s": pupils named by their year, read in the
        # original (the leet readings turn "y10s" into "yios")
        year_pupils: set[int] = set()
        spans = [m.span() for m in _YEAR_PUPILS.finditer(folded.original)]
        if spans:
            for i, (_, start, end) in enumerate(tokens):
                o_start, o_end = view.to_original(start, end)
                if any(o_start < y_end and y_start < o_end for y_start, y_end in spans):
                    year_pupils.add(i)
        if _HAS_LETTER_AND_DIGIT.search(text):
            # short leet words ("g0 b4ck") that folding leaves alone: read them once more
            seen = {(h.entry, h.first, h.last) for h in hits}
            leet = [(w.translate(_LEET_DIGITS) if _HAS_LETTER_AND_DIGIT.fullmatch(w) else w, s, e)
                    for w, s, e in tokens]
            hits.extend(h for h in self._hits(leet, None if spaced else view) if (h.entry, h.first, h.last) not in seen)
            tokens = leet
        if not any(h.entry.kind in _TRIGGER_KINDS or h.entry.kind == "comparison" for h in hits) and \
                _THREAT_VERBS.isdisjoint(w for w, _, _ in tokens) and \
                _SMELL_VERBS.isdisjoint(w for w, _, _ in tokens) and \
                not any(w in {"face", "special", "state", "wonder"} for w, _, _ in tokens) and \
                _HARM_WORDS.isdisjoint(w for w, _, _ in tokens) and not _MOCK_FRAME.search(text):
            return []
        clause = _segment_ids(text, tokens, _CLAUSE_BREAK)
        sentence = _segment_ids(text, tokens, _SENTENCE_BREAK)
        words = [t[0] for t in tokens]
        by_kind: dict[str, list[_Hit]] = {}
        for hit in hits:
            if hit.entry.kind == "group" and hit.first > 0 and words[hit.first - 1] in _TITLES:
                continue  # "Mr Black", "Mrs English": a surname, no group
            if hit.entry.term in _PLACE_GROUPS and hit.last + 1 < len(words) and words[hit.last + 1] in _OUTINGS:
                continue  # "the mum who complained about the mosque trip is a ...": an outing, no people
            if hit.entry.term in _FESTIVALS and ((hit.last + 1 < len(words) and words[hit.last + 1] in _EVENTS)
                                                 or (hit.start > 0 and text[hit.start - 1] in _QUOTES)):
                continue  # "singing in the diwali assembly", 'spell "hanukkah"': an event or a word
            by_kind.setdefault(hit.entry.kind, []).append(hit)
        targets = {i for h in by_kind.get("target", ()) for i in range(h.first, h.last + 1)}
        # "head lice", "head count", "head start": no headteacher
        targets -= {i for i in targets if words[i] == "head" and i + 1 < len(words)
                    and words[i + 1] in _HEAD_NOT_PERSON}
        targets |= year_pupils
        hard = by_kind.get("hard_negative", [])
        emphasis_first = {h.first for h in by_kind.get("emphasis", ())}

        out: list[Detection] = []
        # a word a hard negative covers ("jokes", "the grass") neither aims nor stacks another
        insult_hits = [h for h in hits if h.entry.kind == "insult" and not self._covered(h, hard)]
        # a report of what a child was called quotes the word rather than aims it
        report = not _REPORT_CUES.isdisjoint(words)
        for hit in by_kind.get("slur", ()):
            if self._covered(hit, hard):
                continue
            rule = f"slur(severity=3,target={hit.entry.target})"
            adjustments: tuple[str, ...] = ()
            if ((report and (self._reported(hit.first, words, clause) or self._in_reported_quote(text, hit.start)))
                    or _REPORTED_VIEW.search(text[max(hit.start - 80, 0):hit.start])
                    or _quoted_mention(text, hit.start, hit.end)
                    or _condemned_report(text, hit.start)) \
                    and not _ENDORSED.search(text, hit.end):
                # ... unless the writer then agrees with it ("... and the ref did nothing. well
                # he is one tbf"): the report passes the word on
                # still shown to a person (review band), nothing hidden: the comment is a report
                out.append(self._detection(folded, view, _ABUSE, _REPORTED_SLUR_SCORE, rule, hit,
                                           ("quoted in a report of name-calling: review, not hate",)))
                continue
            if hit.entry.tier != "always":
                cue = self._slur_target(hit, words, clause, sentence, targets, folded, tokens,
                                        insult_hits, by_kind)
                if not cue:
                    # crude but aimed at no one and no group: abuse (it still comes down),
                    # not hate
                    rule = f"slur(severity=3,target={hit.entry.target},tier={hit.entry.tier})"
                    out.append(self._detection(folded, view, _ABUSE, _SLUR_SCORE, rule, hit,
                                               ("no person or group targeted: abuse only",)))
                    continue
                adjustments = (f"targeted: {cue}",)
            out.append(self._detection(folded, view, _HATE, _SLUR_SCORE, rule, hit, adjustments))
            out.append(self._detection(folded, view, _ABUSE, _SLUR_SCORE, rule, hit, adjustments))
        for hit in by_kind.get("hate_phrase", ()):
            if hit.last + 1 < len(words) and words[hit.last + 1] in _SUPPORTIVE_NEXT:
                continue  # "that's so gay friendly": praise, not the slur use
            if self._covered(hit, hard):
                continue  # "the driver on the special needs bus": a parent naming the transport
            if self._mentioned(hit, words, tokens, text) or _QUOTED_REPORT.search(text[max(hit.start - 60, 0):hit.start]) \
                    or _REPORTED_CLAIM.search(text[max(hit.start - 80, 0):hit.start]) \
                    or _REPORTED_VIEW.search(text[max(hit.start - 80, 0):hit.start]) \
                    or _condemned_report(text, hit.start):
                # "keeps watching videos about the 'great replacement'": named, not said
                rule = f"hate_phrase(target={hit.entry.target})"
                out.append(self._detection(folded, view, _ABUSE, _REPORTED_SLUR_SCORE, rule, hit,
                                           ("quoted as the name of something: review, not hate",)))
                continue
            rule = f"hate_phrase(target={hit.entry.target})"
            out.append(self._detection(folded, view, _HATE, _HATE_PHRASE_SCORE, rule, hit, ()))
            out.append(self._detection(folded, view, _ABUSE, _HATE_PHRASE_SCORE, rule, hit, ()))
        out.extend(self._group_hate(folded, view, by_kind, sentence, words))
        if "it" in words and any(g.entry.target == "gender_identity" for g in by_kind.get("group", ())):
            out.extend(self._called_it(folded, view, words, tokens))
        out.extend(self._threats(folded, view, tokens, words, sentence, targets, hard))
        if "dismissal" in by_kind:
            out.extend(self._dismissals(folded, view, words, clause, by_kind, insult_hits, tokens))
        if "like" in words:
            out.extend(self._comparisons(folded, view, words, sentence, clause, targets, by_kind, tokens,
                                         report))
        if not _SMELL_VERBS.isdisjoint(words):
            out.extend(self._smells(folded, view, words, clause, targets, tokens, report))
        if "group" in by_kind or "special" in words:
            out.extend(self._identity_insults(folded, view, words, clause, targets, by_kind, tokens))
        if "state" in words:
            out.extend(self._state_of(folded, view, words, sentence, targets, tokens))
        if "wonder" in words:
            out.extend(self._no_wonder(folded, view, words, clause, targets, tokens))
        if "imagine" in words or "let" in words or "thinking" in words:
            out.extend(self._mock_frames(folded, view, text, words, targets, tokens))
        if not _WISH_WORDS.isdisjoint(words) and not _HARM_WORDS.isdisjoint(words):
            out.extend(self._ill_wishes(folded, view, words, clause, targets, tokens))

        for hit in by_kind.get("insult", []) + by_kind.get("profanity", []):
            entry = hit.entry
            if any(h.entry.kind == "slur" and h.first <= hit.first and h.last >= hit.last for h in hits):
                continue  # the slur rule already speaks for this span
            if entry.term.endswith("get you") and hit.last + 1 < len(words):
                o_start, o_end = view.to_original(tokens[hit.last + 1][1], tokens[hit.last + 1][2])
                if words[hit.last + 1] in _OFFERED or _QUANTITY.fullmatch(folded.original[o_start:o_end]):
                    continue  # "i'll get you 10k followers", "i'll get you two tickets": an offer
            sev = entry.severity
            adjustments: list[str] = []
            # Words that are not aimed at anyone keep a low abuse score and say why:
            # "my son was called fat" (a report), "she says she's fat but she's tiny" (how
            # someone sees themselves), "I'm such an idiot, I forgot the PE kit" (the writer).
            not_aimed = None
            if report and (self._reported(hit.first, words, clause) or self._in_reported_quote(text, hit.start)):
                not_aimed = "quoted in a report of name-calling: not aimed"
            elif entry.kind == "insult" and sev == 1 and self._self_belief(hit.first, words, clause):
                not_aimed = "how the person sees themselves, reported"
            elif entry.kind == "insult" and (sev == 1 or entry.term in _MILD_INSULTS) \
                    and self._self_said(hit.first, words, clause, sentence):
                not_aimed = "said of the writer: not aimed"
            elif self._condemned(text, hit):
                not_aimed = "name-calling condemned, not done"  # "calling teachers ... is disgusting"
            elif entry.kind == "insult" and sev == 1 and _NOT_THE_PEOPLE.match(text, hit.end):
                not_aimed = "said of a decision, the people expressly excepted"  # "pathetic, not the people"
            elif entry.kind == "insult" and sev <= 2 and _SOFTENED.match(text, hit.end):
                not_aimed = "softened at once: fond exasperation"  # "idiots, but kids", "muppets bless them"
            elif sev <= 2 and _REPORTED_SPEECH.search(text[max(hit.start - 40, 0):hit.start]):
                not_aimed = "a third person's words, reported"  # "dad says he's going to kill us all"
            elif (entry.term in _MILD_INSULTS or entry.term in _RUDE_COMMANDS) and self._own_family(hit.first, words, clause):
                not_aimed = "the writer's own family, teased"  # "my brother is a right idiot 😂"
            elif sev <= 2 and _FOND_CONTRAST.match(text, hit.end) and any(
                    words[k] in _OWN and words[k + 1].removesuffix("'s") in _OWN_FAMILY
                    # "my son's a ...", not "my son's teacher is a ..."
                    and (not words[k + 1].endswith("'s") or words[k + 2] in _INTENSIFIERS)
                    for k in range(max(hit.first - 6, 0), hit.first - 1) if clause[k] == clause[hit.first]):
                # "my child is a little shit at bedtime but an angel at nursery": a parent's
                # fond exasperation, turned at once to praise (batches 54-56)
                not_aimed = "the writer's own child, fondly"
            elif (sev == 1 or entry.term in _MILD_INSULTS or entry.term in _RUDE_COMMANDS) \
                    and _AFFECTION.search(folded.original):
                not_aimed = "banter: the comment sends affection"  # "shut up ur my best friend 💕"
            if not_aimed is not None:
                base = _INSULT_BASE.get(sev, 0.3) if entry.kind == "insult" else _PROFANITY_BASE[min(sev, 2)]
                out.append(self._detection(folded, view, _ABUSE, min(base, _REPORTED_INSULT_CAP),
                                           f"{entry.kind}(severity={sev},target=none)", hit, (not_aimed,)))
                continue
            if entry.kind == "insult":
                score = _INSULT_BASE[sev]
                named = (sev == 1 and hit.first == hit.last and hit.first > 0
                         and sentence[hit.first - 1] == sentence[hit.first]
                         and self._name_at(hit.first, words, folded, tokens))
                directed = "" if named else self._directed(hit, words, clause, targets, folded, tokens,
                                                           insult_hits, free_words=2)
                if directed:
                    score += _DIRECTED_BOOST[sev]
                    adjustments.append(f"+{_DIRECTED_BOOST[sev]:.2f} aimed at a person ({directed})")
                if any(o is not hit and clause[o.first] == clause[hit.first]
                       and 0 < abs(o.first - hit.first) <= 3
                       and not _listed(words, min(o.last, hit.last), max(o.first, hit.first))
                       for o in insult_hits):
                    score += _STACKED_BOOST
                    adjustments.append(f"+{_STACKED_BOOST:.2f} stacked insults")
                nxt = hit.last + 1
                if sev == 1 and nxt in emphasis_first and clause[nxt] == clause[hit.first] \
                        and words[nxt] not in _NOT_INTENSIFIED:
                    # "psycho talented", "stupid good": the word is an adverb of degree before
                    # praise (batch 38), not a name for anyone
                    score -= _EMPHASIS_PENALTY
                    adjustments.append(f"-{_EMPHASIS_PENALTY:.2f} intensifies praise")
                if sev == 1 and any(tuple(words[nxt:nxt + len(p)]) == p and clause[nxt + len(p) - 1] == clause[hit.first]
                                    for p in _AFFECTIONATE_AFTER):
                    score -= _EMPHASIS_PENALTY
                    adjustments.append(f"-{_EMPHASIS_PENALTY:.2f} taken back as praise")
            else:
                score = _PROFANITY_BASE[sev]
                directed = self._directed(hit, words, clause, targets, folded, tokens, insult_hits,
                                          school_counts=True)
                if not directed and hit.first > 0 and words[hit.first - 1] in _PERSON_DIMINUTIVES \
                        and clause[hit.first - 1] == clause[hit.first]:
                    # "the most annoying little sh*t": a swear word made a noun for a person
                    directed = f"'{words[hit.first - 1]} ...' names a person"
                if directed:
                    boost = _PROFANITY_DIRECTED_BOOST[sev]
                    score += boost
                    adjustments.append(f"+{boost:.2f} aimed at a person or the school ({directed})")
                nxt = hit.last + 1
                if any(i in emphasis_first for i in range(nxt, min(nxt + 3, len(words)))
                       if clause[i] == clause[hit.first]):
                    score -= _EMPHASIS_PENALTY
                    adjustments.append(f"-{_EMPHASIS_PENALTY:.2f} emphasis about something good")
            if self._covered(hit, hard):
                score -= _HARD_NEGATIVE_PENALTY
                adjustments.append(f"-{_HARD_NEGATIVE_PENALTY:.2f} hard negative")
            elif _of_a_thing(words, hit.last):
                # "an absolute b*stard of a question": the word sizes up a thing
                score -= _HARD_NEGATIVE_PENALTY
                adjustments.append(f"-{_HARD_NEGATIVE_PENALTY:.2f} said of a thing ('... of a "
                                   f"{words[hit.last + 3]}')")
            score = min(max(score, 0.0), 0.99)
            if score <= 0.0:
                continue
            rule = f"{entry.kind}(severity={sev},target=none)"
            out.append(self._detection(folded, view, _ABUSE, score, rule, hit, tuple(adjustments)))
        return out

    # -- matching -------------------------------------------------------------------
    def _may_match(self, text: str) -> bool:
        """Cheap pre-check: could any lexicon finding start in ``text``?"""
        words = _WORD.findall(text)
        triggers = self.lexicon.triggers
        if not triggers.isdisjoint(words):
            return True
        if "*" in text or "#" in text or _HAS_LETTER_AND_DIGIT.search(text):
            return True  # masked or short leet words: take the full path
        if ("imagine" in words or "let" in words or "thinking" in words) and _MOCK_FRAME.search(text):
            return True  # a mockery frame with no lexicon word
        if not self.lexicon.skeletons.keys().isdisjoint(words):
            return True  # a strong word written without (some of) its vowels ("retrd")
        if not _WISH_WORDS.isdisjoint(words) and not _HARM_AFTER.keys().isdisjoint(words):
            return True  # "hope he gets run over": everyday words, together
        pairs = self.lexicon.pair_triggers
        if not pairs.keys().isdisjoint(words):
            present = set(words)
            if any(not firsts.isdisjoint(present) for last, firsts in pairs.items() if last in present):
                return True  # "do ... one", "get ... lost": both words of an everyday phrase
        return any(len(w) >= 5 and w[0] in "ai" and w[1:] in triggers for w in words)

    def _hits(self, tokens: list[tuple[str, int, int]], view: Any = None) -> list[_Hit]:
        lex = self.lexicon
        hits: list[_Hit] = []
        n = len(tokens)
        for i, (word, start, _) in enumerate(tokens):
            found = lex.lookup(word)
            if not found and len(word) >= 5 and word[0] in "ai" and word[1:] in lex.entries \
                    and (view is None or _spaced_out(view, start, tokens[i][2])):
                # "what a t w a t" folds to "atwat": the article was spaced out too (only a
                # word spelled out so, or a spaced run joined (``view`` None): "among" and
                # "apathetic" are words of their own)
                found = [e for e in lex.entries[word[1:]] if e.kind in {"insult", "profanity", "slur"}]
            for entry in found:
                hits.append(_Hit(entry, i, i, start, tokens[i][2]))
            if word in lex.first_words:
                key = word
                for j in range(i + 1, min(i + lex.max_words, n)):
                    key = f"{key} {tokens[j][0]}"
                    if key not in lex.prefixes:
                        break  # no phrase goes on like this
                    for entry in lex.entries.get(key, ()):
                        hits.append(_Hit(entry, i, j, start, tokens[j][2]))
        # a longer phrase of the same kind absorbs the words inside it ("piss off" over "piss")
        phrases = [h for h in hits if h.last > h.first]
        if not phrases:
            return hits
        return [h for h in hits if not any(
            p.entry.kind == h.entry.kind and p.first <= h.first and p.last >= h.last
            and (p.first, p.last) != (h.first, h.last) for p in phrases)]

    @staticmethod
    def _covered(hit: _Hit, hard: list[_Hit]) -> bool:
        return any(h.first <= hit.first and h.last >= hit.last for h in hard)

    def _directed(self, hit: _Hit, words: list[str], clause: list[int], targets: set[int],
                  folded: Folded, tokens: list[tuple[str, int, int]], insults: list[_Hit],
                  school_counts: bool = False, free_words: int = 1) -> str:
        """Why the hit is aimed at someone, or "" when it is not. ``free_words`` unlisted
        adjectives may stand between an insult and its lead-in ("the staff are rude
        ignorant jobsworths": 2); a slur's cue keeps to one."""
        c = clause[hit.first]
        nxt = hit.last + 1
        if nxt < len(words) and clause[nxt] == c and words[nxt] in _SAID_THINGS \
                and not (hit.first > 0 and words[hit.first - 1] in _YOU):
            return ""  # "the nasty comments": what was said is described, not whoever said it
        if hit.entry.kind == "insult" and nxt + 1 < len(words) and clause[nxt] == c and words[nxt] == "who" \
                and words[hit.last].endswith("s") \
                and not (hit.first > 0 and words[hit.first - 1] in {"a", "an"}):
            # "losers who run this page should be ashamed": people named by the insult and then
            # pointed out by what they do (batches 48-50)
            return "'... who ...'"
        # "Kyle = snitch", "head teacher = clown": an equals sign does the work of "is"
        k = hit.first - 1
        if k >= 0 and clause[k] == c and "=" in folded.loose.text[tokens[k][2]:tokens[hit.first][1]]:
            person = self._person_at(k, words, targets, folded, tokens)
            if person:
                return f"'{person} = ...'"
        # look back over intensifiers: "you absolute muppet", "what a bunch of clowns"
        i = hit.first - 1
        skipped = 0
        free = 0  # unlisted adjectives: "the staff are rude pigs"
        while i >= 0 and clause[i] == c and skipped < 4 and words[i] not in _LEAD_INS:
            if words[i] == "by":
                break  # "run by ...", "taught by ...": read below
            if words[i] not in _INTENSIFIERS:
                if free >= free_words or i == 0 or words[i] in _COPULAS or i in targets:
                    break
                if not any(words[k] in _COPULAS or words[k] in _LEAD_INS or words[k].endswith(("'s", "'re"))
                           for k in range(max(i - 3, 0), i) if clause[k] == c):
                    break
                free += 1
            i -= 1
            skipped += 1
        if any(words[k] in _NEGATIONS or words[k].endswith("n't") for k in range(max(i, 0), hit.first)):
            return ""  # "you're not a freak", "not being lazy"
        if i >= 0 and clause[i] == c and i in targets and any(
                words[k] in {"is", "are", "was", "were"} and k > 0 and words[k - 1] in {"why", "how"}
                for k in range(max(i - 3, 1), i) if clause[k] == c):
            return f"'why is {words[i]} ...'"  # "why is the caretaker so gormless"
        if i >= 0 and clause[i] == c:
            prev = words[i]
            if prev == "what" and self._thing_after(hit, words, clause, targets, folded, tokens, insults):
                pass  # "what a shambles the car park was", "what a clown costume"
            elif prev == "by" and i > 0 and words[i - 1] in {"run", "led", "managed", "staffed", "governed",
                                                              "taught", "teached", "coached", "raised"}:
                return f"'{words[i - 1]} by ...'"  # "this school is run by clowns"
            elif prev in _YOU or (prev in _LEAD_INS and not school_counts):
                return f"'{prev} ...'"
            possessive = (i == hit.first - 1 and prev.endswith("'s") and prev not in _IS_CONTRACTIONS
                          and any(words[k] in _COPULAS and clause[k] == c
                                  for k in range(hit.last + 1, min(hit.last + 4, len(words)))))
            if possessive:
                pass  # "Miss Reid's snake visit was amazing": whose, not who is
            elif prev in _COPULAS or prev.endswith("'s") or prev.endswith("'re") or prev in _BARE_CONTRACTIONS:
                subject = self._subject(i, words, clause, targets, folded, tokens, school_counts)
                if subject == "that" and hit.entry.term in _THING_EPITHETS:
                    subject = ""  # "if so that's a disgrace": a decision judged, not a person
                elif subject and subject.split()[-1] in _INSTITUTIONS and hit.entry.term in _THING_EPITHETS:
                    subject = ""  # "the council are a shambles": a service judged, not a person
                if subject:
                    return f"'{subject} {prev} ...'"
        # "her art is garbage and so is she": the same word passed on to a person (batch 37)
        m = _SO_IS_PERSON.match(folded.loose.text, tokens[hit.last][2])
        if m:
            return f"'... and so is {m.group(1)}'"
        # batches 63-65: the insult then the people it is said of, counted whole ("leeches the
        # lot of you", "liars, every one of them", "cowards all of yous")
        m = _WHOLE_LOT_AFTER.match(folded.loose.text, tokens[hit.last][2])
        # ... not laughed off ("drama queens the lot of them 😂"): fond teasing of children
        if m and not any(ch in folded.original for ch in _LAUGHING_EMOJI):
            return f"'... {m.group(0).strip(' ,')}'"
        # "shut up you idiot", "piss off back to your staffroom": a you-word after it
        for j in range(hit.last + 1, min(hit.last + 3, len(words))):
            if clause[j] != c:
                break
            if words[j] in {"you", "u", "ya", "yer", "yourself", "yourselves"}:
                return f"'... {words[j]}'"
        # followed by a name: "shut up Karen"; not a title ("performed The Ugly Duckling")
        j = hit.last + 1
        if j < len(words) and clause[j] == c and words[j] not in _NOT_NAMES and not (
                hit.first > 0 and self._name_at(hit.first, words, folded, tokens)):
            s = tokens[j][1]
            o_start, _ = folded.loose.to_original(s, s + 1)
            token = folded.original[o_start:o_start + len(words[j])]
            closing = j + 1 >= len(words) or clause[j + 1] != c or words[j + 1] in _YOU or words[j + 1] in _DISMISS_NEXT
            if (token[:1].isupper() and not token.isupper()) or (closing and self._lower_name(words[j], folded)):
                return "'... a name'"
            # "stfu jess", "shut up tyler": one word closing a rude command is whom it is said to
            # ... or followed by a put-down that closes it: "shut up karen nobody asked"
            put_down = j + 2 < len(words) and clause[j + 2] == c and (words[j + 1], words[j + 2]) in _PUT_DOWN_OPENERS
            if (hit.entry.term in _RUDE_COMMANDS and (j + 1 >= len(words) or clause[j + 1] != c or put_down)
                    and words[j].isalpha() and words[j] not in _DISMISS_NEXT and j not in targets
                    and not any(e.kind in _TRIGGER_KINDS or e.kind == "emphasis" for e in self.lexicon.entries.get(words[j], ()))):
                return "'... a name'"
        # batch 39: "lol Shelley shut up.", "Darren, shut up": a rude command closing its
        # clause, right after a name that opens it, is said to that name
        k = hit.first - 1
        if (hit.entry.term in _RUDE_COMMANDS and k >= 0
                and (clause[k] == c or folded.loose.text[tokens[k][2]:tokens[hit.first][1]].strip() == ",")
                and (hit.last + 1 >= len(words) or clause[hit.last + 1] != c)
                and (k == 0 or clause[k - 1] != clause[k] or words[k - 1] in _NAME_LEADS)
                and words[k] not in _NAME_LEADS and k not in targets and self._name_at(k, words, folded, tokens)):
            return "'a name ...'"
        # followed by a person noun or the school, perhaps after one adjective:
        # "useless teacher", "sh1t school", "f*cking awful teachers"
        for j in (hit.last + 1, hit.last + 2):
            if j == hit.last + 2 and j < len(words) and words[j - 1] in _PREPOSITIONS:
                break  # "a sick joke for families", "useless to parents": whom it concerns (batch 39)
            if j < len(words) and clause[j] == c and j in targets and words[j] not in {
                    "you", "he", "she", "they", "him", "her", "them", "it", "man", "men", "lot",
                    # "boring as hell but he's a good teacher": the subject of what follows
                    "he's", "she's", "hes", "shes", "they're", "theyre"}:
                return f"'... {words[j]}'"
        # stacked after another insult or before one: "stupid cow", "ugly freak"
        for other in insults:
            if other is not hit and clause[other.first] == c and 0 < hit.first - other.last <= 2 \
                    and not _listed(words, other.last, hit.first):
                return f"after '{other.entry.term}'"
        if free_words >= 2:
            return self._epithet_clause(hit, words, clause, targets, folded, tokens)
        return ""

    def _epithet_clause(self, hit: _Hit, words: list[str], clause: list[int], targets: set[int],
                        folded: Folded, tokens: list[tuple[str, int, int]]) -> str:
        """An insult standing as a clause of its own beside the person it names (batches
        25-29): "good riddance to mrs x, horrible old witch", "hypocrites, the lot of you",
        "some of the mums dress like ..., absolute slappers". The clause holds at most three
        modifiers and the insult (a relative clause may follow), a bare insult only in the
        plural, and the same sentence names a person; an epithet that as often judges a
        thing ("..., total shambles") is left alone."""
        c = clause[hit.first]
        word = words[hit.last]
        last = hit.entry.term.rsplit(" ", 1)[-1]
        if hit.entry.term in _THING_EPITHETS or word not in {last, last + "s"}:
            return ""  # "rates" is no plural of "rat"
        before = [k for k in range(max(hit.first - 4, 0), hit.first) if clause[k] == c]
        nxt = hit.last + 1
        if len(before) > 3 or (nxt < len(words) and clause[nxt] == c and words[nxt] != "who"):
            return ""
        if not before and not (word.endswith("s") and hit.first == hit.last):
            return ""
        if nxt < len(words) and words[nxt] == "who" and before:
            return "an epithet clause: '... who'"  # "..., talentless drama queen who gave ..."
        if any(words[k] in _COPULAS or words[k] in _NEGATIONS or words[k] in _OWN or k in targets
               or words[k] in _YOU or words[k] in _FIRST_PERSON or words[k] in _EPITHET_STOPS
               or words[k].endswith("ed") for k in before):
            return ""
        text = folded.loose.text
        # batches 66-68: an epithet that is a sentence of its own ("... she never answers.
        # Miserable old crone.") closes the sentence before it and names whom that one names
        first = min([hit.first] + before)
        alone = (first > 0 and bool(_SENTENCE_BREAK.search(text[tokens[first - 1][2]:tokens[first][1]]))
                 and (nxt >= len(words) or bool(_SENTENCE_BREAK.search(text[tokens[hit.last][2]:tokens[nxt][1]]))))
        for step, k in ((-1, hit.first - 1 - len(before)), (1, hit.last + 1)):
            crossed = False
            while 0 <= k < len(words):
                if clause[k] == c:
                    k += step
                    continue
                lo, hi = (tokens[k][2], tokens[k + 1][1]) if step < 0 else (tokens[k - 1][2], tokens[k][1])
                if _SENTENCE_BREAK.search(text[lo:hi]):
                    if step > 0 or not alone or crossed:
                        break
                    crossed = True
                person = self._person_at(k, words, targets, folded, tokens)
                if person:
                    return f"an epithet clause beside '{person}'"
                k += step
        return ""

    def _thing_after(self, hit: _Hit, words: list[str], clause: list[int], targets: set[int],
                     folded: Folded, tokens: list[tuple[str, int, int]], insults: list[_Hit]) -> bool:
        """After "what a <insult>": whether a thing, not a person, follows ("what a shambles
        the car park was", "what a clown costume"); "what a windbag the head is" names a person."""
        c = clause[hit.first]
        insult_at = {k for h in insults for k in range(h.first, h.last + 1)}
        thing = False
        for j in range(hit.last + 1, min(hit.last + 7, len(words))):
            if clause[j] != c:
                break
            if words[j] in _YOU or (j in targets and words[j] not in {"the", "this", "school"}) \
                    or self._name_at(j, words, folded, tokens):
                return False  # "what a useless specimen the new maths teacher is"
            if words[j] in {"the", "this", "that", "these", "those", "his", "her", "their", "my",
                            "our", "new", "old"} or j in insult_at or words[j] in _INTENSIFIERS:
                continue
            thing = True
        return thing

    def _slur_cues(self, hit: _Hit, words: list[str], clause: list[int], sentence: list[int],
                   targets: set[int], folded: Folded, tokens: list[tuple[str, int, int]],
                   insults: list[_Hit], by_kind: dict[str, list[_Hit]]) -> list[str]:
        """Every sign that a slur attacks a person or a group, named by kind ("group:race")."""
        cues = []
        s = sentence[hit.first]
        c = clause[hit.first]
        for g in by_kind.get("group", ()):
            # "women" turns up in crude remarks about anything: no target cue
            if (sentence[g.first] == s and g.entry.target != "sex"
                    and _near(g, hit, _SLUR_CUE_WINDOW)):
                cues.append(f"group:{g.entry.target}")
                break
            # the group the slur itself attacks, further off or in the sentence before ("the
            # special needs unit. Why are we wasting money on ...", "the special needs kid at
            # 2:40 flapping his arms ... <slur>")
            if (g.entry.target == hit.entry.target and g.entry.target != "sex"
                    and s - 1 <= sentence[g.first] <= s and _near(g, hit, _SLUR_SAME_TARGET_WINDOW)):
                cues.append(f"group:{g.entry.target}")
                break
        if any(clause[d.first] == c and _near(d, hit, _SLUR_CUE_WINDOW)
               for d in by_kind.get("derogation", ())):
            cues.append("derogation")
        # the position-bound derogations, as for group words: "ban ...", "... out"
        if any(0 < hit.first - d.last <= 2 for d in by_kind.get("derogation_before", ())) or any(
                d.first - hit.last == 1 for d in by_kind.get("derogation_after", ())):
            cues.append("derogation")
        # batches 60-62: the slur as an adjective of a person's voice, face or walk, the person
        # named in the clause ("the deputy head has a <slur> voice")
        if (hit.last + 1 < len(words) and words[hit.last + 1] in _ATTRIBUTE_NOUNS
                and any(clause[t] == c and t < hit.first for t in targets)):
            cues.append("attribute")
        possessed = hit.first > 0 and words[hit.first - 1] in _POSSESSIVES  # "my ...": a friend
        if possessed:
            return cues
        if any(e in folded.original for e in _DISGUST_EMOJI):
            cues.append("derogation:disgust emoji")  # "... in the drama club 🤮": contempt for people

        before = [words[k] for k in range(max(hit.first - 2, 0), hit.first) if clause[k] == c]
        if _GROUP_QUANTIFIERS.intersection(before):
            cues.append("quantifier")  # "these ...", "bunch of ..."
        nxt = hit.last + 1
        if nxt < len(words) and clause[nxt] == c and words[nxt] in _PERSON_NOUNS:
            cues.append("person_noun")  # "... teacher", "... kids"
        # pointed at people present: a plural slur placed or doing something ("<slur>s in the
        # sen unit", "<slur>s sitting exams"), one placed by a year, form, time or event
        # ("<slur> at 0:45", "a <slur> at prom")
        if nxt < len(words) and clause[nxt] == c:
            plural = words[hit.last].endswith("s")
            after = nxt + 1 if nxt + 1 < len(words) and clause[nxt + 1] == c else -1
            if after >= 0 and words[after] in {"the", "that", "this"} and after + 1 < len(words) \
                    and clause[after + 1] == c and words[after + 1] in _POINTED_PLACES:
                after += 1  # "... on the front row", "... in that photo"
            if words[nxt] in _POINTED_PREPOSITIONS and after >= 0 and (
                    words[after].isdigit() or words[after] in _POINTED_PLACES
                    or self._form_at(after, words, folded, tokens)):
                cues.append(f"pointed:'... {words[nxt]} {words[after]}'")
            elif plural and (words[nxt] in _POINTED_PREPOSITIONS
                             or (words[nxt].endswith("ing") and len(words[nxt]) > 4)):
                cues.append(f"placed:'... {words[nxt]}'")
            elif not plural and hit.first > 0 and words[hit.first - 1] in {"a", "an"}:
                # batch 41: "a <slur> to have a 1 to 1 in my son's class": one pupil, placed
                # by the class a few words on (that class, not just "in")
                for k in range(nxt, min(nxt + 8, len(words) - 1)):
                    if clause[k] != c or clause[k + 1] != c:
                        break
                    if words[k] == "in" and any(words[j] in _CLASS_WORDS for j in range(k + 1, min(k + 4, len(words)))
                                                if clause[j] == c):
                        cues.append("placed:'a ... in ... class'")
                        break
            if not plural and words[nxt].endswith("ing") and len(words[nxt]) > 4:
                # batch 44: one person named by the slur doing something to a class or year
                # ("<slur> reading stories to the reception class"): placed by the place
                for k in range(nxt + 1, min(nxt + 7, len(words))):
                    if clause[k] != c:
                        break
                    if words[k] in _POINTED_PLACES and words[k - 1] in {"the", "our", "my", "that", "this"}:
                        cues.append(f"placed:'... {words[nxt]} ... {words[k]}'")
                        break
        directed = self._directed(hit, words, clause, targets, folded, tokens, insults)
        if directed:
            kind = "addressed" if _addressed(directed) else "directed"
            cues.append(f"{kind}:{directed}")
        # "Ben walks like a ...": a named person compared to the slur
        k = hit.first - 1
        if k >= 0 and words[k] in {"a", "an"}:
            k -= 1
        if k >= 1 and words[k] == "like" and words[k - 1] in _COMPARE_WORDS:
            person = next((p for p in (self._person_at(j, words, targets, folded, tokens)
                                       for j in range(k - 2, max(k - 6, -1), -1) if clause[j] == c) if p), "")
            if person:
                cues.append(f"addressed:'{words[k - 1]} like' said of {person}")
        return cues

    def _slur_target(self, *args: Any) -> str:
        hit = args[0]
        wanted = _TIER_CUES.get(hit.entry.tier, frozenset())
        cues = [c for c in self._slur_cues(*args) if c.split(":")[0] in wanted]
        return cues[0] if cues else ""

    def _subject(self, cop: int, words: list[str], clause: list[int], targets: set[int],
                 folded: Folded, tokens: list[tuple[str, int, int]], school_counts: bool) -> str:
        c = clause[cop]
        if words[cop] in _BARE_CONTRACTIONS:
            return words[cop]  # "shes so ugly", "theyre such losers"
        if words[cop].endswith("'s") or words[cop].endswith("'re"):
            head = words[cop].split("'")[0]
            if head in {"he", "she", "they", "you", "who", "that"}:
                return head
            if words[cop].endswith("'s") and self._name_at(cop, words, folded, tokens):
                return "a name"  # "Ellie's a pig"
            # batches 63-65: a person word's "'s" standing for "is" before an article or an
            # intensifier ("the caretaker's a ...", "the ref's such a ..."), not a possession
            if words[cop].endswith("'s") and (cop in targets or self._is_target(head) or (
                    cop > 0 and self._is_target(f"{words[cop - 1]} {head}"))) and cop + 1 < len(words) \
                    and clause[cop + 1] == c and words[cop + 1] in _IS_NEXT:
                return head
        if cop >= 2 and clause[cop - 2] == c and cop - 1 not in targets and words[cop - 2].endswith("'s") \
                and words[cop - 2] not in _IS_CONTRACTIONS:
            return ""  # "Mr Kirby's jokes are cringe": his jokes, not him
        for k in range(cop - 1, max(cop - 8, 0), -1):
            if clause[k] != c:
                break
            if words[k] in _ABOUT and words[k - 1] in _SPEECH_NOUNS:
                return ""  # "the comments about the families are disgusting": the comments
        counted = 0
        for k in range(cop - 1, -1, -1):
            if clause[k] != c or counted >= 5:
                break
            if words[k].isdigit() or (words[k] == "at" and k + 1 < cop and words[k + 1].isdigit()):
                continue  # "the lad at 1:11 is ...": a video's timestamp points at a person
            counted += 1
            if words[k] == "whoever":
                return "whoever"  # "whoever designed it is a ..."
            if words[k] in _EVERYONE:
                return words[k]  # "everyone at that school is a smug hypocrite"
            if (words[k] in _PEOPLE_GROUPS and k == cop - 1 and words[cop] in {"are", "were", "'re"}
                    and not (k > 0 and words[k - 1] in _OWN)):
                return words[k]  # "the netball team are trash": a team spoken of as its people
            # the school as the subject of a complaint ("the traffic outside school is awful")
            # is not a person being insulted, nor is the writer's own child ("my boys are
            # pigs at dinner time")
            if k in targets and words[k] not in {"school", "academy", "place", "the", "this"}:
                if words[k] in _OWN_FAMILY and k > 0 and words[k - 1] in _OWN:
                    return ""
                return words[k]
            if words[k] in _STREET_WORDS or (k + 1 < cop and words[k + 1] in _STREET_WORDS):
                continue  # "the parking on Church Lane is a disgrace": a street, no one named
            s = tokens[k][1]
            o_start, _ = folded.loose.to_original(s, s + 1)
            ch = folded.original[o_start:o_start + 1]
            token = folded.original[o_start:o_start + len(words[k])]
            if words[k] not in _NOT_NAMES and ((ch.isupper() and not token.isupper())
                                               or self._lower_name_at(k, words, folded, tokens)):
                return "" if k > 0 and words[k - 1] in _OWN else "a name"  # "our Freddie": own child
        # "the parent who complained about the uniform is ...": the person a relative clause
        # describes, further back than five words
        for k in range(cop - 1, max(cop - 14, 0), -1):
            if clause[k] != c or words[k] in _COPULAS or words[k] in _NEGATIONS:
                break
            if words[k] == "who" and clause[k - 1] == c:
                person = self._person_at(k - 1, words, targets, folded, tokens)
                return f"{person} who ..." if person and person not in _YOU else ""
            # "that mum in the comments complaining about loot boxes is ...": the person a
            # participle clause describes (not a thing made: "the cake the mums baking ...")
            if k > 0 and words[k].endswith("ing") and len(words[k]) > 4 and clause[k - 1] == c \
                    and _MADE_VERBS.isdisjoint(words[k:cop]):
                head = next((j for j in range(k - 1, max(k - 5, -1), -1)
                             if clause[j] == c and j in targets and words[j] in _PEOPLE_NOUNS_DESCRIBED), None)
                if head is not None and not (head > 0 and words[head - 1] in _OWN):
                    return f"{words[head]} {words[k]} ..."
        return ""

    def _form_at(self, k: int, words: list[str], folded: Folded, tokens: list[tuple[str, int, int]]) -> bool:
        """Whether token ``k`` is a form or class code ("9r", "10F", "y7"), read from the
        original text because leet folding turns its digits into letters."""
        s, e = tokens[k][1], tokens[k][2]
        o_start, o_end = folded.loose.to_original(s, e)
        return bool(_FORM_CODE.fullmatch(folded.original[o_start:o_end].lower()))

    # -- batch 13a: insults with no lexicon word, reports and the writer's own words -------
    def _name_at(self, k: int, words: list[str], folded: Folded, tokens: list[tuple[str, int, int]]) -> bool:
        """Whether token ``k`` is written as a name: capitalised, not shouted, no common word."""
        head = words[k].split("'")[0]
        if words[k] in _NOT_NAMES or head in _NOT_NAMES or not head.isalpha():
            return False
        s = tokens[k][1]
        o_start, _ = folded.loose.to_original(s, s + 1)
        token = folded.original[o_start:o_start + len(words[k])]
        return (token[:1].isupper() and not token.isupper()) or self._lower_name_at(k, words, folded, tokens)

    def _lower_name_at(self, k: int, words: list[str], folded: Folded, tokens: list[tuple[str, int, int]]) -> bool:
        """A lower-case name where a name opens a clause ("ellie stinks", "omg kayden is ..."),
        not inside a noun phrase ("the letter about head lice was ...")."""
        if k > 0 and words[k - 1] not in _NAME_LEADS and not any(
                ch in ".,!?;:\n" for ch in folded.loose.text[tokens[k - 1][2]:tokens[k][1]]):
            return False
        return self._lower_name(words[k].split("'")[0], folded)

    def _lower_name(self, word: str, folded: Folded) -> bool:
        """ "stfu kayden", "ellie stinks": in a comment written with no capital letter at all
        (X and YouTube text-speak), a rare word (not on the common-words list, not a lexicon
        word, no everyday ending) stands where a capitalised name would."""
        if not (3 <= len(word) <= 12 and word.isalpha()) or word in _NOT_NAMES or word.endswith(_NOT_NAME_ENDINGS):
            return False
        common = _common_words()
        if word in self.lexicon.entries or word in common or (
                word.endswith("s") and (word[:-1] in common or word[:-2] in common)):
            return False  # "oceans", "boxes": plurals of ordinary words
        return _all_lower(folded.original)

    def _person_at(self, k: int, words: list[str], targets: set[int], folded: Folded,
                   tokens: list[tuple[str, int, int]]) -> str:
        """Whom token ``k`` names: "you", "he"/"she", a person noun (not the writer's own
        child: "my boys"), a name; "" for anything else (things, "they", "it")."""
        word = words[k]
        head = word.split("'")[0]
        if word in _YOU or head in _YOU:
            return word
        if word in _PERSON_PRONOUNS or head in {"he", "she"}:
            return head
        if word == "whoever":
            return word
        if k in targets and head not in {"school", "academy", "place", "lot", "office", "council",
                                          "management", "they", "them", "it", "people", "the", "this"}:
            if head in _OWN_FAMILY and k > 0 and words[k - 1] in _OWN:
                return ""
            return head
        if self._name_at(k, words, folded, tokens):
            return "" if k > 0 and words[k - 1] in _OWN else "a name"  # "our Tommy": own child
        return ""

    @staticmethod
    def _reported(first: int, words: list[str], clause: list[int]) -> bool:
        """Whether the word at ``first`` is quoted in a report of name-calling: "was called
        ...", "calling girls ...", "words like ...", "told her she ..."; not "calling you ..."."""
        c = clause[first]
        for k in range(max(first - 6, 0), first):
            if clause[k] != c:
                continue
            w = words[k]
            between = words[k + 1:first]
            if w in _REPORT_VERBS or (w == "like" and k > 0 and words[k - 1] in {"words", "names", "things"}):
                # "who you calling a ...", "calling you a ...": aimed at the reader
                return not any(b in _YOU for b in words[max(k - 2, 0):first])
            if w in _TOLD and between and between[0] in {"him", "her", "me", "them", "my", "our", "he",
                                                          "she", "i", "they", "that"}:
                return True
            # "they'll tell everyone she's a ...": what a third person threatens to say, reported
            if w in _TOLD and between and between[0] in _EVERYONE | {"people", "the"} and any(
                    words[j] in _THIRD_PERSON_TELLERS for j in range(max(k - 6, 0), k) if clause[j] == c):
                return True
            # "telling everyone my daughter's a liar": the writer's own child, spoken of by
            # someone else (no writer runs their own child down to everyone)
            if (w in _TOLD or w in {"saying", "says", "said"}) and any(
                    a in _OWN and b.removesuffix("'s") in _OWN_FAMILY for a, b in zip(between, between[1:])):
                return True
        # "told my friend she was ugly and fat": the names of one report, listed (batches 69-71)
        if first >= 2 and words[first - 1] in {"and", "or"} and clause[first - 2] == c \
                and AbuseDetector._reported(first - 2, words, clause):
            return True
        # "told her 5 year old she's too fat": a child named by age takes three words more
        for k in range(max(first - 9, 0), max(first - 6, 0)):
            if clause[k] == c and words[k] in _TOLD and words[k + 1:k + 5][-2:] == ["year", "old"] \
                    and words[k + 1] in {"her", "his", "their", "my", "our", "a"}:
                return True
        return False

    @staticmethod
    def _condemned(text: str, hit: "_Hit") -> bool:
        """Whether the word is the name or the verdict in a condemnation of name-calling:
        "calling teachers <insult> is disgusting", "calling kids names isn't on"."""
        if "call" not in text:
            return False
        for m in _CONDEMNED_CALLING.finditer(text[max(hit.start - 80, 0):hit.end + 40]):
            offset = max(hit.start - 80, 0)
            if m.start() + offset <= hit.start and hit.end <= m.end() + offset:
                return True
        return False

    @staticmethod
    def _in_reported_quote(text: str, start: int) -> bool:
        """Whether ``start`` lies inside a quotation that a report verb opens: 'his mum yelling
        "you're worthless"', 'my son was called a "..."'. The quote mark breaks the clause, so
        the clause-bound report check cannot see the verb."""
        window = text[max(start - 60, 0):start]
        for q in range(len(window) - 1, -1, -1):
            if window[q] in _QUOTES:
                # an apostrophe inside a word ("you're") is no quote mark
                if window[q] == "'" and 0 < q < len(window) - 1 and window[q - 1].isalpha() and window[q + 1].isalpha():
                    continue
                return bool(_QUOTED_REPORT.search(window[:q + 1]))
        return False

    @staticmethod
    def _names_people_next(g: _Hit, words: list[str], by_kind: dict[str, list[_Hit]]) -> bool:
        """Whether the word after an adjective group word ("foreign") names people: a person
        noun, or an insult or derogation said of them."""
        nxt = g.last + 1
        if g.first > 0 and words[g.first - 1] in {"are", "is", "all", "being", "too"} \
                and (nxt >= len(words) or words[nxt] in {"no", "and", "so", "now", "lol", "tbh"}):
            return True  # "half the class are foreign, no wonder ...": said of the people
        if nxt >= len(words):
            return False
        if words[nxt] in _PERSON_NOUNS or words[nxt] in {"lot", "mob", "woman", "man", "women", "men", "cow",
                                                        "lady", "bloke", "fella", "lass"}:
            return True
        return any(h.first == nxt for kind in ("insult", "derogation", "slur") for h in by_kind.get(kind, ()))

    def _called_it(self, folded: Folded, view: Any, words: list[str],
                   tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "lets the trans kid pick which dorm 'it' sleeps in": a trans person called "it" in
        sneer quotes, the subject of a verb (batches 54-56); not a report of the word ("they
        called her 'it'") and not "it" quoted as a thing."""
        original = folded.original
        for i, word in enumerate(words):
            if word != "it" or i + 1 >= len(words) or words[i + 1] not in _IT_VERBS:
                continue
            o_start, o_end = view.to_original(tokens[i][1], tokens[i][2])
            if not (o_start > 0 and original[o_start - 1] in _QUOTES and o_end < len(original)
                    and original[o_end] in _CLOSING_QUOTES):
                continue
            if not _REPORT_VERBS.isdisjoint(words[max(i - 4, 0):i]):
                continue  # "the boys keep calling her 'it'": name-calling reported
            span = _Hit(LexiconEntry("it", "hate_phrase", 3, "gender_identity"), i, i + 1,
                        tokens[i][1], tokens[i + 1][2])
            rule = "dehumanised_it(target=gender_identity)"
            adj = ("a trans person called 'it'",)
            return [self._detection(folded, view, _HATE, _IDENTITY_INSULT_SCORE, rule, span, adj),
                    self._detection(folded, view, _ABUSE, _IDENTITY_INSULT_SCORE, rule, span, adj)]
        return []

    @staticmethod
    def _own_family(first: int, words: list[str], clause: list[int]) -> bool:
        """ "my brother is a right idiot", "our dad is such a muppet": the writer's own family."""
        c = clause[first]
        # "my daughter's a liar": the family noun with its "'s" (is) still names the family
        return any(words[k] in _OWN and words[k + 1].removesuffix("'s") in _OWN_FAMILY
                   for k in range(max(first - 6, 0), first - 1) if clause[k] == c and clause[k + 1] == c)

    @staticmethod
    def _self_said(first: int, words: list[str], clause: list[int], sentence: list[int]) -> bool:
        """ "I'm such an idiot", "I feel like a useless mum": the writer about themselves."""
        c = clause[first]
        if any(w in _YOU for k, w in enumerate(words) if sentence[k] == sentence[first]):
            return False
        k = first - 1
        while k >= 0 and clause[k] == c and first - k <= 5:
            w = words[k]
            if w in _FIRST_PERSON:
                return True
            if w not in _SELF_LINKS and w not in _COPULAS:
                return False
            k -= 1
        return False

    def _dismissals(self, folded: Folded, view: Any, words: list[str], clause: list[int],
                    by_kind: dict[str, list[_Hit]], insults: list[_Hit],
                    tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "do one Mrs Taylor", "jog on you sad little man": a rude command to go away."""
        for hit in by_kind.get("dismissal", ()):
            c = clause[hit.first]
            lead = [k for k in range(hit.first) if clause[k] == c]
            if any(words[k] not in _DISMISS_LEAD and not self._name_at(k, words, folded, tokens)
                   for k in lead):
                continue  # "we'll do one more lap", "they jog on the field"
            if view.text[hit.end:].lstrip().startswith("?"):
                continue  # "could you do one?"
            if _QUOTED_REPORT.search(view.text[max(hit.start - 60, 0):hit.start]):
                continue  # 'he said "nobody cares what you want"': someone else's words, reported
            before = _SENTENCE_BREAK.split(view.text[:hit.start])[-1]
            if hit.entry.term in _LAMENTS and (hit.last + 1 >= len(words) or clause[hit.last + 1] != c) and not (
                    _FIRST_PERSON | _SELF_FEELINGS).isdisjoint(_WORD.findall(before)):
                continue  # "feel like giving up tbh, nobody cares": the writer about themselves
            j = hit.last + 1
            if not (j >= len(words) or clause[j] != c or words[j] in _DISMISS_NEXT
                    or self._name_at(j, words, folded, tokens) or any(h.first == j for h in insults)
                    or ((j + 1 >= len(words) or clause[j + 1] != c) and self._lower_name(words[j], folded))):
                continue  # "go away for half term", "get lost in a good book"
            rule = "dismissal(severity=2,target=none)"
            return [self._detection(folded, view, _ABUSE, _DISMISSAL_SCORE, rule, hit,
                                    ("a command to go away, aimed at the reader or a name",))]
        return []

    def _ill_wishes(self, folded: Folded, view: Any, words: list[str], clause: list[int],
                    targets: set[int], tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "I hope the whole staff get food poisoning", "hope Mr Dale gets run over": harm
        wished on a person; not "hope nobody gets hurt" or "hope he doesn't catch it"."""
        for i, word in enumerate(words):
            if word not in _WISH_WORDS:
                continue
            c = clause[i]
            k = i + 1
            while k < len(words) and clause[k] == c and words[k] in _SKIP_TO_PERSON and k - i < 4:
                k += 1
            if k >= len(words) or clause[k] != c:
                continue
            person = self._person_at(k, words, targets, folded, tokens)
            if not person or person in {"your", "yours"} or (k > 0 and words[k - 1] in _OWN):
                continue
            for j in range(k + 1, min(k + 8, len(words))):
                if clause[j] != c or words[j] in _NEGATIONS or words[j].endswith("n't") or words[j] in {
                        "dont", "doesnt", "wont", "well", "better", "recover", "recovers", "soon"}:
                    break
                w = words[j]
                if w in _HARM_WORDS and (w not in _HARM_AFTER or (j + 1 < len(words) and words[j + 1] == _HARM_AFTER[w])):
                    end = j + 1 if w in _HARM_AFTER else j
                    span = _Hit(LexiconEntry(w, "ill_wish"), i, end, tokens[i][1], tokens[end][2])
                    return [self._detection(folded, view, _ABUSE, _ILL_WISH_SCORE, "ill_wish(severity=2,target=none)",
                                            span, (f"harm wished on {person}",))]
        return []

    @staticmethod
    def _mentioned(hit: _Hit, words: list[str], tokens: list[tuple[str, int, int]], text: str) -> bool:
        """Whether a phrase is quoted as a name ("videos about the 'great replacement'")."""
        k = hit.first - 1
        if k >= 0 and words[k] in {"the", "a", "this", "that"}:
            k -= 1
        return (k >= 0 and words[k] in _MENTION_WORDS
                and any(q in text[tokens[k][2]:hit.start] for q in "\"'\u201c\u2018"))

    @staticmethod
    def _self_belief(first: int, words: list[str], clause: list[int]) -> bool:
        """ "she says she's fat", "thinks he's thick": someone's view of themselves, reported
        by a worried friend or parent; not "he says you're thick"."""
        c = clause[first]
        if first >= 2 and words[first - 1] == "being" and words[first - 2] == "about" \
                and not any(words[j] in _YOU for j in range(max(first - 6, 0), first) if clause[j] == c):
            return True  # "she's already talking about being disgusting": her words about herself
        for k in range(max(first - 5, 1), first):
            if clause[k] != c or words[k] not in _SELF_COPULAS or any(words[j] in _YOU for j in range(k, first)):
                continue
            # the believer is the one described: "she says she's ...", "he keeps saying he's ..."
            who = words[k].split("'")[0].removesuffix("s") if words[k] not in {"i'm", "im", "i"} else "i"
            verb = next((j for j in range(k - 1, max(k - 3, -1), -1) if words[j] in _BELIEF_VERBS), None)
            if verb is None:
                continue
            before = [words[j] for j in range(max(verb - 3, 0), verb) if clause[j] == c
                      and words[j] not in {"keeps", "always", "often", "still", "just", "even"}]
            if not before or before[-1] == who or (
                    before[-1] not in _FIRST_PERSON and before[-1] not in _YOU and before[-1] != "we"):
                # "she says she's ...", "my daughter says she's ...", "..., thinks he's ...";
                # not "I think she's ..." or "you said he's ..."
                return True
        return False

    def _state_of(self, folded: Folded, view: Any, words: list[str], sentence: list[int],
                  targets: set[int], tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "look at the state of him", "the state of the year 6 teacher in that photo": a
        person's looks mocked; "the state of the car park" is about a place."""
        for i, word in enumerate(words):
            if word != "state" or i + 1 >= len(words) or words[i + 1] != "of":
                continue
            if i > 0 and words[i - 1] not in {"the", "look", "at", "lol", "omg", "wow", "honestly"}:
                continue  # "a state of emergency", "their state of mind"
            s = sentence[i]
            for k in range(i + 2, min(i + 2 + _STATE_PERSON_WINDOW, len(words))):
                if sentence[k] != s:
                    break
                if words[k] in {"mind", "play", "affairs", "emergency", "repair", "the art", "art"}:
                    break
                person = self._person_at(k, words, targets, folded, tokens)
                if not person or person in {"your", "yours"}:
                    continue
                if words[k].endswith("'s") or (k + 1 < len(words) and words[k + 1] in _STATE_THINGS):
                    break  # "the state of the kids' toilets": a place or a thing
                span = _Hit(LexiconEntry("state of", "mockery"), i, k, tokens[i][1], tokens[k][2])
                return [self._detection(folded, view, _ABUSE, _STATE_SCORE, "state_of(severity=2,target=none)",
                                        span, (f"'the state of' said of {person}",))]
        return []

    def _no_wonder(self, folded: Folded, view: Any, words: list[str], clause: list[int],
                   targets: set[int], tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "no wonder he has no mates", "no wonder she's single": a person's life mocked."""
        for i, word in enumerate(words):
            if word != "wonder" or i == 0 or words[i - 1] not in {"no", "small"}:
                continue
            c = clause[i]
            after = [k for k in range(i + 1, min(i + 7, len(words))) if clause[k] == c]
            if not after:
                continue
            person = self._person_at(after[0], words, targets, folded, tokens)
            if not person or person in {"your", "yours"} or any(
                    words[j] in _OWN and words[j + 1] in _OWN_FAMILY for j in range(len(words) - 1)):
                continue  # "my son is new, no wonder he has no friends yet": a parent's worry
            isolated = next((k for k in after if words[k] in _NO_WONDER_ISOLATION
                             or (words[k] == "one" and words[k - 1] == "no")), None)
            if isolated is None:
                continue
            span = _Hit(LexiconEntry("no wonder", "mockery"), i - 1, isolated, tokens[i - 1][1], tokens[isolated][2])
            return [self._detection(folded, view, _ABUSE, _NO_WONDER_SCORE, "no_wonder(severity=2,target=none)",
                                    span, (f"'no wonder ... {words[isolated]}' said of {person}",))]
        return []

    def _mock_frames(self, folded: Folded, view: Any, text: str, words: list[str], targets: set[int],
                     tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "imagine being tia tho 💀", "who let freddie think he could sing", "not u thinking
        ur good at football": mockery of a named person (a name, "him"/"her", "you") with no
        insult word; "imagine being a teacher in this heat" names no one."""
        starts = {start: k for k, (_, start, _) in enumerate(tokens)}
        for m in _MOCK_FRAME.finditer(text):
            group = next(g for g in ("a", "b", "c", "d") if m.group(g) is not None)
            k = starts.get(m.start(group))
            if k is None:
                continue
            person = self._person_at(k, words, targets, folded, tokens) or (
                "a name" if self._lower_name(words[k], folded) else "")
            if not person or person in {"your", "yours", "ur"} and group not in {"c", "d"}:
                continue
            span = _Hit(LexiconEntry("mock frame", "mockery"), k, k, m.start(), m.end())
            return [self._detection(folded, view, _ABUSE, _MOCK_FRAME_SCORE, "mock_frame(severity=2,target=none)",
                                    span, (f"mockery frame said of {person}",))]
        return []

    def _comparisons(self, folded: Folded, view: Any, words: list[str], sentence: list[int],
                     clause: list[int], targets: set[int], by_kind: dict[str, list[_Hit]],
                     tokens: list[tuple[str, int, int]], report: bool) -> list[Detection]:
        """ "Olivia looks like a potato", "teeth like a horse", "a face like a smacked bum"."""
        nouns = {h.first: h for h in by_kind.get("comparison", ())}
        out: list[Detection] = []
        for i, word in enumerate(words):
            if word != "like" or i == 0:
                continue
            verb = i - 1
            if words[verb] not in _COMPARE_WORDS:
                # "grunting at everyone like an ape": the noise's object between verb and "like"
                if not (i >= 3 and words[i - 1] in _NOISE_OBJECTS and words[i - 2] in {"at", "to"}
                        and words[i - 3] in _COMPARE_WORDS):
                    continue
                verb = i - 3
            s = sentence[i]
            noun = next((nouns[j] for j in range(i + 1, min(i + 5, len(words)))
                         if j in nouns and sentence[j] == s), None)
            if noun is None:
                # "a face like thunder": any comparison, unless it is praise
                after = [words[j] for j in range(i + 1, min(i + 3, len(words))) if sentence[j] == s]
                if words[verb] != "face" or not after or not _FACE_PRAISE.isdisjoint(after):
                    continue
            if not _COSTUME.isdisjoint(words) or any(
                    w == "dressed" and {"as", "up"} & set(words[j + 1:j + 3]) for j, w in enumerate(words)):
                continue  # "the mascot costume made Mr Green look like a giant chicken", "dressed as"
            person = ""
            for k in range(verb - 1, max(verb - 7, -1), -1):
                if sentence[k] != s or words[k] in _MADE_VERBS:
                    break  # "the cake the year 2s made looks like a hedgehog": the cake is compared
                person = self._person_at(k, words, targets, folded, tokens)
                if person:
                    break
            if not person and noun is not None:
                # "the girl who sang in the video sounds like ...": a relative clause between
                # the person and the verb
                who = next((k for k in range(verb - 1, max(verb - 13, 0), -1)
                            if sentence[k] == s and words[k] == "who"), None)
                if who is not None:
                    person = self._person_at(who - 1, words, targets, folded, tokens)
            if not person and noun is not None:
                # "the teacher reading out the tips sounds like ...": the same clause cut short
                # to a participle
                ing = next((k for k in range(verb - 2, max(verb - 13, 0), -1)
                            if sentence[k] == s and words[k].endswith("ing") and len(words[k]) > 4), None)
                if ing is not None and _MADE_VERBS.isdisjoint(words[ing:verb]):
                    person = self._person_at(ing - 1, words, targets, folded, tokens)
            if not person and noun is not None and verb >= 2 and sentence[verb - 2] == s \
                    and words[verb - 2].endswith("'s") and words[verb - 2] not in _IS_CONTRACTIONS:
                # "the deaf girl's singing sounds like a seal": a person's voice or act compared
                head = words[verb - 2].split("'")[0]
                person = (f"{head}'s {words[verb - 1]}" if self._is_target(head) and words[verb - 1] in _PERFORMANCES
                          else "")  # not "the lad's drawing looks like a horse": a thing made
            if not person and noun is not None and verb > 0 and clause[verb - 1] != clause[verb]:
                # "whoever dressed the choir like that ..., look like a bunch of bin bags": the
                # clause has no subject of its own; the people named before it are compared
                person = next((words[k] for k in range(verb - 1, max(verb - 13, -1), -1)
                               if sentence[k] == s and words[k] in _PEOPLE_GROUPS), "")
            if not person and noun is not None and any(
                    words[k] == "imagine" and k + 1 < len(words) and words[k + 1].endswith("ing")
                    and words[k + 1] not in _COMPARE_WORDS for k in range(max(verb - 12, 0), verb)
                    if sentence[k] == s):
                # batches 66-68: "imagine paying ... and still looking like a ...": the one
                # imagined doing it is the reader, or whoever the post is about
                person = "imagine ..."
            if not person or (report and self._reported(verb, words, clause)):
                continue
            end = noun if noun is not None else _Hit(LexiconEntry(words[i + 1], "comparison"), i + 1, i + 1,
                                                      tokens[i + 1][1], tokens[i + 1][2])
            span = _Hit(end.entry, verb, end.last, tokens[verb][1], end.end)
            adj = (f"'{words[verb]} like ...' said of {person}",)
            rule = "comparison(severity=2,target=none)"
            out.append(self._detection(folded, view, _ABUSE, _COMPARISON_SCORE, rule, span, adj))
            # the same mockery beside a protected group word ("the deaf kid talks like a seal")
            group = next((g for g in by_kind.get("group", ()) if sentence[g.first] == s
                          and g.entry.target != "sex"), None)
            if group is not None:
                rule = f"group_comparison(target={group.entry.target})"
                adj = adj + (f"beside group word '{group.entry.term}'",)
                out.append(self._detection(folded, view, _HATE, _STEREOTYPE_SCORE, rule, span, adj))
                out.append(self._detection(folded, view, _ABUSE, _STEREOTYPE_SCORE, rule, span, adj))
            return out
        return out

    def _smells(self, folded: Folded, view: Any, words: list[str], clause: list[int],
                targets: set[int], tokens: list[tuple[str, int, int]], report: bool) -> list[Detection]:
        """ "Jayden stinks", "Noah smells of wee"; "bet he stinks of curry" is also hate."""
        for i, word in enumerate(words):
            if word not in _SMELL_VERBS:
                continue
            c = clause[i]
            nxt = words[i + 1] if i + 1 < len(words) and clause[i + 1] == c else ""
            # "stinks the whole hall out": the place made to smell, still a smell pinned on a person
            stinks_out = nxt == "the" and "out" in words[i + 2:i + 6] and word.startswith(("stink", "stank"))
            if (nxt in _SMELL_VETO and not stinks_out) or (word in _SMELL_NEEDS_OBJECT and nxt not in {"of", "like"}):
                continue
            person = ""
            for k in range(i - 1, max(i - 5, -1), -1):
                if clause[k] != c:
                    break
                if words[k] in _SMELL_SKIP or self._form_at(k, words, folded, tokens) or (
                        words[k] == "in" and k + 1 < i and self._form_at(k + 1, words, folded, tokens)):
                    continue  # "callum in 9r stinks": the pupil's form between name and verb
                person = self._person_at(k, words, targets, folded, tokens)
                break
            after = [words[j] for j in range(i + 1, min(i + 4, len(words))) if clause[j] == c]
            if not person and i > 0 and words[i - 1] in _CHANGED_PLACES and _SMELL_STEREOTYPES.intersection(after) \
                    and not _CHANGE_MARKERS.isdisjoint(words[i:]):
                # "school smells of curry these days": a place said to have changed, blamed on
                # a group's food (not "the hall smells of curry, lunch was lovely")
                person = f"the {words[i - 1]}, said to have changed"
            if not person or person in {"your", "yours"} or (report and self._reported(i, words, clause)):
                continue
            if _NEGLECT_SIGNS.search(view.text) and not _SMELL_STEREOTYPES.intersection(after):
                continue  # "same clothes all week, her hair is matted and she smells of ...": care, told
            end = i + len(after)
            span = _Hit(LexiconEntry(word, "smell"), i, end, tokens[i][1], tokens[end][2])
            adj = (f"a smell pinned on {person}",)
            stereotype = _SMELL_STEREOTYPES.intersection(after)
            if stereotype and stereotype <= _SMELL_STEREOTYPES_WEAK:
                joined = f" {' '.join(words)} "
                if not any(f" {term} " in joined for term in self.lexicon.group_terms):
                    stereotype = set()
            if stereotype:
                rule = "smell_stereotype(target=race)"
                adj = adj + (f"stereotype '{sorted(stereotype)[0]}'",)
                return [self._detection(folded, view, _HATE, _STEREOTYPE_SCORE, rule, span, adj),
                        self._detection(folded, view, _ABUSE, _STEREOTYPE_SCORE, rule, span, adj)]
            return [self._detection(folded, view, _ABUSE, _SMELL_SCORE, "smell(severity=2,target=none)",
                                    span, adj)]
        return []

    def _identity_insults(self, folded: Folded, view: Any, words: list[str], clause: list[int],
                          targets: set[int], by_kind: dict[str, list[_Hit]],
                          tokens: list[tuple[str, int, int]]) -> list[Detection]:
        """ "he's so autistic", "ur so gay mate": a protected characteristic used as the insult;
        also "a bit special" said of a person, the coded form of the same mockery."""
        groups = list(by_kind.get("group", ()))
        groups += [_Hit(LexiconEntry("special", "group", 0, "disability"), i, i, tokens[i][1], tokens[i][2])
                   for i, w in enumerate(words) if w == "special" and i > 0 and words[i - 1] in {"bit", "abit"}]
        for g in groups:
            if g.entry.term not in _IDENTITY_AS_INSULT or g.first == 0:
                continue
            c = clause[g.first]
            prev = g.first - 1
            if clause[prev] != c or words[prev] not in _IDENTITY_INTENSIFIERS:
                continue
            if g.last + 1 < len(words) and words[g.last + 1] in _SUPPORTIVE_NEXT:
                continue  # "so autistic friendly", "so gay positive"
            person = ""
            for k in range(prev - 1, max(prev - 4, -1), -1):
                if clause[k] != c:
                    break
                if words[k] in _FIRST_PERSON:
                    break  # "I'm so gay for this song": the writer's own word
                if words[k] in {"that's", "thats", "how"}:
                    person = words[k]
                    break
                person = self._person_at(k, words, targets, folded, tokens)
                if person or words[k] not in _COPULAS | {"is", "are", "actually", "just", "really", "a"}:
                    break
            if not person:
                continue
            span = _Hit(g.entry, prev, g.last, tokens[prev][1], g.end)
            rule = f"identity_as_insult(target={g.entry.target})"
            adj = (f"'{words[prev]} {g.entry.term}' said of {person}",)
            # "boys keep saying 'that's so gay'": quoted in a parent's report, reviewed only
            quote_from = tokens[max(prev - 1, 0)][1] if prev > 0 and words[prev - 1] in {"that's", "thats", "it's", "its"} else span.start
            if _QUOTED_REPORT.search(view.text[max(quote_from - 60, 0):quote_from]):
                return [self._detection(folded, view, _ABUSE, _REPORTED_SLUR_SCORE, rule, span,
                                        adj + ("quoted in a report: review, not hate",))]
            return [self._detection(folded, view, _HATE, _IDENTITY_INSULT_SCORE, rule, span, adj),
                    self._detection(folded, view, _ABUSE, _IDENTITY_INSULT_SCORE, rule, span, adj)]
        return []

    def _group_hate(self, folded: Folded, view: Any, by_kind: dict[str, list[_Hit]],
                    sentence: list[int], words: list[str]) -> list[Detection]:
        hard = by_kind.get("hard_negative", [])
        groups = [g for g in by_kind.get("group", ())
                  if not (g.entry.target == "sex" and g.first > 0 and words[g.first - 1] in _OWN)
                  # "my disabled brother", "our autistic son": the writer's own family, whose
                  # mistreatment a report describes
                  and not (g.first > 0 and words[g.first - 1] in _OWN and g.last + 1 < len(words)
                           and words[g.last + 1] in _OWN_FAMILY)
                  and not self._covered(g, hard)
                  # a flag names what a slur attacks ("the rainbow flags ... <slur>") but is
                  # nobody to derogate ("the head who put the rainbow flag up wants dragging")
                  and g.entry.term not in _SYMBOL_GROUPS
                  and not self._spoken_about(g, words)
                  # batches 63-65: sight or hearing said to fail one person ("the ref must be
                  # blind", "are you deaf or what"): a put-down of that person, no people named
                  and not _predicated_sense(g, words)
                  # "foreign scroungers", "the foreign cow": a people only before a person or an
                  # insult, not "foreign exchange", "foreign languages" (batches 54-56)
                  and not (g.entry.term in _ADJECTIVE_GROUPS and not self._names_people_next(g, words, by_kind))]
        derogations = [d for d in by_kind.get("derogation", ())
                       if not _negated(words, d.first) and not _counted_or_done_to(d, words)]
        # not a group described ("wants to join that group that hates ..."): the hatred of
        # someone else, reported
        derogations += [h for h in by_kind.get("derogation_before", ())
                        if any(0 < g.first - h.last <= 2
                               # "typical women, all looks ...", not "a typical jewish family meal"
                               and (h.entry.term != "typical" or _TYPICAL_CLOSES.match(view.text, g.end))
                               for g in groups)
                        and not (h.first > 0 and words[h.first - 1] in {"that", "who", "which"})]
        derogations += [h for h in by_kind.get("derogation_after", ())
                        if any(h.first - g.last == 1 for g in groups)]
        # "send the Romanians back", "deport those people home"
        for g in groups:
            before = {words[k] for k in range(max(g.first - 3, 0), g.first)}
            after = {words[k] for k in range(g.last + 1, min(g.last + 4, len(words)))}
            if before & _SEND_VERBS and after & _SEND_WHERE:
                derogations.append(_Hit(LexiconEntry("send ... back", "derogation"), g.first, g.last,
                                        g.start, g.end))
            elif before & _SEND_VERBS_FAR and g.last + 1 < len(words) and (
                    words[g.last + 1] == "to" or words[g.last + 1] in _PERSON_NOUNS
                    or words[g.last + 1] in _SENSE_PEOPLE) and _SEND_ELSEWHERE.match(
                    " ".join(words[g.last + 1:g.last + 7]).split(" to ", 1)[-1]) \
                    and "to" in words[g.last + 1:g.last + 4]:
                # the verb is the derogation (the group's own words cannot be both)
                v = max(k for k in range(max(g.first - 3, 0), g.first) if words[k] in _SEND_VERBS_FAR)
                spans = list(_TOKEN.finditer(view.text))
                derogations.append(_Hit(LexiconEntry("send ... elsewhere", "derogation"), v, v,
                                        spans[v].start(), spans[v].end()))
        # batches 63-65: a crime or a plot imputed to a people as a guess ("the ... who run the
        # chippy donated the prize? probably stolen", "... family filming probably charged
        # admission", "... on a friday. probably at the mosque plotting")
        for k, w in enumerate(words):
            if w not in _GUESSES:
                continue
            ahead = [j for j in range(k + 1, min(k + 6, len(words))) if sentence[j] == sentence[k]]
            # ... done by them, not to them ("will probably be charged less")
            crime = next((j for j in ahead if words[j] in _IMPUTED_CRIMES
                          and words[j - 1] not in _COPULAS | {"get", "got", "getting", "gets"}
                          # ... nor their loss ("their van, probably stolen by someone")
                          and not (j + 1 < len(words) and words[j + 1] in {"by", "from", "off"})), None)
            if crime is not None and any(sentence[g.first] in (sentence[k], sentence[k] - 1)
                                         and _people_named(g, words, by_kind) for g in groups):
                spans = list(_TOKEN.finditer(view.text))
                derogations.append(_Hit(LexiconEntry(_IMPUTED_TERM, "derogation"), k, crime,
                                        spans[k].start(), spans[crime].end()))
        # "... go home" as a sentence of its own after the sentence naming the people
        for k, w in enumerate(words):
            if w == "go" and (k == 0 or sentence[k - 1] != sentence[k] or words[k - 1] in {"just", "now", "so"}) \
                    and k > 0 and any(sentence[g.first] == sentence[k] - 1 and _people_named(g, words, by_kind)
                                      for g in groups):
                first = next(j for j in range(k, -1, -1) if j == 0 or sentence[j - 1] != sentence[k])
                tail = " ".join(w for j, w in enumerate(words[first:], first) if sentence[j] == sentence[k])
                if _GO_HOME.match(tail):
                    spans = list(_TOKEN.finditer(view.text))
                    derogations.append(_Hit(LexiconEntry(_GO_HOME_TERM, "derogation"), k, k + 1,
                                            spans[k].start(), spans[k + 1].end()))
        # an insult close to a group word attacks the group: "Polish scum", "gays are vile".
        # Not a crude word about women ("females are ..."), which the Davidson training split
        # shows is a sexist insult far more often than an attack on women as a group (the
        # sex frames and derogations still speak for that), and not one person described
        # by a group word ("a black <insult>"): a singular insult right after the group
        # word names a person, a plural one ("<group> <insult>s") the group.
        # ... also across other insults stacked between them ("a blind useless prat"): the
        # group word is one more adjective for the person the last insult names
        insult_at = {i for h in by_kind.get("insult", []) for i in range(h.first, h.last + 1)}
        derogations += [h for h in by_kind.get("insult", [])
                        if h.entry.severity >= 1 and h.entry.term not in _CRUDE_GENDERED
                        and not _counted(h, words)  # "7 deaf kids, 3 pigs and a farmer"
                        and any(g.entry.target != "sex" and (
                            (0 <= h.first - g.last <= _GROUP_INSULT_WINDOW
                             and (h.first - g.last < 1 or not all(i in insult_at for i in range(g.last + 1, h.first))
                                  or _plural(words[h.last], h.entry.term)
                                  or g.entry.term in _GROUP_ADJECTIVE_TERMS))
                            or 0 <= g.first - h.last <= 2
                            # "thick as a brick like all the <group> ones": the insult generalised
                            or (0 < g.first - h.last <= 6 and "like" in words[h.last + 1:g.first]
                                and not {"all", "every", "most"}.isdisjoint(words[h.last + 1:g.first])))
                            for g in groups)]
        # the terror trope: a faith, race or nationality beside a bomb ("the new guy with the
        # turban ... 💣"), read at the word before the emoji (after it when that word is the
        # group's own: "the hijab 💣 watch out")
        bomb = next((folded.original.index(ch) for ch in _BOMB_EMOJI if ch in folded.original), -1)
        if bomb >= 0 and any(g.entry.target in _TERROR_TROPE_TARGETS for g in groups) \
                and _BOMB_CELEBRATIONS.isdisjoint(words):
            tokens = list(_TOKEN.finditer(view.text))
            at = max((k for k, m in enumerate(tokens) if view.to_original(m.start(), m.end())[0] < bomb),
                     default=-1)
            if any(g.first <= at <= g.last for g in groups) and at + 1 < len(tokens):
                at += 1
            if at >= 0:
                derogations.append(_Hit(LexiconEntry("bomb emoji", "derogation"), at, at,
                                        tokens[at].start(), tokens[at].end()))
        out: list[Detection] = []
        # "... that gay teacher. People like him shouldn't ...": the next sentence counts
        # when it points back at the person or group
        refers_back = {sentence[i] for i in range(len(words) - 1)
                       if (words[i], words[i + 1]) in _BACK_REFERENCES}
        for group in groups:
            # "his mum is in a wheelchair": one person's chair, no people; only a derogation
            # said right after it ("in a wheelchair and filthy") speaks of that person
            one_aid = (group.entry.term in _AIDS and group.first > 0
                       and words[group.first - 1] in {"a", "her", "his", "their", "my", "your"})
            for der in derogations:
                if one_aid and not 0 < der.first - group.last <= 3:
                    continue
                same = sentence[der.first] == sentence[group.first]
                # ... or the derogation names its object by pronoun: "... foreigners in the
                # pics. send them back", "... in the lay-by again. keep them off our playground"
                # (closing its clause or before a place of ours: not "keep them away from the
                # pond", "lock them up in the tower", "don't want them to feel left out")
                closes = (der.last + 1 >= len(words) or sentence[der.last + 1] != sentence[der.first]
                          or words[der.last + 1] in _PLACE_OF_OURS)
                follows = (sentence[der.first] == sentence[group.first] + 1
                           and (sentence[der.first] in refers_back
                                or (closes and not _PRONOUN_OBJECTS.isdisjoint(words[der.first:der.last + 1]))
                                or words[der.first] == "there"  # "... there goes the village"
                                or der.entry.term in (_GO_HOME_TERM, _IMPUTED_TERM)))
                if not (same or follows):
                    continue
                if der.first <= group.last and der.last >= group.first:
                    continue  # the same words cannot be both
                if group.entry.term in _FESTIVALS and der.entry.term not in _FESTIVAL_DEROGATIONS:
                    continue  # "diwali was ruined by the rain": the day spoilt, not its people
                if _language_at_edge(view.text, group.start, group.end):
                    continue  # "his dad only speaks polish": a language, not a people
                if der.entry.term in _SMELL_WORDS and _SMELT_BY_WRITER.search(view.text, 0, der.start) \
                        and der.last + 1 < len(words) and words[der.last + 1] in _SMELT_THINGS:
                    continue  # "... i could smell it from the path": the writer's sense, no people
                if der.entry.term in _ANIMAL_DEROGATIONS and _ANIMAL_OUTING.search(view.text):
                    continue  # "monkeys at the safari park, the polish guide": real animals
                span = _Hit(group.entry, min(group.first, der.first), max(group.last, der.last),
                            min(group.start, der.start), max(group.end, der.end))
                rule = f"group_derogation(target={group.entry.target})"
                if _REPORTED_VIEW.search(view.text[max(span.start - 80, 0):span.start]) \
                        or _QUOTED_REPORT.search(view.text[max(der.start - 60, 0):der.start]) \
                        or _QUOTED_REPORT.search(view.text[max(span.start - 60, 0):span.start]) \
                        or _condemned_report(view.text, span.start):
                    # "my son has started saying women shouldn't ...": a parent's worry, reviewed
                    out.append(self._detection(folded, view, _ABUSE, _REPORTED_SLUR_SCORE, rule, span,
                                               ("a view reported as someone else's: review, not hate",)))
                    return out
                adj = (f"group '{group.entry.term}' with derogation '{der.entry.term}'",)
                out.append(self._detection(folded, view, _HATE, _GROUP_HATE_SCORE, rule, span, adj))
                out.append(self._detection(folded, view, _ABUSE, _GROUP_HATE_SCORE, rule, span, adj))
                return out
        return out

    @staticmethod
    def _spoken_about(group: _Hit, words: list[str]) -> bool:
        """ "the comments about the traveller families are disgusting": the group is what
        someone's words were about, and the put-down is said of the words (batch 42)."""
        k = group.first - 1
        while k >= 0 and words[k] in _GROUP_DETERMINERS:
            k -= 1
        if k >= 1 and words[k] in {"at", "to"} and words[k - 1] in {"aimed", "directed", "made", "said", "shouted"}:
            k -= 1  # "the jokes aimed at the ...", "the things said to the ..."
        return k >= 1 and (words[k] in _ABOUT or words[k] in {"said", "shouted"}) and words[k - 1] in _SPEECH_NOUNS

    def _threats(self, folded: Folded, view: Any, tokens: list[tuple[str, int, int]], words: list[str],
                 sentence: list[int], targets: set[int], hard: list[_Hit]) -> list[Detection]:
        """A stated intent to hurt someone: "I'm going to smash the head's face in".

        Needs an intent marker before a violent verb and a person or body part after it;
        sport and hyperbole ("going to beat them on Saturday", "kill my son, he forgot
        his PE kit") have neither a person object nor survive the hard negatives. A threat
        of violence is abuse and a safeguarding matter, so both labels are given.
        """
        for i, word in enumerate(words):
            strong = word in _THREAT_VERBS_STRONG
            if not strong and word not in _THREAT_VERBS_WEAK:
                continue
            s = sentence[i]
            window = range(max(i - 8, 0), i)
            if not any(sentence[k] == s and (words[k] in _INTENT or words[k] in {"i'll", "ill"})
                       for k in window):
                continue
            if any(h.first <= i <= h.last for h in hard):
                continue
            after = [k for k in range(i + 1, min(i + 5, len(words))) if sentence[k] == s]
            body = any(words[k].split("'")[0] in _BODY_PARTS for k in after)
            # the person right after the verb ("kill that teacher"), not somewhere later
            # ("it will hurt when they leave you")
            person = any(words[k] in _THREAT_OBJECTS or (k in targets and words[k] not in _NOT_OBJECTS)
                         or self._is_target(words[k].split("'")[0]) for k in after[:2])
            beat_up = word in {"beat", "beating", "batter"} and person and "up" in [words[k] for k in after[:2]]
            if not (body or (strong and person) or beat_up):
                continue
            end = max(after) if after else i
            hit = _Hit(LexiconEntry(word, "threat", 2), i, end, tokens[i][1], tokens[end][2])
            adj = ("intent marker before a violent verb with a person or body part after it",)
            lead = [k for k in window if sentence[k] == s]
            if not _FEARS.isdisjoint(words[k] for k in lead) or any(
                    _QUOTED_REPORT.search(view.text[max(tokens[k][1] - 60, 0):tokens[k][1]]) for k in lead):
                # "I'm scared I'm going to hurt him" (a parent asking for help), "a lad said 'i'll
                # kill you' to him" (a report): a safeguarding matter, not abuse by the writer
                return [self._detection(folded, view, _SAFEGUARDING, _THREAT_SCORE, "threat(severity=2)", hit,
                                        adj + ("feared or reported, not said: safeguarding only",))]
            return [self._detection(folded, view, _ABUSE, _THREAT_SCORE, "threat(severity=2)", hit, adj),
                    self._detection(folded, view, _SAFEGUARDING, _THREAT_SCORE, "threat(severity=2)", hit, adj)]
        return []

    def _is_target(self, word: str) -> bool:
        """A person word in its own right ("the head's face" -> "head")."""
        return word not in _NOT_OBJECTS and any(e.kind == "target" for e in self.lexicon.entries.get(word, ()))

    def _detection(self, folded: Folded, view: Any, label: str, score: float, rule: str,
                   hit: _Hit, adjustments: tuple[str, ...]) -> Detection:
        start, end = view.to_original(hit.start, hit.end)
        return Detection(label, round(score, 4),
                         Explanation(self.name, rule, start, end, folded.original[start:end], adjustments))


def _counted(hit: "_Hit", words: list[str]) -> bool:
    """Whether a number stands right before the word: animals counted, not people insulted."""
    before = words[hit.first - 1] if hit.first > 0 else ""
    return before.isdigit() or before in _NUMBER_WORDS


def _counted_or_done_to(der: "_Hit", words: list[str]) -> bool:
    """Whether a derogation word is a count or an act done to someone rather than said of
    a group: "7 autistic kids, 2 dogs, 0 sleep" (animals counted), "pinching him", "she gets
    dragged home" (what a person suffers, in a report), "sent home for his shoes" (a school's
    sanction, not a deportation)."""
    before = words[der.first - 1] if der.first > 0 else ""
    after = words[der.last + 1] if der.last + 1 < len(words) else ""
    if _counted(der, words):
        return True
    if der.entry.term in _ACTS_ON_PEOPLE and (after in _ACT_OBJECTS or before in _PASSIVE_AUXILIARIES):
        return True
    # "saw a staff member drag a wheelchair user down the ramp": a body hauled, in a report
    # of mistreatment, not a group said to drag everyone down
    if der.entry.term in _DRAG_VERBS and after in _DETERMINERS \
            and not any(words[k] == "down" and (k + 1 == len(words) or words[k + 1] not in _MOTION_OBJECTS)
                        for k in range(der.last + 1, min(der.last + 7, len(words)))):
        return True
    if der.entry.term in {"sent home", "sent back"} and after in _SCHOOL_SENT:
        return True
    # "pulled him backwards down the ramp": a direction of movement, not "backward" people
    return words[der.first].startswith("backward") and after in _MOTION_OBJECTS | _MOTION_WORDS


def _hate_frames(lexicon: "Lexicon") -> ConceptSet:
    """The frame concept set, with the lexicon's protected-group words (plural or not)."""
    # longest first; equal lengths in word order, so the pattern is the same in every process
    # (not an adjective group word alone: "foreign exchange", "foreign languages")
    # (nor a festival: "posted under the eid video - ..." names no people to frame)
    groups = sorted({term for term in lexicon.group_terms if " are" not in term
                     and term not in _ADJECTIVE_GROUPS and term not in _FESTIVALS},
                    key=lambda t: (-len(t), t))
    words = dict(_HATE_FRAME_WORDS)
    listed = "|".join(re.escape(term).replace("\\ ", r"\s+") + "(?:s|es)?" for term in groups)
    words["group_specific"] = f"{words['group_specific']}|{listed}" if listed else words["group_specific"]
    return ConceptSet("abuse_lexicon", _HATE, words, _HATE_FRAMES, _HATE_FRAME_CORE, _HATE_FRAME_WINDOW)


def _addressed(directed: str) -> bool:
    """Whether a reason from ``_directed`` names whom the word is said to or of: "you ...",
    "... you", a name, or a person noun ("the teacher is a ...", "... teacher"); not a
    pronoun ("he's a ..."), "that ...", "what a ..." or a word stacked after an insult,
    which in slang talk about anyone as often as they attack someone."""
    if directed.startswith("after "):
        return False
    words = directed.strip("'").split(" ")
    if words[0] in {"y'all", "yall"}:
        return False  # American slang's plural "you": in-group talk as often as an attack
    if words[0] == "...":
        return True  # "... you", "... a name", "... teacher"
    if words[-1] == "..." and len(words) == 2:
        return words[0] in _YOU  # "you ...", not "that ..." or "what ..."
    subject = " ".join(words[:-2])
    return subject in _YOU or subject == "a name" or subject not in _PRONOUN_SUBJECTS


def _listed(words: list[str], left: int, right: int) -> bool:
    """Whether the words between two hits join them as a list ("pigs and cows at the farm"),
    which names things side by side rather than piles one insult on another."""
    return any(words[k] in {"and", "or", "n", "&"} for k in range(left + 1, right))


def _near(other: _Hit, hit: _Hit, window: int) -> bool:
    """Whether ``other`` lies beside ``hit`` (not on it) within ``window`` tokens."""
    return 0 < hit.first - other.last <= window or 0 < other.first - hit.last <= window


def _plural(word: str, term: str) -> bool:
    """Whether the matched ``word`` is a plural of the lexicon's ``term`` ("idiots")."""
    last = term.rsplit(" ", 1)[-1]
    return word != last and word.endswith("s") and not last.endswith("s")


def _negated(words: list[str], i: int) -> bool:
    """ "they are not criminals", "aren't thieves"; but not "... school not dragging us down"."""
    if i == 0:
        return False
    prev = words[i - 1]
    if prev in {"isnt", "isn't", "arent", "aren't", "never", "wasnt", "wasn't", "werent", "weren't"}:
        return True
    return prev in {"not", "no"} and i >= 2 and (words[i - 2] in _COPULAS or words[i - 2].endswith("'re"))


def _segment_ids(text: str, tokens: list[tuple[str, int, int]], breaks: re.Pattern[str]) -> list[int]:
    cuts = [m.start() for m in breaks.finditer(text)]
    ids = []
    seg = 0
    k = 0
    for _, start, _ in tokens:
        while k < len(cuts) and cuts[k] < start:
            k += 1
            seg += 1
        ids.append(seg)
    return ids
