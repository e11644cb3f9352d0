"""VTT, SRT and JSON chapters: formats a real parser (ffmpeg) and the spec accept."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from audiodigest.models import ChapterMark, Cue
from audiodigest.site.transcripts import CHAPTERS_VERSION, parse_vtt, to_chapters_json, to_srt, to_vtt

CUES = (
    Cue(3.5, 7.25, "Second <b>sentence</b> & more --> here."),
    Cue(0.0, 3.5, "First sentence,\n\nwith a blank line."),
    Cue(7.25, 3661.0, "Past an hour."),
    Cue(8.0, 9.0, "   "),
)


def test_vtt_is_ordered_escaped_and_one_line_per_cue() -> None:
    vtt = to_vtt(CUES)
    assert vtt.startswith("WEBVTT\n\n")
    assert "00:00:00.000 --> 00:00:03.500\nFirst sentence, with a blank line.\n" in vtt
    assert "Second &lt;b&gt;sentence&lt;/b&gt; &amp; more --&gt; here." in vtt
    assert "00:00:07.250 --> 01:01:01.000" in vtt
    assert vtt.count("-->") == 3  # the blank cue is dropped, no raw "-->" in text


def test_srt_numbering_and_timestamps() -> None:
    srt = to_srt(CUES)
    blocks = srt.strip().split("\n\n")
    assert [b.split("\n")[0] for b in blocks] == ["1", "2", "3"]
    assert blocks[0].split("\n")[1] == "00:00:00,000 --> 00:00:03,500"
    assert "more -> here." in blocks[1]


@pytest.mark.parametrize(("render", "suffix"), [(to_vtt, ".vtt"), (to_srt, ".srt")])
def test_ffmpeg_reads_every_cue(tmp_path: Path, render, suffix: str) -> None:
    """ffmpeg's own WebVTT/SubRip demuxers are an independent parser."""
    if shutil.which("ffmpeg") is None:
        pytest.skip("ffmpeg not installed")
    src = tmp_path / f"t{suffix}"
    src.write_text(render(CUES), encoding="utf-8")
    out = tmp_path / "out.srt"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(src), str(out)],
                   check=True)
    text = out.read_text(encoding="utf-8")
    assert len(re.findall(r"^\d\d:\d\d:\d\d,\d{3} --> ", text, flags=re.MULTILINE)) == 3
    assert "First sentence, with a blank line." in text
    if suffix == ".vtt":  # escaping is undone by the reader: the words come back as written
        assert "Second <b>sentence</b> & more --> here." in text
    assert "01:01:01,000" in text


def test_chapters_json_follows_podcasting20_format() -> None:
    marks = (ChapterMark("Two", 10.0, 20.0), ChapterMark("One \u00e9", 0.0, 10.0),
             ChapterMark("", 20.0, 20.0))
    doc = json.loads(to_chapters_json(marks, 'Show "A" & B'))
    assert doc["version"] == CHAPTERS_VERSION == "1.2.0"
    assert doc["title"] == 'Show "A" & B'
    starts = [c["startTime"] for c in doc["chapters"]]
    assert starts == sorted(starts) == [0.0, 10.0, 20.0]
    assert doc["chapters"][0] == {"startTime": 0.0, "title": "One \u00e9", "endTime": 10.0}
    assert doc["chapters"][2]["title"] == "Chapter" and "endTime" not in doc["chapters"][2]


def test_parse_vtt_round_trips() -> None:
    cues = parse_vtt(to_vtt(CUES))
    assert [c.text for c in cues] == ["First sentence, with a blank line.",
                                      "Second <b>sentence</b> & more --> here.", "Past an hour."]
    assert (cues[2].start_s, cues[2].end_s) == (7.25, 3661.0)
    assert parse_vtt("WEBVTT\n\nNOTE x\n\n00:01.000 --> 00:02.500 align:start\n<v Bob>Hi &amp; bye\n") \
        == (Cue(1.0, 2.5, "Hi & bye"),)
