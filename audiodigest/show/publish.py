"""Publish, replace and remove episodes: the catalogue, the files and the feed, atomically.

The order of a publish is what makes it safe to kill at any moment:

1. everything new is built in a staging folder on the same file system (the MP3 and its
   tags, transcripts, chapters, and every file of the site, feed.xml included), and the new
   feed is checked there; a feed that fails its checks is never published;
2. a manifest naming the new files is written to the staging folder;
3. one SQLite transaction records the episode, and puts the files it no longer needs (an
   older version's, retired episodes') in the trash: the point of no return;
4. the episode's files move into the output folder under new names (a content hash is part
   of each name), so nothing the current feed names is touched;
5. the site's files move into place, feed.xml last: that rename is the moment of publishing;
6. trash files are deleted: no feed names them any more.

A run killed before step 3 leaves the output folder exactly as it was (the next run deletes
its staging folder). A run killed after it is finished by the next run, which moves the
remaining files from the staging folder and re-renders the site from the catalogue before it
deletes anything.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from ..audio.master import check_audio_file
from ..audio.tags import EpisodeTags, write_tags
from ..errors import AudioDigestError, FeedError, UsageError
from ..models import Article, Cue, Episode, RenderedAudio, Script, VoiceProfile
from ..pipeline import DigestOptions, load_articles, make_script, render, script_digest
from ..settings import ShowSettings, is_http_url, load_settings
from ..tts.voices import VoiceChoice
from .catalogue import Catalogue
from .folder import OutputFolder, sync_dir, sync_files
from .names import slugify

__all__ = ["EpisodeJob", "PublishResult", "Show", "publish", "remove", "render_file", "resolve_base_url"]

GUID_NAMESPACE = uuid.UUID("6f1d2a4e-5b7c-4e8f-9a0b-1c2d3e4f5a6b")
"""Fixed forever: episode GUIDs are uuid5(GUID_NAMESPACE, the article's key)."""
SUMMARY_CHARS = 600
"""Enough lead text for a podcast app's episode description."""
FEED_FILE = "feed.xml"


@dataclass(frozen=True, slots=True)
class PublishResult:
    episode: Episode
    status: Literal["published", "replaced", "unchanged"]
    feed_path: Path
    feed_url: str
    voice_reason: str
    synthesized: int
    retired: tuple[Episode, ...] = ()


def _notice(options: DigestOptions, text: str) -> None:
    if options.notice:
        options.notice(text)


def resolve_base_url(options: DigestOptions, settings: ShowSettings,
                     remembered: str | None = None) -> str:
    """The URL the output folder is served at, ending in '/': the option, else the settings,
    else the one the show's feed already uses (`remembered`), else `serve`'s address."""
    url = options.base_url or settings.base_url or remembered
    if not url:
        from ..site.serve import default_base_url

        url = default_base_url()
        _notice(
            options,
            f"no base URL configured: using {url}, where `audiodigest serve` serves this "
            "folder (set base_url in audiodigest.toml or pass --base-url)",
        )
    if not is_http_url(url):
        raise UsageError(f"base URL {url!r} is not an absolute http(s) URL")
    return url if url.endswith("/") else url + "/"


def _episode_key(articles: Sequence[Article]) -> str:
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


def _summary(articles: Sequence[Article]) -> str:
    if len(articles) > 1:
        return "In this episode: " + "; ".join(a.title for a in articles) + "."
    text = " ".join(p for s in articles[0].sections for p in s.paragraphs)
    if len(text) <= SUMMARY_CHARS:
        return text
    cut = text[:SUMMARY_CHARS].rsplit(" ", 1)[0]
    return cut + " …"


def _display_title(articles: Sequence[Article], script: Script, options: DigestOptions) -> str:
    """The title shown in apps and pages: the article's own, not the script's spoken form
    (which has markup-like text removed so that the engine cannot read it as markup)."""
    if options.title or len(articles) != 1:
        return script.title
    return articles[0].title


def _unique_slug(cat: Catalogue, title: str, guid: str, reserved: set[str]) -> str:
    base = slugify(title)
    slug, n = base, 2
    while cat.slug_taken(slug, guid) or slug in reserved:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _retire(episodes: list[Episode], settings: ShowSettings, keep: str) -> list[Episode]:
    """Episodes the retention settings drop (never `keep`, the one just published)."""
    victims: list[Episode] = []
    ordered = sorted(episodes, key=lambda e: e.published, reverse=True)
    if settings.keep_episodes is not None:
        survivors = [e for e in ordered if e.guid == keep]
        for e in ordered:
            if e.guid != keep and len(survivors) < settings.keep_episodes:
                survivors.append(e)
        victims.extend(e for e in ordered if e not in survivors)
    if settings.keep_days is not None:
        limit = datetime.now(UTC) - timedelta(days=settings.keep_days)
        victims.extend(e for e in ordered
                       if e.guid != keep and e not in victims and e.published < limit)
    return victims


def _site_files(settings: ShowSettings, episodes: Sequence[Episode], base_url: str,
                root: Path, fresh: dict[str, tuple[Cue, ...]] | None = None) -> dict[str, bytes]:
    """Every file of the site, with each episode's transcript written into its page.

    `fresh` holds the cues of episodes not yet in the folder; the others' come from their
    VTT files, so a page reads without JavaScript too.
    """
    from ..site.pages import render_site

    cues: dict[str, tuple[Cue, ...]] = dict(fresh or {})
    for ep in episodes:
        if ep.guid not in cues and ep.transcript_vtt:
            found = _cues_of(root / ep.transcript_vtt)
            if found is not None:
                cues[ep.guid] = found
    return render_site(settings, episodes, base_url=base_url, cues=cues)


_CUES: dict[tuple[str, int, int], tuple[Cue, ...]] = {}
"""Parsed VTT files by (path, size, mtime): a run publishing many episodes reads each once."""


def _cues_of(path: Path) -> tuple[Cue, ...] | None:
    from ..site.transcripts import parse_vtt

    try:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in _CUES:
            _CUES[key] = parse_vtt(path.read_text(encoding="utf-8"))
        return _CUES[key]
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # the page then builds the transcript from the VTT in the browser


def _stage_site(staging: Path, files: dict[str, bytes], root: Path) -> list[str]:
    """Write the site files that differ from the folder's under staging/site; return their
    names, feed.xml last. Unchanged pages are left alone (a show may have hundreds)."""
    site = staging / "site"
    names = []
    for name, data in files.items():
        current = root / name
        try:
            if name != FEED_FILE and current.stat().st_size == len(data) \
                    and current.read_bytes() == data:
                continue
        except OSError:
            pass
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        names.append(name)
    return sorted(names, key=lambda n: (n == FEED_FILE, n))


def _install_site(staging: Path, root: Path, names: Sequence[str]) -> None:
    """Move the staged site in, feed.xml last: the moment of publishing. Whatever it names is
    on disk before it (see `_move_in`), and its own rename is flushed before we go on."""
    for name in names:
        src = staging / "site" / name
        if src.exists():
            dest = root / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if name == FEED_FILE:
                sync_files([src])
            os.replace(src, dest)
    sync_dir(root)


def _move_in(staging: Path, root: Path, names: Sequence[str]) -> None:
    """Move staged episode files (flushed to disk before the catalogue commit) into the folder,
    and flush the folder's entries, so a power cut after the feed names them cannot lose them."""
    for name in names:
        if (staging / name).exists():
            os.replace(staging / name, root / name)
    sync_dir(root)


def _empty_trash(folder: OutputFolder, cat: Catalogue) -> None:
    names = cat.trash()
    if not names:
        return
    referenced = cat.referenced_files()
    for name in names:
        if name not in referenced:
            (folder.root / name).unlink(missing_ok=True)
    cat.clear_trash(names)


def _rewrite_site(folder: OutputFolder, cat: Catalogue, settings: ShowSettings,
                  base_url: str) -> None:
    staging = folder.new_staging()
    try:
        names = _stage_site(staging, _site_files(settings, cat.episodes(), base_url, folder.root),
                            folder.root)
        _install_site(staging, folder.root, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


BASE_URL_META = "base_url"
PODCAST_GUID_META = "podcast_guid"


def _open_base_url(folder: OutputFolder, cat: Catalogue, options: DigestOptions,
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
        _notice(options, f"--base-url {options.base_url} differs from base_url in "
                f"{settings.path}: the feed moves there now, and back on the next run without "
                "--base-url (change the settings file to move the show for good)")
    settings = _pinned_guid(cat, settings, remembered or url)
    if recover(folder, cat, settings, url):
        _notice(options, "finished or undid what an interrupted run left behind")
    elif url != remembered and remembered is not None and cat.episodes():
        _notice(options, f"the show moves from {remembered} to {url}: every URL in the feed "
                "and pages now starts there")
        _rewrite_site(folder, cat, settings, url)
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


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _committed(cat: Catalogue, manifest: dict[str, Any]) -> bool:
    guid = manifest.get("guid")
    if guid:
        ep = cat.by_guid(guid)
        if ep is None or ep.content_hash != manifest.get("content_hash"):
            return False
    return all(cat.by_guid(g) is None for g in manifest.get("retired", []))


def recover(folder: OutputFolder, cat: Catalogue, settings: ShowSettings, base_url: str) -> bool:
    """Finish or undo what a killed run left; True if there was anything to do."""
    leftovers = folder.leftover_staging()
    if not leftovers and not cat.trash():
        return False
    for staging in leftovers:
        manifest = folder.read_manifest(staging)
        if manifest is not None and _committed(cat, manifest):
                _move_in(staging, folder.root, manifest.get("episode_files", []))  # roll forward
        shutil.rmtree(staging, ignore_errors=True)  # not committed: nothing was moved
    _rewrite_site(folder, cat, settings, base_url)
    _empty_trash(folder, cat)
    return True


def _check_staged(staging: Path, root: Path, base_url: str, episode_files: Sequence[str],
                  site_names: Sequence[str]) -> None:
    """Run the directory checks on the staged feed, seeing staged files over the folder's."""
    from ..site.check import check_feed

    overlay: dict[str, Path | bytes] = {n: staging / "site" / n for n in site_names}
    overlay.update({n: staging / n for n in episode_files})
    problems = check_feed(staging / "site" / FEED_FILE, output_dir=root, base_url=base_url,
                          overlay=overlay)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        mine = set(episode_files) | set(site_names)
        hand = any(("file" in p or "missing" in p) and not any(n in p for n in mine)
                   for p in problems)
        advice = (f"; a file of an earlier episode in {root} was changed or deleted: publish "
                  "that episode's source again, or take it out with `audiodigest remove "
                  f"EPISODE --out {root}`" if hand else "")
        raise FeedError(
            f"the new feed fails its checks, so nothing was published: {problems[0]}{more}"
            f"{advice}")


IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})
IMAGE_MAX_BYTES = 10 * 1024 * 1024
"""A lead image larger than this is not a photo worth the download."""


def _episode_image(articles: Sequence[Article], staging: Path, stem: str,
                   options: DigestOptions, settings: ShowSettings) -> str | None:
    """The first article's lead image as the episode's square JPEG, or None.

    An image that cannot be fetched or used costs the episode its own image, not the episode.
    A page on the public web may not point us at a private address (a router's admin page,
    a cloud metadata service) unless the settings allow it.
    """
    from ..errors import AudioDigestError
    from ..ingest.fetch import FetchLimits, fetch
    from ..ingest.sources import feed_links_may_be_private
    from ..site.artwork import episode_image

    article = next((a for a in articles if a.image_url), None)
    if article is None or not article.image_url:
        return None
    url = article.image_url
    explicit = options.allow_private
    if explicit is None and settings.allow_private_addresses:
        explicit = True
    allow = feed_links_may_be_private(article.url, explicit)
    try:
        doc = fetch(url, media_types=IMAGE_TYPES, allow_private=allow,
                    limits=FetchLimits(max_bytes=IMAGE_MAX_BYTES, total_timeout=30.0))
        name = f"{stem}.jpg"
        (staging / name).write_bytes(episode_image(doc.content))
    except AudioDigestError as exc:
        _notice(options, f"episode published without its own image: {exc}")
        return None
    return name


def _write_episode_files(staging: Path, stem: str, audio: RenderedAudio, script: Script
                         ) -> dict[str, str]:
    from ..site.transcripts import to_chapters_json, to_srt, to_vtt

    names = {
        "vtt": f"{stem}.vtt",
        "srt": f"{stem}.srt",
        "chapters": f"{stem}.chapters.json",
    }
    (staging / names["vtt"]).write_text(to_vtt(audio.cues), encoding="utf-8")
    (staging / names["srt"]).write_text(to_srt(audio.cues), encoding="utf-8")
    (staging / names["chapters"]).write_text(
        to_chapters_json(audio.chapters, script.title), encoding="utf-8")
    return names


class Show:
    """An output folder opened for publishing: settings read, lock held, catalogue open, and
    whatever an interrupted run left finished or undone. Several episodes may be published in
    one session (as `follow` does)::

        with Show(options) as show:
            result = show.publish_articles(articles)
    """

    def __init__(self, options: DigestOptions | None = None) -> None:
        self.options = options or DigestOptions()
        self.settings = load_settings(self.options.out_dir)
        for what, path in (("intro audio", self.settings.intro_audio),
                           ("outro audio", self.settings.outro_audio)):
            if path is not None:
                check_audio_file(path, what)
        self.base_url = ""
        self.feed_url = ""
        self.folder = OutputFolder(self.options.out_dir)
        self._lock: Any = None
        self._cat: Catalogue | None = None
        self._reserved: set[str] = set()
        """Slugs of episodes begun but not yet filed."""

    @property
    def catalogue(self) -> Catalogue:
        if self._cat is None:
            raise RuntimeError("Show is not open: use it as a context manager")
        return self._cat

    def __enter__(self) -> Show:
        self.options.out_dir.mkdir(parents=True, exist_ok=True)
        self._lock = self.folder.lock(self.options.lock_wait_s,
                                      lambda text: _notice(self.options, text))
        self._lock.__enter__()
        try:
            self._cat = Catalogue(self.folder.catalogue_path)
            self.base_url, self.settings = _open_base_url(self.folder, self._cat, self.options,
                                                          self.settings)
            self.feed_url = self.base_url + FEED_FILE
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        if self._cat is not None:
            self._cat.close()
            self._cat = None
        if self._lock is not None:
            self._lock.__exit__(None, None, None)
            self._lock = None

    def script_for(self, articles: Sequence[Article]) -> tuple[Script, VoiceChoice]:
        s = self.settings
        return make_script(
            articles, self.options, show_title=s.title, show_lexicons=s.lexicons,
            disclosure=s.disclosure, disclosure_text=s.disclosure_text, voice_name=s.voice,
        )

    def publish_articles(self, articles: Sequence[Article], *, key: str | None = None,
                         script: tuple[Script, VoiceChoice] | None = None) -> PublishResult:
        """One episode from `articles`; `key` names the content (default: URL or path)."""
        job = self.begin_episode(articles, key=key, script=script)
        if isinstance(job, PublishResult):
            return job
        try:
            job.render()
        except BaseException:
            self.abandon(job)
            raise
        return self.file_episode(job)

    def begin_episode(self, articles: Sequence[Article], *, key: str | None = None,
                      script: tuple[Script, VoiceChoice] | None = None
                      ) -> EpisodeJob | PublishResult:
        """Step 1 of `publish_articles`: an EpisodeJob to render, or the unchanged result."""
        the_script, choice = script or self.script_for(articles)
        if script is None:
            _notice(self.options, f"Speaking with {choice.reason}")
        return _begin(self.folder, self.catalogue, self.settings, list(articles), the_script,
                      choice.profile, choice.reason, self.feed_url, self.options, key,
                      self._reserved)

    def file_episode(self, job: EpisodeJob) -> PublishResult:
        """Step 3: publish a rendered job."""
        try:
            return _file(self.folder, self.catalogue, job, self.base_url, self.feed_url)
        finally:
            self._reserved.discard(job.slug)

    def abandon(self, job: EpisodeJob) -> None:
        """Drop a job that will not be filed (its staging folder goes)."""
        shutil.rmtree(job.staging, ignore_errors=True)
        self._reserved.discard(job.slug)


def publish(sources: Sequence[str], options: DigestOptions | None = None) -> PublishResult:
    """Make one episode from `sources` and publish it into `options.out_dir`.

    The sources are read and the script is made before the output folder is touched, so bad
    input changes nothing there.
    """
    options = options or DigestOptions()
    show = Show(options)  # reads the settings: a broken settings file fails first
    articles = load_articles(sources, options.notice)
    prepared = show.script_for(articles)
    _notice(options, f"Speaking with {prepared[1].reason}")
    with show:
        return show.publish_articles(articles, script=prepared)


@dataclass
class EpisodeJob:
    """One episode on its way to the feed, in three steps so that a caller publishing many
    (`follow`) can render the next while it files this one:

    1. `Show.begin_episode` decides, in the thread that holds the catalogue, what the episode
       is (GUID, slug, file names) or finds it unchanged;
    2. `render()` makes its files in its staging folder, touching nothing else (any thread);
    3. `Show.file_episode` publishes it atomically (the catalogue's thread again).
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
    episode: Episode | None = None
    audio: RenderedAudio | None = None

    def render(self) -> Episode:
        """Synthesize, encode, tag and write the episode's own files into the staging folder."""
        settings, staging, script = self.settings, self.staging, self.script
        stem = f"{self.slug}-{self.digest[:8]}"
        audio_name = f"{stem}.mp3"
        audio = render(script, self.voice, staging / audio_name, self.options,
                       intro=settings.intro_audio, outro=settings.outro_audio, scratch=staging)
        published = self.existing.published if self.existing else datetime.now(UTC)
        authors = sorted({a.author for a in self.articles if a.author})
        from ..site.pages import show_cover

        _cover_name, cover = show_cover(settings)
        urls = tuple(a.url for a in self.articles if a.url)
        write_tags(staging / audio_name, EpisodeTags(
            title=self.title, artist=", ".join(authors) or settings.author,
            album=settings.title, date=published, comment=" ".join(urls),
            language=script.language, cover=cover, chapters=audio.chapters))
        names = _write_episode_files(staging, stem, audio, script)
        image = _episode_image(self.articles, staging, stem, self.options, settings)
        page = f"{self.slug}.html"
        files = (audio_name, names["vtt"], names["srt"], names["chapters"], page,
                 *([image] if image else []))
        self.audio = audio
        self.episode = Episode(
            guid=self.guid, key=self.key, title=self.title, slug=self.slug,
            audio_file=audio_name, size_bytes=(staging / audio_name).stat().st_size,
            duration_s=audio.duration_s, published=published, summary=_summary(self.articles),
            article_urls=urls, author=", ".join(authors) or None, language=script.language,
            content_hash=self.digest, files=files, chapters=audio.chapters,
            transcript_vtt=names["vtt"], transcript_srt=names["srt"],
            chapters_json=names["chapters"], page_file=page, image_file=image,
            article_published=self.articles[0].published if len(self.articles) == 1 else None,
            voice=self.voice.name,
        )
        return self.episode


def _begin(folder: OutputFolder, cat: Catalogue, settings: ShowSettings,
           articles: list[Article], script: Script, voice: VoiceProfile, voice_reason: str,
           feed_url: str, options: DigestOptions, key: str | None,
           reserved: set[str]) -> EpisodeJob | PublishResult:
    key = key or _episode_key(articles)
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
    title = _display_title(articles, script, options)
    slug = existing.slug if existing else _unique_slug(cat, title, guid, reserved)
    reserved.add(slug)
    return EpisodeJob(articles, script, voice, voice_reason, options, settings, key, existing,
                      digest, guid, title, slug, folder.new_staging())


def _file(folder: OutputFolder, cat: Catalogue, job: EpisodeJob, base_url: str,
          feed_url: str) -> PublishResult:
    """Publish a rendered job atomically (see the module docstring for the order)."""
    from ..site.player import embed_page_name

    settings, staging, episode, audio = job.settings, job.staging, job.episode, job.audio
    assert episode is not None and audio is not None, "render() the job first"
    guid, existing = job.guid, job.existing
    try:
        others = [e for e in cat.episodes() if e.guid != guid]
        retired = _retire([episode, *others], settings, keep=guid)
        after = [episode, *(e for e in others if e not in retired)]
        site_names = _stage_site(
            staging, _site_files(settings, after, base_url, folder.root, {guid: audio.cues}),
            folder.root)
        episode_files = [f for f in episode.files if f != episode.page_file]
        _check_staged(staging, folder.root, base_url, episode_files, site_names)
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
        _move_in(staging, folder.root, episode_files)
        _install_site(staging, folder.root, site_names)
        _empty_trash(folder, cat)
    except BaseException:
        if folder.read_manifest(staging) is not None:
            recover(folder, cat, settings, base_url)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    status: Literal["published", "replaced"] = "replaced" if existing else "published"
    return PublishResult(episode, status, folder.root / FEED_FILE, feed_url, job.voice_reason,
                         audio.synthesized, tuple(retired))


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
            url, settings = _open_base_url(folder, cat, options, settings)
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
            _rewrite_site(folder, cat, settings, url)
            _empty_trash(folder, cat)
        finally:
            cat.close()
    return victim


def render_file(sources: Sequence[str], out_file: Path,
                options: DigestOptions | None = None) -> tuple[RenderedAudio, str]:
    """`audiodigest render`: the MP3 alone, no feed. Returns the audio and the voice reason."""
    options = options or DigestOptions()
    if out_file.suffix.lower() != ".mp3":
        raise UsageError(f"{out_file}: the output file must end in .mp3")
    if not out_file.parent.is_dir():
        raise UsageError(f"{out_file}: the folder {out_file.parent} does not exist; create it first")
    articles = load_articles(sources, options.notice)
    script, choice = make_script(articles, options)
    _notice(options, f"Speaking with {choice.reason}")
    out_file = out_file.resolve()
    tmp_dir = out_file.parent / f".{out_file.name}.audiodigest-{os.getpid()}"
    tmp_dir.mkdir()
    try:
        tmp = tmp_dir / "audio.mp3"
        audio = render(script, choice.profile, tmp, options, scratch=tmp_dir)
        authors = sorted({a.author for a in articles if a.author})
        write_tags(tmp, EpisodeTags(
            title=_display_title(articles, script, options), artist=", ".join(authors) or "audiodigest",
            album="audiodigest",
            date=datetime.now(UTC), comment=" ".join(a.url for a in articles if a.url),
            language=script.language, chapters=audio.chapters))
        os.replace(tmp, out_file)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return replace(audio, path=out_file), choice.reason

