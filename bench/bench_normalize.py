"""Pass rate of `normalize` per category of a written -> spoken TSV, judged by espeak-ng phonemes.

Run: PYTHONPATH=. .venv/bin/python bench/bench_normalize.py [FILE.tsv ...] [--failures]

Each line of a file is `category<TAB>written<TAB>spoken`; a case passes when `espeak-ng -q -x`
gives the same phonemes for our output as for the spoken form (as tests/speech/test_normalize.py
judges). With no file, tests/data/normalize_{cases,broad,fresh,fresh2}.tsv.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_FILES = (ROOT / "tests" / "data" / "normalize_cases.tsv",
                 ROOT / "tests" / "data" / "normalize_broad.tsv",
                 ROOT / "tests" / "data" / "normalize_fresh.tsv",
                 ROOT / "tests" / "data" / "normalize_fresh2.tsv")


def phonemes(text: str) -> str:
    out = subprocess.run(["espeak-ng", "-q", "-x", text], capture_output=True, text=True,
                         check=True).stdout
    return "".join(out.replace("_:", "").split())


def load(path: Path) -> list[tuple[str, str, str]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            category, written, spoken = line.split("\t")
            cases.append((category, written, spoken))
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="list every failing case")
    args = parser.parse_args()
    from audiodigest.speech.normalize import normalize

    total_ok = total = 0
    for path in args.files or DEFAULT_FILES:
        cases = load(path)
        said = [normalize(written) for _, written, _ in cases]
        with ThreadPoolExecutor(max_workers=4) as pool:
            ours = list(pool.map(phonemes, said))
            wanted = list(pool.map(phonemes, [spoken for _, _, spoken in cases]))
        per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        failures = []
        for (category, written, spoken), out, a, b in zip(cases, said, ours, wanted, strict=True):
            per[category][1] += 1
            if a == b:
                per[category][0] += 1
            else:
                failures.append((category, written, out, spoken))
        ok = sum(v[0] for v in per.values())
        print(f"{path.name}: {ok}/{len(cases)} = {100 * ok / len(cases):.1f}%")
        for category in sorted(per):
            good, count = per[category]
            print(f"  {category:12} {good:4}/{count:<4} {100 * good / count:5.1f}%")
        if args.failures:
            for category, written, out, spoken in failures:
                print(f"  FAIL [{category}] {written!r}\n        got  {out!r}\n        want {spoken!r}")
        total_ok += ok
        total += len(cases)
    print(f"all: {total_ok}/{total} = {100 * total_ok / max(1, total):.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
