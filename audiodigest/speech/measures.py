"""Measures: SI and US units in the case and spacing they are written in, per-units and powers.

"5km", "5 KM", "5 Km" -> "five kilometers"; "3.5GHz" -> "three point five gigahertz"; "km/h",
"kph", "KMH" -> "kilometers per hour"; "m²", "m2", "sq m" -> "square meters"; "5 mg/kg" ->
"five milligrams per kilogram", "mg/dL", "µg/m³" -> "per cubic meter"; "9.8 m/s²" ->
"nine point eight meters per second squared";
"20°C", "25C" -> "... degrees Celsius"; "20-25°C" -> "twenty to twenty-five degrees Celsius";
"a 10 km race" -> "a ten kilometer race" (before its noun a unit is singular). Units that are
also words or letters ("in", "m", "g", "t") count only where a unit can stand: before a function
word or punctuation ("4 m high", "5 in of rain"), never "5 in the morning" or "a 5G network".
"""

from __future__ import annotations

import re

from .common import NOT_NOUNS, PARTICIPLE_AFTER, Pass, after_determiner, describes_noun
from .numbers import (
    FRACTION_DENOMINATORS,
    NUM,
    SPECIAL_SLASHES,
    VULGAR_CHARS,
    fraction,
    fraction_before,
    is_one,
    number_words,
    pairs,
    vulgar_parts,
)
from .unittable import UNITS

__all__ = ["COMPASS", "PASSES", "RATE_UNIT", "UNITS", "UNIT_RE", "unit_words"]


_AMBIGUOUS = frozenset("m g gr t l L h in ms ha bp cc W V MP mb Mt kn qt AU".split())
"""Written forms that are also words, letters or abbreviations: units only before a function
word or punctuation ("4 m high", "5 in of rain", "2 L."), or straight after the digits."""
_STRICT = frozenset({"in", "ms", "ha", "cc", "W", "V", "MP", "mb", "kn", "qt"})
"""Of those, the ones that need more: a following "of", "tall", "long"... or the sentence's end."""
_STRICT_NEXT = frozenset("of tall long wide high deep thick across away".split())
_CAMERA_NEXT = frozenset("camera cameras sensor sensors lens lenses shooter selfie main rear front "
                         "ultrawide telephoto wide-angle".split())
"""After "12 MP" a camera's word makes it megapixels, not a member of parliament."""
_SQUARE = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
_LENGTHS = frozenset({"m", "km", "cm", "mm", "ft", "mi", "in", "yd"})
"""A length after a slash with a power is an area or volume ("kg/m²", "µg/m³"), said before it:
"per square meter"; any other unit takes the power after it ("m/s²": "per second squared")."""

_FORMS = sorted(UNITS, key=len, reverse=True)
_UNIT_RE = UNIT_RE = "|".join(re.escape(u) for u in _FORMS)
_SQ_RE = (r"(?:(?:sq|cu)\.?\s?(?:km|m|ft|mi|yds|yd|in)\b|"
          r"(?:km|m|cm|mm|ft|mi|in|yd)(?:[²³]|(?<=m)[23]))")
_NEXT = re.compile(r"\s*(?:([A-Za-z]+)|([.,;:!?)\"”]|\((?=\d)|$))")
"""(A bracket with a figure after a unit holds its conversion: "8,849 m (29,032 ft.)".)"""


_PER_TIME = {"month": "month", "mo": "month", "year": "year", "yr": "year", "day": "day",
             "d": "day", "s": "second", "week": "week", "wk": "week", "hour": "hour", "person": "person",
             "capita": "capita", "head": "head"}
"""Denominators that are no units: "300 kWh/month", "2 kg/person"."""
_PER_RE = "|".join(sorted([*(re.escape(u) for u in UNITS), *_PER_TIME], key=len, reverse=True))


def unit_words(unit: str, singular: bool) -> str:
    """The spoken unit: ("km", False) -> "kilometers", ("m²", True) -> "square meter"."""
    if unit in _PER_TIME:
        return _PER_TIME[unit]
    power = ""
    if unit[-1] in _SQUARE and unit[:-1].rstrip() in UNITS:
        power, unit = _SQUARE[unit[-1]], unit[:-1]
    elif unit.startswith(("sq", "cu")):
        power, unit = "square" if unit[0] == "s" else "cubic", re.sub(r"^(?:sq|cu)\.?\s?", "", unit)
    one, many = UNITS[unit]
    word = one if singular else many
    return f"{power} {word}" if power else word


_SIZE_WORD_AFTER = re.compile(
    r"-(?:long|wide|high|tall|deep|thick|broad|wingspan|length|width|height|depth|diameter|"
    r"radius|gauge|barrel|span)\b")
"""A measure joined to one of these by a hyphen describes a noun: "a 1.2m-long fish", "a
30cm-deep hole", "the 200m-wide crater" (a unit, and singular: "meter-long")."""


_RATE_MOVE = re.compile(r" (?:cut|hike|rise|increase|reduction|move|drop)\b")
"""A rate's move after basis points is the noun they describe ("cut" is no noun elsewhere)."""


def _size_compound(m: re.Match[str]) -> bool:
    return _SIZE_WORD_AFTER.match(m.string, m.end()) is not None


