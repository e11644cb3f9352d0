"""The show's episodes -> what the machine listener heard; the last verdict kept in the catalogue.

`listen_show` finds the episodes a command names (slug, GUID, title; all; the newest), listens
to each from the files the folder serves, and records the episode's word error rate, when and
with which model. Listening reads the episode's files and never changes what the show
publishes. `gate` is the check `publish --listen` and `follow --listen` run on a staged episode.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import AudioDigestError, UsageError
from ..listen import ListenReport, Suggestion, listen_episode, suggest_lexicon
from ..models import Episode
from .catalogue import Catalogue, Listened
from .folder import STATE_DIR

__all__ = ["DEFAULT_MAX_WER", "EpisodeHeard", "ListenGateFailed", "gate", "listen_show",
           "max_wer_for"]

DEFAULT_MAX_WER = {"piper": 0.20, "pyttsx3": 0.35, "espeak": 0.35}
"""The word error rate above which an episode is held back, per engine: a good episode of the
corpus page scores about 0.11 with Piper and 0.23 with espeak-ng; a planted or broken segment
moves a short article far past these (see README "Listening")."""
FALLBACK_MAX_WER = 0.35


class ListenGateFailed(AudioDigestError):
    """The listener heard too much wrong: the episode is not published."""


@dataclass(frozen=True, slots=True)
class EpisodeHeard:
    episode: Episode
    report: ListenReport
    suggestions: tuple[Suggestion, ...] = ()


def max_wer_for(engine: str, configured: float | None) -> float:
    """The threshold for a voice's engine: the configured one, else the engine's default."""
    return configured if configured is not None else DEFAULT_MAX_WER.get(engine, FALLBACK_MAX_WER)


def _pick(cat: Catalogue, target: str | None, latest: bool) -> list[Episode]:
    episodes = cat.episodes()  # newest first
    if not episodes:
        raise UsageError("the show has no episodes yet: publish one first")
    if latest:
        return episodes[:1]
    if target is None:
        return episodes
    found = cat.find(target)
    if not found:
        raise UsageError(f"no episode matches {target!r}; `audiodigest list` shows the show's "
                         "episodes")
    if len(found) > 1:
        names = ", ".join(e.slug for e in found[:5])
        raise UsageError(f"{target!r} matches {len(found)} episodes ({names}); name one by slug")
    return found


def listen_show(out_dir: Path, target: str | None = None, *, latest: bool = False,
                model_dir: Path | None = None, suggest: bool = False,
                voice_name: str | None = None) -> list[EpisodeHeard]:
    """Listen to the named episodes of the show in `out_dir` and record each verdict."""
    from ..tts.voices import choose_voice

    db = out_dir / STATE_DIR / "catalogue.db"
    if not db.is_file():
        raise UsageError(f"{out_dir} is not a show yet (no episodes): publish one first, or "
                         "give --out the show's folder")
    cat = Catalogue(db)
    try:
        heard: list[EpisodeHeard] = []
        for ep in _pick(cat, target, latest):
            report = listen_episode(out_dir, ep, model_dir=model_dir)
            tips: tuple[Suggestion, ...] = ()
            if suggest and report.worst(1):
                voice = choose_voice(voice_name, ep.language).profile
                tips = tuple(s for s in suggest_lexicon(report, voice, model_dir=model_dir)
                             if s.say.casefold() != s.word.casefold())  # no change is no advice
            with cat.transaction():
                cat.put_listened(Listened(ep.guid, round(report.wer, 4), report.words,
                                          report.model, datetime.now(UTC).isoformat()))
            heard.append(EpisodeHeard(ep, report, tips))
        return heard
    finally:
        cat.close()


def gate(report: ListenReport, max_wer: float, audio_label: str) -> None:
    """Raise ListenGateFailed (one line: the figure and the worst segment) above `max_wer`."""
    if report.wer <= max_wer:
        return
    worst = report.worst(1)
    where = ""
    if worst:
        s = worst[0]
        where = (f"; worst at {int(s.start // 60)}:{int(s.start % 60):02d}: meant "
                 f"{s.meant[:60]!r}, heard {s.heard[:60]!r}")
    raise ListenGateFailed(
        f"not published: the listener misheard {report.wer:.0%} of {audio_label}'s words "
        f"(limit {max_wer:.0%}){where}"[:290])
