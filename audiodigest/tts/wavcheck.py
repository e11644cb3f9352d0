"""Checks that an engine really wrote speech: engines can fail silently."""

from __future__ import annotations

import wave
from pathlib import Path

from ..errors import SynthesisFailed
from ..models import Clip

__all__ = ["check_wav"]

MIN_DURATION_S = 0.05
"""Shorter than one short syllable: the engine wrote nothing useful."""


def check_wav(path: Path, text: str) -> Clip:
    """Return the clip's facts, or raise SynthesisFailed if the file is missing or empty."""
    try:
        with wave.open(str(path), "rb") as w:
            rate, channels, width, frames = (
                w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes())
    except (OSError, EOFError, wave.Error) as exc:
        raise SynthesisFailed(f"engine wrote no usable WAV ({exc})", text=text) from exc
    if width != 2:
        raise SynthesisFailed(f"engine wrote {8 * width}-bit audio; 16-bit expected", text=text)
    duration = frames / rate if rate else 0.0
    if duration < MIN_DURATION_S:
        raise SynthesisFailed("engine wrote an empty WAV", text=text)
    return Clip(path=path, sample_rate=rate, channels=channels, duration_s=duration)
