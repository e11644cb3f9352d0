"""Dates, decades and years in every common written order.

"12 March 2024", "12 Mar 2024", "12th of March" -> "the twelfth of March twenty twenty-four";
"March 12, 2024", "Mar. 12", "mar. 12", "2024-03-12" -> "March twelfth, twenty twenty-four";
"12/03/2024": month first in American English unless the day cannot be a month (25/12/2023), day
first for British, Irish, Indian... English ("en-GB") and with dots (14.07.1789); "Aug 1-3" ->
"August first to third"; "the 1990s", "'90s", "90s", "1900s" -> decades; "Mon-Fri" ->
"Monday to Friday".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .common import NOT_NOUNS, Pass
from .numbers import cardinal, digits, ordinal, year
from .speechdata import MONTH_NAMES, MONTHS, YEAR_NOUNS

__all__ = ["COUNTED_AFTER_THE", "DAY_FIRST_LANGUAGES", "MONTH_PASSES", "MONTH_WORDS", "WEEKDAY_PASSES", "WEEKDAY_WORDS",
           "date_passes", "month_name", "year_passes"]

DAY_FIRST_LANGUAGES = frozenset(
    "en-gb en-ie en-au en-nz en-in en-za en-ng en-ke en-pk en-sg en-my en-ph en-hk".split())
"""English variants that write the day first in 12/03/2024 (any other language does too)."""

_MONTH_RE = "|".join(sorted((k for k in MONTHS if k != "march"), key=len, reverse=True))
"""Month names and abbreviations as written; lower-case "march" is the verb ("they march 12
miles"), and "may", "mar", "jun" and "jul" are left out of MONTHS for the same reason."""
_LOWER_ABBR = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\."
"""Lower-case abbreviations count only with their full stop: "mar. 12", never "may" or "mar"."""
_MONTH = rf"(?P<mon>(?:{_MONTH_RE})\b\.?|{_LOWER_ABBR}|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\b\.?)"
_MONTH_ALT = (r"January|February|March|April|May|June|July|August|September|October|November|"
              r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
"""A month with a capital, in full or short (the lists of days before or after one)."""
_DAY = r"(?P<d>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?"
_DAY2 = r"(?:\s?[-–—]\s?(?P<d2>(?:[12]\d|3[01]|0?[1-9]))(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<y>1[1-9]\d\d|20\d\d)"
_WEEKDAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
             "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
             "sat": "Saturday", "sun": "Sunday"}
_WEEKDAY_RE = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_WD = rf"({_WEEKDAY_RE})"


def month_name(written: str) -> str:
    """"Mar.", "mar.", "MAR", "march" -> "March"."""
    name = written.rstrip(".")
    return MONTHS.get(name) or MONTHS.get(name.lower()) or MONTHS[name.capitalize()]


def _month_first(month: int, day: int, y: int | None) -> str:
    spoken = f"{MONTH_NAMES[month - 1]} {ordinal(day)}"
    return f"{spoken}, {year(y)}" if y is not None else spoken


def _day_first(month: int, day: int, y: int | None, the: str = "the ") -> str:
    spoken = f"{the}{ordinal(day)} of {MONTH_NAMES[month - 1]}"
    return f"{spoken} {year(y)}" if y is not None else spoken


def _month_day(m: re.Match[str]) -> str:
    month = month_name(m.group("mon"))
    spoken = f"{month} {ordinal(int(m.group('d')))}"
    if m.group("d2"):
        spoken += f" to {ordinal(int(m.group('d2')))}"
    if m.group("y"):
        spoken += f", {year(int(m.group('y')))}"
    return spoken


def _day_month(m: re.Match[str]) -> str:
    the = m.group("the") or "the "
    spoken = f"{the}{ordinal(int(m.group('d')))}"
    if m.group("d2"):
        spoken += f" to the {ordinal(int(m.group('d2')))}"
    spoken += f" of {month_name(m.group('mon'))}"
    if m.group("y"):
        spoken += f" {year(int(m.group('y')))}"
    return spoken


def _month_year(m: re.Match[str]) -> str:
    return f"{month_name(m.group('mon'))} {year(int(m.group('y')))}"


def _iso_date(m: re.Match[str]) -> str:
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m.group(0)
    return _month_first(mo, d, y)


def _said_date(a: int, b: int, y: int | None, day_first: bool) -> str | None:
    """Two numbers of a date in either order: a number over 12 is the day, else `day_first`
    decides; None when they make no date."""
    if a > 12:
        day_first = True
    elif b > 12:
        day_first = False
    month, day = (b, a) if day_first else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _day_first(month, day, y) if day_first else _month_first(month, day, y)


TWO_DIGIT_YEAR_PIVOT = 50
"""A date's two-digit year below this is this century's, from it the last one's."""


def _numeric(m: re.Match[str], day_first: bool) -> str:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "." and b <= 12:
        day_first = True
    if y < 100:  # "10/19/87" is 1987, "5/3/24" 2024
        y += 2000 if y < TWO_DIGIT_YEAR_PIVOT else 1900
    return _said_date(a, b, y, day_first) or m.group(0)


_DATE_WORD_BEFORE = re.compile(
    r"\b([Oo]n|until|till|through|thru|[Ss]ince|starting|effective|due|before|after|from|[Bb]y|as of|"
    r"(?<=\d )to|[Ee]nding|week of|(?:set|slated|scheduled|planned|moved|pushed) (?:for|to)|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?),? $")


_AFTER_A_DATE = re.compile(r"(?:\b(?:[Oo]n|[Bb]y|until|from|through) \d{1,2}/\d{1,2}|\b(?:January|February|March|"
                           r"April|May|June|July|August|September|October|November|December) [a-z-]+(?:st|nd|rd|th)"
                           r") (?:and|or) $")
"""A month and day just said before "and": the second of two dates ("on 12/23 and 12/24")."""
_TIME_AFTER = re.compile(r",? at \d{1,2}(?::\d{2})?\s?(?:[ap]\.?m\b\.?|noon\b|midnight\b)")
"""A clock time after a month and day: "9/12 at 8 a.m."."""
_DATE_VERB_BEFORE = re.compile(r"\b(?:opens?|launch(?:es)?|starts?|begins?|ends?|closes?|ships?|arrives?|"
                               r"expires?|airs?|returns?|resumes?|reopens?) $")
"""A verb of when before a month and day whose day no fraction has: "opens 9/12", "ends 6/30"."""


def _short_numeric(m: re.Match[str], day_first: bool) -> str:
    """"on 10/1", "until 12/31", "from 9/1 to 9/15": a date without its year, only after a
    word that takes a date ("by 1/4" is a fraction, "by 9/30" a date, "9/11" the attacks)."""
    before = _DATE_WORD_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
    a, b = int(m.group("a")), int(m.group("b"))
    if before is None:
        if (_TIME_AFTER.match(m.string, m.end()) and b not in (2, 3, 4, 8, 16)) or (
                _AFTER_A_DATE.search(m.string, max(0, m.start() - 40), m.start())
                and 13 <= b <= 31) or (
                _DATE_VERB_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
                and 13 <= b <= 31 and b != 16):
            return _said_date(a, b, None, day_first) or m.group(0)  # "opens 9/12 at 8 a.m."
        return m.group(0)
    if (a, b) == (9, 11) or (before.group(1) in ("from", "to") and a < b
                             and b in (2, 3, 4, 5, 8, 10, 16)):
        return m.group(0)  # "from 1/2 to 3/4" of a share
    if before.group(1) in ("by", "By") and not (13 <= b <= 31 and b != 16) and a < b:
        return m.group(0)  # "by 1/4" is a fraction; "by 9/30" a day no fraction has, "by 8/1"
        # no fraction at all
    return _said_date(a, b, None, day_first) or m.group(0)


_NUMBER_WORD_END = re.compile(r"(?:th|st|nd|rd|one|two|three|four|five|six|seven|eight|nine|ten|"
                              r"eleven|twelve|teen|ty|hundred|thousand)$")


def _date_dash(m: re.Match[str]) -> str:
    """The dash after a said day or year and before the next date is "to"."""
    if not _NUMBER_WORD_END.search(m.group(1)):
        return m.group(0)
    return f"{m.group(1)} to "


def _weekday(m: re.Match[str]) -> str:
    return _WEEKDAYS[m.group(1).lower()]


def _weekday_range(m: re.Match[str]) -> str:
    return f"{_WEEKDAYS[m.group(1).lower()]} to {_WEEKDAYS[m.group(2).lower()]}"


def _month_range(m: re.Match[str]) -> str:
    return f"{month_name(m.group(1))} to {month_name(m.group(2))}"


_CAP_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|"
              r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")


_TENS_PLURAL = ("noughties tens twenties thirties forties fifties sixties seventies eighties "
                "nineties").split()


def _decade(m: re.Match[str]) -> str:
    if m.group("short") is not None:  # "the '90s", "her 80s"
        return _TENS_PLURAL[int(m.group("short"))]
    value = int(m.group("c") + m.group("dec") + "0")
    if m.group("dec") == "0":
        words = year(value) if value % 1000 else cardinal(value)
        return words + "s"
    words = year(value)
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


MAX_YEAR = 2099
MAX_FUTURE_YEAR = 2199
"""Years past MAX_YEAR only after a word that takes a year: "by 2100"."""
MIN_YEAR = 1100


_YEAR_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Dd]uring|[Bb]efore|[Aa]fter|[Oo]f|"
    r"[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|"
    r"[Ff]iscal|FY|Q[1-4]|[Qq]uarter|[Yy]ear|[Ss]eason|one|two|three|four)[\s-]+$")


