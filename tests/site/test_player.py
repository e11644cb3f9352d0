"""The player page in real headless Chromium (Debian's /usr/bin/chromium via Playwright)."""

# ruff: noqa: F811  (fixtures are imported from helpers_media, not conftest.py)
from __future__ import annotations

import shutil
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_media import HOSTILE_TITLE, PublishedShow, served_show, show_media  # noqa: F401

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--autoplay-policy=no-user-gesture-required", "--mute-audio"]
WAIT_MS = 10_000

playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Watched:
    """A page plus everything that went wrong on it: console errors, exceptions, dialogs,
    and any request that left the show's own server (no CDN may be contacted)."""

    def __init__(self, browser: object, base_url: str) -> None:
        self.page = browser.new_page()  # type: ignore[attr-defined]
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.dialogs: list[str] = []
        host = urllib.parse.urlsplit(base_url).netloc
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: urllib.parse.urlsplit(r.url).netloc != host
                     and not r.url.startswith("data:") and self.foreign.append(r.url))

    def clean(self) -> None:
        assert self.errors == [] and self.foreign == [] and self.dialogs == []


@pytest.fixture
def page(browser: object, served_show: PublishedShow) -> Iterator[Watched]:
    watched = Watched(browser, served_show.base_url)
    try:
        yield watched
    finally:
        watched.page.close()


def _now(page: object) -> float:
    return float(page.evaluate("document.querySelector('audio').currentTime"))  # type: ignore[attr-defined]


def test_plays_seeks_by_chapter_and_highlights(page: Watched, served_show: PublishedShow) -> None:
    episode = served_show.episodes[1]
    p = page.page
    p.goto(served_show.base_url + episode.page_file)
    assert p.locator("h1").inner_text() == HOSTILE_TITLE  # escaped, shown as text
    play = p.locator(".ad-play")
    play.click()
    p.wait_for_function("document.querySelector('audio').currentTime > 0.5", timeout=WAIT_MS)
    assert play.get_attribute("aria-label") == "Pause" and play.inner_text() == "Pause"
    chapter = episode.chapters[1]
    p.locator(".ad-chapter").nth(1).click()
    assert abs(_now(p) - chapter.start_s) < 0.5
    p.wait_for_selector(".ad-cue.ad-current", timeout=WAIT_MS)
    current = p.locator(".ad-cue.ad-current")
    assert current.count() == 1
    start = float(current.get_attribute("data-start"))
    end = float(current.get_attribute("data-end"))
    assert start - 0.05 <= _now(p) < end + 0.5
    assert p.locator(".ad-chapter").nth(1).get_attribute("aria-current") == "true"
    # click-to-seek on a transcript sentence
    last_cue = served_show.cues[episode.guid][-1]
    p.locator(".ad-cue").last.click()
    assert abs(_now(p) - last_cue.start_s) < 0.5
    p.wait_for_function("document.querySelector('.ad-cue.ad-current') === "
                        "document.querySelectorAll('.ad-cue')[document.querySelectorAll('.ad-cue').length - 1]",
                        timeout=WAIT_MS)
    page.clean()


def test_transcript_from_vtt_track_and_keyboard(page: Watched, served_show: PublishedShow) -> None:
    """Episode 1's page has no inline transcript: the script builds it from the VTT."""
    episode = served_show.episodes[0]
    p = page.page
    p.goto(served_show.base_url + episode.page_file)
    cues = served_show.cues[episode.guid]
    p.wait_for_function(f"document.querySelectorAll('.ad-cue').length === {len(cues)}",
                        timeout=WAIT_MS)
    assert p.locator(".ad-cue").first.inner_text() == cues[0].text
    # keyboard only: Tab to the play button, Enter plays, "k" pauses, ArrowRight skips
    p.locator(".ad-play").focus()
    p.keyboard.press("Enter")
    p.wait_for_function("!document.querySelector('audio').paused", timeout=WAIT_MS)
    p.keyboard.press("k")
    p.wait_for_function("document.querySelector('audio').paused", timeout=WAIT_MS)
    p.evaluate("document.querySelector('audio').currentTime = 0")
    p.locator(".ad-fwd").focus()
    p.keyboard.press("Enter")
    assert _now(p) == pytest.approx(min(15.0, episode.duration_s), abs=0.5)
    p.locator(".ad-back").click()
    assert _now(p) == pytest.approx(max(0.0, min(15.0, episode.duration_s) - 15), abs=0.5)
    p.locator(".ad-cue").nth(2).focus()
    p.keyboard.press("Enter")
    assert abs(_now(p) - cues[2].start_s) < 0.5
    p.select_option(".ad-speed", "1.5")
    assert p.evaluate("document.querySelector('audio').playbackRate") == 1.5
    options = p.eval_on_selector_all(".ad-speed option", "os => os.map(o => parseFloat(o.value))")
    assert min(options) == 0.75 and max(options) == 2
    page.clean()


def test_embed_snippet_and_embedded_view(page: Watched, served_show: PublishedShow) -> None:
    episode = served_show.episodes[0]
    p = page.page
    p.goto(served_show.base_url + episode.page_file)
    snippet = p.locator(".ad-embed-code").input_value()
    src = served_show.base_url + episode.slug + ".embed.html"
    assert snippet.startswith("<iframe ") and f'src="{src}"' in snippet
    p.set_content(f"<!doctype html><title>news</title>{snippet}")
    frame = p.frame_locator("iframe")
    frame.locator("html.ad-embed-html").wait_for(state="attached", timeout=WAIT_MS)
    assert frame.locator(".ad-play").is_visible()
    assert frame.locator(".ad-transcript").count() == 0  # no transcript, no chapter list
    frame.locator(".ad-fwd").click()
    assert frame.locator("audio").evaluate("a => a.currentTime") == pytest.approx(
        min(15.0, episode.duration_s), abs=0.5)
    page.clean()


def test_old_embed_snippets_show_the_compact_player(page: Watched,
                                                   served_show: PublishedShow) -> None:
    """Snippets copied before the embed page existed named the episode's page with ?embed=1."""
    episode = served_show.episodes[1]
    p = page.page
    p.goto(served_show.base_url + episode.page_file + "?embed=1")
    p.wait_for_url(served_show.base_url + episode.slug + ".embed.html", timeout=WAIT_MS)
    assert p.locator(".ad-embed .ad-play").is_visible()
    page.clean()


def test_index_lists_every_episode(page: Watched, served_show: PublishedShow) -> None:
    p = page.page
    p.goto(served_show.base_url)
    links = p.locator(".ad-episodes h2 a")
    assert links.all_inner_texts() == [HOSTILE_TITLE, "First episode"]
    links.last.click()
    p.wait_for_url(served_show.base_url + served_show.episodes[0].page_file)
    assert p.locator(".ad-play").is_visible()
    page.clean()


def test_space_works_from_anywhere_on_the_page(page: Watched, served_show: PublishedShow) -> None:
    p = page.page
    p.goto(served_show.base_url + served_show.episodes[1].page_file)
    p.locator("body").click(position={"x": 5, "y": 5})
    p.keyboard.press(" ")
    p.wait_for_function("!document.querySelector('audio').paused", timeout=WAIT_MS)
    p.keyboard.press("ArrowRight")
    assert _now(p) >= min(15.0, served_show.episodes[1].duration_s) - 0.5
    page.clean()
