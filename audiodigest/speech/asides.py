"""Asides written for the eye: an acronym in brackets right after the name it stands for, and
the dateline that opens a wire story.

Print introduces an acronym by writing it after the name, "the World Health Organization
(WHO) said"; a newsreader does not say it. Read out, it is three letters run into the next
word ("the International Criminal Court's ICC arrest warrant", heard by the listener as
"courts ICC a rest warrant"), and Whisper's normalizer, like a reader, treats bracketed text
as an aside. So a bracketed acronym whose letters are the initials of the words just before
it is left unsaid; when the article uses the acronym again, the listener needs to have heard
it, and it is said as a spoken aside between commas instead ("the Centers for Disease
Control, CDC, said ... the CDC"). Brackets holding anything else ("(with Putin)", "(AP)"
after a dateline) are said as they are. The caption keeps what was written.

A wire story opens with its dateline, "WASHINGTON (AP) — Ambassador Gordon Sondland ...": the
place in capitals, its state or country, the agency in brackets, a dash. Read as written, the
capitals were spelt out ("W.A.S.H.I.N.G.T.O.N") and the agency run into the first sentence; a
newsreader says where, then the story: "Washington. Ambassador Gordon Sondland ...", with an
AP-style state said in full ("St. Joseph, Michigan."); a filing date after the place ("NEW YORK,
Jan 5 (Reuters) -") is not said. A credit before the first word, glued ("(CNN)President Donald
Trump") or with its dash ("(Reuters) - Oil prices"), is left unsaid.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .addresses import STATES
from .speechdata import LETTER_ACRONYMS

_BRACKETED = re.compile(r"\s*\(([A-Z][A-Za-z&]{1,9})\)")
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\"“”«»—–]")
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Za-z&]{1,9}\b")
_SKIPPED = frozenset("""
    of the and for on in at to a an by with
    de du des la le les los las el da do das dos di del della et y e en
    für und der die das den dem des von vom zur zum im am
""".split())
"""Small words a name's acronym usually leaves out ("Internet of Things" is IoT, "Centers
for Disease Control" CDC): they may be skipped, or give a letter when the acronym has it."""
_MAX_WORDS = 12

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})"  # WASHINGTON, ST. JOSEPH
    rf"(?P<region>(?:, (?!(?:{_MONTHS})\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}})?)"  # , Mich.
    rf"(?P<date>,? (?:{_MONTHS})\.? \d{{1,2}})?"  # , Jan 5: the day it was filed, not said
    r"(?:\s*\((?P<agency>[A-Z][\w .&-]{0,30})\))?"  # (AP)
    r"\s*(?P<dash>[—–]|--|-(?=\s))\s*(?=\S)")
_CREDIT = re.compile(r"^\((?:(?:CNN|AP|AFP|Reuters|UPI|dpa|Bloomberg|AFP-JIJI)\)\s*"
                     r"(?:(?:[—–]|--|-(?=\s))\s*)?|[A-Z][\w .&-]{0,30}\)\s*(?:[—–]|--|-(?=\s))\s*)"
                     r"(?=[A-Z])")


def acronym_uses(texts: Iterable[str]) -> Counter[str]:
    """How often each capitalised token (a possible acronym) is written in an article."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(m.group(0) for m in _ACRONYM_WORD.finditer(text))
    return counts


def _letters(acronym: str) -> str:
    """The letters an acronym's words start with: "DSPs" is D, S, P; "AT&T" A, T, T."""
    if len(acronym) > 2 and acronym.endswith("s") and acronym[-2].isupper():
        acronym = acronym[:-1]
    return acronym.replace("&", "").lower()


@lru_cache(maxsize=4096)
def stands_for(acronym: str, before: str) -> bool:
    """Whether `acronym`'s letters are the initials of the last words of `before` (its
    clause), from a capitalised word to the last one, small words skipped or giving their
    letter, hyphenated parts counting as words ("Demand-side Platforms" is DSP)."""
    letters = _letters(acronym)
    if len(letters) < 2 or sum(c.isupper() for c in acronym) < 2:
        return False
    clause = _CLAUSE_END.split(before.replace("’", "'").replace("'s", ""))[-1]
    words = _WORD.findall(clause)[-_MAX_WORDS:]
    if not words or not words[-1][0].isupper():
        return False
    skips = 1 if len(letters) >= 3 else 0
    return any(words[start][0].isupper() and _initials(tuple(words[start:]), letters, skips)
               for start in range(len(words) - 1, -1, -1))


@lru_cache(maxsize=4096)
def _initials(words: tuple[str, ...], letters: str, skips: int = 0) -> bool:
    """`letters` are the initials of `words` in order, every word used but small ones and,
    `skips` times, a word inside the name that the acronym leaves out ("New York State
    Attorney General" is NYAG)."""
    if not words:
        return not letters
    word = words[0]
    if letters and word[0].lower() == letters[0] and _initials(words[1:], letters[1:], skips):
        return True
    if word.lower() in _SKIPPED:
        return _initials(words[1:], letters, skips)
    inside = 0 < len(letters) and len(words) > 1
    return skips > 0 and inside and _initials(words[1:], letters, skips - 1)


def spoken_asides(text: str, uses: Counter[str]) -> str:
    """`text` with each bracketed acronym that follows its name left unsaid, or said between
    commas when the article (`uses`, from `acronym_uses`) writes it more than once."""
    def aside(m: re.Match[str]) -> str:
        acronym = m.group(1)
        if not stands_for(acronym, text[:m.start()]):
            return m.group(0)
        if uses.get(acronym, 0) > 1:
            following = text[m.end():m.end() + 1]
            return f", {acronym}" + ("," if following.isalnum() or following == " " else "")
        return ""
    return _BRACKETED.sub(aside, text)


def _state(region: str) -> str:
    name = region.strip(", ").rstrip(".")
    return ", " + STATES.get(name, region.strip(", ")) if name else ""


def spoken_dateline(text: str) -> str:
    """A story's opening dateline as a newsreader says it (see the module's docstring):
    "WASHINGTON (AP) — Ambassador ..." -> "Washington. Ambassador ..."; anything else as is."""
    m = _DATELINE.match(text)
    if m is None:
        return _CREDIT.sub("", text)
    place = m.group("place")
    letters = re.sub(r"[^A-Z]", "", place)
    if (len(letters) < 4 or place in LETTER_ACRONYMS
            or not (m.group("agency") or m.group("dash") in "—–")):
        return text  # "NATO - the alliance", "FBI — agents": not a place
    rest = text[m.end():]
    return f"{place.title()}{_state(m.group('region'))}. {rest[:1].upper()}{rest[1:]}"
