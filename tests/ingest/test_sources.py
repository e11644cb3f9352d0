"""Loading sources: files, folders, feeds, stdin and URLs, with the kind told from the content."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from audiodigest.errors import FeedParseError, FetchError, SourceError
from audiodigest.ingest.sources import load, load_all, sniff_media_type

SITE = Path(__file__).parents[1] / "fixtures" / "site"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def test_html_file(tmp_path: Path) -> None:
    (doc,) = load(str(SITE / "article.html"))
    assert doc.media_type == "text/html"
    assert doc.url is None and doc.source == str(SITE / "article.html")


def test_kind_from_content_not_name(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_bytes((SITE / "article.html").read_bytes())
    feed = tmp_path / "news.html"
    feed.write_bytes((SITE / "feed.xml").read_bytes())
    assert load(str(page))[0].media_type == "text/html"
    loaded = load_all(str(feed))  # a feed: one document per item
    (doc,) = loaded.documents  # the item that carries its own content
    assert doc.media_type == "text/html" and doc.url == "https://news.example.org/2024/03/lifeboat-kayakers"
    ((name, error),) = loaded.failures  # the item whose link is relative to a feed with no URL
    assert name == "/article.html" and isinstance(error, FetchError)


def test_sniff_kinds() -> None:
    assert sniff_media_type(b"Title\n\nA paragraph of text.", "a.txt") == "text/plain"
    assert sniff_media_type(b"# Title\n\nText with a [link](http://x).\n\n## Part\n\n- item\n") == "text/markdown"
    assert sniff_media_type(b"Plain words", "notes.md") == "text/markdown"
    assert sniff_media_type(b"<!doctype html><p>x</p>") == "text/html"
    with pytest.raises(SourceError, match="PNG image"):
        sniff_media_type(PNG, "photo.txt")


def test_folder_in_name_order_with_bad_files_named(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second story\n\nIt has one paragraph of plain text that is long enough to read.\n")
    (tmp_path / "a.md").write_text("# First story\n\nA Markdown paragraph that is long enough to count as text.\n")
    (tmp_path / "c.txt").write_bytes(PNG)
    (tmp_path / "d.html").write_bytes(b"")
    (tmp_path / "ignored.jpg").write_bytes(PNG)
    loaded = load_all(str(tmp_path))
    assert [Path(d.source).name for d in loaded.documents] == ["a.md", "b.txt"]
    assert [d.media_type for d in loaded.documents] == ["text/markdown", "text/plain"]
    failed = {Path(name).name: str(err) for name, err in loaded.failures}
    assert set(failed) == {"c.txt", "d.html"}
    assert "PNG image" in failed["c.txt"] and "empty" in failed["d.html"]


def test_folder_with_only_bad_files(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_bytes(PNG)
    with pytest.raises(SourceError, match="PNG image"):
        load(str(tmp_path))


def test_stdin() -> None:
    stream = io.BytesIO("Title\n\nA paragraph read from standard input, in UTF-8: café.\n".encode())
    (doc,) = load_all("-", stdin=stream).documents
    assert doc.source == "-" and doc.media_type == "text/plain"


def test_missing_path() -> None:
    with pytest.raises(SourceError, match="does not exist"):
        load("/no/such/file.html")


def test_url(site: str) -> None:
    (doc,) = load(f"{site}/article.html")
    assert doc.url == f"{site}/article.html" and doc.media_type == "text/html"


def test_url_errors(site: str) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        load(f"{site}/nothing-here")
    with pytest.raises(FetchError, match="only http and https"):
        load("file:///etc/passwd")


def test_feed_by_url_content_or_fetched_link(site: str) -> None:
    docs = load(f"{site}/feed.xml")
    assert len(docs) == 2
    first, second = docs
    assert first.url == "https://news.example.org/2024/03/lifeboat-kayakers"
    assert b"The volunteer lifeboat crew" in first.content  # the item's own content, not fetched
    assert second.url == f"{site}/article.html"  # no content in the feed: the link was fetched
    assert b"Porthmaen" in second.content


def test_feed_links_to_private_addresses_refused_when_asked(site: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_bytes((SITE / "feed.xml").read_bytes().replace(b"<link>/article.html</link>",
                                                             f"<link>{site}/article.html</link>".encode()))
    loaded = load_all(str(feed), allow_private=False)
    assert len(loaded.documents) == 1
    ((name, error),) = loaded.failures
    assert name == f"{site}/article.html" and isinstance(error, FetchError)


def test_broken_feed_file(tmp_path: Path) -> None:
    bad = tmp_path / "feed.xml"
    bad.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>')
    with pytest.raises(FeedParseError, match="no items"):
        load(str(bad))


def test_feed_excerpt_fetches_the_page(site: str, tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>'
        f"<item><title>Tidal power</title><link>{site}/article.html</link>"
        "<content:encoded><![CDATA[<p>Six turbines now turn. Read more…</p>]]></content:encoded></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (doc,) = load(str(feed))
    assert doc.url == f"{site}/article.html" and b"Porthmaen" in doc.content