def _unit_allowed(m: re.Match[str], unit: str) -> bool:
    if unit == "in" and m.string.startswith("-", m.end()):
        return False  # "2-in-1"
    if unit == "ac":  # acres apart from their number ("12 ac.", "a 40-ac. site"), not "802.11ac"
        return bool(m.group("sep"))
    if unit == "pt":  # a pint, never a point ("a 3-pt shot", "won 3 pts to 1 pt.")
        nxt = _NEXT.match(m.string, m.end())
        return (m.group("sep") != "-" and nxt is not None
                and (nxt.group(1) or "").lower() in _PINT_NEXT)
    if _size_compound(m):
        return True
    if unit not in _AMBIGUOUS or m.group("sep") == "-" or m.groupdict().get("per") or m.group("dot"):
        return True  # "5 g/L", "6 in. tall": a unit over a unit or with its stop is no word
    nxt = _NEXT.match(m.string, m.end())
    if nxt is None:
        return False
    word = nxt.group(1)
    if word is None or m.string.startswith((" CO2", " CO₂"), m.end()):
        return True  # punctuation or the end ("It weighs 2.5 t."), or a gas: "1 Mt CO2"
    if unit == "mb" and re.fullmatch(r"(?:8[5-9]\d|9\d\d|10[0-8]\d)(?:\.\d)?",
                                     m.groupdict().get("num") or "") and _WEATHER.search(m.string):
        return True  # "dropped to 942 mb as it": a storm's pressure in millibars
    if unit in _STRICT:
        return (not m.group("sep") or word in _STRICT_NEXT  # "60W", "5 in of rain"
                or (unit == "MP" and word in _CAMERA_NEXT)  # "a 12 MP camera"
                or (unit == "ms" and word in NOT_NOUNS)  # "latency below 5 ms on"
                # "a 1,200 W microwave", "the 12 V battery": a device's rating before its noun;
                # "charges at 65 W with": a rating after "at" or "to"
                or (unit in ("W", "V") and after_determiner(m) and word.islower()
                    and word not in NOT_NOUNS)
                or (unit in ("W", "kW", "V") and _RATED_AT.search(m.string, 0, m.start()) is not None))
    if (unit == "m" and (not m.group("sep") or after_determiner(m) or _relay(m))
            and word.islower() and (not word.endswith("s") or word in RACE_PLURALS)):
        return True  # "the 100m sprint", "the 400m hurdles" ("5m people" is millions: earlier)
    if (unit in ("l", "L") and not m.group("sep")
            and ((word.islower() and not word.endswith("s"))
                 or _ENGINE_AFTER.match(m.string, m.end()))):
        return True  # "a 2L bottle", "the 2.0L engine", "a 5.7L V8"
    if unit == "L" and "." in (m.group("num") or "") and word.islower():
        return True  # "the 1.5 L bottles": a decimal before a capital L is no letter
    if unit in ("g", "mg") and word in _NUTRIENTS:
        return True  # "12 g protein", "2,300 mg sodium": a nutrition label's amounts
    return word in NOT_NOUNS or PARTICIPLE_AFTER.match(m.string, m.end()) is not None


_PINT_NEXT = frozenset("of milk cream heavy whipping half-and-half beer ale lager stout cider water "
                       "stock broth juice blood".split())
"""What a pint ("pt") is said before: "1 pt. of stock", "2 pt heavy cream"."""
_NUTRIENTS = frozenset("protein fat fiber fibre sugar sugars carbs carbohydrates carbohydrate sodium "
                       "saturated cholesterol potassium calcium iron caffeine".split())
_WINDY = re.compile(r"\b(?:[Ww]inds?|[Gg]usts?|[Ss]torms?|[Hh]urricanes?|[Tt]yphoons?|[Cc]yclones?|moving|"
                    r"sustained|knots)\b")
_WEATHER = re.compile(r"\b(?:[Pp]ressure|[Hh]urricane|[Ss]torm|[Tt]yphoon|[Cc]yclone|[Bb]arometric|"
                      r"[Dd]epression|[Ll]ow)\b")
"""A storm's words, which make "942 mb" its pressure."""
_RATED_AT = re.compile(r"\b(?:at|to|of)(?: up to)? $")
"""A rating after "at", "to" or "of": "charges at 65 W", "up to 100 W", "output of 400 W"."""
_ENGINE_AFTER = re.compile(r"\s[VIWH]\d{1,2}\b")
"""An engine's layout after its displacement: "5.7L V8", "1.5L I4"."""


_RACE_VERB = re.compile(r" (?:has|was|is)\b")  # "the 100m has a new champion": the race, not millions
RACE_PLURALS = ("hurdles", "heats", "semifinals", "semis", "finals", "relays", "sprints",
                "splits", "repeats", "intervals")
"""Plurals after a distance in metres that are races or their parts, not counted things: "the
400m hurdles", "the 100m heats" (but "5m users" is five million)."""


_SPEED_BEFORE = re.compile(r"(?i:wind|gust|speed|sail|cruis|sustained|flew|flying|steam)")
_AT_SEA_OR_AIR = re.compile(r"\b(?i:flights?|flew|fly|flying|pilots?|aircraft|airplanes?|planes?|jets?|airliners?|"
                            r"airports?|runways?|route|routes|range|radius|offshore|coast|coastline|ships?|"
                            r"vessels?|boats?|sailed|sailing|navy|naval|submarines?|ETOPS|NOTAM|miles?)\b")
