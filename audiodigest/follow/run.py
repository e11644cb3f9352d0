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
import json
import queue
import re
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

from ..errors import AudioDigestError, FeedParseError, SourceError, UsageError
from ..ingest.feeds import MAX_FEED_BYTES, FeedItem, feed_links, looks_like_feed, parse_feed
from ..models import Article, Episode, Script
from ..pipeline import DigestOptions
from ..show.catalogue import Catalogue, Seen
from ..show.folder import OutputFolder
from ..show.publish import GUID_NAMESPACE, EpisodeJob, PublishResult, Show
from ..tts.cache import SegmentCache
from ..tts.synth import SynthesisAhead, default_jobs
from ..tts.voices import VoiceChoice

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FeedOutcome",
    "FollowReport",
    "ItemOutcome",
    "follow",
]

EXIT_OK = 0
"""Every feed was read and every item tried in this run succeeded (or there was nothing new)."""
EXIT_FAILED = 1
"""A feed could not be read, or an item failed; the others were published all the same."""
EXIT_USAGE = 2
"""Bad options, or no feed to follow."""

RETRY_BASE_S = 30 * 60
"""First back-off after a failure: a flaky site gets half an hour, then 1 h, 2 h, ..."""
RETRY_MAX_S = 24 * 3600
"""Longest back-off: a failed item is tried at least once a day until it gives up."""
ENCODER_CORES = 1
"""Cores left out of the synthesis pool for the MP3 encoder and this process."""
MAX_ATTEMPTS = 8
"""Tries before an item is given up (about three days of back-off); an edit revives it."""
FEED_ROW = ""
"""The `seen` row about the feed itself (validators, body hash, earliest retry)."""
DIGEST_KEY_PREFIX = "follow-digest:"
SNIFF_BYTES = 4096
"""How far into a document to look for <html when telling a web page from a feed."""
FORGET_AFTER = timedelta(days=90)
"""An item gone from its feed is forgotten this long after it was last dealt with, so the
catalogue does not grow for ever. Harmless if it comes back: its episode is found by key."""

ItemStatus = Literal["published", "replaced", "unchanged", "failed", "gave-up", "refused",
                     "waiting", "skipped", "due"]
"""due: a dry run found the item new, changed or due for a retry (it would be published)."""
FAILURES: frozenset[str] = frozenset({"failed", "gave-up", "refused"})
"""Item statuses that make the run exit 1."""

# seen.status values
_DONE, _FAILED, _GAVE_UP, _REFUSED, _SKIPPED, _PENDING = (
    "done", "failed", "gave-up", "refused", "skipped", "pending")
_COMPLETE, _PARTIAL = "complete", "partial"


@dataclass(frozen=True, slots=True)
class ItemOutcome:
    """What this run did with one feed item."""

    feed: str
    item: str
    """The item's key in the catalogue: its GUID, else its link."""
    title: str
    status: ItemStatus
    episode: Episode | None = None
    error: str | None = None
    attempts: int = 0
    """Failed tries so far (for failed, gave-up and waiting items)."""
    next_try: datetime | None = None
    """When a failed or waiting item will be tried again."""


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    """How reading one feed went."""

    feed: str
    status: Literal["read", "not-modified", "unchanged", "failed"]
    """read: parsed; not-modified: HTTP 304; unchanged: same bytes as last time; failed."""
    items: int = 0
    error: str | None = None


