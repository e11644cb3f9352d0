"""The script stage: structure, pauses, chapters, sanitizing, segment length, golden sample."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from audiodigest.errors import ScriptError
from audiodigest.models import Article, Script, Section, VoiceProfile
from audiodigest.speech.script import (
    ScriptOptions,
    balance_quotes,
    build_script,
    format_script,
    sanitize,
    script_to_json,
    speak_date,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "harbour-bridge.txt"
GOLDEN = Path(__file__).parents[1] / "golden" / "harbour-bridge.script.json"
SAMPLE_HEADINGS = ("What went wrong", "What it cost", "What comes next")
VOICE = VoiceProfile(name="test", engine="pyttsx3", engine_voice="en")
RU_VOICE = VoiceProfile(name="test-ru", engine="pyttsx3", engine_voice="ru", language="ru")

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")


def phonemes(text: str) -> str:
    out = subprocess.run(["espeak-ng", "-q", "-x", text], capture_output=True, text=True,
                         check=True).stdout
    return "".join(out.split())


def sample_article() -> Article:
    """The bundled sample as an Article, built from its known layout (not via extraction, which
    another stage owns): title line, byline line, headings, paragraphs."""
    lines = [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title, byline, rest = lines[0], lines[1], lines[2:]
    assert byline.startswith("by Jane Doe April 14, 2023 1:47 PM")
    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for line in rest:
        if line in SAMPLE_HEADINGS:
            sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = line, []
        else:
            paragraphs.append(line)
    sections.append(Section(heading, tuple(paragraphs)))
    return Article(title=title, sections=tuple(sections), authors=("Jane Doe",),
                   published=datetime(2023, 4, 14, 13, 47), site="Port Alder Gazette",
                   url="https://example.org/harbour-bridge", source=str(SAMPLE))


def article(*paragraphs: str, title: str = "Test story", heading: str | None = None,
            site: str | None = "The Test Times") -> Article:
    return Article(title=title, sections=(Section(heading, paragraphs),), site=site)


def kinds(script: Script) -> list[str]:
    return [s.kind for s in script.segments]


# --- structure ------------------------------------------------------------------------------


def test_single_article_structure() -> None:
    script = build_script([sample_article()], VOICE)
    k = kinds(script)
    assert k[0] == "title" and k[-1] == "outro"
    assert k[1:4] == ["intro", "intro", "disclosure"]
    assert script.chapters == ("Harbour Bridge reopens after two-year, $310 million repair",
                               *SAMPLE_HEADINGS)
    intro = " ".join(s.text for s in script.segments if s.kind == "intro")
    assert "Written by Jane Doe, for Port Alder Gazette" in intro
    assert "Friday, April fourteenth, twenty twenty-three" in intro
    assert "Port Alder Gazette" in script.segments[-1].text
    assert "computer voice" in script.segments[3].text


def test_headings_start_chapters_after_a_longer_pause() -> None:
    script = build_script([sample_article()], VOICE)
    pauses = ScriptOptions().pauses
    for i, seg in enumerate(script.segments):
        if seg.kind == "heading":
            before = script.segments[i - 1]
            assert before.pause_after_ms == pauses.chapter_break
            assert seg.chapter == before.chapter + 1
            assert script.chapters[seg.chapter] == seg.caption


def test_paragraph_pause_is_longer_than_sentence_pause() -> None:
    script = build_script([article("One sentence. Two sentence.", "New paragraph.")], VOICE)
    body = [s for s in script.segments if s.kind == "body"]
    assert [s.pause_after_ms for s in body[:2]] == [350, 700]


def test_disclosure_can_be_reworded_or_turned_off() -> None:
    on = build_script([article("Hello there.")], VOICE,
                      ScriptOptions(disclosure_text="A synthetic voice reads this story."))
    assert any(s.kind == "disclosure" and "synthetic voice" in s.text for s in on.segments)
    off = build_script([article("Hello there.")], VOICE, ScriptOptions(disclosure=False))
    assert "disclosure" not in kinds(off)


def test_digest_lists_headlines_and_has_a_chapter_per_article() -> None:
    stories = [article("First body.", title="Alpha wins", site="A News"),
               article("Second body.", title="Beta loses", site="B News"),
               article("Third body.", title="Gamma draws", site="A News")]
    script = build_script(stories, VOICE, ScriptOptions(show_title="Morning Brief"))
    assert script.chapters == ("Headlines", "Alpha wins", "Beta loses", "Gamma draws")
    intro = " ".join(s.text for s in script.segments if s.chapter == 0)
    assert intro.index("Alpha wins") < intro.index("Beta loses") < intro.index("Gamma draws")
    assert kinds(script).count("transition") == 3
    assert "A News and B News" in script.segments[-1].text
    assert script.title == "Morning Brief: 3 stories: Alpha wins"  # no dates to name
    dated = [replace(s, published=datetime(2023, 4, d)) for s, d in zip(stories, (12, 14, 13),
                                                                        strict=True)]
    again = build_script(dated, VOICE, ScriptOptions(show_title="Morning Brief"))
    assert again.title.startswith("Morning Brief: 3 stories: Friday")  # the newest, not today
    assert "14" in again.title


def test_speak_date() -> None:
    assert speak_date(datetime(2023, 4, 14)) == "Friday, April fourteenth, twenty twenty-three"


# --- what the engine gets ---------------------------------------------------------------------


def test_text_is_normalized_and_caption_kept() -> None:
    script = build_script([article("Turnout was 43,4% in Kyiv on Oct. 4, 2022.")], VOICE)
    body = next(s for s in script.segments if s.kind == "body")
    assert body.caption == "Turnout was 43,4% in Kyiv on Oct. 4, 2022."
    assert body.text == ("Turnout was forty-three point four percent in Keev on October fourth, "
                         "twenty twenty-two.")


def test_a_british_page_says_its_numeric_dates_day_first() -> None:
    for language, spoken in (("en-gb", "the fifth of March"), ("en", "May third")):
        script = build_script([replace(article("The hearing was on 5/3/2024."), language=language)],
                              VOICE, ScriptOptions(intro=False, outro=False, disclosure=False))
        assert spoken in " ".join(s.text for s in script.segments), language


def test_a_rule_that_fails_costs_one_sentence_its_rewriting_not_the_article(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import audiodigest.speech.script as script_module

    real = script_module.normalize

    def failing(text: str, language: str = "en") -> str:
        if "tonne" in text:
            raise KeyError("tonne")  # as the "per tonne" rule once did
        return real(text, language)

    monkeypatch.setattr(script_module, "normalize", failing)
    script = build_script([article("Wheat sold for $300 per tonne.", "Prices rose 5% on Friday.")],
                          VOICE)
    texts = [s.text for s in script.segments if s.kind == "body"]
    assert texts == ["Wheat sold for $300 per tonne.", "Prices rose five percent on Friday."]
    assert "read as written" in caplog.text and "KeyError" in caplog.text


def test_user_lexicon_and_phonemes(tmp_path: Path) -> None:
    user = tmp_path / "mine.lexicon.toml"
    user.write_text('[words]\nKyiv = "Kee-iv"\n', encoding="utf-8")
    script = build_script([article("Kyiv and Shoigu.")], VOICE, ScriptOptions(lexicons=(user,)))
    assert "Kee-iv and Shoy-goo." in [s.text for s in script.segments]
    ph = build_script([article("Shoigu spoke.")], VOICE, ScriptOptions(phonemes="espeak"))
    assert "[[SOIg'u:]] spoke." in [s.text for s in ph.segments]
    espeak = VoiceProfile(name="e", engine="espeak", engine_voice="en")
    from audiodigest.tts import abilities_of  # the engine says which phonemes it reads

    auto = build_script([article("Shoigu spoke.")], espeak,
                        ScriptOptions(phonemes=abilities_of(espeak).phonemes))
    assert "[[SOIg'u:]] spoke." in [s.text for s in auto.segments]


@pytest.mark.parametrize(
    "hostile",
    [
        "Hello [[h@'loU]] world.",
        "Hello [[[h@'loU]]] world.",
        'Hello <audio src="http://127.0.0.1:9/evil.mp3"/> world.',
        "Hello <speak><break time='10s'/></speak> world.",
        "Hello <prosody rate='x-slow'>world</prosody>.",
        "Hello \x01 \x1b[31m world\x7f.",
    ],
)
def test_markup_in_article_text_never_reaches_the_engine(hostile: str) -> None:
    script = build_script([article(hostile)], VOICE)
    body = [s for s in script.segments if s.kind == "body"]
    assert body, "the sentence must still be spoken"
    for seg in body:
        for text in (seg.text, seg.caption):
            assert "[[" not in text and "]]" not in text
            assert "<" not in text and ">" not in text
            assert not re.search(r"[\x00-\x1f\x7f]", text)
            assert "http" not in text and "evil" not in text
        assert "Hello" in seg.text and "world" in seg.text


@needs_espeak
def test_phoneme_injection_is_not_read_as_phonemes() -> None:
    script = build_script([article("[[h@'loU]]")], VOICE)
    body = next(s for s in script.segments if s.kind == "body")
    assert phonemes(body.text) != phonemes("[[h@'loU]]")


def test_sanitize() -> None:
    assert sanitize("a [[b]] <c d='e'> f\x00g") == "a b f g"
    assert sanitize("x < y and y > z") == "x < y and y > z"  # comparison, not a tag


def test_symbols_only_article_is_a_clear_error() -> None:
    with pytest.raises(ScriptError, match="nothing speakable"):
        build_script([article("★★★ 🙂🙂🙂", "!!! ... ???", title="🙂")], VOICE)


def test_symbol_paragraphs_are_dropped_not_silent() -> None:
    script = build_script([article("Real words here.", "🙂🙂🙂", "—")], VOICE)
    assert all(re.search(r"\w", s.text) for s in script.segments)
    assert [s.caption for s in script.segments if s.kind == "body"] == ["Real words here."]


def test_no_articles() -> None:
    with pytest.raises(ScriptError):
        build_script([], VOICE)


def test_segments_respect_the_length_limit() -> None:
    dense = ("Figures for 2021, 2022 and 2023 were $1,234,567, $2,345,678 and $3,456,789, "
             "while 12.5%, 13.75% and 14.125% of 1,000,001 voters agreed on 04/14/2023 "
             "at 17:45 ") * 4 + "in the end."
    options = ScriptOptions(max_segment_chars=200)
    script = build_script([article(dense)], VOICE, options)
    assert all(len(s.text) <= 200 for s in script.segments)
    assert sum(1 for s in script.segments if s.kind == "body") > 3


def test_huge_unpunctuated_paragraph_is_bounded() -> None:
    """~0.3 s when linear (bench/bench_script.py prints it): every piece within the limit."""
    text = ("the harbour bridge reopened today " * 6000)[:200_000]
    script = build_script([article(text)], VOICE)
    assert all(len(s.text) <= ScriptOptions().max_segment_chars for s in script.segments)


def test_non_english_article_keeps_its_own_words() -> None:
    doc = Article(title="Бюджет", sections=(Section(None, ("Бюджет вырос на 43,4%.",)),),
                  language="ru")
    script = build_script([doc], RU_VOICE)
    assert script.language == "ru"
    # its decimal and percent in Russian words (espeak-ng says "сорок три и четыре десятых
    # процент" from the digits): bodymeasures.py
    assert "Бюджет вырос на сорок три целых четыре десятых процента." in [
        s.text for s in script.segments]


# --- quotation marks in captions ------------------------------------------------------------


def test_a_quote_split_across_segments_is_closed_and_reopened_in_captions() -> None:
    script = build_script([sample_article()], VOICE)
    captions = [s.display for s in script.segments]
    i = captions.index('"Nobody was hurt."')
    assert captions[i + 1] == '"The next generation should not have to rely on luck."'
    # the spoken text is unchanged (and so is the audio and its cache)
    assert script.segments[i].text == '"Nobody was hurt.'
    for caption in captions:
        assert caption.count('"') % 2 == 0, caption


@pytest.mark.parametrize(("pieces", "expected"), [
    (["“Nobody was hurt.", "Next time, he said, we won’t be so lucky.”"],
     ["“Nobody was hurt.”", "“Next time, he said, we won’t be so lucky.”"]),
    (["„Niemand wurde verletzt.", "Das nächste Mal vielleicht schon.“"],
     ["„Niemand wurde verletzt.“", "„Das nächste Mal vielleicht schon.“"]),
    (["»Niemand wurde verletzt.", "Nie wieder.«"], ["»Niemand wurde verletzt.«", "»Nie wieder.«"]),
    (["« Personne n’a été blessé.", "Pas cette fois. »"],
     ["« Personne n’a été blessé.»", "«Pas cette fois. »"]),
    (["He said: “They told me ‘never again.", "And I believed them.’ Then it happened.”"],
     ["He said: “They told me ‘never again.’”", "“‘And I believed them.’ Then it happened.”"]),
    (["‘Nobody was hurt.", "Next time, perhaps.’"], ["‘Nobody was hurt.’", "‘Next time, perhaps.’"]),
    (["We were lucky.”", "Then the rain came."], ["“We were lucky.”", "Then the rain came."]),
])
def test_balance_quotes(pieces: list[str], expected: list[str]) -> None:
    assert balance_quotes(pieces) == expected


@pytest.mark.parametrize("pieces", [
    ["It’s the students’ union, and the Smiths' house.", "Don't touch it."],
    ["A 5\" screen and a 12\" pizza.", "That's all."],
    ['She said "yes" and left.', '"No," he said.'],
    ["“Yes,” she said.", "‘Maybe,’ he said."],
])
def test_balance_quotes_leaves_balanced_text_and_apostrophes_alone(pieces: list[str]) -> None:
    assert balance_quotes(pieces) == pieces


# --- rendering and golden ---------------------------------------------------------------------


def test_json_and_text_rendering() -> None:
    script = build_script([sample_article()], VOICE)
    data = script_to_json(script)
    assert json.loads(json.dumps(data)) == data
    assert len(data["segments"]) == len(script.segments)
    text = format_script(script)
    for heading in SAMPLE_HEADINGS:
        assert f". {heading} ==" in text
    assert "says" in text


def test_golden_script_for_the_sample() -> None:
    """The README demo's script, reviewed like code. UPDATE_GOLDEN=1 rewrites it."""
    data = script_to_json(build_script([sample_article()], VOICE))
    rendered = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not GOLDEN.exists():
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(rendered, encoding="utf-8")
        if os.environ.get("UPDATE_GOLDEN") != "1":
            pytest.fail(f"golden file {GOLDEN} was missing and has been written; review it")
    assert rendered == GOLDEN.read_text(encoding="utf-8")


