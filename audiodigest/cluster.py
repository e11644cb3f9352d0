"""Rendering on a Dask cluster: the scheduler's address, the connection, and the work sent.

`publish`, `render` and `follow --scheduler tcp://HOST:8786` (or `scheduler = "..."` in the
show settings, or Dask's own DASK_SCHEDULER_ADDRESS) synthesize on the cluster's workers
instead of a local process pool: `ClusterExecutor` is the `concurrent.futures.Executor` that
`DigestOptions.executor` takes, and tts/synth.py sends it jobs that return WAV bytes, streamed
back in script order into the one local encoder. The show's folder, catalogue and lock stay
here; workers need no shared file system.

Before the first job for a voice, every worker is asked (`client.run`) for a digest of its
audiodigest code and of the voice's model (tts/remote.py); a worker that differs, lacks the
voice, or runs a thread-unsafe engine (pyttsx3) on several threads is refused with one line.
A worker that dies mid-run loses nothing: the scheduler runs its tasks again elsewhere. A
scheduler that cannot be reached, or is lost mid-run, is a ClusterError: one line, exit 1,
nothing published. Stopping the run (Ctrl-C) cancels its tasks on the cluster.

Whole episodes can be rendered on a worker too (`render_episode_remote`, sent by
`submit_episode`): the MP3, its cues and chapters and the segments the client lacks come back
as bytes and values, for `follow` to file here.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable, Collection, Iterator, Mapping
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .audio.master import AudioSettings
from .errors import ClusterError, UsageError
from .models import ChapterMark, Cue, RenderedAudio, Script, VoiceProfile
from .tts.cache import SegmentCache, segment_key
from .tts.remote import (
    Digests,
    WorkerFacts,
    code_digest,
    digests,
    mismatch,
    thread_problem,
    worker_facts,
)

__all__ = [
    "CONNECT_TIMEOUT_S",
    "ClusterExecutor",
    "LOCAL",
    "RemoteEpisode",
    "check_workers",
    "cluster",
    "connect",
    "parse_scheduler",
    "protocol_problem",
    "render_episode_remote",
    "scheduler_address",
    "submit_episode",
]

DEFAULT_PORT = 8786
"""Dask's scheduler port."""
PROTOCOLS = ("tcp", "tls")
"""What a scheduler address may start with: plain TCP, or TLS (see contrib/CLUSTER.md)."""
LOCAL = "local"
"""`--scheduler local`: the local process pool, whatever the settings or environment say."""
ENV_ADDRESS = "DASK_SCHEDULER_ADDRESS"
ENV_TIMEOUT = "AUDIODIGEST_SCHEDULER_TIMEOUT"
CONNECT_TIMEOUT_S = 10.0
"""How long to try to reach the scheduler (and, after a loss, to reach it again)."""
RETRIES = 1
"""A task whose worker raised (not the engine's error: that comes back as a result) runs once
more; a task whose worker died runs again elsewhere whatever this says (Dask's own rule,
up to `distributed.scheduler.allowed-failures`)."""
_ADDRESS = re.compile(
    r"^(?:(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?"
    r"(?P<host>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)"
    r"(?::(?P<port>[0-9]{1,5}))?$")


def parse_scheduler(text: str) -> str:
    """`local`, or the address normalized as PROTOCOL://HOST:PORT (tcp and port 8786 unless
    given). UsageError when it is not an address at all; the protocol is checked on use
    (`protocol_problem`), so that `http://...` gets its own clear line."""
    value = text.strip()
    if value.lower() == LOCAL:
        return LOCAL
    m = _ADDRESS.match(value)
    port = int(m["port"]) if m and m["port"] else DEFAULT_PORT
    if m is None or not 0 < port < 65536:
        raise UsageError(f"{text!r} is not a scheduler address like tcp://HOST:{DEFAULT_PORT} "
                         f"(or {LOCAL!r} for this machine's process pool)")
    scheme = (m["scheme"] or "tcp").lower()
    return f"{scheme}://{m['host']}:{port}"