def year_before(text: str, start: int) -> bool:
    """True when a word that takes a year ("in", "by", "since", "mid-") ends just before."""
    return _YEAR_BEFORE.search(text, max(0, start - 12), start) is not None


_YEAR_NAMED = re.compile(r"\b[Tt]he year\s$")
""""the year 2525": called "the year", four digits are one, however far off ("per year 2500
tonnes" is no name)."""


_SPAN_OF_YEARS = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween|[Tt]he) (?:1[1-9]\d\d|20\d\d) (?:to|and|until|through) $")
""""from 2010 to 2020 prices rose", "the 1990 to 1993 seasons": the second end of a span of years is
a year too."""


_EVENT_BEFORE = re.compile(r"\b(?!(?:The|A|An|Some|All|About|Over|Only|Nearly|Almost|"
                           r"Around|Roughly|Its|Their|Our|His|Her|These|Those)\b)[A-Z][a-z]+ $")
""""Euro 2024 starts", "Paris 2024 costs rose": a name and a year are an event's name (where
"2020 prices" after it would be a count)."""


_PLURALS = frozenset("people children men women staff police personnel troops cattle".split())
"""Plurals without an "-s": "1984 people" counts them."""
_COUNT_ADJECTIVES = frozenset("""new more additional other fewer extra confirmed active registered
                              total young local foreign international eligible""".split())
