"""SIGKILL during `publish` at many moments: the feed stays valid and nothing is lost.

The moments are told by what the run has done (staged its audio, staged its feed, moved the
feed into place), not by the clock, so the test means the same on any machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL, SHORT_ARTICLE, feed_state, kill_when, snapshot

KILL_MOMENTS = 12
"""Each of the 4 moments 3 times."""
"""A run that neither reaches its moment nor ends in this long is hung (generous: a loaded
machine must not fail the test)."""


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "audiodigest", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _article(folder: Path, n: int) -> Path:
    """Even n: a new article; odd n: an edit of the previous one."""
    path = folder / f"story-{n // 2}.txt"
    text = SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                 f"Council approves ferry timetable number {n // 2}")
    text = text.replace("six months", f"{n + 2} months")
    path.write_text(text, encoding="utf-8")
    return path


def _staged(out: Path, suffix: str) -> bool:
    staging = out / ".audiodigest" / "staging"
    return staging.is_dir() and any(p.name.endswith(suffix) for p in staging.rglob("*"))


def _moment(n: int, out: Path) -> Callable[[], bool]:
    """Round n's moment to kill at, told by what the run has done (not by the clock): at once,
    once it staged its audio, once it staged the new feed, once it moved it into place."""
    feed = out / "feed.xml"
    feed_mtime = feed.stat().st_mtime_ns
    moments: list[Callable[[], bool]] = [
        lambda: True,
        lambda: _staged(out, ".mp3"),
        lambda: _staged(out, "feed.xml"),
        lambda: feed.stat().st_mtime_ns != feed_mtime,
    ]
    return moments[n % len(moments)]


@pytest.mark.slow
def test_sigkill_at_many_moments_loses_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "out"
    common = ["--out", str(out), "--base-url", BASE_URL, "--quiet"]
    first = _run(["publish", str(_article(tmp_path, 100)), *common], env)
    assert first.wait(120) == 0
    second = _run(["publish", str(_article(tmp_path, 102)), *common], env)
    assert second.wait(120) == 0
    published = feed_state(out)
    assert len(published) == 2

    for n in range(KILL_MOMENTS):
        before = snapshot(out)
        moment = _moment(n, out)
        proc = _run(["publish", str(_article(tmp_path, n)), *common], env)
        killed = kill_when(proc, moment)
        after = feed_state(out)
        for guid in published:
            assert guid in after, f"kill {n} lost episode {guid}"
        if killed and n % 4 in (0, 1):  # before its feed was staged: before the commit
            assert snapshot(out) == before, f"kill {n} changed the show before its commit"
        elif snapshot(out) != before:  # it got past its point of no return: complete
            assert len(after) >= len(published)
        # the next run finishes or undoes what the killed one left, then publishes
        done = _run(["publish", str(_article(tmp_path, n)), *common], env)
        assert done.wait(120) == 0, done.stderr.read().decode() if done.stderr else ""
        published = feed_state(out)
        assert not list((out / ".audiodigest" / "staging").iterdir())
        referenced = {f for f in os.listdir(out) if f.endswith((".mp3", ".vtt", ".srt"))}
        assert len([f for f in referenced if f.endswith(".mp3")]) == len(published)


def test_published_files_reach_the_disk_before_the_feed_names_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Power loss, unlike a kill, drops what is only in the page cache: each episode file is
    flushed before the catalogue commit names it, the folder after the files are renamed into
    it, and feed.xml before its rename and the folder after it. (Spies: the calls go through.)"""
    from audiodigest.pipeline import DigestOptions
    from audiodigest.show.catalogue import Catalogue
    from audiodigest.show.publish import publish

    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_put = os.fsync, os.replace, Catalogue.put

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        events.append(("replace", str(dst)))
        real_replace(src, dst)

    def put(self: Catalogue, episode: object) -> None:
        events.append(("commit", ""))
        real_put(self, episode)

    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "a.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(Catalogue, "put", put)
    out = tmp_path / "out"
    episode = publish([str(article)], DigestOptions(out_dir=out, base_url=BASE_URL)).episode
    monkeypatch.undo()

    commit = events.index(("commit", ""))
    feed_in = events.index(("replace", str(out / "feed.xml")))
    root_syncs = [i for i, e in enumerate(events) if e == ("fsync", str(out))]
    for name in episode.files:
        if name == episode.page_file:
            continue
        synced = [i for i, (kind, path) in enumerate(events)
                  if kind == "fsync" and path.endswith(f"/staging/{path.split('/')[-2]}/{name}")]
        assert synced and synced[0] < commit, f"{name} not flushed before the commit"
        moved = events.index(("replace", str(out / name)))
        assert commit < moved < feed_in
        assert any(moved < i < feed_in for i in root_syncs), f"{name}'s rename not flushed"
    assert any(kind == "fsync" and path.endswith("/site/feed.xml")
               for kind, path in events[:feed_in])
    assert any(i > feed_in for i in root_syncs), "the feed's rename is not flushed"
