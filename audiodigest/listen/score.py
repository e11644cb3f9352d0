"""Normalizing words, aligning heard against meant, cutting audio at cues, and the per-cue WER."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..models import Cue, base_language
from .report import WordDiff

__all__ = [
    "MAX_CHUNK_S",
    "Chunk",
    "Op",
    "SegmentWords",
    "align",
    "attribute",
    "normalizer",
    "plan_chunks",
    "words_of",
]

MAX_CHUNK_S = 25.0
"""Cues are listened to in groups no longer than this: well inside Whisper's 30 s window, and
cut where the transcript cuts, so the figure does not move when timings shift a little
(listening to the whole file in Whisper's own 30 s windows moved it by up to 0.07)."""
UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "my", "km", "yue", "bo"})
"""Written without spaces between words: compared character by character."""

OpKind = Literal["equal", "substituted", "missing", "extra"]


@dataclass(frozen=True, slots=True)
class Op:
    """One step of an alignment: `ref` and `hyp` index the meant and heard words (-1: none)."""

    kind: OpKind
    ref: int
    hyp: int


_TYPOGRAPHIC_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")
"""A right single quotation mark or modifier apostrophe inside a word ("don’t", "WeWork’s"):
typeset pages write it, Whisper writes "'", and Whisper's English normalizer knows only "'"
(it made "don’t" two words, "don t", against the heard "do not")."""


@lru_cache(maxsize=8)
def normalizer(language: str) -> Callable[[str], str]:
    """Whisper's English normalizer for English (spelling variants, numbers as digits,
    contractions), its basic one (case, punctuation, diacritics kept) for other languages.
    Typographic apostrophes inside words are read as "'" first."""
    base = base_language(language)
    if base == "en":
        from whisper_normalizer.english import EnglishTextNormalizer

        english = EnglishTextNormalizer()
        return lambda text: str(english(_TYPOGRAPHIC_APOSTROPHE.sub("'", text)))
    from whisper_normalizer.basic import BasicTextNormalizer

    basic: Callable[[str], str] = BasicTextNormalizer(split_letters=base in UNSPACED_LANGUAGES)
    return basic


def words_of(text: str, language: str) -> list[str]:
    """`text` as normalized words, the unit the WER counts."""
    return normalizer(language)(text).split()


@lru_cache(maxsize=65536)
def _unlike(a: str, b: str) -> float:
    """0 for the same word .. 1 for words without a letter pair in common (Dice on bigrams)."""
    if a == b:
        return 0.0
    pa = {a[i:i + 2] for i in range(max(1, len(a) - 1))}
    pb = {b[i:i + 2] for i in range(max(1, len(b) - 1))}
    return 1.0 - 2.0 * len(pa & pb) / (len(pa) + len(pb))


