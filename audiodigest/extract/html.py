"""HTML -> Article: trafilatura finds the article, our rules remove what it lets through.

trafilatura (precision mode, comments off) finds the main text and keeps its structure; we
read the page's own metadata (JSON-LD, Open Graph, <meta>, <time>) for title, authors, a
timezone-aware date, site, canonical URL, image and language, then turn trafilatura's body
into sections and drop captions, credits, share prompts, newsletter boxes, teasers and
repeated paragraphs. readability-lxml is the fallback when trafilatura finds nothing.
"""

from __future__ import annotations

import html as html_mod
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from ..errors import ExtractionError, NoArticleText
from ..ingest.dates import parse_datetime
from ..models import Article, Section
from .rules import (
    COMMENT_ACTION,
    COMMENT_META_MAX_WORDS,
    COMMENT_TIME,
    cap_title,
    dedupe_key,
    detect_language,
    is_boilerplate,
    is_credit,
    normalise_space,
    strip_title_suffix,
)
from .textdump import parse_byline

__all__ = ["MAX_HTML_CHARS", "MAX_WRAPPER_DEPTH", "PageMeta", "extract_html", "flatten_deep_markup", "page_meta"]

# Past this (scripts and styles left out) the page is refused: such markup is not one article,
# and extracting it takes seconds per megabyte.
MAX_HTML_CHARS = 5 * 1024 * 1024
_SCRIPT_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
MAX_AUTHOR_CHARS = 80
CREDENTIAL_MAX_CHARS = 4
# When trafilatura finds fewer words than this, readability-lxml is asked too, and its text is
# taken if it is more than SECOND_OPINION_FACTOR times longer (precision mode can drop a body).
SECOND_OPINION_WORDS = 150
SECOND_OPINION_FACTOR = 2
# A paragraph this short that opens with "By"/"Published"/"Updated" and names a person or date
# is a byline or dateline.
DATELINE_MAX_WORDS = 15
_DATELINE_START = re.compile(r"^(?:by|published|posted|updated|last\s+updated)\b", re.IGNORECASE)
# A "heading" longer than this is a paragraph set in bold, not a section title.
MAX_SECTION_HEADING_WORDS = 20
_DROP_TAGS = frozenset({"graphic", "ref_image", "fig"})
MIN_ARTICLE_CHARS = 80
"""Less text than this (about 15 English words, a short line of CJK) is a page's furniture
(an error or sign-in page), not an article worth an episode."""
WIDE_CHAR_WEIGHT = 4
SIGN_IN_MAX_CHARS = 600
"""A page asking for a password with less text than this is a sign-in page."""
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
_LANG = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")


