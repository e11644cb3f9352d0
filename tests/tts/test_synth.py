"""Engines, the worker pool and the segment cache, on real espeak-ng (pyttsx3 and CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from audiodigest.errors import SynthesisFailed
from audiodigest.models import Clip, VoiceProfile
from audiodigest.tts import get_engine, register_engine, unregister_engine
from audiodigest.tts.cache import SegmentCache
from audiodigest.tts.espeak import EspeakEngine
from audiodigest.tts.synth import Synthesizer

VOICE = VoiceProfile(name="en-us", engine="pyttsx3", engine_voice="gmw/en-us", rate_wpm=175)
TEXTS = [
    "First, the council met.",
    "Then it voted on the plan for the harbour, which had been debated for a year.",
    "Finally, it adjourned.",
]


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        assert w.getsampwidth() == 2
        return w.getnframes() / w.getframerate()


_LONG_TEXT = " ".join(["The committee discussed the budget in great detail."] * 8)


def _speak_in_fresh_process(engine: str, engine_voice: str, out: Path) -> float:
    """Synthesize ~400 characters on a fresh engine in a process of its own, single-threaded as
    the worker pool runs engines (pytest's process carries threads left by earlier tests, and
    pyttsx3 loses audio beside another thread); return the clip's seconds."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from audiodigest.tts import get_engine\n"
        "from audiodigest.models import VoiceProfile\n"
        "engine, engine_voice, text, out = sys.argv[1:5]\n"
        "v = VoiceProfile(name='x', engine=engine, engine_voice=engine_voice, rate_wpm=175)\n"
        "print(get_engine(engine)().synthesize(text, v, Path(out)).duration_s)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, engine, engine_voice, _LONG_TEXT,
                           str(out)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return float(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("engine", "engine_voice"),
                         [("pyttsx3", "gmw/en-us"), ("espeak", "en-us")])
def test_engines_write_speech_of_plausible_length(engine: str, engine_voice: str,
                                                  tmp_path: Path) -> None:
    seconds = _speak_in_fresh_process(engine, engine_voice, tmp_path / "a.wav")
    assert seconds == pytest.approx(_seconds(tmp_path / "a.wav"))
    words = len(_LONG_TEXT.split())
    assert words / (seconds / 60) == pytest.approx(175, rel=0.3)


