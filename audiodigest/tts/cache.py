"""The segment cache: synthesized WAVs kept under the user's cache folder.

A segment's key hashes everything that changes its sound: engine, voice settings, the
lexicons' contents and the text. Republishing an unchanged article therefore synthesizes
nothing, and an edited one only the segments that changed. The cache is capped in size;
the least recently used files go first (a hit refreshes a file's time).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..models import VoiceProfile

__all__ = ["DEFAULT_CAP_BYTES", "SegmentCache", "default_cache_dir", "segment_key", "write_atomic"]

DEFAULT_CAP_BYTES = 2 * 1024**3
"""2 GiB holds about 13 hours of 22 kHz mono speech: weeks of a busy newsroom's output."""
KEY_VERSION = "4"
"""Bump when the meaning of a cached file changes (format, trimming, how an engine is driven:
3 since Piper gets the punctuation after lexicon phoneme spans, tts/piper.py `piper_text`;
4 since Piper speaks with less noise, tts/piper.py `NOISE_SCALE`)."""


def default_cache_dir() -> Path:
    env = os.environ.get("AUDIODIGEST_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("audiodigest")) / "segments"


def segment_key(voice: VoiceProfile, text: str) -> str:
    """What makes a segment sound as it does: engine, voice settings and the text to speak
    (which already has the lexicons applied, so a lexicon edit changes the key by itself)."""
    h = hashlib.sha256()
    for part in (KEY_VERSION, voice.engine, voice.settings_key(), text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` at `path` so that no reader ever sees half of it (a segment that came
    back from a cluster worker as bytes)."""
    import threading

    tmp = path.with_name(f"{path.stem}.{os.getpid()}.{threading.get_ident()}.part{path.suffix}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class SegmentCache:
    """A folder of `<key[:2]>/<key>.wav` files."""

    def __init__(self, root: Path | None = None, cap_bytes: int = DEFAULT_CAP_BYTES) -> None:
        self.root = root or default_cache_dir()
        self.cap_bytes = cap_bytes

    def path_for(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.wav"

    def lookup(self, key: str) -> Path | None:
        """The cached file for `key` (its time refreshed), or None."""
        path = self.path_for(key)
        try:
            os.utime(path)
        except OSError:
            return None
        return path

    def prepare(self, key: str) -> Path:
        """Where a worker should write `key` (folders created)."""
        path = self.path_for(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def store(self, key: str, wav: bytes) -> Path:
        """Keep `wav` as the segment `key` (made elsewhere: a cluster worker); its path."""
        path = self.prepare(key)
        write_atomic(path, wav)
        return path

    def evict(self) -> int:
        """Delete the least recently used files until the cache fits its cap; bytes freed."""
        entries: list[tuple[float, int, Path]] = []
        total = 0
        if not self.root.is_dir():
            return 0
        for sub in os.scandir(self.root):
            if not sub.is_dir():
                continue
            for f in os.scandir(sub.path):
                try:
                    st = f.stat()
                except OSError:
                    continue
                entries.append((st.st_mtime, st.st_size, Path(f.path)))
                total += st.st_size
        freed = 0
        if total <= self.cap_bytes:
            return 0
        for _mtime, size, path in sorted(entries):
            if total - freed <= self.cap_bytes:
                break
            path.unlink(missing_ok=True)
            freed += size
        return freed
