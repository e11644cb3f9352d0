"""Every derived file of the output folder, rendered in memory for the pipeline to write.

The pipeline owns the MP3s and the catalogue; this module turns the catalogue's episodes into
the feed, the pages, the player's assets and the show's cover. Returning bytes keyed by
relative path (rather than writing) lets the pipeline stage everything and rename it into place
atomically, feed.xml last, after `check_feed` has passed the staged result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PIL import Image

from ..errors import FeedError
from ..models import Cue, Episode
from ..settings import ShowSettings
from .artwork import check_artwork, make_cover
from .player import (
    STATIC_FILES,
    embed_page_name,
    episode_page_name,
    render_embed_page,
    render_episode_page,
    render_index,
    static_assets,
)
from .rss import FEED_FILE, feed_url, render_feed

__all__ = [
    "COVER_JPEG", "COVER_PNG", "INDEX_FILE", "cover_file_name", "render_site", "show_cover"]

INDEX_FILE = "index.html"
COVER_JPEG = "cover.jpg"
COVER_PNG = "cover.png"
_RESERVED = {FEED_FILE, INDEX_FILE, COVER_JPEG, COVER_PNG, *STATIC_FILES}


def cover_file_name(settings: ShowSettings) -> str:
    """cover.jpg, or cover.png when the configured artwork is a PNG (its extension must match)."""
    if settings.artwork is None:
        return COVER_JPEG
    try:
        with Image.open(settings.artwork) as image:
            return COVER_PNG if image.format == "PNG" else COVER_JPEG
    except OSError:
        return COVER_JPEG  # check_artwork reports the problem with the file's name


def show_cover(settings: ShowSettings) -> tuple[str, bytes]:
    if settings.artwork is None:
        return COVER_JPEG, make_cover(settings.title)
    path = Path(settings.artwork)
    check_artwork(path)
    return cover_file_name(settings), path.read_bytes()


def render_site(settings: ShowSettings, episodes: Sequence[Episode], *, base_url: str,
                cues: Mapping[str, Sequence[Cue]] | None = None) -> dict[str, bytes]:
    """feed.xml, index.html, two pages per episode (its page and its embeddable player),
    player.js/.css and the cover, by relative path.

    `cues` (episode guid -> cues) puts the transcript into the page itself, readable without
    JavaScript; episodes without an entry get it from their VTT file in the browser.
    Raises FeedError when an episode's page would overwrite another output file, and
    SettingsError when the configured artwork is unusable.
    """
    cover_name, cover_bytes = show_cover(settings)
    url = feed_url(base_url)
    files: dict[str, bytes] = {cover_name: cover_bytes}
    files.update(static_assets())
    episode_files = {name for ep in episodes for name in (ep.audio_file, *ep.files)}
    for ep in episodes:
        page, embed = episode_page_name(ep), embed_page_name(ep)
        for name in (page, embed):
            if name in _RESERVED or name in files or "/" in name or "\\" in name:
                raise FeedError(f"episode {ep.guid!r}: page name {name!r} collides with another "
                                "file")
            if name in episode_files - set(ep.files):
                raise FeedError(f"episode {ep.guid!r}: page name {name!r} is another episode's "
                                "file")
        html = render_episode_page(settings, ep, base_url=base_url, feed_url=url,
                                   cover_file=cover_name, cues=(cues or {}).get(ep.guid, ()))
        files[page] = html.encode("utf-8")
        files[embed] = render_embed_page(settings, ep, cover_file=cover_name).encode("utf-8")
    files[INDEX_FILE] = render_index(settings, episodes, feed_url=url,
                                     cover_file=cover_name).encode("utf-8")
    files[FEED_FILE] = render_feed(settings, episodes, base_url=base_url, artwork_file=cover_name)
    return files
