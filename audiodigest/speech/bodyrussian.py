"""Russian forms the case rules of bodycases.py leave to others (bodycases.py asks for these
first): "1,5" before what it counts is "полтора" ("1,5 млн": "полтора миллиона", "на 1,5 тыс.":
"на полторы тысячи", "около 1,5 тыс.": "около полутора тысяч", "1,5 часа": "полтора часа"); a
count of people or animals as a verb's object ("задержала 2 подозреваемых": "двух", "ранили 1
полицейского": "одного"); a time after a preposition with a case ("к 6:20": "к шести двадцати",
"до 18:00": "до восемнадцати часов"); a span of temperatures ("+3...+5 °C", "−2…−4 градусов":
"от плюс трёх до плюс пяти градусов").

espeak-ng reads "1,5" as "одна целая пять десятых", "2" as "два" and "6:20" as "шесть двадцать"
whatever stands around them, and "...", "…" between two numbers as nothing.
"""

from __future__ import annotations

import re

from .bodycases import (
    RU_ACCUSATIVE_BEFORE_COUNT,
    RU_ADJECTIVES,
    RU_CASE_OF,
    RU_THINGS,
    ru_adjectives_agree,
    ru_cardinal,
    ru_ordinal,
    ru_phrase,
)
from .common import Pass as Rule
from .common import either_case, stop_kept
from .common import ru_converter as _ru

__all__ = ["RU_ORDINAL", "russian_rules"]


# --- "полтора" ------------------------------------------------------------------------------

_HALF_THINGS = {t: spec for t, spec in RU_THINGS.items() if t not in ("%", "п. п.", "п.п.")}
"""What "1,5" may be of, written short; "1,5%" keeps "одна целая пять десятых процента", as
newsreaders say a rate."""
_HALF_THING = "|".join(re.escape(t) for t in sorted(_HALF_THINGS, key=len, reverse=True))
_GOVERNOR = either_case("|".join(sorted(RU_CASE_OF, key=len, reverse=True)))
_GOVERNED = re.compile(rf"(?<![\w-])(?P<gov>{_GOVERNOR})\s+(?P<adj>{RU_ADJECTIVES})?$")
"""The word before "1,5" that governs its case (looked for once "1,5" is found), with the
plural adjectives between them ("до рекордных 1,5 млн")."""
_HALF = re.compile(
    r"(?<![\d,.])1,50?(?![\d,])"
    rf"(?:\s?(?P<thing>{_HALF_THING})(?![\w²³/]|\.\w)|\s(?P<noun>[а-яё]+)(?![\w-]))")
_OBLIQUE = frozenset("gdip")
_GENITIVE_PLURAL = ("ов", "ев", "ей", "лет", "недель", "минут", "секунд", "суток", "тонн")


def _half(m: re.Match[str]) -> str:
    """"полтора" and "полторы" (nominative, accusative) or "полутора" (the other cases); what
    follows in the genitive singular after the first, in the case and plural after the other
    ("около полутора тысяч"). A noun written out is in the genitive singular ("1,5 часа"), so it
    goes with "полтора" only: after a preposition of another case it is left as it is."""
    governed = _GOVERNED.search(m.string, max(0, m.start() - 64), m.start())
    gov = governed.group("gov").lower() if governed else ""
    case = "a" if gov in RU_ACCUSATIVE_BEFORE_COUNT or not gov else RU_CASE_OF[gov]
    if governed and governed.group("adj") and not ru_adjectives_agree(governed.group("adj"), case):
        return m.group(0)
    thing, noun = m.group("thing"), m.group("noun")
    if noun:
        if case == "g" and noun.endswith(_GENITIVE_PLURAL):
            return f"полутора {noun}"  # "около 1,5 часов": "около полутора часов"
        if case in _OBLIQUE or not noun.endswith(("а", "я", "ы", "и")):
            return m.group(0)
        feminine = noun.endswith(("ы", "и"))  # "1,5 недели"; "1,5 часа", "1,5 раза"
        return f"{'полторы' if feminine else 'полтора'} {noun}"
    spec, gender = _HALF_THINGS[thing]
    if case in _OBLIQUE:
        said = f"полутора {ru_phrase(spec, case, True)}"
    else:
        said = f"{'полторы' if gender == 'f' else 'полтора'} {ru_phrase(spec, 'g', False)}"
    return stop_kept(m, said)


