"""Amounts in an article in another language than English: units, scale abbreviations, currency
signs and Russian decimals, in that language's words (bodynumbers.py asks; fractions are in
bodyfractions.py).

Measured with `espeak-ng -x -v LANG` (German, French, Spanish, Russian; units, signs and
fractions in Italian, Portuguese, Dutch and Polish too), the voices read the number right and
what follows it wrong:

- units: "80 km/h" is "km slash h" in every voice ("ka Em h" in German), "45 m²" "m zwei",
  "35 °C" "C" (or "degree" in English in Russian), "3 kg" "ka ge"; the unit is written out
  in the number's form ("1 km" one, "2,5 km" plural; Russian 1/2-4/5+);
- scale abbreviations: "12 Mio. Euro" is "em i o", "4,5 Mrd." "Em Er de", "15 M€" "M euro",
  "146 млн" "эм эл эн";
- a currency sign after a number: "100 $" and "20 €" singular in Spanish ("cien dolar"),
  without the liaison in French ("mille cinq cents euros" loses its /z/), "Dollar" clipped
  in German;
- Russian decimals: "1,5" is "один и пять десятых" (the whole number must be feminine:
  "одна целая пять десятых") and a percent after a number is always "процент";
- a sign before a number: "-15" is "quince" in Spanish, French and Russian.

A count's agreement with its noun ("21 heridos", "1 Kandidatin") is in bodyagreement.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from num2words import num2words

from .bodyagreement import DE_DATIVE_PREPOSITION, agreement_rules, german_object
from .bodyfractions import fraction_rule
from .bodyunits import GERMAN_NEUTER_UNITS, ONE_FEMININE, ONE_MASCULINE, UNITS, ru_year_not_grams
from .common import Pass as Rule
from .common import converter as _conv
from .common import stop_kept

__all__ = ["SIGN_WORDS", "measure_rules", "of_currency"]


_NUMBER = r"(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
"""A number before a unit or sign: "2,5", "1.500" (thousands with points, German, Spanish)."""


def _value(number: str) -> Decimal:
    try:
        return Decimal(number.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return Decimal(0)


def _ru_form(value: Decimal) -> int:
    """0: one, 1: a few (2-4), 2: many; a decimal takes the genitive singular (a few)."""
    if value != value.to_integral_value():
        return 1
    n = int(value)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _form(value: Decimal, language: str) -> int:
    """Which of a unit's forms a number takes: 0 one, 1 (Russian: a few), 2 many."""
    if language == "ru":
        return _ru_form(value)
    if language == "pl":  # "21 kilometrów": only 1 itself takes the singular
        n = int(value)
        if value != n:
            return 2
        return 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2
    if language == "fr":
        return 0 if abs(value) < 2 else 2
    return 0 if value == 1 else 2


# --- units (their words: bodyunits.py) ------------------------------------------------------



_RU_SECONDS = re.compile(r"(?<![\d:])(?P<n>\d+)(?P<frac>,\d+)? с(?=\s*(?:[,.;!?)]|$|(?:и|а|но)\b))")
"""Russian "с" after a number is seconds only where the clause ends or "и" follows ("за 9,83 с и
выиграл", "36 мин 12 с."); before a noun it is the preposition ("в 2 с половиной раза", "в
7:45 с 4-го пути")."""


def _ru_seconds(m: re.Match[str]) -> str:
    n = int(m.group("n"))
    form = "секунды" if m.group("frac") else "секунда" if n % 10 == 1 and n % 100 != 11 else (
        "секунды" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "секунд")
    return f"{m.group('n')}{m.group('frac') or ''} {form}"


_HA_VERB = frozenset({"es", "it"})
"""Languages where "ha" after a number is as often the verb ("haber", "avere") as hectares."""
_HECTARES_AFTER = re.compile(
    r"\s*(?:$|[.,;:)!?–—-]|(?:de|del|di|d['’]|del|dei|degli|della|delle|y|e|o|en|in|a|al|"
    r"alla|para|per|con|da|sul|sulla|entre|tra|fra|junto|cerca|près|presso|vicino|nahe)\b)")
