"""How well, and how fast, the machine listener hears the corpus page, per voice.

    .venv/bin/python bench/bench_listen.py [--voice VOICE ...] [--text FILE] [--runs 2] [--json]
                                           [--renders 1] [--work DIR]

Renders the corpus page (../shared/corpus) the way `audiodigest render` does, with each voice
(default: en-us, espeak-ng's voice, and piper-joe), or takes an MP3 and its VTT
(`--audio FILE --vtt FILE`), then listens: Whisper tiny.en (faster-whisper, int8, greedy),
audio cut at cue boundaries into pieces of at most 25 s. Prints the episode WER against the
written captions and the real-time factor: audio seconds / listening seconds (decoding and
transcribing; the model is loaded once, before the first run, and that load is shown apart),
and audio seconds per CPU second, which other work on a busy machine does not stretch.
Target: >= 10x real time on 2 cores. Measured by the team: WER 0.193 (espeak-ng), 0.105 (piper-joe,
mean of 8 renders, 0.090..0.121; bench/tune_piper.py measures several renders per setting).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "kyiv-independent-belarus-weekly-2023-04-14.txt"
DEFAULT_VOICES = ("en-us", "piper-joe")
"""espeak-ng (through pyttsx3) and Piper: the two voices the team measured. "default" names
whatever voice the page's language gets by default."""


def _render(text: Path, voice: str, work: Path, n: int) -> tuple[Path, object, object, float]:
    """(mp3, cues, chapters, render seconds) for the corpus page in `voice`: render `n`, each
    with a segment cache of its own (espeak-ng's output depends on what the engine said
    before, so two renders of one text differ a little, as two publishes would)."""
    from audiodigest.pipeline import DigestOptions, load_articles, make_script, render

    options = DigestOptions(voice=None if voice == "default" else voice,
                            cache_dir=work / f"cache-{voice}-{n}")
    script, choice = make_script(load_articles([str(text)]), options)
    began = time.perf_counter()
    audio = render(script, choice.profile, work / f"{voice}-{n}.mp3", options)
    return audio.path, audio.cues, audio.chapters, time.perf_counter() - began


def _listen(name: str, mp3: Path, cues: object, chapters: object, runs: int,
            show_worst: int) -> dict[str, object]:
    from audiodigest.listen import listen_audio

    reports, cpu = [], []
    for _ in range(runs):
        before = _cpu_s()
        reports.append(listen_audio(mp3, cues, chapters, language="en"))  # type: ignore[arg-type]
        cpu.append(_cpu_s() - before)
    first = reports[0]
    if any(r.to_json()["segments"] != first.to_json()["segments"] for r in reports[1:]):
        print(f"  {name}: runs heard different words (not deterministic)", file=sys.stderr)
    rtf = statistics.median(r.realtime_factor for r in reports)
    print(f"{name}: WER {first.wer:.3f} ({first.errors} errors / {first.words} words, "
          f"{len(first.segments)} cues, {first.settings.get('chunks')} chunks); "
          f"{first.audio_s:.0f} s of audio listened to in "
          f"{statistics.median(r.listen_s for r in reports):.1f} s: {rtf:.1f}x real time "
          f"({statistics.median(cpu):.1f} CPU s: {first.audio_s / statistics.median(cpu):.1f} "
          "audio s per CPU s)", flush=True)
    for s in first.worst(show_worst):
        print(f"    cue {s.index:3d} WER {s.wer:.2f}  meant: {s.expected[:70]!r}\n"
              f"                  heard: {s.heard[:70]!r}")
    return {"voice": name, "wer": round(first.wer, 4), "words": first.words,
            "errors": first.errors, "audio_s": round(first.audio_s, 1), "realtime_factor":
            round(rtf, 1), "listen_s": [round(r.listen_s, 2) for r in reports],
            "cpu_s": [round(c, 2) for c in cpu]}


def _cpu_s() -> float:
    """CPU seconds used so far by this process (all its threads) and its finished children
    (ffmpeg): unlike the wall clock, not stretched by other work on the machine."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--voice", action="append",
                    help=f"voice to render with; repeat for several (default: {' and '.join(DEFAULT_VOICES)})")
    ap.add_argument("--text", type=Path, default=CORPUS, help="article to render")
    ap.add_argument("--audio", type=Path, help="listen to this MP3 instead of rendering")
    ap.add_argument("--vtt", type=Path, help="the --audio file's transcript (VTT or SRT)")
    ap.add_argument("--runs", type=int, default=2, help="listens per episode (median speed)")
    ap.add_argument("--renders", type=int, default=1,
                    help="renders per voice, to see how much the WER moves between renders")
    ap.add_argument("--worst", type=int, default=5, help="worst cues to show per episode")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    ap.add_argument("--work", type=Path,
                    help="keep renders and their segment cache here (default: a temporary folder)")
    args = ap.parse_args()

    from audiodigest.listen import find_model
    from audiodigest.listen.model import load_model

    began = time.perf_counter()
    load_model(find_model("en"))
    print(f"model tiny.en loaded in {time.perf_counter() - began:.2f} s (once per process)")
    results = []
    if args.audio:
        if not args.vtt:
            ap.error("--audio needs --vtt")
        from audiodigest.listen import read_cues

        results.append(_listen(args.audio.name, args.audio, read_cues(args.vtt), (), args.runs,
                               args.worst))
    else:
        if not args.text.is_file():
            raise SystemExit(f"{args.text} is not there (../shared beside the repository)")
        with tempfile.TemporaryDirectory() as tmp:
            work = args.work or Path(tmp)
            work.mkdir(parents=True, exist_ok=True)
            for voice in args.voice or DEFAULT_VOICES:
                wers = []
                for n in range(1, args.renders + 1):
                    mp3, cues, chapters, secs = _render(args.text, voice, work, n)
                    name = voice if args.renders == 1 else f"{voice} render {n}"
                    print(f"{name}: rendered in {secs:.1f} s")
                    results.append(_listen(name, mp3, cues, chapters, args.runs, args.worst))
                    wers.append(float(results[-1]["wer"]))  # type: ignore[arg-type]
                if len(wers) > 1:
                    print(f"{voice}: WER over {len(wers)} renders: median "
                          f"{statistics.median(wers):.3f}, {min(wers):.3f}..{max(wers):.3f}")
    if args.json:
        print(json.dumps({"results": results}, indent=2))


if __name__ == "__main__":
    main()
