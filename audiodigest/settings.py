"""Show settings: `DIR/audiodigest.toml`, merged with command-line overrides.

One `ShowSettings` describes the show (what the feed says about itself) and the defaults for
making episodes. The file is optional; every field has a default, and command-line options
override the file. Values are checked here, once, with the file and key named in the error,
because a bad base URL or category would otherwise surface only as a podcast directory's
rejection of the published feed.
"""

from __future__ import annotations

import re
import tomllib
import urllib.parse
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from .errors import SettingsError

__all__ = [
    "APPLE_CATEGORIES",
    "SETTINGS_FILE",
    "ShowSettings",
    "init_settings",
    "is_http_url",
    "load_settings",
    "check_artwork",
    "scheduler_setting",
    "validate_settings",
]

SETTINGS_FILE = "audiodigest.toml"


@dataclass(frozen=True, slots=True)
class ShowSettings:
    """What the show says about itself, and how its episodes are made."""

    title: str = "audiodigest"
    """The show's name in podcast apps."""
    description: str = "Articles read aloud, made with audiodigest."
    author: str = "audiodigest"
    email: str | None = None
    language: str = "en"
    category: str = "News"
    subcategory: str | None = None
    explicit: bool = False
    base_url: str | None = None
    """Where the output folder is served (feed and enclosure URLs start with it)."""
    link: str | None = None
    """The show's website; defaults to base_url."""
    artwork: Path | None = None
    """A square JPEG/PNG, 1400-3000 px; a cover is generated from the title when absent."""
    voice: str | None = None
    """Voice profile name; by default one is picked by the article's language."""
    keep_episodes: int | None = None
    """Keep only the newest N episodes (None: keep all)."""
    keep_days: int | None = None
    max_minutes: int = 120
    """Refuse to publish an episode estimated longer than this (a page dump gone wrong)."""
    listen: bool = False
    """Listen to every episode before it is published (`publish --listen`)."""
    max_wer: float | None = None
    """The listener's word error rate above which an episode is held back (None: the voice's)."""
    listen_model: Path | None = None
    """A faster-whisper model folder, to listen to languages other than English."""
    """Drop episodes older than D days (None: keep all)."""
    sources: tuple[str, ...] = ()
    """Feeds that `audiodigest follow` reads when none is named."""
    lexicons: tuple[Path, ...] = ()
    """Extra pronunciation lexicons, applied after the voice's own."""
    disclosure: bool = True
    """Say that the audio is machine-generated."""
    disclosure_text: str | None = None
    """The disclosure's wording (default: the script language's, see phrases.py)."""
    intro_audio: Path | None = None
    outro_audio: Path | None = None
    allow_private_addresses: bool = False
    """Let `follow` fetch links on loopback/private addresses."""
    fetch_images: bool = True
    """Fetch each episode's lead image from its article's web page (URL sources only)."""
    podcast_guid: str | None = None
    """podcast:guid; by default the UUIDv5 of the feed URL. Set it to keep it after a move."""
    scheduler: str | None = None
    """A Dask scheduler (tcp://HOST:8786) whose workers synthesize this show's episodes
    (`--scheduler` and DASK_SCHEDULER_ADDRESS win; "local": this machine's process pool)."""
    path: Path | None = field(default=None, compare=False)
    """The file these settings came from, if any."""


_PATH_FIELDS = {"artwork", "intro_audio", "outro_audio", "listen_model"}
_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "description": (str,),
    "author": (str,),
    "email": (str,),
    "language": (str,),
    "category": (str,),
    "subcategory": (str,),
    "explicit": (bool,),
    "base_url": (str,),
    "link": (str,),
    "artwork": (str,),
    "voice": (str,),
    "keep_episodes": (int,),
    "keep_days": (int,),
    "max_minutes": (int,),
    "listen": (bool,),
    "max_wer": (float, int),
    "listen_model": (str,),
    "sources": (list,),
    "lexicons": (list,),
    "disclosure": (bool,),
    "disclosure_text": (str,),
    "intro_audio": (str,),
    "outro_audio": (str,),
    "allow_private_addresses": (bool,),
    "fetch_images": (bool,),
    "podcast_guid": (str,),
    "scheduler": (str,),
}

