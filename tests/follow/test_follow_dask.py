"""`audiodigest follow --scheduler` on a real Dask cluster (scheduler and worker processes on
127.0.0.1): whole episodes are rendered on the workers and filed here.

The episodes are the ones a local run makes (espeak-ng is deterministic: the same PCM); one
task per episode, not per segment; the segments come back to the client's cache; a worker
killed mid-run loses nothing; a scheduler lost mid-run ends the run with one line, leaves the
show whole, and the next run publishes what was left.
"""

from __future__ import annotations

import html
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask_helpers import REPO, Cluster, local_cluster
from pipeline_helpers import BASE_URL, feed_episodes

pytestmark = pytest.mark.slow

VOICE = "espeak-en-us"
RUN_TIMEOUT_S = 300
"""A hang guard for one run on a loaded machine, not a speed expectation."""
PLACES = ["harbour", "library", "station", "market", "bridge", "school", "clinic", "park"]


def _story(n: int, sentences: int) -> tuple[str, str]:
    place = PLACES[n % len(PLACES)]
    title = f"Council reopens the {place} after repairs, story {n}"
    lines = [f"The town council reopened the {place} on day {n} of the month.",
             f"Repairs to the {place} took longer than planned because of the storm.",
             "Residents said they were glad to have it back before the winter.",
             f"The mayor thanked the {n + 10} workers who finished the job.",
             "A ceremony with music and speeches was held in the afternoon.",
             "The council will publish the final cost of the work next month.",
             "Opening hours run from nine in the morning until seven in the evening.",
             "Visitors are asked to use the side entrance while the paint dries."]
    body = "".join(f"<p>{lines[i % len(lines)]}</p>" for i in range(sentences))
    return title, body


def _feed(path: Path, items: int, sentences: int = 4) -> Path:
    entries = []
    for n in range(1, items + 1):
        title, body = _story(n, sentences)
        entries.append(
            f"<item><title>{html.escape(title)}</title>"
            f"<link>https://town.example/news/{n}.html</link>"
            f"<guid isPermaLink=\"false\">story-{n}</guid>"
            f"<pubDate>Mon, {n:02d} Nov 2026 08:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>")
    path.write_text(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
        "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        "<title>Town news</title><link>https://town.example/</link>"
        f"<description>Local news</description>{''.join(reversed(entries))}</channel></rss>",
        encoding="utf-8")
    return path


def _cmd(out: Path, feed: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "audiodigest", "follow", str(feed), "--out", str(out),
            "--base-url", BASE_URL, "--voice", VOICE, *args]


def _env(cache: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache), **extra}
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    return env


def _run(out: Path, feed: Path, *args: str, cache: Path, **extra: str
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cmd(out, feed, *args), capture_output=True, text=True, cwd=REPO,
                          env=_env(cache, **extra), timeout=RUN_TIMEOUT_S, check=False)


def _pcm(mp3: Path) -> bytes:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-"],
                          capture_output=True, check=True).stdout


def _wavs(cache: Path) -> set[str]:
    return {p.stem for p in cache.rglob("*.wav") if ".part" not in p.name}


def _failed(out: Path) -> list[str]:
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    try:
        return [r[0] for r in db.execute(
            "SELECT item FROM seen WHERE item != '' AND status != 'done'")]
    finally:
        db.close()


def _executed(cluster: Cluster) -> int:
    with cluster.client() as client:
        return sum(client.run(lambda dask_worker: dask_worker.state.executed_count).values())


def _busy_worker(cluster: Cluster, deadline: float, proc: subprocess.Popen[str]) -> str | None:
    """The address of a worker running one of our tasks, as soon as there is one."""
    with cluster.client() as client:
        while time.monotonic() < deadline and proc.poll() is None:
            busy = [w for w, tasks in client.processing().items() if tasks]
            if busy:
                return str(busy[0])
            time.sleep(0.02)
    return None


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with local_cluster(tmp_path_factory.mktemp("dask-follow")) as c:
        yield c


