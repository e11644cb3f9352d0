"""Hostile servers: redirects out of http(s), loops, slow and dripping servers, huge bodies,
gzip bombs, wrong content types and links to private addresses (issue 9, points 1 and 7).

The CLI tests publish into a show that already has an episode and check that the failure is
one `Error:` line, exit 1, and that not one file of the show changed.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import DRIP_MAX_S, REQUESTS, SITE_DIR
from hostile_helpers import (
    publish_fails,
    published_show,
)

from audiodigest.errors import FetchError
from audiodigest.ingest.http import FetchLimits, fetch, make_client
from audiodigest.ingest.sources import load_all

# Read timeout short enough for a quick test, total timeout shorter than the drip routes run.
QUICK = FetchLimits(connect_timeout=2, read_timeout=0.5, total_timeout=1.5)


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(output folder with one published episode, cache folder), shared by this module."""
    return published_show(tmp_path_factory.mktemp("hostile-fetch"))




# ----------------------------------------------------------------------------- redirects

@pytest.mark.parametrize(("route", "scheme"), [
    ("/to-file", "file"), ("/to-ftp", "ftp"), ("/to-data", "data"), ("/to-javascript", "javascript"),
])
def test_redirect_out_of_http_is_refused(site: str, show: tuple[Path, Path], route: str,
                                         scheme: str) -> None:
    line = publish_fails(show, site + route, "only http and https")
    assert f"not {scheme}:" in line


@pytest.mark.parametrize("source", ["file:///etc/passwd", "ftp://127.0.0.1/x.html",
                                    "data:text/html,<p>hello</p>", "javascript:alert(1)"])
def test_non_http_source_is_refused(show: tuple[Path, Path], source: str) -> None:
    publish_fails(show, source, "only http and https")


def test_redirect_loop_gives_up(site: str, show: tuple[Path, Path]) -> None:
    publish_fails(show, f"{site}/loop", "more than 5 redirects")


def test_five_redirects_are_followed_six_are_not(site: str, show: tuple[Path, Path]) -> None:
    assert b"Porthmaen" in fetch(f"{site}/hops?n=5").content
    start = len(REQUESTS)
    publish_fails(show, f"{site}/hops?n=6", "more than 5 redirects")
    assert len([p for p in REQUESTS[start:] if p.startswith("/hops")]) == 6  # then it stopped
    assert "/article.html" not in REQUESTS[start:]


# ----------------------------------------------------------------------------- slow servers

def test_slow_server_read_timeout(site: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{site}/slow", limits=QUICK)
    assert time.monotonic() - started < QUICK.total_timeout + 2


@pytest.mark.parametrize("route", ["/drip", "/drip-headers"])
def test_dripping_server_cannot_outlast_the_total_timeout(site: str, route: str) -> None:
    """One byte every 0.1 s: no read ever times out, so only the total limit can end it."""
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(site + route, limits=QUICK)
    assert time.monotonic() - started < DRIP_MAX_S / 2, "the total timeout did not hold"


def test_dripping_server_with_a_client_made_for_fetch(site: str) -> None:
    """`follow` brings its own client (conditional GETs): make_client keeps the limit."""
    started = time.monotonic()
    with make_client(QUICK) as client, pytest.raises(FetchError, match="timed out"):
        fetch(f"{site}/drip-headers", limits=QUICK, client=client)
    assert time.monotonic() - started < DRIP_MAX_S / 2


# ----------------------------------------------------------------------------- size

def test_huge_response_is_refused(site: str, show: tuple[Path, Path]) -> None:
    publish_fails(show, f"{site}/huge", "larger than 20 MB")


def test_gzip_bomb_is_refused(site: str, show: tuple[Path, Path]) -> None:
    publish_fails(show, f"{site}/gzip-bomb-big", "larger than 20 MB after decompression")


def test_gzip_bomb_in_several_members_is_still_counted(site: str) -> None:
    """A small first gzip member must not hide the rest (RFC 1952 allows many members)."""
    import gzip

    from audiodigest.ingest.http import _Decoder

    member = gzip.compress(b"\0" * (1024 * 1024))
    decoder = _Decoder("gzip")
    out = decoder.feed(member * 8, 4 * 1024 * 1024)
    assert len(out) > 4 * 1024 * 1024  # over the room given: the caller refuses it


# ----------------------------------------------------------------------------- content types

@pytest.mark.parametrize(("route", "contains"), [
    ("/image.png", "serves image/png"),
    ("/report.pdf", "serves application/pdf"),
    ("/script.js", "serves text/javascript"),
    ("/png-as-html", "is a PNG image, not text"),
])
def test_wrong_content_type_is_refused(site: str, show: tuple[Path, Path], route: str,
                                       contains: str) -> None:
    publish_fails(show, site + route, contains)


def test_http_errors_are_one_line(site: str, show: tuple[Path, Path]) -> None:
    publish_fails(show, f"{site}/server-error", "HTTP 500")
    publish_fails(show, f"{site}/no-such-page.html", "HTTP 404")


# ----------------------------------------------------------------------------- private addresses

PRIVATE_LINKS = [
    "http://10.0.0.1/story.html",
    "http://192.168.1.1/story.html",
    "http://172.16.0.9/story.html",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/story.html",
    "http://[::ffff:127.0.0.1]/story.html",
    "http://[fe80::1]/story.html",
    "http://0.0.0.0/story.html",
    "http://2130706433/story.html",  # 127.0.0.1 written as one number
    "http://localhost/story.html",
]


def test_feed_links_to_private_addresses_are_not_fetched(site: str, tmp_path: Path) -> None:
    """What `follow` does with a feed on a public address: private links are refused, unread."""
    canary = "/private-canary.html"
    links = [*PRIVATE_LINKS, site + canary, site.replace("127.0.0.1", "localhost") + canary]
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link></item>"
                    for n, link in enumerate(links))
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                    encoding="utf-8")
    start = len(REQUESTS)
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        load_all(str(feed), allow_private=False)
    assert canary not in REQUESTS[start:]


