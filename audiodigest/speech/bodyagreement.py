"""A count's agreement with its noun in an article in another language than English
(bodymeasures.py asks): espeak-ng reads the digits in the masculine and without the noun.

- Spanish: "21 heridos" is "veintiuno heridos" and "300 personas" "trescientos personas":
  before a plural noun the number ends in "-ún" / "-a" as the noun asks (the millions stay
  masculine: "dos millones trescientas mil entradas"); "1 casa" is "uno casa";
- Italian: "1 figlia" is "uno figlia" ("una", "un'ora", "un posto", "uno studente");
- German: "1 Kandidatin" is "eins Kandidatin" ("eine", "ein Jahr", "mit einer Stimme");
- French: "21 victimes" is "vingt et un victimes" ("vingt et une").

The gender is the noun's ending's, with short lists of the common exceptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .common import Pass as Rule
from .common import year_not_count

__all__ = ["DE_DATIVE_PREPOSITION", "ES_ONE_BEFORE_SCALE", "GERMAN_ACCUSATIVE", "GERMAN_DATIVE", "HALF_BEFORE",
           "agreement_rules",
           "german_object",
           "es_scale_one", "feminine_noun", "german_one"]



# --- Spanish agreement ----------------------------------------------------------------------

_ES_NOUN = re.compile(r"(?<![\d,.])(?P<n>\d{1,3}(?:\.\d{3}){0,2}|\d{4,9})(?P<mil>\s+mil)?(?P<sp>\s+)"
                      r"(?P<noun>[a-záéíóúñ]+s)\b")
_ES_NOT_NOUNS = frozenset("""más menos tras hacia desde hasta entre sus mis tus es las unas muchas
                          varias algunas todas otras estas esas aquellas pocas tantas ambas
                          nuestras vuestras dichas""".split())
"""Words after a number that are no noun it counts (a year's: "en 1900 muchas familias")."""
_ES_MASCULINE_ES = frozenset("camiones aviones sarampiones gorriones aguijones".split())
"""Masculine nouns in -ión ("200 camiones": "doscientos")."""
_ES_FEMININE_OTHER = frozenset(
    "mujer madre gente parte muerte noche calle clase llave nave torre fuente leche carne sede "
    "red ley voz luz paz vez flor piel cárcel imagen frente suerte tarde base fase serie "
    "especie superficie nieve sangre hambre crisis tesis razón".split())
"""Feminine nouns that do not end in -a, -ión, -dad ("500 mujeres": "quinientas mujeres")."""


def _es_feminine_other(noun: str) -> bool:
    """Whether `noun` (singular or plural) is in _ES_FEMININE_OTHER ("voces": "voz")."""
    forms = {noun, noun[:-1], noun[:-2], noun[:-3] + "z" if noun.endswith("ces") else "",
             noun[:-4] + "ón" if noun.endswith("ones") else ""}
    return bool(forms & _ES_FEMININE_OTHER) or (noun.endswith("sis") and noun not in _ES_MASCULINE_SIS)


_ES_MASCULINE_SIS = frozenset("análisis énfasis paréntesis oasis éxtasis".split())
"""Nouns in -sis are feminine ("la dosis", "la crisis", "la trombosis") but these."""


def _es_feminine_count(words: str) -> str:
    """A count in words before a feminine noun: "trescientos" -> "trescientas", "uno" -> "una";
    the millions stay masculine ("dos millones trescientas mil")."""
    millions, rest = re.match(r"(.*\bmill(?:ón|ones)\s)?(.*)", words).groups()  # type: ignore[union-attr]
    return (millions or "") + re.sub(r"uno\b", "una", re.sub(r"ientos\b", "ientas", rest))


_ES_LAS = re.compile(r"(?<=\b[Ll]as )(?P<n>\d{1,3}(?:\.\d{3})+|\d{3,6})(?![\d.,:]\d|\s?(?:%|€|\$))"
                     r"(?=\s(?:de[l]?|que|en|a|y|o|frente|contra|[a-záéíóúñ]+(?:ales|iles|as|es))\b|[,.;)]|$)")
""""frente a las 198.500 del año anterior", "las 600.000 anuales": a count whose feminine noun
was said before ("las" names it: toneladas) is feminine, "ciento noventa y ocho mil
quinientas"; so is one whose noun's ending does not tell ("de las 1.231 participantes")."""


_ES_LAS_NOUN = re.compile(r"(?<=\b[Ll]as )(?P<n>\d{1,3}(?:\.\d{3})+|\d{2,6})(?![\d.,:]\d|\s?(?:%|€|\$))"
                          r"(?=\s[a-záéíóúñ]+es\b)")
"""A count after "las" before a noun whose ending does not tell its gender ("de las 1.231
participantes"): feminine, as "las" says."""


def _es_las(m: re.Match[str]) -> str:
    words = str(num2words(int(m.group("n").replace(".", "")), lang="es"))
    feminine = _es_feminine_count(words)
    return feminine if feminine != words else m.group(0)


def _es_agreement(m: re.Match[str]) -> str:
    """"21 heridos" -> "veintiún heridos", "300 personas" -> "trescientas personas"."""
    noun = m.group("noun")
    n = int(m.group("n").replace(".", ""))
    if m.group("mil") and n >= 1000:
        return m.group(0)
    words = str(num2words(n * 1000 if m.group("mil") else n, lang="es"))  # "500 mil dosis"
    if noun in _ES_NOT_NOUNS or year_not_count(m.group("n"), m.string[:m.start()]):
        return m.group(0)
    if noun.endswith(("as", "iones", "dades", "tades", "tudes", "umbres")) and noun not in _ES_MASCULINE_ES \
            and noun[:-1] not in _MASCULINE_A and not noun.endswith("istas") \
            or _es_feminine_other(noun):  # "300 mujeres": "trescientas", "2.345 solicitudes"
        feminine = _es_feminine_count(words)
        return m.group(0) if feminine == words else f"{feminine}{m.group('sp')}{noun}"
    if words.endswith("uno") and n != 1:
        return f"{words[:-3]}{'ún' if words.endswith('veintiuno') else 'un'}{m.group('sp')}{noun}"
    return m.group(0)


ES_ONE_BEFORE_SCALE = re.compile(r"\b(veinti)?uno(?=\s(?:mil|millones|billones)\b)")
"""num2words' "veintiuno mil", "doscientos uno mil", "treinta y uno millones": before "mil"
and "millones" the "one" is "un" ("veintiún mil", "treinta y un millones")."""


def es_scale_one(m: re.Match[str]) -> str:
    return "veintiún" if m.group(1) else "un"


_ES_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d]|[.,]\d)")


