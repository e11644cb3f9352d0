"""The written short forms of geography, quake and expedition news: a quake's magnitude written
"M7.5" ("a M3.3", "aftershocks of M4.5-5.0", "Mw 7.8"), a fact box's "pop.", "lat." and "long."
before their figures, a place's kind written short after its name ("the Sacramento R.", "the
Kamchatka Pen.", "the Rocky Mts.", "Denali N.P."), and a compass point written short before a
region ("N. Wales", "S. Korea"). The passes run before the addresses' (whose "N." before a
street's name is a direction of its own).
"""

from __future__ import annotations

import re

from .addresses import DIRECTIONS
from .common import Pass, stop_kept

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"M", "Mw", "pop", "Pop", "lat", "Lat", "long", "Long", "R", "Pen", "Mts", "N", "S",
                   "E", "W", "P"})
"""Words one of which a sentence without a digit needs for these passes to matter."""

_QUAKE = re.compile(r"\b(?:quakes?|earthquakes?|aftershocks?|tremors?|temblors?|foreshocks?|seismic|"
                    r"shaking|epicent(?:er|re)|USGS|EMSC|magnitude|[Tt]sunami)\b")
"""Words that make "M7.5" a quake's magnitude (not a motorway, "the M4", or a size)."""
_MAGNITUDE = re.compile(r"(?<![\w.-])M[wL]? ?(?=\d(?:\.\d)?(?:[-–]\d(?:\.\d)?)?(?![\w.,]\d|\w))")
_REGIONS = ("Wales|Ireland|Korea|Africa|Carolina|Dakota|Sudan|Yorkshire|Macedonia|Cyprus|Timor|Ossetia|"
            "Siberia|Kalimantan|Sumatra|Sulawesi|Java|Sussex|Devon|Midlands|Jerusalem|Germany|Europe|"
            "Asia|America|Syria|Gaza|Darfur|Kivu|Waziristan|Kordofan|Caucasus|Island|Coast")
_AFTER_PLACE = r"(?=\s+[a-z]|[,;:)]|\.?$)"
"""A place's kind written short ends the name: a lower-case word, a mark or the end follows, not
another name ("John R. Smith" keeps his initial)."""


def _magnitude(m: re.Match[str]) -> str:
    return "magnitude " if _QUAKE.search(m.string) else m.group(0)


PASSES: tuple[Pass, ...] = (
    (_MAGNITUDE, _magnitude),
    # a fact box's population and a position's latitude and longitude before their figures
    (re.compile(r"\b([Pp])op\.(?= (?:est\. )?\d)"), lambda m: f"{m.group(1)}opulation"),
    (re.compile(r"\b([Ll])at\.(?= \d)"), lambda m: f"{m.group(1)}atitude"),
    (re.compile(r"\b([Ll])ong\.(?= \d)"), lambda m: f"{m.group(1)}ongitude"),
    # a river after its name, with its article: "along the Sacramento R. this year"
    (re.compile(rf"(?<=\bthe )((?:[A-Z][a-z]+ ){{1,2}})R\.{_AFTER_PLACE}"),
     lambda m: stop_kept(m, f"{m.group(1)}River")),
    (re.compile(rf"\b([A-Z][a-z]+) Pen\.{_AFTER_PLACE}"), lambda m: stop_kept(m, f"{m.group(1)} Peninsula")),
    (re.compile(r"\b([A-Z][a-z]+) Mts\.(?= |[,;:)]|$)"), lambda m: stop_kept(m, f"{m.group(1)} Mountains")),
    (re.compile(rf"\b([A-Z][a-z]+) N\.P\.{_AFTER_PLACE}|\b([A-Z][a-z]+) N\.P\.(?= [A-Z])"),
     lambda m: stop_kept(m, f"{m.group(1) or m.group(2)} National Park")),
    # a compass point before a region: "across N. Wales", "S. Korea's"
    (re.compile(rf"\b([NSEW])\. (?=(?:{_REGIONS})\b)"), lambda m: f"{DIRECTIONS[m.group(1)]} "),
)
