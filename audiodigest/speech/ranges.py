"""Telephone numbers, fractions, ranges and scores: the forms built from numbers and a mark.

Telephone numbers are read in their digit groups ("555-0123" -> "five five five, zero one two
three"; "(212) 555-0123", "+44 20 7946 0958", "020 7946 0958", "1-800-555-0199"), never as a
range. Fractions: "3/4" -> "three quarters", "3 1/4" -> "three and a quarter", "½", "4½".
Ranges: "10-20" -> "10 to 20" (the numbers are said by later passes), "2022-23" -> "2022 to 23";
scores: "won 3-1" -> "3 to 1", "beat Arsenal 2-0" -> "2 to nothing"; a falling pair that is no
score ("787-9", a model and its variant) is a code: "dash".
"""

from __future__ import annotations

import re

from .common import Pass, a_part
from .dates import COUNTED_AFTER_THE, MAX_YEAR, MIN_YEAR, year_before
from .numbers import (
    FRACTION_DENOMINATORS,
    SPECIAL_SLASHES,
    VULGAR_CHARS,
    cardinal,
    digits,
    fraction,
    ordinal,
    pairs,
    vulgar_parts,
    year,
)
from .slashes import OF_AFTER, SCORE_LOOKBACK, cricket, out_of, slash_pair, stars

__all__ = ["GOLF", "MINUS", "NUMBERED_BOOK", "PASSES", "PHONE_PASSES", "VANITY"]

_SCORE_BEFORE = re.compile(
    r"\b(?:beat|beats|won|win|wins|lost|lose|loses|defeated|defeat|drew|draw|victory|score|"
    r"scored|led|lead|leads|trailed|trail|beating|thrashed|edged|routed|voted|vote|votes|ruled|"
    r"passed|approved|rejected|ended|finished|split|margin|tally)\b[^.;]{0,40}$")
_SCORE_AFTER = re.compile(
    r"\s(?:win|victory|defeat|loss|lead|draw|thrashing|drubbing|rout|result|scoreline|"
    r"vote|decision|ruling|majority|home|away|aggregate)\b")


def _plus(written: str) -> str:
    """"+44 ...", "+1-202-...": the plus of an international number is said ("plus four four"),
    as a newsreader gives a number to dial from abroad."""
    return "plus " if written.startswith("+") else ""


def _phone(m: re.Match[str]) -> str:
    return _plus(m.group(0)) + ", ".join(digits(g) for g in re.findall(r"\d+", m.group(0)))


_SHORTEST_PLUS_NUMBER = 7
"""Digits of the shortest number written glued after its plus ("+3228001234"); fewer, in one
run, are a signed count."""


def _international(m: re.Match[str]) -> str:
    """"+49 (0)69 380 795 200": the "(0)" is dialled only from inside the country."""
    if len(re.sub(r"\D", "", m.group(0))) < _SHORTEST_PLUS_NUMBER and not re.search(
            r"\d[\s()-]+\d", m.group(0)):
        return m.group(0)  # a signed count: "from +120 to -35", "+15 points"
    return _plus(m.group(0)) + _phone_groups(m.group(0).replace("(0)", " "))


def _north_american(m: re.Match[str]) -> str:
    """"1-800-273-8255" -> "one eight hundred, two seven three, eight two five five": the toll-free
    800 is said "eight hundred" and runs on from the "one" dialled before it, as every
    American says it (888, 877 ... are said digit by digit)."""
    groups = re.findall(r"\d+", m.group(0))
    area = _area(len(groups) == 4, groups[-3])
    return _plus(m.group(0)) + ", ".join([area, *(digits(g) for g in groups[-2:])])


def _area(one: bool, code: str) -> str:
    """An area code, after the "1" dialled before it if `one`: "one eight hundred", "one,
    eight eight eight", "two one two"."""
    if code == "800":
        return "one eight hundred" if one else "eight hundred"
    return f"one, {digits(code)}" if one else digits(code)


_LOTTERY = re.compile(r"\b(?:[Ll]ottery|[Ll]otto|Powerball|Mega Millions|[Jj]ackpot|[Dd]rawing|[Dd]rawn|"
                      r"[Ww]inning numbers|[Pp]ick [2-6])\b")


def _drawn_numbers(m: re.Match[str]) -> str:
    """A lottery draw's numbers, each a number ("4-15-23-41-62"), in a sentence about a lottery;
    elsewhere a part or case number's digit groups."""
    if _LOTTERY.search(m.string) is None:
        return _phone(m)
    return ", ".join(cardinal(int(n)) for n in m.group(0).split("-"))


