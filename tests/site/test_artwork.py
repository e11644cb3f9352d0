"""Cover generation, artwork checks and episode images, judged by decoding with Pillow."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from audiodigest.errors import FeedError, SettingsError
from audiodigest.site.artwork import check_artwork, episode_image, make_cover


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_cover_is_a_square_rgb_jpeg_apple_accepts(tmp_path: Path) -> None:
    data = make_cover("A very long show title " * 8)
    image = _open(data)
    assert image.format == "JPEG" and image.mode == "RGB"
    assert image.size[0] == image.size[1] >= 1400
    assert len(data) <= 512 * 1024
    path = tmp_path / "cover.jpg"
    path.write_bytes(data)
    check_artwork(path)  # our own cover passes our own check


def test_covers_differ_by_title() -> None:
    assert make_cover("Morning news") != make_cover("Evening news")
    assert make_cover("Morning news") == make_cover("Morning news")


def _save(tmp_path: Path, name: str, size: tuple[int, int], mode: str = "RGB",
          fmt: str | None = None) -> Path:
    path = tmp_path / name
    Image.new(mode, size).save(path, fmt)
    return path


@pytest.mark.parametrize(
    ("name", "size", "mode", "fmt", "message"),
    [
        ("small.jpg", (1000, 1000), "RGB", "JPEG", "must be between"),
        ("wide.png", (2000, 1400), "RGB", "PNG", "must be square"),
        ("huge.jpg", (3500, 3500), "RGB", "JPEG", "must be between"),
        ("grey.jpg", (1400, 1400), "L", "JPEG", "colour mode is L"),
        ("cmyk.jpg", (1400, 1400), "CMYK", "JPEG", "colour mode is CMYK"),
        ("alpha.png", (1400, 1400), "RGBA", "PNG", "colour mode is RGBA"),
        ("pic.gif", (1400, 1400), "P", "GIF", "must be JPEG or PNG"),
        ("named.png", (1400, 1400), "RGB", "JPEG", "rename it"),
    ],
)
def test_bad_artwork_is_refused_naming_the_file(tmp_path: Path, name: str, size: tuple[int, int],
                                                mode: str, fmt: str, message: str) -> None:
    path = _save(tmp_path, name, size, mode, fmt)
    with pytest.raises(SettingsError, match=message) as info:
        check_artwork(path)
    assert str(path) in str(info.value)


def test_missing_and_non_image_artwork(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="not found"):
        check_artwork(tmp_path / "nope.jpg")
    text = tmp_path / "text.jpg"
    text.write_text("not an image")
    with pytest.raises(SettingsError, match="not a readable image"):
        check_artwork(text)


def test_episode_image_squares_and_flattens_a_wide_png() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (1200, 675), (0, 0, 255, 0)).save(buf, "PNG")
    image = _open(episode_image(buf.getvalue()))
    assert image.format == "JPEG" and image.mode == "RGB" and image.size == (1400, 1400)
    assert image.getpixel((700, 700))[0] > 240  # transparent pixels became white, not black


@pytest.mark.parametrize("data", [b"", b"<html>not an image</html>", b"\x89PNG\r\n\x1a\nbroken"])
def test_episode_image_refuses_non_images(data: bytes) -> None:
    with pytest.raises(FeedError, match="not a readable image"):
        episode_image(data)


def test_episode_image_refuses_thumbnails() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (300, 200)).save(buf, "JPEG")
    with pytest.raises(FeedError, match="short side"):
        episode_image(buf.getvalue())


@pytest.mark.parametrize("title", [
    "audiodigest", "Harbour News", "Morning Briefing from the Harbour Council",
    "Donaudampfschifffahrtsgesellschaftskapitänswitwe", "Новости Белоруссии за неделю",
    "A very long show title " * 8,
])
def test_cover_title_never_breaks_a_word(title: str) -> None:
    from PIL import ImageDraw, ImageFont

    from audiodigest.site.artwork import COVER_PX, cover_lines

    lines, size = cover_lines(title)
    words = title.split()
    shown = " ".join(lines).rstrip("\u2026").split()
    if lines[-1].endswith("\u2026"):  # too long even small: whole words, then an ellipsis
        assert shown == words[: len(shown)]
    else:
        assert shown == words
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", size)
    draw = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    assert all(draw.textlength(line, font=font) <= COVER_PX - 240 for line in lines)


def test_show_name_on_one_line() -> None:
    from audiodigest.site.artwork import cover_lines

    assert cover_lines("audiodigest")[0] == ["audiodigest"]
