"""Sport and codes in the body text of other languages than English: race times ("2:05:12",
"4 h 05 min 12 s": hours, minutes and seconds), scores with a colon or a hyphen ("mit 3:1",
"gewann 31:28", "venció por 4-1", "ganó 3-1 al Sevilla"), seasons ("la temporada 2027/28") and
three-digit codes that start with 0 ("el 091"). bodydates.py runs these with its date rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule
from .common import ru_converter as _ru
from .common import stop_kept

__all__ = ["sport_rules"]




_DURATION = re.compile(
    r"(?<![\d:.,])(?P<h>\d)(?::|\s?h\s?)(?P<m>[0-5]\d)(?::|['’]|\s?min\s?)(?P<s>[0-5]\d)"
    r"(?:['’]{2}|″|\s?s\b)?(?![\d:])(?:\s(?:Stunden|Std\.|horas|heures|ore|часа|часов)|\s?h\b(?!\s?\d))?")
"""A race time: "2:05:12", "4 h 05 min 12 s", "4h05'12''", "4:32:18 h" -> hours, minutes and
seconds."""
_HOURS_MINUTES = re.compile(r"(?<![\d:,.])(?P<h>\d{1,2})\s?h\s(?:(?:e|y|et|und)\s)?(?P<m>[0-5]?\d)\s?min\b"
                            r"(?=[\s,;:.)]|$)(?!\s\d{1,2}\s?(?:s|sec|seg)\b)")
"""A running time in hours and minutes: "3 h 21 min", "2 h e 15 min" (before the clock times,
which would read "3 h 21" as twenty-one past three)."""
_CLOCK_DURATION = re.compile(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d)\s?(?:h|Std\.|Stunden|horas|heures|ore)(?!\w)")
"""A running time written as a clock with an hour's sign: "auf 4:45 Std.", "en 1:45 h", "durar
1:15 h" -> hours and minutes, after a word of length or extent; a time of day ("a las 18:45 h",
"um 14:30 h") is the clock rules'."""
_LENGTH_BEFORE = re.compile(
    r"(?:\b(?:en|in|auf|von|de|em|di|da|durar?\w*|dauer\w*|dur[ée]e?|knapp|rund|etwa|circa|ca\.|unas|"
    r"cerca de|mehr als|más de|plus de|più di|mais de|weniger als|menos de|moins de|meno di|"
    r"nur|solo|sólo|seulement|apenas|só|durch\w*|passar[áa] a durar|ficará em|fica em)\s)$",
    re.IGNORECASE)


def _clock_duration(language: str) -> Callable[[re.Match[str]], str]:
    say = _duration(language)

    def maybe(m: re.Match[str]) -> str:
        if not _LENGTH_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
            return m.group(0)
        return stop_kept(m, say(m))
    return maybe


_MINUTES_SECONDS = re.compile(r"(?<![\d:,.])(?P<m>\d{1,2})\s?min\.?\s(?:(?:e|y|et|und)\s)?(?P<s>[0-5]?\d)\s?s\b"
                              r"(?!\.\w)")
"""A gap in minutes and seconds: "perdeu 1 min 12 s"."""
_GAP = re.compile(r"(?<![\d'’:.,])(?P<m>\d{1,2})['’](?P<s>[0-5]\d)(?:''|’’|″|\")(?![\d'’])")
"""A gap in minutes and seconds as cycling writes it: "1'48''" -> "une minute et quarante-huit
secondes" (hours first, "4h12'08''", are the race time's)."""
_SWIM_TIME = re.compile(r"(?<![\d:.,])(?P<m>\d{1,2}):(?P<s>[0-5]\d),(?P<c>\d{1,3})(?![\d:])"
                        r"(?:\s?(?:Min\.|min\.?|Minuten|minutes|minutos|minuti)(?![\w]))?")
