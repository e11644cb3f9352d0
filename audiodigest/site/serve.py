"""Serve the output folder over HTTP the way podcast apps need: HEAD, byte ranges, right types.

Python's own `http.server` ignores `Range:` and answers 200 with the whole file, which Apple
Podcasts rejects and which makes seeking in a browser's audio element restart the download. No
small, well-kept library in our dependency set serves static files with ranges on the stdlib
server (werkzeug/starlette would bring a framework for one handler), so this module adds single
byte-range handling (206 + Content-Range, 416 when unsatisfiable, If-Range) to
`SimpleHTTPRequestHandler`, which keeps its path-traversal protection and directory handling.
It also answers conditional requests (If-None-Match, If-Modified-Since -> 304), which podcast
apps send every time they poll feed.xml, and reports one access-log line per request to a
callback (the library never prints).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import ipaddress
import itertools
import os
import re
import socket
import threading
import time
from collections.abc import Callable
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..errors import ServeError, UsageError
from .address import DEFAULT_PORT, default_base_url

__all__ = [
    "DEFAULT_PORT",
    "MIME_TYPES",
    "RangeRequestHandler",
    "default_base_url",
    "make_server",
    "serve",
]

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
_HASHED = re.compile(r"-[0-9a-f]{8}\.(?:mp3|vtt|srt|chapters\.json|jpg)$")
"""An episode's own files: `<slug>-<content hash>.<ext>`, never changed under that name."""
_LOOKS_NUMERIC = re.compile(r"[\d.]+|.*:.*")
"""A --host value written as an IPv4 or IPv6 address rather than a name."""
_ENTITY_TAG = re.compile(r'(?:W/)?"([^"]*)"')
"""One entity-tag of an If-None-Match list; the group is the opaque tag (weak comparison)."""
_COPY_CHUNK = 64 * 1024
_UNSATISFIABLE = (-1, -1)
"""_wanted_range's answer for a range that starts past the end (-> 416)."""
_LOG_ESCAPES: dict[int, str] = {
    **{c: rf"\x{c:02x}" for c in itertools.chain(range(0x20), range(0x7F, 0xA0))},
    ord("\\"): r"\\", ord('"'): r'\"'}
"""A request line in the log cannot forge a line or end its quotes (control characters as
`\\xNN`, as the stdlib's own log does)."""

AccessLog = Callable[[str], None]


class _CountingWriter:
    """The response stream, counting the bytes written through it (the log's byte count)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.written = 0

    def write(self, data: Any) -> Any:
        result = self.raw.write(data)
        self.written += memoryview(data).nbytes
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


class RangeRequestHandler(SimpleHTTPRequestHandler):
    """Static files with HEAD, single byte ranges, validators and podcast MIME types."""

    protocol_version = "HTTP/1.1"
    server_version = "audiodigest"
    _status: int | None = None
    _body_from: int | None = None

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        name = os.fspath(path).lower()
        for suffix in sorted(MIME_TYPES, key=len, reverse=True):
            if name.endswith(suffix):
                return MIME_TYPES[suffix]
        return super().guess_type(path)

    def setup(self) -> None:
        super().setup()
        self.wfile = _CountingWriter(self.wfile)  # type: ignore[assignment]

    def handle_one_request(self) -> None:
        self._status = None
        self._body_from = None
        try:
            super().handle_one_request()
        finally:
            if self._status is not None:  # a response was started (not an idle keep-alive end)
                self._log_access()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        """Called by send_response: note the status; the line is written once the body is."""
        self._status = int(code) if isinstance(code, int) else None

    def log_message(self, format: str, *args: Any) -> None:
        """The stdlib's own lines (errors, timeouts) stay out: the access log shows the status."""

    def end_headers(self) -> None:
        super().end_headers()
        self._body_from = self._written()

    def _written(self) -> int:
        return self.wfile.written if isinstance(self.wfile, _CountingWriter) else 0

    def _log_access(self) -> None:
        """One Common Log Format line: client, time, request line, status, body bytes."""
        server = self.server
        if not isinstance(server, _Server) or server.access_log is None:
            return
        sent = self._written() - self._body_from if self._body_from is not None else 0
        request = (self.requestline or "-").translate(_LOG_ESCAPES)
        when = time.strftime("%d/%b/%Y:%H:%M:%S %z")
        line = f'{self.client_address[0]} - - [{when}] "{request}" {self._status} {sent or "-"}'
        with server.log_lock:
            server.access_log(line)

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
            if self._not_modified(etag, stat.st_mtime):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                self.send_header("Last-Modified", modified)
                self.send_header("ETag", etag)
                self.send_header("Cache-Control", _cache_control(path))
                self.end_headers()
                return
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
            self.send_header("Cache-Control", _cache_control(path))
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

    def _not_modified(self, etag: str, mtime: float) -> bool:
        """Whether a GET or HEAD gets 304: RFC 9110 section 13.2.2, steps 3 and 4.

        If-None-Match (weak comparison; `*` matches any file) decides when present, and then
        If-Modified-Since is not looked at; an If-Modified-Since that is no HTTP-date is ignored.
        """
        tags = self.headers.get_all("If-None-Match")
        if tags:
            listed = ",".join(tags)
            return listed.strip() == "*" or etag.strip('"') in _ENTITY_TAG.findall(listed)
        since = self.headers.get("If-Modified-Since")
        if not since:
            return False
        try:
            date = email.utils.parsedate_to_datetime(since)
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        if date.tzinfo is None:
            date = date.replace(tzinfo=dt.UTC)
        return int(mtime) <= date.timestamp()  # Last-Modified has whole seconds

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


