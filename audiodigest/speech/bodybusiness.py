"""Business and housing written short in the body text of other languages than English: a
quarter of the year ("el 3T", "au T3": "tercer trimestre", "troisième trimestre"), a French
half-year ("au S1": "premier semestre") and a flat's type by its rooms ("un T3 de 68 m²": "T
trois", Portuguese "o T1": "T um"). bodydates.py runs these with its date rules, before the sport
pages' (a flat's type before a quarter, which would take "ce T3").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule

__all__ = ["business_rules"]

_QUARTER = {"es": re.compile(r"\b(?P<n>[1-4])T\b(?!-)"),
            "fr": re.compile(r"(?<!\btram )(?<!\btramway )(?<!\bligne )\bT(?P<n>[1-4])\b(?!-)")}
"""A quarter of the year written short: Spanish "el 3T", French "au T3"."""
_QUARTER_WORDS = {"es": ("primer", "segundo", "tercer", "cuarto", "trimestre"),
                  "fr": ("premier", "deuxième", "troisième", "quatrième", "trimestre")}
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


def business_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    rules: list[Rule] = []
    if language in ("fr", "pt"):  # a flat's type before a quarter can take it: "ce T3 de 68 m²"
        rules.append((_FLAT_TYPE, _flat_type(language)))
    if language in _QUARTER:
        words = _QUARTER_WORDS[language]
        rules.append((_QUARTER[language], lambda m: f"{words[int(m.group('n')) - 1]} {words[4]}"))
    if language == "fr":
        rules.append((_FR_HALF, lambda m: ("premier" if m.group("n") == "1" else "second") + " semestre"))
    return tuple(rules)
