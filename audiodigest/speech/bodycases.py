"""The case of a number after a word that governs one, in Russian and Polish (Polish rules in
bodypolish.py; bodynumbers.py asks): "более 1000 домов" is "более тысячи домов", "до 15%" "до
пятнадцати процентов", "около 2,5 процента" "около двух целых пяти десятых процента", "в 31 регионе" "в тридцати одном
регионе", "со 150 пассажирами" "со ста пятьюдесятью пассажирами", "około 3/4 wyborców" "około
trzech czwartych wyborców".

espeak-ng reads digits in the nominative whatever stands before them. Here a number after a
governing word is written out in that word's case, every part of a compound declined ("тысячи
двухсот пятидесяти"), with what the number is of when it is written as a sign or an
abbreviation ("%", "км", "млн", "₽"): its word is put in the case and number the numeral asks
for (in Russian the singular after a numeral ending in 1, the plural after the others, the
genitive singular after a decimal). A noun already written after the number stays as written.

Conservative by design: the genitive is taken from the governing word alone (a preposition or
a word that always asks for it: "более", "до", "около", "в возрасте", "достигла"); the dative,
instrumental and prepositional only when the noun written after the number is in that case
too ("к 30 сёлам", "с 4 соперниками", "в 15 городах"), since "с", "в", "на", "по" and "за"
also go with a number in the nominative or accusative ("в 2 раза", "на 15%", "по 5 человек").
With no preposition, a plural noun in the dative or instrumental puts the number in its case
("помогает 500 семьям", "руководит 4 филиалами"). A number in any other place keeps its
digits (its nominative is what the voice says), but for a Russian 1000-1999, which the voice
says "одна тысяч ...". A Russian regnal numeral takes its name's case ("Петру I": "Петру
Первому"); a Polish fraction is written out in the nominative too ("3/4": "trzy czwarte").
"""

from __future__ import annotations

import re

from .bodydates import roman_value
from .bodypolish import polish_rules
from .bodyunits import ru_year_not_grams
from .common import Pass as Rule
from .common import either_case
from .common import ru_converter as _ru

__all__ = ["RU_ACCUSATIVE_BEFORE_COUNT", "RU_ADJECTIVES", "RU_CASE_OF", "RU_THINGS", "case_rules",
           "ru_adjectives_agree", "ru_cardinal", "ru_object_verb", "ru_ordinal", "ru_phrase", "ru_regnal"]



# --- Russian ------------------------------------------------------------------------------



_RU_GENITIVE = (
    "более|менее|свыше|сверх|около|порядка|до|от|из|без|для|у|против|после|кроме|вокруг|"
    "больше|меньше|выше|ниже|старше|младше|моложе|дороже|дешевле|среди|вместо|близ|возле|мимо|из-за|"
    "в возрасте|в течение|на протяжении|в размере|в пределах|в районе|в количестве|"
    "в объёме|в объеме|в радиусе|в сумме|на уровне|на высоте|с высоты|на глубине|с глубины|на расстоянии|"
    "достиг|достигла|достигло|достигли|достигает|достигают|достигнет|достигнут|"
    "достигала|достигали|достигал|достигать|достигнуть|лишились|лишился|лишилась|"
    "хватает|хватало|хватит|недостаёт|недостает")
"""Words after which a number is in the genitive whatever follows it."""
_RU_DATIVE = "к|ко|благодаря|согласно|вопреки|навстречу|по"
_RU_INSTRUMENTAL = "с|со|между|над|под|перед|вместе с|наряду с"
_RU_PREPOSITIONAL = "в|во|о|об|обо|при|на"
_RU_ACCUSATIVE_ONLY = "за|через|про"
"""Prepositions with the accusative, looked at only for a decimal or "1 тыс." ("за 1,5 млн")."""
_RU_GOVERNOR = either_case("|".join([_RU_GENITIVE, _RU_DATIVE, _RU_INSTRUMENTAL,
                                  _RU_PREPOSITIONAL, _RU_ACCUSATIVE_ONLY]))

