"""Helpers for the hostile-input suite (tests/test_hostile_*.py): run the CLI, check the rules.

Every error a user can cause must end in one `Error: ...` line on stderr, exit status 1, and
an output folder exactly as it was; these helpers say that once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from click.testing import CliRunner, Result
from pipeline_helpers import BASE_URL, SHORT_ARTICLE

from audiodigest.cli import cli

__all__ = [
    "BASE_URL",
    "SHORT_ARTICLE",
    "Ran",
    "assert_one_error_line",
    "full_snapshot",
    "invoke",
    "publish_args",
    "run_cli",
]

# A subprocess that takes longer than this is hung, not slow: the hostile inputs must be
# handled in bounded time. Generous, so a loaded CI machine does not fail the suite.
SUBPROCESS_TIMEOUT_S = 120.0
REPO = Path(__file__).resolve().parents[1]


def publish_args(source: str, out: Path, *extra: str) -> list[str]:
    return ["publish", source, "--out", str(out), "--base-url", BASE_URL, *extra]


def invoke(args: list[str], cache: Path, stdin: str | bytes | None = None) -> Result:
    """The CLI in-process, with a cache of the test's own (CliRunner keeps stderr apart)."""
    return CliRunner().invoke(cli, args, input=stdin,
                              env={"AUDIODIGEST_CACHE_DIR": str(cache)})


def full_snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder`, the state folder included, with its size and mtime (ns).

    The lock file is left out: taking the lock is not a change a listener or the next run
    could see.
    """
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "lock"
    }


def assert_one_error_line(stderr: str, exit_code: int, *, contains: str = "") -> str:
    """Exit 1 and exactly one line on stderr, `Error: ...`, no traceback; returns the line."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert exit_code == 1, f"exit {exit_code}, stderr: {stderr[-2000:]}"
    assert len(lines) == 1, f"expected one line on stderr, got {len(lines)}: {stderr[-2000:]}"
    (line,) = lines
    assert line.startswith("Error: "), line
    assert "Traceback" not in stderr
    assert contains.lower() in line.lower(), f"{contains!r} not in {line!r}"
    return line


@dataclass(frozen=True)
class Ran:
    """A finished `audiodigest` process and the peak memory it used."""

    returncode: int
    stdout: str
    stderr: str
    max_rss_mb: float


def run_cli(args: list[str], cache: Path, *, timeout: float = SUBPROCESS_TIMEOUT_S,
            stdin: bytes | None = None) -> Ran:
    """`python -m audiodigest ARGS` as a real process: real stderr (a tool's own noise shows),
    a hard timeout, and its peak resident memory as the kernel counted it (wait4)."""
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "audiodigest", *args], cwd=REPO, env=env,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    streams: dict[str, bytes] = {}

    def read(name: str, pipe: IO[bytes]) -> None:
        streams[name] = pipe.read()

    readers = [threading.Thread(target=read, args=(n, s), daemon=True)
               for n, s in (("out", proc.stdout), ("err", proc.stderr))]
    for t in readers:
        t.start()
    if stdin is not None and proc.stdin is not None:
        with proc.stdin:
            proc.stdin.write(stdin)
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            proc.returncode = -9
            raise AssertionError(f"audiodigest {' '.join(args)[:200]} still running after "
                                 f"{timeout:g} s")
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    return Ran(proc.returncode, streams.get("out", b"").decode("utf-8", "replace"),
               streams.get("err", b"").decode("utf-8", "replace"), usage.ru_maxrss / 1024)


def published_show(root: Path) -> tuple[Path, Path]:
    """(output folder with one published episode, cache folder) under `root`."""
    from pipeline_helpers import SHORT_ARTICLE

    article = root / "ferry.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    out, cache = root / "out", root / "cache"
    result = invoke(publish_args(str(article), out), cache)
    assert result.exit_code == 0, result.stderr
    return out, cache


def publish_fails(show: tuple[Path, Path], source: str, contains: str) -> str:
    """Publishing `source` into the show fails with one line and changes nothing there."""
    out, cache = show
    before = full_snapshot(out)
    result = invoke(publish_args(source, out), cache)
    line = assert_one_error_line(result.stderr, result.exit_code, contains=contains)
    assert result.stdout == ""
    assert full_snapshot(out) == before, "a failed publish changed the output folder"
    return line
