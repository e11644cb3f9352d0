"""Score audiodigest's extractor beside trafilatura and readability-lxml on the shared dev sets.

Run from the repository root:

    .venv/bin/python bench/bench_extraction.py [--limit N] [--worst N] [--only html|text|other]
    .venv/bin/python bench/bench_extraction.py --speed [--rounds N]

It calls ../shared/tools/extraction_eval.py once per data set (HTML pages, plain-text page
dumps, and the hand-written pages of other kinds in tests/fixtures/extract/other-kinds), each
time with our extractor and the two peers, and prints the tables (P, R, F1, ms/page).
The peer functions below are what the tool imports for the peer rows. With --speed it only
times HTML extraction, each page through the three extractors in turn (robust to a machine
whose load changes while it runs).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

__all__ = ["main", "readability_html", "readability_text", "trafilatura_html", "trafilatura_text"]

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EVAL_TOOL = SHARED / "tools" / "extraction_eval.py"
HTML_DATA = SHARED / "extraction-dev"
TEXT_DATA = SHARED / "textdump-dev"
OTHER_DATA = REPO / "tests" / "fixtures" / "extract" / "other-kinds"
"""Hand-written pages of other kinds (blog, documentation, FAQ, share blocks, short pages)."""
THIS = Path(__file__).resolve()


def trafilatura_html(html: str) -> str:
    """trafilatura with its defaults: the peer row for HTML."""
    import trafilatura

    return trafilatura.extract(html) or ""


def readability_html(html: str) -> str:
    """readability-lxml's summary turned into text: the peer row for HTML."""
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


def _lines_as_html(text: str) -> str:
    import html as html_mod

    paras = "".join(f"<p>{html_mod.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paras}</body></html>"


def trafilatura_text(text: str) -> str:
    """A dump's lines wrapped in <p> and given to trafilatura (the README's baseline)."""
    return trafilatura_html(_lines_as_html(text))


def readability_text(text: str) -> str:
    """A dump's lines wrapped in <p> and given to readability-lxml (the README's baseline)."""
    return readability_html(_lines_as_html(text))


def _speed(limit: int | None, rounds: int) -> int:
    """ms/page of our HTML extractor and its two peers, timed page by page in turn.

    extraction_eval.py times each extractor over all pages before the next: on a machine whose
    load changes meanwhile (two cores shared with other work), its ms/page compare badly.
    Here each page goes through the three in turn, so a busy minute slows all three alike.
    """
    import gzip
    import json
    import statistics
    import time

    sys.path.insert(0, str(REPO))
    from audiodigest.extract.document import article_text

    def ours(html: str) -> str:
        try:
            return article_text(html)
        except Exception:  # a refusal costs its time like any other page
            return ""

    truth = json.loads((HTML_DATA / "ground-truth.json").read_text(encoding="utf-8"))
    pages = [gzip.decompress((HTML_DATA / "html" / f"{doc_id}.html.gz").read_bytes()).decode("utf-8", "replace")
             for doc_id in sorted(truth)][:limit]
    runners = {"audiodigest": ours, "trafilatura": trafilatura_html, "readability-lxml": readability_html}
    for fn in runners.values():  # first calls load models and caches: not what a page costs
        fn(pages[0])
    french = "Le port de la ville a rouvert lundi après deux ans de travaux. " * 4
    ours(f"<html><body><p>{french}</p></body></html>")  # loads the language detector
    times: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(rounds):
        for page in pages:
            for name, fn in runners.items():
                started = time.perf_counter()
                fn(page)
                times[name].append(time.perf_counter() - started)
    print(f"HTML, {len(pages)} pages x {rounds}, timed page by page in turn")
    for name, values in times.items():
        mean, median = 1000 * statistics.mean(values), 1000 * statistics.median(values)
        print(f"{name:<20} {mean:8.1f} ms/page  median {median:6.1f}")
    ratio = sum(times["audiodigest"]) / (sum(times["trafilatura"]) + sum(times["readability-lxml"]))
    print(f"audiodigest / (trafilatura + readability-lxml) = {ratio:.2f}")
    return 0


def _run(data: Path, targets: list[tuple[str, str]], extra: list[str]) -> int:
    cmd = [sys.executable, str(EVAL_TOOL), "--data", str(data)]
    for label, spec in targets:
        cmd += ["--py", f"{label}={spec}"]
    cmd += extra
    return subprocess.call(cmd, cwd=REPO)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each set")
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages per extractor")
    ap.add_argument("--only", choices=["html", "text", "other"], default=None)
    ap.add_argument("--mine-only", action="store_true", help="skip the peer rows (faster)")
    ap.add_argument("--speed", action="store_true",
                    help="only time HTML extraction against the peers, page by page in turn")
    ap.add_argument("--rounds", type=int, default=1, help="passes over the pages with --speed")
    args = ap.parse_args(argv)
    if args.speed:
        return _speed(args.limit, args.rounds)
    if not EVAL_TOOL.is_file():
        sys.exit(f"bench_extraction: {EVAL_TOOL} not found; is ../shared beside the repository?")
    extra: list[str] = []
    if args.limit:
        extra += ["--limit", str(args.limit)]
    if args.worst:
        extra += ["--worst", str(args.worst)]
    html_rows = [("audiodigest", "audiodigest.extract.document:article_text"),
                 ("trafilatura", f"{THIS}:trafilatura_html"), ("readability-lxml", f"{THIS}:readability_html")]
    text_rows = [("audiodigest", "audiodigest.extract.document:dump_text"),
                 ("trafilatura-p", f"{THIS}:trafilatura_text"), ("readability-p", f"{THIS}:readability_text")]
    status = 0
    for name, data, rows in (("html", HTML_DATA, html_rows), ("other", OTHER_DATA, html_rows),
                             ("text", TEXT_DATA, text_rows)):
        if args.only in (None, name):
            status |= _run(data, rows[:1] if args.mine_only else rows, extra)
    return status


if __name__ == "__main__":
    sys.exit(main())
