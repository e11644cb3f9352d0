"""What `follow` remembers about each feed item (the catalogue's `seen` table), and what it decides.

Each item has a row: done, failed (with its attempts and next try), gave-up, refused, skipped
or pending (a digest about to be published). From the row and the item as the feed states it
now, `Ledger.choose` tells which items to work on; `done` and `failed` record what became of
them, and `save_feed_state` what to send the feed's server next time (ETag, Last-Modified) and
the hash of its bytes, so an unchanged feed ends the next run early.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from ..errors import AudioDigestError
from ..ingest.feeds import FeedItem
from ..ingest.images import LeadImage
from ..models import Article, Episode, Script
from ..show.catalogue import Catalogue, Seen
from ..tts.voices import VoiceChoice
from .report import ItemOutcome, ItemStatus

__all__ = [
    "DIGEST_KEY_PREFIX",
    "FEED_ROW",
    "MAX_ATTEMPTS",
    "PENDING",
    "Candidate",
    "FeedDone",
    "Ledger",
    "aware",
    "backoff",
    "entry_hash",
    "feed_state",
    "is_global",
    "item_key",
    "now",
    "title_of",
]

RETRY_BASE_S = 30 * 60
"""First back-off after a failure: a flaky site gets half an hour, then 1 h, 2 h, ..."""
RETRY_MAX_S = 24 * 3600
"""Longest back-off: a failed item is tried at least once a day until it gives up."""
MAX_ATTEMPTS = 8
"""Tries before an item is given up (about three days of back-off); an edit revives it."""
FEED_ROW = ""
"""The `seen` row about the feed itself (validators, body hash, earliest retry)."""
DIGEST_KEY_PREFIX = "follow-digest:"
FORGET_AFTER = timedelta(days=90)
"""An item gone from its feed is forgotten this long after it was last dealt with, so the
catalogue does not grow for ever. Harmless if it comes back: its episode is found by key."""

# seen.status values
DONE, FAILED, GAVE_UP, REFUSED, SKIPPED, PENDING = (
    "done", "failed", "gave-up", "refused", "skipped", "pending")
COMPLETE, PARTIAL = "complete", "partial"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def aware(when: datetime) -> datetime:
    """Naive datetimes from feeds carry no zone: take them as UTC."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def entry_hash(item: FeedItem) -> str:
    """What the feed says about an item; a change means the item was edited."""
    h = hashlib.sha256()
    for part in (item.title, item.link or "", item.content_html or "", item.summary,
                 item.published.isoformat() if item.published else "", *item.authors):
        h.update(part.encode("utf-8", "replace"))
        h.update(b"\0")
    return h.hexdigest()


def item_key(item: FeedItem) -> str:
    return item.guid or item.link or "entry:" + entry_hash(item)


_GLOBAL_KEY = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*:\S|[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}"
                         r"[0-9a-fA-F]{12}$)")


def is_global(key: str) -> bool:
    """A GUID that names the item anywhere (a URL, a urn: or tag: URI, a UUID), as opposed to
    one that only counts within its feed ("1", "post-42"): many CMS feeds number their items."""
    return _GLOBAL_KEY.match(key) is not None and not key.startswith("entry:")


def backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(RETRY_BASE_S * 2 ** max(attempts - 1, 0), RETRY_MAX_S))


def feed_state(row: Seen | None) -> dict[str, object]:
    """What was remembered about a feed (validators, body hash, scope, via)."""
    if row is None or not row.content_hash:
        return {}
    try:
        state = json.loads(row.content_hash)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


@dataclass(frozen=True, slots=True)
class FeedDone:
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


@dataclass(slots=True)
class Candidate:
    """A feed item this run works on, and what preparing it made."""

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
    image: LeadImage | None = None
    synthesis: list[Future[tuple[int, str | None]]] = field(default_factory=list)

    @property
    def episode_key(self) -> str:
        """The episode's key in the catalogue: a global GUID alone (the same story reached
        through two feeds is one episode), else the GUID within the feed's address."""
        return self.key if is_global(self.key) else f"{self.scope}#{self.key}"


def title_of(c: Candidate) -> str:
    return (c.article.title if c.article else "") or c.item.title or c.item.link or c.key


