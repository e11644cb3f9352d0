"""`publish`, `remove` and `render`: the show's entry points, from sources to a published feed.

The sources are read (ingest, extraction, and the lead image of an article read from a URL)
and scripted before the output folder is touched, so bad input changes nothing there. The
steps of a publish and why a kill at any moment is safe are in `staging.py`.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from ..audio.tags import EpisodeTags, write_tags
from ..errors import AudioDigestError, UsageError
from ..ingest.feedget import is_url
from ..models import Article, Episode, RenderedAudio
from ..pipeline import DigestOptions, load_articles, make_script, render, voice_for, warm_pool
from ..settings import ShowSettings, load_settings
from .baseurl import open_base_url, resolve_base_url
from .catalogue import Catalogue
from .episode import EpisodeJob, PublishResult
from .folder import OutputFolder
from .identity import GUID_NAMESPACE, display_title
from .options import effective_options, notice
from .session import Show, lead_image
from .staging import empty_trash, rewrite_site

__all__ = [
    "GUID_NAMESPACE",
    "EpisodeJob",
    "PublishResult",
    "Show",
    "publish",
    "remove",
    "render_file",
    "resolve_base_url",
]


def publish(sources: Sequence[str], options: DigestOptions | None = None) -> PublishResult:
    """Make one episode from `sources` and publish it into `options.out_dir`.

    The sources are read and the script is made before the output folder is touched, so bad
    input changes nothing there.
    """
    show = Show(options)  # reads the settings: a broken settings file fails first
    opts = show.options
    read: list[tuple[Article, bool]] = [
        (article, is_url(source)) for source in sources
        for article in load_articles([source], opts.notice)] or [
        (article, False) for article in _edited_articles(opts)]
    articles = [article for article, _remote in read]
    with warm_pool(opts, voice_for(articles, opts).profile) as opts:
        lead = next(((a, remote) for a, remote in read if a.image_url), None)
        image = lead_image([lead[0]], opts) if lead is not None and lead[1] else None
        prepared = show.script_for(articles, opts)
        notice(opts, f"Speaking with {prepared[1].reason}")
        with show:
            return show.publish_articles(articles, script=prepared, image=image, options=opts)


def _edited_articles(options: DigestOptions) -> list[Article]:
    """With no source, an edited script (`--script FILE`) stands for its own articles."""
    if options.script is None or not options.script.articles:
        raise UsageError("name a SOURCE, or an edited script (--script FILE) that names its article")
    return list(options.script.articles)


def remove(ref: str, out_dir: Path, *, base_url: str | None = None,
           lock_wait_s: float = 600.0) -> Episode:
    """Remove one episode (by GUID, slug, file name or title) and its files."""
    from ..site.player import embed_page_name

    settings = load_settings(out_dir)
    folder = OutputFolder(out_dir)
    if not folder.catalogue_path.exists():
        raise UsageError(f"{out_dir} holds no published show (no catalogue)")
    options = DigestOptions(out_dir=out_dir, base_url=base_url)
    with folder.lock(lock_wait_s):
        cat = Catalogue(folder.catalogue_path)
        try:
            url, settings = open_base_url(folder, cat, options, settings)
            matches = cat.find(ref)
            if not matches:
                known = ", ".join(e.slug for e in cat.episodes()[:10]) or "none"
                raise AudioDigestError(
                    f"no episode matches {ref!r}; name one by slug, GUID, file or title "
                    f"(episodes: {known})")
            if len(matches) > 1:
                listed = "; ".join(f"{e.slug} ({e.guid})" for e in matches[:5])
                raise AudioDigestError(
                    f"{ref!r} matches {len(matches)} episodes: {listed}; name one by its slug")
            victim = matches[0]
            with cat.transaction():
                cat.delete(victim.guid)
                cat.add_trash([*victim.files, embed_page_name(victim)])
            rewrite_site(folder, cat, settings, url)
            empty_trash(folder, cat)
        finally:
            cat.close()
    return victim


def render_file(sources: Sequence[str], out_file: Path,
                options: DigestOptions | None = None) -> tuple[RenderedAudio, str]:
    """`audiodigest render`: the MP3 alone, no feed. Returns the audio and the voice reason.

    There is no show here: the options meet the default settings (and no image is fetched,
    an MP3 file has no episode image)."""
    options = effective_options(ShowSettings(), options or DigestOptions())
    if out_file.suffix.lower() != ".mp3":
        raise UsageError(f"{out_file}: the output file must end in .mp3")
    if not out_file.parent.is_dir():
        raise UsageError(f"{out_file}: the folder {out_file.parent} does not exist; create it first")
    articles = load_articles(sources, options.notice) if sources else _edited_articles(options)
    with warm_pool(options, voice_for(articles, options).profile) as warm:
        script, choice = make_script(articles, warm)
        notice(options, f"Speaking with {choice.reason}")
        out_file = out_file.resolve()
        tmp_dir = out_file.parent / f".{out_file.name}.audiodigest-{os.getpid()}"
        tmp_dir.mkdir()
        try:
            tmp = tmp_dir / "audio.mp3"
            audio = render(script, choice.profile, tmp, warm, scratch=tmp_dir)
            authors = sorted({a.author for a in articles if a.author})
            write_tags(tmp, EpisodeTags(
                title=display_title(articles, script, options),
                artist=", ".join(authors) or "audiodigest", album="audiodigest",
                date=datetime.now(UTC), comment=" ".join(a.url for a in articles if a.url),
                language=script.language, chapters=audio.chapters))
            os.replace(tmp, out_file)
        finally:
            shutil.rmtree(tmp_dir, ignore_errors=True)
    return replace(audio, path=out_file), choice.reason
