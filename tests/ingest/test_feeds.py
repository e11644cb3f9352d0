"""RSS and Atom parsing, and the hostile XML that must end in a clear FeedParseError."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from audiodigest.errors import FeedParseError
from audiodigest.ingest.feeds import FeedItem, looks_like_feed, parse_feed

SITE = Path(__file__).parents[1] / "fixtures" / "site"


def test_rss_items() -> None:
    items = parse_feed((SITE / "feed.xml").read_bytes(), "http://127.0.0.1:9/feed.xml")
    assert [i.guid for i in items] == ["herald-1001", "herald-1000"]
    first, second = items
    assert isinstance(first, FeedItem)
    assert first.title == "Lifeboat crew rescues two kayakers off the point"
    assert first.link == "https://news.example.org/2024/03/lifeboat-kayakers"
    assert first.published == datetime(2024, 3, 6, 18, 5, tzinfo=UTC)
    assert first.authors == ("Cara Jones",)
    assert first.content_html is not None and first.content_html.startswith("<p>The volunteer lifeboat crew")
    assert first.summary == "Two kayakers were brought ashore safely."
    assert second.content_html is None
    assert second.link == "http://127.0.0.1:9/article.html"  # relative link resolved against the feed


def test_atom_entry_xhtml_content() -> None:
    (item,) = parse_feed((SITE / "atom.xml").read_bytes())
    assert item.guid == "urn:uuid:1001"
    assert item.published == datetime(2024, 3, 6, 18, 5, tzinfo=UTC)
    assert item.authors == ("Cara Jones",)
    assert item.content_html is not None
    assert "<p>The volunteer lifeboat crew launched twice" in item.content_html
    assert "ns0:" not in item.content_html and "xmlns" not in item.content_html.split(">", 1)[1]


def test_looks_like_feed() -> None:
    assert looks_like_feed((SITE / "feed.xml").read_bytes())
    assert looks_like_feed((SITE / "atom.xml").read_bytes())
    assert not looks_like_feed((SITE / "article.html").read_bytes())


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>x</title><item><title>&lol4;</title><link>http://a/</link></item></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title><link>http://a/</link></item></channel></rss>"""

XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/evil.dtd"> %ext;]>
<rss version="2.0"><channel><title>x</title><item><title>t</title><link>http://a/</link></item></channel></rss>"""


@pytest.mark.parametrize("payload", [BILLION_LAUGHS, XXE, XXE_PARAMETER], ids=["billion-laughs", "xxe", "xxe-param"])
def test_hostile_xml_refused(payload: bytes) -> None:
    with pytest.raises(FeedParseError, match="refused"):
        parse_feed(payload, "http://127.0.0.1:9/feed.xml")


def test_broken_xml() -> None:
    with pytest.raises(FeedParseError, match="not well-formed|no items"):
        parse_feed(b"<rss><channel><item><title>unclosed", None)


def test_feed_without_items() -> None:
    with pytest.raises(FeedParseError, match="has no items"):
        parse_feed(b'<rss version="2.0"><channel><title>Empty</title></channel></rss>', "http://x/feed")


def test_not_a_feed() -> None:
    with pytest.raises(FeedParseError, match="not an RSS or Atom feed"):
        parse_feed(b"<svg xmlns='http://www.w3.org/2000/svg'></svg>")


def test_feed_links_of_a_web_page() -> None:
    from audiodigest.ingest.feeds import feed_links

    page = b"""<!DOCTYPE html><html><head>
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <link rel="Alternate home" type="application/atom+xml; charset=utf-8" href=" atom ">
    <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
    <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
    <link rel="alternate" type="application/rss+xml" href="/rss.xml">
    </head><body><a rel="alternate" type="application/rss+xml" href="/body.xml">x</a></body>
    </html>"""
    assert feed_links(page, "https://news.example/world/") == [
        "https://news.example/rss.xml", "https://news.example/world/atom"]
    assert feed_links(b"<html><body>no feed</body></html>", "https://x.example/") == []


def test_a_feed_cut_short_is_read_with_a_warning_and_a_broken_one_says_so() -> None:
    whole = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
             b"<item><title>One</title><link>http://x.test/1</link><guid>g1</guid></item>")
    warnings: list[str] = []
    items = parse_feed(whole + b"<item><title>brok", "http://x.test/feed.xml", warnings)
    assert [i.guid for i in items] == ["g1"]
    assert len(warnings) == 1 and "not well-formed XML" in warnings[0]
    with pytest.raises(FeedParseError, match="is not well-formed XML"):
        parse_feed(b'<?xml version="1.0"?><rss><channel><title>x</title><item><title>broken',
                   "http://x.test/feed.xml")
    assert parse_feed(whole + b"</channel></rss>", None, warnings) and len(warnings) == 1
