"""Postal addresses: house numbers, street types, directions, US states and ZIP codes.

"123 Main St." -> "one twenty-three Main Street" (house numbers in pairs, as Americans say
them: "1600" -> "sixteen hundred"); "1600 Pennsylvania Ave NW" -> "... Avenue Northwest";
"W 42nd St" -> "West 42nd Street"; "Springfield, IL 62704" -> "Springfield, Illinois six two
seven zero four" (a ZIP code is digits); "Denver, Colo." -> "Denver, Colorado"; "Apt 4B",
"Suite 200", "P.O. Box 1234", "Hwy 101", "Rte 66". "St." and "Dr." after a street name are
Street and Drive, before a name Saint and Doctor ("St. Louis", "Dr. Smith").
"""

from __future__ import annotations

import re

from .common import SENTENCE_OPENER, Pass, describes_noun, spelled, stop_kept
from .numbers import cardinal, digits, pairs

__all__ = ["AUSTRALIAN_STATES", "FULL_STATES", "FULL_TYPES", "PASSES", "PIN_WORDS", "STATES", "STREET_TYPES"]

STREET_TYPES = {
    "St": "Street", "Ave": "Avenue", "Av": "Avenue", "Blvd": "Boulevard", "Rd": "Road",
    "Dr": "Drive", "Ln": "Lane", "Ct": "Court", "Pl": "Place", "Pkwy": "Parkway", "Hwy": "Highway",
    "Sq": "Square", "Ter": "Terrace", "Terr": "Terrace", "Cir": "Circle", "Expy": "Expressway",
    "Fwy": "Freeway", "Trl": "Trail", "Plz": "Plaza", "Cres": "Crescent", "Aly": "Alley",
    "Hts": "Heights", "Crt": "Court", "Rte": "Route", "Tpke": "Turnpike", "Bldg": "Building",
    "Ctr": "Center", "Expwy": "Expressway", "Xing": "Crossing", "Jct": "Junction", "Mtwy": "Motorway", "Grv": "Grove",
    "Sts": "Streets", "Aves": "Avenues", "Rds": "Roads", "Pde": "Parade", "Tce": "Terrace", "Esp": "Esplanade",
}
FULL_TYPES = ("Street|Avenue|Boulevard|Road|Drive|Lane|Court|Place|Parkway|Highway|Square|"
               "Terrace|Circle|Way|Loop|Expressway|Freeway|Trail|Plaza|Crescent|Alley|Row|Close|"
               "Heights|Walk|Gardens|Mews|Hill|Turnpike|Pike|Marg")
STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa",
    "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi",
    "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire",
    "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    # Canadian provinces
    "ON": "Ontario", "QC": "Quebec", "BC": "British Columbia", "AB": "Alberta",
    "MB": "Manitoba", "SK": "Saskatchewan", "NS": "Nova Scotia", "NB": "New Brunswick",
    "NL": "Newfoundland and Labrador", "PE": "Prince Edward Island",
    "DC": "D.C.", "D.C": "D.C.", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
    # AP style
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas",
    "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nebr": "Nebraska", "Nev": "Nevada",
    "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota",
    "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "W.Va": "West Virginia", "Wis": "Wisconsin", "Wisc": "Wisconsin", "Wyo": "Wyoming",
    # Canadian Press and Australian styles
    "Alta": "Alberta", "Sask": "Saskatchewan", "Man": "Manitoba", "Ont": "Ontario",
    "Que": "Quebec", "Nfld": "Newfoundland", "Qld": "Queensland", "Tas": "Tasmania",
    "N.S": "Nova Scotia", "N.B": "New Brunswick", "N.L": "Newfoundland and Labrador",
    "P.E.I": "Prince Edward Island",
}
DIRECTIONS = {"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
               "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"}
UNIT_WORDS = ("Apt", "Ste", "Suite", "Unit", "Rm", "Room", "Flr", "Fl", "Precinct", "Pct", "Ward", "Gate",
              "Terminal", "Pier", "Platform", "Bay", "Lot", "Hangar", "Dock", "Berth", "Bldg", "Building",
              "Studio", "Courtroom", "Post")
"""Words before a unit's or a place's number and letter ("Apt 4B", "Precinct 3B", "Gate 12A")."""
_UNITS = {"Apt": "Apartment", "Ste": "Suite", "Fl": "Floor", "Flr": "Floor", "Rm": "Room",
          "Bldg": "Building", "Pct": "Precinct"}

_TYPE_RE = "|".join(sorted(STREET_TYPES, key=len, reverse=True))
_DIR_RE = r"(?:NE|NW|SE|SW|N|S|E|W)"
_DIR_DOTTED = r"(?:[NS]\.[EW]\.|[NSEW]\.)"
_NAME = (r"(?:[A-Z][a-z]+(?:['’]s|(?<=s)['’])?|[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]['’][A-Z][a-z]+|\d+(?:st|nd|rd|th)|"
         r"(?:Mt|Ft|Pt|St)\.)")
