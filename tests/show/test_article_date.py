"""The article's own date travels from extraction to the catalogue, the pages and the feed."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest
from lxml import html as lxml_html
from pipeline_helpers import BASE_URL, SHORT_ARTICLE

from audiodigest.models import Episode
from audiodigest.pipeline import DigestOptions
from audiodigest.show.catalogue import Catalogue
from audiodigest.show.publish import publish, remove


def test_old_catalogue_gains_the_article_date_column(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.db"
    old = sqlite3.connect(path)
    old.executescript("""CREATE TABLE episodes (guid TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE,
        slug TEXT NOT NULL UNIQUE, published TEXT NOT NULL, content_hash TEXT NOT NULL,
        data TEXT NOT NULL);""")
    data = ('{"guid": "g", "key": "k", "title": "Old", "slug": "old", "audio_file": "old.mp3", '
            '"size_bytes": 1, "duration_s": 1.0, "published": "2025-01-01T00:00:00+00:00", '
            '"summary": "s"}')
    old.execute("INSERT INTO episodes VALUES ('g', 'k', 'old', '2025-01-01', 'h', ?)", (data,))
    old.commit()
    old.close()
    cat = Catalogue(path)
    try:
        (ep,) = cat.episodes()
        assert ep.slug == "old" and ep.article_published is None and ep.voice is None
        new = Episode(guid="n", key="n", title="New", slug="new", audio_file="new.mp3",
                      size_bytes=1, duration_s=1.0, published=datetime(2026, 1, 1, tzinfo=UTC),
                      summary="s", article_published=datetime(2023, 4, 14, 13, 47), voice="en-us")
        with cat.transaction():
            cat.put(new)
        row = cat.db.execute("SELECT article_date FROM episodes WHERE guid = 'n'").fetchone()
        assert row == ("2023-04-14T13:47:00",)
        assert cat.by_guid("n") == new
    finally:
        cat.close()


@pytest.mark.slow
def test_published_episode_keeps_its_articles_date(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "ferry.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")  # "March 3, 2024 9:15 AM" in its byline
    out = tmp_path / "out"
    result = publish([str(article)], DigestOptions(out_dir=out, base_url=BASE_URL))
    ep = result.episode
    assert ep.article_published == datetime(2024, 3, 3, 9, 15)
    assert ep.published.date() == datetime.now(UTC).date()
    assert ep.voice and ep.voice in result.voice_reason
    page = lxml_html.fromstring((out / ep.page_file).read_bytes())
    assert page.xpath("//p[@class='ad-meta']/time/@datetime")[0] == "2024-03-03T09:15:00"
    assert page.xpath("string(//p[@class='ad-meta']/time)") == "3 March 2024"
    entry = feedparser.parse((out / "feed.xml").read_bytes()).entries[0]
    assert "Article published on 3 March 2024." in entry.summary
    assert entry.published_parsed.tm_year == datetime.now(UTC).year
    assert (out / f"{ep.slug}.embed.html").is_file()
    remove(ep.slug, out, base_url=BASE_URL)
    assert not (out / f"{ep.slug}.embed.html").exists()  # the embed page goes with it