# Apple Podcasts categories and subcategories (podcasters.apple.com/support/1691).
APPLE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "Arts": ("Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"),
    "Business": ("Careers", "Entrepreneurship", "Investing", "Management", "Marketing",
                 "Non-Profit"),
    "Comedy": ("Comedy Interviews", "Improv", "Stand-Up"),
    "Education": ("Courses", "How To", "Language Learning", "Self-Improvement"),
    "Fiction": ("Comedy Fiction", "Drama", "Science Fiction"),
    "Government": (),
    "History": (),
    "Health & Fitness": ("Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition",
                         "Sexuality"),
    "Kids & Family": ("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"),
    "Leisure": ("Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies",
                "Home & Garden", "Video Games"),
    "Music": ("Music Commentary", "Music History", "Music Interviews"),
    "News": ("Business News", "Daily News", "Entertainment News", "News Commentary", "Politics",
             "Sports News", "Tech News"),
    "Religion & Spirituality": ("Buddhism", "Christianity", "Hinduism", "Islam", "Judaism",
                                "Religion", "Spirituality"),
    "Science": ("Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics",
                "Natural Sciences", "Nature", "Physics", "Social Sciences"),
    "Society & Culture": ("Documentary", "Personal Journals", "Philosophy", "Places & Travel",
                          "Relationships"),
    "Sports": ("Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf",
               "Hockey", "Rugby", "Running", "Soccer", "Swimming", "Tennis", "Volleyball",
               "Wilderness", "Wrestling"),
    "Technology": (),
    "True Crime": (),
    "TV & Film": ("After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"),
}
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
"""ISO 639 code with optional region/script subtags, as RSS <language> wants ("en", "en-us")."""
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_OVERRIDE_SOURCE = "command-line option"


def load_settings(out_dir: Path, **overrides: Any) -> ShowSettings:
    """Read `out_dir/audiodigest.toml` if it exists, apply non-None overrides, and validate.

    Raises SettingsError naming the file (or "command-line option") and the key.
    """
    path = out_dir / SETTINGS_FILE
    values: dict[str, Any] = {}
    origin: dict[str, str] = {}
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: not valid TOML ({exc}); fix the file or remove it") from exc
        show = raw.pop("show", {}) if isinstance(raw.get("show"), dict) else {}
        raw.update(show)
        for key, value in raw.items():
            values[key] = _convert(path, key, value)
            origin[key] = str(path)
        values["path"] = path
    for key, value in overrides.items():
        if value is not None:
            values[key] = value
            origin[key] = f"{_OVERRIDE_SOURCE} --{key.replace('_', '-')}"
    settings = replace(ShowSettings(), **values)
    validate_settings(settings, origin)
    return settings


def scheduler_setting(out_dir: Path) -> str | None:
    """The `scheduler` key of `out_dir/audiodigest.toml` alone, checked (SettingsError naming
    the file), without the rest of the settings: the run reads them all later."""
    path = out_dir / SETTINGS_FILE
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None  # said in full when the run loads the settings
    show = raw.get("show")
    value = (show if isinstance(show, dict) else {}).get("scheduler", raw.get("scheduler"))
    if value is None:
        return None
    scheduler = _convert(path, "scheduler", value)
    validate_settings(replace(ShowSettings(), scheduler=scheduler, path=path),
                      {"scheduler": str(path)})
    return str(scheduler)