@dataclass(slots=True)
class PageMeta:
    """What the page says about itself, before the body is read."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    site: str | None = None
    url: str | None = None
    image_url: str | None = None
    language: str | None = None


def _json_ld(tree: Any) -> Iterator[dict[str, Any]]:
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                yield item
            elif isinstance(item, list):
                stack.extend(item)


_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|Blog", re.IGNORECASE)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _clean_author(name: str) -> str | None:
    name = html_mod.unescape(re.sub(r"^(?:by|von|par|por)\s+", "", name.strip(), flags=re.IGNORECASE))
    name = normalise_space(name)
    if not name or "://" in name or len(name) > MAX_AUTHOR_CHARS or name.startswith("@"):
        return None
    return name


def _is_credential(part: str) -> bool:
    """"MS", "RDN", "PhD": letters after a name, not another author."""
    return len(part) <= CREDENTIAL_MAX_CHARS and (part.isupper() or part in ("PhD", "MD", "Jr", "Jr."))


def page_meta(tree: Any, url: str | None = None) -> PageMeta:
    """Read title, authors, date, site, canonical URL, image and language from the markup."""
    meta = PageMeta()
    props: dict[str, str] = {}
    for el in tree.iterfind(".//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in props:
            props[key] = content.strip()
    for item in _json_ld(tree):
        kind = item.get("@type", "")
        kind = " ".join(kind) if isinstance(kind, list) else str(kind)
        if not _ARTICLE_TYPES.search(kind):
            continue
        if not meta.title and isinstance(item.get("headline"), str):
            meta.title = item["headline"]
        if not meta.authors:
            meta.authors = [a for a in (_clean_author(n) for n in _names(item.get("author"))) if a]
        if not meta.published and isinstance(item.get("datePublished"), str):
            meta.published = parse_datetime(item["datePublished"])
        if not meta.site:
            names = _names(item.get("publisher"))
            meta.site = names[0] if names else None
        if not meta.image_url:
            image = item.get("image")
            image = image[0] if isinstance(image, list) and image else image
            if isinstance(image, dict):
                image = image.get("url")
            meta.image_url = image if isinstance(image, str) else None
    meta.title = meta.title or props.get("og:title") or props.get("twitter:title")
    if not meta.title:
        h1 = tree.find(".//h1")
        title_el = tree.find(".//title")
        if h1 is not None and h1.text_content().strip():
            meta.title = h1.text_content()
        elif title_el is not None and title_el.text:
            meta.title = title_el.text
    if not meta.authors:
        for key in ("author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"):
            author = _clean_author(props.get(key, ""))
            if author:
                parts = re.split(r"\s*(?:,|\band\b|&)\s*", author)
                meta.authors = [a for a in parts if a and not _is_credential(a)]
                break
    if not meta.published:
        for key in ("article:published_time", "og:article:published_time", "datepublished",
                    "date", "dc.date", "dc.date.issued", "pubdate", "publishdate", "sailthru.date"):
            meta.published = parse_datetime(props.get(key))
            if meta.published:
                break
    if not meta.published:
        time_el = tree.find(".//time[@datetime]")
        if time_el is not None:
            meta.published = parse_datetime(time_el.get("datetime"))
    meta.site = meta.site or props.get("og:site_name") or props.get("application-name")
    canonical = next((link.get("href") for link in tree.iterfind(".//link[@rel]")
                      if "canonical" in (link.get("rel") or "").lower().split() and link.get("href")), None)
    canonical = canonical or props.get("og:url")
    meta.url = urljoin(url or "", canonical) if canonical else url
    if meta.url and urlsplit(meta.url).scheme not in ("http", "https"):
        meta.url = url
    image = meta.image_url or props.get("og:image") or props.get("twitter:image")
    meta.image_url = urljoin(url or "", image) if image else None
    declared = tree.get("lang") or props.get("content-language") or props.get("og:locale") or ""
    match = _LANG.match(declared.strip())
    meta.language = match.group(0).lower() if match else None
    if meta.site:
        meta.site = normalise_space(html_mod.unescape(meta.site))
    if meta.title:
        meta.title = strip_title_suffix(html_mod.unescape(meta.title), meta.site)
    return meta


# ----------------------------------------------------------------------------- body -> blocks

def _inline_text(el: Any) -> str:
    """Text of an element, with <lb/> as a space and dropped images."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag in _DROP_TAGS:
            pass
        elif child.tag == "lb":
            parts.append(" ")
        else:
            parts.append(_inline_text(child))
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def _blocks(body: Any) -> list[tuple[str, str]]:
    """trafilatura's body as ("heading" | "para", text) in reading order."""
    out: list[tuple[str, str]] = []

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == "head":
                out.append(("heading", normalise_space(_inline_text(child))))
            elif tag in ("list", "quote", "table", "row", "div"):
                if child.text and child.text.strip():
                    out.append(("para", normalise_space(child.text)))
                walk(child)
            elif tag in ("p", "item", "cell", "code"):
                nested = [c for c in child if c.tag in ("list", "p", "quote", "table")]
                if nested:
                    lead = normalise_space(child.text or "")
                    if lead:
                        out.append(("para", lead))
                    walk(child)
                else:
                    out.append(("para", normalise_space(_inline_text(child))))
            elif tag in _DROP_TAGS:
                pass
            else:
                text = normalise_space(_inline_text(child))
                if text:
                    out.append(("para", text))
            if child.tail and child.tail.strip():
                out.append(("para", normalise_space(child.tail)))

    walk(body)
    return [(kind, text) for kind, text in out if text]


def _is_dateline(text: str) -> bool:
    """A short "By Ann Lee, 5 March 2024" / "Published 5 March 2024" line: metadata, not text."""
    if len(text.split()) > DATELINE_MAX_WORDS or not _DATELINE_START.match(text):
        return False
    return parse_byline(text) is not None


