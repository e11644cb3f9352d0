"""Publish speed against the floor, in one run, on the same text: ratios, not seconds.

    .venv/bin/python bench/bench_publish.py [--runs 5] [--text FILE] [--voice en-us]

The floor is the least work an honest text -> speech -> MP3 pipeline must do with the same
voice: for the default voice (Piper, piper-joe) ../shared/tools/floor_piper.py (Piper in one
single-threaded ONNX worker per core streaming into one encoder, at our length scale), for an
espeak-ng voice (`--voice en-us`) ../shared/tools/floor.sh. Runs alternate floor / ours so that
the machine's load hits both alike; the figure is the median of per-pair ratios.

- cold: `audiodigest publish` into a new output folder with an empty segment cache;
- unchanged: the same publish again (nothing to synthesize or encode);
- memory: peak RSS of the main process and of one synthesis worker for a long digest
  (`--memory-minutes 60`, built from the shared page-dump set), sampled from /proc.
Targets: cold <= 0.9x floor_piper with the default voice (<= 1.5x floor.sh with espeak-ng),
unchanged <= 0.2x, memory of a 60-minute digest with the default voice <= 600 MB a process.
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


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


VOICE: list[str] = []
"""["--voice", NAME] when one was asked for; empty: the default voice."""


def _floor(text: Path, work: Path) -> float:
    from audiodigest.tts import get_engine
    from audiodigest.tts.piper import NATURAL_WPM
    from audiodigest.tts.voices import choose_voice

    voice = choose_voice(VOICE[1] if VOICE else None, "en").profile
    if get_engine(voice.engine).abilities.neural:
        env = {**os.environ, "FLOOR_LENGTH_SCALE": f"{NATURAL_WPM / voice.rate_wpm:.4f}"}
        return _timed([sys.executable, str(SHARED / "tools" / "floor_piper.py"), str(text),
                       str(work / "f.mp3")], env)
    return _timed(["bash", str(SHARED / "tools" / "floor.sh"), str(text), str(work / "f.mp3")])


def _publish(text: Path, out: Path, cache: Path) -> float:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache)}
    return _timed([*AUDIODIGEST, "publish", str(text), "--out", str(out), "--base-url",
                   "http://127.0.0.1:8765/", "--quiet", *VOICE], env)


def _peak_rss(cmd: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds, peak MB of the main process, peak MB of any process under it but the encoder),
    sampled every 20 ms. All descendants, not only children: a worker pool started from a
    forkserver (the main process has threads by then) hangs its workers under the forkserver."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = child_peak = 0
    while proc.poll() is None:
        main_peak = max(main_peak, _rss(proc.pid))
        for child in _descendants(proc.pid):
            if _name(child) != "ffmpeg":
                child_peak = max(child_peak, _rss(child))
        time.sleep(0.02)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr.read().decode() if proc.stderr else "failed")
    return time.perf_counter() - start, main_peak / 1024, child_peak / 1024


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Children of every thread of `pid` (a process started from a thread is listed there)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            pass
    return found


def _descendants(pid: int) -> list[int]:
    found, todo = [], _children(pid)
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(_children(child))
    return found


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def _long_text(minutes: int, path: Path) -> Path:
    """About `minutes` of speech: real article text from the shared page-dump set."""
    import json

    truth = json.loads((SHARED / "textdump-dev" / "ground-truth.json").read_text())
    words_needed = minutes * 165
    paras: list[str] = []
    for doc in truth.values():
        paras.extend(p for p in doc["articleBody"].split("\n") if len(p.split()) > 12)
        if sum(len(p.split()) for p in paras) > words_needed:
            break
    path.write_text("A long digest for the memory benchmark\n\n" + "\n\n".join(paras) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="speed runs (0: memory only)")
    ap.add_argument("--text", type=Path, default=CORPUS)
    ap.add_argument("--voice", help="a voice profile (default: the default voice, Piper)")
    ap.add_argument("--memory-minutes", type=int, default=60,
                    help="length of the memory benchmark's digest (0: skip)")
    args = ap.parse_args()
    if args.voice:
        VOICE.extend(["--voice", args.voice])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cold, unchanged, floors = [], [], []
        for i in range(args.runs):
            f = _floor(args.text, work)
            out, cache = work / f"out{i}", work / f"cache{i}"
            c = _publish(args.text, out, cache)
            u = _publish(args.text, out, cache)
            floors.append(f)
            cold.append(c / f)
            unchanged.append(u / f)
            print(f"run {i + 1}: floor {f:.2f} s, cold {c:.2f} s ({c / f:.2f}x), "
                  f"unchanged {u:.2f} s ({u / f:.2f}x)", flush=True)
        if floors:
            print(f"floor median {statistics.median(floors):.2f} s")
            print(f"cold publish:      median {statistics.median(cold):.2f}x the floor "
                  "(target <= 0.9x floor_piper; <= 1.5x floor.sh with espeak-ng)")
            print(f"unchanged publish: median {statistics.median(unchanged):.2f}x the floor "
                  "(target <= 0.2x)")
        if args.memory_minutes:
            text = _long_text(args.memory_minutes, work / "long.txt")
            env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(work / "cache-long")}
            secs, main_mb, child_mb = _peak_rss(
                [*AUDIODIGEST, "publish", str(text), "--out", str(work / "long"),
                 "--base-url", "http://127.0.0.1:8765/", "--quiet", *VOICE], env)
            dur = subprocess.run(
                ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                 *[str(p) for p in (work / "long").glob("*.mp3")]],
                capture_output=True, text=True, check=True).stdout.strip()
            print(f"long digest: {float(dur) / 60:.1f} min of audio in {secs:.1f} s; peak RSS "
                  f"main {main_mb:.0f} MB, worker {child_mb:.0f} MB (target <= 600 MB)")


if __name__ == "__main__":
    main()