# --- a count of people as a verb's object ---------------------------------------------------

_VERB = r"[А-ЯЁа-яё][а-яё]*(?:л|ла|ло|ли|ет|ит|ут|ют|ат|ят)"
_ANIMATE = re.compile(
    r"(?<=\s)(?P<n>[1-4])\s+(?=(?P<noun>[а-яё]+(?:ых|их|ого|его|а|я))"
    r"(?:[.,;:!?)]|\s+(?:в|во|на|за|из|по|с|со|у|к|и|при|после|до|от)\b|$))")
"""A number from 1 to 4 after a verb, before a noun made of an adjective ("подозреваемых",
"раненых", "полицейского") and nothing that it could describe: an object, in the animate
accusative. A subject after its verb would be in the nominative ("погибли 2 раненых" is rare;
"2 новых дома" has a noun after the adjective, which stops the rule)."""


_NOT_TRANSITIVE = ("погиб", "пострада", "умер", "умира", "находя", "наход", "оста", "был", "будут",
                   "стал", "прибыл", "пришл", "приехал", "живут", "жил", "работа", "числ", "выжил",
                   "значат", "участвова", "оказал", "появил", "есть", "явля")
"""Verbs whose noun after them is their subject ("погибли 2 военнослужащих": "два")."""


_VERB_BEFORE = re.compile(rf"\b{_VERB}\s+$")


def _animate(m: re.Match[str]) -> str:
    n, noun = int(m.group("n")), m.group("noun")
    before = _VERB_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    if before is None:
        return m.group(0)
    verb = before.group(0).strip().lower()
    if (n == 1) != noun.endswith(("ого", "его", "а", "я")) or verb.startswith(_NOT_TRANSITIVE):
        return m.group(0)
    if noun.endswith(("а", "я")) and not verb.endswith(("ли", "ют", "ят", "ут", "ат")):
        return m.group(0)  # after a plural verb "1 ребёнка" is its object; "сгорела 1 машина"
    said = "одного" if n == 1 else ru_cardinal(n, "g")
    return f"{said} "


# --- a time in a case -----------------------------------------------------------------------

_TIME_CASE = {**dict.fromkeys("к ко".split(), "d"),
              **dict.fromkeys("до после около с со".split(), "g"),
              **dict.fromkeys("в во на".split(), "a")}
_TIME = re.compile(rf"(?<![\w-])(?P<prep>{either_case('|'.join(_TIME_CASE))})\s+"
                   r"(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:]|[.,]\d)(?!\s?ч\.?\s?\d)")
_HOURS = {"g": "часов", "d": "часам"}
_HOUR_ONE = {"g": "часа", "d": "часу"}


def _time(m: re.Match[str]) -> str:
    """"к 6:20": "к шести двадцати", "до 18:00": "до восемнадцати часов", "до 21:00": "до
    двадцати одного часа", "в 8:00": "в восемь часов"."""
    case = _TIME_CASE[m.group("prep").lower()]
    h, minutes = int(m.group("h")), int(m.group("min"))
    if case == "a":  # "в 8:00": "в восемь часов", "в 21:00": "в двадцать один час"
        hours = ru_cardinal(h, "n")
        if minutes:
            said = ru_cardinal(minutes, "n")
            return f"{m.group('prep')} {hours} {'ноль ' if minutes < 10 else ''}{said}"
        word = ("час" if h % 10 == 1 and h != 11 else
                "часа" if h % 10 in (2, 3, 4) and h not in (12, 13, 14) else "часов")
        return f"{m.group('prep')} {hours} {word}"
    if minutes == 0:
        if h % 10 == 1 and h != 11:  # "до 21:00": "до двадцати одного часа", "к 21:00": "часу"
            return f"{m.group('prep')} {ru_cardinal(h, case)} {_HOUR_ONE[case]}"
        return f"{m.group('prep')} {ru_cardinal(h, case)} {_HOURS[case]}"
    said = ru_cardinal(minutes, case)
    if minutes < 10:
        said = f"ноль {said}"
    return f"{m.group('prep')} {ru_cardinal(h, case)} {said}"


