"""HTML for the "listen to this article" pages: an episode's page, its embeddable player, the index.

Pages are static files next to the MP3, so any web server (or `audiodigest serve`) can host
them. Each episode has two: `<slug>.html`, with a player that stays in view while the transcript
and chapters scroll, and `<slug>.embed.html`, a compact bar a news site puts above its article
with an `<iframe>` (the snippet is on the episode's page). Interface words follow the episode's
language (`strings`); every value from an article or the settings is escaped (`markup.esc`).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from string import Template

from ..models import ChapterMark, Cue, Episode
from ..settings import ShowSettings
from .markup import aware, clock, dates_html, esc, excerpt, href
from .strings import strings_for

__all__ = [
    "EMBED_HEIGHT_PX",
    "STATIC_FILES",
    "embed_page_name",
    "episode_page_name",
    "render_embed_page",
    "render_episode_page",
    "render_index",
    "static_assets",
]

STATIC_FILES = ("player.js", "player.css")
"""The player's own assets; pages link them relatively, so no CDN is ever contacted."""
EMBED_HEIGHT_PX = 112
"""The embedded bar's height: its three rows fit from 320 px wide up, with no scrollbar."""
SUMMARY_CHARS = 300
INDEX_EXCERPT_CHARS = 280
SPEEDS = ("0.75", "1", "1.25", "1.5", "1.75", "2")
_TEMPLATES = Path(__file__).parent / "templates"
"""Package data (pyproject: audiodigest.site templates/*), read from the file system."""
_PLAY_ICONS = ('<svg class="ad-i ad-i-play" viewBox="0 0 24 24" aria-hidden="true" '
               'focusable="false"><path d="M8 5v14l11-7z"/></svg>'
               '<svg class="ad-i ad-i-pause" viewBox="0 0 24 24" aria-hidden="true" '
               'focusable="false"><path d="M6 5h4v14H6zM14 5h4v14h-4z"/></svg>')
_NOT_WORD = re.compile(r"[\W_]+")


def _template(name: str) -> Template:
    return Template((_TEMPLATES / name).read_text(encoding="utf-8"))


def static_assets() -> dict[str, bytes]:
    """The player's script and stylesheet, by file name."""
    return {name: (_TEMPLATES / name).read_bytes() for name in STATIC_FILES}


def episode_page_name(episode: Episode) -> str:
    return episode.page_file or f"{episode.slug}.html"


def embed_page_name(episode: Episode) -> str:
    """The embeddable player's page, beside the episode's: `<slug>.embed.html`."""
    page = episode_page_name(episode)
    return (page[:-5] if page.endswith(".html") else page) + ".embed.html"


def _page_url(base_url: str, name: str) -> str:
    base = base_url if base_url.endswith("/") else base_url + "/"
    return base + href(name)


def _language(episode: Episode, settings: ShowSettings) -> str:
    return episode.language or settings.language or "en"


def _labels(s: dict[str, str]) -> str:
    """The words the script needs, as attributes of the player's root."""
    return (f'data-l-play="{esc(s["play"])}" data-l-pause="{esc(s["pause"])}" '
            f'data-l-of="{esc(s["of"])}"')


def _play_button(s: dict[str, str], title: str | None, *, label: bool) -> str:
    """Play/pause: an icon, the word when `label`, and with `title` a name that says which."""
    play = s["play_title"].format(title=title) if title else s["play"]
    pause = s["pause_title"].format(title=title) if title else s["pause"]
    shown = f'<span class="ad-label">{esc(s["play"])}</span>' if label else ""
    return (f'<button type="button" class="ad-play" aria-label="{esc(play)}" '
            f'data-play-label="{esc(play)}" data-pause-label="{esc(pause)}">'
            f"{_PLAY_ICONS}{shown}</button>")


def _speed_select(s: dict[str, str]) -> str:
    options = "".join(f'<option value="{v}"{" selected" if v == "1" else ""}>{v}×</option>'
                      for v in SPEEDS)
    return f'<select class="ad-speed" aria-label="{esc(s["speed_label"])}">{options}</select>'


def _skip_buttons(s: dict[str, str]) -> str:
    return (f'<button type="button" class="ad-back" aria-label="{esc(s["back"])}">'
            f'<span aria-hidden="true">&#8722;15</span></button>'
            f'<button type="button" class="ad-fwd" aria-label="{esc(s["forward"])}">'
            f'<span aria-hidden="true">+15</span></button>')


