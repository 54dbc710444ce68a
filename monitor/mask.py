"""Masking personal data in the excerpts that alerts, digests and logs show.

An alert must let a moderator judge a comment without spreading what the comment
exposed. :func:`mask_text` replaces the spans a detector already found (pupil names from
the verdict's ``personal_info`` explanations) and, as a second line of defence that does
not depend on the classifier, anything that looks like personal data: email addresses
(also written out as "name at gmail dot com"), a child's name next to a class, year or
age, phone numbers (libphonenumber, UK first, plus spelled-out or spaced digit runs), UK
postcodes, street addresses, long digit runs and dates that look like dates of birth.
The result is truncated to an excerpt.

Masking is deliberately greedy: a masked word too many in an alert costs nothing, a
phone number too many is a data breach.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import phonenumbers

__all__ = ["EXCERPT_CHARS", "find_personal_data", "mask_text"]

EXCERPT_CHARS = 280

# Placeholders name the kind of data so the moderator still understands the comment.
_EMAIL, _PHONE, _POSTCODE, _ADDRESS, _DATE, _NUMBER, _NAME, _PERSONAL = (
    "[email]",
    "[phone]",
    "[postcode]",
    "[address]",
    "[date]",
    "[number]",
    "[name]",
    "[personal info]",
)

_AT = r"(?:\s*@\s*|\s*[\(\[\{<]\s*at\s*[\)\]\}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*\.\s*|\s*[\(\[\{<]\s*dot\s*[\)\]\}>]\s*|\s+dot\s+)"
_PLAIN_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}\b", re.IGNORECASE)
# A written-out address ("jo at gmail dot com", "jo @ gmail . com") is only believed when
# it ends in a domain ending people actually use; otherwise "see you at school. Thanks"
# would read as one.
_EMAIL_TLDS = (
    "com net org uk co io me info biz edu gov sch ac ie us eu de fr es it nl online app email "
    "mail live icloud academy school"
).split()
_LOOSE_EMAIL_RE = re.compile(
    rf"[\w.+'-]+{_AT}[\w-]+(?:{_DOT}[\w-]+)*{_DOT}(?:{'|'.join(_EMAIL_TLDS)})\b",
    re.IGNORECASE,
)


def _email_spans(text: str) -> Iterable[tuple[int, int]]:
    for pattern in (_PLAIN_EMAIL_RE, _LOOSE_EMAIL_RE):
        for m in pattern.finditer(text):
            yield m.start(), m.end()


_POSTCODE_RE = re.compile(
    r"\b(?:GIR\s*0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2})\b", re.IGNORECASE
)

_STREET = (
    r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|grove|"
    r"place|pl|gardens|gdns|terrace|hill|park|row|walk|mews|square|sq|rise|view|green|parade"
)
# Street names must be capitalised: lower-case "2 hours to drive" or "3 in the park" is
# ordinary talk. Lower-case addresses are left to the classifier's personal_info spans.
_ADDRESS_RE = re.compile(
    rf"\b(?:(?i:flat)\s+\d+[a-zA-Z]?,?\s+)?\d{{1,4}}[a-zA-Z]?,?\s+(?:[A-Z][A-Za-z'-]*\s+){{1,3}}"
    rf"(?i:{_STREET})\b\.?"
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_RES = (
    # 03/05/2016, 3-5-16, 03.05.2016
    re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{4}|\d{2})\b"),
    # 2016-05-03
    re.compile(r"\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b"),
    # 3rd May 2016, 3 of May 2016
    re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?:19|20)\d{{2}}\b", re.I),
    # May 3rd, 2016
    re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b", re.I),
    # "born on 3rd May", "DOB 3 May", "date of birth: May 3" (no year, but the context says it)
    re.compile(
        rf"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birthday)(?:\s+(?:is|was|on|of)){{0,2}}\s*:?\s*"
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
        rf"|\d{{1,2}}\s*[/.-]\s*\d{{1,2}})\b",
        re.I,
    ),
)

# A child's name next to a class, year or age identifies a pupil ("Ruby Thompson in 4B",
# "Tom in Year 3", "Amelia Clarke, aged 7"). The classifier finds these too, with the
# school's roster; this is the fallback when its spans are missing.
_NOT_NAMES = (
    "All|Any|Anyone|Anybody|Everyone|Everybody|Someone|Somebody|Nobody|Children|Child|Kids|Pupils|"
    "Students|Parents|Girls|Boys|Teachers|Staff|Those|These|The|Our|My|Your|His|Her|Their|Well|"
    "Congratulations|Congrats|Thanks|Thank|Lunch|Homework|Sports|Everything|Nothing|"
    "Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Hello|Hi|Hey|Dear|Morning|Afternoon|Evening|Calling|Attention|"
    "Reminder|Today|Tomorrow|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    "Please|Sorry|Also|And|But|Go|Come|Good|Great|Brilliant|Amazing|Fantastic|Lovely|Proud|Love"
)
# Staff are named with a title ("Mrs Patel in Year 2"): that is not a pupil.
_AFTER_TITLE = r"(?<!Mr )(?<!Mrs )(?<!Ms )(?<!Mx )(?<!Dr )(?<!Miss )(?<!Sir )(?<!Mr\. )(?<!Mrs\. )(?<!Ms\. )(?<!Dr\. )"
_CLASS_REF = (
    r"(?:(?i:year|yr)\s*\d{1,2}\b|Y\d{1,2}\b|\d{1,2}[A-Z]{1,2}\b|(?i:class)\s+\w+|"
    r"[A-Z][a-z]+\s+(?i:class)\b|(?i:reception)\b|(?i:nursery)\b)"
)
_PUPIL_RE = re.compile(
    rf"{_AFTER_TITLE}\b(?!(?:{_NOT_NAMES})\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?"
    rf"(?=\s+(?:in|from)\s+{_CLASS_REF}|,\s*{_CLASS_REF}"
    r"|,?\s+(?:aged?\s+\d{1,2}\b|\(\d{1,2}\)|who\s+is\s+\d{1,2}\b|\d{1,2}\s+(?:years?|yrs?)\s+old\b))"
)

# Seven or more digits, possibly separated by single spaces, dots, dashes or brackets:
# catches "0 7 7 0 0 9 0 0 4 6 1", account and card numbers, and what libphonenumber skips.
_DIGIT_RUN_RE = re.compile(r"\+?(?:\d[\s.\-()]{0,2}){6,}\d")

_DIGIT_WORDS = r"zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|treble|triple"
# Five or more spelled-out digits (optionally mixed with real digits): "seven seven zero zero ..."
_SPELLED_RUN_RE = re.compile(
    rf"\b(?:(?:{_DIGIT_WORDS}|\d{{1,5}})[\s,.\-]+){{4,}}(?:{_DIGIT_WORDS}|\d{{1,5}})\b", re.IGNORECASE
)


def _phone_spans(text: str) -> Iterable[tuple[int, int]]:
    # POSSIBLE leniency: a fragment such as "07700 900461" must be masked even when
    # libphonenumber would not call it a fully valid, allocated number.
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE)
        for match in matcher:
            # Lenient matching also accepts years and prices; real numbers have 7+ digits.
            if sum(ch.isdigit() for ch in match.raw_string) >= 7:
                yield match.start, match.end
    except Exception:  # noqa: BLE001 - the digit-run rule below still covers numbers
        return


def find_personal_data(text: str) -> list[tuple[int, int, str]]:
    """Every span of ``text`` that looks like personal data, as (start, end, placeholder)."""
    found: list[tuple[int, int, str]] = []
    # Order matters for equal spans: the first kind found names the placeholder, so the
    # more specific kinds (a date is also a digit run) come first.
    for start, end in _email_spans(text):
        found.append((start, end, _EMAIL))
    for pattern in _DATE_RES:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), _DATE))
    for m in _POSTCODE_RE.finditer(text):
        found.append((m.start(), m.end(), _POSTCODE))
    for m in _ADDRESS_RE.finditer(text):
        found.append((m.start(), m.end(), _ADDRESS))
    for m in _PUPIL_RE.finditer(text):
        found.append((m.start(), m.end(), _NAME))
    for start, end in _phone_spans(text):
        found.append((start, end, _PHONE))
    for m in _SPELLED_RUN_RE.finditer(text):
        found.append((m.start(), m.end(), _PHONE))
    for m in _DIGIT_RUN_RE.finditer(text):
        found.append((m.start(), m.end(), _NUMBER))
    return found


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Merge overlapping spans; the earliest, then longest, span names the merged one."""
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            prev_start, prev_end, prev_label = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), prev_label)
        else:
            merged.append((start, end, label))
    return merged