# (a name in capitals, with a capital inside or after an apostrophe: "NASA Pkwy.", "DuSable
# Lake Shore Dr.", "L'Enfant Plaza", "O'Farrell St.")
_STREET = (rf"(?:(?:{_NAME} ){{1,3}}(?:(?:{_TYPE_RE})\b\.?|(?:{FULL_TYPES})\b)"
           r"|(?:Loop|Hwy\.|Highway|Route|Rte\.|Farm to Market Road|FM) \d{1,4}\b(?![,.]\d))")
"""A street after its number: "123 Main St", "400 E Main St", and a numbered road's, "4501 W.
Loop 1604", "16020 Hwy. 225"."""
_STATE_RE = "|".join(re.escape(k) for k in sorted(STATES, key=len, reverse=True))
FULL_STATES = frozenset(STATES.values())
_AP_STATES = frozenset(k for k in STATES if not (k.isupper() and "." not in k) and k != "D.C")
"""The AP's state abbreviations ("Calif", "N.Y", "W.Va"), written with a stop."""
_AP_STATE_RE = "|".join(re.escape(k) for k in sorted(_AP_STATES, key=len, reverse=True))
_PLACE_WORD = re.compile(r"\b(?:in|to|from|near|across|outside|into|throughout) (?:(?:northern|southern|eastern|"
                         r"western|central|northeastern|northwestern|southeastern|southwestern|rural|coastal|"
                         r"upstate|downstate|suburban) )?$")
_FULL_STATE_RE = "|".join(sorted(FULL_STATES, key=len, reverse=True))


def house_number(num: str) -> str:
    """A house number as Americans say it: in pairs ("1234" "twelve thirty-four"), five digits
    as two and three ("18300" "eighteen three hundred", "16020" "sixteen oh twenty")."""
    if len(num) != 5 or num[0] == "0":
        return pairs(num)
    tail = num[2:]
    said = pairs(tail) if tail[0] != "0" else ("oh " + (cardinal(int(tail[1:])) if tail[1] != "0"
                                                      else digits(tail[1:]).replace("zero", "oh")))
    return f"{cardinal(int(num[:2]))} {said}"


def _house(m: re.Match[str]) -> str:
    letter = f" {m.group(2)}" if m.group(2) else ""
    return f"{house_number(m.group(1))}{letter} "


def _direction(m: re.Match[str]) -> str:
    return DIRECTIONS[m.group(1).replace(".", "")]


def _street_type(m: re.Match[str]) -> str:
    """"Evergreen Terr." -> "Evergreen Terrace"; the stop stays where it ends a sentence."""
    second = f" {STREET_TYPES[m.group(3)]}" if m.group(3) else ""
    return stop_kept(m, m.group(1) + STREET_TYPES[m.group(2)] + second)


def _type_and_direction(m: re.Match[str]) -> str:
    """"Queen St. W., Toronto", "Main St. N. and" -> "Queen Street West", "Main Street North":
    a direction after the street's type names the street (so "St." is Street, not Saint), and
    its stop is the abbreviation's unless it ends the text."""
    street = STREET_TYPES[m.group(1)] if m.group(1) else m.group(2)
    return stop_kept(m, f"{street} {DIRECTIONS[m.group(3).replace('.', '')]}")


_DIRECTION_AFTER = re.compile(r" (?:East|West|North|South)\b")


def _saint_or_street(m: re.Match[str]) -> str:
    """"Baker St. near" -> Street; "St. Louis", "Mount St. Helens" -> Saint; "Dr. Smith" ->
    Doctor: before a capitalised name it is a title, after one a street."""
    before, word = m.group(1) or "", m.group(2)
    if (word == "St" and _SCHOOL_BEFORE.search(m.string, 0, m.start(2))
            and (_GAME_AFTER.match(m.string, m.end()) or _GAME_BEFORE.search(m.string, 0, m.start(2)))):
        return f"{before}{stop_kept(m, 'State')}"
    following = m.string[m.end() : m.end() + 2]
    if word == "St" and (re.search(r"(?:^|\s)[A-Z]\s$|\d(?:st|nd|rd|th) $", before) or (
            before.strip() and _DIRECTION_AFTER.match(m.string, m.end()))):
        # "1515 K St.": a lettered street; "the 42nd St. Shuttle", "King St. West": no saint
        return f"{before}{stop_kept(m, 'Street')}"
    if before.strip() and (not (len(following) == 2 and following[1].isupper())
                           or _UNIT_AFTER.match(m.string, m.end())):
        stop = "." if m.group(0).endswith(".") and m.end() == len(m.string) else ""
        return f"{before}{STREET_TYPES[word]}{stop}"
    return f"{before}{'Saint' if word == 'St' else 'Doctor'}"