"""After hectares comes a preposition, a conjunction or punctuation ("30 ha de viñedo", "30
ha."), after the verb its participle ("ha sufrido", "ha colpito")."""


_SCALE_OF = {"it": r"(?:milioni|miliardi|mila|milione|miliardo) (?:di |d['’])",
             "es": r"(?:(?:millones|millón|billones) de |mil )", "pt": r"(?:(?:milhões|milhão|bilhões) de |mil )",
             "ru": r"(?:миллионов|миллиардов|тысяч|млн|млрд|тыс\.) ",
             "fr": r"(?:millions|milliards|million|milliard) (?:de |d['’])",
             "de": r"(?:Millionen|Milliarden|Million|Milliarde|Tausend) "}
"""A scale and its "of" before a unit: "50 milioni di m³", "2 millions de m³", "3 Millionen m³"."""


def _scaled_unit_rule(language: str) -> Rule:
    """The unit after a scale in its plural: "50 milioni di metri cubi"."""
    units = UNITS[language]
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(rf"(?<=\d )(?P<scale>{_SCALE_OF[language]})(?P<unit>{names})(?![\w/²³'’]|\.\w)")
    return pattern, lambda m: m.group("scale") + units[m.group("unit")][2]


_GERMAN_CASE_BEFORE = re.compile(
    r"\b(?:(?P<d>mit|von|bei|nach|aus|zu|seit|gegenüber|samt|nebst)|(?P<a>um|für|durch|gegen|ohne|"
    r"pro|auf rund|auf))\s(?:(?:rund|etwa|fast|knapp|gut|über|mehr als|weniger als)\s)?$", re.I)
_GERMAN_ONE = {("d", "m"): "einem", ("d", "n"): "einem", ("d", "f"): "einer",
               ("a", "m"): "einen", ("a", "n"): "ein", ("a", "f"): "eine",
               ("n", "m"): "ein", ("n", "n"): "ein", ("n", "f"): "eine"}


def _german_one(text: str, at: int, gender: str, end: int = -1) -> str:
    """"1" before a unit or a scale in the case its preposition governs: "mit einer Million",
    "um einen Kilometer", "von einem Prozent"; a verb's object: "einen Esslöffel ... rühren"."""
    found = _GERMAN_CASE_BEFORE.search(text, max(0, at - 24), at)
    case = "n" if found is None else ("d" if found.group("d") else "a")
    if case == "n" and end >= 0 and german_object(text, at, end):
        case = "a"
    return _GERMAN_ONE[(case, gender)]


_KILO_EURO = re.compile(r"(?<![\w,.])(?P<n>\d{1,3})(?:,(?P<d>\d))?\s?k€(?!\w)")
"""Thousands of euros written "45 k€", "1,5 k€": "45000 €" for the money rule."""


def _kilo_euro(m: re.Match[str]) -> str:
    return f"{int(m.group('n')) * 1000 + int(m.group('d') or 0) * 100} €"


_SECONDS_AFTER_DECIMAL = re.compile(r"(?<![\w,.])(?P<n>\d{1,3},\d{1,3})\s?s\b(?![\w.]\w)")
"""A time in seconds with its decimals: "in 10,82 s", "en 9,79 s" ("s" alone is too short to
be a unit anywhere else)."""
_SECONDS = {"de": "Sekunden", "es": "segundos", "fr": "secondes", "it": "secondi", "pt": "segundos"}
_BLOOD_PRESSURE = re.compile(r"\b(Blutdruck(?:werte?)?\s(?:von\s|über\s|unter\s|bei\s|ab\s)?)"
                             r"(\d{2,3})/(\d{2,3})\b")
"""German blood pressure: "Blutdruck über 140/90" -> "hundertvierzig zu neunzig"."""


def _de_hundreds(n: int) -> str:
    """German as said: "hundertvierzig", not num2words' "einhundertvierzig"."""
    return re.sub(r"^ein(?=hundert|tausend)", "", str(num2words(n, lang="de")))


