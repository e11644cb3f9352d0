"""Real test media for the feed/site/player/serve tests: MP3s from espeak-ng + ffmpeg.

Not a conftest (that file belongs to another part of the suite): test modules import the
fixtures they use from here. The session fixture `published_show` builds a complete output
folder once: two spoken episodes with VTT, SRT, JSON chapters and an episode image, rendered
by `render_site` exactly as the pipeline would write it.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from audiodigest.models import ChapterMark, Cue, Episode
from audiodigest.settings import ShowSettings
from audiodigest.site.artwork import episode_image
from audiodigest.site.pages import render_site
from audiodigest.site.serve import make_server
from audiodigest.site.transcripts import to_chapters_json, to_srt, to_vtt

__all__ = ["HOSTILE_TITLE", "PublishedShow", "make_mp3", "published_show", "served_show",
           "write_show"]

HOSTILE_TITLE = 'Tom & Jerry ]]> <script>alert("x")</script> \u201cquoted\u201d'
SENTENCES = (
    ("Intro", ("Welcome to the test show.", "This is the first chapter of the episode.")),
    ("Main story", ("Here is the main story, told slowly.", "It has a second sentence too.",
                    "And a third one to finish.")),
)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed")
    return path


def make_mp3(text: str, out: Path) -> float:
    """Speak `text` with espeak-ng, encode it with ffmpeg at 64 kb/s; return its duration (s)."""
    wav = out.with_suffix(".wav")
    subprocess.run([_tool("espeak-ng"), "-w", str(wav), text], check=True, capture_output=True)
    subprocess.run([_tool("ffmpeg"), "-nostdin", "-loglevel", "error", "-y", "-i", str(wav),
                    "-b:a", "64k", str(out)], check=True, capture_output=True)
    wav.unlink()
    probe = subprocess.run([_tool("ffprobe"), "-v", "error", "-show_entries", "format=duration",
                            "-of", "json", str(out)], check=True, capture_output=True, text=True)
    return float(json.loads(probe.stdout)["format"]["duration"])


def _timed_sentences(duration: float) -> tuple[tuple[ChapterMark, ...], tuple[Cue, ...]]:
    """Chapters and cues spread over the real duration, in proportion to sentence length."""
    flat = [(ch, s) for ch, sents in SENTENCES for s in sents]
    total = sum(len(s) for _, s in flat)
    cues, chapters, t = [], [], 0.0
    starts: dict[str, float] = {}
    for ch, sentence in flat:
        span = duration * len(sentence) / total
        starts.setdefault(ch, t)
        cues.append(Cue(round(t, 3), round(t + span, 3), sentence))
        t += span
    names = list(starts)
    for i, name in enumerate(names):
        end = starts[names[i + 1]] if i + 1 < len(names) else duration
        chapters.append(ChapterMark(name, round(starts[name], 3), round(end, 3)))
    return tuple(chapters), tuple(cues)


@dataclass(frozen=True)
class PublishedShow:
    out: Path
    base_url: str
    settings: ShowSettings
    episodes: tuple[Episode, ...]
    cues: dict[str, tuple[Cue, ...]]


def _lead_image() -> bytes:
    """A wide PNG with alpha, like a news site's lead image, for episode_image to square."""
    buf = io.BytesIO()
    Image.new("RGBA", (1200, 675), (200, 60, 40, 200)).save(buf, "PNG")
    return buf.getvalue()


def write_show(out: Path, base_url: str, media: Path) -> PublishedShow:
    """Render the site for the episodes whose media is in `media` into `out` (created)."""
    out.mkdir(parents=True, exist_ok=True)
    settings = ShowSettings(title="Test <Show> & Friends", email="owner@example.com",
                            subcategory="Daily News", base_url=base_url)
    episodes, cues = [], {}
    for n in (1, 2):
        slug = f"episode-{n}"
        mp3 = out / f"{slug}.mp3"
        shutil.copyfile(media / f"{slug}.mp3", mp3)
        duration = float((media / f"{slug}.duration").read_text())
        chapters, ep_cues = _timed_sentences(duration)
        title = HOSTILE_TITLE if n == 2 else "First episode"
        (out / f"{slug}.vtt").write_text(to_vtt(ep_cues), encoding="utf-8")
        (out / f"{slug}.srt").write_text(to_srt(ep_cues), encoding="utf-8")
        (out / f"{slug}.chapters.json").write_text(to_chapters_json(chapters, title), encoding="utf-8")
        image = None
        if n == 2:
            image = f"{slug}.jpg"
            (out / image).write_bytes(episode_image(_lead_image()))
        files = tuple(f for f in (f"{slug}.mp3", f"{slug}.vtt", f"{slug}.srt",
                                  f"{slug}.chapters.json", image, f"{slug}.html") if f)
        ep = Episode(
            guid=f"urn:audiodigest:test:{n}", key=f"https://news.example/{n}", title=title,
            slug=slug, audio_file=f"{slug}.mp3", size_bytes=mp3.stat().st_size,
            duration_s=duration, published=datetime(2026, 1, n, 8, 30, tzinfo=UTC),
            summary=f"Summary {n} with <b>markup</b> & an ampersand.",
            article_urls=(f"https://news.example/{n}?a=1&b=2",), author="Reporter & Co",
            chapters=chapters, image_file=image, transcript_vtt=f"{slug}.vtt",
            transcript_srt=f"{slug}.srt", chapters_json=f"{slug}.chapters.json",
            page_file=f"{slug}.html", files=files)
        episodes.append(ep)
        cues[ep.guid] = ep_cues
    # Episode 1's page reads its transcript from the VTT in the browser; episode 2's is inline.
    site = render_site(settings, episodes, base_url=base_url, cues={episodes[1].guid: cues[episodes[1].guid]})
    for name, data in site.items():
        (out / name).write_bytes(data)
    return PublishedShow(out, base_url, settings, tuple(episodes), cues)


@pytest.fixture(scope="session")
def show_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two short spoken MP3s, made once per session."""
    media = tmp_path_factory.mktemp("media")
    for n in (1, 2):
        text = " ".join(s for _, sents in SENTENCES for s in sents)
        duration = make_mp3(f"Episode {n}. {text}", media / f"episode-{n}.mp3")
        (media / f"episode-{n}.duration").write_text(repr(duration))
    return media


@pytest.fixture(scope="session")
def published_show(tmp_path_factory: pytest.TempPathFactory, show_media: Path) -> PublishedShow:
    """A complete output folder with base URL https://podcast.example/show/ (checked locally)."""
    return write_show(tmp_path_factory.mktemp("show"), "https://podcast.example/show/", show_media)


@pytest.fixture(scope="session")
def served_show(tmp_path_factory: pytest.TempPathFactory,
                show_media: Path) -> Iterator[PublishedShow]:
    """The same show, served by audiodigest's own server on 127.0.0.1 with matching URLs."""
    out = tmp_path_factory.mktemp("served")
    server = make_server(out, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        yield write_show(out, base, show_media)
    finally:
        server.shutdown()
        server.server_close()
