"""ID3 chapters: one CTOC naming every CHAP, written the same way for one chapter or many."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mutagen.id3 import ID3, CTOCFlags

from audiodigest.audio.tags import EpisodeTags, read_chapters, write_tags
from audiodigest.models import ChapterMark

TITLES = ("Москва приняла новый бюджет на 2018 год", "Транспорт", "Школы")


@pytest.fixture(scope="module")
def mp3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    path = tmp_path_factory.mktemp("tags") / "silence.mp3"
    subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                    "anullsrc=r=22050:cl=mono", "-t", "30", "-b:a", "32k", str(path)], check=True)
    return path


def _ffprobe_chapters(path: Path) -> list[tuple[float, float, str]]:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return [(float(c["start_time"]), float(c["end_time"]), c["tags"]["title"])
            for c in json.loads(out)["chapters"]]


@pytest.mark.parametrize("count", [1, 3])
def test_one_chapter_or_many_the_same_way(mp3: Path, tmp_path: Path, count: int) -> None:
    path = tmp_path / "ep.mp3"
    shutil.copyfile(mp3, path)
    chapters = tuple(ChapterMark(TITLES[i], i * 10.0, (i + 1) * 10.0) for i in range(count))
    write_tags(path, EpisodeTags(title=TITLES[0], artist="a", album="b",
                                 date=datetime(2026, 1, 1, tzinfo=UTC), language="ru",
                                 cover=b"\xff\xd8\xff" + bytes(60_000), chapters=chapters))
    id3 = ID3(str(path))
    (toc,) = id3.getall("CTOC")
    assert toc.flags == CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED
    chaps = sorted(id3.getall("CHAP"), key=lambda c: c.start_time)
    assert list(toc.child_element_ids) == [c.element_id for c in chaps]
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == list(TITLES[:count])
    assert read_chapters(path) == list(chapters)
    assert _ffprobe_chapters(path) == [(c.start_s, c.end_s, c.title) for c in chapters]


def test_untidy_chapters_are_written_tidy(mp3: Path, tmp_path: Path) -> None:
    path = tmp_path / "ep.mp3"
    shutil.copyfile(mp3, path)
    chapters = (ChapterMark("Late", 12.0, 30.0), ChapterMark(" ", -0.5, 14.0))
    write_tags(path, EpisodeTags(title="t", artist="a", album="b",
                                 date=datetime(2026, 1, 1, tzinfo=UTC), chapters=chapters))
    assert read_chapters(path) == [ChapterMark("Chapter 1", 0.0, 12.0),
                                   ChapterMark("Late", 12.0, 30.0)]
