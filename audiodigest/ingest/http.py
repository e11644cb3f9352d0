"""The product's one HTTP client: every page, feed, image and checked URL is fetched here.

Every hop of a redirect chain is checked (http/https only, optionally no private addresses),
the body is read in chunks and decompressed by us with a bounded output size, so neither a
large response nor a gzip bomb can use more than `FetchLimits.max_bytes` of memory. Every
request carries the same User-Agent. `fetch` gets a document (a page or a feed),
`fetch_if_changed` the same with a conditional GET (ETag / Last-Modified), and `request` any
answer at all (status, headers, at most a given number of body bytes) for `audiodigest check`.
Turning the bytes into text is `decode.py`'s job.

A read timeout alone does not bound a fetch: a server that sends one byte every few seconds
never lets a read time out. Clients made by `make_client` therefore run on a network backend
that gives every connect, read and write only what is left of the fetch's total time, and
that checks the address it actually connected to (a name that resolved to a public address
when `check_url` asked may resolve to a private one a moment later).
"""

from __future__ import annotations

import functools
import ipaddress
import re
import socket
import ssl
import time
import zlib
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import FetchError
from ..models import RawDocument

__all__ = [
    "ACCEPTED_MEDIA_TYPES",
    "DEFAULT_LIMITS",
    "USER_AGENT",
    "Conditional",
    "FetchLimits",
    "Reply",
    "Validators",
    "check_url",
    "fetch",
    "fetch_if_changed",
    "is_private_url",
    "make_client",
    "request",
]


def _version() -> str:
    try:
        return metadata.version("audiodigest")
    except metadata.PackageNotFoundError:  # running from a source tree that is not installed
        return "0"


USER_AGENT = f"audiodigest/{_version()} (+https://github.com/audiodigest)"
ALLOWED_SCHEMES = frozenset({"http", "https"})
ACCEPTED_MEDIA_TYPES = frozenset({
    "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
    "text/xml", "application/octet-stream",  # octet-stream: often a misconfigured server; sniffed
})
NOT_ARTICLE_TEXT_TYPES = frozenset({
    "text/javascript", "text/ecmascript", "text/css", "text/csv", "text/tab-separated-values",
    "text/calendar", "text/vcard", "text/x-vcard", "text/vtt", "text/event-stream",
})
"""text/* types that are code or data, never an article: refused like an image would be."""
ACCEPT_HEADER = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long and how much one fetch may take."""

    connect_timeout: float = 10.0
    """Seconds to open the connection."""
    read_timeout: float = 20.0
    """Seconds to wait for any one chunk of the response."""
    total_timeout: float = 60.0
    """Seconds for the whole fetch, redirects included."""
    max_bytes: int = 20 * 1024 * 1024
    """Cap on the body, both as sent and after decompression."""
    max_redirects: int = 5


DEFAULT_LIMITS = FetchLimits()


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified)


def check_url(url: str, *, allow_private: bool = True) -> str:
    """Return `url` if it may be fetched, else raise FetchError saying why not."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number or out of range raises here
    except ValueError as exc:
        raise FetchError(f"refused to fetch {url[:200]}: it is not a valid URL ({exc})", url) from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(
            f"refused to fetch {url[:200]}: only http and https URLs are fetched, not {scheme or 'a relative'}:",
            url,
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"refused to fetch {url[:200]}: the URL names no host", url)
    try:
        httpx.URL(url)
        host.encode("idna")
    except (httpx.InvalidURL, UnicodeError) as exc:
        raise FetchError(f"refused to fetch {url[:200]}: it is not a valid URL ({exc})", url) from exc
    if allow_private:
        return url
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, parts.port or 443, proto=socket.IPPROTO_TCP)
        except (socket.gaierror, UnicodeError) as exc:
            raise FetchError(f"could not resolve {host}: {exc}; check the address", url) from exc
        addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    for ip in addresses:
        if not _is_public(ip):
            raise FetchError(
                f"refused to fetch {url[:200]}: {host} is a private, loopback or link-local "
                f"address ({ip}); allow private addresses in the show settings to fetch it",
                url,
            )
    return url


def is_private_url(url: str) -> bool:
    """True when `url`'s host is (or resolves to) a loopback, link-local or private address.

    For `follow`: a feed that is itself on a private address may link to its neighbours.
    A host that does not resolve counts as not private (fetching it will fail anyway).
    """
    host = urlsplit(url).hostname
    if not host:
        return False
    try:
        check_url(f"http://{host}/" if ":" not in host else f"http://[{host}]/", allow_private=False)
    except FetchError as exc:
        return "private" in str(exc)
    return False


