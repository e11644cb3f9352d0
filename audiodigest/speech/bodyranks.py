"""Military ranks written short before a name in another language than English (bodywords.py
reads them with its abbreviations): "Gen. Carsten Breuer", "el tte. gral. García", "le col.
Martin", "il ten. Bianchi", "o cor. Martins", "полк. Смирновым" (espeak-ng spells them or says
the letters as a word). Russian takes the case of the surname after it: "с полк. Смирновым" is
"с полковником", "по словам ген. Сырского" "генерала"."""

from __future__ import annotations

import re

from .common import Pass as Rule

__all__ = ["NAME", "RANKS", "RU_RANK_WORDS", "ru_rank_rule"]

NAME = r"(?=\s+[A-ZÄÖÜÉÈÁÍÓÚÑА-ЯЁ])"
"""A title's or a rank's abbreviation stands before a name: "M. Dupont", "Gen. Breuer", not
"ordre M."."""

RANKS: dict[str, tuple[tuple[str, str, bool], ...]] = {
    # (written, as a regex; said; whether it may end a sentence) in the order they are tried:
    # a two-word rank before its parts ("tte. gral." before "tte.")
    "de": tuple((rf"(?:{w}){NAME}", said, False) for w, said in (
        (r"Kpt\.\s?z\.\s?S\.", "Kapitän zur See"), (r"Brig\.-?Gen\.", "Brigadegeneral"),
        (r"Gen\.-?Lt\.", "Generalleutnant"), (r"Gen\.-?Maj\.", "Generalmajor"),
        (r"Oberstlt\.|Obstlt\.", "Oberstleutnant"), (r"Gen\.", "General"), (r"Kpt\.", "Kapitän"),
        (r"Hptm\.", "Hauptmann"), (r"Maj\.", "Major"), (r"Lt\.", "Leutnant"), (r"Adm\.", "Admiral"),
        (r"Fw\.", "Feldwebel"), (r"Uffz\.", "Unteroffizier"), (r"Abg\.", "Abgeordnete"))),
    "es": ((r"FF\.\s?AA\.", "Fuerzas Armadas", True), *((rf"(?:{w}){NAME}", said, False) for w, said in (
        (r"tte\.\s?gral\.", "teniente general"), (r"tte\.\s?cnel\.", "teniente coronel"),
        (r"gral\.", "general"), (r"cnel\.", "coronel"), (r"tte\.", "teniente"), (r"cmdte\.", "comandante"),
        (r"cap\.", "capitán"), (r"sgto\.", "sargento"), (r"alm\.", "almirante")))),
    "fr": tuple((rf"(?:{w}){NAME}", said, False) for w, said in (
        (r"lcl\.?", "lieutenant-colonel"), (r"gal|gén\.", "général"), (r"col\.", "colonel"),
        (r"lt\.?", "lieutenant"), (r"cne", "capitaine"), (r"cdt", "commandant"), (r"adj\.", "adjudant"),
        (r"sgt\.?", "sergent"))),
    "it": tuple((rf"(?:{w}){NAME}", said, False) for w, said in (
        (r"ten\.\s?col\.", "tenente colonnello"), (r"gen\.", "generale"), (r"col\.", "colonnello"),
        (r"ten\.", "tenente"), (r"cap\.", "capitano"), (r"magg\.", "maggiore"), (r"serg\.", "sergente"),
        (r"amm\.", "ammiraglio"))),
    "pt": ((r"(?<=\b[AaOo]s\s)FA\b", "Forças Armadas", True), *((rf"(?:{w}){NAME}", said, False) for w, said in (
        (r"ten\.-cor\.", "tenente-coronel"), (r"gen\.", "general"), (r"cor\.", "coronel"),
        (r"ten\.", "tenente"), (r"cap\.", "capitão"), (r"maj\.", "major"), (r"sarg\.", "sargento"),
        (r"alm\.", "almirante")))),
}

_RU_RANK = re.compile(r"(?<![\w.])(?P<rank>ген\.-?лейт\.|ген\.-?майор|ген\.|подп\.|полк\.|лейт\.)"
                      r"\s+(?P<name>[А-ЯЁ][а-яё]+)")
_RU_RANKS = {"ген.лейт.": "генерал-лейтенант", "ген.майор": "генерал-майор", "ген.": "генерал",
             "подп.": "подполковник", "полк.": "полковник", "лейт.": "лейтенант"}
"""(Looked up without the hyphen, which "ген.-лейт." has and "ген.лейт." has not.)"""
_RU_CASE_ENDINGS = (("ым", "ом"), ("им", "ом"), ("ого", "а"), ("его", "а"), ("ому", "у"), ("ему", "у"))
"""A surname's ending and the rank's ending in the same case: instrumental, genitive, dative."""
RU_RANK_WORDS = tuple(_RU_RANKS)


def _ru_rank(m: re.Match[str]) -> str:
    rank = _RU_RANKS[m.group("rank").replace("-", "")]
    name = m.group("name")
    ending = next((said for written, said in _RU_CASE_ENDINGS if name.endswith(written)), "")
    head, _, tail = rank.rpartition("-")
    return f"{head}{'-' if head else ''}{tail}{ending} {name}"


def ru_rank_rule() -> Rule:
    return _RU_RANK, _ru_rank
