"""Evasion folding: one comment turned into the forms detectors match against.

People who want a comment to slip past a filter write ``sh1t``, ``F.U.C.K``, ``fuuuuck``,
Cyrillic ``а`` for Latin ``a``, full-width, mathematical, small-capital, enclosed
(``🅲🆄🆁🅴``, ``⒞``), regional-indicator or Canadian-syllabic letters, zero-width spaces,
"seven seven zero zero nine ..." for a phone number and "name at gmail dot com" for an
email address. :func:`fold` undoes all of that and keeps, for every folded character,
where it came from, so an explanation always points at a span of the *original* text.

A :class:`Folded` offers three views, each a :class:`View` with its own offset map:

``text`` / ``light``
    NFKC-compatible letters, accents stripped, look-alike letters mapped to Latin,
    case folded, invisible and control characters removed. Digits and punctuation are
    kept, so prices, dates and postcodes survive.
``loose``
    ``light`` plus leetspeak (``0 1 ! 3 4 @ $ 5 7`` inside words), letters separated by
    spaces, dots, stars or dashes joined (``f u c k`` -> ``fuck``) and runs of three or
    more repeated letters collapsed to one (``fuuuuck`` -> ``fuck``). Lexicon matching
    belongs here; fold a lexicon term with :func:`fold_term` to compare like with like.
``contact``
    ``light`` with spelled-out digits turned into digits ("seven seven zero ..." ->
    ``770...``, with "oh", "double" and "triple") and obfuscated e-mail addresses
    rewritten in canonical form (``name [at] example [dot] com`` -> ``name@example.com``).

The views are built lazily and plain-ASCII comments take a fast path with no per-character
work, because most comments are plain ASCII and nothing in them needs undoing.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

__all__ = ["Folded", "View", "fold", "fold_term"]

# Look-alike letters that NFKD leaves alone, keyed by the character *before* case folding
# (uppercase Greek eta looks like H, lowercase eta like n).
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "А": "a", "в": "b", "В": "b", "с": "c", "С": "c", "ԁ": "d", "е": "e", "Е": "e",
    "ё": "e", "Ё": "e", "һ": "h", "Н": "h", "н": "h", "і": "i", "І": "i", "ї": "i", "ј": "j",
    "Ј": "j", "к": "k", "К": "k", "м": "m", "М": "m", "о": "o", "О": "o", "р": "p", "Р": "p",
    "ԛ": "q", "г": "r", "ѕ": "s", "Ѕ": "s", "т": "t", "Т": "t", "у": "y", "У": "y", "х": "x",
    "Х": "x", "ү": "y", "Ү": "y", "ԝ": "w", "Ԝ": "w", "ш": "w", "п": "n", "и": "u", "л": "n",
    "З": "3", "з": "3", "б": "6", "Ь": "b", "ь": "b", "ո": "n", "ս": "u", "օ": "o", "ց": "g",
    # Greek
    "α": "a", "Α": "a", "β": "b", "Β": "b", "ε": "e", "Ε": "e", "Ζ": "z", "η": "n", "Η": "h",
    "ι": "i", "Ι": "i", "κ": "k", "Κ": "k", "Μ": "m", "ν": "v", "Ν": "n", "ο": "o", "Ο": "o",
    "ρ": "p", "Ρ": "p", "τ": "t", "Τ": "t", "υ": "u", "Υ": "y", "χ": "x", "Χ": "x", "ω": "w",
    "γ": "y", "σ": "o", "ς": "s", "Σ": "e", "μ": "u", "λ": "a", "δ": "d", "θ": "o",
    # Latin look-alikes and symbols NFKD does not fold
    "ı": "i", "ȷ": "j", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ƒ": "f", "ɡ": "g", "ɑ": "a",
    "ʀ": "r", "ʏ": "y", "ɪ": "i", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g",
    "ʜ": "h", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
    # Small capitals NFKD leaves alone (the common ones are above)
    "ꜰ": "f", "ꞯ": "q", "ᴃ": "b", "ᴆ": "d", "ᴌ": "l", "ᴎ": "n", "ᴙ": "r", "ᵻ": "i", "ᵾ": "u",
    "ᴁ": "ae", "ɶ": "oe",
    # Latin, Cyrillic and Armenian letters read as another Latin letter
    "ƅ": "b", "Ƅ": "b", "ғ": "f", "Ғ": "f", "ѵ": "v", "Ѵ": "v", "ӏ": "l", "Ӏ": "l", "қ": "k",
    "Қ": "k", "ҳ": "x", "Ҳ": "x", "ұ": "y", "Ұ": "y", "հ": "h", "ռ": "n",
    # Canadian syllabics from "fancy text" generators (ᗩᗷᑕᗪᗴᖴ...)
    "ᗩ": "a", "ᗅ": "a", "ᗷ": "b", "ᑲ": "b", "ᕲ": "b", "ᑕ": "c", "ᑢ": "c", "ᗪ": "d", "ᗞ": "d",
    "ᑯ": "d", "ᗴ": "e", "ᕮ": "e", "ᖴ": "f", "ᘜ": "g", "ᕼ": "h", "ᒍ": "j", "ᒚ": "j", "ᒪ": "l",
    "ᗰ": "m", "ᘻ": "m", "ᑎ": "n", "ᘉ": "n", "ᑭ": "p", "ᕵ": "p", "ᑫ": "q", "ᕴ": "q", "ᖇ": "r",
    "ᔕ": "s", "ᑌ": "u", "ᑘ": "u", "ᐯ": "v", "ᐺ": "v", "ᗯ": "w", "ᘺ": "w", "᙭": "x", "ᖻ": "y",
    "ᘔ": "z", "ᗱ": "z",
    # Cherokee capitals that copy Latin ones
    "Ꭺ": "a", "Ᏼ": "b", "Ꮯ": "c", "Ꭰ": "d", "Ꭼ": "e", "Ꮐ": "g", "Ꮋ": "h", "Ꭵ": "i", "Ꭻ": "j",
    "Ꮶ": "k", "Ꮮ": "l", "Ꮇ": "m", "Ꮲ": "p", "Ꭱ": "r", "Ꮢ": "r", "Ꮪ": "s", "Ꭲ": "t", "Ꮩ": "v",
    "Ꮃ": "w", "Ꮓ": "z",
    # Lisu capitals that copy Latin ones
    "ꓮ": "a", "ꓐ": "b", "ꓚ": "c", "ꓓ": "d", "ꓰ": "e", "ꓝ": "f", "ꓖ": "g", "ꓧ": "h", "ꓲ": "i",
    "ꓙ": "j", "ꓗ": "k", "ꓡ": "l", "ꓟ": "m", "ꓠ": "n", "ꓳ": "o", "ꓑ": "p", "ꓣ": "r", "ꓢ": "s",
    "ꓔ": "t", "ꓴ": "u", "ꓦ": "v", "ꓪ": "w", "ꓫ": "x", "ꓬ": "y", "ꓜ": "z",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u00a0": " ", "\u2022": "*", "£": "£",
}
# Enclosed Latin letters: negative circled (U+1F150), negative squared (U+1F170) and
# parenthesised (U+249C small, U+1F110 capital; NFKD would give "(a)", three characters
# where a reader sees one letter). Circled and squared letters already fold through NFKD.
for _first in (0x1F150, 0x1F170, 0x249C, 0x1F110):
    for _k in range(26):
        _CONFUSABLES[chr(_first + _k)] = chr(ord("a") + _k)
del _first, _k
_KEEP_WHITESPACE = frozenset("\t\n\r ")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """Fold one non-ASCII (or control) character; cached because comments reuse characters."""
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn", "Me") or (category == "Cc" and ch not in _KEEP_WHITESPACE):
        return ""  # zero-width, bidi, soft hyphen, combining accents, variation selectors
    if category == "Zs":
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        part = _CONFUSABLES.get(part, part)
        for low in part.casefold():
            if not unicodedata.combining(low):
                out.append(_CONFUSABLES.get(low, low))
    return "".join(out)


class View:
    """Folded text plus, per folded character, the original span it came from.

    ``starts[i]``/``ends[i]`` give the original ``[start, end)`` of folded character
    ``i``; both are ``None`` when the view is the identity (same length, same places).
    """

    __slots__ = ("text", "starts", "ends", "_n")

    def __init__(self, text: str, starts: list[int] | None, ends: list[int] | None, n: int):
        self.text = text
        self.starts = starts
        self.ends = ends
        self._n = n  # length of the original text

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded ``[start, end)`` span to the original text."""
        if self.starts is None or self.ends is None:
            return start, end
        if not self.text:
            return 0, 0
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"View({self.text!r})"


