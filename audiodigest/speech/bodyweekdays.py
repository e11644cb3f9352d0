"""Weekdays written short in an article in another language than English ("Mo.–Fr.", "lun. 3
mars", "пн, 3 марта"), said in full (normalize.py runs these before a dash becomes a comma and
before German dates)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .common import Pass as Rule

__all__ = ["weekday_rules", "weekdays"]


_WEEKDAYS = {
    "de": ("Mo Di Mi Do Fr Sa So", "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag", "bis"),
    "es": ("lun mar mié jue vie sáb dom", "lunes martes miércoles jueves viernes sábado domingo", "a"),
    "fr": ("lun mar mer jeu ven sam dim", "lundi mardi mercredi jeudi vendredi samedi dimanche", "au"),
    "it": ("lun mar mer gio ven sab dom", "lunedì martedì mercoledì giovedì venerdì sabato domenica",
           ""),
    "pt": ("seg ter qua qui sex sáb dom", "segunda-feira terça-feira quarta-feira quinta-feira "
           "sexta-feira sábado domingo", "a"),
    "ru": ("пн вт ср чт пт сб вс", "понедельник вторник среда четверг пятница суббота воскресенье",
           ""),
}
"""Each language's weekdays written short, said in full, and its word for "to" between two
("Mo.–Fr." "Montag bis Freitag"; "" where a span needs more than a word)."""


def weekdays(language: str) -> tuple[str, ...]:
    """`language`'s weekdays in full, Monday first (none for a language not in the table)."""
    return tuple(_WEEKDAYS[language][1].split()) if language in _WEEKDAYS else ()


@lru_cache(maxsize=16)
def weekday_rules(language: str) -> tuple[Rule, ...]:
    """The weekday written short, for normalize.py to run before a dash becomes a comma (the
    span "Mo.–Fr.") and before German dates (the day after "Montag," is nominative)."""
    return ((_weekday_pattern(language), _weekday(language)),) if language in _WEEKDAYS else ()


def _weekday_pattern(language: str) -> re.Pattern[str]:
    """A weekday written short before a date ("Mo., 3. März", "lun. 3 mars", "пн, 3 марта")
    or in a span of two ("Mo.–Fr."): only there, as "Fr." is also "Frau" and "mar." March."""
    short = _WEEKDAYS[language][0].split()
    day = "|".join(short + [w.capitalize() for w in short if w.islower()])
    stop = r"\.?" if language == "ru" else r"\."
    date = (r",?\s\d{1,2}\.(?:\s?[A-ZÄÖÜ]|(?:0?[1-9]|1[0-2])\.(?!\d))" if language == "de"  # not "Fr. 12.–"
            else r",?\s\d{1,2}(?:er|re|º|°|\.º)?(?:\s|$)")
    hours = (r"|(?=\s\d{1,2}(?:[.:]\d{2})?\s?(?:[–-]|bis)\s?\d{1,2}(?:[.:]\d{2})?\s?Uhr)"
             if language == "de" else "")  # opening hours: "Sa. 9–12 Uhr"
    return re.compile(rf"(?<![\w.])(?P<a>{day}){stop}(?:(?P<span>\s?[–-]\s?)(?P<b>{day}){stop}"
                      rf"|(?={date}){hours})")


def _weekday(language: str) -> Callable[[re.Match[str]], str]:
    short, full, to = _WEEKDAYS[language]
    names = dict(zip(short.split(), full.split(), strict=True))
    names.update({a.capitalize(): b[0].upper() + b[1:] for a, b in names.items() if a.islower()})

    def say(m: re.Match[str]) -> str:
        if not m.group("b"):
            return names[m.group("a")]
        return f"{names[m.group('a')]} {to} {names[m.group('b')]}" if to else m.group(0)
    return say
