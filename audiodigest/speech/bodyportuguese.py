"""Portuguese numbers espeak-ng's voice misreads (bodynumbers.py asks): a count before a
feminine plural ("21 pessoas": "vinte e uma pessoas", "200 casas": "duzentas casas"), a time
with "h" ("14h30": the voice says "catorze agá trinta"), an ordinal with "º" or "ª" ("2.º
lugar": "dois ordinal masculino"), a century in Roman numerals ("século XXI": from the numeral
the voice says a final "um" without its nasal).
"""

from __future__ import annotations

import re

from num2words import num2words

from .bodydates import roman_value
from .common import Pass as Rule
from .common import year_not_count

__all__ = ["portuguese_late_rules", "portuguese_rules"]


_FEMININE_OTHER = frozenset("pessoas mulheres mães vezes noites redes leis vozes cidades "
                            "unidades sociedades comunidades universidades doses fases frases "
                            "bases crises análises teses hipóteses classes partes mortes fontes "
                            "sedes pontes torres flores dores cores tardes artes chaves colheres".split())
_MASCULINE_A = frozenset("dias mapas problemas programas sistemas temas idiomas climas planetas "
                         "poetas cinemas dramas esquemas gramas quilogramas miligramas "
                         "microgramas telegramas diagramas exoplanetas cometas genomas teoremas "
                         "dilemas poemas sintomas".split())
_COUNT = re.compile(r"(?<![\d,.\w−-])(?P<minus>[−-])?(?P<n>\d{1,3}(?:\.\d{3}){0,2}|\d{4,9})"
                    r"(?P<mil>\s+mil)?(?P<sp>\s+)(?=(?P<noun>[a-záéíóúâêôãõç]+s)\b)")
_ONE = re.compile(r"(?<![\d,.\w:/–-])1(?P<sp>\s+)(?=(?P<noun>[a-záéíóúâêôãõç]+)\b)")
_FEMININE_SINGULAR = frozenset("pessoa mulher mãe vez noite rede lei voz cidade unidade colher chávena "
                               "parte fase frase classe chave".split())
_NOT_NOUNS = frozenset("""as das nas pelas às várias muitas algumas todas outras estas essas
                       aquelas poucas tantas quantas ambas suas nossas""".split())
"""Words after a number that are no noun it counts (a year's: "em 2021 várias pessoas")."""


def _feminine(words: str) -> str:
    """Portuguese number words in the feminine: "um" -> "uma", "dois" -> "duas" at the end
    and before "mil", "-entos" -> "-entas" ("duzentas mil pessoas"); the millions stay
    masculine ("dois milhões e duzentas mil pessoas")."""
    millions, rest = re.match(r"(.*\b(?:milhão|milhões|bilião|biliões|bilhão|bilhões)\b)?(.*)",
                              words).groups()  # type: ignore[union-attr]
    rest = re.sub(r"\bum(?= mil\b|$)", "uma", re.sub(r"\bdois(?= mil\b|$)", "duas", rest))
    return (millions or "") + re.sub(r"entos\b", "entas", rest)


def _count(m: re.Match[str]) -> str:
    """A number whose last words are "um", "dois" or hundreds, before a feminine plural (by
    "-as", "-ções", "-dades" or a short list), in the feminine."""
    noun = m.group("noun")
    if not (noun.endswith(("as", "ções", "dades")) or noun in _FEMININE_OTHER) or noun in _MASCULINE_A:
        return m.group(0)
    if noun in _NOT_NOUNS or year_not_count(m.group("n"), m.string[:m.start()]):
        return m.group(0)
    n = int(m.group("n").replace(".", ""))
    if m.group("mil") and n >= 1000:
        return m.group(0)
    words = str(num2words(n * 1000 if m.group("mil") else n, lang="pt"))  # "200 mil doses"
    feminine = _feminine(words)
    minus = "menos " if m.group("minus") else ""  # "-320 pessoas": a balance
    return m.group(0) if feminine == words else minus + feminine + m.group("sp")


_TIME = re.compile(r"(?<![\d.,:])(?P<h>[01]?\d|2[0-3])h(?P<min>[0-5]\d)?(?![\w:])")