def _seconds_number(number: str, language: str) -> str:
    """German decimals digit by digit after "Komma" ("zehn Komma acht zwei"); elsewhere as written."""
    if language != "de":
        return number
    whole, decimals = number.split(",")
    return f"{num2words(int(whole), lang='de')} Komma " + " ".join(
        str(num2words(int(d), lang="de")) for d in decimals)


def _unit_rule(language: str) -> Rule:
    units = UNITS[language]
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    pattern = re.compile(rf"(?:(?<![^\s(])(?P<sign>[-−+]))?(?<![\w,.]){_NUMBER}\s?(?P<unit>{names})"
                         rf"(?![\w/²³'’]|\.\w)(?:(?<=[a-z])\.(?=[,;:)]|\s[a-zà-ÿ]))?")
    # (an abbreviation's stop before a comma or a word in small letters goes with it: "de 18
    # min., venceu", "en 27 min. de juego")

    def say(m: re.Match[str]) -> str:
        if m.group("unit") == "г" and ru_year_not_grams(m.group("n"), m.string, m.end("unit")):
            return m.group(0)  # "2023 г.": the year's (the dates' rules)
        if m.group("unit") == "ha" and language in _HA_VERB and not _HECTARES_AFTER.match(
                m.string, m.end()):
            return m.group(0)  # "1 de cada 4 ha sufrido", "su 4 ha subito": the verb
        value = _value(m.group("n"))
        word = units[m.group("unit")][_form(value, language)]
        number = m.group("n")
        if language == "ru" and (object_one := _ru_object_one(m, word)):
            return object_one
        if number == "1" and language in ONE_MASCULINE | ONE_FEMININE:
            number = ONE_FEMININE.get(language, {}).get(word, ONE_MASCULINE.get(language, number))
            if language == "de":
                gender = "f" if number == "eine" else "n" if word in GERMAN_NEUTER_UNITS else "m"
                number = _german_one(m.string, m.start(), gender, m.end())
        elif (language == "de" and word.split(" ")[0].lower().endswith("meter") and value != 1 and "Queck" not in word
              and DE_DATIVE_PREPOSITION.search(m.string, max(0, m.start() - 26), m.start())):
            # "in 10 km Tiefe": "in zehn Kilometern Tiefe", "mit 7,02 m": "Metern", "mit 183
            # km/h": "Kilometern pro Stunde"
            head, _, rest = word.partition(" ")
            word = f"{head}n {rest}".rstrip()
        sign = m.group("sign")
        said = f"{SIGN_WORDS[language]['+' if sign == '+' else '-'] + ' ' if sign else ''}{number}"
        said += ("" if number.endswith("'") else " ") + word  # "un'ora"
        if m.group("unit").endswith(".") and m.end() == len(m.string):
            said += "."  # "5 Std.": the abbreviation's stop ends the sentence too
        return said
    return pattern, say


_RU_WORD_BEFORE = re.compile(r"([а-яё]+)\s+$")


def _ru_object_one(m: re.Match[str], word: str) -> str:
    """"забросил 41 ш." -> "сорок одну шайбу": a count ending in one of a feminine unit, the
    object of the verb before it, in the accusative ("" otherwise)."""
    from .bodycases import ru_cardinal, ru_object_verb  # (bodycases imports the dates, which import this)

    n = m.group("n")
    before = _RU_WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if (not n.isdigit() or int(n) % 10 != 1 or int(n) % 100 == 11 or " " in word
            or not word.endswith(("а", "я")) or before is None or not ru_object_verb(before.group(1))):
        return ""
    return f"{ru_cardinal(int(n), 'a', 'f')} {word[:-1]}{'у' if word.endswith('а') else 'ю'}"


_EQUALS = re.compile(r"(?<=[\w€$£%.]) = (?=[-−]?[\d€$£])")
"""An equals sign between amounts ("1 € = 1,08 $"): the voice says nothing for it."""
_EQUALS_WORD = {"de": "gleich", "es": "igual a", "fr": "égale", "it": "uguale a", "pt": "igual a",
                "ru": "равно"}