# What a number may be of, written as a sign or abbreviation: the word's declension.
# A spec is (stem, class) or a word that does not change.
_Spec = tuple[tuple[str, str] | str, ...]
RU_THINGS: dict[str, tuple[_Spec, str]] = {
    # written -> (the phrase, its gender)
    "%": ((("процент", "m"),), "m"),
    "км/ч": ((("километр", "m"), "в час"), "m"), "м/с": ((("метр", "m"), "в секунду"), "m"),
    "км²": ((("квадратн", "adj"), ("километр", "m")), "m"),
    "м²": ((("квадратн", "adj"), ("метр", "m")), "m"),
    "кв. м": ((("квадратн", "adj"), ("метр", "m")), "m"),
    "м³": ((("кубическ", "adj-k"), ("метр", "m")), "m"),
    "км": ((("километр", "m"),), "m"), "см": ((("сантиметр", "m"),), "m"),
    "мм": ((("миллиметр", "m"),), "m"), "м": ((("метр", "m"),), "m"),
    "кг": ((("килограмм", "m"),), "m"), "т": ((("тонн", "f"),), "f"), "г": ((("грамм", "m"),), "m"),
    "га": ((("гектар", "m"),), "m"), "°C": ((("градус", "m"),), "m"),
    "°С": ((("градус", "m"),), "m"), "°": ((("градус", "m"),), "m"),
    "кВт·ч": ((("киловатт-час", "m"),), "m"), "МВт": ((("мегаватт", "m0"),), "m"),
    "л": ((("литр", "m"),), "m"),
    "млн": ((("миллион", "m"),), "m"), "млрд": ((("миллиард", "m"),), "m"),
    "трлн": ((("триллион", "m"),), "m"), "тыс.": ((("тысяч", "f-ч"),), "f"),
    "€": (("евро",), "m"), "$": ((("доллар", "m"),), "m"), "£": ((("фунт", "m"),), "m"),
    "₽": ((("рубл", "m-soft"),), "m"), "руб.": ((("рубл", "m-soft"),), "m"),
    "руб": ((("рубл", "m-soft"),), "m"),
    "чел.": ((("человек", "m0"),), "m"),
    "п. п.": ((("процентн", "adj"), ("пункт", "m")), "m"),
    "п.п.": ((("процентн", "adj"), ("пункт", "m")), "m"),
}
_RU_SCALES = frozenset({"млн", "млрд", "трлн", "тыс."})
_RU_SIGNS = frozenset({"€", "$", "£", "₽", "руб.", "руб"})
_RU_UNITS = frozenset(RU_THINGS) - _RU_SCALES - _RU_SIGNS - {"%"}
_RU_ENDINGS: dict[str, dict[str, tuple[str, str]]] = {
    # class -> case -> (singular, plural) ending
    "m": {"n": ("", "ы"), "g": ("а", "ов"), "d": ("у", "ам"), "i": ("ом", "ами"),
          "p": ("е", "ах")},
    "m0": {"n": ("", "ы"), "g": ("а", ""), "d": ("у", "ам"), "i": ("ом", "ами"),
           "p": ("е", "ах")},
    "m-soft": {"n": ("ь", "и"), "g": ("я", "ей"), "d": ("ю", "ям"), "i": ("ём", "ями"),
               "p": ("е", "ях")},
    "f": {"n": ("а", "ы"), "g": ("ы", ""), "d": ("е", "ам"), "i": ("ой", "ами"),
          "p": ("е", "ах"), "a": ("у", "ы")},
    "f-ч": {"n": ("а", "и"), "g": ("и", ""), "d": ("е", "ам"), "i": ("ей", "ами"),
            "p": ("е", "ах"), "a": ("у", "и")},
    "adj": {"n": ("ый", "ые"), "g": ("ого", "ых"), "d": ("ому", "ым"), "i": ("ым", "ыми"),
            "p": ("ом", "ых")},
    "adj-k": {"n": ("ий", "ие"), "g": ("ого", "их"), "d": ("ому", "им"), "i": ("им", "ими"),
              "p": ("ом", "их")},
}


def ru_phrase(spec: _Spec, case: str, plural: bool) -> str:
    words = []
    for part in spec:
        if isinstance(part, str):
            words.append(part)
        else:
            stem, kind = part
            words.append(stem + _RU_ENDINGS[kind][case][plural])
    return " ".join(words)


def _ends_in_one(n: int) -> bool:
    return n % 10 == 1 and n % 100 != 11


def ru_ordinal(n: int, case: str, gender: str = "m") -> str:
    """An ordinal in a case and gender: (4, "p", "f") -> "четвёртой"."""
    return str(_ru().to_ordinal(n, case=case, gender=gender, animate=False))


def ru_cardinal(n: int, case: str, gender: str = "m") -> str:
    """A whole number in a case, every part declined; a thousand from 1000 to 1999 without
    its "one", as it is said ("тысячи двухсот пятидесяти")."""
    words = str(_ru().to_cardinal(n, case=case, gender=gender, animate=False))
    if 1000 <= n < 2000:
        words = re.sub(r"^одн\w*\s(?=тысяч)", "", words)
    return words


def _ru_decimal(whole: str, fraction: str, case: str) -> str:
    """"2,5" in a case: "двух целых пяти десятых" (the whole and the tenths feminine)."""
    conv = _ru()
    w, f = int(whole), int(fraction)
    said = [str(conv.to_cardinal(w, case=case, gender="f", animate=False)),
            "цел" + {"n": ("ая", "ых"), "g": ("ой", "ых"), "d": ("ой", "ым"),
                     "i": ("ой", "ыми"), "p": ("ой", "ых"), "a": ("ую", "ых")}[case][
                         not _ends_in_one(w)]]
    if f == 0 and case == "n":
        return " ".join(said[:1])
    said.append(str(conv.to_cardinal(f, case=case, gender="f", animate=False)))
    plural = not _ends_in_one(f)
    said.append(str(conv.to_ordinal(10 ** len(fraction), case="g" if case == "a" and plural
                                    else case, gender="f", plural=plural, animate=False)))
    return " ".join(said)


