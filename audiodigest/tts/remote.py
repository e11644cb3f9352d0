"""Synthesis on another machine: what a cluster worker runs, and how a client tells that the
worker would make the same sound as itself.

A remote job carries its text and voice by value and returns WAV bytes: it never sees a path
of the client's (the worker may be another machine with no shared file system). Before any
work, the client compares each worker's `WorkerFacts` with its own: a digest of the package's
code (not its version string: an edited checkout keeps the version) and a digest of the voice
(the Piper model's recorded SHA-256, espeak-ng's version for espeak-ng voices). Each job also
carries the client's digests, so a worker that joins the cluster later, or comes back after a
restart, refuses the job instead of speaking it differently.

Engines load once per worker process (`synth._engine`), and a worker thread runs one job at a
time; an engine that is not thread-safe (pyttsx3) needs workers started with `--nthreads 1`,
which the client checks (`thread_problem`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import AudioDigestError, EngineUnavailable
from ..models import VoiceProfile

__all__ = [
    "Digests",
    "RemoteResult",
    "RemoteSegment",
    "WorkerFacts",
    "code_digest",
    "digests",
    "synthesize_remote",
    "thread_problem",
    "voice_digest",
    "worker_facts",
]

PACKAGE = Path(__file__).resolve().parents[1]
_CODE: list[str] = []
_VOICES: dict[str, str] = {}
_LOCK = threading.Lock()


def code_digest() -> str:
    """SHA-256 of every audiodigest/**/*.py source, by relative path (computed once)."""
    if not _CODE:
        h = hashlib.sha256()
        for path in sorted(PACKAGE.rglob("*.py")):
            h.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
            h.update(path.read_bytes() + b"\0")
        _CODE.append(h.hexdigest())
    return _CODE[0]


def voice_digest(voice: VoiceProfile) -> str:
    """What decides the voice's sound in this process: its engine's `fingerprint(voice)` (an
    engine without one: its name), with the voice's settings (computed once per voice)."""
    key = f"{voice.engine}|{voice.settings_key()}"
    if key not in _VOICES:
        from . import get_engine

        try:
            cls = get_engine(voice.engine)
        except EngineUnavailable as exc:
            return f"unavailable: {exc}"
        fingerprint = getattr(cls, "fingerprint", None)
        found = str(fingerprint(voice)) if callable(fingerprint) else f"engine {voice.engine}"
        _VOICES[key] = f"{voice.settings_key()}; {found}"
    return _VOICES[key]


@dataclass(frozen=True, slots=True)
class Digests:
    """The client's code and voice digests, which a worker must match."""

    code: str
    voice: str


def digests(voice: VoiceProfile) -> Digests:
    return Digests(code_digest(), voice_digest(voice))


@dataclass(frozen=True, slots=True)
class WorkerFacts:
    """What a worker says about itself (`client.run(worker_facts, voice)` on every worker)."""

    code: str
    voice: str
    problem: str
    """"" when the voice's engine can run on the worker, else why not."""
    nthreads: int
    pid: int


def worker_facts(voice: VoiceProfile, dask_worker: Any = None) -> WorkerFacts:
    """Run on a worker (Dask passes `dask_worker`): its digests, engine and threads."""
    from . import get_engine

    try:
        ok, reason = get_engine(voice.engine).available()
    except EngineUnavailable as exc:
        ok, reason = False, str(exc)
    nthreads = 1
    if dask_worker is not None:
        nthreads = int(getattr(dask_worker.state, "nthreads", None) or dask_worker.nthreads)
    return WorkerFacts(code_digest(), voice_digest(voice), "" if ok else reason or "unavailable",
                       nthreads, os.getpid())


def thread_problem(voice: VoiceProfile, nthreads: int) -> str:
    """Why `voice` cannot run on a worker of `nthreads` threads, or ""."""
    from . import abilities_of

    if nthreads > 1 and not abilities_of(voice).thread_safe:
        return (f"runs {nthreads} threads, and voice {voice.name} ({voice.engine}) is not "
                f"thread-safe: start workers with --nthreads 1 for voice {voice.name}")
    return ""


@dataclass(frozen=True, slots=True)
class RemoteSegment:
    """One segment to synthesize on a worker, everything by value (picklable)."""

    index: int
    text: str
    voice: VoiceProfile
    expect: Digests


@dataclass(frozen=True, slots=True)
class RemoteResult:
    index: int
    wav: bytes | None
    error: str | None = None
    """The engine failed on this text (after a retry): the segment's error."""
    refused: str | None = None
    """The worker is not like the client: what differs (the run stops)."""


def mismatch(expect: Digests, voice: VoiceProfile) -> str | None:
    """What differs between this process and the client that sent `expect`, or None."""
    if code_digest() != expect.code:
        return "its audiodigest code differs from the client's (install the same version there)"
    mine = voice_digest(voice)
    if mine != expect.voice:
        return f"its voice {voice.name} differs from the client's ({mine})"
    return None


def synthesize_remote(job: RemoteSegment) -> RemoteResult:
    """Synthesize one segment on a worker and return its WAV bytes (no client path)."""
    from .synth import ATTEMPTS, _engine

    refused = mismatch(job.expect, job.voice)
    if refused is not None:
        return RemoteResult(job.index, None, refused=refused)
    fd, name = tempfile.mkstemp(suffix=".wav", prefix="audiodigest-")
    os.close(fd)
    tmp = Path(name)
    error = "unknown error"
    try:
        for _attempt in range(ATTEMPTS):
            try:
                with _LOCK:
                    engine = _engine(job.voice.engine)
                engine.synthesize(job.text, job.voice, tmp)
                return RemoteResult(job.index, tmp.read_bytes())
            except AudioDigestError as exc:
                error = str(exc)
    finally:
        tmp.unlink(missing_ok=True)
    return RemoteResult(job.index, None, error=error)