_SIGNED = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?P<sign>[-−+])(?=\d)")


def _signed(language: str) -> Callable[[re.Match[str]], str]:
    """A sign before any other number ("de -15 puntos", "+5 %"): espeak-ng says "-15" in
    Spanish, French and Russian without its "minus"."""
    return lambda m: SIGN_WORDS[language]["+" if m.group("sign") == "+" else "-"] + " "


SIGN_WORDS = {"de": {"+": "plus", "-": "minus"}, "fr": {"+": "plus", "-": "moins"},
              "es": {"+": "más", "-": "menos"}, "it": {"+": "più", "-": "meno"},
              "pt": {"+": "mais", "-": "menos"}, "nl": {"+": "plus", "-": "min"},
              "pl": {"+": "plus", "-": "minus"}, "ru": {"+": "плюс", "-": "минус"}}
"""A sign before a temperature ("-8 °C", "+25 °C") or a telephone number ("+34"): espeak-ng
says "-3" in Spanish and French without "minus", "+25" in Russian without "plus"."""


# --- scale abbreviations and currency signs -------------------------------------------------

_SCALES: dict[str, dict[str, tuple[str, str, str]]] = {
    "de": {"Mio.": ("Million", "Millionen", "Millionen"),
           "Mrd.": ("Milliarde", "Milliarden", "Milliarden"),
           "Bio.": ("Billion", "Billionen", "Billionen")},
    "fr": {"M": ("million", "millions", "millions"), "Md": ("milliard", "milliards", "milliards"),
           "Mds": ("milliard", "milliards", "milliards")},
    "es": {"M": ("millón", "millones", "millones"), "mill.": ("millón", "millones", "millones")},
    "pt": {"M": ("milhão", "milhões", "milhões")},
    "ru": {"млн": ("миллион", "миллиона", "миллионов"), "млрд": ("миллиард", "миллиарда",
                                                               "миллиардов"),
           "трлн": ("триллион", "триллиона", "триллионов"),
           "тыс.": ("тысяча", "тысячи", "тысяч")},
    "it": {"mld": ("miliardo", "miliardi", "miliardi"), "mln": ("milione", "milioni", "milioni"),
           "M": ("milione", "milioni", "milioni"),
           "mld.": ("miliardo", "miliardi", "miliardi"),
           "mln.": ("milione", "milioni", "milioni")},
}
_SIGNS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "₽": "RUB", "руб.": "RUB", "руб": "RUB"}
_SIGN = "|".join(re.escape(s) for s in sorted(_SIGNS, key=len, reverse=True))
_OF = {"fr": ("de ", "d'"), "es": ("de ", "de "), "it": ("di ", "di "), "pt": ("de ", "de ")}
"""The word between a scale and its currency: "millions d'euros", "millones de dólares"."""




_CURRENCY_WORDS = {("pl", "USD"): ("dolar", "dolary", "dolarów")}
"""Where num2words's name is not the one said ("dolary amerykańskie")."""


def _currency(code: str, form: int, language: str) -> str:
    forms = _CURRENCY_WORDS.get((language, code)) or _conv(language).CURRENCY_FORMS[code][0]
    return str(forms[min(form, len(forms) - 1)] if len(forms) == 3 else forms[0 if form == 0
                                                                                else -1])


_SCALE_WORDS = {
    "de": "Millionen|Million|Milliarden|Milliarde|Billionen|Billion",
    "es": "millones|millón|billones|billón",
    "fr": "millions|million|milliards|milliard",
    "it": "milioni|milione|miliardi|miliardo",
    "pt": "milhões|milhão|biliões|bilião|bilhões|bilhão",
    "ru": "миллионов|миллиона|миллион|миллиардов|миллиарда|миллиард|триллионов|триллиона|триллион",
}