@dataclass(frozen=True, slots=True)
class FollowReport:
    """Everything one `follow` run did, for the CLI and for cron's exit status."""

    feeds: tuple[FeedOutcome, ...]
    items: tuple[ItemOutcome, ...]

    def having(self, *statuses: str) -> tuple[ItemOutcome, ...]:
        return tuple(i for i in self.items if i.status in statuses)

    @property
    def published(self) -> tuple[ItemOutcome, ...]:
        return self.having("published")

    @property
    def replaced(self) -> tuple[ItemOutcome, ...]:
        return self.having("replaced")

    @property
    def unchanged(self) -> tuple[ItemOutcome, ...]:
        return self.having("unchanged")

    @property
    def failed(self) -> tuple[ItemOutcome, ...]:
        """Items that failed in this run (retried later, given up, or refused)."""
        return self.having(*FAILURES)

    @property
    def failed_feeds(self) -> tuple[FeedOutcome, ...]:
        return tuple(f for f in self.feeds if f.status == "failed")

    @property
    def exit_code(self) -> int:
        return EXIT_FAILED if self.failed or self.failed_feeds else EXIT_OK

    def summary(self) -> str:
        counts = [(len(self.published), "published"), (len(self.replaced), "replaced"),
                  (len(self.unchanged), "unchanged"), (len(self.failed), "failed"),
                  (len(self.having("waiting")), "waiting for a retry"),
                  (len(self.having("skipped")), "skipped (older than --since, or past "
                                                 "keep_episodes)"),
                  (len(self.having("due")), "to publish (dry run: nothing was done)"),
                  (len(self.failed_feeds),
                   "feed unreadable" if len(self.failed_feeds) == 1 else "feeds unreadable")]
        told = [f"{n} {what}" for n, what in counts if n]
        done = self.published + self.replaced
        episodes = {i.episode.guid for i in done if i.episode}
        if episodes and len(episodes) < len(done):  # a digest
            told.append(f"in {len(episodes)} episode{'s' if len(episodes) > 1 else ''}")
        return ", ".join(told) if told else "nothing new"


def _notice(options: DigestOptions, text: str) -> None:
    if options.notice:
        options.notice(text)


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _aware(when: datetime) -> datetime:
    """Naive datetimes from feeds carry no zone: take them as UTC."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _entry_hash(item: FeedItem) -> str:
    """What the feed says about an item; a change means the item was edited."""
    h = hashlib.sha256()
    for part in (item.title, item.link or "", item.content_html or "", item.summary,
                 item.published.isoformat() if item.published else "", *item.authors):
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\0")
    return h.hexdigest()


def _item_key(item: FeedItem) -> str:
    return item.guid or item.link or "entry:" + _entry_hash(item)


_GLOBAL_KEY = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\S|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}"
                         r"[0-9a-fA-F]{12}$)")


def _is_global(key: str) -> bool:
    """A GUID that names the item anywhere (a URL, a urn: or tag: URI, a UUID), as opposed to
    one that only counts within its feed ("1", "post-42"): many CMS feeds number their items."""
    return _GLOBAL_KEY.match(key) is not None and not key.startswith("entry:")


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(RETRY_BASE_S * 2 ** max(attempts - 1, 0), RETRY_MAX_S))


def _is_url(source: str) -> bool:
    return re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source) is not None


# --- reading a feed ---------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _FeedBody:
    content: bytes | None
    """None: the server said 304 Not Modified."""
    url: str | None
    validators: dict[str, str]
    private: bool
    """The feed itself is on a loopback/private address, so its links may be too."""
    via: str | None = None
    """The feed's address, when the source given is a web page that names it."""


def _read_feed(source: str, validators: dict[str, str] | None, via: str | None = None
               ) -> _FeedBody:
    """The feed's bytes; with `validators` (etag, last_modified) a 304 gives content None.

    A web page given as the source is looked into for the feed it names (<link
    rel="alternate" type="application/rss+xml">), as feed readers do; `via` is that feed as
    found by an earlier run, read directly (and looked for again if it has gone)."""
    if not _is_url(source):
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
        return _FeedBody(data, None, {}, private=False)

    from ..ingest.http import is_private_url

    private = is_private_url(source)
    if via:
        try:
            return _get_feed(via, validators, private, via)
        except AudioDigestError:
            validators = None  # moved or gone: look at the page again
    body = _get_feed(source, None if via else validators, private, None)
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
    return _get_feed(found[0], None, private, found[0])