_SCHOOL = (rf"(?:{_FULL_STATE_RE}|Penn|Boise|Fresno|San Diego|San Jose|Kent|Ball|Wichita|"
           r"Youngstown|Sacramento|Portland|Jackson|Morgan|Norfolk|Wright|Appalachian) ")
_GAME_BEFORE = re.compile(
    r"(?:\b(?:vs?\.?|versus|beat|beats|defeated|defeats|downed|routed|edged|topped|upset|"
    r"stunned|against|over|(?:lost|losing|loss|fell|falls) to|at|host|hosts|hosted|face|faces|"
    r"faced|play|plays|played|visit|visits|visited|No\.\s?\d{1,2}|number \w+(?:-\w+)?) |^|"
    r"[(\"“‘'—–]\s?)" + _SCHOOL + "$")
_SCHOOL_BEFORE = re.compile(rf"(?<![\d,] )\b{_SCHOOL}$")
_GAME_AFTER = re.compile(
    r"\.? (?:(?!(?:Apt|Suite|Unit|Room|Floor|Building|Station|Bridge|Park|Church|Market|School|"
    r"Mall|Garage|Pier|Tunnel|Square|Plaza|Extension|North|South|East|West)\b)[A-Z][a-z]+\b|"
    r"vs?\b|versus|and (?:the )?[A-Z]|"
    r"(?:beat|beats|defeated|defeats|routed|edged|topped|upset|stunned|won|wins|lost|loses|"
    r"rallied|hosts|hosted|plays|played|visits|visited|improved|fell|remains|coach)\b|\d{1,3}-\d)")
"""A state's or a school's name before "St." in a game ("Ohio St. beat Michigan 30-24", "lost
to Penn St.", "the Ohio St. Buckeyes", "Kansas St. and Iowa St. won"): the state university,
State; elsewhere ("400 Ohio St.", "Police closed Michigan St. after the crash") the street."""


_UNIT_AFTER = re.compile(r" (?:Apt|Apartment|Ste|Suite|Unit|Rm|Room|Fl|Floor|Bldg|Building)\b")
"""After "Brazos St." a unit of the building ("Suite 1616") says it was a street, not a saint."""


_NOT_CITIES = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday".split())
_NEED_ZIP = frozenset({"MD", "MA", "MS", "PA", "LA", "ME", "OR", "IN", "HI", "ID", "CO", "DE"})
"""Codes that after "Name, " are more often a degree, a word or a city ("John Smith, MD"): a
state only with a ZIP code after it."""


_INDIAN_PLACES = "|".join((
    "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Bangalore", "Hyderabad", "Pune", "Noida",
    "Gurugram", "Gurgaon", "Ahmedabad", "Jaipur", "Lucknow", "Kochi", "Pradesh", "Maharashtra",
    "Karnataka", "Kerala", "Nadu", "Bengal", "Gujarat", "Rajasthan", "Telangana", "Punjab",
    "Haryana", "Bihar", "Odisha", "Assam", "Goa", "PIN", "Pin", "[Pp]in code", "PIN code"))
"""Before a six-digit number, these make it a PIN code ("Noida, Uttar Pradesh 201301")."""
PIN_WORDS = frozenset(w for w in _INDIAN_PLACES.split("|") if w.isalpha())


_STREET_BEFORE = re.compile(rf"\b[A-Z][\w'’-]* (?:{_TYPE_RE}|{FULL_TYPES})\.?, $")
"""A street address just before "City, ": then "MD" or "IN" after the city is the state ("4600
Silver Hill Rd., Suitland, MD," is Maryland; "John Smith, MD," stays a doctor)."""
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|outside|around|of)\s$")


def _zip(zip_code: str, plus_four: str | None) -> str:
    """"20500" -> "two zero five zero zero"; ZIP+4 "20500-0003" adds "dash zero zero zero three"."""
    return digits(zip_code) + (f" dash {digits(plus_four)}" if plus_four else "")


def _state(m: re.Match[str]) -> str:
    code, dot, zip_code = m.group(2), m.group(3), m.group(4)
    # "in Boston, MA": after a place word the code is the state even without a ZIP code
    place = (_PLACE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()) is not None
             or _STREET_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) is not None)
    if (code in _NEED_ZIP and not zip_code and not place) or (not code.isupper() and not dot):
        return m.group(0)
    city = m.group(1).rstrip(", ").split()[-1]
    following = m.string[m.end() : m.end() + 2]
    opener = bool(dot) and SENTENCE_OPENER.match(m.string, m.end()) is not None
    if not zip_code and (city in _NOT_CITIES or (len(following) == 2 and following[0] == " "
                                                  and following[1].isupper() and not opener)):
        return m.group(0)  # "in December, AR Headset rumors", "Smith, OR Jones"
    spoken = f"{m.group(1)}{STATES[code]}"
    if zip_code:
        spoken += " " + _zip(zip_code, m.group(5))
    elif dot and (m.end() == len(m.string) or opener) and not spoken.endswith("."):
        spoken += "."  # "Denver, Colo." ends the sentence; "Washington, D.C." has its stop
    return spoken


