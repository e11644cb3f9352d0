"""Roman numerals in English text.

A king's, queen's or pope's ("Henry VIII", "Elizabeth II", "John Paul II") or
a full name's ("Thomas Reid III") is an ordinal ("the eighth"); after a word like War, Bowl,
Phase, Title, Type or a single other name it is a cardinal ("World War II" -> "two", "Super
Bowl LVIII" -> "fifty-eight", "Rocky IV" -> "four"); "I" after a name is the pronoun unless
the name is a ruler's ("Elizabeth I").
"the XIX Congress" is an ordinal, "type II diabetes", "Mk IV", "Part iii" and a sequel's "GTA VI"
cardinals, "MMXXIV" a year. (Moved from codes.py, which holds the codes these passes run with.)
"""

from __future__ import annotations

import re

from .codes import NOT_PRODUCTS
from .common import Pass
from .numbers import cardinal, ordinal, roman_to_int, year
from .speechdata import CARDINAL_ROMAN_CONTEXT, REGNAL_NAMES, WORD_ACRONYMS

__all__ = ["PARTS_OF_WORKS", "ROMAN_PASSES"]


_NOT_FIRST_NAMES = frozenset(
    "The A An In On At Of For And But His Her Its Their Our My This That From With By To As "
    "After Before Watch Watching See Like New Old Final Grand Super Star Street Mortal Mega "
    "Resident Dark Dead Dragon Metal Sonic Kingdom Fantasy Theft Auto Duty Creed Fury Wars Trek "
    "Rocky Jaws Halo Fighter Combat Kombat Quest Souls Legends Chronicles Saga Episode Part Volume "
    "Chapter Book Act Phase Stage Level Mission Operation Project Apollo Gemini Artemis "
    "Voyager Pioneer Sputnik Vostok Soyuz Mariner Viking Explorer".split())
"""Capitalised words before "Rocky II" that make no full name: "The Rocky II sequel" is the
film's number, "Thomas Reid III" a person's."""


def _titled(m: re.Match[str]) -> bool:
    """Whether the numeral ends a title in quotation marks: "Galaxy Run III" grossed ... is a
    sequel's number, no person's."""
    return bool(re.match(r"[,.]?[\"”]", m.string[m.end():])
                and re.search(r"[\"“][^\"”]{0,60}$", m.string[:m.start(2)]))


def _roman(m: re.Match[str]) -> str:
    name, numeral = m.group(2), m.group(3)
    value = roman_to_int(numeral)
    if value is None:
        return m.group(0)
    context = name in CARDINAL_ROMAN_CONTEXT
    # a ruler's name, or a full name ("Thomas Reid III", "Queen Mary II"): an ordinal
    full_name = m.group(1) is not None and m.group(1).strip() not in _NOT_FIRST_NAMES
    person = not context and (name in REGNAL_NAMES or (full_name and value <= 4 and not _titled(m)))
    # (a person's suffix stops at IV: "Thomas Reid III"; "the Rolls-Royce Phantom VIII", "Lancer
    # Evolution IX" are models, their numbers cardinal)
    if numeral == "I" and not person and not context:
        return m.group(0)  # "Yesterday John I ..." is the pronoun
    if name == "Series" and (numeral == "I" or (numeral == "X" and m.string.endswith("Xbox ", 0, m.start(2)))):
        return m.group(0)  # "the World Series I watched", the "Xbox Series X": no numerals
    if name == "Malcolm" and numeral == "X":
        return m.group(0)  # the activist, no king (Scotland's Malcolms stop at IV)
    if name == "Class" and len(numeral) == 1 and re.match(r"\s+(?:felon|misdemeanor|offense|crime)",
                                                          m.string[m.end():]):
        return m.group(0)  # "a Class X felony": a letter, as in "Class A", "Class B"
    if numeral == "I" and re.match(r"\s+(?:am|think|was told|'m|’m|have|had)\b",
                                   m.string[m.end():]):
        return m.group(0)
    if len(numeral) == 1 and (not (name in REGNAL_NAMES or context) or numeral in "CL"):
        return m.group(0)  # "Malcolm X", "Xbox One X", "Saturn V", "Schedule C", "Class C"
    if ("L" in numeral or "C" in numeral) and not (person or context):
        return m.group(0)  # "Washington DC", "Grade LI"
    head = m.group(0)[: m.start(3) - m.start(0)]
    if person:
        return f"{head}the {ordinal(value)}"
    return f"{head}{cardinal(value)}"


