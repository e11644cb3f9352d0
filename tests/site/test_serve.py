"""audiodigest's HTTP server on 127.0.0.1: HEAD, byte ranges, 416, 304, MIME types, no escapes,
the access log; and `audiodigest serve` as a real process: its start line, Ctrl-C, bind errors."""

from __future__ import annotations

import email.utils
import http.client
import ipaddress
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_helpers import assert_one_error_line, run_cli

from audiodigest.site.serve import DEFAULT_PORT, default_base_url, make_server

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


# ----------------------------------------------------------------------------- conditional requests

def _validators(port: int, path: str) -> tuple[str, str]:
    response, _ = _ask(port, "HEAD", path)
    return response.getheader("ETag"), response.getheader("Last-Modified")


def _shifted(http_date: str, seconds: int) -> str:
    moved = email.utils.parsedate_to_datetime(http_date).timestamp() + seconds
    return email.utils.formatdate(moved, usegmt=True)


def test_validators_on_200_206_and_head(server: tuple[int, Path]) -> None:
    etag, modified = _validators(server[0], "/a.mp3")
    assert re.fullmatch(r'"[^"]+"', etag) and email.utils.parsedate_to_datetime(modified)
    for method, headers, status in (("GET", {}, 200), ("GET", {"Range": "bytes=0-9"}, 206),
                                    ("HEAD", {"Range": "bytes=0-9"}, 206)):
        response, _ = _ask(server[0], method, "/a.mp3", headers)
        assert response.status == status
        assert response.getheader("ETag") == etag
        assert response.getheader("Last-Modified") == modified


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"If-None-Match": "{etag}"}, 304),
        ({"If-None-Match": "W/{etag}"}, 304),  # weak comparison
        ({"If-None-Match": '"other", {etag}'}, 304),
        ({"If-None-Match": "*"}, 304),
        ({"If-None-Match": '"other"'}, 200),
        ({"If-Modified-Since": "{modified}"}, 304),
        ({"If-Modified-Since": "{later}"}, 304),
        ({"If-Modified-Since": "{earlier}"}, 200),
        ({"If-Modified-Since": "yesterday"}, 200),  # no HTTP-date: ignored
        # If-None-Match decides when present (RFC 9110 13.2.2)
        ({"If-None-Match": '"other"', "If-Modified-Since": "{later}"}, 200),
        ({"If-None-Match": "{etag}", "If-Modified-Since": "{earlier}"}, 304),
        # preconditions come before Range
        ({"If-None-Match": "{etag}", "Range": "bytes=0-9"}, 304),
        ({"If-Modified-Since": "{modified}", "Range": "bytes=0-9"}, 304),
        ({"If-None-Match": '"other"', "Range": "bytes=0-9"}, 206),
        ({"If-Modified-Since": "{earlier}", "Range": "bytes=0-9"}, 206),
    ],
)
def test_conditional_requests(server: tuple[int, Path], method: str, headers: dict[str, str],
                              status: int) -> None:
    etag, modified = _validators(server[0], "/a.mp3")
    values = {"etag": etag, "modified": modified, "earlier": _shifted(modified, -86400),
              "later": _shifted(modified, 86400)}
    response, body = _ask(server[0], method, "/a.mp3",
                          {k: v.format(**values) for k, v in headers.items()})
    assert response.status == status
    assert response.getheader("ETag") == etag
    if status == 304:
        assert body == b""
        assert response.getheader("Last-Modified") == modified
    elif method == "GET":
        assert body == (BODY if status == 200 else BODY[:10])


def test_a_changed_feed_is_sent_again_on_a_kept_alive_connection(server: tuple[int, Path]) -> None:
    port, root = server
    feed = root / "poll.xml"
    feed.write_text("<rss>one</rss>")
    os.utime(feed, (1_700_000_000, 1_700_000_000))
    etag, modified = _validators(port, "/poll.xml")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", "/poll.xml", headers={"If-None-Match": etag})
        response = conn.getresponse()
        assert (response.status, response.read()) == (304, b"")
        conn.request("GET", "/poll.xml", headers={"If-Modified-Since": modified})
        response = conn.getresponse()
        assert (response.status, response.read()) == (304, b"")
        feed.write_text("<rss>two!</rss>")
        os.utime(feed, (1_700_000_060, 1_700_000_060))
        for headers in ({"If-None-Match": etag}, {"If-Modified-Since": modified}):
            conn.request("GET", "/poll.xml", headers=headers)
            response = conn.getresponse()
            assert (response.status, response.read()) == (200, b"<rss>two!</rss>")
            assert response.getheader("ETag") not in (etag, None)
    finally:
        conn.close()


