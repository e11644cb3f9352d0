"""Identifiers made of letters and numbers that news meets more and more: a virus's lineage
("XBB.1.5"), a product line's model ("RTX 5090"), a star's catalogue number ("HD 189733b"), a
lot's code, a vehicle's plate, a case's number and year ("FIR No. 245/2024"), a bowler's figures,
a camera's aperture, a floor as Hong Kong writes it, and, with no digit, a molecule's initials
("mRNA"), an operating system ("macOS") and a Malaysian company ("Sdn Bhd"). The passes run just
before codes.py's (PASSES, which need a digit) or on their own (LETTER_NAMES).
"""

from __future__ import annotations

import re

from .codes import NOT_PRODUCTS
from .common import Pass, stop_kept
from .numbers import cardinal, digits, number_words, ordinal, pairs, roman_to_int, year
from .science import E_NOTATION

__all__ = ["BROADCAST", "LETTER_NAMES", "MUSIC", "PASSES", "PROCESSORS"]


def _lineage(m: re.Match[str]) -> str:
    """"XBB.1.5" -> "X B B one point five", "BA.2.86" -> "B A two point eight six", "JN.1":
    a virus's lineage, its letters, then its numbers as the scientists say them."""
    if m.group(1) in NOT_PRODUCTS:
        return m.group(0)  # "the US.2 markets": a stop without its space
    first, *rest = m.group(2).split(".")
    return " ".join([".".join(m.group(1)) + ".", cardinal(int(first)),
                     *(f"point {digits(p)}" for p in rest)])


def _os_name(m: re.Match[str]) -> str:
    """"macOS" -> "mac O.S.", "iPadOS", "watchOS", "tvOS", "HarmonyOS" ("iOS" the voice says)."""
    return f"{'T.V.' if m.group(1) == 'tv' else m.group(1)} O.S."


def _spelled_code(m: re.Match[str]) -> str:
    """"lot code 23A114" -> "two three A one one four": a lot's or a batch's code, character by
    character."""
    return m.group(1) + " ".join(cardinal(int(ch)) if ch.isdecimal() else ch for ch in m.group(2))


_MOLECULE: Pass = (re.compile(r"\b([a-z]{1,2})(RNA|DNA)(?:-(\d{3,4}))?\b"),
                  lambda m: ".".join((m.group(1) + m.group(2)).upper()) + "."
                  + (f" {pairs(m.group(3))}" if m.group(3) else ""))
"""A molecule's initials with a small first letter: "mRNA", "tRNA", "siRNA", "eDNA", and a
vaccine's number after them ("mRNA-1273" -> "M.R.N.A. twelve seventy-three")."""
_MALAYSIAN_COMPANY: Pass = (re.compile(r"\bSdn\.? Bhd\b\.?"), lambda m: stop_kept(m, "Sendirian Berhad"))
"""A Malaysian private limited company: "Sdn Bhd" -> "Sendirian Berhad"."""
_OS_NAME: Pass = (re.compile(r"\b(mac|iPad|watch|tv|vision|Harmony|Chrome|Fire|Wear)OS\b"), _os_name)
"""An operating system's name, with or without a version: "macOS", "watchOS", "iPadOS 17"."""


_NOT_PRODUCT_LINES = frozenset("ISO EN DIN IEC ANSI IEEE UN US UK EU FY AD BC CE BCE AH NATO".split())
"""Capitals before a four-digit number that are no product line: a standard's ("ISO 9001"), a
year's ("FY 2024", "AD 1066", whose pairs are its reading anyway)."""


def _product_number(m: re.Match[str]) -> str:
    """"RTX 5090" -> "R.T.X. fifty ninety", "GTX 1080": a product line's model number, in pairs."""
    if m.group(1) in _NOT_PRODUCT_LINES:
        return m.group(0)
    return f"{m.group(1)} {pairs(m.group(2))}"


_CATALOGUE = re.compile(r"\b(HD|HIP|TIC|GJ|BD|LHS)[ -](\d{4,6})\s?([a-h])?\b(?![-.,]\d)")
"""A star or a planet by its catalogue number: "HD 189733b" -> "H.D. one eight nine seven three
three b", digit by digit."""


