"""Numbers in an article written in another language than English, in that language's words
where its espeak-ng voice would read the digits wrong.

espeak-ng reads a plain whole number right in every language the voices frame, and Russian
decimals too ("1,5": "один и пять десятых"). Measured with `espeak-ng -x -v LANG`, it gets
these families wrong, which are written out here (num2words for the words):

- thousands set off by spaces ("1 000 000", "20 000" in Spanish): digit by digit in Spanish,
  Russian, Ukrainian, Belarusian and Czech, so the groups are joined first; and millions in
  Russian, Ukrainian and Belarusian ("1000000": "один тысяч");
- decimals with a comma: Belarusian drops the comma ("1,5": "адзін пяць"), Ukrainian the
  fraction's size, Swedish says "punkt";
- percent: Ukrainian and Belarusian say it in English, Czech in the wrong number;
- ordinals: German "3." ("den 3. Platz": "drei"), French "3e" and "XXIe", Spanish "3.º" and
  "1.ª", Dutch "3e" and "21ste", Russian "3-й", "3-го" (read as nonsense);
- years with their case in Slavic languages ("в 2023 году": "две тысячи двадцать три году";
  "w 2023 roku").

Amounts of money with cents and currencies written as abbreviations are in bodymoney.py;
amounts (units, scale abbreviations, currency signs, Russian decimals and percent, Spanish
agreement) in bodymeasures.py, fractions in bodyfractions.py; dates, times, ranges, telephone numbers and Roman
numerals after names in bodyroman.py; a Russian or Polish number in the case its governing
word asks for ("более 1000 домов": "более тысячи домов"), a Russian regnal numeral in its
name's case, in bodycases.py; Russian "полтора", animate objects, times and spans of
temperatures in their case in bodyrussian.py, Portuguese in bodyportuguese.py; each measured
the same way (the fresh probe set,
tests/data/body_numbers_fresh.tsv, judges them all).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from num2words import num2words

from . import prefilter
from .bodyagreement import ES_ONE_BEFORE_SCALE, es_scale_one
from .bodyaircraft import aircraft_rules
from .bodycases import case_rules, late_rules
from .bodydates import MONTHS, date_rules
from .bodygeo import coordinate_rules
from .bodygerman import german_hundreds
from .bodymeasures import measure_rules
from .bodymoney import money_rules
from .bodyportuguese import portuguese_late_rules, portuguese_rules
from .bodyrates import price_unit_rules
from .bodyregions import regional, regional_signs
from .bodyroads import road_rules
from .bodyroman import GERMAN_ORDINAL_BEFORE, es_ordinal, roman_value
from .bodyrussian import RU_ORDINAL, russian_rules
from .bodywords import word_rules
from .common import Pass as Rule
from .common import converter as _conv
from .common import keeping_stop
from .prefilter import Checked

__all__ = ["GERMAN_ORDINAL_BEFORE", "body_numbers"]


_SPACE = "[ \u00a0\u2009\u202f]"
_THOUSANDS = re.compile(rf"(?<![\d.,])(\d{{1,3}})((?:{_SPACE}\d{{3}})+)(?![\d])")
_DIGIT = re.compile(r"[\d½⅓⅔¼¾]|\b[IVX]|\bL[XVI]")
"""A digit, a fraction's glyph, or what may be a Roman numeral ("Louis XIV", "au XIXe
siècle")."""


def _join_thousands(m: re.Match[str]) -> str:
    return m.group(1) + re.sub(_SPACE, "", m.group(2))


_APOSTROPHE_THOUSANDS = re.compile(r"(?<![\d.,'’])(\d{1,3})((?:['’]\d{3})+)(?![\d'’])")
"""Swiss thousands ("12'000", "1’850"): espeak-ng says "zwölf Apostroph null null null"."""
_POINT_THOUSANDS = frozenset({"de", "es", "it", "pt", "nl"})
"""Whose voice reads "1.850" as a count and "1850" as a year: the apostrophe becomes a point."""


def _apostrophe_thousands(language: str) -> Callable[[re.Match[str]], str]:
    mark = "." if language in _POINT_THOUSANDS else ""
    return lambda m: m.group(1) + re.sub("['’]", mark, m.group(2))


_BIG = re.compile(r"(?<![\d,.])\d{7,15}(?![\d]|,\d)")
_BIG_LANGUAGES = frozenset({"ru", "uk", "be"})
"""Whose voice misreads millions ("1000000": "один тысяч", "2500000": "два тисяча п'ятсот
тисяча"); smaller whole numbers it reads right."""




