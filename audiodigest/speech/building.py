"""The written short forms of home improvement and building pages: a nail's size in pennies
("16d nails": "sixteen penny"), a cable's gauge and conductors ("14/2 cable": "fourteen two"),
studs "16 in. o.c." ("on center"), "lin. ft." ("linear feet"), a toilet's "1.28 gpf" ("gallons
per flush"), a product's "dia.", "ht." and "wt." before their figures, a model's number digit by
digit ("model 2307-20": "two three zero seven dash two zero") and a store's item number in its
groups ("SKU 1001 234 567"). The passes run before the measures' and the ranges' (a model's
hyphen is no span).
"""

from __future__ import annotations

import re

from .common import Pass, stop_kept
from .numbers import cardinal, digits

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"nails", "nail", "cable", "wire", "Romex", "oc", "lin", "gpf", "dia", "ht", "wt", "model",
                   "Model", "SKU", "UPC", "item", "Item"})
"""Words one of which a sentence without a digit needs for these passes to matter."""
_MEASURE = {"dia": "diameter", "ht": "height", "wt": "weight", "Dia": "Diameter", "Ht": "Height", "Wt": "Weight"}


def _model(m: re.Match[str]) -> str:
    """"model 2307-20" -> "model two three zero seven dash two zero"."""
    return f"{m.group(1)} " + " dash ".join(digits(part) for part in m.group(2).split("-"))


def _groups(m: re.Match[str]) -> str:
    """"SKU 1001 234 567" -> "S.K.U. one zero zero one, two three four, five six seven"."""
    return f"{m.group(1)} " + ", ".join(digits(part) for part in m.group(2).split())


PASSES: tuple[Pass, ...] = (
    (re.compile(r"\b(\d{1,2})d(?= (?:(?:common|finish|box|sinker|galvanized|ring-shank|framing) )?nails?\b)"),
     lambda m: f"{cardinal(int(m.group(1)))} penny"),
    (re.compile(r"(?<![\w/.])(1[024]|[468])/([234])(?= (?:cable|wire|Romex|NM-B|NM|UF-B|UF)\b)"),
     lambda m: f"{cardinal(int(m.group(1)))} {cardinal(int(m.group(2)))}"),
    (re.compile(r"(?<=\d)( ?(?:in\.?|inches|\"|″)) o\.c\.(?=\s|$|[,;:)])"),
     lambda m: stop_kept(m, f"{m.group(1)} on center")),
    (re.compile(r"(?<=\d )lin\. ?ft\.?(?=\s|$|[,;:)])"), lambda m: stop_kept(m, "linear feet")),
    (re.compile(r"(?<=\d )gpf\b"), lambda m: "gallons per flush"),
    (re.compile(r"\b([Dd]ia|[Hh]t|[Ww]t)\.(?= \d)"), lambda m: _MEASURE[m.group(1)]),
    (re.compile(r"\b([Mm]odel(?: No\.| #)?) (\d{3,6}-\d{1,4})\b(?![-.,]\d)"), _model),
    (re.compile(r"\b((?:SKU|UPC|[Ii]tem)(?: No\.| #)?) (\d{3,4}(?: \d{3,4}){1,3})\b(?![-.,]\d)"), _groups),
)