def _es_grouped(m: re.Match[str]) -> str:
    """"21.000 euros", "451.231 votos": espeak-ng says "veintiuno mil"; in words, "veintiún mil"
    (a count whose thousands or millions end in one; other counts are left to the voice)."""
    words = str(num2words(int(re.sub(r"\D", "", m.group(0))), lang="es"))
    return ES_ONE_BEFORE_SCALE.sub(es_scale_one, words) if ES_ONE_BEFORE_SCALE.search(words) else m.group(0)


# --- German and French agreement -----------------------------------------------------------

_DE_ONE = re.compile(r"(?P<before>\b[A-Za-zÄÖÜäöüß]+\s)?(?<![\d,.:/–-])\b1(?P<sp>\s+)"
                     r"(?=(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b)")
_DE_ONE_TO = re.compile(r"(?<![\d,.:/–-])\b1\s?(?:bis|[-–])\s?(?=[2-9]\s+(?!Uhr\b)[A-ZÄÖÜ][a-zäöüß]+)")
"""A span from one before its noun: "1-2 Tabletten", "1 bis 2 Tage" -> "ein bis zwei" (uninflected)."""
_DE_FEMININE_ENDINGS = ("in", "ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "ie",
                        "ur", "enz", "anz", "e")
_DE_FEMININE = frozenset("Frau Nacht Stadt Zeit Welt Hand Person Tür Kraft Macht Wahl Zahl Kuh "
                         "Maus Bank Post Wand Form Mark Partei Art Sorte Fahrt Schicht".split())
_DE_NOT_FEMININE = frozenset("Ende Auge Name Junge Kunde Käse Gedanke Erbe Interesse Termin "
                             "Vitamin Benzin Magazin Ruin Kamin Bulletin Gewinn Sinn Sieg Teil "
                             "Abitur Lineal Haus Uhr Zimmer".split())
