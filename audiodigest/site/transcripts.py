"""Transcript and chapter files for an episode: WebVTT, SubRip and Podcasting 2.0 JSON chapters.

Podcast apps (Apple, Pocket Casts, Podcast Addict...) show transcripts they fetch from the URL in
`<podcast:transcript>`; browsers read WebVTT natively through `<track>`, which is how the player
page highlights the current sentence. Both formats break on a stray blank line or `-->` in a
cue's text, so every cue is reduced to one line of safe text here, once, for every consumer.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence

from ..models import ChapterMark, Cue

__all__ = [
    "CHAPTERS_VERSION",
    "parse_vtt",
    "to_chapters_json",
    "to_srt",
    "to_vtt",
]

CHAPTERS_VERSION = "1.2.0"
"""The Podcasting 2.0 JSON chapters format version we write (podcastindex.org, jsonChapters.md)."""

_MS_PER_S = 1000
_WHITESPACE = re.compile(r"\s+")
_VTT_TIMING = re.compile(
    r"^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})[ \t]+-->[ \t]+(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})"
)
_TAG = re.compile(r"<[^>]*>")
# XML-incompatible and other control characters: no player shows them, some parsers choke on them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _one_line(text: str) -> str:
    """Collapse a cue's text to one line: a blank line would end the cue early in VTT and SRT."""
    return _WHITESPACE.sub(" ", _CONTROL.sub("", text)).strip()


def _ordered(cues: Sequence[Cue]) -> list[tuple[float, float, str]]:
    """Cues with text, sorted by start, each end at or after its start and none negative."""
    out: list[tuple[float, float, str]] = []
    for cue in sorted(cues, key=lambda c: (c.start_s, c.end_s)):
        text = _one_line(cue.text)
        if not text:
            continue
        start = max(0.0, float(cue.start_s))
        end = max(start, float(cue.end_s))
        out.append((start, end, text))
    return out


def _timestamp(seconds: float, sep: str) -> str:
    """HH:MM:SS<sep>mmm, the form both WebVTT (".") and SubRip (",") accept."""
    total_ms = round(seconds * _MS_PER_S)
    hours, rest = divmod(total_ms, 3600 * _MS_PER_S)
    minutes, rest = divmod(rest, 60 * _MS_PER_S)
    secs, ms = divmod(rest, _MS_PER_S)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{sep}{ms:03d}"


def _vtt_text(text: str) -> str:
    """Escape cue text: WebVTT cue payload is markup, so `&`, `<`, `>` must be character references."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[Cue]) -> str:
    """A WebVTT file (one cue per sentence) that browsers' `<track>` and podcast apps read."""
    lines = ["WEBVTT", ""]
    for index, (start, end, text) in enumerate(_ordered(cues), start=1):
        lines.append(str(index))
        lines.append(f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}")
        lines.append(_vtt_text(text))
        lines.append("")
    return "\n".join(lines)


def to_srt(cues: Sequence[Cue]) -> str:
    """A SubRip file; `-->` inside text is rewritten because SRT readers take it for a timing line."""
    blocks: list[str] = []
    for index, (start, end, text) in enumerate(_ordered(cues), start=1):
        safe = text.replace("-->", "->")
        blocks.append(f"{index}\n{_timestamp(start, ',')} --> {_timestamp(end, ',')}\n{safe}\n")
    return "\n".join(blocks)


def to_chapters_json(chapters: Sequence[ChapterMark], title: str) -> str:
    """Podcasting 2.0 JSON chapters (version 1.2): ascending startTime, each with a title.

    Times are rounded to milliseconds so the file does not change when float noise does.
    """
    items = []
    for mark in sorted(chapters, key=lambda c: c.start_s):
        start = round(max(0.0, float(mark.start_s)), 3)
        item: dict[str, object] = {"startTime": start, "title": _one_line(mark.title) or "Chapter"}
        if mark.end_s > mark.start_s:
            item["endTime"] = round(float(mark.end_s), 3)
        items.append(item)
    document = {"version": CHAPTERS_VERSION, "title": _one_line(title), "chapters": items}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _vtt_seconds(groups: Sequence[str | None]) -> float:
    hours, minutes, secs, ms = groups
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + int(secs or 0) + int(ms or 0) / 1000


def parse_vtt(text: str) -> tuple[Cue, ...]:
    """Cues back from a WebVTT file (ours or any simple one), so pages can show the transcript
    of episodes published in earlier runs without the renderer's in-memory cues."""
    cues: list[Cue] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _VTT_TIMING.match(lines[i].strip())
        i += 1
        if not match:
            continue
        body: list[str] = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        words = html.unescape(_TAG.sub("", " ".join(body)))
        if words.strip():
            groups = match.groups()
            cues.append(Cue(_vtt_seconds(groups[:4]), _vtt_seconds(groups[4:]), words.strip()))
    return tuple(cues)
