"""Parse RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom feeds written by strangers, without expanding entities.

XML goes through defusedxml first: any entity declaration (billion laughs) or external entity
(XXE) is refused before anything is expanded or read, and a DTD is never fetched. A feed that
is not well-formed gets one more try with lxml in recover mode, with entity resolution and
the network off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ..errors import FeedParseError
from .dates import parse_datetime

__all__ = ["FeedItem", "feed_links", "looks_like_feed", "parse_feed"]

NS_ATOM = "http://www.w3.org/2005/Atom"
NS_RSS1 = "http://purl.org/rss/1.0/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_CONTENT = "http://purl.org/rss/1.0/modules/content/"
NS_DC = "http://purl.org/dc/elements/1.1/"
MAX_FEED_BYTES = 20 * 1024 * 1024
SNIFF_CHARS = 2048
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)[\s>]")
PROLOG_SNIFF_BYTES = 1024 * 1024
"""How far past a DOCTYPE's internal subset the root element is looked for."""
_PROLOG = re.compile(r"\ufeff?\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>\s*)*",
                     re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed, as the feed states it."""

    guid: str
    """The item's guid/id; its link (or title) when the feed gives none."""
    link: str | None
    title: str
    published: datetime | None
    content_html: str | None
    """The item's full content (content:encoded, Atom content) when the feed carries it."""
    summary: str
    """The description/summary as given (may hold HTML)."""
    authors: tuple[str, ...] = ()


def looks_like_feed(content: bytes) -> bool:
    """True when the document's root is RSS, RDF or Atom (not HTML).

    A DOCTYPE with an internal subset (where entity bombs and XXE live) can push the root
    past the first few KB; it is skipped, so such a feed is refused as a feed, clearly,
    instead of being read as a page.
    """
    from .decode import text_head  # a feed saved as UTF-16 is still a feed

    head = text_head(content, SNIFF_CHARS).encode("utf-8").lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"<html" in head.lower()[:SNIFF_CHARS]:
        return False
    if _FEED_ROOT.search(head) is not None:
        return True
    if b"<!DOCTYPE" not in head.upper() or b"[" not in head:
        return False
    prolog = text_head(content, PROLOG_SNIFF_BYTES)
    match = _PROLOG.match(prolog)
    rest = prolog[match.end():] if match else ""
    return _FEED_ROOT.match(rest[:SNIFF_CHARS].encode("utf-8")) is not None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(el: Element | None) -> str:
    if el is None:
        return ""
    return "".join(el.itertext()).strip()


def _child(el: Element, *names: str) -> Element | None:
    for name in names:
        found = el.find(name)
        if found is not None:
            return found
    return None


def _date(value: str) -> datetime | None:
    return parse_datetime(value)


def _parse_xml(content: bytes, url: str | None) -> tuple[Element, str | None]:
    """The root element, and what was wrong with the XML if it had to be recovered."""
    where = url or "the feed"
    if len(content) > MAX_FEED_BYTES:
        raise FeedParseError(f"{where} is larger than {MAX_FEED_BYTES // 2**20} MB; refusing to parse it", url)
    try:
        root: Element = SafeET.fromstring(content, forbid_dtd=False, forbid_entities=True,
                                          forbid_external=True)
        return root, None
    except DefusedXmlException as exc:
        raise FeedParseError(
            f"refused {where}: it declares XML entities or external references ({type(exc).__name__}), "
            "which could expand without bound or read local files",
            url,
        ) from exc
    except ParseError as first:
        fixed = _numeric_entities(content)
        if fixed != content:  # `&nbsp;` and friends: HTML habits, common in hand-made feeds
            try:
                root = SafeET.fromstring(fixed, forbid_dtd=False, forbid_entities=True,
                                         forbid_external=True)
                return root, None
            except (ParseError, DefusedXmlException):
                pass
        return _recover(fixed, where, url, first), str(first)


_ENTITY_REF = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})


