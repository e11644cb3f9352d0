"""Source -> RawDocuments: a URL, a file, a folder, a feed or stdin, its kind told from its content.

What the user names is loaded whole before anything is extracted: a folder gives every
supported file in name order, a feed gives one document per item (the item's own content when
the feed carries it, else its fetched link). Bad files and failed items are collected as
failures beside the good documents, so one broken file does not lose the rest.
"""

from __future__ import annotations

import html as html_mod
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import AudioDigestError, SourceError
from ..models import RawDocument
from .decode import decode_text, sniff_binary, text_head
from .feeds import FeedItem, looks_like_feed, parse_feed
from .http import fetch, is_private_url

__all__ = [
    "Loaded",
    "document_for_item",
    "feed_links_may_be_private",
    "load",
    "load_all",
    "sniff_media_type",
    "text_of",
]

# Biggest local file or stdin read; past this the input is refused (same cap as a fetch).
MAX_FILE_BYTES = 20 * 1024 * 1024
# Most items taken from one feed; a feed is a list of recent items, not an archive.
MAX_FEED_ITEMS = 50
# Item content shorter than this is an excerpt: the item's link is fetched for the article.
FEED_CONTENT_MIN_WORDS = 25
# How much of the start of a document is read to tell its kind.
SNIFF_CHARS = 4096
SUPPORTED_SUFFIXES = frozenset({
    ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown", ".rss", ".atom", ".xml", "",
})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</?(?:p|div|article|span|a|h[1-6]|br|section|main)\b[^>]*>", re.IGNORECASE)
_MD_SIGNS = re.compile(r"^(?:#{1,6}\s+\S|[-*+]\s+\S|\d+\.\s+\S|>\s|```)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*",
                       re.MULTILINE)
# Markdown signs needed in an unnamed text before it is read as Markdown.
MD_MIN_SIGNS = 3


@dataclass(frozen=True, slots=True)
class Loaded:
    """The documents a source gave, and what could not be read (name, error)."""

    documents: tuple[RawDocument, ...]
    failures: tuple[tuple[str, AudioDigestError], ...] = ()


def sniff_media_type(content: bytes, name: str = "", declared: str | None = None) -> str:
    """Tell a document's kind from its bytes (the name and declared type only break ties)."""
    binary = sniff_binary(content)
    if binary:
        raise SourceError(f"{name or 'the input'} is {binary}, not text: give a web page, text, Markdown or feed", name)
    if looks_like_feed(content):
        return "application/rss+xml"
    text = text_head(content, SNIFF_CHARS)
    if _HTML_START.match(text) or len(_HTML_TAGS.findall(text)) >= 3:
        return "text/html"
    suffix = Path(name).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES or declared in ("text/markdown", "text/x-markdown"):
        return "text/markdown"
    if suffix in (".html", ".htm", ".xhtml") or declared in ("text/html", "application/xhtml+xml"):
        return "text/html"
    if len(_MD_SIGNS.findall(text)) >= MD_MIN_SIGNS and re.search(r"^#{1,6}\s", text, re.MULTILINE):
        return "text/markdown"
    return "text/plain"


def _read_limited(stream: BinaryIO, name: str) -> bytes:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(f"{name} is larger than {MAX_FILE_BYTES // 2**20} MB; give one article, not an archive", name)
    if not data.strip():
        raise SourceError(f"{name} is empty", name)
    return data


def _from_bytes(content: bytes, source: str, name: str, *, url: str | None = None,
                declared_type: str | None = None, encoding: str | None = None,
                allow_private: bool = True) -> Loaded:
    media = sniff_media_type(content, name, declared_type)
    if media == "application/rss+xml":
        return _from_feed(content, source, url, allow_private)
    return Loaded((RawDocument(source=source, content=content, media_type=media, url=url,
                               encoding=encoding),))


def document_for_item(item: FeedItem, source: str, *, allow_private: bool = True) -> RawDocument:
    """One feed item as a document: its own content if the feed carries it, else its page."""
    body = item.content_html
    if body is not None and item.link and _word_count(body) < FEED_CONTENT_MIN_WORDS:
        try:  # a few words in content:encoded are an excerpt: the page has the article
            return fetch(item.link, allow_private=allow_private, source=item.link)
        except AudioDigestError:
            pass  # the excerpt is better than nothing
    if body is None and (not item.link) and item.summary:
        body = item.summary
    if body is not None:
        return RawDocument(source=item.link or source, content=_item_page(item, body).encode("utf-8"),
                           media_type="text/html", url=item.link, encoding="utf-8")
    if not item.link:
        raise SourceError(f"feed item {item.title or item.guid!r} has no content and no link", source)
    return fetch(item.link, allow_private=allow_private, source=item.link)


def _word_count(html: str) -> int:
    return len(re.sub(r"<[^>]*>", " ", html).split())


