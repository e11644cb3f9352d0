"""Model, serial and product codes (Roman numerals are in romans.py).

A code is letters and digits as one word: its letters are left for espeak-ng to spell with an
acronym's stress ("MH17" -> "MH seventeen"; "CO2" -> "C.O. two", which it would read "co"),
a capitalised word stays a word ("MiG-29" -> "MiG twenty-nine", "COVID-19" -> "Covid
nineteen"), numbers of three or four digits are said in pairs as people say model numbers
("A350" -> "A three fifty", "787" -> "seven eighty-seven", "RTX 4090" -> "RTX forty ninety"),
and a variant after a dash is "dash" ("787-9" -> "seven eighty-seven dash nine", "A350-900" ->
"A three fifty dash nine hundred"); "A330neo" -> "A three thirty neo", "5G" -> "five G".
A Boeing model alone ("787") is a code only where the text says it is an aircraft.
"""

from __future__ import annotations

import re

from .common import NOT_NOUNS, Pass, spelled, stop_kept
from .numbers import cardinal, digits, number_words, ordinal, pairs, year
from .speechdata import MONTH_NAMES, WORD_ACRONYMS

__all__ = ["CASE_CITATION", "CODE_WORDS", "DOCKET", "NOT_PRODUCTS", "PASSES", "ROAD_DIRECTION",
           "code_words"]

CODE_WORDS = frozenset(
    """Flight flight Room Route Highway Hwy Interstate Section Article Chapter Title Model Apollo Boeing
    Airbus Xbox Windows Porsche Peugeot Fiat Resolution Platform Gate Terminal Bus Train Line
    Channel Suite Unit Studio Series Paragraph Rule Regulation Directive Proposition Prop
    Measure Amendment Item Case Mission Patch Version Build Type Class Mark Block Trident
    Tupolev Ilyushin Antonov Sukhoi Lockheed Embraer Bombardier Cessna Falcon Soyuz Progress
    Gemini Voyager Pioneer Galaxy Pixel Surface Note Ryzen Core Snapdragon Exynos Tesla
    Cybertruck PlayStation Nintendo Switch Kindle iPad iPhone iPod Mac MacBook Leopard Abrams
    Challenger Bradley Stryker Patriot IRIS Iskander Kinzhal Kalibr Shahed Bayraktar Reaper
    Form Bill Act Docket Exhibit Bay Pier Stand Berth Port port Acela Amtrak Eurostar Thalys
    Frecciarossa Regional Express Code marker Marker milepost Milepost Exit exit Nikkei""".split()
)
"""Words after which a number of three or four digits is a name, said in pairs: "Flight 370",
"Room 101", "Xbox 360", "Section 230", a network's "port 8080"."""

_LETTERS = r"(?:[A-Z]{1,5}|[A-Z][a-z][A-Z]?|[A-Z][a-z](?=-))"
_SUFFIX_WORDS = frozenset({"neo", "ceo", "max", "MAX", "Max", "XLR", "LR", "XR", "ER", "lr"})


def _letters(word: str) -> str:
    """The letters of a code as espeak-ng should get them: "COVID" -> "Covid"; "CO" (which it
    would read as a word) -> "C.O."; other clusters as written ("MH", "RTX", "MiG")."""
    if word in WORD_ACRONYMS:
        return WORD_ACRONYMS[word]
    if len(word) == 2 and word.isupper() and set(word) & set("AEIOU"):
        return ".".join(word) + "."
    return word


_LONGEST_CODE_COUNT = 4
"""Digits in a code said as a number ("MH17", "A350-1000"); more are read one by one."""


def _code_number(num: str) -> str:
    if "." in num:
        return number_words(num)
    if len(num) >= _LONGEST_CODE_COUNT + 1:
        return digits(num)  # "AB123456", "CV2024001": an identifier's digits, one by one
    return pairs(num) if len(num) in (3, 4) else number_words(num)


def code_words(code: str) -> str:
    """"MH17" -> "M H seventeen", "A350-900" -> "A three fifty dash nine hundred"."""
    words: list[str] = []
    parts = re.findall(r"\d+(?:\.\d+)?|[A-Za-z]+|-", code)
    for i, part in enumerate(parts):
        if part == "-":
            # a variant after a model number ("787-9") is "dash"; "F-35" has none
            if i + 1 < len(parts) and parts[i + 1][0].isdecimal() and any(
                    p[0].isdecimal() for p in parts[:i]):
                words.append("dash")
        elif part[0].isdecimal():
            words.append(_code_number(part))
        elif part in _SUFFIX_WORDS and len(part) == 2 and part.isupper():
            words.append(_letters(part))  # "ER" -> "E.R.", which espeak-ng would read "er"
        elif part in _SUFFIX_WORDS or (part.islower() and len(part) > 2):
            words.append(part)
        else:
            words.append(_letters(part))
    return " ".join(words)


