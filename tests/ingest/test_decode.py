"""Bytes -> text: byte-order marks, declared and detected charsets, binary refused."""

from __future__ import annotations

import codecs

import pytest

from audiodigest.errors import SourceError
from audiodigest.ingest.decode import decode_text

TEXT = "Café society: naïve déjà vu, «quoted» — 2024."
CYRILLIC = "Новости дня: в городе открыли новую электростанцию, и жители довольны результатом работы."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),  # with BOM
        (TEXT.encode("utf-16-le"), TEXT),
        (TEXT.encode("utf-16-be"), TEXT),
        (TEXT.encode("cp1252"), TEXT),
        ("Caf\u00e9 d\u00e9j\u00e0 vu, na\u00efve".encode("latin-1"), "Café déjà vu, naïve"),
        (CYRILLIC.encode("cp1251"), CYRILLIC),
    ],
)
def test_decode_text_encodings(data: bytes, expected: str) -> None:
    assert decode_text(data)[0] == expected


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)), b"%PDF-1.7\n...", bytes(range(256)) * 8])
def test_binary_refused(data: bytes) -> None:
    with pytest.raises(SourceError, match="not text|binary"):
        decode_text(data, source="blob")


def test_undetectable_encoding_refused() -> None:
    import random

    rng = random.Random(1)
    noise = bytes(rng.randrange(1, 256) for _ in range(5000))  # no NUL, no magic number, no text
    with pytest.raises(SourceError, match="could not tell the text encoding of noise.bin"):
        decode_text(noise, source="noise.bin")
