"""Science in figures: powers of ten ("6.022 × 10²³"), powers with a caret ("2^10"), spans of
degrees and a place's coordinates ("51.5074° N", "40°42′N"). These passes run before the other
measures and only where a sentence has a caret, a degree sign or a superscript (SCIENCE_MARKS).
"""

from __future__ import annotations

import re

from .common import Pass
from .measures import COMPASS, UNIT_RE, unit_words
from .numbers import NUM, is_one, number_words, ordinal

__all__ = ["E_NOTATION", "SCIENCE_MARKS", "SCIENCE_PASSES"]


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def _power_of_ten(m: re.Match[str]) -> str:
    """"6.022 × 10²³" -> "six point zero two two times ten to the twenty-third", "1 × 10^-9"
    -> "one times ten to the minus nine", with a unit after it in the plural."""
    if m.group("sup") and not m.group("mant") and len(m.group("sup")) < 2:
        return m.group(0)  # "10²" alone: an area's power or a footnote
    power = (m.group("exp") or m.group("sup").translate(_SUPERSCRIPTS)).replace("−", "-")
    power = power.replace("–", "-")
    n = int(power.lstrip("-") or 0)
    said = f"ten to the minus {number_words(str(n))}" if power.startswith("-") else (
        f"ten to the {ordinal(n)}")
    if m.group("mant"):
        said = f"{number_words(m.group('mant'))} times {said}"
    if m.group("unit") == "in":
        return f"{said} in"  # "6.674 × 10⁻¹¹ in SI units": the word, no inches
    return f"{said} {unit_words(m.group('unit'), False)}" if m.group("unit") else said


def _e_notation(m: re.Match[str]) -> str:
    """"1e-9" -> "one times ten to the minus nine", "6.02e23": a computer's scientific notation."""
    power = m.group(2).replace("−", "-").lstrip("+")
    said = (f"ten to the minus {number_words(power[1:])}" if power.startswith("-")
            else f"ten to the {ordinal(int(power))}")
    return f"{number_words(m.group(1))} times {said}"


E_NOTATION: Pass = (re.compile(r"(?<![\w.])(\d(?:\.\d+)?)[eE]([-−+]?\d{1,3})\b(?![\w-]|\.\d)"), _e_notation)
"""Scientific notation as software writes it: "1e-9", "6.02e23" (one digit before the point)."""


def _power(m: re.Match[str]) -> str:
    base = m.group(1) if m.group(1).isalpha() else number_words(m.group(1))
    power = m.group(2).replace("−", "-").replace("–", "-")
    if power.startswith("-"):
        return f"{base} to the minus {number_words(power[1:])}"
    n = int(power)
    return f"{base} {'squared' if n == 2 else 'cubed'}" if n in (2, 3) else f"{base} to the {ordinal(n)}"




def _coordinate(m: re.Match[str]) -> str:
    """"51.5074° N" -> "fifty-one point five zero seven four degrees north", "40°42′N" -> "forty
    degrees forty-two minutes north" (degrees, minutes and seconds of arc)."""
    if not m.group("min") and not m.group("dir"):
        return m.group(0)
    said = f"{number_words(m.group('deg'))} {'degree' if is_one(m.group('deg')) else 'degrees'}"
    for part, one, many in (("min", "minute", "minutes"), ("sec", "second", "seconds")):
        if m.group(part):
            n = m.group(part).lstrip("0") or "0"  # "74°00′W": "zero minutes"
            said += f" {number_words(n)} {one if is_one(n) else many}"
    return f"{said} {COMPASS[m.group('dir')]}" if m.group("dir") else said


SCIENCE_PASSES: tuple[Pass, ...] = (
    # scientific notation: "6.022 × 10²³", "1 x 10^-9", "3 × 10⁸ m/s", "10^6" (not "10²" alone,
    # which is an area's or a footnote's)
    (re.compile(rf"(?<![\w.^])(?:(?P<mant>{NUM})\s?[×x*·]\s?)?10(?:\^\(?(?P<exp>[-−–]?\d{{1,3}})\)?"
                rf"|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,3}}))(?:\s?(?P<unit>{UNIT_RE})(?![\w/²³°]))?(?![\w^])"),
     _power_of_ten),
    # a power that is a variable: "2^n" -> "two to the n"
    (re.compile(r"(?<![\w.^])([a-z]|\d{1,3})\^\(?([a-z])\)?(?![\w^])"),
     lambda m: f"{m.group(1) if m.group(1).isalpha() else number_words(m.group(1))} to the {m.group(2)}"),
    # any other power written with a caret: "2^10" -> "two to the tenth", "x^2" -> "x squared"
    (re.compile(r"(?<![\w.^])([a-z]|\d{1,3}(?:\.\d+)?)\^\(?([-−–]?\d{1,3})\)?(?![\w^]|\.\d)"), _power),
    # a span of degrees with the sign on both ends: "25°-30°C" -> "25 to 30°C"
    (re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)°\s?[-–—]\s?(?=-?\d{1,3}(?:\.\d+)?°)"),
     lambda m: f"{m.group(1)} to "),
    # a place's coordinates: "51.5074° N", "33.9°S, 18.4°E", "40°42′N 74°00′W", "40° 26′ 46″ N"
    (re.compile(r"(?<![\w.])(?P<deg>\d{1,3}(?:\.\d+)?)\s?[°º]\s?(?:(?P<min>\d{1,2}(?:\.\d+)?)\s?['′’]\s?"
                r"(?:(?P<sec>\d{1,2}(?:\.\d+)?)\s?(?:\"|″|''|”)\s?)?)?(?P<dir>[NSEW](?![\w'’-]|\.\w))?"),
     _coordinate),
)
"""Powers of ten and coordinates, before the other measures: they need "^", "°" or a
superscript (SCIENCE_MARKS)."""
SCIENCE_MARKS = "^°º⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
