"""The default engine: pyttsx3, which drives libespeak-ng in this process.

Measured facts that shape this module (pyttsx3 2.99 on Linux):
- several `save_to_file` calls queued before one `runAndWait()` save only the last file, so
  each segment gets its own `runAndWait()`;
- on a fresh engine the first save of a long text can silently write nothing, so a new
  engine (and every voice change) is warmed up with a short utterance;
- it prints "Audio saved to ..." on stdout, which is swallowed here so that the CLI's stdout
  stays clean;
- its driver polls while synthesizing; another Python thread in the same process made it lose
  audio, so it runs only in single-threaded worker processes (see synth.py);
- libespeak-ng synthesizes on a thread of its own (the driver starts it in retrieval mode), and
  the driver ends its loop at the end event, which can come while that thread still plays out
  the tail; the next `runAndWait` then finds espeak-ng "playing" and cancels, and that cancel
  hits the next segment: on a loaded machine 1 fresh process in 40 wrote an empty segment (the
  warm-up had lost its last 2,437 samples, the segment got only an end event). So every save
  waits for libespeak-ng to finish (`espeak_Synchronize`), and a save the driver reports as
  cancelled, or that holds no audio or does not end in espeak-ng's closing silence, is made
  again (SAVE_ATTEMPTS);
- the driver writes the file when the end event arrives and only then adds the samples that
  came with it, so when espeak-ng's thread hands over the last samples and the end together
  (on a loaded machine) they are lost: "Hello there." came out 0.17 s short in 1 run of 120.
  The samples are taken before the events are read (`_samples_first`).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import EngineUnavailable, SynthesisFailed
from ..models import Clip, EngineAbilities, VoiceProfile
from . import EngineVoice
from .wavcheck import check_wav

__all__ = ["Pyttsx3Engine"]

WARMUP_TEXT = "Ready."
SAVE_ATTEMPTS = 3
"""A segment the driver cancelled or left empty is spoken again, up to twice (see the module's
notes); what the last try writes is checked like any output. Twice, not once: a clean-clone CI
run on an idle machine saw the driver cancel a segment with `espeak_Synchronize` in place."""
END_SILENCE_S = 0.02
"""espeak-ng ends every utterance with a pause of digital silence (pyttsx3 asks for ENDPAUSE:
0.35 s at 160 wpm, 0.044 s at 450, in en, de, fr, ru): a segment whose last 20 ms are not
silent was cut off, and is spoken again."""
SILENT_SAMPLE = 64
"""The largest 16-bit sample still counted as silence (-54 dBFS)."""


class Pyttsx3Engine:
    """pyttsx3 with its espeak-ng driver."""

    name = "pyttsx3"
    abilities = EngineAbilities(
        espeak_voices=True, thread_safe=False,
        # the driver module loads libespeak-ng and starts it; `import pyttsx3` (as available()
        # does) loads neither, and a process that only checked may still fork its workers
        fork_unsafe_module="pyttsx3.drivers._espeak")

    def __init__(self) -> None:
        self._engine: Any = None
        self._voice_key: str | None = None

    @classmethod
    def available(cls) -> tuple[bool, str]:
        try:
            import pyttsx3  # noqa: F401
        except ImportError:
            return False, "pyttsx3 is not installed: pip install pyttsx3"
        from ctypes.util import find_library

        if not find_library("espeak-ng") and not find_library("espeak"):
            return False, "libespeak-ng is missing: sudo apt-get install espeak-ng"
        return True, ""

    @classmethod
    def voices(cls) -> list[EngineVoice]:
        ok, reason = cls.available()
        if not ok:
            raise EngineUnavailable(reason)
        engine = cls()._ensure_engine()
        return [
            EngineVoice(id=v.id, name=v.name, languages=tuple(v.languages or ()))
            for v in engine.getProperty("voices")
        ]

    @classmethod
    def fingerprint(cls, voice: VoiceProfile) -> str:
        """What decides this voice's sound here (compared between a client and its cluster's
        workers): espeak-ng's version (the library pyttsx3 drives ships with the program) and
        the voice."""
        from .espeak import espeak_ng_version

        return f"{espeak_ng_version() or 'espeak-ng missing'}; voice {voice.engine_voice}"

    def _ensure_engine(self) -> Any:
        if self._engine is None:
            ok, reason = self.available()
            if not ok:
                raise EngineUnavailable(reason)
            import pyttsx3

            try:
                self._engine = pyttsx3.init("espeak")
            except Exception as exc:  # pyttsx3 raises bare RuntimeError/OSError
                raise EngineUnavailable(f"pyttsx3 could not start espeak-ng: {exc}") from exc
            _samples_first(self._engine.proxy._driver)
        return self._engine

    def _configure(self, voice: VoiceProfile) -> None:
        engine = self._ensure_engine()
        if self._voice_key == voice.settings_key():
            return
        try:
            engine.setProperty("voice", voice.engine_voice)
        except ValueError as exc:
            raise EngineUnavailable(
                f"espeak-ng has no voice {voice.engine_voice!r} (voice profile {voice.name})"
            ) from exc
        engine.setProperty("rate", voice.rate_wpm)
        engine.setProperty("pitch", voice.pitch)
        engine.setProperty("volume", voice.volume)
        self._voice_key = voice.settings_key()
        fd, warm = tempfile.mkstemp(suffix=".wav", prefix="audiodigest-warm-")
        os.close(fd)
        try:
            self._save(WARMUP_TEXT, Path(warm))
        finally:
            Path(warm).unlink(missing_ok=True)

    def _save(self, text: str, out: Path) -> bool:
        """Speak `text` into `out`; False if the driver says it was cancelled."""
        from pyttsx3.drivers import _espeak

        finished: list[bool] = []
        token = self._engine.connect(
            "finished-utterance", lambda name, completed: finished.append(bool(completed)))
        try:
            _espeak.Synchronize()  # nothing of the last segment still playing out (see above)
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, str(out))
                self._engine.runAndWait()
            _espeak.Synchronize()
        finally:
            self._engine.disconnect(token)
        return all(finished)

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        self._configure(voice)
        for attempt in range(SAVE_ATTEMPTS):
            out.unlink(missing_ok=True)
            try:
                completed = self._save(text, out)
            except Exception as exc:  # the driver raises RuntimeError on write failures
                raise SynthesisFailed(f"pyttsx3 failed: {exc}", text=text) from exc
            if attempt == SAVE_ATTEMPTS - 1:
                break
            with contextlib.suppress(SynthesisFailed):  # cancelled, empty or cut: again
                if completed and _ends_in_silence(out):
                    return check_wav(out, text)
        return check_wav(out, text)


def _samples_first(driver: Any) -> None:
    """Make libespeak-ng's callback add a buffer's samples before the driver reads its events
    (see the module's notes; the driver's own handling of samples is left with none)."""
    import ctypes

    from pyttsx3.drivers import _espeak

    handle = driver._onSynth

    def on_synth(wav: Any, samples: int, events: Any) -> int:
        if samples > 0 and driver._speaking:
            driver._data_buffer += ctypes.string_at(wav, samples * ctypes.sizeof(ctypes.c_short))
        return int(handle(wav, 0, events))

    _espeak.SetSynthCallback(on_synth)


def _ends_in_silence(path: Path) -> bool:
    """Whether the WAV's last END_SILENCE_S hold only silence (see END_SILENCE_S)."""
    import array
    import wave

    try:
        with wave.open(str(path), "rb") as wav:
            tail = max(wav.getnframes() - int(END_SILENCE_S * wav.getframerate()), 0)
            wav.setpos(tail)
            samples = array.array("h", wav.readframes(wav.getnframes() - tail))
    except (OSError, EOFError, wave.Error):
        return False
    return bool(samples) and max(map(abs, samples)) <= SILENT_SAMPLE
