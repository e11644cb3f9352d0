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

from . import (
    addresses,
    aviation,
    building,
    charts,
    codes,
    geography,
    identifiers,
    labels,
    measures,
    money,
    names,
    notices,
    prefilter,
    ranges,
    ratings,
    romans,
    science,
    slashes,
    times,
    traffic,
    web,
)
from .asides import spoken_dateline
from .bodyweekdays import weekday_rules, weekdays
from .common import Pass, ru_converter
from .dates import (
    DAY_FIRST_LANGUAGES,
    MONTH_PASSES,
    MONTH_WORDS,
    WEEKDAY_PASSES,
    WEEKDAY_WORDS,
    date_passes,
    year_passes,
)
from .numbers import NUM, digits, number_words, pairs
from .phrases import PHRASES
from .sentences import cut_long
from .speechdata import GERMAN_DAY_ORDINALS, LETTER_ACRONYMS, WORD_ACRONYMS

__all__ = ["normalize", "number_words"]

HEADLINE_CAPS_SHARE = 0.6
"""A sentence whose words are mostly capitals is shouting, not acronyms: read it as words."""
MIN_SHOUTED_WORDS = 3
"""Fewer capitalised words than this are acronyms in a phrase ("FBI and CIA"), not shouting."""


_SPACED_THOUSANDS: Pass = (
    re.compile(r"(?<![\d,.] )(?<![\d,.])(\d{1,3})((?: \d00)+)(?![\d,.]| \d|\s?%|[A-Za-z])"),
    lambda m: m.group(1) + m.group(2).replace(" ", ","))
""""12 000" and "1 000 000" (thousands set off by spaces, as in much of Europe), after the
telephone numbers have taken their digit groups; only round groups ("74 100%" in a table of
figures, "380 795 200" in a phone number are not one number)."""


_DOTTED_MILLIONS: Pass = (
    re.compile(r"(?<![\w.,])(\d{1,3})\.(\d{3})\.(\d{3})(?![\w]|[.,]\d)"),
    lambda m: f"{m.group(1)},{m.group(2)},{m.group(3)}")
""""1.000.000", "2.500.000": thousands set off by stops, as in much of Europe; two groups
(one group, "20.000", could be a decimal; three, an IP address's four parts)."""


_INDIAN_GROUPS: Pass = (
    re.compile(r"(?<![\w.,])(\d{1,2}(?:,\d{2})+,\d{3})(?![\d]|[.,]\d)"),
    lambda m: f"{int(m.group(1).replace(',', '')):,}")
""""2,50,000", "1,20,00,000": India's lakh and crore grouping, as one number."""


_COMPARISONS = {">": "more than", "<": "less than", "≥": "at least", "≤": "at most", "≈": "about"}
_MATH_COMPARISONS = {">": "greater than", "<": "less than", "≥": "greater than or equal to",
                     "≤": "less than or equal to", "≈": "approximately"}
"""After a variable ("n > 30", "p < 0.05", "π ≈ 3.14") a comparison is a formula's."""
_SIGN_OF = {">=": "≥", "<=": "≤", "=>": "≥", "=<": "≤", "⩾": "≥", "⩽": "≤"}
"""Comparison signs written otherwise than the tables' own."""
_COMPARISON_SIGN = re.compile(r"(?:(?<=\s)|^|(?<=\b[a-zA-Zα-ωа-яё]))(>=|<=|[<>≥≤⩾⩽≈])\s?"
                              r"(?:\.(\d+)\b(?!\.\d)|(?=[$£€]?[.,]?\d|point \w))")
"""A comparison sign before a number, written with one character or two (">= 90"), or before a
decimal without its zero ("p < .05", read "point zero five" already, or "p<.01")."""


def _compared(m: re.Match[str], words: dict[str, str]) -> str:
    glued = " " if m.start() and not m.string[m.start() - 1].isspace() else ""
    said = f"{glued}{words[_SIGN_OF.get(m.group(1), m.group(1))]} "
    if not m.group(2):
        return said
    return said + (f"point {digits(m.group(2))}" if words is _COMPARISONS or words is _MATH_COMPARISONS
                   else f".{m.group(2)}")  # (another language's decimal as written)


