"""Follow RSS/Atom feeds from cron: every new item becomes an episode, with nobody watching.

A run opens the show (its lock held for the whole run, so two runs never interleave), reads
each feed and compares its items with what the catalogue's `seen` table remembers:

- a new item (by GUID, else link) is fetched, extracted and published; an item whose entry
  in the feed changed (a hash of its title, link, content, summary and date) is published
  again under the same key, so its episode is replaced under the same GUID;
- an item that fails (unreachable link, no article text, synthesis failure) is recorded with
  its error and tried again on a later run after an exponential back-off, up to a cap; the
  other items are published all the same;
- a run with nothing new is cheap: a conditional GET (ETag / Last-Modified) or an unchanged
  body ends a feed before it is parsed, nothing is synthesized and the site is not rendered.

What is seen is written only after the episode's own transaction committed, so a run killed
at any moment repeats at most the last item, which the catalogue then finds unchanged.
A digest (`digest=True`) marks its items "pending" with the episode GUID it is about to
publish first, so that after a kill the next run can tell whether that digest was published.
"""

from __future__ import annotations

import hashlib
import queue
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AudioDigestError, ClusterError, SourceError, UsageError
from ..ingest.feedget import is_url, read_feed
from ..ingest.feeds import parse_feed
from ..ingest.images import LeadImage
from ..models import Episode, Script, base_language
from ..pipeline import DigestOptions, voices_for
from ..show.catalogue import Catalogue
from ..show.episode import EpisodeJob, PublishResult
from ..show.folder import OutputFolder
from ..show.identity import GUID_NAMESPACE
from ..show.session import Show, lead_image
from ..tts.cache import SegmentCache
from ..tts.synth import SynthesisAhead, default_jobs, is_remote
from ..tts.voices import VoiceChoice
from .report import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    FeedOutcome,
    FollowReport,
    ItemOutcome,
)
from .seen import (
    DIGEST_KEY_PREFIX,
    FEED_ROW,
    Candidate,
    FeedDone,
    Ledger,
    aware,
    feed_state,
    item_key,
    title_of,
)

if TYPE_CHECKING:
    from ..cluster import RemoteEpisode

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FeedOutcome",
    "FollowReport",
    "ItemOutcome",
    "follow",
]

ENCODER_CORES = 1
"""Cores left out of the synthesis pool for the MP3 encoder and this process."""


class _Refused(SourceError):
    """A link the feed may not make us fetch (a private address); not retried by time."""


