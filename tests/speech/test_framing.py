"""The script's own phrases in the article's language: byline, date, disclosure, digest frame
and outro, with numbers and dates in words that the language's espeak-ng voice reads right."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime

import pytest

from audiodigest.models import Article, Section, VoiceProfile
from audiodigest.speech.datewords import spoken_day
from audiodigest.speech.phrases import PHRASES, phrases_for
from audiodigest.speech.script import build_script

VOICE = VoiceProfile(name="test", engine="pyttsx3", engine_voice="en")
LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "be", "cs", "sv")
ENGLISH = ("Written by ", "Published", "This audio", "That was", "Headlines", "today", "First:",
           "Our first story", "That's all", "Stories came")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")


def story(language: str, n: int = 1, **kw: object) -> Article:
    fields: dict[str, object] = dict(
        title=f"Titel {n}", sections=(Section(None, (f"Text {n}.",)),), authors=("Anna Nowak",),
        site="Kyiv Post", published=datetime(2023, 10, 11), language=language)
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


def espeak(text: str, language: str) -> str:
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", language, text], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def test_every_language_asked_for_has_phrases() -> None:
    assert set(LANGUAGES) <= set(PHRASES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_single_article_is_framed_in_its_language(language: str) -> None:
    words = phrases_for(language)
    script = build_script([story(language)], VOICE)
    captions = [s.display for s in script.segments]
    assert not any(p in c for c in captions for p in ENGLISH), captions
    assert any(words.disclosure == c for c in captions)
    intro = [s for s in script.segments if s.kind == "intro"]
    dated = next(s for s in intro if "2023" in s.caption)
    assert not re.search(r"\d", dated.text), dated.text  # the date said in words
    assert spoken_day(11, language) in dated.text
    assert script.segments[-1].kind == "outro" and "Kyiv Post" in script.segments[-1].text


@needs_espeak
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_languages_voice_reads_the_date_as_words(language: str) -> None:
    """espeak-ng's voice for the language says the byline date with the day's own word: its
    phonemes for the day word appear in its phonemes for the whole date line."""
    script = build_script([story(language)], VOICE)
    dated = next(s.text for s in script.segments if "2023" in s.caption)
    day = espeak(spoken_day(11, language), language).replace("_|", "").split()
    said = espeak(dated, language)
    assert all(d.strip("_!|") in said for d in day), (dated, said, day)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_digest_counts_its_stories_in_words(language: str) -> None:
    words = phrases_for(language)
    script = build_script([story(language, 1), story(language, 2, site="Other"),
                           story(language, 3)], VOICE)
    caption = " ".join(s.display for s in script.segments[:2])
    text = " ".join(s.text for s in script.segments[:2])
    assert caption == words.digest_intro.format(show=words.digest_show, count=words.count(3))
    assert "3" not in text and words.count(3, spoken=True).lower() in text.lower()


@pytest.mark.parametrize(("language", "two", "five"), [
    ("ru", "две новости", "пять новостей"), ("uk", "дві новини", "п'ять новин"),
    ("pl", "dwie wiadomości", "pięć wiadomości"), ("cs", "dvě zprávy", "pět zpráv"),
    ("pt", "duas notícias", "cinco notícias"), ("en", "two stories", "five stories"),
])
def test_counts_agree_with_their_noun(language: str, two: str, five: str) -> None:
    words = phrases_for(language)
    assert words.count(2, spoken=True) == two and words.count(5, spoken=True) == five


def test_the_outro_names_the_story_briefly() -> None:
    long_title = ("Belarus opposition leader Tsikhanouskaya sentenced in absentia to 15 years "
                  "in prison for treason and conspiracy")
    script = build_script([story("en", title=long_title)], VOICE)
    assert script.segments[-1].caption == (
        "That was Belarus opposition leader Tsikhanouskaya sentenced, from Kyiv Post.")
    assert phrases_for("en").brief("Analysis: Why the Fed held rates steady") == (
        "Why the Fed held rates steady")
    short = build_script([story("en", title="Bridge reopens")], VOICE)
    assert short.segments[-1].caption == "That was Bridge reopens, from Kyiv Post."


@pytest.mark.parametrize(("title", "brief"), [
    # a quotation is said whole or not at all ("... Belarus 'like its" was said)
    ("Belarus Weekly: Lukashenko wants Russia to defend Belarus 'like its own territory'",
     "Lukashenko wants Russia to defend Belarus 'like its own territory'"),
    ("Union leaders tell members the deal is “the best we could ever hope to get”",
     "Union leaders tell members the deal"),
    ("Mayor says the city will “not tolerate any more delays” to the new tram line",
     "Mayor says the city will “not tolerate any more delays”"),
    # no preposition or comma to cut at: a short headline whole, a long one without its loose end
    ("Scientists say ancient people living near the great lakes ate mostly fish and berries",
     "Scientists say ancient people living"),
    ("Voters reject plan", "Voters reject plan"),
    # a quotation or a [tag] before the headline proper is not the story's name
    ("‘He died in my hands’: 3 protesters killed in clashes with police near a fuel plant",
     "3 protesters killed in clashes"),
    ("[The Palace: Tale of Jang Noksu] More Reviews from KLOOK Visitors!",
     "More Reviews from KLOOK Visitors"),
    ("Business|Trump’s Made-for-TV Trade War Keeps World Guessing",
     "Trump’s Made-for-TV Trade War Keeps World Guessing"),
    ("Launch at 10:30 p.m. delayed again as storm hits the coast for a second day",
     "Launch at 10:30 p.m. delayed again"),
    ("Officials confirm the long awaited bridge finally opens to traffic this week ahead of schedule",
     "Officials confirm the long awaited bridge finally opens"),
])
def test_the_outro_never_cuts_a_headline_mid_quotation(title: str, brief: str) -> None:
    assert phrases_for("en").brief(title) == brief


def test_the_outro_names_a_two_sentence_headline_by_its_first() -> None:
    title = ("The authorities’ repression has only fuelled the crisis. It is up to them to "
             "de-escalate, as others should tell them")
    script = build_script([story("en", title=title)], VOICE)
    outro = [s.caption for s in script.segments if s.kind == "outro"]
    assert outro == ["That was The authorities’ repression has only fuelled the crisis, "
                     "from Kyiv Post."], outro


def test_an_english_byline_says_written_by_in_the_intro_and_the_outro() -> None:
    """A bare "By" after a pause was heard "I" or "I am" (bench/listen_openings.py)."""
    script = build_script([story("en", title="Storm hits coast", authors=("Jane Doe",), site=None,
                                 published=None)], VOICE)
    framing = [s.caption for s in script.segments if s.kind in ("intro", "outro")]
    assert framing == ["Written by Jane Doe.", "That was Storm hits coast, written by Jane Doe."]


@pytest.mark.parametrize(("authors", "said"), [
    (("Staff Reports",), "From Kyiv Post."),
    (("Jane Doe", "Wire Services"), "Written by Jane Doe, for Kyiv Post."),
    (("Staff Writer", "News Desk"), "From Kyiv Post."),
    (("jerusalem post staff",), "From Kyiv Post."),
])
def test_a_byline_naming_nobody_is_not_said(authors: tuple[str, ...], said: str) -> None:
    script = build_script([story("en", authors=authors, published=None)], VOICE)
    assert [s.display for s in script.segments if s.kind == "intro"] == [said]


@pytest.mark.parametrize(("author", "site", "said"), [
    ("BBC News", "BBC News", "From BBC News."),
    ("The Guardian", "Guardian", "From Guardian."),
    ("Reuters staff", "Reuters", "From Reuters."),
    ("Jane Doe", "Reuters", "Written by Jane Doe, for Reuters."),
])
def test_a_byline_never_says_the_same_name_twice(author: str, site: str, said: str) -> None:
    script = build_script([story("en", authors=(author,), site=site, published=None)], VOICE)
    assert [s.display for s in script.segments if s.kind == "intro"] == [said]


def test_a_bar_between_words_is_said_as_a_pause() -> None:
    script = build_script([story("en", title="Business|Trump’s trade war keeps the world guessing")],
                          VOICE)
    title = next(s for s in script.segments if s.kind == "title")
    assert title.caption.startswith("Business|Trump’s") and title.text.startswith("Business, Trump’s")


def test_a_digest_headline_ending_in_a_mark_gets_no_second_one() -> None:
    script = build_script([story("en", 1, title="Is football violence a crime?"),
                           story("en", 2, title="‘We got her!’"),
                           story("en", 3, title="Bridge reopens")], VOICE)
    heads = [s.caption for s in script.segments if s.kind == "intro" and ":" in s.caption]
    assert heads == ["First: Is football violence a crime?", "Then: ‘We got her!’",
                     "And finally: Bridge reopens."], heads
