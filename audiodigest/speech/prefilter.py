"""What text a pattern can match at all: the literal strings one of which every match needs.

Normalization runs a few hundred regex passes over each sentence with a digit, and almost all
of them match nothing: a pass for "YTD" scans every sentence that has a number. A scan costs
microseconds; asking whether "YTD" is in the sentence costs nanoseconds. So each pass gets a
prefilter, found once by parsing its own pattern (the way RE2 and Hyperscan prefilter): a set
of literal strings such that any text the pattern matches contains at least one of them. When
none is there, the scan is skipped; the output is the same, only sooner.

The parse is conservative: whatever it cannot prove (classes of more than a few characters,
optional parts, negative lookarounds, conditionals) gives no requirement, and a pattern without a
useful one is always run. A part that ignores case gives its strings lower-cased, looked for in
the lower-cased text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

try:  # the standard library's own regex parser; private, so its absence only costs speed
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's layout
    _p = _c = None

Check = Callable[[str], bool]
"""Whether a text holds one of a pattern's needles: False means the pattern cannot match it."""
FEW_NEEDLES = 12
"""More alternatives than this cost more to look for one by one than in one scan of them all."""
MAX_NEEDLES = 400
_WEAK = frozenset(" ,.-'\"()\u2019")
"""Single characters nearly every sentence has: no filter at all."""
_Req = tuple[frozenset[str], bool]
"""Literal strings one of which a match contains, and whether they are lower-cased (for a
pattern, or a part of one, that ignores case: then they are looked for in the lower-cased text)."""


def needles(pattern: re.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    """The literal strings one of which any match of `pattern` contains, and whether they are
    to be looked for in the lower-cased text; None when no such set is known (or it would
    filter nothing)."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return None
    found = _sequence(list(parsed), bool(pattern.flags & re.IGNORECASE))
    if found is None or len(found[0]) > MAX_NEEDLES or _score(found) < 1.5:
        return None
    return found


def check(pattern: re.Pattern[str]) -> Check | None:
    """A fast test that is False only where `pattern` cannot match (None: no such test)."""
    found = needles(pattern)
    if found is None:
        return None
    strings, folded = sorted(found[0], key=len, reverse=True), found[1]
    if len(strings) > FEW_NEEDLES:
        search = re.compile("|".join(map(re.escape, strings)), re.IGNORECASE if folded else 0).search
        return lambda text: search(text) is not None
    if len(strings) == 1:
        one = strings[0]
        return (lambda text: one in text.lower()) if folded else (lambda text: one in text)

    def holds(text: str) -> bool:
        if folded:
            text = text.lower()
        for one in strings:  # a plain loop: any() over a generator costs twice as much
            if one in text:
                return True
        return False
    return holds


Replacement = TypeVar("Replacement", str, Callable[[re.Match[str]], str])
Checked = tuple[re.Pattern[str], Replacement, Check | None]
"""A pass (its pattern and its replacement) with its check."""


def checked(passes: Iterable[tuple[re.Pattern[str], Replacement]]
            ) -> tuple[Checked[Replacement], ...]:
    """Each pass with its check."""
    return tuple((pattern, repl, check(pattern)) for pattern, repl in passes)


def _score(found: _Req) -> float:
    """How much a set of needles filters: its weakest needle's length (a weak single
    character counts nothing, any other single character 1.5)."""
    return min((len(s) if len(s) > 1 else (0.0 if s in _WEAK else 1.5)) for s in found[0])


def _better(a: _Req | None, b: _Req | None) -> _Req | None:
    if a is None or len(a[0]) > MAX_NEEDLES:
        return b
    if b is None or len(b[0]) > MAX_NEEDLES:
        return a
    key_a, key_b = (_score(a), -len(a[0]), not a[1]), (_score(b), -len(b[0]), not b[1])
    return a if key_a >= key_b else b


def _literal(run: list[str], fold: bool) -> _Req:
    text = "".join(run)
    return (frozenset({text.lower()}), True) if fold else (frozenset({text}), False)


def _sequence(items: Sequence[tuple[Any, Any]], fold: bool) -> _Req | None:
    """The best requirement among a sequence's parts: each part must match, so each part's
    requirement holds, and a run of literals side by side is one string."""
    best: _Req | None = None
    run: list[str] = []
    for op, arg in items:
        if op is _c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            best = _better(best, _literal(run, fold))
            run = []
        best = _better(best, _node(op, arg, fold))
    if run:
        best = _better(best, _literal(run, fold))
    return best


def _node(op: Any, arg: Any, fold: bool) -> _Req | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, body = arg
        if add_flags & _c.SRE_FLAG_IGNORECASE:
            fold = True
        elif del_flags & _c.SRE_FLAG_IGNORECASE:
            return None  # exact inside a folded pattern: rare, and not worth the care
        return _sequence(list(body), fold)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(arg), fold)
    if op is _c.ASSERT:  # a lookaround's text is in the sentence too
        _direction, body = arg
        return _sequence(list(body), fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _sequence(list(body), fold) if low >= 1 else None
    if op is _c.IN:  # a class of single characters, none of them a range or category
        if all(item_op is _c.LITERAL for item_op, _ in arg):
            return _literal_class({chr(code) for _, code in arg}, fold)
        return None
    if op is _c.BRANCH:
        _, branches = arg
        found = [_sequence(list(branch), fold) for branch in branches]
        if any(f is None for f in found):
            return None
        return _union([f for f in found if f is not None])
    return None


def _literal_class(chars: set[str], fold: bool) -> _Req | None:
    if len(chars) > MAX_NEEDLES:
        return None
    return (frozenset(c.lower() for c in chars), True) if fold else (frozenset(chars), False)


def _union(found: list[_Req]) -> _Req | None:
    folded = any(f[1] for f in found)
    union = {s.lower() if folded else s for f in found for s in f[0]}
    if len(union) > MAX_NEEDLES:
        return None
    return _minimal(union), folded


def _minimal(found: set[str]) -> frozenset[str]:
    """Drop a needle that contains another: the shorter one is found wherever it is."""
    return frozenset(s for s in found if not any(o != s and o in s for o in found))
