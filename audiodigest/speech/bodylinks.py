"""Web and e-mail addresses and social handles in the body text of other languages than English
(bodywords.py runs these first: their dots are not abbreviations' full stops): "www.bundestag.de"
is read as one word by the voice, "presse@bonn.de" without its "at", so the dots, the at sign,
the dashes and the slashes are said in the language's words, "www" and a two-letter country
domain letter by letter ("Punkt D E", "punto i ti"; Russian "точка ру")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .common import Pass as Rule

__all__ = ["link_rules"]

_LINK = re.compile(
    r"(?<![\w@.])(?:(?P<scheme>https?://)?(?P<www>www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<bare>[\w-]+(?:\.[\w-]+)*\.(?:рф|ru|su|by|kz|ua|de|at|ch|lu|fr|be|ca|it|es|pt|br|mx|ar|cl|pe|ao|mz|"
    r"sn|ci|nl|pl|uk|eu|com|org|net|gov|info|tv))"
    r"(?![\w-]|\.\w))(?P<path>/[\w/.-]*)?(?<![.])")
"""A web address with "www." or a known top-level domain ("госуслуги.рф", "lemonde.fr"), or
an e-mail address."""
_LINK_WORDS = {
    # dot, at, dash, slash, www
    "de": ("Punkt", "at", "Bindestrich", "Schrägstrich", "W W W"),
    "es": ("punto", "arroba", "guion", "barra", "uve doble uve doble uve doble"),
    "fr": ("point", "arobase", "tiret", "slash", "W W W"),
    "it": ("punto", "chiocciola", "trattino", "barra", "vu vu vu"),
    "ru": ("точка", "собака", "дефис", "слэш", "вэ вэ вэ"),
    "pt": ("ponto", "arroba", "hífen", "barra", "W W W"),
}
_UNDERSCORE = {"de": "Unterstrich", "es": "guion bajo", "fr": "tiret bas", "it": "trattino basso",
               "ru": "нижнее подчёркивание", "pt": "sublinhado"}
_SAID_DOMAINS = {"ru": {"ru": "ру", "рф": "рф", "com": "ком", "org": "орг", "net": "нет"},
                 "es": {"es": "es"}, "pt": {"pt": "pê tê"}}
_WORD_DOMAINS = frozenset({"com", "org", "net", "gov", "edu", "info", "int"})


_HANDLE = re.compile(r"(?<![\w@.])@(?P<h>[A-Za-z][\w]{1,30})\b(?!\.\w)")
"""A social handle: "via @Elysee" -> "arobase Elysee", "@Palazzo_Chigi"."""


def _handle(language: str) -> Callable[[re.Match[str]], str]:
    at = _LINK_WORDS[language][1]
    return lambda m: f"{at} " + f" {_UNDERSCORE[language]} ".join(
        w for w in m.group("h").split("_") if w)


def _link(language: str) -> Callable[[re.Match[str]], str]:
    dot, at, dash, slash, www = _LINK_WORDS[language]
    domains = _SAID_DOMAINS.get(language, {})

    def name(part: str, last: bool) -> str:
        if last and part.lower() in domains:
            return domains[part.lower()]
        if last and len(part) == 2 and part.isalpha():
            return " ".join(part.upper())
        if last and part.lower() in _WORD_DOMAINS:
            return part.lower()
        said = f" {dash} ".join(part.split("-"))
        return f" {_UNDERSCORE[language]} ".join(w for w in said.split("_") if w)

    def host(text: str) -> str:
        parts = text.split(".")
        return f" {dot} ".join(name(p, i == len(parts) - 1) for i, p in enumerate(parts))

    def say(m: re.Match[str]) -> str:
        if m.group("bare"):
            said = host(m.group("bare"))
        elif m.group("www"):
            said = f"{www} {dot} {host(m.group('host'))}"
        else:
            user = f" {dot} ".join(name(p, False) for p in m.group("user").split("."))
            said = f"{user} {at} {host(m.group('domain'))}"
        path = (m.group("path") or "").strip("/")
        if path:
            said += f" {slash} " + f" {slash} ".join(host(p) for p in path.split("/") if p)
        return said
    return say


def link_rules(language: str) -> tuple[Rule, ...]:
    """The rules above for `language`: links before handles."""
    if language not in _LINK_WORDS:
        return ()
    return ((_LINK, _link(language)), (_HANDLE, _handle(language)))
