"""Telephone numbers, service lines and postcodes in other languages than English (bodydates.py
asks, before dates and thousands): each language's groups said as its newsreaders say them
(digit by digit in German, Spanish, Italian and Portuguese, in pairs in French, in groups in
Russian), a short line after a word of calling ("llame al 112", "ligue 112", "der Notruf 112"),
a German postcode after a street's number ("12a, 10827 Berlin")."""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .addresses import FOREIGN_STREET
from .bodymeasures import SIGN_WORDS
from .common import Pass as Rule

__all__ = ["phone_rules"]

_PHONE = {
    "de": re.compile(r"(?<![\d.,])(?:\+\d{2}\s?\d{1,5}|0\d{2,5})(?:(?:[ -]|\s?/\s?)?\d{2,8})+"
                     r"(?:-\d{1,2}(?!\d))?(?![\d.,]\d)"),  # (an extension: "0711 216-0", the switchboard)
    # 2-3-2-2 ("91 555 12 34"), 3-3-3 ("900 123 456") or 3-2-2-2 ("600 11 22 33")
    # (not "600 000 000", a count with spaces between its thousands)
    # and Latin America's ten digits, 2-4-4 ("55 5200 9000") or 3-3-4 ("310 555 1234", "(011)
    # 4321-5678"): the last group of four is no count's
    "es": re.compile(r"(?<![\d.,])(?:(?:\+34\s?)?[6-9]\d(?:\s\d{3}(?:\s\d{2}){2}|\d\s\d{3}\s(?!000)\d{3}"
                     r"|\d(?:\s\d{2}){3})|(?:\+\d{2}\s?)?(?:\(\d{2,3}\)|\d{2,3})\s\d{3,4}[\s-]\d{4})(?![\d.,]\d)"),
    # a landline's area code starts with 0 and is kept after +39; a mobile's starts with 3
    # and a toll-free or shared-cost number starts with 8 or 1 ("800 123456", "199 112233")
    "it": re.compile(r"(?<![\d.,])(?:\+39\s?)?(?:0\d{1,3}|3\d{2}(?=[ -]?\d{6,7}(?!\d))"
                     r"|(?:8[04589]\d|1[4-9]\d)(?=[ -]?\d{3}[ -]?\d{3}(?!\d)))"
                     r"(?:[ -]?\d{2,8})+(?![\d.,/]\d)"),
    "ru": re.compile(r"(?<![\d.,])(?:(?P<plus>\+)?(?P<cc>\d)(?:\s|-(?=\d{3}-))?)?\(?(?P<area>\d{3})\)?(?:\s|(?<=\d)-)?"
                     r"(?P<rest>\d{3}-\d{2}-\d{2}|(?<=\)\s)\d{3}\s\d{2}\s\d{2}"
                     r"|(?<=\+7\s\d{3}\s)\d{3}\s\d{2}\s\d{2}"
                     r"|(?<=8\s800\s)\d{3,4}[\s-]\d{2,3}(?:[\s-]\d{2})?)(?![\d,.]\d)"),
}


_PT_PHONE = re.compile(r"(?P<before>\+351\s?|\b(?:[Nn]úmero|[Tt]elefone|[Tt]elemóvel|[Ll]inha|[Cc]ontacto|"
                       r"[Tt]el\.|[Ll]ig(?:ue|ar|ue-nos)(?: para(?: o)?)?|[Mm]arque(?: o)?|pelo|é o)\s)"
                       r"(?P<n>[23789]\d{2}\s?\d{3}\s?\d{3}|8\d{2}\s\d{2}\s\d{2}\s\d{2})(?![\d.,]\d)")
"""A Portuguese telephone number: nine digits, 3-3-3 ("213 924 300", "912 345 678", the "707"
lines of companies) or a
special line's 3-2-2-2 ("808 24 24 24"), after +351 or a word of a telephone (spaces also set
off thousands in Portugal: "213 924 300 euros" is a count)."""


_PT_BARE_PHONE = re.compile(r"^\s*(?P<n>[29]\d{2} \d{3} \d{3})\s*[.;]?\s*$")
"""A Portuguese number in three groups of three alone, as a contact line or a table's cell
writes it ("213 456 789"): a telephone (a count that large has a noun after it)."""
_PT_PHONE_WORDS = re.compile(r"\b(?:[Ll]inha|[Tt]elefone|[Nn]úmero|[Cc]ontacto|SMS)\b")


def _pt_phone(m: re.Match[str]) -> str:
    if m.group("before") == "é o " and not _PT_PHONE_WORDS.search(m.string, 0, m.start()):
        return m.group(0)  # "a linha ... é o 213 234 600"; not "o custo é o 213 234 600"
    before = "mais três cinco um " if m.group("before").startswith("+") else m.group("before")
    return before + " ".join(re.sub(r"\D", "", m.group("n")))


