"""The case of a number after a Polish word that governs one (bodycases.py asks): "około 3/4
wyborców" is "około trzech czwartych wyborców", "do 15 proc." "do piętnastu procent"; a fraction
elsewhere is written out in the nominative ("3/4": "trzy czwarte"). The same conservative rules
as the Russian ones in bodycases.py: the genitive from the governing word alone.
"""

from __future__ import annotations

import re

from num2words import num2words

from .bodydates import roman_value
from .common import Pass as Rule
from .common import either_case

__all__ = ["polish_rules"]


_PL_GENITIVE = ("około|do|od|z|ze|bez|dla|u|powyżej|poniżej|wśród|spośród|koło|wokół|"
                "sprzed|spod|zamiast|oprócz|podczas|w wieku|w ciągu|w wysokości|w granicach|"
                "w okolicach|na poziomie")
_PL_LOCATIVE = "w|we|o|przy|na|po"
_PL_GOVERNOR = either_case(f"{_PL_GENITIVE}|{_PL_LOCATIVE}")
_PL_WORDS = {
    # nominative -> genitive (= locative for the numbers from 2 up)
    "jeden": "jednego", "dwa": "dwóch", "trzy": "trzech", "cztery": "czterech",
    "pięć": "pięciu", "sześć": "sześciu", "siedem": "siedmiu", "osiem": "ośmiu",
    "dziewięć": "dziewięciu", "dziesięć": "dziesięciu", "jedenaście": "jedenastu",
    "dwanaście": "dwunastu", "trzynaście": "trzynastu", "czternaście": "czternastu",
    "piętnaście": "piętnastu", "szesnaście": "szesnastu", "siedemnaście": "siedemnastu",
    "osiemnaście": "osiemnastu", "dziewiętnaście": "dziewiętnastu",
    "dwadzieścia": "dwudziestu", "trzydzieści": "trzydziestu", "czterdzieści": "czterdziestu",
    "pięćdziesiąt": "pięćdziesięciu", "sześćdziesiąt": "sześćdziesięciu",
    "siedemdziesiąt": "siedemdziesięciu", "osiemdziesiąt": "osiemdziesięciu",
    "dziewięćdziesiąt": "dziewięćdziesięciu", "sto": "stu", "dwieście": "dwustu",
    "trzysta": "trzystu", "czterysta": "czterystu", "pięćset": "pięciuset",
    "sześćset": "sześciuset", "siedemset": "siedmiuset", "osiemset": "ośmiuset",
    "dziewięćset": "dziewięciuset", "tysiąc": "tysiąca", "tysiące": "tysięcy",
    "tysięcy": "tysięcy", "milion": "miliona", "miliony": "milionów", "milionów": "milionów",
}
_PL_THINGS = {
    # written -> (genitive singular, genitive plural)
    "%": ("procenta", "procent"),
    "km/h": ("kilometra na godzinę", "kilometrów na godzinę"),
    "m²": ("metra kwadratowego", "metrów kwadratowych"),
    "km²": ("kilometra kwadratowego", "kilometrów kwadratowych"),
    "km": ("kilometra", "kilometrów"), "m": ("metra", "metrów"), "cm": ("centymetra",
                                                                      "centymetrów"),
    "kg": ("kilograma", "kilogramów"), "t": ("tony", "ton"),
    "°C": ("stopnia Celsjusza", "stopni Celsjusza"), "°": ("stopnia", "stopni"),
    "ha": ("hektara", "hektarów"), "l": ("litra", "litrów"),
    "zł": ("złotego", "złotych"), "€": ("euro", "euro"), "$": ("dolara", "dolarów"),
}
_PL_THING = "|".join(re.escape(t) for t in sorted(_PL_THINGS, key=len, reverse=True))
_PL_CASED = re.compile(
    rf"(?<![\w-])(?P<gov>{_PL_GOVERNOR})(?P<sp>\s+)(?P<minus>[−-](?=\d))?"
    rf"(?:(?P<num>\d)/(?P<den>\d{{1,2}})(?![\d/])|(?P<n>\d+)(?P<half>,5)?)"
    rf"(?![\d,.:/]\d|[-\w/])"
    rf"(?:\s?(?P<thing>{_PL_THING})(?![\w²³/]))?"
    rf"(?:(?=\s+(?P<noun>[a-ząćęłńóśźż]+)))?")
