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
    if language not in _WEEKDAYS:
        return ()
    rules: tuple[Rule, ...] = ((_weekday_pattern(language), _weekday(language)),)
    if language == "ru":  # "кроме пн": the genitive
        rules += ((re.compile(r"(?<=кроме )(пн|вт|ср|чт|пт|сб|вс)\.?(?![\w])"),
                   lambda m: _RU_GENITIVE[m.group(1)]),)
    return rules


_AND = {"de": "und", "es": "y", "fr": "et", "it": "e", "pt": "e", "ru": "и"}
_JOINED_BY = {"de": "bis|und|oder", "es": "a|al|y|o", "fr": "au|et|ou", "it": "al|alla|e|o", "pt": "a|ao|à|e|ou",
              "ru": "по|и|до"}
"""The words that join two weekdays written short in a span or a list ("de lun. a vie.", "du
lun. au sam.", "dal lun. al ven.", "de seg. a sex.", "Mi. und Do.", "по вт и чт")."""
_RU_GENITIVE = dict(zip("пн вт ср чт пт сб вс".split(), "понедельника вторника среды четверга пятницы "
                        "субботы воскресенья".split(), strict=True))
_RU_ACCUSATIVE = dict(zip("пн вт ср чт пт сб вс".split(), "понедельник вторник среду четверг пятницу "
                          "субботу воскресенье".split(), strict=True))
_RU_DATIVE_PLURAL = dict(zip("пн вт ср чт пт сб вс".split(), "понедельникам вторникам средам четвергам "
                             "пятницам субботам воскресеньям".split(), strict=True))


def _weekday_pattern(language: str) -> re.Pattern[str]:
    """A weekday written short before a date ("Mo., 3. März", "lun. 3 mars", "пн, 3 марта"),
    in a span of two ("Mo.–Fr.", "lun-ven", "Sa./So.", "de lun. a vie.", "пн–пт") or a list
    ("Mo., Mi. und Do.", "по вт и чт"), after "кроме": only there, as "Fr." is also "Frau" and
    "mar." March."""
    short = _WEEKDAYS[language][0].split()
    day = "|".join(short + [w.capitalize() for w in short if w.islower()])
    stop = r"\.?" if language == "ru" else r"\."
    date = (r",?\s\d{1,2}\.(?:\s?[A-ZÄÖÜ]|(?:0?[1-9]|1[0-2])\.(?!\d))" if language == "de"  # not "Fr. 12.–"
            else r",?\s\d{1,2}(?:er|re|º|°|\.º)?(?:\s|$)")
    hours = (r"|(?=\s\d{1,2}(?:[.:]\d{2})?\s?(?:[–-]|bis)\s?\d{1,2}(?:[.:]\d{2})?\s?Uhr)"
             if language == "de" else "")  # opening hours: "Sa. 9–12 Uhr"
    listed = rf"|(?=,\s(?:{day}){stop}[\s,])"
    return re.compile(rf"(?<![\w.])(?P<a>{day})(?:{stop}(?:(?P<span>\s?[–-]\s?)(?P<b>{day}){stop}"
                      rf"|\s(?P<join>{_JOINED_BY[language]})\s(?P<c>{day}){stop}(?![\w])"
                      rf"|(?P<slash>/)(?P<d>{day}){stop}"
                      rf"|(?={date}){hours}{listed})"
                      rf"|(?P<bare>[–-])(?P<e>{day})(?![\w.]))")


def _weekday(language: str) -> Callable[[re.Match[str]], str]:
    short, full, to = _WEEKDAYS[language]
    names = dict(zip(short.split(), full.split(), strict=True))
    names.update({a.capitalize(): b[0].upper() + b[1:] for a, b in names.items() if a.islower()})

    def span(a: str, b: str, m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 5):m.start()]
        if language == "ru":
            said = f"{_RU_GENITIVE[a.lower()]} по {_RU_ACCUSATIVE[b.lower()]}"
            if before.endswith(("с ", "со ")):
                return said
            return f"{'со' if said.startswith('вт') else 'с'} {said}"  # "со вторника"
        if language == "it":
            to_b = "alla" if names[b].endswith("a") else "al"
            return (f"{names[a]} {to_b} {names[b]}" if re.search(r"\bdal?\s$", before)
                    else f"dal {names[a]} {to_b} {names[b]}")
        said = f"{names[a]} {to} {names[b]}"
        if language in ("es", "pt") and not re.search(r"\bde\s$", before):
            return f"de {said}"  # "lun.-vie.": "de lunes a viernes"
        return said

    def say(m: re.Match[str]) -> str:
        a = m.group("a")
        if m.group("b") or m.group("e"):
            return span(a, m.group("b") or m.group("e"), m)
        if m.group("c"):
            join, c = m.group("join"), m.group("c")
            if language == "ru":
                if join == "и" and m.string.endswith("по ", 0, m.start()):
                    return f"{_RU_DATIVE_PLURAL[a.lower()]} и {_RU_DATIVE_PLURAL[c.lower()]}"
                if join in ("по", "до"):
                    last = _RU_ACCUSATIVE[c.lower()] if join == "по" else _RU_GENITIVE[c.lower()]
                    return f"{_RU_GENITIVE[a.lower()]} {join} {last}"
                return f"{names[a]} и {names[c]}"
            return f"{names[a]} {join} {names[c]}"
        if m.group("d"):
            return f"{names[a]} {_AND[language]} {names[m.group('d')]}"
        return names[a]
    return say