def _seek(s: dict[str, str], episode: Episode) -> str:
    return (f'<input type="range" class="ad-seek" min="0" max="{int(episode.duration_s) + 1}" '
            f'step="1" value="0" aria-label="{esc(s["position"])}">'
            f'<span class="ad-time">0:00 / {clock(episode.duration_s)}</span>')


def _ai_badge(s: dict[str, str], disclosure: str) -> str:
    return f'<span class="ad-ai" title="{esc(disclosure)}">{esc(s["ai_voice"])}</span>'


def _chapters(episode: Episode) -> list[ChapterMark]:
    return sorted(episode.chapters, key=lambda c: c.start_s)


def _chapters_html(chapters: Sequence[ChapterMark], s: dict[str, str]) -> str:
    if not chapters:
        return ""
    items = "\n".join(
        f'<li><button type="button" class="ad-chapter" data-start="{c.start_s:.3f}">'
        f'<span class="ad-num">{n}.</span><span class="ad-ct">{esc(c.title)}</span>'
        f'<span class="ad-at">{clock(c.start_s)}</span></button></li>'
        for n, c in enumerate(chapters, start=1)
    )
    return (f'<nav class="ad-chapters" aria-labelledby="ad-chapters-h">\n'
            f'<h2 id="ad-chapters-h">{esc(s["chapters"])}</h2>\n<ol>\n{items}\n</ol>\n</nav>')


def _chapter_menu(chapters: Sequence[ChapterMark], s: dict[str, str]) -> str:
    """The embed's chapter list: a native select (keyboard and screen readers know it)."""
    if len(chapters) < 2:
        return ""
    options = "".join(f'<option value="{c.start_s:.3f}">{n}. {esc(c.title)}</option>'
                      for n, c in enumerate(chapters, start=1))
    return (f'<select class="ad-chapter-menu" aria-label="{esc(s["chapter_menu"])}">'
            f"{options}</select>")


def _key(text: str) -> str:
    return _NOT_WORD.sub(" ", text.casefold()).strip()


def _transcript_html(cues: Sequence[Cue], chapters: Sequence[ChapterMark]) -> str:
    """Sentences as buttons (click or Enter seeks), a spoken chapter title as a heading.

    Without cues the script builds the same from the VTT track.
    """
    titles = {_key(c.title): c.start_s for c in chapters}
    blocks: list[str] = []
    sentences: list[str] = []
    for cue in sorted(cues, key=lambda c: c.start_s):
        text = " ".join(cue.text.split())
        if not text:
            continue
        button = (f'<button type="button" class="ad-cue" data-start="{cue.start_s:.3f}" '
                  f'data-end="{cue.end_s:.3f}">{esc(text)}</button>')
        start = titles.get(_key(text))
        if start is not None and cue.start_s >= start - 0.01:
            del titles[_key(text)]
            if sentences:
                blocks.append("<p>" + " ".join(sentences) + "</p>")
                sentences = []
            blocks.append(f'<h3 class="ad-cue-heading">{button}</h3>')
        else:
            sentences.append(button)
    if sentences:
        blocks.append("<p>" + " ".join(sentences) + "</p>")
    return "\n".join(blocks)


def _embed_snippet(settings: ShowSettings, episode: Episode, base_url: str,
                   s: dict[str, str]) -> str:
    src = _page_url(base_url, embed_page_name(episode))
    return (f'<iframe src="{esc(src)}" title="{esc(s["player"])}: {esc(episode.title)}" '
            f'width="100%" height="{EMBED_HEIGHT_PX}" loading="lazy" '
            f'style="display:block;border:0;width:100%;max-width:100%;'
            f'height:{EMBED_HEIGHT_PX}px;overflow:hidden"></iframe>')


def _sources(episode: Episode, s: dict[str, str]) -> str:
    links = ", ".join(f'<a href="{esc(u)}" rel="noopener">{esc(u)}</a>'
                      for u in episode.article_urls
                      if urllib.parse.urlsplit(u).scheme in ("http", "https"))
    return f"{esc(s['read_article'])} {links}" if links else ""