def test_private_feed_link_refused_but_public_content_kept(site: str, tmp_path: Path) -> None:
    """An item that carries its own text is kept; the one that needs a private fetch fails."""
    feed = tmp_path / "feed.xml"
    feed.write_bytes((SITE_DIR / "feed.xml").read_bytes().replace(
        b"<link>/article.html</link>", f"<link>{site}/article.html?private</link>".encode()))
    start = len(REQUESTS)
    loaded = load_all(str(feed), allow_private=False)
    assert len(loaded.documents) == 1
    ((_name, error),) = loaded.failures
    assert isinstance(error, FetchError) and "private" in str(error)
    assert not any(p.startswith("/article.html") for p in REQUESTS[start:])


def test_redirect_hop_to_private_address_is_checked(site: str) -> None:
    """Each hop is checked: the same fetch allowed to start privately still refuses file:."""
    with pytest.raises(FetchError, match="only http and https"):
        fetch(f"{site}/to-file", allow_private=True)
    with pytest.raises(FetchError, match="private"):
        fetch(f"{site}/moved", allow_private=False)


def test_connection_to_a_private_peer_is_refused_at_connect_time(site: str) -> None:
    """DNS rebinding: a name that resolved to a public address when checked may resolve to a
    private one when connecting. The client checks the address it actually reached."""
    from audiodigest.ingest.http import _ALLOW_PRIVATE

    token = _ALLOW_PRIVATE.set(False)
    start = len(REQUESTS)
    try:
        with make_client(QUICK) as client, pytest.raises(FetchError, match="connected to the private"):
            client.get(f"{site}/article.html?rebound")
    finally:
        _ALLOW_PRIVATE.reset(token)
    assert not any("rebound" in p for p in REQUESTS[start:])


def _raw(response: bytes):  # type: ignore[no-untyped-def]
    """A route that writes `response` as is: status line, headers and all."""
    def route(handler):  # type: ignore[no-untyped-def]
        try:
            handler.wfile.write(response)
        except OSError:
            pass
        handler.close_connection = True
    return route


@pytest.mark.parametrize(("name", "response", "contains"), [
    ("deflate-bomb", None, "after decompression"),
    ("brotli", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n"
               b"Content-Length: 4\r\n\r\nabcd", "unsupported Content-Encoding"),
    ("corrupt-gzip", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
                     b"Content-Length: 12\r\n\r\n\x1f\x8b\x08\x00garbage!", "corrupt"),
    ("declared-huge", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                      b"Content-Length: 999999999999\r\n\r\n<p>tiny</p>", "larger than 20 MB"),
    ("garbage-status", b"HELLO THERE\r\n\r\n", "could not fetch"),
    ("endless-header", b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n",
     "could not fetch"),
    ("hang-up", b"", "could not fetch"),
])
def test_broken_and_hostile_responses_are_one_line(site: str, show: tuple[Path, Path], name: str,
                                                   response: bytes | None, contains: str) -> None:
    import zlib

    if response is None:  # 64 MB of zeros as raw deflate: about 64 KB on the wire
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        body = packer.compress(b"\0" * (64 * 1024 * 1024)) + packer.flush()
        response = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n"
                    b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    from conftest import ROUTES

    ROUTES[f"/hostile/{name}"] = _raw(response)
    publish_fails(show, f"{site}/hostile/{name}", contains)


def test_who_may_send_us_to_private_addresses() -> None:
    """A feed on the public web may not; a feed on the LAN, a local file, or the user may."""
    from audiodigest.ingest.sources import feed_links_may_be_private

    assert not feed_links_may_be_private("https://93.184.216.34/feed.xml", None)
    assert feed_links_may_be_private("http://192.168.1.10/feed.xml", None)
    assert feed_links_may_be_private("http://127.0.0.1:8080/feed.xml", None)
    assert feed_links_may_be_private(None, None)  # a file the user named
    assert feed_links_may_be_private("https://93.184.216.34/feed.xml", True)  # settings allow
    assert not feed_links_may_be_private("http://127.0.0.1/feed.xml", False)
