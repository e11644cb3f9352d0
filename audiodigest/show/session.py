"""A show opened for publishing: settings read, folder locked, catalogue open, leftovers settled.

    with Show(options) as show:
        result = show.publish_articles(articles)

Several episodes may be published in one session (as `follow` does). The options of one
episode are an argument of the call that makes it; nothing here changes after `__init__`.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from typing import Any

from ..audio.master import check_audio_file
from ..errors import AudioDigestError
from ..ingest.images import LeadImage, fetch_lead_image
from ..models import Article, Script
from ..pipeline import DigestOptions, make_script
from ..settings import ShowSettings, load_settings
from ..tts.voices import VoiceChoice
from .baseurl import open_base_url
from .catalogue import Catalogue
from .episode import EpisodeJob, PublishResult, begin_episode, file_episode
from .folder import OutputFolder
from .options import effective_options, notice
from .staging import FEED_FILE

__all__ = ["Show", "lead_image"]


def lead_image(articles: Sequence[Article], options: DigestOptions) -> LeadImage | None:
    """Ingest's part of an episode's image: its first article's lead image, fetched now (while
    the sources are read) when `options` allow it. The caller passes only articles read from a
    URL: a local file or stdin never makes us touch the network. An image that cannot be
    fetched costs the episode its own image, not the episode."""
    if not options.fetch_images:
        return None
    try:
        return fetch_lead_image(articles, allow_private=options.allow_private)
    except AudioDigestError as exc:
        notice(options, f"episode published without its own image: {exc}")
        return None


class Show:
    """An output folder opened for publishing (use it as a context manager).

    `options` are the command's; the show's settings are read from `options.out_dir` (or
    given as `settings`, for a scratch folder that stands in for a show) and merged in once
    (`effective_options`): `self.options` is what every episode is made with unless a call
    passes its own.
    """

    def __init__(self, options: DigestOptions | None = None, *,
                 settings: ShowSettings | None = None) -> None:
        given = options or DigestOptions()
        self.settings = settings if settings is not None else load_settings(given.out_dir)
        self.options = effective_options(self.settings, given)
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
                                      lambda text: notice(self.options, text))
        self._lock.__enter__()
        try:
            self._cat = Catalogue(self.folder.catalogue_path)
            self.base_url, self.settings = open_base_url(self.folder, self._cat, self.options,
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

    def script_for(self, articles: Sequence[Article], options: DigestOptions | None = None
                   ) -> tuple[Script, VoiceChoice]:
        """The script of an episode of this show (voice, lexicons and disclosure merged)."""
        s = self.settings
        return make_script(articles, options or self.options, show_title=s.title,
                           disclosure_text=s.disclosure_text)

    def publish_articles(self, articles: Sequence[Article], *, key: str | None = None,
                         script: tuple[Script, VoiceChoice] | None = None,
                         image: LeadImage | None = None,
                         options: DigestOptions | None = None) -> PublishResult:
        """One episode from `articles`; `key` names the content (default: URL or path),
        `image` is its lead image as fetched, `options` this episode's (default: the show's)."""
        job = self.begin_episode(articles, key=key, script=script, image=image, options=options)
        if isinstance(job, PublishResult):
            return job
        try:
            job.render()
        except BaseException:
            self.abandon(job)
            raise
        return self.file_episode(job)

    def begin_episode(self, articles: Sequence[Article], *, key: str | None = None,
                      script: tuple[Script, VoiceChoice] | None = None,
                      image: LeadImage | None = None,
                      options: DigestOptions | None = None) -> EpisodeJob | PublishResult:
        """Step 1 of `publish_articles`: an EpisodeJob to render, or the unchanged result."""
        opts = options or self.options
        the_script, choice = script or self.script_for(articles, opts)
        if script is None:
            notice(opts, f"Speaking with {choice.reason}")
        return begin_episode(self.folder, self.catalogue, self.settings, articles, the_script,
                             choice.profile, choice.reason, self.feed_url, opts, key,
                             self._reserved, image)

    def file_episode(self, job: EpisodeJob) -> PublishResult:
        """Step 3: publish a rendered job."""
        try:
            return file_episode(self.folder, self.catalogue, job, self.base_url, self.feed_url)
        finally:
            self._reserved.discard(job.slug)

    def abandon(self, job: EpisodeJob) -> None:
        """Drop a job that will not be filed (its staging folder goes)."""
        shutil.rmtree(job.staging, ignore_errors=True)
        self._reserved.discard(job.slug)