_DEADLINE: ContextVar[float | None] = ContextVar("audiodigest_fetch_deadline", default=None)
"""time.monotonic() by which the fetch running in this context must be over (None: no limit)."""
_ALLOW_PRIVATE: ContextVar[bool] = ContextVar("audiodigest_fetch_allow_private", default=True)
"""Whether the fetch running in this context may connect to a private address."""


def _time_left(timeout: float | None) -> float | None:
    """`timeout` cut to what is left of the fetch's total time; ReadTimeout once none is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch's total time limit is over")
    return left if timeout is None else min(timeout, left)


class _GuardedStream(httpcore.NetworkStream):
    """A connection whose every read and write gets at most the fetch's remaining time."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _GuardedStream(self._inner.start_tls(ssl_context, server_hostname,
                                                    _time_left(timeout)))

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """TCP connections bounded by the fetch's total time and checked for private peers."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None,
                    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(host, port, _time_left(timeout), local_address,
                                         socket_options)
        if not _ALLOW_PRIVATE.get():
            sock = stream.get_extra_info("socket")
            peer = sock.getpeername()[0] if sock is not None else None
            if peer is not None and not _is_public(ipaddress.ip_address(str(peer).split("%")[0])):
                stream.close()
                raise FetchError(
                    f"refused to fetch from {host}: it connected to the private, loopback or "
                    f"link-local address {peer}; allow private addresses in the show settings "
                    "to fetch it", host)
        return _GuardedStream(stream)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None,
                            ) -> httpcore.NetworkStream:
        raise FetchError("audiodigest fetches over TCP only", path)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _check_redirect(response: httpx.Response) -> None:
    """Refuse a redirect out of http(s) before httpx tries to build a request for it (httpx
    cannot even represent `data:` or `javascript:` targets and would raise its own error)."""
    location = response.headers.get("location")
    if response.status_code in REDIRECT_STATUSES and location:
        check_url(urljoin(str(response.request.url), location))


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context per process: loading the CA bundle takes ~10 ms a time."""
    return httpx.create_ssl_context(trust_env=False)


def make_client(limits: FetchLimits | None = None, **kwargs: object) -> httpx.Client:
    """An httpx.Client for `fetch(..., client=...)` that obeys the fetch's total time limit.

    Its connections give each read at most what is left of `limits.total_timeout` (so a server
    dripping one byte at a time cannot hold a fetch open) and refuse to talk to a private
    address when the fetch does not allow it. `kwargs` go to httpx.Client (headers,
    event_hooks, ...); redirects are never followed by the client (`fetch` checks each hop).
    """
    limits = limits or DEFAULT_LIMITS
    transport = httpx.HTTPTransport(verify=_ssl_context(), trust_env=False)
    # httpx offers no public way to choose httpcore's network backend; the pool is rebuilt
    # with the settings HTTPTransport gives it by default. tests/test_hostile_fetch.py's slow
    # drip tests fail if a future httpx stops honouring this.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=_ssl_context(),
        max_connections=httpx.Limits().max_connections,
        max_keepalive_connections=httpx.Limits().max_keepalive_connections,
        keepalive_expiry=httpx.Limits().keepalive_expiry,
        network_backend=_GuardedBackend(),
    )
    options: dict[str, object] = {
        "timeout": httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout),
        "trust_env": False, **kwargs,
    }
    options["follow_redirects"] = False
    given = kwargs.get("event_hooks")
    hooks: dict[str, list[Any]] = {k: list(v) for k, v in given.items()} if isinstance(given, dict) else {}
    hooks["response"] = [_check_redirect, *hooks.get("response", [])]
    options["event_hooks"] = hooks
    return httpx.Client(transport=transport, **options)  # type: ignore[arg-type]


class _Decoder:
    """Content-Encoding decoder whose output per call is bounded."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        if encoding in ("gzip", "x-gzip"):
            self._obj: zlib._Decompress | None = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._obj = zlib.decompressobj()
            self._raw_deflate_tried = False
        elif encoding in ("", "identity"):
            self._obj = None
        else:
            raise FetchError(f"the server sent an unsupported Content-Encoding {encoding!r}")
        self._fed = False
        """Whether the current compressed stream has been given data (it must then end)."""

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`, returning at most `room + 1` bytes (one more means: over the cap).

        A gzip body may be several gzip members one after another (RFC 1952); each is
        decoded in turn, so a bomb cannot hide behind a small first member.
        """
        if self._obj is None:
            return data
        out = bytearray()
        try:
            while data and len(out) <= room:
                self._fed = True
                out += self._obj.decompress(data, room + 1 - len(out))
                data = self._obj.unconsumed_tail
                if self._obj.eof and self.encoding in ("gzip", "x-gzip"):
                    data = self._obj.unused_data + data
                    self._obj = zlib.decompressobj(zlib.MAX_WBITS | 16)
                    self._fed = False
                    if not data.strip(b"\0"):
                        break  # padding after the last member
        except zlib.error as exc:
            if self.encoding == "deflate" and not self._raw_deflate_tried and not out:
                self._raw_deflate_tried = True  # some servers send raw deflate without a header
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data, room)
            raise FetchError(f"the response's {self.encoding} data is corrupt: {exc}") from exc
        return bytes(out)

    def finish(self) -> None:
        """Raise FetchError if the compressed data stopped before its end (cut short or junk)."""
        if self._obj is not None and self._fed and not self._obj.eof:
            raise FetchError(f"the response's {self.encoding} data is corrupt or cut short; "
                             "try again later")


