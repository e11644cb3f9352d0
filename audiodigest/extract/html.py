"""HTML -> Article: three extractors vote on each paragraph, our rules remove what they let through.

The page is parsed once. trafilatura, readability-lxml and our dense-run rules (`dom`) each say
which of the page's paragraphs are the article; a paragraph two of them keep is kept (`vote`),
and when no two agree, what any one of them found is taken before the page is refused. We read
the page's own metadata (`meta`), then drop captions, credits, share prompts, newsletter boxes,
bylines and a discussion below the article, and speak a teaser once (`repeats`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from ..errors import ExtractionError, NoArticleText
from ..models import Article, Section
from .byline import parse_byline, parse_label
from .dom import DomTuning, Para, hidden_elements, is_prose, keep_dense_run, paragraphs
from .meta import PageMeta, page_meta
from .repeats import drop_repeats
from .rules import (
    COMMENT_ACTION,
    COMMENT_META_MAX_WORDS,
    COMMENT_TIME,
    DATELINE_START,
    cap_title,
    dedupe_key,
    detect_language,
    is_boilerplate,
    is_credit,
)
from .titles import clean_title
from .vote import agreement, matched, readability_lines, trafilatura_lines

__all__ = [
    "MAX_HTML_CHARS",
    "MAX_WRAPPER_DEPTH",
    "PageMeta",
    "PageVotes",
    "Tuning",
    "article_blocks",
    "choose",
    "extract_html",
    "flatten_deep_markup",
    "page_meta",
    "read_html",
    "read_page",
    "take_bylines",
]

# Past this (scripts and styles left out) the page is refused: such markup is not one article,
# and extracting it takes seconds per megabyte.
MAX_HTML_CHARS = 5 * 1024 * 1024
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# A paragraph this short that opens with "By"/"Published"/"Updated" and names a person or date
# is a byline or dateline.
DATELINE_MAX_WORDS = 15
_DATELINE_START = DATELINE_START
# A "heading" longer than this is a paragraph set in bold, not a section title.
MAX_SECTION_HEADING_WORDS = 20
MIN_ARTICLE_CHARS = 80
"""Less text than this (about 15 English words, a short line of CJK) is a page's furniture
(an error or sign-in page), not an article worth an episode, unless it is prose."""
WIDE_CHAR_WEIGHT = 4
SIGN_IN_MAX_CHARS = 600
"""A page asking for a password with less text than this, none of it prose, is a sign-in page."""
# Words of article that must come before a discussion is recognised (and cut off).
COMMENTS_MIN_ARTICLE_WORDS = 50
# A box around an e-mail field with at most this many words is a sign-up box: removed whole
# (its pitch, its fine print) before the article is looked for.
SIGNUP_BOX_MAX_WORDS = 80
# libxml2 (under lxml, trafilatura and readability) stops building the tree 256 elements
# deep, so the text of a page nested deeper is lost. Past this many wrapper elements deep,
# the wrappers (which carry layout, not words) are removed before parsing.
MAX_WRAPPER_DEPTH = 200
_WRAPPER = re.compile(
    r"<(/?)(?:div|span|section|article|aside|main|nav|header|footer|figure|font|center|table|"
    r"tbody|thead|tfoot|tr|td|th|blockquote|b|i|u|s|em|strong|small|big|sup|sub|mark|cite|q|"
    r"strike|tt|abbr|ins|del|label|form|fieldset)\b[^>]*>",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tuning:
    """Every threshold of the paragraph vote (bench/cv_extraction.py fits them site by site)."""

    dom: DomTuning = DomTuning()
    need: int = 2
    """Votes a paragraph needs; when none has them, one vote is enough (recall first)."""
    sibling_votes: int | None = 1
    """A prose paragraph with this many votes is kept when it stands right beside a kept one
    in the same element (recall first when unsure; None: off)."""
    off: frozenset[str] = frozenset()
    """Cleanup rules switched off (for measuring what each is worth on sites it was not
    written for): "comments", "boilerplate", "credit", "repeats", "navigation"."""


@dataclass(slots=True)
class PageVotes:
    """A page's paragraphs and what trafilatura and readability-lxml said of each."""

    paras: list[Para]
    trafilatura: list[bool]
    readability: list[bool]