def protocol_problem(address: str) -> str | None:
    """Why audiodigest cannot reach a scheduler at `address` by its protocol, or None."""
    scheme = address.split("://", 1)[0]
    if scheme in PROTOCOLS:
        return None
    return (f"{scheme}:// is not a protocol the Dask scheduler speaks: use tcp://HOST:"
            f"{DEFAULT_PORT} (or tls:// with certificates, see contrib/CLUSTER.md)")


def scheduler_address(option: str | None, setting: str | None = None,
                      environ: Mapping[str, str] | None = None) -> str | None:
    """The scheduler to use: --scheduler, else DASK_SCHEDULER_ADDRESS, else the settings' key;
    None for the local process pool (none given, or `local`)."""
    env = (os.environ if environ is None else environ).get(ENV_ADDRESS) or None
    for given in (option, env, setting):
        if given:
            address = parse_scheduler(given)
            return None if address == LOCAL else address
    return None


def _timeout() -> float:
    try:
        return max(0.5, float(os.environ.get(ENV_TIMEOUT) or CONNECT_TIMEOUT_S))
    except ValueError:
        return CONNECT_TIMEOUT_S


def _quiet_dask() -> None:
    """Dask logs its reconnection attempts and teardown on stderr; our errors say it in one
    line (AUDIODIGEST_DEBUG=1 shows Dask's own)."""
    if os.environ.get("AUDIODIGEST_DEBUG") == "1":
        return
    import warnings

    import distributed  # noqa: F401 - sets up its loggers (a level for each) and handler

    # a whole episode travels with the cached segments it needs (submit_episode): tens of MB
    warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)

    for name in ("distributed", "tornado", *(n for n in logging.Logger.manager.loggerDict
                                            if n.startswith(("distributed.", "tornado.")))):
        logger = logging.getLogger(name)
        logger.setLevel(logging.CRITICAL)
        for handler in logger.handlers:
            handler.setLevel(logging.CRITICAL)


def _security(address: str) -> Any:
    """TLS settings for a tls:// address from Dask's configuration (~/.config/dask/*.yaml or
    DASK_DISTRIBUTED__COMM__TLS__* variables); None for tcp://."""
    if not address.startswith("tls://"):
        return None
    from distributed.security import Security

    security = Security()  # type: ignore[no-untyped-call]  # reads Dask's configuration
    if not getattr(security, "tls_ca_file", None):
        raise ClusterError(
            f"{address} needs TLS certificates: set DASK_DISTRIBUTED__COMM__TLS__CA_FILE, "
            "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT and ..._CLIENT__KEY (or "
            "distributed.comm.tls in Dask's configuration; see contrib/CLUSTER.md)")
    return security


