"""Pronunciation lexicons: names espeak-ng gets wrong, rewritten before synthesis.

A lexicon is a TOML file (format in voices/LEXICON.md): whole words or regex patterns mapped to
a respelling ("Loo-ka-shen-ko") and/or espeak-ng phonemes ("l,u:k@S'EnkoU"). Respellings work
with every engine; phonemes are emitted as espeak's inline `[[...]]` only when the caller says
the engine reads them (espeak-ng's own CLI does; pyttsx3 2.99's espeak driver synthesizes with
flags that leave `[[` as text, so it gets the respelling). Several lexicons merge in order, the
later one winning: the voice's own, then the show's, then the user's `--lexicon FILE`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ..errors import LexiconError

__all__ = [
    "Alphabet",
    "Lexicon",
    "espeak_to_ipa",
    "bundled_voices_dir",
    "LexiconEntry",
    "default_lexicon_path",
    "load_lexicon",
    "load_lexicons",
    "restore",
]



def bundled_voices_dir() -> Path:
    """The project's voices/ folder: in a checkout beside the package, in a wheel inside it."""
    package = Path(__file__).resolve().parents[1]
    checkout = package.parent / "voices"
    return checkout if checkout.is_dir() else package / "bundled_voices"


VOICES_DIR = bundled_voices_dir()
"""Where the bundled `<lang>.lexicon.toml` files live (the project's voices/ folder)."""

_PHONEME_CHARS = re.compile(r"^[^\[\]]+$")
_WORD_CHARS = re.compile(r"^[\w][\w'’.\- ]*$")
_TOML_LINE = re.compile(r"line (\d+)")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One word or pattern and what to say instead."""

    key: str
    """The word as written, or the regex source for a pattern."""
    say: str | None
    """Respelling in plain letters, read by any engine."""
    phonemes: str | None
    """espeak-ng phoneme mnemonics, used only where the engine accepts `[[...]]`."""
    is_pattern: bool
    case_sensitive: bool
    origin: str
    """"file:line" the entry came from, for error messages and `--json` output."""

    def replacement(self, phonemes: Alphabet, language: str = "en") -> str | None:
        if phonemes and self.phonemes:
            return f"[[{_spelled(self.phonemes, phonemes, language)}]]"
        return self.say


class Lexicon:
    """An ordered set of entries; `apply` rewrites whole words, case-aware, in one regex pass.

    A key matches in any case ("Kyiv" matches "KYIV" and "kyiv", as in a shouted headline that
    normalization lowered), except short keys and keys with inner capitals ("US", "Xi",
    "McCain"), which match only as written so that "us" and "xi" are left alone.
    """

    def __init__(self, entries: Iterable[LexiconEntry] = (), language: str = "en") -> None:
        self.language = language
        words: dict[str, LexiconEntry] = {}
        patterns: dict[str, LexiconEntry] = {}
        for entry in entries:
            table = patterns if entry.is_pattern else words
            table.pop(entry.key, None)  # a later definition wins and moves to the end
            table[entry.key] = entry
        self._words = words
        self._patterns = patterns
        self._exact = {e.key: e for e in words.values() if e.case_sensitive}
        self._folded = {e.key.lower(): e for e in words.values() if not e.case_sensitive}
        self._word_re = _compile_words(self._exact, self._folded)
        self._pattern_res = [(re.compile(e.key), e) for e in patterns.values()]

    @property
    def entries(self) -> tuple[LexiconEntry, ...]:
        return (*self._words.values(), *self._patterns.values())

    def __len__(self) -> int:
        return len(self._words) + len(self._patterns)

    def __repr__(self) -> str:
        return f"Lexicon(language={self.language!r}, entries={len(self)})"

    def knows(self, word: str) -> bool:
        """Whether `word` is an entry (as written, or in any case where the entry allows)."""
        return word in self._exact or word.lower() in self._folded

    def merge(self, *others: Lexicon) -> Lexicon:
        """A new lexicon with `others` layered on top: their entries win over ours."""
        entries = list(self.entries)
        for other in others:
            entries.extend(other.entries)
        return Lexicon(entries, self.language)

    def apply(self, text: str, phonemes: Alphabet = False) -> str:
        """Rewrite every listed word in `text`; `phonemes` allows `[[...]]` output: True or
        "espeak" as espeak-ng mnemonics, "ipa" as IPA (Piper)."""
        marked, replacements = self.protect(text, phonemes)
        return restore(marked, replacements)

    def protect(self, text: str, phonemes: Alphabet = False, taken: int = 0
                ) -> tuple[str, list[str]]:
        """Replace each listed word by a private-use placeholder; `restore` puts the spoken
        form back. The script stage protects the written text, normalizes it, then restores, so
        keys match words as articles write them ("NATO", "F-16") and normalization never
        touches a respelling or phoneme string. `taken`: placeholders already in `text` (from
        an earlier pass), which the new ones follow; `restore` then takes both lists joined."""
        replacements: list[str] = []

        def placeholder(out: str, original: str) -> str:
            if taken + len(replacements) >= MAX_PLACEHOLDERS:
                return original
            replacements.append(out)
            return chr(PLACEHOLDER_BASE + taken + len(replacements) - 1)

        if self._word_re is not None:

            def word(m: re.Match[str]) -> str:
                found = m.group("word")
                entry = self._exact.get(found) or self._folded.get(found.lower())
                if entry is None:
                    return m.group(0)
                possessive = m.group("poss") or ""
                if phonemes and entry.phonemes:
                    ending = _possessive(entry.phonemes, possessive)
                    spelled = _spelled(entry.phonemes + ending, phonemes, self.language)
                    return placeholder(f"[[{spelled}]]", m.group(0))
                if entry.say is None:
                    return m.group(0)
                return placeholder(entry.say + possessive, m.group(0))

            text = self._word_re.sub(word, text)
        for pattern, entry in self._pattern_res:
            out = entry.replacement(phonemes, self.language)
            if out is not None:

                def expand(m: re.Match[str], out: str = out) -> str:
                    return placeholder(m.expand(out), m.group(0))

                text = pattern.sub(expand, text)
        return text, replacements


Alphabet = bool | Literal["espeak", "ipa"] | None
"""How lexicon phonemes may be written out: False/None not at all (respellings), True or
"espeak" as espeak-ng's mnemonics, "ipa" as IPA."""
_IPA_VOICES = {"en": "en-us"}
"""espeak-ng voice whose phoneme table converts a language's mnemonics to IPA (Piper's English
voices are American; espeak-ng's `en` would give British vowels)."""


