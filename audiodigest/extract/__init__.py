"""Stage 2, extraction: `RawDocument` -> `Article`.

In: a loaded document (HTML, plain text or a text browser's page dump, Markdown). Out: the
article's own title, byline, date, language and sections, with the page's chrome removed
(`models.Article`). `html` runs trafilatura plus our cleanup, `textdump` our rules for page
dumps, `markdown` Markdown; `rules` holds what they share. `document` picks the extractor.

The two functions below are the library's public face of this stage; they import the
extractors on first call, so `import audiodigest` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Article

__all__ = ["extract_html", "extract_text"]


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in a web page (`url`: where the page came from, if known)."""
    from .document import extract_html as _extract_html

    return _extract_html(html, url)


def extract_text(text: str) -> Article:
    """The article in plain text: a page copied as text, a text browser's dump, or clean text."""
    from .document import extract_text as _extract_text

    return _extract_text(text)