class ClusterExecutor(Executor):
    """A Dask client as a `concurrent.futures.Executor` on other machines (`remote`).

    Its futures never come back cancelled: a lost scheduler or a failed task fails them with
    ClusterError or the task's exception. `shutdown` cancels the outstanding tasks on the
    cluster and closes the client.
    """

    remote = True

    def __init__(self, client: Any, address: str) -> None:
        self.client = client
        self.address = address
        self._pending: set[Any] = set()
        self._lock = threading.Lock()
        self._checking = threading.Lock()
        self._ready: dict[str, Digests] = {}
        self._closed = False

    def workers(self) -> dict[str, Any]:
        info: dict[str, Any] = self.client.scheduler_info()["workers"]
        return info

    def slots(self) -> int:
        """How many tasks the cluster runs at once: its workers' threads (at least 1)."""
        try:
            return max(1, sum(int(w.get("nthreads", 1)) for w in self.workers().values()))
        except Exception:  # noqa: BLE001 - the scheduler went: the next submit says so
            return 1

    def ready_for(self, voice: VoiceProfile) -> Digests:
        key = f"{voice.name}|{voice.engine}|{voice.settings_key()}"
        with self._checking:
            if key not in self._ready:
                check_workers(self.client, voice, self.address)
                self._ready[key] = digests(voice)
            return self._ready[key]

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self._closed:
            raise ClusterError(f"the connection to the Dask scheduler at {self.address} is closed")
        try:
            task = self.client.submit(fn, *args, pure=False, retries=RETRIES, **kwargs)
        except Exception as exc:  # noqa: BLE001 - a closed or lost client: one line
            raise ClusterError(f"could not send work to the Dask scheduler at {self.address}: "
                               f"{exc}") from exc
        out: Future[Any] = Future()
        with self._lock:
            self._pending.add(task)
        task.add_done_callback(lambda t: self._arrived(t, out))
        return out

    def _arrived(self, task: Any, out: Future[Any]) -> None:
        """(A Dask callback thread.) Hand the task's outcome to `out`."""
        with self._lock:
            self._pending.discard(task)
        try:
            if task.status == "finished":
                out.set_result(task.result())
            elif task.status == "cancelled":
                out.set_exception(self.lost())
            else:
                exc = task.exception()
                out.set_exception(exc if isinstance(exc, BaseException) else self.lost())
        except Exception as exc:  # noqa: BLE001 - fetching the result failed: the cluster went
            if not out.done():
                out.set_exception(self.lost(exc))

    def lost(self, cause: BaseException | None = None) -> ClusterError:
        why = f" ({type(cause).__name__}: {cause})" if cause else ""
        return ClusterError(f"lost the Dask scheduler at {self.address} mid-run{why}: the "
                            "episode in progress was not published; run again once the "
                            "cluster is back (or with --scheduler local)")

    def cancel_all(self) -> None:
        """Cancel every task of ours still on the cluster."""
        with self._lock:
            pending = list(self._pending)
            self._pending.clear()
        if pending:
            try:
                self.client.cancel(pending, force=True)
            except Exception:  # noqa: BLE001 - a lost scheduler has nothing left to cancel
                pass

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        if self._closed:
            return
        self._closed = True
        if cancel_futures or not wait:
            self.cancel_all()
        try:
            self.client.close(timeout=2)
        except Exception:  # noqa: BLE001 - closing a client whose scheduler is gone
            pass


