"""Fetch web pages and feeds safely: checked redirects, timeouts, size caps, honest User-Agent.

Every hop of a redirect chain is checked (http/https only, optionally no private addresses),
the body is read in chunks and decompressed by us with a bounded output size, so neither a
large response nor a gzip bomb can use more than `FetchLimits.max_bytes` of memory. This
module also turns bytes into text (`decode_text`) for every source, local or remote.

A read timeout alone does not bound a fetch: a server that sends one byte every few seconds
never lets a read time out. Clients made by `make_client` therefore run on a network backend
that gives every connect, read and write only what is left of the fetch's total time, and
that checks the address it actually connected to (a name that resolved to a public address
when `check_url` asked may resolve to a private one a moment later).
"""

from __future__ import annotations

import codecs
import functools
import ipaddress
import re
import socket
import ssl
import time
import unicodedata
import zlib
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import FetchError, SourceError
from ..models import RawDocument

__all__ = [
    "ACCEPTED_MEDIA_TYPES",
    "DEFAULT_LIMITS",
    "USER_AGENT",
    "FetchLimits",
    "check_url",
    "decode_text",
    "fetch",
    "is_private_url",
    "make_client",
    "sniff_binary",
    "text_head",
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
# Share of NUL bytes in one byte position above which unmarked text is taken for UTF-16.
UTF16_NUL_SHARE = 0.3
# ... while the other byte position is almost never NUL (text, not a binary record layout).
UTF16_OTHER_NUL_SHARE = 0.05
# UTF-16 of non-Latin scripts: at least this many NULs (from spaces, digits, line breaks; text
# in an 8-bit encoding or UTF-8 has none), and at most this share of characters that no text
# contains (controls, unassigned) once decoded.
UTF16_MIN_NULS = 2
UTF16_MAX_IMPLAUSIBLE = 0.01
# Share of control characters in decoded text above which the "text" is taken for binary.
MAX_CONTROL_SHARE = 0.02
SNIFF_BYTES = 4096


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
    own = client is None
    http = client or make_client(limits)
    deadline = time.monotonic() + limits.total_timeout
    deadline_token = _DEADLINE.set(deadline)
    private_token = _ALLOW_PRIVATE.set(allow_private)
    current = url
    try:
        for _hop in range(limits.max_redirects + 1):
            check_url(current, allow_private=allow_private)
            doc, location = _fetch_once(http, current, limits, deadline, source or url,
                                        media_types)
            if doc is not None:
                return doc
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


def _fetch_once(
    http: httpx.Client, url: str, limits: FetchLimits, deadline: float, source: str,
    media_types: frozenset[str] | None = None,
) -> tuple[RawDocument | None, str | None]:
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT_HEADER, "Accept-Encoding": "gzip, deflate"}
    try:
        with http.stream("GET", url, headers=headers) as resp:
            if resp.status_code in REDIRECT_STATUSES:
                location = resp.headers.get("location")
                if not location:
                    raise FetchError(f"{url} redirects without saying where (HTTP {resp.status_code})", url)
                return None, location
            if resp.status_code >= 400:
                raise FetchError(
                    f"could not fetch {url}: HTTP {resp.status_code} {resp.reason_phrase}; "
                    "check the address or try again later",
                    url,
                )
            media, charset = _media_type(resp.headers.get("content-type", ""))
            if media_types is not None:
                if media not in media_types:
                    raise FetchError(f"{url} serves {media or 'no media type'}, not one of "
                                     f"{', '.join(sorted(media_types))}", url)
            elif media and (media in NOT_ARTICLE_TEXT_TYPES or (
                    media not in ACCEPTED_MEDIA_TYPES and not media.startswith("text/"))):
                raise FetchError(
                    f"{url} serves {media}, not a web page, text or feed; give the article's page instead",
                    url,
                )
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes:
                raise FetchError(_too_large(url, limits), url)
            decoder = _Decoder(resp.headers.get("content-encoding", "").strip().lower())
            body = bytearray()
            raw_count = 0
            for chunk in resp.iter_raw():  # as it arrives, so the deadline is checked often
                raw_count += len(chunk)
                if raw_count > limits.max_bytes:
                    raise FetchError(_too_large(url, limits), url)
                body += decoder.feed(chunk, limits.max_bytes - len(body))
                if len(body) > limits.max_bytes:
                    raise FetchError(_too_large(url, limits) + " after decompression", url)
                if time.monotonic() > deadline:
                    raise FetchError(_timed_out(url, limits), url)
            decoder.finish()
            final_url = str(resp.url)
    except httpx.TimeoutException as exc:
        raise FetchError(_timed_out(url, limits), url) from exc
    except httpx.InvalidURL as exc:  # a client not made by make_client met a bad Location
        raise FetchError(f"refused to follow {url[:200]}: it redirects to an address that is "
                         f"not a valid http(s) URL ({exc})", url) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"could not fetch {url}: {exc}; check the address and your connection", url) from exc
    return (
        RawDocument(
            source=source,
            content=bytes(body),
            media_type=media or "application/octet-stream",
            url=final_url,
            fetched_at=datetime.now(UTC),
            encoding=charset,
        ),
        None,
    )