def _get_feed(url: str, validators: dict[str, str] | None, private: bool, via: str | None
              ) -> _FeedBody:
    import httpx

    from ..ingest.http import DEFAULT_LIMITS, fetch

    seen: dict[str, object] = {}

    def remember(response: httpx.Response) -> None:  # every hop; the last one counts
        seen["status"] = response.status_code
        seen["etag"] = response.headers.get("etag")
        seen["last_modified"] = response.headers.get("last-modified")

    headers = {}
    if validators:
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
    timeout = httpx.Timeout(DEFAULT_LIMITS.read_timeout, connect=DEFAULT_LIMITS.connect_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False, headers=headers,
                      event_hooks={"response": [remember]}) as client:
        doc = fetch(url, allow_private=True, source=url, client=client)
    got = {k: str(v) for k in ("etag", "last_modified") if (v := seen.get(k))}
    if seen.get("status") == 304:
        return _FeedBody(None, doc.url, validators or {}, private, via)
    return _FeedBody(doc.content, doc.url, got, private, via)


def _feed_state(row: Seen | None) -> dict[str, object]:
    if row is None or not row.content_hash:
        return {}
    try:
        state = json.loads(row.content_hash)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


@dataclass(frozen=True, slots=True)
class _FeedDone:
    feed: str
    validators: dict[str, str]
    sha256: str
    deferred: bool
    """--max left new items for a later run: the next run must read the feed again."""
    listed: frozenset[str]
    """The keys of the items the feed lists now."""
    via: str | None
    """The feed's own address when the source is a web page that names it."""
    scope: str
    """Where the feed was read in the end (after redirects, through its page)."""


class _Refused(SourceError):
    """A link the feed may not make us fetch (a private address); not retried by time."""


# --- deciding what to do with each item -------------------------------------------------------

@dataclass(slots=True)
class _Candidate:
    feed: str
    item: FeedItem
    key: str
    entry_hash: str
    row: Seen | None
    allow_private: bool
    scope: str
    """Where the feed was read in the end; a GUID that only counts within it is scoped by it."""
    article: Article | None = None
    script: tuple[Script, VoiceChoice] | None = None
    synthesis: list[Future[tuple[int, str | None]]] = field(default_factory=list)

    @property
    def episode_key(self) -> str:
        """The episode's key in the catalogue: a global GUID alone (the same story reached
        through two feeds is one episode), else the GUID within the feed's address."""
        return self.key if _is_global(self.key) else f"{self.scope}#{self.key}"