"""Words between a count and what it counts ("1905 new cases")."""
COUNTED_AFTER_THE = frozenset(
    """residents workers employees students soldiers members passengers patients troops people
                                 votes seats jobs homes houses units cases deaths acres miles feet meters
                                 tons dollars shares runners fans""".split())
"""What "the 1500 soldiers" counts: after a determiner a year's number before any other plural is
the year ("the 2019 reforms")."""
_DETERMINER_BEFORE = re.compile(r"(?:\b(?i:the|a|an|this|that|its|their|his|her|our|your|my)|['’]s) $")


_GLUED_LETTER = re.compile(r"[A-Z](?![\w'’])")
"""A series' letter written onto its year ("Series 2024A bonds"): said apart, "twenty twenty-four
A", not run into the year's last word."""


def _year(m: re.Match[str]) -> str:
    written = m.group(1)
    value = int(written)
    follower = (m.group(2) or "").lower()
    after = f" {m.group(2)}" if m.group(2) else ""
    if written.startswith("0"):
        return digits(written) + after  # "code 0451"
    before = year_before(m.string, m.start())
    named = _YEAR_NAMED.search(m.string, max(0, m.start() - 10), m.start()) is not None
    if not MIN_YEAR <= value <= MAX_YEAR and not (before and value <= MAX_FUTURE_YEAR) \
            and not (named and value >= 1000):
        return cardinal(value) + after
    # "2020 prices" counts, "2024 Paris Olympics" is a year (the written case decides, so it
    # is read before lowering)
    # (a singular in -ss, -us, -is is no count: "the 2024 class", "the 2008 crisis", "2020 census";
    # nor a verb: "1999 was", "2020 has been")
    counted = follower
    if follower in _COUNT_ADJECTIVES:  # "1905 new cases": the noun after the adjective
        noun_after = re.match(r" ([a-z]+)\b", m.string[m.end():])
        counted = noun_after.group(1) if noun_after else ""
    if (counted != follower or counted in _PLURALS or (1900 <= value <= 2039 and counted not in COUNTED_AFTER_THE)
            ) and _DETERMINER_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        counted = ""  # "the 2020 police reforms", "its 2021 new models", "the 2019 reforms": a year
    if ((counted.endswith("s") and not counted.endswith(("ss", "us", "is")) or counted in _PLURALS)
            and counted not in NOT_NOUNS
            and (m.group(2) or "").islower() and counted not in YEAR_NOUNS
            and not before and not _SPAN_OF_YEARS.search(m.string, max(0, m.start() - 24),
                                                         m.start())
            and not _EVENT_BEFORE.search(m.string, max(0, m.start() - 16), m.start())):
        return f"{cardinal(value)} {m.group(2)}"
    return year(value) + (f" {m.group(2)}" if m.group(2) else "")


