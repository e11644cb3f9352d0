"""HTML extraction and the public extract API, on fixture pages, folders, feeds and the web."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from audiodigest import extract
from audiodigest.errors import ExtractionError, NoArticleText
from audiodigest.extract.document import article_text, extract_html
from audiodigest.pipeline import extract_all

SITE = Path(__file__).parents[1] / "fixtures" / "site"
EXPECTED = (SITE / "article.expected.txt").read_text(encoding="utf-8").strip()


def test_html_article_body_and_metadata() -> None:
    article = extract_html((SITE / "article.html").read_text(encoding="utf-8"), "http://127.0.0.1:8/article.html")
    assert article.body == EXPECTED
    assert article.title == "Harbour town opens its first tidal power station"
    assert article.authors == ("Ann Lee", "Bo Chan")
    assert article.author == "Ann Lee and Bo Chan"
    assert article.published == datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
    assert article.site == "The Coastal Herald"
    assert article.url == "https://news.example.org/2024/03/harbour-tidal-power"
    assert article.image_url == "http://127.0.0.1:8/images/turbines.jpg"
    assert article.language == "en-gb"  # the page's lang="en-GB": day-first dates
    assert [s.heading for s in article.sections] == [None, "How the turbines work", "What people in the town say"]


def test_chrome_removed() -> None:
    body = article_text((SITE / "article.html").read_text(encoding="utf-8"))
    for chrome in ("Skip to content", "Getty Images", "Share this article", "newsletter", "inbox",
                   "Related stories", "sea wall", "All rights reserved", "By Ann Lee"):
        assert chrome not in body, chrome


def test_repeated_lead_kept_once() -> None:
    page = (SITE / "article.html").read_text(encoding="utf-8")
    lead = ("<p>The harbour town of Porthmaen switched on its first tidal power station on Monday, ending a decade"
            " of planning and two years of building work in the channel outside the old quay.</p>")
    page = page.replace("<p>The council hopes", lead + "<p>The council hopes")
    assert extract_html(page).body == EXPECTED


def test_language_detected_when_not_declared() -> None:
    page = ("<html><head><title>Le port</title></head><body><article>"
            + "<p>Le port de la ville a ouvert sa première centrale marémotrice lundi, après dix ans de travaux"
              " et de discussions avec les pêcheurs, qui craignaient pour leurs prises.</p>" * 3
            + "</article></body></html>")
    assert extract_html(page).language == "fr"


@pytest.mark.parametrize(("declared", "language"), [
    ("en-GB", "en-gb"), ("pt_BR", "pt-br"), ("en-GB-oxendict", "en-gb"), ("zh-Hant-TW", "zh"),
    ("de", "de"), ("FR-ca", "fr-ca"),
])
def test_a_pages_language_keeps_its_country(declared: str, language: str) -> None:
    page = (f'<html lang="{declared}"><head><title>T</title></head><body><article>'
            + "<p>The harbour town opened its first tidal power station on Monday, after ten years"
              " of work and talks with the fishermen.</p>" * 3 + "</article></body></html>")
    assert extract_html(page).language == language


def test_list_of_links_has_no_article() -> None:
    with pytest.raises(NoArticleText, match="no article text found in .*is it a list of links"):
        extract_html((SITE / "links.html").read_text(encoding="utf-8"), "http://x/links.html")


def test_deeply_nested_html_does_not_crash() -> None:
    page = "<html><body>" + "<div>" * 5000 + "<p>Deep text.</p>" + "</div>" * 5000 + "</body></html>"
    try:
        extract_html(page)
    except ExtractionError:
        pass  # a clear "no article" is fine; a crash is not


def test_extract_url(site: str) -> None:
    (article,) = extract(f"{site}/article.html")
    assert article.body == EXPECTED
    assert article.source == f"{site}/article.html"


def test_extract_feed_items(site: str) -> None:
    first, second = extract(f"{site}/feed.xml")
    assert first.title == "Lifeboat crew rescues two kayakers off the point"
    assert first.authors == ("Cara Jones",)
    assert first.published == datetime(2024, 3, 6, 18, 5, tzinfo=UTC)
    assert first.url == "https://news.example.org/2024/03/lifeboat-kayakers"
    assert first.body.startswith("The volunteer lifeboat crew launched twice")
    assert second.body == EXPECTED


def test_extract_folder_names_bad_files(tmp_path: Path) -> None:
    (tmp_path / "1-page.html").write_bytes((SITE / "article.html").read_bytes())
    (tmp_path / "2-links.html").write_bytes((SITE / "links.html").read_bytes())
    (tmp_path / "3-notes.md").write_text("# Notes\n\nA short note written in Markdown, with **bold** words.\n")
    result = extract_all(str(tmp_path))
    assert [a.title for a in result.articles] == ["Harbour town opens its first tidal power station", "Notes"]
    assert result.articles[1].body == "A short note written in Markdown, with bold words."
    ((name, error),) = result.failures
    assert name.endswith("2-links.html") and isinstance(error, NoArticleText)


def test_extract_text_file_in_latin1(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("Caf\u00e9 news\n\nThe caf\u00e9 by the quay reopened on Monday, and the queue reached the"
                     " harbour wall before nine.\n".encode("latin-1"))
    (article,) = extract(str(path))
    assert article.title == "Café news"
    assert article.body.startswith("The café by the quay reopened")


def test_huge_page_refused_quickly() -> None:
    import time

    page = "<html><body>" + "<p>x y z.</p>" * 2_500_000 + "</body></html>"  # 30 MB of markup
    started = time.perf_counter()
    with pytest.raises(ExtractionError, match="over the 5 MB limit"):
        extract_html(page)
    assert time.perf_counter() - started < 60  # a guard against a parse that hangs, not a speed test


@pytest.mark.parametrize("page", ["", "   ", "<html></html>", "\x00\x01binary"])
def test_empty_pages(page: str) -> None:
    with pytest.raises(NoArticleText):
        extract_html(page)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Share this article", True),
        ("Subscribe to the Newsletter", True),
        ("Related stories", True),
        ("Related: Council votes to close the pier", True),
        ("Support independent journalism in Ukraine. Join us in this fight.", True),
        ("© 2024 The Coastal Herald. All rights reserved.", True),
        ("Share the road with cyclists, the council urged.", False),
        ("Register to vote today at your local office, officials said.", False),
        ("Related to this, the council said no.", False),
        ("Privacy policy changes at Facebook worried users.", False),
        ("Donate blood at the Red Cross this weekend, the hospital asked.", False),
    ],
)
def test_boilerplate_rules(text: str, chrome: bool) -> None:
    from audiodigest.extract.rules import is_boilerplate

    assert is_boilerplate(text) is chrome


def test_byline_inside_body_is_metadata_not_text() -> None:
    page = (SITE / "article.html").read_text(encoding="utf-8").replace(
        '<div class="article-body">', '<div class="article-body"><p>By Ann Lee | Updated March 5, 2024 9:30 AM</p>')
    assert extract_html(page).body == EXPECTED


def _with_inserted(html: str, marker: str, insert: str) -> str:
    assert marker in html
    return html.replace(marker, marker + insert, 1)


def test_signup_box_inside_the_article_is_dropped_whatever_it_says() -> None:
    """A box around an e-mail field is a sign-up pitch, however it is worded."""
    page = _with_inserted(
        (SITE / "article.html").read_text(encoding="utf-8"), '<div class="article-body">',
        '<div class="box"><h3>Morning Tide</h3><p>Start every day with the stories that '
        'matter along the coast, hand-picked by our editors.</p><form><input type="email" '
        'placeholder="you@example.com"><button>Go</button></form><p>You can leave any '
        'time.</p></div>')
    article = extract_html(page)
    assert article.body == EXPECTED
    assert "hand-picked" not in article.body and "leave any time" not in article.body


def test_a_discussion_is_known_by_its_furniture_not_its_heading() -> None:
    thread = ("<section><h2>Join the conversation</h2>"
              "<p>Marlow Finch · 2 hours ago</p><p>The turbines look great from the beach, "
              "and the kids love watching the tide come in around them.</p><p>Reply</p>"
              "<p>Petra Quill · 3 hours ago</p><p>About time the town did something like this, "
              "my bills have been far too high for years now.</p><p>Reply · 4 likes</p>"
              "</section>")
    page = (SITE / "article.html").read_text(encoding="utf-8").replace("</article>",
                                                                      thread + "</article>", 1)
    body = extract_html(page).body
    assert "Marlow" not in body and "bills have been" not in body and "Reply" not in body
    assert body == EXPECTED


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Rescue workers search the rubble in the old town. (Photo by Ann Lee/AP)", True),
        ("Die Regierung hat am Dienstag neue Regeln beschlossen, teilte die Behörde mit (ePA).",
         False),
    ],
)
def test_photo_credits_are_told_from_prose(text: str, credit: bool) -> None:
    from audiodigest.extract.rules import is_credit

    assert is_credit(text) is credit


def test_sign_in_and_empty_pages_are_not_articles() -> None:
    login = ("<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a></nav>"
             "<form><label>Email</label><input name=e><label>Password</label>"
             "<input type=password><button>Sign in</button></form><p>Forgot your password? "
             "Reset it here.</p><footer>© 2024 Example Corp.</footer></body></html>")
    with pytest.raises(NoArticleText, match="sign-in page"):
        extract_html(login, "http://127.0.0.1:9/login.html")
    with pytest.raises(NoArticleText, match="too little text"):
        extract_html("<html><body><article><p>Page not found, sorry.</p></article></body>"
                     "</html>", "http://127.0.0.1:9/404.html")
    brief = ("<html><body><article><h1>Bridge closed</h1><p>The harbour bridge is closed "
             "until Friday while engineers inspect the cables, the council said on "
             "Monday.</p></article></body></html>")
    assert "engineers inspect" in extract_html(brief).body  # a short brief is still news


def test_an_author_s_handle_glued_to_the_name_is_not_part_of_it() -> None:
    page = ("<html><head><title>Bridge reopens</title>"
            '<meta name="author" content="Chaim Gartenberg@cgartenberg"></head><body><article>'
            "<h1>Bridge reopens</h1>" + "<p>The bridge reopened on Monday after two years of "
            "repairs, officials said, and traffic was light.</p>" * 4 + "</article></body></html>")
    assert extract_html(page).authors == ("Chaim Gartenberg",)