@dataclass(slots=True)
class _Run:
    show: Show
    options: DigestOptions
    digest: bool
    max_items: int | None
    since: datetime | None
    ahead: SynthesisAhead
    on_item: Callable[[ItemOutcome], None] | None = None
    """Told of each item as it is published (not for a digest: its one episode comes last)."""
    now: datetime = field(default_factory=_now)
    feeds: list[FeedOutcome] = field(default_factory=list)
    items: list[ItemOutcome] = field(default_factory=list)

    @property
    def cat(self) -> Catalogue:
        return self.show.catalogue

    @property
    def allow_private(self) -> bool:
        if self.options.allow_private is not None:
            return self.options.allow_private
        return self.show.settings.allow_private_addresses

    def publish(self, articles: Sequence[Article], key: str, allow_private: bool,
                script: tuple[Script, VoiceChoice]) -> PublishResult:
        """Publish with the feed's rule for private addresses, which also binds the fetch of
        the article's lead image: a public feed's item must not make us fetch a private one."""
        self.show.options = self.item_options(allow_private)
        return self.show.publish_articles(articles, key=key, script=script)

    def item_options(self, allow_private: bool) -> DigestOptions:
        """The run's options for one item: its feed's private-address rule, and the run's
        shared synthesis pool for any segment not synthesized ahead (renders run in a
        thread, which must not fork a pool of its own)."""
        return replace(self.options, allow_private=allow_private,
                       executor=self.options.executor or self.ahead.executor)

    # bookkeeping ------------------------------------------------------------------------
    def done(self, c: _Candidate, status: ItemStatus, episode: Episode | None) -> None:
        self.cat.put_seen(Seen(c.feed, c.key, _DONE, c.entry_hash,
                               episode.guid if episode else None, 0, None, None, self.now))
        outcome = ItemOutcome(c.feed, c.key, _title(c), status, episode)
        self.items.append(outcome)
        if self.on_item is not None and not self.digest:
            self.on_item(outcome)
        if status != "unchanged":
            _notice(self.options, f"{status}: {_title(c)}")

    def failed(self, c: _Candidate, exc: AudioDigestError, *, refused: bool = False) -> None:
        previous = c.row.attempts if c.row and c.row.content_hash == c.entry_hash and \
            c.row.status in (_FAILED, _PENDING) else 0
        attempts = previous + 1
        status: ItemStatus
        next_try: datetime | None
        if refused:
            status, db_status, next_try = "refused", _REFUSED, None
        elif attempts >= MAX_ATTEMPTS:
            status, db_status, next_try = "gave-up", _GAVE_UP, None
        else:
            status, db_status, next_try = "failed", _FAILED, self.now + _backoff(attempts)
        self.cat.put_seen(Seen(c.feed, c.key, db_status, c.entry_hash,
                               c.row.episode_guid if c.row else None, attempts, next_try,
                               str(exc), self.now))
        self.items.append(ItemOutcome(c.feed, c.key, _title(c), status, None, str(exc),
                                      attempts, next_try))

    # choosing ---------------------------------------------------------------------------
    def choose(self, feed: str, items: Sequence[FeedItem], rows: dict[str, Seen],
               private_feed: bool, scope: str) -> tuple[list[_Candidate], bool]:
        """Items to work on, oldest first, and whether some new ones were left for later."""
        allow = private_feed or self.allow_private
        fresh: list[_Candidate] = []
        retries: list[_Candidate] = []
        seen_keys: set[str] = set()
        for item in items:
            key = _item_key(item)
            if key in seen_keys:  # a feed that lists an item twice
                continue
            seen_keys.add(key)
            c = _Candidate(feed, item, key, _entry_hash(item), rows.get(key), allow, scope)
            verdict = self._verdict(c)
            if verdict == "new":
                fresh.append(c)
            elif verdict == "retry":
                retries.append(c)
        deferred = False

        def newest_first(c: _Candidate) -> datetime:
            return _aware(c.item.published) if c.item.published else self.now

        if self.max_items is not None and len(fresh) > self.max_items:
            fresh.sort(key=newest_first, reverse=True)
            fresh, deferred = fresh[:self.max_items], True
        keep = self.show.settings.keep_episodes
        if keep is not None and not self.digest and len(fresh) > keep:
            # the show would render them only to delete them at once: skip the older ones
            fresh.sort(key=newest_first, reverse=True)
            for c in fresh[keep:]:
                self.cat.put_seen(Seen(c.feed, c.key, _SKIPPED, c.entry_hash, updated=self.now))
                self.items.append(ItemOutcome(c.feed, c.key, _title(c), "skipped"))
            _notice(self.options, f"{feed}: skipped {len(fresh) - keep} older new items: the "
                    f"show keeps only its newest {keep} episodes (keep_episodes)")
            fresh = fresh[:keep]
        chosen = retries + fresh
        chosen.sort(key=lambda c: _aware(c.item.published) if c.item.published else self.now)
        return chosen, deferred

    def _verdict(self, c: _Candidate) -> str:
        """new, retry, or nothing (recording skips and waits as it goes)."""
        row, changed = c.row, c.row is not None and c.row.content_hash != c.entry_hash
        if row is not None and row.status == _PENDING:
            if row.episode_guid and self.cat.by_guid(row.episode_guid) is not None:
                self.cat.put_seen(replace(row, status=_DONE, attempts=0, next_try=None,
                                          last_error=None, updated=self.now))
                return "nothing"  # the killed run published its digest
            return "new"
        if row is None or (row.status == _SKIPPED and self.since is not None):
            if self.since is not None and c.item.published and \
                    _aware(c.item.published) < self.since:
                if row is None:
                    self.cat.put_seen(Seen(c.feed, c.key, _SKIPPED, c.entry_hash,
                                           updated=self.now))
                self.items.append(ItemOutcome(c.feed, c.key, _title(c), "skipped"))
                return "nothing"
            if row is None and self._published_already(c):
                return "nothing"
            return "new"
        if row.status == _DONE:
            if not changed:
                return "nothing"
            if self.digest and row.episode_guid and self._in_digest(row.episode_guid):
                self.cat.put_seen(replace(row, content_hash=c.entry_hash, updated=self.now))
                _notice(self.options, f"{_title(c)} changed after its digest was published; "
                        "digests are not re-rendered")
                return "nothing"
            return "retry"
        if row.status == _FAILED:
            if changed or (row.next_try is not None and row.next_try <= self.now):
                return "retry"
            self.items.append(ItemOutcome(c.feed, c.key, _title(c), "waiting", None,
                                          row.last_error, row.attempts, row.next_try))
            return "nothing"
        if row.status == _REFUSED and c.allow_private and \
                (c.item.link or "").lower().startswith(("http://", "https://")):
            return "retry"
        if row.status in (_GAVE_UP, _REFUSED):
            return "retry" if changed else "nothing"
        return "nothing"  # skipped (older than an earlier --since) stays skipped

    def _published_already(self, c: _Candidate) -> bool:
        """Whether this new-looking item was published from this feed under another address
        (or its episode is in the show), so it is not published again (nor brought back
        after `remove`); remembered as done under this address too."""
        other = self.cat.seen_done_elsewhere(c.key, c.feed,
                                             None if _is_global(c.key) else c.scope)
        episode = self.cat.by_key(c.episode_key)
        if other is None and episode is None:
            return False
        guid = episode.guid if episode else other.episode_guid if other else None
        self.cat.put_seen(Seen(c.feed, c.key, _DONE, c.entry_hash, guid, 0, None, None,
                               self.now))
        return True

    def _in_digest(self, guid: str) -> bool:
        ep = self.cat.by_guid(guid)
        return ep is not None and ep.key.startswith(DIGEST_KEY_PREFIX)

    # working ----------------------------------------------------------------------------
    def prepare(self, c: _Candidate) -> None:
        """Fetch and extract the item's article, and script it unless this is a digest.

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
            script, choice = self.show.script_for([c.article])
            c.script = (script, choice)
            c.synthesis = self.ahead.submit([s.text for s in script.segments], choice.profile)

    def prepared(self, chosen: list[_Candidate]) -> Iterator[_Candidate]:
        """The candidates that could be prepared, in order, each as soon as it is ready.

        A thread fetches, extracts and scripts ahead while this one publishes (mostly waiting
        on the encoder); failures are recorded here, where the catalogue lives.
        """
        results: queue.Queue[tuple[_Candidate, BaseException | None] | None] = queue.Queue()
        if chosen and not self.digest and self.options.cache:
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
                self.failed(c, exc, refused=True)
            elif isinstance(exc, AudioDigestError):
                self.failed(c, exc)
            elif exc is not None:
                raise exc
            else:
                yield c

    def publish_each(self, chosen: list[_Candidate]) -> None:
        """One episode per item. Each episode's rendering (encoder-bound) runs in a thread
        while the previous one is filed here (catalogue, site, checks), so the encoder, the
        critical path, does not wait for the filing."""
        filing: tuple[_Candidate, EpisodeJob, Future[Episode]] | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="follow-render") as renderer:
            for c in self.prepared(chosen):
                assert c.article is not None and c.script is not None
                wait(c.synthesis)  # its segments are in the cache (or failed: render says)
                try:
                    self.show.options = self.item_options(c.allow_private)
                    job = self.show.begin_episode([c.article], key=c.episode_key,
                                                  script=c.script)
                except AudioDigestError as exc:
                    self.failed(c, exc)
                    continue
                if isinstance(job, PublishResult):
                    self.done(c, job.status, job.episode)
                    continue
                rendering = renderer.submit(job.render)
                if filing is not None:
                    self.file(*filing)
                filing = (c, job, rendering)
            if filing is not None:
                self.file(*filing)

    def file(self, c: _Candidate, job: EpisodeJob, rendering: Future[Episode]) -> None:
        try:
            rendering.result()
            result = self.show.file_episode(job)
        except AudioDigestError as exc:
            self.show.abandon(job)
            self.failed(c, exc)
            return
        self.done(c, result.status, result.episode)

    def publish_digest(self, todo: list[_Candidate]) -> None:
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
        with self.cat.transaction():  # so a killed run can tell whether this digest happened
            for c in todo:
                self.cat.put_seen(Seen(c.feed, c.key, _PENDING, c.entry_hash, guid,
                                       c.row.attempts if c.row else 0, None, None, self.now))
        try:
            script, choice = prepared or self.show.script_for(articles)
            _notice(self.options, f"Speaking with {choice.reason}")
            result = self.publish(articles, key, all(c.allow_private for c in todo),
                                  (script, choice))
        except AudioDigestError as exc:
            for c in todo:
                self.failed(c, exc)
            return
        with self.cat.transaction():
            for c in todo:
                self.done(c, result.status, result.episode)

    def _readable_together(self, todo: list[_Candidate]
                           ) -> tuple[list[_Candidate], tuple[Script, VoiceChoice] | None]:
        """The digest's items that one voice can read, and their script if that is all of
        them: when its voice cannot read them all (a Russian story in an English digest would
        be spelled out letter by letter), the items not in the digest's main language are left
        out and reported, and the digest goes ahead without them."""
        from ..errors import VoiceNotFound

        try:
            return todo, self.show.script_for([c.article for c in todo if c.article])
        except VoiceNotFound as exc:
            languages = [c.article.language for c in todo if c.article is not None]
            first = max(languages, key=languages.count)  # the digest's main language
            kept = [c for c in todo if c.article is not None and c.article.language == first]
            if len(kept) == len(todo):  # one language, and no voice here reads it
                kept = []
            for c in todo:
                if c not in kept:
                    self.failed(c, VoiceNotFound(f"left out of the digest: {exc}"
                                                 if kept else str(exc)))
            return kept, None
        except AudioDigestError:
            return todo, None  # publish_digest reports it for every item

    def follow_feed(self, feed: str) -> tuple[list[_Candidate], _FeedDone | None]:
        """Read one feed, record its skips and waits: the items to publish, and what to
        remember about the feed once they are published (None: nothing to update)."""
        rows = self.cat.seen_in(feed)
        state_row = rows.get(FEED_ROW)
        state = _feed_state(state_row)
        due = any(r.status == _FAILED and r.next_try is not None and r.next_try <= self.now
                  for r in rows.values())
        shortcut = (state_row is not None and state_row.status == _COMPLETE and not due
                    and self.since is None and state.get("allow_private") == self.allow_private)
        try:
            known = str(state["via"]) if state.get("via") else None
            body = _read_feed(feed, {k: str(v) for k, v in state.items()
                                     if k in ("etag", "last_modified")} if shortcut else None,
                              known)
            if body.via and body.via != known:
                _notice(self.options, f"{feed} is a web page; following the feed it names, "
                        f"{body.via}")
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
                _notice(self.options, warning)
        except AudioDigestError as exc:
            self.feeds.append(FeedOutcome(feed, "failed", error=str(exc)))
            return [], None
        self.feeds.append(FeedOutcome(feed, "read", len(items)))
        chosen, deferred = self.choose(feed, items, rows, body.private,
                                       body.via or body.url or feed)
        return chosen, _FeedDone(feed, body.validators, digest, deferred,
                                 frozenset(_item_key(i) for i in items), body.via,
                                 body.via or body.url or feed)

    def save_feed_state(self, done: _FeedDone) -> None:
        """Remember the feed's validators and bytes, so an unchanged feed ends the next run."""
        rows = self.cat.seen_in(done.feed)
        gone = [k for k, r in rows.items()
                if k != FEED_ROW and k not in done.listed and r.status != _PENDING
                and r.updated is not None and _aware(r.updated) < self.now - FORGET_AFTER]
        due = [r.next_try for k, r in rows.items()
               if k != FEED_ROW and k not in gone and r.status == _FAILED and r.next_try]
        state = {"sha256": done.sha256, "allow_private": self.allow_private, **done.validators,
                 "scope": done.scope, **({"via": done.via} if done.via else {})}
        with self.cat.transaction():
            self.cat.forget_seen(done.feed, gone)
            self.cat.put_seen(Seen(done.feed, FEED_ROW, _PARTIAL if done.deferred else _COMPLETE,
                                   json.dumps(state, sort_keys=True), None, 0,
                                   min(due) if due else None, None, self.now))