DE_DATIVE_PREPOSITION = re.compile(r"(?:(?<!\b[Bb]is )\b(?:[Zz]u|[Mm]it|[Vv]on|[Ii]n|[Aa]us|[Bb]ei|[Nn]ach|[Ss]eit)"
                            r"|\b(?:[Mm]it|[Ii]n|[Bb]ei) bis zu)(?:\s(?:rund|etwa|knapp|fast|gut|ungefähr|zirka))?\s$")
"""A preposition that takes the dative, maybe with "rund" or "etwa" after it: "zu zwei Dritteln",
"in zehn Kilometern Tiefe", "von rund 900 Kilometern pro Stunde", "mit bis
zu 110 km/h" (not "Böen von bis zu 120 km/h", which a writer says "Kilometer"; not the "bis zu"
of "bis zu 80 mm Regen", an adverb: "achtzig Millimeter")."""


_DE_DATIVE = GERMAN_DATIVE = frozenset("mit von bei nach seit aus zu vor in binnen gegenüber ab".split())
_DE_ACCUSATIVE = GERMAN_ACCUSATIVE = frozenset("für durch gegen ohne um".split())
def german_one(before: str) -> str:
    """"1" before a masculine amount in the case the preposition before asks: "bei 1,79 €"
    "einem", "für 1,50 €" "einen", else "ein" (a price after "kostet" is said "ein Euro")."""
    last = before.split()[-1:]
    word = last[0].lower() if last else ""
    return "einem" if word in GERMAN_DATIVE else "einen" if word in GERMAN_ACCUSATIVE else "ein"


_DE_NEUTER_ENDINGS = ("chen", "lein", "um", "ment", "tum", "ium", "ett", "o")
_DE_NEUTER = frozenset("Jahr Jahrzehnt Jahrhundert Jahrtausend Mal Kind Tor Land Haus Spiel Stück "
                       "Prozent Kilo Kilogramm Gramm Pfund Dorf Buch Wort Ziel Projekt Amt "
                       "Werk Team Unternehmen Verfahren Gesetz Gericht Gespräch Geschäft Gewicht "
                       "Angebot Verbot Produkt Modell Konzert Rennen Leben Bild Lied Schiff "
                       "Flugzeug Fahrzeug Zimmer Semester Quartal Kapitel Heft Paket Glas Bier "
                       "Ticket Los Mitglied Opfer Problem Thema System Programm Drittel "
                       "Viertel".split())
_DE_NUMBERED = frozenset("nummer platz seite kapitel artikel paragraf absatz teil stufe level "
                         "gleis linie folge staffel band".split())
"""After these "1" names the item ("Platz 1", "Gleis 1 Richtung Bonn"), no count."""


_DE_HAVING = re.compile(
    r"\b(?:erhielt|erhielten|erhält|erhalten|bekam|bekamen|bekommt|holte|holten|holt|geholt|"
    r"gewann|gewannen|gewinnt|gewonnen|verlor|verloren|verliert|erzielte|erzielten|erzielt|"
    r"kassierte|kassierten|kassiert|verbuchte|verbuchten|verzeichnete|verzeichneten|braucht|"
    r"brauchte|brauchten|gibt|gab|hat|hatte|hatten|haben|kostet|kostete|zahlt|zahlte|zahlten|"
    r"fordert|forderte|forderten|bietet|bot|boten|sicherte|sicherten|nehme|nimmt|nahm|enthält|"
    r"enthielt|empfiehlt|empfahl|empfehlen|trinkt|trank|isst|aß|verwendet|benötigt|benötigen)\b"
    r"(?:(?!\b(?:und|oder|aber|als|wenn|weil|dass|denn|sondern|während)\b)[^,.;:!?])*$")
"""A verb that takes an object in the accusative, earlier in the clause than a "1" before a
masculine noun: "einen" ("verlor 1 Sitz", "holte am Samstag 1 Punkt", "Man nehme 1 EL")."""
_DE_RECIPE_END = re.compile(
    r"[^.;:!?]*?\b\w*(?:rühren|heben|geben|fügen|streuen|mischen|mengen|würzen|schmecken|kochen|"
    r"braten|backen|dünsten|schlagen|pürieren|quirlen|gießen|träufeln|legen|reiben|erhitzen|"
    r"schmelzen|lassen|bestreichen|verteilen|servieren|garnieren|einnehmen)\s*(?:[.;!?]|$)")
