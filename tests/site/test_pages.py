"""render_site: every derived file, the right cover, escaped pages, no name collisions."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

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
                          "episode-1.html", "episode-2.html"}
    assert files["cover.jpg"] == make_cover(show.settings.title)


def test_pages_escape_everything(published_show: PublishedShow) -> None:
    show = published_show
    files = render_site(show.settings, show.episodes, base_url=show.base_url)
    for name in ("index.html", "episode-2.html"):
        text = files[name].decode("utf-8")
        assert "<script>alert" not in text and "<b>markup" not in text
        doc = lxml_html.fromstring(files[name])
        scripts = doc.xpath("//script")
        assert [s.get("src") for s in scripts] == ([] if name == "index.html" else ["player.js"])
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
