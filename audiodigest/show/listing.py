"""What `audiodigest list` shows: a show's episodes, newest first, read from its catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioDigestError
from ..models import Episode
from .catalogue import Catalogue
from .folder import OutputFolder

__all__ = ["Listed", "list_episodes"]

WER_COLUMN = "listen_wer"
"""The listener's word error rate per episode, once a listener has written one."""


@dataclass(frozen=True, slots=True)
class Listed:
    episode: Episode
    listen_wer: float | None
    """None when the episode was not listened to, or the catalogue keeps no such column."""


def list_episodes(out_dir: Path) -> tuple[list[Listed], bool]:
    """The show's episodes, newest first, and whether its catalogue keeps a listener's word
    error rate (a `listen_wer` column). Raises AudioDigestError when `out_dir` holds no show."""
    folder = OutputFolder(out_dir)
    if not folder.catalogue_path.is_file():
        raise AudioDigestError(f"{out_dir} holds no published show: publish an episode first "
                         "(or name the show's folder with --out)")
    cat = Catalogue(folder.catalogue_path)
    try:
        columns = {r[1] for r in cat.db.execute("PRAGMA table_info(episodes)")}
        wers: dict[str, float | None] = {}
        if WER_COLUMN in columns:
            rows = cat.db.execute(f"SELECT guid, {WER_COLUMN} FROM episodes")
            wers = {guid: None if wer is None else float(wer) for guid, wer in rows}
        episodes = cat.episodes()
    finally:
        cat.close()
    return [Listed(ep, wers.get(ep.guid)) for ep in episodes], WER_COLUMN in columns