def _identity(text: str) -> View:
    return View(text, None, None, len(text))


def _rewrite(
    view: View,
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str | list[int] | list[int | tuple[int, str]]],
) -> View:
    """Apply a regex substitution to a view, keeping the offset map.

    ``repl`` returns either a replacement string or the list of positions (relative to
    the match) of the characters to keep, for deletions such as joining ``f.u.c.k``; a
    ``(position, char)`` entry puts ``char`` in place of the character at ``position``.
    Replacement characters of a different length inherit the whole span of the match they
    replace, so a span over them maps to the full original evidence.
    """
    text = view.text
    matches = [m for m in pattern.finditer(text)]
    if not matches:
        return view
    n = len(text)
    starts = view.starts if view.starts is not None else list(range(n))
    ends = view.ends if view.ends is not None else list(range(1, n + 1))
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for m in matches:
        a, b = m.span()
        replacement = repl(m)
        if replacement == m.group(0):
            continue
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        if isinstance(replacement, list):
            for k in replacement:
                char = None
                if isinstance(k, tuple):
                    k, char = k
                out.append(text[a + k] if char is None else char)
                new_starts.append(starts[a + k])
                new_ends.append(ends[a + k])
        elif replacement:
            if len(replacement) == b - a:
                # character for character (leetspeak): keep each character's own place
                new_starts.extend(starts[a:b])
                new_ends.extend(ends[a:b])
            else:
                s0, e0 = starts[a], ends[b - 1]
                new_starts.extend([s0] * len(replacement))
                new_ends.extend([e0] * len(replacement))
            out.append(replacement)
        pos = b
    if pos == 0 and not out:
        return view
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return View("".join(out), new_starts, new_ends, view._n)


