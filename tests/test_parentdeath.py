"""A pool's owner killed at the worst moment leaves no process behind (parentdeath.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

GONE_WITHIN_S = 10.0
"""Generous: the helpers of a killed owner end at once; a loaded machine may be slow to say."""
OWNER = """
import os, signal, threading, time
from audiodigest.tts.synth import process_pool
pool = process_pool(2, fork=False)  # the forkserver is starting now
threading.Timer(0.005, os.kill, (os.getpid(), signal.SIGKILL)).start()
pool.submit(os.getpid)  # a fork request waits for it; the owner dies before it is served
time.sleep(60)
"""


def _marked(mark: str) -> list[str]:
    """Processes (not zombies) whose environment carries `mark`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() not in (entry / "environ").read_bytes():
                continue
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if stat[stat.rindex(")") + 2:].split()[0] != "Z":
            found.append(stat[:stat.rindex(")") + 1])
    return found


def test_an_owner_killed_while_its_forkserver_starts_leaves_nothing() -> None:
    """The forkserver and its first worker start slowly; an owner SIGKILLed meanwhile must
    not leave them waiting for each other for ever (parent 1, holding each other's pipes)."""
    mark = f"AUDIODIGEST_PARENTDEATH_TEST={uuid.uuid4().hex}"
    name, value = mark.split("=")
    # no pipes to the owner: a helper it leaves behind would hold them open
    owner = subprocess.Popen([sys.executable, "-c", OWNER], env={**os.environ, name: value},
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert owner.wait(120) == -signal.SIGKILL
    deadline = time.monotonic() + GONE_WITHIN_S
    while (left := _marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in (int(line.split(" ", 1)[0]) for line in left):
        os.kill(pid, signal.SIGKILL)  # not to outlive the test either way
    assert not left, f"still there after the owner was killed: {left}"