# --- a span of temperatures -----------------------------------------------------------------

_SPAN = re.compile(r"(?<![\w,.])(?P<a>[−+-]?\d+)\s?(?:\.\.\.|…)\s?(?P<b>[−+-]?\d+)"
                   r"(?![\d,])\s?(?P<unit>°\s?[CС]|°|градус[а-я]*)(?!\w)")


def _signed(number: str) -> str:
    sign = {"+": "плюс ", "-": "минус ", "−": "минус "}.get(number[0], "")
    return sign + ru_cardinal(int(number.lstrip("+-−")), "g")


def _span(m: re.Match[str]) -> str:
    """"+3...+5 °C": "от плюс трёх до плюс пяти градусов"."""
    last = int(m.group("b").lstrip("+-−"))
    unit = "градуса" if last % 10 == 1 and last % 100 != 11 else "градусов"
    return f"от {_signed(m.group('a'))} до {_signed(m.group('b'))} {unit}"


# --- compound adjectives: "45-летний", "3-комнатная", "к 80-летию" ----------------------------

_COMPOUND = re.compile(
    r"(?<![\d,.])(?P<n>\d{1,4})-(?P<rest>(?:лет|летн|кратн|процентн|этажн|комнатн|дневн|часов|"
    r"месячн|недельн|тонн|метров|километров|градусн|минутн|секундн|местн|серийн|звёздочн|"
    r"звездочн|разов|тысячн|миллионн)[а-яё]*)")
"""A number joined to the word it makes an adjective or a noun of: the number's genitive,
written as one word ("45-летний": "сорокапятилетний", "к 80-летию": "к восьмидесятилетию")."""


def _compound(m: re.Match[str]) -> str:
    n, rest = int(m.group("n")), m.group("rest")
    if n == 2 and rest.startswith("кратн"):
        stem = "дву"  # "двукратный"
    elif n == 1000:
        stem = "тысяче"
    else:
        words = ru_cardinal(n, "g").split()
        words = ["одно" if w == "одного" else "сто" if w == "ста" else
                 "девяносто" if w == "девяноста" else w for w in words]
        stem = "".join(words)
    said = stem + rest
    if m.start() == 0 or m.string[max(0, m.start() - 2):m.start()] in (". ", "! ", "? "):
        said = said[0].upper() + said[1:]
    return said


# --- "трое суток" ---------------------------------------------------------------------------

_COLLECTIVE = re.compile(r"(?<![\d,.])\b(?P<n>[234])\s(?P<noun>суток|сутки|сутках)\b")
_COLLECTIVE_WORDS = {"2": "двое", "3": "трое", "4": "четверо"}
"""Nouns with no singular take the collective numeral: "3 суток" is "трое суток"."""


# --- "1/4 финала" ---------------------------------------------------------------------------

_FINAL_PART = re.compile(r"(?P<prep>\b[Вв]о?\s)?(?<![\d/])1/(?P<den>2|4|8|16|32)\s(?=финала\b)")


def _final_part(m: re.Match[str]) -> str:
    """"1/4 финала" -> "одна четвёртая финала", "в 1/8 финала" -> "в одной восьмой финала"."""
    prep = m.group("prep") or ""
    case = "p" if prep.strip().lower() in ("в", "во") else "n"
    one = "одной" if case == "p" else "одна"
    part = ru_ordinal(int(m.group("den")), case, "f")
    return f"{prep}{one} {part} "


_NUMBER_SPAN = re.compile(r"(?<![\d,.:/])(\d{1,4})\s?[–—]\s?(\d{1,4})(?![\d,.:/]\d|\s?[–—]\s?\d)")
"""A span of two numbers with a dash ("в 8–9 баллов"): the voice says the dash of "8–9" as
nothing ("восемь девять"); set off by spaces, it pauses there as a newsreader does ("восемь —
девять")."""