def _cardinal(n: int, language: str) -> str:
    return str(num2words(n, lang=language))


# --- decimals and percent -------------------------------------------------------------------

_COMMA = {"be": ("коска", "нуль"), "uk": ("кома", "нуль"), "sv": ("komma", "noll")}
"""Languages whose voice misreads "1,5": the decimal comma's word and zero's."""
_DECIMAL = re.compile(r"(?<![\d,.])(\d+),(\d+)(?![\d,])")


def _decimal_words(whole: str, fraction: str, language: str) -> str:
    comma, zero = _COMMA[language]
    digits = fraction.lstrip("0")
    zeros = [zero] * (len(fraction) - len(digits))
    rest = [_cardinal(int(digits), language)] if digits else []
    return " ".join([_cardinal(int(whole), language), comma, *zeros, *rest])


_PERCENT_FORMS = {
    # one, a few (2-4), many, a fraction
    "uk": ("відсоток", "відсотки", "відсотків", "відсотка"),
    "be": ("працэнт", "працэнты", "працэнтаў", "працэнта"),
    "cs": ("procento", "procenta", "procent", "procenta"),
}
_PERCENT = re.compile(r"(?<![\d,.])(\d+(?:,\d+)?)\s?%")


def _slavic_form(n: int, language: str) -> int:
    """0: one, 1: a few, 2: many (the noun after a number in Slavic languages)."""
    if language == "cs":
        return 0 if n == 1 else 1 if 2 <= n <= 4 else 2
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _percent(language: str) -> Callable[[re.Match[str]], str]:
    forms = _PERCENT_FORMS[language]

    def say(m: re.Match[str]) -> str:
        number = m.group(1)
        if "," in number:
            whole, fraction = number.split(",")
            words = (_decimal_words(whole, fraction, language) if language in _COMMA
                     else number)
            return f"{words} {forms[3]}"
        return f"{number} {forms[_slavic_form(int(number), language)]}"
    return say


# --- ordinals -------------------------------------------------------------------------------

_GERMAN_ORDINAL = re.compile(
    r"\b(?P<before>[A-Za-zÄÖÜäöüß]+)\s(?P<n>\d{1,4})\.(?=\s+[^\W\d_])")
_GERMAN_E = frozenset({"der", "die", "das", "ins", "ans", "aufs", "jeder", "jede", "jedes", "seine",
                       "ihre", "unsere"})
"""After these the ordinal ends in -e ("der dritte Platz", "ins zweite Halbjahr", "jeder fünfte
Deutsche"); after the others in -en ("im dritten", "seinem zweiten")."""
_GERMAN_BARE = frozenset({"ein", "kein", "sein", "ihr", "unser", "mein", "dein", "euer"})
"""After these, with no ending of their own, the ordinal carries the gender: "ein vierter Toter",
"sein zwölftes Saisontor"."""
_GERMAN_DATIVE_BEFORE = re.compile(
    r"(?:\b(?i:in|an|auf|aus|bei|mit|nach|von|zu|vor|hinter|über|unter|neben|zwischen|seit|"
    r"gegenüber|während|wegen|trotz|statt|innerhalb|außerhalb|ab)|\b(?!(?:Heute|Gestern|Morgen|Dann|"
    r"Nun|Jetzt|Da|Hier|Dort|Zudem|Außerdem|Damit|Dabei|Doch|Auch|So|Zuletzt|Zunächst|Erst|Bereits|"
    r"Schon|Noch|Es|Das|Dies|Was|Wer|Wo|Wie|Warum)\b)[A-ZÄÖÜ][a-zäöüß]+)\s$")
"""Before "der": a preposition (dative) or a noun (genitive, "Ende der 2. Halbzeit"): the
ordinal ends in -en, not the nominative's -e ("der dritte Platz")."""
_NEUTER_NOUNS = re.compile(
    r"(?i:(?:tor|opfer|jahr|spiel|mal|kind|land|haus|ziel|amt|werk|gesetz|paket|rennen|treffen|"
    r"album|konzert|semester|quartal|finale|turnier|match|projekt|unternehmen|verfahren|urteil|"
    r"angebot|buch|kapitel|lied|team|rad|auto|schiff|flugzeug|modell|produkt|programm|gebäude|"
    r"geschoss|problem|ergebnis|ereignis|mitglied|tief|hoch|kabinett|paar|rennen|kraftwerk|"
    r"gold|silber|bronze|leben|jahrzehnt|jahrhundert|jahrtausend|wochenende|referendum|"
    r"abkommen|gespräch|treffen|verbot|duell|derby|heimspiel|auswärtsspiel)"
    r"|chen|lein|ment|tum|um)$")
