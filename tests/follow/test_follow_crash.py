"""SIGKILL during `follow` at many moments: feed.xml stays valid, nothing is lost or doubled.

The moments are told by what the run has done (asked for the feed, for a page, staged a file,
rewrote feed.xml), not by the clock, so the test means the same on a fast and a slow machine.
The runs speak with espeak-ng (`--voice en-us`): 42 runs of `follow` each starting Piper's
workers took 75 s of the suite, and Piper's own runs are killed in tests/show/test_crash.py.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL, feed_state, kill_when
from test_follow import Item, NewsSite, serving

KILL_MOMENTS = 20
"""Every pair of a moment (5) and a change to the feed (4) once."""
DIGEST_EVERY = 4
"""Every fourth round follows with --digest (two new items in one episode)."""


@pytest.fixture
def news() -> Iterator[NewsSite]:
    with serving(NewsSite(items=[Item(1), Item(2, inline=True)])) as site:
        yield site


def _start(out: Path, feed: str, env: dict[str, str], *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "audiodigest", "follow", feed, "--out", str(out), "--base-url",
         BASE_URL, "--quiet", "--voice", "en-us", *extra], env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE)


def _seen_statuses(out: Path) -> dict[str, str]:
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    try:
        return dict(db.execute("SELECT item, status FROM seen WHERE item != ''").fetchall())
    finally:
        db.close()


def _change(site: NewsSite, n: int) -> int:
    """Round n's change to the feed; how many episodes it adds once followed."""
    new = 100 + 2 * n
    if n % DIGEST_EVERY == DIGEST_EVERY - 1:
        site.items += [Item(new), Item(new + 1, inline=True)]
        return 1
    if n % 2:  # an edit of the previous round's item: replaced, no episode more
        site.items[-1].edit += 1
        return 0
    site.items.append(Item(new, inline=n % 4 == 0))
    return 1


def _staged(out: Path) -> bool:
    staging = out / ".audiodigest" / "staging"
    return staging.is_dir() and any(p.is_file() for p in staging.rglob("*"))


def _moment(n: int, news: NewsSite, out: Path) -> Callable[[], bool]:
    """Round n's moment to kill at, told by what the run has done (not by the clock): at once,
    once it asked for the feed, once it asked for an article page, once it staged a file,
    once it rewrote feed.xml."""
    feed_hits = news.hits["/feed.xml"]
    page_hits = sum(v for k, v in news.hits.items() if k.startswith("/news/"))
    feed = out / "feed.xml"
    feed_mtime = feed.stat().st_mtime_ns if feed.exists() else 0
    moments: list[Callable[[], bool]] = [
        lambda: True,
        lambda: news.hits["/feed.xml"] > feed_hits,
        lambda: sum(v for k, v in news.hits.items() if k.startswith("/news/")) > page_hits,
        lambda: _staged(out),
        lambda: feed.exists() and feed.stat().st_mtime_ns != feed_mtime,
    ]
    return moments[n % len(moments)]


@pytest.mark.slow
def test_sigkill_during_follow_at_many_moments(news: NewsSite, tmp_path: Path) -> None:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "show"
    feed = f"{news.url}/feed.xml"
    assert _start(out, feed, env).wait(120) == 0
    news.items.append(Item(3))
    assert _start(out, feed, env).wait(120) == 0
    published = feed_state(out)
    assert len(published) == 3

    before_the_feed = 0
    for n in range(KILL_MOMENTS):
        expected = len(published) + _change(news, n)
        extra = ("--digest",) if n % DIGEST_EVERY == DIGEST_EVERY - 1 else ()
        before = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
        feed_hits = news.hits["/feed.xml"]
        moment = _moment(n, news, out)
        proc = _start(out, feed, env, *extra)
        killed = kill_when(proc, moment)
        after = feed_state(out)
        for guid in published:
            assert guid in after, f"kill {n} lost episode {guid}"
        if killed and news.hits["/feed.xml"] == feed_hits:  # before it read the feed
            before_the_feed += 1
            assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} \
                == before, f"kill {n}: a run that never read the feed changed the show"
        # the next run finishes or undoes what the killed one left, then follows the feed
        done = _start(out, feed, env, *extra)
        assert done.wait(120) == 0, done.stderr.read().decode() if done.stderr else ""
        published = feed_state(out)
        assert len(published) == expected, f"round {n}: an item was lost or published twice"
        assert set(_seen_statuses(out).values()) == {"done"}
        assert not list((out / ".audiodigest" / "staging").iterdir())
        mp3s = [f for f in os.listdir(out) if f.endswith(".mp3")]
        assert len(mp3s) == len(published)
    assert before_the_feed >= 1  # the "at once" moments, at least
