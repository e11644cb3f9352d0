"""The listening gate and `audiodigest listen` on a real show, with the real listener (tiny.en).

A planted mispronunciation (a lexicon entry that says one word as another) must hold the
episode back at the gate: one line with the figure and the worst segment, exit 1, the folder
as it was. A good episode passes, and its figure is kept in the catalogue.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pipeline_helpers import BASE_URL, SHORT_ARTICLE


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AUDIODIGEST_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run([sys.executable, "-m", "audiodigest", *args], capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=600, check=False)


def _served(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} if folder.exists() else {}


@pytest.fixture(scope="module")
def show(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("gate")
    (tmp / "ferry.txt").write_text(SHORT_ARTICLE, encoding="utf-8")
    ran = _run("publish", "ferry.txt", "--out", "show", "--base-url", BASE_URL, "--listen",
               cwd=tmp)
    assert ran.returncode == 0, ran.stderr
    assert "Listened: word error rate" in ran.stderr
    return tmp


def test_a_good_episode_passes_and_its_figure_is_kept(show: Path) -> None:
    db = sqlite3.connect(show / "show" / ".audiodigest" / "catalogue.db")
    ((wer, model),) = db.execute("SELECT wer, model FROM listened").fetchall()
    assert 0 <= wer < 0.2 and model == "tiny.en"


def test_a_planted_mispronunciation_is_held_back(show: Path) -> None:
    (show / "planted.lexicon.toml").write_text(
        '[lexicon]\nlanguage = "en"\n\n[words]\nferry = "banana"\ntimetable = "volcano"\n'
        'harbour = "trumpet"\ncouncil = "giraffe"\n', encoding="utf-8")
    edited = SHORT_ARTICLE.replace("Council approves", "Council approves a")
    (show / "ferry2.txt").write_text(edited, encoding="utf-8")
    before = _served(show / "show")
    ran = _run("publish", "ferry2.txt", "--out", "show", "--base-url", BASE_URL, "--listen",
               "--max-wer", "0.05", "--lexicon", "planted.lexicon.toml", cwd=show)
    assert ran.returncode == 1, ran.stderr
    (line,) = [x for x in ran.stderr.splitlines() if x.startswith("Error:")]
    assert "not published" in line and "misheard" in line and "worst at" in line
    assert len(line) < 300
    assert _served(show / "show") == before


def test_listen_reports_the_show_as_json(show: Path) -> None:
    ran = _run("listen", "--out", "show", "--latest", "--json", "--no-suggest", cwd=show)
    assert ran.returncode == 0, ran.stderr
    doc = json.loads(ran.stdout)
    (episode,) = doc["episodes"]
    assert 0 <= episode["wer"] < 0.2
    assert {"index", "start", "meant", "heard", "wer"} <= set(episode["segments"][0])


def test_listen_names_bad_targets_in_one_line(show: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.mp3"
    broken.write_bytes(b"ID3 not really an mp3")
    (tmp_path / "broken.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHello.\n")
    for args in (["listen", "--out", str(tmp_path / "nothing")],
                 ["listen", "--out", "show", "no-such-episode"],
                 ["listen", str(broken)],
                 ["listen", str(broken), "--transcript", str(tmp_path / "missing.vtt")]):
        ran = _run(*args, cwd=show)
        assert ran.returncode in (1, 2), (args, ran.stderr)
        errors = [x for x in ran.stderr.splitlines() if x.startswith("Error:")]
        assert len(errors) == 1 and len(errors[0]) < 300, (args, ran.stderr)
