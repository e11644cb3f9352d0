"""Clock times: 12- and 24-hour, with seconds, time zones and ranges.

"14:30" -> "fourteen thirty", "23:00" -> "twenty-three hundred", "7:05" -> "seven oh five",
"09:15:30" -> "nine fifteen and thirty seconds" (at hour zero a timer: "00:00:05" -> "five
seconds"), "9 a.m. EST" and "9am EST" -> "nine a.m EST"
(the zone is spelled by the acronym rules), "9am-5pm" -> "nine a.m to five p.m", "9-11am" ->
"nine to eleven a.m", "8:00 tonight" -> "eight o'clock tonight", "12:00 noon" -> "twelve
noon", "14h30" -> "fourteen thirty"; a race time after "in", "of", "clocked" is a duration
("finished in 2:03:23" -> "two hours, three minutes and twenty-three seconds", "3:59.4" ->
"three minutes fifty-nine point four seconds"). "a.m" keeps its last full stop only where the
sentence ends: inside a sentence that stop would make the engine pause
("9 a.m. | EST").
"""

from __future__ import annotations

import re

from .common import Pass, sentence_end
from .numbers import cardinal
from .speechdata import TIME_FOLLOWERS

__all__ = ["PASSES", "clock"]


def clock(hour: int, minute: int) -> str:
    """(7, 5) -> "seven oh five", (14, 30) -> "fourteen thirty", (9, 0) -> "nine"."""
    if minute == 0:
        return cardinal(hour)
    if minute < 10:
        return f"{cardinal(hour)} oh {cardinal(minute)}"
    return f"{cardinal(hour)} {cardinal(minute)}"


def _meridiem(letter: str, m: re.Match[str]) -> str:
    word = f"{letter.lower()}.m"
    return word + "." if sentence_end(m) else word


_T = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
_QUOTED_AT = re.compile(r"\b(?:trad(?:ed|es|ing)|st(?:ood|ands|anding)|quoted|priced|valued|"
                        r"pegged|fixed|settled|changed hands|yield(?:ed|ing)) $")
"""Before "at 1.27" a price's verb makes it a rate or price, no clock's time ("the pound traded
at 1.27"; "arrived at 9.30" is a time)."""


_CHANGED = re.compile(r"\b(?:ris(?:e|es|ing)|rose|fall(?:s|ing)?|fell|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|"
                      r"increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|grow(?:s|ing)?|grew|jump(?:s|ed)?|"
                      r"slip(?:s|ped)?|slid(?:e|es)?|dip(?:s|ped)?|surg(?:e|es|ed)|edg(?:e|es|ed)|"
                      r"cut|rais(?:e|es|ed)|lower(?:s|ed)?|up|down)\s+(?:from\s+[\d.]+\s+)?$")
"""A change's verb before "from" (and its first number, before "to"): "fall from 1.15 to 1.08"
are numbers, not clock times."""


def _dotted_time(m: re.Match[str]) -> str:
    if m.group(1).startswith("at") and _QUOTED_AT.search(m.string, max(0, m.start() - 16), m.start()):
        return m.group(0)
    if m.group(1).startswith(("from", "to", "until", "till")) and _CHANGED.search(
            m.string, max(0, m.start() - 30), m.start()):
        return m.group(0)
    return _time_24h(m)


_AMPM = r"(?:\s?([AaPp])\.?\s?[Mm]\b\.?)"


def _hm(written: str) -> tuple[int, int]:
    hour, _, minute = written.replace(".", ":").partition(":")
    return int(hour), int(minute or 0)


def _time_range(m: re.Match[str]) -> str:
    first = clock(*_hm(m.group(1)))
    second = clock(*_hm(m.group(3)))
    end = _meridiem(m.group(4), m)
    if m.group(2):
        return f"{first} {_meridiem(m.group(2), m).rstrip('.')} to {second} {end}"
    return f"{first} to {second} {end}"


