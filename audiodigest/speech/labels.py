"""The written forms of product labels, as recalls and consumer warnings quote them: a dose's
strength over a volume ("10 mg/5 mL" "ten milligrams per five milliliters"), a packaging date code ("15JAN25"
"January fifteenth, twenty twenty-five"), a label's capitals ("USE BY", "BEST BY"), "exp." before
its date, "Lot #" before its code, a car's model year ("MY 2023"), the abbreviations "mfr." and
"qty.", and a community calendar's ("reg. required", "srs.", "$15 adv.", "Hist. Soc.", "2nd fl.",
"Ste. B"). The passes run before the dates' and the measures'.
"""

from __future__ import annotations

import re

from .common import Pass, stop_kept
from .measures import unit_words
from .numbers import number_words, ordinal, year
from .speechdata import MONTH_NAMES

__all__ = ["PASSES", "WORDS"]

WORDS = frozenset({"mg", "mcg", "USE", "BEST", "SELL", "exp", "Exp", "EXP", "Lot", "LOT", "MY", "mfr",
                   "Mfr", "qty", "Qty", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
                   "OCT", "NOV", "DEC", "reg", "Reg", "srs", "Srs", "adv", "Hist", "fl", "Fl", "Ste"})
"""Words one of which a sentence needs for these passes to matter."""

_MONTHS = tuple(name[:3].upper() for name in MONTH_NAMES)


def _amount(num: str, unit: str) -> str:
    return f"{number_words(num)} {unit_words(unit, num == '1')}"


def _dose(m: re.Match[str]) -> str:
    """"10 mg/5 mL" -> "ten milligrams per five milliliters" ("250 mg/mL" is the measures')."""
    return f"{_amount(m.group(1), m.group(2))} per {_amount(m.group(3), m.group(4))}"


def _date_code(m: re.Match[str]) -> str:
    """"15JAN25" -> "January fifteenth, twenty twenty-five": a day, a month, a year (two digits
    are this century's)."""
    written = m.group(3)
    value = int(written) + 2000 if len(written) == 2 else int(written)
    return f"{MONTH_NAMES[_MONTHS.index(m.group(2))]} {ordinal(int(m.group(1)))}, {year(value)}"


PASSES: tuple[Pass, ...] = (
    (re.compile(r"(?<![\w.,–-])(\d+(?:\.\d+)?) ?(mg|mcg|g)/(\d+(?:\.\d+)?) ?(mL|ml|L)\b(?![/\w])"), _dose),
    (re.compile(rf"(?<![\w-])([0-3]?\d)({'|'.join(_MONTHS)})((?:20)?\d\d)\b"), _date_code),
    # a label's capitals: "USE BY", "BEST BY", "SELL BY" (not initials, "U.S.E.")
    (re.compile(r"\b(USE|BEST|SELL)( |-)(BY|BEFORE)\b"), lambda m: f"{m.group(1).lower()}{m.group(2)}"
                                                              f"{m.group(3).lower()}"),
    (re.compile(r"\b([Ee]xp|EXP)\.(?= ?(?:date )?\d)"), lambda m: "expiration"),
    (re.compile(r"\b(Lot|LOT|Lots|Batch)( ?)# ?(?=[\dA-Z])"), lambda m: f"{m.group(1)} number "),
    (re.compile(r"\bMY ?(?=(?:19|20)\d\d\b)"), lambda m: "model year "),
    (re.compile(r"\b([Mm])fr\.(?=[\s,;:)]|$)"), lambda m: stop_kept(m, f"{m.group(1)}anufacturer")),
    (re.compile(r"\b([Qq])ty\.(?=[\s,;:)]|$)"), lambda m: stop_kept(m, f"{m.group(1)}uantity")),
    # a listing's short forms: "reg. required", "Reg. is required", "reg. info", "$5 for srs.",
    # "$15 adv.", "the Hist. Soc.", "the 2nd fl.", "Ste. B"
    (re.compile(r"\b([Rr])eg\.(?= (?:required|info|information|forms?|fees?|deadline|opens|closes|is|"
                r"begins|ends|online|link)\b|[,;:)]|$)"), lambda m: stop_kept(m, f"{m.group(1)}egistration")),
    (re.compile(r"\b([Rr])eg\.(?= \$)"), lambda m: f"{m.group(1)}egularly"),  # an ad's "reg. $24.99"
    (re.compile(r"\b([Ss])rs\.(?=[\s,;:)]|$)"), lambda m: stop_kept(m, f"{m.group(1)}eniors")),
    (re.compile(r"(?<=\d )adv\.(?=[\s,;:)/]|$)"), lambda m: stop_kept(m, "advance")),
    (re.compile(r"\bHist\. Soc\.(?=[\s,;:)]|$)"), lambda m: stop_kept(m, "Historical Society")),
    (re.compile(r"(?<=\d(?:st|nd|rd|th) )[Ff]l\.(?=[\s,;:)]|$)"), lambda m: stop_kept(m, "floor")),
    (re.compile(r"\bSte\.? (?=[A-Z](?:[,;)\s]|\.?$))"), lambda m: "Suite "),
)
