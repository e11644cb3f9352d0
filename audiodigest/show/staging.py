"""Atomic publishing: staging folders, the feed's checks, moving files in, recovery and trash.

The order of a publish is what makes it safe to kill at any moment:

1. everything new is built in a staging folder on the same file system (the MP3 and its
   tags, transcripts, chapters, and every file of the site, feed.xml included), and the new
   feed is checked there; a feed that fails its checks is never published;
2. a manifest naming the new files is written to the staging folder;
3. one SQLite transaction records the episode, and puts the files it no longer needs (an
   older version's, retired episodes') in the trash: the point of no return;
4. the episode's files move into the output folder under new names (a content hash is part
   of each name), so nothing the current feed names is touched;
5. the site's files move into place, feed.xml last: that rename is the moment of publishing;
6. trash files are deleted: no feed names them any more.

A run killed before step 3 leaves the output folder exactly as it was (the next run deletes
its staging folder). A run killed after it is finished by the next run, which moves the
remaining files from the staging folder and re-renders the site from the catalogue before it
deletes anything.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import FeedError
from ..models import Cue, Episode, RenderedAudio, Script
from ..settings import ShowSettings
from .catalogue import Catalogue
from .folder import OutputFolder, sync_dir, sync_files

__all__ = [
    "FEED_FILE",
    "check_staged",
    "empty_trash",
    "install_site",
    "move_in",
    "recover",
    "rewrite_site",
    "site_files",
    "stage_site",
    "write_episode_files",
]

FEED_FILE = "feed.xml"


def site_files(settings: ShowSettings, episodes: Sequence[Episode], base_url: str,
               root: Path, fresh: dict[str, tuple[Cue, ...]] | None = None) -> dict[str, bytes]:
    """Every file of the site, with each episode's transcript written into its page.

    `fresh` holds the cues of episodes not yet in the folder; the others' come from their
    VTT files, so a page reads without JavaScript too.
    """
    from ..site.pages import render_site

    cues: dict[str, tuple[Cue, ...]] = dict(fresh or {})
    for ep in episodes:
        if ep.guid not in cues and ep.transcript_vtt:
            found = _cues_of(root / ep.transcript_vtt)
            if found is not None:
                cues[ep.guid] = found
    return render_site(settings, episodes, base_url=base_url, cues=cues)


_CUES: dict[tuple[str, int, int], tuple[Cue, ...]] = {}
"""Parsed VTT files by (path, size, mtime): a run publishing many episodes reads each once."""


def _cues_of(path: Path) -> tuple[Cue, ...] | None:
    from ..site.transcripts import parse_vtt

    try:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if key not in _CUES:
            _CUES[key] = parse_vtt(path.read_text(encoding="utf-8"))
        return _CUES[key]
    except (OSError, UnicodeDecodeError, ValueError):
        return None  # the page then builds the transcript from the VTT in the browser


def stage_site(staging: Path, files: dict[str, bytes], root: Path) -> list[str]:
    """Write the site files that differ from the folder's under staging/site; return their
    names, feed.xml last. Unchanged pages are left alone (a show may have hundreds)."""
    site = staging / "site"
    names = []
    for name, data in files.items():
        current = root / name
        try:
            if name != FEED_FILE and current.stat().st_size == len(data) \
                    and current.read_bytes() == data:
                continue
        except OSError:
            pass
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        names.append(name)
    return sorted(names, key=lambda n: (n == FEED_FILE, n))


def install_site(staging: Path, root: Path, names: Sequence[str]) -> None:
    """Move the staged site in, feed.xml last: the moment of publishing. Whatever it names is
    on disk before it (see `move_in`), and its own rename is flushed before we go on."""
    for name in names:
        src = staging / "site" / name
        if src.exists():
            dest = root / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            if name == FEED_FILE:
                sync_files([src])
            os.replace(src, dest)
    sync_dir(root)


def move_in(staging: Path, root: Path, names: Sequence[str]) -> None:
    """Move staged episode files (flushed to disk before the catalogue commit) into the folder,
    and flush the folder's entries, so a power cut after the feed names them cannot lose them."""
    for name in names:
        if (staging / name).exists():
            os.replace(staging / name, root / name)
    sync_dir(root)


def empty_trash(folder: OutputFolder, cat: Catalogue) -> None:
    """Delete the trashed files no episode names any more."""
    names = cat.trash()
    if not names:
        return
    referenced = cat.referenced_files()
    for name in names:
        if name not in referenced:
            (folder.root / name).unlink(missing_ok=True)
    cat.clear_trash(names)


def rewrite_site(folder: OutputFolder, cat: Catalogue, settings: ShowSettings,
                 base_url: str) -> None:
    """Render the whole site from the catalogue and install what changed."""
    staging = folder.new_staging()
    try:
        names = stage_site(staging, site_files(settings, cat.episodes(), base_url, folder.root),
                           folder.root)
        install_site(staging, folder.root, names)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _committed(cat: Catalogue, manifest: dict[str, Any]) -> bool:
    guid = manifest.get("guid")
    if guid:
        ep = cat.by_guid(guid)
        if ep is None or ep.content_hash != manifest.get("content_hash"):
            return False
    return all(cat.by_guid(g) is None for g in manifest.get("retired", []))


def recover(folder: OutputFolder, cat: Catalogue, settings: ShowSettings, base_url: str) -> bool:
    """Finish or undo what a killed run left; True if there was anything to do."""
    leftovers = folder.leftover_staging()
    if not leftovers and not cat.trash():
        return False
    for staging in leftovers:
        manifest = folder.read_manifest(staging)
        if manifest is not None and _committed(cat, manifest):
            move_in(staging, folder.root, manifest.get("episode_files", []))  # roll forward
        shutil.rmtree(staging, ignore_errors=True)  # not committed: nothing was moved
    rewrite_site(folder, cat, settings, base_url)
    empty_trash(folder, cat)
    return True


def check_staged(staging: Path, root: Path, base_url: str, episode_files: Sequence[str],
                 site_names: Sequence[str]) -> None:
    """Run the directory checks on the staged feed, seeing staged files over the folder's."""
    from ..site.check import check_feed

    overlay: dict[str, Path | bytes] = {n: staging / "site" / n for n in site_names}
    overlay.update({n: staging / n for n in episode_files})
    problems = check_feed(staging / "site" / FEED_FILE, output_dir=root, base_url=base_url,
                          overlay=overlay)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        mine = set(episode_files) | set(site_names)
        hand = any(("file" in p or "missing" in p) and not any(n in p for n in mine)
                   for p in problems)
        advice = (f"; a file of an earlier episode in {root} was changed or deleted: publish "
                  "that episode's source again, or take it out with `audiodigest remove "
                  f"EPISODE --out {root}`" if hand else "")
        raise FeedError(
            f"the new feed fails its checks, so nothing was published: {problems[0]}{more}"
            f"{advice}")


def write_episode_files(staging: Path, stem: str, audio: RenderedAudio, script: Script
                        ) -> dict[str, str]:
    """The episode's transcripts (WebVTT, SubRip) and chapters JSON, in the staging folder."""
    from ..site.transcripts import to_chapters_json, to_srt, to_vtt

    names = {
        "vtt": f"{stem}.vtt",
        "srt": f"{stem}.srt",
        "chapters": f"{stem}.chapters.json",
    }
    (staging / names["vtt"]).write_text(to_vtt(audio.cues), encoding="utf-8")
    (staging / names["srt"]).write_text(to_srt(audio.cues), encoding="utf-8")
    (staging / names["chapters"]).write_text(
        to_chapters_json(audio.chapters, script.title), encoding="utf-8")
    return names
