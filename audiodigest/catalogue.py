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
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from .models import ChapterMark, Episode

__all__ = ["Catalogue"]

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
"""
BUSY_TIMEOUT_S = 30


def _to_json(ep: Episode) -> str:
    d = asdict(ep)
    d["published"] = ep.published.isoformat()
    return json.dumps(d, ensure_ascii=False)


def _from_json(text: str) -> Episode:
    d: dict[str, Any] = json.loads(text)
    d["published"] = datetime.fromisoformat(d["published"])
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
        """Episodes whose GUID, slug, file name or title matches `ref` (exactly first)."""
        eps = self.episodes()
        exact = [e for e in eps if ref in (e.guid, e.slug, e.audio_file, e.title)]
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
            "INSERT INTO episodes (guid, key, slug, published, content_hash, data) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(guid) DO UPDATE SET key=excluded.key, "
            "slug=excluded.slug, published=excluded.published, "
            "content_hash=excluded.content_hash, data=excluded.data",
            (ep.guid, ep.key, ep.slug, ep.published.isoformat(), ep.content_hash, _to_json(ep)),
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
