"""Dates, times, ranges, telephone numbers and Roman numerals after names in an article in
another language than English, in that language's words (bodynumbers.py asks).

Measured with `espeak-ng -x -v LANG`:

- numeric dates are read as numbers with points or slashes: "12.03.1985" "zwölf Punkt null
  drei Punkt ...", "14/07/1975" "quatorze barre zéro sept", "12.04.1961" "двенадцать точка
  ноль четыре" (Italian, Portuguese, Dutch "12-03-1985" alike); they become day, month's
  name and year; a Russian or Polish day before a month is an ordinal in the genitive
  ("3 марта": "третьего марта", espeak-ng says "три марта"; "12 marca": "dwunastego");
- German years from 1100 to 1999 are "eintausendneunhundert..." (a newsreader says
  "neunzehnhundert...") after a month, "Jahr", "im", "seit";
- times: "14:30 Uhr" "vierzehn dreißig Uhr", "8.15 Uhr" "acht Punkt fünfzehn", "14h30"
  "quatorze ache trente", "21:00" "vingt et un zéro zéro", "20 h" (Spanish) "veinte hache";
- ranges with a dash are read without their "to": "10–15 %" "zehn fünfzehn Prozent";
- telephone numbers are read as large numbers ("030 1234567": "eine Million ...");
- a Roman numeral after a name is read as letters or a word ("Felipe VI": "vi", "Louis XIV"
  "quatorze romain", "Benedikt XVI." "Römisch sechzehn"), and a Russian century's numeral
  too ("в XIX веке").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .bodybusiness import business_rules
from .bodyphones import phone_rules
from .bodyroman import GERMAN_ORDINAL_BEFORE, RU_TIME_CASE, roman_rules, roman_value, russian_century_rules
from .bodysport import sport_rules
from .bodytimes import (
    DE_TIME,
    DE_TIME_FROM,
    ES_ONE_OCLOCK,
    ES_POINT_TIME,
    ES_TIME,
    FR_TIME,
    IT_TIME,
    de_time,
    es_point_time,
    es_time,
    fr_time,
    it_time,
)
from .common import Pass as Rule
from .common import ru_converter as _ru
from .common import stop_kept

__all__ = ["GERMAN_ORDINAL_BEFORE", "MONTHS", "SHORT_MONTH_WORDS", "date_rules", "roman_value"]


MONTHS = _MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
          "december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
}


def _month(language: str, number: int) -> str:
    return _MONTHS[language].split()[number - 1]


_SHORT_MONTHS = {
    "de": "jan feb|febr mrz apr - jun jul aug sep|sept okt nov dez",
    "fr": "janv févr|fév - avr - - juil - sept oct nov déc",
    "es": "ene feb mar abr may jun jul ago sep|sept|set oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set|sett ott nov dic",
    "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "ru": "янв фев|февр мар апр - июн июл авг сен|сент окт ноя|нояб дек",
    "nl": "jan feb mrt apr - jun jul aug sep|sept okt nov dec",
    "pl": "sty|stycz lut mar kwi|kwiet - cze|czerw lip sie|sierp wrz paź|paźdz lis|list gru|grudz",
}
"""Months written short, each language's usual forms ("-": not written short), numbered."""
SHORT_MONTH_WORDS = {language: frozenset(f for forms in months.split() for f in forms.split("|") if f != "-")
                     for language, months in _SHORT_MONTHS.items()}
"""The same, by language, for the sentence splitter ("am 9. Nov. 1989" goes on after "Nov.")."""


def _short_month_rule(language: str) -> Rule:
    """A month written short after a day ("am 9. Nov. 1989", "le 3 janv.", "5 de ene. de
    2024", "3 янв. 2024 г.") is said in full, as the day's rules then read it: espeak-ng spells
    or mangles the short form."""
    number = {short: n for n, forms in enumerate(_SHORT_MONTHS[language].split(), 1)
              for short in forms.split("|") if short != "-"}
    names = "|".join(sorted(number, key=len, reverse=True))
    pattern = re.compile(rf"(?<=\d)(?P<pre>(?:\.|º|ª|er|-го)?\s(?:de\s)?)(?P<m>(?i:{names}))"
                         r"(?:\.|(?=\s\d{4}\b))(?!\w)(?P<y>\s\d{4}\b)?")
    linked = language in ("es", "pt")  # "3 sept. 2024": "tres de septiembre de 2024"

    def say(m: re.Match[str]) -> str:
        name = _month(language, number[m.group("m").lower()])
        pre, year = m.group("pre"), m.group("y") or ""
        if linked and "de" not in pre:
            pre, year = f"{pre}de ", f" de{year}" if year else ""
        return pre + stop_kept(m, name.capitalize() if language == "de" else name) + year
    return pattern, say