def _time_ampm(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    return f"{clock(hour, minute)} {_meridiem(m.group(3), m)}"


def _seconds(m: re.Match[str]) -> str:
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if hour == 0 and not m.group(4):
        return _elapsed(minute, second)
    spoken = clock(hour, minute) if minute else f"{cardinal(hour)} hundred" if hour > 12 else (
        f"{cardinal(hour)} o'clock")
    if second:
        spoken += f" and {cardinal(second)} {'second' if second == 1 else 'seconds'}"
    if m.group(4):
        spoken += f" {_meridiem(m.group(4), m)}"
    return spoken


_NOON = re.compile(r"\s(?:noon|midnight|o['’]clock)\b")


def _before_noon(m: re.Match[str]) -> bool:
    """"12:00 noon", "12:00 midnight": the word says what "o'clock" would ("twelve noon"), and
    "3:00 o'clock" has it written already."""
    return _NOON.match(m.string, m.end()) is not None


def _time_24h(m: re.Match[str]) -> str:
    hour, minute = int(m.group(2)), int(m.group(3))
    if minute == 0 and _before_noon(m):
        spoken = cardinal(hour)
    elif minute == 0:
        spoken = f"{cardinal(hour)} o'clock" if hour <= 12 else f"{cardinal(hour)} hundred"
    else:
        spoken = clock(hour, minute)
    return f"{m.group(1)}{spoken}"


def _colon_time(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), int(m.group(2))
    if minute == 0 and hour > 12:
        return f"{cardinal(hour)} hundred"
    if minute == 0 and hour and not _before_noon(m):
        return f"{cardinal(hour)} o'clock"  # "8:00 tonight"
    return clock(hour, minute)


def _unit(n: int, name: str) -> str:
    return f"{cardinal(n)} {name}{'' if n == 1 else 's'}"


def _seconds_said(seconds: str, fraction: str | None) -> str:
    if not fraction:
        return _unit(int(seconds), "second")
    return f"{cardinal(int(seconds))} point {' '.join(cardinal(int(c)) for c in fraction)} seconds"


def _elapsed(minute: int, second: int) -> str:
    """A timer or a video's timestamp, which no clock shows at hour zero: "00:00:01" -> "one
    second", "0:02:30" -> "two minutes and thirty seconds"."""
    if not minute:
        return _unit(second, "second")
    if not second:
        return _unit(minute, "minute")
    return f"{_unit(minute, 'minute')} and {_unit(second, 'second')}"


def _duration(m: re.Match[str]) -> str:
    """A race or record time: "finished in 2:03:23" -> "two hours, three minutes and
    twenty-three seconds"; "a 3:59.4 mile" -> "three minutes fifty-nine point four seconds"."""
    if m.group("m") is None:
        return (f"{_unit(int(m.group('m2')), 'minute')} "
                f"{_seconds_said(m.group('s2'), m.group('f2'))}")
    return (f"{m.group('pre')}{_unit(int(m.group('h')), 'hour')}, "
            f"{_unit(int(m.group('m')), 'minute')} and {_seconds_said(m.group('s'), m.group('f'))}")


_ZONES = (r"GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|JST|IST|AEST|"
          r"hrs|hours|h|local time|Kyiv time|Moscow time|Zulu|Z")


def _military(m: re.Match[str]) -> str:
    """"0900 GMT" -> "oh nine hundred", "1430 GMT" -> "fourteen thirty"."""
    hour, minute = int(m.group(1)), int(m.group(2))
    head = f"oh {cardinal(hour)}" if m.group(1).startswith("0") else cardinal(hour)
    tail = "hundred" if minute == 0 else (f"oh {cardinal(minute)}" if minute < 10
                                          else cardinal(minute))
    hours = " hours" if m.group(3) else ""  # "2300 hrs" -> "twenty-three hundred hours"
    return f"{head} {tail}{hours}"


_CLOCK_WORDS = re.compile(r"\b(?:reopen\w*|depart\w*|arriv\w*|landed|took off|left|curfew|local time|GMT|UTC|"
                          r"crash\w*|collision|ferry|flight|train|bus|sailing|tonight|evening|overnight|"
                          r"night|shift|alarm|called|hours)\b")
_MARKET_WORDS = re.compile(r"\b(?:index|indices|shares?|stocks?|points?|Nikkei|Sensex|FTSE|Dow|Nasdaq|"
                           r"S&P|price|prices|traded|yen|rupees?)\b|[$€£%]")


def _late_clock(m: re.Match[str]) -> str:
    """"reopened at 2145": a late 24-hour time where the sentence speaks of the clock, not of a
    market's level ("the index closed at 2145")."""
    if _CLOCK_WORDS.search(m.string) is None or _MARKET_WORDS.search(m.string) is not None:
        return m.group(0)
    return _hhmm(m.group(0))


def _hhmm(hhmm: str) -> str:
    hour, minute = int(hhmm[:2]), int(hhmm[2:])
    head = f"oh {cardinal(hour)}" if hhmm.startswith("0") else cardinal(hour)
    tail = "hundred" if minute == 0 else (f"oh {cardinal(minute)}" if minute < 10
                                          else cardinal(minute))
    return f"{head} {tail}"


_CLOCK_SPAN_BEFORE = re.compile(r"\b(curfew|from|between|hours?|shifts?|daily|nightly|"
                                r"closed|open|runs?)\b[^.;]{0,12}$", re.IGNORECASE)


_HOURS_WORDS = frozenset({"hrs", "hr", "h", "hours"})
_ZONE_AFTER = re.compile(rf"\s?(?:{_ZONES})\b")


def _military_span(m: re.Match[str]) -> str:
    """"a 2200-0600 curfew" -> "twenty-two hundred to oh six hundred": two 24-hour clock
    times, when one has its leading zero, a zone follows, or a word that takes a time is
    before; otherwise a range of numbers ("1500-2000 troops")."""
    first, second = m.group(1), m.group(2)
    marked = (first.startswith("0") or second.startswith("0") or m.group(3)
              or _ZONE_AFTER.match(m.string, m.end()))
    context = _CLOCK_SPAN_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    if not (marked or context):
        return m.group(0)
    if not marked and context and context.group(1).lower() in ("from", "between") and (
            1000 <= int(first) < int(second) <= 2099):
        return m.group(0)  # "from 2000-2010", "between 1914-1918": years, for the range pass
    return f"{_hhmm(first)} to {_hhmm(second)}{' hours' if m.group(3) in _HOURS_WORDS else ''}"


def _hour_h(m: re.Match[str]) -> str:
    """"14h30", "9h05", "20h00": the French and broadcast way of writing a 24-hour time, said
    as "fourteen thirty", "nine oh five", "twenty hundred"; a span after "a", "in", "took"
    ("took 4h30") is hours and minutes."""
    hour, minute = int(m.group(1)), int(m.group(2))
    if _SPAN_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return f"{_unit(hour, 'hour')} {_unit(minute, 'minute')}" if minute else _unit(hour, "hour")
    if minute == 0:
        return f"{cardinal(hour)} hundred" if hour > 12 else f"{cardinal(hour)} o'clock"
    return clock(hour, minute)


_RACE_BEFORE = re.compile(r"\b(?:ran|run|runs|running|swam|swim|swims|raced|rode|skated|clocked|"
                          r"finished|finishes|completed|covered|mile|lap|laps|race|marathon|"
                          r"relay|sprint|metres|meters|km|record)\b[^.;:]{0,30}\bin\s$")
"""Before "in 4:07": a race or a distance, so the time is how long it took."""
_RACE_WORD_BEFORE = re.compile(r"\b(clocked|timed|time of|record of|in)\s$")


def _race_time(m: re.Match[str]) -> str:
    """"ran the mile in 4:07", "clocked 1:43", "a time of 12:58": minutes and seconds of a
    race, not a time of day ("at 4:07")."""
    word = _RACE_WORD_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
    if word is None or (word.group(1) == "in" and not _RACE_BEFORE.search(
            m.string, max(0, m.start() - 50), m.start())):
        return m.group(0)
    return _elapsed(int(m.group(1)), int(m.group(2)))


_SPAN_BEFORE = re.compile(r"\b(?:in|of|took|takes|lasted|after)\s$")
""""finished in 2h05", "took 4h30": a span of time, not a time of day."""


def _tv_slot(m: re.Match[str]) -> str:
    """"8/7c", "9:30/8:30c": a network's slot, Eastern and Pacific then Central time."""
    return f"{clock(*_hm(m.group(1)))}, {clock(*_hm(m.group(2)))} central"


def _zone_offset(m: re.Match[str]) -> str:
    """"GMT+1" -> "GMT plus one", "UTC-05:30" -> "UTC minus five thirty"."""
    sign = "plus" if m.group(2) == "+" else "minus"
    said = f"{m.group(1)} {sign} {cardinal(int(m.group(3)))}"
    return said + (f" {cardinal(int(m.group(4)))}" if m.group(4) and int(m.group(4)) else "")


_SAID_ZONES = ("SAST|WAT|EAT|CAT|WAST|HAST|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|IST|EST|AST|ART|CEST|"
               "EEST|CET|EET|WEST|WET|PHT|WIB|WITA|ICT|SGT|HKT|KST|JST|MSK")
"""Zones a voice would read as a word ("SAST", "EAT"): after a time, spelled."""


_SCRIPTURE = re.compile(r"\b(?:Surah|Sura|Surat|Psalms?|Qur['’]?an|Koran|Genesis|Exodus|Isaiah|Matthew|Mark|Luke|"
                        r"John|Acts|Romans|Revelation|Proverbs|Job|Numbers|Deuteronomy|[Vv]erse|[Cc]hapter) $")


def _scale_or_verse(m: re.Match[str]) -> str:
    """"odds of 1:250", "a 1:100 model": "one to two fifty"; a chapter and verse after its book
    ("Surah 2:255", "Psalm 119:105") is the two numbers."""
    first, second = m.group(1) or m.group(3), m.group(2) or m.group(4)
    if m.group(1) and _SCRIPTURE.search(m.string, max(0, m.start() - 16), m.start()):
        return f"{first} {second}"
    return f"{first} to {second}"


_PACE_UNITS = {"mi": "mile", "km": "kilometer", "kilometre": "kilometer"}

PASSES: tuple[Pass, ...] = (
    # a broadcast's two zones: "9 p.m. ET/PT" -> "ET and PT"
    (re.compile(r"(?<=\s)(ET|PT|CT|MT|EST|EDT|PST|PDT|CST|MST)/(ET|PT|CT|MT|EST|EDT|PST|PDT|CST|MST)\b"),
     lambda m: f"{m.group(1)} and {m.group(2)}"),
    # a timetable's departure and arrival: "dep. 9:40 a.m., arr. 1:15 p.m." -> "departs",
    # "arrives" (a time follows)
    (re.compile(r"\b([Dd]ep|[Aa]rr)\b\.? (?=\d{1,2}(?::\d\d|\s?[ap]\.?m\b))"),
     lambda m: {"d": "departs ", "a": "arrives "}[m.group(1)[0].lower()]),
    # a runner's pace: "an 8:30/mile pace", "4:45/km" -> "eight thirty per mile"
    (re.compile(r"\b(\d{1,2}:[0-5]\d)\s?/\s?(mile|mi|km|kilometer|kilometre|lap)\b\.?"),
     lambda m: f"{m.group(1)} per {_PACE_UNITS.get(m.group(2), m.group(2))}"),
    # a game clock: "with :03 left", "just 0:45 left" -> "three seconds", "forty-five seconds"
    (re.compile(r"(?<![\w:])0?:(\d\d)(?= (?:left|remaining|to play|to go|on the clock)\b)"),
     lambda m: f"{cardinal(int(m.group(1)))} second{'' if int(m.group(1)) == 1 else 's'}"),
    # a zone after a time, spelled: "16:00 SAST", "9 a.m. EAT", "10:00 IST"
    (re.compile(rf"(?<=\d )({_SAID_ZONES})\b|(?<=[ap]\.m\. )({_SAID_ZONES})\b|"
                rf"(?<=\d[ap]m )({_SAID_ZONES})\b"),
     lambda m: ".".join(m.group(0)) + ("" if m.string.startswith(".", m.end()) else ".")),
    # "noon-2 p.m.", "midnight-5 a.m.": a span of time from a word
    (re.compile(r"\b([Nn]oon|[Mm]idnight)\s?[-–]\s?(?=\d)"), lambda m: f"{m.group(1)} to "),
    # "8:15 p.m. ET/5:15 p.m. PT": one time in two zones
    (re.compile(r"\b(ET|PT|CT|MT|GMT|BST|EST|PST|CST|UTC)/(?=\d)"), lambda m: f"{m.group(1)}, "),
    # a zone's offset from UTC: "GMT+1", "UTC -5", "UTC+05:30"
    (re.compile(r"\b(GMT|UTC)\s?([+−-])\s?(\d{1,2})(?::?([0-5]\d))?\b(?![.,]\d)"), _zone_offset),
    # a television slot: "8/7c" -> "eight, seven central", "10:30/9:30c"
    (re.compile(r"(?<![\w/.:])((?:1[0-2]|[1-9])(?::[0-5]\d)?)/((?:1[0-2]|[1-9])(?::[0-5]\d)?)c\b"
                r"(?![\w'’-])"), _tv_slot),
    # a scale or odds no clock can show: "a 1:100 model", "1:50,000 maps", "odds of 1:250",
    # "a 3.5:1 ratio"
    (re.compile(r"(?<![\w.:,])(\d{1,3}):(\d{1,3}(?:,\d{3})+|\d{3,7})(?![\d:]|[.,]\d)|"
                r"(?<![\w.:,])(\d{1,3}\.\d{1,2}):(\d{1,3}(?:\.\d{1,2})?)(?![\d:]|[.,]\d)"),
     _scale_or_verse),
    # the two ends of the 24-hour day: "00:00" is midnight, "24:00" "twenty-four hundred"
    (re.compile(r"(?<![\w.:,])(00|24):00\b(?![:.,]\d)"),
     lambda m: "midnight" if m.group(1) == "00" else "twenty-four hundred"),
    (re.compile(r"(?<![\w.,:])([01]?\d|2[0-3])h([0-5]\d)\b(?![.,:]\d)"), _hour_h),
    # durations: after "in", "of", "clocked", "ran", "won"... "2:03:23"; and any "3:59.4" (tenths of a second)
    (re.compile(r"(?P<pre>\b(?:in|of|clocked|timed|time|record|finish|ran|run|runs|won|wins|finished|finishes|completed|posted|set|broke|swam|rode|took|lasted)\s|(?<=[a-z])['’]s\s(?=\d:))(?P<h>\d{1,2}):"
                r"(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?\b(?![.:]\d)"
                r"|(?<![\d:.])(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3})\b(?![.:]\d)"),
     _duration),
    (re.compile(rf"(\d(?<![\w.:]\d)\d?):([0-5]\d)\b(?![.:]\d)(?!\s?{_AMPM})"), _race_time),
    # minutes past any hour of a day: "crossed the line in 27:14" (no clock says 27), minutes and
    # seconds wherever they stand (a ratio or a score has no two-digit second part)
    (re.compile(r"(?<![\w.:])(2[4-9]|[3-5]\d):([0-5]\d)\b(?![.:]\d)"),
     lambda m: _elapsed(int(m.group(1)), int(m.group(2)))),
    # hours and minutes with their letters: "1h 45m", "2 h 10 min", "3hr 5mins", "4h 32m 10s"
    (re.compile(r"(\d(?<![\w.:]\d)\d?) ?(?:h|hrs?) ?([0-5]?\d) ?m(?:ins?)?\b"
                r"(?: ?([0-5]?\d) ?s(?:ecs?)?\b)?(?![\w'’]|\.\w)"),
     lambda m: f"{_unit(int(m.group(1)), 'hour')} {_unit(int(m.group(2)), 'minute')}"
               + (f" {_unit(int(m.group(3)), 'second')}" if m.group(3) else "")),
    # "0600Z", "2200-0600Z": the Z of UTC written onto an aviation or military time, said "Zulu"
    (re.compile(r"(?:(?<=\d[-–])|(?<![\w.,:$£€-]))((?:[01]\d|2[0-3])[0-5]\d)Z\b"),
     lambda m: f"{m.group(1)} Zulu"),
    (re.compile(r"((?:[01](?<![\w.,:$£€-][01])\d|2(?<![\w.,:$£€-]2)[0-3])[0-5]\d)(?:\s?[-–]\s?|\s(?:to|until|till)\s)"
                r"((?:[01]\d|2[0-3])[0-5]\d)"
                rf"(?:\s?(hrs|hr|h|hours)\b\.?|(?=\s?(?:{_ZONES})\b))?(?![\w-]|[.,]\d)"), _military_span),
    (re.compile(rf"(?<![\w.,:$£€-])([01]\d|2[0-3])([0-5]\d)(?:\s?(hrs|hr|h)\b(?:\.(?= [a-z]))?|"
                rf"(?=\s?(?:{_ZONES})\b))"), _military),
    # a late 24-hour time after "at" and its kin, in a sentence of the clock: "the road reopened
    # at 2145" -> "twenty-one forty-five" (from 2100 on no year reads the same; "at 1630" is
    # "sixteen thirty" as a year or a time)
    (re.compile(r"(?:(?<=\bat )|(?<=\bby )|(?<=\buntil )|(?<=\bafter )|(?<=\bbefore )|(?<=\baround ))"
                r"(2[1-3])([0-5]\d)\b(?![,.]?\d)(?! (?:[a-z]+s|people|feet|meters|metres|units|votes|yen)\b)"),
     _late_clock),
    # a 24-hour time with its leading zero after "at", "for", "by", "until": "departs at 0615"
    # -> "oh six fifteen", "H-hour was set for 0530"
    (re.compile(r"(?:(?<=\bat )|(?<=\bfor )|(?<=\bby )|(?<=\buntil ))(0[1-9])([0-5]\d)\b"
                r"(?![,.]?\d|\s(?:hours?|hrs?)\b)"),
     lambda m: _hhmm(m.group(0))),
    (re.compile(rf"\b({_T}){_AMPM}?\s?[-–—]\s?({_T}){_AMPM}"), _time_range),
    (re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d):([0-5]\d)\b" + _AMPM + "?"), _seconds),
    (re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?" + _AMPM), _time_ampm),
    (re.compile(r"(\b(?:at|by|until|till|from|before|after|around|about|since|between|and|to)\s"
                r"|^)([01]?\d|2[0-3]):([0-5]\d)\b(?![.,]\d)"
                rf"(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:{TIME_FOLLOWERS})\b))"), _time_24h),
    # "at 17.56": a full stop between hour and minutes only after a word that takes a time
    # (at the start only before such a word, or alone past noon: "3.14" alone is a number)
    (re.compile(r"(\b(?:at|until|till|from|before|after|around|since)\s|(?<=\d\.[0-5]\d\s)(?:to|until|till)\s|"
                rf"^(?=[\d.]+\s(?:{TIME_FOLLOWERS})\b|(?:1[3-9]|2[0-3])\.[0-5]\d\s*$))"
                r"(1?[1-9]|10|2[0-3])\.([0-5]\d)\b(?![.,]\d)"
                rf"(?=\s*(?:$|[,;)]|\.(?!\d)|\s(?:{TIME_FOLLOWERS})\b))"), _dotted_time),
    (re.compile(r"(?<![\d:.])\b([01]?\d|2[0-3]):([0-5]\d)\b(?!:)"), _colon_time),
)
