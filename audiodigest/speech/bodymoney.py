"""Amounts of money in an article in another language than English, in that language's words
(bodynumbers.py asks): a sign or a currency's name or abbreviation after or before the amount,
with its cents ("12,50 €", "€ 12,50", "1.200 руб.", "R$ 38,42", "CHF 12.50", "Fr. 3.–").

Measured with `espeak-ng -x -v LANG`: "12,50 €" is "zwölf Komma fünf null Euro", and a currency
written as an abbreviation ("zł", "Kč", "руб.", "грн") is spelt out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import CONVERTER_CLASSES, num2words

from .bodyagreement import german_one
from .bodycases import RU_ACCUSATIVE_BEFORE_COUNT, RU_CASE_OF, ru_cardinal
from .bodymeasures import of_currency
from .common import Pass as Rule
from .common import converter as _conv
from .common import keeping_stop

__all__ = ["money_rules"]


def _words(n: int, language: str) -> str:
    return str(num2words(n, lang=language))


# --- money ----------------------------------------------------------------------------------

_SYMBOLS = {"€": "EUR", "EUR": "EUR", "$": "USD", "US$": "USD", "USD": "USD", "£": "GBP",
            "GBP": "GBP", "zł": "PLN", "PLN": "PLN", "Kč": "CZK", "CZK": "CZK", "kr": "SEK",
            "SEK": "SEK", "₽": "RUB", "руб.": "RUB", "руб": "RUB", "RUB": "RUB", "₴": "UAH",
            "грн": "UAH", "грн.": "UAH", "UAH": "UAH", "BYN": "BYN", "бел. руб.": "BYN", "R$": "BRL",
            "KZT": "KZT", "Kz": "AOA", "MT": "MZN", "ARS": "ARS", "MXN": "MXN", "COP": "COP",
            "CLP": "CLP", "PEN": "PEN", "UYU": "UYU"}
_SYMBOL = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_CURRENCY_NAMES = {"euros": "EUR", "euro": "EUR", "Euro": "EUR", "евро": "EUR", "dólares": "USD",
                   "dollars": "USD", "Dollar": "USD", "dollari": "USD", "libras": "GBP",
                   "livres": "GBP", "Pfund": "GBP", "sterline": "GBP", "рублей": "RUB",
                   "рубля": "RUB", "рубль": "RUB"}
"""A currency written as its word after an amount with cents ("12,50 euros": espeak-ng says
"doce coma cincuenta euros")."""
_AFTER = "|".join(re.escape(s) for s in sorted([*_SYMBOLS, *_CURRENCY_NAMES], key=len,
                                                 reverse=True))
_AMOUNT = r"(?P<units>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<cents>\d{2})|,[-–]+)?"
_MONEY = re.compile(rf"(?<![\d,.])(?:{_AMOUNT}\s?(?P<after>{_AFTER})(?![\w])"
                    rf"|(?P<before>{_SYMBOL})\s?(?P<units2>\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:,(?P<cents2>\d{{2}}))?"
                    rf"(?!\d|,\d))")
_ABBREVIATED = frozenset("PLN CZK SEK RUB UAH BYN KZT AOA MZN ARS MXN COP CLP PEN UYU".split())
"""Currencies whose written abbreviation the voice spells out even without cents."""
_MORE_FORMS = {"pt": {"AOA": (("kwanza", "kwanzas"), ("cêntimo", "cêntimos")),
                      "MZN": (("metical", "meticais"), ("centavo", "centavos"))}}
"""Currencies of Portuguese-speaking Africa, which num2words does not name ("300 Kz", "15 MT")."""

def _money(language: str) -> Callable[[re.Match[str]], str]:
    conv = _conv(language)
    forms = {**getattr(conv, "CURRENCY_FORMS", {}), **_MORE_FORMS.get(language, {})}

    def say(m: re.Match[str]) -> str:
        written = m.group("after") or m.group("before")
        code = _SYMBOLS.get(written) or _CURRENCY_NAMES[written]
        if written in _CURRENCY_NAMES and not m.group("cents"):
            return m.group(0)  # "20 euros": the voice says it
        units = int((m.group("units") or m.group("units2")).replace(".", ""))  # "1.234,56 €"
        cents_text = m.group("cents") or m.group("cents2")
        cents = int(cents_text) if cents_text else 0
        if code not in forms or (not cents and code not in _ABBREVIATED):
            return m.group(0)
        if cents and units < 10 and code != "EUR" and _EURO_BEFORE.search(m.string, 0, m.start()):
            # an exchange rate: "der Euro fiel unter 1,07 Dollar", "1 € = 1,08 $": a decimal
            # ("eins Komma null sieben Dollar"), not a dollar and seven cents
            return f"{units},{cents_text} {conv.pluralize(2, forms[code][0])}"
        unit_forms, cent_forms = forms[code][0], forms[code][1]
        money = getattr(conv, "_money_verbose", None)
        words = str(money(units, code)) if callable(money) else _words(units, language)
        if language in ("de", "it") and units == 1:  # "ein Euro", "un euro": not "eins"
            words = german_one(m.string[:m.start()]) if language == "de" else "un"
        elif language == "es":
            words = _es_before_noun(words)
        elif language == "ru":  # "за 1 500 руб.": "за тысячу пятьсот рублей"
            before = m.string[:m.start()].lower().split()
            governor = " ".join(before[-2:]) if " ".join(before[-2:]) in RU_CASE_OF else "".join(before[-1:])
            if RU_CASE_OF.get(governor) == "g":  # "до 6,43 руб.": "до шести рублей сорока трёх копеек"
                return _ru_genitive_money(units, cents, unit_forms, cent_forms, code)
            case = "a" if governor in RU_ACCUSATIVE_BEFORE_COUNT else "n"
            words = ru_cardinal(units, case, "f" if code == "UAH" else "m")
            if case == "a" and code == "UAH":
                unit_forms = ("гривну", *unit_forms[1:])  # "на одну гривну"
        unit = conv.pluralize(units, unit_forms)  # "dos millones de pesos"
        said = f"{words} {of_currency(units, unit, language)}{unit}"
        if cents:
            cent_verbose = getattr(conv, "_cents_verbose", None)
            cent_words = (str(cent_verbose(cents, code)) if callable(cent_verbose)
                          else _words(cents, language))
            if language == "es":
                cent_words = _es_before_noun(cent_words)
            if cents == 1 and language in ("de", "it"):
                cent_words = "ein" if language == "de" else "un"  # "un centesimo", "ein Cent"
            if units == 0:  # "0,45 €": "fünfundvierzig Cent", not "null Euro ..."
                return f"{cent_words} {conv.pluralize(cents, cent_forms)}"
            if language == "fr":  # "douze euros cinquante": the cents' word goes unsaid
                return f"{said} {cent_words}"
            said += f"{_CENTS_JOIN.get(language, '')} {cent_words} "
            said += conv.pluralize(cents, cent_forms)
        return said
    return say


def _ru_genitive_money(units: int, cents: int, unit_forms: tuple[str, ...],
                       cent_forms: tuple[str, ...], code: str) -> str:
    """An amount after a word that asks the genitive, every part declined: the noun in the
    genitive singular after a number ending in 1, the genitive plural after the rest."""
    def part(n: int, forms: tuple[str, ...], gender: str) -> str:
        form = forms[1] if n % 10 == 1 and n % 100 != 11 else forms[-1]
        return f"{ru_cardinal(n, 'g', gender)} {form}"
    said = part(units, unit_forms, "f" if code == "UAH" else "m")
    return f"{said} {part(cents, cent_forms, 'f')}" if cents else said


_EURO_BEFORE = re.compile(r"\b(?:[Ee]uro|евро)\b|€")
"""The euro named before an amount in another currency: that amount is its exchange rate."""
_CENTS_JOIN = {"es": " con", "it": " e", "pt": " e"}
"""The word between the units and the cents: "doce euros con cincuenta céntimos", "dodici
euro e cinquanta centesimi"."""


