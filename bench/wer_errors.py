"""What the listener mishears, by kind: classify the word errors of listener reports.

    .venv/bin/python bench/wer_errors.py DIR_OR_JSON ... [--top 25] [--by-setting]

Reads listener reports (`audiodigest listen --json`, or `bench/tune_piper.py --dump DIR`) and
counts each word error (substituted, missing, extra; the WER's numerator) under one kind:

- name: the meant word is capitalized inside its sentence in the caption (a proper name);
- number: the meant or heard word has a digit (dates, ordinals, figures: caption "April 14"
  against speech "April fourteenth" heard as "14th" counts here);
- cue start / cue end: a common word, first or last of its cue (clipped or swallowed at a
  segment join, or heard on the wrong side of a cue cut);
- parenthetical: an extra word that the caption has inside brackets (Whisper's normalizer
  drops bracketed text from the meant words, but the voice says it);
- other: the rest (a common word misheard mid-sentence).

Then the meant words misheard most often, over all reports.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

_CAPITALIZED = re.compile(r"(?<![.!?:\"“] )(?<!^)\b([A-Z][a-z]+(?:['’]s)?)\b")
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")


def _words(text: str) -> list[str]:
    from audiodigest.listen.score import words_of

    return words_of(text, "en")


def classify(segment: dict[str, object]) -> Counter[str]:
    """Error counts by kind for one cue of a report."""
    meant = str(segment["meant"])
    names = {w for m in _CAPITALIZED.finditer(meant) for w in _words(m.group(1))}
    bracketed = {w for m in _BRACKETED.finditer(meant) for w in _words(m.group(1))}
    expected = str(segment.get("expected", "")).split()
    out: Counter[str] = Counter()
    diffs = list(segment.get("diff", []))  # type: ignore[call-overload]
    for n, d in enumerate(diffs):
        word, heard = d["meant"], d["heard"]
        if d["kind"] == "extra" and heard in bracketed:
            out["parenthetical"] += 1
        elif word and word in names:
            out["name"] += 1
        elif any(c.isdigit() for c in word + heard):
            out["number"] += 1
        elif expected and word and word == expected[0] and n == 0:
            out["cue start"] += 1
        elif expected and (word == expected[-1] or (d["kind"] == "extra" and n == len(diffs) - 1
                                                    and heard)) and n == len(diffs) - 1:
            out["cue end"] += 1
        else:
            out["other"] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--by-setting", action="store_true", help="one table per setting")
    args = ap.parse_args()
    files = [f for p in args.paths for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    if not files:
        sys.exit("no reports")
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for f in files:
        report = json.loads(f.read_text(encoding="utf-8"))
        groups[str(report.get("setting", "all")) if args.by_setting else "all"].append(report)
    for name, reports in groups.items():
        kinds: Counter[str] = Counter()
        misheard: Counter[str] = Counter()
        heard_as: dict[str, Counter[str]] = defaultdict(Counter)
        words = errors = 0
        for report in reports:
            for seg in report["segments"]:  # type: ignore[union-attr]
                if not seg["listened"]:
                    continue
                words += seg["words"]
                errors += seg["errors"]
                kinds += classify(seg)
                for d in seg["diff"]:
                    key = d["meant"] or f"+{d['heard']}"
                    misheard[key] += 1
                    heard_as[key][d["heard"] or "-"] += 1
        n = len(reports)
        print(f"{name}: {n} reports, WER {errors / words:.3f} ({errors / n:.1f} errors of "
              f"{words / n:.0f} words per report)")
        for kind, count in kinds.most_common():
            print(f"  {kind:<14} {count / n:6.1f} per report  ({count / errors:.0%} of errors, "
                  f"{count / words:.3f} of WER)")
        print("  most misheard (meant -> heard, over all reports):")
        for word, count in misheard.most_common(args.top):
            top = ", ".join(f"{h} {c}" for h, c in heard_as[word].most_common(3))
            print(f"    {count:3d}  {word:<16} {top}")


if __name__ == "__main__":
    main()
