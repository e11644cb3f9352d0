"""Helper processes die with the process that started them, however it ends.

Synthesis workers are children of the main process (fork) or of multiprocessing's forkserver,
itself a child of the main process. A parent that is killed, or that exits at once on Ctrl-C,
runs no clean-up, and a worker blocked on its task queue would wait for ever (the queue's other
writers keep it open), holding the terminal and the output folder's files. Linux delivers a
signal to a child when its parent dies (PR_SET_PDEATHSIG): set in the forkserver (this module
is in its preload list, see synth.process_pool) and in every worker, the chain main process ->
forkserver -> workers falls together. Elsewhere this is a no-op: orphans then exit when their
task queue closes.
"""

from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1
"""Linux prctl option: a signal for this process when its parent dies."""


def die_with_parent() -> None:
    """SIGKILL this process when its parent dies (and at once if it already has)."""
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


die_with_parent()  # on import: how the forkserver runs it