"""A recipe's or a prescription's step ends in its verb, whose object the amount is: "Zum Schluss
½ TL Salz unter den Teig heben" ("einen halben Teelöffel")."""


def german_object(text: str, start: int, end: int) -> bool:
    """Whether an amount at text[start:end] is a verb's object, in the accusative: a verb that
    takes one earlier in its clause ("holte 1 Punkt"), or a step's verb ending it ("1 EL Öl
    erhitzen")."""
    return (_DE_HAVING.search(text, max(0, start - 60), start) is not None
            or _DE_RECIPE_END.match(text, end) is not None)


_DE_NEUTER_LAST = tuple(w.lower() for w in _DE_NEUTER if len(w) >= 4) + ("mandat",)
"""The neuter nouns a compound may end in ("Direktmandat", "Eigentor" is too short to tell)."""


def _de_neuter(noun: str, endings: tuple[str, ...] = _DE_NEUTER_ENDINGS) -> bool:
    return noun in _DE_NEUTER or noun.endswith(endings) or noun.lower().endswith(_DE_NEUTER_LAST)


def _de_feminine(noun: str) -> bool:
    return noun in _DE_FEMININE or (noun.endswith(_DE_FEMININE_ENDINGS)
                                    and noun not in _DE_NOT_FEMININE
                                    and not noun.endswith("ein"))  # "Verein", "Schein"


def _de_one(m: re.Match[str]) -> str:
    """"1" before a noun is "ein", "eine", "einem", "einer" (espeak-ng says "eins Kandidatin"):
    feminine by the noun's ending or a short list, dative after a preposition that asks it,
    accusative ("einen") as the object of a verb earlier in its clause."""
    before, noun = m.group("before") or "", m.group("noun")
    if before.strip().lower() in _DE_NUMBERED:
        return m.group(0)
    feminine = _de_feminine(noun)
    if before.strip().lower() in _DE_DATIVE:
        return f"{before}{'einer' if feminine else 'einem'}{m.group('sp')}"
    if before.strip().lower() in _DE_ACCUSATIVE and not feminine and noun != "Uhr" and not (
            _de_neuter(noun)):  # "um 1 Uhr": a time
        return f"{before}einen{m.group('sp')}"  # "für 1 Monat": "für einen Monat"
    if not (feminine or _de_neuter(noun)) and german_object(m.string, m.start("sp") - 1, m.end()):
        return f"{before}einen{m.group('sp')}"
    return f"{before}{'eine' if feminine else 'ein'}{m.group('sp')}"


_DE_ONE_OF = re.compile(r"(?P<before>\b[A-Za-zÄÖÜäöüß]+\s)?(?<![\d,.:/–-])\b1(?P<sp>\s+)"
                        r"(?=von\s+\d+\s+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+n)\b)")
_DE_WEAK = ("ent", "ant", "at", "ist", "and", "ot", "og", "et", "ar")
"""A masculine noun whose plural is "-en" ("Patienten", "Soldaten"): its singular is not the
plural less "-n", which would end in a feminine's "-e" ("Schulen": "Schule")."""
_DE_ADJECTIVAL = ("schen", "igen", "lichen", "enen")
"""A noun made of an adjective ("Deutschen", "Jugendlichen"): "einer von vier Deutschen"."""


_UNLAUT = str.maketrans("äöü", "aou")