_RATED_BEFORE = re.compile(r"\b(?:rated|rates|rating|gave|gives|scored|scores|score of|earned|awarded)\b[^.;]*$")
_RATING_AFTER = re.compile(r"\s(?:average|rating|score|stars?|review)\b")
"""What makes "9/10" a rating: a verb of rating before it, or a rating's word after it."""
_US_TV_RATING: Pass = (re.compile(r"\bTV-(MA|PG|Y7|Y|G|14)\b"), lambda m: f"TV {m.group(1)}")
"""A US television rating: "TV-MA" -> "T.V. M.A." (the hyphen is no pause)."""
_CALL_LETTERS_BAND: Pass = (re.compile(r"\b([KW][A-Z]{2,3})-(TV|FM|AM|DT|LD|LP|CD|HD)\b(?!-)"),
                            lambda m: f"{m.group(1)} {m.group(2)}")
"""A station's call letters and its band: "WABC-TV", "KQED-FM" -> "WABC TV", spelled apart
(joined by the hyphen the voice said them as one string of letters)."""
_STAR_LETTERS: Pass = (re.compile(r"\b((?:[Dd]ial|[Cc]all|[Pp]ress|[Tt]ext) )\*([A-Z]{2,5})\b"),
                       lambda m: f"{m.group(1)}star {m.group(2)}")
"""A mobile short code in letters: "dial *FHP" (the Highway Patrol) -> "star F.H.P."."""
_DIVISION: Pass = (re.compile(r"\bD-(I{1,3})\b(?![-'’]\w)"), lambda m: f"D {cardinal(len(m.group(1)))}")
"""A college division: "D-III programs", "for D-I eligibility" -> "D three", "D one"."""
LETTER_NAMES: tuple[Pass, ...] = (_MOLECULE, _OS_NAME, _MALAYSIAN_COMPANY, _US_TV_RATING, _CALL_LETTERS_BAND,
                                  _STAR_LETTERS, _DIVISION)
"""The names here with no digit; normalize.py runs them where "OS", "NA", "Bhd", "TV-" or "-TV"
(or another band) is written."""

_RADIO = re.compile(r"\b(?:[Rr]adio|[Ss]tations?|[Dd]ial|[Tt]alk|[Ll]isteners?|[Bb]roadcasts?|[Ss]imulcast|"
                    r"[Aa]ffiliates?|[KW][A-Z]{2,3})\b")
"""Words that make "1010 AM" a station's place on the dial, not a time."""


def _am_frequency(m: re.Match[str]) -> str:
    """"1010 AM" -> "ten ten A.M.", "AM 820" -> "A.M. eight twenty": an AM station's frequency,
    in pairs, where the sentence speaks of radio (530-1710 kHz)."""
    number = m.group(1) or m.group(2)
    if not 530 <= int(number) <= 1710 or not _RADIO.search(m.string):
        return m.group(0)
    return f"{pairs(number)} A.M." if m.group(1) else f"A.M. {pairs(number)}"


_MUSIC = re.compile(r"\b(?:waltz|meter|metre|major|minor|song|single|chorus|bridge|verse|groove|"
                    r"tempo|BPM|album|band|rhythm|jazz|riff|composer|symphony|drummer)\b")
"""Words that make "7/8" a time signature, not a fraction."""


def _meter(m: re.Match[str]) -> str:
    """"in 7/8 time" -> "in seven eight time", "shifts to 4/4" -> "four four": a time signature,
    in a sentence about music (not a fraction)."""
    if m.group(3) is None and not _MUSIC.search(m.string):
        return m.group(0)
    return f"{m.group(1)}{cardinal(int(m.group(2)))} {cardinal(int(m.group(4)))}"


MUSIC: tuple[Pass, ...] = (
    (re.compile(r"\b((?:in|into|to|of|a|from|and) )(\d{1,2})(?=/(?:2|4|8|16)\b(?![/\d]))(?:(?=/\d{1,2} time\b)()|)"
                r"/(\d{1,2})\b(?! of\b)(?![-/]\w)"), _meter),
)
"""A time signature; normalize.py runs it before the fractions."""

