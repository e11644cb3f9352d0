"""Bylines, datelines and correspondents' labels: who wrote an article and when.

"by Ann Lee April 14, 2023 1:47 PM 6 min read", "Von Anna Müller, 3. März 2023",
"Published 5 March 2024" give authors and a date (`parse_byline`); "Caroline Hawley, BBC
diplomatic correspondent" and "Jane Doe | Reuters" give a name (`parse_label`). These lines are
metadata for the episode, not sentences to read out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .rules import month_numbers

__all__ = ["BYLINE_MAX_WORDS", "Byline", "find_date", "parse_byline", "parse_label"]

BYLINE_MAX_WORDS = 30
# Words in one author's name; longer runs of capitals are a headline, not a name.
NAME_MAX_WORDS = 4

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])}
_MONTH_ABBR = {m[:3]: n for m, n in _MONTHS.items()} | {"sept": 9}
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
             r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MONTH_WORDS = month_numbers()
"""Month names of every language in rules.MONTH_NAMES ("april", "märz", "décembre")."""
_DAY_MONTH_RE = (r"(?:" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r"|"
                 + _MONTH_RE + r")")
_TIME_RE = r"(?:,?\s*(?:at\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ap>[ap]\.?m\.?)?(?:\s*(?P<tz>[A-Z]{2,4}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}))?)?"
_DATE_PATTERNS = (
    re.compile(r"(?P<mon>" + _MONTH_RE + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})" + _TIME_RE, re.IGNORECASE),
    # "14 April 2023", "14. April 2023", "1er avril 2023", "14 de abril de 2023"
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?P<mon>" + _DAY_MONTH_RE
               + r")(?!\w)\s+(?:de\s+)?(?P<y>\d{4})" + _TIME_RE, re.IGNORECASE),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2}))?"),
    # "14.02.2024": day first, as German, Russian, Polish and Czech pages write it
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d.])" + _TIME_RE),
)
# Zone abbreviations that name one offset (hours from UTC); others leave the time naive.
_ZONES = {"UTC": 0, "GMT": 0, "Z": 0, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7,
          "MDT": -6, "PST": -8, "PDT": -7, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
          "IST": 5.5, "JST": 9, "AEST": 10, "AEDT": 11}
_NAME_STOP = re.compile(r"^(?:on|at|in|for|and|updated|published|posted|\d.*|" + _MONTH_RE + r"|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$", re.IGNORECASE)
# "JamesStaff", "GarberFOXBusiness": a name glued to the next word (not "LaMotte", "McDonald").
_GLUED_WORDS = re.compile(r"^[A-Z][a-z]{3,}(?=[A-Z])")
_BY = re.compile(r"(?:^|\s|\|)(?:by|written\s+by|words\s+by|von|par|por)\s+(?=[A-ZÀ-Ý])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Byline:
    """What a byline line says: who wrote it and when."""

    authors: tuple[str, ...]
    published: datetime | None


def _month_number(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTH_WORDS.get(name) or _MONTH_ABBR[name[:3]]


def find_date(line: str) -> datetime | None:
    for pattern in _DATE_PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        groups = m.groupdict()
        try:
            month = int(groups["m"]) if groups.get("m") else _month_number(groups["mon"])
            hour = int(groups["h"]) if groups.get("h") else 0
            minute = int(groups["mi"]) if groups.get("mi") else 0
            ampm = (groups.get("ap") or "").lower().replace(".", "")
            if ampm == "pm" and hour < 12:
                hour += 12
            elif ampm == "am" and hour == 12:
                hour = 0
            when = datetime(int(groups["y"]), month, int(groups["d"]), hour, minute)
        except (KeyError, ValueError):
            continue
        zone = (groups.get("tz") or "").upper()
        offset = _ZONES.get(zone)
        if offset is None and zone[:3] in ("UTC", "GMT") and len(zone) > 3:
            offset = int(zone[3:])
        if offset is not None and groups.get("h"):
            when = when.replace(tzinfo=timezone(timedelta(hours=offset)))
        return when
    return None


def _clean_name(name: str) -> str | None:
    """"Sean Martin Sean Martin" -> "Sean Martin"; an agency in capitals ("CNN") -> None."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half and words[:half] == words[half:]:
        words = words[:half]
    if len(words) == 1 and words[0].isupper():
        return None
    if _ROLE.fullmatch(" ".join(words)):
        return None  # "By Jane Doe, Reuters": the agency is not a second author
    return " ".join(words) or None


