"""A segment in another language than the script's is said by that language's own voice: a
whole quoted Russian sentence in an English story by the Russian voice, on real engines; a
Cyrillic name inside an English sentence romanized for the English voice; nothing dropped."""

from __future__ import annotations

import re
import shutil
import subprocess
import wave
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from audiodigest.models import Article, Script, Section, Segment, VoiceProfile
from audiodigest.pipeline import DigestOptions, make_script, render, script_digest, voices_for
from audiodigest.speech.edited import load_edited_script
from audiodigest.speech.script import format_script, script_to_json
from audiodigest.tts.cache import SegmentCache, segment_key
from audiodigest.tts.remote import Digests, RemoteSegment, digests
from audiodigest.tts.synth import Synthesizer
from audiodigest.tts.voices import choose_voice, spoken_languages

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")

QUOTE = "Мы не признаём эти санкции и ответим на них."
STORY = Article(
    title="Kremlin responds to sanctions",
    sections=(Section(None, (
        "Moscow dismissed the new measures on Tuesday.",
        f"“{QUOTE}” That was how the ministry put it in a statement.",
        "The statement was signed by Лавров, the foreign minister.",
    )),),
    site="The Test Times", language="en")
ESPEAK_EN = VoiceProfile(name="espeak-en", engine="espeak", engine_voice="en-us", rate_wpm=175)
ESPEAK_RU = VoiceProfile(name="espeak-ru", engine="espeak", engine_voice="ru", language="ru",
                         rate_wpm=165)


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


@needs_espeak
def test_the_languages_that_have_a_voice_here() -> None:
    found = spoken_languages(["ru", "uk", "be", "el", "xx", "en-GB"])
    assert {"ru", "uk", "be", "el", "en"} <= found and "xx" not in found


@needs_espeak
def test_each_segment_gets_its_languages_voice() -> None:
    main = choose_voice(None, "en").profile
    script = Script("t", "en", (Segment("body", "Hello.", 0, 0), Segment("body", QUOTE, 0, 0,
                                                                     language="ru"),
                                Segment("body", "Bye.", 0, 0, language="en")), ("t",))
    voices = voices_for(script, main)
    assert voices[0] == voices[2] == main
    assert voices[1].language == "ru" and voices[1] == choose_voice(None, "ru").profile


@needs_espeak
def test_the_script_shows_who_says_each_segment(tmp_path: Path) -> None:
    script, choice = make_script([STORY], DigestOptions())
    quoted = [s for s in script.segments if s.language]
    assert [(s.display, s.language) for s in quoted] == [(f"“{QUOTE}”", "ru")]
    ru = choose_voice(None, "ru").profile
    shown = format_script(script, [v.name for v in voices_for(script, choice.profile)])
    assert f"“{QUOTE}” [ru voice: {ru.name}]" in shown
    # an edited script keeps each segment's language
    path = tmp_path / "edited.json"
    import json

    path.write_text(json.dumps(script_to_json(script), ensure_ascii=False), encoding="utf-8")
    edited, _voice = load_edited_script(path)
    assert [s.language for s in edited.segments] == [s.language for s in script.segments]


@needs_espeak
def test_the_episode_digest_names_each_segments_language_and_voice() -> None:
    script, choice = make_script([STORY], DigestOptions())
    digest = script_digest(script, choice.profile, DigestOptions().audio)
    plain = Script(script.title, script.language,
                   tuple(Segment(s.kind, s.text, s.pause_after_ms, s.chapter, s.caption)
                         for s in script.segments), script.chapters)
    assert script_digest(plain, choice.profile, DigestOptions().audio) != digest