def _airline(code: str) -> str:
    """An airline's two-character code: "UA" as letters, "U2" -> "U two", "9W" -> "nine W"."""
    if code.isalpha():
        return _letters(code)
    return " ".join(cardinal(int(ch)) if ch.isdecimal() else ch for ch in code)


def _standard(m: re.Match[str]) -> str:
    """"802.11ax" -> "eight oh two dot eleven A.X.", "802.11be" -> "... eleven b e", "IEEE
    802.3" -> "eight oh two dot three"."""
    number, part, letters = m.group(1) or m.group(4), m.group(2) or m.group(5), m.group(3)
    spoken = f"{pairs(number)} dot {number_words(part)}"
    if not letters:
        return spoken
    return f"{spoken} {spelled(letters)}"


def _plural(spoken: str) -> str:
    """"MiG-29s" -> "... twenty-nines", "B-2s" -> "... twos", "F-35As" -> "... A's"."""
    head, _, last = spoken.rpartition(" ")
    if last.rstrip(".").isupper():
        last = last.rstrip(".") + "'s"
    elif last.endswith("y"):
        last = last[:-1] + "ies"
    else:
        last += "es" if last.endswith("x") else "s"
    return f"{head} {last}" if head else last


def _code(m: re.Match[str]) -> str:
    if m.group(0).endswith("s") and m.group(0)[-2:-1].isalnum() and m.group(0)[-2] != "s":
        return _plural(code_words(m.group(0)[:-1]))
    spoken = code_words(m.group(0))
    if spoken.endswith(".") and m.string.startswith(".", m.end()):
        return spoken[:-1]  # "777-300ER." ends "E.R." once
    return spoken


def _named_number(m: re.Match[str]) -> str:
    return f"{m.group(1)} {pairs(m.group(2))}"


def _acronym_number(m: re.Match[str]) -> str:
    return f"{_letters(m.group(1))} {pairs(m.group(2))}"


def _digit_first(m: re.Match[str]) -> str:
    return f"{cardinal(int(m.group(1)))} {' '.join(m.group(2))}"


_NO_PLURAL_AFTER = (r"(?! (?!(?:was|is|has|does|this|his|its|as|us|plus|thus|less|across|"
                    r"unless)\b)[a-z]+s\b)")
"""No count of things follows ("Room 300 beds" is no room's name; "Port 443 was" is)."""
NOT_PRODUCTS = frozenset(
    "US UK EU UN USA NATO AU IMF WHO OPEC GDP CEO ISW BBC CNN AP AFP NHS FBI CIA UAE VIC QLD TAS ACT".split())
"""Acronyms a count follows ("UN 300 trucks" reads "three hundred"), not product lines."""


_ALWAYS_NAMES = ("Flight", "flight", "Route", "Highway", "Hwy", "Interstate", "Gate", "Acela", "Amtrak")
"""Of CODE_WORDS, those no count of things can follow: the number is the name."""
_AIRCRAFT_AFTER = (r"(?:s?\b(?: MAX| Max| jets?| Dreamliners?| aircraft| planes?| airliners?| "
                   r"freighters?| jumbo)|-\d|X\b)")
_AVIATION = re.compile(r"\b(?:Boeing|[Aa]irlines?|[Aa]irliners?|[Aa]ircraft|[Jj]ets?|[Jj]umbo|[Pp]lanes?|"
                       r"[Ff]lights?|[Ff]lew|[Ff]ly|[Pp]ilots?|[Aa]irports?|FAA|NTSB|[Cc]oncorde|[Aa]irbus|"
                       r"[Rr]unways?|[Cc]ockpit|[Ff]uselage)\b")
"""A sentence about flying, where "a 747" or "the 707" is the aircraft."""


def _aircraft_alone(m: re.Match[str]) -> str:
    """"as fast as a 747", "its 10,000th 737", "the 707 and the DC-8" in a sentence about flying."""
    return _code(m) if _AVIATION.search(m.string) else m.group(0)


_YEARISH = re.compile(r"1[1-9]\d\d|20\d\d")

_DIRECTIONS = {"N": "north", "S": "south", "E": "east", "W": "west"}
ROAD_DIRECTION: Pass = (
    re.compile(r"\b((?:I|US|SR|Hwy|Highway|Route|Rte|Interstate)[- ]?\d{1,3}) ([NSEW])(B?)\b"
               r"(?![\w'’&-]|\.\w)"),
    lambda m: f"{m.group(1)} {_DIRECTIONS[m.group(2)]}{'bound' if m.group(3) else ''}")
""""I-95 N", "US-101 SB", "Route 9 W" -> "north", "southbound": a road's direction after its
number (before the addresses' passes say "Route 9")."""


CASE_CITATION: Pass = (
    re.compile(r"\b(\d{1,3}) (U\.S\.|S\. ?Ct\.) (\d{1,4})\b(?![,.]\d)"),
    lambda m: m.group(0) if m.string.endswith((".", ",", "$", "£", "€"), 0, m.start()) else (
        f"{pairs(m.group(1))} {'U.S.' if m.group(2) == 'U.S.' else 'Supreme Court'} {pairs(m.group(3))}"))