def _es_before_noun(words: str) -> str:
    """"uno" before a noun is "un" ("un euro", "veintiún céntimos")."""
    return re.sub(r"veintiuno$", "veintiún", re.sub(r"(?<!veinti)uno$", "un", words))


_FRANCS = {"de": ("Franken", "Franken"), "fr": ("franc", "francs"), "it": ("franco", "franchi")}
_SWISS_MONEY = re.compile(r"(?<![\w.])(?:(?P<code>CHF|SFr\.|Fr\.(?=\s?\d+\.(?:\d{2}|[-–,])))\s?(?P<n>\d+)"
                          r"(?:\.(?P<c>\d{2})|\.[-–,]+)?"
                          r"|(?P<n2>\d+)(?:[.,](?P<c2>\d{2})|[.,][-–,]+)?\s?CHF)(?![\w\d])")
"""Swiss francs written "CHF 25.–", "Fr. 12.50", "300 CHF", "27,60 CHF" (a point or comma before the rappen, a dash
for none): espeak-ng spells "CHF" and says the point. "Fr." only with that point ("Mo.–Fr. 9–18
Uhr" is Friday's)."""


def _swiss_money(language: str) -> Callable[[re.Match[str]], str]:
    one, many = _FRANCS[language]

    def say(m: re.Match[str]) -> str:
        units = int(m.group("n") or m.group("n2"))
        cents = m.group("c") or m.group("c2")
        said = f"{units} {one if units == 1 else many}"
        return said + (f" {int(cents)}" if cents and int(cents) else "")
    return say


def money_rules(language: str) -> tuple[Rule, ...]:
    """The rules for money in `language`, in the order they run (after thousands are joined,
    before the amounts of bodymeasures.py)."""
    rules: list[Rule] = []
    if language in _FRANCS:
        rules.append((_SWISS_MONEY, _swiss_money(language)))
    if language in CONVERTER_CLASSES:
        rules.append((_MONEY, keeping_stop(_money(language))))
    return tuple(rules)
