"""The command line: exit codes, exact error lines, help, and bad input leaving output/ alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pipeline_helpers import BASE_URL, SHORT_ARTICLE, probe_duration, snapshot

from audiodigest.cli import cli

COMMANDS = ["publish", "render", "extract", "script", "voices", "serve", "check", "init", "follow",
            "remove"]


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.txt"
    path.write_text(SHORT_ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert f"audiodigest {command}" in readme


def test_publish_prints_file_and_duration(runner: CliRunner, article: Path, tmp_path: Path
                                          ) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["publish", str(article), "--out", str(out),
                                 "--base-url", BASE_URL], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    line = result.stdout.strip()
    path = Path(line.split("  ")[0])
    assert path.parent == out and path.suffix == ".mp3" and path.exists()
    minutes, seconds = line.split("  ")[1].split(":")
    assert abs(int(minutes) * 60 + int(seconds) - probe_duration(path)) <= 1
    assert "Speaking with voice piper-joe" in result.stderr


def test_publish_without_base_url_says_which_it_used(runner: CliRunner, article: Path,
                                                     tmp_path: Path) -> None:
    result = runner.invoke(cli, ["publish", str(article), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("no base URL configured: using http://") == 1


def _bad_source(kind: str, folder: Path) -> str:
    """A source of the given kind of badness, made in `folder`."""
    if kind == "missing":
        return str(folder / "missing.txt")
    if kind == "unreachable":
        return "http://127.0.0.1:9/story.html"  # nothing listens on the discard port
    path = folder / f"{kind}.txt"
    path.write_text({"empty": "", "title-only": "Only a title\n"}[kind], encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "Error: {src} does not exist: give a URL, a file, a folder or - for stdin"),
        ("empty", "Error: {src} is empty"),
        ("unreachable", "Error: could not fetch {src}: [Errno 111] Connection refused; "
                        "check the address and your connection"),
        ("title-only", "Error: no article text found in {src}: is it a list of links?"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_output_untouched(
    runner: CliRunner, article: Path, tmp_path: Path, kind: str, message: str
) -> None:
    out = tmp_path / "out"
    ok = runner.invoke(cli, ["publish", str(article), "--out", str(out), "--base-url", BASE_URL])
    assert ok.exit_code == 0
    before = snapshot(out)
    src = _bad_source(kind, tmp_path)
    result = runner.invoke(cli, ["publish", src, "--out", str(out), "--base-url", BASE_URL])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [message.format(src=src)]
    assert result.stdout == ""
    assert snapshot(out) == before


def test_usage_errors_exit_2(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["publish"]).exit_code == 2
    bad_url = runner.invoke(cli, ["publish", str(article), "--base-url", "ftp://x"])
    assert bad_url.exit_code == 2
    assert "'ftp://x' is not an absolute http(s) URL" in bad_url.stderr
    assert runner.invoke(cli, ["render", str(article)]).exit_code == 2  # -o missing
    not_mp3 = runner.invoke(cli, ["render", str(article), "-o", str(tmp_path / "x.wav")])
    assert not_mp3.exit_code == 2
    assert not (tmp_path / "x.wav").exists()


def test_unknown_voice_lists_the_real_ones(runner: CliRunner, article: Path, tmp_path: Path
                                           ) -> None:
    result = runner.invoke(cli, ["publish", str(article), "--voice", "nobody",
                                 "--out", str(tmp_path / "o"), "--base-url", BASE_URL])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no voice named 'nobody'; voices: ")
    assert "en-us" in result.stderr
    assert not (tmp_path / "o").exists()


def test_render_writes_only_the_mp3(runner: CliRunner, article: Path, tmp_path: Path) -> None:
    target = tmp_path / "audio" / "ferry.mp3"
    result = runner.invoke(cli, ["render", str(article), "-o", str(target)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(str(target))
    assert probe_duration(target) > 20
    assert sorted(p.name for p in target.parent.iterdir()) == ["ferry.mp3"]


def test_stdin_source(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["publish", "-", "--out", str(out), "--base-url", BASE_URL,
                                 "--json"], input=SHORT_ARTICLE)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["status"] == "published"
    assert data["title"] == "Council approves new ferry timetable"
    assert Path(data["file"]).stat().st_size == data["bytes"]


def test_broken_lexicon_names_file_and_line(runner: CliRunner, article: Path, tmp_path: Path
                                            ) -> None:
    lexicon = tmp_path / "names.lexicon.toml"
    lexicon.write_text("[words]\nKyiv = \n", encoding="utf-8")
    out = tmp_path / "o"
    result = runner.invoke(cli, ["publish", str(article), "--lexicon", str(lexicon),
                                 "--out", str(out), "--base-url", BASE_URL])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {lexicon}:2: ")
    assert not out.exists()


def test_intro_audio_that_is_not_audio_publishes_nothing(runner: CliRunner, article: Path,
                                                         tmp_path: Path) -> None:
    out = tmp_path / "o"
    ok = runner.invoke(cli, ["publish", str(article), "--out", str(out), "--base-url", BASE_URL])
    assert ok.exit_code == 0
    (out / "jingle.mp3").write_text("not audio at all", encoding="utf-8")
    (out / "audiodigest.toml").write_text('intro_audio = "jingle.mp3"\n', encoding="utf-8")
    before = snapshot(out)
    other = tmp_path / "other.txt"
    other.write_text(SHORT_ARTICLE.replace("ferry", "tram"), encoding="utf-8")
    result = runner.invoke(cli, ["publish", str(other), "--out", str(out),
                                 "--base-url", BASE_URL])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: intro audio ")
    assert "jingle.mp3 is not audio: give an MP3" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(out) == before


def test_engine_not_installed_says_how_to_install(runner: CliRunner, article: Path,
                                                  tmp_path: Path) -> None:
    voices = tmp_path / "voices"
    voices.mkdir()
    (voices / "robot.toml").write_text(
        'engine = "nonexistent-engine"\nvoice = "x"\nlanguage = "en"\n', encoding="utf-8")
    result = runner.invoke(cli, ["publish", str(article), "--voice", "robot", "--out",
                                 str(tmp_path / "o"), "--base-url", BASE_URL],
                           env={"AUDIODIGEST_VOICES": str(voices)})
    assert result.exit_code == 1
    assert "no TTS engine named 'nonexistent-engine'" in result.stderr
    assert not (tmp_path / "o").exists()


def test_voices_lists_engines_and_profiles_with_availability(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["voices", "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    engines = {e["name"]: e for e in report["engines"]}
    assert engines["pyttsx3"]["available"] and engines["espeak"]["available"]
    profiles = {p["name"]: p for p in report["profiles"]}
    assert profiles["en-us"]["engine"] == "pyttsx3" and profiles["en-us"]["available"]
    text = runner.invoke(cli, ["voices"]).stdout
    assert "en-us" in text and "Engines:" in text


def test_remove_names_the_episodes_when_nothing_matches(runner: CliRunner, article: Path,
                                                        tmp_path: Path) -> None:
    out = tmp_path / "out"
    ok = runner.invoke(cli, ["publish", str(article), "--out", str(out), "--base-url", BASE_URL])
    assert ok.exit_code == 0
    before = snapshot(out)
    result = runner.invoke(cli, ["remove", "no-such-episode", "--out", str(out),
                                 "--base-url", BASE_URL])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: no episode matches 'no-such-episode'; name one by slug, GUID, file or title "
        "(episodes: council-approves-new-ferry-timetable)")
    assert snapshot(out) == before
    done = runner.invoke(cli, ["remove", "council-approves-new-ferry-timetable", "--out",
                               str(out), "--json"])
    assert done.exit_code == 0
    removed = json.loads(done.stdout)["removed"]
    assert removed["slug"] == "council-approves-new-ferry-timetable"
    assert not any((out / name).exists() for name in removed["files"])