_RU_PARTS = {3: "трет", 4: "четверт"}
_RU_PART_ENDINGS = {"n": ("ь", "и"), "g": ("и", "ей"), "d": ("и", "ям"), "i": ("ью", "ями"),
                    "p": ("и", "ях")}


def _ru_fraction(num: int, den: int, case: str) -> str:
    """"2/3" in a case: "двух третей", "одной четверти", "трём пятым"."""
    numerator = str(_ru().to_cardinal(num, case=case, gender="f", animate=False))
    plural = not _ends_in_one(num)
    if den in _RU_PARTS:
        return f"{numerator} {_RU_PARTS[den]}{_RU_PART_ENDINGS[case][plural]}"
    part = _ru().to_ordinal(den, case=case, gender="f", plural=plural, animate=False)
    return f"{numerator} {part}"


_RU_NUMBER = r"\d+(?:,\d{1,3})?"
RU_ADJECTIVES = r"(?:(?:[а-яё]{2,}(?:ых|их|ым|им|ыми|ими)|вс(?:ех|ем|еми))\s+){1,2}"
"""One or two plural adjectives in an oblique case, each with its space after it."""
_RU_THING = "|".join(re.escape(t) for t in sorted(RU_THINGS, key=len, reverse=True))
_RU_YEAR_WORDS = r"(?:год|года|году|годом|годе|годах|годов|годы|гг?\.)"
_RU_CASED = re.compile(
    rf"(?<![\w-])(?P<gov>{_RU_GOVERNOR})(?P<sp>\s+)"
    rf"(?P<adj>{RU_ADJECTIVES})?"
    rf"(?P<pre>[$€£])?(?P<minus>[−+-](?=\d))?"
    rf"(?:(?P<num>\d)/(?P<den>\d{{1,2}})(?![\d/])"
    rf"|(?P<a>{_RU_NUMBER})(?:\s?[–—-]\s?(?P<b>{_RU_NUMBER}))?)"
    rf"(?![\d,.:/]\d|[-\w/])"
    rf"(?:(?P<tsp>\s?)(?P<thing>{_RU_THING})(?![\w²³/]|\.\w)"
    rf"(?:\s?(?P<sign>[$€£₽])(?!\w))?)?"
    rf"(?:(?=(?:\s+(?:и|или)\s+\d+)?(?:\s+[а-яё]+(?:ых|их|ым|им|ыми|ими|ой|ей|ом|ем)(?=\s+[а-яё]))?"
    rf"\s+(?P<noun>[а-яё]+)))?")
"""A governing word, a number (or two with a dash, or a fraction) and what it is of when that
is written as a sign or abbreviation; the noun after it is looked at, not taken (it may govern
the next number: "от 5 до 8 лет"). One or two plural adjectives may stand between the word and
the number, in the word's case ("до рекордных 2,3%", "около последних 20 лет", "к новым 40
сёлам", "для всех 5 детей"); not a pronoun ("из них 5", "у них 3")."""
_RU_ADJECTIVE_CASE = {"g": ("ых", "их", "всех"), "p": ("ых", "их", "всех"),
                      "d": ("ым", "им", "всем"), "i": ("ыми", "ими", "всеми")}
"""The plural adjective's endings in each case."""


def ru_adjectives_agree(words: str, case: str) -> bool:
    """Whether the plural adjectives `words` (none: yes) are in `case`."""
    return all(w.lower().endswith(_RU_ADJECTIVE_CASE.get(case, ("-",))) for w in words.split())

RU_CASE_OF = {w: "g" for w in _RU_GENITIVE.split("|")}
RU_CASE_OF.update({w: "d" for w in _RU_DATIVE.split("|")})
RU_CASE_OF.update({w: "i" for w in _RU_INSTRUMENTAL.split("|")})
RU_CASE_OF.update({w: "p" for w in _RU_PREPOSITIONAL.split("|")})
RU_CASE_OF.update({w: "a" for w in _RU_ACCUSATIVE_ONLY.split("|")})
_RU_TIME_PREPOSITIONS = frozenset("до от с со после к ко из у вместо около".split())
_RU_COUNTED = r"(?:руб|долл|евро|тыс|млн|млрд|человек|лет|[а-яё]+(?:ов|ев|ей|ий|ек|ок))"
_RU_TO_COUNT = re.compile(rf"\s+до\s+[−-]?\d[\d\s]*(?:,\d+)?\s?{_RU_COUNTED}(?![а-яё])")
"""After "от 2000" a second number with a counted word: two counts, not two years ("от 2000 до 2500
руб.", "от 1500 до 3000 человек"; "от 2010 до 2015 года" are years)."""
"""After these a number from 1800 to 2100 with no noun after it is a year ("после 2014")."""
_RU_VOWELS = "аеёиоуыэюя"
"""A noun in the genitive plural (what a count asks for) ends in a consonant, "ь" or "й"."""
_RU_NOT_NOUNS = frozenset("и или а но по до в во на он она они оно мы вы я же ли бы".split())
_RU_ORDINAL_NOUNS = frozenset(
    "век веке веку веком году годе этаже этажу этажом месте месту классе классу курсе туре "
    "томе номере разделе пункте параграфе статье главе части линии".split())
