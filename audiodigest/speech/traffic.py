"""The words of traffic and transit alerts: a road's bound ("the Thruway SB", "Hwy. 401 EB
collectors" -> "southbound", "eastbound"), a Southern California freeway by its number ("the 405
interchange" -> "the four oh five"), a time written with a lone "a" or "p" ("until 5:30a",
"nightly 10p-5a"), a span of two days with their dates ("Sat. 11/15-Sun. 11/16"), a direction
before a numbered street ("W. 40th and W. 42nd streets"), a keyword texted for alerts ("Text
LAUNCH to 55155"), and a few names written short ("NJ Transit", "NY Penn", "Alt. Rte."). The
passes run before the addresses' and the dates'.
"""

from __future__ import annotations

import re

from .common import Pass
from .numbers import pairs

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"NB", "SB", "EB", "WB", "NJ", "NY", "Alt"})
"""Words one of which a sentence without a digit needs for these passes to matter."""
_BOUND = {"NB": "northbound", "SB": "southbound", "EB": "eastbound", "WB": "westbound"}
_DIRECTION = {"N": "North", "S": "South", "E": "East", "W": "West"}
_ROAD = re.compile(r"\b(?:I-?\d|US \d|SR|Hwy|Highway|Pkwy|Parkway|Expwy|Expressway|Thruway|Turnpike|Tpke|"
                   r"Freeway|Fwy|Route|Rte|Interstate|Bridge|Tunnel|lanes?|ramp|[Ee]xit|traffic|detour|"
                   r"collectors|interchange|mile marker|closed|backup|crash|the \d{3}\b)")
"""A word of the road somewhere in the sentence: then "SB" is a bound, not a Senate bill."""
_DAY = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?"


def _bound(m: re.Match[str]) -> str:
    if _ROAD.search(m.string) is None:
        return m.group(0)
    return _BOUND[m.group(1)]


def _short_time(time: str, mark: str) -> str:
    return f"{time} {'a.m' if mark == 'a' else 'p.m'}"  # the times' passes say "a.m" and keep a stop


PASSES: tuple[Pass, ...] = (
    # a road's bound after its name or before where it is closed: "I-5 SB" is the codes' pass
    (re.compile(r"(?<![\w.-])(NB|SB|EB|WB)\b(?![-'’.]?\w|\s?\d)"), _bound),
    # a Southern California freeway by its number: "the 101 NB", "the 405 interchange"
    (re.compile(r"\b(the) ([1-9]0[1-9]|[1-9][1-9]0)(?= (?:NB|SB|EB|WB|[nsew]\w+bound|[Ff]reeway|"
                r"interchange|exit|on-ramp|off-ramp|and the \d{3})\b)"),
     lambda m: f"{m.group(1)} {pairs(m.group(2))}"),
    # a time with a lone "a" or "p": "10p-5a", "until 5:30a"
    (re.compile(r"\b((?:1[0-2]|[1-9])(?::[0-5]\d)?)([ap])\s?[-–]\s?((?:1[0-2]|[1-9])(?::[0-5]\d)?)([ap])\b(?!\w|\.\w)"),
     lambda m: f"{_short_time(m.group(1), m.group(2))} to {_short_time(m.group(3), m.group(4))}"),
    (re.compile(r"\b((?:until|till) )((?:1[0-2]|[1-9])(?::[0-5]\d)?)([ap])\b(?![\w'’]|\.\w)"),
     lambda m: m.group(1) + _short_time(m.group(2), m.group(3))),
    # a span of two days with their dates: "Sat. 11/15-Sun. 11/16" -> "... to ..."
    (re.compile(rf"(?:(?<=/\d\d)|(?<=/\d))\s?[-–]\s?(?={_DAY} \d{{1,2}}/\d{{1,2}}\b)"),
     lambda m: " to "),
    # a direction before a numbered street: "between W. 40th and W. 42nd streets"
    (re.compile(r"(?<![\w.])([NSEW])\.(?= \d{1,3}(?:st|nd|rd|th)\b)"), lambda m: _DIRECTION[m.group(1)]),
    # a keyword texted for alerts, a word ("Text LAUNCH to 55155"), not initials
    (re.compile(r"\b([Tt]ext(?:s|ed|ing)? )([A-Z]{4,10})(?= to \d{3,6}\b)"),
     lambda m: m.group(1) + m.group(2).capitalize()),
    (re.compile(r"\bNJ(?= Transit\b)"), lambda m: "New Jersey"),
    (re.compile(r"\bNY(?= Penn\b)"), lambda m: "New York"),
    (re.compile(r"\bAlt\. (?:Rte(\.)|Route\b)"),
     lambda m: "Alternate Route" + ("." if m.group(1) and m.string[m.end():m.end() + 1] in ("", '"', "”") else "")),
)