def read_page(tree: Any, url: str | None) -> PageVotes:
    """Cut the page into paragraphs and ask both peers about each (one parse for all)."""
    body = tree.find("body")
    paras = paragraphs(body if body is not None else tree)
    return PageVotes(paras, matched(paras, trafilatura_lines(tree, url)),
                     matched(paras, readability_lines(tree)))


def _with_neighbours(paras: list[Para], keep: list[bool], some: list[bool], tuning: Tuning) -> list[bool]:
    """`keep` plus each prose paragraph that `some` voter kept and that stands right beside a
    kept paragraph in the same element (a short article's second paragraph, a paragraph one
    extractor dropped from the middle of the article)."""
    out = list(keep)
    for i, para in enumerate(paras):
        if keep[i] or not some[i] or para.chrome or para.link_share > tuning.dom.link_share:
            continue
        beside = any(0 <= j < len(paras) and keep[j] and paras[j].box == para.box for j in (i - 1, i + 1))
        out[i] = beside and is_prose(para.text, para.words)
    return out


def choose(page: PageVotes, tuning: Tuning = Tuning()) -> list[tuple[str, str]]:
    """The paragraphs enough voters keep, as ("heading" | "para", text) in reading order."""
    ours = keep_dense_run(page.paras, tuning.dom)
    votes = (page.trafilatura, page.readability, ours)
    keep = agreement(votes, tuning.need)
    if not any(keep):
        keep = agreement(votes, 1)
    elif tuning.sibling_votes is not None:
        keep = _with_neighbours(page.paras, keep, agreement(votes, tuning.sibling_votes), tuning)
    if "navigation" not in tuning.off:
        # A peer's text is matched back by its words, so a heading it kept also marks the menu
        # entry that links to it: links inside <nav>, <header>, <footer> or <aside> are no text.
        keep = [k and not (p.chrome and p.link_share > tuning.dom.link_share)
                for k, p in zip(keep, page.paras, strict=True)]
    return [("heading" if p.level else "para", p.text)
            for p, kept in zip(page.paras, keep, strict=True) if kept]


def take_bylines(blocks: list[tuple[str, str]], site: str | None,
                 dates: list[datetime] | None = None) -> tuple[list[tuple[str, str]], list[str]]:
    """`blocks` without bylines, datelines and correspondents' labels ("By Ann Lee, 5 March
    2024", "Published 5 March 2024", "Caroline Hawley, BBC diplomatic correspondent"), and the
    names they give: metadata for the episode, not sentences to read out. The dates they give
    are added to `dates`."""
    kept: list[tuple[str, str]] = []
    names: list[str] = []
    for kind, text in blocks:
        if kind == "para" and len(text.split()) <= DATELINE_MAX_WORDS and _DATELINE_START.match(text):
            byline = parse_byline(text)
            if byline is not None:
                names.extend(byline.authors)
                if dates is not None and byline.published is not None:
                    dates.append(byline.published)
                continue
        label = parse_label(text, site) if kind == "para" else None
        if label is not None:
            names.append(label)
            continue
        kept.append((kind, text))
    return kept, list(dict.fromkeys(names))


_WIDE_CHAR = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
"""East Asian wide and full-width characters (what unicodedata.east_asian_width calls W and F)."""


def _size(text: str) -> int:
    """Length in Latin-letter terms: a wide (CJK) character says about as much as a word."""
    return len(text) + (WIDE_CHAR_WEIGHT - 1) * len(_WIDE_CHAR.findall(text))


