"""espeak-ng called directly, one process per segment: no Python binding in between."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ..errors import EngineUnavailable, SynthesisFailed
from ..models import Clip, EngineAbilities, VoiceProfile
from . import EngineVoice
from .wavcheck import check_wav

__all__ = ["EspeakEngine", "espeak_ng_version"]

TIMEOUT_S = 60
"""No segment needs more than this; a hung espeak-ng is killed."""
AMPLITUDE_FULL = 100
"""espeak-ng's -a for volume 1.0 (its default)."""


def espeak_ng_version() -> str:
    """espeak-ng's version line without its data folder ("eSpeak NG text-to-speech: 1.51"),
    which names what decides an espeak-ng voice's sound; "" when espeak-ng is not installed."""
    path = shutil.which("espeak-ng")
    if not path:
        return ""
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True,
                             timeout=TIMEOUT_S, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.split("Data at:")[0].strip()


class EspeakEngine:
    """The espeak-ng command-line program."""

    name = "espeak"
    abilities = EngineAbilities(phonemes="espeak", espeak_voices=True)

    @classmethod
    def _binary(cls) -> str:
        path = shutil.which("espeak-ng")
        if not path:
            raise EngineUnavailable("espeak-ng is not installed: sudo apt-get install espeak-ng")
        return path

    @classmethod
    def available(cls) -> tuple[bool, str]:
        try:
            cls._binary()
        except EngineUnavailable as exc:
            return False, str(exc)
        return True, ""

    @classmethod
    def voices(cls) -> list[EngineVoice]:
        out = subprocess.run(
            [cls._binary(), "--voices"], capture_output=True, text=True, timeout=TIMEOUT_S
        ).stdout
        voices = []
        for line in out.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 5:
                # Pty Language Age/Gender VoiceName File [Other Languages]
                voices.append(EngineVoice(id=parts[4], name=parts[3], languages=(parts[1],)))
        return voices

    @classmethod
    def fingerprint(cls, voice: VoiceProfile) -> str:
        """What decides this voice's sound here (compared between a client and its cluster's
        workers): espeak-ng's version and the voice."""
        return f"{espeak_ng_version() or 'espeak-ng missing'}; voice {voice.engine_voice}"

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        cmd = [
            self._binary(), "-v", voice.engine_voice, "-s", str(voice.rate_wpm),
            "-p", str(voice.pitch), "-a", str(round(AMPLITUDE_FULL * voice.volume)),
            "-w", str(out), "--stdin",
        ]
        try:
            proc = subprocess.run(
                cmd, input=text.encode("utf-8"), capture_output=True, timeout=TIMEOUT_S
            )
        except subprocess.TimeoutExpired as exc:
            raise SynthesisFailed("espeak-ng timed out", text=text) from exc
        if proc.returncode != 0:
            err = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-20:]
            raise SynthesisFailed(f"espeak-ng failed: {' '.join(err)}", text=text)
        return check_wav(out, text)