# HTML left in platform text ("&#39;", "&quot;", "<br />"): decoded so patterns see the
# characters a reader sees.
_HTML = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});|<br\s*/?>")


def _html(m: re.Match[str]) -> str:
    token = m.group(0)
    if token.startswith("<"):
        return " "
    return html.unescape(token).lower()


def _light(original: str) -> View:
    view = _light_chars(original)
    if "&" in view.text or "<br" in view.text:
        view = _rewrite(view, _HTML, _html)
    return view


# Characters that are letters only in context. Regional indicator symbols (U+1F1E6-1F1FF)
# pair up into flags ("🇬🇧"); a lone one, or a run that does not split into flags, is read
# as letters ("🇫​🇷​🇪​🇪" with zero-width spaces, "🇸🇪🇽"). "¥" is a yen price ("¥500")
# unless a letter touches it ("¥ou").
_CONTEXTUAL = re.compile("[\U0001F1E6-\U0001F1FF¥]")
_REGIONAL_RUN = re.compile("[\U0001F1E6-\U0001F1FF]+")
_REGIONAL_A = 0x1F1E6


@lru_cache(maxsize=1)
def _flag_codes() -> frozenset[str]:
    """Two-letter codes that render as a flag: every region phonenumbers knows (ISO 3166)
    plus the flags of places without a telephone plan. Loaded only when a comment holds
    regional indicators."""
    from phonenumbers import SUPPORTED_REGIONS

    extra = "EU UN AQ BV HM TF UM GS PN CP DG EA IC TA XK"
    return frozenset(SUPPORTED_REGIONS) | frozenset(extra.split())