"""A time in minutes and seconds to the hundredth: "in 2:09,21 Min.", "en 4:02,95" -> "zwei
Minuten und neun Komma zwei eins Sekunden" (not four hours and two)."""
_DURATION_WORDS = {
    # (hour one/many, minute one/many, second one/many, "and")
    "de": (("eine Stunde", "Stunden"), ("eine Minute", "Minuten"), ("eine Sekunde", "Sekunden"), "und"),
    "es": (("una hora", "horas"), ("un minuto", "minutos"), ("un segundo", "segundos"), "y"),
    "fr": (("une heure", "heures"), ("une minute", "minutes"), ("une seconde", "secondes"), ""),
    "it": (("un'ora", "ore"), ("un minuto", "minuti"), ("un secondo", "secondi"), "e"),
    "pt": (("uma hora", "horas"), ("um minuto", "minutos"), ("um segundo", "segundos"), "e"),
}
_RU_DURATION = (("час", "часа", "часов"), ("минута", "минуты", "минут"), ("секунда", "секунды", "секунд"))
_FEMININE_UNITS = {"fr": {"h", "m", "s"}, "es": {"h"}, "it": {"h"}, "pt": {"h"}}
"""Which of hours, minutes and seconds are feminine ("vingt et une minutes", "duas horas",
"veintiuna horas")."""
_FEMININE_ONE = {"fr": "une", "es": "una", "it": "una", "pt": "uma"}


def _duration(language: str) -> Callable[[re.Match[str]], str]:
    """Hours, minutes and seconds, or two of them, in words, the language's "and" before the
    last ("dos horas y treinta minutos", "um minuto e doze segundos")."""
    feminine = _FEMININE_UNITS.get(language, set())

    def part(n: int, unit: str, forms: tuple[str, str]) -> str:
        if n == 1:
            return forms[0]
        words = str(num2words(n, lang=language))
        if unit in feminine:
            words = re.sub(r"\b(?:un|uno|um)$", _FEMININE_ONE[language], re.sub(r"\bdois$", "duas", words))
        return f"{words} {forms[1]}"

    def say(m: re.Match[str]) -> str:
        units = [g for g in ("h", "m", "s") if m.groupdict().get(g) is not None]
        values = [int(m.group(g)) for g in units]
        if language == "ru":
            words = []
            for n, forms in zip(values, _RU_DURATION, strict=True):
                form = forms[0] if n % 10 == 1 and n % 100 != 11 else forms[1] if (
                    2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14) else forms[2]
                gender = "m" if forms[0] == "час" else "f"
                words.append(f"{_ru().to_cardinal(n, gender=gender)} {form}")
            return " ".join(words)
        hours, minutes, seconds, conj = _DURATION_WORDS[language]
        unit_forms = {"h": hours, "m": minutes, "s": seconds}
        said = [part(n, unit, unit_forms[unit]) for n, unit in zip(values, units, strict=True)]
        return " ".join([*said[:-1], *([conj] if conj else []), said[-1]])
    return say


def _swim_time(language: str) -> Callable[[re.Match[str]], str]:
    """Minutes, and seconds with their hundredths left in digits for the decimals' rules."""
    say_minutes = _duration(language)

    def say(m: re.Match[str]) -> str:
        minutes = say_minutes(re.match(r"(?P<m>\d+)", m.group("m")))  # type: ignore[arg-type]
        seconds = f"{int(m.group('s'))},{m.group('c')}"
        conj = _DURATION_WORDS[language][3] or "et"
        minutes = minutes.removeprefix(f"{conj} ")  # one unit: no "and" before it
        return f"{minutes} {conj} {seconds} {_DURATION_WORDS[language][2][1]}"
    return say


_LEADING_ZERO = re.compile(r"(?<![\d.,:/+'’-])(?<!\d[\s\u00a0\u202f])0\d{2}(?![\d:/]|[.,]\d|\s\d)")
"""A three-digit number that starts with 0 is a code ("el 091", "la línea 024"), said digit
by digit, never a count."""
_BIG_SCORE = re.compile(r"(?<![\d.,:])(?P<a>\d{2,3}):(?P<b>\d{2,3})(?![\d:]|[.,]\d)")
"""Handball's and basketball's scores ("gewann 31:28", "89:76"): no time has those numbers."""
_SEASON = re.compile(r"(?<![\d/.,])(?P<y>(?:19|20)\d\d)/(?P<n>\d\d)(?![\d/])")
"""A season or a school year: "la temporada 2027/28", "stagione 2024/25"."""


