"""Listening to one episode: decode the MP3, transcribe it cue group by cue group, score each cue."""

from __future__ import annotations

import json
import re
import subprocess
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..models import ChapterMark, Cue, Episode
from .model import (
    COMPUTE_TYPE,
    DECODE_OPTIONS,
    SAMPLE_RATE,
    SILENCE_S,
    ListenError,
    ListeningModel,
    NoListeningModel,
    check_language,
    find_model,
    load_model,
    transcribe,
)
from .report import ChapterScore, ListenReport, SegmentScore, WordDiff
from .score import MAX_CHUNK_S, Chunk, SegmentWords, attribute, plan_chunks, words_of

__all__ = [
    "SAMPLE_RATE",
    "decode_audio",
    "listen_audio",
    "listen_episode",
    "listen_files",
    "read_chapters",
    "read_cues",
]

PAD_S = 0.2
"""Audio kept around a chunk's cues, at most half the gap to the cue outside it: the cue times
are those of the trimmed speech, and a word's last consonant may ring a little longer."""
SILENT_RMS = 10 ** (-50 / 20)
"""A cue whose audio is quieter than -50 dBFS (RMS) is silence: unheard, without asking Whisper,
which may "hear" a "Thank you." in silence. Published speech is levelled to about -19 LUFS."""
LOOP_RATIO = 2.4
"""Whisper's own compression-ratio threshold for a decoding that repeats itself. Greedy
decoding has no temperature fallback, so a chunk heard as a loop is heard again cue by cue
(measured: piper-joe's corpus page once came out as "he he he ..." over two cues, WER 0.26
instead of 0.11)."""
LOOP_MIN_BYTES = 60
SHORT_AUDIO_SLACK_S = 1.0
"""Audio may end this much before the last cue does (encoder rounding) and still be whole."""
FFMPEG_TIMEOUT_S = 900


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def decode_audio(path: Path) -> Any:
    """The audio file as 16 kHz mono float32 samples (a numpy array), decoded by ffmpeg."""
    import numpy as np

    from ..audio.master import find_tool  # imports numpy: not at import of audiodigest.listen

    path = Path(path)
    if not path.is_file():
        raise ListenError(f"audio file {path} does not exist")
    if path.stat().st_size == 0:
        raise ListenError(f"audio file {path} is empty: publish the episode again")
    cmd = [find_tool("ffmpeg"), "-nostdin", "-v", "error", "-i", str(path),
           "-f", "f32le", "-ac", "1", "-ar", str(SAMPLE_RATE), "-"]
    try:
        proc = subprocess.run(cmd, capture_output=True, check=False, timeout=FFMPEG_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise ListenError(f"ffmpeg took over {FFMPEG_TIMEOUT_S} s to decode {path}") from None
    if proc.returncode != 0:
        why = _one_line(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1]
                        .replace(f"{path}: ", "")
                        if proc.stderr.strip() else f"ffmpeg exit status {proc.returncode}")
        raise ListenError(f"audio file {path} is damaged or not audio ({why}): publish the "
                          "episode again")
    samples = np.frombuffer(proc.stdout, dtype="<f4")
    if samples.size == 0:
        raise ListenError(f"audio file {path} holds no audio: publish the episode again")
    return samples


def _ordered(cues: Sequence[Cue], languages: Sequence[str]) -> list[tuple[Cue, str]]:
    """Cues with words, in time order, as the VTT file numbers them (see transcripts.py)."""
    pairs = []
    for cue, language in zip(cues, languages, strict=True):
        text = " ".join(cue.text.split())
        if text:
            start = max(0.0, float(cue.start_s))
            pairs.append((Cue(start, max(start, float(cue.end_s)), text), language))
    pairs.sort(key=lambda p: (p[0].start_s, p[0].end_s))
    return pairs


def _looping(text: str) -> bool:
    """Whisper stuck in a loop ("he he he he ..."): its own test, text that compresses too well."""
    data = text.encode("utf-8")
    return len(data) >= LOOP_MIN_BYTES and len(data) / len(zlib.compress(data)) > LOOP_RATIO


def _silent(samples: Any, cue: Cue) -> bool:
    import numpy as np

    piece = samples[int(cue.start_s * SAMPLE_RATE):int(cue.end_s * SAMPLE_RATE)]
    if piece.size == 0:
        return True
    return bool(np.sqrt(np.mean(np.square(piece, dtype=np.float64))) < SILENT_RMS)


def _chapter_of(t: float, chapters: Sequence[ChapterMark]) -> str | None:
    found: str | None = None
    for mark in chapters:
        if mark.start_s <= t + 1e-6:
            found = mark.title
    return found