def _item_page(item: FeedItem, body: str) -> str:
    """An HTML page for an item's content, carrying the feed's facts as page metadata."""
    esc = html_mod.escape
    head = [f"<title>{esc(item.title)}</title>", f'<meta property="og:title" content="{esc(item.title)}">']
    for author in item.authors:
        head.append(f'<meta name="author" content="{esc(author)}">')
    if item.published:
        head.append(f'<meta property="article:published_time" content="{esc(item.published.isoformat())}">')
    if item.link:
        head.append(f'<link rel="canonical" href="{esc(item.link)}">')
    return f"<!DOCTYPE html><html><head>{''.join(head)}</head><body><article>{body}</article></body></html>"


def _from_feed(content: bytes, source: str, url: str | None, allow_private: bool) -> Loaded:
    items = parse_feed(content, url or source)[:MAX_FEED_ITEMS]
    docs: list[RawDocument] = []
    failures: list[tuple[str, AudioDigestError]] = []
    for item in items:
        try:
            docs.append(document_for_item(item, source, allow_private=allow_private))
        except AudioDigestError as exc:
            failures.append((item.link or item.title or item.guid, exc))
    return Loaded(tuple(docs), tuple(failures))


def _from_path(path: Path, source: str, allow_private: bool) -> Loaded:
    try:
        with path.open("rb") as fh:
            content = _read_limited(fh, source)
    except OSError as exc:
        raise SourceError(f"could not read {source}: {exc.strerror or exc}", source) from exc
    return _from_bytes(content, source, path.name, allow_private=allow_private)


def _from_folder(folder: Path, allow_private: bool) -> Loaded:
    files = sorted((p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                    and p.suffix.lower() in SUPPORTED_SUFFIXES), key=lambda p: p.name)
    if not files:
        subs = sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        hint = (f"; its subfolders are not read: name them ({', '.join(subs[:3])}"
                f"{', ...' if len(subs) > 3 else ''})" if subs else "")
        raise SourceError(f"{folder} holds no .html, .txt, .md or feed files{hint}", str(folder))
    docs: list[RawDocument] = []
    failures: list[tuple[str, AudioDigestError]] = []
    for path in files:
        try:
            loaded = _from_path(path, str(path), allow_private)
        except AudioDigestError as exc:
            failures.append((str(path), exc))
            continue
        docs.extend(loaded.documents)
        failures.extend(loaded.failures)
    return Loaded(tuple(docs), tuple(failures))


def feed_links_may_be_private(feed_url: str | None, allow_private: bool | None) -> bool:
    """Whether the links in a feed may lead to loopback, link-local or private addresses.

    An explicit `allow_private` decides. Otherwise (None) a feed the user gave as a file may
    (the user chose it), and a feed fetched from the web may only when it is itself on such
    an address: a stranger's public feed must not make us fetch http://169.254.169.254/ or
    the admin page of the router.
    """
    if allow_private is not None:
        return allow_private
    return feed_url is None or is_private_url(feed_url)


def load_all(source: str, *, allow_private: bool | None = None,
             stdin: BinaryIO | None = None) -> Loaded:
    """Load every document in `source`, collecting the ones that fail.

    `source` is an http(s) URL, a file, a folder, a feed (URL or file) or "-" for stdin.
    `allow_private`: may fetches reach loopback/private addresses (None: the URL the user
    named may; links in a feed follow `feed_links_may_be_private`).
    Raises SourceError (or FetchError, FeedParseError) when nothing at all could be read.
    """
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) or source.lower().startswith(("javascript:", "data:")):
        doc = fetch(source, allow_private=allow_private is not False, source=source)
        loaded = _from_bytes(doc.content, source, doc.url or source, url=doc.url,
                             declared_type=doc.media_type, encoding=doc.encoding,
                             allow_private=feed_links_may_be_private(doc.url or source,
                                                                     allow_private))
    elif source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        loaded = _from_bytes(_read_limited(stream, "standard input"), "-", "standard input",
                             allow_private=feed_links_may_be_private(None, allow_private))
    else:
        path = Path(source).expanduser()
        local_links = feed_links_may_be_private(None, allow_private)
        if path.is_dir():
            loaded = _from_folder(path, local_links)
        elif path.is_file():
            loaded = _from_path(path, source, local_links)
        elif path.exists():
            raise SourceError(f"{source} is not a regular file or folder", source)
        else:
            raise SourceError(f"{source} does not exist: give a URL, a file, a folder or - for stdin", source)
    if not loaded.documents:
        if loaded.failures:
            raise loaded.failures[0][1]
        raise SourceError(f"{source} gave no documents", source)
    return loaded


def load(source: str, *, allow_private: bool | None = None) -> list[RawDocument]:
    """The documents in `source` (see `load_all`); bad files in a folder are skipped.

    Use `load_all` to learn which files were skipped and why.
    """
    return list(load_all(source, allow_private=allow_private).documents)


def text_of(doc: RawDocument) -> str:
    """A document's text, decoded with its declared or detected encoding."""
    return decode_text(doc.content, doc.encoding, source=doc.source)[0]