_IN_SCORE_BRACKET = re.compile(r"\d[:-]\d{1,3}\s\((?:[^()]*,\s)?$")
"""A bracket after a score holds its half-time or its sets' scores: "31:28 (15:14)", "1:3 (25:22,
19:25, 21:25)", "1-3 (25-23, 18-25, 20-25)"."""
_WON_OR_LOST_BEFORE = re.compile(
    r"\b(?:gewann|gewinnt|verlor|verliert|siegte|siegt|unterlag|unterliegt|besiegte|schlug|remis|"
    r"venci[óo]|gan[óo]|perdi[óo]|cay[óo]|derrot[óo]|batt?u|battue|gagn[ée]|perdu|impos[ée]e?|vinto|"
    r"vince|perso|battuto|sconfitt[oa]|venceu|perdeu|ganhou|derrotou)\w{0,3}\b[^.;:,]*?\s(?:mit|avec|con|"
    r"com|por|par|per)?\s?$")
"""A verb of winning or losing before a pair that could be a time: "unterlag Spanien ... mit 17:38"
(not an article: "per le 11:15", "a las 17:38" are times)."""
_CLOCK_BEFORE = re.compile(r"\b(?:um|ab|bis|gegen|las|alle|à|às|as|dès|vers|от|до|в|с)\s$")
_CLOCK_AFTER = re.compile(r"\s?(?:Uhr|h\b|horas?|heures?|ore\b|мск|час)")


def score_context(m: re.Match[str]) -> bool:
    """Whether a pair that could be a time ("15:14", "17:38") stands where a score does: in the
    bracket after a score, or after a word of winning or losing ("unterlag ... mit 17:38")."""
    if _CLOCK_AFTER.match(m.string, m.end()) or _CLOCK_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return False
    return (_IN_SCORE_BRACKET.search(m.string, max(0, m.start() - 60), m.start()) is not None
            or _WON_OR_LOST_BEFORE.search(m.string, max(0, m.start() - 80), m.start()) is not None)