def _spelled(phonemes: str, alphabet: Alphabet, language: str) -> str:
    return espeak_to_ipa(phonemes, language) if alphabet == "ipa" else phonemes


@lru_cache(maxsize=4096)
def espeak_to_ipa(phonemes: str, language: str = "en") -> str:
    """espeak-ng mnemonics (`k'i:v`) as IPA (`kˈiːv`), as espeak-ng itself prints them.

    Piper's `[[ ]]` spans take IPA; lexicons store espeak-ng's mnemonics, which `espeak-ng -x`
    prints and every entry was checked with. Falls back to the mnemonics if espeak-ng is missing.
    """
    import shutil
    import subprocess

    exe = shutil.which("espeak-ng")
    if exe is None:
        return phonemes
    base = language.lower().split("-")[0]
    voice = _IPA_VOICES.get(base, base)
    out = subprocess.run([exe, "-q", "--ipa", "-v", voice, f"[[{phonemes}]]"],
                         capture_output=True, text=True, timeout=30, check=False).stdout
    return " ".join(out.split()) or phonemes


PLACEHOLDER_BASE = 0xE000
MAX_PLACEHOLDERS = 0x1900
"""Unicode's private-use area (U+E000-U+F8FF): no article text uses it (sanitize drops it) and
no normalization rule matches it, so a placeholder survives normalization unchanged."""
_PLACEHOLDERS = re.compile("[\uE000-\uF8FF]")


def restore(text: str, replacements: list[str]) -> str:
    """Put back the spoken forms that `Lexicon.protect` replaced by placeholders."""
    if not replacements:
        return text

    def back(m: re.Match[str]) -> str:
        index = ord(m.group(0)) - PLACEHOLDER_BASE
        return replacements[index] if index < len(replacements) else ""

    return _PLACEHOLDERS.sub(back, text)


def _possessive(phonemes: str, written: str) -> str:
    """The possessive ending in phonemes: "'s" after Kyiv is z, after Putin's t... s."""
    if not written:
        return ""
    last = phonemes.rstrip(":'@,")[-1:]
    if phonemes.endswith(("tS", "dZ")) or last in "szSZ":
        return "I2z"
    return "s" if last in "ptkfT" else "z"


def _compile_words(
    exact: Mapping[str, LexiconEntry], folded: Mapping[str, LexiconEntry]
) -> re.Pattern[str] | None:
    alternatives = []
    if exact:
        alternatives.append("|".join(re.escape(k) for k in sorted(exact, key=len, reverse=True)))
    if folded:
        joined = "|".join(re.escape(k) for k in sorted(folded, key=len, reverse=True))
        alternatives.append(f"(?i:{joined})")
    if not alternatives:
        return None
    return re.compile(r"(?<![\w\-\[])(?P<word>" + "|".join(alternatives) + r")(?P<poss>['’]s)?"
                      r"(?![\w\-\]])")


