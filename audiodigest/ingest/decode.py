"""Bytes -> text for every source, local or remote: binary sniffing, byte-order marks, charsets.

Declared and detected charsets (UTF-16 without a BOM, Windows-1252/1251), and `text_head` for
telling a document's kind from its first bytes. No network here: `http.py` fetches, this module
reads.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import SourceError

__all__ = ["SNIFF_BYTES", "decode_text", "sniff_binary", "text_head"]

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
