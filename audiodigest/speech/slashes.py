"""Two numbers joined by a slash that make no fraction: betting odds ("11/4 to win"), a cricket
score ("287/6 in 50 overs"), a bowler's figures ("bowled 5/32"), a pair said as one word ("20/20
vision", "a 60/40 split"), a mark out of a total ("rated it 9/10"), a blood pressure ("BP
140/90") and a rating in stars. Moved from ranges.py, whose passes use them."""

from __future__ import annotations

import re

from .common import Pass
from .numbers import cardinal, pairs

__all__ = ["OF_AFTER", "PRESSURE", "SCORE_LOOKBACK", "cricket", "out_of", "slash_pair", "stars"]

SCORE_LOOKBACK = 60
"""Characters before "2-0" searched for a word that makes it a score."""
OF_AFTER = re.compile(r"\s+(?:of\b|the (?:size|number|amount|cost|price|rate|speed|weight|height|"
                      r"length|width|level|population|area|value)\b)")
"""After a fraction: "1/8000 of a second", "1/30 the size of"."""


_ODDS_AFTER = re.compile(r"\s(?:to win|(?:(?:second|third|joint|co-|clear|hot|heavy|strong) )?favou?rites?|"
                         r"shots?|outsiders?|on|against|chances?|"
                         r"with (?:the )?(?:bookmakers|bookies))\b")
_ODDS_BEFORE = re.compile(r"\b(?:odds|bookmakers|bookies|priced|backed|betting|price|at|"
                          r"favou?rites?|outsiders?|tipped|went off|wager|bet)\b"
                          r"[^.;]{0,12}$")
_ODDS_ON = re.compile(r"odds|favou?rite")
"""Before odds shorter than evens ("1/2"), only these make them odds, not a fraction."""
_AN_OVER = r"(?:first|last|final|next|opening|maiden|\d+(?:st|nd|rd|th)) over"
"""Cricket's over, singular only with its ordinal ("the final over"): "over Buffalo" is no over."""
_CRICKET_AFTER = re.compile(rf"(?:[^.;]|\.\d){{0,40}}\b(?:overs|{_AN_OVER}|declared|dec|stumps|lunch|tea|innings|"
                            r"wickets?|run chase|all out)\b")
_CRICKET_BEFORE = re.compile(rf"\b(?:innings|batting|bowled|overs|{_AN_OVER}|wickets?|Test|ODI|T20|"
                             r"cricket|declared|stumps|chasing|chase|total)\b[^.;]{0,40}$")
_PAIR_AFTER = re.compile(r"\s(?:split|vision|hindsight|ratio|mix|blend|balance|divide|"
                         r"call|proposition|portfolio|rule|partnership|venture|ownership)\b")


_BOWLING_BEFORE = re.compile(r"\b(?:bowl(?:ed|ing|s)?|figures of|took|takes|taking|return of)\b[^.;]{0,12}$")
"""Before "5/32" a bowler's word makes it wickets for runs, no fraction."""


def cricket(m: re.Match[str]) -> bool:
    """Whether the words around a "350-4" or a "287/6" are cricket's (overs, wickets, a Test)."""
    before = m.string[max(0, m.start() - SCORE_LOOKBACK) : m.start()]
    return (_CRICKET_AFTER.match(m.string, m.end()) is not None
            or _CRICKET_BEFORE.search(before) is not None)


_MARK_BEFORE = re.compile(r"\b(?i:scored?|scores|scoring|rated|rates|rating|graded|marked|averag(?:ing|es|ed))\b"
                          r"(?: it| them| a| an)? $")
_MARK_AFTER = re.compile(r" (?:stars?|(?:critic |user |review |aggregate )?(?:score|rating)s?)\b")


def out_of(m: re.Match[str]) -> str:
    a, b = float(m.group(1)), int(m.group(2))
    marked = (_MARK_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) is not None
              or _MARK_AFTER.match(m.string, m.end()) is not None)
    if a > b or not marked or OF_AFTER.match(m.string, m.end()):
        return m.group(0)  # "got 2/3 of the vote" is a fraction
    return f"{m.group(1)} out of {m.group(2)}"


MIN_DIASTOLIC, MAX_SYSTOLIC = 30, 300
"""A blood pressure's bounds: "pressure fell 10/12 times" is none."""
_PRESSURE_BEFORE = re.compile(r"\b(?:[Bb]lood pressure|BP|[Pp]ressure)\b[^.;/]{0,20}$")


def _pressure(m: re.Match[str]) -> str:
    """A blood pressure, systolic over diastolic, each in pairs as doctors say it."""
    high, low = int(m.group(1)), int(m.group(2))
    if not (MIN_DIASTOLIC <= low < high <= MAX_SYSTOLIC) or m.string.endswith(("/", ".", ","), 0, m.start()) or not (
            m.group(3) or _PRESSURE_BEFORE.search(m.string, max(0, m.start() - 36), m.start())):
        return m.group(0)
    unit = " millimeters of mercury" if m.group(3) else ""
    return f"{pairs(m.group(1))} over {pairs(m.group(2))}{unit}"


PRESSURE: Pass = (re.compile(r"\b(\d{2,3})/(\d{2,3})(?![\d/]|\.\d)"
                             r"( ?mm ?Hg\b)?"),
                  _pressure)
""""120/80 mmHg", "BP 140/90" -> "one twenty over eighty": a blood pressure (before the codes
read "BP 140" as a model's name)."""


def stars(m: re.Match[str]) -> str:
    n = int(m.group(1))
    if re.match(r" [a-z]", m.string[m.end():]):
        return f"{cardinal(n)}-star"
    return f"{cardinal(n)} {'star' if n == 1 else 'stars'}"


def slash_pair(m: re.Match[str]) -> str:
    """The slashes that are no fraction: betting odds ("11/4 to win", "at 100/1" -> "eleven to
    four"), a cricket score ("287/6 in 50 overs" -> "two hundred eighty-seven for six"), and a
    pair said as one word ("20/20 vision", "a 60/40 split" -> "sixty-forty")."""
    first, second = m.group(1), m.group(2)
    a, b = int(first), int(second)
    before = m.string[max(0, m.start() - SCORE_LOOKBACK) : m.start()]
    if b <= 10 < a and cricket(m):
        return f"{cardinal(a)} for {cardinal(b)}"
    if a <= 10 < b and _BOWLING_BEFORE.search(before):
        return f"{cardinal(a)} for {cardinal(b)}"  # a bowler's figures: "bowled 5/32"
    if len(first) == len(second) == 2 and a % 10 == 0 == b % 10 and _PAIR_AFTER.match(
            m.string, m.end()):
        return f"{cardinal(a)}-{cardinal(b)}"
    if b <= 100 and not before.endswith(tuple(f"{d} " for d in "0123456789")) and (
            _ODDS_AFTER.match(m.string, m.end()) or (
            _ODDS_BEFORE.search(before[-20:]) and (a >= b or _ODDS_ON.search(before)))):
        return f"{cardinal(a)} to {cardinal(b)}"
    return m.group(0)
