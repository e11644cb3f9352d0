"""What an episode is: its key (what makes an article the same article), GUID, slug, title, summary.

Publishing the same article again finds its episode by key and keeps its GUID and slug, so
podcast apps see an edit, not a new episode.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from ..models import Article, Script
from ..pipeline import DigestOptions
from .catalogue import Catalogue
from .names import slugify

__all__ = ["GUID_NAMESPACE", "SUMMARY_CHARS", "display_title", "episode_key", "summary",
           "unique_slug"]

GUID_NAMESPACE = uuid.UUID("6f1d2a4e-5b7c-4e8f-9a0b-1c2d3e4f5a6b")
"""Fixed forever: episode GUIDs are uuid5(GUID_NAMESPACE, the article's key)."""
SUMMARY_CHARS = 600
"""Enough lead text for a podcast app's episode description."""


def episode_key(articles: Sequence[Article]) -> str:
    """What makes an article the same article, so that publishing it again replaces its
    episode (same GUID) instead of adding one: its canonical URL; for a file without one,
    its path and title (a file name reused for the next article must not replace the last
    one); for standard input, its title, author and date."""
    keys = []
    for a in articles:
        title = " ".join(a.title.casefold().split())
        if a.url:
            keys.append(a.url)
        elif a.source and a.source != "-":
            keys.append(f"file:{Path(a.source).resolve()}#{title}")
        else:
            day = a.published.date().isoformat() if a.published else ""
            keys.append(f"title:{title}|{a.author or ''}|{day}")
    return keys[0] if len(keys) == 1 else "digest:" + "|".join(keys)


def summary(articles: Sequence[Article]) -> str:
    """The episode's description: the article's lead text, or the list of a digest's titles."""
    if len(articles) > 1:
        return "In this episode: " + "; ".join(a.title for a in articles) + "."
    text = " ".join(p for s in articles[0].sections for p in s.paragraphs)
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text[:SUMMARY_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def display_title(articles: Sequence[Article], script: Script, options: DigestOptions) -> str:
    """The title shown in apps and pages: the article's own, not the script's spoken form
    (which has markup-like text removed so that the engine cannot read it as markup)."""
    if options.title or len(articles) != 1:
        return script.title
    return articles[0].title


def unique_slug(cat: Catalogue, title: str, guid: str, reserved: set[str]) -> str:
    """A file-name-safe slug from `title` that no other episode (nor one begun) uses."""
    base = slugify(title)
    slug, n = base, 2
    while cat.slug_taken(slug, guid) or slug in reserved:
        slug, n = f"{base}-{n}", n + 1
    return slug