def _truncate(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text[: max_chars - 1]
    # Never leave half a placeholder, and prefer a word boundary if one is close.
    bracket = cut.rfind("[")
    if bracket != -1 and "]" not in cut[bracket:]:
        cut = cut[:bracket]
    space = cut.rfind(" ")
    if space >= max_chars * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def mask_text(
    text: str | None,
    spans: Iterable[tuple[int, int] | list[int] | None] = (),
    *,
    max_chars: int | None = EXCERPT_CHARS,
) -> str:
    """Return ``text`` with ``spans`` and anything resembling personal data masked.

    ``spans`` are (start, end) offsets into ``text`` (as in the verdict's explanations);
    invalid or ``None`` spans are ignored. Masking happens before truncation so a number
    cut in half at the excerpt boundary cannot escape. ``max_chars=None`` keeps all text.
    """
    if not text:
        return ""
    # The classifier's spans come first so that, where both cover the same words, its
    # (more certain) placeholder is the one shown.
    found: list[tuple[int, int, str]] = []
    for span in spans:
        if not span or len(span) != 2 or span[0] is None or span[1] is None:
            continue
        start, end = max(0, int(span[0])), min(len(text), int(span[1]))
        if start < end:
            found.append((start, end, _PERSONAL))
    found.extend(find_personal_data(text))
    out: list[str] = []
    pos = 0
    for start, end, label in _merge(found):
        out.append(text[pos:start])
        out.append(label)
        pos = end
    out.append(text[pos:])
    masked = "".join(out)
    # Line breaks in excerpts break subject lines and chat formatting.
    masked = re.sub(r"\s*\n\s*", " / ", masked.strip())
    return _truncate(masked, max_chars) if max_chars else masked
