"""Written news -> the words a newsreader says, for espeak-ng to read (English rules).

espeak-ng alone says "43,4%" as "forty-three comma four percent", "2023" as "two thousand and
twenty three" and "No. 10" as "no ten". `normalize` rewrites such spans into plain words before
synthesis. Each family of written forms has its own grammar module (web, addresses, dates,
times, ranges, money, measures, codes, names): an ordered list of regex passes over token
classes and tables, most specific first (URLs before dots, money and dates before bare numbers,
numbers before acronyms), each one linear in the text, so a sentence costs tens of
microseconds. Languages other than English pass through with only whitespace and symbol
clean-up, and espeak-ng's own rules for that language do the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from . import addresses, codes, measures, money, names, ranges, times, web
from .common import Pass
from .dates import DAY_FIRST_LANGUAGES, WEEKDAY_PASSES, date_passes, year_passes
from .numbers import NUM, digits, number_words
from .phrases import PHRASES
from .sentences import cut_long
from .speechdata import GERMAN_DAY_ORDINALS, LETTER_ACRONYMS, WORD_ACRONYMS

__all__ = ["normalize", "number_words"]

HEADLINE_CAPS_SHARE = 0.6
"""A sentence whose words are mostly capitals is shouting, not acronyms: read it as words."""
MIN_SHOUTED_WORDS = 3
"""Fewer capitalised words than this are acronyms in a phrase ("FBI and CIA"), not shouting."""


_SPACED_THOUSANDS: Pass = (
    re.compile(r"(?<![\d,.] )(?<![\d,.])(\d{1,3})((?: \d{1,2}00)+)(?![\d,.]| \d|\s?%)"),
    lambda m: m.group(1) + m.group(2).replace(" ", ","))
""""12 000" and "1 000 000" (thousands set off by spaces, as in much of Europe), after the
telephone numbers have taken their digit groups; only round groups ("74 100%" in a table of
figures, "380 795 200" in a phone number are not one number)."""


@lru_cache(maxsize=4)
def _english_passes(day_first: bool) -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str],
                                                  bool], ...]:
    """Every pass in order, each with whether it can only match where there is a digit: a
    sentence without one (most of them) skips those, and no pass ever writes a digit."""
    groups: tuple[tuple[tuple[Pass, ...], bool], ...] = (
        (web.PASSES, False),
        (addresses.PASSES, False),
        (date_passes(day_first), True),
        (WEEKDAY_PASSES, False),
        (times.PASSES, True),
        (ranges.PHONE_PASSES, True),
        ((_SPACED_THOUSANDS, ranges.MINUS), True),
        (money.PASSES, True),
        (measures.PASSES, True),
        (codes.PASSES, True),
        (ranges.PASSES, True),
        (year_passes(), True),
        (names.NUMBER_PASSES, True),
        (names.PASSES, False),
        (codes.ROMAN_PASSES, False),
    )
    return tuple((pattern, fn, digit) for passes, digit in groups for pattern, fn in passes)


_DIGIT = re.compile(r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]")
_BARE_DECIMAL = re.compile(r"(^|\s)\.(\d+)\b")
"""".5 of a point": a decimal without its zero."""
_LEFT_NUMBERS = re.compile(rf"(?<![\w.])-?(?:{NUM})(?![\w])|\d+")
_ENGLISH_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s*&\s*"), " and "),
    (re.compile(r"\s*%"), " percent"),
    (re.compile(r"°\s?C\b"), " degrees Celsius"),
    (re.compile(r"°\s?F\b"), " degrees Fahrenheit"),
    (re.compile(r"°"), " degrees"),
    (re.compile(r"(?<=\w) ?\+ ?(?=\w)"), " plus "),
    (re.compile(r"(?<=\w)\+"), " plus"),
    (re.compile(r" = "), " equals "),
    (re.compile(r"±"), " plus or minus "),
    (re.compile(r"(?<=\d) ?[x×] ?(?=\d)"), " by "),
    (re.compile(r"~(?=\s?\w)"), "about "),
    (re.compile(r"§"), " section "),
    (re.compile(r"№"), " number "),
    (re.compile(r"\band/or\b"), "and or"),
    (re.compile(r"\s*/\s*"), " slash "),
)
# Any language: what no engine should read aloud or interpret.
_NEUTRAL_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\s+[—–]\s+|[—–]|\s-\s|--"), ", "),
    (re.compile(r"[*_~^|\\]+|\[|\]|[{}<>]"), " "),
    (re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u2B00-\u2BFF]"), ""),
    (re.compile(r"\s+([,.;:!?])"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)
_PREP = (
    (re.compile(r"(?<=\d)[\u00A0\u2009\u202F](?=\d{3}(?!\d))"), ","),
    (re.compile(r"[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]"), " "),
    (re.compile(r"…"), "..."),
    (re.compile(r"(?<=\s)−(?=\d)|^−(?=\d)"), "-"),
)


_GERMAN_DATE = re.compile(
    r"(?<![\d.])(?:(?P<article>\b[Dd]er|\b[Dd]ie)\s+)?(?P<d>[1-9]|[12]\d|3[01])\.\s+(?P<mon>"
    + "|".join(PHRASES["de"].months) + r")\b")


def _german_date(m: re.Match[str]) -> str:
    """"am 14. April" -> "am vierzehnten April"; "der 1. Mai" -> "der erste Mai"."""
    ending = "e" if m.group("article") else "en"
    article = f"{m.group('article')} " if m.group("article") else ""
    return f"{article}{GERMAN_DAY_ORDINALS[int(m.group('d'))]}{ending} {m.group('mon')}"


_LANGUAGE_PASSES: dict[str, tuple[Pass, ...]] = {"de": ((_GERMAN_DATE, _german_date),)}
"""The few rules other languages need before espeak-ng's own: German day ordinals."""


