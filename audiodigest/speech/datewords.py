"""Numbers and dates in words, in the language of the article, for the script's own phrases.

espeak-ng reads digits with its own rules, which in many languages get a date wrong: German
"14. April" is "vierzehn April", Russian "14 апреля 2023 года" loses its cases. The byline's
date and the digest's count are written out here before synthesis: num2words for the words
(Russian with its cases), small declension rules for the genitive ordinals of Ukrainian,
Belarusian, Polish and Czech dates ("czternastego kwietnia dwa tysiące dwudziestego trzeciego
roku"), and the newsreader's English of numbers.py.
"""

from __future__ import annotations

from datetime import datetime

from num2words import CONVERTER_CLASSES, num2words

from ..models import base_language
from .numbers import cardinal, ordinal, year
from .speechdata import GERMAN_DAY_ORDINALS

__all__ = ["count_words", "spoken_day", "spoken_number", "spoken_year"]

_CS_DAYS = (
    "", *"prvního druhého třetího čtvrtého pátého šestého sedmého osmého devátého desátého "
    "jedenáctého dvanáctého třináctého čtrnáctého patnáctého šestnáctého sedmnáctého "
    "osmnáctého devatenáctého dvacátého".split(),
    *(f"dvacátého {w}" for w in "prvního druhého třetího čtvrtého pátého šestého sedmého "
      "osmého devátého".split()),
    "třicátého", "třicátého prvního",
)
"""Czech day ordinals in the genitive ("14. dubna" -> "čtrnáctého dubna"): num2words has no
Czech ordinals."""
_FIRST_DAY = {"fr": "premier", "es": "primero", "it": "primo", "pt": "primeiro"}
_FEMININE = {
    # a count of stories: the noun is feminine in these languages ("две новости")
    "ru": {1: "одна", 2: "две"}, "uk": {1: "одна", 2: "дві"}, "be": {1: "адна", 2: "дзве"},
    "pl": {1: "jedna", 2: "dwie"}, "cs": {1: "jedna", 2: "dvě"}, "pt": {1: "uma", 2: "duas"},
    "es": {1: "una"},
}


def spoken_number(n: int, language: str) -> str:
    """A cardinal in words: (3, "ru") -> "три"; digits where num2words has no such language."""
    lang = base_language(language)
    if lang == "en":
        return cardinal(n)
    if lang not in CONVERTER_CLASSES:
        return str(n)
    return str(num2words(n, lang=lang))


def count_words(n: int, language: str) -> str:
    """A count before a feminine noun ("две новости"), else the cardinal."""
    lang = base_language(language)
    override = _FEMININE.get(lang, {})
    if n % 10 in override and n % 100 not in (11, 12):
        head = spoken_number(n - n % 10, language) if n >= 10 else ""
        return f"{head} {override[n % 10]}".strip()
    return spoken_number(n, language)


def _genitive_slavic(words: str, language: str) -> str:
    """A masculine ordinal in the nominative -> genitive: every ordinal word declines in Polish
    ("dwudziesty trzeci" -> "dwudziestego trzeciego"), the last one in Ukrainian and
    Belarusian ("двадцять третій" -> "двадцять третього")."""
    parts = words.split()
    endings = {
        "uk": (("ій", "ього"), ("ий", "ого")),
        "be": (("і", "яга"), ("ы", "ага")),
        "pl": (("i", "iego"), ("y", "ego")),
    }[language]
    indices = range(len(parts)) if language == "pl" else [len(parts) - 1]
    for i in indices:
        for old, new in endings:
            if parts[i].endswith(old):
                parts[i] = parts[i][: -len(old)] + new
                break
    return " ".join(parts)


def spoken_day(day: int, language: str) -> str:
    """The day of a date as that language says it in a byline ("am Freitag, dem ...")."""
    lang = base_language(language)
    if lang == "en":
        return ordinal(day)
    if lang == "de":
        return GERMAN_DAY_ORDINALS[day] + "en"  # "dem vierzehnten April"
    if lang == "ru":
        return str(CONVERTER_CLASSES["ru"].to_ordinal(day, case="g", gender="n"))
    if lang in ("uk", "be", "pl"):
        return _genitive_slavic(str(num2words(day, lang=lang, to="ordinal")), lang)
    if lang == "cs":
        return _CS_DAYS[day]
    if lang == "sv":
        return str(num2words(day, lang="sv", to="ordinal"))
    if day == 1 and lang in _FIRST_DAY:
        return _FIRST_DAY[lang]
    return spoken_number(day, language)


def spoken_year(when: datetime, language: str) -> str:
    """The year of a date in words: Slavic dates say it as a genitive ordinal."""
    lang = base_language(language)
    y = when.year
    if lang == "en":
        return year(y)
    if lang == "ru":
        return str(CONVERTER_CLASSES["ru"].to_ordinal(y, case="g"))
    if lang in ("uk", "be", "pl"):
        return _genitive_slavic(str(num2words(y, lang=lang, to="ordinal")), lang)
    if lang in ("de", "fr", "es", "it", "pt", "nl"):
        return str(num2words(y, lang=lang, to="year"))
    return spoken_number(y, language)
