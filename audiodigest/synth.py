"""Synthesize a script's segments in parallel worker processes, through the segment cache.

Each worker process holds one engine and runs single-threaded (pyttsx3's espeak driver lost
audio when another thread shared its process). Work goes through any
`concurrent.futures.Executor`, so a distributed executor can replace the local process pool
without touching the rest. Results come back in script order as soon as each is ready, so
the audio stage can work on early segments while later ones are still being synthesized.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .cache import SegmentCache, segment_key
from .errors import AudioDigestError, SynthesisFailed
from .models import VoiceProfile
from .tts import TTSEngine, get_engine

__all__ = ["SynthJob", "SynthResult", "Synthesizer", "default_jobs", "init_worker", "process_pool",
           "run_job"]

ATTEMPTS = 2
"""A segment that fails is tried once more, then reported with its text."""


def default_jobs() -> int:
    """One worker per core: synthesis finishes before encoding starts, so use them all."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


@dataclass(frozen=True, slots=True)
class SynthJob:
    """One segment to synthesize into `out` (picklable: it crosses process boundaries)."""

    index: int
    text: str
    voice: VoiceProfile
    out: Path


@dataclass(frozen=True, slots=True)
class SynthResult:
    index: int
    path: Path
    cached: bool


_ENGINES: dict[str, TTSEngine] = {}


def _engine(name: str) -> TTSEngine:
    if name not in _ENGINES:
        _ENGINES[name] = get_engine(name)()
    return _ENGINES[name]


PR_SET_PDEATHSIG = 1
"""Linux prctl option: a signal for this process when its parent dies."""


def init_worker() -> None:
    """Prepare a worker: die with the parent, drop its folder lock, keep stdout clean."""
    import ctypes
    import signal

    from .outdir import release_inherited_locks

    release_inherited_locks()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: orphans then exit when their queue closes
        pass
    # engines print (pyttsx3: "Audio saved to ..."); workers share the parent's stdout
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker


def run_job(job: SynthJob) -> tuple[int, str | None]:
    """Synthesize one segment (in a worker); (index, None) or (index, error message)."""
    tmp = job.out.with_name(f"{job.out.stem}.{os.getpid()}.part.wav")
    error = "unknown error"
    for _attempt in range(ATTEMPTS):
        try:
            _engine(job.voice.engine).synthesize(job.text, job.voice, tmp)
            os.replace(tmp, job.out)
            return job.index, None
        except AudioDigestError as exc:
            error = str(exc)
        finally:
            tmp.unlink(missing_ok=True)
    return job.index, error


def process_pool(jobs: int, *, fork: bool = True) -> ProcessPoolExecutor:
    """A pool of synthesis worker processes.

    fork: workers start in milliseconds with our modules already imported (the pool starts all
    its workers before its manager thread, so no thread is forked). But a process that already
    started pyttsx3 would hand its espeak-ng state to the children, which then hang, and forking
    a process that runs other threads can copy a lock another thread holds: such processes (and
    callers that will start threads before the pool's first job, `fork=False`) start their
    workers from a clean forkserver instead.
    """
    safe = fork and "pyttsx3" not in sys.modules and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if safe else "forkserver")
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=init_worker)


class Synthesizer:
    """Turns texts into WAV files, reusing cached ones, through an executor."""

    def __init__(
        self,
        cache: SegmentCache,
        *,
        jobs: int | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.cache = cache
        self.jobs = jobs or default_jobs()
        self._executor = executor
        self.synthesized = 0

    def _make_executor(self) -> Executor | None:
        if self._executor is not None:
            return self._executor
        if self.jobs <= 1:
            return None
        return process_pool(self.jobs)

    def run(
        self,
        texts: Sequence[str],
        voice: VoiceProfile,
        on_done: Callable[[int], None] | None = None,
    ) -> Iterator[SynthResult]:
        """Yield one result per text, in order, each as soon as it and all before it exist."""
        jobs: list[SynthJob | None] = []
        results: list[SynthResult | None] = []
        for i, text in enumerate(texts):
            key = segment_key(voice, text)
            hit = self.cache.lookup(key)
            if hit is not None:
                results.append(SynthResult(i, hit, True))
                jobs.append(None)
            else:
                results.append(None)
                jobs.append(SynthJob(i, text, voice, self.cache.prepare(key)))
        todo = [j for j in jobs if j is not None]
        self.synthesized = len(todo)
        if not todo:
            for r in results:
                assert r is not None
                if on_done:
                    on_done(r.index)
                yield r
            return
        executor = self._make_executor()
        owned = executor is not None and executor is not self._executor
        futures: dict[int, Future[tuple[int, str | None]]] = {}
        try:
            if executor is not None:
                for job in todo:
                    futures[job.index] = executor.submit(run_job, job)
            for i, job in enumerate(jobs):
                if job is not None:
                    if executor is None:
                        _, error = run_job(job)
                    else:
                        _, error = futures[i].result()
                    if error is not None:
                        raise SynthesisFailed(
                            f"segment {i + 1} could not be synthesized ({error}): {job.text[:80]!r}",
                            segment_index=i, text=job.text,
                        )
                    results[i] = SynthResult(i, job.out, False)
                r = results[i]
                assert r is not None
                if on_done:
                    on_done(i)
                yield r
        finally:
            if owned and executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)
