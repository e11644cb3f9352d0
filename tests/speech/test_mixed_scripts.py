"""Text in another script inside an article: romanized for the article's voice, or read by its
own language's voice when it is a whole (quoted) sentence; never dropped, never a refusal."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from audiodigest.models import Article, Section, VoiceProfile
from audiodigest.speech.script import ScriptOptions, build_script, format_script, script_to_json
from audiodigest.speech.translit import guess_language, readable_pattern, romanize, romanize_foreign

EN = VoiceProfile(name="test", engine="pyttsx3", engine_voice="en")
OWN_VOICES = ScriptOptions(voice_languages=frozenset({"be", "ru", "uk"}))
"""What a caller passes when synthesis can give a segment its own language's voice."""
PIPER = VoiceProfile(name="piper", engine="piper", engine_voice="joe")


def article(*paragraphs: str, language: str = "en") -> Article:
    return Article(title="Protest in Minsk", sections=(Section(None, paragraphs),),
                   site="The Test Times", language=language)


@pytest.mark.parametrize(("written", "language", "latin"), [
    ("Лукашэнка", "be", "Lukashenka"),
    ("Ціханоўская", "be", "Tsikhanouskaya"),
    ("Жыве Беларусь!", "be", "Zhyvie Bielarus!"),
    ("Київ", "uk", "Kyiv"),
    ("Слава Україні!", "uk", "Slava Ukraini!"),
    ("Лукашенко", "ru", "Lukashenko"),
    ("Юлия Тимошенко", "ru", "Yuliya Timoshenko"),
    ("Αθήνα", "el", "Athina"),
    ("Κυριάκος Μητσοτάκης", "el", "Kyriakos Mitsotakis"),
])
def test_romanize_like_a_newsroom(written: str, language: str, latin: str) -> None:
    assert guess_language(written) == language
    assert romanize(written) == latin


def test_only_scripts_the_voice_cannot_read_are_romanized() -> None:
    assert romanize_foreign("Це 1º Київ", readable_pattern("uk")) == "Це 1º Київ"
    assert romanize_foreign("Це 1º Київ", readable_pattern("it")) == "Tse 1º Kyiv"
    assert romanize_foreign("Straße", readable_pattern("en")) == "Straße"


def test_a_cyrillic_name_in_an_english_story_is_said_not_dropped() -> None:
    script = build_script([article("Лукашэнка said nothing; Ціханоўская spoke from Vilnius.")],
                          EN)
    body = next(s for s in script.segments if s.kind == "body")
    assert body.caption.startswith("Лукашэнка")  # the transcript keeps what was written
    assert body.text == "Lukashenko said nothing; Tsikhanouskaya spoke from Vilnius."
    assert body.language is None


def test_a_lexicon_entry_keyed_by_the_cyrillic_wins(tmp_path: Path) -> None:
    lexicon = tmp_path / "mine.lexicon.toml"
    lexicon.write_text('[words]\n"Зеленський" = "Zelensky"\n', encoding="utf-8")
    script = build_script([article("Зеленський spoke.")], EN, ScriptOptions(lexicons=(lexicon,)))
    assert [s.text for s in script.segments if s.kind == "body"] == ["Zelensky spoke."]


def test_a_quoted_slogan_is_read_by_its_own_voice() -> None:
    script = build_script([article('The crowd chanted "Жыве Беларусь!" as police moved in.')],
                          EN, OWN_VOICES)
    body = [s for s in script.segments if s.kind == "body"]
    assert [(s.caption, s.language) for s in body] == [
        ("The crowd chanted", None), ('"Жыве Беларусь!"', "be"), ("as police moved in.", None)]
    assert body[0].pause_after_ms == body[1].pause_after_ms == ScriptOptions().pauses.inline
    shown = format_script(script)
    assert '"Жыве Беларусь!" [be voice]' in shown
    data = script_to_json(script)
    assert [seg.get("language") for seg in data["segments"]  # type: ignore[union-attr]
            if seg["kind"] == "body"] == [None, "be", None]  # type: ignore[index]


def test_a_whole_sentence_in_another_language_is_its_own_segment() -> None:
    script = build_script([article("Слава Україні! Героям слава! The crowd answered.")], EN,
                          OWN_VOICES)
    body = [(s.caption, s.language) for s in script.segments if s.kind == "body"]
    assert body == [("Слава Україні!", "uk"), ("Героям слава!", "uk"),
                    ("The crowd answered.", None)]


def test_without_a_voice_for_the_language_the_quote_is_romanized() -> None:
    for voice, options in ((PIPER, None), (EN, ScriptOptions(voice_languages=frozenset()))):
        script = build_script([article('The crowd chanted "Жыве Беларусь!" as police moved in.')],
                              voice, options)
        body = [s for s in script.segments if s.kind == "body"]
        assert len(body) == 1 and body[0].language is None
        assert "Zhyvie Bielarus" in body[0].text


def test_a_russian_article_keeps_its_cyrillic() -> None:
    ru = VoiceProfile(name="ru", engine="pyttsx3", engine_voice="ru", language="ru")
    script = build_script([article("Лукашенко заявил, что выборы прошли.", language="ru")], ru)
    body = next(s for s in script.segments if s.kind == "body")
    assert body.text == "Лукашенко заявил, что выборы прошли." and body.language is None


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_the_english_voice_reads_the_romanized_name_not_letter_names() -> None:
    script = build_script([article("Лукашэнка said nothing.")], EN)
    text = next(s.text for s in script.segments if s.kind == "body")
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", "en", text], capture_output=True,
                         text=True, check=True).stdout
    assert re.search(r"l,u:k", out) and "lEt3" not in out  # no "Cyrillic letter ..."


LONG_QUOTE = ("Protesters in Minsk carried banners reading «Жыве Беларусь! Свабоду палітвязням! "
              "Лукашэнка, сыходзь!» as riot police watched from the square.")


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_an_english_story_with_a_long_cyrillic_quote_is_not_refused() -> None:
    from audiodigest.pipeline import DigestOptions, make_script

    for options in (DigestOptions(), DigestOptions(voice="en-us")):
        script, _choice = make_script([article(LONG_QUOTE)], options)
        body = [s for s in script.segments if s.kind == "body"]
        assert any("Жыве" in s.display for s in body)
        assert all(s.language in (None, "be") for s in body)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")
def test_only_an_article_whose_own_language_has_no_voice_is_refused() -> None:
    from audiodigest.errors import VoiceNotFound
    from audiodigest.pipeline import DigestOptions, make_script

    russian = article("Лукашенко заявил, что выборы прошли спокойно и без нарушений.",
                      language="ru")
    script, choice = make_script([russian], DigestOptions())
    assert choice.profile.language.startswith("ru")
    with pytest.raises(VoiceNotFound, match=r"leave out --voice .*\(ru\) picks its own voice"):
        make_script([russian], DigestOptions(voice="en-us"))
