"""RawDocument -> Article.

PLACEHOLDER: the extraction issue replaces this module. Signatures stay.
"""

from __future__ import annotations

from .errors import NoArticleText
from .models import Article, RawDocument, Section

__all__ = ["extract_document", "extract_text"]


def extract_text(text: str) -> Article:
    paras = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    if not paras:
        raise NoArticleText("no article text found")
    return Article(title=paras[0].splitlines()[0], sections=(Section(None, tuple(paras[1:])),))


def extract_document(doc: RawDocument) -> Article:
    return extract_text(doc.content.decode("utf-8", "replace"))
