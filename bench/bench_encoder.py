"""Which libmp3lame quality (-q) to encode with: encode time against what it costs in sound.

    .venv/bin/python bench/bench_encoder.py [--qualities 3,5,7] [--runs 3]

Speech: the corpus page (../shared/corpus) spoken by espeak-ng, as 22,050 Hz mono, levelled
the way audiodigest levels it. Each quality encodes it at 64 kbit/s CBR (the episode format);
the time is the median of RUNS encodes, as a ratio to quality 3 (LAME's default, the floor's).
What it costs, measured on the decoded MP3 against the input:

- band error: the error's energy relative to the signal's, per band (0-1, 1-4, 4-8, 8-11 kHz);
- band level: how far each band's energy moved (a quality that dulls the top shows here);
- PESQ-WB (ITU-T P.862.2, MOS-LQO, at most 4.64) on 8-second windows of the first minute, when
  the `pesq` and `scipy` packages are installed (pip install pesq scipy; not a dependency).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "kyiv-independent-belarus-weekly-2023-04-14.txt"
RATE = 22050
PEAK = 10 ** (-2 / 20)
BANDS = ((0, 1000), (1000, 4000), (4000, 8000), (8000, 11025))


def _speech(work: Path) -> np.ndarray:
    wav = work / "speech.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "200", "-f", str(CORPUS), "-w", str(wav)],
                   check=True)
    pcm = np.frombuffer(wav.read_bytes()[44:], dtype="<i2").astype(np.float64)
    return pcm * (PEAK / np.abs(pcm).max())  # peaks where audiodigest's limiter puts them


def _encode(pcm: np.ndarray, quality: int, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "f32le", "-ar",
                    str(RATE), "-ac", "1", "-i", "pipe:0", "-c:a", "libmp3lame", "-b:a", "64k",
                    "-compression_level", str(quality), str(out)], input=pcm.astype("<f4").tobytes(), check=True)
    return time.perf_counter() - start


def _decode(path: Path, size: int) -> np.ndarray:
    raw = subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(path), "-f", "f32le", "-ac",
                          "1", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype="<f4").astype(np.float64)[:size]


def _bands(x: np.ndarray) -> list[float]:
    n = 1024
    frames = x[: x.size // n * n].reshape(-1, n) * np.hanning(n)
    power = (np.abs(np.fft.rfft(frames, axis=1)) ** 2).mean(axis=0)
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    return [10 * np.log10(power[(freqs >= lo) & (freqs < hi)].mean()) for lo, hi in BANDS]


def _pesq(ref: np.ndarray, dec: np.ndarray) -> str:
    try:
        from pesq import pesq
        from scipy.signal import resample_poly
    except ImportError:
        return "n/a (pip install pesq scipy)"
    r16, d16 = (resample_poly(x[: RATE * 60], 320, 441) for x in (ref, dec))
    win = 16000 * 8
    scores = [pesq(16000, r16[i:i + win], d16[i:i + win], "wb")
              for i in range(0, r16.size - win + 1, win)]
    return f"{statistics.mean(scores):.2f} (min {min(scores):.2f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--qualities", default="3,5,7")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    qualities = [int(q) for q in args.qualities.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pcm = _speech(work)
        ref_bands = _bands(pcm)
        print(f"{pcm.size / RATE / 60:.1f} min of speech; bands (kHz) "
              + ", ".join(f"{lo / 1000:g}-{hi / 1000:g}" for lo, hi in BANDS))
        times: dict[int, float] = {}
        for q in qualities:
            out = work / f"q{q}.mp3"
            times[q] = statistics.median(_encode(pcm, q, out) for _ in range(args.runs))
        base = times.get(3, times[qualities[0]])
        for q in qualities:
            dec = _decode(work / f"q{q}.mp3", pcm.size)
            ref = pcm[: dec.size]
            err_bands = _bands(dec - ref)
            level = [d - r for d, r in zip(_bands(dec), ref_bands, strict=True)]
            print(f"-q {q}: encode {times[q]:.2f} s ({times[q] / base:.2f}x q3); "
                  "error " + " ".join(f"{e - r:+.1f}" for e, r in zip(err_bands, ref_bands,
                                                                    strict=True))
                  + " dB; level " + " ".join(f"{x:+.1f}" for x in level)
                  + f" dB; PESQ-WB {_pesq(ref, dec)}")


if __name__ == "__main__":
    main()
