"""Credit ratings and securities' numbers as a markets desk says them: S&P's and Fitch's letters
("AA+" "double A plus", "BBB-" "triple B minus"), Moody's ("Aa1" "double A one", "Baa3" "B double
A three"), in a sentence about ratings only (a plain "AA" stays letters: "AA batteries", "the AA
meeting"); a CUSIP or an ISIN one character at a time ("CUSIP 91282CLF6" "nine one two eight
two C L F six"), as it is read out to be typed.
"""

from __future__ import annotations

import re

from .common import Pass
from .numbers import digits

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"rated", "Rated", "rating", "Rating", "ratings", "Ratings", "downgraded", "upgraded",
                   "downgrade", "upgrade", "downgrades", "upgrades", "Moody", "Fitch", "S", "DBRS",
                   "notch", "notches", "grade", "junk", "CUSIP", "ISIN"})
"""Words one of which a sentence needs for these passes to matter."""

_RATINGS_TALK = re.compile(r"\b(?:[Rr]at(?:ed|ing|ings)|[Dd]owngrade[ds]?|[Uu]pgrade[ds]?|Moody['’]s|Fitch|"
                           r"S&P(?! \d)|DBRS|notch(?:es)?|[Ii]nvestment[- ]grade|[Jj]unk)(?!\w)")
_TIMES = {1: "", 2: "double ", 3: "triple "}
_SIGN = {"+": " plus", "-": " minus", "−": " minus", "": ""}
_AGENCY = re.compile(r"(?<![\w&/-])(AAA|AA|BBB|BB|CCC|CC|A(?=[+\-−])|B(?=[+\-−])|C(?=[+\-−]))([+\-−]?)(?![\w&+/-])")
"""S&P's, Fitch's letters: "AAA", "AA+", "BBB-", "A-", "B+" (a lone "A" or "B" is no rating)."""
_MOODYS = re.compile(r"(?<![\w&/-])(Aaa|Aa|A|Baa|Ba|B|Caa|Ca)([123])(?![\w&+/-])")
"""Moody's: "Aaa", "Aa1", "A2", "Baa3", "Ba1", "Caa2" ("A1", "B2" only in a sentence of ratings)."""
_MOODYS_TOP = re.compile(r"(?<![\w&/-])Aaa(?![\w&+/-])")


def _letters(run: str) -> str:
    """"AA" -> "double A", "BBB" -> "triple B", "Baa" -> "B double A"."""
    if len(set(run.upper())) == 1:
        return _TIMES[len(run)] + run[0]
    return f"{run[0]} {_letters(run[1:].upper())}"


def _agency(m: re.Match[str]) -> str:
    if not _RATINGS_TALK.search(m.string):
        return m.group(0)
    return _letters(m.group(1)) + _SIGN[m.group(2)]


def _moodys(m: re.Match[str]) -> str:
    if not _RATINGS_TALK.search(m.string):
        return m.group(0)
    return f"{_letters(m.group(1))} {digits(m.group(2))}"


def _security(m: re.Match[str]) -> str:
    said = " ".join(digits(c) if c.isdigit() else c for c in m.group(2))
    return f"{m.group(1)}{said}"


PASSES: tuple[Pass, ...] = (
    (re.compile(r"\b((?:CUSIP|ISIN)(?: (?:No\.|number|code))?:? )([0-9A-Z]{9,12})\b"), _security),
    (_MOODYS, _moodys),
    (_MOODYS_TOP, lambda m: "triple A" if _RATINGS_TALK.search(m.string) else m.group(0)),
    (_AGENCY, _agency),
)