def _shouting(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text)
             if w not in WORD_ACRONYMS and w not in LETTER_ACRONYMS]
    caps = sum(1 for w in words if w.isupper())
    return caps >= MIN_SHOUTED_WORDS and caps / len(words) > HEADLINE_CAPS_SHARE


CHUNK_CHARS = 1000
"""Longer input is normalized in pieces cut at spaces: a sentence is far shorter, and it caps
what any one regex pass can cost on hostile input (200 KB of digits or dots) at linear time."""


def normalize(text: str, language: str = "en") -> str:
    """Rewrite `text` into the words a newsreader would say; non-English text is only tidied."""
    if len(text) > CHUNK_CHARS:
        return " ".join(_normalize(piece, language) for piece in cut_long(text, CHUNK_CHARS))
    return _normalize(text, language)


def _normalize(text: str, language: str) -> str:
    for pattern, repl in _PREP:
        text = pattern.sub(repl, text)
    base = language.split("-")[0].lower()
    if base != "en":
        for pattern, fn in _LANGUAGE_PASSES.get(base, ()):
            text = pattern.sub(fn, text)
        return _tidy(text, _NEUTRAL_SYMBOLS)
    if web.standalone_link(text):
        return "link"
    if _shouting(text):
        text = text.lower()
    has_digit = _DIGIT.search(text) is not None
    for pattern, fn, needs_digit in _english_passes(language.lower() in DAY_FIRST_LANGUAGES):
        if has_digit or not needs_digit:
            text = pattern.sub(fn, text)
    text = names.ACRONYM.sub(names.acronym, text)
    text = _BARE_DECIMAL.sub(lambda m: f"{m.group(1)}point {digits(m.group(2))}", text)
    text = _LEFT_NUMBERS.sub(_left_number, text)
    text = names.STRAY_STOPS[0].sub(names.STRAY_STOPS[1], text)
    return _tidy(_tidy(text, _ENGLISH_SYMBOLS), _NEUTRAL_SYMBOLS)


def _left_number(m: re.Match[str]) -> str:
    num, text = m.group(0), m.string
    glued = " " if m.start() and text[m.start() - 1].isalpha() else ""
    after = " " if m.end() < len(text) and text[m.end()].isalpha() else ""
    if num.startswith("-"):
        return f"{glued}minus {number_words(num[1:])}{after}"
    return f"{glued}{number_words(num)}{after}"


def _tidy(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, repl in table:
        text = pattern.sub(repl, text)
    return text.strip()