def _size(text: str) -> int:
    """Length in Latin-letter terms: a wide (CJK) character says about as much as a word."""
    import unicodedata

    return sum(WIDE_CHAR_WEIGHT if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


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


def clean_blocks(blocks: list[tuple[str, str]], title: str | None) -> list[tuple[str, str]]:
    """Drop chrome and repeats from blocks; keep headings only when text follows them."""
    span = _comments_span(blocks)
    if span is not None:
        blocks = blocks[:span[0]] + blocks[span[1]:]
    seen: set[str] = set()
    title_key = dedupe_key(title or "")
    kept: list[tuple[str, str]] = []
    for kind, text in blocks:
        key = dedupe_key(text)
        if not key:
            continue
        if is_boilerplate(text) or is_credit(text) or _is_dateline(text):
            continue
        if kind == "heading":
            if key == title_key or len(text.split()) > MAX_SECTION_HEADING_WORDS:
                if key != title_key:
                    kept.append(("para", text))
                continue
        elif key in seen:
            continue  # a lead repeated as a teaser, a pull quote: spoken once
        seen.add(key)
        kept.append((kind, text))
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


def _trafilatura_blocks(html: str, url: str | None) -> list[tuple[str, str]]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, favor_precision=True, include_comments=False, include_tables=True,
            with_metadata=False,
        )
    except RecursionError:
        doc = None
    body = getattr(doc, "body", None)
    return [] if body is None else _blocks(body)


def _readability_blocks(html: str) -> list[tuple[str, str]]:
    from readability import Document

    try:
        summary = Document(html).summary(html_partial=True)
    except Exception:  # readability raises bare Exception subclasses on unusable pages
        return []
    if not summary.strip():
        return []
    root = lxml.html.fromstring(summary)
    out: list[tuple[str, str]] = []
    for el in root.iter("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"):
        text = normalise_space(el.text_content())
        if text:
            out.append(("heading" if el.tag.startswith("h") else "para", text))
    return out


def extract_html(html: str, url: str | None = None, *, source: str = "") -> Article:
    """Extract the article from a web page (`url`: where it came from, for relative links)."""
    if len(html) > MAX_HTML_CHARS:
        html = _SCRIPT_STYLE.sub("", html)  # bulky inline scripts are common and never text
    if len(html) <= MAX_HTML_CHARS:  # larger pages are refused by _parse
        html = flatten_deep_markup(html)
    tree = _parse(html)
    meta = page_meta(tree, url)
    if drop_signup_boxes(tree):
        html = lxml.html.tostring(tree, encoding="unicode")
    blocks = _trafilatura_blocks(html, url)
    words = sum(len(text.split()) for _kind, text in blocks)
    if words < SECOND_OPINION_WORDS:  # little or nothing found: readability may see more
        alternative = _readability_blocks(html)
        if sum(len(text.split()) for _kind, text in alternative) > SECOND_OPINION_FACTOR * words:
            blocks = alternative
    blocks = clean_blocks(blocks, meta.title)
    sections = to_sections(blocks)
    where = source or url or "the page"
    if not sections:
        raise NoArticleText(f"no article text found in {where}: is it a list of links?")
    chars = sum(_size(p) for s in sections for p in s.paragraphs)
    if tree.xpath("//input[@type='password']") and chars < SIGN_IN_MAX_CHARS:
        raise NoArticleText(f"{where} is a sign-in page (it asks for a password), not an "
                            "article: save the article's page once you can read it")
    if chars < MIN_ARTICLE_CHARS:
        raise NoArticleText(f"too little text in {where} for an article (an error, sign-in or "
                            "paywall page?)")
    title = meta.title or sections[0].paragraphs[0][:80]
    language = meta.language or detect_language(" ".join(p for s in sections for p in s.paragraphs))
    site = meta.site or (urlsplit(meta.url).hostname if meta.url else None)
    return Article(
        title=cap_title(title),
        sections=sections,
        authors=tuple(dict.fromkeys(meta.authors)),
        published=meta.published,
        language=language,
        site=site,
        url=meta.url,
        image_url=meta.image_url,
        source=source or url or "",
    )
