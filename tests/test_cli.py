"""The command line: exit codes, exact error lines, help, and bad input leaving output/ alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pipeline_helpers import BASE_URL, SHORT_ARTICLE, probe_duration, snapshot

from audiodigest.cli import cli

COMMANDS = ["publish", "render", "extract", "script", "voices", "serve", "check", "init", "follow",
            "remove", "list"]
REPO = Path(__file__).resolve().parents[1]


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
    assert "Speaking with voice " in result.stderr  # piper-joe, or en-us where Piper cannot run


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
    target.parent.mkdir()
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


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help_fits_80_columns(runner: CliRunner, command: list[str]) -> None:
    result = runner.invoke(cli, [*command, "--help"], env={"COLUMNS": "200"})  # a wide terminal
    assert result.exit_code == 0
    long = [line for line in result.output.splitlines() if len(line) > 80]
    assert long == []


def test_remove_example_names_the_samples_slug(runner: CliRunner) -> None:
    from audiodigest.pipeline import extract_all
    from audiodigest.show.names import slugify

    title = extract_all(str(REPO / "samples" / "harbour-bridge.txt")).articles[0].title
    slug = slugify(title)
    help_text = runner.invoke(cli, ["remove", "--help"]).output
    examples = [line.split()[2] for line in help_text.splitlines()
                if line.strip().startswith("audiodigest remove ")]
    assert examples[0] == slug
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"audiodigest remove {slug}" in readme


def test_render_into_a_missing_folder_is_an_error(runner: CliRunner, article: Path,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "x.mp3"
    result = runner.invoke(cli, ["render", str(article), "-o", str(target)])
    assert result.exit_code == 2
    assert f"{target}: the folder {target.parent} does not exist" in result.stderr
    assert not (tmp_path / "no").exists()


def _error_line(result: Any) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(lines) == 1, result.stderr
    assert len(lines[0]) <= 300
    return lines[0]


def test_errors_name_the_users_paths_not_internal_files(runner: CliRunner, article: Path,
                                                        tmp_path: Path) -> None:
    import os

    out = tmp_path / "show"
    out.mkdir()
    (out / ".audiodigest").write_text("not a folder", encoding="utf-8")
    result = runner.invoke(cli, ["publish", str(article), "--out", str(out),
                                 "--base-url", BASE_URL])
    assert result.exit_code == 1
    line = _error_line(result)
    assert line.startswith(f"Error: could not write {out}: ") and ".audiodigest" not in line
    # render's temporary folder beside the MP3 (this process's id: the runner runs in it)
    folder = tmp_path / "audio"
    folder.mkdir()
    target = folder / "x.mp3"
    (folder / f".x.mp3.audiodigest-{os.getpid()}").write_text("in the way", encoding="utf-8")
    result = runner.invoke(cli, ["render", str(article), "-o", str(target)])
    assert result.exit_code == 1
    line = _error_line(result)
    assert line.startswith(f"Error: could not write {target}: ") and ".audiodigest" not in line


def test_a_long_refusal_is_one_short_line(runner: CliRunner, tmp_path: Path) -> None:
    japanese = tmp_path / "ja.txt"
    japanese.write_text("東京で新しい駅が開業\n\n東京の中心部で新しい駅が開業しました。多くの人が"
                        "訪れました。駅には新しい店もあります。\n", encoding="utf-8")
    result = runner.invoke(cli, ["publish", str(japanese), "--out", str(tmp_path / "o"),
                                 "--base-url", BASE_URL])
    assert result.exit_code == 1
    line = _error_line(result)
    assert line.startswith("Error: no voice for language ja here") and "--debug" in line
    debug = runner.invoke(cli, ["--debug", "publish", str(japanese), "--out",
                                str(tmp_path / "o"), "--base-url", BASE_URL])
    assert "--voice" in str(debug.exception)  # the whole message, with what to do


def test_voices_all_is_aligned_and_readable(runner: CliRunner) -> None:
    text = runner.invoke(cli, ["voices", "--all"], catch_exceptions=False).stdout
    section = text.split("Engine voices (--voice ENGINE:VOICE):\n", 1)[1].splitlines()
    rows = [line for line in section if line.startswith("  ")]
    assert len(rows) > 50
    starts = {(line.index(line.split()[1], len(line.split()[0]) + 2),
               line.rindex(" ", 0, line.index(line.split(None, 2)[2])) + 1) for line in rows}
    assert len(starts) == 1  # every row's columns begin at the same places
    names = [line.split(None, 2)[2] for line in rows]
    assert not any("_" in name for name in names)
    assert "English (Great Britain)" in names


def test_list_shows_the_episodes_newest_first(runner: CliRunner, article: Path,
                                              tmp_path: Path) -> None:

    out = tmp_path / "out"
    assert runner.invoke(cli, ["publish", str(article), "--out", str(out),
                               "--base-url", BASE_URL]).exit_code == 0
    other = tmp_path / "tram.txt"
    other.write_text(SHORT_ARTICLE.replace("ferry", "tram").replace("March 3, 2024",
                                                                     "May 5, 2024"),
                     encoding="utf-8")
    assert runner.invoke(cli, ["publish", str(other), "--out", str(out),
                               "--base-url", BASE_URL]).exit_code == 0
    result = runner.invoke(cli, ["list", "--out", str(out)], catch_exceptions=False)
    assert result.exit_code == 0
    header, first, second = result.stdout.splitlines()
    assert header.split() == ["PUBLISHED", "ARTICLE", "LENGTH", "VOICE", "WER", "SLUG",
                              "TITLE"]
    assert "council-approves-new-tram-timetable" in first and "2024-05-05" in first
    assert "council-approves-new-ferry-timetable" in second and "2024-03-03" in second
    assert first.split()[4] == "-"  # no listener yet
    data = json.loads(runner.invoke(cli, ["list", "--out", str(out), "--json"]).stdout)
    assert [d["slug"] for d in data] == ["council-approves-new-tram-timetable",
                                         "council-approves-new-ferry-timetable"]
    assert data[0]["article_date"] == "2024-05-05T09:15:00" and data[0]["voice"]
    assert data[0]["duration_s"] > 10 and data[0]["listen_wer"] is None
    # once the listener has kept a word error rate, it is shown
    from audiodigest.show.catalogue import Catalogue, Listened

    cat = Catalogue(out / ".audiodigest" / "catalogue.db")
    with cat.transaction():
        cat.put_listened(Listened(data[0]["guid"], 0.042, 100, "tiny.en", "2026-12-03T00:00:00"))
    cat.close()
    first = runner.invoke(cli, ["list", "--out", str(out)]).stdout.splitlines()[1]
    assert first.split()[4] == "4.2%"
    missing = runner.invoke(cli, ["list", "--out", str(tmp_path / "nothing")])
    assert missing.exit_code == 1
    assert _error_line(missing).startswith(f"Error: {tmp_path / 'nothing'} holds no published")
    assert not (tmp_path / "nothing").exists()
