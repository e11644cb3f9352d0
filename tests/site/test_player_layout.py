"""The player as a reader meets it, in headless Chromium at a phone's and a desktop's width.

Element boxes are measured in the page: no two controls overlap, nothing is wider than the
viewport, the episode page's player stays in view while the transcript scrolls, and the embedded
bar fits its iframe from 320 px wide with no scrollbar. An axe-core audit (axe-playwright-python,
which bundles axe.min.js: nothing is downloaded) finds no serious or critical problem. A
screenshot of each view is kept under tests/artifacts/player/ for people to look at.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from audiodigest.models import ChapterMark, Cue, Episode
from audiodigest.settings import ShowSettings
from audiodigest.site.pages import render_site
from audiodigest.site.player import EMBED_HEIGHT_PX
from audiodigest.site.serve import make_server
from audiodigest.site.transcripts import to_vtt

playwright_api = pytest.importorskip("playwright.sync_api")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--autoplay-policy=no-user-gesture-required", "--mute-audio"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "player"
DURATION_S = 150.0
LONG_CHAPTER = "What the council decided about the evening ferries, the night buses and the fares"
WIDTHS = (375, 1280)


@dataclass(frozen=True)
class Site:
    base_url: str
    english: Episode
    russian: Episode


def _silent_mp3(path: Path, seconds: float) -> None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        pytest.skip("ffmpeg is not installed")
    subprocess.run([ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "anullsrc=r=22050:cl=mono", "-t", str(seconds), "-b:a", "32k", str(path)],
                   check=True)


def _episode(n: int, title: str, language: str, chapters: tuple[str, ...], sentence: str,
             article_date: datetime | None, mp3: str) -> tuple[Episode, tuple[Cue, ...]]:
    """An episode of DURATION_S whose transcript is long enough to scroll: each chapter's
    title is spoken, then its sentences."""
    per_chapter = DURATION_S / len(chapters)
    cues: list[Cue] = []
    marks = []
    for c, name in enumerate(chapters):
        start = c * per_chapter
        marks.append(ChapterMark(name, start, start + per_chapter))
        lines = [name] + [f"{sentence} {c + 1}.{i + 1}." for i in range(14)]
        step = per_chapter / len(lines)
        cues.extend(Cue(round(start + i * step, 3), round(start + (i + 1) * step - 0.2, 3), text)
                    for i, text in enumerate(lines))
    slug = f"layout-{n}"
    ep = Episode(
        guid=f"urn:test:layout:{n}", key=f"https://news.example/layout/{n}", title=title,
        slug=slug, audio_file=mp3, size_bytes=1, duration_s=DURATION_S,
        published=datetime(2026, 12, 1, 9, 0, tzinfo=UTC) + timedelta(days=n),
        summary=f"{sentence} " * 40, article_urls=(f"https://news.example/layout/{n}",),
        language=language, chapters=tuple(marks), transcript_vtt=f"{slug}.vtt",
        page_file=f"{slug}.html", files=(mp3, f"{slug}.vtt", f"{slug}.html"),
        article_published=article_date)
    return ep, tuple(cues)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    out = tmp_path_factory.mktemp("layout")
    _silent_mp3(out / "layout.mp3", DURATION_S)
    server = make_server(out, host="127.0.0.1", port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    english, en_cues = _episode(
        1, "Council approves a new ferry timetable after a long night of debate", "en",
        ("Council approves a new ferry timetable", LONG_CHAPTER, "Fares"),
        "Boats will leave every twenty minutes in the morning and every half hour at night",
        datetime(2023, 4, 14, 13, 47, tzinfo=timezone(timedelta(hours=2))), "layout.mp3")
    russian, ru_cues = _episode(
        2, "Москва приняла новый бюджет на 2018 год", "ru",
        ("Москва приняла новый бюджет на 2018 год", "Транспорт", "Школы"),
        "Новые автобусы выйдут на линии весной, а цены на билеты не изменятся",
        datetime(2023, 4, 14), "layout.mp3")
    for ep, cues in ((english, en_cues), (russian, ru_cues)):
        (out / f"{ep.slug}.vtt").write_text(to_vtt(cues), encoding="utf-8")
    settings = ShowSettings(title="Harbour News", base_url=base)
    for name, data in render_site(settings, [english, russian], base_url=base,
                                  cues={english.guid: en_cues}).items():
        (out / name).write_bytes(data)  # the Russian page builds its transcript from the VTT
    try:
        yield Site(base, english, russian)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


def _page(browser: Any, width: int, height: int = 800) -> Any:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.errors = errors
    return page


def _shoot(page: Any, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"screenshot: {path}")
    return path


# Boxes of what a reader sees and uses, each clipped by ancestors that hide their overflow.
_BOXES_JS = """() => {
  const sel = 'button, a, select, input, textarea, summary, .ad-ai, .ad-time, h1, img';
  function clip(e) {
    let r = e.getBoundingClientRect();
    let box = {l: r.left, t: r.top, r: r.right, b: r.bottom};
    for (let a = e.parentElement; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
        const q = a.getBoundingClientRect();
        if (a === document.documentElement || a === document.body) { continue; }
        box = {l: Math.max(box.l, q.left), t: Math.max(box.t, q.top),
               r: Math.min(box.r, q.right), b: Math.min(box.b, q.bottom)};
      }
    }
    return box;
  }
  const els = [...document.querySelectorAll(sel)].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && e.checkVisibility({visibilityProperty: true});
  });
  const boxes = els.map(e => ({...clip(e), name: (e.className || e.tagName) + ' ' +
                               (e.textContent || '').trim().slice(0, 30)}));
  const overlaps = [];
  for (let i = 0; i < els.length; i++) {
    for (let j = i + 1; j < els.length; j++) {
      if (els[i].contains(els[j]) || els[j].contains(els[i])) { continue; }
      const a = boxes[i], b = boxes[j];
      const w = Math.min(a.r, b.r) - Math.max(a.l, b.l), h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
      if (w > 1 && h > 1) { overlaps.push(a.name + ' / ' + b.name); }
    }
  }
  const wide = boxes.filter(b => b.l < -1 || b.r > window.innerWidth + 1).map(b => b.name);
  return {overlaps, wide, scrollWidth: document.documentElement.scrollWidth,
          width: window.innerWidth, count: els.length};
}"""


def _assert_layout(page: Any) -> None:
    found = page.evaluate(_BOXES_JS)
    assert found["count"] > 5
    assert found["overlaps"] == []
    assert found["wide"] == []
    assert found["scrollWidth"] <= found["width"]


def _serious(page: Any) -> list[str]:
    results = axe_module.Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} at "
            f"{[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("width", WIDTHS)
def test_episode_page_layout_and_sticky_player(browser: Any, site: Site, width: int) -> None:
    page = _page(browser, width)
    try:
        page.goto(site.base_url + site.english.page_file)
        page.wait_for_selector(".ad-cue")
        _assert_layout(page)
        _shoot(page, f"episode-{width}")
        # chapter numbers stand on the first line of a title that wraps
        boxes = page.evaluate("""() => [...document.querySelectorAll('.ad-chapter')].map(b => {
            const n = b.querySelector('.ad-num').getBoundingClientRect();
            const t = b.querySelector('.ad-ct').getBoundingClientRect();
            return {num: n.top, title: t.top, lines: Math.round(t.height / n.height)}; })""")
        assert all(abs(b["num"] - b["title"]) < 2 for b in boxes)
        if width == 375:
            assert max(b["lines"] for b in boxes) >= 2  # the long chapter title did wrap
        # the transcript scrolls, the player stays: click the last sentence
        last = page.locator(".ad-cue").last
        last.click()
        assert page.evaluate("window.scrollY") > 300
        height = page.viewport_size["height"]
        bar = page.locator(".ad-bar").bounding_box()
        assert bar["y"] >= -0.5 and bar["y"] + bar["height"] <= height + 0.5
        cue = last.bounding_box()
        assert cue["y"] >= bar["y"] + bar["height"] - 1  # not hidden under the bar
        start = float(last.get_attribute("data-start"))
        assert abs(page.evaluate("document.querySelector('audio').currentTime") - start) < 0.5
        play = page.locator(".ad-play").bounding_box()
        hit = page.evaluate(f"document.elementFromPoint({play['x'] + play['width'] / 2}, "
                            f"{play['y'] + play['height'] / 2}).closest('.ad-play') !== null")
        assert hit
        _shoot(page, f"episode-scrolled-{width}", full_page=False)
        assert page.errors == []
    finally:
        page.close()


@pytest.mark.parametrize("width", (320, *WIDTHS))
def test_embedded_bar_fits_its_iframe(browser: Any, site: Site, width: int) -> None:
    page = _page(browser, width, 400)
    try:
        page.goto(site.base_url + "index.html")
        snippet = page.evaluate("fetch(%r).then(r => r.text())"
                                % (site.base_url + site.russian.page_file))
        code = snippet.split('class="ad-embed-code" readonly rows="4">', 1)[1].split("</textarea>")[0]
        iframe = code.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"') \
            .replace("&#x27;", "'").replace("&amp;", "&")
        assert iframe.startswith("<iframe ") and 'src="' + site.base_url in iframe
        page.set_content('<!doctype html><html lang="en"><meta name="viewport" '
                         'content="width=device-width"><title>News</title><body style="margin:0">'
                         f'<main><h1>News of the day</h1>{iframe}<p>The article.</p></main>')
        frame_el = page.locator("iframe")
        frame_el.wait_for()
        box = frame_el.bounding_box()
        assert box["height"] == EMBED_HEIGHT_PX <= 120 and box["width"] == width
        frame = page.frame_locator("iframe")
        frame.locator(".ad-play").wait_for()
        inner = frame.locator("html")
        sizes = inner.evaluate("""h => ({sh: h.scrollHeight, ch: h.clientHeight, sw: h.scrollWidth,
            cw: h.clientWidth, bar: document.querySelector('.ad-bar').getBoundingClientRect().bottom,
            lang: h.lang, title: document.querySelector('.ad-title a').getAttribute('href')})""")
        assert sizes["sh"] <= sizes["ch"] and sizes["sw"] <= sizes["cw"]  # no scrollbar
        assert sizes["bar"] <= EMBED_HEIGHT_PX
        assert sizes["lang"] == "ru" and sizes["title"] == site.russian.page_file
        for part in (".ad-play", ".ad-back", ".ad-fwd", ".ad-speed", ".ad-chapter-menu",
                     ".ad-ai", ".ad-time", ".ad-seek"):
            assert frame.locator(part).is_visible(), part
        assert frame.locator(".ad-ai").inner_text() == "ИИ-голос"
        assert frame.locator(".ad-play").get_attribute("aria-label") == "Воспроизвести"
        found = frame.locator("body").evaluate(f"() => ({_BOXES_JS})()")
        assert found["overlaps"] == [] and found["wide"] == []
        if width >= 420:
            assert frame.locator(".ad-full").get_attribute("href") == site.russian.page_file
        _shoot(page, f"embed-{width}", full_page=False)
        # the chapter menu seeks, and says which chapter is playing
        frame.locator(".ad-chapter-menu").select_option(index=2)
        now = frame.locator("audio").evaluate("a => a.currentTime")
        assert abs(now - site.russian.chapters[2].start_s) < 0.5
        assert page.errors == []
    finally:
        page.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_index_has_a_play_button_per_episode(browser: Any, site: Site, width: int) -> None:
    page = _page(browser, width)
    try:
        page.goto(site.base_url)
        buttons = page.locator(".ad-episode .ad-play")
        assert buttons.count() == 2
        labels = buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))")
        assert labels == [f"Play: {site.russian.title}", f"Play: {site.english.title}"]
        dates = page.locator(".ad-episode .ad-meta time").evaluate_all(
            "ts => ts.map(t => t.getAttribute('datetime'))")
        assert "2023-04-14T13:47:00+02:00" in dates and "2023-04-14" in dates
        assert all(p.endswith("…") for p in page.locator(".ad-episode-text p:not(.ad-meta)")
                   .all_inner_texts())
        _assert_layout(page)
        _shoot(page, f"index-{width}")
        buttons.nth(1).click()
        page.wait_for_function("!document.querySelectorAll('audio')[1].paused")
        # the label follows the audio's "play" event, a task after `paused` turns false
        _wait_for_label(page, buttons.nth(1), f"Pause: {site.english.title}")
        buttons.nth(0).click()  # one voice at a time
        page.wait_for_function("document.querySelectorAll('audio')[1].paused")
        assert page.errors == []
    finally:
        page.close()


def _wait_for_text(page: Any, selector: str, want: str) -> None:
    try:
        page.wait_for_function("([s, want]) => document.querySelector(s).innerText === want",
                               arg=[selector, want], timeout=5000)
    except Exception:  # noqa: BLE001 - the caller's assert says what the text was
        pass


def _wait_for_label(page: Any, button: Any, want: str) -> None:
    try:
        button.evaluate("(b, want) => new Promise((done, fail) => {"
                        " const t = setTimeout(fail, 5000);"
                        " const check = () => b.getAttribute('aria-label') === want"
                        "  ? (clearTimeout(t), done()) : setTimeout(check, 20);"
                        " check(); })", want)
    except Exception:  # noqa: BLE001 - the label's value says more than the timeout
        pass
    assert button.get_attribute("aria-label") == want


def test_no_serious_accessibility_problems(browser: Any, site: Site) -> None:
    page = _page(browser, 375)
    try:
        problems: dict[str, list[str]] = {}
        for name in (site.english.page_file, site.russian.page_file, "layout-1.embed.html",
                     "layout-2.embed.html", "index.html"):
            page.goto(site.base_url + name)
            page.wait_for_selector(".ad-play")
            page.wait_for_timeout(200)  # the Russian page's transcript comes from its VTT
            problems[name] = _serious(page)
        assert problems == {name: [] for name in problems}
    finally:
        page.close()


def test_russian_page_speaks_russian(browser: Any, site: Site) -> None:
    page = _page(browser, 1280)
    try:
        page.goto(site.base_url + site.russian.page_file)
        page.wait_for_selector(".ad-cue-heading")
        assert page.locator("html").get_attribute("lang") == "ru"
        assert page.locator(".ad-play").inner_text() == "Воспроизвести"
        assert page.locator("#ad-transcript-h").inner_text() == "Расшифровка"
        assert page.locator(".ad-meta time").first.inner_text() == "14 апреля 2023 г."
        # transcript headings from the VTT: each chapter's spoken title
        assert page.locator(".ad-cue-heading").all_inner_texts() == [
            c.title for c in site.russian.chapters]
        page.locator(".ad-play").click()
        page.wait_for_function("!document.querySelector('audio').paused")
        # the label follows the audio's "play" event, a task after `paused` turns false (this
        # assert once ran before it on a loaded machine)
        _wait_for_text(page, ".ad-play", "Пауза")
        assert page.locator(".ad-play").inner_text() == "Пауза"
        assert page.errors == []
    finally:
        page.close()