"""Words that make "200 nm" nautical miles: a flight's, a ship's, a coast's ("within 200 nm of the
test site" after "pilots"); without them it is nanometers ("a 3 nm chip")."""
_CHIP = re.compile(r"\b(?i:chips?|process|node|wavelengths?|lasers?|light|transistors?|semiconductors?|"
                   r"wafers?|lithography|TSMC)\b")
"""Words that keep "nm" nanometers even beside a flight's ("a 3 nm chip for jets")."""
SPEED_LOOKBACK = 60
"""Characters before "50 kt" searched for wind or speed: then it is knots, not kilotons."""


_SCALES = {"bn": " billion", "mn": " million", "tn": " trillion"}
"""A scale written short between a number and its unit."""
_AMOUNT_BEFORE = re.compile(
    r"\b(?:of|to|by|than|about|around|nearly|almost|over|under|some|roughly|with|from|hit|"
    r"reached|topped|exceeded|and|or|at|generate|generates|generated|produce|produces|produced)\s$")


def _amount_before(m: re.Match[str]) -> bool:
    """"rainfall of 150mm fell", "up to 20cm overnight": after a preposition or a verb of
    amount a glued measure is the amount itself, not an adjective ("a 150mm pipe"); not the
    "by" of a relay ("the 4x100m relay")."""
    return (_AMOUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) is not None
            and not _relay(m))


_RELAY_BEFORE = re.compile(r"\d\s?(?:by|[x×])\s?$")


def _relay(m: re.Match[str]) -> bool:
    """"4x100m", "4 × 400 m": a relay's legs, its distance before the noun."""
    return _RELAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None


_THINGS_AFTER = re.compile(r" ([a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\b(?! (?:of|per)\b)")
_VERBS_IN_S = frozenset("""equals separates costs means remains seems takes makes gives lies sits
                        stands stretches runs covers marks brings puts leaves keeps shows needs
                        was has does goes counts""".split())


_PAST_AFTER = re.compile(r" [a-z]{2,}ed\b")
_MARGIN_AFTER = re.compile(r" (?:short|shy|clear|ahead|behind|wide|off|beyond) (?:of|the|from)\b")
"""A margin, not a size: "landed 12cm short of his best" is twelve centimeters."""
_LIMIT_BEFORE = re.compile(r"\b(?:above|below|over|under|than|beyond|past|near|around|about|to|from)\s$")
"""A verb in the past after a limit glued to its unit: "temperatures above 100°F pushed demand"
is no "100-degree" anything ("65W wired charging" is)."""


def _things_after(m: re.Match[str]) -> bool:
    """A plural noun right after the measure, which describes it: "150 mph winds", "155mm
    rounds", "10 kg bags" (the unit in the singular, as before any noun); not a verb ("2 km
    separates the towns")."""
    after = _THINGS_AFTER.match(m.string, m.end())
    return after is not None and after.group(1) not in NOT_NOUNS and after.group(1) not in _VERBS_IN_S


def _measure(m: re.Match[str]) -> str:
    unit, per, power = m.group("unit"), m.group("per"), m.group("pow") or ""
    if not _unit_allowed(m, unit.split()[0] if unit.startswith(("sq", "cu")) else unit):
        return m.group(0)
    # "6 ft. 2 in. tall": the abbreviation's stop goes (the engine would end a sentence there)
    if unit == "kt" and _SPEED_BEFORE.search(m.string, max(0, m.start() - SPEED_LOOKBACK),
                                             m.start()):
        unit = "kts"
    if unit == "nm" and _AT_SEA_OR_AIR.search(m.string) and not _CHIP.search(m.string):
        unit = "nmi"
    num, num2 = m.group("num"), m.group("num2")
    hyphened = m.group("sep") == "-"
    compact = not m.group("sep") and not per
    scale = m.group("scale") or ""
    scale = _SCALES.get(scale.strip(), scale)  # "39 bn m³", "1.2bn kWh"
    engine = unit in ("l", "L") and compact and _ENGINE_AFTER.match(m.string, m.end())
    glued_before_noun = compact and not _amount_before(m) and not _MARGIN_AFTER.match(m.string, m.end()) and not (
        _PAST_AFTER.match(m.string, m.end()) and _LIMIT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()))
    rate_move = unit in ("bp", "bps") and _RATE_MOVE.match(m.string, m.end()) is not None  # "a 50 bp cut"
    singular = hyphened or _size_compound(m) or bool(engine) or rate_move or (
        (after_determiner(m) or _relay(m) or glued_before_noun)
        and describes_noun(m)) or (not per and " per " not in unit_words(unit, True) and _things_after(m))
    last = num2 or num
    words = unit_words(unit, singular or (is_one(last) and not num2 and not scale))
    if per and power and per in _LENGTHS:  # "µg/m³" -> "micrograms per cubic meter"
        words += f" per {_SQUARE[power]} {unit_words(per, True)}"
    elif per:
        words += " per " + unit_words(per, True)
    if power and not (per and per in _LENGTHS):  # "9.8 m/s²" -> "... per second squared"
        words += " squared" if power in "²2" else " cubed"
    if m.group("per2"):  # "0.5 mg/kg/day" -> "milligrams per kilogram per day"
        words += " per " + unit_words(m.group("per2"), True)
    joiner = "-" if hyphened else " "
    spoken = number_words(num)
    if num2:
        spoken += " to " + number_words(num2)
    return f"{spoken}{scale}{joiner}{words}"


