"""Voice profiles from `voices/*.toml`, and picking one for an article's language.

A profile names an engine, the engine's voice, a speaking rate, pitch, volume and the
pronunciation lexicons to apply. Profiles live in the project's `voices/` folder and in the
user's config folder (`~/.config/audiodigest/voices`), which wins on a name clash.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EngineUnavailable, VoiceError, VoiceNotFound
from ..models import Article, VoiceProfile
from ..speech.lexicon import bundled_voices_dir

__all__ = [
    "VoiceChoice",
    "bundled_voices_dir",
    "check_voice",
    "choose_voice",
    "lexicon_paths",
    "list_profiles",
    "load_profile",
    "segment_voices",
    "spoken_languages",
    "unreadable_pattern",
    "voices_dirs",
]

DEFAULT_VOICE = "en-us"
"""Used when nothing else decides: the product's default voice."""
FALLBACK_ENGINE = "pyttsx3"
"""Engine for a language no profile covers: espeak-ng speaks 100+ languages."""
FALLBACK_RATE_WPM = 165

_KEYS = {
    "description", "engine", "voice", "language", "rate_wpm", "pitch", "volume", "lexicon",
    "default_for_language", "name",
}


def voices_dirs() -> list[Path]:
    """Folders searched for profiles, lowest priority first."""
    dirs: list[Path] = [bundled_voices_dir()]
    env = os.environ.get("AUDIODIGEST_VOICES")
    if env:
        dirs.append(Path(env))
    from platformdirs import user_config_dir

    user = Path(user_config_dir("audiodigest")) / "voices"
    if user.is_dir():
        dirs.append(user)
    return dirs