BROADCAST: tuple[Pass, ...] = (
    (re.compile(r"(?<![\d:.,$])(\d{3,4}) ?AM\b(?![.'’-]?\w)|\bAM ?(\d{3,4})\b(?![.,:]\d)"), _am_frequency),
    # a clock time written without its colon ("starts at 1030 AM", "at 1130 PM Friday"): the
    # colon back, for the times' passes (not "1130 PM" as a number and a prime minister)
    (re.compile(r"\b((?:[Aa]t|by|from|until|till|to|before|after|around|about|and|through|since|"
                r"starts|begins|opens|closes|ends) )(1[0-2]|[1-9])([0-5]\d) ?(AM|PM|am|pm|a\.m\.|p\.m\.)"
                r"(?![\w'’-])"),
     lambda m: f"{m.group(1)}{m.group(2)}:{m.group(3)} {m.group(4)}"),
    # a station by its dial place alone: "its sister station at 880", "WCBS 880" -> "eight eighty"
    (re.compile(r"(?:(?<=\b[Ss]tation at )|(?<=\b[Ss]tation on )|(?<=\b[Dd]ial at )|(?<=\b[KW][A-Z]{2} )|"
                r"(?<=\b[KW][A-Z]{3} ))(\d{3,4})\b(?![.,:]\d|%| ?(?:AM|FM|[A-Za-z]))"),
     lambda m: pairs(m.group(1)) if 530 <= int(m.group(1)) <= 1710 else m.group(0)),
    # a cable or satellite channel of three or four digits: "channel 702" -> "seven oh two"
    (re.compile(r"\b([Cc]hannels?|[Cc]h\.) (\d{3,4})\b(?![.,:]\d|%)"),
     lambda m: f"{'channel' if m.group(1).lower() == 'ch.' else m.group(1)} {pairs(m.group(2))}"),
)
"""A station on the dial and a channel, said as the stations say them; normalize.py runs them
before the times read "1010 AM" as a clock."""

_RUNWAY_SIDES = {"L": "left", "R": "right", "C": "center"}


def _runway(m: re.Match[str]) -> str:
    """"Runway 27L" -> "Runway twenty-seven left" (not "liters"), "04R/22L" -> "four right
    twenty-two left": a runway's heading and side, each end of it."""
    ends = [f"{cardinal(int(n))}" + (f" {_RUNWAY_SIDES[side]}" if side else "")
            for n, side in ((m.group(2), m.group(3)), (m.group(4), m.group(5))) if n]
    return f"{m.group(1)} {' '.join(ends)}"


_CONTAMINANT = re.compile(r"\b(?:PFAS|PFOA|PFOS|[Ww]ater|chemicals?|contamin\w*|toxins?|lead|arsenic|dioxins?|EPA)\b")
"""A sentence about a contaminant, where "ppt" is parts per trillion."""
_PER_VOLUME = {"mL": "milliliter", "ml": "milliliter", "dL": "deciliter", "L": "liter", "µL": "microliter",
               "μL": "microliter", "mm³": "cubic millimeter", "mm3": "cubic millimeter", "m³": "cubic meter",
               "km²": "square kilometer"}
"""The volume or area a count is given per ("200 copies/mL")."""


def _model(number: str) -> str:
    """A model's number in pairs, five digits as two and three: "14900" "fourteen nine hundred"."""
    return f"{cardinal(int(number[:2]))} {pairs(number[2:])}" if len(number) == 5 else pairs(number)


