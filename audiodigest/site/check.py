"""Check a podcast feed the way a podcast directory would, before anyone else does.

`publish` runs these checks on the staged feed and refuses to replace the old one when any
fails; `audiodigest check` runs them on a published folder or URL. Resources are found either
in a folder (base URL mapped to the folder, with staged files overlaid) or over HTTP, where the
host must answer HEAD and byte ranges as Apple requires. Returns one line per problem.
"""

from __future__ import annotations

import re
import urllib.parse
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import AudioDigestError, FetchError
from ..ingest.http import FetchLimits, Reply, fetch, request
from ..settings import APPLE_CATEGORIES
from .checkrules import (
    ATOM,
    DESCRIPTION_MAX_BYTES,
    DURATION,
    DURATION_TOLERANCE_S,
    ENCLOSURE_TYPES,
    ITUNES,
    LANGUAGE,
    PODCAST,
    TEXT_CHECKS,
    TRANSCRIPT_TYPES,
    check_chapters,
    check_date,
    check_image,
    is_absolute,
    mp3_duration,
    seconds,
    text_of,
)

__all__ = ["ResourceSource", "check_feed"]

HTTP_TIMEOUT_S = 30.0
FEED_TOTAL_TIMEOUT_FACTOR = 2
"""The feed itself may take this many read timeouts in all (a dripping server ends there)."""
MAX_SMALL_FILE = 16 * 1024 * 1024
"""Artwork, transcripts and chapters larger than this are not read (nor would apps read them)."""
RANGE_PROBE = 100


@dataclass(frozen=True)
class _Fetched:
    data: bytes | None
    """The whole body (None for enclosures over HTTP, which are probed, not downloaded)."""
    size: int
    duration: float | None = None
    """A local MP3 enclosure's duration (None: not a readable MP3), when `measured`."""
    measured: bool = False


