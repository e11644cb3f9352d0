"""Numbers as a country says them where its language's other countries say them otherwise, for
a text whose language names the country ("pt-BR", "fr-BE", "fr-CH": a page's `lang`, which the
extractor keeps): Brazil's "dezesseis", "dezessete", "dezenove" (num2words writes Portugal's
"dezasseis"), Belgium's and Switzerland's "septante" and "nonante" (France's "soixante-dix",
"quatre-vingt-dix"; espeak-ng's French voice says France's from the digits). Switzerland's
"huitante" is left out: Geneva, like France, says "quatre-vingts". And "$" is the peso on a
page from Mexico, Argentina, Colombia, Chile or Uruguay. bodynumbers.py runs these first and last.
"""

from __future__ import annotations

import re

from num2words import num2words

__all__ = ["regional", "regional_signs"]

_PESO_COUNTRIES = {"mx": "MXN", "ar": "ARS", "co": "COP", "cl": "CLP", "uy": "UYU"}
"""Countries whose press writes "$" for its own peso ("$ 12.500" in Buenos Aires, "$7" in
Mexico City): on their pages the sign is the peso, not the dollar ("US$" stays the dollar)."""
_DOLLAR_SIGN = re.compile(r"(?<![\w$])\$\s?(?=\d)(?![\d.,]+\s+(?:pesos?|dólar(?:es)?)\b)")


def regional_signs(text: str, language: str) -> str:
    """`text` with a sign that means another currency in the country `language` names written
    as that currency's code, before the money's rules read it ("$ 12.500": "ARS 12.500")."""
    country = language.lower().replace("_", "-").partition("-")[2]
    if language.lower()[:2] == "es" and country in _PESO_COUNTRIES and "$" in text:
        return _DOLLAR_SIGN.sub(f"{_PESO_COUNTRIES[country]} ", text)
    return text

_BRAZILIAN = {"dezasseis": "dezesseis", "dezassete": "dezessete", "dezanove": "dezenove"}
_BRAZIL = re.compile(r"\b(dezasseis|dezassete|dezanove)")

_UNITS_AFTER_TEN = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept",
                    "dix-huit", "dix-neuf")
_SEVENTY_NINETY = re.compile(r"\b(soixante|quatre-vin(?:gt)?)(?:-| et )("
                             + "|".join(sorted(_UNITS_AFTER_TEN, key=len, reverse=True)) + r")\b")
_ONES = ("", " et un", "-deux", "-trois", "-quatre", "-cinq", "-six", "-sept", "-huit", "-neuf")
_DIGITS_OF_70S_90S = re.compile(r"(?<![\d,.:/])\d{2,9}(?![\d,.:/]\d|\d)")


def _septante(m: re.Match[str]) -> str:
    tens = "septante" if m.group(1) == "soixante" else "nonante"
    return tens + _ONES[_UNITS_AFTER_TEN.index(m.group(2))]


def _in_words(m: re.Match[str]) -> str:
    """A number left in digits that France says with "soixante-dix" or "quatre-vingt-dix", in
    words (the others stay for the voice)."""
    words = str(num2words(int(m.group(0)), lang="fr"))
    return words if _SEVENTY_NINETY.search(words) else m.group(0)


def regional(text: str, language: str) -> str:
    """`text` (its numbers already in words where the rules wrote them) with the numbers of the
    country `language` names."""
    country = language.lower().replace("_", "-").partition("-")[2]
    base = language.lower()[:2]
    if base == "pt" and country == "br" and "deza" in text:
        return _BRAZIL.sub(lambda m: _BRAZILIAN[m.group(1)], text)
    if base == "fr" and country in ("be", "ch"):
        return _SEVENTY_NINETY.sub(_septante, _DIGITS_OF_70S_90S.sub(_in_words, text))
    return text
