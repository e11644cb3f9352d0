"""Voice profiles from `voices/*.toml`, and picking one for an article's language.

A profile names an engine, the engine's voice, a speaking rate, pitch, volume and the
pronunciation lexicons to apply. Profiles live in the project's `voices/` folder and in the
user's config folder (`~/.config/audiodigest/voices`), which wins on a name clash.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import VoiceError, VoiceNotFound
from .models import VoiceProfile

__all__ = [
    "VoiceChoice",
    "bundled_voices_dir",
    "choose_voice",
    "lexicon_paths",
    "list_profiles",
    "load_profile",
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


def bundled_voices_dir() -> Path:
    """The project's voices/ folder: in a checkout beside the package, in a wheel inside it."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "voices"
    return checkout if checkout.is_dir() else here / "bundled_voices"


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


def _defaults_for_language(profiles: dict[str, VoiceProfile]) -> dict[str, VoiceProfile]:
    return {p.language: p for p in profiles.values() if p.default_for_language}


@dataclass(frozen=True, slots=True)
class VoiceChoice:
    """The voice to use and why, so the CLI can say it."""

    profile: VoiceProfile
    reason: str


def choose_voice(name: str | None, language: str | None) -> VoiceChoice:
    """A named profile, else the default for `language`, else an espeak-ng voice for it."""
    profiles = list_profiles()
    if name:
        if name in profiles:
            return VoiceChoice(profiles[name], f"voice {name} (as asked)")
        raise VoiceNotFound(
            f"no voice named {name!r}; voices: {', '.join(sorted(profiles))} "
            "(run `audiodigest voices` to see them all)"
        )
    lang = (language or "en").lower().replace("_", "-")
    base = lang.split("-")[0]
    defaults = _defaults_for_language(profiles)
    for key in (lang, base):
        if key in defaults:
            p = defaults[key]
            return VoiceChoice(p, f"voice {p.name} for language {lang}")
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


def voice_report(include_engine_voices: bool = False) -> dict[str, list[dict[str, object]]]:
    """Engines and profiles with whether each can run here (for `audiodigest voices`)."""
    from .tts import engine_names, get_engine

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
    for p in list_profiles().values():
        ok, reason = status.get(p.engine, (False, f"no engine named {p.engine!r}"))
        profiles.append({
            "name": p.name, "engine": p.engine, "voice": p.engine_voice, "language": p.language,
            "rate_wpm": p.rate_wpm, "description": p.description, "available": ok,
            "reason": reason,
        })
    return {"engines": engines, "profiles": profiles}
