"""Lexicons: the file format, its errors, merging, and what espeak-ng really says."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from audiodigest.errors import LexiconError
from audiodigest.speech.lexicon import Lexicon, default_lexicon_path, load_lexicon, load_lexicons

VOICES = Path(__file__).resolve().parents[2] / "voices"
EN = VOICES / "en.lexicon.toml"
CORPUS_NAMES = ["Szijjarto", "Podolyak", "Danilevich", "Aliaksandr", "Shoigu", "Mykhailo", "Kyiv",
                "Siarhei", "Valeryi", "Herasimenia", "Apeikin", "Aliaksandra"]

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng missing")


def phonemes(text: str) -> str:
    out = subprocess.run(["espeak-ng", "-q", "-x", text], capture_output=True, text=True,
                         check=True)
    return " ".join(out.stdout.split())


def write(tmp_path: Path, text: str, name: str = "x.lexicon.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("path", sorted(VOICES.glob("*.lexicon.toml")), ids=lambda p: p.name)
def test_every_bundled_lexicon_loads(path: Path) -> None:
    assert len(load_lexicon(path)) > 0


def test_default_lexicon_path() -> None:
    assert default_lexicon_path("en") == EN
    assert default_lexicon_path("en-GB") == EN
    assert default_lexicon_path("xx") is None


def test_whole_words_case_and_possessive() -> None:
    lex = load_lexicon(EN)
    assert lex.apply("Kyiv's mayor, KYIV, kyiv, Kyivstar") == "Keev's mayor, Keev, Keev, Kyivstar"
    assert lex.apply("Xi Jinping and the letter xi") == "Shee Jinping and the letter xi"


def test_patterns_handle_accents() -> None:
    lex = load_lexicon(EN)
    assert lex.apply("Szijjártó and Orbán") == "Seeyarto and Orbahn"


def test_phonemes_only_when_asked() -> None:
    lex = load_lexicon(EN)
    assert lex.apply("Shoigu") == "Shoy-goo"
    assert lex.apply("Shoigu", phonemes=True) == "[[SOIg'u:]]"
    # phoneme-only entries leave the word alone for engines that cannot read phonemes
    assert lex.apply("Lukashenko") == "Lukashenko"


def test_merge_later_wins(tmp_path: Path) -> None:
    user = write(tmp_path, '[words]\nKyiv = "Kee-eev"\nBelarus = "Bella-roos"\n')
    merged = load_lexicons([EN, user])
    assert merged.apply("Kyiv, Belarus, Shoigu") == "Kee-eev, Bella-roos, Shoy-goo"
    assert load_lexicon(EN).merge(load_lexicon(user)).apply("Kyiv") == "Kee-eev"
    assert Lexicon().apply("Kyiv") == "Kyiv"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('[words]\nKyiv = "Keev"\nBad = \n', 3, "line 3"),
        ('[words]\nKyiv = "Keev"\nShoigu = { sound = "x" }\n', 3, "unknown field"),
        ('[words]\nKyiv = {}\n', 2, "needs say"),
        ("[[pattern]]\nmatch = '(unclosed'\nsay = 'x'\n", 2, "bad regex"),
        ('[words]\nKyiv = "Keev"\n[extra]\na = 1\n', 3, "unknown table"),
        ('[words]\nKyiv = { phonemes = "k]]i:v" }\n', 2, "without"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    message = str(info.value)
    assert f"{path}:{line}:" in message
    assert words in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read lexicon"):
        load_lexicons([tmp_path / "nope.toml"])


@needs_espeak
@pytest.mark.parametrize("name", CORPUS_NAMES)
def test_lexicon_changes_what_espeak_says(name: str) -> None:
    """Each corpus name that espeak gets wrong is said differently with the lexicon, in both
    forms, and the phoneme form is read by espeak-ng as exactly those phonemes."""
    lex = load_lexicon(EN)
    respelled, bracketed = lex.apply(name), lex.apply(name, phonemes=True)
    assert respelled != name
    assert phonemes(respelled) != phonemes(name)
    wanted = bracketed.strip("[]")
    assert phonemes(bracketed) == wanted


@needs_espeak
def test_respellings_keep_the_intended_sounds() -> None:
    lex = load_lexicon(EN)
    assert phonemes(lex.apply("Kyiv")) == "k'i:v"
    assert "s'i:j" in phonemes(lex.apply("Szijjarto")).replace("si:j'", "s'i:j")
    assert phonemes(lex.apply("Shoigu")).endswith("g'u:")


PYTTSX3_PROBE = r"""
import os, sys, wave, pyttsx3
engine = pyttsx3.init("espeak")
engine.save_to_file("warm up.", f"{sys.argv[1]}/warm.wav")  # a fresh engine may drop its first save
engine.runAndWait()
for i, text in enumerate(sys.argv[2:]):
    path = f"{sys.argv[1]}/{i}.wav"
    seconds = 0.0
    for _attempt in range(3):  # pyttsx3's espeak driver now and then writes nothing; retry
        engine.save_to_file(text, path)
        engine.runAndWait()
        if os.path.exists(path):
            with wave.open(path) as w:
                seconds = w.getnframes() / w.getframerate()
        if seconds > 0:
            break
    print(seconds)