_PL_YEAR = re.compile(r"rok|roku|r")


def pl_cardinal_genitive(n: int, feminine: bool = False) -> str:
    """A whole number in the genitive (the locative, from 2 up): every word declines
    ("dwustu pięćdziesięciu"), "jeden" only alone ("dwudziestu jeden")."""
    if n == 1:
        return "jednej" if feminine else "jednego"
    words = str(num2words(n, lang="pl")).split()
    return " ".join(w if w == "jeden" else _PL_WORDS.get(w, w) for w in words)


def _pl_fraction(num: int, den: int, genitive: bool) -> str:
    """"3/4" as "trzy czwarte" or, in the genitive, "trzech czwartych"."""
    ordinal = str(num2words(den, lang="pl", to="ordinal"))
    stem = ordinal[:-1]
    soft = ordinal.endswith("i")
    if genitive:
        whole = "jednej" if num == 1 else pl_cardinal_genitive(num)
        return f"{whole} {stem + ('iej' if soft else 'ej') if num == 1 else stem + ('ich' if soft else 'ych')}"
    if num == 1:
        return f"jedna {stem}{'ia' if soft else 'a'}"
    whole = "dwie" if num == 2 else str(num2words(num, lang="pl"))
    ending = ("ie" if soft else "e") if num < 5 else ("ich" if soft else "ych")
    return f"{whole} {stem}{ending}"


def _pl_cased(m: re.Match[str]) -> str:
    gov = re.sub(r"\s+", " ", m.group("gov")).lower()
    noun = m.group("noun") or ""
    thing = m.group("thing")
    locative = gov in _PL_LOCATIVE.split("|")
    if locative:
        # only with a noun in the locative plural after a plain number ("w 16 województwach")
        if thing or m.group("num") or not noun.endswith("ach") or int(m.group("n")) < 2:
            return m.group(0)
    if m.group("n") and noun and _PL_YEAR.fullmatch(noun):
        return m.group(0)
    if m.group("num"):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den <= 10:
            return m.group(0)
        said = _pl_fraction(num, den, True)
    else:
        n = int(m.group("n"))
        said = pl_cardinal_genitive(n, thing == "t" or not thing and noun.endswith(("y", "i")))
        if m.group("half"):  # "do 4,5%": "do czterech i pół procent"
            said += " i pół"
        if thing:
            one = n == 1 and not m.group("half") or m.group("half") and thing != "%"
            said += " " + _PL_THINGS[thing][0 if one else 1]
    if m.group("minus"):
        said = "minus " + said
    return f"{m.group('gov')}{m.group('sp')}{said}"


_PL_FRACTION = re.compile(r"(?<![\w,./])(?P<num>\d)/(?P<den>\d{1,2})(?![\d/.,]\d|\w)")


def _pl_fraction_nominative(m: re.Match[str]) -> str:
    num, den = int(m.group("num")), int(m.group("den"))
    return _pl_fraction(num, den, False) if 0 < num < den <= 10 else m.group(0)


# --- ordinals: a place, an hour, a century -------------------------------------------------

_PL_ENDINGS = {  # form -> (ending after a stem in -y, in -i, in -gi or -ki)
    "m": ("y", "i", "i"), "f": ("a", "ia", "a"), "n": ("e", "ie", "ie"), "loc": ("ym", "im", "im"),
    "gen": ("ego", "iego", "iego"), "fgen": ("ej", "iej", "iej"), "facc": ("ą", "ią", "ą")}


def pl_ordinal(n: int, form: str) -> str:
    """"3" as an ordinal in `form` (a key of _PL_ENDINGS), every word of it ("dwudziestym
    pierwszym", "trzecia", "druga")."""
    words = str(num2words(n, lang="pl", to="ordinal")).split()
    return " ".join(w[:-1] + _PL_ENDINGS[form][w.endswith("i") + w.endswith(("gi", "ki"))]
                    for w in words)


