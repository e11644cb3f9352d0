"""Synthesis on a real Dask cluster: `python -m distributed.cli.dask_scheduler` and two
`dask_worker` processes (--nthreads 1, nannies) on 127.0.0.1, started here and killed at the end.

The audio through the cluster is the audio without it; a worker killed mid-run costs nothing;
Ctrl-C cancels the cluster's tasks; a lost scheduler ends the run with one line and nothing
published; workers that differ from the client (code, voice, threads) are refused.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask_helpers import REPO, Cluster, local_cluster, worker_env

from audiodigest.audio.master import AudioSettings
from audiodigest.cluster import ClusterExecutor, submit_episode
from audiodigest.models import Article, Section
from audiodigest.pipeline import DigestOptions, make_script, render
from audiodigest.tts.cache import SegmentCache, segment_key
from audiodigest.tts.voices import choose_voice

pytestmark = pytest.mark.slow

ARTICLE = """Council approves new ferry timetable

The harbour council approved a new ferry timetable on Tuesday.

Boats will leave every twenty minutes during the morning peak.

Evening crossings will run every half hour until midnight.

Single tickets will cost the same as last year.

Monthly passes for students will become cheaper in May.

The council will review the changes after six months.
"""
RUN_TIMEOUT_S = 300
"""A hang guard for one CLI run on a loaded machine, not a speed expectation."""


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    with local_cluster(tmp_path_factory.mktemp("dask")) as c:
        yield c


def _env(cache: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache), **extra}


def _run(*args: str, cache: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiodigest", *args], capture_output=True,
                          text=True, env=_env(cache, **extra), cwd=REPO, timeout=RUN_TIMEOUT_S,
                          check=False)


def _pcm(mp3: Path) -> bytes:
    return subprocess.run(["ffmpeg", "-v", "error", "-i", str(mp3), "-f", "s16le", "-"],
                          capture_output=True, check=True).stdout


def _wavs(cache: Path) -> set[str]:
    return {p.stem for p in cache.rglob("*.wav") if ".part" not in p.name}


def _article(tmp_path: Path, text: str = ARTICLE) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _long_article(tmp_path: Path) -> Path:
    """ARTICLE and forty sentences no other test renders: after its first segment the run has
    many left to synthesize, even on workers whose cache holds ARTICLE's, so it cannot end
    before a test that waits for that segment interrupts it, however loaded the machine."""
    piers = ("north", "south", "east", "west", "island")
    extra = "\n\n".join(f"Pier {n} on the {piers[n % 5]} side will get a shelter."
                         for n in range(1, 41))
    return _article(tmp_path, f"{ARTICLE}\n{extra}\n")


def _keys(text_file: Path, voice: str | None = None) -> set[str]:
    """The segment keys the client computes for this article and voice."""
    from audiodigest.pipeline import load_articles

    articles = load_articles([str(text_file)])
    script, choice = make_script(articles, DigestOptions(voice=voice))
    return {segment_key(choice.profile, s.text) for s in script.segments}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def _wait_for(predicate: object, what: str, timeout: float = RUN_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


def test_render_on_the_cluster_is_the_local_render(cluster: Cluster, tmp_path: Path) -> None:
    """espeak-ng is deterministic: the same segments, the same decoded PCM, bit for bit."""
    text = _article(tmp_path)
    local = _run("render", str(text), "-o", str(tmp_path / "local.mp3"), "--voice",
                 "espeak-en-us", "-q", cache=tmp_path / "cache-local")
    assert local.returncode == 0, local.stderr
    remote = _run("render", str(text), "-o", str(tmp_path / "remote.mp3"), "--voice",
                  "espeak-en-us", "--scheduler", cluster.address, cache=tmp_path / "cache-remote")
    assert remote.returncode == 0, remote.stderr
    assert f"Synthesizing on the Dask cluster at {cluster.address} (2 workers" in remote.stderr
    assert _pcm(tmp_path / "remote.mp3") == _pcm(tmp_path / "local.mp3")
    keys = _keys(text, "espeak-en-us")
    assert _wavs(tmp_path / "cache-remote") == _wavs(tmp_path / "cache-local") == keys
    for key in keys:  # the segments the workers made are the ones made here
        sub = Path(key[:2]) / f"{key}.wav"
        assert (tmp_path / "cache-remote" / sub).read_bytes() == \
            (tmp_path / "cache-local" / sub).read_bytes()


def _executed(cluster: Cluster) -> int:
    with cluster.client() as client:
        return sum(client.run(lambda dask_worker: dask_worker.state.executed_count).values())


def test_only_misses_go_to_the_workers_and_come_back_to_the_cache(cluster: Cluster,
                                                                   tmp_path: Path) -> None:
    """The default (Piper) voice: keys computed here, cached segments not sent, what workers
    make kept here, and the episode made of exactly those segments."""
    cache, out = tmp_path / "cache", tmp_path / "show"
    first = _article(tmp_path, ARTICLE.split("Single tickets")[0])
    warm = _run("render", str(first), "-o", str(tmp_path / "first.mp3"), "-q", cache=cache)
    assert warm.returncode == 0, warm.stderr
    had = _wavs(cache)
    text = _article(tmp_path)
    before = _executed(cluster)
    proc = _run("publish", str(text), "--out", str(out), "--base-url", "http://127.0.0.1:8765/",
                "--json", "--scheduler", cluster.address, cache=cache)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    keys = _keys(text)
    missing = keys - had
    assert missing and result["synthesized_segments"] == len(missing)
    assert _executed(cluster) - before == len(missing)  # one task per miss, no more
    assert _wavs(cache) == had | keys
    again = _run("render", str(text), "-o", str(tmp_path / "again.mp3"), "--scheduler", "local",
                 "-q", cache=cache)  # every segment from the cache now: the same episode
    assert again.returncode == 0, again.stderr
    assert _pcm(tmp_path / "again.mp3") == _pcm(Path(result["file"]))


def test_a_worker_killed_mid_run_loses_nothing(cluster: Cluster, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = _article(tmp_path, ARTICLE + "\nThe mayor welcomed the vote.\n\nCritics said "
                    "the fares were still too high for families.\n")
    keys = _keys(text)
    victim = next(iter(cluster.worker_pids().values()))
    proc = subprocess.Popen([sys.executable, "-m", "audiodigest", "render", str(text), "-o",
                             str(tmp_path / "a.mp3"), "--scheduler", cluster.address, "-q"],
                            env=_env(cache), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(lambda: _wavs(cache) or proc.poll() is not None, "a first segment")
        assert proc.poll() is None and len(_wavs(cache)) < len(keys), "the run ended too soon"
        os.kill(victim, signal.SIGKILL)  # its task (if any) runs again elsewhere
        out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert _wavs(cache) == keys
    again = _run("render", str(text), "-o", str(tmp_path / "b.mp3"), "--scheduler", "local",
                 "-q", cache=cache)
    assert again.returncode == 0 and _pcm(tmp_path / "b.mp3") == _pcm(tmp_path / "a.mp3")
    cluster.wait_for_workers(2)  # the nanny brought it back for the tests after this one


def _tasks(cluster: Cluster) -> int:
    with cluster.client() as client:
        return int(client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)))


def test_ctrl_c_cancels_the_clusters_tasks(cluster: Cluster, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    text = _long_article(tmp_path)
    # Ctrl-C reaches the run even when these tests run in the background, where the shell
    # starts them with SIGINT ignored (inherited, it would make the signal a no-op)
    proc = subprocess.Popen([sys.executable, "-m", "audiodigest", "render", str(text), "-o",
                             str(tmp_path / "a.mp3"), "--scheduler", cluster.address, "-q"],
                            env=_env(cache), cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_for(lambda: _wavs(cache) or proc.poll() is not None, "a first segment")
        assert proc.poll() is None, "the run ended before it could be interrupted"
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, err
    assert not (tmp_path / "a.mp3").exists()
    _wait_for(lambda: _tasks(cluster) == 0, "the cluster to drop the run's tasks", 60)


def test_a_lost_scheduler_ends_the_run_with_nothing_published(tmp_path: Path) -> None:
    cache, out = tmp_path / "cache", tmp_path / "show"
    text = _long_article(tmp_path)
    with local_cluster(tmp_path / "dask", workers=1) as c:
        proc = subprocess.Popen(
            [sys.executable, "-m", "audiodigest", "publish", str(text), "--out", str(out),
             "--base-url", "http://127.0.0.1:8765/", "--scheduler", c.address, "-q"],
            env=_env(cache, AUDIODIGEST_SCHEDULER_TIMEOUT="2"), cwd=REPO,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            _wait_for(lambda: _wavs(cache) or proc.poll() is not None, "a first segment")
            assert proc.poll() is None, "the run ended before the scheduler could be lost"
            os.killpg(c.scheduler.pid, signal.SIGKILL)
            _out, err = proc.communicate(timeout=RUN_TIMEOUT_S)
        finally:
            if proc.poll() is None:
                proc.kill()
    assert proc.returncode == 1, err
    lines = _error_lines(err)
    assert len(lines) == 1 and lines[0].startswith("Error: lost the Dask scheduler"), err
    assert "the episode in progress was not published" in lines[0]
    assert not (out / "feed.xml").exists() and not list(out.glob("*.mp3"))


@pytest.fixture(scope="module")
def odd_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """One worker of two threads that cannot run Piper (a `piper` that fails to import)."""
    folder = tmp_path_factory.mktemp("odd-dask")
    hide = folder / "hide"
    (hide / "piper").mkdir(parents=True)
    (hide / "piper" / "__init__.py").write_text('raise ImportError("No module named piper")\n')
    env = worker_env(folder / "cache", PYTHONPATH=f"{hide}{os.pathsep}{REPO}")
    with local_cluster(folder, workers=1, nthreads=2, env=env) as c:
        yield c


def test_a_worker_without_the_voice_is_refused(odd_cluster: Cluster, tmp_path: Path) -> None:
    text = _article(tmp_path, ARTICLE[:200])
    proc = _run("render", str(text), "-o", str(tmp_path / "a.mp3"), "--scheduler",
                odd_cluster.address, "-q", cache=tmp_path / "cache")
    assert proc.returncode == 1
    lines = _error_lines(proc.stderr)
    assert len(lines) == 1 and "cannot speak voice piper-joe" in lines[0], proc.stderr
    assert not (tmp_path / "a.mp3").exists() and not _wavs(tmp_path / "cache")


def test_a_thread_unsafe_voice_needs_single_threaded_workers(odd_cluster: Cluster,
                                                             tmp_path: Path) -> None:
    text = _article(tmp_path, ARTICLE[:200])
    proc = _run("render", str(text), "-o", str(tmp_path / "a.mp3"), "--voice", "de",
                "--scheduler", odd_cluster.address, "-q", cache=tmp_path / "cache")
    assert proc.returncode == 1
    lines = _error_lines(proc.stderr)
    assert len(lines) == 1 and "start workers with --nthreads 1 for voice de" in lines[0], \
        proc.stderr


def test_a_worker_with_other_code_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / "other"
    shutil.copytree(REPO / "audiodigest", copy / "audiodigest",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "voices", copy / "voices")
    with (copy / "audiodigest" / "pipeline.py").open("a") as f:
        f.write("# an edit the client does not have\n")
    env = worker_env(tmp_path / "worker-cache", PYTHONPATH=str(copy))
    text = _article(tmp_path, ARTICLE[:200])
    with local_cluster(tmp_path / "dask", workers=1, env=env) as c:
        proc = _run("publish", str(text), "--out", str(tmp_path / "show"), "--base-url",
                    "http://127.0.0.1:8765/", "--scheduler", c.address, "-q",
                    cache=tmp_path / "cache")
    assert proc.returncode == 1
    lines = _error_lines(proc.stderr)
    assert len(lines) == 1 and "runs other audiodigest code than this client" in lines[0], \
        proc.stderr
    assert not (tmp_path / "show" / "feed.xml").exists()


def test_a_scheduler_without_audiodigest_is_refused(tmp_path: Path) -> None:
    hide = tmp_path / "hide"
    (hide / "audiodigest").mkdir(parents=True)
    (hide / "audiodigest" / "__init__.py").write_text(
        'raise ImportError("No module named audiodigest")\n')
    scheduler_env = {**os.environ, "PYTHONPATH": str(hide)}
    text = _article(tmp_path, ARTICLE[:200])
    with local_cluster(tmp_path / "dask", workers=1, scheduler_env=scheduler_env) as c:
        proc = _run("render", str(text), "-o", str(tmp_path / "a.mp3"), "--voice",
                    "espeak-en-us", "--scheduler", c.address, "-q", cache=tmp_path / "cache")
    assert proc.returncode == 1
    lines = _error_lines(proc.stderr)
    assert len(lines) == 1 and f"the Dask scheduler at {c.address} cannot run audiodigest " \
        "(ImportError: No module named audiodigest); install the same audiodigest[dask] " \
        "there" in lines[0], proc.stderr


def _certificates(folder: Path) -> Path:
    """A CA and certificates for the scheduler, the worker and the client (openssl)."""
    folder.mkdir()

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
            "ca.pem", "-days", "1", "-subj", "/CN=audiodigest test CA")
    for name in ("scheduler", "worker", "client"):
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out",
                f"{name}.csr", "-subj", f"/CN={name}")
        openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                "-CAcreateserial", "-out", f"{name}.pem", "-days", "1")
    return folder


def test_tls_between_client_and_cluster(tmp_path: Path) -> None:
    from distributed.security import Security

    tls = _certificates(tmp_path / "tls")

    def args(name: str) -> list[str]:
        return ["--tls-ca-file", str(tls / "ca.pem"), "--tls-cert", str(tls / f"{name}.pem"),
                "--tls-key", str(tls / f"{name}.key")]

    security = Security(tls_ca_file=str(tls / "ca.pem"), tls_client_cert=str(tls / "client.pem"),
                        tls_client_key=str(tls / "client.key"), require_encryption=True)
    text = _article(tmp_path, ARTICLE[:200])
    with local_cluster(tmp_path / "dask", workers=1, security=security,
                       scheduler_args=["--protocol", "tls", *args("scheduler")],
                       worker_args=args("worker")) as c:
        assert c.address.startswith("tls://")
        plain = _run("render", str(text), "-o", str(tmp_path / "a.mp3"), "--voice",
                     "espeak-en-us", "--scheduler", c.address, "-q", cache=tmp_path / "cache")
        client_tls = {"DASK_DISTRIBUTED__COMM__TLS__CA_FILE": str(tls / "ca.pem"),
                      "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT": str(tls / "client.pem"),
                      "DASK_DISTRIBUTED__COMM__TLS__CLIENT__KEY": str(tls / "client.key")}
        secure = _run("render", str(text), "-o", str(tmp_path / "b.mp3"), "--voice",
                      "espeak-en-us", "--scheduler", c.address, "-q", cache=tmp_path / "cache",
                      **client_tls)
    assert plain.returncode == 1
    assert _error_lines(plain.stderr) == [
        f"Error: {c.address} needs TLS certificates: set DASK_DISTRIBUTED__COMM__TLS__CA_FILE, "
        "DASK_DISTRIBUTED__COMM__TLS__CLIENT__CERT and ..._CLIENT__KEY (or distributed.comm.tls "
        "in Dask's configuration; see contrib/CLUSTER.md)"]
    assert secure.returncode == 0, secure.stderr
    assert (tmp_path / "b.mp3").exists() and len(_wavs(tmp_path / "cache")) > 1


def test_a_whole_episode_renders_on_a_worker(cluster: Cluster, tmp_path: Path) -> None:
    """render_episode_remote (follow's granularity): the MP3, cues and chapters of the local
    render, and the segments the client lacked, back in its cache."""
    voice = choose_voice("espeak-en-us", "en").profile
    article = Article(title="Ferry timetable", sections=(Section(None, (
        "The harbour council approved a new ferry timetable.",
        "Boats will leave every twenty minutes.")), Section("Fares", (
            "Single tickets will cost the same.",))), source="test")
    script, _choice = make_script([article], DigestOptions(voice="espeak-en-us"))
    local = render(script, voice, tmp_path / "local.mp3",
                   DigestOptions(cache_dir=tmp_path / "cache-local", jobs=1))
    cache = SegmentCache(tmp_path / "cache")
    first = script.segments[0]
    cache.store(segment_key(voice, first.text),
                SegmentCache(tmp_path / "cache-local").path_for(segment_key(voice, first.text))
                .read_bytes())
    with cluster.client() as client:
        executor = ClusterExecutor(client, cluster.address)
        episode = submit_episode(executor, script, voice, AudioSettings(), cache).result(
            timeout=RUN_TIMEOUT_S)
    remote = episode.write(tmp_path / "remote.mp3")
    assert _pcm(tmp_path / "remote.mp3") == _pcm(tmp_path / "local.mp3")
    assert remote.cues == local.cues and remote.chapters == local.chapters
    assert remote.duration_s == local.duration_s
    keys = {segment_key(voice, s.text) for s in script.segments}
    assert segment_key(voice, first.text) not in episode.segments  # the client had it
    assert set(episode.segments) == keys - {segment_key(voice, first.text)}
    assert _wavs(tmp_path / "cache") == keys


def test_a_quoted_foreign_sentence_travels_with_its_own_voice(cluster: Cluster,
                                                              tmp_path: Path) -> None:
    """An episode with a Russian quote, rendered whole on a worker: the quote is said by the
    Russian voice there, and its segment comes back under that voice's key."""
    from audiodigest.pipeline import voices_for

    quote = "Мы не признаём эти санкции и ответим на них."
    article = Article(title="Sanctions", sections=(Section(None, (
        "Moscow dismissed the new measures on Tuesday.",
        f"“{quote}” That was how the ministry put it.")),), source="test", language="en")
    script, choice = make_script([article], DigestOptions(voice="espeak-en-us"))
    voices = voices_for(script, choice.profile)
    (ru,) = {v for v, s in zip(voices, script.segments, strict=True) if s.language == "ru"}
    cache = SegmentCache(tmp_path / "cache")
    with cluster.client() as client:
        executor = ClusterExecutor(client, cluster.address)
        episode = submit_episode(executor, script, choice.profile, AudioSettings(),
                                 cache).result(timeout=RUN_TIMEOUT_S)
    keys = {segment_key(v, s.text) for v, s in zip(voices, script.segments, strict=True)}
    assert set(episode.segments) == keys == _wavs(tmp_path / "cache")
    assert any(segment_key(ru, s.text) in keys for s in script.segments if s.language == "ru")
