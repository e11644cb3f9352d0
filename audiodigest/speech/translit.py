"""Text in another script, made readable for the article's voice: romanization and scripts.

An English story that quotes a Belarusian slogan in Cyrillic must neither drop the quote nor be
refused: `romanize` writes it in Latin letters the way newsrooms do, with BGN/PCGN-style tables
for Russian, Ukrainian and Belarusian Cyrillic and for Greek ("Лукашэнка" -> "Lukashenka",
"Київ" -> "Kyiv", "Αθήνα" -> "Athina"; Belarusian ў is "u", as newsrooms write it:
"Tsikhanouskaya"), and `anyascii` for every other script. A lexicon entry
keyed by either spelling then gives the name as newsrooms spell it ("Lukashenko").

anyascii rather than unidecode: it covers more of Unicode and is maintained (ISC licence);
the slugs in show/names.py go through `romanize` too, so a file name spells a place as the
episode says it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from anyascii import anyascii

from ..models import base_language

__all__ = [
    "SCRIPTS",
    "Script",
    "ascii_fold",
    "foreign_runs",
    "guess_language",
    "readable_pattern",
    "romanize",
    "romanize_foreign",
    "script_of",
]


@dataclass(frozen=True, slots=True)
class Script:
    name: str
    characters: str
    """A regex character class of the script's letters."""
    languages: frozenset[str]
    """Languages written in it (whose espeak-ng voices read it)."""


