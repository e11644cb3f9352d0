"""Rendering and following through a 2-worker Dask cluster against the local process pool, on
this machine: ratios, per-worker throughput and the client's own costs (the cost model in
contrib/CLUSTER.md).

    .venv/bin/python bench/bench_dask.py [--runs 3] [--words 600] [--items 8] [--chars 900]

A real cluster on 127.0.0.1 (`python -m distributed.cli.dask_scheduler` and two
`dask_worker --nthreads 1` processes, as tests/dask_helpers.py starts them), warmed by one
render so that its workers have loaded the voice, as a standing cluster's have. The default
voice (Piper). Runs alternate pool / cluster, each with an empty segment cache, so that the
machine's load hits both alike; each figure is the median of per-pair ratios.

- render: `audiodigest render` of the shared corpus article (its first WORDS words);
- follow: `audiodigest follow` of a news site served here (ITEMS items of CHARS characters
  of the shared ground-truth article text, as bench_follow.py serves them);
- synthesis, both warm: the same texts through a warmed pool of 2 local processes and through
  the cluster, in one process (what the cluster itself costs, without process starts);
- per worker: seconds of speech synthesized per second of wall time, by one worker alone and
  by both, from segments sent straight to the cluster (no encoder);
- the client's share, which does not grow with workers: encoding an episode whose segments
  are all cached (`render`), filing it (`publish --force` of a cached episode, minus the
  render), and the scheduler's cost per task (empty tasks).

Target: the cluster within 1.15x of the local pool on this 2-core machine (the same two cores
do the same synthesis; what is measured is the cluster's overhead).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "kyiv-independent-belarus-weekly-2023-04-14.txt"
AUDIODIGEST = [sys.executable, "-m", "audiodigest"]
BASE_URL = "http://127.0.0.1:8765/"
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO / "bench"))


def _timed(cmd: list[str], cache: Path) -> float:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache)}
    env.pop("DASK_SCHEDULER_ADDRESS", None)
    start = time.perf_counter()
    done = subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, cwd=REPO)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n"
                         + done.stderr.decode()[-2000:])
    return time.perf_counter() - start


def _pairs(name: str, runs: int, local: list[str], cluster: list[str], work: Path
           ) -> float:
    ratios = []
    for i in range(runs):
        a = _timed([*local, *_out(local, work / f"{name}-l{i}")], work / f"cache-{name}-l{i}")
        b = _timed([*cluster, *_out(cluster, work / f"{name}-c{i}")], work / f"cache-{name}-c{i}")
        ratios.append(b / a)
        print(f"{name} run {i + 1}: local pool {a:.1f} s, cluster {b:.1f} s ({b / a:.2f}x)",
              flush=True)
    median = statistics.median(ratios)
    print(f"{name}: cluster / local pool, median {median:.2f}x (target <= 1.15x)", flush=True)
    return median


def _out(cmd: list[str], where: Path) -> list[str]:
    return ["-o", str(where.with_suffix(".mp3"))] if "render" in cmd else ["--out", str(where)]


def _speech_seconds(wavs: list[bytes]) -> float:
    import io
    import wave

    total = 0.0
    for data in wavs:
        with wave.open(io.BytesIO(data)) as w:
            total += w.getnframes() / w.getframerate()
    return total


def _throughput(address: str, texts: list[str]) -> None:
    """Seconds of speech per wall second: one worker alone, then both."""
    from distributed import Client

    from audiodigest.tts.remote import RemoteSegment, digests, synthesize_remote
    from audiodigest.tts.voices import choose_voice

    voice = choose_voice(None, "en").profile
    expect = digests(voice)
    with Client(address, timeout=30, set_as_default=False) as client:
        workers = sorted(client.scheduler_info()["workers"])
        for label, chosen in (("1 worker", workers[:1]), (f"{len(workers)} workers", workers)):
            start = time.perf_counter()
            futures = [client.submit(synthesize_remote, RemoteSegment(i, t, voice, expect),
                                     pure=False, workers=chosen) for i, t in enumerate(texts)]
            results = client.gather(futures)
            wall = time.perf_counter() - start
            speech = _speech_seconds([r.wav for r in results if r.wav])
            per = speech / wall / len(chosen)
            print(f"synthesis on {label}: {speech:.0f} s of speech in {wall:.1f} s = "
                  f"{speech / wall:.1f}x real time ({per:.1f}x per worker)", flush=True)
        start = time.perf_counter()
        client.gather([client.submit(int, i, pure=False) for i in range(200)])
        per_task = (time.perf_counter() - start) / 200
        print(f"scheduler: {per_task * 1000:.1f} ms per empty task, end to end", flush=True)


def _warm_pairs(address: str, texts: list[str], runs: int, work: Path) -> None:
    """Synthesis alone, both sides warm (voices loaded): a pool of 2 local worker processes
    and the 2-worker cluster through the same Synthesizer, texts in order: the cluster's own
    overhead (scheduler, transfer of WAV bytes, cache writes here), without process starts."""
    from audiodigest.cluster import connect
    from audiodigest.tts.cache import SegmentCache
    from audiodigest.tts.synth import Synthesizer, process_pool
    from audiodigest.tts.voices import choose_voice

    voice = choose_voice(None, "en").profile
    pool = process_pool(2, fork=False)
    cluster = connect(address)
    try:
        for executor in (pool, cluster):  # load the voice in every worker
            list(Synthesizer(SegmentCache(work / f"warm-{id(executor)}"), executor=executor)
                 .run([f"Warming up, part {i}." for i in range(4)], voice))
        ratios = []
        for i in range(runs):
            took = []
            for label, executor in (("pool", pool), ("cluster", cluster)):
                synth = Synthesizer(SegmentCache(work / f"warm-{label}-{i}"), executor=executor)
                start = time.perf_counter()
                list(synth.run(texts, voice))
                took.append(time.perf_counter() - start)
            ratios.append(took[1] / took[0])
            print(f"synthesis, both warm, run {i + 1}: pool {took[0]:.1f} s, cluster "
                  f"{took[1]:.1f} s ({took[1] / took[0]:.2f}x)", flush=True)
        print(f"synthesis, both warm: cluster / pool, median {statistics.median(ratios):.2f}x",
              flush=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        cluster.shutdown()


def _client_costs(text: Path, work: Path, address: str) -> None:
    """What stays on the client: encoding from the cache, and filing."""
    cache = work / "cache-client"
    _timed([*AUDIODIGEST, "render", str(text), "-o", str(work / "warm.mp3"), "--scheduler",
            address, "-q"], cache)
    encode = statistics.median(
        _timed([*AUDIODIGEST, "render", str(text), "-o", str(work / f"enc{i}.mp3"), "-q"], cache)
        for i in range(3))
    out = work / "show"
    _timed([*AUDIODIGEST, "publish", str(text), "--out", str(out), "--base-url", BASE_URL, "-q"],
           cache)
    publish = statistics.median(
        _timed([*AUDIODIGEST, "publish", str(text), "--out", str(out), "--base-url", BASE_URL,
                "--force", "-q"], cache) for _ in range(3))
    from pipeline_helpers import probe_duration

    speech = probe_duration(work / "enc0.mp3")
    print(f"client, segments all cached: render {encode:.1f} s for {speech:.0f} s of audio "
          f"({speech / encode:.0f}x real time, process start included); publish --force "
          f"{publish:.1f} s, so filing, feed and site about {max(0.0, publish - encode):.1f} s "
          "an episode", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--words", type=int, default=600, help="words of the corpus to render")
    ap.add_argument("--items", type=int, default=8, help="follow: feed items")
    ap.add_argument("--chars", type=int, default=900, help="follow: article text per item")
    ap.add_argument("--skip-follow", action="store_true")
    ap.add_argument("--follow-only", action="store_true",
                    help="only the follow pairs (e.g. --items 100 --runs 1)")
    args = ap.parse_args()
    from bench_follow import _items, _serve, _site
    from dask_helpers import local_cluster

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        words = CORPUS.read_text(encoding="utf-8").split()[: args.words]
        text = work / "article.txt"
        lines, line = [], []
        for w in words:  # paragraphs of about 60 words, as the article has them
            line.append(w)
            if len(line) >= 60 and w.endswith("."):
                lines.append(" ".join(line))
                line = []
        text.write_text("Belarus weekly\n\n" + "\n\n".join([*lines, " ".join(line)]) + "\n",
                        encoding="utf-8")
        with local_cluster(work / "dask") as cluster:
            print(f"cluster at {cluster.address}: 2 workers, --nthreads 1", flush=True)
            _timed([*AUDIODIGEST, "render", str(text), "-o", str(work / "warm.mp3"),
                    "--scheduler", cluster.address, "-q"], work / "cache-warm")
            render = ["render", str(text), "-q"]
            if not args.follow_only:
                _pairs("render", args.runs, [*AUDIODIGEST, *render],
                       [*AUDIODIGEST, *render, "--scheduler", cluster.address], work)
            if not args.skip_follow:
                server, url = _serve(work / "site")
                try:
                    _site(work / "site", _items(args.items, args.chars), url)
                    follow = ["follow", f"{url}/feed.xml", "--base-url", BASE_URL, "-q"]
                    _pairs("follow", args.runs, [*AUDIODIGEST, *follow],
                           [*AUDIODIGEST, *follow, "--scheduler", cluster.address], work)
                finally:
                    server.shutdown()
                    server.server_close()
            if args.follow_only:
                return
            sentences = [s.strip() + "." for s in " ".join(words).split(".") if len(s.split()) > 4]
            _warm_pairs(cluster.address, sentences[:24], args.runs, work)
            _throughput(cluster.address, sentences[:24])
            _client_costs(text, work, cluster.address)


if __name__ == "__main__":
    main()
