"""A script edited by hand (`audiodigest script --json`, then an editor) -> a checked `Script`.

An editor fixes a name or a number for one episode without touching lexicons: the JSON that
`script --json` prints goes back in with `publish --script FILE` or `render --script FILE`, and
exactly that is spoken. Everything is checked before any work, and each problem is one line
naming the file and the segment.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, cast, get_args

from ..errors import ScriptError
from ..models import Article, Script, Segment, SegmentKind

__all__ = ["MAX_PAUSE_MS", "load_edited_script", "same_article"]

MAX_PAUSE_MS = 10_000
"""A pause longer than this is a typing slip, not a newsreader's breath."""
_KINDS = frozenset(get_args(SegmentKind))


def _fail(where: str, message: str) -> ScriptError:
    return ScriptError(f"{where}: {message}"[:290])


def _text(value: object, where: str, what: str, *, empty_ok: bool = False) -> str:
    if not isinstance(value, str):
        raise _fail(where, f"{what} must be text in quotes")
    if not empty_ok and not value.strip():
        raise _fail(where, f"{what} is empty; write what should be said, or delete the segment")
    return value.strip()


def _int(value: object, where: str, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(where, f"{what} must be a whole number from {low} to {high}, not {value!r}")
    return value


def _segment(raw: object, i: int, chapters: int, where: str) -> Segment:
    at = f"{where}: segment {i}"
    if not isinstance(raw, dict):
        raise _fail(at, "must be an object with kind, chapter, text and pause_after_ms")
    kind = raw.get("kind")
    if kind not in _KINDS:
        raise _fail(at, f"kind {kind!r} is not one of {', '.join(sorted(_KINDS))}")
    text = _text(raw.get("text"), at, "text")
    caption = _text(raw.get("caption", text), at, "caption", empty_ok=True) or text
    chapter = _int(raw.get("chapter"), at, "chapter", 0, max(0, chapters - 1))
    pause = _int(raw.get("pause_after_ms", 0), at, "pause_after_ms", 0, MAX_PAUSE_MS)
    if "[[" in text and "]]" not in text.split("[[", 1)[1]:
        raise _fail(at, "a [[phoneme]] span is not closed with ]]")
    language = raw.get("language")
    if language is not None and (not isinstance(language, str)
                                 or not re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*",
                                                     language)):
        raise _fail(at, f"language must be a language code in quotes (\"ru\"), not {language!r}")
    return Segment(cast(SegmentKind, kind), text, pause, chapter, caption, language)


def _article(raw: object, i: int, language: str, where: str) -> Article:
    at = f"{where}: article {i}"
    if not isinstance(raw, dict):
        raise _fail(at, "must be an object with title, authors, site, url and published")
    published = raw.get("published")
    when: datetime | None = None
    if published is not None:
        try:
            when = datetime.fromisoformat(_text(published, at, "published"))
        except ValueError as exc:
            raise _fail(at, f"published {published!r} is not an ISO date") from exc
    authors = raw.get("authors") or []
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        raise _fail(at, "authors must be a list of names in quotes")
    site, url = raw.get("site"), raw.get("url")
    return Article(
        title=_text(raw.get("title"), at, "title"), sections=(), authors=tuple(authors),
        published=when, language=language, site=site if isinstance(site, str) else None,
        url=url if isinstance(url, str) else None, source=where,
    )


def load_edited_script(path: Path) -> tuple[Script, str | None]:
    """The script in `path` and the voice it was made for (None if it names none).

    Raises ScriptError naming the file (and the segment) for anything that is not a script
    `audiodigest script --json` could have printed, edited within reason.
    """
    where = str(path)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise _fail(where, f"cannot read it ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise _fail(where, "is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise _fail(where, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                           f"{exc.msg}); make it with `audiodigest script SOURCE --json`") from exc
    if not isinstance(data, dict) or "segments" not in data:
        raise _fail(where, "is not a script: make one with `audiodigest script SOURCE --json`")
    if data.get("version") != 1:
        raise _fail(where, f"is a script of version {data.get('version')!r}; this audiodigest "
                           "reads version 1")
    chapters = data.get("chapters")
    if (not isinstance(chapters, list) or not chapters
            or not all(isinstance(c, str) and c.strip() for c in chapters)):
        raise _fail(where, "chapters must be a non-empty list of titles")
    language = _text(data.get("language", "en"), where, "language")
    raw_segments = data["segments"]
    if not isinstance(raw_segments, list) or not raw_segments:
        raise _fail(where, "has no segments: there would be nothing to say")
    segments = tuple(_segment(s, i, len(chapters), where) for i, s in enumerate(raw_segments))
    raw_articles = data.get("articles") or []
    if not isinstance(raw_articles, list):
        raise _fail(where, "articles must be a list")
    articles = tuple(_article(a, i, language, where) for i, a in enumerate(raw_articles))
    voice = data.get("voice")
    script = Script(title=_text(data.get("title"), where, "title"), language=language,
                    segments=segments, chapters=tuple(c.strip() for c in chapters),
                    articles=articles)
    return script, voice if isinstance(voice, str) and voice.strip() else None


def _folded(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def same_article(edited: Article, found: Article) -> bool:
    """Whether an edited script's article is the one a source gives (its URL, else its title)."""
    if edited.url and found.url:
        return edited.url.rstrip("/") == found.url.rstrip("/")
    return _folded(edited.title) == _folded(found.title)