def _authors_after_by(line: str) -> tuple[str, ...]:
    m = _BY.search(line)
    if not m:
        return ()
    names: list[str] = []
    current: list[str] = []
    for token in line[m.end():].split():
        bare = token.strip(",;|•·")
        if "@" in bare[1:]:  # "Pokorny@DawgsByNature": the name, then the author's handle
            bare, token = bare[:bare.index("@")], "|"
        glued = _GLUED_WORDS.match(bare)  # "JamesStaff Writer": the name ends inside the token
        if glued:
            bare, token = glued.group(0), "|"
        if _NAME_STOP.match(bare) and bare.lower() != "and":
            break
        if bare.lower() in ("and", "&") or token.endswith(","):
            if token.endswith(",") and bare:
                current.append(bare)
            if current:
                names.append(" ".join(current))
            current = []
            continue
        if not bare[:1].isupper() or len(current) >= NAME_MAX_WORDS * 2:
            break
        current.append(bare)
        if token.endswith(("|", "•", "·")):
            break
    if current:
        names.append(" ".join(current))
    cleaned = (_clean_name(n) for n in names)
    return tuple(dict.fromkeys(n for n in cleaned if n and len(n.split()) <= NAME_MAX_WORDS))


def parse_byline(line: str) -> Byline | None:
    """Authors and date from a byline ("by Ann Lee April 14, 2023 1:47 PM 6 min read"), or None."""
    if len(line.split()) > BYLINE_MAX_WORDS:
        return None
    authors = _authors_after_by(line)
    published = find_date(line)
    if not authors and published is None:
        return None
    return Byline(authors, published)


# A correspondent's label: "Caroline Hawley, BBC diplomatic correspondent", "Jane Doe | Reuters",
# "By Jane Doe, Reuters". The name: two to four capitalised words (particles such as "de",
# "van", "bin" between them); the role: a few words naming a job in journalism or an agency.
_NAME = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+(?:\s+(?:(?:de|da|del|della|di|du|van|von|der|den|bin|al|el|la|le|ibn)\s+)?[A-ZÀ-ÞĀ-Ž][\w'’.-]+){1,3}"
_LABEL = re.compile(r"^(?:(?:by|von|par|por|di|door)\s+)?(?P<name>" + _NAME + r")\s*(?:,|\||–|—|-|/)\s*(?P<role>[^.!?]{2,80})\.?$",
                    re.IGNORECASE)
_ROLE = re.compile(
    r"\b(?:correspondents?|reporters?|editors?|writers?|journalists?|columnists?|contributors?|producers?"
    r"|analysts?|staff|bureau|chief|photographers?|critics?|commentators?|presenters?|anchors?|authors?"
    r"|reuters|associated\s+press|ap|afp|dpa|efe|ansa|bloomberg|upi|press\s+association|news\s+agency"
    r"|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?|autor(?:in)?"
    r"|correspondant(?:e)?|journaliste|rédact(?:eur|rice)|envoyée?\s+spéciale?"
    r"|corresponsal|periodista|redactor(?:a)?|enviad[oa]\s+especial|corrispondente|giornalista|inviat[oa]"
    r"|correspondente|jornalista|repórter|verslaggever|redacteur|correspondent(?:e)?)\b",
    re.IGNORECASE)
LABEL_MAX_WORDS = 14


def parse_label(line: str, site: str | None = None) -> str | None:
    """The name in a correspondent's label line ("Caroline Hawley, BBC diplomatic
    correspondent" -> "Caroline Hawley"), or None for any other line."""
    if len(line.split()) > LABEL_MAX_WORDS:
        return None
    m = _LABEL.match(line.strip())
    if m is None:
        return None
    role = m.group("role")
    if _ROLE.search(role) is None and not (site and site.casefold() in role.casefold()):
        return None
    # "Eric SongBy Eric Song, IGN Staff": a dump glued a credit to the byline it repeats
    name = _GLUED_BY.split(m.group("name"))[-1]
    if not all(w[:1].isupper() or w.islower() and len(w) <= 4 for w in name.split()):
        return None  # the IGNORECASE match let a lower-case word through as part of a name
    return name


_GLUED_BY = re.compile(r"(?<=[a-z])By\s+(?=[A-Z])")
