"""`audiodigest follow` against a real news site on 127.0.0.1 whose feed changes between runs."""

from __future__ import annotations

import hashlib
import html
import os
import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from pipeline_helpers import BASE_URL, snapshot
from pipeline_helpers import feed_episodes as episodes

from audiodigest.cli import cli
from audiodigest.show.folder import OutputFolder

EPOCH = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)

TOWNS = ["Harbour", "Millbrook", "Eastfield", "Northgate", "Riverside", "Oakham", "Westmere"]


def story(n: int, edit: int = 0) -> tuple[str, str]:
    """Title and two short paragraphs for story n (edit > 0: the text was corrected)."""
    town = TOWNS[n % len(TOWNS)]
    title = f"{town} council opens library number {n}"
    first = (f"The {town} council opened a new public library on Monday after two years of "
             f"building work. It holds {n + 3} thousand books.")
    second = ("Opening hours run from nine in the morning until seven in the evening."
              if not edit else f"Correction {edit}: opening hours now run until eight.")
    return title, f"<p>{first}</p><p>{second}</p>"


@dataclass
class Item:
    n: int
    edit: int = 0
    inline: bool = False
    """True: the feed carries the article (content:encoded); False: only a link."""
    broken: bool = False
    """True: the item's link answers 404."""


@dataclass
class NewsSite:
    """A feed plus article pages, answered from memory so a test can change them."""

    url: str = ""
    items: list[Item] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    feed_path: str = "/feed.xml"
    etag: bool = True
    """False: the server ignores conditional requests (follow then compares the bytes)."""
    home: bytes | None = None
    """The site's front page (/), if it has one."""
    not_modified: int = 0
    """How many conditional GETs of the feed were answered 304."""

    def link(self, item: Item) -> str:
        return f"{self.url}/news/{item.n}.html"

    def feed(self, base: str | None = None) -> bytes:
        base = base or self.url
        entries = []
        for item in self.items:
            title, body = story(item.n, item.edit)
            when = format_datetime(EPOCH + timedelta(hours=item.n))
            content = (f"<content:encoded><![CDATA[{body}]]></content:encoded>"
                       if item.inline else "")
            entries.append(
                f"<item><title>{html.escape(title)}</title>"
                f"<link>{base}/news/{item.n}.html</link>"
                f"<guid isPermaLink=\"false\">story-{item.n}</guid><pubDate>{when}</pubDate>"
                f"<description>{html.escape(title)}, edit {item.edit}</description>"
                f"{content}</item>")
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                f"<title>Town news</title><link>{base}/</link><description>Local news"
                f"</description>{''.join(reversed(entries))}</channel></rss>").encode()

    def page(self, n: int) -> bytes | None:
        for item in self.items:
            if item.n == n and not item.broken:
                title, body = story(n, item.edit)
                return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
                        f"<nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}"
                        "</article><footer>Town News 2026</footer></body></html>").encode()
        return None


