"""Abbreviations, titles and acronyms: "Dr. Smith", "No. 10", "e.g.", "NATO", "FBI", "U.S.".

Titles are expanded before a name ("Gov. Newsom" -> "Governor Newsom", "Gov.-elect Stein" ->
"Governor-elect Stein"); "No. 10" is "number ten"; acronyms are said as a word where newsrooms
say them so ("NATO", "Covid") and otherwise letter by letter. A respelled abbreviation never
leaves its full stop inside a sentence: the engine would pause there ("Dr. | Smith", "9 a.m. |
EST").
"""

from __future__ import annotations

import re

from .addresses import FULL_STATES, STATES
from .common import SENTENCE_OPENER, Pass, sentence_end, stop_kept
from .numbers import digits, ordinal
from .speechdata import (
    ABBREVIATIONS,
    LETTER_ACRONYMS,
    ONSETS,
    SHOUTED_WORDS,
    VOWEL_PAIRS,
    WORD_ACRONYMS,
)

__all__ = ["ACRONYM", "ACRONYM_LETTER", "LOWER_WORDS", "MIXED_INITIALISM", "NUMBER_PASSES", "PASSES", "POSITIONS",
           "STRAY_STOPS", "acronym", "mixed_initialism", "pronounceable"]

LONG_WORD = 6
"""Capitalised words this long are read as words if they have a vowel ("REUTERS", "YOUTUBE")."""
_VOWELS = frozenset("AEIOU")
WORD_LENGTH = 8
"""Capitals this long with two vowels or more are a word whatever their consonants: a dateline's
"WASHINGTON" and "PITTSBURGH" were spelt letter by letter for their "NGT" and "TTSB"; no
acronym said letter by letter is this long."""
_NUMBER_WORDS = {"no": "number ", "nos": "numbers ", "p": "page ", "pp": "pages "}


def _as_written_case(written: str, spoken: str) -> str:
    """`spoken` with a capital where the abbreviation has one ("Approx. 4.6 million":
    "Approximately"; "E.g. mangoes": "For example"); "AKA" stays as the table says."""
    return spoken[0].upper() + spoken[1:] if written[0].isupper() and any(c.islower() for c in written) else spoken


def _abbreviation(m: re.Match[str]) -> str:
    word = m.group(1)
    spoken = ABBREVIATIONS.get(word) or ABBREVIATIONS.get(word.lower())
    opens = m.start() == 0 and m.string[m.end() + 1:m.end() + 2].islower()
    if spoken is None and (len(word) >= LOWER_WORD_CAPITALS or opens) and word.lower() in LOWER_WORDS:
        spoken = LOWER_WORDS[word.lower()]  # "the Natl. Weather Service", "Avg. prices rose"
    if spoken is None:
        return m.group(0)
    stop = "." if SENTENCE_OPENER.match(m.string, m.end()) else ""  # "open Mon. The stop"
    return _as_written_case(word, spoken) + stop


POSITIONS = {"QB": "quarterback", "WR": "wide receiver", "TE": "tight end", "RB": "running back"}
"""A football position before a player's name in prose ("QB Lamar Jackson"); a stats table's
"LB Joe Schobert" keeps its letters."""
_NAME_TITLES = {"Sec": "Secretary", "Secy": "Secretary", "Asst": "Assistant", "Brig": "Brigadier",
                "Spc": "Specialist", "Cdr": "Commander", "Dep": "Deputy", "Pte": "Private",
                "Const": "Constable", "Cst": "Constable", "Del": "Delegate",
                "LCpl": "Lance Corporal", "Commr": "Commissioner", "Cmdt": "Commandant",
                "Pt": "Point", "Lvl": "Level", "Dir": "Director", "Ofc": "Officer",
                "Cmsr": "Commissioner", "Supv": "Supervisor",
                "SSgt": "Staff Sergeant", "Tpr": "Trooper", "MSgt": "Master Sergeant",
                "Ste": "Saint", "Sr": "Sister",
                "Pfc": "Private First Class", "PFC": "Private First Class"}
"""Titles that are said otherwise before a name: "Sec. Blinken" is the Secretary, "Sec. 5" a
section; "Brig. Gen. Ray", "Asst. Sec. Lee"."""


_REFERENCE_WORDS = {"pg": "page ", "pgs": "pages ", "para": "paragraph ", "paras": "paragraphs ",
                    "eq": "equation ", "eqn": "equation ", "eqs": "equations ", "ch": "chapter ",
                    "chs": "chapters ", "chap": "chapter ", "fig": "figure ", "figs": "figures ",
                    "vol": "volume ", "vols": "volumes ", "art": "article ", "sec": "section ",
                    "sect": "section ", "prop": "proposition ", "props": "propositions ",
                    "amdt": "amendment ", "cat": "category ", "ref": "reference ",
                    "refs": "references ", "ext": "extension ", "exts": "extensions ",
                    "ep": "episode ", "eps": "episodes ", "pt": "part ", "pts": "parts "}