def test_pyttsx3_keeps_stdout_clean(tmp_path: Path) -> None:
    code = (
        "from pathlib import Path\n"
        "from audiodigest.tts.pyttsx3 import Pyttsx3Engine\n"
        "from audiodigest.models import VoiceProfile\n"
        "v = VoiceProfile(name='x', engine='pyttsx3', engine_voice='gmw/en-us')\n"
        f"Pyttsx3Engine().synthesize('Hello there.', v, Path({str(tmp_path / 'x.wav')!r}))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout == ""
    assert _seconds(tmp_path / "x.wav") > 0.3


def test_pool_returns_results_in_order_and_cache_skips_work(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "cache")
    synth = Synthesizer(cache, jobs=2)
    first = list(synth.run(TEXTS, VOICE))
    assert [r.index for r in first] == [0, 1, 2]
    assert synth.synthesized == 3
    durations = [_seconds(r.path) for r in first]
    assert durations[1] > durations[0] and durations[1] > durations[2]
    again = list(synth.run(TEXTS, VOICE))
    assert synth.synthesized == 0 and all(r.cached for r in again)
    edited = [TEXTS[0], "Then it voted.", TEXTS[2]]
    list(synth.run(edited, VOICE))
    assert synth.synthesized == 1


class _Flaky:
    """Fails the first attempt at every text; counts attempts (a test engine of our own)."""

    name = "flaky-test"
    attempts: dict[str, int] = {}

    @classmethod
    def available(cls) -> tuple[bool, str]:
        return True, ""

    @classmethod
    def voices(cls) -> list:
        return []

    def synthesize(self, text: str, voice: VoiceProfile, out: Path) -> Clip:
        n = self.attempts[text] = self.attempts.get(text, 0) + 1
        if n == 1 or "never" in text:
            raise SynthesisFailed("simulated failure", text=text)
        return EspeakEngine().synthesize(text, VoiceProfile("e", "espeak", "en-us"), out)


@pytest.fixture
def flaky() -> Iterator[type[_Flaky]]:
    register_engine(_Flaky)
    _Flaky.attempts = {}
    try:
        yield _Flaky
    finally:
        unregister_engine(_Flaky.name)


def test_failed_segment_is_retried_once_then_reported_with_text(
    flaky: type[_Flaky], tmp_path: Path
) -> None:
    voice = VoiceProfile(name="f", engine=flaky.name, engine_voice="x")
    synth = Synthesizer(SegmentCache(tmp_path / "c"), jobs=1)
    results = list(synth.run(["Works on retry."], voice))
    assert len(results) == 1 and flaky.attempts["Works on retry."] == 2
    with pytest.raises(SynthesisFailed, match="never works") as info:
        list(synth.run(["This never works."], voice))
    assert info.value.text == "This never works."
    assert flaky.attempts["This never works."] == 2


def test_executor_seam_accepts_any_executor(tmp_path: Path) -> None:
    voice = VoiceProfile(name="e", engine="espeak", engine_voice="en-us")
    with ThreadPoolExecutor(2) as pool:  # espeak-ng CLI runs in its own processes
        synth = Synthesizer(SegmentCache(tmp_path / "c"), executor=pool)
        results = list(synth.run(TEXTS, voice))
    assert [r.index for r in results] == [0, 1, 2] and all(r.path.exists() for r in results)


def test_synthesis_ahead_fills_the_cache_once_per_text(tmp_path: Path) -> None:
    """What follow queues ahead is in the cache when its futures are done, a text queued by two
    episodes is synthesized once, and the episode's own render then synthesizes nothing."""
    from concurrent.futures import wait

    from audiodigest.tts.synth import SynthesisAhead

    cache = SegmentCache(tmp_path / "c")
    ahead = SynthesisAhead(cache, jobs=2)
    ahead.open()
    try:
        first = ahead.submit(TEXTS, VOICE)
        second = ahead.submit([TEXTS[0], "A new sentence."], VOICE)
        assert len(first) == 3 and second[0] is first[0]
        done, _ = wait(first + second)
        assert all(f.result()[1] is None for f in done)
    finally:
        ahead.close()
    synth = Synthesizer(cache, jobs=1)
    results = list(synth.run([*TEXTS, "A new sentence."], VOICE))
    assert synth.synthesized == 0 and all(r.cached for r in results)
    assert _seconds(results[1].path) > _seconds(results[0].path)
    assert ahead.submit(TEXTS, VOICE) == []  # closed: nothing is queued


def test_cache_evicts_least_recently_used(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "c", cap_bytes=2500)
    for i, key in enumerate(["aa1", "aa2", "aa3"]):
        p = cache.prepare(key)
        p.write_bytes(b"x" * 1000)
        os.utime(p, (1000 + i, 1000 + i))
    assert cache.lookup("aa1") is not None  # a hit makes aa1 the most recent
    cache.evict()
    assert cache.lookup("aa2") is None
    assert cache.lookup("aa1") is not None and cache.lookup("aa3") is not None


def test_unknown_engine_is_named() -> None:
    from audiodigest.errors import EngineUnavailable

    with pytest.raises(EngineUnavailable, match="no TTS engine named 'nope'"):
        get_engine("nope")


def test_piper_speaks_from_its_bundled_model(tmp_path: Path) -> None:
    from audiodigest.tts.piper import PiperEngine

    ok, reason = PiperEngine.available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"Piper must be installed in CI (scripts/setup.sh --test): {reason}")
        pytest.skip(reason)
    voice = VoiceProfile(name="p", engine="piper", engine_voice="en_US-joe-medium",
                         rate_wpm=170)
    text = "The harbour council approved a new ferry timetable on Tuesday evening."
    clip = PiperEngine().synthesize(text, voice, tmp_path / "p.wav")
    assert clip.sample_rate == 22050
    wpm = len(text.split()) / (clip.duration_s / 60)
    assert 120 < wpm < 230


