"""End to end on real espeak-ng, ffmpeg and SQLite: publish, republish, replace, remove."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import feedparser
import pytest
from pipeline_helpers import (
    BASE_URL,
    CORPUS,
    SHARED,
    SHORT_ARTICLE,
    loudness,
    probe_duration,
    snapshot,
)

from audiodigest.audio.tags import read_chapters
from audiodigest.pipeline import DigestOptions
from audiodigest.show.catalogue import Catalogue
from audiodigest.show.publish import publish, remove


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not there (../shared beside the repository)")
    return CORPUS


@pytest.fixture
def opts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DigestOptions:
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    return DigestOptions(out_dir=tmp_path / "out", base_url=BASE_URL)


@pytest.fixture(scope="module")
def corpus_published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, DigestOptions]:
    """The corpus page published once for the tests that only read what it made (a render of
    it takes a good part of a minute)."""
    if not CORPUS.exists():
        pytest.skip(f"{CORPUS} is not there (../shared beside the repository)")
    root = tmp_path_factory.mktemp("corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("AUDIODIGEST_CACHE_DIR", str(root / "cache"))
        opts = DigestOptions(out_dir=root / "out", base_url=BASE_URL)
        return publish([str(CORPUS)], opts), opts


def _feed(out: Path) -> feedparser.FeedParserDict:
    parsed = feedparser.parse((out / "feed.xml").read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def _enclosures_match_files(out: Path, parsed: feedparser.FeedParserDict) -> None:
    for entry in parsed.entries:
        (enc,) = entry.enclosures
        assert enc.type == "audio/mpeg"
        assert enc.href.startswith(BASE_URL)
        local = out / enc.href[len(BASE_URL):]
        assert local.is_file(), enc.href
        assert int(enc.length) == local.stat().st_size


def test_corpus_page_publishes_at_a_spoken_pace(corpus_published: tuple[Any, DigestOptions],
                                                corpus: Path) -> None:
    result, opts = corpus_published
    out = opts.out_dir
    mp3 = out / result.episode.audio_file
    duration = probe_duration(mp3)
    assert abs(duration - result.episode.duration_s) < 0.5
    from audiodigest.pipeline import load_articles, make_script

    script, _ = make_script(load_articles([str(corpus)]), opts)
    spoken = sum(len(s.text.split()) for s in script.segments)
    wpm = spoken / (duration / 60)
    assert 140 <= wpm <= 200, f"{spoken} spoken words in {duration:.0f} s is {wpm:.0f} wpm"
    parsed = _feed(out)
    assert len(parsed.entries) == 1
    _enclosures_match_files(out, parsed)
    lufs, peak = loudness(mp3)
    assert -20.0 <= lufs <= -18.0
    assert peak <= -1.0
    checked = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "feedcheck.py"), str(out / "feed.xml"),
         "--output-dir", str(out), "--base-url", BASE_URL],
        capture_output=True, text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    chapters = read_chapters(mp3)
    assert len(chapters) == len(result.episode.chapters) >= 2
    for tagged, known in zip(chapters, result.episode.chapters, strict=True):
        assert abs(tagged.start_s - known.start_s) <= 0.05


def test_republish_same_article_keeps_guid_and_does_no_work(
    opts: DigestOptions, tmp_path: Path
) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    first = publish([str(article)], opts)
    before = snapshot(opts.out_dir)
    second = publish([str(article)], opts)
    assert second.status == "unchanged"
    assert second.synthesized == 0
    assert second.episode.guid == first.episode.guid
    assert snapshot(opts.out_dir) == before

    # an edit replaces the episode under the same GUID; only changed segments are synthesized
    article.write_text(SHORT_ARTICLE.replace("six months", "nine months"), encoding="utf-8")
    third = publish([str(article)], opts)
    assert third.status == "replaced"
    assert third.episode.guid == first.episode.guid
    assert 0 < third.synthesized < len(SHORT_ARTICLE.split(".")) // 2
    parsed = _feed(opts.out_dir)
    assert [e.id for e in parsed.entries] == [first.episode.guid]
    _enclosures_match_files(opts.out_dir, parsed)
    assert not (opts.out_dir / first.episode.audio_file).exists()  # old version deleted


def test_earlier_episodes_stay_and_remove_deletes_files(
    opts: DigestOptions, tmp_path: Path
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(SHORT_ARTICLE, encoding="utf-8")
    b.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                       "Library extends its opening hours"), encoding="utf-8")
    ep_a = publish([str(a)], opts).episode
    ep_b = publish([str(b)], opts).episode
    parsed = _feed(opts.out_dir)
    assert {e.id for e in parsed.entries} == {ep_a.guid, ep_b.guid}
    _enclosures_match_files(opts.out_dir, parsed)

    removed = remove(ep_a.slug, opts.out_dir, base_url=BASE_URL)
    assert removed.guid == ep_a.guid
    parsed = _feed(opts.out_dir)
    assert [e.id for e in parsed.entries] == [ep_b.guid]
    for name in ep_a.files:
        assert not (opts.out_dir / name).exists()
    for name in ep_b.files:
        assert (opts.out_dir / name).exists()
    cat = Catalogue(opts.out_dir / ".audiodigest" / "catalogue.db")
    assert [e.guid for e in cat.episodes()] == [ep_b.guid]
    assert cat.trash() == []
    cat.close()


def test_several_sources_make_one_episode_with_a_chapter_each(
    opts: DigestOptions, tmp_path: Path
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(SHORT_ARTICLE, encoding="utf-8")
    b.write_text("Museum reopens after repairs\n\nThe city museum reopened on Saturday after "
                 "two years of repairs to its roof and galleries.\n\nVisitors queued for an "
                 "hour before the doors opened at ten.\n", encoding="utf-8")
    result = publish([str(a), str(b)], opts)
    titles = [c.title for c in result.episode.chapters]
    assert any("ferry" in t.lower() for t in titles)
    assert any("museum" in t.lower() for t in titles)
    parsed = _feed(opts.out_dir)
    assert len(parsed.entries) == 1


def _rms(samples: Any) -> float:
    import numpy as np

    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) if samples.size else 0.0


def test_chapters_and_cues_sit_on_real_segment_boundaries(
        corpus_published: tuple[Any, DigestOptions]) -> None:
    """Decode the MP3: each chapter starts where speech starts after a pause (within 50 ms)."""
    import numpy as np

    from audiodigest.site.transcripts import parse_vtt

    result, opts = corpus_published
    mp3 = opts.out_dir / result.episode.audio_file
    pcm = subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-i", str(mp3), "-f",
                          "s16le", "-ac", "1", "-ar", "22050", "-"],
                         capture_output=True, check=True).stdout
    audio = np.frombuffer(pcm, dtype=np.int16)
    rate = 22050
    chapters = read_chapters(mp3)
    assert len(chapters) >= 6
    for ch in chapters[1:]:
        at = round(ch.start_s * rate)
        before = audio[at - int(0.25 * rate): at - int(0.03 * rate)]
        after = audio[at + int(0.03 * rate): at + int(0.15 * rate)]
        assert _rms(before) < 100, f"{ch.title!r}: no pause before {ch.start_s:.2f} s"
        assert _rms(after) > 500, f"{ch.title!r}: no speech after {ch.start_s:.2f} s"
    # players built on ffmpeg list CHAP frames in file order: it must be time order
    import json

    probed = json.loads(subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-of", "json", str(mp3)],
        capture_output=True, text=True, check=True).stdout)["chapters"]
    assert [c["tags"]["title"] for c in probed] == [c.title for c in chapters]
    starts = [float(c["start_time"]) for c in probed]
    assert starts == sorted(starts)
    cues = parse_vtt((opts.out_dir / result.episode.transcript_vtt).read_text(encoding="utf-8"))
    assert abs(cues[-1].end_s - probe_duration(mp3)) < 1.0
    assert all(a.end_s <= b.start_s for a, b in zip(cues, cues[1:], strict=False))


def test_lead_image_becomes_the_episode_image(opts: DigestOptions, tmp_path: Path) -> None:
    import io
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from PIL import Image

    site = tmp_path / "site"
    site.mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (1600, 900), (200, 30, 30)).save(buf, "PNG")
    (site / "lead.png").write_bytes(buf.getvalue())
    paras = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE.split("\n\n")[2:] if p.strip())
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        (site / "story.html").write_text(
            f'<html><head><title>Ferry timetable</title><meta property="og:image" '
            f'content="{base}lead.png"></head><body><article><h1>Council approves new ferry '
            f"timetable</h1>{paras}</article></body></html>", encoding="utf-8")
        result = publish([base + "story.html"], opts)
    finally:
        server.shutdown()
    image = result.episode.image_file
    assert image and image in result.episode.files
    with Image.open(opts.out_dir / image) as img:
        assert img.format == "JPEG" and img.size[0] == img.size[1] >= 1400
    entry = _feed(opts.out_dir).entries[0]
    assert entry.image.href == BASE_URL + image


def _story(folder: Path, n: int) -> Path:
    path = folder / f"story{n}.txt"
    path.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                          f"Council approves timetable number {n}"),
                    encoding="utf-8")
    return path


def test_retention_keeps_the_newest_and_deletes_the_rest(opts: DigestOptions, tmp_path: Path
                                                         ) -> None:
    opts.out_dir.mkdir(parents=True)
    (opts.out_dir / "audiodigest.toml").write_text("keep_episodes = 2\n", encoding="utf-8")
    eps = [publish([str(_story(tmp_path, n))], opts) for n in range(3)]
    assert eps[2].retired == (eps[0].episode,)
    parsed = _feed(opts.out_dir)
    assert {e.id for e in parsed.entries} == {eps[1].episode.guid, eps[2].episode.guid}
    _enclosures_match_files(opts.out_dir, parsed)
    for name in eps[0].episode.files:
        assert not (opts.out_dir / name).exists()


def test_intro_and_outro_audio_from_the_show_settings(opts: DigestOptions, tmp_path: Path
                                                      ) -> None:
    article = _story(tmp_path, 1)
    plain = publish([str(article)], DigestOptions(out_dir=tmp_path / "plain", base_url=BASE_URL))
    opts.out_dir.mkdir(parents=True)
    jingle = opts.out_dir / "jingle.wav"
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                    "sine=frequency=440:duration=2", "-ar", "44100", "-ac", "2", str(jingle)],
                   check=True)
    (opts.out_dir / "audiodigest.toml").write_text(
        'intro_audio = "jingle.wav"\noutro_audio = "jingle.wav"\n', encoding="utf-8")
    with_jingles = publish([str(article)], opts)
    extra = with_jingles.episode.duration_s - plain.episode.duration_s
    assert 4.5 < extra < 6.0  # two 2-second jingles and the pauses after/before them
    assert with_jingles.episode.chapters[0].start_s == 0.0  # the first chapter holds the intro


def test_the_base_url_is_remembered_and_a_new_one_moves_the_whole_feed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Leaving out --base-url once must not move a live feed to `serve`'s address; giving a
    new one moves every URL at once, even when nothing new is published."""
    monkeypatch.setenv("AUDIODIGEST_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SHORT_ARTICLE, encoding="utf-8")
    b.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                       "Library extends its opening hours"), encoding="utf-8")
    notices: list[str] = []
    publish([str(a)], DigestOptions(out_dir=out, base_url=BASE_URL))
    publish([str(b)], DigestOptions(out_dir=out, notice=notices.append))
    assert not any("no base URL" in n for n in notices)
    parsed = _feed(out)
    assert len(parsed.entries) == 2
    _enclosures_match_files(out, parsed)  # every URL still under BASE_URL

    moved = "https://podcasts.example.org/harbour/"
    result = publish([str(a)], DigestOptions(out_dir=out, base_url=moved,
                                             notice=notices.append))
    assert result.status == "unchanged"
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert BASE_URL not in feed and feed.count(moved) >= 5
    assert any("moves from" in n for n in notices)
    for entry in feedparser.parse(feed.encode()).entries:
        assert entry.enclosures[0].href.startswith(moved)
    # the show's podcast:guid stays what it was (Podcasting 2.0: it never changes on a move)
    from audiodigest.site.rss import podcast_guid

    assert f"<podcast:guid>{podcast_guid(BASE_URL + 'feed.xml')}</podcast:guid>" in feed