"""Words of reference written short before the number they give: "pg. 5", "para. 3", "Eq. 2"."""
_BEFORE_NUMBERS = {**_NUMBER_WORDS, **_REFERENCE_WORDS}


LOWER_WORDS = {"dept": "department", "depts": "departments", "govt": "government",
                "govts": "governments", "incl": "including", "excl": "excluding",
                "misc": "miscellaneous", "avg": "average", "natl": "national", "pkg": "package",
                "pkgs": "packages",
                "intl": "international", "mgmt": "management", "univ": "university",
                "assn": "association", "bldg": "building", "dist": "district",
                "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks", "mo": "month",
                "mos": "months", "qtr": "quarter", "qtrs": "quarters", "ret": "retired",
                "blk": "block", "doz": "dozen", "std": "standard", "appt": "appointment",
                "appts": "appointments", "exec": "executive", "execs": "executives", "dir": "director",
                "elev": "elevation", "temp": "temperature", "temps": "temperatures",
                "precip": "precipitation"}
"""Common words written short in lower case ("the health dept."); only where a full stop
marks them, so "mo" or "dist" without one stays as written."""
CONTRACTED_WORDS = {"gov't": "government", "int'l": "international", "nat'l": "national",
                    "ass'n": "association", "dep't": "department", "sec'y": "secretary",
                    "att'y": "attorney", "c'tee": "committee"}
CONTRACTED = re.compile(r"\b(?i:(gov|int|nat|ass|dep|sec|att|c)['’](t|l|n|y|tee))\b")
"""Words shortened with an apostrophe: "the gov't said", "Int'l Monetary Fund"."""


def _contracted(m: re.Match[str]) -> str:
    written = m.group(0).replace("’", "'")
    spoken = CONTRACTED_WORDS.get(written.lower())
    if spoken is None:
        return m.group(0)
    return spoken.capitalize() if written[0].isupper() else spoken


LOWER_WORD_CAPITALS = 4
"""Capitalised, only the longer of them are those words ("Natl.", "Mgmt."): "Mo." is Missouri."""


def _number_word(m: re.Match[str]) -> str:
    """"No. 10" -> "number ten", "Eq. 2" -> "Equation two" (a capital stays a capital)."""
    written = m.group(1) or m.group(2)
    spoken = _BEFORE_NUMBERS[written.lower()]
    keep = written[0].isupper() and (m.start() == 0 or written not in ("No", "Nos"))
    return spoken.capitalize() if keep else spoken


def _title_before_name(m: re.Match[str]) -> str:
    if m.group(1) == "Sr" and (re.search(r"[A-Z][a-z]+,? $", m.string[:m.start()])
                               or re.match(r" (?:VP|V\.P\.|Vice|Director|Manager|Editor|Analyst|Fellow|"
                                           r"Advis[eo]r|Counsel|Partner|Economist|Executive)\b",
                                           m.string[m.end():])):
        return "Senior"  # "John Smith Sr. President of ...": his; "the Sr. VP of finance"
    return _NAME_TITLES.get(m.group(1)) or ABBREVIATIONS[m.group(1)]


_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
_PARTY_STATE = "|".join(re.escape(k) for k in sorted(
    [*(k for k in STATES if k not in ("DC", "D.C")), *FULL_STATES], key=len, reverse=True))
_PARTY = re.compile(
    rf"[(,] ?([DRI])-({_PARTY_STATE})\b\.?(?:\)|,|(?=[\"'”’]*$))"
    r"|\(([DRI])-([A-Z][a-z]{2,}(?: [A-Z][a-z]+)?)\)")
"""A lawmaker's party and state: "Sen. Warren (D-Mass.)", "Rep. Jordan, R-Ohio, said"; a state
lawmaker's and a town's in brackets: "Del. Danica Roem (D-Manassas)"."""


def _party(m: re.Match[str]) -> str:
    """"Warren (D-Mass.) objected" -> "Warren, Democrat of Massachusetts, objected"."""
    opener, before = m.group(0)[0], m.string[max(0, m.start() - 1) : m.start()]
    if not before or (opener == "(" and not before.isspace()) or (
            opener == "," and not before.isalpha()):
        return m.group(0)
    party, place = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    state = STATES.get(place, place)
    closed = m.group(0)[-1] in ")," and not m.string.startswith((",", ";", ".", ":"), m.end())
    return f", {_PARTIES[party]} of {state}{',' if closed else ''}"


_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][a-z]+$")


def _party_alone(m: re.Match[str]) -> str:
    if not _CAPITALISED_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return m.group(0)  # "plan (B)", a label
    closed = not m.string.startswith((",", ";", ".", ":"), m.end()) and m.end() < len(m.string)
    return f", {_PARTIES[m.group(1)]}{',' if closed else ''}"