@dataclass(slots=True)
class _Run:
    show: Show
    ledger: Ledger
    ahead: SynthesisAhead
    feeds: list[FeedOutcome]

    @property
    def options(self) -> DigestOptions:
        """The run's options: the command's with the show's settings merged in."""
        return self.show.options

    @property
    def cat(self) -> Catalogue:
        return self.show.catalogue

    @property
    def digest(self) -> bool:
        return self.ledger.digest

    @property
    def allow_private(self) -> bool:
        """Whether the settings or the command let any feed's links reach private addresses."""
        return bool(self.options.allow_private)

    def notice(self, text: str) -> None:
        if self.options.notice:
            self.options.notice(text)

    def item_options(self, allow_private: bool) -> DigestOptions:
        """The options of one item's episode: its feed's private-address rule (which also
        binds the fetch of the article's lead image: a public feed's item must not make us
        fetch a private one), and the run's shared synthesis pool for any segment not
        synthesized ahead (renders run in a thread, which must not fork a pool of its own)."""
        return replace(self.options, allow_private=allow_private,
                       executor=self.options.executor or self.ahead.executor)

    def image_for(self, todo: Sequence[Candidate], options: DigestOptions) -> LeadImage | None:
        """The lead image of the first article that names one, fetched if its feed is on the
        web (a feed read from a file never makes us fetch an image)."""
        first = next((c for c in todo if c.article is not None and c.article.image_url), None)
        if first is None or first.article is None or not is_url(first.feed):
            return None
        return lead_image([first.article], options)

    # working ----------------------------------------------------------------------------
    def prepare(self, c: Candidate) -> None:
        """Fetch and extract the item's article (and its lead image), and script it unless
        this is a digest.

        Runs in the preparing thread: it must not touch the catalogue.
        """
        from ..extract.document import extract_document
        from ..ingest.http import is_private_url
        from ..ingest.sources import document_for_item

        item = c.item
        if item.content_html is None and item.link and \
                not item.link.lower().startswith(("http://", "https://")):
            raise _Refused(f"refused to fetch {item.link}: only http and https links are "
                           "followed", item.link)
        if item.content_html is None and item.link and not c.allow_private and \
                is_private_url(item.link):
            raise _Refused(
                f"refused to fetch {item.link}: it is on a loopback, link-local or private "
                "address and the feed is not; set allow_private_addresses = true in the "
                "show settings to allow it", item.link)
        doc = document_for_item(item, c.feed, allow_private=c.allow_private)
        article = extract_document(doc)
        c.article = replace(article, title=article.title or item.title,
                            published=article.published or item.published,
                            authors=article.authors or item.authors,
                            url=article.url or item.link, source=article.source or c.feed)
        if not self.digest:
            options = self.item_options(c.allow_private)
            c.image = self.image_for([c], options)
            script, choice = self.show.script_for([c.article], options)
            c.script = (script, choice)
            if not self.remote:  # on a cluster, the whole episode goes to a worker instead
                c.synthesis = self.ahead.submit([s.text for s in script.segments],
                                                voices_for(script, choice.profile))

    def prepared(self, chosen: list[Candidate]) -> Iterator[Candidate]:
        """The candidates that could be prepared, in order, each as soon as it is ready.

        A thread fetches, extracts and scripts ahead while this one publishes (mostly waiting
        on the encoder); failures are recorded here, where the catalogue lives.
        """
        results: queue.Queue[tuple[Candidate, BaseException | None] | None] = queue.Queue()
        if chosen and not self.digest and self.options.cache and not self.remote:
            self.ahead.open()

        def work() -> None:
            for c in chosen:
                try:
                    self.prepare(c)
                    results.put((c, None))
                except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                    results.put((c, exc))
                    if not isinstance(exc, AudioDigestError):
                        break
            results.put(None)

        threading.Thread(target=work, name="follow-prepare", daemon=True).start()
        while (got := results.get()) is not None:
            c, exc = got
            if isinstance(exc, _Refused):
                self.ledger.failed(c, exc, refused=True)
            elif isinstance(exc, AudioDigestError):
                self.ledger.failed(c, exc)
            elif exc is not None:
                raise exc
            else:
                yield c

    @property
    def remote(self) -> bool:
        """Whether the run renders on a Dask cluster (whole episodes on its workers)."""
        return is_remote(self.options.executor)

    def begin(self, c: Candidate) -> EpisodeJob | None:
        """Decide the item's episode (catalogue thread): the job to render, or None when it
        is done (unchanged) or failed (recorded)."""
        assert c.article is not None and c.script is not None
        try:
            job = self.show.begin_episode(
                [c.article], key=c.episode_key, script=c.script, image=c.image,
                options=self.item_options(c.allow_private))
        except AudioDigestError as exc:
            self.ledger.failed(c, exc)
            return None
        if isinstance(job, PublishResult):
            self.ledger.done(c, job.status, job.episode)
            return None
        return job

    def publish_each(self, chosen: list[Candidate]) -> None:
        """One episode per item. Each episode's rendering (encoder-bound) runs in a thread
        while the previous one is filed here (catalogue, site, checks), so the encoder, the
        critical path, does not wait for the filing. On a cluster: `publish_remote`."""
        if self.remote:
            self.publish_remote(chosen)
            return
        filing: tuple[Candidate, EpisodeJob, Future[Episode]] | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="follow-render") as renderer:
            for c in self.prepared(chosen):
                assert c.article is not None and c.script is not None
                wait(c.synthesis)  # its segments are in the cache (or failed: render says)
                job = self.begin(c)
                if job is None:
                    continue
                rendering = renderer.submit(job.render)
                if filing is not None:
                    self.file(*filing)
                filing = (c, job, rendering)
            if filing is not None:
                self.file(*filing)

    def publish_remote(self, chosen: list[Candidate]) -> None:
        """One episode per item, each rendered whole (synthesis and encoding) on a worker of
        the cluster, and filed here in the feed's order as it comes back. Enough episodes are
        in flight to keep every worker thread busy while this thread files; the folder, the
        catalogue and the lock stay here. A lost or refusing cluster ends the run (the
        episodes in flight are dropped, unpublished; their items stay new for the next run)."""
        executor = self.options.executor
        assert executor is not None
        in_flight: deque[tuple[Candidate, EpisodeJob, Future[RemoteEpisode]]] = deque()
        try:
            for c in self.prepared(chosen):
                job = self.begin(c)
                if job is None:
                    continue
                in_flight.append((c, job, job.send(executor)))
                if len(in_flight) > 4 * _slots(executor):
                    c, job, sent = in_flight.popleft()
                    self.file(c, job, partial(_received, job, sent))
            while in_flight:
                c, job, sent = in_flight.popleft()
                self.file(c, job, partial(_received, job, sent))
        finally:
            for _c, job, sent in in_flight:  # stopped early: nothing of theirs is filed
                sent.cancel()
                self.show.abandon(job)

    def file(self, c: Candidate, job: EpisodeJob,
             rendering: Future[Episode] | Callable[[], Episode]) -> None:
        """File a rendered job; an item whose rendering failed is recorded as failed (tried
        again later), but a cluster that went away ends the run."""
        try:
            rendering.result() if isinstance(rendering, Future) else rendering()
            result = self.show.file_episode(job)
        except ClusterError:
            self.show.abandon(job)
            raise
        except AudioDigestError as exc:
            self.show.abandon(job)
            self.ledger.failed(c, exc)
            return
        self.ledger.done(c, result.status, result.episode)

    def publish_digest(self, todo: list[Candidate]) -> None:
        todo, prepared = self._readable_together(todo)
        if not todo:
            return
        articles = [c.article for c in todo if c.article is not None]
        h = hashlib.sha256()
        for c in todo:
            h.update(f"{c.feed}\t{c.key}\t{c.entry_hash}\n".encode())
        key = DIGEST_KEY_PREFIX + h.hexdigest()[:32]
        existing = self.cat.by_key(key)
        guid = existing.guid if existing else str(uuid.uuid5(GUID_NAMESPACE, key))
        self.ledger.pending(todo, guid)  # so a killed run can tell whether this digest happened
        options = self.item_options(all(c.allow_private for c in todo))
        try:
            script, choice = prepared or self.show.script_for(articles, options)
            self.notice(f"Speaking with {choice.reason}")
            result = self.show.publish_articles(articles, key=key, script=(script, choice),
                                                image=self.image_for(todo, options),
                                                options=options)
        except ClusterError:
            raise  # the cluster went away: the run ends, the items stay new
        except AudioDigestError as exc:
            for c in todo:
                self.ledger.failed(c, exc)
            return
        with self.cat.transaction():
            for c in todo:
                self.ledger.done(c, result.status, result.episode)

    def _readable_together(self, todo: list[Candidate]
                           ) -> tuple[list[Candidate], tuple[Script, VoiceChoice] | None]:
        """The digest's items that one voice can read, and their script if that is all of
        them: when its voice cannot read them all (a Russian story in an English digest would
        be spelled out letter by letter), the items not in the digest's main language are left
        out and reported, and the digest goes ahead without them."""
        from ..errors import VoiceNotFound

        try:
            return todo, self.show.script_for([c.article for c in todo if c.article])
        except VoiceNotFound as exc:
            languages = [base_language(c.article.language) for c in todo if c.article is not None]
            first = max(languages, key=languages.count)  # the digest's main language
            kept = [c for c in todo if c.article is not None and base_language(c.article.language) == first]
            if len(kept) == len(todo):  # one language, and no voice here reads it
                kept = []
            for c in todo:
                if c not in kept:
                    self.ledger.failed(c, VoiceNotFound(f"left out of the digest: {exc}"
                                                        if kept else str(exc)))
            return kept, None
        except AudioDigestError:
            return todo, None  # publish_digest reports it for every item

    def follow_feed(self, feed: str) -> tuple[list[Candidate], FeedDone | None]:
        """Read one feed, record its skips and waits: the items to publish, and what to
        remember about the feed once they are published (None: nothing to update)."""
        rows = self.cat.seen_in(feed)
        state_row = rows.get(FEED_ROW)
        state = feed_state(state_row)
        shortcut = (self.ledger.complete(state_row) and not self.ledger.due(rows)
                    and self.ledger.since is None
                    and state.get("allow_private") == self.allow_private)
        try:
            known = str(state["via"]) if state.get("via") else None
            body = read_feed(feed, {k: str(v) for k, v in state.items()
                                    if k in ("etag", "last_modified")} if shortcut else None,
                             known)
            if body.via and body.via != known:
                self.notice(f"{feed} is a web page; following the feed it names, {body.via}")
            if body.content is None:
                self.feeds.append(FeedOutcome(feed, "not-modified"))
                return [], None
            digest = hashlib.sha256(body.content).hexdigest()
            if shortcut and state.get("sha256") == digest:
                self.feeds.append(FeedOutcome(feed, "unchanged"))
                return [], None
            warnings: list[str] = []
            items = parse_feed(body.content, body.url, warnings)
            for warning in warnings:
                self.notice(warning)
        except AudioDigestError as exc:
            self.feeds.append(FeedOutcome(feed, "failed", error=str(exc)))
            return [], None
        self.feeds.append(FeedOutcome(feed, "read", len(items)))
        scope = body.via or body.url or feed
        chosen, deferred = self.ledger.choose(feed, items, rows,
                                              body.private or self.allow_private, scope)
        return chosen, FeedDone(feed, body.validators, digest, deferred,
                                frozenset(item_key(i) for i in items), body.via, scope)

    def report(self) -> FollowReport:
        return FollowReport(tuple(self.feeds), tuple(self.ledger.items))


