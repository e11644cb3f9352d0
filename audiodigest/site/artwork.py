"""Show and episode artwork: generate a cover, check a given one, square an article's image.

Apple Podcasts rejects a show whose artwork is not a square RGB JPEG or PNG between 1400 and
3000 px, and NPR One/Spotify want it under 512 KiB. A show with no artwork still needs one, so a
cover is drawn from the show's title; an article's lead image becomes the episode's image only
after it has been decoded, flattened to RGB and cropped to a square of the same size rules.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from ..errors import FeedError
from ..settings import ARTWORK_MAX_PX, ARTWORK_MIN_PX, check_artwork

__all__ = [
    "ARTWORK_MAX_PX",
    "ARTWORK_MIN_PX",
    "COVER_PX",
    "EPISODE_IMAGE_MIN_SOURCE_PX",
    "check_artwork",
    "cover_lines",
    "episode_image",
    "make_cover",
]

COVER_PX = 1400
"""Generated covers use the smallest accepted size: smallest file, accepted everywhere."""
EPISODE_IMAGE_PX = 1400
EPISODE_IMAGE_MIN_SOURCE_PX = 400
"""A lead image whose short side is below this would be a blur once enlarged to 1400 px."""
MAX_SOURCE_PIXELS = 40_000_000
"""Refuse larger images before decoding them: a decompression bomb would exhaust memory."""
MAX_BYTES = 512 * 1024
"""NPR One and Spotify ask for artwork no larger than 512 KiB."""
JPEG_QUALITIES = (88, 80, 72, 64, 56)
"""Tried in order until the JPEG fits MAX_BYTES."""

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TITLE_FONT = "DejaVuSans-Bold.ttf"
_LABEL_FONT = "DejaVuSans.ttf"
_MARGIN_PX = 120
_LABEL = "audiodigest"
_TITLE_SIZES = (180, 150, 124, 104, 88, 72, 60)
_LINE_SPACING = 1.1
_TITLE_BOX_PX = COVER_PX - 2 * _MARGIN_PX - 240
"""Height left for the title between the accent bar and the label."""


def _font(name: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu when installed (Debian: fonts-dejavu-core), else Pillow's own scalable font."""
    path = _FONT_DIR / name
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


def _palette(title: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """Two dark colours derived from the title, so each show gets its own stable cover."""
    digest = hashlib.sha256(title.encode("utf-8")).digest()
    top = (30 + digest[0] % 60, 40 + digest[1] % 70, 70 + digest[2] % 90)
    bottom = (10 + digest[3] % 30, 15 + digest[4] % 35, 30 + digest[5] % 50)
    return top, bottom


def _line_height(font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> int:
    ascent, descent = font.getmetrics() if isinstance(font, ImageFont.FreeTypeFont) else (60, 15)
    return int((ascent + descent) * _LINE_SPACING)


def _lines_at(draw: ImageDraw.ImageDraw, words: list[str], font: ImageFont.FreeTypeFont
             | ImageFont.ImageFont, width: int) -> list[str] | None:
    """`words` wrapped at spaces to lines no wider than `width` (measured in `font`), or None
    when a word alone is wider: a word is never broken."""
    lines: list[str] = []
    for word in words:
        if draw.textlength(word, font=font) > width:
            return None
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def cover_lines(title: str) -> tuple[list[str], int]:
    """The title's lines on the cover and the font size: the largest size at which every line,
    wrapped at spaces, fits the title box; below the smallest listed size the font shrinks until
    the longest word fits. A title too long even then keeps the lines that fit and ends in "…"."""
    draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    words = " ".join(title.split()).split(" ") or [""]
    width, height = COVER_PX - 2 * _MARGIN_PX, _TITLE_BOX_PX
    size = _TITLE_SIZES[-1]
    for size in _TITLE_SIZES:
        font = _font(_TITLE_FONT, size)
        lines = _lines_at(draw, words, font, width)
        if lines is not None and len(lines) * _line_height(font) <= height:
            return lines, size
    font = _font(_TITLE_FONT, size)
    longest = max(draw.textlength(w, font=font) for w in words)
    if longest > width:
        size = max(8, int(size * width / longest))
        font = _font(_TITLE_FONT, size)
    lines = _lines_at(draw, words, font, width) or [title]
    fit = max(1, height // _line_height(font))
    if len(lines) > fit:
        lines = lines[:fit]
        last = lines[-1]
        while last and draw.textlength(last + "\u2026", font=font) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        lines[-1] = last + "\u2026"
    return lines, size


def _encode_jpeg(image: Image.Image) -> bytes:
    """Baseline RGB JPEG, quality lowered step by step until it fits MAX_BYTES."""
    data = b""
    for quality in JPEG_QUALITIES:
        buf = io.BytesIO()
        image.save(buf, "JPEG", quality=quality, optimize=True)
        data = buf.getvalue()
        if len(data) <= MAX_BYTES:
            break
    return data


@lru_cache(maxsize=4)
def make_cover(title: str) -> bytes:
    """A COVER_PX square RGB JPEG showing the show's title over a gradient of its own colours.

    Drawn once per title and process: `follow` publishes many episodes in one run, and each
    needs the cover for its ID3 tag and the site (about 30 ms a drawing).
    """
    top, bottom = _palette(title)
    gradient = Image.linear_gradient("L").resize((COVER_PX, COVER_PX))
    image = Image.composite(Image.new("RGB", gradient.size, bottom),
                            Image.new("RGB", gradient.size, top), gradient)
    draw = ImageDraw.Draw(image)
    lines, size = cover_lines(" ".join(title.split()) or "Podcast")
    font = _font(_TITLE_FONT, size)
    line_height = _line_height(font)
    y = (COVER_PX - line_height * len(lines)) // 2
    for line in lines:
        draw.text((_MARGIN_PX, y), line, font=font, fill=(255, 255, 255))
        y += line_height
    draw.rectangle((_MARGIN_PX, _MARGIN_PX, _MARGIN_PX + 160, _MARGIN_PX + 14), fill=(255, 200, 60))
    draw.text((_MARGIN_PX, COVER_PX - _MARGIN_PX - 60), _LABEL, font=_font(_LABEL_FONT, 56),
              fill=(220, 220, 230))
    return _encode_jpeg(image)


def episode_image(data: bytes) -> bytes:
    """Turn an article's lead image into an EPISODE_IMAGE_PX square RGB JPEG (centre crop).

    Raises FeedError when the bytes are not an image, are too large to decode safely, or are
    too small to enlarge; the pipeline then publishes the episode without its own image.
    """
    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            if width * height > MAX_SOURCE_PIXELS:
                raise FeedError(f"article image is {width}x{height}, too large to process")
            if min(width, height) < EPISODE_IMAGE_MIN_SOURCE_PX:
                raise FeedError(f"article image is {width}x{height}; at least "
                                f"{EPISODE_IMAGE_MIN_SOURCE_PX} px on its short side is needed")
            probe.load()
            image = ImageOps.exif_transpose(probe)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as exc:
        raise FeedError(f"article image is not a readable image ({exc})") from exc
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    else:
        image = image.convert("RGB")
    square = ImageOps.fit(image, (EPISODE_IMAGE_PX, EPISODE_IMAGE_PX), Image.Resampling.LANCZOS)
    return _encode_jpeg(square)