def _ordinal(m: re.Match[str]) -> str:
    return ordinal(int(m.group(1).replace(",", "")))


_COUNTY_AFTER = re.compile(r" (?:[Jj]ail|Circuit|Superior|District|[Cc]ourt(?:house)?|[Ss]heriff|"
                           r"[Cc]ommission(?:ers?)?|[Dd]eputies|[Pp]rosecutors?|Attorney|Clerk|Fair|[Cc]oroner|"
                           r"[Mm]edical [Ee]xaminer|[Ee]lections?|[Ss]chools|[Hh]ealth [Dd]epartment|[Ss]eat|"
                           r"[Aa]ssessor|[Tt]reasurer|[Bb]oard|Rd\.|Road|Hwy\.|Highway|[Mm]eet|[Tt]ournament|"
                           r"[Cc]hampionships?|[Ll]eague|Fairgrounds|[Ll]ibrary|Airport|[Pp]arks?|"
                           r"[Ff]ire(?: [Dd]epartment)?|Extension)\b|"
                           r", (?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.(?=[,;:)]|\s|$)|"
                           rf", (?:{'|'.join(sorted(FULL_STATES))})\b")
"""After "Pima Co." these say it is a county, not a company ("the Pima Co. jail"; not "Disney Co.
executive", "Co. board", which a company has too), and so does a state's abbreviation ("Cook
Co., Ill., lost")."""


_COUNTY_BEFORE = re.compile(r"\b(?i:residents|people|homes|parts|areas|voters|northern|southern|eastern|western|"
                            r"rural|coastal)\s+of\s+(?:[A-Z][\w'’-]*\s+){1,3}$")
"""Before "Lee Co." these say it is a county: "residents of Lee Co.", "parts of Collier Co."."""


def _company(m: re.Match[str]) -> str:
    """"Inc." -> "Incorporated"; "Co." a county before a county's word or a state ("Pima Co. jail",
    "Cook Co., Ill., lost": "Cook County, Illinois, lost"), else "Company"; "Twp." "Township"."""
    state = m.group(3)
    county = m.group(1) == "Co" and m.group(2) is not None and (
        state in STATES or _COUNTY_AFTER.match(m.string, m.end())
        or _COUNTY_BEFORE.search(m.string, max(0, m.start() - 60), m.start()) is not None)
    spoken = "County" if county else ABBREVIATIONS[m.group(1)]
    at_end = m.end() == len(m.string)
    if state is None:
        return spoken + "." if m.group(2) and at_end else spoken
    if state in STATES and (county or m.group(1) == "Twp"):  # "Hamilton Twp., N.J., police"
        return f"{spoken}, {STATES[state]}" + ("." if at_end else "")
    return spoken + m.group(0)[m.end(2) - m.start() if m.group(2) else m.end(1) - m.start():]


_GENERATIONS = {"I": "one", "II": "two", "III": "three", "IV": "four", "V": "five"}
"""A generation in Roman ("Gen III+"), said as a cardinal."""