def _number_span(m: re.Match[str]) -> str:
    """The span set off by spaces; in words in the nominative where no preposition asks for
    another case ("в 8–9 баллов": "в восемь — девять", from the digit "девять" has a hard /v/);
    after one that does, the case rules read it ("до 5 — 7 градусов": "до пяти — семи")."""
    before = m.string[:m.start()].split()[-1:]
    word = before[0].lower() if before else ""
    if not _COUNTED_WORD.match(m.string, m.end()):
        return m.group(0)  # a sign or a unit after it ("10–15%", "1–2 тыс."): theirs to read
    if word in RU_CASE_OF and word not in ("в", "во", "на"):
        return f"{m.group(1)} — {m.group(2)}"
    return f"{ru_cardinal(int(m.group(1)), 'n')} — {ru_cardinal(int(m.group(2)), 'n')}"


_COUNTED_WORD = re.compile(r"\s(?=[а-яё]*[аеёиоуыэюя])[а-яё]{4,}\b(?!\.\s?[а-яё\d])")
"""A word after the span that is what it counts ("баллов", "раза"), not a unit's abbreviation
("тыс.", "млрд")."""


_YEAR_NOUN = re.compile(r"(?P<prep>\b[Вв]о?\s|\b[Нн]а\s)?(?<![\d.,])(?P<n>\d{1,3})\s(?P<noun>года|году|годом|годе)\b")
_YEAR_CASE = {"года": "g", "году": "d", "годом": "i", "годе": "p"}
_ERA_AFTER = re.compile(r"\s(?:до\s)?(?:н\.\s?э\.|нашей эры)")


def _year_noun(m: re.Match[str]) -> str:
    """A year of three digits (the four-digit ones are the year rule's; below 200 only with its
    era) before "год" in the singular is an ordinal in that case: "около 330 года" -> "около
    триста тридцатого года", "300 годом до н. э." -> "трёхсотым годом" (not "в возрасте 91
    года", "2 года": a count of years)."""
    n, noun = int(m.group("n")), m.group("noun")
    if n < 200 and not _ERA_AFTER.match(m.string, m.end()):
        return m.group(0)  # "в возрасте 91 года", "2 года назад": a count of years
    prep = m.group("prep") or ""
    case = "p" if prep and noun == "году" else _YEAR_CASE[noun]  # "в 988 году": where, not to whom
    return f"{prep}{ru_ordinal(n, case)} {noun}"


_HOURS_MINUTES = re.compile(
    rf"(?<![\w-])(?P<gov>{_GOVERNOR})\s+(?P<h>\d{{1,2}})\s?ч\.?\s(?P<m>[0-5]?\d)\s?мин(?:\.|\b)")
"""A running time in hours and minutes after a word that governs its case ("до 3 ч 35 мин."):
both numbers and both nouns in that case ("до трёх часов тридцати пяти минут")."""


def _hours_minutes(m: re.Match[str]) -> str:
    case = RU_CASE_OF[m.group("gov").lower()]
    if m.group("gov").lower() in ("с", "со") and re.match(r"[^.,;:!?]*?\bдо\s+\d", m.string[m.end():]):
        case = "g"  # "с 1 ч 21 мин до 2 ч": from
    if case not in ("g", "d", "i"):
        return m.group(0)  # "за 3 ч 35 мин.": the unit rules' nominative and genitive; "в 11 ч
        # 30 мин.": a time of day, said "в одиннадцать часов тридцать минут"
    said = [m.group("gov")]
    for n, spec, gender in ((int(m.group("h")), ("час", "m"), "m"), (int(m.group("m")), ("минут", "f"), "f")):
        plural = not (n % 10 == 1 and n % 100 != 11)
        said += [ru_cardinal(n, case, gender), ru_phrase((spec,), case, plural)]
    return stop_kept(m, " ".join(said))


