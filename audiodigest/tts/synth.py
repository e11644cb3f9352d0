"""Synthesize a script's segments in parallel worker processes, through the segment cache.

Each worker process holds one engine and runs single-threaded (pyttsx3's espeak driver lost
audio when another thread shared its process). Work goes through any
`concurrent.futures.Executor`, so a distributed executor can replace the local process pool
without touching the rest. Results come back in script order as soon as each is ready, so
the audio stage can work on early segments while later ones are still being synthesized.

A remote executor (`RemoteExecutor`: a Dask cluster, see cluster.py) shares no file system
with us: its jobs return WAV bytes (tts/remote.py), which are written into the segment cache
here, so the cache keys are computed here, only misses are sent, and what the workers make
stays in our cache.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..errors import AudioDigestError, ClusterError, SynthesisFailed
from ..models import VoiceProfile
from . import TTSEngine, get_engine
from .cache import SegmentCache, segment_key, write_atomic
from .remote import Digests, RemoteResult, RemoteSegment, synthesize_remote

__all__ = ["RemoteExecutor", "SynthJob", "SynthResult", "SynthesisAhead", "Synthesizer", "WorkerPool",
           "default_jobs", "init_worker", "is_remote", "prepare_worker", "process_pool", "run_job",
           "stop_helpers", "submit_job"]

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


def init_worker(parent: int | None = None) -> None:
    """Prepare a worker: die with the parent, drop its folder lock, keep stdout clean, and
    leave Ctrl-C to the parent (which stops the run; a worker interrupted inside pyttsx3 would
    print tracebacks and leave the pool hanging).

    `parent`: the process that forked this worker (the pool's owner, for fork workers); None
    for a worker forked by the forkserver, which knows its own pid (see parentdeath.py)."""
    import signal

    from ..parentdeath import die_with_parent, forkserver_pid, release_inherited_locks

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the CLI's handler, if forked from it
    release_inherited_locks()
    die_with_parent(parent if parent is not None else forkserver_pid())
    # engines print (pyttsx3: "Audio saved to ..." on stdout, and its ctypes callbacks'
    # "Exception ignored" tracebacks on stderr); workers share the parent's terminal. A
    # worker's errors reach the parent as results or as the future's exception instead.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    if os.environ.get("AUDIODIGEST_DEBUG") != "1":
        os.dup2(devnull, 2)
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


def prepare_worker(voice: VoiceProfile) -> None:
    """Load what speaking `voice` needs into this worker (its engine's `prepare`, if it has
    one), ahead of the first segment. Quiet on failure: the segments' own jobs meet the same
    error and report it with their text."""
    try:
        prepare = getattr(_engine(voice.engine), "prepare", None)
        if prepare is not None:
            prepare(voice)
    except AudioDigestError:
        pass


@runtime_checkable
class RemoteExecutor(Protocol):
    """An executor on other machines (cluster.ClusterExecutor): no shared file system."""

    remote: bool

    def ready_for(self, voice: VoiceProfile) -> Digests:
        """Check, once per voice, that every worker speaks `voice` as this process would
        (ClusterError if not); the digests each job carries."""
        ...

    def submit(self, fn: Callable[..., RemoteResult], /, *args: object) -> Future[RemoteResult]: ...


def is_remote(executor: Executor | None) -> bool:
    return executor is not None and getattr(executor, "remote", False) is True


def submit_job(executor: Executor, job: SynthJob) -> Future[tuple[int, str | None]]:
    """Run `job` on `executor`: (index, None) once `job.out` exists, or (index, error).

    On a remote executor the job travels without its path and its WAV comes back as bytes,
    written to `job.out` here; a worker that refuses the job (other code or voice) or a cluster
    that goes away fails the future with ClusterError.
    """
    if not is_remote(executor):
        return executor.submit(run_job, job)
    assert isinstance(executor, RemoteExecutor)
    expect = executor.ready_for(job.voice)
    remote = executor.submit(synthesize_remote, RemoteSegment(job.index, job.text, job.voice, expect))
    done: Future[tuple[int, str | None]] = Future()

    def arrived(f: Future[RemoteResult]) -> None:
        try:
            result = f.result()
            if result.refused is not None:
                raise ClusterError(f"a worker refused the work: {result.refused}")
            if result.wav is not None:
                write_atomic(job.out, result.wav)
            done.set_result((job.index, result.error if result.wav is None else None))
        except CancelledError:
            done.set_exception(ClusterError("the Dask cluster cancelled the work"))
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on `done`
            text = str(exc).strip().splitlines()
            done.set_exception(exc if isinstance(exc, AudioDigestError) else ClusterError(
                f"the Dask cluster failed to synthesize segment {job.index + 1}: "
                f"{type(exc).__name__}: {text[0] if text else ''}"))

    remote.add_done_callback(arrived)
    return done


RESOURCE_TRACKER_QUIET = "ignore::UserWarning:multiprocessing.resource_tracker"


def stop_workers() -> None:
    """Kill this process's worker processes now (a run being stopped: see cli.py)."""
    for child in multiprocessing.active_children():
        child.kill()


def process_pool(jobs: int, *, fork: bool = True) -> WorkerPool:
    """A pool of synthesis worker processes.

    fork: workers start in milliseconds with our modules already imported (the pool starts all
    its workers before its manager thread, so no thread is forked). But a process that already
    loaded an engine that is unsafe to fork (pyttsx3, see `EngineAbilities.fork_unsafe_module`)
    would hand its state to the children, which then hang, and forking
    a process that runs other threads can copy a lock another thread holds: such processes (and
    callers that will start threads before the pool's first job, `fork=False`) start their
    workers from a clean forkserver instead.

    Call it from a thread that lives as long as the pool (the main thread).
    """
    from . import fork_unsafe_loaded

    safe = fork and not fork_unsafe_loaded() and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if safe else "forkserver")
    # A run stopped at once (Ctrl-C, see cli.py) leaves the pool's semaphores to
    # multiprocessing's resource tracker, which would warn about them on the terminal; the
    # tracker takes its warning filters from ours when it starts.
    if RESOURCE_TRACKER_QUIET not in sys.warnoptions:
        sys.warnoptions.append(RESOURCE_TRACKER_QUIET)
    if not safe:  # the forkserver, too, must die with us (see parentdeath.py) ...
        from multiprocessing import forkserver

        from ..parentdeath import FORKSERVER_PARENT_ENV

        ctx.set_forkserver_preload(["audiodigest.parentdeath"])
        # ... so start it now, from this thread: Linux signals a child when the THREAD that
        # started it ends, and the pool would otherwise start it from whichever thread
        # submits first (follow's preparing thread, which ends before the run does). It is
        # told our pid: if we are killed before it is up, it must not outlive us.
        with _HELPERS_LOCK:
            os.environ[FORKSERVER_PARENT_ENV] = str(os.getpid())
            try:
                forkserver.ensure_running()
            finally:
                os.environ.pop(FORKSERVER_PARENT_ENV, None)
            return WorkerPool(jobs, ctx, None)
    return WorkerPool(jobs, ctx, os.getpid())