def _scale_word_sign(language: str) -> Rule:
    """A currency sign after a scale written out ("3,5 millones €", "1,5 mil milhões €", "2
    миллиарда ₽"): the currency in the plural, after "de", "d'" or "di" where the language
    puts one ("millones de euros", "millions d'euros")."""
    pattern = re.compile(rf"(?<!\w)(?P<scale>{_SCALE_WORDS[language]})\s?(?P<sign>{_SIGN})(?!\w)")

    def say(m: re.Match[str]) -> str:
        many = _currency(_SIGNS[m.group("sign")], 2, language)
        of = _OF.get(language, ("", ""))
        return f"{m.group('scale')} " + (of[1] if many[0] in "aeiouéèê" else of[0]) + many
    return pattern, say


def _scale_rule(language: str) -> Rule:
    scales = _SCALES[language]
    names = "|".join(re.escape(s) for s in sorted(scales, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w,.])(?<![A-Za-zА-Яа-я]-)(?P<before>{_SIGN})?\s?{_NUMBER}\s?(?P<scale>{names})(?!\w)"
        rf"(?:\s?(?P<after>{_SIGN})(?!\w))?")

    def say(m: re.Match[str]) -> str:
        value = _value(m.group("n"))
        word = scales[m.group("scale")][_form(value, language)]
        number = m.group("n")
        if number == "1" and language in ("de", "it"):
            number = _german_one(m.string, m.start(), "f") if language == "de" else "un"
        said = f"{number} {word}"
        sign = m.group("before") or m.group("after")
        if sign:
            code = _SIGNS[sign]
            many = _currency(code, 2, language)  # "два миллиона рублей": the plural, genitive
            of = _OF.get(language, ("", ""))
            said += " " + (of[1] if many[0] in "aeiouéèê" else of[0]) + many
        if m.group(0).endswith(".") and m.end() == len(m.string):
            said += "."
        return said.replace("' ", "'").replace("d' ", "d'")
    return pattern, say


def of_currency(value: Decimal | int, word: str, language: str) -> str:
    """Round millions take "of" before the currency ("deux millions d'euros", "dos millones de
    dólares"); espeak-ng says "2000000 €" without it. The word between them, or ""."""
    if language not in _OF or value < 1_000_000 or value % 1_000_000:
        return ""
    return _OF[language][1] if word[0] in "aeiou" else _OF[language][0]


def _sign_rule(language: str) -> Rule:
    """A sign after or before a number, without cents, becomes the currency's word."""
    pattern = re.compile(rf"(?<![\w,.])(?:(?P<before>{_SIGN})\s?{_NUMBER}|{_NUMBER.replace('n>', 'm>')}"
                         rf"\s?(?P<after>{_SIGN}))(?!\w|,\d)")

    def say(m: re.Match[str]) -> str:
        number = m.group("n") or m.group("m")
        code = _SIGNS[m.group("before") or m.group("after")]
        if code not in getattr(_conv(language), "CURRENCY_FORMS", {}):
            return m.group(0)
        value = _value(number)
        word = _currency(code, _form(value, language), language)
        if of_currency(value, word, language):
            return f"{num2words(int(value), lang=language)} {of_currency(value, word, language)}{word}"
        if number == "1" and language in ONE_MASCULINE:
            number = "una" if word == "libra" else ONE_MASCULINE[language]
        elif language == "fr" and number.isdigit():
            number = str(num2words(int(number), lang="fr"))  # "cinq cents_euros": the liaison
        return f"{number} {word}"
    return pattern, say


_SCALE_THEN_SIGN = re.compile(
    r"(?P<scale>\b(?:mill(?:ón|ones)|millions?|milliards?|Millionen|Milliarden|Million|Milliarde|"
    r"milion[ei]|miliard[oi]|milh(?:ão|ões)|bilh(?:ão|ões)|bili(?:ão|ões)|миллион\w*|миллиард\w*|"
    r"тысяч\w*)\s(?:de\s|d['’]|di\s)?)(?P<sign>"
    + _SIGN + r")(?!\w)")