PROCESSORS: tuple[Pass, ...] = (
    # an engine's cylinders after a name in capitals: "the HEMI V8" -> "V eight" (not "five")
    (re.compile(r"(?<=[A-Z]{2} )V(6|8|10|12|16)\b"), lambda m: f"V-{cardinal(int(m.group(1)))}"),
    # a safety recall's campaign number: "recall 24V-123" -> "twenty-four V one twenty-three"
    (re.compile(r"\b(\d{2})([VEC])-(\d{3})\b(?![-.]\d)"),
     lambda m: f"{cardinal(int(m.group(1)))} {m.group(2)} {pairs(m.group(3))}"),
    # a bacterium's serotype: "E. coli O157:H7" -> "O one fifty-seven H seven" (no clock)
    (re.compile(r"\b([O])(\d{1,3}):([HK])(\d{1,2})\b"),
     lambda m: f"{m.group(1)} {pairs(m.group(2))} {m.group(3)} {cardinal(int(m.group(4)))}"),
    # a product's bar code: "UPC 0 41190 45678 2" -> digit by digit
    (re.compile(r"\b(UPC:? )(\d[\d ]{9,16}\d)\b"), lambda m: m.group(1) + digits(m.group(2).replace(" ", ""))),
    # a range of temperatures with both signs: "40°F-140°F" -> "40°F to 140°F"
    (re.compile(r"(?<=\d°[FC])\s?[-–]\s?(?=-?\d{1,3}(?:\.\d)?°[FC])"), lambda m: " to "),
    # a supernova by its year and letters: "SN 1987A" -> "S N nineteen eighty-seven A"
    (re.compile(r"\bSN ?((?:1[5-9]|20)\d\d)([A-Z]{1,2}|[a-z]{2})\b"),
     lambda m: f"S.N. {year(int(m.group(1)))} {' '.join(m.group(2))}"),
    # a police radio code quoted: "answered "10-4"" -> "ten-four" (not inches, not a range)
    (re.compile(r"(?<=[\"“])10-(\d{1,2})(?=[\"”])"), lambda m: f"ten-{cardinal(int(m.group(1)))}"),
    # a vehicle's letter after its number, which the money would take for a scale: "T-90M"
    # ("T ninety M", not "ninety million"), "T-72B", "Su-35K"
    (re.compile(r"\b([A-Z][A-Za-z]{0,2})-(\d{2,3})([MBK])\b(?![-.]?\d)"),
     lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))} {m.group(3)}"),
    # a visa's class: "H-1B", "H-2A", "EB-5", "F-1" (the money's "B" is no billion here)
    (re.compile(r"\b(H|L|O|F|J|E|EB|TN)-(\d)([A-Z]?)\b(?=\s(?:visas?|holders?|workers?|program|status|petitions?|"
                r"applicants?|lottery|cap|approvals?|applications?|employers?|recipients?|fees?|beneficiaries|"
                r"filings?|registrations?|rules?|farmworkers?|students?)\b)|\b(H|L)-([12])([AB])\b(?!-\d)"),
     lambda m: f"{m.group(4)} {cardinal(int(m.group(5)))} {m.group(6)}" if m.group(4) else
     f"{m.group(1)} {cardinal(int(m.group(2)))}" + (f" {m.group(3)}" if m.group(3) else "")),
    # a processor's model, before the money's "K" takes it for thousands: "Core i9-14900K" ->
    # "i nine fourteen nine hundred K", "Ryzen 7 9800X3D" -> "ninety-eight hundred X three D"
    (re.compile(r"\b(i[3579])-(\d{4,5})([A-Z]{0,2})\b"),
     lambda m: f"i {cardinal(int(m.group(1)[1]))} {_model(m.group(2))} {' '.join(m.group(3))}".rstrip()),
    (re.compile(r"(?<![\w.,$£€-])(\d{4,5})(X3D|XTX|XT|X|KF|KS|K|HX|HS|GE|G|U)\b"),
     lambda m: f"{_model(m.group(1))} " + ("X three D" if m.group(2) == "X3D" else " ".join(m.group(2)))),
    # a video codec ("H.264" -> "H two sixty-four"), a memory's speed ("DDR5-6000"), a
    # vulnerability's number ("CVE-2024-3094"), wired Ethernet ("2.5GbE"), a resolution at a
    # frame rate ("4K/60fps")
    (re.compile(r"\bH\.(26[1-6])\b"), lambda m: f"H {pairs(m.group(1))}"),
    (re.compile(r"\b((?:LP)?DDR\dX?)-(?=\d{4,5}\b)"), lambda m: f"{m.group(1)} "),
    (re.compile(r"\bCVE-((?:19|20)\d\d)-(\d{4,7})\b"),
     lambda m: f"C.V.E. {year(int(m.group(1)))} "
               + (pairs(m.group(2)) if len(m.group(2)) == 4 else digits(m.group(2)))),
    (re.compile(r"(?<=\d)\s?GbE\b"), lambda m: " gigabit Ethernet"),
    (re.compile(r"\b(\d{1,2}K)/(?=\d{2,3} ?fps\b)"), lambda m: f"{m.group(1)} at "),
    # a tropical disturbance's number ("Invest 94L": the L is no litre), a trial's combined
    # phases ("Phase 2/3": "two-three", no fraction), a diagnosis code's leading zero ("U09.9")
    (re.compile(r"\b(Invest) (\d{2})([LE])\b"), lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))} {m.group(3)}"),
    (re.compile(r"\b([Pp]hase) ([1-4])/([1-4])\b"),
     lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))}-{cardinal(int(m.group(3)))}"),
    (re.compile(r"\b([A-Z])0(\d)\.(\d{1,2})\b(?![.,]\d)"),
     lambda m: f"{m.group(1)} zero {cardinal(int(m.group(2)))} point {digits(m.group(3))}"),
    # "ppt" of a contaminant is parts per trillion ("a limit of 4 ppt for two PFAS chemicals");
    # elsewhere the finance pages' percentage points
    (re.compile(r"(?<=\d) ?ppt\b"), lambda m: " parts per trillion" if _CONTAMINANT.search(m.string) else m.group(0)),
    # a count per a volume or an area: "200 copies/mL", "cells/mm³", "cases/km²"
    (re.compile(r"\b(copies|cells|particles|cases|deaths|doses|beds|units|organisms|fibers|fibres)/"
                r"(mL|ml|dL|L|µL|μL|mm³|mm3|m³|km²)(?![\w²³])"),
     lambda m: f"{m.group(1)} per {_PER_VOLUME[m.group(2)]}"),
)