def test_a_file_name_reused_for_another_article_adds_an_episode(opts: DigestOptions,
                                                                 tmp_path: Path) -> None:
    """Only the same article replaces an episode: a newsletter writer who saves every story as
    story.txt keeps yesterday's episode; an edit of the same story (same title) replaces it."""
    story = tmp_path / "story.txt"
    story.write_text(SHORT_ARTICLE, encoding="utf-8")
    first = publish([str(story)], opts).episode
    story.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                           "Library extends its opening hours"), encoding="utf-8")
    second = publish([str(story)], opts)
    assert second.status == "published" and second.episode.guid != first.guid
    story.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                           "Library extends its opening hours")
                     .replace("six months", "nine months"), encoding="utf-8")
    edited = publish([str(story)], opts)
    assert edited.status == "replaced" and edited.episode.guid == second.episode.guid
    parsed = _feed(opts.out_dir)
    assert {e.id for e in parsed.entries} == {first.guid, second.episode.guid}
    _enclosures_match_files(opts.out_dir, parsed)


def test_a_damaged_earlier_episode_stops_publishing_with_what_to_do(opts: DigestOptions,
                                                                    tmp_path: Path) -> None:
    from audiodigest.errors import FeedError

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SHORT_ARTICLE, encoding="utf-8")
    b.write_text(SHORT_ARTICLE.replace("Council approves new ferry timetable",
                                       "Library extends its opening hours"), encoding="utf-8")
    first = publish([str(a)], opts).episode
    (opts.out_dir / first.audio_file).write_bytes(b"\xff" * 1000)  # cut short by hand
    before = (opts.out_dir / "feed.xml").read_bytes()
    with pytest.raises(FeedError, match="publish that episode's source again, or take it "
                                        "out with `audiodigest remove"):
        publish([str(b)], opts)
    assert (opts.out_dir / "feed.xml").read_bytes() == before
    publish([str(a)], opts)  # what the message says: republish it, and all is well again
    assert publish([str(b)], opts).status == "published"


