"""Units a price or a time is given in, in the body text of other languages than English:
a price's unit after its currency sign ("3,49 €/kg": "pro Kilogramm", "9,80 €/kg": "le
kilo", "12 €/mois": "par mois", "90 руб./кг": "за килограмм"), a unit written short after a
word of "per" with no number ("12,5 centesimi al kWh": "al chilowattora"), a Russian time in
seconds ("за 10,15 с": "секунды"), the French round-the-clock "24 h/24", "7 j/7", a sign
beside its currency's word ("$7 pesos"), Quebec's "2,5 G$" and "$ CA", and "3 mil M€".
bodynumbers.py runs these before the money and the decimals are written out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .bodyunits import UNITS
from .common import Pass as Rule
from .common import stop_kept

__all__ = ["price_unit_rules"]


_PER_UNIT = {
    # a price's unit after its currency sign and a slash: "3,49 €/kg", "9,80 €/kg", "85,40 €/MWh"
    "de": {"kg": "pro Kilogramm", "l": "pro Liter", "t": "pro Tonne", "kWh": "pro Kilowattstunde",
           "MWh": "pro Megawattstunde", "m²": "pro Quadratmeter", "h": "pro Stunde"},
    "es": {"kg": "el kilo", "l": "el litro", "t": "por tonelada", "kWh": "por kilovatio hora",
           "MWh": "por megavatio hora", "m²": "por metro cuadrado", "h": "por hora"},
    "fr": {"kg": "le kilo", "l": "le litre", "t": "la tonne", "kWh": "le kilowattheure",
           "MWh": "le mégawattheure", "m²": "le mètre carré", "h": "de l'heure"},
    "it": {"kg": "al chilo", "l": "al litro", "t": "alla tonnellata", "kWh": "al chilowattora",
           "MWh": "al megawattora", "m²": "al metro quadrato", "mq": "al metro quadrato",
           "h": "all'ora"},
    "pt": {"kg": "por quilo", "l": "por litro", "t": "por tonelada", "kWh": "por quilowatt-hora",
           "MWh": "por megawatt-hora", "m²": "por metro quadrado", "h": "por hora"},
}
for _language, _per in {"de": {"Barrel": "pro Barrel", "Feinunze": "pro Feinunze", "Nacht": "pro Nacht",
                                "Person": "pro Person", "Semester": "pro Semester", "Std.": "pro Stunde"},
                         "es": {"barril": "por barril", "onza": "por onza", "noche": "por noche",
                                "persona": "por persona"},
                         "fr": {"baril": "le baril", "once": "l'once", "nuit": "la nuit", "personne": "par personne"},
                         "it": {"barile": "al barile", "oncia": "all'oncia", "notte": "a notte",
                                "persona": "a persona"},
                         "pt": {"barril": "por barril", "onça": "por onça", "noite": "por noite",
                                "pessoa": "por pessoa", "hora": "por hora"}}.items():
    _PER_UNIT[_language].update(_per)  # a commodity's or a stay's price: "83,15 $/Barrel", "89 €/Nacht"
_PER_TIME = {"de": {"Monat": "pro Monat", "Jahr": "pro Jahr", "Tag": "pro Tag", "Woche": "pro Woche"},
             "es": {"mes": "al mes", "año": "al año", "día": "al día", "semana": "a la semana"},
             "fr": {"mois": "par mois", "an": "par an", "jour": "par jour", "semaine": "par semaine"},
             "it": {"mese": "al mese", "anno": "all'anno", "giorno": "al giorno", "settimana": "a settimana"},
             "pt": {"mês": "por mês", "ano": "por ano", "dia": "por dia", "semana": "por semana"}}
"""A price by the month, the year, the day after its sign: "12 €/mois", "9,99 €/Monat"."""
_PER_UNIT = {language: {**units, **_PER_TIME.get(language, {})} for language, units in _PER_UNIT.items()} | {
    "ru": {"кг": "за килограмм", "л": "за литр", "т": "за тонну", "мес.": "в месяц", "мес": "в месяц",
           "сутки": "за сутки", "барр.": "за баррель", "барр": "за баррель", "чел.": "с человека", "ч": "в час"}}
_PER_UNIT_AFTER_SIGN = re.compile(
    r"(?<=\d)(?P<sign>\s?(?:€|\$|£|R\$|руб\.|долл\.|₽))\s?/\s?(?P<unit>"
    + "|".join(sorted({re.escape(unit) for units in _PER_UNIT.values() for unit in units}, key=len, reverse=True))
    + r")(?![\w/²])")
"""A price's unit after its currency sign and a slash, any unit some language above has a word for."""