def render_episode_page(settings: ShowSettings, episode: Episode, *, base_url: str,
                        feed_url: str, cover_file: str, cues: Sequence[Cue] = ()) -> str:
    """One episode's page: a player that stays in view, chapters, transcript, embed snippet."""
    language = _language(episode, settings)
    s = strings_for(language)
    disclosure = settings.disclosure_text or s["disclosure"]
    track = ""
    if episode.transcript_vtt:
        track = (f'<track kind="metadata" src="{esc(href(episode.transcript_vtt))}" '
                 f'srclang="{esc(language)}" label="{esc(s["transcript"])}">')
    chapters = _chapters(episode)
    values = {
        "lang": esc(language),
        "title": esc(episode.title),
        "show_title": esc(settings.title),
        "summary": esc(excerpt(episode.summary, SUMMARY_CHARS)),
        "feed_url": esc(feed_url),
        "cover": esc(href(episode.image_file or cover_file)),
        "index_cover": esc(href(cover_file)),
        "duration": f"{episode.duration_s:.3f}",
        "duration_text": clock(episode.duration_s),
        "dates": dates_html(episode, s, language),
        "audio": esc(href(episode.audio_file)),
        "track": track,
        "labels": _labels(s),
        "embed_page": esc(href(embed_page_name(episode))),
        "l_player": esc(s["player"]),
        "play": _play_button(s, None, label=True),
        "skip": _skip_buttons(s),
        "seek": _seek(s, episode),
        "speed": _speed_select(s),
        "ai": _ai_badge(s, disclosure),
        "disclosure": esc(disclosure),
        "chapters": _chapters_html(chapters, s),
        "l_transcript": esc(s["transcript"]),
        "cues": _transcript_html(cues, chapters),
        "l_embed": esc(s["embed"]),
        "l_embed_copy": esc(s["embed_copy"]),
        "embed": esc(_embed_snippet(settings, episode, base_url, s)),
        "sources": _sources(episode, s),
    }
    return _template("episode.html").substitute(values)


def render_embed_page(settings: ShowSettings, episode: Episode, *, cover_file: str) -> str:
    """The compact player for an `<iframe>` in a news article: one bar, no scrollbar."""
    language = _language(episode, settings)
    s = strings_for(language)
    values = {
        "lang": esc(language),
        "title": esc(episode.title),
        "show_title": esc(settings.title),
        "cover": esc(href(cover_file)),
        "duration": f"{episode.duration_s:.3f}",
        "audio": esc(href(episode.audio_file)),
        "labels": _labels(s),
        "page": esc(href(episode_page_name(episode))),
        "l_player": esc(s["player"]),
        "l_full_page": esc(s["full_page"]),
        "play": _play_button(s, None, label=False),
        "skip": _skip_buttons(s),
        "seek": _seek(s, episode),
        "speed": _speed_select(s),
        "chapter_menu": _chapter_menu(_chapters(episode), s),
        "ai": _ai_badge(s, settings.disclosure_text or s["disclosure"]),
    }
    return _template("embed.html").substitute(values)


def _index_row(settings: ShowSettings, episode: Episode, s: dict[str, str]) -> str:
    language = settings.language
    lang = esc(_language(episode, settings))
    return (
        f'<li class="ad-episode">\n'
        f'<div class="ad-player ad-mini" data-duration="{episode.duration_s:.3f}" {_labels(s)}>'
        f'<audio preload="none" src="{esc(href(episode.audio_file))}"></audio>'
        f"{_play_button(s, episode.title, label=False)}</div>\n"
        f'<div class="ad-episode-text">\n'
        f'<h2 lang="{lang}"><a href="{esc(href(episode_page_name(episode)))}">'
        f"{esc(episode.title)}</a></h2>\n"
        f'<p class="ad-meta">{dates_html(episode, s, language)} · {clock(episode.duration_s)} · '
        f'<a href="{esc(href(episode.audio_file))}">MP3</a></p>\n'
        f'<p lang="{lang}">{esc(excerpt(episode.summary, INDEX_EXCERPT_CHARS))}</p>\n'
        f"</div>\n</li>"
    )


def render_index(settings: ShowSettings, episodes: Sequence[Episode], *, feed_url: str,
                 cover_file: str) -> str:
    """The show's front page: every episode, newest first, each with a play button, and the
    feed address to subscribe."""
    s = strings_for(settings.language)
    ordered = sorted(episodes, key=lambda e: (aware(e.published), e.guid), reverse=True)
    rows = [_index_row(settings, ep, s) for ep in ordered]
    values = {
        "lang": esc(settings.language),
        "show_title": esc(settings.title),
        "description": esc(settings.description),
        "feed_url": esc(feed_url),
        "cover": esc(href(cover_file)),
        "disclosure": esc(settings.disclosure_text or s["disclosure"]),
        "l_subscribe": esc(s["subscribe"]),
        "l_rss": esc(s["rss"]),
        "episodes": "\n".join(rows) or f'<li>{esc(s["no_episodes"])}</li>',
    }
    return _template("index.html").substitute(values)
