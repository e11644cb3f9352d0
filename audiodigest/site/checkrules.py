"""The rules a podcast directory applies to a feed's values: dates, artwork, transcripts, chapters.

Pure checks on what was read (text, bytes, parsed elements); finding and fetching the files is
`check.py`'s job. Each check appends one line per problem to `problems`.
"""

from __future__ import annotations

import email.utils
import io
import json
import re
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..settings import ARTWORK_MAX_PX, ARTWORK_MIN_PX  # Apple's bounds, one definition

__all__ = [
    "ATOM", "DESCRIPTION_MAX_BYTES", "DURATION", "DURATION_TOLERANCE_S", "ENCLOSURE_TYPES", "ITUNES",
    "LANGUAGE", "PODCAST", "TEXT_CHECKS", "TRANSCRIPT_TYPES",
    "check_chapters", "check_date", "check_image", "check_srt", "check_vtt", "is_absolute",
    "mp3_duration", "seconds", "text_of",
]

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST = "https://podcastindex.org/namespace/1.0"
ATOM = "http://www.w3.org/2005/Atom"

DESCRIPTION_MAX_BYTES = 4000
DURATION_TOLERANCE_S = 1.0
"""Apps show itunes:duration before downloading; more than a second off looks broken."""
ENCLOSURE_TYPES = {"audio/mpeg": (".mp3",), "audio/x-m4a": (".m4a",), "video/mp4": (".mp4",)}
TRANSCRIPT_TYPES = {"text/vtt", "application/x-subrip", "application/json", "text/plain",
                    "text/html"}
_RFC822 = re.compile(
    r"^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r" \d{4} \d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UT|Z)$")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DURATION = re.compile(r"^(?:(?:(\d+):)?([0-5]?\d):)?(\d+)$")
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_VTT_TIME = r"(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})"
_VTT_TIMING = re.compile(rf"^{_VTT_TIME}[ \t]+-->[ \t]+{_VTT_TIME}(?:[ \t].*)?$")
_SRT_TIMING = re.compile(r"^(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})[ \t]+-->[ \t]+"
                         r"(\d{2,}):([0-5]\d):([0-5]\d),(\d{3})$")


def text_of(el: Any) -> str | None:
    return None if el is None else (el.text or "").strip()


def check_date(text: str | None, where: str, problems: list[str]) -> None:
    if text is None:
        return
    if not _RFC822.match(text):
        problems.append(f"{where}: date {text!r} is not RFC 822 (like 'Wed, 15 Jun 2019 19:00:00 +0000')")
        return
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        problems.append(f"{where}: date {text!r} is not a real date")
        return
    weekday = text[:3]
    if text[3:4] == "," and _WEEKDAYS[moment.weekday()] != weekday:
        problems.append(f"{where}: date {text!r} says {weekday} but that day is a "
                        f"{_WEEKDAYS[moment.weekday()]}")


def check_image(data: bytes, url: str, where: str, problems: list[str]) -> None:
    from PIL import Image, UnidentifiedImageError

    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    try:
        with Image.open(io.BytesIO(data)) as image:
            fmt, (width, height), mode = image.format, image.size, image.mode
            alpha = "transparency" in image.info or mode in ("RGBA", "LA", "PA")
    except (UnidentifiedImageError, OSError) as exc:
        problems.append(f"{where}: artwork {url} is not a readable image ({exc})")
        return
    if fmt not in ("JPEG", "PNG"):
        problems.append(f"{where}: artwork {url} is {fmt}, must be JPEG or PNG")
    elif suffix not in ((".jpg", ".jpeg") if fmt == "JPEG" else (".png",)):
        problems.append(f"{where}: artwork {url} is a {fmt} but its URL ends in {suffix or 'nothing'}")
    if width != height:
        problems.append(f"{where}: artwork is {width}x{height}, must be square")
    if not ARTWORK_MIN_PX <= min(width, height) <= max(width, height) <= ARTWORK_MAX_PX:
        problems.append(f"{where}: artwork is {width}x{height}, must be "
                        f"{ARTWORK_MIN_PX}-{ARTWORK_MAX_PX} px")
    if mode not in ("RGB", "RGBA", "P") or alpha:
        problems.append(f"{where}: artwork colour mode {mode}{' with alpha' if alpha else ''}; "
                        "Apple wants RGB without transparency")