def _comments_span(blocks: list[tuple[str, str]]) -> tuple[int, int] | None:
    """[start, end) of a discussion among the blocks, or None.

    A discussion shows itself by its furniture, whatever its heading says: at least two
    "Name · 2 hours ago" lines and a "Reply" / "12 likes" line, after some of the article. It
    runs from its first such line (and the heading just above) to its last, so text after it
    (the rest of an article the page split around it) stays.
    """
    def short(text: str) -> bool:
        return len(text.split()) <= COMMENT_META_MAX_WORDS
    times = [n for n, (_k, t) in enumerate(blocks) if short(t) and COMMENT_TIME.match(t)]
    actions = [n for n, (_k, t) in enumerate(blocks) if short(t) and COMMENT_ACTION.match(t)]
    if len(times) < 2 or not actions:
        return None
    first, last = min(times[0], actions[0]), max(times[-1], actions[-1])
    prose_before = sum(len(t.split()) for kind, t in blocks[:first] if kind == "para")
    if prose_before < COMMENTS_MIN_ARTICLE_WORDS:
        return None
    if first > 0 and blocks[first - 1][0] == "heading":
        first -= 1
    return first, last + 1


def clean_blocks(blocks: list[tuple[str, str]], title: str | None,
                 off: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Drop chrome and repeats from blocks; keep headings only when text follows them."""
    span = None if "comments" in off else _comments_span(blocks)
    if span is not None:
        blocks = blocks[:span[0]] + blocks[span[1]:]
    headings: set[str] = set()
    title_key = dedupe_key(title or "")
    kept: list[tuple[str, str]] = []
    for kind, text in blocks:
        key = dedupe_key(text)
        if not key or key == title_key:
            continue
        if ("boilerplate" not in off and is_boilerplate(text)) or ("credit" not in off and is_credit(text)):
            continue
        if kind == "heading":
            if len(text.split()) > MAX_SECTION_HEADING_WORDS:
                kind = "para"  # a paragraph set in bold, not a section title
            elif key in headings:
                continue
            headings.add(key)
        kept.append((kind, text))
    if "repeats" not in off:
        kept = drop_repeats(kept)  # a lead repeated as a teaser, a pull quote: spoken once
    # Headings at the end, with no paragraph after them ("Comments", "Related"), are chrome.
    while kept and kept[-1][0] == "heading":
        kept.pop()
    return kept


def to_sections(blocks: list[tuple[str, str]]) -> tuple[Section, ...]:
    """Group ("heading" | "para", text) blocks into Sections."""
    sections: list[Section] = []
    heading: str | None = None
    paras: list[str] = []
    for kind, text in blocks:
        if kind == "heading":
            if paras or heading:
                sections.append(Section(heading, tuple(paras)))
            heading, paras = text, []
        else:
            paras.append(text)
    if paras or heading:
        sections.append(Section(heading, tuple(paras)))
    # A heading straight above another one (h2 then h3) stays, as a section of its own.
    return tuple(s for s in sections if s.paragraphs or s.heading)


def flatten_deep_markup(html: str) -> str:
    """`html` with its wrapper elements removed when they nest deeper than MAX_WRAPPER_DEPTH.

    100,000 nested <div>s would otherwise leave no text for any parser; paragraphs, headings
    and lists are kept, so the article still reads in order.
    """
    depth = 0
    for match in _WRAPPER.finditer(html):
        depth += -1 if match.group(1) else 1
        if depth > MAX_WRAPPER_DEPTH:
            return _WRAPPER.sub(" ", html)
    return html


def _parse(html: str) -> Any:
    if len(html) > MAX_HTML_CHARS:
        raise ExtractionError(
            f"the page is {len(html) / 2**20:.1f} MB of HTML without its scripts, over the "
            f"{MAX_HTML_CHARS // 2**20} MB limit; save the article alone (e.g. the browser's "
            "reader view) and try again"
        )
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=False))
    except (etree.ParserError, ValueError, RecursionError) as exc:
        raise NoArticleText(f"the page could not be parsed as HTML ({exc})") from exc
    return tree


def _is_email_field(el: Any) -> bool:
    if (el.get("type") or "").lower() == "email":
        return True
    attrs = " ".join(el.get(a) or "" for a in ("name", "id", "placeholder", "aria-label")).lower()
    return (el.get("type") or "text").lower() == "text" and re.search(r"e-?mail", attrs) is not None


def drop_signup_boxes(tree: Any) -> bool:
    """Remove each e-mail sign-up box (the largest element around an e-mail field that has at
    most SIGNUP_BOX_MAX_WORDS words). True when something was removed."""
    boxes = []
    for field_el in tree.iter("input"):
        if not _is_email_field(field_el):
            continue
        box, el = None, field_el
        while True:
            parent = el.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            if len(parent.text_content().split()) > SIGNUP_BOX_MAX_WORDS:
                break
            box = el = parent
        if box is not None:
            boxes.append(box)
    removed = False
    for box in boxes:
        parent = box.getparent()
        if parent is None:
            continue  # inside a box removed already
        box.drop_tree()
        removed = True
    return removed


def _refuse_unless_article(sections: tuple[Section, ...], tree: Any, where: str) -> None:
    if not sections:
        raise NoArticleText(f"no article text found in {where}: is it a list of links?")
    texts = [p for s in sections for p in s.paragraphs]
    chars = sum(_size(p) for p in texts)
    prose = any(is_prose(p) for p in texts)
    if not prose and chars < SIGN_IN_MAX_CHARS and tree.xpath("//input[@type='password']"):
        raise NoArticleText(f"{where} is a sign-in page (it asks for a password), not an "
                            "article: save the article's page once you can read it")
    if chars < MIN_ARTICLE_CHARS and not prose:
        raise NoArticleText(f"too little text in {where} for an article (an error, sign-in or "
                            "paywall page?)")


def read_html(html: str, url: str | None = None) -> tuple[Any, PageMeta, PageVotes]:
    """Parse the page once; its metadata, and its paragraphs with the peers' votes."""
    if len(html) > MAX_HTML_CHARS:
        html = _SCRIPT_STYLE.sub("", html)  # bulky inline scripts are common and never text
    if len(html) <= MAX_HTML_CHARS:  # larger pages are refused by _parse
        html = flatten_deep_markup(html)
    tree = _parse(html)
    meta = page_meta(tree, url)
    # Scripts, styles, comments and what the page hides are no one's text: gone before three
    # extractors copy the tree.
    etree.strip_elements(tree, etree.Comment, "script", "style", with_tail=False)
    for el in hidden_elements(tree):
        if el.getparent() is not None:
            el.drop_tree()
    drop_signup_boxes(tree)
    page = read_page(tree, url)
    if meta.title:  # the page's own text tells its site's name from the headline
        host = urlsplit(meta.url or url or "").hostname
        meta.title = clean_title(meta.title, meta.site, host, (p.text for p in page.paras))
    return tree, meta, page


def article_blocks(page: PageVotes, meta: PageMeta,
                   tuning: Tuning = Tuning()) -> tuple[list[tuple[str, str]], list[str]]:
    """The article's ("heading" | "para", text) blocks (the vote, then our chrome rules), and
    the authors its byline or label lines name (and its date, when the markup gives none)."""
    dates: list[datetime] = []
    blocks, names = take_bylines(choose(page, tuning), meta.site, dates)
    if meta.published is None and dates:
        meta.published = dates[0]
    return clean_blocks(blocks, meta.title, tuning.off), names


def extract_html(html: str, url: str | None = None, *, source: str = "",
                 tuning: Tuning = Tuning()) -> Article:
    """Extract the article from a web page (`url`: where it came from, for relative links)."""
    tree, meta, page = read_html(html, url)
    blocks, names = article_blocks(page, meta, tuning)
    sections = to_sections(blocks)
    where = source or url or "the page"
    _refuse_unless_article(sections, tree, where)
    title = meta.title or sections[0].paragraphs[0][:80]
    language = meta.language or detect_language(" ".join(p for s in sections for p in s.paragraphs))
    site = meta.site or (urlsplit(meta.url).hostname if meta.url else None)
    return Article(
        title=cap_title(title),
        sections=sections,
        authors=tuple(dict.fromkeys(meta.authors or names)),
        published=meta.published,
        language=language,
        site=site,
        url=meta.url,
        image_url=meta.image_url,
        source=source or url or "",
    )