"""


@needs_espeak
def test_pyttsx3_needs_respellings_not_phonemes(tmp_path: Path) -> None:
    """Why `phonemes` is off by default: pyttsx3's espeak driver reads `[[k'i:v]]` as text
    (several seconds of symbol names), while the respelling takes as long as the word."""
    pytest.importorskip("pyttsx3")
    import sys

    out = subprocess.run([sys.executable, "-c", PYTTSX3_PROBE, str(tmp_path), "Keev",
                          "[[k'i:v]]"], capture_output=True, text=True, timeout=60,
                         check=False)
    if out.returncode != 0:
        pytest.skip(f"pyttsx3 could not synthesize here: {out.stderr[-200:]}")
    numbers = [float(x) for x in out.stdout.split() if x.replace(".", "", 1).isdigit()]
    respelled, bracketed = numbers[-2:]
    assert respelled > 0.2
    assert bracketed > 1.5 * respelled


def test_keys_match_the_written_form_before_normalization(tmp_path: Path) -> None:
    """The script stage protects lexicon words, normalizes the rest, then restores them: keys are
    written as articles write them, and respellings are not normalized again."""
    from audiodigest.models import Article, Section, VoiceProfile
    from audiodigest.speech.script import ScriptOptions, build_script

    user = write(tmp_path, '[words]\nNATO = "Nay-toe"\n"F-16" = "eff sixteen"\n'
                           'Shoigu = "Shoy-goo 2"\n')
    doc = Article(title="T", sections=(Section(None, ("NATO sent F-16 jets; Shoigu's 3 aides.",)),))
    voice = VoiceProfile(name="t", engine="pyttsx3", engine_voice="en")
    script = build_script([doc], voice, ScriptOptions(lexicons=(user,)))
    body = next(s for s in script.segments if s.kind == "body")
    assert body.text == "Nay-toe sent eff sixteen jets; Shoy-goo 2's three aides."
    assert body.caption == "NATO sent F-16 jets; Shoigu's 3 aides."


@needs_espeak
def test_possessive_joins_the_phonemes() -> None:
    lex = load_lexicon(EN)
    assert lex.apply("Kyiv's", phonemes=True) == "[[k'i:vz]]"
    assert phonemes(lex.apply("Kyiv's mayor", phonemes=True)).startswith("k'i:vz")


def test_number_words_from_normalization_meet_the_lexicon() -> None:
    """Digits become words after the lexicon has protected the written words; the words they
    become meet the lexicon too, so the bundled teens reach a phoneme-reading engine with
    "-teen" stressed ("April 14" was heard as "April 40"), and respelling engines are left
    with the words."""
    from audiodigest.models import Article, Section, VoiceProfile
    from audiodigest.speech.script import ScriptOptions, build_script

    doc = Article(title="T", sections=(Section(None, ("On April 14, Kyiv had 17 days left.",)),))
    voice = VoiceProfile(name="t", engine="espeak", engine_voice="en-us")
    said = build_script([doc], voice, ScriptOptions(phonemes="espeak")).segments[-2].text
    assert said == "On April [[f,O@t'i:nT]], [[k'i:v]] had [[s,Ev@nt'i:n]] days left."
    plain = build_script([doc], voice, ScriptOptions()).segments[-2].text
    assert plain == "On April fourteenth, Keev had seventeen days left."


def test_want_and_its_forms_reach_a_phoneme_engine_with_the_vowel_of_father() -> None:
    """espeak-ng's short open o in "wants" was heard as "once"; the bundled lexicon gives the
    four forms "A:" (IPA "ɑː" for Piper), whatever their case, and leaves respelling engines
    the words."""
    from audiodigest.models import Article, Section, VoiceProfile
    from audiodigest.speech.lexicon import espeak_to_ipa
    from audiodigest.speech.script import ScriptOptions, build_script

    doc = Article(title="T", sections=(Section(None, ("Wants and wanted: she wants what she wanted, "
                                                      "wanting more.",)),))
    voice = VoiceProfile(name="t", engine="espeak", engine_voice="en-us")
    said = build_script([doc], voice, ScriptOptions(phonemes="espeak")).segments[-2].text
    assert said.count("[[w'A:nts]]") == 2 and "[[w'A:ntI2d]]" in said and "[[w'A:ntIN]]" in said
    assert espeak_to_ipa("w'A:nts") == "wˈɑːnts"
    plain = build_script([doc], voice, ScriptOptions()).segments[-2].text
    assert "wants what she wanted" in plain


def test_placeholders_of_a_second_pass_follow_the_first() -> None:
    from audiodigest.speech.lexicon import LexiconEntry, restore

    lex = Lexicon([LexiconEntry("Kyiv", "Keev", None, False, False, "t"),
                   LexiconEntry("fourteen", "FOURTEEN", None, False, False, "t")])
    marked, first = lex.protect("Kyiv 14")
    said, second = lex.protect(marked.replace("14", "fourteen"), taken=len(first))
    assert restore(said, first + second) == "Keev FOURTEEN"
