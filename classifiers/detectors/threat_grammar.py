"""Threats of violence as a grammar: who means it, what they will do, to whom.

The safeguarding rules name threats phrase by phrase ("watch your back", "I know where you
live"). Threats written anywhere online vary the verb, the body part and the tense far
more than a phrase list can follow ("i will tear your arms off", "somebody needs to take you
out permanently", "you wont live to see next week"). These rules read the parts instead:

- **intent**: the writer, in the first person, about to act or wishing to ("i'll", "im
  gonna", "i would love to", "i could", "let me") + a verb of serious violence + a person
  ("you", "him", "that teacher"), or + a verb of injury + that person's body ("knock your
  teeth out", "break every bone in your body"), or putting them somewhere ("six feet
  under", "in hospital");
- **wish**: someone else doing it, or the target deserving it ("someone should put a
  bullet in your skull", "you deserve to be shot", "hope your house burns down");
- **fate**: the target's death or harm told as coming ("you won't live to see
  Friday", "you'll get what's coming to you", "you won't walk out of there");
- **incitement**: telling someone to kill or harm themselves ("go hang yourself", "go drink
  bleach").

They are safeguarding rules (a threat goes to the safeguarding lead) run by
:class:`classifiers.detectors.safeguarding.SafeguardingDetector`, which also reports a threat
aimed at a person as abuse. Hard negatives that share the words: appetite and effort ("I
could kill for a pizza", "murder a coffee", "kill this essay"), games and sport ("I'll beat
you at chess", "smash it"), a parent's exasperation with their own child ("I'm going to
kill my son, he forgot his PE kit" names no "you"), and laughter.
"""

from __future__ import annotations

from classifiers.rules import Rule

__all__ = ["RULES", "RULE_NAMES"]

LABEL = "safeguarding"