def test_pyttsx3_keeps_samples_that_come_with_the_end(tmp_path: Path) -> None:
    """libespeak-ng's thread can hand over the last samples and the end event in one buffer (on
    a loaded machine); pyttsx3's driver wrote the file at the end event and lost them. Played
    here by calling the engine's callback as libespeak-ng would, in a process of its own."""
    code = (
        "import ctypes, sys, wave\n"
        "from pyttsx3.drivers import _espeak\n"
        "from audiodigest.tts.pyttsx3 import Pyttsx3Engine\n"
        "driver = Pyttsx3Engine()._ensure_engine().proxy._driver\n"
        "driver._speaking, driver._save_file, driver._data_buffer = True, sys.argv[1], b''\n"
        "samples = (ctypes.c_short * 4410)(*([1000] * 4410))\n"
        "events = (_espeak.EVENT * 2)()\n"
        "events[0].type, events[1].type = _espeak.EVENT_MSG_TERMINATED, _espeak.EVENT_LIST_TERMINATED\n"
        "with open('/dev/null', 'w') as sys.stdout:\n"
        "    _espeak.SynthCallback(samples, 4410, events)\n"
        "with wave.open(sys.argv[1]) as w:\n"
        "    print(w.getnframes(), file=sys.stderr)\n"
    )
    out = tmp_path / "end.wav"
    proc = subprocess.run([sys.executable, "-c", code, str(out)], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stderr.strip().splitlines()[-1] == "4410"


def test_pyttsx3_speaks_a_cancelled_segment_again(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A save the driver reports as cancelled (or that holds no audio) is made again. The first
    try after the warm-up is reported cancelled here whatever the driver says; the driver itself
    may cancel one too (it did in 1 CI run: [warm-up, cancelled, done]), which is why the
    engine tries more than twice, and why this test counts tries rather than expecting each
    real save to complete."""
    from audiodigest.tts import pyttsx3 as engine_module

    engine = engine_module.Pyttsx3Engine()
    real_save = engine._save
    outcomes: list[bool] = []

    def cancelled_once(text: str, out: Path) -> bool:
        completed = real_save(text, out)
        outcomes.append(completed)
        return completed and len(outcomes) != 2  # the warm-up, then the first try "cancelled"

    monkeypatch.setattr(engine, "_save", cancelled_once)
    clip = engine.synthesize("Hello there.", VOICE, tmp_path / "again.wav")
    assert len(outcomes) >= 3 and outcomes[-1] and clip.duration_s > 0.3, outcomes


@pytest.mark.parametrize(("language", "rate"), [("en-us", 160), ("en-us", 450), ("de", 450)])
def test_pyttsx3_segments_end_in_espeak_ngs_closing_silence(tmp_path: Path, language: str,
                                                            rate: int) -> None:
    """What the cut-off check relies on: a whole utterance ends in silence, even at 450 wpm."""
    from audiodigest.tts import pyttsx3 as engine_module

    voice = VoiceProfile(name="p", engine="pyttsx3", engine_voice=language, rate_wpm=rate)
    out = tmp_path / "whole.wav"
    engine_module.Pyttsx3Engine().synthesize("The council met on Tuesday.", voice, out)
    assert engine_module._ends_in_silence(out)


def test_pyttsx3_speaks_a_cut_off_segment_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """A save the driver reports complete but whose audio stops mid-sound (as a cancel that
    lands late leaves it) is made again: the first try after the warm-up is cut here."""
    from audiodigest.tts import pyttsx3 as engine_module

    engine = engine_module.Pyttsx3Engine()
    real_save = engine._save
    tries: list[int] = []

    def cut_once(text: str, out: Path) -> bool:
        completed = real_save(text, out)
        tries.append(1)
        if len(tries) == 2:
            with wave.open(str(out), "rb") as w:
                params, frames = w.getparams(), w.readframes(w.getnframes())
            with wave.open(str(out), "wb") as w:
                w.setparams(params)
                w.writeframes(frames[: len(frames) // 2])  # cut in the middle of the sentence
        return completed

    monkeypatch.setattr(engine, "_save", cut_once)
    clip = engine.synthesize("Hello there, this is the council.", VOICE, tmp_path / "cut.wav")
    assert len(tries) >= 3 and engine_module._ends_in_silence(clip.path), tries


_POOL_KIND = (
    "import sys\n"
    "from pathlib import Path\n"
    "from audiodigest.models import VoiceProfile\n"
    "from audiodigest.tts.pyttsx3 import Pyttsx3Engine\n"
    "from audiodigest.tts.synth import SynthJob, process_pool, run_job\n"
    "v = VoiceProfile(name='x', engine='pyttsx3', engine_voice='gmw/en-us')\n"
    "assert Pyttsx3Engine.available()[0]\n"
    "if sys.argv[1] == 'spoken':\n"
    "    Pyttsx3Engine().synthesize('Hello there.', v, Path(sys.argv[2]) / 'here.wav')\n"
    "pool = process_pool(2)\n"
    "print(pool._mp_context.get_start_method())\n"
    "print(pool.submit(run_job, SynthJob(0, 'Hello there.', v, Path(sys.argv[2]) / 'a.wav'))"
    ".result())\n"
    "pool.shutdown()\n"
)


@pytest.mark.parametrize(("before", "start"), [("checked", "fork"), ("spoken", "forkserver")])
def test_pool_forks_unless_espeak_ng_was_started_here(tmp_path: Path, before: str,
                                                      start: str) -> None:
    """Checking that pyttsx3 is installed imports it but starts nothing: workers may then be
    forked, which is quicker than starting them from a forkserver (0.3 s of a short Piper
    publish). Once its espeak-ng driver has run here, forked children would inherit its state:
    the pool starts its workers from a forkserver, and either way they speak."""
    proc = subprocess.run([sys.executable, "-c", _POOL_KIND, before, str(tmp_path)],
                          capture_output=True, text=True, check=True, timeout=120)
    assert proc.stdout.split() == [start, "(0,", "None)"]
    assert _seconds(tmp_path / "a.wav") > 0.3


_WARM_POOL = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "from audiodigest.models import VoiceProfile\n"
    "from audiodigest.pipeline import DigestOptions, warm_pool\n"
    "from audiodigest.tts import synth\n"
    "v = VoiceProfile(name='p', engine='piper', engine_voice='en_US-joe-medium', rate_wpm=170)\n"
    "synth.prepare_worker(v)  # here, in this process: the model is loaded\n"
    "print('loaded' if v.engine_voice in synth._ENGINES['piper']._voices else 'not loaded')\n"
    "synth.prepare_worker(VoiceProfile(name='x', engine='piper', engine_voice='no-such-voice'))\n"
    "with warm_pool(DigestOptions(jobs=1), v) as one:\n"
    "    print('one job', one.executor)\n"
    "e = VoiceProfile(name='e', engine='pyttsx3', engine_voice='gmw/en-us')\n"
    "with warm_pool(DigestOptions(jobs=2), e) as quick:\n"
    "    print('pyttsx3', quick.executor)\n"
    "with warm_pool(DigestOptions(jobs=2), v) as options:\n"
    "    pool = options.executor\n"
    "    pids = list(pool._processes)\n"
    "    if sys.argv[1] == 'used':\n"
    "        job = synth.SynthJob(0, 'Hello there.', v, Path(sys.argv[2]) / 'a.wav')\n"
    "        print(synth.submit_job(pool, job).result())\n"
    "    if sys.argv[1] == 'rendered':  # an episode's render: the pool goes once it is encoded\n"
    "        from audiodigest.models import Script, Segment\n"
    "        from audiodigest.pipeline import render\n"
    "        script = Script('t', 'en', (Segment('body', 'Hello there.', 0, 0),), ('t',))\n"
    "        out = render(script, v, Path(sys.argv[2]) / 'a.mp3', options, scratch=Path(sys.argv[2]))\n"
    "        print('after render', pool._processes, out.duration_s > 0.3)\n"
    "print(len(pids), 'workers', pool._processes)\n"
    "for pid in pids:\n"
    "    try:\n"
    "        os.kill(pid, 0)\n"
    "        print('alive', pid)\n"
    "    except ProcessLookupError:\n"
    "        pass\n"
)


@pytest.mark.parametrize("use", ["left", "used", "rendered"])
def test_a_warm_pool_loads_the_voice_ahead_and_leaves_no_worker(tmp_path: Path, use: str) -> None:
    """publish and render start their workers, loading the episode's voice, while the script
    is still being written (`pipeline.warm_pool`). A worker asked to prepare loads the model
    (a voice it cannot load is left for the segments' own jobs to report); an engine with
    nothing to prepare (pyttsx3) gets no early pool; the pool serves the episode and stops once
    its render is encoded, before the listener runs; and leaving it, even at once while the
    workers are still loading (an unchanged episode needs no synthesis), stops every worker."""
    from audiodigest.tts.piper import PiperEngine

    ok, reason = PiperEngine.available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"Piper must be installed in CI (scripts/setup.sh --test): {reason}")
        pytest.skip(reason)
    proc = subprocess.run([sys.executable, "-c", _WARM_POOL, use, str(tmp_path)],
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.splitlines()
    assert lines[:3] == ["loaded", "one job None", "pyttsx3 None"]
    if use == "used":
        assert lines[3] == "(0, None)"
        assert _seconds(tmp_path / "a.wav") > 0.3
    if use == "rendered":  # the workers stopped before what follows the render (the listener)
        assert lines[3] == "after render None True"
    assert lines[-1] == "2 workers None"  # and none alive