"""Nouns, by their last part, that are neuter ("Saisontor", "Todesopfer", "Halbjahr")."""


_FEMININE_NOUNS = re.compile(r"(?:in|ung|heit|keit|schaft|ion|tät|ie|ei|ik|Frau|frau|Mannschaft|Liga|"
                             r"Runde|Stelle|Etappe|Saison|Woche|Klasse|Minute|Stunde|Amtszeit)$")
"""Nouns, by their ending, that are feminine ("Präsidentin", "Regierung", "Frau")."""


def _german_ordinal(m: re.Match[str]) -> str:
    before = m.group("before")
    low = before.lower()
    if low not in GERMAN_ORDINAL_BEFORE:
        return m.group(0)
    stem = str(num2words(int(m.group("n")), lang="de", to="ordinal")).removesuffix("e")
    if low in _GERMAN_BARE or low == "als":
        noun = re.match(r"\s+([A-ZÄÖÜ][\wäöüß-]*)", m.string[m.end():])
        if noun and low == "als" and _FEMININE_NOUNS.search(noun.group(1)):
            return f"{before} {stem}e"  # "als erste Frau"
        return f"{before} {stem}{'es' if noun and _NEUTER_NOUNS.search(noun.group(1)) else 'er'}"
    ending = "e" if low in _GERMAN_E else "en"
    if low == "die" and re.match(r"\s+[A-ZÄÖÜa-zäöü]\w*en\s+[A-ZÄÖÜ]", m.string[m.end():]):
        ending = "en"  # "die XXXIII. Olympischen Sommerspiele": a plural
    if low == "der" and _GERMAN_DATIVE_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        ending = "en"
    return f"{before} {stem}{ending}"


_GERMAN_CLUB = re.compile(r"(?:^|(?<=[.!?:]\s))1\.\s(?=(?:FC|FSV|SC|FFC|VfB|VfL|SV|CfR|BC|FCK)\b)")
"""A club that opens a headline or a sentence with its "1." ("1. FC Köln siegt"): "Erster"."""
_GERMAN_BARE_DATIVE = re.compile(
    r"\b(?P<prep>[Ii]n|[Nn]ach|[Mm]it|[Bb]ei|[Aa]us|[Vv]on|[Zz]u|[Ss]eit|[Vv]or)\s(?P<a>\d{1,3})\."
    r"(?:\s(?P<conj>und|oder|bis)\s(?P<b>\d{1,3})\.)?(?=\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]*))")
_GERMAN_MONTHS = frozenset((*MONTHS["de"].split(), "Jänner"))


def _german_bare_dative(m: re.Match[str]) -> str:
    """An ordinal after a preposition with no article, in the strong dative: "in 2. und 3.
    Lesung" -> "in zweiter und dritter Lesung", "nach 3. Runde" -> "nach dritter Runde", "mit
    5. Platz" -> "mit fünftem Platz"."""
    noun = m.group("noun")
    if noun in _GERMAN_MONTHS:
        return m.group(0)
    ending = "er" if _FEMININE_NOUNS.search(noun) else "em"

    def said(n: str) -> str:
        return str(num2words(int(n), lang="de", to="ordinal")).removesuffix("e") + ending
    second = f" {m.group('conj')} {said(m.group('b'))}" if m.group("b") else ""
    return f"{m.group('prep')} {said(m.group('a'))}{second}"


def _suffix_ordinal(language: str, feminine: Callable[[str], str] | None = None
                    ) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else roman_value(raw)
        if n == 0:
            return m.group(0)
        if m.group("suffix").lower() in ("nd", "nde", "de"):  # "2nd tour", "2nde", "2de"
            return m.group(0) if n != 2 else "second" + ("e" if m.group("suffix").endswith("de") else "")
        words = es_ordinal(n) if language == "es" else str(num2words(n, lang=language, to="ordinal"))
        if language == "fr":  # num2words writes "quatre-vingtsième": the plural's "s" goes
            words = words.replace("vingtsième", "vingtième")
        suffix = m.group("suffix").lower()
        if feminine is not None and suffix.rstrip("s") in ("ª", ".ª", "a", "re", "ère"):
            words = feminine(words)
        return words + ("s" if language == "fr" and suffix.endswith("s") else "")  # "8es"
    return say