def _title(c: _Candidate) -> str:
    return (c.article.title if c.article else "") or c.item.title or c.item.link or c.key


# --- the entry point --------------------------------------------------------------------------

def _sources(feeds: Sequence[str], show: Show) -> list[str]:
    if feeds:
        return [f if _is_url(f) else str(Path(f).expanduser().resolve()) for f in feeds]
    base = show.settings.path.parent if show.settings.path else show.options.out_dir
    return [f if _is_url(f) else str((base / Path(f).expanduser()).resolve())
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
        since = _aware(since)
    show = Show(options)  # reads the settings: a broken settings file fails first
    sources = _sources(feeds, show)
    if not sources:
        raise UsageError(
            "no feeds to follow: name one (audiodigest follow https://example.com/feed.xml) or "
            f"list them as sources = [...] in {options.out_dir / 'audiodigest.toml'}")
    if dry_run:
        return _dry_run(show, options, sources, digest, max_items, since)
    with show:
        # one core is left to the MP3 encoder, the critical path (as floor.sh does)
        jobs = options.jobs or max(1, default_jobs() - ENCODER_CORES)
        ahead = SynthesisAhead(SegmentCache(options.cache_dir), jobs, options.executor)
        run = _Run(show, options, digest, max_items, since, ahead, on_item)
        try:
            return _follow_all(run, sources)
        finally:
            run.ahead.close()


def _follow_all(run: _Run, sources: Sequence[str]) -> FollowReport:
    finished: list[_FeedDone] = []
    todo: list[_Candidate] = []
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
        run.save_feed_state(done)
    return FollowReport(tuple(run.feeds), tuple(run.items))


def _dry_run(show: Show, options: DigestOptions, sources: Sequence[str], digest: bool,
             max_items: int | None, since: datetime | None) -> FollowReport:
    """What a run would publish, with whatever it records rolled back. A folder that is not a
    show yet is not made one: a scratch folder stands in (everything is new there)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="audiodigest-dry-") as scratch:
        if not OutputFolder(options.out_dir).catalogue_path.exists():  # not a show yet
            show.options = replace(options, out_dir=Path(scratch))
            show.folder = OutputFolder(Path(scratch))
        with show:
            run = _Run(show, options, digest, max_items, since,
                       SynthesisAhead(SegmentCache(options.cache_dir), 1))
            for feed in dict.fromkeys(sources):
                with run.cat.rolled_back():
                    chosen, _done = run.follow_feed(feed)
                for c in chosen:
                    run.items.append(ItemOutcome(c.feed, c.key, _title(c), "due", None,
                                                 c.row.last_error if c.row else None,
                                                 c.row.attempts if c.row else 0))
    return FollowReport(tuple(run.feeds), tuple(run.items))
