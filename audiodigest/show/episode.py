"""One episode on its way into the feed: decided, rendered into its staging folder, then filed.

Deciding (GUID, slug, unchanged?) and filing run where the catalogue lives; rendering touches
nothing but the job's own staging folder, so `follow` can render the next episode in a thread
while it files this one. Filing follows the order in `staging.py`, which makes a kill at any
moment safe.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..audio.tags import EpisodeTags, write_tags
from ..errors import AudioDigestError
from ..ingest.images import LeadImage
from ..models import Article, Episode, RenderedAudio, Script, VoiceProfile
from ..pipeline import DigestOptions, render, script_digest
from ..settings import ShowSettings
from ..tts.cache import SegmentCache
from .catalogue import Catalogue
from .folder import OutputFolder, sync_files
from .identity import GUID_NAMESPACE, display_title, episode_key, summary, unique_slug
from .options import notice
from .retention import retire
from .staging import (
    FEED_FILE,
    check_staged,
    empty_trash,
    install_site,
    move_in,
    recover,
    site_files,
    stage_site,
    write_episode_files,
)

if TYPE_CHECKING:
    from ..cluster import RemoteEpisode
    from ..listen import ListenReport

__all__ = ["EpisodeJob", "PublishResult", "begin_episode", "file_episode"]


@dataclass(frozen=True, slots=True)
class PublishResult:
    episode: Episode
    status: Literal["published", "replaced", "unchanged"]
    feed_path: Path
    feed_url: str
    voice_reason: str
    synthesized: int
    retired: tuple[Episode, ...] = ()


@dataclass
class EpisodeJob:
    """One episode on its way to the feed, in three steps so that a caller publishing many
    (`follow`) can render the next while it files this one:

    1. `begin_episode` decides, in the thread that holds the catalogue, what the episode is
       (GUID, slug, file names) or finds it unchanged;
    2. `render()` makes its files in its staging folder, touching nothing else (any thread);
    3. `file_episode` publishes it atomically (the catalogue's thread again).
    """

    articles: list[Article]
    script: Script
    voice: VoiceProfile
    voice_reason: str
    options: DigestOptions
    settings: ShowSettings
    key: str
    existing: Episode | None
    digest: str
    guid: str
    title: str
    slug: str
    staging: Path
    image: LeadImage | None = None
    """The lead image as fetched while the sources were read (None: the episode has none)."""
    episode: Episode | None = None
    audio: RenderedAudio | None = None
    heard: ListenReport | None = None
    """What the listener heard of the staged episode (`--listen`), kept once it is filed."""

    def send(self, executor: Executor) -> Future[RemoteEpisode]:
        """Render the episode's audio on a cluster worker (`follow`'s granularity on a Dask
        cluster: synthesis and encoding there); hand what comes back to `render(remote)`.
        The segments the worker made arrive in the segment cache with it."""
        from ..cluster import ClusterExecutor, submit_episode

        assert isinstance(executor, ClusterExecutor), "send() needs a Dask cluster's executor"
        cache = SegmentCache(self.options.cache_dir if self.options.cache
                             else self.staging / "segments")
        return submit_episode(executor, self.script, self.voice, self.options.audio, cache,
                              intro=self.settings.intro_audio, outro=self.settings.outro_audio,
                              use_cache=self.options.cache)

    def render(self, remote: RemoteEpisode | None = None) -> Episode:
        """Synthesize, encode, tag and write the episode's own files into the staging folder;
        `remote`: the audio was rendered on a cluster worker (`send`), only filed here."""
        settings, staging, script = self.settings, self.staging, self.script
        stem = f"{self.slug}-{self.digest[:8]}"
        audio_name = f"{stem}.mp3"
        if remote is None:
            audio = render(script, self.voice, staging / audio_name, self.options,
                           intro=settings.intro_audio, outro=settings.outro_audio,
                           scratch=staging)
        else:
            audio = remote.write(staging / audio_name)
        published = self.existing.published if self.existing else datetime.now(UTC)
        authors = sorted({a.author for a in self.articles if a.author})
        from ..site.pages import show_cover

        _cover_name, cover = show_cover(settings)
        urls = tuple(a.url for a in self.articles if a.url)
        write_tags(staging / audio_name, EpisodeTags(
            title=self.title, artist=", ".join(authors) or settings.author,
            album=settings.title, date=published, comment=" ".join(urls),
            language=script.language, cover=cover, chapters=audio.chapters))
        names = write_episode_files(staging, stem, audio, script)
        image = self._image_file(stem)
        page = f"{self.slug}.html"
        files = (audio_name, names["vtt"], names["srt"], names["chapters"], page,
                 *([image] if image else []))
        self.audio = audio
        self.episode = Episode(
            guid=self.guid, key=self.key, title=self.title, slug=self.slug,
            audio_file=audio_name, size_bytes=(staging / audio_name).stat().st_size,
            duration_s=audio.duration_s, published=published, summary=summary(self.articles),
            article_urls=urls, author=", ".join(authors) or None, language=script.language,
            content_hash=self.digest, files=files, chapters=audio.chapters,
            transcript_vtt=names["vtt"], transcript_srt=names["srt"],
            chapters_json=names["chapters"], page_file=page, image_file=image,
            article_published=self.articles[0].published if len(self.articles) == 1 else None,
            voice=self.voice.name,
        )
        if self.options.listen:
            self.heard = _listen_gate(staging / audio_name, audio, script.language, self.voice,
                                      self.options, self.title)
        return self.episode

    def _image_file(self, stem: str) -> str | None:
        """The lead image as the episode's square JPEG; an image that cannot be used costs the
        episode its own image, not the episode. No network here: ingest fetched it."""
        if self.image is None:
            return None
        from ..site.artwork import episode_image

        try:
            data = episode_image(self.image.content)
        except AudioDigestError as exc:
            notice(self.options, f"episode published without its own image: {exc}")
            return None
        name = f"{stem}.jpg"
        (self.staging / name).write_bytes(data)
        return name


def _listen_gate(audio_path: Path, audio: RenderedAudio, language: str, voice: VoiceProfile,
                 options: DigestOptions, title: str) -> ListenReport | None:
    """Listen to a staged episode; ListenGateFailed above the threshold (nothing is filed).

    An episode whose language has no listening model is published unheard, with a notice:
    the gate never blocks what it cannot judge."""
    from ..listen import NoListeningModel, listen_audio
    from .listening import gate, max_wer_for

    try:
        report = listen_audio(audio_path, audio.cues, audio.chapters, language=language,
                              model_dir=options.listen_model)
    except NoListeningModel as exc:
        notice(options, f"Not listened to: {exc}")
        return None
    limit = max_wer_for(voice.engine, options.max_wer)
    gate(report, limit, title[:60])
    notice(options, f"Listened: word error rate {report.wer:.3f} (limit {limit:.2f})")
    return report


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def begin_episode(folder: OutputFolder, cat: Catalogue, settings: ShowSettings,
                  articles: Sequence[Article], script: Script, voice: VoiceProfile,
                  voice_reason: str, feed_url: str, options: DigestOptions, key: str | None,
                  reserved: set[str], image: LeadImage | None = None
                  ) -> EpisodeJob | PublishResult:
    """Step 1: the job to render, or the unchanged result when nothing would change."""
    key = key or episode_key(articles)
    existing = cat.by_key(key)
    extra = [settings.title, settings.author, str(settings.artwork or "")]
    for p in (settings.intro_audio, settings.outro_audio):
        extra.append(hashlib.sha256(p.read_bytes()).hexdigest() if p and p.is_file() else "")
    digest = script_digest(script, voice, options.audio, extra)
    feed_path = folder.root / FEED_FILE
    if (existing and not options.force and existing.content_hash == digest and feed_path.exists()
            and all((folder.root / f).exists() for f in existing.files)
            and _size(folder.root / existing.audio_file) == existing.size_bytes):
        return PublishResult(existing, "unchanged", feed_path, feed_url, voice_reason, 0)
    guid = existing.guid if existing else str(uuid.uuid5(GUID_NAMESPACE, key))
    title = display_title(articles, script, options)
    slug = existing.slug if existing else unique_slug(cat, title, guid, reserved)
    reserved.add(slug)
    return EpisodeJob(list(articles), script, voice, voice_reason, options, settings, key,
                      existing, digest, guid, title, slug, folder.new_staging(), image)


def file_episode(folder: OutputFolder, cat: Catalogue, job: EpisodeJob, base_url: str,
                 feed_url: str) -> PublishResult:
    """Step 3: publish a rendered job atomically (see `staging.py` for the order)."""
    from ..site.player import embed_page_name

    settings, staging, episode, audio = job.settings, job.staging, job.episode, job.audio
    assert episode is not None and audio is not None, "render() the job first"
    guid, existing = job.guid, job.existing
    try:
        others = [e for e in cat.episodes() if e.guid != guid]
        retired = retire([episode, *others], settings, keep=guid)
        after = [episode, *(e for e in others if e not in retired)]
        site_names = stage_site(
            staging, site_files(settings, after, base_url, folder.root, {guid: audio.cues}),
            folder.root)
        episode_files = [f for f in episode.files if f != episode.page_file]
        check_staged(staging, folder.root, base_url, episode_files, site_names)
        OutputFolder.write_manifest(staging, {
            "guid": guid, "content_hash": job.digest, "episode_files": episode_files,
            "retired": [e.guid for e in retired],
        })
        sync_files(staging / n for n in episode_files)  # on disk before the commit names them
        keep = {f for e in after for f in e.files}
        old = set(existing.files) if existing else set()
        for e in retired:
            old.update((*e.files, embed_page_name(e)))
        with cat.transaction():  # the point of no return: from here on, roll forward
            cat.put(episode)
            for e in retired:
                cat.delete(e.guid)
            cat.add_trash(sorted(old - keep))
        move_in(staging, folder.root, episode_files)
        install_site(staging, folder.root, site_names)
        empty_trash(folder, cat)
    except BaseException:
        if folder.read_manifest(staging) is not None:
            recover(folder, cat, settings, base_url)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if job.heard is not None:  # what the gate heard is the episode's first listening result
        from .catalogue import Listened

        with cat.transaction():
            cat.put_listened(Listened(guid, round(job.heard.wer, 4), job.heard.words,
                                      job.heard.model, datetime.now(UTC).isoformat()))
    status: Literal["published", "replaced"] = "replaced" if existing else "published"
    return PublishResult(episode, status, folder.root / FEED_FILE, feed_url, job.voice_reason,
                         audio.synthesized, tuple(retired))