def _contextual(original: str) -> dict[int, str]:
    """Positions of context-dependent characters that read as letters here, with the letter."""
    letters: dict[int, str] = {}
    if "¥" in original:
        for i, ch in enumerate(original):
            if ch == "¥" and ((i > 0 and original[i - 1].isalpha())
                              or (i + 1 < len(original) and original[i + 1].isalpha())):
                letters[i] = "y"
    for run in _REGIONAL_RUN.finditer(original):
        codes = [chr(ord("a") + ord(c) - _REGIONAL_A) for c in run.group(0)]
        pairs = ["".join(codes[k:k + 2]).upper() for k in range(0, len(codes), 2)]
        if len(codes) % 2 == 0 and all(p in _flag_codes() for p in pairs):
            continue  # flags, as a reader sees them
        for k, letter in enumerate(codes):
            letters[run.start() + k] = letter
    return letters


def _light_chars(original: str) -> View:
    if original.isascii():
        if _ASCII_CONTROL.search(original) is None:
            return View(original.lower(), None, None, len(original))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    contextual = _contextual(original) if _CONTEXTUAL.search(original) is not None else None
    for i, ch in enumerate(original):
        if ch.isascii() and (ch >= " " or ch in _KEEP_WHITESPACE) and ch != "\x7f":
            out.append(ch.lower())
            starts.append(i)
            ends.append(i + 1)
            continue
        if contextual and i in contextual:
            folded = contextual[i]
        else:
            folded = _fold_char(ch)
        for f in folded:
            out.append(f)
            starts.append(i)
            ends.append(i + 1)
    text = "".join(out)
    if len(text) == len(original) and all(s == i for i, s in enumerate(starts)):
        return View(text, None, None, len(original))
    return View(text, starts, ends, len(original))


# --- loose view --------------------------------------------------------------------------

_LEET = {"0": "o", "1": "i", "!": "i", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s",
         "7": "t", "+": "t", "|": "l", "€": "e", "9": "g", "8": "b", "(": "c"}
# A word with at least one letter and at least one leet character. "!" and "(" only count
# inside a word (so "great!" stays "great!"), "@" not at the start (so "@OakfieldPrimary"
# stays a mention).
_LEET_WORD = re.compile(
    r"(?<![\w@$!|+€(])(?=[a-z0-9@$!|+€(]*[0-9@$!|+€(])(?=[a-z0-9@$!|+€(]*[a-z])[a-z0-9@$!|+€(]+"
)
_HAS_LEET = re.compile(r"[0-9@$!|+€(]")


# School shorthand that mixes letters and digits and is not leetspeak: "y6", "yr10",
# "ks2", "4b", "2nd", "10am", "m14" (postcode district), "5k", "3pm"; and numbers with
# their unit: "10hrs", "£13ph", "100m", "6wks", "32gb" (a job advert's hours are not "iohrs").
_NOT_LEET = re.compile(
    r"(?:y|yr|ks|u|p)\d{1,2}|\d+[a-z]|\d+(?:st|nd|rd|th|am|pm|yo|km|kg|kgs|mph|ml|hrs?|hours?|mins?|secs?|ph|pw|pcm|pa"
    r"|yrs?|wks?|mths?|ft|cm|mm|lbs?|oz|gb|mb|tb|mp|fps|ltr|cl|kw|kwh|pcs|ppl)"
)


#: what follows a "(" that a ")" closes before any other bracket opens
_CLOSED = re.compile(r"[^()]*\)")


def _leet_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if not _HAS_LEET.search(word):
        return word
    # Trailing "!" or "(" is punctuation, not a letter: "great!" stays "great!".
    core = word.rstrip("!|(+")
    tail = word[len(core):]
    if core.isalpha() or _NOT_LEET.fullmatch(core):
        return word
    if len(core) < 2:
        return word
    chars = []
    text, start = m.string, m.start()
    for idx, ch in enumerate(core):
        if ch == "@" and idx == 0 and len(core) > 5:
            chars.append(ch)  # a mention, not a letter
        elif ch == "(" and _CLOSED.match(text, start + idx + 1) is not None:
            chars.append(ch)  # a bracket that closes: "(school organised)", "child(ren)"
        else:
            chars.append(_LEET.get(ch, ch))
    return "".join(chars) + tail