def _media_type(content_type: str) -> tuple[str, str | None]:
    media, _, params = content_type.partition(";")
    charset = None
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", params, re.IGNORECASE)
    if match:
        charset = match.group(1)
    return media.strip().lower(), charset


@dataclass(frozen=True, slots=True)
class Reply:
    """What a server answered, after checked redirects: any status, its headers, the body."""

    url: str
    """The final URL, after redirects."""
    status: int
    headers: httpx.Headers
    content: bytes
    """The body (decompressed), or its first `body_limit` bytes; empty for HEAD and 304."""
    media_type: str
    charset: str | None


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server said to identify a version of a document, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        sent = {}
        if self.etag:
            sent["If-None-Match"] = self.etag
        if self.last_modified:
            sent["If-Modified-Since"] = self.last_modified
        return sent


@dataclass(frozen=True, slots=True)
class Conditional:
    """The answer to a conditional GET."""

    document: RawDocument | None
    """None: the server said 304 Not Modified."""
    url: str
    """The final URL, after redirects."""
    validators: Validators
    """What the server sent this time (on a 304, the ones asked with when it sent none)."""


_Judge = Callable[[httpx.Response, str, str], bool]
"""Looks at a response (and its URL and media type) before its body is read: raises FetchError to
refuse it, returns False when the body is not wanted (a 304)."""


def request(
    url: str,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    allow_private: bool = True,
    limits: FetchLimits = DEFAULT_LIMITS,
    body_limit: int | None = None,
    client: httpx.Client | None = None,
) -> Reply:
    """`method` `url` with the same guards as `fetch`, whatever the status (`check` asks HEAD,
    byte ranges and plain GETs and judges the answers itself).

    `headers` are sent on top of the usual ones (User-Agent, Accept, Accept-Encoding). The body
    is read up to `body_limit` bytes (then the rest is left unread, no error), else up to
    `limits.max_bytes` (more: FetchError). Raises FetchError for a refused URL or redirect, a
    timeout, or a connection that fails.
    """
    return _with_redirects(url, allow_private, limits, client, method, dict(headers or {}),
                           None, body_limit)


def fetch(
    url: str,
    *,
    allow_private: bool = True,
    limits: FetchLimits = DEFAULT_LIMITS,
    source: str | None = None,
    client: httpx.Client | None = None,
    media_types: frozenset[str] | None = None,
) -> RawDocument:
    """GET `url` (following up to `limits.max_redirects` checked redirects) as a RawDocument.

    `media_types` replaces the accepted types (pages, text, feeds), e.g. for images.

    Raises FetchError for a refused URL or redirect, an HTTP error status, a timeout, a body
    over the cap (as sent or decompressed), or a media type that is not a page or a feed.
    """
    reply = _with_redirects(url, allow_private, limits, client, "GET", {},
                            _judge(media_types, not_modified=False), None)
    return _document(reply, source or url)


def fetch_if_changed(
    url: str,
    validators: Validators | None = None,
    *,
    allow_private: bool = True,
    limits: FetchLimits = DEFAULT_LIMITS,
    source: str | None = None,
) -> Conditional:
    """`fetch` as a conditional GET: with `validators` (ETag, Last-Modified) from an earlier
    answer, a server whose document has not changed answers 304 and sends no body."""
    asked = validators or Validators()
    reply = _with_redirects(url, allow_private, limits, None, "GET", asked.headers(),
                            _judge(None, not_modified=True), None)
    got = Validators(reply.headers.get("etag"), reply.headers.get("last-modified"))
    if reply.status == 304:
        return Conditional(None, reply.url, got if got.etag or got.last_modified else asked)
    return Conditional(_document(reply, source or url), reply.url, got)


def _document(reply: Reply, source: str) -> RawDocument:
    return RawDocument(source=source, content=reply.content,
                       media_type=reply.media_type or "application/octet-stream",
                       url=reply.url, fetched_at=datetime.now(UTC), encoding=reply.charset)


