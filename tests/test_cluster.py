"""The cluster's front door without a cluster: addresses, refusals, settings, and a whole
episode rendered by the worker-side function in this process (tests/tts/test_dask.py runs
the real cluster)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from audiodigest.cluster import (
    LOCAL,
    check_workers,
    parse_scheduler,
    protocol_problem,
    render_episode_remote,
    scheduler_address,
)
from audiodigest.errors import ClusterError, SettingsError, UsageError
from audiodigest.models import Article, Section
from audiodigest.pipeline import DigestOptions, make_script, render
from audiodigest.settings import load_settings, scheduler_setting
from audiodigest.tts.cache import SegmentCache, segment_key
from audiodigest.tts.remote import WorkerFacts, digests
from audiodigest.tts.voices import choose_voice

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("given", "address"), [
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ("render-1.example.com", "tcp://render-1.example.com:8786"),
    ("render-1:9000", "tcp://render-1:9000"),
    ("TLS://sched.example.com:8786", "tls://sched.example.com:8786"),
    ("tcp://[::1]:8786", "tcp://[::1]:8786"),
    (" local ", LOCAL),
    ("http://sched:8786", "http://sched:8786"),  # an address, of the wrong protocol
])
def test_scheduler_addresses_are_normalized(given: str, address: str) -> None:
    assert parse_scheduler(given) == address


@pytest.mark.parametrize("given", ["", "tcp://", "tcp://sched:99999", "tcp://sched:0", "a b",
                                   "tcp://sched:8786/path", "sched:port", "://sched"])
def test_what_is_not_an_address_is_a_usage_error(given: str) -> None:
    with pytest.raises(UsageError, match="is not a scheduler address"):
        parse_scheduler(given)


def test_only_dask_protocols_are_spoken() -> None:
    assert protocol_problem("tcp://h:8786") is None and protocol_problem("tls://h:8786") is None
    problem = protocol_problem("http://h:8786")
    assert problem is not None and problem.startswith("http:// is not a protocol")


def test_the_option_wins_over_the_environment_over_the_settings() -> None:
    env = {"DASK_SCHEDULER_ADDRESS": "tcp://from-env:8786"}
    assert scheduler_address("tcp://opt:1", "tcp://set:2", env) == "tcp://opt:1"
    assert scheduler_address(None, "tcp://set:2", env) == "tcp://from-env:8786"
    assert scheduler_address(None, "tcp://set:2", {}) == "tcp://set:2"
    assert scheduler_address("local", "tcp://set:2", env) is None
    assert scheduler_address(None, None, {}) is None


def test_the_show_settings_name_a_scheduler(tmp_path: Path) -> None:
    (tmp_path / "audiodigest.toml").write_text('[show]\nscheduler = "sched.example.com"\n')
    assert load_settings(tmp_path).scheduler == "sched.example.com"
    assert scheduler_setting(tmp_path) == "sched.example.com"
    (tmp_path / "audiodigest.toml").write_text('[show]\nscheduler = "http://sched:8786"\n')
    with pytest.raises(SettingsError, match=r"audiodigest.toml: scheduler http:// is not"):
        scheduler_setting(tmp_path)
    (tmp_path / "audiodigest.toml").write_text('[show]\nscheduler = "tcp://"\n')
    with pytest.raises(SettingsError, match="scheduler 'tcp://' is not a scheduler address"):
        load_settings(tmp_path)
    assert scheduler_setting(tmp_path / "nowhere") is None


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audiodigest", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120, check=False,
                          env={**os.environ, **env})


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Ferries\n\nThe council approved a new ferry timetable.\n", encoding="utf-8")
    return path


def test_a_malformed_address_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    proc = _cli("render", str(article), "-o", str(tmp_path / "a.mp3"), "--scheduler", "tcp://")
    assert proc.returncode == 2
    assert "Invalid value for '--scheduler'" in proc.stderr


def test_a_wrong_protocol_is_one_line(article: Path, tmp_path: Path) -> None:
    proc = _cli("render", str(article), "-o", str(tmp_path / "a.mp3"), "--scheduler",
                "http://127.0.0.1:8786")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "Error: http:// is not a protocol the Dask scheduler speaks: use tcp://HOST:8786 (or "
        "tls:// with certificates, see contrib/CLUSTER.md)"]


def test_an_unreachable_scheduler_is_one_line_and_nothing_published(article: Path,
                                                                    tmp_path: Path) -> None:
    port = _closed_port()
    out = tmp_path / "show"
    proc = _cli("publish", str(article), "--out", str(out), "--scheduler",
                f"tcp://127.0.0.1:{port}", "-q", AUDIODIGEST_SCHEDULER_TIMEOUT="1")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"Error: could not reach the Dask scheduler at "
                               f"tcp://127.0.0.1:{port} within 1 s")
    assert not out.exists()


def test_dasks_own_variable_names_the_scheduler(article: Path, tmp_path: Path) -> None:
    port = _closed_port()
    proc = _cli("render", str(article), "-o", str(tmp_path / "a.mp3"), "-q",
                DASK_SCHEDULER_ADDRESS=f"127.0.0.1:{port}", AUDIODIGEST_SCHEDULER_TIMEOUT="1")
    assert proc.returncode == 1
    assert f"could not reach the Dask scheduler at tcp://127.0.0.1:{port}" in proc.stderr
    assert not (tmp_path / "a.mp3").exists()


class _FakeClient:
    """client.run's answers from workers, without a cluster."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers

    def run(self, _fn: object, *_args: object, on_error: str = "raise") -> dict[str, Any]:
        assert on_error == "return"
        return self.answers

    def run_on_scheduler(self, fn: Any) -> Any:
        return fn()


