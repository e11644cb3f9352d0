"""A real Dask cluster on 127.0.0.1 for tests and benchmarks: `python -m
distributed.cli.dask_scheduler` and `dask_worker` processes on random ports, each in its own
process group, all killed when the block ends (none is left behind).

Their process groups stay in the caller's session: with the kernel's autogroup scheduling, a
process in a session of its own gets a CPU share of its own on a loaded machine, which would
flatter the cluster against a local pool (measured: 0.6x "faster" with both warm)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 120.0
"""Generous: on a loaded 2-core machine a worker importing audiodigest takes seconds."""


@dataclass
class Cluster:
    address: str
    folder: Path
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    worker_args: Sequence[str] = ()
    security: Any = None
    """distributed.security.Security for a tls:// cluster."""

    def client(self) -> Any:
        from distributed import Client

        return Client(self.address, timeout=30, set_as_default=False, security=self.security)

    def worker_pids(self) -> dict[str, int]:
        """Worker address -> pid of the process that runs its tasks (not its nanny)."""
        with self.client() as client:
            return {addr: int(pid) for addr, pid in client.run(os.getpid).items()}

    def add_worker(self, *, nthreads: int = 1, env: Mapping[str, str] | None = None,
                   name: str | None = None, wait: bool = True) -> subprocess.Popen[bytes]:
        n = len(self.workers) + 1
        log = (self.folder / f"worker-{n}.log").open("wb")
        cmd = [sys.executable, "-m", "distributed.cli.dask_worker", self.address,
               "--nthreads", str(nthreads), "--no-dashboard", "--host", "127.0.0.1",
               "--name", name or f"w{n}", "--local-directory", str(self.folder / f"w{n}"),
               *self.worker_args]
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                                env=dict(env or worker_env(self.folder / f"cache-w{n}")),
                                process_group=0, cwd=self.folder)
        self.workers.append(proc)
        if wait:
            self.wait_for_workers(sum(1 for w in self.workers if w.poll() is None))
        return proc

    def wait_for_workers(self, n: int) -> None:
        with self.client() as client:
            client.wait_for_workers(n, timeout=START_TIMEOUT_S)

    def stop_worker(self, proc: subprocess.Popen[bytes]) -> None:
        _kill_group(proc)
        self.workers.remove(proc)

    def stop(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            _kill_group(proc)


def worker_env(cache: Path, **extra: str) -> dict[str, str]:
    """A worker's environment: this checkout importable (workers run in a folder of their own,
    so that `-m` puts no checkout first on their path), a segment cache of its own (not the
    client's: what the client gets must come back through the cluster)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "AUDIODIGEST_CACHE_DIR": str(cache),
           "AUDIODIGEST_NO_PLUGINS": "1", **extra}
    return env


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the process and everything it started (a worker's nanny and its child)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass


@contextmanager
def local_cluster(folder: Path, workers: int = 2, *, nthreads: int = 1,
                  env: Mapping[str, str] | None = None,
                  scheduler_env: Mapping[str, str] | None = None,
                  scheduler_args: Sequence[str] = (), worker_args: Sequence[str] = (),
                  security: Any = None) -> Iterator[Cluster]:
    """A scheduler and `workers` workers of `nthreads` threads each, on 127.0.0.1 (the
    scheduler unpickles tasks: it imports this checkout too, unless `scheduler_env` says)."""
    folder.mkdir(parents=True, exist_ok=True)
    info = folder / "scheduler.json"
    info.unlink(missing_ok=True)
    log = (folder / "scheduler.log").open("wb")
    scheduler = subprocess.Popen(
        [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
         "--port", "0", "--no-dashboard", "--scheduler-file", str(info), *scheduler_args],
        stdout=log, stderr=subprocess.STDOUT, process_group=0, cwd=folder,
        env=dict(scheduler_env or {**os.environ, "PYTHONPATH": str(REPO)}))
    cluster = Cluster("", folder, scheduler, worker_args=worker_args, security=security)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                cluster.address = json.loads(info.read_text())["address"]
                break
            except (OSError, ValueError, KeyError):
                if scheduler.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the scheduler did not start: "
                                       + (folder / "scheduler.log").read_text()[-2000:]) from None
                time.sleep(0.1)
        for _ in range(workers):
            cluster.add_worker(nthreads=nthreads, env=env, wait=False)
        if workers:
            cluster.wait_for_workers(workers)
        yield cluster
    finally:
        cluster.stop()