_PLACE_CODE_BEFORE = re.compile(
    r"\b(?i:seats?|rows?|gates?|rooms?|apt|apartment|flat|suite|units?|platform|bay|terminal|"
    r"stand|pier|cabin|berth|locker|box|block|level|floor|car|coach|section|aisle|ward|bed|"
    r"court|stall|grade|class|size|vitamin|form|exit|lane|space|spot)\.? $")
"""Before "14C" in "seat 14C", "gate 9F", "Apt 3C" the letter is a row or door, no degree."""


_HOTTEST = 140
"""No span of temperatures starts above this (°F): "747-8F" is a model and its variant."""


_FILING_AFTER = re.compile(r" (?:filings?|forms?|reports?)\b")  # "13F filings": a form, no temperature


def _temperature(m: re.Match[str]) -> str:
    if _FILING_AFTER.match(m.string, m.end()) and not m.group(2):
        return f"{number_words(m.group(1))} {m.group(3) or m.group(4)}"
    if _PLACE_CODE_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return f"{number_words(m.group(1))} {m.group(3)}" if m.group(3) and not m.group(2) else (
            m.group(0))
    letter = m.group(3) or m.group(4)
    if m.group(2) and float(m.group(1)) > _HOTTEST:
        # no weather: a model and its variant, "the 747-8F" -> "seven forty-seven dash eight F"
        return f"{pairs(m.group(1))} dash {number_words(m.group(2))} {letter}"
    scale = "Celsius" if letter == "C" else "Fahrenheit"
    first = number_words(m.group(1))
    if m.group(2):
        return f"{first} to {number_words(m.group(2))} degrees {scale}"
    return f"{first} {'degree' if is_one(m.group(1)) else 'degrees'} {scale}"


def _feet_inches(m: re.Match[str]) -> str:
    feet, inches = m.group(1), m.group(2)
    if describes_noun(m) and m.string.startswith(" ", m.end()):  # "a 6'2" guard": "six-foot-two"
        return f"{number_words(feet)}-foot-{number_words(inches)}"
    return (f"{number_words(feet)} {'foot' if feet == '1' else 'feet'} {number_words(inches)}"
            f" {'inch' if inches == '1' else 'inches'}")


_UNIT_BEHIND = re.compile(rf"(?<![\w.]){NUM}\s?(?:{_UNIT_RE}) ?$")


_PRODUCT = re.compile(r"\d+(?:\.\d+)?(?![\d.])\s?(?:[=?]|(?:is|was|equals|makes|gives|and)\b|[,;:)]|$)")


def _dimension(m: re.Match[str]) -> str:
    """"3 x 4 m", "a 2x4", "a 4 × 4 grid": "by"; the multiplication sign set off by spaces
    before a number that an equals sign, a verb or the clause's end follows is "times" ("what
    7 × 8 was", "7 × 8 = 56")."""
    arithmetic = re.search(r"[÷+=−]\s?$", m.string[max(0, m.start() - 3):m.start()]) is not None
    if " × " in m.group(0) + " " and (arithmetic or _PRODUCT.match(m.string, m.end())):
        return f"{m.group(1)} times "
    return f"{m.group(1)} by "


def _by_units(m: re.Match[str]) -> str:
    """"2 cm x 3 cm" -> "2 cm by 3 cm": the sign between two measures."""
    if not _UNIT_BEHIND.search(m.string, max(0, m.start() - 24), m.start()):
        return m.group(0)
    return " by "


def _stone(m: re.Match[str]) -> str:
    """"14 st 2 lb" -> "fourteen stone two pounds"; a bare "15st." where the sentence or a
    clause ends, never an ordinal's "21st"."""
    stone, pounds = m.group(1), m.group(2)
    glued = m.group(0)[len(stone)] != " "
    if not pounds and ((glued and stone[-1] == "1" and stone != "11")
                       or not re.match(r"[\"'”’]*(?:[.,;:)]|$| and\b)", m.string[m.end():])):
        return m.group(0)  # "21st", "the 4 st nearest"
    spoken = f"{number_words(stone)} stone"
    if pounds:
        spoken += f" {number_words(pounds)} {'pound' if pounds == '1' else 'pounds'}"
    return spoken


_OPENING_QUOTE = re.compile(r'(?<!\d)"')


def _inches(m: re.Match[str]) -> str:
    num = m.group(1)
    if m.group(0).endswith('"') and len(_OPENING_QUOTE.findall(m.string, 0, m.start())) % 2:
        return m.group(0)  # it closes a quotation, as in: he said "I won 3"
    if m.group(0).endswith("-inch"):
        return f"{number_words(num)}-inch"  # "the 11-inch iPad Pro": always before its noun
    # "a 16" screen" -> "sixteen inch screen", "a 65" TV"
    single = is_one(num) or describes_noun(m) or m.string.startswith(" ", m.end()) and (
        m.string[m.end() + 1 : m.end() + 2].isupper())
    return f"{number_words(num)} {'inch' if single else 'inches'}"


