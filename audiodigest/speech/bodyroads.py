"""Roads and places on them in the body text of other languages than English: an Italian state,
provincial or regional road ("la SS 16": "la statale sedici") and a kilometre marker written
with the unit before its number ("al km 312": "al chilometro 312", "ao km 245": "ao quilómetro",
"bei km 23,4": "bei Kilometer").
bodynumbers.py runs these before the units read "km" after a number. (A French "RN 12" is said
by its letters, as the older sets read it: "R N douze".)
"""

from __future__ import annotations

import re

from num2words import num2words

from .common import Pass as Rule

__all__ = ["road_rules"]

_ROADS = {
    "it": {"SS": "statale", "SP": "provinciale", "SR": "regionale"},
}
_KILOMETRE = {"fr": "kilomètre", "it": "chilometro", "pt": "quilómetro", "es": "kilómetro",
              "de": "Kilometer"}
_MARKER_BEFORE = {
    "fr": "au|du|le|au niveau du", "it": "al|del|dal|nel|il|all'altezza del", "pt": "ao|do|no|o",
    "es": "el|del|en el|al", "de": "bei|am|an|ab|zwischen|und|bis|von|nach|vor|hinter|Höhe",
}


def _road(language: str) -> Rule:
    names = _ROADS[language]
    pattern = re.compile(rf"\b({'|'.join(names)})\s?(\d{{1,4}})\b(?![,.]\d|-\d)")
    return pattern, lambda m: f"{names[m.group(1)]} {num2words(int(m.group(2)), lang=language)}"


def _marker(language: str) -> Rule:
    pattern = re.compile(rf"\b((?:{_MARKER_BEFORE[language]})\s)km\s?(?=\d{{1,4}}(?:,\d{{1,3}})?\b(?![,.]\d))")
    word = _KILOMETRE[language]
    return pattern, lambda m: f"{m.group(1)}{word} "


def road_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    rules: list[Rule] = []
    if language in _ROADS:
        rules.append(_road(language))
    if language in _MARKER_BEFORE:
        rules.append(_marker(language))
    return tuple(rules)
