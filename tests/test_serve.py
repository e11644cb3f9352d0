"""audiodigest's HTTP server on 127.0.0.1: HEAD, byte ranges, 416, MIME types, no escapes."""

from __future__ import annotations

import http.client
import ipaddress
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from audiodigest.serve import DEFAULT_PORT, default_base_url, make_server

BODY = bytes(range(256)) * 40  # 10240 bytes, every offset distinguishable


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Path]]:
    root = tmp_path_factory.mktemp("serve")
    (root / "a.mp3").write_bytes(BODY)
    (root / "feed.xml").write_text("<rss/>")
    for name in ("a.vtt", "a.srt", "a.chapters.json", "c.jpg", "index.html", "x.json"):
        (root / name).write_text("x")
    (root / "sub").mkdir()
    (root / "sub" / "index.html").write_text("sub")
    (root.parent / "outside.txt").write_text("secret")
    (root / ".audiodigest").mkdir()
    (root / ".audiodigest" / "catalogue.json").write_text("secret")
    (root / "audiodigest.toml").write_text("secret")
    (root / "catalogue.sqlite").write_text("secret")
    srv = make_server(root, host="127.0.0.1", port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv.server_address[1], root
    finally:
        srv.shutdown()
        srv.server_close()


def _ask(port: int, method: str, path: str, headers: dict[str, str] | None = None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response, body


def test_head_gives_length_and_no_body(server: tuple[int, Path]) -> None:
    response, body = _ask(server[0], "HEAD", "/a.mp3")
    assert response.status == 200 and body == b""
    assert response.getheader("Content-Length") == str(len(BODY))
    assert response.getheader("Accept-Ranges") == "bytes"
    assert response.getheader("Content-Type") == "audio/mpeg"


@pytest.mark.parametrize(
    ("spec", "start", "end"),
    [("bytes=0-99", 0, 99), ("bytes=5000-", 5000, len(BODY) - 1), ("bytes=-100", len(BODY) - 100,
     len(BODY) - 1), ("bytes=10000-99999", 10000, len(BODY) - 1), ("bytes=7-7", 7, 7)],
)
def test_ranges(server: tuple[int, Path], spec: str, start: int, end: int) -> None:
    response, body = _ask(server[0], "GET", "/a.mp3", {"Range": spec})
    assert response.status == 206
    assert response.getheader("Content-Range") == f"bytes {start}-{end}/{len(BODY)}"
    assert body == BODY[start:end + 1]
    assert response.getheader("Content-Length") == str(end - start + 1)


def test_head_with_range(server: tuple[int, Path]) -> None:
    response, body = _ask(server[0], "HEAD", "/a.mp3", {"Range": "bytes=0-9"})
    assert response.status == 206 and body == b""
    assert response.getheader("Content-Range") == f"bytes 0-9/{len(BODY)}"


@pytest.mark.parametrize("spec", [f"bytes={len(BODY)}-", "bytes=20000-20010", "bytes=-0"])
def test_unsatisfiable_range_is_416(server: tuple[int, Path], spec: str) -> None:
    response, body = _ask(server[0], "GET", "/a.mp3", {"Range": spec})
    assert response.status == 416
    assert response.getheader("Content-Range") == f"bytes */{len(BODY)}"
    assert body == b""


def test_stale_if_range_and_multirange_get_whole_file(server: tuple[int, Path]) -> None:
    response, body = _ask(server[0], "GET", "/a.mp3", {"Range": "bytes=0-9", "If-Range": '"old"'})
    assert response.status == 200 and body == BODY
    etag = _ask(server[0], "HEAD", "/a.mp3")[0].getheader("ETag")
    response, body = _ask(server[0], "GET", "/a.mp3", {"Range": "bytes=0-9", "If-Range": etag})
    assert response.status == 206 and body == BODY[:10]
    response, body = _ask(server[0], "GET", "/a.mp3", {"Range": "bytes=0-1,5-6"})
    assert response.status == 200 and body == BODY


@pytest.mark.parametrize(
    ("name", "mime"),
    [("feed.xml", "application/rss+xml"), ("a.vtt", "text/vtt"), ("a.srt", "application/x-subrip"),
     ("a.chapters.json", "application/json+chapters"), ("x.json", "application/json"),
     ("c.jpg", "image/jpeg"), ("index.html", "text/html"), ("", "text/html")],
)
def test_mime_types(server: tuple[int, Path], name: str, mime: str) -> None:
    response, _ = _ask(server[0], "GET", "/" + name)
    assert response.status == 200
    assert response.getheader("Content-Type").split(";")[0] == mime


def test_missing_directory_and_traversal(server: tuple[int, Path]) -> None:
    assert _ask(server[0], "GET", "/nope.mp3")[0].status == 404
    response, _ = _ask(server[0], "GET", "/sub")
    assert response.status == 301 and response.getheader("Location") == "/sub/"
    assert _ask(server[0], "GET", "/sub/")[1] == b"sub"
    for path in ("/../outside.txt", "/%2e%2e/outside.txt", "/sub/../../outside.txt",
                 "/.audiodigest/catalogue.json", "/%2Eaudiodigest/catalogue.json",
                 "/audiodigest.toml", "/catalogue.sqlite", "/.audiodigest/"):
        response, body = _ask(server[0], "GET", path)
        assert b"secret" not in body
        assert response.status == 404, path


def test_default_base_url_names_this_machine() -> None:
    url = default_base_url()
    match = re.fullmatch(r"http://([\d.]+):(\d+)/", url)
    assert match, url
    assert int(match.group(2)) == DEFAULT_PORT
    address = ipaddress.ip_address(match.group(1))
    assert address.version == 4 and not address.is_link_local
    assert default_base_url(9000).endswith(":9000/")
