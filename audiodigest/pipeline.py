"""The stages in order: sources -> articles -> script -> audio. No feed here (see publish.py).

`render()` is what `audiodigest render` calls, and what `publish()` calls before it files the
episode. Options shared by every entry point live in one `DigestOptions`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .audio.master import AudioSettings, ClipSource, render_audio
from .errors import AudioDigestError, NoArticleText, ScriptError, SourceError
from .models import Article, RenderedAudio, Script, VoiceProfile
from .tts.cache import SegmentCache
from .tts.voices import VoiceChoice, check_voice, choose_voice, segment_voices

__all__ = [
    "DigestOptions",
    "Extracted",
    "extract_all",
    "Progress",
    "load_articles",
    "make_script",
    "render",
    "estimate_seconds",
    "minutes",
    "script_digest",
    "voice_for",
    "voices_for",
    "warm_pool",
]

Progress = Callable[[str, int, int], None]
"""progress(stage, done, total): called as work advances (stage: "rendering", ...)."""


@dataclass(frozen=True)
class DigestOptions:
    """Everything a caller may choose about making an episode; every field has a default."""

    out_dir: Path = Path("output")
    """The output folder: feed, episodes, pages and the catalogue."""
    title: str | None = None
    """Episode title (default: the article's title, or the show's for several articles)."""
    voice: str | None = None
    """Voice profile name (default: picked by the article's language)."""
    base_url: str | None = None
    """Where the output folder is served (default: the show settings, else `serve`'s)."""
    lexicons: tuple[Path, ...] = ()
    """Extra pronunciation lexicons, applied after the voice's and the show's."""
    disclosure: bool | None = None
    """Say the audio is machine-generated (default: the show settings: yes)."""
    cache: bool = True
    """Reuse synthesized segments from the segment cache."""
    script: Script | None = None
    """A script edited by hand (`--script FILE`): spoken exactly as it is, not built anew."""
    max_minutes: int | None = None
    """Refuse episodes estimated longer than this (None: the show's `max_minutes`, 120)."""
    force: bool = False
    """Publish again even when nothing changed (the cache still serves unchanged segments)."""
    cache_dir: Path | None = None
    jobs: int | None = None
    """Synthesis worker processes (default: one per core)."""
    audio: AudioSettings = field(default_factory=AudioSettings)
    executor: Executor | None = None
    """Run synthesis on this executor instead of a local process pool."""
    allow_private: bool | None = None
    """Fetch links found in pages (lead images) on loopback/private addresses: True, False,
    or None to allow them only when the page itself is on such an address (or a local file)."""
    listen: bool | None = None
    """Listen to the staged episode and hold it back above `max_wer` (None: the show's
    `listen` setting, off)."""
    max_wer: float | None = None
    """The listener's word error rate above which an episode is held back (None: the show's,
    else the voice's default)."""
    listen_model: Path | None = None
    """A faster-whisper model folder for languages other than English (the show's setting)."""
    fetch_images: bool = True
    """Fetch the lead image of an article read from a URL (never for files or stdin)."""
    lock_wait_s: float = 600.0
    """How long to wait for another run on the same output folder (0: fail at once)."""
    progress: Progress | None = None
    notice: Callable[[str], None] | None = None
    """Receives one-line notices for the user (voice chosen, base URL assumed, ...)."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """Articles from a source, and the documents in it that gave none (name, error)."""

    articles: tuple[Article, ...]
    failures: tuple[tuple[str, AudioDigestError], ...] = ()


def extract_all(source: str, *, allow_private: bool | None = None) -> Extracted:
    """Load `source` (ingest) and extract every document in it; bad ones are listed, not fatal.

    `allow_private` as for `ingest.sources.load_all` (None: a feed on the web may not send us
    to private addresses unless it is on one itself).

    Raises the first error when no document in the source gives an article.
    """
    from .extract.document import extract_document
    from .ingest.sources import load_all

    loaded = load_all(source, allow_private=allow_private)
    articles: list[Article] = []
    failures = list(loaded.failures)
    for doc in loaded.documents:
        try:
            articles.append(extract_document(doc))
        except AudioDigestError as exc:
            failures.append((doc.source, exc))
    if not articles:
        if failures:
            raise failures[0][1]
        raise NoArticleText(f"no article text found in {source}: is it a list of links?")
    return Extracted(tuple(articles), tuple(failures))


def load_articles(sources: Sequence[str], notice: Callable[[str], None] | None = None
                  ) -> list[Article]:
    """Every article the sources hold, in order; documents that give none are reported."""
    articles: list[Article] = []
    for source in sources:
        found = extract_all(source)
        articles.extend(found.articles)
        for name, error in found.failures:
            if notice:
                notice(f"skipped {name}: {error}")
    if not articles:
        raise SourceError("the sources hold no articles")
    return articles


def make_script(
    articles: Sequence[Article],
    options: DigestOptions,
    *,
    show_title: str | None = None,
    show_lexicons: tuple[Path, ...] = (),
    disclosure: bool = True,
    disclosure_text: str | None = None,
    voice_name: str | None = None,
) -> tuple[Script, VoiceChoice]:
    """Choose the voice and build the script (no audio)."""
    from .speech.script import ScriptOptions, build_script
    from .speech.translit import SCRIPTS
    from .tts import abilities_of
    from .tts.voices import spoken_languages

    if options.script is not None:
        return _edited(options.script, articles, options, voice_name)
    choice = voice_for(articles, options, voice_name)
    check_voice(choice.profile, articles, asked=bool(options.voice or voice_name))
    script_opts = ScriptOptions(
        phonemes=abilities_of(choice.profile).phonemes,
        disclosure=disclosure if options.disclosure is None else options.disclosure,
        show_title=show_title,
        lexicons=show_lexicons + options.lexicons,
        # a sentence (or a quoted one) wholly in another script is said by its language's
        # voice when there is one here (render gives each segment its own: voices_for);
        # otherwise it is romanized for this one
        voice_languages=spoken_languages(lang for s in SCRIPTS for lang in s.languages),
        disclosure_text=disclosure_text or None,
    )
    script = build_script(articles, choice.profile, script_opts)
    if options.title:
        from .extract.document import clean_text

        script = replace(script, title=clean_text(options.title))
    _check_length(script, choice.profile, options)
    return script, choice


def voice_for(articles: Sequence[Article], options: DigestOptions,
              voice_name: str | None = None) -> VoiceChoice:
    """The voice an episode of `articles` is spoken by: the one asked for (`options.voice`,
    else `voice_name`), else the default for the language (an edited script's, else the first
    article's)."""
    language = options.script.language if options.script is not None else articles[0].language
    return choose_voice(options.voice or voice_name, language)


@contextmanager
def warm_pool(options: DigestOptions, voice: VoiceProfile) -> Iterator[DigestOptions]:
    """`options` with a pool of synthesis workers that start loading `voice` now, while the
    caller writes the script and decides whether anything needs synthesizing; the pool stops
    once the one render it is lent for is encoded (`render`: the listener and the pages need
    no voice), else on the way out (at once if it was never needed). `options` as they are
    when they bring their own executor or ask for one job, or when the voice's engine has
    nothing worth preparing (no `prepare`, see tts/__init__.py).

    Measured: a worker's first segment waited 0.6 s for its modules and Piper's model after
    the script was written (a one-paragraph article: 1.7 s in all); the corpus page's script
    takes 0.4 s to write.
    """
    from .tts import get_engine
    from .tts.synth import default_jobs, prepare_worker, process_pool

    jobs = options.jobs or default_jobs()
    worth_it = hasattr(get_engine(voice.engine), "prepare")
    if options.executor is not None or jobs <= 1 or not worth_it:
        yield options
        return
    pool = process_pool(jobs)
    pool.one_render = True
    warming = [pool.submit(prepare_worker, voice) for _ in range(jobs)]
    try:
        yield replace(options, executor=pool)
    finally:
        if all(f.done() for f in warming):
            pool.shutdown(wait=True, cancel_futures=True)
        else:
            pool.stop_now()


DEFAULT_MAX_MINUTES = 120


def estimate_seconds(script: Script, voice: VoiceProfile) -> float:
    """How long the episode will be, from its words at the voice's rate and its pauses."""
    words = sum(len(s.text.split()) for s in script.segments)
    return words * 60 / max(voice.rate_wpm, 1) + sum(s.pause_after_ms for s in script.segments) / 1000


def minutes(seconds: float) -> str:
    """"9 min 30 s", "2 h 5 min": an estimate as a listener would say it."""
    whole = int(round(seconds))
    if whole >= 3600:
        return f"{whole // 3600} h {whole % 3600 // 60} min"
    return f"{whole // 60} min {whole % 60} s" if whole >= 60 else f"{whole} s"


def _check_length(script: Script, voice: VoiceProfile, options: DigestOptions) -> None:
    limit = options.max_minutes or DEFAULT_MAX_MINUTES
    estimate = estimate_seconds(script, voice)
    if options.notice:
        options.notice(f"Episode of about {minutes(estimate)} ({len(script.segments)} segments)")
    if estimate > limit * 60:
        raise ScriptError(
            f"the episode would be about {minutes(estimate)}, over the {limit}-minute limit; "
            "raise it with --max-minutes (or max_minutes in audiodigest.toml), or give less text")


def _edited(script: Script, articles: Sequence[Article], options: DigestOptions,
            voice_name: str | None) -> tuple[Script, VoiceChoice]:
    """An edited script (`--script FILE`), checked against the sources and the voice."""
    from .speech.edited import same_article
    from .tts.voices import unreadable_pattern

    if script.articles and articles and script.articles[0].source != articles[0].source:
        if not any(same_article(e, a) for e in script.articles for a in articles):
            raise ScriptError(
                f"the edited script is about {script.articles[0].title[:80]!r}, not "
                f"{articles[0].title[:80]!r}; give the source it was made from, or none")
    choice = voice_for(articles, options, voice_name)
    voices = voices_for(script, choice.profile)
    for profile in dict.fromkeys(voices):
        check_voice(profile)
    unreadable = {p: unreadable_pattern(p) for p in dict.fromkeys(voices)}
    for i, (segment, profile) in enumerate(zip(script.segments, voices, strict=True)):
        pattern = unreadable[profile]
        if pattern is not None and pattern.search(segment.text):
            made_for = (f"; it holds phonemes ([[...]]) for another voice: make the script "
                        f"with `script --voice {profile.name} --json`"
                        if "[[" in segment.text else "")
            raise ScriptError(f"segment {i} of the edited script has text voice "
                              f"{profile.name} cannot read: {segment.text[:60]!r}{made_for}")
    if options.title:
        script = replace(script, title=options.title)
    _check_length(script, choice.profile, options)
    return script, choice


def voices_for(script: Script, voice: VoiceProfile) -> list[VoiceProfile]:
    """The voice that says each segment: `voice`, or a segment's own language's (a quoted
    sentence in another language, `Segment.language`)."""
    return segment_voices([s.language for s in script.segments], voice)


def script_digest(script: Script, voice: VoiceProfile, audio: AudioSettings,
                  extra: Sequence[str] = ()) -> str:
    """A hash of everything that decides the episode's sound: unchanged hash, unchanged MP3.
    A segment in its own language adds that language and the voice that says it."""
    h = hashlib.sha256()
    parts = [voice.settings_key(), repr(audio), script.title, *script.chapters, *extra]
    own = voices_for(script, voice) if any(s.language for s in script.segments) else None
    for i, seg in enumerate(script.segments):
        parts.append(f"{seg.kind}|{seg.pause_after_ms}|{seg.chapter}|{seg.text}|{seg.display}")
        if own is not None and seg.language:
            parts.append(f"{seg.language}|{own[i].settings_key()}")
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def render(
    script: Script,
    voice: VoiceProfile,
    out: Path,
    options: DigestOptions,
    *,
    intro: Path | None = None,
    outro: Path | None = None,
    scratch: Path | None = None,
) -> RenderedAudio:
    """Synthesize every segment (in parallel, through the cache) and encode one MP3 at `out`."""
    from .tts.synth import Synthesizer, WorkerPool

    if options.cache:
        cache = SegmentCache(options.cache_dir)
    else:
        if scratch is None:
            raise ValueError("render() without the cache needs a scratch folder")
        cache = SegmentCache(scratch / "segments")
    synth = Synthesizer(cache, jobs=options.jobs, executor=options.executor)
    total = len(script.segments)
    progress = options.progress

    def on_done(i: int) -> None:
        if progress:
            progress("rendering", i + 1, total)  # synthesized and streamed to the encoder

    def clips() -> Iterator[ClipSource]:
        if intro:
            yield ClipSource(intro, 600)
        voices = voices_for(script, voice)
        for r in synth.run([s.text for s in script.segments], voices, on_done):
            seg = script.segments[r.index]
            yield ClipSource(r.path, seg.pause_after_ms, seg.display, seg.chapter)
        if outro:
            yield ClipSource(outro, 0)

    rendered = render_audio(clips(), script, out, options.audio)
    if isinstance(options.executor, WorkerPool) and options.executor.one_render:
        options.executor.shutdown()  # its workers' voices are not needed by what follows
    if options.cache and synth.synthesized:
        cache.evict()
    return replace(rendered, synthesized=synth.synthesized)
