"""Hostile titles and what the output folder shows the world: file names, the feed, the pages,
the server; and the command line's promises about errors (issue 9, points 5 and 7).
"""

from __future__ import annotations

import http.client
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html
import pytest
from hostile_helpers import (
    SHORT_ARTICLE,
    assert_one_error_line,
    full_snapshot,
    invoke,
    publish_args,
    run_cli,
)

from audiodigest.extract.document import clean_text
from audiodigest.show.names import MAX_SLUG, slugify
from audiodigest.site.serve import make_server

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
TITLES = [
    "../../../etc/passwd",
    "..\\..\\windows\\system32\\config",
    "/absolute/path",
    "CON",
    "NUL",
    "com1.txt",
    "lpt9",
    "index",
    "feed",
    "player",
    "cover",
    ".hidden",
    "..",
    "A title with ]]> and & and <script>alert('x')</script> in it",
    "<img src=x onerror=alert(1)>",
    "\"quoted\" 'title' & ampersand; <b>bold</b>",
    "Control\x01 characters\x1b[31m and\x7f a bell\x07",
    "Zero\u200bwidth\u202eright-to-left override",
    "جدول العبارات الجديد",
    "新的渡轮时刻表",
    "A" * 200 + " " + "very long title " * 19,  # 500 characters
    "Same title",
    "Same title",
    "same TITLE!",
]
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{n}" for p in ("com", "lpt")
                                                  for n in range(10)}
SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
# Longest name the output folder may hold: slug, content hash and the longest suffix.
MAX_NAME = MAX_SLUG + len("-12345678.chapters.json") + 4


def _expected_title(title: str) -> str:
    """What a title becomes in the feed: terminal escape sequences and characters XML
    forbids dropped, ends trimmed."""
    return CONTROL.sub("", clean_text(title)).strip()