_COUNTED = (r"Olympiad|Olympics|Olympic|Winter|Summer|Games|Congress|Plenum|Corps|Army|Legion|"
            r"Division|Brigade|Dynasty|Century|Council|Assembly|Conference|Symposium|"
            r"International|Biennale|Festival|Session|Synod|Parliament|Republic|Reich")
"""Names that an institution counts with a Roman numeral after "the": "the XXXIII Olympiad",
"the XIX Congress", "the VI Corps", "the Fifth Republic"; other capitals after "the XX..." are
as often letters ("the LIV Golf tour", "the IV drip")."""


def _the_roman(m: re.Match[str]) -> str:
    """"the XXXIII Olympiad" -> "the thirty-third Olympiad": the numeral counts the name."""
    value = roman_to_int(m.group(2))
    if value is None or m.group(2) in WORD_ACRONYMS:
        return m.group(0)
    return f"{m.group(1)} {ordinal(value)}"


def _roman_year(m: re.Match[str]) -> str:
    """"MMXXIV" -> "twenty twenty-four", "MCMXCIX" -> "nineteen ninety-nine": a numeral in the
    thousands, as a film's credits, a cornerstone or a Super Bowl's year writes it, is a year."""
    value = roman_to_int(m.group(0))
    if value is None or m.group(0) in WORD_ACRONYMS:
        return m.group(0)
    return year(value)


_TEAM_OF = (r"(?:playing|starting|unchanged|strongest|first-choice|World|President's|Chairman's|"
            r"first|second|third|First|Second|Third|Test|[A-Z][\w-]*['’]s)")
"""Before "XI" (cricket, football) and "XV" (rugby union) a team's word or its owner ("the Prime
Minister's XI", "England's Test XI"): the side itself."""
_LOWER_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                "ix": 9, "x": 10, "xi": 11, "xii": 12}


