"""The typed records that pass between pipeline stages.

Each stage takes one of these and returns the next: a source gives `RawDocument`s, extraction
turns each into an `Article`, the script stage turns articles into a `Script`, rendering turns a
script into `RenderedAudio`, and publishing turns that into an `Episode` in the catalogue, from
which the feed is drawn. They are frozen so that no stage can change what an earlier one made.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

__all__ = [
    "Article",
    "ChapterMark",
    "Clip",
    "Cue",
    "EngineAbilities",
    "Episode",
    "RawDocument",
    "RenderedAudio",
    "Script",
    "Section",
    "Segment",
    "SegmentKind",
    "VoiceProfile",
]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as a source delivered them, before any extraction."""

    source: str
    """What the user named: a path, a URL, or "-" for stdin."""
    content: bytes
    media_type: str
    """"text/html", "text/plain", "text/markdown", "application/rss+xml", ..."""
    url: str | None = None
    """Where the bytes came from on the web, after redirects (None for local files)."""
    fetched_at: datetime | None = None
    encoding: str | None = None
    """The charset the server or file declared, when it declared one."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of paragraphs under one heading (None for the article's opening)."""

    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """One article's own text and facts, with the page's chrome removed."""

    title: str
    sections: tuple[Section, ...]
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    """Timezone-aware when the page said which zone; naive means "zone unknown"."""
    language: str = "en"
    site: str | None = None
    url: str | None = None
    """Canonical URL when the page names one, else where it was fetched from."""
    image_url: str | None = None
    source: str = ""
    """What the user named to get this article (path, URL, "-")."""

    @property
    def author(self) -> str | None:
        """All authors as one phrase ("A and B"), or None."""
        if not self.authors:
            return None
        if len(self.authors) == 1:
            return self.authors[0]
        return ", ".join(self.authors[:-1]) + " and " + self.authors[-1]

    @property
    def body(self) -> str:
        """The article's text: headings and paragraphs one per line, no title or byline."""
        lines: list[str] = []
        for section in self.sections:
            if section.heading:
                lines.append(section.heading)
            lines.extend(section.paragraphs)
        return "\n".join(lines)

    @property
    def word_count(self) -> int:
        return len(self.body.split())


SegmentKind = Literal[
    "intro", "disclosure", "title", "heading", "body", "transition", "outro"
]


@dataclass(frozen=True, slots=True)
class Segment:
    """One short piece of speech: what the engine says and what the transcript shows."""

    kind: SegmentKind
    text: str
    """Text for the engine: normalized for speech, lexicon applied."""
    pause_after_ms: int
    chapter: int
    """Index into `Script.chapters`."""
    caption: str = ""
    """The written form for transcripts (falls back to `text`)."""
    language: str | None = None
    """The language this segment is spoken in when it is not the script's (a quoted sentence in
    another language, for that language's voice); None: the script's language."""

    @property
    def display(self) -> str:
        return self.caption or self.text


@dataclass(frozen=True, slots=True)
class Script:
    """Everything that will be said, in order, grouped into chapters."""

    title: str
    language: str
    segments: tuple[Segment, ...]
    chapters: tuple[str, ...]
    articles: tuple[Article, ...] = ()


PhonemeAlphabet = Literal["espeak", "ipa"]
"""How an engine reads lexicon phonemes inside `[[ ]]`: espeak-ng's own mnemonics (`k'i:v`) or
IPA (`kˈiːv`, what Piper's `[[ ]]` spans take)."""