def _judge(media_types: frozenset[str] | None, *, not_modified: bool) -> _Judge:
    """What `fetch` accepts: no error status, and a page, text or feed (or `media_types`)."""

    def judge(resp: httpx.Response, where: str, media: str) -> bool:
        if not_modified and resp.status_code == 304:
            return False
        if resp.status_code >= 400:
            raise FetchError(
                f"could not fetch {where}: HTTP {resp.status_code} {resp.reason_phrase}; "
                "check the address or try again later",
                where,
            )
        if media_types is not None:
            if media not in media_types:
                raise FetchError(f"{where} serves {media or 'no media type'}, not one of "
                                 f"{', '.join(sorted(media_types))}", where)
        elif media and (media in NOT_ARTICLE_TEXT_TYPES or (
                media not in ACCEPTED_MEDIA_TYPES and not media.startswith("text/"))):
            raise FetchError(
                f"{where} serves {media}, not a web page, text or feed; give the article's page instead",
                where,
            )
        return True

    return judge


def _with_redirects(url: str, allow_private: bool, limits: FetchLimits,
                    client: httpx.Client | None, method: str, headers: dict[str, str],
                    judge: _Judge | None, body_limit: int | None) -> Reply:
    """One request, its redirects followed and checked hop by hop, within the total time."""
    own = client is None
    http = client or make_client(limits)
    deadline = time.monotonic() + limits.total_timeout
    deadline_token = _DEADLINE.set(deadline)
    private_token = _ALLOW_PRIVATE.set(allow_private)
    current = url
    try:
        for _hop in range(limits.max_redirects + 1):
            check_url(current, allow_private=allow_private)
            reply, location = _exchange(http, current, limits, deadline, method, headers, judge,
                                        body_limit)
            if reply is not None:
                return reply
            current = urljoin(current, location or "")
        raise FetchError(
            f"gave up on {url}: more than {limits.max_redirects} redirects; "
            "open it in a browser to see where it leads",
            url,
        )
    finally:
        _DEADLINE.reset(deadline_token)
        _ALLOW_PRIVATE.reset(private_token)
        if own:
            http.close()


def _exchange(
    http: httpx.Client, url: str, limits: FetchLimits, deadline: float, method: str,
    extra: dict[str, str], judge: _Judge | None, body_limit: int | None,
) -> tuple[Reply | None, str | None]:
    """One hop: (the reply, None), or (None, where it redirects to)."""
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT_HEADER, "Accept-Encoding": "gzip, deflate",
               **extra}
    cap = limits.max_bytes if body_limit is None else min(body_limit, limits.max_bytes)
    try:
        with http.stream(method, url, headers=headers) as resp:
            if resp.status_code in REDIRECT_STATUSES:
                location = resp.headers.get("location")
                if not location:
                    raise FetchError(f"{url} redirects without saying where (HTTP {resp.status_code})", url)
                return None, location
            media, charset = _media_type(resp.headers.get("content-type", ""))
            wanted = judge(resp, url, media) if judge is not None else True
            body = bytearray()
            if wanted and method != "HEAD":
                declared = resp.headers.get("content-length", "")
                if body_limit is None and declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FetchError(_too_large(url, limits), url)
                decoder = _Decoder(resp.headers.get("content-encoding", "").strip().lower())
                raw_count = 0
                for chunk in resp.iter_raw():  # as it arrives, so the deadline is checked often
                    raw_count += len(chunk)
                    if raw_count > limits.max_bytes:
                        raise FetchError(_too_large(url, limits), url)
                    body += decoder.feed(chunk, cap - len(body))
                    if len(body) > cap:
                        if body_limit is not None and body_limit <= limits.max_bytes:
                            del body[body_limit:]
                            break  # what the caller wanted; the rest stays unread
                        raise FetchError(_too_large(url, limits) + " after decompression", url)
                    if time.monotonic() > deadline:
                        raise FetchError(_timed_out(url, limits), url)
                else:
                    decoder.finish()
            return Reply(str(resp.url), resp.status_code, resp.headers, bytes(body), media,
                         charset), None
    except httpx.TimeoutException as exc:
        raise FetchError(_timed_out(url, limits), url) from exc
    except httpx.InvalidURL as exc:  # a client not made by make_client met a bad Location
        raise FetchError(f"refused to follow {url[:200]}: it redirects to an address that is "
                         f"not a valid http(s) URL ({exc})", url) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {exc}; check the address and your connection", url) from exc


def _too_large(url: str, limits: FetchLimits) -> str:
    return f"refused {url}: the response is larger than {limits.max_bytes // (1024 * 1024)} MB"


def _timed_out(url: str, limits: FetchLimits) -> str:
    return (
        f"timed out fetching {url} (limits: {limits.connect_timeout:g} s to connect, "
        f"{limits.read_timeout:g} s per read, {limits.total_timeout:g} s in all); try again later"
    )
