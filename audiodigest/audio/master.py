"""Stitch synthesized segments, level them to podcast loudness, and encode one MP3.

One streaming pass, in script order, while later segments are still being synthesized: each
segment's silent edges are trimmed, its loudness is measured on the PCM already in hand
(BS.1770, see loudness.py) and a gain brings it to the target, and the result, with the
script's pauses, is written into the one MP3 encoder, whose look-ahead limiter keeps the true
peak under the ceiling. No measuring pass before encoding, no second encode, no two-pass
loudnorm (which costs about nine encodes); memory stays flat however long the episode is, and
time is linear in the number of segments. Levelling per segment also evens out sentences the
engine spoke a little louder or softer, as a broadcast leveller would.

Segment timings are counted in samples, so chapters and transcript cues are exact.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import AudioError, EncodeFailed, ToolMissing
from ..models import ChapterMark, Cue, RenderedAudio, Script

if TYPE_CHECKING:  # numpy (0.04 s) is imported by what renders, not by every command
    import numpy as np
    import numpy.typing as npt

__all__ = ["AudioSettings", "ClipSource", "check_audio_file", "find_tool", "render_audio"]

SAMPLE_WIDTH = 2
"""16-bit PCM throughout: what every engine here produces."""
SILENCE_THRESHOLD = 33
"""About -60 dBFS: below this, a clip's edge counts as silence and is trimmed. Speech ends
softly: Piper's last consonant ("fifth", "request", "death") fades from -40 to -60 dBFS over up
to 180 ms (25 ms at the median), which a -40 dBFS edge cut off; the listener then heard the
word wrong or ran it into the next. Both engines' silence sits far below (Piper's near
-80 dBFS, espeak-ng's at zero)."""
EDGE_KEEP_S = 0.015
"""Keep a few milliseconds around speech so consonants are not clipped."""
FLOAT_WIDTH = 4
"""The encoder is fed float32, so gains above 0 dBFS reach the limiter unclipped."""
LIMITER_COMPENSATION_DB = 0.5
"""The limiter shaves espeak-ng's peaks and costs about this much loudness (measured)."""
QUIET_SEGMENT_LUFS = -50.0
"""Quieter than this is breath or noise, not speech: left as it is."""
MAX_GAIN_DB = 20.0
"""No segment is raised by more than this (a whisper stays a whisper)."""
LEAD_IN_S = 0.3
"""Silence before the first word: players and car stereos clip the first moments of a file
while they start, and speech at 0.00 s sounds cut off."""


@dataclass(frozen=True, slots=True)
class AudioSettings:
    """How the episode is mastered and encoded (see README: "Audio format")."""

    bitrate_kbps: int = 64
    """CBR so players seek exactly; 64 kbit/s mono is transparent for synthetic speech."""
    sample_rate: int = 22050
    """espeak-ng's and Piper's native rate: resampling up would add nothing but bytes."""
    channels: int = 1
    """Speech is mono; stereo would double the bitrate for nothing."""
    quality: int = 7
    """libmp3lame's -q (0 best .. 9 fastest). For synthetic speech at 64 kbit/s, 7 scores as
    well as 5 (PESQ, band energies: see README "Audio format") and encodes 1.7x faster."""
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


def find_tool(name: str) -> str:
    path = shutil.which(name)
    if not path:
        raise ToolMissing(f"{name} is not installed: sudo apt-get install ffmpeg")
    return path


