"""Text-to-speech engines behind one small Protocol and an explicit registry.

An engine is a plain class with a `name`, its `abilities` (`models.EngineAbilities`: which
phoneme alphabet it reads, whether it speaks through espeak-ng's voices, its languages and
sample rate, whether it is safe to fork or to run beside other threads), an `available()`
classmethod that says whether it can run here (and if not, how to install it), a `voices()`
classmethod, and `synthesize(text, voice, out) -> Clip`, which writes one WAV file. Callers
ask `abilities` (`abilities_of(voice)`); nothing else names engines. One instance lives in each
synthesis worker process, so an engine may keep state (a loaded model, a warm espeak-ng).
An engine may also offer a `fingerprint(voice)` classmethod: a string naming what decides the
voice's sound on this machine (a model's hash, a library's version), which a client compares
with its cluster's workers' (tts/remote.py); without one, the engine's name stands for it.
And it may offer `prepare(voice)`: load what speaking `voice` needs before the first segment
comes, when that takes long enough to be worth starting workers for while the script is being
written (`pipeline.warm_pool`; Piper's model, 0.2 s). pyttsx3 offers none: starting espeak-ng
is quick, and its workers then only took the cores from the script (a one-paragraph publish
0.61 s without, 0.69 s with; an unchanged one 0.42 s against 0.48 s).

Built-in engines register below; third-party engines come from the entry-point group
`audiodigest.engines`, loaded once, on the first lookup, unless AUDIODIGEST_NO_PLUGINS=1.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..errors import EngineUnavailable
from ..models import Clip, EngineAbilities, VoiceProfile

__all__ = [
    "EngineAbilities",
    "EngineVoice",
    "TTSEngine",
    "abilities_of",
    "fork_unsafe_loaded",
    "engine_names",
    "get_engine",
    "register_engine",
    "unregister_engine",
]


@dataclass(frozen=True, slots=True)
class EngineVoice:
    """A voice an engine offers."""

    id: str
    name: str
    languages: tuple[str, ...]


@runtime_checkable
class TTSEngine(Protocol):
    """What every engine provides."""

    name: str
    abilities: EngineAbilities

    @classmethod
    def available(cls) -> tuple[bool, str]:
        """(True, "") when the engine can run here, else (False, "why, and how to fix it")."""
        ...

    @classmethod
    def voices(cls) -> list[EngineVoice]: ...

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        """Write `text` spoken by `voice` as a WAV file at `out`; return its facts."""
        ...


_REGISTRY: dict[str, type[TTSEngine]] = {}
_PLUGINS_LOADED = False


def register_engine(cls: type[TTSEngine]) -> type[TTSEngine]:
    """Add an engine class to the registry (usable as a decorator)."""
    _REGISTRY[cls.name] = cls
    return cls


def unregister_engine(name: str) -> None:
    _REGISTRY.pop(name, None)


def _load_builtins() -> None:
    from .espeak import EspeakEngine
    from .piper import PiperEngine
    from .pyttsx3 import Pyttsx3Engine

    for cls in (Pyttsx3Engine, EspeakEngine, PiperEngine):
        _REGISTRY.setdefault(cls.name, cls)


def _load_plugins() -> None:
    global _PLUGINS_LOADED
    if _PLUGINS_LOADED:
        return
    _PLUGINS_LOADED = True
    _load_builtins()
    if os.environ.get("AUDIODIGEST_NO_PLUGINS") == "1":
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group="audiodigest.engines"):
        try:
            register_engine(ep.load())
        except Exception:  # a broken plugin must not break the built-in engines
            continue


def engine_names() -> list[str]:
    _load_plugins()
    return sorted(_REGISTRY)


def get_engine(name: str) -> type[TTSEngine]:
    """The engine class registered under `name`."""
    _load_plugins()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise EngineUnavailable(
            f"no TTS engine named {name!r}; engines: {', '.join(sorted(_REGISTRY))}"
        ) from None


def abilities_of(voice: VoiceProfile) -> EngineAbilities:
    """What the engine of `voice` can do (EngineUnavailable if no engine has that name)."""
    return get_engine(voice.engine).abilities


def fork_unsafe_loaded() -> bool:
    """Whether this process has loaded an engine library that makes forking it unsafe."""
    import sys

    _load_plugins()
    return any(cls.abilities.fork_unsafe_module in sys.modules
               for cls in _REGISTRY.values() if cls.abilities.fork_unsafe_module)
