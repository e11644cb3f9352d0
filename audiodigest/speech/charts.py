"""The written short forms of charts, tables and their captions as they reach an article: a
missing value ("n/a", "N/A": "not available"), a table's money unit ("(in $ millions)": "in
millions of dollars"; "current intl. $": "international dollars"), a unit alone in a column's
brackets ("(km²)", "(°F)"), dollars of one year ("in 2023 dollars": the year), a median written
short ("med. $5.75", "Med. household income") and a fact box's "Pop. est.". The passes run
before the measures' and the money's.
"""

from __future__ import annotations

import re

from .common import Pass
from .measures import unit_words
from .numbers import year

__all__ = ["PASSES", "may_match"]

_NEEDLES = ("/", "(", "$", "€", "£", "intl.", "ed.", "op.")


def may_match(text: str) -> bool:
    """Whether a sentence without a digit holds what one of these passes needs."""
    return any(needle in text for needle in _NEEDLES)

_MONEY = {"$": "dollars", "US$": "U.S. dollars", "€": "euros", "£": "pounds"}
_SCALE = {"thousands": "thousands", "millions": "millions", "billions": "billions", "trillions": "trillions",
          "m": "millions", "mn": "millions", "mln": "millions", "bn": "billions", "k": "thousands"}


def _money_unit(m: re.Match[str]) -> str:
    """"(in $ millions)" -> "(in millions of dollars)", "($ bn)" -> "(billions of dollars)"."""
    return f"{m.group(1) or ''}{_SCALE[m.group(3)]} of {_MONEY[m.group(2)]}"


PASSES: tuple[Pass, ...] = (
    # a missing value: "listed as n/a", "N/A" in a table (not "n/a/b", a path)
    (re.compile(r"(?<![\w/.])[Nn]/[Aa](?![\w/])"), lambda m: "not available"),
    (re.compile(r"(?<=\()(in )?(US\$|\$|€|£) ?(thousands|millions|billions|trillions|mn|mln|bn|m|k)(?=\))"),
     _money_unit),
    # a money unit alone before a bracket's end or a comma: "(current intl. $)", "(US$)"
    (re.compile(r"(?<=[\w.(] )(US\$|\$|€|£)(?=[),;])|(?<=\()(US\$|\$|€|£)(?=\))"),
     lambda m: _MONEY[m.group(1) or m.group(2)]),
    (re.compile(r"\bintl\.(?= [$€£a-z])"), lambda m: "international"),
    # a unit alone in a column's brackets: "(km²)", "(mi2)", "(°F)"
    (re.compile(r"(?<=\()(?:(?:km|mi|m|ft)[²2]|°[FC])(?=\))"), lambda m: unit_words(m.group(0), False)),
    # dollars of one year: "(2023 dollars)", "in constant 2015 dollars", "in 2024 euros"
    (re.compile(r"(?:(?<=\()|(?<=\bin )|(?<=\bconstant )|(?<=\breal ))((?:19|20)\d\d)(?= (?:U\.S\. )?"
                r"(?:dollars|euros|pounds)\b)"),
     lambda m: year(int(m.group(1)))),
    # a median written short before an amount or what it measures
    (re.compile(r"\b([Mm])ed\.(?= (?:\$|\d|household|family|income|incomes|age|price|prices|home|rent|"
                r"wage|wages|salary|earnings|value|sale|weekly|hourly|annual|net|pay)\b)"),
     lambda m: f"{m.group(1)}edian"),
    # a fact box's "Pop. est. as of July 1": the population's estimate
    (re.compile(r"\b([Pp])op\. est\.(?= (?:as of|for|of|in)\b|[,:)]|$)"), lambda m: f"{m.group(1)}opulation estimate"),
)
