"""The script as `audiodigest script` shows it: text for people, JSON for programs and tests."""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Script

__all__ = ["MS_PER_MINUTE", "SCRIPT_JSON_VERSION", "WORDS_PER_MINUTE", "format_script",
           "script_to_json"]


SCRIPT_JSON_VERSION = 1
WORDS_PER_MINUTE = 175
"""espeak-ng's default rate, for the rough duration shown before anything is synthesized."""
MS_PER_MINUTE = 60_000


def _estimate_ms(script: Script, wpm: int = WORDS_PER_MINUTE) -> int:
    words = sum(len(s.text.split()) for s in script.segments)
    pauses = sum(s.pause_after_ms for s in script.segments)
    return words * MS_PER_MINUTE // max(1, wpm) + pauses


def script_to_json(script: Script) -> dict[str, object]:
    """A plain, deterministic dict of the script (for `--json` and the golden test)."""
    return {
        "version": SCRIPT_JSON_VERSION,
        "title": script.title,
        "language": script.language,
        "chapters": list(script.chapters),
        "segments": [
            {
                "index": i,
                "kind": s.kind,
                "chapter": s.chapter,
                "caption": s.display,
                "text": s.text,
                "pause_after_ms": s.pause_after_ms,
                **({"language": s.language} if s.language else {}),
            }
            for i, s in enumerate(script.segments)
        ],
        "articles": [
            {
                "title": a.title,
                "authors": list(a.authors),
                "site": a.site,
                "url": a.url,
                "published": a.published.isoformat() if a.published else None,
                "words": a.word_count,
            }
            for a in script.articles
        ],
        "estimated_duration_s": round(_estimate_ms(script) / 1000, 1),
    }


def format_script(script: Script, voices: Sequence[str] | None = None) -> str:
    """Human-readable script: chapters, each segment's words, and the pause after it.

    The spoken form is shown under the caption only where normalization changed it. A segment
    in another language than the script's says so, with the voice that says it (`voices`: each
    segment's voice name, as the pipeline picks them).
    """
    def n(count: int, what: str) -> str:
        return f"{count} {what}{'s' if count != 1 else ''}"

    lines = [f"{script.title}  [{script.language}, {n(len(script.chapters), 'chapter')}, "
             f"{n(len(script.segments), 'segment')}, ~{_estimate_ms(script) // 1000} s]"]
    chapter = -1
    for i, s in enumerate(script.segments):
        if s.chapter != chapter:
            chapter = s.chapter
            lines.append("")
            lines.append(f"== {chapter + 1}. {script.chapters[chapter]} ==")
        voice = ""
        if s.language:
            voice = f" [{s.language} voice{': ' + voices[i] if voices else ''}]"
        lines.append(f"{i:4d} {s.kind:<10} {s.display}{voice}  (+{s.pause_after_ms} ms)")
        if s.text != s.display:
            lines.append(f"{'':4} {'says':<10} {s.text}")
    return "\n".join(lines) + "\n"
