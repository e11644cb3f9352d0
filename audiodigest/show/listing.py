"""What `audiodigest list` shows: a show's episodes, newest first, read from its catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioDigestError
from ..models import Episode
from .catalogue import Catalogue
from .folder import OutputFolder

__all__ = ["Listed", "list_episodes"]

@dataclass(frozen=True, slots=True)
class Listed:
    episode: Episode
    listen_wer: float | None
    """None when the episode was not listened to, or the catalogue keeps no such column."""


def list_episodes(out_dir: Path) -> tuple[list[Listed], bool]:
    """The show's episodes, newest first, each with the listener's last word error rate (None
    where it never listened), and whether any was listened to. Raises AudioDigestError when
    `out_dir` holds no show."""
    folder = OutputFolder(out_dir)
    if not folder.catalogue_path.is_file():
        raise AudioDigestError(f"{out_dir} holds no published show: publish an episode first "
                         "(or name the show's folder with --out)")
    cat = Catalogue(folder.catalogue_path)
    try:
        heard = cat.listened()
        episodes = cat.episodes()
    finally:
        cat.close()
    listed = [Listed(ep, heard[ep.guid].wer if ep.guid in heard else None) for ep in episodes]
    return listed, any(item.listen_wer is not None for item in listed)
