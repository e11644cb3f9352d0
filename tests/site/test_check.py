"""check_feed finds what a podcast directory would reject, in a folder, in staged files, over HTTP."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

import functools
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from helpers_media import (  # noqa: F401
    PublishedShow,
    published_show,
    served_show,
    show_media,
)
from PIL import Image

from audiodigest.site.check import check_feed


@pytest.fixture
def show_copy(published_show: PublishedShow, tmp_path: Path) -> Path:
    """A private copy of the published folder that a test may break."""
    out = tmp_path / "out"
    shutil.copytree(published_show.out, out)
    return out


def _edit_feed(out: Path, old: str, new: str, count: int = 1) -> None:
    feed = out / "feed.xml"
    text = feed.read_text(encoding="utf-8")
    assert old in text, old
    feed.write_text(text.replace(old, new, count), encoding="utf-8")


def test_good_folder_has_no_problems(published_show: PublishedShow) -> None:
    assert check_feed(published_show.out / "feed.xml") == []
    assert check_feed(published_show.out / "feed.xml", output_dir=published_show.out,
                      base_url=published_show.base_url) == []


def test_wrong_length_and_missing_file(show_copy: Path) -> None:
    size = (show_copy / "episode-1.mp3").stat().st_size
    _edit_feed(show_copy, f'length="{size}"', f'length="{size + 1}"')
    (show_copy / "episode-2.vtt").unlink()
    problems = check_feed(show_copy / "feed.xml")
    assert any(f"enclosure length {size + 1} but the file is {size} bytes" in p for p in problems)
    assert any("episode-2.vtt not found" in p for p in problems)
    assert len(problems) == 2, problems


def test_duplicate_guid_bad_date_and_tags(show_copy: Path) -> None:
    _edit_feed(show_copy, "urn:audiodigest:test:1", "urn:audiodigest:test:2")
    _edit_feed(show_copy, "Fri, 02 Jan 2026", "Mon, 02 Jan 2026")
    _edit_feed(show_copy, "<itunes:explicit>false</itunes:explicit>", "<itunes:explicit>no</itunes:explicit>")
    _edit_feed(show_copy, 'text="News"', 'text="Newz"')
    problems = check_feed(show_copy / "feed.xml")
    joined = "\n".join(problems)
    assert "is used by an earlier item" in joined
    assert "says Mon but that day is a Fri" in joined
    assert "<itunes:explicit> is 'no'" in joined
    assert "'Newz' is not an Apple Podcasts category" in joined


def test_broken_artwork_transcript_and_chapters(show_copy: Path) -> None:
    Image.new("RGB", (800, 600)).save(show_copy / "cover.jpg")
    (show_copy / "episode-1.vtt").write_text("00:00.000 --> 00:01.000\nno header\n")
    (show_copy / "episode-1.srt").write_bytes(b"1\n00:00:00,000 --> 00:00:01,000\n\xff\xfe\n")
    (show_copy / "episode-1.chapters.json").write_text(json.dumps(
        {"version": "1.2.0", "chapters": [{"startTime": 5, "title": "b"},
                                          {"startTime": 1, "title": "a"}]}))
    problems = "\n".join(check_feed(show_copy / "feed.xml"))
    assert "artwork is 800x600, must be square" in problems
    assert "WebVTT must start with 'WEBVTT'" in problems
    assert "episode-1.srt is not UTF-8" in problems
    assert "chapter 1 starts at 1, before the previous one" in problems


def test_not_xml_and_not_rss(show_copy: Path) -> None:
    (show_copy / "feed.xml").write_text("<rss><channel><title>x</channel></rss>")
    assert check_feed(show_copy / "feed.xml")[0].startswith("feed: not well-formed XML")
    (show_copy / "feed.xml").write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>')
    assert check_feed(show_copy / "feed.xml") == [
        'feed: root is <{http://www.w3.org/2005/Atom}feed>, want <rss version="2.0">']


def test_entities_are_not_expanded(show_copy: Path) -> None:
    secret = show_copy / "secret.txt"
    secret.write_text("TOPSECRET")
    feed = show_copy / "feed.xml"
    text = feed.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='UTF-8'?>",
        f"<?xml version='1.0' encoding='UTF-8'?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file://{secret}\">]>")
    feed.write_text(text.replace("<title>First episode</title>", "<title>&x;</title>"))
    problems = check_feed(feed)
    assert not any("TOPSECRET" in p for p in problems)


def test_staged_overlay_wins_over_the_folder(show_copy: Path, tmp_path: Path) -> None:
    """The pipeline checks the new feed before its files are moved into the folder."""
    staged = tmp_path / "staged"
    staged.mkdir()
    for name in ("feed.xml", "episode-2.mp3", "episode-2.vtt"):
        shutil.move(show_copy / name, staged / name)
    base = "https://podcast.example/show/"
    overlay = {"episode-2.mp3": staged / "episode-2.mp3",
               "episode-2.vtt": (staged / "episode-2.vtt").read_bytes()}
    assert check_feed(staged / "feed.xml", output_dir=show_copy, base_url=base, overlay=overlay) == []
    problems = check_feed(staged / "feed.xml", output_dir=show_copy, base_url=base)
    assert len(problems) == 2 and all("not found" in p for p in problems)


def test_served_feed_passes_over_http(served_show: PublishedShow) -> None:
    assert check_feed(served_show.base_url + "feed.xml") == []


@pytest.fixture
def rangeless_server(served_show: PublishedShow) -> Iterator[str]:
    """Python's stock http.server: 200 with the whole file for every Range request."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(served_show.out))
    handler.log_message = lambda *a: None  # type: ignore[assignment]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_host_without_byte_ranges_is_reported(served_show: PublishedShow, rangeless_server: str) -> None:
    feed = (served_show.out / "feed.xml").read_text(encoding="utf-8")
    (served_show.out / "rangeless.xml").write_text(feed.replace(served_show.base_url, rangeless_server))
    try:
        problems = check_feed(rangeless_server + "rangeless.xml")
    finally:
        (served_show.out / "rangeless.xml").unlink()
    assert len(problems) == 2, problems
    assert all("answered 200, want 206" in p for p in problems)


def test_unreachable_feed() -> None:
    problems = check_feed("http://127.0.0.1:9/feed.xml", timeout=2)
    assert len(problems) == 1 and problems[0].startswith("feed: cannot fetch")


def test_file_url_target(published_show: PublishedShow) -> None:
    assert check_feed((published_show.out / "feed.xml").as_uri()) == []


def test_billion_laughs_ends_quickly(tmp_path: Path) -> None:
    """Ten levels of ten-fold entities (10**10 "ha"s) must neither expand nor hang."""
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>'
                    '<rss version="2.0"><channel><title>&l9;</title></channel></rss>')
    problems = check_feed(feed)
    assert problems and max(len(p) for p in problems) < 1000