def connect(address: str, *, timeout: float | None = None) -> ClusterExecutor:
    """A client of the scheduler at `address`, with at least one worker (ClusterError: one
    line, within about `timeout` seconds)."""
    problem = protocol_problem(address)
    if problem is not None:
        raise ClusterError(problem)
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError("--scheduler needs Dask's distributed package: pip install "
                           "'audiodigest[dask]'") from exc
    _quiet_dask()
    timeout = _timeout() if timeout is None else timeout
    security = _security(address)
    try:
        client = Client(address, timeout=timeout,  # type: ignore[no-untyped-call]
                        security=security, set_as_default=False, name="audiodigest")
    except Exception as exc:  # noqa: BLE001 - OSError, TimeoutError, TLS errors: one line
        reason = _first_line(exc) or type(exc).__name__
        why = "" if "timed out" in reason.lower() else f" ({reason})"
        raise ClusterError(f"could not reach the Dask scheduler at {address} within "
                           f"{timeout:g} s{why}; is `dask scheduler` running there, at this "
                           "address?") from exc
    executor = ClusterExecutor(client, address)
    try:
        client.wait_for_workers(1, timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - TimeoutError: no worker came
        executor.shutdown()
        raise ClusterError(f"the Dask scheduler at {address} has no workers: start some with "
                           f"`dask worker {address} --nthreads 1`") from exc
    return executor


def check_workers(client: Any, voice: VoiceProfile, address: str = "the cluster") -> None:
    """Refuse (ClusterError, one line) unless every worker runs our code and speaks `voice`
    as we would, on threads the voice's engine allows."""
    expect = digests(voice)
    try:  # the scheduler unpickles each task too: it needs the same package
        theirs = client.run_on_scheduler(code_digest)
    except Exception as exc:  # noqa: BLE001 - ModuleNotFoundError there, or the scheduler went
        raise ClusterError(f"the Dask scheduler at {address} cannot run audiodigest "
                           f"({type(exc).__name__}: {_first_line(exc)}); install the same "
                           "audiodigest[dask] there as here") from exc
    if theirs != expect.code:
        raise ClusterError(f"the Dask scheduler at {address} runs other audiodigest code than "
                           "this client: install the same version on the scheduler and every "
                           "worker")
    try:
        answers: dict[str, Any] = client.run(worker_facts, voice, on_error="return")
    except Exception as exc:  # noqa: BLE001 - the scheduler went away
        raise ClusterError(f"could not ask the workers of {address} about voice {voice.name}: "
                           f"{exc}") from exc
    if not answers:
        raise ClusterError(f"the Dask scheduler at {address} has no workers: start some with "
                           f"`dask worker {address} --nthreads 1`")
    problems = []
    for worker, facts in sorted(answers.items()):
        problem = _problem(facts, expect, voice)
        if problem:
            problems.append(f"worker {worker} {problem}")
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ClusterError(f"{problems[0]}{more}; nothing was sent")


def _first_line(exc: object) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def _problem(facts: Any, expect: Digests, voice: VoiceProfile) -> str:
    if not isinstance(facts, WorkerFacts):
        return (f"cannot run audiodigest ({type(facts).__name__}: {_first_line(facts)}); "
                "install it there: pip install 'audiodigest[dask]'")
    if facts.code != expect.code:
        return ("runs other audiodigest code than this client (its sources' digest differs): "
                "install the same version on every worker")
    if facts.problem:
        return f"cannot speak voice {voice.name}: {facts.problem}"
    if facts.voice != expect.voice:
        return (f"has another model for voice {voice.name} than this client ({facts.voice}; "
                f"here: {expect.voice})")
    return thread_problem(voice, facts.nthreads)


@contextmanager
def cluster(address: str, *, timeout: float | None = None) -> Iterator[ClusterExecutor]:
    """Connected for the block; its tasks cancelled and the client closed at the end, however
    the block ends (an error, Ctrl-C)."""
    executor = connect(address, timeout=timeout)
    try:
        yield executor
    finally:
        executor.shutdown(wait=False, cancel_futures=True)


# --- whole episodes on a worker (follow) ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class RemoteEpisode:
    """An episode rendered on a worker: the MP3 and its facts, and the segments it made that
    the client's cache lacks (key -> WAV bytes)."""

    mp3: bytes
    duration_s: float
    sample_rate: int
    channels: int
    bitrate_kbps: int
    chapters: tuple[ChapterMark, ...]
    cues: tuple[Cue, ...]
    loudness_lufs: float | None
    synthesized: int
    segments: Mapping[str, bytes] = field(default_factory=dict)

    def write(self, out: Path) -> RenderedAudio:
        """Write the MP3 at `out` (a client path: a staging folder); what `render()` returns."""
        out.write_bytes(self.mp3)
        return RenderedAudio(out, self.duration_s, self.sample_rate, self.channels,
                             self.bitrate_kbps, self.chapters, self.cues, self.loudness_lufs,
                             synthesized=self.synthesized)


def render_episode_remote(
    script: Script,
    voice: VoiceProfile,
    audio: AudioSettings,
    known: Collection[str] = (),
    segments: Mapping[str, bytes] | None = None,
    intro: tuple[str, bytes] | None = None,
    outro: tuple[str, bytes] | None = None,
    expect: Digests | None = None,
    use_cache: bool = True,
) -> RemoteEpisode:
    """(On a worker.) Render a whole episode as `pipeline.render` would here, and return it
    as bytes and values.

    `known`: the segment keys the client's cache holds (not sent back); `segments`: the WAV
    bytes of those the client chose to send (the rest come from the worker's own segment
    cache, or are synthesized); `intro`/`outro`: (file name, bytes); `expect`: the client's
    digests (ClusterError on a worker that differs); `use_cache` False (`--no-cache`): every
    segment not sent is synthesized again, the worker's own cache neither read nor kept.
    """
    from .pipeline import DigestOptions, render, voices_for

    if expect is not None:
        refused = mismatch(expect, voice)
        if refused is not None:
            raise ClusterError(f"a worker refused the episode: {refused}")
    with tempfile.TemporaryDirectory(prefix="audiodigest-episode-") as tmp:
        folder = Path(tmp)
        # the worker's own cache: later episodes reuse what this one makes
        cache = SegmentCache() if use_cache else SegmentCache(folder / "segments")
        for key, wav in (segments or {}).items():
            if cache.lookup(key) is None:
                cache.store(key, wav)
        clips = {}
        for name, part in (("intro", intro), ("outro", outro)):
            if part is not None:
                clips[name] = folder / f"{name}-{Path(part[0]).name or 'audio'}"
                clips[name].write_bytes(part[1])
        options = DigestOptions(cache=True, cache_dir=cache.root, jobs=1, audio=audio)
        rendered = render(script, voice, folder / "episode.mp3", options,
                          intro=clips.get("intro"), outro=clips.get("outro"))
        mp3 = rendered.path.read_bytes()
        sent = set(known) | set(segments or {})
        new: dict[str, bytes] = {}
        for segment, said_by in zip(script.segments, voices_for(script, voice), strict=True):
            key = segment_key(said_by, segment.text)
            if key not in sent and key not in new:
                path = cache.lookup(key)
                if path is not None:
                    new[key] = path.read_bytes()
    return RemoteEpisode(mp3, rendered.duration_s, rendered.sample_rate, rendered.channels,
                         rendered.bitrate_kbps, rendered.chapters, rendered.cues,
                         rendered.loudness_lufs, rendered.synthesized, new)


def submit_episode(
    executor: ClusterExecutor,
    script: Script,
    voice: VoiceProfile,
    audio: AudioSettings,
    cache: SegmentCache,
    *,
    intro: Path | None = None,
    outro: Path | None = None,
    send_cached: bool = True,
    use_cache: bool = True,
) -> Future[RemoteEpisode]:
    """(On the client.) Send one episode to a worker; the segments the worker makes are kept
    in `cache` before the future completes.

    `send_cached`: the client's cached segments of the episode travel with it (the episode is
    made of exactly those; about 2.6 MB a minute of speech); False: only their keys, and the
    worker takes them from its own cache or synthesizes them again (Piper's noise makes such a
    segment sound slightly different, see contrib/CLUSTER.md). `use_cache` False: see
    `render_episode_remote` (pass an empty `cache` of the episode's own).
    """
    from .pipeline import voices_for

    voices = voices_for(script, voice)
    expect = executor.ready_for(voice)
    for other in {v.name: v for v in voices if v != voice}.values():
        executor.ready_for(other)  # every worker speaks the quoted languages' voices too
    hits: dict[str, bytes] = {}
    for segment, said_by in zip(script.segments, voices, strict=True):
        key = segment_key(said_by, segment.text)
        path = cache.lookup(key)
        if path is not None and key not in hits:
            hits[key] = path.read_bytes() if send_cached else b""
    sent = {k: v for k, v in hits.items() if v}
    parts = [(p.name, p.read_bytes()) if p is not None else None for p in (intro, outro)]
    task = executor.submit(render_episode_remote, script, voice, audio, frozenset(hits), sent,
                           parts[0], parts[1], expect, use_cache)
    done: Future[RemoteEpisode] = Future()

    def arrived(f: Future[RemoteEpisode]) -> None:
        try:
            episode = f.result()
            for key, wav in episode.segments.items():
                cache.store(key, wav)
            outcome: tuple[RemoteEpisode | None, BaseException | None] = (episode, None)
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits on `done`
            outcome = (None, exc)
        if not done.set_running_or_notify_cancel():
            return  # the caller gave the episode up (a run being stopped): nobody waits
        if outcome[1] is not None:
            done.set_exception(outcome[1])
        else:
            assert outcome[0] is not None
            done.set_result(outcome[0])

    task.add_done_callback(arrived)
    return done