def _per_unit_after_sign(language: str) -> Callable[[re.Match[str]], str]:
    units = _PER_UNIT[language]
    return lambda m: (stop_kept(m, f"{m.group('sign')} {units[m.group('unit')]}") if m.group("unit") in units
                      else m.group(0))


_UNIT_AFTER_PER = re.compile(r"(?:(?<=\s)|(?<=^))(?P<per>pro|je|per|por|par|al|au|le|Le|el|за|на)\s"
                             r"(?P<unit>kWh|MWh|GWh|kg|km²|km|m²|m³|кВт·ч|МВт·ч|кг|км²|км|кв\. км|кв\. м)"
                             r"(?![\w/²³])")
"""A unit written short after a word of "per" with no number before it ("12,5 centesimi al
kWh", "16,5 cêntimos por kWh", "6,43 руб. за кВт·ч", "237 Einwohner je km²", "0,07 чел. на
кв. км"): the unit's word for one."""
_PER_AREA = re.compile(r"\b(?P<who>habitantes|habitants|abitanti|Einwohner|Einwohnern|человека?|жителей)"
                       r"\s?/\s?(?P<unit>km²|m²|км²|кв\. км)(?![\w²])")
"""A density after its people's word and a slash ("8,9 hab./km²", "195 ab./km²", the
abbreviation already said): "habitantes por kilómetro cuadrado", "abitanti per chilometro
quadrato" (espeak-ng: "barra")."""
_PER_WORD = {"de": "pro", "es": "por", "fr": "par", "it": "per", "pt": "por", "ru": "на"}


def _unit_after_per(language: str) -> Callable[[re.Match[str]], str]:
    units = UNITS[language]
    def say(m: re.Match[str]) -> str:
        forms = units.get(m.group("unit"))
        return m.group(0) if forms is None else f"{m.group('per')} {forms[0]}"
    return say


_RU_SECONDS = re.compile(r"(?:(?<=\d,\d)|(?<=\d,\d\d)|(?<=\d,\d\d\d))\s?с(?=[.,;!?)]|\s*$)")
"""Seconds after a Russian decimal at the end of a clause ("за 10,15 с."): "секунды"."""


_SIGN_BEFORE_SCALE = re.compile(
    r"(?<![\w$€£])(?P<sign>US\$|\$|€|£)\s?(?P<n>\d{1,3}(?:[.,]\d{1,3})?)\s(?P<scale>(?:mil\s)?"
    r"(?:millones|millón|milhões|milhão|biliões|bilhões|milioni|milione|miliardi|miliardo|millions|"
    r"million|milliards|milliard|Millionen|Million|Milliarden|Milliarde))\b")
"""A currency sign before an amount whose scale is written out ("US$ 200 millones", "€ 200
milioni"): the sign goes after the scale, where the scale's rules say "de dólares", "di euro"."""


_LONG_HOURS = re.compile(r"(?<![\d,.:/])(\d{2,3})\s?h\b(?![\d:/]|\s?\d)")
"""A span of hours past a day's 24 ("una huelga de 48 h", "les 35 h", "la settimana di 40 h"):
no clock time, so "horas", "heures" (espeak-ng: "hache")."""
_HOURS = {"de": "Stunden", "es": "horas", "fr": "heures", "it": "ore", "pt": "horas"}