_LAW_CODE = re.compile(r"\b(?:[A-Z][a-z]+|and) Code $")


def _identifying(m: re.Match[str]) -> str:
    """A number that identifies, digit by digit ("ZIP code 90210", "PIN 1234"); a section of a
    code of law after its name in pairs, as "Section 230" is ("Penal Code 187", "Vehicle Code
    23152")."""
    if len(m.group(2)) <= 4 and _LAW_CODE.search(m.string, max(0, m.start() - 30), m.end(1)):
        return m.group(1) + pairs(m.group(2))
    return m.group(1) + digits(m.group(2))


def _phone_groups(text: str) -> str:
    return ", ".join(digits(g) for g in re.findall(r"\d+", text))


def _local_phone(m: re.Match[str]) -> str:
    """"555-0123": a phone number unless both halves are round ("500-1000" is a range)."""
    first, second = m.group(1), m.group(2)
    if first.endswith("0") and second.endswith("0") and not second.startswith("0"):
        return f"{first} to {second}"
    return f"{digits(first)}, {digits(second)}"


def _is_score(m: re.Match[str]) -> bool:
    before = m.string[max(0, m.start() - SCORE_LOOKBACK) : m.start()]
    return (_SCORE_BEFORE.search(before) is not None
            or _SCORE_AFTER.match(m.string, m.end()) is not None)


_PLURAL_AFTER = re.compile(r"\s(?!(?:was|is|has|does|this|his|its|as|us|plus|thus|less|across|unless|always|perhaps|"
                           r"includes|calls|shows|requires|provides|sets|sees|projects|covers|spans)\b)[a-z]+s\b")
"""A count of things after "1500-2000" ("troops"); not a verb or a word that only ends in s
("1939-1945 was grim")."""


def _years(m: re.Match[str], a: float, b: float) -> bool:
    """"2020-2022", "1914–1918": two years, unless a count of things follows ("1500-2000
    troops") with no word that takes a year before ("during 2020-2022 prices rose")."""
    first, second = m.group(1), m.group(2)
    if not (len(first) == len(second) == 4 and MIN_YEAR <= a < b <= MAX_YEAR and b - a <= 100):
        return False
    if year_before(m.string, m.start()) or (plural := _PLURAL_AFTER.match(m.string, m.end())) is None:
        return True
    # after a determiner, a span of years before a plural that is no count ("the new 1991-2020
    # normals", "the 2016-2020 period"; not "the 1500-2000 soldiers")
    return (_DETERMINER_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) is not None
            and plural.group(0).split()[0].lower() not in COUNTED_AFTER_THE)


_DETERMINER_BEFORE = re.compile(r"\b(?i:the|its|their|this|that|these|those)(?: [a-z-]+)? $")


CRICKET_DECLARED: Pass = (
    re.compile(r"\b(\d{2,3})/(\d{1,2}) (?:dec\.?|declared)(?=\s|[,;)]|$)"),
    lambda m: f"{cardinal(int(m.group(1)))} for {cardinal(int(m.group(2)))} declared")
""""India made 312/7 dec.": runs for wickets, declared (before the dates take "7 dec")."""


_NUMBER_BEFORE = re.compile(r"(?:\b(?:No|Case|[Dd]ocket|[Cc]ase [Nn]o|Res|Resolution|Ordinance|Ord)\.?|#) ?$")
"""A case or docket number's parts ("No. 22-1234") are one number, no range; "Nos." has one."""


def _plain(num: str) -> str:
    """A number of a range that is no year stays a count: "1200-1500 units" was "twelve
    hundred" (the year pass's reading) "to one thousand five hundred"."""
    return cardinal(int(num)) if len(num) == 4 and num.isdecimal() else num


