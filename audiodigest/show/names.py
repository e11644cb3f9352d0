"""Safe, stable file names made from titles.

Titles come from strangers: a name made from one must not climb out of the output folder,
carry control characters, collide with a reserved device name, or grow without bound.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from ..speech.translit import romanize

__all__ = ["MAX_SLUG", "slugify"]

MAX_SLUG = 60
"""Long enough to say what the episode is; short enough for every file system and URL."""
_RESERVED = {"con", "prn", "aux", "nul", "feed", "index", "cover", "player"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}
"""Windows device names, and names of the output folder's own files."""


def slugify(title: str, fallback: str = "episode") -> str:
    """ASCII lowercase words joined by '-', at most MAX_SLUG characters, never reserved.

    Every script is transliterated as the script stage romanizes names (BGN/PCGN-style for
    Cyrillic and Greek, anyascii for the rest): "Москва приняла бюджет" -> "moskva-prinyala-
    byudzhet", "Київ" -> "kyiv". Only new episodes get new slugs: a published one keeps its name (the catalogue).
    """
    text = anyascii(romanize(unicodedata.normalize("NFC", title))).lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > MAX_SLUG:
        text = text[:MAX_SLUG].rsplit("-", 1)[0] or text[:MAX_SLUG]
    text = text.strip("-") or fallback
    if text in _RESERVED:
        text = f"{text}-episode"
    return text