_HELPERS_LOCK = threading.RLock()
_live_pools = 0
"""Pools made by `process_pool` and not yet shut down, in this process."""
HELPER_STOP_S = 5.0
"""How long a stopped forkserver or resource tracker gets to exit before it is killed."""


class WorkerPool(ProcessPoolExecutor):
    """A worker pool that, when the last one of this process is shut down, also stops the
    helpers multiprocessing started for it (the forkserver and the resource tracker), which
    would otherwise live as long as this process: a test session, a long `follow`."""

    def __init__(self, jobs: int, ctx: BaseContext, parent: int | None) -> None:
        global _live_pools
        super().__init__(jobs, mp_context=ctx, initializer=init_worker, initargs=(parent,))
        with _HELPERS_LOCK:
            _live_pools += 1
        self._counted = True
        self.one_render = False
        """Lent for one episode's render (`pipeline.warm_pool`): shut down once it is encoded,
        so the workers and their voices do not outlive their work (the listener, the pages)."""

    def stop_now(self) -> None:
        """Kill the workers, whatever they are doing, then shut down: for work no one will
        wait for (a worker still loading a voice for an episode that needs no synthesis)."""
        for process in list((self._processes or {}).values()):
            process.kill()
        self.shutdown(wait=True, cancel_futures=True)

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        global _live_pools
        super().shutdown(wait=wait, cancel_futures=cancel_futures)
        with _HELPERS_LOCK:
            if not self._counted:
                return
            self._counted = False
            _live_pools -= 1
            if _live_pools == 0 and wait:  # its workers are gone: no one needs the helpers
                stop_helpers()


