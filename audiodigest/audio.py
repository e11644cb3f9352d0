"""Stitch synthesized segments, master them to podcast loudness, and encode one MP3.

Two passes over the segment WAVs, both streaming, so memory stays flat however long the
episode is and time stays linear in the number of segments:

1. as each segment arrives from the synthesizer (in order), its silent edges are trimmed and
   its PCM, with the script's pauses, is streamed into ffmpeg's EBU R128 meter (`ebur128`,
   about a seventh of one encode), while later segments are still being synthesized;
2. the gain that brings the episode to its target loudness is then known, and the same PCM is
   streamed once more, into the one MP3 encoder, through `volume` and a look-ahead peak
   limiter. No second encode, no two-pass loudnorm (which costs about nine encodes).

Segment timings are counted in samples, so chapters and transcript cues are exact.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from .errors import AudioError, EncodeFailed, ToolMissing
from .models import ChapterMark, Cue, RenderedAudio, Script

__all__ = ["AudioSettings", "ClipSource", "Mastering", "find_tool", "render_audio"]

SAMPLE_WIDTH = 2
"""16-bit PCM throughout: what every engine here produces."""
SILENCE_THRESHOLD = 330
"""About -40 dBFS: below this, a clip's edge counts as silence and is trimmed."""
EDGE_KEEP_S = 0.015
"""Keep a few milliseconds around speech so consonants are not clipped."""
LIMITER_COMPENSATION_DB = 0.5
"""The limiter shaves espeak-ng's peaks and costs about this much loudness (measured)."""


@dataclass(frozen=True, slots=True)
class AudioSettings:
    """How the episode is mastered and encoded (see README: "Audio format")."""

    bitrate_kbps: int = 64
    """CBR so players seek exactly; 64 kbit/s mono is transparent for synthetic speech."""
    sample_rate: int = 22050
    """espeak-ng's and Piper's native rate: resampling up would add nothing but bytes."""
    channels: int = 1
    """Speech is mono; stereo would double the bitrate for nothing."""
    quality: int = 5
    """libmp3lame's -q (0 best .. 9 fastest); 5 halves encode time against the default."""
    limit_dbfs: float = -2.0
    """Sample-peak ceiling; leaves room for inter-sample peaks so true peak stays <= -1 dBTP."""

    @property
    def target_lufs(self) -> float:
        """-19 LUFS for mono, -16 for stereo: what podcast apps expect."""
        return -19.0 if self.channels == 1 else -16.0


@dataclass(frozen=True, slots=True)
class ClipSource:
    """One piece of the episode in order: a WAV file and the silence after it."""

    path: Path
    pause_after_ms: int
    caption: str = ""
    chapter: int | None = None


@dataclass(frozen=True, slots=True)
class Mastering:
    measured_lufs: float
    gain_db: float


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise ToolMissing(f"{name} is not installed: sudo apt-get install ffmpeg")
    return path


def _read_pcm(path: Path, sample_rate: int) -> bytes:
    """A clip's PCM as 16-bit mono at `sample_rate` (pydub converts when needed)."""
    from pydub import AudioSegment
    from pydub.exceptions import CouldntDecodeError

    try:
        seg = (
            AudioSegment.from_wav(str(path))
            if path.suffix == ".wav"
            else AudioSegment.from_file(str(path))
        )
    except (CouldntDecodeError, OSError, IndexError) as exc:
        raise AudioError(f"{path} is not audio that ffmpeg can read: {exc}") from exc
    if seg.channels != 1:
        seg = seg.set_channels(1)
    if seg.sample_width != SAMPLE_WIDTH:
        seg = seg.set_sample_width(SAMPLE_WIDTH)
    if seg.frame_rate != sample_rate:
        seg = seg.set_frame_rate(sample_rate)
    return seg.raw_data


def _trim(pcm: bytes, sample_rate: int) -> bytes:
    import numpy as np

    samples = np.frombuffer(pcm, dtype=np.int16)
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > SILENCE_THRESHOLD)
    if loud.size == 0:
        return b""
    keep = int(EDGE_KEEP_S * sample_rate)
    start = max(0, int(loud[0]) - keep)
    end = min(samples.size, int(loud[-1]) + 1 + keep)
    return pcm[start * SAMPLE_WIDTH : end * SAMPLE_WIDTH]


class _Timeline:
    """Counts samples as the episode is laid out; yields cues and chapter starts."""

    def __init__(self, sample_rate: int) -> None:
        self.rate = sample_rate
        self.samples = 0
        self.cues: list[Cue] = []
        self.chapter_starts: dict[int, float] = {}

    def add(self, clip: ClipSource, speech_samples: int, pause_samples: int) -> None:
        start = self.samples / self.rate
        end = (self.samples + speech_samples) / self.rate
        if clip.chapter is not None and clip.chapter not in self.chapter_starts:
            self.chapter_starts[clip.chapter] = start
        if clip.caption and speech_samples:
            self.cues.append(Cue(round(start, 3), round(end, 3), clip.caption))
        self.samples += speech_samples + pause_samples