""""410 U.S. 113" -> "four ten U.S. one thirteen", "142 S. Ct. 2228" -> "one forty-two Supreme
Court twenty-two twenty-eight": a case in the reports of the Supreme Court, volume and page in
pairs as lawyers say them (before the addresses' passes read "S. Ct." as a street)."""


_PARAGRAPH_OF = re.compile(r"(?:\bArticle|\bSection|\bArt\.|\bSec\.|\bRule|\bClause|§) $")
"""Before "6(2)" the word that makes it a numbered paragraph ("Article 6(2)"), no tie-break."""


def _subsection(m: re.Match[str]) -> str:
    """"401(k)" -> "four oh one k", "501(c)(3)" -> "five oh one c three": a section of a code
    of law with its lettered and numbered subsections, as the plans and charities are called."""
    parts = re.findall(r"\w+", m.group(0))
    return " ".join([pairs(parts[0]), *(p if p.isalpha() else number_words(p) for p in parts[1:])])


def _unless_inside(m: re.Match[str], spoken: str) -> str:
    """`spoken` for the match, unless it starts inside a word ("BWW 2")."""
    if m.start() and (m.string[m.start() - 1].isalnum() or m.string[m.start() - 1] == "."):
        return m.group(0)
    return spoken


_RESOLUTIONS = frozenset({"480", "576", "720", "1080", "1440", "2160", "4320"})


def _resolution(m: re.Match[str]) -> str:
    if m.group(1) not in _RESOLUTIONS:
        return m.group(0)
    return f"{pairs(m.group(1))} {m.group(2)}"


_PROGRAMS = (r"[Vv]ersion|[Vv]er\.|[Rr]elease|Python|Linux|[Kk]ernel|Android|iOS|iPadOS|macOS|"
             r"watchOS|visionOS|Firefox|Chrome|Chromium|Safari|Ubuntu|Debian|Fedora|Node\.js|PHP|"
             r"Ruby|Perl|Java|Rust|Kotlin|Swift|Django|Rails|TensorFlow|PyTorch|Kubernetes|Docker|"
             r"Blender|GIMP|Photoshop|Minecraft|Roblox|Unity|Bluetooth|Thunderbolt|PCIe|OpenGL|"
             r"Vulkan|DirectX|HTTP|TLS|SSL|Gemini|Llama|Claude|Grok|Mistral|Qwen|DeepSeek|Sora")
"""Names a version follows: after them "3.12" is "three point twelve", not a decimal."""


def _version(m: re.Match[str]) -> str:
    """"iOS 17.4.1" -> "seventeen point four point one": three or more numbers joined by dots
    (that no date or IP address pass took) are a version, each said whole."""
    written = m.group(0)
    v = written[0] if written[0] in "vV" else ""
    spoken = _version_words(written.lstrip("vV"))
    return f"{v} {spoken}" if v else spoken


def _version_words(written: str) -> str:
    return " point ".join(cardinal(int(p)) for p in written.split("."))


_ELEMENTS = (
    "hydrogen|helium|lithium|carbon|nitrogen|oxygen|sodium|potassium|calcium|iron|cobalt|nickel|"
    "copper|zinc|krypton|strontium|yttrium|technetium|iodine|xenon|cesium|caesium|barium|"
    "thallium|lead|polonium|radon|radium|thorium|uranium|plutonium|americium|tritium|"
    "deuterium|argon|chlorine|phosphorus|sulfur|selenium|gallium|fluorine|rubidium")


def _plural_number(n: int) -> str:
    """19 -> "nineteens", 65 -> "sixty-fives", 20 -> "twenties"."""
    words = cardinal(n)
    return words[:-1] + "ies" if words.endswith("y") else words + ("es" if words.endswith("x") else "s")


def _isotope(m: re.Match[str]) -> str:
    """"cesium-137" -> "cesium one thirty-seven", "carbon-14" -> "carbon fourteen"."""
    return f"{m.group(1)} {pairs(m.group(2))}"


DOCKET: Pass = (
    re.compile(r"\b(\d):(\d{2})-(cv|cr|mj|mc|md|bk|ap)-(\d{3,6})\b"),
    lambda m: f"{cardinal(int(m.group(1)))} {cardinal(int(m.group(2)))} {' '.join(m.group(3))} "
              f"{digits(m.group(4))}")
"""A federal docket number: "2:23-cv-01234" -> "two twenty-three c v zero one two three four"
(before the clock takes "2:23")."""


_RACING = re.compile(r"\b(?:dirt|turf|grass|track|races?|[Ss]takes|[Ss]print|[Dd]erby|[Cc]up|[Hh]andicap|"
                     r"furlongs?|horses?|[Mm]aiden|[Cc]laiming|[Pp]urse|jockey|trainer)\b")


