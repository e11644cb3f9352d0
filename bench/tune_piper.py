"""Newsreader delivery for Piper, chosen by measurement: rate and noise against the listener.

    .venv/bin/python bench/tune_piper.py [--text FILE] [--renders 2]

Renders the corpus page with `piper-joe` at several speaking rates (Piper's length scale) and
noise settings, listens to each (the listener of `audiodigest listen`: Whisper tiny.en, chunks
at cue boundaries) and prints the word error rate and, from sox-style statistics of the decoded
audio, the speaking rate actually reached. Each setting is rendered `--renders` times (Piper's
noise makes renders differ) and the mean WER is reported. Settings are patched into the Piper
module before the worker pool forks, so workers use them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_listen import CORPUS  # noqa: E402

SETTINGS = [  # (label, words per minute, noise_scale, noise_w_scale)
    ("155 wpm (length 1.0), Piper's noise", 155, 0.667, 0.8),
    ("170 wpm (0.91), Piper's noise", 170, 0.667, 0.8),
    ("185 wpm (0.84), Piper's noise", 185, 0.667, 0.8),
    ("170 wpm, calmer noise 0.5/0.6", 170, 0.5, 0.6),
    ("170 wpm, livelier noise 0.8/1.0", 170, 0.8, 1.0),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=CORPUS)
    ap.add_argument("--renders", type=int, default=2)
    args = ap.parse_args()
    from dataclasses import replace

    from audiodigest.listen import listen_audio
    from audiodigest.pipeline import DigestOptions, load_articles, make_script, render
    from audiodigest.tts import piper

    articles = load_articles([str(args.text)])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for label, wpm, noise, noise_w in SETTINGS:
            piper.NOISE_SCALE, piper.NOISE_W_SCALE = noise, noise_w
            wers, durations = [], []
            for n in range(args.renders):
                options = DigestOptions(voice="piper-joe", cache_dir=work / f"cache-{wpm}-{noise}-{n}",
                                        out_dir=work)
                script, choice = make_script(articles, options)
                voice = replace(choice.profile, rate_wpm=wpm)
                audio = render(script, voice, work / f"{wpm}-{noise}-{n}.mp3", options)
                report = listen_audio(audio.path, audio.cues, audio.chapters, language="en")
                wers.append(report.wer)
                durations.append(audio.duration_s)
            words = sum(len(s.text.split()) for s in script.segments)
            print(f"{label:<40} WER {statistics.mean(wers):.3f} "
                  f"({', '.join(f'{w:.3f}' for w in wers)}); {statistics.mean(durations):.0f} s, "
                  f"{words / (statistics.mean(durations) / 60):.0f} wpm with pauses", flush=True)


if __name__ == "__main__":
    main()