def load_profile(path: Path) -> VoiceProfile:
    """Read one profile file; errors name the file and the key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VoiceError(f"voice profile {path} does not parse: {exc}") from exc
    unknown = set(data) - _KEYS
    if unknown:
        raise VoiceError(f"voice profile {path}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("engine", "voice"):
        if not isinstance(data.get(key), str):
            raise VoiceError(f"voice profile {path}: {key!r} must be a string")
    lex = data.get("lexicon", [])
    if isinstance(lex, str):
        lex = [lex]
    try:
        return VoiceProfile(
            name=str(data.get("name", path.stem)),
            engine=data["engine"],
            engine_voice=data["voice"],
            language=str(data.get("language", "en")),
            rate_wpm=int(data.get("rate_wpm", 175)),
            pitch=int(data.get("pitch", 50)),
            volume=float(data.get("volume", 1.0)),
            lexicon=tuple(path.parent / name for name in lex),
            description=str(data.get("description", "")),
            path=path,
            default_for_language=bool(data.get("default_for_language", False)),
        )
    except (TypeError, ValueError) as exc:
        raise VoiceError(f"voice profile {path}: {exc}") from exc


def list_profiles() -> dict[str, VoiceProfile]:
    """Every profile by name (later folders override earlier ones)."""
    profiles: dict[str, VoiceProfile] = {}
    for folder in voices_dirs():
        for path in sorted(folder.glob("*.toml")):
            if path.name.endswith(".lexicon.toml"):
                continue
            profile = load_profile(path)
            profiles[profile.name] = profile
    return profiles


def _neural(profile: VoiceProfile) -> bool:
    from . import get_engine

    try:
        return get_engine(profile.engine).abilities.neural
    except EngineUnavailable:
        return False


def _defaults_for_language(profiles: dict[str, VoiceProfile]) -> dict[str, list[VoiceProfile]]:
    """Each language's default profiles, best first: neural voices before espeak-ng's."""
    found: dict[str, list[VoiceProfile]] = {}
    for p in sorted(profiles.values(), key=lambda p: (not _neural(p), p.name)):
        if p.default_for_language:
            found.setdefault(p.language, []).append(p)
    return found


def _engine_ok(profile: VoiceProfile) -> tuple[bool, str]:
    from . import get_engine

    try:
        return get_engine(profile.engine).available()
    except EngineUnavailable as exc:
        return False, str(exc)


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    """The voice to use and why, so the CLI can say it."""

    profile: VoiceProfile
    reason: str
    """Said once on stderr ("Speaking with <reason>"); a fallback from the language's best voice
    says why and how to install it."""


def choose_voice(name: str | None, language: str | None) -> VoiceChoice:
    """A named profile, else the default for `language`, else an espeak-ng voice for it."""
    profiles = list_profiles()
    if name:
        if name in profiles:
            return VoiceChoice(profiles[name], f"voice {name} (as asked)")
        if ":" in name:
            return _engine_voice(name, language)
        raise VoiceNotFound(
            f"no voice named {name!r}; voices: {', '.join(sorted(profiles))} "
            "(run `audiodigest voices` to see them all)"
        )
    lang = (language or "en").lower().replace("_", "-")
    base = lang.split("-")[0]
    defaults = _defaults_for_language(profiles)
    for key in (lang, base):
        if key not in defaults:
            continue
        best, *others = defaults[key]
        ok, reason = _engine_ok(best)
        if ok or not others:
            return VoiceChoice(best, f"voice {best.name} for language {lang}")
        for p in others:
            if _engine_ok(p)[0]:
                return VoiceChoice(
                    p, f"voice {p.name} for language {lang}, not {best.name}, which cannot run "
                       f"here: {reason.rstrip('.')}")
        return VoiceChoice(best, f"voice {best.name} for language {lang}")
    espeak_voice = _espeak_voice_for(base)
    if espeak_voice is None:
        raise VoiceNotFound(
            f"no voice for language {lang!r}: espeak-ng has none; name one with --voice"
        )
    profile = VoiceProfile(
        name=f"espeak-{base}", engine=FALLBACK_ENGINE, engine_voice=espeak_voice,
        language=base, rate_wpm=FALLBACK_RATE_WPM,
        lexicon=lexicon_paths(base),
        description=f"espeak-ng's {base} voice (no profile for this language)",
    )
    return VoiceChoice(profile, f"espeak-ng voice {espeak_voice} for language {lang}")


def _engine_voice(name: str, language: str | None) -> VoiceChoice:
    """ENGINE:VOICE (as `audiodigest voices --all` lists them): that voice of that engine,
    with the fallback profile's rate, for a voice that has no profile."""
    from . import engine_names, get_engine

    engine, _, voice_id = name.partition(":")
    if engine not in engine_names():
        raise VoiceNotFound(f"no engine named {engine!r} in {name!r}; engines: "
                            f"{', '.join(engine_names())}")
    cls = get_engine(engine)
    ok, reason = cls.available()
    if not ok:
        raise VoiceNotFound(f"engine {engine} is not available here: {reason}")
    found = next((v for v in cls.voices() if voice_id in (v.id, v.name)), None)
    if found is None:
        raise VoiceNotFound(f"{engine} has no voice {voice_id!r}; `audiodigest voices --all` "
                            "lists them")
    lang = found.languages[0] if found.languages else (language or "en")
    base = lang.lower().split("-")[0]
    profile = VoiceProfile(name=name, engine=engine, engine_voice=found.id, language=lang,
                           rate_wpm=FALLBACK_RATE_WPM, lexicon=lexicon_paths(base),
                           description=f"{engine} voice {found.name}")
    return VoiceChoice(profile, f"{engine} voice {found.id} (as asked)")


def spoken_languages(candidates: Iterable[str]) -> frozenset[str]:
    """Those of `candidates` (base language codes) that a voice here speaks: a default profile
    whose engine runs, or one of espeak-ng's voices (through the fallback engine). What the
    script stage may give a quoted sentence of its own, for that language's voice."""
    wanted = {c.split("-")[0].lower() for c in candidates}
    if not wanted:
        return frozenset()
    defaults = _defaults_for_language(list_profiles())
    found = {lang for lang in wanted
             if any(_engine_ok(p)[0] for p in defaults.get(lang, ()))}
    rest = wanted - found
    if rest and _engine_ok(VoiceProfile("fallback", FALLBACK_ENGINE, "en"))[0]:
        found |= rest & _espeak_languages()  # what choose_voice falls back to
    return frozenset(found)


def segment_voices(languages: Sequence[str | None], voice: VoiceProfile) -> list[VoiceProfile]:
    """The voice for each segment: `voice`, or for a segment in another language (a quoted
    sentence, `Segment.language`) that language's own voice, as `choose_voice` picks it."""
    own = voice.language.split("-")[0].lower()
    chosen: dict[str, VoiceProfile] = {}
    out: list[VoiceProfile] = []
    for language in languages:
        base = (language or own).split("-")[0].lower()
        if base == own:
            out.append(voice)
            continue
        if base not in chosen:
            chosen[base] = choose_voice(None, base).profile
        out.append(chosen[base])
    return out