"""Nouns after which a number in the singular is most often an ordinal ("на 21 этаже")."""
_RU_ORDINAL_PREPOSITIONAL = frozenset(w for w in _RU_ORDINAL_NOUNS if w[-1] in "еи") | frozenset(
    "квартале полугодии сезоне созыве чтении матче раунде ряду".split())
"""A singular prepositional after "в", "на" and a number: an ordinal whatever the number ("в
1 классе": "в первом классе"; a count would be plural, "в пяти классах")."""
_RU_FEMININE_E = frozenset(
    "стране школе больнице тонне неделе минуте секунде машине квартире семье деревне "
    "компании области партии акции провинции территории столице улице".split())
"""Feminine nouns whose prepositional ends in -е as a masculine's does ("в 21 стране")."""


def _shows_case(noun: str, n: int, wanted: str) -> bool:
    """Whether the noun written after a number `n` is in the `wanted` case (dative,
    instrumental, prepositional) by its ending; a singular after a number ending in 1 only
    from 21 up and not before a noun that is mostly counted with an ordinal."""
    plural = not _ends_in_one(n)
    endings = {
        "d": (("ам", "ям"), ("у", "ю", "е", "и")),
        "i": (("ами", "ями", "ьми"), ("ом", "ем", "ём", "ой", "ей", "ью")),
        "p": (("ах", "ях"), ("е", "и")),
    }[wanted]
    if not noun.endswith(endings[0] if plural else endings[1]):
        return False
    return plural or (noun not in _RU_ORDINAL_NOUNS and n > 20)  # "в 1 классе", "на 21 этаже"


_RU_WHERE_UNITS = frozenset({"км", "м", "г", "мг", "кг", "мл", "л", "см"})
_RU_MEASURED = re.compile(r"\b(?:длиной|весом|массой|мощностью|ростом|площадью|глубиной|высотой|шириной|"
                          r"толщиной|скоростью|стоимостью|объ[её]мом|диаметром|радиусом|калибром|"
                          r"протяж[её]нностью|размере)\s+$", re.I)
"""A measure's noun before "в" ("длиной в 3 км", "весом в 5 кг"): the amount is its accusative."""


def _ru_gender(noun: str, n: int, case: str) -> str:
    """The gender of the noun after a numeral ending in 1, from its ending in `case`."""
    if not _ends_in_one(n) or not noun:
        return "m"
    if case == "g":
        return "f" if noun.endswith(("ы", "и")) else "m"
    if case == "d":
        return "f" if noun.endswith(("е", "и")) else "m"
    if case == "i":
        return "f" if noun.endswith(("ой", "ей", "ью")) else "m"
    return "f" if noun.endswith("и") or noun in _RU_FEMININE_E else "m"


