"""Signs in the body text of other languages than English, in that language's words: "±",
"&" between names, a "+" after a number ("18+", "les + de 65 ans"), a product or relay of two
numbers ("4×100 m", "2x1"), "#1", points and basis points written short ("28 pts.", "25 pb"),
the French countdown "J-3", a French mark out of twenty and "bac+3", a law's number and year
("legge n. 107/2015", "Ley 3/2024"). espeak-ng names the sign ("plus-minus", "esperluette",
"multiplication") or drops it. bodywords.py runs these with the other written forms, before
the numbers are written out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .bodydates import roman_value
from .bodymeasures import SIGN_WORDS
from .bodyunits import UNITS
from .common import Pass as Rule
from .common import ru_converter, stop_kept

__all__ = ["sign_rules"]

_WORDS = {
    # plus or minus, and, plus, times, number, points, basis points
    "de": ("plus minus", "und", "plus", "mal", "Nummer", "Punkte", "Basispunkte"),
    "es": ("más menos", "y", "más", "por", "número", "puntos", "puntos básicos"),
    "fr": ("plus ou moins", "et", "plus", "fois", "numéro", "points", "points de base"),
    "it": ("più o meno", "e", "più", "per", "numero", "punti", "punti base"),
    "pt": ("mais ou menos", "e", "mais", "por", "número", "pontos", "pontos base"),
    "ru": ("плюс-минус", "и", "плюс", "по", "номер", "очков", "базисных пунктов"),
}

_PLUS_MINUS = re.compile(r"±\s?")
_AND = re.compile(r"(?<=\w) & (?=\w)")
"""An ampersand between words ("Dolce & Gabbana", "Silva & Filhos"); "AT&T" keeps its own."""
_PLUS_AFTER = re.compile(r"(?<=\d)\+(?![\d+])|(?<!\S)\+(?= de\b)|(?<=[A-Za-zÀ-ÿ]{2})\+(?=[\s,.;:!?)»\"]|$)")
""""18+", "50+": a number and more; French "les + de 65 ans": "plus de"; a name's plus
("quinté+", "Canal+", "Disney+"): "plus", as the brand says it in every language."""
_TIMES = re.compile(r"(?<![\w.,])(\d{1,2}) ?[×x] ?(?=\d{1,4}\b)")
"""A relay or a product of two numbers: "4×100 m", "2x1", "4x4"."""
_NUMBER_SIGN = re.compile(r"(?<![\w&])#(?=\d)")
_HASHTAG = re.compile(r"(?<![\w&])#(?=[^\W\d_])")
"""A hashtag: "#Netzausfall" -> "Hashtag Netzausfall" (espeak-ng says nothing for "#")."""
_HASHTAG_WORD = {"de": "Hashtag", "ru": "хештег"}
_BY = re.compile(r"(?<=\d{3})\s?×\s?(?=\d{1,2}[. \u00a0\u202f]?\d{3}\b|\d{3,4}\b)")
"""A screen's resolution or a size in pixels: "2.560 × 1.600" -> "por", "par", "per", "на"."""
_BY_WORD = {"de": "mal", "es": "por", "fr": "par", "it": "per", "pt": "por", "ru": "на"}
_VERSION = re.compile(r"\b(iOS|iPadOS|macOS|watchOS|visionOS|Android|Windows|HarmonyOS|[Vv]ersi[oó]n|[Vv]ersione|"
                      r"[Vv]ersão|[Vv]ersion|[Вв]ерси[яиюей])\s(\d{1,3})[.,](\d{1,2})(?:[.,](\d{1,2}))?\b(?![.,]\d)")
