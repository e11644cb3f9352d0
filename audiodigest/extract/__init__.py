"""Stage 2, extraction: `RawDocument` -> `Article`.

In: a loaded document (HTML, plain text or a text browser's page dump, Markdown). Out: the
article's own title, byline, date, language and sections, with the page's chrome removed
(`models.Article`). `document` picks the extractor. For HTML (`html`), trafilatura,
readability-lxml and our dense-run rules (`dom`) vote on each of the page's paragraphs
(`vote`), all on one parsed tree; `meta` reads what the page says about itself. `textdump`
reads page dumps by our rules, `markdown` Markdown. Shared by them: `repeats` (a teaser or a
near-duplicate is spoken once, in its chapter), `titles` (site names and search-engine tails
off a title), `byline` (bylines, datelines and correspondents' labels become authors) and
`rules` (what page furniture looks like).

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