def _fr_feminine(words: str) -> str:
    return "première" if words == "premier" else words


def _es_feminine(words: str) -> str:
    return " ".join(w[:-1] + "a" if w.endswith("o") else w for w in words.split())


_ES_NOT_NOUNS = frozenset("de del y o e u en a al con por para que izda izquierda dcha derecha "
                          "izq dcha. izda. puerta".split())
"""Words after "3.º" that are no noun it describes: "3.º izda." is the floor, "tercero"."""
_es_ordinal = _suffix_ordinal("es", _es_feminine)


def _spanish_ordinal(m: re.Match[str]) -> str:
    """"3.º lugar" -> "tercer lugar" (before a masculine noun), "el 1.º de mayo" -> "primero",
    "3.º B" -> "tercero B" (a door's letter is no noun)."""
    words = _es_ordinal(m)
    after = m.group("next") or ""
    noun = after.split()[0] if after.split() else ""
    if len(noun.rstrip(".,")) > 1 and noun.lower() not in _ES_NOT_NOUNS and words.endswith(
            ("primero", "tercero")):
        words = words[:-1]
    return words + after


def _it_ordinal(m: re.Match[str]) -> str:
    """An Italian ordinal in the gender of "ª" or of the participle before it ("arrivata 2°":
    "seconda", "arrivate": "seconde")."""
    words = str(num2words(int(m.group("n").replace(".", "")), lang="it", to="ordinal"))
    ending = m.group("before").rstrip()[-1:]
    if ending in ("a", "e") and m.group("before").rstrip()[-2:] != "le":  # not "alle", "delle"
        return m.group("before") + words[:-1] + ending
    return m.group("before") + (words[:-1] + "a" if m.group("suffix") == "ª" else words)


_IT_PLACED = re.compile(r"(?P<before>\b(?:arrivat|classificat|giunt|piazzat|finit|terminat|"
                        r"chius|sbarcat|entrat)[oaie]\s+(?:(?:solo|soltanto|appena)\s+)?)"
                        r"(?P<n>\d{1,3})(?P<suffix>[°º]|ª)(?![\w°])(?!\s?[CF]\b)")
"""A place after a participle of arriving or ranking ("è arrivato 2°", "si è classificata
3ª"): an ordinal in the participle's gender and number, not degrees."""


_IT_ORDINAL_NOUN = re.compile(
    r"(?P<before>)(?<![\w.,°])(?P<n>\d{1,3})(?P<suffix>[°º]|ª)(?=\s+(?:posto|piano|tempo|turno|giorno|"
    r"punto vendita|negozio|store|"
    r"anniversario|mandato|classificat[oa]|secolo|livello|round|set|titolo|gol|premio|compleanno|"
    r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|"
    r"dicembre|edizione|volta|giornata|tappa|puntata|stagione|in classifica)\b)")
"""An ordinal's "°" with no article before it, before a word that ordinals count ("5° posto",
"1° maggio", "3ª volta" in a headline or a table): not degrees."""


_IT_RANK_ALONE = re.compile(r"(?P<before>\b(?:[Aa]l|[Ii]l|[Dd]al)\s)(?P<n>\d{1,2})(?P<suffix>[°º])(?=[,.;:)]|$)")
_IT_RANKING = re.compile(r"\b(?:posto|posti|classifica|piazzamento|graduatoria)\b")


def _it_rank_alone(m: re.Match[str]) -> str:
    """"Milano scivola al 5°" after "sale al 2° posto": a place in a ranking whose noun is said
    once, not degrees (only where the sentence ranks)."""
    return _it_ordinal(m) if _IT_RANKING.search(m.string) else m.group(0)