def _part_before(num: int, den: int) -> str:
    """A part before its unit's word: "half", "quarter" without their "one" ("a 1/4-mile track",
    "1/2-inch hail"); the rest with it ("a 1/8-inch crack": "a one eighth-inch", not "a eighth")."""
    said = fraction_before(num, den)
    return said.removeprefix("one ") if (num, den) in ((1, 2), (1, 4)) else said


def _inch_part(m: re.Match[str]) -> str:
    num, den = int(m.group(1)), int(m.group(2))
    if num >= den or den not in FRACTION_DENOMINATORS:
        return m.group(0)
    return f"{_part_before(num, den)} inch"


_CERTIFIED = re.compile(r" (?:multi-)?(?:platinum|gold|diamond|silver)\b")
"""A record's certification: "certified the album 2x platinum" -> "two times platinum"."""


def _times(m: re.Match[str]) -> str:
    """"2.5x faster" -> "two point five times"; before its noun after "a" a whole count is
    an adjective: "a 2x champion" -> "a two-time champion"."""
    if ("." not in m.group(1) and after_determiner(m) and describes_noun(m)
            and not _CERTIFIED.match(m.string, m.end())):
        return f"{number_words(m.group(1))}-time"
    return f"{number_words(m.group(1))} times"


def _fraction_measure(m: re.Match[str]) -> str:
    """"1 1/2 tsp" -> "one and a half teaspoons", "1/4 tsp" -> "one quarter teaspoon", "a
    5/8-inch bit" -> "five eighths-inch": a fraction before its unit (a whole and a part is
    more than one, a part alone less)."""
    unit = m.group("unit")
    num, den = vulgar_parts(m.group("v")) if m.group("v") else (int(m.group("n")), int(m.group("d")))
    if num >= den or den not in FRACTION_DENOMINATORS or not _unit_allowed(m, unit):
        return m.group(0)
    whole = m.group("whole") or m.group("w2")
    hyphened = m.group("sep") == "-"
    said = f"{number_words(whole)} and {fraction(num, den, mixed=True)}" if whole else (
        fraction_before(num, den) if hyphened else fraction(num, den))
    if hyphened and not whole and (num, den) in ((1, 2), (1, 4)):
        said = said.removeprefix("one ")  # "the 1/4-lb. patties": "quarter-pound", "half-gallon"
    words = unit_words(unit, hyphened or not whole)
    if not whole and not hyphened and words in _A_PART_OF and (num, den) in ((1, 2), (1, 4)) \
            and not after_determiner(m):
        said = "a " + said.removeprefix("one ")  # "climbs 1/4 mi. to": "a quarter mile"
    return f"{said}{'-' if hyphened else ' '}{words}"


_A_PART_OF = frozenset({"mile", "hour"})
"""Units a half or a quarter alone is "a" one of: "a quarter mile" (as `common.a_part` says it
before the word written out; a recipe's "1/4 tsp" stays "one quarter teaspoon")."""


_JEWELS = frozenset("gold diamond diamonds white yellow rose ring rings stone stones sapphire ruby emerald "
                    "solitaire engagement".split())


def _count_pack(m: re.Match[str]) -> str:
    """"24-ct. boxes" -> "twenty-four-count" (a carat only before gold or a stone), "an 8-pk."
    -> "eight-pack", "2 pks." -> "two packs"."""
    nxt = re.match(r"\s+([a-z]+)", m.string[m.end():])
    if m.group(3).startswith("ct") and (nxt is None or nxt.group(1) in _JEWELS):
        return m.group(0)
    word = "count" if m.group(3).startswith("ct") else "pack"
    if m.group(2) == "-":
        return f"{number_words(m.group(1))}-{word}"
    return f"{number_words(m.group(1))} {word}{'' if m.group(1) == '1' else 's'}"


def _fraction_word(m: re.Match[str]) -> str:
    num, den = int(m.group(2)), int(m.group(3))
    if num >= den or den not in FRACTION_DENOMINATORS or m.group(0) in SPECIAL_SLASHES:
        return m.group(0)  # "the 9/11-era law"
    if m.group(1):  # "a 2 1/2-year sentence": a whole and a part
        return f"{number_words(m.group(1))} and {fraction(num, den, mixed=True)}"
    return _part_before(num, den)


COMPASS = {"N": "north", "S": "south", "E": "east", "W": "west"}
_BEARINGS = {**COMPASS, "NE": "northeast", "NW": "northwest", "SE": "southeast",
             "SW": "southwest", "NNE": "north-northeast", "ENE": "east-northeast",
             "ESE": "east-southeast", "SSE": "south-southeast", "SSW": "south-southwest",
             "WSW": "west-southwest", "WNW": "west-northwest", "NNW": "north-northwest"}

_RANGE = rf"(?:\s?[-–—]\s?(?P<num2>{NUM}))?"
_RACE = re.compile(r"(?<=\b[Tt]he )(?P<h>1[1-9]|[2-9][1-9])00(?: ?m\b(?!\.\w)|(?P<unit>[ -]met(?:er|re)s?)\b)")


def _race(m: re.Match[str]) -> str:
    """A race over hundreds of meters, said in hundreds: "the 1500m" -> "the fifteen hundred
    meters", "the 3200-meter run" (a round thousand stays: "the 5000m")."""
    unit = m.group("unit")
    said_unit = "meters" if unit is None else ("-meter" if unit.startswith("-") else " meters")
    return f"{number_words(m.group('h'))} hundred" + (" " + said_unit if unit is None else said_unit)


