"""A parsed page as paragraphs, and our own vote on which of them are the article.

`paragraphs` cuts the page's body into the paragraphs a reader sees (block elements start a new
one, a table row is one, `<br><br>` splits one) and notes for each what the markup says around
it: heading level, share of its text in links, whether it sits in navigation, a footer, a form
or an aside. `keep_dense_run` is our extractor, independent of trafilatura's and readability's
rules: each paragraph scores by its words when it reads as prose and costs when it is short,
link text or furniture, and the run of paragraphs with the largest total is the article (the
same maximum-sum run the page-dump reader uses). Nothing here reads class or id names: they are
a site's own vocabulary, and what holds on pages never seen is the shape of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .rules import (
    INNER_PUNCT,
    PERMALINK_SIGNS,
    SENTENCE_END,
    is_boilerplate,
    is_credit,
    is_separated_list,
    normalise_space,
)

__all__ = ["DomTuning", "Para", "hidden_elements", "is_prose", "keep_dense_run", "paragraphs", "weight"]

_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre "
    "section summary table tbody td tfoot th thead tr ul legend menu".split())
_CELL = frozenset({"td", "th"})
_SKIP = frozenset(
    "script style noscript template svg iframe object embed select option textarea button "
    "head title canvas video audio map input label datalist".split())
"""Elements with no words for a listener (an SVG's text is an icon's label or a chart's axis)."""
_CHROME_CONTAINERS = frozenset({"nav", "footer", "aside", "form", "menu", "header"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SENTENCE_END = SENTENCE_END
_INNER_PUNCT = INNER_PUNCT
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
WIDE_CHARS_PER_WORD = 2
"""CJK text has no spaces: this many characters count as one word."""
PROSE_MIN_WORDS = 8
LONG_LINE_WORDS = 30
"""A paragraph this long is prose even without final punctuation."""


@dataclass(slots=True)
class Para:
    """One paragraph of the page, in reading order."""

    text: str
    tag: str
    """The block element that holds it ("p", "li", "h2", "tr", "figcaption", "div", ...)."""
    level: int = 0
    """1-6 for a heading, else 0."""
    link_chars: int = 0
    chrome: bool = False
    """Inside <nav>, <footer>, <aside>, <form>, <menu> or <header>."""
    words: float = field(default=0.0)
    box: int = 0
    """Which element holds the paragraph's block (paragraphs with equal `box` are siblings)."""

    @property
    def link_share(self) -> float:
        return self.link_chars / max(1, len(self.text))


def weight(text: str) -> float:
    """Words in `text`, CJK characters counted WIDE_CHARS_PER_WORD to a word."""
    return max(len(text.split()), len(_WIDE.findall(text)) / WIDE_CHARS_PER_WORD)


def is_prose(text: str, words: float | None = None) -> bool:
    """A full sentence or more: long enough, and punctuated like running text."""
    words = weight(text) if words is None else words
    if words >= LONG_LINE_WORDS:
        return True
    return words >= PROSE_MIN_WORDS and (
        _SENTENCE_END.search(text) is not None or len(_INNER_PUNCT.findall(text)) >= 2)


def hidden_elements(tree: Any) -> list[Any]:
    """Elements the page hides (`hidden`, `aria-hidden`, `display: none`): no reader sees them."""
    return [el for el in tree.xpath(_HIDDEN_XPATH) if _HIDDEN_STYLE.search(el.get("style") or "")
            or el.get("hidden") is not None or el.get("aria-hidden") == "true"]


_HIDDEN_XPATH = "//*[@hidden or @aria-hidden='true' or contains(@style, 'none') or contains(@style, 'hidden')]"


class _Maker:
    """Walks a tree once and cuts it into paragraphs (after justext's paragraph maker)."""

    __slots__ = ("box", "boxes", "chrome_depth", "last_br", "link_chars", "out", "parts", "row_depth", "tag",
                 "words")

    def __init__(self) -> None:
        self.out: list[Para] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.tag = "body"
        self.box = 0
        self.boxes: dict[int, int] = {}
        self.chrome_depth = 0
        self.row_depth = 0
        self.last_br = False
        self.words = False
        """Whether `parts` holds more than white space."""

    def flush(self, tag: str, holder: Any) -> None:
        if self.words:
            text = normalise_space("".join(self.parts))
            if text:
                self.out.append(Para(text, self.tag, _HEADINGS.get(self.tag, 0), self.link_chars,
                                     self.chrome_depth > 0, words=weight(text), box=self.box))
        self.parts, self.link_chars, self.tag, self.last_br, self.words = [], 0, tag, False, False
        self.box = self.boxes.setdefault(id(holder), len(self.boxes))

    def add(self, text: str, in_link: bool) -> None:
        self.parts.append(text)
        if not text.isspace():
            self.words, self.last_br = True, False
            if in_link:
                self.link_chars += len(text.strip())

    def walk(self, el: Any, in_link: bool) -> None:
        tag = el.tag
        if type(tag) is not str or tag in _SKIP:  # a comment, or an element with no words
            if el.tail:
                self.add(el.tail, in_link)
            return
        if tag == "br":
            if self.last_br and self.row_depth == 0:
                box = self.box  # <br><br>: a paragraph break written by hand, in the same block
                self.flush(self.tag, None)
                self.box = box
            else:
                self.parts.append(" ")
                self.last_br = True
            if el.tail:
                self.add(el.tail, in_link)
            return
        if tag == "a" and not len(el) and (el.text or "").strip() in PERMALINK_SIGNS:
            if el.tail:  # a heading's permalink ("Configuration¶"): not a word of the heading
                self.add(el.tail, in_link)
            return
        if tag == "math":
            self.add(" " + (el.get("alttext") or el.text_content()) + " ", in_link)
            if el.tail:
                self.add(el.tail, in_link)
            return
        block = tag in _BLOCK
        row = cell = False
        if tag == "tr" or self.row_depth:
            row = tag == "tr" and self.row_depth == 0 and not _has_blocks(el)
            cell = tag in _CELL and self.row_depth > 0
            block = block and not cell and (self.row_depth == 0 or row)
        if block:
            self.flush(tag, el.getparent())
        chrome = tag in _CHROME_CONTAINERS
        if chrome:
            self.chrome_depth += 1
        if row:
            self.row_depth += 1
        if cell and self.parts and self.parts[-1].strip():
            self.parts.append(" " if _SENTENCE_END.search(self.parts[-1].rstrip()) else ", ")
        link = in_link or tag == "a"
        if el.text:
            self.add(el.text, link)
        for child in el:
            self.walk(child, link)
        if block:
            parent = el.getparent()
            if parent is None:
                self.flush("body", None)
            else:
                self.flush(parent.tag if type(parent.tag) is str else "body", parent.getparent())
        if chrome:
            self.chrome_depth -= 1
        if row:
            self.row_depth -= 1
        if el.tail:
            self.add(el.tail, in_link)


def _has_blocks(row: Any) -> bool:
    """True for a layout row: its cells hold paragraphs, lists or tables of their own."""
    for el in row.iterdescendants():
        tag = el.tag
        if type(tag) is str and tag in _BLOCK and tag not in _CELL:
            return True
    return False


def paragraphs(root: Any) -> list[Para]:
    """The paragraphs of a tree (a page's <body>, or an extractor's output), in reading order."""
    maker = _Maker()
    maker.walk(root, False)
    maker.flush("body", None)
    return maker.out


@dataclass(frozen=True, slots=True)
class DomTuning:
    """What the dense-run scorer weighs (measured by bench/cv_extraction.py, site by site)."""

    short_cost: float = 6.0
    """A line that is neither prose nor a sentence (a menu item, a label) costs this many words."""
    link_share: float = 0.5
    """Above this share of its text in links, a paragraph is navigation."""
    chrome_factor: float = 0.3
    """Prose inside <nav>, <footer>, <aside>, <form> or <header> counts this much."""
    heading_cost: float = 2.0
    row_cost: float = 0.5
    """A table row costs little: a table inside an article must not split it in two."""


def _score(para: Para, tuning: DomTuning) -> float:
    text = para.text
    if para.link_share > tuning.link_share or is_separated_list(text):
        return -tuning.short_cost
    if para.level:
        return -tuning.heading_cost
    if para.tag == "tr":
        return -tuning.row_cost
    if is_prose(text, para.words):
        if is_boilerplate(text) or is_credit(text):
            return -tuning.short_cost
        return para.words * (tuning.chrome_factor if para.chrome else 1.0)
    if _SENTENCE_END.search(text) and para.words >= 2 and not is_boilerplate(text):
        return 1.0
    return -tuning.short_cost


def _best_run(scores: Iterable[float]) -> tuple[int, int]:
    best, span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = 0.0, i
        total += score
        if total > best:
            best, span = total, (start, i)
    return span


def keep_dense_run(paras: list[Para], tuning: DomTuning = DomTuning()) -> list[bool]:
    """Our vote: the paragraphs of the densest run of prose that read as article text."""
    scores = [_score(p, tuning) for p in paras]
    start, end = _best_run(scores)
    keep = []
    for i, (para, score) in enumerate(zip(paras, scores, strict=True)):
        inside = start <= i <= end
        keep.append(inside and (score > 0 or para.tag == "tr" or 1 < para.level))
    return keep