NUMBER_PASSES: tuple[Pass, ...] = (
    # an identifier after "No." written without thousands' commas: "Inmate No. 4471902" -> digit
    # by digit (a count would have its commas: "No. 1,250")
    (re.compile(r"\b(No)\.? ?(\d{5,})\b(?![,.]\d)|(#)(\d{5,})\b(?![,.]\d)"),
     lambda m: ("Number " if m.start() == 0 else "number ") + digits(m.group(2) or m.group(4))),
    # a book's edition after its ordinal: "5th ed." -> "fifth edition"
    (re.compile(r"(?<=\d(?:st|nd|rd|th) )ed\.(?=\s|$|[,;:)])"), lambda m: stop_kept(m, "edition")),
    # "1st-3rd", "5th–10th": a span of ordinals
    (re.compile(r"(?<![\d,])(\d{1,9})(?:st|nd|rd|th)\s?[-–—]\s?(?=\d{1,9}(?:st|nd|rd|th)\b)"),
     lambda m: f"{ordinal(int(m.group(1)))} to "),
    (re.compile(r"(?<![\d,])(\d{1,3}(?:,\d{3})++|\d{1,9})(?:st|nd|rd|th|ST|ND|RD|TH)\b"),
     _ordinal),
    (re.compile(r"\b(No|Nos)\.? ?(?=\d)|\b(no|nos|p|[Pp]p|[Pp]gs?|[Pp]aras?|[Ee]q[ns]?|chs?|chap|figs?|"
                r"vols?|art|sect?|[Pp]rops?|[Aa]mdt|[Cc]at|[Rr]efs?|[Ee]ps?|[Pp]ts?)\. ?(?=\d)"), _number_word),
    (re.compile(r"#(?=\d)"), lambda m: "number "),
    # the US Army's ordinals: "the 3d Battalion", "2d Infantry Division" ("22d", not "12d")
    (re.compile(r"(?<![\w.])(\d{0,2}[23])d\b(?=\s[A-Z][a-z])"),
     lambda m: m.group(0) if int(m.group(1)) % 100 in (12, 13) else ordinal(int(m.group(1)))),
)
"""Ordinals and "No. 10": they need a digit."""
PASSES: tuple[Pass, ...] = (
    # a player's class before a position: "Fr. kicker Luis Gomez", "So. WR Kai Thomas" (not
    # "Fr. Mike", a priest); a weekday before a comma and a time or date: "Fri., 7 p.m."
    (re.compile(r"\b(Fr|So|Jr)\.(?= (?:QB|WR|RB|TE|LB|DB|OL|DL|[a-z]+(?:back|er|or|ie|ard|ward|end|man|ist)\b))"),
     lambda m: {"Fr": "Freshman", "So": "Sophomore", "Jr": "Junior"}[m.group(1)]),
    (re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=, (?:\d|one|two|three|four|five|six|seven|"
                r"eight|nine|ten|eleven|twelve|noon|midnight)\b)"
                r"|(?:(?<=^)|(?<=\n))(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=:)"),  # a forecast's "Sat.:"
     lambda m: ABBREVIATIONS.get(m.group(1) or m.group(2)) or m.group(0)),
    # a weekday ending the sentence after a lower-case word ("reminded users Mon."; not "the
    # Baltimore Sun.", and "Mont." is Montana)
    (re.compile(r"(?<=[a-z] )(Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat)\.(?=[\"'”’)]*$)"),
     lambda m: ABBREVIATIONS[m.group(1)] + "."),
    # a work's part in Roman: "Pt. II of the rock opera" -> "Part two" (not "Point", a place's)
    (re.compile(r"\bPt\.? (?=[IVX]{1,4}\b(?![.'’]\w))"), lambda m: "Part "),
    # a price "each" and a unit sold "by the lb.": "$1.25 ea.", "brisket by the lb."
    (re.compile(r"\b(cents?|dollars?|\d) ea\.(?=\s|$|[,;)])"), lambda m: stop_kept(m, f"{m.group(1)} each")),
    (re.compile(r"\b((?:by|per|a|the) )lb\.(?=\s|$|[,;)])"), lambda m: stop_kept(m, f"{m.group(1)}pound")),
    # "Sec.-Gen. Mark Rutte": the Secretary-General (before "Gen." is read as a general)
    (re.compile(r"\bSec\.?-Gen\.?(?= [A-Z])"), lambda m: "Secretary-General"),
    (_PARTY, _party),
    # a party alone after a lawmaker's name: "Gov. Abbott (R) signed it"
    (re.compile(r"(?<=[a-z]) \(([DRI])\)(?=[ ,.;:]|$)"), _party_alone),
    (CONTRACTED, _contracted),
    # letters: "A-Z", "grades A-F" (not "J-K" for Jammu and Kashmir, nor "D-N.Y." for a party)
    (re.compile(r"(?<![\w-])(A)[-–]([C-Z])\b(?![-'’.]\w)(?!\.\w)"),
     lambda m: f"{m.group(1)} to {m.group(2)}"),
    # a fact box's figure for a year: "(2023 est.)" -> "estimate", the noun; "Pop. 8,258,035",
    # "the town's pop. grew" -> "population" (not "pop." ending a sentence, the music)
    (re.compile(r"(?<=[\w(] )est\.(?=[)\]])|(?<=\()est\.(?=[)\]])"), lambda m: "estimate"),
    (re.compile(r"\b([Pp])op\.(?= \d)|\b((?:the|its|their|total|[A-Za-z]+['’]s) )pop\.(?= [a-z]|[,;:)])"),
     lambda m: f"{m.group(1)}opulation" if m.group(1) else f"{m.group(2)}population"),
    # (before a comma too: "fruit, e.g., mangoes", "toys, etc., at")
    (re.compile(r"\b(?i:(e\.g|i\.e|a\.k\.a|etc|vs|approx))\.(?=\s|$|[,;:)\]\"'”’])|"
                r"\b(est|q\.d|b\.i\.d|t\.i\.d|q\.i\.d|p\.r\.n|q\.h\.s)\.(?=\s|$|[,;)])"),
     lambda m: _as_written_case(m.group(0), ABBREVIATIONS[(m.group(1) or m.group(2)).lower()])),
    # a song's guest after a comma, a bracket or the title's quote: "The remix, feat. Nicki Minaj"
    # (not "a feat. Then", the noun)
    (re.compile(r"(?<=[,(\"”’] )(?:feat|ft)\.(?= [A-Z])|(?<=\()(?:feat|ft)\.(?= [A-Z])"), lambda m: "featuring"),
    # an edition named before its short word: "a deluxe ed. with", "the 25th anniversary ed."
    (re.compile(r"\b((?:deluxe|limited|expanded|anniversary|revised|paperback|hardcover) )ed\."
                r"(?=\s|$|[,;:)])"), lambda m: m.group(1) + stop_kept(m, "edition")),
    # "the min. wage", "max. 50 km/h": minimum and maximum before what they bound ("95 min."
    # after a number is minutes, the measures' pass)
    (re.compile(r"(?<!\d )(?<!\d)\b([Mm]in|[Mm]ax)\.(?= (?:[a-z]|\d|\$))"),
     lambda m: {"min": "minimum", "max": "maximum"}[m.group(1).lower()]
     if m.group(1).islower() else {"min": "Minimum", "max": "Maximum"}[m.group(1).lower()]),
    # a position before a player's name: "QB Lamar Jackson", "WR Ja'Marr Chase" -> "quarterback"
    (re.compile(r"\b(QB|WR|TE|RB)\s(?=[A-Z][a-z]+(?:['’][A-Z][a-z]+)?\s[A-Z][a-z]+ [a-z])"),
     lambda m: (POSITIONS[m.group(1)].capitalize() if m.start() == 0 else POSITIONS[m.group(1)]) + " "),
    # a nutrition label's: "21% DV" -> "Daily Value"; "an est. 400 cal.," -> "calories"; days in a
    # list, "Mon., Wed. and Fri."
    (re.compile(r"(?:(?<=%)|(?<=% )|(?<=percent ))DV\b(?![-'’\w])"), lambda m: "Daily Value"),
    (re.compile(r"(?<=\d )cal\.(?=[,;)]|\s[a-z]|$)"), lambda m: stop_kept(m, "calories")),
    (re.compile(r"(?<!\bThe )\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=,(?! \d)|"
                r" and (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b)"),
     lambda m: ABBREVIATIONS[m.group(1)]),
    # a football table's and an athlete's: "ahead of City on GD", "a PB of 12.93", "Man Utd",
    # "the Millerntor (cap. 29,546)"
    (re.compile(r"(?<=\bon )GD\b(?![-'’\w])"), lambda m: "goal difference"),
    (re.compile(r"\b((?:a|A|her|his|new|their|lifetime|season's|outdoor|indoor) )PB\b(?![-'’\w])"),
     lambda m: f"{m.group(1)}personal best"),
    (re.compile(r"\b([A-Z][a-z]+ )Utd\b\.?(?!\w)"), lambda m: f"{m.group(1)}United"),
    (re.compile(r"(?<=\()cap\.(?= \d)"), lambda m: "capacity"),
    # a court written short: "the Dist. Ct. ruling", "to the Sup. Ct." -> "District Court"
    (re.compile(r"\b(Dist|Sup|Super|Cir|App|Cty)\. Ct\.(?= [a-z]|[,;)]|$)"),
     lambda m: stop_kept(m, {"Dist": "District", "Sup": "Supreme", "Super": "Superior", "Cir": "Circuit",
                             "App": "Appeals", "Cty": "County"}[m.group(1)] + " Court")),
    # a limit after its amount: "up to a $250,000 max." ("95 min." is minutes)
    (re.compile(r"(?:(?<=\d )|(?<=\bdollar )|(?<=\bdollars ))max\.(?=$|\s*[,;)])"),
     lambda m: stop_kept(m, "maximum")),
    # a show's credits: "the exec. prod. said", "Exec. Prod. Jane Doe" -> "executive producer"
    (re.compile(r"\b([Ee])xec\.? ([Pp])rod(s)?\.(?=\s|$|[,;:)])"),
     lambda m: stop_kept(m, f"{m.group(1)}xecutive {m.group(2)}roducer{m.group(3) or ''}")),
    # a span of time written short after a number: "a median of 5.2 mo." -> "months" ("a 3-mo.
    # trial" one month's worth, "1 yr." one)
    (re.compile(r"(?<=\d)( |-)(mo|mos|yr|yrs|wk|wks)\.(?=\s|$|[,;:)])"),
     lambda m: m.group(1) + stop_kept(m, {"m": "month", "y": "year", "w": "week"}[m.group(2)[0]] + (
         "" if m.group(1) == "-" or re.search(r"(?<![\d.,])1$", m.string[:m.start()]) else "s"))),
    # lower-case abbreviations of common words: "the health dept.", "govt. figures", "incl. tax"
    (re.compile(rf"\b({'|'.join(LOWER_WORDS)})\.(?=\s|$|[,;:)\"'”’])"),
     lambda m: LOWER_WORDS[m.group(1)]),
    # "the 19th c.", "the nineteenth cent.": the century ("c. 1850" is circa, a date pass's)
    (re.compile(r"(?<=[a-z](?:th|st|nd|rd)) (?:[Cc]|[Cc]ent)\.(?=\s|$|[,;:)])|"
                r"(?<=[a-z](?:th|st|nd|rd))-(?:c|cent)\.(?=\s|$|[,;:)])"),
     lambda m: m.group(0) if re.search(r"\b[A-Z]\w*$", m.string[:m.start()])  # "Edward C. Johnson": an initial
     else " century" if m.group(0)[0] == " " else "-century"),
    # a credit rating's notch: "BBB-" -> "B.B.B. minus" ("AA+" has its plus already)
    (re.compile(r"\b(AAA|AA|A|BBB|BB|B|CCC|CC|Baa[1-3]|Ba[1-3]|Aa[1-3]|A[1-3])-(?=\s|[,.;:)]|$)"),
     lambda m: f"{m.group(1)} minus"),
    # "per annum" after an amount: "£40k p.a." -> "a year"
    (re.compile(r"p\.\s?a\.(?=\s|$|[,;:)])"),
     lambda m: "a year" if re.search(r"[\w)] $", m.string[max(0, m.start() - 2):m.start()]) else m.group(0)),
    # "Roe v. Wade", "Smith v Jones": a court case
    (re.compile(r"\b([A-Z][a-z]+) v\.? (?=[A-Z][a-z])"), lambda m: f"{m.group(1)} versus "),
    # Ireland's counties by name, with or without the stop: "off Co. Wexford", "Bantry, Co Cork"
    (re.compile(r"\bCo\.? (?=(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|"
                r"Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|"
                r"Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b)"),
     lambda m: "County "),
    # Ireland's counties: "in Co. Donegal" (not "Acme Co. Ltd")
    (re.compile(r"\b((?:in|of|from|at|near|across|throughout|and) )Co\. (?=[A-Z][a-z]+\b(?! (?:Ltd|Inc|LLC)))"),
     lambda m: f"{m.group(1)}County "),
    # "by mid-Jan." -> "mid-January"
    (re.compile(r"\bmid-(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"),
     lambda m: stop_kept(m, "mid-" + ABBREVIATIONS[m.group(1)])),
    # "cf." is "compare"; "et al." keeps its stop only where the sentence ends
    (re.compile(r"\b[Cc]f\.(?=\s)"), lambda m: "compare"),
    (re.compile(r"\bet al\.(?=\s)"), lambda m: "et al"),
    # "Ph.D." (espeak-ng would say "dot")
    (re.compile(r"\bPh\.\s?D\b\.?"),
     lambda m: "PhD." if m.group(0).endswith(".") and sentence_end(m) else "PhD"),
    # "Gen Z", "Gen. X", "Gen Alpha": a generation, not a general (lower case, which the
    # title pass below leaves alone and espeak-ng says the same, dZ'En)
    (re.compile(r"\bGen\.? (?=(?:[XYZ]|Alpha)\b(?![.-]\w))"), lambda m: "gen "),
    # a reactor's or a network's generation in Roman or digits: "a Gen III+ design", "Gen 4"
    (re.compile(r"\bGen (?:(I{1,3}|IV|V)(?=\+?(?![\w.]))|(?=\d\+?(?![\w.,])))"),
     lambda m: "gen " + (_GENERATIONS[m.group(1)] if m.group(1) else "")),
    # and a product's generation after its ordinal: "Intel's 14th Gen Core" ("fourteenth gen")
    (re.compile(r"(?<=[a-z]th )Gen\b(?!\.)|(?<=first |third )Gen\b(?!\.)|(?<=second )Gen\b(?!\.)"),
     lambda m: "gen"),
    (re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Gov|Sen|Rep|Rev|Hon|"
                r"Pres|Supt|Det|Fr|Mt|Ft|Insp|Cpl|Pvt|Amb|Atty|Msgr|Sens|Reps|Govs|Gens|Drs|"
                r"Profs|Sec|Secy|Asst|Brig|Spc|Pfc|PFC|Cdr|Dep|Cllr|Ald|Cdre|Comdr|Abp|Bp|Rt|Mme|Mlle|Pte|"
                r"Const|Cst|Del(?=\.)|Sr(?=\.)|LCpl|Commr|Cmdt|Pt|Dir|Ofc|SSgt|Tpr|MSgt|Ste|Cmsr|Supv|Snr)\.?"
                r"(?= (?:[A-Z]|\d+(?:st|nd|rd|th)\b)|-(?:elect|designate)\b)"), _title_before_name),
    # "No. of cases": the count itself; "No. ten Downing Street", whose number an address
    # pass has already said
    (re.compile(r"\b(No|Nos)\.(?= of\b| (?:one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
                r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"),
     lambda m: _NUMBER_WORDS[m.group(1).lower()].strip().capitalize() if m.start() == 0
     else _NUMBER_WORDS[m.group(1).lower()].strip()),
    # the Treasury's office, and a treasurer before a name: "Treas. Sec. Bessent", "the Treas.
    # Dept.", "County Treas. Jane Roe"
    (re.compile(r"\bTreas\.(?= (?:Sec|Secy|Secretary|Dept|Department)\b)"), lambda m: "Treasury"),
    (re.compile(r"\bTreas\.(?= [A-Z][a-z]+ [A-Z])"), lambda m: "Treasurer"),
    # a minister's office written short before the name: "Foreign Min. Wang Yi" (not the
    # minimum), "Dep. PM Sheikh Mansour", "PM Modi", "Sec.-Gen. Mark Rutte"
    (re.compile(r"\b((?:Foreign|Finance|Defense|Defence|Interior|Health|Justice|Prime|Deputy|Dep\.|"
                r"Education|Trade|Economy|Energy|Agriculture|Transport|Labor|Labour|Culture|Environment|"
                r"Home|Industry|Oil|Sports|Tourism|Information|Communications) )Min\.(?= [A-Z])"),
     lambda m: f"{m.group(1)}Minister"),
    (re.compile(r"(?<!\d)(?<!\d )(?<![\w.:-])PM(?=(?:['’]s)? [A-Z][a-z])(?! (?:ET|EST|EDT|PT|CT|MT|GMT|UTC)\b)"),
     lambda m: "Prime Minister"),
    # "Sec. of State Rubio", "Sec. of the Treasury": the office, not a section
    (re.compile(r"\bSecy?\.?(?= of (?:the )?[A-Z])"), lambda m: "Secretary"),
    (re.compile(r"\b(Inc|Ltd|Corp|Co|Bros|Jr|Sr|Esq|Dept|Univ|Assn|Intl|Govt|govt|Natl|natl|Twp(?=\.))\b(\.)?"
                r"(?=$|[ ,;:)'’])(?:, ((?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z]))\.(?=[,;:)]|\s|$))?"),
     _company),
    # a company's legal form in Britain and Germany: "Rolls-Royce plc", "Siemens GmbH"
    (re.compile(r"(?<=[A-Za-z] )(plc|PLC|GmbH)\b(?![.'’-]?\w)"),
     lambda m: "P.L.C." if m.group(1).lower() == "plc" else "G.M.B.H."),
    (re.compile(r"\b([A-Z][a-z]{1,4})\.(?= )"), _abbreviation),
    # a month's abbreviation ending the sentence: "in Nov." -> "in November."
    (re.compile(r"(?<=\s)(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=[\"'”’)]*$)"),
     lambda m: ABBREVIATIONS[m.group(1)] + "."),
    # a weekday's after a word that asks for a day, ending the sentence: "and open Mon." ("the
    # Baltimore Sun." is a paper)
    (re.compile(r"\b((?:on|open|opens|until|till|through|thru|from|to|by|starting|next|last|"
                r"this|each|every) )(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.(?=[\"'”’)]*$)"),
     lambda m: m.group(1) + ABBREVIATIONS[m.group(2)] + "."),
    # and before a comma after a word of time: "from 3.9% in Oct., the BLS said"
    (re.compile(r"\b((?:in|since|by|until|till|from|of|last|next|through|to|early|late|mid) )"
                r"(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=[,;:)])"),
     lambda m: m.group(1) + ABBREVIATIONS[m.group(2)]),
)