_PL_LOCATIVE_BEFORE = frozenset("w we na o po przy".split())
_PL_MONTHS = frozenset("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
                       "października listopada grudnia".split())
_PL_PLACE = re.compile(r"(?P<before>\b\w+\s)?(?<![\d.,])(?P<n>\d{1,3})\.\s(?=(?P<noun>[a-ząćęłńóśźż]+)\b)")


def _pl_place(m: re.Match[str]) -> str:
    """"3. miejsce": "trzecie miejsce", "na 3. miejscu": "na trzecim miejscu", "3. runda":
    "trzecia runda", "3. rundę": "trzecią", "3. etap": "trzeci": the noun's gender and case by
    its ending (another locative, or a day before its month, is left alone)."""
    before, noun = m.group("before") or "", m.group("noun")
    if before.strip().lower() in _PL_LOCATIVE_BEFORE:
        if not noun.endswith("u"):
            return m.group(0)
        form = "loc"
    elif noun in _PL_MONTHS:
        return m.group(0)
    elif noun.endswith(("e", "o", "um")):
        form = "n"
    elif noun.endswith("a"):
        form = "f"
    elif noun.endswith("ę"):
        form = "facc"
    elif noun[-1] not in "aeiouyąę":
        form = "m"
    else:
        return m.group(0)
    return f"{before}{pl_ordinal(int(m.group('n')), form)} "


_PL_HOUR = re.compile(r"(?P<prep>\b(?:[Oo]|[Oo]d|[Dd]o|[Pp]o|[Pp]rzed|[Oo]koło)\s)"
                      r"(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?![\d.,:]\d)")


def _pl_hour(m: re.Match[str]) -> str:
    """"o 14:30": "o czternastej trzydzieści" (the hour an ordinal, feminine, in the case of
    its preposition: "-ej" for all of these)."""
    minutes = int(m.group("min"))
    said = pl_ordinal(int(m.group("h")), "fgen")
    if minutes:
        said += (" zero " if minutes < 10 else " ") + str(num2words(minutes, lang="pl"))
    return m.group("prep") + said


_PL_CENTURY = re.compile(r"(?P<prep>\b\w+\s)?\b(?P<r>X{0,2}(?:IX|IV|V?I{0,3}))(?<=[IVX])\s"
                         r"(?P<word>wiek|wieku|wiekiem|w\.)(?!\w)")


def _pl_century(m: re.Match[str]) -> str:
    """"w XIX wieku": "w dziewiętnastym wieku", "od XIX wieku": "dziewiętnastego", "XIX wiek":
    "dziewiętnasty" (the voice spells the numeral)."""
    prep, word = m.group("prep") or "", m.group("word")
    value = roman_value(m.group("r"))
    if word == "w.":
        word = "wieku" if prep.strip().lower() in _PL_LOCATIVE_BEFORE | {"z", "od", "do"} else "wiek"
    form = {"wiek": "m", "wiekiem": "loc"}.get(word) or (
        "loc" if prep.strip().lower() in _PL_LOCATIVE_BEFORE else "gen")
    return f"{prep}{pl_ordinal(value, form)} {word}"


_PL_PERSONS = re.compile(r"(?<![\w,.\-−+/:])(?P<n>[234])\s(?=[a-ząćęłńóśźż]+(?:ych|ich)\b)")
_PL_VIRILE = {2: "dwóch", 3: "trzech", 4: "czterech"}


def polish_rules() -> tuple[Rule, ...]:
    """The Polish rules, in the order they run."""
    return ((_PL_CENTURY, _pl_century), (_PL_HOUR, _pl_hour), (_PL_PLACE, _pl_place),
            (_PL_PERSONS, lambda m: _PL_VIRILE[int(m.group("n"))] + " "),
            (_PL_CASED, _pl_cased), (_PL_FRACTION, _pl_fraction_nominative))
