"""Score audiodigest's extractor beside trafilatura and readability-lxml on the shared dev sets.

Run from the repository root:

    .venv/bin/python bench/bench_extraction.py [--limit N] [--worst N] [--only html|text]

It calls ../shared/tools/extraction_eval.py once per data set (HTML pages and plain-text page
dumps), each time with our extractor and the two peers, and prints the tables (P, R, F1, ms/page).
The peer functions below are what the tool imports for the peer rows.
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
    ap.add_argument("--only", choices=["html", "text"], default=None)
    ap.add_argument("--mine-only", action="store_true", help="skip the peer rows (faster)")
    args = ap.parse_args(argv)
    if not EVAL_TOOL.is_file():
        sys.exit(f"bench_extraction: {EVAL_TOOL} not found; is ../shared beside the repository?")
    extra: list[str] = []
    if args.limit:
        extra += ["--limit", str(args.limit)]
    if args.worst:
        extra += ["--worst", str(args.worst)]
    status = 0
    if args.only in (None, "html"):
        targets = [("audiodigest", "audiodigest.extract.document:article_text")]
        if not args.mine_only:
            targets += [("trafilatura", f"{THIS}:trafilatura_html"),
                        ("readability-lxml", f"{THIS}:readability_html")]
        status |= _run(HTML_DATA, targets, extra)
    if args.only in (None, "text"):
        targets = [("audiodigest", "audiodigest.extract.document:dump_text")]
        if not args.mine_only:
            targets += [("trafilatura-p", f"{THIS}:trafilatura_text"),
                        ("readability-p", f"{THIS}:readability_text")]
        status |= _run(TEXT_DATA, targets, extra)
    return status


if __name__ == "__main__":
    sys.exit(main())
