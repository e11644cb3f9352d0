"""Quotation marks in captions: each piece of a paragraph with its quotes paired.

A quotation that spans two segments is closed at the end of the first and opened again at the
start of the next, as transcripts and subtitles do; apostrophes and inch marks are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["balance_quotes"]


_CLOSERS = {"“": "””“", "„": "“”", "‚": "‘’", "‘": "’", "«": "»", "»": "«", '"': '"'}
"""Opening mark -> the marks that close it ("„...“" in German, "“...”" in English, "»...«")."""
_PAIR = {"“": "”", "„": "“", "‚": "‘", "‘": "’", "«": "»", "»": "«", '"': '"'}
"""Opening mark -> the mark written to close it in a caption."""
_QUOTE_MARKS = re.compile(r"[\"“”„«»‚‘’]")
_OPEN_BEFORE = frozenset(" \t([{—–-/")


def _quote_role(text: str, i: int, stack: list[str]) -> str | None:
    """"open", "close" or None (an apostrophe, an inch mark) for the mark at `text[i]`."""
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if stack and ch in _CLOSERS[stack[-1]] and not (ch == "’" and before.isalnum()
                                                    and after.isalnum()):
        if ch in _PAIR and before in _OPEN_BEFORE and not after.isspace() and ch != "»":
            return "open"  # "„a “b“": the second “ opens a nested quote
        return "close"
    if ch in ("”", "’"):
        return "close" if ch == "”" or not before.isalnum() else None  # ’ in "don’t"
    if ch in _PAIR and ch not in ('"', "‘"):
        return "open"
    if before in _OPEN_BEFORE or i == 0:
        return "open" if not after.isspace() else None
    if ch == '"' and not before.isdigit():
        return "close"
    return None


def balance_quotes(captions: Sequence[str]) -> list[str]:
    """Captions of consecutive pieces of one paragraph, each with its quotation marks paired.

    A quotation that spans pieces ('"Nobody was hurt. The next ... luck."' read as two
    segments) is closed at the end of the piece it opens in and opened again at the start of
    the next, as transcripts and subtitles do. Apostrophes ("don't", "Okafor’s") and inch
    marks (5") are not quotation marks; nested quotes close innermost first.
    """
    stack: list[str] = []
    out: list[str] = []
    for caption in captions:
        prefix = "".join(stack)
        for m in _QUOTE_MARKS.finditer(caption):
            role = _quote_role(caption, m.start(), stack)
            if role == "open":
                stack.append(m.group())
            elif role == "close":
                if stack and m.group() in _CLOSERS[stack[-1]]:
                    stack.pop()
                elif m.group() in ("”", '"', "«", "»") and not any(
                        m.group() in _CLOSERS[o] for o in stack):
                    # closes a quote opened before this paragraph's text began
                    opener = {"”": "“", '"': '"', "»": "«", "«": "»"}[m.group()]
                    prefix = opener + prefix
        suffix = "".join(_PAIR[o] for o in reversed(stack))
        out.append(prefix + caption + suffix)
    return out
