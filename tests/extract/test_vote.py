"""Paragraph-level agreement on pages built unlike the news pages the rules were written on."""

from __future__ import annotations

import pytest

from audiodigest.errors import NoArticleText
from audiodigest.extract.document import extract_html
from audiodigest.extract.dom import keep_dense_run, paragraphs
from audiodigest.extract.vote import agreement, matched

PROSE = [
    "The harbour board met on Tuesday evening to decide what to do with the old fish market, which"
    " has stood empty since the last trawler left the quay in the spring of 2019.",
    "Members heard from the architects who want to turn the building into a covered market for local"
    " growers, and from a group of residents who would rather see it pulled down for parking.",
    "After three hours of questions the board voted seven to two for the market, on the condition"
    " that the roof is repaired before the first stalls open next summer.",
    "The chair said the decision had not been easy, but that the town needed places where people"
    " meet more than it needed another forty spaces for cars along the water.",
    "Work on the roof is expected to begin in January, once the contract has gone out to tender and"
    " the council has approved the money it promised to put towards the repairs.",
]
NAV = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(12))
RELATED = "".join(f"<li><a href='/r{n}'>Another story about the town, number {n}</a></li>" for n in range(8))


def _page(body: str, title: str = "Old fish market to become a covered market") -> str:
    return (f"<html><head><title>{title} | The Coastal Herald</title>"
            "<meta property='og:site_name' content='The Coastal Herald'></head><body>"
            f"<header><nav><ul>{NAV}</ul></nav></header><main>{body}</main>"
            f"<aside><h3>Related</h3><ul>{RELATED}</ul></aside>"
            "<footer><p>© 2024 The Coastal Herald. All rights reserved.</p></footer></body></html>")


def _paras(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_prose_inside_figures_is_kept() -> None:
    """trafilatura drops <figure> whole; readability and our rules keep the prose inside."""
    body = (f"<article><h1>Old fish market to become a covered market</h1>{_paras(PROSE[:2])}"
            f"<figure><blockquote><p>{PROSE[2]}</p></blockquote>"
            f"<figcaption>{PROSE[3]}</figcaption></figure>"
            f"<figure><img src='a.jpg'><figcaption>Photo: Ann Lee / Coastal Herald</figcaption></figure>"
            f"{_paras(PROSE[4:])}</article>")
    article = extract_html(_page(body))
    assert list(article.sections[0].paragraphs) == PROSE
    assert "Photo:" not in article.body


def test_svg_icons_and_math_in_running_text() -> None:
    formula = ("<p>The engineers worked out the load with <math alttext='F = m a'><mi>F</mi><mo>=</mo>"
               "<mi>m</mi><mi>a</mi></math> and found that the beams would hold twice the weight.</p>")
    icon = "<svg viewBox='0 0 10 10'><title>Share on Facebook</title><text>f</text></svg>"
    body = f"<article>{_paras(PROSE[:2])}{formula}<p>{icon}{PROSE[2]}</p>{_paras(PROSE[3:])}</article>"
    article = extract_html(_page(body))
    assert "with F = m a and found that the beams would hold" in article.body
    assert PROSE[2] in article.body.splitlines()
    assert "Facebook" not in article.body


def test_article_inside_a_box_with_social_buttons() -> None:
    buttons = ("<div class='share-bar social'><a href='#'>Facebook</a><a href='#'>Twitter</a>"
               "<a href='#'>Email</a><button>Copy link</button></div>")
    body = f"<section class='social-share content'>{buttons}{_paras(PROSE)}{buttons}</section>"
    article = extract_html(_page(body))
    assert list(article.sections[0].paragraphs) == PROSE
    for chrome in ("Facebook", "Twitter", "Copy link"):
        assert chrome not in article.body


def test_headings_unlike_the_title_keep_their_sections() -> None:
    body = ("<div class='post'><h1>Board backs covered market</h1>"
            f"<p>{PROSE[0]}</p><h2>What the architects want</h2>{_paras(PROSE[1:3])}"
            f"<h2>Next steps for the roof</h2>{_paras(PROSE[3:])}</div>")
    page = _page(body).replace("<head>", "<head><meta property='og:title' content='Town news: a decision at last'>")
    article = extract_html(page)
    assert article.title == "Town news: a decision at last"
    assert [s.heading for s in article.sections] == [
        "Board backs covered market", "What the architects want", "Next steps for the roof"]
    assert [p for s in article.sections for p in s.paragraphs] == PROSE
    # Where the headline is the page's only <h1>, it is the title and is not read twice.
    plain = extract_html(_page(body))
    assert plain.title == "Board backs covered market"
    assert [s.heading for s in plain.sections] == [None, "What the architects want", "Next steps for the roof"]


def test_a_short_real_page_is_not_refused() -> None:
    """Three sentences of prose on a site with a sign-in box in its header are a short
    episode: the password field makes a page a sign-in page only when it holds no prose."""
    login = ("<form class='login'><input name='user'><input type='password' name='pw'>"
             "<button>Sign in</button></form>")
    body = f"<article><h1>Fish market decision</h1>{_paras(PROSE[:3])}</article>"
    article = extract_html(_page(body).replace("<header>", "<header>" + login))
    assert list(article.sections[0].paragraphs) == PROSE[:3]


def test_one_sentence_of_prose_is_a_short_episode_but_a_label_is_not() -> None:
    one = ("<html><body><p>The harbour bridge is closed until Friday while engineers check the"
           " cables, the council said.</p></body></html>")
    assert "engineers check the cables" in extract_html(one).body
    with pytest.raises(NoArticleText):
        extract_html("<html><body><p>Page not found.</p><p><a href='/'>Home</a></p></body></html>")


def test_no_extractor_finding_text_is_the_only_refusal() -> None:
    links = f"<html><body><ul>{NAV}{RELATED}</ul></body></html>"
    with pytest.raises(NoArticleText, match="no article text"):
        extract_html(links)


def test_paragraphs_match_peers_whole_or_joined() -> None:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(f"<div><p>Share</p>{_paras(PROSE[:3])}<p>Next</p></div>")
    paras = paragraphs(root)
    # a peer that joined two paragraphs into one line, and whose "Share" is part of a sentence
    lines = [PROSE[0] + " " + PROSE[1], "Share prices fell.", PROSE[2]]
    assert matched(paras, lines) == [False, True, True, True, False]
    assert agreement([[True, False], [True, True], [False, True]], 2) == [True, True]


def test_dense_run_is_our_own_vote() -> None:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(f"<body><ul>{NAV}</ul>{_paras(PROSE)}<ul>{RELATED}</ul></body>")
    paras = paragraphs(root)
    kept = [p.text for p, keep in zip(paras, keep_dense_run(paras), strict=True) if keep]
    assert kept == PROSE
