"""Spam: unsolicited promotion, scams, link farming, channel self-promotion, engagement bait.

Phrases are declared rules over the loose folded view ("sub to my channel", "free robux",
"like if you ...", "tag three friends", crypto and earn-from-home scams, fake giveaways).
Links are found with a URL regex and judged by their registered domain, which
``tldextract`` computes from its *bundled* public-suffix snapshot (never fetched from the
network): link shorteners and throwaway top-level domains are spam on their own, several
links in one comment are link farming, and a single ordinary link is judged by what is
around it: school words, a question, a sending service's signature or a news, reference
or video site keep it at a weak signal; a music, merchandise, app-store or paid-link host
is promotion; promotion words raise it; and a link nothing explains scores just above the
label threshold (below the default policy's hiding point), so a person sees it. A concept
layer (see :class:`classifiers.rules.ConceptSet`) adds combinations no phrase list anticipates: the
writer's own song or channel plus "watch" or "stream", a prize plus "like and share",
crypto plus a testimonial, money plus "from home". Promotion of a channel or page that
names one of the school's allow phrases is the school's own and is cleared (kept at score
0 with the reason), as the commercial detector clears the school's fundraising.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import tldextract

from classifiers.base import Detection, Explanation
from classifiers.rules import ConceptSet, Rule, RuleSet, quoted, regex_structure, split_alternatives, split_top_level

__all__ = ["CHILD_OFFER_RULE", "SCHOOL_WORD", "SpamDetector", "child_offer", "fast_word_starts"]

LABEL = "spam"

# --- money or free things offered to children -------------------------------------------
# "any of you girls want to earn some easy money? inbox me", "kids hmu for free vbucks",
# "need a couple of young lads for running parcels, £200 a week cash": the words of spam,
# but an adult approaching children with money or gifts is grooming or exploitation. This
# detector reports it as safeguarding under CHILD_OFFER_RULE, and the pipeline lets that
# detection stand for the spam and commercial labels (``classifiers.pipeline.SUPERSEDES``),
# so the comment goes to the safeguarding lead rather than the spam queue. An offer made to
# parents about their children ("holiday club for kids in year 3-6, £20 a day") is neither:
# the money must go to the child.
CHILD_OFFER_RULE = "offer_to_children"
_CHILD_OFFER_SCORE = 0.75
#: a year group, also two at once: "year 10", "yr 9/10", "y10 & 11"
_YG = r"(?:year|yr|y)\s?\d{1,2}(?:\s*(?:/|-|&|and|or)\s*\d{1,2})?"
_CHILD_AUDIENCE = re.compile(
    r"\bany\s+(?:of\s+(?:you|ya|u|the|them)\s+)?(?:girls|boys|kids|lads|lasses|teens)\b"
    r"|\b(?:girls|boys|kids|lads)\s+(?:in|from|at|on)\s+(?:this|the|year|yr|y\d|here)\b"
    r"|\bany\s?(?:one|1|body|bdy)\s+(?:in|from)\s+(?:year|yr|y)\s?\d"
    r"|\bany\s+(?:year|yr|y)\s?\d{1,2}s\b|\bany\s+(?:school\s?)?(?:kid|child|girl|boy|lad)s?\s+who\b"
    rf"|\b(?:offer(?:s|ed|ing)?|pay(?:s|ing)?|giv(?:es|ing))\s+(?:the\s+|some\s+)?{_YG}s\b"
    r"|\bany\s+of\s+the\s+(?:year|yr|y)\s?\d{1,2}\s+(?:girls|boys|kids|lads)\b"
    rf"|\b{_YG}s?\s+(?:lads|girls|boys|kids|girl|boy|lad)\b|\bteen(?:age)?\s+(?:girls|boys|lads)\b"
    rf"|\b(?:looking\s+for|need|want|after|to)\s+(?:some\s+)?{_YG}s?\b"
    r"|\b1[0-7]\s*(?:(?:-|to)\s*1[0-8]\s*)?(?:yr|year)s?\s*olds?\b|\b(?:girlz|gurls)\b"
    r"|\b(?:ur|you'?re|you\s+are|u\s+r)\s+(?:aged\s+)?1[0-7](?:\s*(?:-|to|or)\s*1[0-8])?\b|\bfor\s+(?:kids|lads|girls|boys)\s+who\b"
    rf"|\b(?:ur|you'?re|you\s+are|u\s+r|if\s+(?:ur|you'?re|u\s+r))\s+(?:a\s+|in\s+)?{_YG}\b|\bfor\s+any\s?(?:one|body|1)\s+in\s+{_YG}\b"
    r"|\bany\s?(?:one|body)(?:\s+else)?'?s\s+(?:kid|kids|child|son|daughter|lad|boy|girl)\b"
    # one child addressed ("to the boy in the blue hoodie ..."), a place made for children
    # ("i run a gaming server for kids")
    r"|\bto\s+the\s+(?:boy|girl|lad|lass|kid)\s+(?:in|who|with|from|on|at)\b"
    r"|\b(?:server|discord|group\s?chat|chat|channel|clan|squad)\s+for\s+(?:kids|children|lads|girls|boys|teens|under\s?-?1[0-8]s)\b"
    r"|\b(?:looking\s+for|need|want|after)\s+(?:some\s+|a\s+few\s+|a\s+couple\s+of\s+)?(?:kids|children|lads|girls|boys|teens|youngsters)\b"
    r"|\b(?:kids|children|lads|girls|boys)\s+(?:aged\s+)?1[0-7]\s*(?:-|to|or)\s*1[0-8]\b"
    r"|\b(?:lads|girls|boys|kids|lad|girl|boy|kid)\s+in\s+(?:yr|year|y)\s?\d"
    # the writer is the child: "i'm in year 10", "im only 14"
    # (a bare age is left out: "i'm 16, tutoring gcse maths £15 an hour" is a trade)
    rf"|\b(?:i'?m|im|i\s+am)\s+(?:(?:only\s+|just\s+)?in\s+{_YG}|(?:only|just)\s+1[0-7])\b"
    r"|^\W*(?:hey\s+|oi\s+|yo\s+)?(?:kids|boys|girls|lads)\b"
    r"|\b(?:kids|boys|girls|lads)\W{0,3}\s*(?:hmu|dm|pm|message|msg|inbox|add|snap)\b"
    r"|\b(?:drop|send)\s+(?:your|ur)\s+\w+\s+(?:kids|boys|girls|lads)\b"
    r"|\b(?:young|yung|yng)\s+(?:lads|girls|boys|ones|uns|people|runners|person|lad|girl|boy|ladies|lady)\b"
    # children asked what they want, with no parent's "my" before them ("girls want to make
    # £££?", "lads wanna earn"): an approach, not a parent's news
    r"|(?<!\bmy\s)(?<!\bour\s)(?<!\bthe\s)\b(?:girls|boys|lads|kids|teens)\s+(?:want|wanna|need|fancy)\s+(?:to\s+)?(?:make|earn|some)\b"
    r"|\b(?:kids|lads|girls|boys|teens|youngsters|yutes|youngers)\s+(?:welcome|wanted|needed)\b"
    r"|\bany\s+(?:yutes|youts|youths|youngers|younguns|youngsters|school\s?(?:kids|boys|girls|lads))\b"
    # county lines and the like: "need runners", "someone young who wont get stopped",
    # "age dont matter"; an age asked for ("dm me ur age", "how old r u") is a child sought
    r"|\b(?:need|needs|needed|want|wanted|looking\s+for|after)\s+(?:some\s+|a\s+few\s+)?runners\b|\bsome\s?(?:one|body)\s+young\b"
    r"|\bage\s+(?:dont|don'?t|doesn'?t|does\s+not|do\s+not)\s+matter\b|\b(?:how\s+old\s+(?:are|r)\s+(?:you|u|ya)|(?:ur|your|yer)\s+age)\b"
    # sixth formers are children too; "kidz", "gurlz": the spelling of an approach
    r"|\bany\s+(?:of\s+(?:you|the)\s+)?sixth\s+formers?\b|\b(?:kidz|boyz|ladz)\b"
    # money held out to pupils: "offering kids £5 each", "£50 to any student who ..."
    r"|\boffer(?:s|ed|ing)?\s+(?:the\s+|some\s+|any\s+)?(?:kids|children|pupils|students|boys|girls|lads)\b"
    r"|\bto\s+any\s+(?:student|pupil|kid|child|boy|girl|lad)s?\b"
    # (the eleven-plus is an exam, not an age: "11+ and gcse tutoring")
    r"|\b(?:under|u)\s?-?1[0-8]s?\b|(?<![\d.])1[0-7]\s?\+(?!\s*(?:and|&|exams?|tutor\w*|tuition|prep|mocks?|tests?|papers?|practice|gcse|maths|english))|\bage[ds]?\s+1[0-7]\b|\b(?:he|she|they)(?:'s|\s+is|'re|\s+are)\s+(?:only\s+)?1[0-7]\b"
    r"|\b(?:don'?t|dont|do\s+not|no\s+need\s+to)\s+tell\s+(?:ur|your|yer|ya)\s+(?:parents|mum|dad|mam|teachers?|folks)\b"
    # the parents shut out without a possessive: "dont tell mum & dad", "parents don't need
    # to know"; "kids only"; "lil ones"
    r"|\b(?:don'?t|dont|do\s+not|no\s+need\s+to)\s+tell\s+(?:mum|dad|mam|mom|parents|your\s+mum)\b"
    r"|\b(?:parents|mum|dad|mam|mom)\s+(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|won'?t)\s+(?:need\s+to|have\s+to)\s+know\b"
    r"|\bno\s+(?:parents|mum|dad|mam|mom|teachers?)\s+(?:need|needs|has|have)\s+(?:to|2)\s+know\b"
    r"|\b(?:kids|children|lads|girls|boys|teens|under\s?-?1[0-8]s?)\s+only\b|\b(?:lil|little)\s+(?:ones|uns|man|men|lads|gamers)\b"
    r"|\byoung\s+(?:gamers|players|fans|followers)\b"
    # an age band alone is the audience ("14-16 only", "13 to 15 year olds"); work fitted
    # round the school day is a pupil's ("running errands after school")
    r"|\b1[0-7]\s*(?:-|to)\s*1[0-8]\s*(?:only|olds?)\b"
    r"|\b(?:errands|jobs?|work|shifts?|deliveries|drops|runs)\s+(?:after|before)\s+school\b"
    # a video asked for one viewer ("do a vid just for me")
    r"|\b(?:vids?|videos?|pics?|photos?|selfies?)\s+(?:just\s+|only\s+)?for\s+me\b"
    # a picture asked for beside the gift: "send a pic on snap and ill send u 1000 robux"
    r"|\bsend\s+(?:me\s+)?(?:a\s+|ur\s+|your\s+|some\s+|more\s+)?(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nudes?|vids?|videos?)\b"
    # a contact made through a child's console, phone or account, or one of their class:
    # "a lad on my son's xbox", "one of the lads in my son's class"
    r"|\b(?:my|our)\s+(?:son|daughter|kid|child|boy|girl|lad|nephew|niece)'?s\s+(?:xbox|ps\d|playstation|switch|phone|ipad|tablet"
    r"|roblox|fortnite|snap|snapchat|tiktok|instagram|insta|discord|game|games|account|headset|class|form|year|team|mates?|friends?)\b"
)
_OFFER_TO_CHILD = re.compile(
    r"\bearn\s+(?:some|a\s+bit|a\s+few|money|cash|£|\d|easy|extra|quick|up\s+to|pocket)|\bearning\b|\bget(?:ting)?\s+paid\b"
    r"|\bpaid\s+(?:£|cash|for|daily|weekly|in\s+cash)|\bpays\s+(?:\w+\s+){0,2}£\s?\d|\bcash\s+(?:daily|weekly|every\s+day)\b|\bearn\s+(?:from\s+home|online)\b|\bcash\s+in\s+hand\b|\bpocket\s+money\b|\b(?:easy|quick|fast)\s+(?:money|cash)\b"
    r"|\bfree\s+(?:stuff|skins?|v-?bu(?:ck)?[sx]|robux|xbox|ps5|iphone|phone|vapes?|gifts?|money|credit|coins|gems|items|trainers)\b"
    # money or gifts sent to a child, reported: "an older man who sends him money"
    # (goods too, and bought: "gives her vapes and money to meet him", "buys him trainers")
    r"|\b(?:sends?|sent|sending|giv(?:es|ing)|gave|pays?|paying|buys?|bought|buying)\s+(?:him|her|them)\s+(?:money|cash|£|gifts?|robux|v-?bu(?:ck)?[sx]|skins|credit"
    r"|vapes?|trainers|presents|sweets|alcohol|booze|weed|phones?|clothes|jewellery|make-?up)"
    # game currency or gifts promised: "ill send u 1000 robux", "i'll get you v-bucks"
    r"|\b(?:i'?ll|ill|i\s+will|i\s+can)\s+(?:send|give|get|buy)\s+(?:you|u|ya)\s+(?:a\s+|an\s+|some\s+)?(?:\d[\d,]*k?\s+)?(?:robux|v-?bu(?:ck)?[sx]|skins?|gift\s?cards?|credit|coins|gems)\b"
    r"|\bmake\s+(?:£|money|cash|some\s+(?:money|cash))|£\s?\d+\s+(?:a|an|per)\s+(?:week|day|job|drop|run|trip|hour|night|shoot)\s+cash"
    # money in hand for pictures or posing: "£50 cash for a few pictures", "paid modelling"
    r"|£\s?\d+\s+(?:in\s+)?cash\s+for\b|\bpaid\s+(?:modelling|modeling|photo\s?shoots?|shoots?|pictures|pics|photos)\b"
    r"|\b(?:need|want|fancy)\s+(?:some\s+)?(?:cash|money|dosh|p)\b|£\s?\d+\s+(?:each|a|per)\s+(?:drop|run|bag|parcel|package|trip|delivery)"
    r"|\bno\s+questions(?:\s+asked)?\b|\bmake\s+(?:p'?s|dough|bread|paper|bank|dosh|bare\s+(?:p|money|cash))\b"
    r"|£\s?\d+\s+to\s+(?:any|every|whoever|the\s+first)\b|\boffer(?:s|ed|ing)?\s+(?:\w+\s+){1,3}£\s?\d"
    r"|£££|\beasy\s+(?:work|job|jobs|cash)\b|\bpaying\s+£|\bbeing\s+paid\b|\bearn\s+(?:a|an|your\s+own)\s+\w+"
    r"|\b(?:i'?ll|i\s+will|we'?ll|will)\s+pay\s+(?:you\s+)?(?:cash|£|well|you)|\bfree\s+(?:phone\s+|mobile\s+)?credit\b"
    r"|\b(?:young\s+)?models?\s+(?:wanted|needed)|\blooking\s+for\s+(?:young\s+|new\s+)?models\b|\b(?:want|wanna|like)\s+to\s+(?:be\s+a\s+)?model\b"
    r"|\bmodelling\s+(?:job|jobs|work|shoot|contract)|\bphoto\s?shoot|\bbe\s+in\s+my\s+(?:music\s+)?video"
    r"|\b(?:i'?ll|i\s+will|we'?ll|i|we)\s+(?:give|pay)\s+(?:you\s+|u\s+|ya\s+)?£\s?\d"
    # a profile or handle pointed at children: "tips in my bio for anyone in year 8"
    r"|\b(?:in|on)\s+(?:my\s+|the\s+|our\s+)?bio\b"
    # money counted by the week ("make 500 a week"), and gifts bought or handed over beside
    # something else ("give u a lift and some cash", "buy you nice things", a sugar daddy)
    r"|\b(?:make|makin|making|earn|earning)\s+£?\s?\d[\d,]*k?\s+(?:a|an|per|every)\s+(?:week|day|month|night|hour)\b"
    r"|\b(?:give|get|buy|treat)\s+(?:you|u|ya)\s+(?:\w+\s+){0,4}?(?:cash|money|nice\s+things|gifts?|presents|whatever\s+you\s+want)\b"
    r"|\bsugar\s?(?:daddy|daddies|mummy|mommy|baby)\b"
    # a sum named for a task ("i'll pay any of you lot a fiver to ...", "want £20 to carry ...")
    r"|\b(?:i'?ll|ill|i\s+will|we'?ll|i'?d|i\s+can)\s+(?:give|pay)\s+(?:[\w']+\s+){0,4}?(?:a\s+)?(?:tenner|fiver|£\s?\d|\d+\s*(?:quid|pounds))"
    # (the sum spaced out: "£ 5 0")
    r"|\b(?:want|wanna|fancy)\s+(?:a\s+)?(?:tenner|fiver|£\s?\d(?:\s?\d)*|\d+\s*quid)\s+(?:to|for)\b"
)
#: "16+" on its own is the age a job advert may name (school leavers work): a pointer to a
#: profile is no offer to children when that is the only audience
_WORKING_AGE = re.compile(r"1[67]\s?\+")
#: an offer kept from others: what turns a working-age job advert into an approach
_SECRET_OFFER = re.compile(
    r"\b(?:no\s+questions|secret|between\s+(?:us|you\s+and\s+me)|discreet|keep\s+(?:it\s+)?(?:quiet|shh|hush)|don'?t\s+tell|no\s+parents"
    r"|free\s+(?:robux|v-?bu(?:ck)?[sx]|skins?|vapes?|gifts?|phone|iphone)"
    # money for nothing, or for the use of one's bank account (money muling)
    r"|(?:easy|quick|fast)\s+(?:cash|money|dosh)|bank\s+accounts?|let\s+me\s+use|lend\s+me\s+(?:your|ur))\b")
#: words one of which every match of _OFFER_TO_CHILD holds: most comments skip the regexes
_OFFER_WORDS = ("earn", "paid", "cash", "money", "free", "make", "questions", "£", "dosh", "easy", "pay", "model", "shoot",
                "video", "give", "bio", "send", "get", "buy", "bought", "gave", "sent", "sugar", "treat")


#: students, who may be sixth formers: an audience only beside an offer that hides itself
#: from checks ("let me use your bank account", "no age verification", "we dont check")
_STUDENT_AUDIENCE = re.compile(
    r"\b(?:any\s+)?(?:students?|college\s+(?:girls?|boys?|lads?|kids)|sixth\s+form(?:ers?)?)\b")
_UNCHECKED_OFFER = re.compile(
    r"\b(?:(?:use|borrow|lend\s+me)\s+(?:your|ur)\s+(?:bank\s+)?(?:account|card)|(?:own|your|ur)\s+bank\s+account"
    r"|no\s+age\s+(?:verification|checks?|limit)|(?:we|they|i)\s+(?:don'?t|dont|do\s+not|never)\s+check|no\s+parents|don'?t\s+tell)\b")


def child_offer(loose: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """(offer, audience) matches when ``loose`` offers money or gifts to children."""
    if not any(word in loose for word in _OFFER_WORDS):
        return None
    offer = _OFFER_TO_CHILD.search(loose)
    if offer is None:
        return None
    audience = _CHILD_AUDIENCE.search(loose)
    if audience is None and _UNCHECKED_OFFER.search(loose) is not None:
        # money muling and cam sites recruiting at a college: "any students need cash? let
        # me use your bank account", "students! make £££, 18+ (we dont check)"
        audience = _STUDENT_AUDIENCE.search(loose)
    if audience is None:
        return None
    if _WORKING_AGE.fullmatch(audience.group(0)):
        # "16+" or "17+" alone is the legal working age a job advert names ("leaflet drops
        # on Saturdays, cash in hand, must be 16+"): an advert, unless another child is
        # named elsewhere or the offer is made in secret
        other = _CHILD_AUDIENCE.search(loose, audience.end()) or _CHILD_AUDIENCE.search(loose[:audience.start()])
        if other is None and _SECRET_OFFER.search(loose) is None:
            return None
        if other is not None:
            audience = other
    return offer, audience

#: "link in my bio" beside a job, a vote or a donation points at an advert or an appeal
#: (commercial), not at a prize or a dating profile: "apply via the link in my bio",
#: "vote for my business ... link in my bio", "donate to her entry fee, link in bio"
_TRADE_POINTER = (r"\b(?:apply|applications?|jobs?|vacanc(?:y|ies)|hiring|vote\s+for\s+(?:my|our)|donat\w+|gofundme|just\s?giving"
                  # a sponsored challenge or the writer's own new shop: "sponsor me for my skydive,
                  # link in bio", "just launched my name labels shop ... link in bio"
                  r"|sp[o0]ns[o0]r\w*|fund\s?rais\w+|raising\s+money|charity\s+(?:climb|walk|run|swim|skydive|bike\s+ride|challenge)"
                  r"|(?:launched|opened|started|set\s+up)\s+my\s+(?:own\s+)?(?:\w+\s+){0,3}(?:shop|business|biz|store|brand)"
                  # lessons sold: "gcse tutoring, first session half price, link in bio"
                  r"|tutor(?:ing|s)?|tuition|(?:lessons?|sessions?|classes|courses?)\s+(?:from|at|for|only|just|half\s+price|£))\b")

#: a scam named as one by someone warning others: "ppl saying free robux are scammers",
#: "flag a possible scam - a fake 'free robux' comment", "spotting scam links ... nearly
#: clicked" ("not a scam", "no scam" is what the scam itself says)
_SCAM_NAMED = (r"(?<!\bnot\s)(?<!\bnot\sa\s)(?<!\bno\s)\b(?:scam|scams|scammers?|scammy)\b"
               r"|\b(?:fake|dodgy)\s+(?:['\"]?\w+['\"]?\s+){0,2}(?:comments?|links?|accounts?|pages?|ads?|offers?|messages?)\b"
               r"|\bnearly\s+(?:clicked|fell\s+for|fallen\s+for)|\bspotting\s+(?:scams?|fakes?)")

_PROMO_CONTEXT = (
    r"\b(?:free|win|winner|won|prize|giveaway|click|subscribe|sub|follow|earn|money|cash|bonus|offer|promo|"
    r"check\s+out|visit|crypto|bitcoin|invest|grow|fast|cheap|deal|discount|sale|buy|claim|verify|sign\s+up|join|"
    r"followers|likes|subscribers|today\s+only|\d+\s?%\s+off|money|promo|"
    r"my\s+(?:website|site|blog|page|channel|profile|shop|store|video|music|link|project|song|mix|track|game|app|book|stuff)|"
    r"please\s+(?:help|share|like|support|check|watch|listen|read|subscribe|follow|donate|add)|add\s+me|donate|help\s+me)\b",
)

RULES = (
    Rule("channel_self_promotion", LABEL,
         r"\b(?:(?:sub|subs|subscribe|subbed)\s+(?:to\s+)?(?:my|me|our|mine)(?:\s+\w+)?\s*(?:channel|page|yt|youtube|vids?|videos?)?"
         r"|sub\s*(?:4|for|a)\s*sub|(?:check|checkout|check\s+out|look\s+at|visit|watch)\s+(?:out\s+)?(?:my|our)\s+(?:new\s+)?(?:channel|vids?|videos?|page|profile|music|songs?|playlist|mixtape|insta|tiktok|youtube|yt|stream|twitch|content|cover)"
         r"|(?:my|our)\s+(?:new\s+)?(?:youtube|yt|tiktok|twitch)\s+(?:channel|account|page)?"
         r"|please\s+(?:sub|subscribe)(?!\s+to\s+(?:the|our|your|this)\s+(?:school(?:'s)?\s+|class\s+|pta\s+)?(?:newsletter|school|page|channel|list|mailing|updates|blog|app))"
         r"|please\s+follow\s+me|(?:like|share)\s*(?:,|and|&|\+)\s*subscribe|follow\s+(?:me|my\s+page)\s+(?:on|at|for)"
         r"|(?:road|journey)\s+to\s+\d+k?\s+(?:subs|subscribers|followers)|merch\s+drop|my\s+(?:new\s+)?merch"
         # "i've posted them all on my page, go follow and see"
         r"|(?:on|to)\s+my\s+(?:page|channel|profile|account|insta|tiktok|story|snap)\b[^.!?]{0,25}?\b(?:go|pls|please|now|so)\s+(?:follow|sub|subscribe)\b)\b",
         0.85),
    # "go follow @mumvsmoorfield for part 2", "f.o.l.l.o.w my insta for the real story": the
    # writer's own account pushed (the school's or a club's handle is pointed at in
    # ordinary posts: school words lower it)
    Rule("handle_promotion", LABEL,
         r"\b(?:(?:go|pls|please|plz|now|and|so|all)\s+follow\s+(?:me\s+(?:on\s+|at\s+)?)?@[a-z0-9_][a-z0-9_.]*"
         r"|follow\s+(?:my|me\s+on)\s+(?:insta|instagram|ig|tiktok|twitter|snap|snapchat|threads)\s+(?:for|to\s+(?:see|hear|find|get|read))\b"
         # a sentence that opens on the command: "Follow @towntea_uk for all the updates"
         r"|(?:^|[.!?]\s*)\W*follow\s+@[a-z0-9_][a-z0-9_.]*\s+(?:for|to\s+(?:see|get|find|hear|keep))\b)",
         # (the school's words inside a handle too: "@oakfieldprimary", "@year6_trip", "@oakfieldfc")
         0.8, unless=(r"@[\w.]*(?:school|primary|academy|pta|class|year|yr|trip|fc|club|scouts|cubs|brownies|guides|library|church|council|police|nhs)"
                      r"|\b(?:school|primary|academy|pta|class|teachers?|choir|concert|nativity|council|police|nhs|year|yr|trip|club|scouts"
                      r"|cubs|brownies|guides|library|church)\b", _SCAM_NAMED)),
    Rule("prize_scam", LABEL,
         r"\b(?:free\s+(?:robux|v\s?-?bu(?:ck)?[sx]|vbucks|gift\s?cards?|iphones?|ps5|xbox|amazon\s+(?:vouchers?|gift)|skins|coins|gems|followers|likes|subs)"
         r"|(?:robux|v\s?-?bu(?:ck)?[sx]|vbucks)\s+(?:generator|for\s+free|giveaway|hack)|(?:in|on|at)\s+my\s+bio|(?:click|tap|check)\s+(?:my|the)\s+bio"
         r"|(?:you(?:'ve|\s+have)?|u)\s+(?:just\s+)?(?:won(?!'t)|been\s+selected)|claim\s+(?:your|ur)\s+(?:prize|reward|gift|winnings)"
         r"|(?:winner|congratulations)\s+(?:you|u)\s+(?:have|'ve)?\s*(?:won|been)"
         r"|giveaway\b[^.]{0,60}\b(?:follow|share|like|tag|comment|dm|click|link)"
         r"|(?:follow|share|like|tag|comment|dm|click)\b[^.]{0,40}\bgiveaway"
         r"|limited\s+(?:time\s+)?offer|act\s+now|lucky\s+(?:winner|person|people|follower)|(?:you\s+are|you'?re)\s+(?:our|the)\s+(?:lucky\s+)?winner"
         r"|(?:share|like|comment|tag)\s+(?:this\s+)?(?:post|page)?\s*(?:and|&|to)\s+(?:\w+\s+){0,3}(?:wins?|win\s+a|could\s+win)|won\s+(?:a\s+)?(?:free|brand\s+new)|claim\s+(?:yours|it\s+now|now|here|your\s+free)|(?:click|tap)\s+(?:the\s+|this\s+|my\s+)?link(?:\s+in\s+(?:my\s+)?bio|\s+below)?)\b",
         0.85, unless=(r"\b(?:fake\s+(?:giveaway|competition|comp|prize)s?|don'?t\s+click|do\s+not\s+click|beware|heads\s+up|warning|is\s+a\s+scam|report\s+(?:it|them|the\s+account)"
                       # the scam reported by someone who saw it: "I've reported the account that
                       # keeps commenting 'free robux' links"
                       r"|(?:reported|reporting|flagged)\s+(?:the|this|that|an?|these|those)\s+(?:accounts?|comments?|pages?|profiles?|users?|links?|posts?))\b",
                       _TRADE_POINTER, _SCAM_NAMED)),
    Rule("money_scam", LABEL,
         r"\b(?:(?:earn|make|making|earning)\s+(?:over\s+|up\s+to\s+|upto\s+|around\s+|about\s+|at\s+least\s+)?(?:£|\$)?\s?\d[\d,]*k?\s*(?:£|\$|pounds|dollars)?\s*(?:(?:a|per|every|each)\s+(?:day|week|hour|month)|daily|weekly|monthly)"
         r"|(?:work|earn|money)\s+from\s+home|(?:bitcoin|btc|crypto|ethereum|forex|binary\s+options?|nft)\s+(?:investment|investing|trading|trader|profits?|signals?|mining|expert|account\s+manager)"
         # a sum someone got, and the reader told to message for theirs: "my cousin got £800
         # back from a refund scheme, inbox him to claim yours"
         r"|(?:got|received|claimed|won|made)\s+(?:back\s+)?£\s?\d[\d,]*[^.!?]{0,100}?\b(?:message|msg|dm|pm|inbox|contact|text|whatsapp)\s+(?:her|him|me|them|us)\b[^.!?]{0,30}?\bto\s+(?:get|claim|grab)\s+(?:yours|your\s+own|ur\s+own|one\s+too)\b"
         r"|(?:trading|investing\s+in|invest\s+in|mining)\s+(?:crypto|bitcoin|btc|forex|nfts?)\b|(?:dm|message|inbox|pm)\s+me\s+(?:to\s+)?(?:learn|find\s+out|know)\s+how"
         r"|invest(?:ed|ing)?\s+(?:with|in)\s+(?:mr|mrs|her|him|this)|double\s+(?:your|ur)\s+(?:money|bitcoin|investment)"
         r"|(?:make|earn|making|earning|get)\s+(?:\w+\s+)?(?:money|cash|income)\s+(?:online|from\s+home|fast|easily|easy|quick(?:ly)?|at\s+home|with\s+(?:this|my|our)|by\s+\w+ing|while)"
         r"|free\s+(?:money|cash|gifts?|stuff|samples?)\b|(?:visit|check(?:\s+out)?|go\s+to|look\s+at|see)\s+(?:my|our|this)\s+(?:website|site|blog|web\s?page|online\s+(?:shop|store))"
         r"|on\s+(?:my|our)\s+(?:website|site|blog)\b"
         r"|invest\s+(?:£|\$)?\s?\d+\s+(?:and|&)\s+(?:get|receive|make)|get\s+(?:£|\$)\s?\d[\d,]*\s+back|guaranteed\s+(?:returns?|profit)|returns?\s+of\s+\d+\s?%"
         r"|\w*coin\s+(?:has\s+)?(?:doubled|tripled|quadrupled|x\d+)\s+in\s+(?:\d+|a|one|two|three)\s*(?:hrs?|hours?|days?|weeks?)"
         # money multiplied: "2x ur money", "triple your savings in a week"
         r"|(?:[2-9]|10)\s?x\s+(?:ur|your|yr)\s+(?:money|cash|investment|savings|crypto|deposit)|(?:double|triple)\s+(?:ur|your|yr)\s+(?:money|cash|investment|savings|deposit)"
         r"|(?:passive|extra)\s+income|financial\s+freedom|get\s+rich|(?:6|six|7|seven)\s+figures|recover\s+(?:your\s+)?(?:lost\s+)?(?:funds|crypto)"
         r"|(?:whatsapp|telegram)\s+(?:me\s+)?(?:on|at|\+)\s*\+?\d|(?:dm|message|contact)\s+(?:me\s+)?(?:to|for)\s+(?:claim|win|earn|invest)"
         # "send 0.1 get 1 back", "netflix premium accounts for cheap", "cheap essays, A* or money back"
         r"|send\s+(?:\d+(?:\.\d+)?|some)\s*(?:btc|bitcoin|eth|crypto)?\s*(?:and\s+)?(?:get|receive)\s+(?:\d+(?:\.\d+)?|double|twice)"
         r"|giving\s+away\s+(?:free\s+)?(?:bitcoin|btc|crypto|eth)|(?:premium|netflix|spotify|disney\+?|prime)\s+(?:premium\s+)?accounts?\s+(?:for\s+)?(?:cheap|£|\$|\d)"
         r"|cheap\s+(?:netflix|spotify|premium|disney)|(?:cheap|custom|original)\s+(?:essays?|assignments?|coursework|dissertations?)"
         r"|(?:essays?|assignments?|coursework|homework)\s+(?:written|done)\s+for\s+(?:you|cash|£)|a\*?\s+or\s+(?:your\s+)?money\s+back"
         r"|violated\s+(?:our\s+)?community\s+(?:standards|guidelines)|appeal\s+(?:here|now)\s+within|or\s+(?:lose|loose)\s+(?:access|your\s+account)"
         r"|(?:enter|register|submit|confirm|update|provide|fill\s+in|put\s+in|add)\s+(?:your|ur)\s+(?:card|bank|banking|account|payment)\s+details"
         r"(?![^.!?]{0,40}\b(?:office|school|parent\s?pay|payroll|employer|hmrc|gov\.uk)\b)"
         r"|(?:card|bank)\s+details\s+to\s+(?:confirm|claim|verify|receive)"
         # bank details asked of strangers for a gift or a payment: "contact me with the
         # bursar's bank details", "sign up with your bank details at the link"
         r"|(?:contact|message|dm|email|text|whatsapp)\s+(?:me|us)\s+with\s+(?:your\s+|ur\s+|the\s+)?(?:\w+'?s?\s+)?(?:bank|card|banking)\s+details"
         r"|(?:sign\s+up|register|apply|join)\s+with\s+(?:your|ur)\s+(?:bank|card|banking)\s+details"
         r"(?![^.!?]{0,40}\b(?:office|school|parent\s?pay|payroll|employer|hmrc|gov\.uk)\b)"
         # "looking for product testers, you keep the products", "giving away my old steam
         # account, first to message me gets it"
         r"|(?:looking\s+for|need|needs|needed|wanted|hiring|become\s+an?)\s+(?:\w+\s+)?(?:product|paid|app|home)\s+testers?|(?:get\s+to\s+|you\s+)keep\s+(?:the|all\s+the)\s+products"
         r"|giving\s+away\s+(?:my\s+|our\s+)?(?:old\s+|main\s+|spare\s+)?(?:steam|epic|fortnite|roblox|xbox|psn|playstation|minecraft|discord|insta\w*|tiktok|gaming|game)\s+(?:account|acc)s?\b"
         # "giving away 0.5 BTC to the first 100 replies, send your wallet address"
         # "an unclaimed school fund in your child's name", "free laptops, just pay the £19.99
         # 'processing fee' at the link": the fee or the bank details are the scam
         r"|unclaimed\s+(?:\w+\s+){0,3}(?:funds?|inheritance|money|prize|payments?|refunds?|parcels?|grants?|compensation|winnings)"
         r"|free\b[^.]{0,80}?\bpay\s+(?:the\s+|a\s+|an\s+|just\s+)?(?:£\s?[\d.]+\s+)?\W*(?:processing|admin|release|handling|clearance|activation|postage|shipping|small)\s+(?:fee|charge)"
         r"|giving\s+away\s+(?:free\s+)?[\d.,]+\s*(?:bitcoin|btc|crypto|eth|usdt)|send\s+(?:us\s+|me\s+)?(?:your|ur)\s+(?:wallet|seed\s+phrase))\b",
         0.85),
    # "make £££ from home": money signs stand for the sum (no word boundary before a "£")
    # a fee to sign a child to an agency: "pay the £60 joining fee and he's signed"
    Rule("talent_fee_scam", LABEL,
         r"\b(?:pay|send)\s+(?:the|a|our|my|your)?\s*(?:£\s?\d+\s+)?(?:registration|joining|signing|portfolio|admin|processing|membership)\s+fee\b"
         r"[^.?]{0,25}\b(?:she|he|they|your\s+\w+)(?:'s|\s+is|\s+are|'re|'ll\s+be|\s+will\s+be)\s+(?:signed|on\s+our\s+books|in)\b"
         # a fee to have a child seen: "get your kid scouted! send £99 for a highlights video"
         r"|\b(?:get|getting)\s+(?:your|ur)\s+(?:kid|kids|child|son|daughter|boy|girl|lad)\s+(?:scouted|signed|noticed|spotted)\b[^?]{0,60}?(?:£\s?\d|\bfee\b)", 0.85),
    # an account said to be hacked, followers sent to a new one: "got hacked, follow my new page"
    Rule("hacked_new_account", LABEL,
         r"\b(?:been|was|got|getting)\s+hacked\b[^?]{0,80}?\b(?:add|follow|friend|message)\s+(?:me\s+on\s+)?my\s+new\s+(?:one|account|page|profile|number)\b", 0.8),
    Rule("money_from_home", LABEL, r"(?:£{2,}|\${2,})\s*(?:from|4|for)\s+(?:home|nothing|free)\b", 0.85),
    # Essay mills and leaked-paper scams, what exam season brings: "need your EPQ written?",
    # "exam board answers for tomorrow's paper", "real 2025 papers"
    Rule("exam_scam", LABEL,
         r"\b(?:(?:need|want|get)\s+(?:your|ur|an?)\s+(?:\w+\s+)?(?:epq|essays?|coursework|dissertations?|assignments?|personal\s+statements?|nea|homework)\s+(?:written|done|sorted|wrote)"
         r"|(?:pay\s+after\s+delivery|plagiarism\s+free|100\s?%\s+original|guaranteed\s+(?:grades?|a\*?|pass|(?:a\s+)?[4-9](?:\s+in|\s+or\s+(?:above|higher)|\s*\+|\b)))"
         # the writer's offer to do a pupil's work, with a pitch word: "wr1te ur 3ss4y 4 u, ch3ap",
         # "ill do ur coursework for £50" (folded by the loose view)
         r"|(?:write|writes|writing|do|doing)\s+(?:ur|your|you'?re|yr)\s+(?:\w+\s+)?(?:essays?|coursework|assignments?|dissertations?|nea|epq|personal\s+statements?)\b"
         r"[^.?]{0,30}?(?:\b(?:4|for)\s+(?:u|you)\b|\bcheap|£|\b\d+\s*(?:hrs?|h|hours)\b|\bwhatsapp|\bdm\b|\bhmu\b|\bguaranteed)"
         # papers claimed known in advance: "our tutors know the papers before you do"
         r"|know\s+(?:the|this\s+year'?s)\s+(?:exam\s+|gcse\s+|a-?level\s+)?papers\s+(?:before|b4|ahead\s+of)\s+(?:you|u|anyone|everyone)"
         r"|(?:essay|assignment|coursework|dissertation|epq)\s+(?:writ(?:ing|ers?)|help)\s+services?|a\*\s+guaranteed"
         r"|(?:exam|gcse|a-?level|mock|sats?)\s+(?:board\s+)?(?:answers|papers?)\s+(?:for\s+(?:tomorrow|today|the|this|next)|leaked|before)"
         r"|leaked\s+(?:exam\s+|gcse\s+|a-?level\s+)?(?:papers?|answers)|(?:real|actual|leaked)\s+20\d\d\s+(?:exam\s+)?papers"
         # answers claimed and a link held out: "got the gcse maths answers, link in bio"
         r"|(?:found|got|have|i'?ve\s+got)\s+(?:the|all\s+the)\s+(?:\w+\s+){0,2}(?:answers|papers)\b[^.?]{0,25}\blink\b)\b",
         0.8),
    # Clickbait with no link needed: "one weird trick teachers dont want you to know"
    Rule("clickbait", LABEL,
         r"\b(?:(?:weird|crazy|simple|secret|strange|little)\s+(?:\w+\s+){0,3}(?:trick|hack)s?\s+(?:\w+\s+){0,2}(?:don'?t|dont|do\s+not)\s+want\s+you\s+to\s+know"
         r"|(?:doctors|teachers|banks|they|experts|dentists)\s+(?:don'?t|dont|do\s+not|hate)\s+(?:want\s+you\s+to\s+know|this\s+(?:one\s+)?(?:simple\s+)?trick)"
         # "doctors hate it / him", "this one trick": the pitch's stock words ("the doctors
         # hate it when we're late" is a complaint)
         r"|(?:school|schools|government|nhs|council|media|pharma|doctors|teachers|they|experts|scientists)\s+(?:\w+\s+)?(?:don'?t|dont|doesn'?t|doesnt|do\s+not|does\s+not)\s+want\s+you\s+to\s+know"
         r"|(?:look|see|watch)\s+what\s+(?:she|he|they|this\s+\w+)\s+(?:\w+\s+)?(?:posted|did|said|wrote|sent|uploaded)\b[^.]{0,60}\blink\s+(?:in\s+(?:the\s+)?(?:comments?|bio)|below)"
         r"|(?:doctors|dentists|experts|banks|pharmacists|vets)\s+hate\s+(?:it|this|him|her|them)(?!\s+when)|this\s+one\s+(?:weird\s+|simple\s+|odd\s+|little\s+)?trick)\b",
         0.75),
    Rule("engagement_bait", LABEL,
         r"\b(?:like\s+(?:this\s+)?(?:comment\s+|post\s+)?if\s+(?:you|u|ur|you'?re|your)|(?:share|like|comment|type)\s+(?:amen|yes|this)\s+(?:if|for|to)"
         r"|tag\s+(?:\d|one|two|three|five|a|your)\s+(?:friends?|mates?|people|besties)|\d+\s+likes?\s+(?:and|&|=)"
         r"|(?:who'?s|who\s+(?:else\s+)?is|anyone)\s+(?:else\s+)?(?:still\s+)?(?:watching|here|listening)\s+in\s+20\d\d|follow\s+me\s+back"
         r"|(?:like|comment|share)\s+for\s+(?:a\s+|good\s+)?(?:luck|shout\s?out)|ignore\s+if\s+you|scroll\s+past"
         r"|(?:don'?t|do\s+not)\s+scroll|if\s+(?:you|u)\s+(?:don'?t|do\s+not)\s+share"
         # ("copy and paste" as a verb, not a kind of thing: "reports full of copy and paste
         # rubbish"; "share if you have seen her" is a missing child's appeal)
         r"|copy\s+(?:and|&|n)\s+paste(?=\s*(?:[^\w\s]|$)|\s+(?:this|if|it|to|into|onto|on|in|and|&|n|your|ur|please|pls|plz|don'?t|do\s+not|the\s+(?:message|post|text)|word|exactly)\b)"
         r"|re-?post\s+(?:this\s+)?if|share\s+(?:this\s+)?if\s+(?:you|u)(?!\s+(?:have\s+|'ve\s+|'?ve\s+|)(?:seen|saw|see|sees|spot|spotted|spots|know\s+where|hear|heard|find|found|recognise|recognize|recognised|recognized))|type\s+['\"]?(?:yes|amen|\d+)['\"]?\s+if"
         r"|let'?s\s+get\s+(?:this\s+(?:to\s+)?)?\d+k?\s+(?:comments|likes|shares|signatures)"
         # chain letters, invite-to-unlock, "first, pin me", "follow for more"
         r"|bad\s+luck\s+for\s+(?:\d+|seven|ten|a)\s+(?:years?|days?|weeks?)|if\s+(?:you|u)\s+(?:don'?t|dont|do\s+not)\s+(?:reply|repost|copy|send\s+this)"
         r"|(?:invite|add|tag|share\s+(?:this\s+)?with)\s+(?:\d+|five|ten|three)\s+(?:friends?|mates|people)\s+(?:to|and)\s+(?:unlock|win|get|claim|join)"
         r"|pin\s+(?:me|this|my\s+comment)|follow\s+(?:me\s+)?for\s+(?:more|part\s+\d|daily)"
         # passed on or else: "forward this to 7 people or ...", "send it on to ten mates within
         # the hour"; a word typed for a wish: "type RAIN if you want the match off"
         r"|(?:share|send|forward|pass)\s+(?:this\s+|it\s+)?(?:on\s+)?(?:to|with)\s+(?:\d+|three|five|seven|ten|twenty)\s+(?:friends?|mates|people|groups|contacts)\s+(?:or|within|in\s+the\s+next)\b"
         r"|type\s+['\"\u201c\u2018]?[a-z]+['\"\u201d\u2019]?\s+if\s+(?:you|u)\s+(?:want|wish|need)\b"
         # a word to comment for a reward: 'comment "LEO" and i'll send you the video'
         r"|(?:comment|type|reply|write|drop)\s+['\"\u201c\u2018]\w+['\"\u201d\u2019]\s+(?:and|&|n|to\s+get|for)\b"
         r"|(?:comment|type|reply)\s+\w+\s+(?:and|&|n)\s+(?:i'?ll|ill|i\s+will|we'?ll)\s+(?:send|dm|message|give|add)\b"
         # a code word to send for the pitch: "DM me 'WEALTH'", "message us \"TV\"", "reply YES"
         r"|(?:dm|pm|message|msg|inbox|text|whatsapp)\s+(?:me|us)\s+(?:the\s+word\s+)?['\"\u201c\u2018]\w+(?=['\"\u201d\u2019])"
         # (the code word named as one needs no quotes: "message me the word FREE and i'll explain")
         r"|(?:dm|pm|message|msg|inbox|text|whatsapp|comment|type|reply)\s+(?:me\s+|us\s+)?the\s+word\s+\w+"
         r"|(?:reply|comment|type|text)\s+['\"\u201c\u2018]?(?:yes|info|interested|start|join)(?=['\"\u201d\u2019]?\W*$))\b",
         # an adult's "follow me back" to a child whose age is asked is grooming, the
         # safeguarding detector's ("how old are you? ... follow me back"); a dangerous
         # challenge passed on ("hold your breath till u pass out ... tag 3 mates") is a
         # harm to children, not a chain letter
         0.75, unless=(r"\b(?:how\s+old\s+(?:are|r)\s+(?:you|u|ya)|mature\s+for\s+(?:your|ur)\s+age|young\s+(?:man|lady)\b(?!\s+(?:who|that)))",
                       r"\b(?:pass(?:es|ed|ing)?\s+out|black\s?(?:out|outs)|chok(?:e|es|ed|ing)|faint(?:s|ed|ing)?|hold(?:ing)?\s+(?:your|ur|yer)\s+breath"
                       r"|(?:till|until|til)\s+(?:you|u|ya)\s+(?:drop|faint|collapse)|strangl\w*)\b"),
         unless_penalty=0.45),
    Rule("asks_for_subscribers", LABEL,
         r"(?:^|[.!,;:&+]\s*|\b(?:please|pls|plz|come|and|so|then|just|go|guys|now)\s+)(?:sub|subscribe|subscribed\s+to\s+me)\b(?!\s+to\s+(?:the|our|your|this)\s+(?:newsletter|school|page|channel|list|mailing))"
         r"|\b(?:sub|subscribe|follow)\s*(?:to\s*)?my\s*(?:channel|page|insta|tiktok|youtube)(?<=[a-z]{12})\b"
         r"|\bsubscribe\s*(?:please|pls|plz|!|to\s+(?:me|hear|see|watch|my)|for\s+more|if\s+you|and\s+(?:like|share|comment))"
         r"|\b(?:give|gimme)\s+(?:it|this|me|my\s+\w+)\s+a\s+(?:like|thumbs\s+up|chance|listen|watch|view|follow)"
         r"|\bbefore\s+you\s+(?:ignore|scroll|skip|judge)|\b(?:every|each)\s+(?:fan|sub|subscriber|view|like|follow)\s+(?:counts|matters|helps)"
         r"|\bi\s+(?:make|do|sing|post|upload|produce)\s+(?:\w+\s+)?(?:covers|music|videos|vlogs|beats|songs|raps|edits|tutorials)\b"
         r"|\bhelp\s+me\s+(?:reach|get\s+to|hit|grow|achieve|get\s+\d)|\bmy\s+dream\s+(?:is|was)\s+to\s+(?:become|be)\s+a\s+(?:singer|youtuber|rapper|star|famous)"
         r"|\bthumbs\s+up\s+(?:so|if)\b|\blike\s+this\s+comment\s+so\b",
         0.75, unless=(r"\?\s*$|\bnewsletter\b|\bhow\s+(?:do|can)\s+i\s+(?:sub|subscribe)"
                     # the school's own channel: "the school channel is worth it, subscribe"
                     r"|\b(?:school|pta|class)(?:'?s)?\s+(?:channel|page|youtube|account)\b",), unless_penalty=0.4),
    Rule("follower_selling", LABEL,
         r"\b(?:(?:free|cheap|buy|get|real|instant)\s+(?:\d+k?\s+)?(?:instagram\s+|insta\s+|ig\s+|tiktok\s+|youtube\s+|yt\s+|facebook\s+|fb\s+|twitter\s+)?(?:followers|likes|subscribers|subs|views)\b"
         r"|\d+k?\s+(?:real\s+|instagram\s+|insta\s+|tiktok\s+|youtube\s+)?(?:followers|likes|subs|subscribers|views)\s+(?:for\s+(?:free|£|\$|only|just|\d)|in\s+\d+\s+(?:hours?|days?|minutes?)|guaranteed)"
         r"|(?:grow|boost)\s+(?:your|ur)\s+(?:page|account|channel|followers|following)"
         r"|get\s+paid\s+to\s+(?:watch|like|review|play|scroll|chat)|sign\s+up\s+(?:at|here|now|via|using|with\s+my)"
         # (a place or body of the school's or a club's own: "sign up at the office", "sign up
         # via the official site")
         r"(?!\s+(?:the\s+)?(?:school\s+|front\s+|main\s+)?(?:office|reception|desk|gate|library|official|event|meeting|stall)\b)"
         r"|(?:first|next)\s+\d+\s+(?:people|followers|subs|subscribers|to\s+(?:follow|like|share|comment))"
         r"|give\s+(?:away\s+)?(?:£|\$)\s?\d+\s+to|(?:started|made|launched|starting|opened|new)\s+(?:a|my)\s+(?:\w+\s+)?(?:channel|podcast|vlog|youtube)\b"
         r"|(?:smash|hit)\s+(?:that|the)\s+(?:like|subscribe|sub)\s+button|on\s+my\s+(?:channel|youtube|tiktok)\b"
         # "smm panel", "tiktok views 10k for £2"
         r"|(?:smm|social\s+media\s+marketing)\s+panels?\b|(?:followers|likes|subs|subscribers|views)\s+\d+k?\s+for\s+(?:only\s+|just\s+)?(?:£|\$|\d))",
         # a bounty for where someone is ("£100 to the first pupil who tells me where that
         # teacher parks") hunts a person, it sells nothing: the safeguarding detector's
         0.8, unless=(r"\b(?:tells?|tell\s+me|finds?\s+out|shows?|gives?)\s+(?:me\s+|us\s+)?(?:where|which\s+house|what\s+(?:car|house|street|road))\b",)),
    Rule("phishing", LABEL,
         # "the REAL school page is at <link>, log in there", "get a blue tick in 48 hours"
         r"\b(?:log\s?in\s+(?:there|here|now|at\s+the\s+link|via\s+the\s+link|on\s+the\s+link)\s+to\b"
         r"|(?:get|buy|want|need)\s+(?:a\s+|the\s+|your\s+)?(?:blue\s+tick|verified\s+badge|verification\s+badge|blue\s+check)\b"
         r"|account\s+(?:will\s+be|has\s+been|is)\s+(?:suspended|locked|disabled|deleted|restricted)|verify\s+(?:your\s+(?:account|identity|page)|now|here)"
         r"|(?:verify|update|re-?enter|confirm)\s+(?:your\s+|ur\s+)?(?:bank|card|bank\s+card|debit\s+card|credit\s+card|payment\s+details|card\s+details|bank\s+details|billing\s+details)\b"
         r"(?![^.!?]{0,30}\b(?:office|reception|in\s+person|parent\s?pay|the\s+app)\b)"
         r"|security\s+check|unusual\s+(?:activity|login)|confirm\s+(?:your\s+)?(?:details|password|login|account)|copyright\s+(?:violation|infringement)\s+(?:notice|detected)"
         r"|page\s+(?:will\s+be|has\s+been)\s+(?:removed|unpublished|disabled)"
         # a bill pressed with a threat: "URGENT: your account is overdrawn, pay now to avoid ..."
         r"|pay\s+(?:now|today|immediately|at\s+once|within\s+\d+\s+\w+)\s+(?:to\s+avoid|or\s+(?:your|you\s+will|you'?ll|lose|face|risk)))\b",
         0.8),
    Rule("loan_or_mlm", LABEL,
         r"\b(?:loans?\s+(?:approved|available|for\s+everyone|in\s+minutes|same\s+day)|no\s+credit\s+checks?|payday\s+loans?|text\s+[a-z]+\s+to\s+\d{5}"
         # a loan held out with no checks: "cheap loans for parents, no checks, inbox"
         # (a lender told of is no offer: "the loan shark did no checks")
         # parents paid to post for a brand, and a place or ticket "transferred" once paid for:
         # "an amazing brand that pays mums to share photos", "pay the deposit and i'll
         # transfer the booking to you"
         r"|pays?\s+(?:busy\s+|stay\s+at\s+home\s+)?(?:mums|mams|moms|parents|people|you)\s+(?:to|for)\s+(?:share|sharing|post|posting|review|reviewing|test|testing|like|liking|watch|watching)"
         r"|(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+transfer\s+(?:the|my|our|their|his|her)\s+(?:booking|tickets?|places?|reservation)\s+(?:to|over\s+to|into)\s+(?:you|your\s+name)"
         r"|loans?(?!\s+sharks?)\b[^.!?]{0,40}(?<!\bdid\s)(?<!\bdoes\s)\bno\s+(?:credit\s+|id\s+|questions\s+|)checks?|no\s+(?:credit\s+)?checks?\b[^.!?]{0,30}\bloans?(?!\s+sharks?)"
         r"|be\s+(?:your|ur)\s+own\s+boss|join\s+my\s+(?:\w+\s+)?team|earn\s+(?:\w+\s+)?commission|(?:ask|message|dm)\s+me\s+how\s+to\s+join"
         r"|younique|forever\s+living|herbalife|arbonne|scentsy|juice\s+plus|nu\s?skin|world\s+ventures|bitconnect)\b",
         0.8),
    # "Check out ..." is how most channel promotion on YouTube opens; on a school page the
    # same words point at the school's own news, so school words or a question lower it.
    Rule("check_out_promotion", LABEL,
         r"\b(?:check\s+out|take\s+a\s+look\s+at|look\s+at)\s+this\s+(?:video|playlist|channel|song|track)\s+on\s+you\s?tub"
         r"|(?:^|[.!]\s*)\W*(?:(?:go|come|everyone|everybody|guys|pls|please|plz|hey|hi|also|and|yo|y'?all|all\s+(?:of\s+)?(?:u|you)\s+should\s+go"
         r"|you\s+should|u\s+should|you\s+(?:need|have)\s+to|u\s+need\s+to)\s+)*check\s+(?:it\s+|this\s+|these\s+|them\s+)?out\b(?!\s+(?:time|date|of|from|at|desk))"
         r"|\bcheck(?:ing)?\s+(?:it|this|them|'?em|me|us)\s+out\b|\bcheck\s+my\s+(?:new\s+|newest\s+|latest\s+)?(?:stuff|sound|track|song|mix|beats?)\b"
         r"|\b(?:check|checkout|check\s+out|look\s+at|visit|watch|listen\s+to|hear)\s+(?:out\s+)?(?:my|our)\s+(?:[\w-]+\s+){0,3}?"
         r"(?:channel|chanel|vids?|videos?|music|songs?|playlist|mixtape|tiktok|youtube|yt|stream|covers?|remix(?:es)?|raps?|tracks?|beats?|band|album|parody|lyrics|freestyle|edits?|vlogs?)\b"
         r"|\b(?:you|u|y'?all|everyone|guys)\s+(?:should|need\s+to|have\s+to|gotta|must)\s+(?:go\s+)?check\s+out\b"
         r"|\b(?:go|come)\s+to\s+my\s+(?:channel|chanel|page)\b|\bsee\s+my\s+(?:new\s+|latest\s+)?(?:track|song|video|vid|channel|remix|cover|music)\b",
         0.75, unless=(r"\?(?:\s|$)|\b(?:school|class|pta|newsletter|assembly|teachers?|mrs?|miss|ms|year\s+\d+|reception|nursery|library|books?"
                       r"|governors|term|uniform|sports\s+day|fair|fete|website|photos|pictures|playground|climbing|garden|hall|classroom|display|trip"
                       r"|choir|concert|nativity|play|sports|match|team|club|lunch|menu|weather|forecast|news|letter|calendar|dates|app"
                       # goods and services are the commercial detector's to judge
                       r"|shop|store|etsy|business|salon|bakery|cakes?|services?)\b",), unless_penalty=0.45),
    # Subscriber begging in the shapes the phrase rules above do not take: misspelt
    # "subscribe" (which the folding cannot repair), "be my first subscriber", "sub back".
    Rule("subscriber_request", LABEL,
         r"\b(?:sucscrib|suscrib|subcrib|subscib|subsrib|susbcrib|subscrib(?:le|ee)\b|subscrib\b)\w*"
         r"|\b(?:become|be)\s+my\s+(?:first\s+|next\s+|\d+\w*\s+)?(?:subscriber|sub|follower|fan)\b"
         r"|\b(?:subscribe|sub)\s+back\b|\bsubscribers?\s+(?:please|pls|plz)\b|\bneed\s+(?:more\s+|some\s+)?subscribers\b"
         r"|\b(?:watch|view|like|comment|rate)\s*(?:,|and|&|\+|n)?\s*(?:(?:like|comment|share)\s*(?:,|and|&|\+|n)?\s*)?(?:subscribe|sub)\b"
         r"|\bsubscribe\s+to\s+(?:us|my|me)\b|\bsubscribe\s+(?:to\s+|on\s+)?(?:\+|me\b)|\bclick\s+(?:on\s+)?(?:the\s+)?subscribe\b"
         r"|\b(?:i(?:'ll|\s+will)|and\s+i(?:'ll)?)\s+(?:sub|subscribe)\b|\bmi\s+canal\b|\bfollow\s+me\s+(?:on\s+\w+\s+)?[@+]\w"
         r"|\b(?:need|want)\s+(?:more\s+)?(?:youtube\s+|yt\s+|instagram\s+|insta\s+|tiktok\s+)?(?:subscribers?|followers|views)\b"
         r"|\bif\s+(?:i|we)\s+(?:reach|get|hit)\s+\d+k?\s*(?:subs|subscribers|followers)\b|\b(?:i|we)\s+(?:just\s+)?(?:hit|reached|got)\s+(?:\d+k?|some)\s+(?:subs|subscribers)\b",
         0.75, unless=(r"\bnewsletter\b|\bmailing\s+list\b",), unless_penalty=0.4),
    # Engagement bait built on the comment itself ("like this comment if ...").
    Rule("like_this_comment", LABEL,
         r"(?:^\W*|[.!?]\s*|\b(?:please|pls|plz|guys|everyone|just|so|then)\s+)like\s+this\s+comment"
         r"|^\W*(?:like|sub|subscribe|share)\s+(?:please|pls|plz)\W*$"
         r"|\blike\s+this\s+comment\s+(?:if|for|please|pls|plz|so|then|of|to|and|or|because|cause|cuz|cos)\b"
         r"|(?:^|[.!?]\s*|\b(?:please|pls|plz|guys|everyone|just|and)\s+)like\s+(?:this|my)\s+(?:page|pic|photo|post)\b"
         r"|\bhow\s+many\s+(?:people\s+)?(?:likes?|thumbs\s+up)\s+(?:can|for|will|does|do|would|this)\b"
         r"|\bhow\s+many\s+(?:people\s+)?(?:will\s+|can\s+|would\s+)?like\s+this\s+comment\b",
         0.7),
    # Artists and channels describing themselves to find an audience.
    Rule("audience_seeking", LABEL,
         r"\btrying\s+to\s+(?:get|gain|grow|build)\s+(?:some\s+|more\s+|a\s+little\s+)?(?:exposure|views|subs|subscribers|followers|fans|famous|known)\b"
         r"|\b(?:a|an)\s+(?:\d+\s*(?:yr|year)s?\s*old\s+|upcoming\s+|up\s+and\s+coming\s+|aspiring\s+|unsigned\s+|independent\s+)+(?:rapper|singer|producer|youtuber|artist|musician|mc|dj)\b"
         r"|\b(?:my|our)\s+(?:new\s+|latest\s+|first\s+)?(?:remix(?:es)?|mixtape|freestyle|rap\s+video|music\s+video)\b"
         r"|\blinks?\s+(?:is\s+)?in\s+(?:my|our)\s+(?:profile|description|about)\b",
         0.75),
    # Round 3 (YouTube shapes that generalise): self-promotion pointed at someone's channel,
    # covers and "take a second to watch", requests to share the writer's own video, a
    # quoted title to search for, follow-for-follow, a subscribe call ending a comment and
    # crypto wallet addresses. School words or a question lower the promotion rules: the
    # school's own channel and a parent's question are not spam.
    Rule("channel_pointer", LABEL,
         r"\bcheck(?:ing)?\s+out\s+(?:his|her|their|this|that|these)\s+(?:(?:new|awesome|amazing|great|cool|small|little)\s+)?"
         r"(?:you\s?tube\s+|you\[tube\]\s+|yt\s+)?(?:channel|chanel|rapper|rap|singer|artist|band|producer)\b"
         r"|\b(?:to|visit|into|withing|within)\s+my\s+(?:youtube\s+|yt\s+)?(?:channel|chanel)\b"
         r"|\b(?:pl[ei]+[sz]+e?|pls|plz)\s+(?:\w+\s+){0,2}my\s+(?:youtube\s+|yt\s+)?(?:channel|chanel)\b"
         r"|\b(?:i|we)\s+(?:did|made|recorded|uploaded|just\s+did|just\s+made)\s+(?:a|my|our|some)\s+(?:own\s+|new\s+|quick\s+)?(?:covers?|remix(?:es)?|parody|parodies|version)\b"
         r"|\b(?:take|takes|spare)\s+(?:\d|one|a|just\s+(?:\d|one|a))\s+(?:second|sec|minute|min|moment)s?\s+(?:and|to)\s+(?:watch|check|listen|look|subscribe|sub|visit|like)\b"
         # (asked for, not told: "the next person that shares my vid", "whoever shared my video")
         r"|(?<!\bthat\s)(?<!\bwho\s)(?<!\bwhoever\s)(?<!\bperson\s)(?<!\bstop\s)(?<!\bdon't\s)(?<!\bdont\s)(?<!\bkeeps\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bpeople\s)"
         r"\b(?:share|shares|sharing)\s+(?:my|our)\s+(?:new\s+)?(?:video|vid|song|channel|music|track|page)\b"
         r"|\bcheck\s+out\s+my\s+[^.!?]{0,30}?\b(?:cover|remix|rap|song|track|beat|mixtape)s?\b"
         r"|\bwould\s+(?:love|appreciate|mean\s+(?:a\s+lot|the\s+world|so\s+much))\s+(?:it\s+)?(?:to\s+me\s+)?if\s+(?:you|u|y'?all|people|you\s+guys|you\s+all)\s+(?:\w+\s+)?"
         r"(?:checked|watched|listened|subscribed|subbed|gave\s+(?:it|me|us|them)\s+a)\b"
         r"|\b(?:just\s+)?(?:uploaded|posted|dropped|released|put\s+out)\s+(?:a\s+|my\s+|our\s+)?(?:brand\s+)?(?:new|first|latest|debut)\s+(?:video|vid|song|track|single|ep|album|mixtape|cover|episode|vlog)\b"
         r"|\b(?:likes|comments|subs|views|shares)\s*(?:n|and|&|\+|,)\s*(?:comments|likes|subs|shares|views)\s+(?:are\s+|would\s+be\s+)?(?:very\s+much\s+|much\s+|greatly\s+|really\s+)?appreciated\b"
         r"|\b(?:like|likes)\s*(?:&|and|n|\+)\s*share\s+(?:my|our|this)\s+(?:page|video|channel)\b"
         r"|\b(?:i|we)\s+make\s+(?:\w+\s+){0,2}(?:chiptunes|8\s?bit\s+music|instrumentals|dubstep|edm|trap|hip\s?hop)\b"
         r"|\b(?:looking\s+for|want|need)\s+(?:some\s+)?(?:new|good|fresh)\s+music\b[^.!?]{0,40}\b(?:check\s+out|listen\s+to|search|look\s+up)\b",
         0.75, unless=(r"\?(?:\s|$)|\b(?:school|class|pta|assembly|teachers?|mrs?|miss|ms|year\s+\d+|reception|nursery|choir|concert|nativity"
                       r"|governors|talent\s+show|parents?|pupils?|children|kids|son|daughter)\b",), unless_penalty=0.45),
    # Follower apps only: "add me on snap" to a child is private contact, the safeguarding
    # detector's to judge, not an advert.
    Rule("social_handle", LABEL,
         r"\b(?:follow|check)\s+(?:me\s+on\s+|my\s+)(?:instagram|insta|ig|twitter|tiktok|twitch)\b"
         r"|\bmy\s+(?:instagram|insta|ig|twitter|tiktok|twitch)(?:\s+(?:name|username|handle|account))?\s*(?:is\b|:|@)"
         r"|\b(?:small|new|tiny|upcoming|aspiring|growing)\s+(?:youtuber|streamer|content\s+creator|youtube\s+channel|rapper)\b"
         r"|\b(?:small|upcoming|aspiring|struggling|unsigned|independent|indie)\s+(?:artist|singer|musician|producer|creator|songwriter)\b"
         r"|\b(?:check|watch|visit|see|sub\s+to|subscribe\s+to)\s+(?:out\s+)?mine\s+(?:too|as\s+well|out|please|pls|plz|back)\b"
         r"|\b(?:read|see|check|visit|look\s+at|view)\s+(?:out\s+)?my\s+(?:profile|bio|about\s+page)\b"
         r"|\blike\s+my\s+comment\b(?!\s+(?:above|below|earlier))|\bif\s+this\s+(?:comment\s+)?gets\s+\d[\d,]*\s*k?\s+likes\b"
         r"|\b(?:everyone|anyone|whoever|people)\s+who\s+likes?\s+this\s+(?:comment|post)\b",
         0.75, view="text", unless=(r"\?\s*$|\b(?:school|pta|class|teachers?|choir|concert|nativity)\b",), unless_penalty=0.45),
    # The writer admits the comment is an advert ("sorry for the spam, but ..."); a parent's
    # "sorry for the spam of questions" is followed by no "but".
    # "Would you mind listening to my music?": a request about the writer's own work is
    # promotion even when it ends in a question mark (school words still lower it).
    Rule("listen_to_mine", LABEL,
         r"\b(?:checking|listening\s+to|watching|subscribing\s+to|having\s+a\s+(?:look|listen)\s+(?:at|to))\s+(?:out\s+)?(?:my|our)\s+(?:[\w-]+\s+){0,2}?"
         r"(?:channel|music|songs?|covers?|tracks?|mixtape|raps?|beats|remix(?:es)?)\b",
         0.75, unless=(r"\b(?:school|class|pta|assembly|teachers?|choir|concert|nativity|son|daughter|child|kids)\b",), unless_penalty=0.45),
    # A channel's own news announced to draw viewers: "new vid up, go watch", "my channel is
    # called FlickByFinn", "sub to find out", "next goal 1k, you know what to do" (the
    # school's channel announcing its videos names the school: school words lower it)
    Rule("channel_announcement", LABEL,
         r"\bnew\s+(?:vid|video|upload|stream|episode|ep|vlog|short|reel)s?\s+(?:is\s+|are\s+|just\s+)?(?:up|out|live|dropped)\b[^.?]{0,20}\b(?:go|come|pls|please|now)\b"
         r"|\bmy\s+(?:youtube\s+|yt\s+|twitch\s+|tiktok\s+|gaming\s+)?(?:channel|stream|page)\s+(?:is\s+)?(?:called|named)\b"
         r"|\b(?:sub|subscribe|follow)\s+(?:to\s+)?(?:find\s+out|see\s+(?:more|how|what|why|it)|watch\s+(?:more|it|the\s+rest))\b"
         r"|\bnext\s+(?:goal|target|stop)\s*(?:is\s+|:\s*)?\d+\s?k?\s*(?:subs|subscribers|followers)?\b[^.!?]{0,30}\b(?:you\s+know\s+what\s+to\s+do|help|sub|subscribe)"
         r"|\b(?:hit|reached|passed)\s+\d[\d,.]*\s?k?\s+(?:subs|subscribers|followers)\b[^.!?]{0,60}\bnext\s+(?:goal|target|stop)"
         # the writer's own new upload sent for: "go watch my new fortnite montage" (not a
         # child's or a relative's: "go watch my son's race on the school video")
         r"|\b(?:go|come|pls|please)\s+(?:and\s+)?(?:watch|see|check\s+out)\s+my\s+(?:new|latest|newest|first)\s+"
         r"(?!(?:\w+\s+)?(?:son|daughter|kid|child|boy|girl|niece|nephew|grandson|granddaughter|sister|brother)\b)(?:\w+\s+){0,2}"
         r"(?:vid|video|montage|edit|stream|upload|short|reel|vlog|clip|track|song|episode)s?\b",
         0.75, unless=(r"\b(?:school|pta|class|assembly|teachers?|choir|concert|nativity|newsletter)(?:'s)?\s+(?:channel|page|video|vid|youtube)\b",),
         unless_penalty=0.45),
    Rule("confessed_promotion", LABEL,
         r"\bsorry\s+(?:for|about|to)\s+(?:the\s+|this\s+|my\s+)?(?:spam|spamming|advertising|advertise|advert|self[\s-]?promo\w*|promot\w*|plug\w*)\s*(?:,|but\b|!|\.\.)"
         r"|\b(?:don'?t|do\s+not|didn'?t)\s+(?:mean|want)\s+to\s+(?:spam|advertise|self[\s-]?promote|promote)\b"
         r"|\bshameless\s+(?:self[\s-]?)?(?:promo\w*|plug)\b|\bself[\s-]?promo(?:tion)?\s*(?::|but\b|alert|time)",
         0.75),
    # the same with the parts spaced or dotted apart ("s.u.b.4.s.u.b", "sub - 4 - sub",
    # "follow_4_follow"): the loose view joins spaced letters but keeps the dots between them
    Rule("follow_for_follow_spaced", LABEL,
         r"\b(?:s[\s.*_-]?u[\s.*_-]?b|f[\s.*_-]?o[\s.*_-]?l[\s.*_-]?l[\s.*_-]?o[\s.*_-]?w|l[\s.*_-]?i[\s.*_-]?k[\s.*_-]?e)"
         r"\s*[.*_-]?\s*4\s*[.*_-]?\s*(?:s[\s.*_-]?u[\s.*_-]?b|f[\s.*_-]?o[\s.*_-]?l[\s.*_-]?l[\s.*_-]?o[\s.*_-]?w|l[\s.*_-]?i[\s.*_-]?k[\s.*_-]?e)\b",
         0.8),
    Rule("follow_for_follow", LABEL,
         r"\bfollow\s*(?:4|for)\s*follow\b|\blike\s*(?:4|for)\s*like\b|\bsub(?:scribe)?\s*(?:4|for)\s*sub(?:scribe)?\b|\bfollow\s+me\s+(?:on\s+\w+\s+)?(?:at\s+)?[@+]\s?\w",
         0.8, view="text"),
    Rule("search_title", LABEL,
         r"\b(?:search|google)\s+(?:for\s+)?[\"“”'](?=[^\"“”']{3,60}[\"“”'])",
         0.6, view="text", unless=(r"\b(?:school|class|pta|teachers?|governors|ofsted|council|nhs)\b",), unless_penalty=0.3),
    Rule("trailing_subscribe", LABEL,
         r"\bsub(?:scribe|cribe|scribed\s+me|\s+me)[\s!.:)(]*$|\bsuscribe[\s!.:)(]*$",
         0.7, unless=(r"\?|\bnewsletter\b|\bmailing\b|\b(?:school|pta|class|choir|how\s+(?:do|can)\s+i)\b",), unless_penalty=0.45),
    Rule("crypto_address", LABEL,
         r"\b(?:bitcoins?|btc|wallet|crypto|ethereum|usdt)\b[^.!?]{0,60}?\b(?=[a-z0-9]*[a-z])(?:[13][a-z0-9]{25,34}|bc1[a-z0-9]{20,60}|0x[0-9a-f]{40})\b",
         0.8, view="text"),
    # a token pumped: a ticker or a swap site with the pitch of getting in before it rises
    # ("$SCHOOLCOIN just launched ... get in early before the moon"); not "the moon" told
    Rule("token_pump", LABEL,
         r"(?:\$[a-z]{3,12}\b|\b(?:pancakeswap|uniswap|raydium|pump\.fun|meme\s?coins?|presale|airdrop))[^.!?]{0,60}?"
         r"\b(?:launch\w*|moon\w*|pump\w*|100x|1000x|get\s+in\s+(?:early|now|before)|ape\s+in|don'?t\s+miss\s+out)\b",
         0.8, view="text"),
    Rule("views_push", LABEL,
         r"\b(?:share|spread|post|repost)\s+(?:this|the|his|her)\s+(?:video|vid|song)\b[^?]{0,80}?\b(?:views|vote|beat|record|billion|million|award|chart|number\s+one)\b"
         r"|\b(?:need|needs|must\s+have|let'?s\s+(?:get|make|help)|help\s+(?:him|her|them|it|this)\s+(?:get|reach|hit)|to\s+reach)\s+(?:\w+\s+){0,3}?\d[\d.,]*\s*(?:k|m|million|billion)?\s+(?:more\s+)?(?:views|likes|subscribers)\b"
         r"|\b(?:share|shares)\b[^.?]{0,30}\bto\s+vote\b"
         r"|\b(?:need|needs|want)\s+(?:\w+\s+){0,3}?(?:likes|votes|views|shares)\s+(?:on|for)\s+(?:my|our|this)\b"
         r"|\b(?:please|pls|plz|everyone|everybody|guys)\s+vote\b[^?]{0,60}?\b(?:ema|emas|vma|vmas|mtv|awards?|contest|competition|poll)\b",
         0.7, view="text", unless=(r"\b(?:school|pta|class|teachers?|mrs?|miss|governors|fundrais\w*|charity)\b",), unless_penalty=0.45),
    Rule("obfuscated_link", LABEL,
         r"\b[a-z0-9][a-z0-9-]{2,}\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*(?:com|net|org|co|uk|io|xyz|example|info|biz|me|ly|tk|ru|site|online|shop|store|tv|gg|app|club|vip|cc)\b"
         # "pimpmyviews. com": a domain broken by a space (not a mail provider being named)
         r"|\b(?!(?:g|hot)?mail\.|yahoo\.|outlook\.|icloud\.|aol\.|live\.|btinternet\.)[a-z0-9][a-z0-9-]{3,}\.\s(?:com|net|org)\b"
         # "examplegame . com/play": spaces around the dot, with a path; "youtu be/<id>"
         r"|\b[a-z0-9][a-z0-9-]{3,}\s+\.\s*(?:com|net|org)/\w|\byoutu\s+be/\w"
         # "w w w . pension-refund . example . com", "heritage . example . co . uk": a host
         # of several parts each set apart by spaced dots; "b i t . l y / x": a shortener
         # spelt out (the loose view joins the letters: "bit ly hbfight")
         r"|\b(?:w{1,3}\s+\.\s+)?[a-z0-9][a-z0-9-]{2,}\s+\.\s+[a-z0-9][a-z0-9-]{1,}\s+\.\s+(?:com|net|org|co|uk|io|info|biz)\b"
         r"|\bw{1,3}\s+\.\s+[a-z0-9][a-z0-9-]{2,}\s*\.\s*(?:com|net|org|co|uk|io|info|biz)\b"
         r"|\b(?:(?:bit|cutt|ow)\s?\.?\sly|goo\s?\.?\sgl|tiny\s?url\s?\.?\scom)\s*/?\s*[a-z0-9]{3,}\b",
         0.7, context=_PROMO_CONTEXT, context_boost=0.15),
    Rule("search_pointer", LABEL,
         r"\b(?:google\s+it|search\s+(?:on\s+)?(?:google|youtube|insta|tiktok)\s+for|just\s+(?:type|search|google)\s+(?:in|for)?"
         r"|(?:website|site|page)\s+(?:link\s+)?is\s*:|on\s+(?:his|their|her|my|our)\s+(?:own\s+)?(?:website|web\s+site|blog)\b)",
         0.6, context=(r"\b(?:free|video|money|secret|trick|system|method|tips?|earn|quid|profit|guide)\b",), context_boost=0.2,
         unless=(r"\b(?:the\s+school|school'?s|pta|council|nhs|academy|trust)\b",)),
    # The grey market of games: rank boosting, cheap game currency, cut-price keys, cheats
    # ("valorant rank boosting", "13500 v-bucks for £30", "steam keys half price",
    # "undetected aimbot"): against the games' terms and a common scam, so spam as well as
    # trade
    Rule("game_grey_market", LABEL,
         r"\b(?:(?:rank|elo|account|acc)\s+boost(?:ing|s)?|boost(?:ing)?\s+(?:service|any\s+rank|to\s+(?:gold|plat\w*|diamond|champ\w*|master|predator))"
         r"|(?:cheap|discount(?:ed)?|half\s+price)\s+(?:fifa\s+|fc\s+|fut\s+)?(?:v-?bucks|vbux|robux|coins?|coin\s+bundles?|gems|keys|steam\s+keys|game\s+keys)"
         r"|\d[\d,.]*\s*(?:k|mil|million|m)?\s+(?:v-?bucks|vbux|robux|coins|gems)\s+(?:for|4)\s+(?:only\s+|just\s+)?[£$\d]"
         r"|(?:v-?bucks|vbux|robux|coins|gems)\s+\d[\d,.]*\s*(?:k|mil|million|m)?\s+(?:for|4)\s+(?:only\s+|just\s+)?[£$\d]"
         r"|(?:steam|game|cd)\s+keys?\s+(?:half\s+price|cheap|for\s+£|from\s+£|\d+\s?%\s+off)"
         r"|(?:undetected|private)\s+(?:aimbots?|wall\s?hacks?|cheats?|hacks?|mod\s+menus?)|(?:aimbots?|wall\s?hacks?|mod\s+menus?)\s+(?:for|and)\b)",
         0.8),
    Rule("gambling", LABEL,
         r"\b(?:bookies|bookmakers?|betfair|wagers?|betting\s+(?:tips|system|site|secrets?)|matched\s+betting|online\s+casino|casino\s+bonus"
         r"|free\s+spins|free\s+bets?|jackpot|slots?\s+(?:site|bonus)|sure\s+bets?|fixed\s+matches)\b",
         # "their dad was in the bookies for ages": a place someone was, told
         # ("a flat above the bookies", "the bench behind the bookies": places too)
         0.75, unless=(r"\b(?:in|at|outside|from|to|into|down|above|behind|near|by|next\s+to|opposite|over|past|round|beside)\s+(?:the\s+)?(?:bookies|bookmakers)\b",)),
    # A cure sold for a disability or condition ("reverse ADHD naturally", "calms meltdowns",
    # "unlocks speech in 10 days"): the claim alone is what parents discuss ("there is no
    # cure for autism"), so it is said only beside a product, a guarantee or a way to buy.
    Rule("miracle_cure", LABEL,
         r"\b(?:(?:cures?|cured|curing|reverses?|reversed|reversing|heals?|healed|healing|unlocks?|unlocked|calms?|calmed|stops?|ends?"
         r"|gets?\s+rid\s+of|detox(?:es)?|treats?)\s+(?:(?:your|ur|their|the|his|her|a|child'?s|kids?'?|all|those|out|naturally|severe)\s+){0,3}"
         r"(?:autism|autistic\s+traits|adhd|asd|meltdowns?|speech|tics|epilepsy|seizures|dyslexia|dyspraxia|cerebral\s+palsy|non[\s-]?verbal|sensory\s+issues)"
         r"|(?:autism|adhd|asd|meltdowns?|dyslexia)\s+(?:naturally|fast|for\s+good|in\s+\d+\s+(?:days|weeks))"
         r"|(?:calmer|happier|talking|speaking|focused)\s+(?:child|kid)\s+in\s+\d+\s+(?:days|weeks)"
         r"|(?:miracle|natural|wonder|secret)\s+cures?\s+(?:for\s+)?(?:autism|adhd|asd|meltdowns?|dyslexia|epilepsy|tics|anxiety))\b",
         0.35, context=(r"\b(?:our|my)\s+(?:\w+\s+){0,2}(?:tonic|drops|oils?|technique|method|protocol|programme|program|remedy|remedies|supplements?"
                        r"|formula|gummies|course|clinic|products?|tea|spray|coaching|sessions?)\b|\bguaranteed\b|\bno\s+meds\b|£|\bwhatsapp\b"
                        r"|\b(?:message|msg|dm|pm|inbox)\s+(?:me|us|4|for)\b|\blink\b|\border\b|\bprices?\b|\bbuy\b|\bshop\b|\bbook\s+now\b"
                        r"|\b(?:drops|tonic|oil|gummies|supplements?)\s+(?:4|for)\b",),
         context_boost=0.45,
         unless=(r"\b(?:no|not\s+a|isn'?t\s+a|there'?s\s+no)\s+cure\b|\bscam\b|\bbeware\b|\bdon'?t\s+(?:buy|fall)\b|\breport(?:ed)?\b",),
         unless_penalty=0.45),
    # Someone else's income told to sell the scheme ("my friend's wife earns 4000 dollars a
    # month ... from home on a PC"): a parent's talk of a wage has no home, PC or survey.
    Rule("income_claim", LABEL,
         r"\b(?:earns|earned|makes|made|gets|got)\s+(?:over\s+|about\s+|around\s+)?(?:£|\$)?\s?\d[\d,]*k?\s*(?:£|\$|pounds|dollars|usd|gbp)?\s*(?:a|per|every|each|this|last|in\s+(?:a|one))\s+(?:day|week|month)\b",
         0.35, context=(r"\b(?:from\s+home|at\s+home|online|on\s+(?:a|the|her|his|my)\s+(?:pc|laptop|computer|phone)|surveys?|internet|part\s+time\s+from"
                        # the claim as a pitch: "crypto ... made 3k in a week, dm me to learn"
                        r"|crypto|bitcoin|forex|trading|(?:dm|pm|inbox|message)\s+me\s+(?:to\s+learn|for\s+(?:details|info)|how))\b",),
         context_boost=0.45),
    # Likes or votes asked for a picture or an entry elsewhere: "im in this contest where i
    # need a lot of likes ... please if you could like this picture" (not a school's
    # "we need votes for our school in the eco competition")
    Rule("like_request", LABEL,
         r"\b(?:please|pls|plz)\s+(?:\w+\s+){0,4}?(?:like|vote\s+for)\s+(?:this|my)\s+(?:picture|pic|photo|video|entry|drawing|design)\b"
         r"|\bi\s+need\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|more\s+|some\s+)?(?:likes|views)\s+(?:to|on|so)\b",
         0.75),
    # Premium-rate texts: "150p/text", "£1.50/msg", "@ one gbp/sms", "text stop to stop"
    Rule("premium_rate", LABEL,
         r"\b(?:\d+p|(?:£|gbp\s?)\d+(?:\.\d\d)?|(?:one|two|three)\s+gbp|\d+(?:\.\d\d)?\s?gbp)\s*/\s*(?:text|txt|msg|sms|min|minute|call|wk|week)\b"
         r"|\b(?:text|txt|send|reply)\s+stop\s+to\s+(?:stop|end|opt\s?out|unsubscribe)\b",
         0.8),
    # (a profile pointer for a named trade purpose, a job, a vote or a donation, is the
    # commercial detector's: see _TRADE_POINTER)
    Rule("adult_or_dating_spam", LABEL,
         r"\b(?:hot\s+singles|meet\s+singles|dating\s+site|(?:18|adult)\s*\+?\s+(?:content|videos?|chat)|webcam\s+girls"
         r"|see\s+my\s+(?:profile|pics)\s+(?:for|if)|check\s+my\s+bio|link\s+in\s+(?:my\s+)?bio"
         # (someone's sugar daddy told: "her 'sugar daddy' pays her rent" is a disclosure)
         r"|(?<!\bher\s)(?<!\bher\s')(?<!\bhis\s)(?<!\bhis\s')(?<!\btheir\s)(?<!\btheir\s')(?<!\bhas\sa\s)(?<!\bgot\sa\s)sugar\s+(?:daddy|daddies|mummy|mommy|baby|babies)|(?:lovely|lonely|sexy|hot|horny|naughty|cute)\s+(?:girl|lady|woman|girls|ladies)\s+(?:talk|chat|call|text|waiting|here|looking)|see\s+my\s+(?:private|secret|spicy|other|backup|vip)\s+(?:page|account|profile|story|snap)|18\s*\+\s+only|(?:weekly|monthly)\s+allowance|someone\s+to\s+spoil"
         r"|(?:click|tap|watch|see|link)\b[^.]{0,30}\buncensored|uncensored\s+(?:video|vids?|pics|photos|footage|version|clip)\s+(?:here|in\s+(?:my\s+)?bio|link|below)"
         # (the writer, or a sentence opening with it: "my dad is a widower looking for a kind
         # lady" is a joke about him)
         r"|(?:(?:i'?m|i\s+am|im)\s+(?:a\s+)?(?:\w+\s+)?|(?:^|[.!?]\s*))(?:widow(?:er)?|divorced|single\s+(?:dad|man|father|mum|woman))\b[^.]{0,40}\blooking\s+for\s+(?:an?\s+)?(?:kind|nice|caring|good|lovely|honest|god-?fearing|serious|beautiful)\s+(?:lady|woman|man|gentleman|wife|husband|partner|companion)"
         r"|looking\s+for\s+(?:a\s+)?(?:discreet|no\s+strings)"
         # pictures held out on the writer's own profile: "spicy pics on my profile"
         r"|(?:hot|spicy|naughty|sexy|nude|private|xxx)\s+(?:pics|photos|vids|videos|content|snaps)\b[^.]{0,20}\b(?:on|in|at)\s+my\s+(?:profile|bio|page|account)"
         # "a powerful spell caster", "how I got my ex back"
         r"|(?:powerful\s+|great\s+|genuine\s+)?spell\s?casters?|love\s+spells?|(?:get|got|getting|bring|brought)\s+(?:my|your|ur|his|her)\s+ex\s+back)\b",
         0.85, unless=(_TRADE_POINTER,)),
)

#: "school" as the school's own activity, for the concepts' vetoes: not when it only says
#: where or for whom ("outside the school", "while the kids were at school", "school mums
#: discount", "pick up from the school gate", "half what the school charges")
SCHOOL_WORD = (
    # (school shoes and bags are goods anyone sells: "summer sale on school shoes")
    r"school(?!\s+(?:mums?|mams?|dads?|parents|gates?|runs?|pick\s?ups?|drop\s?offs?|charges|account|accounts|hours|holidays?|leavers"
    r"|shoes|bags|backpacks|jumpers|trousers|skirts|coats)\b)"
    r"(?<!at\sschool)(?<!outside\sthe\sschool)(?<!outside\sschool)(?<!near\sthe\sschool)(?<!after\sschool)(?<!before\sschool)"
    # "can take your kids from school": the place children are collected from
    r"(?<!from\sschool)(?<!from\sthe\sschool)"
    # a trader placed by it: "local to the school", "next to the school"
    r"(?<!local\sto\sthe\sschool)(?<!close\sto\sthe\sschool)(?<!next\sto\sthe\sschool)"
    # the school as a place or a rival seller: "2 minutes from this school", "cheaper than
    # the school's supplier", a trade "for schools and clubs"
    r"(?<!from\sthis\sschool)(?<!near\sthis\sschool)(?<!from\syour\sschool)(?<!near\syour\sschool)(?<!than\sthe\sschool)"
    r"(?!(?<=for\sschool)s\b)"
    # a trade's own school: "a local driving school", "her dance school"
    r"(?<!driving\sschool)(?<!dance\sschool)(?<!drama\sschool)(?<!stage\sschool)(?<!riding\sschool)(?<!music\sschool)(?<!swim\sschool)"
)

# Word lists read together (see classifiers.rules.ConceptSet).
CONCEPTS: dict[str, str] = {
    "my_content": r"my\s+(?:(?:son|daughter|nephew|niece|brother|sister|cousin|mate|friend|bro|boyfriend|girlfriend|uncle)'?s\s+)?(?:new\s+|latest\s+|first\s+)?(?:song|single|track|album|video|vid|vlog|channel|music|mixtape|stream|streams|podcast|art|edits?|covers?|blog|tiktoks?"
                  r"|playlist|raps?|beats|remix(?:es)?|instrumentals?)|our\s+(?:new\s+)?channel",
    "consume": r"watch|listen|stream|check|follow|sub|subscribe|like|share|link\s+below|link\s+in|out\s+now|is\s+out|view|go\s+see"
               r"|look\s+up|search|give\s+(?:it|us|me)|spotify|apple\s+music|itunes|soundcloud|released|dropped|available\s+on",
    # the school's own channel, page or performance: a parent or pupil pointing at it
    "school_own": r"school|pta|class|teachers?|assembly|concert|choir|nativity|pupils|students|kids|children|lads|year\s+\d+|reception|nursery",
    "follow_back": r"follow\s+back|follow\s+for\s+follow|f4f|l4l|like\s+for\s+like|i\s+follow\s+(?:everyone|every\s+one|all)\s+back|follow\s+me\s+(?:and|&)\s+i",
    "prize": r"win|wins|winner|winning|chance\s+to\s+win|prize|vouchers?|gift\s?cards?|giveaway|give\s?away|giving\s+away|free\s+\w+",
    # "like" only as the ask ("like and share", "like this post"): "they breed like rabbits
    # and then expect free school meals" is no giveaway
    # a parent passing on their own things: "free to a good home, outgrown jumpers, just comment"
    "hand_me_down": r"free\s+to\s+(?:a\s+)?good\s+home|outgrown|hand-?me-?downs?|pre-?loved|grown\s+out\s+of|(?:bring|drop)\s+(?:it|them)\s+(?:to|at|round)"
                    r"|collect(?:ion)?\s+from\s+(?:mine|my\s+house|the\s+gate)",
    "coercion": r"unless|or\s+else|threaten\w*|blackmail\w*|sextort\w*|nudes?|if\s+(?:i|u|you)\s+(?:don'?t|dont|do\s+not)\s+(?:send|pay)",
    "engage": r"like\s+(?:and|&|\+|n|or)\s+(?:share|comment|follow|subscribe|tag|retweet|repost)|like\s+(?:this|the|my|our)\s+(?:post|page|video|vid|comment|photo|pic|reel|tweet)"
              r"|likes|like\s+to\s+(?:win|enter)|share|comment|tag|follow|repost|retweet|subscribe",
    "cheat": r"generator|(?:robux|v-?bucks|coins|gems|diamonds|skins|roblox|fortnite|minecraft|game|games|account|accounts|instagram|insta|snapchat|snap|wifi|pubg|gta|cod)\s+hacks?"
             r"|hacks?\s+(?:for|tool|tools|apk|download|link|menu)|no\s+survey|no\s+verification|unlimited|mod\s+apk|free\s+(?:skins|coins|gems|robux|v-?bucks|diamonds|followers)",
    # a soldier on a peace mission is the scam; "my son wants to be a soldier" is not
    "romance": r"(?:us|u\.s\.?|american|un)\s+(?:army|soldier|navy|marine)|soldier\s+(?:on|serving|deployed|stationed|in\s+(?:syria|afghanistan|iraq|yemen|kabul))"
               # (the writer a widow or widower: "the widower next door" is a neighbour)
               r"|deployed|peacekeeping|(?:i'?m|i\s+am|im)\s+(?:a\s+)?(?:\w+\s+)?widow(?:er)?|hi\s+dear|hello\s+dear|dear\s+friend"
               r"|want\s+to\s+be\s+your\s+friend|(?:i'?m|im|i\s+am|i\s+feel|so)\s+(?:so\s+|very\s+|really\s+)?lonely|(?:local|hot|lonely)\s+singles|lonely\s+(?:tonight|hearts?|wives|women|ladies|men|guys)|looking\s+for\s+(?:love|a\s+wife|a\s+husband|friendship)",
    "crypto": r"\d+\s?%\s+(?:returns?|profits?)|(?:returns?|profits?)\s+every\s+(?:day|week|month)|bitcoin|btc|crypto|forex|binary|invest\w*|trading|trader|nft|ethereum|usdt|mining|savings\s+doubled|doubled\s+my",
    # "I was scammed until I found @someone, they got my money back": recovery scams
    "recovery": r"scammed|recover(?:ed|y|s)?|got\s+(?:my|all\s+my|our)\s+(?:money|funds|savings|account)\s+back|hacked\s+(?:account|page|profile)"
                r"|lost\s+(?:my\s+|all\s+my\s+)?(?:money|funds|savings|bitcoin|crypto)",
    "testimonial": r"changed\s+my\s+life|my\s+life\s+has\s+changed|debt\s+free|god\s+bless\s+(?:her|him|them)|message\s+(?:him|her|them)|\d+\s?%\s+(?:returns?|profits?|interest|every|a\s+week|weekly|daily)|returns?\s+every\s+\w+|guaranteed\s+(?:returns?|profits?)|thanks\s+to|contact\s+(?:him|her|them)|whatsapp|telegram|mr\.?\s+\w+|mrs\.?\s+\w+|recommend|account\s+manager|doubled|tripled",
    # every word here is long enough for the shared literal scan, so a comment with none
    # of them skips the list unread (a bare "$5" would need a search of every comment)
    "earn": r"earn|earning|earned|income|money|cash|(?:get|getting|be|got)\s+paid|(?:£|\$)\s?\d+\s*(?:a|per|every)\s+(?:day|week|hour|month)"
            r"|(?:made|making|make|makes)\s+(?:over\s+|about\s+)?(?:£|\$)\s?\d[\d,]*k?"
            # a daily or weekly sum promised: "£300 daily", "$500 weekly"
            r"|(?:(?<=£)|(?<=£\s)|(?<=\$)|(?<=\$\s))\d[\d,]*\s*(?:daily|weekly)",
    "easy_work": r"(?<!\bmy\s)(?<!\bour\s)(?<!\bher\s)(?<!\bhis\s)remote\s+(?:jobs?|work|roles?|positions?)|from\s+home|spare\s+time|no\s+experience|part\s+time|online|your\s+phone|per\s+day|a\s+day|a\s+week|inbox\s+me|dm\s+me|ask\s+me\s+how"
                 r"|(?:my|your|a)\s+laptop|message\s+me|pm\s+me|whatsapp\s+me",
    # money raised for a cause or the school: fundraising, the commercial detector's to judge
    "fundraising": rf"rais(?:e|es|ed|ing)|fund\s?rais\w*|sponsor\w*|donat\w+|charity|bake\s+sale|pta|{SCHOOL_WORD}",
    # money that went to or from someone, told ("she's been sending money to someone online",
    # "no money for the electric"): a worry or a disclosure, not an offer
    "money_told": r"no\s+questions\s+asked|(?:drop(?:ping)?|deliver(?:ing)?|carry(?:ing)?|run(?:ning)?|hold(?:ing)?)\s+(?:\w+\s+)?(?:parcels|packages|packets|bags|packs)\s+for\s+(?:me|us|him|them)"
                  r"|(?:dinner|lunch|trip|school|pocket)\s+money|top(?:ped|ping)?\s+up|parent\s?pay"
                  # money kept, not made: "one meal a day 'to save money'"
                  r"|sav(?:e|es|ed|ing)\s+(?:\w+\s+)?money"
                  r"|no\s+money|sen(?:d|ds|ding|t)\s+(?:him|her|them|me|us|some|the)?\s*(?:money|cash)|(?:sent|sending|gave|given)\s+(?:him|her|them|my|our)\s+(?:\w+\s+)?(?:money|cash)"
                  # money demanded with a threat (sextortion: "now he wants money or he'll post
                  # it") and sexual exploitation told ("earn loads doing cam stuff"): the
                  # safeguarding detector's, no money-making pitch
                  r"|(?:wants?|wanted|asking\s+for|asked\s+for|demand\w*)\s+(?:\w+\s+)?(?:money|cash|£\s?\d+)\s+or\b"
                  r"|(?:web)?cam\s+(?:stuff|work|shows?|sites?|girl|boy)|camming|only\s?fans",
    # a scam named as one, by someone warning others ("are scammers kids, don't click")
    "warning": r"scammers?|scams|fake|don'?t\s+click|do\s+not\s+click|beware|nearly\s+clicked"
               # the scam reported by someone who saw it ("reported the account that keeps ...")
               r"|(?:reported|reporting|flagged)\s+(?:the|this|that|an?|these|those)\s+(?:accounts?|comments?|pages?|profiles?|users?|links?|posts?)",
    # documents forged or exam answers sold, and the informal agents of families far from
    # home (money sent abroad, visas, flights): "fake ids, scannable", "doctor letter any
    # date", "we know the 11+ answers", "money transfer to poland no fee", "visa help 100%"
    "forgery": r"fake\s+(?:ids?|id\s+cards?|sick\s+notes?|doctors?\s+(?:notes?|letters?)|passports?|licen[cs]es?|certificates?|degrees?|payslips?|documents?|visas?|reviews)"
               r"|scannable|holograms?|(?:notes?|letters?)\s+(?:for\s+)?any\s+date|(?:exam|test|11\s?\+?|eleven\s+plus|gcse|sats|citizenship|theory\s+test)\s+(?:answers|papers)"
               r"|(?:answers|papers)\s+before\s+(?:the\s+)?exams?|pass\s+guaranteed|guaranteed\s+pass|no\s+test\s+(?:needed|required)"
               r"|money\s+transfers?|transfer\s+money|send\s+money\s+(?:to|home|abroad)|western\s+union|moneygram|better\s+rates?\s+than\s+(?:the\s+|any\s+|your\s+)?banks?"
               r"|no\s+transfer\s+fees?|cheap\s+flights|visa\s+(?:help|guarantee|services?|agent)|(?:licen[cs]e|visa)\s+exchange"
               r"|(?:cousin|friend|brother|uncle)\s+is\s+(?:an?\s+)?(?:travel\s+|visa\s+|money\s+)?agent(?!\s+for)|\w+\s+agent\s+here",
    # how the buyer reaches the seller
    "sell_contact": r"£|\$|€|dm|pm|inbox|message|msg|whatsapp|telegram|snap|snapchat|snap\s+me|ask\s+me\s+how|delivered|delivery|paypal|contact|hmu|text\s+me"
                    r"|come\s+to\s+my\s+(?:house|place|shop|flat)|price|prices|cash",
    # forgery told, not sold: "got caught with a fake id", "police took his fake ids"
    "forgery_told": r"caught|police|confiscat\w*|arrested|report\w*|scam|scams|scammers?|beware|warning|don'?t\s+(?:buy|use|fall)|got\s+(?:one|them|it)\s+off"
                    r"|used|using|furious|worried|found|(?:my|our|his|her)\s+(?:son|daughter|kids?|child|lad|girl|boy)",
    "profile_bait": r"who\s+viewed\s+your\s+profile|see\s+who\s+(?:viewed|stalks|looked)|profile\s+viewers|who\s+unfollowed",
    # money asked for straight into a bank account, no platform or charity between: a sort
    # code, bank details, "my own account" (a payment page such as paypal or a crowdfunding
    # link is a personal appeal, the commercial detector's)
    "private_route": r"sort\s+codes?|bank\s+details|account\s+(?:details|number)|bank\s+transfer|(?:my|our)\s+(?:own\s+|personal\s+)(?:account|bank\s+account|bank)",
    # a request to give, put as a plea ("anything helps", "whatever you can", "every penny
    # counts") or as money sent ("send money to", "raising money for myself")
    # money asked of a job seeker before any work: "pay the £45 admin fee to secure your
    # interview", "a £30 guaranteed interview package" (the recruiter pays, never the applicant)
    "upfront_fee": r"(?:admin|administration|registration|processing|training|onboarding|uniform|vetting|placement|booking|application)\s+(?:fee|charge|cost)s?"
                   r"|pay\s+(?:the\s+|a\s+|an\s+|just\s+|only\s+|us\s+)?£\s?\d+|guaranteed\s+(?:interview|job|placement|position|role)s?",
    "job_seek": r"interviews?|shortlist\w*|applicants?|job\s*seekers?|applications?|job\s+offers?|placements?|(?:your|the)\s+(?:new\s+)?(?:job|role|position)|start\s+date|candidates?",
    # a fee told by one who paid or was refunded, or who says no one should pay: a worry
    "fee_told": r"refund\w*|reimburs\w*|(?:paid|covered)\s+by\s+(?:the\s+)?(?:school|academy|trust|council|employer)|(?:never|don'?t|do\s+not|shouldn'?t|won'?t)\s+(?:ever\s+)?(?:pay|ask|charge)|had\s+to\s+pay|did\s+(?:you|anyone)|i\s+paid",
    "give_plea": r"anything\s+helps|whatever\s+you\s+can|what\s+you\s+can|any\s+amount|every\s+(?:penny|pound|little|bit)\s+(?:counts|helps)"
                 r"|send\s+(?:money|cash|whatever|anything|donations?)|rais(?:e|ing)\s+money\s+for\s+(?:myself|me|my\s+own)|not\s+a\s+(?:registered\s+)?charity"
                 r"|organised\s+by\s+me|please\s+(?:help|support|give|donate)|help\s+me\s+(?:raise|reach|get|move)",
}
COMBINATIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...], float], ...] = (
    ("self_promotion", ("my_content", "consume"), ("school_own",), 0.7),
    ("follow_back", ("follow_back",), (), 0.75),
    # "they'll share a video of him unless he pays in gift cards" is sextortion, not a giveaway
    ("prize_for_engagement", ("prize", "engage"), ("coercion", "hand_me_down"), 0.7),
    ("cheat_generator", ("cheat",), ("warning",), 0.8),
    # "would love to chat with some of the students, im 34 and lonely" is grooming, not a scam
    ("romance_scam", ("romance",), ("school_own",), 0.7),
    ("crypto_testimonial", ("crypto", "testimonial"), (), 0.75),
    ("recovery_testimonial", ("recovery", "testimonial"), ("school_own",), 0.75),
    ("easy_money", ("earn", "easy_work"), ("fundraising", "money_told"), 0.7),
    ("profile_bait", ("profile_bait",), (), 0.8),
    ("forged_goods", ("forgery", "sell_contact"), ("forgery_told", "money_told"), 0.75),
    # a plea for money paid straight to a private account ("anything helps, cashapp ...",
    # "send whatever you can to my paypal"): a collection no one can check (a warning about
    # one, or the school's own collection, is not)
    ("private_collection", ("private_route", "give_plea"), ("warning", "money_told"), 0.7),
    # a fee demanded of a job seeker for an interview or a place: a recruitment scam
    ("job_fee_scam", ("upfront_fee", "job_seek"), ("warning", "fee_told", "fundraising"), 0.75),
)
CORE = ("my_content", "follow_back", "prize", "cheat", "romance", "crypto", "earn", "profile_bait", "recovery", "forgery", "private_route", "upfront_fee")

def fast_word_starts(pattern: str) -> str:
    """``pattern`` with each leading ``\\b`` moved behind the literal word it guards.

    ``\\bcheck\\s+out`` and ``check(?<!\\wcheck)\\s+out`` match the same text at the same
    places (the word boundary before a word character only says the character before it is
    not one), but Python's engine scans for a literal prefix many times faster than it
    tries a boundary at every position: about 0.1 against 0.9 microseconds per comment for
    each alternative. Top-level alternatives whose branches do not all begin with a literal
    word keep their boundary. The rule engine splits the result into the same alternatives,
    in the same order, as the original.
    """
    return "|".join(_fast_alternative(alt) for alt in split_alternatives(pattern))


def _fast_alternative(alternative: str) -> str:
    if not alternative.startswith("\\b"):
        return alternative
    body = _fast_branch(alternative[2:])
    return alternative if body is None else body


def _fast_branches(body: str) -> str | None:
    branches = [_fast_branch(b) for b in split_top_level(body)]
    return None if any(b is None for b in branches) else "|".join(branches)  # type: ignore[misc]


def _fast_branch(branch: str) -> str | None:
    if branch.startswith("(?:"):
        close = _closing(branch)
        if close is None or branch[close + 1 : close + 2] in ("?", "*", "{", "+"):
            return None
        inner = _fast_branches(branch[3:close])
        return None if inner is None else f"(?:{inner}){branch[close + 1:]}"
    if branch.startswith("\\d+"):
        # a number: "\\b\\d+" is a digit with no word character before it, then more digits
        return f"\\d(?<!\\w\\d)\\d*{branch[3:]}"
    word = _WORD_RUN.match(branch)
    if word is None:
        return None
    end = word.end()
    if branch[end : end + 1] in ("?", "*", "{"):
        end -= 1  # the last letter is optional: the word guarded stops before it
    if end <= 0:
        return None
    literal = branch[:end]
    return f"{literal}(?<!\\w{literal}){branch[end:]}"


_WORD_RUN = re.compile(r"[a-z0-9]+")


def _closing(text: str) -> int | None:
    """Index of the ``)`` closing the group that opens ``text``."""
    return next((i for i, ch, depth in regex_structure(text) if ch == ")" and depth == 0), None)


_SHORTENERS = frozenset(
    "bit.ly tinyurl.com goo.gl t.co is.gd ow.ly rb.gy cutt.ly shorturl.at tiny.cc buff.ly "
    "adf.ly bl.ink t.ly v.gd s.id linktr.ee lnkd.in rebrand.ly".split()
)
_BAD_SUFFIXES = frozenset("xyz top ru tk ml ga cf gq click link loan win bid icu buzz cyou rest".split())
_TLDS = ("com|net|org|co\\.uk|uk|ly|gl|gd|io|xyz|top|ru|tk|ml|ga|cf|gq|info|biz|click|link|site|online|me|be|co|us|to|cc"
         "|pl|ro|de|fr|es|nl|br|au|ca|eu|tv|fm|pw|ws"
         "|example|shop|store")
_URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"')]+|(?<![@\w.\-])[a-z0-9][a-z0-9\-]{{1,62}}(?:\.[a-z0-9\-]{{1,62}})*\.(?:{_TLDS})(?:/[^\s<>\"')]*)?(?![a-z0-9.])"
)
# A cheap test that must pass before the URL regex runs: every match of _URL starts with
# a scheme or "www." or contains ".<tld>" followed by neither a letter, a digit nor a dot
# (the path, if any, begins with "/"), so this finds every comment _URL would.
#: an e-mail address's "@" or "at" just before a domain, and a word saying an address follows
#: ("jo.brown at example.com": a dotted name before "at" is a mailbox's, "visit us at" a site's)
_ADDRESS_BEFORE = re.compile(r"(?:[\w.]\s*(?P<sign>@)|(?<![\w.])(?P<local>[\w.]+)\s+at|\((?:at|@)\)|\[(?:at|@)\])\s*\Z")
_EMAIL_WORD = re.compile(r"\be-?mail")
_LINK_HINT = re.compile(rf"https?://|www\.|\.(?:{_TLDS})(?![a-z0-9.])")
_PROMO = re.compile(_PROMO_CONTEXT[0])
#: hosts of schools and public bodies (the public-suffix list treats every "*.sch.uk" as a
#: suffix of its own, so the host name is read, not the registered domain)
_PUBLIC_HOST = re.compile(r"(?:^|\.)(?:sch|gov|nhs|ac|police|parliament|mod)\.uk$|(?:^|\.)nhs\.net$")
_WORD = re.compile(r"[a-z]{2,}")
#: where writers host what they promote: music, merchandise, apps, paid link pages and
#: pay-per-post networks (a link to one is promotion unless the comment is about school)
_PROMOTION_DOMAINS = frozenset(
    "soundcloud.com reverbnation.com bandcamp.com mixcloud.com audiomack.com datpiff.com hearthis.at "
    "teespring.com redbubble.com spreadshirt.com zazzle.com cafepress.com linkbucks.com shorte.st adfoc.us "
    "ouo.io bubblews.com tsu.co fiverr.com onlyfans.com twitch.tv".split()
)
_PROMOTION_HOSTS = frozenset("play.google.com apps.apple.com itunes.apple.com music.apple.com".split())
#: sites people cite (news, reference, video sharing): a link there with no promotion
#: words around it is a parent sharing something, not an advert
_REFERENCE_DOMAINS = frozenset(
    "youtube.com youtu.be bbc.co.uk bbc.com wikipedia.org theguardian.com independent.co.uk "
    "telegraph.co.uk thetimes.co.uk sky.com itv.com channel4.com news.sky.com manchestereveningnews.co.uk "
    "google.com google.co.uk forms.gle office.com microsoft.com sharepoint.com eventbrite.co.uk eventbrite.com".split()
)
#: the comment is about the school: a link in it is information
_SCHOOL_WORDS = re.compile(
    r"\b(?:school|class|pta|newsletter|assembly|teachers?|mrs?|miss|ms|year\s+\d+|reception|nursery|governors|term"
    r"|uniform|sports\s+day|fair|fete|trip|choir|concert|nativity|club|parents?|pupils?|children|kids|son|daughter"
    r"|council|consultation|form|survey|lost|found|homework|reading|phonics|ofsted|holiday|dates)\b"
)
#: promotion words that only count next to a link on a comment not about the school
#: clickbait beside a link, school words or not: "watch the full video of the school fight
#: here", "is this your school?? look what they're hiding", "click here to write off your debts"
_CLICKBAIT = re.compile(
    r"\b(?:full\s+(?:video|vid|clip|footage)|you\s+won'?t\s+believe|look\s+what|what\s+(?:they|he|she)(?:'re|\s+are|\s+were)?\s+(?:hiding|did|said)"
    r"|is\s+this\s+(?:your|ur)\s+(?:school|kid|child|son|daughter|teacher)|click\s+(?:here|the\s+link|below|now)|shocking|exposed|leaked"
    r"|scandal|write\s+off|debts?|caught\s+on\s+camera)\b"
)
_LINK_PROMO = re.compile(
    r"\b(?:watch|listen|vote|download|discover|song|songs|mix|trailer|album|music|rap|remix|cover|check\s+(?:this|it)"
    r"|like\s+(?:this|my|our|the)\s+(?:page|pic|photo|post|video))\b|\bhere\s*:"
)
#: petitions, fundraising and donation pages: the commercial detector's to judge
_CAUSE_DOMAINS = frozenset(
    "change.org gofundme.com justgiving.com kickstarter.com indiegogo.com crowdfunder.co.uk patreon.com "
    "ko-fi.com paypal.me buymeacoffee.com".split()
)
_CAUSE = re.compile(r"\b(?:petition|donat\w+|sponsor\w*|fundrais\w+|crowdfund\w*)\b")
#: a bare "word.be" (no scheme, "www." or path) whose suffix is also an English word
_RUN_ON = re.compile(r"[a-z0-9\-]+\.(?:be|me|to|us|in|it|so|at|no|my|go|is|am|do)")
#: "sent via example.com": the sending service's signature, not the writer's link
_SIGNATURE = re.compile(r"\b(?:sent|posted|shared)\s+(?:via|from|with|using)\s+(?:https?://)?(?:www\.)?$")
# (an Amazon associate's "tag=name-20" / "-21" pays the writer too)
_REFERRAL = re.compile(r"[?&#](?:ref|ref_id|refid|aff|aff_id|affiliate|referral|referrer|friend|invite)=|[?&]tag=[a-z0-9-]+-2\d(?![a-z0-9])")
_COMMERCE = re.compile(
    r"£\s?\d|\bsell(?:ing)?\b|\bbook\s+(?:at|now|online|here|via)\b|\blessons?\b|\btutor\w*|\bprices?\b|\d+\s?%\s+off|\bmy\s+(?:shop|store|etsy)\b"
)


_AT_BEFORE = re.compile(r"(?:@|\bat|[\[\(\{<]\s*at\s*[\]\)\}>])\s*$")
#: a place to go or to act, before "at": "order at ...", "sign up at ...", "enter your
#: email at ...", "find us at ...": a website, not a mailbox's local part
_SITE_AT = re.compile(r"\b(?:order|orders|buy|shop|book|visit|apply|register|join|up|us|online|now|here|today|more|it|them"
                      r"|(?:your|ur)\s+(?:e-?mail|details|name|number))\s+at\s*$")


def _not_an_address(rule: Rule, m: re.Match[str], view: Any) -> bool:
    # "sarah at example dot com" is an e-mail address (personal_info), not a link
    if rule.name == "obfuscated_link":
        before = view.text[max(0, m.start() - 40):m.start()]
        return _AT_BEFORE.search(before) is None or _SITE_AT.search(before) is not None
    return True


#: rules that promote a channel, page or performance: when the comment names one of the
#: school's own allow phrases ("subscribe to the Oakfield PTA channel") it is the school's
#: own promotion, not spam; scams, links and phishing are judged whatever they name
_PROMOTION_RULES = frozenset({
    "channel_self_promotion", "asks_for_subscribers", "check_out_promotion", "subscriber_request", "social_handle",
    "like_this_comment", "audience_seeking", "channel_pointer", "confessed_promotion", "listen_to_mine", "trailing_subscribe", "views_push",
    "concepts:self_promotion",
})


def _own_promotion_cleared(found: list[Detection], loose: str, phrases: tuple[str, ...]) -> list[Detection]:
    named = next((p for p in phrases if re.search(rf"(?<![a-z0-9]){re.escape(p)}(?![a-z0-9])", loose)), None)
    if named is None:
        return found
    # keep the reason visible at score 0, as the commercial detector does
    return [
        Detection(d.label, 0.0, replace(d.explanation, adjustments=d.explanation.adjustments + (
            f"-{d.score:.2f} school's own phrase {named!r}",)))
        if d.explanation.rule in _PROMOTION_RULES else d
        for d in found
    ]


def _child_offer_detection(folded: Any, offer: re.Match[str], audience: re.Match[str]) -> Detection:
    start = min(offer.start(), audience.start())
    end = max(offer.end(), audience.end())
    o_start, o_end = folded.loose.to_original(start, end)
    return Detection("safeguarding", _CHILD_OFFER_SCORE, Explanation(
        "spam", CHILD_OFFER_RULE, o_start, o_end, folded.original[o_start:o_end],
        (f"offer {quoted(offer.group(0))} aimed at children {quoted(audience.group(0))}",)))


class SpamDetector:
    name = "spam"
    version = "1.2"

    def __init__(self) -> None:
        rules = tuple(replace(r, pattern=fast_word_starts(r.pattern)) for r in RULES)
        self.rules = RuleSet(self.name, rules)
        # Only the obfuscated-link rule needs each match vetted (an e-mail address is not a
        # link); every rule takes its first match with a plain search, and this rule alone
        # is run again, match by match, on the few comments where it found something.
        self.link_rules = RuleSet(self.name, tuple(r for r in rules if r.name == "obfuscated_link"))
        self.concepts = ConceptSet(self.name, LABEL, CONCEPTS, COMBINATIONS, CORE, window=90)
        # The bundled public-suffix snapshot only: no fetch, no cache directory.
        self.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        self.extract("example.com")  # load the snapshot now, not on the first comment

    def detect(self, doc: Any) -> list[Detection]:
        folded = doc._.folded
        found = self.rules.run(folded)
        if any(d.explanation.rule == "obfuscated_link" for d in found):
            found = [d for d in found if d.explanation.rule != "obfuscated_link"]
            found.extend(self.link_rules.run(folded, accept=_not_an_address))
        if not found or max(d.score for d in found) < 0.7:
            found.extend(self.concepts.run(folded))
        text = folded.text
        if _LINK_HINT.search(text) is not None:
            found.extend(self._links(folded))
        offer = child_offer(folded.loose.text)
        if offer is not None:
            found.append(_child_offer_detection(folded, *offer))
        if found:
            context = doc._.context
            phrases = context.folded_allow_phrases if context is not None else ()
            if phrases:
                return _own_promotion_cleared(found, folded.loose.text, phrases)
        return found

    def _links(self, folded: Any) -> list[Detection]:
        text = folded.text
        links = []
        for m in _URL.finditer(text):
            url = m.group(0)
            if _RUN_ON.fullmatch(url):
                # "ur reply.Be frank": a full stop with no space before a word, not a link
                continue
            before = _ADDRESS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is not None and (before.group("sign") or _EMAIL_WORD.search(text, 0, m.start())
                                       or "." in (before.group("local") or "")):
                # the domain of an e-mail address, spaced or spelled out: contact details
                # (the personal-information detector's), not a link
                continue
            host = re.sub(r"^(?:https?://)?", "", url).split("/", 1)[0]
            parts = self.extract(host)
            domain, suffix = parts.domain, parts.suffix
            if not suffix or not domain:
                labels = [p for p in host.split(".") if p and p != "www"]
                if len(labels) < 2:
                    continue
                # reserved or unlisted suffix (".example", ".test"): still a link
                domain, suffix = labels[-2], labels[-1]
            links.append((m, domain, suffix, _PUBLIC_HOST.search(host) is not None))
        if not links:
            return []
        out = []
        domains = {f"{d}.{x}" for _, d, x, _ in links}
        first, domain, suffix, _ = links[0]
        start, end = folded.to_original(*first.span())
        registered = f"{domain}.{suffix}"
        adjustments: list[str] = []
        if all(public for *_, public in links):
            # a school, council, NHS or government page: what a parent links to in a question
            score, rule = 0.2, "public_sector_link"
            adjustments.append(f"domain {registered}")
        elif any(_REFERRAL.search(link[0].group(0)) for link in links):
            # a referral or affiliate code pays the writer for every click
            score, rule = 0.8, "referral_link"
            adjustments.append("referral code in the link")
        elif registered in _SHORTENERS or suffix in _BAD_SUFFIXES:
            score, rule = 0.8, "suspicious_link"
            adjustments.append(f"domain {registered}")
        elif len(links) >= 3 or len(domains) >= 2:
            score, rule = 0.75, "link_farming"
            adjustments.append(f"{len(links)} links, {len(domains)} domains")
        else:
            score, rule = 0.4, "link"
            loose = folded.loose.text
            around = _URL.sub(" ", text)
            host = first.group(0).split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
            if _CLICKBAIT.search(around):
                score += 0.3
                rule = "clickbait_link"
                adjustments.append("+0.30 clickbait beside the link")
            elif _COMMERCE.search(loose) or registered in _CAUSE_DOMAINS or _CAUSE.search(loose):
                # an advert for goods or lessons with its shop link is commercial, not spam
                adjustments.append("commercial wording: left to the commercial detector")
            elif _SCHOOL_WORDS.search(around):
                # a parent pointing at a form, a letter, the council or the school's app:
                # information, whatever words ("free", "money") sit beside it
                adjustments.append("school words around the link")
            elif _PROMO.search(loose):
                score += 0.3
                adjustments.append("+0.30 promotion words near a link")
            elif "?" in around:
                adjustments.append("a question beside the link")
            elif _SIGNATURE.search(text, 0, first.start()):
                adjustments.append("a sending service's signature")
            elif registered in _PROMOTION_DOMAINS or host in _PROMOTION_HOSTS:
                score, rule = 0.75, "promotion_platform_link"
                adjustments.append(f"music, merchandise, app or paid-link site ({host})")
            elif registered in _REFERENCE_DOMAINS:
                adjustments.append(f"a news, reference or video site ({registered})")
            elif _LINK_PROMO.search(around):
                score += 0.3
                adjustments.append("+0.30 promotion words near a link")
            elif len(_WORD.findall(around)) <= 2:
                # a link with next to nothing around it is dropped, not said
                score += 0.2
                rule = "bare_link"
                adjustments.append("+0.20 a link with at most two words around it")
            else:
                # a link nobody asked for on a post that is not about the school: enough to
                # put it in front of a person (the default policy reviews from 0.4 and
                # hides from 0.6), not enough to hide it
                score += 0.15
                rule = "unexplained_link"
                adjustments.append("+0.15 a link with nothing around it that explains it")
        out.append(Detection(LABEL, score, Explanation(
            self.name, rule, start, end, folded.original[start:end], tuple(adjustments))))
        return out
