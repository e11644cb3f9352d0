"""Agreement at paragraph level: trafilatura, readability-lxml and our dense-run rules each vote.

All three read the one tree parsed for the page (trafilatura and readability copy it before
they prune it), so agreement costs no extra parse. Each peer's output text is matched back to
the page's own paragraphs (`dom.paragraphs`) by its letters and digits, so the article keeps
the page's paragraphing, headings and order whatever each extractor does with them.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Sequence
from typing import Any

from .dom import Para, paragraphs
from .rules import dedupe_key

__all__ = ["SHORT_KEY_CHARS", "agreement", "matched", "readability_lines", "trafilatura_lines"]

SHORT_KEY_CHARS = 20
"""A paragraph with fewer letters than this ("Share", "Next") must match a whole line of a
peer's output; a longer one may match inside a line (a peer can join paragraphs)."""


_PAGE_CHROME = "//nav|//footer|//aside"
"""Navigation, footers and asides: readability scores every element of the page, and these are
a third of a news page's markup but never its article (its own rules drop them too, later)."""


def trafilatura_lines(tree: Any, url: str | None) -> list[str]:
    """trafilatura's article (fast mode, precision, no comments) as lines of text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, fast=True, favor_precision=True, include_comments=False,
            include_tables=True, with_metadata=False)
    except (RecursionError, ValueError, TypeError):
        return []
    text = getattr(doc, "text", None) or ""
    return [line for line in text.splitlines() if line.strip()]


def readability_lines(tree: Any) -> list[str]:
    """readability-lxml's article as lines of text (one per paragraph of its summary)."""
    import lxml.html
    from readability import Document

    own = copy.deepcopy(tree)  # readability drops elements from the tree it is given
    for el in own.xpath(_PAGE_CHROME):
        el.drop_tree()
    try:
        summary = Document(own).summary(html_partial=True)
    except Exception:  # readability raises bare Exception subclasses on unusable pages
        return []
    if not summary.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(summary, create_parent="div")
    except (ValueError, AssertionError, lxml.etree.ParserError):  # lxml asserts one <body>
        return []
    return [p.text for p in paragraphs(root)]


def matched(paras: Sequence[Para], lines: Sequence[str]) -> list[bool]:
    """For each paragraph, True when a peer's output holds it.

    A paragraph matches inside one line of the output, or across whole lines (from the start of
    one to the end of another: a peer split what the page holds as one). A match that starts or
    ends inside a line is chance: a teaser of headline and cut-off lead looks like the end of
    one line run into the start of the next.
    """
    keys = [k for k in (dedupe_key(line) for line in lines) if k]
    if not keys:
        return [False] * len(paras)
    whole = "".join(keys)
    starts: list[int] = []
    pos = 0
    for key in keys:
        starts.append(pos)
        pos += len(key)
    ends = {s + len(k) for s, k in zip(starts, keys, strict=True)}
    start_set = set(starts)
    out: list[bool] = []
    for para in paras:
        key = dedupe_key(para.text)
        found = False
        i = whole.find(key) if key else -1
        while i >= 0 and not found:
            j = i + len(key)
            n = bisect.bisect_right(starts, i) - 1
            line_end = starts[n] + len(keys[n])
            if j <= line_end and (len(key) >= SHORT_KEY_CHARS or (i == starts[n] and j == line_end)):
                found = True
            elif i in start_set and j in ends:
                found = True
            else:
                i = whole.find(key, i + 1)
        out.append(found)
    return out


def agreement(votes: Sequence[Sequence[bool]], need: int) -> list[bool]:
    """Paragraphs that at least `need` of the voters keep."""
    return [sum(column) >= need for column in zip(*votes, strict=True)]