@pytest.fixture(scope="module")
def hostile_show(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One show with an episode for every hostile title (same text: the cache keeps it fast)."""
    root = tmp_path_factory.mktemp("hostile-titles")
    out, cache = root / "out", root / "cache"
    for n, title in enumerate(TITLES):
        article = root / f"article-{n}.txt"
        article.write_text(SHORT_ARTICLE, encoding="utf-8")
        result = invoke(publish_args(str(article), out, "--title", title), cache)
        assert result.exit_code == 0, (title, result.stderr, result.exception)
    return out


def test_file_names_are_safe_bounded_and_unique(hostile_show: Path) -> None:
    names = [p.name for p in hostile_show.iterdir() if p.name != ".audiodigest"]
    assert all(p.is_file() for p in hostile_show.iterdir() if p.name != ".audiodigest")
    assert not [p for p in hostile_show.parent.iterdir() if p.name not in
                ("out", "cache") and not p.name.startswith("article-")], "a file escaped"
    for name in names:
        assert SAFE_NAME.match(name), name
        assert len(name) <= MAX_NAME, name
        assert name.split(".")[0].lower() not in WINDOWS_RESERVED, name
    mp3s = [n for n in names if n.endswith(".mp3")]
    pages = [n for n in names if n.endswith(".html") and n != "index.html"
             and not n.endswith(".embed.html")]
    embeds = [n for n in names if n.endswith(".embed.html")]
    assert len(mp3s) == len(TITLES) and len(set(mp3s)) == len(mp3s)
    assert len(pages) == len(TITLES) and len(set(pages)) == len(pages)
    assert sorted(embeds) == sorted(p[:-5] + ".embed.html" for p in pages)
    assert "feed.html" not in pages and "player.html" not in pages


def test_slugify_directly() -> None:
    for title in TITLES:
        slug = slugify(title)
        assert SAFE_NAME.match(slug) and len(slug) <= MAX_SLUG
        assert slug.lower() not in WINDOWS_RESERVED and slug not in ("index", "feed")


def test_feed_titles_round_trip(hostile_show: Path) -> None:
    tree = lxml.etree.parse(str(hostile_show / "feed.xml"),
                            lxml.etree.XMLParser(resolve_entities=False, no_network=True))
    titles = sorted(t.text or "" for t in tree.findall("./channel/item/title"))
    assert titles == sorted(_expected_title(t) for t in TITLES)
    for link in tree.findall("./channel/item/enclosure"):
        assert link.get("url", "").startswith("http://127.0.0.1:8765/")
        assert "/../" not in link.get("url", "") and "%2F" not in link.get("url", "")


def test_check_passes_the_hostile_feed(hostile_show: Path, tmp_path: Path) -> None:
    result = invoke(["check", str(hostile_show)], tmp_path / "cache")
    assert result.exit_code == 0, result.stdout + result.stderr


def _scripts(page: Path) -> list[str | None]:
    doc = lxml.html.fromstring(page.read_bytes())
    return [s.get("src") for s in doc.iter("script")]


def test_pages_hold_titles_as_text_never_as_markup(hostile_show: Path) -> None:
    index = hostile_show / "index.html"
    assert _scripts(index) == ["player.js"]  # its play buttons
    doc = lxml.html.fromstring(index.read_bytes())
    headings = sorted(h.text_content().strip() for h in doc.iter("h2"))
    assert headings == sorted(_expected_title(t) for t in TITLES)
    assert not [el for el in doc.iter() if any(k.startswith("on") for k in el.attrib)]
    pages = [p for p in hostile_show.glob("*.html") if p.name != "index.html"]
    assert len(pages) == 2 * len(TITLES)  # each episode's page and its embeddable player
    for page in pages:
        assert _scripts(page) == ["player.js"], page.name
        doc = lxml.html.fromstring(page.read_bytes())
        assert not [el for el in doc.iter() if any(k.startswith("on") for k in el.attrib)]
        (h1,) = doc.iter("h1")
        assert h1.text_content().strip() in {_expected_title(t) for t in TITLES}
        assert not CONTROL.search(page.read_text(encoding="utf-8")), page.name


def test_transcripts_and_chapters_hold_no_markup(hostile_show: Path) -> None:
    for path in [*hostile_show.glob("*.vtt"), *hostile_show.glob("*.srt")]:
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text and not CONTROL.search(text), path.name


# ----------------------------------------------------------------------------- serve

@pytest.fixture
def served(hostile_show: Path, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-serve-outside", encoding="utf-8")
    link = hostile_show / "leak.txt"
    link.symlink_to(secret)
    (hostile_show / "audiodigest.toml").write_text('email = "owner@example.org"\n',
                                                    encoding="utf-8")
    server = make_server(hostile_show, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], hostile_show
    finally:
        server.shutdown()
        server.server_close()
        link.unlink()
        (hostile_show / "audiodigest.toml").unlink()


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


@pytest.mark.parametrize("path", [
    "/leak.txt", "/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/%2e%2e/etc/passwd",
    "//etc/passwd", "/.audiodigest/catalogue.db", "/audiodigest.toml", "/feed.xml%00.mp3",
    "/index.html%00", "/..\\..\\etc\\passwd",
])
def test_serve_refuses_what_a_listener_does_not_need(served: tuple[int, Path], path: str) -> None:
    port, _folder = served
    status, body = _get(port, path)
    assert status in (400, 404), (path, status)
    assert b"CANARY" not in body and b"owner@example.org" not in body
    assert _get(port, "/feed.xml")[0] == 200  # and the server is still up


# ----------------------------------------------------------------------------- errors

def test_usage_errors_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    cache = tmp_path / "cache"
    for args in (["publish"], ["publish", str(article), "--no-such-option"],
                 ["publish", str(article), "--base-url", "javascript:alert(1)"],
                 ["publish", str(article), "--jobs", "0"], ["no-such-command"],
                 ["render", str(article)], ["serve", "--port", "99999"]):
        result = invoke(args, cache)
        assert result.exit_code == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "output").exists()


def test_debug_shows_the_traceback_and_plain_does_not(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.html")
    plain = run_cli(["publish", missing, "--out", str(tmp_path / "o")], tmp_path / "cache")
    assert_one_error_line(plain.stderr, plain.returncode, contains="does not exist")
    debug = run_cli(["--debug", "publish", missing, "--out", str(tmp_path / "o")],
                    tmp_path / "cache")
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert "SourceError" in debug.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("kind", ["empty", "blank", "folder-of-nothing", "title-only", "feed-no-items",
                                  "broken-feed", "nul-bytes-name"])
def test_user_errors_are_one_line_exit_1_folder_unchanged(tmp_path: Path, kind: str) -> None:
    out, cache = tmp_path / "out", tmp_path / "cache"
    good = tmp_path / "good.txt"
    good.write_text(SHORT_ARTICLE, encoding="utf-8")
    assert invoke(publish_args(str(good), out), cache).exit_code == 0
    before = full_snapshot(out)
    bad = tmp_path / "bad"
    if kind == "folder-of-nothing":
        bad.mkdir()
        (bad / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    elif kind == "nul-bytes-name":
        bad = tmp_path / "bad\x01name.txt"
        bad.write_text("", encoding="utf-8")
    else:
        bad.write_text({
            "empty": "", "blank": " \n\t\n  ", "title-only": "Only a title\n",
            "feed-no-items": '<rss version="2.0"><channel><title>x</title></channel></rss>',
            "broken-feed": '<rss version="2.0"><channel><item><title>unclosed',
        }[kind], encoding="utf-8")
    result = invoke(publish_args(str(bad), out), cache)
    assert_one_error_line(result.stderr, result.exit_code)
    assert result.stdout == ""
    assert full_snapshot(out) == before


@pytest.mark.parametrize(("route", "contains"), [
    ("/to-ftp", "only http and https"), ("/huge", "larger than 16 MB"),
    ("/gzip-bomb-big", "after decompression"), ("/loop", "more than 5 redirects"),
])
def test_check_of_a_hostile_feed_url_is_bounded(site: str, tmp_path: Path, route: str,
                                                contains: str) -> None:
    """`check URL` reads a stranger's feed: same limits as any fetch, never an FTP hop."""
    ran = run_cli(["check", site + route], tmp_path / "cache", timeout=60)
    assert ran.returncode == 1
    assert contains in ran.stdout, ran.stdout
    assert "Traceback" not in ran.stderr
    assert ran.max_rss_mb < 1024


def test_check_does_not_follow_an_enclosure_redirect_out_of_http(site: str,
                                                                 tmp_path: Path) -> None:
    from conftest import ROUTES, _send

    feed = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
            f"<link>{site}/</link><description>d</description><item><title>x</title>"
            f'<guid>1</guid><enclosure url="{site}/to-ftp" length="10" type="audio/mpeg"/>'
            "</item></channel></rss>")
    ROUTES["/hostile/check-feed.xml"] = lambda h: _send(h, 200, feed.encode(),
                                                        {"Content-Type": "application/rss+xml"})
    ran = run_cli(["check", f"{site}/hostile/check-feed.xml"], tmp_path / "cache", timeout=60)
    assert ran.returncode == 1
    assert "only http and https URLs are fetched, not ftp:" in ran.stdout, ran.stdout  # the one client's rule
