"""Read a feed for `follow`: a file, or a URL by conditional GET, or the feed a web page names.

Over HTTP the feed goes through the one guarded client (`http.fetch_if_changed`): checked
redirects, size cap, total time limit, User-Agent, and ETag / Last-Modified so that a feed that
has not changed costs one small request and no body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AudioDigestError, FeedParseError, SourceError
from .feeds import MAX_FEED_BYTES, feed_links, looks_like_feed
from .http import Validators, fetch_if_changed, is_private_url

__all__ = ["FeedBody", "is_url", "read_feed"]

SNIFF_BYTES = 4096
"""How far into a document to look for <html when telling a web page from a feed."""


def is_url(source: str) -> bool:
    """Whether `source` is written as a URL (scheme://...) rather than a path."""
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) is not None


@dataclass(frozen=True, slots=True)
class FeedBody:
    """A feed's bytes as read this time, and what to send next time to skip an unchanged one."""

    content: bytes | None
    """None: the server said 304 Not Modified."""
    url: str | None
    """Where the feed was read in the end (after redirects); None for a file."""
    validators: dict[str, str] = field(default_factory=dict)
    """etag / last_modified, as the server sent them."""
    private: bool = False
    """The feed itself is on a loopback/private address, so its links may be too."""
    via: str | None = None
    """The feed's address, when the source given is a web page that names it."""


def read_feed(source: str, validators: dict[str, str] | None = None, via: str | None = None
              ) -> FeedBody:
    """The feed's bytes; with `validators` (etag, last_modified) a 304 gives content None.

    A web page given as the source is looked into for the feed it names (<link
    rel="alternate" type="application/rss+xml">), as feed readers do; `via` is that feed as
    found by an earlier run, read directly (and looked for again if it has gone).
    """
    if not is_url(source):
        return _read_file(source)
    private = is_private_url(source)
    if via:
        try:
            return _get(via, validators, private, via)
        except AudioDigestError:
            validators = None  # moved or gone: look at the page again
    body = _get(source, None if via else validators, private, None)
    if body.content is None or looks_like_feed(body.content):
        return body
    found = feed_links(body.content, body.url or source)
    if not found:
        if b"<html" in body.content[:SNIFF_BYTES].lower():
            raise FeedParseError(
                f"{source} is a web page that names no feed (no <link rel=\"alternate\" "
                "type=\"application/rss+xml\">): give the address of its RSS or Atom feed",
                source)
        return body  # parse_feed says what it is
    if not private and is_private_url(found[0]):
        raise FeedParseError(f"refused to follow {found[0]}, which the public page {source} "
                             "names as its feed: it is on a private address", source)
    return _get(found[0], None, private, found[0])


def _read_file(source: str) -> FeedBody:
    path = Path(source).expanduser()
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_FEED_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"could not read the feed {source}: {exc.strerror or exc}; "
                          "check the path", source) from exc
    if len(data) > MAX_FEED_BYTES:
        raise FeedParseError(f"{source} is larger than {MAX_FEED_BYTES // 2**20} MB; "
                             "is it a feed?", source)
    return FeedBody(data, None)


def _get(url: str, validators: dict[str, str] | None, private: bool, via: str | None
         ) -> FeedBody:
    asked = Validators(etag=(validators or {}).get("etag"),
                       last_modified=(validators or {}).get("last_modified"))
    got = fetch_if_changed(url, asked if validators else None, allow_private=True, source=url)
    sent = {k: v for k, v in (("etag", got.validators.etag),
                              ("last_modified", got.validators.last_modified)) if v}
    if got.document is None:
        return FeedBody(None, got.url, dict(validators or {}), private, via)
    return FeedBody(got.document.content, got.url, sent, private, via)
