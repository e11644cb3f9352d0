"""The output folder's own housekeeping: its lock, its state folder and its staging area.

Everything a podcast app may fetch lives directly in the output folder. Work in progress lives
under `.audiodigest/staging/` on the same file system, so that moving a finished file into
place is one atomic rename. A kernel lock (flock) on `.audiodigest/lock` keeps two runs from
working on one folder at once; the kernel drops it when a process dies, even by SIGKILL.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import LockTimeout
from ..parentdeath import INHERITED_LOCKS, release_inherited_locks

__all__ = ["OutputFolder", "atomic_write", "release_inherited_locks"]

STATE_DIR = ".audiodigest"
LOCK_POLL_S = 0.1
def atomic_write(path: Path, data: bytes, *, fsync: bool = False) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        if fsync:
            f.flush()
            os.fsync(f.fileno())
    os.replace(tmp, path)


def sync_files(paths: Iterable[Path]) -> None:
    """Flush files' contents to disk, so a rename that publishes them cannot outlive them: after
    a power cut, a name in the feed must not point at an empty file."""
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sync_dir(path: Path) -> None:
    """Flush a folder's entries (renames into it) to disk; a no-op where folders cannot be
    opened (not POSIX)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class OutputFolder:
    """One output folder: paths to its parts, its lock, its staging areas."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.state = root / STATE_DIR
        self.staging_root = self.state / "staging"
        self.catalogue_path = self.state / "catalogue.db"

    def ensure(self) -> None:
        self.staging_root.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def lock(self, wait_s: float, on_wait: Callable[[str], None] | None = None
             ) -> Iterator[None]:
        """Hold the folder's lock; wait up to `wait_s` seconds for another run to finish
        (saying so once through `on_wait`)."""
        self.ensure()
        fd = os.open(self.state / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait_s
        told = False
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES):
                        raise
                    if time.monotonic() >= deadline:
                        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                        raise LockTimeout(
                            f"another audiodigest run (pid {holder or '?'}) is using "
                            f"{self.root}; try again when it has finished"
                            + (" or wait longer with --wait SECONDS" if wait_s == 0 else "")
                        ) from None
                    if on_wait is not None and not told:
                        holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
                        on_wait(f"waiting for another audiodigest run (pid {holder or '?'}) on "
                                f"{self.root}, up to {wait_s:g} s")
                        told = True
                    time.sleep(LOCK_POLL_S)
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
            INHERITED_LOCKS.add(fd)
            yield
        finally:
            INHERITED_LOCKS.discard(fd)
            os.close(fd)  # closing the descriptor releases the lock

    def new_staging(self) -> Path:
        self.ensure()
        path = self.staging_root / f"{time.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(4)}"
        path.mkdir()
        return path

    def leftover_staging(self) -> list[Path]:
        if not self.staging_root.is_dir():
            return []
        return sorted(p for p in self.staging_root.iterdir() if p.is_dir())

    @staticmethod
    def write_manifest(staging: Path, manifest: dict[str, Any]) -> None:
        atomic_write(staging / "manifest.json", json.dumps(manifest).encode(), fsync=True)

    @staticmethod
    def read_manifest(staging: Path) -> dict[str, Any] | None:
        try:
            data = json.loads((staging / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None
