"""Show settings: the commented init file loads, and every bad value names the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from audiodigest.errors import SettingsError
from audiodigest.settings import SETTINGS_FILE, ShowSettings, init_settings, load_settings
from audiodigest.site.artwork import make_cover


def test_init_writes_a_commented_file_that_loads_to_defaults(tmp_path: Path) -> None:
    path = init_settings(tmp_path / "show", title='My "quoted" \\ show')
    text = path.read_text(encoding="utf-8")
    assert path.name == SETTINGS_FILE and text.count("\n# ") > 10
    settings = load_settings(path.parent)
    assert settings.title == 'My "quoted" \\ show'
    assert settings.category == ShowSettings().category and settings.path == path


def test_init_never_overwrites(tmp_path: Path) -> None:
    init_settings(tmp_path)
    with pytest.raises(SettingsError, match="already exists"):
        init_settings(tmp_path)


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / SETTINGS_FILE
    path.write_text("[show]\n" + body + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('base_url = "ftp://example.com/"', "base_url"),
        ('base_url = "/podcast/"', "base_url"),
        ('explicit = "yes"', "explicit"),
        ('language = "English"', "language"),
        ('category = "Newz"', "category"),
        ('subcategory = "Golf"', "subcategory"),
        ('artwork = "missing.jpg"', "artwork"),
        ('email = "nobody"', "email"),
        ("keep_episodes = 0", "keep_episodes"),
        ('colour = "blue"', "colour"),
        ('voice = "nosuch"', "voice"),
        ('lexicons = ["nope.lexicon.toml"]', "lexicons"),
        ('intro_audio = "nope.mp3"', "intro_audio"),
        ('outro_audio = "nope.mp3"', "outro_audio"),
    ],
)
def test_bad_values_name_file_and_key(tmp_path: Path, body: str, key: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(SettingsError) as info:
        load_settings(tmp_path)
    message = str(info.value)
    assert str(path) in message and key in message
    assert "\n" not in message


def test_small_artwork_is_refused(tmp_path: Path) -> None:
    Image.new("RGB", (600, 600)).save(tmp_path / "art.jpg")
    _write(tmp_path, 'artwork = "art.jpg"')
    with pytest.raises(SettingsError, match="artwork.*600x600"):
        load_settings(tmp_path)


def test_good_file_and_overrides(tmp_path: Path) -> None:
    (tmp_path / "art.jpg").write_bytes(make_cover("x"))
    _write(tmp_path, 'title = "T"\nbase_url = "https://example.com/p/"\nexplicit = true\n'
                     'category = "Technology"\nartwork = "art.jpg"\nlanguage = "en-gb"')
    settings = load_settings(tmp_path, title="From CLI", base_url=None)
    assert settings.title == "From CLI" and settings.base_url == "https://example.com/p/"
    assert settings.explicit is True and settings.artwork == tmp_path / "art.jpg"
    with pytest.raises(SettingsError, match="command-line option --base-url: base_url"):
        load_settings(tmp_path, base_url="not a url")


def test_the_template_names_every_setting_and_its_voice_exists(tmp_path: Path) -> None:
    """`init`'s file documents every key, and uncommenting its voice line works."""
    from dataclasses import fields

    text = init_settings(tmp_path).read_text(encoding="utf-8")
    for f in fields(ShowSettings):
        if f.name != "path":
            assert f"# {f.name} = " in text or f"{f.name} = " in text, f.name
    voice_line = next(line for line in text.splitlines() if line.startswith("# voice = "))
    (tmp_path / SETTINGS_FILE).write_text(text.replace(voice_line, voice_line[2:]),
                                          encoding="utf-8")
    assert load_settings(tmp_path).voice