def _cache_control(path: str) -> str:
    """Content-hashed files are kept for a year; feed.xml, pages and the rest revalidate."""
    return ("public, max-age=31536000, immutable" if _HASHED.search(os.path.basename(path))
            else "no-cache")


class _Server(ThreadingHTTPServer):
    """The stdlib server with what the handler reports to: the access log and its lock."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], handler: Callable[..., Any],
                 access_log: AccessLog | None) -> None:
        self.access_log = access_log
        self.log_lock = threading.Lock()
        super().__init__(address, handler)


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(out_dir: Path, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
                access_log: AccessLog | None = None) -> ThreadingHTTPServer:
    """A bound, listening, not yet running server for `out_dir` (port 0 picks a free port).

    `access_log` gets one line per request. Raises UsageError when `host` is neither an IP
    address nor a name that resolves, ServeError when the address cannot be listened on (the
    port is in use or needs root, the address is not this machine's).
    """
    no_address = UsageError(f"--host {host!r} is not an IP address or a known host name: give "
                            "one of this machine's addresses, 0.0.0.0 for all of them, or "
                            "127.0.0.1 for this machine only")
    if _LOOKS_NUMERIC.fullmatch(host):  # written as an address: no name lookup for 999.1.1.1
        try:
            ipaddress.ip_address(host)
        except ValueError as exc:
            raise no_address from exc
    try:
        family = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM,
                                    flags=socket.AI_PASSIVE)[0][0]
    except socket.gaierror as exc:
        raise no_address from exc
    handler = partial(RangeRequestHandler, directory=os.fspath(out_dir))
    try:
        return (_Server6 if family == socket.AF_INET6 else _Server)((host, port), handler, access_log)
    except OSError as exc:
        raise ServeError(_bind_failure(exc, host, port)) from exc


def _bind_failure(exc: OSError, host: str, port: int) -> str:
    if exc.errno == errno.EADDRINUSE:
        return (f"port {port} is in use (another `audiodigest serve`?): stop that program or "
                "pick another port with --port")
    if exc.errno == errno.EACCES:
        return f"port {port} needs root: pick a port above 1023 with --port"
    if exc.errno == errno.EADDRNOTAVAIL:
        return (f"{host} is not an address of this machine: give one of its own with --host, "
                "0.0.0.0 for all of them, or 127.0.0.1 for this machine only")
    return f"could not listen on {host} port {port}: {exc.strerror or exc}"


def serve(out_dir: Path, *, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
          on_ready: Callable[[str], None] | None = None,
          access_log: AccessLog | None = None) -> None:
    """Serve `out_dir` until interrupted; `on_ready` gets the base URL phones should use,
    `access_log` one line per request."""
    server = make_server(out_dir, host=host, port=port, access_log=access_log)
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
