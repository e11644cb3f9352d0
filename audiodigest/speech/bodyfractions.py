"""Fractions in an article in another language than English ("3/4", "½", "1½ Stunden", "2 ½
heures"), in that language's words and the gender and case of what follows (bodymeasures.py asks).

From the digits the voices read a fraction wrong: "3/4" is "drei vier" or "three slash four"
("tres barra cuatro", "три слэш четыре"); "1½" drops the half.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .bodyagreement import DE_DATIVE_PREPOSITION, HALF_BEFORE, feminine_noun
from .bodyunits import UNITS
from .common import Pass as Rule
from .common import converter as _conv

__all__ = ["fraction_rule"]

_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4)}
_FRACTION = re.compile(r"(?<![\d/.,])(?:(?P<whole>\d+)\s?(?=[½⅓⅔¼¾]|1/2(?![\d/])))?(?:(?P<glyph>[½⅓⅔¼¾])"
                       r"|(?P<num>\d)/(?P<den>\d{1,2})(?![\d/]|\.\d))(?P<next>\s+\w+)?")
_DE_DENOMINATORS = {2: "Halbe", 3: "Drittel", 4: "Viertel"}
_FR_DENOMINATORS = {2: ("demi", "demis"), 3: ("tiers", "tiers"), 4: ("quart", "quarts")}
_ES_DENOMINATORS = {2: "medio", 3: "tercio", 4: "cuarto"}
_RU_DENOMINATORS = {2: ("вторая", "вторых"), 3: ("треть", "трети"), 4: ("четверть", "четверти")}
_HALF_AND = {"de": "{w}einhalb", "fr": "{w} et demi", "es": "{w} y medio", "ru": "{w} с половиной",
             "it": "{w} e mezzo", "pt": "{w} e meio", "nl": "{w} en een half"}
_DENOMINATORS = {
    # 2, 3, 4 as (one, more than one); "one" as said before them
    "it": ({2: ("mezzo", "mezzi"), 3: ("terzo", "terzi"), 4: ("quarto", "quarti")}, "un"),
    "pt": ({2: ("meio", "meios"), 3: ("terço", "terços"), 4: ("quarto", "quartos")}, "um"),
    "nl": ({2: ("half", "halve"), 3: ("derde", "derde"), 4: ("kwart", "kwart")}, "een"),
}


def _fraction_words(num: int, den: int, language: str, following: str) -> str:
    if language in _DENOMINATORS:
        table, one = _DENOMINATORS[language]
        if den not in table:
            if language not in ("it", "pt") or not 5 <= den <= 10:
                return ""
            ordinal = str(num2words(den, lang=language, to="ordinal"))  # "um quinto", "tre quinti"
            plural = ordinal[:-1] + ("i" if language == "it" else "os")
            return f"{one if num == 1 else num2words(num, lang=language)} {ordinal if num == 1 else plural}"
        return f"{one if num == 1 else num2words(num, lang=language)} {table[den][num > 1]}"
    if language == "de":
        if den == 2 and num == 1:
            return "ein halb"
        unit = _DE_DENOMINATORS.get(den) or str(num2words(den, lang="de", to="ordinal"))[:-1] + "tel"
        return f"{'ein' if num == 1 else num2words(num, lang='de')} {unit}"
    if language == "fr":
        forms = _FR_DENOMINATORS.get(den)
        if forms is None:
            ordinal = str(num2words(den, lang="fr", to="ordinal"))
            forms = (ordinal, ordinal + "s")
        return f"{num2words(num, lang='fr')} {forms[0] if num == 1 else forms[1]}"
    if language == "es":
        if following.lower() == "partes":  # "las tres cuartas partes"
            ordinal = "tercera" if den == 3 else str(num2words(den, lang="es", to="ordinal"))[:-1] + "a"
            return f"{num2words(num, lang='es')} {ordinal}s"
        noun = _ES_DENOMINATORS.get(den) or str(num2words(den, lang="es", to="ordinal"))
        return f"{'un' if num == 1 else num2words(num, lang='es')} {noun}{'s' if num > 1 else ''}"
    ru_forms = _RU_DENOMINATORS.get(den)
    whole = "одна" if num == 1 else "две" if num == 2 else str(num2words(num, lang="ru"))
    if ru_forms is None:
        conv = _conv("ru")
        ru_forms = (str(conv.to_ordinal(den, gender="f")),
                    str(conv.to_ordinal(den, case="g", plural=True)))
    return f"{whole} {ru_forms[0] if num == 1 else ru_forms[1]}"


_HALF_AFTER = {"es": ("y medio", "y media"), "fr": ("et demi", "et demie"),
               "it": ("e mezzo", "e mezza"), "pt": ("e meio", "e meia")}
"""The half after the noun ("3 ½ años": "tres años y medio", "2 ½ heures": "deux heures et
demie"), in the noun's gender."""


def _half_after(noun: str, language: str) -> str:
    return _HALF_AFTER[language][feminine_noun(noun, language)]


def _fraction(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        glyph = m.group("glyph")
        num, den = _VULGAR[glyph] if glyph else (int(m.group("num")), int(m.group("den")))
        following = (m.group("next") or "").strip()
        if not 0 < num < den <= 10:
            return m.group(0)
        whole = m.group("whole")
        if whole:
            if (num, den) != (1, 2):
                return m.group(0)
            words = num2words(int(whole), lang=language)
            if language == "de":
                words = "ein" if whole == "1" else words
            elif language == "ru":
                return ("полтора" if whole == "1" else _HALF_AND["ru"].format(w=words)) + (
                    m.group("next") or "")
            elif language in _HALF_AFTER and following.isalpha() and following.islower():
                return f"{words} {following} {_half_after(following, language)}"
            said = _HALF_AND[language].format(w=words)
        elif (num, den) == (1, 2) and language in _HALF_AFTER and language != "fr" and (
                following.isalpha() and following.islower()):
            said = _half_after(following, language).split()[1]  # "½ litro": "mezzo litro"
        elif (num, den) == (1, 2) and language in ("de", "ru") and following.isalpha():
            noun = UNITS[language][following][0] if following in UNITS[language] else following
            said = HALF_BEFORE[language](noun, m.string, m.start(), m.end())  # "½ Tablette", "½ TL"
            return f"{said} {noun}"
        else:
            said = _fraction_words(num, den, language, following)
            if not said:
                return m.group(0)
            if language == "de" and num > 1 and DE_DATIVE_PREPOSITION.search(m.string, max(0, m.start() - 8),
                                                                      m.start()):
                said += "n"  # "zu 2/3": "zu zwei Dritteln"
        return said + (m.group("next") or "")
    return say


def fraction_rule(language: str) -> Rule | None:
    """The rule for fractions in `language`, or None where it has none."""
    return (_FRACTION, _fraction(language)) if language in _HALF_AND else None