# Single letters joined by separators: "f u c k", "F.U.C.K", "f*u*c*k", "💵L💵O💵A💵N💵S".
# The commonest gap inside a run separates letters; a different (usually wider) gap
# separates words, so "c h e c k  o u t" becomes "check out". Pictographs (emoji and
# dingbats) count as one kind of gap whichever picture is used, so "🔥F💰R🔥E💰E" joins.
_PICTOGRAPH = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF"
_SEP_CHARS = " .*-_~/,+|·•"
_SEP = f"[{re.escape(_SEP_CHARS)}{_PICTOGRAPH}]"
_SEPARATED = re.compile(
    rf"(?<![a-z0-9'])[a-z](?:{_SEP}{{1,4}}[a-z](?![a-z0-9']))+"
)
_GAP = re.compile(rf"{_SEP}+")
_PICTOGRAPHS = re.compile(rf"[{_PICTOGRAPH}]+")
_REPEATS = re.compile(r"([a-z])\1{2,}")


def _join_separated(m: re.Match[str]) -> str | list[int | tuple[int, str]]:
    run = m.group(0)
    gaps = [_PICTOGRAPHS.sub("\u2600", g.group(0)) for g in _GAP.finditer(run)]
    if len(gaps) < 2:
        return run  # two letters ("a b") are too little evidence of spelling out
    common = max(set(gaps), key=gaps.count)
    keep: list[int | tuple[int, str]] = []
    for g in _GAP.finditer(run):
        keep.append(g.start() - 1)  # the letter before this gap
        if _PICTOGRAPHS.sub("\u2600", g.group(0)) != common:
            keep.append((g.start(), " "))
    keep.append(len(run) - 1)
    return keep


# Spelled-out letters with leetspeak among them ("s h 0 0 t", "k.1.l.l"): single characters,
# letters or leet digits and symbols, separated by the same gap each time.
_LEET_SINGLES = "0134578@$"
# One gap throughout ("Theo W-h-i-t-a-k-e-r, 7, in Owl class" keeps its age).
_SEPARATED_LEET = re.compile(
    rf"(?<![a-z0-9'@$])[a-z{_LEET_SINGLES}]({_SEP}{{1,4}})[a-z{_LEET_SINGLES}](?:\1[a-z{_LEET_SINGLES}])*(?![a-z0-9'@$])"
)


#: words of three letters or more either side of a "4": the "for" of "sub4sub"
_FOUR_AS_FOR = re.compile(r"[a-z]{3,}(?:4[a-z]{3,})+")


#: words a number follows ("y e a r 8", "r o o m 1 2"): the digits after them stay digits
_TAKES_NUMBER = re.compile(r"(?:year|yr|class|room|set|group|form|age|aged|flat|house|number|no|unit|bus|route|block)$")


def _spelled_leet(m: re.Match[str]) -> str | list[int | tuple[int, str]]:
    """The leet characters of a spelled-out run made letters, so _SEPARATED joins the run.

    Only a run of at least four characters with at least two letters and no more leet
    characters than letters counts: "year 6 2 0 2 4" and "plan b 4 u" stay as they are.
    Digits closing the run after a word that takes a number stay a number: "y e a r 8" is
    "year 8", not "yearb".
    """
    run = m.group(0)
    stop = len(run)
    while stop > 0 and (run[stop - 1].isdigit() or run[stop - 1] in _SEP_CHARS):
        stop -= 1
    if not any(ch.isdigit() for ch in run[stop:]) or not _TAKES_NUMBER.search(
            "".join(_LEET.get(ch, ch) for ch in run[:stop] if ch.isalpha() or ch in _LEET_SINGLES)):
        stop = len(run)  # "l 0 s 3 r 5": the closing "5" is a letter
    singles = [ch for ch in run[:stop] if ch.isalpha() or ch in _LEET_SINGLES]
    letters = sum(ch.isalpha() for ch in singles)
    leet = len(singles) - letters
    if len(singles) < 4 or letters < 2 or not leet or leet > letters:
        return run
    spelled = "".join(singles)
    if _FOUR_AS_FOR.fullmatch(spelled):
        return run  # "f.o.l.l.o.w.4.f.o.l.l.o.w", "s u b 4 s u b": "4" is "for" here
    return [(i, _LEET[ch]) if ch in _LEET_SINGLES and i < stop else i for i, ch in enumerate(run)]