_LASTING = re.compile(r"\b(?:demora|demoram|demorou|dura|duram|durou|durará|leva|levam|levou|durante|em|cerca de|"
                      r"aproximadamente|mais de|menos de)\s$")
"""A time that is a duration, not a clock's: "demora aproximadamente 2h30" ("duas horas e
trinta minutos")."""


def _time(m: re.Match[str]) -> str:
    """"14h30": "catorze e trinta", "9h": "nove horas"; a duration "duas horas e trinta minutos"."""
    hour = int(m.group("h"))
    words = _feminine(str(num2words(hour, lang="pt")))
    hours = f"{words} hora{'s' if hour != 1 else ''}"
    if not m.group("min"):
        return hours
    minutes = int(m.group("min"))
    if minutes and _LASTING.search(m.string, max(0, m.start() - 16), m.start()):
        return f"{hours} e {num2words(minutes, lang='pt')} minuto{'s' if minutes != 1 else ''}"
    return words + (f" e {num2words(minutes, lang='pt')}" if minutes else f" hora{'s' if hour != 1 else ''}")


_ORDINAL = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})\.?(?P<suffix>[ºª°])(?=\s+[^\W\d_]|\s*[.,;:)]|\s*$)")
"""An ordinal before a word ("2.º lugar", "a 86.ª Volta") or at a clause's end ("art. 2.º")."""


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]rt\.|[Aa]rtigo|[Aa]rtigos|n\.º|[Nn]úmero) $")


def _ordinal(m: re.Match[str]) -> str:
    n = int(m.group("n"))
    if n >= 10 and _ARTICLE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return str(num2words(n, lang="pt"))  # "art. 132.º": "artigo cento e trinta e dois"
    words = str(num2words(n, lang="pt", to="ordinal"))
    if m.group("suffix") == "ª":
        words = " ".join(w[:-1] + "a" if w.endswith("o") else w for w in words.split())
    return words


_CENTURY = re.compile(r"(?P<word>\b[Ss]éculos?\s|(?<=[IVX]) e |(?<=[IVX]) a )(?P<r>X{0,2}(?:IX|IV|V?I{0,3}))"
                      r"(?<=[IVX])(?!\w)")
"""A century in Roman numerals, and the second of two ("séculos XVII e XVIII")."""


def _century(m: re.Match[str]) -> str:
    """"século XXI": "século vinte e um"; up to the tenth an ordinal ("século V": "quinto")."""
    n = roman_value(m.group("r"))
    return m.group("word") + str(num2words(n, lang="pt", to="ordinal" if n <= 10 else "cardinal"))


_REAL = re.compile(r"(?<![\w$])R\$\s?(?P<units>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<cents>\d{1,2}))?"
                   r"(?:\s(?P<scale>mil milhões|mil|milhão|milhões|bilião|biliões|bilhão|bilhões)\b)?(?!\d|,\d)")


def _real(m: re.Match[str]) -> str:
    """Brazil's real: "R$ 2,50" -> "dois reais e cinquenta centavos", "R$ 1" -> "um real",
    "R$ 3,5 bilhões" -> "três vírgula cinco bilhões de reais" (the voice said "R dólares")."""
    units = int(m.group("units").replace(".", ""))
    cents = m.group("cents")
    if m.group("scale"):
        amount = str(num2words(units, lang="pt"))
        if cents:
            amount += " vírgula " + " ".join(str(num2words(int(d), lang="pt")) for d in cents) \
                if cents.startswith("0") else f" vírgula {num2words(int(cents), lang='pt')}"
        scale = m.group("scale")
        return f"{amount} {scale} {'de reais' if scale != 'mil' else 'reais'}"
    said = f"{num2words(units, lang='pt')} {'real' if units == 1 else 'reais'}"
    if re.search(r"(?:milhão|milhões|bilião|biliões|bilhão|bilhões)$", said.rsplit(" ", 1)[0]):
        said = said.replace(" reais", " de reais")
    if cents and int(cents):
        c = int(cents if len(cents) == 2 else cents + "0")
        said += f" e {num2words(c, lang='pt')} {'centavo' if c == 1 else 'centavos'}"
    return said


