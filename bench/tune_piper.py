"""Newsreader delivery for Piper, chosen by measurement: rate, noise and pauses against the listener.

    .venv/bin/python bench/tune_piper.py [--renders 3] [--only LABEL ...] [--dump DIR]
                                         [--lexicon FILE] [--text FILE] [--list]

Renders the corpus page with `piper-joe` once per render and setting, listens to each with the
listener of `audiodigest listen` (Whisper tiny.en, int8, greedy, chunks cut at cue boundaries)
and prints, per setting, the word error rate as mean ± standard deviation and min..max over the
renders (Piper's noise makes two renders of one text differ: ~0.01 of WER between them), and
sox's statistics of the decoded episode: RMS and peak level, and the share of it that is silence
(stretches of 50 ms or more below -45 dBFS). Each render has a segment cache of its own.

Each render runs in a fresh process (spawned), which sets the Piper module's noise constants
(and, for the word-gap setting, Piper's phoneme ids) before its own worker pool forks, so the
workers use them. (Until 2026-12-04 the constants were set in this process, whose pool forked
only for the first render: the listener's tqdm thread made every later pool start from a
forkserver, whose workers import the module afresh, so noise settings reached render 1 only.)
The script's pauses and the rate are set in the script and profile, which reach workers as is.
`--dump DIR` keeps each render's listener report
(JSON, `ListenReport.to_json()`) for `bench/wer_errors.py`, which classifies what is misheard.
`--lexicon FILE` adds a lexicon on top of the voice's, `--voice-lexicon FILE` replaces the
voice's own (to measure with and without lexicon additions:
`git show REV:voices/en.lexicon.toml > /tmp/before.lexicon.toml`).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import statistics
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_listen import CORPUS  # noqa: E402


@dataclass(frozen=True)
class Setting:
    label: str
    wpm: int | None = None
    """None: the profile's rate."""
    noise: float | None = None
    """Piper's noise_scale; None: the module's constant."""
    noise_w: float | None = None
    pauses: dict[str, int] = field(default_factory=dict)
    """Overrides of speech.script.Pauses fields, in ms."""
    word_gap: int = 1
    """How many times Piper's word-boundary token is given (2: more room between words)."""
    name_rate: float = 1.0
    """Rate factor for segments that say a lexicon name as phonemes (0.9: 10% slower)."""
    max_chars: int | None = None
    """Longest piece of a sentence given to Piper at once; None: the script's default."""
    words: tuple[tuple[str, str], ...] = ()
    """(word, IPA) pairs: the word, standing alone, reaches Piper as these phonemes."""


SETTINGS = [
    Setting("as shipped"),
    Setting("155 wpm (length 1.0)", wpm=155),
    Setting("160 wpm (0.97)", wpm=160),
    Setting("175 wpm (0.89)", wpm=175),
    Setting("180 wpm (0.86)", wpm=180),
    Setting("185 wpm (0.84)", wpm=185),
    Setting("noise 0.5/0.6", noise=0.5, noise_w=0.6),
    Setting("noise 0.2/0.25 (calmer)", noise=0.2, noise_w=0.25),
    Setting("noise 0.1/0.15 (calmest)", noise=0.1, noise_w=0.15),
    Setting("noise 0.667/0.8 (Piper's)", noise=0.667, noise_w=0.8),
    Setting("noise 0.8/1.0 (lively)", noise=0.8, noise_w=1.0),
    Setting("noise 0 (none: every render alike)", noise=0.0, noise_w=0.0),
    Setting("pauses x0.5", pauses={"sentence": 175, "paragraph": 350, "inline": 100}),
    Setting("pauses x1.5", pauses={"sentence": 525, "paragraph": 1050, "inline": 300}),
    Setting("word gap x2", word_gap=2),
    Setting("names 10% slower", name_rate=0.9),
    Setting("'in' long, unstressed", words=(("in", "ɪːn"), ("In", "ɪːn"))),
    Setting("whole sentences (cut past 400 chars)", max_chars=400),
]


def _widen_word_gaps(times: int) -> None:
    """Make Piper give its word-boundary token `times` times (in this process's workers)."""
    from piper.voice import PiperVoice

    plain = PiperVoice.phonemes_to_ids

    def widened(self: Any, phonemes: list[str]) -> list[int]:
        ids = plain(self, phonemes)
        space, pad = self.config.phoneme_id_map[" "], self.config.phoneme_id_map["_"]
        out: list[int] = []
        for i in ids:
            out.append(i)
            if [i] == space:
                out.extend((pad + space) * (times - 1))
        return out

    PiperVoice.phonemes_to_ids = widened  # type: ignore[method-assign]


def _slow_names(factor: float) -> None:
    """Speak segments with a lexicon name in phonemes (not a "-teen" number) `factor` as fast."""
    from audiodigest.tts.piper import PiperEngine

    plain = PiperEngine.synthesize

    def slower(self: Any, text: str, voice: Any, out: Path) -> Any:
        spans = re.findall(r"\[\[(.*?)\]\]", text)
        if any("tˈiːn" not in span for span in spans):
            voice = replace(voice, rate_wpm=round(voice.rate_wpm * factor))
        return plain(self, text, voice, out)

    PiperEngine.synthesize = slower  # type: ignore[method-assign]


def _respell(words: dict[str, str]) -> None:
    """Give Piper each of `words` (outside phoneme spans) as its IPA."""
    from audiodigest.tts import piper

    plain = piper.piper_text
    pattern = re.compile(r"(?<![\w'’\[-])(" + "|".join(map(re.escape, words)) + r")(?![\w'’\]-])")

    def respelled(text: str) -> str:
        return plain("".join(part if part.startswith("[[") else
                             pattern.sub(lambda m: f"[[{words[m.group(1)]}]]", part)
                             for part in re.split(r"(\[\[.*?\]\])", text)))

    piper.piper_text = respelled  # type: ignore[assignment]