def _bounds(chunk: Chunk, cues: Sequence[Cue], duration: float) -> tuple[int, int]:
    """Sample range of a chunk: its cues, padded by up to PAD_S but never past half the gap to
    the cue on either side of it."""
    first, last = chunk.members[0], chunk.members[-1]
    lo = chunk.start_s - PAD_S
    if first > 0:
        lo = max(lo, (cues[first - 1].end_s + chunk.start_s) / 2)
    hi = chunk.end_s + PAD_S
    if last + 1 < len(cues):
        hi = min(hi, (chunk.end_s + cues[last + 1].start_s) / 2)
    lo, hi = max(0.0, lo), min(duration, max(hi, lo))
    return int(lo * SAMPLE_RATE), int(round(hi * SAMPLE_RATE))


def _models_for(language: str, languages: set[str], model_dir: Path | None
                ) -> tuple[ListeningModel, Any, dict[str, bool]]:
    """The model (loaded) and which of the cues' languages it listens to; the episode's own
    language must be one of them."""
    model = find_model(language, model_dir)
    loaded = load_model(model)
    check_language(loaded, model, language)
    able: dict[str, bool] = {}
    for other in languages:
        try:
            check_language(loaded, model, other)
            able[other] = True
        except NoListeningModel:
            able[other] = False
    return model, loaded, able


def listen_audio(audio: Path, cues: Sequence[Cue], chapters: Sequence[ChapterMark] = (), *,
                 language: str, model_dir: Path | None = None,
                 cue_languages: Sequence[str] | None = None) -> ListenReport:
    """Listen to `audio` with the machine listener and score each cue against its caption.

    `cues` are the episode's transcript cues (one per segment, the written caption) and
    `chapters` its chapter marks. `language` is the episode's; `cue_languages` (one per cue)
    may name another for some cues, and cues in a language the model cannot listen to are
    left out of the score and reported (`ListenReport.not_listened`). The bundled model listens
    to English; other languages need `model_dir`, a faster-whisper model folder, else
    NoListeningModel. Bad input (no cues, damaged or short audio) raises ListenError.
    """
    languages = list(cue_languages) if cue_languages is not None else [language] * len(cues)
    if len(languages) != len(cues):
        raise ListenError(f"{len(languages)} cue languages for {len(cues)} cues")
    pairs = _ordered(cues, languages)
    if not pairs:
        raise ListenError(f"no transcript cues to compare {audio} with: the transcript is "
                          "missing or empty")
    model, loaded, able = _models_for(language, {lang for _, lang in pairs}, model_dir)
    began = time.perf_counter()
    samples = decode_audio(Path(audio))
    duration = samples.size / SAMPLE_RATE
    ordered = [cue for cue, _ in pairs]
    if duration + SHORT_AUDIO_SLACK_S < ordered[-1].end_s:
        raise ListenError(f"audio file {audio} is {duration:.1f} s long but its transcript runs "
                          f"to {ordered[-1].end_s:.1f} s: it is cut short or not this episode's")
    meant = [words_of(cue.text, lang) for cue, lang in pairs]
    listenable = [able[lang] and bool(words) for (_, lang), words in zip(pairs, meant, strict=True)]
    heard: list[tuple[str, ...]] = [()] * len(pairs)
    errors = [0] * len(pairs)
    diffs: list[tuple[WordDiff, ...]] = [()] * len(pairs)
    silent = [ok and _silent(samples, cue) for ok, cue in zip(listenable, ordered, strict=True)]
    for i in (i for i, quiet in enumerate(silent) if quiet):  # nothing to hear: all words missed
        errors[i] = len(meant[i])
        diffs[i] = tuple(WordDiff("missing", w, "", n) for n, w in enumerate(meant[i]))
    audible = [ok and not quiet for ok, quiet in zip(listenable, silent, strict=True)]
    chunks = plan_chunks(ordered, audible, groups=[lang for _, lang in pairs])

    def hear(chunk: Chunk) -> tuple[list[SegmentWords], bool]:
        """Each cue's share of what is heard in the chunk, and whether Whisper got stuck."""
        lo, hi = _bounds(chunk, ordered, duration)
        language_here = pairs[chunk.members[0]][1]
        text = transcribe(loaded, samples[lo:hi], language_here)
        return (attribute([meant[i] for i in chunk.members], words_of(text, language_here)),
                _looping(text))

    second_looks = 0
    for chunk in chunks:
        parts, looping = hear(chunk)
        for i, part in zip(chunk.members, parts, strict=True):
            heard[i], errors[i], diffs[i] = part.heard, part.errors, part.diff
        if len(chunk.members) == 1:
            continue
        for i in chunk.members:
            # Whisper repeating itself, or skipping a cue that is not silent: hear it alone
            if looping or not heard[i]:
                second_looks += 1
                part = hear(Chunk((i,), ordered[i].start_s, ordered[i].end_s))[0][0]
                if looping or part.heard:
                    heard[i], errors[i], diffs[i] = part.heard, part.errors, part.diff
    listen_s = time.perf_counter() - began
    segments = tuple(
        SegmentScore(index=n + 1, start=cue.start_s, end=cue.end_s, meant=cue.text,
                     heard=" ".join(heard[n]), words=len(meant[n]) if listenable[n] else 0,
                     errors=errors[n], listened=listenable[n],
                     chapter=_chapter_of(cue.start_s, chapters), diff=diffs[n], language=lang,
                     expected=" ".join(meant[n]))
        for n, (cue, lang) in enumerate(pairs))
    return ListenReport(
        language=language, model=model.name, segments=segments,
        per_chapter=_per_chapter(chapters, segments, duration), audio_s=duration,
        listen_s=listen_s,
        settings={"compute_type": COMPUTE_TYPE, **DECODE_OPTIONS, "max_chunk_s": MAX_CHUNK_S,
                  "silence_s": SILENCE_S, "chunks": len(chunks), "second_looks": second_looks,
                  "model_path": str(model.path)})