MIN_FOLDED_KEY = 4
"""Keys shorter than this ("US", "Xi") are matched exactly: folding them hits ordinary words."""


def _exact_case(key: str) -> bool:
    """Short keys and keys with inner capitals ("McCain") match only as written."""
    return len(key) < MIN_FOLDED_KEY or any(c.isupper() for c in key[1:])


def _line_of(source: str, needle: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if needle in line:
            return number
    return 0


def _fail(path: Path, line: int, message: str) -> LexiconError:
    error = LexiconError(f"{path}:{line}: {message} (see voices/LEXICON.md for the format)")
    error.path = path
    error.line = line
    return error


def load_lexicon(path: Path) -> Lexicon:
    """Read one lexicon file; one that does not parse raises LexiconError naming file and line."""
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        raise _fail(path, int(found.group(1)) if found else 0, str(exc)) from exc
    return _build(path, source, data)


def _build(path: Path, source: str, data: dict[str, object]) -> Lexicon:
    unknown = set(data) - {"lexicon", "words", "pattern"}
    if unknown:
        name = min(unknown)
        raise _fail(path, _line_of(source, name), f"unknown table or key {name!r}")
    meta = data.get("lexicon", {})
    language = str(meta.get("language", "en")) if isinstance(meta, dict) else "en"
    entries: list[LexiconEntry] = []
    words = data.get("words", {})
    if not isinstance(words, dict):
        raise _fail(path, _line_of(source, "words"), "[words] must be a table")
    for key, value in words.items():
        line = _line_of(source, key)
        if not _WORD_CHARS.match(key):
            raise _fail(path, line, f"{key!r} is not a word; put regexes under [[pattern]]")
        say, phonemes = _values(path, line, key, value)
        entries.append(LexiconEntry(key, say, phonemes, False, _exact_case(key),
                                    f"{path}:{line}"))
    patterns = data.get("pattern", [])
    if not isinstance(patterns, list):
        raise _fail(path, _line_of(source, "pattern"), "use [[pattern]] for patterns")
    for item in patterns:
        match = item.get("match") if isinstance(item, dict) else None
        line = _line_of(source, str(match)[:20]) if match else _line_of(source, "[[pattern]]")
        if not isinstance(match, str) or not match:
            raise _fail(path, line, "a [[pattern]] needs match = '<regex>'")
        try:
            re.compile(match)
        except re.error as exc:
            raise _fail(path, line, f"bad regex {match!r}: {exc}") from exc
        rest = {k: v for k, v in item.items() if k != "match"}
        say, phonemes = _values(path, line, match, rest)
        entries.append(LexiconEntry(match, say, phonemes, True, True, f"{path}:{line}"))
    return Lexicon(entries, language)


def _values(path: Path, line: int, key: str, value: object) -> tuple[str | None, str | None]:
    if isinstance(value, str):
        return value, None
    if isinstance(value, dict):
        extra = set(value) - {"say", "phonemes"}
        if extra:
            raise _fail(path, line, f"{key!r}: unknown field {min(extra)!r}")
        say, phonemes = value.get("say"), value.get("phonemes")
        if say is None and phonemes is None:
            raise _fail(path, line, f"{key!r} needs say = '...' or phonemes = '...'")
        if say is not None and not isinstance(say, str):
            raise _fail(path, line, f"{key!r}: say must be a string")
        if phonemes is not None and not (isinstance(phonemes, str)
                                         and _PHONEME_CHARS.match(phonemes)):
            raise _fail(path, line, f"{key!r}: phonemes must be a string without [ or ]")
        return say, phonemes
    raise _fail(path, line, f"{key!r} must map to a string or {{ say = ..., phonemes = ... }}")


@lru_cache(maxsize=32)
def _cached(path: Path, mtime_ns: int, size: int) -> Lexicon:
    return load_lexicon(path)


def load_lexicons(paths: Iterable[Path], language: str = "en") -> Lexicon:
    """Load and merge `paths` in order (later wins); unchanged files are parsed only once."""
    merged = Lexicon((), language)
    for path in paths:
        path = Path(path)
        try:
            stat = path.stat()
        except OSError as exc:
            raise LexiconError(f"cannot read lexicon {path}: {exc}") from exc
        merged = merged.merge(_cached(path.resolve(), stat.st_mtime_ns, stat.st_size))
    return merged


def default_lexicon_path(language: str) -> Path | None:
    """The bundled lexicon for `language` ("en-GB" -> voices/en.lexicon.toml), if there is one."""
    base = language.split("-")[0].lower()
    path = VOICES_DIR / f"{base}.lexicon.toml"
    return path if path.is_file() else None
