"""The URL a show is served at, remembered in its catalogue, and its podcast:guid, pinned once.

A show with no base URL anywhere is published at `serve`'s address on this network.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import UsageError
from ..pipeline import DigestOptions
from ..settings import ShowSettings, is_http_url
from ..site.address import default_base_url
from .catalogue import Catalogue
from .folder import OutputFolder
from .options import notice
from .staging import FEED_FILE, recover, rewrite_site

__all__ = ["BASE_URL_META", "PODCAST_GUID_META", "open_base_url", "resolve_base_url"]

BASE_URL_META = "base_url"
PODCAST_GUID_META = "podcast_guid"


def resolve_base_url(options: DigestOptions, settings: ShowSettings,
                     remembered: str | None = None) -> str:
    """The URL the output folder is served at, ending in '/': the option, else the settings,
    else the one the show's feed already uses (`remembered`), else `serve`'s address."""
    url = options.base_url or settings.base_url or remembered
    if not url:
        url = default_base_url()
        notice(
            options,
            f"no base URL configured: using {url}, where `audiodigest serve` serves this "
            "folder (set base_url in audiodigest.toml or pass --base-url)",
        )
    if not is_http_url(url):
        raise UsageError(f"base URL {url!r} is not an absolute http(s) URL")
    return url if url.endswith("/") else url + "/"


def open_base_url(folder: OutputFolder, cat: Catalogue, options: DigestOptions,
                  settings: ShowSettings) -> tuple[str, ShowSettings]:
    """Finish what a killed run left, and settle the base URL for this run.

    The URL is remembered in the catalogue: a run without one keeps the feed where it is
    (rather than moving every URL in it to `serve`'s address), and a run with a new one moves
    the whole feed there at once, even if it publishes nothing. It is remembered only once the
    site says so, so a run killed in between moves it again.
    """
    remembered = cat.meta(BASE_URL_META)
    url = resolve_base_url(options, settings, remembered)
    if settings.base_url and options.base_url and options.base_url != settings.base_url:
        notice(options, f"--base-url {options.base_url} differs from base_url in "
               f"{settings.path}: the feed moves there now, and back on the next run without "
               "--base-url (change the settings file to move the show for good)")
    settings = _pinned_guid(cat, settings, remembered or url)
    if recover(folder, cat, settings, url):
        notice(options, "finished or undid what an interrupted run left behind")
    elif url != remembered and remembered is not None and cat.episodes():
        notice(options, f"the show moves from {remembered} to {url}: every URL in the feed "
               "and pages now starts there")
        rewrite_site(folder, cat, settings, url)
    if url != remembered:
        with cat.transaction():
            cat.set_meta(BASE_URL_META, url)
    return url, settings


def _pinned_guid(cat: Catalogue, settings: ShowSettings, first_url: str) -> ShowSettings:
    """The show's podcast:guid never changes once published, even when the show moves (the
    Podcast Namespace's rule): derived from its first address, then kept in the catalogue.
    A `podcast_guid` in the settings still wins."""
    if settings.podcast_guid:
        return settings
    from ..site.rss import podcast_guid

    pinned = cat.meta(PODCAST_GUID_META)
    if pinned is None:
        pinned = podcast_guid(first_url + FEED_FILE)
        with cat.transaction():
            cat.set_meta(PODCAST_GUID_META, pinned)
    return replace(settings, podcast_guid=pinned)
