"""Aircraft and runways in an article in another language than English: an Airbus type ("der
A320neo", "l'A350-900", "quatro A321LR": "A dreihundertzwanzig neo", "A trois cent cinquante neuf
cents"), a Boeing's series ("Boeing 737-800": "sept cent trente-sept huit cents", not "à huit
cents"), an Embraer ("Embraer E195"), a Russian type ("Ил-96-300", "Су-35": "Ил девяносто шесть
триста"), a runway's number and side ("la piste 26L": "vingt-six gauche", "pista 02": "zero
dois"), a ship's IMO number digit by digit ("IMO 9398682") and French knots ("à 22 nd").
bodynumbers.py runs these first, before a hyphen between numbers is a range.

From the digits the voices read "A320neo" as one word and "737-800" as a span.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule

__all__ = ["aircraft_rules"]

_AIRBUS = re.compile(r"(?<![\w-])A(3[0-8]\d)(neo|ceo|LR|XLR|XWB|F)?(?:-(\d{3,4}))?(?![\w-])")
_BOEING = re.compile(r"(?<=\bBoeing )(7[0-8]7)-(\d{1,3})(?:(ER|LR|F))?\b")
_EMBRAER = re.compile(r"(?<=\bEmbraer )E(\d{3})(?:-E2)?\b")
_RUSSIAN = re.compile(r"\b(Ил|Ту|Ан|Як|Бе|МС|Ми|Ка|Су|МиГ|Миг|SSJ|Суперджет)-?\s?(\d{1,3})(?:-(\d{1,3}))?(?![\w-])")
_RUNWAY = {
    "de": (r"Piste|Startbahn|Landebahn", ("links", "rechts", "Mitte"), "null"),
    "es": (r"pista", ("izquierda", "derecha", "central"), "cero"),
    "fr": (r"piste", ("gauche", "droite", "centrale"), "zéro"),
    "it": (r"pista", ("sinistra", "destra", "centrale"), "zero"),
    "pt": (r"pista", ("esquerda", "direita", "central"), "zero"),
    "ru": (r"ВПП|полос[аеуы]", ("левая", "правая", "центральная"), "ноль"),
}
"""A runway's word, its sides (left, right, centre) and the zero said before a single digit."""


def _words(number: str, language: str) -> str:
    return str(num2words(int(number), lang=language))


def _airbus(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        said = f"A {_words(m.group(1), language)}"
        if m.group(2):
            said += f" {m.group(2)}"
        if m.group(3):
            said += f" {_words(m.group(3), language)}"
        return said
    return say


def _runway(language: str) -> Callable[[re.Match[str]], str]:
    _, sides, zero = _RUNWAY[language]

    def say(m: re.Match[str]) -> str:
        number = m.group(2)
        said = f"{zero} {_words(number, language)}" if number.startswith("0") else _words(number, language)
        side = m.group(3)
        if side:
            said += " " + sides["LRC".index(side)]
        return f"{m.group(1)}{said}"
    return say


_IMO = re.compile(r"\b((?:IMO|OMI)(?:-Nummer)?:? )(\d{7})\b(?![.,]\d)")
"""A ship's IMO number, digit by digit as it is read out: "IMO 9398682", "numéro OMI 9312456"."""
_FR_KNOTS = re.compile(r"(?<![\w,.])(\d{1,3}(?:,\d)?) nd\b(?!['’\w])")
"""French knots, "à 22 nd": only apart from the number ("2nd" is "second")."""


def _digits(number: str, language: str) -> str:
    return " ".join(_words(d, language) for d in number)


def aircraft_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    if language not in _RUNWAY:
        return ()
    word = _RUNWAY[language][0]
    rules: list[Rule] = [
        (_AIRBUS, _airbus(language)),
        (_BOEING, lambda m: f"{_words(m.group(1), language)} {_words(m.group(2), language)}"
                            + (f" {m.group(3)}" if m.group(3) else "")),
        (_EMBRAER, lambda m: f"E {_words(m.group(1), language)}"),
        (re.compile(rf"(\b(?:{word})(?:\s|-)(?:n[°º.]\s?|№\s?)?)(\d{{2}})([LRC])?(?![\w,.]\d|\w)"), _runway(language)),
    ]
    rules.append((_IMO, lambda m: f"{m.group(1)}{_digits(m.group(2), language)}"))
    if language == "fr":
        rules.append((_FR_KNOTS, lambda m: f"{m.group(1)} {'nœud' if m.group(1) in ('1', '1,0') else 'nœuds'}"))
    if language == "ru":
        rules.append((_RUSSIAN, lambda m: f"{m.group(1)} {_words(m.group(2), 'ru')}"
                                          + (f" {_words(m.group(3), 'ru')}" if m.group(3) else "")))
    return tuple(rules)