_STATE_AND = re.compile(rf"(?:\b(?:{_AP_STATE_RE})\.|\b(?:{_FULL_STATE_RE}))(?:,? (?:and|or)|,) $")
"""A state in a list of states: "in Wis. and Minn. only", "in Ill., Ind. and Ohio"."""


def _state_used(m: re.Match[str]) -> str:
    """An AP state before a noun ("a Calif. judge"; not before a function word, "Mass. then"), or
    after a word of place ("to Ariz.")."""
    if m.group(1) not in _AP_STATES:
        return m.group(0)
    state = STATES[m.group(1)]
    if describes_noun(m) and m.string.startswith(" ", m.end()):
        return state
    if m.group(1) != "Mass" and (_PLACE_WORD.search(m.string, max(0, m.start() - 28), m.start())
                                 or _STATE_AND.search(m.string, max(0, m.start() - 28), m.start())):
        return stop_kept(m, state)
    return m.group(0)


_NUMBERED_ROADS = frozenset({"CR", "SR", "SH", "FR", "Co. Rd", "Rt"})
"""Roads whose four-digit number is said in pairs ("FR 2810": "twenty-eight ten")."""


def _unit(m: re.Match[str]) -> str:
    number = m.group(3)
    found = re.fullmatch(r"(\d+)([A-Za-z]?)", number)
    if found:
        number = pairs(found.group(1)) + (f" {found.group(2).upper()}" if found.group(2) else "")
    return f"{_UNITS.get(m.group(1), m.group(1))} {m.group(2) or ''}{number}"  # "Apt. #4": "number"


def _canadian_postcode(m: re.Match[str]) -> str:
    """"ON K1M 1M4" -> "Ontario K one M, one M four": the province, then the code spelled."""
    province = f"{STATES[m.group(1)]} " if m.group(1) else ""
    return f"{province}{_spell(m.group(2))}, {_spell(m.group(3))}"


def _spell(part: str) -> str:
    """"D02" -> "D zero two", "HA9" -> "H.A. nine": a code letter by letter (runs with an "A"
    dotted, `spelled`), its digits one by one."""
    return " ".join(digits(run) if run.isdecimal() else spelled(run)
                    for run in re.findall(r"\d+|[^\d]+", part))


def _postcode(m: re.Match[str]) -> str:
    """"SW1A 2AA" -> "S W one A, two A A": a British postcode is spelled, in its two halves."""
    return f"{_spell(m.group(1))}, {_spell(m.group(2))}"


_MOST_SEATS = {
    "AL": 7, "AK": 1, "AZ": 9, "AR": 4, "CA": 53, "CO": 8, "CT": 6, "DE": 1, "FL": 28, "GA": 14,
    "HI": 2, "ID": 2, "IL": 20, "IN": 10, "IA": 5, "KS": 5, "KY": 6, "LA": 7, "ME": 2, "MD": 8,
    "MA": 10, "MI": 15, "MN": 8, "MS": 5, "MO": 9, "MT": 2, "NE": 3, "NV": 4, "NH": 2, "NJ": 13,
    "NM": 3, "NY": 29, "NC": 14, "ND": 1, "OH": 18, "OK": 6, "OR": 6, "PA": 19, "RI": 2, "SC": 7,
    "SD": 1, "TN": 9, "TX": 38, "UT": 4, "VT": 1, "VA": 11, "WA": 10, "WV": 3, "WI": 9, "WY": 1,
}
"""The most House seats each state has had since 1990: "TX-23" is a district only up to it
(not "NC-17", a film's rating, or "AR-15", a rifle)."""
_DISTRICT_NEWS = re.compile(r"\b(?:[Dd]istricts?|race|seat|incumbent|flip(?:ped|s)?|won|wins?|lost|candidate|"
                            r"[Cc]ongress(?:ional|man|woman)?|Democrat|Republican|GOP|House|primary|"
                            r"election|votes?|voters|ballots?|runoff|represents?|redistricting|[Rr]esults|counting)\b")


def _district(m: re.Match[str]) -> str:
    """"TX-23" -> "Texas twenty-three" in a sentence about elections."""
    state, number = m.group(1), int(m.group(2))
    if not 1 <= number <= _MOST_SEATS[state] or not _DISTRICT_NEWS.search(m.string):
        return m.group(0)
    return f"{STATES[state]} {cardinal(number)}"


