"""Real podcast clients subscribe to the feed served by `serve` and download every episode."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import feedparser
import podcastparser
import pytest
from helpers_media import PublishedShow, served_show, show_media  # noqa: F401

REALCLIENT = Path("/work/shared/tools/realclient.sh")
FEEDCHECK = Path("/work/shared/tools/feedcheck.py")
CLIENT_TIMEOUT_S = 60


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def test_feedparser_subscribes_and_downloads_identical(served_show: PublishedShow) -> None:
    parsed = feedparser.parse(served_show.base_url + "feed.xml")
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.status == 200
    assert len(parsed.entries) == len(served_show.episodes)
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        data = _download(enclosure.href)
        assert len(data) == int(enclosure.length)
        local = served_show.out / Path(enclosure.href).name
        assert _sha(data) == _sha(local.read_bytes())


def test_podcastparser_subscribes_and_downloads_identical(served_show: PublishedShow) -> None:
    url = served_show.base_url + "feed.xml"
    with urllib.request.urlopen(url, timeout=10) as response:
        parsed = podcastparser.parse(url, response)
    assert len(parsed["episodes"]) == len(served_show.episodes)
    for episode in parsed["episodes"]:
        enclosure = episode["enclosures"][0]
        data = _download(enclosure["url"])
        assert len(data) == enclosure["file_size"]
        assert _sha(data) == _sha((served_show.out / Path(enclosure["url"]).name).read_bytes())


def test_shared_feedcheck_over_http(served_show: PublishedShow) -> None:
    """HEAD, two byte ranges per enclosure, artwork, transcripts, chapters: all over HTTP."""
    if not FEEDCHECK.exists():
        pytest.skip(f"{FEEDCHECK} is not available")
    result = subprocess.run([sys.executable, str(FEEDCHECK), served_show.base_url + "feed.xml",
                             "--strict"], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout


def test_gpodder_and_podget_download_identical(served_show: PublishedShow, tmp_path: Path) -> None:
    """The shared realclient.sh: gPodder's gpo and podget, offline against 127.0.0.1."""
    if not REALCLIENT.exists() or shutil.which("gpo") is None:
        pytest.skip("realclient.sh or gpodder (gpo) is not available")
    env = {**os.environ, "FEEDVENV": sys.prefix, "HOME": str(tmp_path),
           "GPO_TIMEOUT": str(CLIENT_TIMEOUT_S)}
    result = subprocess.run(["bash", str(REALCLIENT), served_show.base_url + "feed.xml",
                             str(len(served_show.episodes))], capture_output=True, text=True,
                            timeout=CLIENT_TIMEOUT_S * 3, env=env, check=False)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr
    assert result.returncode == 0, result.stdout + result.stderr
    assert "realclient: PASS" in summary
    assert "gpo 2/2 downloaded+identical" in summary
    if shutil.which("podget"):
        assert "podget 2/2 downloaded+identical" in summary