_FISCAL_YEAR = re.compile(r"\bFY\s?['’]?(\d{4}|\d{2})(?:[-–/](\d{2}))?\b(?![.,]\d)")


def _short_year(written: str) -> str:
    return f"oh {cardinal(int(written))}" if written.startswith("0") else cardinal(int(written))


def _fiscal_year(m: re.Match[str]) -> str:
    """"FY2024", "FY23", "FY2025-26" -> "fiscal year twenty twenty-four", "fiscal twenty-three",
    "fiscal year twenty twenty-five to twenty-six": the digits are a year (and a span of two),
    not a code read digit by digit ("zero nine") or with a dash; a short year is said as the
    business pages say it ("fiscal twenty-three"). (Until 2026-12-05 "F.Y.": two sets written
    blind said "fiscal".)"""
    written, end = m.group(1), m.group(2)
    said = ("fiscal year " + year(int(written)) if len(written) == 4
            else "fiscal " + _short_year(written))
    return said + (f" to {_short_year(end)}" if end else "")


_QUARTER_PREPOSITION = re.compile(r"\b(?i:in|for|during|since|from|through|until|by|to|of) $")


def _quarter_first(m: re.Match[str]) -> str:
    """"in 2Q24" -> "in the second quarter of 2024", "1H25 sales" -> "first half of 2025 sales"."""
    n, half = int(m.group("n")), m.group("k") == "H"
    if half and n > 2:
        return m.group(0)
    when = m.group("y") if len(m.group("y")) == 4 else f"20{m.group('y')}"
    pre = "the " if _QUARTER_PREPOSITION.search(m.string, max(0, m.start() - 8), m.start()) else ""
    return f"{pre}{ordinal(n)} {'half' if half else 'quarter'} of {when}"


_ERA_SPAN = re.compile(
    r"(?P<c>\b(?:c|ca)\.\s?)?(?<![\w.,])(?P<a>[1-9]\d{0,3})\s?[-–]\s?(?P<b>[1-9]\d{0,3})\s?(?P<era>(?:BCE|BC|AD|CE)\b|B\.C\.(?:E\.)?|"
    r"A\.D\.|C\.E\.)|\b(?P<era2>AD|A\.D\.)\s?(?P<a2>[1-9]\d{0,3})\s?[-–]\s?(?P<b2>[1-9]\d{0,3})\b(?![.,]\d)")


def _era_span(m: re.Match[str]) -> str:
    """"1200-1150 BCE" -> "twelve hundred to eleven fifty B.C.E.", "AD 306-337" -> "A.D. three
    oh six to three thirty-seven"."""
    era = _ERAS[(m.group("era") or m.group("era2")).replace(".", "")]
    if m.string.startswith(".", m.end()):
        era = era.rstrip(".")
    if m.group("era2"):
        return f"{era} {_era_year(int(m.group('a2')))} to {_era_year(int(m.group('b2')))}"
    circa = "circa " if m.group("c") else ""
    return f"{circa}{_era_year(int(m.group('a')))} to {_era_year(int(m.group('b')))} {era}"


