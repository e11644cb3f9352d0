"""Stitching, mastering and encoding on real espeak-ng clips and the real ffmpeg."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest
from pipeline_helpers import loudness, probe_duration

from audiodigest.audio.master import AudioSettings, ClipSource, render_audio
from audiodigest.errors import AudioError
from audiodigest.models import Script, Segment, VoiceProfile
from audiodigest.tts.espeak import EspeakEngine

VOICE = VoiceProfile(name="t", engine="espeak", engine_voice="en-us", rate_wpm=175)
SENTENCES = [
    "The harbour council met on Tuesday evening.",
    "It approved a new timetable for the ferries.",
    "Boats will leave every twenty minutes in the morning.",
    "Fares will stay the same as last year.",
    "The plan will be reviewed after six months.",
]


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("clips")
    engine = EspeakEngine()
    paths = []
    for i, text in enumerate(SENTENCES):
        path = folder / f"{i}.wav"
        engine.synthesize(text, VOICE, path)
        paths.append(path)
    return paths


def _script() -> Script:
    segs = tuple(
        Segment("body", s, 400, 0 if i < 2 else 1, caption=s) for i, s in enumerate(SENTENCES)
    )
    return Script("Ferries", "en", segs, ("Timetable", "Fares"))


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_encoded_duration_and_timings_match_the_layout(clips: list[Path], tmp_path: Path) -> None:
    script = _script()
    sources = [ClipSource(p, 400, s.display, s.chapter) for p, s in zip(clips, script.segments, strict=True)]
    out = tmp_path / "ep.mp3"
    audio = render_audio(iter(sources), script, out)
    decoded = probe_duration(out)
    assert abs(decoded - audio.duration_s) < 0.08
    # trimmed speech plus four pauses: shorter than the raw clips plus pauses, not by much
    raw = sum(_wav_seconds(p) for p in clips) + 4 * 0.4
    assert raw * 0.7 < audio.duration_s <= raw
    assert [c.text for c in audio.cues] == SENTENCES
    for a, b in zip(audio.cues, audio.cues[1:], strict=False):
        assert b.start_s - a.end_s == pytest.approx(0.4, abs=0.002)
    assert abs(audio.cues[-1].end_s - decoded) < 1.0
    assert [c.title for c in audio.chapters] == ["Timetable", "Fares"]
    assert audio.chapters[1].start_s == audio.cues[2].start_s
    assert audio.chapters[-1].end_s == pytest.approx(audio.duration_s, abs=0.001)


def test_mastering_meets_loudness_and_true_peak(clips: list[Path], tmp_path: Path) -> None:
    script = _script()
    sources = [ClipSource(p, 300, s.display, s.chapter) for p, s in zip(clips, script.segments, strict=True)]
    out = tmp_path / "ep.mp3"
    render_audio(sources, script, out, AudioSettings())
    lufs, peak = loudness(out)
    assert abs(lufs - -19.0) <= 1.0
    assert peak <= -1.0


def test_silence_only_is_refused(tmp_path: Path) -> None:
    silent = tmp_path / "s.wav"
    with wave.open(str(silent), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(bytes(22050 * 2))
    script = Script("x", "en", (Segment("body", "x", 0, 0),), ("x",))
    with pytest.raises(AudioError, match="silent"):
        render_audio([ClipSource(silent, 0, "x", 0)], script, tmp_path / "x.mp3")


def test_not_audio_is_refused_with_its_name(tmp_path: Path) -> None:
    bogus = tmp_path / "intro.mp3"
    bogus.write_text("this is not audio")
    script = Script("x", "en", (Segment("body", "x", 0, 0),), ("x",))
    with pytest.raises(AudioError, match="intro.mp3"):
        render_audio([ClipSource(bogus, 0)], script, tmp_path / "x.mp3")


def test_the_pipe_into_the_encoder_is_widened() -> None:
    """The encoder is fed through a pipe of about 12 s of audio, not the default 64 KiB."""
    import fcntl
    import os

    from audiodigest.audio.master import PIPE_BYTES, _widen_pipe

    limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
    r, w = os.pipe()
    with os.fdopen(w, "wb") as pipe:
        _widen_pipe(pipe)
        size = fcntl.fcntl(pipe.fileno(), 1032)  # F_GETPIPE_SZ
    os.close(r)
    assert size >= min(PIPE_BYTES, limit)


def _decoded_levels(path: Path, rate: int = 22050) -> list[float]:
    """Peak level of each 50 ms of the decoded MP3 (0..1)."""
    import subprocess

    import numpy as np

    pcm = subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(path), "-f", "s16le",
                          "-ac", "1", "-ar", str(rate), "-"], capture_output=True, check=True).stdout
    samples = np.abs(np.frombuffer(pcm, dtype=np.int16).astype(np.float64)) / 32768
    step = rate // 20
    return [float(samples[i:i + step].max()) for i in range(0, samples.size - step + 1, step)]


def test_lead_in_and_the_last_pause_are_kept(clips: list[Path], tmp_path: Path) -> None:
    """About 300 ms of silence before the first word; the outro's pause after the last."""
    from audiodigest.audio.master import LEAD_IN_S

    script = _script()
    sources = [ClipSource(p, 400 if i < 4 else 900, s.display, s.chapter)
               for i, (p, s) in enumerate(zip(clips, script.segments, strict=True))]
    out = tmp_path / "ep.mp3"
    audio = render_audio(iter(sources), script, out)
    assert audio.cues[0].start_s == pytest.approx(LEAD_IN_S, abs=0.0005)  # cues: whole ms
    assert audio.chapters[0].start_s == 0.0
    assert audio.duration_s - audio.cues[-1].end_s == pytest.approx(0.9, abs=0.0005)
    assert audio.chapters[-1].end_s == pytest.approx(audio.duration_s, abs=0.001)
    levels = _decoded_levels(out)
    quiet = 10 ** (-40 / 20)
    assert max(levels[:5]) < quiet  # the first 250 ms are silent
    assert max(levels[6:10]) > quiet  # ... and speech follows
    tail = levels[-16:-2]  # the last 0.8 s but the encoder's final frames
    assert max(tail) < quiet
    assert abs(probe_duration(out) - audio.duration_s) < 0.08


def test_a_soft_last_consonant_is_not_trimmed(tmp_path: Path) -> None:
    """A segment's edge is trimmed only where it is silent: the soft end of a word (a final
    "th" or "st" that Piper fades out between -40 and -60 dBFS) stays in the episode."""
    from audiodigest.audio.master import _trim

    rate = 22050
    loud = np.full(rate // 2, 8000, dtype=np.int16)  # half a second of "speech"
    soft = np.full(rate // 10, 200, dtype=np.int16)  # then 100 ms at about -44 dBFS
    silence = np.zeros(rate // 5, dtype=np.int16)
    trimmed = np.frombuffer(_trim(np.concatenate([silence, loud, soft, silence]).tobytes(), rate),
                            dtype=np.int16)
    assert np.count_nonzero(trimmed == 200) == soft.size
    assert trimmed.size < loud.size + soft.size + rate // 20  # the silence itself is cut
