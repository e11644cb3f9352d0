"""Shared pytest fixtures: a real local web server for tests that fetch, and paths to fixtures."""

from __future__ import annotations

import gzip
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

# test_follow.py's live news site (NewsSite, Item, serving) serves the interrupt tests too, which
# import it by name: its folder must be importable however the run is started
sys.path.insert(0, str(Path(__file__).parent / "follow"))

FIXTURES = Path(__file__).parent / "fixtures"
SITE_DIR = FIXTURES / "site"
SHARED = Path(__file__).resolve().parents[2] / "shared"
"""The workplace's shared folder (corpus, benchmarks), beside the repository."""

# Seconds the /slow route waits before answering: longer than any test's read timeout.
SLOW_SECONDS = 3.0
# Size of the /gzip-bomb body once decompressed.
BOMB_BYTES = 8 * 1024 * 1024
# /gzip-bomb-big: past the 20 MB fetch cap once decompressed, about 64 KB as sent.
BIG_BOMB_BYTES = 64 * 1024 * 1024
# /huge: a chunked body with no Content-Length, bigger than the 20 MB fetch cap.
HUGE_BYTES = 24 * 1024 * 1024
# /drip and /drip-headers send one byte this often: never a read timeout, never done.
DRIP_INTERVAL_S = 0.1
# ... for at most this long, so a test that fails does not leave the server busy forever.
DRIP_MAX_S = 15.0