def _ru_cased(m: re.Match[str]) -> str:
    gov = re.sub(r"\s+", " ", m.group("gov")).lower()
    noun = m.group("noun") or ""
    thing = m.group("thing")
    last = m.group("b") or m.group("a") or ""
    case = RU_CASE_OF[gov]
    if m.group("adj") and (m.group("pre") or not ru_adjectives_agree(m.group("adj"), case)):
        return m.group(0)  # "на рекордные 15%" (accusative: the voice's nominative)
    lead = m.group("gov") + m.group("sp") + (m.group("adj") or "")
    if thing == "г" and ru_year_not_grams(last, m.string, m.end("thing")):
        return m.group(0)  # "до 2030 г.": a year (the dates' rules)
    if m.group("pre") and thing and thing not in _RU_SCALES:
        return m.group(0)
    if m.group("a") and "," in last and len(last.split(",")[1]) == 2 and thing in _RU_SIGNS:
        return m.group(0)  # "до 90,50 руб.": roubles and kopecks (the money rule; "71,4 руб." is
        # a decimal of roubles)
    if m.group("a") and not thing and len(last) == 4 and "," not in last and (
            noun and re.fullmatch(_RU_YEAR_WORDS, noun)
            or re.match(rf"\s+{_RU_YEAR_WORDS}(?!\w)", m.string[m.end("a"):])  # "с 2023 годом"
            or 1800 <= int(last) <= 2100 and gov in _RU_TIME_PREPOSITIONS
            and (not noun or noun in _RU_NOT_NOUNS or noun[-1] in _RU_VOWELS)
            and not _RU_TO_COUNT.match(m.string, m.end())):  # "от 2000 до 2500 руб.": counts
        return m.group(0)  # a year: "до 2030 года" (the year rule), "после 2014 цены"
    first = re.search(r"\b(?:[Оо]т|[Сс]о?)\s+(\d{4})\s+$", m.string[:m.start()])
    if gov in ("до", "по") and first and 1000 <= int(first.group(1)) <= 2100 and not (
            thing or noun and re.fullmatch(_RU_COUNTED, noun)):
        return m.group(0)  # "от 2010 до 2015": the second of two years ("от 3000 до 5000
        # рублей" is two counts)
    if gov in ("с", "со") and case == "i":
        if re.match(r"[^.,;:!?]*?\bдо\s+[−-]?\d", noun + m.string[m.end():m.end() + 40]):
            case = "g"  # "с 4% до 6%": from
        elif (not thing and noun and noun[-1] not in _RU_VOWELS and noun not in _RU_NOT_NOUNS
              and not _ends_in_one(int(last.split(",")[0]))):
            case = "g"  # "с 5 лет", "с 2 сторон": a genitive plural after it, since
    if gov in _RU_ACCUSATIVE and not m.group("b") and not m.group("num") and not m.group("pre") and (
            "," in last and last.split(",")[1].strip("0")
            or thing and RU_THINGS[thing][1] == "f" and _ends_in_one(int(last.split(",")[0]))):
        case = "a"  # "на 1,5%": "на одну целую пять десятых", "за 1 тыс.": "за одну тысячу"
    elif case == "a":
        return m.group(0)  # "за 2 билета", "через 21 день": the voice says the nominative
    if case not in ("g", "a") and thing and m.group("b") and RU_THINGS[thing][1] == "f":
        return _ru_feminine_first(m, gov)  # "на 1–2 тыс.": "на одну — две тысячи"
    one_each = gov == "по" and last == "1" and noun.endswith(("у", "ю", "е", "и"))
    if (case == "p" and not thing and not m.group("b") and "," not in last
            and noun in _RU_ORDINAL_PREPOSITIONAL):
        gender = "f" if noun.endswith("и") or noun in _RU_FEMININE_E else "m"
        said = str(_ru().to_ordinal(int(last), case="p", gender=gender, animate=False))
        return f"{lead}{said}"  # "в 1 классе": "в первом классе"
    located = (gov == "в" and thing in _RU_WHERE_UNITS and (noun in ("от", "к") or noun.endswith(("а", "я", "ы", "и")))
               and not _RU_MEASURED.search(m.string[max(0, m.start("gov") - 20):m.start("gov")]))
    if case not in ("g", "a") and not located:
        # ("в 2 км от города", "в 15 км к северу", "в 100 г продукта": prepositional, but not
        # "длиной в 3 км": a measure's accusative); otherwise the noun must show the case
        if thing or not noun or m.group("num") or "," in last:
            return m.group(0)
        if gov == "по" and not noun.endswith(("ам", "ям")) and not one_each:
            return m.group(0)  # "по 5 человек": distributive ("по 1 билету": dative)
        after = re.match(r"\s+([а-яё]+)", m.string[m.end("a"):]) if m.group("a") else None
        about_the = (gov in ("о", "об", "обо", "при") and after is not None  # "о 20 погибших и раненых",
                     and after.group(1).removesuffix("ся").endswith(("ых", "их")))  # "при 5 воздержавшихся"
        if not one_each and not about_the and not _shows_case(noun, int(last), case):
            return m.group(0)
    if m.group("num"):
        num, den = int(m.group("num")), int(m.group("den"))
        if not 0 < num < den <= 10:
            return m.group(0)
        said = _ru_fraction(num, den, case)
    else:
        gender = RU_THINGS[thing][1] if thing else _ru_gender(noun, int(last.split(",")[0]),
                                                                  case)
        if gov == "от" and not thing:  # "от 1 до 2 тыс.": the gender of what the second is of
            gender = _ru_gender_after_to(m.string[m.end():], gender)
        said = " — ".join(_ru_number(x, case, gender) for x in (m.group("a"), m.group("b"))
                          if x)
    if m.group("minus"):
        said = ("плюс " if m.group("minus") == "+" else "минус ") + said
    if m.group("pre") and not thing:  # "ниже $70"
        whole, _, tenths = last.partition(",")
        plural = not tenths.strip("0") and not _ends_in_one(int(whole))
        said += " " + ru_phrase(RU_THINGS[m.group("pre")][0], "g" if tenths.strip("0") else case,
                                 plural)
    if thing:
        spec = RU_THINGS[thing][0]
        whole, _, tenths = last.partition(",")
        fractional = bool(m.group("num")) or bool(tenths.strip("0"))
        n_last = 5 if m.group("num") else int(whole)
        if fractional:
            said += " " + ru_phrase(spec, "g", False)
        else:
            said += " " + ru_phrase(spec, case, not _ends_in_one(n_last))
        sign = m.group("sign") or m.group("pre")
        if thing in _RU_SCALES and sign:
            said += " " + ru_phrase(RU_THINGS[sign][0], "g", True)
    if thing and thing.endswith(".") and m.end() == len(m.string):
        said += "."
    return f"{lead}{said}"


