"""The written short forms of aviation news: a runway ("Rwy 4L", "Rwys 10/28"), an airport or an
air base written short ("Reagan National Arpt.", "Nellis AFB"), a first officer ("F/O Mark
Chen"), a transponder code ("squawk 7700", digit by digit as controllers say it) and an
airworthiness directive's number ("AD 2024-02-51": its year, then its two parts). The passes run
before the addresses' and the dates' (a directive's number is no date).
"""

from __future__ import annotations

import re

from .common import Pass, stop_kept
from .numbers import cardinal, digits, year

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"Rwy", "Rwys", "Arpt", "AFB", "F"})
"""Words one of which a sentence without a digit needs for these passes to matter."""


def _part(group: str) -> str:
    """A directive's part: "02" -> "zero two" (a leading zero said), "51" -> "fifty-one"."""
    return digits(group) if group.startswith("0") else cardinal(int(group))


def _directive(m: re.Match[str]) -> str:
    return f"A.D. {year(int(m.group(1)))} dash {_part(m.group(2))} dash {_part(m.group(3))}"


PASSES: tuple[Pass, ...] = (
    (re.compile(r"\bRwy(s?)\.?(?= \d)"), lambda m: f"Runway{m.group(1)}"),
    (re.compile(r"\bArpt\.?(?=[\s,;:)]|$)"), lambda m: stop_kept(m, "Airport")),
    (re.compile(r"\bAFB\b(?![-'’\w])"), lambda m: "Air Force Base"),
    (re.compile(r"\bF/O(?= [A-Z][a-z])"), lambda m: "First Officer"),
    # a transponder code, digit by digit: "squawk 7700", "squawked 7500"
    (re.compile(r"\b([Ss]quawk(?:s|ed|ing)?(?: code)?) ([0-7]{4})\b"),
     lambda m: f"{m.group(1)} {digits(m.group(2))}"),
    # an airworthiness directive: "AD 2024-02-51" (not "AD 2024", the year)
    (re.compile(r"\bAD (\d{4})-(\d{2})-(\d{2})\b"), _directive),
)
