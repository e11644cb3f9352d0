"""`audiodigest follow` of a 100-item feed against the floor on the same text: a ratio.

    .venv/bin/python bench/bench_follow.py [--items 100] [--chars 1500] [--runs 1]

The bench serves a news site on 127.0.0.1 itself: a feed of ITEMS items, each linking to an
HTML page whose paragraphs are real article text (the `articleBody` values of
../shared/textdump-dev/ground-truth.json, dealt out in order, about CHARS characters per item,
so no two items share a sentence and the segment cache cannot help). Per run, alternating:

- floor: ../shared/tools/floor.sh on all items' text concatenated (one paragraph a line);
- cold: `audiodigest follow FEED` into a new folder with an empty segment cache (fetch,
  extract, script, synthesize, encode, tag and publish ITEMS episodes);
- nothing new: the same command again (one conditional GET; target about 1 s).

Targets (issue 8): cold <= 1.5x the floor; nothing new ~ 1 s, at most NOTHING_NEW_MAX_S (the
tests check what such a run does, one conditional GET and no file rewritten; its speed is
measured here).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TRUTH = SHARED / "textdump-dev" / "ground-truth.json"
AUDIODIGEST = [sys.executable, "-m", "audiodigest"]
BASE_URL = "http://127.0.0.1:8765/"
MIN_PARAGRAPH_WORDS = 8
"""Shorter lines of articleBody are mostly captions and credits; real paragraphs only."""
TITLE_WORDS = 8
NOTHING_NEW_MAX_S = 1.5
"""A run with nothing new must stay about a second, even as a fresh process."""


def _items(count: int, chars: int) -> list[tuple[str, list[str]]]:
    """(title, paragraphs) per item, dealt in order from the ground truth's article bodies."""
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    paragraphs = [p.strip() for doc in truth.values() for p in doc["articleBody"].split("\n")
                  if len(p.split()) >= MIN_PARAGRAPH_WORDS]
    items: list[tuple[str, list[str]]] = []
    current: list[str] = []
    for p in paragraphs:
        current.append(p)
        if sum(len(x) for x in current) >= chars:
            title = f"Story {len(items) + 1}: " + " ".join(current[0].split()[:TITLE_WORDS])
            items.append((title.rstrip(",.;:"), current))
            current = []
            if len(items) == count:
                return items
    raise SystemExit(f"the ground truth holds text for only {len(items)} items of {chars} chars")


def _site(root: Path, items: list[tuple[str, list[str]]], url: str) -> None:
    """Write the feed and the article pages under `root`."""
    (root / "news").mkdir(parents=True)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    entries = []
    for n, (title, paras) in enumerate(items):
        t = html.escape(title)
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        (root / "news" / f"{n}.html").write_text(
            f"<!DOCTYPE html><html><head><title>{t}</title></head><body><nav>Home | World"
            f"</nav><article><h1>{t}</h1>{body}</article><footer>Bench News</footer></body>"
            "</html>", encoding="utf-8")
        entries.append(f"<item><title>{t}</title><link>{url}/news/{n}.html</link>"
                       f"<guid>{url}/news/{n}.html</guid>"
                       f"<pubDate>{format_datetime(start + timedelta(minutes=n))}</pubDate>"
                       f"<description>{t}</description></item>")
    (root / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bench News'
        f"</title><link>{url}/</link><description>bench</description>"
        f"{''.join(reversed(entries))}</channel></rss>", encoding="utf-8")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(root: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(cmd, check=False, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n"
                         + done.stderr.decode()[-2000:])
    return time.perf_counter() - start


def _follow(feed: str, out: Path, cache: Path, extra: list[str]) -> float:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cache)}
    return _timed([*AUDIODIGEST, "follow", feed, "--out", str(out), "--base-url", BASE_URL,
                   "--quiet", *extra], env)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=100)
    ap.add_argument("--chars", type=int, default=1500, help="article text per item")
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--jobs", type=int, help="passed to follow --jobs (default: its own)")
    args = ap.parse_args()
    items = _items(args.items, args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        text = work / "all.txt"
        text.write_text("\n".join(p for _t, paras in items for p in paras) + "\n",
                        encoding="utf-8")
        words = len(text.read_text(encoding="utf-8").split())
        server, url = _serve(work / "site")
        try:
            _site(work / "site", items, url)
            feed = f"{url}/feed.xml"
            print(f"{len(items)} items, {words} words of article text "
                  f"(~{words / 175:.0f} min of speech at 175 wpm)", flush=True)
            ratios, again = [], []
            for i in range(args.runs):
                floor = _timed(["bash", str(SHARED / "tools" / "floor.sh"), str(text),
                                str(work / "floor.mp3")])
                out, cache = work / f"out{i}", work / f"cache{i}"
                extra = ["--jobs", str(args.jobs)] if args.jobs else []
                cold = _follow(feed, out, cache, extra)
                second = _follow(feed, out, cache, extra)
                episodes = len(list(out.glob("*.mp3")))
                if episodes != len(items):
                    raise SystemExit(f"expected {len(items)} episodes, found {episodes}")
                ratios.append(cold / floor)
                again.append(second)
                print(f"run {i + 1}: floor {floor:.1f} s, follow {cold:.1f} s "
                      f"({cold / floor:.2f}x), nothing new {second:.2f} s", flush=True)
        finally:
            server.shutdown()
            server.server_close()
    print(f"follow {len(items)} items: median {statistics.median(ratios):.2f}x the floor "
          "(target <= 1.5x)")
    quiet = statistics.median(again)
    verdict = "ok" if quiet <= NOTHING_NEW_MAX_S else f"OVER {NOTHING_NEW_MAX_S:g} s"
    print(f"nothing new: median {quiet:.2f} s (target ~1 s, at most {NOTHING_NEW_MAX_S:g} s: "
          f"{verdict})")


if __name__ == "__main__":
    main()