class ResourceSource:
    """Finds what a feed URL points to: in overlays, in a folder, or over HTTP.

    Overlays (relative path -> staged file or bytes) win over the folder, so the pipeline can
    check a feed whose new files are not yet moved into the output folder.
    """

    def __init__(self, base_url: str | None, output_dir: Path | None,
                 overlay: Mapping[str, Path | bytes] | None, timeout: float) -> None:
        self.base_url = base_url
        self.output_dir = output_dir
        self.overlay = dict(overlay or {})
        self.local = output_dir is not None or bool(self.overlay)
        self.timeout = timeout

    def _relative(self, url: str) -> str | None:
        if not self.base_url or not url.startswith(self.base_url):
            return None
        rel = urllib.parse.unquote(urllib.parse.urlsplit(url[len(self.base_url):]).path)
        parts = [p for p in rel.split("/") if p]
        if not parts or any(p in (".", "..") for p in parts):
            return None
        return "/".join(parts)

    def fetch(self, url: str, *, enclosure: bool, problems: list[str], where: str) -> _Fetched | None:
        if self.local:
            return self._local(url, problems, where, enclosure)
        return self._http(url, problems, where, enclosure)

    def _local(self, url: str, problems: list[str], where: str, enclosure: bool) -> _Fetched | None:
        rel = self._relative(url)
        if rel is None:
            problems.append(f"{where}: {url} is not under the base URL {self.base_url}, "
                            "so it cannot be checked in the folder")
            return None
        if rel in self.overlay:
            item = self.overlay[rel]
            data = item if isinstance(item, bytes) else Path(item).read_bytes()
            return _Fetched(data, len(data))
        path = self.output_dir / rel if self.output_dir else None
        if path is None or not path.is_file():
            problems.append(f"{where}: {url} not found (looked for {rel} in "
                            f"{self.output_dir or 'the staged files'})")
            return None
        stat = path.stat()
        size = stat.st_size
        if not enclosure and size > MAX_SMALL_FILE:
            problems.append(f"{where}: {url} is {size} bytes, too large")
            return None
        if enclosure and path.suffix.lower() == ".mp3":
            return _Fetched(None, size, _local_mp3_duration(path, size, stat.st_mtime_ns), True)
        return _Fetched(path.read_bytes(), size)

    def _request(self, url: str, method: str = "GET", headers: dict[str, str] | None = None,
                 body_limit: int | None = None) -> Reply:
        """Through ingest's client, as everything the product fetches: checked redirects, a size
        cap and a total time limit, one User-Agent. No compression: sizes and ranges are
        about the file as stored."""
        limits = FetchLimits(connect_timeout=self.timeout, read_timeout=self.timeout,
                             total_timeout=self.timeout * FEED_TOTAL_TIMEOUT_FACTOR,
                             max_bytes=MAX_SMALL_FILE + 1)
        reply = request(url, method=method, headers={"Accept-Encoding": "identity", **(headers or {})},
                        limits=limits, body_limit=body_limit)
        if reply.status >= 400:
            raise FetchError(f"HTTP {reply.status} {_phrase(reply.status)}".rstrip(), url)
        return reply

    def _http(self, url: str, problems: list[str], where: str, enclosure: bool) -> _Fetched | None:
        try:
            head = self._request(url, "HEAD")
        except AudioDigestError as exc:
            problems.append(f"{where}: HEAD {url} failed: {exc}")
            return None
        if head.status != 200:
            problems.append(f"{where}: HEAD {url} answered {head.status}, want 200")
        head_length = head.headers.get("Content-Length")
        if head_length is None or not head_length.isdigit():
            problems.append(f"{where}: HEAD {url} sends no Content-Length")
            return None
        size = int(head_length)
        if enclosure:
            self._probe_ranges(url, size, problems, where)
            return _Fetched(None, size)
        if size > MAX_SMALL_FILE:
            problems.append(f"{where}: {url} is {size} bytes, too large")
            return None
        try:
            data = self._request(url, body_limit=MAX_SMALL_FILE + 1).content
        except AudioDigestError as exc:
            problems.append(f"{where}: GET {url} failed: {exc}")
            return None
        if len(data) != size:
            problems.append(f"{where}: HEAD says {size} bytes but GET {url} gave {len(data)}")
        return _Fetched(data, len(data))

    def _probe_ranges(self, url: str, size: int, problems: list[str], where: str) -> None:
        """Apple refuses hosts without byte ranges; the last byte also proves the length."""
        if size == 0:
            problems.append(f"{where}: {url} is empty")
            return
        for start, end in ((0, min(RANGE_PROBE, size) - 1), (size - 1, size - 1)):
            spec = f"bytes={start}-{end}"
            try:
                reply = self._request(url, headers={"Range": spec}, body_limit=RANGE_PROBE + 1)
            except AudioDigestError as exc:
                problems.append(f"{where}: Range {spec} on {url} failed: {exc}")
                return
            body, status = reply.content, reply.status
            content_range = reply.headers.get("Content-Range", "")
            want = f"bytes {start}-{end}/{size}"
            if status != 206:
                problems.append(f"{where}: Range {spec} on {url} answered {status}, want 206 "
                                "(the host must support byte ranges)")
                return
            if content_range.strip() != want or len(body) != end - start + 1:
                problems.append(f"{where}: Range {spec} on {url} gave Content-Range "
                                f"{content_range!r} and {len(body)} bytes, want {want!r}")
                return


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


_DURATIONS: dict[tuple[str, int, int], float | None] = {}
"""MP3 durations by (path, size, mtime): publishing many episodes in one run checks the whole
feed each time, and an unchanged file need not be read again."""


def _local_mp3_duration(path: Path, size: int, mtime_ns: int) -> float | None:
    key = (str(path), size, mtime_ns)
    if key not in _DURATIONS:
        _DURATIONS[key] = mp3_duration(path.read_bytes())
    return _DURATIONS[key]