_RU_SUFFIX_CASE = {
    # the ending written after the digits -> (case, gender, plural)
    "й": ("n", "m", False), "ый": ("n", "m", False), "ой": ("n", "m", False),
    "ий": ("n", "m", False), "я": ("n", "f", False), "ая": ("n", "f", False),
    "е": ("n", "n", False), "ое": ("n", "n", False), "го": ("g", "m", False),
    "ого": ("g", "m", False), "му": ("d", "m", False), "ому": ("d", "m", False),
    "м": ("p", "m", False), "ом": ("p", "m", False), "ю": ("a", "f", False),
    "ую": ("a", "f", False), "х": ("g", "m", True), "ых": ("g", "m", True),
    "ми": ("i", "m", True),
}


_RU_KILOMETRE = {"n": "километр", "g": "километра", "d": "километру", "a": "километр", "p": "километре"}
_RU_YEARS_WORDS = {"n": "годы", "g": "годов", "d": "годам", "i": "годами", "p": "годах"}
_RU_PLACE_PREPOSITIONS = frozenset("в во на о об обо при".split())


_RU_FEMININE_OBLIQUE = re.compile(r"\s[а-яё]+(?:ии|[^и\W]ы|[^иеао\W]и|[^иеао\W]е)\b")
"""A feminine noun in an oblique case after "N-й" ("армии", "бригады", "роте"), which makes it
"-ой", not the masculine "-ый" ("20-й полк")."""


def _ru_decade(n: int, rest: str) -> bool:
    """Whether "N-е" is a decade ("1960-е", "90-е годы"), said in the plural, not an ordinal
    in the neuter ("20-е место")."""
    return n % 10 == 0 and (1800 <= n <= 2090 or re.match(r"\s(?:годы|гг\.)", rest) is not None)


def _ru_ordinal(m: re.Match[str]) -> str:
    case, gender, plural = _RU_SUFFIX_CASE[m.group("suffix").lower()]
    n, rest = int(m.group("n")), m.string[m.start("gg") if m.group("gg") else m.end("suffix"):]
    if m.group("suffix").lower() == "й" and _RU_FEMININE_OBLIQUE.match(rest):
        case, gender = "g", "f"  # "в штабе 20-й армии": "двадцатой" (as in each oblique case)
    decade = m.group("suffix").lower() in ("е", "х", "м", "ми") and _ru_decade(n, rest)
    if decade:
        plural = True
        if m.group("suffix").lower() == "м":
            case = "d"
        elif m.group("suffix").lower() == "х":
            before = re.search(r"(\w+)\s$", m.string[:m.start()])
            case = "p" if before and before.group(1).lower() in _RU_PLACE_PREPOSITIONS else "g"
    said = str(_ru().to_ordinal(n, case=case, gender=gender, plural=plural, animate=False))
    if m.group("gg"):  # "в 1960-х гг.": "годах"
        said += " " + (_RU_YEARS_WORDS[case] if decade else "гг.")
    if m.group("km"):  # a road's kilometre: "на 112-м км" -> "на сто двенадцатом километре"
        said += " км" if plural else " " + _RU_KILOMETRE.get(case, "км")
    return said


RU_ORDINAL: Rule = (re.compile(r"\b(?P<n>\d{1,4})-(?P<suffix>" + "|".join(
    sorted(_RU_SUFFIX_CASE, key=len, reverse=True)) + r")\b(?P<gg>\sгг\.)?(?P<km>\sкм\b)?"), _ru_ordinal)
"""An ordinal written with its ending ("5-й", "в 21-м", "1960-х гг."), in the case and gender
the ending shows; a decade in the plural (bodynumbers.py runs it with the other ordinals)."""


def russian_rules() -> tuple[Rule, ...]:
    """The rules above, in the order they run (before bodycases.py's)."""
    return ((_YEAR_NOUN, _year_noun), (_SPAN, _span), (_HALF, _half), (_ANIMATE, _animate), (_TIME, _time),
            (_HOURS_MINUTES, _hours_minutes),
            (_COMPOUND, _compound), (_COLLECTIVE, lambda m: f"{_COLLECTIVE_WORDS[m.group('n')]} "
                                                         f"{m.group('noun')}"),
            (_FINAL_PART, _final_part), (_NUMBER_SPAN, _number_span))