@dataclass(frozen=True, slots=True)
class EngineAbilities:
    """What a TTS engine can do, declared on its class (`abilities = EngineAbilities(...)`).

    The script stage, the voice choice and the worker pool ask these; no list of engine names
    elsewhere decides for an engine, so a plugin engine declares its own.
    """

    phonemes: PhonemeAlphabet | None = None
    """Reads `[[phonemes]]` spans in this alphabet (lexicon entries reach it as phonemes);
    None: it reads `[[` as text, so lexicon entries reach it as respellings."""
    espeak_voices: bool = False
    """Speaks through espeak-ng's voices, and so reads only what those voices read (an English
    espeak-ng voice names each Chinese character instead of reading it)."""
    languages: tuple[str, ...] = ()
    """Languages it speaks (ISO 639-1); empty: whatever its voices declare."""
    sample_rate: int = 22050
    """The rate of the WAV files it writes."""
    neural: bool = False
    """A neural voice: preferred over formant voices (espeak-ng) when both are a language's
    default, and listed first."""
    fork_unsafe_module: str | None = None
    """A module that, once imported in a process, makes forking that process unsafe (its
    library keeps state a forked child inherits broken): worker pools then start from a clean
    forkserver."""
    thread_safe: bool = True
    """May synthesize while other threads of its process run (pyttsx3's espeak-ng loses audio
    when another thread runs beside it: run it in a process with one worker thread)."""


@dataclass(frozen=True, slots=True)
class VoiceProfile:
    """How to speak: which engine and voice, how fast, and which pronunciations."""

    name: str
    engine: str
    engine_voice: str
    language: str = "en"
    rate_wpm: int = 175
    pitch: int = 50
    """espeak-ng's 0-99 scale; engines that cannot change pitch ignore it."""
    volume: float = 1.0
    lexicon: tuple[Path, ...] = ()
    description: str = ""
    path: Path | None = None
    default_for_language: bool = False
    """Picked for articles in `language` when no voice is named."""

    def settings_key(self) -> str:
        """What changes the sound of a segment (used in cache keys)."""
        return f"{self.engine}|{self.engine_voice}|{self.rate_wpm}|{self.pitch}|{self.volume}"


@dataclass(frozen=True, slots=True)
class Clip:
    """One synthesized segment: a WAV file and its facts."""

    path: Path
    sample_rate: int
    channels: int
    duration_s: float


@dataclass(frozen=True, slots=True)
class ChapterMark:
    title: str
    start_s: float
    end_s: float


@dataclass(frozen=True, slots=True)
class Cue:
    """One transcript cue: a sentence and when it is heard."""

    start_s: float
    end_s: float
    text: str


@dataclass(frozen=True, slots=True)
class RenderedAudio:
    """An encoded MP3 and what is known about its timing and level."""

    path: Path
    duration_s: float
    sample_rate: int
    channels: int
    bitrate_kbps: int
    chapters: tuple[ChapterMark, ...]
    cues: tuple[Cue, ...]
    loudness_lufs: float | None = None
    true_peak_dbtp: float | None = None
    synthesized: int = 0
    """How many segments were synthesized (the rest came from the cache)."""


@dataclass(frozen=True, slots=True)
class Episode:
    """A published episode as the catalogue keeps it."""

    guid: str
    """Minted once, from the article's identity; never changes."""
    key: str
    """What identifies the content (canonical URL or source path set)."""
    title: str
    slug: str
    """Stable base name of the episode's files in the output folder."""
    audio_file: str
    """File name of the MP3, relative to the output folder."""
    size_bytes: int
    duration_s: float
    published: datetime
    summary: str
    article_urls: tuple[str, ...] = ()
    author: str | None = None
    language: str = "en"
    content_hash: str = ""
    """Hash of what was spoken and how; an unchanged hash means nothing to re-render."""
    files: tuple[str, ...] = ()
    """Every file of this episode in the output folder (audio, transcripts, chapters, page)."""
    chapters: tuple[ChapterMark, ...] = field(default=())
    image_file: str | None = None
    transcript_vtt: str | None = None
    transcript_srt: str | None = None
    chapters_json: str | None = None
    page_file: str | None = None
    article_published: datetime | None = None
    """The article's own date (as `Article.published`), when it has one; `published` is when
    the episode came out. Pages show both; the feed's pubDate is the episode's."""
    voice: str | None = None
    """The voice profile that spoke it."""


def base_language(language: str | None) -> str:
    """A language code without its country: "en-GB" -> "en", "pt_BR" -> "pt", None -> ""."""
    return (language or "").strip().lower().replace("_", "-").split("-")[0]