def validate_settings(settings: ShowSettings, origin: dict[str, str] | None = None) -> None:
    """Raise SettingsError for values a podcast directory would reject.

    `origin` maps a key to where its value came from (a file, a command-line option); the
    error names it so the user knows what to fix.
    """
    origin = origin or {}

    def fail(key: str, message: str) -> SettingsError:
        where = origin.get(key) or (str(settings.path) if settings.path else "settings")
        return SettingsError(f"{where}: {key} {message}")

    for key in ("title", "description", "author"):
        if not str(getattr(settings, key)).strip():
            raise fail(key, "must not be empty")
    if settings.base_url is not None:
        _check_http_url(settings.base_url, lambda m: fail("base_url", m))
    if settings.link is not None:
        _check_http_url(settings.link, lambda m: fail("link", m))
    if not _LANGUAGE.match(settings.language):
        raise fail("language", f"{settings.language!r} is not a language code like 'en' or 'en-us'")
    if settings.category not in APPLE_CATEGORIES:
        raise fail("category", f"{settings.category!r} is not an Apple Podcasts category; "
                   f"choose one of: {', '.join(APPLE_CATEGORIES)}")
    subs = APPLE_CATEGORIES[settings.category]
    if settings.subcategory is not None and settings.subcategory not in subs:
        allowed = ", ".join(subs) if subs else "none"
        raise fail("subcategory", f"{settings.subcategory!r} is not a subcategory of "
                   f"{settings.category!r} (allowed: {allowed})")
    if not isinstance(settings.explicit, bool):
        raise fail("explicit", "must be true or false")
    if settings.email is not None and not _EMAIL.match(settings.email):
        raise fail("email", f"{settings.email!r} is not an e-mail address")
    for key in ("keep_episodes", "keep_days", "max_minutes"):
        value = getattr(settings, key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise fail(key, f"must be a whole number of at least 1, not {value!r}")
    if settings.podcast_guid is not None and not _UUID.match(settings.podcast_guid):
        raise fail("podcast_guid", f"{settings.podcast_guid!r} is not a UUID")
    if settings.max_wer is not None and not 0 < settings.max_wer <= 1:
        raise fail("max_wer", f"must be a word error rate between 0 and 1, not {settings.max_wer!r}")
    if settings.listen_model is not None and not (Path(settings.listen_model) / "model.bin").is_file():
        raise fail("listen_model", f"names {settings.listen_model}, which is not a faster-whisper "
                   "model folder (no model.bin; paths are relative to the settings file)")
    if settings.scheduler is not None:
        from .cluster import parse_scheduler, protocol_problem
        from .errors import UsageError

        try:
            address = parse_scheduler(settings.scheduler)
        except UsageError as exc:
            raise fail("scheduler", str(exc)) from exc
        problem = protocol_problem(address) if address != "local" else None
        if problem:
            raise fail("scheduler", problem)
    for key in ("intro_audio", "outro_audio"):
        value = getattr(settings, key)
        if value is not None and not Path(value).is_file():
            raise fail(key, f"names {value}, which does not exist (paths are relative to the "
                       "settings file)")
    for lexicon in settings.lexicons:
        if not Path(lexicon).is_file():
            raise fail("lexicons", f"names {lexicon}, which does not exist (paths are relative "
                       "to the settings file)")
    if settings.voice is not None:
        from .errors import VoiceNotFound
        from .tts.voices import choose_voice

        try:
            choose_voice(settings.voice, settings.language)
        except VoiceNotFound as exc:
            raise fail("voice", f"is unusable: {exc}") from exc
    if settings.artwork is not None:
        try:
            check_artwork(Path(settings.artwork))
        except SettingsError as exc:
            raise fail("artwork", f"is unusable: {exc}") from exc


ARTWORK_MIN_PX = 1400
"""Apple's smallest accepted artwork side."""
ARTWORK_MAX_PX = 3000
"""Apple's largest accepted artwork side."""
_ALLOWED_FORMATS = {"JPEG", "PNG"}
_ALLOWED_MODES = {"RGB", "P"}
"""P (palette) PNGs without transparency are RGB to every app; L, CMYK and alpha are not."""


def check_artwork(path: Path) -> None:
    """Raise SettingsError naming the file when Apple would reject it as show artwork."""
    path = Path(path)
    if not path.is_file():
        raise SettingsError(f"{path}: artwork file not found; fix the 'artwork' setting or remove it "
                            "to use a generated cover")
    suffix = path.suffix.lower()
    from PIL import Image, UnidentifiedImageError  # Pillow only when artwork is configured

    try:
        with Image.open(path) as image:
            fmt, (width, height), mode = image.format, image.size, image.mode
            alpha = "transparency" in image.info
    except (UnidentifiedImageError, OSError) as exc:
        raise SettingsError(f"{path}: artwork is not a readable image ({exc})") from exc
    if fmt not in _ALLOWED_FORMATS:
        raise SettingsError(f"{path}: artwork is {fmt}, must be JPEG or PNG")
    wanted_suffix = (".jpg", ".jpeg") if fmt == "JPEG" else (".png",)
    if suffix not in wanted_suffix:
        raise SettingsError(f"{path}: artwork is a {fmt} but named {suffix or '(no extension)'}; "
                            f"rename it to end in {wanted_suffix[0]}")
    if width != height:
        raise SettingsError(f"{path}: artwork is {width}x{height}, must be square")
    if not ARTWORK_MIN_PX <= width <= ARTWORK_MAX_PX:
        raise SettingsError(f"{path}: artwork is {width}x{height}, must be between "
                            f"{ARTWORK_MIN_PX}x{ARTWORK_MIN_PX} and {ARTWORK_MAX_PX}x{ARTWORK_MAX_PX}")
    if mode not in _ALLOWED_MODES or alpha:
        raise SettingsError(f"{path}: artwork colour mode is {mode}{' with transparency' if alpha else ''}; "
                            "save it as RGB without an alpha channel")



def is_http_url(url: str) -> bool:
    """An absolute http(s) URL with a host: what feeds may name and apps can fetch."""
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _check_http_url(url: str, fail: Any) -> None:
    if not is_http_url(url):
        raise fail(f"{url!r} is not an absolute http(s) URL (like https://example.com/podcast/)")


_TEMPLATE = """\
# audiodigest show settings. Every key is optional; remove the "#" to set one.
# Command-line options (--title, --base-url, ...) override these values.

[show]
# The show's name and description in podcast apps.
title = {title}
# description = "Articles read aloud, made with audiodigest."
# author = "audiodigest"
# email = "you@example.com"        # owner e-mail; directories use it to verify ownership
# language = "en"                  # ISO 639 code: "en", "en-us", "de", ...
# category = "News"                # an Apple Podcasts category...
# subcategory = "Daily News"       # ...and, optionally, one of its subcategories
# explicit = false                 # true or false
#
# Where this folder is served; feed and episode URLs start with it. Without it,
# `audiodigest serve`'s address on this network is used.
# base_url = "https://example.com/podcast/"
# link = "https://example.com/"     # the show's web site (default: base_url)
#
# Square JPEG or PNG, 1400-3000 px, RGB. Without it a cover is drawn from the title.
# artwork = "cover.jpg"
#
# voice = "en-us"                  # a profile from `audiodigest voices`; default: by language
# keep_episodes = 50               # keep only the newest N episodes
# keep_days = 90                   # drop episodes older than D days
# max_minutes = 120                # refuse episodes estimated longer than this
# listen = false                   # listen to each episode before publishing it
# max_wer = 0.2                    # hold back an episode the listener mishears more of
# listen_model = "whisper-small"   # a faster-whisper model folder for other languages
# sources = ["https://example.com/feed.xml"]   # feeds that `audiodigest follow` reads
# lexicons = ["names.lexicon.toml"]
# disclosure = true                # say that the audio is machine-generated
# disclosure_text = "This audio was generated by a computer voice."   # its wording
# intro_audio = "intro.mp3"        # played before every episode (MP3, WAV, OGG or FLAC)
# outro_audio = "outro.mp3"        # played after every episode
# allow_private_addresses = false  # let feeds link to loopback/private addresses
# fetch_images = true              # fetch the lead image of an article read from a URL
# podcast_guid = "..."             # keep the show's podcast:guid after moving it
#
# Synthesize on a Dask cluster's workers instead of this machine (pip install
# 'audiodigest[dask]' here and on every worker; see contrib/CLUSTER.md). --scheduler and
# DASK_SCHEDULER_ADDRESS win over it; "local" is this machine's process pool.
# scheduler = "tcp://render-1.example.com:8786"
"""


def init_settings(out_dir: Path, *, title: str | None = None) -> Path:
    """Write a commented `audiodigest.toml` into `out_dir` and return its path.

    Refuses to overwrite an existing file: it may hold the show's only copy of its settings.
    """
    path = out_dir / SETTINGS_FILE
    if path.exists():
        raise SettingsError(f"{path}: already exists; edit it, or remove it to start again")
    out_dir.mkdir(parents=True, exist_ok=True)
    text = _TEMPLATE.format(title=_toml_string(title or ShowSettings().title))
    tomllib.loads(text)  # the template must stay loadable
    path.write_text(text, encoding="utf-8")
    return path


def _toml_string(value: str) -> str:
    """A TOML basic string: backslash, quote and control characters escaped."""
    out = []
    for ch in value:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


_TOML_TYPE_NAMES: dict[type, str] = {
    str: "a string in quotes", int: "a whole number", float: "a number", bool: "true or false",
    list: "a list [...]", dict: "a table",
}


def _convert(path: Path, key: str, value: Any) -> Any:
    known = {f.name for f in fields(ShowSettings)} - {"path"}
    if key not in known:
        raise SettingsError(
            f"{path}: unknown key {key!r}; known keys: {', '.join(sorted(known))}"
        )
    expected = _TYPES[key]
    if isinstance(value, bool) and bool not in expected:
        ok = False
    else:
        ok = isinstance(value, expected)
    if not ok:
        names = " or ".join(_TOML_TYPE_NAMES.get(t, t.__name__) for t in expected)
        got = _TOML_TYPE_NAMES.get(type(value), type(value).__name__)
        raise SettingsError(f"{path}: {key} must be {names}, not {got} ({value!r})")
    if key in _PATH_FIELDS:
        p = Path(value).expanduser()
        return p if p.is_absolute() else (path.parent / p)
    if key == "sources":
        return tuple(str(v) for v in value)
    if key == "lexicons":
        return tuple((path.parent / Path(v).expanduser()) for v in value)
    return value