_EARLY_ORDINAL_RULES: dict[str, tuple[Rule, ...]] = {
    # Italian "°" after an article and before a word is an ordinal's ("il 10° anniversario",
    # "il 1° maggio"), not a degree: before the units
    "it": ((re.compile(r"(?P<before>\b(?:[Ii]l|[Ll]o|[Ll]a|[Aa]l|[Dd]el|[Nn]el|[Dd]al|[Ss]ul|[Ii]"
                       r"|[Gg]li|[Ll]e|[Aa]i|[Dd]ei|[Nn]ei|[Dd]ella|[Nn]ella|[Aa]lla|è|era|sarà|resta)\s|"
                       r"\b[Ll]['’]|\b[Aa]ll['’]|\b[Dd]ell['’]|\b[Nn]ell['’])"
                       r"(?P<n>\d{1,3}\.\d{3}|\d{1,4})(?P<suffix>[°º]|ª)"
                       r"(?=\s+[^\W\d_])"), _it_ordinal), (_IT_PLACED, _it_ordinal),
           (_IT_ORDINAL_NOUN, _it_ordinal), (_IT_RANK_ALONE, _it_rank_alone)),
}
_ORDINAL_RULES: dict[str, tuple[Rule, ...]] = {
    "de": ((_GERMAN_CLUB, lambda m: "Erster "), (_GERMAN_BARE_DATIVE, _german_bare_dative),
           (_GERMAN_ORDINAL, _german_ordinal)),
    # a Roman numeral has an I, V or X: "Le", "De", "Me" are words
    "fr": ((re.compile(r"\b(?P<n>\d{1,4}|[LCDM]{0,4}[IVX][IVXLCDM]{0,6})"
                       r"(?P<suffix>e|ème|re|ère|er|nde|nd|de|es|èmes|res|ères)\b"),
            _suffix_ordinal("fr", _fr_feminine)),),
    "es": ((re.compile(r"\b(?P<n>\d{1,4})(?P<suffix>\.?º|\.?ª|\.?er)(?!\w)(?P<next>\s+\w+)?"),
            _spanish_ordinal),),
    "nl": ((re.compile(r"\b(?P<n>\d{1,4})(?P<suffix>e|ste|de)\b"), _suffix_ordinal("nl")),),
    "ru": (RU_ORDINAL,),
}


# --- years with their case ------------------------------------------------------------------

_SLAVIC_ENDINGS = {
    # nominative masculine ordinal ending -> (genitive, locative)
    "uk": (("ій", "ього", "ьому"), ("ий", "ого", "ому")),
    "be": (("і", "яга", "ім"), ("ы", "ага", "ым")),
    "pl": (("i", "iego", "im"), ("y", "ego", "ym")),
}


def _slavic_ordinal(n: int, language: str, case: str) -> str:
    """The ordinal of a year in the genitive ("g") or locative ("p"): every word declines in
    Polish ("dwudziestym trzecim"), the last one in Ukrainian and Belarusian."""
    if language == "ru":
        return str(_conv("ru").to_ordinal(n, case=case, animate=False))
    parts = str(num2words(n, lang=language, to="ordinal")).split()
    at = 1 if case == "g" else 2
    for i in range(len(parts)) if language == "pl" else [len(parts) - 1]:
        for ending in _SLAVIC_ENDINGS[language]:
            if parts[i].endswith(ending[0]):
                parts[i] = parts[i][: -len(ending[0])] + ending[at]
                break
    return " ".join(parts)


_YEAR_WORDS = {
    # the word for "year" after a year, by form -> the ordinal's case
    "ru": {"год": "n", "года": "g", "году": "p", "годом": "i", "г.": "g"},
    "uk": {"рік": "n", "року": "g", "році": "p", "р.": "g"},
    "be": {"год": "n", "года": "g", "годзе": "p", "г.": "g"},
    "pl": {"rok": "n", "roku": "g", "r.": "g"},
}
_IN = {"ru": "в во", "uk": "в у", "be": "у ў в", "pl": "w we"}
_BEFORE_OUR_ERA = re.compile(r"\s(?:до\s)?(?:н\.\s?э\.|нашей эры)")
"""Prepositions that make "roku" locative in Polish ("w 2023 roku")."""


_NEXT_SENTENCE = re.compile(r"\s+[\"«„“(]?[A-ZА-ЯЁІЇЄҐŁŚŻŹĆŃÓ]")