def test_a_local_source_never_fetches_its_lead_image(opts: DigestOptions, tmp_path: Path) -> None:
    """A file or stdin never makes the product touch the network: its og:image is not fetched.
    A URL source's lead image is fetched, unless the options or the show settings say not."""
    import dataclasses
    import io
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from PIL import Image

    site = tmp_path / "site"
    site.mkdir()
    buf = io.BytesIO()
    Image.new("RGB", (1600, 900), (30, 30, 200)).save(buf, "PNG")
    (site / "lead.png").write_bytes(buf.getvalue())
    asked: list[str] = []

    class Logged(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Logged, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        paras = "".join(f"<p>{p}</p>" for p in SHORT_ARTICLE.split("\n\n")[2:] if p.strip())
        page = (f'<html><head><title>Ferry timetable</title><meta property="og:image" '
                f'content="{base}lead.png"></head><body><article><h1>Council approves new '
                f"ferry timetable</h1>{paras}</article></body></html>")
        (site / "story.html").write_text(page, encoding="utf-8")
        local = tmp_path / "story.html"
        local.write_text(page, encoding="utf-8")

        result = publish([str(local)], opts)
        assert asked == [] and result.episode.image_file is None

        no_images = dataclasses.replace(opts, fetch_images=False)
        result = publish([base + "story.html"], no_images)
        assert asked == ["/story.html"] and result.episode.image_file is None

        (opts.out_dir / "audiodigest.toml").write_text("fetch_images = false\n", encoding="utf-8")
        publish([base + "story.html"], opts)
        assert asked == ["/story.html"] * 2  # the page, never its image
    finally:
        server.shutdown()
        server.server_close()