def _range(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    a, b = _value(first), _value(second)
    if a is not None and b is not None and _years(m, a, b):
        return f"{year(int(a))} to {year(int(b))}"
    year_pair = (len(first) == 4 and len(second) == 2 and a is not None and b is not None
                 and int(first[2:]) < b)
    # a falling pair down to nought is no range: "5-2 and 3-0" is a score
    score = _is_score(m) or (second == "0" and a is not None and 0 < a <= 200) or (
        a is not None and b is not None and 100 <= b < a and a + b <= 540)  # a House tally: "311-112"
    if len(second) == 2 and second.startswith("0") and len(first) == 2 and a is not None and a > 1:
        return f"{first} dash oh {second[1]}"  # "Res. 24-05": a document's number, no span
    if _NUMBER_BEFORE.search(m.string, max(0, m.start() - 14), m.start()):
        return f"{first} dash {second}"  # "No. 22-1234", "Case 23-456": one number
    if a is not None and b is not None and b <= 10 < a and cricket(m):
        return f"{first} for {second}"  # "350-4 at stumps": runs for wickets
    if not score and not year_pair and a is not None and b is not None and b < a and (
            len(first) > 2 or len(second) > 2):
        return f"{first} dash {second}"
    if first == second == "50":
        return "fifty-fifty"  # "a 50-50 chance", "the Senate was split 50-50"
    if score and "0" in (first, second):
        first = "nothing" if first == "0" else first
        second = "nothing" if second == "0" else second
    if not year_pair:
        first, second = _plain(first), _plain(second)
    return f"{first} to {second}"


def _value(num: str) -> float | None:
    try:
        return float(num.replace(",", ""))
    except ValueError:
        return None




MAX_DENOMINATOR = 10000


def _fraction(m: re.Match[str]) -> str:
    """"3/4" -> "three quarters"; an uncommon denominator ("1/21", which could be a date) only
    where "of" follows: "1/21 of the vote"."""
    num, den = int(m.group(1)), int(m.group(2))
    common = den in FRACTION_DENOMINATORS or (
        2 <= den <= MAX_DENOMINATOR and OF_AFTER.match(m.string, m.end()) is not None)
    if num >= den or not common:
        return m.group(0)
    said = fraction(num, den)
    if num == 1 and den in (2, 4) and re.search(r"\b[Aa] $", m.string[max(0, m.start() - 2):m.start()]):
        return said.removeprefix("one ")  # "a 1/4 point": "a quarter point" ("a 1/6 scale": "one-sixth")
    return a_part(m, said)


def _fraction_suffixed(m: re.Match[str]) -> str:
    """"1/3rd", "2/3rds": the ordinal suffix only confirms it is a fraction."""
    num, den = int(m.group(1)), int(m.group(2))
    return fraction(num, den) if num < den else m.group(0)


_NAME_BEFORE = re.compile(r"\b(?!(?:The|A|An|In|On|At|By|Its|His|Her|Their|This|That|With|For|"
                          r"Of|From|To|And|But|Or|After|Before)\b)[A-Z][a-z]+ $")
"""A name before "3:16" makes it a verse ("John 3:16"); "The 16:9 format" is a ratio."""


def _ratio(m: re.Match[str]) -> str:
    first, second = (m.group(1), m.group(2)) if m.group(1) is not None else (m.group(3), m.group(4))
    if _NAME_BEFORE.search(m.string, max(0, m.start() - 20), m.start()):
        return f"{first} {second}"  # a verse, chapter and verse: "Genesis 1:1", "John 3:1"
    return f"{first} to {second}"


_NUMBERED_BOOKS = ("Corinthians|Kings|Samuel|Chronicles|John|Peter|Thessalonians|Timothy|"
                   "Maccabees|Esdras|Cor|Kgs|Sam|Chr|Pet|Thess|Tim")
"""The Bible's books that come in a first, second or third: "1 Corinthians 13:4"."""
NUMBERED_BOOK: Pass = (
    re.compile(rf"(?<![\w.,])([1-3]) ({_NUMBERED_BOOKS})\.? (?=\d{{1,3}}(?::\d|\b))"),
    lambda m: f"{ordinal(int(m.group(1))).capitalize()} {m.group(2)} ")
""""1 Corinthians 13:4", "2 Kings 2:11" -> "First Corinthians ...": a numbered book, cited (before
the clock's passes read "2:11")."""


def _season(m: re.Match[str]) -> str:
    """"the 2019/20 season" -> "2019 to 20": a year and the next one's last two digits."""
    first, second = m.group(1), m.group(2)
    if (int(first) + 1) % (100 if len(second) == 2 else 10000) != int(second):
        return m.group(0)
    return f"{first} to {second}"


def _mixed(m: re.Match[str]) -> str:
    num, den = int(m.group(2)), int(m.group(3))
    if num >= den or den not in FRACTION_DENOMINATORS:
        return m.group(0)
    return f"{m.group(1)} and {fraction(num, den, mixed=True)}"


_SCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")


def _script_fraction(m: re.Match[str]) -> str:
    whole = f"{m.group(1)} " if m.group(1) else ""
    return f"{whole}{m.group(2).translate(_SCRIPT_DIGITS)}/{m.group(3).translate(_SCRIPT_DIGITS)}"


def _fraction_adjective(m: re.Match[str]) -> str:
    """"¾-length" -> "three-quarter-length"; "½ price" -> "half price"."""
    word = {"½": "half", "¾": "three-quarter", "¼": "quarter"}[m.group(1)]
    if not m.group(0).endswith("-"):
        word = a_part(m, word)  # "the terminal is ½ mile away": "a half mile"
    return word + ("-" if m.group(0).endswith("-") else " ")


def _vulgar(m: re.Match[str]) -> str:
    num, den = vulgar_parts(m.group(2))
    if m.group(1):
        return f"{m.group(1)} and {fraction(num, den, mixed=True)}"
    return f" {fraction(num, den)}"


_NUM = r"(?<!\d)(?<!\d[,.])(?:\d{1,3}(?:,\d{3})++|\d++)(?:\.\d++)?"
"""A number as a range or score has it; possessive and never starting inside another number,
so a 1,000-character run of digits and commas costs one scan."""

_CALL_BEFORE = (r"(?:[Cc]all(?:ed|ing|s)?|[Cc]allers to|[Dd]ial(?:l?ed|l?ing|s)?|[Pp]hone(?:d)?|[Rr]ing(?:s)?|"
                r"[Tt]ext(?:ed|ing|s)?|TTY|TDD|[Rr]elay(?: service)?)")
_LINE_BEFORE = (r"(?:(?:[Hh]ot|[Hh]elp)?line is|(?:reached|contacted|called|rung)(?: free(?: of charge)?)? on"
                r"|(?:[Hh]ot|[Hh]elp)line(?: on| at| number)?|(?:[Cc]all|[Dd]ial|[Rr]ing) [A-Z]{2,6}"
                r"|(?:[Cc]all|[Rr]ing) (?:us|them|it)(?: free)? on"
                r"|(?:[Cc]all|[Rr]ing|[Cc]ontact|[Tt]ext) (?:the )?(?:[A-Z][\w'’]+ ){1,3}on"
                r"|(?:reach|call|contact|ring|alert) (?:the )?(?:police|ambulance|fire service|"
                r"emergency services|paramedics) on|[Cc]all [A-Z][a-z]+)")
"""Where a short number is a telephone line though no "call" is right before it: "the gender
violence line is 1195", "can be contacted free on 116 123", "ring us on 0800 1111"."""
_EMERGENCY = r"(?:911|999|112|000|111|101|988|311)"
_STAR_BEFORE = re.compile(rf"\b(?:{_CALL_BEFORE}|[Pp]ress(?:ed|ing)?|[Ee]nter(?:ed)?) $")


_CALL_WORD = re.compile(rf"\b(?:{_CALL_BEFORE})")


def _star_code(m: re.Match[str]) -> str:
    """"dial *67" -> "star six seven"; also the second of two lines ("call 911 or *677")."""
    if not (_STAR_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
            or (m.string.endswith(" or ", 0, m.start())
                and _CALL_WORD.search(m.string, max(0, m.start() - 40), m.start()))):
        return m.group(0)
    return "star " + digits(m.group(1))


VANITY = re.compile(r"(?<![\w+-])(?:(1)[-. ])?(8(?:00|88|77|66|55|44|33))(?:[-.]| (?=[A-Z]{4}))"
                    r"((?=[A-Z0-9-]*[A-Z]{2})(?:[A-Z]{2,}|\d{1,4})(?:-(?:[A-Z]{2,}|\d{1,4}))*)\b"
                    r"(?![-'’]\w)")
"""A toll-free number that spells a word: "1-800-FLOWERS", "1-888-GO-FEDEX", "800-CALL-NOW"."""


def _vanity(m: re.Match[str]) -> str:
    """"1-800-FLOWERS" -> "one eight hundred, Flowers": a toll-free number spelling a word
    is said as the word (spelled when it has no vowel), digit groups digit by digit, a pause
    after each group of digits."""
    spoken = _area(bool(m.group(1)), m.group(2)) + ", "
    for part in re.findall(r"[A-Z]+|\d+", m.group(3)):
        if part.isdecimal():
            word, pause = digits(part), len(part) >= 3  # "KARS-4-KIDS" runs on
        else:
            word = part.capitalize() if set(part) & set("AEIOUY") else ".".join(part) + "."
            pause = False
        spoken += word + (", " if pause else " ")
    return spoken.rstrip(", ")


PHONE_PASSES: tuple[Pass, ...] = (
    (VANITY, _vanity),
    # a model's three digits after its maker, in pairs: "Porsche 911", "Peugeot 208" (not the
    # emergency line)
    (re.compile(r"\b(Porsche|Peugeot|Fiat|Ferrari|Volvo|Saab|Mazda|Nissan|Renault|Citro[eë]n|Dacia|"
                r"Cessna|Embraer|Tupolev|Ilyushin|Sukhoi|Antonov|Airbus A|Boeing)([ -])(\d{3})\b"
                r"(?![-.,]\d)"), lambda m: f"{m.group(1)} {pairs(m.group(3))}"),
    # an aircraft's series and variant: "ATR 72-500", "A320-200" -> "... dash five hundred"
    (re.compile(r"\b([A-Z]{1,4} ?\d{2,3})-(\d00)\b(?![-.,]\d)"),
     lambda m: f"{m.group(1)} dash {m.group(2)}"),
    # a range with its scale or its "x" on the second number: "60-70k fans", "3-5x"
    (re.compile(r"(?<![\w.,$£€])(\d{1,3})\s?[-–]\s?(\d{1,3})([kK]|x)\b(?![-\w])"),
     lambda m: f"{m.group(1)} to {m.group(2)} {'times' if m.group(3) == 'x' else 'thousand'}"),
    # Australia's toll-free and local-rate numbers: "1800 737 732", "1300 22 4636"
    (re.compile(r"(?<![\w+.,-])(1[38]00)[ -](\d{2,3})[ -](\d{3,4})\b(?![-.,]\d)"),
     lambda m: f"{'one eight hundred' if m.group(1) == '1800' else 'thirteen hundred'}, "
               f"{digits(m.group(2))}, {digits(m.group(3))}"),
    # emergency numbers: "call 911", "a 911 call", "dial 999", "call 999 or 112"
    # (and the other N11 lines after "go to" or "at": "calls should go to 311", "TTY at 711")
    (re.compile(rf"\b((?:{_CALL_BEFORE}(?: at)?|go(?:es)? to) )({_EMERGENCY}|[2-8]11(?<!911))"
                rf"((?:,? (?:or|and) {_EMERGENCY})?)\b(?![-.,/]\d| (?!calls\b)[a-z]+s\b)"),
     lambda m: m.group(1) + re.sub(r"\d+", lambda d: digits(d.group(0)), m.group(2) + m.group(3))),
    # a short line after "call", "dial", "text": "call 988 for help", "texted to 847411" (not
    # "called 300 people", "dialed 100 times"); after a keyword and "to" a code whatever follows,
    # "Texting HOME to 741741 connects"
    (re.compile(rf"\b((?:{_CALL_BEFORE}|{_LINE_BEFORE}) (?:[A-Z][A-Za-z]{{1,9}} to |(?:to )?"
                r"(?=\d{3,6}\b(?! (?:[a-z]+s|people|more)\b))))(\d{3,6})\b(?![-.,/]\d| \d)"),
     lambda m: m.group(1) + digits(m.group(2))),
    # a short code a message goes to: "vote by texting the singer's name to 21523"
    (re.compile(r"\b([Tt]ext(?:s|ed|ing)?(?: [^\s.;:!?]+){1,6}? to )(\d{4,6})\b(?![-.,/]\d| \d)"
                r"(?! (?:[a-z]+s|people|more)\b)"), lambda m: m.group(1) + digits(m.group(2))),
    # a local number with a stop after "call": "call 555.0199", "dial 0800.1111"
    (re.compile(rf"\b({_CALL_BEFORE} )(\d{{3,4}})[.](\d{{4}})\b(?![-.,/]\d)"),
     lambda m: f"{m.group(1)}{digits(m.group(2))}, {digits(m.group(3))}"),
    # a short line in two groups: "call 116 123" -> "one one six, one two three"
    (re.compile(rf"\b((?:{_CALL_BEFORE}|{_LINE_BEFORE}) )(\d{{3}}|0\d{{3}}) (\d{{3}}|\d{{4}}(?<=0\d{{3}} \d{{4}}))\b"
                r"(?![-.,/]\d| \d)"),
     lambda m: f"{m.group(1)}{digits(m.group(2))}, {digits(m.group(3))}"),
    # a pound code: "Dial #250" -> "pound two five zero"
    (re.compile(rf"\b((?:{_CALL_BEFORE}|[Pp]ress(?:ed|ing)?) )#(\d{{2,4}})\b"),
     lambda m: f"{m.group(1)}pound {digits(m.group(2))}"),
    # a star code: "dial *67", "press *3" -> "star six seven"
    (re.compile(r"\*(\d{1,4})#?(?![\w*])"), _star_code),
    # a phone's own code, star and pound around it: "dial *#06#" -> "star pound zero six pound"
    (re.compile(r"\*#(\d{1,4})#"), lambda m: f"star pound {digits(m.group(1))} pound"),
    # an extension: "ext. 204", "Ext 12"
    (re.compile(r"\b(?:[Ee]xt|EXT)\.?\s?(\d{1,6})\b"), lambda m: "extension " + digits(m.group(1))),
    # "x204" after the last group of a phone number is its extension too
    (re.compile(r"(?<=\d{3}[-. ]\d{4}),?\s[xX]\.?\s?(\d{1,6})\b(?![.,]?\d)"),
     lambda m: f", extension {digits(m.group(1))}"),
    # an IP address: "192.168.1.1"
    (re.compile(r"(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]?\d)"),
     lambda m: " dot ".join(digits(g) for g in m.groups())),
    # a ZIP+4 code after its name, and a ZIP code before it: "ZIP code 20001-4321", "the 90210
    # ZIP code"
    (re.compile(r"\b((?i:zip(?:\+4)?(?: code)?|postal code):? )(\d{5})-(\d{4})\b(?![-.,]?\d)"),
     lambda m: f"{m.group(1)}{digits(m.group(2))} dash {digits(m.group(3))}"),
    (re.compile(r"(?<![\w.,$£€-])(\d{5})(?= (?i:zip)(?: code)?\b)"), lambda m: digits(m.group(1))),
    # numbers that identify, read digit by digit: "ZIP code 90210", "PIN 1234", "area code 212"
    (re.compile(r"\b((?i:zip(?: code)?|postcode|postal code|pin|passcode|access code|area code|"
                r"code|account(?: number)?|acct\.?|serial(?: number)?)(?: number)?:? )"
                r"(\d{3,12})\b(?![,.]\d)"), _identifying),
    (re.compile(r"(?<![\d,.])(?:911|(?:999|112)(?= (?:call|calls|dispatcher|dispatchers|operator|"
                r"operators|line)\b))\b(?![-.,/]\d)"), lambda m: digits(m.group(0))),
    # the other short lines before what they are ("the 988 crisis line", "the 311 service", "NHS
    # 111 online"; not "988 calls were made", a count)
    (re.compile(rf"\b{_EMERGENCY}(?<![\d,.$£€]...)\b(?= (?:[Ss]uicide (?:& |and )?)?(?:[Cc]risis |[Hh]elp)?(?:line|"
                r"hotline|helpline|[Ll]ifeline|number|service|system|center|centre|operator|app|"
                r"online|call)\b)(?![-.,/]\d)"), lambda m: digits(m.group(0))),
    # and after them, set off or after "is": "the free crisis line, 988, is staffed", "the
    # hotline (988)", "the number is 311."
    (re.compile(rf"\b((?:line|hotline|helpline|[Ll]ifeline|number)(?:, | \(| is ))({_EMERGENCY}|[2-8]11)\b"
                r"(?![-.,/]\d)(?=[,.;)]|$)"), lambda m: m.group(1) + digits(m.group(2))),
    (re.compile(r"\((0\d{1,4})\)\s?(\d{3,4})[\s-](\d{3,4})\b(?![-.]\d)"), _phone),
    # a country's code in brackets before two groups of four: "(852) 2824 6111" (Hong Kong,
    # Singapore's "(65)"); not the North American "(212) 555-0123" below
    (re.compile(r"\(([1-9]\d{1,2})\)\s?(\d{4})[\s-](\d{4})\b(?![-.]\d)"), _phone),
    (re.compile(r"(?<![\w+])(?<!\+\d )(?<!\+\d\d )(?<!\+\d\d\d )(?:\+?1[\s.-])?\(?\b\d{3}\)?[\s.-]"
                r"\d{3}[\s.-]\d{4}\b(?![-.]\d)"), _north_american),  # (not after a country's code: "+234 803 ...")
    (re.compile(r"(?<![\w+])\+\d{1,3}(?:\s?\(0\))?(?:[\s-]?\(?\d{1,4}\)?){2,5}\b(?![-.]\d)"),
     _international),
    # the same dialled with "00" for the plus: "0049 30 123456", "0044 20 7946 0958"
    (re.compile(r"(?<![\w+.,])\b00[1-9]\d{0,2}(?:[\s-]\(?\d{1,8}\)?){2,5}\b(?![-.]\d)"),
     _international),
    (re.compile(r"(?<![\w+.,])\b0\d{2,4}[\s-]\d{3,4}[\s-]\d{3,4}\b(?![-.]\d)"), _phone),
    # a two-digit area code and hyphens, as in Tokyo or Seoul: "03-1234-5678", "02-123-4567"
    (re.compile(r"(?<![\w+.,])\b0\d-\d{3,4}-\d{4}\b(?![-.]\d)"), _phone),
    # a British area code and a six-digit number: "01632 960123"
    (re.compile(r"(?<![\w+.,])\b0\d{3,4}[\s-]\d{5,6}\b(?![-.,]\d)"), _phone),
    (re.compile(r"(?<![\w.,/-])\b([2-9]\d{2})-(\d{4})\b(?![-.,/]\d)"), _local_phone),
    # a US Social Security or tax number: "123-45-6789", "12-3456789" in its digit groups (a
    # range never ends in six or more digits without commas)
    (re.compile(r"(?<![\w.,/-])(?:\d{3}-\d{2}-\d{4}|\d{2,3}-\d{6,9})(?![\w-]|[.,]\d)"), _phone),
    # a lottery's numbers drawn: "were 4-15-23-41-62" -> "four, fifteen, twenty-three, ..."
    (re.compile(r"(?<![\w.,/-])\d{1,2}(?:-\d{1,2}){3,}(?![\w-]|[.,]\d)"), _drawn_numbers),
    # four or more groups of digits joined by hyphens that no phone pass took: an ISBN, a case
    # or part number, read in its digit groups ("978-3-16-148410-0"), never as a range
    (re.compile(r"(?<![\w.,/-])\d{1,7}(?:-\d{1,7}){3,}(?![\w-]|[.,]\d)"), _phone),
    # three or more single digits: a formation or a countdown ("4-4-2", "3-2-1"), no range
    (re.compile(r"(?<![\w.,/-])\d(?:[-–]\d){2,}(?![\w-]|[.,]\d)"),
     lambda m: "-".join(digits(d) for d in re.findall(r"\d", m.group(0)))),
    # a season's record of wins, losses and ties: "12-3-1" -> "twelve-three-one", no range
    (re.compile(r"(?<![\w.,/-])\d{1,2}[-–]\d{1,2}[-–]\d{1,2}(?![\w-]|[.,]\d)"),
     lambda m: "-".join(cardinal(int(d)) for d in re.findall(r"\d+", m.group(0)))),
)

PASSES: tuple[Pass, ...] = (
    (re.compile(r"\b(24/7|9/11|50/50)\b"), lambda m: SPECIAL_SLASHES[m.group(1)]),
    # the attacks written with a hyphen, where a date is named ("after the 9-11 attacks",
    # "since 9-11", "post-9-11"), not a score ("lost 9-11")
    (re.compile(r"(?:(?<=\b[Tt]he )|(?<=\b[Ss]ince )|(?<=\b[Aa]fter )|(?<=\b[Bb]efore )|(?<=\bpost-)|"
                r"(?<=\bpre-)|(?<=\bPost-)|(?<=\bPre-))9-11\b(?![-/]\d)"),
     lambda m: SPECIAL_SLASHES["9/11"]),
    # a rating in stars: "a 5* hotel" -> "five-star", "rated it 4★" -> "four stars"
    (re.compile(r"([1-7])(?<![\w.*$£€][1-7])[*★](?![\w*★])"), stars),
    # a mark out of a total: "scored 98/100", "rated 4.5/5", "4/5 stars" -> "out of"
    (re.compile(r"(\d(?<![\d/.,]\d)\d{0,2}(?:\.\d)?)/(\d{1,3})(?![\d/]|\.\d)"), out_of),
    (re.compile(r"(\d(?<![\d/.,]\d)\d{0,2})/(\d{1,3})(?![\d/]|\.\d)"), slash_pair),
    (re.compile(r"(?<![\d/.,])(1[89]\d\d|20\d\d)/(\d\d|1[89]\d\d|20\d\d)(?![\d/])"), _season),
    # a mortgage's terms: "a 5/1 ARM", "a 2/1 buydown" -> "five one", "two one"
    (re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?= (?:ARMs?|adjustable|hybrid|buydowns?)\b)"),
     lambda m: f"{cardinal(int(m.group(1)))} {cardinal(int(m.group(2)))}"),
    # a fraction as an adjective: "a ¾-length coat", "½ price" -> "three-quarter-length", "half"
    (re.compile(r"(?<![\d/.,])([½¾¼])(?:-(?=[a-z])| (?=(?:price|time|off|term|day|hour|mile|marathon|"
                r"hourly)\b))"), _fraction_adjective),
    # super- and subscript digits: "2⁵⁄₈-inch" -> "2 5/8"
    (re.compile(r"(\d)?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁄([₀₁₂₃₄₅₆₇₈₉]+)"), _script_fraction),
    (re.compile(rf"(?<![\d/.,])(\d+)?[ -]?([{VULGAR_CHARS}])"), _vulgar),
    (re.compile(r"(?<![\d/.,])(\d+)[ -](\d{1,2})/(\d{1,3})(?![\d/])"), _mixed),
    (re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,3})(?:st|nd|rd|th)s?\b"), _fraction_suffixed),
    (re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,4})\b(?![/\d])"), _fraction),
    (re.compile(r"(?<=\d)\s?/\s?(?=\d)"), lambda m: " slash "),
    # a ratio: "16:9 screens", "a 3:2 majority"; with one digit after the colon no clock's
    # time, wherever it stands ("the ratio is 3:2.", "won 2:1"; not a verse, "John 3:1")
    (re.compile(r"(?<![\w.:])(\d{1,2}):(\d{1,2})(?![\d:])(?= [a-z])|"
                r"(?<![\w.:])(\d{1,2}):(\d)(?![\w:]|[.,]\d)"), _ratio),
    # a tennis set's tie-break: "6-7(5)" -> "6-7 (5)", the bracket apart from the score
    (re.compile(r"(?<![\w.-])([67]-[67])\((\d{1,2})\)"), lambda m: f"{m.group(1)} ({m.group(2)})"),
    (re.compile(rf"(?<![\w.-])({_NUM})\s?[-–—]\s?({_NUM})\b(?![-.]\d)"), _range),
    # a span still open: "2015–present", "1998-now"
    (re.compile(r"(?<![\w.,-])(\d{4})\s?[-–—]\s?(present|now|today|date)\b"),
     lambda m: f"{m.group(1)} to {m.group(2)}"),
    (re.compile(rf"(?<![\w.-])({_NUM})\s?[-–—]\s?(?=\d)"), lambda m: f"{m.group(1)} to "),
)

