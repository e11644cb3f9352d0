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

TOWNS = ["Harbour", "Millbrook", "Eastfield", "Northgate", "Riverside", "Oakham", "Westmere",
         "Kingsbridge", "Saltmarsh", "Hollowell", "Brackley", "Fernhill", "Ashcombe"]
WHO = ["the survey", "local traders", "a harbour pilot", "the mayor's office", "two residents",
       "the union", "a school governor", "the operator", "commuters' groups", "a councillor",
       "the chamber of commerce"]
SAID = ["reported", "complained", "argued", "noted with alarm", "found", "insisted",
        "told the inquiry", "admitted"]
RIDERS = ["passengers", "cyclists", "pensioners", "pupils", "lorry drivers", "nurses",
          "tourists", "shift workers", "market porters"]
USED = ["crossed on", "missed", "queued for", "gave up on", "praised", "relied on", "avoided"]
BOATS = ["early sailing", "night ferry", "weekend service", "new catamaran", "freight boat",
         "summer timetable", "replacement bus", "river launch", "cancelled crossing",
         "winter shuttle", "old paddle steamer"]
WHEN = ["on weekday mornings", "during the storms of March", "after the fare rise",
        "before the bridge closed", "over the bank holiday", "while repairs dragged on",
        "last autumn", "at the height of the festival", "through the long strike"]
WHY = ["because tickets cost more than fuel", "since the car park was flooded",
       "as the timetable kept changing", "though nobody explained why",
       "when the ramp failed its inspection", "after rumours of a sale",
       "despite a promise of refunds", "with no shelter from the rain"]
NEXT = ["officials promised a review by spring", "the board will meet again in June",
        "a petition gathered thousands of names", "the minister declined to comment",
        "engineers expect more delays", "fares may be frozen next year",
        "the harbour trust wants a new pier"]


def _long_article(words: int) -> str:
    """A long article of varied sentences, so that no two segments share a cache entry and
    none is dropped as a near copy of another (extract/repeats.py compares word pairs: one
    template with changed figures would leave a few hundred words, rendered in a moment, and
    so would a few phrases recombined: each paragraph needs words of its own, its figures)."""
    lines = ["Council publishes its long report on the ferry service", ""]
    n = 0
    while sum(len(line.split()) for line in lines) < words:
        def pick(choices: list[str], step: int, n: int = n) -> str:
            return choices[(n * step + n // len(choices)) % len(choices)]
        lines.append(f"In {pick(TOWNS, 1)}, {pick(WHO, 3)} {pick(SAID, 5)} that "
                     f"{n * 37 + 11} {pick(RIDERS, 7)} {pick(USED, 2)} the {pick(BOATS, 3)} "
                     f"{pick(WHEN, 5)}, {n * 13 + 5} minutes late on average, {pick(WHY, 7)}; "
                     f"fares rose {n * 7 + 3} pence, and {pick(NEXT, 3)}.")
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


def test_the_long_article_keeps_its_words_through_extraction() -> None:
    # the publish below must still be rendering when Ctrl-C comes: an article the extractor
    # cut to a few hundred words (as near copies) was rendered before it, and the test failed
    from audiodigest import extract_text

    article = extract_text(_long_article(1200))
    assert article.word_count >= 1100


def test_ctrl_c_stops_a_publish_at_once_and_keeps_the_show(tmp_path: Path) -> None:
    out, env = tmp_path / "out", _env(tmp_path)
    first = tmp_path / "first.txt"
    first.write_text(SHORT_ARTICLE, encoding="utf-8")
    subprocess.run(_audiodigest("publish", str(first), "--out", str(out), "--base-url",
                                BASE_URL, "--quiet"), env=env, check=True)
    before = feed_state(out)
    long = tmp_path / "long.txt"
    long.write_text(_long_article(1200), encoding="utf-8")
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