def render_once(setting: Setting, script: Any, profile: Any, out: Path, cache: Path) -> Any:
    """Render `script` with `setting`'s noise, word gap and name rate; run in a fresh process
    (see above)."""
    from audiodigest.pipeline import DigestOptions, render
    from audiodigest.tts import piper

    if setting.noise is not None:
        piper.NOISE_SCALE = setting.noise
    if setting.noise_w is not None:
        piper.NOISE_W_SCALE = setting.noise_w
    if setting.word_gap > 1:
        _widen_word_gaps(setting.word_gap)
    if setting.name_rate != 1.0:
        _slow_names(setting.name_rate)
    if setting.words:
        _respell(dict(setting.words))
    return render(script, profile, out, DigestOptions(voice="piper-joe", cache_dir=cache,
                                                      out_dir=out.parent))


def sox_stats(mp3: Path) -> dict[str, float]:
    """RMS and peak level (dBFS) and silence share of the decoded episode, from sox."""
    wav = mp3.with_suffix(".stats.wav")
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-y", "-i", str(mp3), str(wav)],
                   check=True)
    try:
        stats = subprocess.run(["sox", str(wav), "-n", "stats"], capture_output=True, text=True,
                               check=True).stderr
        voiced = mp3.with_suffix(".voiced.wav")
        subprocess.run(["sox", str(wav), str(voiced), "silence", "1", "0.05", "-45d",
                        "-1", "0.05", "-45d"], check=True)
        total = float(subprocess.run(["soxi", "-D", str(wav)], capture_output=True, text=True,
                                     check=True).stdout)
        left = float(subprocess.run(["soxi", "-D", str(voiced)], capture_output=True, text=True,
                                    check=True).stdout)
        voiced.unlink()
    finally:
        wav.unlink(missing_ok=True)

    def field_of(name: str) -> float:
        m = re.search(rf"^{re.escape(name)}\s+(-?[\d.]+|-inf)", stats, re.MULTILINE)
        return float(m.group(1)) if m else float("nan")

    return {"rms_db": field_of("RMS lev dB"), "peak_db": field_of("Pk lev dB"),
            "silence": 1 - left / total if total else 0.0, "duration_s": total}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", type=Path, default=CORPUS)
    ap.add_argument("--renders", type=int, default=3)
    ap.add_argument("--only", action="append", help="settings whose label contains this")
    ap.add_argument("--dump", type=Path, help="keep each render's listener report (JSON) here")
    ap.add_argument("--lexicon", type=Path, action="append", default=[],
                    help="an extra lexicon on top of the voice's")
    ap.add_argument("--voice-lexicon", type=Path, action="append",
                    help="use this lexicon instead of the voice's own (e.g. an older "
                         "voices/en.lexicon.toml, to measure without entries added since)")
    ap.add_argument("--list", action="store_true", help="list the settings and stop")
    args = ap.parse_args()
    chosen = [s for s in SETTINGS if not args.only or any(o in s.label for o in args.only)]
    if args.list or not chosen:
        print("\n".join(s.label for s in SETTINGS))
        return

    from audiodigest.listen import listen_audio
    from audiodigest.pipeline import choose_voice, load_articles
    from audiodigest.speech.script import Pauses, ScriptOptions, build_script
    from audiodigest.tts import abilities_of

    articles = load_articles([str(args.text)])
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    spawn = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for setting in chosen:
            profile = choose_voice("piper-joe", articles[0].language).profile
            if setting.wpm is not None:
                profile = replace(profile, rate_wpm=setting.wpm)
            if args.voice_lexicon:
                profile = replace(profile, lexicon=tuple(args.voice_lexicon))
            script = build_script(articles, profile, ScriptOptions(
                phonemes=abilities_of(profile).phonemes, lexicons=tuple(args.lexicon),
                voice_languages=frozenset(), pauses=replace(Pauses(), **setting.pauses),
                **({"max_segment_chars": setting.max_chars} if setting.max_chars else {})))
            slug = re.sub(r"\W+", "-", setting.label).strip("-")
            wers, stats = [], []
            for n in range(args.renders):
                with ProcessPoolExecutor(1, mp_context=spawn) as one:
                    audio = one.submit(render_once, setting, script, profile,
                                       work / f"{slug}-{n}.mp3", work / f"cache-{slug}-{n}"
                                       ).result()
                report = listen_audio(audio.path, audio.cues, audio.chapters, language="en")
                wers.append(report.wer)
                stats.append(sox_stats(audio.path))
                if args.dump:
                    (args.dump / f"{slug}-{n}.json").write_text(json.dumps(
                        {"setting": setting.label, "render": n, **report.to_json()}, indent=1))
                audio.path.unlink()
                print(f"  {setting.label} render {n + 1}: WER {report.wer:.3f}", flush=True)
            words = sum(len(s.text.split()) for s in script.segments)
            mean = {k: statistics.mean(s[k] for s in stats) for k in stats[0]}
            spread = statistics.stdev(wers) if len(wers) > 1 else 0.0
            print(f"{setting.label:<28} WER {statistics.mean(wers):.3f} ± {spread:.3f} "
                  f"({min(wers):.3f}..{max(wers):.3f}, {len(wers)} renders); "
                  f"{mean['duration_s']:.0f} s, {words / (mean['duration_s'] / 60):.0f} wpm "
                  f"with pauses; RMS {mean['rms_db']:.1f} dB, peak {mean['peak_db']:.1f} dB, "
                  f"silence {mean['silence']:.1%}", flush=True)


if __name__ == "__main__":
    main()