def _big_score(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        a, b = int(m.group("a")), int(m.group("b"))
        if a <= 23 and b <= 59 and not score_context(m):
            return m.group(0)  # a time
        word = " — " if language == "ru" else f" {_SCORE_WORD[language]} "
        return f"{num2words(a, lang=language)}{word}{num2words(b, lang=language)}"
    return say


_SEASON_HYPHEN = re.compile(r"\b(?P<w>(?:[Ss]aison|[Tt]emporada|[Ss]tagione|[Ee]xercice|[Éé]poca|[Ee]jercicio|"
                            r"[Cc]urso|[Aa]nno scolastico|[Aa]no letivo|[Ss]chuljahr|сезон[а-я]*) )"
                            r"(?P<y>(?:19|20)?\d\d)[-–](?P<n>(?:19|20)?\d\d)\b(?![-–/]\d)")
"""A season joined by a hyphen after its word ("la saison 2025-2026", "la temporada 25-26"): its
two years said one after the other, as "2024/25" is (`_season`), not a span with "à"."""


def _season(language: str) -> Callable[[re.Match[str]], str]:
    """A season's two consecutive years, each as written ("2024/25", "saison 2025-2026")."""
    def said(year: str) -> str:
        to = "year" if language == "de" and len(year) == 4 else "cardinal"
        return str(num2words(int(year), lang=language, to=to))

    def say(m: re.Match[str]) -> str:
        y, n = m.group("y"), m.group("n")
        if (int(y) + 1) % 100 != int(n) % 100:
            return m.group(0)
        return (m.groupdict().get("w") or "") + f"{said(y)} {said(n)}"
    return say



_SCORE = re.compile(r"(?<![\d.,:])(?P<a>\d{1,2}):(?P<b>\d)(?![\d:]|[.,]\d)")
"""A score or ratio ("mit 3:1", "un 2:0"): the voice says "drei eins"; a time has two digits
after its colon."""
_SCORE_WORD = {"de": "zu", "fr": "à", "es": "a", "it": "a", "pt": "a", "nl": "tegen"}
_HYPHEN_SCORE = re.compile(r"(?<![\d.,:/–-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d-]|[.,]\d)(?=\s+(?:"
                           r"al|ante|contra|face|contre|devant|contro|sul|sulla|gegen|über|"
                           r"frente|sobre|diante|tegen)\b)")
"""A score with a hyphen before the side it was against ("ganó 3-1 al Sevilla", "s'est imposé
3-1 face à Lens", "2-1 gegen Mainz"): the voice says "tres menos uno"."""

_SCORE_PAIR = re.compile(r"(?<![\d.,:/–-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d-]|[.,]\d)"
                         r"(?!\s?(?:años|ans|anni|Jahre|%|€|h\b|horas|heures|ore|km|kg|de\b|d['’]|Knoten|nudos|nœuds|"
                         r"nodi|nós|Meter|Minuten|Grad|Stunden|Tage|m\b))")
"""(not a span of a unit: "mit 15-20 Knoten")"""
_SCORE_BEFORE = re.compile(
    r"\b(?:venci[óo]|gan[óo]|perdi[óo]|empat[óo]|remont[óo]|gole[óo]|derrot[óo]|cay[óo]|batt?u|bat|"
    r"battue|gagn[ée]|perdu|impos[ée]e?|vinto|vince|perso|pareggiato|finit[ao]|termin[óo]|acab[óo]|"
    r"termin[ée]|gewann|verlor|siegte|un|una|el|le|il|lo|por|par|per|avec|mit|zum|au|del|score de|"
    r"victoire|victoria|vittoria|défaite|derrota|sconfitta|successo|Sieg|Niederlage|qualifi\w+|"
    r"élimin\w+|elimin\w+|uscit[oa]|emporté|battuto|battuta|sconfitto|superato|"
    r"venc\w+|derrot\w+)"
    r"\s(?:(?:la|le|il|lo|el|los|las|les|l['’])\s?)?(?:[A-Z][\w'’-]+\s){0,2}$")
"""Before "0-2" a word of winning or losing, an article or "by" ("venció por 0-2", "un 0-2",
"perdió 1-3"): a score, not a range (a pair that does not rise, "4-1", "1-1", is one anywhere:
"Inter-Milan 2-1", "3-0 en Vigo")."""


_FR_SPRINT = re.compile(r"(?<![\d,.:])(?P<s>\d{1,2})\s?s\s?(?P<c>\d{2})(?![\d,.]\d|\d)")
"""A sprint time the French way: "9 s 98" -> "neuf secondes quatre-vingt-dix-huit"."""


def _fr_sprint(m: re.Match[str]) -> str:
    seconds = int(m.group("s"))
    return (f"{num2words(seconds, lang='fr')} seconde{'s' if seconds > 1 else ''} "
            f"{num2words(int(m.group('c')), lang='fr')}")


_PREVIOUS_SET = re.compile(r"(?P<a>\d{1,2})-(?P<b>\d{1,2}),\s$")
_NEXT_SET = re.compile(r",\s(?P<a>\d{1,2})-(?P<b>\d{1,2})\b")


def _score_pair(language: str) -> Callable[[re.Match[str]], str]:
    word = _SCORE_WORD[language]

    def say(m: re.Match[str]) -> str:
        a, b = int(m.group("a")), int(m.group("b"))
        beside = (_PREVIOUS_SET.search(m.string, max(0, m.start() - 8), m.start()),
                  _NEXT_SET.match(m.string, m.end()))
        if (a < b and _SCORE_BEFORE.search(m.string, max(0, m.start() - 40), m.start()) is None
                and _IN_SCORE_BRACKET.search(m.string, max(0, m.start() - 60), m.start()) is None
                and not any(int(p["a"]) >= int(p["b"]) for p in beside if p)):
            return m.group(0)  # "3-0", "1-1" are scores anywhere (a span rises: "10-15"), and so
            # is a set beside one ("6-4, 3-6, 7-6")
        return " ".join((str(num2words(int(m.group("a")), lang=language)), word,
                         str(num2words(int(m.group("b")), lang=language))))
    return say



_FINAL_ROUND = re.compile(
    r"(?<![\w/])(?P<before>(?:[Ll]es|[Dd]es|[Aa]ux|[Ll]os|[Ll]as|[Gg]li|[Ii]|[Oo]s)\s)?1/(?P<den>2|4|8|16|32)"
    r"(?:e|ème|es|èmes|°|º)?(?:\s?-\s?|\s(?:de\s|di\s)?)(?P<final>[Ff]inal(?:e|es|i)?)\b")
"""A knockout round as a fraction of the final: "en 1/8e de finale", "les 1/4 de finale",
"1/2 finale", "los 1/8 de final", "gli 1/4 di finale", "das 1/4-Finale"."""
_ROUND_NAMES = {
    # denominator -> (one, more than one, the words between it and "final")
    "fr": {4: ("quart", "quarts"), 8: ("huitième", "huitièmes"), 16: ("seizième", "seizièmes"),
           32: ("trente-deuxième", "trente-deuxièmes")},
    "es": {4: ("cuartos", "cuartos"), 8: ("octavos", "octavos"), 16: ("dieciseisavos", "dieciseisavos")},
    "it": {4: ("quarti", "quarti"), 8: ("ottavi", "ottavi"), 16: ("sedicesimi", "sedicesimi")},
    "pt": {4: ("quartos", "quartos"), 8: ("oitavos", "oitavos"), 16: ("dezasseis avos", "dezasseis avos")},
}
_SEMI = {"fr": "demi-finale", "es": "semifinal", "it": "semifinale", "pt": "meia-final"}
_DE_ROUNDS = {2: "Halbfinale", 4: "Viertelfinale", 8: "Achtelfinale", 16: "Sechzehntelfinale"}
_OF_FINAL = {"fr": "de finale", "es": "de final", "it": "di finale", "pt": "de final"}


def _final_round(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        den, before, final = int(m.group("den")), m.group("before") or "", m.group("final")
        if language == "de":
            return before + _DE_ROUNDS.get(den, m.group(0))
        if den == 2:
            plural = final.endswith(("es", "s", "i")) or bool(before)
            semi = _SEMI[language]
            if plural:
                semi = semi.replace("final", "finali") if language == "it" else (
                    semi + ("es" if language == "es" else "s"))
            return before + semi
        names = _ROUND_NAMES[language].get(den)
        if names is None:
            return m.group(0)
        return f"{before}{names[bool(before)]} {_OF_FINAL[language]}"
    return say


_RU_SCORE = re.compile(r"\b(?P<w>сет|сете|сета|счётом|счетом|партию|партии|гейм) (?P<a>\d{1,2})[:-](?P<b>\d{1,2})"
                       r"(?![\d:]|[.,]\d)")
"""A Russian score after the word of a set or a result ("первый сет 6:4", "со счётом 3:1"): the
two numbers with a dash between, as the older sets read it ("шесть — четыре")."""
_ES_GOAL_MINUTE = re.compile(r"\b(?P<pre>el|al|del) (?P<m>\d{1,3})['’](?:\s?\+\s?(?P<add>\d{1,2}))?(?![\w'’])")
"""A Spanish goal's minute with the prime sign, and the added time after it: "en el 93'", "el
90'+3" (Italian's is bodydates.py's _IT_MINUTE)."""
_RU_ADDED_MINUTE = re.compile(r"\b(?P<m>\d{1,3})\s?\+\s?(?P<add>\d{1,2})-й (?P<noun>минут[аеуы])\b")
"""A Russian minute of added time ("на 45+2-й минуте"): both ordinals in the noun's case."""
def _es_goal_minute(m: re.Match[str]) -> str:
    said = f"{m.group('pre')} minuto {num2words(int(m.group('m')), lang='es')}"
    return said + (f" más {num2words(int(m.group('add')), lang='es')}" if m.group("add") else "")


def _ru_added_minute(m: re.Match[str]) -> str:
    case = {"а": "n", "у": "a", "ы": "g", "е": "p"}[m.group("noun")[-1]]
    first, added = (str(_ru().to_ordinal(int(m.group(k)), case=case, gender="f", animate=False))
                    for k in ("m", "add"))
    return f"{first} плюс {added} {m.group('noun')}"


_ODDS = {
    "es": (re.compile(r"\b(?P<w>[Cc]uotas? (?:de |a )?|[Pp]agaba (?:a )?|[Pp]aga (?:a )?)"
                      r"(?P<a>\d{1,3})/(?P<b>\d{1,2})\b(?![/\d])"), "a"),
    "fr": (re.compile(r"\b(?P<w>[Cc]ot[ée]e?s? à |[Cc]ote de |[Cc]ote à )(?P<a>\d{1,3})/(?P<b>\d{1,2})\b(?![/\d])"),
           "contre"),
    "it": (re.compile(r"\b(?P<w>(?:[Dd]at[oaie]|[Qq]uotat[oaie]|[Pp]agat[oaie]) a |[Qq]uota (?:di )?)"
                      r"(?P<a>\d{1,3})/(?P<b>\d{1,2})\b(?![/\d])"), "a"),
    "pt": (re.compile(r"\b(?P<w>[Oo]dds? (?:de )?|[Cc]otad[oa]s? a |[Pp]agava (?:a )?)(?P<a>\d{1,3})/(?P<b>\d{1,2})\b"
                      r"(?![/\d])"), "para"),
}
"""A bookmaker's odds written as a fraction ("una cuota de 7/2", "coté à 5/1", "dato a 3/1"):
"siete a dos", "cinq contre un", "tre a uno" (espeak-ng reads a fraction or a date)."""


def sport_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    rules: list[Rule] = []
    if language in _ODDS:
        pattern, to = _ODDS[language]
        rules.append((pattern, lambda m: f"{m.group('w')}{num2words(int(m.group('a')), lang=language)} {to} "
                                         f"{num2words(int(m.group('b')), lang=language)}"))
    if language == "es":
        rules.append((_ES_GOAL_MINUTE, _es_goal_minute))
    if language == "ru":
        rules.append((_RU_ADDED_MINUTE, _ru_added_minute))
        rules.append((_RU_SCORE, lambda m: f"{m.group('w')} {_ru().to_cardinal(int(m.group('a')))} — "
                                           f"{_ru().to_cardinal(int(m.group('b')))}"))
    if language in _ROUND_NAMES or language == "de":
        rules.append((_FINAL_ROUND, _final_round(language)))
    if language in ("de", "es", "fr", "it", "pt", "ru"):
        rules.append((_LEADING_ZERO, lambda m: " ".join(num2words(int(d), lang=language) for d in m.group(0))))
        rules.append((_SEASON, _season(language)))
        rules.append((_SEASON_HYPHEN, _season(language)))
    if language in _SCORE_WORD or language == "ru":
        rules.append((_BIG_SCORE, _big_score(language)))
    if language in _DURATION_WORDS:
        rules.append((_SWIM_TIME, _swim_time(language)))
    if language in _DURATION_WORDS or language == "ru":
        rules.append((_DURATION, _duration(language)))
    if language in _DURATION_WORDS:
        rules.append((_GAP, _duration(language)))
    if language == "fr":
        rules.append((_FR_SPRINT, _fr_sprint))
    if language in _DURATION_WORDS:
        rules.extend([(_HOURS_MINUTES, _duration(language)), (_MINUTES_SECONDS, _duration(language)),
                      (_CLOCK_DURATION, _clock_duration(language))])
    if language in _SCORE_WORD:
        word = _SCORE_WORD[language]
        rules.append((_SCORE, lambda m: f"{m.group('a')} {word} {m.group('b')}"))
        rules.append((_HYPHEN_SCORE, lambda m: " ".join(
            (num2words(int(m.group("a")), lang=language), word,
             num2words(int(m.group("b")), lang=language)))))
        rules.append((_SCORE_PAIR, _score_pair(language)))
    return tuple(rules)