"""A software version: "iOS 18.4" -> "iOS dieciocho punto cuatro" (not a date or a decimal)."""
_CO2 = re.compile(r"\bCO(?:₂|2)(?![\w-])")
"""Carbon dioxide written with its subscript: "128 g/km CO₂" -> "CO zwei"."""
_TWO = {"de": "zwei", "es": "dos", "fr": "deux", "it": "due", "pt": "dois", "ru": "два"}
_POINT_WORD = {"de": "Punkt", "es": "punto", "fr": "point", "it": "punto", "pt": "ponto", "ru": "точка"}
_TITLE_NUMBER = re.compile(r"\b([A-Z]{2,5})\s((?=[IVX]{2,4}\b|V\b)X{0,3}(?:IX|IV|V?I{0,3}))\b(?![\w.-])")
"""A game's or a product's number after its initials: "GTA VI" -> "GTA sechs" (a cardinal)."""
_POINTS = re.compile(r"(?<=\d )pts\b\.?|(?<=\d)pts\b\.?")
_BASIS_POINTS = re.compile(r"(?<=\d )(?:pb|bp|Bp|б\.\s?п\.)(?!\w)")
"""Basis points written short after a number: "25 pb", "25 Bp"."""
_POWER = re.compile(r"(?:(?<![\w,.])(?P<m>\d+(?:,\d+)?)\s?[×x·]\s?)?(?<![\w,.])10(?P<e>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
                    r"(?:\s(?P<unit>m/s|м/с|km|км|kg|кг|m|м)(?![\w/]))?")
"""A power of ten in scientific notation: "3 × 10⁸ m/s", "6,02·10²³", "10⁻⁶"."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_POWER_WORDS = {  # times; "ten to the", then how the exponent is said
    "de": ("mal", "zehn hoch {e}"), "es": ("por", "diez elevado a {e}"), "fr": ("fois", "dix puissance {e}"),
    "pt": ("vezes", "dez elevado a {e}"), "it": ("per", "dieci alla {o}"), "ru": ("на", "десять в {o} степени"),
}


def _power(language: str) -> Callable[[re.Match[str]], str]:
    """The exponent stays in digits where the voice reads it as a cardinal (and a unit after it
    is read as the unit of that number); Italian and Russian say an ordinal ("alla ottava",
    "в восьмой степени")."""
    times, power = _POWER_WORDS[language]

    def say(m: re.Match[str]) -> str:
        e = int(m.group("e").translate(_SUPERSCRIPTS))
        minus = SIGN_WORDS[language]["-"] + " " if e < 0 else ""
        unit = f" {m.group('unit')}" if m.group("unit") else ""
        if language == "it":
            ordinal = (f"{minus}{_cardinal_word(-e, 'it')}" if e < 0
                       else str(num2words(e, lang="it", to="ordinal"))[:-1] + "a")
            said = power.format(o=ordinal).replace("alla o", "all'o").replace("alla u", "all'u")
        elif language == "ru":
            said = power.format(o=minus + str(ru_converter().to_ordinal(abs(e), case="p", gender="f",
                                                                      animate=False)))
        else:
            said = power.format(e=f"{minus}{abs(e)}")
        if unit and language in ("it", "ru"):  # the exponent in words: the unit's plural, said here
            forms = UNITS[language].get(unit.strip())
            unit = f" {forms[2]}" if forms else unit
        return (f"{m.group('m')} {times} {said}" if m.group("m") else said) + unit
    return say


_STARS = re.compile(r"(?<![\w.,*])([1-7])\s?[*★](?![\w*★])")
"""A hotel's or a film's stars: "un hotel de 4*", "отель 5*" -> "cuatro estrellas", "пять звёзд"."""
_STAR_WORDS = {"de": ("Stern", "Sterne", "Sterne"), "es": ("estrella", "estrellas", "estrellas"),
               "fr": ("étoile", "étoiles", "étoiles"), "it": ("stella", "stelle", "stelle"),
               "pt": ("estrela", "estrelas", "estrelas"), "ru": ("звезда", "звезды", "звёзд")}


def _stars(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        n = int(m.group(1))
        one, few, many = _STAR_WORDS[language]
        return f"{n} {one if n == 1 else few if 2 <= n <= 4 else many}"
    return say


_COUNTDOWN = re.compile(r"\b(J)\s?([-+])\s?(?=\d)")
"""The French countdown to a day: "à J-3" ("J moins trois"), "J+1"."""
_SIR_AND_MADAM = re.compile(r"\bM\. (?=et M(?:me|adame)\b)")
_IT_GRADE = re.compile(r"(?<![\d/])([12]\d|30)/30\b(?![\d/])")
"""An Italian university mark out of thirty ("con 30/30": "trenta su trenta"; no date has a 30th
month)."""
_FR_GRADE = re.compile(r"(?<![\d/])(\d{1,2}(?:,\d{1,2})?)/20\b(?![\d/])")
"""A French mark out of twenty ("18/20 de moyenne": "dix-huit sur vingt"; no date has a 20th
month)."""
_FR_PLUS_LEVEL = re.compile(r"(?<=[a-z])\+(?=\d)")
"""A level of study: "bac+3" ("bac plus trois")."""
_LAW_AND_YEAR = re.compile(r"\b((?:[Ll]egge|[Ll]ey(?: [Oo]rgánica)?|[Dd]ecreto(?: legislativo| legge| ministeriale)?|"
                           r"[Rr]eal [Dd]ecreto(?:-ley)?|"
                           r"DPR|DPCM|[Rr]egolamento|[Dd]irettiva|numero|número|n\.|[Ss]entencia|"
                           r"[Ss]entenza) )"
                           r"(\d{1,4})/((?:19|20)\d\d)\b")
"""A law by its number and year: "legge n. 107/2015" ("centosette del duemilaquindici"), "Ley
3/2024" ("tres de dos mil veinticuatro"); a court's judgment the same way ("la sentencia
412/2025"; a case's "diligencias previas 1245/2023" an older row reads with "barra")."""
_FR_LAW_NUMBER = re.compile(r"\b((?:[Ll]['’]article|[Aa]rticles?|[Aa]rt\.|[Dd]écret|[Aa]rrêté|[Ll]oi|[Dd]écision|"
                            r"[Oo]rdonnance)\s(?:n°\s?|numéro\s)?)(?:([LRD])\.\s?)?(\d{1,4})-(\d{1,4})\b(?![-–]\d)")
