"""Helper processes die with the process that started them, however it ends.

Synthesis workers are children of the main process (fork) or of multiprocessing's forkserver,
itself a child of the main process. A parent that is killed, or that exits at once on Ctrl-C,
runs no clean-up, and a worker blocked on its task queue would wait for ever (it holds both ends
of that pipe itself, so it never sees end-of-file), holding the terminal and the output folder's
files. Linux delivers a signal to a child when its parent dies (PR_SET_PDEATHSIG): set in the
forkserver (this module is in its preload list, see synth.process_pool) and in every worker, the
chain main process -> forkserver -> workers falls together. Elsewhere this is a no-op: orphans
then exit when their task queue closes.

The signal only covers a parent that dies after it was asked for, and both helpers start slowly
(an interpreter, then imports): a parent killed in between has already been replaced by init
when the child looks, so asking `getppid()` then proves nothing. Each child is therefore told
which parent it must still have: the forkserver through FORKSERVER_PARENT_ENV (set by
`synth.process_pool` around its start), a worker forked by it through `forkserver_pid()`, a
worker forked from the main process through its initializer's argument. A child whose parent
is already gone exits at once.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

__all__ = ["FORKSERVER_PARENT_ENV", "INHERITED_LOCKS", "die_with_parent", "forkserver_pid",
           "release_inherited_locks"]

PR_SET_PDEATHSIG = 1
"""Linux prctl option: a signal for this process when its parent dies."""
FORKSERVER_PARENT_ENV = "AUDIODIGEST_FORKSERVER_PARENT"
"""The pid of the process starting the forkserver, for the forkserver alone (it removes it
from its environment, so the workers it forks do not inherit it)."""

_forkserver_pid: int | None = None
"""In a forkserver, and in the workers it forks (they inherit this module): its pid."""
INHERITED_LOCKS: set[int] = set()
"""Lock descriptors this process holds (the output folder's); forked workers drop their copies."""


def die_with_parent(parent: int | None = None) -> None:
    """SIGKILL this process when its parent dies, and end it now if its parent is no longer
    `parent` (default: whichever process is its parent at the time of the call)."""
    expected = os.getppid() if parent is None else parent
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != expected:  # the parent died before prctl took effect
        os._exit(1)


def release_inherited_locks() -> None:
    """In a forked child: close the copies of the parent's lock descriptors.

    An flock belongs to the open file, which a fork shares; if a worker kept its copy, a parent
    killed by SIGKILL would leave the folder locked until the worker died too.
    """
    for fd in list(INHERITED_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    INHERITED_LOCKS.clear()


def forkserver_pid() -> int | None:
    """The forkserver this process was forked from (None outside a forkserver's family)."""
    return _forkserver_pid


def _in_forkserver() -> bool:
    """Whether this process is multiprocessing's forkserver importing its preload list."""
    return sys.argv == ["-c"] and "multiprocessing.forkserver" in sys.modules


if _in_forkserver():  # on import: how the forkserver runs it (see synth.process_pool)
    _given = os.environ.pop(FORKSERVER_PARENT_ENV, "")
    _forkserver_pid = os.getpid()
    die_with_parent(int(_given) if _given.isdigit() else None)
