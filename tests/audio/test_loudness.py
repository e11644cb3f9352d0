"""Our BS.1770 meter against ffmpeg's EBU R128 meter, on real espeak-ng speech."""

from __future__ import annotations

import re
import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from audiodigest.audio.loudness import gated_loudness, segment_loudness

TEXT = ("The harbour council met on Tuesday evening to approve the new ferry timetable. "
        "Boats will leave every twenty minutes during the morning peak, and fares stay the same.")


def _ffmpeg_lufs(path: Path) -> float:
    log = subprocess.run(
        ["ffmpeg", "-nostdin", "-hide_banner", "-nostats", "-i", str(path),
         "-af", "ebur128=framelog=verbose", "-f", "null", "-"],
        capture_output=True, text=True, check=True).stderr
    return float(re.findall(r"I:\s+(-?[\d.]+) LUFS", log)[-1])


@pytest.mark.parametrize("rate", [16000, 22050, 48000])
def test_matches_ffmpeg_ebur128(tmp_path: Path, rate: int) -> None:
    wav = tmp_path / "s.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(tmp_path / "raw.wav"), TEXT],
                   check=True)
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", str(tmp_path / "raw.wav"),
                    "-ar", str(rate), "-af", "volume=-6dB", str(wav)], check=True)
    with wave.open(str(wav)) as w:
        data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16) / 32768.0
    ours, _ = segment_loudness(data, rate)
    assert ours == pytest.approx(_ffmpeg_lufs(wav), abs=0.15)


def test_gates_drop_silence(tmp_path: Path) -> None:
    rate = 22050
    t = np.arange(rate * 2) / rate
    tone = 0.1 * np.sin(2 * np.pi * 997 * t)
    signal = np.concatenate([tone, np.zeros(rate * 4)])
    with_silence, _ = segment_loudness(signal, rate)
    loud, _ = segment_loudness(tone, rate)
    assert with_silence == pytest.approx(loud, abs=0.5)  # silent blocks are gated out
    assert gated_loudness(np.zeros(5)) == float("-inf")
    path = tmp_path / "tone.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((signal * 32767).astype("<i2").tobytes())
    assert with_silence == pytest.approx(_ffmpeg_lufs(path), abs=0.15)


def test_fft_lengths_are_few_close_and_smooth() -> None:
    """Every segment length maps to a transform length at most 25% longer, built of 2, 3 and
    5 only, and a whole run's worth of lengths needs few distinct responses (they are cached)."""
    from audiodigest.audio.loudness import _fast_length

    seen = set()
    for n in range(4096, 600_000, 977):
        m = _fast_length(n)
        assert n <= m <= 1.25 * n
        rest = m
        for p in (2, 3, 5):
            while rest % p == 0:
                rest //= p
        assert rest == 1
        seen.add(m)
    assert len(seen) <= 40