def test_follow_on_the_cluster_publishes_what_a_local_run_does(cluster: Cluster,
                                                               tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.xml", 4)
    local = _run(tmp_path / "local", feed, "--scheduler", "local", cache=tmp_path / "c-local")
    assert local.returncode == 0, local.stderr
    before = _executed(cluster)
    remote = _run(tmp_path / "remote", feed, "--scheduler", cluster.address,
                  cache=tmp_path / "c-remote")
    assert remote.returncode == 0, remote.stderr
    assert f"Synthesizing on the Dask cluster at {cluster.address}" in remote.stderr
    assert _executed(cluster) - before == 4  # one task per episode: synthesis and encoding
    mine, theirs = feed_episodes(tmp_path / "local"), feed_episodes(tmp_path / "remote")
    assert len(mine) == 4 and mine.keys() == theirs.keys()
    for guid, episode in mine.items():
        audio, their_audio = tmp_path / "local" / episode["audio"], \
            tmp_path / "remote" / theirs[guid]["audio"]
        assert theirs[guid]["title"] == episode["title"]
        assert _pcm(their_audio) == _pcm(audio)
        assert their_audio.with_suffix(".vtt").read_text() == \
            audio.with_suffix(".vtt").read_text()
    # the segments the workers made came back to the client's cache
    assert _wavs(tmp_path / "c-remote") == _wavs(tmp_path / "c-local")
    again = _run(tmp_path / "remote", feed, "--scheduler", cluster.address,
                 cache=tmp_path / "c-remote")
    assert again.returncode == 0, again.stderr
    assert "published" not in again.stdout  # nothing new: nothing sent, nothing rewritten


def test_a_worker_killed_mid_follow_loses_nothing(cluster: Cluster, tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.xml", 5, sentences=12)
    out, cache = tmp_path / "show", tmp_path / "cache"
    pids = cluster.worker_pids()
    proc = subprocess.Popen(_cmd(out, feed, "--scheduler", cluster.address, "-q"),
                            env=_env(cache), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        busy = _busy_worker(cluster, time.monotonic() + RUN_TIMEOUT_S, proc)
        assert busy is not None, f"no task reached the workers: {proc.communicate()[1]}"
        os.kill(pids[busy], signal.SIGKILL)  # the episode it renders runs again elsewhere
        _out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert len(feed_episodes(out)) == 5 and not _failed(out)
    cluster.wait_for_workers(2)  # the nanny brought it back for the tests after this one


def test_a_lost_scheduler_ends_follow_and_the_next_run_publishes_the_rest(
        tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.xml", 4, sentences=12)
    out, cache = tmp_path / "show", tmp_path / "cache"
    with local_cluster(tmp_path / "dask", workers=1) as c:
        proc = subprocess.Popen(_cmd(out, feed, "--scheduler", c.address, "-q"),
                                env=_env(cache, AUDIODIGEST_SCHEDULER_TIMEOUT="2"), cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            busy = _busy_worker(c, time.monotonic() + RUN_TIMEOUT_S, proc)
            assert busy is not None, f"no task reached the worker: {proc.communicate()[1]}"
            os.killpg(c.scheduler.pid, signal.SIGKILL)
            _out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 1, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: lost the Dask scheduler"), err
    published = feed_episodes(out) if (out / "feed.xml").exists() else {}
    assert len(published) < 4
    assert not list(out.glob(".audiodigest/staging/*/*"))  # nothing left half-filed
    if (out / ".audiodigest").exists():
        assert not _failed(out)  # the items are not put off as failures: they stay new
    after = _run(out, feed, "--scheduler", "local", "-q", cache=cache)
    assert after.returncode == 0, after.stderr
    assert len(feed_episodes(out)) == 4
    assert published.keys() <= feed_episodes(out).keys()
