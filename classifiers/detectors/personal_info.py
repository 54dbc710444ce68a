"""Personal information: phone numbers, e-mail addresses, addresses, dates of birth, pupils.

Phone numbers come from ``phonenumbers`` (UK default region, international forms too)
run over the *contact* view, where spelled-out digits ("oh seven seven zero zero ...")
are already digits; e-mail addresses from a regex over the same view, where "name at
gmail dot com" is already ``name@gmail.com``. Postcodes, street addresses and dates of
birth are declared patterns. A pupil is identified by a capitalised full name next to a
class, year group or age ("Amelia Clarke in Oak class", "Jack Smith, Year 4", "my son
Leo Brown is 7"), or by any one-, two- or three-word name whose salted hash is on the
school's roster (:class:`classifiers.pipeline.ClassifierContext`). Every explanation masks
the matched data, so an alert built from it never repeats the personal data.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from classifiers.base import Detection, Explanation
from classifiers.rules import Rule, RuleSet, count_digits, mask, required_literals
from classifiers.wordlist import common_words

__all__ = ["PersonalInfoDetector"]

LABEL = "personal_info"

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?\s+(?:19|20)\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})"
)
_STREET_SUFFIX = (
    r"(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct"
    r"|place|pl|grove|gardens|gdns|terrace|hill|park|row|walk|mews|square|sq|view|rise|wy|bank|croft)"
)
#: a house number written out ("fourteen ashcroft rd", "twenty two kingfisher drive")
_SPELLED_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen)"
)
_UNAMBIGUOUS_SUFFIX = frozenset(
    "road rd street avenue ave lane close crescent cres drive gardens gdns terrace mews grove wy".split()
)

RULES = (
    # (an address followed by a path is a web link written out, not a mailbox: "prizes at
    # winzone dot online slash claim")
    Rule("email", LABEL, r"(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?!\.?[a-z0-9-])(?!\s*(?:/|slash\b))",
         0.95, view="contact"),
    # letters spaced out to hide an address ("h a r r i e t . m o s s @ e x a m p l e . c o m"):
    # the contact view joins digits and "at"/"dot" words, not single letters round an "@"
    Rule("email_spaced", LABEL,
         # the local part and the domain each either a word (dots allowed, spaced or not)
         # or single characters spaced out; a space stands next to the "@"
         # (never starting inside a spaced run or after a separator: one try per run, not
         # one per character, whatever the length of the comment)
         r"(?<![a-z0-9@._-])(?<![@._-]\s)(?<!(?<![a-z0-9])[a-z0-9]\s)(?:[a-z0-9](?![a-z0-9])(?:(?:\s|\s?[._-]\s?)[a-z0-9](?![a-z0-9]))+|[a-z0-9]+(?:\s?[._-]\s?[a-z0-9]+)*)"
         r"(?:\s@\s?|@\s)(?:[a-z0-9](?![a-z0-9])(?:\s[a-z0-9](?![a-z0-9]))+|[a-z0-9][a-z0-9-]*)"
         r"\s?\.\s?(?:c\s?o\s?m|n\s?e\s?t|o\s?r\s?g|c\s?o\s?\.\s?u\s?k|o\s?r\s?g\s?\.\s?u\s?k|u\s?k|i\s?o|c\s?o)(?![a-z0-9])",
         0.9, view="text", gate=r"\s@|@\s"),
    Rule("uk_postcode", LABEL,
         r"(?<![a-z0-9])(?:gir\s?0aa|[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2})(?![a-z0-9])",
         0.8, view="text", context=(r"\b(?:live|address|postcode|house|flat|come round|round to)\b",)),
    Rule("street_address", LABEL,
         # the first word after the number is the street's, not "on"/"in" ("the year 5s on
         # Elm Road" is where children were, not a house number) nor a pronoun ("a man of
         # maybe 25 who drive away": an age, then its clause)
         rf"(?<![a-z0-9£$€.])\d{{1,5}}[a-z]?,?\s+(?!(?:on|in|at|of|to|from|near|by|down|up|along|outside|past|who|which|that|he|she|they|we|you|i|it)\s)"
         # (a count of things is no house number: "40 houses on our road", "3 cars down the lane")
         rf"(?!(?:houses|homes|flats|families|cars|vans|people|kids|children|minutes|mins|miles|metres|yards|doors|streets|roads|weeks|days|years)\s)"
         rf"(?:[a-z'.\-]+\s+){{1,3}}{_STREET_SUFFIX}(?![a-z])",
         0.8, view="text", context=(r"\b(?:live|lives|living|address|addy|addie|house|flat|come round|round to|at)\b",)),
    # the same on the loose view, for a street written in leetspeak ("5 C0pperfield W4y"),
    # with an address word required
    Rule("street_address_folded", LABEL,
         # the first word after the number is the street's, not "on"/"in" ("the year 5s on
         # Elm Road" is where children were, not a house number)
         rf"(?<![a-z0-9£$€.])\d{{1,5}}[a-z]?,?\s+(?!(?:on|in|at|of|to|from|near|by|down|up|along|outside|past|who|which|that|he|she|they|we|you|i|it)\s)"
         # (a count of things is no house number: "40 houses on our road", "3 cars down the lane")
         rf"(?!(?:houses|homes|flats|families|cars|vans|people|kids|children|minutes|mins|miles|metres|yards|doors|streets|roads|weeks|days|years)\s)"
         rf"(?:[a-z'.\-]+\s+){{1,3}}{_STREET_SUFFIX}(?![a-z])",
         0.8, view="loose", context=(r"\b(?:live|lives|living|address|addy|addie|house|flat|come round|round to|at)\b",)),
    Rule("street_address_spelled", LABEL,
         # ("my little one across the road": "one" after a possessive or an adjective is a person,
         # and a preposition after the number is no street's first word)
         rf"(?<!\bno\s)(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhich\s)(?<!\bmy\s)(?<!\bour\s)(?<!\blittle\s)(?<!\bevery\s)(?<!\beach\s)"
         rf"\b(?:number\s+)?{_SPELLED_NUMBER}\s+(?!(?:of|in|at|on|for|and|or|the|more|times|years?|days?|nights?|weeks?|months?|time|kids|children|people"
         rf"|across|along|down|up|over|past|near|by|from|to|round|behind|outside)\s)"
         rf"(?:(?!(?:my|your|ur|his|her|our|their|me|it|the|a|an)\s)[a-z'.\-]+\s+){{1,2}}(?:road|rd|street|avenue|ave|lane|crescent|cres|drive|gardens|gdns|terrace|mews|grove|close|way|wy)(?![a-z])",
         0.75, view="text", context=(r"\b(?:live|lives|living|address|house|drop|round|come\s+by|at)\b",), gate=_SPELLED_NUMBER),
    # a named house on a named street: "at The Old Forge, Church Street", "Rose Cottage, Mill Lane"
    Rule("named_house_address", LABEL,
         r"\b(?:[a-z]+\s+){0,2}(?:cottage|cottages|farm|farmhouse|barn|lodge|forge|mill|grange|rectory|vicarage|bungalow|croft|stables|house)"
         r",\s+(?:[a-z]+\s+){1,2}(?:road|street|avenue|lane|close|crescent|drive|gardens|terrace|mews|grove)(?![a-z])",
         0.75, view="text", gate=r"cottage|farm|barn|lodge|forge|mill|grange|rectory|vicarage|bungalow|croft|stables|house"),
    Rule("street_address_foreign", LABEL,
         # ("apply via our website before 30 june" is no street)
         r"\b(?:rue|rua|via|viale|calle|avenida|strada|piazza|plaza|corso|camino|paseo|carrer|chemin|largo|travessa|ulica)\s+"
         r"(?!(?:our|my|your|ur|their|his|her|the|a|an|email|e-mail|text|phone|link|website|app|dm|whatsapp|post|zoom|teams|parentpay)\b)"
         r"(?:[\w'.-]+\s+){0,4}?\d{1,5}\b"
         # (Hungarian "út" and "utca" are words of their own: "about 13" is no address)
         r"|\b[a-z]{3,}(?:veien|vej|vei|gate|gatan|vagen|katu|tie|strasse|str\.|weg|laan|straat|plein|gade|allee|gasse|platz|steig|torget)\s+\d{1,5}\b"
         r"|\b[a-z]{3,}\s+(?:utca|ut)\s+\d{1,5}\b"
         r"|\bcorner\s+of\s+[a-z][\w'-]+\s+\d{1,5}|\b[a-z]{3,}\s+str(?:asse|\.)\s+\d{1,5}\b|\b[a-z]{3,}\s+u\.\s+\d{1,5}\b|\bul\.\s+[a-z]+\s+\d{1,5}\b",
         0.75, view="text"),
    # where someone lives, a named street without its number ("she lives on Orchard Way",
    # "lives above the garage on Carr Lane"; not "lives on the same road", "our road"): a
    # place, personal information once the comment pins the person or the house too (a year
    # group, an age, a postcode; "she lives on Birch Close, tell her ..." alone is not)
    Rule("street_where_someone_lives", LABEL,
         r"\b(?:lives?|living|stays?|staying)\s+(?:[a-z']+\s+){0,4}?(?:on|in|at|off)\s+"
         r"(?!(?:the|a|an|my|our|your|ur|his|her|their|that|this|same|main|busy|next|other|one|which|what|every|each|no|any)\s)"
         r"[a-z][\w'\-]*(?:\s+[a-z][\w'\-]*)?\s+(?:road|street|lane|avenue|drive|close|crescent|grove|way|gardens|terrace|mews)\b",
         0.45, view="text",
         context=(r"\b(?:year|yr|y)\s?\d{1,2}\b|\baged?\s+\d{1,2}\b|\b\d{1,2}\s*(?:yo|years?\s+old)\b|(?<![a-z0-9])[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}(?![a-z0-9])",),
         context_boost=0.35),
    # where someone lives given as the corner of two named streets, no number needed ("she's
    # the one living on the corner of Mill Road and Park Avenue")
    Rule("street_corner_where_someone_lives", LABEL,
         rf"\b(?:live|lives|living|stays?|staying)\s+(?:[^.!?]{{0,20}}?\s)?(?:on|at)\s+the\s+corner\s+of\s+[a-z][\w'\-]*(?:\s+[a-z][\w'\-]*)?\s+{_STREET_SUFFIX}"
         rf"\s+(?:and|&)\s+[a-z][\w'\-]*(?:\s+[a-z][\w'\-]*)?\s+{_STREET_SUFFIX}\b",
         0.75, view="text", gate=r"corner"),
    Rule("address_in_context", LABEL,
         r"\baddress\s*(?:is|:|-)\s*[^.?!\n]{0,40}?\d{1,5}\b|\b(?:i|we|he|she|they)\s+(?:live|lives|living|moved)\s+(?:at|on|to)\s+(?:number\s+)?\d{1,5}\b"
         r"|\b(?:i|we|he|she|they)\s+(?:live|lives|living)\s+(?:at|on)\s+[a-z][\w'\-]*(?:\s+[a-z][\w'\-]*){0,3}\s+\d{1,5}\b"
         # the house number told after a named street: "he lives on Brindle Way, number 16"
         # (not "a busy road, number 12 bus")
         # (whoever lives there: "the teacher lives on Hawthorn Drive, number 31"; a flat
         # told the same way: "they live in the flats on Tanner Street, flat 4")
         rf"|\b(?:live|lives|living)\s+(?:[^.!?]{{0,40}}?\s)?(?:at|on)\s+(?!(?:a|an|the|this|that|our|my|your|their|his|her|same)\s)"
         rf"[a-z][\w'\-]*(?:\s+[a-z][\w'\-]*){{0,2}}\s+{_STREET_SUFFIX},?\s+(?:number|no\.?|flat|house)\s*\d{{1,5}}\b(?!\s+(?:bus|buses|route|tram))",
         0.75, view="text"),
    # a pupil's Snapchat handle given to be added: "add me on snap: millie_x08", "my snap
    # is priya.k.xo", "drop ur snap, mine's jake_2k8" (a handle has a dot, an underscore
    # or a digit; "my snap is broken" has none)
    Rule("social_handle_given", LABEL,
         # (a handle held out to be followed, "follow my tiktok @...", is promotion; "snap
         # me: ..." from a stranger is an approach: neither is a pupil's own detail swapped)
         r"\b(?:add\s+(?:me|us)\s+on\s+snap(?:chat)?|(?:my|our)\s+snap(?:chat)?(?:\s+(?:is|name|handle|username))?"
         r"|snap(?:chat)?s?\b[^.!?\n]{0,25}?\bmine(?:'?s|\s+is))\s*[:=\-]?\s*(?:is\s+)?@?"
         r"(?=[a-z0-9._]*?(?:[a-z0-9][._][a-z0-9]|\d))[a-z][a-z0-9._]{2,29}[a-z0-9_]",
         0.75, view="text", gate=r"snap"),
    Rule("address_unit", LABEL,
         r"\b(?:apt|apartment|suite|ste|unit)\.?\s*#?\d{1,5}[a-z]?\b|\bflat\s+\d{1,4}[a-z]?,?\s+(?:[a-z]+|\d{1,4}\s+[a-z]+)"
         r"|\bp\.?\s?o\.?\s+box\s+\d+|\b(?:psc|box)\s+\d{3,5}\b",
         0.75, view="text"),
    Rule("zip_code", LABEL,
         r"(?<![a-z0-9])(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc|aa|ae|ap)"
         r",?\s+\d{5}(?:-\d{4})?(?![\d])"
         r"|\bzip(?:\s*code)?\s*(?:is|:|-)?\s*\d{5}(?:-\d{4})?\b|\bpost(?:al)?\s*code\s*(?:is|:|-)?\s*[a-z0-9]{3,4}\s?[a-z0-9]{3}\b"
         # a postcode spelt out one character at a time: "postcode L R 9 3 D E"
         r"|\bpost(?:al)?\s*code\s*(?:is|:|-)?\s*[a-z]\s{1,3}(?:[a-z]\s{1,3})?\d(?:\s{1,3}[a-z0-9])?\s{1,3}\d\s{1,3}[a-z]\s{1,3}[a-z]\b",
         0.75, view="text", gate=r"\d{5}|code"),
    Rule("credit_card", LABEL, r"(?<![\d-])(?:\d[ -]?){11,18}\d(?![\d-])", 0.9, view="text",
         gate=r"(?:\d[ -]?){12}"),
    Rule("iban", LABEL, r"\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,4})?\b", 0.9, view="text",
         gate=r"[a-z]{2}\d{2}"),
    Rule("us_ssn", LABEL, r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", 0.85, view="text"),
    Rule("ip_address", LABEL,
         r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.])"
         r"|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b",
         0.8, view="text", gate=r"\d\.\d{1,3}\.\d|[0-9a-f]:[0-9a-f]{1,4}:[0-9a-f]"),
    Rule("licence_number", LABEL,
         r"\b(?:driver'?s?|driving)\s+licen[cs]e\s*(?:number|no\.?|#)?\s*(?:is|:)?\s*[a-z]{0,2}\d{5,15}\b"
         r"|\b(?:passport|nhs|national\s+insurance|ni)\s+(?:number|no\.?)\s*(?:is|:)?\s*[a-z0-9][a-z0-9 ]{6,14}",
         0.85, view="text"),
    Rule("phone_number_generic", LABEL,
         r"(?<![\d£$€.,/:%-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}(?![\d%]|[.,/:]\d)",
         0.6, view="contact", gate=r"(?:\d\D{0,3}){7}",
         context=(r"\b(?:call|ring|text|phone|number|mobile|mob|tel|whatsapp|contact|reach|fax|cell)\b",),
         context_boost=0.25),
    # a car's registration plate posted with the car or where it goes: the family behind it
    # is found as surely as by a house number ("the white transit, plate KM21 ZXR", "reg
    # BV70 HJU is parked outside every morning")
    Rule("vehicle_registration", LABEL,
         r"\b(?:reg|registration|plates?|car|van|motor|jeep|suv|4x4|transit|range\s+rover|land\s?rover|qashqai|focus|fiesta|corsa|astra|golf|polo|audi|bmw|merc|mercedes|tesla|volvo|kia|ford|vauxhall|toyota|nissan|honda|skoda|seat|mini)\b"
         r"[^.!?\n]{0,30}?(?<![a-z0-9])(?!(?:yr|ye|ks|sc|gc)\d)[a-z]{2}\d{2}\s?[a-z]{3}(?![a-z0-9])"
         r"|(?<![a-z0-9])(?!(?:yr|ye|ks|sc|gc)\d)[a-z]{2}\d{2}\s?[a-z]{3}(?![a-z0-9])"
         r"(?=\s+(?:is\s+|was\s+)?(?:parks|parked|parking|drives|driving|pulls|pulled|drops|dropped|sits|sat|goes|went|turns|turned))",
         0.75, view="text", gate=r"[a-z]{2}\d{2}\s?[a-z]{3}"),
    Rule("date_of_birth", LABEL,
         rf"(?:\bborn\s+(?:on\s+)?|\bd\.?o\.?b\.?\s*(?:for\s+(?:my|our|his|her|the)\s+\w+\s+)?(?:is\s+|was\s+)?[:\-]?\s*|\bd\.?o\.?b\b\.?(?:(?!\b(?:due|by|before|until|deadline|forms?|from|after|on)\b)[^.?!\d\n]){{1,30}}?|\bdate\s+of\s+birth\s*(?:is|:|-)?\s*|\bdate\s+of\s+birth\b(?:(?!\b(?:due|by|before|until|deadline|from|after|on)\b)[^.?!\d\n]){{1,40}}?(?:\bis|:|-)\s*|\bbirthday\s+is\s+(?:on\s+)?){_DATE}"
         rf"|\b(?:birthday|bday|b'day|b-day|birth\s?date)\s*(?:is\s+|was\s+|:|-|,)?\s*(?:on\s+)?\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)\d{{2}}\b"
         # a birthday told with its year is a date of birth: "it was my birthday on 19th june 2010"
         rf"|\b(?:birthday|bday|b'day|b-day|birth\s?date)\s*(?:is\s+|was\s+|:|-|,)?\s*(?:on\s+)?(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?,?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d{{2}}\b",
         0.9, view="text", gate=r"born|d\.?o\.?b|birth|b'?-?day"),
)

# A capitalised full name then a class, year group or age. Matched on the ORIGINAL text:
# capital letters are the evidence that these are names.
_NAME = r"(?P<name>[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+|[._])(?:(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?))"
#: "he's", "she is", "and shes": the child named, then what the writer says of them
_PRONOUN_IS = r"(?:and\s+)?(?:he|she)(?:'s|\u2019s|s|\s+is)"
_CLASS_AFTER = (
    # a room or group named between the name and an age ("Kacey Morrow in Busy Bees, shes
    # 3", "Leo Bainbridge in the baby room is 11 months"): only before a stated age
    rf"(?i:(?:\s+in\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){{0,2}}?(?=\s*,?\s*(?:is|{_PRONOUN_IS})\s+\d))?"
    # a comma, a space or a bracket: "Caleb Mendes (9L)", "riley okafor-hale (y10)"
    # ("ruby jenkins 🌟 class 3": emoji between the name and a class, year or age word are
    # read through; not before a bare number: "signals 💹 10x" is no form)
    r"(?:\s*[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+(?=\s*(?i:class|year|yr|aged?|reception|nursery)\b))?"
    r"(?:\s*,\s*|\s+|\s*\(\s*)(?:"
    # a class, year group or age phrase: "in Oak class", "Year 4", "in 4B", "aged 9", "7 years
    # old", "she's in year 11", "our 7 year old twins", "9th year"
    rf"(?:(?:is|who\s+is|who's|is\s+now|from|in|of|and\s+is|{_PRONOUN_IS}|our|my)\s+)?(?:in\s+)?"
    r"(?:(?:year|yr|y)\s?\d{1,2}\b|(?<!\d)(?:1[0-3]|0?[1-9])[a-z]{1,2}\b(?<!\d(?:am|pm|st|nd|rd|th))|\d{1,2}(?:st|nd|rd|th)\s+(?:year|yr)\b|reception\b|nursery\b"
    # (the words after "class" are the class's name, not a preposition: "Zumba Gold class for
    # over 60s" names no child; the whole group is read without case)
    r"|[A-Z][a-z]+\s+[Cc]lass\b|class\s+(?!(?:for|on|at|in|is|was|the|and|of|to|with|this|that|today|tonight|tomorrow|next|last"
    r"|starts?|started|will|has|had|are|were|from|every|each|all|a|an)\b)[A-Z0-9]\w*|(?:aged?\s+)?\d{1,2}[\s-]*(?:yo\b|y/o\b|years?[\s-]+old\b|yrs?\b(?!\s+(?:ago|later|on|since|before|after|of|in)\b))|aged?\s+\d{1,2}\b(?!\s*(?:-|\u2013|/|to)\s*\d)"
    r"|(?i:(?:upper|lower)\s+sixth|sixth\s+form(?:er)?)\b)"
    # a bare age needs "is" or "turns": "Leo Brown is 7", "Harrison Oyelaran who turns 6"
    rf"|(?:is|who\s+is|who's|and\s+is|{_PRONOUN_IS}|(?:who\s+)?(?:turned|turns))\s+\d{{1,2}}\b(?!\s*(?:[:.]\d|am|pm|%|p\b|£|o'?clock))"
    r"|\d{1,2}(?=\s*[,)])(?!,\d)"  # "Evie Roberts, 10, ..." (not "10,000 members": a count)
    r"|\d{1,2}\s+(?:today|tomorrow|this\s+week|on\s+\w+day)\b"  # "Harriet Ross, 12 today"
    r"|\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yo|y/o|years?(?:\s+old)?)?\s*[),;]"  # "Harry Wilson (age 6)", "(age 9, class Oak)"
    r"))"
)
_CHILD_BEFORE = (
    r"\b(?:[Mm]y|[Oo]ur|[Hh]er|[Hh]is|[Tt]heir)\s+(?:little\s+|youngest\s+|eldest\s+|oldest\s+)?(?:son|daughter|boy|girl|child|kid|"
    r"grandson|granddaughter|grandchild|nephew|niece|step-?son|step-?daughter|lad|lass|youngest|eldest)\s*,?\s+"
)
# also "anyone in Noah Adeyemi's class"
# the name possessive before its class or age ("whoever took Callum Riordan's (year 5, Elm
# class) coat", "it's Daisy Hill's birthday tomorrow, 7 years old"): a child's age stated
# within the birthday's clause
_CHILD_AGE = r"(?:1[0-8]|[1-9])"
_NAME_WITH_CLASS = re.compile(
    rf"\b{_NAME}(?:(?:'s|\u2019s)?{_CLASS_AFTER}|'s\s+class\b"
    # the child's phone or account, then the child's year: "Bethany Kerr's phone, year 10"
    r"|(?:'s|\u2019s)\s+(?:phone|mobile|account|snap|snapchat|insta|instagram|tiktok|profile|number)\s*[,(\u2013-]\s*(?i:(?:year|yr|y)\s?\d{1,2})\b"
    # the child found through a relative, then the child's class: "Isla Brennan's dad from
    # year 3", "Theo Marsh's nan in 4B"
    r"|(?:'s|\u2019s)\s+(?i:mum|mam|mom|mummy|dad|daddy|parents?|nan|nana|gran|granny|grandma|grandad|grandparents?|carer|auntie|aunt|uncle|big\s+sister|big\s+brother)"
    r"\s+(?:from|in)\s+(?i:(?:year|yr|y)\s?\d{1,2}\b|\d{1,2}[a-z]{1,2}\b|reception\b|nursery\b)"
    # a teacher's class: "Maya Green from Mr Okafor's class", "Sam Lee in Miss Hart's form"
    r"|\s+(?:from|in|is\s+in|who'?s\s+in)\s+(?:Mrs|Mr|Miss|Ms|Mx|Dr)\.?\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:'s|\u2019s)\s+(?i:class|form|group|set)\b"
    rf"|(?:'s|\u2019s)\s+(?:\d{{1,2}}(?:st|nd|rd|th)\s+)?(?:birthday|bday|b'day)\b[^.!?]{{0,40}}?"
    # (an age only: "Roald Dahl's birthday, year 5 are dressing up" names the class, not his)
    rf"(?:\b{_CHILD_AGE}\s*(?:years?\s+old|yo|y/o)\b|\bturns?\s+{_CHILD_AGE}\b))"
)
# Several pupils named, then the year they are all in: "Room 12 - Ava Lowe, Mia Patel and
# Zara Khan (all Y9)", "team: Jack Ross, Ben Hill, Sam Ode, all year 5"
_NAMES_THEN_ALL_YEAR = re.compile(
    rf"\b{_NAME}(?:\s*(?:,|&|\band\b)\s*[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:\s+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)?){{1,15}}"
    r"\s*(?:[,(:\-\u2013]\s*)?(?i:(?:all|both)\s+(?:in\s+)?(?:(?:year|yr|y)\s?\d{1,2}|\d{1,2}[a-z])\b)"
)
# The year group told a few words later in the same sentence, of the child just named: "was
# called Jayden Pollard, he told me he's in year 8", "Ellie-Mae Brandon, she's in my
# sister's form 9C"; two children sharing a surname and their years: "Ruby and Max Delacroix
# (years 1 and 4)"
_NAME_THEN_THEIR_CLASS = re.compile(
    rf"\b{_NAME}(?:[^.!?]{{0,40}}?(?:\?\s*)?\b(?:[Hh]e|[Ss]he)(?:'s|\u2019s|\s+is)\s+(?:now\s+)?in\s+(?:[\w']+\s+){{0,3}}?"
    r"(?i:(?:year|yr|form|class)\s?\d{1,2}[a-z]?\b)|[^.!?]{0,40}?(?:\?\s*)?\b(?:[Hh]e|[Ss]he)(?:'s|\u2019s|\s+is)\s+(?:now\s+)?in\s+(?:[\w']+\s+){0,3}?\d{1,2}[A-Z]{1,2}\b"
    r"|\s*\(\s*(?i:years|yrs)\s+\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+\s*\))"
)
# The same in lower case ("thats ellie marsh from 8 oak"), read on the loose view (spaced
# letters joined: "k.a.i.t.l.y.n b.r.o.o.k.s in 10L"). Without capitals only rarity says
# these are names: both words must be outside the common-words list
# (:mod:`classifiers.wordlist`). A form group may be a number and a word ("from 9 birch").
# A lookahead, so that "thats ellie marsh" is tried from every word.
#: endings of English nouns and adjectives that names hardly have ("phonics screening",
#: "visibility poster"): a rare word with one is a word, not a name
#: (not "-ly", "-ary", "-ence", "-ise": Lily, Mary, Florence, Louise)
# (adjectives made with a suffix too: "reluctant", "confident", "creative")
_WORD_SUFFIX = re.compile(r"(?:ing|tion|sion|ity|ness|ment|ship|ics|ism|ful|less|ous|able|ible|ised|ized|(?<=\w{4})ed|(?<=\w{5})(?:ant|ent)|(?<=\w{4})ive)$")
_LOWER_NAME_WITH_CLASS = re.compile(
    # (a surname may open with "o'" or "d'": "niamh o'connell")
    rf"(?<![\w'])(?=(?P<name>[a-z]{{2,}}(?:-[a-z]{{2,}})?\s+(?:[od]')?[a-z]{{2,}}(?:-[a-z]{{2,}})?)"
    rf"(?:{_CLASS_AFTER}|\s+(?:in|from)\s+\d{{1,2}}\s?(?!(?:days?|weeks?|months?|years?|hours?|hrs|mins?|minutes|seconds|times"
    rf"|goals?|points|people|kids|children|pm|am|o'?clock|pounds|quid|miles|metres|meters)\b)[a-z]{{3,}}\b))"
)
_CHILD_NAME = re.compile(rf"{_CHILD_BEFORE}{_NAME}")
# Pupils named with their grades, a list of two or more ("Abi Trent AAB, Marcus Leigh BCC",
# "Jo Park: A*, Sam Lee: B"): results tied to named children are theirs to keep
_GRADE = r"(?:(?:[A-E]\*?|U){1,4}|[1-9])(?![\w*])"
_NAME_GRADE_PAIR = (r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\s+(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
                    rf"\s*(?:[:\-=(]\s*|got\s+(?:an?\s+)?)?{_GRADE}\)?")
_NAMES_WITH_GRADES = re.compile(
    rf"\b{_NAME}\s*(?:[:\-=(]\s*|got\s+(?:an?\s+)?)?{_GRADE}\)?(?:\s*(?:,|;|&|\band\b|\n)\s*{_NAME_GRADE_PAIR})+")
#: what says the letters are grades: one of two or more letters or a star, or a word for them
_GRADE_CUE = re.compile(r"(?<![\w*])(?:[A-E]\*?|U){2,4}(?![\w*])|[A-E]\*|(?i:\b(?:grades?|results?|got|scored|marks?|gcses?|a[\s-]?levels?)\b)")
#: capitalised words of a list of papers or subjects, not of pupils ("Maths Paper A, English Paper B")
_NOT_PUPIL_GRADE_WORDS = frozenset(
    """paper papers maths math english science history geography physics chemistry biology french spanish german
    art music drama computing set sets group option options block route plan component unit section question
    level higher foundation tier grade grades predicted target mock mocks""".split()
)
#: one long word (spaced letters joined by the loose view) right before a year group or age
_SPELLED_NAME = re.compile(r"(?<![\w'])(?P<name>[a-z]{7,})(?=\s*[,(]?\s*(?:(?:year|yr|y)\s?\d{1,2}\b|aged?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)\s+year\b))")
#: a letter standing alone in the original ("c a l l u m", "k.a.y.l.a")
_SINGLE_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_](?![^\W\d_])")
#: a year group, form or age straight after a name, for lower-case names whose first word
#: is also an ordinary word
_STRONG_CLASS_AFTER = re.compile(
    # ("pinafores age 6-7": an age range is a size, never one child's age)
    r"\s*[,(]?\s*(?:in\s+)?(?:(?:year|yr|y)\s?\d{1,2}\b|aged?\s+\d{1,2}\b(?!\s*(?:-|\u2013|/|to)\s*\d)|\d{1,2}(?:st|nd|rd|th)\s+(?:year|yr)\b"
    r"|\d{1,2}(?!am\b|pm\b|st\b|nd\b|rd\b|th\b|s\b)[a-jl-z]\b|(?<=\()\s*\d{1,2}\s*[,;)]|(?:upper|lower)\s+sixth\b)")
#: a name opens its clause: the comment's start, a mark, or a joining word before it
#: ("seen kayden from year 8" is a verb before a name)
#: ("the one who started it is tyler brannigan in 10r": "is" names who someone is)
_CLAUSE_START = re.compile(r"(?:^|[.!?,;:(\-]|\b(?:and|to|with|@|cc|oi\s*|is|was|it's|its|called|named"
                           r"|birthday|bday|b'day|that'?s|congrats|congratulations|done|hi|hiya|hello|hey|dear|love))\s*$")
#: words that are never a first name, even before a rare word (also verbs that take a
#: person: "tell jayden in 10r ...")
_FUNCTION_WORDS = frozenset(
    """the and for you are was his her him she they them their our who what when where why how
    not but all any can did does had has have its just more most much now off one out own per
    some than that then this too very via yet got get see saw say said saw let lets may might
    also only even ever still again once here there from into onto with over under about after
    before since until while ago new old top best last next each both few many such same other
    whoever whatever anyone everyone someone nobody
    tell told ask asked message warn warned watch find sort leave hit kick punch call meet
    never always hardly barely""".split()
)
# The class first, then the name: "well done to 13J, especially Noah Fairclough", "Year 6:
# Amelia Clarke". A connecting word or mark is needed ("Year 4 Oak Class" is a class).
_CLASS_THEN_NAME = re.compile(
    rf"(?:\b(?i:year|yr)\s?\d{{1,2}}\b|(?<![\w£$])\d{{1,2}}[A-Z]{{1,2}}\b|\b[A-Z][a-z]+\s+[Cc]lass\b)"
    rf"(?:\s*[,:\-\u2013]\s*|\s+(?i:especially|particularly|including|esp\.?|namely|like|and)\s+|\s*,\s*(?i:especially|particularly|including|esp\.?)\s+)"
    rf"{_NAME}"
)
#: a child named by what they are, not who ("diabetic child in year 2", "ginger kid in 10b"),
#: or counted
_CHILD_NOUNS = frozenset(
    "child children kid kids boy boys girl girls lad lads lass lasses pupil pupils student students baby babies "
    "son sons daughter daughters twin twins toddler toddlers teen teens one ones lot group "
    # and how many: "thirty two in year 5"
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
)
_NOT_NAMES = frozenset(
    """well done happy thank thanks good great congratulations congrats year class mr mrs miss ms
    dr sir the our my his her their school primary academy sports day team football netball
    rugby cricket christmas summer spring autumn winter pta please dear hi hello hey oak ash
    elm willow maple birch reception nursery key stage ks1 ks2 monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december morning afternoon evening love lovely amazing
    brilliant fantastic what who when where why how this that these those all and but yes no
    big little new old head deputy governor governors parent parents staff teacher teachers
    sorry just can could would will shall should is are was were be it its you your we they
    mum dad mummy daddy nan grandma grandad aunt uncle god jesus lord st saint world book
    harvest easter sports fair fete bake sale man woman men women boy boys girls lady ladies monster monsters
    dragon dragons bear bears cat cats dog dogs family team show club gang crew cheese story stories book books
    imam rabbi vicar reverend pastor father coach officer oi yo hiya omg lol lmao bruh innit ayo
    house houses room rooms cabin cabins table tables group groups
    eid mubarak diwali hanukkah chanukah ramadan kareem vaisakhi baisakhi holi navratri passover
    shalom pesach purim rosh hashanah yom kippur hajj kwanzaa hogmanay bonfire remembrance
    festive shana tova tovah chag sameach vesak wesak lohri pongal onam gurpurab""".split()
)
_WORD = re.compile(r"[a-z][a-z'\-]*")
_HAS_DIGIT = re.compile(r"\d")

# Cheap tests that rule a pattern out before it runs over the comment (speed only; each
# must pass on every text its pattern can match).
# _CHILD_NAME needs one of its relationship words as written ("son", "daughter", ...).
_CHILD_NAME_LITERALS = tuple(sorted(required_literals(_CHILD_NAME.pattern) or ()))
# _NAME_WITH_CLASS needs, after the name, a digit (year group, class like "4B", age) or,
# in any case, "reception", "nursery" or "class"; \d is any Unicode digit and (?i) folds
# case the way the pattern does, so the test runs on the original text.
_CLASS_SCREEN = re.compile(r"\d|(?i:reception|nursery|class|sixth)")
_ASCII_DIGITS = "0123456789"
_NO_DIGIT_RULES = frozenset({"email", "email_spaced", "street_address_spelled", "named_house_address", "social_handle_given",
                             "street_corner_where_someone_lives"})
_SEVEN_DIGITS = re.compile(r"(?:\d\D*){7}")


def _roster_candidates(text: str) -> list[tuple[int, int, str]]:
    """Every 1-3 word window of the folded text, with its span, for roster hashing."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    out = []
    for i in range(len(words)):
        for n in (1, 2, 3):
            if i + n > len(words):
                break
            chunk = words[i : i + n]
            out.append((chunk[0][0], chunk[-1][1], " ".join(w for _, _, w in chunk)))
    return out