def _furlongs(m: re.Match[str]) -> str:
    """A race's distance in furlongs written "6f", "5 1/2f": in a sentence about horse racing."""
    if _RACING.search(m.string) is None:
        return m.group(0)
    return f"{m.group(1)} furlongs"


_GOLF = re.compile(r"\b(?:holes?|par|bogeys?|birdies?|eagles?|round|leaderboard|Masters|PGA|LPGA|Open|putt)\b")


def _even_par(m: re.Match[str]) -> str:
    """A golfer's score "E" (level with par) in a sentence about golf: "is at E through 14"."""
    return f"{m.group(1)}even" if _GOLF.search(m.string) else m.group(0)


_ROOM_NOUN_AFTER = re.compile(r" (?!(?:and|or|with|in|on|at|for|plus|to|the|a|an)\b)[a-z]")


def _rooms(m: re.Match[str]) -> str:
    """"a 2-BR unit" -> "a 2-bedroom unit" (before its noun); "4 bd, 3.5 ba" -> "4 bedrooms,
    three and a half baths" (a listing's count)."""
    room = "bath" if m.group(4).lower() == "ba" else "bedroom"
    if not m.group(2) and _ROOM_NOUN_AFTER.match(m.string, m.end()):
        return f"{m.group(1)}-{room}"
    if m.group(2):
        return f"{cardinal(int(m.group(1)))} and a half {room}s"
    return f"{m.group(1)} {room}" + ("" if m.group(1) == "1" else "s")


