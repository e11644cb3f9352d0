"""Synthesis jobs for other machines, without a cluster: WAV bytes back, the client's cache
filled, refusals and failures as ClusterError, and the digests workers are compared by."""

from __future__ import annotations

import io
import wave
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from audiodigest.errors import ClusterError
from audiodigest.models import VoiceProfile
from audiodigest.tts.cache import SegmentCache, segment_key
from audiodigest.tts.espeak import EspeakEngine, espeak_ng_version
from audiodigest.tts.piper import PiperEngine
from audiodigest.tts.remote import (
    Digests,
    RemoteSegment,
    code_digest,
    digests,
    synthesize_remote,
    thread_problem,
    voice_digest,
    worker_facts,
)
from audiodigest.tts.synth import Synthesizer, is_remote
from audiodigest.tts.voices import choose_voice

ESPEAK = VoiceProfile(name="espeak-en-us", engine="espeak", engine_voice="en-us", rate_wpm=185)
TEXTS = ["First, the council met.", "Then it voted on the harbour plan.", "It adjourned."]


class _Remote(ThreadPoolExecutor):
    """Stands in for a cluster: remote (no shared paths), counts what it is sent."""

    remote = True

    def __init__(self, expect: Digests | None = None) -> None:
        super().__init__(2)
        self.sent: list[RemoteSegment] = []
        self.expect = expect

    def ready_for(self, voice: VoiceProfile) -> Digests:
        return self.expect or digests(voice)

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.sent.extend(a for a in args if isinstance(a, RemoteSegment))
        return super().submit(fn, *args, **kwargs)


def _seconds(wav: bytes) -> float:
    with wave.open(io.BytesIO(wav)) as w:
        return w.getnframes() / w.getframerate()


def test_a_remote_job_returns_wav_bytes_and_leaves_no_file(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    result = synthesize_remote(RemoteSegment(4, TEXTS[1], ESPEAK, digests(ESPEAK)))
    assert result.index == 4 and result.error is None and result.refused is None
    assert result.wav is not None and _seconds(result.wav) > 0.5
    assert list(tmp_path.iterdir()) == []


def test_a_worker_unlike_the_client_refuses_the_job() -> None:
    other = synthesize_remote(RemoteSegment(0, TEXTS[0], ESPEAK, Digests("x", digests(ESPEAK).voice)))
    assert other.wav is None and other.refused is not None and "code differs" in other.refused
    voice = synthesize_remote(RemoteSegment(0, TEXTS[0], ESPEAK, Digests(code_digest(), "x")))
    assert voice.refused is not None and "voice espeak-en-us differs" in voice.refused


def test_the_synthesizer_sends_only_misses_and_keeps_what_comes_back(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "cache")
    with _Remote() as remote:
        assert is_remote(remote)
        synth = Synthesizer(cache, executor=remote)
        first = list(synth.run(TEXTS, ESPEAK))
        assert [r.index for r in first] == [0, 1, 2] and synth.synthesized == 3
        assert [r.path for r in first] == [cache.path_for(segment_key(ESPEAK, t)) for t in TEXTS]
        assert all(r.path.is_file() and not r.cached for r in first)
        assert [s.text for s in remote.sent] == TEXTS
        edited = [TEXTS[0], "Then it voted.", TEXTS[2]]
        list(synth.run(edited, ESPEAK))
        assert [s.text for s in remote.sent[3:]] == ["Then it voted."]
    assert not list((tmp_path / "cache").rglob("*.part*"))


def test_a_refusal_or_a_lost_cluster_stops_the_run(tmp_path: Path) -> None:
    with _Remote(Digests("not this code", "x")) as remote:
        with pytest.raises(ClusterError, match="a worker refused the work: its audiodigest code"):
            list(Synthesizer(SegmentCache(tmp_path / "a"), executor=remote).run(TEXTS, ESPEAK))

    class _Broken(_Remote):
        def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
            f: Future[Any] = Future()
            f.set_exception(RuntimeError("Error during deserialization\nmore detail"))
            return f

    with _Broken() as broken, pytest.raises(ClusterError) as caught:
        list(Synthesizer(SegmentCache(tmp_path / "b"), executor=broken).run(TEXTS, ESPEAK))
    assert str(caught.value) == ("the Dask cluster failed to synthesize segment 1: "
                                 "RuntimeError: Error during deserialization")


def test_workers_are_compared_by_code_and_voice_digests() -> None:
    assert len(code_digest()) == 64 and code_digest() == code_digest()
    facts = worker_facts(ESPEAK)
    assert facts.code == code_digest() and facts.voice == voice_digest(ESPEAK)
    assert facts.problem == "" and facts.nthreads == 1
    assert espeak_ng_version() in EspeakEngine.fingerprint(ESPEAK)
    assert "Data at" not in espeak_ng_version()  # machine-specific folders are not compared
    piper = choose_voice("piper-joe", "en").profile
    assert "en_US-joe-medium.onnx sha256=" in PiperEngine.fingerprint(piper)
    assert thread_problem(piper, 4) == ""
    pyttsx3 = choose_voice("en-us", "en").profile
    assert thread_problem(pyttsx3, 1) == ""
    assert "start workers with --nthreads 1 for voice en-us" in thread_problem(pyttsx3, 2)
