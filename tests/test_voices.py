"""Every shipped voice profile and lexicon loads; voices are picked by language."""

from __future__ import annotations

from pathlib import Path

import pytest

from audiodigest.errors import VoiceNotFound
from audiodigest.lexicon import load_lexicon
from audiodigest.voices import bundled_voices_dir, choose_voice, list_profiles, load_profile

VOICES = bundled_voices_dir()


@pytest.mark.parametrize("path", sorted(p for p in VOICES.glob("*.toml")
                                        if not p.name.endswith(".lexicon.toml")),
                         ids=lambda p: p.name)
def test_every_profile_loads(path: Path) -> None:
    profile = load_profile(path)
    assert profile.engine in {"pyttsx3", "espeak", "piper"}
    assert 80 <= profile.rate_wpm <= 400
    for lexicon in profile.lexicon:
        assert lexicon.is_file(), f"{path.name} names a missing lexicon {lexicon.name}"


@pytest.mark.parametrize("path", sorted(VOICES.glob("*.lexicon.toml")), ids=lambda p: p.name)
def test_every_lexicon_loads(path: Path) -> None:
    assert load_lexicon(path) is not None


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "en-us"), ("en-GB", "en-us"), ("de", "de"), ("uk", "uk"),
])
def test_language_picks_the_default_profile(language: str, expected: str) -> None:
    choice = choose_voice(None, language)
    assert choice.profile.name == expected
    assert language.lower() in choice.reason


def test_language_without_a_profile_gets_espeak_ngs_own_voice() -> None:
    choice = choose_voice(None, "pt")
    assert choice.profile.engine == "pyttsx3"
    assert choice.profile.engine_voice.endswith("/pt") or "pt" in choice.profile.engine_voice
    assert "espeak-ng voice" in choice.reason


def test_unknown_language_and_name_are_clear_errors() -> None:
    with pytest.raises(VoiceNotFound, match="no voice for language 'xx'"):
        choose_voice(None, "xx")
    with pytest.raises(VoiceNotFound, match="no voice named 'nobody'; voices: .*en-us"):
        choose_voice("nobody", "en")
    assert "en-us" in list_profiles()