_RU_ACCUSATIVE = frozenset("на за через про".split())
RU_ACCUSATIVE_BEFORE_COUNT = _RU_ACCUSATIVE | {"в", "во"}
"""Before a count of things or an amount these ask the accusative, which a thousand and a
feminine one show ("за тысячу рублей", "на одну гривну", "в полтора раза")."""
"""Prepositions after which a decimal or "1 тыс." is in the accusative ("на 1,5%")."""
_RU_TO_THING = re.compile(rf"\s+до\s+[−-]?\d+(?:,\d+)?\s?(?P<thing>{_RU_THING}|тысяч)")


def _ru_gender_after_to(rest: str, gender: str) -> str:
    """The gender of the sign or abbreviation after the "до N" that follows an "от N"."""
    after = _RU_TO_THING.match(rest)
    if after is None:
        return gender
    return "f" if after.group("thing") == "тысяч" else RU_THINGS[after.group("thing")][1]


def _ru_feminine_first(m: re.Match[str], gov: str) -> str:
    """The first of two numbers before a feminine abbreviation ("на 1–2 тыс.", "в 1-2 т"),
    in the nominative or, after a preposition that asks it, the accusative ("одну", "две"):
    the voice says "один", "два"; the rest is left to the other rules."""
    first = int(m.group("a").split(",")[0]) if "," not in m.group("a") else 0
    if not (first % 10 in (1, 2) and first % 100 not in (11, 12)):
        return m.group(0)
    accusative = gov in ("на", "за", "в", "во", "через", "про")
    said = ru_cardinal(first, "a" if accusative else "n", "f")
    return m.string[m.start():m.start("a")] + said + m.string[m.end("a"):m.end()]


def _ru_number(number: str, case: str, gender: str) -> str:
    if "," in number and number.split(",")[1].strip("0"):
        whole, fraction = number.split(",")
        return _ru_decimal(whole, fraction, case)
    return ru_cardinal(int(number.split(",")[0]), case, gender)


_RU_BARE = re.compile(r"(?<![\w,.\-−+/:$€£])(?P<a>\d+)(?![\d,.:/]\d|[-\w/%])"
                     r"(?=\s+(?P<noun>[а-яё]+(?:ами|ями|ьми|ам|ям|вшим|ршим|[ёе]нным|анным))(?![\w-]))")
"""(A participle counted as a noun shows the dative too: "оказана 15 пострадавшим".)"""
_RU_BARE_GENITIVE = re.compile(r"(?<![\w,.\-−+/:$€£])(?P<a>\d*[234])(?![\d,.:/]\d|[-\w/%])"
                                rf"(?=\s+(?:{RU_ADJECTIVES})?(?P<noun>[а-яё]+(?:ов|ев|ёв|ей))(?![\w-]))")


def _ru_bare_genitive(m: re.Match[str]) -> str:
    """A number ending in 2 to 4 before a genitive plural is in the genitive ("не хватило 3
    голосов": "трёх голосов", "жители 52 населённых пунктов"); in the nominative its noun
    would be singular ("3 голоса", "52 населённых пункта")."""
    n = int(m.group("a"))
    return m.group(0) if 12 <= n % 100 <= 14 else ru_cardinal(n, "g")


_RU_NOT_DATIVE = frozenset("рам дам драм реклам панорам мам пижам ям гамм программ".split())
"""Genitive plurals in -ам, -ям ("5 рам"), which a number in the nominative goes with."""


def _ru_bare(m: re.Match[str]) -> str:
    """A number in the plural dative or instrumental its noun shows, with no preposition:
    a verb's case ("помогает 500 семьям", "руководит 4 филиалами")."""
    noun, n = m.group("noun"), int(m.group("a"))
    if noun in _RU_NOT_DATIVE or _ends_in_one(n):
        return m.group(0)
    case = "i" if noun.endswith(("ами", "ями", "ьми")) else "d"
    return ru_cardinal(n, case)


# --- Russian regnal numerals ----------------------------------------------------------------