PARTS_OF_WORKS = r"Part|Chapter|Book|Act|Scene|Volume|Vol\.|Appendix|Annex|Schedule|Article|Canto|Psalm"
"""Words a small Roman numeral numbers ("Part iii"): normalize.py's gate asks for them too."""
ROMAN_PASSES: tuple[Pass, ...] = (
    # a numeral after a lower-case word of rank: "intensity VIII" (Mercalli), "type II diabetes",
    # "stage IV cancer", "a category V storm" -> cardinals
    (re.compile(r"\b(intensity|stage|phase|level|grade|category|class|type|tier) "
                r"((?=[IVX]{2,}\b|[VX]\b)X{0,3}(?:IX|IV|V?I{0,3}))\b(?![\w.'’-])"),
     lambda m: f"{m.group(1)} {cardinal(roman_to_int(m.group(2)) or 0)}"),
    # a car's mark: "Supra Mk IV", "GT40 Mk II" -> "Mark four", "Mark two"
    (re.compile(r"\bMk\.? ((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\b(?![\w.-])"),
     lambda m: f"Mark {cardinal(roman_to_int(m.group(1)) or 0)}"),
    # a part of a work numbered in small Roman numerals: "Part iii", "Chapter iv", "Scene ii"
    (re.compile(rf"\b({PARTS_OF_WORKS}) ((?=[ivxl]{{1,7}}\b)x{{0,3}}(?:ix|iv|v?i{{0,3}}))\b(?![.'’]\w)"),
     lambda m: f"{m.group(1)} {cardinal(roman_to_int(m.group(2).upper()) or 0)}"),
    # a side by its number of players: "an unchanged playing XI", "the starting XV"
    (re.compile(rf"\b({_TEAM_OF}) (XI|XV)\b"),
     lambda m: f"{m.group(1)} {'eleven' if m.group(2) == 'XI' else 'fifteen'}"),
    # a listed building's grade: "Grade II*" -> "Grade two star"
    (re.compile(r"\b([Gg]rade) (I{1,3})(\*)?(?=[\s,.;)]|$)"),
     lambda m: f"{m.group(1)} {cardinal(len(m.group(2)))}" + (" star" if m.group(3) else "")),
    # a clause's or a section's lower-case numeral: "clause (iii)", "section 2(b)(iv)"
    (re.compile(r"\b((?:[Cc]lause|[Ss]ection|[Pp]aragraph|[Ss]ubsection|[Ss]ubparagraph|[Aa]rticle|"
                r"[Ii]tem|[Pp]oint|[Ss]chedule|[Rr]ule|[Pp]art) )\((i{1,3}|iv|vi{0,3}|ix|xi{0,2})\)"),
     lambda m: f"{m.group(1)}{cardinal(_LOWER_ROMAN[m.group(2)])}"),
    # a virus's clade, a trial's phase: "clade Ib" -> "clade one b", "Phase IIb"
    (re.compile(r"\b([Cc]lades?|[Pp]hase|Block|Mark|Stage|Tier|Level) (I{1,3}|IV|VI{0,3}|IX|X)([ab])?\b"
                r"(?![.'’]\w)"),
     lambda m: f"{m.group(1)} {cardinal(roman_to_int(m.group(2)) or 1)}"
               + (f" {m.group(3)}" if m.group(3) else "")),
    # four letters or more from M on: no acronym is a well-formed numeral that long
    (re.compile(r"(?<![\w.-])M{1,3}[MDCLXVI]{3,12}(?![\w-]|\.\w)"), _roman_year),
    (re.compile(rf"\b([Tt]he|\w+['’]s) ([IVXLC]{{1,7}})(?= (?:(?:Airborne|Armored|Armoured|Marine|Expeditionary|"
                rf"Army|Mechanized|Guards|Tank) )?(?:{_COUNTED})\b)"), _the_roman),
    # an event's edition before its organizer's initials: "the XXV FIFA World Cup", "the XIX
    # NATO summit" (from XII on: "the XI ICC side" and "the XV" are teams)
    (re.compile(r"\b([Tt]he) (X{1,3}(?:IX|IV|VI{0,3}|I{0,3}))(?<!\bXI)(?<!\bXV)(?<!\bX)"
                r"(?= [A-Z]{2,6}(?:['’]s)? (?:[A-Z][a-z]+|summit|meeting|congress|conference|games|"
                r"championships?|cup|edition|session|forum|assembly)\b)"), _the_roman),
    (re.compile(r"(\b[A-Z][a-z]+ (?:[A-Z]\.? )?)?\b([A-Z][a-z]+) ([IVXLC]{1,7})\b(?=['’]s\b|(?![.'’]\w))"
                r"(?!\.? [A-Z][a-z]+ [IVX]{1,4}\b)"  # "Robert L. Hale III": the L is his initial
                r"(?!-(?!(?:style|era|period|inspired|themed|like|esque|bound|winning)\b))"),
     _roman),  # not before a hyphen ("Windows XP-based"), but "a Louis XIV-style chair"
    # a rocket's version and its letter: "the Saturn IB", "the H-IIA" -> "one B", "H two A"
    (re.compile(r"\b(Saturn |Titan |Delta |H-)(I{1,3}|IV|V)([A-D])\b(?![.'’-]\w)"),
     lambda m: f"{m.group(1).replace('-', ' ')}{cardinal(roman_to_int(m.group(2)) or 0)} {m.group(3)}"),
    (re.compile(r"\bWW(II|I|2|1)\b"), lambda m: "World War " + (
        "two" if m.group(1) in ("II", "2") else "one")),
    # a sequel's numeral after a title in capitals or in CamelCase: "GTA VI", "GTA V",
    # "WrestleMania XL" -> "six", "five", "forty" (a cardinal, as a sequel is said)
    (re.compile(r"\b((?!(?:US|UK|EU|UN|WW)\b)[A-Z]{2,5}|[A-Z][a-z]+[A-Z][a-z]+) ((?:X{0,3}|XL|L)(?:IX|IV|V?I{0,3}))"
                r"(?<=[IVXL])\b(?![.'’-]\w)"),
     lambda m: m.group(0) if m.group(2) == "I" or m.group(1) in NOT_PRODUCTS
     else f"{m.group(1)} {cardinal(roman_to_int(m.group(2)) or 0)}"),
)