@lru_cache(maxsize=2)
def date_passes(day_first: bool) -> tuple[Pass, ...]:
    """Dates in digits; `day_first` decides 12/03/2024 when both could be the month."""
    return (
        (_FISCAL_YEAR, _fiscal_year),
        # a span of years with its era: "1200-1150 BCE", "AD 306-337" (a falling span is no
        # range to the range pass, but years before Christ fall)
        (_ERA_SPAN, _era_span),
        # a futures contract's month and year: "Dec '25 corn", "Mar. '26 wheat"
        (re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? (?=['’]\d\d\b)"),
         lambda m: MONTHS[m.group(1)] + " "),
        # a span of two months and days: "the testing window is 4/14-5/2"
        (re.compile(r"(?<![\d/.,])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])\s?[-–]\s?(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])"
                    r"(?![\d/])"),
         lambda m: " to ".join(_said_date(int(a), int(b), None, day_first) or f"{a}/{b}"
                               for a, b in ((m.group(1), m.group(2)), (m.group(3), m.group(4))))),
        # a life's years in an obituary, a caption, a family tree: "b. 1931", "d. 2024"
        (re.compile(r"(?<![\w.])([bd])\. (?=(?:1[5-9]|20)\d\d\b)"),
         lambda m: "born " if m.group(1) == "b" else "died "),
        # a quarter or half with a short year: "Q4'23" -> "Q4 23", "H1 ’24"
        (re.compile(r"\b([QH][1-4])\s?['’](\d{2})\b(?![.,]\d)"), lambda m: f"{m.group(1)} {m.group(2)}"),
        # the finance pages' "2Q24", "3Q 2023", "1H25": the second quarter of 2024
        (re.compile(r"(?<![\w.])(?P<n>[1-4])(?P<k>[QH])\s?['’]?(?P<y>\d{2}|\d{4})\b(?![.,]\d)"),
         _quarter_first),
        (re.compile(r"\b(1[1-9]\d\d|20\d\d)([-/.])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])\b"
                    r"(?![-/.]?\d)"), _iso_date),
        (re.compile(r"(?<![\d.,/-])(?<!\b[vV])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)"
                    r"(?P<y>\d{4}|\d{2})\b(?![-/.:]?\d)"), lambda m: _numeric(m, day_first)),
        (re.compile(r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>-)(?P<b>\d{1,2})-(?P<y>\d{4})\b"
                    r"(?![-/.:]?\d)"), lambda m: _numeric(m, day_first)),
        (re.compile(r"(?P<a>\d(?<![\d.,/-]\d)\d?)/(?P<b>\d{1,2})"
                    r"\b(?![/\d]|[.,]\d|\s?(?:of|th|st|nd|rd|rds?|ths?)\b)"),
         lambda m: _short_numeric(m, day_first)),
        # attacks known by their date: "the 7/7 bombings", "the 26/11 Mumbai attacks"
        (re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])(?=(?: [A-Z][a-z]+)? (?:attacks?|"
                    r"bombings?|blasts?|terror|victims|anniversary|commission|plot)\b)"),
         lambda m: f"{cardinal(int(m.group(1)))} {cardinal(int(m.group(2)))}"),
        # a month and a year: "valid until 12/2026", "since 03/2024"
        (re.compile(r"(?<![\d/.,])(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b(?![/.,]\d)"),
         lambda m: f"{MONTH_NAMES[int(m.group(1)) - 1]} {year(int(m.group(2)))}"),
        # two days before their month: "on 2 and 3 October" -> "the second and third of October"
        # ("from 28 to 30 March" -> "the twenty-eighth to the thirtieth of March")
        # ("between the 11th and 23rd of March": its own "the" and "of" are not said twice)
        (re.compile(rf"(\b[Tt]he )?(?<![\d.,/])([1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (and|or|&|to|through|until) "
                    rf"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (?:of )?(?=(?:{_MONTH_ALT})\b)"),
         lambda m: f"{m.group(1) or 'the '}{ordinal(int(m.group(2)))} {'and' if m.group(3) == '&' else m.group(3)} "
                   f"{'the ' if m.group(3) in ('to', 'through', 'until') else ''}"
                   f"{ordinal(int(m.group(4)))} of "),
        # a month and two days: "Nov. 4 and 5" -> "November fourth and fifth"
        (re.compile(rf"\b({_MONTH_ALT})\.? ([1-9]|[12]\d|3[01])(?:st|nd|rd|th)? (and|or|&|to|through|until) "
                    rf"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.,:]?\d)"),
         lambda m: f"{month_name(m.group(1))} {ordinal(int(m.group(2)))} "
                   f"{'and' if m.group(3) == '&' else m.group(3)} {ordinal(int(m.group(4)))}"),
        # "the 1.2.2024 deadline": the day said first brings its own "the"
        (re.compile(r"\b([Tt]he) the (?=(?:\w+-)?\w+ of (?:January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)\b)"),
         lambda m: f"{m.group(1)} "),
    )