_COMPARISON: Pass = (_COMPARISON_SIGN,
                     lambda m: _compared(m, _MATH_COMPARISONS if re.search(r"(?<![\w.])[a-zA-Zα-ω] ?$",
                                                                           m.string[:m.start()])
                                         else _COMPARISONS))
"""">50 members" -> "more than fifty members": a comparison sign before a number."""
_OTHER_COMPARISONS = {
    "de": {">": "mehr als", "<": "weniger als", "≥": "mindestens", "≤": "höchstens", "≈": "etwa"},
    "fr": {">": "plus de", "<": "moins de", "≥": "au moins", "≤": "au plus", "≈": "environ"},
    "es": {">": "más de", "<": "menos de", "≥": "al menos", "≤": "como máximo", "≈": "aproximadamente"},
    "it": {">": "più di", "<": "meno di", "≥": "almeno", "≤": "al massimo", "≈": "circa"},
    "pt": {">": "mais de", "<": "menos de", "≥": "pelo menos", "≤": "no máximo", "≈": "cerca de"},
    "ru": {">": "более", "<": "менее", "≥": "не менее", "≤": "не более", "≈": "около"},
    "uk": {">": "понад", "<": "менше ніж", "≥": "щонайменше", "≤": "щонайбільше", "≈": "близько"},
    "nl": {">": "meer dan", "<": "minder dan", "≥": "minstens", "≤": "hoogstens", "≈": "ongeveer"},
    "pl": {">": "ponad", "<": "mniej niż", "≥": "co najmniej", "≤": "najwyżej", "≈": "około"},
}
"""A comparison sign before a number in other languages ("<0,1 g Salz": "weniger als"); the
tidying would drop it, and the meaning with it."""

_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωΓΔΘΛΞΠΣΦΨΩ",
                  """alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron
                  pi rho sigma sigma tau upsilon phi chi psi omega gamma delta theta lambda xi pi
                  sigma phi psi omega""".split(), strict=True))
_GREEK_LETTER = re.compile(r"(?<![^\W\d_])(?:([α-ωΓΔΘΛΞΠΣΦΨΩ])(?![^\W\d_])|π(?=[a-z](?:\b|[²³])))")
"""A Greek letter standing alone ("β-blockers", "the Ω point"), not inside a Greek word."""

_Gate = Callable[[str, frozenset[str], bool], bool]
"""Whether a group of passes can match: (text, its words, whether it has a digit)."""
_Group = tuple[tuple[prefilter.Checked[Callable[[re.Match[str]], str]], ...], _Gate]

_STREET_WORDS = frozenset({*addresses.STREET_TYPES, *addresses.FULL_TYPES.split("|"), "Box",
                           *addresses.UNIT_WORDS, "Highway", "Route",
                           "Interstate", "NE", "NW", "SE", "SW", "N", "S", "E", "W", "Is", "Cnr",
                           "Pty", "Lvl", "CR", "SR", "SH", "MM", "Km", "KM", "Rt", "Wk", "FR", "Broadway", "Cir",
                           *(k.split(".")[0] for k in addresses.STATES)})
_STATE_WORDS = frozenset((*(w for name in addresses.FULL_STATES for w in name.split()),
                          *addresses.AUSTRALIAN_STATES))
"""A state written out matters to the addresses only before a ZIP code, so with a digit."""
_TITLES = frozenset((
    *"""Mr Mrs Ms Dr Prof Gen Lt Col Sgt Capt Cmdr Adm Maj Gov Sen Rep Rev Hon Pres Supt Det Fr Mt
    Ft Insp Cpl Pvt Amb Atty Msgr Sens Reps Govs Gens Drs Profs Inc Ltd Corp Co Bros Jr Sr Esq Dept
    Univ Assn Intl Govt govt Natl natl etc vs approx est Cllr Ald Cdre Comdr Abp Bp Rt Mme Mlle Jan Feb Mar Apr
    Jun Jul Aug Sep Sept Oct Nov Dec PM Utd GD PB""".split(),
    *names.LOWER_WORDS))