_ESPEAK_LANGUAGES: list[frozenset[str]] = []


def _espeak_languages() -> frozenset[str]:
    """Base codes of every language espeak-ng has a (non-MBROLA) voice for (asked once)."""
    if not _ESPEAK_LANGUAGES:
        import shutil
        import subprocess

        exe = shutil.which("espeak-ng")
        out = subprocess.run([exe, "--voices"], capture_output=True, text=True, timeout=30,
                             check=False).stdout if exe else ""
        found: set[str] = set()
        for line in out.splitlines()[1:]:
            parts = line.split()
            if len(parts) >= 5 and not parts[4].startswith("mb/"):
                found.update(code.split("-")[0].lower() for code in
                             (parts[1], *re.findall(r"\(([\w-]+) \d+\)", line)))
        _ESPEAK_LANGUAGES.append(frozenset(found))
    return _ESPEAK_LANGUAGES[0]


def lexicon_paths(language: str) -> tuple[Path, ...]:
    """The lexicon files for a language found in the voices folders."""
    return tuple(
        p for d in voices_dirs() if (p := d / f"{language}.lexicon.toml").is_file()
    )


def _espeak_voice_for(language: str) -> str | None:
    """espeak-ng's voice file name for a language code, from `espeak-ng --voices=LANG`."""
    import shutil
    import subprocess

    exe = shutil.which("espeak-ng")
    if not exe or not language.isascii() or not language.replace("-", "").isalnum():
        return None
    out = subprocess.run(
        [exe, f"--voices={language}"], capture_output=True, text=True, timeout=30, check=False,
    ).stdout
    for line in out.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 5 or parts[4].startswith("mb/"):
            continue  # MBROLA voices need separately installed diphone databases
        languages = [parts[1], *re.findall(r"\(([\w-]+) \d+\)", line)]
        if any(code.split("-")[0] == language for code in languages):
            return parts[4]
    return None