#: the writer about to act, or wanting or able to
_INTENT = (
    r"(?:i'?ll|ill|i\s+will|i\s+wil|i\s+shall|i'?m\s+(?:gonna|going\s+to|gunna)|im\s+(?:gonna|going\s+to|gunna)"
    r"|i\s+am\s+(?:gonna|going\s+to)|i'?ma|ima|i'?d\s+(?:love\s+to|like\s+to|happily|gladly)|i\s+would\s+(?:love|like|happily|gladly)(?:\s+to)?"
    r"|i\s+(?:want|wanna|need|am\s+going|intend|plan)\s+to|i\s+(?:could|should|might|can|swear\s+(?:i'?ll|ill|i\s+will|down\s+i'?ll))"
    r"|we'?ll|we\s+will|we'?re\s+(?:gonna|going\s+to)|let\s+me|i\s+(?:swear|promise)\s+(?:i'?ll|ill|i\s+will))"
)
#: serious violence done to a person
_VIOLENCE = (
    r"(?:kill|murder|stab|shoot|shank|knife|punch|kick|slap|smack|whack|deck|headbutt|thump|maim|cripple|torture"
    r"|strangle|choke|throttle|suffocate|smother|drown|hang|lynch|gut|skin|behead|decapitate|butcher|slaughter|slit"
    r"|slash|rape|poison|hurt|harm|execute|glass|set\s+fire\s+to)"
)
#: verbs of sport and banter as much as of violence ("we'll beat you next year", "we battered
#: them 5-0"): a threat only with what makes them one ("beat you to death", "smash you up")
_ROUGH = r"(?:beat|batter|bash|smash|hit|kick|punch|knock|kick\s+seven\s+bells\s+out\s+of|leather|pummel|stamp\s+on)"
_UNTIL = (
    r"(?:up|to\s+death|to\s+a\s+pulp|senseless|black\s+and\s+blue|unconscious|into\s+next\s+week|within\s+an\s+inch\s+of"
    r"|so\s+hard|till\s+(?:you|u|he|she|they)|until\s+(?:you|u|he|she|they)|half\s+to\s+death|in)"
)
#: what is sent, not struck
_SENT = r"(?:text|message|msg|email|e-mail|call|line|note|link|reminder|copy|photo|pic|invite|voice\s+note|dm|form|list)"
#: the person threatened
_TARGET = (
    r"(?:you|u|ya|yu|yous|youse|him|her|them|every\s?one\s+of\s+(?:you|u|them)|all\s+of\s+(?:you|u|ya|them)|the\s+lot\s+of\s+(?:you|ya)"
    r"|that\s+(?:teacher|kid|boy|girl|woman|man|bitch|prick|twat|idiot|loser|snitch|grass|rat|cow|head)"
    r"|the\s+(?:teacher|head|headteacher|head\s+teacher|receptionist|caretaker|kids?)"
    r"|your\s+(?:whole\s+)?(?:family|kids?|mum|mom|dad|wife|husband|son|daughter|cat|dog|sister|brother))"
)
_POSSESSIVE = r"(?:your|ur|yer|his|her|their|that\s+\w+'s)"
_BODY = (
    r"(?:head|heads|face|skull|neck|throat|legs?|arms?|teeth|bones?|jaw|nose|fingers?|spine|ribs|eyes?|heart|guts"
    r"|kneecaps?|knees?|back|brains?|tongue|windpipe|hands?|feet|ankles?|wrists?|organs|limbs?)"
)
#: what injures a body part
_INJURE = (
    r"(?:break|snap|rip|tear|cut|slit|smash|kick|knock|punch|bash|cave|stamp\s+on|crack|gouge|pull|twist|crush|boot"
    r"|stove|split|rearrange|bust|burst|chop|saw|remove|slice|stab)"
)
#: where a person ends up
_PLACE = (
    r"(?:six\s+feet\s+under|6\s?ft\s+under|in(?:to)?\s+(?:the\s+)?(?:ground|grave|morgue|hospital|a&e|intensive\s+care|icu|a\s+coffin"
    r"|a\s+box|a\s+body\s+bag|a\s+wheelchair|a\s+ditch|the\s+river|the\s+canal|an\s+early\s+grave)|out\s+of\s+(?:your|ur)\s+misery)"
)
#: someone other than the writer, asked or expected to do it
_SOMEONE = (
    r"(?:some\s?(?:one|body)|any\s?(?:one|body)|people|we|they|i\s+hope\s+some\s?(?:one|body))"
    r"\s+(?:should|needs?\s+to|ought\s+to|has\s+to|have\s+to|will|is\s+(?:gonna|going\s+to)|gonna|must|could)"
)
_PASSIVE = (
    r"(?:shot|stabbed|killed|murdered|hanged|hung|lynched|tortured|burn(?:ed|t)(?:\s+alive)?|beaten(?:\s+to\s+death|\s+up)?"
    r"|executed|gassed|strung\s+up|put\s+down|drowned|strangled|raped|butchered|slaughtered|skinned\s+alive"
    r"|lined\s+up\s+(?:against\s+a\s+wall\s+)?and\s+shot|run\s+over|set\s+on\s+fire|thrown\s+off\s+a\s+\w+)"
)

# Appetite, effort, games and laughter: the words of a threat without one.
_NOT_A_THREAT = (
    r"\b(?:kill|murder|die)\s+for\s+(?:a|an|some|the)\b|\bmurder\s+(?:a|an)\s+(?:coffee|pint|brew|cuppa|curry|pizza|burger|kebab|drink|tea)\b"
    r"|\b(?:at|in)\s+(?:chess|fifa|fortnite|minecraft|cards|monopoly|scrabble|the\s+(?:race|game|match|quiz|final))\b"
    r"|\b(?:lol|lmao|haha+|hehe|jk|just\s+kidding|only\s+joking|joking)\b|😂|🤣|🙄|🙈|😅|🤦",
    # a parent's exasperation with their own child's small crimes ("my son forgot his PE kit
    # again, I'm going to strangle him"), not a parent defending one ("if she gives my son
    # another detention I'll batter her")
    r"\b(?:my|our)\s+(?:son|daughter|kids?|child|children|boy|girl|boys|girls|husband|hubby|wife|partner|twins|toddler"
    r"|teen|teenager|eldest|youngest)\s+(?:has\s+|have\s+|had\s+|just\s+|only\s+|has\s+just\s+)?(?:forgot|forgotten|lost|left|broke"
    r"|broken|spilt|spilled|ate|eaten|drew|painted|cut|dyed|refuses|refused|won'?t|wont|keeps|kept|is\s+driving|drives|wore"
    r"|came\s+home\s+(?:with|without|covered)|has\s+been\s+a\s+(?:nightmare|menace|pain))\b",
    r"\b(?:match|matches|game|games|final|league|tournament|netball|football|rugby|hockey|cricket|rounders|sports\s+day"
    r"|quiz|pitch|fixture|derby|goals?|trophy|cup|champions|season|race)\b",
)

