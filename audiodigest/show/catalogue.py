"""The show's catalogue: a SQLite database in the output folder.

It is the source of truth; feed.xml and the player pages are rendered from it. Besides the
episodes it keeps a "trash" list: files of replaced or removed episodes, deleted only once a
feed that no longer names them is in place, so a referenced file is never deleted. The `follow`
command keeps what it has seen of each feed here too (table `seen`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..models import ChapterMark, Episode

__all__ = ["Catalogue", "Listened", "Seen"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS episodes (
    guid TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    slug TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS trash (name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seen (
    feed TEXT NOT NULL,
    item TEXT NOT NULL,
    content_hash TEXT,
    episode_guid TEXT,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_try TEXT,
    last_error TEXT,
    updated TEXT NOT NULL,
    PRIMARY KEY (feed, item)
);
CREATE TABLE IF NOT EXISTS listened (
    guid TEXT PRIMARY KEY,
    wer REAL NOT NULL,
    words INTEGER NOT NULL,
    model TEXT NOT NULL,
    at TEXT NOT NULL
);
"""
BUSY_TIMEOUT_S = 30
_SEEN_COLUMNS = ("feed, item, status, content_hash, episode_guid, attempts, next_try, "
                 "last_error, updated")
"""The columns `_seen` reads, in its order."""


@dataclass(frozen=True, slots=True)
class Listened:
    """The machine listener's last verdict on an episode (`audiodigest listen`)."""

    guid: str
    wer: float
    words: int
    model: str
    at: str
    """When, ISO 8601 UTC."""


@dataclass(frozen=True, slots=True)
class Seen:
    """What `follow` remembers of one feed item (or, with item "", of the feed itself)."""

    feed: str
    item: str
    """The item's key (its GUID, else its link); "" for the row about the feed itself."""
    status: str
    content_hash: str | None = None
    episode_guid: str | None = None
    attempts: int = 0
    """Failed tries since the item last changed or succeeded."""
    next_try: datetime | None = None
    """When a failed item is due again (None: not to be retried by time)."""
    last_error: str | None = None
    updated: datetime | None = None


def _to_json(ep: Episode) -> str:
    d = asdict(ep)
    d["published"] = ep.published.isoformat()
    d["article_published"] = ep.article_published.isoformat() if ep.article_published else None
    return json.dumps(d, ensure_ascii=False)


def _from_json(text: str) -> Episode:
    d: dict[str, Any] = json.loads(text)
    d["published"] = datetime.fromisoformat(d["published"])
    if d.get("article_published"):
        d["article_published"] = datetime.fromisoformat(d["article_published"])
    d["chapters"] = tuple(ChapterMark(**c) for c in d.get("chapters", ()))
    for key in ("article_urls", "files"):
        d[key] = tuple(d.get(key, ()))
    return Episode(**d)


