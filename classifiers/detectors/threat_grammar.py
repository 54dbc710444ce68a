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
  bleach");
- **deserved**: the target "wants" or "needs" the harm, British for deserving it ("the
  lollipop man wants running over"), or a pity nobody has done it yet;
- **foretold**: a person "dead when I see her", laughter that will stop, condolences to
  come, a visit "with a few mates", a bully sorted "myself";
- **the school**: violence named with a school place or a date ("shooting at the academy on
  the 3rd"), the place burnt or "going up", a joke taken back ("jk... unless", "not a
  drill"), a date everyone "will remember", staying away "if you're smart", a staff
  member's address or children's school known.

Targets include the school's people by role ("that kid from the choir", "the office lady",
"mrs patel"), so a threat to them is also reported as abuse.

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
    r"|i\s+(?:want|wanna|need|am\s+going|intend|plan)\s+to|i\s+wanna|i\s+(?:could|should|might|can|swear\s+(?:i'?ll|ill|i\s+will|down\s+i'?ll))"
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
#: a person of the school or of the street, named by role
_ROLE = (
    r"(?:teacher|kid|boy|girl|woman|man|lady|bloke|lad|caretaker|head|headteacher|deputy(?:\s+head)?|head\s+of\s+year|receptionist"
    r"|office\s+lady|dinner\s+lady|lollipop\s+(?:man|lady)|bully|coach|cleaner|snitch|grass|governor|tutor|ta|senco|safeguarding\s+lead)"
)
#: a date: "the 14th", "3rd of march", "april 2nd", a weekday
_DATE = (
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+\w+)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\s+\d{1,2}(?:st|nd|rd|th)?"
    r"|monday|tuesday|wednesday|thursday|friday|tomorrow"
)
#: the person threatened
_TARGET = (
    r"(?:you|u|ya|yu|yous|youse|him|her|them|every\s?one\s+of\s+(?:you|u|them)|all\s+of\s+(?:you|u|ya|them)|the\s+lot\s+of\s+(?:you|ya)"
    r"|that\s+(?:teacher|kid|boy|girl|woman|man|bitch|prick|twat|idiot|loser|snitch|grass|rat|cow|head)"
    r"|the\s+(?:teacher|head|headteacher|head\s+teacher|receptionist|caretaker|kids?)"
    r"|your\s+(?:whole\s+)?(?:family|kids?|mum|mom|dad|wife|husband|son|daughter|cat|dog|sister|brother)"
    # batch 15: the school's people by role ("that kid from the choir", "the office lady",
    # "the lollipop man", "mrs patel"), and all of them at once ("all the teachers")
    rf"|(?:that|the|this)\s+(?:\w+\s+){{0,2}}?{_ROLE}(?:\s+(?:from|in|on|at|with)\s+(?:the\s+)?\w+)?"
    r"|(?:mr|mrs|miss|ms|sir)\s+\w+|(?:all|every\s+one\s+of|each\s+of)\s+(?:the\s+)?(?:teachers|staff|kids|pupils|students|year\s+\d{1,2}s?))"
)
_POSSESSIVE = r"(?:your|ur|yer|his|her|their|(?:that|the)\s+(?:\w+\s+){0,2}?\w+'s|(?:mr|mrs|miss|ms)\s+\w+'s)"
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
         rf"\b{_INTENT}\s+(?:\w+\s+){{0,2}}?(?:put|send|leave|stick)\s+{_TARGET}\s+{_PLACE}"
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
    # batch 15: the target "wants" or "needs" the harm, British for deserving it ("the
    # lollipop man wants running over", "the head wants a brick through her windscreen"),
    # a pity that nobody has done it yet, a person "dead when I see her", laughter that
    # will stop, condolences foretold, a visit "with a few mates", a bully sorted "myself"
    Rule("threat_deserved", LABEL,
         r"\b(?:wants|needs|deserves|want|need|deserve)\s+(?:a\s+(?:good\s+)?)?(?:running\s+over|shooting|stabbing|knifing|glassing|torching|hanging|burning|putting\s+down|bottling|kneecapping|acid\s+in\s+(?:his|her|their)\s+face"
         r"|(?:brick|bullet|knife|blade|bottle|rock|petrol\s+bomb|firework)\s+(?:through|in|into)\s+(?:\w+\s+){0,2}?(?:window|windscreen|head|face|skull|car|house|chest|back))"
         r"|\b(?:shame|pity|surprised|amazed|funny|strange)\s+(?:that\s+)?(?:nobody|no\s*one|no\s+one|noone)(?:'s|\s+has|\s+have|s)\s+(?:\w+\s+)?(?:run|stabbed|shot|knifed|punched|battered|torched|burnt|burned|bombed|poisoned|decked|killed|glassed|jumped)\b",
         0.75, unless=_NOT_A_THREAT[:1] + (r"\b(?:car|bike|lawn|grass|hedge|shed|fence|bin|door)\s+(?:wants|needs)\b",)),
    Rule("threat_fate_foretold", LABEL,
         r"\b(?:is|'s|are|'re|s)\s+(?:so\s+|proper\s+)?dead\s+(?:when|if|once|the\s+(?:minute|second|moment)|as\s+soon\s+as|after)\s+(?:i|we|he|she|they|my)\b"
         r"|\b(?:none\s+of\s+(?:you|u|ya|them)|(?:you|u|ya|they|he|she)(?:'ll|ll)?)\s+(?:will\s+|won'?t\s+|wont\s+|will\s+not\s+)?(?:be\s+)?laughing\s+(?:after|when|for\s+long|much\s+longer|then|on|by|come)\b"
         r"|\b(?:won'?t|wont|will\s+not)\s+be\s+laughing\s+(?:after|when|for\s+long|much\s+longer|then|on|by|come)\b|\bnone\s+of\s+(?:you|u|ya|them)\s+will\s+be\s+laughing\b"
         # what is left of a person afterwards, or how long it goes on
         r"|\b(?:picking|pick)\s+(?:his|her|their|your|ur)\s+teeth\s+(?:up\s+)?(?:off|out\s+of)\b|\b(?:till|until)\s+(?:he|she|they|you|u)\s+(?:stops?|stop)\s+(?:moving|breathing)\b"
         r"|\b(?:he|she|they|you|u)\s+(?:won'?t|wont|will\s+not)\s+(?:be\s+)?walk(?:ing)?\s+(?:away\s+from\s+(?:it|this|that)|out\s+of\s+there|home)\b"
         # a named child's beating announced ("is getting jumped at the bus stop friday")
         r"|\b(?:is|'s|are|'re)\s+(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:jumped|stabbed|battered|shanked|merked|done\s+in|smacked|knocked\s+out|shot|beaten\s+up|leathered|rushed)\b"
         r"[^.!?]{0,40}?\b(?:at|on|after|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|next|when|fr|pass\s+it\s+on|i\s+know)\b"
         # harm wished on a vehicle with people in it, poison slipped into a drink, an "arranged" disappearance
         r"|\bhope\s+(?:the|that|your|ur|his|her|their|(?:mr|mrs|miss)\s+\w+)\s+(?:\w+\s+){0,2}?(?:crashes|crash|burns\s+down|catches\s+fire|sinks|gets\s+(?:hit|run\s+over))\b"
         r"|\b(?:put|putting|slip|slipping)\s+(?:rat\s+)?(?:poison|bleach|antifreeze|laxatives)\s+(?:in|into)\b"
         r"|\b(?:disappeared|vanished|gone|accident|miss\s+(?:her|him))\b[^.!?]{0,40}?\bi\s+(?:could|can|will|'ll)\s+arrange\s+(?:it|that)\b"
         r"|\b(?:you'?ll|you\s+will|youll|u'?ll|u\s+will|ull|we'?ll|everyone\s+will|they'?ll)\s+be\s+(?:posting|sending|writing|laying|leaving|signing)\s+(?:\w+\s+)?(?:condolences|flowers|rip|sympathy\s+cards?|a\s+minute'?s\s+silence)"
         r"|\bpay\s+(?:you|u|ya|him|her|them|(?:that|the)\s+\w+)\s+a\s+(?:little\s+|visit|proper\s+)?visit\b[^.!?]{0,40}?\b(?:mates|boys|lads|cousins|brothers|crew|properly|sort)"
         r"|\b(?:i'?ll|ill|i\s+will|i'?m\s+gonna|im\s+gonna)\s+(?:sort|deal\s+with|handle|take\s+care\s+of)\s+(?:out\s+)?(?:him|her|them|(?:the|that)\s+(?:\w+\s+)?(?:bully|kid|lad|boy|girl|teacher|man|woman|head))\s+(?:out\s+)?(?:myself|personally|my\s+(?:own\s+)?way|properly)\b",
         0.75, unless=_NOT_A_THREAT[:2] + (r"\b(?:battery|phone|plant|car|laptop|ipad|tablet)\s+(?:is|'s)\s+dead\b",
                                            r"\b(?:panto|film|show|comedian|jokes?|funny|sitcom|quiz)\b")),
    # batch 15: the school itself as the target. Violence named with a school place or a
    # date ("shooting at the academy on the 3rd"), the place burnt or going up, a joke
    # taken back ("jk... unless", "not a joke", "won't be a drill"), a date to remember,
    # staying away "if you're smart", something hidden under the stage, a staff member's
    # address or children's school known
    Rule("threat_school", LABEL,
         rf"\b(?:shooting|stabbing|bombing|bomb\s+threat|pipe\s+bombs?|massacre|school\s+shooting|mass\s+shooting)\b[^.!?]{{0,40}}?\b(?:(?:at|in|on|for)\s+(?:the\s+)?(?:academy|school|main\s+hall|hall|assembly|canteen|{_DATE})|which\s+school|gets?\s+the\s+demo)\b"
         r"|\b(?:burn|burnt|burned|torch|torched|blow|blew|bomb|bombed|shoot|shot|smash|smashed)\s+(?:that|the|this|ur|your)\s+(?:place|school|building|academy|hall|gym|staff\s?room)\s+(?:down|up)\b"
         r"|\b(?:that|the|this|your|ur)\s+(?:building|place|school|academy|staff\s?room|hall)\s+(?:goes|will\s+go|'?ll\s+go|is\s+going)\s+up(?=\s*(?:[.!?]|$|🔥|💣|💥))"
         rf"|\b(?:jk|joke|joking|kidding)\W{{0,8}}unless\b|\b(?:not\s+(?:a|even\s+a)\s+(?:joke|drill)|not\s+joking|no\s+joke|(?:won'?t|wont|will\s+not)\s+be\s+a\s+drill)\b[^.!?]{{0,60}}?\b(?:evacuate|tell\s+every\w*|consequences|{_DATE}|bomb|shoot\w*|stab\w*|gun|knife|blade|fire)\b"
         rf"|\b(?:evacuate|bomb|shoot\w*|stab\w*|gun|blade|consequences|fire\s+alarm|alarm|{_DATE})\b[^.!?]{{0,60}}?\b(?:not\s+(?:a|even\s+a)\s+(?:joke|drill)|not\s+joking|no\s+joke|(?:won'?t|wont|will\s+not)\s+be\s+a\s+drill)\b"
         r"|\b(?:every(?:one|body)|you'?ll\s+all|you\s+will\s+all|they'?ll\s+all)\s+(?:will\s+)?remember\s+(?:the|this|that)\s+(?:date|day)\b"
         r"|\b(?:don'?t|dont|do\s+not)\s+come\s+in\s+(?:\w+\s+){0,3}?if\s+(?:ur|you'?re|youre|you\s+are|u\s+r)\s+(?:smart|clever|wise|sensible)"
         r"|\b(?:might|may)\s+want\s+to\s+check\s+under\s+(?:the\s+)?\w+|\bcheck\s+under\s+(?:the\s+)?(?:stage|seats|desks?|bonnet)\s+before\b"
         r"|\b(?:i|we)\s+know\s+(?:where\s+)?(?:her|his|their|your|ur)\s+(?:kids|children|son|daughter|wife|husband|family)\s+(?:go|goes|live|lives|play|walk)\b"
         r"|\b(?:got|have|found|know|got\s+hold\s+of)\s+(?:his|her|their|(?:mr|mrs|miss|ms)\s+\w+'s)\s+(?:home\s+)?address\b"
         r"|\bhope\s+(?:his|her|their|your|ur)\s+(?:wife|husband|kids|family|children)\s+(?:likes?|enjoys?)\s+(?:visitors|surprises|a\s+visit)"
         r"|\b(?:nobody|no\s*one|no\s+one|noone)\s+would\s+(?:even\s+)?miss\s+(?:that|the|mr|mrs|miss|ms)\s+\w+\s+if\b"
         r"|\b(?:better|should|might\s+want\s+to)\s+hide\s+(?:the|your|ur|their)\s+(?:kids|children|year\s+\d{1,2}s?|staff|teachers)\b"
         r"|(?:^|[.!?,]\s*)(?:kill|shoot|stab|bomb|gas|burn)\s+(?:all|every\s+one\s+of)\s+(?:the\s+)?(?:teachers|staff|kids|pupils|students|year\s+\d{1,2}s?|of\s+(?:you|u|them))\b"
         rf"|\b(?:{_DATE})\b[^.!?]{{0,60}}?(?:💣|🔫|🔪|🧨)",
         0.75, unless=(r"\b(?:photo|photos|photography|film|filming|netball|basketball|football|hockey|practice|fire\s+drill|lockdown\s+drill|paintball|laser\s+tag"
                       r"|yesterday|last\s+(?:week|year|night)|false\s+alarm|all\s+safe|everyone\s+(?:is\s+)?safe|news|documentary|history|party|prom|ball|disco|wedding"
                       r"|save\s+the\s+date|tickets?|invit\w*|christmas\s+card|parcel|delivery|lost\s+property|new\s+building|extension|scaffold\w*|builders|price)\b",)),
    Rule("incitement_to_self_harm", LABEL,
         r"\bgo\s+(?:and\s+)?(?:hang|kill|drown|shoot|stab|neck|off|end|unalive|hurt)\s+(?:yourself|urself|ur\s?self|your\s?self|yaself)"
         r"|\b(?:go|just|pls|please|should)\s+(?:and\s+)?(?:drink|swallow|eat|down)\s+(?:some\s+)?bleach"
         r"|\b(?:go|just|pls|please|should)\s+(?:and\s+)?(?:jump|throw\s+(?:yourself|urself|ur\s?self))\s+(?:off|in\s+front\s+of|under)\s+(?:a|the)\s+(?:bridge|cliff|building|roof|train|bus|lorry|car)"
         r"|\b(?:neck|hang|unalive|off)\s+(?:yourself|urself|ur\s?self|your\s?self)\b|\bslit\s+(?:your|ur)\s+wrists",
         0.85, unless=(r"\b(?:lol|lmao|haha+|jk)\b",)),
)
RULE_NAMES = frozenset(rule.name for rule in RULES)