_PER_UNIT = re.compile(r"(?<=\bper )(kg|g|mg|lb|lbs|oz|km|mi|cm|ft|l|L|ml|gal|MWh|kWh|GB|MB|sq ft|sq mi|sq km|sq m|"
                       r"cu yd|cu ft|m²|ha|bbl|cwt)\b(?![.'’]?\w)")
"""A unit after "per" with no number of its own ("ten dollars per kg of milk solids", "two
euros per l"): its word, in the singular."""


_RATE_SIGNS = {"$": "dollars", "€": "euros", "£": "pounds"}
_RATE_SIDE = ("(?:[$€£]|" + "|".join(re.escape(u) for u in sorted(
    (u for u in UNITS if u not in _AMBIGUOUS and "/" not in u and " " not in u), key=len, reverse=True))
    + r"|[mg](?=/)|(?<=/)(?:h|s|L|l|m[²³23]?))")


def _rate_unit(m: re.Match[str]) -> str:
    """"in km/h" -> "in kilometers per hour", "kg/m²" -> "kilograms per square meter", "$/kWh"
    -> "dollars per kilowatt hour": a unit over a unit with no number before it."""
    a, b = m.group("a"), m.group("b")
    if b in _RATE_SIGNS or (b not in UNITS and b not in _PER_TIME and b[:-1] not in UNITS):
        return m.group(0)
    first = _RATE_SIGNS.get(a) or unit_words(a, False)
    second = unit_words(b.replace("2", "²").replace("3", "³") if b[-1] in "23" else b, True)
    return f"{first} per {second}"


RATE_UNIT: Pass = (re.compile(rf"(?<![\w/.$€£-])(?P<a>{_RATE_SIDE})/(?P<b>{_RATE_SIDE})(?![\w/²³])"),
                   _rate_unit)
"""A unit over a unit with no number ("given in km/h", "BMI = kg/m²"); the measures with a
number have been read before."""