def _de_year(year: int) -> str:
    return str(num2words(year, lang="de", to="year")) if 1100 <= year <= 1999 else str(year)


_NUMERIC_DATE = re.compile(r"(?:(?P<article>\b[Dd]er|\b[Dd]ie)\s+)?(?<![\d.,/])"
                           r"(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?P<m>0?[1-9]|1[0-2])"
                           r"(?P=sep)(?P<y>\d{4}|\d{2})(?![\d.,/]\d)")
"""A date in numbers, its year in four digits or two ("12.03.2024", "12/3/24": this century's
up to 69, as the press writes them)."""


_ISO_DATE = re.compile(r"(?<![\d./-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
"""An ISO date ("Stand: 2024-03-12"): written the language's way for the date's rule."""
_DATE_WORDS = frozenset("am vom bis ab seit zum stand от до с по на к le du au dès el del al desde hasta il "
                        "dal fino a em até de".split())
"""Words before a date with dots and a two-digit year ("am 12.3.24", "от 12.03.24")."""
_RU_DATE_CASE = {"на": "n", "по": "n", "к": "d", "ко": "d", "перед": "i"}
"""The case of a day after these ("назначено на 12.03.2025", "на 15 мая": "на двенадцатое", the
accusative of a neuter ordinal being its nominative; "к 15 мая": "к пятнадцатому"); the genitive
elsewhere ("12.03.2025 состоялось", "до 12.03.2025")."""


def _numeric_date(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        day, month, year = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if len(m.group("y")) == 2:
            before = m.string[:m.start()].split()[-1:]
            if m.group("sep") != "/" and (not before or before[0].lower().rstrip(":,") not in _DATE_WORDS):
                return m.group(0)  # "Version 2.1.24": a date with dots and a short year only after "am"
            year += 2000 if year < 70 else 1900
        sep, article = m.group("sep"), m.group("article")
        name = _month(language, month)
        if language == "de" and sep == ".":  # "Stand: 12.03.2024": a heading's date, nominative
            ending = "e" if article else "er" if m.string[:m.start()].rstrip().endswith(":") else "en"
            ordinal = str(num2words(day, lang="de", to="ordinal"))[:-1] + ending
            return f"{article + ' ' if article else ''}{ordinal} {name} {_de_year(year)}"
        prefix = m.group(0)[: m.start("d") - m.start()]
        if language == "fr" and sep in "/.-":
            return f"{prefix}{'premier' if day == 1 else day} {name} {year}"
        if language in ("es", "pt") and sep in "/.-":
            return f"{prefix}{day} de {name} de {year}"
        if language == "it" and sep in "/.-":
            return f"{prefix}{'primo' if day == 1 else day} {name} {year}"
        if language == "nl" and sep in "-/":
            return f"{prefix}{day} {name} {year}"
        if language == "ru" and sep == ".":
            conv = _ru()
            before = m.string[:m.start()].split()[-1:]
            case = _RU_DATE_CASE.get(before[0].lower() if before else "", "g")
            if not m.string[:m.start()].strip() and not m.string[m.end():].strip(" .;)"):
                case = "n"  # a date alone, as a heading or a table's cell: "двенадцатое июня"
            return (f"{prefix}{conv.to_ordinal(day, case=case, gender='n', animate=False)} {name} "
                    f"{conv.to_ordinal(year, case='g', animate=False)} года")
        return m.group(0)
    return say


_DE_DAY_MONTH = re.compile(r"(?P<before>\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]is zum|[Bb]is|[Aa]b dem|[Ss]eit dem|[Aa]b|"
                           r"[Dd]en|[Dd]em|[Dd]er|[Dd]ie|(?P<weekday>(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|"
                           r"Mittwoch),?)\s)(?<![\d.,/])(?P<d>0?[1-9]|[12]\d|3[01])\."
                           r"(?P<m>0?[1-9]|1[0-2])\.(?![\d]|\.\d)")
"""A German day and month with no year ("am 12.3.", "vom 1.10. an", "Sa., 12.10."): espeak-ng
says "zwölf Punkt drei"; "am zwölften März", "Samstag, zwölfter Oktober"."""


def _de_day_month(m: re.Match[str]) -> str:
    before = m.group("before")
    ending = "er" if m.group("weekday") else "e" if before.strip().lower() in ("der", "die") else "en"
    ordinal = str(num2words(int(m.group("d")), lang="de", to="ordinal"))[:-1] + ending
    return stop_kept(m, f"{before}{ordinal} {_month('de', int(m.group('m')))}")


_FR_ARTICLE = re.compile(r"(?P<w>\b[Aa]rticle\s)(?P<a>\d{1,4})\.(?P<b>\d{1,2})(?![\d.,]\d)")
"""French "article 49.3": "quarante-neuf trois" (espeak-ng says "point")."""

_DE_TIMES = re.compile(r"(?<![\d.,])(?P<n>\d{1,2})\s?[x×]\s(?=[A-ZÄÖÜ]|\d)")
"""German "2 x Gold", "3x pro Woche": "zweimal"."""

_RU_DAY = re.compile(r"(?<![\d.,])(?P<prep>\b(?:[Кк]|[Нн]а|[Пп]еред|[Пп]о)\s)?(?P<d>[1-9]|[12]\d|3[01])\s(?P<mon>"
                     + "|".join(_MONTHS["ru"].split()) + r")(?!\w)(?:\s(?P<y>\d{4})(?!\s?г)(?!\d))?")


_RU_HEADING_BEFORE = re.compile(r"\s*(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|"
                                r"воскресенье|[Пп]онедельник|[Вв]торник|[Сс]реда|[Чч]етверг|[Пп]ятница|"
                                r"[Сс]уббота|[Вв]оскресенье),\s*)?")
_RU_HEADING_AFTER = re.compile(r"\s*(?:\d{4}\s*)?(?:г\.|года)?\s*[.!]?\s*")


def _ru_day(m: re.Match[str]) -> str:
    """"3 марта" -> "третьего марта" (the genitive; after "к" the dative, after "на" and "по"
    the accusative: "на 15 мая", "на пятнадцатое мая"; after "перед" the instrumental)."""
    prep = (m.group("prep") or "").strip().lower()
    case = _RU_DATE_CASE.get(prep, "g")
    if not prep and _RU_HEADING_BEFORE.fullmatch(m.string[:m.start()]) and _RU_HEADING_AFTER.fullmatch(
            m.string[m.end():]):
        case = "n"  # a date alone, a heading's or a dateline's: "1 мая", "пн, 3 марта 2025 г."
    said = (f"{m.group('prep') or ''}{_ru().to_ordinal(int(m.group('d')), case=case, gender='n', animate=False)}"
            f" {m.group('mon')}")
    if m.group("y"):
        said += f" {_ru().to_ordinal(int(m.group('y')), case='g', animate=False)} года"
    return said


_PL_DAY = re.compile(r"(?<![\d.,])(?P<d>[1-9]|[12]\d|3[01])\s(?P<mon>"
                     + "|".join(_MONTHS["pl"].split()) + r")(?!\w)")


def _pl_day(m: re.Match[str]) -> str:
    """"12 marca" -> "dwunastego marca": the day is an ordinal in the genitive (every word
    declines: "dwudziestego pierwszego")."""
    words = str(num2words(int(m.group("d")), lang="pl", to="ordinal")).split()
    genitive = [w[:-1] + "ego" if w.endswith("y") else w[:-1] + "iego" if w.endswith("i")
                else w for w in words]
    return f"{' '.join(genitive)} {m.group('mon')}"


_DE_YEAR = re.compile(r"(?P<before>\b(?:Jahr|Jahre|Jahres|Jahrgang|[Ii]m|[Ss]eit|Anno|Frühjahr|Frühling|Sommer|"
                      r"Herbst|Winter|Anfang|Mitte|Ende|Sommers|Herbstes|Winters|"
                      + "|".join(_MONTHS["de"].split()) + r"))\s(?P<y>1[1-9]\d\d)(?![\d.,]\d|-)")

_DE_DAY_RANGE = re.compile(r"(?P<article>\b[Dd]er\s|\b[Dd]ie\s)?(?<![\d.])(?P<d>[1-9]|[12]\d|3[01])\.\s?[-–]\s?"
                           r"(?=(?:[a-zäöüß]+ten|(?:[1-9]|[12]\d|3[01])\.)\s+(?:"
                           + "|".join(_MONTHS["de"].split()) + r")\b)")
"""The first day of a range of days ("vom 3.-5. Mai": "vom dritten bis fünften Mai"), the
second one already an ordinal (normalize.py's German dates)."""


def _de_day_range(m: re.Match[str]) -> str:
    article = m.group("article") or ""
    stem = str(num2words(int(m.group("d")), lang="de", to="ordinal"))[:-1]
    return f"{article}{stem}{'e' if article else 'en'} bis "


_DE_DECADE = re.compile(r"(?<![\d.,])(?P<y>1[1-9]\d0)er(?=\s|$|[-,.])")
"""German decades: "die 1990er Jahre" is "neunzehnhundertneunziger" (espeak-ng says
"eintausendneunhundertneunziger")."""

_DE_YEAR_AFTER = re.compile(r"(?P<before>\b\w*hundert\w*\s(?:bis|und))\s(?P<y>1[1-9]\d\d)"
                            r"(?![\d.,]\d|-)")
"""The second of two years ("im Jahr 1990 bis 1995"), once the first is in words."""
_DE_BARE_YEAR = re.compile(r"(?<![\d.,])(?<=[a-zäöüß] )(?P<y>1[1-9]\d\d)(?=[.!?;,](?!\d)|\s+[a-zäöüß])")
"""A number from 1100 to 1999 after a verb or adverb and before no noun ("endete 1965.",
"wurde 1200 erstmals erwähnt"): German nouns have capitals, so it counts nothing; a year."""


_FR_DECADE = re.compile(r"\b([Aa]nnées|[Aa]nos) (?:19(?=[1-9]0\b))?(\d0|\d{2}00)\b(?![\d%]|[,.]\d)")
"""French "les années 80", "années 1960", "années 2000", Portuguese "anos 80": the decade in
words ("quatre-vingt", invariable; "soixante" for the 1960s)."""
_DAY_MONTH_BEFORE = {
    "fr": r"[Aa]u|[Ll]e|[Dd]u|jusqu['’]au|[Dd]ès le|[Dd]epuis le|avant le|après le",
    "es": r"[Ee]l|[Dd]el|[Aa]l|hasta el|desde el|a partir del|antes del|día",
    "pt": r"até|até ao|[Ee]m|[Nn]o|[Aa]o|[Dd]esde|[Dd]e|dia|para|marcad[oa] para|agendad[oa] para",
    "it": r"[Ii]l|[Dd]al|[Aa]l|[Ee]ntro il|[Ff]ino al|[Dd]el|giorno"}
_DAY_MONTH = {language: re.compile(rf"\b((?:{before}) )(\d{{1,2}})/(\d{{1,2}})\b(?![/\d])"
                                   r"(?!\s+(?:de|del|des|dos|das|do|da|della|dei|degli|delle)\b)")
              for language, before in _DAY_MONTH_BEFORE.items()}
"""A day and month without a year after a word of when: "jusqu'au 31/12" -> "trente et un
décembre", "até 31/12" -> "trinta e um de dezembro" (not "el 3/4 de los votos", a fraction)."""


def _day_month(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        day, month = int(m.group(2)), int(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return m.group(0)
        words = {"fr": "premier", "it": "primo"}.get(language) if day == 1 else None
        words = words or str(num2words(day, lang=language))
        return f"{m.group(1)}{words} {'de ' if language in ('es', 'pt') else ''}{_month(language, month)}"
    return say


_IT_AGE = re.compile(r"\b(\d{2,3})enne\b")
"""Italian "un 40enne" -> "quarantenne", "81enne" -> "ottantunenne", "76enne" ->
"settantaseienne", "33enne" -> "trentatreenne"."""


def _it_age(m: re.Match[str]) -> str:
    words = str(num2words(int(m.group(1)), lang="it"))
    if words.endswith("tré"):
        return words[:-1] + "eenne"
    return (words if words.endswith("sei") else words[:-1]) + "enne"
_DE_ONE_OF = re.compile(r"(?<![\d,.])(?<!Nummer )(?<!Platz )(?<!Rang )(?<!Nr\. )(?<!Absatz )(?<!Abs\. )(?<!Satz )"
                        r"(?<!Artikel )(?<!Art\. )(?<!Paragraf )(?<!Ziffer )(?<!Teil )\b1 (?=der \d|der [A-ZÄÖÜ])")
"""German "1 der 3 Täter", "mit 1 der Geiseln": "einer" ("die Nummer 1 der Charts": "eins")."""
_FR_ONE_TO = re.compile(r"\b1 à (\d+) (?=(?:heures|minutes|semaines|années|fois|personnes|places|voix)\b)")
"""French "1 à 2 heures": "une" before a feminine noun."""
_IT_ROMAN_DATE = re.compile(r"\b(?P<r>[IVX]{1,5}) (?=(?:Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|Luglio|Agosto|"
                            r"Settembre|Ottobre|Novembre|Dicembre)\b)")
"""A date in a street's or a square's name: "via XX Settembre" -> "Venti Settembre"."""
_RU_DAY_SPAN = re.compile(r"(?<![\d.,])(?P<a>[1-9]|[12]\d|3[01])\s?[–—-]\s?(?P<b>[1-9]|[12]\d|3[01])\s(?P<mon>"
                          + "|".join(_MONTHS["ru"].split()) + r")(?!\w)")
"""A span of days in Russian: "22–23 октября" -> "двадцать второго — двадцать третьего октября"."""
_DE_PART_FINAL = re.compile(r"\b1/(2|4|8|16)-Finale")
_DE_FINALS = {"2": "Halbfinale", "4": "Viertelfinale", "8": "Achtelfinale", "16": "Sechzehntelfinale"}
"""German "im 1/8-Finale": "Achtelfinale"."""
_CAPS_NUMBER = re.compile(r"\b([A-Z]{2,5})(\d{1,3})\b(?![.,]\d)")
"""A name glued to its number: "la COP21", "la U21", "TF1" -> "COP 21" (the voice reads each)."""
_IT_MINUTE = re.compile(r"\b([Aa]l|[Dd]al|[Ff]ino al|[Nn]el|[Aa]ll['’]|[Dd]all['’])\s?(\d{1,3})['’]"
                        r"(?:\s?\+\s?(\d{1,2}))?(?=[\s,.;:)]|$)")
"""An Italian match minute: "al 90'", "all'88'" -> "al novantesimo", "all'ottantottesimo"; and
its added time, "al 90'+3": "al novantesimo più tre"."""
_IT_FRACTION = re.compile(r"(?<![\d/,.])(\d)/(\d{1,2})(?![\d/])(?=\s+(?:dei|di|degli|delle|della|del|"
                          r"dell['’]|degl['’]))")
"""An Italian fraction of a group: "1/5 dei giovani" -> "un quinto", "2/3 degli italiani"."""
_IT_ELIDED_DECIMAL = re.compile(r"\b([Ll]|[DdAaNnSs][eau]ll|[Dd]all|[Ss]ull)['’](\d+),(\d{1,2})\s?%")
"""Italian "l'1,2%": "l'uno virgola due per cento" (espeak-ng spells the "l" before digits)."""
_ES_EACH = re.compile(r"(?<![\d,.])\b1 de cada (\d+) (\w+)")
_PT_EACH = re.compile(r"(?<![\d,.])\b1 em cada (\d+) (\w+)")
"""Portugal's "1 em cada 6 crianças": "uma" before a feminine group, "um" otherwise."""
"""Spanish "1 de cada 3 mujeres": "una" for a feminine group ("uno de cada tres españoles")."""
_ES_LETTERS = dict(zip("ABCDEFGHIJKLMNOPRSTUVXZ", (
    "a be ce de e efe ge hache i jota ka ele eme ene o pe erre ese te u uve equis zeta").split(),
    strict=True))
_ES_DATE_NAME = re.compile(r"\b(\d{1,2})-([A-Z])\b(?![-'’]\w)")
"""A Spanish event named by its date: "el 11-M", "el 23-F", "el 1-O" ("once eme")."""


def _es_feminine_plural(noun: str) -> bool:
    """"mujeres", "personas", "empresas", Portuguese "crianças", "mulheres": a feminine group (by
    its ending, and a few in -es)."""
    return noun.endswith(("as", "ças")) or noun in ("mujeres", "madres", "mulheres", "mães")


def _it_minute(m: re.Match[str]) -> str:
    glue = "" if m.group(1).endswith(("'", "’")) else " "
    added = f" più {num2words(int(m.group(3)), lang='it')}" if m.group(3) else ""
    return f"{m.group(1)}{glue}{num2words(int(m.group(2)), lang='it', to='ordinal')}{added}"


def _it_elided_decimal(m: re.Match[str]) -> str:
    whole, tenths = (num2words(int(m.group(g)), lang="it") for g in (2, 3))
    return f"{m.group(1)}'{whole} virgola {tenths} per cento"


def _it_fraction(m: re.Match[str]) -> str:
    num, den = int(m.group(1)), int(m.group(2))
    if num >= den or den < 3:
        return m.group(0)
    part = str(num2words(den, lang="it", to="ordinal"))
    return f"{'un' if num == 1 else num2words(num, lang='it')} {part if num == 1 else part[:-1] + 'i'}"


_IT_ELIDED = re.compile(r"\b(?P<art>[Ll]|[DdAaNnSs][eau]ll|[Aa]ll|[Dd]all|[Ss]ull)['’](?P<n>\d{1,4})"
                        r"(?![\d.,]|\s?°|[ºª])(?P<pct>\s?%)?")
"""Italian "l'8 settembre", "dall'11", "all'8": espeak-ng spells the "l" before digits ("elle
otto") (not an ordinal's "l'81ª Mostra", which the ordinal rules read)."""
_IT_UNELIDED = {"l": "il", "all": "al", "dall": "dal", "dell": "del", "nell": "nel", "sull": "sul"}
_IT_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(_MONTHS['it'].split())})\b", re.IGNORECASE)


def _it_elided(m: re.Match[str]) -> str:
    """"l'8 settembre" -> "l'otto settembre"; "1" is the first of a month ("dall'1 marzo":
    "dal primo marzo") or the hour one ("all'1 di notte": "all'una di notte")."""
    art, n = m.group("art"), int(m.group("n"))
    if n != 1 or m.group("pct"):  # "l'1%": "l'uno per cento"
        return f"{art}'{num2words(n, lang='it')}" + (" per cento" if m.group("pct") else "")
    if _IT_MONTH_AFTER.match(m.string, m.end()):
        plain = _IT_UNELIDED.get(art.lower(), art)
        return (plain[0].upper() + plain[1:] if art[0].isupper() else plain) + " primo"
    return f"{art}'una"


# --- ranges ---------------------------------------------------------------------------------

_NOT_NOUNS = ("gegen|für|im|in|am|an|bei|nach|vor|und|oder|zu|von|auf|al|a|en|contra|ante|de|del|y|o|"
              "le|la|les|au|aux|contre|face|et|ou|à|dans|pour|il|lo|contro|e|per|con|su|sur|über")
"""Words after "2-1" that make it a score, not a range before a noun ("2-1 gegen Mainz")."""
_RANGE = re.compile(r"(?:(?P<prep>\b\w+)\s)?(?<![\d,.])(?<!\d-)(?P<a>\d+(?:,\d+)?)\s?(?:(?P<dash>[–—])|-(?="
                    r"\d+(?:,\d+)?\s?(?:%|°|€|\$|£))|-(?=\d{4}\b)|(?P<hyphen>-)(?=\d+(?:,\d+)?\s(?!(?:"
                    + _NOT_NOUNS + r")\b)[^\W\d_]))\s?(?P<b>\d+(?:,\d+)?)(?![\d-])")
_TO = {"de": "bis", "fr": "à", "es": "a", "pt": "a"}
_ELLIPSIS_SPAN = re.compile(r"(?<![\w,.])(?P<a>[−+-]?\d+(?:,\d+)?)\s?(?:\.\.\.|…)\s?(?P<b>[−+-]?\d+(?:,\d+)?)"
                            r"(?=\s?(?:°|[Gg]rad|degr|grad))")
"""A span of temperatures with an ellipsis ("-2…-4 °C"): the voice says nothing for "…"."""
_BETWEEN = {"fr": ("entre", "et"), "es": ("entre", "y"), "pt": ("entre", "e")}
_ARTICLES = frozenset("un el le les los las".split())


def _range(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        a, b = m.group("a"), m.group("b")
        if not m.group("dash") and len(a) == 4 and len(b) == 4 and int(b) <= int(a):
            return m.group(0)
        if m.group("hyphen") and float(a.replace(",", ".")) >= float(b.replace(",", ".")):
            return m.group(0)  # "3-2 Siege": a score before a noun
        prep = m.group("prep") or ""
        between = _BETWEEN.get(language)
        word = between[1] if between and prep.lower() == between[0] else _TO[language]
        if between and prep.lower() in _ARTICLES and re.search(
                rf"\b{between[0]}\s+$", m.string[:m.start()], re.IGNORECASE):
            word = f"{between[1]} {prep}"  # "entre un 3–5 %": "entre un tres y un cinco"
        if language == "de" and len(a) == len(b) == 4:  # "1990 bis 1995": years
            a, b = _de_year(int(a)), _de_year(int(b))
        if language == "fr" and a.isdigit():  # "deux mille un_et": the liaison
            a = str(num2words(int(a), lang="fr"))
        return f"{prep + ' ' if prep else ''}{a} {word} {b}"
    return say


_RU_FROM_TO = re.compile(r"(?P<from>\b[Сс]о?\s)(?P<a>\d{1,2}|\d{4})\s(?P<to>по\s)(?P<b>\d{1,2}|\d{4})\s"
                         r"(?P<word>год\b|" + "|".join(_MONTHS["ru"].split()) + r")(?!\w)")


def _ru_from_to(m: re.Match[str]) -> str:
    """"с 1 по 10 мая": "с первого по десятое мая"; "с 2010 по 2015 год": "с две тысячи
    десятого по две тысячи пятнадцатый год" (the first in the genitive, the second in the
    accusative, a day neuter, a year masculine)."""
    gender = "m" if m.group("word") == "год" else "n"
    first, second = (_ru().to_ordinal(int(m.group(k)), case=c, gender=gender, animate=False)
                     for k, c in (("a", "g"), ("b", "n")))
    return f"{m.group('from')}{first} {m.group('to')}{second} {m.group('word')}"


_RU_CLOCK = re.compile(r"(?<![\d.,:])(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)\s?ч\.?(?!\w)")
"""Russian "в 14:30 ч.": the abbreviation of "часов" after a time goes unsaid ("в четырнадцать
тридцать"); the voice reads the time."""

_RU_YEARS = re.compile(r"(?:(?P<prep>\b[А-Яа-яЁё]{1,5})\s)?(?<![\d,.])(?P<a>\d{4})\s?[–—-]\s?"
                       r"(?P<b>\d{4})\s(?P<word>годах|годов|годы|гг\.)(?!\w)")


def _ru_years(m: re.Match[str]) -> str:
    """"в 2010–2015 годах", "в 2024-2025 гг." (the abbreviation in its preposition's case)."""
    prep = m.group("prep") or ""
    word = m.group("word")
    if word == "гг.":
        case = RU_TIME_CASE.get(prep.lower(), "n")
        case = case if case in ("p", "g") else "n"
        word = {"p": "годах", "g": "годов", "n": "годы"}[case]
    else:
        case = {"годах": "p", "годов": "g", "годы": "n"}[word]
    if prep:
        prep += " "
    conv = _ru()
    first, second = (str(conv.to_ordinal(int(m.group(k)), case=case, animate=False)) for k in "ab")
    return stop_kept(m, f"{prep}{first} — {second} {word}")


# --- all together ---------------------------------------------------------------------------

_ES_MERIDIEM = re.compile(r"(?<![\d:.])(?P<h>1[0-2]|0?[1-9])(?P<min>:[0-5]\d)?\s?(?P<ap>[aApP])\.\s?[mM]\.")


def _es_meridiem(m: re.Match[str]) -> str:
    """"6:45 a. m." -> "6:45 de la mañana", "4:00 p. m." -> "4 de la tarde", "10 p. m." "de la
    noche" (the clock's rules then say the hour; espeak-ng says "a eme")."""
    hour, minutes = int(m.group("h")), m.group("min") or ""
    part = "de la mañana" if m.group("ap") in "aA" else "de la noche" if 8 <= hour < 12 else "de la tarde"
    time = f"{hour}{minutes}" if minutes != ":00" else str(hour)
    return stop_kept(m, f"{time} {part}")


def date_rules(language: str) -> tuple[Rule, ...]:
    """The rules for dates, times, ranges, telephone numbers and numerals after names in
    `language`, in the order they run (before thousands are joined)."""
    rules: list[Rule] = [*phone_rules(language)]
    if language == "es":
        rules.insert(0, (_ES_MERIDIEM, _es_meridiem))
    if language in _SHORT_MONTHS:
        rules.insert(0, _short_month_rule(language))
    if language in ("de", "fr", "es", "ru", "it", "pt", "nl"):
        sep = "." if language in ("de", "ru") else "-" if language == "nl" else "/"
        rules.append((_ISO_DATE, lambda m: sep.join((m.group("d"), m.group("m"), m.group("y")))))
        rules.append((_NUMERIC_DATE, _numeric_date(language)))
    rules.extend((*business_rules(language), *sport_rules(language)))
    if language == "pl":
        rules.append((_PL_DAY, _pl_day))
    if language == "ru":
        rules.extend([(_RU_CLOCK, lambda m: m.group("t") + ("." if m.end() == len(m.string)
                                                             and m.group(0).endswith(".") else "")),
                      (_RU_FROM_TO, _ru_from_to), (_RU_DAY_SPAN, lambda m: " — ".join(
                          _ru().to_ordinal(int(m.group(g)), case="g", gender="n", animate=False)
                          for g in ("a", "b")) + f" {m.group('mon')}"),
                      (_RU_DAY, _ru_day), (_RU_YEARS, _ru_years),
                      *russian_century_rules()])
    if language == "de":
        rules.extend([(_DE_YEAR, lambda m: f"{m.group('before')} {_de_year(int(m.group('y')))}"),
                      (_DE_YEAR_AFTER, lambda m: f"{m.group('before')} {_de_year(int(m.group('y')))}"),
                      (_DE_BARE_YEAR, lambda m: _de_year(int(m.group("y")))),
                      (DE_TIME_FROM, lambda m: f"{de_time(m)} bis "), (DE_TIME, de_time),
                      (_DE_DAY_RANGE, _de_day_range),
                      (_DE_DECADE, lambda m: f"{_de_year(int(m.group('y')))}er"),
                      (_DE_DAY_MONTH, _de_day_month),
                      (_DE_TIMES, lambda m: f"{num2words(int(m.group('n')), lang='de')}mal ")])
    if language == "fr":
        rules.append((FR_TIME, fr_time))
        rules.append((_FR_ARTICLE, lambda m: f"{m.group('w')}{m.group('a')} {m.group('b')}"))
    if language == "it":
        rules.append((IT_TIME, it_time))
        rules.append((_IT_MINUTE, _it_minute))
        rules.append((_IT_FRACTION, _it_fraction))
        rules.append((_IT_ELIDED_DECIMAL, _it_elided_decimal))
        rules.append((_IT_ELIDED, _it_elided))
    if language in ("fr", "pt"):
        rules.append((_FR_DECADE, lambda m: f"{m.group(1)} "
                                            f"{str(num2words(int(m.group(2)), lang=language)).removesuffix('s')}"))
    if language in _DAY_MONTH:
        rules.append((_DAY_MONTH[language], _day_month(language)))
    if language == "fr":
        rules.append((_FR_ONE_TO, lambda m: f"une à {num2words(int(m.group(1)), lang='fr')} "))
    if language == "it":
        rules.append((_IT_ROMAN_DATE, lambda m: str(num2words(roman_value(m.group("r")), lang="it"))
                      .capitalize() + " "))
        rules.append((_IT_AGE, _it_age))
    if language == "de":
        rules.append((_DE_ONE_OF, lambda m: "einer "))
        rules.append((_DE_PART_FINAL, lambda m: _DE_FINALS[m.group(1)]))
    if language in ("de", "fr", "es", "it", "pt"):
        rules.append((_CAPS_NUMBER, lambda m: f"{m.group(1)} {m.group(2)}"))
    if language == "pt":
        rules.append((_PT_EACH, lambda m: f"{'uma' if _es_feminine_plural(m.group(2)) else 'um'} "
                                          f"em cada {m.group(1)} {m.group(2)}"))
    if language == "es":
        rules.append((_ES_EACH, lambda m: f"{'una' if _es_feminine_plural(m.group(2)) else 'uno'} "
                                          f"de cada {m.group(1)} {m.group(2)}"))
        rules.append((_ES_DATE_NAME, lambda m: f"{num2words(int(m.group(1)), lang='es')} "
                                               f"{_ES_LETTERS.get(m.group(2), m.group(2))}"))
        rules.append((ES_TIME, es_time))
        rules.append((ES_POINT_TIME, es_point_time))
        rules.append((ES_ONE_OCLOCK, lambda m: f"{m.group(1)} una"))
    if language in _TO:
        rules.append((_RANGE, _range(language)))
    if language in ("de", "fr", "es", "it", "pt"):
        to = _TO.get(language, "a")
        rules.append((_ELLIPSIS_SPAN, lambda m: f"{m.group('a')} {to} {m.group('b')}"))
    rules.extend(roman_rules(language))
    return tuple(rules)