def _luhn(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    if not 12 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _iban(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not any(c.isdigit() for c in compact[4:]):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


_YEAR = re.compile(r"(?:19|20)\d\d")


_DATE_SHAPE = re.compile(r"(?:19|20)\d\d[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ](?:19|20)?\d\d")


def _generic_phone(value: str) -> bool:
    if _DATE_SHAPE.fullmatch(value.strip()):
        return False
    groups = re.findall(r"\d+", value)
    if "".join(groups) in _PUBLIC_NUMBERS:
        return False  # Childline's 0800 1111 is not someone's number
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= 13:
        return False
    # "2019 2020 2021" and "1 2 3" style lists are not numbers someone can ring
    if all(len(g) == 4 and _YEAR.fullmatch(g) for g in groups):
        return False
    return True


#: words that stand before "close", "drive" or "way" in a sentence, never in a street's name
_NOT_STREET_WORD = frozenset(
    "was is are were be so too very really quite pretty that it its orders order doors get got came come "
    "went go the a and or but then not how way".split()
)


def _street(value: str) -> bool:
    words = value.split()
    # "bags £12, orders close Friday", "that 100m was close" (an ambiguous suffix is
    # judged on the original text: see _street_in_original)
    return words[-2].strip(",") not in _NOT_STREET_WORD


#: The postcode areas of the UK and the Crown dependencies (the letters before the first
#: digit), with BF (forces post) and BX (non-geographic). A string of the right shape
#: whose letters are not an area is a word in leetspeak ("j3w1sh", "b4d455"), not an address.
_POSTCODE_AREAS = frozenset("""
    ab al b ba bb bd bf bh bl bn br bs bt bx ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy
    e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln
    ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp
    sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze
""".split())


_LETTERED_DISTRICT_AREAS = frozenset("e ec n nw se sw w wc".split())


def _postcode(value: str) -> bool:
    compact = value.replace(" ", "")
    if compact == "gir0aa":
        return True
    area = compact[:2] if compact[1].isalpha() else compact[:1]
    if area not in _POSTCODE_AREAS:
        return False
    # One-letter areas (B, E, G, L, M, N, S, W) have no district 0: "m0r0ns" is a word; a
    # district ending in a letter ("W1A", "EC1V") is central London's only: "wr1t1ng" is a word.
    outward = compact[:-3]
    if outward[-1].isalpha() and area not in _LETTERED_DISTRICT_AREAS:
        return False
    return len(area) == 2 or compact[1] != "0"


#: where the words before "close", "way" or "view" say it is an address: "lives at 4
#: orchard view", "my house, 41 Bramble Way"
_ADDRESS_CUE_BEFORE = re.compile(r"(?i:\b(?:live|lives|living|lived|address|addy|addie|house|flat|home|at|to|number|no\.?)\W{0,3}$)")


_CODE_BEFORE = re.compile(r"(?i:\bcodes?\s*:?\s*)$")
#: a website told with "at": "sign up at homeworkhero dot co dot uk", "find us at ..."
# ("half price at ...", "verify at ...", "order at ...": a shop's or a forged notice's site)
_SITE_AT = re.compile(r"(?i:(?:up|us|me|e-?mail|details|online|now|here|it|them|out|more|today|price|prices|priced|verify|claim|apply|register|order|buy|course|courses|app|website|site"
                      r"|book|login|available|stock|shop|visit|sale|listed|appeal|cheaper|off|\d+(?:\.\d\d)?p?)\s*(?:\(at\)|\[at\]|\bat\b))")
_LEET_DIGITS = str.maketrans("0134", "oiea")
_DOTTED_BEFORE = re.compile(r"(?i:(?:\bdot|\(dot\)|\[dot\]|[._])\s*)$")
_UNIT_ADDRESS_AFTER = re.compile(
    r"(?i:[^.!?\n]{0,40}\b(?:house|court|block|tower|building|lodge|road|street|lane|avenue|drive|close|crescent|terrace)\b)")


def _street_in_original(original: str, start: int, end: int) -> bool:
    if original[start:end].split()[-1].lower() in _UNAMBIGUOUS_SUFFIX:
        return True
    # An ambiguous suffix ("Way", "View", "Park", "Court") makes an address when the
    # street is written as a name ("41 Bramble Way") or an address cue stands before it.
    words = original[start:end].split()[1:]
    if words and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return True
    return _ADDRESS_CUE_BEFORE.search(original, 0, start) is not None


#: words saying an address is given, for the checks of streets read on the loose view and of
#: postcodes run together ("lives", "address", "round", "road" ...): one list for both
_ADDRESS_WORD = re.compile(r"(?i:\b(?:live|lives|living|address|addy|addie|postcode|post\s+code|house|flat|round|road|street|lane|drive)\b)")


def _street_folded_in_original(original: str, start: int, end: int) -> bool:
    # read on the loose view, a street needs an address word somewhere in the comment
    return _ADDRESS_WORD.search(original) is not None and _street_in_original(original, start, end)


def _email_in_original(original: str, start: int, end: int) -> bool:
    # "use code EXAM50 at gradeboost dot co dot uk": a discount code at a shop, not a mailbox
    if _CODE_BEFORE.search(original, 0, start) is not None:
        return False
    # "plates from £199 at plateking4u dot com": a price at a shop's address, not a mailbox
    if start > 0 and original[start - 1] in "£$€":
        return False
    if "@" in original[start:end]:
        return True
    # "bronwen dot price at example dot com": the word before "at" ends a dotted local
    # part, so it is a mailbox whatever the word
    if _DOTTED_BEFORE.search(original, max(0, start - 8), start) is not None:
        return True
    return _SITE_AT.match(original[start:start + 24].translate(_LEET_DIGITS)) is None


def _unit_in_original(original: str, start: int, end: int) -> bool:
    # "flat 12, 41 Wingrove Road", "Flat 3 Rose Court": the flat's number then an address;
    # "the little girl from flat 12 goes to your primary" names no address
    unit = re.match(r"(?i:flat\s+\d{1,4}[a-z]?)", original[start:end])
    if unit is None:
        # a trade's unit ("pop in to unit 4 brookside estate", "sale saturday, unit 9 high
        # st") is premises, not where someone lives
        return _TRADING_UNIT.match(original, start) is None or _HOME_WORD.search(original) is not None
    return _flat_with_address(original, start, unit)


_TRADING_UNIT = re.compile(r"(?i:unit\s*#?\d)")
#: a trade's premises, not a home, unless the comment says someone lives there
_HOME_WORD = re.compile(r"(?i:\b(?:lives?|living|lived|home|house|flat|address|moved)\b)")


def _flat_with_address(original: str, start: int, unit: re.Match[str]) -> bool:
    after = start + unit.end()
    return re.match(r"(?:\s*,?\s*(?:\d|[A-Z]))", original[after:]) is not None or \
        _UNIT_ADDRESS_AFTER.match(original, after) is not None


def _postcode_in_original(original: str, start: int, end: int) -> bool:
    # "m34ls": leetspeak ("meals") folded to a postcode shape. A postcode run together
    # with no space is a postcode when written in capitals or next to an address word.
    raw = original[start:end]
    if " " in raw.strip() or raw.isupper():
        return True
    return _ADDRESS_WORD.search(original) is not None


#: rules whose match may be a public line or an organisation's own mailbox (see _public_line)
_PUBLIC_CONTACT_RULES = frozenset({"email", "phone_number_generic"})
_CHECKS = {
    "street_address": _street,
    "street_address_folded": _street,
    "uk_postcode": _postcode,
    "credit_card": _luhn,
    "iban": _iban,
    "phone_number_generic": _generic_phone,
}
#: checks that need the original text (capitals, what stands before the match), run on
#: each rule's accepted match after the folded views have been read
_ORIGINAL_CHECKS = {
    "street_address": _street_in_original,
    "street_address_folded": _street_folded_in_original,
    "uk_postcode": _postcode_in_original,
    "email": _email_in_original,
    "email_spaced": _email_in_original,
    "address_unit": _unit_in_original,
}


def _in_original(detection: Detection, original: str) -> bool:
    explanation = detection.explanation
    check = _ORIGINAL_CHECKS.get(explanation.rule)
    if check is None or explanation.start is None or explanation.end is None:
        return True
    return check(original, explanation.start, explanation.end)


# Numbers read out the way people say them ("oh seven seven double oh nine hundred four two
# one"): the contact fold turns plain spelled digits into digits, but "hundred", "double"
# and "triple" can break a run in two. Such runs are re-read here as one number.
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8", "ninety": "9"}
_SPOKEN_HINT = re.compile(r"\b(?:hundred|thousand|double|triple|treble|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b")
_SPOKEN_TOKEN = (r"(?:\d+|zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred|thousand"
                 r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)")
_SPOKEN_RUN = re.compile(rf"\b{_SPOKEN_TOKEN}(?:[\s,.-]+(?:and\s+)?{_SPOKEN_TOKEN})+\b")
_SPOKEN_HINT_LITERALS = tuple(sorted(required_literals(_SPOKEN_HINT.pattern) or ()))


def _spoken_digits(run: str) -> str:
    """ "oh seven seven double oh nine hundred" -> "077009" + "00"; "treble 3" -> "333"."""
    out: list[str] = []
    repeat = 1
    tens = ""  # "ninety" waits for a unit: "ninety one" is 91, "ninety oh" is 900
    for word in re.findall(r"\d+|[a-z]+", run):
        if tens:
            unit = word if len(word) == 1 and word.isdigit() else _DIGIT_WORDS.get(word, "")
            if unit and unit != "0":
                out.append(tens + unit)
                tens = ""
                continue
            out.append(tens + "0")
            tens = ""
        if word in _TENS:
            tens = _TENS[word]
            continue
        if word in ("double", "triple", "treble"):
            repeat = 2 if word == "double" else 3
            continue
        if word == "and":
            continue
        if word in ("hundred", "thousand"):
            if out:
                out.append("00" if word == "hundred" else "000")
            continue
        digits = word if word.isdigit() else _DIGIT_WORDS.get(word, "")
        if not digits:
            continue
        out.append(digits[0] * repeat + digits[1:])
        repeat = 1
    if tens:
        out.append(tens + "0")
    return "".join(out)


# Helplines and services are numbers everyone may know, and a parent asking for them must
# never see the comment hidden: Childline, the Samaritans, the NSPCC, NHS 111, 999 and the
# police's 101, or any number named as a helpline just before it.
_PUBLIC_NUMBERS = frozenset({"08001111", "116123", "08088005000", "111", "999", "101", "112", "116111", "08000111",
                             "08001111111", "0800555111", "08457909090", "03001233393", "08088025544"})
_HELPLINE_BEFORE = re.compile(
    r"\b(?:childline|samaritans|nspcc|helpline|help\s?line|hotline|crimestoppers|shout|mind|young\s?minds|papyrus"
    r"|police|nhs|gp|surgery|council|school\s+office)\b[^.!?\d]{0,25}$"
)

# An organisation's own line or mailbox named as such, then told: "the office email is ...
# and the number is", "the academy's phone number is" (not "can the office email me")
_ORG_CONTACT_BEFORE = re.compile(
    r"\b(?:school|college|academy|nursery|council|office|reception|admissions|surgery|library|trust|charity)(?:'?s)?"
    r"\s+(?:office\s+|main\s+|general\s+|own\s+)?(?:e-?mail|email\s+address|(?:phone\s+|telephone\s+|contact\s+)?number|phone|telephone|line)"
    # (nothing of the writer's own between: "the office number is useless, ring me on ...")
    r"\s*(?:is|was|:|-)\s(?:(?!\b(?:me|my|mine|i|i'm|him|her|his|hers)\b)[^.!?\d]|[.@](?=\w)){0,60}$"
)


#: a post signed by the school itself ("Posted by the school", "Thanks - School Office",
#: "Regards, the academy HR team"): the lines and mailboxes it gives are the school's own,
#: published to be used, not anyone's private details
_SCHOOL_SIGNED = re.compile(
    r"(?i:(?:\b(?:posted|sent|issued|shared)\s+(?:by|from|on\s+behalf\s+of)\s+(?:the\s+)?(?:school|academy|college|trust)(?:\s+(?:office|hr(?:\s+team)?|admin(?:\s+team)?))?"
    r"|(?:^|[-\u2013\u2014.!,]|\bthanks|\bregards|\bfrom)\s*[-\u2013\u2014,]?\s*(?:the\s+)?(?:school|academy|college|trust)\s+(?:office|hr(?:\s+team)?|admin(?:\s+team)?|reception|recruitment(?:\s+team)?))"
    r"\W*$)")
#: the writer speaking of their own line ("ring me", "my number"): no school's post
_WRITER_OWN = re.compile(r"(?i:\b(?:me|my|mine|i|i'?m|i'?ve)\b)")
#: the rules a school's own post may match with its published contacts
_SCHOOL_CONTACT_RULES = frozenset({"email", "email_spaced", "phone_number", "phone_number_generic", "phone_number_possible"})


def _public_line(text: str, start: int, raw: str) -> bool:
    digits = re.sub(r"\D", "", raw)
    return (digits in _PUBLIC_NUMBERS or _HELPLINE_BEFORE.search(text[max(0, start - 40):start]) is not None
            or _ORG_CONTACT_BEFORE.search(text[max(0, start - 90):start]) is not None)


#: five number words in a row: worth reading the loose view for a spoken number
_SPOKEN_WORDS = re.compile(r"\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)(?:\s+(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b){4}")


def _possible(digits: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(digits, "GB"))
    except phonenumbers.NumberParseException:
        return False


class PersonalInfoDetector:
    name = "personal_info"
    version = "1.1"

    def __init__(self) -> None:
        # Every rule but the e-mail one needs a digit; most comments have none, so those
        # rules sit behind one cheap test.
        self.rules = RuleSet(self.name, [r for r in RULES if r.name in _NO_DIGIT_RULES], masked=True)
        self.digit_rules = RuleSet(self.name, [r for r in RULES if r.name not in _NO_DIGIT_RULES], masked=True)

    def detect(self, doc: Any) -> list[Detection]:
        folded = doc._.folded
        context = doc._.context
        found = self.rules.run(folded, accept=self._accept)
        if _HAS_DIGIT.search(folded.contact.text) is not None:
            found.extend(self.digit_rules.run(folded, accept=self._accept))
            if found:
                found = [d for d in found if _in_original(d, folded.original)]
                if any(d.explanation.rule == "street_address" for d in found):
                    # the loose view's reading is only for streets the text view missed
                    found = [d for d in found if d.explanation.rule != "street_address_folded"]
            found.extend(self._phones(folded))
        elif found:
            found = [d for d in found if _in_original(d, folded.original)]
        if not found:
            contact = folded.contact.text
            if any(w in contact for w in _SPOKEN_HINT_LITERALS) and _SPOKEN_HINT.search(contact) is not None:
                found.extend(self._spoken_phones(folded, folded.contact))
        if not found and (_HAS_DIGIT.search(folded.original) is not None or not folded.original.isascii()):
            # number words in leetspeak ("s3v3n s3v3n z3r0 ..."), or look-alike letters:
            # the loose view spells them as words again
            loose = folded.loose
            if loose.text != folded.contact.text and _SPOKEN_WORDS.search(loose.text) is not None:
                found.extend(self._spoken_phones(folded, loose))
        if found and _SCHOOL_SIGNED.search(folded.original) is not None and _WRITER_OWN.search(folded.original) is None:
            found = [d for d in found if d.explanation.rule not in _SCHOOL_CONTACT_RULES]
        found.extend(self._pupils(folded, context))
        if context is not None and context.roster_hashes:
            found.extend(self._roster(folded, context))
        return found

    @staticmethod
    def _accept(rule: Rule, m: re.Match[str], view: Any) -> bool:
        if rule.name in _PUBLIC_CONTACT_RULES and _ORG_CONTACT_BEFORE.search(m.string[max(0, m.start() - 90):m.start()]):
            # the organisation's own mailbox named as such
            return False
        check = _CHECKS.get(rule.name)
        return check is None or check(m.group(0))

    def _phones(self, folded: Any) -> list[Detection]:
        contact = folded.contact
        text = contact.text
        if count_digits(text) < 7:  # what _SEVEN_DIGITS finds, without the regex
            return []
        out = []
        for match in PhoneNumberMatcher(text, "GB", leniency=Leniency.POSSIBLE):
            if _public_line(text, match.start, match.raw_string):
                continue
            digits = re.sub(r"\D", "", match.raw_string)
            valid = phonenumbers.is_valid_number(match.number)
            national = str(match.number.national_number)
            if valid:
                score, rule = 0.95, "phone_number"
            elif len(digits) >= 10 and (match.number.country_code != 44 or national[:1] in "12378"):
                # possible but not "valid": e.g. Ofcom's drama ranges (07700 900xxx) - still
                # someone's number as far as a reader is concerned
                score, rule = 0.9, "phone_number_possible"
            else:
                continue
            start, end = contact.to_original(match.start, match.end)
            raw = folded.original[start:end]
            out.append(Detection(LABEL, score, Explanation(self.name, rule, start, end, mask(raw))))
        return out

    def _spoken_phones(self, folded: Any, contact: Any) -> list[Detection]:
        for m in _SPOKEN_RUN.finditer(contact.text):
            digits = _spoken_digits(m.group(0))
            if not 10 <= len(digits) <= 13:
                continue
            # a UK mobile said without its leading nought ("seven seven zero zero ...")
            tries = [digits] if digits[0] == "0" else [f"+{digits}"] + (["0" + digits] if digits[0] == "7" else [])
            if any(_possible(t) for t in tries):
                start, end = contact.to_original(m.start(), m.end())
                return [Detection(LABEL, 0.9, Explanation(
                    self.name, "phone_number_spoken", start, end, mask(folded.original[start:end]),
                    ("digits read from number words",)))]
        return []

    def _pupils(self, folded: Any, context: Any) -> list[Detection]:
        original = folded.original
        if original.isascii():
            lower = original.lower()
            with_class = (any(d in original for d in _ASCII_DIGITS) or "class" in lower
                          or "reception" in lower or "nursery" in lower or "sixth" in lower)
        else:
            with_class = _CLASS_SCREEN.search(original) is not None
        child = any(w in original for w in _CHILD_NAME_LITERALS)
        if not with_class and not child and _NAMES_WITH_GRADES.search(original) is None:
            return []
        out = []
        staff = context.folded_staff_names if context is not None else frozenset()
        for regex, rule, score in ((_NAME_WITH_CLASS, "child_name_with_class_year_age", 0.85),
                                   (_CLASS_THEN_NAME, "class_then_child_name", 0.8),
                                   (_NAME_THEN_THEIR_CLASS, "child_name_with_class_year_age", 0.8),
                                   (_NAMES_THEN_ALL_YEAR, "child_names_with_their_year", 0.8),
                                   (_NAMES_WITH_GRADES, "child_names_with_grades", 0.8),
                                   (_CHILD_NAME, "child_full_name", 0.8)):
            if not (child if regex is _CHILD_NAME else True if regex is _NAMES_WITH_GRADES else with_class):
                continue
            for m in regex.finditer(original):
                name = m.group("name")
                parts = name.lower().split()
                if any(p in _NOT_NAMES for p in parts):
                    continue
                if len(parts[0]) >= 7 and parts[0].endswith("ly") and parts[0] in common_words():
                    continue  # "Honestly Karen from year 4": an adverb opening the sentence
                if regex is _NAMES_THEN_ALL_YEAR and any(
                        w.lower() in _NOT_NAMES for w in re.findall(r"\b[A-Z][a-z]+", m.group(0))):
                    continue  # "Red House, Blue House, all year 5": teams or houses, not pupils
                if regex is _NAMES_WITH_GRADES and any(
                        w.lower() in _NOT_NAMES or w.lower() in _NOT_PUPIL_GRADE_WORDS
                        for w in re.findall(r"\b[A-Z][a-z]+", m.group(0))):
                    continue  # "Maths Paper A, English Paper B": papers, not pupils
                if regex is _NAMES_WITH_GRADES and _GRADE_CUE.search(original) is None:
                    continue  # "Lost Property A, Found Items B": single letters alone are labels
                # a title just before the name means staff ("Mrs Jane Clarke in Oak class")
                before = original[max(0, m.start("name") - 5) : m.start("name")].lower()
                if re.search(r"\b(?:mr|mrs|miss|ms|dr|sir)\.?\s+$", before):
                    continue
                if " ".join(parts) in staff:
                    continue
                start, end = m.span()
                out.append(Detection(LABEL, score, Explanation(
                    self.name, rule, start, end, mask(original[start:end]))))
                break
        if not out and with_class:
            out.extend(self._pupils_lower_case(folded, staff))
        return out

    def _pupils_lower_case(self, folded: Any, staff: frozenset[str]) -> list[Detection]:
        # The loose view joins spaced letters ("k.a.y.l.a"); its leetspeak folding can
        # also eat a bracketed form ("(y10)" -> "cyio)"), so the light view is read too.
        found = self._pupils_lower_case_in(folded, folded.loose, staff)
        if not found and folded.light.text != folded.loose.text:
            found = self._pupils_lower_case_in(folded, folded.light, staff)
            if not found:
                found = self._spelled_out_name(folded)
        return found

    def _spelled_out_name(self, folded: Any) -> list[Detection]:
        # A full name spelled out letter by letter ("c a l l u m f r o s t, y e a r 10")
        # comes out of the loose view as one word: a rare word of seven letters or more,
        # every letter of it written apart in the original, then a year group or age.
        loose = folded.loose
        common = common_words()
        for m in _SPELLED_NAME.finditer(loose.text):
            word = m.group("name")
            if word in common or word in _NOT_NAMES:
                continue
            # "w e l l d o n e": two ordinary words run together are no name
            if any(word[:i] in common and word[i:] in common for i in range(2, len(word) - 1)):
                continue
            start, end = loose.to_original(m.start("name"), m.end("name"))
            if len(_SINGLE_LETTER.findall(folded.original, start, end)) < len(word) - 1:
                continue
            return [Detection(LABEL, 0.8, Explanation(
                self.name, "child_name_spelled_out_with_class", start, end, mask(folded.original[start:end]),
                ("a name spelled out letter by letter before a year group or age",)))]
        return []

    def _pupils_lower_case_in(self, folded: Any, loose: Any, staff: frozenset[str]) -> list[Detection]:
        common = common_words()
        text = loose.text
        for m in _LOWER_NAME_WITH_CLASS.finditer(text):
            parts = m.group("name").split()
            if any(p in _NOT_NAMES or _WORD_SUFFIX.search(p) for p in parts) or " ".join(parts) in staff:
                continue
            if len(parts[0]) >= 7 and parts[0].endswith("ly") and parts[0] in common:
                continue  # "actually priya in year 2": an adverb opening the sentence
            if parts[1] in common and (parts[0] in common or len(parts[0]) < 4 or len(parts[1]) < 3
                                       or parts[1] in _FUNCTION_WORDS or parts[1] in _CHILD_NOUNS
                                       or _STRONG_CLASS_AFTER.match(text, m.end("name")) is None
                                       or _CLAUSE_START.search(text, 0, m.start("name")) is None):
                continue
            # Common first names are ordinary words too ("josh", "mia", "grace"): a common
            # first word passes only before a rare surname and a year group, form or age
            # written right after it ("josh atherton aged 12", "mia dunleavy year 10").
            if parts[0] in common and (len(parts[0]) < 3 or parts[0] in _FUNCTION_WORDS
                                       or _STRONG_CLASS_AFTER.match(text, m.end("name")) is None
                                       or _CLAUSE_START.search(text, 0, m.start("name")) is None):
                continue
            before = loose.text[max(0, m.start("name") - 5) : m.start("name")]
            if re.search(r"\b(?:mr|mrs|miss|ms|dr|sir)\.?\s+$", before):
                continue
            start, end = loose.to_original(m.start("name"), m.end("name"))
            if parts[0] in common and _HAS_DIGIT.search(folded.original, start, end) is not None:
                continue  # "fr33 r0bux 4t": an ordinary word in leetspeak, not a first name
            return [Detection(LABEL, 0.8, Explanation(
                self.name, "child_name_lower_case_with_class", start, end, mask(folded.original[start:end]),
                ("two rare words before a class, year or age",)))]
        return []

    def _roster(self, folded: Any, context: Any) -> list[Detection]:
        salt = context.roster_salt
        hashes = context.roster_hashes
        staff = context.folded_staff_names
        for start, end, words in _roster_candidates(folded.text):
            if words in staff:
                continue
            digest = hashlib.sha256(f"{salt}\x00{words}".encode()).hexdigest()
            if digest in hashes:
                s, e = folded.to_original(start, end)
                return [Detection(LABEL, 0.95, Explanation(
                    self.name, "roster_name", s, e, mask(folded.original[s:e])))]
        return []