def voice_report(include_engine_voices: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Engines and profiles with whether each can run here (for `audiodigest voices`)."""
    from . import engine_names, get_engine

    engines: list[dict[str, object]] = []
    status: dict[str, tuple[bool, str]] = {}
    for name in engine_names():
        cls = get_engine(name)
        ok, reason = cls.available()
        status[name] = (ok, reason)
        entry: dict[str, object] = {"name": name, "available": ok, "reason": reason}
        if include_engine_voices and ok:
            entry["voices"] = [
                {"id": v.id, "name": v.name, "languages": list(v.languages)}
                for v in cls.voices()
            ]
        engines.append(entry)
    profiles: list[dict[str, object]] = []
    every = list_profiles()
    chosen = {lang: next((p.name for p in ps if status.get(p.engine, (False,))[0]), ps[0].name)
              for lang, ps in _defaults_for_language(every).items()}
    for p in sorted(every.values(), key=lambda p: (not _neural(p), p.language, p.name)):
        ok, reason = status.get(p.engine, (False, f"no engine named {p.engine!r}"))
        profiles.append({
            "name": p.name, "engine": p.engine, "voice": p.engine_voice, "language": p.language,
            "rate_wpm": p.rate_wpm, "description": p.description, "available": ok,
            "reason": reason, "neural": _neural(p), "default": chosen.get(p.language) == p.name,
        })
    return {"engines": engines, "profiles": profiles}


# --- what a voice can read --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Script:
    name: str
    characters: re.Pattern[str]
    readers: frozenset[str]
    """espeak-ng voice languages that read these characters; every other voice names each
    one in English ("Chinese letter", "Japanese letter", "Thai letter")."""
    hint: str


_SCRIPTS = (
    _Script("Chinese characters (Han: hanzi, kanji, hanja)",
            re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"),
            frozenset({"zh", "cmn", "yue"}),
            "espeak-ng reads them only with its Chinese voices (cmn, yue), which audiodigest "
            "picks for articles in Chinese; no espeak-ng voice reads Japanese kanji or Korean "
            "hanja, so add a voice profile for an engine that speaks the language (see "
            "`audiodigest voices` and voices/*.toml) and name it with --voice"),
    _Script("Japanese kana", re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]"),
            frozenset({"ja"}), "espeak-ng reads kana only with its Japanese voice (ja)"),
    _Script("Thai letters", re.compile("[\u0e01-\u0e5b]"), frozenset({"th"}),
            "espeak-ng reads Thai only with its Thai voice (th)"),
    _Script("Cyrillic letters", re.compile("[\u0400-\u04ff]"),
            frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tt", "ba", "cv", "mn"}),
            "other voices spell it letter by letter; leave out --voice (and the settings' "
            "voice) so the article's language picks one, or name one that speaks it"),
    _Script("Greek letters", re.compile("[\u0370-\u03ff\u1f00-\u1fff]"),
            frozenset({"el", "grc"}), "only the Greek voices read it; other voices spell it"),
    _Script("Arabic script", re.compile("[\u0600-\u06ff\u0750-\u077f]"),
            frozenset({"ar", "fa", "ur", "ps", "sd", "ug", "ku", "ckb"}),
            "only voices of languages written in it read it; other voices spell it"),
    _Script("Hebrew letters", re.compile("[\u0590-\u05ff]"), frozenset({"he", "yi"}),
            "only the Hebrew voice reads it; other voices spell it"),
)
"""Measured with `espeak-ng -x -v VOICE`: only these voices read these scripts; the rest say
"Chinese letter" for each Han character (ja, ko, th, hak, en, de, ru...)."""
_NON_LATIN = frozenset().union(*(s.readers for s in _SCRIPTS)) | {"ja", "ko", "hi", "ka", "hy"}
"""Languages written in a script other than Latin: only their articles can be unreadable."""
UNREADABLE_SHARE = 0.05
"""Above this share of the text's letters a voice cannot read, refuse: the episode would be
mostly "Chinese letter". Below it (a name in Chinese characters in an English story) the
characters are left out of what is said and kept in the captions."""


def _voice_languages(voice: VoiceProfile) -> set[str]:
    return {voice.language.split("-")[0].lower(),
            voice.engine_voice.rsplit("/", 1)[-1].split("-")[0].lower()}


def _unreadable_scripts(voice: VoiceProfile) -> list[_Script]:
    from . import get_engine

    try:
        if not get_engine(voice.engine).abilities.espeak_voices:
            return []
    except EngineUnavailable:
        return []
    languages = _voice_languages(voice)
    return [s for s in _SCRIPTS if not s.readers & languages]


def unreadable_pattern(voice: VoiceProfile) -> re.Pattern[str] | None:
    """Characters the voice would name instead of reading ("Chinese letter"), or None."""
    scripts = _unreadable_scripts(voice)
    if not scripts:
        return None
    return re.compile("|".join(s.characters.pattern for s in scripts))


def check_voice(voice: VoiceProfile, articles: Sequence[Article] = (),
                asked: bool = False) -> None:
    """Fail before any work if the voice cannot speak these articles, saying what to do.

    Its engine must run here (EngineUnavailable), and, for espeak-ng voices, an article whose
    own language is written in a script the voice cannot read must not be mostly such
    characters (VoiceNotFound). Passages in another script inside an article in a Latin-script
    language (a Belarusian slogan in an English story) never refuse it: the script stage
    romanizes them or gives them their own language's voice. `asked`: the voice was named
    (--voice or the settings), so the advice is to leave it out.
    """
    from . import get_engine

    ok, reason = get_engine(voice.engine).available()
    if not ok:
        raise EngineUnavailable(f"voice {voice.name} needs the {voice.engine} engine: {reason}")
    own = [a for a in articles if (a.language or "en").split("-")[0].lower() in _NON_LATIN]
    text = " ".join(part for a in own for part in (
        a.title, *(p for section in a.sections for p in (section.heading or "",
                                                          *section.paragraphs))))
    letters = sum(1 for ch in text if ch.isalpha())
    for found in _unreadable_scripts(voice):
        count = len(found.characters.findall(text))
        if count and count > UNREADABLE_SHARE * letters:
            language = next((a.language for a in own if a.language), voice.language)
            hint = (f"leave out --voice (and the settings' voice) so the article's language "
                    f"({language}) picks its own voice, or name one that reads it"
                    if asked else found.hint)
            raise VoiceNotFound(
                f"no voice for language {language} here: voice {voice.name} "
                f"(espeak-ng {voice.engine_voice}) cannot read "
                f"{found.name}: {count} of the text's {letters} letters would each be said as "
                f"their script's name; {hint}")
