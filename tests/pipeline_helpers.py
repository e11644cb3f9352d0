"""Helpers for tests that run the whole pipeline on real espeak-ng and ffmpeg."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "kyiv-independent-belarus-weekly-2023-04-14.txt"
BASE_URL = "http://127.0.0.1:8765/"

SHORT_ARTICLE = """Council approves new ferry timetable

by Test Writer March 3, 2024 9:15 AM 2 min read

The harbour council approved a new ferry timetable on Tuesday after a long debate about \
evening services for commuters who work late shifts in the port district.

Under the plan, boats will leave every twenty minutes during the morning peak, and every \
half hour in the evening until the last crossing shortly before midnight.

Fares

Single tickets will cost the same as last year, while monthly passes for students and \
pensioners will become cheaper from the first day of May.

The council said the changes would be reviewed after six months of operation.
"""


def probe_duration(path: Path) -> float:
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout
    return float(json.loads(out)["format"]["duration"])


def loudness(path: Path) -> tuple[float, float]:
    """(integrated LUFS, true peak dBTP) measured by ffmpeg's EBU R128 meter."""
    log = subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
         "-af", "ebur128=peak=true:framelog=verbose", "-f", "null", "-"],
        capture_output=True, text=True, check=True,
    ).stderr
    lufs = float(re.findall(r"I:\s+(-?[\d.]+) LUFS", log)[-1])
    peak = float(re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", log)[-1])
    return lufs, peak


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and mtime (ns), state folder excluded."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".audiodigest" not in p.relative_to(folder).parts
    }


def feed_state(out: Path) -> dict[str, int]:
    """GUID -> enclosure length, after checking the feed parses and names complete files."""
    import feedparser

    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0
    state = {}
    for entry in parsed.entries:
        (enc,) = entry.enclosures
        path = out / enc.href[len(BASE_URL):]
        assert path.is_file(), f"feed names a missing file {path.name}"
        assert path.stat().st_size == int(enc.length), f"{path.name} is incomplete"
        state[entry.id] = int(enc.length)
    return state


HANG_S = 120.0
"""How long a run may take to reach a moment before the test calls it hung."""


def kill_when(proc: subprocess.Popen[bytes], moment: Callable[[], bool]) -> bool:
    """SIGKILL `proc` as soon as `moment` has come; False if it had ended before that."""
    deadline = time.monotonic() + HANG_S
    while proc.poll() is None and not moment():
        assert time.monotonic() < deadline, "the run neither got there nor ended"
        time.sleep(0.002)
    running = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    return running


def feed_episodes(out: Path) -> dict[str, dict[str, str]]:
    """GUID -> {title, audio (file name)}, from out/feed.xml, which must parse and name files
    that exist with the length it gives."""
    import feedparser

    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.bozo_exception
    found = {}
    for entry in parsed.entries:
        (enc,) = entry.enclosures
        path = out / enc.href[len(BASE_URL):]
        assert path.is_file() and path.stat().st_size == int(enc.length)
        found[entry.id] = {"title": entry.title, "audio": path.name}
    return found