@needs_espeak
def test_without_a_voice_for_its_language_a_quoted_sentence_is_romanized(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import audiodigest.tts.voices as voices

    monkeypatch.setattr(voices, "spoken_languages", lambda _candidates: frozenset())
    script, _choice = make_script([STORY], DigestOptions())
    assert not any(s.language for s in script.segments)
    said = " ".join(s.text for s in script.segments)
    assert "My ne priznayom eti sanktsii" in said and "Lavrov" in said


@needs_espeak
def test_the_synthesizer_keys_and_makes_each_text_with_its_own_voice(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "cache")
    texts = ["The ministry said this.", QUOTE]
    results = list(Synthesizer(cache, jobs=1).run(texts, [ESPEAK_EN, ESPEAK_RU]))
    assert results[1].path == cache.path_for(segment_key(ESPEAK_RU, QUOTE))
    assert results[0].path == cache.path_for(segment_key(ESPEAK_EN, texts[0]))
    with pytest.raises(ValueError, match="2 texts but 1 voices"):
        list(Synthesizer(cache, jobs=1).run(texts, [ESPEAK_EN]))


class _Remote(ThreadPoolExecutor):
    """Stands in for a cluster (no shared paths): what it was asked to be ready for, and sent."""

    remote = True

    def __init__(self) -> None:
        super().__init__(2)
        self.ready: list[str] = []
        self.sent: list[RemoteSegment] = []

    def ready_for(self, voice: VoiceProfile) -> Digests:
        self.ready.append(voice.name)
        return digests(voice)

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.sent.extend(a for a in args if isinstance(a, RemoteSegment))
        return super().submit(fn, *args, **kwargs)


@needs_espeak
def test_a_remote_job_carries_its_segments_voice(tmp_path: Path) -> None:
    cache = SegmentCache(tmp_path / "cache")
    with _Remote() as remote:
        out = list(Synthesizer(cache, executor=remote).run(["Hello there.", QUOTE],
                                                           [ESPEAK_EN, ESPEAK_RU]))
    assert sorted(set(remote.ready)) == ["espeak-en", "espeak-ru"]
    assert {s.text: s.voice.name for s in remote.sent} == {"Hello there.": "espeak-en",
                                                           QUOTE: "espeak-ru"}
    assert out[1].path == cache.path_for(segment_key(ESPEAK_RU, QUOTE)) and out[1].path.exists()


@needs_espeak
def test_a_quoted_russian_sentence_is_spoken_by_the_russian_voice(tmp_path: Path) -> None:
    """The whole pipeline on real engines (the default English voice, espeak-ng's Russian one
    through pyttsx3): the quote's audio is the Russian voice's (its cache entry, and a length
    close to what espeak-ng's Russian voice takes for it), the name is romanized for the
    English voice, and every word of the article is in the episode's captions."""
    script, choice = make_script([STORY], DigestOptions())
    ru = choose_voice(None, "ru").profile
    assert ru.language == "ru" and ru != choice.profile
    cache_dir = tmp_path / "cache"
    options = DigestOptions(cache_dir=cache_dir, jobs=2)
    rendered = render(script, choice.profile, tmp_path / "episode.mp3", options)
    cache = SegmentCache(cache_dir)

    quote = next(s for s in script.segments if s.language == "ru")
    made = cache.lookup(segment_key(ru, quote.text))
    assert made is not None, "the quote was not synthesized by the Russian voice"
    assert cache.lookup(segment_key(choice.profile, quote.text)) is None
    reference = tmp_path / "ref.wav"
    subprocess.run(["espeak-ng", "-v", "ru", "-s", str(ru.rate_wpm), "-w", str(reference),
                    quote.text], check=True)
    assert _seconds(made) == pytest.approx(_seconds(reference), rel=0.25)

    name = next(s for s in script.segments if "Лавров" in s.display)
    assert name.language is None and "Lavrov" in name.text
    assert cache.lookup(segment_key(choice.profile, name.text)) is not None

    captions = " ".join(cue.text for cue in rendered.cues)
    for paragraph in STORY.sections[0].paragraphs:
        assert all(w in _words(captions) for w in _words(paragraph)), paragraph
    assert rendered.duration_s > sum(_seconds(cache.path_for(segment_key(v, s.text)))
                                     for s, v in zip(script.segments,
                                                     voices_for(script, choice.profile),
                                                     strict=True))
