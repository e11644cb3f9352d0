"""RawDocument -> Article: pick the extractor that fits the document's kind.

HTML goes to `htmlextract` (trafilatura plus our cleanup), plain text to `textdump` (our
rules for page dumps and clean text), Markdown to `markdown`. `extract(source)` loads a source
of any kind (URL, file, folder, feed, "-") and extracts every document in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import AudioDigestError, ExtractionError, NoArticleText
from .fetch import decode_text
from .htmlextract import extract_html as _extract_html
from .models import Article, RawDocument
from .textdump import extract_dump

__all__ = [
    "Extracted",
    "article_text",
    "clean_text",
    "dump_text",
    "extract",
    "extract_all",
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


@dataclass(frozen=True, slots=True)
class Extracted:
    """Articles from a source, and the documents in it that gave none (name, error)."""

    articles: tuple[Article, ...]
    failures: tuple[tuple[str, AudioDigestError], ...] = ()


def extract_all(source: str, *, allow_private: bool | None = None) -> Extracted:
    """Load `source` and extract every document; bad ones are listed, not fatal.

    `allow_private` as for `sources.load_all` (None: a feed on the web may not send us to
    private addresses unless it is on one itself).

    Raises the first error when no document in the source gives an article.
    """
    from .sources import load_all

    loaded = load_all(source, allow_private=allow_private)
    articles: list[Article] = []
    failures = list(loaded.failures)
    for doc in loaded.documents:
        try:
            articles.append(extract_document(doc))
        except AudioDigestError as exc:
            failures.append((doc.source, exc))
    if not articles:
        if failures:
            raise failures[0][1]
        raise NoArticleText(f"no article text found in {source}: is it a list of links?")
    return Extracted(tuple(articles), tuple(failures))


def extract(source: str) -> list[Article]:
    """Every article in `source` (URL, file, folder, feed or "-"), in order."""
    return list(extract_all(source).articles)
