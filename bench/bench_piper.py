"""Piper's speed: real-time factor of the neural voice through the worker pool.

    .venv/bin/python bench/bench_piper.py [--jobs N] [--text FILE]

Renders the shared corpus page with the `piper-joe` profile and an empty segment cache, and
prints audio seconds per wall-clock second (target >= 15x real time on 2 cores). Needs the
extra: pip install -e '.[piper]'.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "kyiv-independent-belarus-weekly-2023-04-14.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=CORPUS)
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "piper.mp3"
            env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(Path(tmp) / "cache")}
            cmd = [sys.executable, "-m", "audiodigest", "render", str(args.text), "--voice",
                   "piper-joe", "-o", str(out), "--quiet"]
            if args.jobs:
                cmd += ["--jobs", str(args.jobs)]
            start = time.perf_counter()
            subprocess.run(cmd, check=True, env=env)
            wall = time.perf_counter() - start
            audio = float(subprocess.run(
                ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                 str(out)], capture_output=True, text=True, check=True).stdout)
            print(f"run {run + 1}: {audio:.0f} s of audio in {wall:.1f} s: "
                  f"{audio / wall:.1f}x real time (target >= 15x)")


if __name__ == "__main__":
    main()