WARM_ENGINE_SAVE = r"""
import os, sys, wave, pyttsx3
engine = pyttsx3.init("espeak")
engine.save_to_file("warm up.", sys.argv[1] + ".warm.wav")
engine.runAndWait()
seconds = 0.0
for _attempt in range(3):
    engine.save_to_file(sys.argv[2], sys.argv[1])
    engine.runAndWait()
    if os.path.exists(sys.argv[1]):
        with wave.open(sys.argv[1]) as w:
            seconds = w.getnframes() / w.getframerate()
    if seconds > 0:
        break
print(seconds)
"""


@needs_espeak
def test_longest_segment_is_synthesized_by_pyttsx3(tmp_path: Path) -> None:
    """The longest segment we make comes out of pyttsx3 as audio of the expected length (the
    engine warmed up and retried as the pipeline's engine does: pyttsx3 2.99 sometimes writes
    nothing, more often the longer the text, see MAX_SEGMENT_CHARS)."""
    pytest.importorskip("pyttsx3")
    import sys

    long_sentence = ("The council said on Tuesday that the new harbour bridge would open in the "
                     "spring and that traffic on the old crossing would be cut by about a third "
                     "within a year ") * 4 + "officials said."
    script = build_script([article(long_sentence)], VOICE)
    longest = max((s.text for s in script.segments), key=len)
    assert 200 < len(longest) <= ScriptOptions().max_segment_chars
    out = tmp_path / "seg.wav"
    run = subprocess.run([sys.executable, "-c", WARM_ENGINE_SAVE, str(out), longest],
                         capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr[-500:]
    assert float(run.stdout.split()[-1]) > 5.0


# --- the script's own phrases in the article's language ----------------------------------------

ENGLISH_PHRASES = ("Written by ", "Published", "This audio", "That was", "Headlines", "stories today",
                   "First:", "Our first story", "That's all")


def german_article() -> Article:
    return Article(title="Stadtrat beschließt neuen Haushalt",
                   sections=(Section(None, ("Der Stadtrat hat am 14. April abgestimmt.",)),),
                   authors=("Anna Müller",), published=datetime(2023, 4, 14, 9, 0),
                   language="de")


def test_a_german_article_gets_german_phrases() -> None:
    script = build_script([german_article()], VOICE)
    captions = [s.display for s in script.segments]
    assert captions[:4] == [
        "Stadtrat beschließt neuen Haushalt", "Von Anna Müller.",
        "Veröffentlicht am Freitag, dem 14. April 2023.",
        "Dieser Beitrag wurde von einer Computerstimme gesprochen."]
    assert captions[-1] == "Das war: Stadtrat beschließt neuen Haushalt, von Anna Müller."
    assert script.segments[2].text == ("Veröffentlicht am Freitag, dem vierzehnten April "
                                       "zweitausenddreiundzwanzig.")
    assert not any(p in c for c in captions for p in ENGLISH_PHRASES)


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pt", "nl", "pt-BR"])
def test_digest_phrases_follow_the_language(language: str) -> None:
    from audiodigest.speech.phrases import phrases_for

    words = phrases_for(language)
    stories = [Article(title=f"Titel {n}", sections=(Section(None, (f"Text {n}.",)),),
                       site=site, language=language, published=datetime(2023, 4, 1))
               for n, site in ((1, "A News"), (2, "B News"))]
    script = build_script(stories, VOICE)
    assert script.chapters[0] == words.headlines
    assert script.title == (f"{words.digest_show}: "
                            + words.digest_title.format(count=2, title=words.written_date(
                                datetime(2023, 4, 1))))
    captions = [s.display for s in script.segments]
    assert any(c == words.disclosure for c in captions)
    assert f"A News{words.and_}B News" in captions[-1]
    assert words.written_date(datetime(2023, 4, 1)) in " ".join(captions)
    assert not any(p in c for c in captions for p in ENGLISH_PHRASES)


def test_a_russian_article_gets_russian_phrases_and_the_show_can_reword() -> None:
    doc = Article(title="Бюджет", sections=(Section(None, ("Бюджет вырос.",)),),
                  authors=("Анна",), language="ru", published=datetime(2023, 10, 11))
    script = build_script([doc], RU_VOICE)
    captions = [s.display for s in script.segments]
    assert "Автор: Анна." in captions
    assert "Опубликовано в среду, 11 октября 2023 года." in captions
    assert ("Опубликовано в среду, одиннадцатого октября две тысячи двадцать третьего года."
            in [s.text for s in script.segments])
    assert not any(p in c for c in captions for p in ENGLISH_PHRASES)
    own = build_script([german_article()], VOICE, ScriptOptions(disclosure_text="Maschinell."))
    assert [s.display for s in own.segments if s.kind == "disclosure"] == ["Maschinell."]


@needs_espeak
@pytest.mark.parametrize(("language", "day", "said"), [
    ("fr", 1, "pr@mj'e"),      # "1er avril": premier
    ("it", 1, "p@-*'imo"),     # "1º aprile": primo
    ("de", 14, "f'i:rtse:nt@n"),  # "14. April": vierzehnten
])
def test_espeak_ng_says_the_byline_date_naturally(language: str, day: int, said: str) -> None:
    doc = Article(title="T", sections=(Section(None, ("Text.",)),), site="S",
                  published=datetime(2023, 4, day), language=language)
    date = next(s.text for s in build_script([doc], VOICE).segments if "2023" in s.caption)
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", language, date], capture_output=True,
                         text=True, check=True).stdout
    assert said in out


def test_cli_script_of_a_german_page(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from audiodigest.cli import cli

    page = tmp_path / "de.txt"
    page.write_text("Stadtrat beschließt neuen Haushalt\n\nVon Anna Müller 14. April 2023\n\n"
                    "Der Stadtrat hat am Donnerstag den neuen Haushalt beschlossen. Die "
                    "Opposition stimmte dagegen, wie schon im vergangenen Jahr bei der "
                    "Abstimmung über den Nachtragshaushalt.\n\nDie Bürgermeisterin sagte, die "
                    "Stadt müsse sparen, denn die Schulden seien stark gestiegen.\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["script", str(page)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Von Anna Müller." in result.stdout
    assert "Veröffentlicht am Freitag, dem 14. April 2023." in result.stdout
    assert "vierzehnten April" in result.stdout
    assert "Written by Anna" not in result.stdout and "This audio" not in result.stdout