class Catalogue:
    """Episodes and state of one output folder."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=DELETE")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(SCHEMA)
        if "article_date" not in {r[1] for r in self.db.execute("PRAGMA table_info(episodes)")}:
            with suppress(sqlite3.OperationalError):  # another run added it; a read-only show
                self.db.execute("ALTER TABLE episodes ADD COLUMN article_date TEXT")  # 2026-12

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: a crash inside leaves the catalogue as it was."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    @contextmanager
    def rolled_back(self) -> Iterator[sqlite3.Connection]:
        """Everything written inside is undone at the end (a dry run)."""
        self.db.execute("BEGIN")
        try:
            yield self.db
        finally:
            self.db.execute("ROLLBACK")

    # facts about the show -----------------------------------------------------------------
    def meta(self, name: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.db.execute("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) "
                        "DO UPDATE SET value = excluded.value", (name, value))

    # what the listener heard --------------------------------------------------------------
    def put_listened(self, row: Listened) -> None:
        """Keep the last listening result of an episode (listening never changes the show)."""
        self.db.execute("INSERT INTO listened (guid, wer, words, model, at) VALUES (?, ?, ?, ?, ?) "
                        "ON CONFLICT(guid) DO UPDATE SET wer = excluded.wer, words = "
                        "excluded.words, model = excluded.model, at = excluded.at",
                        (row.guid, row.wer, row.words, row.model, row.at))

    def listened(self) -> dict[str, Listened]:
        """The last listening result of each episode that was listened to, by GUID."""
        rows = self.db.execute("SELECT guid, wer, words, model, at FROM listened")
        return {r[0]: Listened(r[0], float(r[1]), int(r[2]), str(r[3]), str(r[4])) for r in rows}

    # episodes ------------------------------------------------------------------------------
    def episodes(self) -> list[Episode]:
        """Newest first."""
        rows = self.db.execute("SELECT data FROM episodes ORDER BY published DESC, guid")
        return [_from_json(r[0]) for r in rows]

    def by_key(self, key: str) -> Episode | None:
        row = self.db.execute("SELECT data FROM episodes WHERE key = ?", (key,)).fetchone()
        return _from_json(row[0]) if row else None

    def by_guid(self, guid: str) -> Episode | None:
        row = self.db.execute("SELECT data FROM episodes WHERE guid = ?", (guid,)).fetchone()
        return _from_json(row[0]) if row else None

    def find(self, ref: str) -> list[Episode]:
        """Episodes whose GUID, slug, file name or title matches `ref`: an identifier (GUID,
        slug, file name) exactly first, then a title exactly, then part of a title."""
        eps = self.episodes()
        for exact in ([e for e in eps if ref in (e.guid, e.slug, e.audio_file)],
                      [e for e in eps if ref == e.title]):
            if exact:
                return exact
        low = ref.lower()
        return [e for e in eps if low in e.title.lower() or e.guid.startswith(ref)]

    def slug_taken(self, slug: str, guid: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM episodes WHERE slug = ? AND guid != ?", (slug, guid)
        ).fetchone()
        return row is not None

    def put(self, ep: Episode) -> None:
        """Insert or replace an episode (call inside `transaction`)."""
        self.db.execute(
            "INSERT INTO episodes (guid, key, slug, published, content_hash, data, article_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(guid) DO UPDATE SET key=excluded.key, "
            "slug=excluded.slug, published=excluded.published, "
            "content_hash=excluded.content_hash, data=excluded.data, "
            "article_date=excluded.article_date",
            (ep.guid, ep.key, ep.slug, ep.published.isoformat(), ep.content_hash, _to_json(ep),
             ep.article_published.isoformat() if ep.article_published else None),
        )

    def delete(self, guid: str) -> None:
        self.db.execute("DELETE FROM episodes WHERE guid = ?", (guid,))

    def referenced_files(self) -> set[str]:
        names: set[str] = set()
        for ep in self.episodes():
            names.update(ep.files)
        return names

    # trash ---------------------------------------------------------------------------------
    def add_trash(self, names: set[str] | list[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO trash (name) VALUES (?)", [(n,) for n in names])

    def trash(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT name FROM trash ORDER BY name")]

    def clear_trash(self, names: list[str]) -> None:
        self.db.executemany("DELETE FROM trash WHERE name = ?", [(n,) for n in names])

    # seen (follow) --------------------------------------------------------------------------
    def seen_in(self, feed: str) -> dict[str, Seen]:
        """Everything remembered of `feed`, by item key (the feed's own row under "")."""
        rows = self.db.execute(f"SELECT {_SEEN_COLUMNS} FROM seen WHERE feed = ?", (feed,))
        return {r[1]: _seen(r) for r in rows}

    def seen_done_elsewhere(self, item: str, feed: str, scope: str | None = None
                            ) -> Seen | None:
        """A row of another source that published the same item: any source (`scope` None,
        for GUIDs that name the item anywhere), or one whose feed was last read at `scope`
        (the same feed under another address: a redirect, http and https, the site's page)."""
        query = (f"SELECT {_SEEN_COLUMNS} FROM seen WHERE item = ? AND feed != ? "
                 "AND status = 'done'")
        args: tuple[str, ...] = (item, feed)
        if scope is not None:
            query += (" AND feed IN (SELECT feed FROM seen WHERE item = '' AND "
                      "content_hash LIKE ?)")
            args += (f'%"scope": {json.dumps(scope)}%',)
        r = self.db.execute(query + " LIMIT 1", args).fetchone()
        return _seen(r) if r else None

    def forget_seen(self, feed: str, items: list[str]) -> None:
        """Drop rows about items of `feed` (inside `transaction` to drop several at once)."""
        self.db.executemany("DELETE FROM seen WHERE feed = ? AND item = ?",
                            [(feed, item) for item in items])

    def put_seen(self, row: Seen) -> None:
        """Insert or replace one row (inside `transaction` to write several at once)."""
        self.db.execute(
            "INSERT INTO seen (feed, item, content_hash, episode_guid, status, attempts, "
            "next_try, last_error, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(feed, item) DO UPDATE SET content_hash=excluded.content_hash, "
            "episode_guid=excluded.episode_guid, status=excluded.status, "
            "attempts=excluded.attempts, next_try=excluded.next_try, "
            "last_error=excluded.last_error, updated=excluded.updated",
            (row.feed, row.item, row.content_hash, row.episode_guid, row.status, row.attempts,
             row.next_try.isoformat() if row.next_try else None, row.last_error,
             (row.updated or datetime.now(UTC)).isoformat()),
        )


def _seen(r: tuple[Any, ...]) -> Seen:
    return Seen(feed=r[0], item=r[1], status=r[2], content_hash=r[3], episode_guid=r[4],
                attempts=int(r[5]), next_try=datetime.fromisoformat(r[6]) if r[6] else None,
                last_error=r[7], updated=datetime.fromisoformat(r[8]) if r[8] else None)
