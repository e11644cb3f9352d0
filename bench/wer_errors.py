"""What the listener mishears, by kind: classify the word errors of listener reports.

    .venv/bin/python bench/wer_errors.py DIR_OR_JSON ... [--top 25] [--by-setting]

Reads listener reports (`audiodigest listen --json`, or `bench/tune_piper.py --dump DIR`) and
counts each word error (substituted, missing, extra; the WER's numerator) under one kind:

- abbreviation: the caption's abbreviation heard in full ("Jan." said and heard "January");
- name: the meant word is written with a capital inside a sentence somewhere in the episode;
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


def names_of(report: dict[str, object]) -> set[str]:
    """Words written with a capital inside a sentence anywhere in the episode: names, also
    where one starts a sentence ("Tsapkala, who ...")."""
    return {w for seg in report["segments"]  # type: ignore[attr-defined]
            for m in _CAPITALIZED.finditer(str(seg["meant"])) for w in _words(m.group(1))}


def classify(segment: dict[str, object], names: set[str]) -> Counter[str]:
    """Error counts by kind for one cue of a report, from the alignment of what was heard
    against what was meant (the listener's own, `listen.score.align`)."""
    from audiodigest.listen.score import align

    bracketed = {w for m in _BRACKETED.finditer(str(segment["meant"])) for w in _words(m.group(1))}
    expected = str(segment.get("expected", "")).split()
    heard = str(segment["heard"]).split()
    out: Counter[str] = Counter()
    for op in align(expected, heard):
        if op.kind == "equal":
            continue
        word = expected[op.ref] if op.ref >= 0 else ""
        said = heard[op.hyp] if op.hyp >= 0 else ""
        at_start = op.ref == 0 or (op.ref < 0 and not any(
            o.kind != "extra" for o in align(expected, heard[:op.hyp + 1])))
        if op.kind == "extra" and said in bracketed:
            out["parenthetical"] += 1
        elif word and said.startswith(word) and len(word) <= 4 < len(said):
            out["abbreviation"] += 1
        elif word in names:
            out["name"] += 1
        elif any(c.isdigit() for c in word + said):
            out["number"] += 1
        elif at_start:
            out["cue start"] += 1
        elif op.ref == len(expected) - 1 or (op.ref < 0 and op.hyp == len(heard) - 1):
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
            names = names_of(report)
            for seg in report["segments"]:  # type: ignore[union-attr]
                if not seg["listened"]:
                    continue
                words += seg["words"]
                errors += seg["errors"]
                kinds += classify(seg, names)
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
