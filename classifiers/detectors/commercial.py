"""Commercial: selling, advertising, job ads, donation and fundraising not run by the school.

Rules over the loose folded view: selling and prices ("selling uniform £15, DM me"),
"DM me to buy", discount codes, job ads, tutoring and small-business adverts, donation
platforms (JustGiving, GoFundMe, Crowdfunder ...) and personal campaigns. A price on its
own is only a weak signal: parents ask what the summer fair tickets cost. A question
about the school's own sales ("is uniform on sale at the office?") is lowered as a hard
negative, and anything that names one of the school's own allow phrases (its PTA, its
fair) is not commercial at all: the detection is dropped and the pipeline sees nothing.
A concept layer (see :class:`classifiers.rules.ConceptSet`) catches offers worded in ways
no rule lists: an offer word near a service ("prices from", "fully insured", "first lesson
half price"), an offer with a price and a way to buy, a donation word near "share" or a
cause; a parent's question and the school's own words veto it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from classifiers.base import Detection, Explanation
from classifiers.detectors.spam import SCHOOL_WORD, child_offer, fast_word_starts
from classifiers.rules import ConceptSet, Rule, RuleSet

__all__ = ["CommercialDetector"]

LABEL = "commercial"

# The digit runs are possessive: nothing that may follow a price starts with a digit, a
# comma or a dot, so giving digits back can never help a match, and without it a phone
# number makes the engine retry every shorter run of its digits.
_PRICE = r"(?:£\s?\d[\d,.]*+|\d[\d,.]*+\s?(?:£|quid|pounds?|gbp|p\b|ono\b)|\$\s?\d[\d,.]*+)"
_PARENT_QUESTION = (
    r"\b(?:how\s+much\s+(?:are|is|do|does|will|were)|where\s+(?:can|do)\s+(?:i|we)\s+(?:buy|get|order)"
    r"|is\s+(?:the\s+)?\w+\s+(?:on\s+sale|for\s+sale|available)|are\s+(?:the\s+)?\w+\s+(?:on\s+sale|available)"
    r"|when\s+(?:is|are|does|do)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+(?:on\s+sale|open|start)|do\s+you\s+(?:sell|take|accept)"
    r"|can\s+(?:i|we)\s+(?:pay|buy|order))\b[^.!]*\?"
    # a parent asking to buy, not offering: "any1 selling a year 7 blazer?", "anyone got a
    # spare PE top they could sell me?", "looking to buy a second-hand ..."
    r"|\b(?:any\s?(?:one|i|body)|does\s+any\s?(?:one|i|body)|is\s+any\s?(?:one|i|body)|who(?:'?s|\s+is)|some\s?(?:one|body))"
    r"\s+(?:\w+\s+){0,2}(?:selling|got|have|has|sell)\b[^.!]*\?"
    r"|\b(?:looking\s+to\s+buy|wanting\s+to\s+buy|(?<!one\s)(?<!body\s)(?<!any1\s)(?<!anyone\s)want\s+to\s+buy|iso\b|in\s+search\s+of)"
    # asking for a recommendation: "any recommendations for a good local plumber?"
    r"|\b(?:any\s+)?recommendations?\s+for\b[^.!]*\?|\bcan\s+any\s?(?:one|body|1)\s+recommend\b"
    # asking how to give: "is there a way to donate to the hardship fund?"
    r"|\b(?:is\s+there\s+(?:a|any)\s+way|how\s+(?:can|do|could|would)\s+(?:i|we))\s+(?:to\s+|i\s+|we\s+)?(?:donate|give|contribute|help|support|pay)\b[^.!]*\?"
    r"|\b(?:are|is)\s+there\s+any\b[^.!?]*\?|\bany\s+chance\s+of\b[^.!]*\?|\b(?:prices?|costs?)\s+(?:are|is)\s+(?:a\s+joke|ridiculous|extortionate|too\s+high|daylight\s+robbery|shocking)"
    # a charge complained about: "charging £8 a session when it used to be £5 is too much"
    r"|\b(?:is|are|was|seems?|feels?)\s+(?:far\s+|way\s+|a\s+bit\s+|just\s+|really\s+|much\s+)?too\s+(?:much|expensive|dear|steep|high)\b"
    r"|\bused\s+to\s+(?:be|cost)\s+(?:only\s+|just\s+)?£"
    # a price or an event complained about by the one who paid ("daylight robbery, £60 for
    # 5 pics", "a shambles ... not acceptable for £40 a head")
    r"|\b(?:daylight\s+robbery|rip\s?-?\s?off|not\s+acceptable|unacceptable|extortionate|overpriced|scandalous|(?:a|an\s+absolute|a\s+complete|a\s+total|an\s+utter)\s+(?:shambles|joke|disgrace|farce))\b"
    r"|\b(?:does|do)\s+any\s?(?:one|body|1)\s+(?:know|use|have)\s+(?:a|an|of\s+a|any)\b[^.!]*\?"
    # a request opening the comment, with or without its question mark: "anyone selling a
    # sixth form lanyard pls email me", "any1 got a spare tie, will pay"
    r"|^\W*(?:hi\s+|hello\s+|hiya\s+|hey\s+)?(?:is\s+|does\s+)?any\s?(?:one|body|1)\s+(?:\w+\s+){0,2}(?:selling|got|have|has|sell)\b"
    # a question opening the comment, and after it nothing that sells ("are the school
    # photos £12 each or is there a bundle price? want to order for grandma")
    r"|^(?:are|is|do|does|did|when|what|how|can|could|will|where|which|has|have)\b[^?]*\?"
    r"(?:(?!\b(?:sell|selling|sale|dm|pm|inbox|message|msg|whatsapp|text|call|ring|collection|delivery|order\s+(?:now|today|here)|book\s+now"
    # the writer's own offer after the question: "does anyone need a cleaner? i have 2 slots
    # free, reasonable rates", "need a handyman? i do flat pack, fair prices"
    r"|slots?|rates|(?:fair|good|reasonable|competitive|low|great)\s+prices?|i\s+do)\b|£)[^?])*"
    # (a second question after it: "... per day or per session? and do we get a discount for siblings?")
    r"(?:\?(?:(?!\b(?:sell|selling|sale|dm|pm|inbox|message|msg|whatsapp|text|call|ring|i\s+do)\b|£)[^?])*)*$",
)

# The school's own sales, told by a parent: "we're selling tickets for the school disco at
# the office from Monday" (a parent's own goods are still selling: no "uniform" here).
# the school (or a class) selling: "the school's second hand uniform sale", "our Year 5
# enterprise project is selling bookmarks", "all profits to the school garden"
_SCHOOL_RUNS_IT = (
    r"\b(?:the\s+)?school'?s\s+(?:\w+\s+){0,3}(?:sale|shop|fair|rail|stall|swap|bank|table|library|appeal|fund)\b"
    # the school's own sponsored event: "a donation link for the school's own sponsored walk"
    r"|\b(?:the\s+)?(?:school|pta|academy|trust)'?s\s+own\b|\bschool'?s?\s+sponsored\s+(?:walk|run|read|swim|silence|bounce|cycle)\b"
    r"|\bschool[\s-]+(?:organi[sz]ed|led|approved|backed|sanctioned)\b|\bthe\s+school\s+(?:\w+\s+){0,2}selling\b|\b(?:enterprise|class|year\s+\d+)\s+(?:project|group|council|team)\b"
    r"|\ball\s+(?:the\s+)?(?:profits?|proceeds|money)\s+(?:go(?:es)?\s+)?to\s+(?:the\s+)?(?:school|pta|class|charity|garden|library)"
    # the school named as who runs it, a class as the seller, money raised for the school:
    # "run by the school", "our class is selling ...", "raising money for the school library"
    r"|\b(?:run|organi[sz]ed|hosted)\s+by\s+(?:the\s+)?(?:school|pta|office|staff|teachers|school\s+council)\b"
    r"|\b(?:our|the|my\s+\w+'?s)\s+(?:class|form|year\s+\d+|school\s+council|eco\s+team)\s+(?:is|are|'s|were|will\s+be)\s+selling\b"
    r"|\braising\s+(?:money|funds)\s+for\s+(?:the|our)\s+(?:school|class|pta)"
    # the school's own giving page: "through the official school justgiving", "the PTA's
    # gofundme on the website"
    # bought through the school's or college's own shop: "£22 through the college shop"
    r"|\b(?:through|from|at|via|in|on)\s+the\s+(?:school|college|sixth\s+form|academy)(?:'s)?\s+(?:own\s+)?(?:shop|office|website|app|reception|uniform\s+shop)\b"
    r"|\b(?:official\s+)?(?:school|pta|academy)'?s?\s+(?:official\s+)?(?:just\s?giving|go\s?fund\s?me|crowd\s?funder|donation\s+(?:page|link)|fundraising\s+page)\b"
)
_SCHOOL_SALE = (
    r"\b(?:school|class|year\s+\d+|christmas|summer|spring)\s+(?:disco|fair|fete|play|show|concert|production|panto|raffle"
    r"|cake\s+sale|bake\s+sale|trip|photos?|calendars?|cookbook|tea\s+towels?|quiz)\b|\bat\s+the\s+(?:school\s+)?office\b"
    r"|" + _SCHOOL_RUNS_IT
)
# Drugs sold at school are a safeguarding matter, not trade; "selling nothing, just asking"
_SELLING_NOT_TRADE = (
    r"\bsell(?:s|ing)?\s+(?:\w+\s+){0,2}(?:pills|meds|medication|tablets|prescriptions?|weed|ket|ketamine|drugs|coke|cocaine|pot|spice|mdma|xanax|edibles|nitrous|balloons"
    r"|vapes?\s+to\s+(?:kids|children|year)|gear|pingers|baggies)\b|\bselling\s+nothing\b"
    r"|\bselling\s+(?:stuff|things|gear|bits)\s+for\s+(?:older|other|some|these)\s+(?:lads|boys|men|people|blokes)"
    r"|\bsaying\s+(?:i'?m|im|she'?s|he'?s|they'?re)\s+selling|\bif\s+any\s?(?:one|body)'?s?\s+(?:is\s+)?selling"
    # someone else's selling told, not offered: "he's the one who's been selling vapes",
    # "if yous are selling raffle tickets I'm at ..."
    r"|\b(?:the\s+one(?:\s+(?:who'?s|that'?s|who\s+is|who\s+has|that\s+has))?|who'?s\s+been|\w+'s\s+been|(?:he|she|they)(?:'s|\s+has|'ve|\s+have)\s+been|caught)\s+selling\b"
    r"|\bif\s+(?:you|yous|youse|ye|u|ya|you\s+lot|y'?all)\s*(?:are|r|'re)\s+selling\b"
    # selling reported of another ("he's selling them", "she was selling pics") or denied
    # ("not selling anything"), or done round the school ("selling vapes in the toilets")
    r"|\b(?:he|she|they)(?:'s|\s+is|'re|\s+are|\s+was|\s+were)\s+(?:now\s+|even\s+|also\s+|actually\s+)?selling\b"
    r"|\b(?:not|never|nobody'?s|no\s?one'?s)\s+(?:\w+\s+)?selling\s+(?:anything|nothing|owt|stuff)\b"
    r"|\bselling\s+(?:\w+\s+){0,2}(?:in|round|around|behind|at)\s+(?:the\s+)?(?:toilets|loos|bogs|playground|yard|changing\s+rooms|school\s+gates?|bus\s+stop|field)\b"
    # a third person selling, told: "older lads selling vapes at the shop", "some grown man
    # is selling the video on telegram", "who's selling the blue pills, need some"
    r"|(?<!\bmy\s)(?<!\bour\s)\b(?:lads|lad|boys|boy|girl|blokes|bloke|fella|chap|lady|men|man|guy|guys|someone|somebody|people|kids|girls|he|she|they|person|woman|women|teens|teenagers|page|account|neighbour|neighbours)"
    r"\s+(?:is\s+|are\s+|was\s+|were\s+|'s\s+|'re\s+|keeps?\s+|been\s+|(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+(?:still\s+|now\s+|openly\s+)?)?selling\b"
    # goods passed on for money by others: "taking the donated coats and selling them on"
    r"|\bselling\s+(?:it|them|those|these|stuff|things)\s+on\b"
    r"|\bwho'?s\s+selling\b"
    # people pointed at as the sellers: "they're the ones selling", "that lot are the ones selling"
    r"|\bthe\s+ones\s+(?:who\s+(?:are|were)\s+|that\s+(?:are|were)\s+)?selling\b"
    # placed by where they stand: "lads outside the gates selling vapes"
    r"|\b(?:lads|boys|girls|kids|men|blokes|teens|teenagers|people|a\s+man|some\s+man|someone)\s+(?:outside|at|by|near|round|around|behind|in)\s+(?:the\s+)?\w+(?:\s+\w+)?\s+selling\b"
    # placed by where they live: "the lad across the road is selling his bike"
    r"|\b(?:lad|boy|girl|bloke|man|woman|fella|neighbour|family|couple)\s+(?:across|over|next\s+door|down|up|from|opposite|at)\b[^.!?]{0,20}?\b(?:is|was|'s)\s+selling\b"
    # things taken and sold on: "someone has been taking them off him and selling them"
    r"|\b(?:taking|stealing|nicking|pinching|robbing|swiping)\b[^.!?]{0,40}\band\s+selling\b"
    # a charge laid on the writer: "my dad says i have to pay £80 a week rent"
    r"|\b(?:i|we|he|she|they|me|us)\s+(?:have|has|had|'ve\s+got|got)\s+to\s+pay\b"
    # an offer to a child reported by the parent: "told my son he could earn £500 a week"
    r"|\btold\s+(?:him|her|them|my\s+\w+|our\s+\w+)\s+(?:he|she|they)\s+(?:could|can|would|'d)\b"
    # a report of an approach: "a man offered my daughter a lift and £10"
    r"|\b(?:offered|offering|gave|giving)\s+(?:my|our|his|her|the)\s+(?:\w+\s+){0,2}(?:son|daughter|kids?|child|children|boy|girl|lad|year\s+\d+s?)\b"
    # (told of a third person: "a man offered him a phone and £100 a week")
    r"|\b(?:offered|gave)\s+(?:him|her|them)\s+(?:a|an|some|money|cash|£)"
    # (tickets "to the year 11 leavers' party" name the event, not the buyers)
    r"|\bsell(?:s|ing)?\s+[^.!?]{0,40}?\bto\s+(?:the\s+|our\s+|my\s+|your\s+|local\s+|young\s+)?(?:kids|children|pupils|teens|teenagers|(?:year|yr|y)\s?\d+s?)\b"
    r"(?!'?s?\s+(?:leavers'?\s+)?(?:party|prom|ball|disco|show|play|concert|trip|leavers|gig|match|panto|production|residential)\b)|\bthc\b"
    # images of children sold: abuse material, never trade ("selling pics of year 10 girls")
    r"|\bsell(?:s|ing)?\s+(?:\w+\s+){0,2}(?:pics|pictures|photos|nudes|images|videos|vids)\s+of\b"
    # drugs named first: "weed and ket 4 sale"
    r"|\b(?:weed|ket|ketamine|coke|cocaine|mdma|xanax|edibles|nitrous|pingers|thc|spice)\b[^.!?]{0,20}\b(?:for|4)\s+sale\b"
)
# Errands run for someone, money for no questions: county lines recruiting, a safeguarding
# matter dressed as a job ("£300 a week just dropping parcels for me, no questions asked")
_ERRAND_RUNNING = (
    r"\bno\s+questions\s+asked\b|\b(?:drop(?:ping)?|deliver(?:ing)?|carry(?:ing)?|run(?:ning)?|hold(?:ing)?|mov(?:e|ing))"
    r"\s+(?:\w+\s+)?(?:parcels|packages|packets|bags|packs|boxes)\s+(?:for\s+(?:me|us|him|them)|round|around)\b"
)
_ERRAND_RE = re.compile(_ERRAND_RUNNING)
#: goods offered for sale: what makes "no questions asked" a seller's, not an errand's
_GOODS_SOLD_RE = re.compile(r"\b(?:going\s+cheap|for\s+sale|£\s?\d+(?:\.\d\d)?\s+(?:each|a\s+piece|per\s+item|the\s+lot)|selling\s+(?:my|our|his|her|a\s+load|loads|some))\b")
_ERRAND_SCORE = 0.2
_SELLING_FAMILY = (
    r"\b(?:sell|selling|sold|buy|take|swap|rent)\s+(?:my|our|the|his|her)\s+(?:kids|children|child|son|sons|daughters?|husband|wife|hubby"
    r"|partner|brothers?|sisters?|twins|family|toddler|teenagers?|offspring)\b"
)
# A warning about a seller: "beware of the page selling drops ..., it's a scam"
_WARNING = (r"\bbeware\b|\bscam\s+(?:text|txt|e-?mail|call|message|msg|page|post|link|letter|advert|ad)s?\b|\b(?:don'?t|do\s+not)\s+click\b|\b(?:it'?s|is|its)\s+(?:a|an\s+obvious|a\s+total)\s+scam\b|\bdon'?t\s+(?:buy|fall\s+for)\b"
            # a fake appeal named as fake: "a fake gofundme going round ... please don't donate"
            r"|\b(?:fake|bogus|scam|fraudulent|unofficial)\s+(?:\w+\s+)?(?:go\s?fund\s?me|just\s?giving|fundraiser|appeal|page|donation\s+page|collection)"
            r"|\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:donate|give\s+(?:money|anything)|send\s+(?:money|anything))\b")
# Pay judged, not offered: "the pay is poor", "wages for dinner staff are a disgrace"
_PAY_JUDGED = (r"\b(?:pay|paid|wages?|salary|salaries|rates?)\b[^.!?]{0,40}\b(?:poor|rubbish|terrible|awful|shocking|disgrac\w*|pathetic|insult\w*|criminal|a\s+joke|peanuts|too\s+low|so\s+low)\b")
# An offer received and told: "I was offered £20 an hour by a stranger, anyone else?"
_OFFER_TOLD = r"\b(?:got|was|were|been)\s+offered\b|\banyone\s+else\b"
# Someone giving time, not selling it: "I'm DBS checked through scouts", "happy to walk the
# kids if anyone needs help", "DBS checked parents welcome" on a club's call for volunteers.
_VOLUNTEERING = (
    r"\bvolunteer\w*|\bif\s+any\s?(?:one|body|1)\s+needs?\s+(?:help|a\s+hand|a\s+lift)\b"
    r"|\b(?:through|via|with|from|at)\s+(?:the\s+)?(?:scouts|cubs|beavers|brownies|guides|rainbows|church|mosque|temple)\b"
    r"|\b(?:for|at)\s+no\s+charge\b|\bfree\s+of\s+charge\b"
)

# What a seller says of the goods or the session beside its price: "still boxed, unwanted
# gift, £30", "size 4 £10", "£40 for the lot", "early bird price £95", "out now!! only
# £4.99", "4 weeks for £40, all materials included", "would make a great christmas pressie".
# A parent's complaint about what something cost ("paid £30 for size 4 shoes") says "paid".
_SALE_TERM = (
    r"(?:(?:got|have|'ve)\s+(?:\w+\s+){0,4}to\s+sell|for\s+the\s+lot|still\s+(?:boxed|bagged|tagged|sealed|in\s+(?:the\s+)?(?:box|packaging|wrapper|wrapping))"
    r"|car\s+boot|table\s?-?top\s+sale|(?:i'?ll|we'?ll|i\s+will|we\s+will)\s+(?:have|be\s+doing)\s+a\s+(?:\w+\s+){0,2}(?:table|stall|pitch|rail)"
    r"|everything\s+(?:is\s+)?(?:just\s+|only\s+)?(?=£|\d+p\b)"
    r"|(?:all\s+)?must\s+go(?!\s+(?:to|in|on|at|with|through|back|home|out|up|down|there|first|before|after)\b)|moving\s+(?:house|home|abroad|out)|need\s+the\s+space"
    r"|boxed|unwanted\s+(?:\w+\s+)?(?:gift|present)|(?:size|sz)\s+\d+\w*|ages?\s+\d+\s*(?:-|to)\s*\d+|ages?\s+\d+\s*\+|early\s+bird"
    r"|(?:all\s+)?materials\s+(?:included|provided)|(?:out|available)\s+now|in\s+stock|drop[\s-]?in|(?:free|thrown\s+in)\s+with\s+(?:it|them|the\s+\w+)"
    r"|(?:would\s+make|makes|perfect\s+for|ideal\s+for|great\s+for)\s+(?:a\s+)?(?:great\s+|lovely\s+|perfect\s+|ideal\s+)?(?:christmas\s+|xmas\s+|birthday\s+)?(?:gifts?|pressies?|presents?|cards|stocking\s+fillers?)"
    r"|includ(?:es|ing)\s+(?:all\s+)?(?:materials|refreshments|hot\s+choc\w*|drinks?|snacks?|a\s+\w+\s+to\s+take\s+home)|to\s+take\s+home"
    r"|with\s+a\s+years?\s+(?:service|subscription|warranty|guarantee)"
    # the state of second-hand goods and the service round a hire: "good condition", "barely
    # used", "delivered and set up"
    r"|(?:good|great|excellent|perfect|mint|fair)\s+condition|(?:barely|hardly|never|only)\s+used|like\s+new|second\s?-?\s?hand"
    r"|delivered\s+(?:and|&|n)\s+(?:set\s+up|collected|installed|fitted|assembled))"
)
_PAID_TOLD = (r"\b(?:paid|spent|spend|cost\s+(?:me|us|her|him)|charged|charging|charge|costs?|wasted|refund\w*|rip\s?-?off)\b"
              # a price told in the past: "shoes were £35 in Clarks"
              r"|\b(?:were|was|used\s+to\s+be)\s+(?:only\s+|just\s+)?£"
              # a price complained of: "£12 for a photo?! that's daylight robbery"
              r"|\bdaylight\s+robbery\b|\bextortionate\b|\boverpriced\b|\b(?:that'?s|it'?s|thats|its)\s+(?:a\s+)?(?:joke|ridiculous|robbery|criminal|a\s+rip)\b"
              # takings told: "I made £40 at the car boot today"
              r"|\b(?:made|took|raised|earned|cleared)\s+(?:about\s+|over\s+|nearly\s+|almost\s+|a\s+whole\s+)?£")
#: the school's own priced things: "trip to the zoo for ages 5-7, £15, see the letter"
#: ("school shoes size 13 £8": "school" naming the goods is no school activity)
_SCHOOL_PRICED = (rf"\b{SCHOOL_WORD}(?!\s+(?:shoes|uniform|bags?|jumpers?|coats?|trousers|skirts?|dress(?:es)?|cardigans?|blazers?|polos?"
                  r"|shirts?|socks|tights|kit|pe\s+kit|books?|lunch\s?box(?:es)?|water\s+bottles?)\b)\b"
                  r"|\b(?:trips?|letters?|parent\s?pay|parent\s?mail|pta|residential|lost\s+property|fetes?|discos?|flyers?|nativity|sports\s+day"
                  r"|(?:book|summer|christmas|xmas|spring|school|pta)\s+fairs?)\b")

RULES = (
    Rule("priced_goods", LABEL,
         rf"\b{_SALE_TERM}\b[^.?]{{0,60}}?{_PRICE}|{_PRICE}[^.?]{{0,60}}?\b{_SALE_TERM}\b"
         # a length of time for a price: "20 mins £45", "4 weeks for £40"
         rf"|\b\d+\s*(?:mins?|minutes|hours?|hrs?|weeks?|sessions?|lessons?|classes|nights?)\s+(?:for\s+)?{_PRICE}",
         # a comment ending in a question asks about the price ("... £45 for ages 9-11, is that
         # per child?")
         0.75, unless=_PARENT_QUESTION + (_SELLING_FAMILY, _SCHOOL_SALE, _SELLING_NOT_TRADE, _WARNING, _PAID_TOLD, _SCHOOL_PRICED, r"\?\W*$")),
    Rule("selling", LABEL,
         rf"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are|now|currently)?\s*selling\b(?!\s+points?\b)|(?:for|4)\s+sale\b|i\s+sell\b|we\s+sell\b|clearing\s+out\b"
         rf"|any\s?(?:one|body|1)\s+want\s+(?:a|an|my|some|these|this)\b[^.?]{{0,40}}{_PRICE}"
         # "anyone want to buy a ticket for the prom? can't go, £35"
         rf"|any\s?(?:one|body|1)\s+(?:want|wanna|fancy)\s+(?:to\s+)?buy(?:ing)?\s+(?:a|an|my|some|these|this|two|2|our)\b[^.]{{0,60}}{_PRICE}"
         rf"|(?:bargain|brand\s+new|barely\s+worn|never\s+worn|only\s+worn|worn\s+(?:once|twice|\d+\s+times)|good\s+condition|handmade|homemade|hand\s?made|personalised|personalized)\b[^.]{{0,40}}{_PRICE}"
         rf"|\b(?:\d+|two|three|four|five)\s+for\s+{_PRICE}|delivered\s+to\s+(?:your|ur)\s+(?:door|home)|orders?\s+(?:close|closing|open)\s+(?:on\s+)?\w+day\b"
         # a sale said as a promise or held to a date: "will sell for £180", "half price this weekend only"
         rf"|will\s+(?:sell|let\s+(?:it|them)\s+go)\s+(?:it\s+|them\s+)?for\s+{_PRICE}"
         rf"|(?:half\s+price|\d{{1,2}}\s?%\s+off|price\s+drop)\b[^.!?]{{0,30}}\b(?:this\s+(?:week|weekend)\s+only|today\s+only|limited\s+time|while\s+stocks\s+last)"
         rf"|make\s+me\s+an\s+offer|(?:big|huge|massive|mega|flash|clearance|closing\s+down)\s+sale\b|offers?\s+(?:welcome|accepted|over)|pay\s+what\s+you\s+can|going\s+cheap"
         rf"|(?:second\s+hand|pre-?loved|used|spare|outgrown)\s+(?:\w+\s+){{0,2}}(?:available|for\s+sale|going\s+cheap|free\s+to\s+a\s+good\s+home)"
         rf"|(?:stall\s*holders|vendors|traders|crafters|exhibitors)\s+(?:needed|wanted|required)"
         rf"|(?:collection|delivery)\s+(?:only|available)|(?:price|prices)\s+(?:drop|reduced|start\s+(?:at|from))"
         # a starting price for work done: "doorbells fitted from £79", "ovens cleaned from £40"
         rf"|(?:fitted|installed|supplied|serviced|repaired|cleaned|valeted|done|delivered|made)\s+from\s+(?:just\s+|only\s+)?{_PRICE}"
         # a paid piece of work's starting price: "psychologist reports from £950", "letters from £79"
         rf"|(?:reports?|assessments?|letters?|appeals?|packages?|plans?|portraits?|designs?|edits?|portfolios?|videos?|reels?)\s+(?:from|for)\s+(?:just\s+|only\s+)?{_PRICE}"
         # how the buyer pays: "cash on collection", "paypal friends only" (the seller's
         # way round the buyer protection)
         rf"|(?:cash|pay(?:ment)?)\s+on\s+(?:collection|delivery|pick\s?-?up)|paypal\s+(?:friends(?:\s+(?:and|&)\s+family)?|f\s?(?:&|n|and)\s?f|ff|gift)\b)"
         rf"|{_PRICE}\s*(?:each|ono|per\s+\w+|(?:a|per)\s+(?:bulk\s+|big\s+|small\s+|full\s+)?(?:box|bag|set|pair|session|hour|lesson|table|dozen|pitch|stall|slot|place|head|child|person|week|month|night|pot|jar|tub|bunch|basket|load|walk|wash|cut|visit|class|item|bottle|tray|batch|ticket|strip|entry|go|square|print|photo|portrait|frame|copy|sitting|shoot|design|edit|house|household|property|room|window)|or\s+nearest\s+offer|collection\s+only|the\s+lot|a\s+term|for\s+the\s+(?:day|weekend|night|afternoon|morning|evening)(?!\s+(?:trip|out|visit|ticket))|a\s+class|a\s+go|for\s+\d+\s+(?:weeks|sessions|lessons|classes|months))\b",
         0.8, context=(_PRICE, r"\b(?:dm|pm|message|inbox|whatsapp|collect|collection)\b"), context_boost=0.1,
         # "thinking of selling my kids on ebay after this week": a tired parent's joke
         unless=_PARENT_QUESTION + (_SELLING_FAMILY, _SCHOOL_SALE, _SELLING_NOT_TRADE, _WARNING), unless_penalty=0.5),
    Rule("dm_to_buy", LABEL,
         r"\b(?:(?:dm|pm|inbox|message|msg|whatsapp|text|contact|email|call|ring|phone)\s+(?:me\s+|us\s+)?(?:to|for|if)\s+(?:buy|order|book|purchase|prices?|details|orders?|bookings?|more\s+info|a\s+(?:free\s+)?(?:quote|consultation|chat)|(?:free\s+)?(?:quotes?|consultation)|rates|enquiries)"
         r"|order\s+(?:on|via|through|from)\s+(?:our|the|my)\s+(?:app|website|site|page|shop)|now\s+delivering|no\s+call\s*-?\s*out\s+(?:fee|charge)"
         r"|(?:i|we)\s+(?:have|'ve\s+got|got)\s+(?:\w+\s+)?(?:spaces|places|slots|vacancies)\s+(?:available|from|left|for)|free\s+(?:\w+\s+)?(?:consultation|trial|quote|taster|valuations?|survey|estimate)"
         r"|bookings?\s+(?:now\s+)?open|(?:prom|party|wedding|birthday|pamper)\s+packages?|now\s+booking"
         # "dm for a space", "limited places", "first 2 weeks free", "first class free when you
         # quote SCHOOL26", "90% pass rate", "we beat any quote", "we buy houses for cash",
         # "download it free on the app store", "direct from our factory"
         r"|(?:dm|pm|inbox|message|msg|whatsapp|text|email|contact)\s+(?:me\s+|us\s+)?(?:for|to\s+(?:book|reserve|get|grab))\s+(?:a|your)\s+(?:space|place|slot|spot)"
         # (not the school's own: "limited places for the residential, get forms in")
         r"|(?:limited\s+(?:places|spaces|spots|slots|availability)|(?:places|spaces|spots|slots)\s+(?:are\s+)?(?:very\s+)?limited)"
         r"(?![^.!?]{0,50}\b(?:residential|trip|forms?|reply\s+slips?|letters?|parent\s?pay)\b)"
         # (a first week free that was had is told: "my son's first week free was brilliant")
         r"|(?<!'s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)first\s+(?:\d+|two|three|four)\s+(?:lessons|weeks|sessions|classes|visits)\s+(?:are\s+)?(?:free|half\s+price)(?!\s+(?:was|were)\b)"
         r"|(?<!'s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)first\s+(?:lesson|week|session|class|visit|month|term|trial)\s+(?:is\s+)?(?:free|half\s+price)(?!\s+(?:was|were)\b)"
         r"|(?:quote|mention)\s+(?:code\s+)?[a-z]+\d{2,}|\d+\s?%\s+pass\s+rate|(?:we|we'?ll|will)\s+(?:beat|match)\s+any\s+(?:quote|price)|price\s+match\w*"
         r"|cheap\s+(?:\w+\s+)?insurance(?!\s+(?:is|was|isn'?t|are|aren'?t|seems?|doesn'?t)\b)"
         # a buyer for cash: "top prices paid", "cash for old phones", "we buy any car"
         r"|(?:top|best|good|great|highest|fair)\s+prices?\s+paid|cash\s+for\s+(?:your\s+)?(?:old|unwanted|used|broken|scrap|gold|any|all)\b|we\s+buy\s+any\b"
         # "sell your unwanted gold for cash", "buy one get one free"
         r"|sell\s+(?:us\s+|me\s+)?(?:your|ur)\s+(?:[\w']+\s+){0,4}for\s+(?:cash|money|£)|buy\s+(?:one|1|two|2)\s+get\s+(?:one|1|two|2)\s+(?:free|half\s+price)|\bbogof\b"
         # the writer's work sold: "we write your appeal letter for £79"
         r"|(?:we|i)\s+(?:write|do|draft|prepare|complete|fill\s+in|handle)\s+(?:your|ur)\s+[^.!?]{0,30}?\bfor\s+(?:just\s+|only\s+)?£"
         # a paid advocate: "win your tribunal, call ...", "guaranteed appeal success"
         r"|(?:win|winning)\s+(?:your|ur)\s+(?:tribunal|appeal|case|claim)\b[^?]{0,40}\b(?:call|ring|text|dm|pm|message|contact|whatsapp|book|£)"
         r"|guaranteed\s+(?:\w+\s+){0,3}(?:appeal|tribunal|claim)\s+(?:success|win)"
         r"|(?:dm|pm|text|message|msg|call|ring|email|whatsapp)\s+(?:me\s+|us\s+)?for\s+a\s+(?:free\s+)?(?:taster|trial)\b"
         # a referral link: "download through my link and we both get a reward"
         r"|(?:sign\s+up|download|join|register|order|shop)\s+(?:\w+\s+){0,2}(?:through|via|with|using)\s+my\s+(?:link|code|referral)"
         r"|(?:at|for)\s+(?:trade|wholesale|cost)\s+prices?|limited\s+time\s+(?:only|offer)"
         r"|we\s+buy\s+(?!(?:our|my|most|all\s+our|the\s+school)\b)(?:\w+\s+){0,4}(?:for\s+cash|by\s+the\s+kilo|in\s+any\s+condition)|(?:cash\s+paid|we\s+pay\s+cash)\s+for\s+(?:your\s+|any\s+|all\s+|old\s+|unwanted\s+)"
         r"|download\s+(?:[\w-]+\s+){0,3}(?:(?:for\s+)?free\s+)?(?:on|from)\s+(?:the\s+)?(?:app\s+store|google\s+play|play\s+store)"
         r"|direct\s+from\s+(?:our|my)\s+(?:factory|warehouse|supplier|farm)|deliver(?:y|ing)\s+to\s+all\s+(?:uk|areas|of\s+the\s+uk)"
         r"|message\s+(?:me\s+)?for\s+(?:pics|photos|details|prices|sizes)|(?:i'?ll|i\s+will|i\s+can|we\s+can|we'?ll)\s+come\s+to\s+(?:you|your\s+(?:house|home|door))"
         r"|cheap\s+(?:haircuts?|cuts|trims|nails|lashes|brows|tattoos?|piercings?)|\bcheap\b[^.]{0,40}\b(?:(?:dm|pm|message|msg|inbox)\s+me|hmu|hit\s+me\s+up)"
         r"|ofsted\s+registered|(?:my|our|her|his)\s+(?:\w+'s\s+)?(?:barbers?|market\s+stall|stall|bakery|salon)\b"
         r"|(?:my|our)\s+(?:sister|brother|mum|dad|friend|mate|cousin|aunt|auntie|uncle|wife|husband|daughter|son|niece|nephew|partner|kids?|lad|girl|boy)'?s\s+(?:new\s+|small\s+|local\s+|little\s+)?(?:business|shop|bakery|salon|cafe|company|page|etsy|depop|vinted|stall)"
         r"|(?:send|pay)\s+(?:me\s+)?(?:the\s+)?(?:money\s+)?(?:on|via|through|by)\s+(?:paypal|bank\s+transfer|revolut|monzo)"
         # "my mum sells homemade cupcakes ..., just message her", "my uncle does removals,
         # ring him": a relative's trade and the way to reach them
         r"|(?:my|our)\s+(?:sister|brother|mum|mam|mom|dad|friend|mate|cousin|aunt|auntie|uncle|wife|husband|partner|nan|gran|other\s+half)(?:[\s-]in[\s-]law)?\s+(?:sells|makes|bakes|does|offers)\b"
         r"[^.!?]{0,80}?\b(?:(?:message|msg|dm|pm|inbox|contact|call|ring|text|order\s+from|book\s+with)\s+(?:her|him|them)\b"
         # ("... ice creams for £1 a cone, i'll send you his number")
         r"|(?:send|give|pass|pm|dm|message)\s+(?:you|u)\s+(?:his|her|their)\s+(?:number|details|page|link)\b)"
         # "book with JumpyJax Hire", "book a viewing today", "discounts for school families"
         r"|book\s+(?:a\s+|your\s+)?(?:viewing|tour|free\s+trial|taster|appointment|consultation)\s+(?:today|now|online|at|via|here|with)"
         r"|(?:discounts?|deals?|offers?)\s+for\s+(?:all\s+)?(?:school\s+|local\s+)?(?:families|parents|mums|dads|students|pupils|nhs\s+staff|pensioners|over\s*\d+s)\b"
         r"(?![^.!?]{0,40}\b(?:trips?|letters?|office|residential|parent\s?pay|breakfast\s+club|wraparound|uniform\s+shop)\b)"
         r"|(?:our|my)\s+(?:travel|estate|letting|recruitment|marketing|insurance|dating)\s+agency\b|(?:now|currently)\s+available\b[^.!?]{0,60}\bbook\b"
         # a number to ring to buy: "call 0161 496 0000 for tickets", "text 07700 900000 to book"
         r"|(?:call|ring|text|phone|whatsapp)\s+\+?\d[\d\s()-]{6,22}\d\s+(?:for\s+(?:tickets|bookings|orders|prices|a\s+quote|quotes)|to\s+(?:book|order|buy))"
         # "dm me for the price list", "message me for cheap ps5 games"
         r"|(?:dm|pm|inbox|message|msg|whatsapp|text)\s+(?:me|us)\s+for\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:price\s+list|menu|prices|cheap|discounted|the\s+cheapest)"
         # a business speaking as "us": "DM us now", "whatsapp us", "call us today", "book your
         # child's mock exam with us", "buy your uniform from us", "message 4 price"
         r"|(?:dm|pm|inbox|message|msg|call|ring|text|phone|contact|email)\s+us\s+(?:now|today|for)\b|whatsapp\s+us\b"
         r"|(?:book|order|buy|train|shop|learn|study)\s+(?:[\w'+]+\s+){0,4}(?:with|from)\s+us\b"
         r"|(?:dm|pm|inbox|message|msg|whatsapp|text)\s+(?:me\s+|us\s+)?(?:4|for)\s+(?:price|prices|pricing)"
         r"|book\s+(?:your|a)\s+(?:place|space|slot|spot)s?\s+(?:now|today|here|online)|(?:places|spaces|spots|slots)\s+(?:filling|going|selling)\s+(?:up\s+)?fast"
         # letting out a holiday home or a room: "rent my holiday caravan", "lodge to let"
         r"|(?:rent|hire|book)\s+(?:my|our)\s+(?:\w+\s+){0,2}(?:caravan|lodge|cottage|chalet|static|holiday\s+home|apartment|villa|flat|boat|campervan|motorhome|van)"
         r"|(?:caravan|lodge|cottage|chalet|static|holiday\s+home|apartment|villa|campervan|motorhome)\s+(?:to\s+(?:rent|let|hire)|for\s+(?:rent|hire)|available\s+(?:to\s+rent|for))"
         # a marketplace shop of one's own: "buy my revision notes on my depop"
         r"|(?:on|from|via|at)\s+(?:my|our)\s+(?:depop|vinted|etsy|ebay|shpock|amazon\s+store|marketplace)"
         r"|\bcode\s+[a-z]+\d+\b|cheapest\s+(?:in\s+(?:town|the\s+area|the\s+uk|uk|england|britain)|around|prices)|cheapest\s+\w+\s+online"
         # "get a quote today"
         r"|get\s+(?:a|your)\s+(?:free\s+)?quote\s+(?:today|now|online|here)"
         r"|(?:order|buy)\s+(?:now|today|yours|online|here)|book\s+(?:now|online|here|yours)|(?:^|[.!,;]\s*)(?:shop|book)\s+(?:now|today|online|here)|(?:use|with|enter)\s+(?:my\s+)?(?:code|discount\s+code|promo\s+code|voucher\s+code)"
         r"|\d{1,2}\s?%\s+off|discount\s+(?:code|for)|(?:free|fast)\s+(?:delivery|shipping)|taking\s+(?:orders|bookings)"
         r"|(?:spaces|slots|places)\s+(?:available|left)|link\s+to\s+(?:buy|order|shop)"
         # prices pointed at a profile: "prices in bio", "price list on my page"
         r"|(?:prices?|price\s+list|pricing|rates|menu)\s+(?:in|on)\s+(?:my\s+|the\s+|our\s+)?(?:bio|profile|insta|story|stories)"
         r"|(?:i|we)\s+(?:do|make|sell|paint)\s+(?:\w+\s+)?custom(?:ised|ized)?\s+\w+[^.!?]{0,60}?(?:£|\bprices?\b|\bdm\b|\bpm\b|\bmessage\b|\binbox\b|\border|\bbio\b|\betsy\b|\bdepop\b)|(?:free|no\s+obligation)\s+quotes?"
         r"|(?:book|order|buy|sign\s+up|register|shop|purchase)\s+(?:via|through|on|at)\s+(?:our|my)\s+(?:\w+\s+)?(?:page|website|site|app|link|shop)|made\s+to\s+order|custom\s+orders?)\b",
         # "message us, no parents needed": an approach to children, not a shop
         0.8, unless=_PARENT_QUESTION + (r"\b(?:no|without(?:\s+(?:the|their|your))?)\s+parents\b",)),
    Rule("job_advert", LABEL,
         r"\b(?:(?<!they\s)(?<!you\s)(?<!who\s)(?:we'?re|we\s+are|now|currently|company\s+is)\s+hiring|jobs?\s+(?:opportunity|opportunities|vacancy|opening|offer|available|going)s?|recruitment\s+agency"
         r"|vacanc(?:y|ies)\s+(?:available|at|for)|(?:^|[.!]\s*)vacanc(?:y|ies)\s*[:!\u2013-]\s*(?=[a-z])|(?:apply|applications)\s+(?:now|today|here|via|at)"
         r"|(?:^|[.!]\s*)hiring\b(?![^.!?]{0,60}\b(?:is|was|would\s+be|will\s+be|seems|sounds|who\s+(?:can'?t|cannot|doesn'?t|does\s+not))\b)|\bhiring\s*[!:]|(?:part|full)\s?-?\s?time\s+(?:\w+\s+){0,2}(?:job|role|position|work|vacancy|supervisor|assistant|cleaner|staff|worker|driver|receptionist|carer)|(?:looking\s+for|seeking|need)\s+(?:staff|workers|drivers|cleaners|carers|reps|ambassadors)"
         r"|(?:looking\s+for|seeking|need|needed|wanted|hiring)\s+(?:\w+\s+){0,2}(?:staff|workers|drivers|cleaners|carers|reps|ambassadors|assistants?|helpers?|waiting\s+staff|bar\s+staff|chefs?)\b"
         r"|good\s+(?:rates\s+of\s+)?pay|competitive\s+(?:pay|salary|rates)|(?:immediate|flexible)\s+start"
         r"|recruiting\s+(?:now|for)|(?<!they\s)(?<!you\s)(?<!who\s)(?:we'?re|we\s+are|now|currently)\s+recruiting\b|(?<!i\s)(?<!we\s)(?:apply|applications?)\s+online\b|join\s+(?:my|our)\s+team"
         r"|apply\s+within|(?:job|position|vacancy|(?<!'s\s)role)\s+(?:at|in|with)\s+(?:our|my)\s+(?!(?:\w+\s+)?(?:school|academy|college|nursery\s+school|club|team)\b)|(?:needed|wanted|required)\s+(?:at|for|in)\s+(?:a|our|my|the)\s+(?:local\s+|busy\s+|small\s+)?(?:nursery|cafe|shop|pub|restaurant|salon|care\s+home|office|warehouse|factory|business|company|hotel|bar)"
         r"|send\s+(?:your\s+|me\s+your\s+|us\s+your\s+|in\s+your\s+)?cvs?"
         # a CV handed in: "pop in with your CV", "drop your CV off", "bring a CV"
         r"|(?:pop|drop|call|come|walk)\s+in\s+with\s+(?:your\s+|a\s+)?cvs?|(?:drop|hand)\s+(?:your\s+|a\s+)?cvs?\s+(?:off|in)\b"
         r"|hiring\s+(?:\w+\s+){1,4}for\s+(?:\w+\s+){0,2}(?:shifts|work|hours|roles|positions)|\d+\s*(?:hrs|hours)\s*(?:/|a|per)\s*(?:week|wk))\b|£\s?\d+(?:\.\d+)?\s*(?:ph|p/h|per\s+hour|an\s+hour|/hr|/hour)\b"
         r"|\bjobs?\b[^.]{0,30}\bno\s+(?:exp|experience)\s+(?:needed|necessary|required)\b|£\s?\d+\s*(?:/|per\s)\s*day\b",
         # "3 hours a week is unreasonable" is homework, not a job
         # (pay judged by one who sees it: "the pay for lunchtime cover is poor, £11 an hour")
         0.8, unless=_PARENT_QUESTION + (_PAY_JUDGED, _OFFER_TOLD, r"\b(?:homework|screen\s+time|revision|reading|(?<!dental\s)(?<!medical\s)(?<!vets\s)(?<!vet\s)(?<!gp\s)practice|spellings)\b",)),
    Rule("business_advert", LABEL,
         r"\b(?:(?:private|maths|math|english|science|11\+?|eleven\s+plus|gcse|sats|piano|guitar|music|swimming|online|french|spanish|reading)\s+(?:tutor|tutoring|tuition|lessons)\s+(?:available|services?|offered|sessions|from\s+£|at\s+£|with\s+me)"
         r"|(?:i'?m|i\s+am)\s+(?:fully\s+)?dbs\s+checked|anyone\s+(?:need|needing|want|looking\s+for)\s+an?\s+(?:\w+\s+)?(?:babysitter|cleaner|tutor|childminder|dog\s+walker|photographer|plumber|electrician|gardener|decorator|mechanic|nanny|handyman|odd\s+job\s+man|seamstress|dog\s+groomer|window\s+cleaner)(?!\s+(?:recommendations?|recs?|suggestions?|numbers?))"
         r"|(?:i'?m|i\s+am)\s+an?\s+(?:\w+\s+)?tutor|(?:qualified|experienced|local|dbs\s+checked)\s+(?:\w+\s+)?(?:tutor|plumber|electrician|builder|cleaner|childminder|photographer|decorator|gardener|mechanic|driving\s+instructor"
         r"|estate\s+agent|mortgage\s+(?:adviser|advisor|broker)|financial\s+(?:adviser|advisor)|accountant|roofer|locksmith|hairdresser|beautician|nail\s+tech)"
         r"|(?:check(?:\s+out)?|visit|see|browse)\s+(?:my|our)\s+(?:new\s+)?(?:ebay|vinted|depop|etsy|amazon|online)\s+(?:shop|store|page|listings?)"
         r"|any\s?(?:one|body|1)\s+(?:need|want)\s+(?:their|your|a|an|any)\s+(?:\w+\s+)?(?:ironing|cleaning|gardening|decorating|windows|oven|car|dog|hair|nails|lawn|grass|bike)\s+(?:doing|done|cleaned|washed|walked|cut|valeted|serviced|fixed|mowed|painted)"
         r"|my\s+(?:band|group|dj\s+set)\s+(?:is\s+)?(?:playing|on)\b|timeshare|(?:massive|huge)\s+savings|(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)airport\s+runs?"
         r"|any\s?(?:one|body|1)\s+(?:need|want)\s+(?:\w+\s+){0,3}(?:delivering|delivered|fixing|fixed|collecting|collected|removing|removed)\b"
         r"|(?:just\s+)?(?:launched|opened|started|set\s+up)\s+my\s+(?:own\s+)?(?:\w+\s+){0,3}(?:shop|business|biz|store|brand)\b"
         r"|tutor(?:ing)?\s+(?:available|services)|(?:my|our)\s+(?:small\s+|new\s+|local\s+|family\s+|lil\s+|little\s+)?(?:business|biz|shop|store|salon|bakery|company|etsy|website|cafe|café|restaurant|takeaway|gym)\b"
         # (a post named after the trade is a job title: "our new business manager")
         r"(?!\s+(?:manager|managers|studies|teacher|department|dept|office|officer|partner|lead|leader)\b)"
         r"|(?:check\s+out|visit|follow|support)\s+(?:my|our)\s+(?:new\s+)?(?:shop|store|etsy|website|business|page|salon|bakery)"
         r"|trusted\s+seller|(?:check|see)\s+(?:my|our)\s+(?:site|website)\b"
         r"|(?:cleaning|dog\s+walking|photography|cake|nail|hair|lash|beauty|plumbing|decorating|childminding|tuition|catering|party|bouncy\s+castle|removals?|gardening)\s+(?:business|services?|company|hire)"
         r"|(?:reasonable|competitive|affordable|cheap)\s+(?:rates|prices)"
         r"|(?:go\s+to|visit|check\s+out|shop\s+at)\s+\S+\s+for\s+(?:the\s+)?(?:best|lowest|cheapest|great|unbeatable)\s+(?:prices?|deals?|offers?)\b|(?:get\s+in\s+touch|contact\s+me)\s+for\s+(?:a\s+)?(?:quote|prices|rates|details)"
         r"|available\s+for\s+(?:bookings|hire|parties|events|weddings)|\w+\s+hire\s+for\s+(?:your|ur|all|any)\s+(?:\w+\s+){0,4}(?:party|parties|event|events|wedding|celebration|do)\b|(?:now|currently)?\s*(?:taking|open\s+for)\s+(?:new\s+)?(?:bookings|clients|customers|orders)"
         r"|now\s+(?:open|taking)|(?:fully\s+)?(?:insured|dbs\s+checked)\s+(?:and|&)\s+(?:qualified|experienced)|(?:mlm|avon|herbalife|forever\s+living|usborne)\b)",
         # "maybe not my business but it breaks my heart": the idiom, not a shop
         # "i only work with them one on one at my flat, no parents in the room": grooming
         # dressed as a service (the safeguarding detector's), not an advert
         0.75, unless=_PARENT_QUESTION + (_VOLUNTEERING, r"\b(?:not|none\s+of|nothing\s+to\s+do\s+with)\s+my\s+business\b",
                                          # "sticking her nose into our business"
                                          r"\b(?:into|in|out\s+of|know|knows|knowing|knew|about|mind|minds|minding)\s+(?:our|my|your|his|her|their|everyone'?s|other\s+people'?s|people'?s)\s+business\b",
                                          r"\b(?:no|without(?:\s+(?:the|their|your))?)\s+parents\b")),
    Rule("donation_request", LABEL,
         r"\b(?:just\s?giving|go\s?fund\s?me|crowd\s?funder|gofund|patreon|kickstarter|indiegogo|paypal\.me|ko-?fi|buy\s?me\s?a\s?coffee|give\s?send\s?go)\b"
         r"|\b(?:please\s+|pls\s+|plz\s+)?(?:donate|sponsor|contribute|chip\s+in)\s+(?:to\s+|for\s+)?(?:me|us|my|our|her|his|what\s+you\s+can)\b"
         r"|\b(?:raising|fundraising|fund\s+raising)\s+(?:money|funds|for)\s+(?:for\s+)?(?:my|our|his|her)\b"
         r"|\bsponsor\s+(?:me|us|my|our|him|her|them)\b|\blooking\s+for\s+(?:a\s+)?sponsors?\s+for\s+my\b|\bin\s+aid\s+of\s+my\b|\bmy\s+own\s+charity\b"
         r"|\b(?:fundraiser|coffee\s+morning|bake\s+sale|cake\s+sale|party|table\s+top\s+sale)\s+(?:\w+\s+){0,6}?(?:at|outside)\s+my\s+(?:house|home|place|flat)\b"
         r"|\b\d+\s?%\s+of\s+(?:all\s+)?(?:my|the)\s+(?:sales|profits|takings)\b|\b(?:chuck|bung|send|throw)\s+(?:me|us)\s+(?:a\s+)?(?:fiver|tenner|quid|few\s+quid|couple\s+of\s+quid)"
         # the proceeds of a sale to the writer's own: "all proceeds to my son's tour"
         r"|\b(?:all\s+)?(?:proceeds|profits|takings|money\s+raised)\s+(?:go(?:es|ing)?\s+)?(?:to|towards)\s+(?:my|his|her|our)\b(?!\s+(?:\w+\s+)?(?:school|pta|class|form|library|charity)\b)"
         r"|\b(?:please\s+|pls\s+)?help\s+(?:us|me|him|her|them)\s+raise\b|\bhelp\s+(?:me|us|him|her)\s+reach\s+(?:my|our|his|her)\s+(?:\w+\s+)?target\b|\bany\s+donations?\s+(?:helps?|appreciated|welcome|gratefully)"
         r"|\bevery\s+(?:penny|pound|donation)\s+(?:helps|counts)|\brunning\s+(?:the|a)\s+(?:\w+\s+)?(?:marathon|10k|half|5k|race)\s+for\b"
         r"|\b(?:support|sponsor|donate\s+to|share|visit)\s+(?:my|our|his|her)\s+(?:[\w']+\s+){0,3}(?:fundraising|fundraiser|charity|donation|sponsorship)\b|\bdonations?\s+(?:link|page|welcome|appreciated)\b"
         # "send what you can to my paypal": money asked into the writer's own account
         r"|\b(?:send|give|donate|transfer)\s+(?:what|whatever|anything|something)\s+(?:you|u)\s+can\b"
         # the writer's own appeal: "started a fundraiser for ... link in my bio", "i've set up
         # a gofundme for them"
         r"|(?:^|[.!?]\s*|\b(?:i|we)\s+(?:have\s+|just\s+)?|\b(?:i|we)'ve\s+(?:just\s+)?|\bjust\s+)(?:started|set\s+up|created|made|launched)\s+(?:a|an)\s+(?:\w+\s+)?(?:fundraiser|go\s?fund\s?me|crowd\s?funder|appeal|fundraising\s+page)\b"
         r"|\b(?:send|give|donate|transfer)\s+(?:\S+\s+){0,4}(?:to|into|on)\s+my\s+(?:paypal|cash\s?app|revolut|monzo|bank(?:\s+account)?|account)\b"
         # money asked through a payment app ("send cash app to $zakathelp", "cashapp me")
         r"|\b(?:send|donate|give|transfer|pay)\s+(?:(?:it\s+)?(?:via|on|by|through|with)\s+)?(?:cash\s?app|venmo)\b|\b(?:cash\s?app|venmo)\s+(?:me|us)\b",
         # the writer giving, not asking: "I'd like to sponsor her personally", "I'll sponsor him"
         0.85, unless=(r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|let\s+me|i\s+want\s+to|i\s+wanna)\s+(?:like\s+to\s+|love\s+to\s+|happily\s+)?(?:sponsor|donate\s+to|pay\s+for)\s+(?:him|her|them)\b",
                      # a fundraiser told afterwards: "the coffee morning at my house went well"
                      # the school's own sponsored event: "sponsor her, the readathon for the school library"
                      r"\b(?:for|to)\s+the\s+school(?:'s)?\s+(?:library|fund|garden|playground|minibus|appeal|pta)\b"
                      r"|\braises?\s+money\s+for\s+the\s+school\b|\breadathon\b|\b(?:year|yr)\s+\d+\s+sponsored\b",
                      _WARNING, _SCHOOL_RUNS_IT, r"\b(?:went\s+(?:really\s+|so\s+)?well|was\s+a\s+(?:huge\s+|great\s+|big\s+)?success)\b")),
    Rule("loan_or_mlm", LABEL,
         r"\b(?:loans?\s+(?:approved|available|for\s+everyone|in\s+minutes|same\s+day)|no\s+credit\s+checks?|payday\s+loans?"
         r"|bad\s+credit\s+(?:ok|okay|fine|welcome|accepted|no\s+problem)|instant\s+(?:decision|approval)|need\s+a\s+(?:quick\s+|fast\s+|cash\s+)?loan\s*[?!]"
         r"|(?:be|being|become|becoming)\s+(?:your|ur)\s+own\s+boss|earn\s+(?:\w+\s+)?commission"
         # the network-selling pitch: an opportunity that "would suit you"
         r"|opportunity\s+(?:(?:i\s+think|that)\s+)?(?:would|could|might|will)\s+(?:suit|be\s+perfect\s+for)\s+(?:you|u)"
         r"|(?:ask|message|dm)\s+me\s+how\s+to\s+join"
         r"|younique|forever\s+living|herbalife|arbonne|scentsy|juice\s+plus|nu\s?skin|avon\s+(?:rep|brochure|order)"
         # a product's testimony and the network-selling pitch: "my 30 day shake plan changed
         # my life", "be part of my success story", "launching my own skincare range"
         r"|(?:plan|shakes?|programme|program|products?|range|system|supplements?|drops|teas?|wraps?)\s+(?:has\s+|have\s+|literally\s+)?changed\s+my\s+life"
         r"|be\s+(?:a\s+)?part\s+of\s+my\s+(?:success\s+story|journey|team|business|dream)"
         r"|launching\s+my\s+(?:own\s+|new\s+)?(?:\w+\s+){0,2}(?:range|brand|business|line|collection))\b",
         0.8),
    # a trade offered without the words of a shop: the writer's trade named as who they are
    # ("hairdresser here", "Private play therapist, DBS checked, ..."), a discount or a deal
    # ("£10 off all", "2 for 1 coffees", "first lesson half price"), a thing got, rented or
    # done for the reader at a price ("i can get you a permit for £40", "ill rent you mine
    # £3 a day"), a priced service ("£10 safety check"), a paid course, consultancy sold,
    # a sale for the seller's own ends ("a bake sale for her own driving lessons")
    Rule("service_offer", LABEL,
         rf"(?:^|[.!?]\s+)(?!(?:the|a|an|my|our|your|his|her|their|this|that)\b)(?:(?:private|qualified|experienced|local|independent|freelance|mobile|self-employed|professional)\s+)?(?:[a-z]+\s+)?"
         rf"(?:hairdresser|barber|tutor|plumber|electrician|builder|cleaner|childminder|photographer|decorator|gardener|mechanic|driving\s+instructor|estate\s+agent"
         rf"|adviser|advisor|accountant|therapist|counsellor|counselor|life\s+coach|consultant|nail\s+tech|beautician|dog\s+walker|dog\s+groomer|personal\s+trainer|solicitor|seamstress|tailor)"
         # (with a pitch after it: "childminder here, one of my mindees ..." is a professional's report)
         rf"(?:\s+here\b|\s*[,:-])(?=[^\n]{{0,120}}(?:{_PRICE}|\bbook\b|\bdbs\b|\bsessions?\b|\bdm\b|\blink\b|\boff\s+(?:all|any|your)\b|\bdoing\b|\boffering\b|\bspeciali[sz]\w*|\brates\b|\bprices\b|\bquotes?\b|\bavailable\b|\btaking\s+(?:on|new)\b))"
         rf"|{_PRICE}\s+off\s+(?:all|any|every|your|ur|each)\b|\b(?:2|two|3|three|4|four)\s+for\s+(?:1|one|2|two|3|three)\s+(?:on\s+)?(?:all\s+)?(?:[a-z]+\s+)?(?:coffees?|drinks?|pizzas?|meals?|cakes?|lessons?|sessions?|classes|tickets|haircuts|cuts|items|everything)\b"
         rf"|(?<!'s\s)(?<!\bmy\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\bfirst\s+(?:\w+\s+)?(?:session|lesson|class|visit|month|week|consultation|cut)\s+(?:is\s+)?(?:half\s+price|free|{_PRICE})"
         rf"|\b(?:i|we)\s*(?:can|could|will|'ll|ll)\s+(?:get|sort|rent|hire|let|do|make|print|fit)\s+(?:you|u|ya)\s+(?:[\w']+\s+){{0,5}}?(?:for\s+)?{_PRICE}"
         rf"|\b(?:driveway|drive|parking\s+space|space|spaces|garage|room)\s+(?:to|for)\s+(?:rent|hire|let)\b"
         rf"|{_PRICE}\s+(?:safety\s+|full\s+|quick\s+|mini\s+|basic\s+)?(?:check|service|repair|valet|trim|haircut|consultation|tune-?up)s?\b"
         rf"|\b(?:our|my)\s+(?:paid\s+|online\s+|full\s+|premium\s+)?(?:course|workshop|programme|program|masterclass|bootcamp|membership)\s+(?:is\s+)?(?:only|just|from|for|at)\s+{_PRICE}"
         rf"|\bpaid\s+(?:course|workshop|programme|masterclass|membership)\s+(?:is\s+)?(?:only|just|from|for|at)?\s*{_PRICE}"
         rf"|\b(?:i|we)\s+offer\s+(?:[\w-]+\s+){{0,3}}?(?:consultancy|consulting|coaching|packages?)\b|\bcontact\s+(?:our\s+)?sales\b|\bsales\s?@"
         rf"|\bbook\s+(?:a|your|in\s+for\s+a)\s+(?:free\s+)?(?:discovery\s+)?(?:call|consultation)\b"
         rf"|\b(?:sale|selling|fundraiser|raising\s+money|raising\s+funds)\s+(?:\w+\s+){{0,3}}for\s+(?:her|his|my|their)\s+own\b",
         # (a price told in the past: "we paid £10 for a safety check"; "paid course" is the offer)
         0.8, unless=_PARENT_QUESTION + (_SCHOOL_SALE, _WARNING, _SELLING_NOT_TRADE, _VOLUNTEERING,
                                          r"\b(?:i|we|she|he|they|you)\s+(?:\w+\s+)?(?:paid|spent|got\s+charged|was\s+charged|were\s+charged)\b"
                                          r"|\bcost\s+(?:me|us|her|him|them)\b|\brip\s?-?off\b|\brefund\w*|\b(?:were|was|used\s+to\s+be)\s+(?:only\s+|just\s+)?£")),
    Rule("personal_campaign", LABEL,
         r"\b(?:(?:please\s+)?vote\s+for\s+(?:me|my|our)(?!\s+(?:school|class|pta|teachers?|head|nursery|lollipop))|(?:your|a|the)\s+local\s+candidate|(?:council|general|local|mayoral|by)\s*-?\s*election\s+(?:on|this|next)"
         r"|polling\s+day(?![^.!?]*\?)|re-?elect\s+\w+|vote\s+(?:labour|conservative|tory|lib\s+dem|green|reform|independent|snp|plaid)|(?:labour|conservative|tory|lib\s+dem|green|reform|independent)\s+candidate|sign\s+(?:my|our|the|this)\s+petition|change\.org|(?:please\s+)?(?:share|sign)\s+(?:my|our)\s+(?:petition|campaign|fundraiser))\b",
         # a petition to remove a person is a grievance (or abuse), not a campaign for votes
         0.8, unless=(r"\bpetition\s+(?:to|and)\s+(?:get|have|kick|remove|sack|fire|ban|oust|force|throw)\s+(?:him|her|them|the|this|that|miss|mr|mrs|ms|sir|out)\b",)),
    Rule("price_mention", LABEL, rf"{_PRICE}", 0.3, gate=r"[£$]|\d\s?(?:quid|pound|gbp|p\b|ono)",
         # (a price "at" a web shop's address: "100 labels £9.99 at example-labels.co.uk")
         context=(r"\b(?:sell|selling|sale|buy|offer|dm|pm|inbox|message\s+me|msg|text\s+me|bargain|cheap|deal|order|collection)\b"
                  r"|\bat\s+(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:co\.uk|com|shop|store|biz|net|uk)\b"
                  # the address written out: "£199 at plateking4u dot com"
                  r"|\bat\s+[a-z0-9][a-z0-9-]*\s+dot\s+(?:co\s+dot\s+uk|com|shop|store|biz|net|uk)\b",),
         context_boost=0.3, unless=_PARENT_QUESTION + (r"\b(?:earn|earned|earning|earns|made|make|won|raised)\b", _SCHOOL_RUNS_IT, _SELLING_NOT_TRADE, _PAID_TOLD,
                                                         # a form group, not pence: "my son is in 8P"
                                                         r"\b(?:in|from|form|class)\s+\d{1,2}\s?p\b",
                                                         # a sum demanded under a threat: "if he doesn't pay
                                                         # £200 they'll post it", "pay up or else": coercion
                                                         r"\bif\s+(?:i|we|you|u|he|she|they|my\s+\w+)\s+(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|won'?t|can'?t|cannot)\s+pay\b"
                                                         r"|\bpay\s+(?:up\s+|them\s+|him\s+|her\s+)?or\s+(?:else|they|he|she|it|i|we)\b|\bunless\s+(?:i|we|you|u|he|she|they)\s+pays?\b"),
         unless_penalty=0.3),
)


# Word lists read together (see classifiers.rules.ConceptSet): an offer of a service or
# goods by the writer, with a price, a way to buy or book, or a request for money.
CONCEPTS: dict[str, str] = {
    "first_person": r"i|i'?m|im|we|we'?re|our|my|me|us",
    "offer": r"offering|offer|offers|available|availability|taking\s+bookings|book\s+(?:now|in|today|yours)|to\s+book|prices?\s+from"
             r"|quotes?|rates|half\s+price|\d+\s?%\s+off|two\s+for\s+one|bogof|discount|deal(?!\s+with)|deals(?!\s+with)|special\s+offer"
             # a trial to book, the first one free, one free with another
             r"|book\s+(?:a|your)\s+(?:free\s+)?(?:trial|taster)|buy\s+(?:one|1|two|2)\s+get\s+(?:one|1|two|2)\s+(?:free|half\s+price)"
             r"|free\s+(?:trial|first|week|lesson|session|consultation|quote|taster|delivery)|(?<!'s\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)first\s+(?:lesson|week|session|class|month|term|trial|call|chat|consultation|visit)\s+(?:is\s+)?(?:free|half\s+price)"
             # a place to fill, a way to pay, opening days: "a space for a 2 year old",
             # "funded hours accepted", "open saturdays at the market"
             r"|(?:a|one|two|\d)\s+(?:spaces?|places?)\s+(?:for|available)|funded\s+hours"
             # (a trader's days at a market: "the shop is open saturdays now" is told)
             r"|open\s+(?:\w+days|daily|every\s+\w+day)\s+(?:at|in|on)\s+(?:the\s+)?(?:\w+\s+)?(?:market|car\s+boot|precinct|arcade)"
             r"|(?<!working\s)(?<!\bwork\s)(?<!works\s)from\s+home|insured|qualified|experienced|dbs|local|reliable|affordable|reasonable|competitive|cheap(?!\s+enough)|bargain|do\s+(?:nails|hair|lashes|cakes|parties)"
             r"|i\s+make|we\s+make|now\s+open|just\s+opened|new\s+(?:stock|range|business(?!\s+(?:manager|managers|studies|teacher|department|office|officer|partner|lead)\b))"
             r"|i\s+can\s+come\s+to\s+(?:you|your\s+home)|we\s+come\s+to\s+you|(?<!\bmy\s)(?<!\bher\s)(?<!\bhis\s)(?<!\bthe\s)(?<!\bnew\s)mobile(?!\s+(?:number|no|phone|is))|covering|made\s+to\s+order|custom\s+orders?|orders?\s+(?:now\s+)?open|out\s+now"
             r"|only\s+£|from\s+£|(?:holiday|half\s+term)\s+(?:club|camp|clubs|camps)|in\s+the\s+holidays"
             # a price for a length of the service: "£20 for 30 min", "£150 for 2 hours"; few
             # dates or places left
             r"|(?:(?<=£)|(?<=£\s))\d+(?:\.\d\d)?\s+(?:for|per|a|an)\s+(?:\d+\s+|half\s+an\s+|an\s+|one\s+|two\s+)?(?:min|mins|minutes?|hours?|hrs?|sessions?|lessons?|nights?)"
             r"|limited\s+(?:\w+\s+)?(?:dates|spaces|places|slots|availability)|(?:dates|spaces|places|slots)\s+(?:left|remaining)"
             r"|intensive|crash\s+course|pass\s+fast|fast\s+pass|pass\s+first\s+time|professional"
             # "book your slot", "grand opening", "good prices", "this week only", "pass in a week"
             r"|book\s+(?:your|a|ur)\s+(?:slot|place|space|spot|appointment|session|date)|open(?:ed|ing)?\s+(?:new|now)|new(?:ly)?\s+open(?:ed)?|grand\s+opening"
             r"|(?:good|best|great|low|lowest|fair|unbeatable)\s+prices?|(?:this|next)\s+(?:week|weekend|month)\s+only|today\s+only|limited\s+time"
             r"|pass\s+in\s+(?:a|one|\d+|two|three)\s+(?:weeks?|days?)|packages?"
             # a trade looking for custom: "book me for your party", "taking new pupils",
             # "bulk discounts", "cheaper than the school's supplier", "gift vouchers"
             r"|book\s+(?:me|us)|taking\s+(?:on\s+)?new\s+(?:pupils|students|clients|customers|members|starters|rounds)"
             r"|(?:looking\s+for|after)\s+new\s+(?:clients|customers|rounds|work)|discounts|cheaper|gift\s+vouchers?"
             # a firm putting itself forward: staff "ready to start", "specialising in ...",
             # "we'd love to arrange a call", "a free review"
             r"|ready\s+to\s+start|specialis(?:e|es|ing)\s+in|specialists?\s+in|arrange\s+a\s+(?:call|chat|meeting|demo|visit)|free\s+(?:review|check|demo|assessment)|(?:\d+|\d+\s?hr|same\s+day)\s+turnaround",
    "service": r"nails|hair|hairdress\w*|lashes|brows|beauty|massage|cakes?|bakes|cleaning|cleaned|cleaner|walker|walking|instructor|lessons?"
               r"|tutor\w*|tuition|plumb\w*|electrician|builder|decorat\w*|childmind\w*|babysit\w*|photograph\w*|caf[eé]|takeaway|restaurant"
               r"|(?:dog|pet|cat|house|plant)\s+sitt(?:er|ing)|consultant"
               r"|salon|shop|store|business|services?|products?|classes|(?<!holiday\s)(?<!term\s)(?<!camp\s)club|(?<=holiday\s)club(?=\s+bookings?\b)|sessions?|parties|party|catering|hire|treatments?|reiki|therapy"
               r"|coaching|fitness|slimming|group|garden\w*|ironing|removals?|repairs?|driving|ovens?|carpets?|windows?|gutters?|mot|valet\w*"
               r"|personalised|handmade|homemade|crafts?|candles|jewellery|prints|clothing|brand|range|menu|breakfasts?|meals|delivery|app"
               r"|eyelash\w*|extensions|mehndi|henna|make-?up|artist|dog\s+groom\w*|(?:dog|pet|mobile)\s+groomers|hoodies|t-?shirts"
               # a photo shoot, an entertainer, homework done for money
               r"|photo\s?shoots?|shoots|entertainer|magician|magic\s+shows?|balloon\s+modelling|bouncy\s+castles?"
               # (essays and coursework written to order are the spam detector's essay mills)
               r"|homework"
               # trades and shops that had no word: "mobile mechanic", "face painting", "our
               # dance academy", "a driving school", "we print ..." (not vapes: "free vapes" to children
               # is grooming, the safeguarding detector's)
               r"|mechanics?|face\s+paint\w*|print|printing|window\s+cleaning"
               r"|(?:dance|drama|driving|music|football|martial\s+arts|karate|gymnastics|swim|swimming|stage|riding)\s+(?:academy|school)"
               # trades named by their work or their goods: "plasterer", "pest control",
               # "snow clearing", "a piano teacher", "embroidery", "costumes", "shakes"
               r"|plaster\w*|roof\w*|pest\s+control|dj|discos|embroider\w*|(?:snow|gutter|house|garden|loft)\s+clearing|clearances?|gritt\w*"
               r"|(?:piano|guitar|music|swim|swimming|dance|drama|singing|yoga|tennis|language|private)\s+teachers?|auditions?|(?:fancy\s+dress|dance|stage|party|choir)\s+costumes|robes|catalogue"
               r"|skincare|driveways?"
               # trades that sell to employers and job seekers: staff supplied by an agency,
               # CVs and applications written for a fee, systems sold to an office
               r"|recruit(?:er|ers|ment\s+(?:team|agency|firm|company|consultants?))|staffing|(?:staff|teacher|cover|temp|nanny)\s+agency|agency\s+staff"
               r"|supply\s+(?:teachers?|staff|cover|tas?)|cvs?|cv\s+writ\w*|personal\s+statements?|cover\s+letters?|interview\s+(?:coaching|prep\w*)|payroll|(?:hr|booking|payroll|management)\s+(?:software|system|platform)"
               # trades a family moving house or a leaver's night calls on: agents, lawyers,
               # money advisers, vans and cars for hire, tanning
               r"|(?:letting|estate|lettings)\s+agents?|lettings|propert(?:y|ies)|solicitors?|conveyancing|mortgages?|(?:mortgage|financial|money)\s+advis[eo]rs?"
               r"|limos?|limousines?|coach\s+hire|carriages?|chauffeur\w*|(?:spray|fake)\s+tans?|tanning|storage|dash\s?cams?|installation|fitted",
    "buy_contact": r"message|messages|inbox|dm|pm|book|booking|bookings|call|ring|text|whatsapp|contact|get\s+in\s+touch|link|via\s+the\s+link"
                   r"|website|page|order|orders|enquiries|details|visit|pop\s+in|come\s+(?:in|down|along)|join"
                   r"|come\s+and\s+(?:visit|see|try)|come\s+(?:to|down\s+to|round\s+to)\s+(?:my|our)\s+(?:unit|shop|stall|van|store|warehouse|studio|salon)|check\s+(?:out\s+)?(?:my\s+|our\s+)?(?:insta|instagram|ig|tiktok|facebook\s+page|fb\s+page)"
                   r"|(?:insta|instagram|ig|tiktok)\s+(?:shop|store)",
    "money": r"£|\$|price|prices|cost|costs|pay|paid|fee|fees|quote|quotes|per\s+hour|an\s+hour|commission|free",
    "donation": r"donat\w+|rais(?:e|es|ed|ing)\s+money|crowd\s?fund\w*|fund\s?rais\w+|sponsor\w*|give\s+what\s+you\s+can|chip\s+in|appeal|go\s?fund\s?me|just\s?giving",
    "cause": r"treatment|operation|surgery|charity|cancer|hospice|wheelchair|funeral|vet\s+bills|medical|marathon|run|walk|swim|skydive|group|cause|trip|family",
    "share_give": r"share|give|donate|support|help|link|anything|any\s+amount|every\s+penny",
    "question": r"how\s+much|how\s+do\s+i|where\s+(?:can|do|is)|where'?s|when\s+(?:is|are|does|do)|is\s+(?:the|there)|are\s+(?:the|there)|can\s+(?:i|we|someone)"
                r"|does\s+(?:anyone|the)|do\s+(?:you|they)\s+(?:know|sell|offer|run|have|do|provide)|will\s+(?:the|there)|do\s+the|(?:does\s+)?any\s?(?:one|body|1)\s+know|just\s+asking"
                r"|recommendations?|(?:can|could)\s+any\s?(?:one|body|1)\s+recommend|any\s+(?:good|decent)|what'?s|what\s+(?:is|are|time)"
                r"|is\s+(?:that|this)\s+(?:enough|ok|okay|right|all|correct|everything)|do\s+you\s+need\s+anything\s+else"
                # a charge complained about, not offered: "too much", "it used to be £5"
                r"|too\s+(?:much|expensive|dear|steep)|used\s+to\s+(?:be|cost)"
                # a price or an event complained about by the one who paid
                r"|daylight\s+robbery|rip\s?-?\s?off|not\s+acceptable|unacceptable|extortionate|overpriced|scandalous|shambles|farce"
                # an offer received and told, or pay asked about: "I got offered a job by a
                # 'recruiter' ... anyone else?", "do cover staff get paid over summer?"
                r"|(?:got|was|were|been)\s+offered|anyone\s+else|asking\s+for\s+a\s+friend|(?:do|does|did|will)\s+(?:\w+\s+){1,2}(?:get|gets)\s+paid",
    # "school" as a place or a customer ("outside the school", "school mums discount",
    # "pick up from the school gate", "half what the school charges") is no school activity
    "school_own": rf"{SCHOOL_WORD}|pta|office|class|(?:college|academy|sixth\s+form)'?s\s+own|students'?\s+union"
                  # (a teacher of an activity is a trade: "a swim teacher for the holidays")
                  r"|(?<!supply\s)(?<!swim\s)(?<!swimming\s)(?<!piano\s)(?<!music\s)(?<!guitar\s)(?<!dance\s)(?<!private\s)(?<!drama\s)(?<!yoga\s)(?<!singing\s)(?<!tennis\s)(?<!language\s)teachers?"
                  r"|assembly|fair(?!\s+prices?)|fete|uniform\s+shop|parents'?\s+evening|governors|head(?!\s+shav)"
                  # the school's own events and staff: "our official photographer at sports day"
                  r"|sports\s+day|nativity|prize\s?giving|(?:our|the\s+school'?s?)\s+official"
                  r"|parents?\s+(?:app|portal|mail|hub)|school\s+app"
                  r"|volunteers?|volunteering|(?:college|academy|sixth\s+form)\s+(?:shop|office|reception)",
    # a trader asking the reader to get in touch or to book: "call now", "inbox", "text me",
    # "whatsapp the number", "get a quote", "booking now", "send me your sizes"
    # (not "text me" or "whatsapp" alone: parents gather group chats and party lists that way)
    "reach_me": r"(?:call|ring|phone)\s+(?:now|today|anytime)|(?:call|ring|phone)\s+or\s+(?:text|whatsapp)|inbox|whatsapp\s+(?:the\s+)?(?:number|no)|message\s+my\s+page"
                r"|get\s+a\s+quote|(?:booking|bookings)\s+(?:now|open)|now\s+booking|book\s+(?:a|your)\s+(?:free\s+)?(?:trial|taster)"
                r"|send\s+me\s+(?:your|their|ur)\s+(?:\w+\s+){0,3}(?:sizes?|names?|measurements)|(?:check|see|browse)\s+(?:out\s+)?(?:our|my)\s+(?:catalogue|brochure|range)"
                # a business speaking as "us", or a contact for a purpose of trade: "message us",
                # "ring us", "dm for viewings", "inbox for pics", "book via whatsapp",
                # "serious enquiries only", "call the office for a chat"
                r"|(?:message|messages|msg|dm|pm|ring|call|phone|text|whatsapp|contact|email)\s+us|book\s+(?:via|through|on|quick|fast|early|asap)"
                r"|(?:dm|pm|inbox|message|msg|whatsapp|text|call|ring|email)\s+(?:me\s+|us\s+)?(?:for|4)\s+(?:a\s+)?(?:viewings?|pics|photos|prices?|price\s+list|availability|rates|bookings?|orders?|quotes?)"
                r"|(?:call|ring|phone|contact|email|message)\s+(?:our|my)\s+(?:\w+\s+)?(?:team|consultants?|advis[eo]rs?|agents?)"
                r"|serious\s+(?:enquiries|inquiries|buyers)\s+only|(?:free|quick)\s+(?:\d+\s+min(?:ute)?s?\s+)?(?:call|chat|consultation)",
    # an actual price or a rate per person or per length of time: "£20", "£30pp", "from £199"
    "price_tag": r"(?:(?<=£)|(?<=£\s))\w+|\d+\s?(?:pp|quid)|per\s+(?:person|head|night|day|hour|week)",
    # a sum earned, won or paid out is no price asked ("made £4,000 with this app", "get paid £200")
    "income_claim": r"earn|earns|earned|earning|earnings|made|make|making|paid|win|won|winnings|profit|profits|income",
    # strangers approaching children, and news appeals: not offers or fundraising
    # and images of pupils passed round ("a group chat called year 9 rates", "screenshotted")
    "approach": r"lifts?|older\s+(?:men|man|lads|boys)|strangers?|a\s+man|some\s+man|men\s+in|missing|found\s+safe|police|witness\w*"
                r"|screenshot\w*|group\s+chats?|nudes?|take\s+(?:it|them|this)\s+down"
                # a stranger after one child's whereabouts: "the hostel room he's in", "take gifts round"
                r"|(?:keeps?|kept)\s+offering|hangs?\s+(?:about|around)|hanging\s+(?:about|around)"
                r"|(?:room|house|flat|hostel)\s+(?:he|she)'?s\s+in|(?:gifts?|presents?)\s+round|where\s+(?:he|she)\s+(?:lives|stays|sleeps)"
                # a stranger reported near children: "a woman in a red car is offering sweets
                # to children walking home ... please be vigilant"
                # children picked out as "available": "which of the girls is available for ..."
                r"|which\s+(?:one\s+)?(?:of\s+)?(?:these|the|those|your)\s+(?:kids|children|girls|boys|pupils|lads)|(?:kids|children|girls|boys|pupils)\s+(?:is|are)\s+available"
                # an approach told so it is reported: "I've reported you", "tell a trusted
                # adult", "contact the DSL", "report it to CEOP"
                r"|reported|report\s+(?:it|them|him|her|this|you|that|any)|ceop|trusted\s+adult|dsl|designated\s+safeguarding"
                r"|a\s+woman|some\s+woman|walking\s+home|(?:be|stay|please\s+be)\s+vigilant|reports?\s+(?:on|of|that|from)\s+(?:the\s+)?(?:neighbourhood|local|community|police|parents)",
    # sponsors thanked, not asked: "a huge thank you to our sponsors, please support them"
    "thanks": r"thank\s+you|thanks|thankyou|grateful",
    # a campaign or a seller named as fake: a warning, not an appeal ("a fake gofundme going
    # round, please don't donate")
    "warning": r"fake|bogus|scam|scams|scammers?|scammed|beware|fraud\w*|don'?t\s+donate|do\s+not\s+donate",
    # a scam message warned of: "a scam text going round offering ... for a fee, don't click it"
    "scam_warned": r"scam\s+(?:text|txt|e-?mail|call|message|msg|link|letter)s?|(?:don'?t|do\s+not)\s+click",
    # a platform's (forged) notice: "appeal within 12 hours" is against a page's removal, not
    # for money ("violated our community standards ... appeal here")
    "platform_notice": r"violat\w+|community\s+(?:standards|guidelines)|unpublished|disabled|deleted|deletion|suspended|suspension"
                       r"|trademark|copyright|verify|verification|meta\s+(?:business|security|support)|lose\s+access",
    # where the money goes: a link, a page, a profile, a message (a sponsored walk that is
    # only mentioned, or a child's challenge told without a way to give, is not an appeal)
    "giving_route": r"link|links|page|profile|bio|website|site|url|inbox|dm|pm|message|whatsapp|text\s+me|qr|go\s?fund\s?me"
                    r"|just\s?giving|crowd\s?funder|paypal|bank|sort\s+code|account|cash\s?app|revolut|monzo",
}
COMBINATIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], float], ...] = (
    ("offers_a_service", ("offer", "service"), ("question", "school_own", "approach", "scam_warned"), 0.65),
    ("priced_offer", ("offer", "money", "buy_contact"), ("question", "school_own", "scam_warned"), 0.65),
    # ("is there a way to donate to the hardship fund?": a question about giving, not an appeal)
    ("donation_request", ("donation", "share_give"), ("question", "school_own", "approach", "warning", "platform_notice", "thanks"), 0.65),
    # a trade and a call to get in touch: "pest control, ... call now", "need a plasterer? ... inbox"
    ("trade_call", ("reach_me", "service"), ("question", "school_own", "approach", "scam_warned", "warning"), 0.65),
    ("donation_for_cause", ("donation", "cause", "first_person", "giving_route"), ("school_own", "warning", "platform_notice"), 0.6),
    # goods or a service with its price and a way to buy, no offer word needed: "van hire £40
    # a day, message us", "tans £10, book quick" (a price complained about is a question)
    ("priced_trade", ("price_tag", "service", "buy_contact"), ("question", "school_own", "approach", "scam_warned", "warning", "income_claim"), 0.65),
)
CORE = ("offer", "donation", "reach_me", "price_tag")


class CommercialDetector:
    name = "commercial"
    version = "1.2"

    def __init__(self) -> None:
        # the same rules, each leading word boundary moved behind its word (see
        # :func:`classifiers.detectors.spam.fast_word_starts`)
        self.rules = RuleSet(self.name, tuple(replace(r, pattern=fast_word_starts(r.pattern)) for r in RULES))
        self.concepts = ConceptSet(self.name, LABEL, CONCEPTS, COMBINATIONS, CORE, window=90)

    def detect(self, doc: Any) -> list[Detection]:
        folded = doc._.folded
        found = self.rules.run(folded)
        if not found or max(d.score for d in found) < 0.7:
            found.extend(self.concepts.run(folded))
        if not found:
            return found
        errand = _ERRAND_RE.search(folded.loose.text)
        if errand is not None and errand.group(0).startswith("no") and _GOODS_SOLD_RE.search(folded.loose.text):
            # goods sold "no questions asked" ("ipads going cheap ... £50 each"): trade in
            # dubious goods, still trade; only errands for money are exploitation
            errand = None
        if errand is not None and child_offer(folded.loose.text) is None:
            # money for carrying parcels, no questions asked: recruiting children to run
            # drugs, the safeguarding detector's; lowered below any threshold, still visible
            # (an offer aimed at children is held by the pipeline, which says why)
            return [
                Detection(LABEL, min(d.score, _ERRAND_SCORE), replace(d.explanation, adjustments=d.explanation.adjustments + (
                    f"-{max(0.0, d.score - _ERRAND_SCORE):.2f} errands for money {errand.group(0)!r}: exploitation, not trade",)))
                for d in found
            ]
        context = doc._.context
        phrases = context.folded_allow_phrases if context is not None else ()
        if phrases:
            loose = folded.loose.text
            for phrase in phrases:
                # (the phrase disowned or undercut is no school activity: "pay me direct, not the
                # PTA", "without paying the PTA", "cheaper than the PTA")
                if re.search(rf"(?<!\bnot\s)(?<!\bnot\sthe\s)(?<!\bnot\sfor\s)(?<!\bnot\sfor\sthe\s)(?<!\bnot\sthrough\sthe\s)"
                             rf"(?<!\bwithout\sthe\s)(?<!\bwithout\spaying\sthe\s)(?<!\bthan\sthe\s)(?<!\bthan\swhat\sthe\s)(?<!\binstead\sof\sthe\s)"
                             rf"(?<![a-z0-9]){re.escape(phrase)}(?![a-z0-9])"
                             # (nor the school's body as the customer overcharged: "the PTA overpaid")
                             rf"(?!\s(?:paid|overpaid|charged|was\scharged|got\scharged|pays|is\spaying))", loose):
                    # The school's own fundraising: not commercial. Keep the reason visible
                    # at score 0 so a reviewer can see why nothing fired.
                    return [
                        Detection(LABEL, 0.0, Explanation(
                            d.explanation.detector, d.explanation.rule, d.explanation.start,
                            d.explanation.end, d.explanation.matched,
                            d.explanation.adjustments + (f"-{d.score:.2f} school's own phrase {phrase!r}",)))
                        for d in found
                    ]
        return found