PASSES: tuple[Pass, ...] = (
    (re.compile(r"\b((?:at|to|is|was|finished|stands|sits|shot|fell to|back to) )E(?=[ ,.;)]|$)"),
     _even_par),
    # a race's distance: "run at 6f on dirt" -> "6 furlongs" (the numbers' passes say it)
    (re.compile(r"(?<![\w.,/])(\d{1,2}(?: 1/2)?)f\b(?![-'’]\w)"), _furlongs),
    # a first and second place for one team: "a 1-2 finish", "a 1-2 punch", "a 1-2-3 sweep"
    (re.compile(r"(?<![\w.,/-])1-2(-3)?(?= (?:finish|finishes|punch|sweep|combination|combo)\b)"),
     lambda m: "one-two" + ("-three" if m.group(1) else "")),
    # a listing's rooms: "3BR/2BA", "3bd/2ba" -> "three bedroom, two bath"
    (re.compile(r"\b(\d)\s?(?i:br|bd)\s?/\s?(\d)(\.5)?\s?(?i:ba)\b"),
     lambda m: f"{cardinal(int(m.group(1)))} bedroom, {cardinal(int(m.group(2)))}"
               + (" and a half" if m.group(3) else "") + " bath"),
    # and one of them alone: "a 2-BR unit", "a 3BR condo" -> "a two-bedroom unit"; a listing's
    # "4 bd, 3.5 ba" -> "four bedrooms, three and a half baths"
    (re.compile(r"(?<![\d.,])(\d)(\.5)?(-| )?(BR|BA|bd|ba)\b(?![-/'’.]\w)"), _rooms),
    # a listing's rooms written out: "3 beds/2 baths" -> "3 beds, 2 baths"
    (re.compile(r"\b(\d(?:\.5)? ?(?:beds?|bedrooms?))\s?/\s?(?=\d(?:\.5)? ?(?:baths?|bathrooms?)\b)"),
     lambda m: f"{m.group(1)}, "),
    # an isotope by its mass number: "cesium-137", "uranium-235", "Carbon-14"
    (re.compile(rf"\b((?i:{_ELEMENTS}))-(\d{{1,3}})\b(?![.,]\d|-)"), _isotope),
    # a named weapon or product with a three-digit number: "Shahed-136", "Tu-160" (pairs)
    (re.compile(r"\b([A-Z][a-z]{1,10})-([1-9]\d{2})\b(?![.,]\d|-|\s?(?:%|percent))"),
     lambda m: f"{m.group(1)} {pairs(m.group(2))}"),
    # a company's filings with the SEC: "10-K", "10-Q", "8-K", "20-F"
    (re.compile(r"\b(10|8|6|20|40|11)-([KQF])\b"), lambda m: f"{m.group(1)} {m.group(2)}"),
    # a sports result's notes: "2-1 a.e.t.", "112-108 in OT", "3-4 on agg.", "82*" not out
    (re.compile(r"(?<=\d )a\.\s?e\.\s?t\.?(?=\s|$|[,;)])"), lambda m: stop_kept(m, "after extra time")),
    (re.compile(r"(?<=\d in )OT\b|(?<=\d )OT\b"), lambda m: "overtime"),
    (re.compile(r"(?<=\d )on agg\.?(?=\s|$|[,;)])"), lambda m: stop_kept(m, "on aggregate")),
    (re.compile(r"\b((?:was|on|unbeaten|finished|ended|reached|made|with|scored|hit) )"
                r"(\d{1,3})\*(?=\s|[,.;)]|$)"), lambda m: f"{m.group(1)}{m.group(2)} not out"),
    # protocols and factors: "HTTP/3", "IPv6", "2FA", "4WD"
    (re.compile(r"\b(HTTP)/([123])\b"), lambda m: f"{m.group(1)} {cardinal(int(m.group(2)))}"),
    (re.compile(r"\bIPv([46])\b"), lambda m: f"I.P. v {cardinal(int(m.group(1)))}"),
    (re.compile(r"(?<![\w.])([2-9])(?!ND|RD|TH|ST)([A-Z]{2,3})\b(?!-)"),
     lambda m: f"{cardinal(int(m.group(1)))} {'.'.join(m.group(2))}"
               + ("" if m.string.startswith(".", m.end()) else ".")),
    # tax forms and plans by their number, in pairs: "a 1099", "529 plan", "Form 1040"
    (re.compile(r"\b(529|1099|1040|1098|990)(s?)\b(?= (?:plans?|accounts?|forms?|filings?|"
                r"contractors?|workers?|savings)\b)|(?<=\ba )(1099|1040|1098)\b(?!-[A-Z])|(?<=\bForm )(1099|1040|"
                r"1098|990|8949)\b(?!-[A-Z])"),
     lambda m: pairs(next(g for g in m.groups() if g and g != "s")) + (m.group(2) or "")),
    # a number with a letter after a hyphen is a code, in pairs: "part No. 4471-B" -> "forty-four
    # seventy-one B", "Form 1040-X", "a 1099-NEC" -> "ten ninety-nine N.E.C." (not "the 24-7
    # news", "3-D", "a 2-A ruling")
    (re.compile(r"(?<![\w.,$£€/-])(\d{3,4})-([A-Z]|[A-Z]{2,3}(?=s?\b))(s?)\b(?![-.'’]?\w)"),
     lambda m: f"{pairs(m.group(1))} {m.group(2) if len(m.group(2)) == 1 else '.'.join(m.group(2)) + '.'}"
               + ("'s" if m.group(3) else "")),
    # a span of quarters or of gates: "Q1-Q3", "Gates A1–A12" -> "Q one to Q three"
    (re.compile(r"\b([QH][1-4])[-–]([QH][1-4])\b|\b([A-Z]\d{1,3})[-–](?=[A-Z]\d{1,3}\b)"),
     lambda m: f"{m.group(1)} to {m.group(2)}" if m.group(1) else f"{m.group(3)} to "),
    # a team's record in brackets after its name: "the Jets (3-7)" -> "three and seven"
    (re.compile(r"(?<=[A-Za-z] )\((\d{1,2})-(\d{1,2})(?:-(\d{1,2}))?\)"),
     lambda m: "(" + " and ".join(cardinal(int(g)) for g in m.groups() if g) + ")"),
    # a youth side by its age: "the U-17 side", "U21 team" -> "under seventeen"
    (re.compile(r"\bU-(1[4-9]|2[0-3])(?:\b|(?=s\b))|\bU(1[4-9]|2[0-3])\b(?= (?:side|team|squad|players?|"
                r"national|World|Euro|European|championships?|Championships?|tournament|final|[Cc]up)\b)"),
     lambda m: f"under {cardinal(int(m.group(1) or m.group(2)))}"),
    # the radio's "10-4" after a word of answering
    (re.compile(r"\b((?:answered|replied|radioed|responded|said)\s)10-4\b"), lambda m: f"{m.group(1)}ten four"),
    # "38% YTD" -> "year to date"
    (re.compile(r"(?<=\d% )YTD\b|(?<=percent )YTD\b|\bYTD(?= (?:gain|loss|return|decline|rise)s?\b)"),
     lambda m: "year to date"),
    # a player's averages: "27.4 ppg", "9.8 rpg", "4.1 apg"
    (re.compile(r"(?<=\d )(ppg|rpg|apg|spg|bpg)\b"),
     lambda m: {"ppg": "points", "rpg": "rebounds", "apg": "assists", "spg": "steals",
                "bpg": "blocks"}[m.group(1)] + " per game"),
    # a hurricane's category: "a Cat 4", "Cat-5"
    (re.compile(r"\bCat[ -](?=[1-5]\b)"), lambda m: "Category "),
    # the half and the shootout in football: "2-0 at HT", "5-4 on pens"
    (re.compile(r"(?<=\bat )(?:HT|H/T)\b"), lambda m: "halftime"),
    (re.compile(r"(?<=\bon )pens\b"), lambda m: "penalties"),
    # overtimes: "in 2OT" -> "in double overtime", "3OT"
    (re.compile(r"\b([2-4])OT\b"), lambda m: {"2": "double", "3": "triple", "4": "quadruple"}[m.group(1)]
     + " overtime"),
    # a batter's hitless day: "0-for-12" -> "oh-for-twelve"
    (re.compile(r"\b0-for-(\d{1,2})\b"), lambda m: f"oh-for-{cardinal(int(m.group(1)))}"),
    # about an hour: "at 9ish", "2:30-ish"
    (re.compile(r"\b(\d{1,2})-?ish\b"), lambda m: f"{cardinal(int(m.group(1)))}ish"),
    # always: "24/7/365" -> "twenty-four seven three sixty-five"
    (re.compile(r"\b24/7/365\b"), lambda m: "twenty-four seven three sixty-five"),
    # calendar and model years: "CY2023", "MY2025"
    (re.compile(r"\b(CY|MY) ?((?:19|20)\d\d)\b"),
     lambda m: f"{'calendar' if m.group(1) == 'CY' else 'model'} year {year(int(m.group(2)))}"),
    # a month of a year: "data for 2025-03" -> "March twenty twenty-five"
    (re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])\b(?![-/.]?\d)"),
     lambda m: f"{MONTH_NAMES[int(m.group(2)) - 1]} {year(int(m.group(1)))}"),
    # a golfer's tied place: "finished T5" -> "tied for fifth"
    (re.compile(r"\b((?:finished|finishing|finishes|is|was|sits|sat|lies|lay|moved into|climbed to|"
                r"fell to|dropped to|ended) )T(\d{1,2})\b(?![-\w])"),
     lambda m: f"{m.group(1)}tied for {ordinal(int(m.group(2)))}"),
    # a bond's tenor: "the 30Y bond", "10Y yields" -> "thirty-year"; a curve between two
    # tenors: "the 2s10s curve" -> "twos tens"
    (re.compile(r"\b(\d{1,2})[Yy](?= (?:bonds?|notes?|yields?|Treasur(?:y|ies)|swaps?|gilts?|Bunds?|"
                r"JGBs?|rates?|paper|tenor|breakevens?|auctions?)\b)"),
     lambda m: f"{cardinal(int(m.group(1)))}-year"),
    (re.compile(r"\b(\d{1,2})s(\d{1,2})s\b"),
     lambda m: f"{_plural_number(int(m.group(1)))} {_plural_number(int(m.group(2)))}"),
    # an age group in the plural: "the over-65s", "England's under-19s"
    (re.compile(r"\b([Oo]ver|[Uu]nder)-(\d{1,2})s\b"),
     lambda m: f"{m.group(1)}-{_plural_number(int(m.group(2)))}"),
    # an epidemic's basic reproduction number: "the R0 of measles" -> "R naught"
    (re.compile(r"\bR(?:0|₀)(?![\w.,-]?\d|\w)"), lambda m: "R naught"),
    # "WW1", "WW 2": the world wars (before the codes take them as letters and a number)
    (re.compile(r"WW ?([12])\b(?![.,]\d)"),
     lambda m: _unless_inside(m, "World War " + ("one" if m.group(1) == "1" else "two"))),
    # a video resolution: "1080p" -> "ten eighty p", "720p", "4320p"
    (re.compile(r"(\d(?<![\w.,]\d)\d{2,3})([pi])\b(?![-'’]\w)"), _resolution),
    # a quake's magnitude: "the M6.2 quake", "an M 7.1 earthquake" -> "magnitude six point two"
    (re.compile(r"M ?(\d(?:\.\d)?)\b(?=\+? (?:[a-z]+ )?(?:quakes?|earthquakes?|tremors?|"
                r"aftershocks?|temblors?|shocks?|events?)\b)"),
     lambda m: _unless_inside(m, f"magnitude {number_words(m.group(1))}")),
    (re.compile(r"([Aa])n (?=magnitude )"),
     lambda m: _unless_inside(m, m.group(1) + " ")),
    # a flight number with its airline's code apart: "Flight UA 857", "flight BA 286",
    # "flight U2 8031", "flight 9W 123" (a code of a letter and a digit: each said)
    (re.compile(r"([Ff]light) ([A-Z]{2}|[A-Z]\d|\d[A-Z]) (\d{1,4})\b(?![.,]\d)"),
     lambda m: _unless_inside(m, f"{m.group(1)} {_airline(m.group(2))} "
                                 f"{_code_number(m.group(3))}")),
    # a bill in Congress or a state house: "H.R. 815", "S.B. 1047", "H.Res. 24"
    (re.compile(r"([HSA]\.\s?(?:[RBJ]\.(?:\s?Res\.)?|Res\.))\s?(\d{1,5})\b(?![.,]\d)"),
     lambda m: _unless_inside(m, f"{m.group(1)} {_code_number(m.group(2))}")),
    # a standard's number with its amendment letters: "802.11ax" -> "eight oh two dot eleven a
    # x", "IEEE 802.3bt" (a decimal would have no letters glued to it)
    (re.compile(r"(?<![\w.])(\d{3,4})\.(\d{1,2})([a-z]{1,3})\b|(?<=IEEE )(\d{3,4})\.(\d{1,2})\b"
                r"(?![.,]\d)"), _standard),
    # a flight level: "FL350" -> "flight level three fifty"
    (re.compile(r"\bFL ?([1-5]\d0)\b(?![.,]\d)"), lambda m: f"flight level {pairs(m.group(1))}"),
    # the British statute's "s." and "ss.": "charged under s. 12 of the Firearms Act", "ss. 3-5"
    (re.compile(r"(?<![\w.])(?:ss\. (?=\d{1,3}[A-Z]?\b)|"
                r"s\. (?=\d{1,3}[A-Z]?\b(?:\(\w{1,3}\))*(?: of (?:the )?[A-Z])))"),
     lambda m: "Sections " if m.group(0).startswith("ss") else "Section "),
    (re.compile(r"(?<![\w.])\d{1,4}(?:\([a-z]\))(?:\(\d{1,2}\))?(?![\w(])"), _subsection),
    # a numbered paragraph after an article or a section: "Article 6(2)", "Sec. 5(1)(b)"
    (re.compile(r"\d{1,4}\(\d{1,2}\)(?:\([a-z]\))?(?![\w(])"),
     lambda m: _subsection(m) if _PARAGRAPH_OF.search(m.string, max(0, m.start() - 9), m.start())
     else m.group(0)),
    # a version: "17.4.1", "10.0.19045", and after its "v", "version" or a program's name two
    # numbers will do ("v2.0.1", "v3.12", "version 2.10", "Python 3.12", "Linux 6.11")
    (re.compile(r"(?<![\w.,])(?:[vV](?=\d{1,3}\.\d)|(?=\d{1,3}(?:\.\d{1,5}){2}))"
                r"\d{1,3}(?:\.\d{1,5}){1,3}(?![\w]|\.\d)"), _version),
    (re.compile(rf"\b({_PROGRAMS}) (\d{{1,3}}\.\d{{1,3}})(?![\w]|[.,]\d)"),
     lambda m: f"{m.group(1)} {_version_words(m.group(2))}"),
    # a standard's number is a count: "ISO 9001" -> "ISO nine thousand one", "ISO/IEC 27001"
    (re.compile(r"\b(ISO|IEC|ISO/IEC) (\d{3,5})\b(?![,.]\d)"),
     lambda m: f"{m.group(1).replace('/', ' ')} {cardinal(int(m.group(2)))}"),
    # "787", "747-400" when the text says they are aircraft; "737s" in the plural always
    (re.compile(rf"(?:(?<=Boeing )|(?<=Boeing-)|(?<![\w.,$£€-])(?=7[0-8]7(?:{_AIRCRAFT_AFTER}|s\b)))7[0-8]7"
                r"(?:-\d{1,3}(?:ER|LR|XLR|F|SP|BCF)?|X)?(?=s?\b)"), _code),
    # the same after an article or an ordinal, where the sentence is about flying
    (re.compile(r"(?:(?<=\b[Aa] )|(?<=\b[Tt]he )|(?<=\b[Ii]ts )|(?<=\b[Tt]heir )|(?<=\bfirst )|"
                r"(?<=\blast )|(?<=\dth )|(?<=\dst )|(?<=\dnd )|(?<=\drd ))7[0-8]7"
                r"(?=(?:['’]s)?(?:[\s.,;:!?)]|$))(?! (?:[a-z]+s|pages?|people|votes?|points?)\b)"),
     _aircraft_alone),
    # a freeway by its number, as the West says it: "the 405 freeway", "take the 101 north" ->
    # "the four oh five"
    (re.compile(r"\b([Tt]he) ([1-9]\d{0,2})(?= (?:[Ff]reeways?|[Ff]wy|north|south|east|west)"
                r"(?:bound)?\b)"), lambda m: f"{m.group(1)} {pairs(m.group(2))}"),
    # a police dog: "a K-9 unit", "14 K-9 teams" -> "K nine" (not the grades, "K-9 schools")
    (re.compile(r"(?<![\w.@#/-])K-?9(?= (?:units?|teams?|officers?|dogs?|handlers?|partners?|deputy|"
                r"deputies|sniff|Units?|Officers?)\b)"), lambda m: "K nine"),
    # the school grades from kindergarten: "K-12" -> "K through twelve", "pre-K-8"
    (re.compile(r"(?<![\w.@#/-])((?:[Pp]re-)?K)[-–](\d{1,2})\b(?![-/.]?\w)"),
     lambda m: f"{m.group(1)} through {cardinal(int(m.group(2)))}"),
    # a few small letters and digits in one word: "abc123", "mp3", "x86" (letters spelled)
    # (not a small word run into a year, as scraped titles do: "This is it2020")
    (re.compile(r"(?<![\w.@#/-])([a-z]{1,3})(\d{1,6})\b(?![-/.]?\w)"),
     lambda m: m.group(0) if m.group(1) in NOT_NOUNS or _YEARISH.fullmatch(m.group(2))
     else code_words(m.group(1).upper() + m.group(2))),
    # letters and digits in one word: "F-35", "A350-900", "A330neo", "MH17", "H5N1", "PM2.5"
    (re.compile(rf"(?<![\w.@#/-]){_LETTERS}-?\d+(?:\.\d+)?(?:[A-Z]+\d*)*(?:-\d+)?"
                r"(?:neo|ceo|XLR|LR|XR|ER|[A-Z](?=s?\b))?(?=s?\b)(?:s\b)?"
                r"(?!(?!-(?:style|type|like|class|era|based)\b)[-/.]?\w|,\d{3}\b)"),
     _code),  # ("an AR-15-style rifle" too)
    # a section of a code of law after its title: "18 U.S.C. 1001", "40 CFR 1502" (in pairs, as
    # "Section 1001" is)
    (re.compile(r"\b((?:U\.S\.C|C\.F\.R|USC|CFR)\.? )(\d{3,4})\b(?![,.]\d)"),
     lambda m: f"{m.group(1)}{pairs(m.group(2))}"),
    # a law's part and its number, a verb after it ("Section 230 protects", "Title 42 expires"):
    # in pairs, like any name's number
    (re.compile(r"\b(Section|Article|Title|Chapter|Amendment|Rule|Regulation|Directive|Resolution|"
                r"Proposition|Paragraph|Act|Bill|Executive Order) (\d{3,4})\b(?![,.]\d)"),
     lambda m: m.group(0) if _YEARISH.fullmatch(m.group(2)) else _named_number(m)),
    # a Senate bill ("S. 2226"), a public law ("Public Law 117-58", "Pub. L. 117-58"), a Supreme Court docket
    # after its case ("Trump v. Anderson, No. 23-719"): in pairs, the hyphen unsaid
    (re.compile(r"(?<![\w.])(S\. )(\d{1,4})\b(?![,.]\d)"), lambda m: m.group(1) + pairs(m.group(2))),
    (re.compile(r"\b(Public Law|P\.L\.|Pub\. ?L\.)(?: No\.)? (\d{2,3})-(\d{1,3})\b(?![-,.]\d)"),
     lambda m: f"{'Public Law' if m.group(1).startswith('Pub') else m.group(1)} {pairs(m.group(2))} "
               f"{pairs(m.group(3))}"),
    (re.compile(r"(?<=\bNo\. )(\d{2})-(\d{1,5})\b(?![-,.]\d)"),
     lambda m: f"{pairs(m.group(1))} {pairs(m.group(2))}" if " v. " in m.string[:m.start()]
     else m.group(0)),
    # a flight's, a route's or a road's number stays its name before a plural too ("Flight 221
    # begins boarding", "Flight 1549 passengers", "Highway 401 drivers")
    (re.compile(rf"\b({'|'.join(_ALWAYS_NAMES)}) (\d{{3,4}})\b(?![,.]\d)"),
     lambda m: m.group(0) if _YEARISH.fullmatch(m.group(2)) else _named_number(m)),
    # a name and a number of three or four digits: "Flight 370", "Xbox 360", "RTX 4090"
    (re.compile(rf"\b({'|'.join(sorted(CODE_WORDS, key=len, reverse=True))}) (\d{{3,4}})\b"
                rf"(?![,.]\d){_NO_PLURAL_AFTER}"),
     lambda m: m.group(0) if _YEARISH.fullmatch(m.group(2)) else _named_number(m)),
    (re.compile(rf"(?<![\w.])([A-Z]{{2,4}}) (\d{{3,4}})\b(?![,.]\d){_NO_PLURAL_AFTER}"),
     lambda m: m.group(0) if _YEARISH.fullmatch(m.group(2)) or m.group(1) in NOT_PRODUCTS
     else _acronym_number(m)),
    # a year and its quarter or half run together: "2024Q3", "2025-H1" -> "2024 Q3"
    (re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)-?(Q[1-4]|H[12])\b(?![-'’]\w)"),
     lambda m: f"{m.group(1)} {m.group(2)}"),
    # a model number with its letters after it: "Ryzen 9 7950X", "RTX 4090D" -> "seventy-nine
    # fifty X" (not a year's quarter "2024Q3", nor a scale "500K", "300M")
    (re.compile(r"(?<![\w.,$£€])(\d{3,4})(?![KMBT]\b)([A-Z]{1,3})\b(?![-'’]\w)"),
     lambda m: m.group(0) if _YEARISH.fullmatch(m.group(1)) else (
         f"{pairs(m.group(1))} {m.group(2)}")),
    # digits then capitals: "5G", "4K", "3D", "4WD"
    (re.compile(r"(?<![\w.,])(\d{1,2})(?!(?:ST|ND|RD|TH)\b)([A-Z]{1,3})\b(?![-'’]\w)"),
     _digit_first),
)
