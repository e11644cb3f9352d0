"""Business and housing written short in the body text of other languages than English: a
quarter or a half of the year ("el 3T", "en el 1T25", "no 2T24", "no 1S", "nel 2Q", "au T3":
"tercer trimestre", "primer trimestre de dos mil veinticinco", "primeiro semestre", "troisième
trimestre"; "au S1": "premier semestre"; German "im 1. Hj." "Halbjahr", "das GJ 2024/25"
"Geschäftsjahr"; Russian "в 3 кв." "в третьем квартале", "в мес." "в месяц") and a flat's type
by its rooms ("un T3 de 68 m²": "T trois", Portuguese "o T1": "T um"). bodydates.py runs these
with its date rules, before the sport pages' (a flat's type before a quarter, which would take
"ce T3").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule
from .common import ru_converter

__all__ = ["business_rules"]

_QUARTER = {"es": re.compile(r"\b(?P<n>[1-4])(?P<k>[TS])(?P<y>\d\d)?\b(?!-)"),
            "pt": re.compile(r"\b(?P<n>[1-4])(?P<k>[TS])(?P<y>\d\d)?\b(?![-.,]\d)"),
            "it": re.compile(r"(?<=\b[Nn]el )(?:(?P<n>[1-4])(?P<k>[TQS])|Q(?P<n2>[1-4]))(?: (?P<y4>20\d\d))?\b(?!-)"),
            "fr": re.compile(r"(?<!\btram )(?<!\btramway )(?<!\bligne )\bT(?P<n>[1-4])\b(?!-)")}
"""A quarter (or a half) of the year written short: Spanish "el 3T", "1T25", "1S"; Portuguese
"no 2T24", "1S"; Italian "nel 2Q", "nel Q3 2024"; French "au T3"."""
_QUARTER_WORDS = {"es": ("primer", "segundo", "tercer", "cuarto", "trimestre", "semestre", "de"),
                  "pt": ("primeiro", "segundo", "terceiro", "quarto", "trimestre", "semestre", "de"),
                  "it": ("primo", "secondo", "terzo", "quarto", "trimestre", "semestre", "del"),
                  "fr": ("premier", "deuxième", "troisième", "quatrième", "trimestre", "semestre", "")}


def _quarter(language: str) -> Callable[[re.Match[str]], str]:
    words = _QUARTER_WORDS[language]

    def say(m: re.Match[str]) -> str:
        groups = m.groupdict()
        number, half = int(groups.get("n") or groups.get("n2") or 0), groups.get("k") == "S"
        if half and number > 2:
            return m.group(0)
        said = f"{words[number - 1]} {words[5] if half else words[4]}"
        year = groups.get("y") or groups.get("y4")
        if year:
            said += f" {words[6]} {num2words(int(year) if len(year) == 4 else 2000 + int(year), lang=language)}"
        return said
    return say


_FR_HALF = re.compile(r"(?:(?<=\b[AaDd]u )|(?<=\b[LlCc]e ))S(?P<n>[12])\b(?!-)")
"""French half-years: "au S1" -> "au premier semestre", "S2" "second semestre"."""


_FLAT_TYPE = re.compile(r"\b(?P<t>[TF])(?P<n>[0-9])\b(?![-+]|[.,]\d)")
"""A flat's type by its rooms ("un T3 de 68 m²", "o T1 em Lisboa", "un F4"): French pages
write a quarter ("au T3") and Formula One ("la F1") the same way, so there only where the
sentence is about housing."""
_HOUSING = re.compile(r"m²|m2\b|\b(?:appartement|logement|loyer|étage|pièces|location|studio|"
                      r"immobilier|rez-de-chaussée|RDC|balcon|duplex)", re.I)


def _flat_type(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        if (language == "fr" and not _HOUSING.search(m.string)) or (language == "pt" and m.group("t") == "F"):
            return m.group(0)  # "au T3", "la F1", "a F1": a quarter, Formula One
        n = int(m.group("n"))
        return f"{m.group('t')} {'um' if language == 'pt' and n == 1 else num2words(n, lang=language)}"
    return say


_RU_QUARTER = re.compile(r"\b(?P<prep>[Вв]о?|[Зз]а|[Дд]о|[Сс]) (?P<n>[1-4]) кв\.(?=\s|$|[,;:)])")
_RU_MONTH = re.compile(r"\b([Вв]|[Зз]а) мес\.(?=\s*(?:$|[,;:)]|[.!?](?:\s|$)))")


def _ru_quarter(m: re.Match[str]) -> str:
    """"в 3 кв." "в третьем квартале", "за 3 кв." "за третий квартал", "до 3 кв." "до третьего
    квартала"."""
    prep, number = m.group("prep"), int(m.group("n"))
    case, noun = {"в": ("p", "квартале"), "во": ("p", "квартале"), "за": ("a", "квартал"),
                  "до": ("g", "квартала"), "с": ("g", "квартала")}[prep.lower()]
    ordinal = ru_converter().to_ordinal(number, case=case, gender="m")
    return f"{prep} {ordinal} {noun}"


def business_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    rules: list[Rule] = []
    if language in ("fr", "pt"):  # a flat's type before a quarter can take it: "ce T3 de 68 m²"
        rules.append((_FLAT_TYPE, _flat_type(language)))
    if language in _QUARTER:
        rules.append((_QUARTER[language], _quarter(language)))
    if language == "de":
        rules.extend(((re.compile(r"\bHj\.?(?=\s|$|[,;:)])"), lambda m: "Halbjahr"),
                      (re.compile(r"\bGJ(?= (?:\d{4}|\d\d/\d\d)\b)"), lambda m: "Geschäftsjahr")))
    if language == "ru":
        rules.extend(((_RU_QUARTER, _ru_quarter), (_RU_MONTH, lambda m: f"{m.group(1)} месяц")))
    if language == "fr":
        rules.append((_FR_HALF, lambda m: ("premier" if m.group("n") == "1" else "second") + " semestre"))
    return tuple(rules)
