"""Safe, stable file names made from titles.

Titles come from strangers: a name made from one must not climb out of the output folder,
carry control characters, collide with a reserved device name, or grow without bound.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_SLUG", "slugify"]

MAX_SLUG = 60
"""Long enough to say what the episode is; short enough for every file system and URL."""
_RESERVED = {"con", "prn", "aux", "nul", "feed", "index", "cover", "player"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in range(10)
}
"""Windows device names, and names of the output folder's own files."""
_LETTERS = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ħ": "h", "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L", "ŉ": "n", "ŋ": "ng", "Ŋ": "NG",
    "ŧ": "t", "Ŧ": "T", "ĸ": "k", "ſ": "s",
})
"""Latin letters that Unicode does not decompose into a base letter and an accent, so NFKD
would drop them ("beschließt" -> "beschliet"): their usual ASCII spellings. A table rather than
Unidecode (GPL-2.0+, not usable here) or text-unidecode (Artistic-1.0/GPL, and 1 MB of tables
for scripts a slug never needs): these few letters are all the Latin alphabets add."""


def slugify(title: str, fallback: str = "episode") -> str:
    """ASCII lowercase words joined by '-', at most MAX_SLUG characters, never reserved."""
    text = unicodedata.normalize("NFKD", title.translate(_LETTERS))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(text) > MAX_SLUG:
        text = text[:MAX_SLUG].rsplit("-", 1)[0] or text[:MAX_SLUG]
    text = text.strip("-") or fallback
    if text in _RESERVED:
        text = f"{text}-episode"
    return text
