"""Every error audiodigest raises on purpose, under one base class.

    AudioDigestError
    ├── UsageError            options that do not fit together (CLI exit 2)
    ├── SourceError           could not read what the user named
    │   ├── FetchError        HTTP failure, timeout, too large, refused redirect
    │   └── FeedParseError    an RSS/Atom feed that does not parse or has no items
    ├── ExtractionError
    │   └── NoArticleText     the page holds no article text
    ├── ScriptError           nothing speakable was left
    ├── VoiceError
    │   ├── VoiceNotFound
    │   └── LexiconError
    ├── EngineError
    │   ├── EngineUnavailable
    │   └── SynthesisFailed
    ├── AudioError
    │   ├── ToolMissing       ffmpeg/ffprobe not on PATH
    │   └── EncodeFailed
    ├── SettingsError         audiodigest.toml has an unknown key or a wrong type
    ├── FeedError             the feed could not be built or failed its checks
    ├── LockTimeout           another run holds the output folder
    ├── ClusterError          the Dask cluster is unreachable, lost, or its workers differ
    └── ServeError            `serve` cannot listen (port in use, address not this machine's)

Messages say what failed and what to do next; details stay in attributes. The CLI turns any
of these into one `Error: ...` line on stderr and exit status 1 (2 for UsageError).
"""

from __future__ import annotations

__all__ = [
    "AudioDigestError",
    "AudioError",
    "ClusterError",
    "EncodeFailed",
    "EngineError",
    "EngineUnavailable",
    "ExtractionError",
    "FeedError",
    "FeedParseError",
    "FetchError",
    "LexiconError",
    "LockTimeout",
    "NoArticleText",
    "ScriptError",
    "ServeError",
    "SettingsError",
    "SourceError",
    "SynthesisFailed",
    "ToolMissing",
    "UsageError",
    "VoiceError",
    "VoiceNotFound",
]


class AudioDigestError(Exception):
    """Base of every error audiodigest raises on purpose."""


class UsageError(AudioDigestError):
    """The options given do not fit together."""


class SourceError(AudioDigestError):
    """A source could not be read."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.source = source


class FetchError(SourceError):
    """An HTTP fetch failed."""


class FeedParseError(SourceError):
    """An RSS or Atom feed could not be parsed, or has no items."""


class ExtractionError(AudioDigestError):
    """An article could not be extracted."""


class NoArticleText(ExtractionError):
    """The document holds no article text."""


class ScriptError(AudioDigestError):
    """No speakable script could be made."""


class VoiceError(AudioDigestError):
    """A voice profile or lexicon problem."""


class VoiceNotFound(VoiceError):
    """No voice profile has the requested name or language."""


class LexiconError(VoiceError):
    """A pronunciation lexicon does not parse."""

    path: object = None
    """The lexicon file (set by the loader)."""
    line: int | None = None
    """The line of the problem, when known."""


class EngineError(AudioDigestError):
    """A text-to-speech engine problem."""


class EngineUnavailable(EngineError):
    """The engine is not installed or cannot start."""


class SynthesisFailed(EngineError):
    """A segment could not be synthesized, even after a retry."""

    def __init__(self, message: str, segment_index: int | None = None, text: str = "") -> None:
        super().__init__(message)
        self.segment_index = segment_index
        self.text = text


class AudioError(AudioDigestError):
    """Audio processing failed."""


class ToolMissing(AudioError):
    """A required program (ffmpeg, ffprobe) is not installed."""


class EncodeFailed(AudioError):
    """The MP3 encoder failed."""

    def __init__(self, message: str, command: list[str] | None = None, stderr: str = "") -> None:
        super().__init__(message)
        self.command = command
        self.stderr = stderr


class SettingsError(AudioDigestError):
    """The show settings file is invalid."""


class FeedError(AudioDigestError):
    """The feed could not be built, or failed its checks."""


class LockTimeout(AudioDigestError):
    """Another audiodigest run holds the output folder."""


class ClusterError(AudioDigestError):
    """The Dask cluster cannot do the work: unreachable, lost mid-run, or a worker whose code
    or voice differs from this client's (nothing is published)."""


class ServeError(AudioDigestError):
    """The server cannot listen on the address and port asked for."""