_REPORTERS = {"F.2d": "F. second", "F.3d": "F. third", "F.4th": "F. fourth", "F. Supp.": "F. Supp.",
              "F. Supp. 2d": "F. Supp. second", "F. Supp. 3d": "F. Supp. third"}
_STATE_CODES = r"RCW|ORS|NRS|KRS|MCL|A\.R\.S\.|G\.S\.|Wis\. Stat\.|Fla\. Stat\."


def _docket(m: re.Match[str]) -> str:
    """"No. 23-1037", "Nos. 23-719 and 23-724" -> "Number twenty-three dash ten thirty-seven": a
    court's docket by its term's year and its number, three or four digits in pairs ("seven
    nineteen", as the court's clerks say it; not a span, not thousands)."""
    if re.search(r"\bv\. [^,]{1,40},\s*$", m.string[:m.start()]):
        return m.group(0)  # "Trump v. Anderson, No. 23-719": the case rule's, in pairs
    word = {"No.": "Number", "Nos.": "Numbers"}.get(m.group(1), m.group(1))
    said = re.sub(r"\b(\d{2})-(\d{3,5})\b", lambda d: f"{cardinal(int(d.group(1)))} dash "
                  f"{pairs(d.group(2)) if len(d.group(2)) in (3, 4) else cardinal(int(d.group(2)))}", m.group(2))
    return f"{word} {said}"


def _section_part(part: str) -> str:
    """A part of a state code's section: "032" -> "zero three two", "32" -> "thirty-two", "9A" ->
    "nine A"."""
    number, letter = re.fullmatch(r"(\d+)([A-Z]?)", part).groups()  # type: ignore[union-attr]
    said = digits(number) if number.startswith("0") else cardinal(int(number))
    return f"{said} {letter}" if letter else said


def _record(m: re.Match[str]) -> str:
    """A win-loss(-tie) record: "nine and three", "nineteen and zero"."""
    return m.group(1) + " and ".join(cardinal(int(g)) for g in m.groups()[1:] if g is not None)


def _roman_span(m: re.Match[str]) -> str:
    """"Super Bowls XXV through XXVIII" -> "twenty-five through twenty-eight": two Roman numerals
    joined as a span are numbers (not letters), whatever stands before them."""
    first, second = roman_to_int(m.group(1)), roman_to_int(m.group(3))
    if first is None or second is None or not first < second:
        return m.group(0)
    return f"{cardinal(first)}{m.group(2)}{cardinal(second)}"


