"""What a `follow` run did: one outcome per feed and per item, a summary, and cron's exit status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ..models import Episode

__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "FAILURES",
    "FeedOutcome",
    "FollowReport",
    "ItemOutcome",
    "ItemStatus",
]

EXIT_OK = 0
"""Every feed was read and every item tried in this run succeeded (or there was nothing new)."""
EXIT_FAILED = 1
"""A feed could not be read, or an item failed; the others were published all the same."""
EXIT_USAGE = 2
"""Bad options, or no feed to follow."""

ItemStatus = Literal["published", "replaced", "unchanged", "failed", "gave-up", "refused",
                     "waiting", "skipped", "due"]
"""due: a dry run found the item new, changed or due for a retry (it would be published)."""
FAILURES: frozenset[str] = frozenset({"failed", "gave-up", "refused"})
"""Item statuses that make the run exit 1."""


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