def stop_helpers() -> None:
    """Stop multiprocessing's forkserver and resource tracker if this process started them.

    They end by themselves when every process holding their pipe has ended; closing our end
    asks them to go now. One that has not gone after HELPER_STOP_S is killed. Call it only
    when no pool of this process is running: the next pool starts them again.
    """
    import gc
    from multiprocessing import forkserver, resource_tracker, util

    # multiprocessing has no public way to stop these (its own tests use the same attributes)
    server: Any = forkserver._forkserver
    tracker: Any = resource_tracker._resource_tracker
    if server._forkserver_pid is None and tracker._pid is None:
        return  # a forked pool starts neither (and the collection below costs 15 ms)
    gc.collect()  # closed pools' semaphores say goodbye to the tracker while it still runs
    with server._lock:
        pid, alive = server._forkserver_pid, server._forkserver_alive_fd
        if pid is not None and alive is not None:
            os.close(alive)
            _reap(pid)
            address = server._forkserver_address
            server._forkserver_pid = server._forkserver_alive_fd = None
            server._forkserver_address = None
            if address and not util.is_abstract_socket_namespace(address):
                try:
                    os.unlink(address)
                except OSError:
                    pass
    with tracker._lock:
        fd, pid = tracker._fd, tracker._pid
        if fd is not None and pid is not None:
            os.close(fd)
            _reap(pid)
            tracker._fd = tracker._pid = None


def _reap(pid: int) -> None:
    """Wait for our child `pid` to exit (it was asked to), killing it after HELPER_STOP_S."""
    import signal
    import time

    deadline = time.monotonic() + HELPER_STOP_S
    try:
        while os.waitpid(pid, os.WNOHANG) == (0, 0):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return
            time.sleep(0.01)
    except ChildProcessError:
        pass  # already reaped


Voices = VoiceProfile | Sequence[VoiceProfile]
"""One voice for every text, or each text's own (a quoted sentence in another language)."""


def _voices(texts: Sequence[str], voice: Voices) -> Sequence[VoiceProfile]:
    if isinstance(voice, VoiceProfile):
        return [voice] * len(texts)
    if len(voice) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(voice)} voices")
    return voice


def _plan(cache: SegmentCache, texts: Sequence[str], voice: Voices
          ) -> list[SynthResult | SynthJob]:
    """Per text, the cached file (a result) or the job that will make it, with its voice."""
    plan: list[SynthResult | SynthJob] = []
    for i, (text, own) in enumerate(zip(texts, _voices(texts, voice), strict=True)):
        key = segment_key(own, text)
        hit = cache.lookup(key)
        plan.append(SynthResult(i, hit, True) if hit is not None
                    else SynthJob(i, text, own, cache.prepare(key)))
    return plan


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
        voice: Voices,
        on_done: Callable[[int], None] | None = None,
    ) -> Iterator[SynthResult]:
        """Yield one result per text, in order, each as soon as it and all before it exist.
        `voice`: one for all, or one per text (each job carries its own)."""
        plan = _plan(self.cache, texts, voice)
        jobs = [s if isinstance(s, SynthJob) else None for s in plan]
        results = [s if isinstance(s, SynthResult) else None for s in plan]
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
                for pending in todo:
                    futures[pending.index] = submit_job(executor, pending)
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


class SynthesisAhead:
    """Synthesizes segments into the cache ahead of their turn, in one pool for a whole run.

    `follow` publishes episodes one at a time, and each one's encoding and filing is serial work
    in the main process. Meanwhile this pool synthesizes the segments of the episodes that come
    next (from the moment each is scripted), so synthesis never waits for publishing: `submit`
    queues an episode's missing segments (each text once per run), and waiting on what it
    returns means its render will find them all in the cache. A segment that fails here is
    synthesized again, and reported, by its episode's own render. The pool also serves those
    renders (`executor`): they run in a thread, which must not fork a pool of its own.
    """

    def __init__(self, cache: SegmentCache, jobs: int, executor: Executor | None = None) -> None:
        self.cache = cache
        self.jobs = jobs
        self.executor = executor
        self._owned = False
        self._queued: dict[Path, Future[tuple[int, str | None]]] = {}

    def open(self) -> None:
        """Start the pool, from the main thread (forking from another one is unsafe). No fork:
        workers start while other threads run, and perhaps after one started pyttsx3
        (measured: 40 episodes took 27 s with fork, 21 s with forkserver)."""
        if self.executor is None:
            self.executor = process_pool(self.jobs, fork=False)
            self._owned = True

    def submit(self, texts: Sequence[str], voice: Voices
               ) -> list[Future[tuple[int, str | None]]]:
        """Queue the texts not cached yet (`voice`: one, or one per text); what to wait on
        before rendering them."""
        if self.executor is None:
            return []
        mine = []
        for step in _plan(self.cache, texts, voice):
            if isinstance(step, SynthJob):
                if step.out not in self._queued:
                    self._queued[step.out] = submit_job(
                        self.executor,
                        SynthJob(len(self._queued), step.text, step.voice, step.out))
                mine.append(self._queued[step.out])
        return mine

    def close(self) -> None:
        if self._owned and self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = None
