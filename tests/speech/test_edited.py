"""Edit before publish: `script --json`, change a segment, `publish --script` speaks exactly it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "harbour-bridge.txt"
BASE = "http://127.0.0.1:9/"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run([sys.executable, "-m", "audiodigest", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300, check=False)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".audiodigest" not in p.parts} if folder.exists() else {}


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    tmp = tmp_path_factory.mktemp("edited")
    made = _run("script", str(SAMPLE), "--json", "--voice", "en-us", cwd=tmp)  # as published
    assert made.returncode == 0, made.stderr
    data = json.loads(made.stdout)
    return tmp, data


def _write(tmp: Path, data: object, name: str = "s.json") -> Path:
    path = tmp / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_edited_segment_is_published_as_edited(edited: tuple[Path, dict[str, object]]) -> None:
    tmp, data = edited
    body = next(s for s in data["segments"] if s["kind"] == "body")  # type: ignore[index,union-attr]
    body["text"] = body["caption"] = "The harbour master, Ms Okonkwo, cut the ribbon at noon."
    out = tmp / "show"
    run = _run("publish", str(SAMPLE), "--script", str(_write(tmp, data)), "--out", str(out),
               "--base-url", BASE, "--voice", "en-us", cwd=tmp)
    assert run.returncode == 0, run.stderr
    assert "Episode of about" in run.stderr
    vtt = next(out.glob("*.vtt")).read_text(encoding="utf-8")
    assert "Ms Okonkwo, cut the ribbon at noon" in vtt


@pytest.mark.parametrize(("change", "said"), [
    (lambda d: d["segments"][3].update(text="   "), "segment 3: text is empty"),
    (lambda d: d["segments"][2].update(kind="song"), "segment 2: kind 'song'"),
    (lambda d: d["segments"][1].update(chapter=99), "segment 1: chapter must be"),
    (lambda d: d["segments"][1].update(pause_after_ms="long"), "segment 1: pause_after_ms"),
    (lambda d: d.update(segments=[]), "has no segments"),
    (lambda d: d["articles"][0].update(title="Another story", url="https://example.com/b"),
     "not 'Harbour Bridge"),
    (lambda d: d["segments"][4].update(text="Лозунг: Жыве Беларусь!"), "cannot read"),
])
def test_a_bad_edit_is_one_line_and_nothing_is_published(
        edited: tuple[Path, dict[str, object]], change: object, said: str) -> None:
    tmp, original = edited
    data = json.loads(json.dumps(original))
    change(data)  # type: ignore[operator]
    out = tmp / "untouched"
    before = _files(out)
    run = _run("publish", str(SAMPLE), "--script", str(_write(tmp, data, "bad.json")),
               "--out", str(out), "--base-url", BASE, "--voice", "en-us", cwd=tmp)
    assert run.returncode == 1, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and said in errors[0] and len(errors[0]) < 300, run.stderr
    assert _files(out) == before


def test_not_json_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "s.json"
    bad.write_text("{ not json", encoding="utf-8")
    run = _run("render", str(SAMPLE), "--script", str(bad), "-o", str(tmp_path / "x.mp3"),
               cwd=tmp_path)
    assert run.returncode == 1 and "is not valid JSON" in run.stderr
    assert not (tmp_path / "x.mp3").exists()


def test_too_long_an_episode_is_refused_with_its_estimate(tmp_path: Path) -> None:
    run = _run("render", str(SAMPLE), "--max-minutes", "1", "-o", str(tmp_path / "x.mp3"),
               cwd=tmp_path)
    assert run.returncode == 1
    assert "would be about 3 min" in run.stderr and "--max-minutes" in run.stderr
    assert not (tmp_path / "x.mp3").exists()