_FOREIGN_POSTCODE = re.compile(r"(?<=\d, )(\d{4,5})(?= [A-Z][a-zäöüéèàç]+\b)")
FOREIGN_STREET = re.compile(
    r"\b(?:[Ss]tra(?:ss|ß)e|[A-ZÄÖÜ]?[a-zäöü]+(?:stra(?:ss|ß)e|gasse|weg|platz|straat|gracht|laan|vej|gatan)|"
    r"(?i:calle|c/|avenida|avda\.|av\.|paseo|plaza|carrera|ronda|camino|glorieta|rue|avenue|boulevard|bd|"
    r"place|allée|chemin|quai|impasse|via|viale|piazza|piazzale|corso|largo|vicolo|rua|praça|travessa|"
    r"estrada|alameda|postale|postfach|platz))(?!\w)")
"""A European postcode after a street's number and a comma, before its town ("Wagramer
Strasse 5, 1400 Vienna", "Rue de la Loi 200, 1049 Brussels", "Case Postale 2500, 1211
Geneva"): digit by digit, as the town's people say it, not "fourteen hundred"."""


def _foreign_postcode(m: re.Match[str]) -> str:
    if not FOREIGN_STREET.search(m.string, max(0, m.start() - 50), m.start()):
        return m.group(0)
    return digits(m.group(1))


_TOWN_POSTCODE = re.compile(rf"(?<=, )(?!(?:{'|'.join(UNIT_WORDS)}|Level|Floor|Apartment)\b)"
                            r"((?:[A-Z][a-z]+ ){1,3})(\d{4,5})(?=[,.;)]?(?:\s|$))")
_ADDRESS_BEFORE = re.compile(
    rf"(?:\b\d+[A-Za-z]? (?:[A-Z][\w'’-]* ){{1,3}}(?:{_TYPE_RE}|{FULL_TYPES})\b\.?"
    r"|\bP\.?\s?O\.? Box \d+|\bPrivate Bag \d+), (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?, )?$")
"""A New Zealand (or Danish, Swiss, Nepali...) postcode after its town, at the end of a street
address ("12 Queen St, Auckland 1010", "47 Thamel Marg, Kathmandu 44600", "40 Cuba St, Te Aro,
Wellington 6011", "PO Box 1234, Wellington 6140"): digit by digit, not "one thousand ten"; not a
unit of the building ("2300 Yonge St., Suite 1600, Toronto")."""


def _town_postcode(m: re.Match[str]) -> str:
    if not _ADDRESS_BEFORE.search(m.string, max(0, m.start() - 90), m.start()):
        return m.group(0)
    return f"{m.group(1)}{digits(m.group(2))}"


AUSTRALIAN_STATES = {"NSW": "New South Wales", "VIC": "Victoria", "QLD": "Queensland", "TAS": "Tasmania",
                      "ACT": "Australian Capital Territory", "WA": "Western Australia", "SA": "South Australia",
                      "NT": "Northern Territory", "Vic": "Victoria", "Qld": "Queensland", "Tas": "Tasmania"}
