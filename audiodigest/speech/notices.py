"""The numbers of public notices, legal advertisements and meeting agendas: an ordinance's,
a resolution's or a bid's number by its year ("Res. 2026-02", which the dates would read as
February), a section's ("Sec. 12-34(b)"), a permit's ("Permit #B24-0712"), a county's parcel
index ("PIN 14-28-301-005"), a legal description's quarters and townships ("the NE 1/4 of Sec.
14, T2N, R3W"), and a conference call's ID and passcode ("meeting ID 813 4470 2259", "passcode
13579#"). The passes run before the dates'.
"""

from __future__ import annotations

import re

from .common import Pass
from .numbers import cardinal, digits, pairs, year

__all__ = ["PASSES"]

_NUMBERED = (r"Ord\.|Ordinance|Res\.|Resolution|Bid|RFP|RFQ|Contract|Project|Permit|File|Bill|"
             r"Agenda Item|Appl\.|Application")
_WORDS = {"Ord.": "Ordinance", "Res.": "Resolution", "Appl.": "Application", "No.": "Number",
          "#": "number", "Nos.": "Numbers"}
_DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
               "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}


def _group(part: str) -> str:
    """A part of a notice's number: "03" -> "oh three", "017" -> "zero one seven", "14" ->
    "fourteen", "117" -> "one seventeen" (in pairs, as the clerks say a docket's)."""
    if len(part) == 2 and part.startswith("0"):
        return f"oh {cardinal(int(part[1]))}"
    if part.startswith("0"):
        return digits(part)
    return cardinal(int(part)) if len(part) <= 2 else pairs(part)


def _numbered(m: re.Match[str]) -> str:
    """"Res. 2026-02" -> "Resolution twenty twenty-six dash zero two", "Bid No. 2025-03", "RFP
    #24-017" -> "RFP number twenty-four dash zero one seven"."""
    label = _WORDS.get(m.group("label"), m.group("label"))
    mark = m.group("mark")
    said = [label] + ([_WORDS[mark.strip()]] if mark else [])
    first = m.group("first")
    said.append(year(int(first)) if len(first) == 4 else cardinal(int(first)))
    said += [f"dash {_group(p)}" for p in m.group("rest").split("-") if p]
    return " ".join(said)


def _code(m: re.Match[str]) -> str:
    """"Permit #B24-0712" -> "Permit number B twenty-four dash zero seven one two"."""
    label = _WORDS.get(m.group(1), m.group(1))
    mark = _WORDS.get(m.group(2).strip(), "number") if m.group(2) else ""
    parts = [f"{m.group(3)} {_group(m.group(4))}", *(_group(p) for p in m.group(5).split("-") if p)]
    return " ".join(x for x in (label, mark, " dash ".join(parts)) if x)


def _pin(m: re.Match[str]) -> str:
    """"PIN 14-28-301-005" -> "PIN fourteen dash twenty-eight dash three zero one dash zero zero
    five": a county's parcel index, its groups as a clerk reads them."""
    return m.group(1) + " " + " dash ".join(
        cardinal(int(p)) if len(p) <= 2 and not p.startswith("0") else digits(p)
        for p in m.group(2).split("-"))


def _call_code(m: re.Match[str]) -> str:
    """"meeting ID 813 4470 2259" -> "eight one three, four four seven zero, two two five nine";
    "passcode 13579#" -> "one three five seven nine pound"."""
    said = ", ".join(digits(g) for g in m.group(2).split())
    return f"{m.group(1)}{said}{' pound' if m.group(3) else ''}"


def _quarter(m: re.Match[str]) -> str:
    """"the NE 1/4 of" -> "the Northeast quarter of", "the S 1/2 of" -> "the South half of"."""
    return f"{_DIRECTIONS[m.group(1)]} {'quarter' if m.group(2) == '4' else 'half'}"


def _township(m: re.Match[str]) -> str:
    """"T2N, R3W" -> "Township two North, Range three West"."""
    return (f"Township {cardinal(int(m.group(1)))} {_DIRECTIONS[m.group(2)]}{m.group(3)}"
            f"Range {cardinal(int(m.group(4)))} {_DIRECTIONS[m.group(5)]}")


PASSES: tuple[Pass, ...] = (
    (re.compile(rf"\b(?P<label>{_NUMBERED})(?P<mark> No\.| Nos\.|\s?#)?\s?(?P<first>(?:19|20)\d\d|\d{{2}})"
                r"(?P<rest>(?:-\d{1,4}){1,2})\b(?![-.,/]\d)"), _numbered),
    (re.compile(r"\b(Permit|Case|File|Application|Appl\.|Project)(\s?#| No\.| number)? ?([A-Z]{1,3})(\d{2})"
                r"((?:-\d{2,5}){1,2})\b(?![-.,/]\d)"), _code),
    (re.compile(r"\b(PIN|P\.I\.N\.)\s?(\d{2}-\d{2}-\d{3}-\d{3}(?:-\d{4})?)\b(?![-.]\d)"), _pin),
    (re.compile(r"\b((?:[Mm]eeting|[Cc]onference|[Ww]ebinar|[Aa]ccess|[Pp]articipant) (?:ID|I\.D\.|code|number)"
                r"(?: is)?:? |[Pp]ass ?code(?: is)?:? |[Aa]ccess code(?: is)?:? )"
                r"(\d{3,6}(?: \d{3,6}){0,3})(#)?(?![\d,.]\d)"), _call_code),
    (re.compile(r"\b(NE|NW|SE|SW|N|S|E|W) 1/([42])(?= of (?:the |Sec\.|Section))"), _quarter),
    (re.compile(r"\bT(\d{1,3})([NS])(,? )R(\d{1,3})([EW])\b"), _township),
    # a section's number and its part: "Sec. 12-34(b)(2)" -> "Section twelve dash thirty-four"
    (re.compile(r"\b(?:Sec\.|Section|§)\s?(\d{1,3})-(\d{1,4})((?:\([a-z\d]{1,3}\)){0,3})(?![-.,]\d)"),
     lambda m: f"Section {cardinal(int(m.group(1)))} dash {_group(m.group(2))}" + "".join(
         f" {cardinal(int(x)) if x.isdecimal() else x}" for x in re.findall(r"\((\w+)\)", m.group(3)))),
)
