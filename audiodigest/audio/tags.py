"""ID3v2 tags and chapters for an episode's MP3, with mutagen.

Podcast apps read the title, show and cover from ID3, and many (Apple Podcasts, Overcast,
Pocket Casts) read chapters from ID3 CHAP frames listed by one CTOC frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mutagen.id3 import ID3
from mutagen.id3._tags import save_frame  # the one frame writer; _ChaptersInOrder needs it

from ..errors import AudioError
from ..models import ChapterMark

__all__ = ["EpisodeTags", "chapter_frames", "read_chapters", "write_tags"]


@dataclass(frozen=True, slots=True)
class EpisodeTags:
    title: str
    artist: str
    album: str
    date: datetime
    comment: str = ""
    """The source URL(s)."""
    language: str = "en"
    cover: bytes | None = None
    """JPEG or PNG bytes of the show's artwork."""
    chapters: tuple[ChapterMark, ...] = ()


class _ChaptersInOrder(ID3):
    """mutagen writes frames by importance, then by size: CHAP frames come out in the order
    of their titles' lengths, and players that read them in file order (those built on ffmpeg)
    list the chapters shuffled. Here they are written last, by start time."""

    def _write(self, config: Any) -> bytearray:
        chapters = sorted(self.getall("CHAP"), key=lambda c: (c.start_time, c.element_id))
        self.delall("CHAP")
        try:
            data = super()._write(config)
        finally:
            for chapter in chapters:
                self.add(chapter)
        written: bytearray = data + bytearray().join(save_frame(c, config=config) for c in chapters)
        return written


def write_tags(path: Path, tags: EpisodeTags) -> None:
    """Replace any ID3 tag in `path` with these tags and chapters."""
    from mutagen.id3 import (
        APIC,
        CHAP,
        COMM,
        CTOC,
        TALB,
        TCON,
        TDRC,
        TIT2,
        TLAN,
        TPE1,
        CTOCFlags,
    )

    id3 = _ChaptersInOrder()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TCON(encoding=3, text="Podcast"))
    id3.add(TDRC(encoding=3, text=tags.date.strftime("%Y-%m-%d")))
    id3.add(TLAN(encoding=3, text=_iso639_2(tags.language)))
    if tags.comment:
        id3.add(COMM(encoding=3, lang="eng", desc="", text=tags.comment))
    if tags.cover:
        mime = "image/png" if tags.cover.startswith(b"\x89PNG") else "image/jpeg"
        id3.add(APIC(encoding=3, mime=mime, type=3, desc="Cover", data=tags.cover))
    marks = chapter_frames(tags.chapters)
    if marks:  # one chapter or many: the same table of contents and the same frames
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                     child_element_ids=[m[0] for m in marks],
                     sub_frames=[TIT2(encoding=3, text="Chapters")]))
        for cid, start_ms, end_ms, title in marks:
            id3.add(CHAP(element_id=cid, start_time=start_ms, end_time=end_ms,
                         start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF,
                         sub_frames=[TIT2(encoding=3, text=title)]))
    try:
        id3.save(str(path), v2_version=4)
    except OSError as exc:
        raise AudioError(f"could not write tags to {path}: {exc}") from exc


def chapter_frames(chapters: Sequence[ChapterMark]) -> list[tuple[str, int, int, str]]:
    """(element id, start ms, end ms, title) for each chapter, in time order: none before 0,
    none ending after the next begins or before it starts, each with a title (an empty TIT2
    is not written at all, and some apps then drop the chapter)."""
    ordered = sorted(chapters, key=lambda c: c.start_s)
    frames = []
    for i, ch in enumerate(ordered):
        start = max(0, round(ch.start_s * 1000))
        end = round(ch.end_s * 1000)
        if i + 1 < len(ordered):
            end = min(end, round(ordered[i + 1].start_s * 1000))
        title = " ".join(ch.title.split()) or f"Chapter {i + 1}"
        frames.append((f"chp{i}", start, max(start, end), title))
    return frames


def read_chapters(path: Path) -> list[ChapterMark]:
    """The CHAP frames of an MP3, in time order (for checks and tests)."""
    from mutagen.id3 import ID3

    id3 = ID3(str(path))
    marks = []
    for frame in id3.getall("CHAP"):
        title = frame.sub_frames.get("TIT2")
        marks.append(ChapterMark(str(title.text[0]) if title else "", frame.start_time / 1000,
                                 frame.end_time / 1000))
    return sorted(marks, key=lambda m: m.start_s)


_ISO639_2 = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa", "uk": "ukr", "ru": "rus",
             "it": "ita", "pl": "pol", "nl": "nld", "pt": "por", "be": "bel", "zh": "zho",
             "ja": "jpn", "ar": "ara", "he": "heb"}


def _iso639_2(code: str) -> str:
    return _ISO639_2.get(code.split("-")[0].lower(), "und")