def _numeric_entities(content: bytes) -> bytes:
    """References to HTML's named entities as numeric references (which need no DTD); unknown
    names dropped. Only for ASCII-compatible encodings; UTF-16 feeds are left as they are."""
    if content[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in content[:SNIFF_CHARS]:
        return content
    from html.entities import html5

    def numeric(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        if name in _XML_ENTITIES:
            return match.group(0)
        chars = html5.get(name.decode("ascii") + ";", "")
        return b"".join(b"&#%d;" % ord(c) for c in chars)

    return _ENTITY_REF.sub(numeric, content)


def _recover(content: bytes, where: str, url: str | None, first: Exception) -> Element:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise FeedParseError(f"{where} is not well-formed XML ({first}); check that it is a feed", url) from first
    _replace_entity_references(root)
    # Re-parse lxml's cleaned output with the safe parser, so callers see one element type.
    try:
        clean: Element = SafeET.fromstring(etree.tostring(root), forbid_entities=True,
                                           forbid_external=True)
        return clean
    except (ParseError, DefusedXmlException) as exc:
        raise FeedParseError(f"{where} is not well-formed XML ({first}); check that it is a feed", url) from exc


def _replace_entity_references(root: Any) -> None:
    """Turn references to undeclared entities (`&nbsp;`, `&mdash;`: HTML habits in sloppy
    feeds) into their HTML characters, and drop unknown ones. Nothing is looked up outside
    the table of HTML's own entities: no DTD is read, nothing is fetched."""
    from html.entities import html5

    from lxml import etree

    for ref in list(root.iter(etree.Entity)):
        char = html5.get(f"{ref.name};", "")
        parent = ref.getparent()
        if parent is None:
            continue
        text = char + (ref.tail or "")
        previous = ref.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(ref)


FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


def feed_links(page: bytes, url: str) -> list[str]:
    """The feeds a web page names (<link rel="alternate" type="application/rss+xml" href>), in
    page order, absolute: what feed readers follow when given a site's address."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    found: list[str] = []
    for link in soup.find_all("link", href=True):
        rel = [str(r).lower() for r in link.get_attribute_list("rel") if r]
        kind = str(link.get("type", "")).split(";")[0].strip().lower()
        if "alternate" in rel and kind in FEED_LINK_TYPES:
            href = urljoin(url, str(link["href"]).strip())
            if href.startswith(("http://", "https://")) and href not in found:
                found.append(href)
    return found


def parse_feed(content: bytes, url: str | None = None,
               warnings: list[str] | None = None) -> list[FeedItem]:
    """Parse an RSS or Atom document into its items, in feed order.

    Raises FeedParseError for XML that does not parse, refused entities, a document that is
    not a feed, or a feed with no items. A feed that is not well-formed but yields complete
    items (cut short, a stray character) is read, and says so in `warnings`.
    """
    root, problem = _parse_xml(content, url)
    kind = _local(root.tag)
    if kind == "rss":
        channel = root.find("channel")
        items = [_rss_item(el, url) for el in (channel.findall("item") if channel is not None else [])]
    elif kind == "RDF":
        items = [_rss_item(el, url) for el in root.findall(f"{{{NS_RSS1}}}item")]
    elif kind == "feed":
        items = [_atom_entry(el, url) for el in root.findall(f"{{{NS_ATOM}}}entry")]
    else:
        raise FeedParseError(f"{url or 'the document'} is XML but not an RSS or Atom feed (root <{kind}>)", url)
    items = [item for item in items if item.link or item.content_html or item.summary]
    where = url or "the feed"
    if problem and not items:
        raise FeedParseError(f"{where} is not well-formed XML ({problem}); check that it is a "
                             "feed", url)
    if not items:
        raise FeedParseError(f"{where} has no items with a link or content", url)
    if problem and warnings is not None:
        warnings.append(f"{where} is not well-formed XML ({problem}): read the "
                        f"{len(items)} items that could be read; tell its publisher")
    return items


def _rss_item(el: Element, base: str | None) -> FeedItem:
    def find(*names: str) -> Element | None:
        return _child(el, *names)

    link = _text(find("link", f"{{{NS_RSS1}}}link")) or None
    if link and base:
        link = urljoin(base, link)
    title = _text(find("title", f"{{{NS_RSS1}}}title"))
    guid = _text(find("guid")) or el.get(f"{{{NS_RDF}}}about") or link or title
    published = _date(_text(find("pubDate", f"{{{NS_DC}}}date")))
    content = _text(find(f"{{{NS_CONTENT}}}encoded")) or None
    summary = _text(find("description", f"{{{NS_RSS1}}}description"))
    authors = tuple(a for a in (_text(x) for x in el.findall(f"{{{NS_DC}}}creator")) if a)
    if not authors:
        author = _text(find("author"))
        authors = (author,) if author else ()
    return FeedItem(guid=guid, link=link, title=title, published=published,
                    content_html=content, summary=summary, authors=authors)


def _atom_entry(el: Element, base: str | None) -> FeedItem:
    link = None
    for candidate in el.findall(f"{{{NS_ATOM}}}link"):
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            link = candidate.get("href")
            break
    if link and base:
        link = urljoin(base, link)
    title = _text(el.find(f"{{{NS_ATOM}}}title"))
    guid = _text(el.find(f"{{{NS_ATOM}}}id")) or link or title
    published = _date(_text(_child(el, f"{{{NS_ATOM}}}published", f"{{{NS_ATOM}}}updated")))
    content = _atom_content(el.find(f"{{{NS_ATOM}}}content"))
    summary = _atom_content(el.find(f"{{{NS_ATOM}}}summary")) or ""
    authors = tuple(a for a in (_text(x.find(f"{{{NS_ATOM}}}name"))
                                for x in el.findall(f"{{{NS_ATOM}}}author")) if a)
    return FeedItem(guid=guid, link=link, title=title, published=published,
                    content_html=content or None, summary=summary, authors=authors)


def _atom_content(el: Element | None) -> str | None:
    if el is None or el.get("src"):
        return None
    if el.get("type") == "xhtml":
        from xml.etree.ElementTree import tostring

        for node in el.iter():
            node.tag = _local(node.tag) or node.tag  # drop the XHTML namespace prefixes
        inner = "".join(tostring(child, encoding="unicode") for child in el)
        return (el.text or "") + inner
    if el.get("type", "text") == "text":
        from html import escape

        text = _text(el)
        return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip()) or None
    return _text(el) or None