def _scale_then_sign(language: str) -> Callable[[re.Match[str]], str]:
    """A sign after a scale's word ("100 millones de €", "2 Millionen $"): the currency's
    word, in the plural (espeak-ng says "de euro" or the sign's name)."""
    def say(m: re.Match[str]) -> str:
        code = _SIGNS[m.group("sign")]
        if code not in getattr(_conv(language), "CURRENCY_FORMS", {}):
            return m.group(0)
        word = _currency(code, 2, language)
        scale = m.group("scale")
        if language == "fr" and scale.endswith("de ") and word[0] in "aeiouéèê":
            scale = scale[:-3] + "d'"
        return f"{scale}{word}"
    return say


_RU_SCALE_UNIT = re.compile(r"\b(?P<scale>(?:тысяч|миллион|миллиард|триллион)[а-я]*|тыс\.|млн|млрд|трлн)"
                            r"\s(?P<unit>км/ч|км|т|га|кг|л|м|чел\.|долл\.|кв\.\s?м|м²|км²|м³/с|м³|мг/л)(?![\w²³/])")
"""A unit after a scale's word is in the genitive plural ("5 тыс. км": "пять тысяч
километров", "2 млн долл."), whatever the number."""


def _ru_scale_unit(m: re.Match[str]) -> str:
    unit = re.sub(r"\s", " ", m.group("unit")).replace("кв.м", "кв. м")
    return stop_kept(m, f"{m.group('scale')} {UNITS['ru'][unit][2]}")


@lru_cache(maxsize=1)
def _ru_number_words() -> dict[str, int]:
    """Every Russian number word a rule writes, in every case and gender -> which form of a
    unit follows it (0 one, 1 a few, 2 many): "два", "две", "три" take the second, "один",
    "одна" the first, the fractions' "десятых" the second (a genitive singular: "пяти десятых
    миллимоля"), all the rest ("пять", "ста", "двух", "тысяч") the third."""
    conv = _conv("ru")
    forms: dict[str, int] = {}
    for n in (*range(21), *range(30, 100, 10), *range(100, 1000, 100), 1000, 10**6, 10**9):
        for case in ("n", "g", "d", "a", "i", "p"):
            for gender in ("m", "f", "n"):
                words = str(conv.to_cardinal(n, case=case, gender=gender, animate=False)).split()
                forms.setdefault(words[-1], 2)
    forms.update({w: 0 for w in ("один", "одна", "одно", "одну")})
    forms.update({w: 1 for w in ("два", "две", "три", "четыре", "одного", "одной", "десятых",
                                 "сотых", "тысячных", "десятой", "сотой", "тысячной", "полутора")})
    return forms


def _ru_unit_after_words() -> Rule:
    """A unit's abbreviation after a number another rule has written out ("до ста Мбит/с",
    "до пяти целых пяти десятых ммоль/л"): its word in the form that number asks for."""
    units = "|".join(re.escape(u) for u in sorted(UNITS["ru"], key=len, reverse=True))
    pattern = re.compile(rf"(?<=[а-яё])(?P<sp>\s)(?P<unit>{units})(?![\w/²³])")

    def say(m: re.Match[str]) -> str:
        word = re.search(r"([а-яё]+)$", m.string[:m.start()])
        form = _ru_number_words().get(word.group(1)) if word else None
        if form is None:
            return m.group(0)
        return stop_kept(m, f" {UNITS['ru'][m.group('unit')][form]}")
    return pattern, say


_MILLIONS_NOUN = re.compile(r"(?<![\w,.])(?P<n>\d{1,3}(?:\.\d{3}){2,}|\d{7,})\s+"
                            r"(?P<noun>[^\W\d_][\w'’-]*)")
_ALREADY_OF = frozenset("de d di del du des dei degli delle da do dos das".split())


