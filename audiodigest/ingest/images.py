"""Fetch an episode's lead image (the first article's og:image) through the one guarded client.

This is ingest's work, done while the sources are read, never while an episode is rendered:
the caller decides whether the network may be touched at all (a local file or stdin never
does; `fetch_images = false` or `--no-images` turn it off for URLs too) and hands the bytes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Article
from .http import FetchLimits, fetch
from .sources import feed_links_may_be_private

__all__ = ["IMAGE_LIMITS", "IMAGE_TYPES", "LeadImage", "fetch_lead_image"]

IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})
IMAGE_MAX_BYTES = 10 * 1024 * 1024
"""A lead image larger than this is not a photo worth the download."""
IMAGE_LIMITS = FetchLimits(max_bytes=IMAGE_MAX_BYTES, total_timeout=30.0)


@dataclass(frozen=True, slots=True)
class LeadImage:
    """An article's lead image as fetched: the bytes, not yet checked or converted."""

    url: str
    content: bytes
    media_type: str


def fetch_lead_image(articles: Sequence[Article], *, allow_private: bool | None) -> LeadImage | None:
    """The first article's lead image that has a URL, or None when none names one.

    A page on the public web may not point us at a private address (a router's admin page, a
    cloud metadata service) unless `allow_private` is True; None allows it only when the page
    itself is on such an address. Raises FetchError when the image cannot be fetched.
    """
    article = next((a for a in articles if a.image_url), None)
    if article is None or not article.image_url:
        return None
    allow = feed_links_may_be_private(article.url, allow_private)
    doc = fetch(article.image_url, media_types=IMAGE_TYPES, allow_private=allow,
                limits=IMAGE_LIMITS)
    return LeadImage(article.image_url, doc.content, doc.media_type)