PASSES: tuple[Pass, ...] = (
    # a pack's count and a pack: "24-ct. boxes", "an 8-pk. of batteries" (before "ct" is a carat)
    (re.compile(r"(?<![\w.,])(\d{1,3})(-| )(ct|pk|pks)\.(?=\s|$|[,;:)])"), _count_pack),
    # a range of children's sizes: "sizes 2T-5T" -> "two T to five T"
    (re.compile(r"\b(\d{1,2})T\s?[-–]\s?(\d{1,2})T\b"),
     lambda m: f"{number_words(m.group(1))} T to {number_words(m.group(2))} T"),
    # batteries by their size: "AA batteries", "a AAA battery" -> "double-A", "triple-A"
    (re.compile(r"\b(AAA|AA)(?= (?:batter(?:y|ies)|cells?|size)\b)"),
     lambda m: "triple-A" if m.group(1) == "AAA" else "double-A"),
    # a mass of carbon dioxide with its unit glued on: "37.4 GtCO2", "600,000 t CO2e", "5 MtCO2eq"
    # (the unit apart, as "1 Mt CO2" is read; its "e" is "equivalent")
    (re.compile(r"(?<=\d)(\s?)(Gt|Mt|kt|t)\s?(?:CO2|CO₂)(e|eq|-eq)?\b"),
     lambda m: f"{m.group(1)}{'Mt of' if m.group(2) == 'Mt' else m.group(2)} CO2"
               + (" equivalent" if m.group(3) else "")),
    # emissions count in megatonnes, ore and grain in millions of tonnes ("58.6 Mt" of coal):
    # "1 Mt CO2" -> "one megatonne CO two"
    (re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?Mt of(?= CO2\b)"),
     lambda m: f"{number_words(m.group(1))} {'megatonne' if m.group(1) == '1' else 'megatonnes'}"),
    # a wind's direction before its speed, or before "winds": "winds NW 10-15 mph", "winds SW
    # at 5 to 10", "NW winds 10 to 20"
    (re.compile(r"\b((?:[Ww]inds?|[Gg]usts?|[Bb]reezes?)(?: (?:from the|out of the|from|becoming|turning))? )"
                r"(NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|NW|SE|SW|N|S|E|W)\b(?=,? (?:at |around |near )?\d)"
                r"|\b(NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|NW|SE|SW)(?= (?:winds?|breezes?|gusts?)\b)"),
     lambda m: f"{m.group(1) or ''}{_BEARINGS[m.group(2) or m.group(3)]}"),
    (_RACE, _race),
    # a point written "pt" (a pint only before what is poured: `_unit_allowed`): "a 3-pt shot",
    # "won by 1 pt.", "a 12 pt font"
    (re.compile(rf"(?<![\w.])({NUM})(\s?|-)pt(?:\.(?= [a-z]))?(?![\w'’-])"
                rf"(?!\.?\s(?:{'|'.join(sorted(_PINT_NEXT))})\b)"),
     lambda m: f"{number_words(m.group(1))}{m.group(2) or ' '}"
               + ("point" if m.group(2) == "-" or is_one(m.group(1)) or describes_noun(m)
                  else "points")),
    # a unit after a decimal without its zero, said before the passes (".7 sec." is "point seven
    # sec." by now): "point seven seconds"
    (re.compile(r"(?<=\bpoint )((?:(?:zero|one|two|three|four|five|six|seven|eight|nine) )+)"
                r"(sec|secs|min|mins|hr|hrs|mi|km|lbs?|oz|ft|mph|mpg|in(?= (?:of|tall|long|wide|high|deep|thick)\b))"
                r"(?:\.(?=\s[a-z]|[,;:)]))?(?![\w'’-])"),
     lambda m: f"{m.group(1)}{unit_words(m.group(2), False)}"),
    # "kt" after a number in a storm's or a wind's sentence is knots, elsewhere kilotons
    (re.compile(r"(?<=\d)(\s?)kt\.?(?=[\s,;:)]|$)"),
     lambda m: f"{m.group(1)}kts" if _WINDY.search(m.string) else m.group(0)),
    # a book's pages after their number: "320 pp., ships", "(320 pp.)" ("pp" without its stop,
    # or at a sentence's end, is percentage points)
    (re.compile(rf"(?<![\w.])({NUM})\s?pp\.(?=[,;:)]|\s[a-z])"), lambda m: f"{number_words(m.group(1))} pages"),
    (_PER_UNIT, lambda m: unit_words(m.group(1), True)),
    # a fraction or a mixed number before its unit: "1 1/2 tsp", "10 1/2 km", "a 5/8-inch bit"
    (re.compile(rf"(?<![\w.,/-])(?:(?P<whole>\d{{1,3}})[ -](?=\d)|(?P<w2>\d{{1,3}})[ -]?(?=[{VULGAR_CHARS}]))?"
                rf"(?:(?P<n>\d{{1,2}})/(?P<d>\d{{1,3}})|(?P<v>[{VULGAR_CHARS}]))"
                rf"(?P<sep>\s?|-)(?P<unit>{_UNIT_RE})(?P<dot>\.(?= [a-z\d]| [A-Z]{2,}\b))?(?![\w/²³°])"),
     _fraction_measure),
    # a fraction joined to a word: "a 5/8-inch bit", "a 1/2-mile walk", "3/4-length sleeves",
    # with a whole before it: "a 2 1/2-year sentence"
    (re.compile(r"(?<![\w.,/-])(?:(\d{1,3}) )?(\d{1,2})/(\d{1,3})(?=-[a-z]{3,}\b)"),
     _fraction_word),
    # "28 degrees F", "5 deg. C": the scale's letter after the word
    (re.compile(r"(?<=\d )(?:degrees|deg\.?) ([CF])\b(?![\w'’-]|\.\w)"),
     lambda m: f"degrees {'Celsius' if m.group(1) == 'C' else 'Fahrenheit'}"),
    # dimensions: "3 x 4 m", "a 2x4", "4×4" ("0x1F" is no size)
    (re.compile(rf"(?<![\w.])({NUM})\s?[x×]\s?(?=\d+(?:\.\d+)?(?:[\s,;:)]|[a-z]{{1,3}}\b|$|\.(?!\d)))"),
     _dimension),
    # square feet hyphened to their number before a noun: "a 2,400-sq.-ft. home"
    (re.compile(r"(?<=\d)-sq\.?-ft\.?(?= [a-z])"), lambda m: "-square-foot"),
    # a room's size in feet marks: "12'x14'" -> "twelve by fourteen feet"
    (re.compile(r"(?<![\w.'’])(\d{1,3})['’′] ?[x×] ?(\d{1,3})['’′](?![\d\"″'’′])"),
     lambda m: (f"{number_words(m.group(1))}-by-{number_words(m.group(2))}-foot"
                if describes_noun(m) and m.string.startswith(" ", m.end())  # "a 10' x 12' shed"
                else f"{number_words(m.group(1))} by {number_words(m.group(2))} feet")),
    # dimensions in inches or feet marks: "12" x 8" x 4"", "10' x 12'"
    (re.compile(r"(?<=\d[\"″'′]) ?[x×] ?(?=\d)"), lambda m: " by "),
    # a caliber: "a .22-caliber rifle", ".45 caliber" -> "twenty-two caliber"
    (re.compile(r"(?<![\w.])\.(\d{2,3})(?=[- ]calib(?:er|re)\b)"), lambda m: number_words(m.group(1))),
    # dimensions with their units: "2 cm x 3 cm", "10ft x 20ft"
    (re.compile(rf"[x×](?= ?{NUM}\s?(?:{_UNIT_RE})\b)"), _by_units),
    # British weights: "14 st 2 lb", "11st 4lb", "he weighs 15st." ("21st" is an ordinal)
    (re.compile(r"(\d(?<![\w.]\d)\d?) ?st(?: ?(\d{1,2}) ?lbs?)?\b(?![\w'’-])"), _stone),
    # a time in decimal seconds: "9.58 s", "46.40s", "2.3s behind" (no decade has a point)
    (re.compile(r"(\d(?<![\w.]\d)\d{0,2}\.\d{1,3}) ?s\b(?![\w'’-]|\.\w)"),
     lambda m: f"{number_words(m.group(1))} seconds"),
    (re.compile(rf"(?<![\w.])({NUM})(m)(?= (?:people|children|residents|users|voters|"
                rf"(?!{'|'.join(RACE_PLURALS)}\b)[a-z]+s)\b)"),
     lambda m: m.group(0) if _RACE_VERB.match(m.string, m.end()) and m.string.endswith(("the ", "The "), 0, m.start())
     else f"{number_words(m.group(1))} million"),
    # a decimal's million before a word and a plural: "1.1m job openings", "2.5m new homes" (not
    # a size: "a 2.4m high wall", "3.5m wide lanes")
    (re.compile(rf"(?<![\w.])(\d+\.\d+)m(?= (?!(?:tall|high|wide|long|deep|thick|across)\b)([a-z]+) "
                rf"(?!{'|'.join(RACE_PLURALS)}\b)([a-z]+s)\b)"),
     lambda m: m.group(0) if m.group(2) in NOT_NOUNS or m.group(3) in NOT_NOUNS or m.group(3) in _VERBS_IN_S
     else f"{number_words(m.group(1))} million"),
    # a capitalised plural: "1.2m iPhones", "5m Americans" (not after "the": "the 100m Heats")
    (re.compile(rf"(?<![\w.])(?<!\b[Tt]he )({NUM})m(?= [a-z]?[A-Z][a-z]+s\b)"),
     lambda m: f"{number_words(m.group(1))} million"),
    (re.compile(r"(?<![\w.'’])(\d{1,2})['’′]\s?(\d{1,2})(?:\"|''|″|”)"), _feet_inches),
    # a height in words of feet and inches: "6 ft 8 in", "5 ft. 11 in."
    (re.compile(r"(?<![\w.])(\d{1,2})\s?ft\.?\s(\d{1,2})\s?in\b(?:\.(?=\s[a-z]))?"), _feet_inches),
    # feet alone before a word of size: "he's 6' tall", "a 10' ceiling" is the inches' job
    (re.compile(r"(?<![\w.'’])(\d{1,3})['’′](?= (?:tall|long|wide|high|deep)\b)"),
     lambda m: f"{number_words(m.group(1))} {'foot' if m.group(1) == '1' else 'feet'}"),
    # "2-4" of snow", "0.25"-0.5"": the first number of a span of inches (its own mark unsaid)
    (re.compile(rf"(\d(?<![\w.]\d)(?:[\d,]*\d)?(?:\.\d+)?)(?:\"|″)?\s?[-–]\s?(?={NUM}(?:\"|″)(?= [a-z]|[.,;)]|$))"),
     lambda m: f"{m.group(1)} to "),
    # a part of an inch with its mark: '3/8" pilot holes' -> "three eighths inch", '1/2" pipe'
    (re.compile(r"(?<![\w./])([1-9])/(\d{1,2})(?:\"|″)(?= [a-z]|[.,;)]|$)"), _inch_part),
    (re.compile(rf"(?<![\w.])({NUM})(?:\"|″|-inch\b)(?= [A-Za-z]|[.,;)]|$)"), _inches),
    # "25C", "20-25C"; spaced, as the wires write it, before a bracket or a clause's end:
    # "a high of 35 C (95 F)", "it was 72 F."
    (re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)(?:\s?[-–]\s?(\d{1,3}(?:\.\d+)?))?"
                r"(?:([CF])\b(?![.'’-]?\w)|\s([CF])(?=\)|[,;]|\.(?!\w)|\s\(|$))"), _temperature),
    (re.compile(rf"(?<![\w.])(?P<num>{NUM}){_RANGE}(?P<scale> (?:thousand|million|billion|trillion)|\s?(?:bn|mn|tn))?"
                rf"(?P<sep>\s?|-)(?P<unit>{_SQ_RE}|{_UNIT_RE})"
                rf"(?:(?:(?<=[a-z])\.)?/(?P<per>{_PER_RE})(?![A-Za-z]))?(?P<pow>[²³](?!\d)|(?:(?<=/m)|(?<=/km)|(?<=/cm))[23]\b)?"
                rf"(?:/(?P<per2>{_PER_RE})(?![A-Za-z]))?(?![\w/²³°])"
                r"(?P<dot>\.(?= [a-z\d(]| [A-Z]{2,}\b|[)\]][^.]|[,;:]))?"), _measure),
    # (not a term of an equation: "3x + 5 = 20", "y = 2x - 1")
    (re.compile(r"(?<![\w.])(?<!=\s)(?<!=)(\d+(?:\.\d+)?)x\b(?!\d|\s?[-+=−<>])"), _times),
    # a count written after "x": "MVP x2", "champion x3" -> "times two" (not "x86", "x64")
    (re.compile(r"(?<=[\w\"”] )x([2-9]|1\d)\b(?![\d.,-]\d|-)"), lambda m: f"times {number_words(m.group(1))}"),
    # a bearing after a distance: "40 km NE of Kabul" -> "forty kilometers northeast of"
    (re.compile(r"\b(miles?|kilometers?|kilometres?|meters?|metres?|nautical miles?)\.? "
                r"(NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW|NE|NW|SE|SW|N|S|E|W)(?= of\b)"),
     lambda m: f"{m.group(1)} {_BEARINGS[m.group(2)]}"),
    # an age in racing and club notes: "a 3yo colt", "4-y-o" -> "three-year-old"
    (re.compile(r"\b(\d{1,2})-?(?:yo|y-o|y\.o\.)(?![\w'’-])"),
     lambda m: f"{number_words(m.group(1))}-year-old"),
)
