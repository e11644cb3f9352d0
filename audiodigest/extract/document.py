"""RawDocument -> Article: pick the extractor that fits the document's kind.

HTML goes to `html` (trafilatura, readability-lxml and our rules voting on each paragraph),
plain text to `textdump` (our rules for page dumps and clean text), Markdown to `markdown`.
Loading a source of any kind (URL, file, folder, feed, "-") is ingest's job;
`pipeline.extract_all` drives the two stages.
"""

from __future__ import annotations

import re

from ..errors import ExtractionError
from ..ingest.decode import decode_text
from ..models import Article, RawDocument
from .html import extract_html as _extract_html
from .textdump import extract_dump

__all__ = [
    "article_text",
    "clean_text",
    "dump_text",
    "extract_document",
    "extract_html",
    "extract_text",
]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TERMINAL_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]")
"""ANSI/VT escape sequences (colours, window titles, screen clears): a page's text shown by
`audiodigest extract` in a terminal must not drive that terminal."""
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 control characters other than tab, line feed, form feed and carriage return."""


def clean_text(text: str) -> str:
    """Decoded document text without terminal escape sequences or control characters."""
    if not _CONTROL_CHARS.search(text):
        return text
    return _CONTROL_CHARS.sub("", _TERMINAL_SEQUENCE.sub("", text))
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown"})


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in a web page (`url`: where the page came from, if known)."""
    return _extract_html(clean_text(html), url, source=url or "")


def extract_text(text: str) -> Article:
    """The article in plain text: a page copied as text, a text browser's dump, or clean text."""
    return extract_dump(clean_text(text))


def article_text(html: str) -> str:
    """`Article.body` of a web page (what the extraction benchmark calls)."""
    return extract_html(html).body


def dump_text(text: str) -> str:
    """`Article.body` of a plain-text page dump (what the extraction benchmark calls)."""
    return extract_text(text).body


def extract_document(doc: RawDocument) -> Article:
    """Extract the article from one loaded document (HTML, text or Markdown)."""
    text, _encoding = decode_text(doc.content, doc.encoding, source=doc.source)
    text = clean_text(text)
    if doc.media_type in HTML_TYPES:
        return _extract_html(text, doc.url, source=doc.source)
    if doc.media_type in MARKDOWN_TYPES:
        from .markdown import extract_markdown

        return extract_markdown(text, source=doc.source)
    if doc.media_type.startswith("text/"):
        return extract_dump(text, source=doc.source)
    raise ExtractionError(
        f"cannot extract an article from {doc.source} ({doc.media_type}); "
        "give a web page, text or Markdown file"
    )