_RU_NAMES = {
    # the name (nominative) -> (stem, class)
    "Пётр": ("Петр", "m"), "Петр": ("Петр", "m"), "Павел": ("Павл", "m"),
    "Лев": ("Льв", "m"), "Александр": ("Александр", "m"), "Иван": ("Иван", "m"),
    "Карл": ("Карл", "m"), "Людовик": ("Людовик", "m"), "Генрих": ("Генрих", "m"),
    "Георг": ("Георг", "m"), "Эдуард": ("Эдуард", "m"), "Вильгельм": ("Вильгельм", "m"),
    "Фридрих": ("Фридрих", "m"), "Филипп": ("Филипп", "m"), "Бенедикт": ("Бенедикт", "m"),
    "Франциск": ("Франциск", "m"), "Иоанн": ("Иоанн", "m"), "Ричард": ("Ричард", "m"),
    "Густав": ("Густав", "m"), "Хуан": ("Хуан", "m"), "Пий": ("Пи", "m-й"),
    "Николай": ("Никола", "m-й"), "Григорий": ("Григори", "m-ий"),
    "Василий": ("Васили", "m-ий"), "Дмитрий": ("Дмитри", "m-ий"),
    "Екатерина": ("Екатерин", "f"), "Елизавета": ("Елизавет", "f"), "Анна": ("Анн", "f"),
    "Мария": ("Мари", "f-ия"), "Виктория": ("Виктори", "f-ия"),
}
_RU_NAME_ENDINGS = {
    # class -> case -> ending (the accusative of a man's name is the genitive)
    "m": {"g": "а", "d": "у", "i": "ом", "p": "е"},
    "m-й": {"n": "й", "g": "я", "d": "ю", "i": "ем", "p": "е"},
    "m-ий": {"n": "й", "g": "я", "d": "ю", "i": "ем", "p": "и"},
    "f": {"n": "а", "g": "ы", "d": "е", "a": "у", "i": "ой", "p": "е"},
    "f-ия": {"n": "я", "g": "и", "d": "и", "a": "ю", "i": "ей", "p": "и"},
}
_RU_NAME_FORMS: dict[str, tuple[str, str]] = {}
for _name, (_stem, _kind) in _RU_NAMES.items():
    _RU_NAME_FORMS[_name] = ("n", _kind[0])
    for _case, _ending in _RU_NAME_ENDINGS[_kind].items():
        _RU_NAME_FORMS.setdefault(_stem + _ending, (_case, _kind[0]))
_RU_REGNAL = re.compile(
    r"(?:(?P<prep>\b[А-Яа-яё]+)\s)?(?P<name>" + "|".join(sorted(_RU_NAME_FORMS, key=len,
                                                              reverse=True))
    + r")\s(?P<r>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))(?![\w-])")
_RU_PREPOSITIONAL_BEFORE = frozenset("о об при в на".split())


def ru_regnal(m: re.Match[str]) -> str:
    """"Петра I" -> "Петра Первого", "при Екатерине II" -> "при Екатерине Второй": the
    ordinal in the name's case and gender."""
    case, gender = _RU_NAME_FORMS[m.group("name")]
    prep = m.group("prep") or ""
    if gender == "f" and m.group("name").endswith("е") and prep.lower() in \
            _RU_PREPOSITIONAL_BEFORE:
        case = "p"
    words = str(_ru().to_ordinal(roman_value(m.group("r")), case=case, gender=gender,
                                 animate=True))
    return f"{prep + ' ' if prep else ''}{m.group('name')} {words.capitalize()}"


# --- all together ---------------------------------------------------------------------------

_RU_THOUSANDS = re.compile(r"(?P<before>\b\w+\s)?(?<![\d,.\-−])(?P<n>\d{1,3}\d{3})(?![\d,.:/]\d|[\d-])")