_FR_ROUND_THE_CLOCK = re.compile(r"(?<![\d,.])(?P<n>\d{1,3})\s?(?P<u>h|j|jours?|heures?)\s?/\s?(?P=n)(?![\d/])")
""""24 h/24", "7j/7", "365 j/365": "vingt-quatre heures sur vingt-quatre", "sept jours sur
sept" (espeak-ng: "vingt-quatre heures barre vingt-quatre")."""


def _fr_round_the_clock(m: re.Match[str]) -> str:
    n = int(m.group("n"))
    unit = "heure" if m.group("u").startswith("h") else "jour"
    words = str(num2words(n, lang="fr"))
    return f"{words} {unit}{'s' if n > 1 else ''} sur {words}"


_SIGN_AND_WORD = re.compile(r"(?<![\w$])(?:US|MX|AR|CO|CL)?\$\s?(?=\d[\d.,]*\s(?:pesos?|dólar(?:es)?|reales|reais|"
                            r"soles|bolivianos|quetzales|colones|dollars?|euros?|francs?)\b)")
""""$7 pesos", "$ 1.500 pesos": the sign and the word name one currency; the word is said (the
sign alone would be "dólares" twice over)."""


_FR_DOLLAR_SCALE = re.compile(r"(?<=\d)\s?([GMk])\$(?!\w)")
"""Quebec's "2,5 G$" (milliards de dollars), "15 M$" (millions), "50 k$" (mille)."""
_FR_DOLLAR_SCALES = {"G": " milliards de $", "M": " millions de $", "k": " 000 $"}
_FR_DOLLAR_OF = re.compile(r"\$\s?(CA|US|CAN|USD)\b")
_FR_DOLLAR_WORDS = {"CA": "$ canadiens", "CAN": "$ canadiens", "US": "$ américains", "USD": "$ américains"}


_THOUSAND_MILLION = re.compile(r"(?<=\bmil )M(?=\s?€)")
""""3 mil M€": thousands of millions of euros, "três mil milhões de euros", "tres mil millones"."""


def price_unit_rules(language: str) -> tuple[Rule, ...]:
    """The rules for a unit a price or a time is given in, which run before the money and the
    decimals are written out (bodynumbers.py): "3,49 €/kg", "al kWh", "за 10,15 с"."""
    rules: list[Rule] = [(_SIGN_AND_WORD, lambda m: "")]
    if language in _PER_UNIT:
        rules.append((_PER_UNIT_AFTER_SIGN, _per_unit_after_sign(language)))
    if language in UNITS:
        rules.append((_UNIT_AFTER_PER, _unit_after_per(language)))
        if language in _PER_WORD:
            units = UNITS[language]
            rules.append((_PER_AREA, lambda m: (f"{m.group('who')} {_PER_WORD[language]} {units[m.group('unit')][0]}"
                                                if m.group("unit") in units else m.group(0))))
    if language in _HOURS:
        rules.append((_LONG_HOURS, lambda m: f"{m.group(1)} {_HOURS[language]}" if int(m.group(1)) > 24
                      else m.group(0)))
    if language == "ru":
        rules.append((_RU_SECONDS, lambda m: " секунды"))
    if language == "fr":
        rules.extend([(_FR_ROUND_THE_CLOCK, _fr_round_the_clock),
                      (_FR_DOLLAR_SCALE, lambda m: _FR_DOLLAR_SCALES[m.group(1)]),
                      (_FR_DOLLAR_OF, lambda m: _FR_DOLLAR_WORDS[m.group(1)])])
    if language in ("es", "pt"):
        rules.append((_THOUSAND_MILLION, lambda m: "milhões" if language == "pt" else "millones"))
    if language in ("de", "es", "fr", "it", "pt"):
        rules.append((_SIGN_BEFORE_SCALE, lambda m: f"{m.group('n')} {m.group('scale')} {m.group('sign')}"))
    return tuple(rules)