_S_NOT_AFTER = frozenset("SS SH CH TH PH GH TS PS KS DS GS NS CS WS YS RS LS MS ZZ".split())
"""Codas that take no plural "S" straight after them in a word ("-TSS", "-SHS")."""
_CODAS = frozenset(
    """ST NT ND NK NG RT RD RK RN RM RS RB RG RF RP RL RC LT LD LK LM LP LF LS LL MP MB MS SK SP
    SS SH CH CK TH PT CT FT XT TS PS KS DS GS NS CS NC NCH FF TT ZZ WN WS WL WK YS PH GH MN GN
    WD LB BT DD GG BB NN RR PP""".split())
"""Consonant pairs that end English words ("BRICS", "FRONT", "JOSEPH", "SIGN"); capitals ending
in another pair ("LAPD", "NYPD") are letters. A final Y is a vowel ("SCARY", "ARMY")."""


def pronounceable(word: str) -> bool:
    """Whether capitals read as a word ("NASA", "REUTERS"), not letter by letter ("NGO")."""
    if len(word) < 4 or word.startswith("US") and word[2] not in _VOWELS:
        return False  # "USGA", "USTA", "USCIS": "U.S." and its initials
    if len(word) >= WORD_LENGTH and sum(ch in _VOWELS for ch in word) >= 2:
        return True
    run = 0
    prev_vowel = False
    for i, ch in enumerate(word):
        vowel = ch in _VOWELS or (ch == "Y" and i == len(word) - 1 and i > 1)  # "ARMY"
        pair = word[i - 1 : i + 1]
        if vowel and prev_vowel and pair not in VOWEL_PAIRS and len(word) < LONG_WORD:
            return False
        run = 0 if vowel else run + 1
        if run >= 3 and not (run == 3 and i == len(word) - 1 >= 4 and ch == "S"
                             and word[i - 2:i] in _CODAS and word[i - 2:i] not in _S_NOT_AFTER):
            return False  # "NGT", "TTSB"; but a plural's "S" after a coda: "JOLTS", "HUNTS"
        prev_vowel = vowel
    if word[0] not in _VOWELS and word[1] not in _VOWELS and word[:2] not in ONSETS:
        return False
    if (len(word) < WORD_LENGTH and word[-1] not in _VOWELS and word[-1] != "Y"
            and word[-2] not in _VOWELS and word[-2:] not in _CODAS):
        return False  # "LAPD", "SFPD", "NTSB" end in no cluster a word ends in
    return any(ch in _VOWELS for ch in word)


