"""Ctrl-C at the terminal (SIGINT to the whole process group) stops a run at once, cleanly.

A terminal delivers Ctrl-C to every process of the foreground group: ours, the synthesis
workers and ffmpeg. The run must end within a moment with status 130 and one line, leave no
process behind, print no traceback, keep what was published, and the next run must work.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL, SHORT_ARTICLE, feed_state
from test_follow import Item, NewsSite, serving

INTERRUPTED = "Interrupted: what was in progress was not published"

TOWNS = ["Harbour", "Millbrook", "Eastfield", "Northgate", "Riverside", "Oakham", "Westmere"]


def _long_article(words: int) -> str:
    """A long article of varied sentences, so that no two segments share a cache entry."""
    lines = ["Council publishes its long report on the ferry service", ""]
    n = 0
    while sum(len(line.split()) for line in lines) < words:
        town = TOWNS[n % len(TOWNS)]
        lines.append(f"In {town}, the survey counted {n * 37 + 11} passengers on weekday "
                     f"mornings and {n * 13 + 5} on Sunday evenings, a change of {n % 9 + 1} "
                     f"per cent on the year before, the report says in section {n + 1}.")
        lines.append("")
        n += 1
    return "\n".join(lines)


def _group_alive(pgid: int) -> list[str]:
    """Processes (not zombies) still in the process group."""
    alive = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(stat[:stat.rindex(")") + 1])
    return alive


def _interrupt_when(cmd: list[str], env: dict[str, str], marker: str,
                    stdout_file: Path | None = None, *, term: bool = False
                    ) -> tuple[int, str, float]:
    """Run cmd in its own session; SIGINT its group once `marker` is on stderr (plus a moment).
    (exit status, stderr, seconds from SIGINT to exit)."""
    sink = open(stdout_file, "w") if stdout_file else subprocess.DEVNULL  # noqa: SIM115
    # a suite started in the background inherits SIGINT ignored (as shells start background
    # jobs), and so would the run: give it Ctrl-C's default, as a terminal would
    proc = subprocess.Popen(cmd, env=env, stdout=sink, stderr=subprocess.PIPE, text=True,
                            start_new_session=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stderr is not None
    lines: list[str] = []
    for line in proc.stderr:
        lines.append(line)
        if marker in line:
            break
    else:
        pytest.fail("the run ended before it could be interrupted:\n" + "".join(lines))
    time.sleep(0.5)
    if term:  # systemd's stop: SIGTERM to the main process
        proc.send_signal(signal.SIGTERM)
    else:  # Ctrl-C at the terminal: SIGINT to the whole foreground group
        os.killpg(proc.pid, signal.SIGINT)
    start = time.monotonic()
    try:
        code = proc.wait(timeout=60)  # a guard against a hang, not a speed test
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail("the run did not stop within 60 s of Ctrl-C")
    took = time.monotonic() - start
    if not isinstance(sink, int):
        sink.close()
    lines.extend(proc.stderr.read().splitlines(keepends=True))
    deadline = time.monotonic() + 3
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group_alive(proc.pid) == [], "processes outlived the interrupted run"
    return code, "".join(lines), took


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "AUDIODIGEST_CACHE_DIR": str(tmp_path / "cache")}


def _audiodigest(*args: str) -> list[str]:
    return [sys.executable, "-m", "audiodigest", *args]


def test_ctrl_c_stops_a_publish_at_once_and_keeps_the_show(tmp_path: Path) -> None:
    out, env = tmp_path / "out", _env(tmp_path)
    first = tmp_path / "first.txt"
    first.write_text(SHORT_ARTICLE, encoding="utf-8")
    subprocess.run(_audiodigest("publish", str(first), "--out", str(out), "--base-url",
                                BASE_URL, "--quiet"), env=env, check=True)
    before = feed_state(out)
    long = tmp_path / "long.txt"
    long.write_text(_long_article(2500), encoding="utf-8")
    code, stderr, took = _interrupt_when(
        _audiodigest("publish", str(long), "--out", str(out), "--base-url", BASE_URL,
                     "--no-cache"), env, "rendering")
    assert code == 130, (code, took, stderr)
    assert stderr.rstrip().splitlines()[-1].startswith(INTERRUPTED)
    assert "Traceback" not in stderr and "Exception" not in stderr and "Warning" not in stderr
    assert feed_state(out) == before  # the episode in progress is not in the feed

    again = subprocess.run(_audiodigest("publish", str(long), "--out", str(out), "--base-url",
                                        BASE_URL, "--quiet"), env=env, capture_output=True,
                           text=True)
    assert again.returncode == 0, again.stderr
    assert len(feed_state(out)) == len(before) + 1
    assert not any((out / ".audiodigest" / "staging").iterdir())  # cleaned up


@pytest.fixture
def news() -> Iterator[NewsSite]:
    with serving(NewsSite(items=[Item(n, inline=True) for n in range(1, 9)])) as site:
        yield site


def test_ctrl_c_stops_follow_keeping_what_it_published(news: NewsSite, tmp_path: Path) -> None:
    out, env = tmp_path / "out", _env(tmp_path)
    feed = f"{news.url}/feed.xml"
    record = tmp_path / "stdout.txt"
    code, stderr, took = _interrupt_when(
        _audiodigest("follow", feed, "--out", str(out), "--base-url", BASE_URL, "--jobs", "1"),
        env, "published:", record)
    stdout = record.read_text(encoding="utf-8")
    assert code == 130, (code, took, stderr)
    assert stderr.rstrip().splitlines()[-1].startswith(INTERRUPTED)
    assert "Traceback" not in stderr and "Exception" not in stderr and "Warning" not in stderr
    published = feed_state(out)
    assert 1 <= len(published) < len(news.items)
    assert stdout.count("published ") == len(published)  # each told as it was published

    again = subprocess.run(_audiodigest("follow", feed, "--out", str(out), "--base-url",
                                        BASE_URL, "--quiet"), env=env, capture_output=True,
                           text=True)
    assert again.returncode == 0, again.stderr
    after = feed_state(out)
    assert len(after) == len(news.items)  # the rest, and nothing twice
    assert all(after[name] == size for name, size in published.items())


def test_sigterm_stops_follow_like_ctrl_c_with_status_143(news: NewsSite, tmp_path: Path
                                                          ) -> None:
    out, env = tmp_path / "out", _env(tmp_path)
    feed = f"{news.url}/feed.xml"
    code, stderr, took = _interrupt_when(
        _audiodigest("follow", feed, "--out", str(out), "--base-url", BASE_URL, "--jobs", "1"),
        env, "published:", term=True)
    assert code == 143, (code, took, stderr)
    assert stderr.rstrip().splitlines()[-1].startswith(INTERRUPTED)
    assert "Traceback" not in stderr
    assert 1 <= len(feed_state(out)) < len(news.items)