def _layout(
    clips: Iterable[ClipSource], settings: AudioSettings, sink: IO[bytes] | None
) -> _Timeline:
    """Stream trimmed clips and pauses into `sink`, counting samples; no pause after the last."""
    rate = settings.sample_rate
    timeline = _Timeline(rate)
    pending_pause = 0
    for clip in clips:
        pcm = _trim(_read_pcm(clip.path, rate), rate)
        if pcm and timeline.samples:
            # the previous clip's pause goes out only when speech follows it
            if sink is not None:
                sink.write(bytes(pending_pause * SAMPLE_WIDTH))
            timeline.samples += pending_pause
        speech = len(pcm) // SAMPLE_WIDTH
        if sink is not None and pcm:
            sink.write(pcm)
        timeline.add(clip, speech, 0)
        if pcm:
            pending_pause = int(rate * clip.pause_after_ms / 1000)
    return timeline


def _run_ffmpeg(args: list[str], feed: Iterable[ClipSource], settings: AudioSettings,
                what: str) -> tuple[_Timeline, str]:
    cmd = [find_tool("ffmpeg"), "-nostdin", "-hide_banner", "-nostats", "-y", *args]
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=err, stdout=subprocess.DEVNULL)
        assert proc.stdin is not None
        try:
            timeline = _layout(feed, settings, proc.stdin)
            proc.stdin.close()
        except BrokenPipeError:
            timeline = _Timeline(settings.sample_rate)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        code = proc.wait()
        err.seek(0)
        log = err.read().decode("utf-8", "replace")
    if code != 0:
        tail = "\n".join(log.strip().splitlines()[-20:])
        raise EncodeFailed(f"ffmpeg failed while {what}: {tail}", command=cmd, stderr=tail)
    return timeline, log


def _pcm_input(settings: AudioSettings) -> list[str]:
    return ["-f", "s16le", "-ar", str(settings.sample_rate), "-ac", "1", "-i", "pipe:0"]


def _measure(clips: Iterable[ClipSource], settings: AudioSettings) -> tuple[_Timeline, float]:
    args = [*_pcm_input(settings), "-af", "ebur128=framelog=verbose", "-f", "null", "-"]
    timeline, log = _run_ffmpeg(args, clips, settings, "measuring loudness")
    found = re.findall(r"I:\s+(-?[\d.]+|-inf) LUFS", log)
    if not found:
        raise AudioError("could not measure the episode's loudness (ffmpeg printed no summary)")
    value = found[-1]
    return timeline, float("-inf") if value == "-inf" else float(value)


def render_audio(
    clips: Iterable[ClipSource],
    script: Script,
    out: Path,
    settings: AudioSettings | None = None,
) -> RenderedAudio:
    """Lay out, measure, master and encode `clips` into the MP3 `out`.

    `clips` may be a generator that yields clips as they are synthesized; it is consumed
    once, and the clips are read again from disk for the encoding pass.
    """
    settings = settings or AudioSettings()
    seen: list[ClipSource] = []

    def remember(items: Iterable[ClipSource]) -> Iterable[ClipSource]:
        for c in items:
            seen.append(c)
            yield c

    timeline, lufs = _measure(remember(clips), settings)
    if timeline.samples == 0 or lufs < -69:
        raise AudioError("the episode is silent: the engine produced no audible speech")
    gain = settings.target_lufs - lufs + LIMITER_COMPENSATION_DB
    limit = 10 ** (settings.limit_dbfs / 20)
    af = f"volume={gain:.2f}dB,alimiter=limit={limit:.4f}:level=false:latency=true"
    args = [
        *_pcm_input(settings), "-af", af, "-ac", str(settings.channels),
        "-c:a", "libmp3lame", "-b:a", f"{settings.bitrate_kbps}k",
        "-compression_level", str(settings.quality), "-id3v2_version", "0",
        "-write_xing", "1", "-f", "mp3", str(out),
    ]
    _run_ffmpeg(args, seen, settings, "encoding the MP3")
    duration = timeline.samples / settings.sample_rate
    return RenderedAudio(
        path=out,
        duration_s=duration,
        sample_rate=settings.sample_rate,
        channels=settings.channels,
        bitrate_kbps=settings.bitrate_kbps,
        chapters=_chapters(script, timeline, duration),
        cues=tuple(timeline.cues),
        loudness_lufs=settings.target_lufs,
    )


def _chapters(script: Script, timeline: _Timeline, duration: float) -> tuple[ChapterMark, ...]:
    starts = sorted((t, i) for i, t in timeline.chapter_starts.items())
    marks: list[ChapterMark] = []
    for n, (start, index) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else duration
        title = script.chapters[index] if index < len(script.chapters) else f"Part {n + 1}"
        marks.append(ChapterMark(title, round(start, 3), round(end, 3)))
    if marks and marks[0].start_s > 0:
        first = marks[0]
        marks[0] = ChapterMark(first.title, 0.0, first.end_s)
    return tuple(marks)


def clip_sources(
    paths: Sequence[Path], script: Script, intro: Path | None = None, outro: Path | None = None
) -> list[ClipSource]:
    """Pair segment files with the script's pauses, captions and chapters."""
    items = [
        ClipSource(p, s.pause_after_ms, s.display, s.chapter)
        for p, s in zip(paths, script.segments, strict=True)
    ]
    if intro:
        items.insert(0, ClipSource(intro, 500))
    if outro:
        items.append(ClipSource(outro, 0))
    return items