def seconds(groups: tuple[str | None, ...]) -> float:
    h, m, s, ms = groups
    return int(h or 0) * 3600 + int(m or 0) * 60 + int(s or 0) + int(ms or 0) / 1000


def check_vtt(text: str, where: str, problems: list[str]) -> None:
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    if not re.match(r"^WEBVTT(?:[ \t].*)?$", lines[0]):
        problems.append(f"{where}: WebVTT must start with 'WEBVTT'")
        return
    cues, last = 0, -1.0
    for line in lines[1:]:
        if "-->" not in line:
            continue
        match = _VTT_TIMING.match(line.strip())
        if not match:
            problems.append(f"{where}: bad WebVTT timing line {line.strip()!r}")
            return
        start, end = seconds(match.groups()[:4]), seconds(match.groups()[4:])
        if end < start or start < last:
            problems.append(f"{where}: WebVTT cue {line.strip()!r} ends before it starts "
                            "or starts before the previous cue")
            return
        last, cues = start, cues + 1
    if not cues:
        problems.append(f"{where}: WebVTT has no cues")


def check_srt(text: str, where: str, problems: list[str]) -> None:
    blocks = [b for b in re.split(r"\n\s*\n", text.lstrip("\ufeff").replace("\r\n", "\n").strip()) if b]
    if not blocks:
        problems.append(f"{where}: SubRip file has no cues")
    for number, block in enumerate(blocks, start=1):
        lines = block.split("\n")
        if len(lines) < 3 or not lines[0].strip().isdigit() or not _SRT_TIMING.match(lines[1].strip()):
            problems.append(f"{where}: SubRip cue {number} is not 'index / HH:MM:SS,mmm --> ... / text'")
            return


def check_chapters(text: str, where: str, problems: list[str], duration: float | None) -> None:
    try:
        document = json.loads(text)
    except ValueError as exc:
        problems.append(f"{where}: chapters JSON does not parse ({exc})")
        return
    if not isinstance(document, dict) or not isinstance(document.get("version"), str):
        problems.append(f"{where}: chapters JSON needs an object with a 'version' string")
        return
    chapters = document.get("chapters")
    if not isinstance(chapters, list) or not chapters:
        problems.append(f"{where}: chapters JSON needs a non-empty 'chapters' array")
        return
    last = -1.0
    for i, chapter in enumerate(chapters):
        start = chapter.get("startTime") if isinstance(chapter, dict) else None
        if not isinstance(start, (int, float)) or isinstance(start, bool) or start < 0:
            problems.append(f"{where}: chapter {i} has no startTime >= 0")
            return
        if start < last:
            problems.append(f"{where}: chapter {i} starts at {start}, before the previous one")
        if duration is not None and start >= duration:
            problems.append(f"{where}: chapter {i} starts at {start}, after the audio ends")
        if not isinstance(chapter.get("title"), str):
            problems.append(f"{where}: chapter {i} has no title")
        last = start


def mp3_duration(data: bytes) -> float | None:
    from mutagen import MutagenError
    from mutagen.mp3 import MP3

    try:
        info = MP3(io.BytesIO(data)).info
        return float(info.length) if info is not None else None
    except (MutagenError, ValueError, OSError):
        return None


def is_absolute(url: str | None, where: str, what: str, problems: list[str]) -> bool:
    parts = urllib.parse.urlsplit(url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        problems.append(f"{where}: {what} {url!r} is not an absolute http(s) URL")
        return False
    return True


TEXT_CHECKS: dict[str, Callable[[str, str, list[str]], None]] = {
    "text/vtt": check_vtt,
    "application/x-subrip": check_srt,
}
