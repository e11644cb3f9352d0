"""A position in degrees and minutes, as a sea rescue or a mountain report gives it ("54° 12' N,
7° 48' O", "43° 10' с. ш."), in the article's language: "vierundfünfzig Grad zwölf Minuten
Nord", "quarantuno gradi cinque primi nord", "сорок три градуса десять минут северной широты".
espeak-ng reads the degree sign but not the minutes' apostrophe, and says a compass letter as a
letter. bodynumbers.py runs this before the degrees of temperature are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule
from .common import ru_converter

__all__ = ["coordinate_rules"]

_POSITION = re.compile(r"(?<![\d,.])(?P<d>\d{1,3})\s?°\s?(?P<m>\d{1,2})\s?['′’](?!')\s?"
                       r"(?P<dir>с\.\s?ш\.|ю\.\s?ш\.|в\.\s?д\.|з\.\s?д\.|[NSEOW])(?![\w.])(?P<stop>\.)?")

_WORDS: dict[str, tuple[tuple[str, str], tuple[str, str], dict[str, str], str]] = {
    # (degree: one, many), (minute: one, many), compass letters, the joiner before the minutes
    "de": (("Grad", "Grad"), ("Minute", "Minuten"),
           {"N": "Nord", "S": "Süd", "O": "Ost", "E": "Ost", "W": "West"}, " "),
    "es": (("grado", "grados"), ("minuto", "minutos"),
           {"N": "norte", "S": "sur", "E": "este", "O": "oeste", "W": "oeste"}, " "),
    "fr": (("degré", "degrés"), ("minute", "minutes"),
           {"N": "nord", "S": "sud", "E": "est", "O": "ouest", "W": "ouest"}, " "),
    "it": (("grado", "gradi"), ("primo", "primi"),
           {"N": "nord", "S": "sud", "E": "est", "O": "ovest", "W": "ovest"}, " "),
    "pt": (("grau", "graus"), ("minuto", "minutos"),
           {"N": "norte", "S": "sul", "E": "este", "O": "oeste", "W": "oeste"}, " e "),
}
_RU_SIDES = {"с": "северной широты", "ю": "южной широты", "в": "восточной долготы", "з": "западной долготы"}
_ONE_MINUTE = {"de": "eine", "es": "un", "fr": "une", "it": "un", "pt": "um"}
_ONE_DEGREE = {"de": "ein", "es": "un", "fr": "un", "it": "un", "pt": "um"}


def _ru_form(n: int, forms: tuple[str, str, str]) -> str:
    """The noun after a Russian number: "один градус", "два градуса", "пять градусов"."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def _position(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        degrees, minutes = int(m.group("d")), int(m.group("m"))
        side = m.group("dir")
        stop = "." if side.endswith(".") and m.end() == len(m.string) else m.group("stop") or ""
        if language == "ru":
            if side[0] not in _RU_SIDES:
                return m.group(0)
            ru = ru_converter()
            return (f"{ru.to_cardinal(degrees)} {_ru_form(degrees, ('градус', 'градуса', 'градусов'))} "
                    f"{ru.to_cardinal(minutes, gender='f')} {_ru_form(minutes, ('минута', 'минуты', 'минут'))} "
                    f"{_RU_SIDES[side[0]]}{stop}")
        degree, minute, sides, joiner = _WORDS[language]
        if side not in sides:
            return m.group(0)
        said_minutes = _ONE_MINUTE[language] if minutes == 1 else str(num2words(minutes, lang=language))
        said_degrees = _ONE_DEGREE[language] if degrees == 1 else str(num2words(degrees, lang=language))
        return (f"{said_degrees} {degree[degrees != 1]}{joiner}{said_minutes} "
                f"{minute[minutes != 1]} {sides[side]}{stop}")
    return say


def coordinate_rules(language: str) -> tuple[Rule, ...]:
    """The rule for a position in degrees and minutes in `language`."""
    if language not in _WORDS and language != "ru":
        return ()
    return ((_POSITION, _position(language)),)