_PT_LAW = re.compile(r"\b((?:Lei|Decreto-Lei|Decreto|Portaria|Despacho|Resolução)(?: n\.º| nº| número)? )"
                     r"(\d{1,3}(?:\.\d{3})?|\d{1,5})/((?:19|20)\d\d)\b")
_CASE_NUMBER: dict[str, tuple[re.Pattern[str], str]] = {
    "de": (re.compile(r"(\bAktenzeichen (?:\d{1,2} )?(?:[A-Z][A-Za-z]{0,4} )?)(\d{1,6})/(\d{2,4})\b"), "Strich"),
    "pt": (re.compile(r"(\b(?:[Pp]rocesso|[Aa]córdão|[Ii]nquérito|[Rr]ecurso)s? (?:n\.º|nº|n\.o|número) )"
                      r"(\d{1,6})/(\d{2,4})\b"), "barra"),
    "ru": (re.compile(r"((?:№|[Нн]омер)\s?)(\d{1,3}-)?(\d{1,6})/(\d{2,4})\b(?!\s?(?:г\.|год))"), "дробь"),
}
"""A case's number, its year after a slash: "Az. 2 StR 318/23" ("Strich"), "processo n.º
245/23" ("barra"), "дело № 1-245/2024" ("один тире двести сорок пять дробь ...")."""