def _too_large(url: str, limits: FetchLimits) -> str:
    return f"refused {url}: the response is larger than {limits.max_bytes // (1024 * 1024)} MB"


def _timed_out(url: str, limits: FetchLimits) -> str:
    return (
        f"timed out fetching {url} (limits: {limits.connect_timeout:g} s to connect, "
        f"{limits.read_timeout:g} s per read, {limits.total_timeout:g} s in all); try again later"
    )


# ----------------------------------------------------------------------------- bytes -> text

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "gzip-compressed data"), (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"), (b"ID3", "an MP3 file"), (b"OggS", "an Ogg file"),
    (b"\x7fELF", "a program"), (b"MZ", "a program"), (b"fLaC", "a FLAC file"),
    (b"\x00\x00\x01\x00", "an icon"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Declared charsets never believed: UTF-7 hides markup in "+ADw-" (browsers dropped it), and
# the multi-byte EBCDIC-like codecs Python knows are not how any page is written.
_UNTRUSTED_DECLARATIONS = frozenset({"utf-7", "utf_7", "cp037", "cp500", "cp1140", "cp273"})
# Declared charsets that are often wrong about UTF-8 content: try UTF-8 first for these.
_WEAK_DECLARATIONS = frozenset({"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"})


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format `data` starts with ("a PNG image"), or None if it may be text."""
    head = data[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head[:4] == b"RIFF" and data[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        return "a RIFF media file"
    if data[4:8] == b"ftyp":
        return "an MP4/HEIF media file"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when unmarked bytes read as UTF-16 text, else None.

    Latin text in UTF-16 has a NUL in every other byte. Other scripts do not (Cyrillic is
    0x04xx, CJK 0x4E00-0x9FFF), but their spaces, digits and line breaks still give a few
    NULs, and the right byte order then decodes cleanly (few unassigned or control
    characters) into few Unicode blocks. 8-bit text and UTF-8 have no NULs; binary data
    decodes into controls and unassigned characters.
    """
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) / len(odd) > UTF16_NUL_SHARE and even.count(0) < len(even) * UTF16_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even.count(0) / len(even) > UTF16_NUL_SHARE and odd.count(0) < len(odd) * UTF16_OTHER_NUL_SHARE:
        return "utf-16-be"
    if even.count(0) + odd.count(0) < UTF16_MIN_NULS:
        return None
    best: tuple[int, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec, errors="strict")
        except UnicodeDecodeError:
            try:  # the sample may end inside a surrogate pair
                text = sample[:-2].decode(codec, errors="strict")
            except UnicodeDecodeError:
                continue
        if _implausible_share(text) > UTF16_MAX_IMPLAUSIBLE:
            continue
        # Text in one script uses few 256-character blocks; the byte-swapped reading scatters.
        spread = len({ord(ch) >> 8 for ch in text})
        if best is None or spread < best[0]:
            best = (spread, codec)
    return best[1] if best else None


def text_head(data: bytes, limit: int = SNIFF_BYTES) -> str:
    """The first `limit` bytes as text, for telling a document's kind (lenient: a guess).

    Follows the byte-order mark or the UTF-16 layout when there is one, else reads UTF-8
    leniently, so an HTML page saved as UTF-16 is still recognised as HTML.
    """
    head = data[:limit]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head.decode(codec, errors="ignore")
    utf16 = _utf16_without_bom(head)
    return head.decode(utf16 or "utf-8", errors="ignore")


def _implausible_share(text: str) -> float:
    """Share of characters no text is made of: controls, unassigned, private use, surrogates."""
    if not text:
        return 1.0
    bad = sum(1 for ch in text if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return bad / len(text)


def _too_many_controls(text: str) -> bool:
    sample = text[:SNIFF_BYTES * 4]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v" or ch == "\x7f")
    return controls / len(sample) > MAX_CONTROL_SHARE


def _normalise_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None, *, source: str = "the input") -> tuple[str, str]:
    """Decode `data` to text; return (text, encoding used).

    Order: a byte-order mark; a declared charset (UTF-8 is tried first when the declaration is
    Latin-1/ASCII/Windows-1252, which servers often get wrong); UTF-16 without a BOM; strict
    UTF-8; then charset-normalizer. Binary data and text whose encoding cannot be told raise
    SourceError.
    """
    kind = sniff_binary(data)
    if kind:
        raise SourceError(f"{source} is {kind}, not text: give a web page, text, Markdown or feed", source)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise SourceError(f"{source} starts with a {codec} byte-order mark but is not "
                                  f"{codec}: {exc}", source) from exc
    candidates: list[str] = []
    declared_codec = _normalise_charset(declared)
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if declared_codec in _UNTRUSTED_DECLARATIONS or (
            declared_codec in ("utf-16", "utf-16-le", "utf-16-be") and not utf16):
        declared_codec = None  # UTF-7 smuggles markup; "UTF-16" over bytes that are not
    if declared_codec in _WEAK_DECLARATIONS or declared_codec in ("iso8859-1", "latin_1"):
        candidates += ["utf-8", "cp1252"]
    elif declared_codec:
        candidates.append(declared_codec)
    if utf16:
        candidates.append(utf16)
    candidates.append("utf-8")
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _too_many_controls(text):
            return text, name
    if b"\x00" in data[:SNIFF_BYTES]:
        raise SourceError(f"{source} looks like a binary file, not text: give a web page, text, "
                          "Markdown or feed", source)
    return _detect(data, source)


# Share of letters written with non-ASCII bytes above which an 8-bit text is not Western European.
NON_LATIN_SHARE = 0.5
# Share of non-ASCII characters that must be plausible for the Windows-1251/1252 reading to win.
PLAUSIBLE_SHARE = 0.98
_WESTERN_SYMBOLS = frozenset("«»‘’‚“”„–—…€£¥©®°±·×÷¡¿§¶ºª†‡•™\u00a0")


def _eight_bit(data: bytes) -> str | None:
    """Windows-1252 or Windows-1251 when the bytes read plausibly as one of them."""
    sample = data[: 512 * 1024]
    high = sum(1 for b in sample if b >= 0x80)
    letters = high + sum(1 for b in sample if 65 <= (b | 0x20) <= 122 and (b | 0x20) >= 97)
    if not letters:
        return None
    if high / letters > NON_LATIN_SHARE:
        # Mostly non-Latin letters: let charset-normalizer rank, preferring Windows-1251 on a tie.
        from charset_normalizer import from_bytes

        matches = list(from_bytes(sample))
        if not matches:
            return None
        least = min(m.chaos for m in matches)
        calm = [m for m in matches if m.chaos <= least]
        top = max(m.coherence for m in calm)
        names = [m.encoding for m in calm if m.coherence >= top]
        return "cp1251" if "cp1251" in names else names[0]
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    ok = sum(1 for c in non_ascii if c.isalpha() or c in _WESTERN_SYMBOLS)
    return "cp1252" if not non_ascii or ok / len(non_ascii) >= PLAUSIBLE_SHARE else None


def _detect(data: bytes, source: str) -> tuple[str, str]:
    guess = _eight_bit(data)
    if guess:
        return data.decode(guess), guess
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 512 * 1024]).best()
    if best is None or best.encoding is None:
        raise SourceError(
            f"could not tell the text encoding of {source}; save it as UTF-8 and try again", source
        )
    name = best.encoding
    if name in ("latin_1", "iso8859_1", "ascii"):
        name = "cp1252"  # as browsers do: Windows-1252 is the superset people actually write
    try:
        text = data.decode(name)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(best.encoding, errors="replace")
        name = best.encoding
    if _too_many_controls(text):
        raise SourceError(f"{source} looks like a binary file, not text: give a web page, text, "
                          "Markdown or feed", source)
    return text, codecs.lookup(name).name