SCRIPTS: tuple[Script, ...] = (
    Script("Cyrillic", "\u0400-\u04ff\u0500-\u052f",
           frozenset("ru uk be bg mk sr kk ky tt ba cv mn tg".split())),
    Script("Greek", "\u0370-\u03ff\u1f00-\u1fff", frozenset({"el", "grc"})),
    Script("Arabic", "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
           frozenset("ar fa ur ps sd ug ku ckb".split())),
    Script("Hebrew", "\u0590-\u05ff", frozenset({"he", "yi"})),
    Script("Han", "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff", frozenset({"zh", "cmn", "yue", "ja"})),
    Script("Kana", "\u3040-\u30ff\u31f0-\u31ff", frozenset({"ja"})),
    Script("Hangul", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f", frozenset({"ko"})),
    Script("Thai", "\u0e00-\u0e7f", frozenset({"th"})),
    Script("Devanagari", "\u0900-\u097f", frozenset("hi mr ne sa".split())),
    Script("Georgian", "\u10a0-\u10ff", frozenset({"ka"})),
    Script("Armenian", "\u0530-\u058f", frozenset({"hy"})),
)


def readable_pattern(language: str) -> re.Pattern[str]:
    """The letters a voice for `language` reads: Latin, plus its own script ("ru": Cyrillic)."""
    own = "".join(s.characters for s in SCRIPTS if base_language(language) in s.languages)
    return re.compile(f"[A-Za-z\u00c0-\u024f\u1e00-\u1eff{own}]")


def script_of(ch: str) -> Script | None:
    for script in SCRIPTS:
        if re.match(f"[{script.characters}]", ch):
            return script
    return None


_OTHER_SCRIPTS = "[" + "".join(s.characters for s in SCRIPTS) + "]"


def foreign_runs(readable: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern of runs of letters in a non-Latin script the voice does not read (`readable`
    is what it reads); symbols and Latin letters ("1º", "ß") are never foreign."""
    return re.compile(rf"(?:(?!{readable.pattern}){_OTHER_SCRIPTS})+")


def guess_language(text: str, hint: str | None = None) -> str | None:
    """The language of a foreign passage from its letters: Belarusian has ў and no и or щ,
    Ukrainian has ї, є, ґ and і beside и, Russian has и, щ, ъ; Greek is "el". `hint` (the
    language the text says it is in) wins when the letters allow it."""
    letters = {ch.lower() for ch in text if ch.isalpha()}
    script = next((script_of(ch) for ch in letters if script_of(ch) is not None), None)
    if script is None:
        return None
    if base_language(hint) in script.languages:
        return base_language(hint)
    if script.name == "Greek":
        return "el"
    if script.name != "Cyrillic":
        return sorted(script.languages)[0]
    if letters & set("їєґ"):
        return "uk"
    if "ў" in letters or ("і" in letters and "и" not in letters) or (
            letters & set("ыэ") and not letters & set("ищъ")):
        return "be"  # Belarusian writes і and never и, щ or ъ
    if "і" in letters:
        return "uk"
    return "ru"


# --- BGN/PCGN-style tables ---------------------------------------------------------------

_RU = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюя",
               "a b v g d e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya".split(),
               strict=True))
_RU["ё"] = "yo"
_UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
               "a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia".split(),
               strict=True))
_BE = dict(zip("абвгґдеёжзійклмнопрстуўфхцчшыьэюя",
               "a b v h g d ie io zh z i y k l m n o p r s t u u f kh ts ch sh y _ e iu ia".split(),
               strict=True))
_INITIAL = {
    # the iotated letters at a word's start or (Russian, Belarusian) after a vowel, soft sign or
    # apostrophe; Ukraine's national system writes them so only at the start ("Kyiv")
    "ru": {"е": "ye", "ё": "yo"},
    "uk": {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
    "be": {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"},
}
_TABLES = {"ru": _RU, "uk": _UK, "be": _BE}
_CYRILLIC_VOWELS = frozenset("аеёиіїоуўыэюяєьъ'’")
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "γγ": "ng", "γκ": "gk",
                "μπ": "mp", "ντ": "nt", "τσ": "ts", "τζ": "tz"}
_GREEK_UPSILON = {"αυ": "av", "ευ": "ev", "ηυ": "iv"}
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  "a v g d e z i th i k l m n x o p r s s t y f ch ps o".split(), strict=True))
_VOICELESS = frozenset("θκξπσςτφχψ")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def _cyrillic_word(word: str, language: str) -> str:
    table, initial = _TABLES[language], _INITIAL[language]
    out: list[str] = []
    prev = ""
    for ch in word:
        low = ch.lower()
        if low not in table and low not in initial:
            out.append(anyascii(ch) if ord(ch) > 127 else ch)
            prev = low
            continue
        if low in initial and (not prev or (prev in _CYRILLIC_VOWELS and language != "uk")):
            latin = initial[low]
        else:
            latin = table.get(low, initial.get(low, ""))
        latin = "" if latin == "_" else latin
        out.append(latin.capitalize() if ch.isupper() else latin)
        prev = low
    result = "".join(out)
    return result.upper() if word.isupper() and len(word) > 1 else result


def _greek_word(word: str) -> str:
    low = _strip_accents(word.lower())
    out: list[str] = []
    i = 0
    while i < len(low):
        pair = low[i : i + 2]
        if pair in _GREEK_UPSILON:
            after = low[i + 2 : i + 3]
            voiceless = not after or after in _VOICELESS
            spoken = _GREEK_UPSILON[pair]
            out.append(spoken[0] + ("f" if voiceless else "v"))
            i += 2
        elif pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            i += 2
        else:
            ch = low[i]
            out.append(_GREEK.get(ch, anyascii(ch)))
            i += 1
    result = "".join(out)
    if word.isupper() and len(word) > 1:
        return result.upper()
    return result.capitalize() if word[:1].isupper() else result


_WORD = re.compile(r"[^\W\d_][^\W\d_'’\u0300-\u036f]*(?:['’][^\W\d_]+)*")


def romanize(text: str, language: str | None = None) -> str:
    """Latin letters for `text`: BGN/PCGN-style for Russian, Ukrainian, Belarusian and Greek
    (`language`, or guessed from the letters), anyascii for anything else; Latin is kept."""
    lang = guess_language(text, language)

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        if w.isascii():
            return w
        script = script_of(w[0])
        if lang in _TABLES and script is not None and script.name == "Cyrillic":
            return _cyrillic_word(w, lang)
        if lang == "el":
            return _greek_word(w)
        return anyascii(w)

    return _WORD.sub(word, text)


def romanize_foreign(text: str, readable: re.Pattern[str], language: str | None = None,
                     keep: Callable[[str], bool] | None = None) -> str:
    """Romanize the words of `text` the voice cannot read (`readable` says what it reads);
    words `keep` accepts (the lexicon knows them) are left for the lexicon."""
    runs = foreign_runs(readable)
    if not runs.search(text):
        return text
    foreign = " ".join(runs.findall(text))
    lang = guess_language(foreign, language)
    out = []
    last = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        if runs.search(w) is None or (keep is not None and keep(w)):
            continue
        out.append(text[last : m.start()])
        out.append(romanize(w, lang))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def ascii_fold(text: str) -> str:
    """Any text in plain ASCII (for file names and slugs): "Жыве Беларусь" -> "Zhyve Belarus'"."""
    return anyascii(text)