def _ru_thousands(m: re.Match[str]) -> str:
    """espeak-ng says "1250" "одна тысяч двести пятьдесят", "2500" "две тысяч пятьсот",
    "21000" "двадцать одна тысяч": a count of thousands ending in 1 to 4 is written out
    ("тысяча двести пятьдесят", "две тысячи пятьсот"); "5000" it says right. A year after a
    word of time ("после 2014", "от 2010 до 2015") is left as it is."""
    n, before = int(m.group("n")), (m.group("before") or "").strip().lower()
    if not _ru_few_or_one(n // 1000) or (2000 <= n <= 2100 and before in _RU_TIME_PREPOSITIONS):
        return m.group(0)
    case = "n"
    if (before in RU_ACCUSATIVE_BEFORE_COUNT or ru_object_verb(before)) and n // 1000 % 10 == 1:
        after = re.match(r"\s+([а-яё]+)", m.string[m.end():])
        noun = after.group(1) if after else ""
        if noun.startswith("год"):
            return m.group(0)  # "в 1500 году": a year
        if not noun.endswith(_RU_OBLIQUE_PLURAL):
            case = "a"  # "за 1500 рублей": "за тысячу пятьсот" (not "на 1500 метрах")
    return (m.group("before") or "") + ru_cardinal(n, case)


_RU_OBJECT_VERBS = (
    "заплати", "оплати", "выплати", "выплачива", "получи", "получа", "потрати", "трати", "выдели",
    "выделя", "собра", "собира", "перечисли", "превыси", "превыша", "состави", "составля",
    "стои", "стоя", "набра", "привлек", "задержа", "потеря", "теря", "купи", "покупа", "прода",
    "вложи", "направи", "направля", "отправи", "изъя", "обнаружи", "уничтожи", "сбил", "сбива",
    "перехвати", "эвакуирова", "спас", "освободи", "арестова", "наня", "уволи", "сократи",
    "приня", "зарегистрирова", "зафиксирова", "насчита", "насчитыва", "потребова", "запроси",
    "сэкономи", "построи", "строи", "выяви", "выявля", "разверну", "откры", "закры", "установи",
    "прове", "провё", "госпитализирова", "вакцинирова", "протестирова", "обследова", "доставил",
    "привез", "привёз", "вывез", "вывёз", "перевез", "перевёз", "переда", "верну", "посади",
    "высади", "созда", "подготови", "обучи", "трудоустрои", "обслужи", "отремонтирова",
    "замени", "сда", "вве", "выпусти", "произве", "добы", "экспортирова", "импортирова",
    "постави", "выигра", "заби", "сдела", "соверши", "выда", "оформи", "подписа", "выполни",
    "сократи", "сокраща", "увол", "эвакуирова", "спаса", "нарушил", "проверил", "заброси",
    "забрасыва", "подня", "поднима")
"""Verbs whose number after them is their object, in the accusative ("составил 1500 рублей":
"тысячу пятьсот"); a verb whose noun after it is its subject is not here ("погибли 1200
человек", "проживает 1500 человек": "тысяча")."""
_RU_VERB_FORM = re.compile(r"[а-яё]+(?:л|ла|ло|ли|т)")


def ru_object_verb(word: str) -> bool:
    """Whether `word` (lower case) is a form of a verb whose number after it is its object."""
    return word.startswith(_RU_OBJECT_VERBS) and _RU_VERB_FORM.fullmatch(word) is not None


_RU_OBLIQUE_PLURAL = ("ах", "ях", "ам", "ям", "ами", "ями")
"""A noun in the prepositional, dative or instrumental plural: the number is in that case."""


def _ru_few_or_one(n: int) -> bool:
    return 1 <= n % 10 <= 4 and not 11 <= n % 100 <= 14


_RU_GENDERED = re.compile(r"(?<![\w,.\-−+/:$€£])(?P<before>[а-яёА-ЯЁ]+\s)?(?P<a>\d*[12])(?![\d,.:/]\d|[-\w/%])"
                          r"(?=\s+(?:[а-яё]{2,}(?:ые|ие|ых|их|ая|яя|ое|ее|ую|юю)\s+(?!(?:и|или|а|но|в|во|на|с|со|по|до|за|к|от|из|у|о|для)\b))?"
                          r"(?P<noun>[а-яё]+)(?![\w-]))")
"""(An adjective may stand between: "2 новые поликлиники", "1 новая школа"; a noun in -ие before
"и" is the noun: "21 отделение и ...".)"""
_RU_MASCULINE_A = frozenset("мужчина мужчину папа дедушка дядя судья юноша слуга глава".split())


def _ru_gendered(m: re.Match[str]) -> str:
    """A number ending in 1 or 2 before a feminine or neuter noun, with no preposition: espeak-
    ng says "одна" and "две" as "один", "два" ("1 женщина", "22 команды", "1 место"): a noun in
    -а, -я after 1 is feminine ("одна"), in -у, -ю its accusative ("одну"), in -о, -е neuter
    ("одно"); a noun in -ы, -и after 2 is a feminine's genitive ("две команды")."""
    n, noun = int(m.group("a")), m.group("noun")
    before = m.group("before") or ""
    if n % 100 in (11, 12) or before.strip().lower() in ("номер", "номером", "номере", "номера", "телефону",
                                                          "телефон", "номеру") or noun in ("или", "либо"):
        return m.group(0)  # "номер 1 мирового рейтинга", "по телефону 102 или 112": a number named
    if before.strip().lower() in RU_CASE_OF:
        # after "на", "по", "в" the accusative only: "на 1 неделю", "по 2 тысячи"
        if before.strip().lower() not in RU_ACCUSATIVE_BEFORE_COUNT | {"по"} or not (
                noun.endswith(("у", "ю")) if n % 10 == 1 else noun.endswith(("ы", "и"))):
            return m.group(0)
    if n % 10 == 1:
        if noun.endswith(("а", "я")) and noun not in _RU_MASCULINE_A:
            return before + ru_cardinal(n, "n", "f")
        if noun.endswith(("у", "ю")) and noun not in _RU_MASCULINE_A:
            return before + ru_cardinal(n, "a", "f")
        if noun.endswith(("о", "е")):
            return before + ru_cardinal(n, "n", "n")
    elif noun.endswith(("ы", "и")):
        return before + ru_cardinal(n, "n", "f")
    return m.group(0)


def late_rules(language: str) -> tuple[Rule, ...]:
    """The rules that run last, on the numbers no other rule has written out."""
    if language != "ru":
        return ()
    return ((_RU_GENDERED, _ru_gendered), (_RU_THOUSANDS, _ru_thousands))


def case_rules(language: str) -> tuple[Rule, ...]:
    """The rules for numbers in a governed case in `language`, in the order they run (after
    thousands are joined, before money, units and decimals)."""
    if language == "ru":
        return ((_RU_CASED, _ru_cased), (_RU_BARE, _ru_bare),
                (_RU_BARE_GENITIVE, _ru_bare_genitive), (_RU_REGNAL, ru_regnal))
    if language == "pl":
        return polish_rules()
    return ()