def check_audio_file(path: Path, what: str) -> None:
    """Fail early, with one line, if `path` is not a readable audio file (intro, outro)."""
    if not path.is_file():
        raise AudioError(f"{what} {path} does not exist")
    proc = subprocess.run(
        [find_tool("ffprobe"), "-v", "error", "-select_streams", "a:0", "-show_entries",
         "stream=codec_type", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=False, timeout=60,
    )
    if proc.returncode != 0 or "audio" not in proc.stdout:
        raise AudioError(f"{what} {path} is not audio: give an MP3, WAV, OGG or FLAC file")


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
        raise AudioError(f"{path} is not audio that ffmpeg can read") from exc
    if seg.channels != 1:
        seg = seg.set_channels(1)
    if seg.sample_width != SAMPLE_WIDTH:
        seg = seg.set_sample_width(SAMPLE_WIDTH)
    if seg.frame_rate != sample_rate:
        seg = seg.set_frame_rate(sample_rate)
    raw: bytes = seg.raw_data
    return raw


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
    """Counts samples as the episode is laid out; collects cues, chapter starts, loudness."""

    def __init__(self, sample_rate: int) -> None:
        self.rate = sample_rate
        self.samples = 0
        self.cues: list[Cue] = []
        self.chapter_starts: dict[int, float] = {}
        self.energies: list[npt.NDArray[np.float64]] = []

    def add(self, clip: ClipSource, speech_samples: int) -> None:
        start = self.samples / self.rate
        end = (self.samples + speech_samples) / self.rate
        if clip.chapter is not None and clip.chapter not in self.chapter_starts:
            self.chapter_starts[clip.chapter] = start
        if clip.caption and speech_samples:
            self.cues.append(Cue(round(start, 3), round(end, 3), clip.caption))
        self.samples += speech_samples


def _level(pcm: bytes, settings: AudioSettings, timeline: _Timeline) -> bytes:
    """The segment as float32 PCM, brought to the target loudness (before the limiter)."""
    import numpy as np

    from .loudness import segment_loudness

    samples = np.frombuffer(pcm, dtype=np.int16).astype(np.float64) / 32768.0
    lufs, energies = segment_loudness(samples, settings.sample_rate)
    if lufs > QUIET_SEGMENT_LUFS:
        gain_db = min(MAX_GAIN_DB, settings.target_lufs + LIMITER_COMPENSATION_DB - lufs)
        gain = 10 ** (gain_db / 20)
        samples = samples * gain
        energies = energies * gain * gain
    timeline.energies.append(energies)
    return samples.astype("<f4").tobytes()


def _stream(clips: Iterable[ClipSource], settings: AudioSettings, sink: IO[bytes]) -> _Timeline:
    """Write trimmed, levelled clips and the pauses between them into `sink`: LEAD_IN_S of
    silence before the first, each clip's pause after it, the last one's (the outro's) too."""
    rate = settings.sample_rate
    timeline = _Timeline(rate)
    pending_pause = 0
    for clip in clips:
        pcm = _trim(_read_pcm(clip.path, rate), rate)
        if pcm:
            # a pause goes out when speech follows it (a silent clip adds none)
            gap = pending_pause if timeline.samples else int(rate * LEAD_IN_S)
            sink.write(bytes(gap * FLOAT_WIDTH))
            timeline.samples += gap
            sink.write(_level(pcm, settings, timeline))
            pending_pause = int(rate * clip.pause_after_ms / 1000)
        timeline.add(clip, len(pcm) // SAMPLE_WIDTH)
    if timeline.samples and pending_pause:
        sink.write(bytes(pending_pause * FLOAT_WIDTH))
        timeline.samples += pending_pause
    return timeline


def _encode(clips: Iterable[ClipSource], settings: AudioSettings, out: Path) -> _Timeline:
    limit = 10 ** (settings.limit_dbfs / 20)
    cmd = [
        find_tool("ffmpeg"), "-nostdin", "-hide_banner", "-nostats", "-y",
        "-f", "f32le", "-ar", str(settings.sample_rate), "-ac", "1", "-i", "pipe:0",
        "-af", f"alimiter=limit={limit:.4f}:level=false:latency=true",
        "-ac", str(settings.channels), "-c:a", "libmp3lame", "-b:a", f"{settings.bitrate_kbps}k",
        "-compression_level", str(settings.quality), "-id3v2_version", "0", "-write_xing", "1",
        "-f", "mp3", str(out),
    ]
    with tempfile.TemporaryFile() as err:
        # its own process group: a Ctrl-C at the terminal is ours to handle; ffmpeg would
        # otherwise stop "normally" mid-episode and leave a short MP3
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=err,
                                stdout=subprocess.DEVNULL, process_group=0)
        assert proc.stdin is not None
        _widen_pipe(proc.stdin)
        try:
            timeline = _stream(clips, settings, proc.stdin)
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
        raise EncodeFailed(f"ffmpeg could not encode the MP3: {tail}", command=cmd, stderr=tail)
    return timeline


PIPE_BYTES = 1 << 20
"""About 12 s of audio: the encoder keeps working while the segment after is prepared."""


def _widen_pipe(pipe: IO[bytes]) -> None:
    """Grow the pipe into the encoder from 64 KiB (under a second of float32 audio) to
    PIPE_BYTES, so that a moment in which this process is busy elsewhere does not leave the
    encoder, the critical path, idle. Linux only; elsewhere (or above the system's limit)
    the pipe stays as it is."""
    import fcntl

    setpipe = getattr(fcntl, "F_SETPIPE_SZ", None)
    if setpipe is None:
        return
    try:
        fcntl.fcntl(pipe.fileno(), setpipe, PIPE_BYTES)
    except OSError:
        pass


def render_audio(
    clips: Iterable[ClipSource],
    script: Script,
    out: Path,
    settings: AudioSettings | None = None,
) -> RenderedAudio:
    """Lay out, level and encode `clips` into the MP3 `out`, in one streaming pass.

    `clips` may be a generator that yields clips as they are synthesized.
    """
    import numpy as np

    from .loudness import gated_loudness

    settings = settings or AudioSettings()
    timeline = _encode(clips, settings, out)
    if timeline.samples == 0:
        out.unlink(missing_ok=True)
        raise AudioError("the episode is silent: the engine produced no audible speech")
    duration = timeline.samples / settings.sample_rate
    energies = np.concatenate(timeline.energies) if timeline.energies else np.zeros(0)
    return RenderedAudio(
        path=out,
        duration_s=duration,
        sample_rate=settings.sample_rate,
        channels=settings.channels,
        bitrate_kbps=settings.bitrate_kbps,
        chapters=_chapters(script, timeline, duration),
        cues=tuple(timeline.cues),
        loudness_lufs=round(gated_loudness(energies) - LIMITER_COMPENSATION_DB, 2),
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