# --- the entry point --------------------------------------------------------------------------

def _received(job: EpisodeJob, sent: Future[RemoteEpisode]) -> Episode:
    """File what a worker rendered into the job's staging folder (waits for it)."""
    return job.render(sent.result())


def _slots(executor: object) -> int:
    """How many tasks the executor's cluster runs at once."""
    slots = getattr(executor, "slots", None)
    return int(slots()) if callable(slots) else 1


def _sources(feeds: Sequence[str], show: Show) -> list[str]:
    if feeds:
        return [f if is_url(f) else str(Path(f).expanduser().resolve()) for f in feeds]
    base = show.settings.path.parent if show.settings.path else show.options.out_dir
    return [f if is_url(f) else str((base / Path(f).expanduser()).resolve())
            for f in show.settings.sources]


def follow(feeds: Sequence[str], options: DigestOptions, *, digest: bool = False,
           max_items: int | None = None, since: datetime | None = None,
           dry_run: bool = False,
           on_item: Callable[[ItemOutcome], None] | None = None) -> FollowReport:
    """Publish every new or changed item of `feeds` (default: the show's `sources`).

    With `digest`, all new items of the run make one episode with a chapter per article.
    `max_items` takes at most that many new items per feed, the newest (the rest wait for
    the next run); `since` skips items published before it, and remembers them as skipped.
    Raises UsageError when there is no feed to follow, LockTimeout when another run holds
    the folder; everything that goes wrong with a feed or an item is in the report instead.
    `dry_run` reads the feeds and reports the items it would publish ("due"), fetching no
    article and changing nothing in the show. `on_item` hears of each item as soon as it is
    published, so a caller's record survives a run that is stopped.
    """
    if max_items is not None and max_items < 1:
        raise UsageError(f"--max must be at least 1, not {max_items}")
    if options.title and not digest:
        raise UsageError("a title applies only to a --digest episode: each item's episode "
                         "takes its article's title")
    if since is not None:
        since = aware(since)
    show = Show(options)  # reads the settings: a broken settings file fails first
    sources = _sources(feeds, show)
    if not sources:
        raise UsageError(
            "no feeds to follow: name one (audiodigest follow https://example.com/feed.xml) or "
            f"list them as sources = [...] in {options.out_dir / 'audiodigest.toml'}")
    if dry_run:
        return _dry_run(show, options, sources, digest, max_items, since)
    # one core is left to the MP3 encoder, the critical path (as floor.sh does)
    jobs = options.jobs or max(1, default_jobs() - ENCODER_CORES)
    ahead = SynthesisAhead(SegmentCache(options.cache_dir), jobs, options.executor)
    try:
        with show:
            run = _Run(show, _ledger(show, digest, max_items, since, on_item), ahead, [])
            return _follow_all(run, sources)
    finally:
        ahead.close()  # its worker processes end with the run, whatever ended it