_CODE_WORDS = frozenset(codes.CODE_WORDS)
_WORDS = re.compile(r"[A-Za-z]+")
_DOT_LETTER = re.compile(r"\.[A-Za-z]")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d")
_ROMAN_WORD = re.compile(r"[IVXLC]{1,7}|WW[I12]{0,2}|M{1,3}[MDCLXVI]{3,12}|(?:I{1,3}|IV|V)[A-D]")


def _always(text: str, words: frozenset[str], digit: bool) -> bool:
    return True


def _digit(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit


def _science(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit and any(c in text for c in science.SCIENCE_MARKS)


def _web(text: str, words: frozenset[str], digit: bool) -> bool:
    return ("@" in text or "#" in text or "://" in text or "www" in text or "localhost" in text
            or _DOT_LETTER.search(text) is not None)


def _addresses(text: str, words: frozenset[str], digit: bool) -> bool:
    return not words.isdisjoint(_STREET_WORDS) or "str." in text or (digit and (
        _POSTCODE.search(text) is not None or not words.isdisjoint(_STATE_WORDS)
        or "block" in words or "blk" in words or "#" in text
        or not words.isdisjoint(addresses.PIN_WORDS)
        or addresses.FOREIGN_STREET.search(text) is not None))


def _months(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit and not words.isdisjoint(MONTH_WORDS)


def _weekdays(text: str, words: frozenset[str], digit: bool) -> bool:
    return not words.isdisjoint(WEEKDAY_WORDS) or not words.isdisjoint(MONTH_WORDS)


_SHORT_WORD_END = re.compile(r"(?:^|[\s-])[A-Za-z]{1,4}\.[\"'”’)\]]*\s*$")
"""A short word with a stop at the end may be an abbreviation: "in the 14th c.", "3rd Qtr."."""


def _names(text: str, words: frozenset[str], digit: bool) -> bool:
    inner = text.rstrip(" .!?\"'”’)]")
    return ("." in inner or _SHORT_WORD_END.search(text) is not None
            or any(mark in text for mark in ("A-", "A–", " v ", "D-", "R-", "I-", "(", "B-", "C-", " plc",
                                             " PLC", " GmbH"))
            or (("'" in text or "’" in text) and names.CONTRACTED.search(text) is not None)
            or not words.isdisjoint(_TITLES) or not words.isdisjoint(names.POSITIONS))


def _roman(text: str, words: frozenset[str], digit: bool) -> bool:
    return (any(_ROMAN_WORD.fullmatch(w) for w in words if w.isupper())
            or not words.isdisjoint(_ROMAN_COUNTED) or _LOWER_ROMAN_MARK.search(text) is not None)


_ROMAN_COUNTED = frozenset({"clade", "Clade", "clades", "Clades", "phase", "Phase"})
"""Words a lower-case-lettered Roman numeral follows ("clade Ib", "Phase IIb")."""


_LOWER_ROMAN_MARK = re.compile(rf"\((?:[ivx]{{1,4}})\)|\b(?:{romans.PARTS_OF_WORKS}) [ivxl]{{1,7}}\b")


def _cited_or_slashed(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit and ("/" in text or "U.S. " in text or "Ct." in text)


def _traffic(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit or not words.isdisjoint(traffic.WORDS)


def _aviation(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit or not words.isdisjoint(aviation.WORDS)


def _geography(text: str, words: frozenset[str], digit: bool) -> bool:
    return not words.isdisjoint(geography.WORDS)


def _labels(text: str, words: frozenset[str], digit: bool) -> bool:
    return not words.isdisjoint(labels.WORDS)


def _ratings(text: str, words: frozenset[str], digit: bool) -> bool:
    return not words.isdisjoint(ratings.WORDS)


def _building(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit or not words.isdisjoint(building.WORDS)


def _charts(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit or charts.may_match(text)


def _codes(text: str, words: frozenset[str], digit: bool) -> bool:
    return digit


def _slashed(text: str, words: frozenset[str], digit: bool) -> bool:
    return "/" in text


def _letter_names(text: str, words: frozenset[str], digit: bool) -> bool:
    return "OS" in text or "NA" in text or "Bhd" in text or "TV" in text or "-" in text or "*" in text


@lru_cache(maxsize=4)
def _english_passes(day_first: bool) -> tuple[_Group, ...]:
    """Every pass in order, in groups, each with a gate that says whether it can match at all:
    most sentences have no digit, no "@", no street, month or title, so most passes never scan
    them (and no pass ever writes a digit, a month or a street into the text)."""
    return tuple((prefilter.checked(passes), gate) for passes, gate in (
        (web.PASSES, _web),
        ((codes.ROAD_DIRECTION, codes.DOCKET, *identifiers.PROCESSORS, *identifiers.BROADCAST,
          *identifiers.MUSIC, *notices.PASSES), _digit),
        ((codes.CASE_CITATION, slashes.PRESSURE, ranges.CRICKET_DECLARED), _cited_or_slashed),
        (traffic.PASSES, _traffic),
        (aviation.PASSES, _aviation),
        (geography.PASSES, _geography),
        (ratings.PASSES, _ratings),
        (labels.PASSES, _labels),
        (charts.PASSES, _charts),
        (building.PASSES, _building),
        (addresses.PASSES, _addresses),
        (date_passes(day_first), _digit),
        (MONTH_PASSES, _months),
        (WEEKDAY_PASSES, _weekdays),
        ((ranges.NUMBERED_BOOK, *times.PASSES), _digit),
        (ranges.PHONE_PASSES, _digit),
        ((_SPACED_THOUSANDS, _DOTTED_MILLIONS, _INDIAN_GROUPS, ranges.GOLF, ranges.MINUS,
          _COMPARISON), _digit),
        (money.PASSES, _digit),
        (science.SCIENCE_PASSES, _science),
        (identifiers.PASSES, _codes),
        (measures.PASSES, _digit),
        ((measures.RATE_UNIT,), _slashed),
        (codes.PASSES, _codes),
        (identifiers.LETTER_NAMES, _letter_names),
        (ranges.PASSES, _digit),
        (year_passes(), _digit),
        (names.NUMBER_PASSES, _digit),
        (names.PASSES, _names),
        (romans.ROMAN_PASSES, _roman),
    ))


def _passes_flat(day_first: bool) -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str],
                                                 bool], ...]:
    """Every pass in order with whether it needs a digit (for benchmarks and tests)."""
    return tuple((pattern, fn, gate is not _always) for passes, gate in _english_passes(day_first)
                 for pattern, fn, _check in passes)


_DIGIT = re.compile(r"[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]")
_FORMULA_SUBSCRIPT = re.compile(r"(?:(?<=[A-Z])|(?<=[A-Z][a-z]))[₀₁₂₃₄₅₆₇₈₉]+(?!\.[₀-₉])(?=[A-Z(]|[^\w₀-₉]|$)")
"""A chemical formula's subscripts, after an element's letter ("SO₂", "CH₄", "N₂O", "Cl₂")."""
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_KEY = re.compile(r"\b([A-G])([#♯♭])(?![\w#])")
"""A note or a key with its sharp or flat ("C# minor", "E♭ major"; "C#", "F#" the languages)."""
_BARE_DECIMAL = re.compile(r"(^|\s)\.(\d+)\b(?![- ]calib|\.\d)")
"""".5 of a point", "rose .5 percent": a decimal without its zero, said before the passes read
its digits as a whole number (not a caliber's ".22-caliber")."""
_AVERAGE = re.compile(r"\.(?<![\w.]\.)(\d{3})\b(?![.,]\d)")
_AVERAGE_BEFORE = re.compile(r"\b(?:bat(?:ting|ted|s)|hit(?:ting|s)?|averag(?:ing|ed|es)|slugg(?:ing|ed)) $")
_AVERAGE_AFTER = re.compile(r" (?:hitter|average|batting|career|lifetime|winning|on-base|slugging|save|"
                            r"OBP|OPS|clip|mark)\b")
"""A sport's average in thousandths, said as the figure without its point: "batting .312" ->
"three twelve", "a .300 hitter" -> "three hundred", "a .625 winning percentage", "hit .087"
-> "oh eighty-seven" (before the bare decimals read ".5" as "point five")."""


def _average(m: re.Match[str]) -> str:
    if not (_AVERAGE_AFTER.match(m.string, m.end())
            or _AVERAGE_BEFORE.search(m.string, max(0, m.start() - 10), m.start())):
        return m.group(0)
    figure = m.group(1)
    if figure.startswith("0"):
        return "oh " + number_words(figure.lstrip("0") or "0") if figure != "000" else "zero"
    return pairs(figure)


_LEFT_NUMBERS = re.compile(rf"(?<![\w.])\d+\.\d+(?=[^\W\d_])|(?<![\w.])-?(?:{NUM})(?![\w])"
                           r"|(?<=[^\W\d_])\d{1,3}(?:,\d{3})+(?![\w,])|\d+")
"""What no pass read: a number, a decimal glued to letters ("3.5x": "three point five x", not
"three.five x"), a number in thousands after a letter ("K500,000"), or any run of digits."""
_Symbol = tuple[re.Pattern[str], str]
"""A symbol's pattern and its words."""
_ENGLISH_SYMBOLS: tuple[_Symbol, ...] = (
    # dotted initials said before a sentence's own stop ("London S W one A, two A.A..")
    (re.compile(r"(?<=\b[A-Z]\.)\.(?=[\s\"”’)]|$)"), ""),
    (re.compile(r"\s*&\s*(?![A-Z]{2}|[A-Z]\b(?<=[A-Z]{2}&[A-Z]))"), " and "),
    (re.compile(r"\s*%"), " percent"),
    (re.compile(r"\s?[®™]"), ""),  # "Tylenol® maker": the marks are not read
    (re.compile(r"©\s?"), "copyright "),
    (re.compile(r"(?<!\S)†\s?"), "died "),  # "b. 1931, † 2024" (a footnote's, on a word, is not read)
    (re.compile(r"†"), ""),
    (re.compile(r"\s→\s"), " to "),  # "New York → London flights"
    (re.compile(r"\b(?:aka|AKA)\b"), "also known as"),
    (re.compile(r"\b(?:MMBtu|mmBtu|MMBTU)\b"), "million British thermal units"),  # "per MMBtu"
    (re.compile(r"\b(percentage|basis) pts?\b\.?"), r"\1 points"),  # "5 percentage pts"
    (re.compile(r"°\s?C\b"), " degrees Celsius"),
    (re.compile(r"°\s?F\b"), " degrees Fahrenheit"),
    (re.compile(r"°"), " degrees"),
    (re.compile(r"(?<=\w) ?\+ ?(?=\w)"), " plus "),
    (re.compile(r"(?<=\w)\+\+(?!\w)"), " plus plus"),  # "C++"
    (re.compile(r"(?<=\w)\+|(?<=\w\.)\+(?!\w)"), " plus"),  # "Disney+", "E.S.P.N.+"
    (re.compile(r" = |(?<=[\w)]) ?=(?=\s?[\w(])"), " equals "),  # "(n=500)", "2+2=4"
    (re.compile(r"±|(?<![\w+])\+ ?/ ?[-−](?!\w)"), " plus or minus "),  # "+/- 3 points"
    (re.compile(r"(?<=\d) ?[x×] ?(?=\d)"), " by "),
    (re.compile(r"(?<![\w.])([a-z])([a-z])²(?![\w²³])"), r"\1 \2 squared"),  # "mc²"
    (re.compile(r"(?<=[A-Za-z0-9])²(?![\w²³])"), " squared"),  # "x² + y²", "2²"
    (re.compile(r"(?<=[A-Za-z0-9])³(?![\w²³])"), " cubed"),
    (re.compile(r"√\s?"), "the square root of "),
    (re.compile(r"∛\s?"), "the cube root of "),
    (re.compile(r"\s?≠\s?"), " does not equal "),
    (re.compile(r"\s?∝\s?"), " is proportional to "),
    (re.compile(r"\s?÷\s?"), " divided by "),
    (re.compile(r"\s?‰"), " per thousand"),
    (re.compile(r"(?<=\w) ?− ?(?=\w)"), " minus "),  # a minus sign between terms
    (re.compile(r"\bpi/(?=\w)"), "pi over "),  # "π/2"
    (re.compile(r"\b([fgh])\(([a-z]|[\w ]{1,12}?)\)"), r"\1 of \2"),  # "f(x)", "f(2)"
    # a top-level domain on its own: "a .gov address" ("the .ai domain" in web.py)
    (re.compile(r"(?<![\w.])\.(com|org|net|gov|edu|onion|eth|app|dev|xyz|info)\b"
                r"(?= (?:domain|address|site|suffix|extension|ending))"), r"dot \1"),
    (re.compile(r"~(?=\s?\w)"), "about "),
    (re.compile(r"§"), " section "),
    (re.compile(r"№"), " number "),
    (re.compile(r"\band/or\b"), "and or"),
    (re.compile(r"\b([Oo]ver)/(under)\b"), r"\1-\2"),  # a bet's "over/under 47.5"
    (re.compile(r"(?<![\w/])[Ww]/o(?![\w/])"), "without"),  # "coffee w/o sugar"
    (re.compile(r"(?<![\w/])[Cc]/[Oo](?![\w/])"), "care of"),  # "sent c/o the embassy"
    (re.compile(r"\b(?:dba|d/b/a)\b"), "doing business as"),
    (re.compile(r"(?<![\w/])[Aa]/[Kk]/[Aa](?![\w/])"), "also known as"),  # a legal notice's "a/k/a"
    (re.compile(r"\bAttn:"), "Attention:"),
    (re.compile(r"(?<![\w/])[Ww]/ ?(?=[A-Za-z])(?![Ww]\b)"), "with "),  # "w/ milk", "w/cheese"; not "w/w"
    (re.compile(r"(?<= )vs(?= [A-Z\d])"), "versus"),  # "Lakers vs Celtics"
    # a slash set off by spaces separates ("November 19, 2019 / 10:07 AM / CBS News")
    # (not a single letter's: "the A / B test")
    (re.compile(r"(?<=[\w.)]{2}) / (?=\w\w|[A-Z]\.[A-Z]|\()"), ", "),
    (re.compile(r"(?<![\w/.])([A-Z])/([A-Z])(?![\w/])"), r"\1.\2."),  # "P/E", "A/C"
    (re.compile(r"\s*/\s*"), " slash "),
)
# Any language: what no engine should read aloud or interpret.
_MARKS = r"(?<![\w.])_+|_+(?![\w.])|\[|\]|[{}<>]"
"""Underscores, brackets and braces the voice would read or stumble on: a space instead."""
_NEUTRAL_SYMBOLS: tuple[_Symbol, ...] = (
    (re.compile(r"\s+[—–]\s+|[—–]|\s-\s|--"), ", "),
    (re.compile(rf"[*~^|\\]+|{_MARKS}"), " "),
    (re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u2B00-\u2BFF]"), ""),
    (re.compile(r"\s+([,.;:!?])"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)
_PREP = (
    # English only: elsewhere "15 000" stays for bodynumbers.py, as "15,000" is a decimal there
    (re.compile(r"(?<=\d)[\u00A0\u2009\u202F](?=\d{3}(?!\d))"), ","),
    (re.compile(r"[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n]"), " "),
    (re.compile(r"…"), "..."),
    (re.compile(r"(?<=\s)−(?=\d)|^−(?=\d)"), "-"),
    (re.compile(r"(?<=\d)⁄(?=\d)"), "/"),
    # the ordinal mark typed for the degree sign ("42 ºC"; Spanish and Portuguese keyboards)
    (re.compile(r"(?<=\d)(\s?)º(?=[CF]\b)"), r"\1°"),
)
_SECTION_SIGNS = (
    (re.compile(r"§§\s?"), "Sections "),
    (re.compile(r"§\s?"), "Section "),
)
"""English only: the section sign is a word before the codes say the number after it as a
section's ("§ 230" -> "Section two thirty", like "Section 230")."""


_GERMAN_DATE = re.compile(
    r"(?<![\d.])(?:(?P<article>\b[Dd]er|\b[Dd]ie)\s+)?(?P<d>[1-9]|[12]\d|3[01])\.\s+(?P<mon>"
    + "|".join(PHRASES["de"].months) + r")\b")


_GERMAN_WEEKDAY_BEFORE = re.compile(rf"(?:^|[.!?]\s)(?:{'|'.join(weekdays('de'))}),\s$")
"""A weekday that opens a line or sentence, a dateline's ("Montag, 3. März": "dritter"; "am
Montag, 3. März" is "dritten")."""


def _german_date(m: re.Match[str]) -> str:
    """"am 14. April" -> "am vierzehnten April"; "der 1. Mai" -> "der erste Mai"."""
    ending = "e" if m.group("article") else "en"
    if _GERMAN_WEEKDAY_BEFORE.search(m.string, 0, m.start()):
        ending = "er"  # "Mo., 3. März": "Montag, dritter März"
    article = f"{m.group('article')} " if m.group("article") else ""
    return f"{article}{GERMAN_DAY_ORDINALS[int(m.group('d'))]}{ending} {m.group('mon')}"


_RUSSIAN_NAMED_DATE = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\b[Аа]\s)|(?<=\b[Ии]\s))(?P<d>[1-9]|[12]\d|3[01])\s(?P<mon>января|"
    r"февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?=\s[—–]\s)")


def _russian_named_date(m: re.Match[str]) -> str:
    """"1 сентября — День знаний": a date that a dash defines is the subject, in the
    nominative ("Первое сентября"); the numbers of the body would say "первого", as for a
    date when something happens, once the dash is a comma."""
    said = str(ru_converter().to_ordinal(int(m.group("d")), case="n", gender="n", animate=False))
    if m.start() == 0 or m.string[m.start() - 2] in ".!?;":
        said = said[0].upper() + said[1:]
    return f"{said} {m.group('mon')}"


_LANGUAGE_PASSES: dict[str, tuple[Pass, ...]] = {"de": ((_GERMAN_DATE, _german_date),),
                                                 "ru": ((_RUSSIAN_NAMED_DATE, _russian_named_date),)}
"""The few rules other languages need before their dashes are commas: German day ordinals, a
Russian date a dash defines."""


_OTHER_NEUTRAL_SYMBOLS: tuple[_Symbol, ...] = (
    (re.compile(r"(?<!\d)(?<!\d )(?<!\d\.)(?:\s+[—–]\s+|[—–])|(?<!\d\.)[—–](?!\s*\d)|(?<!\d)\s-\s|--"),
     ", "),
    # (but a hotel's stars after one digit, "un hotel de 4*", which bodynumbers.py says)
    (re.compile(rf"(?<!(?<![\w.,*])[1-7])\*+|\*(?=[\w*])|[~^|\\]+|{_MARKS}"), " "),
    *_NEUTRAL_SYMBOLS[2:],
)
"""Other languages: a dash between numbers ("10–15 %", "1914–1918", "vom 3.–5. Mai") is left for
bodynumbers.py, which says it as the language's range ("zehn bis fünfzehn"); a comma there was
said as a pause."""
_ENGLISH_CHECKED, _NEUTRAL_CHECKED, _OTHER_NEUTRAL_CHECKED = (
    prefilter.checked(table) for table in (_ENGLISH_SYMBOLS, _NEUTRAL_SYMBOLS, _OTHER_NEUTRAL_SYMBOLS))


def _shouting(text: str) -> bool:
    if "-" in text and "8" in text:
        text = ranges.VANITY.sub(" ", text)  # "1-800-GOT-JUNK" is no shouting
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


_GLUED_STOP = re.compile(r"(?<=[a-z]{4})\.(?=[A-Z][a-z]+\b)(?!(?:[A-Z][a-z]+)?\.[a-z])"
                         r"(?!(?:Com|Org|Net|Gov|Edu|Info|Biz|Io|Co|Uk|Us|Ca|Au|De|Fr)\b)")
""""on Wednesday.The stabbing": a full stop that lost its space is a stop, not "dot" (not
"St.Louis", a title's; not "Node.Js" or "Example.Com.au")."""
_DATELINE_DASH = re.compile(r"[A-Z]{2}(?:\s*\([^)]{1,30}\))?\s*(?:[—–]|--)\s*[A-Z0-9\"“‘']")
"""A text that may open with a dateline in capitals (the script stage says each paragraph's own
first; a sentence given to `normalize` alone gets it here)."""
_PREP_NEEDED = re.compile(r"[\u00A0\u2000-\u200B\u202F\u205F\u3000\t\r\n…−⁄§º]")


def _normalize(text: str, language: str) -> str:
    base = language.split("-")[0].lower()
    if _PREP_NEEDED.search(text):
        for pattern, repl in (*_PREP, *_SECTION_SIGNS) if base == "en" else _PREP[1:]:
            text = pattern.sub(repl, text)
    if "." in text:
        text = _GLUED_STOP.sub(". ", text)
    if base != "en":
        for pattern, fn in (*weekday_rules(base), *_LANGUAGE_PASSES.get(base, ())):
            text = pattern.sub(fn, text)
        if base in _OTHER_COMPARISONS:
            text = _COMPARISON_SIGN.sub(lambda m: _compared(m, _OTHER_COMPARISONS[base]), text)
        return _tidy(text, _OTHER_NEUTRAL_CHECKED)
    if text[:1].isupper() and _DATELINE_DASH.search(text, 0, 60):
        text = spoken_dateline(text)  # "KYIV — Russian troops": "Kyiv. Russian troops"
    written = text
    if web.standalone_link(text):
        return "link"
    if _shouting(text):
        text = text.lower()
    if "#" in text or "♯" in text or "♭" in text:  # a key: "in C# minor", "E♭ major"
        text = _KEY.sub(lambda m: f"{m.group(1)} {'flat' if m.group(2) == '♭' else 'sharp'}", text)
    if _FORMULA_SUBSCRIPT.search(text):  # "SO₂", "CH₄", "N₂O": the formula's rules read "SO2"
        text = _FORMULA_SUBSCRIPT.sub(lambda m: m.group(0).translate(_SUBSCRIPTS), text)
    has_digit = _DIGIT.search(text) is not None
    if has_digit and "." in text:
        text = _AVERAGE.sub(_average, text)
        text = _BARE_DECIMAL.sub(lambda m: f"{m.group(1)}point {digits(m.group(2))}", text)
    words = frozenset(_WORDS.findall(text))
    for passes, gate in _english_passes(language.lower() in DAY_FIRST_LANGUAGES):
        if gate(text, words, has_digit):
            for pattern, fn, can_match in passes:
                if can_match is None or can_match(text):
                    text = pattern.sub(fn, text)
    text = names.ACRONYM_LETTER.sub(r"\1 \2", text)
    text = names.MIXED_INITIALISM.sub(names.mixed_initialism, text)
    text = names.ACRONYM.sub(names.acronym, text)
    if has_digit and _DIGIT.search(text):
        text = _LEFT_NUMBERS.sub(_left_number, text)
    if "." in text:
        text = names.STRAY_STOPS[0].sub(names.STRAY_STOPS[1], text)
    if not text.isascii() and _GREEK_LETTER.search(text):
        text = _GREEK_LETTER.sub(lambda m: _GREEK[m.group(1)] if m.group(1) else "pi ", text)
    return _kept_end(written, _tidy(_tidy(text, _ENGLISH_CHECKED), _NEUTRAL_CHECKED))


_END_MARK = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_CLOSERS = re.compile(r"[\"'”’)\]]*$")


def _kept_end(written: str, said: str) -> str:
    """A sentence keeps its end mark, which gives the voice its falling end, when a pass took
    the stop with what it rewrote ("on 3 Aug." -> "on the third of August.", "the dept.")."""
    if not said or _END_MARK.search(said) or not _END_MARK.search(written):
        return said
    closers = _CLOSERS.search(said)
    at = closers.start() if closers else len(said)
    return f"{said[:at].rstrip(' ,;:')}.{said[at:]}"


def _left_number(m: re.Match[str]) -> str:
    num, text = m.group(0), m.string
    glued = " " if m.start() and text[m.start() - 1].isalpha() else ""
    after = " " if m.end() < len(text) and text[m.end()].isalpha() else ""
    if num.startswith("-"):
        return f"{glued}minus {number_words(num[1:])}{after}"
    return f"{glued}{number_words(num)}{after}"


def _tidy(text: str, table: tuple[prefilter.Checked[str], ...]) -> str:
    for pattern, repl, can_match in table:
        if can_match is None or can_match(text):
            text = pattern.sub(repl, text)
    return text.strip()
