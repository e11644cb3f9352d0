"""Fetching over real HTTP from a local server: limits, redirects, refusals, the declared charset."""

from __future__ import annotations

import pytest

from audiodigest.errors import FetchError
from audiodigest.ingest.decode import decode_text
from audiodigest.ingest.http import USER_AGENT, FetchLimits, check_url, fetch, is_private_url

FAST = FetchLimits(connect_timeout=2, read_timeout=0.5, total_timeout=5)


def test_fetch_page(site: str) -> None:
    doc = fetch(f"{site}/article.html")
    assert doc.media_type == "text/html"
    assert doc.url == f"{site}/article.html"
    assert b"Porthmaen" in doc.content
    assert doc.fetched_at is not None and doc.fetched_at.tzinfo is not None


def test_honest_user_agent(site: str) -> None:
    assert fetch(f"{site}/ua").content.decode() == USER_AGENT
    assert USER_AGENT.startswith("audiodigest/") and "(+https://github.com/audiodigest)" in USER_AGENT


def test_redirect_followed_and_url_is_final(site: str) -> None:
    doc = fetch(f"{site}/moved")
    assert doc.url == f"{site}/article.html"
    assert doc.source == f"{site}/moved"


def test_redirect_loop_gives_up(site: str) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{site}/loop")


def test_redirect_to_file_refused(site: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch(f"{site}/to-file")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)",
                                 "data:text/html,<p>x</p>"])
def test_non_http_schemes_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        check_url(url)


def test_private_address_refused_when_asked(site: str) -> None:
    with pytest.raises(FetchError, match="private, loopback or link-local"):
        fetch(f"{site}/article.html", allow_private=False)
    for url in ("http://10.1.2.3/", "http://169.254.169.254/latest", "http://[::1]/", "http://[::ffff:127.0.0.1]/"):
        with pytest.raises(FetchError):
            check_url(url, allow_private=False)
    assert check_url("http://93.184.216.34/", allow_private=False)


@pytest.mark.parametrize(("path", "message"), [("/missing.html", "HTTP 404"), ("/server-error", "HTTP 500")])
def test_http_errors(site: str, path: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        fetch(site + path)


def test_timeout(site: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"{site}/slow", limits=FAST)


def test_size_cap_as_sent(site: str) -> None:
    with pytest.raises(FetchError, match="larger than"):
        fetch(f"{site}/article.html", limits=FetchLimits(max_bytes=1024))


def test_gzip_bomb_refused(site: str) -> None:
    with pytest.raises(FetchError, match="after decompression"):
        fetch(f"{site}/gzip-bomb", limits=FetchLimits(max_bytes=1024 * 1024))


def test_image_content_type_refused(site: str) -> None:
    with pytest.raises(FetchError, match="serves image/png"):
        fetch(f"{site}/image.png")


def test_declared_charset_kept(site: str) -> None:
    doc = fetch(f"{site}/latin1")
    assert doc.encoding == "iso-8859-1"
    assert decode_text(doc.content, doc.encoding)[0] == "<html><body><p>Café déjà vu</p></body></html>"


def test_is_private_url(site: str) -> None:
    assert is_private_url(f"{site}/feed.xml")
    assert is_private_url("http://192.168.1.10/feed.xml")
    assert is_private_url("http://[fe80::1]/x")
    assert not is_private_url("https://93.184.216.34/feed.xml")


def test_conditional_get_through_the_same_client(site: str) -> None:
    """What `follow` reads a feed with: Last-Modified/ETag sent back, 304 gives no body."""
    from audiodigest.ingest.http import fetch_if_changed

    first = fetch_if_changed(f"{site}/feed.xml")
    assert first.document is not None and first.document.content.startswith(b"<?xml")
    assert first.validators.last_modified
    again = fetch_if_changed(f"{site}/feed.xml", first.validators)
    assert again.document is None and again.validators == first.validators
    with pytest.raises(FetchError, match="timed out"):  # the total time limit holds here too
        fetch_if_changed(f"{site}/drip-headers", limits=FAST)


def test_request_returns_any_status_and_caps_the_body(site: str) -> None:
    """What `check` asks with: the status is the caller's to judge; the body may be cut short."""
    from audiodigest.ingest.http import request

    assert request(f"{site}/missing.html").status == 404
    head = request(f"{site}/article.html", method="HEAD")
    assert head.status == 200 and head.content == b"" and int(head.headers["content-length"]) > 10
    assert request(f"{site}/article.html", body_limit=10).content == \
        fetch(f"{site}/article.html").content[:10]
    assert request(f"{site}/ua").content.decode() == USER_AGENT
    with pytest.raises(FetchError, match="only http and https"):
        request(f"{site}/to-file", method="HEAD")
