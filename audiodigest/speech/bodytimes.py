"""Clock times in an article in German, French, Spanish or Italian, in that language's words
(bodydates.py runs these rules among its dates; moved from there).

Measured with `espeak-ng -x -v LANG`: "14:30 Uhr" is "vierzehn dreißig Uhr", "8.15 Uhr" "acht
Punkt fünfzehn", "14h30" "quatorze ache trente", "21:00" "vingt et un zéro zéro", "20 h"
(Spanish) "veinte hache", Italian "alle 14.30" "quattordici punto trenta". A German time is said
"14 Uhr 30", a French one "quatorze heures trente", a Spanish one "las nueve y cinco", an Italian
one "alle quattordici e trenta".
"""

from __future__ import annotations

import re

from num2words import num2words

__all__ = ["DE_TIME", "DE_TIME_FROM", "ES_ONE_OCLOCK", "ES_POINT_TIME", "ES_TIME", "FR_TIME", "IT_TIME",
           "de_time", "es_hour", "es_point_time", "es_time", "fr_time", "it_time"]


DE_TIME = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?:\s?Uhr\b|(?=\s(?:UTC|MEZ|MESZ|GMT)\b))")


DE_TIME_FROM = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)\s?(?:[–-]|bis)\s?"
                          r"(?=(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?Uhr\b)")
"""The first time of a span whose "Uhr" is written once: "von 8.30 bis 16.45 Uhr", "von 5.30 bis 9
Uhr"."""


FR_TIME = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-4])(?:\s?h\s?|:)(?P<min>[0-5]\d)?"
                     r"(?=\W|$)(?!:)")


ES_TIME = re.compile(r"(?<![\d.,:])(?:(?P<from>[01]?\d|2[0-4])(?:[:.](?P<fmin>[0-5]\d))?(?:\s?[–—-]\s?|\sa\s))?"
                     r"(?P<h>[01]?\d|2[0-4])"
                     r"(?:[:.](?P<min>[0-5]\d))?\s?(?P<word>h|horas)\b")
"""A time with "h" or "horas" after it, or a span of hours ("de 10–14 h": "de diez a catorce
horas", "de 9:00 a 14:00 h": "de nueve a catorce horas")."""


ES_POINT_TIME = re.compile(r"(?P<before>\b(?:[Aa]|[Dd]e|[Dd]esde|[Hh]asta|[Hh]acia|[Ss]obre|[Ee]ntre|y|o|"
                           r"pasadas?|antes de|después de)\s+las?\s|\b[Ll]a\s(?=1[.:]))"
                           r"(?P<h>[01]?\d|2[0-4])[.:](?P<min>[0-5]\d)(?!\d|[.,:]\d|\s?h\b)")
"""Spanish "a las 23.30" with no "h" after: espeak-ng says "veintitrés punto treinta"; "a las
9.05", "a las 7:05": "nueve y cinco" (the voice says "siete cero cinco"); not "de las 2.231
participantes", a count with its thousands' point."""


def es_hour(hour: int) -> str:
    """An hour in Spanish, feminine as "la hora" is: "la una", "las veintiuna"."""
    return re.sub(r"uno$", "una", str(num2words(hour, lang="es")))


ES_ONE_OCLOCK = re.compile(
    r"\b([Ll]a) 1(?= de la (?:madrugada|mañana|tarde|noche)\b|\s?h\b| horas\b| en punto\b)")
"""Spanish "a la 1 de la madrugada": the hour is "una" (espeak-ng says "uno")."""


def es_point_time(m: re.Match[str]) -> str:
    hour = es_hour(int(m.group("h")))
    minutes = int(m.group("min"))
    return f"{m.group('before')}{hour}" + (f" {'y ' if minutes < 10 else ''}{minutes}"
                                           if minutes else "")


IT_TIME = re.compile(r"(?P<before>\b(?:[Aa]lle|[Dd]alle|[Ff]ino alle|[Vv]erso le|[Ee]ntro le|[Dd]elle|"
                     r"[Oo]re|[Ll]e)\s|\b(?:[Aa]ll|[Dd]all|[Ll]|[Ff]ino all)['’](?=1[.:]))"
                     r"(?P<h>[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)(?![\d.,]\d)")
"""Italian "alle 14.30": espeak-ng says "quattordici punto trenta"; "alle quattordici e
trenta"."""


def it_time(m: re.Match[str]) -> str:
    minutes = int(m.group("min"))
    hour = "una" if int(m.group("h")) == 1 else num2words(int(m.group("h")), lang="it")
    return f"{m.group('before')}{hour}" + (f" e {num2words(minutes, lang='it')}" if minutes else "")


def de_time(m: re.Match[str]) -> str:
    minutes = int(m.group("min"))
    return f"{int(m.group('h'))} Uhr" + (f" {minutes}" if minutes else "")


def fr_time(m: re.Match[str]) -> str:
    if ":" in m.group(0) and m.group("min") is None:
        return m.group(0)
    hour = int(m.group("h"))
    words = str(num2words(hour, lang="fr"))
    words = re.sub(r"\bun$", "une", words)
    said = f"{words} heure{'s' if hour > 1 else ''}"
    minutes = int(m.group("min") or 0)
    if minutes % 10 == 1 and minutes != 11:  # "23h01", "14h21": une minute, feminine
        return f"{said} {re.sub(r'un$', 'une', str(num2words(minutes, lang='fr')))}"
    return said + (f" {minutes}" if minutes else "")


def es_time(m: re.Match[str]) -> str:
    hour = int(m.group("h"))
    words = es_hour(hour)
    minutes = int(m.group("min") or 0)
    said = words + (f" {'y ' if minutes < 10 else ''}{minutes}" if minutes else "")
    if m.group("from"):  # "de 9:00 a 14:00 h", "de 9:30 a 14 h"
        start = int(m.group("fmin") or 0)
        said = (f"{es_hour(int(m.group('from')))}"
                f"{f' y {start}' if 0 < start < 10 else f' {start}' if start else ''} a {said}")
    return f"{said} hora{'' if hour == 1 and not minutes and not m.group('from') else 's'}"