def _handler(site: NewsSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            site.hits[path] = site.hits[path] + 1
            if path == site.feed_path:
                body = site.feed()
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if site.etag and self.headers.get("If-None-Match") == etag:
                    site.not_modified += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self._send(200, body, "application/rss+xml", {"ETag": etag})
                return
            if path == "/alias.xml":  # the feed under a second address
                self.send_response(301)
                self.send_header("Location", site.feed_path)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path == "/" and site.home is not None:
                self._send(200, site.home, "text/html; charset=utf-8")
                return
            if path.startswith("/news/") and path.endswith(".html"):
                page = site.page(int(path[len("/news/"):-len(".html")]))
                if page is not None:
                    self._send(200, page, "text/html; charset=utf-8")
                    return
            self._send(404, b"not found", "text/plain")

        def _send(self, status: int, body: bytes, media: str,
                  headers: dict[str, str] | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serving(site: NewsSite) -> Iterator[NewsSite]:
    """`site` answered by a server on 127.0.0.1 (its url set) for the duration."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site.url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def news() -> Iterator[NewsSite]:
    """A news site on 127.0.0.1 with four stories: two linked, one inline, one 404 link."""
    with serving(NewsSite(items=[Item(1), Item(2, inline=True), Item(3),
                                 Item(4, broken=True)])) as site:
        yield site


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(path))
    return path


def run(out: Path, *args: str) -> tuple[int, str, str]:
    """`audiodigest follow` in this process (fast); (exit code, stdout, stderr)."""
    result = CliRunner().invoke(cli, ["follow", "--out", str(out), "--base-url", BASE_URL,
                                      *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_process(out: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "audiodigest", "follow", "--out", str(out), "--base-url",
         BASE_URL, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=os.environ.copy())


def seen(out: Path) -> dict[str, tuple[str, int, str | None]]:
    """item -> (status, attempts, next_try) from the catalogue."""
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    try:
        rows = db.execute("SELECT item, status, attempts, next_try FROM seen WHERE item != ''")
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
    finally:
        db.close()


def _files(folder: Path) -> dict[str, int]:
    """Every file under `folder` with its mtime (ns)."""
    return {str(p): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()} \
        if folder.exists() else {}


def make_due(out: Path, item: str) -> None:
    """Time passes: the failed item's retry is due now."""
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    try:
        past = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
        db.execute("UPDATE seen SET next_try = ? WHERE item = ?", (past, item))
        db.commit()
    finally:
        db.close()


def test_follow_new_then_nothing_then_one_added_then_edited(news: NewsSite, tmp_path: Path,
                                                             cache_dir: Path) -> None:
    out = tmp_path / "show"
    code, stdout, stderr = run(out, f"{news.url}/feed.xml")
    assert code == 1, stderr  # the 404 item failed; the other three were published
    first = episodes(out)
    assert sorted(e["title"] for e in first.values()) == sorted(story(n)[0] for n in (1, 2, 3))
    assert stdout.count("published ") == 3
    assert "Error: failed:" in stderr and "404" in stderr and "story-4" not in stdout
    assert seen(out)["story-4"][:2] == ("failed", 1)

    # nothing new: cheap (one conditional GET of the feed answered 304, no page, no synthesis,
    # no file rewritten); how fast that is, is bench/bench_follow.py's "nothing new" figure
    hits, not_modified = news.hits.copy(), news.not_modified
    before, cached = snapshot(out), _files(cache_dir)
    proc = run_process(out, f"{news.url}/feed.xml")
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr  # the failed item waits for its back-off: not an error
    assert stdout == ""
    assert news.hits - hits == Counter({"/feed.xml": 1})
    assert news.not_modified == not_modified + 1  # the GET was conditional, and said so
    assert snapshot(out) == before  # feed.xml, pages, episodes: not one file rewritten
    assert _files(cache_dir) == cached  # nothing synthesized
    assert "nothing new" in stderr or "waiting" in stderr

    # one item added: exactly one episode more
    news.items.append(Item(5))
    code, stdout, stderr = run(out, f"{news.url}/feed.xml")
    assert code == 0, stderr
    second = episodes(out)
    assert len(second) == 4 and set(first) < set(second)
    assert stdout.count("published ") == 1 and story(5)[0] in stdout

    # an item edited: its episode is replaced under the same GUID
    news.items[0].edit = 1  # a linked item: its page and its feed entry change
    news.items[1].edit = 1  # an inline item
    code, stdout, stderr = run(out, f"{news.url}/feed.xml")
    assert code == 0, stderr
    third = episodes(out)
    assert set(third) == set(second)
    changed = {g for g in third if third[g]["audio"] != second[g]["audio"]}
    assert len(changed) == 2 and stdout.count("replaced ") == 2
    assert not any(f for f in os.listdir(out) if f.endswith(".mp3")
                   and f not in {e["audio"] for e in third.values()})


def test_failed_item_is_retried_with_backoff_and_published_when_fixed(
        news: NewsSite, tmp_path: Path) -> None:
    out = tmp_path / "show"
    feed = f"{news.url}/feed.xml"
    assert run(out, feed)[0] == 1
    status, attempts, next_try = seen(out)["story-4"]
    assert (status, attempts) == ("failed", 1)
    assert next_try is not None
    first_wait = datetime.fromisoformat(next_try) - datetime.now(UTC)
    assert timedelta(minutes=25) < first_wait <= timedelta(minutes=30)

    hits = news.hits["/news/4.html"]
    assert run(out, feed)[0] == 0  # not due yet: not tried, not an error
    assert news.hits["/news/4.html"] == hits

    make_due(out, "story-4")
    code, _stdout, stderr = run(out, feed)
    assert code == 1 and "attempt 2" in stderr
    status, attempts, next_try = seen(out)["story-4"]
    assert (status, attempts) == ("failed", 2)
    assert next_try is not None
    second_wait = datetime.fromisoformat(next_try) - datetime.now(UTC)
    assert timedelta(minutes=55) < second_wait <= timedelta(minutes=60)  # doubled

    news.items[3].broken = False  # the site fixed its page
    make_due(out, "story-4")
    code, stdout, stderr = run(out, feed)
    assert code == 0, stderr
    assert stdout.count("published ") == 1
    assert seen(out)["story-4"][:2] == ("done", 0)
    assert len(episodes(out)) == 4


def test_items_give_up_after_the_retry_cap(news: NewsSite, tmp_path: Path) -> None:
    from audiodigest.follow.seen import MAX_ATTEMPTS

    out = tmp_path / "show"
    news.items = [Item(4, broken=True), Item(2, inline=True)]
    feed = f"{news.url}/feed.xml"
    for attempt in range(1, MAX_ATTEMPTS + 1):
        code, _stdout, stderr = run(out, feed)
        assert code == 1, f"attempt {attempt}: {stderr}"
        make_due(out, "story-4")
    assert seen(out)["story-4"][:2] == ("gave-up", MAX_ATTEMPTS)
    assert "gave-up" in stderr
    assert run(out, feed)[0] == 0  # given up: quiet until the item changes
    hits = news.hits["/news/4.html"]
    news.items[0].edit = 1  # an edit revives it
    assert run(out, feed)[0] == 1
    assert news.hits["/news/4.html"] == hits + 1
    assert seen(out)["story-4"][:2] == ("failed", 1)


def test_two_concurrent_runs_give_the_same_result_as_one(news: NewsSite, tmp_path: Path
                                                         ) -> None:
    news.items = [Item(1), Item(2, inline=True), Item(3)]
    feed = f"{news.url}/feed.xml"
    alone = tmp_path / "alone"
    assert run(alone, feed)[0] == 0
    together = tmp_path / "together"
    procs = [run_process(together, feed) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    printed = "".join(stdout for stdout, _ in results)
    assert printed.count("published ") == 3  # each item published by exactly one run
    assert episodes(together).keys() == episodes(alone).keys()
    assert {k: v[:2] for k, v in seen(together).items()} == \
        {k: v[:2] for k, v in seen(alone).items()} == {f"story-{n}": ("done", 0) for n in (1, 2, 3)}
    mp3s = [f for f in os.listdir(together) if f.endswith(".mp3")]
    assert len(mp3s) == 3


def test_no_wait_exits_at_once_when_another_run_holds_the_folder(news: NewsSite,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "show"
    with OutputFolder(out).lock(0):
        code, stdout, stderr = run(out, "--no-wait", f"{news.url}/feed.xml")
    assert code == 1 and stdout == ""
    assert "Error: another audiodigest run" in stderr and "try again" in stderr
    assert "waiting for another" not in stderr and not news.hits  # gave up at once, read nothing
    assert not (out / "feed.xml").exists()
    code, _stdout, stderr = run(out, "--no-wait", "--wait", "5", f"{news.url}/feed.xml")
    assert code == 2 and "not both" in stderr

    # waiting says so once, then goes on when the other run is done
    released, held = threading.Event(), threading.Event()

    def hold() -> None:
        with OutputFolder(out).lock(0):
            held.set()
            released.wait(1.5)

    holder = threading.Thread(target=hold)
    holder.start()
    assert held.wait(30)
    code, _stdout, stderr = run(out, "--wait", "30", f"{news.url}/feed.xml")
    holder.join()
    assert stderr.count("waiting for another audiodigest run (pid") == 1, stderr
    assert (out / "feed.xml").exists()


def test_digest_makes_one_episode_with_a_chapter_per_article(news: NewsSite, tmp_path: Path
                                                             ) -> None:
    import json

    out = tmp_path / "show"
    news.items = [Item(1), Item(2, inline=True), Item(3)]
    code, stdout, stderr = run(out, "--digest", f"{news.url}/feed.xml")
    assert code == 0, stderr
    (episode,) = episodes(out).values()
    assert "3 stories" in episode["title"]
    (line,) = stdout.splitlines()  # one episode, told once
    assert line.startswith("published ") and line.endswith(episode["title"])
    assert "follow: 3 published, in 1 episode" in stderr
    chapters_file = next(f for f in os.listdir(out) if f.endswith(".chapters.json"))
    chapters = [c["title"] for c in json.loads((out / chapters_file).read_text())["chapters"]]
    assert chapters[0] == "Headlines"
    assert sorted(chapters[1:]) == sorted(story(n)[0] for n in (1, 2, 3))
    assert {v[0] for v in seen(out).values()} == {"done"}

    news.items.append(Item(5))
    news.items.append(Item(6, inline=True))
    code, stdout, stderr = run(out, "--digest", "--title", "Weekly", f"{news.url}/feed.xml")
    assert code == 0, stderr
    assert stdout.count("published ") == 1 and stdout.rstrip().endswith("Weekly  (2 stories)")
    assert len(episodes(out)) == 2  # the new items make the next digest
    assert run(out, "--digest", f"{news.url}/feed.xml")[:2] == (0, "")


def test_links_to_private_addresses_are_not_fetched_from_a_public_feed(
        news: NewsSite, tmp_path: Path) -> None:
    """A feed file is not on a private address, so its links to 127.0.0.1 are refused."""
    out = tmp_path / "show"
    news.items = [Item(1), Item(2, inline=True)]
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(news.feed())
    code, stdout, stderr = run(out, str(feed_file))
    assert code == 1
    assert news.hits["/news/1.html"] == 0
    assert "Error: refused:" in stderr and "allow_private_addresses" in stderr
    assert stdout.count("published ") == 1  # the inline item needs no fetch
    assert seen(out)["story-1"][0] == "refused"
    assert run(out, str(feed_file))[0] == 0  # refused once, not again

    (out / "audiodigest.toml").write_text("allow_private_addresses = true\n")
    code, stdout, stderr = run(out, str(feed_file))
    assert code == 0, stderr
    assert news.hits["/news/1.html"] == 1 and stdout.count("published ") == 1


def test_exit_codes_for_cron(news: NewsSite, tmp_path: Path) -> None:
    out = tmp_path / "show"
    code, _stdout, stderr = run(out, f"{news.url}/missing-feed.xml")
    assert code == 1 and f"Error: could not fetch {news.url}/missing-feed.xml" in stderr
    assert "404" in stderr and stderr.count("missing-feed") == 1  # one line, not two
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item>cut off")
    code, _stdout, stderr = run(out, str(broken))
    assert code == 1 and stderr.strip().count("\n") == 0, stderr  # one line, no summary after it
    assert stderr.startswith(f"Error: could not read the feed {broken}")
    code, _stdout, stderr = run(out)
    assert code == 2 and "no feeds to follow" in stderr
    code, _stdout, stderr = run(out, "--title", "Weekly", f"{news.url}/feed.xml")
    assert code == 2 and "--digest" in stderr

    # the show's sources are followed when no feed is named; --quiet: silent unless an error
    news.items = [Item(2, inline=True)]
    (out / "audiodigest.toml").write_text(f'sources = ["{news.url}/feed.xml"]\n')
    code, stdout, stderr = run(out, "--quiet")
    assert (code, stdout, stderr) == (0, "", "")
    assert len(episodes(out)) == 1
    # not on a terminal: notices carry timestamps
    code, _stdout, stderr = run(out)
    assert code == 0
    assert stderr.splitlines()[-1][:4].isdigit() and "follow: nothing new" in stderr


def test_max_and_since(news: NewsSite, tmp_path: Path) -> None:
    out = tmp_path / "show"
    news.items = [Item(1, inline=True), Item(2, inline=True), Item(3, inline=True)]
    feed = f"{news.url}/feed.xml"
    since = (EPOCH + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    code, stdout, _stderr = run(out, "--since", since, feed)  # story 1 is older
    assert code == 0 and stdout.count("published ") == 2
    assert seen(out)["story-1"][0] == "skipped"
    assert run(out, feed)[1] == ""  # skipped stays skipped without --since

    out2 = tmp_path / "show2"
    code, stdout, _stderr = run(out2, "--max", "1", feed)
    assert stdout.count("published ") == 1 and story(3)[0] in stdout  # the newest first
    code, stdout, _stderr = run(out2, "--max", "1", feed)
    assert stdout.count("published ") == 1 and story(2)[0] in stdout  # the rest wait


def test_a_run_killed_between_publishing_and_remembering_repeats_nothing(
        news: NewsSite, tmp_path: Path) -> None:
    """The catalogue's episode commits before `seen` is written; the gap must be harmless."""
    out = tmp_path / "show"
    news.items = [Item(1), Item(2, inline=True)]
    feed = f"{news.url}/feed.xml"
    assert run(out, feed)[0] == 0
    before = episodes(out)
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    db.execute("DELETE FROM seen")  # as if killed after the episodes' commits
    db.commit()
    db.close()
    code, stdout, stderr = run(out, feed)
    assert code == 0, stderr
    assert stdout == "" and episodes(out) == before  # found unchanged: nothing re-rendered
    assert {v[0] for v in seen(out).values()} == {"done"}

    digest_out = tmp_path / "digest"
    assert run(digest_out, "--digest", feed)[0] == 0
    before = episodes(digest_out)
    db = sqlite3.connect(digest_out / ".audiodigest" / "catalogue.db")
    db.execute("UPDATE seen SET status = 'pending' WHERE item != ''")  # killed after commit
    db.commit()
    db.close()
    news.items.append(Item(3, inline=True))  # and meanwhile the feed gained an item
    code, _stdout, stderr = run(digest_out, "--digest", feed)
    assert code == 0, stderr
    after = episodes(digest_out)
    assert len(after) == 2 and set(before) < set(after)
    new = next(g for g in after if g not in before)
    assert after[new]["title"] == story(3)[0]  # stories 1 and 2 were not spoken twice


def test_nothing_new_is_told_by_304_or_by_the_bytes(news: NewsSite, tmp_path: Path) -> None:
    import json

    out = tmp_path / "show"
    news.items = [Item(2, inline=True)]
    feed = f"{news.url}/feed.xml"
    assert run(out, feed)[0] == 0
    code, stdout, _stderr = run(out, "--json", feed)
    report = json.loads(stdout)
    assert code == 0 and report["items"] == []
    assert report["feeds"] == [{"feed": feed, "status": "not-modified", "error": None}]
    news.etag = False
    code, stdout, stderr = run(out, "--json", feed)
    assert code == 0, stderr
    assert json.loads(stdout)["feeds"][0]["status"] == "unchanged"
    news.items[0].edit = 1
    code, stdout, _stderr = run(out, "--json", feed)
    report = json.loads(stdout)
    assert report["feeds"][0]["status"] == "read"
    assert [i["status"] for i in report["items"]] == ["replaced"]


def test_items_gone_from_the_feed_are_forgotten_after_a_while(news: NewsSite, tmp_path: Path
                                                              ) -> None:
    """The catalogue does not grow for ever: an item the feed no longer lists is forgotten 90
    days after it was last dealt with; one still listed is kept however old."""
    out = tmp_path / "show"
    news.items = [Item(1, inline=True), Item(2, inline=True), Item(3, inline=True)]
    assert run(out, f"{news.url}/feed.xml")[0] == 0
    db = sqlite3.connect(out / ".audiodigest" / "catalogue.db")
    try:
        old = (datetime.now(UTC) - timedelta(days=91)).isoformat()
        recent = (datetime.now(UTC) - timedelta(days=80)).isoformat()
        db.execute("UPDATE seen SET updated = ? WHERE item IN ('story-1', 'story-3')", (old,))
        db.execute("UPDATE seen SET updated = ? WHERE item = 'story-2'", (recent,))
        db.commit()
    finally:
        db.close()
    news.items = [Item(3, inline=True), Item(5, inline=True)]  # 1 and 2 drop off the feed
    code, stdout, stderr = run(out, f"{news.url}/feed.xml")
    assert code == 0, stderr
    assert stdout.count("published ") == 1  # story 5; nothing comes back
    assert set(seen(out)) == {"story-2", "story-3", "story-5"}
    assert len(episodes(out)) == 4  # forgetting an item never touches its episode


def test_a_site_address_is_followed_through_the_feed_its_page_names(news: NewsSite,
                                                                     tmp_path: Path) -> None:
    """Given a web page, follow reads the feed the page names (as feed readers do), says so,
    and goes straight to that feed on later runs; a page that names none is one clear error."""
    out = tmp_path / "show"
    news.items = [Item(1, inline=True), Item(2, inline=True)]
    news.home = (b'<!DOCTYPE html><html><head><title>Town news</title><link rel="alternate" '
                 b'type="application/rss+xml" title="News" href="/feed.xml"></head>'
                 b"<body>Front page</body></html>")
    code, stdout, stderr = run(out, f"{news.url}/")
    assert code == 0, stderr
    assert stdout.count("published ") == 2
    assert f"following the feed it names, {news.url}/feed.xml" in stderr
    news.items.append(Item(3, inline=True))
    code, stdout, stderr = run(out, f"{news.url}/")
    assert code == 0 and stdout.count("published ") == 1
    assert news.hits["/"] == 1 and "following the feed" not in stderr  # straight to the feed

    code, _stdout, stderr = run(out, f"{news.url}/news/1.html")
    assert code == 1
    assert f"{news.url}/news/1.html is a web page that names no feed" in stderr
    assert stderr.count("names no feed") == 1


def test_dry_run_lists_what_would_be_published_and_changes_nothing(news: NewsSite,
                                                                   tmp_path: Path) -> None:
    out = tmp_path / "show"
    news.items = [Item(1, inline=True), Item(2), Item(4, broken=True)]
    code, stdout, stderr = run(out, "--dry-run", f"{news.url}/feed.xml")
    assert code == 0, stderr
    assert stdout.splitlines() == [f"would publish  {story(1)[0]}  <story-1>",
                                   f"would publish  {story(2)[0]}  <story-2>",
                                   f"would publish  {story(4)[0]}  <story-4>"]
    assert "3 to publish (dry run" in stderr
    assert not out.exists() and news.hits["/news/2.html"] == 0  # no folder made, no page read
    out.mkdir()
    assert run(out, "--dry-run", f"{news.url}/feed.xml")[0] == 0
    assert list(out.iterdir()) == []  # a folder that is not a show yet stays as it was
    out.rmdir()

    assert run(out, f"{news.url}/feed.xml")[0] == 1  # story 4 fails
    news.items.append(Item(5))
    news.items[0].edit = 1
    make_due(out, "story-4")
    before = (seen(out), (out / "feed.xml").read_bytes())
    code, stdout, stderr = run(out, "--dry-run", f"{news.url}/feed.xml")
    assert code == 0, stderr
    assert sorted(stdout.splitlines()) == sorted([
        f"would publish  {story(1, 1)[0]}  <story-1>",
        f"would publish  {story(4)[0]}  <story-4>  (retry 2)",
        f"would publish  {story(5)[0]}  <story-5>"])
    assert (seen(out), (out / "feed.xml").read_bytes()) == before
    assert news.hits["/news/5.html"] == 0


def test_feeds_that_number_their_items_alike_keep_their_own_episodes(news: NewsSite,
                                                                      tmp_path: Path) -> None:
    """Two feeds whose items are both GUID "1": two stories, two episodes; a GUID that is a
    URL names the story anywhere, so the same story through two feeds is one episode."""
    out = tmp_path / "show"

    def feed(name: str, guid: str, title: str) -> Path:
        path = tmp_path / f"{name}.xml"
        path.write_text(
            '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
            'modules/content/"><channel><title>x</title><link>http://x.test/</link>'
            f"<description>d</description><item><title>{title}</title><guid>{guid}</guid>"
            f"<content:encoded><![CDATA[<p>{title}: the council met on Monday and agreed "
            "the new budget for the library and the harbour after a long debate about the "
            "costs of both projects.</p><p>Work starts in the spring, the council said."
            "</p>]]></content:encoded></item></channel></rss>",
            encoding="utf-8")
        return path

    a = feed("a", "1", "Site A story one")
    b = feed("b", "1", "Site B story one")
    code, _stdout, stderr = run(out, str(a), str(b))
    assert code == 0, stderr
    assert sorted(e["title"] for e in episodes(out).values()) == ["Site A story one",
                                                                 "Site B story one"]
    c = feed("c", "https://news.example/story-7", "Shared story")
    d = feed("d", "https://news.example/story-7", "Shared story")
    assert run(out, str(c), str(d))[0] == 0
    assert [e["title"] for e in episodes(out).values()].count("Shared story") == 1

    # removed stays removed, even when a feed under another address lists it
    removed = CliRunner().invoke(cli, ["remove", "Shared story", "--out", str(out)])
    assert removed.exit_code == 0, removed.stderr
    e = feed("e", "https://news.example/story-7", "Shared story")
    code, stdout, stderr = run(out, str(e))
    assert code == 0 and "published" not in stdout, stderr
    assert "Shared story" not in [x["title"] for x in episodes(out).values()]


def test_a_removed_episode_stays_removed_when_its_feed_is_read_under_another_address(
        news: NewsSite, tmp_path: Path) -> None:
    out = tmp_path / "show"
    news.items = [Item(1, inline=True), Item(2, inline=True)]
    assert run(out, f"{news.url}/feed.xml")[0] == 0
    removed = CliRunner().invoke(cli, ["remove", story(1)[0], "--out", str(out)])
    assert removed.exit_code == 0, removed.stderr
    code, stdout, stderr = run(out, f"{news.url}/alias.xml")  # a redirect to the same feed
    assert code == 0 and "published" not in stdout, stderr  # GUIDs "story-N": feed-local
    assert [e["title"] for e in episodes(out).values()] == [story(2)[0]]


def test_links_that_can_never_work_are_refused_once(tmp_path: Path) -> None:
    """A javascript: or file: link is refused (exit 1 once), not retried for days."""
    feed = tmp_path / "f.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>http://x.test/'
        "</link><description>d</description><item><title>Bad one</title><guid>b1</guid>"
        "<link>javascript:alert(1)</link></item><item><title>Bad two</title><guid>b2</guid>"
        "<link>file:///etc/passwd</link></item></channel></rss>", encoding="utf-8")
    out = tmp_path / "show"
    code, _stdout, stderr = run(out, str(feed))
    assert code == 1 and stderr.count("Error: refused:") == 2, stderr
    assert {v[0] for v in seen(out).values()} == {"refused"}
    assert run(out, str(feed))[0] == 0  # not again


def test_keep_episodes_limits_what_a_first_run_renders(news: NewsSite, tmp_path: Path
                                                         ) -> None:
    """With keep_episodes = 2, a first run on 5 items renders the newest 2, not all 5 only to
    delete 3; the others are remembered as skipped, and every published file exists."""
    out = tmp_path / "show"
    out.mkdir()
    (out / "audiodigest.toml").write_text("keep_episodes = 2\n", encoding="utf-8")
    news.items = [Item(n, inline=True) for n in range(1, 6)]
    code, stdout, stderr = run(out, f"{news.url}/feed.xml")
    assert code == 0, stderr
    assert sorted(e["title"] for e in episodes(out).values()) == sorted(story(n)[0]
                                                                       for n in (4, 5))
    assert stdout.count("published ") == 2 and "skipped 3 older new items" in stderr
    assert [v[0] for k, v in sorted(seen(out).items())] == ["skipped"] * 3 + ["done"] * 2
    assert run(out, f"{news.url}/feed.xml")[:2] == (0, "")


def test_a_digest_leaves_out_what_its_voice_cannot_read(tmp_path: Path) -> None:
    """A Russian story in an English digest would be spelled out letter by letter by the
    English voice: it is left out and reported; the digest of the others is published."""
    def item(guid: str, title: str, body: str, lang: str) -> str:
        return (f"<item><title>{title}</title><guid>{guid}</guid><content:encoded><![CDATA["
                f'<html lang="{lang}"><p>{body}</p></html>]]></content:encoded></item>')

    en = ("The council met on Monday and agreed the new budget for the library and the "
          "harbour after a long debate about the costs of both projects.")
    ru = ("Городской совет в понедельник утвердил новый бюджет для библиотеки и гавани "
          "после долгих споров о стоимости обоих проектов.")
    feed = tmp_path / "f.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
        'modules/content/"><channel><title>x</title><link>http://x.test/</link><description>'
        "d</description>" + item("a1", "Budget agreed", en, "en")
        + item("a2", "Library opens", en.replace("budget", "library"), "en")
        + item("r1", "Бюджет утвержден", ru, "ru") + "</channel></rss>", encoding="utf-8")
    out = tmp_path / "show"
    code, stdout, stderr = run(out, "--digest", "--voice", "en-us", str(feed))
    assert code == 1, stderr
    (episode,) = episodes(out).values()
    assert "2 stories" in episode["title"]
    assert "left out of the digest" in stderr and "Cyrillic" in stderr
    assert seen(out)["r1"][0] == "failed" and seen(out)["a1"][0] == "done"


def test_help_teaches_by_example_and_states_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["follow", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "Exit status" in result.output
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "## Running from cron" in readme and "audiodigest follow" in readme
