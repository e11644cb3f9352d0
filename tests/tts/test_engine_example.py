"""The README's example engine works as shown: one module, one profile, nothing else."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from audiodigest import tts
from audiodigest.pipeline import DigestOptions, make_script
from audiodigest.show.publish import render_file

README = Path(__file__).resolve().parents[2] / "README.md"


def _blocks() -> tuple[str, str]:
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- example-engine")
    code = re.search(r"```python\n(.*?)```", text[start:], re.S)
    profile = re.search(r"```toml\n(.*?)```", text[start:], re.S)
    assert code and profile
    return code.group(1), profile.group(1)


def test_the_readme_engine_speaks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, profile = _blocks()
    (tmp_path / "mytts.py").write_text(code, encoding="utf-8")
    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "whisper.toml").write_text(profile, encoding="utf-8")
    monkeypatch.setenv("AUDIODIGEST_VOICES", str(voices))
    spec = importlib.util.spec_from_file_location("mytts", tmp_path / "mytts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "mytts", module)
    spec.loader.exec_module(module)
    try:
        assert tts.get_engine("whisper").abilities.phonemes == "espeak"
        story = tmp_path / "story.txt"
        story.write_text("Harbour news\n\nThe ferry to Kyiv left on time this morning.\n",
                         encoding="utf-8")
        options = DigestOptions(voice="whisper", jobs=1, cache=False, out_dir=tmp_path)
        from audiodigest.pipeline import load_articles

        script, choice = make_script(load_articles([str(story)]), options)
        assert choice.profile.engine == "whisper"
        assert any("[[k'i:v]]" in s.text for s in script.segments)  # it reads espeak phonemes
        audio, _reason = render_file([str(story)], tmp_path / "story.mp3", options)
        assert audio.duration_s > 2
    finally:
        tts.unregister_engine("whisper")