def _ledger(show: Show, digest: bool, max_items: int | None, since: datetime | None,
            on_item: Callable[[ItemOutcome], None] | None = None) -> Ledger:
    def notice(text: str) -> None:
        if show.options.notice:
            show.options.notice(text)

    return Ledger(show.catalogue, digest, since, max_items, show.settings.keep_episodes, notice,
                  on_item)


def _follow_all(run: _Run, sources: Sequence[str]) -> FollowReport:
    finished: list[FeedDone] = []
    todo: list[Candidate] = []
    for feed in dict.fromkeys(sources):
        chosen, done = run.follow_feed(feed)
        if done is not None:
            finished.append(done)
        if run.digest:
            todo.extend(chosen)
        else:  # feed by feed: a long first run shows its first episodes early
            run.publish_each(chosen)
    if todo:
        ready = list(run.prepared(todo))
        if ready:
            run.publish_digest(ready)
    for done in finished:
        run.ledger.save_feed_state(done, run.allow_private)
    return run.report()


def _dry_run(show: Show, options: DigestOptions, sources: Sequence[str], digest: bool,
             max_items: int | None, since: datetime | None) -> FollowReport:
    """What a run would publish, with whatever it records rolled back. A folder that is not a
    show yet is not made one: a scratch show stands in (everything is new there), with the
    real folder's settings."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="audiodigest-dry-") as scratch:
        if not OutputFolder(options.out_dir).catalogue_path.exists():  # not a show yet
            show = Show(replace(options, out_dir=Path(scratch)), settings=show.settings)
        with show:
            run = _Run(show, _ledger(show, digest, max_items, since),
                       SynthesisAhead(SegmentCache(options.cache_dir), 1), [])
            for feed in dict.fromkeys(sources):
                with run.cat.rolled_back():
                    chosen, _done = run.follow_feed(feed)
                for c in chosen:
                    run.ledger.items.append(ItemOutcome(
                        c.feed, c.key, title_of(c), "due", None,
                        c.row.last_error if c.row else None, c.row.attempts if c.row else 0))
            return run.report()