_LETTERS_BEFORE = re.compile(r" (?:bonds?|debt|notes)\b")
"""A short capital word spelled before a finance noun: "GO bonds" (general obligation)."""
_OTHER_ERAS = re.compile(r"\b(?:BCE?|B\.C\.|CE|C\.E\.)(?:\W|$)")


def acronym(m: re.Match[str]) -> str:
    word, plural = m.group(1), m.group(2) or ""
    if word in SHOUTED_WORDS and not plural and not _LETTERS_BEFORE.match(m.string, m.end()):
        return word.lower()
    if word == "AD" and _OTHER_ERAS.search(m.string):
        return "A.D."  # "BC and AD": the era, not the word "ad"
    if word in WORD_ACRONYMS:
        return WORD_ACRONYMS[word] + plural
    if word not in LETTER_ACRONYMS and pronounceable(word):
        return word.capitalize() + plural
    # "F.B.I.": espeak-ng spells dotted capitals with a newsreader's stress (,Efb,i:;'aI), where
    # plain capitals are sometimes read as a word ("OSCE" -> '0s) and spaced ones stress each.
    if "&" in word:
        if any(len(p) > 1 for p in word.split("&")):
            return word  # "AT&T": espeak-ng says it as a newsreader does ("A.T. and T" it reads
            # "a dot t dot and t")
        return " and ".join(word.split("&"))
    if (word[0] == "A" and len(word) <= 3 and (word[1] not in _VOWELS or word == "AI")
            and word not in ("APR", "APY", "AUG", "ALS") and not (len(word) == 3 and word[2] in _VOWELS)
            and not (plural and m.string.startswith(("'", "’"), m.end()))):  # "ATVs'" reads "atty-vees"
        # (which espeak-ng reads as the months; "ADA", "AMA" it would read as a name)
        # after "at" or "for" espeak-ng reads "A.P." as "a dot P dot"; "AP", "AFP", "ABC"
        # undotted it spells as a newsreader does, wherever they stand
        return word + plural
    dotted = ".".join(word) + "."
    if plural:  # "NGOs" -> "N.G.O.'s"; "the NGOs' appeal" -> "N.G.O.s'"
        return dotted + ("s" if m.string.startswith(("'", "’"), m.end()) else "'s")
    if m.end() < len(m.string) and m.string[m.end()] == ".":
        return dotted[:-1]
    return dotted


