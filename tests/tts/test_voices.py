"""Every shipped voice profile and lexicon loads; voices are picked by language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from audiodigest.cli import cli
from audiodigest.errors import VoiceNotFound
from audiodigest.models import Article, Section, VoiceProfile
from audiodigest.pipeline import DigestOptions, make_script
from audiodigest.speech.lexicon import load_lexicon
from audiodigest.tts.voices import (
    bundled_voices_dir,
    choose_voice,
    list_profiles,
    load_profile,
    unreadable_pattern,
)

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
    ("en", "piper-joe"), ("en-GB", "piper-joe"), ("de", "de"), ("uk", "uk"),
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


# --- text a voice cannot read ---------------------------------------------------------------

JAPANESE = ("東京都は十四日、首都直下地震に備えた新しい防災計画を発表した。計画では、避難所の数を"
            "増やし、食料や水の備蓄を強化する。都知事は記者会見で「都民の命を守ることが最優先だ」"
            "と述べた。")


def _espeak(voice: str, text: str) -> str:
    import subprocess

    return subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
@pytest.mark.parametrize(("voice", "text", "named"), [
    ("ja", "東京", True), ("ko", "漢字", True), ("hak", "中国", True), ("en", "中国", True),
    ("th", "中国", True), ("cmn", "中国", False), ("yue", "中国", False),
    ("ja", "ひらがな", False), ("ko", "ひらがな", True), ("cmn", "カタカナ", True),
    ("th", "ไทย", False), ("de", "ไทย", True),
])
def test_the_readable_scripts_table_matches_espeak_ng(voice: str, text: str, named: bool) -> None:
    """What the table says a voice cannot read, espeak-ng says as "<Script> letter"."""
    said = re.sub(r"\d", "", _espeak(voice, text))  # tone numbers of the Chinese voices
    names = ("tS'aIni:z", "dZ'ap@ni:z", "t'aI")  # Chinese / Japanese / Thai (letter)
    assert any(n in said for n in names) == named, said
    profile = VoiceProfile(name="v", engine="pyttsx3", engine_voice=voice, language=voice)
    pattern = unreadable_pattern(profile)
    assert (pattern is not None and pattern.search(text) is not None) == named


def _article(text: str, language: str) -> Article:
    return Article(title=text[:12], sections=(Section(None, (text,)),), language=language)


def test_japanese_text_with_kanji_is_refused_before_synthesis() -> None:
    with pytest.raises(VoiceNotFound, match=r"no voice for language ja here: voice espeak-ja "
                       r".*cannot read Chinese characters.*add a voice profile for an engine that speaks the language"):
        make_script([_article(JAPANESE, "ja")], DigestOptions())


def test_cli_refuses_a_japanese_page_with_one_error_line(tmp_path: Path) -> None:
    page = tmp_path / "ja.txt"
    page.write_text("東京都が新しい防災計画を発表\n\n" + JAPANESE + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["script", str(page)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "cannot read Chinese characters" in errors[0]
    assert result.stdout == ""


def test_a_named_chinese_voice_reads_chinese_and_an_english_voice_does_not() -> None:
    chinese = _article("中国国务院总理今天在北京会见了外国代表团。双方表示将继续加强合作。", "zh")
    script, choice = make_script([chinese], DigestOptions())
    assert choice.profile.engine_voice.endswith("cmn")
    assert any("北京" in s.text for s in script.segments)
    with pytest.raises(VoiceNotFound, match="voice en-us .*cannot read Chinese"):
        make_script([chinese], DigestOptions(voice="en-us"))


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_a_few_han_characters_are_left_unsaid_not_refused() -> None:
    story = _article("Xi Jinping (习近平) met the delegation in Beijing on Tuesday, officials "
                     "said, and both sides promised to keep talking about trade and climate.",
                     "en")
    script, _choice = make_script([story], DigestOptions(voice="en-us"))
    body = next(s for s in script.segments if s.kind == "body")
    assert "习近平" in body.display and "习" not in body.text
    assert "tS'aIni:z" not in _espeak("en-us", body.text)
    korean = _article("서울시는 14일 새 예산안을 발표했다. 시장은 市民의 안전이 가장 중요하다고 "
                      "말했다. 예산은 작년보다 크게 늘었다.", "ko")
    make_script([korean], DigestOptions())  # a little hanja in Korean text: no error


def test_an_engine_voice_without_a_profile_is_named_engine_colon_voice() -> None:
    """What `voices --all` lists under "ENGINE:VOICE" is accepted by --voice."""
    import pytest

    from audiodigest.errors import VoiceNotFound
    from audiodigest.tts.voices import choose_voice

    choice = choose_voice("espeak:gmw/de", "en")
    assert (choice.profile.engine, choice.profile.engine_voice) == ("espeak", "gmw/de")
    assert choice.profile.language == "de"
    with pytest.raises(VoiceNotFound, match="has no voice 'nope'"):
        choose_voice("espeak:nope", None)
    with pytest.raises(VoiceNotFound, match="no engine named 'nosuch'"):
        choose_voice("nosuch:gmw/de", None)