_SERVICE = re.compile(r"(?<=\s)(?P<n>0\d{1,3}|1\d{2})(?=\s?[,.;:!?)]|$|\s(?:y|o|e|ou|a|para|desde|por|pelas|às)\s)")
_SERVICE_BEFORE = re.compile(r"\b(?:[Ll]lam|[Mm]arc|[Tt]eléfono|[Cc]hiam|[Tt]elefon|[Ll]igu|[Ll]igar)"
                             r"[^\W\d]*[^\w,.;:!?]+(?:[^\W\d]+[^\w,.;:!?]+){0,5}?(?:al|el|il|lo|o)\s$")
"""A short service number after a word of calling or of a telephone, ending its clause
("llame al 112", "el teléfono de atención es el 060", "chiamate il 118."): said digit by
digit, as a code, after an article ("llamó a 150 personas" is a count). The number is found
first, the words before it then (a pattern that starts with them is tried at every word)."""


_DE_SERVICE = re.compile(r"\b((?:Notruf(?:nummer)?|Polizeinotruf|Rettungsdienst|Hotline|Rufnummer|"
                         r"Bereitschaftsdienst|Telefonseelsorge|Nummer|Notrufnummern?)\s(?:(?:ist|sind|unter)\s){0,2}"
                         r"(?:der\s|die\s)?"
                         r"|\bgilt die\s"
                         r"|(?:[Ww]ählen|[Rr]ufen|[Ww]ählte|[Rr]ief|[Aa]nrufen)(?:\s\w+){0,3}?\s(?:die|der)\s"
                         r"|\b(?:die|unter)\s(?=(?:110|112|115|116\s?1(?:17|16|23))\b(?!\s[A-ZÄÖÜ])))"
                         r"(0\d{1,3}|1\d{2}(?: \d{3})?|1\d{3,5})\b(?![\d.,]\d|\s\d)")
"""German short lines after their name: "der Notruf 112", "die Nummer 116 117"; the emergency
and on-call numbers after "die" or "unter" ("sofort die 112 wählen", "unter 116 117")."""
_DE_POSTCODE = re.compile(r"((?:(?:[Ss]tra(?:ße|sse)|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Gg]asse|[Rr]ing|[Dd]amm|"
                          r"[Uu]fer|[Cc]haussee|[Mm]arkt)\s\d{1,4}\s?[a-z]?,\s|\bD-|\b(?:PLZ|Postleitzahl)\s))(\d{5})"
                          r"(?=\s[A-ZÄÖÜ][a-zäöüß]+\b)")
"""A German postcode after a street's number and a comma, "D-" or "PLZ", before its town
("Hauptstraße 12a, 10827 Berlin"): digit by digit, not "zehntausendachthundert..."."""
_FR_SERVICE = re.compile(r"\b((?:[Cc]omposez|[Aa]ppelez|[Aa]ppeler|[Cc]ontactez|[Jj]oignez|numéro(?: vert)?)"
                         r"\s(?:[^\W\d]+(?:['’][^\W\d]+)?,?\s){0,5}?le\s)(\d{4})\b(?![\d.,]\d| ?(?:€|euros?))")
"""A French four-digit line after a word of calling, in pairs: "composez le 3114", "le numéro
national de prévention du suicide, le 3114" ("trente et un quatorze")."""


_BR_PHONE = re.compile(r"(?<![\d.,])(?:\+55\s?)?(?:\(\d{2}\)|\d{2})\s?\d{4,5}-\d{4}(?![\d.,]\d)")
"""A Brazilian number, its area code in brackets: "(11) 98765-4321", "+55 21 2345-6789"."""
_POSTCODE_AFTER_NAME = re.compile(r"\b((?:CAP|CEP|C\.\s?P\.|CP|[Cc]ódigo [Pp]ostal|[Cc]odice postale)\s?)"
                                  r"(\d{5}(?:-\d{3})?)\b(?![\d.,]\d)")
"""A postcode after its name: "CAP 38054", "CEP 01310-200", "código postal 28001": digit by
digit (the dash unsaid), not "trentottomila..."."""
_POSTCODE_IN_ADDRESS = re.compile(r"(?<=,\s)(\d{5})(?=\s[A-ZÀ-Ý][a-zà-ÿ]+(?:[\s-][A-ZÀ-Ý][a-zà-ÿ]+)*\b(?![\d,.]\d))")
"""A postcode after a comma and a street, before its town ("calle de Alcalá 134, 28009 Madrid",
"av. de la République, 75011 Paris", "viale Monza 42, 20127 Milano"): digit by digit, as the
German one, and in French its département first ("soixante-quinze zéro onze"), not "vingt-huit
mille neuf"."""


