"""A paragraph said twice is spoken once: teasers, pull quotes, repeated leads, copies of the page.

Two paragraphs are copies when most of the word pairs of the shorter one stand in the longer
one too, so a teaser with small edits ("announced additional inspections" / "announced an
additional inspection") counts as well as an exact repeat. Which copy stays: a teaser near the
top (before the first heading) gives way to its copy at the start of a later section, so each
chapter stays whole; otherwise the first copy stays and later ones (a pull quote, the lead
repeated at the foot of the page) go. A block that only strings together paragraphs kept elsewhere (a page's
summary box holding the whole article again) goes too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

__all__ = ["MIN_PAIRS", "NEAR_SHARE", "drop_repeats", "near_duplicate", "word_pairs"]

NEAR_SHARE = 0.75
"""Share of the shorter paragraph's word pairs found in the longer one that makes them copies.
One changed word costs two pairs: a sentence of 16 words with two words changed keeps 75%; a
rewrite that names the minister, the city and the date besides keeps less and stays."""
MIN_PAIRS = 5
"""Paragraphs with fewer word pairs (a few words) are compared only as exact repeats."""
COVER_SHARE = 0.85
"""A block whose word pairs stand at least this much in two or more other paragraphs is a copy
of them (a summary box, a page printed twice), not a paragraph of its own."""
SECTION_OPENING = 2
"""A teaser at the top sums up how a section opens: its copy is among the section's first two
paragraphs. A copy further down a section is a pull quote, and the first copy stays."""
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[^\W_]+")
"""Words, and CJK characters one by one (those scripts do not put spaces between words)."""


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The pairs of neighbouring words in `text` (case and punctuation ignored)."""
    words = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    return frozenset(zip(words, words[1:], strict=False))


def near_duplicate(a: str, b: str, share: float = NEAR_SHARE) -> bool:
    """True when `a` and `b` are one paragraph (the same sentences, perhaps with small edits)."""
    pa, pb = word_pairs(a), word_pairs(b)
    small = min(len(pa), len(pb))
    if small < MIN_PAIRS:
        return _key(a) == _key(b)
    return len(pa & pb) >= share * small


def _key(text: str) -> str:
    return "".join(_TOKEN.findall(unicodedata.normalize("NFKC", text).casefold()))


@dataclass(slots=True)
class _Item:
    index: int
    section: int
    place: int
    """0 for the first paragraph of its section, 1 for the second, ..."""
    pairs: frozenset[tuple[str, str]]
    key: str


def _loser(first: _Item, second: _Item, last_para: int) -> _Item:
    """Of two copies, the one to drop: a teaser above the first heading gives way to its copy
    at the start of a later section (the teaser summed up that section's opening); a copy
    anywhere else (a pull quote, the lead again at the foot of the page) goes."""
    if (first.section == 0 < second.section and second.place < SECTION_OPENING
            and second.index != last_para):
        return first
    return second


def drop_repeats(blocks: list[tuple[str, str]], share: float = NEAR_SHARE) -> list[tuple[str, str]]:
    """`blocks` ("heading" | "para", text) with every repeated paragraph spoken once."""
    items: list[_Item] = []
    section = place = 0
    for n, (kind, text) in enumerate(blocks):
        if kind == "heading":
            section, place = section + 1, 0
        else:
            items.append(_Item(n, section, place, word_pairs(text), _key(text)))
            place += 1
    if len(items) < 2:
        return blocks
    last_para = items[-1].index
    dropped = _collections(items)
    by_key: dict[str, _Item] = {}
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for pos, item in enumerate(items):
        if item.index in dropped:
            continue
        twin = by_key.get(item.key) if item.key else None
        if twin is None and len(item.pairs) >= MIN_PAIRS:
            twin = _near_twin(items, pos, index, share, dropped)
        if twin is not None:
            loser = _loser(twin, item, last_para)
            dropped.add(loser.index)
            if loser is twin:
                _forget(twin, by_key, index, items)
                _remember(pos, item, by_key, index)
            continue
        _remember(pos, item, by_key, index)
    return [b for n, b in enumerate(blocks) if n not in dropped]


def _remember(pos: int, item: _Item, by_key: dict[str, _Item],
              index: dict[tuple[str, str], list[int]]) -> None:
    if item.key:
        by_key[item.key] = item
    for pair in item.pairs:
        index[pair].append(pos)


def _forget(item: _Item, by_key: dict[str, _Item], index: dict[tuple[str, str], list[int]],
            items: list[_Item]) -> None:
    if by_key.get(item.key) is item:
        del by_key[item.key]
    pos = items.index(item)
    for pair in item.pairs:
        positions = index.get(pair)
        if positions and pos in positions:
            positions.remove(pos)


def _near_twin(items: list[_Item], pos: int, index: dict[tuple[str, str], list[int]],
               share: float, dropped: set[int]) -> _Item | None:
    """The earlier kept paragraph that `items[pos]` copies (or that copies it), if any."""
    item = items[pos]
    shared: dict[int, int] = defaultdict(int)
    for pair in item.pairs:
        for other in index.get(pair, ()):
            shared[other] += 1
    best, best_share = None, 0.0
    for other, count in shared.items():
        candidate = items[other]
        if candidate.index in dropped:
            continue
        small = min(len(item.pairs), len(candidate.pairs))
        if small >= MIN_PAIRS and count >= share * small and count / small > best_share:
            best, best_share = candidate, count / small
    return best


def _collections(items: list[_Item]) -> set[int]:
    """Blocks made of two or more other paragraphs (nearly all their word pairs stand there)."""
    out: set[int] = set()
    owners: dict[tuple[str, str], set[int]] = defaultdict(set)
    for item in items:
        for pair in item.pairs:
            owners[pair].add(item.index)
    for item in items:
        if len(item.pairs) < 2 * MIN_PAIRS:
            continue
        share: dict[int, int] = defaultdict(int)
        covered = 0
        for pair in item.pairs:
            others = owners[pair] - {item.index} - out
            covered += bool(others)
            for other in others:
                share[other] += 1
        sources = [n for n, count in share.items() if count >= MIN_PAIRS]
        single = max(share.values(), default=0)  # one source alone: a pair of copies, not this
        if (len(sources) >= 2 and covered >= COVER_SHARE * len(item.pairs)
                and single < NEAR_SHARE * len(item.pairs)):
            out.add(item.index)
    return out