def _per_chapter(chapters: Sequence[ChapterMark], segments: Sequence[SegmentScore],
                 duration: float) -> tuple[ChapterScore, ...]:
    out = []
    marks = sorted(chapters, key=lambda c: c.start_s)
    for n, mark in enumerate(marks):
        inside = [s for s in segments if s.listened and s.chapter == mark.title
                  and mark.start_s - 1e-6 <= s.start
                  and (n + 1 == len(marks) or s.start < marks[n + 1].start_s - 1e-6)]
        end = mark.end_s if mark.end_s > mark.start_s else (
            marks[n + 1].start_s if n + 1 < len(marks) else duration)
        out.append(ChapterScore(mark.title, mark.start_s, end, sum(s.words for s in inside),
                                sum(s.errors for s in inside)))
    return tuple(out)


# --- an episode's files ----------------------------------------------------------------------

_SRT_TIME = re.compile(r"(\d{2}:\d{2}:\d{2}),(\d{3})")


def read_cues(path: Path) -> tuple[Cue, ...]:
    """The cues of a WebVTT (.vtt) or SubRip (.srt) transcript file."""
    from ..site.transcripts import parse_vtt

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ListenError(f"transcript {path} does not exist: publish the episode again") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ListenError(f"transcript {path} cannot be read: {_one_line(str(exc))}") from None
    if path.suffix.lower() == ".srt":
        text = "\n".join(_SRT_TIME.sub(r"\1.\2", line) if "-->" in line else line
                         for line in text.splitlines())
    cues = parse_vtt(text)
    if not cues:
        raise ListenError(f"transcript {path} has no cues: publish the episode again")
    return cues


def read_chapters(path: Path, duration_s: float = 0.0) -> tuple[ChapterMark, ...]:
    """Chapter marks from a Podcasting 2.0 JSON chapters file (as publish writes them)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = sorted(data["chapters"], key=lambda c: float(c["startTime"]))
        starts = [float(c["startTime"]) for c in items]
        return tuple(
            ChapterMark(str(c.get("title", "")), starts[n],
                        float(c.get("endTime", starts[n + 1] if n + 1 < len(items)
                                    else max(duration_s, starts[n]))))
            for n, c in enumerate(items))
    except FileNotFoundError:
        raise ListenError(f"chapters file {path} does not exist") from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ListenError(f"chapters file {path} is not Podcasting 2.0 JSON chapters "
                          f"({_one_line(str(exc), 80)})") from None


def listen_files(audio: Path, transcript: Path, chapters: Path | None = None, *, language: str,
                 model_dir: Path | None = None) -> ListenReport:
    """`listen_audio` on an episode's files: its MP3, its VTT or SRT transcript and, if given,
    its JSON chapters file. Only reads them."""
    cues = read_cues(transcript)
    marks = read_chapters(chapters) if chapters is not None else ()
    return listen_audio(audio, cues, marks, language=language, model_dir=model_dir)


def listen_episode(folder: Path, episode: Episode, *, model_dir: Path | None = None
                   ) -> ListenReport:
    """Listen to a published episode in its output folder, from the files the catalogue names
    (its MP3, VTT transcript and chapters). Only reads files; the catalogue is not touched."""
    folder = Path(folder)
    transcript = episode.transcript_vtt or episode.transcript_srt
    if not transcript:
        raise ListenError(f"episode {episode.slug} has no transcript file to compare with")
    chapters = folder / episode.chapters_json if episode.chapters_json else None
    marks = (read_chapters(chapters, episode.duration_s) if chapters is not None
             else tuple(episode.chapters))
    return listen_audio(folder / episode.audio_file, read_cues(folder / transcript), marks,
                        language=episode.language or "en", model_dir=model_dir)