def _case_number(slash: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        *_, number, year = m.groups()
        prefix = m.group(2)[:-1] + " тире " if len(m.groups()) == 4 and m.group(2) else ""
        return f"{m.group(1)}{prefix}{number} {slash} {year}"
    return say


_LOT = re.compile(r"\b(?P<lot>[Cc]harge|[Cc]hargennummer|[Cc]hargen-Nr\.|Los|Losnummer|Los-Nr\.|[Ll]ote|[Ll]otes|"
                  r"[Ll]otto|[Ll]otti|[Ll]ot|[Ll]ots|[Пп]арти[яиюей]|[Сс]ери[яиюей])\s"
                  r"(?:(?P<no>n\.\s?º|n\.?º|nº|n°|n\.|numero|número|numéro|Nr\.|Nummer|№|номер)\s?)?"
                  r"(?P<letters>[A-ZА-ЯЁ]{0,3})(?P<digits>\d{2,}(?:[A-Z]{1,2}\d{2,})?)(?P<end>[A-Z]{0,2})\b"
                  r"(?![,.]\d|\s?%)")
"""A batch's number in a recall ("Chargennummer L24117", "lote 24117", "партия № 24117"): a
code, said digit by digit."""


def _lot(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        if m.group("digits").isdecimal() and len(m.group("digits")) < 4 and not m.group("letters"):
            return m.group(0)  # "Los 12", an auction's "lote 112": a count or a lot, no batch
        digits = " ".join(part if part.isalpha() else _digit_words(part, language)
                          for part in re.findall(r"\d+|[A-Z]+", m.group("digits")))  # "24A317"
        parts = [m.group("lot"), m.group("no") or "", m.group("letters"), digits, m.group("end")]
        return " ".join(p for p in parts if p)
    return say


_PRESSURE = re.compile(r"(?<![\d/.,])(\d{2,3})/(\d{2,3})(?=\s?(?:mmHg|мм\s(?:рт\.\s?ст\.|ртутного)))")
"""Blood pressure, the upper value over the lower ("160/95 mmHg", "180/100 мм рт. ст.")."""
_OVER = {"de": "zu", "es": "sobre", "fr": "sur", "it": "su", "pt": "por", "ru": "на"}
_STAGE = re.compile(r"\b(Stadium|Stadien|[Ss]tade|[Ss]tadio|[Ee]stadio|[Ee]stádio|[Gg]rado|[Gg]rau)\s"
                    r"((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\b(?![\w.-])")
"""A disease's stage or grade in Roman numerals ("im Stadium III", "au stade IV", "grado II"):
a cardinal after the noun."""
_RU_STAGE = re.compile(r"\b((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s(стади(?:я|и|ю|ей))\b")
_RU_STAGE_CASE = {"стадия": "n", "стадии": "g", "стадию": "a", "стадией": "i"}
_DE_TIMES = re.compile(r"\b(\d{1,2})(?:\s?[x×]|-mal\b)(?=\s(?:täglich|wöchentlich|monatlich|jährlich|pro|am|im|in der|"
                       r"die Woche)\b|-mal\b)")
"""German "2 x täglich", "3-mal täglich": "zweimal", "dreimal" (not a product "4 x 100")."""
_DE_DOSES = re.compile(r"(?<![\w.,-])\d-\d-\d(?:-\d)?(?![\w,-]|\.\d)")
"""A German dosing scheme, morning, noon, evening (and night): "1-0-1" "eins null eins"."""
_SUBTYPE = re.compile(r"\bH(\d{1,2})N(\d{1,2})\b")
"""A flu virus's subtype ("H5N1"): its letters, its numbers in the language's words."""


def _ru_stage(m: re.Match[str]) -> str:
    n = roman_value(m.group(1))
    case = _RU_STAGE_CASE[m.group(2)]
    return f"{ru_converter().to_ordinal(n, case=case, gender='f', animate=False)} {m.group(2)}"


def _cardinal_word(n: int, language: str) -> str:
    return str(num2words(n, lang=language))


def _digit_words(digits: str, language: str) -> str:
    """Each digit of `digits` as a word: "24117" -> "zwei vier eins eins sieben"."""
    return " ".join(_cardinal_word(int(d), language) for d in digits if d.isdigit())


def sign_rules(language: str) -> tuple[Rule, ...]:
    """The rules for signs in `language`, in the order they run."""
    if language not in _WORDS:
        return ()
    plus_minus, and_, plus, times, number, points, basis_points = _WORDS[language]
    rules: list[Rule] = [
        (_PLUS_MINUS, lambda m: plus_minus + " "),
        (_AND, lambda m: f" {and_} "),
        (_PLUS_AFTER, lambda m: plus if m.string[m.start() - 1].isspace() else f" {plus}"
         if m.string[m.start() - 1].isdigit() else " плюс" if language == "ru" else " plus"),
        (_TIMES, lambda m: f"{m.group(1)} {times} "),
        (_STARS, _stars(language)),
        (_POWER, _power(language)),
        (_NUMBER_SIGN, lambda m: number + " "),
        (_HASHTAG, lambda m: _HASHTAG_WORD.get(language, "hashtag") + " "),
        (_BY, lambda m: f" {_BY_WORD[language]} "),
        (_VERSION, lambda m: f"{m.group(1)} " + f" {_POINT_WORD[language]} ".join(
            _cardinal_word(int(g), language) for g in m.groups()[1:] if g is not None)),
        (_TITLE_NUMBER, lambda m: f"{m.group(1)} {_cardinal_word(roman_value(m.group(2)), language)}"),
        (_CO2, lambda m: f"CO {_TWO[language]}"),
        (_POINTS, lambda m: stop_kept(m, ("" if m.string[m.start() - 1].isspace() else " ") + points)),
        (_BASIS_POINTS, lambda m: stop_kept(m, basis_points)),
        (_LOT, _lot(language)),
        (_PRESSURE, lambda m: f"{m.group(1)} {_OVER[language]} {m.group(2)}"),
        (_STAGE, lambda m: f"{m.group(1)} {_cardinal_word(roman_value(m.group(2)), language)}"),
        (_SUBTYPE, lambda m: f"H {_cardinal_word(int(m.group(1)), language)} N "
                             f"{_cardinal_word(int(m.group(2)), language)}"),
    ]
    if language == "ru":
        rules.append((_RU_STAGE, _ru_stage))
    if language == "de":
        rules.append((_DE_TIMES, lambda m: f"{_cardinal_word(int(m.group(1)), 'de')}mal"))
        rules.append((_DE_DOSES, lambda m: _digit_words(m.group(0), "de")))
    if language == "it":
        rules.append((_IT_GRADE, lambda m: f"{m.group(1)} su trenta"))
    if language == "fr":
        rules += [(_COUNTDOWN, lambda m: f"{m.group(1)} {'moins' if m.group(2) == '-' else 'plus'} "),
                  (_SIR_AND_MADAM, lambda m: "monsieur "), (_FR_GRADE, lambda m: f"{m.group(1)} sur 20"),
                  (_FR_PLUS_LEVEL, lambda m: " plus ")]
    if language in _CASE_NUMBER:
        pattern, slash = _CASE_NUMBER[language]
        rules.append((pattern, _case_number(slash)))
    if language == "fr":  # "l'article L. 121-1", "le décret n° 2024-123": "cent vingt et un tiret un"
        rules.append((_FR_LAW_NUMBER, lambda m: f"{m.group(1)}{m.group(2) + ' ' if m.group(2) else ''}"
                                                f"{m.group(3)} tiret {m.group(4)}"))
    if language == "pt":  # "a Lei n.º 22/2023": "vinte e dois barra dois mil e vinte e três"
        rules.append((_PT_LAW, lambda m: f"{m.group(1)}{m.group(2).replace('.', '')} barra {m.group(3)}"))
    if language in ("es", "it"):
        rules.append((_LAW_AND_YEAR, lambda m: f"{m.group(1)}{m.group(2)} {'del' if language == 'it' else 'de'} "
                                                f"{m.group(3)}"))
    return tuple(rules)