PASSES: tuple[Pass, ...] = (
    (re.compile(r"\b([IVXL]{2,7})( through | to | and |\s?[-–]\s?)([IVXL]{2,7})\b(?![-'’]\w)"), _roman_span),
    # a team's record after a verb of standing, or before "season": "improved to 9-3", "went
    # 15-1", "a 19-0 season" -> "nine and three" (not "went 3-for-4", a stat line)
    (re.compile(r"\b((?:(?:improved|fell|dropped|moved|climbed|slipped) to|went|finished the (?:regular )?"
                r"season) )(\d{1,2})-(\d{1,2})"
                r"(?:-(\d{1,2}))?\b(?![-–]\w)(?! (?:for|of|from)\b)"), _record),
    (re.compile(r"\b([Aa] )(\d{1,2})-(\d{1,2})(?:-(\d{1,2}))?(?= (?:season|record|start|mark|campaign)\b)"),
     _record),
    # a span of hours written short before its noun: "24h volume", "a 48h strike" -> "24-hour"
    (re.compile(r"\b(\d{1,3})h(?= (?:volume|trading|change|high|low|window|period|cycle|strike|shift|news|"
                r"coverage|service|access|delivery|notice|fast|ban|curfew|lockdown|race)\b)"),
     lambda m: f"{m.group(1)} hour"),
    # a season's total: "outscored opponents 412-87" -> "four hundred twelve to eighty-seven"
    (re.compile(r"\b(outscored (?:\w+ ){0,2})(\d{1,4})-(\d{1,4})\b(?![-.]\d)"),
     lambda m: f"{m.group(1)}{cardinal(int(m.group(2)))} to {cardinal(int(m.group(3)))}"),
    # a launch's countdown and a satellite's designations: "a hold at T-31 seconds" -> "T minus",
    # "Starlink Group 6-23" -> "six dash twenty-three", "COSPAR 2024-123A" -> "twenty twenty-four
    # dash one two three A"
    (re.compile(r"\b([TL])-(\d{1,3})(?= (?:seconds?|minutes?|hours?|days?|and counting)\b)"),
     lambda m: f"{m.group(1)} minus {cardinal(int(m.group(2)))}"),
    (re.compile(r"\b(Group) (\d{1,2})-(\d{1,3})\b(?![-.,]\d)"),
     lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))} dash {cardinal(int(m.group(3)))}"),
    (re.compile(r"\b((?:19[5-9]|20[0-4])\d)-(\d{3})([A-Z]{1,3})\b"),
     lambda m: f"{year(int(m.group(1)))} dash {digits(m.group(2))} {m.group(3)}"),
    # strikeouts
    (re.compile(r"\b(\d{1,2}) Ks\b"), lambda m: f"{m.group(1)} strikeouts"),
    # a gap in minutes and seconds, as cycling and skiing write it: "finished 1'24" ahead" -> "one
    # minute twenty-four seconds" (not feet and inches)
    (re.compile(r"\b(\d{1,2})['′](\d{2})(?:\"|″|'')(?= (?:ahead|behind|back|down|clear|adrift|off|"
                r"slower|faster|later|earlier|quicker)\b)"),
     lambda m: f"{cardinal(int(m.group(1)))} minute{'' if m.group(1) == '1' else 's'} "
               f"{cardinal(int(m.group(2)))} seconds"),
    # a match's stoppage time: "(90+4')" -> "ninety plus four minutes"
    (re.compile(r"\b(45|90|105|120)\+(\d{1,2})['′]"),
     lambda m: f"{cardinal(int(m.group(1)))} plus {cardinal(int(m.group(2)))} minutes"),
    # a match's minute after its ordinal: "in the 116th min." -> "minute"
    (re.compile(r"\b(\d{1,3}(?:st|nd|rd|th)) min\.?(?!\w)"), lambda m: stop_kept(m, f"{m.group(1)} minute")),
    # hurdles: "the 400mH", "100mH" -> "four hundred meter hurdles"
    (re.compile(r"\b(\d{2,3})m ?H\b"), lambda m: f"{cardinal(int(m.group(1)))} meter hurdles"),
    # a shootout after a score: "(4-3 pens)", "won on pens"
    (re.compile(r"(?:(?<=\d )|(?<=\bon ))pens\b"), lambda m: "penalties"),
    # overtime in a game story: "sent the game to OT", "won in OT"
    (re.compile(r"(?:(?<=\bin )|(?<=\bto )|(?<=\binto )|(?<=\bduring ))OT\b(?![-'’\w])"), lambda m: "overtime"),
    # an immigrant's alien number: "A123-456-789" -> "A one two three, four five six, seven eight nine"
    (re.compile(r"\bA-?(\d{3})-(\d{3})-(\d{3})\b(?![-.]\d)"),
     lambda m: "A " + ", ".join(digits(g) for g in m.groups())),
    # a billing code, digit by digit: "CPT 99285", "CPT code 99213" (no count of thousands)
    (re.compile(r"\b((?:CPT|HCPCS)(?: codes?)? )(\d{5})\b(?![,.]\d)|\b(SKU #?|SKU No\. )(\d{4,12})\b(?![,.]\d)"),
     lambda m: (m.group(1) or m.group(3)) + digits(m.group(2) or m.group(4))),
    # a county's parcel number: "APN 512-034-19" -> "A.P.N. five one two, zero three four, one nine"
    (re.compile(r"\b(APN|A\.P\.N\.|[Pp]arcel(?: [Nn]o\.| [Nn]umber| ID)?)\s?(\d{3}-\d{2,3}-\d{2,3}(?:-\d{1,3})?)\b"
                r"(?![-.]\d)"),
     lambda m: f"{'A.P.N.' if m.group(1).startswith('A') else m.group(1)} "
               + ", ".join(digits(g) for g in m.group(2).split("-"))),
    # a regulator's order or release by year and number: "FCC 24-35", "FERC 23-118" (no span)
    (re.compile(r"\b(FCC|FTC|FERC|NRC|CFTC|NLRB|SEC|FAA|FDA|EPA|FDIC|OCC|FEC)\s(\d{2})-(\d{2,4})\b"
                r"(?![-.,]\d|\s?(?:%|percent|to|through|votes?|decision|ruling|majority|margin|split)\b)"),
     lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))} dash "
               f"{pairs(m.group(3)) if len(m.group(3)) > 2 else cardinal(int(m.group(3)))}"),
    # a court's docket: "No. 23-1037", "Nos. 23-719 and 23-724", "docket 22-cv-4567"
    (re.compile(r"\b(Nos?\.|[Dd]ocket|Case)\s(\d{2}-\d{3,5}\b(?![-.]\d)(?:,? (?:and|or) \d{2}-\d{3,5}\b(?![-.]\d))*)"),
     _docket),
    (re.compile(r"\b(\d{2})-(cv|cr|mj|mc|md|bk|ap)-(\d{3,6})\b"),
     lambda m: f"{cardinal(int(m.group(1)))} {' '.join(m.group(2))} {pairs(m.group(3).lstrip('0') or '0')}"),
    # a federal reporter's citation: "987 F.3d 1140" -> "nine eighty-seven F. third eleven forty"
    (re.compile(r"\b(\d{1,4}) (" + "|".join(re.escape(r) for r in sorted(_REPORTERS, key=len, reverse=True))
                + r") (\d{1,4})\b(?![,.]\d)"),
     lambda m: f"{pairs(m.group(1))} {_REPORTERS[m.group(2)]} {pairs(m.group(3))}"),
    # a state code's section: "RCW 9A.32.030" -> "R.C.W. nine A point thirty-two point zero three zero"
    (re.compile(rf"\b({_STATE_CODES})( §)? (\d+[A-Z]?)\.(\d+[A-Z]?)(?:\.(\d+[A-Z]?))?\b"),
     lambda m: m.group(1) + (m.group(2) or "") + " " + " point ".join(
         _section_part(p) for p in m.groups()[2:] if p)),
    # a tariff code: "HTS code 8703.80", "HS 8471.30.01" -> "eighty-seven oh three point eight zero"
    (re.compile(r"\b((?:HTS(?:US)?|HS)(?: code| heading| subheading)? )(\d{4})\.(\d{2})(?:\.(\d{2,4}))?\b"),
     lambda m: m.group(1) + pairs(m.group(2)) + "".join(f" point {digits(g)}" for g in m.groups()[2:] if g)),
    (re.compile(r"\b([Rr]unways?|Rwy) (\d{1,2})([LRC])?(?:/(\d{1,2})([LRC])?)?\b(?![-/.]\d)"), _runway),
    # a ship's IMO or MMSI number, digit by digit: "IMO 9811000"
    (re.compile(r"\b((?:IMO|MMSI)(?: No\.?| number)? )(\d{7,9})\b"), lambda m: m.group(1) + digits(m.group(2))),
    # a series' season and episode: "S3E4", "S02E11" -> "season three episode four"
    (re.compile(r"\bS(\d{1,2}) ?E(\d{1,3})\b"),
     lambda m: f"season {cardinal(int(m.group(1)))} episode {cardinal(int(m.group(2)))}"),
    # a droid's or a part's two letter-digit halves: "R2-D2" -> "R2 D2" (the hyphen is no "to")
    # (not a span of one series, "A1-A2", "Q1-Q3", "H1-H2")
    (re.compile(r"\b((?![QH])[A-Z]\d)-((?![QH])[A-Z]\d)\b"),
     lambda m: m.group(0) if m.group(1)[0] == m.group(2)[0] else f"{m.group(1)} {m.group(2)}"),
    # a life's or a dynasty's years in brackets: "(1368-1644)" -> years, whatever they are
    (re.compile(r"\((1\d{3}|20\d\d)\s?[-–]\s?(1\d{3}|20\d\d)\)"),
     lambda m: f"({year(int(m.group(1)))} to {year(int(m.group(2)))})"),
    # a rating out of ten, five or a hundred: "rated the game 9/10", "an 8.5/10 average"
    (re.compile(r"(?<![\d/.])(\d{1,2}(?:\.\d)?)/(10|5|100)\b(?![/\d])"
                r"(?=\s(?:average|rating|score|stars?|review)\b|[,.;)]|\s(?:on|from|by|in)\b)"),
     lambda m: m.group(0) if not _RATED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
     and not _RATING_AFTER.match(m.string, m.end())
     else f"{number_words(m.group(1))} out of {cardinal(int(m.group(2)))}"),
    # a postcode before its city at an address's end: ", 50250 Kuala Lumpur", ", 75008 Paris."
    (re.compile(r"(?<=, )(\d{5})(?= [A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:[.,;)]|$))"), lambda m: digits(m.group(1))),
    E_NOTATION,
    # a floor as Hong Kong writes it: "8/F" -> "eighth floor", "G/F" (the digit ones here)
    (re.compile(r"\b(\d{1,2})/F\b(?!\w)"), lambda m: f"{ordinal(int(m.group(1)))} floor"),
    # a case registered by its number and year: "FIR No. 245/2024" -> "two hundred forty-five of
    # twenty twenty-four"
    # (a police or court case's: a decree's "No. 123/2023" is read with "slash")
    (re.compile(r"\b((?:FIR|F\.I\.R\.|[Cc]ase|[Cc]rime|[Ss]uit|[Pp]etition|[Aa]ppeal|[Ww]rit|CR|Cr\.?) (?:No|no)\.? ?)"
                r"(\d{1,5})/((?:19|20)\d\d)\b(?![/\d])"),
     lambda m: f"{m.group(1)}{cardinal(int(m.group(2)))} of {year(int(m.group(3)))}"),
    # a vehicle's plate, three letters and three digits and a letter: "KDA 123B"
    (re.compile(r"\b([A-Z]{3}) (\d{3})([A-Z])\b(?![-'’]\w)"),
     lambda m: m.group(0) if m.group(1) in NOT_PRODUCTS
     else f"{'.'.join(m.group(1))}. {digits(m.group(2))} {m.group(3)}"),
    # overtimes: "in 2OT" -> "in double overtime"; a player's plus-minus: "a +/- of +12"
    (re.compile(r"(?<![\w.])([2-4])OT\b"),
     lambda m: {"2": "double", "3": "triple", "4": "quadruple"}[m.group(1)] + " overtime"),
    (re.compile(r"(?<=\b(?:a|A) )\+/-(?= (?:of|rating)\b)|(?<=\b(?:his|her|the) )\+/-(?= (?:of|rating)\b)"),
     lambda m: "plus-minus"),
    # a bowler's figures: "figures of 5-42" -> "five for forty-two"
    (re.compile(r"\b(figures of |figures |returned |took |taking (?=\d-\d\d\b(?! ?[a-z])))(\d{1,2})[-/](\d{1,3})\b"
                r"(?![-/]\d)"),
     lambda m: f"{m.group(1)}{cardinal(int(m.group(2)))} for {cardinal(int(m.group(3)))}"),
    # a camera's aperture: "f/1.8" -> "f one point eight"
    (re.compile(r"(?<![\w/])f/(\d{1,2}(?:\.\d)?)\b(?![./]\d)"), lambda m: f"f {number_words(m.group(1))}"),
    (_CATALOGUE, lambda m: f"{'.'.join(m.group(1))}. {digits(m.group(2))}"
     + (f" {m.group(3)}" if m.group(3) else "")),
    # a product line's four-digit model number: "RTX 5090", "GTX 1080 Ti" (in pairs)
    (re.compile(r"\b([A-Z]{2,4}) ([1-9]\d{3})\b(?![,.]\d|[-/]\d| percent\b)"), _product_number),
    # a lot's or a batch's code, letters and digits, character by character: "lot code 23A114"
    (re.compile(r"\b((?i:lot|batch)(?: (?i:code|number|no\.?|#))?:? )([A-Z0-9]*(?:\d[A-Z]|[A-Z]\d)[A-Z0-9]*)\b"
                r"(?![-.]\w)"), _spelled_code),
    # a virus's lineage: "XBB.1.5", "BA.2.86", "JN.1", "KP.3.1.1" (capitals, then numbers after
    # a dot; not "U.S.", "No.1")
    (re.compile(r"(?<![\w.])([A-Z]{2,3})\.(\d{1,3}(?:\.\d{1,3}){0,3})\b(?![.,]?\d|\.\w)"), _lineage),
)