def _loose(light: View) -> View:
    view = light
    if _HAS_LEET.search(light.text) is not None:
        view = _rewrite(view, _SEPARATED_LEET, _spelled_leet)
        view = _rewrite(view, _LEET_WORD, _leet_word)
    view = _rewrite(view, _SEPARATED, _join_separated)
    view = _rewrite(view, _REPEATS, lambda m: [0])
    return view


# --- contact view ------------------------------------------------------------------------

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2",
    "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9",
}
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|o|\d)"
_MULT = r"(?:(?:double|treble|triple)[\s-]+)"
_DIGIT_TOKEN = rf"{_MULT}?(?:{_DIGIT_WORD}|\d+)"
_SPELLED_RUN = re.compile(
    rf"(?<![a-z0-9])(?:{_DIGIT_TOKEN})(?:[\s,.\-]+(?:{_DIGIT_TOKEN})){{4,}}(?![a-z0-9])"
)
_TOKEN = re.compile(rf"({_MULT})?([a-z]+|\d+)")


def _spelled_digits(m: re.Match[str]) -> str:
    text = m.group(0)
    if not re.search(r"[a-z]", text):
        return text  # plain digits: leave the spacing to phonenumbers
    words = 0
    out = []
    for tok in _TOKEN.finditer(text):
        mult, word = tok.group(1), tok.group(2)
        digit = word if word.isdigit() else _DIGIT_WORDS.get(word)
        if digit is None:
            return text
        if not word.isdigit():
            words += 1
        times = 1
        if mult:
            times = 2 if mult.startswith("double") else 3
        out.append(digit * times)
    digits = "".join(out)
    # a run needs real spelled words and enough digits to be a phone number fragment;
    # "one or two" in a sentence is not a number
    if words < 3 or len(digits) < 6:
        return text
    return digits


_AT = r"(?:\s*[\[\(\{<]\s*(?:at|@)\s*[\]\)\}>]\s*|\s+at\s+|\s*@\s*|\s+@\s+)"
_DOT = r"(?:\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*|\s+dot\s+|\.|\s*[·•∙]\s*)"
_TLD = r"(?:com|org|net|uk|co|edu|gov|io|me|info|biz|ie|us|ac|sch|tv|xyz|online|email|mail|live)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]*){_AT}([a-z0-9][a-z0-9-]*)((?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLD})(?![a-z0-9])"
)
_DOT_SPLIT = re.compile(_DOT)


_MAIL_HOSTS = frozenset(
    "gmail googlemail hotmail outlook yahoo ymail icloud me live msn aol btinternet sky "
    "virginmedia talktalk protonmail proton gmx mail example".split()
)
_NOT_LOCAL = frozenset(
    "now me us you them him her it this that here there home school look see meet be is are "
    "was us all one two me again online apply register book signup visit order buy shop vote donate join enter "
    "available giveaway prize prizes website site deals offer offers sale discount store link".split()
)


#: "on tiktok @sportsday.edits.uk": a handle after the platform's name, not an address
_PLATFORMS = frozenset("tiktok insta instagram ig snap snapchat sc twitter x telegram discord fb facebook youtube yt "
                       "threads twitch on follow add dm".split())


def _email(m: re.Match[str]) -> str:
    local, host, rest = m.group(1), m.group(2), m.group(3)
    whole = m.group(0)
    if local in _PLATFORMS:
        return whole  # "on tiktok @name.uk", "msg me on snap at name dot uk": a handle, not a mailbox
    if m.string[m.end():m.end() + 1] == "/":
        return whole  # "apply at example.com/jobs": a web address with a path, not a mailbox
    if "@" not in whole:
        # "... at ..." is ordinary English far more often than an address: only accept a
        # spelled-out "dot" / bracketed form or a well-known mail host.
        bracketed = re.search(r"[\[\(\{<]\s*(?:at|dot)", whole) is not None
        spelled_dot = re.search(r"\sdot\s", whole) is not None
        if local in _NOT_LOCAL or not (bracketed or spelled_dot or host in _MAIL_HOSTS):
            return whole
    labels = [p for p in _DOT_SPLIT.split(rest) if p]
    return f"{local}@{host}." + ".".join(labels)