def _postcode(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        if not FOREIGN_STREET.search(m.string, max(0, m.start() - 80), m.start()):
            return m.group(0)
        code = m.group(1)
        if language != "fr":
            return " ".join(code)
        rest = code[2:]
        zeros = len(rest) - len(rest.lstrip("0"))
        said = [str(num2words(int(code[:2]), lang="fr"))] if code[0] != "0" else ["zéro", code[1]]
        said += ["zéro"] * zeros + ([str(num2words(int(rest), lang="fr"))] if rest.strip("0") else [])
        return " ".join(said)
    return say


_NORTH_AMERICAN = re.compile(r"(?<![\d.,])(?:1[\s-])?(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s-]\d{3}-\d{4}(?![\d.,]\d)")
"""A Quebec number, as North America writes it: "514 393-1133", "(418) 643-1234": digit by
digit (espeak-ng read "393-1133" as a range)."""


def _fr_service(m: re.Match[str]) -> str:
    n = m.group(2)
    return m.group(1) + " ".join(str(num2words(int(p), lang="fr")) if p[0] != "0" else
                                 f"zéro {num2words(int(p), lang='fr')}" for p in (n[:2], n[2:]))


_CALL_NOW = re.compile(r"\b(?:[Ll]igue|[Ll]igar|[Ll]lame|[Ll]lamar|[Mm]arque|[Mm]arcar|[Cc]hiama|[Cc]hiamare|"
                       r"[Cc]hiamate|[Ll]ínea|[Ll]inea|[Ll]inha)\s$")
"""A verb of calling or a line's name right before the number, no article between ("ligue 112",
"chiamate 118", "la línea 123")."""


def _service(m: re.Match[str]) -> str:
    before = max(0, m.start() - 60)
    if (_SERVICE_BEFORE.search(m.string, before, m.start()) is None
            and _CALL_NOW.search(m.string, before, m.start()) is None):
        return m.group(0)
    return " ".join(m.group("n"))


def _digits(language: str) -> Callable[[re.Match[str]], str]:
    def say(m: re.Match[str]) -> str:
        text = m.group(0)
        plus = SIGN_WORDS[language]["+"] + " " if text.startswith("+") else ""
        return plus + " ".join(re.sub(r"\D", "", text))
    return say


def _ru_phone(m: re.Match[str]) -> str:
    """"+7 495 123-45-67": each group as a number, in words (as digits with spaces between,
    the thousands rule would join them)."""
    plus = "плюс " if m.group("plus") else ""
    groups = [m.group("cc") or "", m.group("area"), *re.split(r"[-\s]", m.group("rest"))]
    return plus + " ".join(" ".join(str(num2words(int(d), lang="ru")) for d in g) if
                           g.startswith("0") and len(g) > 1 else str(num2words(int(g), lang="ru"))
                           for g in groups if g)


def phone_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`, in the order they run."""
    rules: list[Rule] = []
    if language in _PHONE:
        rules.append((_PHONE[language], _ru_phone if language == "ru" else _digits(language)))
    if language == "pt":
        rules.append((_BR_PHONE, _digits(language)))
        rules.append((_PT_PHONE, _pt_phone))
        rules.append((_PT_BARE_PHONE, lambda m: m.string[:m.start("n")] + " ".join(m.group("n").replace(" ", ""))
                      + m.string[m.end("n"):m.end()]))
    if language in ("es", "pt"):
        rules.append((_SERVICE, _service))
    if language == "it":  # "chiamate il 112" is "centododici"; "lo 060" digit by digit
        rules.append((_SERVICE, lambda m: m.group(0) if m.group("n")[0] == "1" else _service(m)))
    if language == "de":
        rules.append((_DE_SERVICE, lambda m: m.group(1) + " ".join(m.group(2).replace(" ", ""))))
        rules.append((_DE_POSTCODE, lambda m: m.group(1) + " ".join(m.group(2))))
    if language == "fr":
        rules.extend([(_FR_SERVICE, _fr_service), (_NORTH_AMERICAN, _digits(language))])
    if language in ("es", "fr", "it", "pt"):
        rules.append((_POSTCODE_IN_ADDRESS, _postcode(language)))
    if language in ("es", "it", "pt"):
        rules.append((_POSTCODE_AFTER_NAME,
                      lambda m: m.group(1) + " ".join(m.group(2).replace("-", ""))))
    return tuple(rules)
