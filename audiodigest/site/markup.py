"""Small pieces of the pages' HTML: escaping, links, times, dates and excerpts.

Every value from an article or the settings reaches the pages through `esc` here; the templates
hold only our own markup.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from datetime import UTC, datetime, time

from ..models import Episode
from .strings import format_date

__all__ = ["aware", "clock", "dates_html", "esc", "excerpt", "href", "iso", "time_html"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
"""Characters HTML forbids in text (controls, noncharacters, lone surrogates): a title from
`--title` or a stranger's page may carry them (an escape sequence, a NUL)."""
_TRAILING = " ,;:-–—(/[{«„“‘"
"""What an excerpt must not end on before its ellipsis."""


def esc(value: object) -> str:
    """`value` as HTML text or attribute: escaped, with forbidden characters dropped."""
    return html.escape(_CONTROL.sub("", str(value)), quote=True)


def href(name: str) -> str:
    """A relative link to a file in the same folder (percent-encoded, never a path)."""
    return urllib.parse.quote(name.lstrip("/"))


def clock(seconds: float) -> str:
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def aware(moment: datetime) -> datetime:
    """The catalogue stores UTC: a naive episode time means UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def iso(moment: datetime) -> str:
    """A valid HTML `datetime` value: with its offset when the zone is known, without it
    (a local date and time) when it is not, the date alone for a naive midnight."""
    if moment.tzinfo is None and moment.time() == time(0):
        return moment.date().isoformat()
    return moment.isoformat()


def time_html(moment: datetime, language: str | None) -> str:
    return f'<time datetime="{esc(iso(moment))}">{esc(format_date(moment, language))}</time>'


def dates_html(episode: Episode, strings: dict[str, str], language: str | None) -> str:
    """"Article: 14 April 2023 · Episode: 3 December 2026": the article's own date when it has
    one, then when the episode came out."""
    parts = []
    if episode.article_published is not None:
        parts.append(esc(strings["article_date"]).replace(
            "{date}", time_html(episode.article_published, language)))
    parts.append(esc(strings["episode_date"]).replace(
        "{date}", time_html(aware(episode.published), language)))
    return " · ".join(parts)


def excerpt(text: str, limit: int) -> str:
    """At most `limit` characters of `text`, cut between words and ended with "…" when cut.

    Text in a script written without spaces (Japanese, Chinese) is cut at `limit` characters.
    """
    words = " ".join(text.split())
    cut = words.endswith("…")
    if cut:
        words = words[:-1].rstrip()
    if len(words) > limit:
        cut = True
        head = words[: limit + 1]
        space = head.rfind(" ")
        words = head[:space] if space > limit // 2 else words[:limit]
    if not cut:
        return words
    return words.rstrip(_TRAILING) + "…"