def _parse(data: bytes, problems: list[str]) -> Any:
    """Parse without DTDs, entities or network: a feed is input, not instructions."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             dtd_validation=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        problems.append(f"feed: not well-formed XML ({exc})")
        return None


def _load(target: str | Path, timeout: float, problems: list[str]) -> tuple[bytes | None, str | None]:
    text = str(target)
    if isinstance(target, str) and urllib.parse.urlsplit(text).scheme in ("http", "https"):
        # fetch() checks every redirect hop, caps the size (as sent and decompressed) and
        # bounds the total time, as for any document a stranger serves.
        limits = FetchLimits(connect_timeout=timeout, read_timeout=timeout,
                             total_timeout=timeout * FEED_TOTAL_TIMEOUT_FACTOR,
                             max_bytes=MAX_SMALL_FILE)
        try:
            return fetch(text, limits=limits).content, text
        except AudioDigestError as exc:
            problems.append(f"feed: cannot fetch {text}: {exc}")
            return None, text
    if isinstance(target, str) and text.startswith("file://"):
        target = Path(urllib.parse.unquote(urllib.parse.urlsplit(text).path))
    try:
        return Path(target).read_bytes(), None
    except OSError as exc:
        problems.append(f"feed: cannot read {target}: {exc}")
        return None, None


_UTF8_DECLARATION = re.compile(
    rb"^\s*(<\?xml[^>]*encoding=[\"'](utf-8|UTF-8)[\"'][^>]*\?>|<\?xml(?![^>]*encoding)[^>]*\?>|<)")
"""An XML declaration naming UTF-8, or none (which means UTF-8), or no declaration at all."""


def check_feed(target: str | Path, *, output_dir: Path | None = None, base_url: str | None = None,
               overlay: Mapping[str, Path | bytes] | None = None,
               timeout: float = HTTP_TIMEOUT_S) -> list[str]:
    """Every problem a podcast directory would find, one line each; an empty list means OK.

    `target` is a feed file or an http(s) URL. Resources resolve in `overlay` (relative path ->
    staged file or bytes), then `output_dir` (default: the feed file's folder); for a URL with
    neither, over HTTP. `base_url` is the URL prefix of that folder (default: where the feed's
    atom:link rel=self lives).
    """
    problems: list[str] = []
    data, fetched_url = _load(target, timeout, problems)
    if data is None:
        return problems
    if output_dir is None and fetched_url is None:
        local = str(target)
        if local.startswith("file://"):
            local = urllib.parse.unquote(urllib.parse.urlsplit(local).path)
        output_dir = Path(local).resolve().parent
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] != b"<":
        return [f"{target} is not a feed (not XML at all): give the show's feed.xml, its "
                "folder, or its URL"]
    if not _UTF8_DECLARATION.match(data):
        problems.append("feed: XML must be UTF-8 encoded (declare encoding='UTF-8')")
    root = _parse(data, problems)
    if root is None:
        return problems
    if root.tag != "rss" or root.get("version") != "2.0":
        return [*problems, f"feed: root is <{root.tag}>, want <rss version=\"2.0\">"]
    channel = root.find("channel")
    if channel is None:
        return [*problems, "feed: no <channel>"]
    self_link = next((el.get("href") for el in channel.findall(f"{{{ATOM}}}link")
                      if el.get("rel") == "self"), None)
    if base_url is None and self_link:
        base_url = self_link.rsplit("/", 1)[0] + "/"
    elif base_url is not None and not base_url.endswith("/"):
        base_url += "/"
    source = ResourceSource(base_url, output_dir, overlay, timeout)
    _check_channel(channel, self_link, source, problems)
    items = channel.findall("item")
    if not items:
        problems.append("channel: no <item>; directories reject a feed without episodes")
    guids: set[str] = set()
    enclosures: set[str] = set()
    for index, item in enumerate(items):
        title = text_of(item.find("title")) or ""
        where = f"item {index + 1}" + (f" {title[:40]!r}" if title else "")
        _check_item(item, where, source, problems, guids, enclosures)
    return problems


def _check_channel(channel: Any, self_link: str | None, source: ResourceSource,
                   problems: list[str]) -> None:
    where = "channel"
    for tag in ("title", "description", "link", "language"):
        if not text_of(channel.find(tag)):
            problems.append(f"{where}: <{tag}> missing or empty")
    description = text_of(channel.find("description")) or ""
    if len(description.encode("utf-8")) > DESCRIPTION_MAX_BYTES:
        problems.append(f"{where}: <description> is over {DESCRIPTION_MAX_BYTES} bytes")
    language = text_of(channel.find("language"))
    if language and not LANGUAGE.match(language):
        problems.append(f"{where}: language {language!r} is not a code like 'en' or 'en-us'")
    if self_link is None:
        problems.append(f"{where}: <atom:link rel=\"self\"> missing")
    else:
        is_absolute(self_link, where, "atom:link self", problems)
    for tag in ("pubDate", "lastBuildDate"):
        check_date(text_of(channel.find(tag)), f"{where} <{tag}>", problems)
    image = channel.find(f"{{{ITUNES}}}image")
    href = image.get("href") if image is not None else None
    if not href:
        problems.append(f"{where}: <itunes:image href> missing")
    else:
        _check_artwork_url(href, where, source, problems)
    categories = channel.findall(f"{{{ITUNES}}}category")
    if not categories:
        problems.append(f"{where}: <itunes:category> missing")
    for category in categories:
        top = category.get("text")
        if top not in APPLE_CATEGORIES:
            problems.append(f"{where}: {top!r} is not an Apple Podcasts category")
            continue
        for sub in category.findall(f"{{{ITUNES}}}category"):
            if sub.get("text") not in APPLE_CATEGORIES[top]:
                problems.append(f"{where}: {sub.get('text')!r} is not a subcategory of {top!r}")
    explicit = text_of(channel.find(f"{{{ITUNES}}}explicit"))
    if explicit not in ("true", "false"):
        problems.append(f"{where}: <itunes:explicit> is {explicit!r}, want 'true' or 'false'")
    if not text_of(channel.find(f"{{{ITUNES}}}author")):
        problems.append(f"{where}: <itunes:author> missing")
    guid = text_of(channel.find(f"{{{PODCAST}}}guid"))
    if guid is not None:
        try:
            if uuid.UUID(guid).version != 5:
                problems.append(f"{where}: podcast:guid {guid} is not a UUIDv5")
        except ValueError:
            problems.append(f"{where}: podcast:guid {guid!r} is not a UUID")
    locked = text_of(channel.find(f"{{{PODCAST}}}locked"))
    if locked is not None and locked not in ("yes", "no"):
        problems.append(f"{where}: podcast:locked is {locked!r}, want 'yes' or 'no'")


def _check_artwork_url(href: str, where: str, source: ResourceSource, problems: list[str]) -> None:
    if not is_absolute(href, where, "itunes:image", problems):
        return
    fetched = source.fetch(href, enclosure=False, problems=problems, where=where)
    if fetched is not None and fetched.data is not None:
        check_image(fetched.data, href, where, problems)


def _check_item(item: Any, where: str, source: ResourceSource, problems: list[str],
                guids: set[str], enclosures: set[str]) -> None:
    if not text_of(item.find("title")):
        problems.append(f"{where}: <title> missing or empty")
    if not text_of(item.find("description")):
        problems.append(f"{where}: <description> missing or empty")
    guid = text_of(item.find("guid"))
    if not guid:
        problems.append(f"{where}: <guid> missing")
    elif guid in guids:
        problems.append(f"{where}: guid {guid!r} is used by an earlier item")
    else:
        guids.add(guid)
    date = text_of(item.find("pubDate"))
    if date is None:
        problems.append(f"{where}: <pubDate> missing")
    check_date(date, where, problems)
    episode_type = text_of(item.find(f"{{{ITUNES}}}episodeType"))
    if episode_type is not None and episode_type not in ("full", "trailer", "bonus"):
        problems.append(f"{where}: itunes:episodeType {episode_type!r} is not full/trailer/bonus")
    declared = None
    duration_text = text_of(item.find(f"{{{ITUNES}}}duration"))
    if duration_text is not None:
        match = DURATION.match(duration_text)
        if not match:
            problems.append(f"{where}: itunes:duration {duration_text!r} is not seconds or [H:]MM:SS")
        else:
            declared = seconds((match.group(1), match.group(2), match.group(3), None))
    image = item.find(f"{{{ITUNES}}}image")
    if image is not None:
        _check_artwork_url(image.get("href") or "", f"{where} itunes:image", source, problems)
    actual = _check_enclosure(item, where, source, problems, enclosures)
    if actual is not None and declared is not None and abs(actual - declared) > DURATION_TOLERANCE_S:
        problems.append(f"{where}: itunes:duration {declared:g} s but the audio is {actual:.1f} s")
    _check_companions(item, where, source, problems, actual)


def _check_enclosure(item: Any, where: str, source: ResourceSource, problems: list[str],
                     seen: set[str]) -> float | None:
    found = item.findall("enclosure")
    if len(found) != 1:
        problems.append(f"{where}: {len(found)} <enclosure> elements, want exactly 1")
        if not found:
            return None
    enclosure = found[0]
    url, length, kind = enclosure.get("url"), enclosure.get("length") or "", enclosure.get("type")
    if not is_absolute(url, where, "enclosure", problems):
        return None
    assert url is not None
    if url in seen:
        problems.append(f"{where}: enclosure {url} is used by an earlier item")
    seen.add(url)
    suffix = Path(urllib.parse.urlsplit(url).path).suffix.lower()
    if kind not in ENCLOSURE_TYPES:
        problems.append(f"{where}: enclosure type {kind!r} is not one of {', '.join(ENCLOSURE_TYPES)}")
    elif suffix not in ENCLOSURE_TYPES[kind]:
        problems.append(f"{where}: enclosure {url} does not end in {ENCLOSURE_TYPES[kind][0]}")
    if not length.isdigit() or int(length) == 0:
        problems.append(f"{where}: enclosure length {length!r} must be the file's size in bytes")
    fetched = source.fetch(url, enclosure=True, problems=problems, where=where)
    if fetched is None:
        return None
    if length.isdigit() and int(length) != fetched.size:
        problems.append(f"{where}: enclosure length {length} but the file is {fetched.size} bytes")
    if kind != "audio/mpeg" or (fetched.data is None and not fetched.measured):
        return None
    duration = fetched.duration if fetched.measured else mp3_duration(fetched.data or b"")
    if duration is None:
        problems.append(f"{where}: enclosure {url} is not a readable MP3")
    return duration


def _check_companions(item: Any, where: str, source: ResourceSource, problems: list[str],
                      duration: float | None) -> None:
    """podcast:transcript and podcast:chapters: reachable, UTF-8 and well-formed."""
    for transcript in item.findall(f"{{{PODCAST}}}transcript"):
        url, kind = transcript.get("url"), transcript.get("type")
        tw = f"{where} transcript"
        if kind not in TRANSCRIPT_TYPES:
            problems.append(f"{tw}: type {kind!r} is not one of {', '.join(sorted(TRANSCRIPT_TYPES))}")
        if not is_absolute(url, tw, "transcript", problems):
            continue
        text = _fetch_text(source, url or "", tw, problems)
        if text is not None and kind in TEXT_CHECKS:
            TEXT_CHECKS[kind](text, f"{tw} {url}", problems)
    chapters = item.findall(f"{{{PODCAST}}}chapters")
    if len(chapters) > 1:
        problems.append(f"{where}: {len(chapters)} podcast:chapters elements, the spec allows one")
    for element in chapters[:1]:
        url = element.get("url")
        cw = f"{where} chapters"
        if element.get("type") != "application/json+chapters":
            problems.append(f"{cw}: type {element.get('type')!r}, want application/json+chapters")
        if is_absolute(url, cw, "chapters", problems):
            text = _fetch_text(source, url or "", cw, problems)
            if text is not None:
                check_chapters(text, f"{cw} {url}", problems, duration)


def _fetch_text(source: ResourceSource, url: str, where: str, problems: list[str]) -> str | None:
    fetched = source.fetch(url, enclosure=False, problems=problems, where=where)
    if fetched is None or fetched.data is None:
        return None
    try:
        return fetched.data.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(f"{where}: {url} is not UTF-8")
        return None