MONTH_PASSES: tuple[Pass, ...] = (
    (re.compile(rf"(?<![\w.]){_MONTH}\s?{_DAY}\b{_DAY2}(?![:.]?\d)(?!\s?(?:%|percent))"
                rf"(?:,?\s{_YEAR}\b)?(?![\d,.]\d)"), _month_day),
    (re.compile(rf"(?P<the>\b[Tt]he )?(?<![\d.,]){_DAY}{_DAY2}(?:\s?of)?[ -]{_MONTH}"
                rf"(?:,?[ -]{_YEAR}\b)?"), _day_month),
    (re.compile(rf"(?<![\w.]){_MONTH}\s?,?\s{_YEAR}\b"), _month_year),
    # "Jan 5-Feb 10" (both dates said by now): the dash between them is "to", and so after a
    # year: "Dec. 31, 1999-Jan. 1, 2000" (not after a name: "Chris Davies - Nov 19")
    (re.compile(r"\b([a-z]+)\s?[-–—]\s?(?=(?:January|February|March|April|May|June|July|August|"
                r"September|October|November|December) [a-z])"), _date_dash),
    # and before a day said first: "12 Oct 2024-9 Feb 2025"
    (re.compile(r"\b([a-z]+)\s?[-–—]\s?(?=the [a-z]+(?:-[a-z]+)? (?:to the [a-z]+(?:-[a-z]+)? )?of "
                r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                r"December)\b)"), _date_dash),
)
"""Dates with a month's name or abbreviation: they need a digit and a month word."""
MONTH_WORDS = frozenset({*MONTHS, "march", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                         "sep", "sept", "oct", "nov", "dec", "JAN", "FEB", "MAR", "APR", "JUN",
                         "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"})
WEEKDAY_WORDS = frozenset(w for k in _WEEKDAYS for w in (k, k.capitalize()))


WEEKDAY_PASSES: tuple[Pass, ...] = (
    (re.compile(rf"\b{_WD}\.?\s?[-–—]\s?{_WD}\b\.?"), _weekday_range),
    # "Jan-Mar", "Apr.–Jun." (not "Mar-a-Lago"): a span of months
    (re.compile(rf"\b{_CAP_MONTH}\.?\s?[-–—]\s?{_CAP_MONTH}\b(?:\.(?=\s[a-z]))?(?![-'’]\w)"),
     _month_range),
    (re.compile(rf"\b{_WD}\.?(?=,? (?:{_MONTH_RE})\b|,? \d{{1,2}} (?:{_MONTH_RE})|,? the [a-z-]+ of )"),
     _weekday),
    # after a time or a word that takes a day: "at 12:30pm Sat.", "8 p.m. Thurs.", "due by Fri."
    (re.compile(rf"((?:\d|(?<![A-Za-z])[ap]\.?m\.?|(?<![A-Za-z])[AP]\.?M\.?|\b(?:on|by|until|till|through|before|"
                rf"after|every|next|last|this)) ){_WD}(?:\.|\b(?! [A-Z]))(?![\w'’-])"),
     lambda m: m.group(1) + _WEEKDAYS[m.group(2).lower()]),
)
"""Weekdays and spans of months: "Mon-Fri" -> "Monday to Friday", "Mon., Oct. 8" -> "Monday,
Oct. 8", "Jan-Mar" -> "January to March"."""


def year_passes() -> tuple[Pass, ...]:
    """Decades and years, after ranges, money and measures have taken their numbers."""
    return _YEAR_PASSES


_PLURAL_ROUND = {"10": "tens", "100": "hundreds", "1000": "thousands", "1,000": "thousands",
                 "1000000": "millions", "1,000,000": "millions"}


def _number_ers(m: re.Match[str]) -> str:
    """"49ers" -> "forty-niners", "76ers" -> "seventy-sixers": a number made a noun."""
    words = cardinal(int(m.group(1)))
    return words + ("rs" if words.endswith("e") else "ers")


_ERAS = {"BC": "B.C.", "BCE": "B.C.E.", "AD": "A.D.", "CE": "C.E.", "AH": "A.H."}


def _era_year(n: int) -> str:
    """A year of an era is said as years are, three digits too: 410 -> "four ten", 305 ->
    "three oh five", 2500 -> "twenty-five hundred" (a count would be "four hundred ten")."""
    if not 100 <= n <= 999:
        return year(n)
    high, low = divmod(n, 100)
    if low == 0:
        return cardinal(n)
    return f"{cardinal(high)} {'oh ' + cardinal(low) if low < 10 else cardinal(low)}"