@dataclass(slots=True)
class Ledger:
    """The seen-item state machine of one run, over the catalogue (its thread only)."""

    cat: Catalogue
    digest: bool
    since: datetime | None
    max_items: int | None
    keep_episodes: int | None
    notice: Callable[[str], None]
    on_item: Callable[[ItemOutcome], None] | None = None
    """Told of each item as it is published (not for a digest: its one episode comes last)."""
    now: datetime = field(default_factory=now)
    items: list[ItemOutcome] = field(default_factory=list)

    # recording --------------------------------------------------------------------------
    def done(self, c: Candidate, status: ItemStatus, episode: Episode | None) -> None:
        self.cat.put_seen(Seen(c.feed, c.key, DONE, c.entry_hash,
                               episode.guid if episode else None, 0, None, None, self.now))
        outcome = ItemOutcome(c.feed, c.key, title_of(c), status, episode)
        self.items.append(outcome)
        if self.on_item is not None and not self.digest:
            self.on_item(outcome)
        if status != "unchanged":
            self.notice(f"{status}: {title_of(c)}")

    def failed(self, c: Candidate, exc: AudioDigestError, *, refused: bool = False) -> None:
        previous = c.row.attempts if c.row and c.row.content_hash == c.entry_hash and \
            c.row.status in (FAILED, PENDING) else 0
        attempts = previous + 1
        status: ItemStatus
        next_try: datetime | None
        if refused:
            status, db_status, next_try = "refused", REFUSED, None
        elif attempts >= MAX_ATTEMPTS:
            status, db_status, next_try = "gave-up", GAVE_UP, None
        else:
            status, db_status, next_try = "failed", FAILED, self.now + backoff(attempts)
        self.cat.put_seen(Seen(c.feed, c.key, db_status, c.entry_hash,
                               c.row.episode_guid if c.row else None, attempts, next_try,
                               str(exc), self.now))
        self.items.append(ItemOutcome(c.feed, c.key, title_of(c), status, None, str(exc),
                                      attempts, next_try))

    def pending(self, todo: Sequence[Candidate], guid: str) -> None:
        """Mark a digest's items as about to be published as `guid` (a killed run can tell)."""
        with self.cat.transaction():
            for c in todo:
                self.cat.put_seen(Seen(c.feed, c.key, PENDING, c.entry_hash, guid,
                                       c.row.attempts if c.row else 0, None, None, self.now))

    # choosing ---------------------------------------------------------------------------
    def choose(self, feed: str, items: Sequence[FeedItem], rows: dict[str, Seen],
               allow: bool, scope: str) -> tuple[list[Candidate], bool]:
        """Items to work on, oldest first, and whether some new ones were left for later.
        `allow`: whether this feed's links may lead to private addresses."""
        fresh: list[Candidate] = []
        retries: list[Candidate] = []
        seen_keys: set[str] = set()
        for item in items:
            key = item_key(item)
            if key in seen_keys:  # a feed that lists an item twice
                continue
            seen_keys.add(key)
            c = Candidate(feed, item, key, entry_hash(item), rows.get(key), allow, scope)
            verdict = self._verdict(c)
            if verdict == "new":
                fresh.append(c)
            elif verdict == "retry":
                retries.append(c)
        deferred = False

        def newest_first(c: Candidate) -> datetime:
            return aware(c.item.published) if c.item.published else self.now

        if self.max_items is not None and len(fresh) > self.max_items:
            fresh.sort(key=newest_first, reverse=True)
            fresh, deferred = fresh[:self.max_items], True
        keep = self.keep_episodes
        if keep is not None and not self.digest and len(fresh) > keep:
            # the show would render them only to delete them at once: skip the older ones
            fresh.sort(key=newest_first, reverse=True)
            for c in fresh[keep:]:
                self.cat.put_seen(Seen(c.feed, c.key, SKIPPED, c.entry_hash, updated=self.now))
                self.items.append(ItemOutcome(c.feed, c.key, title_of(c), "skipped"))
            self.notice(f"{feed}: skipped {len(fresh) - keep} older new items: the show keeps "
                        f"only its newest {keep} episodes (keep_episodes)")
            fresh = fresh[:keep]
        chosen = retries + fresh
        chosen.sort(key=lambda c: aware(c.item.published) if c.item.published else self.now)
        return chosen, deferred

    def _verdict(self, c: Candidate) -> str:
        """new, retry, or nothing (recording skips and waits as it goes)."""
        row, changed = c.row, c.row is not None and c.row.content_hash != c.entry_hash
        if row is not None and row.status == PENDING:
            if row.episode_guid and self.cat.by_guid(row.episode_guid) is not None:
                self.cat.put_seen(replace(row, status=DONE, attempts=0, next_try=None,
                                          last_error=None, updated=self.now))
                return "nothing"  # the killed run published its digest
            return "new"
        if row is None or (row.status == SKIPPED and self.since is not None):
            if self.since is not None and c.item.published and \
                    aware(c.item.published) < self.since:
                if row is None:
                    self.cat.put_seen(Seen(c.feed, c.key, SKIPPED, c.entry_hash,
                                           updated=self.now))
                self.items.append(ItemOutcome(c.feed, c.key, title_of(c), "skipped"))
                return "nothing"
            if row is None and self._published_already(c):
                return "nothing"
            return "new"
        if row.status == DONE:
            if not changed:
                return "nothing"
            if self.digest and row.episode_guid and self._in_digest(row.episode_guid):
                self.cat.put_seen(replace(row, content_hash=c.entry_hash, updated=self.now))
                self.notice(f"{title_of(c)} changed after its digest was published; digests "
                            "are not re-rendered")
                return "nothing"
            return "retry"
        if row.status == FAILED:
            if changed or (row.next_try is not None and row.next_try <= self.now):
                return "retry"
            self.items.append(ItemOutcome(c.feed, c.key, title_of(c), "waiting", None,
                                          row.last_error, row.attempts, row.next_try))
            return "nothing"
        if row.status == REFUSED and c.allow_private and \
                (c.item.link or "").lower().startswith(("http://", "https://")):
            return "retry"
        if row.status in (GAVE_UP, REFUSED):
            return "retry" if changed else "nothing"
        return "nothing"  # skipped (older than an earlier --since) stays skipped

    def _published_already(self, c: Candidate) -> bool:
        """Whether this new-looking item was published from this feed under another address
        (or its episode is in the show), so it is not published again (nor brought back
        after `remove`); remembered as done under this address too."""
        other = self.cat.seen_done_elsewhere(c.key, c.feed,
                                             None if is_global(c.key) else c.scope)
        episode = self.cat.by_key(c.episode_key)
        if other is None and episode is None:
            return False
        guid = episode.guid if episode else other.episode_guid if other else None
        self.cat.put_seen(Seen(c.feed, c.key, DONE, c.entry_hash, guid, 0, None, None,
                               self.now))
        return True

    def _in_digest(self, guid: str) -> bool:
        ep = self.cat.by_guid(guid)
        return ep is not None and ep.key.startswith(DIGEST_KEY_PREFIX)

    # the feed ---------------------------------------------------------------------------
    def due(self, rows: dict[str, Seen]) -> bool:
        """Whether a failed item of the feed is due for a retry now."""
        return any(r.status == FAILED and r.next_try is not None and r.next_try <= self.now
                   for r in rows.values())

    @staticmethod
    def complete(row: Seen | None) -> bool:
        """Whether the feed was read to the end last time (no item left for later)."""
        return row is not None and row.status == COMPLETE

    def save_feed_state(self, done: FeedDone, allow_private: bool) -> None:
        """Remember the feed's validators and bytes, so an unchanged feed ends the next run."""
        rows = self.cat.seen_in(done.feed)
        gone = [k for k, r in rows.items()
                if k != FEED_ROW and k not in done.listed and r.status != PENDING
                and r.updated is not None and aware(r.updated) < self.now - FORGET_AFTER]
        due = [r.next_try for k, r in rows.items()
               if k != FEED_ROW and k not in gone and r.status == FAILED and r.next_try]
        state = {"sha256": done.sha256, "allow_private": allow_private, **done.validators,
                 "scope": done.scope, **({"via": done.via} if done.via else {})}
        with self.cat.transaction():
            self.cat.forget_seen(done.feed, gone)
            self.cat.put_seen(Seen(done.feed, FEED_ROW, PARTIAL if done.deferred else COMPLETE,
                                   json.dumps(state, sort_keys=True), None, 0,
                                   min(due) if due else None, None, self.now))
