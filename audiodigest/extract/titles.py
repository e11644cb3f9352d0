"""A page's title without its site's name or its search-engine tail, in any language.

"Harbour opens | The Coastal Herald", "BBC News - Harbour opens", "Гавань открылась: новости,
фото 2018", "港が開く｜海岸新聞": a page title carries the headline plus parts for the browser tab
and for search engines. A part at either end goes when it names the site, told by what the page
says of itself rather than by a list of sites: it matches og:site_name or the publisher, spells
the domain ("nytimes.com" is "N(ew) Y(ork) Times"), or is printed elsewhere on the page (logo,
footer). A trailing list of keywords (short items between commas, with a year or a word like
"news" or "photo") goes too, and so does a short last part after a pipe, which headlines do not
use. A colon or dash inside a headline ("Brexit: what happens next") stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .dom import weight
from .rules import normalise_space

__all__ = ["clean_title", "names_site"]

_SEPARATOR = re.compile(r"\s+(?:[|·•»«:/\-–—]|::|\|\|)\s+|:\s+|\s*[|｜]\s*|\s*[【】]\s*|：")
"""Parts of a title: " | ", " - ", " – ", " — ", ": ", " · ", " » ", " / ", a pipe without
spaces, and the full-width forms CJK sites use."""
_STRONG = re.compile(r"[|｜·•»«【】]|::")
"""Separators a headline itself does not use: a short part after one of these is the site's."""
SHORT_TAIL_WORDS = 4
"""A part this short after a pipe is a site or section name."""
MIN_HEADLINE_WORDS = 2
SITE_NAME_WORDS = 5
"""Longest site name: a longer part of a title is never taken for one."""
ELSEWHERE_MAX_WORDS = 12
"""The site's name printed elsewhere stands in a short line (a logo's text, "© 2024 Name")."""
KEYWORD_ITEM_WORDS = 3
_MEDIA_WORDS = frozenset(
    "news latest photo photos video videos pictures gallery live updates online breaking "
    "новости фото видео онлайн последние nachrichten bilder aktuell noticias fotos vídeos "
    "actualités vidéos notizie foto nieuws nyheter wiadomości zdjęcia haberler".split())
"""Words a search-engine tail is made of ("news, photos, video"), in some languages."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[^\W_]+")
MIN_NAME_CHARS = 3
DOMAIN_REST_CHARS = 3
"""A domain may carry this many letters past the site's name ("theparadigm" + "ng")."""
_GENERIC_LABELS = frozenset({"www", "m", "amp", "news", "blog", "blogs", "com", "co", "org", "net"})


def _key(text: str) -> str:
    return "".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def _host_label(host: str | None) -> str:
    """The name part of a host: "www.nytimes.com" -> "nytimes", "news.bbc.co.uk" -> "bbc"."""
    if not host:
        return ""
    labels = [lb for lb in host.lower().split(".") if lb]
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        labels = labels[:-2]  # bbc.co.uk, abc.net.au
    elif len(labels) >= 2:
        labels = labels[:-1]
    names = [lb for lb in labels if lb not in _GENERIC_LABELS]
    return _key(names[-1]) if names else ""


def _spells(label: str, words: list[str]) -> bool:
    """True when `label` runs together the starts of some consecutive `words`, at least one of
    them MIN_NAME_CHARS letters long, with at most DOMAIN_REST_CHARS letters left over
    ("nytimes": New York Times; "foxnews": Fox News; "theparadigmng": The Paradigm). Initials
    alone ("bbc" and "Boris Backs Cameron") do not count."""
    if len(label) < MIN_NAME_CHARS:
        return False

    def match(pos: int, n: int, longest: int) -> bool:
        rest = len(label) - pos
        if longest >= MIN_NAME_CHARS and (rest == 0 or (rest <= DOMAIN_REST_CHARS and 3 * pos >= 2 * len(label))):
            return True
        if n >= len(words) or rest == 0:
            return False
        word = words[n]
        for size in range(min(len(word), rest), 0, -1):
            if label[pos:pos + size] == word[:size] and match(pos + size, n + 1, max(longest, size)):
                return True
        return False

    return any(match(0, start, 0) for start in range(len(words)))


def names_site(part: str, site: str | None = None, host: str | None = None,
               elsewhere: Iterable[str] = ()) -> bool:
    """True when a part of a title is the site's name: it is og:site_name (or that name with a
    word more or less, "BBC" / "BBC News"), it spells the domain, or the page prints it on its
    own in two short lines elsewhere (logo, footer). A name is short: longer parts never are."""
    key = _key(part)
    words = [_key(w) for w in part.split() if _key(w)]
    if len(key) < MIN_NAME_CHARS or len(words) > SITE_NAME_WORDS:
        return False
    site_key = _key(site or "")
    site_words = len((site or "").split())
    if site_key and (key == site_key or (len(site_key) >= MIN_NAME_CHARS and abs(len(words) - site_words) <= 1
                                         and (key.startswith(site_key) or site_key.startswith(key)))):
        return True
    label = _host_label(host)
    if label and (key == label or (len(words) <= 2 and (label.startswith(key) or key.startswith(label)))
                  or _spells(label, words)):
        return True
    folded = part.casefold()
    return sum(1 for text in elsewhere
               if folded in text.casefold() and len(text.split()) <= ELSEWHERE_MAX_WORDS) >= 2


def _keywords(part: str) -> bool:
    """True for a search-engine tail: short items between commas ("новости, фото 2018")."""
    items = [item.strip() for item in re.split(r"[,،、，;]", part) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > KEYWORD_ITEM_WORDS for item in items):
        return False
    words = {w.casefold() for w in _WORD.findall(part)}
    return len(items) >= 3 or _YEAR.search(part) is not None or bool(words & _MEDIA_WORDS)


def clean_title(title: str, site: str | None = None, host: str | None = None,
                elsewhere: Iterable[str] = ()) -> str:
    """`title` without the site's name and search-engine tails at either end."""
    title = normalise_space(title)
    elsewhere = [text for text in elsewhere if title.casefold() not in text.casefold()]
    pieces = _SEPARATOR.split(title)
    seps = _SEPARATOR.findall(title)
    if len(pieces) < 2:
        return title
    first, last = 0, len(pieces) - 1
    while last > first:
        part, sep = pieces[last], seps[last - 1]
        short_after_pipe = _STRONG.search(sep) is not None and len(part.split()) <= SHORT_TAIL_WORDS
        if not (names_site(part, site, host, elsewhere) or _keywords(part) or short_after_pipe):
            break
        last -= 1
    while first < last and names_site(pieces[first], site, host):
        first += 1
    kept = pieces[first:last + 1]
    if weight(" ".join(kept)) < MIN_HEADLINE_WORDS and len(pieces) > len(kept):
        return title
    out = kept[0]
    for n in range(first + 1, last + 1):
        out += seps[n - 1] + pieces[n]
    return out.strip()