RULES = (
    Rule("threat_intent_violence", LABEL,
         # "I'll whack you a text with the pick-up time" sends something
         rf"\b{_INTENT}\s+(?:\w+\s+){{0,3}}?{_VIOLENCE}\s+{_TARGET}\b(?!\s+(?:a|an|the|over\s+a|over\s+the)\s+(?:quick\s+)?{_SENT})"
         rf"|\b{_INTENT}\s+(?:\w+\s+){{0,3}}?{_ROUGH}\s+{_TARGET}\s+{_UNTIL}\b"
         rf"|\b{_INTENT}\s+(?:\w+\s+){{0,2}}?{_ROUGH}\s+the\s+(?:hell|crap|shit|shite|life|living\s+daylights|snot)\s+out\s+of\s+{_TARGET}\b"
         r"|\b(?:i'?ll|ill|i\s+will|i'?m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to))\s+(?:end|finish)\s+(?:you|u|ya|him|her)\b(?!\s+(?:at|in|on)\b)",
         0.8, unless=_NOT_A_THREAT),
    Rule("threat_intent_injury", LABEL,
         rf"\b{_INTENT}\s+(?:\w+\s+){{0,3}}?{_INJURE}\s+(?:\w+\s+){{0,3}}?{_POSSESSIVE}\s+(?:\w+\s+)?{_BODY}\b"
         rf"|\b{_INTENT}\s+(?:\w+\s+){{0,2}}?(?:break|snap|crack)\s+every\s+bone\s+in\s+{_POSSESSIVE}\s+body\b"
         rf"|\b{_INTENT}\s+(?:\w+\s+){{0,2}}?(?:put|stick|shove|ram)\s+(?:my|a)\s+(?:fist|foot|boot|knee|knife|blade|brick|bottle|head)\s+(?:through|in|into)\s+{_POSSESSIVE}\s+(?:\w+\s+)?{_BODY}\b",
         0.8, unless=_NOT_A_THREAT),
    Rule("threat_intent_place", LABEL,
         rf"\b{_INTENT}\s+(?:\w+\s+){{0,2}}?(?:put|send|leave|stick)\s+(?:you|u|ya|him|her|them)\s+{_PLACE}"
         rf"|\b(?:take|wipe|rub)\s+(?:you|u|ya|him|her|them)\s+out\b(?=[^.!?]{{0,20}}\b(?:permanently|for\s+good|for\s+ever|forever|once\s+and\s+for\s+all))"
         rf"|\b{_SOMEONE}\s+(?:\w+\s+)?(?:take|wipe)\s+(?:you|u|ya|him|her|them)\s+out\b",
         0.8, unless=_NOT_A_THREAT),
    Rule("threat_wish", LABEL,
         rf"\b{_SOMEONE}\s+(?:\w+\s+){{0,2}}?{_VIOLENCE}\s+{_TARGET}\b"
         rf"|\b(?:you|u|ya|he|she|they)\s+(?:deserve|deserves|ought|need|needs|should|want)\s+(?:to\s+)?(?:be|get|gets)\s+{_PASSIVE}"
         rf"|\b(?:you|u|ya|he|she|they)\s+(?:should|need\s+to|ought\s+to)\s+be\s+{_PASSIVE}"
         rf"|\b(?:put|stick|send)\s+a\s+(?:bullet|knife|blade|bolt)\s+(?:in|into|through)\s+{_POSSESSIVE}\s+(?:\w+\s+)?{_BODY}"
         rf"|\b(?:you|u|ya|he|she|they)\s+(?:need|needs|deserve|deserves|want|wants|should\s+get|could\s+do\s+with)\s+a\s+(?:bullet|knife|blade|bolt)\s+(?:in|into|through|between)\s+(?:the|{_POSSESSIVE})\s+(?:\w+\s+)?(?:{_BODY}|eyes)"
         rf"|\b(?:i\s+)?hope\s+(?:your|ur)\s+(?:house|home|family|car|flat|school|kids?|mum|dad)\s+(?:\w+\s+)?(?:burns?|gets?\s+(?:burnt|burned|torched|blown\s+up|bombed|shot|stabbed|killed))",
         0.8, unless=_NOT_A_THREAT),
    Rule("threat_fate", LABEL,
         r"\b(?:you|u|ya)\s+(?:won'?t|wont|will\s+not|aren'?t\s+going\s+to|are\s+not\s+going\s+to|r\s+not\s+gonna|ain'?t\s+gonna)"
         r"\s+(?:live|survive|last|make\s+it|see)\s+(?:to\s+see\s+|past\s+|through\s+|till\s+|until\s+)?(?:next|the\s+end|another|tomorrow|friday|monday|the\s+weekend|christmas|your)"
         r"|\b(?:you|u|ya)\s+(?:won'?t|wont|will\s+not)\s+(?:walk|get|come|make\s+it)\s+(?:out|home|back)\b(?!\s+of\s+(?:detention|the\s+meeting))"
         r"|\b(?:you|u|ya)\s+(?:are|r|'re|re|will|'ll|ll|is)\s+(?:gonna|going\s+to|get|be\s+getting)\s+(?:get\s+)?what(?:'s|\s+is)\s+coming\s+(?:to\s+(?:you|u|ya))?"
         r"|\b(?:you|u|ya)(?:'ll|ll|\s+will)\s+get\s+what(?:'s|\s+is)\s+coming"
         r"|\b(?:you|u|ya)(?:'ll|ll|\s+will|'re|\s+are|\s+r)\s+(?:gonna\s+)?be\s+dead\s+(?:by|before|within|next|tomorrow|tonight|soon|meat)"
         r"|\bmark\s+my\s+words\b[^.!?]{0,30}\b(?:dead|die|pay|regret|hurt|sorry)\b"
         r"|\bmake\s+sure\s+(?:you|u|ya|he|she|they)\s+(?:regret|pay\s+for|suffer|never\s+(?:walk|see|come))\b"
         r"|\bregret\s+the\s+day\s+(?:you|u|ya|he|she|they)\s+(?:were|was)\s+born|\b(?:your|ur|his|her|their)\s+days\s+are\s+numbered"
         r"|\b(?:you'?re|youre|you\s+are|ur|he'?s|she'?s)\s+(?:a\s+)?dead\s+(?:man|woman|girl|boy|lad|kid)\s+walking"
         r"|\bsee\s+what\s+happens\s+to\s+(?:your|ur)\s+(?:\w+\s+)?(?:face|house|car|kids?|family|mum|head)"
         r"|\b(?:want\s+to|wanna|gonna|going\s+to|will|'ll|ll)\s+(?:see|watch)\s+(?:you|u|ya|him|her|them)\s+(?:bleed|suffer|die|burn|in\s+(?:a\s+coffin|hospital|pain))\b",
         0.75, unless=_NOT_A_THREAT),
    Rule("incitement_to_self_harm", LABEL,
         r"\bgo\s+(?:and\s+)?(?:hang|kill|drown|shoot|stab|neck|off|end|unalive|hurt)\s+(?:yourself|urself|ur\s?self|your\s?self|yaself)"
         r"|\b(?:go|just|pls|please|should)\s+(?:and\s+)?(?:drink|swallow|eat|down)\s+(?:some\s+)?bleach"
         r"|\b(?:go|just|pls|please|should)\s+(?:and\s+)?(?:jump|throw\s+(?:yourself|urself|ur\s?self))\s+(?:off|in\s+front\s+of|under)\s+(?:a|the)\s+(?:bridge|cliff|building|roof|train|bus|lorry|car)"
         r"|\b(?:neck|hang|unalive|off)\s+(?:yourself|urself|ur\s?self|your\s?self)\b|\bslit\s+(?:your|ur)\s+wrists",
         0.85, unless=(r"\b(?:lol|lmao|haha+|jk)\b",)),
)
RULE_NAMES = frozenset(rule.name for rule in RULES)