# ----------------------------------------------------------------------------- access log

CLF = re.compile(r'127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] '
                 r'"(?P<request>.*)" (?P<status>\d{3}) (?P<bytes>\d+|-)')


def _wait_for(lines: list[str], count: int) -> list[str]:
    """The log line of a response is written just after its last byte: allow it a moment."""
    deadline = time.monotonic() + 5
    while len(lines) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return lines


def test_one_access_log_line_per_request(server: tuple[int, Path]) -> None:
    lines: list[str] = []
    srv = make_server(server[1], host="127.0.0.1", port=0, access_log=lines.append)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port = srv.server_address[1]
    try:
        etag, _ = _validators(port, "/feed.xml")
        _ask(port, "GET", "/a.mp3", {"Range": "bytes=0-99"})
        _ask(port, "GET", "/feed.xml")
        _ask(port, "GET", "/feed.xml", {"If-None-Match": etag})
        missing, body = _ask(port, "GET", "/nope.mp3")
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            raw.sendall(b'GET /a\x1b[2J"x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
            while raw.recv(65536):
                pass
        _wait_for(lines, 6)
    finally:
        srv.shutdown()
        srv.server_close()
    found = [CLF.fullmatch(line) for line in lines]
    assert all(found), lines
    # one line per request; each handler thread writes its line after its response's last byte,
    # so on a loaded machine the next request's line may come first (seen once in CI)
    escaped = next((m for m in found if m and m["request"].startswith("GET /a\\x1b")), None)
    assert sorted((m["request"], m["status"], m["bytes"]) for m in found if m) == sorted([
        ("HEAD /feed.xml HTTP/1.1", "200", "-"),
        ("GET /a.mp3 HTTP/1.1", "206", "100"),
        ("GET /feed.xml HTTP/1.1", "200", "6"),
        ("GET /feed.xml HTTP/1.1", "304", "-"),
        ("GET /nope.mp3 HTTP/1.1", "404", str(len(body))),
        (r'GET /a\x1b[2J\"x HTTP/1.1', "404", escaped["bytes"] if escaped else ""),
    ])
    assert missing.status == 404


# ----------------------------------------------------------------------------- the command

def _default_sigint() -> None:
    """A child of a shell's background job inherits SIGINT ignored; Ctrl-C must reach it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Running:
    """`audiodigest serve` as a real process, its stderr read line by line as it comes."""

    def __init__(self, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "audiodigest", "serve", *args],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env,
                                     preexec_fn=_default_sigint)
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def line(self) -> str | None:
        return self.lines.get(timeout=20)

    def interrupt(self) -> tuple[int, list[str]]:
        """Ctrl-C; the exit status and the stderr lines that followed."""
        self.proc.send_signal(signal.SIGINT)
        code = self.proc.wait(timeout=20)
        rest = []
        while (line := self.line()) is not None:
            rest.append(line)
        return code, rest

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def show(tmp_path: Path) -> Path:
    folder = tmp_path / "show"
    folder.mkdir()
    (folder / "feed.xml").write_text("<rss/>")
    return folder


def test_serve_announces_the_feed_logs_requests_and_stops_on_ctrl_c(show: Path) -> None:
    running = Running(str(show), "--host", "127.0.0.1", "--port", "0")
    try:
        start = running.line()
        assert start is not None, "serve printed nothing"
        match = re.search(r"Serving (.+) at (http://127\.0\.0\.1:(\d+)/) — feed: (\S+) "
                          r"\(Ctrl-C to stop\)$", start)
        assert match, start
        assert match[1] == f"{show}/" and match[4] == match[2] + "feed.xml"
        port = int(match[3])
        assert port not in (0, DEFAULT_PORT)  # --port 0 picked a free port and told it
        response, body = _ask(port, "GET", "/feed.xml")
        assert (response.status, body) == (200, b"<rss/>")
        log = running.line()
        assert log is not None and CLF.fullmatch(log), log
        assert log.endswith('"GET /feed.xml HTTP/1.1" 200 6')
        code, rest = running.interrupt()
    finally:
        running.stop()
    assert (code, rest) == (130, ["stopped"])  # the CLI's status for Ctrl-C, and no traceback
    assert running.proc.stdout is not None and running.proc.stdout.read() == ""


def test_serve_quiet_prints_nothing(show: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = Running(str(show), "--host", "127.0.0.1", "--port", str(port), "--quiet")
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                response, _ = _ask(port, "GET", "/feed.xml")
                break
            except ConnectionRefusedError:
                assert time.monotonic() < deadline and running.proc.poll() is None
                time.sleep(0.05)
        assert response.status == 200
        code, rest = running.interrupt()
    finally:
        running.stop()
    assert (code, rest) == (130, [])


def test_serve_on_a_busy_port_is_one_error_line(show: Path, tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        ran = run_cli(["serve", str(show), "--host", "127.0.0.1", "--port", str(port)],
                      tmp_path / "cache", timeout=30)
    line = assert_one_error_line(ran.stderr, ran.returncode, contains=f"port {port} is in use")
    assert line.endswith("pick another port with --port")


def test_serve_on_an_address_not_of_this_machine_is_one_error_line(show: Path,
                                                                    tmp_path: Path) -> None:
    ran = run_cli(["serve", str(show), "--host", "192.0.2.1"], tmp_path / "cache", timeout=30)
    assert_one_error_line(ran.stderr, ran.returncode,
                          contains="192.0.2.1 is not an address of this machine")


@pytest.mark.parametrize("host", ["999.1.1.1", "1.2.3", "::1::"])  # no name lookup for these
def test_serve_with_a_host_that_is_no_address_is_a_usage_error(show: Path, tmp_path: Path,
                                                               host: str) -> None:
    ran = run_cli(["serve", str(show), "--host", host], tmp_path / "cache", timeout=30)
    assert ran.returncode == 2, ran.stderr
    assert "Traceback" not in ran.stderr
    errors = [line for line in ran.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: --host {host!r} is not an IP address or a known host name: give "
                      "one of this machine's addresses, 0.0.0.0 for all of them, or 127.0.0.1 "
                      "for this machine only"]


IMMUTABLE = "public, max-age=31536000, immutable"


@pytest.mark.parametrize(("name", "cache"), [
    ("bridge-1a2b3c4d.mp3", IMMUTABLE), ("bridge-1a2b3c4d.vtt", IMMUTABLE),
    ("bridge-1a2b3c4d.srt", IMMUTABLE), ("bridge-1a2b3c4d.chapters.json", IMMUTABLE),
    ("bridge-1a2b3c4d.jpg", IMMUTABLE),
    ("feed.xml", "no-cache"), ("index.html", "no-cache"), ("bridge.html", "no-cache"),
    ("bridge.embed.html", "no-cache"), ("player.js", "no-cache"), ("cover.jpg", "no-cache"),
    ("a.mp3", "no-cache"), ("bridge-1a2b3c4d.html", "no-cache"),
])
def test_content_hashed_files_are_kept_the_rest_revalidated(server: tuple[int, Path], name: str,
                                                          cache: str) -> None:
    """An episode's files carry a content hash in their names and never change under them;
    feed.xml and the pages change in place, so they are asked after every time (ETag, 304)."""
    port, root = server
    if not (root / name).exists():
        (root / name).write_bytes(BODY)
    for method, headers, status in (("GET", {}, 200), ("HEAD", {}, 200),
                                    ("GET", {"Range": "bytes=0-9"}, 206)):
        response, _ = _ask(port, method, "/" + name, headers)
        assert response.status == status
        assert response.getheader("Cache-Control") == cache
    etag, _modified = _validators(port, "/" + name)
    response, body = _ask(port, "GET", "/" + name, {"If-None-Match": etag})
    assert response.status == 304 and body == b""
    assert response.getheader("Cache-Control") == cache
