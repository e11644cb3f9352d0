"""Lexicon suggestions checked by ear: respell a misheard name, synthesize it, keep what is heard right."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..models import VoiceProfile
from .model import check_language, find_model, load_model, transcribe
from .report import ListenReport, SegmentScore, WordDiff
from .score import align, words_of

__all__ = [
    "MAX_CANDIDATES",
    "MAX_RUN_WORDS",
    "MAX_WORDS",
    "Suggestion",
    "Target",
    "candidates",
    "lexicon_text",
    "lexicon_targets",
    "suggest_lexicon",
]

MAX_WORDS = 5
"""Words checked per call: each costs a synthesis and a transcription per candidate."""
MAX_CANDIDATES = 6
"""Respellings tried per word."""
CONTEXT_WORDS = 8
"""Written words kept on each side of the word when a candidate is checked. Whisper tiny hears
a name in a sentence far better than in a few words (measured: "Lukashenko's regime sentences
two" was heard as "You can see the same"), so most captions are checked whole."""
MAX_RUN_WORDS = 3
"""Meant words in one run of errors that may hold a target (the name and a neighbour each side)."""
MAX_EXTRA_WORDS = 2
"""A word heard as at most three words is a mispronunciation; more is the listener losing its
way (a repeated phrase), which no lexicon entry fixes."""
MAX_OTHER_WER = 0.2
"""A word is a lexicon target only if its cue was otherwise heard about right: the rest of the
cue's errors (beyond the word's own) stay under this share of its words."""
MIN_BPE_PIECES = 3
"""A lower-case word the listener's tokenizer cuts into this many pieces is not an everyday
word ("lukashenko": l-uk-as-henko; "harbour" is one piece)."""
_STRIP = "\"'“”‘’«»„()[]{}.,;:!?…—–"
_POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
_KEY_CHARS = re.compile(r"^[\w][\w'’.\- ]*$")
"""What lexicon.py accepts as a [words] key."""
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_DIGRAPHS = ("sch", "shch", "ch", "sh", "th", "zh", "kh", "ph", "sz", "cz", "rz", "dz", "ts", "gh",
             "ck")


@dataclass(frozen=True, slots=True)
class Target:
    """A misheard word a lexicon entry might fix."""

    word: str
    """As written in the caption (possessive and punctuation removed): the lexicon key."""
    segment: SegmentScore
    token: int
    """Its position among the caption's whitespace-separated tokens."""
    heard: str
    """What the listener heard in the run of errors it is in ("" if nothing)."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A respelling that the listener heard as the written word, spoken by the episode's voice."""

    word: str
    say: str
    segment: int
    """The cue (1-based, as in the VTT file) where the word was misheard."""
    heard_before: str
    """What the listener heard for the word in the episode."""
    heard_after: str
    """What it heard for the checked respelling, in the same words around it."""
    voice: str

    def line(self) -> str:
        """The `[words]` line, as voices/LEXICON.md has it: `Word = "Respelling"`."""
        key = self.word if _BARE_KEY.match(self.word) else json.dumps(self.word,
                                                                      ensure_ascii=False)
        return f"{key} = {json.dumps(self.say, ensure_ascii=False)}"


def lexicon_text(suggestions: Sequence[Suggestion]) -> str:
    """A `[words]` table to paste into a lexicon file: one entry per word (the first checked
    respelling), further checked respellings as comments."""
    if not suggestions:
        return ""
    lines = ["[words]"]
    seen: set[str] = set()
    for s in suggestions:
        heard = s.heard_before or "nothing"
        if s.word in seen:
            lines.append(f"# also heard right: {s.line()}")
            continue
        seen.add(s.word)
        lines.append(f"# cue {s.segment}: {s.word!r} was heard as {heard!r}; {s.say!r} was "
                     f"heard as {s.heard_after!r} ({s.voice})")
        lines.append(s.line())
    return "\n".join(lines) + "\n"


# --- which words ------------------------------------------------------------------------------

def _core(token: str) -> str:
    return _POSSESSIVE.sub("", token.strip(_STRIP)).strip(_STRIP)


def _everyday(word: str, tokenizer: Any) -> bool:
    """A word the listener's own vocabulary has (about) whole: not a name's business."""
    if tokenizer is None:
        return word.islower()
    try:
        pieces = tokenizer.encode(" " + word.lower(), add_special_tokens=False).ids
    except Exception:  # a tokenizer that cannot encode the word: treat it as unusual
        return False
    return len(pieces) < MIN_BPE_PIECES


def _lexicon_worthy(core: str, first: bool, tokenizer: Any) -> bool:
    """Names, acronyms, foreign words: all capitals, a capital inside a sentence, or a word the
    listener's vocabulary does not hold."""
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or not _KEY_CHARS.match(core):
        return False
    if all(c.isupper() for c in letters):
        return True
    if core[0].isupper() and not first:
        return True
    return not _everyday(core, tokenizer)


def _runs(segment: SegmentScore) -> list[list[WordDiff]]:
    """The cue's differences in runs with no word heard right between them."""
    def at(d: WordDiff) -> float:  # an extra word sits just after the meant word `position`
        return d.position + 0.5 if d.kind == "extra" else float(d.position)

    runs: list[list[WordDiff]] = []
    for d in sorted(segment.diff, key=at):
        if runs:
            last = runs[-1][-1]
            both_meant = d.kind != "extra" and last.kind != "extra"
            if at(d) - at(last) <= (1.0 if both_meant else 0.5):
                runs[-1].append(d)
                continue
        runs.append([d])
    return runs


def lexicon_targets(report: ListenReport, limit: int = MAX_WORDS, tokenizer: Any = None
                    ) -> list[Target]:
    """Misheard words a lexicon entry could fix, worst cues first: in a cue whose other words
    were heard about right, a run of at most MAX_RUN_WORDS misheard words (a mispronounced name
    often takes a neighbour with it: "mayor of London said" heard as "mayor and Dorset sent")
    holding exactly one name, acronym or word the listener does not know."""
    found: list[Target] = []
    keys: set[str] = set()
    for segment in sorted((s for s in report.segments if s.listened and s.errors),
                          key=lambda s: (-s.wer, s.index)):
        expected = segment.expected.split()
        tokens = segment.meant.split()
        for own in _runs(segment):
            positions = sorted({d.position for d in own if d.kind != "extra"})
            extra = sum(1 for d in own if d.kind == "extra")
            if (not positions or len(positions) > MAX_RUN_WORDS or extra > MAX_EXTRA_WORDS
                    or segment.errors - len(own) > MAX_OTHER_WER * max(1, segment.words)):
                continue
            worthy = []
            for position in positions:
                word = expected[position] if position < len(expected) else ""
                heard = " ".join(d.heard for d in own if d.heard and d.position == position)
                if word and heard.replace(" ", "").startswith(word) and len(word) <= 4:
                    continue  # an abbreviation said in full ("Jan." heard as "January")
                token = _token_for(tokens, expected, position, word, segment.language)
                if token is not None and _lexicon_worthy(_core(tokens[token]), token == 0,
                                                         tokenizer):
                    worthy.append(token)
            if len(worthy) != 1 or _core(tokens[worthy[0]]) in keys:
                continue
            core = _core(tokens[worthy[0]])
            keys.add(core)
            found.append(Target(core, segment, worthy[0],
                                " ".join(d.heard for d in own if d.heard)))
            if len(found) >= limit:
                return found
    return found


def _token_for(tokens: Sequence[str], expected: Sequence[str], position: int, word: str,
               language: str) -> int | None:
    """The caption token that normalizes to the meant word at `position` (the same occurrence,
    when the word is there more than once)."""
    occurrence = sum(1 for w in expected[:position] if w == word)
    seen = 0
    for i, token in enumerate(tokens):
        if words_of(_core(token), language) == [word]:
            if seen == occurrence:
                return i
            seen += 1
    return None


# --- respellings ------------------------------------------------------------------------------

_POLISH = re.compile(r"[łąęśćżźń]|rz|cz|szcz|wicz|owski|ewski", re.IGNORECASE)
_HUNGARIAN = re.compile(r"[öőüű]|gy|ny|zs|cs|sz", re.IGNORECASE)
_EAST_SLAVIC = re.compile(r"enko$|vich$|zh|kh|yi$|iy$|ii$|yu|ya|ia|iu|ts|dz|shch|uk$|ak$",
                          re.IGNORECASE)
_GERMAN = re.compile(r"sch|tz|ß|[äöü]|mann$|berg$|burg$|stein$", re.IGNORECASE)


def _keep_case(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def _respell(word: str) -> str:
    """Letter-sound respellings for names English speech engines read the English way."""
    w = word.lower()
    polish = bool(_POLISH.search(w))
    hungarian = not polish and bool(_HUNGARIAN.search(w))
    slavic = polish or bool(_EAST_SLAVIC.search(w))
    german = bool(_GERMAN.search(w))
    if polish:
        w = w.replace("szcz", "shch").replace("sz", "sh").replace("rz", "zh")
    elif hungarian:
        w = w.replace("sz", "s").replace("zs", "zh").replace("cs", "ch").replace("gy", "dy")
    w = w.replace("cz", "ch")
    if polish or hungarian or slavic or german:
        w = w.replace("jj", "y")
        w = re.sub(r"j(?=[aeiouy])|(?<=[aeiou])j", "y", w)
        w = re.sub(r"^j", "y", w)
    if polish or slavic or german:
        w = w.replace("w", "v")
    if slavic:
        w = re.sub(r"(?<=[^aeiouy])i(?=[aeou])", "y", w)
        w = re.sub(r"(yi|iy|ii)$", "ee", w)
        w = re.sub(r"ei$", "ay", w)
    return _keep_case(word, w)


def _continental(word: str) -> str:
    """Vowels read as most languages read them: u as "oo", i as "ee"."""
    w = re.sub(r"(?<![aeo])u(?!u)", "oo", word.lower())
    w = re.sub(r"(?<![aeo])i(?=[^aeiouy]?[aeiouy]|$)", "ee", w)
    return _keep_case(word, w)


def _syllables(word: str) -> list[str]:
    """A rough syllable split: a lone consonant starts the next syllable, a cluster is cut after
    its first consonant (digraphs such as "sh" kept whole)."""
    w = word
    low = w.lower()
    nuclei = [m.span() for m in re.finditer(r"[aeiou]+|y(?![aeiou])", low)]
    if len(nuclei) < 2:
        return [w]
    cuts: list[int] = []
    for (_, end), (start, _) in zip(nuclei, nuclei[1:], strict=False):
        cluster = low[end:start]
        if len(cluster) <= 1:
            cuts.append(end)
            continue
        cut = end + 1
        for digraph in _DIGRAPHS:
            if cluster.startswith(digraph) and len(cluster) > len(digraph):
                cut = end + len(digraph)
                break
            if cluster.endswith(digraph) and len(cluster) >= len(digraph):
                cut = start - len(digraph)
                break
        cuts.append(max(end, min(cut, start)))
    parts, last = [], 0
    for cut in cuts:
        if cut > last:
            parts.append(w[last:cut])
            last = cut
    parts.append(w[last:])
    return [p for p in parts if p]


def candidates(word: str, limit: int = MAX_CANDIDATES) -> list[str]:
    """Respellings of `word` to try, most likely first: an acronym spelled out and read as a
    word; the name respelled the way its language reads its letters ("sz" -> "s", "j" -> "y",
    "w" -> "v", "cz" -> "ch"), whole and split into syllables; its vowels read the continental
    way; and the written word split into syllables."""
    out: list[str] = []

    def add(candidate: str) -> None:
        candidate = candidate.strip()
        if candidate and candidate != word and candidate not in out:
            out.append(candidate)

    letters = [c for c in word if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        add(" ".join(letters))
        add(word[:1] + word[1:].lower())
        add(". ".join(letters) + ".")
        return out[:limit]
    respelled = _respell(word)
    add(respelled)
    add("-".join(_syllables(respelled)))
    add(_continental(respelled))
    add("-".join(_syllables(_continental(respelled))))
    add("-".join(_syllables(word)))
    add(_continental(word))
    return out[:limit]


# --- checking by ear --------------------------------------------------------------------------

def _speaker(voice: VoiceProfile, language: str, lexicons: Sequence[Path]) -> Any:
    """Written text -> what the voice is given, as the script stage makes it."""
    from ..speech.lexicon import default_lexicon_path, load_lexicons
    from ..speech.script import lexicon_speech
    from ..tts import abilities_of

    paths = list(voice.lexicon)
    if not paths:
        default = default_lexicon_path(language)
        if default is not None:
            paths.append(default)
    lexicon = load_lexicons([*paths, *lexicons], language)
    phonemes = abilities_of(voice).phonemes  # the alphabet the engine reads, as the script stage asks

    def speech(written: str) -> str:
        if not written.strip():
            return ""
        return lexicon_speech(written, lexicon, language, phonemes)

    return speech


def suggest_lexicon(report: ListenReport, voice: VoiceProfile, *,
                    lexicons: Sequence[Path] = (), model_dir: Path | None = None,
                    max_words: int = MAX_WORDS, max_candidates: int = MAX_CANDIDATES,
                    jobs: int | None = None) -> tuple[Suggestion, ...]:
    """Lexicon entries for words misheard in `report`, each checked: the word's respellings are
    spoken by `voice` within the caption's neighbouring words and listened to, and only those
    heard as the written word are kept. A word heard right when spoken as the episode spoke it
    (the voice's lexicon and `lexicons` applied) was misheard by chance: no entry is offered.
    """
    from ..tts.cache import SegmentCache
    from ..tts.synth import Synthesizer
    from .episode import decode_audio

    language = report.language
    model = find_model(language, model_dir)
    loaded = load_model(model)
    check_language(loaded, model, language)
    targets = lexicon_targets(report, max_words, getattr(loaded, "hf_tokenizer", None))
    if not targets:
        return ()
    speech = _speaker(voice, language, lexicons)
    texts: list[str] = []
    plans: list[_Plan] = []
    for target in targets:
        tokens = target.segment.meant.split()
        t = target.token
        left = " ".join(tokens[max(0, t - CONTEXT_WORDS):t])
        right = " ".join(tokens[t + 1:t + 1 + CONTEXT_WORDS])
        expected = words_of(" ".join([left, tokens[t], right]), language)
        before = len(words_of(left, language)) if left else 0
        span = range(before, before + len(words_of(target.word, language)))
        at = tokens[t].find(target.word)  # keep what the token has around the word: "(Kyiv's,"
        prefix, suffix = tokens[t][:at], tokens[t][at + len(target.word):]
        tries: list[str] = []
        if speech(target.word) != target.word:  # a lexicon rewrote it: try the plain word too
            tries.append(target.word)
        tries.extend(c for c in candidates(target.word, max_candidates) if c not in tries)
        tries = tries[:max_candidates]
        first = len(texts)
        texts.append(speech(" ".join([left, tokens[t], right])))  # the control: as the episode
        for candidate in tries:
            texts.append(" ".join(p for p in (speech(left), prefix + candidate + suffix,
                                              speech(right)) if p))
        plans.append(_Plan(target, tuple(tries), tuple(expected), span, first))
    heard: list[list[str]] = [[] for _ in texts]
    with tempfile.TemporaryDirectory(prefix="audiodigest-listen-") as tmp:
        synth = Synthesizer(SegmentCache(Path(tmp)), jobs=jobs)
        for result in synth.run(texts, voice):
            heard[result.index] = words_of(
                transcribe(loaded, decode_audio(result.path), language), language)
    out: list[Suggestion] = []
    for plan in plans:
        if _heard_right(plan.expected, heard[plan.first], plan.span):
            continue  # heard right as the episode says it: nothing to fix by ear
        for n, candidate in enumerate(plan.tries, start=1):
            if _heard_right(plan.expected, heard[plan.first + n], plan.span):
                out.append(Suggestion(
                    plan.target.word, candidate, plan.target.segment.index, plan.target.heard,
                    " ".join(plan.expected[i] for i in plan.span), voice.name))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Plan:
    target: Target
    tries: tuple[str, ...]
    expected: tuple[str, ...]
    """The window's written words, normalized."""
    span: range
    """Where the target's words are in `expected`."""
    first: int
    """Index of the control text; the candidates' follow it."""


def _heard_right(expected: Sequence[str], heard: Sequence[str], span: range) -> bool:
    """Every word of `span` (the target's normalized words) aligned to the same word heard."""
    ok = {op.ref for op in align(expected, heard) if op.kind == "equal"}
    return all(i in ok for i in span)