def _de_one_of(m: re.Match[str]) -> str:
    """"1 von 3 Patienten": "einer von drei", "1 von 4 Schulen": "eine", "1 von 5 Kindern":
    "eines" (the pronoun in the gender of the singular of the plural that follows)."""
    before, noun = m.group("before") or "", m.group("noun")
    governor = before.strip().lower()
    if governor in _DE_NUMBERED:
        return m.group(0)  # "Teil 1 von 3 Folgen"
    singulars = [noun[:-2], noun[:-1]] + ([noun[:-3]] if noun.endswith("ern") else [])
    stem = re.sub(r"e?n$", "", noun)
    umlaut_plural = (re.search(r"[äöü]", stem) is not None
                     and len(re.findall(r"[aeiouäöü]+", stem.lower())) == 1)
    if any(_de_neuter(s, _DE_NEUTER_ENDINGS[:5]) for s in singulars):
        gender = "n"
    elif umlaut_plural:  # "Fällen", "Städten": a strong plural (the singular without its umlaut)
        gender = "f" if stem.translate(_UNLAUT) in _DE_FEMININE else "m"
    elif noun.endswith("innen") or (_de_feminine(noun[:-1]) and not noun[:-2].endswith(_DE_WEAK)
                                    and not noun.endswith(_DE_ADJECTIVAL)):
        gender = "f"
    else:
        gender = "m"
    if governor in _DE_DATIVE:  # "in 1 von 3 Fällen": "in einem von drei Fällen"
        pronoun = "einer" if gender == "f" else "einem"
    elif governor in _DE_ACCUSATIVE:  # "für 1 von 4 Schulen": "für eine von vier"
        pronoun = {"m": "einen", "f": "eine", "n": "eines"}[gender]
    else:
        pronoun = {"m": "einer", "f": "eine", "n": "eines"}[gender]
    return f"{before}{pronoun}{m.group('sp')}"


_FR_ONE = re.compile(r"(?<![\d,.\w:/–-])(?P<n>\d*1)(?P<sp>\s+)(?=(?P<noun>[a-zéèêàâîôûç]+)\b)")
_FR_FEMININE_ENDINGS = ("tion", "sion", "té", "ette", "ure", "ence", "ance", "ise", "ière", "euse",
                        "trice", "ée", "ie", "ine", "elle", "esse", "ade", "ude", "aine", "ique",
                        "quête", "tête", "fête", "ête", "aison")
_FR_FEMININE = frozenset(
    "personne femme fois heure semaine minute seconde voix place maison ville victime page "
    "ligne victoire défaite nuit classe équipe loi vie famille entreprise étoile chose "
    "tonne médaille partie part région commune école usine guerre voie balle main tête "
    "porte carte lettre année journée fille mère sœur épreuve course étape manche "
    "caméra arme frappe attaque zone vague hausse baisse dose cible bombe mine plainte peine "
    "amende dette somme prison rue route plage île tente œuvre forêt croix paix fin faim "
    "dent souris foi".split())
_FR_NOT_FEMININE = frozenset("lycée musée trophée génie incendie magazine domaine capitaine "
                             "dictionnaire moustique pique-nique portique député comité traité "
                             "côté été pâté arrêté marché degré mandat".split())


def _fr_one(m: re.Match[str]) -> str:
    """A number ending in "un" before a feminine noun ends in "une" ("21 victimes": "vingt et
    une victimes"; espeak-ng says "vingt et un")."""
    n, noun = int(m.group("n")), m.group("noun")
    if n % 100 in (11, 71, 91):
        return m.group(0)
    words = str(num2words(n, lang="fr"))
    if feminine_noun(noun, "fr"):
        return re.sub(r"\bun$", "une", words) + m.group("sp")
    if noun[0] in "aeiouyéèêâîôh":  # "21 ans", "1 an": "vingt et un ans", its /n/ said
        return words + m.group("sp")
    return m.group(0)


_FR_TALLY = re.compile(r"(?P<head>\b\d+\s+(?P<noun>[a-zéèêàâîôûç]+)\s+contre\s+)(?P<n>\d*1)(?!\d)"
                       r"(?![,.]\d|\s*[a-zéèêàâîôûç%€$])")


def _fr_tally(m: re.Match[str]) -> str:
    """A vote's second count, its noun left out, agrees with the first's: "289 voix contre
    251" -> "contre deux cent cinquante et une"."""
    n = int(m.group("n"))
    if n % 100 in (11, 71, 91) or not feminine_noun(m.group("noun"), "fr"):
        return m.group(0)
    return m.group("head") + re.sub(r"\bun$", "une", str(num2words(n, lang="fr")))


