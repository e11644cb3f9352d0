"""Cross-validate the extractors' thresholds by site: fit on some sites, score on the others.

Run from the repository root:

    .venv/bin/python bench/cv_extraction.py [--only html|text] [--folds 5] [--rules] [--run-together]

The development sets (../shared/extraction-dev and ../shared/textdump-dev) are split by site
(the host of each page's URL in ground-truth.json, "www." dropped), so no site is in both the
part that fits and the part that is scored. For each fold, every point of a small grid of
thresholds (html.Tuning's dense-run weights, textdump.DumpTuning's line costs) is scored on the
other folds' pages; the best point there is used on this fold's pages. Printed per data set:

- dev-all: the shipped defaults on every page (what bench_extraction.py measures);
- cross-validated: each page scored with thresholds fitted without its site;
- the best grid point on all pages (in-sample, so optimistic: the gap to the cross-validated
  figure is what fitting the thresholds to these pages is worth, and should stay small);
- trafilatura and readability-lxml (bench_extraction.py's peer rows) on the same pages.

With --run-together the page dumps lose the blank lines between the article's own lines
(`run_together`), as a page built of <div>s dumps: what the block rules cost on that layout.

With --rules the grid is instead "every rule on" plus each rule switched off in turn: a rule
that only the pages of one site need is switched off by the folds that do not hold that site,
so the cross-validated figure shows what the rule set is worth on sites it was not written for.

The metric is ../shared/tools/extraction_eval.py's mean per-page bag-of-words F1.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import itertools
import json
import re
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
HTML_DATA = SHARED / "extraction-dev"
TEXT_DATA = SHARED / "textdump-dev"
EVAL_TOOL = SHARED / "tools" / "extraction_eval.py"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

__all__ = ["Page", "cross_validate", "load_pages", "main", "run_together", "site_of"]


def _metric() -> Callable[[str, str], tuple[float, float, float]]:
    spec = importlib.util.spec_from_file_location("extraction_eval", EVAL_TOOL)
    if spec is None or spec.loader is None:
        sys.exit(f"cv_extraction: {EVAL_TOOL} not found; is ../shared beside the repository?")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.bow_prf  # type: ignore[no-any-return]


@dataclass
class Page:
    doc_id: str
    url: str
    truth: str
    content: str
    site: str
    fold: int = 0
    state: Any = None


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def load_pages(data: Path, folds: int) -> list[Page]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for doc_id in sorted(truth):
        for path in (data / "html" / f"{doc_id}.html.gz", data / "html" / f"{doc_id}.html",
                     data / "text" / f"{doc_id}.txt", data / "text" / f"{doc_id}.txt.gz"):
            if path.is_file():
                raw = path.read_bytes()
                raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
                break
        else:
            sys.exit(f"cv_extraction: no page for {doc_id} in {data}")
        url = truth[doc_id].get("url") or ""
        pages.append(Page(doc_id, url, truth[doc_id].get("articleBody") or "",
                          raw.decode("utf-8", errors="replace"), site_of(url)))
    # Sites are dealt to folds in an order fixed by a hash of their names: stable, not sorted.
    sites = sorted({p.site for p in pages}, key=lambda s: hashlib.sha256(s.encode()).hexdigest())
    fold_of = {site: n % folds for n, site in enumerate(sites)}
    for page in pages:
        page.fold = fold_of[page.site]
    return pages


def cross_validate(pages: Sequence[Page], grid: Sequence[Any], score: Callable[[Page, Any], float],
                   folds: int) -> tuple[list[float], dict[Any, list[float]], list[Any]]:
    """Per-page F1 with thresholds fitted on the other folds; every grid point's per-page F1;
    the point chosen for each fold."""
    table = {point: [score(page, point) for page in pages] for point in grid}
    held_out = [0.0] * len(pages)
    chosen = []
    for fold in range(folds):
        train = [i for i, p in enumerate(pages) if p.fold != fold]
        best = max(grid, key=lambda point: statistics.mean(table[point][i] for i in train))
        chosen.append(best)
        for i, page in enumerate(pages):
            if page.fold == fold:
                held_out[i] = table[best][i]
    return held_out, table, chosen


def _html_grid() -> list[Any]:
    from audiodigest.extract.dom import DomTuning
    from audiodigest.extract.html import Tuning

    points = []
    for short, link, chrome, heading in itertools.product((3.0, 6.0, 9.0), (0.3, 0.5, 0.7),
                                                          (0.0, 0.3, 1.0), (0.0, 2.0)):
        dom = replace(DomTuning(), short_cost=short, link_share=link, chrome_factor=chrome,
                      heading_cost=heading)
        points.append(Tuning(dom=dom))
    return [Tuning(), *[p for p in points if p != Tuning()]]


HTML_RULES = ("comments", "boilerplate", "credit", "repeats", "navigation")
TEXT_RULES = ("repeated", "glued", "read-more", "pipes", "about", "furniture", "boxes", "isolated",
              "mixed", "comment-headers", "rows")


def _html_rules_grid() -> list[Any]:
    from audiodigest.extract.html import Tuning

    return [Tuning(), Tuning(sibling_votes=None),
            *[Tuning(off=frozenset({rule})) for rule in HTML_RULES]]


def _text_rules_grid() -> list[Any]:
    from audiodigest.extract.textdump import DumpTuning

    return [DumpTuning(), *[DumpTuning(off=frozenset({rule})) for rule in TEXT_RULES]]


def _text_grid() -> list[Any]:
    from audiodigest.extract.textdump import DumpTuning

    points = [replace(DumpTuning(), short_cost=short, chrome_cost=chrome, bullet_cost=bullet,
                      mixed_factor=mixed, isolated_factor=isolated)
              for short, chrome, bullet, mixed, isolated in itertools.product(
                  (6.0, 9.0, 12.0), (5.0, 8.0), (2.0, 4.0), (0.25, 0.5), (0.5, 0.7, 1.0))]
    return [DumpTuning(), *[p for p in points if p != DumpTuning()]]


def _html_scorer(metric: Callable[[str, str], tuple[float, float, float]]) -> Callable[[Page, Any], float]:
    from audiodigest.errors import AudioDigestError
    from audiodigest.extract.document import clean_text
    from audiodigest.extract.html import article_blocks, read_html

    def score(page: Page, tuning: Any) -> float:
        if page.state is None:
            try:
                _tree, meta, votes = read_html(clean_text(page.content))
                page.state = (meta, votes)
            except AudioDigestError:
                page.state = ()
        if not page.state:
            return metric(page.truth, "")[2]
        meta, votes = page.state
        body = "\n".join(text for _kind, text in article_blocks(votes, meta, tuning)[0])
        return metric(page.truth, body)[2]

    return score


def _text_scorer(metric: Callable[[str, str], tuple[float, float, float]]) -> Callable[[Page, Any], float]:
    from audiodigest.errors import AudioDigestError
    from audiodigest.extract.document import clean_text
    from audiodigest.extract.textdump import extract_dump

    def score(page: Page, tuning: Any) -> float:
        try:
            body = extract_dump(clean_text(page.content), tuning=tuning).body
        except AudioDigestError:
            body = ""
        return metric(page.truth, body)[2]

    return score


def run_together(dump: str, truth: str) -> str:
    """`dump` with the blank lines between two lines of the article's own text removed: how a
    page whose paragraphs are <div>s or <br>s dumps (a layout the development pages rarely
    have, so the dump reader's block rules are measured on it too)."""
    words = set(re.findall(r"\w+", truth))

    def own(line: str) -> bool:
        tokens = re.findall(r"\w+", line)
        return len(tokens) >= 2 and sum(t in words for t in tokens) > RUN_TOGETHER_SHARE * len(tokens)

    lines = dump.split("\n")
    out: list[str] = []
    previous: str | None = None
    for n, line in enumerate(lines):
        if not line.strip():
            following = next((m for m in lines[n + 1:] if m.strip()), None)
            if previous is not None and following is not None and own(previous) and own(following):
                continue
        else:
            previous = line
        out.append(line)
    return "\n".join(out)


RUN_TOGETHER_SHARE = 0.8
"""A dump line is the article's own when this share of its words is in the truth."""


def _peer_scores(pages: Sequence[Page], fn: Callable[[str], str],
                 metric: Callable[[str, str], tuple[float, float, float]]) -> list[float]:
    out = []
    for page in pages:
        try:
            text = fn(page.content)
        except Exception:  # a peer that fails on a page scores 0 there, as in extraction_eval
            text = ""
        out.append(metric(page.truth, text)[2])
    return out


def _report(name: str, pages: Sequence[Page], folds: int, grid: Sequence[Any],
            score: Callable[[Page, Any], float], peers: dict[str, Callable[[str], str]],
            metric: Callable[[str, str], tuple[float, float, float]]) -> None:
    held_out, table, chosen = cross_validate(pages, grid, score, folds)
    dev_all = table[grid[0]]
    best = max(grid, key=lambda point: statistics.mean(table[point]))
    print(f"\n{name}: {len(pages)} pages, {len({p.site for p in pages})} sites, {folds} folds by site, "
          f"{len(grid)} grid points")
    fold_sizes = [sum(1 for p in pages if p.fold == f) for f in range(folds)]
    header = f"{'':34}{'all':>7}" + "".join(f"{'fold ' + str(f) + ' (' + str(n) + ')':>13}"
                                             for f, n in enumerate(fold_sizes))
    print(header)

    def row(label: str, values: Sequence[float]) -> None:
        per_fold = [statistics.mean(v for v, p in zip(values, pages, strict=True) if p.fold == f)
                    for f in range(folds)]
        print(f"{label:34}{statistics.mean(values):7.3f}" + "".join(f"{v:13.3f}" for v in per_fold))

    row("audiodigest, defaults (dev-all)", dev_all)
    row("audiodigest, cross-validated", held_out)
    row("audiodigest, best point in-sample", table[best])
    for label, fn in peers.items():
        row(label, _peer_scores(pages, fn, metric))
    defaults = grid[0]
    print(f"  fold choices equal to the defaults: {sum(c == defaults for c in chosen)}/{folds}")
    for f, point in enumerate(chosen):
        if point != defaults:
            print(f"  fold {f} chose {point}")
    if best != defaults:
        print(f"  best in-sample: {best}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--only", choices=["html", "text"], default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--rules", action="store_true",
                    help="fit which rules are on (each one off in turn) instead of the weights")
    ap.add_argument("--run-together", action="store_true",
                    help="page dumps only: remove the blank lines between the article's paragraphs")
    args = ap.parse_args(argv)
    metric = _metric()
    import bench_extraction as peers

    if args.only in (None, "html"):
        pages = load_pages(HTML_DATA, args.folds)
        _report("HTML", pages, args.folds, _html_rules_grid() if args.rules else _html_grid(),
                _html_scorer(metric),
                {"trafilatura": peers.trafilatura_html, "readability-lxml": peers.readability_html},
                metric)
    if args.only in (None, "text"):
        pages = load_pages(TEXT_DATA, args.folds)
        if args.run_together:
            for page in pages:
                page.content = run_together(page.content, page.truth)
        _report("Page dumps", pages, args.folds, _text_rules_grid() if args.rules else _text_grid(),
                _text_scorer(metric),
                {"trafilatura-p": peers.trafilatura_text, "readability-p": peers.readability_text},
                metric)
    return 0


if __name__ == "__main__":
    sys.exit(main())
