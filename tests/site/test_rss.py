"""The feed, read by real parsers (feedparser, podcastparser, lxml) and the shared feedcheck."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

import subprocess
import sys
import uuid
from dataclasses import replace
from pathlib import Path

import feedparser
import podcastparser
import pytest
from helpers_media import HOSTILE_TITLE, PublishedShow, published_show, show_media  # noqa: F401
from lxml import etree

from audiodigest.errors import FeedError
from audiodigest.site.rss import MACHINE_VOICE_NOTE, PODCAST_GUID_NAMESPACE, podcast_guid, render_feed

FEEDCHECK = Path("/work/shared/tools/feedcheck.py")
NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0", "atom": "http://www.w3.org/2005/Atom"}


def _feed(show: PublishedShow) -> bytes:
    return (show.out / "feed.xml").read_bytes()


def test_feedparser_reads_it_cleanly(published_show: PublishedShow) -> None:
    parsed = feedparser.parse(_feed(published_show))
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.feed.title == "Test <Show> & Friends"
    assert [e.title for e in parsed.entries] == [HOSTILE_TITLE, "First episode"]  # newest first
    for entry, episode in zip(parsed.entries, reversed(published_show.episodes), strict=True):
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert int(enclosure.length) == (published_show.out / episode.audio_file).stat().st_size
        assert enclosure.href == published_show.base_url + episode.audio_file
        assert entry.id == episode.guid
        assert MACHINE_VOICE_NOTE in entry.summary or "computer voice" in entry.summary


def test_podcastparser_sees_every_episode(published_show: PublishedShow) -> None:
    parsed = podcastparser.parse(published_show.base_url + "feed.xml",
                                 (published_show.out / "feed.xml").open("rb"))
    assert len(parsed["episodes"]) == 2
    assert {e["guid"] for e in parsed["episodes"]} == {e.guid for e in published_show.episodes}
    for episode in parsed["episodes"]:
        assert episode["enclosures"][0]["mime_type"] == "audio/mpeg"
        assert episode["total_time"] > 0
    assert parsed["title"] == "Test <Show> & Friends"


def test_shared_feedcheck_passes_without_warnings(published_show: PublishedShow) -> None:
    if not FEEDCHECK.exists():
        pytest.skip(f"{FEEDCHECK} is not available")
    result = subprocess.run(
        [sys.executable, str(FEEDCHECK), str(published_show.out / "feed.xml"), "--output-dir",
         str(published_show.out), "--base-url", published_show.base_url, "--strict"],
        capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 failed, 0 warnings" in result.stdout


def test_required_and_podcasting20_tags(published_show: PublishedShow) -> None:
    root = etree.fromstring(_feed(published_show))
    channel = root.find("channel")
    assert root.get("version") == "2.0"
    self_url = published_show.base_url + "feed.xml"
    assert channel.find("atom:link[@rel='self']", NS).get("href") == self_url
    assert channel.findtext("podcast:guid", namespaces=NS) == str(
        uuid.uuid5(PODCAST_GUID_NAMESPACE, "podcast.example/show/feed.xml"))
    assert channel.findtext("podcast:locked", namespaces=NS) == "yes"
    assert channel.findtext("itunes:explicit", namespaces=NS) == "false"
    category = channel.find("itunes:category", NS)
    assert category.get("text") == "News"
    assert category.find("itunes:category", NS).get("text") == "Daily News"
    assert channel.find("itunes:image", NS).get("href") == published_show.base_url + "cover.jpg"
    newest = channel.find("item")
    assert newest.findtext("itunes:episodeType", namespaces=NS) == "full"
    assert newest.find("itunes:image", NS).get("href").endswith("episode-2.jpg")
    kinds = {t.get("type"): t.get("url") for t in newest.findall("podcast:transcript", NS)}
    assert kinds == {"text/vtt": published_show.base_url + "episode-2.vtt",
                     "application/x-subrip": published_show.base_url + "episode-2.srt"}
    chapters = newest.find("podcast:chapters", NS)
    assert chapters.get("type") == "application/json+chapters"
    assert newest.find("guid").get("isPermaLink") == "false"
    oldest = channel.findall("item")[-1]
    assert oldest.find("itunes:image", NS) is None  # no article image -> no episode image


def test_hostile_text_stays_text(published_show: PublishedShow) -> None:
    data = _feed(published_show)
    assert b"<script>" not in data and b"<![CDATA[" not in data
    root = etree.fromstring(data)
    assert root.find("channel/item/title").text == HOSTILE_TITLE
    assert "<b>markup</b> & an ampersand" in root.find("channel/item/description").text


def test_output_is_deterministic_and_guids_stable(published_show: PublishedShow) -> None:
    show = published_show
    args = {"base_url": show.base_url, "artwork_file": "cover.jpg"}
    assert render_feed(show.settings, show.episodes, **args) == _feed(show)
    renamed = [replace(e, title=e.title + " (updated)") for e in show.episodes]
    again = etree.fromstring(render_feed(show.settings, list(reversed(renamed)), **args))
    assert [g.text for g in again.iter("guid")] == [e.guid for e in reversed(show.episodes)]


def test_control_characters_are_dropped_not_fatal(published_show: PublishedShow) -> None:
    episode = replace(published_show.episodes[0], title="Bell\x07 and NUL\x00 title")
    data = render_feed(published_show.settings, [episode], base_url=published_show.base_url,
                       artwork_file="cover.jpg")
    assert feedparser.parse(data).entries[0].title == "Bell and NUL title"


@pytest.mark.parametrize("bad", ["/relative/", "ftp://host/", "example.com/podcast"])
def test_relative_base_url_is_refused(published_show: PublishedShow, bad: str) -> None:
    with pytest.raises(FeedError, match="absolute http"):
        render_feed(published_show.settings, published_show.episodes, base_url=bad,
                    artwork_file="cover.jpg")


def test_podcast_guid_ignores_scheme_and_trailing_slash() -> None:
    # The namespace spec's own example: podcastindex.org/namespace/1.0 docs (guid section).
    assert podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == \
        "917393e3-1b1e-5cef-ace4-edaa54e1f810"
    assert podcast_guid("http://a.example/feed.xml/") == podcast_guid("https://a.example/feed.xml")


def test_local_source_paths_stay_out_of_the_feed(published_show: PublishedShow) -> None:
    episode = replace(published_show.episodes[0], page_file=None,
                      article_urls=("/home/someone/private/notes.txt", "https://news.example/x"))
    data = render_feed(published_show.settings, [episode], base_url=published_show.base_url,
                       artwork_file="cover.jpg")
    assert b"/home/someone" not in data
    entry = feedparser.parse(data).entries[0]
    assert entry.link == "https://news.example/x"
    assert "Source: https://news.example/x" in entry.summary


def test_pubdate_is_the_episodes_and_the_description_names_the_articles_date(
        published_show: PublishedShow) -> None:
    """Apps sort by pubDate, so it stays the release time; the article's date is said."""
    from datetime import datetime

    show = published_show
    old = replace(show.episodes[0], article_published=datetime(2023, 4, 14, 13, 47))
    ru = replace(show.episodes[1], language="ru", article_published=datetime(2023, 4, 12))
    data = render_feed(show.settings, [old, ru], base_url=show.base_url,
                       artwork_file="cover.jpg")
    entries = {e.id: e for e in feedparser.parse(data).entries}
    first, second = entries[old.guid], entries[ru.guid]
    assert first.published == "Thu, 01 Jan 2026 08:30:00 +0000"
    assert "Article published on 14 April 2023." in first.summary
    assert "Статья опубликована 12 апреля 2023 г." in second.summary
    assert first.summary.index("Article published") < first.summary.index(MACHINE_VOICE_NOTE)
    plain = feedparser.parse(_feed(show)).entries[0]
    assert "Article published" not in plain.summary