def _facts(voice_name: str, **change: Any) -> WorkerFacts:
    voice = choose_voice(voice_name, "en").profile
    mine = digests(voice)
    facts = {"code": mine.code, "voice": mine.voice, "problem": "", "nthreads": 1, "pid": 1,
             **change}
    return WorkerFacts(**facts)


@pytest.mark.parametrize(("voice", "change", "said"), [
    ("espeak-en-us", {"code": "other"}, "runs other audiodigest code than this client"),
    ("espeak-en-us", {"problem": "espeak-ng is not installed"},
     "cannot speak voice espeak-en-us: espeak-ng is not installed"),
    ("espeak-en-us", {"voice": "eSpeak NG 1.49"}, "has another model for voice espeak-en-us"),
    ("en-us", {"nthreads": 4}, r"runs 4 threads, and voice en-us \(pyttsx3\) is not "
     "thread-safe: start workers with --nthreads 1 for voice en-us"),
])
def test_workers_unlike_the_client_are_refused(voice: str, change: dict[str, Any],
                                               said: str) -> None:
    profile = choose_voice(voice, "en").profile
    good = _facts(voice)
    client = _FakeClient({"tcp://a:1": good, "tcp://b:2": _facts(voice, **change)})
    with pytest.raises(ClusterError, match=f"worker tcp://b:2 {said}"):
        check_workers(client, profile)
    check_workers(_FakeClient({"tcp://a:1": good}), profile)  # a like worker passes
    if voice == "espeak-en-us":  # thread-safe: several threads are fine
        check_workers(_FakeClient({"tcp://a:1": _facts(voice, nthreads=8)}), profile)


def test_a_worker_without_audiodigest_is_named() -> None:
    profile = choose_voice("espeak-en-us", "en").profile
    client = _FakeClient({"tcp://a:1": ModuleNotFoundError("No module named 'audiodigest'")})
    with pytest.raises(ClusterError, match=r"worker tcp://a:1 cannot run audiodigest "
                                           r"\(ModuleNotFoundError.*pip install"):
        check_workers(client, profile)


def test_render_episode_remote_is_the_local_render(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """What a worker runs for a whole episode, run here: the same MP3 audio, cues and
    chapters as `pipeline.render`, and only the segments the client did not know."""
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "worker-cache"))
    voice = choose_voice("espeak-en-us", "en").profile
    article = Article(title="Ferries", sections=(Section(None, (
        "The council approved a new ferry timetable.", "Boats leave every twenty minutes.")),),
        source="test")
    script, _ = make_script([article], DigestOptions(voice="espeak-en-us"))
    local = render(script, voice, tmp_path / "local.mp3",
                   DigestOptions(cache_dir=tmp_path / "client-cache", jobs=1))
    keys = [segment_key(voice, s.text) for s in script.segments]
    client = SegmentCache(tmp_path / "client-cache")
    sent = {keys[0]: client.path_for(keys[0]).read_bytes()}
    episode = render_episode_remote(script, voice, DigestOptions().audio, known={keys[1]},
                                    segments=sent, expect=digests(voice))
    assert set(episode.segments) == set(keys) - {keys[0], keys[1]}
    remote = episode.write(tmp_path / "remote.mp3")
    assert (remote.cues, remote.chapters, remote.duration_s) == \
        (local.cues, local.chapters, local.duration_s)

    def pcm(p: Path) -> bytes:
        return subprocess.run(["ffmpeg", "-v", "error", "-i", str(p), "-f", "s16le", "-"],
                              capture_output=True, check=True).stdout

    assert pcm(tmp_path / "remote.mp3") == pcm(tmp_path / "local.mp3")
    other = digests(voice).__class__("another code", digests(voice).voice)
    with pytest.raises(ClusterError, match="its audiodigest code differs"):
        render_episode_remote(script, voice, DigestOptions().audio, expect=other)