def _send(handler: SimpleHTTPRequestHandler, status: int, body: bytes = b"",
          headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def _slow(handler: SimpleHTTPRequestHandler) -> None:
    time.sleep(SLOW_SECONDS)
    _send(handler, 200, b"<p>late</p>", {"Content-Type": "text/html"})


def _bomb(handler: SimpleHTTPRequestHandler) -> None:
    body = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
    _send(handler, 200, body, {"Content-Type": "text/html", "Content-Encoding": "gzip"})


_BIG_BOMB: list[bytes] = []


def _big_bomb(handler: SimpleHTTPRequestHandler) -> None:
    if not _BIG_BOMB:  # made once per session, on first use (about 0.2 s)
        _BIG_BOMB.append(gzip.compress(b"\0" * BIG_BOMB_BYTES, compresslevel=6))
    _send(handler, 200, _BIG_BOMB[0], {"Content-Type": "text/html", "Content-Encoding": "gzip"})


def _huge(handler: SimpleHTTPRequestHandler) -> None:
    """A chunked page that never says how long it is and goes on past the cap."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    block = b"<p>" + b"word " * 13_000 + b"</p>\n"
    try:
        sent = 0
        while sent < HUGE_BYTES:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
            sent += len(block)
        handler.wfile.write(b"0\r\n\r\n")
    except OSError:
        pass  # the client stopped reading at its cap, as it should
    handler.close_connection = True


def _drip(headers_too: bool) -> Callable[[SimpleHTTPRequestHandler], None]:
    """A server that sends one byte at a time: each read succeeds, the response never ends."""

    def route(handler: SimpleHTTPRequestHandler) -> None:
        wfile = handler.wfile
        try:
            if headers_too:
                wfile.write(b"HTTP/1.1 200 OK\r\nX-Drip: ")
            else:
                wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                            b"Content-Length: 100000\r\n\r\n<p>")
            wfile.flush()
            end = time.monotonic() + DRIP_MAX_S
            while time.monotonic() < end:
                wfile.write(b"a")
                wfile.flush()
                time.sleep(DRIP_INTERVAL_S)
        except OSError:
            pass  # the client gave up, as it should
        handler.close_connection = True

    return route


def _hops(handler: SimpleHTTPRequestHandler) -> None:
    """/hops?n=N redirects N times in all (to /hops?n=N-1, ...), the last time to the article."""
    n = int(handler.path.split("n=", 1)[1]) if "n=" in handler.path else 0
    target = f"/hops?n={n - 1}" if n > 1 else "/article.html"
    _send(handler, 302, headers={"Location": target})


def _redirect(target: str) -> Callable[[SimpleHTTPRequestHandler], None]:
    return lambda handler: _send(handler, 302, headers={"Location": target})


ROUTES: dict[str, Callable[[SimpleHTTPRequestHandler], None]] = {
    "/slow": _slow,
    "/gzip-bomb": _bomb,
    "/server-error": lambda h: _send(h, 500, b"oops", {"Content-Type": "text/plain"}),
    "/image.png": lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"}),
    "/ua": lambda h: _send(h, 200, (h.headers.get("User-Agent") or "").encode(), {"Content-Type": "text/plain"}),
    "/moved": _redirect("/article.html"),
    "/to-file": _redirect("file:///etc/passwd"),
    "/loop": _redirect("/loop"),
    "/to-ftp": _redirect("ftp://127.0.0.1/article.html"),
    "/to-data": _redirect("data:text/html,<p>Injected article text</p>"),
    "/to-javascript": _redirect("javascript:alert(document.domain)"),
    "/hops": _hops,
    "/huge": _huge,
    "/gzip-bomb-big": _big_bomb,
    "/drip": _drip(headers_too=False),
    "/drip-headers": _drip(headers_too=True),
    "/script.js": lambda h: _send(h, 200, b"document.write('<p>hello</p>');",
                                  {"Content-Type": "text/javascript"}),
    "/report.pdf": lambda h: _send(h, 200, b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", {"Content-Type": "application/pdf"}),
    "/png-as-html": lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
                                    {"Content-Type": "text/html"}),
    "/latin1": lambda h: _send(h, 200, "<html><body><p>Café déjà vu</p></body></html>".encode("latin-1"),
                               {"Content-Type": "text/html; charset=iso-8859-1"}),
}
"""Special paths answered in code; everything else is a file under tests/fixtures/site/.
Tests may add routes of their own under a path no one else uses (see test_hostile_*.py)."""

REQUESTS: list[str] = []
"""Every path the server was asked for, in order: tests check what was never fetched."""


class _Handler(SimpleHTTPRequestHandler):
    def do_GET(self) -> None:
        REQUESTS.append(self.path)
        route = ROUTES.get(self.path.split("?", 1)[0])
        if route is not None:
            route(self)
            return
        super().do_GET()

    def do_HEAD(self) -> None:  # routes answer HEAD too (_send leaves the body out)
        REQUESTS.append(self.path)
        route = ROUTES.get(self.path.split("?", 1)[0])
        if route is not None:
            route(self)
            return
        super().do_HEAD()

    def guess_type(self, path: str | Path) -> str:
        if str(path).endswith(".xml"):
            return "application/rss+xml"
        return super().guess_type(path)

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="session")
def site() -> Iterator[str]:
    """Base URL ("http://127.0.0.1:PORT") of a local server for tests/fixtures/site/ and ROUTES."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(SITE_DIR)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder beside the repository; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not there")
    return SHARED


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
                          ) -> None:
    """No installed engine plugins, and a segment cache of the test session's own."""
    monkeypatch.setenv("AUDIODIGEST_NO_PLUGINS", "1")
    if "AUDIODIGEST_CACHE_DIR" not in __import__("os").environ:
        monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Under CI a skip is a failure: a missing tool or shared file must not pass silently."""
    outcome = yield
    report = outcome.get_result()
    if (__import__("os").environ.get("CI") and report.skipped
            and not hasattr(report, "wasxfail")):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI, which must have everything: {report.longrepr}"


# ----------------------------------------------------------------------------- no process left

SESSION_MARK = "AUDIODIGEST_TEST_SESSION"
"""Set in this session's environment, so every process it starts (CLI runs, multiprocessing's
forkserver and resource tracker, synthesis workers) carries it and can be told apart from
another session's, or another checkout's, on the same machine."""
LEFTOVER_GRACE_S = 5.0
"""How long processes that are on their way out (a killed run's helpers) get to go."""
_HELPER_SIGNS = ("multiprocessing.forkserver", "multiprocessing.resource_tracker",
                 "-m audiodigest")


def pytest_sessionstart(session: pytest.Session) -> None:
    import os
    import uuid

    os.environ[SESSION_MARK] = f"{os.getpid()}-{uuid.uuid4().hex}"


def _leftovers() -> list[tuple[int, int, str]]:
    """(pid, ppid, command) of this session's processes that outlived their run: ours by the
    session mark, a helper or CLI run by their command line, orphaned (parent 1) or still
    hanging on to this process."""
    import os
    import sys

    me, mark = os.getpid(), os.environ.get(SESSION_MARK, "").encode()
    signs = (*_HELPER_SIGNS, sys.prefix)
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            marked = mark and mark in (entry / "environ").read_bytes()
        except OSError:
            continue  # gone meanwhile, or not ours to read
        ppid = int(fields[1])
        if fields[0] != "Z" and marked and ppid in (1, me) and any(s in command for s in signs):
            found.append((int(entry.name), ppid, command.strip()))
    return found


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if a process it started is still there (after LEFTOVER_GRACE_S): every
    worker pool, forkserver and resource tracker must end with the run that needed it, even
    a killed one. What is found is listed, then killed, so it does not outlive the session."""
    judge = sys.modules.get("espeak_judge")
    if judge is not None:
        judge.stop()  # the phoneme worker lives as long as the tests that judge by phonemes
    import os
    import signal

    deadline = time.monotonic() + LEFTOVER_GRACE_S
    while (left := _leftovers()) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not left:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"{len(left)} process(es) outlived their run (pid, parent, command):",
             *(f"  {pid} {ppid} {command[:200]}" for pid, ppid, command in left)]
    if reporter is not None:
        reporter.ensure_newline()
    for line in lines:
        if reporter is not None:
            reporter.write_line(line, red=True)
        else:
            print(line)
    for pid, _ppid, _command in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
