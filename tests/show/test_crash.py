"""SIGKILL during `publish` at many moments: the feed stays valid and nothing is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL, SHORT_ARTICLE, feed_state, snapshot

KILL_MOMENTS = 20


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


@pytest.mark.slow
def test_sigkill_at_many_moments_loses_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(tmp_path / "cache")}
    out = tmp_path / "out"
    common = ["--out", str(out), "--base-url", BASE_URL, "--quiet"]
    first = _run(["publish", str(_article(tmp_path, 100)), *common], env)
    assert first.wait(120) == 0
    started = time.monotonic()
    timing = _run(["publish", str(_article(tmp_path, 102)), *common], env)
    assert timing.wait(120) == 0
    span = time.monotonic() - started
    published = feed_state(out)
    assert len(published) == 2

    untouched = 0
    for n in range(KILL_MOMENTS):
        before = snapshot(out)
        proc = _run(["publish", str(_article(tmp_path, n)), *common], env)
        time.sleep(0.02 + span * n / KILL_MOMENTS)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        after = feed_state(out)
        for guid in published:
            assert guid in after, f"kill {n} lost episode {guid}"
        if snapshot(out) == before:
            untouched += 1
        else:  # the run got past its point of no return: its episode is complete in the feed
            assert len(after) >= len(published)
        # the next run finishes or undoes what the killed one left, then publishes
        done = _run(["publish", str(_article(tmp_path, n)), *common], env)
        assert done.wait(120) == 0, done.stderr.read().decode() if done.stderr else ""
        published = feed_state(out)
        assert not list((out / ".audiodigest" / "staging").iterdir())
        referenced = {f for f in os.listdir(out) if f.endswith((".mp3", ".vtt", ".srt"))}
        assert len([f for f in referenced if f.endswith(".mp3")]) == len(published)
    assert untouched >= 2  # kills before the commit point leave the folder exactly as it was


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