def _millions_noun(language: str) -> Callable[[re.Match[str]], str]:
    """Round millions before any noun take "of" too, as before a currency: "2.000.000
    dólares" -> "dos millones de dólares", "2 000 000 habitants" -> "deux millions
    d'habitants" (espeak-ng says the number and the noun with nothing between)."""
    of = _OF[language]

    def say(m: re.Match[str]) -> str:
        value, noun = _value(m.group("n")), m.group("noun")
        head = re.split(r"['’]", noun.lower())[0]
        if value < 1_000_000 or value % 1_000_000 or head in _ALREADY_OF:
            return m.group(0)
        elided = language == "fr" and (noun[0].lower() in "aeiouéèêâîôûh")
        return f"{num2words(int(value), lang=language)} {of[1] if elided else of[0]}{noun}"
    return say


# --- Russian decimals and percent -----------------------------------------------------------

_RU_DECIMAL = re.compile(r"(?<![\d,.])(\d+),(\d{1,3})(?![\d,])")
_RU_PERCENT = re.compile(r"(?<![\d,.])(\d+(?:,\d+)?)\s?%")


def _ru_decimal(m: re.Match[str]) -> str:
    return str(num2words(Decimal(f"{m.group(1)}.{m.group(2)}"), lang="ru"))


def _ru_percent(m: re.Match[str]) -> str:
    word = ("процент", "процента", "процентов")[_ru_form(_value(m.group(1)))]
    return f"{m.group(1)} {word}"


# --- all together ---------------------------------------------------------------------------

_DE_UNIT_IN_COMPOUND = re.compile(r"(?<=\d)-(?P<u>nm|mm|cm|km|kg|GB|TB|MP|kW|kWh|MW)-(?=[A-ZÄÖÜ])")
"""A unit inside a German compound: "im 3-nm-Verfahren" -> "3-Nanometer-Verfahren"."""


def measure_rules(language: str) -> tuple[Rule, ...]:
    """The rules for amounts in `language`, in the order they run (after thousands are joined,
    before the ordinals and decimals of bodynumbers.py)."""
    rules: list[Rule] = []
    if language == "de":
        rules.append((_DE_UNIT_IN_COMPOUND, lambda m: f"-{UNITS['de'][m.group('u')][0]}-"))
    if language in ("de", "fr", "es", "it", "pt"):
        rules.append((_KILO_EURO, _kilo_euro))
    if language in _SCALES:
        rules.append(_scale_rule(language))
    if language in _SCALE_WORDS:
        rules.append(_scale_word_sign(language))
    if language in ("de", "fr", "es", "ru", "it", "pt", "nl", "pl"):
        rules.append(_sign_rule(language))
    if language in _OF:
        rules.append((_MILLIONS_NOUN, _millions_noun(language)))
    if language in ("de", "fr", "es", "ru", "it", "pt"):
        rules.append((_SCALE_THEN_SIGN, _scale_then_sign(language)))
    if language == "ru":
        rules.append((_RU_SECONDS, _ru_seconds))
    if language in UNITS:
        rules.append(_unit_rule(language))
    if language in _SCALE_OF:
        rules.append(_scaled_unit_rule(language))
    if language in _SECONDS:
        rules.append((_SECONDS_AFTER_DECIMAL, lambda m: f"{_seconds_number(m.group('n'), language)} "
                                                        f"{_SECONDS[language]}"))
    if language == "de":
        rules.append((_BLOOD_PRESSURE, lambda m: f"{m.group(1)}{_de_hundreds(int(m.group(2)))} zu "
                                                 f"{_de_hundreds(int(m.group(3)))}"))
    if (fraction := fraction_rule(language)) is not None:
        rules.append(fraction)
    if language in _EQUALS_WORD:
        rules.append((_EQUALS, lambda m: f" {_EQUALS_WORD[language]} "))
    if language in SIGN_WORDS:  # before a Russian decimal is words ("+1,5%": "плюс одна целая")
        rules.append((_SIGNED, _signed(language)))
    if language == "ru":
        rules.extend([(_RU_PERCENT, _ru_percent), (_RU_DECIMAL, _ru_decimal),
                      (_RU_SCALE_UNIT, _ru_scale_unit), _ru_unit_after_words()])
    rules.extend(agreement_rules(language))
    return tuple(rules)