_FR_CENTS = re.compile(r"(?<![\d,.\w:/–-])(?P<n>\d{0,4}[2-9]00)(?P<sp>\s+)"
                       r"(?=(?P<noun>[aeiouyéèêâîôh][a-zéèêàâîôûç]+)\b)")
_FR_NOT_NOUNS = frozenset("au aux avec et en ou il ils elle elles on après avant environ entre une "
                          "un alors ainsi aussi hier où a ont est était avait".split())


def _fr_cents(m: re.Match[str]) -> str:
    """Hundreds in the plural before a noun with a vowel: "200 interpellations", "1 300
    habitants": the voice says "deux cents" from digits without the liaison's /z/, from the
    words with it (not before another word: "en 1900 avec")."""
    if m.group("noun") in _FR_NOT_NOUNS:
        return m.group(0)
    return str(num2words(int(m.group("n")), lang="fr")) + m.group("sp")


_ONE_BEFORE = re.compile(r"(?<![\d,.\w:/–-])(?<!número )(?<!numero )1(?P<sp>\s+)(?=(?P<noun>[a-záéíóúñàèìòù]+)\b)")
"""(Not after "número": "el n.º 1 mundial" is "número uno".)"""
_NOT_A_NOUN = frozenset("de del y o e a al en por para con que es más menos di da il la lo per su "
                        "in ed è sono non della delle dello alla alle allo nella nelle nello "
                        "sulla sulle dalla dalle dallo una uno come anche ancora sempre ogni "
                        "contro dopo entro oltre sopra sotto".split())
_MASCULINE_A = frozenset("día mapa problema programa sistema tema idioma clima planeta poeta papa "
                         "exoplaneta cometa esquema dilema drama poema teorema emblema síntoma aroma "
                         "fantasma genoma cromosoma holograma diagrama telegrama atleta "
                         "problemi programma pianeta".split())
_ES_FEMININE_ENDINGS = ("a", "ión", "dad", "tad", "tud", "umbre")
_IT_MONTHS = frozenset("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
                       "novembre dicembre enero febrero abril mayo junio julio septiembre octubre "
                       "noviembre diciembre".split())
"""A month after "1" is a date's ("il 1 maggio"), no noun counted."""


def _one_before(language: str) -> Callable[[re.Match[str]], str]:
    """"1" before a singular noun in Spanish and Italian (espeak-ng says "uno casa"): "una"
    before a feminine noun (by its ending), "un" (Italian "uno" before s + consonant, z, gn,
    ps; "un'" before a feminine vowel)."""
    def say(m: re.Match[str]) -> str:
        noun, sp = m.group("noun"), m.group("sp")
        if noun in _NOT_A_NOUN:
            return m.group(0)
        if noun in _IT_MONTHS:  # "il 1 maggio": "il primo maggio"
            return ("primo" if language == "it" else "1") + sp
        if language == "es":
            feminine = (noun.endswith(_ES_FEMININE_ENDINGS) and noun not in _MASCULINE_A
                        or _es_feminine_other(noun))
            return ("una" if feminine else "un") + sp
        if noun.endswith("a") and noun not in _MASCULINE_A:
            return "un'" if noun[0] in "aeiouàèìòù" else "una" + sp
        if noun.endswith("o") or _it_gender_in_e(noun) == "m":
            return ("uno" if re.match(r"s[^aeiou]|z|gn|ps|x|y", noun) else "un") + sp
        if _it_gender_in_e(noun) == "f":
            return "un'" if noun[0] in "aeiouàèìòù" else "una" + sp
        return m.group(0)
    return say


_IT_UNO = re.compile(r"(?<![\d,.\w:/–-])(?P<n>\d*[2-9]1)(?P<sp>\s+)(?=(?P<noun>[a-zàèéìòù]+i)\b)")


def _it_uno(m: re.Match[str]) -> str:
    """A number ending in "-uno" before a plural noun in -i drops its "o" ("21 anni":
    "ventun anni", "31 giorni": "trentun giorni"; espeak-ng says "ventuno")."""
    noun = m.group("noun")
    if noun in _NOT_A_NOUN or _it_gender_in_e(noun[:-1] + "e") == "f":
        return m.group(0)  # "21 regioni", "21 chiavi", "31 notti": feminine in -e, "ventuno"
    words = str(num2words(int(m.group("n")), lang="it"))
    return (words[:-1] if words.endswith("uno") else words) + m.group("sp")