ACRONYM = re.compile(r"\b([A-Z][A-Z&]*[A-Z])(s)?\b")
ACRONYM_LETTER = re.compile(r"\b((?:[A-Z]\.){2,6}|[A-Z]{2,6})-([A-Z])(?=\d|\b)(?![-'’]\w)")
""""USB-C", "PSLV-C58": a letter after an acronym's hyphen is said on its own."""
MIXED_INITIALISM = re.compile(r"(?<![-\w])([A-Z])([of]|[bcdfghjklmnpqrstvwxz](?=[A-Z]{2,3}\b)(?![IVX]+\b))"
                              r"([A-Z]{1,3})(s)?\b(?!-)")
""""DoD", "DoJ", "LoC", "MoU", "AfD", "DfE": initials with a small "of" or "for", spelled; and with
another small consonant before two capitals or three ("CrPC"; "PhD" the voice says itself; not
"MkII", a mark and its Roman numeral)."""


def mixed_initialism(m: re.Match[str]) -> str:
    dotted = f"{m.group(1)}.{m.group(2).upper()}.{'.'.join(m.group(3))}"
    if m.group(4):
        return dotted + ".'s"
    return dotted if m.string.startswith(".", m.end()) else dotted + "."

STRAY_STOPS: Pass = (
    re.compile(r"\b((?:[A-Za-z]\.){1,5})(?=\s+[\"'“‘(]?[A-Z0-9])(?!\s+I\b)"),
    lambda m: "A-" if m.group(1) == "A." else m.group(1)[:-1],
)
"""The last full stop of "U.S." or "a.m." inside a sentence: espeak-ng pauses after it when a
capital follows ("the U.S. | Army"); the sentence splitter has already decided it is no end. A
middle initial "A." becomes "A-", which espeak-ng says as the letter: without its stop "A" is
the article ("John A. Miller" was "John uh Miller")."""
