"""What happens after synthesis, heard by the listener on the same speech: the corpus page
rendered by the default voice, its samples kept before the encoder, then encoded again in
several ways (the shipped 64 kbit/s MP3, 128 kbit/s, WAV, with a filter) and each heard.

    .venv/bin/python bench/listen_paired.py [--renders 6] [--dump DIR]

Piper's noise makes two renders differ; here every variant of one render holds the same speech,
so the paired differences show what the encoding or filter does to the listener's word error
rate (and how much the listener itself moves when the audio changes inaudibly). "ship64"
re-encodes as the master does and must equal the rendered episode's figure.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_listen import CORPUS  # noqa: E402

_MP3_64 = ["-c:a", "libmp3lame", "-b:a", "64k", "-compression_level", "7", "-f", "mp3"]
VARIANTS: dict[str, tuple[list[str], str]] = {
    # name -> (encoder arguments, filter after the master's limiter)
    "ship64": (_MP3_64, ""),
    "mp3-128": (["-c:a", "libmp3lame", "-b:a", "128k", "-compression_level", "7", "-f", "mp3"], ""),
    "wav": (["-c:a", "pcm_s16le", "-f", "wav"], ""),
    "highpass-100": (_MP3_64, ",highpass=f=100"),
    "presence+4dB": (_MP3_64, ",equalizer=f=3000:t=q:w=1:g=4"),
}


def render_keeping_samples(script: Any, profile: Any, out: Path, cache: Path, pcm: Path) -> Any:
    """Render as `publish` does (in a fresh process), copying what goes into the encoder to `pcm`."""
    from audiodigest.audio import master
    from audiodigest.pipeline import DigestOptions, render

    plain = master._stream

    def teed(clips: Any, settings: Any, sink: IO[bytes]) -> Any:
        with pcm.open("wb") as copy:
            class Tee:
                def write(self, data: bytes) -> int:
                    copy.write(data)
                    return sink.write(data)

                def __getattr__(self, name: str) -> Any:
                    return getattr(sink, name)
            return plain(clips, settings, Tee())  # type: ignore[arg-type]

    master._stream = teed  # type: ignore[assignment]
    return render(script, profile, out, DigestOptions(voice="piper-joe", cache_dir=cache,
                                                      out_dir=out.parent))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--renders", type=int, default=6)
    ap.add_argument("--dump", type=Path, help="keep each variant's listener report (JSON) here")
    args = ap.parse_args()

    from audiodigest.audio.master import AudioSettings
    from audiodigest.listen import listen_audio
    from audiodigest.pipeline import choose_voice, load_articles
    from audiodigest.speech.script import ScriptOptions, build_script
    from audiodigest.tts import abilities_of

    articles = load_articles([str(CORPUS)])
    profile = choose_voice(None, articles[0].language).profile
    script = build_script(articles, profile, ScriptOptions(
        phonemes=abilities_of(profile).phonemes, voice_languages=frozenset()))
    settings = AudioSettings()
    limiter = f"alimiter=limit={10 ** (settings.limit_dbfs / 20):.4f}:level=false:latency=true"
    wers: dict[str, list[float]] = {"rendered": [], **{k: [] for k in VARIANTS}}
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in range(args.renders):
            pcm = work / f"render-{n}.f32"
            with ProcessPoolExecutor(1, mp_context=spawn) as one:
                audio = one.submit(render_keeping_samples, script, profile, work / f"render-{n}.mp3",
                                   work / f"cache-{n}", pcm).result()
            wers["rendered"].append(listen_audio(audio.path, audio.cues, audio.chapters,
                                                 language="en").wer)
            for name, (encoder, extra) in VARIANTS.items():
                out = work / f"render-{n}-{name}.{'wav' if name == 'wav' else 'mp3'}"
                subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-f", "f32le", "-ar",
                                str(settings.sample_rate), "-ac", "1", "-i", str(pcm), "-af",
                                limiter + extra, *encoder, str(out)], check=True)
                report = listen_audio(out, audio.cues, audio.chapters, language="en")
                wers[name].append(report.wer)
                if args.dump:
                    (args.dump / f"{name}-{n}.json").write_text(json.dumps(report.to_json()))
                out.unlink()
            pcm.unlink()
            print(f"render {n + 1}: " + ", ".join(f"{k} {v[-1]:.3f}" for k, v in wers.items()),
                  flush=True)
    for name, values in wers.items():
        diffs = [a - b for a, b in zip(values, wers["ship64"], strict=True)]
        spread = statistics.stdev(diffs) if len(diffs) > 1 else 0.0
        print(f"{name:<14} WER {statistics.mean(values):.4f}; paired against ship64 "
              f"{statistics.mean(diffs):+.4f} ± {spread:.4f} ({min(diffs):+.3f}..{max(diffs):+.3f})")


if __name__ == "__main__":
    main()