# "o77oo 9oo 123": letters o, i and l standing in for 0 and 1 inside a run of digits.
_DIGITISH = re.compile(r"(?<![a-z0-9])(?=[o0-9il]*\d)[o0-9il]{3,}(?![a-z0-9])")
_TO_DIGIT = str.maketrans("oil", "011")


# "07700 • 900 • 461", "07700_900_461", "07700|900|461": symbols between digit groups
# that phonenumbers does not read as separators become one space.
_SEPARATOR_CHARS = frozenset("•·∙_|~*")
_DIGIT_SEPARATOR = re.compile(rf"(?<=\d)[ \t]*[{re.escape(''.join(sorted(_SEPARATOR_CHARS)))}]+[ \t]*(?=\d)")


# Cheap gates: each rewrite runs only when its ingredients are present.
_HAS_DIGIT = re.compile(r"\d")
_DIGIT_WORD_GATE = re.compile(
    r"\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b(?:[\s,.\-]+\S+){3}"
)
_AT_GATE = re.compile(r"@|\sat\s|[\[\(\{<]\s*at\s*[\]\)\}>]")


def _contact(light: View) -> View:
    view = light
    if _HAS_DIGIT.search(light.text) is not None:
        if any(c in light.text for c in "oil"):
            view = _rewrite(view, _DIGITISH, lambda m: m.group(0).translate(_TO_DIGIT))
        if not _SEPARATOR_CHARS.isdisjoint(view.text):
            view = _rewrite(view, _DIGIT_SEPARATOR, lambda m: " ")
    if _DIGIT_WORD_GATE.search(view.text) is not None:
        view = _rewrite(view, _SPELLED_RUN, _spelled_digits)
    text = view.text
    # every form _AT_GATE finds holds "@" or "at"; most comments have neither
    if ("@" in text or "at" in text) and _AT_GATE.search(text) is not None:
        view = _rewrite(view, _OBFUSCATED_EMAIL, _email)
    return view


class _view_once:
    """A view built on first access and kept in the instance's ``__dict__`` (which then
    answers every later access): :func:`functools.cached_property` without the lock it
    takes on every first access in Python 3.11, twice per comment here. Two threads
    building the same view at once build equal views."""

    def __init__(self, build: Callable[["Folded"], View]):
        self.build = build
        self.name = build.__name__
        self.__doc__ = build.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, folded: "Folded | None", owner: type | None = None) -> Any:
        if folded is None:
            return self
        view = folded.__dict__[self.name] = self.build(folded)
        return view


class Folded:
    """The folded forms of one comment (see the module docstring)."""

    __slots__ = ("original", "light", "__dict__")

    def __init__(self, original: str):
        self.original = original
        self.light = _light(original)

    @property
    def text(self) -> str:
        """The light fold (what most patterns match)."""
        return self.light.text

    @_view_once
    def loose(self) -> View:
        return _loose(self.light)

    @_view_once
    def contact(self) -> View:
        return _contact(self.light)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the original."""
        return self.light.to_original(start, end)

    def original_span(self, view: View, start: int, end: int) -> tuple[int, int, str]:
        """Original ``(start, end, substring)`` for a span of ``view``."""
        s, e = view.to_original(start, end)
        return s, e, self.original[s:e]

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Folded({self.original!r} -> {self.text!r})"


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; views beyond the light one are built on first use."""
    return Folded(text)


def fold_term(term: str) -> str:
    """Fold a lexicon term the way :attr:`Folded.loose` folds comments."""
    return _loose(_light(term)).text


def fold_terms(terms: Iterable[str]) -> list[str]:
    return [fold_term(t) for t in terms]