_NUMBER = re.compile(r"(?<![\d,.\w/:–-])(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<dec>\d+))?(?P<pct>\s?%)?"
                     r"(?![\d]|[,.]\d|[\w%°ºª/:–-])")


def _number(m: re.Match[str]) -> str:
    """A number the rules before left in digits, in words: from digits the voice drops the
    nasal of a final "um" ("21 anos"), pauses inside a year ("2030": "dois mil, e trinta") and
    says "dez" before a consonant with /s/; from words it says them as a newsreader does
    ("seis vírgula quatro por cento"; the first of a month "um" in Portugal, "1 de outubro": "um
    de outubro", as the other days are; "1.º de maio" is "primeiro", its ordinal written)."""
    n = int(m.group("n").replace(".", ""))
    if n > 999_999_999_999:
        return m.group(0)
    dec = m.group("dec")
    said = str(num2words(n, lang="pt"))
    if dec:
        said += " vírgula " + (" ".join(str(num2words(int(d), lang="pt")) for d in dec)
                               if dec.startswith("0") or len(dec) > 3 else str(num2words(int(dec), lang="pt")))
    return said + (" por cento" if m.group("pct") else "")


def _one(m: re.Match[str]) -> str:
    """"1" before a singular noun: "uma" before a feminine one ("1 pessoa", "1 decisão"),
    "um" before a masculine one (the voice says "um" from the digit too)."""
    noun = m.group("noun")
    feminine = (noun.endswith(("a", "ção", "são", "dade", "gem")) and noun + "s" not in _MASCULINE_A
                or noun in _FEMININE_SINGULAR)
    return "uma" + m.group("sp") if feminine and noun not in _NOT_NOUNS and noun != "a" else m.group(0)


_ROAD = re.compile(r"(?<![\w-])(?P<road>A|IC|IP|EN|ER|N|BR|SP|RJ|MG|PR|SC|RS|BA|GO|PE|CE)(?:\s?|(?<=[A-Z]{2})-)"
                   r"(?P<n>\d{1,3})\b(?![,.]\d|-\d)")
"""A Portuguese or Brazilian road ("na A1", "o IC19", "a EN125", "na BR-116", "a SP-280"): its
letters, then its number in words (from "A1" the voice says "um" without its nasal)."""


_MODEL = re.compile(r"(?P<road>\b(?:Galaxy|Pixel|Redmi|Xperia|Moto|Mate|Série|modelo|modelos|BMW|Audi) "
                    r"[A-Z]{1,2})(?P<n>\d{1,3})\b(?![,.]\d|-\d)")
"""A device's or a car's model after its name ("aos Galaxy S24", "o BMW X5"): its letters, then its
number in words, as the roads' (from "S24" the voice reads the digits otherwise)."""


_SHORT_SCALE = re.compile(r"(?<=\d)\s?\b(mi|bi)\b(?![\w-])")
"""Brazil's press's "212,6 mi de habitantes", "R$ 20 bi": "milhões", "mil milhões" (as the sets
write a billion; espeak-ng says "mi", "bi")."""


def portuguese_rules() -> tuple[Rule, ...]:
    """The rules above, in the order they run."""
    return ((_SHORT_SCALE, lambda m: " milhões" if m.group(1) == "mi" else " mil milhões"),
            (_REAL, _real), (_CENTURY, _century), (_TIME, _time), (_ORDINAL, _ordinal),
            (_COUNT, _count), (_ONE, _one),
            *((pattern, lambda m: f"{m.group('road')} {num2words(int(m.group('n')), lang='pt')}")
              for pattern in (_ROAD, _MODEL)))


def portuguese_late_rules() -> tuple[Rule, ...]:
    """What runs after the money, measure and percent rules: a number still in digits (a
    count's agreement again first: the measures have written their units' words, "300 t" is
    now "300 toneladas", "trezentas")."""
    return ((_COUNT, _count), (_ONE, _one), (_NUMBER, _number))
