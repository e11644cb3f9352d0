"""Roman numerals in the body text of other languages than English: a ruler's after the name
("Karl III." in its case, "Isabel II" feminine, "Umberto I"), an ordinal between an article and a
noun ("El III Congreso", "la XIX legislatura"), a German ordinal written with a stop after an
article ("im XXI. Jahrhundert"), Russian centuries alone and in spans ("в XIX веке", "в XV–XVI
веках"). bodydates.py runs these with its date rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule
from .common import ru_converter as _ru
from .numbers import roman_sum
from .speechdata import SPACECRAFT

__all__ = ["GERMAN_ORDINAL_BEFORE", "RU_TIME_CASE", "es_ordinal", "roman_rules", "roman_value",
           "russian_century_rules"]




def es_ordinal(n: int) -> str:
    """A Spanish ordinal as one word from 11 to 19 ("undécimo", "duodécimo", "decimoquinto";
    num2words writes "décimo quinto")."""
    words = str(num2words(n, lang="es", to="ordinal"))
    words = re.sub(r"^décimo ?primero$", "undécimo", re.sub(r"^décimo ?segundo$", "duodécimo", words))
    return re.sub(r"^décimo ?(\w+)$", r"decimo\1", words)


def roman_value(text: str) -> int:
    """The value of a numeral a rule has matched (numbers.roman_sum reads it, as for English)."""
    return roman_sum(text) or 0


_ROMAN = r"(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))"
_NOT_NAMES = frozenset(
    "Teil Band Kapitel Akt Artikel Chapitre Tome Acte Partie Titre Article Livre Capítulo "
    "Tomo Parte Acto Fase Título Artículo Libro Anexo Annexe Anhang Liga Ligue Division "
    "División Grupo Groupe Gruppe".split())
_BEFORE_NAME = r"(?:(?P<before>\b[A-Za-zÄÖÜäöüßÁÉáéíóú]+\s+)(?P<title>[A-Za-zÄÖÜÁÉäöüáé][a-zäöüßáéíóúñ]+\s+)?)?"
"""The words before a regnal name, looked at for its case and gender ("unter Papst Pius XII.":
dative, "la reina Isabel II": feminine)."""
_REGNAL = {  # (French street and school names join them: "boulevard Henri-IV", "lycée Louis-XIV")
    "de": re.compile(rf"{_BEFORE_NAME}\b(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\s{_ROMAN}\.(?=\s|$)"),
    "fr": re.compile(rf"\b(?P<name>[A-ZÉ][a-zéèëïç]+(?:-[A-Z][a-zéè]+)?)(?:\s|-(?=[IVX]{{2}})){_ROMAN}\b(?![\w-])"),
    "es": re.compile(rf"{_BEFORE_NAME}\b(?P<name>[A-ZÁÉÍÓÚ][a-záéíóúñ]+)\s{_ROMAN}\b(?![\w-])"),
    "it": re.compile(rf"{_BEFORE_NAME}\b(?P<name>[A-Z][a-zàèéìòù]+)\s{_ROMAN}\b(?![\w-])"),
    "pt": re.compile(rf"{_BEFORE_NAME}\b(?P<name>[A-ZÁÉÍÓÚ][a-záéíóúãõç]+)\s{_ROMAN}\b(?![\w-])"),
}
GERMAN_ORDINAL_BEFORE = frozenset(
    "der die das dem den des am im zum zur vom beim ins ans aufs seit ab bis zu vor nach für "
    "ihr ihre ihrem ihren ihres sein seine seinem seinen seines unser unsere unserem unseren "
    "ein kein mein dein euer jeder jede jedes jedem jeden seiner ihrer unserer meiner deiner "
    "einer keiner dieser jener als".split())
"""Words after which "N." is an ordinal, not a number ending a sentence (sentences.py asks)."""
_DE_ROMAN_ORDINAL = re.compile(
    r"\b(?P<w>(?i:" + "|".join(sorted(GERMAN_ORDINAL_BEFORE, key=len, reverse=True)) + r"))\s"
    + _ROMAN.replace("?P<r>", "?P<r>(?=[IVX])") + r"\.(?=\s+[A-ZÄÖÜ])")
"""A Roman numeral with a full stop after an article or preposition is an ordinal ("im XXI.
Jahrhundert", "seit dem XIX. Jahrhundert"), not a regnal name's: written as "21." for the
ordinal rule."""
_DE_CASE_BEFORE = {
    **dict.fromkeys("unter mit von bei nach seit aus zu vor gegenüber neben zum vom beim".split(),
                    "d"),
    **dict.fromkeys("für durch gegen ohne um über".split(), "a"),
    **dict.fromkeys("während wegen trotz statt".split(), "g")}
_DE_ARTICLE = {("n", "m"): ("der", "e"), ("d", "m"): ("dem", "en"), ("a", "m"): ("den", "en"),
               ("g", "m"): ("des", "en"), ("n", "f"): ("die", "e"), ("d", "f"): ("der", "en"),
               ("a", "f"): ("die", "e"), ("g", "f"): ("der", "en")}
_QUEENS = frozenset("Königin Kaiserin Zarin Fürstin Herzogin Prinzessin Päpstin reina emperatriz "
                    "princesa infanta zarina Reina Emperatriz regina imperatrice principessa "
                    "zarina Regina Queen reine Reine".split())
_DE_TITLES = frozenset("König Königs Papst Papstes Kaiser Kaisers Zar Zaren Fürst Fürsten Herzog Herzogs "
                       "Prinz Prinzen Graf Grafen Kurfürst Kurfürsten Großherzog".split()) | _QUEENS
"""Titles before a regnal name; a name in -s after any other word is a genitive ("die Krönung
Karls III.": "des Dritten")."""
_WOMEN = frozenset("Elisabeth Katharina Maria Victoria Viktoria Isabella Margrethe Christina "
                   "Johanna Anna Isabel Juana María Catalina Cristina Margarita Leonor Urraca "
                   "Berenguela Elisabetta Caterina Giovanna Vittoria Margherita Elizabeth Élisabeth "
                   "Beatrix Wilhelmina Juliana Ekaterina Mary Anne".split())


_FEMININE_BODIES = frozenset("Sala Sección Secção Legislatura República Brigada Flota Región Região "
                             "Cumbre Conferencia Asamblea Assembleia Cámara Câmara Vara Turma Jornada".split())
"""Feminine nouns of bodies and sessions numbered in Roman: "la Sala II del Supremo" ("Sala
Segunda"), "a 2.ª Secção"."""


_ARTICLE_GENDER = {
    "es": {"el": "m", "la": "f", "los": "m", "las": "f", "del": "m", "al": "m", "su": "?", "sus": "?"},
    "it": {"il": "m", "lo": "m", "la": "f", "i": "m", "gli": "m", "le": "f", "del": "m",
           "dello": "m", "della": "f", "nel": "m", "nello": "m", "nella": "f", "al": "m",
           "allo": "m", "alla": "f", "dal": "m", "dalla": "f", "sul": "m", "sulla": "f",
           "l'": "?", "nell'": "?", "dell'": "?", "all'": "?", "dall'": "?", "sull'": "?"},
    "pt": {"o": "m", "a": "f", "do": "m", "da": "f", "no": "m", "na": "f", "ao": "m", "à": "f",
           "pelo": "m", "pela": "f"},
}
"""Articles before a Roman numeral and a noun ("el III Congreso", "la XIX legislatura", "o XXV
Governo"): the numeral is an ordinal in the article's gender."""
_ROMAN_ORDINAL = {language: re.compile(
    r"\b(?P<art>(?i:" + "|".join(re.escape(a) for a in sorted(articles, key=len, reverse=True)) + r"))"
    r"(?:(?<=')|\s)(?P<r>(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?<=[IVXL])(?=\s+[A-ZÁÉÍÓÚa-záéíóúàèìòù])")
    for language, articles in _ARTICLE_GENDER.items()}
"""(An Italian article elided before a numeral said with a vowel: "nell'VIII secolo"; an edition
past the thirty-ninth: "la LIV edición".)"""
_ES_FEMININE_ENDINGS = ("a", "ión", "dad", "tad", "tud", "umbre", "as", "iones", "dades")
"""Spanish nouns with these endings are feminine, most of them ("edición", "temporada")."""
_KINGS_X = frozenset("Alfonso Carlos Pío León Juan Felipe Fernando Luis Gregorio Benedicto Pablo "
                     "Clemente Inocencio Leone Pio Gregorio Carlo Luigi".split())
"""Kings and popes whose "X" is their tenth ("Alfonso X el Sabio"), not a letter."""


def _roman_ordinal(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        n = roman_value(m.group("r"))
        words = str(num2words(n, lang=language, to="ordinal"))
        if language == "es":
            words = es_ordinal(n)
        article = m.group("art").lower()
        gender = _ARTICLE_GENDER[language][article]
        if gender == "?":  # "su XXV edición": the noun's gender, from its ending
            noun = re.match(r"\s+(\w+)", m.string[m.end():])
            endings = ("a", "ione", "tà", "trice") if language == "it" else _ES_FEMININE_ENDINGS
            gender = "f" if noun and noun.group(1).endswith(endings) else "m"
        if gender == "f":
            words = " ".join(w[:-1] + "a" if w.endswith("o") else w for w in words.split())
        elif language == "es":
            words = re.sub(r"(primer|tercer)o$", r"\1", words)  # "el tercer Congreso", "decimotercer"
        if article in ("i", "gli", "los") or article == "sus" and gender == "m":  # "i XXV Giochi"
            words = words[:-1] + ("i" if language == "it" else "os")
        elif article in ("le", "las") or article == "sus":
            words = words[:-1] + ("e" if language == "it" else "as")
        return f"{m.group('art')}{'' if m.group('art').endswith(chr(39)) else ' '}{words}"
    return say


def _regnal(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        name, numeral = m.group("name"), m.group("r")
        if not numeral or name in _NOT_NAMES or (numeral == "X" and language != "de"
                                                 and name not in _KINGS_X):
            return m.group(0)
        if name in SPACECRAFT:  # "Artemis II": "Artemis zwei", "dos", "deux", "due", "dois"
            said = num2words(roman_value(numeral), lang=language)
            return f"{m.groupdict().get('before') or ''}{m.groupdict().get('title') or ''}{name} {said}"
        if name.lower() in _ARTICLE_GENDER.get(language, {}):
            return m.group(0)  # "El III Congreso": the ordinal rule's
        n = roman_value(numeral)
        if language == "fr":
            return f"{name} {'premier' if n == 1 else num2words(n, lang='fr')}"
        before, title = m.group("before") or "", m.group("title") or ""
        feminine = (name in _WOMEN or (name.endswith("s") and name[:-1] in _WOMEN) or name in _FEMININE_BODIES
                    or title.strip() in _QUEENS or before.strip() in _QUEENS)
        if language == "de":
            word = (title or before).strip()
            case = _DE_CASE_BEFORE.get((before if title else "").strip().lower()) or (
                _DE_CASE_BEFORE.get(word.lower(), "n"))
            if title and title[0].isupper() and title.strip() not in _DE_TITLES:
                case = "n"  # "zum Todestag Friedrichs II.": "zum" governs the noun, not the name
            if case == "n" and name not in _KINGS_X and re.search(r"[^aeiouüs]s$" if title.strip() in _DE_TITLES
                                         else r"(?:[^aeiuüs]|o)s$", name):
                case = "g"  # "die Krönung Karls III.", "nach dem Tod Elisabeths II.", "die
                # Schlösser König Ludwigs II." (not "König Carlos I.")
            article, ending = _DE_ARTICLE[(case, "f" if feminine else "m")]
            stem = str(num2words(n, lang="de", to="ordinal")).capitalize().removesuffix("e")
            return f"{before}{title}{name} {article} {stem}{ending}"
        if language == "it":  # the voice says a king's "XIV" right, not a queen's "II"
            if not feminine and len(numeral) > 1:
                return m.group(0)
            if not feminine:  # "Umberto I", "Carlo V": a letter alone is said as the letter
                return f"{before}{title}{name} {num2words(n, lang='it', to='ordinal')}"
            return f"{before}{title}{name} {str(num2words(n, lang='it', to='ordinal'))[:-1]}a"
        lang = "pt" if language == "pt" else "es"
        words = str(num2words(n, lang=lang, to="ordinal")) if n <= 10 else str(num2words(n, lang=lang))
        if feminine and n <= 10:
            words = words[:-1] + "a"  # "Isabel segunda"
        return f"{before}{title}{name} {words}"
    return say


_RU_CENTURIES = re.compile(
    rf"(?P<prep>\b[А-Яа-яЁё]+\s)?\b(?P<r1>(?=[IVX])X{{0,3}}(?:IX|IV|V?I{{0,3}}))\s?(?:[–—-]|,)\s?"
    rf"{_ROMAN.replace('?P<r>', '?P<r>(?=[IVX])')}\s(?P<word>веках|веков|века|вв\.)(?!\w)")
"""A span of centuries: "в XV–XVI веках" -> "в пятнадцатом — шестнадцатом веках" (the dash
may have become a comma by now)."""
_RU_CENTURIES_CASE = {"веках": "p", "веков": "g", "века": "n"}


def _ru_centuries(m: re.Match[str]) -> str:
    word, prep = m.group("word"), m.group("prep") or ""
    if word == "вв.":
        case = RU_TIME_CASE.get(prep.strip().lower(), "n")
        word = {"p": "веках", "g": "веков", "d": "векам", "i": "веками"}.get(case, "века")
    else:
        case = _RU_CENTURIES_CASE[word]
    first, second = (_ru().to_ordinal(roman_value(m.group(g)), case=case, animate=False)
                     for g in ("r1", "r"))
    return f"{prep}{first} — {second} {word}"


_RU_CENTURY = re.compile(rf"(?P<prep>\b[А-Яа-яЁё]+\s)?\b{_ROMAN.replace('?P<r>', '?P<r>(?=[IVX])')}"
                         r"\s(?P<word>век|века|веке|веку|веком|вв\.|в\.)(?!\w)")
_RU_CENTURY_WORD = {"n": "век", "g": "века", "d": "веку", "i": "веком", "p": "веке"}
RU_TIME_CASE = {**dict.fromkeys("в во о при".split(), "p"), **dict.fromkeys("к ко".split(), "d"),
                 **dict.fromkeys("до от с со после около из начала конца середины".split(), "g"),
                 **dict.fromkeys("начале конце середине половине половины рубеже".split(), "g")}
"""The case a century takes after a word of time ("с V в.": "с пятого века", since), or after a
part of it, whose genitive it is ("в начале XX в.": "в начале двадцатого века")."""


def _ru_century(m: re.Match[str]) -> str:
    """"в XIX веке": "в девятнадцатом веке"; the abbreviation "в." in its preposition's case
    ("в III в.": "в третьем веке", "до V в.": "до пятого века")."""
    word, prep = m.group("word"), m.group("prep") or ""
    case = {"век": "n", "века": "g", "веке": "p", "веку": "d", "веком": "i"}.get(word, "n")
    if word in ("в.", "вв."):
        before = prep.strip().lower()
        case = RU_TIME_CASE.get(before) or (
            "i" if before.endswith(("ется", "ются", "ался", "алась", "ались")) else  # "датируется"
            "g" if before and before.isalpha() and before not in ("и", "или", "а", "но") else "n")
        # ("иконостас XVI в.": the noun's "шестнадцатого века"; opening a sentence, "век")
        word = _RU_CENTURY_WORD[case]
    return f"{prep}{_ru().to_ordinal(roman_value(m.group('r')), case=case, animate=False)} {word}"



_RU_COUNTED = {
    # a noun counted with a Roman numeral: gender, then its forms n, g, d, a, i, p
    "m": ("съезд квартал созыв класс тур этап чемпионат пленум форум фестиваль конкурс "
          "турнир саммит сезон том раздел кинофестиваль конгресс симпозиум салон"),
    "f": "группа категория степень сессия часть глава олимпиада спартакиада дума выставка фаза",
    "n": "место полугодие тысячелетие",
}
_RU_ENDINGS = {
    # the last letters of the nominative -> the endings of n, g, d, a, i, p
    "ь_m": ("ь", "я", "ю", "ь", "ем", "е"), "_m": ("", "а", "у", "", "ом", "е"),
    "а_f": ("а", "ы", "е", "у", "ой", "е"), "я_f": ("я", "и", "и", "ю", "ей", "и"),
    "ь_f": ("ь", "и", "и", "ь", "ью", "и"), "о_n": ("о", "а", "у", "о", "ом", "е"),
    "е_n": ("е", "я", "ю", "е", "ем", "и"),
}


def _ru_counted_forms() -> dict[str, tuple[str, str]]:
    """Each form of each counted noun -> (case, gender): "съезда" -> ("g", "m")."""
    forms: dict[str, tuple[str, str]] = {}
    for gender, nouns in _RU_COUNTED.items():
        for noun in nouns.split():
            last = noun[-1] if noun[-1] in "аяьое" else ""
            endings = _RU_ENDINGS[f"{last}_{gender}"]
            stem = noun[: len(noun) - len(last)]
            if noun.endswith("ия"):  # "категория", "сессия": the locative and dative in -ии
                endings = ("я", "и", "и", "ю", "ей", "и")
            for case, ending in zip("ngdaip", endings, strict=True):
                form = stem + ending
                forms.setdefault(form, (case, gender))
                forms.setdefault(form.capitalize(), (case, gender))  # "XXII Олимпиаде"
    return forms


_RU_COUNTED_FORMS = _ru_counted_forms()
for _form, _case in (("игры", "n"), ("игр", "g"), ("играм", "d"), ("играми", "i"), ("играх", "p")):
    _RU_COUNTED_FORMS[_form] = _RU_COUNTED_FORMS[_form.capitalize()] = (_case, "pl")
_RU_ADJECTIVE = (r"[А-ЯЁа-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ую|юю|ым|им|ых|их|ыми|ими|"
                 r"ом|ем|ей)")
_RU_ROMAN_NOUN = re.compile(
    r"(?<![\w-])(?P<r>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\s"
    rf"(?P<adj>(?:{_RU_ADJECTIVE}\s){{0,2}})(?P<noun>"
    + "|".join(sorted(_RU_COUNTED_FORMS, key=len, reverse=True)) + r")(?!\w)")
"""A Roman numeral before a noun it counts, one or two adjectives between them: "XX съезда" ->
"двадцатого съезда", "в III квартале" -> "в третьем квартале", "XXV Московский фестиваль" ->
"двадцать пятый", "XXII зимние Олимпийские игры" -> "двадцать вторые" (the Games: plural)."""


def _ru_roman_noun(m: re.Match[str]) -> str:
    case, gender = _RU_COUNTED_FORMS[m.group("noun")]
    plural = gender == "pl"
    words = str(_ru().to_ordinal(roman_value(m.group("r")), case=case, gender="m" if plural else gender,
                                 plural=plural, animate=False))
    if m.start() == 0 or m.string[:m.start()].rstrip().endswith((".", "!", "?")):
        words = words.capitalize()
    return f"{words} {m.group('adj')}{m.group('noun')}"


def russian_century_rules() -> tuple[Rule, ...]:
    """Russian centuries, spans first ("в XV–XVI веках", "в XIX веке"), and other nouns a Roman
    numeral counts ("XX съезда")."""
    return ((_RU_CENTURIES, _ru_centuries), (_RU_CENTURY, _ru_century),
            (_RU_ROMAN_NOUN, _ru_roman_noun))


_PHASE = re.compile(r"\b(?P<w>[Pp]hase|[Ff]ase|[Фф]аз[аеуыи])(?P<sep>[- ])(?P<r>IV|I{1,3})\b(?![.'’]\w)")
"""A clinical trial's phase in Roman numerals ("Phase-III-Studie", "fase III", "phase 3"): a
cardinal ("Phase drei", "fase tres")."""


def _phase(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        n = roman_value(m.group("r"))
        words = str(num2words(n, lang=language)) if language != "ru" else (
            "один", "два", "три", "четыре")[n - 1]
        return f"{m.group('w')}{m.group('sep')}{words}"
    return say


_ES_CENTURY = re.compile(r"(?P<word>\b[Ss]iglos?\s|(?<=[IVX]) y |(?<=[IVX]) al? )(?P<r>X{0,2}(?:IX|IV|V?I{0,3}))"
                         r"(?<=[IVX])(?!\w)")
"""A Spanish century in Roman numerals, and the second of two ("los siglos XVI y XVII")."""


def _es_century(m: re.Match[str]) -> str:
    """"siglo V": "quinto" (up to the tenth an ordinal), "siglo XXI": "veintiuno"."""
    n = roman_value(m.group("r"))
    return m.group("word") + (es_ordinal(n) if n <= 10 else str(num2words(n, lang="es")))


_NUMBERED_PART = {
    "de": re.compile(r"\b(?P<w>Sekundarstufe|Stufe|Teil|Band|Kapitel|Phase|Akt|Liga|Gruppe|Tarifstufe|Block|"
                     + "|".join(sorted(SPACECRAFT)) + r"|Kabinett [A-ZÄÖÜ][a-zäöü]+|"
                     r"[A-ZÄÖÜ]?[a-zäöüß]*(?:[Aa]bschnitt|[Bb]auabschnitt|[Ss]tufe|[Pp]hase|[Tt]eil|[Ll]os|"
                     r"[Zz]one|[Ss]ektor|[Gg]esetzbuch|[Kk]lasse|[Gg]ruppe|[Kk]reis)|Hartz|SGB|"
                     r"(?:Landgerichts?|Amtsgerichts?|Staatsanwaltschaft|Wahlkreis(?:es)?) [A-ZÄÖÜ][a-zäöüß]+) "
                     rf"{_ROMAN}(?<=[IVX])(?!\w|\.\w)"),
    "it": re.compile(rf"\b(?P<w>[Ss]ala|[Aa]ula|[Pp]adiglione) {_ROMAN}(?<=[IVX])(?!\w|\.\w)"),
    "fr": re.compile(r"\b(?P<w>[Tt]itre|[Ll]ivre|[Tt]ome|[Cc]hapitre|[Aa]cte|[Pp]artie|[Vv]olume|[Aa]nnexe|"
                     rf"[Ss]ection|[Pp]hase|[Ss]aison) {_ROMAN}(?<=[IVX])(?!\w|\.\w)"),
}
_ACCORDS = re.compile(r"\b(?P<w>Basel|Basilea|Basileia|Bâle|Solvency|Solvencia|Solvibilità|Solvabilité|"
                      rf"Solvência) {_ROMAN}(?<=[IVX])(?![\w.'’-]|\.\w)")
"""The banking and insurance rules numbered in Roman ("Basilea III", "Solvabilité II"): the
rulebook's number, a cardinal in every language ("tres", "deux"), not a king's ordinal."""
"""A part numbered in Roman, said as a cardinal: "Sekundarstufe II", "Landgericht München I"
("zwei", "eins"; espeak-ng says "Römisch zwei"), "le titre II du livre III" ("deux", "trois";
"premier" for I, as "Titre Ier")."""


def _numbered_part(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        n = roman_value(m.group("r"))
        return f"{m.group('w')} {'premier' if language == 'fr' and n == 1 else num2words(n, lang=language)}"
    return say


_SUPER_BOWL = re.compile(r"\b(Super Bowl) (?P<r>[LXVI]{2,7})\b(?![\w.])")
"""A Super Bowl's number, said as a cardinal in every language ("Super Bowl LIX": fifty-nine)."""


def roman_rules(language: str) -> tuple[Rule, ...]:
    """The Roman numerals of `language` after a name or an article, in the order they run."""
    rules: list[Rule] = [(_SUPER_BOWL, lambda m: f"{m.group(1)} {num2words(roman_value(m.group('r')), lang=language)}")]
    if language in ("de", "es", "fr", "it", "pt", "ru"):
        rules.append((_PHASE, _phase(language)))
    if language in _NUMBERED_PART:
        rules.append((_NUMBERED_PART[language], _numbered_part(language)))
    if language in ("de", "es", "fr", "it", "pt"):
        rules.append((_ACCORDS, lambda m: f"{m.group('w')} {num2words(roman_value(m.group('r')), lang=language)}"))
    if language == "es":
        rules.append((_ES_CENTURY, _es_century))
    if language == "de":
        rules.append((_DE_ROMAN_ORDINAL, lambda m: f"{m.group('w')} {roman_value(m.group('r'))}."))
    if language in _ROMAN_ORDINAL:
        rules.append((_ROMAN_ORDINAL[language], _roman_ordinal(language)))
    if language in _REGNAL:
        rules.append((_REGNAL[language], _regnal(language)))
    return tuple(rules)
