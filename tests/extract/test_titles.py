"""Titles without their site's name or search-engine tail; bylines and labels as authors."""

from __future__ import annotations

import pytest

from audiodigest.extract.byline import parse_label
from audiodigest.extract.document import extract_html, extract_text
from audiodigest.extract.titles import clean_title, names_site


@pytest.mark.parametrize(
    ("title", "site", "host", "expected"),
    [
        ("Harbour opens its tidal station | The Coastal Herald", None, None, "Harbour opens its tidal station"),
        ("Harbour opens its tidal station - The New York Times", None, "www.nytimes.com",
         "Harbour opens its tidal station"),
        ("BBC News - Harbour opens its tidal station", None, "www.bbc.co.uk", "Harbour opens its tidal station"),
        ("Le port rouvre après deux ans de travaux – Le Journal du Port", "Le Journal du Port", None,
         "Le port rouvre après deux ans de travaux"),
        ("Der Hafen öffnet wieder · Küstenzeitung", None, None, "Der Hafen öffnet wieder"),
        ("Гавань открылась после ремонта: новости, фото 2018", None, None, "Гавань открылась после ремонта"),
        ("El puerto reabre sus puertas » Noticias, fotos y vídeos", None, None, "El puerto reabre sus puertas"),
        ("港に新しい発電所が開く｜海岸新聞", None, None, "港に新しい発電所が開く"),
        ("Harbour opens its tidal station – Coastal Herald", None, "coastalherald.example",
         "Harbour opens its tidal station"),
        # colons and dashes inside headlines stay
        ("Brexit: what happens next", None, None, "Brexit: what happens next"),
        ("Apple unveils a new laptop – and it is fast", None, "www.example.com",
         "Apple unveils a new laptop – and it is fast"),
        ("Harbour opens - Boris Backs Cameron", None, "www.bbc.co.uk", "Harbour opens - Boris Backs Cameron"),
        ("The Herald view on the harbour: a town on the brink", "The Herald", None,
         "The Herald view on the harbour: a town on the brink"),
    ],
)
def test_title_tails(title: str, site: str | None, host: str | None, expected: str) -> None:
    assert clean_title(title, site, host) == expected


def test_site_name_printed_elsewhere_on_the_page() -> None:
    elsewhere = ["© 2024 Quayside Gazette", "About Quayside Gazette", "A long paragraph of the article."]
    assert names_site("Quayside Gazette", elsewhere=elsewhere)
    assert clean_title("Harbour opens its tidal station - Quayside Gazette", elsewhere=elsewhere) == (
        "Harbour opens its tidal station")
    assert not names_site("Quayside Gazette", elsewhere=elsewhere[:1])


def test_html_title_uses_the_pages_own_site_name() -> None:
    page = ("<html lang='de'><head><title>Der Hafen öffnet wieder – Küstenbote Online</title>"
            "<meta property='og:site_name' content='Küstenbote Online'></head><body><article>"
            "<p>Der Hafen der Stadt ist nach zwei Jahren Bauzeit wieder geöffnet worden, teilte die"
            " Verwaltung am Montag mit, und die ersten Fähren legten schon am Morgen an.</p>"
            "<p>Die Fischer hatten lange auf diesen Tag gewartet, weil sie ihre Boote während der"
            " Arbeiten in einem Nachbarort festmachen mussten.</p></article></body></html>")
    assert extract_html(page).title == "Der Hafen öffnet wieder"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Caroline Hawley, BBC diplomatic correspondent", "Caroline Hawley"),
        ("By Jane Doe, Reuters", "Jane Doe"),
        ("Jane Doe | Associated Press", "Jane Doe"),
        ("Anna Müller, Korrespondentin in Kiew", "Anna Müller"),
        ("Jean Dupont, envoyé spécial à Kiev", "Jean Dupont"),
        ("Eric SongBy Eric Song, IGN Staff", "Eric Song"),  # a dump glued credit and byline
        ("Boris Johnson, the prime minister", None),
        ("New York, United States", None),
        ("The council said on Monday, in a statement, that the pier would close.", None),
    ],
)
def test_label_lines(line: str, name: str | None) -> None:
    assert parse_label(line) == name


def test_label_in_html_body_becomes_the_author() -> None:
    page = ("<html><head><title>Talks resume in Geneva</title></head><body><article>"
            "<h1>Talks resume in Geneva</h1><p>Caroline Hawley, BBC diplomatic correspondent</p>"
            "<p>Diplomats from both sides returned to the table in Geneva on Monday after a break of"
            " three weeks, and officials said the first session had been calm.</p>"
            "<p>The talks are expected to last until Friday, when the ministers themselves may join"
            " their delegations for a final round.</p></article></body></html>")
    article = extract_html(page)
    assert article.authors == ("Caroline Hawley",)
    assert "correspondent" not in article.body
    byline = page.replace("Caroline Hawley, BBC diplomatic correspondent", "By Jane Doe, Reuters")
    article = extract_html(byline)
    assert article.authors == ("Jane Doe",)
    assert "Reuters" not in article.body


def test_label_in_page_dump_becomes_the_author() -> None:
    text = ("Talks resume in Geneva\n\nCaroline Hawley, BBC diplomatic correspondent\n\n"
            "Diplomats from both sides returned to the table in Geneva on Monday after a break of three"
            " weeks, and officials said the first session had been calm.\n\n"
            "The talks are expected to last until Friday, when the ministers themselves may join their"
            " delegations for a final round.\n")
    article = extract_text(text)
    assert article.authors == ("Caroline Hawley",)
    assert article.title == "Talks resume in Geneva"
    assert "correspondent" not in article.body