_IT_MASCULINE_E = frozenset("milione campione mese padre nome mare pane cane fiore ponte monte "
                            "dente giudice pesce latte sangue bicchiere carcere cuore".split())
_IT_FEMININE_E = frozenset("gente mente fame madre nave chiave classe fase sete voce croce pace "
                           "legge rete sede base fonte notte parte morte neve luce".split())


def _it_gender_in_e(noun: str) -> str:
    """The gender of an Italian noun in -e, by a short list or its ending ("-ione" and "-tà"
    feminine, "-ore", "-ale", "-ente", "-ese" masculine), "" when the ending does not tell."""
    if noun in _IT_FEMININE_E:
        return "f"
    if noun in _IT_MASCULINE_E:
        return "m"
    if noun.endswith(("ione", "ice", "ie")):
        return "f"
    return "m" if noun.endswith(("ore", "ale", "ente", "ante", "ese", "one", "ile", "ere", "me")) else ""


def feminine_noun(noun: str, language: str) -> bool:
    """Whether `noun` (singular or plural) is feminine in French, Spanish, Italian or
    Portuguese, by its ending and the lists of exceptions."""
    singular = noun[:-1] if noun.endswith("s") else noun
    if language == "fr":  # "fois", "voix": an "s" of the singular
        return noun in _FR_FEMININE or singular in _FR_FEMININE or (
            singular.endswith(_FR_FEMININE_ENDINGS) and singular not in _FR_NOT_FEMININE)
    if language == "it" and singular.endswith("e"):  # "mezzo bicchiere", "mezza chiave"
        return _it_gender_in_e(singular) == "f"
    feminine = singular.endswith("a")
    return feminine and singular not in _MASCULINE_A and not (language == "it" and noun.endswith("i"))


def agreement_rules(language: str) -> tuple[Rule, ...]:
    """The agreement rules for `language`, run after units and signs."""
    rules: list[Rule] = []
    if language == "es":  # "las" before a count first: it says the count is feminine
        rules.extend([(_ES_LAS_NOUN, _es_las), (_ES_NOUN, _es_agreement)])
    if language == "de":
        rules.extend([(_DE_ONE_OF, _de_one_of), (_DE_ONE_TO, lambda m: "ein bis "), (_DE_ONE, _de_one)])
    if language == "fr":
        rules.extend([(_FR_TALLY, _fr_tally), (_FR_ONE, _fr_one), (_FR_CENTS, _fr_cents)])
    if language in ("es", "it"):
        rules.append((_ONE_BEFORE, _one_before(language)))
    if language == "it":
        rules.append((_IT_UNO, _it_uno))
    if language == "es":
        rules.extend([(_ES_LAS, _es_las), (_ES_GROUPED, _es_grouped)])
    return tuple(rules)


def _de_half(noun: str, text: str, start: int, end: int) -> str:
    """"½ Tablette" -> "eine halbe", "½ Kilo" -> "ein halbes", "½ Liter" -> "ein halber", in the
    case the clause asks: "mit einer halben", "einen halben Teelöffel ... heben"."""
    gender = "f" if _de_feminine(noun) else "n" if _de_neuter(noun) else "m"
    word = text[:start].split()[-1:]
    before = word[0].lower() if word else ""
    if before in _DE_DATIVE:
        return "einer halben" if gender == "f" else "einem halben"
    if gender == "m" and (before in _DE_ACCUSATIVE or german_object(text, start, end)):
        return "einen halben"
    return {"f": "eine halbe", "n": "ein halbes", "m": "ein halber"}[gender]


HALF_BEFORE: dict[str, Callable[[str, str, int, int], str]] = {
    # German by the noun's gender and the clause's case, as for "1"; Russian "половину" after a
    # verb ("дают ½ таблетки"), else "половина"
    "de": _de_half,
    "ru": lambda noun, text, start, end: ("половину" if re.search(r"(?:те|ют|ят|ет|ит|ать|ить)\s$", text[:start])
                                          else "половина"),
}
"""A half before a noun with no number: "½ Tablette", "½ таблетки" (the noun, the text, and
where the half and its noun start and end)."""
