"""render_site: every derived file, the right cover, escaped pages, no name collisions."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from helpers_media import HOSTILE_TITLE, PublishedShow, published_show, show_media  # noqa: F401
from lxml import html as lxml_html
from PIL import Image

from audiodigest.errors import FeedError, SettingsError
from audiodigest.site.artwork import make_cover
from audiodigest.site.pages import render_site


def test_every_derived_file_is_there(published_show: PublishedShow) -> None:
    show = published_show
    files = render_site(show.settings, show.episodes, base_url=show.base_url)
    assert set(files) == {"feed.xml", "index.html", "player.js", "player.css", "cover.jpg",
                          "episode-1.html", "episode-2.html", "episode-1.embed.html",
                          "episode-2.embed.html"}
    assert files["cover.jpg"] == make_cover(show.settings.title)


def test_pages_escape_everything(published_show: PublishedShow) -> None:
    show = published_show
    files = render_site(show.settings, show.episodes, base_url=show.base_url)
    for name in ("index.html", "episode-2.html"):
        text = files[name].decode("utf-8")
        assert "<script>alert" not in text and "<b>markup" not in text
        doc = lxml_html.fromstring(files[name])
        scripts = doc.xpath("//script")
        assert [s.get("src") for s in scripts] == ["player.js"]
        assert not doc.xpath("//*[starts-with(@src, 'http') or starts-with(@href, '//')]"
                             "[not(self::a)][not(self::link[@rel='alternate'])]")
    page = lxml_html.fromstring(files["episode-2.html"])
    assert page.xpath("string(//h1)") == HOSTILE_TITLE
    assert "Tom &amp; Jerry" in page.xpath("string(//textarea)")  # snippet escaped for pasting


def test_given_png_artwork_is_copied_and_referenced(published_show: PublishedShow,
                                                   tmp_path: Path) -> None:
    art = tmp_path / "art.png"
    Image.new("RGB", (1500, 1500), (10, 20, 30)).save(art)
    show = published_show
    files = render_site(replace(show.settings, artwork=art), show.episodes, base_url=show.base_url)
    assert files["cover.png"] == art.read_bytes() and "cover.jpg" not in files
    assert f'href="{show.base_url}cover.png"'.encode() in files["feed.xml"]


def test_bad_artwork_and_colliding_pages_are_refused(published_show: PublishedShow,
                                                    tmp_path: Path) -> None:
    show = published_show
    small = tmp_path / "small.jpg"
    Image.new("RGB", (300, 300)).save(small)
    with pytest.raises(SettingsError, match="small.jpg"):
        render_site(replace(show.settings, artwork=small), show.episodes, base_url=show.base_url)
    clash = replace(show.episodes[0], page_file="index.html")
    with pytest.raises(FeedError, match="collides"):
        render_site(show.settings, [clash, show.episodes[1]], base_url=show.base_url)
    twin = replace(show.episodes[1], page_file=show.episodes[0].page_file)
    with pytest.raises(FeedError, match="collides"):
        render_site(show.settings, [show.episodes[0], twin], base_url=show.base_url)
    embed_twin = replace(show.episodes[1], page_file="episode-1.embed.html")
    with pytest.raises(FeedError, match="collides"):
        render_site(show.settings, [show.episodes[0], embed_twin], base_url=show.base_url)


def _doc(files: dict[str, bytes], name: str) -> Any:
    return lxml_html.fromstring(files[name])


def test_pages_show_the_articles_date_beside_the_episodes(published_show: PublishedShow
                                                         ) -> None:
    show = published_show
    zoned = replace(show.episodes[0], article_published=datetime(
        2023, 4, 14, 13, 47, tzinfo=timezone(timedelta(hours=2))))
    naive = replace(show.episodes[1], article_published=datetime(2023, 4, 12))
    files = render_site(show.settings, [zoned, naive], base_url=show.base_url)
    page = _doc(files, "episode-1.html")
    times = [(t.get("datetime"), t.text_content()) for t in page.xpath("//p[@class='ad-meta']/time")]
    assert times == [("2023-04-14T13:47:00+02:00", "14 April 2023"),
                     ("2026-01-01T08:30:00+00:00", "1 January 2026")]
    assert page.xpath("string(//p[@class='ad-meta'])").startswith(
        "Article: 14 April 2023 · Episode: 1 January 2026 · ")
    index = _doc(files, "index.html")
    dates = index.xpath("//li[@class='ad-episode']//p[@class='ad-meta']/time/@datetime")
    assert dates == ["2023-04-12", "2026-01-02T08:30:00+00:00",
                     "2023-04-14T13:47:00+02:00", "2026-01-01T08:30:00+00:00"]
    # without an article date, the episode's alone
    plain = _doc(render_site(show.settings, show.episodes, base_url=show.base_url),
                 "episode-1.html")
    assert len(plain.xpath("//p[@class='ad-meta']/time")) == 1


def test_excerpts_end_on_a_whole_word(published_show: PublishedShow) -> None:
    show = published_show
    words = "Boats will leave every twenty minutes during the morning peak, and"
    long = replace(show.episodes[0], summary=" ".join([words] * 20) + " …")
    files = render_site(show.settings, [long, show.episodes[1]], base_url=show.base_url)
    index = _doc(files, "index.html")
    text = index.xpath("string(//li[@class='ad-episode'][2]//p[not(@class)])")
    assert text.endswith("…") and len(text) <= 281
    assert text[:-1].split(" ")[-1] in words.replace(",", "").split()
    description = _doc(files, "episode-1.html").xpath("string(//meta[@name='description']/@content)")
    assert description.endswith("…") and description[:-1].split()[-1] in words.split()


def test_russian_episode_pages_speak_russian(published_show: PublishedShow) -> None:
    show = published_show
    ru = replace(show.episodes[0], language="ru", title="Москва приняла новый бюджет")
    files = render_site(show.settings, [ru, show.episodes[1]], base_url=show.base_url)
    for name in ("episode-1.html", "episode-1.embed.html"):
        doc = _doc(files, name)
        assert doc.get("lang") == "ru"
        play = doc.xpath("//button[contains(@class, 'ad-play')]")[0]
        assert play.get("aria-label") == "Воспроизвести"
        assert doc.xpath("//*[@class='ad-ai']")[0].text_content() == "ИИ-голос"
        assert doc.xpath("//button[@class='ad-back']/@aria-label") == ["Назад на 15 секунд"]
    page = _doc(files, "episode-1.html")
    assert page.xpath("string(//h2[@id='ad-transcript-h'])") == "Расшифровка"
    assert page.xpath("string(//p[@class='ad-meta']/time)") == "1 января 2026 г."
    index = _doc(files, "index.html")  # the show's own language; the title marked as Russian
    assert index.get("lang") == "en"
    assert index.xpath("//li[@class='ad-episode'][2]//h2/@lang") == ["ru"]