_GOLF = re.compile(r"\b(?:par|birdies?|bogeys?|eagles?|leaderboard|golf(?:er|ers)?|PGA|LPGA|Masters|"
                   r"Ryder Cup|carded|fairways?|tee|holes?|clubhouse)\b")
GOLF_WINDOW = 80
"""How far either side of "-12" a golf word makes it a score against par."""


def _to_par(m: re.Match[str]) -> str:
    """"finished at -12" -> "twelve under", "(+3)" -> "three over": a golfer's score against
    par, where a golf word stands near; elsewhere the sign is read as a sign."""
    window = m.string[max(0, m.start() - GOLF_WINDOW) : m.end() + GOLF_WINDOW]
    if not _GOLF.search(window):
        return m.group(0)
    return f"{cardinal(int(m.group(2)))} {'over' if m.group(1) == '+' else 'under'}"


GOLF: Pass = (re.compile(r"([-−–+])(?<![\w.,+-][-−–+])(?<!\d [-−–+])(\d{1,2})\b"
                         r"(?![.,]\d|[-–/:]\d|\s?(?:%|°|degrees?\b))"), _to_par)
""""-12", "+3" near a golf word: a score against par (before the minus and plus are signs)."""


def _minus(m: re.Match[str]) -> str:
    if m.group(0) == "–" and not m.group(1) and not m.string.endswith(
            "(", 0, m.start()) and not re.search(r"[a-z] $", m.string[max(0, m.start() - 2):m.start()]):
        return m.group(0)  # "1914 –18", "Smith – 12": a dash, not a sign
    return "minus "


MINUS: Pass = (re.compile(r"[-−–](?<![^\s(]-)(?<![^\s(]−)(?<![^\s(]–)(?=([$£€¥₹])?\d)"), _minus)
"""A minus sign before a number that follows a space: "-5", "(-12°C)"; the en dash the wires
set for it after a word ("fell –0.4%"), and either before a currency ("outflows of –$2.1bn")."""
