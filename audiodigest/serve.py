"""Serve the output folder over HTTP the way podcast apps need: HEAD, byte ranges, right types.

Python's own `http.server` ignores `Range:` and answers 200 with the whole file, which Apple
Podcasts rejects and which makes seeking in a browser's audio element restart the download. No
small, well-kept library in our dependency set serves static files with ranges on the stdlib
server (werkzeug/starlette would bring a framework for one handler), so this module adds single
byte-range handling (206 + Content-Range, 416 when unsatisfiable, If-Range) to
`SimpleHTTPRequestHandler`, which keeps its path-traversal protection and directory handling.
"""

from __future__ import annotations

import email.utils
import ipaddress
import os
import re
import socket
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

__all__ = [
    "DEFAULT_PORT",
    "MIME_TYPES",
    "RangeRequestHandler",
    "default_base_url",
    "make_server",
    "serve",
]

DEFAULT_PORT = 8765
MIME_TYPES: dict[str, str] = {
    ".chapters.json": "application/json+chapters",
    ".mp3": "audio/mpeg",
    ".m4a": "audio/x-m4a",
    ".xml": "application/rss+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".json": "application/json",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
"""Longest suffix first wins: `x.chapters.json` is chapters, `x.json` plain JSON. Files of
other types are not served at all."""

_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_COPY_CHUNK = 64 * 1024
_UNSATISFIABLE = (-1, -1)
"""_wanted_range's answer for a range that starts past the end (-> 416)."""
_FALLBACK_HOST = "127.0.0.1"
_ROUTE_PROBE = ("192.0.2.1", 9)
"""TEST-NET-1 (RFC 5737): connecting a UDP socket only picks a route; no packet is sent."""


class RangeRequestHandler(SimpleHTTPRequestHandler):
    """Static files with HEAD, single byte ranges, validators and podcast MIME types."""

    protocol_version = "HTTP/1.1"
    server_version = "audiodigest"

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = os.fspath(path).lower()
        for suffix in sorted(MIME_TYPES, key=len, reverse=True):
            if name.endswith(suffix):
                return MIME_TYPES[suffix]
        return super().guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet unless the server was made with verbose=True (tests and phones are chatty)."""
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _published(self, path: str) -> bool:
        """Only what a listener needs: no dot-folders (the catalogue, staging, locks) and no
        settings or database files, which hold the owner's e-mail and the show's history."""
        if "\0" in path:
            return False
        rel = os.path.relpath(path, self.directory)
        parts = rel.split(os.sep)
        if rel.startswith("..") or any(p.startswith(".") and p != "." for p in parts):
            return False
        # A symbolic link must not publish what lies outside the folder (/etc/passwd).
        root = os.path.realpath(self.directory)
        real = os.path.realpath(path)
        if real != root and not real.startswith(root + os.sep):
            return False
        if os.path.isdir(path):
            return True
        name = os.path.basename(path).lower()
        return any(name.endswith(suffix) for suffix in MIME_TYPES)

    def _respond(self, send_body: bool) -> None:
        path = self.translate_path(self.path)
        if not self._published(path):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", self.path.split("?", 1)[0] + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            path = os.path.join(path, "index.html")
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed in finally
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return
        try:
            stat = os.fstat(handle.fileno())
            size = stat.st_size
            etag = f'"{stat.st_mtime_ns:x}-{size:x}"'
            modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
            span = self._wanted_range(size, etag, modified)
            if span == _UNSATISFIABLE:
                self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                self.send_header("Content-Range", f"bytes */{size}")
                self.send_header("Content-Length", "0")
                self.send_header("Accept-Ranges", "bytes")
                self.end_headers()
                return
            start, end = span if span else (0, size - 1)
            self.send_response(HTTPStatus.PARTIAL_CONTENT if span else HTTPStatus.OK)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Length", str(max(0, end - start + 1)))
            if span:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Last-Modified", modified)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if send_body and end >= start:
                handle.seek(start)
                remaining = end - start + 1
                while remaining > 0:
                    block = handle.read(min(_COPY_CHUNK, remaining))
                    if not block:
                        break
                    self.wfile.write(block)
                    remaining -= len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up, as players do when they seek
        finally:
            handle.close()

    def _wanted_range(self, size: int, etag: str, modified: str) -> tuple[int, int] | None:
        """(start, end) for one satisfiable range, _UNSATISFIABLE, or None for the whole file.

        Multi-range requests and a stale If-Range get the whole file, as RFC 9110 allows.
        """
        header = self.headers.get("Range")
        if not header:
            return None
        if_range = self.headers.get("If-Range")
        if if_range and if_range.strip() not in (etag, modified):
            return None
        match = _RANGE.match(header.strip())
        if not match or (not match.group(1) and not match.group(2)):
            return None
        first, last = match.group(1), match.group(2)
        if not first:  # suffix range: the last N bytes
            length = int(last)
            if length == 0 or size == 0:
                return _UNSATISFIABLE
            return max(0, size - length), size - 1
        start = int(first)
        if last and int(last) < start:
            return None  # syntactically invalid: ignore the header
        if start >= size:
            return _UNSATISFIABLE
        end = int(last) if last else size - 1
        return start, min(end, size - 1)


def make_server(out_dir: Path, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
                verbose: bool = False) -> ThreadingHTTPServer:
    """A bound, not yet running server for `out_dir` (port 0 picks a free port; tests use it)."""
    handler = partial(RangeRequestHandler, directory=os.fspath(out_dir))
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.verbose = verbose  # type: ignore[attr-defined]
    return server


def serve(out_dir: Path, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
          on_ready: Callable[[str], None] | None = None, verbose: bool = False) -> None:
    """Serve `out_dir` until interrupted; `on_ready` gets the base URL phones should use."""
    server = make_server(out_dir, host=host, port=port, verbose=verbose)
    try:
        if on_ready is not None:
            bound_port = server.server_address[1]
            if host in ("0.0.0.0", "::", ""):
                on_ready(default_base_url(bound_port))
            else:
                on_ready(f"http://{_url_host(host)}:{bound_port}/")
        server.serve_forever()
    finally:
        server.server_close()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def _usable(address: str) -> bool:
    """A LAN address a phone could reach: IPv4, not loopback, link-local or unspecified."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and not (ip.is_loopback or ip.is_link_local or ip.is_unspecified)


def _lan_address() -> str:
    """The machine's LAN address, found without sending a packet; 127.0.0.1 when there is none."""
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        names = {str(info[4][0]) for info in infos}
    except OSError:
        names = set()
    for name in sorted(names):
        if _usable(name):
            return name
    try:  # which interface would route to the internet: connect() on UDP sends nothing
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_ROUTE_PROBE)
            address = str(probe.getsockname()[0])
        if _usable(address):
            return str(address)
    except OSError:
        pass
    return _FALLBACK_HOST


def default_base_url(port: int = DEFAULT_PORT) -> str:
    """The base URL `serve` announces, e.g. `http://192.168.1.20:8765/` (ends with a slash)."""
    return f"http://{_lan_address()}:{port}/"
