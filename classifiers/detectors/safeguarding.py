"""Safeguarding: risk of harm to a child or an adult, tuned for recall.

A missed disclosure can cost a child; a false alarm costs a moderator a minute. So the
rules here cast wide and go to a person: self-harm and suicidal intent, disclosure of
abuse or neglect, adults seeking private contact with children ("how old are you",
"DM me", "don't tell your parents", requests for pictures, meet-ups), threats of violence
("I'll stab", "wait for you after school"), exploitation (county lines, paid errands,
gifts for secrets) and sharing of nude images; and the other kinds of harm a school's
safeguarding lead is trained on: radicalisation, FGM and other harmful practices, forced
marriage and honour-based abuse, domestic abuse a child lives with, neglect told through
its circumstances, children missing from home or school, image-based abuse, dangerous
online challenges, abuse between pupils, adults watching children, trafficking, private
fostering and a child's routine given out to strangers. Every rule matches the *loose* folded
view, so leetspeak, spaced letters and look-alike letters do not hide a phrase. Weak
signals (a bare "DM me") start below the reporting threshold and are raised by context
aimed at a child or lowered by commercial context ("DM me to buy").

Phrases only catch wording someone anticipated, so a second layer reads the comment as
concepts (self, death, self-harm, an adult, a harmful act, home, contact, a child,
secrecy, images, sharing, a weapon, intent ...) and flags risky combinations found within
80 characters of each other ("my stepdad comes into my room at night", "I've got a blade
and I'm not afraid to use it"), unless a figurative, accidental or commercial word sits
near the evidence ("this weather is killing me", "cut his knee", "DM me to buy").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from classifiers.base import Detection, Explanation, Label
from classifiers.detectors import threat_grammar
from classifiers.rules import ConceptSet, Rule, RuleSet

__all__ = ["SafeguardingDetector"]

LABEL = "safeguarding"

_ME = r"(?:my\s?self|meself|mysel|masel|maself|mysen)"
_YOU = r"(?:you|u|ya|yu|yourself|urself|ur\s?self|him|her|them|ur|your|yous|everyone|every\s?one|all\s+of\s+(?:you|u))"
_WILL = (
    r"(?:i'?ll|i\s+will|i\s+wil|im\s+(?:gonna|going\s+to)|i'?m\s+(?:gonna|going\s+to)|i\s+am\s+(?:gonna|going\s+to)"
    r"|gonna|going\s+to|ima|i'?ma|i\s+want\s+to|i\s+wanna|i'?d|we'?ll|we\s+will|we'?re\s+(?:gonna|going\s+to)|will)"
)
_FAMILY = (
    r"(?:dad|mum|mom|mam|step\s?dad|step\s?mum|step\s?mom|mother|father|uncle|aunt|auntie|brother|sister|cousin|"
    r"parents?|carer|foster\s+\w+|nan|grandad|grandpa|grandma|mums?\s+boyfriend|mums?\s+bf|dads?\s+girlfriend|"
    r"teacher|coach|neighbou?r|he|she|they|someone|somebody|a\s+man|a\s+lady|an?\s+older\s+\w+)"
)
_HARM_VERB = (
    r"(?:hits?|hitting|beats?|beating|hurts?|hurting|touch(?:es|ed|ing)?|kicks?|kicking|punch(?:es|ed|ing)?|"
    r"slaps?|slapping|locks?|locked|burns?|burnt|burned|chokes?|choked|strangles?|starves?|abuses?|abused|abusing|"
    r"molests?|molested|rapes?|raped|hit|beat|kicked|slapped|punched|forced|forces|threatens?|threatened)"
)
_CHILD_CONTEXT = (
    r"\b(?:how\s+old|ur\s+age|your\s+age|what\s+year|school|pretty|cute|beautiful|fit|sexy|mature|alone|secret|"
    r"parents?|mum|dad|snap|kik|sweet(?:ie|heart)|babe|hun|gorgeous|young"
    r"|got\s+(?:something|a\s+surprise|a\s+present|a\s+gift)\s+for\s+(?:you|u)|which\s+one\s+of\s+(?:you|u)"
    # batch 30-32: a child addressed by year or by looks ("if ur in yr 7", "the wee girl ... yer a stunner"), gifts
    r"|(?:if\s+)?(?:ur|you'?re|you\s+are|u\s+r|u\s+are)\s+in\s+(?:yr|year)\s?[1-9]|stunner|wee\s+(?:girl|boy|lass|lad|one)|little\s+(?:girl|boy|lass|lad)|gifts?\s+(?:4|for)\s+(?:u|you))\b",
)
_COMMERCIAL_CONTEXT = (
    r"(?:\bsell(?:ing)?\b|£\s?\d|\d\s?(?:quid|pounds?|gbp)\b|\bbuy\b|\bprices?\b|\border\b|\bfor\s+sale\b|"
    r"\bavailable\b|\bbooking|\bcollection\b|\bbusiness\b|\bdiscount|\bcode\b|\bsub(?:scribe)?\b|\bchannel\b)"
)
_EDUCATIONAL = (
    r"\b(?:e[-\s]?safety|online\s+safety|safety\s+(?:talk|week|day|assembly)|assembly|workshop|awareness|"
    r"helpline|childline|nspcc|samaritans|advice|lesson|talk\s+about|reminder|parents\s+evening|webinar"
    # batch 19-20: the same in other words
    r"|information\s+(?:night|evening|session)|(?:drama|theatre)\s+(?:piece|production|performance)"
    r"|no\s+(?:genuine|real|safe|trusted|good)\s+(?:person|adult|grown\s?-?up|friend))\b",
)

#: a phrase quoted as what children are taught to report ("report it if anyone says 'kill
#: yourself' online", "tell a teacher if someone writes ..."), not said to anyone
_REPORTED_PHRASE = (r"\b(?:report\s+(?:it|them)?|tell\s+(?:a\s+teacher|someone|an\s+adult|us|a\s+grown\s?-?up)|block\s+(?:them|anyone))\s*"
                    r"(?:straight\s+away\s+)?(?:if|when)\s+(?:anyone|someone|somebody|a\s+stranger|people)\s+(?:ever\s+)?(?:says|tells|writes|posts|messages|sends)\b")

#: a parent's exasperation with their own child, named by age, told with laughter ("my 17yo
#: has eaten the entire fridge. i'm going to strangle him 😂") (batch 36-38)
_OWN_CHILD_EXASPERATION = (r"\b(?:my|our)\s+\d{1,2}\s?(?:yo|y/o|year\s+old|yr\s+old)\b[^\n]{0,80}?\b(?:eaten|ate|forgot|forgotten|lost|broke|broken|left|used|drunk|drank)\b"
                           r"[^\n]{0,80}?(?:😂|🤣|\blol\b|\bhaha)")

#: a fixture's rivalry (batch 51-53): "we'll batter you next season ... great game, respect"
#: is the touchline's banter, not a threat
_SPORTS_RIVALRY = r"\b(?:next\s+season|rematch|return\s+fixture|great\s+game|good\s+game|well\s+played|gg|see\s+you\s+in\s+the\s+(?:final|league|cup))\b"

#: "dying to go", "want to die of embarrassment": the gravest words used as a figure of speech
_HYPERBOLE = r"\b(?:killing\s+me\s+(?:lol|haha)|dying\s+(?:to|of)|die\s+of\s+(?:laughter|embarrassment|shame|boredom)|laugh(?:ing|ed)?|lol|haha)\b"

#: batch 54-56: a child's complaint quoted by a parent about a chore ("keeps saying 'I'm going
#: to die' when he has to wear his coat"), not a wish to die
_CHILD_COMPLAINT = (r"\b(?:says|saying|said|says\s+that)\W{1,3}i'?m\s+(?:going\s+to|gonna)\s+die\W{0,3}\s+(?:when|if|every\s+time|because)\s+(?:he|she|they)\s+(?:has|have|had|gets?|got|is\s+made)\s+to\b")

#: a child's forgotten things, the usual cause of a parent's "I'll murder him" (batch 17)
_FORGOT_ITEM = (r"\b(?:forgets?|forgot|forgotten|loses?|lost|leaves?|left)\s+(?:his|her|their|my|another)\s+(?:\w+\s+){0,2}?(?:calculator|pencil\s+case|bottle|kit|bag|book|coat|lunch\w*"
                r"|homework|jumper|shoes|trainers|glasses|reading\s+book|keys|phone|coat|blazer|tie)\b"
                # batch 42-44: the thing itself "missing AGAIN" ("PE kit missing again. i'll strangle him")
                r"|\b(?:kit|bag|coat|jumper|cardigan|bottle|book|lunch\s?box|blazer|tie|shoes|trainers|glasses|homework|calculator|pencil\s+case)\s+(?:is\s+|has\s+gone\s+|gone\s+)?(?:missing|lost|gone|vanished)\s+(?:again|agai+n|for\s+the\s+\w+\s+time)\b")

#: hazards and contests: "someone is going to get hurt on that icy path", "better watch out, we want the cup"
_HAZARD = (r"\b(?:ice|icy|fence|road|traffic|crossing|car\s+park|slippery|pothole|dangerous|bonfire|fireworks?|bbq|toast"
           r"|cooking|oven|cake|trophy|cup|choir|team|match|quiz|competition|final|league|tournament|santa|christmas|unsafe\s+(?:path|road|crossing)"
           r"|paving|slabs?|potholes?|trip\s+hazard|please\s+(?:fix|repair|mend)|zig\s?zags?|bollards?|parking|council|speeding"
           # batch 60: the school run's speed ("drivers doing 40 past the gate ... we need speed bumps")
           r"|speed\s+(?:bumps?|humps?|cameras?|limit)|\d0\s?mph|drivers?\s+doing\s+\d0)\b")

#: batch 33-35: a parent telling what their own child says in play ("my son says 'i'm going
#: to kill him' about his brother over the xbox", "she's going to murder her brother in
#: mario kart", "'i'll kill you' to his teddies", "shoot them with his water pistol")
_CHILD_PLAY = (r"\b(?:my|our)\s+(?:\d{1,2}\s+(?:year|yr)\s+old|son|daughter|boy|girl|toddler|little\s+\w+|kids?|twins|eldest|youngest)\s+(?:\w+\s+){0,3}?"
               r"(?:says|said|keeps\s+(?:saying|telling\s+me)|has\s+started\s+saying|started\s+saying|tells\s+me|told\s+me)\b[^\n]{0,120}?"
               r"\b(?:xbox|playstation|ps[45]|mario\s+kart|minecraft|roblox|fortnite|among\s+us|teddies|teddy|toys?|water\s+pistol|nerf|baddies|paw\s+patrol|phase)\b")


#: batch 42-44: a memory of long ago, told by someone grown up ("I was a pupil here
#: 1970-1975", "got the strap every week", "went off to fight in 1940", "in my day"); the
#: harms of another era and of an adult's own schooldays, not a child at risk now
_PAST_ERA = (r"\b(?:(?:in|from|of|since|by|until|till)\s+(?:the\s+)?19[0-8]\d|19[0-8]\d\s?-\s?(?:19)?[0-9]\d|(?:the\s+)?(?:19)?[2-8]0s|in\s+my\s+day|back\s+then|back\s+in\s+the\s+day|in\s+those\s+days"
             r"|(?:allowed|legal|normal)\s+(?:back\s+)?then|when\s+i\s+was\s+(?:at\s+school|a\s+pupil|here|a\s+lad|a\s+lass|a\s+girl|a\s+boy|a\s+nipper)|i\s+was\s+a\s+pupil\s+here"
             r"|the\s+old\s+days|(?:he'?s|she'?s|grandad\s+is|nan\s+is)\s+(?:[7-9]\d|100)\b|(?:fight|fought|killed)\s+in\s+the\s+war|world\s+war|ww(?:1|2|i|ii)|remembrance)\b")

#: batch 60-62: a partner's hit in play or by accident ("hit me with a snowball at the fair")
_PLAYFUL_HIT = (r"\b(?:accident\w*|by\s+mistake|in\s+(?:his|her)\s+sleep|lol|haha|😂|game|pillow|tickl\w*|badminton|tennis|squash|snowball\w*|water\s+balloons?|sponges?"
                r"|fifa|play\s?-?\s?fight\w*|boxing|sparring|the\s+jackpot|the\s+nail)\b")

#: batch 62: the advice not to send a picture ("never send a photo you wouldn't want your
#: nan to see"), not an adult asking for one
_ADVICE_NOT_TO_SEND = (r"\b(?:never|don'?t|dont|do\s+not|think\s+(?:twice\s+)?before\s+(?:you|u))\s+(?:ever\s+)?(?:send|share|post)\s+(?:a\s+|any\s+)?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|nudes?)\s+"
                       r"(?:of\s+)?(?:you|u)\s+(?:wouldn'?t|would\s+not|wouldnt|don'?t|dont)\s+(?:want|like|be\s+happy)\b")

# batch 63-65: a pictured child as a stranger refers to one (by looks, clothes, place in
# the video), and a commenter's own relative (a proud family's words are not a stranger's)
_PICTURED_CHILD = (r"(?:(?:little|young|wee|small|tiny)\s+)?(?:girls?|boys?|kids?|lads?|lass(?:es)?|child|children|drummer\s+boy"
                   r"|angel\s+\w+|dancers?|gymnasts?|(?:the|that|this)\s+one\s+(?:with|in|on|at|doing))")
_CHILD_OWN_RELATIVE = (r"\b(?:my|our)\s+(?:little\s+)?(?:daughter|son|grand\w+|niece|nephew|kids?|child|children|girls?|boys?|lad|lass|baby|babies|god\w+|step\w+|twins?|eldest|youngest)\b"
                       r"|\b(?:proud|well\s+done|bless\s+(?:her|him|them))\b")

RULES = (
    # --- self-harm and suicidal intent
    Rule("suicidal_intent", LABEL,
         rf"\b(?:(?:want|wanna|going|gonna|plan(?:ning)?|ready|about)\s+(?:to\s+)?(?:die|end\s+(?:it|my\s+life|things))"
         rf"|(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|starve|starving)\s+{_ME}"
         rf"|(?:end|take|ending|taking)\s+(?:it\s+all|my\s+(?:own\s+)?life)"
         rf"|suicid(?:e|al)|self\s?-?\s?harm(?:ing)?|\bkms\b"
         rf"|(?:don'?t|do\s+not|dont|no\s+longer)\s+(?:want|wanna)\s+(?:to\s+)?(?:be\s+alive|live|be\s+here|exist|wake\s+up)"
         rf"|(?:what'?s|whats|what\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|being\s+alive|going\s+on(?!\s+(?:about|with|at))|anything)"
         rf"|(?:don'?t|do\s+not|can'?t|cannot)\s+(?:really\s+|even\s+|honestly\s+)?see\s+(?:the|any)\s+point\s+(?:in|of)\s+(?:living|life|being\s+alive|going\s+on(?!\s+(?:about|with|at))|being\s+here|waking\s+up|getting\s+up\s+any\s?more)"
         rf"|\bi\s+(?:cut|burn|burnt|burned|scratch|scratched|starve)\s+(?:my\s+)?(?:arms?|legs?|wrists?|skin|thighs?|stomach|body)\b"
         rf"|(?:cutting|burning|scratching)\s+my\s+(?:arms?|legs?|wrists?|skin|thighs?)"
         rf"|better\s+off\s+(?:dead|without\s+me)|no\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)"
         rf"|(?:can'?t|cannot|cant)\s+(?:go\s+on|do\s+this\s+anymore|take\s+(?:it|this)\s+anymore|cope\s+anymore)"
         rf"|nobody\s+(?:would|will)\s+(?:care|miss\s+me|notice)\s+if\s+i\s+(?:was|were|wasn'?t|wasnt|died|disappeared|vanished|left|went|killed|ended|didn'?t|never|stopped|just)|wish\s+i\s+(?:was|were)\s+(?:dead|never\s+born)"
         rf"|overdos(?:e|ed|ing)|(?:taken|took|swallowed|take|necked|downed)\s+(?:a\s+(?:whole\s+)?(?:load|lot|bunch|handful|box|packet|strip|bottle|pack|tub)\s+of|all\s+(?:my|the|of\s+my)|too\s+many|loads\s+of)\s+(?:[\w']+\s+){{0,2}}(?:pills|tablets|paracetamol|meds|medicine|painkillers)"
         rf"|(?:jump|jumping)\s+off\s+(?:a|the)\s+(?:bridge|roof|building|cliff))",
         0.9, unless=(_HYPERBOLE, _CHILD_COMPLAINT, r"\bwhat\s+(?:self\s?-?\s?harm|suicide|suicidal)\s+(?:means|is)\b|\b(?:prevention|awareness)\s+(?:day|week|month|assembly|talk)\b"
                      r"|\b(?:book|novel|film|story)\s+about\b|\bparent\s+guide\b"
                      # batches 57-59: the warning signs told to parents in a newsletter; a death
                      # promised by an exam question ("going to die if there's a circle theorem question")
                      r"|\b(?:self\s?-?\s?harm|suicide)\s+(?:warning\s+)?signs\b|\bsigns\s+of\s+(?:self\s?-?\s?harm|suicid\w+)\b[^\n]{0,60}?\b(?:newsletter|leaflet|guide|info|information|useful)\b"
                      r"|\b(?:newsletter|leaflet|guide|info|information|useful|page|article|poster|webinar)\b[^\n]{0,40}?\bsigns\s+of\s+(?:self\s?-?\s?harm|suicid\w+)\b"
                      r"|\bdie\s+if\s+(?:there'?s|there\s+is|they\s+(?:put|ask|give|set))\s+(?:a|an|another|any)\s+(?:\w+\s+){0,3}?(?:question|topic|essay|quiz|paper)\b"
                      r"|\b(?:assembly|session|talk|lesson|workshop|week|training|piece|play|performance|production|monologue)\s+(?:on|about)\s+(?:self|suicide|mental)"
                      # batch 21-24: a title or a lyric quoted ("'suicide squad' was a trash film")
                      r"|['‘\"“][^'’\"”\n]{1,40}['’\"”]\s*(?:is|was)\s+(?:such\s+a\s+|a\s+)?(?:\w+\s+)?(?:banger|tune|film|song|movie|album|book|classic)\b"
                      r"|\b(?:song|film|movie|album|track)\s+with\s+(?:the\s+|that\s+)?['‘\"“]"
                      # batch 25-29: the school's own teaching about it, thanked for
                      r"|\bself\s?-?\s?harm\w*\s+(?:awareness|leaflet|talk|session|support|policy|training|lesson|really\s+sensitively)"
                      r"|\b(?:assembly|session|talk|lesson|workshop|leaflet)\s+(?:\w+\s+){0,3}?(?:about|on)\s+self\s?-?\s?harm"
                      r"|\b(?:ok|okay|fine|alright)\s+to\s+tell\s+(?:someone|somebody|an\s+adult|a\s+teacher)\s+if\s+(?:you'?re|you\s+are)"
                      # batch 30-32: "enough to make anyone want to jump off a cliff", prevention
                      # training offered, self-harm that stopped, or handled with a plan
                      r"|\benough\s+to\s+(?:make|drive)\s+(?:anyone|any\s?one|anybody|you|a\s+saint|the\s+best\s+of\s+us)\s+(?:want\s+to|wanna)\b"
                      r"|\b(?:prevention|awareness)\s+(?:training|course|session|workshop)\b|\bused\s+to\s+self\s?-?\s?harm\b[^\n]{0,80}?\b(?:hasn'?t|has\s+not|not\s+once|since|stopped|no\s+longer)\b"
                      r"|\b(?:got|have|with)\s+a\s+(?:plan|care\s+plan|support\s+plan|safety\s+plan)\s+(?:with|from|in\s+place)\b[^\n]{0,80}?\b(?:thank|great|sorted|fits)\b"
                      # batch 33-35: the word asked about or taught ("asked me what 'self harm'
                      # means", "a guide on how to talk to kids about suicide", the question
                      # the counsellor said to ask)
                      r"|\bwhat\s+\W?(?:self\s?-?\s?harm|suicide|suicidal)\W?\s+(?:means|is)\b|\b(?:guide|leaflet|advice)\s+(?:on\s+)?how\s+to\s+talk\s+(?:to\s+\w+\s+)?about\b"
                      r"|\b(?:is\s+the\s+question|the\s+question\s+(?:the|to|we)|counsell?or\s+said|asking\s+doesn'?t\s+put)\b"
                      # batch 36-38: a poem read in English, a charity speaker's talk
                      r"|\b(?:poem|book|novel|story|film|play|spoke|speaks|speaking|talked|talks)\s+about\s+(?:\w+\s+){0,2}?(?:suicide|self\s?-?\s?harm)\b"
                      # batch 39-41: the school nurse's signposting ("if your child is struggling
                      # with low mood or self-harm, kooth and childline are free"), friends'
                      # joke taken back at once ("we keep saying we're gonna jump off a bridge ...
                      # obviously not"), a word a teenager uses at every timetable
                      r"|\bif\s+(?:your|a|any)\s+(?:child|son|daughter|young\s+person|teen\w*|pupil)\s+(?:is|are|'s)\s+(?:struggling|finding\s+things|going\s+through)\b"
                      r"|\b(?:we|me\s+and\s+my\s+(?:mates|friends)|my\s+(?:mates|friends)\s+and\s+i|we\s+all)\s+(?:\w+\s+){0,2}?(?:keep\s+saying|kept\s+saying|joke|joked|joking)\b[^\n]{0,80}?\b(?:obviously\s+not|obvs\s+not|not\s+really|only\s+joking|just\s+need\s+a\s+break)\b"
                      r"|\bis\s+what\s+(?:my|our|his|her)\s+(?:son|daughter|kids?|teen\w*|child|boy|girl)\s+(?:texts?|says?|writes?|sends?)\s+(?:me\s+|us\s+)?(?:every\s+time|whenever)\b"
                      # batch 45-47: dying of the heat or on a race, a grandparent lost to suicide
                      r"|\b(?:going|gonna|about)\s+to\s+die\s+(?:of|from|in)\s+(?:heat\w*|the\s+heat|embarrassment|cringe|boredom|thirst|hunger|exhaustion|old\s+age|sunstroke)\b"
                      r"|\blooks?\s+like\s+(?:he|she|they|i|you)(?:'?s|\s+is|\s+was|'?re|\s+are|\s+were)\s+about\s+to\s+die\s+(?:on|in|at|during)\b"
                      r"|\blost\s+(?:our|my|his|her|their)\s+(?:\w+\s+)?to\s+suicide\b"
                      # batch 48-50: a prevention charity, a service that covers self-harm, a
                      # pupil who spoke in assembly about a brother's suicide
                      r"|\b(?:suicide|self\s?-?\s?harm)\s+prevention\b|\b(?:covers?|support\s+(?:for|with)|help\s+with)\s+(?:\w+\W+){0,4}?self\s?-?\s?harm\b"
                      r"|\b(?:spoke|speaks|speaking|talked|talks)\s+(?:\w+\s+){1,4}?about\s+(?:\w+\W+){0,3}?(?:suicide|self\s?-?\s?harm)\b"
                      # batch 62: self-harm named as a topic ("posted about self harm", "self harm
                      # awareness training", "suicide is preventable" on a slide), not told of
                      r"|\babout\s+self\s?-?\s?harm\b(?!\s?-?\s?ing)|\bself\s?-?\s?harm\s+(?:awareness|training|leaflets?|policy|talks?|sessions?|lessons?|week|day|slides?|posters?|module|course|resources?)\b|\b(?:suicide|self\s?-?\s?harm)\s+is\s+(?:preventable|not\s+a\s+joke|not\s+attention\s+seeking)\b"),
         unless_penalty=0.45),
    Rule("hopelessness", LABEL,
         r"\b(?:i\s+hate\s+my\s+life|want\s+to\s+disappear|everyone\s+hates\s+me|no\s*one\s+(?:cares(?!\s+(?:about|what)\s+(?:ur|your|you|the|this|that|their|his|her))|loves\s+me)"
         r"|(?:i'?m|i\s+am)\s+(?:worthless|a\s+burden)|nothing\s+to\s+live\s+for|give\s+up\s+on\s+(?:life|everything))\b",
         0.6, context=(r"\b(?:alone|scared|cry(?:ing)?|help|anymore|tired)\b",)),
    # --- disclosure of abuse or neglect
    Rule("abuse_disclosure", LABEL,
         rf"\b(?:my|our)\s+{_FAMILY}\b[^.!?]{{0,30}}?\b{_HARM_VERB}\s+(?:me|us|my\s+(?:mum|mom|mam|dad|brother|sister|little\s+\w+|baby\s+\w+))\b"
         rf"|\b(?:mum|mom|mam|dad|step\s?dad|step\s?mum|uncle|brother|mums?\s+boyfriend|dads?\s+girlfriend)\s+(?:keeps\s+|always\s+|sometimes\s+)?{_HARM_VERB}\s+(?:me|us)\b"
         rf"|\b(?:my|our|me)\s+{_FAMILY}\s+(?:keeps?\s+|always\s+|sometimes\s+|has\s+been\s+|)?{_HARM_VERB}\s+(?:me|us|my|her|him)\b"
         rf"|\b(?:he|she|they|someone|somebody)\s+(?:keeps?\s+|always\s+|has\s+been\s+)?(?:touch(?:es|ed|ing)?|hurts?|hits?|beats?|abuses?|abused)\s+me\b"
         rf"|touched\s+me\s+(?:inappropriately|down\s+there|where)|\b(?:sexually\s+)?abus(?:ed|ing)\s+me\b"
         rf"|(?:scared|afraid|frightened|too\s+scared)\s+(?:to\s+go|of\s+going)\s+home"
         rf"|if\s+i\s+(?:tell|told)\s+(?:anyone|anybody|someone|a\s+teacher|you|the\s+police)\s*,?\s*(?:he|she|they)(?:'ll|\s+will|\s+would|'d)\s+(?:hurt|kill|hit|beat|get)"
         rf"|someone\s+is\s+hurting\s+me|(?:hurts|hits|beats)\s+me\s+at\s+home",
         0.9),
    Rule("neglect_disclosure", LABEL,
         r"\b(?:(?:haven'?t|havent|have\s+not|not)\s+(?:eaten|had\s+(?:any\s+)?(?:food|dinner|tea))\s+(?:in|for|since)"
         r"|no\s+food\s+(?:at|in)\s+(?:home|the\s+house|my\s+house)|(?:not|never)\s+(?:allowed|given)\s+(?:any\s+)?food"
         r"|left\s+(?:me\s+|us\s+)?(?:home\s+)?alone\s+(?:for\s+days|all\s+(?:night|weekend)|overnight)"
         r"|(?:locked|locks?|locking)\s+(?:me|us)\s+(?:in|out)|nobody\s+(?:looks\s+after|feeds)\s+(?:me|us)"
         r"|without\s+(?:any\s+)?(?:food|dinner|tea)\b|nobody\s+(?:at\s+home\s+)?(?:cares|notices)\s+(?:if|where|whether)\s+i"
         r"|(?:sleeping|slept|staying|stay)\s+(?:at|in|on)\s+(?:a\s+)?(?:stranger'?s|some\s+\w+'?s|the\s+(?:park|street|streets)|rough)"
         r"|(?:ran|run|running)\s+away\s+from\s+home|(?:kicked|threw|thrown)\s+(?:me|us)\s+out"
         r"|sleep(?:ing)?\s+(?:in\s+the\s+car|on\s+the\s+floor)\s+(?:every|again))",
         0.8, unless=(r"\b(?:drama|piece|play|novel|story|film|gcse|topic|book)\b",), unless_penalty=0.45),
    # --- contact-seeking towards children
    Rule("asks_age", LABEL,
         r"\b(?:how\s+old\s+(?:are|r)\s+(?:you|u|ya)|what\s+(?:year|age)\s+(?:are|r)\s+(?:you|u)(?:\s+in)?|(?:asl|a/s/l)\b"
         r"|are\s+(?:you|u)\s+(?:over|under)\s+1[2-8])",
         0.7, context=(r"\b(?:dm|pm|inbox|snap|message|msg|secret|pretty|cute|alone|pics?)\b",)),
    Rule("private_contact", LABEL,
         r"\b(?:dm|pm|inbox|msg|message|text|snap|snapchat|whatsapp|kik|wa)\s+me\b"
         r"|\badd\s+me\s+(?:on|at)\s+(?:snap|snapchat|insta|instagram|ig|whatsapp|kik|discord|tiktok|telegram|wickr)"
         r"|\b(?:what'?s|whats|give\s+me|send\s+me|(?:can|could|may)\s+i\s+(?:have|get|grab))\s+(?:your|ur)\s+(?:snap|number|insta|whatsapp|addy|address)"
         r"|\bslide\s+into\s+(?:my|ur|your)\s+dms?"
         r"|\b(?:message|msg|dm|pm|chat|talk|text)\s+(?:with\s+)?(?:me\s+)?(?:privately|in\s+private|somewhere\s+private|on\s+private|just\s+(?:us|you\s+and\s+me))"
         r"|\b(?:chat|talk|speak)\s+(?:\w+\s+){0,2}(?:somewhere\s+private|in\s+private|privately|just\s+(?:us|the\s+two\s+of\s+us|you\s+and\s+me))",
         0.4, context=_CHILD_CONTEXT, context_boost=0.2,
         unless=(_COMMERCIAL_CONTEXT, r"\b(?:e-?book|six\s+figures|6\s+figures|quit\s+my\s+job|free\s+(?:guide|training|masterclass|webinar)|for\s+(?:more\s+)?(?:info|details)|the\s+details|secret\s+santa|rates|insured|cleaner|career|join\s+my\s+team"
                 # batch 17: a scam, a beautician, a pyramid scheme, a seller
                 r"|info|card\s+details|postage|appointments?|lash\w*|eyelash\w*|nails|brows|crypto|bitcoin|invest\w*|trading|doubled|barely\s+worn|ono|training\s+given"
                 # batch 42-44: adults asked to join the parents' group; a paid service ("small fee")
                 r"|parents'?\s+(?:group|whatsapp|chat|forum|committee|association|campaign|petition)|other\s+(?:parents|mums|dads)|(?:small|tiny|reasonable)\s+fee|fees?\s+apply|professional\s+(?:video|photo|web|graphic)\w*"
                 # batch 25-29: a rep's offer, a franchise, a course, a quote for hire
                 r"|\d{1,2}\s?%\s+off|franchise|opportunity|work\s+from\s+home|course|spots?\s+left|quote|hire|rep|avon|stockist|catalogue"
                 # batch 60-62: a trade's, a childminder's and a lift share's call to adults ("brake
                 # checks ... message me", "fitted same day", "spaces for 2 more, inbox me", "lift share text me")
                 r"|mechanic|brakes?|mot|valet\w*|fitted|same\s+day|slots\s+(?:this|next|left|available|free)|spaces?\s+(?:for|left|available)|ofsted\s+registered|childmind\w*"
                 r"|lift\s?-?\s?share|car\s?-?\s?share|whatsapp\s+group|join\s+my\s+\w+\s+team)\b",
                 # batch 30-32: parents helping parents ("in the same boat", "i'll add you to the parents group")
                 # batch 33-35: a lost phone or a coat taken home by mistake
                 r"\b(?:has\s+(?:my|our)\s+\w+'?s?\s+(?:coat|jumper|bag|phone)|found\s+a\s+phone|lost\s+(?:his|her|my)\s+(?:phone|coat|bag)|it'?s\s+my\s+(?:son|daughter)'?s|evacuation\s+point)\b",
                 r"\b(?:(?:her|his|their)\s+(?:mum|dad|mam|mom|parents?|carer)\s+can\s+(?:text|call|ring|message|dm|pm)\s+me|if\s+any\s+(?:other\s+)?(?:parents?|mums?|dads?)\s+(?:wants?|needs?|would\s+like)|same\s+boat|parents?\s+(?:group|support|network|forum)|(?:sen|send|asd|adhd)\s+parents|add\s+(?:you|u)\s+to\s+the\s+\w+(?:\s+\w+){0,2}\s+group|happy\s+to\s+(?:share|help|pass\s+on)\s+(?:what|any))\b"),
         unless_penalty=0.35),
    Rule("secrecy", LABEL,
         r"\b(?:(?:don'?t|do\s+not|dont|never)\s+tell\s+(?:your|ur|anyone|any\s+one|anybody|ur\s+mum|your\s+(?:mum|dad|parents|teacher))"
         r"|(?:do|does)\s+(?:your|ur)\s+(?:parents|mum|mom|dad|mam)\s+(?:check|look\s+at|read|go\s+through|know\s+about)"
         r"|(?:our|a)\s+(?:little\s+)?secret|keep\s+(?:it|this)\s+(?:between\s+us|a\s+secret|secret)"
         r"|delete\s+(?:this|the|our)\s+(?:chat|messages?|convo))",
         0.8, unless=(r"\b(?:surprise|party|present|gift|birthday|panto|staff|reveal|raffle|prize|christmas|secret\s+santa)\b",
                      # the rule taught to children ("no genuine person asks a child to keep a secret")
                      r"\bno\s+(?:genuine|real|safe|trusted|good)\s+(?:person|adult|grown\s?-?up|friend)\s+(?:would\s+)?(?:ever\s+)?asks?\b",
                      # batch 39-41: the assembly's lesson retold ("what to do if a grown up asks her to keep a secret")
                      r"\bwhat\s+to\s+do\s+if\s+(?:a\s+|an\s+)?(?:grown\s?-?\s?up|adult|stranger|someone|anyone|somebody)\b|\bstranger\s+danger\b",
                      # batch 54-56: the rule taught to adults ("we shouldn't promise to keep it a secret")
                      r"\b(?:shouldn'?t|should\s+not|never|can'?t|cannot|must\s+not|mustn'?t|don'?t|do\s+not|not\s+to)\s+promise\s+(?:to\s+|that\s+(?:we|you|i)\s+(?:will|'ll)\s+)?keep\b"), unless_penalty=0.35),
    Rule("asks_for_pictures", LABEL,
         r"\b(?:send|show|snap)\s+(?:me\s+)?(?:a\s+|some\s+|more\s+|ur\s+|your\s+)?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video|nudes?)\s+(?:of\s+)?(?:you|u|urself|yourself|ur\s+self|in\s+(?:your|ur)\s+\w+)\b"
         r"|\b(?:pic|pics|picture|photo|selfie)s?\s+of\s+(?:you|u|urself|yourself)\b",
         0.8, unless=_EDUCATIONAL + (r"\b(?:sports\s+day|fair|event|concert|play|website|newsletter|album|class|team|trip)\b",
                                     _ADVICE_NOT_TO_SEND),
         unless_penalty=0.3),
    Rule("asks_for_pictures_weak", LABEL,
         r"\b(?:send|(?<!the\s)(?<!that\s)(?<!this\s)(?<!whole\s)(?<!our\s)(?<!your\s)(?<!school\s)(?<!talent\s)(?<!dance\s)(?<!christmas\s)show|snap)\s+(?:me\s+)?(?:a\s+|some\s+|more\s+)?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|vid|video)\b",
         0.55, context=(r"(?:\bhow\s+old|\bur\s+age|\byour\s+age|\bpretty|\bcute|\bbeautiful|\bfit\b|\bsexy|\balone|\bsecret|\bbabe|\bsweet(?:ie|heart)|\bhun\b|\bgorgeous|\bdon'?t\s+tell|£|\bmoney|\bpay\b|\bgive\s+(?:you|u))",),
         context_boost=0.3,
         unless=_EDUCATIONAL + (r"\b(?:slip|form|letter|receipt|document|permission|screenshot|certificate|homework|sports\s+day|trip|event)\b", _ADVICE_NOT_TO_SEND),
         unless_penalty=0.3),
    Rule("meet_up", LABEL,
         r"\b(?:meet\s+(?:me|up|u|you)|come\s+(?:and\s+)?(?:meet|see)\s+me|pick\s+(?:you|u)\s+up)\b"
         r"(?:\s+\w+){0,4}?\s+(?:after\s+school|alone|at\s+the\s+park|in\s+person|tonight|without|secretly|somewhere|behind)"
         r"|\b(?:are\s+(?:you|u)\s+(?:home\s+)?alone|where\s+do\s+(?:you|u)\s+live|(?:which|what)\s+school\s+(?:do|d)\s+(?:you|u)\s+(?:go\s+to|attend))\b",
         0.75, unless=(r"\b(?:click|link|singles|dating|http|www|subscribe)\b",), unless_penalty=0.45),
    Rule("grooming_flattery", LABEL,
         r"\b(?:(?:you'?re|you\s+are|ur|u\s+r|your)\s+(?:so\s+|very\s+|really\s+)?(?:mature|grown\s+up|pretty|beautiful|sexy|fit|hot)\s+for\s+(?:your|ur)\s+age"
         r"|(?:pretty|cute|beautiful|fit|sexy|hot|mature|gorgeous|developed|grown\s+up)\s+for\s+(?:a\s+)?(?:\d{1,2}|y\s?\d{1,2}|yr\s?\d{1,2}|year\s+\d{1,2}|your\s+age|ur\s+age|(?:\d{1,2}|an?\s+\w+)\s+year\s+old|a\s+kid|a\s+year\s+\d|a\s+schoolgirl|a\s+schoolboy)"
         r"|(?:look|looks|seem|act)\s+(?:much\s+|so\s+|way\s+)?(?:older|more\s+mature)\s+than\s+(?:\d{1,2}|your\s+age|ur\s+age)"
         r"|(?:i'?ll|i\s+will|i\s+can)\s+(?:buy|get)\s+(?:you|u)\s+(?:a\s+)?(?:phone|vapes?|gifts?|presents?|money|stuff)\s+if)",
         0.85),
    # --- threats of violence
    Rule("threat_of_violence", LABEL,
         rf"\b{_WILL}\s+(?:\w+\s+)?(?:stab|kill|shoot|murder|knife|batter|strangle|slash|smash|glass|hurt|bomb)\s+(?:up\s+)?(?:{_YOU}|the\s+(?:head|teacher|school|kids)|that\s+\w+|all)\b"
         rf"|\b{_WILL}\s+(?:\w+\s+)?(?:beat|punch|kick|smash)\s+(?:{_YOU})\s*(?:up|in|head|face|'?s)"
         rf"|\b{_WILL}\b[^.!?]{{0,40}}?\b(?:stab|kill|shoot|murder|batter|strangle|slash|knife|bomb|torch|petrol\s+bomb)\s+(?:up\s+)?(?:{_YOU}|the\s+\w+|that\s+\w+|this\s+\w+|all|every)"
         rf"|\bwait(?:ing)?\s+for\s+(?:you|u|him|her|them|ur\s+\w+|your\s+\w+)\s+(?:after|outside)\s+(?:school|the\s+gates?)"
         rf"|\bwait(?:ing)?\s+(?:for|outside|by|at)\b[^.!?]{{0,30}}?\bto\s+(?:stab|batter|beat|smash|kill|hurt|jump|get|sort|knock)\b"
         rf"|\b(?:bring(?:ing)?|carry(?:ing)?|got|have)\s+(?:a|my|the)\s+(?:knife|gun|blade|machete|shank|weapon)\s+(?:to|into|in)\b"
         rf"|\b{_WILL}\s+(?:\w+\s+){{0,3}}?(?:get|got|grab|bring|take|use)\s+(?:a|my|his|her|the|my\s+\w+'?s)\s+(?:knife|gun|blade|machete|weapon|bat)"
         rf"|\b(?:knife|gun|blade|machete|weapon)\b[^.!?]{{0,30}}\b(?:use\s+it\s+on|on\s+(?:them|him|her|you|u|the\s+\w+))\b"
         rf"|\b(?:shoot|bomb|blow\s+up|burn\s+down|burn|torch|shoot\s+up)\s+(?:the|this|that|ur|your)\s+(?:school|class|building|house)"
         rf"|\b(?:gonna|going\s+to|will|'ll)\s+(?:get|be)\s+(?:shot|stabbed|killed|hurt|jumped|battered)"
         rf"|\b(?:you'?re|you\s+are|ur|u\s+r)\s+(?:so\s+)?dead\b(?!\s+(?:funny|right|on|good|cute))"
         rf"|\b(?:watch|see)\s+what\s+happens\s+(?:to|when|on)\b|\byou'?ll\s+regret\s+(?:it|this)|\byou\s+(?:will|'?ll)\s+pay\s+for\s+(?:it|this|that)"
         rf"|\bwatch\s+(?:your|ur)\s+back\b|\bi\s+know\s+where\s+(?:you|u|she|he|they)\s+live"
         rf"|\b(?:kys|kill\s+(?:yourself|urself|ur\s+self|your\s+self)|go\s+(?:and\s+)?die)\b"
         rf"|\b(?:deserves?|should|ought)\s+to\s+(?:be\s+)?(?:die|shot|stabbed|killed|hanged|hung|beaten)",
         0.85, unless=(_SPORTS_RIVALRY, r"\b(?:glitter|confetti|gunpowder\s+plot|guy\s+fawkes|killing\s+it|shoot(?:ing)?\s+(?:the\s+)?(?:ball|hoops|goal|penalty)|netball|football\s+match|shoot\s+(?:your|ur|my|his|her|their)\s+shot)\b", _HAZARD,
                       # a performance or a plate, not a person: "I will murder this karaoke tonight"
                       r"\b(?:murder|kill|smash|batter|destroy)\s+(?:this|that|the)\s+(?:\w+\s+)?(?:karaoke|song|solo|exam|test|essay|coffee|pint|pizza"
                       r"|curry|cake|dance|performance|routine|race|quiz|level|workout|run|presentation|show|audition|interview|duet|rap"
                       # batch 54-56: a plate in the dialects ("gonna batter that fry-up", "smash this full english")
                       r"|fry\W?\s?ups?|full\s+english|breakfast|brekkie|dinner|tea|roast|chippy|chips|kebab|burger|butty|sarnie|sandwich|pie|buffet|plate|pudding|crumble|bacon|sausages?)\b",
                       r"\b(?:going\s+to|gonna|will|'ll)\s+(?:murder|kill)\s+(?:us|me)\b[^.!?]{0,40}?\b(?:if|when)\b",
                       r"\bkill\s+the\s+(?:lights|engine|music|power|mood|vibe|wifi|noise)\b", _FORGOT_ITEM, _REPORTED_PHRASE, _CHILD_PLAY, _OWN_CHILD_EXASPERATION,
                       # batch 33-35: a pet or a machine ("i'll strangle the dog if he eats one more")
                       r"\b(?:kill|strangle|murder|batter|throttle)\s+(?:the|that|this|my|our)\s+(?:dog|dogs|cat|cats|puppy|kitten|hamster|rabbit|guinea\s+pig|parrot|budgie|goldfish|tortoise|printer|laptop|router|oven|washing\s+machine|hoover"
                       # batch 45-47: a sat nav, a kettle, an app ("i'm gonna strangle the satnav")
                       r"|sat\s?-?\s?nav|kettle|toaster|alarm|wi-?fi|computer|ipad|tablet|app|website|dishwasher|tumble\s+dryer|lawnmower|sprinkler)\b",
                       # the weather that will not kill anyone ("the heat isn't going to kill them")
                       r"\b(?:heat|sun|weather|cold|rain|snow|wind|bit\s+of\s+\w+|drizzle|walk|run)\s+(?:isn'?t|isnt|is\s+not|won'?t|wont|ain'?t|will\s+not|never)\s+(?:going\s+to\s+|gonna\s+)?(?:kill|hurt)\b",
                       # batch 45-47: siblings' game talk ("you're dead meat" at fifa)
                       r"\b(?:fifa|fortnite|minecraft|roblox|mario\s?kart|monopoly|uno|xbox|ps5|playstation|nerf)\b",
                       # batch 39-41: a spouse's small crimes ("if my husband parks there one more time i'll kill him")
                       r"\b(?:my|our)\s+(?:husband|hubby|wife|partner|other\s+half|fella|missus)\b[^\n]{0,60}?\bone\s+more\s+time\b"),
         unless_penalty=0.4),
    # Veiled threats name no weapon and no verb of violence: knowing where someone parks,
    # telling them to watch out, "someone's getting hurt", a building that "needs burning".
    Rule("veiled_threat", LABEL,
         r"\bi\s+know\s+where\s+(?:\w+\s+){0,3}?(?:lives?|parks?|works?|walks?|goes|sleeps?|drinks?|shops?|stays?|drops?\s+\w+\s+off)\b"
         r"|\b(?:i|we)\s+know\s+what\s+(?:car|time)\s+(?:\w+\s+){0,3}?(?:drives?|leaves?|finishes|gets?\s+off)\b"
         r"|\b(?:better|best|should|'d\s+better)\s+watch\s+(?:out|it|(?:their|his|her|your|ur|yer)\s+backs?|themselves|himself|herselfs?|yourself|urself)\b"
         r"|\bwatch\s+(?:your|ur|yer|their|his|her)\s+backs\b"
         r"|\b(?:someone|somebody|some1|people|heads?|he|she|they|you|u)(?:'s|\s+is|\s+are|\s+will|'ll|\s+gonna|\s+going\s+to)?\s+(?:be\s+)?"
         r"(?:getting|gonna\s+get|going\s+to\s+get|will\s+get|get)\s+(?:\w+\s+)?(?:hurt|battered|smacked|stabbed|shot|slapped|knocked\s+out|done\s+in|leathered|jumped)\b"
         r"|\b(?:needs?|deserves?|should\s+be|ought\s+to\s+be)\s+(?:\w+\s+){0,2}?(?:burn(?:ing|t|ed)|bomb(?:ing|ed)|torch(?:ing|ed)|blow(?:ing|n)\s+up|shoot(?:ing)?\s+up"
         r"|stabb(?:ing|ed)|kill(?:ing|ed)|hang(?:ing|ed)|lynch(?:ing|ed)|gass(?:ing|ed)|shot|setting\s+on\s+fire|set\s+on\s+fire)\b"
         r"|\b(?:needs?|deserves?|wants?|asking\s+for|due)\s+(?:a\s+)?(?:good\s+|proper\s+|real\s+)?(?:slap(?:ping)?|kicking|hiding|beating|smack(?:ing)?|punch|battering|doing\s+over|kick\s+in\s+the\s+\w+)\b(?!\s+of\s+(?:reality|realism|common\s+sense|perspective))"
         r"|\b(?:burn(?:ing|t|ed)?|torch(?:ing|ed)?|set(?:ting)?\s+fire\s+to)\b[^.!?]{0,40}\b(?:to\s+the\s+ground|with\s+(?:\w+\s+){0,2}inside)\b",
         0.75, unless=(_HAZARD, r"\b(?:race|challenged?|trophy|quiz)\b|metaphorically|figuratively",
                       # batch 33-35: a threat quoted to condemn it ("this is how innocent people
                       # get hurt"), a talk every parent "should watch"
                       r"\b(?:this\s+is|that'?s|thats|(?:it|which|facebook|\w+\s+by\s+\w+)\s+is|is)\s+how\s+(?:\w+\s+)?(?:people|kids|someone|innocent\s+people|folk)\s+gets?\s+hurt\b"
                       r"|\b(?:every\s+parent|all\s+parents|every\s?one|parents)\s+(?:should|must|needs?\s+to)\s+watch\s+(?:it|this)\b"),
         unless_penalty=0.4),
    # Warnings that name no act: someone "wants to be careful", "had better not be on her
    # own", "his family isn't safe", "be a shame if something happened".
    Rule("veiled_warning", LABEL,
         r"\b(?:(?:wants?\s+to|needs?\s+to|had\s+better|'d\s+better|better|should)\s+(?:be\s+(?:very\s+|really\s+)?careful(?:\s+(?:walking|going|driving|on\s+(?:his|her|their)\s+way|round\s+here))?"
         r"|not\s+be\s+(?:on\s+(?:his|her|their)\s+own|alone|in\s+(?:tomorrow|on\s+\w+))|check\s+under\s+(?:his|her|their|the)\s+car|hope\s+i\s+(?:don'?t|dont|never)\s+(?:see|find|catch|bump\s+into)"
         r"|not\s+walk\s+(?:to\s+(?:his|her|their)\s+car|home)\s+(?:alone|on\s+(?:his|her|their)\s+own|tonight))"
         r"|(?:his|her|their|your|ur)\s+(?:family|kids|wife|husband|children|house|daughter|son)\s+(?:isn'?t|aren'?t|isnt|arent|is\s+not|are\s+not|won'?t\s+be|wont\s+be|will\s+not\s+be)\s+safe"
         r"|(?:be\s+a\s+(?:real\s+)?(?:shame|pity)|shame)\s+if\s+(?:something|anything)\s+(?:happened|was\s+to\s+happen|were\s+to\s+happen)"
         r"|(?:kids|children|family|wife|daughter|son)\s+go(?:es)?\s+to\s+[^.!?]{0,40}?(?:don'?t|dont|doesn'?t)\s+(?:they|she|he)[^.!?]{0,20}?(?:shame|pity|careful|safe)"
         r"|(?:she'?ll|he'?ll|they'?ll|you'?ll|u'?ll|she\s+will|he\s+will|they\s+will)\s+be\s+sorry\b[^.!?]{0,30}?(?:i\s+mean\s+it|i\s+swear|mark\s+my\s+words|trust\s+me)"
         r"|(?:will\s+)?(?:find\s+out|see|learn)\s+what\s+i'?m\s+capable\s+of|(?:is|was|are|were|'s)\s+lucky\s+(?:i|we)\s+(?:didn'?t|didnt|did\s+not)\s+\w+"
         r"|(?:going\s+to|gonna|will)\s+have\s+a\s+(?:very\s+|really\s+)?bad\s+day\s+when\s+i\s+(?:find|see|catch|get))",
         0.75, unless=(_HAZARD, r"\b(?:race|sports\s+day|challenge[sd]?|trophy|quiz|weather|rain|snow|homework|exams?|glue|scissors|oven|hot"
                       # batch 19: a plea to look after something ("please keep dogs off it")
                       r"|please\s+keep\s+(?:your\s+)?dogs?\s+(?:off|out|away))\b"),
         unless_penalty=0.4),
    # What the violence would leave behind, with no violent verb: an ambulance, hospital,
    # a straw, not walking again, a face or glass, blood; and street slang for stabbing.
    Rule("violent_outcome", LABEL,
         r"\b(?:need(?:s|ing)?\s+an\s+ambulance\s+when|leav(?:e|es|ing)\s+in\s+an\s+ambulance"
         r"|(?:put|putting)\s+(?:him|her|them|you|u|that\s+\w+|the\s+\w+)\s+in\s+(?:hospital|a\s+wheelchair|the\s+ground|a\s+box|intensive\s+care)"
         r"|(?:put|putting|throw|throwing|chuck|chucking)\s+(?:him|her|them|you|u|that\s+\w+|the\s+\w+)\s+through\s+(?:a|the)\s+(?:wall|window|door|table)"
         r"|eat(?:ing)?\s+through\s+a\s+straw|(?:won'?t|wont|will\s+not|can'?t|cant|never)\s+(?:be\s+)?walk(?:ing)?\s+(?:again|home\s+(?:on|tonight|tomorrow|after))"
         r"|(?:won'?t|wont)\s+have\s+a\s+face\s+left|(?:picking|pick)\s+glass\s+out\s+of|going\s+through\s+a\s+(?:wall|window)\b"
         r"|(?:make|making)\s+(?:him|her|them|that\s+\w+|the\s+\w+|you|u)\s+bleed|(?:head|face|teeth)\s+(?:kicked|smashed|knocked|caved)\s+in"
         r"|(?:no\s*one|nobody|noone|won'?t|wont)\s+(?:\w+\s+){0,4}?in\s+one\s+piece|carried\s+out\s+(?:\w+\s+){0,3}?in\s+a\s+(?:bag|box)|body\s+count"
         r"|(?:get(?:s|ting)?|gonna\s+get|going\s+to\s+get)\s+(?:merked|shanked|rushed|wet|done\s+in|bodied|dropped|sliced)"
         r"|(?:im|i'?m|ima|i'?ma|gonna|going\s+to|will|i'?ll)\s+(?:merk|shank|rush|body|wet|drop|end|deck|slice|bang\s+out|knock\s+out|sort\s+out)\s+(?:that|him|her|them|you|u|ur|the)\b"
         r"|(?:shanking|merking|stabbing|slicing)\s+(?:someone|somebody|some1|a\s+\w+|him|her|them)"
         r"|kick(?:s|ing)?\s+off\b[^.!?]{0,30}?\bbring\s+(?:tools|weapons|backup|the\s+boys|ur\s+boys|your\s+boys)"
         r"|send(?:ing)?\s+(?:a\s+few|some|my|the)\s+(?:lads|boys|mates|crew|people)\s+(?:down|round|over|up)\b[^.!?]{0,40}?(?:sort|deal\s+with|gates|after\s+school|home\s+time))",
         0.8, unless=(_HAZARD, _HYPERBOLE, r"\b(?:ball|goal|penalty|tackle|rugby|referee|operation|appointment|surgery|broke|broken|sprain\w*|fell|trip|cake|parcel|eggs|round\s+(?:later|tomorrow|tonight)|drop\s+(?:\w+\s+){1,3}(?:round|off|over))\b",
                       # batch 39-41: something handed over ("i'll drop you one at pick up",
                       # "i'll drop the costume at yours")
                       r"\bdrop\s+(?:you|u|ya)\s+(?:one|a|an|some|it|them|off)\b|\bdrop\s+(?:the|a|your|ur|his|her)\s+(?:\w+\s+){0,2}?(?:at|to|round|off|over|in(?:to)?|through)\s+(?:yours|your|ur|pick\s?-?\s?up|school|the|reception|\w+'s)\b"),
         unless_penalty=0.4),
    # Threats to the school as a place: flames, sirens, a crime scene, locked doors
    Rule("place_threat", LABEL,
         r"\b(?:school|academy|building|place|hall|gates?|playground|classroom|canteen|assembly|leavers|site)\b[^.!?]{0,60}?"
         r"\b(?:won'?t\s+be\s+standing|(?:go(?:ing|es)?|went)\s+up\s+in\s+(?:flames|smoke)|go\s+up\s+with|(?:getting|get|be)\s+lit\s+up"
         r"|getting\s+(?:done\s+in|torched|burnt|burned|smashed\s+up|shot\s+up)|torch\s+it|crime\s+scene|body\s+count|lot\s+of\s+sirens"
         r"|see\s+what'?s\s+left|blood\s+(?:on|all\s+over)|bloodbath|massacre|carnage|(?:lock|locked|chain)\s+(?:the\s+)?doors|doors\s+locked"
         r"|who(?:ever)?'?s\s+inside|every(?:one|body)\s+inside|make\s+the\s+news|wreck\s+the\s+place|(?:going|gonna)\s+to\s+pay|pay\s+in\s+blood|in\s+blood)"
         r"|\b(?:won'?t\s+be\s+standing|lot\s+of\s+sirens|crime\s+scene|body\s+count|bloodbath|massacre|carnage|blood\s+on|make\s+the\s+news|something\s+(?:big|bad)\s+(?:is\s+)?(?:happening|going\s+down|going\s+to\s+happen))\b"
         r"[^.!?]{0,60}?\b(?:school|academy|building|place|hall|gates?|playground|classroom|canteen|assembly|leavers|site)\b"
         r"|\bif\s+(?:you|u)\s+want\s+to\s+(?:live|stay\s+alive)\b"
         r"|\b(?:wouldn'?t|would\s+not|i'?d\s+not)\s+(?:go|come)\s+in\s+(?:on\s+\w+|tomorrow)\s+if\s+i\s+(?:was|were)\s+(?:you|u|anyone|any\s+of\s+(?:you|u))"
         r"|\b(?:lock|locked)\s+the\s+doors\s+and\s+(?:torch|burn|light)\b",
         0.75, unless=(_HAZARD, r"\b(?:lights?|display|diwali|band|concert|show|performance|disco|sports\s+day|race|roof|lanterns?|tearjerker|tissues|sale|bargain|history|book|film|novel|drill\s+went)\b"),
         unless_penalty=0.45),
    # Spelled letter by letter ("k i l l m y s e l f") the word gaps are gone after
    # folding, so the gravest phrases are also matched with optional gaps.
    Rule("gravest_phrase_unspaced", LABEL,
         r"(?:kil+\s*(?:my|ur|your)\s*self|end\s*my\s*(?:own\s*)?life|(?:want|wana|wanna)\s*to\s*die|kys"
         r"|how\s*old\s*(?:are|r)\s*(?:you|u)|(?:don'?t|dont)\s*tell\s*(?:your|ur)\s*(?:mum|mom|dad|parents|teacher)"
         r"|(?:don'?t|dont|do\s*not)\s*(?:want|wanna)\s*(?:to\s*)?be\s*(?:here|alive)\s*any\s*more"
         r"|send\s*(?:me\s*)?nudes|i(?:'?ll|\s*will)\s*(?:stab|kil+|shoot)\s*(?:you|u)"
         r"|(?:step\s*dad|step\s*mum|dad|mum|uncle)\s*(?:hits|beats|touches|hurts)\s*me)",
         0.85, unless=(_HYPERBOLE, _REPORTED_PHRASE, _CHILD_PLAY), unless_penalty=0.45),
    # --- batch 11: the same harms told without their usual words
    # Suicidal intent said sideways: a plan nobody can talk them out of, not being around
    # after a date, the last post, giving belongings away, teen code words ("unalive").
    Rule("suicidal_intent_indirect", LABEL,
         r"\b(?:un-?\s?aliv(?:e|ing|ed)|(?:nobody|no\s*one|noone|no\s+one\s+can|can'?t|won'?t)\s+(?:can\s+|will\s+|is\s+going\s+to\s+)?talk\s+me\s+out\s+of\s+it"
         r"|(?:won'?t|wont|will\s+not|don'?t\s+think\s+i'?ll|dont\s+think\s+ill|not\s+going\s+to|not\s+gonna)\s+be\s+(?:around|here|alive)\s+(?:after|by|much\s+longer|for\s+much\s+longer|to\s+see|next\s+(?:term|year|week|month)|any\s?more|at\s+christmas|for\s+(?:christmas|my\s+birthday))"
         r"|(?:think(?:ing)?|thoughts?)\s+(?:about|of)\s+(?:ending\s+(?:things|it\s+all)|not\s+(?:existing|being\s+(?:here|alive)|waking\s+up|coming\s+back)|dying|killing\s+myself)"
         r"|(?:ending\s+things|not\s+existing)\s+is\s+all\s+i|(?:can'?t|cant)\s+stop\s+thinking\s+about\s+(?:ending|dying|not\s+existing|not\s+being\s+here|death)"
         r"|(?:the\s+)?last\s+(?:thing|message|post)\s+(?:i'?ll|ill|i\s+will|i'?m\s+going\s+to|i\s+ever)\s+(?:ever\s+)?(?:post|send|write|say)"
         r"|(?:sorry|apologies)\s+to\s+(?:everyone|every\s+one|all\s+of\s+you|you\s+all)\s+(?:i|that\s+i|who\s+i)\s+(?:let\s+down|hurt|failed)"
         r"|(?:giving|given|give|gave)\s+(?:all\s+)?(?:my|me)\s+(?:stuff|things|belongings|clothes|games|books|toys)\s+away\b[^.!?]{0,40}?(?:won'?t|wont|not)\s+need"
         r"|(?:won'?t|wont)\s+need\s+(?:it|them|any\s+of\s+(?:it|this))\s+(?:where\s+i'?m\s+going|where\s+im\s+going|after\s+(?:friday|tonight|this\s+week))"
         r"|(?:walk|walking|swim|swimming)\s+(?:into|out\s+into)\s+the\s+(?:sea|river|canal|lake)|not\s+(?:come|coming)\s+back\s+(?:up|out)"
         r"|(?:written|wrote|writing|left)\s+(?:goodbye\s+)?(?:letters|notes)\s+for\s+(?:my|everyone|every\s+one|mum|dad)[^.!?]{0,40}(?:pillow|when|after|goodbye|find))",
         0.8, unless=_EDUCATIONAL + (_HYPERBOLE, r"\b(?:book|novel|film|story|character|play|poem|tiktok\s+word|what\s+does)\b",
                                    # batch 36-38: "unalive me this maths homework"
                                    r"\b(?:un-?\s?alive|kill)\s+me\s+(?:this|these|that)\s+(?:\w+\s+)?(?:homework|exam|test|essay|revision|lesson|week|day|coursework)\b",
                                    # batch 39-41: a quiz master "unalived" in jest, the word
                                    # among "all these tiktok words", an absence explained
                                    r"\bun-?\s?aliv\w*\W{0,2}\s+(?:the\s+\w+|him|her|them|(?:mr|mrs|miss|ms|sir)\s+\w+|that\s+\w+|whoever)\b"
                                    r"|\bun-?\s?aliv\w*\W{0,2}\s+(?:and|or)\s+(?:all\s+)?(?:these|those|the\s+other|other)\s+(?:\w+\s+)?words\b|\bthe\s+word\s+\W?un-?\s?aliv"
                                    r"|\b(?:holiday|wedding|christening|absence\s+form|authori[sz]ed\s+absence|term\s+time\s+leave|hospital\s+appointment|operation)\b"),
         unless_penalty=0.45),
    # Self-harm hidden or relapsed: sleeves "so nobody sees my arms", fresh marks, months
    # "clean", harm as the only thing that calms.
    Rule("self_harm_hidden", LABEL,
         r"\b(?:so\s+(?:nobody|no\s*one|people|mum|dad|they|my\s+\w+)\s+(?:can\s+|will\s+|doesn'?t\s+|don'?t\s+|won'?t\s+)?(?:sees?|notices?|find\s+out\s+about)\s+(?:my|the|her|his)\s+(?:arms?|wrists?|legs?|thighs?|scars?|cuts?|marks?)"
         r"|hid(?:e|es|ing)\s+(?:my|the|her|his)\s+(?:scars|cuts|marks|blades)"
         r"|fresh\s+(?:marks|cuts|scars|wounds|scratches|burns)\s+on"
         r"|(?:\d+|a\s+few|two|three|four|six)\s+(?:days?|weeks?|months?)\s+clean\b[^.!?]{0,40}?(?:again|relaps|slipped|started|cut|thighs?|arms?|wrists?)"
         r"|(?:started|doing|did)\s+(?:it|that)\s+again\b[^.!?]{0,40}?\b(?:clean|thighs?|arms?|wrists?|scars?)"
         r"|(?:my|her|his)\s+(?:arms?|wrists?|thighs?|legs?)\s+(?:are|is)\s+(?:a\s+mess|all\s+cut|cut\s+up|in\s+a\s+state|covered\s+in\s+(?:cuts|scars|marks|plasters))"
         r"|(?:blade|blades|razor|sharpener|compass|lighter|cutting|scratching)\b[^.!?]{0,40}?\b(?:only\s+thing\s+that\s+(?:helps|calms|works|stops)|calms?\s+me(?:\s+down)?|feel\s+(?:anything|better|something)|makes?\s+(?:it|the\s+pain)\s+stop)"
         r"|(?:only\s+thing\s+that\s+(?:helps|calms\s+me|works)|only\s+way\s+i\s+(?:can\s+)?(?:cope|feel))\s+(?:is\s+)?(?:cutting|hurting\s+myself|scratching|burning)"
         r"|(?:hit|hitting|bang|banging|punch|punching)\s+my\s+(?:head|fists?)\s+(?:on|against|into)\s+(?:the\s+)?walls?\s+(?:till|until|to\s+make|so|when)"
         r"|(?:scratch|scratching|pick|picking|pinch|pinching)\s+(?:my\s+\w+\s+)?(?:till|until)\s+(?:it|they)\s+bleeds?)",
         0.75, unless=_EDUCATIONAL + (r"\b(?:eczema|rash|sunburn|drugs?\s+clean|smoke|smoking|sober|rehab)\b",), unless_penalty=0.45),
    # Eating disorders told through behaviour: restriction with pride or body talk,
    # being sick after meals, hidden or binned food, weight falling away.
    Rule("eating_disorder_signs", LABEL,
         r"\b(?:(?:only\s+(?:had|eaten|ate)\s+(?:a|an|one|half\s+a)\s+\w+(?:\s+\w+)?|ate\s+nothing|eaten\s+nothing|nothing\s+but\s+water|only\s+water|day\s+\d+\s+of\s+(?:only\s+)?(?:water|fasting|not\s+eating))"
         r"[^.!?]{0,40}?(?:huge|fat|gross|disgusting|light|proud|skinny|thin|thinspo|weight|calories|feel\s+\w+)"
         r"|(?:making|makes|made)\s+(?:herself|himself|themselves|myself|meself|masel|maself|mysel|mysen)\s+(?:sick|throw\s+up|vomit)|sick\s+after\s+(?:every|each)\s+meal"
         r"|chew\s+and\s+spit|(?:hides?|hid|hiding|bins?|binning|throws?\s+away|throwing\s+away)\s+(?:his|her|my|their)\s+(?:packed\s+)?(?:lunch|food|dinner|tea|meals?)"
         r"|barely\s+eats?\b|hardly\s+eats?\s+(?:anything|at\s+all)|stopped\s+eating|(?:her|his|my|daughter'?s|son'?s)\s+(?:anorexia|bulimia|eating\s+disorder)\s+(?:has|is|came|come)"
         r"|(?:diagnosed\s+with|says\s+it'?s|it'?s)\s+(?:anorexia|bulimia)"
         r"|hiding\s+food|#?\s?(?:thinspo|proana|pro\s+ana|skinny\s?check)|(?:proud|happy)\s+of\s+myself\s+for\s+not\s+eating)",
         0.75, unless=(r"\b(?:ramadan|fasting\s+for|sponsored|vegetarian|vegan|allerg\w*|fussy|picky|beige|recipe|bake)\b",),
         unless_penalty=0.45),
    # Adults who want a child alone and out of the parents' sight, said politely
    Rule("parents_kept_out", LABEL,
         r"\b(?:(?:your|ur|her|his|their)\s+(?:mum|mom|mam|dad|parents?|mums|mummy)\s+(?:doesn'?t|don'?t|dont|doesnt|do\s+not|does\s+not|won'?t|wont)\s+(?:need|have)\s+to\s+know"
         r"|(?:parents?|mums?|dads?)\s+(?:don'?t|dont|doesn'?t|doesnt)\s+need\s+to\s+know"
         r"|without\s+(?:your|ur|her|his|their)\s+(?:mum|mom|mam|dad|parents?|mums)\s+(?:knowing|finding\s+out|seeing)"
         r"|no\s+need\s+to\s+(?:ask|tell)\s+(?:your|ur|her|his|their)\s+(?:mum|mom|dad|parents?|mums)"
         r"|(?:do|does|would|will)\s+(?:your|ur|her|his)\s+(?:parents|mum|dad|mam)\s+let\s+(?:you|u|her|him)\s+(?:come|go|stay)\s+out\s+(?:alone|on\s+(?:your|ur|her|his)\s+own|late)"
         r"|(?:come|stay|sleep)\s+(?:round\s+|over\s+|back\s+)?(?:to|at)\s+mine\b[^.!?]{0,50}?\b(?:on\s+(?:your|ur)\s+own|alone|by\s+(?:yourself|urself)|just\s+us|whenever|don'?t\s+tell|doesn'?t\s+need)"
         r"|(?:drive|take)\s+(?:you|u)\s+(?:somewhere|some\s+place)\s+(?:quiet|private|nobody)"
         r"|(?:personal|private)\s+(?:whatsapp|number|snap|insta|account|email)\b[^.!?]{0,40}?(?:kids|pupils|students|parents\s+don'?t|don'?t\s+tell))",
         0.8, unless=(r"\b(?:surprise|party|present|birthday|christmas)\b",), unless_penalty=0.35),
    # An adult stranger approaching children: asking, offering, following, photographing
    Rule("stranger_approach", LABEL,
         r"\b(?:a|an|some|this|the\s+same|that|the)\s+(?:older\s+|grown\s+|strange\s+|random\s+)?(?:man|men|bloke|guy|stranger|woman|lady|adult)\b"
         r"[^.!?]{0,60}?\b(?:ask(?:ed|ing|s)?|offer(?:ed|ing|s)?|follow(?:ed|ing|s)?|film(?:ed|ing|s)?|photograph(?:ed|ing|s)?|taking\s+(?:pictures|photos|pics|videos)|slowing\s+down|beckon\w*|call(?:ed|ing)\s+(?:over|out\s+to))\b"
         r"[^.!?]{0,40}?\b(?:kids|children|girls|boys|pupils|year\s+\d{1,2}s?|my\s+(?:son|daughter|child|boy|girl|kids)|our\s+(?:son|daughter|kids)|sweets|a\s+lift|in\s+(?:his|the|her)\s+(?:car|van)|for\s+(?:their|her|his)\s+(?:numbers?|snap|names?))",
         0.75, unless=_EDUCATIONAL + (r"\b(?:council|police\s+(?:officers?|visit\w*|talk|came\s+in)|firefighters?|fire\s+brigade|author|visitor|photographer|dbs|lollipop|crossing\s+patrol|vicar|santa)\b",),
         unless_penalty=0.45),
    # Adults announcing an interest in minors, paying minors for images or content, or
    # handling a child violently in view of others
    Rule("interest_in_minors", LABEL,
         r"\b(?:(?:like|into|prefer|love)\s+(?:them\s+)?(?:younger|young)\s+(?:girls|boys|ones|lads)|like\s+them\s+young"
         r"|pay(?:ing)?\s+(?:girls|boys|kids|lads|teens|students|pupils)\s+(?:£\s?\d+\s+)?to\s+(?:film|send|meet|pose|model|video)"
         r"|(?:\b1[0-7]\s?\+|under\s+1[0-7]s?\b|1[0-7]\s+and\s+(?:over|up))[^.!?]{0,40}?(?:paid|pay|content|cash|£|earn|link\s+in\s+(?:my\s+)?bio|dm|snap)"
         r"|(?:paid|pay|content|cash|£|earn)[^.!?]{0,40}?(?:\b1[0-7]\s?\+|under\s+1[0-7]s?\b)"
         r"|(?:young|teen|school)\s+(?:runners|lads|girls|boys|kids)\s+(?:wanted|needed|required)"
         r"|(?:drag(?:s|ged|ging)?|pull(?:s|ed|ing)?|yank(?:s|ed|ing)?|grab(?:s|bed|bing)?|shook|throw(?:s|ing)?|threw)\s+(?:\w+\s+){0,3}?(?:by\s+(?:her|his|their|the)\s+(?:hair|neck|throat|ear|collar)|against\s+(?:a|the)\s+(?:wall|car|door)))",
         0.8, unless=_EDUCATIONAL + (r"\b(?:swim\w*|club|tickets?|trip|uniform|raffle|disco|match|football|rugby|tug|team|session|fixture|exams?|tutor\w*|lessons?|an\s+hour|per\s+hour|classes|grammar"
                                             r"|hiring|apply|vacanc\w*|part[-\s]time|/\s?hr|per\s+hr|kitchen\s+porter|jobs?|wage|retail|\d+\s?ph)\b",), unless_penalty=0.45),
    # Sextortion: images held over a child for money or more images
    Rule("sextortion", LABEL,
         r"\b(?:(?:send|post|share|show|leak)\s+(?:my|her|his|your|ur|the)\s+(?:pics?|photos?|pictures?|videos?|vids?|nudes?)\s+(?:to\s+everyone|round|online|to\s+(?:my|her|his|your|ur)\s+\w+)[^.!?]{0,30}?(?:unless|if\s+(?:i|you|u|she|he)\s+(?:don'?t|dont|do\s+not)|or\s+else)"
         r"|(?:photo|pic|picture|video|image)s?\b[^.!?]{0,50}?\b(?:demand(?:s|ed|ing)?|want(?:s|ing)?|asking\s+for)\s+(?:£\s?\d+|\d+\s*(?:quid|pounds)|money|cash|more)"
         r"|(?:tricked|pressured|made)\s+into\s+(?:sending|sharing)\s+(?:a\s+|some\s+)?(?:photo|pic|picture|video|image)s?)",
         0.8, unless=_EDUCATIONAL, unless_penalty=0.45),
    # --- exploitation
    Rule("exploitation", LABEL,
         r"\b(?:(?:easy|quick|fast|free)\s+(?:money|cash|£)\s+(?:for|4)\s+(?:kids|teens|young|students|under)"
         r"|county\s+lines|(?:run|running|carry|carrying|drop|dropping|deliver|delivering|hold|holding)\s+(?:a\s+few\s+|some\s+|a\s+couple\s+of\s+|these\s+|this\s+)?(?:packages?|parcels?|bags?|stuff|food)\s+for\s+(?:me|us|cash|money)"
         r"|(?:need|looking\s+for)\s+(?:young|teen|school)\s+(?:runners|lads|girls|boys|kids)"
         r"|(?:i|we)\s+(?:can|will|'?ll)\s+pay\s+(?:you|u)\s+(?:to|for|if)\s+(?:meet|send|come|keep|carry|hold|deliver)"
         r"|sugar\s+(?:daddy|baby)|hold\s+(?:this|these|a\s+package)\s+for\s+me"
         r"|(?:cash|money|paid|pay(?:s|ing)?|£\s?\d+)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:carry|deliver|drop|hold|move|run|sell)\s+(?:\w+\s+)?(?:packages?|parcels?|bags?|stuff|drugs|weed|gear|food)"
         r"|(?:carry|deliver|drop|hold|move|take)\s+(?:\w+\s+){0,4}?for\s+(?:money|cash|£|a\s+fee|payment)"
         r"|(?:make|makes|made|making)\s+(?:me|us|him|her)\s+(?:carry|deliver|drop|hold|sell|move)\b"
         r"|(?:older|big)\s+(?:lads|boys|men|guys|girls)\s+(?:are\s+|keep\s+)?(?:giving|paying|buying|bought)\s+(?:my|me|him|her|us|them)"
         # batch 66-68: a young person handed a phone, a sim or cash to travel out of town
         r"|(?:giv\w*|gave|hand\w*|get|got|gets|getting|sent|sends|send|sending)\s+(?:me|him|her|them|us|my\s+\w+|kids?)\s+(?:a\s+|an?\s+)?(?:new\s+|spare\s+)?(?:phone|burner|sim|cash|money|trainers)\s+(?:\w+\s+){0,4}?to\s+(?:go|travel|get\s+(?:a|the)\s+train|take\s+(?:a|the)\s+train|stay)\s+(?:\w+\s+){0,2}?(?:out\s+of\s+town|(?:to\s+)?(?:another|other|different)\s+towns?|up\s+the\s+line|away\s+for\s+days))",
         0.8, unless=_EDUCATIONAL + (r"\b(?:session|police|talk|training|link|parents'?\s+evening|info\s+on|information\s+on|the\s+signs|good\s+to\s+know"
                                      # batch 21-24: a lesson or a letter about it, a question what it is
                                      r"|pshe|leaflet|letter|learnt\s+about|learned\s+about|explain\s+what|what\s+county\s+lines\s+(?:actually\s+)?is"
                                      # batch 25-29: a parent asking what the words mean
                                      r"|what\s+['‘\"“]?county\s+lines['’\"”]?\s+(?:actually\s+)?means"
                                      # batch 66-68: an evening or a workshop about it for parents
                                      r"|slides|presentation|webinar|workshop|county\s+lines\s+(?:evening|event|night|workshop|presentation|talk|session))\b",), unless_penalty=0.4),
    Rule("easy_money_offer", LABEL,
         r"\b(?:easy|quick|fast|free|extra)\s+(?:money|cash)\b",
         0.35, context=(r"\b(?:girls?|boys?|kids|lads|teens?|young|privately|in\s+private|dm|message\s+me|inbox|snap|age|school|year\s+\d{1,2}"
                    r"|drop\s+(?:some\s+)?(?:bits|stuff|things|packages?)\s+off|no\s+questions)\b",),
         context_boost=0.3,
         # batch 62: a selling team's call to parents ("Mums! earn extra money around the school
         # run, join my team, DM me"), not an offer to children
         unless=(r"\b(?:mums|mams|moms|mummies|dads|parents|stay\s+at\s+home|(?:around|round|during|after)\s+the\s+school\s+run|join\s+my\s+(?:\w+\s+)?team|younique|avon|herbalife|forever\s+living|side\s+hustle)\b",),
         unless_penalty=0.35),
    # --- nude images
    Rule("nude_images", LABEL,
         r"\b(?:nudes|nude\s+(?:pic|photo|picture|image|video|selfie)s?|naked\s+(?:pic|photo|picture|image|video|selfie)s?"
         r"|send\s+(?:me\s+)?(?:a\s+)?nude|sexting|(?:sharing|shared|share|leaked|posted|spreading|sent)\s+(?:her|his|their|my|a)?\s*(?:nudes|naked)"
         r"|(?:explicit|topless|indecent)\s+(?:pic|photo|picture|image|video)s?|onlyfans"
         r"|(?:face|head)\s+on\s+(?:a|an|some|someone\s+else'?s)\s+(?:naked|nude|porn\w*)|deep\s?-?fakes?|(?:fake|edited|photoshopped)\s+(?:nudes?|naked)"
         r"|made\s+(?:to\s+)?(?:strip|undress|get\s+naked)|(?:forced|made)\s+(?:him|her|me|them|us)\s+(?:to\s+)?(?:strip|undress))\b",
         0.85, unless=_EDUCATIONAL, unless_penalty=0.4),
    # --- batch 12: kinds of harm the rules above had no words for (Keeping Children Safe
    # in Education's categories beyond self-harm, abuse, grooming and threats)
    # Radicalisation: recruiting young people, ideology that names pupils or teachers as
    # the enemy, praise of attackers, extremist material sent to a child
    Rule("radicalisation", LABEL,
         r"\b(?:race\s+war|(?:the\s+)?kuffar|kaffirs?|kafirs?|infidels?|martyrdom|(?:great\s+)?replacement\s+(?:theory|is\s+real)|(?:being|getting)\s+replaced\b"
         r"|white\s+(?:power|pride\s+(?:group|crew|lads))|swastikas?|heil\b|hitler\s+(?:had\s+the\s+right\s+idea|was\s+right|did\s+nothing\s+wrong)"
         r"|(?:shooter|bomber|attacker)\s+(?:was|is)\s+(?:a\s+)?(?:hero|legend|right)|(?:the|his|a)\s+manifesto\b|beheadings?"
         r"|(?:help|join|fight\s+(?:with|for))\s+the\s+brothers|(?:not|aren'?t)\s+(?:real|true)\s+(?:believers|muslims|christians|patriots)"
         r"|(?:young\s+)?patriots?\s+(?:who\s+are\s+)?ready\s+to\s+fight|(?:ready|time)\s+to\s+fight\s+for\s+(?:their|our|your|his)\s+(?:country|race|people|faith)"
         r"|the\s+west\s+is\s+(?:evil|the\s+enemy)|(?:his|her|their|your|ur|our)\s+(?:enemy|enemies)\s+at\s+school|(?:are|is)\s+(?:his|her|their|your|ur|our)\s+enem(?:y|ies)"
         r"|(?:it'?s|its|is)\s+(?:his|her|their|your|ur|our)\s+duty\s+to|the\s+time\s+for\s+talking\s+is\s+over"
         r"|(?:recruit(?:ing|s|ed)?)\s+(?:\w+\s+){0,2}(?:lads|boys|girls|kids|young|teens|year\s+\d{1,2}s?|pupils|students)"
         r"|(?:join|joining)\s+(?:us\s+brothers|the\s+(?:movement|cause|struggle|fight|war)|their\s+(?:group\s+chat|movement|cause))"
         r"|(?:trust|listen\s+to)\s+only\s+the\s+group|stop\s+listening\s+to\s+(?:his|her|their|your|ur)\s+(?:teachers|parents|family)"
         r"|(?:online\s+)?['\"]?mentor['\"]?\s+(?:we|i|she|he|they)\s+(?:have\s+)?never\s+met|the\s+war\s+is\s+coming|no\s+parents\s+needed)\b",
         0.75, unless=(r"\b(?:history|topic|lesson|pshe|re\s+trip|prevent\s+training|training\s+day|debate|remembrance|poetry|poems?|world\s+war|wwii|ww2|assembly|book|novel|film|documentary|museum|school\s+council|scouts?)\b",
                      # batch 30-32: graffiti reported and already dealt with
                      r"\bdealt\s+with\s+(?:it|them)\s+(?:the\s+)?(?:same\s+day|straight\s+away|immediately|quickly|brilliantly|so\s+quickly)|\bcredit\s+where\b"),
         unless_penalty=0.45),
    # Female genital mutilation: the word, "cutting season", a ceremony or tradition with
    # cutting, a girl taken abroad "to become a woman"
    Rule("fgm", LABEL,
         r"\b(?:fgm|female\s+genital|cutting\s+season|(?:female|girls?|girl'?s)\s+circumcision|circumcision\s+for\s+(?:girls|her)|had\s+a\s+cutting|(?:do|done)\s+the\s+thing\s+to\s+her"
         r"|(?:special|traditional)\s+(?:ceremony|doctor|procedure)\b[^.!?]{0,80}?\b(?:cut|cutting|scared|girls?\s+her\s+age|for\s+girls)"
         r"|(?:cut|cutting)\s+(?:her|them|girls)\b[^.!?]{0,40}?\b(?:ceremony|tradition|abroad|back\s+home|holidays|summer|elders|aunties|woman)"
         r"|(?:ceremony|tradition|abroad|back\s+home|aunties|elders)\b[^.!?]{0,60}?\b(?:cut|cutting)\s+(?:her|them|girls|me)\b"
         r"|to\s+['\"]?become\s+a\s+woman|(?:it|this)\s+has\s+to\s+be\s+done\s+before\s+she|no\s+one\s+will\s+marry\s+her|nobody\s+will\s+marry\s+her)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:staff|training|session|hair|fringe|pierc\w*|ears?|operation|hospital|leavers|prom|wedding\s+photos)\b",
                                      # batch 36-38: "we had a talk at the mosque about forced marriage and FGM ... please attend"
                                      r"\ba\s+talk\s+(?:at|on|from|by)\b|\b(?:please\s+)?(?:all\s+)?(?:parents\s+)?attend\b"),
         unless_penalty=0.45),
    # Forced marriage and honour-based abuse: a child made to marry, passports taken,
    # shame on the family answered with control or violence
    Rule("forced_marriage", LABEL,
         r"\b(?:(?:mak(?:e|es|ing)|made|forc(?:e|es|ing|ed)|pressur(?:e|es|ing|ed))\s+(?:her|him|me|them|my\s+\w+)\s+(?:to\s+)?(?:marry|get\s+married|go\s+through\s+with\s+the\s+wedding)"
         r"|married\s+off|marry\s+(?:her|his|my|a)\s+(?:cousin|older\s+man|man\s+(?:she|he)|stranger)"
         r"|(?:engaged|married)\s+to\s+(?:a\s+)?(?:man|woman|someone|stranger)\s+(?:she|he|i)(?:'s|'ve|\s+has|\s+have)?\s+never\s+met"
         r"|(?:married|marry|wedding|engaged|engagement|introduction)\b[^.!?]{0,50}?\b(?:whether\s+(?:she|he|i)\s+(?:likes?|wants?)\s+it\s+or\s+not|(?:she|he|i)\s+(?:doesn'?t|don'?t)\s+want\s+to|said\s+no|(?:only|she'?s|he'?s|is|aged)\s+1[0-6])\b"
         r"|(?:doesn'?t|don'?t)\s+go\s+through\s+with\s+the\s+wedding|(?:taken|took|take|hid|hidden|keeps?|kept)\s+(?:away\s+)?(?:her|his|my|our|their)\s+passports?"
         r"|(?:brought|bring|bringing|brings)\s+shame\s+(?:on|to)\s+(?:the|our|his|her|their|my)\s+family|dishonou?r(?:ing|ed|s)?\s+(?:the|our|his|her|their|them|us)"
         r"|(?:embarrass(?:ing|es)?|shaming)\s+the\s+family\b[^.!?]{0,40}?(?:sort|hit|hurt|kill|deal|punish|sent|send|no\s+one\s+would\s+know)"
         r"|(?:he|she|dad|mum|they)(?:'s|\s+has|\s+have|'ve)\s+(?:packed|taken|took|hidden|got)\s+(?:all\s+)?(?:our|their|the\s+kids'?)\s+passports|(?:live|living|stay|staying|sent)\s+['\"]?back\s+home['\"]?\s+with\s+(?:people|family|a\s+family|relatives|strangers)\s+(?:we|i|she|he|they)\s+(?:don'?t|do\s+not|never)\s+(?:know|met)"
         r"|(?:make\s+sure|so)\s+(?:she|he)\s+(?:doesn'?t|does\s+not|can'?t)\s+(?:talk|speak)\s+to\s+(?:boys|girls|anyone))\b",
         0.75, unless=(r"\b(?:fiddler|romeo|juliet|play|drama|story|stories|tudors?|history|novel|book|english|dancing|lol|haha|congratulations|congrats)\b",),
         unless_penalty=0.45),
    # Domestic abuse a child lives with: violence at a parent, police called to the home,
    # a child hiding or shaking, told what to say
    Rule("domestic_abuse_witnessed", LABEL,
         r"\b(?:(?:went|goes|go|going)\s+for\s+(?:my\s+)?(?:mum|mummy|mam|mom|her)\s+with"
         r"|throw(?:s|ing)?\s+(?:things|stuff|plates|chairs|bottles)\s+at\s+(?:my\s+)?(?:mum|mummy|mam|mom|her|dad|daddy)"
         r"|(?:pushed|shoved|dragged|drags|drag|strangled|choked|punched|kicked)\s+(?:my\s+)?(?:mum|mummy|mam|mom)\b"
         r"|makes?\s+(?:my\s+)?(?:mummy|mum|mam|mom)\s+cry|marks\s+on\s+(?:her|mum'?s|mummy'?s)\s+(?:neck|arms|face|throat)"
         r"|(?:police|feds)\s+(?:were|was|came|come|are)\s+(?:round|at\s+ours|to\s+ours|to\s+(?:our|the|their)\s+(?:house|flat))|police\s+round\s+(?:every|again|most)|police\s+(?:were|came)\s+(?:at\s+ours\s+)?again"
         r"|begging\s+(?:him|her|them|daddy|dad)\s+to\s+stop|(?:drag(?:ged)?|grab(?:bed)?|yank(?:ed)?)\s+her\s+by\s+the\s+(?:arm|hair|neck|coat)"
         r"|(?:ends?|ended)\s+up\s+with\s+(?:bruises|a\s+black\s+eye|marks)|(?:locked|locks)\s+(?:her|mum|my\s+mum)\s+in\s+the|took\s+(?:her|mum'?s|my\s+mum'?s)\s+phone"
         r"|(?:hides?|hiding|hid)\s+under\s+the\s+(?:bed|table|covers)\s+when|smash(?:ed|es)\s+(?:the|a|our)\s+(?:window|door|tv)\b[^.!?]{0,40}?\b(?:police|kids|crying)\b|(?:screaming|shouting)\s+(?:next\s+door|every\s+night|all\s+night)\b[^.!?]{0,60}?\b(?:kids|children|baby|little\s+ones?)\s+(?:are\s+|were\s+)?(?:crying|screaming|scared)|told\s+us\s+to\s+say\s+(?:she|he|mum)\s+fell|what\s+happens\s+at\s+home\s+when\s+he)\b",
         0.75, unless=(r"\b(?:drumming|workshop|haha|lol|easter\s+egg|awareness|evening|talk\s+about\s+their\s+job|quiz)\b",), unless_penalty=0.45),
    # Neglect told through its circumstances
    Rule("neglect_circumstances", LABEL,
         r"\b(?:same\s+(?:filthy|dirty|smelly|stained)\s+(?:uniform|clothes|jumper|shirt)|(?:filthy|dirty|smelly)\s+(?:uniform|clothes)\s+(?:every|all)"
         r"|(?:always|keeps?)\s+asking\s+(?:other\s+(?:kids|children|people)|everyone|us|friends|people)\s+for\s+(?:food|their\s+lunch|snacks|something\s+to\s+eat)"
         r"|(?:no|without)\s+(?:gas|electric|electricity|heating|hot\s+water)\s+(?:or\s+\w+\s+)?(?:for|since)\s+(?:a|two|three|\d+|weeks|days|months|november|december|january|february|october|christmas)"
         r"|heating'?s?\s+(?:has\s+)?(?:been\s+)?(?:off|broken|cut\s+off)\s+since|(?:go|going|went|goes)\s+to\s+bed\s+in\s+(?:our|my|their|his|her)\s+coats"
         r"|(?:nobody|no\s*one|noone)\s+(?:ever\s+)?(?:picks?|picked|collects?|collected)\s+(?:\w+\s+){1,2}up\b"
         r"|(?:leaves?|left|leaving)\s+(?:her|him|them|me)\s+to\s+look\s+after\s+(?:the|her|his|my)\s+(?:baby|little|younger)"
         r"|looking\s+after\s+the\s+(?:younger|little)\s+ones\s+all\s+day|only\s+eats?\s+(?:at|when\s+(?:he'?s|she'?s)\s+at)\s+school"
         r"|(?:left|are\s+left|were\s+left|leaves\s+them)\s+on\s+(?:their|his|her|my|our)\s+own\s+(?:all|every|for)\s+(?:weekend|night|day|days|hours)"
         r"|nits\s+for\s+(?:weeks|months)|teeth\s+are\s+(?:rotten|rotting|black)|no\s+beds?\s+(?:at|in)\s+(?:my|our|his|her|their)\s+(?:house|flat|home)"
         r"|(?:out|outside)\s+in\s+the\s+(?:rain|cold|dark)\s+(?:with\s+no|without\s+a)\s+coat|(?:had|have|got|there'?s)\s+nothing\s+to\s+eat|nothing\s+to\s+eat\s+(?:over|for|since|all|at\s+home|except)"
         r"|(?:spends?|spent|spending)\s+(?:the|all\s+the|all\s+our|our)\s+(?:money|benefits)\s+on\s+(?:drink|drugs|booze|other\s+stuff|weed|gambling|herself|himself)"
         r"|(?:shoes|trainers)\s+(?:have|with|full\s+of)\s+holes|(?:has|have)\s+to\s+(?:get\s+(?:her|his|my)\s+(?:little\s+)?(?:brothers|sisters|siblings)\s+ready|feed\s+(?:her|his|my)\s+(?:brothers|sisters))"
         r"|puts?\s+(?:her|him|my|them)sel(?:f|ves)\s+to\s+bed|(?:mum|dad|she|he)'?s\s+always\s+(?:asleep|drunk|out)\s+(?:when|and)|(?:mum|dad)\s+(?:is\s+|'?s\s+)?never\s+in\b)",
         0.75, unless=(r"\b(?:classroom|\w+\s+class\s+(?:was|were|is)|this\s+morning|forest\s+school|pe\s+kit|lost\s+property|muddy|breakfast\s+club|food\s+bank|harvest|after\s+cross\s+country|lol|haha|sleepover|camping)\b",),
         unless_penalty=0.45),
    # A child missing from home or from education
    Rule("missing_child", LABEL,
         r"\b(?:(?:hasn'?t|has\s+not|haven'?t|didn'?t|did\s+not)\s+(?:come|came|gone|go|been)\s+home\s+(?:since|last\s+night|for\s+(?:two|three|\d+|days)|all\s+weekend|at\s+all)"
         r"|(?:keeps?|kept|has\s+been|been|goes|going|gone|went)\s+(?:going\s+)?missing\s+(?:overnight|for\s+(?:days|the\s+night|two|three|\d+\s+days|a\s+week)|again|from\s+home|since)"
         r"|(?:disappears?|vanish(?:es)?)\s+for\s+(?:days|nights|a\s+few\s+days|a\s+week)|(?:hasn'?t|has\s+not|haven'?t)\s+been\s+(?:in|to|at)\s+school\s+since\s+(?:september|october|november|january|easter|half\s+term|the\s+start|last\s+\w+)"
         r"|taken\s+off\s+(?:the\s+)?roll\b[^.!?]{0,60}?\b(?:but|looking\s+after|never|nobody|working|just)|(?:nobody|no\s*one)\s+(?:\w+\s+)?knows\s+where\s+(?:the\s+)?(?:kids|children|she|he|they|girls|boys)\s+(?:have\s+|has\s+)?(?:gone|are|is)"
         r"|(?:nobody|no\s*one|noone)\s+answers\s+the\s+door|(?:sleeping|staying)\s+at\s+(?:some|a|an\s+older)\s+(?:lad|man|bloke|guy|stranger|boy)'?s?\s+(?:flat|house|place)"
         r"|(?:friends|they|people)\s+say\s+(?:she'?s|he'?s|she\s+is|he\s+is)\s+with\s+an?\s+older\s+(?:man|boy|lad|guy))\b",
         0.75, unless=(r"\b(?:cat|dog|tortoise|hamster|rabbit)\b|\b(?:jumper|lunchbox|kit|pe\s+kit|pe\s+bag|bag|water\s+bottle|bottle|coat|hoodie|shoes?|trainers|plimsolls|book|folder|hat|gloves|scarf|glasses)\b.{0,40}?\bmissing\b|\bmissing\s+(?:\w+\s+)?(?:jumper|lunchbox|kit|bag|bottle|coat|hoodie|shoes?|trainers|book|folder|hat|gloves|scarf|glasses)\b|\b(?:trip\s+for|gift\s+shop|panic\s+over|chickenpox|chicken\s+pox|off\s+ill|funeral|home\s+educating\s+from)\b",),
         unless_penalty=0.45),
    # Image-based abuse: images held over a child, fake nudes, pictures traded or dropped round
    Rule("image_abuse", LABEL,
         r"\b(?:i\s+(?:have|got)\s+(?:your|ur)\s+(?:pics|photos|pictures|videos?|vids|nudes)|pay\s+(?:or|otherwise)\s+(?:i|we)(?:'ll|\s+will)?\s+(?:post|send|share|leak)"
         r"|(?:send|sends?)\s+(?:me\s+)?more\s+or\s+(?:i'?ll|it'?s|its|they'?ll|he'?ll|she'?ll|else)|(?:gotta|got\s+to|have\s+to|has\s+to)\s+send\s+more\s+or"
         r"|wants?\s+more\s+or\s+(?:he|she|they|i)(?:'ll|\s+will)|(?:blackmail(?:ing|ed|s)?)\s+(?:him|her|me|them|my\s+\w+)\s+(?:with|over)"
         r"|(?:photos?|pics?|pictures?|videos?|vids)\b[^.!?]{0,40}?\b(?:or\s+else|unless\s+(?:i|you|u|she|he)\s+(?:meet|send|pay)|or\s+(?:i'?ll|he'?ll|they'?ll|she'?ll|it'?s\s+going|its\s+goin\w*)\s+(?:send|post|show|share|tag|put|on))"
         r"|(?:show|send|tag)\s+(?:my|your|ur|her|his)\s+(?:mum|dad|parents|family|friends)\s+(?:the\s+)?(?:photos?|pics?|pictures?|videos?)"
         r"|(?:ai|fake|edited|deep\s?fake)\s+(?:picture|photo|image|video|pic)s?\s+of\s+(?:my|her|his|a|our)\s+\w+\s+(?:with\s+no\s+clothes|naked|nude|undressed)"
         r"|(?:folder|collection|album)\s+of\s+girls'?\s+(?:pictures|pics|photos)|(?:girls'?|boys'?)\s+(?:pictures|pics|photos|nudes)\b[^.!?]{0,40}?\b(?:trading|swapping|selling|group\s+chat)"
         r"|airdrop(?:ped|ping|s)?\s+(?:a\s+)?(?:rude|naked|nude|explicit|private)|rude\s+(?:pic|photo|picture|video)s?\s+of\s+(?:a|her|his|my)\s+"
         r"|(?:sending|sends|sent)\s+(?:my|her|his|me)\s+(?:\w+\s+)?(?:explicit|sexual|dirty)\s+(?:messages|texts|pics|pictures|videos)"
         r"|(?:photo|picture|video|pic)s?\s+of\s+(?:my|her|his|a)\s+\w+\s+in\s+the\s+(?:changing\s+rooms?|toilets?|showers?)"
         r"|(?:phones?|cameras?)\s+(?:under|up)\s+(?:girls'?|her|their|the\s+girls'?)\s+skirts?)",
         0.8, unless=_EDUCATIONAL + (r"\b(?:sports\s+day|school\s+photos|website|app|show|virus|scam\s+texts|dragons|art\s+club)\b",), unless_penalty=0.45),
    # Dangerous online challenges and dares
    Rule("harmful_challenge", LABEL,
         r"\b(?:(?:blackout|choking|pass\s?out|skull\s?breaker|benadryl|tide\s+pod|fire|salt\s+and\s+ice|chroming|deodorant)\s+challenge"
         r"|(?:challenge|dares?|daring|tasks)\b[^.!?]{0,60}?\b(?:hold(?:ing)?\s+(?:their|your|his|her)\s+breath\s+(?:till|until)|pass(?:es|ed)?\s+out|chok(?:e|ing)\s+each\s+other|(?:mum'?s|dad'?s|parents'?)\s+(?:tablets|pills|meds)|cut(?:ting)?\s+(?:their|your|his|her)\s+(?:arm|arms|wrist|skin)"
         r"|hurt(?:ing)?\s+(?:himself|herself|themselves|yourself)|inhal\w+|in\s+front\s+of\s+(?:lorries|cars|trains|buses|traffic)|dual\s+carriageway|train\s+tracks|a\s?&\s?e|hospital|collapsed)"
         r"|(?:hold(?:ing)?\s+(?:their|your|his|her)\s+breath\s+(?:till|until)\s+(?:they|you|he|she)\s+pass|chok(?:e|ing)\s+each\s+other|inhal(?:ed|ing)\s+(?:deodorant|aerosols?|gas|lighter\s+fluid)|(?:dar(?:e|ing)|dared)\s+(?:each\s+other|him|her|them|me)\s+to\s+(?:take|choke|cut|jump|run|drink|swallow))"
         r"[^.!?]{0,60}?\b(?:challenge|dares?|daring|video|tiktok|game|collapsed|hospital|a\s?&\s?e|film)"
         r"|(?:game|app|roblox|fortnite|minecraft|discord)\b[^.!?]{0,40}?\btold\s+(?:him|her|them|me|my\s+\w+)\s+to\s+(?:\w+\s+){0,4}(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?)\s+(?:himself|herself|themselves|myself))\b",
         0.75, unless=(r"\b(?:reading|maths|sponsor\w*|charity|pta|ice\s+bucket|certificates?|couch\s+to|spaghetti|pool|holiday|engineering|silence|times\s+tables|challenge\s+warning)\b",),
         unless_penalty=0.45),
    # Eating disorders, more of their signs
    Rule("eating_disorder_signs_more", LABEL,
         r"\b(?:weigh(?:s|ing)?\s+(?:her|him|my|them)sel(?:f|ves)\s+(?:\w+\s+){0,2}(?:times\s+a\s+day|every\s+(?:day|morning|meal|hour))"
         r"|cries?\s+(?:if|when)\s+the\s+(?:number|scales?)|(?:bathroom|toilet|loo)\s+(?:straight\s+)?after\s+(?:every|each)\s+meal"
         r"|(?:punish|punishing|punished)\s+myself\s+with\s+(?:exercise|food|not\s+eating)|(?:hadn'?t|haven'?t|not)\s+eaten\s+(?:in|for)\s+\w+\s+days\s+on\s+purpose"
         r"|(?:only\s+)?(?:drinking|drink)\s+water\s+and\s+chewing\s+gum|more\s+than\s+\d{3,4}\s+calories|hides?\s+(?:her|his|my)\s+(?:dinner|food|lunch)\s+in)\b",
         0.75, unless=(r"\b(?:ramadan|fasting\s+for|diet\s+again|bake\s+off)\b",), unless_penalty=0.45),
    # Knife carrying and exploitation in street slang; children paid for "trips"; homes taken over
    Rule("knife_and_lines_slang", LABEL,
         r"\b(?:(?:carry(?:ing)?|got|has|have|had|brought|bringing|showed\s+me)\s+(?:a|his|her|my|the)\s+(?:ting|shank|zombie\s+knife|nank|rambo|machete|strap|flick\s?knife)\b"
         r"|zombie\s+knife|(?:ting|shank|blade|knife|strap)\b[^.!?]{0,30}?\b(?:for\s+protection|cuz\s+of\s+the\s+opps|cos\s+of\s+the\s+opps|because\s+of\s+the\s+opps)"
         r"|(?:getting|get|gonna\s+get)\s+(?:wet|poked|splashed)\s+up|catch\s+(?:him|her|them|you|u)\s+slipping"
         r"|(?:getting\s+paid|get\s+paid|paid|pay(?:ing)?)\s+£?\s?\d{3,}\b[^.!?]{0,40}?\b(?:he'?s|she'?s|they'?re|only|aged|is)\s+1[0-6]\b"
         r"|(?:going|goes|gone|went)\s+on\s+a\s+['\"]?(?:trip|holiday|job)['\"]?\s+for\s+(?:a\s+week|days|the\s+weekend)\s+and\s+(?:getting\s+)?paid"
         r"|(?:kids|children|young\s+(?:lads|people)|youngsters)\s+(?:are\s+)?coming\s+and\s+going\s+(?:all\s+night|at\s+all\s+hours)"
         r"|(?:taken|took|taking)\s+over\s+(?:her|his|their|the|a)\s+(?:flat|house)|(?:gave|give|given)\s+(?:my|him|her)\s+(?:\w+\s+)?(?:brother\s+)?a\s+(?:bike|phone|moped)\s+and\s+now\s+(?:he|she)\s+['\"]?works"
         r"|(?:only\s+way|way)\s+(?:he|she|i)'?ll\s+be\s+respected\b[^.!?]{0,40}?\b(?:blade|knife|crew|gang|shank))\b",
         # batch 66-68: a knife shown to pupils by the police ("a confiscated zombie knife")
         0.75, unless=_EDUCATIONAL + (r"\b(?:camping|cooking|knife\s+and\s+fork|butter\s+knife|paper\s+round|kitchen|confiscated|amnesty|surrender\w*|(?:police|cops?|officers?|pc)\s+(?:showed|brought|held\s+up))\b", _PAST_ERA), unless_penalty=0.45),
    # Sexual harassment and abuse between pupils
    Rule("peer_sexual_abuse", LABEL,
         r"\b(?:(?:grab(?:bing|bed|s)?|touch(?:ing|ed|es)?|slap(?:ping|ped|s)?)\s+(?:girls'?|boys'?|her|their|my\s+daughter'?s|my\s+son'?s)\s+(?:bums?|bottoms?|boobs|chests?|breasts|private\s+parts)"
         r"|(?:pinned|held|holds|hold|pin|pinning|holding)\s+(?:her|him|my\s+\w+|them)\s+down\b[^.!?]{0,60}?\b(?:take\s+(?:her|his|their)\s+(?:top|clothes|trousers|skirt)|touch|film|kiss|cut)"
         r"|(?:rate|rating|rank|ranking|score|scoring)\s+(?:the\s+)?girls\b[^.!?]{0,40}?\b(?:list|share|chat|out\s+of)|made\s+to\s+do\s+things\s+(?:in|to|for|with)"
         r"|(?:take|took|pull|pulled|tried\s+to\s+take|trying\s+to\s+take)\s+(?:her|his|their)\s+(?:top|clothes|trousers|skirt|shorts|underwear)\s+(?:off|down))\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:play\s+fight\w*|laughing|pe\s+kit|costume|swimming)\b",), unless_penalty=0.45),
    # Bullying that wishes a named child dead or gone, said to them (abuse too) ...
    Rule("bullying_death_wish", LABEL,
         r"\b(?:(?:no\s*one|nobody|noone|no\s+one)\s+(?:\w+\s+){0,3}?(?:would|will)\s+(?:even\s+)?(?:miss|notice|care\s+about)\s+(?:you|u)\s+(?:if|when)"
         r"|(?:no\s*one|nobody|noone)\s+(?:would|will)\s+(?:even\s+)?(?:notice|care)\s+if\s+(?:you|u)\s+(?:disappeared|were\s+gone|was\s+gone|died|left)"
         r"|(?:you|u)\s+should\s+(?:just\s+)?(?:end\s+it|not\s+exist|disappear\s+forever)|(?:you'?d|you\s+would|u\s+would)\s+be\s+doing\s+(?:us\s+all|everyone|every1|the\s+world)\s+a\s+favou?r"
         r"|everyone\s+hates\s+(?:you|u)\b(?=[^\n]{0,40}?\b(?:die|dead|kill|end\s+it|disappear|exist|kys|gone\s+forever|better\s+off))|(?:the\s+)?whole\s+(?:class|year|school)\b[^.!?]{0,40}?\bhow\s+much\s+(?:they|we)\s+hate\s+(?:you|u))",
         0.75, unless=(r"\b(?:jk|joking|only\s+kidding|bestie|lol)\b",), unless_penalty=0.45),
    # ... or told about them (a page, a campaign, messages telling a child to die)
    Rule("bullying_death_wish_reported", LABEL,
         r"\b(?:(?:reasons|why)\s+\w+\s+should\s+die|(?:tell|told|telling|tells)\s+(?:her|him|them|my\s+\w+)\s+to\s+(?:go\s+)?(?:kill\s+(?:herself|himself|themselves)|die)"
         r"|(?:been\s+)?told\s+not\s+to\s+talk\s+to\s+(?:my\s+\w+|her|him)\b[^.!?]{0,60}?\b(?:kill|die|hate))\b",
         0.75),
    # An adult watching or photographing children at the school or a club
    Rule("loitering_adult", LABEL,
         r"\b(?:man|men|bloke|guy|woman|stranger|someone|van|driver)\b[^.!?]{0,60}?\b(?:watching|filming|photographing|taking\s+(?:pictures|photos|videos)\s+of|staring\s+at|shouts?\s+(?:to|at)|waving\s+at|calls?\s+(?:to|over))\s+(?:the\s+)?(?:kids|children|girls|boys|pupils|playground|under\s+\d{1,2}s|year\s+\d)"
         r"|\b(?:sits?|sitting|parks?|parked|hanging\s+(?:about|around)|loiter\w*|waits?|waiting|turns?\s+up|turning\s+up)\b[^.!?]{0,60}?\b(?:gates?|fence|playground|alley|school|club)\b[^.!?]{0,60}?\b(?:not\s+a\s+parent|isn'?t\s+a\s+parent|not\s+anyone'?s|isn'?t\s+anyone'?s|nobody\s+knows|no\s+one\s+knows|every\s+(?:home\s+time|afternoon|morning|day))"
         r"|\b(?:offences?|convictions?|crimes)\s+against\s+(?:children|kids|minors)|\bsex\s+offenders?\b|\bon\s+the\s+sex\s+offenders?\s+register",
         0.75, unless=(r"\b(?:photographer|lollipop|leaflets|election|zig\s?zags|grandparents|nativity|match|parents\s+evening|sports\s+day|coach\s+at\s+the|told\s+me\s+off"
                  r"|caretaker|dinner\s+lad(?:y|ies)|teachers?|head\s?teacher|headmaster|the\s+head|staff)\b",
                  # batch 39-41: a trader's van at the gate ("my coffee van, parked outside the gate every morning, 10% off")
                  _COMMERCIAL_CONTEXT, r"\b(?:\d{1,2}\s?%\s+off|coffee\s+van|ice\s+cream\s+van|burger\s+van|food\s+van|petition)\b"),
         unless_penalty=0.45),
    # Modern slavery and trafficking: documents held, children working for someone's profit
    Rule("trafficking", LABEL,
         r"\b(?:(?:takes?|took|taken|keeps?|kept|holds?|holding)\s+(?:their|her|his|my|our)\s+(?:documents|papers|id\s+cards?)"
         r"|(?:brought|sent)\s+(?:over|here)\b[^.!?]{0,60}?\b(?:to\s+work|nanny|to\s+clean|never\s+(?:gets?\s+)?paid|doesn'?t\s+go\s+to\s+school|has\s+to\s+work)"
         r"|(?:never|doesn'?t|don'?t)\s+(?:ever\s+)?gets?\s+paid\b|(?:gives?|hand(?:s|ing)?|give)\s+(?:him|her|them)\s+(?:all\s+)?the\s+money"
         r"|should\s+be\s+in\s+school\b[^.!?]{0,40}?\b(?:all\s+day|terrified|working|there\s+every)|(?:made|making|forced|forcing)\s+to\s+work\s+(?:nights|at|in|for)"
         r"|(?:aren'?t|isn'?t|not)\s+(?:related\s+to|really\s+(?:her|his|their)\s+(?:aunty|auntie|aunt|uncle|mum|dad)))\b",
         0.75, unless=(r"\b(?:work\s+experience|saturday\s+job|paper\s+round|history|charity|book|club|pocket\s+money)\b",), unless_penalty=0.45),
    # Private fostering: a child living with someone who is not a close relative for weeks
    Rule("private_fostering", LABEL,
         r"\b(?:(?:living|staying|lives|stays)\s+with\s+(?:us|a\s+family(?:\s+friend)?|someone|her\s+['\"]?aunty['\"]?|his\s+['\"]?uncle['\"]?|a\s+friend|people)\b[^.!?]{0,80}?"
         r"(?:isn'?t\s+(?:a\s+relative|really|related)|not\s+(?:a\s+)?relative|(?:mum|parents?|dad)\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:gone\s+)?(?:abroad|in\s+another\s+country|overseas))"
         r"|(?:sent|gone)\s+to\s+live\s+with\s+(?:a\s+family|people|someone|strangers)\s+(?:she|he|they|we)\s+(?:barely|hardly|don'?t)\s+know"
         r"|(?:weeks|months)\s+because\s+(?:his|her|their)\s+(?:mum|dad|parents)\s+(?:has|have)\s+gone\s+abroad)\b",
         0.7, unless=(r"\b(?:summer\s+holidays|exchange|foster\s+carers|for\s+the\s+weekend|niece|nephew|grandparents)\b",), unless_penalty=0.45),
    # A child's routine or whereabouts asked for or given out to strangers
    Rule("routine_disclosed", LABEL,
         r"\b(?:(?:walks?|goes|gets\s+the\s+bus)\s+home\s+(?:alone|on\s+(?:her|his|their)\s+own|by\s+(?:herself|himself))\b[^.!?]{0,60}?\b(?:every\s+day|at\s+\d|the\s+one\s+(?:with|in)|wearing|year\s+\d)"
         r"|(?:what\s+time|when)\s+does\s+(?:she|he)\s+(?:finish|leave|get\s+out|walk\s+home|get\s+off)"
         r"|does\s+(?:she|he)\s+(?:always\s+)?walk\s+(?:home|to\s+(?:the\s+)?\w+(?:\s+stop)?)\s+(?:alone|on\s+(?:her|his)\s+own|by\s+(?:herself|himself))"
         r"|(?:which|what)\s+(?:one\s+)?of\s+the\s+(?:girls|boys|kids)\b[^.!?]{0,40}?\blives?\s+(?:near|on|by)"
         r"|(?:she|he)\s+lives\s+on\s+\w+\s+(?:close|road|street|avenue|lane|drive|way)\b[^.!?]{0,40}?\b(?:waiting|find\s+her|find\s+him|coming\s+for)"
         r"|(?:isn'?t|is\s+not|not)\s+allowed\s+to\s+know\s+where\s+(?:he|she|we|they)\s+(?:is|are|live|lives|go)|(?:court|non-?molestation|restraining|protection)\s+order"
         r"|(?:always|usually)\s+on\s+(?:her|his)\s+own\s+at\s+the\b[^.!?]{0,40}?\b(?:i'?ll\s+find|i'?ll\s+be|waiting|meet))\b",
         0.7, unless=(r"\b(?:permission|is\s+it\s+ok|what\s+do\s+other\s+parents|old\s+enough|(?:can|could|should|let)\s+(?:he|she|him|her|them|my\s+\w+)\s+walk|(?:are|is)\s+(?:the\s+)?\w+\s+allowed|can\s+(?:my|our|the)\s+\w+)\b",),
         unless_penalty=0.45),
    # Veiled threats in new forms: what is "coming to" someone, grasses, accidents, lists
    Rule("veiled_threat_more", LABEL,
         r"\b(?:what'?s\s+coming\s+to\s+(?:her|him|them|you|u)|what\s+happens\s+to\s+(?:grasses|snitches|people\s+who\s+(?:grass|snitch|pick\s+on))"
         r"|(?:grasses|snitches)\s+get\s+(?:stitches|what)|(?:going\s+to|gonna|will)\s+have\s+an?\s+(?:little\s+|nasty\s+)?accident\s+on\s+(?:his|her|their|the)\s+way"
         r"|(?:hit\s+)?list\s+of\s+names\b[^.!?]{0,40}?\b(?:top\s+of|first\s+on|head|teacher)|(?:stay|keep\s+(?:your|ur)\s+kids)\s+(?:at\s+)?home\s+(?:on\s+\w+\s+)?if\s+(?:you'?re|ur|you\s+are)\s+(?:smart|clever|wise)"
         r"|(?:will|'ll|going\s+to|gonna)\s+answer\s+for\s+(?:it|this|that)|i\s+know\s+people\b(?!\s+(?:are|were|have|think|feel|say|get|will|might|may|find|struggle|love|like|don'?t|can'?t|want|need|work))|(?:i'?ve|ive|i\s+have)\s+seen\s+which\s+car\s+is\s+(?:his|hers|theirs)"
         r"|(?:his|her|their)\s+kids\s+go\s+to\s+(?:your|this|that|the)\s+school\b[^.!?]{0,40}?\b(?:seen|know|car|find))\b",
         0.75, unless=(_HAZARD, r"\b(?:sponsored|race|quiz|lol|haha|karma)\b"), unless_penalty=0.45),
    # Sexual exploitation by older "boyfriends", parties and cars; money-mule offers
    Rule("exploitation_more", LABEL,
         r"\b(?:(?:my|our|her|his|she'?s|he'?s|is|a)\s+1[0-5](?:\s+year\s+old|\s*yo)?\b[^.!?]{0,60}?\b(?:boyfriend|bf|girlfriend|gf)\b[^.!?]{0,30}?\b(?:1[89]|[2-4]\d)\b"
         r"|\b(?:boyfriend|bf|man|lad|guy)\b[^.!?]{0,12}?\b(?:1[89]|[2-4]\d)\b[^.!?]{0,60}?\b(?:my|our|her|his)\s+1[0-5]\s*(?:year\s+old|yo)\b"
         r"|\b(?:1[89]|[2-4]\d)\s*(?:year\s+old|yo)\b[^.!?]{0,60}?\b(?:my|our|her|his)\s+1[0-5]\s*(?:year\s+old|yo)\b"
         r"|makes?\s+(?:her|him|me)\s+do\s+(?:stuff|things|sexual\s+things)\s+with\s+(?:his|her|their)\s+(?:mates|friends)"
         r"|(?:giving|give|gave|gives|buying|bought)\s+(?:year\s+\d{1,2}|young|underage|the|our)(?:\s+year\s+\d{1,2})?\s+(?:girls|boys|kids)\s+(?:drink|alcohol|vodka|drugs|weed)"
         r"|(?:dropped\s+off|picked\s+up|collected)\s+(?:\w+\s+){0,3}?by\s+(?:different|older|random|strange)\s+(?:men|lads|cars)"
         r"|(?:let|use|using|through|into)\s+(?:his|her|their|your|ur|my)\s+bank\s+(?:account|card)|bank\s+(?:card\s+)?details\s+for\s+['\"]?a\s+cut"
         r"|money\s+(?:go\s+)?through\s+(?:his|her|your|ur|their)\s+(?:bank\s+)?account|money\s+mules?"
         r"|(?:men|older\s+(?:men|lads|boys)|adults|grown\s+men)\s+(?:give|gave|giving|gives)\s+(?:her|him|them|the\s+girls|the\s+kids)\s+(?:free\s+)?(?:drugs|drink|alcohol|vodka|weed|pills)"
         r"|(?:pretend(?:s|ing|ed)?\s+to\s+be|claim(?:s|ing|ed)?\s+to\s+be)\s+(?:a\s+)?(?:1[0-6]|a\s+(?:kid|teen|teenager|schoolgirl|schoolboy)|her\s+age|his\s+age|their\s+age)\b"
         r"|(?:knows?|says?|said)\s+things\s+only\s+an\s+adult)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:savings\s+scheme|open\s+a\s+bank|pocket\s+money|man\s+from\s+the\s+bank|cute|in\s+her\s+class|in\s+his\s+class)\b",),
         unless_penalty=0.45),
    # Harmful practices: abuse linked to faith or belief, breast ironing, illness made up for a child
    Rule("harmful_practices", LABEL,
         r"\b(?:(?:evil\s+spirit|possessed|a\s+witch|demons?|the\s+devil)\b[^.!?]{0,60}?\b(?:starv\w+|beat|beating|beaten|hit|hitting|deliver\w*|exorcis\w*|get\s+it\s+out|cast\s+(?:it\s+)?out|burn\w*|locked)"
         r"|(?:starv\w+|beat|beating|beaten|exorcis\w*|deliverance)\b[^.!?]{0,60}?\b(?:evil\s+spirit|possessed|a\s+witch|demons?|the\s+devil)"
         r"|(?:breast|chest)\s+ironing|iron(?:ing)?\s+(?:her|their)\s+(?:chest|breasts)|press(?:es|ing)?\s+her\s+(?:chest|breasts)\s+with"
         r"|(?:telling|tells|told)\s+(?:the\s+)?doctors\s+(?:she'?s|he'?s|she\s+is|he\s+is)\s+(?:ill|sick)\b[^.!?]{0,60}?\b(?:fine|nothing\s+wrong|doesn'?t\s+need|makes?\s+(?:her|him)))\b",
         0.75, unless=(r"\b(?:halloween|costumes?|fortnite|lol|haha|film|book|story|play|macbeth|history|salem)\b",), unless_penalty=0.45),
    # Adults showing children sexual material, or sending pictures of themselves
    Rule("sexual_material_shown", LABEL,
         r"\b(?:(?:showed|shows|showing|sent|sends|sending|airdropped|airdrops)\s+(?:my|her|his|the|a|them|him|her)?\s*(?:\w+\s+){0,2}?"
         r"(?:porn\w*|videos?\s+of\s+(?:adults|people)\s+having\s+sex|(?:a\s+)?(?:picture|photo|pic|video)s?\s+of\s+(?:himself|herself|his\s+private\s+parts|his\s+privates)\s*(?:without\s+(?:any\s+)?clothes|naked|with\s+no\s+clothes|with\s+nothing\s+on)?"
         r"|(?:an?\s+)?explicit\s+(?:photo|picture|video|pic)s?\s+of\s+(?:himself|herself)))\b",
         0.8, unless=_EDUCATIONAL + (r"\b(?:holiday|school\s+trip|passport|selfie\s+with\s+the\s+class|dressed\s+as)\b",), unless_penalty=0.45),
    # A carer too drunk or high to keep a child safe
    Rule("carer_substance_misuse", LABEL,
         r"\b(?:(?:always|constantly|too|so)\s+(?:high|drunk|stoned|wasted|off\s+(?:his|her)\s+face)\b[^.!?]{0,60}?\b(?:needles|drove|driving|pick|collect|baby|little|couldn'?t|barely|passed\s+out)"
         r"|needles\s+(?:on|in|around|lying)\s+(?:the|our)\b|passed\s+out\s+(?:on|in)\s+the\s+(?:sofa|floor|bath|kitchen)\b[^.!?]{0,60}?\b(?:again|baby|brother|sister|kids|hadn'?t)"
         r"|(?:drunk|high|stoned)\b[^.!?]{0,40}?\b(?:drove|driving)\s+(?:off\s+)?(?:with|the\s+kids|her|him|them))\b",
         0.75, unless=(r"\b(?:lol|haha|teachers\s+deserve|residential|wine|gin|party|wedding)\b",), unless_penalty=0.45),
    # A child told to keep quiet about something an adult did
    Rule("told_not_to_mention", LABEL,
         r"\b(?:told|tells|telling|asked|made)\s+(?:her|him|me|them|us|my\s+\w+)\s+(?:to\s+)?not\s+to\s+(?:mention|tell|say\s+anything|speak\s+about)\b"
         r"|\b(?:told|tells|telling|asked)\s+(?:her|him|me|them|us|my\s+\w+)\s+not\s+to\s+(?:mention|tell|say)\b",
         0.45, context=(r"\b(?:hand\s+on|hands\s+on|touch\w*|kiss\w*|thigh|leg|lap|bum|undress\w*|bed|bath|shower|alone|car|lift|teacher|coach|tutor|man|uncle|step\s?dad|neighbour|hurt|bruise\w*|hit)\b",),
         context_boost=0.3, unless=(r"\b(?:surprise|party|present|birthday|christmas|presents|secret\s+santa|reveal|raffle|prize)\b",), unless_penalty=0.4),
    # Marks a child wants gone or unseen: "make the marks fade", "don't want my teacher seeing them"
    Rule("self_harm_hidden_more", LABEL,
         r"\b(?:(?:marks|scars|cuts|scratches|burns)\s+(?:to\s+)?fade|(?:fade|hide|cover)\s+(?:the\s+|my\s+)?(?:marks|scars|cuts|scratches|burns)\b"
         r"|(?:marks|scars|cuts|burns)\b[^.!?]{0,40}?\b(?:don'?t|dont|do\s+not)\s+want\s+(?:my\s+|the\s+)?(?:\w+\s+){0,2}(?:seeing|to\s+see|finding)\s+(?:them|it))",
         0.75, unless=_EDUCATIONAL + (r"\b(?:pen|marker|felt\s+tip|paint|tattoo|sunburn|stretch\s+marks|acne|spots|chickenpox|eczema|surgery|operation|exam\s+marks|marks\s+in)\b",),
         unless_penalty=0.45),
    # A child in physical danger or a child harming animals and siblings (an early sign
    # a safeguarding lead is trained to ask about)
    Rule("child_in_danger", LABEL,
         r"\b(?:(?:left|locked)\s+(?:alone\s+)?(?:in|inside)\s+(?:a|the)\s+(?:hot\s+)?car\b[^.!?]{0,60}?\b(?:hour|hours|windows|alone|crying|heat|sweating)"
         r"|(?:hurting|hurts|kicking|kicks|strangling|killing|kills|torturing|tortures|drowning|drowned)\s+(?:the|our|a|his|her|their)\s+(?:cat|dog|kitten|puppy|hamster|rabbit|guinea\s+pig|pets?)\b[^.!?]{0,60}?\b(?:laugh\w*|sister|brother|baby|on\s+purpose|enjoy\w*)"
         r"|(?:list|ranking)\s+of\s+(?:the\s+)?girls\s+(?:they|he|the\s+boys|we)\s+(?:want\s+to|are\s+going\s+to|will|wanna)\s+['\"]?(?:get|have|do|sleep\s+with|shag|bang|pull))\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:vet|accident|ran\s+over|road|film|book|story|game|sims|minecraft)\b",), unless_penalty=0.45),
    # Threats by insinuation: what someone "deserves", a "last" drive home, windows to
    # watch, a warning already given, a broken face, something flammable, lads sent to "handle it"
    Rule("veiled_threat_insinuated", LABEL,
         r"\b(?:(?:will|'ll|gonna|going\s+to)\s+get\s+what\s+(?:she|he|they|you|u)\s+deserves?"
         r"|(?:might|could|may)\s+(?:well\s+)?be\s+(?:his|her|their|your|ur)\s+last\b(?!\s+(?:day|week|term|year|assembly|match|show|concert|performance|lesson|sports\s+day|christmas|at|in|here|time|one|chance|go|visit|trip))"
         r"|(?:keep\s+an\s+eye\s+on|watch)\s+(?:your|ur|his|her|their)\s+(?:windows|car|house|kids|back\s+door|tyres)\s+if\s+i\s+(?:were|was)"
         r"|(?:had|has\s+had|have\s+had)\s+(?:its|their|his|her|your|ur)\s+(?:last\s+|final\s+)?warning|next\s+time\s+(?:it'?s|its|it\s+will\s+be)\s+for\s+real"
         r"|see\s+how\s+(?:she|he|they|you)\s+(?:feels?|likes?\s+it)\s+when\s+it'?s\s+(?:her|his|their|your)\s+(?:house|car|kids|family)"
         r"|(?:wouldn'?t|won'?t|would\s+not)\s+be\s+so\s+\w+\s+with\s+a\s+broken\s+(?:face|nose|jaw|neck)"
         r"|(?:looks?|is|be)\s+(?:very\s+|quite\s+|so\s+|rather\s+)?flammable|it\s+won'?t\s+be\s+to\s+talk"
         r"|(?:told|sent|sending|telling)\s+my\s+(?:lads|boys|mates|cousins|brothers|crew)\b[^.!?]{0,40}?\b(?:handle|sort|deal\s+with)\s+(?:it|him|her|them)"
         r"|nothing\s+(?:left\s+)?to\s+lose\b[^.!?]{0,60}?\b(?:they'?ll|you'?ll|will|they\s+will)\s+(?:see|pay|regret|learn)"
         r"|without\s+(?:his|her|their)\s+(?:staff|mates|friends|security)\s+around\b[^.!?]{0,40}?\bwaiting)\b",
         0.75, unless=(_HAZARD, r"\b(?:lol|haha|race|quiz|exams?|homework|costume|fancy\s+dress|candles?|bonfire|chemistry|science)\b"), unless_penalty=0.45),
    # Threats as they are written anywhere online, not only about a school: hunting or
    # tracking someone down, beating "the hell out of" them, "coming for" them, getting
    # "my hands on" them, rape, wishing someone dead ("hope you die in a fire"), making
    # them suffer, and blows named with no weapon ("I'll slap you", "I'll deck him").
    Rule("threat_direct_more", LABEL,
         rf"\b(?:{_WILL}\s+(?:\w+\s+)?(?:hunt|track)\s+(?:{_YOU})\s+down"
         rf"|{_WILL}\s+(?:\w+\s+)?(?:beat|kick|knock|smack|slap|punch)\s+the\s+(?:hell|crap|shit|shite|life|living\s+daylights|snot|piss)\s+out\s+of\s+(?:{_YOU}|that\s+\w+)"
         r"|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:coming|comin)\s+(?:for|after)\s+(?:you|u|ya|him|her|them)\b(?!\s+(?:at|in\s+the\s+(?:car|morning)|after\s+school|to\s+(?:collect|pick)))"
         r"|(?:wait|wait\s+till|wait\s+until|when|once|if)\s+i\s+(?:get|lay)\s+(?:my\s+)?hands\s+on\s+(?:you|u|ya|him|her|them|that\s+\w+)"
         rf"|{_WILL}\s+(?:\w+\s+)?rape\s+(?:{_YOU})|(?:hope|wish)\s+(?:you|u|ya|she|he)\s+(?:gets?|got)\s+raped"
         r"|(?:hope|wish)\s+(?:you|u|ya|she|he|(?:your|ur)\s+(?!(?:channel|career|account|business|page|phone|laptop|car|plants?|shop|battery|wifi|stream|followers|subs|video|vids?|game|team|club|band|podcast)\b)\w+)\s+(?:\w+\s+){0,2}?(?:dies?|died|die|drops?\s+dead|chokes?(?!\s+on\s+(?:your|ur|their|his|her|a|the|them|those)\s+(?:\w+\s+)?(?:biscuits?|food|dinner|tea|words|cornflakes|crisps|sandwich\w*|pizza|cake|drinks?|chips|coffee|pies?))|rots?\s+in\s+hell|burns?\s+in\s+hell"
         r"|gets?\s+(?:cancer|killed|murdered|shot|stabbed|run\s+over|hit\s+by\s+a\s+(?:car|bus|lorry|truck|train)))\b(?!\s+(?:of|from|laughing|with\s+laughter))"
         r"|(?:die|burn|rot)\s+in\s+a\s+(?:fire|ditch|hole)"
         rf"|{_WILL}\s+make\s+(?:you|u|him|her|them)\s+(?:suffer|bleed|regret\s+(?:it|this|that|ever)|pay\b(?!\s+(?:for|the|by|online|in|at|via|on|back|£|\d)))"
         rf"|{_WILL}\s+(?:\w+\s+)?(?:punch|slap|smack|choke|strangle|headbutt|deck|batter|thump|whack)\s+(?:{_YOU})\b(?!\s+(?:in\s+(?:the\s+)?(?:game|match|race|quiz|chess)|on\s+(?:the\s+)?(?:game|fifa|xbox)|(?:a|an|the)\s+(?:quick\s+)?(?:message|text|email|e-mail|dm|link|call|photo|pic)))"
         r"|(?:you|u)(?:\s+will|'?ll|\s+'ll)\s+regret\s+(?:it|this|that|ever))\b",
         0.85, unless=(_HAZARD, _HYPERBOLE, _OWN_CHILD_EXASPERATION, _FORGOT_ITEM, _SPORTS_RIVALRY, r"\b(?:game|fifa|fortnite|minecraft|xbox|playstation|chess|tag|pillow\s+fight|film|movie|song|lyrics|book|story|quote|high\s*fives?|hugs?|cuddles?|kisses|shoot\s+(?:your|ur|my|his|her|their)\s+shot)\b"),
         unless_penalty=0.45),
    # Marks left by an implement: "marks on my back from the belt"
    Rule("injury_from_implement", LABEL,
         r"\b(?:marks|bruises?|welts|cuts|lines|red\s+marks)\s+(?:on|all\s+over|across|down)\s+(?:my|her|his|their)\s+(?:\w+\s+){0,2}?(?:from|off)\s+"
         r"(?:the|his|her|a|my\s+\w+'?s|dad'?s|mum'?s|daddy'?s|mummy'?s)\s+(?:belt|slipper|stick|cane|cable|wire|wooden\s+spoon|hanger|buckle|whip|lead)\b",
         0.75, unless=(_EDUCATIONAL[0], r"\b(?:seatbelt|seat\s+belt|horse|dog\s+lead|martial|karate|judo|belt\s+grading|costume)\b"),
         unless_penalty=0.45),
    # A stranger singling out a child by looks and asking who they are
    Rule("child_identity_asked", LABEL,
         r"\b(?:(?:blonde?|ginger|pretty|cute|gorgeous|beautiful|stunning|sexy|fit|little)\s+(?:girl|boy|one)\b[^.!?]{0,60}?[.!?]?\s*(?:what'?s|whats|what\s+is|tell\s+me)\s+(?:her|his)\s+(?:name|insta|snap|age)"
         r"|(?:what'?s|whats|what\s+is)\s+(?:her|his)\s+(?:name|insta|snap|age)\b[^.!?]{0,60}?\b(?:blonde?|ginger|pretty|cute|gorgeous|beautiful|stunning|sexy|fit)\s+(?:girl|boy|one))",
         0.6, unless=(r"\b(?:my\s+(?:niece|nephew|daughter|son|granddaughter|grandson)|found|lost|coat|jumper|party|invite|invitation|thank|kind|lady|man|teacher|staff)\b",),
         unless_penalty=0.45),
    # An online stranger after a child's address, or older than they claim
    Rule("online_stranger", LABEL,
         r"\b(?:(?:wants?|wanted|asked|asking|asks|keeps\s+asking)\s+(?:me\s+)?(?:for\s+)?(?:my|her|his|our)\s+(?:home\s+)?(?:address|postcode)\b[^.!?]{0,60}?\b(?:send|gift|present|meet|visit|come\s+round|pick)"
         r"|(?:says?|said|claims?|claimed)\s+(?:he'?s|she'?s|he\s+is|she\s+is|they'?re|he\s+was|she\s+was)\s+1[0-7]\b[^.!?]{0,60}?\b(?:sounds?\s+(?:like\s+)?(?:a\s+)?(?:man|older|grown|adult|old)|looks?\s+(?:much\s+)?older|grown\s+man|an\s+adult|beard))",
         0.65, context=(r"\b(?:online|fortnite|roblox|minecraft|game|gaming|discord|snap|snapchat|insta|instagram|tiktok|xbox|playstation|app|chat|guy|man|stranger)\b",),
         context_boost=0.15, unless=(r"\b(?:pta|raffle|school\s+office|form|forms|parcel|delivery|amazon|royal\s+mail|christmas\s+card|invitation|party\s+invite|growth\s+spurt|tall\s+for)\b",),
         unless_penalty=0.45),
    # An injury nobody will explain
    Rule("unexplained_injury", LABEL,
         r"\b(?:came|comes|coming|got|gets)\s+home\s+with\s+(?:\w+\s+){0,2}?(?:bruises?|bruising|cuts|marks|a\s+black\s+eye|burns?|a\s+split\s+lip|scratches)\b[^.!?]{0,40}?"
         r"\b(?:won'?t|wont|will\s+not|wouldn'?t|doesn'?t|does\s+not|didn'?t|refuses\s+to|too\s+scared\s+to)\s+(?:say|tell|talk|explain)",
         0.65, unless=(r"\b(?:rugby|football|netball|hockey|pe|sports|playground\s+fall|fell\s+over|trampoline|bike)\b",), unless_penalty=0.4),
    # Hopelessness said plainly: no point in anything, no reason to carry on
    Rule("hopelessness_more", LABEL,
         r"\b(?:(?:don'?t|dont|do\s+not|can'?t|cant|cannot)\s+see\s+(?:the\s+|any\s+)?point\s+(?:of|in)\s+(?:anything|life|living|it\s+all|being\s+here|me)\b(?!\s+(?:if|when|at|for|in\s+(?:the|this)))"
         r"|(?:no|not\s+any)\s+(?:reason|point)\s+(?:to|in)\s+(?:carry(?:ing)?\s+on|go(?:ing)?\s+on|liv(?:e|ing)|be(?:ing)?\s+here|wak(?:e|ing)\s+up)"
         r"|what'?s\s+the\s+point\s+(?:of|in)\s+(?:anything|life|living|me|waking\s+up)\b(?!\s+(?:if|when|at|for|in\s+(?:the|this)))"
         r"|(?:don'?t|dont|can'?t|cant)\s+see\s+(?:the\s+|any\s+)?point\s+(?:of|in)\s+(?:going|carrying)\s+on\b(?!\s+(?:about|with|at)))\b",
         0.65, context=(r"\b(?:anymore|any\s+more|alone|tired|everything|nobody|no\s*one|crying|hate\s+myself)\b",),
         unless=(_HYPERBOLE, r"\b(?:meeting|meetings|homework|form|forms|uniform|rule|rules|policy|app|survey|fundraiser|email)\b"),
         unless_penalty=0.4),
    # A stranger asking when a named child leaves, or offering that child a lift
    Rule("routine_asked", LABEL,
         r"\b(?:(?:what\s+time|when)\s+does\s+(?:your|ur)\s+(?:daughter|son|girl|boy|little\s+\w+|child|kid)\s+(?:finish|leave|get\s+out|walk\s+home|get\s+off|go\s+home)"
         r"|(?:i\s+can|i\s+could|i'?ll|i\s+will|happy\s+to)\s+(?:give|offer)\s+(?:your\s+(?:daughter|son|girl|boy|child|kid)|her|him)\s+a\s+lift\b[^.!?]{0,40}?\b(?:alone|on\s+(?:her|his)\s+own|don'?t\s+tell|no\s+need\s+to\s+tell|our\s+secret|anytime|any\s+time|after\s+school))\b",
         0.6, context=(r"\b(?:lift|alone|on\s+(?:her|his)\s+own|pick\s+(?:her|him)\s+up|walk|car)\b",),
         unless=(r"\b(?:party|parties|swimming|football|rugby|brownies|cubs|scouts|practice|training|club|lesson|rehearsal|playdate|sleepover)\b",),
         unless_penalty=0.4),
    # Children recruited to carry or sell for someone (county lines) in plain words
    Rule("recruitment_offer", LABEL,
         r"\b(?:(?:need|want|looking\s+for|after)\s+(?:a\s+(?:few|couple\s+of)\s+|some\s+)?(?:young|younger)\s+(?:lads|boys|girls|kids|ones|'?uns|people)\s+(?:to\s+)?(?:run|drop|deliver|carry|hold|shot|sell|work)\b"
         r"[^.!?]{0,50}?(?:\b(?:pays?\s+well|good\s+money|easy\s+money|quick\s+money|cash|no\s+questions|for\s+me|for\s+us)\b|£\s?\d+)"
         r"|(?:run|drop|deliver|carry|hold)\s+(?:\w+\s+){0,2}?(?:for\s+me|for\s+us|packages|parcels|bags|food|stuff)\b[^.!?]{0,40}?(?:\b(?:pays?\s+well|good\s+money|easy\s+money|cash(?:\s+in\s+hand)?)\b|£\s?\d+))",
         0.7, unless=(r"\b(?:paper\s*round|newspaper|charity|sponsored|fun\s+run|park\s*run|relay|race|marathon|cross\s+country|job\s+centre|apprentice\w*|vacancy|hiring|we\s+are\s+hiring)\b",),
         unless_penalty=0.45),
    # Violence announced for a time or place: "there will be a shooting on Friday"
    Rule("violence_forecast", LABEL,
         r"\b(?:there(?:\s+will|'ll|\s+is\s+going\s+to|'?s\s+going\s+to|\s+is\s+gonna|'?s\s+gonna)\s+be\s+(?:a\s+)?(?:shooting|stabbing|bombing|bomb|massacre|bloodbath|attack|fight\s+with\s+knives)"
         r"|(?:shooting|stabbing|bombing|massacre|attack)\s+(?:is\s+)?(?:planned|happening|going\s+down)\s+(?:on|at|for|tomorrow|next|this)\b)",
         0.8, unless=(r"\b(?:photo|photos|photography|film|filming|shooting\s+stars?|netball|basketball|football|hockey|practice|goal|hoops|penalty|drill|fire\s+drill|lockdown\s+drill|star|game|fortnite|paintball|laser\s+tag)\b",),
         unless_penalty=0.45),
    # Self-directed, briefer than the suicidal_intent phrases: "nobody would miss me"
    Rule("nobody_would_miss_me", LABEL,
         r"\b(?:no\s*one|nobody|noone)\s+(?:would|will|'?d)\s+(?:even\s+)?(?:miss|notice)\s+me\b|(?:better|happier)\s+off\s+if\s+(?:he|she|i)\s+(?:wasn'?t|weren'?t|was\s+not)\s+(?:there|here|around)",
         0.8, unless=(_HYPERBOLE,), unless_penalty=0.45),
    # --- batch 13: general mechanisms for wording no rule anticipated --------------------
    # An ending offered as relief: the writer will not be "a problem" much longer, has
    # "picked a date", tonight is "the night". Finality words beside burden words.
    Rule("ending_as_relief", LABEL,
         r"\b(?:(?:won'?t|wont|will\s+not|not\s+going\s+to|not\s+gonna)\s+be\s+(?:a|any)\s+(?:problem|burden|bother|worry|trouble)\s+(?:to|for)\s+(?:\w+\s+){0,4}?(?:much\s+longer|for\s+long|soon|after\s+\w+)"
         r"|(?:stop|stopping|quit)\s+being\s+(?:every\s?one'?s|every\s?bodys?'?|every\s+body'?s|a|your|ur|their|the)\s+(?:problem|burden|bother)"
         r"|tonight'?s\s+the\s+night\s+i|tonights\s+the\s+night\s+i"
         r"|(?:a|my|the)\s+plan\s+if\s+i'?ve\s+(?:already\s+)?(?:picked|chosen|set)\s+a\s+date|(?:already\s+)?(?:picked|chosen|set)\s+(?:a|the)\s+date\b[^.!?]{0,30}?\b(?:do\s+it|go|end|plan|leave\s+for\s+good)"
         r"|(?:googl\w+|search\w*|look(?:ing|ed)?\s+up|research\w*|read(?:ing)?\s+about)\s+(?:\w+\s+){0,2}?painless\b|painless\s+(?:ways?|methods?)\s+(?:to|of)\b"
         r"|how\s+(?:high|tall)\s+(?:\w+\s+){1,8}?(?:is|are)\b[^.!?]{0,12}?\basking\s+for\s+a\s+reason)",
         0.75, unless=(_HYPERBOLE, r"\b(?:eating|vegetables|dinner\s+ladies|tantrums?|potty|nappies|teething|behaviour\s+chart|exams?|revision|dentist)\b"),
         unless_penalty=0.45),
    # Punishment named by its implement or its slang, said as if ordinary ("lol normal day"):
    # children minimise, so laughter does not cancel it.
    Rule("implement_punishment", LABEL,
         r"\b(?:got|get|gets|getting|given|had)\s+(?:the\s+)?(?:belt|slipper|wooden\s+spoon|cane|strap|a\s+(?:good\s+)?hiding|leathered|a\s+leathering|a\s+battering|a\s+beating)"
         r"\s+(?:again|for\s+(?:my|his|her|a|the|being|not|getting)|off\s+(?:my|his|her)|every\s+time|when|if|cos|because)",
         0.75, unless=_EDUCATIONAL + (r"\b(?:karate|judo|taekwondo|grading|black\s+belt|belt\s+(?:for\s+)?(?:christmas|birthday)|seat\s?belt|new\s+belt|school\s+belt)\b",),
         unless_penalty=0.45),
    # Being made to do something and filmed, or "stuff" done to a child: coercion told vaguely
    Rule("coerced_act", LABEL,
         r"\b(?:made|makes|make|forced|forces|forcing|pressured|pressuring)\s+(?:me|him|her|them|my\s+(?:son|daughter|brother|sister|friend)|(?:a|the|this)\s+(?:boy|girl|kid|lad))\s+(?:to\s+)?"
         r"(?:do\s+(?:stuff|things|sexual\s+\w+|it)|touch|undress|strip|get\s+undressed)\b[^.!?]{0,60}?\b(?:film\w*|record\w*|video\w*|toilets?|changing\s+rooms?|bed(?:room)?|in\s+the\s+dark|didn'?t\s+want|don'?t\s+like|not\s+to\s+tell)",
         0.7, unless=(r"\b(?:homework|chores|tidy|exercise|press\s?ups|laps|lines|pe\s+lesson|drama|play|kit)\b",), unless_penalty=0.45),
    # Coercive control a child lives with: a parent's phone, keys, passport or money taken,
    # "so she can't leave", permission to buy food, family kept away.
    Rule("coercive_control", LABEL,
         r"\b(?:(?:took|takes|taken|hides?|hid|keeps?|locked\s+away)\s+(?:my\s+)?(?:her|his|mums?|moms?|mams?|their|our)\s+(?:phone|car\s+keys|keys|passports?|bank\s+cards?|money|purse)"
         r"\b[^.!?]{0,40}?\b(?:so\s+(?:she|he|they|we|mum|mom)\s+(?:can'?t|cant|cannot|couldn'?t)|not\s+allowed|can'?t\s+leave|cant\s+leave)"
         r"|(?:has|have|had)\s+to\s+ask\s+(?:him|her|them|his|my\s+\w+)\s+(?:for\s+)?permission\s+to\s+(?:buy|eat|go\s+out|leave|see|spend)"
         r"|checks?\s+(?:all\s+)?(?:her|mums?|moms?|my\s+mums?)\s+(?:receipts|phone|messages|texts|bank)"
         r"|(?:we'?re|we\s+are|she'?s|she\s+is|mum'?s|mum\s+is|mums)\s+not\s+allowed\s+to\s+(?:see|visit|call|ring|talk\s+to)\s+(?:grandma|grandad|nan|granny|her\s+family|our\s+family|anyone|friends))",
         0.7, unless=(r"\b(?:homework|screen\s+time|detention|grounded|bedtime|revision)\b",), unless_penalty=0.45),
    # An adult supplying drink or drugs to children, or lending them a place to party
    Rule("adult_supplies_children", LABEL,
         r"\b(?:(?:giv(?:e|es|ing|en)|gave|hand(?:s|ing|ed)\s+out|suppl(?:y|ies|ying|ied)|buy(?:s|ing)?|bought)\s+(?:them|her|him|us|me|kids|teens|teenagers|the\s+(?:kids|girls|boys|teens))\s+(?:free\s+)?(?:vodka|alcohol|drink|booze|weed|drugs|pills|vapes|edibles|spirits|cider)"
         r"|(?:letting|lets|let)\s+(?:teens|teenagers|kids|girls|boys|young\s+\w+|year\s+\d{1,2}s?)\s+(?:use|stay\s+at|party\s+at|hang\s+out\s+at|sleep\s+at)\s+(?:his|her|their)\s+(?:flat|house|place|garage)"
         r"|(?:hotel|house|flat)\s+parties\s+with\s+(?:older|grown)\s+(?:men|lads|guys|people))",
         0.7, unless=_EDUCATIONAL + (r"\b(?:prom|leavers\s+do|sixth\s+form|over\s+18s?|18th|wedding)\b",), unless_penalty=0.45),
    # A child gone from school and from sight: "not seen at school since september", "gone
    # abroad", "can't come back after the holidays"
    Rule("missing_from_education", LABEL,
         r"\b(?:(?:haven'?t|havent|have\s+not|not|hasn'?t|has\s+not|nobody\s+has)\s+(?:seen|been)\s+(?:\w+\s+){0,5}?(?:at|in)\s+school\s+since"
         r"|(?:she'?s|he'?s|she\s+has|he\s+has|they'?ve)\s+(?:been\s+)?(?:gone|taken|sent)\s+abroad|(?:say|says|said)\s+(?:she'?s|he'?s)\s+gone\s+abroad"
         r"|(?:can'?t|cant|cannot|won'?t|wont|not\s+allowed\s+to)\s+come\s+back\s+to\s+school\s+after\s+the\s+(?:holidays|summer|break))",
         0.7, unless=(r"\b(?:holiday\s+(?:to|in)|wedding|term\s+time\s+holiday|off\s+ill|chickenpox|broken\s+leg|moved\s+schools?|new\s+school)\b",),
         unless_penalty=0.4,
         gate=r"school\s+since|abroad|back\s+to\s+school"),
    # Harm pictured as a joke or a pity: "imagine if someone locked the doors and lit it",
    # "shame if it got a paint job with you in it", "it'd be funny if it caught fire"
    Rule("imagined_harm", LABEL,
         r"\b(?:imagine\s+if|it'?d\s+be\s+(?:funny|hilarious|a\s+shame|a\s+pity)\s+if|itd\s+be\s+(?:funny|hilarious|a\s+shame)\s+if|would(?:n'?t|nt)?\s+(?:it\s+)?be\s+(?:funny|hilarious|a\s+shame|a\s+pity)\s+if"
         r"|(?:be\s+a\s+|real\s+)?(?:shame|pity)\s+if|what\s+if\s+(?:someone|somebody|some1)|hope\s+(?:someone|somebody)\s+(?:finally\s+)?)"
         r"[^.!?]{0,80}?(?:caught\s+fire|(?:set|sets)\s+(?:it\s+)?(?:on\s+)?fire|lit\s+it|(?:locked|lock|locks)\s+(?:the\s+)?(?:\w+\s+)?doors|burn(?:s|ed|t)?\s+(?:it\s+)?down|blew\s+(?:it\s+)?up|blows?\s+(?:it\s+)?up"
         r"|(?:with|and)\s+(?:you|u|them|him|her|every(?:one|body)|the\s+staff)\s+(?:all\s+)?(?:still\s+)?(?:in\s+it|inside)|brakes|crash(?:ed|es)?\s+(?:his|her|their|your|ur)|ran\s+(?:him|her|them)\s+over|got\s+(?:run\s+over|stabbed|shot|jumped))",
         0.75, unless=(_HAZARD, r"\b(?:drill|glitter|confetti|gunpowder\s+plot|guy\s+fawkes|bonfire|candles?|cake|bake|oven|toast|science\s+(?:lesson|experiment)|volcano|rained|snowed)\b"),
         unless_penalty=0.45,
         gate=r"imagine|funny|hilarious|shame|pity|what\s+if|hope\s+some"),
    # A fate with no act named: ending up in the canal, a body bag, brakes to check, a
    # teacher "won't be teaching much longer once my cousins find him"
    Rule("veiled_fate", LABEL,
         r"\b(?:(?:end|ends|ended|ending|wind|winds)\s+up\s+in\s+(?:the\s+)?(?:canal|river|ground|ditch|a\s+(?:ditch|box|bag|wheelchair))"
         r"|(?:in\s+a\s+)?body\s?bags?\b|check\s+(?:his|her|their|your|ur)\s+(?:brakes|tyres|car)\s+before"
         r"|(?:won'?t|wont|will\s+not|not\s+gonna|not\s+going\s+to)\s+be\s+(?:teaching|working|walking|breathing|smiling|around)\s+(?:here\s+)?(?:much\s+longer|for\s+long|after\s+\w+|any\s?more)"
         r"|once\s+(?:my|the|our|his|her)\s+(?:cousins?|brothers?|boys|lads|mates|uncles?|olders|crew|gang)\s+(?:find|get\s+hold\s+of|catch|get|see)\s+(?:him|her|them|you|u)"
         r"|(?:deserves?|get(?:s|ting)?|got|getting)\s+what'?s\s+coming\b|whats\s+coming\s+(?:on|to)\b)",
         0.75, unless=(_HAZARD, r"\b(?:canal\s+(?:walk|boat|trip)|boat\s+trip|duck|fishing|ofsted|inspection|santa|christmas\s+(?:is\s+)?coming|holidays?|retir\w*|karma)\b"),
         unless_penalty=0.45),
    # Stay-away warnings about the school, often with a date: "don't send your kids in",
    # "everyone in that building had better be somewhere else", "countdown starts now"
    Rule("stay_away_warning", LABEL,
         r"\b(?:(?:don'?t|dont|do\s+not|wouldn'?t|would\s+not|better\s+not|i'?d\s+not)\s+(?:send|bring|let)\s+(?:ur|your|the|their|any|my)\s+(?:kids|children|son|daughter|lot|little\s+ones)\s+(?:in|to\s+school|into\s+school|near)"
         r"|(?:had\s+|'d\s+)?better\s+be\s+(?:somewhere\s+else|elsewhere|far\s+away|off\s+site|at\s+home)\b"
         r"|countdown\s+(?:starts|has\s+started|begins|is\s+on)\b[^.!?]{0,80}?\b(?:building|school|everyone|every\s+one|somewhere\s+else|days?)"
         r"|remember\s+the\s+\d{1,2}(?:st|nd|rd|th)\b[^.!?]{0,40}?(?:that'?s\s+all|thats\s+all|i'?m\s+saying|im\s+saying|don'?t|dont|stay))",
         0.75, unless=(_HAZARD, r"\b(?:nits|head\s+lice|chicken\s?pox|sickness|bug|covid|strike|snow|inset|closed|closure|training\s+day|flu|measles|cold|poorly|temperature|rash)\b"),
         unless_penalty=0.45),
    # A weapon or explosion emoji beside a day, an event, a person of the school: the joke
    # that is not one ("jk... unless? 🔪 see u monday")
    Rule("weapon_emoji", LABEL,
         r"(?:🔪|🔫|💣|🧨|💥|🩸|⚰️|⚰)[^.!?]{0,60}?\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|sports\s+day|assembly|mr|mrs|miss|sir|teacher|school|you|u|him|her|them)\b"
         r"|\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|sports\s+day|assembly|planned|not\s+a\s+(?:race|joke|drill)|unless\??|mr|mrs|miss|sir|teacher|school)\b[^.!?🔪🔫💣🧨💥]{0,60}?(?:🔪|🔫|💣|🧨|💥|🩸|⚰️|⚰)",
         0.7, unless=(r"\b(?:disco|party|fireworks?|bonfire|banger|smashed\s+it|nailed\s+it|amazing|brilliant|proud|well\s+done|congrat\w*|cake|goal|match|win|won"
                      r"|blew\s+(?:up|the\s+roof)|was\s+a\s+hit|science|experiment|best\s+lesson|loved|absolute\s+scenes|egg\s+and\s+spoon|sack\s+race"
                      # batch 51-53: a channel's sports highlights ("all the big hits 💥")
                      r"|highlights|subscribe|big\s+hits|tackles?"
                      # batch 54-56: an advert's sparkle ("💥 comment PARIS for the link, half price 💥")
                      r"|link|half\s+price|limited\s+(?:spots|places|offer|time)|discount|gift\s+card|giveaway|promo|voucher\s+code|offer\s+ends)\b",),
         unless_penalty=0.45,
         gate=r"[🔪🔫💣🧨💥🩸⚰]"),
    # A person's routine known and dropped as a hint ("i know mr x walks his dog at 6am,
    # just saying"), an event to be remembered "for the wrong reasons", a building or car
    # that "would look better on fire": laughter does not cancel these.
    Rule("insinuated_threat", LABEL,
         r"\b(?:i\s+know\s+(?:(?:mr|mrs|miss|ms|sir|that|the|your|ur|his|her)\s+)?(?:\w+\s+){0,3}?(?:walks|parks|leaves|drives|jogs|runs|cycles|gets\s+the\s+bus)\b[^.!?]{0,40}?\b(?:at\s+\d|every|alone|on\s+(?:his|her|their)\s+own|by\s+the)"
         r"|(?:memorable|one\s+to\s+remember|remembered|unforgettable|won'?t\s+forget|never\s+forget)\b[^.!?]{0,30}?\bfor\s+(?:all\s+)?the\s+wrong\s+reasons"
         r"|(?:would|'d|will)\s+look\s+(?:\w+\s+){0,2}?better\s+(?:on\s+fire|in\s+flames|burnt|burned|torched|in\s+pieces|smashed\s+up|with\s+(?:a\s+)?brick))",
         0.75, unless=(_HAZARD, r"\b(?:runs?\s+club|park\s*run|lollipop|crossing|paint(?:ed)?|decorat\w*|bonfire|fireworks|christmas\s+lights)\b"),
         unless_penalty=0.45),
    # Idioms of menace with no act in them: "won't know what hit you", "sleep with one eye
    # open", "you'll get yours", a face "rearranged"
    Rule("menace_idiom", LABEL,
         r"\b(?:(?:won'?t|wont|will\s+not|never)\s+know\s+what\s+hit\s+(?:you|u|them|him|her|em)"
         r"|sleep\s+with\s+one\s+eye\s+open|(?:you'?ll|you\s+will|u'?ll|u\s+will|he'?ll|she'?ll|they'?ll)\s+get\s+(?:yours|his|hers|theirs|what'?s\s+coming)"
         r"|(?:face|head|teeth)\s+(?:\w+\s+)?(?:rearranged|caved\s+in|knocked\s+out|kicked\s+in)|(?:rearrange|rearranging)\s+(?:his|her|their|your|ur)\s+face)",
         0.75, unless=(_HAZARD, r"\b(?:surprise\s+party|birthday|prize|results?\s+(?:are|were)\s+(?:great|brilliant)|quiz|raffle)\b"),
         unless_penalty=0.45),
    # Getting high on what is to hand, or selling one's own prescription at school
    Rule("intoxication_at_school", LABEL,
         r"\b(?:(?:sniff(?:ing|s|ed)?|inhal(?:ing|e|es|ed)|huff(?:ing|s|ed)?|snort(?:ing|s|ed)?)\b[^.!?]{0,40}?\b(?:to\s+get\s+high|get(?:ting)?\s+high|get\s+a\s+buzz|for\s+a\s+buzz|at\s+break|in\s+the\s+toilets)"
         r"|\bsell(?:s|ing)?\s+(?:her|his|their|my)\s+(?:\w+\s+)?(?:meds|medication|pills|tablets|prescription)"
         r"|\bswallow(?:ing)?\s+(?:loads|lots|a\s+load|handfuls?|spoonfuls?)\s+of\s+(?:salt|pills|tablets|cinnamon|laundry|detergent))",
         0.7, unless=_EDUCATIONAL + (r"\b(?:cold|hay\s+fever|colds|flu|bug)\b",), unless_penalty=0.45),
    # --- batch 15: ideas that carried the risk in the sc15/sc16 misses ---------------------
    # An ending said plainly: a last post, sorry left for a parent, thinking of "ending it",
    # "might as well", the least painful way, not being here "anyway", tablets saved up or
    # all to be taken, letters already written, "tonight's the night. sorry"
    Rule("ending_said_plainly", LABEL,
         r"\b(?:this\s+(?:is|will\s+be|'ll\s+be)\s+my\s+(?:very\s+)?last\s+(?:post|message|video|comment)\b(?!\s+(?:as|of|for|on|about|before|from|here\s+as)\b)"
         r"|tell\s+my\s+(?:mum|mam|mom|dad|family|parents|nan|brother|sister)\s+(?:i'?m\s+|im\s+|that\s+i'?m\s+)?sorry"
         r"|(?:thinking|thought|thinks)\s+(?:about|of)\s+(?:just\s+)?ending\s+it|might\s+as\s+well\s+(?:just\s+)?(?:end\s+it|die|kill\s+myself|not\s+be\s+here|give\s+up\s+on\s+life)"
         r"|(?:least|less|most\s+painless|quickest|easiest)\s+(?:painful\s+)?way\s+(?:to|of)\s+(?:go|die|do\s+it|end\s+it|end\s+things)\b"
         r"|(?:don'?t|dont|do\s+not)\s+know\s+how\s+(?:much\s+)?longer\s+i\s+can\s+(?:do\s+this|cope|go\s+on|keep\s+going|take\s+(?:it|this))"
         r"|life\s+is\s+(?:so\s+)?(?:pointless|meaningless)"
         r"|(?:not\s+going\s+to|not\s+gonna|won'?t|wont|will\s+not)\s+be\s+(?:here|around|alive)\s+(?:for|after|by)\b[^.!?]{0,40}?\b(?:anyway|so\s+whatever|whatever|doesn'?t\s+matter)"
         r"|(?:what'?s|whats)\s+the\s+point\s+(?:in|of)\s+\w+ing\s+when\s+i'?m\s+not\s+(?:going\s+to|gonna)\s+be\s+(?:here|around)"
         r"|(?:saving|saved|stockpil\w+|hoarding|hiding|collecting)\s+(?:up\s+)?(?:my\s+|mums?\s+|my\s+mum'?s\s+|dad'?s\s+|her\s+|his\s+|the\s+)?(?:tablets|pills|meds|paracetamol|painkillers)\b"
         r"|(?:take|taking|swallow|swallowing|neck)\s+all\s+(?:of\s+)?(?:her|his|my|their|the|mums?|(?:her|his|my)\s+mums?'?s?)\s+(?:tablets|pills|meds|paracetamol|painkillers)"
         r"|(?:wrote|written|writing|left)\s+(?:goodbye\s+)?(?:letters|notes)\s+(?:to|for)\s+(?:my|everyone|all)\b[^.!?]{0,30}?\b(?:already|goodbye|its\s+fine|it'?s\s+fine)"
         r"|tonight'?s\s+the\s+night\W+(?:sorry|goodbye|bye|love\s+you)|(?:i'?m|im)\s+done\W+tonight'?s\s+the\s+night)",
         0.8, unless=(_HYPERBOLE, r"\b(?:book|novel|film|story|character|poem|prescription|pharmacy|chemist|recycl\w*|expired|as\s+(?:head|chair)|pta|leaving|retir\w*)\b"),
         unless_penalty=0.45),
    # Neglect told through what a child lacks: food from bins, a car for a home, locked out
    # all day, nothing eaten since school dinner, food unaffordable, a carer drinking all day
    Rule("neglect_told", LABEL,
         r"\b(?:(?:picking|eating|taking|getting)\s+food\s+(?:out\s+of|from)\s+(?:the\s+)?bins"
         r"|(?:living|sleeping|lives|sleeps|staying)\s+in\s+(?:a|the|their|his|her|our)\s+car\b"
         r"|locked\s+out\s+all\s+day|without\s+having\s+eaten|(?:with\s+)?nothing\s+to\s+eat\b"
         r"|(?:can'?t|cannot|cant)\s+(?:even\s+)?afford\s+(?:food|to\s+eat|to\s+feed)|cereal\s+for\s+(?:tea|dinner)\s+(?:\w+\s+){0,2}?(?:nights|days|again|every)"
         r"|(?:don'?t|dont|do\s+not)\s+have\s+(?:any\s+)?food\s+(?:at|in\s+the)\s+(?:home|house)|only\s+(?:eat|get\s+to\s+eat|eat\s+properly)\s+at\s+school"
         r"|(?:drinks|drinking|drunk)\s+all\s+day|forgets?\s+to\s+(?:pick|collect|feed)\b)",
         0.75, unless=(r"\b(?:food\s+bank\s+(?:collection|donations?)|harvest\s+(?:festival|collection)|charity|drama|story|book|film|lol|haha|camping|sleepover|pe\s+kit|hyperbole|diet)\b",),
         unless_penalty=0.45),
    # Missing notices: "Missing: Jayden, 11", "left home after an argument"
    Rule("missing_notice", LABEL,
         r"\b(?:missing[:\s,-]+(?:\w+[\s,]+){1,2}(?:aged\s+)?\d{1,2}\b|left\s+home\s+after\s+an?\s+(?:argument|row|fight|falling\s+out)"
         r"|(?:hasn'?t|has\s+not|not)\s+(?:come|been)\s+(?:back\s+)?home\s+(?:since|yet|last\s+night))",
         0.75, unless=(r"\b(?:cat|dog|kitten|puppy|tortoise|hamster|rabbit|parrot|budgie)\b",), unless_penalty=0.45),
    # Means found on a child, or asked about for "kids who cut"
    Rule("means_found_on_child", LABEL,
         r"\b(?:(?:found|finding|find|discovered)\s+(?:\w+\s+){0,2}?(?:blades?|razors?|razor\s+blades|sharpener\s+blades|a\s+noose|a\s+ligature|(?:a\s+)?stash\s+of\s+(?:pills|tablets))\s+(?:in|under|hidden|inside)\s+(?:my|her|his|their|our)\b"
         r"|(?:kids|children|pupils|students|someone|young\s+people)\s+who\s+(?:cut|self[\s-]?harm)\b)",
         0.75, unless=_EDUCATIONAL + (r"\b(?:shaving|shave|d\s?&\s?t|design\s+and\s+technology|craft|art\s+lesson|stanley\s+knife\s+for|training\s+(?:on|for)\s+staff|hair)\b",),
         unless_penalty=0.45),
    # Starving for a challenge or a body: "starving herself", "one apple a day"
    Rule("eating_disorder_more", LABEL,
         r"\b(?:starv(?:ing|es|ed)\s+(?:herself|himself|themselves|myself)|(?:only\s+)?eats?\s+(?:only\s+)?(?:one|1|half\s+an?)\s+(?:\w+\s+){0,2}a\s+day\b)",
         0.75, unless=(r"\b(?:ramadan|fasting|sponsored|lol|haha|apple\s+a\s+day\s+keeps|vitamin|fruit\s+challenge)\b",), unless_penalty=0.45),
    # An innocent cause denied: "the bruises on my face aren't from football"
    Rule("injury_cause_denied", LABEL,
         r"\b(?:bruises|bruising|marks|black\s+eye|cuts|burns|split\s+lip|scratches)\b[^.!?]{0,40}?\b(?:aren'?t|isn'?t|weren'?t|wasn'?t|are\s+not|is\s+not|not)\s+(?:really\s+|actually\s+)?(?:from|because\s+of)\s+(?:the\s+|a\s+|her\s+|his\s+)?\w+",
         0.75, unless=(r"\b(?:fell\s+(?:off|over)|bike|trampoline|skateboard|scooter|exam|paper|test|homework|pen|marker)\b",), unless_penalty=0.45),
    # A stranger luring a child: trying to get them to get in a car or see puppies
    Rule("lure_child", LABEL,
         r"\b(?:tried|trying|tries|try)\s+to\s+(?:get|persuade|coax|lure|entice|make)\s+(?:\w+\s+){0,6}?(?:to\s+)?(?:get\s+in(?:to)?|go\s+(?:and\s+)?see|come\s+(?:and\s+)?see|come\s+with|go\s+with|follow)\b",
         0.45, context=(r"\b(?:car|van|puppies|puppy|kittens?|sweets|\d{1,2}\s+year\s+old|little\s+ones|reception|stranger|man|woman|lady|bloke|someone)\b",),
         context_boost=0.3, unless=_EDUCATIONAL + (r"\b(?:panto|show|film|cinema|museum|match|dentist|doctor)\b",), unless_penalty=0.4),
    # An adult who "isn't anyone's dad" near children
    Rule("not_a_parent", LABEL,
         r"\b(?:(?:isn'?t|isnt|is\s+not|not|who'?s\s+not|whos\s+not)\s+(?:a\s+parent|any\s?(?:one|body)'?s\s+(?:dad|mum|parent|grandparent|grandad|nan)|anyones\s+(?:dad|mum|parent))"
         r"|(?:she'?s|he'?s|shes|hes)\s+not\s+a\s+parent)\b",
         0.45, context=(r"\b(?:kids|children|girls|boys|year\s+\d{1,2}|juniors|infants|gates?|waves?|waving|car|lifts?|watch\w*|photo\w*|pics|pictures|filming|camera|lens|gala|swimm\w*)\b",),
         context_boost=0.3, unless=(r"\b(?:lollipop|photographer|supply\s+teacher|new\s+ta|dbs|staff|volunteer|governor|grandparent\s+day)\b",), unless_penalty=0.4),
    # A child asked to go on camera, or to send pictures, by someone online
    Rule("child_asked_on_camera", LABEL,
         r"\b(?:asks?|asked|asking|wants?|wanted|tells?|told|gets?|got|persuaded|convinced|tricked)\s+(?:them|her|him|kids|children|the\s+kids|my\s+(?:\d{1,2}\s+year\s+old|\w+))\s+to\s+"
         r"(?:video\s?call|facetime|go\s+on\s+(?:cam|camera|video)|turn\s+(?:on\s+)?(?:their|her|his)\s+camera|send\s+(?:him|her|them)\s+(?:\w+\s+)?(?:videos?|vids|pics|pictures|photos|nudes|images))\b",
         0.75, unless=(r"\b(?:teacher\s+asked|homework|assignment|zoom\s+lesson|class\s+call|parents\s+evening|grandma|grandad|nan|granny|relatives|cousins?)\b",),
         unless_penalty=0.45),
    # A grown adult in children's chats, or messaging children at night
    Rule("adult_in_children_chat", LABEL,
         r"\b(?:(?:grown|adult|older|random)\s+(?:man|men|woman|adult|bloke|guy)\s+(?:in|on|added\s+to|joined)\s+(?:the|a|our|their|my\s+\w+'?s?)\s+(?:year\s+\d{1,2}\s+|class\s+|kids'?\s+)?(?:whatsapp|group|chat|snapchat|discord|roblox)"
         r"|(?:sending|sends|messaging|messages|texting|dming)\s+(?:the\s+)?(?:kids|children|girls|boys|pupils)\s+(?:\w+\s+){0,2}?(?:at\s+night|late\s+at\s+night|at\s+midnight|privately))\b",
         0.75, unless=_EDUCATIONAL, unless_penalty=0.4),
    # Control at home told by the one controlled: keys and phone taken "again"
    Rule("coercive_control_told", LABEL,
         r"\b(?:husband|partner|boyfriend|ex|he)\s+(?:took|takes|has\s+taken|hides?|hid|keeps?)\s+(?:the|my)\s+(?:car\s+keys|keys|phone|passport|bank\s+cards?|money)\b[^.!?]{0,30}?\b(?:again|so\s+i\s+(?:can'?t|cant|cannot))",
         0.75, unless=(r"\b(?:lol|haha|broke\s+down|mot|service|garage|repair)\b",), unless_penalty=0.45),
    # Paid runs for the young, evasions included: "ez £££ for kids who can do a run to the coast"
    Rule("paid_runs_for_young", LABEL,
         r"\b(?:(?:easy|ez|quick|fast|good)\s+(?:money|cash|£+|p|bread|dough|ps)(?!\w)[^.!?]{0,60}?\b(?:run|runs|runnin[g']?|drops?|deliver\w*|carry\w*|towns?|the\s+coast|county)\b"
         r"|(?:a\s*run|runs?|runnin[g']?|drops?)\s+(?:to|2)\s+(?:the\s+coast|(?:(?:other|\d|two|2|\w+)\s+)?towns?)"
         r"|(?:on\s+trains|to\s+the\s+coast)\b[^.!?]{0,40}?\bby\s+(?:older|grown)\s+(?:men|lads|boys))",
         0.45, context=(r"\b(?:yr\s?\d{1,2}s?|year\s+\d{1,2}s?|kids|lads|youngers|teens|\d\d?\s?yo|school|under\s+1[0-8])\b",),
         context_boost=0.3, unless=(r"\b(?:charity|sponsored|fun\s+run|park\s*run|relay|marathon|cross\s+country|paper\s*round)\b",), unless_penalty=0.45),
    # Porn shown to a child, with any words between
    Rule("porn_shown", LABEL,
         r"\b(?:showed|shows|showing|sent|sends)\s+(?:\w+\s+){0,8}?porn\w*\b",
         0.8, unless=_EDUCATIONAL, unless_penalty=0.45),
    # --- batch 17: risk told in passing, in the middle of ordinary news ---------------------
    # An ending with a date and no death word ("not planning on being around in march")
    Rule("ending_dated", LABEL,
         r"\b(?:i'?m|im|i\s+am)\s+not\s+(?:planning|plann?in'?|intending)\s+(?:on|to)\s+(?:still\s+)?(?:be(?:ing)?|stick(?:ing)?)\s+(?:around|here|alive)\b"
         r"|\bi\s+(?:won'?t|wont|will\s+not)\s+(?:still\s+)?be\s+(?:around|here|alive)\s+(?:by|come|for|in|at)\s+(?:then|march|april|may|june|july|christmas|easter|the\s+summer|summer|sports\s+day|results\s+day|the\s+exams|my\s+birthday)\b",
         0.7, unless=(r"\b(?:work|working|holiday|away|moving|abroad|shift|appointment|visit\w*|wedding|because|cover|pick\s?up|hospital\s+appointment|operation|flight|emigrat\w*|relocat\w*"
                      r"|off\s+to|see\s+my|staying\s+with|(?:a|on|our)\s+trip\s+to|cruise|festival)\b",),
         unless_penalty=0.45),
    # A child used to carry, hold or deliver, whoever asks: pressured "to drop stuff off",
    # given a knife "to hold" for a dealer, "need yung ones for delivery", a drug emoji "line"
    Rule("child_used_to_carry", LABEL,
         r"\b(?:pressur\w*|making|made|gets?|getting|paying|pays?|asking|asked|told|telling|recruit\w*|using|uses?|grooming)\s+(?:\w+\s+){0,3}?(?:year\s+\d{1,2}s?|yr\s?\d{1,2}s?|kids|children|young(?:er)?\s+(?:ones|kids|lads|uns)|youngers|lads|boys|girls|pupils|little\s+ones)\s+(?:to\s+)?(?:carry|hold|hide|drop|deliver|move|stash|keep|sell|run)\b(?!\s+(?:their|his|her|the|our)\s+(?:bags?|books|kit|trays?|chairs|equipment|shopping|coats?|instruments?))"
         r"|\b(?:given|gave|handed|asked\s+to\s+take|passed)\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:knife|blade|gun|package|parcel|bag|phone|drugs|stuff|gear)\s+to\s+\W{0,2}(?:hold|hide|keep|look\s+after|carry|stash|drop)\W{0,2}\s+(?:for|by)\s+(?:a|an|some|the|his|her|their)\b"
         r"|\b(?:need|needs|want|wants|looking\s+for|recruiting|hiring)\s+(?:\w+\s+){0,2}?(?:young|yung|younger|youngers)\s*(?:ones|uns|lads|kids|boys|girls|blood)?\s+(?:for|to)\s+(?:do\s+)?(?:delivery|deliveries|deliver|drops|drop|runs|run|carry|shifts)\b"
         r"|(?:🍃|❄|💊|🌿|🍁|💉)\W{0,8}(?:line|ting|delivery|deliveries|drops?|runs?)\b"
         r"|\b(?:year\s+(?:[3-9]|1[01])s?|yr\s?\d{1,2}s?|1[0-5]\s?(?:yo|year\s+olds?)|under\s+1[0-6]s?)\b[^.!?]{0,40}?\b(?:easy|quick|fast|good)\s+\W{0,6}(?:work|money|cash|£+)(?![^.!?]{0,20}\bof\b)",
         # not _EDUCATIONAL: "can we talk about the fact ..." is how a parent raises it
         0.75, unless=(r"\b(?:lol|haha|assembly|workshop|awareness|lesson|webinar|session|police\s+talk|training|the\s+signs|paper\s*round|charity|sponsored|fundrais\w*|bake\s+sale|tuck\s+shop|enterprise|made\s+easy\s+work)\b",
                       # batch 36-38: boys made to "run until they puked" in training
                       r"\brun\s+(?:until|till|laps|round|around)\b|\bcharacter\s+building\b"),
         unless_penalty=0.45),
    # A parent barred from contact, or turning up drunk, taking a child
    Rule("contact_order_breached", LABEL,
         r"\b(?:has|have|got|there'?s|under|with)\s+(?:a\s+)?(?:no[\s-]contact|non[\s-]molestation|restraining|prohibited\s+steps)\s+order\b"
         r"|\b(?:turned|turns|showed|shows|rolled|came)\s+up\s+(?:\w+\s+)?(?:drunk|smashed|off\s+(?:his|her)\s+face|high|wasted|stoned)\s+(?:at|to)\s+(?:the\s+)?(?:door|gates?|school|pick\s?up|house|home|club|party)\b"
         r"|\b(?:took|snatched|grabbed|taken)\s+(?:him|her|them|my\s+\w+|the\s+kids)\s+(?:\w+\s+){0,3}?(?:without\s+(?:asking|permission|telling|consent)|from\s+(?:school|the\s+gates?|the\s+playground))\b[^.!?]{0,40}?\b(?:not\s+allowed|police|court|drunk|order|scared|refused)\b",
         0.7, unless=_EDUCATIONAL, unless_penalty=0.45),
    # An adult reaching for small children over a boundary: sweets through the railings, a
    # long lens on the playground
    Rule("adult_reaching_children", LABEL,
         r"\b(?:man|men|woman|women|lady|bloke|guy|someone|somebody|stranger|couple|person)\b[^.!?]{0,60}?\b(?:tries|trying|tried|keeps?|kept|has\s+been|have\s+been|been|always|still)\s+(?:to\s+)?(?:give|giving|offer\w*|hand\w*|pass\w*)\s+(?:out\s+)?(?:\w+\s+)?(?:sweets|lollies|lollipops|chocolate|treats|money|vapes?|cigarettes|sweeties)\s+(?:to\s+)?(?:the\s+)?(?:\w+\s+)?(?:kids|children|pupils|girls|boys|little\s+ones|toddlers|reception|nursery)\b[^.!?]{0,40}?\b(?:through|over|across|by|at|outside)\s+(?:the\s+)?(?:railings|fence|gates?|wall|hedge|window|car)\b"
         r"|\b(?:long\s+lens|zoom\s+lens|binoculars|telescope|(?:man|woman|bloke|guy|someone|stranger)\s+(?:\w+\s+){0,4}?(?:with|holding|pointing)\s+a\s+(?:camera|phone|drone))\b[^.!?]{0,80}?\b(?:overlooking|over|into|pointed\s+at|aimed\s+at|at|of|towards)\s+(?:the\s+)?(?:infant\s+|junior\s+|nursery\s+|reception\s+|school\s+|kids'?\s+|children'?s\s+)?(?:playground|playing\s+field|changing\s+rooms?|pool|kids|children|girls|boys)\b",
         0.75, unless=(r"\b(?:sports\s+day|photographer|nativity|official|school\s+photos?|wildlife|birds?|bird\s*watch\w*|football|match|drone\s+show|building\s+work|survey\w*|council|ofsted|parents?'?\s+evening|pta|fair|fete|santa|grandparents?|security|cctv|school\s+video|promo\w*)\b",),
         unless_penalty=0.45),
    # A child gone: ran off and not back, police called
    Rule("child_ran_off", LABEL,
         r"\b(?:ran|run|went|walked|stormed)\s+(?:off|out|away)\b[^.!?]{0,40}?\b(?:hasn'?t|hasnt|has\s+not|have\s+not|haven'?t|not|never|didn'?t|didnt|still\s+not)\s+(?:come|came|been|got)\s+(?:back|home)\b(?!\s+(?:to|for|with)\b)"
         r"|\b(?:hasn'?t|hasnt|has\s+not)\s+(?:come|came)\s+(?:back|home)\b[^.!?]{0,40}?\bpolice\s+(?:called|informed|involved|are\s+looking|searching|out)\b",
         0.75, unless=(r"\b(?:dog|cat|puppy|kitten|tortoise|rabbit|hamster|parrot|budgie|horse|ball|balloon|kite|drone)\b", _PAST_ERA), unless_penalty=0.45),
    # A child sleeping out: "a lad about 12 who sleeps in the bus shelter"
    Rule("child_sleeping_out", LABEL,
         r"\b(?:lad|girl|boy|kid|child|pupil|year\s+\d{1,2})\b[^.!?]{0,60}?\b(?:sleeps?|sleeping|slept|kipping|kips|stays?|staying|living|lives)\s+(?:\w+\s+)?(?:in|on|under)\s+(?:the|a)\s+(?:bus\s+shelter|park|stairwell|doorway|tent|shed|garage|bench|underpass|multi\s?storey|car\s+park|subway|bin\s+store)\b",
         0.75, unless=(r"\b(?:camp\w*|scouts|brownies|guides|cubs|campout|sleepover|festival|duke\s+of\s+edinburgh|dofe|residential|glamping)\b",), unless_penalty=0.45),
    # Eating down to almost nothing, with a worried parent
    Rule("child_eating_too_little", LABEL,
         r"\b(?:she'?s|he'?s|shes|hes|she\s+is|he\s+is|they'?re|only|just)\s+(?:only\s+|just\s+)?(?:eating|eats|having|living\s+on)\s+(?:only\s+)?(?:one|an?|1|half\s+an?)\s+(?:apple|yoghurt|yogurt|cracker|rice\s+cake|slice\s+of\s+toast|banana|piece\s+of\s+fruit)s?\s+a\s+day\b",
         0.7, unless=(r"\b(?:five\s+a\s+day|5\s+a\s+day|keeps\s+the\s+doctor|recipe|snack\s+time|lunchbox\s+ideas)\b",), unless_penalty=0.45),
    # --- batch 19-20: risk in plain words the rules above did not read --------------------
    # Giving up with the fault taken on oneself, help refused because the mind is made up,
    # "i'll just end it" said flat, self-harm abbreviated ("s/h again"), pills or needles
    # left where children play, a parent threatening to take the children abroad or not
    # bring them back, a child offered money to carry a package, an online adult asking a
    # child's school or whether they are home alone, intimate pictures held for payment,
    # nitrous oxide among pupils, a child not heard from since a trip.
    Rule("giving_up_self_blame", LABEL,
         r"\b(?:feel(?:ing)?|felt)\s+like\s+(?:just\s+)?giving\s+up(?!\s+(?:on\s+(?:this|the|my|that|these|those|it)\b|\w+\s+for\s+lent|chocolate|sugar|crisps|sweets|caffeine|coffee|the\s+(?:car|job|allotment|club)|smoking|booze|drinking))\b"
         r"|\b(?:don'?t|dont|do\s+not|no\s+point\s+in)\s+(?:bother(?:ing)?\s+)?(?:try(?:ing)?\s+(?:to\s+|and\s+)?)?(?:help|save|stop|talk)\w*\s+me\b(?!\s+(?:with|pick|choose|find|decide|out\s+of\s+(?:buying|it\s+lol)))[^.!?\n]{0,40}?\b(?:made\s+(?:my\s+mind\s+up|up\s+my\s+mind)|mind\s+(?:is\s+|'?s\s+)?made\s+up|decided|too\s+late)"
         r"|\b(?:i'?ll|ill|i\s+will|i'?m\s+(?:gonna|going\s+to)|im\s+(?:gonna|going\s+to)|might|should)\s+(?:just\s+)?end\s+it(?:\s+all)?(?=\s*(?:[.!?,]|$|i\s+think|tbh|honestly|tonight|now|then\b|x\b))"
         r"|\bs\s*/\s*h\b[^.!?\n]{0,30}?\b(?:again|last\s+night|relapse\w*|\d\w*\s+time|times|urges|clean\s+for)\b",
         0.8, unless=(_HYPERBOLE, r"\b(?:for\s+sale|£|condition|uniform|second\s+hand|book|film|story|game|level|boss|essay|argument|relationship|with\s+(?:him|her)|there|call|meeting)\b"),
         unless_penalty=0.45),
    Rule("danger_left_for_children", LABEL,
         r"\b(?:pills|tablets|needles?|syringes?|drugs|baggies|wraps)\b[^.!?\n]{0,50}?\b(?:play\s*(?:area|ground|park)|park|school\s+gates?|slide|swings|sandpit|field)\b[^\n]{0,80}?\b(?:picked|pick(?:ed)?\s+(?:some|one|them|it)\s+up|swallow\w*|touch\w*|put\s+(?:it|them|one|some)\s+in\s+(?:his|her|their)\s+mouth)"
         r"|\b(?:threaten\w*|going|plans?|planning|wants?|trying)\s+to\s+take\s+(?:them|him|her|the\s+(?:kids|children)|my\s+(?:kids|children|son|daughter|boys|girls))\s+(?:abroad|out\s+of\s+the\s+country|to\s+\w+\s+(?:and|for)\s+(?:good|never|not\s+come\s+back))"
         r"|\b(?:refus\w+|won'?t|wont|will\s+not|not)\s+(?:to\s+)?(?:bring|give|send|return)\w*\s+(?:the\s+(?:kids|children)|them|him|her|my\s+(?:kids|children|son|daughter))\s+back\b"
         r"|\boffered\s+(?:£|\$)?\s?\d+\s*(?:quid|pounds)?\s+to\s+(?:take|drop|deliver|carry|hold|move|run)\s+(?:a|this|some|the)\s+(?:package|parcel|bag|box|bundle)\b"
         r"|\b(?:asked|asking|asks|wanted\s+to\s+know|wants\s+to\s+know)\s+(?:him|her|them|my\s+\w+)\s+(?:\w+\s+){0,6}?(?:if|whether|when)\s+(?:he'?s|she'?s|they'?re|hes|shes|he\s+is|she\s+is|they\s+are|he\s+was|she\s+was)\s+(?:ever\s+)?(?:home|in|left)\s+alone\b"
         r"|\b(?:has|have|got|took|saved)\s+(?:my|her|his|their)\s+(?:pics?|photos?|pictures?|nudes?|vids?|videos?)\b[^.!?\n]{0,40}?\b(?:pay|money|£)\b[^.!?\n]{0,20}?\b(?:or|otherwise|else)\b"
         r"|\bballoons\s*\W{0,3}\s*c?(?:nos|nitrous|laughing\s+gas)\b|\b(?:doing|inhaling|huffing|on)\s+(?:the\s+)?(?:nos|nitrous|laughing\s+gas|whippets|hippy\s+crack)\b|\b(?:nos|nitrous(?:\s+oxide)?|laughing\s+gas)\s+(?:canisters|cans|balloons|bottles)\b"
         r"|\b(?:haven'?t|havent|have\s+not|not)\s+(?:heard\s+from|seen)\s+(?:our|my)\s+(?:daughter|son|child|boy|girl|\w+)\s+since\b[^.!?\n]{0,40}?\b(?:last\s+night|yesterday|this\s+morning|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^\n]{0,80}?\b(?:never\s+(?:came|got)\s+(?:off|home|back|out)|police|not\s+answering|phone\s+(?:is\s+)?off|nobody|no\s+one)",
         0.8, unless=(r"\b(?:prescription|pharmacy|chemist|medicine\s+form|holiday|trip\s+to\s+see|half\s+term|party|birthday|decorat\w*|dentist|clean[-\s]?up\s+(?:day|crew)|amazon|post\s+office|ebay|neighbour|assembly|awareness|talk\s+about|workshop)\b",),
         unless_penalty=0.45),
    # --- batch 21-24: risk in plain words the rules above did not read --------------------
    # A member of staff hurting a child in their care, a punishment that harms ("locked in a
    # cupboard", "stay up all night"), an adult's "special attention" a child dreads; a
    # high place named in the present ("on the bridge rn"); a child put to work by dealers
    # (a phone given, "working for them now", runs asked of younger pupils, drugs "free for
    # now"); meeting someone from an app and told to bring friends; a child running away;
    # a home that will throw a child out "or worse"; a game of choking or eating least;
    # children told to cut off their families; children not seen for months; a protection
    # order broken at the school gate.
    Rule("staff_harms_child", LABEL,
         r"\b(?:teacher|teaching\s+assistant|ta|coach|dinner\s+lady|staff|support\s+worker|carer|supply\s+teacher|instructor|tutor|escort|minibus\s+driver|lunch\s+supervisor)\b[^.!?]{0,40}?"
         r"\b(?:pinch\w*|slap\w*|hits|smack\w*|shov\w*|drags?|dragged|grab\w*|locks?|locked|ties|tied|strap\w*|throttl\w*|yanks?|yanked)\s+(?:the\s+)?(?:children|kids|him|her|them|my\s+(?:son|daughter|child|boy|girl)|pupils)\b(?!\s+(?:the\s+)?(?:ball|register|door\s+open|hand\s+to\s+cross)|\s+(?:a|an|some)\b)"
         r"|\bas\s+(?:a\s+)?punishment\b[^.!?\n]{0,60}?\b(?:locked|lock|shut)\s+(?:him|her|them|me|us)\s+in\b"
         r"|\b(?:locked|lock|shut)\s+(?:him|her|them|me|us)\s+in\s+(?:a|the|his|her|their|my)\s+(?:cupboard|cellar|shed|room|toilet|cage|car|garage|bathroom)\b[^.!?\n]{0,40}?\bas\s+(?:a\s+)?punishment\b"
         r"|\b(?:make|made|makes|making)\s+(?:them|him|her|me|us)\s+(?:stay\s+up\s+all\s+night|sleep\s+(?:outside|in\s+the\s+(?:garden|shed|car|cold))|go\s+without\s+(?:food|dinner|tea|eating)|kneel|stand\s+(?:outside|in\s+the\s+cold))\b[^\n]{0,30}?\bpunish\w*"
         r"|\b(?:gives?|giving|gave|pays?|paying)\s+(?:her|him|them|my\s+\w+)\s+\W?special\s+(?:attention|treatment|cuddles|time)\b[^\n]{0,40}?(?:\W?\s*(?:she'?s|he'?s)\s+\d{1,2}\b|scared|frightened|doesn'?t\s+want|won'?t\s+go)"
         r"|\b(?:cries|crying|scared|frightened|hates\s+going|refuses\s+to\s+go|doesn'?t\s+want\s+to\s+go)\b[^\n]{0,80}?\b(?:gives?|giving|gave)\s+(?:her|him|them)\s+\W?special\s+(?:attention|treatment|cuddles|time)\b",
         0.8, unless=(r"\b(?:ball|game|tag|hide\s+and\s+seek|sleepover|museum|escape\s+room|gently|hugs?|reading|phonics|maths|1:1|one\s+to\s+one|support\s+plan|ehcp|thank\w*|brilliant|lovely|grateful)\b",),
         unless_penalty=0.45),
    Rule("child_at_height_now", LABEL,
         r"\bnot\s+coming\s+back\s+from\s+the\s+(?:bridge|cliff|edge|roof|tracks|river|canal|sea)\b"
         r"|\b(?:sitting|sat|standing|stood|i'?m|im)\s+(?:on|at)\s+(?:the\s+)?(?:edge\s+of\s+(?:the\s+)?)?(?:bridge|roof|ledge|railway|tracks|cliff|multi\s?storey)\b[^\n]{0,30}?\b(?:rn|right\s+now|atm|now)\b[^\n]{0,50}?\b(?:don'?t|dont|do\s+not)\s+know\s+why|\b(?:on|at)\s+the\s+(?:bridge|roof|ledge|tracks|cliff\s+edge)\s+(?:rn|right\s+now|atm)\b[^\n]{0,60}?\b(?:bye|goodbye|sorry|can'?t\s+do\s+this|nobody|no\s+one|posting\s+this)",
         0.8, unless=(r"\b(?:ducks|photo|pic|sunset|view|chips|walk|fishing|trains?\s+go\s+by|geography|field\s+trip|bbq)\b",), unless_penalty=0.45),
    # a game of choking or of eating least: below 0.7 so the concept reading of a dare gone
    # wrong (which names the outcome) still runs and explains it
    Rule("dangerous_game", LABEL,
         r"\b(?:choke|choking|strangl\w*|pass\s+out|passing\s+out|blackout|black\s+out)\b[^.!?]{0,40}?\b(?:game|challenge)\b|\b(?:game|challenge)\b[^.!?]{0,60}?\b(?:choke|choking|pass\s+out|blackout|black\s+out)\b"
         r"|\b(?:challenge|competition|contest|game)\b[^.!?]{0,40}?\b(?:eat|eats|eating)\s+(?:the\s+)?(?:least|nothing)\b|\bwho\s+can\s+(?:eat\s+the\s+least|go\s+(?:the\s+)?longest\s+without\s+(?:eating|food))",
         0.65, unless=(r"\b(?:first\s+aid|grapes|sweets|hazard|board\s+game|charity|sponsored|fundrais\w*|fasting|ramadan|lent|challenge\s+warning)\b",), unless_penalty=0.45),
    Rule("children_unseen", LABEL,
         r"\b(?:kids|children|boy|girl|twins|child)(?:\s+(?:next\s+door|across\s+the\s+road|upstairs|downstairs|over\s+the\s+road))?\s+(?:haven'?t|havent|hasn'?t|hasnt|have\s+not|has\s+not)\s+been\s+seen\s+(?:since|for)\s+(?:the\s+|a\s+)?(?:summer|months?|weeks|easter|christmas|half\s+term|september|ages)\b",
         0.75, unless=(r"\b(?:lost\s+property|on\s+tv|on\s+stage|film|photos?|play|panto|costumes?)\b",), unless_penalty=0.45),
    Rule("child_put_to_work", LABEL,
         r"\bgrooming\s+(?:kids|children|girls|boys|young\s+\w+|pupils)\b[^.!?]{0,60}?\b(?:making|getting|paying|forcing)\s+them\s+(?:to\s+)?(?:do|run|carry|deliver|sell|hold)\b"
         r"|\b(?:gave|give|gives|handed|hands)\s+(?:me|him|her|my\s+\w+)\s+(?:a\s+)?(?:phone|burner|sim|line|package|parcel|bag|trainers|money|cash)\b[^.!?]{0,60}?\b(?:working\s+for\s+(?:them|him|us)|work\s+for\s+(?:them|him|us)|owe[sd]?\s+(?:them|him|us)|work\s+it\s+off|run\s+for\s+(?:them|him))\b"
         r"|\b(?:dealers?|older\s+(?:lads|boys|men|kids)|gang|men\s+in\s+a\s+car)\b[^.!?]{0,40}?\b(?:asking|asked|paying|paid|recruiting|offering)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:run|carry|hold|deliver|move|drop)\b"
         r"|\b(?:gives?|gave|giving|vapes?|weed|pills|drugs|gear|high)\b[^\n]{0,60}?\bfree\s+for\s+now\b",
         0.8, unless=(r"\b(?:phone\s+shop|contract|upgrade|birthday|christmas|xmas|paper\s+round|newspapers?|job\s+centre|dofe|volunteer\w*|charity|food\s?bank|car\s+boot)\b",), unless_penalty=0.45),
    Rule("child_meeting_stranger", LABEL,
         r"\bmeet(?:ing)?\s+(?:up\s+with\s+)?(?:a|the|this|some|that)\s+(?:guy|man|bloke|lad|boy|girl|person|someone|woman)\s+(?:from|off|on)\s+(?:the\s+)?(?:app|snap|snapchat|tiktok|insta|instagram|discord|roblox|fortnite|online|internet|game|xbox|whatsapp|chat)\b[^\n]{0,80}?\b(?:bring\s+(?:my|your|ur|some|a)\s+(?:friends?|mates?|sister|brother)|alone|don'?t\s+tell|dont\s+tell|secret|tonight|at\s+\d|canal|park|woods)"
         r"|\b(?:we'?re|i'?m|im|we\s+are|i\s+am|me\s+and\s+\w+\s+(?:are|r))\s+(?:gonna\s+|going\s+to\s+)?(?:running|run)\s+away\b[^\n]{0,80}?\b(?:not\s+coming\s+back|never\s+coming\s+back|tent|for\s+good|tonight|saturday|sunday|monday|friday|this\s+dump|from\s+home)"
         r"|\b(?:throw|kick|chuck)\s+me\s+out\s+or\s+worse\b|\b(?:he|she|they|dad|mum)(?:'ll|'d|\s+will|\s+would|\s+says\s+(?:he|she)'?ll)\s+(?:kill|hurt|disown|throw\s+me\s+out|kick\s+me\s+out)(?:\s+me)?\s+if\s+(?:he|she|they)\s+(?:finds?|found|knew)\s+out\b"
         r"|\b(?:telling|told|tells|asking)\s+(?:kids|children|teens|pupils|young\s+people|him|her|them|my\s+\w+)\s+to\s+(?:cut\s+off|stop\s+(?:talking\s+to|seeing)|keep\s+secrets\s+from)\s+(?:their|his|her)\s+(?:families|family|parents|mum|dad)\b"
         r"|\b(?:non[\s-]?mol(?:estation)?|restraining|injunction|protection)\s+order\b[^\n]{0,40}?\b(?:trying\s+to\s+take|take\s+(?:our|my|the)\s+(?:daughter|son|kids|children))|\b(?:turned\s+up|showed\s+up)\s+at\s+the\s+(?:gates?|school)\b[^\n]{0,40}?\b(?:non[\s-]?mol(?:estation)?|restraining|injunction|protection)\s+order\b",
         0.8, unless=(r"\b(?:dog|cat|trophy|cup|title|lead|first\s+aid|grapes|sweets|hazard|board\s+game|parents\s+evening|classdojo|class\s+dojo|school\s+app|charity|sponsored|fundrais\w*|fasting|ramadan|lent)\b",), unless_penalty=0.45),
    # batch 25-29: risks of five fresh batches in words the rules above did not read.
    # A child reported missing ("has anyone seen a year 8 boy ... didn't come home", "missing
    # from care", "wandered off ... can't find her"), not a lost coat or a pet.
    Rule("child_reported_missing", LABEL,
         r"\b(?:has\s+anyone\s+seen|have\s+you\s+seen|please\s+(?:look\s+out|keep\s+an\s+eye\s+out)\s+for|anyone\s+seen)\s+(?:a|my|our|this|the)\s+(?:\w+\s+){0,3}?(?:boy|girl|child|son|daughter|lad|kid|toddler|year\s+\d{1,2})\b"
         r"[^\n]{0,120}?\b(?:didn'?t\s+come\s+(?:home|back)|hasn'?t\s+come\s+(?:home|back)|not\s+come\s+home|wandered\s+off|can'?t\s+find|cannot\s+find|missing|not\s+answering|police|not\s+there)"
         r"|\b(?:missing\s+from\s+(?:care|home|her\s+placement|his\s+placement)|(?:son|daughter|child|boy|girl|sister|brother|he|she|kid|lad|grandson|granddaughter|nephew|niece)\s+(?:has|have)\s+(?:gone|been\s+reported)\s+missing|(?:didn'?t|did\s+not|never)\s+(?:come|came)\s+back\s+to\s+the\s+(?:hotel|hostel|coach|camp|tent|dorm)|(?:teachers|staff|police)\s+are\s+(?:out\s+)?(?:looking|searching)\s+for)\b"
         # batch 30-32: "walked out after a row and hasn't come back"
         r"|\b(?:son|daughter|grandson|granddaughter|boy|girl|lad|lass|child|kid|nephew|niece|he|she)\s+(?:walked|ran|stormed|went)\s+(?:out|off)\b[^\n]{0,80}?\b(?:hasn'?t|hasnt|has\s+not|not|never)\s+(?:come|came)\s+(?:back|home)\b(?!\s+(?:to|for)\b)"
         r"|\b(?:my|our)\s+(?:son|daughter|boy|girl|lad|child|kid)\s+(?:is\s+\d{1,2}\s+and\s+)?(?:was\s+meant|was\s+supposed|should\s+have\s+been)\s+(?:to\s+)?(?:\w+\s+){0,8}?(?:an\s+hour|two\s+hours|\d+\s+hours?|ages)\s+ago\b[^\n]{0,60}?\bnot\s+(?:there|answering|home)\b",
         0.75, unless=(r"\b(?:coat|jumper|cardigan|bag|bottle|shoes?|lunch\s?box|book|glasses|hat|scarf|gloves?|kit|teddy|water\s+bottle|tie|blazer|phone|keys|bike)\s+(?:is|was|has|have|are)\b",
                       r"\b(?:lost\s+property|dog|cat|puppy|kitten|tortoise|hamster|rabbit|guinea\s+pig|parrot|budgie|parcel)\b"
                       r"|\b(?:girl|boy|child|son|daughter|lad|kid)'?s\s+(?:\w+\s+)?(?:coat|jumper|cardigan|bag|bottle|shoes?|lunch\s?box|book|glasses|hat|scarf|gloves?|kit|teddy|tie|blazer|phone|keys|bike|scooter|trainers|toy|ball|folder|trophy|medal)\b|\b(?:it'?s|its)\s+missing\b",
                       r"\b(?:found\s+(?:him|her|them)|(?:he|she)'?s\s+(?:home|safe|been\s+found)|all\s+sorted|panic\s+over|false\s+alarm)\b", _PAST_ERA), unless_penalty=0.45),
    # a child out in the cold, the dark or the rain with nobody caring: barefoot at night,
    # flip flops in the snow, locked out for hours; nobody washing a child's clothes
    Rule("child_left_in_the_cold", LABEL,
         r"\b(?:barefoot|bare\s+feet|no\s+shoes|no\s+coat|in\s+flip\s?-?flops|without\s+(?:a\s+)?coat|in\s+(?:just\s+)?(?:a\s+)?t-?shirts?)\b[^\n]{0,60}?\b(?:snow|freezing|the\s+cold|with\s+(?:the\s+)?cold|rain|at\s+night|\d{1,2}\s?pm|midnight)\b"
         r"|\b(?:snow|freezing|at\s+night|midnight)\b[^\n]{0,30}?\b(?:barefoot|no\s+shoes|no\s+coat|flip\s?-?flops|(?:just\s+)?(?:a\s+)?t\W?shirts?)\b"
         r"|\b(?:crying|alone|on\s+(?:her|his|their)\s+own)\b[^\n]{0,40}?\b(?:at|gone|after)\s+(?:1[01]|midnight|[1-3])\s?(?:pm|am|at\s+night)?\b[^\n]{0,20}?\b(?:barefoot|no\s+shoes|no\s+coat|alone)\b"
         r"|\b(?:kids?|kiddies|children|little\s+ones?|child|boy|girl|they|lad|lass)\s+(?:\w+\s+){0,4}?(?:locked\s+out|left\s+outside|shut\s+out)\b[^\n]{0,60}?\b(?:again|hours?|rain|cold|dark|every|pub|till|until)\b"
         r"|\bno\s*(?:one|body)\s+(?:washes|cleans|irons|feeds|cooks\s+for|buys\s+food\s+for)\s+(?:my|me|us|our)\b",
         0.7, unless=(r"\b(?:forgot|forgets|left\s+(?:his|her)\s+(?:coat|shoes)|beach|paddling|splash|sand|summer|sports\s+day|lol|haha|costume|play|nativity|fire\s+drill)\b",), unless_penalty=0.4),
    # a third party's interest in a pictured child: "how old is she? anyone got her insta",
    # "do you know his address? i'd like to send him a prize"; needs a word of the child's
    # looks or a photo to act (a parent asking for a classmate's address for a party does not)
    Rule("interest_in_pictured_child", LABEL,
         r"\bhow\s+old\s+(?:is|'s)\s+(?:she|he|the\s+\w+(?:\s+\w+)?)\b"
         r"|\b(?:anyone|does\s+anyone|do\s+you|do\s+u|who|any\s?one)\s+(?:got|have|has|know)\s+(?:his|her|their)\s+(?:home\s+)?(?:address|insta|instagram|snap|snapchat|number|tiktok|socials|@)"
         r"|\b(?:want|like|wanna|would\s+love)\s+to\s+send\s+(?:her|him)\s+(?:something|a\s+(?:little\s+)?(?:gift|present|prize|treat|message|dm))\b",
         0.35, context=(r"\b(?:pic|pics|picture|photo|photos|video|stunning|gorgeous|pretty|cute|fit|beautiful|smile|blonde|brunette|girls?|boy|lad|year\s+\d{1,2}s?|little|u1\d|sixth\s+form)\b",
                        r"\b(?:address|insta|instagram|snap|snapchat|send\s+(?:her|him))\b"), context_boost=0.2,
         unless=(r"\b(?:party|invite|invitation|birthday|thank\s+you\s+card|get\s+well|card|teacher|miss|sir|mrs|baby|puppy|dog|cat|nan|grandma|grandad)\b",), unless_penalty=0.35),
    # an adult offering children a lift or trying to get them into a vehicle
    Rule("lift_offered_to_child", LABEL,
         r"\btried\s+to\s+(?:get|coax|lure|pull|drag|make|persuade)\s+(?:\w+\s+){1,5}?(?:into|in)\s+(?:the|his|their|a|her)\s+(?:car|van|cab|truck|motor|pick\s?-?up)\b"
         r"|\b(?:offered|offering)\s+(?:\w+\s+){0,4}?a\s+lift\b[^.!?]{0,40}?\b(?:by\s+a|from\s+a|stranger|bloke|claiming|man\s+(?:in|with))\b"
         r"|\b(?:bloke|man|stranger|men|guy|someone)\b[^.!?]{0,40}?\boffer(?:ed|ing)\s+(?:\w+\s+){0,4}?(?:a\s+)?lifts?\b"
         r"|\b(?:want|need|fancy)\s+a\s+lift\s+home\b[^\n]{0,60}?(?:no\s+strings|😉|😏|message\s+me|dm\s+me|inbox)",
         0.45, context=(r"\b(?:my\s+(?:lad|son|daughter|boy|girl|kids?)|kids?|children|child|girls|boys|year\s+\d{1,2}s?|sixth\s+form\w*|pupils?|little\s+ones?|friend)\b",), context_boost=0.25,
         unless=(r"\b(?:grandad|grandma|nan|uncle|auntie|neighbour\s+kindly|car\s+share|carpool|lift\s+share|broke\s+down|thank\s+you\s+to|so\s+kind)\b",), unless_penalty=0.4),
    # drugs sold or left where children are: "w3ed 4 sale year 9s ask me", "kids price dm",
    # a bag of pills by the climbing frame
    Rule("drugs_near_children", LABEL,
         r"\b(?:weed(?!\s*killer)|ket|coke|cocaine|mdma|mandy|pills|xans?|spice|thc|bud|green|gas|zoots?|spliffs?|pingers|edibles)\b[^\n]{0,40}?(?:\b4\s+sale|\bfor\s+sale|\bask\s+me|\bdm\b|\bhmu\b|\bkids?\s+price|£\s?\d|\bcheap\b|\bgoing\s+cheap)"
         r"|\b(?:found|finding)\s+(?:a\s+)?(?:bag|packet|baggie|bags|load)\s+of\s+(?:pills|powder|weed|needles|syringes|tablets)\b[^\n]{0,80}?\b(?:climbing\s+frame|playground|park|green|kids|little\s+ones|children|swings|slide|school)\b",
         0.45, context=(r"\b(?:year\s+\d{1,2}s?|kids?|children|leavers|pupils?|sixth\s+form\w*|under\s?1\d|little\s+ones|climbing\s+frame|playground)\b",), context_boost=0.25,
         unless=(r"\b(?:garden\s+centre|plants?|seeds|paint|lawn|allotment|st\s+patrick|uniform|bus\s+pass|vitamins?|hay\s+fever)\b",), unless_penalty=0.4),
    # recruitment of children into a group with an extremist cue
    Rule("extremist_recruiting_children", LABEL,
         r"\b(?:defend|protect|fight\s+for)\s+(?:their|our|your|the)\s+(?:own\s+)?(?:race|blood|kind|white\s+\w+)\b"
         r"|\b(?:the\s+)?truth\s+(?:they|you|kids)\s+(?:don'?t|dont|won'?t|wont|never)\s+(?:get|learn|hear|teach)\s+(?:in|at)\s+school\b"
         r"|\b(?:real|true)\s+patriots?\b[^\n]{0,60}?\b(?:kids|children|young|teens|lads|group\s+chat|join)\b",
         0.7, unless=(r"\b(?:history|lesson|ww2|world\s+war|documentary|museum|remembrance)\b",), unless_penalty=0.45),
    # a child's money or bank account used by someone else; runners wanted for cash
    Rule("money_mule_or_runner", LABEL,
         r"\b(?:open|lend|rent|borrow|use)\s+(?:me\s+)?(?:your|ur)\s+(?:bank\s+)?(?:account|card)\s+(?:to\s+me|for\s+(?:a|me|\d)|and\s+i)"
         r"|\b(?:money|cash|funds)\s+(?:through|into)\s+(?:your|ur)\s+(?:bank\s+)?account\b[^\n]{0,40}?\b(?:keep|£|cut|easy)"
         r"|\brunner[sz]?\b[^\n]{0,40}?(?:\b1[0-7]\s?\+|\bcash\s+daily|\bcounty\b|\bno\s+q'?s|\bno\s+questions)",
         0.7, unless=(r"\b(?:fun\s+run|charity\s+run|parkrun|park\s+run|race|marathon|sponsor\w*|running\s+club|bean|tomato)\b",), unless_penalty=0.45),
    # a child hurting a parent and the child told by a child ("daddy hurts mummy and then
    # hurts her"), and what "happens at home" given as the reason for tears
    Rule("domestic_abuse_told", LABEL,
         r"\b(?:daddy|mummy|dad|mum|step\s?dad|mums?\s+boyfriend|mams?\s+boyfriend)\s+(?:hurts|hits|kicks|punches|chokes|strangles)\s+(?:mummy|mum|mam|daddy|her|him|them|the\s+kids|my\s+mum)\b"
         r"|\b(?:because\s+of|it'?s\s+about|about)\s+what\s+(?:happens|goes\s+on|he\s+does|she\s+does|they\s+do)\s+at\s+home\b",
         0.7, unless=(r"\b(?:stays\s+at\s+home|homework|chess|fifa|game|netball|football|match|his\s+back|her\s+back|lol|haha)\b",), unless_penalty=0.45),
    # thoughts of ending given as a plan, a search or a farewell
    Rule("ending_planned", LABEL,
         r"\b(?:looking\s+up|look\s+up|googl\w+|search\w*|checking)\s+how\s+(?:high|tall|far\s+down|deep|long\s+it\s+takes)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:bridge|roof|building|multi\s?-?storey|car\s+park|cliff|tower|drop|fall|river)\b"
         r"|\b(?:done\s+with\s+everything|can'?t\s+do\s+this|bye\s+everyone|goodbye\s+everyone|this\s+is\s+it)\b[^\n]{0,60}?\b(?:walk|go|going|head\w*|off)\s+(?:to|down\s+to)\s+the\s+(?:bridge|tracks|railway|river|canal|cliff|roof|quarry)\b"
         r"|\b(?:already\s+)?(?:decided|know|made\s+up\s+my\s+mind\s+about|made\s+my\s+mind\s+up\s+(?:about|on))\s+what\s+i'?m\s+(?:doing|gonna\s+do|going\s+to\s+do)\s+if\s+(?:it'?s|its|they'?re|theyre|(?:my\s+)?results\s+are|i)\s+(?:bad|awful|terrible|fail|don'?t\s+get|not\s+good|get\s+(?:a\s+)?u)\b"
         r"|\bnot\s+(?:doing|gonna\s+do|going\s+to\s+do)\s+this\s+(?:much|for\s+much)\s+longer\b"
         r"|\b(?:hope|wish)\b[^.!?]{0,40}?\b(?:falls?\s+(?:in\s+)?on|collapses?\s+on|caves?\s+in\s+on)\s+me\b"
         r"|\b(?:this\s+is|this'?ll\s+be)\s+my\s+last\s+(?:post|comment|message|video)\b[^\n]{0,80}?\b(?:for\s+trying|only\s+one|sorry|goodbye|bye|take\s+care|love\s+you)\b"
         r"|\b(?:gave|giving|given|give)\s+(?:away\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:\w+\s+){0,4}?(?:away|to\s+(?:my|a)\s+(?:little\s+)?\w+)\b[^\n]{0,60}?\b(?:bye\s+(?:every\s?one|all|guys)|goodbye|won'?t\s+need|wont\s+need|feels\s+right|for\s+good)\b",
         0.75, unless=(r"\b(?:lol|haha|jk|😂|🤣|as\s+chair|pta|retir\w*|leaving\s+do|new\s+job|charity\s+shop|declutter\w*|outgrown|grown\s+out\s+of|car\s+boot|too\s+small|old\s+toys|for\s+the\s+fair|jumble|bake\s+sale|rain|indoor|resits?\s+in|plan\s+b|clearing|college|apprenticeship)\b",), unless_penalty=0.45),
    # dieting that starves: weight lost by fasting or water only, calories counted by a
    # young child, periods stopped by weight worry, eating "properly" stopped for weeks
    Rule("starving_for_weight", LABEL,
         r"\b(?:fasting|water\s+only|only\s+(?:drinking|having)\s+water|not\s+eating|skipping\s+(?:every|all)\s+meals?)\b[^\n]{0,60}?\b(?:lose|lost|drop)\s+\d+\s?(?:stone|st|kg|lbs?|pounds)\b"
         r"|\b(?:lose|lost|drop)\s+\d+\s?(?:stone|st|kg|lbs?|pounds)\b[^\n]{0,60}?\b(?:fasting|water\s+only|not\s+eating|haven'?t\s+eaten|havent\s+eaten)\b"
         r"|\b(?:haven'?t|havent|have\s+not|not)\s+eaten\s+(?:properly|anything\s+proper|a\s+proper\s+meal)\s+(?:in|for|since)\b"
         r"|\b\d{2,4}\s+(?:calories|cals|kcal)\s+is\s+too\s+(?:many|much)\b|\bcounts?\s+calories\b[^\n]{0,80}?\b(?:she|he)\s+is\s+(?:[5-9]|1[0-2]|five|six|seven|eight|nine|ten|eleven|twelve)\b"
         r"|\b(?:stopped|stopping)\s+(?:having\s+)?(?:her|my)\s+periods\b",
         0.7, unless=(r"\b(?:ramadan|lent|yom\s+kippur|blood\s+test|operation|surgery|doctor\s+said|gp\s+said|pregnan\w*|menopause)\b",), unless_penalty=0.45),
    # a dog that went for a child
    Rule("dog_attacked_child", LABEL,
         r"\b(?:dogs?|rottweilers?|xl\s+bull(?:y|ies)|bull\s+terriers?|staffies?|pit\s?bulls?)\b[^.!?]{0,60}?\b(?:went\s+for|attacked|bit|bitten|lunged\s+at|mauled|jumped\s+on)\s+(?:a|my|our|the|two|some)\s+(?:\w+\s+){0,2}?(?:child|children|kid|kids|boy|girl|son|daughter|toddler|little\s+ones?|pupils?)\b",
         0.7, unless=(r"\b(?:lol|haha|licked|friendly|therapy\s+dog|reading\s+dog|cuddl\w*|like\s+(?:a|an)\s+(?:\w+\s+)?dog)\b",), unless_penalty=0.45),
    # batch 30-32: a special school, a post shared into community groups, regional voices.
    # A child hurt or belittled by the adult paid to care for them (an escort, a driver, a
    # carer, staff) and coming home crying or marked; bruises on a child's wrists or arms
    # after being "held" or restrained.
    Rule("carer_harms_child", LABEL,
         r"\b(?:escort|driver|carer|care\s+worker|support\s+worker|one\s+to\s+one|1:1|ta|teaching\s+assistant|staff|minibus|taxi)\b[^\n]{0,140}?\b(?:(?:come|came|comes|coming|got)\s+(?:off|home|out)\s+(?:\w+\s+){0,3}?(?:crying|in\s+tears|shaking|soaked|wet|marked|bruised)|(?:crying|in\s+tears)\s+(?:\w+\s+){0,3}?(?:times|days|again|every))\b"
         r"|\bbruis\w*\s+(?:on|all\s+over|round|around|to)\s+(?:both\s+)?(?:her|his|their|the)?\s*(?:both\s+)?(?:wrists?|arms?|upper\s+arms?|neck|legs?|face|shoulders?)\b[^\n]{0,100}?\b(?:held|restrained|restraint|grabbed|pinned|staff|escort|carer|driver)\b"
         r"|\b(?:held|restrained|pinned\s+down|grabbed)\b[^\n]{0,60}?\bbruis\w*\s+(?:on|all\s+over|round|around|to)\s+(?:both\s+)?(?:her|his|their)?\s*(?:both\s+)?(?:wrists?|arms?|upper\s+arms?|neck|legs?|face|shoulders?)\b",
         0.7, unless=(r"\b(?:thank\w*|brilliant|lovely|kind|patient|fab\w*|amazing|football|rugby|pe|fell|tripped|trampoline|playground\s+accident|injection|blood\s+test)\b",), unless_penalty=0.45),
    # a child's own injuring told, escalating ("punches himself in the face until his nose
    # bleeds, it's getting worse"), and self-harm taken up again
    Rule("self_injury_told", LABEL,
         r"\b(?:he|she|they|my\s+(?:son|daughter|boy|girl|lad|child|kid)|(?:our|the)\s+\w+)\s+(?:keeps\s+)?(?:punch(?:es|ing)|hits?|hitting|bit(?:es|ing)|bangs?|banging|scratch(?:es|ing)|slaps?|slapping)\s+(?:himself|herself|themselves|his\s+(?:own\s+)?(?:head|face|arms?)|her\s+(?:own\s+)?(?:head|face|arms?))\b"
         r"[^\n]{0,80}?\b(?:bleed\w*|blood|broke|broken|worse|every\s+day|over\s+and\s+over|until|nobody|no\s*one|won'?t\s+stop)\b"
         r"|(?:^|[.!?,]\s*|\bi'?m\s+|\bim\s+|\bstarted\s+|\bbeen\s+|\bback\s+to\s+)(?:cutting|self\s?-?\s?harming|burning\s+myself|hurting\s+myself)\s+again\b",
         0.75, unless=(r"\b(?:plan\s+with|ot\b|occupational\s+therap\w*|helmet|hair|grass|hedge|fringe|paper|card|fabric|coupons?|lawn)\b",), unless_penalty=0.45),
    # what holds a person back from ending it, a farewell with an apology for being trouble,
    # no point "in owt" (the dialects' words for "don't" and "anything")
    Rule("ending_held_back", LABEL,
         r"\bthe\s+only\s+(?:thing|reason|one)\s+(?:stopping|keeping|holding)\s+me\s*(?:back\s*)?(?:(?:from\s+(?:doing\s+it|ending\s+it|going\s+through\s+with\s+it))|(?:here|alive|going)|is\s+(?:my|the|our))\b"
         r"|\b(?:goodbye|bye)\s+(?:everyone|every\s?one|all|guys|y'?all)\b[^\n]{0,60}?\bsorry\s+(?:i\s+was|i\s+am|i'?m|im|for\s+being)\s+(?:always\s+|such\s+|so\s+|just\s+|a\s+)*(?:hard\s+work|a\s+burden|burden|a\s+pain|a\s+disappointment|trouble|useless|a\s+let\s*down|a\s+failure|a\s+waste)\b"
         r"|\b(?:don'?t|dont|divvent|divn'?t|dinnae|dinna|canna|cannae|can'?t|cant|cannot)\s+see\s+(?:the|any)\s+point\s+(?:of|in|o)\b[^\n]{0,50}?\bor\s+(?:of\s+|in\s+)?(?:anything|owt|aught|anythin|life|living|any\s+of\s+it)(?:\s+really)?\b",
         0.75, unless=(r"\b(?:price|cost|money|tickets?|weather|babysitter|childcare|parking|traffic|diet|gym|new\s+school|moving|last\s+day|leavers|retir\w*|lol|haha|😂|🤣|homework|meeting|consultation\s+form)\b",), unless_penalty=0.45),
    # a child or a family shown to strangers: where they live or stay, or a characteristic
    # outed ("the trans kid is <name> in year 8"), a hostel room asked for to take gifts
    Rule("child_exposed_to_strangers", LABEL,
         r"\b(?:family|families|new\s+(?:boy|girl|kid|pupil|lad|family|starter)|kids?|boy|girl|lad|children|refugees?|asylum\s+\w+)\b[^\n]{0,80}?\b(?:live|lives|living|staying|stays|stopping|put\s+up)\s+(?:at|in)\s+(?:(?:flat|number|no\.?)\s*\d+|\d+[a-z]?\s+\w+\s+(?:close|road|street|st|avenue|ave|lane|drive|way|crescent|court|grove|terrace|place|gardens)|the\s+\w+\s+(?:hotel|hostel|b\s?&\s?b|inn))\b"
         r"|\bthe\s+(?:trans|gay|lesbian|bi|queer|adopted|foster|fostered|refugee|asylum)\s+(?:kid|boy|girl|child|pupil|lad|lass|one|student)\s+(?:is|=|'s|s)\s+\w+\s+\w+\b[^\n]{0,20}?\b(?:in\s+(?:year\s+)?\d|year\s+\d|everyone\s+should\s+know|\d{1,2}[a-z]\b)"
         r"|\b(?:give|tell|send)\s+me\s+(?:the\s+|which\s+)?(?:hostel|hotel)\s+room\s+(?:he|she|they|the\s+\w+)\b",
         0.75, unless=(r"\b(?:welcome\s+pack|housing\s+officer|council\s+(?:has|have)|school\s+office|fell|fallen|accident|lost|found|dropped|might\s+want\s+to\s+know|tell\s+(?:her|his)\s+(?:mum|dad|parents))\b",), unless_penalty=0.45),
    # coercive control told by the adult living it
    Rule("coercive_control_lived", LABEL,
         r"\b(?:he|she|my\s+(?:husband|partner|wife|boyfriend|girlfriend|ex|fella))\s+(?:won'?t|wont|doesn'?t|does\s+not|never)\s+let\s+(?:me|us)\s+(?:leave\s+the\s+house|go\s+(?:out|anywhere)|leave)\b[^\n]{0,40}?\bwithout\s+(?:him|her|his\s+permission|her\s+permission|asking)\b"
         r"|\b(?:he|she)\s+(?:reads|checks|goes\s+through|tracks|monitors)\s+(?:all\s+)?(?:my|our)\s+(?:phone|messages|texts|emails|bank)\b[^\n]{0,60}?\b(?:won'?t|wont|not\s+allowed|can'?t|cant)\b"
         r"|\b(?:won'?t|wont|doesn'?t)\s+let\s+me\s+(?:\w+\s+){0,6}?\b[^\n]{0,40}?\b(?:he|she)\s+(?:reads|checks|goes\s+through|tracks)\s+(?:all\s+)?my\s+(?:phone|messages|texts)\b",
         0.7, unless=(r"\b(?:dog|puppy|toddler|baby|lol|haha|😂|coat|homework)\b",), unless_penalty=0.45),
    # children carrying, dropping or running for others, paid: "half of year 10 are running
    # for the same lot", "£50 a day to kids ... just carry stuff to some addresses",
    # "tryna make p's? just drop parcels after school"
    Rule("children_run_for_others", LABEL,
         r"\b(?:running|run|runs|working|shotting|dealing|holding)\s+for\s+(?:the\s+same\s+(?:lot|people|gang|crew|man|guys|lads|olders)|them\s+(?:lot|lads|men|guys|olders)|(?:a|the|some)\s+(?:gang|crew|dealers?|olders|older\s+(?:lads|boys|men)))\b"
         r"|\b(?:just|only|simply|easy\s+work,?)\s+(?:\w+\s+)?(?:carry|carrying|drop|dropping|deliver|delivering|take|taking|run|running)\s+(?:\w+\s+){0,2}?(?:stuff|parcels|packages|bags|things|bits|packs)\s+(?:to|round|after|for)\b",
         0.45, context=(r"\b(?:year\s+\d{1,2}|yr\s?\d{1,2}|kids?|yutes|youths?|youngers|teens?|after\s+school|school|ride\s+a\s+bike|under\s?1\d|lads)\b",
                        r"(?:£\s?\d|\bcash\b|\bp'?s\b|\bpaid\b|\bpaying\b|\ba\s+(?:day|week)\b|\bdebt\b|\beveryone\s+(?:round\s+here\s+)?knows)"),
         context_boost=0.25,
         unless=(r"\b(?:paper\s*round|newspapers?|leaflets?|flyers|dofe|amazon|evri|courier\s+company|driving\s+licen[cs]e|1[68]\s?\+|over\s+1[68]|charity|relay|race|club|team|election|council)\b",), unless_penalty=0.45),
    # a child hurt at home, told by another ("the boy in year 6 is being beaten at home");
    # a man's hands on a woman's neck with the children there
    Rule("harm_at_home_told", LABEL,
         r"\b(?:is|are|being|getting|gets|been|was|were)\s+(?:beaten|hit|battered|hurt|abused|starved|locked\s+(?:in|out)|strangled|choked)\s+at\s+home\b"
         r"|\b(?:grabb?(?:ing|in'?|ed|s)|chok(?:ing|in'?|ed|es)|strangl\w*|squeez\w*|had\s+(?:his|her)\s+hands?\s+(?:round|around|on))\s+(?:her|his|the\s+\w+'?s|his\s+wife'?s|his\s+partner'?s)\s+(?:neck|throat)\b",
         0.7, unless=(r"\b(?:wrestl\w*|game|film|drama|play|joke|lol|haha|scarf|necklace|massage|cpr|first\s+aid)\b",), unless_penalty=0.45),
    # a parent or carer afraid of their own temper with a child: a cry for help
    Rule("carer_fears_harming_child", LABEL,
         r"\b(?:scared|afraid|worried|frightened|terrified)\s+(?:that\s+)?i'?m\s+(?:going\s+to|gonna)\s+(?:hurt|harm|lose\s+it\s+with|shake)\s+(?:him|her|them|my\s+(?:son|daughter|boy|girl|baby|child|kids?|little\s+\w+|lad|twins))\b"
         r"|\bi\s+(?:shook|slapped|smacked|hit)\s+(?:him|her|my\s+(?:son|daughter|boy|girl|baby|child|little\s+\w+))\b[^\n]{0,40}?\b(?:never\s+done\s+that|never\s+(?:ever\s+)?(?:hit|done)|scared|help\s+me|please\s+(?:help|someone))\b",
         0.75, unless=(r"\b(?:lol|haha|😂|🤣|hand|awake|rattle|snow\s?globe|tickl\w*|pillow)\b",), unless_penalty=0.45),
    # a child taken by the symbols and slogans of violent extremism
    Rule("extremist_symbols", LABEL,
         r"\b(?:black\s+suns?|sonnenrad|totenkopf|fourteen\s+words|there\s+is\s+no\s+political\s+solution|no\s+political\s+solution|atomwaffen|day\s+of\s+the\s+rope|saint\s+tarrant|siege\s?pill\w*)\b",
         0.75, unless=(r"\b(?:history|lesson|ww2|wwii|documentary|museum|remembrance|prevent\s+training|training|eclipse|sky|sunset|astronom\w*|solar)\b",), unless_penalty=0.45),
    # --- batch 33-35: a school's hard week, games and apps, a nursery and infant school ---
    # A carer too drunk to be trusted with a child, seen at the gate: drunk, steaming,
    # "had a skinful", swaying, slurring, stinking of booze, and then driving off with the
    # child, putting the baby in the car, nearly dropping a child, a toddler handed over.
    Rule("carer_drunk_with_child", LABEL,
         r"\b(?:drunk|steaming|hammered|plastered|legless|paralytic|smashed(?!\s+it)|wasted(?!\s+(?:time|money|journey|trip|food|effort))|off\s+(?:his|her|their)\s+(?:face|head|tits)|had\s+a\s+skinful|(?:stinking|stank|stunk|reeking|reeked|smelt|smelled|smelling|stinks|reeks)\s+of\s+(?:booze|drink|alcohol|beer|wine|cider|vodka|spirits|weed)|slurring|swaying|couldn'?t\s+(?:stand|walk)\s+(?:up|straight))\b"
         r"[^\n]{0,150}?\b(?:drove\s+(?:off|away|home)|driv(?:e|ing)\s+(?:off|away|home|with)|behind\s+the\s+wheel|(?:put|strapped|bundled|threw)\s+(?:the|her|his|their)\s+(?:baby|child|kids?|children|toddler|little\s+\w+|twins)\s+in(?:to)?\s+the\s+car|(?:in|into)\s+the\s+car(?!\s+park)|in\s+the\s+back\b|nearly\s+dropped\s+(?:his|her|the|their)\s+(?:baby|little|son|daughter|child|toddler)|hand(?:ed|ing)?\s+(?:a|the|her|his)\s+(?:toddler|baby|child|kid|little\s+\w+)\s+over"
         # batch 60: at the school run with small children ("slurring. her kids are tiny")
         r"|(?:her|his|their)\s+(?:kids|children|little\s+ones|twins|babies)\s+(?:are|were)\s+(?:tiny|little|so\s+little|so\s+young|young|small|babies)|at\s+(?:drop\s?-?\s?off|pick\s?-?\s?up|the\s+school\s+gates?)|on\s+the\s+school\s+run)",
         0.75, unless=_EDUCATIONAL + (r"\b(?:lol|haha|😂|🤣|designated\s+driver|taxi|uber|drink\s+driv\w*\s+(?:awareness|campaign|talk)|punch\s+drunk|drunk\s+on\s+(?:sugar|power|love)|hot|steaming\s+(?:hot|mad|angry|cup|mug)|film|book|story)\b",), unless_penalty=0.45),
    # After a death, children drawn after it: "i'll join you" on a memorial page, a group
    # chat on "who's going next", asking how he did it, copycats, "see u soon" with a timer,
    # "finish what i started" after useless help.
    Rule("suicide_contagion", LABEL,
         r"\b(?:i'?ll|ill|i\s+will|gonna|going\s+to)\s+(?:be\s+)?join(?:ing)?\s+(?:you|u|him|her|them)\b(?!\s+(?:at|for|on|in\s+the\s+(?:queue|line|hall)|later\s+for))"
         r"|\bwho'?s\s+(?:going|gonna\s+go|next|going\s+to\s+be\s+next)\b"
         r"|\b(?:asked|asking|ask|know|knows|wants?\s+to\s+know|googl\w*|search\w*|looking\s+up)\s+(?:\w+\s+){0,2}?how\s+(?:he|she|they|\w+)\s+did\s+it\b"
         r"|\bsee\s+(?:u|you|ya)\s+soon\b[^\n]{0,40}?\b(?:timer|countdown)\b"
         r"|\bfinish\s+what\s+i\s+(?:started|began)\b",
         0.45, context=(r"\b(?:memorial|vigil|tribute|rip|r\.i\.p|rest\s+in\s+peace|heaven|angel|died|death|passed\s+away|funeral|grave|suicide|killed\s+himself|killed\s+herself|took\s+his\s+own|took\s+her\s+own|leo|useless|counsell\w*|grief|can'?t\s+do\s+this|not\s+since|tiktok|trend|group\s+chat|worried|dangerous|reported)\b",),
         context_boost=0.3,
         unless=(r"\b(?:cake|quiz|queue|choir|party|game|match|fundrais\w*|coffee|drinks|garden|painting|homework|jigsaw|knitting|essay|dinner|costume|baking|lol|haha)\b|😂|🤣",), unless_penalty=0.45),
    # A child drawn into gambling: money lost on packs, case opening or skin sites, told
    # they could win it back, stealing to pay; a streamer's code on a gambling site.
    Rule("child_gambling", LABEL,
         r"\b(?:spent|lost|gambled|blown|blew|wasted)\s+(?:over\s+|nearly\s+|almost\s+)?£\s?\d[\d,]*(?:\s+of\s+(?:my|our|his|her)\s+(?:money|savings|card))?[^\n]{0,50}?\b(?:packs|case\s+opening|cases|skin\s+(?:gambling|betting|sites?)|loot\s*boxes|gambling|betting|spins|crates|roulette|coin\s+flip)\b"
         r"|\b(?:use|using)\s+(?:his|her|their|my|the)\s+code\s+on\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:gambling|betting|case\s+opening|casino|roulette)\s+(?:site|app)\b"
         r"|\b(?:win|won)\s+it\s+(?:all\s+)?back\b[^\n]{0,60}?\b(?:steal\w*|stole|took\s+my\s+card|borrow\w*)\b"
         r"|\b(?:steal\w*|stole)\b[^\n]{0,40}?\bto\s+(?:pay\s+for|fund)\s+(?:it|his\s+\w+|her\s+\w+|the\s+(?:packs|gambling|betting|cases))\b",
         0.45, context=(r"\b(?:my\s+(?:son|daughter|boy|girl|lad|kid|child)|(?:is|he'?s|she'?s|aged)\s+1[0-7]\b|(?:is|he'?s|she'?s|aged)\s+[6-9]\b|year\s+\d|kids?|children|teens?|under\s?age|12|13|14|15)\b",),
         context_boost=0.3, unless=_EDUCATIONAL + (r"\b(?:lottery|raffle|tombola|bingo\s+night|pta|grand\s+national|sweepstake)\b",), unless_penalty=0.45),
    # An adult's stated liking for young children: worn clothes wanted "from your little
    # girls", photos of "the girls especially", a single man "very good with little ones,
    # especially girls under 6", an adult "is 20 and wants ur snaps".
    Rule("adult_preference_for_children", LABEL,
         r"\b(?:buy|want|wanted|looking\s+for|after|pay\w*\s+(?:well\s+)?for|collect)\s+(?:\w+\s+){0,2}?(?:worn|unwashed|used\s+(?:underwear|pants|knickers|swimming\s+costumes?|swimsuits?|tights|socks))\s*(?:\w+\s+){0,2}?(?:from|of|off)\s+(?:your|ur|the|little)\s+(?:little\s+)?(?:girls?|boys?|kids|children|daughters?|sons?|toddlers?|ones)\b"
         r"|\bworn\s+(?:\w+\s+){0,3}?(?:especially|particularly|mainly|preferably)\s+(?:the\s+)?(?:pants|knickers|underwear|swimming\s+costumes?|swimsuits?|leotards?|tights|socks)\b"
         r"|\b(?:especially|particularly|mainly|preferably|only)\s+(?:the\s+)?(?:little\s+)?girls(?:\s+under\s+\d{1,2})?\b[^\n]{0,60}?\b(?:overnights?|for\s+free|inbox|dm|pm|message\s+me|send|full\s+size|full\s+res\w*|originals)\b"
         r"|\b(?:send|inbox|dm|pm|full\s+size|full\s+res\w*|originals|babysit\w*|overnights?|look\s+after)\b[^\n]{0,80}?\b(?:(?:especially|particularly|mainly|preferably|only)\s+(?:the\s+)?(?:little\s+)?girls|(?:the\s+)?(?:little\s+)?girls\s+(?:especially|particularly)|girls\s+under\s+\d{1,2})\b"
         r"|\bsingle\s+(?:man|guy|bloke|male|gent|fella)\b[^\n]{0,60}?\b(?:good\s+with|great\s+with|loves?|babysit\w*|look\s+after|overnights?)\b[^\n]{0,40}?\b(?:kids|children|little\s+ones|girls|boys|toddlers|babies)\b"
         r"|\b(?:is|he'?s|hes|im|i'?m|i\s+am)\s+(?:1[89]|[2-9]\d)\b[^\n]{0,40}?\b(?:wants?|after|add(?:ing)?)\s+(?:ur|your|u|all\s+ur)\s+(?:snaps?|sc|numbers?|insta|pics)\b",
         0.75, unless=(r"\b(?:outgrown|size\s+\d|aged?\s+\d|for\s+my|charity\s+shop|donat\w*|uniform\s+(?:sale|swap|shop)|pta|school\s+photographer|dbs|agency|nanny\s+service)\b",), unless_penalty=0.45),
    # Neglect and harm seen on a young child: always filthy with lice or black teeth,
    # weight lost while a new partner controls the food, marks on the neck every Monday.
    Rule("neglect_seen", LABEL,
         r"\b(?:always|every\s+day|constantly|permanently)\s+(?:so\s+|really\s+)?(?:filthy|dirty|smelly|unwashed|grubby|in\s+the\s+same\s+(?:clothes|uniform))\b[^\n]{0,60}?\b(?:lice|nits|teeth|hungry|sores|nappy|clothes|at\s+\d|bruis\w*|starving|thin)\b"
         r"|\b(?:black|rotten|rotting|decayed)\s+teeth\b[^\n]{0,30}?\b(?:at|aged)\s+[1-6]\b"
         r"|\b(?:lost\s+(?:loads\s+of|so\s+much|a\s+lot\s+of|a\s+load\s+of)\s+weight|(?:so|really|very)\s+(?:thin|skinny)|skin\s+and\s+bone)\b[^\n]{0,80}?\b(?:controls?|controlling|won'?t\s+let|wont\s+let|isn'?t\s+allowed|isnt\s+allowed|not\s+allowed|locks?\s+(?:up\s+)?(?:the\s+)?(?:food|fridge|cupboards?))\b"
         r"|\b(?:controls?|controlling|locks?\s+up)\s+(?:all\s+)?(?:the\s+)?food\b[^\n]{0,60}?\b(?:isn'?t|isnt|not)\s+allowed\b"
         r"|\b(?:always|keeps?|every\s+(?:monday|week|weekend))\b[^.!?\n]{0,40}?\b(?:marks|bruises|bruising|burns|cuts|welts)\s+on\s+(?:his|her|their)\s+(?:neck|face|arms?|legs?|back|wrists?|body|cheeks?)\b[^\n]{0,40}?\b(?:every|each|on\s+a)\s+(?:monday|weekend|week|time|morning|single)\b",
         # 0.65: below 0.7 the concept layer still reads the comment and explains it too
         0.65, unless=(r"\b(?:forest\s+school|mud\w*|paint\w*|garden\w*|sand\s?pit|rugby|football|trampoline|climbing|scooter|bike|eczema|birthmark|diet|slimming|gym|lol|haha|😂)\b",), unless_penalty=0.45),
    # A child exploited or unsafe out of sight: going missing after school and coming back
    # with new trainers and phones; a child run away "twice"; a man exposing himself or
    # climbing the fence during a lockdown; a needle found where children play; a parent
    # fleeing abuse asking the school not to let the other take the children; a game about
    # a school shooter whose players praise real ones.
    Rule("child_unsafe_out_of_sight", LABEL,
         r"\b(?:going\s+missing|goes\s+missing|went\s+missing|disappear\w*|not\s+coming\s+home|out\s+(?:all|till\s+late\s+every)\s+night)\b[^\n]{0,80}?\b(?:new\s+(?:trainers|phones?|clothes|jacket|designer\s+\w+)|two\s+phones|second\s+phone|another\s+phone|wads?\s+of\s+(?:money|cash)|loads\s+of\s+cash)\b"
         r"|\b(?:son|daughter|boy|girl|lad|child|kid)\s+(?:has|'s|had|have)\s+(?:\w+\s+)?run\s+away\s+(?:again|twice|three\s+times|\w+\s+times)\b"
         r"|\b(?:exposing|exposed|flashing|flashed)\s+(?:himself|herself|themselves|his\s+(?:privates|bits|willy|penis))\b"
         r"|\b(?:man|bloke|someone|somebody|stranger|guy|person|men|lads?)\s+(?:was\s+|were\s+|seen\s+)?climb\w*\s+(?:over\s+)?(?:the\s+)?(?:back\s+|school\s+|nursery\s+|playground\s+|side\s+)?(?:fence|gate|wall)\b"
         r"|\b(?:found|finding|picked\s+up|lying|spotted)\s+(?:a\s+|some\s+|two\s+|used\s+|a\s+used\s+)?(?:needles?|syringes?|sharps)\s+(?:in|on|by|near|round|around)\s+(?:the\s+)?(?:\w+\s+)?(?:garden|playground|park|field|fence|sandpit|grass|school|nursery|gate|path)\b"
         r"|\b(?:after\s+what\s+(?:he|she)\s+did|turning\s+up|turned\s+up|court\s+order|not\s+allowed\s+near|injunction|refuge|fled)\b[^\n]{0,100}?\b(?:don'?t|dont|do\s+not|never)\s+let\s+(?:him|her|them|their\s+(?:dad|mum|father|mother))\s+(?:take|collect|pick\s+up|near|have)\s+(?:them|the\s+kids|my\s+kids|the\s+children|her|him|my\s+\w+)\b"
         r"|\b(?:play|plays|playing)\s+as\s+a\s+(?:school\s+)?(?:shooter|gunman|terrorist|bomber)\b|\b(?:praising|praise|worship\w*|glorif\w*|celebrating)\s+(?:the\s+)?(?:real\s+(?:ones|shooters|killers)|school\s+shooters|shooters|mass\s+shooters)\b",
         0.7, unless=(r"\b(?:ball|football|kite|frisbee|sewing|knitting|pine\s+needles|christmas\s+tree|film|movie|documentary|history|lesson|climbing\s+wall|climbing\s+frame|lol|haha|😂)\b",), unless_penalty=0.45),
    # Footage of a child being hurt passed round: the "full video" with the little one who
    # "goes down", a clip of a kid getting jumped (a bare "fight video" is clickbait, spam).
    Rule("assault_footage_shared", LABEL,
         r"\b(?:full|whole|uncut|unedited|unblurred|original)\s+(?:video|vid|clip|footage)\b[^\n]{0,120}?\b(?:(?:goes|went)\s+down\b(?!\s+(?:the|a|to|in|on|at|well|with|like|as|for))|knocked\s+(?:out|spark\s+out)|gets?\s+(?:jumped|battered|beaten|stamped\s+on|kicked\s+in)|stamped\s+on)"
         r"|\b(?:video|vid|clip|footage)\s+of\s+(?:the\s+)?(?:little\s+\w+|kid|boy|girl|lad|year\s+\d{1,2})\s+(?:\w+\s+){0,2}?(?:getting|being)\s+(?:jumped|battered|beaten|stamped\s+on|kicked\s+in|knocked\s+out)\b",
         0.7, unless=_EDUCATIONAL + (r"\b(?:boxing|mma|ufc|wrestling|match|rugby|football|film|movie|trailer|game|fortnite|pillow\s+fight|snowball|water\s+fight|food\s+fight|please\s+(?:don'?t|do\s+not)\s+share|report\s+it|taken\s+down|delete)\b",), unless_penalty=0.45),
    # --- batch 36-38: families new to English, a sixth form and a boarding school, one-liners ---
    # A child put to work: of school age and working nights, all day or till the small
    # hours, in a car wash, a kitchen, a shop ("12 and 13 years ... working in the car wash
    # all day", "15 ... working nights in uncle restaurant until 2am").
    Rule("child_working_long_hours", LABEL,
         r"\bwork(?:s|ing)?\s+(?:nights|all\s+(?:day|night)|every\s+night|late\s+every|(?:until|till|til)\s+(?:[1-5]\s?(?:am)?|midnight)\b|(?:in|at)\s+(?:the\s+|a\s+|an?\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?(?:car\s?wash|kitchen|restaurant|takeaway|shop|factory|fields?|farm|nail\s+bar|market|warehouse|building\s+site)\b[^\n]{0,30}?\b(?:all\s+(?:day|night)|nights|(?:until|till|til)\s+(?:[1-5]\s?am|midnight)|never\s+at\s+school|instead\s+of\s+school))",
         0.45, context=(r"\b(?:(?:[5-9]|1[0-5])\s+(?:and\s+1[0-5]\s+)?(?:years?|yrs?|y/?o)\b|(?:is|are|aged|he'?s|she'?s)\s+(?:[5-9]|1[0-5])\b|never\s+at\s+school|not\s+(?:at|in)\s+school|sleeps?\s+in\s+(?:lessons|class)|year\s+\d{1,2}\b|kids|children)",),
         context_boost=0.3, unless=_EDUCATIONAL + (r"\b(?:paper\s?round|work\s+experience|saturday\s+job|babysit\w*|dad|husband|my\s+partner|shifts?\s+at\s+the\s+hospital|nurse|doctor|lol|haha)\b",), unless_penalty=0.45),
    # Children left alone and afraid of being taken into care: a parent gone for days, a
    # child minding siblings, "please don't tell social services they take us".
    Rule("children_left_fearing_care", LABEL,
         r"\b(?:don'?t|dont|do\s+not|pls\s+dont|please\s+don'?t)\s+tell\s+(?:the\s+)?(?:social\s+services|social\s+workers?|social|the\s+police|police)\b[^\n]{0,30}?\b(?:they(?:'?ll|\s+will|\s+would)?\s+take\s+(?:us|me|my\s+(?:kids|children|brothers?|sisters?|siblings|babies|baby|son|daughter))|take\s+us\s+away|split\s+us\s+up)\b"
         r"|\b(?:mum|mom|mam|mama|dad|parents?)\s+(?:has\s*n'?t|hasnt|hasn't|haven'?t|havent|not|has\s+not)\s+(?:been\s+)?(?:home|back)\s+(?:for|in)\s+(?:\d+|two|three|four|five|six|days)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:hospital|holiday|work\s+trip|business\s+trip|nan'?s|grandma'?s|with\s+(?:my|our)\s+(?:dad|mum|nan|grandma|aunt\w*)|deployed|army)\b",), unless_penalty=0.45),
    # FGM named by what is done and why, without the word: a girl taken abroad "to be cut",
    # girls "cut" to be clean or pure, in "our culture".
    Rule("fgm_told_plainly", LABEL,
         r"\b(?:girls?|daughters?|her|she|baby)\b[^\n]{0,60}?\b(?:to\s+be|get|gets|getting|are|be|been|is)\s+\W?cut\W?\s+(?:to\s+be\s+|so\s+(?:she|they)\s+(?:are|is)\s+)?(?:clean|pure|ready|a\s+woman|like\s+us)\b"
         r"|\b(?:take|taking|send|sending|took)\s+(?:the|her|my|our|his)\s+(?:girl|daughter|baby|niece|sister)\s+to\s+\w+\b[^\n]{0,40}?\W(?:to\s+be|get|be)\s+\W?cut\b"
         r"|\b(?:in\s+our\s+culture|our\s+tradition|back\s+home)\b[^\n]{0,40}?\b(?:girls?|daughters?)\s+(?:are|get|must\s+be|have\s+to\s+be)\s+\W?cut\b",
         0.75, unless=(r"\b(?:hair|fringe|cake|grass|nails|fabric|paper|budget|funding|team|squad|sentence)\b",), unless_penalty=0.45),
    # Violence in a home or on a child heard or seen: "i hear hitting" through the wall, a
    # father who "hit him in the face" with the child's age.
    Rule("violence_to_child_witnessed", LABEL,
         r"\bi\s+(?:can\s+|could\s+)?(?:hear|heard)\s+(?:\w+\s+){0,2}?(?:hitting|smacking|slapping|beating|punching|thumping\s+and\s+(?:crying|screaming))\b"
         r"|\b(?:father|dad|mother|mum|step\s?dad|stepfather|uncle|husband|boyfriend)\b[^\n.!?]{0,30}?\b(?:hit|punched|slapped|kicked|beat|smacked|headbutted)\s+(?:him|her|the\s+(?:boy|girl|child|kid|baby)|my\s+(?:grand)?(?:son|daughter|child|nephew|niece))\s+(?:in|on|across|round)\s+the\s+(?:face|head|ear|mouth|eye)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:ball|football|cricket|rugby|game|film|play|accident\w*|by\s+accident|snowball|pillow|toy|hammers?|hammering|builders?|building\s+site|drill\w*|construction|diy|lol|haha)\b",), unless_penalty=0.45),
    # An adult's closeness to a child past a line: a teacher who kisses a pupil and calls her
    # his favourite, a grown man sending friend requests to a young child, a video demanded
    # on a threat to tell her parents.
    Rule("adult_crosses_line_with_child", LABEL,
         r"\b(?:teacher|coach|tutor|man|uncle|neighbou?r|driver|instructor|he)\b[^\n]{0,80}?\bkiss(?:ed|es|ing)?\s+(?:her|him|my\s+\w+)\b[^\n]{0,60}?\b(?:favou?rite|special|secret|don'?t\s+tell|she\s+is\s+\d|he\s+is\s+\d|\d{1,2}\s+years?)\b"
         r"|\b(?:man|men|adult|bloke|guy|stranger|he)\b[^\n]{0,120}?\bfriend\s+requests?\s+(?:to|for)\s+(?:my|our)\s+(?:\d{1,2}\s+(?:year|yr)\s+old|son|daughter|kid|child|girl|boy|little\s+\w+)"
         r"|\bif\s+(?:she|he|you|u)\s+(?:doesn'?t|don'?t|dont|doesnt|won'?t|wont)\s+send\s+(?:him|her|me|them)\s+(?:a\s+|more\s+|another\s+)?(?:video|vid|pic|pics|picture|photo|nudes?)\b[^\n]{0,60}?\b(?:tell|post|share|send|show|leak|expose)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:grandad|grandpa|nan|grandma|dad|husband|wedding|hand\s+kiss|air\s+kiss|film|play)\b",), unless_penalty=0.45),
    # Drugs sold to students: someone asked to sell or get pills, powders or ketamine near a
    # school or before a trip; delivery to the college gate; a "line" with the first one free;
    # dealing named by emoji (❄ 💊) and by the gates.
    Rule("drugs_sold_to_students", LABEL,
         r"\b(?:any\s?(?:one|body|1)|who'?s|whos|who\s+is|who\s+wants|can\s+(?:any\s?one|some\s?one)|dm\s+me|hmu)\b[^\n]{0,20}?\b(?:selling|sell|got|get\s+me|sort\s+me|for|4)\b[^\n]{0,20}?(?:\b(?:xanax|xans?|zann?(?:y|ies)|ket(?:amine)?|coke|charlie|mdma|molly|pills|ecstasy|pingers|benzos?|spice|a\s+line|lines)\b|❄|💊)"
         r"|(?:\b(?:xanax|xans?|zann?(?:y|ies)|ket(?:amine)?|coke|mdma|pingers|benzos?|a\s+line|lines)\b|❄|💊)[^\n]{0,60}?\b(?:delivery|delivered|first\s+one\s+free|near\s+the\s+(?:school|college|academy)|(?:school|college)\s+gates?|before\s+(?:school|the\s+trip|school\s+trip)|school\s+trip|upper\s+sixth|sixth\s+form|year\s+1[0-3])\b"
         r"|\bwho'?s\s+selling\s+(?:at|by|outside|near)\s+the\s+(?:school\s+)?gates?\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:cakes?|raffle|tickets?|uniform|poppies|programmes|ice\s+cream|hot\s+chocolate|snow\s?(?:man|flakes?|day)|diet\s+coke|coke\s+zero|can\s+of\s+coke|coca|pepsi|paracetamol|calpol|hay\s?fever|county\s+lines\s+(?:talk|awareness))\b",), unless_penalty=0.45),
    # Self-harm and suicide said in a few words: cutting or harm "again",
    # a noose tied, tired of existing, a will written at school, a goodbye "for real" or a
    # "last post"; the wish to die in the family's own language (Welsh, Polish, Romanian,
    # Urdu and Punjabi written in Latin letters).
    Rule("self_harm_said_briefly", LABEL,
         r"(?:^|[.!?,;:]\s*|\bi'?m\s+|\bim\s+|\bbeen\s+|\bstarted\s+)(?:cutting|self\s?-?\s?harm(?:ing)?)\s+again\b|\b(?:keep|kept|started|been|still)\s+cutting\s+(?:my\s+)?(?:arms?|legs?|wrists?|thighs?|myself)\b"
         r"|\b(?:tied|tie|tying|made|making|got)\s+(?:my|a|the)\s+noose\b|\bnoose\s+knot\b"
         r"|\b(?:tired|sick|exhausted)\s+of\s+(?:existing|being\s+alive|being\s+here|breathing|living)\b(?!\s+(?:in|with|on|at|near|next|under|like|off|out|round|around|by)\b)"
         r"|\b(?:wrote|written|writing|made|done)\s+(?:my|a)\s+(?:will|goodbye\s+(?:note|letter)s?)\b[^\n]{0,40}?\b(?:not\s+joking|for\s+real|serious|book|school|lesson|😂|🙃)"
         r"|\b(?:bye|goodbye|good\s?bye)\s+(?:every\s?one|every\s?body|world|all|guys|y'?all)\b[^\n]{0,30}?(?:\bnot\s+coming\s+back\b|\bfor\s+real\b|\bforever\b|\bfor\s+good\b|⚰|🪦|\blove\s+(?:u|you)\s+all\b)"
         r"|\blast\s+post\b[^\n]{0,20}?\blove\s+(?:u|you)\s+all\b"
         r"|\b(?:eisiau|isio|moyn)\s+marw\b|\bchc[eę]\s+umrze[cć]\b|\bnie\s+chc[eę]\s+(?:ju[zż]\s+)?[zż]y[cć]\b|\bvreau\s+s[aă]\s+mor\b|\bmarna\s+chaht[aie]\b|\bmar\s+jana\s+chaht[aie]\b|\bkhud\s?kushi\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:hair|grass|hedge|fringe|paper|onions?|coupons?|costs|corners|class(?:es)?|out\s+shapes|cake|lawn|solicitor|lawyer|probate|executor|mortgage|leaving\s+(?:the\s+)?(?:group|page|school|job)|moving|retir\w*|new\s+job|holiday|half\s+term|summer\s+holidays|september|uni|halloween|decoration|scouts?|knots\s+badge|western|film|costume|rope\s+swing|rain|weather|this\s+weather|heat)\b",), unless_penalty=0.45),
    # Eating less on purpose, told in a line: throwing up after meals "again" or counted in
    # a week; "so fat" and skipping lunch all week.
    Rule("eating_disorder_told_briefly", LABEL,
         r"\b(?:threw|throw(?:ing)?|thrown|made\s+myself\s+throw|make\s+myself\s+throw|sick|being\s+sick)\s+up\s+after\s+(?:tea|dinner|lunch|eating|breakfast|every\s+meal|meals?)\b[^\n]{0,40}?\b(?:again|\d(?:st|nd|rd|th)\s+time|every\s+(?:day|time|night)|this\s+week)\b"
         r"|\b(?:so|too|im|i'?m|i\s+am)\s+(?:so\s+|too\s+)?(?:fat|huge|disgusting)\b[^\n]{0,40}?\b(?:skip\w*|not\s+eat\w*|stop\s+eating|starve\w*)\b"
         r"|\bskip(?:ping)?\s+(?:lunch|meals|breakfast|dinner|tea)\s+(?:all\s+week|again|every\s+day)\b",
         0.7, unless=_EDUCATIONAL + (r"\b(?:bug|virus|norovirus|sickness\s+bug|pregnan\w*|morning\s+sickness|car\s+sick|travel\s+sick|fasting|ramadan|lent|lol|haha)\b",), unless_penalty=0.45),
    # Young people approached to join a cause: an account messaging "our students" to move
    # to "true lands" or join a brotherhood, said to be recruiting.
    Rule("students_approached_to_join", LABEL,
         r"\b(?:account|group|page|profile|people|someone|somebody|man|men|guy)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|keeps?\s+)?(?:messaging|dming|dm'?ing|contacting|approaching|targeting|adding)\s+(?:our|the|my|young|college|school)\s+(?:\w+\s+){0,2}?(?:students|pupils|kids|children|boys|girls|teens|lads)\b[^\n]{0,160}?\b(?:recruit\w*|brotherhood|caliphate|jihad|true\s+lands?|hijrah|race\s+war|white\s+(?:brothers|race|europe)|the\s+cause|travel\s+to|move\s+to\s+\W?(?:syria|true|the\s+land))",
         0.75, unless=(r"\b(?:university|uni|open\s+day|apprentice\w*|army|navy|raf|cadets|football\s+club|sports?\s+club|choir|band)\b",), unless_penalty=0.45),
    # An adult giving students alcohol: staff who took sixth formers into a pub and "bought
    # them shots", a child who "came home in a state".
    Rule("adult_gave_students_alcohol", LABEL,
         r"\b(?:bought|buying|buys|gave|giving|gives|supplied|supplying|served|serving|got)\s+(?:them|the\s+(?:kids|students|pupils|boys|girls|year\s+\d{1,2}s?)|year\s+\d{1,2}s?|my\s+(?:son|daughter|kid|child))\s+(?:\w+\s+)?(?:shots|vodka|alcohol|booze|cider|beers?|wine|pints|spirits|prosecco|alcopops|bevvies|drinks?)\b",
         0.45, context=(r"\b(?:teacher|staff|coach|tutor|trip|pub|bar|year\s+1[0-3]s?|underage|under\s?age|in\s+a\s+state|drunk|hammered|wasted|smashed|1[2-7])\b",), context_boost=0.3,
         # batch 66-68: "drinks" at a bar, not squash on sports day
         unless=(r"\b(?:18th|eighteenth|birthday\s+drinks|graduation|uni|adults?\s+only|staff\s+do|staff\s+party|squash|juice|water|ice\s+lollies|lollies|milkshakes?|smoothies?|slush\w*|hot\s+chocolate|sports\s+day|soft\s+drinks?|fizzy|mocktails?)\b",), unless_penalty=0.45),
    # Neglect told in a line and domestic abuse by its control: a child who never has a coat
    # and smells; a phone smashed "so mum can't ring anyone".
    Rule("neglect_and_control_told_briefly", LABEL,
         r"\bnever\s+(?:has|got|wears|had|brings)\s+(?:a\s+)?(?:coat|breakfast|lunch|socks|shoes|clean\s+clothes)\b[^\n]{0,40}?\b(?:smells?|smelly|dirty|filthy|hungry|parents?\s+never|nobody\s+comes|no\s+one\s+comes)\b"
         r"|\b(?:smashed|broke|broken|took|taken|hid|hidden|snapped)\s+(?:\w+\s+)?phone\s+so\s+(?:mum|mom|mam|she|my\s+mum|nobody|no\s+one|we|i)\s+(?:can'?t|cant|cannot|couldn'?t|could\s+not)\s+(?:ring|call|phone|contact|text|get\s+help)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:lol|haha|😂|fortnite|game|controller)\b",), unless_penalty=0.45),
    # batch 39-41: harm said quietly. A child's self-hatred in a line ("the problem is i hate
    # myself"), weariness with everything ("tired full stop"), a stay on a ward at fifteen,
    # not sleeping or eating "but that's normal"; laughter takes these back.
    Rule("distress_said_quietly", LABEL,
         r"\bi\s+(?:really\s+|honestly\s+|genuinely\s+|just\s+|actually\s+|properly\s+|still\s+)?(?:hate|loathe|despise|can'?t\s+stand)\s+(?:my\s?self|meself)\b(?!\s+(?:for|when|because|cos|cuz|after|sometimes|lol)\b)"
         r"|\b(?:tired|done|exhausted|sick\s+of\s+it)\s+(?:full\s+stop|period|of\s+(?:everything|it\s+all|life|living|being\s+alive|being\s+me|me))\b(?!\s+(?:out|in|with|at|like|on|off|here|next|through|from|under|without)\b)"
         r"|\b(?:was|were|ended\s+up|got\s+put|been|being|was\s+put|spent\s+\w+\s+\w+)\s+(?:on|in)\s+(?:a|the)\s+(?:psych\w*\s+|mental\s+health\s+|adolescent\s+|camhs\s+|eating\s+disorder\s+|secure\s+)?(?:ward|unit)\s+(?:at|aged|when\s+i\s+was)\s+(?:\d{1,2}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
         r"|\b(?:got|was|been)\s+sectioned\s+(?:at|aged|when\s+i\s+was)\s+(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen)\b"
         r"|\bnot\s+(?:really\s+)?(?:sleeping|eating)\s+(?:or|and|nor)\s+(?:sleeping|eating)\b|\b(?:haven'?t|havent|not)\s+(?:slept|eaten)\s+(?:or|and|nor)\s+(?:slept|eaten)\b",
         0.6, unless=(_HYPERBOLE, r"\b(?:assembly|workshop|lesson|awareness|training|poem|song|baby|newborn|teething|toddler|puppy|dog|cat|bug|virus|covid|flu|poorly|sickness|tonsillitis|jet\s?lag|heatwave)\b"),
         unless_penalty=0.45),
    # batch 39-41: a child's harm told in passing, often with a joke or a shrug. Bruises
    # explained away ("from football according to him. every week though"), a question
    # "asking for reasons" about a bruise, a child hit "with a slipper" or "disciplined" till
    # there is a mark, food locked away or earned by chores, a pupil's beating filmed and
    # passed round, children of five walking themselves home, money to pupils for selfies.
    Rule("harm_told_in_passing", LABEL,
         r"\b(?:bruis\w*|marks?|burns?|black\s+eyes?|welts?|cuts)\b[^\n]{0,40}?\b(?:according\s+to\s+(?:him|her|them)|(?:he|she|they)\s+(?:says?|said|claims?|claimed|reckons?)|so\s+(?:he|she|they)\s+(?:says?|said|claims?)|supposedly|(?:says?|said|claims?)\s+it\s+was)\b[^\n]{0,40}?\b(?:every\s+(?:week|time|day|month|weekend)|again|always|though|keeps?\s+happening|not\s+the\s+first)\b"
         r"|\b(?:bruis\w*|blood|cuts?|burns?|plasters?|bandages?|scars?|black\s+eye)\b[^\n]{0,80}?\basking\s+for\s+(?:reasons|a\s+(?:mate|friend|pal)|no\s+reason)\b"
         r"|\basking\s+for\s+(?:reasons|a\s+(?:mate|friend|pal))\b[^\n]{0,80}?\b(?:bruis\w*|blood|cuts?|burns?|plasters?|bandages?|scars?|black\s+eye)\b"
         r"|\b(?:hits?|hitting|hit|whacks?|whacking|smacks?|smacking|belts?|beats?|beating)\s+(?:him|her|them|me|us|the\s+kids|my\s+\w+)\s+with\s+(?:a|the|his|her|their|my)\s+(?:slipper|belt|shoe|wooden\s+spoon|spoon|stick|cable|wire|hanger|coat\s+hanger|ruler|lead|hairbrush|brush)\b"
         r"|\b(?:partner|boyfriend|girlfriend|bf|gf|husband|wife|step\s?dad|step\s?mum|dad|mum|fella|other\s+half|he|she)\s+(?:disciplines?|punishe?s|sorts?\s+out)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:kids|children|boys|girls|little\s+ones|him|her|them)\b[^\n]{0,80}?\b(?:marks?|bruis\w*|red|swollen|kept\s+(?:her|him|them)\s+(?:off|home)|can'?t\s+sit|black\s+eye)\b"
         r"|\b(?:she|he|they|mum|dad|my\s+\w+|(?:his|her|their)\s+\w+|step\s?\w+|partner|boyfriend|girlfriend|wife|husband)\s+(?:locks?|locked|padlocks?|padlocked)\s+(?:the\s+)?(?:fridge|food|cupboards?|snacks?)\b(?!\s+tech)"
         r"|\b(?:only|don'?t|dont|never)\s+(?:get|gets|got|allowed)\s+(?:any\s+)?(?:food|fed|to\s+eat|dinner|tea|meals?|breakfast)\s+(?:if|unless|when|until|once)\s+(?:they|he|she|we|i)\s+(?:finish|do|done|have\s+done|are\s+good)"
         r"|\b(?:video|vid|tiktok|clip|footage|snap)\s+(?:of\s+)?(?:a|one\s+of\s+the|the|some|this)?\s*(?:\w+\s+){0,3}?(?:boys?|girls?|kids?|pupils?|child|lad|lass|year\s+\d{1,2}s?)\s+(?:\w+\s+){0,2}?(?:being|getting|get)\s+(?:hit|beaten|battered|punched|kicked|attacked|jumped|beaten\s+up|stripped|bullied|hurt)\b(?!\s+(?:by|with)\s+(?:a\s+|the\s+)?(?:pies?|sponges?|water|balloons?|custard|snowballs?|foam|balls?|bean\s?bags?))"
         r"|\b(?:walk\w*|get(?:s|ting)?|go(?:es|ing)?|tak(?:e|es|ing))\s+(?:themselves|himself|herself)\s+home\b[^\n]{0,80}?\b(?:they'?re|he'?s|she'?s|aged?|only)\s+(?:[2-8]|two|three|four|five|six|seven|eight)\b"
         r"|\b(?:reception|nursery|year\s+(?:1|one))\b[^\n]{0,60}?\b(?:walk\w*|get(?:s|ting)?|go(?:es|ing)?)\s+(?:themselves|himself|herself)\s+home\b[^\n]{0,60}?\b(?:never|nobody|no\s+one|every\s+(?:day|night)|since|on\s+their\s+own|alone)\b"
         r"|(?:£\s?\d+|\b(?:\d+\s?(?:quid|pounds)|money|cash|robux|v-?bucks|gift\s+cards?|vouchers?)\b)[^\n]{0,60}?\b(?:any|every|the\s+first|each)\s+(?:pupil|kid|child|girl|boy|student)s?\s+(?:who|that)\s+(?:messages?|sends?|dms?|inboxes?|snaps?)\s+(?:me\s+)?(?:a\s+|their\s+|his\s+|her\s+)?(?:selfie|photo|pic|picture|video|snap)",
         0.65, unless=(r"\b(?:assembly|workshop|lesson|awareness|training|yearbook|for\s+the\s+(?:competition|newsletter|website|display)|climb\w*|child\s?-?\s?proof|child\s+locks?|dogs?|puppy|water\s+balloons?|sponges?|wet\s+sponge|pie|custard|snowballs?|foam|nerf|drama|play|film|rehearsal|nosebleed|period)\b", _PAST_ERA),
         unless_penalty=0.4),
    # batch 42-44: a school in the news, its YouTube gamers, and older voices (neighbours,
    # grandparents, governors) telling what they noticed. The ideas, not the batch's words:
    # An adult reaching children around their guardians: contact, photos or ages asked for
    # while the parents or the school are to be kept out ("no parents please", "don't
    # involve the school", "somewhere ur mum cant see"), or a grown-up giving their age to
    # children and moving them to a private app.
    Rule("guardians_cut_out", LABEL,
         r"\b(?:e-?mail|message|messag\w+|dm|dms|inbox|contact|add|send|chat|talk|text|whatsapp|snap\w*|photos?|pics?|ages?|numbers?|directly|privately)\b[^\n]{0,100}?"
         r"\b(?:(?:don'?t|dont|do\s+not|no\s+need\s+to|without|never)\s+(?:bother(?:ing)?\s+)?(?:involv\w+|tell\w*|ask\w*|bother\w*|includ\w+|let\w*|show\w*)\s+(?:the\s+|your\s+|ur\s+|their\s+|yer\s+)?(?:school|parents?|mums?|mams?|moms?|dads?|teachers?|grown\s?-?ups|adults|carers?|folks)"
         r"|no\s+(?:parents|mums|dads|adults|grown\s?-?ups|teachers|carers)\s+(?:please|pls|plz|involved|needed|necessary)\b)"
         r"|\b(?:somewhere|where|place|app)\s+(?:ur|your|you'?re|yer|ya)\s+(?:mum|mam|mom|dad|parents?|teachers?|folks|carers?)\s+(?:can'?t|cant|cannot|won'?t|wont|don'?t|dont|doesn'?t|doesnt|will\s+never)\s+(?:see|read|find|check|look)\b"
         r"|\bi'?m\s+(?:[2-6]\d)\b[^\n]{0,80}?\b(?:kids|children|year\s+\d{1,2}s?|yr\s?\d{1,2}s?|young\s+\w+|teens)\b[^\n]{0,80}?\b(?:move|go|come|switch|add\s+me)\s+(?:to|on|onto)\s+(?:whatsapp|snap\w*|discord|telegram|insta\w*|dms?|private|kik)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:surprise|party\s+for\s+(?:mum|dad|the\s+teacher)|present\s+for|birthday\s+card|secret\s+santa|mother'?s\s+day|father'?s\s+day|disco|prom|leavers|gift\s+for)\b",),
         unless_penalty=0.45),
    # Children photographed or asked for photos by someone outside their family or school:
    # pictures "in her swimming costume", "modelling work" offered to children, a stranger
    # taking photos of pupils on a phone.
    Rule("child_photographed_by_stranger", LABEL,
         r"\b(?:ask\w*|want\w*|request\w*|beg\w*|pester\w*|keeps?\s+asking)\s+(?:my|our|the|her|his|their)?\s*(?:\w+\s+){0,2}?(?:for\s+)?(?:a\s+|some\s+|more\s+)?(?:photos?|pics?|pictures?|videos?|vids?|selfies?|snaps?)\s+(?:of\s+(?:her|him|them)(?:self|selves)?\s+)?in\s+(?:her|his|their|a|your|ur)\s+(?:swimming\s+costume|swim\s?suit|cozzie|swimwear|bikini|underwear|undies|pants|knickers|pyjamas|pjs|leotard|nightie|nightdress|bra|towel|bath)\b"
         r"|\bmodel+ing\s+(?:work|jobs?|scouts?|agency|agent|portfolio|contracts?|shoots?|opportunit\w+|career)\b[^\n]{0,120}?\b(?:photos?|pictures?|pics|ages?|\d{1,2}\s?(?:yo|y/o)|year\s+\d{1,2}|approach\w*|outside\s+the\s+(?:gates?|school))\b"
         r"|\b(?:approach\w*|scout\w*|contact\w*|messag\w*)\b[^\n]{0,120}?\bmodel+ing\s+(?:work|jobs?|scouts?|agency|portfolio|contracts?|shoots?)\b"
         r"|\b(?:man|woman|bloke|chap|stranger|someone|somebody|guy|lady|person)\b[^\n]{0,80}?\b(?:taking|took|takes|snapping|filming|recording)\s+(?:close[\s-]?ups?\s+|zoomed[\s-]?in\s+|secret\s+)?(?:photos?|pictures?|pics|videos?|footage)\s+of\s+(?:them|the\s+(?:children|kids|little\s+ones|pupils|girls|boys)|children|kids|pupils|little\s+ones|girls|boys)\b(?:\s+on\s+(?:his|her|their|a)\s+(?:phone|camera))?",
         0.75, unless=(r"\b(?:yearbook|school\s+photographer|official\s+photographer|sports\s+day|nativity|newsletter|website|consent\s+form|swimming\s+gala|gala|holiday\s+snaps|beach|lesson|assembly|workshop|awareness|e-?safety)\b",),
         unless_penalty=0.45),
    # An adult singling a child out: called over or taken away on their own, with sweets,
    # presents, "special" or a secret; sat on a knee as "their secret"; an adult barred
    # from children now running something for them.
    Rule("child_singled_out", LABEL,
         r"\b(?:call\w*|beckon\w*|wav\w*)\s+(?:the\s+)?(?:little\s+ones|kids|children|girls|boys|pupils|little\s+\w+)\s+over\b[^\n]{0,80}?\b(?:sweets|lollies|chocolate|treats|money|cash|puppy|kittens?|(?:through|over)\s+the\s+(?:fence|railings|gate|wall))\b"
         r"|\b(?:hand\w*|giv\w*|gave|pass\w*|offer\w*)\s+(?:out\s+)?(?:them\s+|him\s+|her\s+|the\s+(?:kids|children|little\s+ones|pupils)\s+)?(?:sweets|lollies|chocolate|treats|crisps|cigarettes|vapes|money|cash)\s+(?:through|over)\s+(?:the\s+)?(?:fence|railings|gate|bars|wall)\b"
         r"|\b(?:takes?|took|taking|keeps?|kept|gets?|calls?)\s+(?:him|her|them|my\s+\w+)\s+(?:out\s+of\s+(?:class|lessons?|the\s+classroom|assembly)|to\s+(?:a|the|his|her)\s+(?:\w+\s+)?(?:room|office|cupboard|car|van|shed|store\s?room))\b[^\n]{0,60}?\b(?:on\s+(?:his|her|their)\s+own|alone|by\s+(?:him|her)self|just\s+the\s+two\s+of)\b[^\n]{0,80}?\b(?:sweets|presents?|gifts?|treats|money|special|secret|favou?rite|don'?t\s+tell)\b"
         r"|\b(?:makes?|made|making|has|gets?|got|wants?)\s+(?:her|him|them|me|my\s+\w+)\s+(?:to\s+)?sit\s+on\s+(?:his|her)\s+(?:knee|lap)\b[^\n]{0,80}?\b(?:secret|don'?t\s+tell|dont\s+tell|special|mustn'?t\s+tell)\b"
         r"|\b(?:banned|barred|struck\s+off|sacked|kicked\s+out|on\s+the\s+(?:sex\s+offenders?\s+)?register|convicted)\b[^\n]{0,60}?\b(?:now\s+)?(?:running|runs|coaching|volunteering|helping\s+(?:out\s+)?(?:at|with)|working\s+(?:at|with)|started|set\s+up)\b[^\n]{0,80}?\b(?:kids|children|pupils|boys|girls|youth|homework\s+club|after\s?-?\s?school|tutoring|sleepovers?)\b",
         0.75, unless=(r"\b(?:lollipop|register\s+(?:for|now|online)|sign\s?-?\s?up|photo\s+(?:for|with)|santa|grotto|reward\s+chart|star\s+of\s+the\s+week|head\s?teacher'?s\s+award|phone\s+(?:from|in)|mobile\s+phones?"
                       # the school's own one-to-one support ("out of class on his own for extra reading")
                       r"|reading|phonics|interventions?|booster|extra\s+(?:help|support|maths|english)|speech\s+and\s+language|nurture|senco|stickers?|exam\s+access|music\s+lessons?)\b",),
         unless_penalty=0.45),
    # Children left to fend for themselves while the adults are away: parents gone abroad or
    # away "a week ago" with the children "on their own", a young teenager "left in charge"
    # of a baby for days; a child looking for food in bins or asking to sleep in a garage.
    Rule("children_left_to_fend", LABEL,
         r"\b(?:went|gone|go|going|been|flew|jetted|swanned)\s+(?:off\s+)?(?:away|abroad|on\s+holiday|to\s+[a-z]+)\b[^\n]{0,120}?\b(?:on\s+(?:their|his|her)\s+own|by\s+(?:themselves|himself|herself)|home\s+alone|left\s+(?:in\s+charge|alone|behind)|fending\s+for)\b"
         r"|\bleft\s+(?:in\s+charge\s+of|to\s+look\s+after|looking\s+after|alone\s+with)\s+(?:a|the|his|her|their|two|three)\s+(?:\w+\s+)?(?:baby|babies|toddlers?|little\s+ones|younger\s+\w+)\b[^\n]{0,60}?\b(?:ever\s+since|for\s+days|all\s+night|for\s+a\s+week|since\s+\w+|nobody|no\s+adult|crying)\b"
         r"|\b(?:going|goes|went|rooting|looking|digging|rummaging)\s+(?:through|in)\s+(?:the\s+|our\s+|people'?s\s+)?bins\s+for\s+(?:food|something\s+to\s+eat|scraps)\b"
         r"|\basked\s+(?:if|whether)\s+(?:he|she|they)\s+could\s+(?:sleep|stay|live|kip)\s+(?:in\s+)?(?:our|my|the)\s+(?:garage|shed|car|spare\s+room|sofa|house)\b",
         0.75, unless=_EDUCATIONAL + (r"\b(?:fox|foxes|cats?|dogs?|seagulls?|badgers?|sleepover|camping|duke\s+of\s+edinburgh|dofe|nan'?s|grandparents|grandma'?s|auntie'?s|with\s+(?:their|his|her)\s+(?:nan|grandma|aunt\w*|dad|mum)|lol|haha)\b",),
         unless_penalty=0.45),
    # Harm at home told by a child's own words or a neighbour's ears: a dad "battering" the
    # mum, a black eye explained away as "walked into a door. she didn't", a child screaming
    # "stop, please stop", a parent's ex "not allowed near us", injuries new every morning.
    Rule("harm_at_home_noticed", LABEL,
         r"\b(?:been|is|was|keeps?|'s|started)\s+(?:battering|beating|hitting|knocking|smacking|thumping|strangling)\s+(?:\w+\s+)?(?:the|his|her|their|my|our)\s+(?:mum|mam|mom|wife|partner|missus|girlfriend|kids?|children|boys?|girls?)\b"
         r"|\b(?:walked|walking|walks|fell|falls|banged)\s+into\s+(?:a|the)\s+(?:door|cupboard|wall)\b[^\n]{0,30}?\b(?:she|he|they|it)\s+(?:didn'?t|did\s+not|never|wasn'?t)\b"
         r"|\b(?:child|kid|baby|girl|boy|little\s+one|toddler|someone|a\s+small\s+voice)\s+(?:\w+\s+)?(?:screaming|crying|shouting|begging|pleading|yelling)\W+(?:stop|no|please|help|don'?t|get\s+off)\b[^\n]{0,30}?\b(?:stop|please|help|don'?t|get\s+off|no)\b"
         r"|\b(?:he'?s|she'?s|he\s+is|she\s+is|they'?re|they\s+are|(?:my|her|his|their)\s+ex(?:\s+is)?)\s+not\s+(?:allowed|supposed\s+to\s+be|meant\s+to\s+be)\s+(?:near|to\s+(?:see|contact|come\s+near|know\s+where))\s+(?:us|me|the\s+kids|my\s+(?:kids|children|son|daughter|boy|girl)|them)\b"
         r"|\b(?:new|fresh|another)\s+(?:bruise|black\s+eye|mark|cut|injury)\b[^\n]{0,40}?\b(?:every|each)\s+(?:morning|day|week|time)\b|\b(?:every|each)\s+(?:morning|day|week)\b[^\n]{0,80}?\b(?:has\s+|with\s+|there'?s\s+)?(?:a\s+)?(?:new|fresh|another)\s+(?:bruise|black\s+eye|mark|cut|injury)\b"
         r"|\b(?:came|comes|come|coming)\s+home\s+with\s+(?:a\s+)?(?:black\s+eye|bruis\w+|split\s+lip|bloody\s+nose|cuts?)\b[^\n]{0,80}?\b(?:(?:the\s+)?(?:big|older|year\s+\d{1,2})\s+(?:boys|lads|kids|girls)|nobody\s+(?:cares|does\s+anything|listens|rings\s+back))\b",
         # (not _EDUCATIONAL: a black eye seen "at parents evening" is what it tells)
         0.75, unless=(r"\b(?:assembly|workshop|lesson|awareness|training|helpline|childline|nspcc|webinar|tickl\w*|hide\s+and\s+seek|tag|game|playing|pillow\s+fight|panto|film|movie|drama|rehearsal|lol|haha|😂|dog|puppy|cat|climb\w*|football|rugby|boxing|karate|judo|kickboxing|sparring|toddler\s+(?:has|gets)"
                       # contests and fairground fun ("beating the boys at chess", "hitting the kids with water balloons")
                       r"|chess|cards|races?|quiz|match|tennis|netball|swimming|spelling|times\s+tables|scores?|balloons?|sponges?|snowballs?|fair|fete)\b",),
         unless_penalty=0.45),
    # A child drawn in by older people: cash and favours "if she goes to parties" with older
    # friends, an adult making a young child drink or smoke, a pupil "recruited" online to
    # "do something big" at a place of worship.
    Rule("child_drawn_in", LABEL,
         r"(?:£\s?\d+|\b(?:money|cash|free\s+\w+|gifts?|presents?|vapes?)\b)[^\n]{0,60}?\bif\s+(?:she|he|they|you|u)\s+(?:go|goes|come|comes|went)\s+(?:to\s+)?\W?(?:parties|party|round|over|out)\W?\b[^\n]{0,40}?\b(?:older|men|lads|guys|blokes|friends\s+of\s+(?:his|hers))\b"
         r"|\b(?:makes?|made|making|gets?|got|gives?|gave|lets?|let)\s+(?:him|her|them|my\s+(?:grand)?(?:son|daughter|child|boy|girl))\s+(?:drink|smoke|take|try|vape)\s+(?:\w+\s+)?(?:beer|vodka|alcohol|cider|wine|spirits|weed|cannabis|drugs|pills|\W?funny\s+cigarettes|cigarettes|joints?|spliffs?)\b"
         r"|\b(?:recruited|recruiting|groomed|radicali[sz]ed)\b[^\n]{0,100}?\b(?:do\s+something\s+(?:big|bad|serious|terrible)|mosque|church|synagogue|temple|gurdwara|attack|race\s+war|the\s+cause)\b",
         0.45, context=(r"\b(?:(?:he'?s|she'?s|they'?re|is|aged?)\s+(?:[4-9]|1[0-5])\b|\d{1,2}\s?(?:yo|y/o)|babysit\w*|year\s+\d{1,2}|granddaughter|grandson|my\s+(?:son|daughter)|online|nail\s+bar|job|work)",),
         context_boost=0.3, unless=_EDUCATIONAL + (r"\b(?:birthday\s+party|kids'?\s+party|christmas\s+party|cadets|football\s+academy|army|university|christening|wedding|communion|sunday\s+school|youth\s+group|choir)\b",),
         unless_penalty=0.45),
    # A missing child asked about: someone missing or run away with "if you see him/her"
    # or "last seen", a name and an age.
    Rule("missing_child_appeal", LABEL,
         r"\b(?:missing|run\s+away|ran\s+away|runaway|not\s+come\s+home|hasn'?t\s+come\s+home|disappeared)\b[^\n]{0,120}?\b(?:if\s+(?:you|anyone|any\s?one|u|anybody)\s+(?:see|sees|spot|spots|has\s+seen|have\s+seen)\s+(?:him|her|them)|last\s+seen|have\s+you\s+seen\s+(?:him|her))\b"
         r"|\b(?:if\s+(?:you|anyone|any\s?one|u|anybody)\s+(?:see|sees|spot|spots)\s+(?:him|her|them)|last\s+seen)\b[^\n]{0,120}?\b(?:missing|run\s+away|ran\s+away|not\s+come\s+home)\b",
         0.75, unless=(r"\b(?:cat|dog|kitten|puppy|tortoise|hamster|rabbit|parrot|budgie|pet|film|episode|book|series)\b",), unless_penalty=0.45),
    # Footage of a child humiliated or exposed, asked for or passed on: crying in the
    # toilets, clothes ripped off in a fight, "send it me", "link in my bio".
    Rule("humiliating_footage_of_child", LABEL,
         r"\b(?:clip|vid|video|footage|pics?|photos?|snap|recording)\s+of\s+(?:the|that|a|this)\s+(?:\w+\s+){0,2}?(?:girl|boy|lad|lass|kid|child|pupil|year\s+\d{1,2})\s+(?:\w+\s+){0,3}?"
         r"(?:crying|sobbing|being\s+sick|wetting|in\s+the\s+(?:toilets?|showers?|changing\s+rooms?)|getting\s+(?:her|his|their)\s+(?:top|clothes|trousers|skirt|shirt|hijab|pants)\s+(?:ripped|pulled|torn|taken)\s+(?:off|down)|undress\w*|naked|stripped|with\s+(?:her|his)\s+(?:top|clothes|trousers|skirt)\s+off)\b",
         0.75, unless=(r"\b(?:talent\s+show|happy|proud|award|graduation|sports\s+day|nativity|so\s+sweet|bless\s+(?:her|him)|tears\s+of\s+joy|please\s+(?:don'?t|do\s+not)\s+share|report|taken\s+down|deleted?)\b",),
         unless_penalty=0.45),
    # --- batch 45-47: a primary's summer term, pupils online, a trust in the culture wars.
    # The ideas, not the batches' words (EVAL_NOTES.md, "Batches 45-47, safeguarding"):
    # An adult at children's things with no child of their own, watching, photographing or
    # asking children for where they live; an adult asking a child to his room or cabin alone.
    Rule("adult_watching_children", LABEL,
         r"\b(?:man|woman|bloke|guy|fella|adult|stranger|someone|somebody|person|lady|chap)\b[^.!?\n]{0,80}?\b(?:with\s+no|without\s+(?:a|any))\s+(?:child|kids?|children)\b[^\n]{0,120}?"
         r"\b(?:(?:watch\w*|star(?:e|es|ed|ing)(?:\s+at)?|photograph\w*|film\w*|taking\s+(?:photos|pictures|pics|videos)\s+of)\s+(?:the\s+|our\s+|all\s+the\s+)?(?:\w+\s+){0,2}?(?:girls|boys|children|kids|little\s+ones|pupils|them)|moving\s+closer|hanging\s+(?:around|about))\b"
         r"|\b(?:man|woman|bloke|guy|fella|stranger|someone|somebody|lady|chap)\b[^.!?\n]{0,100}?\b(?:asked|asking|asks|wanted)\s+(?:\w+\s+){0,3}?for\s+(?:their|his|her|the\s+kids'?|our)\s+(?:home\s+)?(?:address(?:es)?|phone\s+numbers?|snap\w*|surnames?)\b"
         r"|\b(?:ask\w*|invit\w*|tell\w*|told|want\w*|get\w*)\s+(?:my|our|her|him|them|the)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:come|go)\s+(?:to|into|in)\s+(?:his|her|their)\s+(?:cabin|bedroom|tent|car|van|flat|house|caravan|dorm)\b[^.!?\n]{0,40}?\b(?:on\s+(?:her|his|their)\s+own|alone|by\s+(?:her|him)self|without)\b",
         0.75, unless=(r"\b(?:assembly|workshop|lesson|awareness|e-?safety|online\s+safety|grandparents?|grandad|grandma|nan|uncle|auntie|official\s+photographer|school\s+photographer|dbs)\b",),
         unless_penalty=0.45),
    # A child left shut in a car; a child's game of undressing told by the child; a child told
    # what to say about an injury ("told me to say i fell"); food thrown away and a lie told
    # about eating; sleeves hidden in summer; paid to keep something at home; a home without
    # gas or food so the family makes do.
    Rule("child_at_risk_told_plainly", LABEL,
         r"\b(?:left|leaving|leaves|locked)\s+(?:a|the|their|his|her|my|your|that)\s+(?:little\s+|poor\s+)?(?:boy|girl|baby|toddler|child|kid|kids|children|little\s+ones?)\s+(?:\w+\s+){0,3}?in\s+(?:the|a|their|his|her)\s+(?:\w+\s+)?car\b[^\n]{0,80}?\b(?:windows?|degrees|heat|hot|crying|screaming|boiling|hours?|\d+\s?min\w*)\b"
         r"|\b(?:he|she|my\s+(?:husband|partner|ex|boyfriend|fella|other\s+half|wife|girlfriend))\s+(?:\w+\s+)?(?:broke|fractured|cracked|dislocated)\s+my\s+(?:arm|wrist|nose|ribs?|jaw|leg|fingers?|cheekbone|collarbone)\b"
         r"|\bgames?\s+(?:where|when|in\s+which)\s+(?:you|u|they|we|he|she|everyone)\s+(?:\w+\s+){0,2}?(?:take|takes|took|taking)\s+(?:your|their|our|his|her|ur)\s+clothes\s+off\b"
         r"|\b(?:(?:told|tells|makes?|made|wants?)\s+(?:me|us|him|her|them)|said|says)\s+(?:to\s+)?(?:say\s+|tell\s+(?:\w+\s+){0,2}?)(?:that\s+)?(?:i|we|he|she|they)\s+(?:fell|slipped|walked\s+into|bumped|tripped|banged|did\s+it\s+(?:myself|himself|herself)|got\s+it\s+(?:at|from|playing))\b"
         r"|\bi\s+(?:just\s+|always\s+|usually\s+|secretly\s+)?(?:throw|threw|bin|binned|chuck|hide|hid|give\s+away|skip|skipped)\s+(?:away\s+)?(?:my|all\s+my)?\s*(?:\w+\s+)?(?:lunch|sandwich\w*|dinner|food|tea|breakfast|packed\s+lunch)\b[^\n]{0,60}?\b(?:say|said|tell|pretend\w*)\s+(?:\w+\s+){0,2}?i\s+(?:had|ate|'?ve\s+eaten|already|wasn'?t|isn'?t|'?m\s+not|am\s+not)\b"
         r"|\b(?:nobody|no\s?one|no\s+one|noone)\s+asks?\s+why\s+i\s+(?:always\s+|still\s+)?wear\s+(?:long\s+sleeves|hoodies?|jumpers?|sleeves)"
         r"|\bi\s+(?:always|still|have\s+to|only)\s+wear\s+(?:long\s+sleeves|hoodies?|jumpers?)\s+(?:in|when|even\s+in)\s+(?:june|july|august|summer|the\s+heat|pe)\b"
         r"|\b(?:offered|paid|pay|pays|give|gave|giving)\s+(?:me\s+|him\s+|her\s+|us\s+)?£\s?\d+\s+(?:quid\s+)?(?:to\s+)?(?:hold|keep|stash|look\s+after|store|mind|hide)\s+(?:something|a\s+bag|a\s+package|a\s+parcel|stuff|some\s+\w+|it|them)\b"
         r"|\b(?:no|hasn'?t\s+got|hasnt\s+got|haven'?t\s+got|havent\s+got|can'?t\s+afford|cant\s+afford|ran\s+out\s+of)\s+(?:any\s+)?(?:money\s+for\s+(?:the\s+)?)?(?:gas|electric\w*|heating|hot\s+water|meter|food)\b[^\n]{0,40}?\b(?:so\s+(?:we|i)\s+(?:boil|sit|wash|go|have|use|eat)|boil\w*\s+(?:the\s+)?kettle|in\s+(?:our\s+)?coats|cold\s+(?:showers?|baths?|water))",
         0.75, unless=_EDUCATIONAL + (r"\b(?:film|book|novel|story|play|drama|tiktok\s+trend|dog|puppy|for\s+a\s+sec(?:ond)?|for\s+(?:a|one|two)\s+min\w*|lol|haha|accident\w*|by\s+mistake|trampoline|football|rugby|wrestling)\b",),
         unless_penalty=0.45),
    # A child asked after: "has anyone seen a little boy ..." (not his jumper), a child who
    # "hasn't come back" with the police or the dark named.
    Rule("child_unaccounted_for", LABEL,
         r"\b(?:has\s+any(?:one|body)\s+seen|have\s+(?:you|u)\s+seen|look(?:ing)?\s+out\s+for|keep\s+an\s+eye\s+out\s+for)\s+(?:a|our|my|this|the)\s+(?:little\s+|young\s+)?(?:boy|girl|child|lad|lass|son|daughter|kid)\b(?!'?s\b)[^\n]{0,80}?\b(?:about\s+\d|aged?\s+\d|\d\s?(?:yo|y/o|years?\s+old)|frantic|missing|last\s+seen|wearing|t\s?-?\s?shirt|please\s+share|\d+\s?min\w*\s+ago)\b"
         r"|\b(?:hasn'?t|hasnt|has\s+not|didn'?t|didnt|never)\s+(?:come|came|got|been)\s+(?:back|home)\b[^\n]{0,100}?\b(?:999|police|if\s+(?:you|u|anyone)\s+see|getting\s+dark|please\s+share)\b",
         0.75, unless=(r"\b(?:cat|dog|kitten|puppy|tortoise|hamster|rabbit|parrot|budgie|pet|parcel|letter|form|slip|book|jumper|coat|kit|lunchbox|water\s+bottle|delay\w*|running\s+late|update|coach\s+is|trip|residential|camp)\b",), unless_penalty=0.45),
    # Leaving told as relief for others ("everyone will be better off"), absence nobody would
    # notice ("if i wasnt here no one would clock it"), a child's wish to be dead told by a parent.
    Rule("absence_as_relief", LABEL,
         r"\b(?:every(?:one|body)|they|people|my\s+(?:family|mum|dad|parents)|you\s+all)\s+(?:will|would|'?d|'?ll)\s+(?:all\s+)?be\s+better\s+off(?:\s+(?:anyway|tbh|honestly|really))?(?=\s*(?:[.!,…;]|$))"
         r"|\bif\s+i\s+(?:wasn'?t|wasnt|weren'?t|werent|was\s+not|were\s+not)\s+(?:here|around|alive)\b[^.!?\n]{0,40}?\b(?:no\s?one|nobody|no\s+one|noone)\s+(?:would|will|'?d)\s+(?:even\s+)?(?:notice|clock|care|miss|realise|realize|know)"
         r"|\b(?:talk\w*|talks|going\s+on|keeps?\s+saying|said)\s+(?:\w+\s+)?about\s+wanting\s+to\s+(?:die|be\s+dead|not\s+be\s+here|disappear)\b",
         0.75, unless=(r"\b(?:if\s+the\s+school|if\s+they|if\s+we|without\s+(?:the|this|that|him|her|them)|lol|haha)\b",), unless_penalty=0.45),
    # Threats at a trust, its head or its teachers over a policy: a person's home found and a
    # crowd called to it ("found out where ... lives ... theres plenty of us", an address
    # "for anyone going on saturday"), "better get a bodyguard", "be a shame if [it] didnt
    # start", "want stringing up", "hang every last one", a lesson "delivered with a bat",
    # "someone give that teacher a slap", a hypothetical disappearance "nobody would look
    # very hard" for, children given "something to pray about".
    Rule("threat_over_policy", LABEL,
         r"\b(?:found\s+out|know|knows|worked\s+out|got)\s+where\s+(?:that|the|this|he|she|they|him|her)\b[^.!?\n]{0,40}?\blives?\b[^\n]{0,120}?\b(?:plenty\s+of\s+us|(?:there'?s|theres|there\s+are)\s+(?:loads|lots|plenty|enough)\s+of\s+us|see\s+(?:you|u|him|her)|pay\s+(?:him|her|them)\s+a\s+visit|leaves?\s+at|every\s+morning|anyone\s+(?:going|up\s+for|fancy))\b"
         r"|\b(?:address|lives\s+at|house\s+is|home\s+is)\b[^\n]{0,80}?\b(?:for\s+any(?:one|body)\s+(?:going|who\s+wants|up\s+for|interested)|make\s+(?:him|her|them)\s+feel\s+(?:as\s+)?welcome|pay\s+(?:him|her|them)\s+a\s+visit|plenty\s+of\s+us|see\s+you\s+there)\b"
         r"|\b(?:i'?ll|i\s+will|ill|im\s+gonna|i'?m\s+(?:gonna|going\s+to)|we'?ll|we\s+will|gonna)\s+(?:find|track\s+down|come\s+to|turn\s+up\s+at|visit)\s+(?:your|ur|yer|his|her|their)\s+(?:house|home|address|door|flat|street|car|kids)\b"
         r"|\b(?:better|should|might\s+want\s+to|best)\s+(?:get|hire|find|buy)\s+(?:a|some|themselves\s+a|himself\s+a|herself\s+a)\s+(?:bodyguard|body\s+guard|stab\s+vest|bullet\s?proof\s+\w+)\b"
         r"|\bplenty\s+of\s+(?:dads|lads|blokes|us|people|parents|men)\s+(?:waiting|who\s+(?:would|want|will))\b(?!\s+(?:for|on)\s+(?:the|a|an|their|your)\s+(?:reply|answer|response|decision|e-?mail|letter|outcome|results?|place|places|tickets?))"
         r"|\b(?:be|be\s+a\s+real|would\s+be\s+a|it'?d\s+be\s+a|be\s+a)\s+(?:real\s+)?(?:shame|pity)\s+if\s+(?:it|something|anything|his|her|their|your|ur|he|she|they|the\s+\w+'?s)\b[^.!?\n]{0,40}?\b(?:didn'?t\s+start|didnt\s+start|wouldn'?t\s+start|happened\s+to\s+(?:him|her|them|you|u|your|ur|his|their)\b|caught\s+fire|burn\w*\s+down|went\s+up|went\s+missing|broke\s+down|got\s+(?:hurt|damaged|scratched|keyed|smashed)|had\s+an\s+accident)"
         r"|\b(?:want|wants|need|needs|deserve|deserves)\s+(?:\w+\s+)?(?:stringing\s+up|strung\s+up|lynching|flogging|horsewhipping|hanging\s+from)\b"
         r"|\b(?:hang|string\s+up|lynch|shoot|stab|gas|burn)\s+(?:every\s+(?:last|single)\s+one|all\s+of\s+(?:them|the|those)|the\s+lot\s+of\s+them|every\s+(?:\w+\s+)?(?:teacher|governor|groomer|one\s+of))\b"
         r"|\b(?:lesson|message|reminder|welcome|history\s+lesson|education|answer)\b[^.!?\n]{0,40}?\b(?:delivered|taught|given|served|sent)\s+(?:with|by)\s+(?:a\s+|the\s+)?(?:(?:baseball|cricket)\s+bat|brick|knife|fists?|boots?|petrol|crowbar|hammer|machete|bullet)\b"
         r"|\b(?:someone|somebody|some1|one\s+of\s+(?:you|us))\s+(?:needs\s+to\s+|should\s+|wants\s+to\s+|go\s+and\s+|pls\s+|please\s+|ought\s+to\s+)?(?:give|gives)\s+(?:that|this|the|him|her|them)\s+(?:\w+\s+){0,3}?(?:a\s+)?(?:slap|smack|kicking|beating|punch|hiding|battering|good\s+hiding|black\s+eye)\b"
         r"|\bif\s+(?:the|that|this|our|your|ur)\s+(?:\w+\s+){0,3}?(?:went|goes|go|were\s+to\s+go)\s+missing\b[^.!?\n]{0,60}?\b(?:nobody|no\s?one|no\s+one|not\s+many)\s+(?:would|will|'?d)\s+(?:look|search|mind|cry)\b"
         r"|\bgive\s+(?:them|him|her|(?:the|those|that|these)\s+(?:\w+\s+){0,2}?\w+)\s+something\s+to\s+(?:pray|cry)\s+about\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:shame\s+on|reported|disgusting|condemn\w*|appalling|film|book|series|episode|history\s+of|lesson\s+about)\b"), unless_penalty=0.45),
    # A crowd called to a place with a hostile purpose, or an outcome promised by a crowd
    # ("let's all turn up at the gates and show those teachers", "bring something heavy",
    # "let them know they're being watched", "won't be so smug when we're outside his
    # house"), a building that "will be burnt down" if a policy goes ahead, staff "dragged
    # out". Peaceful protest, petitions and meetings name no such purpose.
    Rule("crowd_called_to_a_place", LABEL,
         r"\b(?:turn\s+up|meet|gather|wait|be\s+waiting|go\s+down|head\s+down|be|come|stand)\s+(?:at|outside|by|round|to)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:gates?|school|academy|primary|house|home|door|car\s+park|office)\b[^\n]{0,80}?"
         r"\b(?:show\s+(?:them|those|the|that|him|her)\b[^.!?\n]{0,30}?\b(?:what\s+we\s+think|who'?s\s+boss|what\s+happens|what\s+for)|bring\s+(?:something\s+heavy|bats?|weapons?|bricks?|crowbars?|sticks?|petrol|knives)"
         r"|let\s+(?:them|him|her|those|the)\b[^.!?\n]{0,40}?\bknow\s+(?:they'?re|theyre|he'?s|hes|she'?s|shes)\s+being\s+watched|sort\s+(?:them|him|her)\s+out|teach\s+(?:them|him|her|those|the)\b[^.!?\n]{0,20}?\ba\s+lesson)"
         r"|\b(?:won'?t|wont|will\s+not)\s+be\s+(?:so\s+)?(?:smug|cocky|brave|clever|happy|smiling|laughing|mouthy)\s+when\s+(?:we|they|the\s+\w+|there'?s|theres)\b"
         r"|\b(?:we're|we\s+are|we'?ll\s+be|we\s+will\s+be|we'?re\s+(?:gonna|going\s+to)\s+be)\s+(?:all\s+)?(?:outside|at)\s+(?:his|her|their|your|ur)\s+(?:house|home|door|flat)\b"
         r"|\bplenty\s+of\s+us\s+(?:will\s+be\s+|'?ll\s+be\s+)?waiting\b(?!\s+(?:for|on)\s+(?:the|a|an|their|your)\s+(?:reply|answer|response|decision|e-?mail|letter|outcome|results?))"
         r"|\b(?:it|that|that\s+\w+|the\s+\w+|this\s+\w+)(?:'?ll|\s+(?:\w+\s+)?(?:will|is\s+going\s+to|gonna))\s+be\s+(?:burnt|burned|torched|firebombed)\s+(?:down|to\s+the\s+ground|out)\b"
         r"|\b(?:should|need\s+to|needs\s+to|ought\s+to|want\s+to|deserve\s+to|deserves\s+to)\s+be\s+(?:dragged|hauled|chased|run|marched)\s+out\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:shame\s+on|reported|condemn\w*|peaceful\w*|placards?|petition|film|book|episode|lesson\s+about|fire\s+drill|bonfire|surprise|birthday|party|carol\w*|trick\s+or\s+treat\w*)\b"), unless_penalty=0.45),
    # Threats said in the idioms of a threat rather than with a verb of violence at "you":
    # someone "dead when i see u", a face nobody "will recognise", eyes "taken out", a
    # punch "in the throat", "i won't be responsible for what i do to", "no jury would
    # convict", "bring your mates, it won't help", "lined up against the wall", every window
    # smashed wished for, "something heavier than placards".
    Rule("threat_idiom", LABEL,
         r"\b(?:you'?re|youre|you\s+are|ur|u\s+r|u\s+are|(?:he|she)(?:'?s|\s+is))\s+(?:actually\s+|so\s+|proper\s+|literally\s+|deffo\s+|defo\s+)?dead\s+(?:when\s+(?:i|we)\s+(?:see|find|catch|get)|after\s+school|tomorrow|on\s+(?:mon|tues|wednes|thurs|fri)day)\b"
         r"|\b(?:won'?t|wont|will\s+not|wouldn'?t|wouldnt)\s+recogni[sz]e\s+(?:his|her|their|your|ur)\s+own\s+face\b"
         r"|\b(?:tak(?:e|es|ing)|goug(?:e|es|ing)|rip(?:s|ping)?|poke|poking)\s+(?:his|her|their|your|ur)\s+eyes\s+out\b"
         r"|\b(?:punch|kick|smack|slap|headbutt|stamp\s+on|deck|boot|chin)\s+(?:\w+\s+){1,3}?(?:in|on)\s+the\s+(?:throat|face|head|teeth|mouth|nose|jaw|neck)\b"
         r"|\b(?:won'?t|wont|will\s+not|can'?t|cant|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+what\s+(?:i|we)(?:\s+do|'?ll\s+do|\s+will\s+do|\s+might\s+do)\b"
         r"|\bno\s+(?:jury|judge|court)\s+(?:would|will|in\s+the\s+land\s+would)\s+convict\b"
         r"|\b(?:bring|call|get)\s+(?:your|ur|yer)\s+(?:mates|boys|brothers?|dad|cousins|gang|friends)\b[^.!?\n]{0,20}?\b(?:it\s+)?(?:won'?t|wont|will\s+not|ain'?t|not\s+gonna)\s+(?:help|save)(?:\s+(?:you|u|ya))?(?=\s*(?:[.!,…;]|$))"
         r"|\b(?:them|they|those\s+\w+(?:\s+\w+)?|every\s?one\s+of\s+(?:them|those)(?:\s+\w+){1,2}|teachers|governors|staff|trustees|heads?|traitors)\s+(?:should|need\s+to|needs\s+to|ought\s+to|deserve\s+to|deserves\s+to|want|wants)\s+(?:be\s+|to\s+be\s+)?(?:lined\s+up|put(?:\s+up)?)\s+against\s+(?:a|the)\s+wall\b"
         r"|\bhope\s+(?:someone|somebody|some1|they|people)\s+(?:smashes|smash|bricks|brick|burns|burn|torches|torch|trashes|trash|petrol\s+bombs?)\s+(?:every|all\s+(?:the\s+|of\s+the\s+)?|his|her|their|the|that)\s*(?:\w+\s+){0,2}?(?:windows?|cars?|houses?|homes?|school|office|building|tyres?|doors?|staff\s+room)\b"
         r"|\bbring\s+something\s+heavier\s+than\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:shame\s+on|reported|condemn\w*|film|book|episode|novel|play|fifa|fortnite|boxing|karate|kickboxing|stage\s+combat)\b"), unless_penalty=0.45),
    # --- batch 48-50: a viral video's strangers, threats said sideways, harm said sideways
    # An adult fixing on a child seen online: her accounts or more videos sought, "is she
    # single", a looks compliment with an offer of a lift or a private message, a call with
    # no parents, "never been kissed ... i could teach her", "a heartbreaker ... or now".
    Rule("adult_fixating_on_child", LABEL,
         r"\b(?:found|find|drop|send|share|got|get)\s+(?:me\s+)?(?:the\s+)?(?:her|his|(?:that|the|this)\s+(?:girl|boy|kid|lad|lass)'?s?)\s+(?:tiktok|tik\s+tok|snap\w*|insta\w*|ig|socials?|whatsapp|discord|accounts?)\b"
         r"|\b(?:more|other|any\s+more|private)\s+(?:videos?|vids|pics|pictures|photos)\s+of\s+(?:her|him|(?:that|the|this)\s+(?:girl|boy|kid|lad|lass))\b(?![^\n]{0,40}?\b(?:proud|grand\w*|my\s+(?:daughter|son|niece|nephew))\b)"
         r"|\bis\s+(?:she|he)\s+single\b(?![\s-]*handed)"
         r"|\bnever\s+been\s+kissed\b[^\n]{0,40}?\bi\s+(?:could|can|would|will|'?d)\s+(?:teach|show)\b"
         r"|\b(?:heartbreaker|stunner|looker)\b[^\n]{0,30}?\bor\s+(?:now|already)\b"
         r"|\b(?:want|wanna|would\s+love|like|dying)\s+to\s+meet\s+(?:the|that|this)\s+(?:kid|girl|boy|lad|lass|child)\b"
         r"|\b(?:video\s+call|facetime|call|meet|message|dm)\s+me\b[^\n]{0,60}?\b(?:no|without)\s+(?:her\s+|his\s+|your\s+|ur\s+)?(?:parents|mum|dad)\b"
         r"|\b(?:stunning|gorgeous|beautiful|sexy|hot|fit|cute|pretty|peng)\b[^\n]{0,80}?\b(?:(?:fancy|want|wants|need|needs)\s+a\s+lift|(?:message|dm|pm|inbox)\s+me\s+(?:privately|in\s+private|directly))\b"
         r"|\b(?:girls|boys|kids|lads|students|pupils)\b[^\n]{0,120}?\b(?:message|dm|pm|inbox)\s+me\s+(?:privately|in\s+private|directly|on\s+the\s+side)\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:reported|creepy|not\s+ok|never\s+tell|e-?safety)\b"), unless_penalty=0.45),
    # Self-harm said sideways: the least painful way, a height "high enough", a blade held,
    # the bridge "is the answer", not eating since being called fat.
    Rule("self_harm_sideways", LABEL,
         r"\bleast\s+painful\s+way\b(?!\s+to\s+(?:remove|get|pull|take\s+off|do|tell|break|learn))"
         r"|\b(?:fall|drop|jump)\s+(?:from|off)\s+[^\n]{0,40}?\b(?:high|tall)\s+enough\b"
         r"|\b(?:been\s+)?(?:holding|staring\s+at|looking\s+at)\s+(?:a|the|my)\s+(?:blade|razor|pills|rope)\b(?!\s+(?:course|swing|climb\w*|ladder|bridge))"
         r"|\b(?:the\s+)?(?:bridge|roof|tracks|train\s+tracks|river|pills|rope|blade)\s+is\s+the\s+(?:answer|way\s+out|only\s+way|only\s+option)\b"
         r"|\b(?:hasn'?t|hasnt|has\s+not|won'?t|wont|refuses\s+to|not)\s+(?:eaten|eat|eating)\b[^\n]{0,60}?\b(?:fat|weight|ugly|chubby|her\s+body|his\s+body)\b",
         0.85, unless=(_HYPERBOLE,), unless_penalty=0.3),
    # Harm at home said sideways: a refuge and "he is looking for us", shouting and throwing
    # things, a child made to keep house and kept off school, a child inhaling aerosols.
    Rule("home_harm_sideways", LABEL,
         r"\b(?:fled|fleeing|escaped|moved)\s+(?:to\s+a\s+(?:women'?s\s+)?refuge|from\s+(?:him|my\s+(?:ex|husband|partner)))\b|\b(?:he|she|they)\s+(?:is|are|'s|'re)\s+(?:still\s+)?looking\s+for\s+us\b"
         r"|\b(?:him|her|dad|mum|stepdad|he|she)\s+(?:\w+\s+){0,2}?(?:shouting|screaming)\s+and\s+(?:throwing|smashing|breaking|hitting|punching)\b"
         r"|\b(?:made|forced)\s+to\s+(?:do\s+all\s+the\s+(?:housework|cleaning|cooking)|look\s+after|care\s+for)\b[^\n]{0,80}?\b(?:not\s+been|hasn'?t\s+been|hasnt\s+been|missing|missed)\s+(?:in\s+|at\s+)?school\b"
         r"|\b(?:inhaling|sniffing|huffing)\s+(?:aerosols?|gas|glue|deodorant|lighter\s+fluid|butane)\b",
         0.75, unless=(r"\b(?:film|book|episode|novel|play|lesson\s+about|talk\s+about)\b",), unless_penalty=0.4),
    # Threats said sideways: a brick through a window, an ultimatum "or she'll regret it",
    # a family named and "think about that", possessions listed and "we know", someone
    # asked to run a person over, a face punched in, a weapon used on a child, a school
    # fire forecast, a lockdown that "wasn't a drill".
    Rule("threat_sideways", LABEL,
         r"\b(?:a|another)\s+(?:brick|rock|petrol\s+bomb|firework)\s+through\s+(?:her|his|their|your|ur|the|that)\s+(?:\w+\s+)?windows?\b"
         r"|\b(?:got|has|have|given)\s+until\s+(?:\w+\s+){1,2}?to\b[^\n]{0,60}?\bor\s+(?:else|(?:she|he|they|you|u)(?:'?ll|\s+will)\s+(?:regret|be\s+sorry|pay|see))"
         r"|\b(?:you'?ve|youve|you\s+have|u\s+have)\s+got\s+(?:a\s+)?(?:wife|husband|family|kids|children|daughter|son|little\s+ones)\b[^\n]{0,60}?\bthink\s+about\s+(?:that|it|them)\b"
         r"|\b(?:your|ur)\s+(?:car|house|home|kids|children|family|wife|husband)\W+(?:\w+\W+){0,6}?we\s+know\b"
         r"|\b(?:some(?:one|body)|some1)\s+(?:run|knock|mow)\s+(?:that|this|the)\s+\w+(?:\s+\w+)?\s+(?:over|down)\b"
         r"|\b(?:punch|kick|smash|cave|bash|stamp)\s+(?:\w+'?s?\s+){1,3}?(?:face|head|teeth|skull)\s+in\b"
         r"|\b(?:glass|stab|shank|bottle|knife|slash)\s+(?:the|that|this)\s+(?:\w+\s+){0,3}?(?:kid|lad|boy|girl|teacher|head|ref)\b"
         r"|\b(?:fire|bomb|shooting)\s+at\s+(?:that|the|this|ur|your)\s+(?:school|skool|skl)\b[^\n]{0,30}?\b(?:tonight|tonite|tomorrow|watch\s+the\s+news)\b"
         r"|\bimagine\s+(?:if\s+)?(?:the\s+)?lock\s?down\s+(?:drill\s+)?(?:wasn'?t|wasnt|was\s+not|was\s+real)",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:film|book|episode|novel|fifa|fortnite|fire\s+drill|bonfire|fireworks\s+display)\b"), unless_penalty=0.45),
    # --- batch 51-53: a touchline, a special school and a sixth form
    # Harm in care told by a parent or a child: a child shut in a locked room or a car boot,
    # prone restraint or an adult who "sits on" a child, finger-shaped bruises, a child dragged
    # by the hood, a child dropped or concussed with nobody told, left alone in a fire drill,
    # a lone man changing a girl, staff filming children's distress "for laughs", a child told
    # to keep quiet or be called a liar, a relative who "hurts her".
    # batch 54-56: a nursery's, a trip's and a hard winter's harms told in their own words.
    # A child "not seen since" with the police involved; a pupil left at the services by the
    # coach; a carer passed out or "doing lines" with a baby in the car, or a toddler left
    # outside while a parent drinks; a partner "hurting the youngest"; a partner who controls
    # all the money ("i have to ask for the bus fare"); an adult after close-ups of the little
    # ones, a child's photos or name "by private message", or messaging children "directly";
    # a volunteer "good with little girls" who needs no DBS; a teenage boyfriend with a child;
    # a group "wiped out" with a plan; a child with no food "for days"; a family not seen for a
    # week behind shut curtains; an adult sharing a room with a pupil, or photos "for records"
    # of a child undressed; a child collected by someone nobody knew; cash to "drop parcels", county lines as a train.
    Rule("harm_told_plainly", LABEL,
         r"\b(?:not\s+(?:been\s+)?seen\s+since|still\s+no\s+sign\s+of|missing\s+since|hasn'?t\s+been\s+seen\s+since)\b[^\n]{0,120}?\bpolice\b"
         r"|\b(?:was|got|been|were|is)\s+left\s+(?:behind\s+)?at\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:services|service\s+station|station|airport|port)\b[^\n]{0,40}?\bby\s+the\s+(?:trip|coach|school|teachers?|staff|driver)\b"
         r"|\b(?:passed\s+out|doing\s+lines|snorting|off\s+(?:her|his|their)\s+face|paralytic|slumped)\b[^\n]{0,60}?\b(?:baby|babies|toddler|little\s+one|kids?\s+in\s+the\s+back|child\s+in\s+the\s+back)\b"
         r"|\bleft\s+(?:there|outside|alone|on\s+(?:her|his|their)\s+own)\b[^\n]{0,60}?\bwhile\s+(?:her|his|their)\s+(?:mum|dad|mam|mother|father|parents?)\s+(?:went|was|were|is|sat)\s+(?:in|at|into)\s+(?:the\s+)?(?:pub|bookies|bar|club)\b"
         r"|\b(?:her|his|their|my\s+\w+'?s)\s+(?:partner|boyfriend|husband|fella|stepdad|new\s+(?:man|fella|boyfriend))\s+(?:is\s+)?(?:hurting|hurts|hitting|hits|beating|beats)\s+(?:the\s+)?(?:youngest|eldest|kids|baby|little\s+ones?|children|child)\b"
         r"|\b(?:husband|partner|boyfriend|fella|wife)\s+(?:controls|takes|keeps|has)\s+(?:control\s+of\s+)?all\s+(?:of\s+)?(?:our|my|the)\s+(?:money|bank\s+cards?|cards|wages|benefits|finances)\b"
         r"|\b(?:pictures?|pics?|photos?)\s+of\s+(?:the\s+)?(?:little\s+ones?|toddlers|babies|kids|children|girls|boys)\b[^\n]{0,80}?\b(?:close\s?-?\s?up|paddling\s+pool|bath\s?time|nappies|undress\w*|pay\s+for|private\s+message|privately|inbox)\b"
         r"|\bsend\s+me\s+(?:ur|your|yer)\s+\w+'?s?\s+(?:photos|pics|pictures)\b[^\n]{0,80}?\b(?:private(?:ly)?|dm|inbox)\b"
         r"|\b(?:private\s+message|pm|dm|inbox)\b[^\n]{0,40}?\bname\s+of\s+the\s+(?:little\s+)?(?:girl|boy|child|kid)\b|\bname\s+of\s+the\s+(?:little\s+)?(?:girl|boy|child|kid)\s+in\s+the\b[^\n]{0,40}?\b(?:private\s+message|pm|dm|inbox|message\s+me)\b"
         r"|\b(?:message|dm|pm|text|contact|add)\s+(?:some\s+of\s+)?(?:them|the\s+kids|the\s+children|the\s+girls|the\s+boys)\s+(?:directly|privately|personally)\b"
         r"|\b(?:good|great|brilliant)\s+with\s+(?:little|young)\s+(?:girls|boys)\b|\b(?:nappy\s+changes?|bath\s?time)\b[^\n]{0,80}?\b(?:don'?t|dont|no)\s+(?:need\s+)?(?:a\s+)?dbs\b"
         r"|\b1[6-9]\s?(?:yo|year\s?old|yr\s?old)\s+(?:boyfriend|bf|fella)\b[^\n]{0,40}?\b1[0-4]\s?(?:yo|year\s?old|yr\s?old)\b|\b1[0-4]\s?(?:yo|year\s?old|yr\s?old)\s+(?:daughter|girl)\b[^\n]{0,30}?\b(?:boyfriend|bf)\s+(?:is\s+|who'?s\s+)?(?:1[7-9]|2\d)\b"
         r"|\bshould\s+(?:all\s+)?be\s+(?:wiped\s+out|exterminated|eradicated)\b[^\n]{0,60}?\b(?:a\s+plan|a\s+group|a\s+list|weapons?)\b"
         r"|\b(?:hasn'?t|hasnt|has\s+not|haven'?t|havent|not)\s+(?:eaten|had)\s+(?:anything|a\s+(?:proper\s+|hot\s+)?meal|proper\s+food|properly|(?:any\s+)?food|a\s+thing)\b[^\n]{0,30}?\bfor\s+(?:\w+\s+)?days\b"
         r"|\bnot\s+(?:seen|heard)\s+(?:the\s+kids|the\s+children|them|the\s+family|her|him)(?:\s+(?:at|from)\s+(?:no\s+)?\w+)?\s+(?:in|for)\s+(?:a\s+|over\s+a\s+)?(?:week|weeks|days|fortnight)\b[^\n]{0,60}?\b(?:curtains|no\s+lights|no\s+answer|post\s+piling|not\s+answering)\b"
         r"|\b(?:teacher|staff|instructor|leader|adult|coach|driver|man)\s+(?:\w+\s+){0,4}?(?:share|shared|sharing)\s+(?:a\s+)?(?:room|tent|bed|cabin|dorm)\s+with\s+(?:a\s+)?(?:pupil|student|child|kid|girl|boy|my\s+(?:son|daughter)|him|her)\b"
         r"|\b(?:wetsuit|clothes|top|shorts|pants)\s+off\b[^\n]{0,40}?\b(?:took|taking|takes)\s+(?:photos|pictures|pics)\b|\b(?:took|taking|takes)\s+(?:photos|pictures|pics)\b[^\n]{0,40}?\b(?:wetsuit\s+off|undressed|for\s+(?:\w+\s+)?records)\b"
         r"|\b(?:collected|picked\s+up|took)\b[^\n]{0,80}?\b(?:none\s+of\s+us|nobody|no\s+one)\s+(?:had\s+)?(?:ever\s+)?(?:seen|recognised|knew)\s+(?:her|him|them)\b"
         r"|(?:£\s?\d+|\b(?:cash|paid|money))\b[^\n]{0,30}?\bto\W{1,3}(?:drop|deliver|run|carry)\s+(?:parcels|packages|bags|packs)\b"
         # county lines written with a train ("county 🚂 runnin")
         r"|\bcounty\s*[🚂🚆🚄🚅🚃🚋🛤]",
         0.75, unless=(r"\b(?:film|movie|novel|soap|eastenders|corrie|coronation\s+street|emmerdale|book\s+club|lost\s+property|parcel\s+force|royal\s+mail|amazon|evri|hermes|dpd|dog|cat|puppy|kitten|tortoise)\b",), unless_penalty=0.45),
    Rule("harm_in_care", LABEL,
         r"\b(?:put|locked|shut|left|kept|placed)\s+(?:\w+\s+){0,2}?in\s+(?:a|the)\s+(?:locked\s+|dark\s+|small\s+)?(?:room|cupboard|car\s+boot|boot|box|cage|store\s?room|cellar|shed)\b[^\n]{0,60}?\b(?:on\s+(?:her|his|their)\s+own|alone|naughty|for\s+(?:over\s+)?(?:an?|\d+)\s+(?:hour|hours|mins?|minutes)|scratch\w*|lock\w*|crying|screaming|punish\w*)"
         r"|\b(?:put|puts|putting|shut|shuts|locked|locks)\s+(?:him|her|them|me|my\s+(?:son|daughter|child|boy|girl|kid))\s+in\s+the\s+(?:\w+\s+)?boot\b|\b(?:gets?|got|is|was|being)\s+put\s+in\s+the\s+(?:\w+\s+)?boot\b"
         r"|\b(?:prone|face\s?-?\s?down|floor)\s+restraint\b|\b(?:teacher|staff|carer|ta|escort|driver|he|she|they|adults?)\W{1,3}(?:\w+\s+)?(?:sits|sat|kneels?|knelt|lies|lay)\s+on\s+(?:me|him|them|my\s+(?:son|daughter|child|boy|girl|kid)|her(?!\s+(?:\w+\s+)?(?:backside|bum|arse|ass|behind|bottom|hands|laurels|phone|chair|desk)))\b"
         r"|\b(?:finger|fingertip|hand|thumb)(?:\s?-?\s?(?:shaped|mark|print)s?)?\s+(?:bruis\w*|marks\s+on\s+(?:his|her|their|my)\s+(?:arms?|legs?|neck|face|back|wrists?|thighs?))\b"
         r"|\bdrag(?:s|ged|ging)?\s+(?:a|the|my|our|this|that)\s+(?:\w+\s+){0,3}?(?:by\s+the\s+(?:\w+\s+)?(?:hood|hair|collar|arm|coat|ankle|leg|neck)|backwards\s+down)\b"
         r"|\b(?:was|got|been)\s+dropped\b[^\n]{0,60}?\b(?:broken|fractured?|cracked|sprained)\s+(?:\w+\s+)?(?:wrist|arm|leg|ankle|collarbone|hip|skull|ribs?)\b"
         r"|\b(?:concussion|broken\s+(?:wrist|arm|leg|nose)|fracture)\b[^\n]{0,80}?\b(?:why\s+(?:was|were)\s+(?:i|we)\s+not|nobody|no\s?one|no-one)\s+(?:called|told|rang|phoned|informed|contacted)\b"
         r"|\b(?:left|forgotten|abandoned)\s+(?:\w+\s+){0,4}?(?:on\s+(?:his|her|their)\s+own|alone|behind)\b[^\n]{0,60}?\b(?:fire\s+(?:drill|alarm)|evacuation)\b"
         r"|\b(?:male|man|men)\s+(?:carer|staff|worker|ta|escort|driver|member\s+of\s+staff)\b[^\n]{0,60}?\b(?:(?:chang\w*|toilet\w*|shower\w*|bath\w*|undress\w*|wash\w*)\s+(?:my|her|the|our)\b|(?:get|gets|getting|got)\s+(?:my|her|the|our)\s+(?:\w+\s+)?(?:changed|undressed|showered|washed))"
         r"|\b(?:male|man|men)\b[^\n]{0,40}?\b(?:chang\w*|shower\w*|bath\w*|undress\w*|wash\w*)\s+(?:my|our)\s+(?:daughter|son|child|girl|boy|kid)\b"
         r"|\b(?:videos?|vids|clips|pics|photos)\s+of\s+(?:the\s+)?(?:kids|children|pupils|students|disabled\s+\w+)\s+(?:having|in|during)\s+(?:meltdowns?|distress|tears|seizures?|fits?)\b"
         r"|\bif\s+i\s+tell\s+(?:any(?:one|body)|some(?:one|body)|mum|mummy|dad|daddy|my\s+\w+)\b[^\n]{0,50}?\b(?:she|he|they)(?:'?ll|\s+will|\s+would|'?d)\s+(?:tell|say)\b[^\n]{0,30}?\b(?:lying|liar|made\s+it\s+up)"
         r"|\b(?:uncle|dad|daddy|step\s?-?dad|mum|mummy|step\s?-?mum|grandad|grandpa|brother|cousin|mum'?s\s+(?:boyfriend|partner)|dad'?s\s+(?:girlfriend|partner))\s+(?:hurts|hits|touches|smacks|beats|kicks|punches|chokes|burns)\s+(?:her|him|them|me)\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:film|novel|episode|lesson\s+about|training\s+on|policy\s+on|never\s+use|does\s+not\s+use|doesn'?t\s+use|fire\s+safety\s+plan\s+says)\b"), unless_penalty=0.45),
    # Despair said sideways: letters written to one's children, a car driven into a wall
    # thought about.
    Rule("despair_sideways", LABEL,
         r"\b(?:i'?ve|ive|i\s+have|i)\s+(?:already\s+)?(?:written|wrote|writing|left)\s+(?:\w+\s+)?(?:letters?|notes?|goodbyes?)\s+(?:to|for)\s+(?:my|the)\s+(?:kids|children|family|boys|girls|son|daughter|wife|husband|partner|mum|dad)\b"
         r"|\b(?:thought|think|thinking|thinks)\s+(?:about|of)\s+(?:just\s+)?(?:driv\w*|steer\w*|swerv\w*|crash\w*)\s+(?:\w+\s+){0,3}?(?:into|off)\s+(?:a|the)\s+(?:wall|tree|lorry|bridge|river|cliff|barrier|oncoming|motorway)\b",
         0.85, unless=(_HYPERBOLE, r"\b(?:thank\s+you\s+letters?|christmas|birthday|santa|tooth\s+fairy|driving\s+test|lesson|parking)\b"), unless_penalty=0.4),
    # Exploitation offered or seen: a gift earned by "jobs" at an adult's home, a job with
    # one's own bank account and cash, webcam work that "doesn't check" ages, a trial offered
    # to a child in private, a child gone "with a man", a child "staying with friends" in
    # another city, leaflets for "defending our race", a pupil with weapons and a list of names.
    Rule("exploitation_sideways", LABEL,
         r"\b(?:free|new)\b[^\n]{0,60}?\b(?:come|pop|drop)\s+(?:round\s+|over\s+|by\s+)?(?:to\s+)?(?:mine|my\s+(?:house|flat|place|van|car))\b[^\n]{0,50}?\b(?:jobs|favours?|errands?|chores|bits\s+of\s+work|work\s+for\s+me)\b"
         r"|\b(?:cash|£\s?\d+\s*(?:a|per)\s+(?:day|drop|run|parcel))\b[^\n]{0,80}?\b(?:own|your)\s+bank\s+account\b|\b(?:own|your)\s+bank\s+account\b[^\n]{0,80}?\b(?:cash|£\s?\d+\s*(?:a|per)\s+(?:day|drop|run|parcel))\b"
         r"|\b(?:web\s?cam|cam)\s+(?:chat|work|site|girls?|modell?ing|shows?)\b[^\n]{0,80}?\b(?:no\s+face|(?:we\s+)?(?:don'?t|dont|never|won'?t)\s+check|students|no\s+id)\b"
         r"|\b(?:add|dm|message|follow|snap|pm|inbox)\s+me\b[^\n]{0,50}?\bi\s+(?:can|could|'?ll|will)\s+(?:get|give|sort|hook)\s+(?:you|u)\s+(?:up\s+)?(?:with\s+)?(?:a\s+)?(?:trial|trials|place\s+in|spot\s+on|contract|sponsorship|scholarship)\b"
         r"|\b(?:daughter|son|child|girl|boy|lad|kid)\b[^\n]{0,80}?\b(?:got\s+(?:out|off)|went\s+off|left|drove\s+off|got\s+in\s+a\s+car)\b[^\n]{0,30}?\bwith\s+(?:a|an|some)\s+(?:older\s+|strange\s+|unknown\s+)?(?:man|men|bloke|stranger|adult)\b"
         r"|\b(?:hasn'?t|hasnt|has\s+not|not)\s+been\s+(?:at|in|to)\s+(?:\w+\s+){0,3}?(?:school|college|training)\b[^\n]{0,80}?\bstaying\s+with\s+(?:friends|mates|a\s+friend|a\s+mate)\b"
         r"|\bstaying\s+with\s+(?:friends|mates|a\s+friend|a\s+mate)\W{0,3}\s+in\s+(?:another|a\s+different)\s+(?:city|town)\b"
         r"|\b(?:defend\w*|protect\w*|save|saving)\s+(?:our|the\s+white)\s+(?:race|bloodline|blood)\b"
         r"|\b(?:extremist|far\s?-?\s?right|jihadi\w*|nazi)\s+(?:memes?|videos?|leaflets?|stickers?|material|posts?)\b[^\n]{0,100}?\b(?:weapons?|knives|guns?|list\s+of\s+names|attack)\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:film|book|episode|novel|lesson\s+about|prevent\s+training|history\s+of)\b"), unless_penalty=0.45),
    # Threats said sideways: "see how brave he is then", "or i'll shut it for you", a building
    # burnt "with [someone] in it", "lucky i'm not the type to", all of a group "killed".
    Rule("threat_sideways_more", LABEL,
         r"\bsee\s+how\s+(?:brave|tough|hard|big|clever|mouthy|cocky|smug|gobby)\s+(?:he|she|you|u|they)\s+(?:is|are|r|feels?)\s+then\b"
         r"|\bor\s+(?:i'?ll|ill|i\s+will|we'?ll|we\s+will)\s+(?:shut|close|do)\s+it\s+for\s+(?:you|u|her|him|them)\b"
         r"|\b(?:burn|torch|firebomb|petrol\s+bomb|blow\s+up)\w*\s+(?:\w+\s+){0,5}?(?:down\s+)?with\s+(?:\w+\s+){0,4}?(?:in|inside)\s+it\b"
         r"|\b(?:you'?re|youre|you\s+are|ur|(?:he|she)(?:'?s|\s+is))\s+lucky\s+(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+not\s+(?:the\s+(?:type|sort|kind)|a\s+violent|someone\s+who)\b"
         r"|\b(?:kill|shoot|gas|drown|exterminate|bomb)\s+(?:all|every\s+(?:last\s+)?one\s+of)\s+(?:the|those|them|these)\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:film|book|episode|novel|fifa|fortnite|bonfire|zombies?|weeds?|germs|bugs|flies|wasps|slugs|ants|nits|monsters|aliens|game|quot(?:e|es|ed|ing)|report\s+(?:it|them))\b"), unless_penalty=0.45),
    # A partner's control: a partner who smashes, breaks or throws the writer's things.
    Rule("controlling_partner", LABEL,
         r"\b(?:my|her|his)\s+(?:partner|boyfriend|bf|girlfriend|gf|husband|wife|ex)\s+(?:\w+\s+)?(?:smashed|broke|threw|destroyed|punched|hit|grabbed|shoved|pushed|choked|strangled)\s+(?:my|me|her|him)\b(?!\s+up\b)",
         0.8, unless=(r"\b(?:accident\w*|by\s+mistake|lol|haha|game|pool|tennis|fifa|record)\b", _PLAYFUL_HIT), unless_penalty=0.45),
    # --- batches 57-59: exam season, faith and festivals, a school's reels ----------------
    # A child missing told as an appeal: "went missing after" with a search or an age, a
    # child "not seen since" an event, a pupil "missing school since" with a call for news.
    Rule("child_missing_told", LABEL,
         r"\b(?:went|gone|has\s+gone|have\s+gone|go|goes)\s+missing\b[^\n]{0,100}?\b(?:search\w*|looking\s+for|police|101|999|(?:she|he)'?s\s+(?:only\s+)?\d{1,2}\b|aged?\s+\d{1,2}\b|\d{1,2}\s?(?:yo|y/o|year\s?old|yr\s?old))"
         r"|\b(?:child|kid|son|daughter|girl|boy|lad|she|he)\b[^\n.]{0,30}?\b(?:hasn'?t|hasnt|has\s+not|haven'?t|have\s+not)\s+been\s+seen\s+(?:since|for)\b"
         r"|\bmissing\s+(?:school|lessons|college)\s+since\b[^\n]{0,100}?\b(?:any(?:one|body)\s+(?:knows?|has\s+seen|seen|heard)|whereabouts|contact\s+(?:his|her|their)|ring\s+(?:his|her|their))\b",
         0.8, unless=(r"\b(?:film|movie|novel|episode|cat|dog|kitten|puppy|tortoise|parcel|coat|jumper|bag|lunchbox|homework|book|sock|shoe|trainers?|the\s+point)\b",), unless_penalty=0.45),
    # An ending said as thanks: the "last" one with a thank-you to those "kind to me"; a wish
    # for "this" to "all be over" said in earnest; not knowing "if I'll make it" in distress.
    Rule("ending_said_as_thanks", LABEL,
         r"\b(?:last|final)\b[^\n]{0,80}?\b(?:thanks?|thank\s+you)\b[^\n]{0,40}?\bwho\s+(?:were|was|have\s+been|has\s+been|ever\s+were)\s+(?:ever\s+)?(?:kind|nice|good)\s+to\s+me\b"
         r"|\b(?:anxiety|depress\w*|panic|can'?t\s+cope|cant\s+cope|bald\s+patch|not\s+sleeping|not\s+eating)\b[^\n]{0,120}?\b(?:don'?t|dont|do\s+not)\s+know\s+if\s+i'?(?:ll|\s+will|\s+can)\s+(?:make\s+it|last|get\s+through\s+(?:it|this))\b(?!\s+(?:to|in\s+time|on\s+time|for|back|there))",
         0.8, unless=(_HYPERBOLE, r"\b(?:film|series|box\s?set|season|episode|holiday|summer|half\s+term|party|dance|match|cup\s+final|exams?|today|term|years|leavers|retir\w*|moving|new\s+job|traffic|in\s+time|on\s+time)\b"), unless_penalty=0.4),
    # A wish for "this" to "all be over" said in earnest ("genuinely"): the earnest word
    # outweighs a laugh before it, so no hyperbole veto here; an exam or a term named is the
    # ordinary wish.
    Rule("over_said_in_earnest", LABEL,
         r"\b(?:can'?t|cant|cannot)\s+wait\s+for\s+(?:this|it|everything)\s+(?:all\s+)?to\s+(?:all\s+)?be\s+over\W{0,4}\s*(?:genuinely|for\s+real|seriously|honestly|for\s+good|forever)\b",
         0.75, unless=(r"\b(?:exams?|mocks?|gcses?|a\s?-?levels?|sats|revision|term|week|holiday|summer|season|film|series|match|game|renovation|building\s+work|roadworks|pregnan\w*|labou?r)\b",), unless_penalty=0.45),
    # Hair pulled out "in chunks" to a bald patch: a self-harm, not the idiom of frustration.
    Rule("hair_pulled_out", LABEL,
         r"\bpull\w*\s+(?:my|her|his|their|me)\s+(?:own\s+)?(?:hair|eyelashes|lashes|eyebrows)\s+out\s+(?:in\s+(?:chunks|clumps|handfuls|lumps)|(?:till|until)\s+(?:it\s+)?bleed\w*)"
         r"|\bpull\w*\s+(?:my|her|his|their|me)\s+(?:own\s+)?(?:hair|eyelashes|lashes|eyebrows)\s+out\b[^\n]{0,60}?\bbald\s+(?:patch|patches|spot|spots)\b",
         0.8, unless=(r"\b(?:doll|barbie|dog|cat|wig|extensions)\b",), unless_penalty=0.45),
    # Food cut to a number: calories counted down to a few hundred a day, or food withheld
    # for a grade or as a punishment ("I won't get tea for a week").
    Rule("food_cut_or_withheld", LABEL,
         r"\b(?:cals?|calories|kcals?)\b[^\n]{0,60}?\b(?:down\s+to|under|only|just|below|less\s+than|max)\s+[1-8]\d{2}\b(?!\d)(?!\s*(?:a|per)\s+(?:portion|serving|slice|bar|meal))"
         r"|\b(?:down\s+to|under|only|just|below|less\s+than|max)\s+[1-8]\d{2}\s?(?:cals?|calories|kcals?)?\s+(?:a|per)\s+day\b"
         r"|\b(?:won'?t|wont|will\s+not|don'?t|dont|didn'?t|didnt|never|not\s+allowed\s+to)\s+(?:get|have|be\s+given|be\s+allowed)\s+(?:any\s+)?(?:tea|dinner|supper|food|breakfast|lunch|fed|meals?|anything\s+to\s+eat)\s+for\s+(?:a|the|\d+|two|three|four|five|a\s+whole)\s+(?:week|weeks|days|whole\s+week)\b",
         0.8, unless=(r"\b(?:recipe|portion|serving|meal\s+deal|menu|dog|cat|puppy|kitten|holiday|camping|diet\s+coke|fasting|ramadan|lent|boiler|oven|cooker|kitchen|power\s+cut|electric\w*|gas|renovation|builders)\b",), unless_penalty=0.45),
    # An adult who tells a child to delete their messages: the secrecy of grooming.
    Rule("adult_asks_child_to_delete", LABEL,
         r"\b(?:teacher|tutor|coach|he|she|adult|man|leader|instructor|volunteer|staff)\b[^\n]{0,60}?\b(?:told|tell|telling|tells|asked|asks|asking|make|made)\s+(?:my\s+(?:son|daughter|child|kid|boy|girl|lad)|her|him|them|me|the\s+(?:kids|children|pupils|students))\s+to\s+delete\s+(?:all\s+)?(?:the(?:ir)?|his|her|our|my|those|these|any)?\s*(?:messages|texts|chats?|dms|snaps|photos|pics|conversations?|emails|whatsapps?)\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:spam|scam|phishing|virus|chain\s+messages?|storage|space|phone\s+is\s+full)\b"), unless_penalty=0.45),
    # A child's marriage arranged: a girl or boy of 15 or under engaged or with a wedding booked.
    Rule("child_marriage_arranged", LABEL,
         r"\b(?:is|she'?s|he'?s|aged?|only|just)\s+(?:1[0-5]|twelve|thirteen|fourteen|fifteen)\b[^\n]{0,80}?\b(?:already\s+(?:had\s+)?(?:the\s+|her\s+|his\s+)?engage\w*|engaged\s+to|(?:her|his)\s+(?:own\s+)?(?:engagement|wedding)|wedding\s+is\s+(?:booked|arranged|set|planned)|(?:getting|be|being)\s+married|marry\s+(?:him|her|a|an|someone|her\s+cousin|his\s+cousin))"
         r"|\b(?:engage\w*|wedding|married)\b[^\n]{0,80}?\b(?:she'?s|he'?s|she\s+is|he\s+is)\s+(?:only\s+|just\s+)?(?:1[0-5]|twelve|thirteen|fourteen|fifteen)\b(?!\s*(?:years?\s+|yrs?\s+)?(?:ago|mins?|minutes|hours?|weeks?|days?|miles))",
         0.8, unless=(r"\b(?:film|drama|novel|play|history|tudor|henry\s+viii|victorian|medieval|book|cake|bridesmaid|page\s+boy|flower\s+girl)\b",), unless_penalty=0.45),
    # A named dangerous prank done to someone ("do the skull breaker on the new kid").
    Rule("dangerous_prank_on_someone", LABEL,
         r"\b(?:do|doing|try|pull|pulled)\s+(?:the|a)\s+(?:skull\s?breaker|skull\s?crusher|tripping\s+jump|blackout|chair\s+pull)\s+on\b",
         0.8, unless=(_REPORTED_PHRASE, r"\b(?:don'?t|dont|never|warning|dangerous)\b"), unless_penalty=0.45),
    # --- batches 60-62: the school run, a head's X account, wellbeing weeks ------------------
    # A member of staff giving a child their own number: the private channel an adult opens
    # with a pupil ("the supply teacher gave the kids her number", "told my daughter to save
    # it"); the school office's number, a trip's emergency line veto it.
    Rule("staff_number_to_child", LABEL,
         r"\b(?:teacher|tutor|coach|supply|ta|staff|sir|miss|mr\s+\w+|mrs\s+\w+|ms\s+\w+|assistant|instructor|leader|volunteer)\b[^\n]{0,40}?\b(?:gave|gives|give|giving|handed|hands|passed|sent|sends|wrote|writes|put)\s+(?:out\s+)?(?:the\s+(?:(?:year|yr)\s?\d{1,2}\s+)?(?:kids|children|pupils|students|class|girls|boys)|my\s+(?:son|daughter|child|kid|boy|girl|lad)|(?:him|her|them)\s+)?\s*(?:his|her|their)\s+(?:own\s+|personal\s+|private\s+|mobile\s+|phone\s+)?(?:number|mobile|phone\s+number|snap\w*|insta\w*|whatsapp|socials)\b"
         r"|\b(?:teacher|tutor|coach|staff|sir|miss|mr\s+\w+|mrs\s+\w+)'?s?\s+(?:own\s+|personal\s+|private\s+)(?:mobile\s+)?(?:number|mobile|snap\w*|insta\w*)\b[^\n]{0,80}?\b(?:told|asked|tells|asks|wants)\s+(?:my\s+(?:son|daughter|child|kid|boy|girl|lad)|(?:the\s+)?(?:kids|children|pupils|students|class)|him|her|them)\s+to\s+(?:save|keep|text|message|add|call|ring|whatsapp)\b",
         0.8, unless=(r"\b(?:school\s+office|office\s+number|reception|emergency|residential|trip|parents?\s+(?:can|should|to)|for\s+parents|lost\s+property)\b",), unless_penalty=0.45),
    # Violence from a partner told by the one it is done to ("my husband ... hitting me when
    # the kids are in bed"): the adult's words carry the children's home too.
    Rule("partner_violence_told", LABEL,
         r"\bmy\s+(?:partner|boyfriend|bf|girlfriend|gf|husband|hubby|wife|ex|fianc\w*|other\s+half)\b[^\n.!?]{0,80}?\b(?:hitting|hits|hit|beating|beats|punching|punches|punched|kicking|kicks|kicked|choking|chokes|choked|strangling|strangles|strangled|slapping|slaps|slapped|hurting|hurts|shoving|shoves)\s+me\b(?!\s+up\b)",
         0.8, unless=(_PLAYFUL_HIT,), unless_penalty=0.45),
    # A disclosure that the adult a child is told to trust is the one doing the harm
    # ("what if the trusted adult is the one doing it").
    Rule("trusted_adult_is_the_harm", LABEL,
         r"\b(?:trusted\s+adult|adult\s+(?:i|you|we)\s+(?:trust|should\s+tell|are\s+meant\s+to\s+tell|'?re\s+meant\s+to\s+tell)|(?:person|one)\s+(?:i'?m|you'?re|we'?re)\s+(?:meant|supposed)\s+to\s+tell|(?:my|the)\s+(?:dad|mum|mam|step\s?dad|step\s?mum|uncle|carer|teacher|coach)\s+(?:i|you)\s+(?:should|would|am\s+meant\s+to)\s+tell)\s+(?:is|was|'s|are)\s+the\s+(?:one|ones|person)\s+(?:doing\s+(?:it|this|that)|hurting|who'?s?\s+(?:doing|hurting|does))\b",
         0.8),
    # Help refused with the decision already made ("don't bother with the helpline numbers,
    # i've made my mind up"): help named and pushed away beside a settled mind.
    Rule("help_refused_mind_made_up", LABEL,
         r"\b(?:helplines?|samaritans|childline|crisis\s+(?:line|team|number)|kooth|shout\s+85258|counsell\w+|therap\w+|gp|doctor)\b[^\n]{0,80}?\b(?:(?:i'?ve|ive|i\s+have)\s+(?:already\s+)?(?:made\s+(?:my|up\s+my)\s+mind(?:\s+up)?|decided)|my\s+mind'?s?\s+(?:is\s+)?made\s+up|too\s+late\s+for\s+(?:me|that))\b(?!\s+(?:to\s+(?:call|ring|go|try|talk|speak|book|ask)|i'?m\s+(?:going|calling|ringing)))",
         0.8, unless=(r"\b(?:which\s+school|secondary|uniform|holiday|gcse\s+options|options|college|university|uni|sixth\s+form|the\s+vote|voting|strike)\b",), unless_penalty=0.45),
    # Self-harm owned in the first person ("i've been self harming"): read apart from
    # suicidal_intent so that a talk or a leaflet "about self harm" in the same comment (its
    # topic veto) does not hide it.
    Rule("self_harm_owned", LABEL,
         r"\b(?:i'?ve|ive|i\s+have|i'?m|im|i\s+am|i\s+was|i\s+still|i\s+started|i\s+keep|i)\s+(?:been\s+|started\s+|begun\s+|back\s+to\s+|still\s+|also\s+)?self\s?-?\s?harm(?:ing|ed)?\b",
         0.8, unless=(r"\b(?:never|haven'?t|have\s+not|didn'?t|did\s+not|don'?t|do\s+not)\s+(?:\w+\s+)?self\s?-?\s?harm\w*",), unless_penalty=0.45),
    # A child told to be groomed ("my son who is being groomed by a gang"); the signs taught
    # in a talk, a dog's or a pony's grooming veto it.
    Rule("child_groomed_told", LABEL,
         r"\b(?:being|been|getting|got|was|is|are|were)\s+groomed\b(?!\s+(?:for\s+(?:the\s+)?(?:top|leadership|promotion|head|captain|the\s+role|success)))",
         0.75, unless=_EDUCATIONAL + (r"\b(?:dogs?|puppy|pony|ponies|horses?|cats?|hair|beard|lawns?|pitch|piste|slopes?|signs|spot|spotting|how\s+to\s+tell|documentary|film|drama|novel|book)\b",), unless_penalty=0.45),
    # --- batch 63-65: strangers under a school's videos
    # An onlooker desiring a child's body, clothes or age: a body part praised ("nice lips
    # for a kid", "best little body"), a lewd emoji beside a child, "is the (girl) single",
    # "can't be more than 12 but", a child who "needs a daddy", clothes "not complaining".
    Rule("child_body_desired", LABEL,
         rf"\b(?:nice|best|perfect|lovely|great|fit|hot|sexy|tight|peng|gorgeous|juicy)\s+(?:little\s+)?(?:body|bod|lips|legs|thighs|bum|butt|arse|ass|figure|curves|chest|hips|booty)\b[^\n]{{0,40}}?\b(?:for\s+(?:a|her|his)\s+(?:kid|age|child)|at\s+(?:her|his|that)\s+age)"
         rf"|\b(?:best|nice|perfect|lovely|fit|hot|sexy|tight|juicy)\s+little\s+(?:body|bod|figure|bum|butt|legs|thighs|booty)\b"
         rf"|\b{_PICTURED_CHILD}\b[^\n]{{0,80}}?(?:🥵|🤤|👅|💦)|(?:🥵|🤤|👅|💦)[^\n]{{0,40}}?\b{_PICTURED_CHILD}\b"
         rf"|\bis\s+(?:the|that|this)\s+(?:\w+\s+){{0,3}}?(?:girl|boy|lad|lass|kid|one)\s+(?:\w+\s+){{0,3}}?single\b(?![\s-]*handed)"
         rf"|\b(?:can'?t|cant|cannot|can\s+not)\s+be\s+(?:more|older)\s+than\s+(?:1[0-7]|[4-9])\b[^\n]{{0,30}}?\bbut\b[^\n]{{0,30}}?\b(?:gorgeous|stunning|hot|fit|sexy|peng|beautiful|pretty|cute|looks?)"
         rf"|\b{_PICTURED_CHILD}\b[^\n]{{0,60}}?\bneeds?\s+(?:a\s+)?(?:daddy|sugar\s+daddy|older\s+(?:man|boyfriend)|real\s+man)\b"
         rf"|\b(?:wear|wearing|wore|in)\s+(?:more|less|fewer|shorter|tighter|those|them|the|her|his)\s+(?:clothes|clothing|shorts|skirts?|tutus?|leotards?|swimsuits?|swimming\s+costumes?|tights|leggings)\b[^\n]{{0,40}}?\b(?:not\s+complaining|no\s+complaints|won'?t\s+complain|mmm+|phwoa\w*)"
         rf"|\bmore\s+of\s+(?:his|her|their)\s+(?:\w+\s+){{0,2}}?in\s+(?:those\s+|them\s+|the\s+|his\s+|her\s+)?(?:shorts|skirts?|tutus?|leotards?|swimsuits?|swimming\s+costumes?|tights|leggings)\b",
         # the sweat emoji of heat ("hammered by the sun 🥵")
         0.8, unless=(_CHILD_OWN_RELATIVE, _REPORTED_PHRASE, r"\b(?:e-?safety"
                                                              r"|sun|sunny|heat|heatwave|weather|sweat\w*|boiling|humid|temperature|scorch\w*)\b"), unless_penalty=0.45),
    # A stranger wanting more, slower or closer footage of particular children, or a
    # pictured child's own accounts: "specifically the girls' routine in slow motion",
    # "more of the boy in the blue", "replayed it so many times, the one with the bunches",
    # "does the lad on drums have a tiktok", "the girl doing the splits' insta".
    Rule("child_footage_sought", LABEL,
         rf"\b(?:more|other|extra|longer|full|closer)\s+(?:videos?\s+|vids?\s+|pics?\s+|pictures?\s+|photos?\s+|clips?\s+|footage\s+|bits?\s+)?(?:of|from)\b[^\n]{{0,60}}?\b(?:specifically|especially|particularly|just\s+the|only\s+the|slow\s?-?\s?mo\w*|close\s?-?\s?ups?|zoom\w*)\b[^\n]{{0,40}}?\b(?:{_PICTURED_CHILD}|her|him|his)\b"
         rf"|\b(?:slow\s?-?\s?mo\w*|close\s?-?\s?ups?|zoom\w*\s+in)\b[^\n]{{0,40}}?\b(?:girls?'?|boys?'?)\s+(?:\w+\s+)?(?:routine|dance|dancing|bit|part|legs|splits|floor|changing)"
         rf"|\bmore\s+(?:videos?\s+|vids?\s+|pics?\s+|pictures?\s+|photos?\s+|clips?\s+)?of\s+(?:the|that|this)\s+(?:little\s+|young\s+)?(?:girl|boy|kid|lad|lass|one)\s+(?:in|with|doing|at|on|wearing)\b"
         rf"|\b(?:replayed|rewatched|re-?watched|watched|paused)\s+(?:this|it|that\s+bit)\s+(?:so\s+many|loads\s+of|\d+|a\s+hundred|hundreds\s+of|over\s+and\s+over)\s*(?:times)?\b[^\n]{{0,60}}?\b(?:the\s+one\s+(?:with|in|on)|(?:little\s+)?(?:girl|boy)\s+(?:with|in|on)|perfect|body)\b"
         rf"|\b(?:instagram|insta|ig|snap\w*|tiktok|tik\s+tok|socials?|handle|account|number)\s+(?:of|for)\s+(?:the|that|this)\s+(?:\w+\s+)?(?:girl|boy|kid|lad|lass|one)\b"
         rf"|\b(?:the|that|this)\s+(?:\w+\s+){{0,2}}?(?:girls?|boys?|kid|lad|lass)'?s?\s+(?:snap\w*|insta\w*|tiktok|socials?|ig)\b"
         rf"|\b(?:does|has)\s+(?:the|that|this)\s+(?:\w+\s+){{0,3}}?(?:girl|boy|kid|lad|lass|one)\s+(?:\w+\s+){{0,5}}?(?:have|got)\s+(?:a|an)\s+(?:tiktok|tik\s+tok|insta\w*|snap\w*|ig|onlyfans|account)\b",
         0.8, unless=(_CHILD_OWN_RELATIVE, _REPORTED_PHRASE, r"\b(?:e-?safety|dance\s+school|academy|(?:club|team|choir)'s|(?:club|team|choir)s?\s+(?:insta\w*|tiktok|snap\w*|account|page))\b"), unless_penalty=0.45),
    # A stranger asking how to reach a pictured child: the bus or way home, where the child
    # lives or trains, or the school's postcode to leave the child a present.
    Rule("pictured_child_located", LABEL,
         r"\b(?:what|which)\s+(?:bus|train|tram|way|route|road)\s+(?:does|do|did)\s+(?:she|he|they|the\s+(?:\w+\s+){0,2}?(?:girl|boy|kid|lad|lass|one)(?:\s+(?:with|in|on|at|who)(?:\s+\w+){1,4}?)?)\s+(?:get|take|catch|walk|go|use)\b"
         r"|\bwhere\s+(?:does|do)\s+(?:she|he|the\s+(?:\w+\s+){0,2}?(?:girl|boy|kid|lad|lass|one)(?:\s+(?:with|in|on|at|who)(?:\s+\w+){1,4}?)?)\s+(?:live|walk\s+home|train|practi[cs]e|get\s+the\s+bus|hang\s+(?:out|about|around)|go\s+after\s+school)\b"
         r"|\b(?:postcode|address|location|where(?:'?s|\s+is))\s+(?:of\s+)?(?:the|this|that|ur|your)\s+school\b[^\n]{0,80}?\b(?:present|gift|surprise|something|flowers|card|drop|leave|visit|meet)\b[^\n]{0,40}?\b(?:girl|boy|kid|lad|lass|her|him|who\s+(?:sang|danced|played))\b",
         0.75, unless=(_CHILD_OWN_RELATIVE, r"\b(?:lost\s+property|party|invite|invitation|open\s+(?:day|evening)|admissions?|prospectus|teacher|miss|sir|mrs)\b"), unless_penalty=0.45),
    # --- batch 66-68: county lines, the prom and the afterparty
    # A child's age asked with desire: "is she 16 yet" or "how old is the lad in ..." beside
    # a word of wanting ("stunning", "fit", "asking for a reason", a smirk).
    Rule("child_age_asked_with_desire", LABEL,
         r"\b(?:is|r|are)\s+(?:she|he|they|the\s+(?:\w+\s+){0,3}?(?:girl|boy|lad|lass|one))\s+(?:1[3-8]|legal|old\s+enough)\s+yet\b"
         r"|\bhow\s+old\s+(?:is|r|are)\s+(?:the|that|this)\s+(?:\w+\s+){0,3}?(?:girl|boy|lad|lass|one)\b",
         0.45, context=(r"\b(?:stunning|fit|hot|sexy|peng|gorgeous|beautiful|pretty|cute|tasty|asking\s+for\s+a\s+(?:reason|friend)|single|dm|inbox|number|snap\w*)\b|😏|😍|🤤|😜|🔥|👅|😘",), context_boost=0.35,
         unless=(_CHILD_OWN_RELATIVE, _REPORTED_PHRASE, r"\b(?:grow\w*\s+up|time\s+flies|birthday|proud|bless|ticket|entry|allowed|the\s+(?:rules?|policy)|ball|prom\s+(?:tickets?|entry))\b"), unless_penalty=0.45),
    # An adult offering a child "work" or a job in a room, a hotel or after the party: the
    # quotation marks or the hour say what the work is.
    Rule("child_offered_work_in_private", LABEL,
         r"\b(?:asked|asking|asks|offered|offering|offers|ask|offer)\s+(?:\w+\s+){0,4}?(?:if\s+(?:she|he|they|i|we)\s+(?:wanted|wants|want|fancied|fancy|needed|need)\s+(?:some\s+|a\s+(?:little\s+)?)?)?"
         r"(?:[\"'“‘](?:work|a\s+job|jobs|modelling|a\s+little\s+job|some\s+work|hostess\w*)[\"'”’]|(?:work|a\s+job|modelling|some\s+work|hostess\w*)(?!\s+experience))"
         r"\s+(?:\w+\s+){0,3}?(?:in|at|up\s+in|back\s+at)\s+(?:a|the|his|her|their)\s+(?:hotel|room|flat|apartment|car|afterparty|after\s+party|house\s+party)\b"
         r"(?:[^\n]{0,40}?\b(?:after|later|tonight|alone|upstairs|night)\b|(?<=[\"'”’]\s)|)",
         0.45, context=(r"\b(?:daughter|son|niece|nephew|grand(?:daughter|son)|girls?|boys?|year\s+1[01]|1[3-7]\b|prom|leavers|pupils?|kids?|child|teens?|under\s?age)\b",), context_boost=0.35,
         unless=_EDUCATIONAL + (r"\b(?:careers?\s+fair|apprenticeship|cv|interview|vacanc\w*|part\s?-?\s?time|saturday\s+job|summer\s+job|work\s+experience)\b",), unless_penalty=0.45),
    # --- batch 63-65: closures and the PTA fair
    # Young children left unattended by those who should care: left "home alone" at night or
    # while the carer is out, a child nobody came for "again".
    Rule("child_left_unattended", LABEL,
         r"\b(?:leaves?|left|leaving)\s+(?:her|his|their|the|them|those|these)\s+(?:\w+\s+){0,2}?(?:little\s+ones|kids|children|baby|babies|toddlers?|boys?|girls?|sons?|daughters?|twins|bairns|young\s?uns)\s+(?:home\s+|at\s+home\s+|in\s+the\s+(?:house|flat|car)\s+)?(?:alone|on\s+their\s+own|by\s+themselves|unattended)\b[^\n]{0,80}?\b(?:night|pub|all\s+day|hours|while\s+(?:she|he|they)|crying|screaming|again|every|till|until)\b"
         r"|\b(?:nobody|no\s*one|noone|no\s+one)\s+(?:ever\s+)?(?:came|comes|turned\s+up|turns\s+up|showed\s+up|arrived)\s+(?:for|to\s+(?:get|collect|fetch|pick\s+up))\s+(?:him|her|them|the\s+(?:\w+\s+)?(?:boy|girl|kid|lad|lass|child))\b[^\n]{0,60}?\b(?:again|third|second|fourth|every|times|always|another)\b",
         0.75, unless=(r"\b(?:film|movie|home\s+alone\s+(?:film|movie|2|two)|christmas\s+film|1[3-9]|teenagers?|sixth\s+form)\b",), unless_penalty=0.45),
    # A child or a household going without food or heat: nobody at home feeding a child,
    # nothing to eat with the gas or electric gone.
    Rule("household_without_food_or_heat", LABEL,
         r"\b(?:nobody|no\s*one|noone|no\s+one)\s+(?:at\s+home\s+|in\s+my\s+house\s+|here\s+)?(?:has\s+|have\s+|ever\s+)?(?:(?:fed|feeds|cooked\s+for|cooks\s+for)\s+(?:me|us)|made\s+(?:me|us)\s+(?:any\s+)?(?:food|tea|dinner|breakfast|lunch))\b"
         r"|\b(?:nothing|no\s+food)\s+(?:left\s+)?(?:in\s+the\s+(?:cupboards?|fridge|house|flat)|to\s+eat)\b[^\n]{0,80}?\b(?:gas|electric\w*|heating|meter|power|lights?)(?:\s+card|\s+key|'?s|\s+has)?\s+(?:ran\s+out|run\s+out|cut\s+off|went\s+off|gone\s+off|is\s+off|off|gone)\b"
         r"|\b(?:gas|electric\w*|heating|meter|power)(?:\s+card|\s+key|'?s|\s+has)?\s+(?:ran\s+out|run\s+out|cut\s+off|went\s+off|gone\s+off|is\s+off)\b[^\n]{0,80}?\b(?:nothing|no\s+food)\s+(?:left\s+)?(?:in\s+the\s+(?:cupboards?|fridge|house|flat)|to\s+eat)\b",
         0.75, unless=(r"\b(?:takeaway|chippy|rewir\w*|power\s+cut|outage|storm|engineers?|fussy|picky|diet|fasting|ramadan|lent)\b",), unless_penalty=0.45),
    # Harm told by a child about a family member after what led to it: "my dad ... then hits
    # me if I ask", "my stepmum ... and kicks me when i cry".
    Rule("harm_at_home_after", LABEL,
         r"\bmy\s+(?:dad|mum|mam|mom|step\s?-?\s?dad|step\s?-?\s?mum|mum'?s\s+(?:boyfriend|bf|partner)|dad'?s\s+(?:girlfriend|gf|partner)|uncle|aunt\w*|brother|sister|nan|grandad|grandma|carer|foster\s+\w+|parents)\b[^.!?\n]{0,100}?\b(?:then|and|if\s+i|when\s+i|whenever\s+i)\s+(?:\w+\s+){0,3}?(?:hits?|beats?|punch(?:es)?|kicks?|slaps?|hurts?|belts?|smacks?|chokes?|burns?)\s+me\b(?!\s+(?:up|with|back|at))",
         0.75, unless=(_PLAYFUL_HIT, r"\b(?:with\s+(?:a\s+)?(?:joke|pun|question|pillow|facts?)|at\s+(?:chess|fifa|tennis|ping\s+pong|cards)|in\s+the\s+(?:game|race|match)|hits?\s+me\s+(?:up|back|with))\b"), unless_penalty=0.45),
    # Paid work or time with children offered or sought with the parents cut out, or a
    # child asked after as "available".
    Rule("children_sought_without_parents", LABEL,
         r"\b(?:parents?|mums?|dads?|guardians?)\s+(?:need\s+not|needn'?t|don'?t\s+need\s+to|do\s+not\s+need\s+to|won'?t\s+need\s+to|shouldn'?t|mustn'?t|not\s+needed\s+to)\s+(?:be\s+)?(?:involved|know|told|come|attend|present|around|there)\b"
         r"|\bwhich\s+(?:one\s+)?of\s+(?:these|those|the|your|ur)\s+(?:little\s+)?(?:kids|girls|boys|children|pupils|students)\s+(?:is|are)\s+(?:available|free|up\s+for|for\s+hire)\b",
         0.75, unless=(r"\b(?:teacher|staff|dbs|club\s+leader|instructor|register|office|consent\s+form)\b",), unless_penalty=0.45),
    # Vanishing wished for as a relief, for good: "easier to just disappear for good",
    # "better for everyone if i just vanished".
    Rule("vanishing_as_relief", LABEL,
         r"\b(?:easier|better|simpler|kinder)\b[^\n.!?]{0,40}?\b(?:disappear|vanish|go\s+away|not\s+be\s+here|not\s+exist)\w*\s+(?:for\s+good|forever|for\s+ever|permanently|for\s+real)\b"
         r"|\b(?:easier|better|simpler|kinder)\s+(?:for\s+(?:everyone|every1|everyi|everyl|every\s+one|them|my\s+\w+|all\s+of\s+(?:you|them))\s+)?if\s+i\s+(?:just\s+)?(?:disappeared|vanished|wasn'?t\s+(?:here|around|born)|was\s+gone|were\s+gone|didn'?t\s+exist|never\s+woke\s+up)\b",
         0.8, unless=(r"\b(?:magic|magician|trick|hide\s+and\s+seek|crowd|stains?|spots?|acne|wrinkles|weeds|clutter|tan\s+lines|holiday|lol|haha|😂|🤣)\b",), unless_penalty=0.45),
    # A partner holding the money and watching the phone, or leaving a mark with either:
    # "he's got my bank card and reads my texts", "she took my wages ... checks my phone".
    Rule("partner_controls_money_and_phone", LABEL,
         r"\b(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|fianc\w*)\s+(?:has\s+|'s\s+|s\s+)?(?:took|takes|taken|keeps?|kept|controls?|has|got|holds?)\s+(?:all\s+)?(?:my|our)\s+(?:bank\s+)?(?:cards?|money|wages|benefits|pay|salary|keys|passport|child\s+benefit)\b[^\n]{0,80}?\b(?:watch\w*|checks?|checking|reads?|reading|goes\s+through|tracks?|tracking|monitors?)\s+(?:all\s+)?my\s+(?:phone|messages|texts|location|emails?|whatsapp|calls)\b"
         r"|\b(?:watch\w*|checks?|checking|reads?|reading|goes\s+through|tracks?|tracking|monitors?)\s+(?:all\s+)?my\s+(?:phone|messages|texts|location|emails?|whatsapp|calls)\b[^\n]{0,80}?\b(?:took|takes|taken|keeps?|kept|controls?)\s+(?:all\s+)?(?:my|our)\s+(?:bank\s+)?(?:cards?|money|wages|benefits|pay|salary|keys|passport)\b"
         r"|\b(?:black\s+eye|bruis\w*|split\s+lip)\b[^\n]{0,80}?\b(?:he|she|they)\s+(?:took|takes|keeps|controls?|watch\w*|checks?|reads?|tracks?|monitors?)\s+(?:all\s+)?my\s+(?:bank\s+)?(?:cards?|money|wages|phone|messages|texts|location)\b",
         0.8, unless=(r"\b(?:robux|v-?bucks|fortnite|roblox|app\s+store|game|gaming|my\s+(?:son|daughter|kids?|lad|boy|girl|teen\w*)|parental\s+controls?|screen\s+time)\b",), unless_penalty=0.45),
    # A young person to be taken abroad and married, or "married off"
    Rule("sent_abroad_to_marry", LABEL,
         r"\bmarr(?:y|ied|ying)\s+(?:me|her|him|us|my\s+sister|my\s+brother)\s+off\b"
         r"|\b(?:send|sending|sent|take|taking|took|ship|shipping)\s+(?:me|her|him|us)\s+(?:back\s+)?(?:to|abroad|home\s+to)\b[^\n]{0,60}?\b(?:to\s+(?:be\s+)?marr(?:y|ied)|marriage|wedding|husband|wife|engaged)\b",
         0.8, unless=(r"\b(?:lol|haha|😂|🤣|dolls?|teddy|barbie|wedding\s+photographer|honeymoon|destination\s+wedding|hen\s+do|stag\s+do|invited|bridesmaid)\b",), unless_penalty=0.45),
) + threat_grammar.RULES  # threats read as who, what and to whom (see that module)


# --- concept co-occurrence --------------------------------------------------------------
# Phrases above catch the wording we have seen; people in trouble find new words. So the
# comment is also read as a set of concepts (word lists below), and a risky combination
# of concepts anywhere in the comment flags it. Each row: name, concepts that must all be
# present, concepts that veto it, score.
CONCEPTS: dict[str, str] = {
    "self": r"i|i'?m|im|me|my|myself|mine|i'?ve|i'?d|i'?ll",
    "death": r"(?:sorry\s+for\s+)?being\s+a\s+burden|a\s+burden\s+(?:to|on)\s+(?:everyone|my\s+family|you\s+all|them)|suicide|suicidal|kill\s+myself|end\s+it\s+all|end\s+my\s+life|ending\s+my\s+life|take\s+my\s+(?:own\s+)?life"
             r"|not\s+wak(?:e|ing)\s+up|goodbye\s+(?:note|letter)|disappear\s+forever|not\s+be\s+here\s+anymore|be\s+gone\s+forever"
             r"|was\s+gone|point\s+(?:of|in)\s+living|want\s+to\s+live|wasn'?t\s+around|not\s+around\s+anymore|happier\s+(?:if|without)"
             r"|done\s+with\s+(?:everything|life|it\s+all)|never\s+wak(?:e|ing)\s+up|sleep\s+forever|(?:being|be)\s+here\s+any\s?more"
             r"|point\s+(?:of|in)\s+(?:me\s+)?(?:even\s+)?(?:being\s+(?:here|alive)|existing|trying)|(?:nobody|no\s*one|no\s+one)\s+would\s+(?:even\s+)?(?:notice|care|miss)(?:\s+me)?\s+if\s+i\s+(?:was|were|wasn'?t|wasnt|died|disappeared|vanished|left|went|killed|ended|didn'?t|never|stopped|just)"
             r"|(?:wouldn'?t|won'?t)\s+(?:even\s+)?(?:notice|miss\s+me)\s+if|(?:better|happier)\s+off\s+without\s+me"
             r"|(?:not|never)\s+(?:gonna|going\s+to)\s+be\s+(?:around|here)|(?:won'?t|will\s+not)\s+be\s+(?:around|here)\s+(?:much\s+longer|for\s+long|tomorrow|any\s?more)"
             r"|tired\s+of\s+(?:living|life|being\s+alive|existing)|want\s+(?:it|this|everything)\s+(?:all\s+)?to\s+(?:be\s+over|end)|(?:make|let)\s+it\s+(?:all\s+)?stop"
             r"|kill\s+(?:himself|herself|themselves|themself)|end\s+(?:his|her|their)\s+(?:own\s+)?life|take\s+(?:his|her|their)\s+own\s+life|saving\s+(?:up\s+)?(?:my\s+)?(?:meds|pills|tablets)|tonight\s+is\s+the\s+night|want\s+it\s+(?:all\s+)?to\s+stop|no\s+way\s+out|better\s+off\s+(?:dead|without)",
    "death_weak": r"die|dead|death|disappear|give\s+up|end\s+it|not\s+be\s+here",
    "desire": r"want|wants|wanted|wanting|wanna|wish|wishes|talks?\s+about|keeps?\s+saying|plan(?:ning)?|ready|rather|deserve|should|going\s+to|gonna|about\s+to|think\s+about|thinking\s+(?:of|about)",
    "self_harm": r"hurt(?:ing)?\s+myself|harm(?:ing)?\s+myself|cut(?:ting)?\s+myself|burn(?:ing|t)?\s+myself|self\s?-?\s?harm\w*"
                 r"|overdose|overdosed|razor|covered\s+in\s+(?:cuts|bruises|scars)",
    # the means named without a death word ("got the rope sorted", "blades hidden")
    "means": r"rope|noose|ligature|railway\s+(?:line|tracks?)|train\s+tracks?|in\s+front\s+of\s+a\s+(?:train|bus|lorry|car)|blades|razors?|razor\s+blades?"
             r"|stockpil\w*|hoard(?:ing|ed)\s+(?:pills|tablets|meds)|(?:saved|saving)\s+up\s+(?:pills|tablets|meds)",
    "means_veto": r"skipping|pe|gym|climbing|tug|shaving|shave|pencil\s+sharpener|d\s?&\s?t|design\s+and\s+technology|craft|art|razor\s+scooter|scooter|bus\s+stop|train\s+times?",
    "hopeless": r"(?:nearly|almost)\s+enough|enough\s+now|given\s+up|give\s+up|no\s+point|can'?t\s+(?:go\s+on|cope|do\s+this)|hidden|hide|hiding|so\s+(?:mum|dad|nobody|no\s+one)\s+(?:doesn'?t|doesnt|won'?t|can'?t)\s+find|tonight|sorted|ready",
    "eating_disorder": r"throw(?:ing)?\s+up\s+after|mak(?:e|ing)\s+myself\s+(?:sick|throw\s+up)|starv(?:e|ing)\s+myself|not\s+eat(?:en|ing)\s+(?:for|in)|skip(?:ping)?\s+(?:every\s+|all\s+)?meals"
                       r"|purg(?:e|ing)|laxatives|anorexi\w*|bulimi\w*|eating\s+disorder|hate\s+my\s+body|count(?:ing)?\s+every\s+calorie",
    "farewell": r"goodbye|(?:said|saying|say)\s+my\s+goodbyes|bye\s+forever|farewell|this\s+is\s+(?:it|goodbye)|last\s+(?:message|post)|see\s+you\s+on\s+the\s+other\s+side"
                # batch 69-71: the note itself ("i've written my note")
                r"|(?:written|wrote|writing|finished|left)\s+(?:my|a|the)\s+(?:suicide\s+|goodbye\s+)?note",
    # batch 69-71: despair in the writer's words ("can't do this anymore", "want the pain to stop")
    "despair": r"c(?:a|ann)?n'?t\s+(?:do\s+(?:this|it)|take\s+(?:this|it)|cope|go\s+on|keep\s+going)\s+any\s?more|no\s+way\s+out"
               r"|want\s+(?:is\s+)?(?:for\s+)?(?:the|all\s+the|this)\s+pain\s+to\s+(?:stop|end|go\s+away)|want\s+(?:it|everything)\s+(?:all\s+)?to\s+(?:stop|end)",
    # batch 69-71: a body's pain, not a life's ("toothache", "my back", "the dentist")
    "body_pain": r"tooth\w*|teeth|dentist|dental|migraine|headache|ear\s?ache|stomach\s?ache|back\s+pain|my\s+back|period\s+pains?|cramps?|labou?r|contractions"
                 r"|knee|ankle|wrist|sprain\w*|broken\s+\w+|fracture\w*|physio|painkillers|paracetamol|ibuprofen|gp|doctor|a\s?&\s?e|surgery|operation|stitches|jab|injection",
    # batch 69-71: a young person sent away by the family: abroad, "back home", married off,
    # a one-way journey packed for
    "sent_away": r"(?:sent|sending|send|taking|take|taken|shipped|ship|moving)\s+(?:me|him|her|them)\s+(?:back\s+)?(?:abroad|away|back\s+home|overseas|out\s+of\s+the\s+country|to\s+live\s+with\s+(?:family|relatives)\s+abroad)"
                 r"|marr(?:y|ied|ying)\s+(?:me|him|her)\s+off|(?:i'?m|im|i\s+am|she'?s|he'?s)\s+not\s+coming\s+back|one[\s-]way\s+ticket|(?:started|start|been)\s+packing\s+my\s+(?:stuff|things|bags|clothes)",
    # batch 69-71: a plea or a coercion beside it ("miss please help", "they're making me")
    "plea": r"please\s+help|help\s+me|(?:miss|sir)\s+please|don'?t\s+want\s+to\s+(?:go|marry|leave)|against\s+my\s+will|(?:they'?re|they\s+are)\s+making\s+me"
            r"|forc(?:e|ed|ing)\s+me|if\s+(?:they|my\s+(?:family|parents|dad|mum|brothers?))\s+find\s+out|no\s+choice|nobody\s+(?:knows|will\s+know)",
    # batch 69-71: the writer going for good ("leaving soon", "won't be here much longer")
    "leaving_life": r"leaving\s+(?:soon|for\s+good|forever|this\s+world)|(?:won'?t|wont|will\s+not|not\s+gonna)\s+be\s+(?:here|around)\s+(?:for\s+)?(?:much\s+|very\s+)?long(?:er)?|gone\s+(?:soon|by\s+(?:tomorrow|morning|friday))",
    "apology": r"(?:wasn'?t|was\s+not|isn'?t|is\s+not|not)\s+(?:their|your|ur|anyone'?s|his|her|your\s+guys)\s+fault|(?:was|were|been)\s+(?:nice|kind|good)\s+to\s+me|thank\s+(?:you|u)\s+for\s+(?:everything|being\s+my)|thanks\s+for\s+everything|sorry\s+for\s+(?:everything|being|all)|forgive\s+me|i\s+love\s+you\s+all|tell\s+my\s+\w+\s+i\s+love|look\s+after\s+my|won'?t\s+be\s+a\s+burden",
    "other_person": r"he|she|they|my\s+(?:son|daughter|child|boy|girl|lad|friend|brother|sister)|(?:his|her)\s+friend",
    "passive_harm": r"(?:get(?:s|ting)?|got|been)\s+(?:smacked|hit|beaten|belted|whacked|slapped|punched|kicked|battered|strangled|choked|burnt|burned)|(?:smack|whack|belt|hit)\w*\s+(?:me|us|him|her)\s+with"
                    r"|(?:told|tells?)\s+me\s+to\s+say\s+i\s+(?:fell|tripped|walked)|say\s+(?:i|she|he)\s+fell",
    "grooming_act": r"sit\s+on\s+(?:his|her)\s+lap|mak(?:e|es|ing)\s+me\s+(?:sit|sleep|undress|get\s+undressed|take\s+(?:off|my)|touch|watch|kiss|lie|shower)"
                    r"|says?\s+(?:it'?s|its)\s+(?:normal|our\s+secret|what\s+friends\s+do)|bath(?:es)?\s+with\s+me|in\s+my\s+bed",
    "neglect_sign": r"out\s+all\s+night|(?:going|goes|gone|walking|been\s+going)\s+in\s+with\s+holes|holes\s+in\s+(?:his|her|their|my)\s+(?:school\s+)?(?:shoes|trainers|coat)|(?:haven'?t|havent|not)\s+had\s+(?:the\s+)?(?:heating|electric|gas|hot\s+water)\s+(?:on|since|for)|electric(?:ity)?\s+(?:ran|has\s+run|went)\s+out|(?:use|using|only\s+have|live\s+by|sit\s+by)\s+candles|clothes\s+(?:smell|stink)"
                    r"|(?:don'?t|dont)\s+have\s+a\s+(?:washing\s+machine|bed|cooker|fridge)|(?:no|without)\s+(?:coats?|shoes|beds?)\s+(?:and|in|every|all)|same\s+(?:socks|shirt|uniform)\s+(?:every|for|all)"
                    r"|(?:nobody|no\s*one)(?:'s|\s+has)\s+been\s+home|comes?\s+to\s+(?:ours|our\s+house|my\s+house)\s+for\s+(?:food|tea|dinner)|(?:doesn'?t|doesnt|never)\s+(?:cook|feed\s+(?:her|him|them))"
                    r"|(?:always|constantly)\s+(?:ill|dirty|cold)|nobody\s+looking\s+for\s+them|out\s+(?:till|until)\s+\d{1,2}(?:am|pm|:\d\d)?|(?:hasn'?t|hasnt|haven'?t|havent|not)\s+(?:had\s+)?(?:a\s+)?(?:wash|bath|shower)|(?:no|without)\s+clean\s+clothes|(?:dirty|same)\s+clothes\s+(?:every|for|all)"
                    r"|stays?\s+in\s+bed\s+all|out\s+(?:till|until)\s+(?:midnight|late|\d)|no\s*(?:one|body)\s+(?:is\s+)?(?:ever\s+)?(?:home|in)|look(?:s|ing)?\s+(?:starving|hungry|neglected|so\s+thin)"
                    r"|no\s+(?:heating|electric|gas|food)\s+(?:in|at|for)|never\s+(?:any\s+)?food|(?:always|constantly)\s+hungry",
    "unexplained": r"won'?t\s+(?:say|tell\s+(?:me|us))\s+where|wont\s+(?:say|tell)\s+where|where\s+(?:it|they|he|she)\s+(?:came|got\s+(?:it|them))\s+from"
                   r"|new\s+(?:trainers|phone|phones|clothes|designer)|(?:loads|wads|rolls|bundles?)\s+of\s+(?:cash|money)|older\s+(?:friends|boys|lads|men)",
    "exploit_strong": r"(?:hide|hiding|hold|holding|keep|keeping)\s+(?:knives|blades|weed|drugs|gear|stuff|things|packages?)\s+(?:in|for)\s+(?:their|his|her|your|ur|them|the\s+gang|him)|two\s+phones\s+now|(?:second|another|extra)\s+phone\s+(?:he|she|they|that)|goes?\s+to\s+\w+\s+on\s+(?:weekdays|school\s+days)|(?:trains?|buses)\s+to\s+(?:other|different)\s+(?:towns|cities)"
                      r"|(?:goes|going|went|gone)\s+missing\s+for\s+days|work\s+(?:it|the\s+debt)\s+off|owes?\s+them|in\s+debt\s+to|county\s+lines|runner|(?:in|joined|into)\s+a\s+gang|gang\s+(?:made|makes|forced|told|want|wants|took|have|has)|has\s+to\s+go\s+wherever|(?:do|does)\s+(?:what(?:ever)?|everything)\s+they\s+(?:say|tell)"
                      r"|wherever\s+they\s+(?:say|tell)|gave\s+(?:me|him|her|my\s+\w+)\s+a\s+(?:phone|burner)|burner\s+phone|trap\s+house",
    "private_images": r"(?:private|intimate|personal|nude|naked|explicit|rude|sexy)\s+(?:pics?|photos?|pictures?|videos?|vids?|images?|snaps?)|screenshot\w*",
    "share_round": r"(?:send|sending|sent|pass|passing|passed|spread|spreading|share|sharing|shared|post|posting|posted|show(?:ing)?)\s+(?:them|it|these|those)?\s*(?:round|around|about|to\s+everyone|online)",
    "voyeur": r"(?:filming|recording|photographing|videoing|taking\s+(?:pics|photos|videos))\s+(?:\w+\s+){0,3}(?:in\s+the\s+)?(?:changing\s+rooms?|toilets?|showers?|loos?)|upskirt\w*|up\s+(?:her|their|girls'?)\s+skirts?"
              r"|(?:film\w*|record\w*|photo\w*|video\w*|pics?|camera|phone)\s+(?:\w+\s+){0,2}?up\s+(?:my|a|the)\s+skirts?",
    "self_harm_described": r"(?:cut(?:s|ting)?|scratch(?:es|ing|ed)?|burn(?:s|ing|ed|t)?|carv(?:e|es|ing|ed)|pick(?:s|ing)?\s+at|bit(?:es|ing)?|hit(?:s|ting)?|bang(?:s|ing)?)"
                           r"\s+(?:her|his|their|my)\s+(?:own\s+)?(?:arms?|wrists?|legs?|thighs?|skin|stomach|head\s+against)",
    "injury": r"finger\s?marks|hand\s?prints?|grab\s+marks|bruises?|bruised|bruising|black\s+eye|marks\s+on|welts?|burns\s+on|cuts\s+on|swollen|fingermarks|belt\s+marks",
    "family": r"mums|dads|mum|mom|mam|mummy|dad|daddy|step\s?dad|step\s?mum|mother|father|parents?|uncle|aunt(?:ie)?|carer|boyfriend|girlfriend|grandad|nan|brother|sister",
    "caused": r"did\s+(?:it|that|this)|does\s+(?:it|that)|did\s+that\s+to|gave\s+(?:her|him|me|them|it)|from\s+(?:her|his|my|their)|because\s+of\s+(?:her|his|my)|hits?|hit\s+(?:her|him|me)|beats?|beat\s+(?:her|him|me)|grabbed|threw",
    "young": r"twins|girls|boys|kids|lads|teens?|teenagers?|young\s+(?:ones|people|girls|boys|lads|uns)|pupils|students|year\s+\d{1,2}s?|schoolgirls?|schoolboys?"
             r"|the\s+(?:lad|girl|boy|kid)|(?:lad|girl|boy|kid)\s+in\s+(?:the|this|that)",
    "offer": r"pocket\s+money|earn|earning|(?:a|some)\s+(?:job|jobs|work|errands?)\s+for|make\s+(?:some\s+)?(?:money|cash|£)|pay\s+(?:you|u|them|him|her)|cash|money|paid",
    "grown_job": r"sixth\s+form\w*|16\s?\+|over\s+1[68]s?|aged\s+1[68]|dbs|cv|apply|vacanc\w+|hiring|part[\s-]time|ofsted|babysit\w*|tutor\w*|volunteer\w*|duke\s+of\s+edinburgh|work\s+experience",
    "drugs": r"weed|drugs|coke|cocaine|gear|ket|spice|nitrous|balloons|skunk|ecstasy|mdma|pills|vapes?|bud|crack",
    "deal": r"sell(?:s|ing)?|deal(?:s|ing)?|carry(?:ing)?|deliver(?:s|ing)?|hold(?:s|ing)?|run(?:s|ning)?|giving|given|handing|making\s+\w+\s+sell|offer(?:s|ing|ed)?|pushing",
    # a parent asking for school paperwork ("can someone message me the spelling list")
    "school_admin": r"spelling|homework|forms?|link|list|bookings?|letter|newsletter|app|consent|lost|reading|timetable|dates?|details|trip|kit",
    # ordinary childhood fears ("scared of the school dog")
    "child_worries": r"dogs?|spiders?|the\s+dark|thunder|heights|water|swimming|clowns|fireworks|hand\s+dryers?|starting|nervous|new\s+school|injections?|jabs?|dentist|monsters?",
    # batch 11: abuse told through a child's fear, punishments, recurring injuries, homes located
    "fear_response": r"flinch\w*|hide\s+(?:in|under)|hiding\s+(?:in|under)|wets?\s+the\s+bed|wetting\s+the\s+bed|(?:get|be|being)\s+taken\s+(?:away|into\s+care)"
                     r"|no\s*one\s+will\s+believe|nobody\s+will\s+believe|(?:don'?t|dont)\s+like\s+the\s+game|raises?\s+(?:his|her)\s+voice|screaming\s+from|shouting\s+from"
                     r"|when\s+(?:he|she|dad|mum|mom|my\s+\w+)\s+(?:drinks|is\s+drunk|gets\s+drunk|is\s+angry|gets\s+angry|loses\s+it|kicks\s+off)",
    "punishment": r"(?:stand|kneel|sit|stay|sleep|locked|(?:shut|shuts|shutting|lock|locks|locking|puts?|putting)\s+(?:them|him|her|me|us|the\s+(?:kids|twins|baby|children))(?:\s+out)?)\s+(?:\w+\s+){0,3}?(?:in\s+the\s+(?:garden|cold|cupboard|shed|dark|rain)|outside\s+all\s+night|for\s+hours|on\s+rice)",
    "recurring": r"every\s+(?:monday|weekend|time|week|day)|again|always|won'?t\s+say\s+(?:why|how)|says?\s+(?:it'?s|it\s+was)\s+the\s+(?:cat|dog|stairs)"
                 r"|after\s+(?:she'?s|he'?s|i'?ve|they'?ve|shes|hes)\s+been\s+(?:at|to)",
    "locate_home": r"what\s+(?:street|road|estate|house)\s+(?:is|does)\s+(?:she|he)|where\s+does\s+(?:he|she)\s+live|lives?\s+near|(?:that|the)\s+one\s+on\s+the\s+(?:left|right)",
    "celebration": r"surprise|party|present|gift|birthday|christmas|secret\s+santa|tooth\s+fairy|pocket\s+money|secret\s+(?:reader|garden|agent|ingredient|recipe|stash)|thrilled|sleepover\s+at|at\s+the\s+sleepover|loved\s+it|(?:mate|friend|nan|grandma|granny|grandad|cousin|auntie)'?s",
    "educational": r"every\s+parent\s+should\s+(?:read|watch|see)|reminder\s+from\s+the\s+(?:police|school|council|nspcc)|assembly|awareness|talk|workshop|lesson|pshe|police\s+visit|leaflets?|parents'?\s+evening|information\s+(?:evening|night|session)|slides|e-?safety|online\s+safety|presentation|newsletter|policy",
    "wound": r"cuts?|cutting|bruises?|bruised|bleeding|burns?|burnt|scars?|pills|tablets|paracetamol",
    "body": r"arms?|wrists?|legs?|thighs?|skin|face|body|stomach",
    "adult": r"dad|daddy|mum|mummy|mam|mom|step\s?dad|step\s?mum|stepdad|parents?|uncle|boyfriend|girlfriend|carer|grandad|brother"
             r"|man|men|older|adult|guy|stranger|someone|he|she|they|teacher|coach|lads|partner",
    "harm_act": r"pinch(?:es|ed)?\s+me|where\s+it\s+(?:doesn'?t|doesnt|won'?t)\s+show|where\s+(?:nobody|no\s*one)\s+(?:can\s+)?see|smack(?:s|ed|ing)?|whack(?:s|ed|ing)?|belt(?:s|ed|ing)|wallop\w*|hits?|hitting|hit\s+me|beats?|beating|beat\s+me|punch(?:es|ed)?|slap(?:s|ped)?|kick(?:s|ed)?|chok(?:e|es|ed)|strangl\w*"
                r"|hurts?|hurt\s+me|get\s+hit|got\s+hit|getting\s+hit|touch(?:es|ed|ing)?|abus\w+|rap(?:e|ed)|mak(?:e|es)\s+me\s+do|comes\s+into\s+my\s+(?:room|bed)"
                r"|lock(?:s|ed)?\s+me|threaten\w*|forces?\s+me|forced\s+me|bruises?\s+from"
                r"|throws?\s+(?:things|stuff)\s+at\s+me|shouts?\s+at\s+me|screams?\s+at\s+me|grabs?\s+me|push(?:es|ed)\s+me|drags?\s+me|special\s+game",
    "unsafe": r"not\s+safe|unsafe|scared|afraid|frightened|terrified|nowhere\s+to\s+(?:sleep|go|stay)|kicked\s+out|ran\s+away|run\s+away",
    "homeless": r"sleeping\s+in\s+(?:the|a|our)\s+car|nowhere\s+to\s+(?:sleep|go|stay|live)|kicked\s+(?:me\s+)?out|ran\s+away|run\s+away\s+from\s+home|sleeping\s+rough|on\s+the\s+streets",
    "asks_you": r"(?:do|are|did|will|can|what\s+time\s+do)\s+(?:you|u)|(?:you|u)\s+(?:live|go|get\s+off|finish|walk|leave)",
    "neglect": r"left\s+(?:home\s+)?alone\s+(?:every|all|at\s+night|overnight)|no\s+food|never\s+any\s+food|hungry|(?:haven'?t|not)\s+(?:had|eaten)\s+(?:a\s+)?(?:proper\s+)?(?:meal|food|dinner)|nobody\s+picked\s+me\s+up|isn'?t\s+answering|starving|on\s+my\s+own\s+all|left\s+alone|nobody\s+(?:cares|looks\s+after)|sleeps\s+all\s+day",
    "home": r"home|house|at\s+night|my\s+room|weekend|all\s+day",
    "contact": r"snap|snapchat|dm|pm|inbox|message\s+me|chat\s+on\s+\w+|want\s+to\s+chat|come\s+to\s+the\s+(?:park|shop|car|woods|house)|messaging|msg|whatsapp|kik|text\s+me|meet|meet\s+up|pick\s+(?:you|u)\s+up"
               r"|your\s+address|where\s+(?:do\s+)?(?:you|u)\s+live|bus\s+stop|what\s+school|which\s+school|come\s+(?:and\s+)?(?:get|see|find)\s+(?:you|u)"
               r"|asking\s+(?:me|her|him)\s+(?:for|to)|keeps?\s+(?:asking|messaging|texting|adding)"
               r"|hang\s+out|link\s+up|come\s+round|sleepover|go\s+for\s+a\s+drive|give\s+(?:you|u)\s+a\s+lift",
    "child": r"little\s+lad|how\s+old|(?:anyone|kids?|students?|pupils?|lads|girls|boys)\s+in\s+year\s+\d{1,2}|mature|cutie|little\s+(?:girl|boy)|what\s+year\s+are\s+(?:you|u)|your\s+age|ur\s+age|sweetie|sweetheart|babe|baby\s+girl|princess|your\s+(?:mum|mummy|dad|parents)|ur\s+(?:mum|parents)"
             r"|school\s?girl|school\s?boy|my\s+(?:daughter|son)|friends\s+with\s+(?:you|u)|be\s+friends|\d{1,2}\s*(?:yo|year\s+old)"
             r"|(?:you|u|ur|you'?re)\s+in\s+year\s+\d{1,2}|(?:gorgeous|pretty|cute|beautiful|stunning|sexy|hot|fit)\s+(?:little\s+)?(?:girl|boy|lad|thing)|school\s+photo",
    "images": r"photos?|pics?|pictures?|selfies?|videos?|vids?|nudes?|naked|snaps",
    "of_person": r"of\s+(?:you|u|urself|yourself|me|her|him|them)|in\s+your\s+(?:uniform|bed|room|pyjamas)|of\s+my\s+(?:daughter|son)",
    "secrecy": r"mustn'?t\s+tell|must\s+not\s+tell|special\s+game|our\s+special|keep\s+(?:our|this|it|these)\s+(?:\w+\s+)?(?:private|secret)"
               r"|delete\s+(?:my|our|the|these)\s+(?:messages|chats?|texts|pics)|don'?t\s+tell|dont\s+tell|won'?t\s+tell|not\s+to\s+(?:tell|say)|secret|trust\s+me(?!\s+(?:the|this|that|it|its|it'?s|on|when|i|he|she|they|we|lol|haha|mate)\b)|between\s+us|just\s+us|delete\s+(?:this|the\s+chat)"
               r"|not\s+to\s+say\s+anything|if\s+i\s+(?:ever\s+)?tell|(?:won'?t|will\s+not|wont)\s+see\s+it",
    "weapon": r"stab(?:bed|bing|s)?|shot|gun|bat|hammer|knife|knives|bullet|blade|machete|bomb|acid|petrol",
    "violence": r"brick\s+through|(?:smash|put\s+through)\s+(?:his|her|their|your|ur)\s+windows?|(?:slash|key|keyed)\s+(?:his|her|their|your|ur)\s+(?:car|tyres)"
                r"|(?:put|putting)\s+(?:\w+\s+){0,2}in\s+the\s+ground|six\s+feet\s+under|and\s+every(?:one|body)\s+in\s+it|with\s+(?:every(?:one|body)|them|the\s+staff)\s+(?:still\s+)?inside"
                r"|bloodbath|massacre|body\s+bags?|break\s+(?:his|her|their|your|ur|ya)\s+(?:legs?|arms?|neck|jaw|nose|face|fingers)|sort\s+(?:him|her|them|you|u)\s+out"
                r"|kill|murder|batter(?:ed)?|smash\s+(?:your|ur|his|her|their)\s+(?:face|head)|jump\s+(?:him|her|them|you|u)|beat\s+(?:him|her|them|you|u)\s+up"
                r"|get\s+what'?s\s+coming|put\s+a\s+bullet|burn\s+(?:it|that|the|this)\s+\w*\s*down|shoot\s+up|hurt\s+(?:you|u|him|her|them|someone)|teach\s+(?:\w+\s+){0,2}a\s+lesson"
                r"|shoot\s+(?:you|u|him|her|them|everyone|people|someone|the\s+\w+)",
    "commerce": r"sell|selling|(?:a|per)\s+session|coaching|certified|sale|£|\$|price|prices|order|orders|buy|ono|each|the\s+lot|a\s+pot|collection|delivery|business|crypto|bitcoin|invest\w*|trading",
    # batch 33-35: a saying about grief ("grief is love with nowhere to go")
    # batch 42-44: an adult's memory of their own schooldays (see _PAST_ERA)
    "past_era": _PAST_ERA[5:-3],
    # batches 57-59: a death promised by an exam question, a day or a chore that is "gonna
    # kill me", a shoot with its lighting
    "hyperbole": r"die\s+if\s+(?:there'?s|there\s+is|they\s+(?:put|ask|give|set))\s+(?:a|an|another|any)\s+(?:\w+\s+){0,3}?(?:question|topic|essay|quiz|paper)"
                 # batch 66-68: "she'd rather die than have me chaperone 😂", a child's horror
                 # at a parent told with a laugh
                 r"|(?:rather|sooner)\s+die\s+than\s+(?:\w+\s+){0,8}?\w+(?=[^\n]{0,30}?(?:😂|🤣|\blol\b|\bhaha\w*|\bcharming\b|\bcringe\w*|\bembarrass\w*))"
                 r"|(?:day|days|week|term|exams?|paper|homework|revision|question|timetable|school\s+run|run|rota|shift|queue)\s+(?:is|are|'s|'re)\s+(?:gonna|going\s+to)\s+(?:kill|be\s+the\s+death\s+of)\s+me"
                 r"|shoot\s+(?:the\s+next|another|the\s+rest|it|this|that)\b[^\n]{0,40}?\b(?:lighting|light|camera|angle|shot|take|footage|photos?|video|filming)"
                 r"|about\s+to\s+die\s+(?:on|in|at|during)\s+the|lost\s+(?:our|my|his|her|their)\s+(?:\w+\s+)?to\s+suicide|(?:strangle|throttle|murder|kill)\s+(?:my|our)\s+(?!(?:teacher|head|coach|neighbou?r)\b)\w+\s+if\s+(?:he|she|they)\s+(?:comes?\s+home|loses?|forgets?|brings?|gets?\s+another)|(?:my|our)\s+(?:daughter|son|kids?|children|teen\w*|husband|wife|partner|hubby|other\s+half)(?:'?s|\s+is|\s+are|'?re|\s+will|'ll)?\s+(?:going\s+to|gonna|will|is\s+going\s+to)\s+(?:murder|kill)\s+me|grief\s+is\s+(?:just\s+)?love|starving\s+by|could\s+murder\s+(?:a|an|some)|(?:gonna|going\s+to|will|'ll)\s+(?:murder|kill)\s+me\s+for|(?:ate|eaten|nicked|had)\s+the\s+last|die\s+(?:his|her|my|their|your|our)\s+hair|lunch\s+menu|menu|(?:strangle|throttle|murder)\s+(?:my|our)\s+(?:son|daughter|kids?|child|twins)\s+if\s+(?:he|she|they)\s+(?:loses?|forgets?)|murder\s+(?:a|an|some)\s+(?:greggs|maccies|mcdonalds|nandos|kfc|subway|sausage\s+roll|fry\s+up|full\s+english|meal\s+deal)|drama\s+queens?|lunch\s*times?|parking|car\s+park|traffic|portions?|school\s+dinners?|packed\s+lunch|snacks?|growth\s+spurt|die\s+of\s+(?:shame|embarrassment|laughter|boredom)|dying\s+(?:to|of|for)|kill\s+(?:my|the|our)\s+(?:son|daughter|kids?|children|husband|wife|partner|hubby|child|dog|cat|brother|sister)"
                 # batch 54-56: a small child "trying to kill me" with early mornings; a chore met
                 # with "I'm going to die" quoted by a parent
                 r"|(?:my|our)\s+(?:daughter|son|kids?|children|toddler|baby|twins|little\s+one)\s+(?:is|are|'s|'re)?\s*(?:trying|tries)\s+to\s+(?:murder|kill|finish)\s+me"
                 r"|(?:says|saying|said)\W{1,3}i'?m\s+(?:going\s+to|gonna)\s+die\W{0,3}\s+(?:when|if|every\s+time|because)\s+(?:he|she|they)\s+(?:has|have|had|gets?|got)\s+to"
                 # batch 39-41: a spouse or a pet in exasperation ("if my husband parks on those zigzags one more time i'll kill him myself", "going to murder the dog, he ate the reading record")
                 r"|(?:husband|hubby|wife|partner|other\s+half|fella|missus)\s+(?:\w+\s+){0,6}?one\s+more\s+time|(?:whoever|who\s?ever)\s+(?:ate|nicked|took|stole|pinched|drank|finished)\s+(?:my|the|our)|(?:murder|kill|strangle|throttle)\s+the\s+(?:dog|cat|puppy|kitten|hamster|rabbit|printer|laptop)"
                 r"|forgot|forgotten|again|lol|haha|lmao|rofl|joking|bored|battery|phone|laugh\w*|embarrass\w*|hit\s+me\s+up|i'?m\s+afraid\s+(?:i|we|that|not)",
    # batch 17: "going to kill me when he sees the bill", "sort her out or I will go to the papers"
    "complaint": r"(?:going\s+to|gonna|will|'ll)\s+(?:murder|kill)\s+(?:us|me)\s+(?:\w+\s+){0,2}?(?:if|when)|or\s+(?:else\s+)?(?:i|we)\s*(?:will|'ll|ll|am\s+going\s+to|'m\s+going\s+to)\s+(?:go\s+to|contact|ring|call|email|write\s+to|report|complain|take\s+it)"
                 r"|go\s+to\s+the\s+(?:papers|press|council|governors|ofsted|local\s+paper|news|local\s+authority)",
    # batch 17: a child called a burden by someone else is contempt, not a wish to die
    "contempt": r"(?:the|that|this)\s+(?:\w+\s+){0,4}?(?:is|are)\s+a\s+(?:burden|drain)\s+on\s+(?:everyone|every\s?body|the\s+\w+|us\s+all|taxpayers?)",
    "intent": r"i'?ll|i\s+will|im\s+gonna|i'?m\s+gonna|i'?m\s+going\s+to|gonna|going\s+to|we'?re\s+going\s+to|we'?ll|next\s+(?:person|one|time)"
              r"|tomorrow|tonight|i\s+swear|watch|wait(?:ing)?|after\s+school|at\s+the\s+gates?|make\s+sure|should"
              r"|use\s+it|not\s+afraid|coming\s+to|bring(?:ing)?|needs?\s+to|on\s+(?:monday|tuesday|wednesday|thursday|friday)",
    "exploit": r"owe\s+them|debt|gang|sell\s+for\s+them|hold\s+(?:stuff|things|this|drugs|packages?)|pay(?:s|ing)?\s+me\s+to|carry|deliver|county\s+lines|runner|have\s+to\s+sell",
    "naked": r"nudes?|naked|topless|explicit",
    "money": r"money|cash|£|\$|pay|paid|pays|owe|owes|quid",
    "secret_pact": r"mustn'?t\s+tell|must\s+not\s+tell|special\s+game|our\s+(?:little\s+)?secret|between\s+(?:us|you\s+and\s+me)"
                   r"|keep\s+(?:our|these|the)\s+(?:chats?|messages?|texts?|pics?)\s+(?:private|secret)|delete\s+(?:my|our|these)\s+(?:messages|chats?|texts|pics)",
    "duration": r"in\s+days|for\s+days|(?:\d+|two|three|four|five)\s+days|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)|all\s+weekend|for\s+hours",
    "gift": r"vapes?|free\s+(?:phone|money|stuff|weed|sweets|trainers)|get\s+(?:you|u)\s+(?:a\s+)?(?:phone|vape|gift|present|trainers)",
    "if_not": r"if\s+(?:i|you|u|she|he)\s+(?:don'?t|do\s+not|won'?t|doesn'?t)|unless\s+(?:you|u|i)",
    "share": r"passing\s+(?:it\s+)?round|passed\s+round|sending\s+round|going\s+around|share|sharing|shared|post|posting|going\s+round|send\s+(?:them|it)\s+to|leak(?:ed)?|spread|show\s+everyone|sent\s+round",
    "locate": r"your\s+address|ur\s+address|where\s+(?:do\s+)?(?:you|u)\s+live|bus\s+stop|what\s+school|which\s+school|pick\s+(?:you|u)\s+up"
              r"|come\s+(?:and\s+)?(?:get|find)\s+(?:you|u)|what\s+time\s+(?:do\s+)?(?:you|u)\s+(?:finish|leave|get\s+out)|walk\s+home\s+alone"
              r"|know\s+where\s+(?:you|u)\s+(?:live|go)|know\s+what\s+school"
              r"|walk\s+home\s+(?:alone|by\s+(?:yourself|urself)|on\s+(?:your|ur)\s+own)|give\s+(?:you|u)\s+a\s+lift|lift\s+home",
    "accident": r"dodgeball|hockey|netball|judo|karate|tournament|muddy|mud|knee|knees|finger|elbow|chin|fell|fall|tripped|accident|oven|iron|kettle|cooking|eczema|rash|itchy|bites?|chicken\s?pox|nails|rugby|football|pe|trampoline|playground|plaster|first\s+aid|nosebleed|paper\s+cut|hair\s?cut|haircut"
                # batch 39-41: "kids were getting hit by cars" at the gate
                r"|(?:hit|knocked\s+(?:down|over))\s+by\s+(?:a\s+|the\s+)?(?:cars?|bus(?:es)?|vans?|lorr(?:y|ies)|bikes?|balls?|scooters?)",
    # a goodbye to a member of staff, a class or leavers: the commonest farewell on a school page
    "leaving_post": r"mrs|mr|miss|ms|sir|staff|teachers?|head|retir\w*|leavers|leaving|new\s+job|new\s+school|class\s+of|year\s+\d{1,2}"
                    r"|our\s+children|the\s+children|our\s+kids|you\s+have\s+done|you'?ve\s+done|all\s+you\s+(?:have\s+)?done|good\s+luck",
    # batch 33-35: idioms ("screamed blue murder", "scared the shit out of him")
    # batch 62: self-harm named as a topic of a talk, a training or a post (the same words
    # as suicidal_intent's veto); "about my self harm" and "self harming" are not a topic
    "harm_as_topic": r"about\s+self\s?-?\s?harm(?!\s?-?\s?ing)|self\s?-?\s?harm\s+(?:awareness|training|leaflets?|policy|talks?|sessions?|lessons?|week|day|slides?|posters?|module|course|resources?)|(?:suicide|self\s?-?\s?harm)\s+is\s+(?:preventable|not\s+a\s+joke|not\s+attention\s+seeking)",
    "figurative": r"(?:whoever|who\s?ever|the\s+(?:person|genius|idiot)\s+who)\s+(?:invented|designed|thought\s+of|came\s+up\s+with)|over\s+my\s+dead\s+body|knife\s+arch(?:es)?|metal\s+detectors?|beat\s+(?:the|a|her|his|my|their)\s+(?:\w+\s+)?(?:record|time|score|pb|personal\s+best)|fifa|beat\s+(?:him|her|them|me|you|u)\s+\d{1,2}\s?-\s?\d{1,2}|scream\w*\s+blue\s+murder|scared\s+the\s+(?:shit|crap|life|hell|living\s+daylights)\s+out\s+of|bath\s+bombs?|(?:suicide|self\s?-?\s?harm)\s+prevention\s+(?:training|course|session)|boxing|punch(?:ing)?\s?bags?|punch(?:es|ing)?\s+the\s+bag|knives\s+and\s+forks|knife\s+and\s+fork|cutlery|(?:old|silly|daft|mad|miserable)\s+bat|knife\s+crime\s+(?:talk|workshop|piece|play|drama|assembly|lesson|awareness)|drama\s+piece|metaphorically|figuratively|weeds?|weed\s?killer|slugs|pests?|germs|bacteria|wasps?|kill\s+the\s+(?:lights|engine|music|power|mood|vibe|wifi|noise)|roast|takeaway|curry|kebab|chippy|production|scene|choreograph\w*|rehearsal|cookery|knife\s+skills|kill\s+it|killing\s+it|sandwich|bacon|burger|pizza|chocolate|brew|wine|gin|pint|each\s+other|weather|traffic|homework|exams?|tea|coffee|cake|laugh(?:ing|ter)?|embarrass\w*|joke|kidding|lol|haha|netball|football"
                  # batch 51-53: a scoreline and a night out ("a bloodbath, 9-0", "a bomb night")
                  r"|\d{1,2}\s?-\s?\d{1,2}\s+(?:to\s+(?:the|us|them|you)|win|loss|defeat|victory|thrashing|drubbing|at\s+home|away)|only\s+a\s+friendly|(?:a|the)\s+bomb\s+(?:night|party|time|day|do|prom|ball|weekend)"
                  # batch 51-53: card and board games, a fight with the system, budgets cut
                  # ("'destroy' her brother at uno", "how i beat the council", "cut ... services")
                  r"|fry\W?\s?ups?|full\s+english|brekkie|uno|monopoly|scrabble|ludo|jenga|board\s+games?|card\s+games?|beat\s+the\s+(?:council|system|local\s+authority|la|odds|queue|traffic|deadline)"
                  r"|cut\s+(?:\w+'?\s+){0,3}?(?:services|funding|budgets?|jobs|hours|provision|costs|spending|grants?)"
                  # batch 39-41: "year 11 shot the lights out in the mocks", petrol paid for a lift
                  r"|sh(?:o|oo)t\s+the\s+lights\s+out|(?:pay|paying|chip\s+in|towards?|for)\s+(?:the\s+|for\s+)?petrol|petrol\s+(?:money|station|costs?)"
                  r"|match|goal|game|quiz|final|play|concert|show|perform\w*|stage|audition|nativity|solo|karaoke|duet|essay|presentation|smashed\s+it|nailed\s+it|proud|photo\s+slip|permission|e-?safety|online\s+safety|assembly|reminder"
                  r"|(?:safety|parents'?|staff|guest|school)\s+talk|talk\s+(?:on|about)\s+(?:online|e-?safety|safety|staying\s+safe)"
                  # "dead" and "death" as intensifiers: "dead tired", "the death of me", "bored to death"
                  r"|dead\s+(?:tired|on\s+(?:my|his|her|their)\s+feet|good|funny|easy|excited|proud|chuffed|posh|lucky|jealous|cute|nice)"
                  r"|(?:be|was|will\s+be)\s+the\s+death\s+of\s+(?:me|us|him|her)|(?:bored|scared|worried|tickled|done)\s+to\s+death",
    # --- batch 13 -------------------------------------------------------------------------
    # a parent or friend unsure whether what they saw is a worry: the framing of most
    # third-person reports ("is it normal that...", "who do I tell", "am I overreacting")
    "worry": r"(?:can|could)\s+(?:someone|somebody|the\s+school|anyone)\s+(?:please\s+)?(?:check\s+on|look\s+in\s+on|talk\s+to|speak\s+to)|please\s+(?:can\s+)?(?:someone\s+)?check\s+on"
             r"|breaks\s+my\s+heart|nobody\s+(?:seems\s+to\s+)?(?:know|knows|asks|notices)|who\s+do\s+i\s+speak\s+to|worried|worrying|concerned|not\s+sure\s+(?:if|who|what|whether)|who\s+(?:do|should|can)\s+i\s+(?:tell|speak\s+to|talk\s+to|contact|report\s+(?:it|this)\s+to)"
             r"|should\s+i\s+(?:tell|report|be\s+worried|say\s+something)|is\s+(?:it|this|that)\s+normal|is\s+that\s+(?:allowed|bad|ok|okay|right)|am\s+i\s+overreacting"
             r"|is\s+this\s+a\s+phase|feel\s+awful\s+posting|don'?t\s+want\s+to\s+cause\s+trouble|dont\s+want\s+to\s+cause\s+trouble|(?:don'?t|dont)\s+know\s+what\s+to\s+do"
             r"|not\s+sure\s+if\s+this\s+is\s+anything|(?:doesn'?t|doesnt)\s+feel\s+right|gut\s+feeling",
    # what makes a worry a safeguarding one: harm, fear, hunger, secrecy, an adult's access
    "worry_sign": r"(?:isn'?t|not)\s+answering|same\s+clothes|out\s+of\s+(?:the\s+)?bins|black\s+eye|locked\s+out|nothing\s+to\s+eat|living\s+in\s+a\s+car|drinks\s+all\s+day|tablets|pills|bruis\w*|marks|burns?|hit|hitting|hits|hurts?|hurting|scared|terrified|afraid|frightened|not\s+safe|unsafe|shouted\s+at|screaming|locked\s+out"
                  r"|(?:left|wrote|writing)\s+(?:a\s+)?(?:note|letter)|goodbye|sleep\s+forever|fall\s+asleep\s+forever|not\s+wake\s+up|wants?\s+to\s+die"
                  r"|lost\s+(?:so\s+much|a\s+lot\s+of|loads\s+of)\s+weight|stopped\s+eating|won'?t\s+eat\s+anything\s+at\s+all|weighs\s+(?:himself|herself)|(?:hasn'?t|not)\s+eaten|hungry|starving"
                  r"|older\s+(?:man|men|boyfriend|guy|lad|lads)|boyfriend\s+is\s+\d{2}|\d{2}\s+year\s+old\s+(?:friend|man|boyfriend|lad)|bedroom|camera\s+on|webcam|alone\s+with\s+(?:him|her)"
                  r"|second\s+phone|(?:at|past|after)\s+midnight|pregnant|sex|sexual|touch\w*|not\s+allowed\s+in|sleeping\s+in\s+a\s+tent|hasn'?t\s+been\s+home|not\s+been\s+home"
                  r"|nobody\s+at\s+home|no\s*one\s+at\s+home|not\s+safe\s+at\s+home|cuts\s+on|scars?|drugs|weed|vaping\s+thc",
    "worry_veto": r"homework|spellings?|reading\s+book|uniform|kit|lost\s+property|trip|dinner\s+money|lunch\s+menu|sats|exams?|nerves|tired|teeth(?:ing)?|potty|dentist"
                  r"|jabs?|fussy|pasta|screen\s+time|ipad|tablet|fortnite|minecraft|swimming\s+lessons|reception|nursery|growth\s+spurt|tiktok\s+dance|expensive|cost",
    # Eating disorders told through the body and the rules a child keeps about food
    "body_goal": r"hip\s?bones?|ribs|collar\s?bones?|thigh\s+gap|body\s+check\w*|\d{2}\s?kg|lose\s+more|lost\s+(?:so\s+much|a\s+lot\s+of|loads\s+of|more)\s+weight|losing\s+weight"
                 r"|weighs?\s+(?:himself|herself|myself)|weigh\s+myself|weighing\s+(?:himself|herself|myself)|calories|skinny|thinner|bones\s+showing|see\s+my\s+(?:ribs|bones)|flat\s+stomach|too\s+fat",
    "restrict": r"black\s+coffee|chewing\s+gum|only\s+water|not\s+eat(?:ing|en)|stop(?:ped)?\s+eating|until\s+i\s+can\s+see|under\s+\d{2}\s?kg|purg(?:e|ing|ed)|throw(?:ing)?\s+up\s+after"
                r"|sick\s+after|loo\s+(?:straight\s+)?after|toilet\s+(?:straight\s+)?after|tiny\s+pieces|hid(?:e|es|ing)\s+(?:her|his|my)?\s*food|hide\s+not\s+eating|skip\w*\s+(?:meals?|lunch|breakfast|dinner)"
                r"|freaks?\s+out\s+if\s+(?:he|she|i)\s+eats?|panics?\s+if\s+(?:he|she|i)\s+eats?|baggy\s+(?:jumpers|clothes|hoodies)|finally\s+(?:be\s+)?(?:happy|seeing)|\d+(?:st|nd|rd|th)\s+day\s+of",
    "restrict_strong": r"hide\s+not\s+eating|purg(?:e|ing)|body\s+check\w*|thigh\s+gap|hip\s?bones|pro\s?ana|see\s+my\s+ribs|under\s+\d{2}\s?kg",
    "ed_veto": r"ramadan|sponsored|sickness\s+bug|bug|allerg\w*|fussy|picky|pasta|recipe|bake|swimming|snacks?|vegetables|growth\s+spurt|diabet\w*|coeliac|dentist|braces|nutrition\s+lesson",
    # A stranger courting a child: a pet name or a compliment beside a request to move to
    # another app, to add or follow, or for more videos
    "pet_name": r"sweetie|sweetheart|hun|babe|princess|cutie|gorgeous|beautiful|pretty|handsome|young\s+(?:lads|girls|boys|ones)|little\s+(?:girl|boy|lads?|one)"
                r"|ur\s+in\s+year\s+\d{1,2}|you'?re\s+in\s+year\s+\d{1,2}|in\s+year\s+\d{1,2}\s+right|pe\s+kit|school\s+uniform",
    "platform": r"insta|instagram|snap|snapchat|tiktok|discord|telegram|whatsapp|kik|add\s+me|follow\s+me|different\s+app|another\s+app|any\s+more\s+(?:videos|vids|pics|photos)"
                r"|more\s+(?:videos|vids|pics|photos)\s+of|(?:play|game|chat)\s+(?:\w+\s+){0,3}with\s+me|(?:do|have)\s+(?:u|you)\s+(?:have|got)\s+(?:insta|snap|tiktok|a\s+phone)",
    "school_event": r"nativity|concert|show|school\s+play|the\s+play|trip|residential|sports\s+day|event|fair|album|website|page|newsletter|assembly|prom|photographer|class\s+photos?|performance|well\s+done|congrat\w*",
    # someone coming into a child's room or bed at night, or keeping a camera on in it
    "private_space": r"(?:in|into)\s+the\s+(?:shower|bath(?:room)?)|while\s+i'?m\s+(?:in\s+the\s+shower|changing|getting\s+changed|in\s+the\s+bath)|(?:in|into)\s+(?:my|her|his|their)\s+(?:room|bedroom|bed)|(?:my|her|his)\s+bedroom|(?:in|into)\s+bed\s+with|share\s+a\s+bed|camera\s+on\s+in",
    "unwatched": r"walks?\s+in(?:\s+on)?|barges?\s+in|when\s+(?:every\s?one|everyones|every\s?body|mum|dad|they|nobody|no\s*one)(?:'?s|\s+is|\s+are)?\s+(?:is\s+)?(?:asleep|out|at\s+work|away|downstairs|in\s+bed)"
                 r"|at\s+night|middle\s+of\s+the\s+night|after\s+(?:the\s+)?lesson|keep\s+the\s+camera\s+on|comes?\s+in|creeps?\s+in|gets?\s+in",
    "person_wide": r"partner|boyfriend|step\s?(?:brother|sister|dad|mum)|brother|cousin|uncle|tutor|coach|teacher|man|lodger|(?:mum'?s|mums)\s+(?:friend|boyfriend|bf|partner)|grandad|he|him",
    # what a parent says to make a child feel worthless, with the shouting or the door taken off
    "degrade": r"(?:a|the)\s+mistake|never\s+(?:been\s+)?born|worthless|useless|waste\s+of\s+space|disgrace|unwanted|ruined\s+(?:my|their|her|his)\s+life|hate\s+(?:me|you)",
    "berate": r"scream\w*|shout\w*|yell\w*|tells?\s+me|told\s+me|calls?\s+me|called\s+me|says?\s+i'?m|took\s+my\s+door|no\s+privacy|in\s+front\s+of",
    # money for a young person with no questions asked
    "easy_money": r"easy\s+(?:money|cash|£+|p)|quick\s+(?:money|cash)|good\s+money|£££+|no\s+questions(?:\s+asked)?|free\s+(?:creps|trainers|garms|drip|clothes)|look\s+after\s+(?:our|my|the)\s+youngers"
                  r"|youngers|doing\s+(?:drops|runs)|do\s+(?:drops|runs)|delivery\s+(?:boy|lad|job)|hmu\s+for\s+work",
    "young_wide": r"1[0-7]\s?-\s?1[0-8]|1[0-7]\s?\+|under\s+1[0-8]s?|youngers|kids|teens|teenagers|lads|after\s+school|ur\s+age|year\s+\d{1,2}s?|join|delivery\s+boy|schoolboys?|schoolgirls?",
    # drugs found on a child or a child intoxicated
    "drug_wide": r"white\s+powder|edibles?|weed|cannabis|ket|ketamine|xanax|thc|spice|cocaine|mdma|baggies|spliffs?|glassy\s+eyed|stoned|nitrous",
    "my_child": r"my\s+(?:\d{1,2}\s?(?:yo|year\s+old)|son|daughter|kid|child|boy|girl|lad)|new\s+kid|(?:my|his|her)\s+(?:son'?s\s+)?best\s+mate|\d{1,2}\s?(?:yo|year\s+olds?)|year\s+\d{1,2}|kids|pupils|students|children",
    # children hurt by a game, a dare or something passed round
    "bad_outcome": r"went\s+blue|turned\s+blue|passed\s+out|blacked\s+out|stopped\s+breathing|a\s?&\s?e|unconscious|fainted|collapsed|had\s+a\s+fit",
    "dare": r"game|challenge|trend|dared?|dares|who\s+can|tiktok|sweets|edibles|in\s+the\s+toilets|behind\s+the",
    "dare_veto": r"sponsored|charity|raise|raised|fundrais\w*|hospice|sports\s+day|heat|hot\s+day|asthma|epilep\w*|diabet\w*|first\s+aid\s+course",
    # extremist vocabulary near a child
    "extreme": r"fight\s+for\s+the\s+cause|(?:go|going|travel\w*|run\s+off|fly|flying|move)\s+(?:out\s+)?to\s+(?:syria|iraq|afghanistan)\s+to\s+(?:fight|join|die|be\s+a\s+martyr)|join\s+(?:isis|isil|daesh|the\s+caliphate|the\s+jihad)|far[\s-]?right|extremist\s+(?:videos?|content|groups?|channels?|views|ideas|material|propaganda|websites?|lot)|neo[\s-]?nazi\w*|jihad\w*|(?:being\s+)?radicali[sz]ed|patriot\w*['\"]?\s+(?:lot|group|movement|gang)|at\s+war\s+with\s+(?:us|ours|our\s+\w+)"
               r"|clean\s+up['\"]?\s+the\s+(?:town|area|country|streets)|hates?\s+(?:muslims|jews|immigrants|black\s+people|foreigners|asians)|things\s+that\s+go\s+bang|how\s+to\s+make\s+(?:a\s+)?(?:bombs?|explosives?)"
               r"|do\s+something\W{0,2}\s+at\s+the\s+(?:mosque|synagogue|church|temple)|subhuman|mass\s+shoot\w*|race\s+war|martyrs?|beheading\w*|incels?|great\s+replacement|white\s+power|kuffar|infidels|ethnic\s+cleansing|hitler\s+was\s+right",
    "extreme_veto": r"studying|pshe|curriculum|history|unit|topic|lesson|prevent|training|documentary|news|awareness|holocaust\s+memorial|remembrance",
    # intimate images spread about: airdrops, group chats, fake accounts
    "spread_wide": r"(?:whole|entire)\s+(?:year|school|class|group)\s+(?:has|have|has\s+seen|have\s+seen|got)|airdrop\w*|going\s+round|passed\s+round|group\s+chats?|posting|posted|sharing(?!\s+(?:a|the)\s+(?:changing|room|bed|toilet|class|table|lift|car|tent|dorm))|fake\s+(?:account|profile|page)",
    "intimate": r"private\s+(?:snaps|pics|photos|pictures|videos|vids)|changing\s+rooms?|undress\w*|sexual\w*|naked|nudes?|in\s+the\s+shower|up\s+(?:her|my|his)\s+skirt|explicit|deep\s?fakes?|ai\s+fakes?|fake\s+nudes?",
    # a child out in the small hours, taken by adults in cars or coming back drunk
    "night_out": r"midnight|\d\s?am|at\s+night|all\s+night|snuck\s+out|sneaks?\s+out|sneaking\s+out|climbs?\s+out\s+of\s+(?:her|his|the)\s+window",
    "night_company": r"guys|men|older|(?:a|black|white|blue|red|silver|different)\s+(?:car|cars|audi|bmw|merc|van)|cars|audi|bmw|alcohol|drunk|vodka|smelling\s+of|love\s+bites?|hickey|collected|picked\s+up",
    "binge": r"binge\w*|bingeing",
    # batch 17: a family that cannot afford the basics (with a sign of neglect)
    "hardship": r"can'?t\s+afford|cannot\s+afford|no\s+money\s+for|food\s*bank|skint|struggling\s+to\s+pay|(?:hasn'?t|hasnt|haven'?t|havent|not)\s+(?:been\s+)?paid\s+(?:the\s+)?(?:electric|gas|heating|bills?)",
    # an injury and silence about it: "isn't allowed to talk about it", "won't say how"
    "silenced": r"nobody\s+(?:asks|notices|says\s+anything|does\s+anything)|no\s*one\s+(?:asks|notices)|(?:isn'?t|is\s+not|not|wasn'?t|aren'?t)\s+allowed\s+to\s+(?:talk|say|tell|speak)|won'?t\s+(?:say|talk\s+about|tell\s+(?:me|us))\s+(?:how|what|why|it)"
                r"|told\s+(?:him|her|me|them|not)\s+(?:not\s+)?to\s+(?:say|tell|mention)|clam(?:s|med)?\s+up|goes\s+quiet|went\s+(?:really\s+)?quiet",
    "wound_wide": r"split\s+lip|black\s+eye|bruis\w*|burns?|marks|cut\s+lip|fat\s+lip|bloody\s+nose|swollen|limp(?:ing)?|finger\s?marks|handprints?",
    # a member of staff or coach in private, late contact with a pupil
    "staff": r"teaching\s+assistant|ta|teacher|coach|tutor|instructor|club\s+leader|youth\s+worker|staff|sir|miss"
             # batch 69-71: the temporary and the unpaid ("one of the new supply teachers", a volunteer)
             r"|teachers|tas|coaches|tutors|supply|volunteers?|helpers?|leaders?",
    # batch 69-71: an adult of a child's world reaching the child on their own channels:
    # a console or an app ("add him on xbox"), following pupils' accounts, asking a pupil
    # for their number, playing with them into the night
    "access_online": r"add\s+(?:him|her|me|them)\s+on\s+(?:xbox|playstation|psn|ps[45]|fortnite|roblox|minecraft|snap\w*|insta\w*|tiktok|discord|whatsapp|facebook|fb)"
                     r"|follow(?:s|ing|ed)?\s+(?:\w+\s+){0,4}?(?:girls|boys|pupils|kids|students|children)\s+on\s+(?:tiktok|insta\w*|snap\w*|twitter|facebook)"
                     r"|(?:asked|asks|asking)\s+(?:my\s+|our\s+)?(?:\w+\s+){0,3}?(?:daughter|son|girl|boy|pupil|child|kid)\s+for\s+(?:her|his|their)\s+(?:number|phone\s+number|mobile|snap\w*|insta\w*|address|socials|whatsapp)"
                     r"|play(?:s|ing)?\s+(?:\w+\s+){0,4}?(?:till|until|past)\s+(?:\d|midnight|late|the\s+early\s+hours)"
                     r"|comments?\s+(?:hearts?|kisses|love\s+hearts|heart\s+eyes)\s+on\s+(?:their|her|his)",
    # batch 69-71: an adult seeking children on their own: time alone with them, taking them
    # away without staff, wanting to help them undress, dodging the vetting, a liking for the
    # younger ones, no parents wanted, contact kept secret, a record involving a child
    "access_sought": r"(?:time|be|being|left|stay|staying|work|working|spend\w*|get|got)\s+(?:\w+\s+)?alone\s+with\s+(?:the\s+|your\s+|ur\s+)?(?:kids|children|pupils|girls|boys|little\s+ones|young\s+ones|son|daughter|under\s?\d{1,2}s|year\s+\d{1,2}s)"
                     r"|(?:take|taking|took|drive|driving)\s+(?:the\s+)?(?:kids|children|pupils|girls|boys|little\s+ones)\s+(?:\w+\s+){0,4}?(?:alone|on\s+my\s+own|by\s+myself|without\s+(?:staff|parents|anyone|any\s+staff))"
                     r"|(?:like|love|enjoy|want\s+to|happy\s+to|keen\s+to|don'?t\s+mind)\s+(?:to\s+)?help\w*\s+(?:the\s+)?(?:kids|children|pupils|girls|boys|little\s+ones)\s+(?:to\s+)?(?:get\s+)?(?:chang\w*|undress\w*|shower\w*|wash\w*|bath\w*)"
                     r"|(?:skip|dodge|avoid|swerve|get\s+round|get\s+around|bypass)\s+(?:the\s+|a\s+|my\s+)?dbs"
                     r"|(?:i|i'?d)\s+(?:prefer|like|love|enjoy)\s+(?:the\s+|them\s+)?(?:younger|little|littler|smaller)\s+(?:ones|kids|children|girls|boys)"
                     r"|no\s+parents?\s+(?:required|needed|necessary|allowed|invited|present)"
                     r"|(?:text|message|call|dm|contact|ring)\s+(?:me|her|him)\s+(?:secretly|in\s+secret)"
                     r"|(?:caution|conviction|charge|allegation)s?\s+(?:for\s+(?:something\s+)?)?(?:with|involving|to\s+do\s+with)\s+(?:a\s+)?(?:minor|child|kid|under\s?age\w*|young\s+(?:girl|boy))",
    "private_late": r"(?:follows|messages|dms|texts|snaps|calls|adds|added)\s+(?:my\s+\w+|her|him|them|pupils|kids)\b[^.!?]{0,30}?(?:late|at\s+night|midnight|after\s+(?:school|hours)|weekends?|privately)"
                    r"|(?:messages|dms|texts|snaps)\s+(?:her|him|my\s+\w+)\s+late",
    # conspiracy about a group beside a call to act on it
    "conspiracy": r"control\s+everything|run\s+the\s+(?:world|country|media)|at\s+war\s+with\s+us|replacing\s+us|(?:are|is)\s+the\s+enemy|traitors|invaders|kuffar|infidels",
    "call_to_act": r"do\s+something\s+about\s+it|get\s+ready|fight\s+back|take\s+action|rise\s+up|stand\s+up\s+and\s+fight|wants?\s+to\s+(?:do\s+something|fight|hurt)",
    # batch 39-41: a school's sanctions ("stop threatening fines over term time holidays")
    # and a fight reported as over ("there was a fight near the bus stop ... good to see staff")
    "sanction": r"threaten\w*\s+(?:(?:us|parents|families|me)\s+(?:with\s+)?)?(?:fines?|to\s+fine|to\s+exclude|exclusions?|detentions?|legal\s+action|court|to\s+close|closure)|term\s+time\s+holidays?",
    "over_and_seen_to": r"there\s+was\s+a\s+(?:fight|scuffle|incident|punch\s?-?\s?up|scrap)|good\s+to\s+see\s+(?:staff|teachers|the\s+school|police|the\s+head)",
}
COMBINATIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], float], ...] = (
    ("self_and_death", ("self", "death"), ("figurative", "hyperbole"), 0.7),
    ("self_wants_death", ("self", "desire", "death_weak"), ("figurative", "hyperbole"), 0.6),
    ("self_harm", ("self", "self_harm"), ("figurative", "accident", "harm_as_topic"), 0.65),
    ("self_harm_described", ("self_harm_described",), ("figurative", "accident", "hyperbole"), 0.65),
    ("injury_blamed_on_family", ("injury", "family", "caused"), ("figurative", "accident"), 0.65),
    ("offer_to_children_privately", ("young", "offer", "contact"), ("grown_job", "educational"), 0.65),
    ("drugs_and_children", ("drugs", "deal", "young"), ("educational",), 0.65),
    ("means_at_hand", ("self", "means", "hopeless"), ("means_veto", "figurative", "accident", "commerce"), 0.65),
    ("eating_disorder", ("self", "eating_disorder"), ("educational",), 0.65),
    ("farewell_note", ("farewell", "apology"), ("figurative", "leaving_post"), 0.6),
    ("someone_else_wants_to_die", ("other_person", "desire", "death_weak"), ("figurative", "hyperbole", "contempt"), 0.6),
    ("someone_else_wants_to_die", ("other_person", "death"), ("figurative", "hyperbole", "contempt"), 0.6),
    ("harmed_as_punishment", ("self", "passive_harm"), ("figurative", "accident", "past_era"), 0.6),
    ("grooming_act", ("grooming_act", "adult"), ("figurative",), 0.65),
    ("neglect_signs", ("neglect_sign", "family"), ("figurative",), 0.6),
    ("neglect_signs", ("neglect_sign", "young"), ("figurative",), 0.6),
    ("secret_kept_at_home", ("secrecy", "family", "home"), ("celebration",), 0.6),
    ("unexplained_money", ("unexplained", "money"), ("commerce", "celebration"), 0.6),
    ("unexplained_gifts", ("unexplained", "gift"), ("commerce", "celebration"), 0.6),
    ("exploited_child", ("exploit_strong", "family"), ("educational",), 0.65),
    ("exploited_child", ("exploit_strong", "young"), ("educational",), 0.65),
    ("exploited_child", ("exploit_strong", "child"), ("educational",), 0.65),
    ("private_images_shared", ("private_images", "share_round"), ("educational",), 0.7),
    ("voyeurism", ("voyeur",), ("educational",), 0.7),
    ("wounds_on_my_body", ("self", "wound", "body"), ("figurative", "accident", "hyperbole"), 0.6),
    ("adult_harms_me", ("adult", "harm_act", "self"), ("figurative", "hyperbole", "sanction", "past_era"), 0.65),
    ("harm_at_home", ("harm_act", "home", "self"), ("figurative", "hyperbole", "accident"), 0.65),
    ("harm_if_i_tell", ("harm_act", "secrecy"), ("figurative", "hyperbole"), 0.65),
    ("unsafe_at_home", ("unsafe", "home"), ("hyperbole", "child_worries"), 0.65),
    ("unsafe_with_adult", ("unsafe", "adult", "self"), ("figurative", "hyperbole", "child_worries", "educational"), 0.6),
    ("neglect_at_home", ("neglect", "home"), ("figurative", "hyperbole"), 0.6),
    ("neglect_self", ("neglect", "self", "adult"), ("figurative", "hyperbole"), 0.55),
    ("contact_with_child", ("contact", "child"), ("commerce", "school_admin", "celebration", "educational"), 0.65),
    ("contact_and_secrecy", ("contact", "secrecy"), ("commerce", "celebration"), 0.7),
    ("secrecy_with_child", ("secrecy", "child"), ("figurative", "celebration"), 0.65),
    ("locating_with_intent", ("locate", "intent"), ("figurative", "over_and_seen_to"), 0.6),
    ("locating_a_child", ("locate", "child"), ("figurative",), 0.7),
    ("asks_where_you_are", ("locate", "asks_you"), ("figurative", "educational"), 0.6),
    ("homeless_self", ("self", "homeless"), ("hyperbole",), 0.65),
    ("images_of_person_requested", ("images", "of_person", "contact"), ("figurative",), 0.65),
    ("images_shared", ("images", "share", "of_person"), ("figurative",), 0.7),
    ("naked_images_shared", ("naked", "share"), ("figurative",), 0.7),
    ("adult_asks_for_images", ("adult", "contact", "images"), ("figurative",), 0.6),
    ("weapon_with_intent", ("weapon", "intent"), ("figurative",), 0.7),
    ("gift_for_meeting", ("gift", "contact"), ("commerce",), 0.7),
    ("secret_pact", ("secret_pact",), ("commerce",), 0.6),
    ("neglected_for_days", ("neglect", "self", "duration"), ("figurative",), 0.6),
    ("sextortion", ("images", "share", "if_not"), ("figurative",), 0.75),
    ("violence_with_intent", ("violence", "intent"), ("figurative", "hyperbole", "complaint"), 0.65),
    ("exploitation_with_fear", ("exploit", "unsafe"), ("educational",), 0.65),
    ("exploitation_of_me", ("exploit", "adult", "self", "money"), ("figurative",), 0.6),
    ("exploited_for_money", ("exploit", "self", "money"), ("figurative",), 0.6),
    ("children_paid_to_carry", ("exploit", "money", "child"), (), 0.75),
    # batch 11
    ("afraid_of_family", ("fear_response", "family"), ("child_worries", "celebration"), 0.65),
    ("injury_and_fear", ("injury", "fear_response"), ("figurative", "accident"), 0.65),
    ("recurring_injury", ("injury", "family", "recurring"), ("figurative", "accident", "hyperbole"), 0.65),
    ("harsh_punishment", ("punishment", "self"), ("figurative", "hyperbole"), 0.6),
    ("neglect_signs", ("neglect_sign", "child"), ("figurative", "hyperbole"), 0.6),
    ("neglect_signs", ("neglect_sign", "self"), ("figurative", "hyperbole", "celebration"), 0.6),
    ("neglect_signs", ("neglect_sign", "duration"), ("figurative", "hyperbole", "celebration"), 0.6),
    ("locating_a_child", ("locate_home", "young"), ("educational",), 0.7),
    ("locating_a_child", ("locate_home", "child"), ("educational",), 0.7),
    ("exploited_for_money", ("exploit_strong", "money"), ("educational",), 0.6),
    ("homeless_family", ("homeless", "young"), ("hyperbole", "educational"), 0.6),
    ("homeless_family", ("homeless", "duration"), ("hyperbole", "educational"), 0.6),
    ("unexplained_and_out", ("unexplained", "neglect_sign"), ("celebration",), 0.6),
    ("images_of_children_for_money", ("images", "young", "money"), ("commerce", "educational", "school_admin"), 0.65),
    # batch 13
    ("worry_about_harm", ("worry", "worry_sign"), ("worry_veto", "figurative", "child_worries", "accident", "hyperbole"), 0.6),
    ("restriction_for_body", ("restrict", "body_goal"), ("ed_veto",), 0.65),
    ("restriction_strong", ("restrict_strong",), ("ed_veto",), 0.6),
    ("stranger_courts_child", ("pet_name", "platform"), ("commerce", "school_event", "educational"), 0.6),
    ("night_visits", ("private_space", "unwatched", "person_wide"), ("child_worries", "celebration"), 0.6),
    ("degraded_at_home", ("degrade", "berate", "family"), ("figurative", "hyperbole"), 0.6),
    ("easy_money_for_young", ("easy_money", "young_wide"), ("commerce", "grown_job", "educational"), 0.6),
    ("drugs_on_a_child", ("drug_wide", "my_child"), ("educational", "extreme_veto"), 0.6),
    ("dare_gone_wrong", ("bad_outcome", "dare"), ("dare_veto", "educational"), 0.6),
    ("extremism_near_child", ("extreme", "my_child"), ("extreme_veto",), 0.65),
    ("extremism_near_child", ("extreme", "person_wide"), ("extreme_veto",), 0.6),
    ("intimate_images_spread", ("intimate", "spread_wide"), ("educational",), 0.65),
    ("out_at_night_with_adults", ("night_out", "night_company", "my_child"), ("school_event", "celebration", "child_worries"), 0.6),
    ("out_at_night_with_adults", ("night_out", "night_company", "family"), ("school_event", "celebration", "child_worries"), 0.6),
    ("binge_and_hide", ("binge", "restrict"), ("ed_veto",), 0.6),
    ("injury_and_silence", ("wound_wide", "silenced"), ("accident", "figurative"), 0.6),
    ("staff_private_contact", ("private_late", "staff"), ("school_event", "educational"), 0.6),
    # batch 69-71: an adult reaching a child privately, or seeking them alone (see the concepts)
    ("staff_reaches_child_privately", ("access_online", "staff"), ("educational", "celebration"), 0.6),
    ("adult_seeks_children_alone", ("access_sought",), ("educational", "commerce"), 0.6),
    # batch 69-71: despair in the writer's own words, alone or with a going for good
    ("despair_told", ("despair", "self"), ("figurative", "hyperbole", "accident", "body_pain", "harm_as_topic"), 0.6),
    ("despair_and_leaving", ("despair", "leaving_life"), ("figurative", "hyperbole", "leaving_post"), 0.6),
    # batch 69-71: a young person sent away by the family, with a plea or a coercion
    ("sent_away_against_will", ("sent_away", "plea"), ("celebration", "school_event"), 0.6),
    ("conspiracy_and_action", ("conspiracy", "call_to_act"), ("extreme_veto",), 0.65),
    # batch 17
    ("hardship_and_neglect", ("hardship", "neglect_sign"), ("figurative",), 0.6),
    ("punished_by_family", ("punishment", "family"), ("figurative", "hyperbole", "celebration"), 0.6),
)
# the concepts of a combination must sit this close together (characters of folded text)
WINDOW = 80

# Every combination needs one of these; one scan for them decides whether to look further.
CORE = ("fear_response", "punishment", "locate_home", "death", "death_weak", "self_harm_described", "injury", "drugs", "offer", "means", "eating_disorder", "farewell",
        "passive_harm", "grooming_act", "neglect_sign", "unexplained", "exploit_strong", "private_images", "voyeur", "self_harm", "wound", "harm_act", "unsafe", "neglect", "contact", "naked",
        "homeless", "gift", "secret_pact", "secrecy", "images", "weapon", "violence", "exploit", "locate",
        "worry", "restrict", "restrict_strong", "pet_name", "private_space", "degrade", "easy_money", "drug_wide", "bad_outcome", "extreme", "intimate", "night_out", "binge", "silenced", "private_late", "conspiracy",
        "access_online", "access_sought", "despair", "leaving_life", "sent_away")


# A threat of violence aimed at a person or at the people of the school is abuse as well
# (the spec's convention); an untargeted one ("bomb threat tomorrow") stays safeguarding.
_THREAT_RULES = frozenset({"threat_of_violence", "veiled_threat", "veiled_warning", "violent_outcome", "place_threat",
                           "concepts:violence_with_intent", "concepts:weapon_with_intent",
                           "veiled_threat_more", "veiled_threat_insinuated", "bullying_death_wish",
                           "threat_direct_more", "violence_forecast",
                           "imagined_harm", "veiled_fate", "weapon_emoji", "insinuated_threat", "menace_idiom",
                           "threat_over_policy", "crowd_called_to_a_place", "threat_idiom", "threat_sideways",
                           "threat_sideways_more"}
                          | threat_grammar.RULE_NAMES)
_PERSON_TARGET = re.compile(
    # (batch 25-29: "wouldn't go if i were you" is advice, not a target)
    r"\b(?:(?<!i\swere\s)(?<!i\swas\s)you|u|ya|yous|you'?re|youre|yourself|urself|him|her|his|hers|them|staff|teachers?|head(?:teacher|master|mistress)?|heads|mr|mrs"
    r"|miss|ms|sir|kids?|lad|girl|boy|governors?|receptionist|caretaker|(?<!on\sthe\s)coach(?:es)?(?!\s+(?:trip|journey|driver|park))|tutors?|dinner\s+lad(?:y|ies)"
    r"|office\s+staff|year\s+\d{1,2}|ur\s+\w+|your\s+\w+|(?<!day\s)(?<!term\s)backs?(?!\s+(?:in|to|on|at|from|after)\b)|ta|teaching\s+assistant"
    # batch 15: roles and a class by its name ("8R"), the words the new threat families aim at
    r"|lady|woman|man|bloke|caretaker|lollipop|deputy|bully|cleaner|safeguarding\s+lead|head\s+of\s+year|\d{1,2}[a-z]"
    # batch 21: a faith school's and an inspection's people
    r"|priests?|vicars?|imams?|rabbis?|chaplains?|inspectors?|coordinators?|supervisors?|escorts?|nurses?|librarians?|technicians?|mentors?|(?:the\s+ones?|those|everyone|anyone)\s+who"
    # batch 25-29: an exam season's, a village's and a comment section's people; groups by
    # their plural; whoever did something; a person given a weapon "for" by name
    r"|invigilators?|examiners?|watch\s+(?:himself|herself|themselves)|yours|(?:lads|girls|boys)\s+who|(?:whoever|who\s?ever)(?!\s+(?:runs|manages|admins|looks\s+after|reads)\b)|famil(?:y|ies)|farmers?|refs?|referees?|leavers(?!\s+(?:assembly|do|prom|party|ball|disco|trip|video|vid|photos?|service|mass|day|hoodies?|show))"
    r"|governors|neighbou?rs?|\w+'?s\s+(?:mum|mam|dad|mother|father|nan|grandma|grandad|sister|brother)|every\s?one\s+(?:in|on)\s+(?:this|the)\s+(?:comments?|comment\s+section|chat|group\s+chat|thread)|(?:knife|blade|bat|gun|machete|shank)\s+for\s+\w+|(?:he|she)(?:'?s|\s+is)\s+(?:done|dead|finished)|(?:hes|shes)\s+(?:done|dead|finished)"
    # batch 30-32: everyone who will regret or pay, a principal,
    # prefects, organisers, the groups a community group's hate names
    r"|every\s?(?:one|body)\s+(?:is|'s|will)\s+(?:going\s+to\s+|gonna\s+)?(?:regret|pay|be\s+sorry)"
    r"|principals?|vice\s+principals?|prefects?|organisers?|groomers?|paedos?|nonces?|marchers|protesters|worshippers|any(?:one|body)\s+who|every(?:one|body)\s+who"
    # batch 33-35: a nursery's and a hard week's people
    r"|head(?:teacher|master|mistress)s|key\s?workers?|journalists?|reporters?|owners?|photographers?|practitioners?|managers?|room\s+leaders?"
    # batch 36-38: a sixth form's women by sex, a year written short, a boarding house's staff ("the females", "yr10")
    r"|females?|women|yr\s?\d{1,2}|matrons?|house\s?(?:masters?|mistress(?:es)?|parents?)|wardens?"
    # batch 39-41: the SEN coordinator and the front desk ("k1ll that s3nco")
    r"|sen(?:d)?cos?|front\s+desk"
    # batch 51-53: a council's and a college's people ("the SEND panel inside it"); a
    # building "with everyone in it" stays untargeted (test_safeguarding's table)
    r"|panels?|councill?ors?|the\s+council|lecturers?|case\s?workers?|social\s+workers?"
    # batch 54-56: a trip's, a nursery's and a community's people ("that trip leader", "that
    # bursar", "whichever mum reported me", the instructor, the host family, the driver)
    r"|(?:dads?|mums?|mams?|parents?|landlords?|(?:that|this)\s+\w+)\s+who|(?:trip|group|team|room|party)\s+leaders?|bursars?|instructors?|host\s+(?:parents?|famil(?:y|ies)|mums?|dads?)|drivers?|whichever\s+\w+"
    # batch 42-44: a man or a woman by the street's words for them ("the pryce fella")
    r"|fellas?|geezers?|chaps?|lasses|lass|dudes?|guys?"
    # batch 45-47: a trust's people ("the trust ceo", "the chair of governors", "trustees")
    r"|ceos?|chief\s+exec\w*|chairs?\s+of\s+(?:governors|trustees|the\s+board)|trustees?|directors?"
    # batch 66-68: the street's and an office's people ("that youth worker", "the gang
    # worker", "the admissions officer", the admissions staff), and a rival group as the
    # object of the act ("riding out on them st bedes lot", "waiting for the parkside
    # boys"); the same group as the doer ("the older lads are waiting") is no target
    r"|workers?|officers?|admissions\s+(?:staff|team|office|people|lady|man)|(?:(?<=on\s)|(?<=at\s)|(?<=to\s)|(?<=for\s))(?:them|those|that|the)\s+(?:\w+\s+){0,2}?(?:lot|boys|lads|mandem|crew|gang)\b"
    # and the school's front office ("nobody at reception will stop me")
    r"|reception|receptionists?"
    # batch 69-71: the kitchen's, the office's and recruitment's people ("that cook", the
    # dinner staff, "the business manager", "the recruiter", a volunteer)
    r"|cooks?|chefs?|caterers?|(?:kitchen|dinner|catering|canteen)\s+(?:staff|team|ladies|lady|crew)|business\s+managers?|secretar(?:y|ies)|administrators?"
    r"|recruiters?|volunteers?|assistants?|counsell?ors?"
    # batch 39-41: parents at odds name each other ("that mouthy dad", "that stuck up cow from the PTA")
    r"|(?:that|this|those)\s+(?:\w+\s+){0,2}?(?:dads?|mums?|mams?|moms?|parents?|mothers?|fathers?|cow|witch|prat)\b(?!\s+(?:evening|meeting|group|chat|council|forum|association|night|consultation|page|reps?|survey)\b))\b")
#: words that name people without aiming at them: parents told to keep their children away
#: ("keep your kids home friday"); removed before the target is looked for (batch 30-32)
_NOT_A_TARGET = re.compile(
    r"\b(?:keep|send|take|bring|let|get)\s+(?:your|ur|yer|the)\s+(?:\w+\s+)?(?:kids?|children|little\s+ones?|bairns|child|sons?|daughters?|young\s+ones|lot)\b(?:\s+(?:home|away|in|inside|off))?"
    # batch 33-35: "bring ur own armour" invites, it names no one
    r"|\bbring\s+(?:your|ur|yer)\s+own\b")
#: a threat that is not the writer's own aim at anyone: a parent's fear of their own temper
#: ("scared i'm going to hurt him"), or a threat heard and passed on ("word is", "bare man
#: saying", "said my brother will be shot", a knife "on his snap story") with no "you" in it.
#: The safeguarding flag stays; only the abuse added for a threat at a person is withheld.
_OWN_FEAR = re.compile(
    r"\b(?:scared|afraid|worried|frightened|terrified)\s+(?:that\s+)?i'?m\s+(?:going\s+to|gonna)\s+(?:hurt|harm|lose\s+it\s+with|shake)\s+(?:him|her|them|my\s+\w+)\b")
_REPORTED = re.compile(
    r"\b(?:word\s+is|rumou?r\w*|apparently|(?:i|we)\s+(?:heard|was\s+told)|(?:is|are|was|were|been|keeps?|bare\s+\w+|people|everyone)\s+saying"
    r"|(?:came|come)\s+to\s+(?:our|my|their)\s+(?:house|door|flat)\s+and\s+said|on\s+(?:his|her|their)\s+(?:snap|story|snap\s+story|insta|tiktok|status)"
    r"|(?:don'?t|dont|do\s+not)\s+know\s+who\s+(?:it'?s|its|it\s+is)\s+for"
    # batch 66-68: a rumour opened with "heard" and passed on ("heard there's gonna be a ride
    # out on the school, kids are all saying it")
    r"|^\W*heard|(?:is|are|was|were)\s+all\s+saying"
    # batch 33-35: a planned fight everyone has heard of
    r"|every(?:one|body)\s+knows\s+but)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|u|ya|yous|youse|your|ur|yourself|urself)\b")


def _threat_aimed_at_person(text: str) -> bool:
    """Whether a threat in ``text`` (folded) is aimed at a person or the school's people."""
    if _OWN_FEAR.search(text) is not None:
        return False
    text = _NOT_A_TARGET.sub(" ", text)
    if _REPORTED.search(text) is not None and _SECOND_PERSON.search(text) is None:
        return False
    return _PERSON_TARGET.search(text) is not None
_THREAT_ABUSE_SCORE = 0.7

# --- batch 13: the model's doubt settled by a word of risk ---------------------------------
# Every fresh batch showed the same thing: the misses of the rules sit, more often than not,
# in the categoriser's review band (a bag of words half-sure), while most review-band
# comments of ordinary school chatter are insults or everyday news with no word of harm.
# So a review-band probability together with one word that names a harm, a means, a
# finality or an adult's access is flagged for a person (score 0.55), not left to the band.
_RISK_WORD = re.compile(
    r"\b(?:forever|for\s+good|good\s?byes?|burden|(?:left|wrote|written|leaving)\s+(?:a\s+)?(?:note|letters?)|nearly\s+enough|asking\s+for\s+a\s+reason"
    r"|(?:if|when)\s+anything\s+happens\s+to\s+me|which\s+year\s+(?:are|is)|what\s+age\s+are|tag\s+(?:him|her)|gorgeous|bloody\s+tissues|blood|bleeding"
    r"|on\s+fire|losing\s+(?:his|her|your|ur|their)?\s*teeth|watch\s+the\s+news|that'?s\s+all\s+(?:i'?m\s+saying|im\s+saying)|thats\s+all|just\s+saying"
    r"|cut\s+(?:yourself|urself|herself|himself|myself|themselves)|a\s+man|older\s+(?:man|men|lads?|guys?|boys?)|strangers?|stockpil\w*|no\s+questions"
    r"|scars?|bruis\w*|knife|knives|blade|weapon|gun|rope|overdose|vodka|alcohol|drunk|weed|drugs|midnight|(?:[1-5]|12)\s?am\b|hurt\s+(?:me|him|her|myself|himself|herself|them|someone|you|u)"
    r"|scared|scaring|afraid|terrified|unsafe|not\s+safe|police|ran\s+away|run\s+away|hungry|starving|compass|point\s+missing)\b")
#: the review band's ordinary company: hyperbole, illness, lost things, praise
_RISK_VETO = re.compile(
    _HYPERBOLE + r"|\b(?:hay\s+fever|inhaler|medicine\s+form|chicken\s?pox|poorly|nits|felt\s+tip|plaster|tissues\s+for|tearjerker|pocket\s+money"
    + r")\b|" + _PAST_ERA + r"|\b(?:"
    r"scams?|phishing|road\s+safety|magic\s+trick|talent\s+show|disco|panto|nativity|performance|assembly|training|awareness|leaflet|dog|spaniel|rabbit|hamster|well\s+done|congrat\w*)\b")
CORROBORATED_SCORE = 0.55


def corroborate(folded: Any, probability: float) -> list[Detection]:
    """A flag when a review-band model probability meets a word of risk (see above)."""
    text = folded.loose.text
    hit = _RISK_WORD.search(text)
    if hit is None or _RISK_VETO.search(text) is not None:
        return []
    start, end = folded.loose.to_original(*hit.span())
    return [Detection(LABEL, CORROBORATED_SCORE, Explanation(
        "safeguarding", "model_corroborated", start, end, folded.original[start:end],
        (f"model probability {probability:.2f} in the review band, with a word of risk",)))]

# --- the trained categoriser's safeguarding probability ------------------------------------
# Three unseen batches showed the rules above missing most new wording (EVAL_NOTES.md), and
# the shipped categoriser (``classifiers/model``, trained by ``classifiers.train`` with a
# safeguarding label) catching much of it; but a bag of words also reads "what time does the
# disco finish?" as risky. So the model alone holds a comment only from MODEL_ACT, the
# F1-optimal probability on the calibration slice (``python -m classifiers.train
# --calibrate``, model 1.2.0: 0.60), and between MODEL_REVIEW and MODEL_ACT it gives a score
# in the policy's default review band [0.3, 0.5): a person looks, nothing is hidden.
# MODEL_REVIEW is the lowest probability keeping the pipeline's safeguarding precision at
# 0.75 on that slice. Recall comes first here: a false positive goes to a person.
# MODEL_ACT was then 0.55, from wording the model never saw: trained without each batch of
# school cases in turn and scored on it (``classifiers.experiments.model_threshold``), rules
# plus model keep precision >= 0.75 from 0.55 up among nine negatives to a positive, where
# 0.60 was only the calibration slice's F1 optimum (EVAL_NOTES.md, "Model threshold from
# unseen batches"). It is 0.50 since batches 51-53 were read while neither the rules nor the
# model had seen them: there 0.55 -> 0.50 caught two more positives for one more false
# alarm, and each lower step cost far more false alarms per catch (EVAL_NOTES.md, "Model
# threshold on batches 51-53").
MODEL_REVIEW = 0.35
MODEL_ACT = 0.50
#: Comments longer than this (characters) are rare among the school cases the model learnt
#: from; its probability alone does not act on them (see detect). Measured with model 1.5.0:
#: no school case changes, and 7 of the Jigsaw sample's 9 long talk-page comments the model
#: alone flagged are held for review instead.
LONG_TEXT_CHARS = 300
_REVIEW_LOW, _REVIEW_HIGH = 0.3, 0.5


def model_score(probability: float) -> float:
    """Map the model's probability: MODEL_REVIEW -> 0.3, MODEL_ACT -> 0.5, 1 -> 1."""
    p = min(max(probability, 0.0), 1.0)
    if p >= MODEL_ACT:
        return _REVIEW_HIGH + (1.0 - _REVIEW_HIGH) * (p - MODEL_ACT) / (1.0 - MODEL_ACT)
    if p >= MODEL_REVIEW:
        return _REVIEW_LOW + (_REVIEW_HIGH - _REVIEW_LOW) * (p - MODEL_REVIEW) / (MODEL_ACT - MODEL_REVIEW)
    return _REVIEW_LOW * p / MODEL_REVIEW


class SafeguardingDetector:
    name = "safeguarding"
    version = "1.25"

    def __init__(self) -> None:
        self.rules = RuleSet(self.name, RULES)
        self.concepts = ConceptSet(self.name, LABEL, CONCEPTS, COMBINATIONS, CORE, WINDOW)

    def detect(self, doc: Any) -> list[Detection]:
        folded = doc._.folded
        found = self.rules.run(folded)
        if not found or max(d.score for d in found) < 0.7:
            found.extend(self.concepts.run(folded))
        threats = [d for d in found if d.explanation.rule in _THREAT_RULES and d.score >= 0.5]
        if threats and _threat_aimed_at_person(folded.loose.text):
            best = max(threats, key=lambda d: d.score)
            found.append(Detection(Label.ABUSE.value, min(best.score, _THREAT_ABUSE_SCORE), replace(
                best.explanation, rule=f"{best.explanation.rule}:aimed_at_person",
                adjustments=best.explanation.adjustments + ("threat aimed at a person is abuse",))))
        cats = getattr(doc, "cats", None)
        probability = cats.get(LABEL) if cats else None
        if probability is None or probability < MODEL_REVIEW:
            return found
        score = model_score(probability)
        adjustments = [f"model probability {probability:.2f}; review from {MODEL_REVIEW:.2f}, act from {MODEL_ACT:.2f}"]
        long_text = probability >= MODEL_ACT and len(folded.original) > LONG_TEXT_CHARS
        if long_text:
            # A bag of words adds up every word: on a long post its probability climbs with
            # length. There the model alone only asks for review, unless a word of risk backs it.
            score = min(score, _REVIEW_HIGH - 0.05)
            adjustments.append(f"held for review: longer than {LONG_TEXT_CHARS} characters with no rule")
        found.append(Detection(LABEL, round(score, 4), Explanation(
            self.name, "model:safeguarding", None, None, None, tuple(adjustments))))
        if probability < MODEL_ACT or long_text:
            found.extend(corroborate(folded, probability))
        return found
