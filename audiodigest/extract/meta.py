"""What a web page says about itself: title, authors, date, site, canonical URL, image, language.

Read from the markup before the body is looked at: JSON-LD (the first Article-like item),
Open Graph and other <meta> tags, <link rel=canonical>, <time datetime>, <html lang>.
"""

from __future__ import annotations

import html as html_mod
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..ingest.dates import parse_datetime
from .rules import normalise_space, strip_permalink

__all__ = ["MAX_AUTHOR_CHARS", "PageMeta", "clean_author", "page_meta"]

MAX_AUTHOR_CHARS = 80
CREDENTIAL_MAX_CHARS = 4
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z]{2}(?![A-Za-z0-9]))?(?=$|[-_])")
"""A page's language and, when it names one, its country ("en-GB", "pt_BR"): day-first dates
for British English, Brazil's numbers for Brazilian Portuguese (speech/dates.py,
bodyportuguese.py); the voice is the language's own where the country has none."""


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself, before the body is read."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    site: str | None = None
    url: str | None = None
    image_url: str | None = None
    language: str | None = None


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                yield item
            elif isinstance(item, list):
                stack.extend(item)


_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|Blog", re.IGNORECASE)


def _names(value: Any, people: bool = False) -> list[str]:
    """Names in a JSON-LD value; with `people`, an Organization is not one (a newsroom named
    as the author is not a byline)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if people and "Organization" in str(value.get("@type", "")):
            return []
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, people)]
    return []


def clean_author(name: str) -> str | None:
    name = html_mod.unescape(re.sub(r"^(?:by|von|par|por)\s+", "", name.strip(), flags=re.IGNORECASE))
    name = normalise_space(re.sub(r"(?<=\w)@\w+$", "", name))  # "Ann Lee@annlee": her handle
    if not name or "://" in name or len(name) > MAX_AUTHOR_CHARS or name.startswith("@"):
        return None
    return name


def _is_credential(part: str) -> bool:
    """"MS", "RDN", "PhD": letters after a name, not another author."""
    return len(part) <= CREDENTIAL_MAX_CHARS and (part.isupper() or part in ("PhD", "MD", "Jr", "Jr."))


def page_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Read title, authors, date, site, canonical URL, image and language from the markup."""
    meta = PageMeta()
    props: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in props:
            props[key] = content.strip()
    for item in _json_ld(tree):
        kind = item.get("@type", "")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind)
        if not _ARTICLE_TYPES.search(kind):
            continue
        if not meta.title and isinstance(item.get("headline"), str):
            meta.title = item["headline"]
        if not meta.authors:
            meta.authors = [a for a in (clean_author(n) for n in _names(item.get("author"), people=True)) if a]
        if not meta.published and isinstance(item.get("datePublished"), str):
            meta.published = parse_datetime(item["datePublished"])
        if not meta.site:
            names = _names(item.get("publisher"))
            meta.site = names[0] if names else None
        if not meta.image_url:
            image = item.get("image")
            image = image[0] if isinstance(image, list) and image else image
            if isinstance(image, dict):
                image = image.get("url")
            meta.image_url = image if isinstance(image, str) else None
    meta.title = meta.title or props.get("og:title") or props.get("twitter:title")
    if not meta.title:
        h1 = tree.find(".//h1")
        title_el = tree.find(".//title")
        if h1 is not None and h1.text_content().strip():
            meta.title = strip_permalink(h1.text_content().strip())
        elif title_el is not None and title_el.text:
            meta.title = title_el.text
    if not meta.authors:
        for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
            author = clean_author(props.get(key, ""))
            if author:
                parts = re.split(r"\s*(?:,|\band\b|&)\s*", author)
                meta.authors = [a for a in parts if a and not _is_credential(a)]
                break
    if not meta.published:
        for key in ("article:published_time", "og:article:published_time", "datepublished",
                    "date", "dc.date", "dc.date.issued", "pubdate", "publishdate", "sailthru.date"):
            meta.published = parse_datetime(props.get(key))
            if meta.published:
                break
    if not meta.published:
        time_el = tree.find(".//time[@datetime]")
        if time_el is not None:
            meta.published = parse_datetime(time_el.get("datetime"))
    meta.site = meta.site or props.get("og:site_name") or props.get("application-name")
    canonical = next((link.get("href") for link in tree.iterfind(".//link[@rel]")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    canonical = canonical or props.get("og:url")
    meta.url = urljoin(url or "", canonical) if canonical else url
    if meta.url and urlsplit(meta.url).scheme not in ("http", "https"):
        meta.url = url
    image = meta.image_url or props.get("og:image") or props.get("twitter:image")
    meta.image_url = urljoin(url or "", image) if image else None
    declared = tree.get("lang") or props.get("content-language") or props.get("og:locale") or ""
    match = _LANG.match(declared.strip())
    meta.language = match.group(0).lower().replace("_", "-") if match else None
    if meta.site:
        meta.site = normalise_space(html_mod.unescape(meta.site))
    if meta.title:
        meta.title = normalise_space(html_mod.unescape(meta.title))
    return meta