PASSES: tuple[Pass, ...] = (
    # an Australian address's state and postcode: "Sydney NSW 2000" -> "Sydney New South Wales two
    # zero zero zero"
    (re.compile(rf"\b([A-Z][a-z]+,? )({'|'.join(AUSTRALIAN_STATES)}) (\d{{4}})\b(?![,.]\d)"),
     lambda m: f"{m.group(1)}{AUSTRALIAN_STATES[m.group(2)]} {digits(m.group(3))}"),
    (_FOREIGN_POSTCODE, _foreign_postcode),
    (_TOWN_POSTCODE, _town_postcode),
    # a state written with two stops before a name: "N.Y. Fed President", "the N.J. Transit"
    (re.compile(r"(?<![\w.])(N\.[YJCDHM]|R\.I|S\.[CD]|W\.Va)\.(?= [A-Z][a-z])"),
     lambda m: stop_kept(m, STATES[m.group(1)])),
    # a House district by its state: "the TX-23 race", "flipped CA-45", "AZ-06"; "NY's 17th
    # District"
    (re.compile(rf"(?<![\w.-])({'|'.join(_MOST_SEATS)})-(\d{{1,2}})\b(?![-.,]?\d)"), _district),
    (re.compile(rf"\b({'|'.join(_MOST_SEATS)})(?=['’]s \d{{1,2}}(?:st|nd|rd|th) (?:Congressional )?District\b)"),
     lambda m: STATES[m.group(1)]),
    # a Singapore block: "Blk 123 Ang Mo Kio Ave 3" -> "Block one twenty-three"
    (re.compile(r"\bBlk\.? (?=\d)"), lambda m: "Block "),
    # a federal appeals court: "the 5th Cir.", "the D.C. Cir." -> "Circuit" (not a street's Circle)
    (re.compile(r"\b((?:1[01]|[1-9])(?:st|nd|rd|th)|D\.C\.|Fed\.) Cir\.?(?=[\s,;)]|$)"),
     lambda m: stop_kept(m, f"{m.group(1)} Circuit")),
    # British postcodes: "SW1A 2AA", "M1 1AE", "EH1 2NG"
    (re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?) (\d[ABD-HJLNP-UW-Z]{2})\b"), _postcode),
    # "P.O. Box 1234", "PO Box 12"
    (re.compile(r"\bP\.?\s?O\.? Box (\d{1,6})\b"), lambda m: f"P.O. Box {pairs(m.group(1))}"),
    # a house number and a direction before a name: "3 NE Broadway", "10 W Main"
    # (a letter before a street's type is the street's name: "300 E St. SW", "1000 K Street")
    (re.compile(rf"(?<![\w.,$£€-])(\d{{1,5}}) ({_DIR_RE}|{_DIR_DOTTED}) (?=[A-Z][A-Za-z]+\b)"
                rf"(?!(?:{_TYPE_RE}|{FULL_TYPES})\b)"),
     lambda m: f"{house_number(m.group(1))} {DIRECTIONS[m.group(2).replace('.', '')]} "),
    # a unit and its house, as Australians write them: "Unit 12/34 George St" -> "twelve,
    # thirty-four"
    (re.compile(rf"(?<![\w.,/$£€-])(?<!\d )(\d{{1,4}})/(\d{{1,5}}) (?={_STREET})"),
     lambda m: f"{pairs(m.group(1))}, {pairs(m.group(2))} "),
    # a run of house numbers: "2100-2130 Oak Ave." -> "twenty-one hundred to twenty-one thirty"
    (re.compile(rf"(?<![\w.,/$£€-])(\d{{3,5}})[-–](\d{{3,5}}) (?={_STREET})"),
     lambda m: f"{house_number(m.group(1))} to {house_number(m.group(2))} "),
    # a house number and a half: "57 1/2 Main St.", "12½ Elm St." -> "fifty-seven and a half"
    (re.compile(rf"(?<![\w.,$£€/-])(\d{{1,5}})(?: 1/2|\s?½) (?=(?:(?:{_DIR_RE}|{_DIR_DOTTED}) )?{_STREET})"),
     lambda m: f"{house_number(m.group(1))} and a half "),
    # a house number before a street: "123 Main St", "221B Baker Street", "400 E Main St"
    (re.compile(rf"(?<![\w.,$£€/-])(\d{{1,5}})([A-Z])? (?=(?:(?:{_DIR_RE}|{_DIR_DOTTED}) )?"
                rf"{_STREET})"), _house),
    # directions before a street name or after a street type
    (re.compile(rf"(?<![\w.])({_DIR_RE}|{_DIR_DOTTED})(?= {_STREET})"), _direction),
    # a direction after a numbered road: "W. Loop 1604 N., San Antonio"
    (re.compile(rf"\b((?:Loop|Hwy\.|Highway|Route|Rte\.) \d{{1,4}}) ({_DIR_DOTTED}|{_DIR_RE})(?=[,;)]|\s*$)"),
     lambda m: f"{m.group(1)} {DIRECTIONS[m.group(2).replace('.', '')]}"),
    (re.compile(rf"(?<=[A-Za-z] )(?:({_TYPE_RE})\b\.?|({FULL_TYPES})\b) ({_DIR_DOTTED}|{_DIR_RE}\.?)"
                r"(?!\w)(?=[,;)]|\s[a-z]|\s*$|\s[A-Z][a-z]+,)"), _type_and_direction),
    # "St." and "Dr.": Street/Drive after a name (a "Jr." ends one: "Martin Luther King Jr.
    # Dr."), Saint/Doctor before one
    (re.compile(r"((?<!\w)(?:\d\w*|[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’]s)?|[A-Z](?<=\d [A-Z])|[JS]r\.|[A-Z]{2,4}) )?"
                r"\b(St|Dr)\b\.?"
                r"(?= [A-Za-z0-9]|[.,;:)]|$)"),
     _saint_or_street),
    # other street types after a name or an ordinal ("Pine Ave", "3rd Ave.", "Sunset Blvd.",
    # "Martin Luther King Jr. Blvd."), or after another one written short ("Lakeview Hts. Blvd.")
    (re.compile(rf"((?<!\w)(?:[A-Z][a-z]+(?:['’]s)?|[A-Z]{{2,6}}|"
                rf"\d+(?:st|nd|rd|th)|[JS]r\.) )({_TYPE_RE})\b\.?"
                rf"(?: ({_TYPE_RE})\b\.?)?(?=[\s,;:)]|$)"), _street_type),
    # "Springfield, IL 62704", "Denver, Colo.", "Portland, Ore.", "St. John's, N.L."
    (re.compile(rf"(\b(?:[A-Z][a-z]+(?: [A-Z][a-z]+){{0,3}}(?:['’]s)?|^[A-Z]{{3,}}(?: [A-Z]{{2,}}){{0,2}}), )"
                rf"({_STATE_RE})\b(\.)?"
                r"(?:,? (\d{5})(?:-(\d{4}))?\b)?(?![\w'’-])"), _state),
    # an AP state before a title or a people's word: "Fla. Gov. DeSantis", "Ohio's", "Calif.
    # lawmakers", "a Mich. man"
    (re.compile(rf"\b({_AP_STATE_RE})\. (?=(?:Gov|Sen|Sens|Rep|Reps|Lt|Atty|Sec|Secy)\.|(?:Governor|"
                r"Senator|Attorney|Democrats?|Republicans?|lawmakers|legislators|voters|officials|"
                r"police|residents|man|woman|teen|boy|girl|couple|family|county|House|Senate|"
                r"Supreme)\b)"), lambda m: f"{STATES[m.group(1)]} "),
    # an AP state used as an adjective, before a lower-case noun ("a Calif. judge", "the Fla.
    # law"), or after a word of place ("moved to Ariz. in 2010", "in Tenn. and"; not "Mass.",
    # the church's, there)
    (re.compile(r"\b([A-Z](?:[a-z]{1,4}|\.[A-Z][a-z]?))\.(?!\w)"),
     _state_used),
    # a state written out and its ZIP code: "Austin, Texas 78701"
    (re.compile(rf"\b({_FULL_STATE_RE}) (\d{{5}})(?:-(\d{{4}}))?\b(?![-.,]?\d)"),
     lambda m: f"{m.group(1)} {_zip(m.group(2), m.group(3))}"),
    # a block of a street by its hundreds, as police reports give a place: "the 2900 block of
    # W. Main St." -> "twenty-nine hundred block"
    (re.compile(r"\b([1-9]\d?00)(?<![.,$£€-]\d00)(?<![.,$£€-]\d\d00) (?=(?:blocks?|blk\.?) of\b)"),
     lambda m: f"{pairs(m.group(1))} "),
    # a floor by its ordinal: "5th Fl.", "2nd Flr" -> "Floor"
    (re.compile(r"(?<=\d(?:st|nd|rd|th)) Flr?\b\.?(?=[\s,;:)]|$)"), lambda m: stop_kept(m, " Floor")),
    # an airport written short after its kind, with no number: "Newark Int'l Apt." -> "Airport"
    (re.compile(r"(?:(?<=\bInternational )|(?<=\bInt'l )|(?<=\bIntl\. )|(?<=\bIntl )|(?<=\bRegional )|"
                r"(?<=\bMunicipal ))Apt\b\.?(?! ?#?\d)"), lambda m: stop_kept(m, "Airport")),
    # "Apt 4B", "Suite 200", "Ste. 5", and other numbered places: "Precinct 3B", "Gate 12A"
    (re.compile(rf"\b({'|'.join(UNIT_WORDS)})\.? (number )?(\d{{1,5}}[A-Za-z]?)\b(?![.,:/-]\d)"), _unit),
    # a room in a named building, in pairs: "2138 Rayburn House Office Building"
    (re.compile(r"(?<![\w.,$£€-])(\d{3,4}) (?=(?:[A-Z][a-z]+ ){1,3}Building\b)"),
     lambda m: f"{pairs(m.group(1))} "),
    # a house on a numbered road, in pairs: "1050 Route 46" -> "ten fifty Route forty-six"
    # (a direction may come between: "6055 W. Hwy. 90" -> "sixty fifty-five West Highway ninety")
    (re.compile(r"(?<![\w.,$£€-])(\d{3,5}) (?:([NSEW])\.? )?(?=(?:Route|Rte\.?|Highway|Hwy\.?|State Route|"
                r"County Road|U\.S\.|US|FR|CR|Co\. Rd\.) \d)"),
     lambda m: f"{house_number(m.group(1))} " + (f"{DIRECTIONS[m.group(2)]} " if m.group(2) else "")),
    # "Hwy 101", "Rte 66", "Route 1", and a letter after the number: "Route 9W", "Hwy 1A", or
    # a direction: "Hwy. 7 E." -> "Highway seven East"
    (re.compile(r"\b(Hwy|Rte|Highway|Route|Interstate)\.? (\d{1,3})([A-Z])?\b(?![,.]\d)"
                r"(?: ([NSEW])\b\.?(?=[,;)]|\s[a-z]|\s*$))?"),
     lambda m: stop_kept(m, f"{STREET_TYPES.get(m.group(1), m.group(1))} {pairs(m.group(2))}"
                            + (f" {m.group(3)}" if m.group(3) else "")
                            + (f" {DIRECTIONS[m.group(4)]}" if m.group(4) else ""))),
    # a unit or suite by its number sign after an address: "Lake Shore Dr., #2105"
    (re.compile(r"(?<=, )#(\d{1,5})([A-Z])?\b(?![.,]\d)"),
     lambda m: f"number {pairs(m.group(1))}" + (f" {m.group(2)}" if m.group(2) else "")),
    # roads by their number: "CR 12", "Co. Rd. 12", "SR 99", "FR 2810" (a forest road), "MM 23",
    # "Km 42", "Rt. 9"
    (re.compile(r"\b(CR|SR|SH|MM|Km|KM|Rt|Wk|FR|Co\. Rd)\.? (\d{1,4})\b"),
     lambda m: {"CR": "County Road", "SR": "State Route", "SH": "State Highway",
                "MM": "mile marker", "Km": "kilometer", "FR": "Forest Road", "Co. Rd": "County Road",
                "KM": "kilometer", "Rt": "Route", "Wk": "Week"}[m.group(1)] + " "
               + (pairs(m.group(2)) if len(m.group(2)) == 4 and m.group(1) in _NUMBERED_ROADS else m.group(2))),
    # a house on Broadway, in pairs: "120 Broadway" -> "one twenty Broadway"
    (re.compile(r"(?<![\w.,$£€-])(\d{1,5}) (?=Broadway\b|Bowery\b|(?:Via|Calle|Camino|Paseo|Avenida) (?:de |del )?"
                r"(?:la |las |los |el )?[A-Z][a-z])"), lambda m: f"{house_number(m.group(1))} "),
    # a German street in English copy: "Friedrichstr. 43" -> "Friedrichstrasse"
    (re.compile(r"\b([A-Z][a-zäöüß]+)str\.(?=\s\d|\s|,)"), lambda m: f"{m.group(1)}strasse"),
    # an Irish Eircode, spelled in its halves: "D02 X285" -> "D zero two, X two eight five"
    (re.compile(r"\b([ACDEFHKNPRTVWXY]\d[\dW]) ([AC-FHKNPRTV-Y\d]{4})\b"),
     lambda m: f"{_spell(m.group(1))}, {_spell(m.group(2))}"),
    # "Lvl 3": a building's level (Australia)
    (re.compile(r"\bLvl\.? (?=\d)"), lambda m: "Level "),
    # "Cnr George and Market Sts": the corner of two streets (Australia)
    (re.compile(r"\bCnr\.? (?=[A-Z])"), lambda m: "Corner "),
    # "Vashon Is.", "Rottnest Isl.": an island after its name; with "the" a group of them ("the
    # Aleutian Is.", "the Cayman Is."), but for the few single islands with "the" ("the North Is.")
    (re.compile(r"\b(?:([Tt]he )(?!(?:North|South|Big|Long|Stewart) )([A-Z][a-z]{2,})|([A-Z][a-z]{2,}))"
                r" Is\.(?= [a-z]|[,;)]|$)"),
     lambda m: stop_kept(m, f"{m.group(1)}{m.group(2)} Islands" if m.group(1) else f"{m.group(3)} Island")),
    # "Qld officials", "Cairns, Qld": Queensland without its stop too
    (re.compile(r"\bQld\b\.?"), lambda m: stop_kept(m, "Queensland")),
    # "Brightline Energy Pty Ltd": an Australian proprietary company
    (re.compile(r"\bPty\.?(?= (?:Ltd|Limited)\b)"), lambda m: "Proprietary"),
    # a Canadian postal code, spelled in its halves: "K1M 1M4" -> "K one M, one M four"
    (re.compile(r"\b(?:(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT) )?([ABCEGHJ-NPRSTVXY]\d[A-Z]) ?"
                r"(\d[A-Z]\d)\b"), _canadian_postcode),
    # an Indian PIN code after a state or city, digit by digit: "Uttar Pradesh 201301"
    (re.compile(rf"\b({_INDIAN_PLACES})([ ,:-]+)(\d{{3}}) ?(\d{{3}})\b(?![.,]\d)"),
     lambda m: f"{m.group(1)}{m.group(2)}{digits(m.group(3) + m.group(4))}"),
    # a U.S. highway by its number: "U.S. 101", "US-101" -> "one oh one" (not "U.S. 10-year
    # notes", "US 3%")
    (re.compile(r"(?<![\w.])(U\.S\.|US)[ -](\d{1,3})\b(?![,.]\d|-\w|\s?%)"),
     lambda m: f"{m.group(1)} {pairs(m.group(2))}"),
)
