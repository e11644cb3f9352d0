"""How the listener hears the frame of an episode (title, byline, date, disclosure, and the
outro after them), on the English pages of the shared dev set rather than the corpus page.

Each page's script is made as `audiodigest script` makes it; its opening segments are rendered
by the default voice, laid out as the master lays them out (edges trimmed, the script's pauses)
and heard by `audiodigest listen`'s own code, cues and all. A variant rewrites the byline before
rendering, caption included, so two wordings are compared on the same pages in the same run:

    .venv/bin/python bench/listen_openings.py --renders 4
    .venv/bin/python bench/listen_openings.py --variants shipped,bare-by --renders 4

Prints the word error rate per variant and per kind of segment after each round of renders.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
import wave
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PAGES = ROOT.parent / "shared" / "extraction-dev" / "html"
KINDS = ("title", "intro", "disclosure", "outro")


def _bare_by(text: str) -> str:
    if text.startswith("Written by "):
        return "By " + text.removeprefix("Written by ")
    return text.replace(", written by ", ", by ")


VARIANTS: dict[str, Callable[[str], str]] = {
    "shipped": lambda text: text,
    "bare-by": _bare_by,  # the page's own "By Jane Doe" (and the outro's ", by"), until 2026-12-05
}


def openings(limit: int) -> list[list[dict[str, object]]]:
    """The opening segments of the first `limit` English pages' scripts."""
    found: list[list[dict[str, object]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for page in sorted(PAGES.glob("*.html.gz")):
            html = Path(tmp) / page.name.removesuffix(".gz")
            html.write_bytes(gzip.decompress(page.read_bytes()))
            done = subprocess.run([sys.executable, "-m", "audiodigest", "script", str(html), "--json"],
                                  capture_output=True, text=True, cwd=ROOT)
            if done.returncode:
                continue
            data = json.loads(done.stdout)
            if data["language"].split("-")[0] == "en":
                found.append([s for s in data["segments"] if s["kind"] in KINDS])
            if len(found) == limit:
                break
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", default="shipped,bare-by",
                        help=f"comma-separated, of: {', '.join(VARIANTS)}")
    parser.add_argument("--renders", type=int, default=3)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--voice", default="piper-joe")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what was misheard")
    args = parser.parse_args()

    import numpy as np

    from audiodigest.audio.master import LEAD_IN_S, _trim
    from audiodigest.listen.episode import listen_audio
    from audiodigest.models import Cue
    from audiodigest.tts.piper import PiperEngine
    from audiodigest.tts.voices import load_profile

    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    pages = openings(args.pages)
    print(f"{len(pages)} English openings", flush=True)
    voice = load_profile(ROOT / "voices" / f"{args.voice}.toml")
    engine = PiperEngine()
    errors: Counter[tuple[str, str]] = Counter()
    words: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        clip, episode = Path(tmp) / "clip.wav", Path(tmp) / "opening.wav"
        for render in range(args.renders):
            for segments in pages:
                for variant in variants:
                    said = VARIANTS[variant]
                    rate, t = 22050, LEAD_IN_S
                    parts, cues = [np.zeros(int(rate * LEAD_IN_S), dtype=np.int16)], []
                    for segment in segments:
                        engine.synthesize(said(str(segment["text"])), voice, clip)
                        with wave.open(str(clip)) as w:
                            rate = w.getframerate()
                            pcm = np.frombuffer(_trim(w.readframes(w.getnframes()), rate), dtype=np.int16)
                        cues.append(Cue(round(t, 3), round(t + pcm.size / rate, 3),
                                        said(str(segment["caption"]))))
                        gap = int(rate * int(str(segment["pause_after_ms"])) / 1000)
                        parts += [pcm, np.zeros(gap, dtype=np.int16)]
                        t += (pcm.size + gap) / rate
                    with wave.open(str(episode), "wb") as w:
                        w.setnchannels(1)
                        w.setsampwidth(2)
                        w.setframerate(rate)
                        w.writeframes(np.concatenate(parts).tobytes())
                    report = listen_audio(episode, cues, language="en")
                    for scored, segment in zip(report.segments, segments, strict=True):
                        for key in ((variant, "all"), (variant, str(segment["kind"]))):
                            errors[key] += scored.errors
                            words[key] += scored.words
                        if args.verbose and scored.errors:
                            print(f"{variant:>8} {scored.errors:2d} {scored.expected}\n{'':>11} {scored.heard}")
            for variant in variants:
                kinds = ", ".join(f"{kind} {errors[variant, kind] / max(1, words[variant, kind]):.3f}"
                                  for kind in KINDS)
                print(f"after {render + 1} render(s): {variant:>8}: WER "
                      f"{errors[variant, 'all'] / max(1, words[variant, 'all']):.4f} ({kinds})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