def align(ref: Sequence[str], hyp: Sequence[str]) -> list[Op]:
    """A minimal-edit alignment of heard words `hyp` against meant words `ref` (Levenshtein,
    each edit costing 1, so the WER is exact). Among equally short alignments the one pairing
    the most alike words wins (by letter pairs), so a heard word is put against the meant word
    it most resembles, in whichever cue that is: "harbor" heard as "banana" stays a
    substitution of "harbor" even when the next cue was not heard at all."""
    n, m = len(ref), len(hyp)
    inf = (n + m + 1, 0.0)
    cost: list[list[tuple[int, float]]] = [[inf] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = (i, float(i))
    for j in range(m + 1):
        cost[0][j] = (j, float(j))
    for i in range(1, n + 1):
        row, above = cost[i], cost[i - 1]
        r = ref[i - 1]
        for j in range(1, m + 1):
            h = hyp[j - 1]
            d = above[j - 1]
            diagonal = (d[0], d[1]) if r == h else (d[0] + 1, d[1] + _unlike(r, h))
            up, left = above[j], row[j - 1]
            row[j] = min(diagonal, (up[0] + 1, up[1] + 1.0), (left[0] + 1, left[1] + 1.0))
    ops: list[Op] = []
    i, j = n, m
    while i > 0 or j > 0:
        here = cost[i][j]
        if i > 0 and j > 0:
            d = cost[i - 1][j - 1]
            r, h = ref[i - 1], hyp[j - 1]
            if r == h and here == d:
                ops.append(Op("equal", i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
            if r != h and here == (d[0] + 1, d[1] + _unlike(r, h)):
                ops.append(Op("substituted", i - 1, j - 1))
                i, j = i - 1, j - 1
                continue
        if j > 0 and here == (cost[i][j - 1][0] + 1, cost[i][j - 1][1] + 1.0):
            ops.append(Op("extra", -1, j - 1))
            j -= 1
        else:
            ops.append(Op("missing", i - 1, -1))
            i -= 1
    ops.reverse()
    return ops


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive cues listened to as one piece of audio."""

    members: tuple[int, ...]
    """Indices into the cue list."""
    start_s: float
    end_s: float


def plan_chunks(cues: Sequence[Cue], listenable: Sequence[bool],
                max_s: float = MAX_CHUNK_S, groups: Sequence[str] | None = None) -> list[Chunk]:
    """Group consecutive listenable cues until adding the next would pass `max_s` from the
    group's start to that cue's end; a cue longer than `max_s` is a group of its own, and a cue
    not listened to ends the group before it, as does a change of `groups` (the language)."""
    chunks: list[Chunk] = []
    group: list[int] = []

    def close() -> None:
        if group:
            chunks.append(Chunk(tuple(group), cues[group[0]].start_s, cues[group[-1]].end_s))
            group.clear()

    for i, cue in enumerate(cues):
        if not listenable[i]:
            close()
            continue
        if group and (cue.end_s - cues[group[0]].start_s > max_s
                      or (groups is not None and groups[i] != groups[group[0]])):
            close()
        group.append(i)
    close()
    return chunks


@dataclass(frozen=True, slots=True)
class SegmentWords:
    """What one cue got out of its chunk's alignment."""

    heard: tuple[str, ...]
    errors: int
    diff: tuple[WordDiff, ...]


def _owners(ops: Sequence[Op], segment_of: Sequence[int], segments: int) -> list[int]:
    """The segment each op belongs to. An extra heard word belongs to the segment of the meant
    word before it, except at a boundary where that word was heard right and the word after
    was not: then it belongs with the misheard one."""
    owner = [-1] * len(ops)
    for k, op in enumerate(ops):
        if op.ref >= 0:
            owner[k] = segment_of[op.ref]
    k = 0
    while k < len(ops):
        if owner[k] >= 0:
            k += 1
            continue
        end = k
        while end < len(ops) and owner[end] < 0:
            end += 1
        before = owner[k - 1] if k > 0 else -1
        after = owner[end] if end < len(ops) else -1
        if before < 0:
            who = after if after >= 0 else 0
        elif after < 0 or after == before:
            who = before
        else:
            prev_ok = ops[k - 1].kind == "equal"
            next_bad = ops[end].kind != "equal"
            who = after if prev_ok and next_bad else before
        for q in range(k, end):
            owner[q] = min(max(who, 0), max(segments - 1, 0))
        k = end
    return owner


def attribute(meant: Sequence[Sequence[str]], heard: Sequence[str]) -> list[SegmentWords]:
    """Split what was heard during a chunk between its cues: align `heard` against the cues'
    meant words joined, and cut the alignment where one cue's words end and the next's begin."""
    ref: list[str] = []
    segment_of: list[int] = []
    first_word: list[int] = []
    for s, words in enumerate(meant):
        first_word.append(len(ref))
        ref.extend(words)
        segment_of.extend([s] * len(words))
    ops = align(ref, heard)
    owner = _owners(ops, segment_of, len(meant))
    heard_by: list[list[str]] = [[] for _ in meant]
    errors = [0] * len(meant)
    diffs: list[list[WordDiff]] = [[] for _ in meant]
    last_ref = -1
    for op, s in zip(ops, owner, strict=True):
        if op.hyp >= 0:
            heard_by[s].append(heard[op.hyp])
        if op.ref >= 0:
            last_ref = op.ref
        if op.kind == "equal":
            continue
        errors[s] += 1
        if op.kind == "extra":
            position = last_ref - first_word[s] if last_ref >= first_word[s] else -1
            diffs[s].append(WordDiff("extra", "", heard[op.hyp], position))
        elif op.kind == "missing":
            diffs[s].append(WordDiff("missing", ref[op.ref], "", op.ref - first_word[s]))
        else:
            diffs[s].append(WordDiff("substituted", ref[op.ref], heard[op.hyp],
                                     op.ref - first_word[s]))
    return [SegmentWords(tuple(heard_by[s]), errors[s], tuple(diffs[s]))
            for s in range(len(meant))]