def _century_era(m: re.Match[str]) -> str:
    """"the 12th century AD" (the ordinal already said): the era is spelled."""
    era = _ERAS[m.group(2).replace(".", "")]
    stop_follows = m.string.startswith(".", m.end())
    return f"{m.group(1)} {era.rstrip('.') if stop_follows else era}"


def _era(m: re.Match[str]) -> str:
    """"410 AD", "2500 BC", "AD 79", "500 B.C.E.": a year with its era."""
    era = _ERAS[(m.group("era") or m.group("era2")).replace(".", "")]
    if m.string.startswith(".", m.end()):  # "in 44 BC." keeps one full stop
        era = era.rstrip(".")
    return (f"{era} {_era_year(int(m.group('y2')))}" if m.group("y2")
            else f"{_era_year(int(m.group('y')))} {era}")


def _born_died(m: re.Match[str]) -> str:
    if not m.string.endswith(("(", ", ", "; ", "( "), 0, m.start()):
        return m.group(0)
    return "born " if m.group(1) == "b" else "died "


_ERA = r"(?:(?:BCE|BC|AD|CE)\b|B\.C\.(?:E\.)?|A\.D\.|C\.E\.)"
_YEAR_PASSES: tuple[Pass, ...] = (
    # "c. 1500", "ca. 1200" (circa) and "est. 1890" (established) before a year
    # "(b. 1946)", "b. 1930, d. 2001": born and died before a year, in a bracket or a list
    (re.compile(r"([bd])\.(?<!\w[bd]\.)\s?(?=(?:c\.\s?|ca\.\s?)?(?:1[0-9]|20)\d\d\b)"), _born_died),
    (re.compile(r"\b(?:c|ca)\.\s?(?=\d{3,4}\b)"), lambda m: "circa "),
    (re.compile(r"\b[Ee]st\.\s?(?=(?:1[1-9]|20)\d\d\b)"), lambda m: "established "),
    (re.compile(rf"(?<![\w.,])(?P<y>[1-9]\d{{0,3}})\s?(?P<era>{_ERA})|"
                rf"\b(?P<era2>AD|A\.D\.|AH|A\.H\.)\s?(?P<y2>[1-9]\d{{0,3}})\b(?![.,]\d)"), _era),
    # "fl. c. 1140": a medieval writer's years of work, "flourished"
    (re.compile(r"(?<![\w.])fl\.\s?(?=(?:c\.\s?|ca\.\s?|circa\s)?\d{3,4}\b)"), lambda m: "flourished "),
    (re.compile(r"\b(centur(?:y|ies)|millenni(?:um|a)) (AD|A\.D\.|CE|C\.E\.)(?=\W|$)"),
     _century_era),
    # "1000s of fans", "100s of homes", "10s of thousands": round numbers as plural nouns
    (re.compile(r"(?<![\w.,'’])(1,000,000|1000000|1,000|1000|100|10)s\b(?=\s+of\b)|"
                r"(?<![\w.,'’])(1,000|1000|100)s\b(?![-'’]\w)"),
     lambda m: _PLURAL_ROUND[m.group(1) or m.group(2)]),
    (re.compile(r"(?<![\w.,'’])(\d{1,2})ers\b"), _number_ers),
    # "the 1990s–2000s", "the '60s-'70s": a span of decades
    (re.compile(r"(?<=\d0s)\s?[-–—]\s?(?=(?:1[1-9]|20)\d0['’]?s\b|['’]?\d0['’]?s\b)"),
     lambda m: " to "),
    (re.compile(r"\b(?P<c>1[1-9]|20)(?P<dec>\d)0['’]?s\b|(?:(?<=[\s(\"“-])|^)['’]?"
                r"(?P<short>\d)0['’]?s\b"), _decade),
    (re.compile(r"(?<![\d,.])(\d{4})(?!\d|[,.]\d|(?:st|nd|rd|th)\b)(?: ([A-Za-z]+))?"),
     lambda m: _year(m) + (" " if _GLUED_LETTER.match(m.string, m.end()) else "")),
    # "back in '08", "the class of '99"
    (re.compile(r"(?<![\w'’])['’](\d)(\d)\b(?!['’]?s\b)(?![.,]\d)"),
     lambda m: f"oh {cardinal(int(m.group(2)))}" if m.group(1) == "0"
     else cardinal(int(m.group(1) + m.group(2)))),
)