def _year(language: str) -> Rule:
    words = _YEAR_WORDS[language]
    pattern = re.compile(r"(?:(?P<prep>\b\w+)\s)?(?P<y>\d{4}|(?<![\d,.])[1-9]\d{0,2}(?=\s(?:г|r)\.))\s(?P<word>"
                         + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")
    into = frozenset(_IN[language].split())

    def say(m: re.Match[str]) -> str:
        case = words[m.group("word")]
        prep = m.group("prep") or ""
        if len(m.group("y")) < 4 and not (prep.lower() in into or _BEFORE_OUR_ERA.match(m.string, m.end())):
            return m.group(0)  # "3 г." may be grams; "в 988 г.", "422 г. до н. э." are years
        if language == "pl" and case == "g" and prep.lower() in into:
            case = "p"  # "w 2023 roku": locative
        if language == "ru" and m.group("word") == "г." and prep.lower() in into:
            case = "p"  # "в 2024 г.": "в ... году"
        if language == "ru" and case in ("p", "g") and prep.lower() in ("к", "ко"):
            case = "d"  # "к 2030 году": dative
        if language == "ru" and m.group("word") == "г." and prep.lower() in ("на", "за"):
            case = "a"  # "на 2026 г.", "за 2025 г.": "на ... год", the accusative
        if case == "n":
            number = (str(num2words(int(m.group("y")), lang=language, to="ordinal"))
                      if language != "ru" else str(_conv("ru").to_ordinal(int(m.group("y")))))
        elif case == "a":  # (Russian only) an inanimate masculine: the nominative's form
            number = str(_conv("ru").to_ordinal(int(m.group("y"))))
        elif case in ("g", "p") or language == "ru":
            number = _slavic_ordinal(int(m.group("y")), language, case)
        else:
            return m.group(0)
        word = m.group("word")
        if word.endswith("."):  # "г.", "r.": the abbreviation in full
            word = {"ru": "года", "uk": "року", "be": "года", "pl": "roku"}[language]
            if case in ("p", "d"):
                word = {"ru": "году", "be": "годзе", "pl": "roku", "uk": "році"}[language]
            elif case == "a":
                word = "год"
            if _NEXT_SENTENCE.match(m.string, m.end()):
                word += "."  # "в 988 г. Потом": the stop also ended the sentence
        return f"{prep} {number} {word}".lstrip()
    return pattern, say


# --- all together ---------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _rules(language: str) -> tuple[Rule, ...]:
    rules: list[Rule] = [*aircraft_rules(language), *coordinate_rules(language), *price_unit_rules(language),
                         *road_rules(language),
                         *date_rules(language),
                         (_THOUSANDS, _join_thousands),
                         (_APOSTROPHE_THOUSANDS, _apostrophe_thousands(language)),
                         *(russian_rules() if language == "ru" else ()),
                         *(portuguese_rules() if language == "pt" else ()), *case_rules(language)]
    rules.extend(money_rules(language))
    rules.extend(_EARLY_ORDINAL_RULES.get(language, ()))
    rules.extend(measure_rules(language))
    if language in _YEAR_WORDS:
        pattern, say = _year(language)
        rules.append((pattern, keeping_stop(say)))
    rules.extend(_ORDINAL_RULES.get(language, ()))
    if language in _PERCENT_FORMS:
        rules.append((_PERCENT, _percent(language)))
    if language in _BIG_LANGUAGES:
        rules.append((_BIG, lambda m: _cardinal(int(m.group(0)), language)))
    if language in _COMMA:
        rules.append((_DECIMAL, lambda m: _decimal_words(m.group(1), m.group(2), language)))
    rules.extend(late_rules(language))
    if language == "pt":
        rules.extend(portuguese_late_rules())
    return tuple(rules)


def body_numbers(text: str, language: str) -> str:
    """`text` (in `language`, not English) with the numbers its espeak-ng voice would misread
    written in words, and the abbreviations and links it would spell (bodywords.py)."""
    base = language.split("-")[0].split("_")[0].lower()
    text = regional_signs(text, language)
    for pattern, fn, can_match in _checked_word_rules(base):
        if can_match is None or can_match(text):
            text = pattern.sub(fn, text)
    if _DIGIT.search(text) is not None:
        for pattern, fn, can_match in _checked_rules(base):
            if can_match is None or can_match(text):
                text = pattern.sub(fn, text)
    if base == "fr" and "atre-vingt-" in text:
        text = _FR_EIGHTY.sub(r"\1-vin-", text)
    if base == "es" and "uno " in text:
        text = ES_ONE_BEFORE_SCALE.sub(es_scale_one, text)
    if base == "de":
        text = german_hundreds(text)
    return regional(text, language)


_FR_EIGHTY = re.compile(r"\b([Qq]uatre)-vingt-(?=(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
                        r"douze|treize|quatorze|quinze|seize)\b)")
"""French 81-99 in words, as the rules write them or an article does ("quatre-vingt-neuf"):
espeak-ng's French voice says the "t" of "vingt" there (it is silent); respelled "quatre-vin-"
it says what a newsreader says, as it does from the digits."""


@lru_cache(maxsize=32)
def _checked_word_rules(language: str) -> tuple[Checked[Callable[[re.Match[str]], str]], ...]:
    return prefilter.checked(word_rules(language))


@lru_cache(maxsize=32)
def _checked_rules(language: str) -> tuple[Checked[Callable[[re.Match[str]], str]], ...]:
    return prefilter.checked(_rules(language))
